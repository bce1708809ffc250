"""The classifier's fast scorer gives the fitted pipeline's own probabilities."""

from __future__ import annotations

import numpy as np

from bot.nlu.tfidf_classifier import FastScorer, build_pipeline, scorer_for, TfidfIntentClassifier

TEXTS = [
    "we fight about chore", "he never do the dish", "who clean the house",
    "we argue about money", "she spend too much", "our budget be a mess",
    "hi", "hello there", "hey",
    "i feel so alone", "nobody listen to me", "i be sad all the time",
]
LABELS = ["chores"] * 3 + ["money"] * 3 + ["greet"] * 3 + ["feeling"] * 3
QUERIES = ["we fight about money and chore", "hello", "zzz", "i feel alone with the dish", ""]


def fitted(texts, labels):
    pipeline = build_pipeline(TfidfIntentClassifier.get_default_config())
    pipeline.fit(texts, labels)
    return pipeline


def test_fast_scorer_matches_predict_proba():
    pipeline = fitted(TEXTS, LABELS)
    scorer = scorer_for(pipeline)
    assert isinstance(scorer, FastScorer)
    assert list(scorer.classes_) == list(pipeline.classes_)
    np.testing.assert_allclose(scorer.predict_proba(QUERIES), pipeline.predict_proba(QUERIES),
                               rtol=1e-9, atol=1e-12)
    for query in QUERIES:  # one message at a time, as the server calls it
        np.testing.assert_allclose(scorer.predict_proba([query]), pipeline.predict_proba([query]),
                                   rtol=1e-9, atol=1e-12)


def test_two_intents_use_the_pipeline_itself():
    pipeline = fitted(TEXTS[:6], LABELS[:6])  # sklearn is one-vs-rest for two classes
    assert scorer_for(pipeline) is pipeline
    assert scorer_for(None) is None


def test_fast_scorer_matches_on_mends_own_training_data():
    """The whole NLU data (raw text, no lemmas): every score equal to sklearn's, including
    messages with unknown words, odd characters, repeats and nothing in the vocabulary."""
    from rasa.shared.nlu.training_data.loading import load_data

    from bot.nlu.tfidf_classifier import fit_pipeline
    from bot.paths import PROJECT_ROOT

    data = load_data(str(PROJECT_ROOT / "data" / "nlu"))
    examples = [e for e in data.intent_examples if e.get("intent") and e.get("text")]
    texts = [e.get("text").lower() for e in examples]
    pipeline = fit_pipeline(build_pipeline(TfidfIntentClassifier.get_default_config()),
                            texts, [e.get("intent") for e in examples])
    scorer = scorer_for(pipeline)
    assert isinstance(scorer, FastScorer)
    probes = texts[::7] + ["", "   ", "ñ ü 💔 ???", "again again again again", "qqqq xxxx",
                           "i " * 300, "we fight about money\nand chores\tall the time"]
    np.testing.assert_allclose(scorer.predict_proba(probes), pipeline.predict_proba(probes),
                               rtol=1e-9, atol=1e-12)
