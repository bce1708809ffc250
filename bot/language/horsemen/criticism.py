"""Criticism: a global attack on the partner's character or a "you always / never" charge, as
opposed to a complaint about one thing ("you forgot the bins tonight").

Spoken tables (role VOICE) belong to whoever says the words; the others (role ACTOR) describe
someone doing it ("she called me lazy") and belong to its subject. A table is negatable when a
negator just before the phrase cancels it ("you're not lazy").
"""

from __future__ import annotations

from typing import Tuple

from bot.language.horsemen.lexicon import (
    ALWAYS_NEVER,
    CRIT_BAD_VERBS,
    FLAW_ADJ,
    FLAW_WORDS,
    FLAWS,
    INTENS,
    MIDDLE,
    PARTNER_SUBJ,
    POSITIVE_ALWAYS,
    QUOTE,
    REPORT_VERB,
    VIRTUE,
    YOU_ARE,
    YOU_HAVE_BEEN,
)
from bot.language.horsemen.rule import ACTOR, CRITICISM, Rule, build_rules

# The usual wording of a global charge: "you always / never ...", "you don't even care", "what's
# wrong with you", "typical you", "there you go again", "every time you forget ...", "why can't
# you ever ...", "how many times do I have to tell you", "I feel like you don't ...".
# "you always make me laugh" matches too and is set aside as appreciation (healthy.py).
CHARGE_PHRASES: Tuple[Rule, ...] = build_rules(
    CRITICISM,
    (
        # "you never help", "you always leave a mess" -- appreciation filtered in _appreciation
        rf"you (?:\w+ )?{MIDDLE}{ALWAYS_NEVER} {MIDDLE}(?:\w+)(?: \w+){{0,3}}",
        r"you (?:do not|did not|does not|never|can not|will not|could not|would not|don't|won't|can't) (?:even |ever |really |actually |once |just )*(?:care|give a (?:damn|shit|crap|toss|fuck)|"
        r"think about (?:anyone|anybody|me|us|others|other people|what i)|listen|respect|appreciate|love me|"
        r"notice|try|help|pull your weight|lift a finger|do anything|do a thing|do your share|"
        r"take (?:anything|me|this|my feelings) seriously|consider (?:me|my)|value|ask|apologi[sz]e|"
        r"understand|get it|show up|make (?:any )?(?:time|an effort|the effort)|put in|follow through|"
        r"keep (?:your|a) (?:word|promise|promises)|want to (?:spend time|be with|help|listen)|see me|hear me|"
        r"bother|remember anything|finish anything|think|say sorry|know how to \w+)",
        rf"{YOU_ARE} {MIDDLE}(?:always|never|constantly|forever) (?!(?:so |such |there |{POSITIVE_ALWAYS}))(?:\w+)(?: \w+){{0,3}}",
        r"what(?: is|'s| the hell is| the fuck is| on earth is| is it)? wrong with you",
        r"what(?: is|'s) (?:your|his|her|the matter with you|the matter with him|the matter with her) ?(?:problem|deal|damage)?(?= ?[?!]|$)",
        r"what(?: is|'s| the hell is) your (?:problem|deal|damage)",
        r"you only (?:ever )?(?:think|care) about (?:yourself|you|your \w+)",
        r"(?:you are|you re|you) (?:the )?(?:kind|type|sort) of (?:person|man|woman|guy|girl|partner) (?:who|that)",
        r"typical (?:you|of you|man|woman|men|women)",
        r"there you go again",
        r"you care more about (?:\w+ ){1,3}than (?:you do )?(?:about )?(?:me|us|your (?:family|kids|wife|husband))",
        r"(?:you are|you re) (?:just |really |simply |honestly )?not (?:a |an )?(?:very )?(?:thoughtful|caring|considerate|nice|good|kind|reliable|romantic|supportive|responsible|mature|loving) (?:person|man|woman|partner|husband|wife|boyfriend|girlfriend|father|mother|dad|mum|mom)",
        r"(?:you are|you re) (?:way |far |much |always |so |just )*too (?:sensitive|needy|clingy|emotional|controlling|selfish|lazy|negative|critical|uptight|jealous|touchy)",
        rf"{YOU_ARE} just like your (?:mother|father|dad|mum|mom|ex|brother|sister)",
        # "every time you forget / ignore me / do this" -- not "every time you hug me"
        r"every (?:single )?time (?:i ask you (?:to )?\w+|you (?:\w+ )?(?:forget|forgot|ignore|ignored|interrupt\w*|criticis\w*|criticiz\w*|complain|nag|moan|whine|yell|shout|snap|lie|lied|exaggerate|"
        r"overreact|mess|ruin|spoil|let me down|embarrass|humiliate|belittle|dismiss|twist|pick|blame|undermine|get (?:drunk|angry|mad|wasted|defensive)|drink|storm|walk (?:out|off|away)|"
        r"leave (?:me|your|the|dishes|clothes|stuff)|disappear|stay out|show up late|turn up late|run late|are late|were late|do (?:this|that|it)|did (?:this|that|it)|say (?:that|this)|"
        r"promise|break|go out|choose|pick|put (?:your|work|the|him|her|them)|make (?:me|it|a|everything)|bail|cancel|flake))",
        r"you (?:ruin|ruined|ruins|wreck|wrecked|spoil|spoiled|spoilt) everything",
        r"you make everything about (?:you|yourself)|(?:it is|it's|its) always about you|"
        r"nothing (?:is|i do is) ever (?:good )?enough for you",
        r"why (?:do|would|must|are|is it) (?:you|that you) (?:always|never|so|constantly|have to)(?! (?:upset|angry|mad|worked up|bothered|stressed|touchy|annoyed|cross|wound up)\b)",
        r"why can not you (?:ever|just|once|even)",
        r"(?:how many times|how often) (?:do|have) i (?:have to|got to|gotta|need to) (?:tell|ask|remind) you",
        r"you (?:can not|could not) (?:even|ever) (?:do|get|manage|remember|handle|be trusted|be bothered)",
        r"you (?:have|'ve|ve) never (?:once |even |ever )?(?:done|helped|cared|listened|asked|supported|thanked|bothered|tried|lifted|been)",
        r"(?:you are|are you) (?:\w+ly |just |really )?incapable of",
        r"why do i (?:always |constantly |forever )?have to (?:do|be|remember|ask|clean|sort|organise|organize|pay|plan|cook|tidy|pick up) (?:everything|all|it all|every single|the (?:\w+ )?(?:thinking|planning|work|cleaning|cooking))",
        r"why are you (?:so|such|always|being so|this|that) (?!(?:upset|angry|mad|worked up|bothered|stressed|sensitive|touchy|annoyed|cross|wound up)\b)(?:\w+)",
        r"you put (?:yourself|your \w+|everyone else|everyone|work|your job|your friends|your phone|your family) (?:first|before me|before us|ahead of|above)",
        r"(?:the problem is|the problem with you is|your problem is|the problem here is) (?:you|that you)|you are the problem",
        r"(?:as usual|yet again|once again|typical)(?: ,)? you|you (?:\w+ ){1,3}(?:again|as usual),? (?:as usual|again|typical)|you (?:did|forgot|left|missed|lost|broke|ruined|messed) (?:\w+ ){0,3}(?:again|as usual)",
        r"how hard is it to|is it (?:really )?(?:that|so) hard to|(?:it is|it's) not (?:that|so) hard to|can you not (?:just )?(?:once|ever)",
        r"(?:everything|it) (?:is|has to be) (?:always )?(?:about you|your way)|(?:always|has to be) your way|you (?:would|'d) forget your (?:head|own)",
        r"you (?:can not|can never|never) (?:do|get) (?:anything|a single thing|one thing) right",
        r"you (?:have|'ve) no (?:respect|consideration|idea how|empathy|sense of|manners|clue|regard)",
        r"(?:i feel|i felt|i think|i just feel|it feels|it seems) (?:like|that|as if|as though) you (?:don't|do not|did not|never|always|only|can not|will not|just)(?= )",
    ),
    negatable=False,
)

# A character verdict: "you're so lazy", "your such a slob"; "you're not lazy" is negated.
FLAW_VERDICTS: Tuple[Rule, ...] = build_rules(
    CRITICISM,
    (
        rf"{YOU_ARE} (?:{INTENS} ){{0,3}}{FLAWS}",
    ),
)

# A character verdict with any intensifier or swear word between ("you are so damn
# inconsiderate", "you have always been hopeless"), and acting like a child ("you act like a
# child", "you treat me like I am your maid"). A skill is not a verdict ("you're terrible at chess").
CHARACTER_VERDICTS: Tuple[Rule, ...] = build_rules(
    CRITICISM,
    (
        # "you're such a slob", "you are so damn inconsiderate", "you have always been hopeless"
        rf"{YOU_ARE} (?:(?:\w+ly|so|such|just|always|really|too|a|an|the|the most|such an?|being|being so|so damn|so fucking|fucking|freaking|fricking|friggin|frigging|flipping|effing|bloody|damn|goddamn|sodding|so freaking|so bloody|so flipping|totally|utterly|basically|literally|such a complete|a complete|a total|an absolute|a bit|kind of|sort of|quite|very|becoming|acting|getting|been|been so) ){{0,3}}{FLAW_WORDS}(?! (?:at (?:cooking|maths|math|football|games|golf|chess|singing|dancing|drawing)|about (?:your|the) (?:weight|hair)))",
        r"you (?:(?:\w+ly|just|really|always|never|constantly|continually|seriously) )?(?:act|behave|sound|come across|treat me|talk to me) (?:like|as if|as though) (?:a |an )?(?:child|kid|teenager|toddler|baby|spoilt|spoiled|selfish|bachelor|single|i am (?:your|a|the) (?:maid|servant|mother|mum|mom|cleaner|slave))",
    ),
)

# A habit made a rule by a frequency word: "you keep forgetting", "you constantly interrupt", "you
# always have to win", "you never listen", "every time I ask, you find an excuse".
FREQUENCY_CHARGES: Tuple[Rule, ...] = build_rules(
    CRITICISM,
    (
        # "you keep forgetting", "you constantly interrupt", "you always have to win"
        rf"you (?:\w+ )?(?:(?:just|literally|really|basically|still|also|honestly|seriously) )?(?:always|never|constantly|continually|forever|keep|consistently|repeatedly|invariably|ever) (?:(?:just|even|once|actually|really|bother to|bother|manage to|seem to|try to|want to) )*(?:{CRIT_BAD_VERBS})(?:s|es|ed|d|ing|ting|ning|ping|ging|ling)?",
        rf"every (?:single )?time (?:i|we) (?:\w+ ){{1,5}}you (?:\w+ )?(?:{CRIT_BAD_VERBS})|you (?:\w+ ){{1,4}}every (?:single )?time(?= *[.!,]|$| i | we )",
    ),
)

# Sweeping charges and rhetorical questions: "what is wrong with you", "what kind of husband
# forgets", "why can't you ever just ...", "would it kill you to", "I feel like you never ...", "you
# only think about yourself", "you never do anything right", "you're the worst", "you have never
# once helped".
SWEEPING_CHARGES: Tuple[Rule, ...] = build_rules(
    CRITICISM,
    (
        r"(?:what|wtf|wat|wot) (?:is|'s|the hell is|the fuck is|on earth is|exactly is) (?:wrong|the matter) (?:with|wit|w) you|(?:ask|asks|asked|asking|yell|yells|yelled|scream|screamed|demand|demanded) (?:me )?what(?: is|'s) wrong with me|what kind of (?:a )?(?:person|partner|husband|wife|man|woman|mother|father|parent|adult|grown man|grown woman) (?!(?:are you|does that|would|is that|do you)\b)\w+s\b|what is your problem|(?:do|does) you (?:even|ever) (?:care|listen|think|notice|try|help)",
        r"why (?:can not|can't|cant|won't|will not|do not|don't|dont|is it so hard for|is it impossible for|do i have to|must) (?:you|u|i always have to) (?:ever |just |once |even |for once |simply |actually )?(?:\w+)",
        r"(?:would it kill you to|is it (?:too much|so much|really too much) to ask|how (?:hard|difficult) (?:is it|can it be) (?:for you )?to|(?:just )?for once in your life|it would be nice if you (?:ever|once|for once|actually))",
        r"(?:i feel|i felt|i just feel|i honestly feel|i sometimes feel|it feels|it felt|it seems|it is like|it 's like|i get the feeling|i think|i guess) (?:like |that |as if |as though )?you (?:\w+ )?(?:never|always|constantly|only|just|do not|don't|dont|did not|can not|will not|would not|have never|are (?:never|always|so|too|just|not|incapable)|could not|couldn't)(?= )",
        r"you (?:only|just) (?:ever )?(?:think|care|worry|talk) about (?:yourself|you|your (?:\w+))|you (?:think|act like|behave like) (?:the world|everything|life) (?:revolves|is all) (?:around|about) you|(?:everything|it) (?:is|has to be|always has to be) (?:always )?about you",
        r"you (?:never|do not|don't|dont|can not|can't|cant) (?:ever )?(?:do|get|say|finish|remember) (?:anything|a (?:single )?thing|one thing) (?:right|properly|i ask|without|on time)",
        r"you (?:are|'re|re) (?:the (?:worst|laziest)|(?:always|forever) the (?:one|last|first) (?:who|to))|you are (?:never|always) (?:there|around|on time|home|available|ready|listening|helping|on my side)|you are the (?:reason|cause) (?!(?:i|he|she) (?:\w+ )?(?:get|gets|got|am|was|drink|drinks|shout|shouts|yell|yells|snap|snaps|lose|loses|lost|cheat|cheated|act|acts|did|do|does|react|reacts|said|say|is|are|be)\b)(?:nothing|everything|we|this|our|i|things)",
        r"you have (?:never|not once|never once) (?:\w+ ){0,1}(?:done|helped|cared|listened|asked|supported|thanked|tried|bothered|offered|planned|apologi[sz]ed|noticed|cooked|cleaned|considered|appreciated)",
    ),
)

# A character verdict in reported words: "my other half said I'm thoughtless", "I've told him he's
# careless". Read as described acts (the one who says it shows the criticism).
REPORTED_VERDICTS: Tuple[Rule, ...] = build_rules(
    CRITICISM,
    (
        rf"(?:say|said|says|tell|told|tells|reckon|reckons|think|thinks|thought|claim|claims|claimed|call|calls|called|insist|insists|"
        rf"moan|moans|complain|complains|scream|screamed|yell|yelled|shout|shouted)(?: (?:me|him|her|them|everyone|people|our friends|my \w+|her \w+|his \w+))?"
        rf"(?: (?:that|again|once|to my face|to his face|to her face|in front of \w+|a (?:hundred|million|thousand) times|all the time|constantly))*"
        rf" (?:i am|i 'm|i be|i was|he is|he 's|he be|he was|she is|she 's|she be|she was|they are|they be) "
        rf"(?:(?:\w+ly|so|such|just|always|really|too|a|an|the|the most|such an?|being|so damn|totally|utterly|basically|literally|a complete|a total|an absolute|a bit|kind of|sort of|quite|very) ){{0,3}}"
        rf"{FLAW_WORDS}(?! (?:at (?:cooking|maths|math|football|games|golf|chess|singing|dancing|drawing)))",
    ),
    role=ACTOR,
)

# Lacking a basic quality: "he has no backbone", "you've got absolutely no manners"; not "I have
# no patience for the traffic".
MISSING_QUALITIES: Tuple[Rule, ...] = build_rules(
    CRITICISM,
    (
        r"(?:i|he|she|you) (?:have|has|'ve|'s|ve|be|got|have got|has got) (?:got )?(?:absolutely )?no (?:backbone|spine|manners|respect|ambition|common sense|sense|clue|empathy|patience|drive|consideration|self[- ]control|idea how to)(?! (?:for|of) (?:the|this|that) (?:weather|traffic))",
    ),
    role=ACTOR,
)

# Not caring, with an adverb before the negation: "you just don't care", "u really never help",
# "you couldn't care less", "all you ever do is ...", "he cares about no one but himself".
NEGLECT_CHARGES: Tuple[Rule, ...] = build_rules(
    CRITICISM,
    (
        # "you just don't care", "you clearly don't listen", "u really never help"
        r"you (?:\w+ly|just|really|simply|still|even|honestly|seriously|literally) (?:do not|did not|does not|never|can not|will not|could not|would not) "
        r"(?:even |ever |really |actually |once |just )*(?:care|give a (?:damn|shit|crap|toss|fuck)|listen|respect|appreciate|try|help|think|understand|bother|consider|value|apologi[sz]e|"
        r"pull your weight|lift a finger|take (?:anything|me|this) seriously|make (?:an|the|any) effort|follow through|keep your (?:word|promises?)|get it)",
        r"(?:care|cares|think|thinks|worry|worries) (?:about|of) (?:no one|nobody|noone|anyone|anybody) (?:but|except|other than|apart from) (?:yourself|you|himself|herself)|"
        r"all you (?:ever )?(?:do|care about|think about|talk about|want) is|you could not care less|you (?:do not|don't) give a (?:damn|shit|crap|toss|fuck) about (?:anyone|anybody|me|us|this)",
    ),
)

# A verdict in a relative clause: "you're a husband who never helps", "coming from someone who
# never lifts a finger". The `act` group ("who never helps") is the span found.
RELATIVE_CLAUSE_VERDICTS: Tuple[Rule, ...] = build_rules(
    CRITICISM,
    (
        # relative-clause verdicts: "you're a husband who never...", "coming from someone who never lifts a finger"
        rf"(?:you (?:are|were|re)|you re|youre|{YOU_HAVE_BEEN}) (?:(?!and |but |because |so |when |if )\w+ ){{1,6}}(?P<act>(?:who|that) (?:\w+ )?(?:never|always|constantly|does not|do not|will not|won't|only (?:thinks?|cares?|ever)) \w+)",
        r"(?:from|like|to) (?:someone|somebody|a (?:man|woman|guy|person|girl|bloke|husband|wife|partner|grown (?:man|woman|adult))|the (?:man|woman|guy|person)) (?P<act>(?:who|that) (?:\w+ )?(?:never|always|constantly|does not|only) \w+)",
    ),
)

# Exasperated verdicts: "how can one person be so messy", "what a selfish person you are", "why are
# you like this", "you have no respect", "you never do what you say", "you've always been lazy".
EXASPERATED_VERDICTS: Tuple[Rule, ...] = build_rules(
    CRITICISM,
    (
        # "how can one person be so messy", "how can you be so selfish"
        rf"how (?:can|could|do|does) (?:you|anyone|one person|a (?:grown )?(?:man|woman|person|adult)) (?:\w+ )?(?:be|get|act) (?:so|this|that) {FLAW_ADJ}",
        rf"(?:how|what an?) (?:(?:so|really|bloody|fucking|truly) )?(?:{FLAW_ADJ}|useless|hopeless|pathetic) (?:\w+ )?you (?:are|were|have been)",
        r"why (?:are|r) (?:you|u) (?:\w+ )?like this(?= *[?!.,]|$)|what is (?:it )?with you(?= *[?!.,]|$| and )",
        r"you (?:have|'ve|got|have got) (?:absolutely )?(?:no|zero|not an ounce of|not one ounce of|not a shred of|not a single) (?:respect|consideration|empathy|manners|patience|backbone|spine|self(?: - | |-)?control|common sense|decency|compassion|ambition|motivation|integrity|shame|clue|idea how to|sense of responsibility)",
        r"you (?:can not|never|do not|don't|can't|cant) (?:ever |even |just )*(?:do|follow through on|stick to|keep to|mean) what you (?:say|said|promise|promised)",
        rf"{YOU_HAVE_BEEN} (?:(?:so|such|really|totally|a|an|always) ){{0,2}}{FLAW_ADJ}(?= *[.!,]|$| and| since| ever| with| to me| about)",
    ),
)

# Charging someone with a flaw, described: "she called me lazy", "he had a go at me for being
# selfish", "I called him out for being self-centred".
FLAW_ACCUSATIONS: Tuple[Rule, ...] = build_rules(
    CRITICISM,
    (
        rf"(?:call|name|label|brand) (?:me|him|her|them) (?:out )?(?:(?:so|really|totally) )?{FLAW_ADJ}(?! (?:and i|but i))",
        rf"(?:call|calls|called|calling|ha(?:ve|s|d|ving) a (?:go|dig) at|tell|tells|told|yell(?:s|ed)? at|shout(?:s|ed)? at|scream(?:s|ed)? at|go(?:es)? off at|went off at|"
        rf"lay into|lays into|laid into|rip(?:s|ped)? into|slag(?:s|ged)?|slate(?:s|d)?|berate(?:s|d)?|attack(?:s|ed)?|criticis(?:e|es|ed)|criticiz(?:e|es|ed)|accuse(?:s|d)?) "
        rf"(?:me|him|her|them|you) (?:out |off |up )?(?:for|of) (?:being|be|acting|act|behaving|behave) (?:(?:so|such|really|totally|a|an|like a|like an) ){{0,2}}{FLAW_ADJ}",
    ),
    role=ACTOR,
)

# Totalising charges: incompetence ("you can't even load a dishwasher properly", "this man cannot
# do anything without me reminding him"), "you only care about looking good", "the trouble with
# you is you never ...", "every time we make plans you are the one who cancels", "why are you
# being this lazy".
TOTALISING_CHARGES: Tuple[Rule, ...] = build_rules(
    CRITICISM,
    (
        # totalising incompetence: "you can't even load a dishwasher properly", "this man cannot do anything without me reminding him"
        rf"{PARTNER_SUBJ} (?:can not|could not|can never|is not able to|are not able to) (?:even |ever |just |once )*(?:do|get through|go|get|manage|make|cook|finish|remember|organi[sz]e|load|boil|fix|plan|handle|pay|clean|tidy|wash|look after|sit through|keep) "
        r"(?:[\w']+ ){0,5}?(?:without (?:me|my|someone|somebody|being|checking|looking|moaning|complaining|a reminder|reminding|\w+ing)|properly|right|correctly|on (?:his|her|your) own|by (?:himself|herself|yourself))(?![\w'])|"
        rf"{PARTNER_SUBJ} (?:can not|could not) even [\w']+ (?:[\w']+ ){{0,5}}?(?:properly|right|correctly|without \w+ing|on (?:his|her|your) own)(?![\w'])",
        # "you only care about looking good", not "you only care about me"
        r"(?:you|u) (?:only|just) (?:ever |really )?(?:care|think|worry) about (?!(?:me|us|our|the kids|the children|your (?:family|kids|children))\b)[\w']+",
        # "the thing about you is you only...", "the trouble with you is you never..."
        r"the (?:thing|trouble|problem|issue) (?:about|with) you is(?: that)? you (?:only|never|always|just|can not|do not|will not|are (?:so|too|always|never))",
        # "every single time we make plans you are the one who cancels"
        r"every (?:single )?time (?:[\w']+ ){1,6}you are (?:always )?the one (?:who|that) [\w']+",
        # "is it by force to be this careless", "why are you being this lazy"
        rf"(?:you|he|she|to) (?:\w+ )?(?:be|being|get|act|acting) (?:this|that) {FLAW_ADJ}(?= *[?!.,]|$| all| every| about| with)",
    ),
    negatable=False,
)

# A character charge in someone's reported words, often quoted: "she reckons i 'never pull my
# weight'", "saying i never think of anyone but myself", "told his brother i'm 'hopeless with
# money'". Read as described acts, so a sister or a mate who says it is outside the couple; "I
# don't think he's lazy" is negated. "he says i never told him" is an excuse, not a verdict.
REPORTED_CHARGES: Tuple[Rule, ...] = build_rules(
    CRITICISM,
    (
        rf"{REPORT_VERB} (?:that )?i (?:am |be |was |have |has )?{QUOTE}(?:always|never|constantly|forever) {QUOTE}(?:once |even |ever |really )?(?!(?:been|be|was|were|told|tell|asked|ask|said|say|mentioned|mention|reminded|remind|knew|know|agreed|agree|promised|promise|saw|see|heard|hear|meant|mean|touched|touch)\b)[\w']+",
        rf"{REPORT_VERB} (?:(?:me|him|her|his \w+|her \w+|my \w+|everyone) )?(?:that )?(?:i am|i 'm|i be|he is|he be|she is|she be|i was|he was|she was) {QUOTE}(?:(?:so|such|really|totally|a|an|just|completely) ){{0,2}}"
        rf"(?:{FLAW_WORDS}|incapable of|hopeless (?:with|at)|useless (?:with|at)|turning into (?:my|his|her) (?:dad|mum|mom|father|mother))(?! (?:at (?:cooking|maths|math|football|games|golf|chess|singing|dancing|drawing)))",
    ),
    role=ACTOR,
)

# Verdicts said quietly: "you're simply not someone who follows through", "you are, and I say
# this gently, a deeply selfish person", "you never listen; that's just who you are", "after all
# these years you still don't know ...", "is it really that hard for you to", "you have a habit of
# interrupting" (not "a habit of surprising me").
UNDERSTATED_VERDICTS: Tuple[Rule, ...] = build_rules(
    CRITICISM,
    (
        rf"(?:you are|you 're|he is|he 's|she is|she 's|i am|i 'm) (?:\w+ly |just |simply |really |honestly |fundamentally |basically )*(?:not|never) (?:a |an )?(?:very |particularly |terribly )?{VIRTUE} (?:person|man|woman|partner|husband|wife|boyfriend|girlfriend|father|mother|human being)(?: and never (?:has|have) been)?|"
        rf"(?:you are|you 're|he is|he 's|she is|she 's) (?:\w+ly |just |simply |really |honestly |fundamentally )*not (?:someone|somebody|the (?:kind|type|sort) of (?:person|man|woman)) (?:who|that) (?:\w+ )?(?:follows? through|listens?|cares?|thinks? (?:of|about) (?:others|anyone|me)|keeps? (?:\w+ )?(?:word|promises?)|helps?|notices?|remembers?|plans?|apologi[sz]es?)",
        # a parenthesis between the verdict's halves: "you are, and I say this gently, a deeply selfish person"
        rf"you are ,(?: [\w']+){{1,10}} , (?:(?:a|an|so|such|\w+ly|just|simply|quite) ){{0,3}}{FLAW_WORDS}",
        r"you (?:\w+ )?(?:do not|don't|never|can not|will not|won't) (?:[\w']+ ){1,6}?[;,.]? (?:and )?(?:that is|that 's) (?:just |simply )?(?:who|what|how) you are",
        r"the (?:thing|trouble|problem|issue) (?:about|with) you(?: , \w+ ,)? is(?: that)? you",
        r"(?:after|in) (?:all )?(?:these|this|those|[\w-]+) (?:years|months|decades)(?: ,)? (?:you|he|she) (?:still )?(?:do not|don't|does not|doesn't|can not|can't|have not|haven't|has not|hasn't|never) (?:even )?(?:know|remember|understand|notice|listen|help|ask|get)",
        r"is it (?:really |honestly |actually )?(?:that|so|too) (?:hard|difficult|much) for you to",
        r"you (?:have|'ve|got) (?:a|this|such a) (?:\w+ )?(?:habit|tendency) of (?!(?:surprising|making me (?:laugh|smile)|bringing|knowing)\b)\w+ing",
        r"(?:he|she) (?:has|'s got|has got) (?:a|this|such a) (?:\w+ )?(?:habit|tendency) of (?!(?:surprising|making me (?:laugh|smile)|bringing|knowing)\b)\w+ing",
    ),
    negatable=False,
)

# A verdict attributed to someone: "according to my husband, I'm 'incapable of relaxing'", "my
# wife's view is that I never finish anything", "he tells me constantly that I'm selfish".
ATTRIBUTED_VERDICTS: Tuple[Rule, ...] = build_rules(
    CRITICISM,
    (
        rf"(?:according to (?:him|her|my \w+|his \w+|her \w+)|(?:view|opinion|verdict|complaint|theory|line|position|take)(?: [\w',]+){{0,6}} (?:is|was) that|(?:tell|tells|told|say|says|said) me (?:afterwards|later|again|often|constantly|repeatedly|every time) that)(?: ,)? "
        rf"i (?:am |'m |be )?{QUOTE}(?:(?:always|never|constantly|forever) (?:once |even |ever )?(?!(?:been|be|was|were|told|tell|asked|ask|said|say|mentioned|knew|know|agreed|promised|saw|heard|meant)\b)[\w']+|(?:so |such |really |just |completely )?(?:{FLAW_WORDS}|incapable of))",
    ),
    role=ACTOR,
)

# Criticism described in plain words by new writers: "she criticises me for everything", "picks
# apart everything about me", "lectures me about my flaws", "keeps a tally of my mistakes", "turns
# every small thing into a speech about my whole personality", "makes it about what kind of man I
# am", "brings up every mistake I've made", "proof that I'm careless as a person".
CHARACTER_ATTACKS_DESCRIBED: Tuple[Rule, ...] = build_rules(
    CRITICISM,
    (
        r"(?:criticis|criticiz)(?:e|es|ed|ing) (?:me|him|her) (?:for|about|over) (?:everything|every (?:little |single )?thing|all|anything|(?:the way|how) i)|"
        r"(?:pick|picks|picked|picking|tear|tears|tore|tearing) apart (?:everything|every \w+|all) (?:about me|i (?:do|say|did|said))|(?:find|finds|found|finding) fault (?:with|in) (?:everything|every \w+|all) (?:i|about me)",
        r"(?:lecture|lectures|lectured|lecturing|go|goes|went|going|rant|rants|ranted) (?:me )?(?:on )?(?:about|on|over) my (?:flaws|faults|failings|shortcomings|character|personality|whole personality|defects)|"
        r"(?:list|lists|listing|making the list|make the list|makes the list|making a list|makes a list|keep|keeps|kept|keeping) (?:a )?(?:running )?(?:list|tally|record|count|score) of (?:all )?my (?:faults|flaws|mistakes|failings|shortcomings|sins)|(?:the |a )?list of my (?:faults|flaws|failings|shortcomings)",
        r"(?:turn|turns|turned|turning|make|makes|made|making) (?:it|this|that|everything|every (?:\w+ ){0,2}\w+|any (?:\w+ ){0,2}\w+) (?:into |about )(?:a (?:\w+ )?(?:speech|lecture|review|verdict|judg\w+|discussion|rant|referendum|debate) (?:about|on|of) )?"
        r"(?:my (?:whole |entire )?(?:character|personality|worth)|(?:what|which) (?:kind|sort|type) of (?:man|woman|person|mother|father|wife|husband|partner|parent) i am|me being (?:a |an )?(?:bad|terrible|useless|lazy|selfish|awful|horrible|hopeless)\b)",
        r"(?:a|the) (?:\w+ )?(?:speech|lecture|review|rant) (?:about|on|of) my (?:whole |entire )?(?:character|personality|life choices)|"
        r"(?:blame|blames|blamed|blaming|attack|attacks|attacked|attacking) my (?:character|personality|whole personality|upbringing)",
        r"(?:bring|brings|brought|bringing|dredge|dredges|dredged|drag|drags|dragged) up (?:every|all) (?:single )?(?:the )?(?:mistakes?|thing i (?:have|'ve) ever|fault|failure)|"
        r"(?:proof|evidence|a sign) (?:that )?(?:i am|i 'm|he is|she is|you are) (?:a )?(?:careless|lazy|selfish|useless|hopeless|irresponsible|stupid|thoughtless|bad)(?: \w+)? as a (?:person|human|human being|man|woman)|(?:careless|lazy|selfish|useless|hopeless|irresponsible|thoughtless) as a person",
    ),
    role=ACTOR,
)

# A character verdict on the partner told in the third person, with an intensifier: "he's so
# irresponsible", "my partner is really thoughtless", "she's bone idle", "my husband is too stubborn".
# Read as a described action, so that a third party ("my boss, he's so controlling") drops out.
_THIRD_PERSON_FLAWS = (
    r"(?:lazy|idle|selfish|inconsiderate|thoughtless|careless|irresponsible|reckless|unreliable|stubborn|controlling|"
    r"useless|hopeless|immature|childish|self[- ]?(?:centred|centered|absorbed|obsessed)|ungrateful|arrogant|"
    r"disorganised|disorganized|stingy|tight[- ]fisted|messy|untidy|bossy|negative|clingy|needy|rude|moody|grumpy|"
    r"impatient|possessive|manipulative|judgmental|judgemental|insensitive|uncaring|heartless|dishonest|flaky|entitled)"
)
THIRD_PERSON_CHARACTER_VERDICTS: Tuple[Rule, ...] = build_rules(
    CRITICISM,
    (
        rf"(?:he|she|(?:my |our )?(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|fianc[eé]e?|spouse|hubby|other half|missus|fella)) "
        rf"(?:is|be|has always been|has been|can be) (?:always |just |honestly )?(?:so|really|just|too|completely|totally|utterly|incredibly|"
        rf"unbelievably|fundamentally|genuinely|bone|such an?|so so) {_THIRD_PERSON_FLAWS}(?![\w'-])",
    ),
    role=ACTOR,
)

# The partner as the worst of all people: "the most selfish person I've ever met", "the laziest
# man alive", "the least romantic husband in the world".
SUPERLATIVE_VERDICTS: Tuple[Rule, ...] = build_rules(
    CRITICISM,
    (
        r"the (?:most (?:selfish|inconsiderate|thoughtless|careless|irresponsible|stubborn|self[- ]?(?:centred|centered|absorbed)|useless|"
        r"ungrateful|arrogant|immature|lazy|unreliable|controlling)|least (?:romantic|thoughtful|considerate|caring|supportive|helpful|"
        r"reliable|patient|generous|affectionate)|laziest|meanest|rudest|stingiest) (?:\w+ )?(?:person|man|woman|husband|wife|partner|"
        r"boyfriend|girlfriend|human(?: being)?|listener)(?![\w'])",
    ),
    role=ACTOR,
)

# A habit made a rule, told about the partner in the third person: "he never listens", "she never
# once says thank you", "my wife always has to be right", "she interrupts me constantly". Read as
# described acts, so that someone outside the couple ("my boss never listens") drops out. The verb
# classes are narrower than CRIT_BAD_VERBS, since a habit told about someone is often neutral ("she
# always calls her mum on Sundays", "he never drinks coffee"): after "always" only bad habits, after
# "never" only what a partner owes. "he never complains" is praise (healthy._appreciation), and so is
# "he never leaves the house without kissing the kids".
_THIRD_PERSON_SUBJECT = (
    r"(?:he|she|(?:my |our )?(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|fianc[eé]e?|spouse|hubby|other half|missus|fella))"
)
_BAD_HABITS = (
    r"(?:forget|ignore|interrupt|criticise|criticize|complain|nag|moan|whine|yell|shout|snap|lie|exaggerate|overreact|ruin|spoil|"
    r"blame|undermine|embarrass|humiliate|belittle|dismiss|twist|cancel|bail|flake|let (?:me|us) down|take (?:me|us) for granted|"
    r"has to (?:be right|win|have the last word|be in control|have (?:his|her) way)|have to (?:be right|win|have the last word|be in control|have (?:his|her) way)|"
    r"make (?:it|everything|every \w+) about (?:him|her|himself|herself)|put (?:\w+ ){1,3}(?:first|before me|before us)|"
    r"pick (?:a fight|fights|on me)|leave (?:his|her) (?:stuff|things|clothes|dishes|mess|shoes|towels|socks|rubbish)|show up late|turn up late|run late)"
)
_OWED_ACTS = (
    r"(?:listen|help|apologi[sz]e|say (?:sorry|thank you|thanks|please)|says (?:sorry|thank you|thanks|please)|think (?:before|about (?:me|anyone|anybody|us|others))|"
    r"take (?:responsibility|my side|me seriously|anything seriously)|lift a finger|pull (?:his|her) weight|follow through|keep (?:his|her) (?:word|promises?)|"
    r"make (?:time|an effort|the effort|any effort)|show (?:any )?(?:interest|affection)|back me up|admit (?:it|anything|(?:he|she) (?:is|was) wrong)|"
    r"let (?:anything|it|things) go|let me finish|compromise|notice|appreciate|care|bother|initiate|plan (?:anything|a thing)|ask (?:about|how) (?:me|my))"
)
THIRD_PERSON_FREQUENCY_CHARGES: Tuple[Rule, ...] = build_rules(
    CRITICISM,
    (
        rf"{_THIRD_PERSON_SUBJECT} (?:(?:just|literally|really|honestly|seriously|still) )?(?:always|constantly|continually|forever) "
        rf"(?:(?:just|really) )?{_BAD_HABITS}(?:s|es)?(?![\w'])",
        rf"{_THIRD_PERSON_SUBJECT} (?:(?:just|literally|really|honestly|seriously) )?never (?:(?:once|even|ever|actually|really|bothers to) )*"
        rf"{_OWED_ACTS}(?:s|es)?(?![\w'])(?!(?: [\w']+){{0,4}} without )",
        rf"{_THIRD_PERSON_SUBJECT} (?:interrupt|nag|criticise|criticize|complain|moan|whine|exaggerate|overreact|belittle|undermine)(?:s|es)? "
        rf"(?:me |about (?:me|everything) )?(?:constantly|all the time|non ?stop|every (?:single )?time|about everything)(?![\w'])",
    ),
    role=ACTOR,
)

# A character verdict made lasting, told in the third person: "she's just a selfish person", "he's
# irresponsible and he always has been", "she's always been selfish with money", "a terrible listener
# and always has been". Read as a described action, so that a third party drops out.
_LASTING_FLAWS = _THIRD_PERSON_FLAWS[:-1] + r"|mean|cold|nasty|unkind|cruel|unfeeling|toxic|horrible|awful|terrible|difficult|thoughtless|careless|bossy)"
LASTING_CHARACTER_VERDICTS: Tuple[Rule, ...] = build_rules(
    CRITICISM,
    (
        rf"{_THIRD_PERSON_SUBJECT} (?:is|be) (?:just |honestly |basically |fundamentally |simply )?(?:a|an) (?:{_LASTING_FLAWS} ,? )?{_LASTING_FLAWS} (?:person|man|woman|human|human being|individual|people)(?![\w'])",
        rf"{_THIRD_PERSON_SUBJECT} (?:has always been|has always be|is always been|is always be|always has been|always was|was always) (?:so |really |just )?{_LASTING_FLAWS}(?![\w'-])",
        rf"{_THIRD_PERSON_SUBJECT} (?:is|be) (?:just |honestly |so |really )?(?:{_LASTING_FLAWS}|a (?:terrible|bad|awful|lousy|selfish) \w+)(?: [\w']+){{0,4}}(?: ,| \.| and) (?:he |she )?(?:always has been|always have been|always will be|always has|has always been|always was)(?= *[.!,]|$)",
    ),
    role=ACTOR,
)

# The partner as someone who thinks only of themselves: "she only ever thinks about herself", "he
# doesn't think about anyone but himself", "thinks the world owes him", "u only call when u need
# something".
SELF_CENTRED_CHARGES: Tuple[Rule, ...] = build_rules(
    CRITICISM,
    (
        rf"(?:{_THIRD_PERSON_SUBJECT}|you|u) (?:(?:just|really|honestly|literally|basically) )?(?:only|just) (?:ever |really )?(?:thinks?|think|cares?|care|worries|worry) about (?:himself|herself|yourself|urself|themselves|what suits (?:him|her|you)|number one)(?![\w'])",
        rf"(?:{_THIRD_PERSON_SUBJECT}|you|u) (?:(?:just|really|honestly) )?(?:does not|do not|never) (?:think|care) about (?:anyone|anybody|anything) (?:but|except|other than) (?:himself|herself|yourself|urself)(?![\w'])",
        rf"(?:{_THIRD_PERSON_SUBJECT}|you|u) (?:(?:just|really|honestly) )?(?:thinks?|think) the world owes (?:him|her|you|u)(?![\w'])",
        rf"(?:{_THIRD_PERSON_SUBJECT}|you|u) (?:(?:just|really|honestly) )?(?:does not|do not|never) notice anything unless it (?:is|be) about (?:him|her|you|u)(?![\w'])",
        r"(?:you|u|he|she) only (?:call|text|ring|talk to me|message me|come home|want me|are nice|is nice|be nice) (?:\w+ )?when (?:you|u|he|she) (?:need|needs|want|wants) (?:something|sex|money|a favour|a lift)",
    ),
    role=ACTOR,
)

# A verdict on the whole person in a frame of its own: "ur the type who keeps score", "one of those
# people who has to be right", "there's something wrong with you", "always the victim with you", "do
# you ever stop complaining?", "can't you ever just be happy for me", "you can't be trusted with
# anything", "the problem is she's a control freak", "what sort of mother forgets...".
_BAD_TYPE = (
    r"(?:(?:just|really|always|never|still) )?(?:can not|can't|cant|never|has to|have to|keeps?|needs? to|thinks? (?:he|she|they|you) (?:is|are|knows?)|blames?|"
    r"forgets?|complains?|moans?|lies?|cheats?|will not|won't|does not|doesn't|do not|don't|must|always (?:has|have|needs?|thinks?|blames?|complains?|forgets?|makes?))(?![\w'])"
)
WHOLE_PERSON_FRAMES: Tuple[Rule, ...] = build_rules(
    CRITICISM,
    (
        rf"(?:you are|ur|you|he is|she is|is) (?:just )?(?:the|one of those|that) (?:type|kind|sort)(?: of (?:person|man|woman|guy|girl|people|wife|husband|partner))? (?:who|that) {_BAD_TYPE}|one of those (?:people|men|women|guys|girls|partners) (?:who|that) {_BAD_TYPE}",
        r"(?:there is|there 's|theres) (?:just |seriously |really |clearly |obviously )?something (?:seriously |really )?(?:wrong|off|not right) (?:with|about) (?:you|u)(?![\w'])",
        r"(?:always|forever) (?:the|some|a) (?:victim|drama|excuse|problem|crisis|issue) with (?:you|u)(?![\w'])|why does everything (?:have to be|turn into) (?:a|an) \w+ with (?:you|u)(?![\w'])",
        r"do (?:you|u) ever (?:stop|shut up|listen|think about anyone|finish|help|do anything)(?![\w'])|(?:can not|cannot|cant|can't) (?:you|u) (?:ever|just once|for once) (?:just )?(?:be|let|say|do|listen|think)(?![\w'])",
        r"(?:you|u|he|she) (?:can not|cannot|cant|can't) be trusted (?:with|to)(?![\w'])|do (?:you|u) even know how to be (?:\w+ )?(?:considerate|kind|nice|an adult|a grown ?up|a partner|a husband|a wife|a father|a mother|on time)(?![\w'])",
        rf"(?:problem|trouble|issue) (?:is|be|with (?:him|her|you) is) (?:that )?(?:he|she|you) (?:is|are|be) (?:just |fundamentally |basically |simply |such )?(?:a child|a baby|a kid|a teenager|{FLAW_WORDS})(?![\w'])",
        r"what (?:sort|kind) of (?:a )?(?:mother|father|mum|mom|dad|husband|wife|man|woman|person|partner|parent) (?:forgets|does|leaves|lets|says|treats|ignores|misses)(?![\w'])",
    ),
)

# Lasting verdicts on the partner with no intensifier but a sweep: "he's careless with everything",
# "he's thoughtless full stop", "she's always late", "he just doesn't care about the house. never has".
SWEEPING_THIRD_PERSON_VERDICTS: Tuple[Rule, ...] = build_rules(
    CRITICISM,
    (
        rf"{_THIRD_PERSON_SUBJECT} (?:is|be) (?:just )?{_LASTING_FLAWS} (?:with everything|with everyone|about everything|full stop|period|through and through|to the core|in every way)(?![\w'])",
        rf"{_THIRD_PERSON_SUBJECT} (?:is|be) (?:just )?(?:always|constantly|forever) (?:late|moaning|complaining|nagging|criticising|criticizing|on (?:his|her) phone|on at me|in a mood|in a bad mood|the victim)(?![\w'])",
        rf"(?:{_THIRD_PERSON_SUBJECT}|you) (?:just )?(?:does not|do not) care about (?:\w+ ){{0,3}}\w+ \. (?:never has|never did|never will)(?![\w'])",
    ),
    role=ACTOR,
)
