"""Checks on the training data and on everything the bot can say."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Dict, Iterator, List

import yaml

from actions.messages import load_messages
from bot.paths import EVAL_DIR, PROJECT_ROOT

MIN_EXAMPLES = 15
MAX_WORDS = 85  # one phone screen; `_more` responses are the longest


def load_yaml(path: Path) -> dict:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle) or {}


def domain() -> dict:
    merged: Dict[str, dict] = {"intents": [], "responses": {}}
    for path in sorted((PROJECT_ROOT / "domain").glob("*.yml")):
        content = load_yaml(path)
        merged["intents"] += content.get("intents", [])
        merged["responses"].update(content.get("responses", {}))
    return merged


def nlu_examples() -> Dict[str, List[str]]:
    examples: Dict[str, List[str]] = {}
    for path in sorted((PROJECT_ROOT / "data" / "nlu").glob("*.yml")):
        for block in load_yaml(path).get("nlu", []):
            if "intent" in block:
                lines = [l[2:].strip() for l in block["examples"].splitlines() if l.startswith("- ")]
                examples.setdefault(block["intent"], []).extend(lines)
    return examples


def plain(example: str) -> str:
    """Training example without entity markup, lowercased."""
    text = re.sub(r"\[([^\]]+)\](\([^)]*\)|\{[^}]*\})", r"\1", example)
    return " ".join(text.lower().split())


def all_bot_messages() -> Iterator[dict]:
    for variations in domain()["responses"].values():
        yield from variations
    for variations in load_messages().values():
        yield from variations


def test_every_intent_has_enough_varied_examples():
    examples = nlu_examples()
    for intent in domain()["intents"]:
        assert len(examples.get(intent, [])) >= MIN_EXAMPLES, intent
        assert len(set(map(plain, examples[intent]))) == len(examples[intent]), intent


def test_no_example_is_used_for_two_intents():
    owners = Counter(plain(e) for exs in nlu_examples().values() for e in set(map(plain, exs)))
    assert [text for text, n in owners.items() if n > 1] == []


def test_examples_are_realistic_mixes_of_case_and_length():
    flat = [e for exs in nlu_examples().values() for e in exs]
    assert sum(e == e.lower() for e in flat) / len(flat) > 0.4
    assert sum(len(plain(e).split()) >= 30 for e in flat) >= 30


def test_bot_messages_are_short_and_free_of_markdown():
    for message in all_bot_messages():
        text = message["text"]
        assert len(text.split()) <= MAX_WORDS, text
        assert "**" not in text and not text.lstrip().startswith("#"), text


def test_every_button_payload_is_a_known_intent_or_a_form_answer():
    intents = set(domain()["intents"])
    for message in all_bot_messages():
        for button in message.get("buttons", []):
            payload = button["payload"]
            if not payload.startswith("/"):
                # a plain-text answer to a practice-form question ("20 minutes", "lonely")
                assert payload.strip() and len(payload.split()) <= 12 and "{" not in payload, payload
                continue
            assert re.match(r"/([a-z_]+)", payload).group(1) in intents, payload


def test_only_known_slots_are_used_as_placeholders():
    for message in domain()["responses"].values():
        for variation in message:
            fields = re.findall(r"(?<!\{)\{([a-z_]+)\}(?!\})", variation["text"])
            assert set(fields) <= {"partner"}, variation["text"]


def test_training_data_copies_nothing_from_the_outside_evaluation_sets():
    assert EVAL_DIR.is_dir(), f"shared evaluation data not found at {EVAL_DIR}"
    outside = set()
    for path in EVAL_DIR.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = " ".join(json.loads(line)["text"].lower().split())
            if len(text.split()) >= 3:  # single words ("infidelity") are shared vocabulary
                outside.add(text)
    ours = {plain(e) for exs in nlu_examples().values() for e in exs}
    assert ours & outside == set()
