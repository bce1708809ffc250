"""Referral to a professional: who helps, where to find them, what to ask."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import referral_signals
from actions.messages import say
from actions.safety import send_lines
from actions.session import join_labels
from actions.topics import PARTNER_UNWILLING, REFERRAL_SIGNALS
from actions.yaml_files import read_yaml
from bot.paths import RESOURCES_DIR

DIRECTORIES_FILE = RESOURCES_DIR / "therapist_directories.yml"
ANYWHERE = "ALL"


def load_directories() -> Dict[Text, Any]:
    return read_yaml(DIRECTORIES_FILE)


def directories_for(country: Optional[Text]) -> List[Dict[Text, Any]]:
    """Directories for this country first, then those that help anywhere."""
    entries = load_directories()["directories"]
    local = [d for d in entries if country and country in d["countries"]]
    anywhere = [d for d in entries if ANYWHERE in d["countries"] and d not in local]
    return local + anywhere


def country_name(country: Optional[Text]) -> Optional[Text]:
    return load_directories()["country_names"].get(country or "")


class ActionReferTherapist(Action):
    """Explains which professional helps, how to find one (by country) and what to ask."""

    def name(self) -> Text:
        return "action_refer_therapist"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[EventType]:
        if tracker.get_slot("dv_disclosed"):
            # Couples therapy is contraindicated where there is abuse or fear of a partner.
            say(dispatcher, "safety_referral")
            send_lines(dispatcher, ["abuse"], tracker.get_slot("country"))
            return []
        partner = tracker.get_slot("partner") or "partner"
        signals = referral_signals(tracker)
        country = tracker.get_slot("country")

        reasons = [REFERRAL_SIGNALS[s] for s in signals]
        opening = (
            f"Since {join_labels(reasons)}, talking to a professional makes a lot of sense."
            if reasons
            else "Getting professional support is a strong step, not a sign of failure."
        )
        if any(s in PARTNER_UNWILLING for s in signals):
            who = (
                f"A couples therapist works with you both. If your {partner} won't come, "
                "an individual counsellor can help you on your own, and support groups "
                "or a good book on couples communication can too."
            )
        else:
            who = (
                "A couples therapist (also called a marriage and family therapist) works "
                f"with you and your {partner} together. If your {partner} won't come, "
                "an individual counsellor is a good start."
            )
        dispatcher.utter_message(text=f"{opening} {who}")

        where = country_name(country)
        found = directories_for(country)
        listing = "\n".join(f"- {d['name']} ({d['url']}): {d['what']}" for d in found)
        has_local = any(ANYWHERE not in d["countries"] for d in found)
        if where and has_local:
            heading = f"Places to look in {where}:"
        elif where:
            heading = f"I don't have a local list for {where} yet. These work internationally:"
        else:
            heading = "Places to look:"
        dispatcher.utter_message(text=f"{heading}\n{listing}")
        say(dispatcher, "therapist_questions", partner)
        if country is None:
            say(dispatcher, "ask_country", partner)
        return []
