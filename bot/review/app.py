"""`mend review`: a small read-only web app (aiohttp) over anonymised transcripts.

Every page but /login needs a session (pages redirect to /login, /api/ and /export answer 401).
Sessions are random server-side tokens in an HttpOnly, SameSite=Strict cookie; login and
logout are POST forms with a CSRF token; login is rate-limited per address. No JavaScript:
the CSP allows nothing but this app's stylesheet, forms and links.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import re
import secrets
from datetime import datetime, timezone
from typing import Any, Callable, Dict, List, Optional
from urllib.parse import urlencode

from aiohttp import web

from bot.review import auth, charts
from bot.review.templates import CSS, environment
from bot.transcripts.export import export_text
from bot.transcripts.filters import FilterError, TranscriptFilter, parse_date
from bot.transcripts.model import HORSEMEN, Transcript
from bot.transcripts.store import TranscriptReader

logger = logging.getLogger(__name__)

SESSION_COOKIE = "mend_review_session"
LOGIN_COOKIE = "mend_review_login"
CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'none'")
PUBLIC = {("GET", "/login"), ("POST", "/login"), ("GET", "/static/review.css")}
FILTER_KEYS = ("flagged", "topic", "horseman", "from", "to", "q")

READER = web.AppKey("reader", TranscriptReader)
CONFIG = web.AppKey("config", dict)
SESSIONS = web.AppKey("sessions", auth.SessionStore)
LIMITER = web.AppKey("limiter", auth.RateLimiter)
TEMPLATES = web.AppKey("templates", object)


def _date(timestamp: Optional[float]) -> str:
    if timestamp is None:
        return ""
    return datetime.fromtimestamp(timestamp, tz=timezone.utc).strftime("%Y-%m-%d %H:%M")


def filter_from_query(query) -> TranscriptFilter:
    horseman = (query.get("horseman") or "").strip() or None
    if horseman and horseman not in HORSEMEN:
        raise FilterError(f"horseman must be one of {', '.join(HORSEMEN)}")
    return TranscriptFilter(
        flagged_only=query.get("flagged") in ("1", "on", "true", "yes"),
        topic=(query.get("topic") or "").strip() or None,
        horseman=horseman,
        since=parse_date(query.get("from"), "from"),
        until=parse_date(query.get("to"), "to"),
        query=(query.get("q") or "").strip()[:200] or None,
    )


def summary(t: Transcript) -> Dict[str, Any]:
    data = t.to_dict()
    data.pop("turns")
    data["turns"] = t.user_turns
    return data


@web.middleware
async def security_headers(request: web.Request, handler):
    try:
        response = await handler(request)
    except web.HTTPException as error:
        response = error
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("X-Frame-Options", "DENY")
    # same-origin, not no-referrer: with no-referrer browsers send "Origin: null" on our own forms
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("Cache-Control", "no-store")
    response.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
    if isinstance(response, web.HTTPException):
        raise response
    return response


@web.middleware
async def require_session(request: web.Request, handler):
    if (request.method, request.path) in PUBLIC:
        return await handler(request)
    session = request.app[SESSIONS].get(request.cookies.get(SESSION_COOKIE))
    if session is None:
        if request.path.startswith(("/api/", "/export")):
            return web.json_response({"error": "login required"}, status=401)
        raise web.HTTPSeeOther("/login")
    request["session"] = session
    return await handler(request)


def render(request: web.Request, template: str, status: int = 200, **context: Any) -> web.Response:
    session = request.get("session")
    html = request.app[TEMPLATES].get_template(template).render(
        csrf=session.csrf if session else None, date=_date, **context
    )
    return web.Response(text=html, content_type="text/html", charset="utf-8", status=status)


def _cookie(response: web.StreamResponse, request: web.Request, name: str, value: str, max_age: Optional[int]) -> None:
    response.set_cookie(name, value, max_age=max_age, path="/", httponly=True, samesite="Strict",
                        secure=request.app[CONFIG]["secure_cookies"] or request.secure)


def _same_origin(request: web.Request) -> bool:
    """A form posted from this app: browsers send its Origin; a request without one (curl, an
    old browser) is judged by the CSRF token alone; "null" or another site is refused."""
    origin = request.headers.get("Origin")
    if origin is None:
        return True
    return origin.split("://", 1)[-1] == request.host


async def in_thread(request: web.Request, function: Callable, *args):
    return await asyncio.get_running_loop().run_in_executor(None, function, *args)


async def transcripts(request: web.Request) -> List[Transcript]:
    return await in_thread(request, request.app[READER].transcripts)


# ----------------------------------------------------------------------------- handlers


async def static_css(request: web.Request) -> web.Response:
    return web.Response(text=CSS, content_type="text/css")


def _login_page(request: web.Request, error: Optional[str] = None, status: int = 200) -> web.Response:
    # Kept while it exists, so two tabs (or a browser's second fetch of the page) agree.
    token = request.cookies.get(LOGIN_COOKIE) or ""
    if not re.fullmatch(r"[A-Za-z0-9_-]{32}", token):
        token = secrets.token_urlsafe(24)
    response = render(request, "login.html", status=status, error=error, login_csrf=token)
    _cookie(response, request, LOGIN_COOKIE, token, max_age=3600)
    return response


async def login_form(request: web.Request) -> web.Response:
    if request.app[SESSIONS].get(request.cookies.get(SESSION_COOKIE)):
        raise web.HTTPSeeOther("/")
    return _login_page(request)


async def login(request: web.Request) -> web.Response:
    if not request.app[LIMITER].allow(request.remote or "?"):
        return _login_page(request, "Too many attempts. Wait a minute and try again.", status=429)
    form = await request.post()
    expected = request.cookies.get(LOGIN_COOKIE, "")
    if not (_same_origin(request) and expected
            and hmac.compare_digest(str(form.get("csrf", "")), expected)):
        return _login_page(request, "The form expired. Please try again.", status=403)
    password = str(form.get("password", ""))
    ok = await in_thread(request, auth.verify_password, password, request.app[CONFIG]["password_hash"])
    if not ok:
        logger.info("Failed review login from %s", request.remote)
        return _login_page(request, "Wrong password.", status=401)
    session = request.app[SESSIONS].create()
    response = web.HTTPSeeOther("/")
    _cookie(response, request, SESSION_COOKIE, session.token, max_age=None)
    response.del_cookie(LOGIN_COOKIE, path="/")
    raise response


async def logout(request: web.Request) -> web.Response:
    form = await request.post()
    session = request["session"]
    if not (_same_origin(request) and hmac.compare_digest(str(form.get("csrf", "")), session.csrf)):
        return render(request, "message.html", status=403, title="Not logged out",
                      message="The form expired. Please use the Log out button again.")
    request.app[SESSIONS].delete(session.token)
    response = web.HTTPSeeOther("/login")
    response.del_cookie(SESSION_COOKIE, path="/")
    raise response


async def index(request: web.Request) -> web.Response:
    everything = await transcripts(request)
    error = None
    try:
        chosen = filter_from_query(request.query)
    except FilterError as problem:
        chosen, error = TranscriptFilter(), str(problem)
    shown = chosen.apply(everything)
    topics = sorted({topic for t in everything for topic in t.topics})
    query = urlencode([(k, request.query[k]) for k in FILTER_KEYS if request.query.get(k)])
    return render(request, "index.html", status=400 if error else 200, shown=shown,
                  total=len(everything), f=chosen, topics=topics, horsemen=HORSEMEN, query=query,
                  error=error, charts=charts.charts(shown))


async def conversation(request: web.Request) -> web.Response:
    found = await in_thread(request, request.app[READER].by_pseudonym, request.match_info["pseudonym"])
    if found is None:
        return render(request, "message.html", status=404, title="Not found",
                      message="No conversation has this pseudonym (it may have been deleted).")
    return render(request, "transcript.html", t=found)


async def export(request: web.Request) -> web.Response:
    fmt = request.query.get("format", "jsonl")
    if fmt not in ("jsonl", "csv"):
        return web.json_response({"error": "format must be jsonl or csv"}, status=400)
    try:
        chosen = filter_from_query(request.query)
    except FilterError as problem:
        return web.json_response({"error": str(problem)}, status=400)
    body = export_text(fmt, chosen.apply(await transcripts(request)))
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
    return web.Response(
        text=body, charset="utf-8",
        content_type="application/x-ndjson" if fmt == "jsonl" else "text/csv",
        headers={"Content-Disposition": f'attachment; filename="mend-transcripts-{stamp}.{fmt}"'},
    )


async def api_list(request: web.Request) -> web.Response:
    try:
        chosen = filter_from_query(request.query)
    except FilterError as problem:
        return web.json_response({"error": str(problem)}, status=400)
    shown = chosen.apply(await transcripts(request))
    return web.json_response({"conversations": [summary(t) for t in shown]},
                             dumps=lambda data: json.dumps(data, ensure_ascii=False))


async def api_conversation(request: web.Request) -> web.Response:
    found = await in_thread(request, request.app[READER].by_pseudonym, request.match_info["pseudonym"])
    if found is None:
        return web.json_response({"error": "not found"}, status=404)
    return web.json_response(found.to_dict(), dumps=lambda data: json.dumps(data, ensure_ascii=False))


def create_app(reader: TranscriptReader, password_hash: str, secure_cookies: bool = False,
               limiter: Optional[auth.RateLimiter] = None) -> web.Application:
    auth.check_hash_format(password_hash)
    app = web.Application(middlewares=[security_headers, require_session], client_max_size=64 * 1024)
    app[READER] = reader
    app[CONFIG] = {"password_hash": password_hash, "secure_cookies": secure_cookies}
    app[SESSIONS] = auth.SessionStore()
    app[LIMITER] = limiter or auth.RateLimiter()
    app[TEMPLATES] = environment()
    app.router.add_get("/static/review.css", static_css)
    app.router.add_get("/login", login_form)
    app.router.add_post("/login", login)
    app.router.add_post("/logout", logout)
    app.router.add_get("/", index)
    app.router.add_get("/c/{pseudonym}", conversation)
    app.router.add_get("/export", export)
    app.router.add_get("/api/conversations", api_list)
    app.router.add_get("/api/conversations/{pseudonym}", api_conversation)
    return app
