"""bot.state_replay gives, message after message, exactly the dialogue states Rasa's own
`Domain.states_for_tracker_history` gives, while replaying only the new events.

Each step rebuilds the tracker from serialised events, as the tracker store does for every
message, so the kept replay never shares event objects with the tracker it is compared on."""

from __future__ import annotations

import itertools
from typing import Any, Dict, List, Optional

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    ActionReverted,
    ActiveLoop,
    DefinePrevUserUtteredFeaturization,
    Event,
    FollowupAction,
    Restarted,
    SessionStarted,
    SlotSet,
    UserUttered,
    UserUtteranceReverted,
    deserialise_events,
)
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker

from bot.paths import PROJECT_ROOT
from bot.state_replay import ReplayCache, states_for_history

RULE_ONLY = {"slots": ["safety_check_about"], "loops": ["istatement_form"]}
FLAGS = [(omit, ignore) for omit in (False, True) for ignore in (False, True)]


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(PROJECT_ROOT / "domain"))


def reloaded(sender: str, events: List[Event], domain: Domain) -> DialogueStateTracker:
    """What the tracker store hands the processor: new objects from the stored dicts."""
    return DialogueStateTracker.from_events(
        sender, deserialise_events([e.as_dict() for e in events]), domain.slots)


def expected_states(domain: Domain, tracker: DialogueStateTracker) -> List[List[Dict[str, Any]]]:
    fresh = reloaded(tracker.sender_id, list(tracker.events), domain)
    return [ORIGINAL(domain, fresh, omit, ignore, RULE_ONLY if ignore else None) for omit, ignore in FLAGS]


def cached_states(cache: ReplayCache, domain: Domain, tracker: DialogueStateTracker):
    compute = states_for_history(cache, ORIGINAL)
    return [compute(domain, tracker, omit, ignore, RULE_ONLY if ignore else None) for omit, ignore in FLAGS]


# Rasa's own function, read when the module is collected (before any test installs speed-ups)
ORIGINAL = Domain.states_for_tracker_history
assert not getattr(ORIGINAL, "_mend_fast", False)


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        self.now += 0.25
        return self.now


def user(clock: Clock, intent: str, entities: Optional[List[Dict[str, Any]]] = None) -> UserUttered:
    return UserUttered(f"text for {intent}", {"name": intent, "confidence": 0.9},
                       entities or [], timestamp=clock())


def scripted_conversation(clock: Clock) -> List[Event]:
    """A practice flow with a form, a rule-only turn, an interruption, a rewind and a restart."""
    listen = lambda: ActionExecuted("action_listen", timestamp=clock())  # noqa: E731
    return [
        listen(), user(clock, "greet"), ActionExecuted("utter_greet", timestamp=clock()), listen(),
        user(clock, "describe_fight", [{"entity": "partner", "value": "wife", "start": 0, "end": 4}]),
        SlotSet("partner", "wife", timestamp=clock()), SlotSet("horseman", "criticism", timestamp=clock()),
        DefinePrevUserUtteredFeaturization(False, timestamp=clock()),
        ActionExecuted("action_name_pattern", timestamp=clock()), listen(),
        user(clock, "affirm"), ActionExecuted("istatement_form", timestamp=clock()),
        ActiveLoop("istatement_form", timestamp=clock()), SlotSet("requested_slot", "is_situation", timestamp=clock()),
        listen(), user(clock, "inform"), ActionExecuted("istatement_form", timestamp=clock()),
        SlotSet("is_situation", "when dinner goes cold", timestamp=clock()), listen(),
        user(clock, "ask_therapist"), ActionExecuted("action_refer_therapist", hide_rule_turn=True, timestamp=clock()),
        ActionExecuted("istatement_form", timestamp=clock()), listen(),
        user(clock, "deny"), UserUtteranceReverted(timestamp=clock()), listen(),
        user(clock, "inform"), ActionExecuted("istatement_form", timestamp=clock()),
        SlotSet("is_feeling", "lonely", timestamp=clock()), ActiveLoop(None, timestamp=clock()),
        FollowupAction("action_assemble_istatement", timestamp=clock()),
        ActionExecuted("action_assemble_istatement", timestamp=clock()), ActionReverted(timestamp=clock()),
        listen(), user(clock, "thank"), ActionExecuted("utter_welcome", timestamp=clock()), listen(),
        Restarted(timestamp=clock()), listen(), user(clock, "greet"), SessionStarted(timestamp=clock()),
        listen(), user(clock, "greet"), ActionExecuted("utter_greet", timestamp=clock()), listen(),
    ]


def test_a_growing_conversation_matches_rasa_after_every_event(domain):
    events = scripted_conversation(Clock())
    cache = ReplayCache()
    for n in range(len(events) + 1):
        tracker = reloaded("grow", events[:n], domain)
        assert cached_states(cache, domain, tracker) == expected_states(domain, tracker), f"after {n} events"
    assert cache.resumed > cache.restarted > 0  # mostly carried on; rewinds and restarts start over


def test_only_new_events_are_replayed(domain):
    events = scripted_conversation(Clock())[:15]  # no rewinds, no repeated form runs
    cache = ReplayCache()
    cached_states(cache, domain, reloaded("once", events[:8], domain))
    replays = [kept[0] for kept in cache._replays.values()]
    assert all(len(r.seen) == 8 for r in replays)
    cached_states(cache, domain, reloaded("once", events, domain))
    assert [kept[0] for kept in cache._replays.values()] == replays  # the same replays, carried on
    assert all(len(r.seen) == 15 for r in replays)
    assert (cache.restarted, cache.resumed) == (len(FLAGS), len(FLAGS))


def test_a_different_history_starts_over(domain):
    clock = Clock()
    cache = ReplayCache()
    first = scripted_conversation(clock)[:12]
    cached_states(cache, domain, reloaded("same-id", first, domain))
    other = scripted_conversation(clock)[:15]  # same shape, other events (timestamps)
    tracker = reloaded("same-id", other, domain)
    restarted = cache.restarted
    assert cached_states(cache, domain, tracker) == expected_states(domain, tracker)
    assert cache.restarted == restarted + len(FLAGS)
    shorter = reloaded("same-id", other[:5], domain)
    assert cached_states(cache, domain, shorter) == expected_states(domain, shorter)


def test_rule_only_data_is_matched_by_content_not_identity(domain):
    """RulePolicy builds a new rule_only_data dict for every call."""
    events = scripted_conversation(Clock())[:15]
    cache = ReplayCache()
    compute = states_for_history(cache, ORIGINAL)
    for n in (6, 10, 15):
        tracker = reloaded("rp", events[:n], domain)
        data = {"slots": list(RULE_ONLY["slots"]), "loops": list(RULE_ONLY["loops"])}
        assert compute(domain, tracker, False, True, data) == ORIGINAL(domain, tracker, False, True, data)
    assert (cache.restarted, cache.resumed) == (1, 2)
    other = {"slots": [], "loops": ["istatement_form"]}
    tracker = reloaded("rp", events, domain)
    assert compute(domain, tracker, False, True, other) == ORIGINAL(domain, tracker, False, True, other)
    assert cache.restarted == 2


def test_a_copy_with_another_history_does_not_evict_the_live_replay(domain):
    """A policy may ask about a truncated copy of the tracker (same sender, other events)."""
    events = scripted_conversation(Clock())[:15]
    cache = ReplayCache()
    compute = states_for_history(cache, ORIGINAL)
    for n in (8, 10, 12, 15):
        live = reloaded("live", events[:n], domain)
        assert compute(domain, live) == ORIGINAL(domain, live)
        truncated = reloaded("live", events[n - 4:n], domain)
        assert compute(domain, truncated) == ORIGINAL(domain, truncated)
    assert cache.resumed >= 3  # the live replay was carried on every time


def test_conversations_do_not_mix_and_the_cache_is_bounded(domain):
    clock = Clock()
    cache = ReplayCache(max_conversations=3 * len(FLAGS))
    conversations = {f"user-{i}": scripted_conversation(clock) for i in range(5)}
    for n in (8, 16, 30):
        for sender, events in conversations.items():
            tracker = reloaded(sender, events[:n], domain)
            assert cached_states(cache, domain, tracker) == expected_states(domain, tracker)
    assert len(cache._replays) == 3 * len(FLAGS)


def test_training_trackers_use_rasas_own_function(domain):
    cache = ReplayCache()
    events = scripted_conversation(Clock())[:12]
    tracker = TrackerWithCachedStates.from_events("story", events, domain.slots, domain=domain)
    compute = states_for_history(cache, ORIGINAL)
    assert compute(domain, tracker) == ORIGINAL(domain, tracker)
    assert not cache._replays


EVENT_MAKERS = [
    lambda c: ActionExecuted("action_listen", timestamp=c()),
    lambda c: ActionExecuted("utter_greet", timestamp=c()),
    lambda c: ActionExecuted("action_clarify", hide_rule_turn=True, timestamp=c()),
    lambda c: ActionExecuted("istatement_form", timestamp=c()),
    lambda c: ActionExecuted("timeout_form", timestamp=c()),
    lambda c: user(c, "greet"),
    lambda c: user(c, "inform", [{"entity": "partner", "value": "husband", "start": 0, "end": 3}]),
    lambda c: user(c, "deny"),
    lambda c: SlotSet("horseman", "contempt", timestamp=c()),
    lambda c: SlotSet("is_feeling", "hurt", timestamp=c()),
    lambda c: SlotSet("dv_disclosed", True, timestamp=c()),
    lambda c: SlotSet("safety_check_about", "self", timestamp=c()),
    lambda c: ActiveLoop("istatement_form", timestamp=c()),
    lambda c: ActiveLoop("timeout_form", timestamp=c()),
    lambda c: ActiveLoop(None, timestamp=c()),
    lambda c: FollowupAction("action_clarify", timestamp=c()),
    lambda c: DefinePrevUserUtteredFeaturization(False, timestamp=c()),
    lambda c: UserUtteranceReverted(timestamp=c()),
    lambda c: ActionReverted(timestamp=c()),
    lambda c: Restarted(timestamp=c()),
    lambda c: SessionStarted(timestamp=c()),
]


@example(choices=[5, 0, 16], steps=[1])  # a later DefinePrevUserUtteredFeaturization changes a kept state
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.integers(min_value=0, max_value=len(EVENT_MAKERS) - 1), min_size=1, max_size=40),
       st.lists(st.integers(min_value=1, max_value=6), min_size=1, max_size=40))
def test_random_event_streams_match_rasa(domain, choices, steps):
    clock = Clock()
    events = [EVENT_MAKERS[i](clock) for i in choices]
    cache = ReplayCache()
    n = 0
    for step in itertools.cycle(steps):
        n = min(len(events), n + step)
        tracker = reloaded("fuzz", events[:n], domain)
        assert cached_states(cache, domain, tracker) == expected_states(domain, tracker)
        if n == len(events):
            break
