"""Saving and loading the intent classifier's fitted pipeline without pickle.

What is saved is only data: the settings the pipeline was built from and, per vectorizer, its
vocabulary (JSON) and IDF weights, plus the logistic regression's coefficients, intercepts and
classes (a NumPy .npz read with allow_pickle=False). Loading rebuilds the pipeline with
`build_pipeline` and puts the fitted numbers back, so nothing in a model file can run code.
This replaced skops (whose import alone took ~12 s of every training run); skops stays in
the lock file only because Rasa declares it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable, Dict, Text

import numpy as np

FORMAT_VERSION = 1
SETTINGS_FILE = "tfidf_intent.json"
ARRAYS_FILE = "tfidf_intent.npz"


def save_pipeline(pipeline: Any, settings: Dict[Text, Any], directory: Path) -> None:
    """Write a fitted pipeline made by build_pipeline(settings) into `directory`."""
    vectorizers = pipeline.named_steps["features"].transformer_list
    classifier = pipeline.named_steps["classifier"]
    meta = {
        "format": FORMAT_VERSION,
        "settings": settings,
        "vocabularies": {
            name: {term: int(index) for term, index in vectorizer.vocabulary_.items()}
            for name, vectorizer in vectorizers
        },
    }
    arrays = {f"idf_{name}": vectorizer.idf_ for name, vectorizer in vectorizers}
    arrays.update(
        coef=classifier.coef_,
        intercept=classifier.intercept_,
        classes=np.asarray([str(c) for c in classifier.classes_]),
    )
    (directory / SETTINGS_FILE).write_text(json.dumps(meta), encoding="utf-8")
    with (directory / ARRAYS_FILE).open("wb") as handle:
        np.savez(handle, **arrays)


def load_pipeline(directory: Path, build: Callable[[Dict[Text, Any]], Any]) -> Any:
    """Read what save_pipeline wrote; `build` is build_pipeline. FileNotFoundError or
    ValueError when the files are missing or not in this format."""
    meta = json.loads((directory / SETTINGS_FILE).read_text(encoding="utf-8"))
    if meta.get("format") != FORMAT_VERSION:
        raise ValueError(f"unknown intent model format {meta.get('format')!r}")
    with np.load(directory / ARRAYS_FILE, allow_pickle=False) as stored:
        arrays = {key: stored[key] for key in stored.files}

    pipeline = build(meta["settings"])
    for name, vectorizer in pipeline.named_steps["features"].transformer_list:
        vectorizer.vocabulary = meta["vocabularies"][name]
        vectorizer.idf_ = arrays[f"idf_{name}"]  # also validates the vocabulary against it
    classifier = pipeline.named_steps["classifier"]
    classifier.coef_ = arrays["coef"]
    classifier.intercept_ = arrays["intercept"]
    classifier.classes_ = arrays["classes"]
    classifier.n_features_in_ = arrays["coef"].shape[1]
    if arrays["coef"].shape[0] not in (1, len(classifier.classes_)):
        raise ValueError("intent model coefficients do not match its classes")
    return pipeline
