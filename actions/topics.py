"""The coaching topics Mend knows, and how they are named to the person."""

from __future__ import annotations

from typing import Dict, Optional, Text

# Intent name -> how the topic is named in a summary or plan ("we talked about ...").
TOPIC_LABELS: Dict[Text, Text] = {
    "share_problem": "what feels wrong between you",
    "root_life_pressure": "the pressure life is putting on you both",
    "root_expectations": "expectations that haven't been met",
    "root_baggage": "how the past shows up now",
    "root_drifting_apart": "feeling that you've drifted apart",
    "topic_communication": "how and when you two talk",
    "topic_open_questions": "asking open questions",
    "topic_i_statements": "\"I\" statements",
    "topic_four_horsemen": "patterns in your arguments",
    "topic_trust": "rebuilding trust",
    "topic_infidelity": "the infidelity",
    "topic_forgiveness": "forgiveness",
    "topic_reconnect": "reconnecting and quality time",
    "topic_intimacy": "intimacy",
    "topic_money": "money",
    "topic_chores": "chores at home",
    "topic_goals": "goals and boundaries",
    "topic_separation": "the separation and healing",
    "topic_personal_growth": "your own growth",
    "faq_partner_wont_cooperate": "changing things when only you are trying",
    "faq_how_long": "how long change takes",
    "faq_trust_come_back": "whether trust can come back",
    "faq_partner_refuses_counselling": "your partner not wanting counselling",
    "tried_not_working": "feeling that nothing has worked so far",
    "ask_therapist": "getting professional help",
}

# Signs that a professional would help (DEVELOPERS: refer when the conversation shows them).
REFERRAL_SIGNALS: Dict[Text, Text] = {
    "tried_not_working": "you've tried and it still isn't working",
    "topic_infidelity": "there has been infidelity",
    "faq_partner_wont_cooperate": "you feel you're the only one trying",
    "faq_partner_refuses_counselling": "your partner doesn't want counselling",
    # Derived, not an intent: see actions.conversation.referral_signals.
    "communication_breakdown": "your talks keep turning into hurtful patterns",
}

# Signals meaning the partner will not take part: an individual counsellor is the better fit.
PARTNER_UNWILLING = frozenset({"faq_partner_wont_cooperate", "faq_partner_refuses_counselling"})


def topic_label(intent: Optional[Text]) -> Optional[Text]:
    return TOPIC_LABELS.get(intent or "")
