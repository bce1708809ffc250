"""Messages that custom actions compose (actions/content/messages.yml)."""

from __future__ import annotations

import random
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Optional, Text

import yaml
from rasa_sdk.executor import CollectingDispatcher

MESSAGES_FILE = Path(__file__).parent / "content" / "messages.yml"


@lru_cache(maxsize=1)
def load_messages() -> Dict[Text, List[Dict[Text, Any]]]:
    with MESSAGES_FILE.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)["messages"]


def say(
    dispatcher: CollectingDispatcher,
    name: Text,
    partner: Optional[Text] = None,
    rng: random.Random = random._inst,  # type: ignore[attr-defined]
    **fields: Text,
) -> None:
    """Sends one variation of message `name`, with {partner} and any other {field} filled in."""
    variation = rng.choice(load_messages()[name])
    text = variation["text"]
    for key, value in {"partner": partner or "partner", **fields}.items():
        text = text.replace("{" + key + "}", value)
    dispatcher.utter_message(text=text, buttons=variation.get("buttons", []))
