"""Defensiveness: warding off a complaint instead of hearing it, by denial, excuses,
counter-attack ("what about you"), minimising, or playing the innocent victim.

Spoken tables (role VOICE) belong to whoever says the words; the `*_DESCRIBED` and reported
tables (role ACTOR) describe someone doing it ("he always makes excuses") and belong to its subject.
"""

from __future__ import annotations

from typing import Tuple

from bot.language.horsemen.lexicon import QUOTE, REPORT_VERB
from bot.language.horsemen.rule import ACTOR, DEFENSIVENESS, Rule, build_rules

# The usual wording of defensiveness: denial ("it's not my fault", "I never said that", "I did
# nothing wrong"), excuses ("I was only trying to help", "I had no choice", "I was busy", "it was
# a joke"), counter-attack ("yes but you ...", "what about when you ...", "you do it too", "look
# who's talking"), dismissing the complaint ("you're overreacting", "it's not a big deal"),
# righteous indignation ("I do so much around here", "I work all day") and the innocent victim
# ("why is it always my fault", "I can't win", "stop attacking me").
DEFENCE_PHRASES: Tuple[Rule, ...] = build_rules(
    DEFENSIVENESS,
    (
        r"(?:it is|it was|it 's|that is|that was|its|it|this is|this was|was|is) not my fault|not my fault|"
        r"(?:it is|it was|that is|that was|this is) (?:not|never) (?:on me|my responsibility)|it was not me|"
        r"(?:is|was) my fault now|now it is my fault|so (?:it is|it's|now it is|this is) my fault",
        r"i (?:never|did not|do not|didn't|never once) (?:say|said|mean|meant) (?:that|it|anything like that|such a thing|those words|i would|that i would|you|that you|i was|i am|i'd|i'm)(?! (?:perfect|a saint|an angel|blameless|innocent|always right|the best|good at|an expert|enough|often enough|as much|as often)\b)",
        r"i (?:never|did not|have not|haven't|didn't) (?:do|did|done) (?:that|anything|it|a thing|nothing)(?: wrong)?|i did nothing wrong|i have done nothing wrong|i have not done anything wrong",
        r"i (?:was|am|'m) (?:only|just) (?:trying|going|saying|joking|asking|helping|being honest|kidding|teasing|pointing out|suggesting|tired)|(?<!after )(?<!when )i only (?:said|did|wanted|meant|asked)",
        r"(?<!get it )(?<!got it )(?<!do it )(?<!did it )(?:yes|yeah|yea|ok|okay|sure|fine|right|well|alright)(?: ,)? but (?:you|what about|at least|i|that is|it is|that's|you're|you are|u)",
        r"(?:but|well) you (?:do|did|are|were|always|never|also|too|said|started|were the one)(?: it| that| the same)?(?: too)?",
        r"what about (?:when|the time|all the times|that time|last|you|your|how you|the way you)(?: you)?",
        r"you (?:do|did|say|said) (?:it|that|the same(?: thing)?|this) (?:too|all the time|as well|constantly)",
        r"(?:you are|you re|you're|you) (?:one|the one|the last person) to talk|look who is talking|look who 's talking|pot calling the kettle|says you(?= *[.!?,]|$)|"
        r"you are no better|you are not perfect (?:either|yourself)|like you (?:never|always|are|do|did|have) (?:any|ever|never|been)?",
        r"at least i (?:do not|don't|did not|am not|'m not|try|tried|work|do|have|actually|bother)",
        r"i am not the one (?:who|that|with (?:the|a) problem)|you are the one (?:who|that)|you (?:started|began) (?:it|this|that)",
        r"you (?:are|were) (?:over ?reacting|overthinking|exaggerating|being (?:dramatic|ridiculous|oversensitive|hysterical|unreasonable|paranoid|crazy|silly|petty|irrational))|"
        r"stop (?:exaggerating|overreacting|being dramatic)|you always exaggerate",
        r"you are making (?:a big deal|a mountain|this into|too much of|it into)|(?:it is|it was|that is|this is) not (?:that|such) a big deal|(?:it is|it was) not a big deal|it is not like i|it was not like i",
        r"that is not (?:true|fair(?! (?:on|to) (?:you|him|her))|what happened|what i said|what i meant|how it happened)|that is a lie|that is so unfair|that is ridiculous",
        r"i do (?:so much|everything(?! i (?:can|could) to )|a lot|all the|most of the)(?: \w+)?(?: around here| for you| for this family| in this house)?|after (?:everything|all) (?:that )?i (?:do|have done|did|'ve done) for you",
        r"i work (?:all day|hard|so hard|\d+ hours|long hours|my ass off)|do you (?:know|have any idea) how (?:hard|much|tired|busy) i",
        r"i had no (?:choice|time|idea)|i (?:could not|can not) help (?:it|that|myself)|i did not have (?:time|a choice|any choice)|"
        r"i was (?:busy|exhausted|stressed|working)|i did not know(?! (?:what|how) to)|how (?:was|am) i supposed to know|how (?:should|would|could) i (?:know|have known)|i am not a mind reader|i can not read your mind|"
        r"(?:there is|there 's) (?:a|a good) reason",
        r"why is (?:it|everything) always (?:me|my fault)|why am i always (?:the|to blame|blamed)|i am always the (?:bad guy|one to blame|villain|one who)|"
        r"(?:do not|stop) blam(?:e|ing) me|you always blame me|blame me for everything|i can not do anything right|nothing i do is (?:ever )?(?:good enough|right)",
        r"it was (?:just |only )?a joke|can not you take a joke|you can not take a joke|lighten up|relax , it was",
        r"i am (?:not|not even|so not) (?:over ?reacting|exaggerating|being (?:dramatic|unreasonable|crazy|paranoid|irrational|difficult|silly)|crazy|paranoid|making (?:it|this|that|things) up|imagining (?:it|things))(?= *[.!?,]|$| you)|"
        r"i am not (?:the problem|doing anything wrong|yelling|being defensive|defensive|angry(?! (?:with|at) (?:you|u)\b)|the bad guy|the one)|i am not being (?:defensive|difficult|unreasonable)",
        r"(?:yes|yeah) but|ok but|you (?:should|could) have (?:told|asked|reminded) me|if you had (?:told|asked|reminded) me|you never (?:told|asked|reminded) me",
        r"(?:and|but|well|so) what about you|what about your|you are not (?:exactly )?(?:perfect|innocent|a saint)",
        r"i (?:never|did not|do not) (?:promised|promise|agreed|agree|said|say) (?:that|to that|anything|i would|to)|(?:stop )?putting words in my mouth",
        r"what (?:did|do|else did|else do|were) you (?:expect|want) (?:me )?(?:to do|from me)?|what do you want from me|what was i supposed to do|what else could i (?:do|have done)",
        r"why are you (?:attacking|having a go at|picking on|coming at|blaming|yelling at) me|i (?:did not|didn't|never) (?:even )?(?:do|say) anything|i (?:did not|didn't) even do anything",
        r"(?:it is|it was|it s|that is|that was|its|was|is) not my (?:job|responsibility|problem|place|department)|(?:not|never) (?:my|his|her) (?:job|responsibility|problem) to",
        r"(?:can not|could not|should not|shouldn't|can't) be blamed|(?:is|was|am|are) not to blame|(?:do not|don't) put (?:this|that|it) on me",
        r"(?:^|(?<=[.!?'\"] )|well )i am (?:\w+ )?(?:tired|exhausted|busy|stressed|working|doing my best|knackered|shattered) too|i am doing (?:my|the) best i can|i am doing my best",
        r"(?<!hard )(?<!how )i (?:had|would|have|'d|d) been (?:too |so |really )?(?:busy|tired|working|swamped|stressed|exhausted)(?! (?:lately|recently|these days|at the moment|on |out|hard on|with a|toward|towards|through))|too busy (?:covering|doing|with|working|sorting)",
        r"(?:well|but) you (?:did not|didn't|do not|don't|never|were not|weren't) (?:want|say|tell|ask|even|come|help|do)",
        r"i did not mean it (?:like that|that way|the way)|you (?:always )?take (?:things|it|everything) the wrong way|(?:do not|don't) lecture me|stop lecturing me",
        r"you (?:never|did not|didn't) (?:told|tell|asked|ask|remind|reminded|mention|mentioned) me",
        r"(?:you are|stop) twist\w* (?:my words|what i|things|everything)|that is not how it (?:went|happened)|i was (?:going to|gon na|about to|getting to) (?:do|get|sort|fix|it|that)|i will do it later(?! ,? (?:i promise|promise|i will|if that is ok|is that ok|okay \?|ok \?))",
        r"if you (?:had|had not|hadn't|would have|would|'d|did not|didn't) (?:told|asked|reminded|said|mentioned|let|nagged|been)",
        r"i can (?:not|never) win|why is it (?:always )?my (?:job|fault|responsibility)|so do you|neither do you|you are (?:just )?as bad|just as bad",
        r"i had (?:my|a good|good|a) reasons?|stop (?:attacking|criticising|criticizing|nagging|picking on|having a go at|getting at) me|i (?:always )?get blamed|sick of being blamed",
        r"what (?:did|have) i (?:even )?(?:do|done)(?: wrong)?(?: now| this time)?(?= *[?!])|i am (?:trying|doing) my best|i (?:try|tried) my best|i am only human",
        r"that was (?:ages|years|months|weeks|so long) ago|(?:that is|that 's|it is) in the past|why are you bringing (?:that|this|it) up|(?:poor me|woe is me)",
    ),
    negatable=False,
)

# Defensiveness described: "he gets so defensive", "makes excuses" (not for his mates), "turns it
# around on me", "plays the victim", "blames me", "deflects", "denies everything", "quick to justify
# himself", "never admits it", "throws something I did back in my face", "has an excuse for everything".
DEFENDING_DESCRIBED: Tuple[Rule, ...] = build_rules(
    DEFENSIVENESS,
    (
        r"(?:gets?|got|getting|becomes?|became|is|was|are|am|being|so|very|really|turns?|goes|went) (?:so |really |very |super |immediately |instantly |all |always |just |extremely |incredibly |super )?defensive",
        r"(?:makes?|made|making) (?:up )?excuses(?! for (?:your|his|her|their) (?:mates?|friends?|family|mum|mom|dad|brother|sister|kids?|son|daughter|boss|parents?))|(?:turns?|turned|turning|flips?|flipped|flipping|twists?|twisted|twisting) (?:it|everything|things|this) (?:around|back|round)(?: on me)?|turns? the tables|"
        r"(?:plays?|played|playing|acts?|acted|acting) (?:the|like the|like a|like) (?:innocent )?victim|(?:blames?|blamed|blaming) me(?! for \w+ing (?:him|her))|"
        r"counter[- ]?attack\w*|deflect\w*|(?:never|won't|will not|refuses to|refused to|doesn't|does not) (?:takes?|take) (?:any )?responsibility|"
        r"(?:denies|denied|denying) (?:it|everything|that|ever)|(?:comes|came) back with (?:a list|what about|his own|her own)|brings? up (?:something|stuff|things) i did",
        r"(?:is|was|gets|got|always) (?:so )?(?:quick|quick) to (?:defend|justify)|(?:defends|defended|defending|justifies|justified|justifying) (?:himself|herself|themselves|myself)",
        r"(?:never|won't|will not|refuses to|refused to|can not|can't|doesn't|does not|did not|didn't) (?:ever )?(?:admits?|apologi[sz]es?|say sorry|says sorry|take the blame|accept (?:any )?blame|own (?:it|up|his|her))|(?:acts?|acting|plays?|playing) (?:all )?(?:hurt|innocent|wounded)",
        r"(?:throws?|threw|brings?|brought|drags?|dragged) (?:up )?(?:something|stuff|things|my|the time|what i)\b.{0,30}\b(?:back at me|in my face)",
        r"(?:has|have|had|with|always|got|find|finds|makes?) (?:an? |another |some )?(?:excuse|excuses|reason)(?:s)? (?:for (?:why|everything|it)|why|ready)|(?:an|another) excuse for|excuses for everything",
        r"(?:explains?|explained|explaining|justif\w+)(?: and explains?| and explained)? why (?:it|he|she|they) (?:was not|wasn't|is not|isn't|did not|didn't|could not|couldn't)",
    ),
    role=ACTOR,
)

# Denying responsibility: "that's hardly my fault", "it's not really my problem", "I never agreed to
# that", "I didn't even notice", "I was simply trying to help".
DENYING_RESPONSIBILITY: Tuple[Rule, ...] = build_rules(
    DEFENSIVENESS,
    (
        r"(?:it is|it was|that is|that was|this is|this was|it 's|that 's|its|thats|is|was|it isn't|it wasn't) (?:not |hardly |never |in no way )(?:(?:really|exactly|entirely|totally|all|completely|actually) )?(?:my (?:fault|problem|job|responsibility|issue|concern|business|department|doing)|on me|down to me|my bad)",
        r"i (?:never|did not|didn't|do not|don't|have never|would never|never once|definitely did not|certainly did not) (?:ever )?(?:said|say|did|do|done|promised|promise|agreed|agree|meant|mean|asked|ask|told|tell|touched|touch|knew|know|see|saw|notice|noticed|hear|heard|realise|realize|realised|realized) (?:that|this|it|anything|any such thing|such a thing|so|you|i would|that i would|a word|nothing)",
        r"i (?:was|am|'m|m) (?:only|just|simply|merely) (?:trying|saying|joking|asking|helping|being honest|kidding|teasing|pointing|suggesting|tired|doing|making|looking|checking|messing|having|being|explaining|telling)",
    ),
    negatable=False,
)

# Counter-attack: "yeah, but what about you", "well you forgot too", "you did it yourself", "what
# about last week".
COUNTER_ATTACKS: Tuple[Rule, ...] = build_rules(
    DEFENSIVENESS,
    (
        r"(?:(?:yes|yeah|yea|yep|ok|okay|sure|fine|right|alright|true|maybe)(?: ,| \.)? but|well(?: ,)?(?: but)?) (?:what about (?:you|your|when|the time|all the|that)|you (?:do|did|are|were|also|too|always|never|have|had|said|started|forgot|were the one|could|should|can|don't|do not|did not|didn't|never|always|aren't|are not|weren't|were not))",
        r"(?:well|but|and|oh) you (?:do|did|are|were|also|too|said|started|were the one|are the one|forget|forgot|do it|did it|do that|did that|have|had|always|never|can|could|should|don't|do not|did not|didn't|aren't|are not)(?: \w+){0,4} (?:too|as well|either|also|yourself|all the time|first|constantly)(?= *[.!?,]|$)",
        r"you (?:\w+ )?(?:do|did|say|said|forget|forgot|are|were|have|had|leave|left|spend|spent|do it|did it|do that|did that) (?:it |that |this |the same(?: thing)? )?(?:too|as well|all the time|constantly|yourself)(?= *[.!?,]|$)",
        r"what about (?:when|the time|all the times|that time|last (?:week|month|year|night|time)|you|your|how you|the way you|what you)",
    ),
    negatable=False,
)

# Excuses and protests: dismissing the complaint ("you're blowing this out of proportion", "so
# what?"), refusing blame ("don't pin this on me"), the innocent victim ("why am I always the bad
# guy", "nothing I do is good enough", "so now I'm the villain?"), excuses ("I had my reasons", "I
# was swamped", "how was I supposed to know", "you never told me", "just banter", "I was going to
# do it", "I'm doing my best"), counter-attack ("you're hardly one to talk", "you started it", "I
# work too"), denial ("that's not what happened", "what did I even do?") and minimising ("that was
# ages ago", "I was only five minutes late").
EXCUSES_AND_PROTESTS: Tuple[Rule, ...] = build_rules(
    DEFENSIVENESS,
    (
        r"(?:you are|you 're|you re|youre|you) (?:over[- ]?reacting|overthinking|exaggerating|(?:being (?:so |way |too |far too |completely |totally )?|(?:way |too |far too |completely |totally ))?(?:dramatic|hysterical|paranoid|unreasonable|irrational|petty|crazy|ridiculous))|(?:you are|you 're|you re|you) (?:blowing|making|turning) (?:this|it|things|everything|a small thing|something small|nothing) (?:way |totally |completely |all |so |a bit |massively )?(?:out of (?:all )?proportion|into (?:a (?:big )?(?:deal|thing|drama|crisis|fight)|something|an issue|a federal case|a drama))|you are making (?:a )?(?:big )?(?:deal|mountain|fuss|drama|scene)",
        r"(?:it is|it was|it 's|that is|that 's|it|this is) (?:not|hardly|no) (?:that|such|a|a big|a huge|the end of the|even) ?(?:big |huge )?(?:a )?(?:deal|bad|serious|important|world|problem|issue)|(?:what is|what 's|so what is) the (?:big )?(?:deal|problem|issue|harm)(?= *[?!.]|$)|so what(?= *[?!.,]|$)",
        r"(?:do not|don't|dont|stop|quit) (?:blame|blaming|pin|pinning|put|putting|pointing the finger at|dumping) (?:me|this on me|it on me|that on me|the blame on me|everything on me)",
        r"why (?:is it|am i|does it|do i) always (?:me|my fault|the one|the bad guy|get blamed|have to be|to blame|take the blame)|(?:i am|i 'm|i m) always the (?:bad guy|villain|one to blame|one who gets blamed|scapegoat)|i (?:always )?get blamed|i can not (?:win|do anything right)|nothing i do is (?:ever )?(?:good enough|right|enough)",
        r"i had (?:no (?:choice|option|time|other choice|other option|idea)|(?:my|a|good|a good|a very good|perfectly good) reasons?)|i (?:could not|can not|couldn't|can't) help (?:it|that|myself|the traffic)|(?:it|that) (?:was|is) (?:out of my (?:hands|control)|not (?:in my|under my) control|beyond my control)",
        r"(?:(?:^|(?<=[.!?,'\"] ))i (?:was|have been|had been|'ve been|'d been|d been)|(?:because|cause|well|sorry|but|look|listen|hey)(?: ,)? i (?:was|am|'m|m|have been|had been|'ve been|'d been|d been)) (?:\w+ )?(?:busy|tired|exhausted|stressed|swamped|working|at work|knackered|shattered|overwhelmed|slammed|run off my feet|doing (?:\w+ )?(?:everything|stuff|things|my best|the best i can|other things|something else)|in a meeting|driving|asleep|sick|ill|on the phone)(?! (?:and (?:i|we) (?:need|want|would|'d)|so i (?:need|want|asked)|lately|recently|these days|at the moment|on |out\b|hard on|towards?|through))",
        r"how (?:was|am|were|is|could|would|should) (?:i|anyone|anybody) (?:supposed to |meant to |going to |have |to )?(?:know|have known|guess|remember|read your mind|tell)|i am not a (?:mind reader|psychic|mind-reader)|i can not read (?:your|his|her) mind",
        r"you (?:never|did not|didn't|do not|don't|forgot to|failed to) (?:even )?(?:told|tell|asked|ask|remind|reminded|mention|mentioned|say|said|let me know|warn|warned) (?:me|anything(?! (?:nice|good|kind|sweet|positive|loving|romantic|supportive|encouraging)))|you should (?:have|'ve) (?:told|asked|reminded|said|mentioned|warned|let me know)|if you (?:had|'d|would have|would|did not|didn't|hadn't|had not) (?:just |only )?(?:told|asked|reminded|said|mentioned|been|nagged|let|warned|kept)",
        r"(?:it was|i was|that was|it 's|it is) (?:just |only )?(?:a joke|joking|kidding|banter|a bit of fun)|(?:can not|can't|cant|could not) you take a joke|you can not take a joke|lighten up|you have no sense of humou?r",
        r"i am (?:doing|trying) (?:my|the) best(?: i can)?|i (?:try|tried|am trying|was trying) (?:my best|so hard|really hard|everything)|i am only human|i can not do everything|i can not be (?:everywhere|in two places)|at least i (?:do not|don't|did not|am not|'m not|try|tried|work|do|have|actually|bother|show up|made|make|remembered)",
        r"(?:you are|you 're|you re|you) (?:one|the one|the last person|hardly the one|in no position) to (?:talk|judge|lecture|criticise|criticize|complain)|look who is talking|(?:that is|that 's) rich(?: coming from you)?|pot calling the kettle|you are (?:no|not exactly a|hardly a|not a) (?:saint|angel|better|perfect)|you are not (?:exactly )?(?:perfect|innocent|blameless) (?:either|yourself)?|neither are you|neither do you|so do you|so are you|nor do you",
        r"you (?:started|began) (?:it|this|that|the whole thing)|(?:you are|you 're|you) the one (?:who|that) (?:\w+)|i am not the one (?:who|that)|it takes two|(?:you|she|he) (?:made|make) me (?:do it|do that|say it|say that|react|angry|snap|like this)",
        r"(?:that is|that 's|this is|it is|it 's) (?:\w+ly |just |so |totally |completely )?(?:not|so not|totally not|completely not|absolutely not) (?:true|fair(?! (?:on|to) (?:you|him|her))|what happened|what i said|what i meant|how it (?:went|happened)|the point)|(?:you are|stop) (?:twist|twisting|putting) (?:my words|words in my mouth|what i said|everything|things)|(?:that is|that 's) (?:a lie|so unfair|ridiculous|not fair|bullshit|rubbish|nonsense)(?= *[.!,]|$)",
        r"(?:why are you|stop|quit|do not|don't) (?:attacking|having a go at|picking on|coming at|blaming|yelling at|nagging|criticising|criticizing|getting at|lecturing|accusing|interrogating) me|(?:what|why) (?:did|have) i (?:even )?(?:do|done)(?: wrong)?(?: now| this time)?(?= *[?!])|i (?:did not|didn't|never|have not|haven't) (?:even )?(?:do|done|say|said) (?:anything|a thing|nothing)(?: wrong)?",
        r"i (?:was|am|'m|m) (?:\w+ly |just |literally )?(?:going|gon na|gonna|about|planning|meaning|getting round|getting around) to (?:do|get|sort|fix|call|pay|clean|tidy|tell|text|it|that|deal)|i will do it (?:later|tomorrow|in a (?:minute|bit|sec))(?! ,? (?:i promise|promise|i will|if that is ok|is that ok|okay \?|ok \?))|i forgot,? (?:ok|okay|alright|all right|so what|big deal|sue me)|sue me(?= *[.!,]|$)|(?:i did not|i didn't) do it on purpose|it is not like i (?:meant|wanted|did it|planned|did)",
        r"(?:that|it) was (?:ages|years|months|weeks|so long|a long time) ago|(?:that is|that 's|it is|it 's) (?:all )?in the past|why (?:are you|do you (?:always|have to)|must you) (?:bring|dig|drag|dredge)(?:ing)? (?:that|this|it|up)|get over it(?= *[.!,]|$)",
        r"what (?:did|do|else did|else do|were|was|am|are) (?:you|i) (?:expect|want|supposed|meant|expecting)(?: me)?(?: to do| to say| from me)?(?= *[?!.,]|$)|what (?:else )?(?:could|was|should) i (?:have )?(?:do|done)(?= *[?!.,]|$)",
        r"how (?:can|could|is|was) (?:it|that|this|any of this) (?:possibly )?(?:be )?my fault|(?:so )?(?:now )?(?:everything|it|this|all of this) (?:is|'s) (?:always |somehow |apparently |suddenly |all |now |ever )*my fault(?: now| again)?(?: ,)?(?: (?:as usual|according to you|is it|right|apparently|again))?(?= *[?!.,']|$)|(?:it is|it 's|its|it was) (?:all )?your fault (?:i|that i)|(?:it is|it 's|it was) (?:really |all )?on (?:me|you)(?= *[.!,]|$)",
        r"(?:do not|don't|dont) (?:look at|start on|start with|come at|go at|point at) me|(?:that|it|this) was your idea|(?:you|she|he) (?:can not|can't|cant) talk(?= *[.!,]|$)|(?:no|hardly a|not exactly a) saint(?: either)?|(?:hardly|not exactly|it is not|it 's not|it was not|that is not) (?:a |the )?(?:crime|hanging offence|capital offence|end of the world|big drama|disaster)",
        r"(?:^|(?<=[.!?,'\"] )|(?<=so )|(?<=oh ))(?:so )?(?:now )?i am (?:the |a |an )?(?:\w+ ){0,2}(?:one|monster|villain|bad guy|problem|criminal|terrible person|worst)(?: now)? \?|(?:^|(?<=[.!?'\"] ))me \? i am",
        r"(?:i was|i am|i 'm|it was|it is|that was) (?:only|just) (?:\d+|a few|a couple of|five|ten|twenty|fifteen|two|half an?) (?:mins?|minutes|seconds|hours?|pounds|quid|dollars|bucks|quid|days?|late|over)|(?:it|that) (?:does not|doesn't|did not|didn't) mean anything|(?:reading|read) (?:way |far )?too much into (?:it|this|that|things|everything)",
        r"(?:well|but|yeah|hey|and)(?: ,)? i (?:had|have|am|'m|was|work|do|did|get|got) (?:\w+ ){0,4}(?:too|as well)(?= *[.!,'\"]|$)|i am the one (?:who|that) (?:works?|does|did|pays?|cooks?|cleans?|earns?|looks? after)",
    ),
    negatable=False,
)

# Defensiveness described in base form, so any tense reads on the lemma view: getting defensive,
# making excuses, turning it back on me, shifting the blame, playing the victim, denying it, never
# admitting it, coming back with a list, and reported denials and excuses ("he insists he never said
# that", "she reckons she was only joking", "says it's not his fault").
DEFENDING_DESCRIBED_IN_BASE_FORM: Tuple[Rule, ...] = build_rules(
    DEFENSIVENESS,
    (
        r"(?:get|become|go|be|is|are|was|were|turn|sound|act|feel|seem) (?:\w+ly |so |really |very |super |all |always |just |a bit |pretty |quite )?defensive",
        r"(?:make|have|come up with|find|give|offer|invent|always have|list) (?:an? |another |some |all sorts of |a list of |the same |a million |a hundred |a thousand |so many |endless )?(?:excuse|excuses|justification|justifications)(?! for (?:your|his|her|their) (?:mates?|friends?|family|mum|mom|dad|brother|sister|kids?|son|daughter|boss|parents?))|(?:an|another) excuse for",
        r"(?:turn|flip|twist|spin|throw|redirect|deflect|push|shift) (?:it|everything|things|this|that|the (?:blame|conversation|whole thing)|every argument|every conversation) (?:around|back|round|onto|on to|to|at)(?: (?:on|onto|to|at) me)?|turn the tables|deflect|shift the blame|point(?:ing)? the finger|blame (?:me|everyone|everything|it on me|the kids|work|his|her|the)(?! for \w+ing (?:him|her))",
        r"play (?:the )?(?:innocent|victim|martyr|victim card|wounded|hurt)|act (?:all )?(?:innocent|hurt|wounded|like the victim|like a victim|like (?:he|she) (?:is|be|was) the victim)",
        r"(?:deny|denied) (?:it|everything|that|ever|all|any|saying|doing|having)|(?:never|will not|would not|refuse to|can not|do not|does not|did not) (?:ever )?(?:admit|apologi[sz]e|say sorry|own up|take (?:any )?(?:responsibility|the blame|blame|ownership)|accept (?:any )?(?:blame|responsibility)|own (?:it|his|her))",
        r"(?:defend|justify|explain) (?:himself|herself|themselves|myself|away)|(?:come|came) back (?:with|at me with) (?:a list|what about|his own|her own|something|all the|every)|(?:bring|dredge|drag|dig) up (?:something|stuff|things|everything|every) (?:i|i have|i had|i 've) (?:do|did|done|say|said)|counter[- ]?(?:attack|complain|accus)",
        r"(?:say|insist|claim|swear|argue|maintain|reckon) (?:that )?(?:he|she|they) (?:never|did not|have not|has not|had not) (?:\w+)|(?:say|insist|claim|swear|argue|maintain|reckon) (?:that )?(?:he|she|they) (?:do not|does not) (?:remember|recall|know what|see (?:the|what|why|a) |get (?:why|what))|"
        r"(?:insist|claim|swear|maintain) (?:that )?(?:he|she|they) (?:do not|did not) \w+|"
        r"(?:says|said|claims|claimed|insists|insisted|swears|swore|reckons|argues|argued) (?:that )?(?:he|she|they) (?:did not|never) (?:(?:even|actually|really) )?(?:do|mean|have|say|touch|know|see|sleep|cheat|kiss|text|go|break|forget|hear|lie|notice|realise|realize|promise|agree|ask|flirt)|(?:say|insist|claim|swear|reckon|think) (?:that )?(?:he|she|they) (?:was|is|were|be|'s) (?:only|just|simply) (?:\w+ing)|"
        r"(?:point|bring|throw|fire) (?:out|up|back) (?:that )?(?:i|my|something i|what i|how i)|(?:say|said) (?:it be|it is|it was|it 's) my fault (?:he|she|they)|"
        r"(?:say|insist|claim|swear|argue|maintain) (?:that )?(?:it|this|that) (?:be|is|was|were) not (?:his|her|their) fault|(?:say|insist|claim|swear) (?:he|she|they) (?:be|was|is|were) (?:only|just) (?:trying|joking|helping)|(?:always|never|everything|nothing) (?:be|is) (?:ever )?(?:his|her) fault",
    ),
    role=ACTOR,
)

# Protesting one does enough already: "what more do you want from me", "i don't know what else you
# want", "i already do loads", "i do plenty around here".
DOING_ENOUGH: Tuple[Rule, ...] = build_rules(
    DEFENSIVENESS,
    (
        # "what more do you want from me", "i don't know what else you want"
        r"what (?:more|else) (?:do|did|does|could|can|should|would) (?:you|u) (?:want|expect|need)(?: from me| me to (?:do|say))?(?= *[?!.,]|$| from me| me to)|i (?:do not|don't|dont) know what (?:more|else) you (?:want|expect)",
        # "i already do loads", "i do plenty around here"
        r"i (?:already |literally |honestly |actually )?do (?:plenty|loads|heaps|tons|enough|so much|a lot|more than enough|more than (?:my share|you|anyone)|my (?:fair )?share|everything|half)"
        r"(?: (?:already|(?:around|round) (?:here|the house)|for (?:you|this family|us|everyone)|in this house))?(?= *[.!?,']|$| you | and | but )",
    ),
    negatable=False,
)

# Minimising: "it's really not that deep", "i only had two drinks", "it was only once".
MINIMISING: Tuple[Rule, ...] = build_rules(
    DEFENSIVENESS,
    (
        r"(?:it|that|this) (?:is|was) (?:really |honestly |even |seriously |literally )?not (?:even )?(?:that|so) (?:deep|bad|serious|big a deal|long|much|late|expensive|many)|not that deep",
        r"i (?:only|just) (?:had|drank) (?:like )?(?:a couple|a few|one|two|three|\d+)(?: of)? (?:drinks?|beers?|pints?|glasses|wines?|shots?)|"
        r"i (?:only|just) (?:forgot|missed|did it|did that|was late|said it|said that) (?:once|one time|twice|a couple of times|by a few minutes)|(?:^|(?<=[.!,] ))(?:it was )?only (?:once|one time|twice)(?= *[.!,]|$)",
    ),
    negatable=False,
)

# Indignant defences: "i'm doing everything i can", "it's not like you're perfect", "i don't see
# what the big deal is", "you make me out to be the villain", denying what happened ("that never
# happened", "you're misremembering"), "it's not cheating if ...", shifting the blame ("i wouldn't
# have to shout if you listened", "you're the reason i drink"), "you're just looking for a fight",
# "i wasn't even yelling", "it's only a game", "why are you so worked up?", "you shouted first", "i
# didn't forget", "well you bought ...", the same charge back ("you do the exact same thing"), the
# sarcastic victim ("sorry for breathing", "well excuse me") and "i've had a long day, ok?".
INDIGNANT_DEFENCES: Tuple[Rule, ...] = build_rules(
    DEFENSIVENESS,
    (
        r"(?:i am doing (?:everything|all|as much as|what) i (?:can|possibly can|could)|i (?:do|did|try|tried) everything i (?:can|could)|i am doing the best i (?:can|could))(?= *[.!?,]|$| and you| but you| so | you | what more)",
        r"(?:it is|it 's|its) not (?:like|as if) you are (?:perfect|a saint|an angel|innocent|blameless|any better|never \w+)|"
        r"i (?:do not|don't|dont) (?:see|get|understand) (?:what|why) (?:the (?:big )?(?:deal|problem|issue|fuss) is|you are (?:so )?(?:upset|angry|mad|annoyed|making (?:a|such a|this) (?:big )?(?:deal|fuss)))|"
        r"(?:make|making|makes|made|paint|painting|paints) me (?:out )?(?:to be |as |look like )?(?:the|a) (?:bad guy|villain|bad one|monster|bad person)",
        # reality denial: "that never happened", "you're misremembering", "you're making things up"
        r"(?:^|(?<=[.!?,'\"] )|(?<=and )|(?<=but ))(?:that|it|this) (?:never|did not|didn't|did n't) (?:even )?happen(?:ed)?(?= *[.!?,]|$| and | but | so | you | like that| that way)|"
        r"you are (?:misremembering|mis-remembering|remembering (?:it|that|things) wrong|imagining (?:things|it|that|stuff)|making (?:things|it|that|this|stuff) up|hearing things)|"
        r"you must (?:have )?(?:misheard|misunderstood|be (?:imagining|confused|mistaken|thinking of))|you (?:have|'ve) got it (?:all )?wrong",
        r"(?:it is|it 's|its|it was|that is) not (?:cheating|lying|flirting|stealing|wrong|rude|a problem|a big deal|that bad|a crime|illegal) if",
        # blame shifted onto the other: "i wouldn't have to shout if you listened"
        r"i (?:would not|would never|wouldn't|wouldnt) (?:have to|need to|have had to|be (?:so )?(?:late|angry|mad|upset|cross|annoyed|stressed|shouting|yelling|nagging|like this)|"
        r"have (?:said|done|shouted|yelled|snapped|reacted)|shout|yell|nag|snap|react|get (?:angry|mad|cross|upset))(?: \w+){0,4} if (?:you|u|she|he|they)",
        r"i (?:would|'d) have (?:\w+ )?(?:called|rung|texted|come|done it|done that|helped|replied|answered|told you|said something|remembered|been (?:there|home|on time|ready)|picked (?:it|you|them) up|paid|cleaned|cooked|known)(?: \w+){0,3} if (?:you|u) (?:had|'d|would have|did|would|just|actually)",
        r"if you (?:had |'d |would |just |only |actually )?(?:\w+ ){1,6}(?:then )?i (?:would not|wouldn't|wouldnt|would never) (?:have to|need to|be|get|have)|"
        r"(?<!not )(?<!n't )(?:it is|it 's|its|it was) (?:all |totally |entirely )?your (?:own )?fault (?:we|that we|the|i|that i|this|things)|"
        r"you are the only (?:one|person) (?:who|that) (?:has|have|sees|thinks|cares|minds|is bothered|complains|gets upset|got upset|seems to)|(?:everyone|everybody) else (?:thinks|is|says|seems|does|was)(?! (?:you|that you))|"
        r"i am not (?:going to |gonna )?(?:apologi[sz]e|say sorry) (?:for (?:something|anything|that|this|what|nothing)|when)|i will not (?:apologi[sz]e|say sorry) (?:for (?:something|anything|that|this|what|nothing)|when)",
        r"you are (?:just |only |always |clearly |obviously )?(?:looking|searching|hunting) for (?:something|anything|reasons?|an excuse|a fight|an argument|problems?|faults?|things)|"
        r"(?:we|i|this|it) (?:would not|wouldn't|wouldnt) (?:be|have|happen) (?:\w+ ){0,4}if (?:you|u)(?= )|you are the one (?:with|who has|that has) (?:the |a )?(?:\w+ )?(?:problem|issue|issues)|"
        r"you (?:always |keep |constantly )?twist(?:ing|s)? (?:everything|my words|what i say|what i said|things|it)|(?:sick|tired) (?:and tired )?of being (?:the bad guy|blamed|the villain|the one who|criticised|criticized|nagged|the problem|attacked|picked on|made to feel)",
        r"i (?:was not|wasn't|wasnt|am not|was never) (?:even )?(?:yelling|shouting|screaming|angry|mad|being rude|being mean|being nasty|rude|on my phone|flirting|drunk|lying|that late|late)(?= *[.!,]|$| at| with| i was)|"
        r"(?:it is|it 's|its|it was|that is|that was) (?:only|just) (?:a |one )?(?:game|joke|bit of fun|text|drink|few (?:minutes|quid|drinks)|minute|small thing|tv show|film|message|kiss|dance|lunch|coffee)(?= *[.!,]|$| why| so| relax| chill)|"
        r"why are you (?:getting |being )?(?:so |this )?(?:upset|worked up|wound up|bothered|touchy)(?= *[?!.,]|$)(?: about (?:it|this|that|nothing))?|"
        r"(?:because|cos|cause|since) you (?:\w+ ){1,3}first(?= *[.!,]|$)|you (?:shouted|yelled|started|snapped|swore|did it|raised your voice) first",
        r"(?:you are|you 're) the (?:reason|cause|only reason) (?:why )?i (?:\w+ ){0,2}(?:get|gets|got|am|was|drink|drinks|shout|shouts|yell|yells|snap|snaps|lose|loses|lost|cheated|act|acts|did|do|react|reacts|said|say|angry|mad|is)",
        r"you (?:can not|can't|cant|could not|should not|shouldn't) (?:\w+ )?(?:blame|pin) (?:me|this on me|that on me|it on me)|(?<!like )(?<!as if )i (?:was not|wasn't|wasnt) even (?:home|there|here|around|in|awake|involved|the one)|"
        r"(?:it is|it 's|its|that is|that 's) (?:no big deal|no biggie|not a biggie|nothing|no biggy)(?= *[.!,]|$| ,| so| you| i will| chill| relax)|"
        r"(?:it is|it 's|its|it was) (?:all )?your (?:own )?fault (?:for|because|you|that you)",
        r"(?:^|(?<=[.!?,'\"] )|(?<=said )|(?<=says )|(?<=goes )|(?<=went ))i (?:did not|didn't|never) (?:forget|ignore|lie|lied|cheat|cheated|flirt|flirted|shout|yell|snap|interrupt|break|lose|miss|touch|hide|take|spend)(?= *[.!,]|$| it| that| anything| your| you)",
        r"(?:^|(?<=[.!?,'\"] )|(?<=said )|(?<=says )|(?<=goes )|(?<=went ))well(?: ,)? you (?!(?:did (?:it|great|well|amazing|so)|made it|look|deserve|are (?:right|welcome))\b)(?:\w+ed|bought|spent|went|did|forgot|left|made|said|had|got|took|broke|lost|were|are|do|never|always|also|too)(?= )",
        # the same charge back: "you do the exact same thing"
        r"you (?:\w+ )?(?:do|did|say|said) (?:the )?(?:exact |very |exactly the )?same (?:thing|stuff|things)?(?: to me| yourself| all the time)?(?: (?:last|this|on|at|yesterday|the other) ?\w*)?(?= *[.!?,]|$)",
        # the sarcastic victim: "sorry for breathing", "well excuse me for trying"
        r"(?:sorry|excuse me|pardon me|forgive me) for (?:breathing|existing|living|being alive|trying|caring|asking|having (?:feelings|an opinion)|being (?:human|born))|"
        r"(?:^|(?<=[.!?,] ))(?:well )?excuse me(?= *[.!,]|$| for)|sorry i am not (?:perfect|a mind reader|psychic)|you knew what i was like (?:when|before)",
        r"i (?:have|had|'ve had) (?:had )?(?:a |such a )?(?:really |very |super |so )?(?:long|hard|rough|bad|busy|stressful|shit|crap|horrible|awful) (?:day|week|shift)(?: too)?"
        r"(?:,? (?:ok|okay|alright|all right)(?= *[.!?]|$)| (?:so|alright|ok) (?:give|cut|back|leave|get off)|,? (?:what do you|give me|cut me|back off|get off))",
    ),
    negatable=False,
)

# Deflection described: listing one's own good deeds ("he lists all the things he's done for me"),
# claiming to be busy ("she says she was exhausted"), blaming someone else, making it about the
# other ("she makes it about something i did"), and a counter-complaint when a problem is raised
# ("whenever i bring up money he says i spend more"; the `act` group, the reply, is the span found).
DEFLECTION_DESCRIBED: Tuple[Rule, ...] = build_rules(
    DEFENSIVENESS,
    (
        # listing one's own good deeds: "he lists all the things he's done for me"
        r"(?:list|reel off|rattle off|go through|remind me of|bring up|tell me about|point out|count up|recite) (?:off )?(?:all |every |each )?(?:the |of the )?(?:thing|things|stuff|everything|time|times|way|ways|favour|favours|chore|chores) "
        r"(?:that )?(?:he|she|they) (?:be |is |has |have |'s |'ve )?(?:do|done|did|sacrifice|sacrificed|give up|given up|help|helped|pay|paid|cook|cooked|clean|cleaned)(?! not)|"
        r"(?:list|remind me|tell me|go on about|go on and on about|point out|bring up|lecture me about|start on about|bang on about|harp on about) (?:of )?(?:how much|how hard|everything|all) (?:(?:he|she|they) (?:do|does|did|work|works|has done|have done|be do|be doing|is doing|was doing|be working|is working|sacrifice|sacrifices)|(?:his|her|their) (?:job|work|day|week|life|boss) (?:is|was|be))",
        r"(?:say|said|says|claim|claims|claimed|insist|insists|insisted|reckon|reckons|swear|swears|swore) (?:that )?(?:he|she|they) (?:was|were|is|are|be|had been|has been|have been|'d been) (?:just |really |so |too |only )*(?:busy|tired|exhausted|stressed|swamped|working|knackered|at work|asleep|driving)(?! (?:and (?:i|we) |so i ))|"
        r"(?:find|blame|point (?:the finger )?at) (?:someone|somebody|something|anyone|anybody|everyone|everybody|everything) else(?: to blame)?|(?:always|never) (?:be |is )?(?:someone|somebody) else 's fault",
        # "she makes it about something i did", "he turns it into my fault"
        r"(?:make|turn|twist|flip) (?:it|this|that|everything|every conversation|the conversation|every argument|things) (?:all )?(?:about|into) (?:me|my (?:\w+)|something (?:i|about me)|what i|how i|the time i|a (?:thing|conversation|fight) about me)(?! and (?:i|we) )",
        # counter-complaint when a problem is raised: "whenever i bring up money he says i spend more"
        r"(?:when|whenever|every time|everytime|any time|anytime|if|as soon as|the (?:moment|minute|second)) i (?:\w+ ){0,2}(?:bring (?:\w+ ){0,2}up|raise|mention|complain|ask|say|point out|try to (?:talk|bring|raise|say|explain))(?: \w+){0,8}?(?: ,)? "
        r"(?P<act>(?:he|she|they|(?:my |the )?(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|hubby|fianc[eé]e?|other half)) (?:just |always |immediately |instantly |then |will |would |usually )*"
        r"(?:says?|said|goes|go|went|points? out|pointed out|brings? up|brought up|reminds? me|reminded me|tells? me|told me|(?:starts?|started) (?:on|listing|bringing|talking about)|"
        r"lists?|listed|throws?|threw|comes? back with|came back with|counters?|countered)(?: that)? "
        r"(?:i (?:\w+ ){0,2}(?:too|more|worse|as well|also|always|never|just as|the same)|what about|the time i|something i|all the|everything i|about me|how i|my (?:\w+ )?(?:spending|drinking|phone|mistakes|faults)|"
        r"(?:well|but|yeah but|ok but|and) you|you (?:\w+ ){0,2}(?:too|more|worse|as well|also|just as|the same)))",
    ),
    role=ACTOR,
)

# Denials and retorts: "you're making a massive deal out of nothing", "how is this my fault", "i
# don't know what you're talking about, i haven't touched it", "i would never say something like
# that", reported dismissal ("he told me i'm 'remembering it wrong'"), admit-then-counter ("yes i
# left the door open but you left every light on"), "you do the same thing every weekend", "happy
# now?", "what am i supposed to do?", "i didn't roll my eyes".
DENIALS_AND_RETORTS: Tuple[Rule, ...] = build_rules(
    DEFENSIVENESS,
    (
        # minimising: "you're making a massive deal out of nothing", "making such a fuss over it"
        r"(?:you are|you|she is|he is|she|he|they|people) (?!(?:always|never|constantly|keep|keeps|forever)\b)(?:\w+ )?(?:making|make|made|makes|blowing|blew|blows) (?:a |such a |this |it |this into a |it into a |things into a )?(?:\w+ )?(?:deal|fuss|drama|mountain|song and dance|thing) (?:out of|about|over) (?:nothing|this|it|something|a \w+|one \w+)",
        r"(?:but|so|and|how|why) is (?:it|this|that|any of this) (?:\w+ )?my fault|(?:is|was) not in my hands|(?:i|how can i|how am i) (?:can not |could not |can't )?(?:possibly )?be expected to",
        # denial: "i don't know what you're talking about, i haven't touched it"
        r"i (?:do not|don't|dont|have no idea|have no clue) (?:know )?what you are (?:talking|on) about|i (?:have not|haven't|havent|never|did not|didn't) (?:even )?(?:touched|touch|taken|take|seen|opened|open|used|spent|moved|read) (?:it|that|them|your \w+|anything|a thing|a penny|a cent)(?= *[.!,'\"]|$| i | and)",
        r"(?:i|he|she) (?:' |\" )?would never (?:say|do|said) (?:something|anything) like that|i never (?:said|did) (?:something|anything) like that",
        # reported dismissal: "he told me i'm 'remembering it wrong'", "she says i'm overreacting"
        rf"{REPORT_VERB} (?:me )?(?:that )?(?:i am|i 'm|i was) {QUOTE}(?:misremembering|remembering (?:it|that|things|this) (?:all )?wrong|imagining (?:it|things|that)|making (?:it|things|this|that) up|over ?reacting|exaggerating|being (?:dramatic|paranoid|crazy|oversensitive|hysterical|ridiculous))",
        # admit-then-counter: "yes i left the door open but you left every light on"
        r"(?:yes|yeah|ok|okay|fine|sure|maybe|alright|right)(?: ,)? i (?:[\w']+ ){1,7}?(?:, )?but (?:you|u) (?!(?:are right|were right|have a point|had a point|did nothing|did not deserve|do not deserve|mean|matter|know)\b)(?:\w+)",
        # "you do the same thing every weekend"
        r"you (?:\w+ )?(?:do|did|say|said) (?:the )?(?:exact |very |exactly the )?same (?:thing|stuff|things) (?:every \w+|all the time|constantly|each \w+)",
        r"(?:you|u) think i am the (?:problem|bad guy|villain|one)(?= *[?!.]|$)|i am the worst (?:\w+ )?(?:alive|ever|in the world|on earth)(?= *[.!,?]|$| happy)|happy now(?= *\?)|"
        r"(?:but|and|so) what (?:can|could|else can|else could|am|was) i (?:supposed to |meant to )?do(?= *\?)",
        r"i (?:did not|didn't|never) (?:roll|raise|slam) (?:my eyes|my voice|the door)",
    ),
    negatable=False,
)

# Excuses and denials in the partner's reported words: "he always claims he 'didn't hear me'",
# "says he cannot help it".
REPORTED_EXCUSES: Tuple[Rule, ...] = build_rules(
    DEFENSIVENESS,
    (
        r"(?:say|says|said|claim|claims|claimed|insist|insists|insisted|swear|swears|swore|reckon|reckons|reckoned) (?:that )?(?:he|she|they) (?:' |\" )(?:did not|never|was not|had not|has not|would never) (?:even )?\w+|"
        r"(?:say|says|said|claim|claims|claimed|insist|insists|insisted) (?:that )?(?:he|she|they) (?:' |\" )?(?:can not|could not|can't|couldn't) help (?:it|that|himself|herself)",
    ),
    role=ACTOR,
)

# Defences said quietly: minimising ("it was one drink. one.", "hardly a fortune", "i hardly think
# that makes me unreliable"), "i can hardly be expected to", "i don't see why i should apologise",
# "i only did it because you ...", "i know i was late, but ...", "that's her problem", "i had only
# been trying to help", "i'd listen if you didn't shout", "you should be grateful i came at all",
# "you're hardly one to talk", "you say i never ..., but", "if you hadn't ..., i wouldn't have".
UNDERSTATED_DEFENCES: Tuple[Rule, ...] = build_rules(
    DEFENSIVENESS,
    (
        # minimising: "it was one drink. one.", "hardly a fortune", "i hardly think that makes me unreliable"
        r"(?:it|that) was (?:only |just )?one [\w']+(?= *[.!,])|(?:^|(?<=[.!?] ))one(?= *[.!]+ *(?:one|in|$))|"
        r"(?:hardly|not exactly|is not exactly) a (?:fortune|crime|tragedy|disaster|catastrophe|scandal|big deal|hanging offence)|i hardly think (?:that|this|it) (?:makes|is|was|counts|deserves|warrants)",
        r"(?<!you )(?:can|could) (?:not |n't )?(?:hardly )?(?:possibly )?be expected to|(?<!you )(?:can not|could not) (?:possibly )?be expected to",
        r"i (?:do not|don't|dont) see why (?:i should|i have to|i need to|we are (?:treating|making|still)|you are (?:so|making|treating|still)|this is (?:such )?a)|i (?:do not|don't|dont) see the (?:difference|problem|issue|harm|big deal)(?= *[.!,'\"]|$)",
        r"i (?:only|just) (?:[\w']+ ){1,6}?because (?:you|u) (?:have been|'ve been|were|are|had|did|kept|never|always)|what (?:was|am|were) i (?:supposed|meant) to (?:think|say|do)(?= *[?!.,])",
        r"(?:i know|i admit|admittedly|granted|i accept)(?: ,)? i (?:[\w']+ ){1,9}?,? but (?!(?:i am sorry|i apologi[sz]e|that is no excuse|that 's no excuse|i should have|you are right|i want|i would like|i 'd like|i will)\b)",
        r"(?:it is|it 's|it was|that is) not (?:cheating|lying|flirting|stealing|a date|an affair)(?= *[.!,;]|$)|(?:that is|that 's|it is|it 's) (?:her|his|your|their) problem(?= *[.!,'\"]|$)|if (?:she|he|you|they) took it the wrong way",
        r"(?:i|he|she) (?:had|would|'d) (?:only|just) been (?:trying|joking|helping|saying|repeating|teasing|asking|kidding|being)|(?:i|he|she) (?:had|'d|has|have|'ve) (?:done nothing wrong|not done anything wrong)|i (?:had not|hadn't) done anything wrong",
        r"i (?:would|'d) (?:listen|help|talk|do it|do that|calm down|be (?:nicer|kinder|calmer|less \w+)|stop|answer) (?:\w+ ){0,2}if you (?:did not|didn't|would not|wouldn't|stopped|were not|weren't|did|had)",
        r"(?:i|you) should be (?:grateful|thankful|glad) (?:that )?(?:i|he|she) (?:even |bothered to |actually )?(?:came|come|turned up|showed up|did|helped|bothered)(?: [\w']+){0,5} at all",
        r"(?:you are|you 're) (?:hardly|not exactly) (?:one|the one|the person|someone) to (?:talk|judge|lecture|criticise|criticize|complain)|(?:it is|it 's) not (?:as though|as if) i (?:meant|wanted|did it|planned|did|chose)",
        r"you say i (?:never|always|do not|don't|can not) (?:[\w']+ ){0,5}?,? but|(?:is that|that) i am the one with (?:the |a )?(?:real )?(?:problem|issue)s?",
        r"if you (?:had not|hadn't|had|'d|would not|wouldn't|did not|didn't) (?:[\w']+ ,? ){1,10}?i (?:would not|wouldn't|would never) (?:have|need|be|get)",
    ),
    negatable=False,
)

# Excuses, counter-charges and minimising, said or described: "in my defence", "well maybe if u didnt nag so much",
# "is not like I do it on purpose", "so I'm supposed to just remember everything?", "ur taking it
# way too seriously", "stop making it a thing", "always has a reason", "denies things I saw",
# "a counter-complaint ready", "minimises everything", "rewrites history", "all the reasons it
# wasn't her fault".
EXCUSES_AND_COUNTER_CHARGES: Tuple[Rule, ...] = build_rules(
    DEFENSIVENESS,
    (
        r"in my (?:own )?defen[cs]e|(?:^|(?<=[.!?,] ))(?:it )?(?:is|was) not like i (?:do|did|meant|mean|want|wanted|try|tried)|(?:i (?:did not|do not) do it|it was not|it is not|not) on purpose(?= *[.!,]|$| to)",
        r"(?:maybe|well|but) if you (?:did not|do not|would not|were not|had not|stopped|just stopped|could stop) (?:\w+ )?(?:nag|nagging|moan|moaning|criticis\w*|criticiz\w*|yell|yelling|shout|shouting|complain|complaining|go on|going on|pressure|pushing|push|attack|attacking|start|starting|bring)(?:ed)?\w*(?: (?:me|at me|on at me))?(?: (?:so much|all the time|constantly|every time|so often|first))?",
        r"so (?:i am|am i) (?:just |now )?(?:supposed|expected|meant) to (?:\w+ )?(?:remember|know|read your mind|guess|do everything|be perfect)",
        r"(?:you are|you) taking (?:it|this|things|everything|a joke) (?:way |far |so |much )*too (?:seriously|personally)|i (?:only |just )?meant it as a joke|it was (?:only |just )?meant as a joke",
        r"stop making (?:it|this|that|everything) (?:into )?(?:a|such a) (?:thing|big deal|drama|issue|federal case)",
        r"(?:always )?(?:has|have|had|finds|found|is finding|was finding|always finding) (?:an? |the |another )?(?:excuse|reason)(?= *[.!,]|$| always| ready)|(?:is|was) always finding (?:the |an |some )?(?:excuse|reason)",
        r"(?:denies|denied|denying|deny) (?:things|stuff|doing|saying|having|what) (?:[\w']+ ){0,4}?(?:i (?:literally )?(?:saw|watched|heard)|(?:he|she) (?:said|did))|"
        r"counter[- ]?(?:complaint|accusation|charge|grievance)s?|(?:minimi[sz]es|minimi[sz]ed|minimi[sz]ing|downplays|downplayed|downplaying) (?:everything|it|things|what (?:he|she) did)|(?:rewrite|rewrites|rewrote|rewriting) history",
        r"(?:all )?the reasons? (?:why )?it (?:was not|is not|wasn't|isn't|was never) (?:his|her|their|my) fault",
    ),
    negatable=False,
)

# Everyday idioms of the defence, said: "cut me some slack", "get off my back", "it wasn't me
# that left it open" (and "wisnae"), "that's not how I remember it", "you're making it sound like
# I ignored you", "you're making it a bigger deal than it is", "I said I was sorry, didn't I?".
DEFENCE_IDIOMS: Tuple[Rule, ...] = build_rules(
    DEFENSIVENESS,
    (
        r"cut me (?:some|a little|a bit of) slack|(?:get|getting) off my (?:back|case)",
        r"(?:it|that) (?:was not|wisnae|wasnae|were not|is not|ain't|was never) me (?:that|who)(?![\w'])",
        r"(?:that is|that was|it is|it was) not (?:how|what) i remember(?: it)?",
        r"(?:you are|you) (?:making|make) (?:it|this|that|me) (?:sound|seem|look) (?:like|as if|as though)",
        r"(?:making|make|makes|made) (?:it|this|that) (?:out to be |into )?(?:a )?(?:bigger|much bigger|huge|big) (?:deal|thing) than",
        r"i said i (?:was|am) sorry(?: ,)? (?:did not i|did i not|ok|okay|alright|what more)",
    ),
    negatable=False,
)
# Turning a complaint into one's own hard day, described: "then he made it about his bad day",
# "she always turns it into how hard her week was".
TURNED_INTO_OWN_TROUBLES_DESCRIBED: Tuple[Rule, ...] = build_rules(
    DEFENSIVENESS,
    (
        r"(?:made|makes|make|making|turns?|turned|turning) (?:it|everything|the conversation|this) (?:all )?(?:about|into) "
        r"(?:how (?:hard|bad|busy|tired|stressed|long) |)(?:his|her|their) (?:own )?(?:bad |long |hard |rough )?(?:day|week|job|work|shift|stress|problems)",
    ),
    role=ACTOR,
)

# A charge echoed back in disbelief, and the grilling protested: "Me? Lazy?", "me? selfish?",
# "why am I getting the third degree".
ECHOED_CHARGES_AND_PROTESTS: Tuple[Rule, ...] = build_rules(
    DEFENSIVENESS,
    (
        r"(?:^|[.!?] )me \? (?:lazy|selfish|rude|mean|useless|controlling|careless|thoughtless|inconsiderate|irresponsible|stubborn|unreliable|dramatic|difficult|the problem) \?",
        r"(?:getting|get|got|gets|giving me|give me|gives me) the third degree",
    ),
)

# The fight blamed on who began it: "well she started it", "you started it, I only answered". (The
# non-apology "I'm sorry you feel that way" is read as an apology by healthy._owned, so it is left out.)
BLAMING_WHO_STARTED_IT: Tuple[Rule, ...] = build_rules(
    DEFENSIVENESS,
    (
        r"(?:(?:^|[.!?,] )(?:well |but |and )?(?:she|he|you|u)) started it(?= *[.!?,]|$| (?:first|i (?:only|just)|not me))",
    ),
    negatable=False,
)

# Shrinking it to one slip: "it was ONE time", "I forgot ONE thing", "upset about one missed recital".
ONE_TIME_MINIMISING: Tuple[Rule, ...] = build_rules(
    DEFENSIVENESS,
    (
        r"(?:it was|it is|that was|that is) (?:just |only |literally )?(?:one|1) (?:time|tiny thing|little thing|thing|mistake|night|day|drink|slip)(?![\w'])",
        r"(?:i|he|she) (?:forgot|missed|did|said|made|broke) (?:just |only |literally )?(?:one|1) (?:thing|time|little thing|tiny thing|mistake)(?= *[.!,]|$| and| but| so)",
        r"(?:upset|angry|mad|furious|cross|sulking|moaning|kicking off|a fuss|a scene|drama) (?:over|about) (?:just |literally )?(?:one|1) (?:missed|little|tiny|small|stupid|late|forgotten) \w+",
    ),
)

# Denying it was me, or that it happened as told: "wasnt me lol", "that wasn't me", "I don't remember
# saying that", "I never rolled my eyes!".
NOT_ME_DENIALS: Tuple[Rule, ...] = build_rules(
    DEFENSIVENESS,
    (
        r"(?:^|[.!?,:] )(?:that |it |and it |but it )?(?:was not|is not) me(?= *[.!?,]|$| (?:lol|who|ok|though|tho|,))",
        r"i (?:do not|did not|honestly do not|honestly don't|don't|dont) (?:even )?remember (?:saying|doing|agreeing to|promising|ever saying) (?:that|it|this|any of that|anything like that)",
        r"i (?:never|did not|didn't) (?:once )?(?:roll|rolled) my eyes",
        r"(?:^|[.!?] )(?:i am|i 'm|im) (?:literally|honestly|actually|simply|clearly|just|so) not(?= *[.!]|$)|i (?:did not|didn't) (?:' |\" )[\w ]+(?: '| \") ,? i (?:just |only )?(?:went|was|needed|wanted|said|asked)",
    ),
    negatable=False,
)

# Excuses that make the act someone else's doing, or anyone's: "I was only late because you kept
# changing the plan", "I only yelled because the baby was screaming", "anyone would have snapped",
# "which was true, so I don't see the big deal", "I didn't technically lie".
ONLY_BECAUSE_EXCUSES: Tuple[Rule, ...] = build_rules(
    DEFENSIVENESS,
    (
        r"(?:i (?:was |am )?|im )only (?:[\w']+ ){1,2}(?:because|bc|cos|cause|coz) (?:you|u|she|he|the|my|it|they)(?![\w'])",
        r"(?:everyone|everybody) (?:forgets|does it|does that|makes mistakes|was drinking|was doing it|is late)|(?:that is|that 's|thats) why i (?:did not|didnt|could not|couldnt|was|forgot|missed|never)(?![\w'])|at least i (?:did|do|actually|bother|bothered|made|cook|cooked|remembered|showed up|show up|pay|paid|work|worked)(?![\w'])",
        r"i (?:literally|honestly|genuinely|actually|really|seriously) (?:did|have done) nothing wrong|(?:^|[.!?,] |it is |it 's |that is |that 's |its |thats )not my problem(?![\w'])",
        r"i (?:have |already |have already )(?:apologi[sz]ed|said sorry)(?: already)?(?: ,| \.)? (?:we have moved on|we 've moved on|what more|how many (?:more )?times|what else)",
        r"(?:anyone|anybody|any (?:normal )?(?:person|parent|mum|dad)) would (?:have )?(?:snapped|done the same|done it|said|reacted|lost it|shouted|yelled)",
        r"which (?:was|is) (?:true|not a lie|the truth)|which (?:was not|is not) a lie|(?:did not|didn't) technically|technically (?:i|it) (?:did|did not|didn't|was not|wasn't)",
        r"i (?:do not|don't|dont) (?:have|need) to (?:explain|justify) myself",
        r"(?:blowing|blew|blows|blow|blown) (?:it|this|things|everything) (?:way |completely |totally |all |so far )?out of (?:all )?proportion|(?:making|make|makes|made) a mountain out of a molehill|when (?:exactly )?(?:was|am) i (?:meant|supposed) to",
        r"(?:forgot|forget) (?:that )?(?:you are|you 're) (?:so |always )?perfect|and you are perfect(?: ,)? (?:are you|then|i suppose)",
        r"(?:so )?(?:now )?i am (?:the|always the) (?:bad guy|villain|problem|bad one|worst \w+) (?:again|now|here)|somehow i am (?:the|always the) (?:problem|bad guy|villain|one (?:apologi[sz]ing|to blame))|after (?:everything|all) i (?:do|did|have done) for (?:this|you|her|him|them)|unlike some (?:people|ppl|of us)",
        r"(?:he|she|they) (?:is|are) (?:just |being |so |way |far |a bit |really |honestly |way too |far too )*(?:too|over|over ?) ?sensitive",
    ),
)

# A charge reported and rebutted in the same breath: "she says i never listen but i literally
# repeated back what she said", "he keeps saying i never help with his dad but i drove him to the
# hospital", "he said i never help but who cooked all week??".
REBUTTED_CHARGES: Tuple[Rule, ...] = build_rules(
    DEFENSIVENESS,
    (
        r"(?:says|said|claims|claimed|thinks|reckons|keeps saying|kept saying|acts like|acting like)(?: that)? i (?:am |'m )?(?:' |\" )?(?:never|always|do not|don't|dont|did not|didn't|didnt)(?: '| \")? (?:[\w']+ ){1,6}(?:, )?but i (?:literally |actually |honestly |clearly |definitely |just )?(?:do|did|drove|cooked|cleaned|repeated|asked|told|called|paid|sorted|took|help|helped|picked|made|work|worked)(?![\w'])",
        r"(?:, )?but (?:then )?who (?:cooked|cleaned|paid|did|made|took|drove|sorted|picked|washed|tidied|bought|booked|organi[sz]ed|remembered)(?![\w'])",
    ),
)

# A denial corrected in the same breath: "I didn't quit, I was pushed out", "I wasn't sighing at you,
# I was sighing at the football", "I'm not shutting you out, you just want...". Not "I don't want to
# fight, I just miss you" or "I didn't mean it, I was stressed" (their own readings).
DENIAL_WITH_A_CORRECTION: Tuple[Rule, ...] = build_rules(
    DEFENSIVENESS,
    (
        r"i (?:did not|didnt|was not|wasnt|am not|im not|do not|dont|have not|havent)(?! (?:want|wanna|mean|meant|need|know|think|care|like|feel|mind|blame|expect|understand|get|blaming|criticising|criticizing|attacking|saying|having|trying|going|leaving|giving|mad|angry|upset|cross|annoyed|furious|punishing|asking)(?![\w']))(?: [\w'\"]+){1,7}?(?= , (?:i (?:am |was |did |do )?(?:just |only |literally |simply |actually )|i (?:was|am|did) |i 'm (?:just |only )?|im (?:just |only )?|you (?:just |only |literally ))"
        # an I-statement or a feeling named instead is not a defence: "I'm not blaming you, I just
        # need help", "I'm not angry, I'm just sad"
        r"(?!(?:i (?:just |only |really |honestly )?)?(?:want|wanted|need|needed|feel|felt|miss|remember|think|thought|love|care|hope|would|have to|wish|thinking|processing)(?![\w']))"
        r"(?!(?:i (?:am |was )?|i 'm |im )?(?:just |only )?(?:really |so |very |a bit |more |mostly |feeling )?(?:sad|hurt|lonely|worried|scared|disappointed|upset|anxious|heartbroken|confused|missing|sorry|frightened|afraid|grieving|gutted)(?![\w'])))",
    ),
)
# Asking how one could have known or what more is wanted: "how was I supposed to remember?",
# "where else am I supposed to be", "what more do you want from me", "how is that on me".
SUPPOSED_TO_AND_WHAT_MORE: Tuple[Rule, ...] = build_rules(
    DEFENSIVENESS,
    (
        r"(?:what|how|where|who|when|how long)(?: else| long| exactly| on earth| the hell)? (?:am|was|are|were) (?:i|we) (?:supposed|meant|expected) to(?! do(?: now| next| about (?:it|this|that|him|her))?(?![\w']))",
        r"what (?:more|else) do (?:you|u|they|she|he) want (?:from me|me to)",
        r"how is (?:that|it|this) (?:on me|my (?:problem|fault|job|responsibility))|why is (?:that|it|this) (?:my|on me) (?:job|problem|fault|responsibility)?",
        r"(?:that|it) was (?:like |literally |almost |nearly |over |a whole )?(?:\w+ )?(?:years?|months) ago(?: ,| \.| !)? (?:why|move on|get over it|let it go|how long)",
        r"(?:you|your) (?:[\w']+ ){1,6}, not (?:me|mine)(?= *[.!,]|$)",
    ),
)
