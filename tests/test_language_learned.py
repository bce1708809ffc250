"""The learned horsemen model (bot.language.learned): the run-time scorer (no sklearn/scipy)
equals sklearn, the saved files are data only, a save/load round trip and a deterministic build."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest
import spacy
import yaml

from bot.language import learned as L
from bot.language.horsemen import HORSEMEN
from bot.language.labelled_sets import HELD_OUT_SPLITS, TUNABLE_SPLITS, path_of, tuning_files
from bot.paths import SPACY_MODEL_DIR

EDGE_TEXTS = [
    "",
    "   \n\t ",
    "a",
    "zzqx qqvv",  # unknown terms only
    "You never never never listen, you NEVER do.",  # repeated terms: binary tf counts each once
    "Whatever.   Fine.\n\nI'm done talking.",
    "It's not my fault — you’re the one who forgot!",
    "Ça va? Naïve café… 🙄 ugh",
    "I",
    "no no no no no no no no",
]


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(SPACY_MODEL_DIR)


@pytest.fixture(scope="module")
def data(nlp):
    return L.training_data(nlp)


@pytest.fixture(scope="module")
def fold(nlp, tmp_path_factory):
    """Fit on three writers, keep the fourth's messages (plus edge cases) unseen."""
    train_rows, train_labels = L.training_data(nlp, tuning_files()[1:])
    unseen, _ = L.training_data(nlp, tuning_files()[:1])
    unseen += [L.doc_inputs(nlp(text)) for text in EDGE_TEXTS]
    vectorizers, classifiers = L.fit_sklearn(train_rows, train_labels)
    meta, arrays = L.export(vectorizers, classifiers)
    directory = tmp_path_factory.mktemp("fold")
    L.save(meta, arrays, directory)
    return vectorizers, classifiers, meta, arrays, directory, unseen


@pytest.fixture(scope="module")
def built(nlp, tmp_path_factory):
    first, second = tmp_path_factory.mktemp("build1"), tmp_path_factory.mktemp("build2")
    L.build(first, nlp=nlp)
    L.build(second, nlp=nlp)
    return first, second


def _texts(splits) -> set:
    texts = set()
    for split in splits:
        with path_of(split).open(encoding="utf-8") as handle:
            examples = yaml.safe_load(handle)["examples"]
        texts |= {e["text"].strip().lower() for e in examples if e.get("split") in (None, split)}
    return texts


def test_no_evaluation_text_is_in_the_training_data():
    """The model fits on the tuning sets; a message also in an evaluation-only set would be
    scored on what it was fitted on."""
    assert not _texts(TUNABLE_SPLITS) & _texts(HELD_OUT_SPLITS)


def test_fast_scorer_equals_sklearn(fold):
    vectorizers, classifiers, _, _, directory, unseen = fold
    model = L.HorsemenModel.load(directory)
    expected = L.predict_proba_sklearn(vectorizers, classifiers, unseen)
    got = np.array([[model.probabilities(row)[label] for label in HORSEMEN] for row in unseen])
    assert got.shape == expected.shape == (len(unseen), len(HORSEMEN))
    np.testing.assert_allclose(got, expected, rtol=0, atol=1e-9)
    # and the features themselves: the decision function equals sklearn's
    X = L.transform_sklearn(vectorizers, unseen)
    decision = np.column_stack([c.decision_function(X) for c in classifiers])
    np.testing.assert_allclose([model.decision(row) for row in unseen], decision, rtol=0, atol=1e-9)


def test_char_wb_and_word_ngrams_match_sklearn():
    from sklearn.feature_extraction.text import TfidfVectorizer

    for text in EDGE_TEXTS + ["ab abc abcd abcde abcdef", " x  y\u00a0z "]:
        char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5)).build_analyzer()
        assert L._char_wb_ngrams(text.lower(), 2, 5) == char(text)
        word = TfidfVectorizer(ngram_range=(1, 2)).build_analyzer()
        assert L._word_ngrams(re.findall(L.WORD_PATTERN, text.lower()), 1, 2) == word(text)


def test_saved_files_are_data_only(built):
    directory = built[0]
    assert sorted(p.name for p in directory.iterdir()) == sorted([L.MODEL_FILE, L.ARRAYS_FILE])
    meta = json.loads((directory / L.MODEL_FILE).read_text(encoding="utf-8"))
    assert meta["labels"] == list(HORSEMEN) and meta["threshold"] == L.THRESHOLD
    with zipfile.ZipFile(directory / L.ARRAYS_FILE) as archive:
        assert all(name.endswith(".npy") for name in archive.namelist())
    with np.load(directory / L.ARRAYS_FILE, allow_pickle=False) as arrays:
        names = set(arrays.files)
        assert names == {"coef", "intercept"} | {f"idf_{v['name']}" for v in meta["vectorizers"]}
        for name in names:
            assert arrays[name].dtype == np.float64, name
        n_features = sum(len(v["vocabulary"]) for v in meta["vectorizers"])
        assert arrays["coef"].shape == (len(HORSEMEN), n_features)


def test_round_trip(fold, tmp_path):
    _, _, meta, arrays, directory, unseen = fold
    L.save(meta, arrays, tmp_path)
    again = L.HorsemenModel.load(tmp_path)
    original = L.HorsemenModel.load(directory)
    assert again.labels == original.labels == tuple(HORSEMEN)
    assert again.threshold == original.threshold == L.THRESHOLD
    assert [b.index for b in again.blocks] == [b.index for b in original.blocks]
    np.testing.assert_array_equal(again.table, original.table)
    assert again.intercept == original.intercept
    for row in unseen[:50]:
        assert again.probabilities(row) == original.probabilities(row)
        labels = again.labels_for(row)
        assert all(p >= again.threshold for p in labels.values())


def test_only_binary_l2_models_load(fold, tmp_path):
    _, _, meta, arrays, _, _ = fold
    changed = json.loads(json.dumps(meta))
    changed["vectorizers"][0]["binary"] = False
    L.save(changed, arrays, tmp_path)
    with pytest.raises(ValueError, match="only binary tf with l2 norm"):
        L.HorsemenModel.load(tmp_path)


def test_build_is_deterministic(built):
    first, second = built
    assert (first / L.MODEL_FILE).read_bytes() == (second / L.MODEL_FILE).read_bytes()
    with np.load(first / L.ARRAYS_FILE, allow_pickle=False) as a, np.load(second / L.ARRAYS_FILE, allow_pickle=False) as b:
        assert a.files == b.files
        for name in a.files:
            np.testing.assert_array_equal(a[name], b[name])


def test_built_model_fits_its_training_data(built, data):
    """A sanity floor: the full model recovers most of its own training labels."""
    rows, labels = data
    model = L.HorsemenModel.load(built[0])
    hits = sum(set(model.labels_for(row)) == set(gold) for row, gold in zip(rows, labels))
    assert hits / len(rows) > 0.9


def test_scoring_needs_neither_sklearn_nor_scipy(built):
    script = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('sklearn', 'scipy'):\n"
        "            raise ImportError('blocked ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "from bot.language import learned\n"
        f"model = learned.HorsemenModel.load({str(built[0])!r})\n"
        "p = model.probabilities({'text': 'You never listen.', 'lemmas': 'you never listen .'})\n"
        "assert set(p) == set(model.labels) and all(0 < v < 1 for v in p.values())\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, cwd=Path(__file__).resolve().parent.parent)


def test_a_missing_built_model_says_how_to_build_it(tmp_path):
    with pytest.raises(FileNotFoundError, match="python -m bot.language.learned"):
        L.load_built(tmp_path)


def test_the_component_names_the_config_switch_when_the_model_is_missing(tmp_path):
    from bot.nlu.language_skills import LanguageSkills

    with pytest.raises(FileNotFoundError, match="learned_complement: false"):
        LanguageSkills({"learned_model": str(tmp_path)})
    assert LanguageSkills({"learned_model": str(tmp_path), "learned_complement": False})._model is None
