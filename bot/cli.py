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
        return serve(port=args.port, actions_port=args.actions_port)
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

    build = commands.add_parser("build-spacy", help="build the offline spaCy pipeline")
    build.set_defaults(handler=_build_spacy)
    return parser


def main(argv: Optional[List[str]] = None) -> None:
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    args = build_parser().parse_args(argv)
    sys.exit(args.handler(args))


if __name__ == "__main__":
    main()
