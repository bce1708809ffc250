"""Which conversations to show or export: one filter for `mend export` and `mend review`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Iterable, List, Optional

from bot.transcripts.model import Transcript


class FilterError(ValueError):
    """A filter value that cannot be used; the message says what is expected."""


def parse_date(value: Optional[str], name: str = "date") -> Optional[date]:
    if value is None or not str(value).strip():
        return None
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise FilterError(f"{name} must be a date like 2024-05-31, not {value!r}") from None


def _start(day: date) -> float:
    return datetime.combine(day, time.min, tzinfo=timezone.utc).timestamp()


@dataclass(frozen=True)
class TranscriptFilter:
    flagged_only: bool = False
    topic: Optional[str] = None
    horseman: Optional[str] = None
    since: Optional[date] = None  # active on or after this day (UTC)
    until: Optional[date] = None  # started on or before this day (UTC)
    query: Optional[str] = None  # words searched in the anonymised text

    def matches(self, transcript: Transcript) -> bool:
        if self.flagged_only and not transcript.flagged:
            return False
        if self.topic and self.topic not in transcript.topics:
            return False
        if self.horseman and not transcript.horsemen.get(self.horseman):
            return False
        if self.since and (transcript.last_time or 0) < _start(self.since):
            return False
        if self.until and (transcript.first_time or 0) >= _start(self.until + timedelta(days=1)):
            return False
        if self.query:
            haystack = transcript.search_text()
            if not all(word in haystack for word in self.query.casefold().split()):
                return False
        return True

    def apply(self, transcripts: Iterable[Transcript]) -> List[Transcript]:
        """Matching conversations: flagged first, then the most recently active."""
        found = [t for t in transcripts if self.matches(t)]
        found.sort(key=lambda t: t.last_time or 0, reverse=True)
        found.sort(key=lambda t: not t.flagged)
        return found
