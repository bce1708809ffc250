"""action_delete_my_data: the confirmation; the deletion itself is the tracker store's
(tests/test_deletion.py)."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.messages import load_messages
from actions.privacy import DELETE_MY_DATA_ACTION, FALLBACK_TEXT, MESSAGE, ActionDeleteMyData
from bot.tracker_store import DELETE_MY_DATA_ACTION as STORE_ACTION


def test_the_store_and_the_action_agree_on_the_name():
    assert ActionDeleteMyData().name() == DELETE_MY_DATA_ACTION == STORE_ACTION


def test_confirms_the_deletion():
    dispatcher = CollectingDispatcher()
    tracker = Tracker("someone", {}, {"intent": {"name": "delete_my_data"}}, [], False, None, {}, "action_listen")
    assert ActionDeleteMyData().run(dispatcher, tracker, {}) == []
    [message] = dispatcher.messages
    expected = [v["text"] for v in load_messages().get(MESSAGE, [])] or [FALLBACK_TEXT]
    assert message["text"] in expected and "delete" in message["text"].lower()
