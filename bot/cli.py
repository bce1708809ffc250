"""The `mend` command."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from typing import List, Optional

from bot.paths import PROJECT_ROOT


def _serve(args: argparse.Namespace) -> int:
    from bot.serve import ServeError, serve

    try:
        return serve(port=args.port, actions_port=args.actions_port,
                     actions_url=getattr(args, "actions_url", None))
    except ServeError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


def _shell(args: argparse.Namespace) -> int:
    """Chat in the terminal: the action server in the background, `rasa shell` in front."""
    from bot.serve import ServeError, child_environment, plan_servers, stop

    try:
        plan = plan_servers(port=args.port, actions_port=args.actions_port)
    except ServeError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    env = child_environment()
    actions = subprocess.Popen(plan.action_server_command(), cwd=PROJECT_ROOT, env=env)
    try:
        command = [sys.executable, "-m", "rasa", "shell", "--model", str(plan.model),
                   "--endpoints", str(plan.endpoints), "--port", str(plan.port)]
        return subprocess.call(command, cwd=PROJECT_ROOT, env=env)
    except KeyboardInterrupt:
        return 0
    finally:
        stop([actions])


def _build_spacy(args: argparse.Namespace) -> int:
    from bot.nlu.spacy_model import save_pipeline

    print(f"spaCy pipeline saved to {save_pipeline()}")
    return 0


def _telegram_set_webhook(args: argparse.Namespace) -> int:
    """Registers the webhook with Telegram, with the secret Telegram must send back. Done by
    hand, once per URL, rather than by the server at every start as Rasa's channel does."""
    import asyncio
    from urllib.parse import urlparse

    from bot.channels.telegram import ALLOWED_UPDATES, BotApi, TelegramApiError
    from bot.settings import SettingsError, TelegramSettings

    try:
        telegram = TelegramSettings.from_env()
    except SettingsError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if telegram is None:
        print("error: TELEGRAM_BOT_TOKEN must be set to register the Telegram webhook", file=sys.stderr)
        return 2
    parsed = urlparse(args.url)
    if parsed.scheme != "https" or not parsed.netloc:
        print("error: the webhook URL must start with https:// (Telegram only calls HTTPS webhooks)",
              file=sys.stderr)
        return 2

    async def register() -> None:
        api = BotApi(telegram.token, telegram.api_base)
        try:
            await api.set_webhook(args.url, telegram.webhook_secret, ALLOWED_UPDATES)
        finally:
            await api.close()

    try:
        asyncio.run(register())
    except TelegramApiError as error:
        print(f"error: could not set the Telegram webhook: {error}", file=sys.stderr)
        return 1
    print(f"Telegram webhook set to {args.url} (updates: {', '.join(ALLOWED_UPDATES)})")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mend", description="Mend relationship coach")
    commands = parser.add_subparsers(dest="command", required=True)

    for name, handler, help_text in (
        ("serve", _serve, "run the Rasa server and the action server in the foreground"),
        ("shell", _shell, "chat with Mend in the terminal"),
    ):
        sub = commands.add_parser(name, help=help_text)
        sub.add_argument("--port", type=int, default=5005, help="Rasa server port (default 5005)")
        sub.add_argument("--actions-port", type=int, default=5055,
                         help="action server port (default 5055)")
        sub.set_defaults(handler=handler)
        if name == "serve":
            sub.add_argument(
                "--actions-url",
                metavar="URL",
                help="use the action server at URL (e.g. http://actions:5055/webhook) "
                     "instead of starting one; --actions-port is then unused",
            )

    build = commands.add_parser("build-spacy", help="build the offline spaCy pipeline")
    build.set_defaults(handler=_build_spacy)

    telegram = commands.add_parser("telegram", help="manage the Telegram channel")
    telegram_commands = telegram.add_subparsers(dest="telegram_command", required=True)
    set_webhook = telegram_commands.add_parser(
        "set-webhook", help="register URL (.../webhooks/telegram/webhook) and the secret with Telegram"
    )
    set_webhook.add_argument("url", help="e.g. https://mend.example/webhooks/telegram/webhook")
    set_webhook.set_defaults(handler=_telegram_set_webhook)
    return parser


def main(argv: Optional[List[str]] = None) -> None:
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    args = build_parser().parse_args(argv)
    sys.exit(args.handler(args))


if __name__ == "__main__":
    main()
