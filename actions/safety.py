"""Safety responses: acknowledge, say what Mend can't do, give real local resources, ask
whether the person is safe now, and flag the conversation for the practitioner."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import session_events
from actions.messages import say
from actions.yaml_files import read_yaml
from bot.paths import RESOURCES_DIR
from bot.safety.intents import ABUSE_CATEGORIES, INTENT_TO_CATEGORY, SAFETY_KEY

RESOURCES_FILE = RESOURCES_DIR / "crisis_resources.yml"
DEFAULT_CATEGORY = "suicide"
UNKNOWN_EMERGENCY = "your local emergency number (911 in the US and Canada, 999 in the UK, 112 in most of Europe)"
# The gentle question asks about one of these; a "yes" is answered as that category.
CHECK_CATEGORIES = {"self": "suicide", "abuse": "abuse"}
CHECK_SLOT = "safety_check_about"
# Replies that only repeat the lines (no new disclosure, nothing to flag).
RESOURCES_ONLY_INTENTS = frozenset({"inform_country", "ask_help_lines"})


def load_resources() -> Dict[Text, Any]:
    return read_yaml(RESOURCES_FILE)


def lines_for(categories: List[Text], country: Optional[Text]) -> List[Text]:
    """Support lines serving any of these categories: local ones, or the main lines; then
    the international directory."""
    resources = load_resources()
    countries = resources["countries"]
    codes = [country] if country in countries else resources["main_lines"]
    lines = []
    for code in codes:
        entry = countries[code]
        label = "" if country in countries else f" ({entry['name']})"
        for line in entry["lines"]:
            if set(categories) & set(line["for"]):
                lines.append(f"- {line['name']}{label}: {line['contact']}")
        if country in countries:
            lines.append(f"- Emergency: {entry['emergency']}")
    directory = resources["international"]
    lines.append(f"- {directory['name']}: {directory['contact']}")
    return lines


def emergency_number(country: Optional[Text]) -> Text:
    entry = load_resources()["countries"].get(country or "")
    return entry["emergency"] if entry else UNKNOWN_EMERGENCY


def flagged_categories(tracker: Tracker) -> List[Text]:
    return [flag["category"] for flag in tracker.get_slot("safety_flags") or []]


def disclosure_categories(tracker: Tracker) -> List[Text]:
    """What the latest message disclosed: the NLU safety finding, else the crisis intent,
    else (a "yes" to the gentle question) what that question asked about."""
    latest = tracker.latest_message or {}
    safety = latest.get(SAFETY_KEY) or {}
    if safety.get("categories"):
        return list(safety["categories"])
    intent = (latest.get("intent") or {}).get("name")
    if intent in INTENT_TO_CATEGORY:
        return [INTENT_TO_CATEGORY[intent]]
    return [CHECK_CATEGORIES.get(tracker.get_slot(CHECK_SLOT) or "", DEFAULT_CATEGORY)]


def asked_for_country_before(tracker: Tracker) -> bool:
    """Whether a safety or referral reply already ran in this session (each asks once)."""
    names = {"action_safety_response", "action_refer_therapist"}
    return any(e.get("event") == "action" and e.get("name") in names for e in session_events(tracker))


def send_lines(
    dispatcher: CollectingDispatcher, categories: List[Text], country: Optional[Text]
) -> None:
    countries = load_resources()["countries"]
    heading = (
        f"Support in {countries[country]['name']}, free and confidential:"
        if country in countries
        else "Free, confidential support:"
    )
    dispatcher.utter_message(text="\n".join([heading, *lines_for(categories, country)]))


class ActionSafetyResponse(Action):
    """Answers a crisis or abuse disclosure and flags the conversation."""

    def name(self) -> Text:
        return "action_safety_response"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[EventType]:
        country = tracker.get_slot("country")
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        if intent in RESOURCES_ONLY_INTENTS:
            send_lines(dispatcher, flagged_categories(tracker) or [DEFAULT_CATEGORY], country)
            return []

        categories = disclosure_categories(tracker)
        lead = categories[0]
        asked_before = asked_for_country_before(tracker)
        say(dispatcher, f"safety_ack_{lead}", tracker.get_slot("partner"))
        send_lines(dispatcher, categories, country)
        abuse = bool(ABUSE_CATEGORIES & set(categories))
        if abuse:
            say(dispatcher, "safety_shared_phone")
        if country is None and not asked_before:
            say(dispatcher, "safety_ask_country")
        say(dispatcher, "safety_are_you_safe")

        safety = tracker.latest_message.get(SAFETY_KEY) or {}
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        flags = list(tracker.get_slot("safety_flags") or [])
        flags += [
            {
                "category": category,
                "severity": safety.get("severity") or "high",
                "source": safety.get("source") or "confirmed",
                "time": now,
            }
            for category in categories
        ]
        events: List[EventType] = [SlotSet("safety_flags", flags)]
        if abuse:
            events.append(SlotSet("dv_disclosed", True))
        return events


class ActionSafetyCheck(Action):
    """Asks one gentle, direct question when a message might be a disclosure: about thoughts
    of suicide or self-harm, or (for abuse words) whether someone is hurting them."""

    def name(self) -> Text:
        return "action_safety_check"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[EventType]:
        about = (tracker.latest_message.get(SAFETY_KEY) or {}).get("about")
        about = about if about in CHECK_CATEGORIES else "self"
        say(dispatcher, f"safety_check_{about}")
        return [SlotSet(CHECK_SLOT, about)]


class ActionSafetyNotSafe(Action):
    """The person is not safe right now: emergency services first."""

    def name(self) -> Text:
        return "action_safety_not_safe"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[EventType]:
        say(dispatcher, "safety_not_safe", emergency=emergency_number(tracker.get_slot("country")))
        return []


class ActionSafetyModeReply(Action):
    """After abuse was disclosed: no couples advice for the rest of the conversation."""

    def name(self) -> Text:
        return "action_safety_mode_reply"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[EventType]:
        say(dispatcher, "safety_mode_reply")
        return []
