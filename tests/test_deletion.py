"""Deleting stored conversations (bot/transcripts/deletion.py) and the in-chat "delete my data"
(bot/tracker_store.py), on a real SQLite tracker store."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from datetime import timedelta

import pytest
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered

from bot.tracker_store import MendSQLTrackerStore, asks_deletion
from bot.transcripts.deletion import AgeError, conversation, delete_sender, parse_age, purge
from tests.transcript_seed import FLAGGED, OLD, RECENT, seed, tracker


def counts(db):
    with sqlite3.connect(db) as connection:
        return dict(connection.execute("select sender_id, count(*) from events group by sender_id"))


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "tracker.db"
    seed(path)
    return path


@pytest.fixture
def store(db):
    store = MendSQLTrackerStore(dialect="sqlite", db=str(db))
    yield store
    store.engine.dispose()


def test_delete_sender_removes_only_that_sender(db, store):
    before = counts(db)
    assert delete_sender(store.engine, FLAGGED) == before[FLAGGED]
    after = counts(db)
    assert FLAGGED not in after and after == {k: v for k, v in before.items() if k != FLAGGED}
    assert delete_sender(store.engine, FLAGGED) == 0
    assert conversation(store.engine, FLAGGED) is None
    assert conversation(store.engine, RECENT).events == before[RECENT]


@pytest.mark.parametrize("value, days", [("90d", 90), ("12w", 84), (" 1D ", 1)])
def test_ages(value, days):
    assert parse_age(value) == timedelta(days=days)


@pytest.mark.parametrize("value", ["90", "3m", "0d", "-5d", "", "d"])
def test_bad_ages(value):
    with pytest.raises(AgeError, match="like 90d or 12w"):
        parse_age(value)


def test_purge_dry_run_then_purge(db, store):
    before = counts(db)
    listed = purge(store.engine, timedelta(days=90), dry_run=True)
    assert [c.sender_id for c in listed] == [OLD] and listed[0].events == before[OLD]
    assert counts(db) == before
    gone = purge(store.engine, timedelta(days=90))
    assert [c.sender_id for c in gone] == [OLD]
    assert set(counts(db)) == {FLAGGED, RECENT}
    assert purge(store.engine, timedelta(days=1), now=time.time() + 10 * 86400)  # the rest, later
    assert counts(db) == {}


def test_asks_deletion_only_after_the_last_user_message():
    asked = [UserUttered("delete my data"), ActionExecuted("action_delete_my_data"),
             BotUttered("Done"), ActionExecuted("action_listen")]
    assert asks_deletion(asked)
    assert not asks_deletion(asked + [UserUttered("hello again"), ActionExecuted("action_listen")])
    assert not asks_deletion([UserUttered("hi"), ActionExecuted("action_listen")])


def test_saving_a_tracker_that_ran_delete_my_data_deletes_the_sender(db, store):
    before = counts(db)
    # the conversation goes on, saved normally ...
    events = list(store_tracker(store, RECENT).events)
    at = time.time()
    events += [UserUttered("hi again", parse_data={"intent": {"name": "greet"}}, timestamp=at),
               BotUttered("Hello!", timestamp=at), ActionExecuted("action_listen", timestamp=at)]
    asyncio.run(store.save(tracker(RECENT, events)))
    assert counts(db)[RECENT] == before[RECENT] + 3
    # ... then the user asks for deletion: Rasa's save after the actions deletes instead
    events += [UserUttered("please delete my data", parse_data={"intent": {"name": "delete_my_data"}}, timestamp=at),
               ActionExecuted("action_delete_my_data", timestamp=at),
               BotUttered("Done: I've deleted this conversation.", timestamp=at),
               ActionExecuted("action_listen", timestamp=at)]
    asyncio.run(store.save(tracker(RECENT, events)))
    after = counts(db)
    assert RECENT not in after
    assert after == {k: v for k, v in before.items() if k != RECENT}  # others untouched
    assert asyncio.run(store.retrieve(RECENT)) is None
    # the next message starts a new, empty conversation that is stored as usual
    asyncio.run(store.save(tracker(RECENT, [UserUttered("hello", timestamp=time.time())])))
    assert counts(db)[RECENT] == 1


def store_tracker(store, sender):
    return asyncio.run(store.retrieve_full_tracker(sender))


def test_rasa_builds_the_store_from_mends_endpoint_settings(tmp_path):
    from rasa.core.tracker_store import TrackerStore
    from rasa.utils.endpoints import EndpointConfig

    from bot.settings import tracker_store_config

    config = tracker_store_config(f"sqlite:///{tmp_path / 'x.db'}")
    kwargs = {k: v for k, v in config.items() if k not in ("type", "url")}
    created = TrackerStore.create(EndpointConfig(url=config.get("url"), type=config["type"], **kwargs))
    assert isinstance(created, MendSQLTrackerStore)


def test_an_unstorable_sender_fails_its_own_request_without_stopping_the_server(db, store):
    # Rasa's own session scope calls sys.exit on any ValueError (it assumes a missing schema);
    # a lone surrogate in a sender id raises UnicodeEncodeError, a ValueError.
    before = counts(db)
    with pytest.raises(UnicodeEncodeError):
        asyncio.run(store.save(tracker("\ud800", [UserUttered("hi")])))
    asyncio.run(store.save(tracker("after", [UserUttered("hi")])))  # the store still works
    assert counts(db) == {**before, "after": 1}
