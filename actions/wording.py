"""Turning the person's own words into parts of a sentence the bot reads back.

Pure string functions, shared by the practice flows (I-statement builder, open-question
practice, time-out plan). They trim what people naturally type around an answer ("I felt
really hurt.", "when he left...", "could you please ...?") so the pieces fit one sentence,
and never invent content.
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

_SPACE = re.compile(r"\s+")
_END_PUNCTUATION = re.compile(r"[\s.!?,;:]+$")
_QUOTES = "\"'\u2018\u2019\u201c\u201d"


def tidy(text: Optional[str]) -> str:
    """One line, no surrounding quotes or trailing punctuation."""
    text = _SPACE.sub(" ", (text or "").strip()).strip(_QUOTES + " ")
    return _END_PUNCTUATION.sub("", text)


def strip_prefixes(text: str, prefixes: Iterable[str]) -> str:
    """Removes the first matching lead-in (case-insensitive, whole words), repeatedly."""
    patterns = [re.compile(rf"^{p}\b[\s,:-]*", re.IGNORECASE) for p in prefixes]
    changed = True
    while changed:
        changed = False
        for pattern in patterns:
            stripped = pattern.sub("", text, count=1)
            if stripped != text and stripped:
                text, changed = stripped, True
    return text


def lower_first(text: str) -> str:
    """Lowercases the first letter unless the word is "I" or looks like a name or acronym."""
    first = text.split(" ", 1)[0]
    if not text or first in ("I", "I'm", "I've", "I'd", "I'll") or first.isupper():
        return text
    if len(first) > 1 and first[0].isupper() and first[1:].islower() and first.lower() not in _COMMON_CAPS:
        return text  # probably a name: "Tom", "Sunday"
    return text[0].lower() + text[1:]


# Capitalised only because they start the answer.
_COMMON_CAPS = frozenset(
    "when the he she they we you it my our his her their if after before every last yesterday "
    "this that there most sometimes often whenever because a an on at in".split()
)


def situation_clause(text: str) -> str:
    """ "When he left the dishes." -> "he left the dishes" (to follow "when")."""
    text = strip_prefixes(tidy(text), [r"the situation (?:is|was)", r"it was", r"it's", r"when", r"whenever"])
    return lower_first(text)


def feeling_words(text: str) -> str:
    """ "I felt really hurt and alone" -> "really hurt and alone"."""
    text = strip_prefixes(
        tidy(text),
        [r"i (?:feel|felt|am feeling|was feeling|'m feeling|get|got)", r"i'm", r"im", r"i am",
         r"i was", r"feeling", r"feel", r"felt", r"honestly", r"probably", r"i guess", r"i think",
         r"like"],
    )
    return lower_first(text)


def need_clause(text: str) -> str:
    """ "I need to feel like a team" -> "to feel like a team"; "support" stays "support"."""
    text = strip_prefixes(
        tidy(text), [r"i (?:need|needed|want|wanted|would like|'d like|long for|miss)", r"i just", r"just", r"because"]
    )
    return lower_first(text)


_WE_REQUEST = re.compile(r"^(?:could|can|shall|would|might) we\b\s*", re.IGNORECASE)


def request_sentence(text: str) -> str:
    """A request as a question: "could you text me if you're late" -> "Would you be willing to
    text me if you're late?"; "could we talk after dinner" -> "Could we talk after dinner?"."""
    text = tidy(text)
    if _WE_REQUEST.match(text):
        return f"Could we {lower_first(_WE_REQUEST.sub('', text))}?"
    core = strip_prefixes(
        text,
        [r"would you be willing to", r"(?:could|can|would|will) you(?: please)?", r"please",
         r"i(?:'d| would) (?:like|love) (?:you|him|her|them) to", r"i want (?:you|him|her|them) to",
         r"i(?:'d| would) like (?:it )?if you", r"i (?:need|want|ask|asked) (?:you|him|her) to",
         r"(?:for )?(?:you|him|her|them) to", r"to", r"ask (?:you|him|her|them) to", r"maybe", r"that"],
    )
    return f"Would you be willing to {lower_first(core)}?"


def i_statement(situation: str, feeling: str, need: str, request: str) -> str:
    """The finished sentence, in the person's words."""
    need = need_clause(need)
    need_part = f"I need {need}" if need else ""
    sentence = f"I feel {feeling_words(feeling)} when {situation_clause(situation)}"
    if need_part:
        sentence += f", because {need_part}"
    return f"{sentence}. {request_sentence(request)}"
