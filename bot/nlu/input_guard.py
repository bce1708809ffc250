"""Input hygiene for the NLU pipeline.

``TextNormalizer`` runs first: it strips markup and control characters so that the classifier
sees plain words (a message like ``<b>we fight</b>`` is classified as "we fight"), and notes
why NLU should not guess on the message, if so. Text left empty is replaced by a placeholder
word, because the classifiers cannot featurise an empty message.
``InputGuard`` runs last: messages that no classifier can handle well (empty, emoji or
punctuation only, far too long, not English) become ``nlu_fallback`` with the reason under
``input_guard`` in the parse data, so ``action_clarify`` gives a clear answer instead of a
confident wrong guess.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import List, Optional, Text

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.guard_reasons import (
    EMPTY_MESSAGE,
    GUARD_KEY,
    LONG_MESSAGE,
    NO_WORDS,
    OTHER_LANGUAGE,
)
from bot.nlu.untrained import UntrainedComponent

# Longest message Mend tries to understand in one go (about 600 words).
MAX_MESSAGE_CHARS = 4000
EMPTY_PLACEHOLDER = "empty"


_TAG = re.compile(r"<[^<>]{0,500}>")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SPACES = re.compile(r"\s+")


def normalize_text(text: Text) -> Text:
    """Plain words only: no tags, entities, control characters or runs of whitespace."""
    text = html.unescape(_TAG.sub(" ", text))
    text = "".join(
        ch if unicodedata.category(ch)[0] != "C" else " " for ch in text
    )
    return _SPACES.sub(" ", text).strip()


def _spacy_stop_words(language: str) -> frozenset[str]:
    """spaCy's stop words for a language, read from spacy/lang/<language>/stop_words.py alone.

    Importing `spacy.lang.<language>.stop_words` runs `spacy.lang.<language>/__init__.py` first,
    which builds the language's tokenizer exceptions: about 9 s of CPU for the six languages
    below, paid by every training and by the server's first message (found by profiling
    `rasa train`). The stop_words module imports nothing, so it is loaded from its file.
    """
    import importlib.util

    spacy_spec = importlib.util.find_spec("spacy")
    assert spacy_spec is not None and spacy_spec.submodule_search_locations
    path = Path(list(spacy_spec.submodule_search_locations)[0]) / "lang" / language / "stop_words.py"
    spec = importlib.util.spec_from_file_location(f"_mend_stop_words_{language}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)


@lru_cache(maxsize=1)
def _stop_words() -> tuple[frozenset[str], frozenset[str]]:
    """English stop words, and stop words of common European languages that English lacks."""
    english = _spacy_stop_words("en")
    foreign = frozenset().union(
        *(_spacy_stop_words(language) for language in ("de", "es", "fr", "it", "nl", "pt"))
    ) - english
    return english, frozenset(w for w in foreign if len(w) > 1)


def looks_foreign(text: Text) -> bool:
    """True when the text is clearly not English (another script, or foreign function words)."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    non_latin = sum(1 for ch in letters if ord(ch) > 0x024F)
    if non_latin / len(letters) > 0.5:
        return True
    words = [w.lower() for w in _WORD.findall(text)]
    english, foreign = _stop_words()
    english_hits = sum(1 for w in words if w in english)
    foreign_hits = sum(1 for w in words if w in foreign)
    return foreign_hits >= 2 and foreign_hits > 2 * english_hits


def guard_reason(text: Text, raw_length: Optional[int] = None) -> Optional[Text]:
    """Why NLU should not guess on this (normalised) message, or None when it may."""
    length = len(text) if raw_length is None else raw_length
    if length > MAX_MESSAGE_CHARS:
        return LONG_MESSAGE
    if not text.strip():
        return EMPTY_MESSAGE
    if not any(ch.isalpha() for ch in text):
        return NO_WORDS
    if looks_foreign(text):
        return OTHER_LANGUAGE
    return None


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False
)
class TextNormalizer(UntrainedComponent):
    """Cleans message text before tokenisation (see module docstring)."""

    def _normalize(self, message: Message) -> None:
        raw = message.get(TEXT)
        if not isinstance(raw, str) or raw.startswith("/"):
            return
        text = normalize_text(raw)
        reason = guard_reason(text, raw_length=len(raw))
        if reason is not None:
            message.set(GUARD_KEY, reason)
        message.set(TEXT, text or EMPTY_PLACEHOLDER)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        for message in training_data.training_examples:
            self._normalize(message)
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self._normalize(message)
        return messages


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False
)
class InputGuard(UntrainedComponent):
    """Turns input the classifier cannot handle into a fallback with a reason."""

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            reason = message.get(GUARD_KEY)
            if reason is None:
                continue
            message.set(GUARD_KEY, reason, add_to_output=True)
            fallback = {"name": DEFAULT_NLU_FALLBACK_INTENT_NAME, "confidence": 1.0}
            message.set(INTENT, fallback, add_to_output=True)
        return messages
