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


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())


def _fail(message: str, code: int = 2) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code


def _export(args: argparse.Namespace) -> int:
    """Anonymised transcripts to a file; nothing un-anonymised is ever written."""
    from pathlib import Path

    from bot.transcripts.filters import FilterError, TranscriptFilter, parse_date

    try:
        since = parse_date(args.since, "--since")
    except FilterError as error:
        return _fail(str(error))
    out = Path(args.out)
    try:
        stream = open(out, "w", encoding="utf-8", newline="")
    except OSError as error:
        return _fail(f"cannot write {out}: {error.strerror or error}")
    try:
        with stream:
            from bot.privacy import Anonymiser, PrivacyConfigError, pseudonym_key_from_env
            from bot.settings import SettingsError
            from bot.transcripts.export import write
            from bot.transcripts.store import TranscriptReader, open_tracker_store

            try:
                anonymiser = Anonymiser(pseudonym_key_from_env())
                reader = TranscriptReader(open_tracker_store(), anonymiser)
                chosen = TranscriptFilter(flagged_only=args.flagged_only, since=since).apply(reader.transcripts())
                count = write(args.format, chosen, stream)
            except (PrivacyConfigError, SettingsError) as error:
                out.unlink(missing_ok=True)
                return _fail(_one_line(error))
    except BaseException:
        out.unlink(missing_ok=True)
        raise
    print(f"Exported {count} anonymised conversation{'s' if count != 1 else ''} to {out}")
    return 0


def _review(args: argparse.Namespace) -> int:
    from bot.review.auth import HASH_ENV, MIN_PASSWORD_LENGTH, PasswordHashError, check_hash_format, hash_password

    if args.hash_password:
        import getpass

        if sys.stdin.isatty():
            password = getpass.getpass("Review password: ")
            if getpass.getpass("Again: ") != password:
                return _fail("the two passwords differ")
        else:
            password = sys.stdin.readline().rstrip("\r\n")
        if len(password) < MIN_PASSWORD_LENGTH:
            return _fail(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")
        print(hash_password(password))
        return 0

    encoded = os.environ.get(HASH_ENV, "").strip()
    if not encoded:
        return _fail(f"{HASH_ENV} is not set; make it with `mend review --hash-password` "
                     f"and run: export {HASH_ENV}='<the printed hash>'")
    try:
        check_hash_format(encoded)
    except PasswordHashError as error:
        return _fail(str(error))
    from aiohttp import web

    from bot.privacy import Anonymiser, PrivacyConfigError, pseudonym_key_from_env
    from bot.review.app import create_app
    from bot.settings import SettingsError
    from bot.transcripts.store import TranscriptReader, open_tracker_store

    try:
        reader = TranscriptReader(open_tracker_store(), Anonymiser(pseudonym_key_from_env()))
        count = len(reader.transcripts())  # anonymise (and cache) everything once, up front
    except (PrivacyConfigError, SettingsError) as error:
        return _fail(_one_line(error))
    app = create_app(reader, encoded, secure_cookies=args.secure_cookies)
    print(f"Mend review is ready at http://{args.host}:{args.port}/ ({count} conversations). "
          "Ctrl-C stops it.", flush=True)
    web.run_app(app, host=args.host, port=args.port, print=None, access_log=None)
    return 0


def _forget(args: argparse.Namespace) -> int:
    from bot.settings import SettingsError
    from bot.transcripts.deletion import conversation, delete_sender, open_engine

    try:
        engine = open_engine()
    except SettingsError as error:
        return _fail(str(error))
    sender = args.sender
    if conversation(engine, sender) is None and sender.startswith("user-"):
        sender = _sender_of_pseudonym(engine, sender) or sender
    stored = conversation(engine, sender)
    if stored is None:
        return _fail(f"no stored conversation for sender {args.sender!r} (nothing deleted)", 1)
    removed = delete_sender(engine, sender)
    named = args.sender if sender == args.sender else f"{args.sender} ({sender})"
    print(f"Deleted {removed} event{'s' if removed != 1 else ''} of {named}.")
    return 0


def _sender_of_pseudonym(engine, value: str) -> Optional[str]:
    """The sender id behind a review pseudonym (user-...), with MEND_PSEUDONYM_KEY."""
    import sqlalchemy as sa

    from bot.privacy.anonymiser import PrivacyConfigError, pseudonym, pseudonym_key_from_env
    from bot.transcripts.deletion import EVENTS

    try:
        key = pseudonym_key_from_env()
    except PrivacyConfigError:
        return None
    with engine.connect() as connection:
        senders = [row[0] for row in connection.execute(sa.select(EVENTS.c.sender_id).distinct())]
    # (a few thousand HMACs: instant at Mend's scale)
    return next((s for s in senders if pseudonym(s, key) == value), None)


def _purge(args: argparse.Namespace) -> int:
    from datetime import datetime, timezone

    from bot.settings import SettingsError
    from bot.transcripts.deletion import AgeError, open_engine, parse_age, purge

    try:
        age = parse_age(args.older_than)
        engine = open_engine()
    except (AgeError, SettingsError) as error:
        return _fail(str(error))
    found = purge(engine, age, dry_run=args.dry_run)
    for item in found:
        last = datetime.fromtimestamp(item.last_time or 0, tz=timezone.utc).strftime("%Y-%m-%d")
        print(f"{'would delete' if args.dry_run else 'deleted'} {item.sender_id}: "
              f"{item.events} events, last active {last}")
    events = sum(item.events for item in found)
    verb = "Would delete" if args.dry_run else "Deleted"
    print(f"{verb} {len(found)} conversation{'s' if len(found) != 1 else ''} "
          f"({events} events) inactive for more than {args.older_than}.")
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

    export = commands.add_parser("export", help="write anonymised transcripts (JSON Lines or CSV)")
    export.add_argument("--format", choices=("jsonl", "csv"), default="jsonl",
                        help="jsonl: a conversation a line; csv: a turn a row (default jsonl)")
    export.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    export.add_argument("--since", metavar="DATE", help="only conversations active on or after DATE (YYYY-MM-DD)")
    export.add_argument("--flagged-only", action="store_true", help="only conversations with a safety flag")
    export.set_defaults(handler=_export)

    review = commands.add_parser("review", help="the practitioner's review web app (read-only)")
    review.add_argument("--port", type=int, default=8008, help="port (default 8008)")
    review.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    review.add_argument("--secure-cookies", action="store_true",
                        help="mark the session cookie Secure (when served over HTTPS by a proxy)")
    review.add_argument("--hash-password", action="store_true",
                        help="read a password (stdin or prompt) and print MEND_REVIEW_PASSWORD_HASH")
    review.set_defaults(handler=_review)

    forget = commands.add_parser("forget", help="delete every stored event of one sender")
    forget.add_argument("sender", metavar="SENDER", help="the sender id (or its review pseudonym user-...)")
    forget.set_defaults(handler=_forget)

    purge = commands.add_parser("purge", help="delete conversations inactive for longer than an age")
    purge.add_argument("--older-than", required=True, metavar="AGE", help="e.g. 90d or 12w")
    purge.add_argument("--dry-run", action="store_true", help="only print what would be deleted")
    purge.set_defaults(handler=_purge)
    return parser


def main(argv: Optional[List[str]] = None) -> None:
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    args = build_parser().parse_args(argv)
    sys.exit(args.handler(args))


if __name__ == "__main__":
    main()
