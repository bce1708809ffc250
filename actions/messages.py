"""Messages that custom actions compose (actions/content/messages.yml)."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any, Dict, List, Optional, Text

from rasa_sdk.executor import CollectingDispatcher

from actions.yaml_files import read_yaml

MESSAGES_FILE = Path(__file__).parent / "content" / "messages.yml"


def load_messages() -> Dict[Text, List[Dict[Text, Any]]]:
    return read_yaml(MESSAGES_FILE)["messages"]


def say(
    dispatcher: CollectingDispatcher,
    name: Text,
    partner: Optional[Text] = None,
    rng: random.Random = random._inst,  # type: ignore[attr-defined]
    buttons: Optional[List[Dict[Text, Any]]] = None,
    **fields: Text,
) -> None:
    """Sends one variation of message `name`, with {partner} and any other {field} filled in.
    `buttons` replaces the variation's own (for choices the action works out)."""
    variation = rng.choice(load_messages()[name])
    text = variation["text"]
    for key, value in {"partner": partner or "partner", **fields}.items():
        text = text.replace("{" + key + "}", value)
    dispatcher.utter_message(text=text, buttons=variation.get("buttons", []) if buttons is None else buttons)
