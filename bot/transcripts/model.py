"""The anonymised transcript: what leaves bot.transcripts (exports, the review app).

Every text field here has been through the anonymiser; the sender id is a keyed pseudonym.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any, Dict, List, Optional

HORSEMEN = ("criticism", "contempt", "defensiveness", "stonewalling")


def iso(timestamp: Optional[float]) -> Optional[str]:
    if timestamp is None:
        return None
    return datetime.fromtimestamp(timestamp, tz=timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True)
class SafetyFinding:
    """The safety detector's finding on one user message (never its raw trigger text)."""

    categories: List[str]
    severity: Optional[str]
    source: Optional[str]
    about: Optional[str] = None


@dataclass(frozen=True)
class SafetyFlag:
    """One entry of the `safety_flags` slot."""

    category: str
    severity: Optional[str]
    source: Optional[str]
    time: Optional[str]


@dataclass(frozen=True)
class Turn:
    speaker: str  # "user" or "bot"
    text: str  # anonymised
    time: Optional[str]
    intent: Optional[str] = None
    patterns: List[str] = field(default_factory=list)  # Four Horsemen labels
    safety: Optional[SafetyFinding] = None


@dataclass(frozen=True)
class Transcript:
    pseudonym: str
    first_time: Optional[float]
    last_time: Optional[float]
    turns: List[Turn]
    topics: List[str]
    horsemen: Dict[str, int]
    safety_flags: List[SafetyFlag]

    @property
    def flagged(self) -> bool:
        return bool(self.safety_flags) or any(t.safety for t in self.turns)

    @property
    def user_turns(self) -> int:
        return sum(1 for t in self.turns if t.speaker == "user")

    def pattern_counts(self) -> Counter:
        return Counter(self.horsemen)

    def to_dict(self) -> Dict[str, Any]:
        data = asdict(self)
        data["first_time"] = iso(self.first_time)
        data["last_time"] = iso(self.last_time)
        data["flagged"] = self.flagged
        return data

    def search_text(self) -> str:
        return "\n".join(t.text for t in self.turns).casefold()
