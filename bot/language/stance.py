"""I-statements versus you-statements.

Why: Gottman's "gentle start-up" and NVC both ask people to speak about their own feelings and
needs ("I feel lonely when we don't talk in the evenings; I'd like ten minutes together")
rather than about the partner's faults ("you never talk to me"). The coach praises the first
and offers to help rephrase the second.

"I feel like you never..." / "I feel that you don't care" starts with "I" but is a verdict on the
partner, so it counts as a you-statement; so does anything that fired as criticism or contempt
in the user's own voice. A plain "I feel hurt when you cancel" stays an I-statement.
"""

from __future__ import annotations

import re

from bot.language.text import normalise_regex

I, YOU, NEUTRAL = "i", "you", "neutral"

_B = r"(?<![\w'])"
_E = r"(?![\w'])"

# A you-statement in disguise or an outright verdict on the partner.
STRONG_YOU = re.compile(
    _B
    + r"(?:i (?:just |really |sometimes |honestly )?(?:feel|felt|think|get the feeling|get the sense|sense) (?:like|that|as if|as though) you(?! and i)|"
    r"you (?:\w+ )?(?:always|never|constantly)|you (?:make|made|makes) me|"
    r"(?:you are|you were|you re|ur|your) (?:so|such|always|never|being|just|really|too|a|an|the) |"
    r"(?:it is|it was|it 's|that is|this is|its) (?:all )?your (?:own )?fault|your fault|because of you|thanks to you|"
    r"you (?:should|shouldn't|should not|need to|needs to|have to|must|better|ought to|had better))"
    + _E
)
# The partner as the subject of a statement: "you didn't tell me", "you were the one".
WEAK_YOU = re.compile(
    r"(?:^|(?<=[.!,;] )|(?<=\bwell )|(?<=\bbut )|(?<=\band )|(?<=\bwhen ))(?:you|u) (?!know\b|see\b|mean\b)(?:\w+)|"
    r"(?:^|(?<=[.!,;] ))(?:stop \w+ing|do not (?:blame|lecture|put|tell|give|start|twist)|don't (?:blame|lecture|put|tell|give|start))"
)
# Own feelings, needs and requests.
I_STATEMENT = re.compile(
    _B
    + r"(?:i (?:really |just |sometimes |often |still |also |do |honestly |kind of |kinda |am |was |have been |'ve been |m )?(?:feel|felt|feeling|feels)(?! like you| that you| as if you)|"
    r"i (?:(?:really|just|also|still|do|would|not|truly|honestly|so|actually|'d) ){0,3}(?:need|needed|want|wanted|would like|'d like|love it|love to|love if|would love|'d love|would appreciate|'d appreciate|would prefer|'d prefer|value|miss|long for|hope|wish)|"
    r"i (?:am|'m|m|was|get|got|become|have been|'ve been|feel) (?:so |really |very |quite |a bit |a little |kind of |kinda |pretty |getting |feeling |starting to feel |just )*"
    r"(?:hurt|sad|scared|afraid|frightened|lonely|alone|worried|anxious|nervous|upset|frustrated|angry|mad|furious|overwhelmed|"
    r"exhausted|tired|drained|disappointed|confused|stressed|heartbroken|hopeless|helpless|ashamed|embarrassed|guilty|"
    r"jealous|insecure|resentful|irritated|annoyed|torn|lost|stuck|unhappy|miserable|devastated|afraid|terrified|"
    r"uncomfortable|uneasy|vulnerable|grateful|happy|excited|relieved|hopeful|glad|thankful|content|calm|loved)|"
    r"it (?:really )?(?:hurts|hurt|upsets|upset|scares|scared|worries|worried|saddens|frustrates|frustrated|bothers|bothered|stings) me|"
    r"it (?:makes|made) me (?:feel )?(?:sad|hurt|scared|anxious|lonely|upset|worried|angry|frustrated)|"
    r"(?:it is|it 's|it was|that is) (?:really |very |so )?important to me|(?:it |that |this )?matters to me|"
    r"(?:my|our) (?:need|needs) (?:is|are|for)|what i need|what i would like|what i want|"
    r"i (?:am|'m) (?:feeling|worried|scared|afraid|struggling|finding it hard)|"
    r"(?:it would|it 'd|that would|would) mean (?:a lot|so much|the world|everything) to me|i (?:do not|don't) want to)"
    + _E
)


# Appreciation and owning one's part in the first person: "I really appreciate that you always...",
# "that's fair, I did forget", "I was snappy with you".
I_FIRST = re.compile(
    _B
    + r"(?:i (?:really |truly |so |just )?(?:appreciate|am grateful|'m grateful|love (?:it )?(?:that|when|how))|"
    r"i (?:did|do) (?:forget|leave|miss|mess|screw|say|snap|overreact|interrupt)|i (?:was|have been|'ve been|am) (?:being )?(?:snappy|harsh|unfair|rude|short|mean|wrong|out of line|defensive|grumpy)|"
    r"i should (?:have|not have)|my bad|i messed up|i got defensive|that came out wrong|let me try again|"
    r"i am not (?:great|good|the best) at|i owe you an apology|i take (?:that|it) back|i will (?:always )?(?:be|try|set|do|make))"
    + _E
)


def detect(text: str, blame: bool = False) -> str:
    """Stance of the focal words (normalised view text).

    `blame` is True when criticism or contempt (or a counter-attack naming the partner) was
    found in those words: a verdict on the partner is a you-statement whatever its grammar.
    """
    if I_FIRST.search(text):
        return I
    if blame or STRONG_YOU.search(text):
        return YOU
    if I_STATEMENT.search(text):
        return I
    if not text.rstrip().endswith("?") and WEAK_YOU.search(text):
        return YOU
    return NEUTRAL


# Rules are written as people type; the view spells contractions out.
STRONG_YOU, WEAK_YOU, I_STATEMENT, I_FIRST = (
    re.compile(normalise_regex(p.pattern)) for p in (STRONG_YOU, WEAK_YOU, I_STATEMENT, I_FIRST)
)
