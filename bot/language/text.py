"""A normalised, searchable view of a spaCy Doc, shared by all language detectors.

Why a view instead of raw regexes over `doc.text`: the project pipeline has only a tokenizer and
a lookup lemmatizer, so the detectors work on token strings. Joining the tokens' lowercase forms
with single spaces (contractions spelled out: "n't" -> "not", "'re" -> "are", curly quotes
straightened) lets one readable phrase rule cover "you're", "youre" and "you’re", while every
match can still be mapped back to exact character offsets in the original message. A second
view over lemmas ("rolled his eyes" -> "roll his eye") lets a rule cover inflections, as the
safety rules (bot.safety.patterns) do.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Iterable, Iterator, List, Optional, Pattern, Sequence, Tuple

from spacy.tokens import Doc

from bot.safety.patterns import NEGATORS

# Contraction pieces as spaCy splits them ("don't" -> "do" "n't", "dont" -> "do" "nt").
_ALWAYS = {
    "n't": "not",
    "nt": "not",
    "'re": "are",
    "'m": "am",
    "'ve": "have",
    "'ll": "will",
    "'d": "would",
    "u": "you",
    "u.": "you .",  # the tokenizer keeps "u." whole at the end of a sentence
    "ur": "your",
    "cannot": "can not",
}
# Bare pieces that are contractions only after a pronoun ("youre" -> "you" "re").
_AFTER_PRONOUN = {"r": "are", "re": "are", "m": "am", "ve": "have", "ll": "will", "d": "would", "s": "is", "'s": "is"}
_PRONOUNS = frozenset(
    {"i", "you", "we", "they", "he", "she", "it", "that", "what", "there", "who", "where", "how",
     "here", "this", "everything", "nothing", "everyone", "nobody", "someone", "which", "why", "when"}
)
# "ca n't", "wo n't", "sha n't".
_BEFORE_NOT = {"ca": "can", "wo": "will", "sha": "shall"}

_ITS_IS = frozenset(
    {"not", "a", "an", "the", "so", "just", "all", "always", "never", "ok", "okay", "fine", "like", "been",
     "really", "too", "my", "your", "his", "her", "our", "only", "over", "true", "fair", "because", "about",
     "what", "getting", "going", "that", "this", "nothing", "no", "gonna", "kind", "sort", "pretty", "very",
     "hard", "easy", "worse", "better", "literally", "honestly", "totally", "actually", "obviously"}
)
_ILL_WILL = frozenset(
    {"be", "do", "try", "go", "get", "have", "make", "see", "call", "talk", "never", "always", "just", "tell",
     "stop", "set", "take", "say", "give", "let", "come", "leave", "think", "ask", "help", "sort", "pick"}
)

# Spoken forms: "wanna" -> "want to"; "gon na" (two tokens) -> "going to".
# "ur" / "your" typed for "you're": only before words that cannot follow a possessive
# ("ur so lazy", "your the one", "ur overreacting"); "ur phone", "your drinking" stay possessive.
_UR_ARE = frozenset(
    {"so", "such", "the", "a", "an", "always", "never", "just", "really", "honestly", "literally", "not", "too",
     "definitely", "definately", "obviously", "clearly", "seriously", "actually", "basically", "totally",
     "completely", "overreacting", "exaggerating", "overthinking", "making", "acting", "talking", "blowing",
     "twisting", "lying", "kidding", "joking", "imagining", "misremembering", "being", "only", "still", "like"}
)

# Phone spellings of the small words rules are built from ("alwyas", "becuase", "idc"), read as
# the word meant. Only misspellings that are not themselves English words.
_TYPOS = {
    "alwyas": "always", "allways": "always", "alwys": "always", "alwasy": "always", "awlays": "always", "alwayz": "always",
    "nevr": "never", "nver": "never", "neva": "never", "nevar": "never",
    "becuase": "because", "becasue": "because", "becaus": "because", "bcoz": "because", "bcuz": "because", "bcos": "because", "bcause": "because",
    "dosent": "does not", "doesent": "does not", "dosnt": "does not", "dnt": "do not", "didint": "did not", "didnot": "did not",
    "wasent": "was not", "isent": "is not", "wouldnt": "would not", "shouldnt": "should not", "couldnt": "could not",
    "idc": "i do not care", "idgaf": "i do not give a fuck", "idk": "i do not know",
    "rn": "right now", "abt": "about", "thru": "through", "realy": "really", "rly": "really", "jus": "just", "alot": "a lot",
    "watever": "whatever", "whatevs": "whatever", "whatev": "whatever", "wateva": "whatever", "whateva": "whatever", "whatevr": "whatever",
    "bc": "because", "sry": "sorry", "soz": "sorry", "sorri": "sorry", "wat": "what", "wut": "what", "wot": "what",
    "nothin": "nothing", "somethin": "something", "anythin": "anything", "evrything": "everything", "everythin": "everything",
    "evry": "every", "evrytime": "every time", "everytime": "every time", "thier": "their", "freind": "friend", "freinds": "friends",
    "fualt": "fault", "falut": "fault",
}
_SLANG = {"wanna": "want to", "gunna": "going to", "gonna": "going to", "gotta": "got to", "dunno": "do not know", "cuz": "because", "coz": "because"}
_SLANG_FIRST = {"wan": ("want", "na"), "gon": ("going", "na"), "got": ("got", "ta")}

QUOTES = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "`", "\u00ab", "\u00bb"})
SENTENCE_END = frozenset({".", "!", "?", "...", "..", "?!", "!?", "\n", "\n\n"})
CLAUSE_BREAK = re.compile(r"[,.;:!?]|\bbut\b|\band\b|\bso\b|\bbecause\b|\bwhen\b|\bwhile\b")
_WORD = re.compile(r"[\w']+")


_CURLY = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def _straight(text: str) -> str:
    return text.translate(_CURLY)


def _has_curly(text: str) -> bool:
    return "\u2019" in text or "\u2018" in text or "\u201c" in text or "\u201d" in text


def norm_tokens(doc: Doc) -> List[str]:
    """Lowercase token forms with contractions spelled out (one string per token)."""
    out: List[str] = []
    lowers = [_straight(t.lower_) for t in doc] if _has_curly(doc.text) else [t.lower_ for t in doc]
    lowers = [_TYPOS.get(low, low) for low in lowers]
    for i, low in enumerate(lowers):
        prev = lowers[i - 1] if i else ""
        nxt = lowers[i + 1] if i + 1 < len(lowers) else ""
        if low in ("ur", "your") and nxt in _UR_ARE and not (low == "your" and nxt in ("being", "only", "still", "like", "just")):
            low = "you are"
        elif low in _ALWAYS:
            low = _ALWAYS[low]
        elif low in ("'s", "s") and prev == "let":
            low = "us"
        elif low in _AFTER_PRONOUN and prev in _PRONOUNS:
            low = _AFTER_PRONOUN[low]
        elif low in _BEFORE_NOT and nxt in ("n't", "nt"):
            low = _BEFORE_NOT[low]
        elif low == "its" and nxt in _ITS_IS:
            low = "it is"
        elif low == "lets" and i == 0 or (low == "lets" and prev in (",", ".", "so", "ok", "okay", "then", "'", '"')):
            low = "let us"
        elif low == "ill" and nxt in _ILL_WILL:
            low = "i will"
        elif low in _SLANG:
            low = _SLANG[low]
        elif low in _SLANG_FIRST and nxt == _SLANG_FIRST[low][1]:
            low = _SLANG_FIRST[low][0]
        elif low in ("na", "ta") and prev in _SLANG_FIRST and _SLANG_FIRST[prev][1] == low:
            low = "to"
        elif not low.strip():
            low = "\n" if "\n" in low else " "
        out.append(low)
    return out


@dataclass(frozen=True)
class View:
    """Tokens joined by single spaces, with each token's offset in `text`."""

    text: str
    starts: Tuple[int, ...]
    tokens: Tuple[str, ...]

    @classmethod
    def build(cls, tokens: Sequence[str]) -> "View":
        starts: List[int] = []
        pos = 0
        for token in tokens:
            starts.append(pos)
            pos += len(token) + 1
        return cls(" ".join(tokens), tuple(starts), tuple(tokens))

    def token_range(self, start: int, end: int) -> Tuple[int, int]:
        """Token indices [i, j) covered by the character range [start, end) of `text`."""
        i = max(bisect_right(self.starts, start) - 1, 0)
        j = max(bisect_left(self.starts, end), i + 1)
        return i, j

    def offset(self, token_index: int) -> int:
        return self.starts[token_index] if token_index < len(self.starts) else len(self.text) + 1


@dataclass(frozen=True)
class Prepared:
    """Everything the detectors need from one Doc, built once per message."""

    doc: Doc
    words: View  # lowercase forms
    lemmas: View  # lowercase lemmas (contractions as in `words`)
    sentence_of: Tuple[int, ...]  # sentence number of each token
    quoted: Tuple[bool, ...]  # token is inside quotation marks
    quote_open: Tuple[int, ...]  # index of the opening quote for quoted tokens, else -1

    @property
    def views(self) -> Tuple[View, View]:
        return (self.words, self.lemmas)

    def char_span(self, i: int, j: int) -> Tuple[int, int]:
        first, last = self.doc[i], self.doc[j - 1]
        return first.idx, last.idx + len(last.text)


# The lookup table's odd readings of common words ("as" -> "a", "does" -> "doe", "worse" ->
# "wrong"): rules on the lemma view expect the plain word.
_LEMMA_FIX = {"as": "as", "does": "do", "less": "less", "more": "more", "most": "most", "better": "better", "worse": "worse", "best": "best", "worst": "worst"}


def prepare(doc: Doc) -> Prepared:
    words = norm_tokens(doc)
    straight = _straight if _has_curly(doc.text) else str
    lemmas = []
    for token, word in zip(doc, words):
        lemma = straight(token.lemma_.lower()) if token.lemma_ else word
        # The lookup table maps "'s" to "have" and leaves contractions odd: keep the word form.
        if word != straight(token.lower_) or lemma in ("", "-pron-") or "'" in lemma:
            lemma = word
        elif word in _LEMMA_FIX:
            lemma = _LEMMA_FIX[word]
        elif lemma.isdigit() and not word.isdigit():  # "the second i..." is not "the 2 i..."
            lemma = word
        lemmas.append(lemma)
    sentence_of: List[int] = []
    quoted: List[bool] = []
    quote_open: List[int] = []
    sent = 0
    open_at = -1
    for i, token in enumerate(doc):
        text = token.text
        is_quote = text in QUOTES and _quote_like(doc, i)
        if is_quote:
            if open_at < 0:
                open_at = i
                quoted.append(False)
                quote_open.append(-1)
            else:
                open_at = -1
                quoted.append(False)
                quote_open.append(-1)
        else:
            quoted.append(open_at >= 0)
            quote_open.append(open_at)
        sentence_of.append(sent)
        if (words[i] in SENTENCE_END or words[i].endswith(" .") or text.startswith("\n") or set(text) <= {".", "!", "?"}) and open_at < 0:
            sent += 1
    return Prepared(doc, View.build(words), View.build(lemmas), tuple(sentence_of), tuple(quoted), tuple(quote_open))


def _quote_like(doc: Doc, i: int) -> bool:
    """A stand-alone quotation mark (not an apostrophe inside or after a word)."""
    text = doc[i].text
    if text in ('"', "\u201c", "\u201d", "\u00ab", "\u00bb", "`"):
        return True
    # A single quote counts when it is its own token with space on at least one side.
    before_space = i == 0 or bool(doc[i - 1].whitespace_)
    after_space = doc[i].whitespace_ != "" or i + 1 == len(doc)
    return before_space or after_space


_QUOTED = re.compile(r"(?:^| )[\"'] [^\"']{1,40} [\"'](?= |$)")


def negated(view: View, start: int, window: int = 3) -> bool:
    """A negator among the `window` words before `start`, in the same clause."""
    before = CLAUSE_BREAK.split(view.text[:start])[-1]
    before = _QUOTED.sub(" ", before)  # a quoted reply ("she said 'no' and left") negates nothing
    words = _WORD.findall(before)
    last = words[-window:]
    if any(word in NEGATORS or word in _MORE_NEGATORS for word in last):
        return True
    # "I can hardly ignore her" is "I can't ignore her"; "he hardly ever answers" is not negated
    return len(words) >= 2 and words[-1] in ("hardly", "scarcely", "barely") and words[-2] in ("can", "could")


_MORE_NEGATORS = frozenset({"neither", "nobody", "noone"})


def clause_before(view: View, start: int) -> str:
    """Text of the current clause up to `start`."""
    return CLAUSE_BREAK.split(view.text[:start])[-1]


_NT = re.compile(r"(?<![\w'])(\w+)n't(?![\w'])")
_CONTRACTION = re.compile(r"(?<=\w)'(re|m|ve|ll|d)(?![\w'])")
_IS = re.compile(r"(?<![\w'])(he|she|it|that|what|there|who|here|where|how)'s(?![\w'])")
_EXPAND = {"re": "are", "m": "am", "ve": "have", "ll": "will", "d": "would"}
_NT_BASE = {"wo": "will", "ca": "can", "sha": "shall", "ai": "is"}


def normalise_regex(regex: str) -> str:
    """Write a rule as people type ("won't", "you're", "he's") and match the view, where
    contractions are spelled out ("will not", "you are", "he is") and hyphens stand apart."""
    regex = _NT.sub(lambda m: f"{_NT_BASE.get(m.group(1), m.group(1))} not", regex)
    regex = _CONTRACTION.sub(lambda m: f" {_EXPAND[m.group(1)]}", regex)
    regex = _IS.sub(lambda m: f"{m.group(1)} is", regex)
    # The tokenizer splits "self-centred" into "self - centred": a rule's "[- ]" covers all three.
    regex = regex.replace("[- ]", "(?: - | |-)")
    # ... and a comma stands apart too: "what are you, twelve" reads "what are you , twelve".
    regex = regex.replace(",? ", "(?: ,)? ").replace(" (?: ,)? ", "(?: ,)? ")
    return regex.replace("let's", "let us")


def compile_rules(regexes: Iterable[str]) -> Tuple[Pattern[str], ...]:
    return tuple(re.compile(rf"(?<![\w'])(?:{normalise_regex(r)})(?![\w'])") for r in regexes)


def first_match(patterns: Iterable[Pattern[str]], text: str) -> Optional[re.Match]:
    for pattern in patterns:
        match = pattern.search(text)
        if match:
            return match
    return None


def spans(patterns: Iterable[Pattern[str]], text: str) -> Iterator[Tuple[int, int]]:
    for pattern in patterns:
        for match in pattern.finditer(text):
            yield match.span()


def overlaps(span: Tuple[int, int], others: Iterable[Tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in others)


# ---------------------------------------------------------------- cheap gates for rules
# Most rules cannot match most messages. A regex that opens with a look-behind and an
# alternation gets no help from the re engine's literal-prefix search, so it is tried at every
# character. Before running one, check that the message holds at least one of the literal
# strings the pattern cannot match without (`str in str` is a fast C-level search). The gates are
# read off the compiled pattern itself, so they are always exactly as strict as the rule.
try:  # Python 3.11+
    from re import _constants as _sre_c, _parser as _sre_p  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as _sre_c  # type: ignore[no-redef]
    import sre_parse as _sre_p  # type: ignore[no-redef]

_ZERO_WIDTH = (_sre_c.AT, _sre_c.ASSERT, _sre_c.ASSERT_NOT)
_REPEATS = tuple(getattr(_sre_c, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_sre_c, name))
Gate = Tuple[str, ...]


def _needed(items) -> List[frozenset]:
    """Sets of literal strings, one string of each set being needed for any match."""
    found: List[frozenset] = []
    run: List[str] = []

    def flush() -> None:
        if run:
            found.append(frozenset({"".join(run)}))
            run.clear()

    for op, av in items:
        if op is _sre_c.LITERAL:
            run.append(chr(av))
            continue
        if op in _ZERO_WIDTH:
            continue
        flush()
        needed: Optional[frozenset] = None
        if op is _sre_c.SUBPATTERN:
            needed = _best(_needed(av[-1]))
        elif op is _sre_c.BRANCH:
            options = [_best(_needed(branch)) for branch in av[1]]
            if options and all(o is not None for o in options):
                needed = frozenset().union(*options)  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:
            needed = _best(_needed(av[2]))
        if needed:
            found.append(needed)
    flush()
    return found


def _score(strings: frozenset) -> Tuple[int, int]:
    return (min(len(s.strip()) for s in strings), -len(strings))


def _best(candidates: List[frozenset]) -> Optional[frozenset]:
    usable = [c for c in candidates if c and min(len(s.strip()) for s in c) >= 1]
    return max(usable, key=_score) if usable else None


def literal_gates(pattern: Pattern[str], most: int = 2, max_size: int = 40) -> Tuple[Gate, ...]:
    """Up to `most` gates for `pattern`: each a tuple of strings one of which any match holds."""
    try:
        candidates = _needed(_sre_p.parse(pattern.pattern, pattern.flags))
    except Exception:  # pragma: no cover - an unparsable pattern simply runs ungated
        return ()
    usable = [c for c in candidates if len(c) <= max_size and min(len(s.strip()) for s in c) >= 2]
    usable.sort(key=_score, reverse=True)
    gates: List[Gate] = []
    for strings in usable:
        # keep the shortest strings only: "you are" is implied by "you are so"
        gate = tuple(sorted(s for s in strings if not any(t != s and t in s for t in strings)))
        if gate not in gates:
            gates.append(gate)
        if len(gates) == most:
            break
    return tuple(gates)


def opens(gates: Tuple[Gate, ...], text: str) -> bool:
    """Every gate has one of its strings in `text` (so the rule may match)."""
    for gate in gates:
        for s in gate:
            if s in text:
                break
        else:
            return False
    return True
