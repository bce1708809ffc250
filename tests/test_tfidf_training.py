"""The intent classifier trains in the row space (same model as sklearn's direct fit) and its
stored form round-trips without pickle."""

from __future__ import annotations

import json

import numpy as np
import pytest
from sklearn.linear_model import LogisticRegression

from bot.nlu.row_space_fit import fit_in_row_space
from bot.nlu.tfidf_classifier import TfidfIntentClassifier, build_pipeline, fit_pipeline, scorer_for
from bot.nlu.tfidf_storage import ARRAYS_FILE, SETTINGS_FILE, load_pipeline, save_pipeline

TEXTS = [
    "we fight about chore", "he never do the dish", "who clean the house", "the laundry pile up",
    "we argue about money", "she spend too much", "our budget be a mess", "debt keep me up",
    "hi", "hello there", "hey", "good morning",
    "i feel so alone", "nobody listen to me", "i be sad all the time", "i feel invisible at home",
    "he never do the dish",  # a duplicate row: the Gram matrix is singular
]
LABELS = ["chores"] * 4 + ["money"] * 4 + ["greet"] * 4 + ["feeling"] * 4 + ["chores"]
QUERIES = ["we fight about money and chore", "hello", "zzz", "i feel alone with the dish", ""]
CONFIG = TfidfIntentClassifier.get_default_config()


def direct_fit(texts, labels):
    return build_pipeline(CONFIG).fit(texts, labels)


@pytest.mark.parametrize("n_classes", [2, 4])
def test_row_space_fit_gives_sklearns_model(n_classes):
    """Same model up to the solver's tolerance (L-BFGS stops on the largest gradient entry,
    which depends on the basis, so the last digits differ)."""
    keep = [i for i, label in enumerate(LABELS) if label in sorted(set(LABELS))[:n_classes]]
    texts, labels = [TEXTS[i] for i in keep], [LABELS[i] for i in keep]
    ours, theirs = fit_pipeline(build_pipeline(CONFIG), texts, labels), direct_fit(texts, labels)
    ours_lr, theirs_lr = ours.named_steps["classifier"], theirs.named_steps["classifier"]
    assert ours_lr.coef_.shape == theirs_lr.coef_.shape
    assert list(ours_lr.classes_) == list(theirs_lr.classes_)
    np.testing.assert_allclose(ours_lr.coef_, theirs_lr.coef_, atol=2e-3)
    np.testing.assert_allclose(ours.predict_proba(QUERIES), theirs.predict_proba(QUERIES), atol=1e-3)


@pytest.mark.parametrize("n_classes", [2, 3])
def test_row_space_fit_matches_exactly_at_a_tight_tolerance(n_classes):
    from scipy.sparse import random as sparse_random

    rng = np.random.default_rng(3)
    features = sparse_random(60, 500, density=0.05, format="csr", random_state=4)
    labels = rng.integers(0, n_classes, size=60)
    settings = dict(C=5.0, max_iter=5000, tol=1e-10)
    ours = fit_in_row_space(LogisticRegression(**settings), features, labels)
    theirs = LogisticRegression(**settings).fit(features, labels)
    np.testing.assert_allclose(ours.coef_, theirs.coef_, atol=1e-6)
    np.testing.assert_allclose(ours.intercept_, theirs.intercept_, atol=1e-6)
    np.testing.assert_allclose(ours.predict_proba(features), theirs.predict_proba(features), atol=1e-7)
    # and the coefficients really live in the span of the rows
    in_span = features.T @ np.linalg.lstsq(features.toarray().T, ours.coef_.T, rcond=None)[0]
    np.testing.assert_allclose(np.asarray(in_span).T, ours.coef_, atol=1e-6)


def test_more_rows_than_columns_or_another_penalty_fit_directly():
    rng = np.random.default_rng(0)
    tall = rng.normal(size=(40, 3))
    labels = (tall[:, 0] > 0).astype(int)
    ours = fit_in_row_space(LogisticRegression(), tall, labels)
    np.testing.assert_allclose(ours.coef_, LogisticRegression().fit(tall, labels).coef_)
    wide = rng.normal(size=(10, 30))
    lasso = LogisticRegression(penalty="l1", solver="liblinear", random_state=0)
    fitted = fit_in_row_space(lasso, wide, labels[:10])
    np.testing.assert_allclose(
        fitted.coef_, LogisticRegression(penalty="l1", solver="liblinear", random_state=0).fit(wide, labels[:10]).coef_
    )


def test_storage_round_trip_scores_the_same(tmp_path):
    pipeline = fit_pipeline(build_pipeline(CONFIG), TEXTS, LABELS)
    save_pipeline(pipeline, CONFIG, tmp_path)
    loaded = load_pipeline(tmp_path, build_pipeline)
    assert list(loaded.classes_) == list(pipeline.classes_)
    np.testing.assert_array_equal(loaded.predict_proba(QUERIES), pipeline.predict_proba(QUERIES))
    np.testing.assert_allclose(
        scorer_for(loaded).predict_proba(QUERIES), pipeline.predict_proba(QUERIES), atol=1e-12
    )
    # nothing pickled: the arrays load with pickling switched off
    with np.load(tmp_path / ARRAYS_FILE, allow_pickle=False) as stored:
        assert stored["coef"].dtype == np.float64


def test_storage_refuses_an_unknown_format_or_mismatched_vocabulary(tmp_path):
    pipeline = fit_pipeline(build_pipeline(CONFIG), TEXTS, LABELS)
    save_pipeline(pipeline, CONFIG, tmp_path)
    meta = json.loads((tmp_path / SETTINGS_FILE).read_text())
    (tmp_path / SETTINGS_FILE).write_text(json.dumps({**meta, "format": 99}))
    with pytest.raises(ValueError):
        load_pipeline(tmp_path, build_pipeline)
    meta["vocabularies"]["words"].popitem()
    (tmp_path / SETTINGS_FILE).write_text(json.dumps(meta))
    with pytest.raises(ValueError):
        load_pipeline(tmp_path, build_pipeline)
    (tmp_path / ARRAYS_FILE).unlink()
    with pytest.raises(OSError):
        load_pipeline(tmp_path, build_pipeline)
