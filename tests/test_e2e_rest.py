"""End to end: `mend serve` on free ports, a real conversation over REST, bad input, shutdown.

Starts the real servers (Rasa + action server) with a temporary SQLite tracker store.
"""

from __future__ import annotations

import json
import signal
import socket
import sqlite3

import pytest

from tests.mend_server import MendServer, texts, variations

pytestmark = pytest.mark.e2e



def test_a_twelve_turn_coaching_conversation(mend: MendServer):
    sender = "e2e-chores"
    husband = lambda *names: variations(*names, partner="husband")  # noqa: E731

    # 1. first turn: what Mend is and is not, then an open question
    reply = texts(mend.send(sender, "hi"))
    assert reply[0] in variations("welcome")
    assert reply[1] in variations("utter_greet")

    # 2. the problem: reflected back with the partner's role, chores advice, open check-in
    reply = mend.send(sender, "my husband and I keep fighting about chores")
    assert texts(reply)[0] in husband("utter_topic_chores")
    assert texts(reply)[1] in husband("utter_topic_chores_checkin")
    assert texts(reply)[1].startswith(("What", "How"))
    assert [b["title"] for b in reply[1]["buttons"]] == ["Tell me more", "Make a plan", "Something else"]

    # 3. deeper into chores (the button payload)
    reply = texts(mend.send(sender, "/ask_more"))
    assert reply[0] in husband("utter_topic_chores_more")
    assert reply[1] in variations("utter_after_more")

    # 4. topic switch: how to raise it
    reply = texts(mend.send(sender, "how do i bring it up without it turning into a huge fight"))
    assert reply[0] in husband("utter_topic_communication")

    # 5. a pattern in the fights
    reply = texts(mend.send(sender, "he gets defensive as soon as i mention it"))
    assert reply[0] in husband("utter_horseman_defensiveness")

    # 6. I-statements
    reply = texts(mend.send(sender, "how do i say it without blaming him"))
    assert reply[0] in husband("utter_topic_i_statements")

    # 7. a feeling, reflected
    reply = texts(mend.send(sender, "honestly i just feel so alone in this"))
    assert reply[0] in variations("utter_share_feeling")

    # 8. a plan built from this conversation
    reply = texts(mend.send(sender, "what should i do"))
    assert reply[0].startswith("From what you've told me about")
    assert "chore" in reply[0] and "husband" in reply[0] and "{partner}" not in reply[0]
    assert reply[1] in variations("utter_ask_keep_plan")

    # 9. keep the plan
    assert texts(mend.send(sender, "yes"))[0] in variations("utter_plan_confirmed")

    # 10. thanks
    assert texts(mend.send(sender, "thank you"))[0] in variations("utter_thanks", partner="husband")

    # 11. privacy question
    assert texts(mend.send(sender, "what do you store about me"))[0] in variations("utter_ask_privacy")

    # 12. goodbye: a summary of topics and the agreed steps
    topics, steps, goodbye = texts(mend.send(sender, "bye"))
    assert topics.startswith("Before you go") and "chores at home" in topics
    assert "\"I\" statements" in topics and "patterns in your arguments" in topics
    assert steps.startswith("The steps you chose:\n1. ")
    assert goodbye in variations("utter_goodbye_short")


@pytest.mark.parametrize(
    "message, expected",
    [
        ("", "empty_message"),
        ("🙂🙂🙂", "no_words"),
        ("we argue about everything and nothing. " * 520, "long_message"),
        ("no sé qué hacer con mi pareja, discutimos todos los días", "other_language"),
    ],
    ids=["empty", "emoji", "20k-characters", "spanish"],
)
def test_bad_input_gets_a_clear_answer(mend: MendServer, message, expected):
    reply = texts(mend.send(f"e2e-bad-{expected}", message))
    assert reply[-1] in variations(expected)


def test_markup_is_shown_as_words_and_understood(mend: MendServer):
    reply = texts(mend.send("e2e-html", "<b>we fight about money</b><script>alert(1)</script>"))
    assert reply[1] in variations("utter_topic_money")


def test_repeated_messages_never_get_stuck(mend: MendServer):
    sender = "e2e-repeat"
    replies = [texts(mend.send(sender, "qwerty zxcv")) for _ in range(4)]
    assert all(reply for reply in replies)
    assert replies[2][-1] in variations("repeat_noticed")
    # and the conversation still moves on afterwards
    assert texts(mend.send(sender, "we fight about money"))[0] in variations("utter_topic_money")


def test_unknown_button_payload_gets_an_answer(mend: MendServer):
    assert texts(mend.send("e2e-slash", "/no_such_intent"))


def test_conversation_is_in_the_sqlite_tracker_store(mend: MendServer):
    with sqlite3.connect(mend.db) as db:
        senders = {row[0] for row in db.execute("select distinct sender_id from events")}
    assert "e2e-chores" in senders


def post_raw(mend: MendServer, body: bytes):
    import urllib.error
    import urllib.request

    request = urllib.request.Request(
        f"http://127.0.0.1:{mend.port}/webhooks/rest/webhook", data=body,
        headers={"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


@pytest.mark.parametrize(
    "body, problem",
    [
        (b"{not json", "JSON"),
        (b'["a list"]', "JSON object"),
        (b'{"sender": "x", "message": 123}', "'message' must be a string"),
        (b'{"sender": "x", "message": {"text": "hi"}}', "'message' must be a string"),
        (b'{"message": "hi"}', "'sender' must be a non-empty string"),
        (b'{"sender": ["x"], "message": "hi"}', "'sender' must be a non-empty string"),
        (b'{"sender": "x", "message": "hi", "metadata": "oops"}', "'metadata' must be a JSON object"),
        (b'{"sender": "\\ud800", "message": "hi"}', "'sender' must be valid Unicode text"),
    ],
    ids=["bad-json", "list", "number", "object", "no-sender", "list-sender", "bad-metadata", "surrogate-sender"],
)
def test_malformed_requests_get_a_clear_400(mend: MendServer, body, problem):
    status, text = post_raw(mend, body)
    assert status == 400
    assert problem.lower() in text.lower()


def test_a_lone_surrogate_in_the_text_still_gets_a_reply(mend: MendServer):
    status, text = post_raw(mend, b'{"sender": "surrogate-text", "message": "we argue \\ud800 a lot"}')
    assert status == 200 and json.loads(text)
    assert mend.send("after-surrogates", "hi")  # the server is still up


def test_sigterm_stops_both_servers(mend: MendServer):
    mend.process.send_signal(signal.SIGTERM)
    assert mend.process.wait(timeout=60) == 0
    for port in (mend.port, mend.actions_port):
        with socket.socket() as probe:
            assert probe.connect_ex(("127.0.0.1", port)) != 0, f"port {port} still open"

