"""`mend serve`: the action server and the Rasa server, supervised in the foreground.

Both run as child processes (only the Rasa server with --actions-url, for a Rasa server that
uses an action server running elsewhere, e.g. a second Rasa server behind a load balancer). SIGTERM or Ctrl-C stops both; if either dies, the other is
stopped too and `mend serve` exits with an error. Problems Mend can see before starting (no
model, a busy port, a bad setting, a database or Redis that does not answer) are reported in
one line, not a traceback.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional

from bot.paths import MODELS_DIR, PROJECT_ROOT, RUNTIME_DIR
from bot.preflight import ConnectionCheckError, check_connections
from bot.settings import (
    Settings,
    SettingsError,
    credentials_config,
    endpoints_config,
    write_yaml,
)

STOP_TIMEOUT_SECONDS = 15
READY_TIMEOUT_SECONDS = 300


class ServeError(RuntimeError):
    """Something that prevents serving; its message is shown to the operator as is."""


def child_environment() -> dict:
    env = dict(os.environ)
    env.setdefault("RASA_TELEMETRY_ENABLED", "false")
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    env.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
    return env


# Sanic closes a connection that has sent no request within its keep-alive timeout (5 s by
# default), a brand-new one too. Rasa opens a new connection for every custom action call, so a
# Rasa server busy with many conversations at once (its event loop late by over 5 s between
# connecting and writing) had action calls fail with "Cannot write to closing transport"
# (`make bench`, 50 concurrent conversations). The action server gives a connection 60 s.
ACTION_SERVER_KEEP_ALIVE_SECONDS = "60"


def action_server_environment(env: dict) -> dict:
    """The environment for the action server that `mend serve` starts."""
    env = dict(env)
    env.setdefault("SANIC_KEEP_ALIVE_TIMEOUT", ACTION_SERVER_KEEP_ALIVE_SECONDS)
    return env


def model_from_env() -> Optional[Path]:
    """MEND_MODEL: serve this model file instead of the newest in models/ (e.g. `make bench`)."""
    configured = os.environ.get("MEND_MODEL")
    if not configured:
        return None
    path = Path(configured)
    if not path.is_file():
        raise ServeError(f"MEND_MODEL={configured} is not a model file")
    return path


def latest_model(models_dir: Optional[Path] = None) -> Path:
    models_dir = models_dir or MODELS_DIR
    models = sorted(models_dir.glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    if not models:
        raise ServeError(f"no trained model in {models_dir}; run `make train` first")
    return models[-1]


def ensure_port_free(port: int, flag: str) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind(("0.0.0.0", port))
        except OSError:
            raise ServeError(f"port {port} is already in use; choose another with {flag}") from None


@dataclass
class ServerPlan:
    model: Path
    port: int
    actions_port: int
    endpoints: Path
    credentials: Path
    api_token: Optional[str]
    actions_url: Optional[str] = None  # an action server elsewhere: none is started here

    @property
    def runs_action_server(self) -> bool:
        return self.actions_url is None

    def action_server_command(self) -> List[str]:
        return [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(self.actions_port)]

    def rasa_command(self) -> List[str]:
        command = [
            sys.executable, "-m", "bot.rasa_server", "run",
            "--model", str(self.model),
            "--port", str(self.port),
            "--endpoints", str(self.endpoints),
            "--credentials", str(self.credentials),
            "--cors", "*",
        ]
        if self.api_token:
            command += ["--enable-api", "--auth-token", self.api_token]
        return command


def plan_servers(
    port: int,
    actions_port: int,
    settings: Optional[Settings] = None,
    actions_url: Optional[str] = None,
    check_services: bool = True,
) -> ServerPlan:
    """Checks everything that can be checked before starting (model, ports, settings, and that
    the database and Redis answer) and writes the endpoints and credentials for Rasa.
    With `actions_url`, Rasa uses that action server and none is started here."""
    settings = settings or Settings.from_env()
    if actions_url is None and port == actions_port:
        raise ServeError("--port and --actions-port must differ")
    model = model_from_env() or latest_model()
    ensure_port_free(port, "--port")
    if actions_url is None:
        ensure_port_free(actions_port, "--actions-port")
    run_dir = RUNTIME_DIR / f"run-{port}"
    try:
        endpoints_content = endpoints_config(settings, actions_port, actions_url)
        if check_services:
            check_connections(settings)
        endpoints = write_yaml(run_dir / "endpoints.yml", endpoints_content)
        # Holds the Telegram token and secret when Telegram is on: write_yaml makes it 0600.
        credentials = write_yaml(run_dir / "credentials.yml", credentials_config())
    except (SettingsError, ConnectionCheckError) as error:
        raise ServeError(str(error)) from None
    return ServerPlan(model, port, actions_port, endpoints, credentials, settings.api_token,
                      actions_url)


def wait_until_ready(url: str, process: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServeError(f"server stopped while starting (exit code {process.returncode})")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    raise ServeError(f"server not ready after {timeout:.0f}s: {url}")


def stop(processes: List[subprocess.Popen]) -> None:
    for process in processes:
        if process.poll() is None:
            process.terminate()
    deadline = time.monotonic() + STOP_TIMEOUT_SECONDS
    for process in processes:
        try:
            process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class _Stop(Exception):
    pass


def _raise_stop(signum: int, frame: object) -> None:
    raise _Stop()


def serve(port: int = 5005, actions_port: int = 5055, actions_url: Optional[str] = None) -> int:
    """Runs both servers (only Rasa with `actions_url`) until a signal arrives or one of them
    dies. Returns an exit code."""
    plan = plan_servers(port, actions_port, actions_url=actions_url)
    env = child_environment()
    processes: List[subprocess.Popen] = []
    names = {}
    previous = {s: signal.signal(s, _raise_stop) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        if plan.runs_action_server:
            actions = subprocess.Popen(plan.action_server_command(), cwd=PROJECT_ROOT,
                                       env=action_server_environment(env))
            processes.append(actions)
            names[actions.pid] = "action server"
        rasa = subprocess.Popen(plan.rasa_command(), cwd=PROJECT_ROOT, env=env)
        processes.append(rasa)
        names[rasa.pid] = "Rasa server"
        if plan.runs_action_server:
            wait_until_ready(f"http://127.0.0.1:{actions_port}/health", actions, READY_TIMEOUT_SECONDS)
        wait_until_ready(f"http://127.0.0.1:{port}/", rasa, READY_TIMEOUT_SECONDS)
        print(
            f"Mend is ready. Chat at http://localhost:{port}/ "
            f"(REST: POST http://localhost:{port}/webhooks/rest/webhook)",
            flush=True,
        )
        while all(p.poll() is None for p in processes):
            time.sleep(0.5)
        dead = next(p for p in processes if p.poll() is not None)
        print(f"error: the {names[dead.pid]} stopped (exit code {dead.returncode}); stopping Mend",
              file=sys.stderr)
        return 1
    except _Stop:
        return 0
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        stop(processes)
