import pytest
from rasa_sdk.events import SlotSet

from actions.coaching import ActionClarify, ActionResetHorseman
from actions.messages import load_messages


def only_text(dispatcher):
    (message,) = dispatcher.messages
    return message["text"]


def variations(name):
    return [v["text"].replace("{partner}", "partner") for v in load_messages()[name]]


def test_same_message_three_times_is_noticed(dispatcher, tracker, domain):
    ActionClarify().run(dispatcher, tracker("repeated_gibberish"), domain)
    assert only_text(dispatcher) in variations("repeat_noticed")


def test_guard_reason_gets_its_own_answer(dispatcher, tracker, domain):
    ActionClarify().run(dispatcher, tracker("long_message"), domain)
    assert only_text(dispatcher) in variations("long_message")


@pytest.mark.parametrize("reason", ["empty_message", "no_words", "long_message", "other_language"])
def test_every_guard_reason_has_an_answer(reason):
    assert load_messages()[reason]


def test_reset_horseman(dispatcher, tracker, domain):
    assert ActionResetHorseman().run(dispatcher, tracker("empty"), domain) == [
        SlotSet("horseman", None)
    ]


def test_a_long_story_that_falls_back_gets_a_topic_menu(dispatcher, tracker, domain):
    ActionClarify().run(dispatcher, tracker("long_story_fallback"), domain)
    assert only_text(dispatcher) in variations("clarify_long")
    assert len(dispatcher.messages[0]["buttons"]) == 6
