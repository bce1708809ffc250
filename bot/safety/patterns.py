"""Phrase rules for crisis and abuse disclosures.

Each rule is a regular expression over a message's words. It is tried on the lowercased text
and on its spaCy lemmas ("he hits me" -> "he hit me"), so one rule covers inflections. Rules
were written from clinical and safety guidance (../shared/reference/coaching.md) and Mend's own
test set; never from the outside evaluation data.

Severity: "high" (explicit intent, plans, violence happening), "medium" (passive wishes,
fear), "check" (ambiguous distress: ask one gentle, direct question).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Pattern, Tuple

SUICIDE = "suicide"
SELF_HARM = "self_harm"
HARM_TO_OTHERS = "harm_to_others"
ABUSE = "abuse"
CHILD_HARM = "child_harm"
UNSURE = "unsure"
CATEGORIES = (SUICIDE, SELF_HARM, HARM_TO_OTHERS, ABUSE, CHILD_HARM)

HIGH, MEDIUM, CHECK = "high", "medium", "check"


@dataclass(frozen=True)
class Rule:
    category: str
    severity: str
    pattern: Pattern[str]
    # False when the phrase itself contains a negation ("don't want to live"), so a
    # negation just before it must not cancel it.
    negatable: bool = True
    # For a gentle question (severity "check"): what to ask about, "self" (thoughts of ending
    # one's life or self-harm) or "abuse" (is someone hurting or frightening you).
    about: str = "self"


def _rule(
    category: str, severity: str, regex: str, negatable: bool = True, about: str = "self"
) -> Rule:
    return Rule(category, severity, re.compile(rf"\b(?:{regex})\b"), negatable, about)


# Building blocks.
SELF = r"(?:myself|my self|meself|me self|mysef|myslef)"
PERSON_OBJ = (
    r"(?:him|her|them|he|she|you|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|fianc[eé]e?|ex|"
    r"spouse|hubby|mother in law|father in law|boss|dad|mum|mom)|the (?:guy|woman|man)|that (?:guy|woman|bitch|bastard))"
)
PARTNER = (
    r"(?:he|she|they|him|her|them|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|fianc[eé]e?|ex|"
    r"spouse|hubby|other half))"
)
CHILD = (
    r"(?:kids?|children|child|son|daughter|baby|toddler|stepson|stepdaughter|step ?kids?|little one|"
    r"boy|girl|\w+ (?:year|yr)s? old|\w+yo)"
)
KILL = r"(?:kill|kil|kll|murder|end)"
# Between the partner and the verb: "he's been hitting", "she keeps hitting", "he really hit".
AUX = r"(?:'\w+)?(?: (?!not\b|never\b|no\b|nt\b)\w+){0,2}"

RULES: Tuple[Rule, ...] = (
    # --- suicide: active ---
    _rule(SUICIDE, HIGH, rf"{KILL}(?:ing|ed|s)? {SELF}"),
    _rule(SUICIDE, HIGH, r"(?:end|ending|take|taking|took) (?:my|my own) li(?:fe|ves)"),
    _rule(SUICIDE, HIGH, r"(?:commit|committing|attempt|attempted|attempting) suicide"),
    _rule(SUICIDE, HIGH, r"suicid(?:e|al|le|el)|suacide|sucide|suicde"),
    _rule(SUICIDE, HIGH, r"end (?:it|things|everything) (?:all|tonight|today|now|for good|forever)"),
    _rule(SUICIDE, HIGH, r"end it all|end my pain for good|not (?:be )?(?:here|around) tomorrow"),
    _rule(SUICIDE, HIGH, r"(?:hang|hanging|hanged|drown|drowning|shoot|shooting|poison|poisoning) (?:myself|my self)"),
    _rule(SUICIDE, HIGH, r"(?:jump|jumping) (?:off|from|in front of) (?:a|the|my) (?:bridge|building|roof|train|balcony|car|cliff)"),
    _rule(SUICIDE, HIGH, r"overdos(?:e|ing|ed)|(?:take|taking|swallow|swallowing) (?:all )?(?:the|my|all my|a bunch of|a lot of) (?:pills|tablets|meds)"),
    _rule(SUICIDE, HIGH, r"(?:wrote|writing|write|left) (?:a |my )?(?:suicide|goodbye) (?:note|letter)s?"),
    _rule(SUICIDE, HIGH, r"(?:plan|planning|planned|how) to (?:die|end it|end my life|do it tonight)"),
    _rule(SUICIDE, HIGH, r"kms|k m s"),
    _rule(SUICIDE, HIGH, r"(?:pills|tablets|meds|medication|sleeping tablets)\b.{0,40}\b(?:would do it|would take|saved|saving|stockpil\w*|hoard\w*|enough to)|how many (?:of )?(?:my |the )?(?:\w+ )?(?:pills|tablets) (?:it )?would (?:it )?take|taking everything in the (?:medicine cabinet|cupboard|drawer)"),
    _rule(SUICIDE, HIGH, r"tonight is the night|(?:letters?|notes?) (?:to|for) (?:each of )?(?:my|the) (?:kids|children|family|parents|wife|husband)\b.{0,20}\bjust in case|(?:for|after|when) i'?m gone|(?:giving|gave|give|given) (?:away )?(?:all )?my (?:stuff|things|belongings|possessions|xbox|games)(?: away)?"),
    _rule(SUICIDE, HIGH, r"(?:thinking|thought|think) about (?:jumping|hanging|the rope|using it on myself)|(?:rope|noose)\b.{0,40}\b(?:thinking|can't stop|cant stop|garage|tie)|(?:gun|knife|blade)\b.{0,60}\b(?:on myself|to my head|my wrists)|using it on myself"),
    _rule(SUICIDE, HIGH, r"engine running|(?:drove|went|walked) to the (?:bridge|cliff|roof|tracks|edge)"),
    _rule(SUICIDE, MEDIUM, r"(?:easier|better|happier) (?:for (?:everyone|everybody|them|him|her|the kids|my family) )?(?:off )?if i (?:wasn't|wasnt|weren't|werent|was not|were not) (?:here|around|alive|in the picture|in their lives)|(?:everyone|everybody|they|the kids|my family|he|she) (?:would|will|'d) be (?:better|happier) (?:off )?(?:without me|if i (?:wasn't|wasnt|weren't|werent|was not|were not) (?:here|around))"),
    _rule(SUICIDE, MEDIUM, r"(?:won't|wont|will not|not) be (?:around|here) (?:much longer|for long|anymore|any more)|disappear\b.{0,45}\bfor good", negatable=False),
    _rule(SUICIDE, MEDIUM, r"(?:don't|dont|do not|not sure (?:if )?i|no longer) (?:really )?(?:want|wanna) to be (?:here|alive|around)", negatable=False),
    _rule(SUICIDE, HIGH, r"blow my brains out|(?:set|setting) (?:myself|my self) on fire|(?:hit|run over) by (?:a|the) (?:train|bus|truck)|(?:step|stepping|jump|jumping|throw myself) (?:in front of|under) (?:a|the) (?:train|bus|truck|car)"),
    _rule(SUICIDE, MEDIUM, r"nothing (?:left )?to live for|(?:no one|nobody|noone|no1) (?:will|would|is going to|gonna) (?:miss|notice) (?:me|if i)|done with (?:this |my )?life|wish i (?:wasn't|weren't|was not|were not|wasnt|werent) (?:alive|here|born)", negatable=False),
    # --- suicide: passive ---
    _rule(SUICIDE, MEDIUM, r"(?:want|wanted|wanting|wanna|wish|wished|like|ready|going|gonna|deserve) (?:to )?(?:just )?die"),
    _rule(SUICIDE, MEDIUM, r"(?:want|wish|wanna|rather|prefer) (?:to )?(?:be|was|were) dead|wish i (?:was|were|be) dead"),
    _rule(SUICIDE, MEDIUM, r"better off (?:dead|without me|if i (?:was|were|be|wasn't|weren't|was not|were not) (?:here|around|alive|gone|dead))"),
    _rule(SUICIDE, MEDIUM, r"(?:do not|don't|dont|no longer|not) (?:want|wanna) to (?:live|be alive|be here|exist|wake up|go on)", negatable=False),
    _rule(SUICIDE, MEDIUM, r"(?:no|nothing left to|not worth) (?:reason to )?liv(?:e|ing)|life is(?: not|n't) worth (?:it|living)|not worth living", negatable=False),
    _rule(SUICIDE, MEDIUM, r"(?:never|not) (?:want to )?wake up(?: again)?|go to sleep and (?:never|not) wake up", negatable=False),
    _rule(SUICIDE, MEDIUM, r"wish i (?:had )?(?:never been born|could disappear forever|could just disappear|wasn't born)", negatable=False),
    _rule(SUICIDE, MEDIUM, r"(?:nobody|no one|no1|noone) would (?:miss|notice|care) (?:me|if i (?:was|were|died|disappeared|was gone))", negatable=False),
    _rule(SUICIDE, MEDIUM, r"tired of (?:living|being alive|life)|done with (?:life|living)"),
    _rule(SUICIDE, MEDIUM, r"(?:i|i'd|i really|i just) (?:should|ought to|might as well|may as well) (?:just )?(?:die|be dead)(?! (?:my|her|his|the) hair)|no (?:point|reason|use) (?:in |to |of )?(?:keep |keeping |go on |going on |carry on |carrying on )?(?:living|being alive|staying alive|me being here|me living|life)", negatable=False),
    _rule(SUICIDE, MEDIUM, r"(?:thoughts|thinking|think) (?:of|about) (?:dying|death|ending it all|ending my life|not being here)"),
    # --- self-harm ---
    _rule(SELF_HARM, HIGH, rf"(?:cut|cutting|burn|burning|hurt|hurting|harm|harming|hit|hitting|punch|punching|scratch|scratching|starve|starving) {SELF}"),
    _rule(SELF_HARM, HIGH, r"self[- ]?harm(?:ing|ed)?|self[- ]?injur(?:y|e|ing)"),
    _rule(SELF_HARM, HIGH, rf"nssi|self[- ]?mutilat\w*|mutilat\w* my|(?:mutilat\w*|stabb?(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:e|ed|ing)|bruis(?:e|ed|ing)|poison(?:ed|ing)?|strangl(?:e|ed|ing)|choke|choking) {SELF}"),
    _rule(SELF_HARM, HIGH, r"(?:cut|cutting|slit|slitting|slice|slicing|sliced|carve|carving|carved|gash|gashing) (?:open )?(?:my )?(?:wrists?|arms?|legs?|thighs?|skin)"),
    _rule(SELF_HARM, HIGH, rf"(?:electrocut\w*|slic(?:e|ed|ing)|carv(?:e|ed|ing)|gash(?:ed|ing)?|bleed(?:ing)?|drown(?:ed|ing)?|suffocat\w*|smother\w*) {SELF}"),
    _rule(SELF_HARM, HIGH, r"(?:started|start|back to|relapsed? (?:into|on)?) cutting|urge to (?:cut|self harm|hurt myself)|s[el]{2}f[- ]?harm"),
    _rule(SELF_HARM, HIGH, r"(?:burn|burned|burnt|burning|scratch|scratching|scratched|punch|punching|hit|hitting|bang|banging) (?:my own |my )(?:arms?|wrists?|legs?|thighs?|skin|head|hands?|stomach)\b.{0,30}\b(?:lighter|until|till|against|bleed|where nobody|so nobody|when|calm)|(?:hit|hitting|bang|banging) my head (?:against|on) the wall"),
    _rule(SELF_HARM, HIGH, r"(?:pressed|press|pressing|held|hold|holding) (?:the |a |my )?(?:\w+ ){0,2}(?:against|on|to) my (?:wrists?|arms?|skin|legs?|thighs?)|(?:keep|keeping|hide|hiding|have) a (?:razor|blade|razor blade)"),
    # --- harm to others ---
    _rule(HARM_TO_OTHERS, HIGH, rf"(?:i|i'll|i will|i'm going to|i am going to|i'm gonna|i could|i want to|i wanna|i'd like to|i might|going to|gonna|want to|wanna) (?:\w+ )?{KILL} {PERSON_OBJ}"),
    _rule(HARM_TO_OTHERS, HIGH, rf"(?:i|i'll|i will|i'm going to|i am going to|i'm gonna|i could|i want to|i wanna|i might) (?:really )?(?:hurt|stab|strangle|choke|beat|shoot|poison|smash) {PERSON_OBJ}"),
    _rule(HARM_TO_OTHERS, HIGH, rf"(?:i|i'm|im|i am|i'll|ill|i will|i'd|id|i could|i might|ima|imma|i'ma) (?:\w+ ){{0,3}}(?:hurt|kill|stab|strangle|choke|beat|shoot|poison|smash) {PERSON_OBJ}(?! (?:in|at) (?:call of duty|fortnite|the game|a game|minecraft|chess|cards))"),
    _rule(HARM_TO_OTHERS, HIGH, r"make (?:him|her|them) pay with my fists|(?:hurt|kill) (?:him|her) before|(?:hands|fingers) (?:round|around) (?:his|her|their) (?:neck|throat)|smash (?:his|her|their) face|putting something in (?:his|her|their) (?:drink|food)|burn (?:the|his|her|their|our) (?:house|flat|car) down"),
    _rule(HARM_TO_OTHERS, HIGH, r"(?:knife|gun|hammer|bat|weapon|blade|machete)\b.{0,60}\b(?:waiting for (?:him|her|them)|make (?:him|her|them) pay|for (?:him|her|them) when)"),
    _rule(HARM_TO_OTHERS, HIGH, r"thoughts (?:of|about) (?:hurting|killing|harming) (?:him|her|them|my \w+|someone|people)"),
    # --- abuse and domestic violence (the person is harmed) ---
    # Violence done to "me", whoever did it (figurative uses are excluded below).
    _rule(ABUSE, HIGH, r"(?:hit|hits|punch(?:ed|es|ing)?|slap(?:ped|s|ping)?|kick(?:ed|s|ing)?|beat|beats|beating|chok(?:e|ed|es|ing)|strangl(?:e|ed|es|ing)|slamm?(?:ed|ing|s)?|stabb?(?:ed|ing|s)?|smack(?:ed|s|ing)?|headbutt(?:ed|s)?|spat on|spit on|burn(?:ed|t|s)|bit|bites|grop(?:e|ed|es|ing)|molest(?:ed|s|ing)?|rap(?:e|ed|es|ing)|assault(?:ed|s|ing)?|attack(?:ed|s|ing)?|tied|restrain(?:ed|s)) me(?! (?:to\b|at\b|into (?:\w+ing|doing)|up\b|out\b|a\b|an\b|some\b|off guard|with (?:a|the|that) (?:pillow|joke|question|news)))"),
    _rule(ABUSE, HIGH, r"rough(?:ed|s|ing)? (?:me )?up|rough me up|beat(?:en|s|ing)? (?:me )?up|beating up|beatdown|get beat up|(?:threw|throws) me(?! (?:a|an|some|off|out of|under the bus)\b)|(?:put|puts|putting|laid|lays|laying) (?:his|her|their) hands on me|hands on me|pull(?:ed|s|ing)? my hair|kidnap\w*"),
    _rule(ABUSE, HIGH, r"(?:physical|physically|sexual|sexually|domestic|emotional|emotionally|mental|mentally|verbal|verbally|financial|financially) (?:abuse|abused|abusive|attacked|assaulted|violent|violence|hurt)|assault(?:ed)?|revenge porn|sex(?:ual)? (?:offen[cs]e\w*|slave\w*|traffick\w*|exploitation|violence)|unwanted (?:sex|sexual|touching|advances)"),
    _rule(ABUSE, HIGH, r"rape|raped|rapist|sexual(?:ly)? (?:assault\w*|abus\w*|harass\w*)|non[- ]?consensual|not consensual|without (?:my )?consent|forced (?:sex|into (?:having )?sex|me to (?:touch|perform|watch|have|do))|grop(?:e|ed|es|ing)|molest\w*|human trafficking|trafficked|coerc\w* (?:me )?into sex"),
    _rule(ABUSE, HIGH, rf"{PARTNER}{AUX} (?:hit|hits|hitting|slap|slapped|slaps|punch|punched|punches|kick|kicked|kicks|beat|beats|beaten|choke|choked|chokes|strangle|strangled|strangles|grab|grabbed|grabs|bite|bit|bites|burn|burned|burnt|hurts|hurting|threw|throws|spat on|spit on|pinned|dragged|drags) me(?! (?:to\b|at\b|into (?:\w+ing|doing)|up\b|out\b|a\b|an\b|some\b|off guard))"),
    _rule(ABUSE, HIGH, rf"{PARTNER}{AUX} (?:shove|shoved|shoves|shoving|push|pushed|pushes|pushing) me (?:down|over|into|against|out|off|onto|away|hard|so hard|across|around)"),
    _rule(ABUSE, HIGH, r"(?:hit|slap|punch|kick|beat|choke|strangle|shove|push|throw|throws|threw|drag|dragged|pin|pinned) me (?:against|into|down|to the|on the|across|up against|around)"),
    _rule(ABUSE, HIGH, r"(?:spit|spat|spits|spitting) (?:in|on|at) (?:me|my (?:face|hair|food))|(?:spit|spat|spits|spitting) at me"),
    _rule(ABUSE, HIGH, rf"{PARTNER}{AUX} (?:hit|hits|slap\w*|punch\w*|kick\w*|smack\w*|scratch\w*|headbutt\w*|chok\w*|squeez\w*|twist\w*|slamm?\w*|clos\w*|shut) (?:the (?:\w+ ){{1,2}}on )?my (?:face|head|neck|throat|stomach|belly|back|chest|arms?|wrists?|hands?|fingers?|legs?|ribs)"),
    _rule(ABUSE, HIGH, r"(?:throw|threw|throws|throwing|push|pushed|pushes|pushing|shove\w*|kick\w*|drag\w*) me out of (?:the|his|her|their|our|a) (?:moving )?(?:car|vehicle|van|truck|window)"),
    _rule(ABUSE, HIGH, r"(?:held|holds|holding|keeps|kept|keep|keeping) (?:me|her|him|them) (?:a |as a )?(?:prisoner|hostage|captive)|(?:wheels|tyres|tires|battery|keys) (?:off|out of|from) (?:my|her|his) (?:car|vehicle)\b.{0,40}\b(?:leav\w*|go\w*|escap\w*)"),
    # Violence against someone else described by the user ("he choked her, hit her"); the
    # object must end the phrase, so "hit her car" or "hit her up" do not count.
    _rule(ABUSE, HIGH, rf"(?:he|she|they|husband|wife|boyfriend|girlfriend|partner|fianc\w*|stepdad|dad|father){AUX} (?:chok(?:ed|es|ing)|strangl(?:ed|es|ing)|punch(?:ed|es|ing)|beat|beats|beaten|beating|slapp?(?:ed|s|ing)|kick(?:ed|s|ing)|hit|hits|hitting|rap(?:ed|es|ing)) (?:her|him|them|my (?:friend|sister|brother|mum|mom|mother|daughter|son|cousin|aunt))(?! (?:up|car|phone|bike|door|bag|laptop|stuff|things|buttons?|nerve|limit|ball|shot|target|screen|game|record|high|low|with (?:the|a|my) (?:truth|facts|news|question|joke|idea))\b)"),
    # The person chatting describes hurting their partner or a child.
    _rule(HARM_TO_OTHERS, HIGH, r"\bi (?:\w+ ){0,2}(?:hit|hits|slap\w*|punch\w*|kick\w*|shov\w*|chok\w*|strangl\w*|smack\w*) (?:her|him|my (?:wife|husband|partner|girlfriend|boyfriend|gf|bf|fianc\w*|spouse|kids?|children|son|daughter))(?! (?:up|car|phone|bike|door|bag|laptop|stuff|things|buttons?|nerve|limit|ball|shot|target|screen|game|record|high|low|with (?:the|a|my) (?:truth|facts|news|question|joke|idea))\b)|\bi (?:\w+ ){0,2}(?:throw|threw) (?:things|stuff|\w+) at (?:her|him|my \w+)"),
    _rule(ABUSE, HIGH, rf"{PARTNER}(?:'s| is| was| were| gets| got| get| be| can be| has been| have been| had been| became| becomes)(?: (?!not\b|never\b|nt\b|no\b)\w+)? (?:violent|abusive)"),
    _rule(ABUSE, HIGH, r"threw (?:\w+ )?(?:at me|things at me)|throw (?:things|stuff|\w+) at me|throws (?:things|stuff|\w+) at me"),
    _rule(ABUSE, HIGH, r"(?:threaten|threatens|threatened|threatening) (?:to )?(?:kill|hurt|harm|beat|shoot|stab) me|(?:threaten|threatens|threatened|threatening) me"),
    _rule(ABUSE, HIGH, r"(?:he|she|they)(?:'s|s| is| be| have)? (?:going to|gonna|gon na|go to) (?:\w+ )?(?:kill|hurt|beat) me"),
    _rule(ABUSE, HIGH, r"(?:he|she|they) (?:said|says|told me|swore) (?:that )?(?:he|she|they)(?:'d|d|'ll|ll| would| will)? (?:\w+ )?(?:kill|hurt|beat) me"),
    _rule(ABUSE, HIGH, r"(?:force|forced|forces|forcing|made|make|makes|pressure|pressures|pressured) me (?:to |into )?(?:have sex|sex|do sexual|sleep with|do (?:things|stuff) (?:in bed|sexually|i (?:hate|don't want|dont want)))"),
    _rule(ABUSE, HIGH, r"(?:say|said|tell him|told him|tell her|told her) (?:no|stop)\b.{0,30}\b(?:carries on|carried on|keeps going|kept going|does it anyway|did it anyway|doesn't stop|doesnt stop|didn't stop|didnt stop|won't stop|wont stop)|(?:doesn't|doesnt|does not|won't|wont|didn't|didnt) stop when i (?:say|said|tell|told|ask|asked) (?:him |her )?(?:to )?(?:stop|no)", negatable=False),
    _rule(ABUSE, HIGH, r"locked me (?:out|in)|lock me (?:out|in)|locks me (?:out|in)"),
    _rule(ABUSE, MEDIUM, r"(?:grabbed|grabs|took|takes|smashed|smashes|snapped|broke|breaks|threw|throws) my phone"),
    _rule(ABUSE, HIGH, r"rap(?:e|ed|es|ing) me|sexually (?:assault|assaulted|abuse|abused|abusing)|molest(?:ed|s|ing)? me"),
    _rule(ABUSE, HIGH, r"(?:have|had|has) sex with me (?:when|while|after|even though) i (?:said no|was asleep|didn't want|did not want|was crying)"),
    _rule(ABUSE, HIGH, r"(?:abusive|abuses me|abused me|abusing me|domestic (?:violence|abuse)|beating me|beats me up|beat me up)"),
    _rule(ABUSE, MEDIUM, rf"(?:scared|scare|afraid|terrified|frightened) of {PARTNER}(?! (?:leaving|cheating|losing|finding))"),
    _rule(ABUSE, MEDIUM, r"(?:scared|scare|afraid|terrified|frightened) (?:to go home|for my life|for my safety|(?:of )?what (?:he|she)(?:'ll| will| might| would|'d) do|(?:he|she)(?:'ll| will| might| would|'d) (?:hurt|hit|kill) me)"),
    _rule(ABUSE, MEDIUM, r"(?:wo not|won't|wont|will not|does not|doesn't|doesnt|do not|would not|wouldn't|never) let(?:s)? me (?:see|leave|go out|have|talk|work|use|keep|visit|call|text|wear|drive|sleep)(?! (?:his|her|their) (?:phone|laptop|car|computer|stuff|things|account|card))", negatable=False),
    _rule(ABUSE, MEDIUM, r"(?:takes|took|take|control|controls|controlling|keeps|keep|moves|moved|transfers) (?:all |all of |my whole |the whole of )?my (?:money|bank card|paycheck|pay|wages|salary|benefits|phone|passport|keys|car keys)"),
    _rule(ABUSE, MEDIUM, r"gives me an allowance|(?:give|gives) me (?:\w+ )?(?:quid|pounds|dollars|bucks) a week|(?:don't|dont|do not) (?:even )?have (?:a|my own) (?:bank card|bank account)", negatable=False),
    _rule(ABUSE, MEDIUM, r"(?:decides|decided|chooses|picks|tells me) (?:what i (?:can )?wear|my clothes|what to wear)|makes me (?:get )?chang(?:e|ed)"),
    _rule(ABUSE, MEDIUM, r"(?:has|have|tracks|checks|shares|sees|watches) my location|my location on (?:his|her|their) phone"),
    _rule(ABUSE, MEDIUM, r"(?:doesn't|doesnt|does not) (?:like|want|allow) me (?:seeing|to see|going out with) my (?:\w+ )?(?:friends|family|mum|mom|sister|parents)", negatable=False),
    _rule(ABUSE, MEDIUM, r"(?:tracks|tracking|track|tracked) my (?:location|phone|car)|(?:tracker|tracking app|spyware) on my (?:phone|car)"),
    _rule(ABUSE, MEDIUM, r"(?:stalk|stalks|stalking|stalked|stalker)|(?:follows|followed|following) me (?:everywhere|home|to work|around)|(?:shows|showed|keeps showing) up at my (?:work|house|home|job|door)"),
    _rule(ABUSE, MEDIUM, r"(?:messag|text|call|ring)\w* (?:me )?from (?:new|different|fake|other) (?:numbers|accounts|phones)|(?:making|makes|made|keeps making) new accounts|blocked (?:him|her|them)\b.{0,40}\b(?:keeps|still|new number|new numbers|new account)"),
    _rule(ABUSE, MEDIUM, r"(?:outside|across the road from|across the street from|across from|waiting outside|parked outside) my (?:work|house|home|job|flat|apartment|office|school)"),
    _rule(ABUSE, MEDIUM, r"(?:terrified|scared|afraid|frightened) (?:of )?what (?:he|she)(?:'s|s| is)? (?:going to|gonna|gon na|will|'ll|might|is going to) do"),
    _rule(ABUSE, MEDIUM, r"(?:take|taking|took) (?:the|my|our) (?:kids|children|baby|son|daughter)\b.{0,30}\bnever see"),
    _rule(ABUSE, MEDIUM, r"(?:isolat|cut me off from|not allowed to see) (?:\w+ )?(?:my )?(?:friends|family)"),
    # --- harm to a child ---
    _rule(CHILD_HARM, HIGH, rf"{PARTNER}{AUX} (?:hit|hits|hitting|slap|slapped|slaps|punch|punched|kick|kicked|beat|beats|beating|shook|shakes|choke|choked|burn|burned|hurt|hurts|hurting|abuse|abuses|abused|abusing|touch|touches|touched|touching) (?:the|my|our|his|her) {CHILD}"),
    _rule(CHILD_HARM, HIGH, rf"(?:the|my|our|his|her) {CHILD} (?:is|are|was|were|be|have be|has been|have been) (?:being )?(?:hit|beaten|hurt|abused|molested|touched)"),
    _rule(CHILD_HARM, HIGH, rf"(?:touch|touches|touched|touching) (?:the|my|our|his|her) {CHILD} (?:inappropriately|sexually|in a way)|(?:molest|molests|molested|molesting|abuse|abuses|abused|abusing) (?:the|my|our|his|her) {CHILD}|child abuse"),
    _rule(CHILD_HARM, MEDIUM, rf"(?:worried|afraid|scared|think|suspect) (?:that )?{PARTNER} (?:\w+ )?(?:hurt|hurting|abuse|abusing|touching|hitting) (?:the|my|our) {CHILD}"),
    _rule(CHILD_HARM, HIGH, rf"{PARTNER}{AUX} (?:threw|throws|throw|shook|shakes) (?:the|my|our|his|her) {CHILD}|held (?:her|his|their) (?:hand|arm|head|face) (?:down )?(?:on|in|under|against)|(?:shuts|shut|locks|locked|lock) (?:him|her|them|my \w+|the kids?) in (?:a|the) (?:\w+ ){{0,3}}(?:cupboard|closet|cellar|basement|shed)"),
    _rule(CHILD_HARM, HIGH, r"(?:stepdad|step dad|stepfather|step father|dad|father|uncle|(?:mum|mom|mummy|mommy)'?s boyfriend|grandad|stepbrother) (?:comes|came|keeps coming) into my room|(?:bath ?time|touching|games?|this|it) (?:is|are|was|were) (?:their|our|a) (?:little )?secret|(?:touching|touched|touches) (?:the|my|our|his|her) {CHILD} in a way"),
    _rule(CHILD_HARM, MEDIUM, rf"bruises? on (?:the|my|our) {CHILD}|(?:the|my|our) {CHILD} (?:is|are|be) (?:scared|afraid|terrified) of {PARTNER}"),
    # --- unsure: ask one gentle, direct question ---
    _rule(UNSURE, CHECK, r"(?:can't|cant|ca not|cannot|can not) (?:do this|go on|take (?:it|this)|keep going|cope)(?: anymore| any more| much longer)?", negatable=False),
    _rule(UNSURE, CHECK, r"^(?:\w+ ){0,2}what(?:'s| is|s| be) (?:even )?the point(?: of me| of anything| anymore)?[ .!?]*$|what(?:'s| is|s| be) (?:even )?the point of me|what(?:'s| is|s| be) (?:even )?the point (?:of|in) (?:living|anything|life|it all|going on|being here|any of it)|no (?:way|point) (?:out|in (?:anything|going on|living))|(?:i )?give up on (?:everything|life)|want (?:it|everything|all of this|the pain) to (?:stop|end)|don't see a way out|do not see a way out|want to disappear|want to (?:just )?not exist|(?:so )?tired of everything|hopeless(?! about (?:us|the relationship|this relationship|our relationship|our marriage|the marriage|him|her|it|things between))"),
    _rule(UNSURE, CHECK, r"(?:he|she)(?:'s| is| has| have| be)? (?:been )?(?:threatening|saying|threatened|said) (?:he|she)(?:'ll|'d| will| would)? (?:kill|hurt) (?:himself|herself)|(?:kill|hurt) (?:himself|herself) if i (?:leave|go)", about="abuse"),
    _rule(UNSURE, CHECK, r"(?:cutting|hurting|harming|cut|hurt|harm|kill|killing) (?:himself|herself|themselves|themself)"),
    _rule(UNSURE, CHECK, r"(?:a )?burden (?:to|on) (?:everyone|everybody|them|my family|you all|the people)|nothing matters (?:anymore|any more)|how (?:much )?longer i can (?:keep going|go on|take (?:it|this))|sleep (?:for )?(?:a (?:really |very )?long time|forever)|dark thoughts|(?:feel|feeling) (?:so |really )?empty\b.{0,25}\bnothing left|nothing left (?:for me|to live for|in me|of me)|give up on (?:all of it|it all|everything|life)|(?:don't|dont|do not) recogni[sz]e myself", negatable=False),
    # a bare plea ("just kill me") with nothing around it to say it is a figure of speech
    _rule(UNSURE, CHECK, r"^(?:\w+ ){0,2}kill me(?: now| please| already)?(?=[ .!?]*$)"),
    _rule(UNSURE, CHECK, r"rough sex|(?:he|she)(?:'ll|ll| will)(?: \w+)? kill me if|(?:gets|get|getting) (?:really |very |quite |so )?rough (?:with me|when)", about="abuse"),
)

# Figurative or everyday phrases that contain rule words but are not disclosures.
FIGURATIVE: Tuple[Pattern[str], ...] = tuple(
    re.compile(rf"\b(?:{regex})\b")
    for regex in (
        r"(?:is|are|'s|was|were|be|have be|keeps|keep) killing me",
        r"(?:you're|you are|you be|your) killing me",
        r"killing me (?:with|softly)",
        r"dying (?:to|for|of (?:laughter|embarrassment|boredom))",
        r"(?:die|died|dying) (?:laughing|of laughter|of embarrassment)",
        r"(?:hit|beat|beats|smashed|destroyed|killed|kill) me (?:at|in) (?:chess|cards|tennis|the game|a game|scrabble|mario kart|fifa|monopoly|\w+ball|golf|pool|poker)",
        r"(?:beat|beats) me to (?:it|the)",
        r"(?:it|this|that|reality|then it|suddenly it|it suddenly|it really|it finally) (?:\w+ )?hit me|(?:news|realisation|realization|loss|death|grief|song|film|movie)\b.{0,40}\bhit me",
        r"(?:toddler|baby|kid|kids|son|daughter|child|puppy|dog|cat|ball|door|branch|wave|car door) (?:\w+ ){0,2}(?:hit|hits|hitting|kick\w*|bit|bites|biting|punch\w*|scratch\w*|headbutt\w*) me",
        r"hit me up|hit me with (?:a|the|that) (?:pillow|joke|question|news)|shoot me (?:a|an) (?:text|message|email)",
        r"(?:pillow|water balloon|snowball|nerf) (?:fight|fights)",
        r"(?:afraid|scared|scare|worried|worry|fear|fears|feared|terrified|frightened|nervous|worry)(?: that)? (?:i|i'll|i'd|i'm going to)(?: will| would| might| could| may| be going to)? (?:\w+ )?hurt (?:him|her|them|you|his|their)",
        r"kill (?:some )?time|killed it|kill it|killer (?:heels|app|idea)|to die for|dead tired|drop dead gorgeous",
        r"(?:suicide|self[- ]?harm|abuse|abusive|domestic violence)\s+(?:prevention|awareness|hotline|charity|charities|research|statistics|campaign|module)",
        r"(?:documentary|film|movie|book|novel|essay|article|podcast|series|show|episode|lecture|course) (?:\w+ ){0,5}(?:suicide|self[- ]?harm|abuse|abusive|domestic violence)",
        r"kill\w* (?:him|her|them|me)\b.{0,10}\b(?:in|at|on) (?:call of duty|fortnite|the game|a game|minecraft|halo|overwatch|cod|chess|cards|\w+ (?:game|match))",
    )
)

NEGATORS = frozenset(
    {"not", "never", "no", "n't", "dont", "don't", "didnt", "didn't", "wouldnt", "wouldn't",
     "wont", "won't", "isnt", "isn't", "wasnt", "wasn't", "arent", "aren't", "nor", "cannot"}
)

# Anyone at all in the message: a person, a pronoun or a partner word. An abuse phrase in a
# message with nobody in it ("domestic violence", "abusive") names a topic rather than
# disclosing what happened, so it gets the gentle question instead of the full response.
PERSONAL = re.compile(
    r"\b(?:i|i'm|im|i've|ive|i'd|me|my|mine|myself|we|us|our|ours|he|she|him|her|his|hers|they|them|"
    r"their|you|your|someone|somebody|husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|fianc\w*|"
    r"spouse|hubby|dad|mum|mom|father|mother|friend|son|daughter|kids?|child(?:ren)?)\b"
)
# The topic words that rule applies to (an act such as "raped" is never just a topic).
ABUSE_TOPIC = re.compile(
    r"(?:(?:physical|physically|sexual|sexually|domestic|emotional|emotionally|mental|mentally|"
    r"verbal|verbally|financial|financially) )?"
    r"(?:abuse|abusive|violence|violent)"
)

# Someone else's suicide or self-harm ("lost his dad to suicide", "my friend attempted suicide"):
# not a disclosure about the person, so the finding becomes a gentle check instead.
THIRD_PARTY: Tuple[Pattern[str], ...] = tuple(
    re.compile(rf"\b(?:{regex})\b")
    for regex in (
        r"(?:his|her|their|my|a|our|\w+'s|\w+ 's) (?:dad|father|mum|mom|mother|brother|sister|son|daughter|friend|cousin|uncle|aunt|colleague|coworker|co-worker|neighbou?r|classmate|ex|grandad|grandma|partner's \w+|friend's \w+)\b.{0,40}\b(?:suicid\w*|self[- ]?harm\w*|kill(?:ed)? (?:himself|herself|themselves))",
        r"(?:who|he|she|they)(?:'s| has| had| have| be)? (?:\w+ )?(?:attempt(?:ed)?|tried|try|committed|commit|died by|die by|lost \w+ to|lose \w+ to)\b.{0,20}\bsuicid\w*",
        r"lost (?:\w+ ){1,3}to suicide|(?:died|death) by suicide",
    )
)
