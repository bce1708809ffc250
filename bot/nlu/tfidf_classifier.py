"""Intent classifier: TF-IDF over lemmas and character n-grams, then logistic regression.

Why not Rasa's CountVectorsFeaturizer + LogisticRegressionClassifier: raw counts make long,
multi-sentence messages look extremely confident (every repeated word adds weight), which
produced confident wrong answers on real messages. Sublinear, L2-normalised TF-IDF keeps a
long message on the same scale as a short one, and the stronger C fits the small data set
better (see the issue note for the measured difference).

Training solves the logistic regression in the row space of the features (bot.nlu.row_space_fit:
same coefficients, several times faster), and the fitted numbers are stored as plain data
(bot.nlu.tfidf_storage), never pickled.
"""

from __future__ import annotations

import logging
import math
from typing import Any, Dict, List, Optional, Text, Tuple, Type

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.nlu.tokenizers.tokenizer import Tokenizer
from rasa.nlu.constants import TOKENS_NAMES
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.tfidf_storage import FORMAT_VERSION, load_pipeline, save_pipeline

logger = logging.getLogger(__name__)


def lemma_text(message: Message) -> Text:
    """The message as lowercase lemmas (falls back to the raw text without tokens)."""
    tokens = message.get(TOKENS_NAMES[TEXT]) or []
    if not tokens:
        return (message.get(TEXT) or "").lower()
    return " ".join((token.lemma or token.text).lower() for token in tokens)


def build_pipeline(config: Dict[Text, Any]) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    features = FeatureUnion(
        [
            ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1)),
            (
                "chars",
                TfidfVectorizer(
                    analyzer="char_wb",
                    ngram_range=(config["min_char_ngram"], config["max_char_ngram"]),
                    sublinear_tf=True,
                ),
            ),
        ]
    )
    classifier = LogisticRegression(
        C=config["C"],
        class_weight="balanced",
        max_iter=config["max_iter"],
        random_state=config["random_state"],
    )
    return Pipeline([("features", features), ("classifier", classifier)])


def fit_pipeline(pipeline: Any, texts: List[Text], labels: List[Text]) -> Any:
    """`pipeline.fit(texts, labels)`, with the logistic regression solved in the row space."""
    from bot.nlu.row_space_fit import fit_in_row_space

    features = pipeline.named_steps["features"].fit_transform(texts)
    fit_in_row_space(pipeline.named_steps["classifier"], features, labels)
    return pipeline


class _DocumentFeatures:
    """One TF-IDF vectorizer's `transform` for a single text, without building a sparse matrix:
    the same analyzer, vocabulary and IDF weights, sublinear TF and L2 norm. For one short
    message sklearn's input checks and sparse bookkeeping cost more than the n-grams."""

    def __init__(self, vectorizer: Any, offset: int) -> None:
        self.analyze = vectorizer.build_analyzer()
        self.vocabulary = vectorizer.vocabulary_
        self.idf = vectorizer.idf_
        self.offset = offset

    @staticmethod
    def applies(vectorizer: Any) -> bool:
        return (
            getattr(vectorizer, "sublinear_tf", False) is True
            and getattr(vectorizer, "use_idf", False) is True
            and getattr(vectorizer, "norm", None) == "l2"
            and getattr(vectorizer, "binary", True) is False
        )

    def __call__(self, text: Text) -> Tuple[List[int], List[float]]:
        counts: Dict[int, int] = {}
        for term in self.analyze(text):
            index = self.vocabulary.get(term)
            if index is not None:
                counts[index] = counts.get(index, 0) + 1
        indices = list(counts)
        weights = [(1.0 + math.log(counts[i])) * self.idf[i] for i in indices]
        norm = math.sqrt(sum(w * w for w in weights))
        if norm > 0:
            weights = [w / norm for w in weights]
        return [i + self.offset for i in indices], weights


class FastScorer:
    """`pipeline.predict_proba` for one message at a time, same numbers, a fraction of the CPU.

    Found by profiling the server (`make bench`): sklearn's LogisticRegression multiplies the
    features by `coef_.T`, a non-contiguous view that scipy copies on every call (classes x
    vocabulary floats, ~10 MB), and FeatureUnion.transform goes through joblib and builds sparse
    matrices. Here the transposed coefficients are made contiguous once, when the model is
    loaded, and each message's features are a handful of (column, weight) pairs whose
    coefficient rows are summed directly.
    """

    def __init__(self, pipeline: Any) -> None:
        import numpy as np

        features = pipeline.named_steps["features"]
        classifier = pipeline.named_steps["classifier"]
        vectorizers = [transformer for _, transformer in features.transformer_list]
        offsets = np.cumsum([0] + [len(v.vocabulary_) for v in vectorizers])[:-1]
        self.documents = [_DocumentFeatures(v, int(o)) for v, o in zip(vectorizers, offsets)]
        self.coef_t = np.ascontiguousarray(classifier.coef_.T)
        self.intercept = classifier.intercept_
        self.classes_ = classifier.classes_

    @staticmethod
    def applies(pipeline: Any) -> bool:
        """Only for what build_pipeline makes: a multinomial (softmax) logistic regression over
        an unweighted union of sublinear, L2-normalised TF-IDF vectorizers (sklearn uses
        one-vs-rest for two classes)."""
        steps = getattr(pipeline, "named_steps", {})
        features, classifier = steps.get("features"), steps.get("classifier")
        if features is None or classifier is None or features.transformer_weights:
            return False
        if any(isinstance(t, str) or not _DocumentFeatures.applies(t) for _, t in features.transformer_list):
            return False
        ovr = classifier.multi_class == "ovr" or (
            classifier.multi_class == "auto"
            and (classifier.classes_.size <= 2 or classifier.solver == "liblinear")
        )
        return not ovr

    def scores(self, text: Text) -> Any:
        import numpy as np

        indices: List[int] = []
        weights: List[float] = []
        for document in self.documents:
            found, values = document(text)
            indices += found
            weights += values
        if not indices:
            return self.intercept.copy()
        return np.asarray(weights) @ self.coef_t[indices] + self.intercept

    def predict_proba(self, texts: List[Text]) -> Any:
        import numpy as np
        from scipy.special import softmax

        return softmax(np.vstack([self.scores(text) for text in texts]), axis=1)


def scorer_for(pipeline: Optional[Any]) -> Optional[Any]:
    """What process() asks for probabilities: a FastScorer when it applies, else the pipeline."""
    if pipeline is None:
        return None
    return FastScorer(pipeline) if FastScorer.applies(pipeline) else pipeline


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True
)
class TfidfIntentClassifier(GraphComponent, IntentClassifier):
    """See module docstring."""

    @classmethod
    def required_components(cls) -> List[Type]:
        return [Tokenizer]

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            "C": 10.0,
            "max_iter": 1000,
            "min_char_ngram": 2,
            "max_char_ngram": 5,
            "random_state": 42,
            "ranking_length": 10,
        }

    def __init__(
        self,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        pipeline: Optional[Any] = None,
    ) -> None:
        self.config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self.pipeline = pipeline
        self._scorer = scorer_for(pipeline)

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "TfidfIntentClassifier":
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        examples = [e for e in training_data.intent_examples if e.get(INTENT) and e.get(TEXT)]
        if len({e.get(INTENT) for e in examples}) < 2:
            logger.warning("TfidfIntentClassifier needs at least two intents; not trained.")
            return self._resource
        self.pipeline = fit_pipeline(
            build_pipeline(self.config),
            [lemma_text(e) for e in examples],
            [e.get(INTENT) for e in examples],
        )
        self._scorer = scorer_for(self.pipeline)
        self.persist()
        return self._resource

    @classmethod
    def fingerprint_addon(cls, config: Dict[Text, Any]) -> Optional[Text]:
        """A new storage format must not reuse a cached model in the old one."""
        return f"tfidf-storage-{FORMAT_VERSION}"

    def persist(self) -> None:
        with self._model_storage.write_to(self._resource) as model_dir:
            save_pipeline(self.pipeline, self.config, model_dir)

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> "TfidfIntentClassifier":
        try:
            with model_storage.read_from(resource) as model_dir:
                pipeline = load_pipeline(model_dir, build_pipeline)
        except (ValueError, OSError) as error:
            logger.warning(
                "No usable trained TfidfIntentClassifier in the model (%s); intents disabled. "
                "Retrain with `make train`.", error
            )
            pipeline = None
        return cls(config, model_storage, resource, pipeline)

    def process(self, messages: List[Message]) -> List[Message]:
        if self._scorer is None:
            return messages
        probabilities = self._scorer.predict_proba([lemma_text(m) for m in messages])
        classes = self._scorer.classes_
        for message, row in zip(messages, probabilities):
            ranking = sorted(
                ({"name": str(name), "confidence": float(p)} for name, p in zip(classes, row)),
                key=lambda item: -item["confidence"],
            )
            message.set(INTENT, ranking[0], add_to_output=True)
            message.set(
                INTENT_RANKING_KEY, ranking[: self.config["ranking_length"]], add_to_output=True
            )
        return messages
