"""Rasa's HTTP API is on only with MEND_API_TOKEN, and then only with that token."""

from __future__ import annotations

import urllib.error
import urllib.request
from typing import Iterator

import pytest

from tests.mend_server import MendServer

pytestmark = pytest.mark.e2e

TOKEN = "test-token-not-a-secret"


def status(port: int, query: str = "") -> int:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/status{query}", timeout=10) as r:
            return r.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.fixture(scope="module")
def mend_with_api(tmp_path_factory) -> Iterator[MendServer]:
    server = MendServer(tmp_path_factory.mktemp("mend-api"), env={"MEND_API_TOKEN": TOKEN})
    yield server
    server.stop()


def test_api_needs_the_token(mend_with_api: MendServer):
    assert status(mend_with_api.port) == 401
    assert status(mend_with_api.port, "?token=wrong") == 401
    assert status(mend_with_api.port, f"?token={TOKEN}") == 200
    assert TOKEN not in mend_with_api.log()


def test_api_is_off_without_a_token(tmp_path):
    server = MendServer(tmp_path)
    try:
        assert status(server.port) == 404
        assert status(server.port, f"?token={TOKEN}") == 404
    finally:
        server.stop()
