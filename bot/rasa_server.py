"""`python -m bot.rasa_server run ...`: Rasa's own CLI, with Mend's chat page at "/" and a short
apology instead of silence when the action server can't run an action (bot.resilience).

Rasa offers no hook for extra routes on its server, so this entry point swaps Rasa's root
route ("Hello from Rasa") for Mend's page and widget files before handing over to Rasa's CLI,
and installs bot.rasa_speedups (same results, less CPU). Everything else is stock `rasa run`.
"""

from __future__ import annotations

import rasa.server

from bot import rasa_speedups, resilience
from bot.web import add_widget_routes


def main() -> None:
    rasa.server.add_root_route = add_widget_routes
    resilience.install()
    rasa_speedups.install()
    from rasa.__main__ import main as rasa_main

    rasa_main()


if __name__ == "__main__":
    main()
