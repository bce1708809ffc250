"""bot.rasa_speedups computes exactly what Rasa computes: event classes, dialogue states, and
the states of real policies' predictions, with and without the speed-ups installed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import rasa.shared.utils.common
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, Event, SlotSet, UserUttered, deserialise_events
from rasa.shared.core.trackers import DialogueStateTracker

from bot import rasa_speedups
from bot.paths import PROJECT_ROOT

TRACKERS = sorted((PROJECT_ROOT / "tests" / "data" / "trackers").glob("*.json"))


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(PROJECT_ROOT / "domain"))


@pytest.fixture
def originals():
    """Rasa's own functions (everything `install()` replaces), put back after each test."""
    saved = [(owner, name, owner.__dict__[name]) for owner, name in rasa_speedups.patched_attributes()]
    yield {name: value for _, name, value in saved}
    for owner, name, value in saved:
        setattr(owner, name, value)


def tracker_from_fixture(path: Path, domain: Domain) -> DialogueStateTracker:
    data = json.loads(path.read_text())
    return DialogueStateTracker.from_dict(data.get("sender_id", "t"), data["events"], domain.slots)


def long_tracker(domain: Domain) -> DialogueStateTracker:
    tracker = DialogueStateTracker("long", domain.slots)
    intents = ["greet", "describe_fight", "affirm", "deny", "ask_therapist", "thank"]
    tracker.update(ActionExecuted("action_listen"))
    for turn in range(20):
        intent = intents[turn % len(intents)]
        tracker.update(UserUttered(f"message {turn}", {"name": intent, "confidence": 0.9}))
        tracker.update(SlotSet("partner", "wife" if turn % 2 else "husband"))
        tracker.update(ActionExecuted("action_clarify"))
        tracker.update(ActionExecuted("action_listen"))
    return tracker


def test_event_lookup_finds_rasas_classes(originals):
    rasa_resolve = Event.resolve_by_type
    names = {cls.type_name for cls in rasa.shared.utils.common.all_subclasses(Event)}
    expected = {name: rasa_resolve(name) for name in names}
    rasa_speedups.install_event_type_lookup()
    rasa_speedups.install_event_type_lookup()  # idempotent
    assert {name: Event.resolve_by_type(name) for name in names} == expected
    assert Event.resolve_by_type("topic") is None
    assert Event.resolve_by_type("no_such_event", default=SlotSet) is SlotSet
    with pytest.raises(ValueError):
        Event.resolve_by_type("no_such_event")


def test_event_lookup_sees_subclasses_defined_later(originals):
    rasa_speedups.install_event_type_lookup()

    class LateEvent(ActionExecuted):
        type_name = "mend_test_late_event"

    assert Event.resolve_by_type("mend_test_late_event") is LateEvent


@pytest.mark.parametrize("path", TRACKERS, ids=lambda p: p.stem)
def test_fixture_trackers_deserialise_the_same(path, domain, originals):
    events = json.loads(path.read_text())["events"]
    def described(evts):  # (fixtures without a timestamp get the time of loading)
        return [(type(e), {k: v for k, v in e.as_dict().items() if k != "timestamp"}) for e in evts]

    before = described(deserialise_events(events))
    rasa_speedups.install_event_type_lookup()
    assert described(deserialise_events(events)) == before


def all_flag_combinations(domain, tracker):
    rule_only = {"slots": ["safety_check_about"], "loops": ["istatement_form"]}
    return [
        domain.states_for_tracker_history(tracker, omit, ignore, rule_only if ignore else None)
        for omit in (False, True) for ignore in (False, True)
    ]


@pytest.mark.parametrize("path", TRACKERS, ids=lambda p: p.stem)
def test_states_are_rasas_for_every_prefix(path, domain, originals):
    full = tracker_from_fixture(path, domain)
    prefixes = [DialogueStateTracker.from_events("p", list(full.events)[:n], domain.slots)
                for n in range(len(full.events) + 1)]
    expected = [all_flag_combinations(domain, t) for t in prefixes]
    rasa_speedups.install_state_memo()
    rasa_speedups.install_state_memo()  # idempotent
    for tracker, want in zip(prefixes, expected):
        assert all_flag_combinations(domain, tracker) == want
        assert all_flag_combinations(domain, tracker) == want  # the remembered answer too


def test_remembered_states_are_copies_and_follow_new_events(domain, originals):
    tracker = long_tracker(domain)
    expected = domain.states_for_tracker_history(tracker)
    rasa_speedups.install_state_memo()
    first = domain.states_for_tracker_history(tracker)
    assert first == expected
    # what Rasa's featurizers do to the list they get
    del first[-1]["user"]["intent"]
    first[1]["prev_action"]["action_name"] = "edited"
    first.append({})
    assert domain.states_for_tracker_history(tracker) == expected

    tracker.update(UserUttered("one more", {"name": "greet", "confidence": 1.0}))
    tracker.update(ActionExecuted("action_clarify"))
    Domain.states_for_tracker_history = originals["states_for_tracker_history"]
    grown = domain.states_for_tracker_history(tracker)
    rasa_speedups.install_state_memo()
    assert domain.states_for_tracker_history(tracker) == grown != expected


@pytest.fixture(scope="module")
def trained():
    """RulePolicy and MemoizationPolicy trained on Mend's rules and stories, with their domain."""
    from rasa.core.policies.memoization import MemoizationPolicy
    from rasa.core.policies.rule_policy import RulePolicy
    from rasa.engine.graph import ExecutionContext, GraphSchema
    from rasa.engine.storage.local_model_storage import LocalModelStorage
    from rasa.engine.storage.resource import Resource
    from rasa.shared.core.generator import TrainingDataGenerator
    from rasa.shared.importers.importer import TrainingDataImporter
    import tempfile

    importer = TrainingDataImporter.load_from_dict(
        domain_path=str(PROJECT_ROOT / "domain"),
        training_data_paths=[str(PROJECT_ROOT / "data" / "rules"), str(PROJECT_ROOT / "data" / "stories")],
    )
    full_domain = importer.get_domain()
    story_graph = importer.get_stories()
    with tempfile.TemporaryDirectory() as folder:
        storage = LocalModelStorage(Path(folder))
        context = ExecutionContext(GraphSchema({}), "test")
        policies = []
        for cls, name in ((RulePolicy, "rule"), (MemoizationPolicy, "memo")):
            policy = cls.create(cls.get_default_config(), storage, Resource(name), context)
            trackers = TrainingDataGenerator(story_graph, full_domain, augmentation_factor=0,
                                             debug_plots=False).generate()
            policy.train(trackers, full_domain)
            policies.append(policy)
        yield policies, full_domain


def probe_trackers(domain: Domain):
    return [tracker_from_fixture(p, domain) for p in TRACKERS] + [long_tracker(domain)]


def test_policies_predict_the_same_with_the_speedups(trained, originals):
    """RulePolicy and MemoizationPolicy, trained on Mend's rules, give the same probabilities."""
    policies, full_domain = trained
    probes = probe_trackers(full_domain)

    def predictions():
        return [[list(p.predict_action_probabilities(t, full_domain).probabilities) for p in policies]
                for t in probes]

    expected = predictions()
    rasa_speedups.install()
    assert predictions() == expected


def test_rule_lookup_finds_the_same_rules(trained):
    """For every prefix of every probe conversation, and every lookup RulePolicy keeps."""
    from rasa.core.policies.rule_policy import RulePolicy

    policies, full_domain = trained
    rule_policy = policies[0]
    lookups = [lookup for lookup in rule_policy.lookup.values() if isinstance(lookup, dict) and lookup]
    cases = []
    for tracker in probe_trackers(full_domain):
        states = rule_policy._prediction_states(tracker, full_domain)
        for start in range(len(states)):
            cases.append(states[start:])
    cases.append([])
    original = RulePolicy.__dict__["_get_possible_keys"]
    expected = [[original(rule_policy, lookup, states) for lookup in lookups] for states in cases]
    try:
        rasa_speedups.install_fast_rule_lookup()
        rasa_speedups.install_fast_rule_lookup()  # idempotent
        got = [[rule_policy._get_possible_keys(lookup, states) for lookup in lookups] for states in cases]
        # a lookup that changes is indexed again
        changed = dict(lookups[0])
        changed.pop(next(iter(changed)))
        assert rule_policy._get_possible_keys(changed, cases[0]) == original(rule_policy, changed, cases[0])
    finally:
        RulePolicy._get_possible_keys = original
    assert any(any(found) for found in expected)  # the probes do match rules
    assert got == expected


def test_rule_lookup_with_rules_that_need_no_previous_action(trained):
    """Conversation-start rules (no previous action in their newest step) and a rule on an
    action_text, which the index cannot sort by action name."""
    import json as _json

    from rasa.core.policies.rule_policy import RulePolicy

    rule_policy = trained[0][0]
    keys = [
        [{"user": {"intent": "greet"}}],
        [{"user": {"intent": "greet"}, "prev_action": {"action_name": "action_listen"}}],
        [{"prev_action": {"action_text": "hello"}}, {"user": {"intent": "deny"}}],
        [{"prev_action": {"action_name": "utter_greet"}, "user": {"intent": "greet"}},
         {"user": {"intent": "greet"}, "prev_action": {"action_name": "action_listen"}}],
        [{"user": {"intent": "deny"}}, {"prev_action": {"action_text": "hello"}}],
    ]
    lookup = {_json.dumps(k, sort_keys=True): "utter_x" for k in keys}
    cases = [
        [{"user": {"intent": "greet"}}],
        [{"user": {"intent": "greet"}, "prev_action": {"action_name": "action_listen"}}],
        [{"user": {"intent": "greet"}}, {"user": {"intent": "deny"}, "prev_action": {"action_text": "hello"}}],
        [{"prev_action": {"action_name": "utter_greet"}, "user": {"intent": "greet"}},
         {"user": {"intent": "greet"}, "prev_action": {"action_name": "action_listen"}}],
        [{"prev_action": {"action_name": "action_listen"}}],
        # a state with a name and a text: only the unindexed action_text rule can fit it
        [{"user": {"intent": "deny"}}, {"prev_action": {"action_name": "utter_x", "action_text": "hello"}}],
    ]
    original = RulePolicy.__dict__["_get_possible_keys"]
    expected = [original(rule_policy, lookup, states) for states in cases]
    try:
        rasa_speedups.install_fast_rule_lookup()
        got = [rule_policy._get_possible_keys(lookup, states) for states in cases]
    finally:
        RulePolicy._get_possible_keys = original
    assert got == expected
    found = set().union(*expected)
    assert found == set(lookup)  # every rule is found by some probe
    assert expected[-1] == {_json.dumps(keys[4], sort_keys=True)}


# ------------------------------------------------------------------ graph runs without dask
class Recorder:
    calls: list = []


from rasa.engine.graph import GraphComponent  # noqa: E402


class AddComponent(GraphComponent):
    """A tiny graph component: adds its inputs to its configured number, and records the call."""

    def __init__(self, config):
        self.config = config

    @classmethod
    def create(cls, config, model_storage, resource, execution_context):
        return cls(config)

    def add(self, **parts):
        Recorder.calls.append(self.config["name"])
        if self.config.get("fail"):
            raise RuntimeError("failing on purpose")
        return self.config["value"] + sum(parts.values())


def tiny_graph(fail: bool = False):
    """a <- b <- d, a <- c <- d, e alone; d is the target, `x` an input placeholder of c."""
    from rasa.engine.graph import GraphSchema, SchemaNode

    def node(name, needs, value, **extra):
        return SchemaNode(needs=needs, uses=AddComponent, constructor_name="create", fn="add",
                          config={"name": name, "value": value, **extra})

    return GraphSchema({
        "a": node("a", {}, 1),
        "b": node("b", {"left": "a"}, 10),
        "x": node("x", {}, 1000),
        "c": node("c", {"left": "a", "right": "x"}, 100, fail=fail),
        "d": node("d", {"one": "b", "two": "c"}, 10000),
        "e": node("e", {}, 5),
    })


@pytest.mark.parametrize("inputs, targets", [
    (None, ["d"]), (None, ["b", "e"]), ({"x": 7}, ["d"]), ({"x": 7, "unused": 3}, ["c", "b"]),
    ({"a": 50}, ["d"]), (None, None),
])
def test_graph_runs_give_what_dask_gives(inputs, targets, tmp_path):
    from rasa.engine.graph import ExecutionContext
    from rasa.engine.runner.dask import DaskGraphRunner
    from rasa.engine.storage.local_model_storage import LocalModelStorage

    schema = tiny_graph()
    runner = DaskGraphRunner(schema, LocalModelStorage(tmp_path), ExecutionContext(schema, "t"))
    original = DaskGraphRunner.__dict__["run"]
    Recorder.calls = []
    expected = original(runner, inputs, targets)
    expected_calls = sorted(Recorder.calls)
    try:
        rasa_speedups.install_sequential_graph_runner()
        rasa_speedups.install_sequential_graph_runner()  # idempotent
        for _ in range(2):  # the second run uses the remembered order
            Recorder.calls = []
            assert runner.run(inputs, targets) == expected
            assert sorted(Recorder.calls) == expected_calls  # the same nodes, each once
    finally:
        DaskGraphRunner.run = original


def test_graph_run_errors_are_rasas(tmp_path):
    from rasa.engine.exceptions import GraphRunError
    from rasa.engine.graph import ExecutionContext
    from rasa.engine.runner.dask import DaskGraphRunner
    from rasa.engine.storage.local_model_storage import LocalModelStorage

    schema = tiny_graph(fail=True)
    runner = DaskGraphRunner(schema, LocalModelStorage(tmp_path), ExecutionContext(schema, "t"))
    original = DaskGraphRunner.__dict__["run"]
    errors = []
    for install in (False, True):
        if install:
            rasa_speedups.install_sequential_graph_runner()
        try:
            with pytest.raises(Exception) as raised:
                runner.run(None, ["d"])
            errors.append(type(raised.value))
            with pytest.raises(GraphRunError):
                runner.run({"y": "b"}, ["d"])  # an input value that names a node
        finally:
            DaskGraphRunner.run = original
    assert errors[0] is errors[1]


def test_run_order_puts_needs_first_and_finds_cycles():
    from rasa.engine.graph import GraphSchema, SchemaNode

    order = [name for name, _ in rasa_speedups.run_order(tiny_graph(), ["d", "e"])]
    assert sorted(order) == ["a", "b", "c", "d", "e", "x"]
    assert all(order.index(n) < order.index("d") for n in "abcx")
    assert order.index("a") < min(order.index("b"), order.index("c"))
    assert [n for n, _ in rasa_speedups.run_order(tiny_graph(), ["d"], {"c"})] == ["a", "b", "d"]

    def node(needs):
        return SchemaNode(needs=needs, uses=AddComponent, constructor_name="create", fn="add", config={})

    with pytest.raises(ValueError):
        rasa_speedups.run_order(GraphSchema({"p": node({"q": "q"}), "q": node({"p": "p"})}), ["p"])
