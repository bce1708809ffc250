"""Rasa's socket.io channel for the web widget, with server-signed sessions.

Differences from Rasa's own SocketIOInput: the conversation id comes from a token the server
signed (bot.channels.session_tokens), never from an id the browser claims; a message that
arrives before a session exists, or in the wrong shape, gets a clear reply instead of being
dropped. Same path (/socket.io) and events (session_request, user_uttered, bot_uttered).
"""

from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from sanic import Blueprint, response
from sanic.request import Request
from socketio import AsyncServer

from bot.channels.session_tokens import SessionSigner, load_secret

logger = logging.getLogger(__name__)

NOT_UNDERSTOOD = "Sorry, that message didn't arrive in a form I can read. Please type it again."
NO_SESSION = "Your chat session isn't ready yet. Please wait a moment or reload the page."


class MendSocketIOInput(SocketIOInput):
    @classmethod
    def name(cls) -> Text:
        return "socketio"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        sio = AsyncServer(async_mode="sanic", cors_allowed_origins="*")
        webhook = SocketBlueprint(sio, self.socketio_path, "socketio_webhook", __name__)
        self.sio = sio
        signer = SessionSigner(load_secret())
        sessions: Dict[Text, Text] = {}  # socket id -> verified session id

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> Any:
            return response.json({"status": "ok"})

        @sio.on("disconnect", namespace=self.namespace)
        async def disconnect(sid: Text) -> None:
            sessions.pop(sid, None)

        async def say(sid: Text, text: Text) -> None:
            await sio.emit(self.bot_message_evt, {"text": text}, room=sid)

        @sio.on("session_request", namespace=self.namespace)
        async def session_request(sid: Text, data: Optional[Dict] = None) -> None:
            token = data.get("session_token") if isinstance(data, dict) else None
            session_id = signer.verify(token) or signer.new_session()
            sessions[sid] = session_id
            await sio.enter_room(sid, session_id)  # a coroutine in python-socketio 5.x
            await sio.emit(
                "session_confirm",
                {"session_id": session_id, "session_token": signer.token(session_id)},
                room=sid,
            )

        @sio.on(self.user_message_evt, namespace=self.namespace)
        async def handle_message(sid: Text, data: Any = None) -> None:
            # data=None: an event sent without a payload (python-socketio then passes no argument)
            session_id = sessions.get(sid)
            if session_id is None:
                await say(sid, NO_SESSION)
                return
            text = data.get("message") if isinstance(data, dict) else None
            if not isinstance(text, str):
                await say(sid, NOT_UNDERSTOOD)
                return
            output = SocketIOOutput(sio, self.bot_message_evt)
            await on_new_message(
                UserMessage(text, output, session_id, input_channel=self.name(), metadata={})
            )

        return webhook
