"""Language skills in every message: Four Horsemen, I/you stance, question type, thought-feelings.

Runs after the classifiers and uses the spaCy Doc that SpacyNLP already made, so the rules in
`bot.language` cost well under a millisecond. It adds:
- ``language`` to the parse data (``LanguageAnalysis.as_dict``): for the actions, the tracker
  store and the practitioner review;
- entities the dialogue can use: ``pattern`` (one per horseman span, value = the horseman),
  ``thought_feeling`` (value = the word, e.g. "ignored"), ``stance`` ("i"/"you") and
  ``question_type`` ("open"/"closed"), the last two spanning the whole message.
When the classifier fell back on a short message in which a horseman was quoted or described
("he said 'whatever' and walked out"), the intent becomes ``describe_fight`` so the bot can
name the pattern instead of asking the person to rephrase. Long stories are left to the
fallback (a topic menu): one pattern found in a long message is rarely the point of it, and on
real questions (CounselChat, `make eval`) naming it there was mostly beside the point.

With ``learned_complement`` on, the learned model built by `make` (`python -m
bot.language.learned`, into build/horsemen_model) may add horsemen the rules missed; those
findings carry ``source: model`` and their probability (bot.language.complement). A missing
model is an error at load time, as a missing spaCy pipeline is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Optional, Text

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.constants import SPACY_DOCS
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import (
    ENTITIES,
    ENTITY_ATTRIBUTE_END,
    ENTITY_ATTRIBUTE_START,
    ENTITY_ATTRIBUTE_TYPE,
    ENTITY_ATTRIBUTE_VALUE,
    EXTRACTOR,
    INTENT,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message

from bot.language import LANGUAGE_KEY
from bot.nlu.untrained import UntrainedComponent

if TYPE_CHECKING:
    from bot.language import LanguageAnalysis

DESCRIBE_FIGHT_INTENT = "describe_fight"
EXTRACTOR_NAME = "LanguageSkills"


def _entity(kind: str, value: str, start: int, end: int) -> Dict[Text, Any]:
    return {
        ENTITY_ATTRIBUTE_TYPE: kind,
        ENTITY_ATTRIBUTE_VALUE: value,
        ENTITY_ATTRIBUTE_START: start,
        ENTITY_ATTRIBUTE_END: end,
        EXTRACTOR: EXTRACTOR_NAME,
    }


def entities_for(analysis: LanguageAnalysis, text_length: int) -> List[Dict[Text, Any]]:
    """The findings as Rasa entities (see the module docstring)."""
    found = [_entity("pattern", s.label, s.start, s.end) for s in analysis.horsemen]
    found += [_entity("thought_feeling", s.label, s.start, s.end) for s in analysis.thought_feelings]
    if analysis.stance != "neutral":
        found.append(_entity("stance", analysis.stance, 0, text_length))
    if analysis.question:
        found.append(_entity("question_type", analysis.question, 0, text_length))
    return found


def _load_learned(directory: Text) -> Any:
    from pathlib import Path

    from bot.language.learned import load_built
    from bot.paths import PROJECT_ROOT

    path = Path(directory)
    try:
        return load_built(path if path.is_absolute() else PROJECT_ROOT / path)
    except FileNotFoundError as error:
        raise FileNotFoundError(f"{error} Or set learned_complement: false in config.yml.") from None


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False
)
class LanguageSkills(UntrainedComponent):
    """See module docstring."""

    def __init__(self, config: Optional[Dict[Text, Any]] = None) -> None:
        super().__init__(config)
        # the rules compile here, when a model is loaded (`rasa train` never builds this)
        from bot.language import analyse

        self._analyse = analyse
        self._model = None
        if self.config["learned_complement"]:
            self._model = _load_learned(self.config["learned_model"])

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            "fallback_to_describe_fight": True,
            # longer messages keep the fallback (= action_clarify's LONG_STORY_WORDS)
            "describe_fight_max_words": 40,
            # add the learned complement's horsemen (bot.language.complement)
            "learned_complement": True,
            # relative to the project root, like SpacyNLP's model
            "learned_model": "build/horsemen_model",
        }

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            doc = message.get(SPACY_DOCS[TEXT])
            text = message.get(TEXT)
            if doc is None or not isinstance(text, str) or text.startswith("/"):
                continue
            analysis = self._analyse(doc, self._model)
            message.set(LANGUAGE_KEY, analysis.as_dict(), add_to_output=True)
            entities = entities_for(analysis, len(text))
            if entities:
                message.set(ENTITIES, [*(message.get(ENTITIES) or []), *entities], add_to_output=True)
            intent = (message.get(INTENT) or {}).get("name")
            if (
                self.config["fallback_to_describe_fight"]
                and analysis.horsemen
                and intent == DEFAULT_NLU_FALLBACK_INTENT_NAME
                and len(text.split()) < self.config["describe_fight_max_words"]
            ):
                message.set(INTENT, {"name": DESCRIBE_FIGHT_INTENT, "confidence": 1.0}, add_to_output=True)
        return messages
