"""Mend's configuration from the environment, turned into Rasa endpoint and channel files.

Environment variables (README documents each):
  MEND_DB_URL        SQLAlchemy URL of the tracker store (default: SQLite in .mend/)
  MEND_REDIS_URL     redis://[:password@]host[:port][/db] turns on the Redis lock store
  MEND_API_TOKEN     turns on Rasa's HTTP API, protected by this token
  TELEGRAM_BOT_TOKEN turns on the Telegram channel (see the channels issue)
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Mapping, Optional
from urllib.parse import urlparse

import yaml

from bot.paths import DEFAULT_SQLITE_DB, PROJECT_ROOT


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
    """Rasa SQLTrackerStore settings for an SQLAlchemy URL."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(db_url)
    except ArgumentError as error:
        raise SettingsError(f"MEND_DB_URL is not a valid database URL: {error}") from None
    config: Dict[str, Any] = {"type": "SQL", "dialect": url.drivername}
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


def endpoints_config(settings: Settings, actions_port: int) -> Dict[str, Any]:
    config: Dict[str, Any] = {
        "action_endpoint": {"url": f"http://127.0.0.1:{actions_port}/webhook"},
        "tracker_store": tracker_store_config(settings.db_url),
    }
    if settings.redis_url:
        config["lock_store"] = lock_store_config(settings.redis_url)
    return config


def credentials_config() -> Dict[str, Any]:
    with (PROJECT_ROOT / "credentials.yml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle) or {}


def write_yaml(path: Path, content: Dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(content, sort_keys=False), encoding="utf-8")
    return path
