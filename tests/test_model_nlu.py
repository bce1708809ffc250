"""The trained model (models/mend.tar.gz) on the conversation tests' own wording.

`rasa test core` trusts the intent labels in test stories; this test checks that the NLU
really predicts them from the user text, and that the input guard works inside the model.
"""

from __future__ import annotations

import asyncio
import re

from typing import List, Tuple

import pytest
import yaml

from bot.paths import MODELS_DIR, PROJECT_ROOT

pytestmark = pytest.mark.model

STORIES_DIR = PROJECT_ROOT / "tests" / "stories"
ENTITY = re.compile(r'\[([^\]]+)\](?:\(([a-z_]+)\)|\{"entity": "([a-z_]+)", "value": "([^"]+)"\})')


def story_messages() -> List[Tuple[str, str, List[Tuple[str, str]]]]:
    cases = []
    for path in sorted(STORIES_DIR.glob("*.yml")):
        for story in yaml.safe_load(path.read_text(encoding="utf-8"))["stories"]:
            for step in story["steps"]:
                if "user" not in step or step["user"].startswith("/"):
                    continue
                marked = step["user"].strip()
                text = ENTITY.sub(lambda m: m.group(1), marked)
                entities = [(m.group(2) or m.group(3), m.group(4) or m.group(1)) for m in ENTITY.finditer(marked)]
                cases.append((text, step["intent"], entities))
    return cases


@pytest.fixture(scope="module")
def parse():
    from rasa.core.agent import Agent

    model = MODELS_DIR / "mend.tar.gz"
    assert model.exists(), "train first: make train"
    agent = Agent.load(str(model))
    loop = asyncio.new_event_loop()
    yield lambda text: loop.run_until_complete(agent.parse_message(text))
    loop.close()


@pytest.mark.parametrize("text, intent, entities", story_messages())
def test_story_wording_is_understood(parse, text, intent, entities):
    result = parse(text)
    assert result["intent"]["name"] == intent
    found = {(e["entity"], e["value"]) for e in result["entities"]}
    assert set(entities) <= found


@pytest.mark.parametrize(
    "text, reason",
    [
        ("", "empty_message"),
        ("🙏🙏", "no_words"),
        ("tengo muchos problemas con mi marido y no sé qué hacer", "other_language"),
        ("we argue. " * 600, "long_message"),
    ],
)
def test_input_guard_in_the_model(parse, text, reason):
    result = parse(text)
    assert result["intent"]["name"] == "nlu_fallback"
    assert result["input_guard"] == reason


def test_markup_is_stripped_before_classification(parse):
    result = parse("<b>we fight about money</b> <script>x()</script>")
    assert result["intent"]["name"] == "topic_money"
    assert "input_guard" not in result


def test_partner_nicknames_map_to_the_role(parse):
    result = parse("my hubby never helps with the laundry")
    assert ("partner", "husband") in {(e["entity"], e["value"]) for e in result["entities"]}


def test_language_skills_annotate_every_message_in_the_model(parse):
    result = parse("he said 'whatever' and walked out, and i told him he never listens")
    language = result["language"]
    assert {s["label"] for s in language["horsemen"]} >= {"stonewalling", "criticism"}
    patterns = {e["value"] for e in result["entities"] if e["entity"] == "pattern"}
    assert patterns >= {"stonewalling", "criticism"}
    feeling = parse("i feel so ignored when you're on your phone")
    assert [s["label"] for s in feeling["language"]["thought_feelings"]] == ["ignored"]
    assert {"entity": "thought_feeling", "value": "ignored"}.items() <= next(
        e for e in feeling["entities"] if e["entity"] == "thought_feeling"
    ).items()
    question = parse("what was the hardest part of your week?")
    assert question["language"]["question"] == "open"
    assert {(e["entity"], e["value"]) for e in question["entities"]} >= {("question_type", "open")}
    assert parse("did you have a good day?")["language"]["question"] == "closed"


def test_the_learned_complement_adds_what_the_rules_miss_inside_the_model(parse):
    """Sarcasm with no insult word: the component in the trained model loads the learned
    complement (build/horsemen_model) and marks what each finding came from."""
    from bot.language import analyse_text
    from bot.language.learned import THRESHOLD

    text = "oh wow, look who finally decided to help out"
    spans = parse(text)["language"]["horsemen"]
    assert "contempt" in {s["label"] for s in spans}
    rules = set(analyse_text(text).horsemen_labels)
    for span in spans:
        assert span["source"] == ("rules" if span["label"] in rules else "model")
        assert THRESHOLD <= span["confidence"] <= 1.0
        assert text[span["start"] : span["end"]] == span["text"]


def test_a_quoted_fight_the_classifier_misses_is_routed_to_pattern_naming(parse):
    result = parse("she goes oh poor baby, and rolls her eyes")
    assert result["intent"]["name"] == "describe_fight"
    assert "contempt" in {s["label"] for s in result["language"]["horsemen"]}
