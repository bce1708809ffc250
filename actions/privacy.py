""""Delete my data": the confirmation the user sees. The deletion itself happens in the tracker
store (bot/tracker_store.py): when Rasa saves a tracker in which this action ran after the last
user message, every stored event of the sender is deleted instead of saved. (Deleting here
would be undone: Rasa writes the whole tracker again after the actions.)"""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.messages import load_messages, say

DELETE_MY_DATA_ACTION = "action_delete_my_data"  # = bot.tracker_store.DELETE_MY_DATA_ACTION
MESSAGE = "data_deleted"
# Used until actions/content/messages.yml has `data_deleted`.
FALLBACK_TEXT = (
    "Done: I've deleted this conversation and everything I stored about it. "
    "If you write again, we'll start fresh."
)


class ActionDeleteMyData(Action):
    def name(self) -> Text:
        return DELETE_MY_DATA_ACTION

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[EventType]:
        if MESSAGE in load_messages():
            say(dispatcher, MESSAGE)
        else:
            dispatcher.utter_message(text=FALLBACK_TEXT)
        return []
