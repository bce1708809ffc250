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
) -> None:
    """Sends one variation of message `name`, with {partner} filled in."""
    variation = rng.choice(load_messages()[name])
    text = variation["text"].replace("{partner}", partner or "partner")
    dispatcher.utter_message(text=text, buttons=variation.get("buttons", []))
