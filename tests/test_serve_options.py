"""`mend serve --actions-url` (a Rasa-only server) and the start-up connection checks, without
starting any server."""

from __future__ import annotations

import socket
import time

import pytest
import yaml

from bot import serve
from bot.cli import build_parser
from bot.preflight import ConnectionCheckError, check_database, check_redis
from bot.serve import ServeError, plan_servers
from bot.settings import Settings, SettingsError


@pytest.fixture
def sandbox(tmp_path, monkeypatch):
    """A fake model and a private runtime dir, so plan_servers writes nothing in the project."""
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "m.tar.gz").write_bytes(b"")
    monkeypatch.setattr(serve, "MODELS_DIR", tmp_path / "models")
    monkeypatch.setattr(serve, "RUNTIME_DIR", tmp_path / "run")
    return tmp_path


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def sqlite(tmp_path) -> Settings:
    return Settings(db_url=f"sqlite:///{tmp_path / 't.db'}", redis_url=None, api_token=None)


def test_actions_url_plans_a_rasa_only_server(sandbox):
    with socket.socket() as busy:  # the local actions port is not used, so it may be busy
        busy.bind(("0.0.0.0", 0))
        busy.listen()
        plan = plan_servers(closed_port(), busy.getsockname()[1], settings=sqlite(sandbox),
                            actions_url="http://actions.internal:5055/webhook")
    assert not plan.runs_action_server
    endpoints = yaml.safe_load(plan.endpoints.read_text())
    assert endpoints["action_endpoint"] == {"url": "http://actions.internal:5055/webhook"}
    assert "--endpoints" in plan.rasa_command()


def test_without_actions_url_the_local_action_server_is_used(sandbox):
    port, actions_port = closed_port(), closed_port()
    plan = plan_servers(port, actions_port, settings=sqlite(sandbox))
    assert plan.runs_action_server
    endpoints = yaml.safe_load(plan.endpoints.read_text())
    assert endpoints["action_endpoint"]["url"] == f"http://127.0.0.1:{actions_port}/webhook"


@pytest.mark.parametrize("url", ["actions:5055", "ftp://x/webhook", "http://"])
def test_a_bad_actions_url_is_a_clear_error(sandbox, url):
    with pytest.raises(ServeError, match="--actions-url must be the action server's webhook"):
        plan_servers(closed_port(), closed_port(), settings=sqlite(sandbox), actions_url=url)


def test_cli_accepts_actions_url_and_keeps_the_fixed_interface():
    args = build_parser().parse_args(["serve", "--port", "1", "--actions-port", "2"])
    assert (args.port, args.actions_port, args.actions_url) == (1, 2, None)
    args = build_parser().parse_args(["serve", "--actions-url", "http://a:5055/webhook"])
    assert args.actions_url == "http://a:5055/webhook"


def test_sqlite_needs_no_connection_check(tmp_path):
    check_database(f"sqlite:///{tmp_path / 'x.db'}")


def test_invalid_database_url_names_the_setting():
    with pytest.raises(SettingsError, match="MEND_DB_URL"):
        check_database("not a url")


def test_closed_postgres_port_fails_fast_without_the_password():
    port = closed_port()
    started = time.monotonic()
    with pytest.raises(ConnectionCheckError) as error:
        check_database(f"postgresql://mend:s3cret@127.0.0.1:{port}/mend")
    assert time.monotonic() - started < 5
    message = str(error.value)
    assert message.startswith(f"cannot connect to the database in MEND_DB_URL (postgresql://mend:***@127.0.0.1:{port}/mend)")
    assert "s3cret" not in message and "\n" not in message


def test_closed_redis_port_fails_fast_without_the_password():
    port = closed_port()
    with pytest.raises(ConnectionCheckError) as error:
        check_redis(f"redis://:s3cret@127.0.0.1:{port}/2")
    message = str(error.value)
    assert message.startswith(f"cannot connect to Redis in MEND_REDIS_URL (redis://127.0.0.1:{port}/2)")
    assert "s3cret" not in message and "\n" not in message


def test_plan_servers_checks_the_database_before_starting(sandbox):
    settings = Settings(db_url=f"postgresql://mend:pw@127.0.0.1:{closed_port()}/mend",
                        redis_url=None, api_token=None)
    with pytest.raises(ServeError, match="cannot connect to the database in MEND_DB_URL"):
        plan_servers(closed_port(), closed_port(), settings=settings)
    assert not (sandbox / "run").exists() or not any((sandbox / "run").rglob("endpoints.yml"))
