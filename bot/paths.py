"""Where Mend keeps things on disk, relative to the project root."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
MODELS_DIR = PROJECT_ROOT / "models"
# Built by `make spacy` (bot/nlu/spacy_model.py); referenced by config.yml.
SPACY_MODEL_DIR = PROJECT_ROOT / "build" / "spacy" / "en_mend"
# Built by `make` (`python -m bot.language.learned`): the learned complement to the horsemen rules,
# loaded by the LanguageSkills component (config.yml).
HORSEMEN_MODEL_DIR = PROJECT_ROOT / "build" / "horsemen_model"
# Git-ignored runtime state: the SQLite tracker store and generated endpoint files.
RUNTIME_DIR = PROJECT_ROOT / ".mend"
DEFAULT_SQLITE_DB = RUNTIME_DIR / "tracker.db"
RESOURCES_DIR = PROJECT_ROOT / "data" / "resources"
# The team's shared folder (seeds, reference, outside evaluation data) beside the checkout.
SHARED_DIR = Path(os.environ.get("MEND_SHARED_DIR", PROJECT_ROOT.parent / "shared"))
EVAL_DIR = SHARED_DIR / "eval"
