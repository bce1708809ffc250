"""What the user gets when the action server can't run an action: a short apology, not silence.

What Rasa 3.6 does by itself when the action server is down, times out or answers with an
error: `RemoteAction.run` raises, `MessageProcessor._run_action` logs the exception, drops the
action's events and carries on predicting. The person sees nothing from that action (often
no reply at all), or the follow-up question of an answer they never got.

`install()` wraps `RemoteAction.run` (every custom action, in whichever Rasa code path calls it)
so that a failed action instead:
  * sends ACTION_SERVER_TROUBLE once and ends the turn (FollowupAction to action_listen, so the
    policies don't go on from an answer that was never given), and logs what failed;
  * for action_session_start, starts the session the way Rasa's default action does (slots
    carried over) so that the person's message is still answered.
Nothing is kept between messages: when the action server is back, the next message is handled
normally. An ActionExecutionRejection (the action server's deliberate 400) is left to Rasa.
"""

from __future__ import annotations

import logging
from typing import Any, List

logger = logging.getLogger(__name__)

# The one place this text lives.
ACTION_SERVER_TROUBLE = "I'm having trouble right now, please try again in a moment."
# Marks the apology in the tracker store (BotUttered metadata), e.g. for monitoring.
TROUBLE_METADATA = {"mend_action_failure": True}

_INSTALLED_MARK = "_mend_resilient"


def trouble_events(action_name: str) -> List[Any]:
    from rasa.shared.core.constants import ACTION_LISTEN_NAME
    from rasa.shared.core.events import BotUttered, FollowupAction

    return [
        BotUttered(text=ACTION_SERVER_TROUBLE, metadata=dict(TROUBLE_METADATA, action=action_name)),
        FollowupAction(ACTION_LISTEN_NAME),
    ]


def install() -> None:
    """Wraps RemoteAction.run once per process (idempotent)."""
    from rasa.core.actions import action as rasa_action
    from rasa.shared.core.constants import ACTION_SESSION_START_NAME

    remote = rasa_action.RemoteAction
    if getattr(remote.run, _INSTALLED_MARK, False):
        return
    original_run = remote.run

    async def run(self: Any, output_channel: Any, nlg: Any, tracker: Any, domain: Any) -> List[Any]:
        try:
            return await original_run(self, output_channel, nlg, tracker, domain)
        except rasa_action.ActionExecutionRejection:
            raise
        except Exception as error:  # connection refused, timeout, 5xx, an invalid answer
            name = self.name()
            if name == ACTION_SESSION_START_NAME:
                logger.error(
                    "The action server could not run %s (%s); starting the session without it.",
                    name, error,
                )
                return await rasa_action.ActionSessionStart().run(output_channel, nlg, tracker, domain)
            logger.error(
                "The action server could not run %s (%s); told the user to try again.", name, error
            )
            return trouble_events(name)

    setattr(run, _INSTALLED_MARK, True)
    run.__doc__ = original_run.__doc__
    remote.run = run
