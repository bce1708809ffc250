"""Coaching helpers that need conversation state rules can't see."""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import is_repeating, trailing_count
from actions.messages import say
from bot.nlu.guard_reasons import GUARD_KEY, GUARD_REASONS

# A fallback on a message this long usually means several topics at once: offer a menu.
LONG_STORY_WORDS = 40


class ActionClarify(Action):
    """NLU fallback. In order: a different offer when the same message keeps coming; a clear
    answer to input the NLU input guard flagged (empty, no words, too long, not English);
    a topic menu for a long message that touches many things, or when understanding keeps
    failing; otherwise one open clarifying question."""

    def name(self) -> Text:
        return "action_clarify"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[EventType]:
        partner = tracker.get_slot("partner")
        guard_reason = tracker.latest_message.get(GUARD_KEY)
        if is_repeating(tracker):
            say(dispatcher, "repeat_noticed", partner)
        elif guard_reason in GUARD_REASONS:
            say(dispatcher, guard_reason, partner)
        elif len((tracker.latest_message.get("text") or "").split()) >= LONG_STORY_WORDS:
            say(dispatcher, "clarify_long", partner)
        elif trailing_count(tracker, "nlu_fallback") >= 2:
            say(dispatcher, "clarify_menu", partner)
        else:
            say(dispatcher, "clarify", partner)
        return []


class ActionResetHorseman(Action):
    """Forgets the horseman once it has been explained, so a later general question about
    the Four Horsemen gets the overview again."""

    def name(self) -> Text:
        return "action_reset_horseman"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[EventType]:
        return [SlotSet("horseman", None)]
