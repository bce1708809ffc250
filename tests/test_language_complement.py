"""How the learned complement is joined to the horsemen rules (bot.language.complement): what it
may add, what the rules' healthy readings veto, which sentence an addition points at and who
showed it. A stand-in model with fixed probabilities keeps each case about the joining logic;
tests/test_language_detectors.py checks the bot's reading with the real model."""

from __future__ import annotations

import json
import re
from typing import Dict

import pytest
import spacy

from bot.language import complement
from bot.language.analysis import MODEL, RULES, analyse
from bot.language.horsemen import HORSEMEN
from bot.paths import SPACY_MODEL_DIR


class KeywordModel:
    """Probability `p` (0.95) for a horseman when one of its keywords is in the text, else 0.05."""

    threshold = 0.7

    def __init__(self, keywords: Dict[str, str], p: float = 0.95):
        self.keywords = {label: re.compile(pattern, re.I) for label, pattern in keywords.items()}
        self.p = p
        self.calls = 0

    def probabilities(self, inputs: Dict[str, str]) -> Dict[str, float]:
        self.calls += 1
        return {
            label: self.p if label in self.keywords and self.keywords[label].search(inputs["text"]) else 0.05
            for label in HORSEMEN
        }


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(SPACY_MODEL_DIR)


def read(nlp, text: str, model) -> Dict[str, list]:
    found: Dict[str, list] = {}
    for span in analyse(nlp(text), model).horsemen:
        found.setdefault(span.label, []).append(span)
    return found


def test_the_model_adds_what_the_rules_missed_with_its_sentence_and_confidence(nlp):
    text = "We were fine at lunch. Then he sat there like a sulking statue all evening."
    found = read(nlp, text, KeywordModel({"stonewalling": "statue"}))
    (span,) = found["stonewalling"]
    assert span.source == MODEL and span.confidence == pytest.approx(0.95)
    assert span.text == "Then he sat there like a sulking statue all evening."
    assert text[span.start : span.end] == span.text
    assert span.speaker == "partner"


def test_without_a_model_only_the_rules_speak(nlp):
    text = "Then he sat there like a sulking statue all evening."
    assert "stonewalling" not in read(nlp, text, None)


def test_the_rules_finding_is_kept_and_not_doubled(nlp):
    found = read(nlp, "You never listen to me.", KeywordModel({"criticism": "listen"}))
    assert [s.source for s in found["criticism"]] == [RULES]


@pytest.mark.parametrize(
    "text, label, keyword",
    [
        ("You always know what to say.", "criticism", "always"),  # appreciation
        ("he's not lazy, he's exhausted", "criticism", "lazy"),  # negated
        ("sorry i walked out last night, that was on me", "stonewalling", "walked out"),  # owned
        ("I need a 20 minute break and then I'll come back to this", "stonewalling", "break"),  # the antidote
        ("is it stonewalling if I go quiet to calm down?", "stonewalling", "quiet"),  # a question about it
        ("My boss rolled his eyes at my report.", "contempt", "rolled"),  # outside the couple
    ],
)
def test_a_healthy_reading_of_the_same_words_vetoes_the_model(nlp, text, label, keyword):
    assert label not in read(nlp, text, KeywordModel({label: keyword}))


def test_a_sentence_about_someone_outside_the_couple_gets_no_addition(nlp):
    text = "My sister is a nightmare with money. Anyway, how are you?"
    assert "criticism" not in read(nlp, text, KeywordModel({"criticism": "nightmare"}))


@pytest.mark.parametrize("p, added", [(0.95, True), (0.85, False)])
def test_a_sure_model_overrules_the_rules_outside_the_couple_reading(nlp, p, added):
    """The rules may pin a partner's walk-out on a third party named nearby; at 0.9 and above
    the model may overrule that reading (and its own sentence is still checked)."""
    from bot.language import speaker as sp
    from bot.language.horsemen import OUTSIDE_THE_COUPLE, SetAside
    from bot.language.text import prepare

    prep = prepare(nlp("Since his cousin raised the debt, he just heads out to the shed every night."))
    aside = [SetAside("stonewalling", OUTSIDE_THE_COUPLE, 9)]
    model = KeywordModel({"stonewalling": "shed"}, p)
    got = complement.additions(prep, sp.find_reporting(prep), model, set(), aside)
    assert [(a.label, a.speaker) for a in got] == ([("stonewalling", "partner")] if added else [])
    # any other healthy reading of the same words still vetoes, however sure the model is
    owned = [SetAside("stonewalling", "owned", 9)]
    assert complement.additions(prep, sp.find_reporting(prep), KeywordModel({"stonewalling": "shed"}, 0.99), set(), owned) == []


def test_one_sentence_is_scored_once(nlp):
    model = KeywordModel({"contempt": "clown"})
    read(nlp, "what a clown, honestly", model)
    assert model.calls == 1


def test_a_message_the_model_does_not_flag_is_scored_once(nlp):
    model = KeywordModel({"contempt": "clown"})
    read(nlp, "We talked. It went well. I feel closer to her.", model)
    assert model.calls == 1


def test_sentences_cover_the_words_in_order(nlp):
    from bot.language.text import prepare

    prep = prepare(nlp("First one.  Second one?\n\nThird"))
    parts = complement.sentences(prep)
    assert [prep.doc[i:j].text for i, j in parts] == ["First one.", "Second one?", "Third"]


def test_the_finding_is_json_with_its_source(nlp):
    data = analyse(nlp("Then he sat there like a sulking statue."), KeywordModel({"stonewalling": "statue"})).as_dict()
    (span,) = json.loads(json.dumps(data))["horsemen"]
    assert span["source"] == "model" and 0.7 <= span["confidence"] <= 1.0
