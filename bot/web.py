"""The chat page and the embeddable widget, served by the Rasa server itself.

`mend serve` starts Rasa through bot.rasa_server, which puts `add_widget_routes` where Rasa
would add its "Hello from Rasa" root route: http://localhost:5005/ is the chat page, and any
site can embed the widget with one tag:
    <script src="https://mend.example/widget.js" defer></script>
"""

from __future__ import annotations

from pathlib import Path
from typing import Dict

from sanic import Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.paths import PROJECT_ROOT

WEB_DIR = PROJECT_ROOT / "web"
SOCKET_IO_CLIENT = WEB_DIR / "node_modules" / "socket.io-client" / "dist" / "socket.io.min.js"

FILES: Dict[str, tuple] = {
    "/": (WEB_DIR / "index.html", "text/html; charset=utf-8"),
    "/widget.js": (WEB_DIR / "widget.js", "application/javascript; charset=utf-8"),
    "/widget.css": (WEB_DIR / "widget.css", "text/css; charset=utf-8"),
    "/vendor/socket.io.min.js": (SOCKET_IO_CLIENT, "application/javascript; charset=utf-8"),
}
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": (
        "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:; "
        "style-src 'self'; script-src 'self'; frame-ancestors 'none'"
    ),
}


def _serve(path: Path, content_type: str, page: bool) -> HTTPResponse:
    if not path.is_file():
        return response.text(f"{path.name} is missing: run `make web`", status=503)
    headers = dict(SECURITY_HEADERS) if page else {"X-Content-Type-Options": "nosniff"}
    headers["Cache-Control"] = "no-cache"
    if not page:
        headers["Access-Control-Allow-Origin"] = "*"  # the widget is embeddable anywhere
    return response.raw(path.read_bytes(), content_type=content_type, headers=headers)


def add_widget_routes(app: Sanic) -> None:
    for route, (path, content_type) in FILES.items():

        async def handler(request: Request, _path: Path = path, _type: str = content_type) -> HTTPResponse:
            return _serve(_path, _type, page=_type.startswith("text/html"))

        app.add_route(handler, route, methods=["GET"], name=f"mend_web_{route.strip('/') or 'index'}".replace(".", "_").replace("/", "_"))
