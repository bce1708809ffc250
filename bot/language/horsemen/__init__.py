"""Gottman's Four Horsemen (criticism, contempt, defensiveness, stonewalling) as phrase rules.

Why rules: the patterns have a small, well-described surface ("you always...", "*rolls eyes*",
"it's not my fault", "whatever.") and the coach needs the exact span to reflect it back, which
a classifier would not give. Rules run over the normalised token view (bot.language.text), in
the house style of bot.safety.patterns: lowercase words and lemmas, a negator in the three words
before a rule phrase cancels it unless the phrase carries its own negation, and healthy readings
keep out the look-alikes the coach must not flag:

- appreciation: "you always make me laugh", "she never forgets my birthday";
- accommodation: "whatever you prefer is fine" (only a bare "whatever" shuts a talk down);
- the antidote to stonewalling: "can we take a 20 minute break and come back to this";
- a pause that is not withdrawal: "went quiet for a minute", "left the room to take a call and
  came back";
- talk ABOUT the patterns: "how do I stop being defensive?", "I don't want to criticise him";
- the user owning or asking how to change their own pattern: "sorry I walked out", "how do I
  stop shutting down?";
- behaviours named but not shown: a gentle start-up "I feel lonely when you go quiet", a general
  question, a feeling "he felt stonewalled", play.

Each horseman's rules are tables of regexes. Some are its usual wording; most are built from
word classes so that unseen tenses, adverbs and synonyms still match: subjects (I / you / he /
she / partner words) x optional adverbs x lexicons of behaviours (withdrawal verbs,
character-flaw adjectives and nouns, insult words, sarcastic epithets, excuse / denial /
counter-attack frames). Spoken phrases (role VOICE) belong to whoever says them; described
actions (role ACTOR) belong to their subject and are written in base form to be read on the
lemma view ("stormed off" -> "storm off").

Layout:

- lexicon.py: the shared word classes (YOU_ARE, SUBJ, FLAWS, INSULT_WORDS, WITHDRAW, ...);
- rule.py: the labels, VOICE / ACTOR, Rule and build_rules;
- criticism.py, contempt.py, defensiveness.py, stonewalling.py: each horseman's rule tables;
- rules.py: ALL_RULES in the order they are tried, ACTOR_RULES and their gate indexes;
- index.py: the gate index. Each rule carries "gates", literal strings read off its compiled
  pattern that any match must contain (text.literal_gates); one C-level scan of the message with
  a trie of the gate strings picks the few rules worth running, so most of the ~440 patterns are
  never tried;
- healthy.py: the healthy readings above, and SetAside with its reasons;
- matching.py: `find`, who shows each pattern, and `_resolve`, which keeps one reading per
  stretch of words (an insult is contempt, not also criticism).

Rules were written from Gottman's descriptions and the project's own examples, tuned on the
`tune` split, the separate development set (tests/data/language_skills_dev.yml) and the retired
`retired` (former held-out) split of tests/data/language_skills.yml; never from the held-out file
(tests/data/language_skills_held_out.yml) or the outside evaluation data.
"""

from bot.language.horsemen.healthy import (
    A_PAUSE,
    ABOUT_THE_PATTERN,
    ANTIDOTE,
    APOLOGY_AFTER,
    APOLOGY_BEFORE,
    APPRECIATION,
    APPRECIATION_AFTER,
    APPRECIATION_FRAME,
    CONTEMPT_AFTER,
    DEFENCE_AFTER,
    END_OF_A_LIST,
    EXPLANATION_WITH_A_BID,
    FEELING,
    FELT,
    FELT_IN,
    GENERIC_QUESTION,
    I_FEEL_WHEN,
    LIST_END,
    MESSAGE_HEALTHY_READINGS,
    META,
    META_FRAME,
    NEGATED,
    NOT_A_DENIAL,
    NOT_AT_A_PERSON,
    NOT_SHOWN,
    NOT_THAT,
    OFFER,
    OUTSIDE_THE_COUPLE,
    OVERCOME,
    OVERCOME_PATTERN,
    OWNED,
    OWNING,
    PLAYFUL,
    REPAIR,
    SELF_HELP,
    SET_ASIDE_BY_SPEAKER,
    STONEWALL_AFTER,
    SUPPORT,
    SUPPORTIVE,
    USED_TO,
    SetAside,
)
from bot.language.horsemen.lexicon import (
    ADV,
    ALWAYS_NEVER,
    BE,
    CRIT_BAD_VERBS,
    DEVICE,
    EPITHETS,
    FLAW_ADJ,
    FLAW_WORDS,
    FLAWS,
    INSULT_WORDS,
    INSULTS,
    INTENS,
    MIDDLE,
    NEGATIVE_NEVER,
    PARTNER,
    PARTNER_OBJ,
    PARTNER_SUBJ,
    POSITIVE_ALWAYS,
    POSS,
    QUOTE,
    REPORT_VERB,
    STRONG_INSULTS,
    SUBJ,
    VIRTUE,
    WITHDRAW,
    YOU_ARE,
    YOU_HAVE_BEEN,
)
from bot.language.horsemen.matching import Hit, find
from bot.language.horsemen.rule import ACTOR, CONTEMPT, CRITICISM, DEFENSIVENESS, HORSEMEN, STONEWALLING, VOICE, Rule
from bot.language.horsemen.rules import ACTOR_INDEX, ACTOR_RULES, ALL_INDEX, ALL_RULES
from bot.language.text import CLAUSE_BREAK

__all__ = [
    "HORSEMEN",
    "CRITICISM",
    "CONTEMPT",
    "DEFENSIVENESS",
    "STONEWALLING",
    "Hit",
    "SetAside",
    "find",
    "CLAUSE_BREAK",
    # who a rule's words belong to, the rules and their indexes (rule.py, rules.py)
    "VOICE",
    "ACTOR",
    "Rule",
    "ALL_RULES",
    "ACTOR_RULES",
    "ALL_INDEX",
    "ACTOR_INDEX",
    # why a match was set aside (SetAside.reason)
    "NEGATED",
    "FEELING",
    "APPRECIATION",
    "NOT_A_DENIAL",
    "NOT_AT_A_PERSON",
    "A_PAUSE",
    "OVERCOME_PATTERN",
    "ABOUT_THE_PATTERN",
    "OUTSIDE_THE_COUPLE",
    "OWNED",
    "SUPPORT",
    "END_OF_A_LIST",
    "EXPLANATION_WITH_A_BID",
    "SET_ASIDE_BY_SPEAKER",
    "NOT_SHOWN",
    # the healthy readings' patterns (healthy.py)
    "MESSAGE_HEALTHY_READINGS",
    "META",
    "META_FRAME",
    "REPAIR",
    "GENERIC_QUESTION",
    "APPRECIATION_FRAME",
    "APPRECIATION_AFTER",
    "ANTIDOTE",
    "STONEWALL_AFTER",
    "USED_TO",
    "OVERCOME",
    "DEFENCE_AFTER",
    "CONTEMPT_AFTER",
    "SELF_HELP",
    "APOLOGY_BEFORE",
    "APOLOGY_AFTER",
    "OWNING",
    "I_FEEL_WHEN",
    "OFFER",
    "FELT",
    "FELT_IN",
    "SUPPORTIVE",
    "PLAYFUL",
    "LIST_END",
    "NOT_THAT",
    # word classes (lexicon.py)
    "BE",
    "YOU_ARE",
    "YOU_HAVE_BEEN",
    "PARTNER",
    "SUBJ",
    "PARTNER_SUBJ",
    "PARTNER_OBJ",
    "POSS",
    "REPORT_VERB",
    "QUOTE",
    "ADV",
    "INTENS",
    "ALWAYS_NEVER",
    "MIDDLE",
    "FLAWS",
    "FLAW_WORDS",
    "FLAW_ADJ",
    "VIRTUE",
    "CRIT_BAD_VERBS",
    "INSULTS",
    "INSULT_WORDS",
    "STRONG_INSULTS",
    "EPITHETS",
    "DEVICE",
    "WITHDRAW",
    "POSITIVE_ALWAYS",
    "NEGATIVE_NEVER",
]
