"""Word classes the horsemen rules are built from.

Each is a regex fragment (a non-capturing group) written as people type ("you're", "won't");
`rule.build_rules` spells contractions out to match the normalised view (bot.language.text).
Behaviours that are read on the lemma view (described actions, `WITHDRAW`) are in base form.
"""

# ---------------------------------------------------------------- people and frames
BE = r"(?:are|is|were|was|am|be|being|r|'s)"
YOU_ARE = r"(?:you (?:are|were|r|have been|'ve been|re)|you (?:really|truly|honestly|actually|seriously|just|clearly|obviously) (?:are|were)|you re|ur|your)"  # "your so lazy" is common
YOU_HAVE_BEEN = r"(?:you (?:have|'ve|ve) (?:always |honestly |just |literally |really |never )?been)"
# The partner as a subject: "he", "my wife".
PARTNER = (
    r"(?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|fianc[eé]e?|spouse|hubby|other half))"
)
# A subject who can do something: "he", "my wife", "the other half".
SUBJ = r"(?:i|you|he|she|they|(?:my |the |our )?(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|fianc[eé]e?|spouse|hubby|other half|wifey|missus|fella))"
# The partner as the subject of a charge: "you", "this man", "my husband".
PARTNER_SUBJ = r"(?:you|he|she|this (?:man|woman|guy)|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|hubby|fianc[eé]e?|other half))"
PARTNER_OBJ = r"(?:me|him|her|them|us|you)"
POSS = r"(?:my|his|her|their|your|our)"
# Verbs that report what someone said or thinks: "she reckons", "he told me", "accused me of".
REPORT_VERB = (
    r"(?:say|says|said|saying|reckon|reckons|reckoned|claim|claims|claimed|insist|insists|insisted|swear|swears|swore|"
    r"tell|tells|told|telling|think|thinks|thought|moan|moans|moaned|complain|complains|complained|go|goes|went|accuse me of|accused me of)"
)
QUOTE = r"(?:' |\" )?"

# ---------------------------------------------------------------- adverbs and intensifiers
# Between a subject and a behaviour: "he (just) (usually) storms off".
ADV = r"(?:(?:(?!hardly |scarcely )\w+ly|just|always|never|often|then|still|even|sometimes|again|usually|simply|kind of|sort of|pretty much|straight away|right away) ){0,2}"
# Between "you are" and a flaw or insult: "you are (such a complete) slob".
INTENS = r"(?:so|such|honestly|seriously|literally|actually|obviously|clearly|genuinely|officially|such an?|really|just|always|being|being so|a|an|the most|completely|totally|a complete|an absolute|a total|a fucking|fucking|bloody|a bloody|a real|a big|too|very|incredibly|nothing but|seriously|pretty|the biggest|a lazy|a selfish|a stupid|an utter|utterly)"
# Frequency words that make one event a rule, and the adverbs that may sit around them.
ALWAYS_NEVER = r"(?:always|never|constantly|continually|forever|everytime|every time)"
MIDDLE = r"(?:(?:just|literally|really|basically|seriously|honestly|still|even|also|then|once|ever|kinda|clearly) )?"

# ---------------------------------------------------------------- criticism: flaws and bad habits
# Character flaws: a global attack on who the partner is. FLAWS follows "you are" in the spoken
# verdicts ("your so lazy"); FLAW_WORDS adds "a <noun>" phrases ("a terrible listener") for
# verdicts with any intensifier; FLAW_ADJ is the shorter list also read in base form on the
# lemma view ("self-absorb").
FLAWS = (
    r"(?:lazy|selfish|inconsiderate|thoughtless|careless|irresponsible|unreliable|self[- ]?cent(?:ered|red)|"
    r"self[- ]?absorbed|self[- ]?obsessed|insensitive|heartless|cold|uncaring|controlling|needy|clingy|"
    r"stubborn|immature|childish|messy|slob|mess|cheap|stingy|mean|rude|negative|dramatic|difficult|"
    r"impossible|unbearable|annoying|boring|arrogant|demanding|jealous|possessive|paranoid|dishonest|liar|"
    r"untrustworthy|spineless|passive|disorganised|disorganized|forgetful|useless at \w+|hopeless at \w+|"
    r"narcissist|narcissistic|manipulative|ungrateful|unromantic|unsupportive|distant|closed off|"
    r"emotionally unavailable|critical|judgmental|judgemental|bossy|nagging|nag|control freak|"
    r"workaholic|couch potato|drama queen|pushover|hypocrite|cheater|terrible listener|bad listener|"
    r"bad father|bad mother|bad husband|bad wife|terrible father|terrible mother|terrible husband|"
    r"terrible wife|horrible person|bad person|terrible person|awful person|selfish person|bully|"
    r"coward|quitter|sloppy|flaky|unreasonable|insufferable|exhausting|impatient|irrational|hysterical|"
    r"moody|grumpy|nasty|cruel|harsh|unkind|unfair|irritating|tight|greedy|spoiled|spoilt|entitled|pushy|nosy|"
    r"oblivious|scatterbrained|absent[- ]minded|untidy|obsessed|weak|cheat|insecure|uptight|hot[- ]headed|"
    r"short[- ]tempered|lazy \w+|selfish \w+|(?:terrible|bad|lousy|awful|horrible|crap|shit|rubbish|useless) (?:at \w+|\w+))"
)
FLAW_WORDS = (
    r"(?:lazy|selfish|inconsiderate|thoughtless|careless|irresponsible|immature|useless|hopeless|unreliable|"
    r"insensitive|heartless|uncaring|cold|controlling|needy|clingy|stubborn|childish|messy|untidy|disorganised|disorganized|"
    r"self[- ]?(?:centred|centered|absorbed|obsessed|ish)|ungrateful|unsupportive|unromantic|forgetful|negative|dramatic|"
    r"rude|mean|nasty|unkind|cruel|harsh|arrogant|bossy|demanding|difficult|impossible|unbearable|exhausting|insufferable|"
    r"impatient|irrational|unreasonable|moody|grumpy|jealous|possessive|paranoid|dishonest|untrustworthy|sneaky|two[- ]faced|"
    r"manipulative|narcissistic|passive aggressive|passive[- ]aggressive|emotionally (?:unavailable|stunted|distant|cold)|distant|closed off|"
    r"judgmental|judgemental|critical|condescending|entitled|spoilt|spoiled|greedy|stingy|cheap|tight|tight[- ]fisted|flaky|"
    r"lazy as hell|incompetent|clueless|oblivious|tactless|rude|sloppy|sly|shallow|vain|fake|cowardly|spineless|weak|pathetic|"
    r"a (?:slob|mess|liar|cheat|cheater|coward|hypocrite|bully|nag|narcissist|control freak|workaholic|couch potato|child|baby|"
    r"manchild|man[- ]child|brat|pushover|doormat|drama queen|quitter|snob|know[- ]it[- ]all|disaster|nightmare|burden|letdown|let down|"
    r"(?:terrible|bad|lousy|awful|horrible|useless|rubbish|crap|shit|hopeless|pathetic|poor|selfish|lazy|thoughtless|cold|"
    r"cruel|negligent|absent|neglectful|deadbeat|worst) (?:\w+))|the (?:worst|laziest)(?: \w+)?)"
)
FLAW_ADJ = (
    r"(?:lazy|selfish|inconsiderate|thoughtless|careless|irresponsible|immature|hopeless|unreliable|insensitive|heartless|"
    r"uncaring|cold|controlling|needy|clingy|stubborn|childish|messy|untidy|disorganised|disorganized|self[- ]?(?:centred|centered|centre|center|absorbed|absorb|obsessed|obsess|ish)|"
    r"ungrateful|unsupportive|forgetful|negative|rude|mean|nasty|unkind|arrogant|bossy|demanding|difficult|impossible|"
    r"unbearable|impatient|irrational|unreasonable|moody|grumpy|jealous|possessive|dishonest|manipulative|narcissistic|"
    r"judgmental|judgemental|critical|entitled|spoilt|spoiled|stingy|tight|flaky|sloppy|fake|a (?:slob|liar|cheat|nag|bully|narcissist|control freak|hypocrite|workaholic))"
)
# Virtues a partner is said to lack: "you are simply not a considerate person".
VIRTUE = (
    r"(?:considerate|thoughtful|caring|kind|reliable|romantic|supportive|responsible|mature|loving|generous|patient|"
    r"attentive|affectionate|dependable|trustworthy|honest|organi[sz]ed|present|engaged|interested|warm|gentle|helpful|good listener)"
)
# Bad habits after a frequency word: "you keep forgetting", "you never listen", "you always have to win".
CRIT_BAD_VERBS = (
    r"(?:forget|ignore|interrupt|criticise|criticize|complain|nag|moan|whine|yell|shout|snap|lie|exaggerate|overreact|"
    r"leave (?:your|his|her|the|a|dirty|wet|stuff|things|clothes|dishes|mess)|mess|ruin|spoil|make (?:a mess|it about|everything about|plans without|excuses|a scene|a fuss|me (?:wait|late|feel (?:bad|small|stupid|guilty|like)|cry|do (?:everything|all)))|"
    r"put (?:your|his|her|yourself|himself|herself|work|the|everyone|everything) |choose|pick|take (?:me|my|their|her|his) for granted|"
    r"turn (?:everything|it|every)|blame|undermine|embarrass|humiliate|belittle|dismiss|let me down|let us down|break|"
    r"find (?:a way|an excuse|something)|twist|start|pick (?:a fight|fights|on)|bring up|care more|think (?:only|about yourself)|"
    r"have to (?:be|have|make|win|get|do|say|correct|control|criticise|criticize|argue)|act like|treat|talk over|cut me off|"
    r"walk all over|side with|spend|waste|show up late|run late|arrive late|late|drink|play|stay out|go out|disappear|"
    r"leave (?:me|us|it|everything) |forget|dump|throw|expect|assume|need to|get (?:drunk|angry|mad|it wrong|everything wrong)|"
    r"do (?:this|that|it|nothing|the bare minimum|whatever you want|whatever he wants|whatever she wants)|say (?:that|you will|you would|yes|no|the wrong|hurtful|mean|stupid|nasty)|"
    r"listen|help|care|think|ask|notice|lift a finger|pull (?:your|his|her) weight|follow through|keep (?:your|his|her) (?:word|promise)s?|"
    r"apologi[sz]e|appreciate|consider|remember|finish|clean|tidy|cook|call|text|plan|offer|initiate|support|back me up|take my side|"
    r"make (?:time|an effort|the effort|any effort)|show (?:up|interest|any interest|affection)|put me first|have my back|"
    r"bother|try|change|grow up|take (?:responsibility|anything seriously|me seriously)|get it|understand|respect|value)"
)

# ---------------------------------------------------------------- contempt: insults and epithets
# Insults: an attack from a position of superiority. INSULTS follows "you are" in the spoken
# verdicts; INSULT_WORDS is the wider list (British and Australian slang, "excuse for a man");
# STRONG_INSULTS are nouns that are insults in any frame ("married a deadbeat").
INSULTS = (
    r"(?:pathetic|idiot|idiots|idiotic|moron|moronic|imbecile|loser|stupid|dumb|useless|worthless|"
    r"disgusting|embarrassing|an embarrassment|repulsive|revolting|a joke|joke|pig|bitch|failure|embarrassment|disgrace|"
    r"waste of space|waste of oxygen|waste of time|clown|baby|big baby|psycho|freak|"
    r"piece of (?:shit|work|garbage|trash)|retard|retarded|dumbass|jerk|asshole|arsehole|prick|cow|slut|whore|"
    r"fat|ugly|nothing|pitiful|laughable|incompetent|clueless|brainless|thick|dense|simple|"
    r"good for nothing|no good|crazy|insane|mental|nuts|deranged|unhinged|sad little \w+|"
    r"spoiled brat|brat|child|toddler|princess|drama queen|a nobody|parasite|leech|scum|trash|garbage|"
    r"vile|gross|weakling|wimp|failure of a \w+|excuse for a \w+|excuse of a \w+|bastard|dick|twat|cunt)"
)
INSULT_WORDS = (
    r"(?:idiot|idiots|moron|imbecile|drongo|dunce|mumu|eejit|galah|dolt|dullard|nincompoop|bampot|gobshite|cretin|halfwit|nitwit|dimwit|numpty|muppet|pillock|plonker|tosser|wanker|knob|knobhead|dickhead|"
    r"git|prat|twit|dipshit|dumbass|airhead|bimbo|buffoon|clown|joke|laughing stock|loser|failure|deadbeat|lowlife|low life|"
    r"waste of (?:space|oxygen|air|time|skin)|parasite|leech|leech|scum|scumbag|trash|garbage|pig|animal|neanderthal|caveman|"
    r"retard|freak|psycho|nutter|lunatic|basket case|fatso|sook|lardass|dummy|doofus|bonehead|numbskull|bitch|cow|witch|harpy|shrew|jerk|asshole|arsehole|prick|bastard|twat|dick|lump|useless lump|"
    r"baby|crybaby|cry baby|big baby|child|toddler|brat|spoilt brat|spoiled brat|princess|snowflake|wimp|weakling|coward|"
    r"embarrassment|disgrace|disappointment|nobody|zero|piece of (?:shit|work|garbage|trash|crap)|excuse (?:for|of) a (?:\w+)|"
    r"pathetic|idiotic|moronic|stupid|dumb|brainless|thick|dense|dim|worthless|useless|pitiful|laughable|"
    r"disgusting|revolting|repulsive|gross|vile|contemptible|embarrassing|ridiculous|ugly|fat|crazy|insane|mental|unhinged|deranged|nuts)"
)
STRONG_INSULTS = (
    r"(?:idiot|moron|imbecile|cretin|halfwit|numpty|muppet|tosser|wanker|dickhead|dumbass|loser|failure|deadbeat|lowlife|"
    r"parasite|leech|slob|pig|brat|spoilt brat|spoiled brat|manchild|man[- ]child|crybaby|wimp|weakling|psycho|lunatic|"
    r"bitch|jerk|asshole|arsehole|prick|bastard|twat|fatso|sook|dummy|waste of space|nobody|joke|clown|embarrassment|disgrace|disappointment)"
)
# Sarcastic epithets for the partner: "well done, genius", "ok, your highness".
EPITHETS = (
    r"(?:genius|einstein|sherlock|professor|mastermind|hotshot|smart ?ass|smarty ?pants|brainiac|rocket scientist|prodigy|big shot|"
    r"big man|tough guy|know[- ]it[- ]all|superstar|wonder ?boy|your (?:highness|majesty|lordship|ladyship))"
)

# ---------------------------------------------------------------- stonewalling: withdrawal
# Withdrawal, in base form: walking out, going silent, ignoring, turning to a screen, not
# answering. Each top-level branch becomes a rule of its own (stonewalling.WITHDRAWAL_AFTER_SUBJECT).
DEVICE = r"(?:phone|laptop|screen|ipad|tablet|computer|pc|console|switch|xbox|playstation|game|games|tv|telly|television|book|kindle)"
WITHDRAW = (
    r"(?:walk|storm|stomp|march|flounce|stalk|slink|sulk|wander|head|disappear|bugger|piss|clear|drive|run|speed|race|skulk) (?:out|off|away|upstairs|downstairs)(?! (?:from|of) (?:the|a|my|his|her) (?:job|deal|car|accident|company|marriage|relationship|wedding))|"
    r"(?:leave|exit|quit|abandon) (?:the )?(?:room|house|flat|table|kitchen|conversation|discussion|call|chat|argument)(?! (?:tidy|clean|messy|in a mess|a mess|open|unlocked|early for|to (?:take|get|grab|answer|check|make|calm|cool|breathe|fetch)))|"
    r"(?:leave|walk off|walk away|hang up) (?:mid[- ]?sentence|mid[- ]?conversation|in the middle of|without (?:a word|say (?:a word|anything|goodbye)|answer))|"
    r"hang up on (?:me|him|her)|hang up the phone (?:on|and)|slam the door (?:and|in my face|on me)|"
    r"(?:blank|ghost) (?:me|him|her)|(?:tune|shut|block|zone|switch) (?:me|him|her|them|everything|everyone) out|(?:switch|turn) (?:off|(?:his|her|my|their) phone off|off (?:his|her|my|their) phone)|hang up (?:and|on)|"
    r"(?:go|head|disappear|retreat|drive|leave|take (?:himself|herself|myself)) (?:off |out |up |down )?(?:to |into |for )?(?:the |his |her |my |their )?(?:\w+ )?(?:whenever|every time|as soon as|the (?:second|moment|minute)) (?:we|i|she|he) (?:need to talk|try to talk|want to talk|start|argue|fight|bring|raise|ask|disagree|mention|try to raise|try to bring)|go upstairs(?! to (?:get|grab|check|fetch))|(?:will not|would not|do not|refuse to) come (?:out|down|back)|"
    r"(?:shut|close) (?:down|me out|him out|her out|off|up shop|the conversation down|the conversation off|the discussion down|everything down|(?:the|any) conversation)|clam up|"
    r"go (?:completely |totally |all |really |very |dead |stone |radio )?(?:quiet|silent|mute|cold|dark|blank|awol|off grid|into (?:his|her|my|their) (?:shell|own world|cave|room)|missing)(?! for a (?:minute|moment|second|2|sec|bit))|"
    r"(?:stop|quit|cease) (?:talk|speak|respond|reply|answer|engage|communicate|text)(?:ing)?(?: to (?:me|him|her|them|each other))?(?! about (?:it|the)(?: \w+)? (?:and|so) (?:we|i|he|she) )|"
    r"give (?:me|him|her|them|us) (?:the )?(?:silent treatment|cold shoulder|silence|one[- ]word answer)|"
    r"(?:put|stick|pop|shove) (?:his|her|their|my) (?:headphone|earphone|earbud|airpod|headset|earplug)s? (?:on|in|back on|back in)(?! to (?:focus|work|study|concentrate|revise|sleep|listen to (?:music|a podcast|a|the)))|"
    r"(?:turn|roll) over(?: and (?:go to sleep|go back to sleep|sleep|face the wall|pretend to (?:sleep|be asleep)|ignore (?:me|him|her)))?(?= *[.!,]|$| without| in bed| when| whenever| while| every time| as soon as| the (?:second|moment|minute))|"
    r"pretend to (?:be asleep|sleep|be on the phone|be busy)(?! (?:so|because|to) )|"
    r"(?:get|take|pull|whip) (?:out )?(?:his|her|their|my) (?:phone|laptop|ipad|switch) (?:out )?(?:and|then) (?:just )?(?:start |begin |carry on |keep )?(?:scroll|text|play|game|browse|check|look at)|"
    r"(?:start|begin|go back to|carry on|keep) (?:scroll|swip|gam)(?:ing|e)?(?= *[.!,]|$| and| while| through| on (?:his|her|their|my) | whenever| every time| when i| as soon as| instead| the (?:second|moment|minute))|"
    r"(?:say|go|answer|reply|respond|grunt|mumble|mutter|nod) (?:' |\" )?(?:mm+|hmm+|mhm+|uh huh|yeah|yep|yup|k|ok|okay|fine|sure|whatever|nothing|right|cool)(?: '| \")? "
    r"(?:to (?:everything|anything|whatever|all of it|every question|it all|each (?:thing|question)|everything i (?:say|said))|and (?:keep|carry on|go back to|continue|stare|look|turn|scroll|walk|leave))|"
    r"turn (?:away from me|away from him|away from her|(?:his|her|my|their) back (?:on|to)|(?:the|his|her) (?:tv|telly|music|game|volume) up|up the (?:tv|telly|music|volume))|"
    r"(?:stare|gaze|look) (?:blankly |straight |just )?(?:at|into) (?:the|his|her|my|their) (?:tv|telly|wall|screen|phone|floor|ceiling|window|laptop|plate|food)(?! (?:and (?:cry|sob)))|"
    r"(?:scroll|swipe|play|game|text|go|get|be|pick up|grab|reach for|hide behind|bury (?:his|her|my) (?:head|face) in) (?:on |through |away on |with |in )?(?:his|her|their|my) " + DEVICE + r"(?: \w+){0,3} (?:while|when|whenever|as|instead|the whole time|every time|and ignore|the (?:second|moment|minute)|as soon as)|"
    r"refuse to (?:talk|discuss|engage|speak|answer|respond|reply|communicate|listen|look at (?:me|him|her)|acknowledge|say (?:anything|a word)|even talk|open up|have (?:the|this|that|a) conversation|sit down)|"
    r"(?:will not|would not|do not|does not|did not|never|can not) (?:even |ever )?(?:talk to|speak to|look at|answer|acknowledge) (?:me|him|her|it|the question|my question)|"
    r"(?:will not|would not|do not|does not|did not|never) (?:even )?(?:say (?:a word|anything(?! (?:nice|good|kind|sweet|positive|loving|romantic|supportive|encouraging|nasty|mean|bad))|a single word|another word|one more word|another thing|a thing)|respond|reply|engage|discuss it|discuss anything|talk about it|talk about anything|open up|answer)(?! (?:until|till|unless))|"
    r"ignore (?:me|him|her|my (?:\w+ )?(?:text|message|call|question|request|attempt|bid|feeling|point)s?|everything i say|what i say|the question|my question|him completely|her completely)|"
    r"(?:sit|stand) (?:there )?(?:in (?:stony |complete |total |dead )?silence|silently|saying nothing|like a (?:statue|brick wall|wall|rock|zombie)|stone[- ]faced|with (?:his|her) arms crossed)|"
    r"(?:say|said) (?:absolutely )?nothing|not say a (?:single )?word|(?<!listen )(?<!listened )(?<!nod )(?<!nodded )(?<!hug )(?<!hugged )without (?:say )?(?:a word|another word|a single word)|"
    r"(?:pretend|act) (?:like |as if |that )?(?:i|he|she) (?:be|am|is|are|was|were) not (?:even )?(?:there|here|in the room)|not say (?:anything|a thing)|act like i do not exist|treat me like i am invisible|"
    r"lock (?:himself|herself|themselves|myself) (?:in|away)|(?:retreat|withdraw|escape|hide|vanish|bolt) (?:to|into|in) (?:the|his|her|my|their|another) (?:\w+ )?(?:room|study|garage|bedroom|office|shed|bathroom|car|shell|phone|game|work)|"
    r"(?:ghost|block|mute|unfriend) me|leave me on (?:read|seen|delivered)|(?:do not|did not|never|will not|would not|stop|is not|are not|was not|be not|keep not|not) (?:answer|return|pick up|reply to|respond to|answering|returning|replying to|responding to|picking up) (?:his|her|my|their|any of my|any|all my|all of my) (?:call|text|message|phone)s?|"
    r"(?:check|zone|tune|space) (?:out|me out)|stonewall|(?:give|get) (?:me )?(?:the )?one[- ]word (?:answer|reply|replies|answers)|(?:grunt|shrug)(?: and (?:walk|leave|look|turn|go|carry on))"
)

# ---------------------------------------------------------------- appreciation
# "always" + these is appreciation: "you always make me laugh".
POSITIVE_ALWAYS = (
    r"(?:(?:make|makes|made|making) me (?:\w+ )?(?:laugh|smile|feel (?:so |really |very )?(?:good|better|loved|special|safe|"
    r"happy|beautiful|wanted|welcome|at home|valued|appreciated|understood|heard|seen|cared for|"
    r"calm|confident|secure|sexy|lucky|important|respected)|feel like (?:the|a) (?:luckiest|happiest|most (?:loved|beautiful|important|special|wanted)|best|queen|king|million))|"
    # doing it unasked: "you always take the bins out without me asking"
    r"(?:[\w']+ ){1,6}without (?:(?:me |me even |me having to |me needing to )(?:ask|asking)|(?:even )?being (?:asked|told|reminded)|(?:a |any )?reminders?|having to be (?:asked|told|reminded))(?![\w'])|"
    r"(?:make|makes|made|making) (?:our|the|this|my|your|every) (?:\w+ )?(?:feel|look|seem) (?:like (?:a )?home|so (?:warm|cosy|cozy|special)|special|warm|cosy|cozy|welcoming|beautiful|lovely|amazing)|"
    r"know (?:how|what|just|when|exactly)|"
    r"knows (?:how|what|just|when|exactly)|helps?|helped|supports?|supported|listens?|listened|"
    r"remembers?|remembered|puts? me first|ha(?:ve|s) my back|cheers? me|encourages?|surprises?|"
    r"finds? (?:a way|time)|(?:is|are|were|was|been) there (?:for me|when)|there for me|looks? out for|looks? after|takes? (?:good )?care of|"
    r"stands? up for me|defends? me|backs? me up|goes? out of (?:your|his|her) way|makes? (?:an|the) effort|knows? what to say|puts? up with me|"
    r"thanks?|appreciates?|compliments?|cooks?|tells? me (?:you|he|she) loves? me|says? (?:thank you|"
    r"please|sorry|i love you)|kiss(?:es)?|hugs?|brings? me|asks? (?:me )?about my|asks? how i|cares?|"
    r"loves?|tries|try|treats? me (?:well|right|like|with)|(?:been|so|are so|is so|were so) (?:kind|good|"
    r"great|supportive|patient|thoughtful|sweet|generous|caring|gentle|honest|fun|funny|lovely|wonderful)|"
    r"manages? to|gets? me|makes? time|make it up|makes? it up|apologi[sz]es?|forgives?|calms? me|"
    r"picks? me up|texts? me (?:good|back)|checks? (?:on|in)|has time|have time|does the \w+|"
    r"(?:make|makes|made|bring|brings|cook|cooks) (?:my|me|us|the) (?:coffee|tea|breakfast|dinner|lunch|bed|day|favourite|favorite)|keeps? (?:his|her|your|their) promises?|keeps? (?:his|her|your) word|on time|right|"
    r"says? (?:the right thing|the sweetest|nice things|exactly|the perfect|just the right)|smell\w* (?:nice|good|amazing)|look\w* (?:nice|good|great|amazing|beautiful|handsome|gorgeous)|"
    r"(?:so |such )?(?:patient|kind|good|great|sweet|thoughtful|generous|lovely|wonderful|supportive|gentle|fun|funny|calm|honest|caring)|"
    r"(?:make|makes|made|cook|cooks|give|gives|find|finds|pick|picks|choose|chooses|get|gets|say|says|bake|bakes|buy|buys|write|writes|plan|plans|have|has) (?:me |us )?(?:the|such) (?:best|nicest|greatest|loveliest|sweetest|kindest|funniest|most (?:beautiful|amazing|thoughtful|delicious|wonderful|caring|generous|perfect))|"
    r"(?:laugh|laughs|laughing|laughed) at my (?:\w+ )?(?:jokes?|puns?)|been (?:there|my|the)|be (?:there|on my side|my)|on my side|welcome|proud|happy to|willing to|ready to|the first to (?:apologi[sz]e|help|say sorry))"
)
# "never" + these is appreciation: "she never forgets my birthday".
NEGATIVE_NEVER = (
    r"(?:forgets?|forgot|fails?|failed|lets? me down|let us down|complains?|complained|judges?|judged|"
    r"criticis(?:es|e|ed)|criticiz(?:es|e|ed)|gives? up|gave up|miss(?:es)?|missed|yells?|yelled|"
    r"shouts?|shouted|raises? (?:his|her|your|their) voice|lies|lied|lie|hurts?|cheats?|cheated|"
    r"disappoints?|disappointed|hesitates?|holds? a grudge|takes? me for granted|doubts?|doubted|"
    r"blames?|blamed|makes? fun|made fun|breaks? (?:a|his|her|your|their) promise|stops? (?:trying|"
    r"caring|loving|surprising|making|being)|leaves? me (?:alone|out|hanging)|makes? me feel (?:bad|"
    r"small|stupid|guilty|unwanted|alone)|(?:making|make) me feel (?:bad|small|stupid|guilty|unwanted|alone)|made me feel (?:bad|small|stupid|guilty|unwanted|alone)|"
    r"judge me|annoy(?:s|ed)? me|irritat(?:es|e|ed) me|bor(?:es|e|ed) me|embarrass(?:es|ed)? me|push(?:es)? me|pressures? me|rushes? me|sulks?|nags?|swears?|argues?|fights? dirty|"
    r"goes? to bed angry|let (?:me|us) go to bed angry|once (?:complained|forgot|missed)|ceases?|"
    r"fails? to (?:make|amaze|surprise)|stops? making me|takes? (?:me|us) for granted|ignores?|ignored|"
    r"interrupts?|interrupted|judg\w+|compar\w+|rais\w+ (?:a|his|her|your) hand|"
    r"ha(?:ve|s) to (?:apologi[sz]e|worry|ask|explain|feel|thank|earn|prove)|(?:told|mentioned|said|reminded) me|told me|"
    r"(?:make|makes|made) (?:a |any )?mistakes?|(?:get|gets|got) (?:it|anything|things) wrong|(?:do|does|did) (?:anything|something) wrong)"
)
