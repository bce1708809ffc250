from rasa_sdk.events import SlotSet

from actions.next_steps import (
    MAX_STEPS,
    ActionConfirmPlan,
    ActionSuggestNextSteps,
    choose_steps,
    load_steps,
)
from actions.topics import TOPIC_LABELS


def test_steps_come_from_this_conversation_newest_topic_first(dispatcher, tracker, domain):
    events = ActionSuggestNextSteps().run(dispatcher, tracker("chores_then_defensiveness"), domain)

    (message,) = dispatcher.messages
    assert message["text"].startswith(
        "From what you've told me about patterns in your arguments and chores at home"
    )
    steps = next(e["value"] for e in events if e["name"] == "next_steps")
    assert 2 <= len(steps) <= MAX_STEPS
    assert steps[0] == load_steps()["steps"]["topic_four_horsemen"][0].format(partner="husband")
    assert steps[1] == load_steps()["steps"]["topic_chores"][0].format(partner="husband")
    assert all("{partner}" not in s and "husband" in s for s in steps[:2])
    assert SlotSet("plan_agreed", False) in events


def test_partner_unwilling_adds_a_referral_step(dispatcher, tracker, domain):
    events = ActionSuggestNextSteps().run(
        dispatcher, tracker("partner_refuses_counselling_uk"), domain
    )
    steps = next(e["value"] for e in events if e["name"] == "next_steps")
    assert steps[-1] == load_steps()["referral_step"].format(partner="wife")


def test_without_topics_the_plan_starts_from_the_root_problem(dispatcher, tracker, domain):
    events = ActionSuggestNextSteps().run(dispatcher, tracker("empty"), domain)
    steps = next(e["value"] for e in events if e["name"] == "next_steps")
    assert steps[0] == load_steps()["steps"]["share_problem"][0].format(partner="partner")
    assert dispatcher.messages[0]["text"].startswith("Here are a few small steps")


def test_choose_steps_fills_up_from_one_topic():
    steps = choose_steps(["topic_communication"], needs_referral=False, partner="wife")
    assert steps == [s.format(partner="wife") for s in load_steps()["steps"]["topic_communication"]]


def test_every_topic_has_steps_and_every_step_topic_is_known():
    by_topic = load_steps()["steps"]
    assert set(by_topic) <= set(TOPIC_LABELS)
    for topic, steps in by_topic.items():
        assert steps, topic
        for step in steps:
            assert len(step.split()) <= 30, step


def test_confirm_plan_sets_the_flag(dispatcher, tracker, domain):
    assert ActionConfirmPlan().run(dispatcher, tracker("chores_then_defensiveness"), domain) == [
        SlotSet("plan_agreed", True)
    ]


def test_the_presenting_problem_stays_in_a_long_conversation():
    # topics newest first: the first thing the person raised (chores) is last in the list
    steps = choose_steps(
        ["topic_reconnect", "topic_i_statements", "topic_communication", "topic_chores"],
        needs_referral=False,
        partner="wife",
    )
    by_topic = load_steps()["steps"]
    assert steps == [
        by_topic["topic_reconnect"][0].format(partner="wife"),
        by_topic["topic_chores"][0].format(partner="wife"),
        by_topic["topic_i_statements"][0].format(partner="wife"),
    ]
