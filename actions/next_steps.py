"""A short plan of next steps, chosen from what this conversation was about."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import referral_signals, topics_discussed
from actions.session import join_labels
from actions.topics import topic_label
from actions.yaml_files import read_yaml

STEPS_FILE = Path(__file__).parent / "content" / "next_steps.yml"
MAX_STEPS = 3
# When nothing specific came up yet, the plan starts from the root problem and talking well.
DEFAULT_TOPICS = ("share_problem", "topic_communication")


def load_steps() -> Dict[Text, Any]:
    return read_yaml(STEPS_FILE)


def choose_steps(topics: List[Text], needs_referral: bool, partner: Text) -> List[Text]:
    """Up to MAX_STEPS steps, one per topic in turn (newest, first, then the others), then
    more from the same topics; a referral step when the signs are there."""
    content = load_steps()
    by_topic: Dict[Text, List[Text]] = content["steps"]
    topics = [t for t in topics if t in by_topic] or list(DEFAULT_TOPICS)
    # The newest topic, then what brought the person here (the oldest), then the rest.
    topics = topics[:1] + topics[-1:] + topics[1:-1] if len(topics) > 2 else topics
    budget = MAX_STEPS - (1 if needs_referral else 0)
    chosen: List[Text] = []
    depth = 0
    while len(chosen) < budget and any(depth < len(by_topic[t]) for t in topics):
        for topic in topics:
            if depth < len(by_topic[topic]) and len(chosen) < budget:
                chosen.append(by_topic[topic][depth])
        depth += 1
    if needs_referral:
        chosen.append(content["referral_step"])
    return [step.format(partner=partner) for step in chosen]


class ActionSuggestNextSteps(Action):
    """Two or three concrete steps, worded for this person (a rule then asks to keep them)."""

    def name(self) -> Text:
        return "action_suggest_next_steps"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[EventType]:
        topics = topics_discussed(tracker)
        partner = tracker.get_slot("partner") or "partner"
        signals = referral_signals(tracker)
        steps = choose_steps(topics, needs_referral=bool(signals), partner=partner)
        labels = [topic_label(t) for t in topics[:2] if topic_label(t)]
        if labels:
            intro = f"From what you've told me about {join_labels(labels)}, here are a few small steps:"
        else:
            intro = "Here are a few small steps to start with:"
        lines = "\n".join(f"{n}. {step}" for n, step in enumerate(steps, start=1))
        dispatcher.utter_message(text=f"{intro}\n{lines}")
        return [SlotSet("next_steps", steps), SlotSet("plan_agreed", False)]


class ActionConfirmPlan(Action):
    """The person agreed to the suggested steps: remember that for the summary."""

    def name(self) -> Text:
        return "action_confirm_plan"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[EventType]:
        return [SlotSet("plan_agreed", True)]
