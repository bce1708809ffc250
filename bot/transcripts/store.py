"""Reading conversations from Mend's tracker store (Rasa's SQLTrackerStore API) as anonymised
transcripts, with an in-memory cache keyed by (sender, number of stored events)."""

from __future__ import annotations

import asyncio
import logging
import threading
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple

from bot.transcripts.model import Transcript

if TYPE_CHECKING:  # the anonymiser loads Presidio and spaCy: imported when first used
    from bot.privacy import Anonymiser

logger = logging.getLogger(__name__)


def store_kwargs(db_url: str) -> Dict[str, Any]:
    """bot.settings.tracker_store_config as constructor kwargs (endpoints' `url` is `host`)."""
    from bot.settings import tracker_store_config

    config = dict(tracker_store_config(db_url))
    config.pop("type", None)
    if "url" in config:
        config["host"] = config.pop("url")
    return config


def open_tracker_store(db_url: Optional[str] = None):
    """Mend's tracker store for MEND_DB_URL (or `db_url`), as `mend serve` configures it."""
    from bot.settings import Settings
    from bot.tracker_store import MendSQLTrackerStore

    # A reader has no domain: SlotSet events for slots it does not know are still kept,
    # so Rasa's "non existent slot" complaint is noise here.
    logging.getLogger("rasa.shared.core.trackers").setLevel(logging.CRITICAL)
    return MendSQLTrackerStore(**store_kwargs(db_url or Settings.from_env().db_url))


def run(coroutine):
    """Runs a tracker-store coroutine from synchronous code (SQLTrackerStore's bodies are
    synchronous, so a short-lived loop is enough)."""
    return asyncio.run(coroutine)


class TranscriptReader:
    """Anonymised transcripts of every stored conversation. Thread-safe; one per process.

    Anonymising costs milliseconds per message, so each transcript is cached under
    (sender, number of events): a conversation is only anonymised again when it grew.
    """

    def __init__(self, store, anonymiser: "Anonymiser") -> None:
        self.store = store
        self.anonymiser = anonymiser
        self._cache: Dict[str, Tuple[int, Transcript]] = {}
        self._lock = threading.Lock()

    def event_counts(self) -> Dict[str, int]:
        """Number of stored events per sender (one SQL query)."""
        import sqlalchemy as sa

        event = self.store.SQLEvent
        with self.store.session_scope() as session:
            rows = session.query(event.sender_id, sa.func.count(event.id)).group_by(event.sender_id).all()
        return {sender: count for sender, count in rows}

    def senders(self) -> List[str]:
        return sorted(run(self.store.keys()))

    def transcripts(self) -> List[Transcript]:
        """Every conversation, newest activity first."""
        with self._lock:
            counts = self.event_counts()
            for gone in set(self._cache) - set(counts):
                del self._cache[gone]  # forgotten or purged: never shown again
            found = [self._transcript(sender, count) for sender, count in counts.items()]
        found = [t for t in found if t is not None]
        return sorted(found, key=lambda t: t.last_time or 0, reverse=True)

    def by_pseudonym(self, pseudonym: str) -> Optional[Transcript]:
        return next((t for t in self.transcripts() if t.pseudonym == pseudonym), None)

    def sender_for_pseudonym(self, pseudonym: str) -> Optional[str]:
        return next((s for s in self.senders() if self.anonymiser.pseudonym(s) == pseudonym), None)

    def _transcript(self, sender: str, count: int) -> Optional[Transcript]:
        cached = self._cache.get(sender)
        if cached and cached[0] == count:
            return cached[1]
        tracker = run(self.store.retrieve_full_tracker(sender))
        if tracker is None:
            return None
        from bot.transcripts.build import build_transcript

        events = list(tracker.events)
        transcript = build_transcript(sender, events, self.anonymiser)
        self._cache[sender] = (count, transcript)
        return transcript
