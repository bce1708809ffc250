"""Suggests an open version of a closed question, built from the person's own words.

"Did you have a good day?" -> "How was your day for you?" is beyond string rules, but most
closed questions are an auxiliary + subject + the rest ("do you want to go away this summer",
"are you happy with us", "is it my fault"). Keeping the rest and changing the frame gives an
open question that still says what the person meant:
    do you want to go away this summer -> How do you feel about going away this summer?
    are you happy with us              -> How do you feel about us, honestly?
    did you enjoy the party            -> What was the party like for you?
When no frame fits, a "what ... about" wrapper keeps the words.
"""

from __future__ import annotations

import re
from typing import List, Optional

from actions.wording import tidy

_AUX = (
    r"do|does|did|are|is|was|were|am|can|could|would|will|should|shall|have|has|had|"
    r"don't|doesn't|didn't|aren't|isn't|wasn't|weren't|can't|won't|wouldn't|haven't"
)
_SUBJECT = r"you|we|i|he|she|they|it|this|that|things"
_CLOSED = re.compile(rf"^(?:so |and |but |ok |okay |well )?({_AUX}) ({_SUBJECT})\b\s*(.*)$", re.IGNORECASE)
_FEELING_WORDS = (
    "happy|ok|okay|alright|fine|upset|angry|mad|annoyed|sad|hurt|worried|scared|afraid|bored|"
    "tired|unhappy|disappointed|jealous|lonely|frustrated|satisfied|content|comfortable|sure|ready|"
    "into|interested"
)
_FEELING = re.compile(rf"^(?:still |really |even |actually )?(?:{_FEELING_WORDS})\b\s*(?:with|about|in|of|that|by)?\s*(.*)$", re.IGNORECASE)
_STATE_VERBS = re.compile(
    r"^(?:still |really |even |actually )?(want|like|love|enjoy|mind|hate|miss|think|feel|care|trust|need|agree)s?\b\s*(.*)$",
    re.IGNORECASE,
)


def _gerund(verb: str) -> str:
    verb = verb.lower()
    irregular = {"be": "being", "have": "having", "go": "going", "do": "doing", "see": "seeing",
                 "lie": "lying", "die": "dying", "get": "getting", "sit": "sitting", "put": "putting",
                 "run": "running", "stop": "stopping", "plan": "planning", "shop": "shopping",
                 "let": "letting", "set": "setting", "cut": "cutting", "swim": "swimming"}
    if verb in irregular:
        return irregular[verb]
    if verb.endswith("ing") and len(verb) > 4:
        return verb
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        return verb[:-1] + "ing"
    return verb + "ing"


def _to_gerund_phrase(rest: str) -> str:
    """ "to go away this summer" -> "going away this summer"; "go out more" -> "going out more"."""
    words = rest.split()
    if words and words[0].lower() == "to" and len(words) > 1:
        words = words[1:]
    if not words:
        return rest
    return " ".join([_gerund(words[0]), *words[1:]])


_GOOD_TIME = re.compile(
    r"^(?:have|had) (?:a |an )?(?:good|nice|great|bad|ok|okay|fun|lovely|rough|hard) ?(\w+)?\s*(.*)$", re.IGNORECASE
)
_BE = {"are": "are", "were": "were", "am": "am", "is": "is", "was": "was", "aren't": "aren't",
       "isn't": "isn't", "wasn't": "wasn't", "weren't": "weren't"}


def open_versions(question: str) -> List[str]:
    """One or two open questions that keep the person's words; empty when the question has
    no closed frame this module knows (the bot then gives a general tip instead)."""
    match = _CLOSED.match(tidy(question))
    if not match:
        return []
    aux, subject, rest = match.group(1).lower(), match.group(2).lower(), match.group(3).strip()
    if not rest:
        return ["How are you feeling about it?"]
    if subject == "you":
        return _you_versions(aux, rest)
    if subject == "we" and aux in _BE and _FEELING.match(rest):
        return ["How do you feel about where we are right now?"]
    if subject == "we" and aux in ("should", "shall"):
        return [f"How would you feel about {_to_gerund_phrase(rest)}?"]
    if subject == "we":
        return [f"What would make it easier for us to {_strip_to(rest)}?"] if _modal(aux) else [
            f"How do you feel about us {_to_gerund_phrase(rest)}?"]
    verb = _BE.get(aux, aux)
    return [f"What are your thoughts on whether {subject} {verb} {rest}?"]


def _you_versions(aux: str, rest: str) -> List[str]:
    feeling = _FEELING.match(rest)
    if aux in _BE and feeling:
        about = feeling.group(1).strip()
        return [f"How do you feel about {about}, honestly?" if about else "How are you feeling, honestly?"]
    good_time = _GOOD_TIME.match(rest)
    if aux.startswith("did") and good_time:
        noun, tail = good_time.group(1) or "day", good_time.group(2).strip()
        return [f"What was your {noun}{' ' + tail if tail else ''} like?"]
    state = _STATE_VERBS.match(rest)
    if state and aux.startswith(("do", "did")):
        verb, obj = state.group(1).lower(), state.group(2).strip()
        tense = "did" if aux.startswith("did") else "do"
        if verb in ("think", "feel") and obj:
            return [f"What are your thoughts on whether {_strip_that(obj)}?"]
        if verb in ("enjoy", "like", "love", "hate", "mind") and obj and tense == "did":
            return [f"What was {obj} like for you?"]
        phrase = _to_gerund_phrase(obj) if obj.lower().startswith("to ") else obj
        return [f"How {tense} you feel about {phrase or 'it'}?"]
    if _modal(aux):
        return [f"What would make it easier to {_strip_to(rest)}?", f"How would you feel about {_to_gerund_phrase(rest)}?"]
    if aux.startswith("did"):
        return [f"How did you feel about {_to_gerund_phrase(rest)}?"]
    if aux.startswith(("have", "has")):
        return [f"What can you tell me about {_to_gerund_phrase(re.sub(r'^been ', '', rest))}?"]
    return [f"What are your thoughts on whether you {_BE.get(aux, aux)} {rest}?"]


def _modal(aux: str) -> bool:
    return aux.startswith(("would", "will", "could", "can", "won't", "should", "shall"))


def _strip_to(rest: str) -> str:
    return re.sub(r"^to ", "", rest, flags=re.IGNORECASE)


def _strip_that(obj: str) -> str:
    return re.sub(r"^(?:that|if|whether)\s+", "", obj, flags=re.IGNORECASE)


def best_open_version(question: str) -> Optional[str]:
    versions = open_versions(question)
    return versions[0] if versions else None
