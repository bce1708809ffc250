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
  are the same, and each caller gets its own copy (Rasa's featurizers edit it in place). From
  one message to the next, a live conversation's replay is carried on (bot.state_replay), so
  only the new events are replayed.

* rule lookup: RulePolicy finds the rules that fit a conversation by testing each of its ~420
  rules against the latest state, decoding the rule from its JSON key on every test, and then
  goes on through every older state of the conversation even when no rule is left or every
  rule left is shorter than the history already checked. Here rules are decoded once, indexed
  by the action their last step follows, and the walk back stops as soon as the answer can no
  longer change. Same set of rules, same checks (`RulePolicy._does_rule_match_state`).

* graph runs: Rasa runs its NLU and policy graphs (one NLU run and ~3 policy runs per
  message) through dask's synchronous scheduler, which orders and tracks the tasks anew on
  every run (~10% of the server's CPU per message). Here the same nodes are called in a
  dependency order worked out once per target list; inputs stand in for nodes of the same
  name, as in Rasa's dask graph.

`install()` puts all five in place (bot.rasa_server calls it); each install is idempotent.
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

    from bot.state_replay import ReplayCache, frozen, states_for_history

    original = Domain.states_for_tracker_history
    if _installed(original):
        return
    compute = states_for_history(ReplayCache(), original)

    def states_for_tracker_history(
        self: Domain,
        tracker: Any,
        omit_unset_slots: bool = False,
        ignore_rule_only_turns: bool = False,
        rule_only_data: Optional[Dict[Text, Any]] = None,
    ) -> List[Dict[Text, Dict[Text, Any]]]:
        key = (id(self), _events_key(tracker), omit_unset_slots, ignore_rule_only_turns,
               frozen(rule_only_data))
        memo = tracker.__dict__.setdefault("_mend_states", {})
        if key not in memo:
            if memo and next(iter(memo))[1] != key[1]:
                memo.clear()  # the events changed: older entries are stale
            memo[key] = compute(self, tracker, omit_unset_slots, ignore_rule_only_turns, rule_only_data)
        states = memo[key]
        return copy_states(states)

    setattr(states_for_tracker_history, MARK, True)
    Domain.states_for_tracker_history = states_for_tracker_history


class RuleIndex:
    """A RulePolicy lookup's rules decoded once (each newest step first) and indexed by the
    action name their newest step requires (rules that don't require one are `unindexed`)."""

    def __init__(self, keys: Any) -> None:
        import json

        from rasa.shared.core.constants import PREVIOUS_ACTION, SHOULD_NOT_BE_SET
        from rasa.shared.nlu.constants import ACTION_NAME

        self._previous_action, self._action_name = PREVIOUS_ACTION, ACTION_NAME
        self.keys = set(keys)
        self.reversed_states: Dict[Text, List[Dict[Text, Any]]] = {}
        self.by_last_action: Dict[Any, List[Text]] = {}
        self.unindexed: List[Text] = []
        for key in self.keys:
            steps = list(reversed(json.loads(key)))
            self.reversed_states[key] = steps
            previous = steps[0].get(PREVIOUS_ACTION) if steps else None
            name = previous.get(ACTION_NAME) if isinstance(previous, dict) else None
            if name and name != SHOULD_NOT_BE_SET and not isinstance(name, list):
                self.by_last_action.setdefault(name, []).append(key)
            else:
                self.unindexed.append(key)

    def candidates(self, state: Dict[Text, Any]) -> List[Text]:
        previous = state.get(self._previous_action) or {}
        name = previous.get(self._action_name)
        return self.by_last_action.get(name, []) + self.unindexed if name else list(self.keys)


def install_fast_rule_lookup() -> None:
    from rasa.core.policies.rule_policy import RulePolicy
    from rasa.shared.core.constants import PREVIOUS_ACTION

    original = RulePolicy._get_possible_keys
    if _installed(original):
        return
    does_rule_match_state = RulePolicy._does_rule_match_state
    indexes: Dict[int, RuleIndex] = {}  # by id(lookup), checked against its keys

    def applicable(steps: List[Dict[Text, Any]], turn: int, state: Dict[Text, Any]) -> bool:
        """RulePolicy._is_rule_applicable on a decoded rule."""
        if turn >= len(steps):
            return True
        current_previous, rule_previous = state.get(PREVIOUS_ACTION), steps[turn].get(PREVIOUS_ACTION)
        if not rule_previous and not current_previous:
            return True
        if not rule_previous or not current_previous:
            return False
        return does_rule_match_state(steps[turn], state)

    def _get_possible_keys(self: RulePolicy, lookup: Dict[Text, Text], states: List[Dict[Text, Any]]) -> set:
        index = indexes.get(id(lookup))
        if index is None or index.keys != lookup.keys():
            index = indexes[id(lookup)] = RuleIndex(lookup.keys())
            if len(indexes) > 16:
                indexes.pop(next(iter(indexes)))
        if not states:
            return set(lookup.keys())
        steps = index.reversed_states
        newest_first = list(reversed(states))
        possible = {key for key in index.candidates(newest_first[0])
                    if applicable(steps[key], 0, newest_first[0])}
        for turn in range(1, len(newest_first)):
            # every rule left is shorter than this: all stay applicable from here on
            if not possible or all(len(steps[key]) <= turn for key in possible):
                break
            state = newest_first[turn]
            possible = {key for key in possible if applicable(steps[key], turn, state)}
        return possible

    setattr(_get_possible_keys, MARK, True)
    RulePolicy._get_possible_keys = _get_possible_keys


def run_order(schema: Any, targets: List[Text], provided: Any = ()) -> List[Tuple[Text, List[Text]]]:
    """The nodes `targets` need, each after the nodes it needs, with those nodes' names. Nodes
    in `provided` are given as inputs: they are not run, nor is what only they need."""
    order: List[Tuple[Text, List[Text]]] = []
    state: Dict[Text, int] = {}  # 1 = being visited, 2 = done
    for target in targets:
        stack: List[Tuple[Text, bool]] = [(target, False)]
        while stack:
            name, expanded = stack.pop()
            if name not in schema.nodes or name in provided or state.get(name) == 2:
                continue
            needs = list(schema.nodes[name].needs.values())
            if expanded:
                state[name] = 2
                order.append((name, needs))
                continue
            if state.get(name) == 1:
                raise ValueError(f"the graph has a cycle through {name!r}")
            state[name] = 1
            stack.append((name, True))
            stack.extend((need, False) for need in reversed(needs))
    return order


def install_sequential_graph_runner() -> None:
    from rasa.engine.exceptions import GraphRunError
    from rasa.engine.runner.dask import DaskGraphRunner, logger as runner_logger

    original = DaskGraphRunner.run
    if _installed(original):
        return

    def run(self: DaskGraphRunner, inputs: Optional[Dict[Text, Any]] = None,
            targets: Optional[List[Text]] = None) -> Dict[Text, Any]:
        run_targets = targets if targets else self._graph_schema.target_names
        plans = self.__dict__.setdefault("_mend_run_orders", {})
        key = (tuple(run_targets), tuple(inputs or ()))
        if key not in plans:
            minimal = self._graph_schema.minimal_graph_schema(run_targets)
            plans[key] = (set(minimal.nodes), run_order(minimal, run_targets, set(inputs or ())))
        node_names, order = plans[key]
        # Rasa's own step puts the inputs in (checking they don't name a node), as (name, value)
        graph: Dict[Text, Any] = dict.fromkeys(node_names)
        self._add_inputs_to_graph(inputs, graph)
        values = {name: graph[name] for name in inputs or ()}
        runner_logger.debug("Running graph with inputs: %s, targets: %s and %s.", inputs, targets,
                            self._execution_context)
        try:
            for name, needs in order:
                # (a need that is no node is passed as the name itself, as dask does with a non-key)
                values[name] = self._instantiated_nodes[name](*(values.get(need, need) for need in needs))
            return dict(values[target] for target in run_targets)
        except RuntimeError as error:
            raise GraphRunError("Error running runner.") from error

    setattr(run, MARK, True)
    DaskGraphRunner.run = run


def patched_attributes() -> List[Tuple[Any, Text]]:
    """The (class, attribute) pairs `install()` replaces, for tests that put Rasa's back."""
    from rasa.core.actions.action import RemoteAction
    from rasa.core.policies.rule_policy import RulePolicy
    from rasa.engine.runner.dask import DaskGraphRunner
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import Event

    return [(RemoteAction, "_validate_action_result"), (Event, "resolve_by_type"),
            (Domain, "states_for_tracker_history"), (RulePolicy, "_get_possible_keys"),
            (DaskGraphRunner, "run")]


def install() -> None:
    install_fast_action_validation()
    install_event_type_lookup()
    install_state_memo()
    install_fast_rule_lookup()
    install_sequential_graph_runner()
