"""Dialogue states of a live conversation, carried on from one message to the next.

Rasa lists a conversation's dialogue states (`Domain.states_for_tracker_history`) by replaying
every applied event into a fresh tracker and reading the state before each action. The tracker
is loaded anew for every message, so for a 20-turn conversation that replay is ~150 events,
~10 ms of CPU per message, and it grows with the conversation.

Here the replay of each conversation is kept (a bounded LRU, per conversation, domain and
flags). On the next message the applied events are compared with the ones already replayed,
position by position (event class and timestamp, which is stored exactly in the tracker store);
while they agree, the kept replay goes on from where it stopped, so only the new events are
replayed. When they differ (a rewind, a restart, a new session, events edited through the API,
another model) the replay starts again from the beginning: the result is always the list Rasa's
own loop would give, which `tests/test_state_replay.py` checks event by event.

Only live trackers (`DialogueStateTracker` itself) are kept; training trackers and anything
else go through Rasa's own function.
"""

from __future__ import annotations

import copy
import threading
from collections import OrderedDict
from typing import Any, Callable, Dict, Hashable, List, Optional, Text, Tuple

from rasa.shared.core.constants import PREVIOUS_ACTION
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, DefinePrevUserUtteredFeaturization, Event, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

State = Dict[Text, Dict[Text, Any]]
MAX_CONVERSATIONS = 512
# Replays kept per conversation and flags: the live tracker's, and one for a tracker with the
# same sender but another history (a policy's truncated copy, a rewound conversation), so the
# two don't keep throwing each other's replay away.
REPLAYS_PER_KEY = 2


def frozen(value: Any) -> Hashable:
    """A hashable stand-in for `rule_only_data` ({"slots": [...], "loops": [...]}): RulePolicy
    builds a new dict for every call, so its identity says nothing; its content does."""
    if isinstance(value, dict):
        return tuple(sorted((str(key), frozen(item)) for key, item in value.items()))
    if isinstance(value, (list, tuple, set, frozenset)):
        return tuple(frozen(item) for item in value)
    return value if isinstance(value, Hashable) else repr(value)


def fingerprint(event: Event) -> Tuple[type, Optional[float]]:
    return (type(event), event.timestamp)


class Replay:
    """Rasa's loop over `generate_all_prior_trackers()`, stoppable and resumable."""

    __slots__ = ("domain", "omit_unset_slots", "ignore_rule_only_turns", "rule_only_data",
                 "seen", "tracker", "states", "last_ml_action", "turn_was_hidden", "kept_since_user")

    def __init__(self, domain: Domain, live: DialogueStateTracker, omit_unset_slots: bool,
                 ignore_rule_only_turns: bool, rule_only_data: Optional[Dict[Text, Any]]) -> None:
        self.domain = domain
        self.omit_unset_slots = omit_unset_slots
        self.ignore_rule_only_turns = ignore_rule_only_turns
        # a copy: the caller's dict is theirs to change
        self.rule_only_data = copy.deepcopy(rule_only_data)
        self.seen: List[Tuple[type, Optional[float]]] = []
        self.tracker = live.init_copy()
        self.states: List[State] = []
        self.last_ml_action: Optional[Dict[Text, Any]] = None
        self.turn_was_hidden = False
        # whether a state was kept after the latest user message (see `continues`)
        self.kept_since_user = False

    def continues(self, events: List[Event]) -> bool:
        """Whether `events` start with exactly the events replayed so far."""
        seen = self.seen
        if len(events) < len(seen):
            return False
        if not all(fingerprint(event) == old for event, old in zip(events, seen)):
            return False
        # DefinePrevUserUtteredFeaturization changes the latest user message in place, and so
        # every state already kept since it: then only a replay from the start matches Rasa's.
        # Rasa itself sends it straight after the user message, before any state is kept.
        kept = self.kept_since_user
        for event in events[len(seen):]:
            if isinstance(event, UserUttered):
                kept = False
            elif isinstance(event, ActionExecuted):
                kept = True
            elif isinstance(event, DefinePrevUserUtteredFeaturization) and kept:
                return False
        return True

    def advance(self, events: List[Event]) -> None:
        """Replays the events after the ones seen so far."""
        tracker = self.tracker
        for event in events[len(self.seen):]:
            if isinstance(event, ActionExecuted):
                self._visit(event.hide_rule_turn)
                self.kept_since_user = True
            elif isinstance(event, UserUttered):
                self.kept_since_user = False
            tracker.update(event)
            self.seen.append(fingerprint(event))

    def states_now(self) -> List[State]:
        """The states so far plus the one for the tracker as it stands (Rasa's last yield),
        without keeping that last one: the next event may change it."""
        kept = (len(self.states), self.last_ml_action, self.turn_was_hidden)
        self._visit(False)
        result = list(self.states)
        del self.states[kept[0]:]
        self.last_ml_action, self.turn_was_hidden = kept[1], kept[2]
        return result

    def _visit(self, hide_rule_turn: bool) -> None:
        """The body of Rasa's loop in `Domain.states_for_tracker_history` (rasa 3.6)."""
        domain, tracker = self.domain, self.tracker
        if self.ignore_rule_only_turns:
            if not self.turn_was_hidden:
                self.last_ml_action = domain._get_prev_action_sub_state(tracker)
            if not tracker.followup_action and not tracker.latest_action_name == tracker.active_loop_name:
                self.turn_was_hidden = hide_rule_turn
            if self.turn_was_hidden:
                return
        state = domain.get_active_state(tracker, omit_unset_slots=self.omit_unset_slots)
        if self.ignore_rule_only_turns:
            domain._remove_rule_only_features(state, self.rule_only_data)
            if self.states:
                domain._substitute_rule_only_user_input(state, self.states[-1])
            if self.last_ml_action:
                state[PREVIOUS_ACTION] = self.last_ml_action
        self.states.append(domain._clean_state(state))


class ReplayCache:
    """The kept replays, by conversation and flags; least recently used dropped first."""

    def __init__(self, max_conversations: int = MAX_CONVERSATIONS) -> None:
        self.max_conversations = max_conversations
        self._replays: "OrderedDict[Hashable, List[Replay]]" = OrderedDict()
        self._lock = threading.Lock()
        self.resumed = 0
        self.restarted = 0

    def states(self, domain: Domain, tracker: DialogueStateTracker, omit_unset_slots: bool,
               ignore_rule_only_turns: bool, rule_only_data: Optional[Dict[Text, Any]]) -> List[State]:
        key = (tracker.sender_id, tracker.is_rule_tracker, id(domain), omit_unset_slots,
               ignore_rule_only_turns, frozen(rule_only_data))
        events = tracker.applied_events()
        with self._lock:
            kept = self._replays.pop(key, [])
        for replay in kept:
            if replay.domain is domain and replay.continues(events):
                kept.remove(replay)
                self.resumed += 1
                break
        else:
            replay = Replay(domain, tracker, omit_unset_slots, ignore_rule_only_turns, rule_only_data)
            self.restarted += 1
        replay.advance(events)
        states = replay.states_now()
        with self._lock:
            self._replays[key] = [replay] + kept[:REPLAYS_PER_KEY - 1]
            while len(self._replays) > self.max_conversations:
                self._replays.popitem(last=False)
        return states


def states_for_history(cache: ReplayCache, original: Callable[..., List[State]]) -> Callable[..., List[State]]:
    """A `Domain.states_for_tracker_history` that uses `cache` for live trackers."""

    def compute(domain: Domain, tracker: Any, omit_unset_slots: bool = False,
                ignore_rule_only_turns: bool = False,
                rule_only_data: Optional[Dict[Text, Any]] = None) -> List[State]:
        if type(tracker) is DialogueStateTracker and tracker.sender_id:
            return cache.states(domain, tracker, omit_unset_slots, ignore_rule_only_turns, rule_only_data)
        return original(domain, tracker, omit_unset_slots, ignore_rule_only_turns, rule_only_data)

    return compute
