"""Mend's Telegram channel: /webhooks/telegram/webhook, talking to the Bot API with aiohttp.

Why not Rasa 3.6's TelegramInput: it calls the Bot API (`setWebhook`) while the server starts
and `getMe` on every update, checks nothing that proves an update came from Telegram, answers
edited messages, joins and stickers with a 500 (so Telegram retries them), never answers
callback queries (the button keeps spinning), and hard-codes api.telegram.org through aiogram.

What this channel does instead:
- Telegram proves an update is genuine with the secret we registered through `setWebhook`
  (header X-Telegram-Bot-Api-Secret-Token); anything else gets a 403.
- No Bot API call at start or per update. Calls happen only to answer: `sendMessage`,
  `answerCallbackQuery`. The webhook is registered by `mend telegram set-webhook URL`.
- Text messages and button presses (callback queries) from private chats reach the bot. Every
  other update (edited messages, joins, stickers, photos, group and channel posts) gets a 200
  and is ignored. Group chats are ignored on purpose: what people tell Mend is private.
- An accepted update gets its 200 at once; the bot answers in a background task. A failure
  there is logged, never turned into an error for Telegram, which would retry it for hours.
- Buttons become an inline keyboard, one button per row.

Telegram limits a button's callback_data to 64 bytes. Payloads that fit (all of Mend's do,
e.g. '/inform_country{"country":"UK"}') are sent as they are. A longer one is sent as "~" and
a hash of the payload, and the server keeps the hash -> payload mapping in memory (bounded).
Truncating instead would send the bot a different, broken payload. If the mapping is gone (a
restart, or another server sent the button) the press is answered with "this button has
expired" and nothing reaches the bot.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import logging
import re
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Awaitable, Callable, Dict, List, Optional, Set, Text

import aiohttp
from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from rasa.shared.exceptions import RasaException
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.settings import TELEGRAM_API_BASE

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# setWebhook's allowed_updates: the only kinds Mend acts on (Telegram then sends no others).
ALLOWED_UPDATES = ["message", "callback_query"]
MAX_CALLBACK_DATA_BYTES = 64
# Telegram's limit is 4096 characters; stay below it in case it counts differently than Python.
MAX_MESSAGE_CHARS = 4000
REQUEST_TIMEOUT_SECONDS = 30
# A 429 answer says how long to wait; wait once if it is short, otherwise give up.
MAX_RETRY_AFTER_SECONDS = 5
# How long shutdown waits for replies still being sent.
STOP_GRACE_SECONDS = 10
EXPIRED_BUTTON = "This button has expired. Please type your answer instead."
# Telegram's "Start" button sends /start (in groups /start@botname, with deep links /start xyz).
START_COMMAND = re.compile(r"/start(@\w+)?(\s.*)?", re.DOTALL)
GREET_PAYLOAD = "/greet"


class TelegramApiError(RuntimeError):
    """A Bot API call that failed. The message never contains the token (it is in the URL)."""


class BotApi:
    """The few Bot API methods Mend needs, over one lazily created aiohttp session.

    The session is created on the first call, inside the event loop that serves requests, so
    constructing a BotApi (at server start) touches neither the network nor a loop.
    """

    def __init__(self, token: Text, api_base: Text = TELEGRAM_API_BASE) -> None:
        self._token = token
        self.api_base = api_base.rstrip("/")
        self._session: Optional[aiohttp.ClientSession] = None

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_SECONDS)
            )
        return self._session

    async def close(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    async def call(self, method: Text, payload: Dict[Text, Any]) -> Any:
        """Calls a Bot API method and returns its `result`; raises TelegramApiError."""
        for attempt in (1, 2):
            body, status = await self._post(method, payload)
            if isinstance(body, dict) and body.get("ok") is True:
                return body.get("result")
            retry_after = _retry_after(body)
            if attempt == 1 and retry_after is not None and retry_after <= MAX_RETRY_AFTER_SECONDS:
                await asyncio.sleep(retry_after)
                continue
            description = body.get("description") if isinstance(body, dict) else None
            raise TelegramApiError(f"{method}: {description or f'HTTP {status}'}")
        raise AssertionError("unreachable")

    async def _post(self, method: Text, payload: Dict[Text, Any]) -> tuple:
        url = f"{self.api_base}/bot{self._token}/{method}"
        try:
            async with self._client().post(url, json=payload) as answer:
                try:
                    return await answer.json(content_type=None), answer.status
                except ValueError:
                    raise TelegramApiError(
                        f"{method}: the Bot API answered HTTP {answer.status} without JSON"
                    ) from None
        except asyncio.TimeoutError:
            raise TelegramApiError(
                f"{method}: no answer from {self.api_base} in {REQUEST_TIMEOUT_SECONDS}s"
            ) from None
        except aiohttp.ClientError as error:
            # Only the class name: some aiohttp errors print the URL, and the URL holds the token.
            raise TelegramApiError(
                f"{method}: could not reach {self.api_base} ({type(error).__name__})"
            ) from None

    async def send_message(
        self, chat_id: int | Text, text: Text, reply_markup: Optional[Dict[Text, Any]] = None
    ) -> Any:
        payload: Dict[Text, Any] = {"chat_id": chat_id, "text": text}
        if reply_markup is not None:
            payload["reply_markup"] = reply_markup
        return await self.call("sendMessage", payload)

    async def answer_callback_query(self, callback_query_id: Text, text: Optional[Text] = None) -> Any:
        payload: Dict[Text, Any] = {"callback_query_id": callback_query_id}
        if text:
            payload["text"] = text
        return await self.call("answerCallbackQuery", payload)

    async def set_webhook(
        self, url: Text, secret_token: Text, allowed_updates: Optional[List[Text]] = None
    ) -> Any:
        return await self.call(
            "setWebhook",
            {
                "url": url,
                "secret_token": secret_token,
                "allowed_updates": allowed_updates if allowed_updates is not None else ALLOWED_UPDATES,
            },
        )


def _retry_after(body: Any) -> Optional[float]:
    if not isinstance(body, dict) or body.get("error_code") != 429:
        return None
    parameters = body.get("parameters")
    value = parameters.get("retry_after") if isinstance(parameters, dict) else None
    return float(value) if isinstance(value, (int, float)) else None


class CallbackPayloads:
    """Fits button payloads into Telegram's 64-byte callback_data (see the module docstring)."""

    PREFIX = "~"

    def __init__(self, capacity: int = 10_000) -> None:
        self._capacity = capacity
        self._long: "OrderedDict[Text, Text]" = OrderedDict()

    def encode(self, payload: Text) -> Text:
        if len(payload.encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES and not payload.startswith(self.PREFIX):
            return payload
        digest = hashlib.sha256(payload.encode("utf-8")).digest()
        key = self.PREFIX + base64.urlsafe_b64encode(digest[:18]).decode("ascii")
        self._long[key] = payload
        self._long.move_to_end(key)
        while len(self._long) > self._capacity:
            self._long.popitem(last=False)
        return key

    def decode(self, data: Text) -> Optional[Text]:
        """The payload for a button's callback_data, or None when the mapping is gone."""
        if not data.startswith(self.PREFIX):
            return data
        return self._long.get(data)


def inline_keyboard(buttons: List[Dict[Text, Any]], payloads: CallbackPayloads) -> Dict[Text, Any]:
    """Rasa buttons as a Telegram inline keyboard, one button per row."""
    rows = []
    for button in buttons:
        title = str(button.get("title") or button.get("payload") or "")
        if not title:
            continue
        if button.get("url"):
            rows.append([{"text": title, "url": str(button["url"])}])
        else:
            payload = str(button.get("payload") or title)
            rows.append([{"text": title, "callback_data": payloads.encode(payload)}])
    return {"inline_keyboard": rows}


def split_text(text: Text, limit: int = MAX_MESSAGE_CHARS) -> List[Text]:
    """Text cut into messages Telegram accepts, at line breaks or spaces where possible."""
    text = text.strip()
    parts = []
    while len(text) > limit:
        cut = text.rfind("\n", 0, limit)
        if cut <= 0:
            cut = text.rfind(" ", 0, limit)
        if cut <= 0:
            cut = limit
        parts.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text:
        parts.append(text)
    return parts


class MendTelegramOutput(OutputChannel):
    """Sends the bot's messages with `sendMessage`: plain text (no parse_mode), so the bot's
    text is never read as markup, and buttons as an inline keyboard.

    A failed send is logged and not raised: raising would abort the turn in Rasa and lose it
    from the tracker store, while the user (who may have blocked the bot) can't get it anyway.
    """

    @classmethod
    def name(cls) -> Text:
        return "telegram"

    def __init__(self, api: BotApi, payloads: CallbackPayloads) -> None:
        self.api = api
        self.payloads = payloads

    async def _send(self, chat_id: Text, text: Text, reply_markup: Optional[Dict[Text, Any]] = None) -> None:
        parts = split_text(text)
        if reply_markup is not None and not parts:
            parts = ["Please choose:"]
        for index, part in enumerate(parts):
            markup = reply_markup if index == len(parts) - 1 else None
            try:
                await self.api.send_message(_chat_id(chat_id), part, reply_markup=markup)
            except TelegramApiError as error:
                logger.error("Telegram: a reply could not be sent: %s", error)
                return

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        await self._send(recipient_id, text)

    async def send_text_with_buttons(
        self, recipient_id: Text, text: Text, buttons: List[Dict[Text, Any]], **kwargs: Any
    ) -> None:
        keyboard = inline_keyboard(buttons, self.payloads)
        await self._send(recipient_id, text, keyboard if keyboard["inline_keyboard"] else None)

    async def send_custom_json(self, recipient_id: Text, json_message: Dict[Text, Any], **kwargs: Any) -> None:
        # Rasa's default would show the raw JSON to the user; Mend sends no custom payloads.
        logger.warning("Telegram: a custom payload was not sent (not supported on this channel)")


def _chat_id(recipient_id: Text) -> int | Text:
    try:
        return int(recipient_id)
    except (TypeError, ValueError):
        return recipient_id


@dataclass(frozen=True)
class Incoming:
    """What the bot should hear from one update."""

    chat_id: int
    text: Text
    callback_query_id: Optional[Text] = None


def _private_chat_id(message: Any) -> Optional[int]:
    chat = message.get("chat") if isinstance(message, dict) else None
    if not isinstance(chat, dict) or chat.get("type") != "private":
        return None
    chat_id = chat.get("id")
    if not isinstance(chat_id, int) or isinstance(chat_id, bool):
        return None
    return chat_id


def parse_update(update: Dict[Text, Any]) -> Optional[Incoming]:
    """The message in an update, or None for anything Mend ignores.

    Handled: `message` with text and `callback_query` with data, from private chats. Ignored:
    edited messages (the original was answered), membership changes, messages without text
    (stickers, photos, voice), group and channel posts, and anything Telegram adds later.
    """
    message = update.get("message")
    if isinstance(message, dict):
        chat_id = _private_chat_id(message)
        text = message.get("text")
        if chat_id is None or not isinstance(text, str) or not text.strip():
            return None
        if START_COMMAND.fullmatch(text.strip()):
            text = GREET_PAYLOAD
        return Incoming(chat_id, text)

    query = update.get("callback_query")
    if isinstance(query, dict):
        query_id, data = query.get("id"), query.get("data")
        if not isinstance(query_id, str) or not isinstance(data, str) or not data:
            return None
        if "message" in query:
            chat_id = _private_chat_id(query["message"])
        else:  # a button under an inline-mode message: no chat, answer the user directly
            sender = query.get("from")
            chat_id = sender.get("id") if isinstance(sender, dict) else None
            chat_id = chat_id if isinstance(chat_id, int) and not isinstance(chat_id, bool) else None
        if chat_id is None:
            return None
        return Incoming(chat_id, data, callback_query_id=query_id)
    return None


def secret_matches(expected: Text, given: Optional[Text]) -> bool:
    """Constant-time comparison of the webhook secret header (bytes, so any header is safe)."""
    if not given:
        return False
    return hmac.compare_digest(expected.encode("utf-8"), given.encode("utf-8", "replace"))


def _update_kind(update: Dict[Text, Any]) -> Text:
    return next((key for key in update if key != "update_id"), "empty")


class MendTelegramInput(InputChannel):
    """Telegram webhook at /webhooks/telegram/webhook (health check: GET /webhooks/telegram/)."""

    @classmethod
    def name(cls) -> Text:
        return "telegram"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        if not credentials:
            cls.raise_missing_credentials_exception()
        token, secret = credentials.get("access_token"), credentials.get("webhook_secret")
        if not token or not secret:
            raise RasaException("the telegram channel needs access_token and webhook_secret")
        return cls(token, secret, credentials.get("api_base") or TELEGRAM_API_BASE)

    def __init__(self, access_token: Text, webhook_secret: Text, api_base: Text = TELEGRAM_API_BASE) -> None:
        self.webhook_secret = webhook_secret
        self.api = BotApi(access_token, api_base)
        self.payloads = CallbackPayloads()
        self._tasks: Set[asyncio.Task] = set()
        # Telegram may deliver an update again when it missed our 200; answer it only once.
        self._recent_updates: "OrderedDict[int, None]" = OrderedDict()

    def get_output_channel(self) -> MendTelegramOutput:
        return MendTelegramOutput(self.api, self.payloads)

    def _seen(self, update: Dict[Text, Any]) -> bool:
        update_id = update.get("update_id")
        if not isinstance(update_id, int):
            return False
        if update_id in self._recent_updates:
            return True
        self._recent_updates[update_id] = None
        while len(self._recent_updates) > 1000:
            self._recent_updates.popitem(last=False)
        return False

    async def _handle(
        self, incoming: Incoming, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> None:
        text: Optional[Text] = incoming.text
        if incoming.callback_query_id is not None:
            text = self.payloads.decode(incoming.text)
            try:
                await self.api.answer_callback_query(
                    incoming.callback_query_id, EXPIRED_BUTTON if text is None else None
                )
            except TelegramApiError as error:
                logger.warning("Telegram: a button press could not be acknowledged: %s", error)
        if text is None:
            return
        try:
            await on_new_message(
                UserMessage(
                    text,
                    self.get_output_channel(),
                    str(incoming.chat_id),
                    input_channel=self.name(),
                )
            )
        except Exception:  # noqa: BLE001 - Telegram must never see this; the log must.
            logger.exception("Telegram: the bot failed to handle an update")

    def _spawn(self, work: Awaitable[None]) -> None:
        task = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        telegram = Blueprint("mend_telegram", __name__)

        @telegram.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @telegram.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            if not secret_matches(self.webhook_secret, request.headers.get(SECRET_HEADER)):
                return response.text("forbidden: wrong or missing secret token", status=403)
            try:
                update = json.loads(request.body or b"")
            except (ValueError, UnicodeDecodeError, RecursionError):  # RecursionError: nested too deep
                return response.text("bad request: the body must be JSON", status=400)
            if not isinstance(update, dict):
                return response.text("bad request: the body must be a JSON object", status=400)
            incoming = parse_update(update)
            if incoming is None:
                logger.debug("Telegram: ignored a '%s' update", _update_kind(update))
            elif not self._seen(update):
                self._spawn(self._handle(incoming, on_new_message))
            return response.text("")

        @telegram.listener("before_server_stop")
        async def finish(*_: Any) -> None:
            if self._tasks:
                await asyncio.wait(set(self._tasks), timeout=STOP_GRACE_SECONDS)
            await self.api.close()

        return telegram
