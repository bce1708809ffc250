"""Rule-based language skills: Four Horsemen, I/you stance, open/closed questions, NVC
thought-feelings and who is speaking, on the project's blank spaCy pipeline.

`analyse(doc)` is the entry point for the Rasa component; `analyse_text(text)` loads the
pipeline itself for scripts and tests.
"""

from importlib import import_module
from typing import Any

# Names are imported on first use (PEP 562): the rules are compiled when a module that needs
# them is loaded, not by `rasa train`, which only imports the Rasa component's module.
_WHERE = {
    "LANGUAGE_KEY": "bot.language.keys",
    "LanguageAnalysis": "bot.language.analysis",
    "Span": "bot.language.analysis",
    "analyse": "bot.language.analysis",
    "analyse_text": "bot.language.analysis",
    "REAL_FEELINGS": "bot.language.feelings",
    "real_feelings_for": "bot.language.feelings",
    "CONTEMPT": "bot.language.horsemen",
    "CRITICISM": "bot.language.horsemen",
    "DEFENSIVENESS": "bot.language.horsemen",
    "HORSEMEN": "bot.language.horsemen",
    "STONEWALLING": "bot.language.horsemen",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(_WHERE[name]), name)
    globals()[name] = value
    return value
