"""Rule-based language skills: Four Horsemen, I/you stance, open/closed questions, NVC
thought-feelings and who is speaking, on the project's blank spaCy pipeline.

`analyse(doc)` is the entry point for the Rasa component; `analyse_text(text)` loads the
pipeline itself for scripts and tests.
"""

from bot.language.analysis import LANGUAGE_KEY, LanguageAnalysis, Span, analyse, analyse_text
from bot.language.feelings import REAL_FEELINGS, real_feelings_for
from bot.language.horsemen import CONTEMPT, CRITICISM, DEFENSIVENESS, HORSEMEN, STONEWALLING

__all__ = [
    "CONTEMPT",
    "CRITICISM",
    "DEFENSIVENESS",
    "HORSEMEN",
    "LANGUAGE_KEY",
    "LanguageAnalysis",
    "REAL_FEELINGS",
    "STONEWALLING",
    "Span",
    "analyse",
    "analyse_text",
    "real_feelings_for",
]
