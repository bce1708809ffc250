"""The review app's login: password hashes, server-side sessions, a login rate limit.

Hash format (Django's): ``pbkdf2_sha256$<iterations>$<salt>$<base64 hash>``, made with
``mend review --hash-password`` and given to the app as MEND_REVIEW_PASSWORD_HASH.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Deque, Dict, Optional

HASH_ENV = "MEND_REVIEW_PASSWORD_HASH"
ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 600_000  # OWASP's 2023 figure for PBKDF2-HMAC-SHA256
MIN_ITERATIONS = 1_000
MIN_PASSWORD_LENGTH = 10


class PasswordHashError(ValueError):
    """MEND_REVIEW_PASSWORD_HASH is not a hash this app can check."""


def hash_password(password: str, iterations: int = ITERATIONS, salt: Optional[str] = None) -> str:
    salt = salt or secrets.token_hex(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt.encode("ascii"), iterations)
    return f"{ALGORITHM}${iterations}${salt}${base64.b64encode(digest).decode('ascii')}"


def check_hash_format(encoded: str) -> None:
    parts = (encoded or "").strip().split("$")
    if len(parts) != 4 or parts[0] != ALGORITHM or not parts[1].isdigit() or not parts[2] or not parts[3]:
        raise PasswordHashError(
            f"{HASH_ENV} must look like {ALGORITHM}$<iterations>$<salt>$<hash>; "
            "make one with: mend review --hash-password"
        )
    if int(parts[1]) < MIN_ITERATIONS:
        raise PasswordHashError(f"{HASH_ENV} uses too few iterations; make a new one with mend review --hash-password")
    try:
        base64.b64decode(parts[3], validate=True)
    except ValueError:
        raise PasswordHashError(f"{HASH_ENV} has a damaged hash part; make a new one with mend review --hash-password") from None


def verify_password(password: str, encoded: str) -> bool:
    """Constant-time check of `password` against an encoded hash."""
    check_hash_format(encoded)
    _, iterations, salt, expected = encoded.strip().split("$")
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt.encode("ascii"), int(iterations))
    return hmac.compare_digest(base64.b64encode(digest).decode("ascii"), expected)


@dataclass
class Session:
    token: str
    csrf: str
    created: float
    seen: float


@dataclass
class SessionStore:
    """Random session tokens kept in memory: a restart logs everybody out."""

    idle_seconds: float = 30 * 60
    max_seconds: float = 8 * 3600
    _sessions: Dict[str, Session] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def create(self) -> Session:
        now = time.monotonic()
        session = Session(secrets.token_urlsafe(32), secrets.token_urlsafe(32), now, now)
        with self._lock:
            self._expire(now)
            self._sessions[session.token] = session
        return session

    def get(self, token: Optional[str]) -> Optional[Session]:
        if not token:
            return None
        now = time.monotonic()
        with self._lock:
            self._expire(now)
            session = self._sessions.get(token)
            if session is not None:
                session.seen = now
            return session

    def delete(self, token: Optional[str]) -> None:
        with self._lock:
            self._sessions.pop(token or "", None)

    def _expire(self, now: float) -> None:
        for token, s in list(self._sessions.items()):
            if now - s.seen > self.idle_seconds or now - s.created > self.max_seconds:
                del self._sessions[token]


@dataclass
class RateLimiter:
    """At most `limit` login attempts per `window` seconds from one address."""

    limit: int = 5
    window: float = 60.0
    _tries: Dict[str, Deque[float]] = field(default_factory=lambda: defaultdict(deque))
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def allow(self, address: str) -> bool:
        now = time.monotonic()
        with self._lock:
            tries = self._tries[address]
            while tries and now - tries[0] > self.window:
                tries.popleft()
            if len(tries) >= self.limit:
                return False
            tries.append(now)
            return True
