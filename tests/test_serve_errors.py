"""`mend serve` refuses to start with a one-line error, never a traceback."""

import socket
import subprocess
import sys

import pytest

from bot import serve
from bot.serve import ServeError, ensure_port_free, latest_model


def test_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(ServeError, match="no trained model .* run `make train`"):
        latest_model(tmp_path)


def test_busy_port_is_a_clear_error():
    with socket.socket() as busy:
        busy.bind(("0.0.0.0", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(ServeError, match=f"port {port} is already in use.*--port"):
            ensure_port_free(port, "--port")


def test_cli_prints_one_line_for_a_busy_port(monkeypatch, tmp_path):
    (tmp_path / "m.tar.gz").write_bytes(b"")
    with socket.socket() as busy:
        busy.bind(("0.0.0.0", 0))
        busy.listen()
        port = busy.getsockname()[1]
        code = (
            "import sys, bot.serve as s, pathlib;"
            f"s.MODELS_DIR = pathlib.Path({str(tmp_path)!r});"
            "from bot.cli import main;"
            f"main(['serve', '--port', '{port}', '--actions-port', '0'])"
        )
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
        )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"error: port {port} is already in use; choose another with --port"
    ]


def test_same_ports_are_refused():
    with pytest.raises(ServeError, match="must differ"):
        serve.plan_servers(port=5999, actions_port=5999)
