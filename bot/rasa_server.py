"""`python -m bot.rasa_server run ...`: Rasa's own CLI, with Mend's chat page at "/" and a short
apology instead of silence when the action server can't run an action (bot.resilience).

Rasa offers no hook for extra routes on its server, so this entry point swaps Rasa's root
route ("Hello from Rasa") for Mend's page and widget files before handing over to Rasa's CLI.
Everything else is stock `rasa run`.
"""

from __future__ import annotations

import rasa.server

from bot import resilience
from bot.web import add_widget_routes


def install_fast_action_validation() -> None:
    """Rasa checks every action server answer with `jsonschema.validate()`, which first checks
    the schema itself against its meta-schema: about 50 ms of CPU per custom action with
    jsonschema 4.17 (found by profiling `make bench`). Same check with the validator built
    once; an invalid answer still goes to Rasa's own method, for Rasa's error and message."""
    from jsonschema import exceptions
    from jsonschema.validators import validator_for
    from rasa.core.actions.action import RemoteAction

    original = RemoteAction._validate_action_result
    if getattr(original, "_mend_fast", False):
        return
    schema = RemoteAction.action_response_format_spec()
    validator_class = validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)

    def _validate_action_result(self, result):  # type: ignore[no-untyped-def]
        if exceptions.best_match(validator.iter_errors(result)) is None:
            return True
        return original(self, result)  # raises Rasa's ValidationError

    _validate_action_result._mend_fast = True  # type: ignore[attr-defined]
    RemoteAction._validate_action_result = _validate_action_result


def main() -> None:
    rasa.server.add_root_route = add_widget_routes
    resilience.install()
    install_fast_action_validation()
    from rasa.__main__ import main as rasa_main

    rasa_main()


if __name__ == "__main__":
    main()
