"""Contempt: insults, sarcasm, mockery and disgust, speaking from a position of superiority.

Spoken tables (role VOICE) belong to whoever says the words; the `*_DESCRIBED` tables (role
ACTOR) describe someone doing it ("he rolled his eyes") and belong to its subject.
"""

from __future__ import annotations

from typing import Tuple

from bot.language.horsemen.lexicon import EPITHETS, INSULT_WORDS, INSULTS, INTENS, STRONG_INSULTS, YOU_ARE, YOU_HAVE_BEEN
from bot.language.horsemen.rule import ACTOR, CONTEMPT, Rule, build_rules

# The usual wording of scorn: insults ("you stupid idiot"), sarcasm ("oh great", "nice going,
# genius", "yeah right", "thanks for nothing"), mock pity ("boo hoo", "poor baby", "diddums"),
# disgust ("you make me sick"), superiority ("who do you think you are", "are you stupid?", "only
# an idiot would"), mock titles ("mr perfect") and an eye-roll typed as an action ("*rolls eyes*").
SCORN_PHRASES: Tuple[Rule, ...] = build_rules(
    CONTEMPT,
    (
        r"(?:you|ya) (?:(?:stupid|fat|lazy|useless|dumb|worthless|pathetic|little|ugly|fucking|bloody|absolute|complete|total|selfish) ){0,2}(?:idiot|moron|cow|bitch|pig|loser|bastard|dumbass|imbecile|prick|jerk|twat|clown|baby|child|failure)",
        r"(?:stupid|fat|useless|dumb|worthless|pathetic|ugly|lazy) (?:idiot|moron|cow|bitch|pig|loser|bastard|dumbass|imbecile|prick|jerk|twat|slob)",
        # sarcasm
        r"(?:^|(?<=[.!?] ))(?:oh|wow|well|ooh|gee)(?: ,| !| \.)* (?:great|wonderful|brilliant|perfect|fantastic|nice|lovely|marvell?ous|terrific|"
        r"just great|how nice|how lovely|how sweet|how thoughtful|well done|good job|bravo|congrat\w*|thanks|thank you|sure|yeah|really|"
        r"genius|real mature|how mature|very mature|so mature|aren't you clever|aren't you (?:smart|special)|look at you|big man|mister|miss)",
        r"(?:nice|good|great) (?:going|one|job|work|move|thinking)(?: ,)? (?:genius|einstein|sherlock|smart ?ass|hero|champ|captain|buddy|mastermind)",
        r"(?:, |^)(?:genius|einstein|sherlock|smart ?ass|your highness|your majesty|mr ?\.? perfect|miss perfect|mr ?\.? know it all|know[- ]it[- ]all|captain obvious|mastermind)(?= ?[.!?]|$)",
        r"(?:real|how|very|so) mature|(?:yeah|ya|yea) (?:, )?right|sure you (?:did|do|are|will|were|have|would)|"
        r"what a (?:surprise|shock|shocker)|big surprise|shocker|thanks for nothing|thanks a (?:lot|bunch|million)(?: ,)? (?:genius|idiot|for nothing)|gee (?:,)? thanks",
        r"(?:aw+|oh)(?: ,)? (?:poor|diddums)|poor (?:baby|little baby|you|little (?:you|thing|man|princess|boy|girl|snowflake|flower)|widdle)|"
        r"boo[- ]?hoo|cry me a river|diddums|get over yourself|(?:oh )?grow up|man up|grow a pair|snowflake",
        r"you (?:make|made) me sick|you disgust me|(?:disgusts|disgusted) me|(?:with|in) (?:such )?disgust|look of disgust|disgusted (?:look|face|expression)",
        r"\* ?(?:rolls? (?:my |his |her )?eyes|eye ?rolls?|eyeroll|scoffs?|smirks?|snorts?|sneers?|laughs? at you)",
        r"(?:who|what) (?:the hell |the fuck )?do you think you are",
        r"what kind of (?:a )?(?:man|woman|person|mother|father|husband|wife|partner|idiot|grown man|adult) (?:are you|does that|would|is that)",
        r"no wonder (?:no one|nobody|noone|your ex|everyone)",
        r"who (?:would|could|will|'d) (?:\w+ ){0,2}(?:want|love|put up with|stand|marry|date) (?:to be with )?you",
        r"are you (?:stupid|an idiot|dumb|thick|deaf|blind|insane|retarded|simple|slow|five|a child|twelve|mental)",
        r"(?:only|even) an? (?:idiot|moron|child) would",
        r"lol (?:ok|okay|sure)(?! (?:see (?:u|you|ya)|love (?:you|u)|x+|thanks|thank (?:you|u)|🥰|❤️|😘|💛|💕|haha)(?![\w']))|(?:ha ){2,}|pfft+|tsk+",
        r"(?:do|can) you (?:even )?(?:hear|listen to) yourself|(?:i|we) get it,? you|you would not (?:understand|get it)|(?:it is|it 's|its) not rocket science|even an? (?:child|toddler|monkey|five year old|idiot|kid) (?:could|can|would)",
        r"(?:yeah|sure|right)(?: ,)? because (?:that|you|this)|good luck with that|nobody cares|who cares(?= *[?.!]|$)|(?:so )?boring(?= *[.!]|$)|(?:sorry|yes|okay|ok),? your (?:highness|majesty)|aren't you (?:just )?(?:special|clever|smart|precious|adorable|a)",
        r"(?<!feel like )(?<!felt like )(?<!i am )(?<!i was )(?:what an?|such an?) (?:\w+ )?(?:loser|idiot|moron|baby|joke|clown|pig|slob|child|imbecile|failure|embarrassment|disgrace|waste)",
        r"(?:^|(?<=[.!?] ))(?:pathetic|loser|idiot|moron|unbelievable|classic|clown|genius|wow)(?= *[.!]+|$)",
        r"(?:can not|can't) stand (?:you|the sight of you|looking at you|your face)|you repulse me|sick of (?:you|looking at you|your face|the sight of you)",
        r"listen to yourself|you (?:sound|look|act|are acting|are being|are talking) (?:so |completely |totally |absolutely |just |really |honestly )?(?:ridiculous|pathetic|stupid|idiotic|insane|like an? (?:idiot|child|baby|moron|toddler|lunatic|crazy person))",
        r"can not believe i (?:married|am with|ended up with|chose|picked|settled for|am married to)|(?:married|dating|with) (?:someone|a man|a woman|a guy|a girl|such an?) (?:so |this |that )?(?:dim|thick|stupid|dumb|useless|pathetic|lazy|clueless|brainless)",
        r"are you (?:\w+ )?(?:this|that|so|really|seriously|actually|honestly)? ?(?:stupid|dumb|thick|dim|dense|slow|clueless|useless|pathetic|an idiot|a child|incompetent)",
        r"(?:^|(?<=[.!?'\"] ))(?:congratulations|congrats|bravo|well done|slow clap|good for you|gold star|medal)(?: ,)? (?:you|genius|einstein|mr|miss|on|for)",
        r"you (?:finally|actually) (?:managed|did one thing|did something)|you managed to (?:screw|mess|ruin|burn|break|fail)|(?:did|have) you (?:make|do|figure|think of|manage) (?:this|that|it)(?: \w+)? all by yourself|all by yourself",
        r"(?:^|(?<=[.!?'\"] ))(?:aw+|aww+|ooh+|awww+)(?: ,)? (?:the|did|is|poor|look|does|bless|are|how|diddums|baby|sweetie)",
        r"how sad(?= *[.!]|$)|how (?:cute|adorable|precious|sweet)(?= *[.!,]|$)|bless (?:your|his|her) (?:little )?(?:heart|cotton socks)",
        r"(?:mr|mister|miss|little miss|ms|mrs|captain|saint) (?:perfect|sensitive|know it all|righteous|organised|organized|responsible|important|popular|clean|nice guy|always right|smarty pants|high and mighty|big shot|hotshot|genius|busy|innocent|victim|martyr|drama|moody|grumpy|clever|smart|obvious|sunshine)",
        r"(?:the|a|such a|what a|you|little) drama queen|(?:strikes|does it|(?<!look )(?<!looked )(?<!work )(?<!worked )(?<!try )(?<!have a go )at it) again|the martyr|the victim card|oh the drama|(?:^|(?<=[.!?'\"] ))cute(?: ,| \.|$)",
        r"(?:^|(?<=[.!?'\"] ))(?:oh|ohh|wow|gee)(?: ,)? (?:here we go|look who|look at (?:you|him|her)|what a|aren't you|is n't (?:he|she) just|so brave|so clever)",
        r"(?:you|ya) (?:\w+ )?(?:obviously|clearly) (?:the )?(?:genius|expert|smart one|perfect one|brains|grown up)|you are obviously the (?:genius|expert|smart one)|the genius here|(?:einstein|genius|sherlock) here",
        r"(?:you|your) (?:at|in|with) (?:uni|university|college|a job|your brains|your (?:little|tiny) brain)|with your brains|your (?:little|tiny|pea) (?:brain|job|desk job|hobby|feelings)|little (?:desk )?job",
    ),
    negatable=False,
)

# An insult as a verdict: "you're pathetic", "you are such an idiot"; "you're not an idiot" is
# negated, and "you're nuts about football" is not at the person.
INSULT_VERDICTS: Tuple[Rule, ...] = build_rules(
    CONTEMPT,
    (
        rf"{YOU_ARE} (?:{INTENS} ){{0,3}}{INSULTS}(?! (?:in|at|with|when|around|round|about|on) )",
    ),
)

# Scorn described: eye-rolls, sneers and smirks, mocking and belittling ("he mocks me", "talks down
# to me"), name-calling ("called me a loser"), looks and tones ("looked at me like I'm an idiot", "a
# sarcastic tone"), sighing loudly, being treated like a child or made to feel stupid, acting superior.
SCORN_DESCRIBED: Tuple[Rule, ...] = build_rules(
    CONTEMPT,
    (
        r"(?:rolls?|rolled|rolling|roll) (?:his|her|their|my|your)? ?eyes|eye ?rolls?|eye[- ]rolling|eyerolls?",
        r"(?:sneer\w*|smirk\w*|scoff\w*|snort\w*) (?:at|when|whenever|and|while)|(?:sneers|smirks|scoffs|snorts|sneered|smirked|scoffed|snorted)",
        r"(?:mocks?|mocked|mocking|ridicul(?:es|ed|ing)|belittl(?:es|ing)|laughs? at me|laughed at me|laughing at me|"
        r"makes? fun of (?:me|my)|made fun of (?:me|my)|making fun of (?:me|my)|puts? me down|putting me down|"
        r"talks? down to me|talked down to me|talking down to me|condescend(?:s|ing|ed)|patronis(?:es|ing)|patroniz(?:es|ing)|"
        r"looks? down (?:on|at) me|looked down (?:on|at) me|mimic\w* (?:me|my)|imitat\w* my (?:voice|accent)|"
        r"(?:is|was|gets|being|so|very|really) (?:sarcastic|condescending|patronising|patronizing|mocking|scornful|snide|smug|disdainful|contemptuous|dismissive)|"
        r"sarcastic (?:comments?|remarks?|tone)|snide (?:comments?|remarks?)|mocking (?:tone|voice|laugh))",
        r"(?:calls?|called|calling) me (?:a |an |names|every name|fat|stupid|useless|pathetic|worthless|ugly|crazy|psycho|an idiot|a loser|dumb|a failure|a bitch|a slut|a whore|hysterical|disgusting|a joke|a baby|a child)",
        r"(?:calls?|called|calling) (?:him|her) (?:a |an |names|fat|stupid|useless|pathetic|worthless|ugly|an idiot|a loser|dumb|a failure)",
        r"(?:laughs?|laughed|laughing|sneers?|sneered) (?:in my face|at (?:my|me))",
        r"(?:calls?|called|calling) me (?:' |\" )?(?:princess|sweetheart|darling|sweetie|genius|einstein|mr|miss|little|drama queen|the)",
        r"(?:looks?|looked|looking|stares?|stared) at me like (?:i am |i 'm |i m )?(?:an? )?(?:idiot|moron|child|crazy|insane|stupid|dirt|something|nothing|a piece|an alien|i am (?:an? )?(?:idiot|stupid|crazy|child|moron|nothing))",
        r"(?:shakes?|shook|shaking) (?:his|her|their|my) head (?:at me|and|every time|whenever|when i|in disgust)",
        r"(?:sarcastic|mocking|whiny|patronising|patronizing|condescending|sneering|baby|snide) (?:voice|tone|laugh|smile|grin|look|face|comment|comments|remark|remarks|way)",
        r"(?:sighs?|sighed|sighing) (?:really |so |very )?(?:loudly|dramatically|heavily)",
        r"(?:treats?|treated|treating|talks? to|talked to|speaks? to|spoke to) me like (?:a |an |i am |i 'm |i m )?(?:child|kid|idiot|moron|stupid|dirt|servant|maid|slave|garbage|dog|five|toddler|nothing|an idiot|a child|a kid)",
        r"(?:makes?|made|making) me feel (?:so |really )?(?:stupid|small|worthless|like an idiot|like a child|like dirt|like nothing|inferior|pathetic)",
        r"(?:snicker\w*|tuts?|tutted|tutting)|(?:looks?|looked|looking|stares?|stared) at me with (?:contempt|disgust|disdain|pity|scorn)",
        r"(?:acts?|acted|acting|thinks?|thought) (?:like )?(?:he|she|they|you)(?: is| are| 's| re| was)? (?:so much |far |way )?(?:better|smarter) than (?:me|everyone|us)|(?:acts?|acting) (?:so )?superior",
    ),
    role=ACTOR,
)

# Insults thrown at the partner: "you're a waste of space", "you are nothing but a parasite", "you
# stupid cow", "you idiot" (not "you idiot i love you").
SPOKEN_INSULTS: Tuple[Rule, ...] = build_rules(
    CONTEMPT,
    (
        rf"{YOU_ARE} (?:(?:\w+ly|so|such|just|really|a|an|the|such an?|being|such a complete|a complete|a total|an absolute|a fucking|a bloody|a pathetic|a stupid|an utter|the biggest|a sad|a little|fucking|freaking|fricking|friggin|frigging|flipping|effing|bloody|damn|goddamn|sodding|so freaking|so bloody|so flipping|nothing but|nothing more than|a bit of an?|such a fucking|totally|utterly|completely|pretty|too|so fucking|so damn|being a|a \w+|an \w+) ){{0,3}}{INSULT_WORDS}(?! (?:at|about|with|in|when|around|round|on) )",
        r"(?:you|ya|u) (?:(?:stupid|fat|lazy|useless|dumb|worthless|pathetic|little|ugly|fucking|bloody|absolute|complete|total|selfish|sad|spoilt|spoiled|miserable|silly) ){1,2}(?!(?:legend|star|hero|angel|gem|genius|sweetheart|sweetie|darling|babe|beauty|champ|superstar|lifesaver|treasure)\b)(?:\w+)(?= *[.!?,]|$)",
        r"(?:you|ya|u) (?:idiot|moron|imbecile|cretin|halfwit|numpty|muppet|pillock|plonker|tosser|wanker|knob|dickhead|git|prat|twit|dumbass|clown|loser|bitch|cow|jerk|asshole|arsehole|prick|bastard|twat|dick|child|baby|crybaby|brat|freak|psycho|slob|pig)(?! (?:and i|who i|i love))",
    ),
    negatable=False,
)

# Sarcasm ("oh wonderful, how original", "well done, einstein", "do you want a medal?", "sure you
# did", "boo hoo", "whatever you say, professor") and superiority ("you disgust me", "who do you
# think you are", "even a five year old could", "what are you, twelve?", "thick as two short
# planks", "nobody asked for your opinion", "you're beneath me", "your little job is a joke").
SARCASM_AND_SUPERIORITY: Tuple[Rule, ...] = build_rules(
    CONTEMPT,
    (
        r"(?:oh|wow|well|ooh|gee|aw+|ah)(?:(?: ,| !| \.)* (?:oh|wow|ooh|gee|my|my god|god|well))*(?: ,| !| \.)* (?:great|wonderful|brilliant|perfect|fantastic|lovely|marvell?ous|terrific|super|fabulous|amazing|how (?:original|surprising|shocking|convenient|helpful|generous|kind|nice|thoughtful|mature|typical|brave|clever|romantic)|what a (?:surprise|shock|shocker|gentleman|hero|catch|genius|legend|big (?:man|boy|girl)|tough guy|real man|prince charming|charmer|saint|star)|thanks (?:a lot|a bunch|so much|for nothing)|thank you so much|you (?:actually|finally|really) (?:did|managed|remembered)|look at you|aren't you|are not you|here we go|poor (?:you|baby|thing|little)|bless)",
        r"(?:well done|good job|great job|nice (?:one|job|going|work)|bravo|congratulations|congrats|golf clap|slow clap|gold star|give (?:yourself|him|her) a (?:medal|cookie|gold star))(?: ,)? (?:genius|einstein|sherlock|you|champ|hero|mr|miss|captain|smart ?ass)",
        r"(?:do|did) you want a (?:medal|cookie|trophy|gold star|parade|round of applause|pat on the back|biscuit)|should i (?:throw you a parade|give you a medal|clap)|(?:alert|call) the (?:media|press|newspapers)|stop the press(?:es)?",
        r"(?:sure|yeah|yes|right|of course|oh sure|oh yeah|oh right)(?: ,)? (?:you (?:did|do|were|are|will|would|have|totally|definitely)|because (?:you|that|he|she)|like (?:you|that)|that (?:will|'ll) happen)(?= *[.!,]|$)",
        r"la[- ]?di[- ]?da|boo[- ]?hoo|cry me a river|diddums|(?:oh|aww?) (?:poor|diddums|bless)|get (?:a life|a grip|over yourself|real)(?= *[.!,]|$)|grow (?:up|a pair|a spine)|man up|toughen up|stop being such a (?:baby|child|girl|wimp)",
        r"you (?:make me (?:sick|want to (?:throw up|puke|vomit))|disgust me|repulse me|sicken me|are (?:beneath|below) me|are not worth (?:it|my time|the effort|talking to))|(?:who|what) (?:the (?:hell|fuck|heck) )?do you think you are",
        r"(?:only|even) (?:an? )?(?:idiot|moron|child|toddler|five year old|5 year old|monkey|kid) (?:would|could|can|knows)|it (?:is|'s) not (?:rocket science|brain surgery|hard|difficult)(?:,)? (?:you|even)",
        r"are you (?:\w+ )?(?:really |seriously |actually |honestly |that |this |so |completely |totally |just )*(?:stupid|dumb|thick|dense|dim|slow|deaf|blind|simple|insane|mental|retarded|an idiot|a child|five|twelve|kidding me|for real|that useless|this useless)",
        r"what (?:are you|r u|are u),? (?:five|twelve|a child|a baby|stupid|deaf|blind|an idiot)|how (?:old|stupid|dumb|thick) are you",
        r"(?:thick|dumb|daft|useless|stupid) as (?:two short planks|a (?:brick|plank|post|box of rocks|bag of hammers)|mince|pig shit)|(?:could not|couldn't|can not|can't) organi[sz]e a piss(?: ?- ?| )?up|(?:not|nowhere near) the sharpest tool",
        r"(?:nobody|no one|noone) (?:asked|cares about|wants|needs) (?:for )?(?:your|you|his|her) ?(?:opinion|input|advice|two cents|thoughts)?(?= *[.!,]|$| mate| pal| love)|(?:lucky|grateful) (?:anyone|anybody|someone|i|she|he) (?:puts up with|would have|would put up with|stays with|married|takes) (?:you|me|him|her)",
        r"(?:you are|i am|you 're|i 'm|he is|she is|he 's|she 's) (?:so |way |far |just )?(?:beneath|below) (?:me|her|him|us|my|his|her)|(?:embarrassed|ashamed) (?:to (?:be seen with|introduce|be with|call|admit)|of) (?:me|you|him|her)",
        r"(?:my|your|his|her) (?:little )?(?:\w+ )?(?:job|career|hobby|dream|dreams|business|band|book|idea|ideas|opinion|friends|family|degree|art|music|feelings) (?:is|are|was|were) (?:a joke|cute|pathetic|laughable|a waste of (?:time|money|space)|ridiculous|embarrassing|adorable)",
        r"(?:oh|oh wow|wow|right|sure|yeah|ok)(?: ,)? (?:whatever you say|sure thing|if you say so)(?: ,)? (?:professor|genius|einstein|sherlock|boss|princess|your majesty|mr|miss|champ|doctor)|(?:^|, |' )(?:professor|smarty ?pants|brainiac|rocket scientist|mr know[- ]it[- ]all|little miss|your majesty|princess)(?= *[.!?'\"]|$)",
        r"(?:sorry|excuse me|pardon)(?: ,)? (?:did you just|are you|were you|is it|do you|i forgot you)(?: \w+){1,6} \?(?: \w+){0,3} (?:from what|doing what|what ,|lol|ha)|from what ,? (?:sitting|lying|scrolling|playing|watching)",
    ),
    negatable=False,
)

# Scorn described in base form, so any tense reads on the lemma view ("rolled her eyes" -> "roll
# her eye"): eye-rolls and scoffs, mocking and patronising, name-calling, muttered insults, a
# sarcastic tone, sighing at me, looks of disgust, being treated like a child, acting superior,
# digs and slow claps, looking me up and down, a smug grin.
SCORN_DESCRIBED_IN_BASE_FORM: Tuple[Rule, ...] = build_rules(
    CONTEMPT,
    (
        r"roll (?:his |her |their |my |your )?eye|eye[- ]?roll|(?:sneer|scoff|smirk|snort|snicker|snigger|tut|jeer|sniff) (?:at|when|whenever|and|while|every|as|in|if|loudly|dismissively|contemptuously)|(?:sneer|scoff|smirk|snort|snicker|snigger|tut|jeer)(?= *[.!,]|$)",
        r"(?:mock|mimic|imitate|parody|ridicule|belittle|deride|taunt|scorn|patroni[sz]e|humiliate|laugh at|make fun of|poke fun at|talk down to|look down on|look down at|sneer at|scoff at|smirk at|laugh in) (?:me|my|him|his|her|them|us|you|your|the way i|how i|at me)",
        r"(?:call|name) (?:me|him|her) (?:a |an |names|every name|all sorts|stupid|useless|pathetic|worthless|ugly|fat|crazy|psycho|dumb|hysterical|disgusting|mental|insane|an idiot|a loser|a failure|a joke|a baby|a child|an embarrassment|a cow|a bitch|a moron|an idiot)",
        r"(?:mutter|hiss|mumble) (?:[\w'\"]+ ){0,4}(?:idiot|moron|pathetic|loser|stupid|useless|unbelievable|typical|ridiculous|whatever, genius)(?! (?:about|at) (?:myself|himself|herself))",
        r"(?:sarcastic|mocking|whiny|patroni[sz]ing|condescending|sneering|snide|smug|scornful|disdainful|dismissive|contemptuous|belittling|snarky|mean|nasty|baby|sing[- ]song|posh|silly|high[- ]pitched) (?:voice|tone|laugh|smile|grin|look|face|comment|remark|way|manner|little laugh|snort|smirk|expression|reply|response|question)",
        r"(?:be|is|are|was|were|get|gets|sound|act|so|very|really|always|being) (?:so |really |very |super |incredibly |just )?(?:sarcastic|condescending|patroni[sz]ing|mocking|scornful|snide|smug|disdainful|contemptuous|snarky|belittling)",
        r"(?:sigh|huff|groan|tut|scoff|snort) (?:\w+ly |really |so )?(?:loudly|dramatically|heavily|theatrically|audibly|pointedly|exaggeratedly|in disgust|at me|at everything i say|whenever i|every time i)",
        r"(?:look|stare|glare|smile|laugh) at me (?:like|as if|with) (?:i am |i be |i 'm )?(?:an? )?(?:idiot|moron|child|crazy|insane|stupid|dirt|nothing|something|joke|contempt|disgust|disdain|pity|scorn|piece of)",
        r"(?:treat|talk to|speak to|address|look at) me (?:like|as if|as though) (?:i am |i be |i 'm |i was )?(?:a |an )?(?:child|kid|idiot|moron|stupid|dirt|servant|maid|slave|garbage|dog|five|toddler|nothing|beneath|dumb|thick|slow|worthless|inferior)",
        r"(?:make|made) (?:me|him|her) feel (?:so |really |very |completely )?(?:stupid|small|worthless|like an idiot|like a child|like dirt|like nothing|inferior|pathetic|tiny|useless|like a fool)",
        r"(?:act|behave|think|talk|speak) (?:like |as if )?(?:he|she|they|you) (?:be |is |are |was |were |'s |'re )?(?:so much |far |way |a lot )?(?:better|smarter|superior|above) (?:than )?(?:me|everyone|us|the rest of us)|(?:act|be|sound) (?:so )?(?:superior|holier than thou|high and mighty)",
        r"(?:shake|shook) (?:his|her|their|my) head (?:at me|and (?:laugh|smirk|sneer|scoff|walk|sigh|mutter)|in disgust|in disbelief|every time|whenever|when i|as i|while i)",
        r"(?:call|name|refer to|introduce|describe) (?:me|him|her|my \w+|his \w+|her \w+) (?:as )?(?:a |an |my |his |her |' |\" |the )*(?!(?:cab|taxi|doctor|ambulance|uber|back|later|tomorrow|tonight|every|when|if|to|and|at|on|in|about|out|up|over|baby|babe|love|darling|honey|sweetheart|beautiful|gorgeous|handsome)\b)(?:[\w'-]+ ){0,3}(?:idiot|moron|loser|fatso|sook|dummy|drongo|dunce|eejit|mumu|galah|dolt|nincompoop|bampot|tosser|wanker|prat|muppet|numpty|pillock|plonker|twit|git|nag|cow|bitch|slob|pig|psycho|nutter|freak|lump|fatty|baby|child|project|help|maid|servant|burden|embarrassment|disappointment|joke|failure|clown|princess|drama queen|mummy 's boy|mummy's boy|mama 's boy|mama's boy|crybaby|snowflake|wimp|retard|idiot child|little \w+)",
        r"(?:make|making|made|take|taking|took) (?:little |snide |nasty |cheap |constant |endless )?(?:digs|jabs|swipes|cracks|jokes|comments|the piss|the mickey|the mick) (?:about|at|out of|on) (?:me|my|him|his|her)|pull (?:a face|faces)(?= *[.!,]|$| at me| when| whenever| every time| and)|(?:do|does|did) (?:a |this |that )?(?:fake |mock |sarcastic |slow )?(?:slow clap|golf clap|round of applause)|slow[- ]clap",
        r"look (?:me|him|her) up and down|like (?:i be|i am|i 'm|i was|he is|she is) (?:something|dirt|gum|a bug|an insect|a piece of \w+) (?:on|under|stuck to) (?:his|her|their|my) shoe|like (?:i am|i be) (?:a |an )?(?:child|kid|toddler|idiot) who (?:can not|can't|could not)",
        r"(?:smug|condescending|patroni[sz]ing|sneering|mocking|superior|pitying|sarcastic) (?:little )?(?:grin|smile|smirk|look|laugh|face|tone|voice)",
    ),
    role=ACTOR,
)

# Taunts: "you think you're so clever", "crying like a baby", "you call that dinner?", "my nan
# could do better", "did the big man get upset?", "nobody else would put up with you", "cute that
# you think ...", "here come the waterworks", "how brave of you", a sarcastic epithet closing a
# line ("yeah ok, financial genius", ", miss instagram"), sarcastic perfection ("whatever, you're
# obviously perfect"), "someone's touchy", "as if you'd ever cook", "you're a bit slow".
TAUNTS: Tuple[Rule, ...] = build_rules(
    CONTEMPT,
    (
        r"you (?:really )?think you are (?:so |such an? |really |soo+ )?(?:clever|smart|funny|special|great|perfect|better than|amazing|hot stuff|god 's gift|the bee 's knees|something|so much better|above)|"
        r"(?:cry|cries|crying|cried|act|acts|acting|whine|whines|whining|whinge|whinging|sulk|sulking|moan|moaning|behave|behaving) like a (?:baby|child|little girl|little boy|girl|toddler|kid|two year old|five year old|spoilt brat|brat)",
        r"you call (?:that|this) (?:\w+ ){0,2}(?:\?|!)|(?:my|a|your|his|her) (?:nan|nana|gran|grandma|granny|nanna|five year old|5 year old|kid|child|dog|toddler|ten year old|blind grandma) could (?:(?:have )?\w+ ){1,2}(?:it |that |this )?better(?: than (?:that|you|this))?",
        r"(?:did|does|is|has|aw+|awww*) (?:the |my |our |somebody|someone|widdle |little )?(?:big (?:strong |tough )?(?:man|boy|guy)|baby|princess|snowflake|little (?:man|boy|girl|baby|princess)) (?:get|have|need|feel|upset|hurt|sad|cry|crying|sulking|want)|"
        r"(?:nobody|no one|noone|no other (?:man|woman|guy|girl|person)) (?:else )?(?:would|will|could) (?:ever )?(?:put up with|want|love|date|marry|have|stand|fancy) you",
        r"(?:cute|adorable|sweet|funny|hilarious) (?:that|how) you (?:think|believe|reckon|actually think)|"
        r"(?:the princess|his (?:royal )?highness|her (?:royal )?highness|his lordship|her ladyship|his majesty|her majesty|sleeping beauty|lord muck|lady muck) (?:is|has|finally|decided|deigns|graces|wants|needs|expects)",
        r"here (?:come|comes) the (?:waterworks|tears|drama|violins|sob story)|turn(?:s|ed|ing)? on the waterworks|crocodile tears|(?:cue|get out) the (?:violins|tiny violin|tissues)|(?:world 's|world's) (?:smallest|tiniest) violin",
        r"(?:oh|wow|gee|ooh)(?: wow)?(?: ,)? (?:so|how|very|real|really) (?:brave|mature|generous|noble|big|grown up|considerate|thoughtful|kind|sweet|good) of you",
        # a sarcastic epithet closing a line: "yeah ok, financial genius", "you're one to talk, miss instagram"
        rf"(?:^|(?<=[,.!?'\"] ))(?:(?:ok|okay|yeah|yes|sure|sure thing|right|alright|thanks|cheers|well done|nice one|good one|nice try)(?: ,)? )?(?:\w+ ){{0,2}}{EPITHETS}(?= *[.!?'\"]|$)",
        r"(?<=, )(?:mr|miss|little miss|lord|lady|captain|saint|madam) (?!(?:you|u|him|her|it|them|me|us|ya|this|that|the|my|your)\b)\w+(?: \w+)?(?= *[.!?'\"]|$)",
        # sarcastic perfection: "whatever, you're obviously perfect"
        r"(?:you are|you 're|you re|youre|ur) (?:obviously|clearly|of course|apparently|always so|just so|so very) (?:perfect|flawless|always right|never wrong|a saint|an angel|the expert|so much better|better than (?:me|everyone))|"
        r"(?:because|since|cos|cause|(?<!not )like|oh(?: ,)? sorry(?: ,)?(?: i forgot)?) you are (?:so |just so |always so |oh so |sooo |such an? |the |an? )?(?:perfect|flawless|never wrong|always right|a saint|an angel|mr perfect|miss perfect|"
        r"(?:expert|genius|authority|pro|professional|saint|angel|catch|prize|role model|model (?:husband|wife|partner)|(?:world 's|world's) (?:best|greatest) \w+)(?= *[.!?,]|$| now| right| are(?:n't| not) you| of course| obviously))",
        r"(?:^|(?<=[.!?,'\"] )|(?<=ooh )|(?<=oh )|(?<=wow )|(?<=aw )|(?<=aww )|(?<=ohh ))(?:someone|somebody) (?:is|'s|s|got|woke up|seems) (?:a bit |a little |very |so |quite )?(?:touchy|grumpy|sensitive|moody|cranky|testy|tetchy|in a mood|on their period|hangry|jealous|sulky|in a strop|out of bed on the wrong side)",
        # "yeah right, like you'd ever cook", "as if you would ever"
        r"(?:yeah|yea|ya|sure|right|oh|lol)(?: ,)? (?:right ,? )?(?:like|as if) you (?:would|'d|will|could|are going to|are gonna|ever|even|actually) (?:ever |even |actually )?\w+|as if you (?:would|'d|could) (?:ever|even|actually)",
        rf"(?:{YOU_ARE}|{YOU_HAVE_BEEN}) (?:(?:always|honestly|just|really) )?(?:a (?:bit|little|tad) |kind of |kinda |sort of |pretty )(?:slow|thick|dim|simple|dense|stupid|dumb|useless|pathetic)(?! (?:at|to|with|in|on|when|because|today|lately|recently)\b)",
        rf"{YOU_HAVE_BEEN} (?:(?:such|so|a|an|the|a complete|a total|an absolute|really|totally|nothing but) ){{0,2}}{INSULT_WORDS}(?! (?:at|about|with|in|when|around|round|on) )",
    ),
    negatable=False,
)

# Belittling described: "said it sarcastically", "makes me look stupid", "corrects my grammar",
# "explains it like I'm five", "calls me an idiot", "laughs when I cry", "called my cooking
# slop", "pulls a face like I'm disgusting", "pretends to yawn", "a fake laugh", "with contempt".
BELITTLING_DESCRIBED: Tuple[Rule, ...] = build_rules(
    CONTEMPT,
    (
        r"sarcastically|mockingly|sneeringly|condescendingly|scornfully|contemptuously|patronisingly|patronizingly|snidely|smugly|snarkily|derisively|disdainfully|"
        r"in a (?:sarcastic|mocking|snide|sneering|condescending|patronising|patronizing|snarky|smug) (?:way|manner|tone|voice)",
        r"(?:make|made|making|makes) (?:me|him|her|us) (?:look|sound|seem|feel) (?:so |really |totally |completely |like )?(?:stupid|dumb|thick|small|foolish|incompetent|pathetic|worthless|inferior|ridiculous|"
        r"(?:like )?(?:an? )?(?:idiot|fool|moron|child|kid|joke|clown))",
        r"(?:correct|corrects|corrected|correcting) (?:my|his|her) (?:grammar|spelling|pronunciation|english|accent|maths|math|words)|"
        r"(?:explain|explains|explained|explaining) (?:\w+ ){0,3}(?:to me )?(?:like|as if|as though) (?:i am|i 'm|i was|i be) (?:five|5|a child|a kid|stupid|an idiot|slow|thick|dumb|a toddler)",
        rf"(?:call|calls|called|calling|name|names|named) (?:me|him|her) (?!(?:baby|babe|princess|child)\b)(?:(?:a|an|such a|an absolute|a complete|a total|a fucking|a bloody|a little|a stupid|a fat|a pathetic|so) )?{INSULT_WORDS}(?! (?:at|about|with|in|when|because) )",
        r"(?:laugh|laughs|laughed|laughing|smirk|smirked|smirks|smirking|snigger|sniggered|giggle|giggled) (?:at me |in my face )?(?:when|whenever|every time|as|while) i (?:\w+ ){0,2}(?:cry|cried|crying|upset|hurt|sad|emotional|said i|say i|told (?:him|her|them) (?:i|how|that i)|tell (?:him|her|them) (?:i|how|that i)|open up|opened up|try to explain|tried to explain|was upset|get upset|got upset)",
        r"(?:call|calls|called|calling) (?:my|his|her) (?:\w+ ){1,2}(?:slop|crap|shit|rubbish|garbage|trash|a joke|pathetic|stupid|childish|embarrassing|disgusting|pointless|a waste)",
        r"(?:pull|pulls|pulled|pulling|make|makes|made|making) (?:a|this|that|the same|one of those) (?:\w+ )?face (?:like|as if|as though) (?:i am |i 'm |i was |i be )?(?:an? )?(?:disgusting|idiot|stupid|dirt|nothing|gross|joke|insane|crazy|mad|alien|moron|child|something)",
        r"pretend(?:s|ed|ing)? to (?:yawn|fall asleep|snore|be bored|die of boredom)|at my expense|at (?:his|her) expense(?= *[.!,]|$| all| in| every| whenever)",
        r"(?:fake|mock|sarcastic|exaggerated|pretend) (?:laugh|laughs|laughing|yawn|yawns|yawning|crying|sob|sobs|horror|surprise|sympathy|applause|clap|clapping)|(?:do|does|did) (?:a |this |that )?(?:little )?(?:fake|mock) \w+",
        r"with (?:such |total |utter |pure |complete |obvious |absolute |open )?(?:contempt|disgust|disdain|scorn|derision)|(?:pull|pulls|pulled|pulling) (?:a )?faces? (?:behind my back|at me|when|whenever|every time)",
    ),
    role=ACTOR,
)

# Mock praise: awards ("someone get this man a medal", "we should throw you a parade"), titles
# ("ok mr i know everything", "thanks miss never wrong") and superlatives ("ya sure, you're
# definitely the smartest person in this house").
MOCK_PRAISE: Tuple[Rule, ...] = build_rules(
    CONTEMPT,
    (
        # mock awards: "someone get this man a medal", "we should throw you a parade"
        r"(?:get|give|throw|hand|bake|buy|award|make) (?:you|yourself|(?:this|the) (?:man|woman|guy|girl|lady|genius|hero)) (?:a |an )?(?:medal|trophy|parade|gold star|nobel(?: prize)?|award|round of applause|cookie|biscuit|pat on the back|standing ovation)|"
        r"(?:everyone|everybody|we (?:should )?all|all of you) (?:\w+ )?bow down|all hail (?:the |his |her |king |queen )?\w+",
        # mock titles: "ok mr i know everything", "thanks miss never wrong"
        r"(?:mr|mister|miss|mrs|ms|little miss|lord|lady|captain|saint) (?:i (?:know|am|'m|can|never|always|do) (?:[\w']+ ){0,2}?(?:everything|always|never|best|right|perfect|all)|never wrong|always right|holier than thou|know (?:it all|everything|best))",
        # sarcastic superlatives: "ya sure, you're definitely the smartest person in this house"
        r"(?:yeah|ya|yea|yes|sure|right|oh|ok|okay)(?: ,)? (?:sure ,? |right ,? )?(?:you are|he is|she is) (?:definitely|definately|obviously|clearly|totally|of course|truly|so) the (?:smartest|cleverest|wisest|brightest|greatest|best|most (?:intelligent|important|perfect|brilliant|amazing|hard working|hardworking|organi[sz]ed))",
    ),
    negatable=False,
)

# Condescension: "what does a housewife know about this", "must be nice", "must be exhausting
# watching tv all day", "needs everything explained twice", pity comparisons ("a ten year old does
# more around here than you", "a grown man who can't boil an egg"), "married a loser", "look at
# the state of you", a disgusted noise ("went 'ew'"), "at your age?".
CONDESCENSION: Tuple[Rule, ...] = build_rules(
    CONTEMPT,
    (
        # scorn for what the partner knows or does: "what does a housewife know about this", "must be nice"
        r"what (?:would|does) (?:you|u|he|she|a \w+(?: \w+)?|an \w+|someone like you|people like you) (?:even |actually |possibly )?know about|what do (?:you|u|people like you) (?:even|actually|possibly) know about",
        r"must be (?:so )?nice(?= *[.!,]|$| to (?:be|have|sit|lie|sleep|do nothing|not))|must be (?:so |really )?(?:exhausting|tiring|hard|tough|rough|difficult|draining) (?:\w+ )?(?:watching|sitting|scrolling|lying|playing|sleeping|napping|gaming|doing nothing|being you|lounging|chilling)",
        r"(?:need|needs|needed) everything (?:explained|spelled out|spelt out|repeated)|(?:explain|explained|explaining|spell|spelled|spelt) (?:[\w']+ ){0,3}(?:twice|three times|in small words|in (?:baby|simple|little) words|with crayons)|(?:use|using) (?:small|smaller|little|tiny) words",
        # pity comparisons: "a ten year old does more around here than you", "a grown man who can't boil an egg"
        r"(?:a|my|your|our|any) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:year old|yr old|yo)(?: \w+)? (?:does|could|can|would|is|knows) (?:[\w']+ ){0,4}(?:more|better)|"
        r"(?:a|my|your|any) (?:child|toddler|kid|baby|monkey|dog|teenager) (?:does|could|would|can|knows) (?:[\w']+ ){0,4}(?:more|better) than (?:you|him|her)|"
        r"(?:a |such a )?grown (?:man|woman|adult|ass man|ass woman|up) (?:who|that) (?:can not|still|does not|could not|needs|is scared)",
        r"(?:raised|married|marry|ended up with|stuck with|living with|live with|lives with|dating|date) (?:a |an |such an? |this )(?:[\w'-]+ ){0,2}" + STRONG_INSULTS + r"(?![\w'])",
        r"look at the state of (?:you|him|her|yourself)|(?:that|it|this) is (?:\w+ly |actually |honestly |just |so |really |genuinely )*(?:pathetic|laughable|embarrassing)(?= *[.!,]|$| (?:a|the|how|honestly|tbh))",
        # a disgusted noise: "went 'ew' and pushed the plate away"
        r"(?:went|goes|go|said|says|say|just went|just said) (?:' |\" )?(?:ew+|eww+|yuck|yuk|ugh ,? gross|gross|pfft+)(?= *[.!,'\"]|$| and)",
        r"(?:with|at) your (?:age|brain|brains|level)(?= *[?!.,])",
    ),
    negatable=False,
)

# Condescension described: "looked at me like i'm nothing" (not "i feel like i'm stupid"), "looks
# me up and down", "hissed at me", "kissed her teeth", "pats me on the head", laughing off the
# partner's idea ("i said maybe we should look at a cheaper school and he started laughing").
CONDESCENSION_DESCRIBED: Tuple[Rule, ...] = build_rules(
    CONTEMPT,
    (
        # "looked at me like i'm nothing", "corrects me with a face like i am stupid", not "i feel like i'm stupid"
        r"(?<!feel )(?<!felt )(?<!feeling )(?<!feels )(?<!think )(?<!thought )like (?:i am|i 'm|i was|i be) (?:so |some kind of |some sort of |a |an |some |just |completely )?"
        r"(?:nothing|stupid|idiot|child|kid|dirt|animal|garbage|trash|joke|moron|dumb|thick|slow|worthless|beneath (?:him|her)|useless|an idiot|a child|an animal|"
        r"five|six|three|four|toddler|baby|simple|the dumbest (?:person|man|woman|thing|idiot))(?![\w'])",
        r"(?:look|looks|looked|looking|eye|eyes|eyed|eyeing) (?:at )?(?:me|him|her) (?:from |all )?(?:head to toe|up and down|top to bottom)|(?:hiss|hisses|hissed) (?:at me|and|then)|(?:kiss|kisses|kissed|suck|sucks|sucked) (?:his|her) teeth",
        r"(?:pat|pats|patted|patting) (?:me on (?:the|my) head|my head|on my head)",
        # laughing off a partner's idea: "i said maybe we should look at a cheaper school and he started laughing"
        r"(?:laugh|laughs|laughed|laughing|started laughing|start laughing|burst out laughing)(?: at me| in my face)? (?:when|whenever|as soon as|the moment|every time) i (?:\w+ ){0,2}(?:said|say|told|tell|suggested|suggest|mentioned|mention|asked|ask|shared|share|gave|give|raised|raise|brought up|bring up|explained|explain|wanted|want|talked about|talk about)|"
        r"i (?:said|suggested|asked|mentioned|told (?:him|her)) (?!(?:a|the|him a|her a) (?:joke|story)\b)(?:[\w']+ ){2,14}?(?:and|,) (?:he|she) (?:just )?(?:started laughing|burst out laughing|laughed at me|laughed in my face|just laughed)(?! (?:too|with|along))",
    ),
    role=ACTOR,
)

# Scorn said quietly: "the attention span of a goldfish", "as if I were a child", "like watching a
# toddler with a jigsaw", backhanded praise ("you look nice tonight, for once", "bless you for
# trying"), "must be exhausting being right", "don't strain yourself", "not a real job", "no
# wonder your friends ...", "embarrassing to be seen with you", "a face like he'd smelled something".
UNDERSTATED_SCORN: Tuple[Rule, ...] = build_rules(
    CONTEMPT,
    (
        # an animal or object for a measure of the partner: "the attention span of a goldfish"
        r"the (?:[\w-]+ ){0,2}(?:span|depth|range|capacity|intelligence|brains?|iq|memory|manners|charm|personality|sense|maturity|warmth|wit|backbone|conversation|social skills|empathy|tact|awareness|insight) of a (?:goldfish|puddle|teaspoon|toddler|child|rock|brick|plank|gnat|potato|teenager|sheep|fish|dog|turnip|doorknob|lamppost|houseplant|slug)",
        # the partner as a child, a pet or a chimp: "as if I were a child", "like watching a toddler with a jigsaw"
        r"(?:as if|as though|like) (?:i|he|she) (?:were|was|am|is|'m|be) (?:a |an )?(?:small |little |naughty )?(?:child|toddler|kid|dog|puppy|idiot|five year old|schoolboy|schoolgirl)(?![\w'])|"
        r"(?:the way|the voice|the tone|like|as if|as though) (?:[\w']+ ){0,6}?(?:with|to|at) a (?:toddler|small child|child|dog|puppy|baby|five year old|kid|pet)(?![\w'])|"
        r"(?:is|was|it 's) like watching a (?:toddler|chimp|chimpanzee|monkey|child|baby|kid|dog|gorilla|goldfish)",
        # backhanded praise: "you look nice tonight, for once", "bless you for trying", "it's sweet that you try"
        r"(?<!something )(?<!anything )(?<!some )(?:nice|good|great|clean|tidy|smart|pretty|lovely|decent|right|useful|sensible|on time|helpful)(?: tonight| today| now)? ,? for once(?= *[.!,'\"]|$)|"
        r"bless (?:you|him|her|your heart|his heart|her heart) for (?:trying|attempting|thinking|bothering)|(?:it is|it 's|that is|that 's|how) (?:so |very |really )?(?:sweet|cute|adorable|endearing) (?:that|how) you (?:try|tried|attempt|bother|think)",
        r"must be (?:so |really )?(?:exhausting|tiring|hard|tough|lovely|nice) (?:being (?:right|perfect|so \w+|you)|to be (?:right|perfect|you))|(?:they|she|he|it) must be (?:desperate|blind|joking)(?= *[.!?,'\"]|$| this| that| if)",
        r"(?:do not|don't|dont) (?:strain|hurt|overexert|exert|tire) yourself|did you (?:just )?have a (?:thought|idea)(?= *\?)|some of us (?:actually |have to |have (?:real|actual|proper) |do (?:real|actual)|work)",
        r"(?:not|hardly|never|barely) (?:even )?a (?:real|proper) (?:job|man|woman|career|husband|wife|adult|grown[- ]up|parent|father|mother)",
        r"no wonder (?:your|you are|you 're|you have|you can not|nobody|no one|everyone|they)(?![\w'])",
        r"(?:someone|somebody|a (?:man|woman|person|guy)) (?:who|that) (?:can not|can't|could not) even",
        r"(?:embarrassing|humiliating|mortifying) to be seen with (?:you|him|her)",
        r"(?:face|look|expression) like (?:he|she|you) (?:had|'d|would have|has) (?:smelled|smelt|tasted|stepped in|trodden in) something",
    ),
    negatable=False,
)

# Put-downs, mock rewards and disgust: "want a medal?", "like talking to a golden retriever", "nothing going on up
# there", "a grown woman crying over a parking ticket", "because ur SO busy scrolling", "you're
# lucky anyone wants you", "nobody else would put up with you", "married down", "a look of pure
# disgust", "when I cry he's laughing".
PUT_DOWNS_AND_DISGUST: Tuple[Rule, ...] = build_rules(
    CONTEMPT,
    (
        r"(?:want|wants|need|needs|expecting|expect|expects) (?:a |an )?(?:medal|trophy|cookie|gold star|parade|round of applause|pat on the back|standing ovation|prize|award)",
        r"like talking to a (?:\w+ )?(?:retriever|labrador|dog|puppy|goldfish|toddler|child|potato|rock|plank|sheep|donkey|five year old|teenager|cat)(?![\w'])|nothing (?:going on )?up there|the lights are on but|(?:only|just) (?:has )?(?:two|one|2|1) brain cells?",
        r"(?:a |an )?grown (?:man|woman|adult|ass man|ass woman) (?:crying|whining|sulking|moaning|throwing|having a (?:tantrum|meltdown)|scared of|afraid of|sobbing) (?:over|about|because|of|at|a)",
        r"(?:because|cos|cause|since|oh|yeah|sure) (?:you are|he is|she is) (?:so|sooo|soo|soooo|such a) (?:busy|tired|exhausted|overworked|stressed|hard[- ]?working|important) (?:\w+ing|with your \w+)",
        r"(?:lucky|should be grateful|should thank me|be grateful) (?:that )?(?:anyone|anybody|someone|somebody|i|he|she) (?:even |still )?(?:wants|would want|would have|puts up with|would put up with|stays|stay|stayed|married)|"
        r"(?:nobody|no one|noone|no other (?:man|woman|guy|girl)) (?:else )?(?:would|will|could) (?:ever )?(?:put up with|want|have|marry|date|stay with|love) (?:you|me|her|him)|marr(?:y|ying|ied) down",
        r"(?:a |the )?(?:look|expression) of (?:pure |utter |total |complete |absolute )?(?:disgust|contempt|disdain|scorn|revulsion)|(?:disgust|contempt|disdain|scorn) (?:on|in|all over) (?:his|her|their) (?:face|voice|eyes)",
        r"(?:when|whenever|while|every time) i (?:cry|cried|am crying|'m crying|was crying|get upset|got upset|am upset) ,? (?:he|she|they) (?:is |was |just |only )?(?:laugh|laughs|laughed|laughing|smirks|smirked|smirking|sniggers|sniggering|giggles|giggling)",
        r"(?:you|u) (?:can not|could not|cant) even (?:[\w']+ ){1,6}?(?:lmao|lmfao|lol|haha\w*|rofl|😂+)",
    ),
    negatable=False,
)

# Mockery shown by voice or face: "repeats what I say in a high squeaky voice", "does an
# impression of me", "lip curled", "curls her lip at me", "says it with air quotes", "not a kind
# laugh", "sent it back with a clown emoji".
MOCKERY_DESCRIBED: Tuple[Rule, ...] = build_rules(
    CONTEMPT,
    (
        r"(?:in|with|using|puts on|put on|putting on) (?:a|this|that|his|her|my) (?:\w+ )?(?:high|squeaky|whiny|whiney|mocking|baby|sing[- ]song|silly|girly) (?:little )?voice",
        r"(?:does|do|did|doing) (?:an|this|his|her|my|the) (?:\w+ )?impressions? of me|(?:mimics?|mimicked|mimicking|imitates?|imitated|imitating|impersonates?|impersonated) (?:me|my (?:voice|accent|face|crying|tears))",
        r"(?:lip|lips) curled|curl(?:s|ed|ing)? (?:his|her|their|a|the) lip|(?:with|does|doing|did|making|made) (?:the )?air quotes",
        r"(?:not|was not|is not) a (?:kind|nice|friendly|warm|happy|good) laugh",
        r"(?:and|with) a (?:clown|eye[- ]?roll|rolling eyes|yawn(?:ing)?|snoring) emoji",
    ),
    role=ACTOR,
)
# Scorn for the partner as a failed adult: "what kind of grown man can't use a washing machine?"
FAILED_ADULT_SCORN: Tuple[Rule, ...] = build_rules(
    CONTEMPT,
    (r"what (?:kind|sort) of (?:a )?(?:grown (?:man|woman|adult)|adult|grown[- ]up) (?:still )?(?:can not|cannot|does not|needs|forgets)",),
)
# Stock dismissive sarcasm: "cool story, bro", "cool story babe".
STOCK_SARCASM: Tuple[Rule, ...] = build_rules(CONTEMPT, (r"cool story(?: ,)? (?:bro|babe|mate|dude|hun)",))

# Mockery shown, not said: a slow clap, the tiny violin, an impression of me, a gagging noise, the
# eye-roll emoji.
MIME_AND_NOISES_DESCRIBED: Tuple[Rule, ...] = build_rules(
    CONTEMPT,
    (
        r"(?:clap|claps|clapped|clapping) (?:slowly|sarcastically)",
        r"(?:tiny|little|world 's smallest|smallest) violin|violin[- ]playing|(?:mime|mimes|mimed|miming|play|plays|played|playing) (?:a |the |his |her )?(?:tiny |little |air )?violin",
        r"(?:do|does|did|doing) (?:a |an |this |that )?(?:\w+ ){0,2}(?:impression|impersonation|imitation) of me(?![\w'])|(?:do|does|did|doing) the voice|(?:put|puts|putting) on (?:this|a|that) (?:\w+ ){0,3}voice",
        r"(?:make|makes|made|making) (?:a |this |that )?(?:little )?(?:gagging|vomiting|retching|puking|barfing|gag|vomit|retch) (?:noise|sound|face)|scoff(?:s|ed)? through (?:his|her) nose",
        r"(?:mouth|mouthed|mouths|mutter|muttered|mutters|whisper|whispered|hiss|hissed) (?:' |\" )?" + INSULT_WORDS + r"(?: '| \")? (?:at|to) me",
        r"(?:call|calls|called|calling) (?:me (?:a|an)|my (?:family|friends|job|mum|mom|dad|parents|work|cooking|hobby|body)(?: a| an| the)?) (?:' |\" )(?!(?:babe|baby|honey|love|sweetheart|darling|gorgeous|beautiful|handsome|his|her|my|the best|sweetie|hun|cutie|a legend|a star)\b)\w+",
    ),
    role=ACTOR,
)

# Stock put-downs typed in chat: "said no one ever", "sure, jan", "ok boomer", "look who finally
# remembered", "nice of you to join us", "excuse me for having a job", "who raised you", an 🙄.
STOCK_PUT_DOWNS: Tuple[Rule, ...] = build_rules(
    CONTEMPT,
    (
        r"said no one ever|sure ,? jan|ok ,? boomer|look who (?:finally|decided|remembered|has decided)|nice of you to (?:finally )?(?:join|show up|turn up|grace|bother|remember)",
        r"(?:excuse|sorry) me for (?:having|breathing|existing|living|wanting|asking)|who raised you|(?:do|does) (?:u|you) even have a brain|get over (?:urself|ur self)|bold choice for|and i should care because",
        r"🙄",
        r"(?:it is|it 's|its) called (?:a |an )?\w+ ,? look it up|(?:are we|we are) doing (?:feelings|the feelings thing) again|funny how (?:\w+ 's )?(?:\w+ ){0,3}(?:manages?|can|knows how|is able|finds? (?:the )?time)",
        r"(?:thinks|think) (?:she|he|you|u) (?:is|are|s) (?:so+ |such an? |really )?(?:smart|clever|special|funny|perfect|hot stuff|god 's gift|better than)",
        r"(?:you|u) look like (?:a|an) (?:\w+ )?(?:sack|bag|pile|heap) of \w+|(?:wow ,? )?(?:the (?:man|woman|genius|king|queen)|it) speaks(?= *[.!?,'\"]|$)|(?:\?|!) (?:shocking|surprise ,? surprise|shock horror)(?= *[.!'\"]|$)",
        r"(?:send|sends|sent|reply|replies|replied)(?: with)? (?:a )?(?:😂|🤣|😆|😹)(?: [\w']+){0,3} (?:when|every time|whenever|after) i (?:say|said|tell|told|cry|cried|am|was|get|got)",
    ),
    negatable=False,
)

# Put-downs by comparison: "about as useful as a chocolate teapot", "as deep as a puddle", "the
# warmth of a fridge freezer".
COMPARISON_PUT_DOWNS: Tuple[Rule, ...] = build_rules(
    CONTEMPT,
    (
        r"(?:emotionally |romantically )?(?:just )?(?:about|roughly) as (?:useful|helpful|deep|bright|sharp|warm|romantic|exciting|interesting|fun|supportive|reliable|emotional|organised|organized|intelligent|clever|attractive|much use|much help|thoughtful|caring|charming) as (?:a|an) (?:\w+ ){0,2}\w+",
        r"(?:the|about the) (?:warmth|personality|charm|brains|emotional range|empathy|romance|intelligence|attention span|sensitivity) of (?:a|an) (?:\w+ ){0,2}(?:fridge|freezer|brick|potato|plank|rock|teaspoon|goldfish|wet \w+|turnip|lamp ?post|cardboard box|spoon|fish)",
    ),
    negatable=False,
)
# Mock celebration of an ordinary chore done: "shall I call the newspaper?", "alert the media",
# "gold star", "my heart bleeds".
MOCK_CELEBRATION: Tuple[Rule, ...] = build_rules(
    CONTEMPT,
    (
        r"(?:shall|should) (?:i|we) (?:call|ring|phone|tell|alert) the (?:newspapers?|papers|press|news|media|guinness)|(?:someone |somebody )?(?:call|alert|ring) the (?:newspapers?|papers|press|media)|alert the media|stop the press(?:es)?",
        r"(?:^|(?<=[.!?'\"] ))gold star(?= *[.!'\"]|$)|(?:^|(?<=[.!?,'\"] ))my heart bleeds",
    ),
    negatable=False,
)
