from rasa_sdk.events import ActionExecuted, SessionStarted, SlotSet

from actions.messages import load_messages
from actions.session import ActionSessionStart, ActionSessionSummary, join_labels


def texts(dispatcher):
    return [m["text"] for m in dispatcher.messages]


def test_first_session_welcomes_with_what_mend_is_and_stores(dispatcher, tracker, domain):
    events = ActionSessionStart().run(dispatcher, tracker("empty"), domain)

    assert events[0] == SessionStarted()
    assert events[-1] == ActionExecuted("action_listen")
    assert SlotSet("partner", "partner") in events
    (welcome,) = texts(dispatcher)
    assert welcome in [m["text"] for m in load_messages()["welcome"]]
    assert "not a therapist" in welcome and "emergency" in welcome and "stored" in welcome


def test_returning_person_gets_welcome_back_and_keeps_who_they_are(dispatcher, tracker, domain):
    events = ActionSessionStart().run(dispatcher, tracker("returning_person"), domain)

    assert SlotSet("partner", "girlfriend") in events
    assert SlotSet("country", "IE") in events
    assert "Welcome back" in texts(dispatcher)[0]


def test_summary_lists_topics_in_order_and_the_agreed_steps(dispatcher, tracker, domain):
    events = ActionSessionSummary().run(dispatcher, tracker("plan_agreed_goodbye"), domain)

    assert events == []
    topics, steps = texts(dispatcher)
    assert topics.index("chores at home") < topics.index("patterns in your arguments")
    assert steps.startswith("The steps you chose:")
    assert "1. List every recurring chore with your husband" in steps
    assert "2. Agree on a break signal" in steps


def test_summary_without_topics_or_plan_says_nothing_extra(dispatcher, tracker, domain):
    ActionSessionSummary().run(dispatcher, tracker("empty"), domain)
    assert dispatcher.messages == []


def test_join_labels():
    assert join_labels([]) == ""
    assert join_labels(["a"]) == "a"
    assert join_labels(["a", "b", "c"]) == "a, b and c"
