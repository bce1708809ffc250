"""One conversation's Rasa events -> an anonymised Transcript.

Raw text is read here and only here; what comes out has been through one TranscriptAnonymiser
per conversation (so "[PERSON_1]" is the same person throughout), with the names a channel
attached to the user's messages (Telegram first/last/username) registered as known names.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Iterable, List, Mapping, Optional, Sequence

from rasa.shared.core.events import BotUttered, Event, SlotSet, UserUttered

from bot.language import LANGUAGE_KEY
from bot.privacy import Anonymiser, channel_names
from bot.safety.intents import SAFETY_KEY
from bot.transcripts.model import HORSEMEN, SafetyFinding, SafetyFlag, Transcript, Turn, iso

TOPIC_PREFIXES = ("topic_", "root_")
SAFETY_FLAGS_SLOT = "safety_flags"


def horsemen_labels(parse_data: Optional[Mapping[str, Any]]) -> List[str]:
    """Labels of parse_data["language"]["horsemen"], when another component added them."""
    language = (parse_data or {}).get(LANGUAGE_KEY)
    if not isinstance(language, Mapping):
        return []
    found = language.get("horsemen") or []
    labels = []
    for item in found if isinstance(found, list) else []:
        label = item.get("label") if isinstance(item, Mapping) else None
        if isinstance(label, str) and label:
            labels.append(label)
    return labels


def safety_finding(parse_data: Optional[Mapping[str, Any]]) -> Optional[SafetyFinding]:
    """parse_data["safety"] without its trigger (a piece of the raw message)."""
    safety = (parse_data or {}).get(SAFETY_KEY)
    if not isinstance(safety, Mapping):
        return None
    categories = [str(c) for c in safety.get("categories") or [] if c]
    if not categories and not safety.get("severity"):
        return None
    about = safety.get("about")
    return SafetyFinding(
        categories=categories,
        severity=_str(safety.get("severity")),
        source=_str(safety.get("source")),
        about=_str(about) if isinstance(about, (str, int, float)) else None,
    )


def safety_flags(events: Iterable[Event]) -> List[SafetyFlag]:
    """Every flag the `safety_flags` slot ever held, in order, without repeats."""
    flags: List[SafetyFlag] = []
    seen = set()
    for event in events:
        if not (isinstance(event, SlotSet) and event.key == SAFETY_FLAGS_SLOT):
            continue
        for item in event.value or []:
            if not isinstance(item, Mapping) or not item.get("category"):
                continue
            flag = SafetyFlag(
                category=str(item["category"]),
                severity=_str(item.get("severity")),
                source=_str(item.get("source")),
                time=_str(item.get("time")),
            )
            if flag not in seen:
                seen.add(flag)
                flags.append(flag)
    return flags


def build_transcript(sender_id: str, events: Sequence[Event], anonymiser: Anonymiser) -> Transcript:
    """The anonymised transcript of one conversation (all sessions)."""
    text = anonymiser.transcript()
    names: List[str] = []
    for event in events:
        if isinstance(event, UserUttered):
            names += channel_names(event.metadata)
            names += channel_names((event.parse_data or {}).get("metadata"))
    text.known_names(names)

    turns: List[Turn] = []
    topics: List[str] = []
    horsemen: Counter = Counter({label: 0 for label in HORSEMEN})
    for event in events:
        if isinstance(event, UserUttered):
            intent = (event.intent or {}).get("name")
            patterns = horsemen_labels(event.parse_data)
            horsemen.update(patterns)
            if intent and intent.startswith(TOPIC_PREFIXES) and intent not in topics:
                topics.append(intent)
            turns.append(Turn(
                speaker="user",
                text=text.text(event.text or ""),
                time=iso(event.timestamp),
                intent=intent,
                patterns=patterns,
                safety=safety_finding(event.parse_data),
            ))
        elif isinstance(event, BotUttered) and event.text:
            turns.append(Turn(speaker="bot", text=text.text(event.text), time=iso(event.timestamp)))
    times = [e.timestamp for e in events if getattr(e, "timestamp", None) is not None]
    return Transcript(
        pseudonym=anonymiser.pseudonym(sender_id),
        first_time=min(times) if times else None,
        last_time=max(times) if times else None,
        turns=turns,
        topics=topics,
        horsemen=dict(horsemen),
        safety_flags=safety_flags(events),
    )


def _str(value: Any) -> Optional[str]:
    return None if value is None else str(value)
