"""Builds Mend's offline spaCy pipeline.

No pretrained spaCy model can be downloaded on Mend's machines, so the NLU pipeline uses a
blank English pipeline with the lookup lemmatizer (tables from ``spacy-lookups-data``) and
saves it under the project. ``SpacyNLP`` in ``config.yml`` loads it by path.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import spacy
from spacy.language import Language

from bot.paths import SPACY_MODEL_DIR


def build_pipeline() -> Language:
    """A blank English pipeline with a lookup lemmatizer, initialised offline."""
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()  # loads the lookup tables from spacy-lookups-data
    nlp.meta["name"] = "mend"
    nlp.meta["description"] = "Blank English pipeline with lookup lemmas, built for Mend."
    return nlp


def save_pipeline(path: Path = SPACY_MODEL_DIR) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    build_pipeline().to_disk(path)
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=SPACY_MODEL_DIR)
    args = parser.parse_args(argv)
    print(f"spaCy pipeline saved to {save_pipeline(args.out)}")


if __name__ == "__main__":
    main()
