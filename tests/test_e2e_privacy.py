"""The person's privacy controls in chat: a plain answer about storage, and "delete my data"
(confirmation first, then every event of the sender is gone from the tracker store)."""

from __future__ import annotations

import sqlite3

import pytest

from tests.mend_server import MendServer, texts, variations

pytestmark = pytest.mark.e2e


def stored_events(mend: MendServer, sender: str) -> int:
    with sqlite3.connect(mend.db) as db:
        return db.execute("select count(*) from events where sender_id = ?", (sender,)).fetchone()[0]


def test_what_do_you_store_gets_a_plain_answer(mend: MendServer):
    reply = texts(mend.send("privacy-ask", "what do you store?"))
    assert reply[-1] in variations("utter_ask_privacy")
    assert "delete my data" in reply[-1]


def test_delete_my_data_asks_first_then_deletes_every_event(mend: MendServer):
    sender = "privacy-delete"
    mend.send(sender, "my husband Tom and i argue about money every week")
    assert texts(mend.send(sender, "please delete my data")) == variations("utter_confirm_delete")
    assert texts(mend.send(sender, "no")) == variations("utter_delete_cancelled")
    assert stored_events(mend, sender) > 0  # declined: nothing deleted
    mend.send(sender, "delete everything")
    assert texts(mend.send(sender, "yes")) == variations("data_deleted")
    assert stored_events(mend, sender) == 0
    assert stored_events(mend, "privacy-ask") > 0  # other people's conversations are untouched
    # writing again starts a new conversation with the welcome
    assert texts(mend.send(sender, "hi"))[0] in variations("welcome")


def test_delete_my_data_in_the_middle_of_a_practice_form(mend: MendServer):
    sender = "privacy-mid-form"
    mend.send(sender, "help me write an i statement")
    assert texts(mend.send(sender, "delete my data")) == variations("utter_confirm_delete")
    mend.send(sender, "yes")
    assert stored_events(mend, sender) == 0
