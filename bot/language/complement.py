"""The learned complement joined to the horsemen rules: what the model may add, and where.

The rules (bot.language.horsemen) are precise but miss new writers' phrasing; the learned model
(bot.language.learned) catches much of that but cannot tell "you always know what to say" from
blame. So the model only adds a horseman the rules did not find, when
- its probability for the whole message reaches the model's threshold, and
- no rule matched words of that horseman and then set them aside as healthy (appreciation,
  negation, owning one's part, a question about the pattern, a break with a time to come back,
  someone outside the couple, ...: horsemen.SetAside), and
- the message shows none of the healthy readings that rule out that horseman as a whole
  (HEALTHY_CUES: thanks or praise, a negated verdict, the speaker running themselves down,
  reassurance, owning one's part, a break with a time to come back, teasing both enjoy), and
- the sentence it points at is not about someone outside the couple.
An added finding spans the sentence the model scores highest for that horseman (one sentence is
scored only when the message has several), and is marked ``source="model"`` with its
probability, so the coaching can hedge ("I may be reading this wrong...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Set, Tuple

from bot.language import horsemen as H
from bot.language import speaker as sp
from bot.language.horsemen import SetAside
from bot.language.learned import HorsemenModel, doc_inputs
from bot.language.text import Prepared

# "he's not lazy", "you were never unkind": a verdict denied, the opposite of criticism
NEGATED_VERDICT = re.compile(
    r"(?<![\w'])(?:you|he|she|they|(?:my |the )?(?:husband|wife|partner|boyfriend|girlfriend)) (?:is|are|was|were|am|have been|has been) "
    r"(?:not|never|hardly|in no way)(?: (?:a|an|being|really|that|at all))? \w+"
)
# Praise: "you're the most thoughtful person i know", "a genius at fixing bikes", "proud of you"
PRAISE = re.compile(
    r"(?<![\w'])(?:(?:the )?(?:most|so|such an?|really|very|incredibly) (?:thoughtful|kind|caring|sweet|generous|patient|loving|"
    r"supportive|gentle|considerate|brilliant|wonderful|amazing|talented|funny|clever|smart|wise|brave|strong|beautiful|lovely|helpful)"
    r"(?: (?:person|man|woman|partner|husband|wife|dad|mum|mom|father|mother|friend))?|"
    r"(?:a |an |such a |an absolute |a total )?(?:genius|wizard|natural|legend|star|hero|pro|whizz|whiz) (?:at|with|when it comes to)|"
    r"(?:so |really |very |incredibly )?proud of (?:you|him|her|them|us)|you (?:absolute |total )?(?:legend|star|hero|gem))(?![\w'])"
)
# The speaker running themselves down, not the partner: "I felt like such an idiot at the party"
SELF_DIRECTED = re.compile(
    r"(?<![\w'])i (?:felt|feel|feeling|looked|look|sounded|sound|am|was|have been) (?:like )?(?:such |a complete |a total |a bit of |an absolute |so )?(?:an? )?\w+"
    r"(?: at| in front of| when| for| about|[.!,]|$)"
)
# Reassuring the partner: "I told him it was not his fault", "it's not your fault"
REASSURANCE = re.compile(
    r"(?<![\w'])(?:(?:it|this|that) (?:is|was|is not|was not|isn't|wasn't) )?not (?:his|her|your|their) fault(?![\w'])"
)
_APPRECIATION = (H.APPRECIATION_FRAME, H.APPRECIATION_AFTER, PRAISE)
_OWNING = (H.OWNING, H.APOLOGY_AFTER)
# label -> readings of the whole message that rule it out (on the words view)
HEALTHY_CUES: Dict[str, Tuple["re.Pattern[str]", ...]] = {
    H.CRITICISM: _APPRECIATION + (NEGATED_VERDICT,),
    H.CONTEMPT: _APPRECIATION + (H.PLAYFUL, SELF_DIRECTED),
    H.DEFENSIVENESS: _OWNING + (REASSURANCE,),
    H.STONEWALLING: (H.ANTIDOTE,) + _OWNING,
}
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
        if p >= model.threshold and label not in found and not any(a.label == label for a in set_aside)
    }
    text = prep.words.text
    wanted = {label: p for label, p in wanted.items() if not any(c.search(text) for c in HEALTHY_CUES.get(label, ()))}
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
