"""Fuzzing the three ways in: the REST webhook, the socket.io channel and the Telegram webhook.

One `mend serve` for the module, with Telegram on and pointed at a fake Bot API on loopback
(as tests/test_telegram.py). Hypothesis sends random and oversized text, invalid UTF-8, missing
and wrong-typed fields, huge JSON and control characters. Properties:
- the server never dies and answers every request with a 2xx or a 4xx, never a 5xx;
- no conversation gets stuck: afterwards, a normal message from a fuzzed sender (or chat, or
  socket.io session) still gets a normal reply;
- a message over the size limit (bot.nlu.input_guard.MAX_MESSAGE_CHARS) gets the clear
  `long_message` answer.
Bounded: a few dozen examples per channel, no deadline, loopback only.
"""

from __future__ import annotations

import asyncio
import http.client
import json
import time
from typing import Any, Dict, Iterator, List, Optional, Tuple

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from bot.channels.socketio import NO_SESSION, NOT_UNDERSTOOD  # noqa: E402
from bot.nlu.input_guard import MAX_MESSAGE_CHARS  # noqa: E402
from bot.resilience import ACTION_SERVER_TROUBLE  # noqa: E402
from tests.mend_server import MendServer, variations  # noqa: E402
from tests.test_telegram_unit import SECRET, FakeBotApi  # noqa: E402

pytestmark = pytest.mark.e2e

EXAMPLES = 40
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,  # nothing written to the checkout
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.filter_too_much],
)
REPLY_SECONDS = 30
REST = "/webhooks/rest/webhook"
TELEGRAM = "/webhooks/telegram/webhook"
NORMAL = "my wife and i keep fighting about money"
LONG_REPLY = set(variations("long_message"))
# Fuzzed senders come from small pools, so each one gets many fuzzed messages in a row.
REST_SENDERS = [f"fuzz-rest-{i}" for i in range(4)]
TELEGRAM_CHATS = [880001, 880002, 880003]


@pytest.fixture(scope="module")
def mend(mend_with_telegram: MendServer) -> MendServer:
    """This module's server has the Telegram channel on (tests/conftest.py)."""
    return mend_with_telegram


def post(mend: MendServer, path: str, body: bytes,
         headers: Optional[Dict[str, str]] = None) -> Tuple[int, bytes]:
    """Raw POST over loopback: any bytes, any content type."""
    connection = http.client.HTTPConnection("127.0.0.1", mend.port, timeout=60)
    try:
        connection.request("POST", path, body=body,
                           headers={"Content-Type": "application/json", **(headers or {})})
        answer = connection.getresponse()
        return answer.status, answer.read()
    finally:
        connection.close()


def check_status(mend: MendServer, status: int, what: Any) -> None:
    assert mend.process.poll() is None, f"the server died after {what!r}:\n{mend.log()[-3000:]}"
    assert 200 <= status < 500, f"HTTP {status} for {what!r}:\n{mend.log()[-3000:]}"


def is_normal(replies: List[str]) -> bool:
    """Some answer, and not the apology for a failed action or the channel's "can't read it"."""
    return bool(replies) and not any(
        r in (ACTION_SERVER_TROUBLE, NOT_UNDERSTOOD, NO_SESSION) for r in replies
    )


# --- strategies -----------------------------------------------------------------------------

# Any text: control characters, lone surrogates, emoji, right-to-left marks, NULs ...
any_text = st.text(st.characters(), max_size=300)
control_text = st.text(st.characters(max_codepoint=0x9F, categories=["Cc", "Zs", "Ll"]),
                       max_size=200)
words = st.sampled_from(["we", "talk", "about", "the", "weekend", "and", "plans", "dinner",
                         "garden", "holiday", "my", "partner", "cooking", "music", "often"])
# Benign words (no safety phrases) past the size limit: must get the long_message answer.
# Over the limit even after the channel trims the ends (a cut that ends on a space would
# otherwise leave exactly MAX_MESSAGE_CHARS, which is allowed).
oversized_text = st.tuples(st.lists(words, min_size=3, max_size=12), st.integers(1, 3000)).map(
    lambda drawn: ((" ".join(drawn[0]) + ". ") * MAX_MESSAGE_CHARS)[:MAX_MESSAGE_CHARS + drawn[1]].rstrip() + ".")
huge_text = st.integers(20_000, 100_000).map(lambda n: "a" * n)
json_leaf = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                      any_text)
json_value = st.recursive(json_leaf, lambda inner: st.one_of(
    st.lists(inner, max_size=5), st.dictionaries(any_text, inner, max_size=5)), max_leaves=20)
invalid_utf8 = st.sampled_from([b"\xff\xfe", b"\xc3\x28", b"\xa0\xa1", b"\xe2\x28\xa1",
                                b"\xf0\x28\x8c\xbc", b"\xed\xa0\x80", b"\xc0\xaf"])


def deep(depth: int) -> str:
    return "[" * depth + "]" * depth


@st.composite
def rest_body(draw) -> bytes:
    """A REST webhook body: usually JSON of the right shape with fuzzed values, often not."""
    sender = draw(st.sampled_from(REST_SENDERS))
    kind = draw(st.sampled_from(["text", "control", "huge", "wrong-types", "missing", "json",
                                 "bytes", "bad-utf8", "deep", "many-keys"]))
    if kind == "text":
        return json.dumps({"sender": sender, "message": draw(any_text)}).encode()
    if kind == "control":
        return json.dumps({"sender": sender, "message": draw(control_text)},
                          ensure_ascii=False).encode("utf-8", "surrogatepass")
    if kind == "huge":
        return json.dumps({"sender": sender, "message": draw(huge_text)}).encode()
    if kind == "wrong-types":
        return json.dumps({
            "sender": draw(st.one_of(st.sampled_from(REST_SENDERS), json_value)),
            "message": draw(json_value),
            **draw(st.dictionaries(st.just("metadata"), json_value, max_size=1)),
        }).encode()
    if kind == "missing":
        body = {"sender": sender, "message": draw(any_text)}
        del body[draw(st.sampled_from(["sender", "message"]))]
        return json.dumps(body).encode()
    if kind == "json":
        return json.dumps(draw(json_value)).encode()
    if kind == "bytes":
        return draw(st.binary(max_size=500))
    if kind == "bad-utf8":
        good = json.dumps({"sender": sender, "message": "we fight a lot"}).encode()
        cut = draw(st.integers(0, len(good)))
        return good[:cut] + draw(invalid_utf8) + good[cut:]
    if kind == "deep":
        depth = draw(st.integers(500, 100_000))
        return f'{{"sender": "{sender}", "message": "hi", "metadata": {deep(depth)}}}'.encode()
    keys = draw(st.integers(1_000, 20_000))
    metadata = {f"k{i}": i for i in range(keys)}
    return json.dumps({"sender": sender, "message": "hi", "metadata": metadata}).encode()


# --- REST -------------------------------------------------------------------------------------

@FUZZ
@given(body=rest_body())
def test_rest_fuzz_never_5xx(mend: MendServer, body: bytes):
    status, answer = post(mend, REST, body)
    check_status(mend, status, body[:300])
    if status == 200:
        assert isinstance(json.loads(answer), list)


@settings(FUZZ, max_examples=5)
@given(text=oversized_text)
def test_rest_oversized_message_gets_the_clear_answer(mend: MendServer, text: str):
    replies = [m.get("text") for m in mend.send("fuzz-rest-long", text)]
    assert LONG_REPLY & set(replies), replies  # (a new sender's first reply is the welcome)


def test_rest_fuzzed_senders_still_get_normal_replies(mend: MendServer):
    for sender in REST_SENDERS + ["fuzz-rest-long"]:
        replies = [m.get("text") for m in mend.send(sender, NORMAL)]
        assert is_normal(replies), (sender, replies)


# --- socket.io -------------------------------------------------------------------------------

class SocketChat:
    """One python-socketio client over the polling transport, driven from sync test code."""

    def __init__(self, url: str) -> None:
        import socketio

        self.loop = asyncio.new_event_loop()
        self.client = socketio.AsyncClient()
        self.events: Optional[asyncio.Queue] = None
        self.url = url
        self.session: Dict[str, str] = {}

        async def start() -> None:
            self.events = asyncio.Queue()
            self.client.on("session_confirm", lambda d: self.events.put_nowait(("session", d)))
            self.client.on("bot_uttered", lambda d: self.events.put_nowait(("bot", d)))
            await self.client.connect(url, socketio_path="/socket.io", transports=["polling"])
            await self.client.emit("session_request", {"session_token": None})
            kind, data = await asyncio.wait_for(self.events.get(), REPLY_SECONDS)
            assert kind == "session", (kind, data)
            self.session = data

        self.run(start())

    def run(self, coroutine: Any) -> Any:
        return self.loop.run_until_complete(coroutine)

    def say(self, data: Any, quiet: float = 0.6) -> List[str]:
        """Sends `user_uttered` and returns the bot's texts (the first within REPLY_SECONDS,
        then until `quiet` seconds pass without another)."""

        async def exchange() -> List[str]:
            await self.client.emit("user_uttered", data)
            texts = []
            timeout: float = REPLY_SECONDS
            while True:
                try:
                    kind, event = await asyncio.wait_for(self.events.get(), timeout)
                except asyncio.TimeoutError:
                    return texts
                if kind == "bot":
                    texts.append(event.get("text") or "")
                    timeout = quiet

        return self.run(exchange())

    def close(self) -> None:
        try:
            self.run(asyncio.wait_for(self.client.disconnect(), 2))
        except asyncio.TimeoutError:
            pass
        self.loop.close()


@pytest.fixture(scope="module")
def socket_chat(mend: MendServer) -> Iterator[SocketChat]:
    chat = SocketChat(f"http://127.0.0.1:{mend.port}")
    yield chat
    chat.close()


socket_payload = st.one_of(
    st.fixed_dictionaries({"message": any_text}),
    st.fixed_dictionaries({"message": control_text}),
    st.fixed_dictionaries({"message": json_value}),
    st.fixed_dictionaries({"message": huge_text}),
    st.dictionaries(any_text, json_value, max_size=4),
    json_value,
)


@FUZZ
@given(data=socket_payload)
def test_socketio_fuzz_always_answers(mend: MendServer, socket_chat: SocketChat, data: Any):
    replies = socket_chat.say(data)
    assert mend.process.poll() is None, mend.log()[-3000:]
    # Every message gets an answer: the bot's reply, or the channel's "can't read that".
    assert replies, f"no answer to {str(data)[:300]!r}"
    assert ACTION_SERVER_TROUBLE not in replies


@settings(FUZZ, max_examples=2)
@given(text=oversized_text)
def test_socketio_oversized_message_gets_the_clear_answer(socket_chat: SocketChat, text: str):
    replies = socket_chat.say({"message": text})
    assert LONG_REPLY & set(replies), replies


@FUZZ
@given(path=st.sampled_from(["/socket.io/", "/socket.io/?EIO=4&transport=polling",
                             "/socket.io/?EIO=4&transport=polling&sid=nonexistent",
                             "/socket.io/?EIO=3&transport=websocket"]),
       body=st.one_of(st.binary(max_size=400), any_text.map(lambda t: t.encode("utf-8", "replace"))))
def test_socketio_raw_engineio_requests_never_5xx(mend: MendServer, path: str, body: bytes):
    status, _ = post(mend, path, body, {"Content-Type": "text/plain;charset=UTF-8"})
    check_status(mend, status, (path, body[:200]))


def test_socketio_fuzzed_session_still_gets_a_normal_reply(mend: MendServer, socket_chat: SocketChat):
    replies = socket_chat.say({"message": NORMAL})
    assert is_normal(replies), replies


# --- Telegram --------------------------------------------------------------------------------

def text_update(update_id: int, chat_id: Any, text: Any) -> Dict[str, Any]:
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "from": {"id": chat_id, "is_bot": False, "first_name": "Sam"},
            "chat": {"id": chat_id, "first_name": "Sam", "type": "private"},
            "date": 1700000000,
            "text": text,
        },
    }


update_ids = st.integers(1, 2**31)


@st.composite
def telegram_body(draw) -> bytes:
    chat = draw(st.sampled_from(TELEGRAM_CHATS))
    kind = draw(st.sampled_from(["text", "control", "long", "wrong-types", "callback", "json",
                                 "bytes", "bad-utf8", "deep"]))
    if kind == "text":
        return json.dumps(text_update(draw(update_ids), chat, draw(any_text))).encode()
    if kind == "control":
        return json.dumps(text_update(draw(update_ids), chat, draw(control_text)),
                          ensure_ascii=False).encode("utf-8", "surrogatepass")
    if kind == "long":  # Telegram itself sends at most 4096 characters
        return json.dumps(text_update(draw(update_ids), chat, "x" * draw(st.integers(4001, 4096)))).encode()
    if kind == "wrong-types":
        update = text_update(draw(update_ids), chat, "hello")
        target = draw(st.sampled_from(["update_id", "message", "chat", "chat.id", "chat.type",
                                       "text", "from"]))
        value = draw(json_value)
        if target == "update_id" or target == "message":
            update[target] = value
        elif target == "chat":
            update["message"]["chat"] = value
        elif target.startswith("chat."):
            update["message"]["chat"][target[5:]] = value
        else:
            update["message"][target] = value
        return json.dumps(update).encode()
    if kind == "callback":
        return json.dumps({"update_id": draw(update_ids), "callback_query": {
            "id": draw(st.one_of(any_text, json_value)), "from": {"id": chat},
            "message": draw(st.one_of(st.just({"chat": {"id": chat, "type": "private"}}), json_value)),
            "data": draw(st.one_of(any_text, json_value))}}).encode()
    if kind == "json":
        return json.dumps(draw(json_value)).encode()
    if kind == "bytes":
        return draw(st.binary(max_size=500))
    if kind == "bad-utf8":
        good = json.dumps(text_update(draw(update_ids), chat, "we fight a lot")).encode()
        cut = draw(st.integers(0, len(good)))
        return good[:cut] + draw(invalid_utf8) + good[cut:]
    depth = draw(st.integers(500, 100_000))
    return f'{{"update_id": 1, "message": {deep(depth)}}}'.encode()


def telegram_post(mend: MendServer, body: bytes, secret: Optional[str] = SECRET) -> int:
    headers = {} if secret is None else {"X-Telegram-Bot-Api-Secret-Token": secret}
    return post(mend, TELEGRAM, body, headers)[0]


@FUZZ
@given(body=telegram_body())
def test_telegram_fuzz_never_5xx(mend: MendServer, body: bytes):
    status = telegram_post(mend, body)
    check_status(mend, status, body[:300])
    assert status in (200, 400), (status, body[:300])


@settings(FUZZ, max_examples=20)
@given(secret=st.one_of(st.none(), st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E),
                                            max_size=300)))
def test_telegram_wrong_secrets_are_403(mend: MendServer, secret: Optional[str]):
    status = telegram_post(mend, json.dumps(text_update(1, TELEGRAM_CHATS[0], "hi")).encode(), secret)
    check_status(mend, status, secret)
    assert status == (200 if secret == SECRET else 403)


def wait_for_messages(fake_api: FakeBotApi, chat_id: int, before: int) -> List[str]:
    """The texts sent to `chat_id` after the first `before`, once they stop coming."""
    deadline, seen, quiet_since = time.monotonic() + REPLY_SECONDS, -1, time.monotonic()
    while time.monotonic() < deadline:
        sent = [c.get("text") for c in fake_api.calls("sendMessage") if c.get("chat_id") == chat_id]
        if len(sent) != seen:
            seen, quiet_since = len(sent), time.monotonic()
        elif len(sent) > before and time.monotonic() - quiet_since > 1.0:
            return sent[before:]
        time.sleep(0.1)
    return sent[before:]


def test_telegram_oversized_message_gets_the_clear_answer(mend: MendServer, fake_api: FakeBotApi):
    chat = 880099
    text = " ".join(["we talk about the weekend and plans"] * 120)[:4090]
    assert len(text) > MAX_MESSAGE_CHARS
    assert telegram_post(mend, json.dumps(text_update(990001, chat, text)).encode()) == 200
    replies = wait_for_messages(fake_api, chat, 0)
    assert LONG_REPLY & set(replies), replies


def test_telegram_fuzzed_chats_still_get_normal_replies(mend: MendServer, fake_api: FakeBotApi):
    time.sleep(1.0)  # let the replies to the fuzzed updates go out first
    for index, chat in enumerate(TELEGRAM_CHATS):
        before = len([c for c in fake_api.calls("sendMessage") if c.get("chat_id") == chat])
        update = text_update(2**31 + 10 + index, chat, NORMAL)
        assert telegram_post(mend, json.dumps(update).encode()) == 200
        replies = wait_for_messages(fake_api, chat, before)
        assert is_normal(replies), (chat, replies)


def test_no_tracebacks_in_the_server_log(mend: MendServer):
    log = mend.log()
    assert "Traceback" not in log, log[log.index("Traceback") - 500:][:4000]
