"""A SQLite tracker store filled with PII-seeded conversations, for the transcript, export,
deletion and review tests. Every value in PII must never appear in anything they output."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any, Dict, List, Optional

from rasa.shared.core.events import ActionExecuted, BotUttered, Event, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.slots import ListSlot
from rasa.shared.core.trackers import DialogueStateTracker

KEY = "test-pseudonym-key-0123456789"
DAY = 86400.0
PII = [
    "Tom", "tom.baker@example.com", "07700 900123", "Priya", "Sharma", "priya_s88",
    "Sarah", "Jenkins", "42 Elm Street", "sarah.j@example.com",
    # sender ids are personal too (a Telegram chat id, a browser id)
    "tg-55501234", "web-b0b", "old-c4r0l",
]
FLAGGED, RECENT, OLD = "tg-55501234", "web-b0b", "old-c4r0l"
TELEGRAM_USER = {"message": {"from": {"first_name": "Priya", "last_name": "Sharma", "username": "priya_s88"}}}


def user(text: str, intent: str, at: float, horsemen: Optional[List[str]] = None,
         safety: Optional[Dict[str, Any]] = None, metadata: Optional[Dict] = None) -> UserUttered:
    parse: Dict[str, Any] = {"intent": {"name": intent, "confidence": 0.9}, "entities": [], "text": text}
    if horsemen is not None:
        parse["language"] = {"horsemen": [{"label": h, "text": text[:10], "start": 0, "end": 10,
                                           "speaker": "partner"} for h in horsemen],
                             "stance": None, "question": False, "thought_feelings": []}
    if safety is not None:
        parse["safety"] = safety
    return UserUttered(text, parse_data=parse, metadata=metadata, timestamp=at)


def bot(text: str, at: float) -> BotUttered:
    return BotUttered(text, timestamp=at)


def action(name: str, at: float) -> ActionExecuted:
    return ActionExecuted(name, timestamp=at)


def conversations(now: float) -> Dict[str, List[Event]]:
    t1, t2, t3 = now - 2 * DAY, now - 1 * DAY, now - 200 * DAY
    flag = {"category": "abuse", "severity": "high", "source": "rules", "time": "2024-01-01T10:00:00+00:00"}
    return {
        FLAGGED: [
            action("action_session_start", t1), SessionStarted(timestamp=t1),
            action("action_listen", t1),
            user("my husband Tom never listens to me", "topic_communication", t1 + 1, ["criticism"],
                 metadata=TELEGRAM_USER),
            bot("That sounds lonely, Priya. What happens when you raise it with Tom?", t1 + 2),
            action("action_listen", t1 + 2),
            user("email me at tom.baker@example.com or call 07700 900123", "inform", t1 + 3, [],
                 metadata=TELEGRAM_USER),
            bot("I can't email or call, but I'm here to talk.", t1 + 4),
            action("action_listen", t1 + 4),
            user("Tom hit me again last night", "crisis_abuse", t1 + 5, ["contempt"],
                 safety={"categories": ["abuse"], "severity": "high", "trigger": "Tom hit me",
                         "source": "rules", "about": None},
                 metadata=TELEGRAM_USER),
            action("action_safety_response", t1 + 6),
            bot("I'm so sorry. You deserve to be safe.", t1 + 6),
            SlotSet("safety_flags", [flag], timestamp=t1 + 6),
            action("action_listen", t1 + 6),
        ],
        RECENT: [
            action("action_session_start", t2), SessionStarted(timestamp=t2),
            action("action_listen", t2),
            user("my wife Sarah Jenkins rolls her eyes at me about money", "topic_money", t2 + 1, ["contempt"]),
            bot("Eye-rolling can sting. What was the money talk about?", t2 + 2),
            action("action_listen", t2 + 2),
            user("we live at 42 Elm Street and she emails sarah.j@example.com all day", "inform", t2 + 3),
            bot("Thanks for telling me.", t2 + 4),
            action("action_listen", t2 + 4),
        ],
        OLD: [
            action("action_session_start", t3), SessionStarted(timestamp=t3),
            action("action_listen", t3),
            user("we fight about chores", "topic_chores", t3 + 1, ["defensiveness"]),
            bot("Chores are a common fight.", t3 + 2),
            action("action_listen", t3 + 2),
        ],
    }


def tracker(sender: str, events: List[Event]) -> DialogueStateTracker:
    return DialogueStateTracker.from_events(
        sender, events, slots=[ListSlot("safety_flags", mappings=[{"type": "custom"}])]
    )


def seed(db: Path, now: Optional[float] = None) -> Dict[str, List[Event]]:
    """Saves the conversations into a SQLite tracker store at `db`; returns them."""
    from bot.tracker_store import MendSQLTrackerStore

    store = MendSQLTrackerStore(dialect="sqlite", db=str(db))
    found = conversations(now or time.time())
    for sender, events in found.items():
        asyncio.run(store.save(tracker(sender, events)))
    store.engine.dispose()
    return found
