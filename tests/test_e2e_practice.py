"""The three practice flows and pattern naming, end to end over REST with the real forms."""

from __future__ import annotations

from typing import Dict, List

import pytest

from tests.mend_server import MendServer, texts, variations

pytestmark = pytest.mark.e2e


def buttons(reply: List[Dict]) -> List[str]:
    return [b["title"] for message in reply for b in message.get("buttons", [])]


def test_i_statement_builder_offers_real_feelings_reads_back_and_edits(mend: MendServer):
    sender = "istatement"
    assert texts(mend.send(sender, "help me write an i statement"))[-1] == variations("ask_is_situation")[0]
    mend.send(sender, "When he scrolled on his phone all through dinner.")
    reply = mend.send(sender, "I felt ignored")
    assert "'ignored'" in texts(reply)[0]
    assert buttons(reply) == ["lonely", "sad", "hurt"]  # real feelings instead of the thought-feeling
    assert texts(reply)[-1] == variations("ask_is_feeling")[0]
    mend.send(sender, "lonely")
    mend.send(sender, "I need to feel like he wants to be with me")
    reply = mend.send(sender, "could you leave the phone in the hall while we eat?")
    sentence = texts(reply)[0]
    assert ("I feel lonely when he scrolled on his phone all through dinner, because I need to feel "
            "like he wants to be with me. Would you be willing to leave the phone in the hall while we eat?") in sentence
    assert "Change the feeling" in buttons(reply)
    assert texts(mend.send(sender, "change the feeling")) == variations("ask_is_feeling")
    reply = texts(mend.send(sender, "sad and a bit invisible"))
    assert "'invisible'" in reply[0]  # thought-feelings are caught in a list too
    sentence = texts(mend.send(sender, "sad"))[0]
    assert "I feel sad when he scrolled" in sentence and "leave the phone in the hall" in sentence
    assert texts(mend.send(sender, "yes")) == variations("istatement_done")
    # finished: starting again begins from the situation
    assert texts(mend.send(sender, "help me write an i statement")) == variations("ask_is_situation")


def test_leaving_the_i_statement_half_way_and_coming_back(mend: MendServer):
    sender = "istatement-pause"
    mend.send(sender, "help me write an i statement")
    mend.send(sender, "when she forgot my birthday")
    assert texts(mend.send(sender, "can we pause this")) == variations("utter_practice_paused")
    reply = texts(mend.send(sender, "what is stonewalling"))
    assert reply[0] in variations("utter_horseman_stonewalling", "utter_topic_four_horsemen")
    # back again: the situation is kept, the feeling is asked next
    assert texts(mend.send(sender, "can we finish the i-statement from before")) == variations("ask_is_feeling")
    mend.send(sender, "hurt")
    mend.send(sender, "to feel remembered")
    sentence = texts(mend.send(sender, "put it in your calendar"))[0]
    assert "I feel hurt when she forgot my birthday, because I need to feel remembered." in sentence


def test_open_question_practice_turns_a_closed_question_open(mend: MendServer):
    sender = "open-question"
    assert texts(mend.send(sender, "can we practise open questions"))[-1:] == variations("ask_oq_draft")
    reply = mend.send(sender, "Do you want to go away this summer?")
    assert "can be answered with a yes or a no" in texts(reply)[0]
    suggestion = "How do you feel about going away this summer?"
    assert f"Use: {suggestion}" in buttons(reply)
    assert texts(reply)[-1] == variations("ask_oq_draft")[0]  # repeat until happy
    reply = mend.send(sender, suggestion)  # the button's payload
    assert texts(reply)[0].startswith(f"'{suggestion[:-1]}' is an open question")
    assert texts(mend.send(sender, "yes")) == variations("utter_practice_well_done")


def test_open_question_practice_asks_for_a_question_when_given_a_statement(mend: MendServer):
    sender = "open-question-statement"
    mend.send(sender, "help me ask an open question")
    assert texts(mend.send(sender, "i want him to talk to me more"))[0] == variations("oq_not_a_question")[0]


def test_time_out_plan_needs_at_least_twenty_minutes(mend: MendServer):
    sender = "timeout"
    assert texts(mend.send(sender, "we need a time out plan"))[-1:] == variations("ask_to_signal")
    assert texts(mend.send(sender, "pause")) == variations("ask_to_minutes")  # "pause" is the signal, not an exit
    reply = texts(mend.send(sender, "10 minutes"))
    assert reply[0].startswith("10 minutes is usually too short")
    assert texts(mend.send(sender, "half an hour")) == variations("ask_to_calming")
    mend.send(sender, "walk the dog round the block")
    plan = texts(mend.send(sender, "after the kids are in bed"))
    assert plan[0] == (
        "Your time-out plan:\n- Signal: pause\n- Break: 30 minutes, apart\n"
        "- In the break: walk the dog round the block\n- Coming back: after the kids are in bed"
    )


def test_time_out_plan_abandoned_by_changing_topic(mend: MendServer):
    sender = "timeout-leave"
    mend.send(sender, "help me plan a time-out")
    mend.send(sender, "time out")
    reply = texts(mend.send(sender, "can we talk about something else"))
    assert len(reply) == 1 and reply[0] in variations("utter_change_topic")


@pytest.mark.parametrize(
    "message, pattern",
    [
        ("whenever i bring up money he mutters whatever and leaves the room", "stonewalling"),
        ("i told her she's the most selfish person i've ever met", "criticism"),
    ],
)
def test_a_described_fight_gets_the_pattern_named_and_practice_offered(mend: MendServer, message, pattern):
    reply = mend.send(f"fight-{pattern}", message)
    said = texts(reply)
    assert any(t in variations(f"pattern_{pattern}") for t in said), said
    assert said[-1] in variations(f"pattern_offer_{pattern}")
    assert buttons(reply)
