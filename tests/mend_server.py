"""Starts `mend serve` on free ports for end-to-end tests and talks to it over REST."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Dict, List, Optional

from actions.messages import load_messages
from bot.paths import PROJECT_ROOT
from tests.test_content import domain


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class MendServer:
    """A running `mend serve` with its own SQLite tracker store in `workdir`."""

    def __init__(self, workdir: Path, env: Optional[Dict[str, str]] = None) -> None:
        """`env` is added to the server's environment (e.g. the TELEGRAM_* settings)."""
        self.db = workdir / "tracker.db"
        self.port, self.actions_port = free_port(), free_port()
        server_env = dict(os.environ, MEND_DB_URL=f"sqlite:///{self.db}", RASA_TELEMETRY_ENABLED="false")
        server_env.pop("MEND_API_TOKEN", None)
        server_env.update(env or {})
        self.log_path = workdir / "serve.log"
        self._log = self.log_path.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "serve", "--port", str(self.port),
             "--actions-port", str(self.actions_port)],
            cwd=PROJECT_ROOT, env=server_env, stdout=self._log, stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 240
        while "Mend is ready" not in self.log():
            assert self.process.poll() is None, self.log()[-3000:]
            assert time.monotonic() < deadline, "mend serve did not become ready"
            time.sleep(0.5)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def send(self, sender: str, message: object) -> List[Dict]:
        body = json.dumps({"sender": sender, "message": message}).encode()
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}/webhooks/rest/webhook",
            data=body,
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            assert response.status == 200
            return json.loads(response.read())

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=60)
        self._log.close()
        return self.process.returncode


def variations(*names: str, partner: str = "partner") -> List[str]:
    """Every text the bot may send for these domain responses or action messages."""
    responses, messages = domain()["responses"], load_messages()
    found = []
    for name in names:
        for variation in responses.get(name) or messages.get(name) or []:
            found.append(variation["text"].replace("{partner}", partner))
    assert found, names
    return found


def texts(messages: List[Dict]) -> List[str]:
    return [m.get("text", "") for m in messages]
