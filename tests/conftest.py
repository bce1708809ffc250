"""Shared fixtures: JSON tracker fixtures (tests/data/trackers) and a CollectingDispatcher."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Callable

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")

TRACKERS_DIR = Path(__file__).parent / "data" / "trackers"


def load_tracker(name: str) -> Tracker:
    with (TRACKERS_DIR / f"{name}.json").open(encoding="utf-8") as handle:
        return Tracker.from_dict(json.load(handle))


@pytest.fixture
def tracker() -> Callable[[str], Tracker]:
    return load_tracker


@pytest.fixture
def dispatcher() -> CollectingDispatcher:
    return CollectingDispatcher()


@pytest.fixture
def domain() -> dict:
    return {}


@pytest.fixture(scope="module")
def fake_api():
    """A fake Telegram Bot API on loopback (tests.test_telegram_unit.FakeBotApi)."""
    from tests.test_telegram_unit import TOKEN, FakeBotApi

    server = FakeBotApi(TOKEN)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def mend_with_telegram(tmp_path_factory, fake_api):
    """A running `mend serve` with the Telegram channel on, talking to the fake Bot API."""
    from tests.mend_server import MendServer
    from tests.test_telegram_unit import SECRET, TOKEN

    server = MendServer(
        tmp_path_factory.mktemp("mend-telegram"),
        env={"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_WEBHOOK_SECRET": SECRET, "TELEGRAM_API_BASE": fake_api.base},
    )
    yield server
    code = server.stop()
    assert code == 0, f"mend serve exited with {code}"


@pytest.fixture(scope="module")
def mend(tmp_path_factory):
    """A running `mend serve` (REST, socket.io, the chat page) for one test module."""
    from tests.mend_server import MendServer

    server = MendServer(tmp_path_factory.mktemp("mend"))
    yield server
    server.stop()


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium, headless, driven by Playwright (which never downloads a browser here)."""
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "install Debian's chromium (make chromium)"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
