"""Intent and parse-data names shared by the safety NLU component and the actions.

Kept free of Rasa imports so the action server can import it cheaply.
"""

CRISIS_INTENT_PREFIX = "crisis_"
SAFETY_CHECK_INTENT = "safety_check"
SAFETY_KEY = "safety"  # parse-data key with categories, severity, trigger, source

CRISIS_INTENTS = (
    "crisis_suicide",
    "crisis_self_harm",
    "crisis_harm_others",
    "crisis_abuse",
    "crisis_child_harm",
)
_CATEGORY_TO_INTENT = {
    "suicide": "crisis_suicide",
    "self_harm": "crisis_self_harm",
    "harm_to_others": "crisis_harm_others",
    "abuse": "crisis_abuse",
    "child_harm": "crisis_child_harm",
}
INTENT_TO_CATEGORY = {intent: category for category, intent in _CATEGORY_TO_INTENT.items()}
# Categories after which couples "repair" advice must stop for the rest of the conversation.
ABUSE_CATEGORIES = frozenset({"abuse", "child_harm"})


def crisis_intent(category: str) -> str:
    return _CATEGORY_TO_INTENT[category]
