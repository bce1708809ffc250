"""bot.resilience: a custom action the action server can't run becomes a short apology that
ends the turn; a failed session start still starts the session. No server is started: the
action endpoint is a closed port."""

from __future__ import annotations

import asyncio
import socket

import pytest
from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
from rasa.core.channels.channel import CollectingOutputChannel
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, FollowupAction, SessionStarted, SlotSet
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from bot import resilience

DOMAIN = Domain.from_yaml("""
version: "3.1"
slots:
  partner:
    type: text
    mappings: [{type: custom}]
session_config:
  carry_over_slots_to_new_session: true
actions: [action_suggest_next_steps]
""")


@pytest.fixture(scope="module", autouse=True)
def installed():
    resilience.install()
    resilience.install()  # idempotent: wrapped once


def closed_endpoint() -> EndpointConfig:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return EndpointConfig(f"http://127.0.0.1:{port}/webhook")


def run(name: str, tracker: DialogueStateTracker):
    action = RemoteAction(name, closed_endpoint())
    nlg = TemplatedNaturalLanguageGenerator(DOMAIN.responses)
    return asyncio.run(action.run(CollectingOutputChannel(), nlg, tracker, DOMAIN))


def test_install_wraps_once():
    wrapped = RemoteAction.run
    assert getattr(wrapped, "_mend_resilient", False)
    resilience.install()
    assert RemoteAction.run is wrapped


def test_unreachable_action_server_gives_the_apology_and_ends_the_turn():
    events = run("action_suggest_next_steps", DialogueStateTracker("s", DOMAIN.slots))
    assert isinstance(events[0], BotUttered) and events[0].text == resilience.ACTION_SERVER_TROUBLE
    assert events[0].metadata["mend_action_failure"] is True
    assert events[1] == FollowupAction("action_listen")
    assert len(events) == 2


def test_failed_session_start_still_starts_the_session_with_carried_slots():
    tracker = DialogueStateTracker("s", DOMAIN.slots)
    tracker.update(SlotSet("partner", "wife"))
    events = run("action_session_start", tracker)
    assert isinstance(events[0], SessionStarted)
    assert SlotSet("partner", "wife") in events
    assert events[-1] == ActionExecuted("action_listen")
    assert not any(isinstance(e, BotUttered) for e in events)


def test_rejections_are_left_to_rasa(monkeypatch):
    async def reject(*args, **kwargs):
        raise ActionExecutionRejection("action_suggest_next_steps")

    monkeypatch.setattr(EndpointConfig, "request", reject)
    with pytest.raises(ActionExecutionRejection):
        run("action_suggest_next_steps", DialogueStateTracker("s", DOMAIN.slots))
