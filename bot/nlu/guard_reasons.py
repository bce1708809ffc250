"""Names shared by the NLU input guard and the action that answers it.

Kept free of Rasa imports so the action server can import it cheaply.
"""

GUARD_KEY = "input_guard"  # parse-data key holding the reason

EMPTY_MESSAGE = "empty_message"
NO_WORDS = "no_words"
LONG_MESSAGE = "long_message"
OTHER_LANGUAGE = "other_language"
GUARD_REASONS = (EMPTY_MESSAGE, NO_WORDS, LONG_MESSAGE, OTHER_LANGUAGE)
