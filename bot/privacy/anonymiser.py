"""Anonymise conversation transcripts before a practitioner reviews them.

Presidio's analyzer finds the PII (its own e-mail, URL, phone, card and IBAN recognizers plus
Mend's in ``recognizers.py``), and its anonymizer writes numbered tags in place of each value:
``[PERSON_1]``, ``[EMAIL_1]``, ... The numbering lives in a ``TranscriptAnonymiser``, so one
person keeps one tag across a transcript, and the next transcript starts again at 1.

Sender ids are replaced by a keyed hash (``pseudonym``): the same user gets the same
pseudonym across transcripts, but nobody without MEND_PSEUDONYM_KEY can go back to the id.

Nothing is downloaded: the NLP engine loads Mend's blank spaCy pipeline by path.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import re
import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

import phonenumbers
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.nlp_engine import SpacyNlpEngine
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    IbanRecognizer,
    PhoneRecognizer,
    UrlRecognizer,
)
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig
from presidio_anonymizer.operators import Operator, OperatorType

from bot.paths import SPACY_MODEL_DIR
from bot.privacy import recognizers as rec

KEY_ENV = "MEND_PSEUDONYM_KEY"
MIN_KEY_LENGTH = 16
# Presidio entity -> the kind written in the tag.
KINDS: Dict[str, str] = {
    rec.PERSON: "PERSON",
    "EMAIL_ADDRESS": "EMAIL",
    rec.PHONE_NUMBER: "PHONE",
    "URL": "URL",
    rec.HANDLE: "HANDLE",
    rec.STREET_ADDRESS: "ADDRESS",
    rec.POSTCODE: "POSTCODE",
    rec.DATE_OF_BIRTH: "DATE_OF_BIRTH",
    "CREDIT_CARD": "CARD",
    "IBAN_CODE": "BANK",
    rec.BANK_NUMBER: "BANK",
}
# When spans overlap the longer wins; on equal length, the more specific kind.
PRIORITY: Dict[str, int] = {
    "EMAIL": 9, "URL": 8, "CARD": 7, "BANK": 7, "PHONE": 6, "DATE_OF_BIRTH": 5,
    "ADDRESS": 5, "POSTCODE": 4, "HANDLE": 4, "PERSON": 2,
}
PHONE_REGIONS = ("GB", "US", "CA", "IE", "AU", "NZ", "IN", "NG", "ZA", "DE", "FR", "ES", "IT", "NL", "PL")
SCORE_THRESHOLD = 0.4
TAG_OPERATOR = "mend_tag"

logger = logging.getLogger(__name__)


class PrivacyConfigError(RuntimeError):
    """The anonymiser cannot run as configured (no pseudonym key, no spaCy pipeline)."""


# --------------------------------------------------------------------------- pseudonyms


def pseudonym(sender_id: str, key: bytes) -> str:
    """A stable, non-reversible stand-in for a sender id: HMAC-SHA256 under the project key.

    48 bits of the digest keep it short for reading yet collision-free at Mend's scale.
    """
    digest = hmac.new(key, sender_id.encode("utf-8"), hashlib.sha256).hexdigest()
    return f"user-{digest[:12]}"


def pseudonym_key_from_env(env: Mapping[str, str] = os.environ) -> bytes:
    """MEND_PSEUDONYM_KEY as bytes; a clear error if it is missing or too short to be secret."""
    value = env.get(KEY_ENV, "").strip()
    if len(value) < MIN_KEY_LENGTH:
        problem = "is not set" if not value else f"is shorter than {MIN_KEY_LENGTH} characters"
        raise PrivacyConfigError(
            f"{KEY_ENV} {problem}. Sender pseudonyms need a secret key; set one with\n"
            f"  export {KEY_ENV}=$(python -c 'import secrets;print(secrets.token_hex(32))')\n"
            "and keep it: a new key gives every user a new pseudonym."
        )
    return value.encode("utf-8")


# --------------------------------------------------------------------------- engine


class MendSpacyNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine on Mend's blank pipeline, loaded by path, never downloaded."""

    def __init__(self, model_dir: Path = SPACY_MODEL_DIR) -> None:
        super().__init__(models=[{"lang_code": "en", "model_name": str(model_dir)}])

    @staticmethod
    def _download_spacy_model_if_needed(model_name: str) -> None:
        if not Path(model_name).exists():
            raise PrivacyConfigError(
                f"spaCy pipeline not found at {model_name}; build it with `make spacy`."
            )


class TagOperator(Operator):
    """Presidio operator writing the tag chosen for each value (``params['tags']``)."""

    def operate(self, text: str = "", params: Optional[Dict] = None) -> str:
        params = params or {}
        return params["tags"].get(text, f"[{params['kind']}]")

    def validate(self, params: Optional[Dict] = None) -> None:
        if not isinstance((params or {}).get("tags"), dict):
            raise ValueError("mend_tag needs a dict of tags")

    def operator_name(self) -> str:
        return TAG_OPERATOR

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize


@dataclass
class Engine:
    analyzer: AnalyzerEngine
    anonymizer: AnonymizerEngine


def build_engine(model_dir: Path = SPACY_MODEL_DIR) -> Engine:
    """Analyzer with an explicit recognizer list (no NER recognizer: the pipeline has none)."""
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    logging.getLogger("presidio-anonymizer").setLevel(logging.ERROR)
    registry = RecognizerRegistry(supported_languages=["en"])
    predefined: List[EntityRecognizer] = [
        rec.OfflineEmailRecognizer(),
        UrlRecognizer(),
        PhoneRecognizer(supported_regions=PHONE_REGIONS),
        CreditCardRecognizer(),
        IbanRecognizer(),
    ]
    for recognizer in predefined + rec.custom_recognizers():
        registry.add_recognizer(recognizer)
    analyzer = AnalyzerEngine(
        registry=registry,
        nlp_engine=MendSpacyNlpEngine(model_dir),
        supported_languages=["en"],
        default_score_threshold=SCORE_THRESHOLD,
    )
    for recognizer in registry.recognizers:
        recognizer.load()
    anonymizer = AnonymizerEngine()
    anonymizer.add_anonymizer(TagOperator)
    return Engine(analyzer, anonymizer)


_engine: Optional[Engine] = None
_engine_lock = threading.Lock()


def engine() -> Engine:
    """The process-wide engine, built on first use (a second or two: name tables, spaCy)."""
    global _engine
    with _engine_lock:
        if _engine is None:
            _engine = build_engine()
        return _engine


# --------------------------------------------------------------------------- spans and keys


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end


def resolve(results: Sequence[RecognizerResult]) -> List[Span]:
    """Non-overlapping spans in text order: longest first, then the more specific kind."""
    spans = [Span(r.start, r.end, KINDS[r.entity_type]) for r in results if r.entity_type in KINDS]
    spans.sort(key=lambda s: (-(s.end - s.start), -PRIORITY[s.kind], s.start))
    kept: List[Span] = []
    for span in spans:
        if not any(span.overlaps(k) for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def value_key(kind: str, value: str) -> str:
    """What makes two mentions the same value: case, spacing and formatting do not."""
    if kind == "PHONE":
        return _phone_key(value)
    if kind in {"CARD", "BANK", "POSTCODE"}:
        return re.sub(r"[^0-9A-Za-z]", "", value).upper()
    if kind == "HANDLE":
        return value.lstrip("@").casefold()
    if kind == "PERSON":
        return " ".join(rec.fold(part) for part in value.split())
    return " ".join(value.casefold().split())


def _phone_key(value: str) -> str:
    try:
        number = phonenumbers.parse(value, "GB")
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    except phonenumbers.NumberParseException:
        return re.sub(r"\D", "", value)


# --------------------------------------------------------------------------- transcripts


class TranscriptAnonymiser:
    """Anonymises the messages of one transcript, numbering values consistently.

    Names found once are remembered, so a name seen as "my ex is called Bex" is also caught
    in a later "bex sent me..." of the same transcript.
    """

    def __init__(self, engine_: Engine) -> None:
        self._engine = engine_
        self._tags: Dict[Tuple[str, str], str] = {}
        self._counts: Counter = Counter()
        self._known: Dict[str, str] = {}  # value as written -> entity (PERSON or HANDLE)
        self._adhoc: List[EntityRecognizer] = []

    # -- registration

    def known_names(self, names: Iterable[Optional[str]]) -> "TranscriptAnonymiser":
        """Names a channel attached (Telegram first_name, last_name, username): always replaced.

        A value with a username's marks (@, digits, _ or .) counts as a handle. A first name
        that is also an ordinary English word ("Will", "May") is only replaced when written
        with a capital, so the user's own "i will" survives.
        """
        for raw in names:
            for value in _split_name(raw or ""):
                entity = rec.HANDLE if re.search(r"[@\d_.]", value) else rec.PERSON
                self._remember(value.lstrip("@"), entity)
        return self

    def _remember(self, value: str, entity: str) -> None:
        if len(value) < 2 or rec.fold(value) in rec.NEVER_NAMES:
            return
        variants = rec.name_variants(value)
        if all(v in self._known for v in variants):
            return
        for variant in variants:
            self._known[variant] = entity
        self._adhoc = self._known_recognizers()

    def _known_recognizers(self) -> List[EntityRecognizer]:
        lexicon = rec.name_lexicon()
        by_entity: Dict[Tuple[str, bool], List[str]] = {}
        for value, entity in self._known.items():
            capital_only = entity == rec.PERSON and lexicon.is_common(value)
            by_entity.setdefault((entity, capital_only), []).append(value)
        recognizers: List[EntityRecognizer] = []
        for (entity, capital_only), values in sorted(by_entity.items()):
            pattern = rec.known_value_patterns(values)
            if capital_only:  # "Will" as a name, never the verb "will"
                pattern = rec.known_value_patterns(v[:1].upper() + v[1:] for v in values)
            recognizers.append(
                rec.GroupPatternRecognizer(
                    entity,
                    [rec.GroupPattern("known", pattern, 0.9, case_sensitive=capital_only)],
                    name=f"MendKnown{entity.title()}Recognizer",
                )
            )
        return recognizers

    # -- anonymising

    def text(self, text: str) -> str:
        """The message with every PII value replaced by its transcript tag."""
        if not text or not text.strip():
            return text
        results = self._engine.analyzer.analyze(
            text=text, language="en", ad_hoc_recognizers=self._adhoc or None
        )
        spans = resolve(results)
        if not spans:
            return text
        tags: Dict[str, Dict[str, str]] = {kind: {} for kind in PRIORITY}
        for span in spans:
            value = text[span.start : span.end]
            tags[span.kind][value] = self._tag(span.kind, value)
            if span.kind == "PERSON":
                self._remember_found_name(value)
        return self._replace(text, spans, tags)

    def _replace(self, text: str, spans: List[Span], tags: Dict[str, Dict[str, str]]) -> str:
        results = [RecognizerResult(s.kind, s.start, s.end, 1.0) for s in spans]
        operators = {
            kind: OperatorConfig(TAG_OPERATOR, {"tags": tags[kind], "kind": kind}) for kind in tags
        }
        return self._engine.anonymizer.anonymize(text, results, operators).text

    def _tag(self, kind: str, value: str) -> str:
        key = value_key(kind, value)
        parts = key.split() if kind == "PERSON" else [key]
        for candidate in [key] + parts:
            if (kind, candidate) in self._tags:
                tag = self._tags[(kind, candidate)]
                break
        else:
            self._counts[kind] += 1
            tag = f"[{kind}_{self._counts[kind]}]"
        for candidate in [key] + parts:
            self._tags.setdefault((kind, candidate), tag)
        return tag

    def _remember_found_name(self, value: str) -> None:
        lexicon = rec.name_lexicon()
        for part in value.split():
            if not lexicon.is_common(part):
                self._remember(part, rec.PERSON)


def _split_name(value: str) -> List[str]:
    """"Mary Anne" registers "Mary Anne", "Mary" and "Anne"."""
    value = unicodedata.normalize("NFC", value.strip())
    parts = value.split()
    return [value] + parts if len(parts) > 1 else parts


def channel_names(metadata: Optional[Mapping]) -> List[str]:
    """first_name, last_name and username from a channel's user record (Telegram's ``from``)."""
    if not isinstance(metadata, Mapping):
        return []
    user = metadata
    for key in ("message", "from"):
        inner = user.get(key)
        if isinstance(inner, Mapping):
            user = inner
    return [str(user[k]) for k in ("first_name", "last_name", "username") if user.get(k)]


class Anonymiser:
    """Entry point: one per process is enough; the Presidio engine behind it is shared."""

    def __init__(self, pseudonym_key: Optional[bytes] = None) -> None:
        self._key = pseudonym_key

    def transcript(self) -> TranscriptAnonymiser:
        """A fresh numbering for one transcript."""
        return TranscriptAnonymiser(engine())

    def pseudonym(self, sender_id: str) -> str:
        """The sender's pseudonym, under the key given or MEND_PSEUDONYM_KEY."""
        key = self._key if self._key is not None else pseudonym_key_from_env()
        return pseudonym(sender_id, key)

    def anonymise_transcript(self, messages: Iterable[str], names: Iterable[str] = ()) -> List[str]:
        """Convenience: every message of one transcript, with the channel's names registered."""
        transcript = self.transcript().known_names(names)
        return [transcript.text(message) for message in messages]
