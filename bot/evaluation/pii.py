"""Anonymiser recall per PII kind on the seeded corpus (tests/data/pii_corpus.yml), `make eval`.

A seeded value counts as removed when no trace of it survives in the output: names as whole
words spelled as seeded, numbers (phone, card, bank) as their digit run, the rest as text. Messages
without PII show over-redaction: they should come out unchanged. So should Mend's own NLU
training examples (data/nlu), a larger sample of real-sounding chat without PII.
"""

from __future__ import annotations

import re
import statistics
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Tuple

import yaml

from bot.paths import PROJECT_ROOT

CORPUS = PROJECT_ROOT / "tests" / "data" / "pii_corpus.yml"
NLU_DIR = PROJECT_ROOT / "data" / "nlu"
# Rasa entity annotations: "[text](entity)" and "[text]{...}" -> "text".
ANNOTATION = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\{[^}]*\})")
KINDS = ("PERSON", "EMAIL", "PHONE", "URL", "HANDLE", "ADDRESS", "POSTCODE", "DATE_OF_BIRTH", "CARD", "BANK")
NUMERIC_KINDS = {"PHONE", "CARD", "BANK"}
TAG = re.compile(r"\[[A-Z_]+_\d+\]")


@dataclass(frozen=True)
class Message:
    conversation: str
    text: str
    pii: Tuple[Tuple[str, str], ...]  # (kind, value)


@dataclass(frozen=True)
class Conversation:
    id: str
    channel_names: Tuple[str, ...]
    messages: Tuple[Message, ...]


@dataclass
class Report:
    seeded: Dict[str, int] = field(default_factory=lambda: defaultdict(int))
    missed: Dict[str, List[Tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))
    clean_total: int = 0
    clean_changed: List[Tuple[str, str]] = field(default_factory=list)
    millis: List[float] = field(default_factory=list)

    def recall(self, kind: str) -> float:
        total = self.seeded[kind]
        return (total - len(self.missed[kind])) / total if total else 1.0

    @property
    def unchanged_rate(self) -> float:
        total = self.clean_total
        return (total - len(self.clean_changed)) / total if total else 1.0


def load_corpus(path: Path = CORPUS) -> List[Conversation]:
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return [
        Conversation(
            id=conv["id"],
            channel_names=tuple(conv.get("channel_names") or ()),
            messages=tuple(
                Message(conv["id"], m["text"], tuple((p["kind"], p["value"]) for p in m["pii"] or ()))
                for m in conv["messages"]
            ),
        )
        for conv in data["conversations"]
    ]


def survives(kind: str, value: str, output: str) -> bool:
    """Whether any trace of a seeded value is left in the anonymised text."""
    untagged = TAG.sub(" ", output)
    if kind in NUMERIC_KINDS:
        digits = re.sub(r"\D", "", value)
        return len(digits) >= 4 and digits in re.sub(r"\D", "", untagged)
    if kind == "PERSON":  # as written: "Will" is the name, the "will" beside it is a verb
        return re.search(rf"(?<!\w){re.escape(value)}(?!\w)", untagged) is not None
    return value.casefold() in untagged.casefold()


def evaluate(conversations: List[Conversation]) -> Tuple[Report, Dict[str, List[str]]]:
    """Run every conversation through one transcript each; outputs keyed by conversation id."""
    from bot.privacy.anonymiser import Anonymiser

    anonymiser = Anonymiser(pseudonym_key=b"evaluation-only-key")
    anonymiser.transcript().text("warm up the engine")
    report, outputs = Report(), {}
    for conv in conversations:
        transcript = anonymiser.transcript().known_names(conv.channel_names)
        outputs[conv.id] = []
        for message in conv.messages:
            started = time.perf_counter()
            output = transcript.text(message.text)
            report.millis.append((time.perf_counter() - started) * 1000)
            outputs[conv.id].append(output)
            score(report, message, output)
    return report, outputs


def score(report: Report, message: Message, output: str) -> None:
    if not message.pii:
        report.clean_total += 1
        if output != message.text:
            report.clean_changed.append((message.text, output))
    for kind, value in message.pii:
        report.seeded[kind] += 1
        if survives(kind, value, output):
            report.missed[kind].append((value, output))


def print_report(report: Report, show: int = 20) -> None:
    print(f"PII anonymiser on {CORPUS.relative_to(PROJECT_ROOT)}")
    for kind in KINDS:
        missed = report.missed[kind]
        print(f"  {kind:14} recall {report.recall(kind):6.1%}  ({report.seeded[kind] - len(missed)}/{report.seeded[kind]})")
        for value, output in missed[:show]:
            print(f"      missed {value!r}: {output}")
    changed = report.clean_changed
    print(
        f"  no-PII messages unchanged {report.unchanged_rate:.1%} "
        f"({report.clean_total - len(changed)}/{report.clean_total})"
    )
    for before, after in changed[:show]:
        print(f"      changed: {before!r} -> {after!r}")
    print(f"  median {statistics.median(report.millis):.1f} ms/message, "
          f"p95 {sorted(report.millis)[int(len(report.millis) * 0.95)]:.1f} ms over {len(report.millis)} messages")


def nlu_examples(nlu_dir: Path = NLU_DIR) -> List[str]:
    """Mend's own training examples: real relationship-chat wording with no PII in it."""
    examples = []
    for path in sorted(nlu_dir.glob("*.yml")):
        with path.open(encoding="utf-8") as handle:
            data = yaml.safe_load(handle) or {}
        for item in data.get("nlu", []):
            if "intent" in item:
                examples += [ANNOTATION.sub(r"\1", line.strip()[2:])
                             for line in item.get("examples", "").splitlines() if line.strip().startswith("- ")]
    return examples


def over_redaction(texts: List[str], show: int = 10) -> None:
    """How many PII-free texts the anonymiser changes: the false-positive side of recall."""
    from bot.privacy.anonymiser import Anonymiser

    anonymiser = Anonymiser(pseudonym_key=b"evaluation-only-key")
    changed = [(t, out) for t in texts if (out := anonymiser.transcript().text(t)) != t]
    rate = 1 - len(changed) / len(texts) if texts else 1.0
    print(f"  NLU training examples unchanged {rate:.1%} ({len(texts) - len(changed)}/{len(texts)})")
    for before, after in changed[:show]:
        print(f"      changed: {before[:90]!r} -> {after[:90]!r}")


def main() -> None:
    report, _ = evaluate(load_corpus())
    print_report(report)
    over_redaction(nlu_examples())


if __name__ == "__main__":
    main()
