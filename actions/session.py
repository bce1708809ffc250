"""Session start (welcome) and goodbye (summary)."""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, EventType, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import has_spoken_before, topics_discussed
from actions.messages import say
from actions.topics import topic_label

# Slots that describe the person, kept when a new session starts.
CARRIED_SLOTS = ("partner", "country")


class ActionSessionStart(Action):
    """Starts a session with a welcome that says what Mend is, is not, and stores."""

    def name(self) -> Text:
        return "action_session_start"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[EventType]:
        say(dispatcher, "welcome_back" if has_spoken_before(tracker) else "welcome")
        events: List[EventType] = [SessionStarted()]
        for slot in CARRIED_SLOTS:
            value = tracker.get_slot(slot)
            if value is not None:
                events.append(SlotSet(slot, value))
        events.append(ActionExecuted("action_listen"))
        return events


def join_labels(labels: List[Text]) -> Text:
    """'a', 'a and b', 'a, b and c'."""
    if len(labels) <= 1:
        return "".join(labels)
    return ", ".join(labels[:-1]) + " and " + labels[-1]


class ActionSessionSummary(Action):
    """On goodbye: what was talked about and the steps agreed (a rule then says goodbye)."""

    def name(self) -> Text:
        return "action_session_summary"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[EventType]:
        topics = [topic_label(t) for t in reversed(topics_discussed(tracker))]
        steps = tracker.get_slot("next_steps") or []
        agreed = bool(tracker.get_slot("plan_agreed"))
        if topics:
            dispatcher.utter_message(
                text=f"Before you go, here's what we looked at today: {join_labels(topics)}."
            )
        if steps:
            heading = "The steps you chose:" if agreed else "Steps we talked about, if you want them:"
            lines = "\n".join(f"{n}. {step}" for n, step in enumerate(steps, start=1))
            dispatcher.utter_message(text=f"{heading}\n{lines}")
        return []
