"""The trained model gives the same conversations with and without bot.rasa_speedups (which
`mend serve` installs): same intents, entities, predicted actions, slots and forms, turn by turn,
on the benchmark's scripted conversations and the conversation tests' wording."""

from __future__ import annotations

import asyncio
from typing import Any, List, Tuple

import pytest

from bot import rasa_speedups
from bot.evaluation.latency import SCRIPTS
from bot.paths import MODELS_DIR

pytestmark = pytest.mark.model

# A conversation that restarts and goes back: the kept dialogue-state replay must start over.
REWINDS = ["hi", "my husband never listens to me", "/restart", "hi", "he rolled his eyes at me",
           "/restart", "can you help me say it without blaming him", "thanks"]


@pytest.fixture
def rasas_own():
    """Rasa without the speed-ups for the test, put back as found afterwards."""
    saved = [(owner, name, owner.__dict__[name]) for owner, name in rasa_speedups.patched_attributes()]
    assert not any(getattr(value, rasa_speedups.MARK, False) for _, _, value in saved), \
        "a speed-up was installed before this test"
    yield
    for owner, name, value in saved:
        setattr(owner, name, value)


def described(events: List[Any]) -> List[Tuple]:
    """What a conversation did, without timestamps or the randomly chosen response wording."""
    out = []
    for event in events:
        data = event.as_dict()
        kind = data["event"]
        if kind == "user":
            parse = data.get("parse_data") or {}
            out.append((kind, data.get("text"), (parse.get("intent") or {}).get("name"),
                        sorted((e.get("entity"), str(e.get("value"))) for e in parse.get("entities") or []),
                        repr(parse.get("language"))))
        elif kind == "bot":
            out.append((kind,))
        else:
            out.append((kind, *(repr(data.get(k)) for k in ("name", "value", "policy", "confidence")
                                if k in data)))
    return out


@pytest.fixture(scope="module")
def action_server(tmp_path_factory):
    """Mend's action server (rasa_sdk) on a free loopback port."""
    import sys

    from tests.services import Process, free_port, port_open

    port = free_port()
    server = Process("action server", [sys.executable, "-m", "rasa_sdk", "--actions", "actions",
                                       "--port", str(port)],
                     tmp_path_factory.mktemp("actions") / "actions.log")
    try:
        server.wait_for(lambda: port_open(port))
        yield f"http://127.0.0.1:{port}/webhook"
    finally:
        server.stop()


def run_conversations(action_url: str) -> List[List[Tuple]]:
    from rasa.core.agent import Agent
    from rasa.core.tracker_store import InMemoryTrackerStore
    from rasa.utils.endpoints import EndpointConfig

    model = MODELS_DIR / "mend.tar.gz"
    assert model.exists(), "train first: make train"
    agent = Agent.load(str(model), action_endpoint=EndpointConfig(url=action_url))
    agent.tracker_store = agent.processor.tracker_store = InMemoryTrackerStore(agent.domain)
    loop = asyncio.new_event_loop()
    try:
        results = []
        for number, script in enumerate(SCRIPTS + [REWINDS]):
            sender = f"speedups-{number}"
            for text in script:
                loop.run_until_complete(agent.handle_text(text, sender_id=sender))
            tracker = loop.run_until_complete(agent.tracker_store.retrieve(sender))
            results.append(described(list(tracker.events)))
        return results
    finally:
        loop.close()


def test_conversations_are_the_same_with_the_speedups(rasas_own, action_server):
    expected = run_conversations(action_server)
    bot_turns = sum(step == ("bot",) for conversation in expected for step in conversation)
    assert bot_turns >= 20 * len(SCRIPTS)  # the bot answered every message (actions ran)
    rasa_speedups.install()
    assert run_conversations(action_server) == expected
