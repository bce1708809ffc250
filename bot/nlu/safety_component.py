"""Safety first: crisis and abuse disclosures override whatever else NLU decided.

Runs last in the pipeline. The phrase rules (bot.safety) and the intent classifier each get a
say, so recall does not hang on the classifier alone:
- a rule finding -> the crisis intent of its category;
- no rule finding, but the classifier is fairly sure of a crisis intent -> that intent;
- ambiguous distress ("I can't do this anymore"), or the classifier unsure about a crisis
  intent -> ``safety_check`` (one gentle, direct question);
- a rule phrase that was negated or figurative ("I'm not suicidal", "this job is killing me")
  keeps the classifier from escalating on the same words.
The finding is added to the parse data under ``safety`` for the actions and the review.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.constants import TOKENS_NAMES
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.untrained import UntrainedComponent
from bot.safety.detector import SafetyResult, detect
from bot.safety.intents import (
    CRISIS_INTENT_PREFIX,
    INTENT_TO_CATEGORY,
    SAFETY_CHECK_INTENT,
    SAFETY_KEY,
    crisis_intent,
)



def _lemmas(message: Message) -> Optional[List[str]]:
    tokens = message.get(TOKENS_NAMES[TEXT]) or []
    return [token.lemma or token.text for token in tokens] or None


def _ranking(message: Message) -> List[Dict[Text, Any]]:
    ranking = message.get(INTENT_RANKING_KEY) or []
    return [r for r in ranking if r["name"] != DEFAULT_NLU_FALLBACK_INTENT_NAME]


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False
)
class SafetyGuard(UntrainedComponent):
    """See module docstring."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            # classifier confidence for a crisis intent to escalate on its own
            "escalate_threshold": 0.5,
            # ... and to ask the gentle question instead
            "check_threshold": 0.2,
        }

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT)
            if isinstance(text, str) and not text.startswith("/"):
                self._guard(message, detect(text, _lemmas(message)))
        return messages

    def _guard(self, message: Message, result: SafetyResult) -> None:
        ranking = _ranking(message)
        crisis_guess = next(
            (r for r in ranking if r["name"].startswith(CRISIS_INTENT_PREFIX)), None
        )
        top = result.top
        if result.is_crisis and top is not None:
            self._set(message, crisis_intent(top.category), {
                "categories": result.categories,
                "severity": top.severity,
                "trigger": top.trigger,
                "source": "rules",
            })
        elif crisis_guess and not result.dismissed and (
            crisis_guess["confidence"] >= self.config["escalate_threshold"]
        ):
            category = INTENT_TO_CATEGORY[crisis_guess["name"]]
            self._set(message, crisis_guess["name"], {
                "categories": [category],
                "severity": "medium",
                "trigger": None,
                "source": "classifier",
            })
        elif top is not None or (
            crisis_guess
            and not result.dismissed
            and crisis_guess["confidence"] >= self.config["check_threshold"]
        ):
            self._set(message, SAFETY_CHECK_INTENT, {
                "categories": [],
                "severity": "check",
                "trigger": top.trigger if top else None,
                "source": "rules" if top else "classifier",
                "about": top.about if top else "self",
            })
        elif result.dismissed and (message.get(INTENT) or {}).get("name", "").startswith(
            CRISIS_INTENT_PREFIX
        ):
            # "I'm not suicidal": never escalate on words the rules dismissed.
            best = next(
                (r for r in ranking if not r["name"].startswith(CRISIS_INTENT_PREFIX)), None
            )
            fallback = {"name": DEFAULT_NLU_FALLBACK_INTENT_NAME, "confidence": 1.0}
            message.set(INTENT, best or fallback, add_to_output=True)

    @staticmethod
    def _set(message: Message, intent: Text, safety: Dict[Text, Any]) -> None:
        message.set(INTENT, {"name": intent, "confidence": 1.0}, add_to_output=True)
        message.set(SAFETY_KEY, safety, add_to_output=True)
