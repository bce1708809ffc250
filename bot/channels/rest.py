"""Rasa's REST channel with input checks: a malformed request gets a clear 400, never a 500
or an empty answer. Same URL as Rasa's: /webhooks/rest/webhook."""

from __future__ import annotations

from typing import Any, Dict, Optional, Text

from rasa.core.channels.rest import RestInput
from sanic.exceptions import InvalidUsage as BadRequest  # a 400; sanic 21.12 names it InvalidUsage
from sanic.request import Request

MAX_SENDER_CHARS = 200


def _is_unicode_text(text: str) -> bool:
    """False for strings JSON allows but UTF-8 cannot hold (lone surrogates such as "\\ud800")."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _body(request: Request) -> Dict[Text, Any]:
    body = request.json
    if not isinstance(body, dict):
        raise BadRequest("the body must be a JSON object with 'sender' and 'message'")
    return body


class MendRestInput(RestInput):
    @classmethod
    def name(cls) -> Text:
        return "rest"

    async def _extract_sender(self, req: Request) -> Optional[Text]:
        sender = _body(req).get("sender")
        if isinstance(sender, int) and not isinstance(sender, bool):
            sender = str(sender)
        if not isinstance(sender, str) or not sender.strip():
            raise BadRequest("'sender' must be a non-empty string")
        if len(sender) > MAX_SENDER_CHARS:
            raise BadRequest(f"'sender' must be at most {MAX_SENDER_CHARS} characters")
        if not _is_unicode_text(sender):
            raise BadRequest("'sender' must be valid Unicode text")
        return sender

    def _extract_message(self, req: Request) -> Optional[Text]:
        message = _body(req).get("message", "")
        if message is None:
            message = ""
        if not isinstance(message, str):
            raise BadRequest("'message' must be a string")
        if not _is_unicode_text(message):
            # keep the readable part and answer it, rather than refuse the whole message
            message = message.encode("utf-8", "replace").decode("utf-8")
        return message

    def get_metadata(self, request: Request) -> Optional[Dict[Text, Any]]:
        metadata = _body(request).get("metadata")
        if metadata is not None and not isinstance(metadata, dict):
            raise BadRequest("'metadata' must be a JSON object")
        return metadata
