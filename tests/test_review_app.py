"""`mend review` in-process (aiohttp's test server): password hashes, login with CSRF token and
rate limit, session cookie flags, every page and API closed without a session, security
headers, and pages, API and exports that show no seeded PII."""

from __future__ import annotations

import asyncio
import re

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.privacy import Anonymiser, pseudonym
from bot.review import auth
from bot.review.app import CSP, create_app
from bot.transcripts.store import TranscriptReader, open_tracker_store
from tests.transcript_seed import FLAGGED, KEY, RECENT, seed
from tests.test_transcripts import assert_no_pii

PASSWORD = "correct horse battery"
HASH = auth.hash_password(PASSWORD, iterations=2000)
CLOSED = ["/", "/c/user-123", f"/c/{pseudonym(FLAGGED, KEY.encode())}", "/export?format=csv",
          "/api/conversations", f"/api/conversations/{pseudonym(FLAGGED, KEY.encode())}", "/nope"]


def test_hash_round_trip_and_format():
    encoded = auth.hash_password("s3cret-password")
    algorithm, iterations, salt, digest = encoded.split("$")
    assert algorithm == "pbkdf2_sha256" and int(iterations) == auth.ITERATIONS and salt and digest
    assert auth.verify_password("s3cret-password", encoded)
    assert not auth.verify_password("s3cret-passworD", encoded)
    assert auth.hash_password("x" * 10) != auth.hash_password("x" * 10)  # salted


@pytest.mark.parametrize("bad", ["", "plain", "md5$1$a$b", "pbkdf2_sha256$10$salt$aGk=", "pbkdf2_sha256$5000$salt$%%%"])
def test_bad_hashes_are_refused(bad):
    with pytest.raises(auth.PasswordHashError, match="mend review --hash-password"):
        auth.check_hash_format(bad)


def test_rate_limiter_allows_five_a_minute():
    limiter = auth.RateLimiter()
    assert [limiter.allow("1.2.3.4") for _ in range(6)] == [True] * 5 + [False]
    assert limiter.allow("5.6.7.8")


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    db = tmp_path_factory.mktemp("review") / "tracker.db"
    seed(db)
    reader = TranscriptReader(open_tracker_store(f"sqlite:///{db}"), Anonymiser(KEY.encode()))
    reader.transcripts()  # warm the cache once for the module
    return reader


def run(reader, scenario, **options):
    async def main():
        async with TestClient(TestServer(create_app(reader, HASH, **options))) as client:
            return await scenario(client)
    return asyncio.run(main())


async def login(client, password=PASSWORD):
    page = await (await client.get("/login")).text()
    token = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    return await client.post("/login", data={"csrf": token, "password": password}, allow_redirects=False)


def test_without_a_session_pages_redirect_and_apis_answer_401(reader):
    async def scenario(client):
        for path in CLOSED:
            response = await client.get(path, allow_redirects=False)
            if path.startswith(("/api/", "/export")):
                assert response.status == 401, path
                assert await response.json() == {"error": "login required"}
            else:
                assert response.status == 303 and response.headers["Location"] == "/login", path
        response = await client.post("/logout", allow_redirects=False)
        assert response.status == 303 and response.headers["Location"] == "/login"
        # a made-up session cookie is no session
        client.session.cookie_jar.update_cookies({"mend_review_session": "forged"})
        assert (await client.get("/api/conversations")).status == 401
    run(reader, scenario)


def test_login_needs_the_right_password_and_a_form_token(reader):
    async def scenario(client):
        wrong = await login(client, "wrong password")
        assert wrong.status == 401 and "Wrong password" in await wrong.text()
        no_token = await client.post("/login", data={"password": PASSWORD}, allow_redirects=False)
        assert no_token.status == 403
        cross_site = await client.post("/login", data={"password": PASSWORD, "csrf": "x"},
                                       headers={"Origin": "https://evil.example"}, allow_redirects=False)
        assert cross_site.status == 403
        right = await login(client)
        assert right.status == 303 and right.headers["Location"] == "/"
        cookie = right.headers.getall("Set-Cookie")
        session = next(c for c in cookie if c.startswith("mend_review_session="))
        assert "HttpOnly" in session and "SameSite=Strict" in session and "Path=/" in session
        assert (await client.get("/api/conversations")).status == 200
    run(reader, scenario)


def test_login_is_rate_limited(reader):
    async def scenario(client):
        statuses = [(await login(client, "nope nope")).status for _ in range(6)]
        assert statuses == [401] * 5 + [429]
        assert (await login(client)).status == 429  # even the right password, for a minute
    run(reader, scenario)


def test_pages_api_and_exports_show_no_pii(reader):
    async def scenario(client):
        await login(client)
        index = await client.get("/")
        html = await index.text()
        assert index.headers["Content-Security-Policy"] == CSP
        assert index.headers["X-Frame-Options"] == "DENY" and index.headers["Cache-Control"] == "no-store"
        assert "<script" not in html and "style=" not in html
        flagged, recent = pseudonym(FLAGGED, KEY.encode()), pseudonym(RECENT, KEY.encode())
        assert html.index(flagged) < html.index(recent)  # flagged first
        assert "<svg" in html and "criticism" in html
        page = await (await client.get(f"/c/{flagged}")).text()
        assert "my husband [PERSON_1] never listens to me" in page and "crisis_abuse" in page
        assert "⚠ abuse" in page
        api = await (await client.get("/api/conversations?flagged=1")).json()
        assert [c["pseudonym"] for c in api["conversations"]] == [flagged]
        one = await (await client.get(f"/api/conversations/{flagged}")).json()
        assert one["turns"][2]["text"] == "email me at [EMAIL_1] or call [PHONE_1]"
        csv_response = await client.get("/export?format=csv&flagged=1")
        assert csv_response.headers["Content-Disposition"].startswith("attachment;")
        jsonl = await (await client.get("/export?format=jsonl")).text()
        assert len(jsonl.splitlines()) == 3
        for text in (html, page, str(api), str(one), await csv_response.text(), jsonl):
            assert_no_pii(text)
        assert (await client.get("/c/user-000000000000")).status == 404
        assert (await client.get("/?from=yesterday")).status == 400
        assert (await client.get("/export?format=xml")).status == 400
    run(reader, scenario)


def test_html_is_escaped(reader):
    from bot.review.templates import environment
    html = environment().get_template("message.html").render(
        csrf=None, title="<script>alert(1)</script>", message="a & b")
    assert "<script>alert" not in html and "&lt;script&gt;" in html and "a &amp; b" in html


def test_logout_needs_the_session_token_and_ends_the_session(reader):
    async def scenario(client):
        await login(client)
        html = await (await client.get("/")).text()
        assert (await client.post("/logout", data={"csrf": "wrong"}, allow_redirects=False)).status == 403
        token = re.search(r'name="csrf" value="([^"]+)"', html).group(1)
        out = await client.post("/logout", data={"csrf": token}, allow_redirects=False)
        assert out.status == 303 and out.headers["Location"] == "/login"
        assert (await client.get("/api/conversations")).status == 401
    run(reader, scenario)
