"""CPU savings inside the Rasa server, found by profiling `make bench` (py-spy), each a drop-in
replacement that computes exactly what Rasa computes:

* action server answers: Rasa checks each one with `jsonschema.validate()`, which first checks
  the schema against its meta-schema (~50 ms of CPU per custom action with jsonschema 4.17);
  here the validator is built once.
* event types: turning a stored event back into an object looks its class up by walking every
  subclass of `Event` (`Event.resolve_by_type`); for a 20-turn conversation (150 events) that
  was 14 ms of the 18 ms it takes to load the tracker. Here the lookup is a dict, rebuilt when
  a name is not in it (a subclass imported later).
* dialogue states: every policy, for every prediction, replays the whole conversation to list
  its states (`Domain.states_for_tracker_history`, ~7 ms for 20 turns), and RulePolicy does it
  twice per prediction. Here the list is remembered on the tracker for as long as its events
  are the same, and each caller gets its own copy (Rasa's featurizers edit it in place).

`install()` puts all three in place (bot.rasa_server calls it); each install is idempotent.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text, Tuple, Type

MARK = "_mend_fast"


def _installed(function: Any) -> bool:
    return bool(getattr(function, MARK, False))


def install_fast_action_validation() -> None:
    from jsonschema import exceptions
    from jsonschema.validators import validator_for
    from rasa.core.actions.action import RemoteAction

    original = RemoteAction._validate_action_result
    if _installed(original):
        return
    schema = RemoteAction.action_response_format_spec()
    validator_class = validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)

    def _validate_action_result(self, result):  # type: ignore[no-untyped-def]
        if exceptions.best_match(validator.iter_errors(result)) is None:
            return True
        return original(self, result)  # raises Rasa's ValidationError

    setattr(_validate_action_result, MARK, True)
    RemoteAction._validate_action_result = _validate_action_result


def install_event_type_lookup() -> None:
    import rasa.shared.utils.common
    from rasa.shared.core.events import Event

    original = Event.resolve_by_type
    if _installed(original):
        return
    by_name: Dict[Text, Type[Event]] = {}

    def rebuild() -> None:
        by_name.clear()
        # first match wins, as in Rasa's loop over the same list
        for cls in rasa.shared.utils.common.all_subclasses(Event):
            by_name.setdefault(cls.type_name, cls)

    def resolve_by_type(type_name: Text, default: Optional[Type[Event]] = None) -> Optional[Type[Event]]:
        cls = by_name.get(type_name)
        if cls is None:
            rebuild()
            cls = by_name.get(type_name)
        return cls if cls is not None else original(type_name, default)

    setattr(resolve_by_type, MARK, True)
    rebuild()
    Event.resolve_by_type = staticmethod(resolve_by_type)


def copy_states(states: List[Dict[Text, Dict[Text, Any]]]) -> List[Dict[Text, Dict[Text, Any]]]:
    """A copy deep enough for Rasa's featurizers, which delete keys of the sub-states
    (`state["user"]["text"]`); the values themselves (strings, tuples) are immutable."""
    return [{key: dict(sub_state) for key, sub_state in state.items()} for state in states]


def _events_key(tracker: Any) -> Tuple[int, int, int]:
    events = tracker.events
    if not events:
        return (0, 0, 0)
    return (len(events), id(events[0]), id(events[-1]))


def install_state_memo() -> None:
    from rasa.shared.core.domain import Domain

    original = Domain.states_for_tracker_history
    if _installed(original):
        return

    def states_for_tracker_history(
        self: Domain,
        tracker: Any,
        omit_unset_slots: bool = False,
        ignore_rule_only_turns: bool = False,
        rule_only_data: Optional[Dict[Text, Any]] = None,
    ) -> List[Dict[Text, Dict[Text, Any]]]:
        key = (id(self), _events_key(tracker), omit_unset_slots, ignore_rule_only_turns,
               id(rule_only_data))
        memo = tracker.__dict__.setdefault("_mend_states", {})
        if key not in memo:
            if memo and next(iter(memo))[1] != key[1]:
                memo.clear()  # the events changed: older entries are stale
            memo[key] = (original(self, tracker, omit_unset_slots, ignore_rule_only_turns,
                                  rule_only_data), rule_only_data)
        states, _keep_alive = memo[key]  # (holding rule_only_data keeps its id unique)
        return copy_states(states)

    setattr(states_for_tracker_history, MARK, True)
    Domain.states_for_tracker_history = states_for_tracker_history


def install() -> None:
    install_fast_action_validation()
    install_event_type_lookup()
    install_state_memo()
