"""Deleting stored conversations: `mend forget`, `mend purge` and the in-chat "delete my data"
(bot.tracker_store). One implementation, SQLAlchemy Core on Rasa's `events` table
(columns id, sender_id, type_name, timestamp, intent_name, action_name, data), so it works
the same on SQLite and PostgreSQL. Pass the tracker store's own engine (`store.engine`):
it carries Rasa's connection settings (e.g. the PostgreSQL schema)."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from datetime import timedelta
from typing import List, Optional

import sqlalchemy as sa
from sqlalchemy.engine import Engine

EVENTS = sa.table("events", sa.column("id"), sa.column("sender_id"), sa.column("timestamp"))
_AGE = re.compile(r"\s*(\d+)\s*([dw])\s*", re.IGNORECASE)


class AgeError(ValueError):
    """An --older-than value that is not Nd or Nw."""


def open_engine(db_url: Optional[str] = None) -> Engine:
    """An engine on Mend's tracker store database (MEND_DB_URL), made the way Rasa's
    SQLTrackerStore makes it (same SQLite path, same PostgreSQL schema and pool settings)
    without importing Rasa, so `mend forget` and `mend purge` start in a second."""
    import os

    from sqlalchemy.engine import make_url

    from bot.settings import Settings, tracker_store_config

    url = db_url or Settings.from_env().db_url
    config = tracker_store_config(url)  # validates the URL, resolves the SQLite path
    if make_url(url).get_backend_name() == "sqlite":
        return sa.create_engine(f"sqlite:///{config['db']}")
    kwargs: dict = {}
    if make_url(url).get_backend_name() == "postgresql":
        schema = os.environ.get("POSTGRESQL_SCHEMA")
        if schema:
            kwargs["connect_args"] = {"options": f"-csearch_path={schema}"}
    return sa.create_engine(url, **kwargs)


def has_events(engine: Engine) -> bool:
    """False on a database where Rasa has not created its `events` table yet."""
    return sa.inspect(engine).has_table("events")


def parse_age(value: str) -> timedelta:
    """"90d" -> 90 days, "12w" -> 12 weeks."""
    match = _AGE.fullmatch(value or "")
    if not match or int(match.group(1)) == 0:
        raise AgeError(f"--older-than must be a number of days or weeks, like 90d or 12w, not {value!r}")
    number, unit = int(match.group(1)), match.group(2).lower()
    return timedelta(days=number) if unit == "d" else timedelta(weeks=number)


@dataclass(frozen=True)
class StoredConversation:
    sender_id: str
    events: int
    last_time: Optional[float]


def delete_sender(engine: Engine, sender_id: str) -> int:
    """Deletes every stored event of `sender_id`; returns how many rows went."""
    with engine.begin() as connection:
        result = connection.execute(sa.delete(EVENTS).where(EVENTS.c.sender_id == sender_id))
        return int(result.rowcount or 0)


def conversation(engine: Engine, sender_id: str) -> Optional[StoredConversation]:
    if not has_events(engine):
        return None
    with engine.connect() as connection:
        count, last = connection.execute(
            sa.select(sa.func.count(EVENTS.c.id), sa.func.max(EVENTS.c.timestamp))
            .where(EVENTS.c.sender_id == sender_id)
        ).one()
    return StoredConversation(sender_id, int(count), last) if count else None


def inactive_since(engine: Engine, cutoff: float) -> List[StoredConversation]:
    """Conversations whose latest event is older than `cutoff` (a Unix time), oldest first."""
    if not has_events(engine):
        return []
    last = sa.func.max(EVENTS.c.timestamp)
    query = (
        sa.select(EVENTS.c.sender_id, sa.func.count(EVENTS.c.id), last)
        .group_by(EVENTS.c.sender_id)
        .having(last < cutoff)
        .order_by(last)
    )
    with engine.connect() as connection:
        return [StoredConversation(s, int(n), t) for s, n, t in connection.execute(query)]


def purge(engine: Engine, older_than: timedelta, dry_run: bool = False,
          now: Optional[float] = None) -> List[StoredConversation]:
    """Deletes conversations with no event for `older_than`; returns them (dry run: only lists).

    Each sender is checked again inside its delete, so a conversation that came back to life
    since the listing is kept."""
    cutoff = (time.time() if now is None else now) - older_than.total_seconds()
    stale = inactive_since(engine, cutoff)
    if dry_run:
        return stale
    gone = []
    for item in stale:
        with engine.begin() as connection:
            latest = connection.execute(
                sa.select(sa.func.max(EVENTS.c.timestamp)).where(EVENTS.c.sender_id == item.sender_id)
            ).scalar()
            if latest is not None and latest < cutoff:
                connection.execute(sa.delete(EVENTS).where(EVENTS.c.sender_id == item.sender_id))
                gone.append(item)
    return gone
