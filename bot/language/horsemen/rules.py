"""Every horsemen rule, in the order they are tried, and their gate indexes.

The order is part of the behaviour: when two rules find the same label at the same token with
spans of the same length, the first one's reading (and speaker) is kept, and the order hits are
found in breaks ties in `matching._resolve`. Keep it when adding or moving tables: new tables go
at the end.
"""

from __future__ import annotations

from typing import Tuple

from bot.language.horsemen import contempt as co
from bot.language.horsemen import criticism as cr
from bot.language.horsemen import defensiveness as de
from bot.language.horsemen import stonewalling as st
from bot.language.horsemen.index import _index
from bot.language.horsemen.rule import ACTOR, Rule

ALL_RULES: Tuple[Rule, ...] = (
    # the usual wording of each horseman
    cr.CHARGE_PHRASES
    + cr.FLAW_VERDICTS
    + co.SCORN_PHRASES
    + co.INSULT_VERDICTS
    + co.SCORN_DESCRIBED
    + de.DEFENCE_PHRASES
    + de.DEFENDING_DESCRIBED
    + st.SHUTDOWN_PHRASES
    + st.WITHDRAWAL_DESCRIBED
    # built from word classes (lexicon.py), so that tenses, adverbs and synonyms still match
    + cr.CHARACTER_VERDICTS
    + cr.FREQUENCY_CHARGES
    + cr.SWEEPING_CHARGES
    + cr.REPORTED_VERDICTS
    + cr.MISSING_QUALITIES
    + co.SPOKEN_INSULTS
    + co.SARCASM_AND_SUPERIORITY
    + co.SCORN_DESCRIBED_IN_BASE_FORM
    + de.DENYING_RESPONSIBILITY
    + de.COUNTER_ATTACKS
    + de.EXCUSES_AND_PROTESTS
    + de.DEFENDING_DESCRIBED_IN_BASE_FORM
    + st.WITHDRAWAL_AFTER_SUBJECT
    + st.BRUSH_OFFS_AND_REFUSALS
    # narrower families: verdicts in clauses, taunts, minimising, deflection, disengaging
    + cr.NEGLECT_CHARGES
    + cr.RELATIVE_CLAUSE_VERDICTS
    + cr.EXASPERATED_VERDICTS
    + cr.FLAW_ACCUSATIONS
    + co.TAUNTS
    + co.BELITTLING_DESCRIBED
    + de.DOING_ENOUGH
    + de.MINIMISING
    + de.INDIGNANT_DEFENCES
    + de.DEFLECTION_DESCRIBED
    + st.NO_CONTACT_DEMANDS
    + st.DISENGAGING_DESCRIBED
    # paraphrases: totalising charges, reported words, mock praise, condescension, hiding
    + cr.TOTALISING_CHARGES
    + cr.REPORTED_CHARGES
    + co.MOCK_PRAISE
    + co.CONDESCENSION
    + co.CONDESCENSION_DESCRIBED
    + de.DENIALS_AND_RETORTS
    + de.REPORTED_EXCUSES
    + st.REFUSING_CONTACT
    + st.SILENCE_AND_HIDING_DESCRIBED
    # the same said quietly
    + cr.UNDERSTATED_VERDICTS
    + cr.ATTRIBUTED_VERDICTS
    + co.UNDERSTATED_SCORN
    + de.UNDERSTATED_DEFENCES
    + st.QUIET_AVOIDANCE_DESCRIBED
    # put-downs, excuses and non-replies as people type them on a phone
    + cr.CHARACTER_ATTACKS_DESCRIBED
    + co.PUT_DOWNS_AND_DISGUST
    + de.EXCUSES_AND_COUNTER_CHARGES
    + st.NON_REPLIES
    # third-person and superlative verdicts, mockery by voice and face, defence idioms, cold shoulders
    + cr.THIRD_PERSON_CHARACTER_VERDICTS
    + cr.SUPERLATIVE_VERDICTS
    + co.MOCKERY_DESCRIBED
    + co.FAILED_ADULT_SCORN
    + de.DEFENCE_IDIOMS
    + de.TURNED_INTO_OWN_TROUBLES_DESCRIBED
    + st.COLD_SHOULDER_AND_BRICK_WALLS
    + st.BRICK_WALL_TALK
    # regional silent-treatment idioms, dropped talks, echoed charges, stock sarcasm
    + st.REGIONAL_SILENT_TREATMENT_IDIOMS
    + st.DROPPED_TALK_DESCRIBED
    + de.ECHOED_CHARGES_AND_PROTESTS
    + co.STOCK_SARCASM
    # third-person habits
    + cr.THIRD_PERSON_FREQUENCY_CHARGES
    + st.SILENCE_COUNTED_IN_TIME
    + de.BLAMING_WHO_STARTED_IT
    # unanswered messages, curt texts, lasting verdicts, minimising, mime and stock put-downs
    + st.UNANSWERED_MESSAGES
    + st.CURT_TEXT_REPLIES
    + cr.LASTING_CHARACTER_VERDICTS
    + de.ONE_TIME_MINIMISING
    + de.NOT_ME_DENIALS
    + de.ONLY_BECAUSE_EXCUSES
    + co.MIME_AND_NOISES_DESCRIBED
    + co.STOCK_PUT_DOWNS
    # thinking only of oneself, whole-person frames, sweeping third-person verdicts
    + cr.SELF_CENTRED_CHARGES
    + cr.WHOLE_PERSON_FRAMES
    + cr.SWEEPING_THIRD_PERSON_VERDICTS
    + de.REBUTTED_CHARGES
    + st.AVOIDING_THE_TALK_DESCRIBED
    # put-downs by comparison and mock celebration of a chore
    + co.COMPARISON_PUT_DOWNS
    + co.MOCK_CELEBRATION
    # read and left unanswered, back to the screen or behind a door, a talk ended by fiat
    + st.READ_AND_UNANSWERED
    + st.BACK_TO_THE_SCREEN_OR_BEHIND_A_DOOR
    + st.TALK_ENDED_BY_FIAT
    # denials corrected in the same breath, "how was I supposed to know", "what more do you want"
    + de.DENIAL_WITH_A_CORRECTION
    + de.SUPPOSED_TO_AND_WHAT_MORE
)
# Described actions are also read on the lemma view ("rolled his eyes" -> "roll his eye").
ACTOR_RULES: Tuple[Rule, ...] = tuple(rule for rule in ALL_RULES if rule.role == ACTOR)

ALL_INDEX = _index(ALL_RULES)
ACTOR_INDEX = _index(ACTOR_RULES)
