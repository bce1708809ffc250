"""Server-signed chat session tokens for the web widget.

The widget keeps its conversation across page reloads by sending back a token it was given.
The token is the session id plus an HMAC-SHA256 signature, so nobody can take over another
person's conversation by guessing or copying an id: without the server's secret, a valid
token for a different id can't be made.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import uuid
from pathlib import Path
from typing import Optional

from bot.paths import RUNTIME_DIR

SECRET_ENV = "MEND_SESSION_SECRET"
SECRET_FILE = RUNTIME_DIR / "session_secret"


def load_secret(path: Path = SECRET_FILE) -> bytes:
    """MEND_SESSION_SECRET, else a random secret kept (0600) in the git-ignored .mend/."""
    configured = os.environ.get(SECRET_ENV)
    if configured:
        return configured.encode()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_hex(32))
    return path.read_text().strip().encode()


class SessionSigner:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def _signature(self, session_id: str) -> str:
        return hmac.new(self._secret, session_id.encode(), hashlib.sha256).hexdigest()

    def new_session(self) -> str:
        return uuid.uuid4().hex

    def token(self, session_id: str) -> str:
        return f"{session_id}.{self._signature(session_id)}"

    def verify(self, token: object) -> Optional[str]:
        """The session id inside a valid token, else None."""
        if not isinstance(token, str) or token.count(".") != 1:
            return None
        session_id, signature = token.split(".")
        if not session_id or not hmac.compare_digest(signature, self._signature(session_id)):
            return None
        return session_id
