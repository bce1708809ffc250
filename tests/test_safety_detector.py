"""The safety phrase rules on Mend's own safety test set (tests/data/safety_cases.yml).

The running bot combines these rules with the classifier (tests/test_e2e_safety.py); here the
rules alone must already catch every crisis message and leave every hard negative alone.
"""

from __future__ import annotations

from functools import lru_cache
from typing import List

import pytest
import yaml

from bot.paths import PROJECT_ROOT, SPACY_MODEL_DIR
from bot.safety.detector import detect

CASES = yaml.safe_load((PROJECT_ROOT / "tests" / "data" / "safety_cases.yml").read_text("utf-8"))


@lru_cache(maxsize=1)
def nlp():
    import spacy

    return spacy.load(SPACY_MODEL_DIR)


def lemmas(text: str) -> List[str]:
    return [token.lemma_ for token in nlp()(text)]


def test_the_set_is_big_enough():
    assert len(CASES["crisis"]) >= 60
    assert len(CASES["negatives"]) >= 60
    categories = {case["category"] for case in CASES["crisis"]}
    assert categories == {"suicide", "self_harm", "harm_to_others", "abuse", "child_harm"}


@pytest.mark.parametrize("case", CASES["crisis"], ids=lambda c: c["text"][:50])
def test_crisis_is_caught_with_its_category(case):
    result = detect(case["text"], lemmas(case["text"]))
    assert result.is_crisis
    assert case["category"] in result.categories


@pytest.mark.parametrize("case", CASES["negatives"], ids=lambda c: c["text"][:50])
def test_hard_negative_is_left_alone(case):
    assert detect(case["text"], lemmas(case["text"])).findings == ()


@pytest.mark.parametrize("text", [c["text"] for c in CASES["uncertain"]], ids=lambda t: t[:50])
def test_ambiguous_distress_is_never_ignored(text):
    assert detect(text, lemmas(text)).top is not None


@pytest.mark.parametrize(
    "text",
    ["I'm not suicidal", "this job is killing me", "he wants to kill the spider",
     "I could murder a pizza", "i would never hurt myself", "he never hit me"],
)
def test_issue_examples_do_not_escalate(text):
    assert not detect(text, lemmas(text)).is_crisis


def test_negation_dismisses_and_reports():
    result = detect("i'm not suicidal, just really frustrated with him")
    assert result.findings == () and result.dismissed == ("suicidal",)


def test_several_categories_are_all_reported_most_severe_first():
    result = detect("he hit me again last night and honestly i want to die")
    assert result.categories == ["abuse", "suicide"]
    assert result.top.severity == "high"


@pytest.mark.parametrize(
    "text, category",
    [
        ("thinking about slicing my arms open again tonight", "self_harm"),
        ("sometimes i want to electrocute myself in the bath", "self_harm"),
        ("honestly i should just be dead, it would be simpler", "suicide"),
        ("there's no reason to keep living like this", "suicide"),
        ("she spits at me when she has been drinking", "abuse"),
        ("my husband slammed the car door on my hand on purpose", "abuse"),
        ("he tried to push me out of the moving car", "abuse"),
        ("her boyfriend strangled my sister and punched her again", "abuse"),
        ("i slapped my wife last night and i hate myself for it", "harm_to_others"),
        ("when i lose it i threw plates at him", "harm_to_others"),
    ],
)
def test_more_ways_of_saying_it_are_caught(text, category):
    result = detect(text, lemmas(text))
    assert result.is_crisis and category in result.categories, result


@pytest.mark.parametrize(
    "text",
    [
        "she kicked me out of the flat after the row",
        "i'm scared i'll hurt her feelings if i say it",
        "he's worried i might hurt him like last time",
        "he won't let me use his laptop for work",
        "my coworker's brother attempted suicide last year and it shook everyone",
        "i hit him with the truth about the money",
        "the van hit her car in the car park",
        "i should dye my hair, she said it would suit me",
    ],
)
def test_everyday_uses_of_the_new_phrases_do_not_escalate(text):
    assert not detect(text, lemmas(text)).is_crisis


@pytest.mark.parametrize("text", ["domestic violence", "Emotional abuse?", "abusive"])
def test_a_bare_abuse_topic_asks_whether_someone_is_hurting_them(text):
    result = detect(text, lemmas(text))
    assert not result.is_crisis
    assert (result.top.category, result.top.about) == ("unsure", "abuse")


@pytest.mark.parametrize("text", ["he is abusive", "my ex was violent", "abused me for years", "raped"])
def test_abuse_with_a_person_or_an_act_still_escalates(text):
    assert detect(text, lemmas(text)).categories == ["abuse"]


@pytest.mark.parametrize("text", ["kill me", "just kill me now", "please kill me."])
def test_a_bare_plea_to_be_killed_gets_the_gentle_question(text):
    result = detect(text, lemmas(text))
    assert not result.is_crisis and (result.top.category, result.top.about) == ("unsure", "self")


def test_kill_me_inside_an_ordinary_sentence_is_left_alone():
    assert detect("kill me now, this meeting is endless").findings == ()
