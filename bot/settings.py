"""Mend's configuration from the environment, turned into Rasa endpoint and channel files.

Environment variables (README documents each):
  MEND_DB_URL        SQLAlchemy URL of the tracker store (default: SQLite in .mend/)
  MEND_REDIS_URL     redis://[:password@]host[:port][/db] turns on the Redis lock store
  MEND_API_TOKEN     turns on Rasa's HTTP API, protected by this token
  TELEGRAM_BOT_TOKEN turns on the Telegram channel (bot.channels.telegram)
  TELEGRAM_WEBHOOK_SECRET  the secret Telegram sends with each update; required with the token
  TELEGRAM_API_BASE  the Bot API server (default https://api.telegram.org)
"""

from __future__ import annotations

import os
import re
import tempfile
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Mapping, Optional
from urllib.parse import urlparse

import yaml

from bot.paths import DEFAULT_SQLITE_DB, PROJECT_ROOT


TELEGRAM_API_BASE = "https://api.telegram.org"
# Rasa's SQLTrackerStore plus the in-chat "delete my data" (bot/tracker_store.py).
TRACKER_STORE_TYPE = "bot.tracker_store.MendSQLTrackerStore"
TELEGRAM_CHANNEL = "bot.channels.telegram.MendTelegramInput"
# What Telegram accepts as setWebhook's secret_token, and the shape of a bot token (id:secret).
_TELEGRAM_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")
_TELEGRAM_TOKEN = re.compile(r"[0-9]+:[A-Za-z0-9_-]+")


class SettingsError(ValueError):
    """A configuration value that Mend cannot use; the message names the setting."""


@dataclass(frozen=True)
class Settings:
    db_url: str
    redis_url: Optional[str]
    api_token: Optional[str]

    @classmethod
    def from_env(cls, env: Mapping[str, str] = os.environ) -> "Settings":
        return cls(
            db_url=env.get("MEND_DB_URL") or f"sqlite:///{DEFAULT_SQLITE_DB}",
            redis_url=env.get("MEND_REDIS_URL") or None,
            api_token=env.get("MEND_API_TOKEN") or None,
        )


def tracker_store_config(db_url: str) -> Dict[str, Any]:
    """Rasa tracker store settings (Mend's SQLTrackerStore subclass) for an SQLAlchemy URL."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(db_url)
    except ArgumentError as error:
        raise SettingsError(f"MEND_DB_URL is not a valid database URL: {error}") from None
    config: Dict[str, Any] = {"type": TRACKER_STORE_TYPE, "dialect": url.drivername}
    if url.get_backend_name() == "sqlite":
        path = Path(url.database or DEFAULT_SQLITE_DB)
        if not path.is_absolute():
            path = PROJECT_ROOT / path
        path.parent.mkdir(parents=True, exist_ok=True)
        config["db"] = str(path)
        return config
    if not url.database:
        raise SettingsError("MEND_DB_URL must name a database, e.g. postgresql://user:pw@host/mend")
    config.update(
        {
            "url": url.host,
            "port": url.port,
            "db": url.database,
            "username": url.username,
            "password": url.password,
        }
    )
    if url.query:
        config["query"] = dict(url.query)
    return {k: v for k, v in config.items() if v is not None}


def lock_store_config(redis_url: str) -> Dict[str, Any]:
    """Rasa RedisLockStore settings for a redis:// URL."""
    parsed = urlparse(redis_url)
    if parsed.scheme not in ("redis", "rediss") or not parsed.hostname:
        raise SettingsError("MEND_REDIS_URL must look like redis://[:password@]host[:port][/db]")
    config: Dict[str, Any] = {
        "type": "redis",
        "url": parsed.hostname,
        "port": parsed.port or 6379,
        "db": int(parsed.path.strip("/") or 0),
        "use_ssl": parsed.scheme == "rediss",
        "key_prefix": "mend",
    }
    if parsed.password:
        config["password"] = parsed.password
    return config


def action_endpoint_url(actions_port: int) -> str:
    """The webhook of the action server that `mend serve` starts on this machine."""
    return f"http://127.0.0.1:{actions_port}/webhook"


def check_actions_url(url: str) -> str:
    """An action server URL given with --actions-url, e.g. http://actions:5055/webhook."""
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise SettingsError(
            "--actions-url must be the action server's webhook, e.g. http://actions:5055/webhook"
        )
    return url


def endpoints_config(
    settings: Settings, actions_port: int, actions_url: Optional[str] = None
) -> Dict[str, Any]:
    """Rasa's endpoints: the action server (the local one on `actions_port`, or `actions_url`),
    the tracker store (MEND_DB_URL) and, with MEND_REDIS_URL, the Redis lock store."""
    config: Dict[str, Any] = {
        "action_endpoint": {"url": check_actions_url(actions_url) if actions_url
                            else action_endpoint_url(actions_port)},
        "tracker_store": tracker_store_config(settings.db_url),
    }
    if settings.redis_url:
        config["lock_store"] = lock_store_config(settings.redis_url)
    return config


@dataclass(frozen=True)
class TelegramSettings:
    """The Telegram channel's settings; the token and the secret only ever come from the env."""

    token: str
    webhook_secret: str
    api_base: str

    @classmethod
    def from_env(cls, env: Mapping[str, str] = os.environ) -> Optional["TelegramSettings"]:
        """None when TELEGRAM_BOT_TOKEN is unset (Telegram is off). Error messages never
        repeat the token or the secret."""
        token = (env.get("TELEGRAM_BOT_TOKEN") or "").strip()
        if not token:
            return None
        if not _TELEGRAM_TOKEN.fullmatch(token):
            raise SettingsError("TELEGRAM_BOT_TOKEN does not look like a bot token (digits:letters)")
        secret = (env.get("TELEGRAM_WEBHOOK_SECRET") or "").strip()
        if not secret:
            raise SettingsError("TELEGRAM_WEBHOOK_SECRET must be set when TELEGRAM_BOT_TOKEN is")
        if not _TELEGRAM_SECRET.fullmatch(secret):
            raise SettingsError(
                "TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -"
            )
        api_base = (env.get("TELEGRAM_API_BASE") or TELEGRAM_API_BASE).strip().rstrip("/")
        parsed = urlparse(api_base)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise SettingsError("TELEGRAM_API_BASE must be an http(s) URL, e.g. https://api.telegram.org")
        return cls(token=token, webhook_secret=secret, api_base=api_base)

    def credentials(self) -> Dict[str, Any]:
        return {"access_token": self.token, "webhook_secret": self.webhook_secret, "api_base": self.api_base}


def credentials_config(env: Mapping[str, str] = os.environ) -> Dict[str, Any]:
    """credentials.yml, plus the Telegram channel when TELEGRAM_BOT_TOKEN is set."""
    with (PROJECT_ROOT / "credentials.yml").open(encoding="utf-8") as handle:
        config = yaml.safe_load(handle) or {}
    telegram = TelegramSettings.from_env(env)
    if telegram is not None:
        config[TELEGRAM_CHANNEL] = telegram.credentials()
    return config


def write_yaml(path: Path, content: Dict[str, Any], mode: int = 0o600) -> Path:
    """Writes `content` with permissions `mode` (default: owner only, since the generated
    credentials and endpoints hold secrets). The file is written beside its target and renamed
    over it, so it is never readable by others, even for a moment or when it existed before."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(handle, mode)
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(yaml.safe_dump(content, sort_keys=False))
        os.replace(temporary, path)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    return path
