"""End to end: `mend serve` with Telegram on, pointed at a fake Bot API server on loopback.

Real-shaped update JSON goes to /webhooks/telegram/webhook; the replies and keyboards Mend
sends come out at the fake server. Replies are sent after the webhook's 200, so the tests wait
for them with a bounded polling loop.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from typing import Any, Callable, Dict, List, Optional, Tuple

import pytest

from tests.mend_server import MendServer, variations
from tests.test_telegram_unit import SECRET, FakeBotApi

pytestmark = pytest.mark.e2e

WAIT_SECONDS = 20
CHAT = 4242
SENDER = {"id": CHAT, "is_bot": False, "first_name": "Sam", "language_code": "en"}
MEND = {"id": 123456, "is_bot": True, "first_name": "Mend", "username": "MendCoachBot"}


def private_chat(chat_id: int) -> Dict[str, Any]:
    return {"id": chat_id, "first_name": "Sam", "type": "private"}


def text_update(update_id: int, chat_id: int, text: str) -> Dict[str, Any]:
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "from": dict(SENDER, id=chat_id),
            "chat": private_chat(chat_id),
            "date": 1700000000 + update_id,
            "text": text,
        },
    }


@pytest.fixture(scope="module")
def mend(mend_with_telegram: MendServer) -> MendServer:
    """This module's server has the Telegram channel on (tests/conftest.py)."""
    return mend_with_telegram


def post(mend: MendServer, body: bytes, secret: Optional[str] = SECRET) -> Tuple[int, str]:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    request = urllib.request.Request(
        f"http://127.0.0.1:{mend.port}/webhooks/telegram/webhook", data=body, headers=headers
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def send_update(mend: MendServer, update: Dict[str, Any], secret: Optional[str] = SECRET) -> int:
    return post(mend, json.dumps(update).encode(), secret)[0]


def messages_to(fake_api: FakeBotApi, chat_id: int) -> List[Dict[str, Any]]:
    return [call for call in fake_api.calls("sendMessage") if call.get("chat_id") == chat_id]


def wait_for(condition: Callable[[], Any], what: str) -> Any:
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.2)
    raise AssertionError(f"no {what} within {WAIT_SECONDS}s")


def keyboard_titles(call: Dict[str, Any]) -> List[str]:
    rows = call.get("reply_markup", {}).get("inline_keyboard", [])
    assert all(len(row) == 1 for row in rows), rows  # one button per row
    return [row[0]["text"] for row in rows]


def test_no_bot_api_call_at_start(mend: MendServer, fake_api: FakeBotApi):
    with urllib.request.urlopen(f"http://127.0.0.1:{mend.port}/webhooks/telegram/", timeout=10) as health:
        assert health.status == 200
    assert fake_api.all_calls() == []


def test_a_message_gets_replies_with_an_inline_keyboard(mend: MendServer, fake_api: FakeBotApi):
    assert send_update(mend, text_update(1001, CHAT, "my husband and I keep fighting about chores")) == 200

    def checkin_sent() -> Optional[Dict[str, Any]]:
        return next((m for m in messages_to(fake_api, CHAT) if "Tell me more" in keyboard_titles(m)), None)

    checkin = wait_for(checkin_sent, "message with a 'Tell me more' button")
    assert checkin["text"] in variations("utter_topic_chores_checkin", partner="husband")
    assert "parse_mode" not in checkin
    assert keyboard_titles(checkin) == ["Tell me more", "Make a plan", "Something else"]
    assert checkin["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "/ask_more"
    texts = [m["text"] for m in messages_to(fake_api, CHAT)]
    assert texts[0] in variations("welcome")
    assert any(t in variations("utter_topic_chores", partner="husband") for t in texts)
    # No getMe, no setWebhook: only what answering needs.
    assert {method for method, _ in fake_api.all_calls()} == {"sendMessage"}


def test_a_button_press_is_acknowledged_and_answered(mend: MendServer, fake_api: FakeBotApi):
    before = len(messages_to(fake_api, CHAT))
    update = {
        "update_id": 1002,
        "callback_query": {
            "id": "4382bfdwdsb323b2d9",
            "from": SENDER,
            "message": {
                "message_id": 2,
                "from": MEND,
                "chat": private_chat(CHAT),
                "date": 1700001002,
                "text": "What feels hardest about it?",
            },
            "chat_instance": "-4567",
            "data": "/ask_more",
        },
    }
    assert send_update(mend, update) == 200
    wait_for(lambda: fake_api.calls("answerCallbackQuery"), "answerCallbackQuery")
    assert fake_api.calls("answerCallbackQuery") == [{"callback_query_id": "4382bfdwdsb323b2d9"}]
    replies = wait_for(lambda: messages_to(fake_api, CHAT)[before:], "reply to the button")
    assert replies[0]["text"] in variations("utter_topic_chores_more", partner="husband")
    assert "\n- " in replies[0]["text"]  # line breaks sent as plain text


@pytest.mark.parametrize("secret", ["wrong-secret", None], ids=["wrong", "missing"])
def test_a_wrong_or_missing_secret_is_refused(mend: MendServer, fake_api: FakeBotApi, secret):
    assert send_update(mend, text_update(2001, 7001, "hello"), secret=secret) == 403


@pytest.mark.parametrize(
    "body", [b"{not json", b'["an", "array"]', b"", b"\xff\xfe"], ids=["bad-json", "array", "empty", "binary"]
)
def test_malformed_json_is_a_400(mend: MendServer, body):
    status, _ = post(mend, body)
    assert status == 400


IGNORED = {
    "edited": {"update_id": 3001, "edited_message": {
        "message_id": 1, "from": dict(SENDER, id=7002), "chat": private_chat(7002),
        "date": 1700000000, "edit_date": 1700000100, "text": "my wife and I keep fighting"}},
    "member": {"update_id": 3002, "my_chat_member": {
        "chat": private_chat(7003), "from": dict(SENDER, id=7003), "date": 1700000000,
        "old_chat_member": {"user": MEND, "status": "member"},
        "new_chat_member": {"user": MEND, "status": "kicked", "until_date": 0}}},
    "sticker": {"update_id": 3003, "message": {
        "message_id": 3, "from": dict(SENDER, id=7004), "chat": private_chat(7004), "date": 1700000000,
        "sticker": {"file_id": "CAACAgIAAxk", "file_unique_id": "AgAD", "type": "regular",
                    "width": 512, "height": 512, "is_animated": False, "is_video": False, "emoji": "😢"}}},
    "join": {"update_id": 3004, "message": {
        "message_id": 4, "from": dict(SENDER, id=7005), "date": 1700000000,
        "chat": {"id": -7005, "title": "Family", "type": "group"},
        "new_chat_members": [MEND]}},
    "channel-post": {"update_id": 3005, "channel_post": {
        "message_id": 5, "chat": {"id": -1007006, "title": "News", "type": "channel"},
        "date": 1700000000, "text": "we keep fighting"}},
}


def test_other_updates_get_200_and_no_reply(mend: MendServer, fake_api: FakeBotApi):
    for name, update in IGNORED.items():
        assert send_update(mend, update) == 200, name
    # A real message after them: once it is answered, any reply to the ignored ones would be too.
    assert send_update(mend, text_update(3100, 7100, "hi")) == 200
    wait_for(lambda: messages_to(fake_api, 7100), "reply to the message after the ignored updates")
    chats = {call.get("chat_id") for call in fake_api.calls("sendMessage")}
    assert not chats & {7001, 7002, 7003, 7004, -7005, 7005, -1007006}, chats  # refused or ignored
    assert "Traceback" not in mend.log()
