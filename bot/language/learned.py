"""A small learned complement to the Four Horsemen rules: one logistic regression per horseman
over TF-IDF features. The bot uses it through bot.language.complement, which lets it add only
the horsemen the rules missed, above THRESHOLD, and never where the rules read the same words
as healthy.

Why: the rules are precise but new writers' phrasing slips past them (first looks at fresh
writers' sets: macro-F1 0.68-0.82). Why not the model alone: a bag of n-grams cannot tell
"you always know what to say" from blame; on its own it was confidently wrong on tricky
healthy messages ("he is a genius at fixing bikes" 0.97 contempt). The rules' healthy readings
veto it, and the detector unit tests check every tricky negative on the joined reading.

Fitted on the tuning sets only (bot.language.labelled_sets.tuning_files), never on the
held-out or validation sets; THRESHOLD was chosen on the validation set (`make eval` and the
issue notes have the figures).

Features (the same at build and run time), each block l2-normalised, then stacked:
- ``word``:  word 1-2-grams of the lower-cased text (sklearn's default token pattern);
- ``char``:  char_wb 2-5-grams of the lower-cased text (min_df 2);
- ``lemma``: 1-2-grams of the Doc's lower-cased lemmas (whitespace tokens);
all with binary tf (a term counts once per message) and smoothed idf. Binary rather than
sublinear tf: it lets a message be scored with one gather and one sum per block, about a third
faster in the bot (validation macro-F1 0.863 against 0.866 at threshold 0.8, fitted on nine
splits; unit-test negatives all still quiet). Word 1-3-grams, char 3-5-grams and C=3 or 30 were
within 0.01 on validation; dropping the lemma block cost 0.007 there and 0.019 on a new writer.
Classifier: liblinear logistic regression, C=10, class_weight balanced, one binary model per
horseman.

Build (`python -m bot.language.learned`, a few seconds): sklearn fits the models on the tuning
sets and the result is written as data only, to bot.paths.HORSEMEN_MODEL_DIR:
``model.json`` (settings, vocabularies in column order) and ``arrays.npz`` (idf per block,
coefficients, intercepts; read with allow_pickle=False). Run time needs neither sklearn nor
scipy: `HorsemenModel.probabilities` rebuilds the TF-IDF vector of one message with dict
lookups and takes the dot products with numpy (tests check it equals sklearn's predict_proba).
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Set, Tuple

import numpy as np

from bot.paths import HORSEMEN_MODEL_DIR

FORMAT_VERSION = 2  # 2: binary tf (1 was sublinear tf)
MODEL_FILE = "model.json"
ARRAYS_FILE = "arrays.npz"
# Chosen on tests/data/language_skills_validation.yml with the vetoes in place, and checked on
# each new writer's set before the model was fitted on it (first looks). Fitted on seven tuning
# splits, 0.6 / 0.7 / 0.8 gave validation macro-F1 0.878 / 0.873 / 0.874, so 0.8 was kept for
# precision. With sixteen (4,500 messages), 0.6 / 0.7 / 0.8 gave 0.902 / 0.896 / 0.886 at
# micro-precision 0.885 / 0.884 / 0.886; on eight of the nine new writers' first looks 0.7 beat
# 0.8 (by 0.004-0.035, at precision up to 0.03 lower). With all thirty-two tuning splits (about
# 10,600 messages): 0.911 / 0.909 / 0.894 at precision 0.883 / 0.895 / 0.892, so 0.7. Below it,
# with fewer splits, tricky-negative unit tests failed ("You have a point, I did forget to book
# it" read as defensiveness). Findings from the model alone are named tentatively.
THRESHOLD = 0.7
C = 10.0
CLASS_WEIGHT = "balanced"
WORD_PATTERN = r"(?u)\b\w\w+\b"  # sklearn's default token_pattern
LEMMA_PATTERN = r"\S+"
WORD_CACHE_SIZE = 1 << 15  # words whose char n-gram columns are remembered, per process
# name, input ("text" or "lemmas"), TfidfVectorizer settings
VECTORIZERS: Tuple[Tuple[str, str, Dict[str, object]], ...] = (
    ("word", "text", {"analyzer": "word", "ngram_range": (1, 2), "min_df": 1, "token_pattern": WORD_PATTERN}),
    ("char", "text", {"analyzer": "char_wb", "ngram_range": (2, 5), "min_df": 2}),
    ("lemma", "lemmas", {"analyzer": "word", "ngram_range": (1, 2), "min_df": 1, "token_pattern": LEMMA_PATTERN}),
)


# --------------------------------------------------------------------------- inputs (build = run)


def lemma_text(tokens: Iterable) -> str:
    """The lemma input of a Doc or Span: lower-cased lemmas of its non-space tokens."""
    return " ".join(t.lemma_.lower() for t in tokens if not t.is_space)


def doc_inputs(doc) -> Dict[str, str]:
    return {"text": doc.text, "lemmas": lemma_text(doc)}


# --------------------------------------------------------------------------- run time (no sklearn)

_WHITE_SPACES = re.compile(r"\s\s+")


def _word_ngrams(tokens: List[str], min_n: int, max_n: int) -> List[str]:
    """sklearn's _VectorizerMixin._word_ngrams without stop words."""
    if max_n == 1:
        return tokens
    out = list(tokens) if min_n == 1 else []
    count = len(tokens)
    for n in range(max(min_n, 2), min(max_n + 1, count + 1)):
        for i in range(count - n + 1):
            out.append(" ".join(tokens[i : i + n]))
    return out


def _char_wb_ngrams(text: str, min_n: int, max_n: int) -> List[str]:
    """sklearn's _VectorizerMixin._char_wb_ngrams: n-grams inside space-padded words; a word
    no longer than n counts once, as itself, and ends the loop over n."""
    out: List[str] = []
    extend = out.extend
    for w in _WHITE_SPACES.sub(" ", text).split():
        w = " " + w + " "
        w_len = len(w)
        for n in range(min_n, max_n + 1):
            if w_len <= n:
                out.append(w)
                break
            extend([w[i : i + n] for i in range(w_len - n + 1)])
    return out


class _Block:
    """One fitted TfidfVectorizer: its analyzer and vocabulary (term -> column of the stacked
    matrix)."""

    def __init__(self, settings: Dict[str, object], vocabulary: Sequence[str], offset: int):
        self.name = str(settings["name"])
        self.input = str(settings["input"])
        self.analyzer = str(settings["analyzer"])
        self.min_n, self.max_n = (int(n) for n in settings["ngram_range"])  # type: ignore[union-attr]
        self.lowercase = bool(settings.get("lowercase", True))
        if settings.get("norm") != "l2" or settings.get("binary") is not True:
            raise ValueError(f"{self.name}: only binary tf with l2 norm is supported")
        pattern = settings.get("token_pattern")
        self.token_pattern = re.compile(str(pattern)) if pattern else None
        self.offset = offset
        self.index = {term: offset + k for k, term in enumerate(vocabulary)}
        # char_wb n-grams never cross a word: each word's known columns are cached
        self._word_columns = lru_cache(maxsize=WORD_CACHE_SIZE)(self._columns_of_word)

    def _columns_of_word(self, word: str) -> Tuple[int, ...]:
        get = self.index.get
        return tuple(k for k in (get(g) for g in _char_wb_ngrams(word, self.min_n, self.max_n)) if k is not None)

    def columns(self, text: str) -> Set[int]:
        """The columns of the known terms in `text` (unknown terms have no column, idf or
        coefficient, so they are left out)."""
        if self.lowercase:
            text = text.lower()
        if self.analyzer == "char_wb":
            found: Set[int] = set()
            word_columns = self._word_columns
            for word in text.split():  # = sklearn's split after collapsing white space
                found.update(word_columns(word))
            return found
        assert self.token_pattern is not None
        found = set(map(self.index.get, _word_ngrams(self.token_pattern.findall(text), self.min_n, self.max_n)))
        found.discard(None)  # type: ignore[arg-type]
        return found


class HorsemenModel:
    """The saved model, scored without sklearn or scipy."""

    def __init__(
        self, labels: Sequence[str], blocks: Sequence[_Block], idf: np.ndarray, coef: np.ndarray, intercept: np.ndarray, threshold: float
    ):
        self.labels = tuple(labels)
        self.blocks = tuple(blocks)
        idf = np.asarray(idf, dtype=np.float64)
        coef = np.asarray(coef, dtype=np.float64)  # (n_labels, n_features), sklearn's layout
        # one row per feature: its coefficients times its idf, then its idf squared (for the
        # block's norm); C order, so a message's rows are one gather
        self.table = np.ascontiguousarray(np.column_stack([coef.T * idf[:, None], idf * idf]))
        self.intercept = [float(v) for v in intercept]
        self.threshold = float(threshold)

    @classmethod
    def load(cls, directory: Path = HORSEMEN_MODEL_DIR) -> "HorsemenModel":
        directory = Path(directory)
        with (directory / MODEL_FILE).open(encoding="utf-8") as handle:
            meta = json.load(handle)
        if meta.get("format") != FORMAT_VERSION:
            raise ValueError(f"{directory / MODEL_FILE}: format {meta.get('format')!r}, expected {FORMAT_VERSION}")
        with np.load(directory / ARRAYS_FILE, allow_pickle=False) as arrays:
            coef = arrays["coef"]  # (n_labels, n_features), sklearn's layout
            intercept = arrays["intercept"]
            blocks, idfs, offset = [], [], 0
            for settings in meta["vectorizers"]:
                vocabulary = settings["vocabulary"]
                size = len(vocabulary)
                idf = arrays[f"idf_{settings['name']}"]
                if idf.shape != (size,):
                    raise ValueError(f"idf_{settings['name']}: shape {idf.shape}, vocabulary {size}")
                blocks.append(_Block(settings, vocabulary, offset))
                idfs.append(idf)
                offset += size
        if coef.shape != (len(meta["labels"]), offset) or intercept.shape != (len(meta["labels"]),):
            raise ValueError(f"coef {coef.shape} / intercept {intercept.shape} do not match the vocabularies ({offset})")
        return cls(meta["labels"], blocks, np.concatenate(idfs), coef, intercept, meta["threshold"])

    def decision(self, inputs: Dict[str, str]) -> List[float]:
        """The decision function (one logit per label) of one message. With binary tf, a block's
        l2-normalised TF-IDF vector dotted with the coefficients is the sum, over its distinct
        known terms, of idf x coefficient, divided by sqrt(sum of idf^2): so one gather of the
        message's rows of `table` and one sum per block, then a few floats in Python."""
        columns: List[int] = []
        starts: List[int] = []
        for block in self.blocks:
            found = block.columns(inputs[block.input])
            if found:
                starts.append(len(columns))
                columns.extend(found)
        z = list(self.intercept)
        if not columns:
            return z
        for sums in np.add.reduceat(self.table.take(columns, axis=0), starts, axis=0).tolist():
            norm = math.sqrt(sums[-1])
            for k in range(len(z)):
                z[k] += sums[k] / norm
        return z

    def probabilities(self, inputs: Dict[str, str]) -> Dict[str, float]:
        """P(label) per horseman for one message (``doc_inputs(doc)``)."""
        z = self.decision(inputs)
        return {label: 1.0 / (1.0 + math.exp(-v)) for label, v in zip(self.labels, z)}

    def labels_for(self, inputs: Dict[str, str]) -> Dict[str, float]:
        """The horsemen at or above the threshold, with their probability."""
        return {label: p for label, p in self.probabilities(inputs).items() if p >= self.threshold}


def load_built(directory: Path = HORSEMEN_MODEL_DIR) -> HorsemenModel:
    """The model `make` built, or a FileNotFoundError that says how to build it."""
    directory = Path(directory)
    if not (directory / MODEL_FILE).exists():
        raise FileNotFoundError(
            f"The learned horsemen model is missing at {directory}: run `make train` "
            f"(or `python -m bot.language.learned`)."
        )
    return HorsemenModel.load(directory)


# --------------------------------------------------------------------------- build time (sklearn)


def _vectorizer(settings: Dict[str, object]):
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(lowercase=True, binary=True, smooth_idf=True, norm="l2", dtype=np.float64, **settings)


def fit_sklearn(rows: Sequence[Dict[str, str]], labels: Sequence[Iterable[str]]):
    """Fit the vectorizers and the classifiers; returns (vectorizers, classifiers) from sklearn.
    `rows` are ``doc_inputs`` dicts, `labels` the gold horsemen of each row."""
    from scipy.sparse import hstack
    from sklearn.linear_model import LogisticRegression

    from bot.language.horsemen import HORSEMEN

    vectorizers = [(name, source, _vectorizer(settings)) for name, source, settings in VECTORIZERS]
    X = hstack([v.fit_transform([r[source] for r in rows]) for _, source, v in vectorizers]).tocsr()
    gold = [set(g) for g in labels]
    classifiers = []
    for label in HORSEMEN:
        y = np.array([label in g for g in gold], dtype=int)
        model = LogisticRegression(C=C, class_weight=CLASS_WEIGHT, solver="liblinear", max_iter=2000, random_state=0)
        model.fit(X, y)
        classifiers.append(model)
    return vectorizers, classifiers


def transform_sklearn(vectorizers, rows: Sequence[Dict[str, str]]):
    from scipy.sparse import hstack

    return hstack([v.transform([r[source] for r in rows]) for _, source, v in vectorizers]).tocsr()


def predict_proba_sklearn(vectorizers, classifiers, rows: Sequence[Dict[str, str]]) -> np.ndarray:
    """(n_rows, n_labels) probabilities from the sklearn objects (for checks and experiments)."""
    X = transform_sklearn(vectorizers, rows)
    return np.column_stack([c.predict_proba(X)[:, 1] for c in classifiers])


def export(vectorizers, classifiers, threshold: float = THRESHOLD) -> Tuple[dict, Dict[str, np.ndarray]]:
    """The fitted sklearn objects as (JSON-able settings, named float arrays)."""
    from bot.language.horsemen import HORSEMEN

    meta: Dict[str, object] = {"format": FORMAT_VERSION, "labels": list(HORSEMEN), "threshold": threshold, "vectorizers": []}
    arrays: Dict[str, np.ndarray] = {}
    for (name, source, settings), (_, _, v) in zip(VECTORIZERS, vectorizers):
        vocabulary = [None] * len(v.vocabulary_)
        for term, k in v.vocabulary_.items():
            vocabulary[k] = term
        meta["vectorizers"].append(  # type: ignore[union-attr]
            {
                "name": name,
                "input": source,
                "analyzer": settings["analyzer"],
                "ngram_range": list(settings["ngram_range"]),  # type: ignore[call-overload]
                "token_pattern": settings.get("token_pattern"),
                "lowercase": True,
                "binary": True,
                "norm": "l2",
                "vocabulary": vocabulary,
            }
        )
        arrays[f"idf_{name}"] = np.asarray(v.idf_, dtype=np.float64)
    arrays["coef"] = np.vstack([c.coef_[0] for c in classifiers]).astype(np.float64)
    arrays["intercept"] = np.array([c.intercept_[0] for c in classifiers], dtype=np.float64)
    meta["settings"] = {"C": C, "class_weight": CLASS_WEIGHT, "solver": "liblinear"}
    return meta, arrays


def save(meta: dict, arrays: Dict[str, np.ndarray], directory: Path = HORSEMEN_MODEL_DIR) -> None:
    """Arrays first, then model.json (the file make checks), each written to a temporary name and
    renamed, so a reader never sees half a model."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    tmp = directory / (ARRAYS_FILE + ".tmp.npz")
    np.savez(tmp, **arrays)
    tmp.replace(directory / ARRAYS_FILE)
    tmp = directory / (MODEL_FILE + ".tmp")
    tmp.write_text(json.dumps(meta, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    tmp.replace(directory / MODEL_FILE)


def training_data(nlp, files: Optional[Sequence[Path]] = None) -> Tuple[List[Dict[str, str]], List[List[str]]]:
    """The tuning sets' messages as ``doc_inputs`` and their gold horsemen."""
    import yaml

    from bot.language.labelled_sets import tuning_files

    rows, labels = [], []
    for path in files if files is not None else tuning_files():
        with Path(path).open(encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
        for example in data["examples"] if isinstance(data, dict) else data:
            if example.get("split") not in (None, "tune", "retired"):
                continue
            rows.append(doc_inputs(nlp(example["text"])))
            labels.append(sorted(set(example.get("horsemen") or [])))
    return rows, labels


def build(directory: Path = HORSEMEN_MODEL_DIR, nlp=None) -> HorsemenModel:
    if nlp is None:
        import spacy

        from bot.paths import SPACY_MODEL_DIR

        nlp = spacy.load(SPACY_MODEL_DIR)
    rows, labels = training_data(nlp)
    vectorizers, classifiers = fit_sklearn(rows, labels)
    meta, arrays = export(vectorizers, classifiers)
    save(meta, arrays, directory)
    return HorsemenModel.load(directory)


def main(argv: Optional[Sequence[str]] = None) -> None:
    import argparse
    import time

    parser = argparse.ArgumentParser(description="Build the learned horsemen model (data only).")
    parser.add_argument("--out", type=Path, default=HORSEMEN_MODEL_DIR, help=f"output directory (default {HORSEMEN_MODEL_DIR})")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    model = build(args.out)
    size = sum(len(b.index) for b in model.blocks)
    print(f"Learned horsemen model: {size} features, threshold {model.threshold}, written to {args.out} "
          f"in {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
