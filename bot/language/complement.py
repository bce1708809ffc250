"""The learned complement joined to the horsemen rules: what the model may add, and where.

The rules (bot.language.horsemen) are precise but miss new writers' phrasing; the learned model
(bot.language.learned) catches much of that but cannot tell "you always know what to say" from
blame. So the model only adds a horseman the rules did not find, when
- its probability for the whole message reaches the model's threshold, and
- no rule matched words of that horseman and then set them aside as healthy (appreciation,
  negation, owning one's part, a question about the pattern, a break with a time to come back,
  someone outside the couple, ...: horsemen.SetAside; the outside-the-couple reading alone
  gives way when the model is at least OUTSIDE_OVERRULED_AT sure), and
- the message shows none of the healthy readings that rule out that horseman as a whole
  (horsemen.MESSAGE_HEALTHY_READINGS: thanks or praise, a negated verdict, the speaker running
  themselves down, reassurance, owning one's part, a break with a time to come back, teasing
  both enjoy), and
- the sentence it points at is not about someone outside the couple.
An added finding spans the sentence the model scores highest for that horseman (one sentence is
scored only when the message has several), and is marked ``source="model"`` with its
probability, so the coaching can hedge ("I may be reading this wrong...").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Set, Tuple

from bot.language import speaker as sp
from bot.language.horsemen import MESSAGE_HEALTHY_READINGS, OUTSIDE_THE_COUPLE, SetAside
from bot.language.learned import HorsemenModel, doc_inputs
from bot.language.text import Prepared

# The rules' "someone outside the couple" reading often falls on the wrong person when a third
# party is named near the partner ("when his brother brought up the loan, he just went out to the
# garage"); at this probability the model may overrule it, and its own sentence is still checked.
OUTSIDE_OVERRULED_AT = 0.9

_YOU = frozenset({"you", "u", "ur", "your", "yours", "youre"})
_PARTNER_PRONOUNS = frozenset({"he", "she", "they", "his", "him", "her", "their", "them"})


@dataclass(frozen=True)
class Addition:
    """A horseman the model adds: token range [i, j), who showed it, and the probability."""

    label: str
    i: int
    j: int
    speaker: str
    confidence: float


def sentences(prep: Prepared) -> List[Tuple[int, int]]:
    """Token ranges of the message's sentences (trailing white space tokens left out)."""
    out: List[Tuple[int, int]] = []
    start = 0
    for k in range(1, len(prep.sentence_of) + 1):
        if k == len(prep.sentence_of) or prep.sentence_of[k] != prep.sentence_of[start]:
            first, end = start, k
            while first < end and prep.doc[first].is_space:
                first += 1
            while end > first and prep.doc[end - 1].is_space:
                end -= 1
            if end > first:
                out.append((first, end))
            start = k
    return out


def speaker_of(prep: Prepared, reporting: sp.Reporting, i: int, j: int) -> str:
    """Who shows a pattern somewhere in tokens [i, j): whoever's words are reported there, else
    the first person the sentence names (the user speaking, addressing "you", or describing
    themselves; the partner described; NONE for someone outside the couple)."""
    for k in range(i, j):
        reported = reporting.speaker_at(k)
        if reported is not None:
            return reported
    for word in prep.words.tokens[i:j]:
        if word == "i" or word in _YOU:
            return sp.USER
        if word in _PARTNER_PRONOUNS or word in sp.PARTNER_NOUNS:
            return sp.PARTNER
        if word in sp.OTHER_PEOPLE:
            return sp.NONE
    return sp.USER


def _vetoes(aside: SetAside, label: str, p: float) -> bool:
    """Whether a rule match the rules set aside rules out the model's `label` at probability p."""
    return aside.label == label and (aside.reason != OUTSIDE_THE_COUPLE or p < OUTSIDE_OVERRULED_AT)


def additions(
    prep: Prepared,
    reporting: sp.Reporting,
    model: HorsemenModel,
    found: Set[str],
    set_aside: Sequence[SetAside],
) -> List[Addition]:
    """The horsemen the model adds to the rules' `found` (see the module docstring)."""
    probabilities = model.probabilities(doc_inputs(prep.doc))
    wanted = {
        label: p
        for label, p in probabilities.items()
        if p >= model.threshold and label not in found and not any(_vetoes(a, label, p) for a in set_aside)
    }
    text = prep.words.text
    wanted = {label: p for label, p in wanted.items() if not any(c.search(text) for c in MESSAGE_HEALTHY_READINGS.get(label, ()))}
    if not wanted:
        return []
    parts = sentences(prep)
    if not parts:
        return []
    by_sentence: Optional[List[Dict[str, float]]] = None
    if len(parts) > 1:
        by_sentence = [model.probabilities(doc_inputs(prep.doc[i:j])) for i, j in parts]
    out: List[Addition] = []
    for label, p in wanted.items():
        if by_sentence is None:
            i, j = parts[0]
        else:
            best = max(range(len(parts)), key=lambda k: by_sentence[k][label])  # type: ignore[index]
            i, j = parts[best]
        who = speaker_of(prep, reporting, i, j)
        if who == sp.NONE:
            continue  # about someone outside the couple
        out.append(Addition(label, i, j, who, round(p, 3)))
    return out
