"""`mend serve` options used by `make bench`: MEND_MODEL, and the action server's keep-alive."""

from __future__ import annotations

import pytest

from bot.serve import ServeError, action_server_environment, model_from_env


def test_mend_model_picks_a_model_file(tmp_path, monkeypatch):
    model = tmp_path / "stock.tar.gz"
    model.write_bytes(b"")
    monkeypatch.setenv("MEND_MODEL", str(model))
    assert model_from_env() == model


def test_without_mend_model_the_newest_model_is_used(monkeypatch):
    monkeypatch.delenv("MEND_MODEL", raising=False)
    assert model_from_env() is None


def test_a_missing_mend_model_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("MEND_MODEL", str(tmp_path / "nope.tar.gz"))
    with pytest.raises(ServeError, match="MEND_MODEL=.*is not a model file"):
        model_from_env()


def test_action_server_keeps_new_connections_open_long_enough():
    assert action_server_environment({})["SANIC_KEEP_ALIVE_TIMEOUT"] == "60"
    assert action_server_environment({"SANIC_KEEP_ALIVE_TIMEOUT": "10"})["SANIC_KEEP_ALIVE_TIMEOUT"] == "10"
