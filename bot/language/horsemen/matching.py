"""Finding the horsemen in a message: run the rules, set aside the healthy readings, decide who
shows each pattern, and keep one reading per stretch of words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from bot.language import speaker as sp
from bot.language.horsemen.healthy import ANTIDOTE, OUTSIDE_THE_COUPLE, REPAIR, SetAside, _healthy_reading, _not_exhibited
from bot.language.horsemen.index import _candidates
from bot.language.horsemen.lexicon import INSULT_WORDS
from bot.language.horsemen.rule import ACTOR, CONTEMPT, CRITICISM, DEFENSIVENESS, Rule
from bot.language.horsemen.rules import ACTOR_INDEX, ALL_INDEX
from bot.language.text import Prepared


@dataclass(frozen=True)
class Hit:
    label: str
    i: int  # first token
    j: int  # one past the last token
    speaker: str



def _speaker_for(rule: Rule, prep: Prepared, reporting: sp.Reporting, i: int, j: int) -> Optional[str]:
    """Who exhibited the pattern; None drops the finding (someone outside the couple)."""
    reported = reporting.speaker_at(i)
    if rule.role == ACTOR:
        if sp.emote(prep, i, j):
            return reported or sp.USER
        actor = sp.described_actor(prep, i, j)
        if actor == sp.NONE:
            return None
        if reported == sp.NONE and actor in (None, sp.USER):
            return None  # someone outside the couple's words: "my sister said I'm always late"
        if reported and actor in (None, sp.USER):
            # "she said I rolled my eyes": the words are hers, the eye-roll mine
            return actor or reported
        return actor or reported or sp.NONE
    # VOICE: the words themselves belong to whoever says them
    if reported == sp.NONE:
        return None  # "my sister said 'you're so selfish'": not the couple
    return reported or sp.USER


def find(
    prep: Prepared,
    reporting: sp.Reporting,
    excluded: Tuple[Tuple[int, int], ...] = (),
    set_aside: Optional[List["SetAside"]] = None,
) -> List[Hit]:
    """All horsemen in the message, one per label and token span, in text order.

    `excluded` holds token ranges already explained by something else (thought-feelings such
    as "I feel ignored" are a feeling, not an act of stonewalling). When `set_aside` is a list,
    every rule match that a healthy reading overruled is appended to it (label, reason, token),
    so a caller can tell "nothing horseman-like here" from "horseman words, read as healthy".
    """
    hits: dict = {}
    views = prep.views + ((reporting.shifted,) if reporting.shifted is not None else ())
    antidote_sentences = set()
    for view in views:
        for match in ANTIDOTE.finditer(view.text):
            i, _ = view.token_range(*match.span())
            antidote_sentences.add(prep.sentence_of[i])
    repair = any(REPAIR.search(view.text) for view in prep.views)
    for view in views:
        # Lemmas only help described actions ("rolled his eyes" -> "roll his eye"); spoken
        # phrases are matched on the words, which halves the time per message.
        text = view.text
        for rule in _candidates(ACTOR_INDEX if view is prep.lemmas else ALL_INDEX, text):
            for match in rule.pattern.finditer(text):
                start, end = match.span("act") if "act" in rule.pattern.groupindex else match.span()
                if end <= start:
                    continue
                i, j = view.token_range(start, end)
                who: Optional[str] = None
                reason = _healthy_reading(prep, view, reporting, rule, start, end, i, j, excluded, antidote_sentences, repair)
                if reason is None:
                    who = _speaker_for(rule, prep, reporting, i, j)
                    reason = OUTSIDE_THE_COUPLE if who is None else _not_exhibited(prep, view, reporting, rule, start, end, i, j, who)
                if reason is not None:
                    if set_aside is not None:
                        set_aside.append(SetAside(rule.label, reason, i))
                    continue
                assert who is not None
                key = (rule.label, i)
                if key not in hits or (j - i) > (hits[key].j - hits[key].i):
                    hits[key] = Hit(rule.label, i, j, who)
    return _resolve(prep, hits)


# A verdict that ends in an insult ("a useless lump") is the insult; a charge of oversensitivity
# ("you are too sensitive") inside a defence is part of the defence.
_INSULT_END = re.compile(rf"^{INSULT_WORDS}$")
_DISMISSAL = re.compile(r"(?<![\w'])(?:sensitive|oversensitive|unreasonable|ridiculous|irrational|silly|petty|paranoid|over ?react\w*|overthink\w*|dramatic|hysterical|crazy|insecure|emotional|imagining|exaggerat\w*)(?![\w'])")


def _overlap(a: "Hit", b: "Hit") -> bool:
    return a.i < b.j and b.i < a.j


def _resolve(prep: Prepared, hits: Dict[Tuple[str, int], "Hit"]) -> List["Hit"]:
    """One reading per stretch of words: an insult is contempt, not also criticism; a dismissal
    inside a defence ("I did nothing wrong, you're just too sensitive") or a rhetorical "like
    you've never been late" is defensiveness. A plain "yes but you're always late too" keeps both."""
    contempt = [h for h in hits.values() if h.label == CONTEMPT]
    defence = [h for h in hits.values() if h.label == DEFENSIVENESS]

    def dropped(h: Hit) -> bool:
        if h.label != CRITICISM:
            return False
        for c in contempt:
            if c.i == h.i or (h.i <= c.i and c.j <= h.j) or (c.i <= h.i and h.j <= c.j):
                return True
            # "he said I'm a useless lump": the verdict's last word is the insult itself
            if _overlap(h, c) and h.i < c.i < h.j and _INSULT_END.search(prep.words.tokens[h.j - 1]):
                return True
        # "like you've never been late": a rhetorical counter, not a verdict of its own
        if h.i > 0 and prep.words.tokens[h.i - 1] == "like" and any(_overlap(h, d) for d in defence):
            return True
        if any(prep.sentence_of[d.i] == prep.sentence_of[h.i] and d.speaker == h.speaker for d in defence):
            words = " ".join(prep.words.tokens[h.i : h.j])
            return bool(_DISMISSAL.search(words))
        return False

    hits = {k: h for k, h in hits.items() if not dropped(h)}
    criticism = [h for h in hits.values() if h.label == CRITICISM]
    hits = {
        k: h
        for k, h in hits.items()
        if not (h.label == DEFENSIVENESS and any(c.i < h.i and h.j <= c.j and c.speaker == h.speaker for c in criticism))
    }
    # Drop a span contained in a longer span of the same label.
    ordered = sorted(hits.values(), key=lambda h: (h.i, -(h.j - h.i)))
    kept: List[Hit] = []
    for hit in ordered:
        if any(k.label == hit.label and k.i <= hit.i and hit.j <= k.j for k in kept):
            continue
        kept.append(hit)
    return kept

