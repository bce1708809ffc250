"""Checks that the tracker store (MEND_DB_URL) and the lock store (MEND_REDIS_URL) answer,
before `mend serve` starts Rasa.

Without them Rasa's SQLTrackerStore retries an unreachable database every 5 seconds for ever
(the server never becomes ready), and a Redis lock store that can't be reached only shows up
at the first message. An operator should see at once which setting is wrong, in one line.
Passwords are never repeated in the messages.
"""

from __future__ import annotations

from urllib.parse import urlparse

from bot.settings import Settings, SettingsError

CONNECT_TIMEOUT_SECONDS = 5


class ConnectionCheckError(RuntimeError):
    """A configured service does not answer; the message names the setting."""


def _first_line(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    lines = [line.strip() for line in str(original).splitlines() if line.strip()]
    return lines[0] if lines else type(original).__name__


def check_database(db_url: str, timeout: int = CONNECT_TIMEOUT_SECONDS) -> None:
    """Connects once to a server database (SQLite needs no check)."""
    import sqlalchemy
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(db_url)
    except ArgumentError as error:
        raise SettingsError(f"MEND_DB_URL is not a valid database URL: {error}") from None
    if url.get_backend_name() == "sqlite":
        return
    connect_args = {"connect_timeout": timeout} if url.get_backend_name() == "postgresql" else {}
    shown = url.render_as_string(hide_password=True)
    try:
        engine = sqlalchemy.create_engine(url, connect_args=connect_args, poolclass=sqlalchemy.pool.NullPool)
    except Exception as error:  # e.g. a missing database driver
        raise ConnectionCheckError(f"cannot use MEND_DB_URL ({shown}): {_first_line(error)}") from None
    try:
        with engine.connect():
            pass
    except Exception as error:
        raise ConnectionCheckError(
            f"cannot connect to the database in MEND_DB_URL ({shown}): {_first_line(error)}"
        ) from None
    finally:
        engine.dispose()


def check_redis(redis_url: str, timeout: int = CONNECT_TIMEOUT_SECONDS) -> None:
    """Sends one PING to the lock store's Redis."""
    import redis

    parsed = urlparse(redis_url)
    host, port = parsed.hostname, parsed.port or 6379
    shown = f"{parsed.scheme}://{host}:{port}{parsed.path}"
    client = redis.Redis(
        host=host,
        port=port,
        db=int(parsed.path.strip("/") or 0),
        password=parsed.password or None,
        ssl=parsed.scheme == "rediss",
        socket_connect_timeout=timeout,
        socket_timeout=timeout,
    )
    try:
        client.ping()
    except Exception as error:
        raise ConnectionCheckError(
            f"cannot connect to Redis in MEND_REDIS_URL ({shown}): {_first_line(error)}"
        ) from None
    finally:
        client.close()


def check_connections(settings: Settings) -> None:
    check_database(settings.db_url)
    if settings.redis_url:
        check_redis(settings.redis_url)
