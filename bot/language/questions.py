"""Open or closed questions, as motivational-interviewing (MITI) coding counts them.

Why: open questions ("what happened then?", "how did that feel?") invite the person to tell
their story; closed ones (yes/no, either-or, a short fact) narrow it. The coach tracks both in
its own replies and notices them in the user's, and the practice exercises score them.

MITI codes by form, so the rules look at how the question starts once fillers ("so", "okay",
"um") and a leading subordinate clause ("when you say that, ...") are set aside:

- open: what / how / why / in what way / "tell me" / "describe" / "could you tell me more";
- closed: an auxiliary or modal first (do, did, are, is, can, would, have...), an either-or, a
  statement with a question mark ("you tried that?"), and short factual wh-questions (when,
  where, which, who, how old / many / much / long / often, what time / day / name).
"""

from __future__ import annotations

import re
from typing import List, Optional, Sequence

OPEN, CLOSED = "open", "closed"

FILLERS = frozenset(
    {"so", "and", "but", "okay", "ok", "well", "um", "umm", "uh", "uhm", "er", "erm", "hmm", "mm", "mhm",
     "mm-hmm", "uh-huh", "right", "alright", "now", "yeah", "yes", "oh", "then", "also", "just", "sure",
     "like", "and so", "great", "good", "cool", "fine", "gotcha", "wow", "ah", "hm", "huh", "no", "see",
     "anyway", "actually", "basically", "honestly", "hey", "hi", "hello", "please", "ok.", "hmm.", "or",
     "because", "cause", "cos", ",", "-", "--", "...", "…", "—", "–", ":", ";", '"', "'", "(", ")", "i see",
     "uh huh", "mm hmm", "sorry", "thanks", "thank", "you know", "dear", "babe", "honey", "love"}
)
WH_OPEN = frozenset({"what", "how", "why", "whatever"})
WH_CLOSED = frozenset({"when", "where", "which", "who", "whom", "whose", "whether"})
AUX = frozenset(
    {"do", "does", "did", "is", "are", "was", "were", "am", "can", "could", "would", "will", "have",
     "has", "had", "should", "shall", "may", "might", "must", "ai", "is'nt", "isnt", "dont", "didnt",
     "doesnt", "cant", "wont", "wouldnt", "couldnt", "shouldnt", "havent", "hasnt", "arent", "wasnt"}
)
SUBORDINATORS = frozenset(
    {"when", "if", "after", "before", "since", "as", "given", "now", "once", "while", "because",
     "although", "though", "whenever", "thinking", "looking", "besides", "apart", "other", "in"}
)
# Requests for elaboration phrased with a modal are coded open.
_ELABORATE = re.compile(
    r"^(?:(?:can|could|would|will) you (?:please )?|do you (?:want|wanna|mind|feel like|think you could) (?:to )?|would you (?:be willing|like|mind) (?:to )?|"
    r"are you (?:willing|able) to |is it (?:ok|okay|alright) (?:if|to) (?:you |we )?|maybe you could |perhaps you could |i wonder if you could |i'd like you to |i would like you to |let us |let 's )?"
    r"(?:tell (?:me|us)|describe|explain|say (?:a (?:bit|little) )?more|talk (?:a (?:bit|little) )?(?:more )?(?:about|through)|walk me through|share (?:more|a bit|a little|what|how|with me)|"
    r"(?:can|could|may|might) i ask (?:you )?(?:what|how|why|about|a bit more)|(?:is|are) there (?:anything|any|something|other|some)|(?:do|did) you have (?:any|some) (?:thoughts|ideas|sense|feelings|concerns|questions|other)|any (?:thoughts|ideas|other thoughts)|anything else|"
    r"help me understand|give me (?:an|some) (?:example|examples|idea|sense)|elaborate|expand|fill me in|paint me a picture|think (?:about|of) (?:a|some|what|how|why))(?![\w'])"
)
_FACTUAL_HOW = re.compile(r"^how (?:old|many|much|long|often|far|big|tall|soon|late|early|frequently|regularly|heavy|frequent|high|low)(?![\w'])")
_FACTUAL_WHAT = re.compile(
    r"^what (?:time|day|date|year|month|age|percent|percentage|grade|size|colou?r|dose|dosage|brand|level|score|medication|medications|school|job|street|town|city|country)(?![\w'])|"
    r"^what (?:is|'s|was|are|were) (?:your|his|her|their|the|its|my) (?:name|names|age|address|number|phone number|email|date|dose|dosage|score|job|weight|height|birthday)(?![\w'])"
)
_EITHER_OR = re.compile(r"(?<![\w'])(?:or not|or (?:is|are|was|were|do|does|did|would|will|can|could) (?:it|that|this|they|he|she|you|we|there)|either)(?![\w'])|[\w'] or (?:\w+ ){0,3}\?$")
_WONDER = re.compile(r"^i (?:am |'m |was )?(?:wonder|wondering|curious)(?:ing)? (?:about |if |whether |what |how |why |who |when |where )?")
_QUESTION_START = AUX | WH_OPEN | WH_CLOSED


def _strip_fillers(words: List[str]) -> List[str]:
    i = 0
    while i < len(words) and (words[i] in FILLERS or (i + 1 < len(words) and f"{words[i]} {words[i + 1]}" in FILLERS)):
        i += 2 if i + 1 < len(words) and f"{words[i]} {words[i + 1]}" in FILLERS else 1
    return words[i:]


def _main_clause(words: List[str]) -> List[str]:
    """Skip a leading subordinate clause: "when you say X, what ..." -> "what ..."."""
    words = _strip_fillers(words)
    if not words:
        return words
    clauses: List[List[str]] = [[]]
    for w in words:
        if w in (",", ";", ":", "--", "-", "—", "–", "..."):
            clauses.append([])
        else:
            clauses[-1].append(w)
    clauses = [_strip_fillers(c) for c in clauses if c]
    if not clauses:
        return []
    first = clauses[0]
    if first and first[0] in _QUESTION_START and not (first[0] in SUBORDINATORS and len(clauses) > 1):
        return first + [w for c in clauses[1:] for w in c]
    # Find the first later clause that reads as a question.
    for idx, clause in enumerate(clauses[1:], start=1):
        if clause and (clause[0] in _QUESTION_START or _ELABORATE.match(" ".join(clause))):
            return [w for c in clauses[idx:] for w in c]
    return [w for c in clauses for w in c]


def is_question(words: Sequence[str]) -> bool:
    """Ends with a question mark, or starts with a question word / auxiliary + subject."""
    toks = [w for w in words if w.strip()]
    if not toks:
        return False
    if any("?" in t for t in toks) or (len(toks) > 1 and toks[-1] in (")", '"', "'") and "?" in toks[-2]):
        return True
    core = _strip_fillers(toks)
    if len(core) < 2:
        return False
    first, second = core[0], core[1]
    if first in WH_OPEN | WH_CLOSED:
        return second in AUX or second in ("about", "else", "if", "kind", "sort", "type", "exactly", "makes", "made", "happened", "happens", "would", "'s", "do", "did")
    if first in AUX:
        if second == "not" and len(core) > 2:
            second = core[2]
        return second in ("you", "i", "we", "he", "she", "they", "it", "there", "that", "this", "not", "your", "my", "his", "her", "our", "anyone", "anything", "someone", "something")
    return bool(_ELABORATE.match(" ".join(core)) and core[0] in ("tell", "describe", "explain"))


def classify(words: Sequence[str]) -> str:
    """OPEN or CLOSED for one question (its normalised lowercase tokens)."""
    toks = [w for w in words if w.strip() and w not in ("?", "!", "?!", "??", "???")]
    core = _main_clause(toks)
    if not core:
        return CLOSED
    text = " ".join(core)
    wonder = _WONDER.match(text)
    if wonder:  # "I wonder what...", "I'm curious about..." open; "I wonder if..." closed
        tail = wonder.group(0).split()[-1]
        rest = text[wonder.end():].split()
        if tail in ("if", "whether"):
            return CLOSED
        if tail in WH_OPEN or tail == "about" or (rest and rest[0] in WH_OPEN):
            return OPEN
        return CLOSED
    if _ELABORATE.match(text):
        return OPEN
    first = core[0]
    if first in ("in", "to") and re.match(r"^(?:in|to) what (?:way|ways|extent|sense)", text):
        return OPEN
    if first in WH_OPEN:
        if first == "how" and (_FACTUAL_HOW.match(text) and not text.startswith("how come")):
            return CLOSED
        if first == "what" and _FACTUAL_WHAT.match(text):
            return CLOSED
        if _EITHER_OR.search(text + " ?") and first != "why":
            return CLOSED
        return OPEN
    if first == "who" and len(core) > 1 and core[1] in ("would", "could", "can", "will", "cares"):
        return OPEN  # "who would want that?": rhetorical, invites more than a name
    if first in WH_CLOSED:
        return CLOSED
    # "anything else?", "you tried that?", "right?": yes/no by form.
    return CLOSED


def last_question(sentences: Sequence[Sequence[str]]) -> Optional[Sequence[str]]:
    """The question a message asks: its last sentence that is a question."""
    for sentence in reversed(sentences):
        if is_question(sentence):
            return sentence
    return None
