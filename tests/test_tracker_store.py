"""MendSQLTrackerStore writes exactly the rows Rasa's SQLTrackerStore writes, with its SQLite
settings (write-ahead log, pooled connections) and the stored-event count it remembers."""

from __future__ import annotations

import asyncio
import json
import sqlite3

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, SlotSet, UserUttered

from bot.tracker_store import MendSQLTrackerStore

DOMAIN = Domain.from_dict({"slots": {"partner": {"type": "text", "mappings": [{"type": "custom"}]}}})


def rows(db):
    with sqlite3.connect(db) as connection:
        return [(s, t, json.loads(d).get("text") or json.loads(d).get("name"))
                for s, t, d in connection.execute("select sender_id, type_name, data from events order by id")]


def turn(text):
    return [UserUttered(text, {"name": "greet", "confidence": 1.0}), ActionExecuted("utter_x"),
            BotUttered(f"re: {text}"), ActionExecuted("action_listen")]


async def play(store, sender="s1"):
    """What Rasa's processor does for three messages, plus a session restart and a slot."""
    for text in ("one", "two"):
        tracker = await store.get_or_create_tracker(sender)
        tracker.update_with_events(turn(text), DOMAIN)
        await store.save(tracker)
    tracker = await store.retrieve(sender)
    tracker.update_with_events([ActionExecuted("action_session_start"), SessionStarted(),
                                SlotSet("partner", "wife"), ActionExecuted("action_listen")] + turn("three"), DOMAIN)
    await store.save(tracker)
    tracker = await store.retrieve(sender)  # a new session: only its events
    tracker.update_with_events(turn("four"), DOMAIN)
    await store.save(tracker)
    return await store.retrieve(sender)


@pytest.fixture
def stores(tmp_path):
    ours = MendSQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(tmp_path / "mend.db"))
    theirs = SQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(tmp_path / "rasa.db"))
    yield ours, theirs
    ours.engine.dispose()
    theirs.engine.dispose()


def test_same_rows_as_rasas_store(stores, tmp_path):
    ours, theirs = stores
    mine, rasas = asyncio.run(play(ours)), asyncio.run(play(theirs))
    assert rows(tmp_path / "mend.db") == rows(tmp_path / "rasa.db")
    assert len(rows(tmp_path / "mend.db")) == 1 + 4 * 4 + 4  # listen, 4 turns, new session
    assert [e.as_dict()["event"] for e in mine.events] == [e.as_dict()["event"] for e in rasas.events]
    assert mine.get_slot("partner") == "wife"


def test_retrieve_reads_what_rasas_store_reads(stores, tmp_path):
    """The same trackers from the same database (latest session and all sessions, several
    senders, an unknown sender), though only the data column is read."""
    ours, _ = stores
    asyncio.run(play(ours, "s1"))
    asyncio.run(play(ours, "s2"))
    rasas = SQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(tmp_path / "mend.db"))
    try:
        for sender in ("s1", "s2", "nobody"):
            for fetch_all in (False, True):
                mine = asyncio.run(ours._retrieve(sender, fetch_events_from_all_sessions=fetch_all))
                theirs = asyncio.run(rasas._retrieve(sender, fetch_events_from_all_sessions=fetch_all))
                if theirs is None:
                    assert mine is None
                    continue
                assert mine.current_state() == theirs.current_state()
                assert [e.as_dict() for e in mine.events] == [e.as_dict() for e in theirs.events]
        assert len(asyncio.run(ours.retrieve_full_tracker("s1")).events) > len(asyncio.run(ours.retrieve("s1")).events)
    finally:
        rasas.engine.dispose()


def test_a_save_without_retrieve_counts_the_stored_rows(stores, tmp_path):
    ours, _ = stores
    asyncio.run(play(ours))
    before = rows(tmp_path / "mend.db")
    # a tracker built elsewhere (e.g. Rasa's HTTP API) holding the stored events and one more turn
    tracker = asyncio.run(ours.retrieve("s1"))
    ours._stored_counts.clear()
    tracker.update_with_events(turn("five"), DOMAIN)
    asyncio.run(ours.save(tracker))
    assert rows(tmp_path / "mend.db") == before + [("s1",) + r[1:] for r in rows_of(turn("five"))]


def rows_of(events):
    return [("s1", e.type_name, getattr(e, "text", None) or getattr(e, "action_name", None)) for e in events]


def test_sqlite_store_writes_ahead_and_other_readers_see_commits(stores, tmp_path):
    ours, _ = stores
    with ours.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
    asyncio.run(play(ours, "wal-check"))
    # another reader (plain sqlite3, as `mend export` would be) sees the committed rows at once
    assert len(rows(tmp_path / "mend.db")) == 21


def test_in_memory_sqlite_still_works():
    store = MendSQLTrackerStore(domain=DOMAIN, dialect="sqlite", db="")
    try:
        tracker = asyncio.run(play(store))
        assert [e.text for e in tracker.events if isinstance(e, UserUttered)] == ["three", "four"]
    finally:
        store.engine.dispose()
