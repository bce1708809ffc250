"""Stonewalling: withdrawing from the conversation, by shutting it down in words ("whatever",
"I'm done talking") or in deed (going silent, walking out, turning to a screen).

Spoken tables (role VOICE) belong to whoever says the words; the `*_DESCRIBED` tables and
WITHDRAWAL_AFTER_SUBJECT (role ACTOR) describe someone doing it and belong to its subject. A
break with a promise to come back is the antidote, not stonewalling (healthy.ANTIDOTE).
"""

from __future__ import annotations

from typing import List, Tuple

from bot.language.horsemen.lexicon import ADV, SUBJ, WITHDRAW
from bot.language.horsemen.rule import ACTOR, STONEWALLING, Rule, build_rules

# Shutting the talk down: a bare "whatever" (not "whatever you prefer", which accommodates), "I'm
# done talking", "this conversation is over", "I'm not discussing this", "I don't want to talk
# about it", "leave me alone", "forget it.", "fine. whatever", "I'm out of here", "no comment", "it
# doesn't matter", and cutting off contact ("stopped answering my calls", "left me on read").
SHUTDOWN_PHRASES: Tuple[Rule, ...] = build_rules(
    STONEWALLING,
    (
        # a bare "whatever" ends the talk; "whatever you prefer" accommodates and does not match
        r"(?:^|(?<=[.!?,;*] )|(?<=^ugh )|(?<=^meh )|(?<=^fine )|(?<=^ok )|(?<=^okay )|(?<=^oh )|(?<=^yeah )|(?<=^pfft )|(?<=^yeah yeah )|(?<=^sure )|(?<=^well ))whatever(?= *[.!;*]| *, (?!(?:let us|we could|we can|sounds good|works|is fine|i am easy|up to you|you choose|you pick|your call|haha|lol|genius|einstein|sherlock|mr|miss|your highness|princess|smart))| *$| (?:i do not care|man|dude|mate|bro|babe|hun|pal|then|lol|i am done|do what you want|i do not|just|forget|leave))",
        r"(?:he|she|they|you|i|and) (?:just |only |always )?(?:says?|said|goes|went|replies|replied|mutters|muttered|shrugs and says) (?:\" |' )?whatever(?!(?: ,)? you (?:decide|prefer|choose|want|need|like|pick|think|feel))(?= *(?:[.!?,'\"]|$|and\b|then\b|like\b|lol\b|ugh\b|again\b|to\b))",
        r"i (?:am|'m) done (?:talking|talking about (?:this|it)|discussing|with this|here|arguing|listening|with (?:this|you|it|the) (?:conversation|discussion|argument|talk)|with this (?:conversation|discussion|argument|talk))|(?:^|(?<=[.!?] ))i am (?:so )?done(?= *[.!]|$)|we are done (?:here|talking)",
        r"(?:this|the) conversation is over|conversation (?:is )?over|end of (?:discussion|story|conversation)|(?:this|that) is the end of it",
        r"i (?:am|'m) not (?:discussing|talking about|doing|having|going (?:through|over)) this|i am not (?:going to|gonna|gon na) (?:discuss|talk about|argue about|do) (?:this|it|that)",
        r"i (?:do not|don't) (?:want|wanna|have) to (?:talk|discuss|hear|speak) (?:about )?(?:it|this|that|anymore|any more|to you|right now)|i (?:do not|don't) want to talk(?= *[.!]|$)",
        r"i (?:have|'ve) nothing (?:more |else )?to say|i am not (?:talking|speaking) to you|(?:just )?leave me alone|(?:just )?go away|(?:just )?drop it|"
        r"(?:^|(?<=[.!?] ))(?:forget it|never ?mind|nevermind|not now|enough|fine|i do not care|talk to the hand)(?= *[.!]+ *|$)|"
        r"(?<=[\"'] )(?:forget it|never ?mind|nevermind|not now|leave it|drop it|i do not care|i am done)(?= *[.!]* *[\"'] *(?:$|and|then|[.!,]))|"
        r"i can not be bothered|i (?:do not|don't) care anymore|shut up|stop talking|i am not listening|la la la",
        r"(?:^|(?<=[.!?] ))fine(?: [.!]+)?(?: whatever| do what you want| go ahead| have it your way)",
        r"(?:^|(?<=[.!?,;'\"] )|(?<=^k )|(?<=^yep )|(?<=^yeah )|(?<=^ok )|(?<=said )|(?<=says )|(?<=goes )|(?<=went ))(?:fine|whatever|k|ok then|noted|cool|great|sure|yep|right)(?= *[.!]+ *(?:fine|whatever|great|k|ok|yep|sure|cool)| *[.!]*\s*[\"']? *(?:and (?:went|walked|left|turned|hung|stormed|walks|leaves|goes)|$))",
        r"(?:^|(?<=[.!?,;'\"] ))whatever you (?:say|want|think|like)(?= *[.!]*\s*[\"']? *$)|(?:^|(?<=[.!?,;'\"] ))(?:do|have) (?:what|whatever) you (?:want|like)(?= *[.!]*\s*[\"']? *(?:and|$))",
        r"(?:^|(?<=[.!?,;'\"] ))i (?:do not|don't) care(?= *[,.!]|$)|(?:there is|there s|there 's) nothing (?:more |else )?to (?:talk about|say|discuss)|i am not listening(?: to (?:this|you|any more|anymore))?",
        r"i am not (?:talking|speaking) (?:about )?(?:this|it|that)(?: anymore| any more)?|(?:no ,? )?i am not discussing (?:it|this|that)|not (?:talking|discussing) (?:about )?this (?:anymore|any more|again|now)",
        r"(?:can we|let us|let 's) not (?:do this|talk about (?:this|it)|go there)|we are not doing this(?: again| now)?|i am not (?:arguing|fighting) (?:about this|with you)|i will not argue",
        r"i am out of here|i am (?:leaving|going to bed|off)(?= *[.!]|$)|(?:^|(?<=[.!?] ))(?:k|kk|noted|bye)(?= *[.!]*$)|no comment|not interested(?= *[.!]|$)|i am not in the mood(?: to talk| for this)?",
        r"(?:it )?(?:does not|doesn't) matter(?: anymore| any more)?(?= *[.!]|$)|forget (?:i said anything|i mentioned it|i asked)|(?:this|that) is pointless|(?:there is|there 's) no point (?:talking|discussing|arguing|in talking)|what is the point (?:of|in) (?:talking|discussing|arguing)",
        r"(?:stopped|stop|stops|stopping) (?:answering|returning|picking up) (?:his|her|my|their|your)? ?(?:calls|texts|messages|phone)|(?:muted|mutes|blocked|blocks) me|left me on (?:read|seen)|leaves me on (?:read|seen)",
    ),
    negatable=False,
)

# Withdrawal described: the silent treatment, shutting down, going quiet, walking or storming out,
# hanging up, ignoring my texts, refusing to talk, tuning out, staring at the tv, headphones on, a
# phone while I talk, turning his back, changing the subject, disappearing for hours, one-word answers.
WITHDRAWAL_DESCRIBED: Tuple[Rule, ...] = build_rules(
    STONEWALLING,
    (
        r"silent treatment|cold shoulder|stonewall(?:s|ed|ing)?|(?:shuts?|shutting) (?:down|me out|off|the conversation down|everything down|the door on me)|shut (?:down|me out|off)|"
        r"clams? up|clammed up|(?:goes|go|went|going|gone) (?:completely |totally |all )?(?:quiet|silent|cold|mute|dark|non[- ]?verbal|into (?:his|her|my) shell)|"
        r"(?<!a )(?<!the )(?:walks?|walked|walking|storms?|stormed|storming|stomps?|stomped|stomping) (?:out|off|away)(?! from (?:the|a) (?:job|deal|car|accident))(?! from (?:it |this |that )?(?:feeling|knowing|with))|"
        r"(?:leaves?|left|leaving) (?:the room|the house|the conversation|mid[- ]?sentence|in the middle)|(?:hangs?|hung) up on me|"
        r"(?:ignores?|ignored|ignoring) (?:me|my (?:texts?|messages?|calls?|questions?|feelings|requests?|attempts|bids))|"
        r"(?:won't|will not|does not|doesn't|refuses to|refused to|did not|didn't|wouldn't|would not|never) (?:even )?(?:talk to me|speak to me|look at me|answer(?: me)?|respond|reply|say (?:a word|another word|one more word|anything(?! (?:nice|good|kind|sweet|positive|loving|romantic|supportive|encouraging)))|engage|discuss (?:it|this|anything)|talk about (?:it|this|anything|things|us|our))|"
        r"(?:stops?|stopped|stopping) (?:talking|speaking|responding|replying)(?: to me)?|(?:says|said|saying) nothing|(?:does not|doesn't) say (?:a word|anything)|not (?:talking|speaking) to me|"
        r"(?:tunes?|tuned|tuning) (?:me )?out|(?:checks?|checked|checking|zones?|zoned|zoning|spaces|spaced) out|(?:stares?|stared|staring) (?:at the (?:wall|tv|screen|floor)|blankly|into space|through me)|"
        r"acts? like i am not (?:there|here)|acts? like i do not exist|pretends? i am not (?:there|here)|gives? me the (?:silent treatment|cold shoulder)|"
        r"(?:puts?|put|putting) (?:his|her|their|my) (?:headphones|earphones|earbuds|airpods) (?:on|in)|(?:leaves|left|leaving) the (?:house|flat|room)|turns? (?:the tv|the music|the volume) up",
        r"(?:scroll\w*|look\w* at|stare\w* at|play\w* (?:on|with)|glued to|on|check\w*|text\w* on|doing|gaming on|watching) (?:on )?(?:his|her|their|your|my) (?:phone|laptop|screen|ipad|tablet|switch|xbox|playstation)(?: \w+){0,4} (?:while|when|whenever|as|instead|the whole time|every time)",
        r"(?:while|when|whenever) i (?:am |'m |m )?(?:talking|speaking|trying to talk|try to talk|talk|talked|was talking|explain|open up)\b(?: \w+){0,5} (?:phone|tv|scroll\w*|ignor\w*|walks? (?:off|out|away)|silent|nothing|screen)",
        r"(?:just )?(?:sits?|sat|sitting) (?:there )?(?:in silence|silently|saying nothing|and says nothing|not saying anything|like a statue)|(?:turns?|turned|turning) (?:his|her|their|my) back (?:on|to) me|"
        r"(?:pretends?|pretended|acts?|acted) (?:like )?(?:he|she|they) (?:can not|can't|did not|didn't|does not|doesn't) (?:hear|notice)|(?:won't|will not|doesn't|does not|refuses to|never) (?:even )?acknowledge|(?:changes?|changed|changing) the subject|"
        r"(?:disappears?|disappeared|vanishes) (?:for (?:hours|days|the night)|into (?:his|her|the))|(?:ignores?|ignored|ignoring) (?:him|her|them|his|her) (?:texts|calls|messages)?|(?:i|we) (?:just )?(?:shut down|go quiet|walk away|walk out|leave the room|stop talking|tune out|clam up)",
        r"(?:refuses?|refused|refusing) to (?:talk|discuss|engage|speak|answer|look at me|communicate)|(?:withdraws?|withdrew|withdrawn|withdrawing) (?:from me|completely|into)|"
        r"(?:goes|go|went) (?:quiet|silent)|(?:stares?|stare|stared|staring) at (?:the|his|her|my) (?:tv|phone|wall|screen)|(?:answers|answered|replies|replied) (?:everything |me )?(?:with|in) (?:one|single)[- ]words?|(?:goes|went) to (?:another|the other|the spare) room|locks? (?:himself|herself|themselves) in|one[- ]word (?:answers|replies)|(?:just )?(?:grunts|shrugs)",
    ),
    role=ACTOR,
)

def _branches(regex: str) -> List[str]:
    """The top-level alternatives of a regex, so each can be gated on its own words."""
    out, depth, start, k = [], 0, 0, 0
    while k < len(regex):
        ch = regex[k]
        if ch == "\\":
            k += 2
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(regex[start:k])
            start = k + 1
        k += 1
    out.append(regex[start:])
    return out

# Each WITHDRAW behaviour after a subject and adverbs ("he just storms off", "my wife usually goes
# quiet", "i tend to shut down") or a connective ("... and walked out", "then went upstairs"),
# read in base form on the lemma view. One rule per top-level branch of WITHDRAW, so that each is
# gated on its own words.
WITHDRAWAL_AFTER_SUBJECT: Tuple[Rule, ...] = build_rules(
    STONEWALLING,
    tuple(
        rf"(?:{SUBJ} (?:\w+ )?{ADV}(?:would |will |usually |tend to |always |just |then |start to |begin to |decide to )?|(?:and|then|before|so|just) {ADV})(?:{branch})"
        for branch in _branches(WITHDRAW)
    ),
    role=ACTOR,
)

# Refusing to talk: "i'm so done talking", "subject closed", "i'm not getting into this again",
# "can we not", "drop it", "i don't even care anymore", "suit yourself", "i've nothing more to say",
# "what's the point in talking", "i can't deal with this right now"; one-word brush-offs ("k.",
# "fine. whatever"), "she went 'fine' and walked off", and "i'm going to bed." to end the talk.
BRUSH_OFFS_AND_REFUSALS: Tuple[Rule, ...] = build_rules(
    STONEWALLING,
    (
        r"i (?:am|'m) (?:so |totally |completely |just )?(?:done|finished|through) (?:talking|discussing|arguing|with (?:this|it|you)(?= *[.!,]|$)|with (?:this|the) (?:conversation|discussion|argument|topic|subject)|here)",
        r"(?:this|the|that) (?:conversation|discussion|argument|topic|subject) is (?:over|closed|finished|done)|(?:end of|that is the end of the) (?:discussion|conversation|story|subject)|subject closed|case closed",
        r"i (?:am|'m|was|will|would) not (?:going to |gonna |gon na )?(?:discuss|discussing|talk about|talking about|doing|having|getting into|going into|going over|going through|arguing about|debating|engaging with|engaging in|revisiting) (?:this|it|that|any of this)(?: again| anymore| any more| any further| further| now| right now| with you| tonight| today)?",
        r"i (?:do not|don't|dont) (?:want|wanna|need|have) to (?:talk|discuss|hear|speak|get into|go into|go over|argue|think) (?:about )?(?:it|this|that|anything|any of it|any more|anymore|right now|with you)",
        r"(?:can we|let us|let 's|could we) (?:just )?(?:not(?= *[.!?,]|$| (?:do this|talk|discuss|go (?:there|into|over)|get into|have this|argue|fight)(?!(?: \w+){0,3} (?:in front of|again|like that|that way)))|drop (?:it|this)|leave it)(?! (?:for now|until|till|and come back|and talk))",
        r"(?<!not )(?<!never )(?:just )?(?:leave me alone|go away|drop it|forget it|forget about it|let it go|stop talking|stop asking|piss off|get out of my face|talk to the hand|leave it)(?= *[.!,]|$)",
        r"i (?:do not|don't|dont) (?:even )?(?:care|give a (?:damn|shit|crap|toss|fuck))(?: anymore| any more| what you think| what you do)?(?= *[.!,]|$)",
        r"(?:do|think|believe|say|feel) (?:whatever|what) you (?:want|like|wish)(?= *[.!,]|$)|(?:suit|please) yourself|have it your (?:own )?way|(?:whatever|as) you say(?! ,? (?:professor|genius|einstein|sherlock|boss|princess|your majesty|your highness|mr|miss|champ|doctor|smart ?ass|mastermind|hotshot)\b)",
        r"i (?:have|'ve|got) nothing (?:more |else |left )?to say(?: to you| about (?:it|this|that))?|(?:there is|there 's) nothing (?:more |else |left )?to (?:say|talk about|discuss)",
        r"(?:there is|there 's|what is|what 's) (?:no |the )?point (?:in |of )?(?:talking|discussing|arguing|trying|explaining)",
        r"i can not (?:do|deal with|be bothered with|handle) this (?:right now|anymore|any more|again|now)(?= *[.!,]|$)|i am not in the mood(?= *[.!,]|$)|(?:can not|can't) be bothered(?: with (?:this|it|you|talking|any of this))?|(?:^|(?<=[.!?,'\"] ))not (?:discussing|talking about|doing|having|getting into) (?:this|it|that)|i am out(?= *[.!]*$)",
        r"(?:^|(?<=[.!?,;'\"] ))(?:whatever|fine|k|kk|ok|okay|sure|yep|yup|noted|cool|right|mhm|hmm|meh|yeah yeah|uh huh)(?: [.!]+)?(?: (?:whatever|fine|k|ok|sure|yep|noted|cool|right|yeah|bye|great))*(?= *[.!]+ *$| *$|(?: *[.!]+)? *[\"'] *(?:and|then) )",
        r"(?:goes|go|went|says|said|say|just goes|just says) (?:' |\" )?(?:fine|whatever|k|ok|nothing|mm+|mhm|hmm+|uh huh|yep|yeah|sure|nope|right)(?: [.!]+)?(?: '| \")?(?: \w+){0,5} (?:and|then) (?:just )?(?:leaves|left|leave|walks|walked|walk|goes|went|go back|turns|turned|turn|storms|stormed|carries on|carry on|keeps|keep|hangs up|hung up|puts|put|nothing)",
        r"i am (?:going to bed|off to bed|out of here|going out|leaving|off|going for a (?:drive|walk))(?= *[.!]*$| *[.!]+ *(?:bye|whatever|fine|do not|don't)| *[\"'] *and )",
    ),
    negatable=False,
)

# "i need space. don't text me" (not "don't talk to me like that"), "i can't talk to you right now".
NO_CONTACT_DEMANDS: Tuple[Rule, ...] = build_rules(
    STONEWALLING,
    (
        r"(?:^|(?<=[.!?,'\"] ))(?:just )?(?:do not|don't|dont) (?:text|call|message|contact|ring|talk to|speak to|come near|bother) me(?= *[.!,]|$| (?:tonight|today|for (?:a while|now|a bit|a few days)|right now|i need|i am|leave|just)\b)",
        r"i (?:can not|can't|cant) (?:talk to you|talk about (?:this|it)|speak to you|look at you|be around you|deal with you)(?: right now| now| anymore| any more)?(?= *[.!,]|$)",
    ),
    negatable=False,
)

# Disengaging described: "grabbed his keys and left", "scrolls tiktok while i'm talking", "hasn't
# spoken to me since", "won't look up from the screen", "just got up and left", "sat there
# scrolling", "muted our chat", "keeps his back turned", "pretends not to hear", "walked off without
# a word" (not "listened without a word").
DISENGAGING_DESCRIBED: Tuple[Rule, ...] = build_rules(
    STONEWALLING,
    (
        r"(?:grab|grabs|grabbed|take|took|takes|pick up|picked up|get|got) (?:his|her|their|my) (?:keys?|coat|jacket|bag|stuff|things) and (?:just )?(?:leave|left|leaves|go|went|goes|walk|walked|storm|stormed|head|headed|drive|drove)",
        r"(?:scroll|scrolls|scrolled|scrolling|swipe|swipes|swiping|watch|watches|watching|browse|browses|browsing) (?:through |on )?(?:his |her |their |my )?(?:phone|tiktok|instagram|insta|facebook|twitter|reddit|youtube|netflix|socials|feed|reels)(?: \w+){0,3} (?:while|when|whenever|as|instead|the whole time|every time|as soon as)",
        r"(?:have|has|had) not (?:spoken|speak|talked|talk|said a word|say a word|said anything|say anything|texted|text|replied|reply|answered|answer) (?:to )?(?:me|him|her|them)(?= (?:since|for|in|all|at all|the whole))",
        r"(?:would not|will not|did not|wouldn't|won't|didn't|not) (?:even )?(?:look|glance) (?:away from|up from|up off) (?:the|his|her|their|my) (?:screen|phone|tv|telly|game|laptop|computer|match|footy|football|book)",
        r"just (?:get|got|stand|stood) up and (?:leave|left|walk|walked|go|went|storm|stormed)|(?:sit|sat|sitting|stand|lie|lay) there (?:\w+ )?(?:scroll\w*|on (?:his|her|their|my) phone|play\w*|star\w*|gam\w*|text\w*|ignor\w*)(?! (?:and (?:listen|listened|nod|nodded)))",
        r"(?:mute|mutes|muted|block|blocks|blocked|archive|archived|leave|left) (?:our (?:chat|convo|conversation|thread|group chat)|my (?:number|messages|texts|calls|chat))",
        r"(?:keep|keeps|kept|with) (?:his|her|their|my) back (?:turned|to me)|pretend(?:s|ed|ing)? not to (?:hear|see|notice|listen)",
        r"(?<!listened )(?<!listens )(?<!listen )(?<!nodded )(?<!hugged )(?<!held me )(?<!smiled )without (?:saying |say |uttering |utter )?(?:a (?:single )?word|another word|a word to me|speaking|speak|talking to me|talk to me|answering|answer|replying|reply|a reply|a response|looking at me|look at me|acknowledging|acknowledge)",
    ),
    role=ACTOR,
)

# "stop texting me", "i'm not answering".
REFUSING_CONTACT: Tuple[Rule, ...] = build_rules(
    STONEWALLING,
    (
        r"(?:^|(?<=[.!?,'\"] ))(?:just )?(?:stop|quit) (?:texting|calling|messaging|ringing|contacting) me(?= *[.!,]|$)|i am not (?:replying|answering|responding|picking up|reading (?:it|this|them|your \w+))(?= *[.!,]|$| to you| anymore| any more)",
    ),
    negatable=False,
)

# Silence and hiding described: "not a word out of him", "hasn't replied to a single text", "pulled
# the duvet over his head", "stares out of the window", and waiting the partner out ("i go out to
# the garage till she gives up").
SILENCE_AND_HIDING_DESCRIBED: Tuple[Rule, ...] = build_rules(
    STONEWALLING,
    (
        r"not (?:a|one) (?:single )?(?:word|peep|sound) (?:out of|from) (?:him|her|them)|(?:have|has|had) not (?:heard|had) (?:a|one) (?:single )?(?:word|peep) (?:from|out of) (?:him|her|them)",
        r"(?:have|has|had) not (?:replied|answered|responded|reply|answer|respond) (?:to )?(?:a single|one|any|any of my|my|a) (?:\w+ )?(?:text|message|call|email)s?",
        r"(?:pull|pulls|pulled|pulling|put|puts|drag|dragged|drags|throw|threw) (?:the )?(?:duvet|covers|cover|blanket|quilt|pillow|hood|hoodie) (?:up )?over (?:his|her|their|my) (?:head|face)",
        r"(?:stare|stares|stared|staring|look|looks|looked|looking|gaze|gazes|gazed) (?:straight )?out (?:of )?the (?:window|windscreen)",
        # waiting a partner out: "i go out to the garage till she gives up"
        r"(?:go|goes|went|stay|stays|stayed|hide|hides|hid|wait|waits|waited|sit|sits|sat|work|works|worked|keep|keeps|kept) (?:[\w']+ ){0,8}?(?:till|until) (?:she|he|they) (?:gives? up|gave up|stops?|stopped|forgets?|forgot|drops? it|dropped it|leaves? me alone|left me alone|goes? to bed|went to bed|falls? asleep|fell asleep|gets? bored|got bored)",
    ),
    role=ACTOR,
)

# Quiet avoidance described: avoidance as the purpose ("sleeping in the spare room so that we
# don't have to talk about it"), "my texts go unanswered", "answers everything with a shrug",
# "carries on reading while i talk", "turns back to the tv", "finds a reason to leave", "arms
# folded, saying nothing", "puts his noise-cancelling headphones on", "stays in the garage until
# i give up", "without even looking up".
QUIET_AVOIDANCE_DESCRIBED: Tuple[Rule, ...] = build_rules(
    STONEWALLING,
    (
        # avoidance as the purpose: "sleeping in the spare room so that we don't have to talk about it"
        r"so (?:that )?(?:i|we|he|she|they) (?:do not|don't|does not|doesn't|did not|didn't|would not|wouldn't|will not|won't) (?:have to|need to) (?:talk|discuss|face|have|deal|argue|look at|see|hear|listen)",
        r"(?:texts|messages|calls|emails|questions|texts and calls) (?:\w+ )?(?:go|went|goes|are left|were left|sit|sat|remain|remained) unanswered|(?:and|then) (?:then )?nothing for (?:\w+ ){0,2}(?:hours|days|weeks)",
        r"(?:answers?|answered|answering|replies|replied|reply|responds?|responded) (?:everything |every question |me |to everything )?(?:i say |i said )?with (?:a |an )?(?:nod|shrug|grunt|thumbs[- ]?up|single word|one word|emoji)|(?:or|and) nothing at all(?= *[.!,]|$)|i (?:get|got|only get) (?:one|a single|a one) word",
        r"(?:carry|carries|carried|carrying|keep|keeps|kept) on (?:reading|scrolling|watching|playing|typing|working|texting|eating) (?:[\w']+ ){0,3}?(?:while|when|as) i|while i (?:am|'m|was|be) mid[- ]?(?:sentence|conversation)",
        r"turn(?:s|ed|ing)? back to (?:the|his|her|my|their) (?:tv|television|telly|screen|phone|laptop|book|paper|game|computer)|(?:turn|turns|turned|turning|put|puts|putting) (?:the )?(?:television|radio) (?:on|up)|(?:turn|turns|turned|turning) (?:the|his|her) (?:television|radio) up",
        r"(?:find|finds|found|finding) (?:a |an |some )?(?:reason|excuse) to (?:leave|go out|take the dog|get out|walk|be elsewhere|be somewhere else|go to)|saying (?:absolutely |precisely )?nothing(?= *[.!,]|$| and| at all| for)|arms (?:folded|crossed) ,? saying",
        r"(?:put|puts|putting|pop|pops) (?:his|her|their|my) (?:[\w-]+ ){1,3}(?:headphones|earphones|earbuds|airpods)(?: back)? (?:on|in)(?! to (?:focus|work|study|concentrate|sleep))",
        r"(?:scroll\w*|stays?|stayed|there|garage|shed|pub|silent|quiet|nothing|fine|phone|television|tv|telly|ignor\w*|outside) (?:[\w'.,]+ ){0,5}?(?:till|until) (?:i|she|he|they) (?:am |'m |is |'s |are |be |fall |falls |fell )?"
        r"(?:give up|gives up|gave up|asleep|go to bed|goes to bed|went to bed|stop (?:asking|talking|trying)|stops (?:asking|talking|trying)|stopped (?:asking|talking|trying)|drop it|drops it|dropped it|leave|leaves|left)",
        r"without (?:even )?(?:looking|look|glancing|glance) up",
    ),
    role=ACTOR,
)

# Non-replies and screens as a way out: "do whatever.", "still on read", "answers my questions
# with one word", "doesn't say one word to me", "the only thing he's said to me is...", "whenever i
# cry she picks up her phone", "i can see him typing and then nothing".
NON_REPLIES: Tuple[Rule, ...] = build_rules(
    STONEWALLING,
    (
        r"(?:^|(?<=[.!?,] ))(?:just )?do whatever(?= *[.!]*$)",
        r"(?:left|still|is|are|been|sitting|sit) on (?:read|seen|delivered)(?![\w'])",
        r"(?:answers?|answered|answering|replies|replied|reply|responds?|responded) (?:to )?(?:my|all my|every|each) (?:\w+ )?(?:questions?|texts?|messages?) with (?:a |an )?(?:one|single|one single|1) (?:word|emoji)|"
        r"(?:do|does|did|will|would) not (?:even )?say (?:one|1|one single) word|the only (?:thing|words?) (?:he|she|they) (?:has |have |had )?(?:said|says|say|spoke|spoken)(?: to me)? (?:in|for|all|since|is|was|were)",
        r"(?:when|whenever|every time|as soon as|the moment) i (?:cry|start crying|get upset|try to talk|start talking|bring (?:\w+ )?up|raise (?:it|this|something)|open up) ,? (?:he|she|they) (?:just )?(?:picks up|grabs|reaches for|gets out|pulls out|checks|looks at|goes on|turns to) (?:his|her|their) (?:phone|laptop|ipad|switch|tablet)",
        r"(?:typing|type|types|reads? (?:it|my \w+)|read (?:it|my \w+)|seen it|opens? it|opened it) (?:\w+ ){0,2}(?:and|then) (?:then )?nothing(?= *[.!,]|$)",
    ),
    role=ACTOR,
)

# The cold shoulder and the brick wall: "she cold-shouldered me all through dinner", "talking to
# him is like talking to a brick wall", "leaves my messages on read for days".
COLD_SHOULDER_AND_BRICK_WALLS: Tuple[Rule, ...] = build_rules(
    STONEWALLING,
    (
        r"cold[- ]?shoulder(?:s|ed|ing)? (?:me|him|her)",
        r"(?:leaves?|left|leaving|leave) (?:my|me|his|her) (?:messages?|texts?) (?:on read|unanswered|unread)",
    ),
    role=ACTOR,
)
BRICK_WALL_TALK: Tuple[Rule, ...] = build_rules(STONEWALLING, (r"like talking to a brick wall",))

# Regional names for the silent treatment: "he's been forming deaf since morning" (Nigerian
# English: pretending not to hear), "she's carrying face" (keeping a cold face), "acting pricey",
# "he's so dedma to me" (Filipino: ignoring).
REGIONAL_SILENT_TREATMENT_IDIOMS: Tuple[Rule, ...] = build_rules(
    STONEWALLING,
    (r"(?:form|forms|forming|formed) deaf|(?:carry|carries|carrying|carried) (?:a )?face|(?:act|acts|acting|acted) (?:all )?pricey|(?:dedma|deadma)(?:ing|ed)?",),
    role=ACTOR,
)
# The talk dropped for good or the silence kept up: "he said 'not now' and never came back to it",
# "I leave the room and I don't come back to it", "she does the silent thing", "not talking to him,
# day 3", "we haven't really spoken in weeks", "goes to his study and closes the door".
DROPPED_TALK_DESCRIBED: Tuple[Rule, ...] = build_rules(
    STONEWALLING,
    (
        r"(?:never|did not|does not|do not|will not|would not) (?:ever )?(?:come|came|comes|coming) back to (?:it|that|the conversation|the topic|the subject)(?! (?:later|tomorrow|after))",
        r"(?:does|did|do|doing|pulls|pulled|pulling) (?:the|his|her|this|that) (?:silent|quiet|sulking|ignoring me) thing",
        r"(?:^|[.!?,] |and )(?:i am |we are |she is |he is )?not (?:talking|speaking) to (?:him|her|me|each other)(?= *[.!,]|$| (?:day|since|for|till|until|unless))",
        r"(?:have|has|had) not (?:really )?(?:spoken|talked|said a word)(?: to (?:each other|me|him|her))? (?:in|for) (?:days|weeks|months|a week|a month|\w+ days|\w+ weeks)",
        r"(?:go|goes|went|going) (?:straight )?(?:to|into) (?:his|her|their) (?:study|room|office|shed|garage|den|man cave) and (?:close|closes|closed|shut|shuts|lock|locks|locked) the door",
    ),
    negatable=False,
    role=ACTOR,
)

# Silence counted out in time: "still no reply since Tuesday", "three days of silence", "no answer
# since friday", "every call goes straight to voicemail". Unanswered messages, not a pause.
SILENCE_COUNTED_IN_TIME: Tuple[Rule, ...] = build_rules(
    STONEWALLING,
    (
        r"(?:still )?no (?:reply|replies|response|answer|word|text|call)(?: back)?(?: from (?:him|her|them))? since (?:\w+day|last \w+|yesterday|this morning|last night|then|the (?:fight|row|argument))",
        r"(?:days|weeks|two days|three days|four days|five days|a week|a whole week|\w+ days|\w+ weeks) of (?:silence(?= (?:over|after|since|from (?:him|her|them)|because))|nothing|no (?:reply|replies|response|contact|answer)|being ignored|the silent treatment)",
        r"(?:every|each|all (?:my|of my)) (?:call|calls|text|texts|message|messages) (?:goes|go|went|going) (?:straight |right )?(?:to voicemail|unanswered|unread)",
    ),
    negatable=False,
)

# Messages left unanswered: "blue ticks on both, no reply", "she hasn't replied since tuesday",
# "isn't answering anyone", "I just left her on read", "won't tell me why".
UNANSWERED_MESSAGES: Tuple[Rule, ...] = build_rules(
    STONEWALLING,
    (
        r"(?:no|zero|not a single|not one|not even a) (?:reply|replies|response|answer|text back|word back)(?= *[.!,]|$| (?:to (?:any|my|all|that)|all (?:day|night|evening|weekend)|at all|nothing|still|and (?:she|he|they) (?:is|has|'s)))",
        r"(?:all|both|every one|each one) (?:read|seen)(?: ,| and| but)? (?:no|zero|nothing|not a)",
        r"(?:has not|have not|had not|has still not|still has not|still have not) (?:replied|answered|responded|texted (?:me )?back|called (?:me )?back|messaged (?:me )?back|reply|answer|respond|text (?:me )?back|call (?:me )?back)(?: to (?:me|him|her|my \w+|any of my \w+|anyone))? (?:since|for (?:\d+|a|an|two|three|four|five|six|several|days|hours|a week))",
        r"(?:is not|are not|was not|were not|not) (?:answering|replying to|responding to|picking up for|returning) (?:me|him|her|anyone|anybody|my (?:calls|texts|messages))(?= *[.!,]|$| (?:since|for|all|not even|at all|and|i am|i 'm))",
        r"(?:leave|left|leaves|leaving) (?:him|her|them|my (?:\w+ )?messages?|it|the (?:\w+ )?message) on (?:read|seen|delivered)",
        r"(?:will not|would not|refuse to|refuses to|refused to) (?:tell me|say|explain|talk about) (?:why|what is wrong|what was wrong|what happened)",
        r"ticks (?:go|went|turn|turned|going) blue(?: ,)? (?:and )?(?:nothing|no reply|no answer|not a word)",
        r"(?:has not|have not|did not|does not|had not) (?:even |once )?(?:look|looked) up (?:once|from (?:his|her|their) (?:phone|screen|laptop|game|book))",
    ),
    negatable=False,
    role=ACTOR,
)

# Curt text replies that shut a talk down: "all he texted back was 'k'", "he just sent 👍", "answered
# every question with 'dunno'", "says 'noted' to literally everything", "headphones in for 3 hours".
CURT_TEXT_REPLIES: Tuple[Rule, ...] = build_rules(
    STONEWALLING,
    (
        r"(?:text|texted|reply|replied|send|sent|answer|answered|respond|responded|write|wrote|say|said)(?: back)?(?: with)? (?:just |only |literally )?(?:' |\" )?(?:k|kk|mm+|mhm|dunno|noted|👍)(?: \.)?(?: '| \"|(?= *[.!]|$| and nothing| nothing else))(?! and nothing else (?:needed|need|was needed|be need|to say))(?! but with| with a (?:heart|kiss|smiley|x)| and a (?:heart|kiss|x))",
        r"all (?:he|she|they) (?:said|texted|sent|wrote|replied|say|text|send|write|reply)(?: back)? (?:was|be)(?![\w'])",
        r"(?:replied|said|texted|sent|wrote|answered)(?: back)? (?:' |\" )?[\w👍]+(?: \.)?(?: '| \")? (?:\. |, )?(?:nothing else|and nothing else|and that (?:is|was) it|and thats it|that was it)(?! (?:needed|need|was needed|be need|to say))",
        r"(?:' |\" ) and (?:just |then )?(?:logged off|hung up|went offline|blocked me|muted me)(?= *[.!,]|$)|(?:^|[.!?] )(?:nope \. |no \. )?not talking(?= *[.!]|$)",
        r"(?:answer|answered|answers|reply|replied|replies|respond|responded|responds)(?: to)? (?:every (?:single )?(?:question|thing|message)|everything|anything)(?: i (?:say|said|ask|asked))?(?: [\w']+){0,2} with (?:a |an )?(?:' |\" )?[\w👍]+",
        r"(?:(?:sent|send|sends|replied with|reply with|got back) (?:just |only |literally )?|(?:just|only|literally) )(?:a|one) thumbs up(?= *[.!,]|$| and| back| to)",
        r"(?:say|says|said|go|goes|went|answer|answers) (?:' |\" )?(?:noted|mm+|mhm|yep|yeah|k|ok|fine|sure)(?: \.)?(?: '| \")? to (?:literally |basically |just )?(?:everything|anything)",
        r"(?:have|had|has|keep|kept|keeps) (?:his|her|their) (?:\w+ )?(?:headphones?|earphones?|earbuds?|airpods?|headsets?) (?:in|on)(?: [\w']+){0,3} (?:since|for (?:hours|\d+|the whole|three|two|four)|all (?:day|night|evening))",
        r"(?:put|puts|putting|stick|sticks|stuck|pop|pops|popped) (?:the|his|her) (?:gaming |noise[- ]cancelling )(?:headphones?|headsets?|earbuds?) (?:back )?(?:on|in)",
    ),
    negatable=False,
    role=ACTOR,
)

# Avoiding the talk by other means: "whenever I cry she scrolls instagram", "he plays games till 3am
# so he doesn't have to talk to me", "picks up her phone and scrolls", "door slam.", "phone off".
AVOIDING_THE_TALK_DESCRIBED: Tuple[Rule, ...] = build_rules(
    STONEWALLING,
    (
        r"(?:whenever|every time|when) i (?:cry|talk|try to talk|bring (?:it|\w+) up|get upset|open up|start crying)(?: [\w']+){0,3} ,? (?:he|she) (?:just )?(?:scrolls?|scrolled|scroll|plays? (?:his|her) game|picks? up (?:his|her) phone|picked up (?:his|her) phone|checks? (?:his|her) phone|stares? at (?:his|her|the) (?:phone|tv|telly|screen))(?![\w'])",
        r"so (?:that )?(?:he|she|they|i) (?:does not|do not|doesn't|don't|dont|will not|won't) have to (?:talk|speak|deal with|face|discuss|argue|answer|come to bed and talk)(?![\w'])",
        r"(?:pick|picks|picked|picking|grab|grabs|grabbed) up (?:his|her|their) (?:phone|switch|ipad|tablet|laptop|controller) (?:and|then) (?:just )?(?:start |started |starts |begin |began )?(?:scroll|scrolls|scrolled|scrolling|text|texts|texting|play|plays|playing|game|gaming)",
        r"(?:^|[.!?,] )(?:' |\" )?(?:a |the )?door slam(?:s|med)?(?= *[.!,]|$)",
        r"(?:, |\. )phone (?:off|switched off|turned off)(?= *[.!,]|$)|(?:his|her) phone (?:was |is |has been )?(?:off|switched off|turned off) (?:all|the whole|for)",
        r"(?:he|she|they) (?:just |simply )(?:leaves|left|goes|walks out|walked out|walks off|walked off)(?= *[.!,]|$)",
    ),
    negatable=False,
    role=ACTOR,
)

# Read and left unanswered: "he read it. it says read 9:14. nothing", "just read receipts. for days",
# "left me on blue ticks", "texted her 6 times. nothing", "three unanswered voice notes".
READ_AND_UNANSWERED: Tuple[Rule, ...] = build_rules(
    STONEWALLING,
    (
        r"(?:read|seen|opened) (?:[\w']+ ){0,4}(?:\d+[:.]\d+|messages?|texts?|it|them)(?: [\w':.]+){0,5} ?[.,] (?:and )?(?:still )?nothing(?= *[.!,]|$| since| for| all| back)",
        r"(?:just |only )?read receipts(?: ,| \.)? (?:for|all) (?:days|hours|the (?:whole )?(?:day|week|weekend)|day|week|night)|(?:just|only) read receipts",
        r"(?:left|leaves|leaving|leave) me on (?:blue ticks?|two (?:blue )?ticks|double (?:blue )?ticks|delivered|read|seen)",
        r"seen at \d+(?:[:.]\d+)? ?(?:am|pm)?(?: ,| \.)? (?:and )?(?:no|zero|not a) (?:reply|answer|response|word)",
        r"(?:texted|messaged|called|rang) (?:him|her|them) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen) times(?: [\w']+){0,3} ?[.,] (?:and )?(?:still )?(?:nothing|no reply|no answer|not a word)",
        r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten) unanswered (?:voice ?notes|texts|messages|calls)",
    ),
    negatable=False,
    role=ACTOR,
)

# Turning back to a screen or game on a bid, and shutting a door on it: "he grunts and goes back to
# his game", "she shrugged and kept scrolling her phone", "goes to the garage and shuts the door".
BACK_TO_THE_SCREEN_OR_BEHIND_A_DOOR: Tuple[Rule, ...] = build_rules(
    STONEWALLING,
    (
        r"(?:' |\" |[\w']*(?:shrug|grunt|nod|sigh|scoff|smirk|shake|shook)[\w']* (?:(?:his|her|their) head )?|(?:fine|whatever|nothing|ok|okay|k|yeah|yep|mhm|hmm|mm) )(?:, |\. )?(?:and |then |, )(?:just )?(?:straight )?(?:went|goes|go|turned|turns|turn|got|gets|kept|keeps|carried on|carries on) (?:straight )?(?:back to|playing|scrolling|watching|reading) (?:his|her|their) (?:\w+ )?(?:game|games|phone|match|paper|newspaper|tv|telly|screen|laptop|book|computer|xbox|playstation|show|film|console|switch|ipad|tablet)",
        r"(?:goes|go|went|going|gone|disappears|disappeared) (?:in)?to (?:the|his|her) (?:garage|shed|bedroom|study|office|spare room|bathroom|room)(?: ,| and)? (?:and )?(?:shuts|shut|closes|closed|locks|locked) the door",
        r"(?:shuts|shut|closes|closed) the (?:bathroom |bedroom |study |office |garage )?door (?:on me|in my face)|with the door (?:shut|closed|locked) and (?:will not|won't|wont|does not|doesn't|refuses to) (?:come|talk|answer|open)",
    ),
    negatable=False,
    role=ACTOR,
)

# A talk ended by fiat: "and that's the end of every conversation we try to have", "End of."
TALK_ENDED_BY_FIAT: Tuple[Rule, ...] = build_rules(
    STONEWALLING,
    (
        r"(?:that is|that's|thats|and that is) the end of (?:every|the|any|that|each) (?:conversation|discussion|talk|chat)",
        r"(?:^|(?<=[.!?] ))end of(?= *[.!]*$)",
    ),
    negatable=False,
)
