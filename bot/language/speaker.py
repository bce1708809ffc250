"""Who said or did it: the user, the partner, or nobody in particular.

Why: the coach answers "he called me pathetic" (the partner's contempt, the user is hurt) very
differently from "I called him pathetic" (the user's own contempt to work on). Without a parser
the rules use what people actually write: a speech verb after a subject ("he said", "she told
me", "I told him", "she goes"), "his words were", quotation marks, and possessives in a
described action ("rolls HIS eyes").

Reported speech is found once per message as segments (token ranges with their speaker).
Indirect speech is also "shifted" back to the words actually said, so the same horseman rules
apply: "he said I'm useless" -> "you are useless" (partner), "I told him he's lazy" -> "you are
lazy" (user).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

from bot.language.text import Prepared, View

USER, PARTNER, NONE = "user", "partner", "none"

PARTNER_NOUNS = frozenset(
    {"husband", "wife", "partner", "partners", "boyfriend", "girlfriend", "bf", "gf", "fiance", "fiancee",
     "fiancé", "fiancée", "spouse", "hubby", "ex", "wifey", "missus", "misses", "fella", "man", "woman"}
)
_PARTNER_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "you", "his", "hers", "their"})
OTHER_PEOPLE = frozenset(
    {"mum", "mom", "mother", "dad", "father", "sister", "brother", "friend", "friends", "boss",
     "manager", "flatmate", "roommate", "housemate", "therapist", "counsellor", "counselor", "son",
     "daughter", "kids", "kid", "people", "everyone", "someone", "somebody", "nobody", "colleague",
     "coworker", "co-worker", "teacher", "mil", "parents", "family", "aunt", "uncle", "cousin",
     "grandma", "grandad", "neighbour", "neighbor", "doctor", "everybody", "anyone", "nan", "mate",
     "mates", "colleagues", "sibling", "in-law", "in-laws", "stepmum", "stepdad", "child", "baby",
     "landlord", "landlady", "neighbours", "neighbors", "client", "clients", "customer", "customers", "bestie",
     "nephew", "niece", "teammate", "supervisor", "stepson", "stepdaughter", "grandmother", "grandfather", "coworkers",
     "teenager", "teenagers", "teen", "teens", "stepkids", "grandkids", "worker", "workmate", "workmates"}
)

_SPEECH_VERB = (
    r"(?:(?:goes|went|going|harps|harped|rants|ranted|banged|bangs|keeps going|kept going) on (?:and on )?about how|"
    r"(?:yelled|yells|shouted|shouts|screamed|screams|snapped|snaps|hissed) at (?:him|her|them|me)|"
    r"(?:reminds|reminded|remind|reminding) me|said|says|say|saying|tell me|tells me|told me|telling me|keeps saying|kept saying|keep saying|"
    r"yelled|yells|yelling|shouted|shouts|shouting|screamed|screams|screaming|texted|texts|"
    r"messaged|wrote|writes|replied|replies|snapped|snaps|muttered|mutters|hissed|goes|went|"
    r"answered|answers|responded|responds|added|accused me of|accuses me of|calls me|called me|calling me|"
    r"told (?:him|her|them|my \w+)|tell (?:him|her|them|my \w+)|telling (?:him|her|them)|tried to tell (?:him|her|them)|"
    r"asked (?:him|her|them|my \w+)?|asks (?:him|her|them|me)?|ask (?:him|her|them)|"
    r"said to (?:him|her|them|me)|will say|would say|comes out with|came out with|"
    r"spat|retorted|blurted(?: out)?|claims|claimed|insists|insisted|swears|swore|mentioned|"
    r"reckons|reckoned|keeps telling me|kept telling me|keeps insisting|"
    r"(?:launches|launched|launch) into how|(?:is|was) (?:always |forever |constantly )?on at me (?:that|about how)|"
    r"told (?:his|her|their|our) \w+|(?:tells|telling|tell) (?:his|her|their|our) (?:friends|mates|mum|mom|family|sister|brother|parents|dad)|"
    r"(?:tells|told|telling) (?:everyone|people|anyone|everybody|our friends)|complains that|complained that|moans that|moaned that)"
)
# Verbs that report speech only when a quotation follows ("she goes 'whatever'", not "she goes out").
_WEAK_VERBS = frozenset(
    {"goes", "went", "answered", "answers", "responded", "responds", "added", "replied", "replies",
     "texted", "texts", "messaged", "wrote", "writes", "asks", "asked", "ask", "mentioned", "spat", "calls me",
     "called me", "calling me"}
)
# What may follow a speech verb for it to introduce words: a clause or a quotation.
_CLAUSE_START = frozenset(
    {"i", "you", "he", "she", "we", "they", "it", "its", "that", "this", "there", "my", "your", "his", "her",
     "our", "their", "not", "no", "yes", "yeah", "oh", "well", "whatever", "fine", "ok", "okay", "sorry",
     "nothing", "everything", "everyone", "nobody", "if", "how", "what", "why", "when", "where", "who",
     "to", "u", "ur", "im", "id", "ill", "youre", "hes", "shes", "thats", "wow", "sure", "never", "please",
     "stop", "just", "let", "don't", "do", "maybe", "'", '"', ":", "lol", "ugh", "k", "great", "cute",
     "apparently", "basically", "obviously", "because", "cos", "cause"}
)
# "he said the reason we're broke is...": a clause that opens with a noun phrase.
_CLAUSE_NOUNS = frozenset({"reason", "problem", "thing", "issue", "only", "truth", "trouble", "way", "whole"})
_SUBJECTS = frozenset({"i", "he", "she", "they", "you", "we"})
_SUBORDINATORS = frozenset(
    {"when", "whenever", "if", "because", "cos", "cause", "as", "while", "after", "before", "since", "until", "till", "once", "though", "although"}
)
# Subject (optionally "my X"), up to two adverbs ("just", "always", "literally"), speech verb.
SPEECH = re.compile(
    rf"(?<![\w'])(?P<subj>(?:my |our |the )?[\w'-]+) (?:(?:just|always|literally|then|immediately|"
    rf"actually|also|once|even|basically|straight away|kept|keeps|keep|would|will|sometimes|still|"
    rf"finally|calmly|quietly|only|never) ){{0,2}}(?P<verb>{_SPEECH_VERB})(?![\w'])(?: that(?![\w']))?(?: (?:['\":]))?"
)
PARTNER_WORDS = re.compile(
    r"(?<![\w'])(?:(?:his|her|their) (?:exact |actual |very )?(?:words|reply|response|answer|"
    r"text|message|comment|last words) (?:was|were|is|are)|according to (?:him|her|them)|"
    r"in (?:his|her|their) (?:own )?words)(?![\w'])(?: :)?"
)
USER_WORDS = re.compile(r"(?<![\w'])(?:my (?:exact )?(?:words|reply|response|answer) (?:was|were|are|is))(?![\w'])(?: :)?")


def subject_speaker(word: str, title_case: bool = False) -> Optional[str]:
    """Map a subject word to user / partner / none (someone else), or None when unknown."""
    word = word.split()[-1]
    if word in ("i", "me", "my", "myself"):
        return USER
    if word in _PARTNER_PRONOUNS or word in PARTNER_NOUNS:
        return PARTNER
    if word in OTHER_PEOPLE:
        return NONE
    if title_case:  # a first name: in a coaching chat almost always the partner
        return PARTNER
    return None


@dataclass(frozen=True)
class Segment:
    who: str  # USER | PARTNER
    i: int  # first reported token
    j: int  # one past the last
    quoted: bool


@dataclass(frozen=True)
class Reporting:
    """Reported speech in a message, and the view with indirect speech shifted back."""

    segments: Tuple[Segment, ...]
    who_at: Tuple[Optional[str], ...]  # speaker of the reported words at each token, or None
    shifted: Optional[View]  # None when nothing was shifted

    def speaker_at(self, index: int) -> Optional[str]:
        return self.who_at[index] if 0 <= index < len(self.who_at) else None

    @property
    def focal(self) -> Optional[Segment]:
        """The reported words a message is about: a quotation over indirect speech, then the last."""
        if not self.segments:
            return None
        return max(self.segments, key=lambda s: (s.quoted, s.i))


def _title(prep: Prepared, k: int) -> bool:
    text = prep.doc[k].text
    return text[:1].isupper() and text != "I" and k > 0 and prep.sentence_of[k - 1] == prep.sentence_of[k] and prep.words.tokens[k - 1] not in ('"', "'", ":")


def _sentence_end(prep: Prepared, k: int) -> int:
    sent = prep.sentence_of[k] if k < len(prep.sentence_of) else -1
    while k < len(prep.sentence_of) and prep.sentence_of[k] == sent:
        k += 1
    return k


def _quote_close(prep: Prepared, open_index: int) -> int:
    k = open_index + 1
    while k < len(prep.doc) and prep.quote_open[k] == open_index:
        k += 1
    return k  # index of the closing mark (or len)


def _marker(prep: Prepared, match: "re.Match[str]") -> Optional[Tuple[int, int, str]]:
    """(first token, first token after, speaker) for a speech-verb match that reports words."""
    view = prep.words
    tokens = view.tokens
    si, _ = view.token_range(match.start("subj"), match.end("subj"))
    verb = match.group("verb")
    _, after = view.token_range(match.start(), match.end())
    _, verb_end = view.token_range(match.start("verb"), match.end("verb"))
    nxt = tokens[verb_end] if verb_end < len(tokens) else ""
    quote_next = nxt in ("'", '"', ":") or (verb_end < len(tokens) and prep.quote_open[verb_end] == -1 and verb_end + 1 < len(tokens) and prep.quote_open[verb_end + 1] == verb_end)
    if verb in _WEAK_VERBS and not quote_next and not (verb.startswith("ask") and nxt in ("him", "her", "them", "my", "how", "why", "what", "if", "whether")):
        return None
    after_the = tokens[verb_end + 1] if nxt == "the" and verb_end + 1 < len(tokens) else ""
    if not quote_next and nxt not in _CLAUSE_START and not verb.startswith(("ask", "said to", "accuse")) and after_the not in _CLAUSE_NOUNS:
        return None
    if nxt == "that" and verb_end + 1 < len(tokens) and tokens[verb_end + 1] not in _CLAUSE_START:
        return None  # "when you said that earlier": an object, not a clause
    subj = match.group("subj").split()[-1]
    who = subject_speaker(match.group("subj"), _title(prep, si + len(match.group("subj").split()) - 1))
    if who is None or subj in ("and", "then", "just", "but", "so"):
        # "she laughed and said...": the subject of the first verb
        who = None
        k = si - 1 if subj in ("and", "then", "but", "so") else si
        steps = 0
        while k >= 0 and steps < 8 and prep.sentence_of[k] == prep.sentence_of[si]:
            word = tokens[k]
            if word in _SUBJECTS and k > 0 and tokens[k - 1] in _SUBORDINATORS:
                # "he laughs when I complain and says...": "I" belongs to the "when" clause
                k -= 1
                steps += 1
                continue
            if word in _SUBJECTS or (word in PARTNER_NOUNS and k > 0 and tokens[k - 1] in ("my", "our")):
                who = subject_speaker(word)
                si = k
                break
            k -= 1
            steps += 1
    if who == NONE and subj in OTHER_PEOPLE and verb not in _WEAK_VERBS:
        # "my sister said 'you're so selfish'": someone outside the couple's words
        return (si, verb_end, NONE)
    if who not in (USER, PARTNER):
        return None
    if who == USER and verb.startswith(("tell me", "told me", "tells me", "telling me", "remind")):
        return None
    if who == PARTNER and verb.startswith(("told him", "told her", "tell him", "tell her", "told them", "yelled at h", "shouted at h", "screamed at h", "snapped at h")) and verb.split()[-1] in ("him", "her", "them"):
        return None
    # "...because I never told her": a speech verb inside someone else's reported words
    if si > 0 and tokens[si - 1] in ("because", "since", "that", "cos", "cause", "if", "until", "unless"):
        return None
    return (si, verb_end, who)


def find_reporting(prep: Prepared) -> Reporting:
    view = prep.words
    n = len(prep.doc)
    segments: List[Segment] = []
    markers: List[Tuple[int, int, str]] = []  # (first token of marker, first token after, who)
    for match in SPEECH.finditer(view.text):
        marker = _marker(prep, match)
        if marker is not None:
            markers.append(marker)
    for regex, who in ((PARTNER_WORDS, PARTNER), (USER_WORDS, USER)):
        for match in regex.finditer(view.text):
            si, after = view.token_range(match.start(), match.end())
            markers.append((si, after, who))
    # A speech verb inside someone's quotation is part of their words, not a new report.
    markers = sorted(m for m in markers if not prep.quoted[m[0]])
    covered_quotes = set()
    for idx, (si, after, who) in enumerate(markers):
        if after >= n:
            continue
        while after < n and prep.words.tokens[after] in (":", "that") and prep.quote_open[after] == -1 and not (after + 1 < n and prep.quote_open[after + 1] == after):
            after += 1
        # The reported words: an opening quote right after the marker, else the rest of the sentence.
        k = after
        if k < n and prep.quote_open[k] == -1 and k + 1 < n and prep.quote_open[k + 1] == k:
            close = _quote_close(prep, k)
            segments.append(Segment(who, k + 1, close, True))
            covered_quotes.add(k)
            continue
        end = _sentence_end(prep, si)
        nxt = markers[idx + 1][0] if idx + 1 < len(markers) else n
        end = min(end, nxt)
        if end > k:
            segments.append(Segment(who, k, end, False))
    # Quotations not introduced by a marker: '"you never help," he said', or unattributed.
    for k in range(n):
        if prep.quote_open[k] == -1 and k + 1 < n and prep.quote_open[k + 1] == k and k not in covered_quotes:
            close = _quote_close(prep, k)
            tail = " ".join(prep.words.tokens[close + 1 : close + 5])
            match = re.match(rf"^(?:, )?(?P<subj>(?:my )?[\w'-]+) (?:\w+ )?{_SPEECH_VERB}", tail)
            who = subject_speaker(match.group("subj")) if match else None
            if who is None:
                who = _quote_owner(prep, k)
            if who in (USER, PARTNER, NONE):
                segments.append(Segment(who, k + 1, close, True))
    who_at: List[Optional[str]] = [None] * n
    # Indirect first, quotations (more specific) last so they win.
    for seg in sorted(segments, key=lambda s: s.quoted):
        for k in range(seg.i, min(seg.j, n)):
            who_at[k] = seg.who
    return Reporting(tuple(segments), tuple(who_at), _shift(prep, segments))


def _quote_owner(prep: Prepared, k: int) -> Optional[str]:
    """An unattributed quotation inside a sentence about someone outside the couple: "my dad does
    the whole 'I'm not talking about it' thing" is the dad's line (NONE); else unknown."""
    tokens = prep.words.tokens
    sent = prep.sentence_of[k]
    m = k - 1
    while m > 0 and prep.sentence_of[m] == sent:
        word = tokens[m]
        if word in PARTNER_NOUNS or word in ("he", "she", "they", "i", "you", "we"):
            return None
        if word in OTHER_PEOPLE and tokens[m - 1] in ("my", "our", "his", "her", "their"):
            return NONE
        m -= 1
    return None


# Indirect speech back to the words said. The partner's "I"/"you" are the user's "you"/"I".
_PARTNER_SHIFT = {
    "i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself", "am": "are",
    "he": "i", "she": "i", "him": "me", "his": "my", "himself": "myself", "herself": "myself",
}
_USER_SHIFT = {"he": "you", "she": "you", "him": "you", "his": "your", "himself": "yourself", "herself": "yourself"}
_NOUNISH_AFTER = frozenset({"and", "to", "for", "about", "with", "at", "on", "in", "that", "when", "because", "so", "if", "a", "an", "the", ",", ".", "!", "?", "off", "up", "down", "out", "back", "again", "too"})


def _shift(prep: Prepared, segments: Sequence[Segment]) -> Optional[View]:
    tokens = list(prep.words.tokens)
    changed = False
    for seg in segments:
        if seg.quoted or seg.who == NONE:
            continue
        table = _PARTNER_SHIFT if seg.who == PARTNER else _USER_SHIFT
        for k in range(seg.i, min(seg.j, len(tokens))):
            word = prep.words.tokens[k]
            nxt = prep.words.tokens[k + 1] if k + 1 < len(tokens) else "."
            if word == "her":
                new = ("my" if seg.who == PARTNER else "your") if nxt not in _NOUNISH_AFTER else ("me" if seg.who == PARTNER else "you")
            elif word in ("is", "s", "'s") and k > seg.i and tokens[k - 1] == "you":
                new = "are"
            elif word in ("is", "s", "'s") and k > seg.i and tokens[k - 1] == "i":
                new = "am"
            elif word == "am" and k > seg.i and tokens[k - 1] == "you":
                new = "are"
            elif word == "was" and k > seg.i and tokens[k - 1] == "you":
                new = "were"
            else:
                new = table.get(word, word)
            if new != word:
                tokens[k] = new
                changed = True
    return View.build(tokens) if changed else None


def described_actor(prep: Prepared, i: int, j: int) -> Optional[str]:
    """Who performs a described action spanning tokens [i, j): a subject just before it, else a
    possessive inside it ("rolls HIS eyes", "on MY phone"). NONE for someone outside the couple."""
    tokens = prep.words.tokens
    sentence = prep.sentence_of[i]
    first = tokens[i]
    if first == "i":
        return USER
    # "she asked me to stop rolling MY eyes": a body part names its owner, whoever is the subject
    for k in range(i, j - 1):
        if tokens[k] == "my" and tokens[k + 1] in _BODY:
            return USER
    if first in PARTNER_NOUNS:
        return _noun_owner(tokens, i)
    if first in ("he", "she", "they", "you"):
        return _pronoun_owner(tokens, i)
    k = i - 1
    steps = 0
    while k >= 0 and steps < 9 and prep.sentence_of[k] == sentence and tokens[k] not in (";", ":"):
        word = tokens[k]
        if word in ("me", "him", "them", "us", "it", "her") and not (word == "her" and k == i - 1):
            k -= 1
            steps += 1
            continue
        if word == "i":
            return USER
        if word in PARTNER_NOUNS:
            return _noun_owner(tokens, k)
        if word in ("he", "she", "they", "you"):
            return _pronoun_owner(tokens, k)
        if word in OTHER_PEOPLE:
            if _object_of_preposition(tokens, k):
                # "he went to his mates and turned his phone off": the mates are not the subject
                k -= 1
                steps += 1
                continue
            return NONE
        if _title(prep, k) and prep.doc[k].is_alpha:
            return PARTNER
        if word == "we":
            return None
        if word == "," and steps > 2:
            break
        k -= 1
        steps += 1
    for word in tokens[i:j]:
        if word in ("his", "her", "their", "your", "he", "she"):
            return PARTNER
        if word in ("my", "i"):
            return USER
    return None


_PREPOSITIONS = frozenset({"to", "with", "at", "from", "for", "about", "of", "in", "on", "by", "near", "round", "around", "like", "than"})


def _object_of_preposition(tokens: Sequence[str], k: int) -> bool:
    """tokens[k] ends a phrase after a preposition: "to his mates", "with her friends"."""
    before = k - 1
    if before >= 0 and tokens[before] in ("his", "her", "their", "my", "your", "the", "our", "some", "a"):
        before -= 1
    return before >= 0 and tokens[before] in _PREPOSITIONS


_BODY = frozenset({"eyes", "eye", "head", "back", "headphones", "earphones", "earbuds", "airpods", "shoulders", "arms"})


_MALE_OTHERS = frozenset({"dad", "father", "brother", "son", "uncle", "grandad", "stepdad", "grandpa"})
_FEMALE_OTHERS = frozenset({"mum", "mom", "mother", "sister", "daughter", "aunt", "grandma", "nan", "stepmum", "mil"})


def _pronoun_owner(tokens: Sequence[str], k: int) -> str:
    """"he" / "she" is the partner unless the nearest person named before it is a relative of the
    same gender ("my mum never listens, she just changes the subject") or an ex ("my ex used to...")."""
    word = tokens[k]
    if word not in ("he", "she"):
        return PARTNER
    same = _MALE_OTHERS if word == "he" else _FEMALE_OTHERS
    for m in range(k - 1, max(-1, k - 60), -1):
        noun = tokens[m]
        if noun in PARTNER_NOUNS:
            return _noun_owner(tokens, m)
        if noun in same and m > 0 and tokens[m - 1] in ("my", "our", "own", "your"):
            return NONE
        # "his brother" is the partner's: "he" after it is the brother only when the brother
        # opens the sentence ("his dad never listens, he just..."), not after "when his brother
        # brought up the loan, he just went out to the garage"
        if noun in same and m > 0 and tokens[m - 1] in ("his", "her") and (m == 1 or tokens[m - 2] in (".", "!", "?", "\n", "and", "but", "so")):
            return NONE
        # "my boss is so condescending, he rolls his eyes": a person of either sex who opens the
        # sentence, a few words back, with no one else named between
        # ("my co-worker" is read as "my co - worker": the word before the hyphen opens the noun)
        head = m - 2 if m >= 2 and tokens[m - 1] == "-" else m
        if noun in _NEUTRAL_OTHERS and k - m <= 12 and head > 0 and tokens[head - 1] in ("my", "our") and (head == 1 or tokens[head - 2] in (".", "!", "?", "\n", ",", "and", "but", "so")):
            return NONE
    return PARTNER


_NEUTRAL_OTHERS = frozenset({"worker", "workmate", "boss", "manager", "landlord", "landlady", "supervisor", "colleague", "coworker", "teacher", "neighbour", "neighbor", "client", "customer", "doctor", "therapist"})


def _noun_owner(tokens: Sequence[str], k: int) -> str:
    """A partner word is the couple's unless someone else owns it: "my mate's husband",
    "her boyfriend", "my sister's wife" are other people's relationships."""
    before = tokens[k - 1] if k > 0 else ""
    if tokens[k] == "ex" or (before == "-" and k > 1 and tokens[k - 2] == "ex") or (tokens[k] in ("man", "woman") and before not in ("my", "the", "this", "yer", "me")):
        return NONE  # an ex-partner, or "a man at work", is outside the couple
    if before in ("'s", "s", "his", "her", "their") or (before.endswith("'s") and before != "it's") or (before.endswith("s") and before[:-1] in OTHER_PEOPLE):
        return NONE
    return PARTNER


def emote(prep: Prepared, i: int, j: int) -> bool:
    """An action written between asterisks, "*rolls eyes*": done by the writer."""
    before = prep.doc[i - 1].text if i > 0 else ""
    return before.endswith("*") or prep.doc[i].text.startswith("*")


_THIRD_PERSON = re.compile(
    r"(?<![\w'])(?:he|she|him|her|his|hers|himself|herself|they|them|their|my (?:husband|wife|partner|partners|boyfriend|girlfriend|bf|gf|"
    r"fianc[eé]e?|spouse|hubby|ex|boss|manager|mum|mom|dad|sister|brother|flatmate|friend|friends|family|parents|kids|son|daughter)|"
    r"partners|husbands|wifes)(?![\w'])"
)
_SECOND_PERSON = re.compile(r"(?<![\w'])(?:you|your|yours|yourself|u|ur)(?![\w'])")
_WE_NARRATIVE = re.compile(
    r"(?<![\w'])we (?:usually|always|often|normally|sometimes|never|had|went|did|used to|have been|got|spent|talked|argued|fought|met|live|both work)(?![\w'])"
)
_META_TOPIC = re.compile(r"(?<![\w'])(?:criticism|critical|contempt|defensiveness|defensive|stonewall\w*|horsem[ae]n|gottman|complaint|antidote)(?![\w'])")
_COACH_QUESTION = re.compile(
    r"(?<![\w'])(?:criticism|contempt|defensiveness|defensive|stonewall\w*|horsem[ae]n|gottman|complaint|"
    r"in a relationship|relationships|how do (?:i|you|we|people)|what should i|should i|how can i|is it normal)(?![\w'])"
)


def message_speaker(prep: Prepared, reporting: Reporting, is_question: bool) -> str:
    """Whose words the message carries.

    partner / user: the message reports their words (a quotation is preferred to indirect
    speech, then the later report). Otherwise none for a description in the third person, a
    neutral fact, or a question to the coach about relationships; else the user's own line.
    """
    focal = reporting.focal
    if focal is not None:
        return focal.who
    text = prep.words.text
    if is_question and (_META_TOPIC.search(text) or (_COACH_QUESTION.search(text) and not _SECOND_PERSON.search(text))):
        return NONE
    if _SECOND_PERSON.search(text):
        return USER
    if _THIRD_PERSON.search(text) or _WE_NARRATIVE.search(text):
        return NONE
    return USER
