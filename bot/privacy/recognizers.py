"""Mend's own Presidio recognizers, for the PII Presidio has no recognizer for.

Mend's spaCy pipeline is blank (no NER, nothing may be downloaded), so Presidio's
SpacyRecognizer finds no names. Names come from a first-name lexicon (the first names of
every locale in the maintained, MIT-licensed ``Faker`` package, about 27,000) weighed against English word frequencies (spaCy's
``lexeme_prob`` table) so that "will", "may", "grace" or "mark" only count as names when the
writing says so: a capital letter mid-sentence, or a cue such as "my husband ___",
"___ said", "called ___".

The other recognizers are regexes whose context words ("sort code", "born on", "my insta
is") steer detection but are not part of the reported span, so the words stay in the text.
"""

from __future__ import annotations

import gzip
import importlib
import json
import pkgutil
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Callable, Dict, FrozenSet, Iterable, Iterator, List, Optional, Sequence, Tuple

import tldextract
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import EmailRecognizer
from spacy.lang.en.stop_words import STOP_WORDS

# Entity names as Presidio sees them. The predefined recognizers use EMAIL_ADDRESS, URL,
# PHONE_NUMBER, CREDIT_CARD and IBAN_CODE.
PERSON = "PERSON"
HANDLE = "HANDLE"
STREET_ADDRESS = "STREET_ADDRESS"
POSTCODE = "POSTCODE"
DATE_OF_BIRTH = "DATE_OF_BIRTH"
BANK_NUMBER = "BANK_NUMBER"
PHONE_NUMBER = "PHONE_NUMBER"

Validator = Callable[[str], bool]


# --------------------------------------------------------------------------- regex recognizers


@dataclass(frozen=True)
class GroupPattern:
    """A regex whose named group ``pii`` (or, without one, the whole match) is the PII."""

    name: str
    regex: str
    score: float = 0.6
    case_sensitive: bool = False
    validate: Optional[Validator] = None

    @property
    def compiled(self) -> "re.Pattern[str]":
        return _compile(self.regex, self.case_sensitive)


@lru_cache(maxsize=4096)  # bounded: transcripts add patterns for their known names
def _compile(regex: str, case_sensitive: bool) -> "re.Pattern[str]":
    return re.compile(regex, 0 if case_sensitive else re.IGNORECASE)


class GroupPatternRecognizer(LocalRecognizer):
    """Presidio recognizer for GroupPatterns.

    Presidio's PatternRecognizer reports the whole match, which would redact the context
    words too ("sort code 20-00-00" would lose "sort code"); this one reports the group.
    """

    def __init__(self, entity: str, patterns: Sequence[GroupPattern], name: str) -> None:
        self.patterns = list(patterns)
        super().__init__(supported_entities=[entity], name=name, supported_language="en")

    def load(self) -> None:  # patterns compile lazily and are cached
        pass

    def analyze(
        self, text: str, entities: List[str], nlp_artifacts: Optional[NlpArtifacts] = None
    ) -> List[RecognizerResult]:
        entity = self.supported_entities[0]
        return [
            RecognizerResult(entity, start, end, pattern.score, recognition_metadata=self._meta())
            for pattern in self.patterns
            for start, end in _group_spans(pattern, text)
        ]

    def _meta(self) -> Dict[str, str]:
        return {
            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
        }


def _group_spans(pattern: GroupPattern, text: str) -> Iterator[Tuple[int, int]]:
    compiled = pattern.compiled
    group = "pii" if "pii" in compiled.groupindex else 0
    for match in compiled.finditer(text):
        start, end = match.span(group)
        if start < end and (pattern.validate is None or pattern.validate(text[start:end])):
            yield start, end


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def _digit_count(low: int, high: int) -> Validator:
    return lambda value: low <= len(_digits(value)) <= high


def aba_checksum(value: str) -> bool:
    """US routing numbers carry a weighted checksum (3, 7, 1), which rules out most 9-digit noise."""
    digits = [int(d) for d in _digits(value)]
    if len(digits) != 9:
        return False
    return sum(w * d for w, d in zip([3, 7, 1] * 3, digits)) % 10 == 0


def _looks_like_username(value: str) -> bool:
    """A bare word after "my insta is" is a username only if it has a username's marks."""
    core = value.lstrip("@")
    return bool(re.search(r"[A-Za-z]", core)) and bool(re.search(r"[\d_.#]", core)) and "@" not in core


MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
DAY = r"\d{1,2}(?:st|nd|rd|th)?"
DATE = (
    rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:\d{{4}}|\d{{2}})"
    rf"|\d{{4}}-\d{{1,2}}-\d{{1,2}}"
    rf"|{DAY}\s+(?:of\s+)?{MONTH}\b(?:,?\s+\d{{4}})?"
    rf"|{MONTH}\s+{DAY}\b(?:,?\s+\d{{4}})?)"
)
DOB_CUE = (
    r"\b(?:born(?:\s+on)?|d\.?o\.?b\.?|date\s+of\s+birth|birth\s*date"
    r"|(?:birthday|bday|b-day)(?:'s|’s)?(?:\s+(?:is|was))?(?:\s+on)?)"
)

STRONG_STREET = (
    r"(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|crescent|cres|terrace"
    r"|gardens|gdns|mews|grove|parade|highway|hwy)"
)
WEAK_STREET = r"(?:Way|Close|Place|Pl|Court|Ct|Park|Hill|Row|Square|Sq|Walk|Green|Rise|View)"
NOT_STREET_WORD = r"(?!(?:the|a|an|in|on|at|of|to|and|or|my|his|her|our|their|for|from|more|days?|years?)\b)"
UNIT = r"(?:(?:flat|apt|apartment|unit|suite)\s*\d+[a-z]?,?\s+)?"
UK_POSTCODE = r"(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})"
PHONE_CUE = r"(?:phone|cell|mobile|mob|number|no\.|call|text|ring|reach|whatsapp|tel)"
HANDLE_CUE = (
    r"(?:insta(?:gram)?|ig|snap(?:chat)?|tiktok|twitter|x\.com|discord|kakao(?:talk)?(?:\s+id)?"
    r"|telegram|threads|username|user\s*name|handle|gamertag|psn|xbox\s+live)"
)


def handle_recognizer() -> GroupPatternRecognizer:
    """@handles, and bare usernames right after "my insta is", "snapchat:", "username"."""
    return GroupPatternRecognizer(
        HANDLE,
        [
            GroupPattern(
                "at-handle",
                r"(?<![\w@.])(?P<pii>@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?)",
                0.7,
                validate=lambda v: bool(re.search(r"[A-Za-z]", v)),
            ),
            GroupPattern(
                "cued-username",
                rf"\b{HANDLE_CUE}\b(?:\s+(?:is|was|id|name|handle|:))*\s*:?\s*"
                r"(?P<pii>@?[A-Za-z0-9_][\w.#-]{1,30}[A-Za-z0-9_])",
                0.6,
                validate=_looks_like_username,
            ),
        ],
        name="MendHandleRecognizer",
    )


def address_recognizer() -> GroupPatternRecognizer:
    """House number + street ("12 Baker Street", "221b baker st") and continental "Torstraße 12"."""
    words = rf"(?:{NOT_STREET_WORD}[^\W\d_][\w'’-]*\s+){{1,3}}"
    return GroupPatternRecognizer(
        STREET_ADDRESS,
        [
            GroupPattern(
                "number-street",
                rf"\b(?P<pii>{UNIT}\d{{1,5}}[a-z]?,?\s+{words}{STRONG_STREET}\b\.?"
                r"(?:\s+(?:NW|NE|SW|SE)\b)?)",
                0.6,
            ),
            GroupPattern(
                "number-capitalised-street",
                rf"\b(?P<pii>\d{{1,5}}[a-z]?\s+(?:[A-Z][\w'’-]*\s+){{1,3}}{WEAK_STREET})\b",
                0.6,
                case_sensitive=True,
            ),
            GroupPattern(
                "continental-street-number",
                r"\b(?P<pii>[A-ZÄÖÜ][\wäöüß-]*(?:straße|strasse|str\.|weg|gasse|platz|allee"
                r"|laan|straat|gracht)\s+\d{1,5}[a-z]?)\b",
                0.6,
                case_sensitive=True,
            ),
        ],
        name="MendAddressRecognizer",
    )


def postcode_recognizer() -> GroupPatternRecognizer:
    """UK postcodes alone; US, AU and EU codes only where a state, city or cue marks them."""
    return GroupPatternRecognizer(
        POSTCODE,
        [
            GroupPattern("uk", rf"\b(?P<pii>{UK_POSTCODE})\b", 0.6),
            GroupPattern(
                "us-zip-after-state",
                r"\b[A-Z]{2},?\s+(?P<pii>\d{5}(?:-\d{4})?)\b",
                0.6,
                case_sensitive=True,
            ),
            GroupPattern(
                "au-after-state",
                r"\b(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)\s+(?P<pii>\d{4})\b",
                0.6,
                case_sensitive=True,
            ),
            GroupPattern(
                "eu-before-city", r"\b(?P<pii>\d{5})\s+(?=[A-Z][a-zà-ÿß]{2,})", 0.5, case_sensitive=True
            ),
            GroupPattern(
                "eu-after-city", r"\b[A-Z][a-zà-ÿß]{2,}\s+(?P<pii>\d{5})\b", 0.5, case_sensitive=True
            ),
            GroupPattern("nl", r"\b(?P<pii>\d{4}\s?[A-Z]{2})\b(?![\w-])", 0.5, case_sensitive=True),
            GroupPattern(
                "ie-eircode",
                r"\b(?P<pii>[AC-FHKNPRTV-Y]\d{2}\s?[AC-FHKNPRTV-Y0-9]{4})\b",
                0.5,
                case_sensitive=True,
            ),
            GroupPattern(
                "cued",
                r"\b(?:post\s*code|zip(?:\s*code)?|postal\s+code)\s*(?:is|:)?\s*"
                r"(?P<pii>[A-Z0-9]{2,5}(?:[\s-][A-Z0-9]{2,4})?)\b",
                0.6,
            ),
        ],
        name="MendPostcodeRecognizer",
    )


def date_of_birth_recognizer() -> GroupPatternRecognizer:
    """Dates only with a birth cue ("born on", "dob", "birthday is"): other dates are not PII here."""
    return GroupPatternRecognizer(
        DATE_OF_BIRTH,
        [
            GroupPattern(
                "cued-date",
                rf"{DOB_CUE}[\s:,-]*(?:(?:is|was|on|the|in)\s+)*(?P<pii>{DATE})",
                0.8,
            )
        ],
        name="MendDateOfBirthRecognizer",
    )


def bank_number_recognizer() -> GroupPatternRecognizer:
    """UK sort code and account numbers and US routing numbers, each behind its own cue."""
    return GroupPatternRecognizer(
        BANK_NUMBER,
        [
            GroupPattern(
                "sort-code",
                r"\bsort\s*code\s*(?:is|:)?\s*(?P<pii>\d{2}[-\s]?\d{2}[-\s]?\d{2})\b",
                0.8,
            ),
            GroupPattern(
                "account-number",
                r"\b(?:account|acct|acc|a/c)(?:\s*(?:number|num|no\.?|#))?\s*(?:is|:|#)?\s*"
                r"(?P<pii>\d{6,17})\b",
                0.7,
            ),
            GroupPattern(
                "us-routing",
                r"\b(?:routing|aba|rtn)(?:\s*(?:number|num|no\.?|#))?\s*(?:is|:|#)?\s*(?P<pii>\d{9})\b",
                0.7,
                validate=aba_checksum,
            ),
        ],
        name="MendBankNumberRecognizer",
    )


def phone_pattern_recognizer() -> GroupPatternRecognizer:
    """Phone shapes that phonenumbers' strict matcher misses (fictional 07700 900xxx, 555 numbers)."""
    sep = r"[\s.-]?"
    return GroupPatternRecognizer(
        PHONE_NUMBER,
        [
            GroupPattern(
                "international",
                rf"(?<![\w+])(?P<pii>(?:\+|00)\d{{1,3}}{sep}(?:\(\d{{1,4}}\){sep})?\d{{1,5}}"
                rf"(?:{sep}\d{{2,5}}){{1,4}})(?![\w-])",
                0.6,
                validate=_digit_count(8, 15),
            ),
            GroupPattern(
                "national-leading-zero",
                r"(?<![\w+.-])(?P<pii>0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4})(?![\w-])",
                0.55,
                validate=_digit_count(10, 11),
            ),
            GroupPattern(
                "north-american",
                r"(?<![\w+.-])(?P<pii>(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4})(?![\w-])",
                0.55,
            ),
            GroupPattern(
                "cued-seven-digit",
                rf"\b{PHONE_CUE}\b[^\d\n]{{0,25}}(?P<pii>\d{{3}}[\s.-]\d{{4}})(?![\w-])",
                0.5,
            ),
        ],
        name="MendPhonePatternRecognizer",
    )


class OfflineEmailRecognizer(EmailRecognizer):
    """Presidio's e-mail recognizer, with tldextract held to its bundled suffix list.

    The stock one calls ``tldextract.extract``, which fetches the public suffix list from the
    internet on first use; Mend's machines have no internet.
    """

    _extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)

    def validate_result(self, pattern_text: str) -> bool:
        return self._extract(pattern_text).fqdn != ""


# --------------------------------------------------------------------------- names

RELATION_WORDS: FrozenSet[str] = frozenset(
    """husband wife partner ex boyfriend girlfriend bf gf fiance fiancé fiancee fiancée hubby
    wifey missus spouse mum mom mam mother dad father parent parents sister brother sis bro son
    daughter stepson stepdaughter stepmum stepmom stepdad step-dad step-mum step-mom stepsister
    stepbrother aunt auntie uncle cousin niece nephew grandma grandad granddad grandpa nan nana
    gran granny friend bff mate colleague coworker boss manager housemate flatmate roommate
    neighbour neighbor therapist counsellor counselor lawyer doctor teacher kid kids baby child
    twin ex-wife ex-husband ex-boyfriend ex-girlfriend ex-partner mother-in-law father-in-law
    sister-in-law brother-in-law in-laws lover crush date""".split()
)
# Words before a name: relationship nouns plus verbs and phrases that introduce a person.
BEFORE_CUES: FrozenSet[str] = RELATION_WORDS | frozenset(
    """called named texted text texting messaged message told tell asked ask rang phoned call
    calling met marry married marrying dating date love loves miss missing saw see signed
    with and from to is was x xx xxx im i'm i’m""".split()
)
# Verbs after a name ("Tom said", "Mark texted").
AFTER_CUES: FrozenSet[str] = frozenset(
    """said says say texted texts text told tells thinks thought wants wanted keeps kept asked
    asks called calls rang messaged sent replied reckons knows knew blocked left cheated
    cheats lied lies hates loves promised shouted yelled""".split()
)
# Weak cues: only enough for a capitalised word, or for a name in the lexicon.
WEAK_BEFORE_CUES: FrozenSet[str] = frozenset("with and from to is was x xx xxx im i'm".split())
# Calendar and holiday words are names only with a cue ("my aunt June").
CALENDAR_WORDS: FrozenSet[str] = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday christmas easter xmas""".split()
)
# Stop words are never names, except the two the brief names as names too ("Will", "May"):
# those are common words, so they need a capital and a cue like any other.
NAME_STOP_WORDS: FrozenSet[str] = frozenset({"will", "may"})
# Chat spellings that are no names even though a name list may hold them ("arent" ~ Aren).
CHAT_WORDS: FrozenSet[str] = frozenset(
    """arent dont cant wont isnt didnt doesnt wasnt werent havent hasnt hadnt shouldnt couldnt
    wouldnt aint im ive youre youve youll theyre theyve weve thats whats lets idk tbh btw lol
    lmao omg ngl imo irl hi hey hiya hello yup yep yeah yea nah nope thanks thx ty bye ok okay
    pls plz sorry ugh wow aw aww hmm haha god dear honey babe hun""".split()
)
NEVER_NAMES: FrozenSet[str] = (
    (frozenset(STOP_WORDS) - NAME_STOP_WORDS) | RELATION_WORDS | CHAT_WORDS
)
# After these a place name is a place ("we live in France"), not a person.
PLACE_PREPOSITIONS: FrozenSet[str] = frozenset("in to from near at visit visiting across around".split())

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
POSSESSIVE = re.compile(r"(?:['’]s|['’])$", re.IGNORECASE)
SENTENCE_END = re.compile(r"(?:^|[.!?…:;\"“(\n])\s*$")
APPOSITION = re.compile(
    r"^\s*(?:,|\()\s*(?:my|our|his|her|their)\s+(?P<rel>[\w-]+)", re.IGNORECASE
)


def fold(word: str) -> str:
    """Case- and accent-insensitive key: José, jose and JOSE are one name."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


@dataclass(frozen=True)
class NameLexicon:
    """First names, and the ordinary English words and places some of them also are.

    ``names``: every first name (folded). ``common``: English words whose lowercase form is
    at least about as frequent as the capitalised one (spaCy's lexeme_prob), plus calendar
    words. ``places``: countries and time-zone cities (pytz). A name that is also a common
    word or a place needs evidence beyond the word itself.
    """

    names: FrozenSet[str]
    common: FrozenSet[str]
    places: FrozenSet[str]

    def is_name(self, word: str) -> bool:
        return fold(word) in self.names

    def is_common(self, word: str) -> bool:
        key = fold(word)
        return key in self.common or key in NEVER_NAMES or key in self.places

    def is_place(self, word: str) -> bool:
        return fold(word) in self.places


def _faker_values(kind: str, attributes: Tuple[str, ...]) -> Iterator[str]:
    """Word lists from Faker's providers (MIT, maintained) of one kind, in every locale."""
    package = importlib.import_module(f"faker.providers.{kind}")
    for module in pkgutil.iter_modules(package.__path__):
        provider = getattr(importlib.import_module(f"{package.__name__}.{module.name}"), "Provider", None)
        for attribute in attributes:
            values = vars(provider).get(attribute) if provider else None
            if isinstance(values, (tuple, list, dict, set, frozenset)):
                yield from (v for v in values if isinstance(v, str))


def _faker_names() -> Iterator[str]:
    """First names of every Faker locale (~27k in Latin script)."""
    return _faker_values(
        "person",
        ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary",
         "first_romanized_names"),
    )


def _lexeme_probs() -> Dict[str, float]:
    path = resources.files("spacy_lookups_data") / "data" / "en_lexeme_prob.json.gz"
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        return json.load(handle)


def is_common_word(
    key: str,
    probs: Dict[str, float],
    margin: float = 0.5,
    floor: float = -17.0,
    frequent: float = -12.0,
) -> bool:
    """True when English writes the lowercase word about as often as capitalised, or very often.

    Below ``floor`` the table is noise ("tunde" and "Tunde" both sit there) and nothing is
    common; above ``frequent`` a word is common even if often capitalised ("hi", "yup" start
    sentences).
    """
    lower = probs.get(key)
    if lower is None or lower < floor:
        return False
    capital = probs.get(key.capitalize())
    return lower > frequent or capital is None or lower >= capital - margin


def _place_words() -> FrozenSet[str]:
    """Single words of country names and time-zone cities, from pytz's bundled tables."""
    import pytz

    raw = list(pytz.country_names.values())
    raw += [part.replace("_", " ") for zone in pytz.all_timezones for part in zone.split("/")[1:]]
    raw += list(_faker_values("address", ("states", "provinces")))
    words = {fold(w) for name in raw for w in WORD.findall(name)}
    return frozenset(w for w in words if len(w) > 2) - frozenset(STOP_WORDS)


@lru_cache(maxsize=1)
def name_lexicon() -> NameLexicon:
    """Build once per process (~1 s: reads the name dictionary and the frequency table)."""
    names = frozenset(
        fold(name) for name in _faker_names() if WORD.fullmatch(name) and len(name) > 1
    ) - NEVER_NAMES
    probs = _lexeme_probs()
    common = frozenset(
        key for key in probs if key.islower() and is_common_word(key, probs)
    )
    return NameLexicon(
        names=names,
        common=common | NAME_STOP_WORDS | CALENDAR_WORDS,
        places=_place_words(),
    )


def _is_contraction(key: str) -> bool:
    """ "i've", "you'd", "it'll": a pronoun with a clitic, never a name."""
    head, _, tail = key.partition("'")
    return bool(tail) and head in STOP_WORDS


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    possessive: bool

    @property
    def key(self) -> str:
        return fold(self.text)

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper() and not (len(self.text) > 1 and self.text.isupper())


def tokens(text: str) -> List[Token]:
    found = []
    for match in WORD.finditer(text):
        word = match.group()
        core = POSSESSIVE.sub("", word) if len(word) > 2 else word
        found.append(Token(core, match.start(), match.start() + len(core), core != word))
    return found


class FirstNameRecognizer(LocalRecognizer):
    """Person names from the lexicon and from cues, without NER.

    A token is a name when it is
    - a first name that is not also an ordinary word (any case: "priya", "Tom's");
    - a first name that is also a word ("Grace", "Will") written with a capital mid-sentence;
    - any capitalised word, or any lexicon name, right after a cue ("my husband Bex",
      "called her Bex") or before one ("Mark said", "Dawn, my mother-in-law").
    A capitalised word right after a found name joins it ("Zhang Wei", "Hannah Cole").
    """

    def __init__(self, lexicon: Optional[NameLexicon] = None) -> None:
        self._lexicon = lexicon
        super().__init__(supported_entities=[PERSON], name="MendFirstNameRecognizer", supported_language="en")

    @property
    def lexicon(self) -> NameLexicon:
        if self._lexicon is None:
            self._lexicon = name_lexicon()
        return self._lexicon

    def load(self) -> None:
        self.lexicon  # noqa: B018 - build the lexicon at engine start, not on the first message

    def analyze(
        self, text: str, entities: List[str], nlp_artifacts: Optional[NlpArtifacts] = None
    ) -> List[RecognizerResult]:
        words = tokens(text)
        spans = [span for span in self._name_spans(text, words)]
        return [
            RecognizerResult(PERSON, start, end, score, recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            })
            for start, end, score in spans
        ]

    def _name_spans(self, text: str, words: List[Token]) -> Iterator[Tuple[int, int, float]]:
        index = 0
        while index < len(words):
            score = self.score(text, words, index)
            if score is None:
                plural = self._possessive_without_apostrophe(words[index])
                if plural:
                    yield plural
                index += 1
                continue
            last = self._extend(text, words, index)
            yield words[index].start, words[last].end, score
            index = last + 1

    def score(self, text: str, words: List[Token], i: int) -> Optional[float]:
        """Confidence that words[i] is a name, or None."""
        word, lex = words[i], self.lexicon
        if word.key in NEVER_NAMES or len(word.text) < 2 or _is_contraction(word.key):
            return None
        known, common = lex.is_name(word.text), lex.is_common(word.text)
        initial = bool(SENTENCE_END.search(text[: word.start]))
        if known and not common:
            return 0.7
        if lex.is_place(word.text) and i > 0 and words[i - 1].key in PLACE_PREPOSITIONS:
            return None
        before = self._cue_before(words, i)
        after = self._cue_after(text, words, i)
        if word.capitalised:
            if known and common and not initial and word.key not in CALENDAR_WORDS:
                return 0.6
            if before == "strong" or after:
                return 0.65
            if before == "weak" and not initial and not common:
                return 0.55
        return None

    def _possessive_without_apostrophe(self, word: Token) -> Optional[Tuple[int, int, float]]:
        """ "katies son": a clear name plus s, when the whole word is no name or word itself."""
        lex, stem = self.lexicon, word.text[:-1]
        if len(stem) < 3 or word.text[-1:].lower() != "s" or lex.is_name(word.text):
            return None
        if lex.is_name(stem) and not lex.is_common(stem) and not lex.is_common(word.text):
            return word.start, word.end - 1, 0.5
        return None

    @staticmethod
    def _cue_before(words: List[Token], i: int) -> Optional[str]:
        if i == 0:
            return None
        prev = words[i - 1]
        if prev.possessive and prev.key in RELATION_WORDS:  # "his wife's friend Jo" stays cued
            return "strong"
        if prev.key in WEAK_BEFORE_CUES:
            return "weak"
        if prev.key in BEFORE_CUES:
            return "strong"
        # "called her Bex", "told him Tom ..."
        if i >= 2 and prev.key in {"her", "him", "them"} and words[i - 2].key in BEFORE_CUES:
            return "strong"
        return None

    @staticmethod
    def _cue_after(text: str, words: List[Token], i: int) -> bool:
        tail = text[words[i].end :]
        apposition = APPOSITION.match(tail)
        if apposition and fold(apposition.group("rel")) in RELATION_WORDS:
            return True
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is None or words[i].possessive:
            return False
        between = text[words[i].end : nxt.start]
        if between.strip() != "":
            return False
        if nxt.key == "and" and i + 2 < len(words):  # "Ji-woo and I met"
            return words[i + 2].key in {"i", "me"}
        return nxt.key in AFTER_CUES

    def _extend(self, text: str, words: List[Token], i: int) -> int:
        """Join following capitalised, non-common words separated by one space (surnames)."""
        last = i
        while last + 1 < len(words) and not words[last].possessive:
            nxt = words[last + 1]
            gap = text[words[last].end : nxt.start]
            if gap != " " or not nxt.capitalised or self.lexicon.is_common(nxt.text):
                break
            if nxt.key in AFTER_CUES or nxt.key in BEFORE_CUES:
                break
            last += 1
        return last


def custom_recognizers() -> List[LocalRecognizer]:
    return [
        FirstNameRecognizer(),
        handle_recognizer(),
        address_recognizer(),
        postcode_recognizer(),
        date_of_birth_recognizer(),
        bank_number_recognizer(),
        phone_pattern_recognizer(),
    ]


def known_value_patterns(values: Iterable[str]) -> str:
    """One case-insensitive regex for exact known values (channel names), whole words only."""
    escaped = sorted({re.escape(v) for v in values if v}, key=len, reverse=True)
    return r"(?<![\w@])@?(?P<pii>" + "|".join(escaped) + r")(?!\w)"


def name_variants(value: str) -> List[str]:
    """A channel name as written and without accents, so "José" also finds "jose"."""
    plain = "".join(
        c for c in unicodedata.normalize("NFKD", value) if not unicodedata.combining(c)
    )
    return sorted({value, plain})


__all__ = [
    "BANK_NUMBER",
    "DATE_OF_BIRTH",
    "HANDLE",
    "PERSON",
    "PHONE_NUMBER",
    "POSTCODE",
    "STREET_ADDRESS",
    "FirstNameRecognizer",
    "GroupPattern",
    "GroupPatternRecognizer",
    "NameLexicon",
    "OfflineEmailRecognizer",
    "custom_recognizers",
    "fold",
    "name_lexicon",
]
