"""Faults: the Rasa server killed mid-conversation, the action server down, and a database or
Redis that does not answer when `mend serve` starts.

The Rasa server and the action server are started here as separate processes (with the same
commands and generated endpoints as `mend serve`, from bot.serve), because `mend serve`
deliberately stops both when one of them dies.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Dict, Optional

import pytest
from sqlalchemy.engine import make_url

from bot.paths import PROJECT_ROOT
from bot.resilience import ACTION_SERVER_TROUBLE
from bot.serve import ServerPlan, plan_servers
from bot.settings import Settings
from tests.mend_server import texts, variations
from tests.services import (  # noqa: F401  (fixtures)
    PostgresServer,
    Process,
    RedisServer,
    free_port,
    http_ok,
    mend_env,
    port_open,
    postgres,
    redis_server,
    rest_send,
)

pytestmark = pytest.mark.e2e


class Servers:
    """A Rasa server and an action server, started, stopped and killed independently."""

    def __init__(self, workdir: Path, env: Dict[str, str]) -> None:
        self.workdir = workdir
        self.env = env
        self.plan: ServerPlan = plan_servers(free_port(), free_port(), settings=Settings.from_env(env))
        if "MEND_DB_HOST" in env:
            self.env = dict(env, MEND_ACTIONS_URL=f"http://127.0.0.1:{self.plan.actions_port}/webhook")
        self.rasa: Optional[Process] = None
        self.actions: Optional[Process] = None

    @property
    def port(self) -> int:
        return self.plan.port

    def start_actions(self) -> None:
        self.actions = Process("action server", self.plan.action_server_command(),
                               self.workdir / "actions.log", env=self.env)
        self.actions.wait_for(lambda: http_ok(f"http://127.0.0.1:{self.plan.actions_port}/health"))

    def rasa_command(self) -> list:
        """Mend's generated endpoints, or deploy/endpoints.postgres.yml when the environment
        carries its MEND_DB_HOST etc. (the production layout)."""
        command = self.plan.rasa_command()
        if "MEND_DB_HOST" in self.env:
            command[command.index("--endpoints") + 1] = str(PROJECT_ROOT / "deploy" / "endpoints.postgres.yml")
        return command

    def start_rasa(self) -> None:
        self.rasa = Process("Rasa server", self.rasa_command(), self.workdir / "rasa.log", env=self.env)
        self.rasa.wait_for(lambda: http_ok(f"http://127.0.0.1:{self.port}/"))

    def send(self, sender: str, message: str) -> list:
        try:
            return rest_send(self.port, sender, message, timeout=60)
        except Exception as error:
            raise AssertionError(f"{message!r} from {sender} failed: {error!r}\n{self.tails()}") from None

    def tails(self) -> str:
        return "\n".join(p.tail() for p in (self.rasa, self.actions) if p is not None)

    def stop(self) -> None:
        for process in (self.rasa, self.actions):
            if process is not None:
                process.stop()


@pytest.fixture
def servers_factory(tmp_path):
    started = []

    def make(env: Dict[str, str]) -> Servers:
        servers = Servers(tmp_path, env)
        started.append(servers)
        return servers

    yield make
    for servers in started:
        servers.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_env(request, tmp_path) -> Dict[str, str]:
    """MEND_* settings for a fresh tracker store: SQLite (endpoints written by bot.serve), or
    PostgreSQL with the Redis lock store (endpoints from deploy/endpoints.postgres.yml)."""
    if request.param == "sqlite":
        return mend_env(MEND_DB_URL=f"sqlite:///{tmp_path / 'tracker.db'}")
    pg: PostgresServer = request.getfixturevalue("postgres")
    redis: RedisServer = request.getfixturevalue("redis_server")
    db_url = pg.create_database("faults")
    url = make_url(db_url)
    # MEND_DB_URL for the generated settings, and the variables deploy/endpoints.postgres.yml
    # reads, which the Rasa server is then started with.
    return mend_env(
        MEND_DB_URL=db_url, MEND_REDIS_URL=redis.url,
        MEND_DB_HOST=url.host, MEND_DB_PORT=str(url.port), MEND_DB_NAME=url.database,
        MEND_DB_USER=url.username, MEND_DB_PASSWORD=url.password,
        MEND_REDIS_HOST="127.0.0.1", MEND_REDIS_PORT=str(redis.port), MEND_REDIS_DB="0",
        MEND_REDIS_PASSWORD="",
    )


def test_rasa_killed_mid_conversation_restarts_with_the_conversation_and_its_slots(
    servers_factory, store_env
):
    servers = servers_factory(store_env)
    servers.start_actions()
    servers.start_rasa()
    sender = "fault-kill9"
    husband = lambda *names: variations(*names, partner="husband")  # noqa: E731

    assert texts(servers.send(sender, "hi"))[0] in variations("welcome")
    assert texts(servers.send(sender, "my husband and I keep fighting about chores"))[0] in husband(
        "utter_topic_chores")
    assert texts(servers.send(sender, "he gets defensive as soon as i mention it"))[0] in husband(
        "utter_horseman_defensiveness")

    servers.rasa.kill9()
    assert not port_open(servers.port), "the killed Rasa server still listens"
    servers.start_rasa()
    if "MEND_DB_HOST" in store_env:  # really the deploy file, and really PostgreSQL + Redis
        assert "deploy/endpoints.postgres.yml" in " ".join(servers.rasa.command)

    # The plan is built from the slots and topics stored before the crash: the partner's role,
    # both topics; and it is the same session (no new welcome).
    reply = texts(servers.send(sender, "what should i do"))
    assert reply[0].startswith("From what you've told me about"), reply
    assert "husband" in reply[0] and "chore" in reply[0] and "arguments" in reply[0], reply
    assert not set(reply) & set(variations("welcome", "welcome_back")), reply
    assert reply[1] in variations("utter_ask_keep_plan")
    assert texts(servers.send(sender, "yes"))[0] in variations("utter_plan_confirmed")


def test_action_server_down_gets_a_short_apology_and_recovers_by_itself(servers_factory, tmp_path):
    servers = servers_factory(mend_env(MEND_DB_URL=f"sqlite:///{tmp_path / 'tracker.db'}"))
    servers.start_actions()
    servers.start_rasa()
    sender = "fault-actions"

    assert texts(servers.send(sender, "hi"))[0] in variations("welcome")
    servers.send(sender, "my husband and I keep fighting about chores")

    servers.actions.stop()
    assert not port_open(servers.plan.actions_port)

    # A custom action: the apology alone, not silence, not a 500, and not the follow-up
    # question ("Do these feel doable?") about a plan that was never shown.
    assert texts(servers.send(sender, "what should i do")) == [ACTION_SERVER_TROUBLE]
    # Answers that need no action server still work.
    assert texts(servers.send(sender, "we fight about money"))[0] in variations(
        "utter_topic_money", partner="husband")
    # A new conversation: its session starts without the action server, and "hi" is answered.
    reply = texts(servers.send("fault-actions-new", "hi"))
    assert reply and all(text in variations("utter_greet") for text in reply), reply
    assert "could not run action_suggest_next_steps" in servers.rasa.log()

    servers.start_actions()  # same port; the Rasa server is not restarted
    reply = texts(servers.send(sender, "what should i do"))
    assert reply[0].startswith("From what you've told me about") and "husband" in reply[0], reply
    assert reply[1] in variations("utter_ask_keep_plan")
    assert servers.rasa.alive()


def run_serve(env: Dict[str, str]) -> subprocess.CompletedProcess:
    port, actions_port = free_port(), free_port()
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "serve", "--port", str(port), "--actions-port", str(actions_port)],
        env=env, capture_output=True, text=True, timeout=120,
    )
    result.elapsed = time.monotonic() - started  # type: ignore[attr-defined]
    assert not port_open(port) and not port_open(actions_port)
    return result


def test_unreachable_postgres_at_start_is_a_one_line_error():
    closed = free_port()
    result = run_serve(mend_env(MEND_DB_URL=f"postgresql://mend:s3cret@127.0.0.1:{closed}/mend"))
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: cannot connect to the database in MEND_DB_URL "
                               f"(postgresql://mend:***@127.0.0.1:{closed}/mend): "), lines
    assert "s3cret" not in result.stderr + result.stdout
    assert result.elapsed < 30, f"took {result.elapsed:.0f}s"  # the imports; the check itself is instant


def test_unreachable_redis_at_start_is_a_one_line_error(tmp_path):
    closed = free_port()
    result = run_serve(mend_env(MEND_DB_URL=f"sqlite:///{tmp_path / 't.db'}",
                                MEND_REDIS_URL=f"redis://:s3cret@127.0.0.1:{closed}/0"))
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(
        f"error: cannot connect to Redis in MEND_REDIS_URL (redis://127.0.0.1:{closed}/0): "), lines
    assert "s3cret" not in result.stderr + result.stdout


def test_missing_postgres_database_is_a_one_line_error(postgres: PostgresServer):
    url = postgres.create_database("exists").rsplit("/", 1)[0] + "/no_such_db"
    result = run_serve(mend_env(MEND_DB_URL=url))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert "MEND_DB_URL" in result.stderr and "no_such_db" in result.stderr
