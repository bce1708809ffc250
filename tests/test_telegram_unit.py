"""The Telegram channel without a model: settings, `mend telegram set-webhook`, update parsing,
and what the output channel sends, against a fake Bot API server on loopback.

FakeBotApi is also used by the end-to-end test (tests/test_telegram.py).
"""

from __future__ import annotations

import asyncio
import stat
import threading
from typing import Any, Dict, List, Optional, Tuple

import pytest
from aiohttp import web

from bot.channels.telegram import (
    EXPIRED_BUTTON,
    MAX_CALLBACK_DATA_BYTES,
    BotApi,
    CallbackPayloads,
    Incoming,
    MendTelegramInput,
    MendTelegramOutput,
    TelegramApiError,
    inline_keyboard,
    parse_update,
    secret_matches,
    split_text,
)
from bot.cli import main
from bot.settings import TELEGRAM_CHANNEL, SettingsError, credentials_config, write_yaml

TOKEN = "123456:TEST-token_for-mend"
SECRET = "test-secret_0123456789"


class FakeBotApi:
    """A Bot API stand-in on 127.0.0.1 (its own thread and loop). Records every call to
    /bot<token>/<method> and answers {"ok": true, "result": ...}; a wrong token gets 401, and
    `fail[method] = (code, description)` makes a method fail the way Telegram does."""

    def __init__(self, token: str = TOKEN) -> None:
        self.token = token
        self.fail: Dict[str, Tuple[int, str]] = {}
        self._calls: List[Tuple[str, Dict[str, Any]]] = []
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._started = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        assert self._started.wait(10), "fake Bot API did not start"

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def calls(self, method: Optional[str] = None) -> List[Dict[str, Any]]:
        with self._lock:
            return [body for name, body in self._calls if method is None or name == method]

    def all_calls(self) -> List[Tuple[str, Dict[str, Any]]]:
        with self._lock:
            return list(self._calls)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app)
        self._loop.run_until_complete(self._runner.setup())
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        self._loop.run_until_complete(site.start())
        self.port = self._runner.addresses[0][1]
        self._started.set()
        self._loop.run_forever()

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        try:
            body = await request.json()
        except ValueError:
            body = {}
        with self._lock:
            self._calls.append((method, body))
        if request.match_info["token"] != self.token:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        if method in self.fail:
            code, description = self.fail[method]
            return web.json_response({"ok": False, "error_code": code, "description": description}, status=code)
        if method == "sendMessage":
            result: Any = {
                "message_id": len(self.calls("sendMessage")),
                "date": 1700000000,
                "chat": {"id": body.get("chat_id"), "type": "private"},
                "text": body.get("text"),
            }
        else:
            result = True
        return web.json_response({"ok": True, "result": result})

    def stop(self) -> None:
        async def shutdown() -> None:
            await self._runner.cleanup()

        asyncio.run_coroutine_threadsafe(shutdown(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)


@pytest.fixture
def fake_api():
    server = FakeBotApi()
    yield server
    server.stop()


# --- settings -------------------------------------------------------------------------------


def test_telegram_is_off_without_a_token():
    config = credentials_config({})
    assert TELEGRAM_CHANNEL not in config
    assert "bot.channels.rest.MendRestInput" in config


def test_the_token_turns_telegram_on_with_the_default_api():
    config = credentials_config({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_WEBHOOK_SECRET": SECRET})
    assert config[TELEGRAM_CHANNEL] == {
        "access_token": TOKEN,
        "webhook_secret": SECRET,
        "api_base": "https://api.telegram.org",
    }
    assert "bot.channels.rest.MendRestInput" in config


def test_the_api_base_is_configurable():
    config = credentials_config({
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_WEBHOOK_SECRET": SECRET,
        "TELEGRAM_API_BASE": "http://127.0.0.1:8081/",
    })
    assert config[TELEGRAM_CHANNEL]["api_base"] == "http://127.0.0.1:8081"


def test_a_token_without_a_secret_is_refused():
    with pytest.raises(SettingsError) as error:
        credentials_config({"TELEGRAM_BOT_TOKEN": TOKEN})
    assert str(error.value) == "TELEGRAM_WEBHOOK_SECRET must be set when TELEGRAM_BOT_TOKEN is"


@pytest.mark.parametrize(
    "env, setting",
    [
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_WEBHOOK_SECRET": "has spaces"}, "TELEGRAM_WEBHOOK_SECRET"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_WEBHOOK_SECRET": "x" * 257}, "TELEGRAM_WEBHOOK_SECRET"),
        ({"TELEGRAM_BOT_TOKEN": "not/a token", "TELEGRAM_WEBHOOK_SECRET": SECRET}, "TELEGRAM_BOT_TOKEN"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_WEBHOOK_SECRET": SECRET,
          "TELEGRAM_API_BASE": "api.telegram.org"}, "TELEGRAM_API_BASE"),
    ],
    ids=["secret-chars", "secret-length", "token", "api-base"],
)
def test_bad_telegram_settings_name_the_setting_and_hide_secrets(env, setting):
    with pytest.raises(SettingsError, match=setting) as error:
        credentials_config(env)
    assert env["TELEGRAM_WEBHOOK_SECRET"] not in str(error.value)
    assert env["TELEGRAM_BOT_TOKEN"] not in str(error.value)


def test_generated_files_are_private(tmp_path):
    path = tmp_path / "run" / "credentials.yml"
    path.parent.mkdir()
    path.write_text("old")
    path.chmod(0o644)  # an older, world-readable file is replaced, not reused
    write_yaml(path, {TELEGRAM_CHANNEL: {"access_token": TOKEN}})
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert TOKEN in path.read_text()
    assert [p.name for p in path.parent.iterdir()] == ["credentials.yml"]


# --- mend telegram set-webhook --------------------------------------------------------------


def run_cli(argv: List[str], capsys) -> Tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    out, err = capsys.readouterr()
    return exit_.value.code, out, err


@pytest.fixture
def telegram_env(monkeypatch, fake_api):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", SECRET)
    monkeypatch.setenv("TELEGRAM_API_BASE", fake_api.base)
    return fake_api


def test_set_webhook_registers_the_url_and_the_secret(telegram_env, capsys):
    url = "https://mend.example/webhooks/telegram/webhook"
    code, out, err = run_cli(["telegram", "set-webhook", url], capsys)
    assert code == 0, err
    assert out.strip().splitlines() == [f"Telegram webhook set to {url} (updates: message, callback_query)"]
    assert telegram_env.all_calls() == [(
        "setWebhook",
        {"url": url, "secret_token": SECRET, "allowed_updates": ["message", "callback_query"]},
    )]


def test_set_webhook_reports_a_refusal_in_one_line(telegram_env, capsys):
    telegram_env.fail["setWebhook"] = (400, "Bad Request: bad webhook: Failed to resolve host")
    code, out, err = run_cli(["telegram", "set-webhook", "https://nowhere.invalid/x"], capsys)
    assert code == 1
    assert err.strip().splitlines() == [
        "error: could not set the Telegram webhook: setWebhook: Bad Request: bad webhook: Failed to resolve host"
    ]
    assert TOKEN not in err + out


def test_set_webhook_reports_a_wrong_token(telegram_env, monkeypatch, capsys):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "999:wrong")
    code, _, err = run_cli(["telegram", "set-webhook", "https://mend.example/w"], capsys)
    assert code == 1
    assert err.strip().splitlines() == ["error: could not set the Telegram webhook: setWebhook: Unauthorized"]


def test_set_webhook_reports_an_unreachable_api(monkeypatch, capsys):
    from tests.mend_server import free_port

    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", SECRET)
    monkeypatch.setenv("TELEGRAM_API_BASE", f"http://127.0.0.1:{free_port()}")
    code, _, err = run_cli(["telegram", "set-webhook", "https://mend.example/w"], capsys)
    assert code == 1
    assert len(err.strip().splitlines()) == 1
    assert "could not reach http://127.0.0.1:" in err and TOKEN not in err


@pytest.mark.parametrize(
    "env, message",
    [
        ({}, "error: TELEGRAM_BOT_TOKEN must be set to register the Telegram webhook"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN}, "error: TELEGRAM_WEBHOOK_SECRET must be set when TELEGRAM_BOT_TOKEN is"),
    ],
    ids=["no-token", "no-secret"],
)
def test_set_webhook_needs_the_environment(monkeypatch, capsys, env, message):
    for name in ("TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET", "TELEGRAM_API_BASE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    code, _, err = run_cli(["telegram", "set-webhook", "https://mend.example/w"], capsys)
    assert code == 2
    assert err.strip().splitlines() == [message]


def test_set_webhook_needs_https(telegram_env, capsys):
    code, _, err = run_cli(["telegram", "set-webhook", "http://mend.example/w"], capsys)
    assert code == 2
    assert "https://" in err and len(err.strip().splitlines()) == 1
    assert telegram_env.all_calls() == []


# --- updates --------------------------------------------------------------------------------

PRIVATE_CHAT = {"id": 4242, "first_name": "Sam", "type": "private"}
SENDER = {"id": 4242, "is_bot": False, "first_name": "Sam", "language_code": "en"}


def message_update(**message: Any) -> Dict[str, Any]:
    return {"update_id": 1, "message": {"message_id": 7, "from": SENDER, "chat": PRIVATE_CHAT,
                                        "date": 1700000000, **message}}


def test_a_text_message_is_heard():
    assert parse_update(message_update(text="we fight about money")) == Incoming(4242, "we fight about money")


@pytest.mark.parametrize("text", ["/start", "/start@MendBot", "/start campaign-42"])
def test_start_is_a_greeting(text):
    assert parse_update(message_update(text=text)) == Incoming(4242, "/greet")


def test_a_button_press_is_heard():
    update = {"update_id": 2, "callback_query": {
        "id": "cb-1", "from": SENDER, "chat_instance": "-1",
        "message": {"message_id": 8, "from": {"id": 1, "is_bot": True, "first_name": "Mend"},
                    "chat": PRIVATE_CHAT, "date": 1700000000, "text": "What feels hardest?"},
        "data": "/ask_more",
    }}
    assert parse_update(update) == Incoming(4242, "/ask_more", callback_query_id="cb-1")


@pytest.mark.parametrize(
    "update",
    [
        {"update_id": 3, "edited_message": message_update(text="edited")["message"]},
        {"update_id": 4, "my_chat_member": {"chat": PRIVATE_CHAT, "from": SENDER, "date": 1,
                                            "old_chat_member": {}, "new_chat_member": {}}},
        message_update(sticker={"file_id": "x", "emoji": "🙂"}),
        message_update(photo=[{"file_id": "p"}], caption="look"),
        message_update(text="   "),
        message_update(text="hi all", chat={"id": -100, "type": "group", "title": "Family"}),
        {"update_id": 5, "channel_post": {"message_id": 1, "chat": {"id": -1001, "type": "channel"},
                                          "date": 1, "text": "news"}},
        {"update_id": 6},
        {"update_id": 7, "message": "not an object"},
        {"update_id": 8, "callback_query": {"id": "cb", "from": SENDER}},
    ],
    ids=["edited", "member", "sticker", "photo", "blank", "group", "channel", "empty", "bad-message",
         "no-data"],
)
def test_other_updates_are_ignored(update):
    assert parse_update(update) is None


def test_the_secret_must_match_exactly():
    assert secret_matches(SECRET, SECRET)
    assert not secret_matches(SECRET, None)
    assert not secret_matches(SECRET, "")
    assert not secret_matches(SECRET, SECRET + "x")
    assert not secret_matches(SECRET, "sécret")


def test_credentials_need_token_and_secret():
    from rasa.shared.exceptions import RasaException

    with pytest.raises(RasaException):
        MendTelegramInput.from_credentials({"access_token": TOKEN})
    channel = MendTelegramInput.from_credentials(
        {"access_token": TOKEN, "webhook_secret": SECRET, "api_base": "http://127.0.0.1:1"}
    )
    assert channel.name() == "telegram" and channel.api.api_base == "http://127.0.0.1:1"


# --- buttons and sending --------------------------------------------------------------------


def test_buttons_are_an_inline_keyboard_one_per_row():
    keyboard = inline_keyboard(
        [{"title": "Tell me more", "payload": "/ask_more"},
         {"title": "UK", "payload": '/inform_country{"country":"UK"}'}],
        CallbackPayloads(),
    )
    assert keyboard == {"inline_keyboard": [
        [{"text": "Tell me more", "callback_data": "/ask_more"}],
        [{"text": "UK", "callback_data": '/inform_country{"country":"UK"}'}],
    ]}


def test_long_payloads_are_mapped_not_truncated():
    payloads = CallbackPayloads()
    long_payload = '/topic_four_horsemen{"horseman":"defensiveness","note":"' + "é" * 40 + '"}'
    data = payloads.encode(long_payload)
    assert len(data.encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES
    assert data == payloads.encode(long_payload)  # the same button, the same data
    assert payloads.decode(data) == long_payload
    assert CallbackPayloads().decode(data) is None  # e.g. after a restart: expired
    assert payloads.decode("/ask_more") == "/ask_more"


def test_long_text_is_split_at_line_breaks():
    text = "\n".join(f"line {i} " + "x" * 90 for i in range(100))
    parts = split_text(text)
    assert all(len(p) <= 4000 for p in parts) and len(parts) == 3
    assert "\n".join(parts) == text


def test_output_sends_text_and_keyboards(fake_api):
    async def talk() -> None:
        api = BotApi(TOKEN, fake_api.base)
        output = MendTelegramOutput(api, CallbackPayloads())
        await output.send_response("4242", {"text": "Line one\n\nLine two"})
        await output.send_response("4242", {"text": "What next?", "buttons": [
            {"title": "Tell me more", "payload": "/ask_more"},
            {"title": "Make a plan", "payload": "/ask_next_steps"},
        ]})
        await output.send_response("4242", {"custom": {"anything": 1}})
        await api.close()

    asyncio.run(talk())
    assert fake_api.all_calls() == [
        ("sendMessage", {"chat_id": 4242, "text": "Line one\n\nLine two"}),
        ("sendMessage", {"chat_id": 4242, "text": "What next?", "reply_markup": {"inline_keyboard": [
            [{"text": "Tell me more", "callback_data": "/ask_more"}],
            [{"text": "Make a plan", "callback_data": "/ask_next_steps"}],
        ]}}),
    ]


def test_a_failed_send_is_logged_not_raised(fake_api, caplog):
    fake_api.fail["sendMessage"] = (403, "Forbidden: bot was blocked by the user")

    async def talk() -> None:
        api = BotApi(TOKEN, fake_api.base)
        await MendTelegramOutput(api, CallbackPayloads()).send_text_message("4242", "hello")
        with pytest.raises(TelegramApiError, match="blocked"):
            await api.send_message(4242, "hello")
        await api.close()

    asyncio.run(talk())
    assert "bot was blocked by the user" in caplog.text
    assert TOKEN not in caplog.text


def test_an_expired_button_is_answered_and_not_passed_on(fake_api):
    heard: List[str] = []

    async def on_new_message(message: Any) -> None:
        heard.append(message.text)

    async def press() -> None:
        channel = MendTelegramInput(TOKEN, SECRET, fake_api.base)
        await channel._handle(Incoming(4242, "~gone", callback_query_id="cb-9"), on_new_message)
        await channel._handle(Incoming(4242, "/ask_more", callback_query_id="cb-10"), on_new_message)
        await channel.api.close()

    asyncio.run(press())
    assert fake_api.calls("answerCallbackQuery") == [
        {"callback_query_id": "cb-9", "text": EXPIRED_BUTTON},
        {"callback_query_id": "cb-10"},
    ]
    assert heard == ["/ask_more"]


def test_a_bot_failure_is_logged_not_raised(fake_api, caplog):
    async def broken(_: Any) -> None:
        raise RuntimeError("model exploded")

    async def run() -> None:
        channel = MendTelegramInput(TOKEN, SECRET, fake_api.base)
        await channel._handle(Incoming(4242, "hi"), broken)

    asyncio.run(run())
    assert "failed to handle an update" in caplog.text


def test_serve_refuses_a_token_without_a_secret_in_one_line(monkeypatch, tmp_path, capsys):
    from bot import serve
    from tests.mend_server import free_port

    (tmp_path / "m.tar.gz").write_bytes(b"")
    monkeypatch.setattr(serve, "MODELS_DIR", tmp_path)
    monkeypatch.setattr(serve, "RUNTIME_DIR", tmp_path / ".mend")
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.delenv("TELEGRAM_WEBHOOK_SECRET", raising=False)
    code, _, err = run_cli(["serve", "--port", str(free_port()), "--actions-port", str(free_port())], capsys)
    assert code == 2
    assert err.strip().splitlines() == ["error: TELEGRAM_WEBHOOK_SECRET must be set when TELEGRAM_BOT_TOKEN is"]
