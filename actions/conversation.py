"""Facts derived from a tracker's events: what was talked about in this session.

Everything here is computed from the events, so no slot has to be kept in step by hand.
"""

from __future__ import annotations

from typing import Any, Dict, Iterable, List, Optional, Text

from rasa_sdk import Tracker

from actions.topics import REFERRAL_SIGNALS, TOPIC_LABELS

Event = Dict[Text, Any]


def session_events(tracker: Tracker) -> List[Event]:
    """Events since the latest session start (all events when there is none)."""
    events = list(tracker.events)
    for index in range(len(events) - 1, -1, -1):
        if events[index].get("event") == "session_started":
            return events[index + 1 :]
    return events


def user_events(events: Iterable[Event]) -> List[Event]:
    return [e for e in events if e.get("event") == "user"]


def intent_of(event: Event) -> Optional[Text]:
    return ((event.get("parse_data") or {}).get("intent") or {}).get("name")


def session_intents(tracker: Tracker) -> List[Text]:
    """User intents of this session, oldest first."""
    return [i for i in map(intent_of, user_events(session_events(tracker))) if i]


def topics_discussed(tracker: Tracker) -> List[Text]:
    """Topic intents of this session, most recent first, without repeats."""
    seen: List[Text] = []
    for intent in reversed(session_intents(tracker)):
        if intent in TOPIC_LABELS and intent not in seen:
            seen.append(intent)
    return seen


def referral_signals(tracker: Tracker) -> List[Text]:
    """Signs in this session that a professional would help (keys of REFERRAL_SIGNALS).

    Most are intents. "communication_breakdown" is derived: the Four Horsemen came up twice,
    or together with trouble talking at all.
    """
    intents = session_intents(tracker)
    signals = [s for s in REFERRAL_SIGNALS if s in intents]
    horsemen = intents.count("topic_four_horsemen")
    if horsemen >= 2 or (horsemen and "topic_communication" in intents):
        signals.append("communication_breakdown")
    return signals


def has_spoken_before(tracker: Tracker) -> bool:
    """True when the tracker holds any user message (a returning person)."""
    return bool(user_events(tracker.events))


def _normalised(text: Optional[Text]) -> Text:
    return " ".join((text or "").lower().split())


def is_repeating(tracker: Tracker, times: int = 3) -> bool:
    """True when the last `times` user messages are the same non-button text."""
    texts = [_normalised(e.get("text")) for e in user_events(tracker.events)][-times:]
    return (
        len(texts) == times
        and len(set(texts)) == 1
        and bool(texts[0])
        and not texts[0].startswith("/")
    )


def trailing_count(tracker: Tracker, intent: Text) -> int:
    """How many of the latest user messages in a row had this intent."""
    count = 0
    for name in reversed(session_intents(tracker)):
        if name != intent:
            break
        count += 1
    return count
