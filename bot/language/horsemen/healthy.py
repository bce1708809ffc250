"""Healthy readings: why words a horseman rule matched are not that horseman here.

A rule match is set aside (and recorded as a SetAside with its reason) when the words are:

- negated ("you're not lazy"), or a feeling already explained elsewhere ("I feel ignored");
- appreciation: "always" + a good thing or "never" + a bad one ("you always make me laugh",
  "she never forgets my birthday"), or anything framed as thanks;
- not the pattern: owning a lack ("I don't say it enough"), eye-rolling at the telly, a pause
  ("went quiet for a minute", "left the room to take a call and came back") or the antidote to
  stonewalling ("can we take a 20 minute break and come back to this"), a pattern left behind
  ("we used to give each other the silent treatment; we learned to stop");
- talk ABOUT the patterns: "how do I stop being defensive?", "is eye rolling contempt?";
- owned by the one who shows it: an apology or a repair ("sorry I walked out", "I got
  defensive there, let me listen"), or asking how to change it ("how do I stop shutting down?");
- named, not shown: a gentle start-up ("I feel lonely when you go quiet"), a feeling ("he felt
  stonewalled"), play ("she rolled her eyes playfully, we were joking around"), a general
  question, the end of a list, an explanation with a bid ("I've been busy but I miss you");
- shared, or with a reason: a withdrawal both of us share and come back from ("we both went
  silent and held each other", "if one of us storms off we meet back in an hour"), a pause with a
  reason ("because she'd just had bad news"), an urge not acted on ("the pull to clam up");
- not at the partner: laughing at a joke, sarcasm at the day ("oh great, another parking
  ticket"), praise meant ("and I meant every word"), someone outside the couple opening the
  sentence ("his dad makes this disgusted face").

`_healthy_reading` runs before we know who shows the pattern, `_not_exhibited` after.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, Optional, Pattern, Tuple

from bot.language import speaker as sp
from bot.language.horsemen.lexicon import NEGATIVE_NEVER, POSITIVE_ALWAYS
from bot.language.horsemen.rule import ACTOR, CONTEMPT, CRITICISM, DEFENSIVENESS, STONEWALLING, VOICE, Rule
from bot.language.text import Prepared, View, clause_before, negated, normalise_regex

# Why a rule match was set aside (SetAside.reason).
NEGATED = "negated"
FEELING = "feeling"
APPRECIATION = "appreciation"
NOT_A_DENIAL = "owning a lack"
NOT_AT_A_PERSON = "not at a person"
A_PAUSE = "a pause or a break"
OVERCOME_PATTERN = "a pattern left behind"
ABOUT_THE_PATTERN = "about the pattern"
OUTSIDE_THE_COUPLE = "outside the couple"
OWNED = "owned"
SUPPORT = "support"
END_OF_A_LIST = "end of a list"
EXPLANATION_WITH_A_BID = "explanation with a bid"
SET_ASIDE_BY_SPEAKER = "named to be set aside"
NOT_SHOWN = "named, not shown"


@dataclass(frozen=True)
class SetAside:
    """A rule match that a healthy reading overruled."""

    label: str
    reason: str
    i: int  # first token


def _view_pattern(regex: str) -> Pattern[str]:
    """A filter written as people type, compiled for the view, which spells contractions out."""
    return re.compile(normalise_regex(regex))


# ---------------------------------------------------------------- talk about the patterns
# Words that name a pattern: "defensive", "stonewalling", "the four horsemen".
META = re.compile(
    r"(?<![\w'])(?:defensive\w*|stonewall\w*|criticis\w*|criticiz\w*|critical|critique|contempt\w*|"
    r"sarcas\w*|horsem[ae]n|insult\w*|name[- ]calling)(?![\w'])"
)
# A sentence that asks ABOUT a pattern or how to change it: "how do I stop being defensive?".
META_FRAME = _view_pattern(
    r"(?<![\w'])(?:how (?:do|can|could|should|would|might|to) (?:i|we|you|one)? ?(?:stop|avoid|quit|handle|deal|respond|react|not|be less|become less|get better|work on|tell|know|recogni[sz]e|break|change)|"
    r"how (?:not|to stop|to avoid)|stop (?:being|getting|using|my|me|myself)|(?:avoid|quit|stop) (?:\w+ing)|"
    r"(?:trying|try|want|wanted|learn|learning|working|work|promise|promised|need|needs) (?:hard )?(?:not |to stop |to be less |to avoid |on not )|"
    r"what (?:is|are|does|do you mean by|counts as|'s) (?:the )?(?:difference|meaning|definition)|"
    r"what (?:is|are|'s) (?:a |an |the )?(?:\w+ )?(?:horseman|horsemen|contempt|criticism|defensiveness|stonewalling)|"
    r"(?:is|was|are|would|does|do|could) (?:it|that|this|these|those) (?:count as|considered|be|called|mean|a sign)|"
    r"signs? of|examples? of|instead of (?:being|getting)|less (?:defensive|critical|sarcastic)|"
    r"(?:read|reading|heard|learned|learnt|learning) about|antidote|gottman)(?![\w'])"
)
# Owning a pattern and repairing: "I got defensive there, let me listen properly".
REPAIR = _view_pattern(
    r"(?<![\w'])(?:i (?:noticed|realised|realized|caught myself|could feel myself|can feel myself|know i)|let me (?:listen|try again|start again|start over|rephrase|hear)|(?:can|could|may) i (?:try|start|say that|try (?:that|this|it)) (?:again|over)|i think i (?:got|was|went|became|sounded) (?:being )?(?:a bit |really |quite |so )?(?:defensive|sarcastic|dismissive|critical|cold)|i owe you an apology|i am sorry|sorry|my bad|i apologi[sz]e|"
    r"that came out wrong|i should not have|i was wrong|you are right|you have a point|that is fair)(?![\w'])"
)
# A general question about what a behaviour means: "what does it mean when someone gives you the
# silent treatment?", "is it normal if your partner rolls their eyes?".
GENERIC_QUESTION = re.compile(
    r"(?:what does it mean|what do (?:you|i|we) (?:do|call it|say)|what should (?:i|you|one|we) do|how (?:do|should|can|could) (?:i|you|we|one) (?:respond|react|handle|deal|cope|reply)|"
    r"is it (?:normal|ok|okay|healthy|bad|a red flag|a sign)|why do (?:people|men|women|partners|some people))(?: [\w']+)* (?:when|if) (?:someone|somebody|a partner|your partner|people|a person|you|men|women|partners|i am the one|i 'm the one|i am someone)(?![\w']).*\?"
)
# A question about a pattern in general: "is eye rolling really that bad?".
_ASKS_IF = re.compile(r"(?:is|are|does|do|would|could|can|should|was|will) (?:(?:it|that|this|these|those|\w+ing)(?![\w'])|['\"] )")
_QUESTION_START = re.compile(r"(?:is|are|does|do|can|could|should|would|what|how|why|when|am)(?![\w'])")


# ---------------------------------------------------------------- appreciation
# Praise framed around the words: "I really appreciate that you always...", "... I love that".
APPRECIATION_FRAME = _view_pattern(
    r"(?<![\w'])(?:i (?:really |truly |so |just )?(?:appreciate|love|adore|admire|am grateful|'m grateful|am thankful|like) (?:it )?(?:that|how|the way|when)|"
    r"(?:the|one|my favourite|my favorite) things? i (?:love|like|adore|appreciate|admire|value) (?:most |the most )?about (?:you|him|her)(?: is)?|what i (?:love|like|adore|appreciate|admire|value) (?:most |the most )?about (?:you|him|her)(?: is)?|"
    r"thank you for|thanks for|grateful (?:that|for)|lucky (?:that|to have)|(?:love|like|adore) (?:you|him|her) (?:even |still )?(?:when|if|though))(?![\w'])"
)
APPRECIATION_AFTER = re.compile(
    r"(?<![\w'])(?:i (?:really |just |have always |'ve always |always )?(?:love|loved|adore|adored|appreciate|appreciated) (?:that|it|this|how you)(?: about you)?|"
    r"how much i (?:love|appreciate|adore) (?:that|it|this)|(?:he|she|they) (?:really |just |always )?(?:loves?|adores?|appreciates?|likes?) (?:that|it|this) about (?:me|you|him|her))(?![\w'])"
)
_FREQ = re.compile(r"(?<![\w'])(always|never|constantly|forever|every time|everytime) ?(.*)$")
_ADVERB = re.compile(r"^(?:just|really|literally|still|even|also|once|ever|kinda|so|been|is|are|was|were) ")
_GOOD_AFTER_ALWAYS = re.compile(normalise_regex(POSITIVE_ALWAYS) + r"(?![\w'])")
_BAD_AFTER_NEVER = re.compile(normalise_regex(NEGATIVE_NEVER) + r"(?![\w'])")


def _appreciation(text: str, before: str = "", after: str = "") -> bool:
    """Always + a good thing, or never + a bad thing, is praise, not criticism; so is anything
    framed as thanks ("I really appreciate that you always...")."""
    if before and APPRECIATION_FRAME.search(before[-60:]):
        return True
    if re.search(r"(?<![\w'])(?:thank|thanks|thx)(?: (?:so much|again))? $", before[-20:]) and text.startswith("you for"):
        return True  # "thank you for always laughing at my jokes": the match starts at "you for"
    if after and APPRECIATION_AFTER.search(after[:160]):
        return True
    match = _FREQ.search(text)
    if not match:
        return False
    word, rest = match.group(1), match.group(2).strip()
    while _ADVERB.match(rest) and not _GOOD_AFTER_ALWAYS.match(rest):
        rest = _ADVERB.sub("", rest, count=1)
    if word == "never":
        return bool(_BAD_AFTER_NEVER.match(rest))
    return bool(_GOOD_AFTER_ALWAYS.match(rest) or (word == "always" and _PRAISED_MANNER.match(rest)))


# Always + a praised manner or role: "you always handle her so patiently", "I'm always the calm one",
# "you always make Mondays easier".
_PRAISED_MANNER = re.compile(
    r"^(?:[\w']+ ){0,5}?(?:(?:so |really |very )?(?:patiently|kindly|gently|calmly|gracefully|beautifully|brilliantly|sweetly|thoughtfully|generously|lovingly)|"
    r"(?:the|a) (?:calm|kind|patient|sensible|strong|funny|brave|thoughtful|steady|level-headed|level headed) one|"
    r"make (?:[\w']+ ){0,2}?(?:easier|better|brighter|happier|lighter|nicer|special))(?![\w'])"
)


_CLAUSE_END = re.compile(r"[.!?;,\n]|(?<![\w'])(?:but|and|because)(?![\w'])")


def _clause_from(text: str, start: int, end: int) -> str:
    """The match and the rest of its clause, so "you always make me" sees "laugh"."""
    stop = _CLAUSE_END.search(text, end)
    return text[start : stop.start() if stop else len(text)]


# ---------------------------------------------------------------- not the pattern
# The antidote (self-soothing break with a promise to return) is not stonewalling.
ANTIDOTE = _view_pattern(
    r"(?<![\w'])(?:(?:take|taking|have|need|needs|want|wanted|get) (?:a |an |some )?(?:(?:\d+|few|couple|twenty|ten|fifteen|thirty|short|quick|little) )?(?:[- ]?minutes? |min )?(?:break|time out|timeout|pause|breather|breath|space|time|minute)"
    r"\b.{0,70}?\b(?:come back|return|revisit|pick (?:this|it) up|talk (?:later|again|after|tonight|tomorrow|when|about it)|continue|try again|calm(?:er|ed)? down|"
    r"(?:when|once) (?:i|we) (?:am|are|'m|'re|feel|have)|finish (?:this|the)|(?:i|we) (?:will|'ll) be back)|(?<!never )(?<!not )come back to (?:this|it|the conversation)|pick (?:this|it) (?:back )?up (?:later|again|tomorrow|tonight|after)|pick (?:this|it) (?:back )?up (?:on |first thing )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|sat|sun|(?:this|tomorrow|in the|sat|sun|saturday|sunday) (?:morning|evening|afternoon)|(?:at|this|next) (?:the )?weekend)|"
    r"(?:talk|finish) (?:about )?(?:this|it) (?:later|tomorrow|tonight|after|in an hour|when)|can we (?:talk|continue|pause) (?:later|tomorrow|tonight|again|after|in)|(?:let us|we can|we will|we could|shall we|we should) (?:sit down|talk|chat)(?: (?:and|to) (?:talk|chat|sort (?:it|this) out))?(?: about (?:it|this))?(?: properly)? (?:later|after|tonight|tomorrow|in the morning|first thing)|give me (?:a |an |half an |about |till |until |like )?(?:\d+|few|couple|five|ten|fifteen|twenty|thirty|forty|half|minute|minutes|moment|sec|second|hour|bit|while|after|tonight)\b|(?<!when )(?<!if )(?<!whether )(?:i|he|she|we) (?:will|'ll) (?:be back|come back|come (?:and )?find you)(?= ?[.!,'\"]| in| by| after| before| soon| later|$)|(?:agreed|agree|decided|decide) to (?:sleep on it|take (?:a|some) (?:break|time|breather)|pause|talk (?:in the morning|tomorrow|later|after))|sleep on it|"
    r"(?:after|once|when) (?:i|we) (?:have |'ve )?calm(?:ed)? down|back by (?:\d+|ten|eleven|nine|eight|seven|six|lunch|dinner|tea)|"
    r"(?:then|after that|later|tonight|tomorrow) (?:let us|we can|we will|we should|can we) (?:talk|chat|sort (?:it|this) out|discuss)|(?:let us|we can|we will) (?:talk|discuss (?:it|this)) (?:properly|later|after|tonight|tomorrow|when))(?![\w'])"
)

# "went quiet for a minute", "left the room to take a call and came back": a pause, not withdrawal.
STONEWALL_AFTER = re.compile(
    r"(?<=off) (?:the |his |her |my )?(?:tv|telly|television|radio|music|tap|lights?|oven|engine|alarm|stove|heater|fan|kettle)\b|"
    r" (?:apologi[sz]ing|feeling|wondering|confused)\b|"
    r" ?(?:for a (?:minute|moment|second|2|sec|bit|few (?:seconds|minutes|2))|to (?:focus|work|study|concentrate|revise|take|answer|grab|get|fetch|calm|cool|breathe|think|sleep)\b|"
    r"(?:\w+ ){0,6}(?:and|then) (?:came|come|comes|was|is) (?:straight |right )?back|early\b|for work\b|about (?:his|her|their) |"
    r"(?:(?:of|off|from) )?(?:the|a|an|his|her|their|my) (?:\w+ )?(?:meeting|meet|shop|cinema|restaurant|film|movie|class|lecture|office|building|interview|store|court|pitch|field|stage|course|game|match|pub|party|bar|gym|concert|show)\b|at work\b|"
    r"from (?:the|a|my|his|her|their) (?:job|deal|car|accident|company|marriage|career|business|crash)|"
    r"because (?:she|he|i|they) (?:had|has|got|have) (?:a |an )?(?:\w+ )?(?:sore|cold|flu|headache|migraine|call|meeting|mouthful|food|toothache|phone call|work call)|"
    r"to (?:pick|collect|drop|fetch|meet|see|visit|buy|shop|catch|make|check|help|feed|grab|get|answer|take|go to (?:work|the shop|the gym|school))\b|"
    r"because (?:she|he|i|they) (?:was|is|were|'s|be|am) (?:\w+ )?(?:tired|tire|exhausted|exhaust|sick|ill|sleepy|concentrating|concentrate|thinking|think|busy|upset|crying|cry|sad|overwhelmed|overwhelm|scared|scare|grieving|grieve|nervous|anxious|processing|process)|"
    # a reason that is news or circumstance: "because she'd just had bad news", "because of the time difference"
    r"(?:[\w']+ ){0,4}because (?:she|he|i|they|we) (?:had|would|have|has) (?:just )?(?:had|have|got|get|heard|hear|received|receive|been given|be give) (?:some )?(?:bad|sad|awful|terrible|hard|upsetting|difficult|shocking) news|"
    r"(?:\w+ ){0,4}because of (?:the |his |her |their |my |our )?(?:\w+ )?(?:time difference|time zones?|timezones?|shifts?|signal|reception|exams?|deadlines?)\b|"
    r"(?:[\w']+ ){0,8}because (?:he|she|i|they) (?:\w+ )?(?:does not|do not|did not) (?:mind|care (?:where|which|what))|"
    # during something that takes attention: "goes silent during the football"
    r"during (?:the|a|his|her|their|my) (?:\w+ )?(?:football|match|game|film|movie|news|show|rugby|cricket|final|meeting|call|exam)s?\b|"
    # a reason that is not about the partner: "but only because the baby was asleep", "but it's because I was on a call"
    r" ?,? but only (?:because|bc|cos|since|so)\b|(?: on| in)? ?,? but (?:it is |it was |that is |that was )?(?:because|bc|cos|coz) (?:i|we) (?:am|was|were|are) on (?:a|the|my|our) (?:\w+ )?(?:call|phone)|(?: on| in)? ?,? but (?:shared|share|offered|offer|gave|give|handed|hand) (?:me )?(?:one|an|the other)|"
    r"(?:\w+ ){0,8}(?:then|and) we (?:talked|cuddled|hugged|laughed|made up|sorted|worked|had a|chatted)|"
    r"(?:[\w',]+ ){0,10}(?:because (?:[\w']+ ){1,8}(?:upset|hurt|overwhelmed|scared) me|so (?:i|we) could (?:listen|focus|talk)|because i wanted to (?:give|listen|focus|hear)|to give (?:you|him|her) my (?:full )?attention))"
)
# A partner who goes quiet but comes back to it: "he's always happy to talk after".
RETURNS = re.compile(
    r"(?<![\w'])(?<!never )(?<!not )(?<!no )(?<!never really )(?:(?:happy|ready|willing|glad) to talk (?:after|afterwards|later|it through|again)|(?:comes?|came|coming) back (?:to (?:it|me|the conversation|the topic)|and (?:talks|talked|we talk|we talked)|and (?:we |he |she )?(?:actually |finally |properly )?(?:talk|talks|talked|sorted|sort) (?:it|things|this|that)?)|"
    r"talks? (?:it )?(?:through|over) (?:(?:\w+ )?(?:calmly|properly) )?(?:after|afterwards|later|the next day|the day after|in the morning|next morning)|(?:comes?|came|coming) back (?:\w+ )?with (?:a|an|his|her|their) (?:\w+ )?(?:answer|reply|response|thought|plan|idea)|(?:comes?|came|coming) back (?:later )?to (?:finish|talk|carry on|continue)|(?:popped|poked|stuck|put) (?:his|her|my) head back (?:in|round)|(?:texted|messaged|came back|rang|called) (?:me )?(?:after|within) (?:an|a|half an|about an|\d+|ten|twenty|thirty|fifteen|a few|a couple of) (?:hour|hours|minutes?|mins|while|bit)|(?:recharges|recharge|needs (?:his|her) own time))(?![\w'])"
)
USED_TO = re.compile(r"(?<![\w'])used to(?![\w'])")
OVERCOME = re.compile(
    r"(?<![\w'])(?:(?:we|i) (?:have )?(?:learned|learnt|managed) to stop|(?:we|i) (?:do not|no longer) do (?:that|it|this)|(?:we|i) (?:have )?stopped doing (?:that|it)|(?:we|i) (?:have )?grown out of|"
    r"(?:i am |we are |i have been |we have been )?learning (?:not to|to stop|to (?:do|say|ask|talk) (?:it )?(?:differently|better))|i (?:hate|regret) that i (?:did|said) (?:that|it|this)|cringe|(?:really |truly |deeply )?regret (?:it|that|this)|i (?:still )?think about (?:that|it) (?:a lot|often|every day)|"
    r"(?:it|that) (?:was not|wasn't) (?:fair|okay|ok|true|right|kind)|make up for (?:it|that)|helped me (?:see|understand|stop)|"
    r"(?:now|these days|nowadays) (?:i|we) (?:try|ask|say|talk|can|am able|are able|do not|never)|(?:now|these days|nowadays) when (?:it|that|this) (?:starts|happens|comes up)|(?:i|we) (?:have not|has not) (?:done|said) (?:it|that|this) (?:since|in (?:years|months|ages|weeks)|for (?:years|months|ages|weeks|a year|a month))|(?:we are|we 're) in a (?:much |far |way )?better place|these days (?:one of us|we|i)|(?:now|these days|nowadays) (?:we|i) (?:have|'ve) (?:got )?(?:a rule|an agreement|a system|a deal|a signal|a code word)|(?:made|makes|making) (?:such |a huge |a big |a real |all the )?(?:a )?difference|"
    r"(?:therapy|counselling|counseling|the course|the book|couples therapy) (?:has )?(?:helped|changed)|(?:i|we) (?:have )?(?:worked on|changed) (?:that|it|this|a lot)|not any ?more(?= *[.!]|$))(?![\w'])"
)
# When a pattern is told as the past: "I used to...", "last year I...", "looking back I was...".
PAST = re.compile(r"(?<![\w'])(?:used to|last (?:year|month)|looking back|back (?:then|when)|in the past|years ago|before ,|when we (?:first )?(?:met|started|had|got (?:married|together|engaged)|moved in)|(?:our|my|the) old (?:pattern|habit|dynamic|cycle|routine)|at the (?:start|beginning)|in my (?:last|previous|old|first) (?:relationship|marriage))(?![\w'])")
DEFENCE_AFTER = re.compile(
    r"(?: that| it| this| so)? (?:enough|often enough|nearly enough|as (?:much|often) as i should)(?![\w'])|"
    # validating, not denying: "I didn't know you felt that way", "I had no idea he'd been scared"
    r"(?: that)?(?: you| he| she)? (?:felt|feel|were feeling|was feeling|were hurting|had been (?:struggling|scared|worried|feeling|hurting)|have been (?:struggling|scared|worried|feeling|hurting)|would been (?:struggling|scared|worried|feeling))(?![\w'])|"
    # a feeling named instead of anger: "I'm not angry at him, it's just lonely"
    r"(?: (?:at|with) (?:him|her|you|them))?(?: any ?more)? ,? (?:it is|it 's|i am|i 'm|i just feel|i feel|just)(?: just| really| more| mostly)? (?:lonely|sad|hurt|worried|scared|disappointed|upset|anxious|missing|confused|heartbroken)(?![\w'])|"
    # a circumstance named instead of anger: "I'm not angry with him, it's just the rota"
    r"(?: (?:at|with) (?:him|her|you|them)) ,? (?:it is|it 's) just (?:the|our|his|her|my) (?:rota|shifts?|schedules?|hours|distance|timing|time difference|workload|commute|situation)(?![\w'])|"
    # excitement, not anger: "I'm not shouting at you, I'm shouting because I'm excited"
    r"(?: (?:at|with) (?:him|her|you|them))? ,? i am (?:\w+ )?because i am (?:so |just |really )?(?:excited|happy|thrilled|delighted|over the moon)(?![\w'])|"
    # a breather, not an excuse: "I'm going to get some air"
    r" (?:some (?:fresh )?air|some (?:water|sleep|rest)|a (?:drink|glass of water|coffee|cup of tea|tea|walk|breather))(?![\w'])|"
    # excuses made for the partner, not oneself: "I'm over making excuses for him"
    r"(?:(?<=excuses)|(?<=excuse)) for (?:him|her|them)(?![\w'])|"
    # news taken in, not an excuse: "I had no idea. glad I asked"
    r" \. (?:i am |i 'm |so |really )*glad(?![\w'])"
)
CONTEMPT_AFTER = re.compile(
    r"(?: ,)? ?at (?:the|that|this|his|her|my) (?:tv|telly|screen|ref|referee|umpire|news|game|match|radio|advert|ad|ads|adverts|politicians?|film|movie|show|pun|dad joke|weather|traffic|bill|price|menu)\b|"
    # laughing at a joke is what a joke is for: "she laughed at my terrible pun"; or at oneself
    r"(?: ,)? ?at (?:the|that|this|his|her|my|our|your) (?!own )(?:\w+ )?(?:jokes?|puns?|dad jokes?|one[- ]liners?|impressions?|funny (?:story|stories|face|faces))\b| (?!own )(?:\w+ )?(?:jokes?|puns?|dad jokes?|one[- ]liners?)\b|(?: ,)? ?at (?:my|our) own\b|(?: ,)? ?at (?:myself|ourselves)\b|"
    # a snort of laughter: "he made me laugh so hard i snorted tea"
    r" (?:my |his |her )?(?:tea|coffee|water|wine|beer|juice|milk|drink)\b| (?:with|in) laughter\b"
)


# ---------------------------------------------------------------- owning and changing one's own pattern
# The user asking how to change their own pattern, or apologising for it, is not showing it:
# "how do I stop shutting down", "what do I do instead of rolling my eyes", "sorry I walked out".
SELF_HELP = _view_pattern(
    r"(?<![\w'])(?:how (?:do|can|could|should|would|might|to) (?:i|we) (?:\w+ )?(?:stop|break|not|avoid|tell|handle|deal|get better|quit|change|learn|manage|explain|say)|"
    r"what (?:do|can|should|could) i do (?:instead|when|about)|instead of|(?:how|way|possible) (?:\w+ ){0,6}without (?:just )?\w+ing|i (?:am |was |have been )?(?:try|trying|tried|want|wanted|need|working) (?:hard |really hard )?(?:not to|to stop|on not)|"
    r"i (?:really |just |honestly |truly )?(?:do not|don't|dont|never) (?:really |ever )?want to(?= )(?! (?:talk|discuss|hear|speak|deal|argue|listen|go|do this|see|get into|think about)\b)|i (?:have|need|want) to stop|is it (?:bad|wrong|ok|okay|normal) (?:that|if|to)|help me (?:stop|not)|"
    r"(?:want|need|trying|try|working|have|going) to (?:change|stop|work on|fix|get better at|break|get a handle on) (?:that|this|it|the habit|my|how i|the way i|\w+ing)|(?:i am|we are) (?:\w+ )?(?:working on|trying to work on) (?:it|that|this|my|our)|"
    r"(?:do not|don't|never) want to (?:be|become|turn into) (?:the|that|a|one of those|someone|somebody|the kind of|that kind of|like)|"
    r"i (?:do not|don't) want (?:us|to keep|to be the one) )(?![\w'])"
)
APOLOGY_BEFORE = _view_pattern(
    r"(?<![\w'])(?:(?:sorry|apologi[sz]e|apologi[sz]ed|regret|ashamed that)(?: (?:for|that|about))?(?: \w+){0,2}|"
    r"(?:caught|catch|catching) myself(?: about to| starting to)?|i was (?:wrong|out of line) to|(?:it was )?(?:wrong|unfair|not fair|out of order) of me to|i (?:should not|shouldn't) have|"
    r"i wish i (?:had not|hadn't|did not|didn't|would not|wouldn't|had never|never)|(?:not|am not|i am not) proud (?:of|that)(?: i| how i| the way i)?(?: \w+)?|"
    r"i (?:hate|regret|feel (?:bad|terrible|awful|guilty)(?: about)?) (?:that|how|the way|it when) i(?: \w+)?) ?$"
)

APOLOGY_AFTER = re.compile(
    r"(?<![\w'])(?:i am (?:so |really )?sorry|i apologi[sz]e|my bad|(?:then |and )(?:stopped|caught|checked) myself|i should not have|(?:said|say|told (?:him|her)|admitted|admit) (?:that )?(?:you are|you were|he was|she was|he is|she is) right|fair point|point taken)(?![\w'])(?! ,? but)"
)
# Owning one's part anywhere in the message: "my part in this is that I didn't tell you, that's on me".
OWNING = _view_pattern(
    r"(?<![\w'])(?:(?:that|this|it) (?:is|was) (?:all |totally |completely |100 % )?on me|my (?:part|bit|share) in (?:this|it|that|what happened)|"
    r"i owe you an apology|(?:i am|i 'm) (?:so |really |truly )?sorry (?:about|for) (?:my (?:tone|comment|words|reaction|behaviour|behavior|attitude)|the way i (?:spoke|reacted|acted|talked|behaved))(?![^.!?]{0,40}(?<![\w'])but(?![\w']))|i take (?:full |the |my |all the )?(?:responsibility|blame|ownership)|(?:realised|realized|realise|realize|see|saw|know) (?:now )?how (?:rude|hurtful|unfair|wrong|mean|bad|selfish|cold|dismissive|unkind|awful) (?:that|it|i) (?:was|were|am|have been)|(?:want|need|how do i|how can i) (?:to )?make it up to (?:her|him|them)|"
    r"i (?:own|owned) (?:that|it|my part|this|up to it)|i (?:really )?(?:want|need|would like|am going) to change (?:that|this)(?= *[.!]|$)|(?:she|he|they) (?:had|has|made) a (?:fair |good |valid |real )?point|(?:told|tell) (?:him|her|them) (?:she|he|they) (?:was|were|is|are) right|i could hear it in my|without (?:realising|realizing|meaning to)|(?:can|could) we (?:try|start|do) (?:that |this |it )?(?:again|over)|(?:told|tell) (?:him|her|them) (?:afterwards |later |after )?(?:that )?(?:it|that) was (?:unkind|unfair|not fair|harsh|wrong|mean|rude|out of line|hurtful)|(?:and )?that i (?:was|am) sorry|i know (?:it is|that is|this is) (?:a|my) problem|i know (?:that )?i (?:tend to |can |sometimes |often |always )?(?:go|get|shut|clam|withdraw|can be|do that|do this)(?![\w'])|i was (?:in the )?wrong|i owe (?:him|her|them|my \w+) an apology|i (?:need|have|want|ought) to (?:properly |really |sincerely )?apologi[sz]e|"
    r"(?:said|did|say|do) (?:some |a few |a couple of |the )?(?:things|stuff|something) i (?:should not|should never|regret|am not proud of)|"
    r"(?:and|but) (?:that|it) was (?:really |so |very |pretty |quite )?(?:unkind|mean|unfair|not fair|not okay|not ok|hurtful|cruel|nasty|out of line|out of order|wrong of me)|"
    r"i (?:can |do )?(?:see|understand|get) why (?:she|he|they|you) (?:felt|feels|was|were|is|are|got|gets)|i (?:hate|regret) that i (?:did|said|do|say) (?:that|it|this)|i want to own (?:that|it|this|my part)|i (?:think )?i was (?:actually |really )?the one who|"
    r"(?:^|(?<=[.!?,] )|i (?:am |will be |'m )?|i (?:will|'ll|am going to) )(?:apologi[sz]ing|apologi[sz]ed|apologi[sz]e) (?:to (?:him|her|them) )?(?:tonight|tomorrow|later|today|properly|for (?:it|that|snapping|shouting|what i said))|i (?:stopped ,? )?apologi[sz]ed|(?:told|tell) (?:him|her|them) i (?:was|am) sorry|(?:and )?should have (?:said|told (?:him|her|you)|asked) (?:so|that)|"
    r"(?<!so )(?<!now )(?:that|it) (?:is|was) (?:all |totally |entirely )?my fault(?! ?\?| now| again| according| as usual| apparently| is it| right))(?![\w'])"
)


def _owned(prep: Prepared, view: View, start: int, i: int) -> bool:
    """The one who shows the pattern apologises for it, asks how to change it, or owns their part."""
    if APOLOGY_BEFORE.search(clause_before(view, start)):
        return True
    sentence = _sentence_text(prep, prep.words, i)
    if SELF_HELP.search(sentence):
        return True
    if OWNING.search(prep.words.text):
        return True
    # "I was only joking earlier and I can see it hurt you, I'm sorry": owned, not defended
    offset = prep.words.offset(i)
    tail = prep.words.text[offset : offset + 200]
    return bool(APOLOGY_AFTER.search(tail))


# ---------------------------------------------------------------- named, not shown
# "I feel lonely when you go quiet": a gentle start-up names a behaviour to complain about it.
I_FEEL_WHEN = _view_pattern(
    r"(?<![\w'])i (?:still |always |sometimes )?(?:panic|worry|freak out|get anxious|get nervous|get scared|tense up)(?: a (?:little|bit))? (?:when|whenever|if|every time) (?:(?:you|u|he|she) (?:\w+ ){0,3})?$|"
    r"(?<![\w'])i (?:feel|felt|get|got|can feel|start to feel|end up feeling) (?:really |so |a bit |quite |kind of |pretty |very |a little )?"
    r"(?!like |that |as if |as though )\w+(?: and \w+)? (?:when|whenever|if|every time) (?:(?:you|u) (?:\w+ ){0,3})?$"
)
_EXCUSE = re.compile(r"(?<![\w'])(?:busy|tired|exhausted|stressed|working|knackered|shattered|swamped|slammed|at work|overwhelmed|drained|worn out)(?![\w'])")
# An apology that opens the explanation: "sorry I went quiet earlier, I was overwhelmed".
APOLOGY_FIRST = re.compile(r"(?:^|[.!?:] )(?:i am |i 'm |im )?(?:so |really |very )?sorry(?! ?,? but| if)(?![\w'])")
# A bid for connection or a plan to talk after an explanation.
OFFER = _view_pattern(
    r"(?<![\w'])(?:we (?:will|'ll|can|could) (?:talk|chat|catch up|sort|discuss|do)|shall we|can we (?:talk|catch up|chat|do|have|go|sort|plan)|could we|let us (?:talk|catch up|chat|do)|"
    r"(?:want|wanna) to (?:catch up|talk|chat|get|grab|go|do)|do you want to|i (?:will|'ll) make it up|i miss you|i love you|i am sorry|sorry about that|how about|(?:can|could) we (?:try|start) (?:that |this |it )?(?:again|over)|(?:tomorrow|tonight|later|after work|in the morning) \?)(?![\w'])"
)
FELT = re.compile(r"(?<![\w'])(?:feel|feels|felt|feeling) (?:so |really |a bit |very |quite |kind of |totally |completely )?$")
FELT_IN = re.compile(r"(?<![\w'])(?:feel|feels|felt|feeling) (?:so |really |a bit |very |quite |kind of |totally |completely )?[\w']+$")
SUPPORTIVE = re.compile(
    r"(?<![\w'])(?:held my hand|holds my hand|hugged|hugs|cuddled|cuddles|held me|holds me|comforted|stroked|kissed|nodded|listened|listens|smiled|squeezed my hand|thanked)(?![\w'])"
)
PLAYFUL = re.compile(
    r"(?<![\w'])(?:playful\w*|jokingly|teasingly|affectionately|lovingly|we were (?:joking|messing|kidding|having a laugh|mucking)|joking around|messing around|in jest|we both laughed|we both (?:laugh|crack up)|(?:could not|can not) stop (?:giggling|laughing)|(?:a )?laugh(?:ed|ing)? at ourselves|laughing too hard|laughing so hard|we laughed about it|(?:before|until|and|then) we (?:both )?(?:laughed|cracked up|burst out laughing)|(?:cry|cries|cried|crying) (?:with )?laugh(?:ing|ter)|in stitches|(?:how|the way) we (?:flirt|banter|tease)|we (?:are|'re) like that|teas(?:e|ed|ing) (?:each other|him|her)|(?<!not in an )(?<!not )(?<!never )(?<!hardly )affectionate|(?:we|i) (?:both |honestly |really |secretly )?love it|with a (?:big |huge |cheeky )?(?:grin|smile|wink))(?![\w'])"
)
LIST_END = re.compile(r"(?:^|[,.!?:] )[\w']+(?: [\w']+)? , [\w']+(?: [\w']+)? , $")
# "it's not that I don't care, I just need a minute": the phrase is named to be set aside.
NOT_THAT = re.compile(r"(?<![\w'])(?:it is|it 's|it was|that is|this is|and|but) not (?:that|because)(?: (?:i|you|he|she))? ?$")
# Thanks for patience with one's own withdrawal: "thanks for not giving up on me when I went quiet".
THANKS_FOR = re.compile(r"(?<![\w'])(?:thank you|thanks|thank u|thx|grateful)(?: so much)? for (?!nothing|never|always|ignoring|walking|shutting)")
# Silence that is shared and easy: "it was a comfortable quiet, we didn't need to talk".
QUIET_TOGETHER = re.compile(
    r"(?<![\w'])(?:(?:comfortable|companionable|easy|peaceful|cosy|cozy|lovely|nice) (?:quiet|silence)|we (?:did not|didn't|do not|don't) need to (?:talk|say anything|fill (?:it|the silence))(?! about))(?![\w'])"
)
# Talking at length together: "we went for a walk and talked for hours", "we stayed up talking".
TALKED_TOGETHER = re.compile(
    r"(?<![\w'])(?:(?:we|we both|the two of us) (?:[\w']+ ){0,10}?(?:talked|chatted) (?:for hours|all (?:night|evening|afternoon|day)|until (?:late|midnight|\d+)|it (?:through|out|over)|properly)|(?:stayed|sat) up (?:\w+ )?(?:talking|chatting)|(?:we|we both) had (?:a|such a|the) (?:long|good|real|proper|lovely|great|honest) (?:talk|chat|conversation))(?![\w'])"
)
# Withdrawal the couple share and come back from together: "we both went silent and held each
# other", "if one of us storms off we have to come back within the hour", "we both go quiet, so we
# made a rule: 30 minutes apart, then we meet in the kitchen". The subject is both of us...
SHARED_SUBJECT = re.compile(r"(?<![\w'])(?:we|both|one of us|either of us|the two of us|and i)(?: [\w']+){0,2} $")
# ... and the message says how we come back to each other (mutual withdrawal with no way back,
# "we both give each other the silent treatment for days", stays stonewalling).
SHARED_RETURN = _view_pattern(
    r"(?<![\w'])(?<!never )(?<!not )(?<!did not )(?:(?:come|came|comes|coming|meet|meets|met|meeting|get|got) back|(?:try|tried|trying) again|(?:held|hold|holding|hugged|hug|hugging|cuddled|cuddle|comforted) each other|"
    r"(?:did not|do not) need (?:words|to (?:talk|say anything))|(?:it )?felt (?:close|closer|peaceful|safe)|(?:talked|talk|talking|chatted|chat) (?:it )?(?:through|over|out|properly|tomorrow|later|again|in the morning)|"
    r"(?:made|make|have|has|set|agreed on) (?:a|our|the) (?:rule|signal|timer|code word|agreement|deal)|(?:\d+|\w+) minutes? apart|(?:set|setting) a (?:\d+ )?(?:minute |min )?timer|"
    r"(?:we|we are|we were) (?:both )?(?:laughing|laughed|giggling)|made up)(?![\w'])"
)
# A simile, not a defence: "she kisses me goodbye like it's nothing", "he laughed like it was a joke".
SIMILE_BEFORE = re.compile(r"(?<![\w'])(?<!acts )(?<!acting )(?<!acted )(?<!act )(?<!pretends )(?:like|as if|as though) $")
# Raising a topic, not deflecting one: "whenever I bring up my anxiety", "I want to bring up that...".
RAISING = re.compile(r"(?:bring|brings|brought|bringing|raise|raises|raised|raising) (?:up|it up)?")
# An act stopped before it happened: "I was about to walk out when I caught myself".
ALMOST = re.compile(r"(?<![\w'])(?:about to|nearly|almost|was going to|were going to|tempted to|on the verge of|close to) $")
CAUGHT = re.compile(r"(?<![\w'])(?:caught|catch|stopped|stop|checked|check) (?:myself|himself|herself|themselves)(?![\w'])")
# The act named as what did not happen: "first time it didn't end with one of us storming off".
NOT_ENDING_WITH = re.compile(r"(?<![\w'])(?:did not|does not|do not|didn't|doesn't|don't|without) (?:\w+ ){0,2}(?:with|in) (?:one of us|either of us|anyone|someone|somebody) $")
# A time clause with both of us as its subject: "before we'd even left the house".
WE_TIME_CLAUSE = re.compile(r"(?<![\w'])(?:before|after|until|till|once|by the time|as soon as|when) we (?:had |have |would |'d )?(?:even |just |finally |already )?$")
# An urge named, not acted on: "I feel that same pull to clam up", "the urge to explain myself".
URGE_BEFORE = re.compile(r"(?<![\w'])(?:pull|urge|temptation|impulse|instinct|itch|reflex) (?:is )?to $")
# The act named to deny it: "looking back it was tiredness rather than shutting down", "it doesn't
# feel like he's shutting me out", "not him shutting me out".
RATHER_THAN = re.compile(r"(?<![\w'])(?:rather than|instead of|(?:does not|did not|do not) (?:feel|seem|look|sound) like (?:he|she|they) (?:is|are|was|were)|not (?:him|her|me|them)(?: just)?) $")
# Words a couple agreed to stop using: "we agreed to stop using 'whatever' and 'fine' in arguments".
STOP_USING = re.compile(r"(?<![\w'])(?:stop|stopped|quit|avoid|ban|banned|no more|not) (?:using|saying) (?:the word |words like |things like )?(?:' |\" )?$")
# Praise meant sincerely: '"wow, you actually did the whole tax return" and I meant every word'.
SINCERE = re.compile(r"(?<![\w'])(?:(?:i|he|she) (?:really |genuinely |truly )?meant (?:every word|it)|not (?:being )?sarcastic(?:ally)?|no sarcasm|(?:genuinely|sincerely) (?:impressed|meant|proud))(?![\w'])")
_PRAISE_WORDS = re.compile(r"(?<![\w'])(?:wow|great|brilliant|well done|good job|nice|actually|finally|congrat\w*|bravo|amazing|impressive|all by yourself|managed)(?![\w'])")
# Sarcasm at the day, not at a person: "oh great, another parking ticket", "oh brilliant, the boiler's gone".
AT_A_THING = re.compile(r" ?,? (?:another|the|a|an|more|this|that|our) (?![\w' ]*(?<![\w'])(?:you|your|u|ur|he|she|him|her|his|they|them|genius|einstein)(?![\w']))")
_INTERJECTION = re.compile(r"(?:oh|ohh|wow|well|ooh|gee|great|brilliant|perfect|fantastic|lovely|wonderful|just great)(?![\w'])")
_PEOPLE_WORDS = re.compile(r"(?<![\w'])(?:you|your|u|ur|yourself|he|she|him|her|his|hers|they|them|husband|wife|partner|boyfriend|girlfriend|bf|gf)(?![\w'])")
# Someone outside the couple opens the sentence and does it: "his dad makes this disgusted face
# every time we hold hands", "our eldest rolled her eyes at us dancing", "my manager stonewalls me".
THIRD_PARTY_SUBJECT = re.compile(
    r"^(?:(?:and|but|so|then|also|apparently|honestly|even|plus) )?(?:my|our|his|her|their) (?:\w+ )?(?:mum|mom|mother|dad|father|sister|brother|son|daughter|eldest|youngest|kids?|teenager|boss|manager|flatmate|roommate|housemate|"
    r"ex|ex - (?:husband|wife|partner|boyfriend|girlfriend)|mother - in - law|father - in - law|sister - in - law|brother - in - law|in - laws|mil|fil|colleague|coworker|co - worker|teacher|grandma|grandad|nan|aunt|uncle|cousin|friend|mate|neighbour|neighbor|stepmum|stepdad|stepson|stepdaughter)(?![\w'])"
    r"(?![^.!?;:]*(?:(?<![\w'])(?:i|you|u|he|she|they|we)(?![\w'])|(?:and|but|so|then|while) (?:my|our) (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|fianc\w*)(?![\w'])))"
)
# The speaker stopped before saying it: "I caught myself about to say 'you never help'".
ABOUT_TO_SAY = re.compile(r"(?<![\w'])(?:about to|nearly|almost|was going to|tempted to|wanted to|instead of) (?:say|saying|tell (?:him|her|them)|telling (?:him|her|them)|snap|text|reply|type|typing) (?:that )?(?:' |\" )?$")
# Asking for other words: "what's a better way to say 'I feel like you never plan dates'?"
REPHRASE = re.compile(r"(?<![\w'])(?:(?:better|nicer|kinder|softer|gentler|another|different|other) (?:way|ways|words) (?:to|of) (?:say|saying|phrase|phrasing|put|putting|word|wording)|(?:rephrase|reword|reframe)) (?:that |it |this )?(?:' |\" )?(?:i (?:feel|felt) (?:like |that )?)?$")
# Owning a fault, not denying it: "he's always first to say sorry, even when it's my fault".
OWN_FAULT_BEFORE = re.compile(r"(?<![\w'])(?:even when|even if|when|admit|admitted|admitting|know|knew|realise|realised|realize|realized|accept|accepted) (?:that )?$")
# What the partner thought was happening, not what happened: "he thought I was walking out on him".
THOUGHT_THAT = re.compile(r"(?<![\w'])(?:thought|thinks|think|assumed|assumes|assume|worried|worries|worry|feared|fears|fear) (?:that )?(?:(?:i|he|she) (?:was|were|am|is|be|would|will|had) )?$")
# A behaviour named, then the speaker's reaction: "now when my wife goes quiet I panic".
WHEN_BEFORE = re.compile(r"(?<![\w'])(?:when|whenever|if|every time) (?:\w+ ){0,3}$")
I_REACT_AFTER = re.compile(r"^(?: [\w']+){0,3} ,? i (?:still |always |sometimes |just )?(?:panic|worry|freak out|get (?:anxious|nervous|scared|worried)|tense up|feel (?:anxious|scared|nervous|worried|lonely|sad|panicky))(?![\w'])")
# A question asking the coach for help with it: "any advice for when my partner shuts down?"
ADVICE_QUESTION = re.compile(r"^(?:any|some|got any|need) (?:advice|tips|ideas|suggestions|help) (?:for|on|about|with) (?:when|what to do when|how to|dealing with|handling)(?![\w']).*\?")
# Upset with someone else, not the partner: "I'm not mad at you, I'm mad at my boss".
ELSEWHERE_AFTER = re.compile(r" (?:at|with) (?:you|him|her) ,? (?:i am|i 'm|it is|it 's)(?: just| really)? (?:\w+ )?(?:at|with|about) (?:my (?:boss|mum|mom|dad|manager|job|work|day|sister|brother|family)|work|the (?:boss|job|situation|day|news|traffic))(?![\w'])")
_FREQUENCY = re.compile(r"(?<![\w'])(?:always|never|constantly|forever|every time|everytime|keep|keeps)(?![\w'])")
# The speaker naming their own pattern by its name: "I got defensive when she raised it", "we both
# stonewall when we fight", "i'm the one who stonewalls": owning it, not showing it.
SELF_NAMED = _view_pattern(
    r"(?:^|[,.!?;:] |(?<![\w'])(?:and|but|so|that|admit|admitted|know|knew|think|thought|realised|realized|noticed|says|said|tells me|told me|when|yeah|yes|ok|okay|honestly) )"
    r"(?:i|we)(?: (?:both|all|am|was|were|have|had|been|get|got|getting|gets|go|went|become|became|becoming|being|be|can|could|tend|tended|to|really|so|too|a|bit|little|kind|of|lowkey|always|still|just|the|one|ones|who|sometimes|often|do|did|sounded|sound|quite|very|pretty|totally|such|used))* "
    r"(?:defensive|stonewall|stonewalls|stonewalled|stonewalling|sarcastic|contemptuous|critical|dismissive)(?![\w'])"
)
# A quiet with a reason that is not the partner or the row: "she went silent on the drive but she
# wasn't mad at me", "he goes quiet when he's deep in his thesis, we both know it isn't about me",
# "she went quiet tonight but her migraine is back".
QUIET_NOT_ABOUT_US = _view_pattern(
    r"(?<![\w'])(?:(?:not|is not|was not|isn't|wasn't|never) (?:really |even |at all )?(?:about|at|because of) (?:me|us|anything (?:i|he|she|we) (?:did|said))|"
    r"not (?:mad|angry|upset|annoyed|cross|pissed off) (?:at|with) (?:me|us)|migraines?|headaches?|deep in (?:his|her|their) (?:work|thesis|dissertation|book|game|studies|revision|project))(?![\w'])"
)
# Asking for it simply, not talking down: "can you explain the four horsemen like I'm five?"
_ASKS_TO_EXPLAIN = re.compile(r"^(?:(?:can|could|would|will) (?:you|u) (?:please |pls )?|please |pls )?(?:explain|break (?:it|this|that) down)(?![\w'])(?:[^.!?]*) like (?:i am|i 'm|im) (?:five|5|six|a child|a kid|a toddler)(?![\w'])[^.!?]*\?")


def _asks_to_explain_simply(prep: Prepared, i: int) -> bool:
    return bool(_ASKS_TO_EXPLAIN.match(_sentence_text(prep, prep.words, i).lstrip()))


# A curt word explained straight after as meant kindly: "fine. i mean fine as in ok, you're right",
# "he texted 'I'm done' but he meant done with the ironing", "actually fine, not 'fine.'".
CURT_WORD_EXPLAINED = _view_pattern(
    r"(?<![\w'])(?:(?:i|he|she) (?:mean|meant|means) (?:fine|done|whatever|it|ok|okay)(?: (?:as in|with|for|like))?|(?:fine|done|whatever) as in|done done|meant done (?:with|for)|"
    r"actually fine|not ['\"] ?fine|(?:followed|follow) (?:it )?(?:up )?with ['\"] ?i mean it)(?![\w'])"
)
# A charge against the speaker that the speaker concedes: "she says I never help in the kitchen. tbh
# she is right"; or the speaker's own charge taken back: "I said she never helps. That wasn't fair."
CHARGE_CONCEDED = _view_pattern(
    r"(?<![\w'])(?:(?:she|he|they) (?:is|was|are|were) (?:\w+ )?(?:right|correct)|(?:she|he|they) (?:had|has) a (?:fair |good |valid )?point"
    r")(?![\w'])"
)
TAKEN_BACK = _view_pattern(r"(?:^|[.!?] )(?:and )?(?:that|it) (?:wasn't|was not) (?:fair|kind|true)(?! to me)(?! of (?:him|her|them))(?![\w'])")
_I_CHARGED = re.compile(r"(?<![\w'])i (?:[\w']+ ){0,6}?(?:and )?(?:said|told (?:him|her|them)|called (?:him|her|them))(?: that)?(?: (?:she|he|they))? $")
_CHARGE_AGAINST_ME = re.compile(r"(?<![\w'])(?:says|said|saying|tells me|told me|told (?:him|her|them)|thinks|reckons|claims)(?: that)?(?: (?:i|she|he)(?: \w+)?)? $|^(?:says|said|saying|tells me|told me|thinks|reckons|claims)(?![\w'])")


# ... owned when the message also apologises, asks how to change, concedes or tells it as the past;
# "I get defensive but honestly it's an ambush" names it to defend it.
SELF_NAMED_OWNED = _view_pattern(
    r"(?<![\w'])(?:sorry|apologi[sz]\w*|(?:want|need|trying|try|going) to (?:work on|listen|change|own|fix|get better|go back|do better|hear)|i (?:will|'ll) (?:actually |just )?listen|say (?:that|it) again|"
    r"how (?:do|can|could|should) (?:i|we)|is (?:that|it|this) normal|what (?:do|should|can) (?:i|we) do|(?:had|has|have) a (?:fair |good |valid )?point|(?:she|he|you|they) (?:was|were|is|are|might be|may be) (?:\w+ )?right|(?:that is|that was|it is|it was) on me|"
    r"i know that now|baby steps|small win|used to|let me|try again|learn\w* to|working on)(?![\w'])"
)
_SELF_NAMED_BUT = re.compile(r"^[\w' ]{0,30}?(?<![\w'])but(?![\w'])")


# The pattern's name said of a behaviour, asking or weighing whether it fits: "is that stonewalling
# or a healthy break?", "he says that's stonewalling. Is it?", "I'm worried that was stonewalling".
NAME_AS_PREDICATE = _view_pattern(
    r"(?<![\w'])(?:(?:is|was|are|were) (?:that|it|this|these|those)|(?:that|it|this) (?:is|was)|(?:worried|wonder|wondering|not sure|unsure|asking) (?:if |whether |that )?(?:that|it|this|i) (?:is|was|am|was being|is being)) (?:really |just |actually |still |always |even )?(?:a (?:form|kind|type|sort) of )?$"
)


def _self_named(prep: Prepared, i: int) -> bool:
    """The match names the speaker's own pattern by its name and owns it ("I got defensive when
    she raised it; I want to go back and listen")."""
    before = _sentence_before(prep, i)[-60:]
    text = before + _text_after(prep, i, 60)
    for found in SELF_NAMED.finditer(text):
        if found.end() > len(before):
            return not _SELF_NAMED_BUT.match(text[found.end():]) and bool(SELF_NAMED_OWNED.search(prep.words.text))
    return False


def _charge_conceded(prep: Prepared, i: int) -> bool:
    """A charge reported against the speaker, or made by them, that they then concede."""
    before = _sentence_before(prep, i)[-40:]
    verb = _CHARGE_AGAINST_ME.match(_text_after(prep, i, 12))
    if not (_CHARGE_AGAINST_ME.search(before) or verb):
        return False
    if verb:
        before += verb.group(0) + " "  # the match opens with the verb: "said she always..."
    if _I_CHARGED.search(before):
        return bool(TAKEN_BACK.search(prep.words.text))  # "I said she always... That wasn't fair."
    return bool(CHARGE_CONCEDED.search(prep.words.text))


def _sentence_text(prep: Prepared, view: View, i: int) -> str:
    """The text of i's sentence on `view`."""
    sent = prep.sentence_of[i]
    lo = i
    while lo > 0 and prep.sentence_of[lo - 1] == sent:
        lo -= 1
    hi = i
    while hi + 1 < len(prep.sentence_of) and prep.sentence_of[hi + 1] == sent:
        hi += 1
    return view.text[view.offset(lo) : view.offset(hi + 1)]


def _shared(view: View, start: int, end: int) -> bool:
    """The withdrawal's subject is both of us: "we both went quiet", "if one of us storms off"."""
    if re.match(r"we(?![\w'])", view.text[start:end]):
        return True
    return bool(SHARED_SUBJECT.search(clause_before(view, start)[-50:]))


def _text_after(prep: Prepared, i: int, width: int) -> str:
    """The words from token i on, `width` characters of them."""
    offset = prep.words.offset(i)
    return prep.words.text[offset : offset + width]


def _sentence_before(prep: Prepared, i: int) -> str:
    """The words of i's sentence before token i."""
    sent = prep.sentence_of[i]
    lo = i
    while lo > 0 and prep.sentence_of[lo - 1] == sent:
        lo -= 1
    return prep.words.text[prep.words.offset(lo) : prep.words.offset(i)]


def _is_meta(prep: Prepared, view: View, start: int, end: int, i: int, repair: bool) -> bool:
    """The phrase names a pattern in a sentence that asks about it, or about changing it, or
    owns it in a repair ("I got defensive there, let me listen"); or the sentence is a general
    question about a pattern it names ("is rolling your eyes always contempt?")."""
    sentence = _sentence_text(prep, prep.words, i)  # the words: the lemma view reads "is" as "be"
    question = sentence.rstrip().endswith("?") and _QUESTION_START.match(sentence.lstrip()) is not None
    if not META.search(view.text[start:end]):
        if not (question and META.search(sentence)):
            return False
        # "is it contempt if he rolls his eyes?" asks about the pattern; so does a question with no one in it
        return _ASKS_IF.match(sentence.lstrip()) is not None or not re.search(
            r"(?<![\w'])(?:he|she|they|i|my|we|him|her)(?![\w'])", sentence
        )
    if repair:
        return True
    return bool(META_FRAME.search(sentence)) or question


# Asking the coach whether something counts as a pattern: "what exactly counts as stonewalling?
# my husband goes quiet" gives an example of a question, not a report of the pattern.
_COUNTS_AS = re.compile(r"(?<![\w'])(?:counts? as|count as|considered|classed as|qualify as|a sign of|the same (?:thing )?as|what is|what exactly is|is (?:it|this|that) (?:really |actually |still |even )?)(?: (?:a|an|real|actual|proper|true))? ?(\w+)")
_LABEL_WORDS = {
    STONEWALLING: ("stonewall", "silent treatment", "shutting down", "withdraw"),
    CONTEMPT: ("contempt", "sarcas", "disrespect"),
    CRITICISM: ("critic",),
    DEFENSIVENESS: ("defensive",),
}
_DOUBT = re.compile(r"(?<![\w'])(?:but i (?:think|guess|wonder)|not sure (?:if|whether)|should i (?:be worried|worry)|or (?:is|am) (?:it|i|he|she)|maybe (?:he|she|it) is just|am i overthinking)(?![\w'])")


def _asks_if_it_counts(prep: Prepared, label: str, i: int) -> bool:
    words = prep.words
    names = _LABEL_WORDS[label]
    for k, token in enumerate(words.tokens):
        if "?" not in token:
            continue
        sentence = _sentence_text(prep, words, k)
        if not any(n in sentence for n in names):
            continue
        asks = _COUNTS_AS.search(sentence)
        if asks and (prep.sentence_of[k] < prep.sentence_of[i] or _DOUBT.search(words.text) or (prep.quoted[i] and prep.sentence_of[k] == prep.sentence_of[i])):
            return True
    return False


def _healthy_reading(
    prep: Prepared,
    view: View,
    reporting: sp.Reporting,
    rule: Rule,
    start: int,
    end: int,
    i: int,
    j: int,
    excluded: Tuple[Tuple[int, int], ...],
    antidote_sentences: set,
    repair: bool,
) -> Optional[str]:
    """Why the words matched by `rule` are not the horseman here, before asking who said them."""
    text = view.text
    if rule.negatable and negated(view, start):
        return NEGATED
    if any(a <= i < b for a, b in excluded):
        return FEELING
    if rule.label == CRITICISM and _appreciation(_clause_from(text, start, end), text[:start], text[end:]):
        return APPRECIATION
    if rule.label == DEFENSIVENESS and text.startswith("you", start) and re.search(r"(?<![\w'])always(?![\w'])", _clause_from(text, start, end)) and _appreciation(_clause_from(text, start, end), text[:start]):
        return APPRECIATION  # "you're the one who always makes me feel better"
    if rule.label == DEFENSIVENESS and text.startswith("you", start) and I_FEEL_WHEN.search(_sentence_before(prep, i)):
        return NOT_SHOWN  # "I felt hurt when you didn't mention me": a gentle start-up, not a defence
    if rule.label == DEFENSIVENESS and DEFENCE_AFTER.match(text, end):
        return NOT_A_DENIAL  # "i don't say it enough": owning a lack, not a denial
    if rule.label == DEFENSIVENESS and (ELSEWHERE_AFTER.match(text, end) or ("my fault" in text[start:end] and OWN_FAULT_BEFORE.search(text, max(0, start - 20), start))):
        return NOT_A_DENIAL  # "I'm not mad at you, I'm mad at my boss"; "even when it's my fault"
    if rule.label == CONTEMPT and _PRAISE_WORDS.search(text, start, end) and SINCERE.search(prep.words.text):
        return NOT_SHOWN  # '"wow, you actually did it" and I meant every word'
    if rule.label == CONTEMPT and rule.role == VOICE and _INTERJECTION.match(text, start) and AT_A_THING.match(text, end) and not _PEOPLE_WORDS.search(prep.words.text):
        return NOT_AT_A_PERSON  # "oh great, another parking ticket"
    if rule.role == VOICE and (ABOUT_TO_SAY.search(text, max(0, start - 40), start) or REPHRASE.search(text, max(0, start - 50), start)):
        return NOT_SHOWN  # "I caught myself about to say 'you never help'"; "a better way to say 'you never...'"
    if not re.match(r"i(?![\w'])", text[start:end]) and WHEN_BEFORE.search(_sentence_before(prep, i)[-40:]) and I_REACT_AFTER.match(text[end:]):
        return NOT_SHOWN  # "now when my wife goes quiet I panic": a feeling about it, not a report
    if URGE_BEFORE.search(text, max(0, start - 30), start) or (rule.label == STONEWALLING and RATHER_THAN.search(text, max(0, start - 50), start)):
        return NOT_SHOWN  # "I feel that same pull to clam up"; "tired rather than shutting down"
    if rule.role == VOICE and prep.quoted[i] and STOP_USING.search(text, max(0, start - 40), start):
        return ABOUT_THE_PATTERN  # "we agreed to stop using 'whatever' and 'fine'"
    if rule.label == STONEWALLING and THOUGHT_THAT.search(text, max(0, start - 30), start):
        return NOT_SHOWN  # "he thought I was walking out on him"
    if rule.label == STONEWALLING and APPRECIATION_AFTER.search(_text_after(prep, i, 200)):
        return APPRECIATION  # "he never leaves the house without kissing the kids goodbye. I love that about him"
    if THIRD_PARTY_SUBJECT.match(_sentence_before(prep, i).lstrip()) and (prep.quoted[i] or not re.match(r"(?:i|you|u|he|she|they|we|my|your)(?![\w'])", text[start:end])):
        return OUTSIDE_THE_COUPLE  # "his dad makes this disgusted face every time we hold hands"
    if rule.label == CONTEMPT and CONTEMPT_AFTER.match(text, end):
        return NOT_AT_A_PERSON  # "rolled my eyes at the telly when the ref...": not at a person
    if rule.label == STONEWALLING and (prep.sentence_of[i] in antidote_sentences or STONEWALL_AFTER.match(text, end) or RETURNS.search(prep.words.text)):
        return A_PAUSE
    if rule.label in (STONEWALLING, DEFENSIVENESS) and THANKS_FOR.search(_sentence_before(prep, i)):
        return APPRECIATION  # "thanks for not giving up on me when I went quiet"
    if rule.label == STONEWALLING and QUIET_TOGETHER.search(_sentence_text(prep, prep.words, i)):
        return A_PAUSE  # "we both went quiet in the car but it was a comfortable quiet"
    if rule.label == STONEWALLING and _shared(view, start, end) and (SHARED_RETURN.search(prep.words.text) or TALKED_TOGETHER.search(prep.words.text)):
        return A_PAUSE  # "we both went silent after the scan and just held each other"
    if rule.label == STONEWALLING and NOT_ENDING_WITH.search(_sentence_before(prep, i)[-60:]):
        return NEGATED  # "it didn't end with one of us storming off"
    if rule.label == STONEWALLING and (WE_TIME_CLAUSE.search(_sentence_before(prep, i)[-40:]) or (ALMOST.search(clause_before(view, start)[-30:]) and CAUGHT.search(text, end, end + 80))):
        return NOT_SHOWN  # "before we'd even left the house"; "I was about to walk out when I caught myself"
    if rule.label == DEFENSIVENESS and rule.role == VOICE and SIMILE_BEFORE.search(text, max(0, start - 20), start):
        return NOT_SHOWN  # "she kisses me goodbye like it's nothing"
    if rule.label == STONEWALLING and antidote_sentences and (sp.described_actor(prep, i, j) == sp.USER if rule.role != VOICE else reporting.speaker_at(i) is None):
        return A_PAUSE  # "I went quiet at dinner ... I'd like to talk about it when you're ready"
    if (rule.role == ACTOR or reporting.speaker_at(i) == sp.USER or reporting.speaker_at(i) is None) and PAST.search(_sentence_text(prep, prep.words, i)) and OVERCOME.search(prep.words.text):
        return OVERCOME_PATTERN  # "we used to give each other the silent treatment; we learned to stop"
    if _is_meta(prep, view, start, end, i, repair):
        return ABOUT_THE_PATTERN
    if META.search(text[start:end]) and NAME_AS_PREDICATE.search(prep.words.text[max(0, prep.words.offset(i) - 50) : prep.words.offset(i)]):
        return ABOUT_THE_PATTERN  # "is that stonewalling or a healthy break?"
    if rule.label == CONTEMPT and _asks_to_explain_simply(prep, i):
        return NOT_SHOWN  # "can u explain the four horsemen like im five?"
    if rule.label == STONEWALLING and rule.role == VOICE and CURT_WORD_EXPLAINED.search(prep.words.text):
        return NOT_SHOWN  # "fine. i mean fine as in ok, you're right"
    if META.search(prep.words.text) and _self_named(prep, i):
        return OWNED  # "I got defensive when she brought up my drinking"
    if rule.label == STONEWALLING and QUIET_NOT_ABOUT_US.search(_sentence_text(prep, prep.words, i)):
        return A_PAUSE  # "he goes quiet when he's deep in his thesis, it isn't about me"
    if rule.label == CRITICISM and _charge_conceded(prep, i):
        return OWNED  # "she says I never help in the kitchen. tbh she is right"
    if (rule.role == ACTOR or prep.quoted[i]) and "?" in prep.words.text and _asks_if_it_counts(prep, rule.label, i):
        return ABOUT_THE_PATTERN
    return None


def _not_exhibited(
    prep: Prepared, view: View, reporting: sp.Reporting, rule: Rule, start: int, end: int, i: int, j: int, who: str
) -> Optional[str]:
    """Why the pattern, now that we know who `who` is, is not shown by them here."""
    text = view.text
    if (who == sp.USER or (who == sp.NONE and rule.role == ACTOR)) and _owned(prep, view, start, i):
        return OWNED
    if who == sp.NONE and SELF_HELP.search(_sentence_text(prep, prep.words, i)):
        return OWNED
    if who == sp.PARTNER and rule.role == ACTOR and APOLOGY_BEFORE.search(clause_before(view, start)):
        return OWNED  # "he apologised for walking out"
    if rule.label == STONEWALLING and "without" in text[start:end] and SUPPORTIVE.search(_sentence_text(prep, prep.words, i)):
        return SUPPORT  # "she sat with me without saying a word and held my hand"
    if rule.label == DEFENSIVENESS and rule.role == ACTOR and who == sp.USER and RAISING.match(text, start):
        return NOT_SHOWN  # "whenever I bring up my anxiety": the user raising a topic
    if rule.label == STONEWALLING and LIST_END.search(_sentence_before(prep, i)):
        return END_OF_A_LIST  # "traffic, work, whatever": the end of a list
    if rule.label == DEFENSIVENESS and _EXCUSE.search(text, start, end) and OFFER.search(_sentence_text(prep, prep.words, i)):
        return EXPLANATION_WITH_A_BID  # "I've been busy with work but I miss you"
    if rule.label == DEFENSIVENESS and who == sp.USER and _EXCUSE.search(text, start, end) and (
        APOLOGY_FIRST.search(prep.words.text[: prep.words.offset(i)]) or OFFER.search(_text_after(prep, i, 120)) or ANTIDOTE.search(prep.words.text)
    ):
        return EXPLANATION_WITH_A_BID  # "sorry I went quiet earlier, I was overwhelmed. can we try again?"
    if ADVICE_QUESTION.match(_sentence_text(prep, prep.words, i).lstrip()):
        return ABOUT_THE_PATTERN  # "any advice for when my partner shuts down?"
    if GENERIC_QUESTION.match(_sentence_text(prep, prep.words, i).lstrip()):
        return ABOUT_THE_PATTERN  # "what does it mean when someone gives you the silent treatment?"
    if NOT_THAT.search(_sentence_before(prep, i)[-40:]):
        return SET_ASIDE_BY_SPEAKER
    if rule.role == ACTOR and _not_shown(prep, view, reporting, start, end, i, who):
        return NOT_SHOWN
    return None


def _not_shown(prep: Prepared, view: View, reporting: sp.Reporting, start: int, end: int, i: int, who: str) -> bool:
    """A described behaviour that nobody shows here: named in a gentle start-up ("I feel lonely
    when you go quiet"), asked about in general ("is eye rolling that bad?"), or a charge of
    "you never..." in someone's reported words (criticism, read by those rules)."""
    if who == sp.PARTNER and I_FEEL_WHEN.search(_sentence_before(prep, i)):
        return True
    if FELT.search(_sentence_before(prep, i)[-30:]) or FELT_IN.search(view.text, start, end):
        return True  # "he told me he felt stonewalled": a feeling named, not the act
    if PLAYFUL.search(_sentence_text(prep, prep.words, i)):
        return True  # "she rolled her eyes playfully, we were joking around"
    if who == sp.NONE:
        sentence = _sentence_text(prep, prep.words, i)
        if sentence.rstrip().endswith("?") and _QUESTION_START.match(sentence.lstrip()):
            return True
    reported = reporting.speaker_at(i)
    if reported is not None and who != reported and _FREQUENCY.search(view.text[max(0, start - 12) : end]):
        return True
    return False


# ---------------------------------------------------------------- the whole message
# Readings of the whole message that rule a horseman out, whatever the words matched. The rules
# use the readings above per match; the learned complement (bot.language.complement), which has
# no match to look at, checks these before it adds a horseman.

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
# A good kind of person: "he's the type who remembers every birthday", "she's the kind of person who
# always checks on my mum".
TYPE_WHO_GOOD = re.compile(
    r"(?<![\w'])(?:type|kind|sort) (?:of [\w']+ )?who (?:always |just |really |still |actually |genuinely )?(?:"
    + normalise_regex(POSITIVE_ALWAYS)
    + r"|remembers?|checks? (?:on|in)|helps?|listens?|notices?|cares?|plans?|cooks?|surprises?|shows? up|looks? after|puts? (?:others|everyone|me|us|the kids|family) first|gives?|thinks? of (?:others|everyone|me|us)|forgives?|apologi[sz]es?|makes? time|makes? (?:everyone|everybody|people|others|us|me) feel)(?![\w'])"
)
# Conceding the point: "you have a point, I did forget to book it", "fair enough, that's true".
CONCEDING = _view_pattern(
    r"(?<![\w'])(?:you (?:have|have got|make|made) a (?:fair |good |valid )?point|(?:that is|it is) (?:fair|true)(?: enough)?|fair enough|you are (?:right|correct)|you were right|i was wrong|i did (?:forget|miss|leave|say|do) (?:it|that|to))(?![\w'])"
)
# The speaker's own pause with a way back: "I said I'd be back in ten minutes", "I just need ten minutes".
OWN_PAUSE = _view_pattern(
    r"(?<![\w'])(?:(?:i|we) (?:would|will) (?:be back|come back)|(?:i|we) (?:just |only )?need (?:\d+|a few|a couple of|five|ten|fifteen|twenty|thirty) (?:minutes|mins|min))(?![\w'])"
)
# "She never goes to sleep without saying goodnight": never ... without a good thing is always.
NEVER_WITHOUT = re.compile(
    r"(?<![\w'])never (?:[\w']+ ){1,5}without (?!(?:a |any |one )?(?:word|fight|argument|row|reason|explanation|criticis|complain|moan|sulk|nag|shout|yell|pick|snap|sigh|roll|rolling|making a|getting a dig|a dig|sarcas|a comment|comment))"
)
_MESSAGE_APPRECIATION = (APPRECIATION_FRAME, APPRECIATION_AFTER, PRAISE)
_MESSAGE_OWNING = (OWNING, APOLOGY_AFTER)
# label -> readings of the whole message that rule it out (on the words view)
MESSAGE_HEALTHY_READINGS: Dict[str, Tuple[Pattern[str], ...]] = {
    CRITICISM: _MESSAGE_APPRECIATION + (NEGATED_VERDICT, NEVER_WITHOUT, TYPE_WHO_GOOD),
    CONTEMPT: _MESSAGE_APPRECIATION + (PLAYFUL, SELF_DIRECTED),
    DEFENSIVENESS: _MESSAGE_OWNING + (REASSURANCE, CONCEDING, OWN_PAUSE),
    STONEWALLING: (ANTIDOTE, TALKED_TOGETHER, OWN_PAUSE, NEVER_WITHOUT) + _MESSAGE_OWNING,
}
