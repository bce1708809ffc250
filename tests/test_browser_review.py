"""`mend review` in a real browser: Playwright drives Debian's Chromium (headless) against the
app started as a user starts it, on a store seeded with PII. Login (wrong, then right), the list,
the flagged filter, a transcript, a CSV download and logout; nothing is open without a session,
and no page shows any seeded PII."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from playwright.sync_api import expect

from bot.paths import PROJECT_ROOT
from bot.privacy import pseudonym
from bot.review.auth import hash_password
from tests.mend_server import free_port
from tests.test_transcripts import assert_no_pii
from tests.transcript_seed import FLAGGED, KEY, seed

pytestmark = pytest.mark.e2e

PASSWORD = "practitioner passphrase"


@pytest.fixture(scope="module")
def review(tmp_path_factory):
    root = tmp_path_factory.mktemp("review-e2e")
    seed(root / "tracker.db")
    port = free_port()
    env = dict(os.environ, MEND_DB_URL=f"sqlite:///{root / 'tracker.db'}", MEND_PSEUDONYM_KEY=KEY,
               MEND_REVIEW_PASSWORD_HASH=hash_password(PASSWORD, iterations=5000),
               RASA_TELEMETRY_ENABLED="false")
    log = (root / "review.log").open("w")
    process = subprocess.Popen([sys.executable, "-m", "bot.cli", "review", "--port", str(port)],
                               cwd=PROJECT_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 180
    while "Mend review is ready" not in (root / "review.log").read_text():
        assert process.poll() is None, (root / "review.log").read_text()[-3000:]
        assert time.monotonic() < deadline, "mend review did not start"
        time.sleep(0.3)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=30)
    log.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    yield page
    context.close()


def log_in(page, base: str, password: str = PASSWORD) -> None:
    page.goto(f"{base}/login")
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()


def test_nothing_is_open_without_a_session(page, review):
    flagged = pseudonym(FLAGGED, KEY.encode())
    for path in ("/", f"/c/{flagged}", "/?flagged=1"):
        page.goto(f"{review}{path}")
        expect(page).to_have_url(f"{review}/login")
    for path in ("/api/conversations", f"/api/conversations/{flagged}", "/export?format=jsonl"):
        response = page.request.get(f"{review}{path}")
        assert response.status == 401 and response.json() == {"error": "login required"}, path


def test_review_session(page, review, tmp_path):
    flagged = pseudonym(FLAGGED, KEY.encode())
    log_in(page, review, "not the password")
    expect(page.get_by_role("alert")).to_have_text("Wrong password.")
    expect(page).to_have_url(f"{review}/login")

    log_in(page, review)
    expect(page).to_have_url(f"{review}/")
    rows = page.locator("table[aria-label=Conversations] tbody tr")
    expect(rows).to_have_count(3)
    expect(rows.first).to_have_attribute("data-pseudonym", flagged)  # flagged first
    expect(page.locator("svg[role=img]").first).to_be_visible()
    assert_no_pii(page.content())

    page.get_by_label("Flagged only").check()
    page.get_by_role("button", name="Apply").click()
    expect(rows).to_have_count(1)
    assert "flagged=1" in page.url

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Export CSV").click()
    csv_path = tmp_path / "export.csv"
    download_info.value.save_as(csv_path)
    exported = csv_path.read_text()
    assert exported.startswith("conversation,turn") and flagged in exported
    assert_no_pii(exported)

    page.get_by_role("link", name=flagged).click()
    expect(page).to_have_url(f"{review}/c/{flagged}")
    expect(page.get_by_text("my husband [PERSON_1] never listens to me")).to_be_visible()
    expect(page.locator(".badge.safety").first).to_be_visible()
    assert_no_pii(page.content())

    page.get_by_role("button", name="Log out").click()
    expect(page).to_have_url(f"{review}/login")
    page.goto(f"{review}/")
    expect(page).to_have_url(f"{review}/login")
    assert page.request.get(f"{review}/api/conversations").status == 401
