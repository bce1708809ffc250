"""The web widget's server side: the page and files, and the socket.io channel with
server-signed sessions (python-socketio as the client)."""

from __future__ import annotations

import asyncio
import urllib.request
from typing import List, Tuple

import pytest
import socketio

from bot.channels.socketio import NO_SESSION, NOT_UNDERSTOOD
from tests.mend_server import MendServer, variations

pytestmark = pytest.mark.e2e



def get(mend: MendServer, path: str) -> Tuple[int, dict, bytes]:
    with urllib.request.urlopen(f"http://127.0.0.1:{mend.port}{path}", timeout=10) as response:
        return response.status, dict(response.headers), response.read()


def test_chat_page_and_widget_files_are_served(mend: MendServer):
    status, headers, body = get(mend, "/")
    assert status == 200 and b'<script src="/widget.js"' in body
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    for path in ("/widget.js", "/widget.css", "/vendor/socket.io.min.js"):
        assert get(mend, path)[0] == 200, path


class Chat:
    """One socket.io client: a browser tab, as far as the server can tell."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.client = socketio.AsyncClient()
        self.events: asyncio.Queue = asyncio.Queue()
        self.client.on("session_confirm", lambda d: self.events.put_nowait(("session", d)))
        self.client.on("bot_uttered", lambda d: self.events.put_nowait(("bot", d)))

    async def open(self, token=None) -> dict:
        await self.client.connect(self.url, socketio_path="/socket.io", transports=["polling"])
        await self.client.emit("session_request", {"session_token": token})
        kind, data = await asyncio.wait_for(self.events.get(), 20)
        assert kind == "session"
        return data

    async def say(self, message, replies: int) -> List[dict]:
        await self.client.emit("user_uttered", {"message": message})
        return [(await asyncio.wait_for(self.events.get(), 30))[1] for _ in range(replies)]

    async def close(self) -> None:
        # a polling client's goodbye can wait for its long-poll to end; don't wait for that
        try:
            await asyncio.wait_for(self.client.disconnect(), 2)
        except asyncio.TimeoutError:
            pass


def run(coroutine):
    return asyncio.new_event_loop().run_until_complete(coroutine)


def test_signed_session_survives_a_reload_and_cannot_be_forged(mend: MendServer):
    async def scenario():
        url = f"http://127.0.0.1:{mend.port}"
        first = Chat(url)
        session = await first.open()
        replies = await first.say("my wife and i fight about money", replies=3)
        assert replies[0]["text"] in variations("welcome")
        assert replies[1]["text"] in variations("utter_topic_money", partner="wife")
        assert [b["title"] for b in replies[2]["quick_replies"]][0] == "Tell me more"
        await first.close()

        # reload: the signed token brings back the same conversation
        again = Chat(url)
        resumed = await again.open(session["session_token"])
        assert resumed["session_id"] == session["session_id"]
        (more, after) = await again.say("/ask_more", replies=2)
        assert more["text"] in variations("utter_topic_money_more", partner="wife")
        await again.close()

        # someone who knows the id but not the secret gets a fresh, empty session
        intruder = Chat(url)
        forged = await intruder.open(session["session_id"] + "." + "0" * 64)
        assert forged["session_id"] != session["session_id"]
        await intruder.close()
        guesser = Chat(url)
        plain_id = await guesser.open(session["session_id"])
        assert plain_id["session_id"] != session["session_id"]
        await guesser.close()

    run(scenario())


def test_bad_socket_input_gets_a_clear_answer(mend: MendServer):
    async def scenario():
        chat = Chat(f"http://127.0.0.1:{mend.port}")
        await chat.client.connect(chat.url, socketio_path="/socket.io", transports=["polling"])
        (reply,) = await chat.say("hello before any session", replies=1)
        assert reply["text"] == NO_SESSION
        await chat.client.emit("session_request", "not a dict")
        assert (await asyncio.wait_for(chat.events.get(), 20))[0] == "session"
        (reply,) = await chat.say({"not": "text"}, replies=1)
        assert reply["text"] == NOT_UNDERSTOOD
        await chat.close()

    run(scenario())
