"""NVC "thought-feelings": words used as feelings that really describe what someone did.

Why: "I feel ignored" says what the partner did (ignored me), not what the speaker feels, and it
lands as blame. Nonviolent Communication offers the feelings that usually sit underneath
(lonely, sad, hurt), so the coach can ask "When you felt ignored, were you more lonely, sad or
hurt?" with those as buttons. The map follows the CNVC "faux feelings" guidance.

A word only counts when it is used as a feeling: after "feel/felt/feeling/feels", "made to
feel", "makes me feel" or "I'm being", with hedges and lists allowed in between ("I feel so
ignored and taken for granted"). "He ignored me" is an action, not a thought-feeling.
"""

from __future__ import annotations

from typing import Dict, List, Optional, Tuple

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from bot.safety.patterns import NEGATORS

# Canonical thought-feeling -> the feelings that often lie beneath it.
REAL_FEELINGS: Dict[str, List[str]] = {
    "abandoned": ["lonely", "scared", "hurt", "sad"],
    "attacked": ["scared", "hurt", "angry"],
    "belittled": ["hurt", "embarrassed", "frustrated", "angry"],
    "betrayed": ["hurt", "shocked", "angry", "disappointed"],
    "blamed": ["hurt", "angry", "confused", "scared"],
    "bullied": ["scared", "angry", "powerless"],
    "cheated": ["hurt", "angry", "resentful"],
    "controlled": ["frustrated", "powerless", "angry"],
    "cornered": ["scared", "anxious", "angry"],
    "criticised": ["hurt", "embarrassed", "anxious", "frustrated"],
    "disrespected": ["hurt", "angry", "frustrated"],
    "dismissed": ["hurt", "frustrated", "disappointed"],
    "excluded": ["lonely", "sad", "hurt"],
    "guilt-tripped": ["frustrated", "resentful", "confused"],
    "humiliated": ["embarrassed", "ashamed", "hurt"],
    "ignored": ["lonely", "sad", "hurt"],
    "insulted": ["hurt", "angry", "embarrassed"],
    "intimidated": ["scared", "anxious", "nervous"],
    "invalidated": ["hurt", "frustrated", "angry"],
    "invisible": ["lonely", "sad", "hurt"],
    "judged": ["hurt", "embarrassed", "anxious"],
    "let down": ["disappointed", "sad", "hurt"],
    "manipulated": ["confused", "powerless", "angry", "distrustful"],
    "misunderstood": ["frustrated", "lonely", "sad"],
    "neglected": ["lonely", "sad", "hurt"],
    "patronised": ["frustrated", "angry", "resentful"],
    "pressured": ["anxious", "overwhelmed", "resentful"],
    "provoked": ["angry", "frustrated", "irritated"],
    "put down": ["hurt", "embarrassed", "angry"],
    "rejected": ["hurt", "sad", "scared", "lonely"],
    "smothered": ["overwhelmed", "frustrated", "restless"],
    "taken for granted": ["tired", "sad", "hurt", "disappointed"],
    "threatened": ["scared", "anxious", "alarmed"],
    "trapped": ["anxious", "frustrated", "stuck"],
    "unappreciated": ["tired", "sad", "discouraged", "frustrated"],
    "uncared for": ["sad", "lonely", "hurt"],
    "undervalued": ["discouraged", "sad", "frustrated"],
    "unheard": ["frustrated", "lonely", "sad", "hurt"],
    "unimportant": ["sad", "hurt", "lonely"],
    "unloved": ["sad", "lonely", "hurt"],
    "unseen": ["lonely", "sad", "hurt"],
    "unsupported": ["overwhelmed", "tired", "lonely", "sad"],
    "unwanted": ["sad", "lonely", "hurt"],
    "used": ["hurt", "angry", "resentful"],
    "walked all over": ["frustrated", "angry", "powerless"],
}

# Other spellings and wordings -> canonical key.
ALIASES: Dict[str, str] = {
    "criticized": "criticised",
    "patronized": "patronised",
    "taken advantage of": "used",
    "disregarded": "dismissed",
    "brushed off": "dismissed",
    "unvalued": "undervalued",
    "not heard": "unheard",
    "not listened to": "unheard",
    "unlistened to": "unheard",
    "not appreciated": "unappreciated",
    "not loved": "unloved",
    "not wanted": "unwanted",
    "not supported": "unsupported",
    "not seen": "unseen",
    "not important": "unimportant",
    "not respected": "disrespected",
    "unrespected": "disrespected",
    "not valued": "undervalued",
    "undermined": "belittled",
    "demeaned": "belittled",
    "diminished": "belittled",
    "ganged up on": "attacked",
    "picked on": "bullied",
    "mocked": "belittled",
    "ridiculed": "humiliated",
    "shamed": "humiliated",
    "deserted": "abandoned",
    "left behind": "abandoned",
    "cheated on": "cheated",
    "lied to": "betrayed",
    "deceived": "betrayed",
    "boxed in": "cornered",
    "pushed away": "rejected",
    "shut out": "rejected",
    "overlooked": "ignored",
    "neglected by": "neglected",
    "emotionally neglected": "neglected",
    "unnoticed": "invisible",
    "isolated": "excluded",
    "left out": "excluded",
    "micromanaged": "controlled",
    "suffocated": "smothered",
    "used up": "used",
    "guilt tripped": "guilt-tripped",
    "guilted": "guilt-tripped",
    "gaslit": "manipulated",
    "gaslighted": "manipulated",
    "accused": "blamed",
    "unfairly treated": "cheated",
}

# Words that may stand between the feeling verb and the thought-feeling.
_HEDGES = frozenset(
    {"so", "really", "very", "totally", "completely", "utterly", "just", "kind", "kinda", "of", "sort",
     "a", "bit", "little", "pretty", "quite", "extremely", "incredibly", "like", "i", "am", "was",
     "being", "been", "as", "if", "though", "always", "constantly", "often", "sometimes", "and", "or",
     ",", "totally", "deeply", "super", "somewhat", "increasingly", "more", "most", "even", "too",
     "all", "the", "time", "almost", "rather", "such", "again", "still", "also", "m", "'m", "get",
     "getting", "got", "have", "had", "basically", "absolutely", "massively", "hugely", "fairly",
     "slightly", "that", "i'm", "im", "entirely", "emotionally", "then", "now", "lately", "honestly"}
)
_FEEL = frozenset({"feel", "felt", "feeling", "feels", "feelin"})


def canonical(word: str) -> Optional[str]:
    """The REAL_FEELINGS key for a thought-feeling wording, or None."""
    key = " ".join(word.lower().replace("\u2019", "'").split())
    if key in REAL_FEELINGS:
        return key
    return ALIASES.get(key)


def real_feelings_for(thought_feeling: str) -> List[str]:
    """Feelings to offer instead of a thought-feeling ("ignored" -> lonely, sad, hurt)."""
    key = canonical(thought_feeling)
    return list(REAL_FEELINGS[key]) if key else []


_MATCHERS: Dict[int, Tuple[Vocab, PhraseMatcher]] = {}


def matcher_for(vocab: Vocab) -> PhraseMatcher:
    """One PhraseMatcher per Vocab, built on first use (a few ms) and then reused."""
    cached = _MATCHERS.get(id(vocab))
    if cached is not None and cached[0] is vocab:
        return cached[1]
    from spacy.lang.en import English

    tokenizer = English().tokenizer  # only to split phrases ("guilt-tripped") as messages are split
    matcher = PhraseMatcher(vocab, attr="LOWER")
    for phrase in list(REAL_FEELINGS) + list(ALIASES):
        matcher.add(phrase, [Doc(vocab, words=[t.text for t in tokenizer(phrase)])])
    _MATCHERS[id(vocab)] = (vocab, matcher)
    return matcher


def find(doc, lowers) -> List[Tuple[int, int, str, Optional[int]]]:
    """Thought-feelings used as feelings: (start token, end token, canonical key, feel-verb token).

    `lowers` are the normalised lowercase token strings (bot.language.text.norm_tokens).
    """
    matches = matcher_for(doc.vocab)(doc)
    # Longest match per start ("taken for granted" over "taken").
    by_start: Dict[int, Tuple[int, int, str]] = {}
    for match_id, start, end in matches:
        phrase = doc.vocab.strings[match_id]
        if start not in by_start or end > by_start[start][1]:
            by_start[start] = (start, end, phrase)
    found = sorted(by_start.values())
    starts = {s for s, _, _ in found}
    ends = {e: s for s, e, _ in found}
    out: List[Tuple[int, int, str, Optional[int]]] = []
    for start, end, phrase in found:
        verb = _feeling_frame(lowers, start, starts, ends)
        if verb is None:
            continue
        key = canonical(phrase)
        if key:
            out.append((start, end, key, verb))
    return out


def _feeling_frame(lowers, start: int, starts, ends) -> Optional[int]:
    """Index of the feel verb that governs a thought-feeling at `start`, if any and not negated."""
    k = start - 1
    steps = 0
    while k >= 0 and steps < 8:
        word = lowers[k]
        if word in _FEEL:
            before = lowers[max(0, k - 3) : k]
            if any(w in NEGATORS for w in before):
                return None
            return k
        if k + 1 in ends and ends[k + 1] != start:  # another thought-feeling in a list
            k = ends[k + 1] - 1
            steps += 1
            continue
        if word in ("being", "been") and k >= 1 and lowers[k - 1] in ("am", "'m", "m", "was", "is", "keep", "always", "have", "'ve"):
            # "I'm being ignored", "I've been neglected": the speaker's experience
            if k >= 2 and lowers[k - 2] in ("i", "always", "constantly"):
                return k
        if word in _HEDGES:
            k -= 1
            steps += 1
            continue
        return None
    return None
