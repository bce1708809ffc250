"""Real PostgreSQL and Redis servers, and Mend's own servers, as processes for e2e tests.

PostgreSQL and Redis come from Debian's packages (installed here when missing and running as
root) and run on loopback, on free ports, in temporary directories; they are started once per
pytest session (the `postgres` and `redis_server` fixtures; import them into a test module)
and stopped at its end, even when tests fail. Every process started here is stopped by the
fixture or context manager that started it, and failure messages carry the tail of its log.
"""

from __future__ import annotations

import glob
import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from contextlib import suppress
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

import pytest

from bot.paths import PROJECT_ROOT

START_TIMEOUT = 60
READY_TIMEOUT = 240


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def tail(path: Path, chars: int = 3000) -> str:
    try:
        text = Path(path).read_text(errors="replace")
    except FileNotFoundError:
        return f"(no log at {path})"
    return text[-chars:]


def port_open(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(0.5)
        return probe.connect_ex(("127.0.0.1", port)) == 0


# --- Debian packages -------------------------------------------------------------------------

def _postgres_bin() -> Optional[Path]:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def ensure_debian_packages() -> Tuple[Path, str]:
    """PostgreSQL's bin directory and redis-server's path, installing them if missing."""
    missing = []
    if _postgres_bin() is None:
        missing.append("postgresql")
    if shutil.which("redis-server") is None:
        missing.append("redis-server")
    if missing:
        if os.geteuid() != 0:
            pytest.fail(
                f"these tests need {' and '.join(missing)}: run `sudo apt-get install -y "
                f"{' '.join(missing)}` (or run the tests as root to install them automatically)",
                pytrace=False,
            )
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", *missing]):
            result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
            if result.returncode != 0:
                pytest.fail(f"`{' '.join(command)}` failed:\n{result.stdout[-2000:]}{result.stderr[-2000:]}",
                            pytrace=False)
    bin_dir, redis = _postgres_bin(), shutil.which("redis-server")
    assert bin_dir is not None and redis is not None, "postgresql/redis-server still missing"
    return bin_dir, redis


def run_as(user: Optional[str]) -> Dict[str, object]:
    """Popen arguments that run a child as `user` (only its own groups), or as ourselves."""
    if user is None:
        return {}
    account = pwd.getpwnam(user)
    return {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}


# --- processes ---------------------------------------------------------------------------------

class Process:
    """A child process whose output goes to a log file; `stop()` is safe to call twice."""

    def __init__(self, name: str, command: List[str], log_path: Path, env: Optional[Dict[str, str]] = None,
                 cwd: Path = PROJECT_ROOT, user: Optional[str] = None) -> None:
        self.name = name
        self.command = command
        self.log_path = log_path
        self._log = log_path.open("ab")
        self.process = subprocess.Popen(
            command, cwd=cwd, env=env, stdout=self._log, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True, **run_as(user),
        )

    @property
    def pid(self) -> int:
        return self.process.pid

    def alive(self) -> bool:
        return self.process.poll() is None

    def log(self) -> str:
        return tail(self.log_path, 10**9)

    def tail(self, chars: int = 3000) -> str:
        return f"--- last lines of the {self.name} log ({self.log_path}) ---\n{tail(self.log_path, chars)}"

    def wait_for(self, ready: Callable[[], bool], timeout: float = READY_TIMEOUT) -> None:
        deadline = time.monotonic() + timeout
        while not ready():
            if not self.alive():
                raise AssertionError(
                    f"{self.name} exited with code {self.process.returncode} while starting\n{self.tail()}"
                )
            if time.monotonic() > deadline:
                raise AssertionError(f"{self.name} not ready after {timeout:.0f}s\n{self.tail()}")
            time.sleep(0.3)

    def kill9(self) -> None:
        with suppress(ProcessLookupError):
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 30) -> Optional[int]:
        if self.alive():
            with suppress(ProcessLookupError):
                os.kill(self.process.pid, sig)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                with suppress(ProcessLookupError):
                    os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=30)
        # the process group may still hold children (`mend serve` stops its own)
        with suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, signal.SIGKILL)
        if not self._log.closed:
            self._log.close()
        return self.process.returncode


def http_ok(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except (OSError, urllib.error.URLError):
        return False


# --- PostgreSQL ----------------------------------------------------------------------------------

class PostgresServer:
    """A throwaway PostgreSQL cluster on 127.0.0.1:<free port>, trust auth, in a temp dir.

    PostgreSQL refuses to run as root, so as root it runs as the `postgres` OS user (created
    by Debian's package) in a directory owned by that user."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.port = free_port()
        self.user = "postgres" if os.geteuid() == 0 else None
        self.root = Path(tempfile.mkdtemp(prefix="mend-pg-"))
        self.data = self.root / "data"
        self.log_path = self.root / "postgres.log"
        if self.user:
            account = pwd.getpwnam(self.user)
            os.chmod(self.root, 0o700)
            os.chown(self.root, account.pw_uid, account.pw_gid)
        self.superuser = self.user or pwd.getpwuid(os.geteuid()).pw_name
        self.process: Optional[Process] = None

    def start(self) -> "PostgresServer":
        result = subprocess.run(
            [str(self.bin_dir / "initdb"), "-D", str(self.data), "-U", self.superuser,
             "--auth=trust", "-E", "UTF8", "--no-sync"],
            capture_output=True, text=True, cwd=self.root, timeout=120, **run_as(self.user),
        )
        assert result.returncode == 0, f"initdb failed:\n{result.stdout[-2000:]}{result.stderr[-2000:]}"
        self.process = Process(
            "PostgreSQL",
            [str(self.bin_dir / "postgres"), "-D", str(self.data), "-p", str(self.port),
             "-h", "127.0.0.1", "-k", str(self.root), "-c", "fsync=off",
             "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=200"],
            self.log_path, cwd=self.root, user=self.user,
        )
        self.process.wait_for(lambda: self._accepts_connections(), START_TIMEOUT)
        return self

    def _accepts_connections(self) -> bool:
        import psycopg2

        try:
            psycopg2.connect(host="127.0.0.1", port=self.port, user=self.superuser,
                             dbname="postgres", connect_timeout=2).close()
            return True
        except psycopg2.OperationalError:
            return False

    def connect(self, dbname: str = "postgres"):
        import psycopg2

        connection = psycopg2.connect(host="127.0.0.1", port=self.port, user=self.superuser,
                                      dbname=dbname, connect_timeout=5)
        connection.autocommit = True
        return connection

    def create_database(self, prefix: str = "mend") -> str:
        """A new, empty database owned by a new role; returns its postgresql:// URL."""
        name = f"{prefix}_{uuid.uuid4().hex[:8]}"
        connection = self.connect()
        try:
            with connection.cursor() as cursor:
                cursor.execute(f"CREATE ROLE {name} LOGIN PASSWORD 'pw-{name}'")
                cursor.execute(f"CREATE DATABASE {name} OWNER {name}")
        finally:
            connection.close()
        return f"postgresql://{name}:pw-{name}@127.0.0.1:{self.port}/{name}"

    def events(self, db_url: str, sender_id: Optional[str] = None) -> Dict[str, List[dict]]:
        """sender id -> the tracker store's events in the order they were stored."""
        import psycopg2

        connection = psycopg2.connect(db_url)
        try:
            with connection.cursor() as cursor:
                if sender_id is None:
                    cursor.execute("SELECT sender_id, data FROM events ORDER BY id")
                else:
                    cursor.execute("SELECT sender_id, data FROM events WHERE sender_id = %s ORDER BY id",
                                   (sender_id,))
                found: Dict[str, List[dict]] = {}
                for sender, data in cursor.fetchall():
                    found.setdefault(sender, []).append(json.loads(data))
                return found
        finally:
            connection.close()

    def tail(self) -> str:
        return self.process.tail() if self.process else ""

    def stop(self) -> None:
        if self.process is not None:
            self.process.stop(signal.SIGINT)  # "fast" shutdown
        shutil.rmtree(self.root, ignore_errors=True)


# --- Redis ---------------------------------------------------------------------------------------

class RedisServer:
    def __init__(self, binary: str) -> None:
        self.binary = binary
        self.port = free_port()
        self.root = Path(tempfile.mkdtemp(prefix="mend-redis-"))
        self.process: Optional[Process] = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def client(self):
        import redis

        return redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=5)

    def start(self) -> "RedisServer":
        self.process = Process(
            "Redis",
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--daemonize", "no", "--dir", str(self.root)],
            self.root / "redis.log", cwd=self.root,
        )
        self.process.wait_for(lambda: port_open(self.port), START_TIMEOUT)
        return self

    def stop(self) -> None:
        if self.process is not None:
            self.process.stop()
        shutil.rmtree(self.root, ignore_errors=True)


# --- session-wide fixtures (import them into the test module) ------------------------------------

_SHARED: Dict[str, object] = {}


def _shared(request: pytest.FixtureRequest, name: str, start: Callable[[], object]) -> object:
    """One instance per pytest session, however many modules import the fixture; stopped when
    the session ends (config cleanup runs even after failures and Ctrl-C)."""
    if name not in _SHARED:
        service = start()
        _SHARED[name] = service

        def cleanup() -> None:
            _SHARED.pop(name, None)
            service.stop()  # type: ignore[attr-defined]

        request.config.add_cleanup(cleanup)
    return _SHARED[name]


@pytest.fixture(scope="session")
def postgres(request: pytest.FixtureRequest) -> PostgresServer:
    def start() -> PostgresServer:
        bin_dir, _ = ensure_debian_packages()
        server = PostgresServer(bin_dir)
        try:
            return server.start()
        except BaseException:
            server.stop()
            raise

    return _shared(request, "postgres", start)  # type: ignore[return-value]


@pytest.fixture(scope="session")
def redis_server(request: pytest.FixtureRequest) -> RedisServer:
    def start() -> RedisServer:
        _, binary = ensure_debian_packages()
        server = RedisServer(binary)
        try:
            return server.start()
        except BaseException:
            server.stop()
            raise

    return _shared(request, "redis", start)  # type: ignore[return-value]


# --- Mend's servers --------------------------------------------------------------------------------

def mend_env(**settings: str) -> Dict[str, str]:
    """The environment for Mend's servers: this one, without settings that would change them."""
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="3",
               SQLALCHEMY_SILENCE_UBER_WARNING="1", PYTHONDONTWRITEBYTECODE="1")
    for name in ("MEND_API_TOKEN", "MEND_REDIS_URL", "MEND_DB_URL", "TELEGRAM_BOT_TOKEN"):
        env.pop(name, None)
    env.update(settings)
    return env


class MendServe(Process):
    """`mend serve` (the supervisor) with extra arguments, e.g. --actions-url."""

    def __init__(self, workdir: Path, env: Dict[str, str], port: Optional[int] = None,
                 actions_port: Optional[int] = None, extra: Tuple[str, ...] = (), name: str = "mend serve") -> None:
        self.port = port or free_port()
        self.actions_port = actions_port or free_port()
        super().__init__(
            name,
            [sys.executable, "-m", "bot.cli", "serve", "--port", str(self.port),
             "--actions-port", str(self.actions_port), *extra],
            workdir / f"{name.replace(' ', '-')}-{self.port}.log", env=env,
        )

    def wait_ready(self, timeout: float = READY_TIMEOUT) -> "MendServe":
        self.wait_for(lambda: "Mend is ready" in self.log(), timeout)
        return self

    def send(self, sender: str, message: str, timeout: float = 60) -> List[dict]:
        return rest_send(self.port, sender, message, timeout)


def rest_send(port: int, sender: str, message: str, timeout: float = 60) -> List[dict]:
    """POSTs to the REST webhook; returns the bot's messages (raises on a non-200)."""
    body = json.dumps({"sender": sender, "message": message}).encode()
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/webhooks/rest/webhook", data=body,
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:
        assert response.status == 200, response.status
        return json.loads(response.read())


def user_and_bot_turns(events: List[dict]) -> List[Tuple[str, List[str]]]:
    """[(user text, [bot texts that followed it before the next user message])]."""
    turns: List[Tuple[str, List[str]]] = []
    for event in events:
        if event.get("event") == "user":
            turns.append((event.get("text") or "", []))
        elif event.get("event") == "bot" and turns:
            turns[-1][1].append(event.get("text") or "")
    return turns
