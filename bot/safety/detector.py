"""Finds crisis and abuse disclosures in a message with the phrase rules of `patterns`.

Pure Python: the NLU component (bot.nlu.safety_component) and the benchmarks call it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, List, Optional, Sequence, Tuple

from bot.safety.patterns import (
    CATEGORIES,
    CHECK,
    FIGURATIVE,
    HIGH,
    MEDIUM,
    NEGATORS,
    ABUSE_TOPIC,
    PERSONAL,
    RULES,
    SELF_HARM,
    SUICIDE,
    THIRD_PARTY,
    UNSURE,
)

ABUSE = "abuse"

SEVERITY_RANK = {HIGH: 3, MEDIUM: 2, CHECK: 1}
# When several categories are found, the first one here leads the response.
CATEGORY_RANK = {c: i for i, c in enumerate(("suicide", "child_harm", "abuse", "harm_to_others", "self_harm", UNSURE))}

_CLAUSE_BREAK = re.compile(r"[,.;:!?]|\bbut\b|\band\b")
_WORD = re.compile(r"[\w']+")


@dataclass(frozen=True)
class Finding:
    category: str
    severity: str
    trigger: str
    # What a gentle question should ask about (see patterns.Rule.about).
    about: str = "self"


@dataclass(frozen=True)
class SafetyResult:
    findings: Tuple[Finding, ...] = ()
    # A rule phrase was found but negated ("I'm not suicidal") or figurative ("killing me").
    dismissed: Tuple[str, ...] = field(default_factory=tuple)

    @property
    def top(self) -> Optional[Finding]:
        return self.findings[0] if self.findings else None

    @property
    def is_crisis(self) -> bool:
        return self.top is not None and self.top.category in CATEGORIES

    @property
    def categories(self) -> List[str]:
        return [f.category for f in self.findings if f.category in CATEGORIES]


def normalise(text: str) -> str:
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(text.split())


def _negated(view: str, start: int) -> bool:
    """A negator among the three words before `start`, in the same clause."""
    before = _CLAUSE_BREAK.split(view[:start])[-1]
    return any(word in NEGATORS for word in _WORD.findall(before)[-3:])


def _spans(patterns: Iterable, view: str) -> List[Tuple[int, int]]:
    return [m.span() for pattern in patterns for m in pattern.finditer(view)]


def _overlaps(span: Tuple[int, int], spans: Iterable[Tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in spans)


def detect(text: str, lemmas: Optional[Sequence[str]] = None) -> SafetyResult:
    """All rule findings in the text (and in its lemmas, when given), most serious first."""
    views = [normalise(text)]
    if lemmas:
        views.append(normalise(" ".join(lemmas)))
    found: dict = {}
    dismissed: List[str] = []
    for view in views:
        figurative = _spans(FIGURATIVE, view)
        third_party = _spans(THIRD_PARTY, view)
        for rule in RULES:
            for match in rule.pattern.finditer(view):
                trigger = match.group(0)
                if _overlaps(match.span(), figurative) or (
                    rule.negatable and _negated(view, match.start())
                ):
                    dismissed.append(trigger)
                    continue
                category, severity = rule.category, rule.severity
                if category in (SUICIDE, SELF_HARM) and _overlaps(match.span(), third_party):
                    # about someone else: ask gently instead of escalating
                    category, severity = UNSURE, CHECK
                found.setdefault(
                    (category, severity), Finding(category, severity, trigger, rule.about)
                )
    crisis = [f for f in found.values() if f.category in CATEGORIES]
    if (
        crisis
        and all(f.category == ABUSE and ABUSE_TOPIC.fullmatch(f.trigger) for f in crisis)
        and not PERSONAL.search(views[0])
    ):
        # A topic word with nobody in the message: ask whether someone is hurting them.
        found = {
            key: Finding(UNSURE, CHECK, f.trigger, ABUSE) if f.category == ABUSE else f
            for key, f in found.items()
        }
    findings = sorted(
        found.values(),
        key=lambda f: (f.category == UNSURE, -SEVERITY_RANK[f.severity], CATEGORY_RANK[f.category]),
    )
    # Keep the most severe finding per category.
    best: dict = {}
    for finding in findings:
        best.setdefault(finding.category, finding)
    return SafetyResult(tuple(best.values()), tuple(dict.fromkeys(dismissed)))
