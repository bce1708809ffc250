"""Mend's tracker store: Rasa's SQLTrackerStore, plus "delete my data" from inside the chat.

Rasa saves the whole tracker after the actions of a message, so rows deleted by an action
would be written again at that save. Here, a save whose events since the last user message
include the action `action_delete_my_data` deletes every stored event of that sender instead
(bot.transcripts.deletion, the same code as `mend forget`), and writes nothing. The next
message then starts a new, empty conversation.

endpoints.yml:  tracker_store: {type: bot.tracker_store.MendSQLTrackerStore, dialect: ..., db: ...}
"""

from __future__ import annotations

import contextlib
import logging
from typing import Generator, Iterable

import rasa.shared.utils.cli
from rasa.core.tracker_store import SQLTrackerStore, ensure_schema_exists
from rasa.shared.core.events import ActionExecuted, Event, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.transcripts.deletion import delete_sender

DELETE_MY_DATA_ACTION = "action_delete_my_data"

logger = logging.getLogger(__name__)


def asks_deletion(events: Iterable[Event]) -> bool:
    """True when `action_delete_my_data` ran after the last user message."""
    since_user: list = []
    for event in events:
        if isinstance(event, UserUttered):
            since_user = []
        else:
            since_user.append(event)
    return any(isinstance(e, ActionExecuted) and e.action_name == DELETE_MY_DATA_ACTION
               for e in since_user)


class MendSQLTrackerStore(SQLTrackerStore):
    """SQLTrackerStore whose save() honours the user's "delete my data"."""

    @contextlib.contextmanager
    def session_scope(self) -> Generator:
        """Rasa's own scope exits the whole server on any ValueError raised inside a session,
        taking it for a missing PostgreSQL schema. A sender id with a lone surrogate raised one
        (a UnicodeEncodeError, found by fuzzing) and so one request could stop the server. Only
        the schema check means that; any other error stays the error of its own request."""
        session = self.sessionmaker()
        try:
            try:
                ensure_schema_exists(session)
            except ValueError as error:
                rasa.shared.utils.cli.print_error_and_exit(
                    f"Requested PostgreSQL schema '{error}' was not found in the database. Create it "
                    f"with 'CREATE SCHEMA {error};' or unset POSTGRESQL_SCHEMA to use the default."
                )
            yield session
        finally:
            session.close()

    async def save(self, tracker: DialogueStateTracker) -> None:
        if asks_deletion(tracker.events):
            removed = delete_sender(self.engine, tracker.sender_id)
            # (no event broker publishing either: the data is gone)
            logger.info("Deleted a conversation at the user's request (%d events).", removed)
            return
        await super().save(tracker)
