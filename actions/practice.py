"""The three practice flows (Rasa forms) and naming a pattern the person described.

- I-statement builder (`istatement_form`): situation, feeling, need, request. A thought-feeling
  ("ignored") gets real feelings to choose from; the finished sentence is read back in the
  person's own words, and any part can be changed.
- Open-question practice (`open_question_form`): a closed draft gets an open version built
  from its words; repeat until the person is happy.
- Time-out plan (`timeout_form`): break signal, at least 20 minutes, something calming, when
  to come back.
The forms keep what was answered when the person leaves half-way, so "back to my I-statement"
carries on where they stopped; a finished flow clears its slots.
"""

from __future__ import annotations

import re
from abc import abstractmethod
from typing import Any, Dict, List, Optional, Text, Tuple

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.messages import say
from actions.question_rewrite import open_versions
from actions.wording import i_statement, tidy
from bot.language import LANGUAGE_KEY
from bot.language.feelings import canonical, real_feelings_for

ISTATEMENT_SLOTS = ("is_situation", "is_feeling", "is_need", "is_request")
OPEN_QUESTION_SLOTS = ("oq_draft",)
TIMEOUT_SLOTS = ("to_signal", "to_minutes", "to_calming", "to_return")
MIN_BREAK_MINUTES = 20
# Offered when "I feel like you..." is given as the feeling.
COMMON_FEELINGS = ["hurt", "lonely", "frustrated", "sad", "worried"]


def language(tracker: Tracker) -> Dict[Text, Any]:
    return tracker.latest_message.get(LANGUAGE_KEY) or {}


def feeling_buttons(feelings: List[str]) -> List[Dict[Text, Text]]:
    """Plain-text payloads: the chosen word is parsed like typed text and fills the slot."""
    return [{"title": f, "payload": f} for f in feelings]


def clear(slots: Tuple[str, ...]) -> List[EventType]:
    return [SlotSet(slot, None) for slot in slots]


# --- the questions the forms ask -----------------------------------------------------------


class AskForSlot(Action):
    """Asks for one form slot with the message `ask_<slot>` (actions/content/messages.yml).
    Custom ask actions instead of utter_ask responses: the questions use the partner's role."""

    @property
    @abstractmethod
    def slot(self) -> Text: ...

    def name(self) -> Text:
        return f"action_ask_{self.slot}"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[EventType]:
        say(dispatcher, f"ask_{self.slot}", tracker.get_slot("partner"))
        return []


def _ask_action(slot: str) -> type:
    return type(f"ActionAsk_{slot}", (AskForSlot,), {"slot": slot, "__module__": __name__})


ASK_ACTIONS = [_ask_action(slot) for slot in ISTATEMENT_SLOTS + OPEN_QUESTION_SLOTS + TIMEOUT_SLOTS]


# --- I-statement builder --------------------------------------------------------------------


def thought_feeling_in(text: str, analysis: Dict[Text, Any]) -> Optional[str]:
    """The thought-feeling in a feeling answer: from the NLU annotation, or the answer itself
    when it is a bare word such as "ignored" or "taken for granted"."""
    found = analysis.get("thought_feelings") or []
    if found:
        return str(found[0]["label"])
    # The answer is already "how I felt", so any thought-feeling word in it counts.
    words = re.findall(r"[a-z'-]+", text.lower().replace("\u2019", "'"))
    for size in (3, 2, 1):
        for start in range(len(words) - size + 1):
            key = canonical(" ".join(words[start:start + size]))
            if key:
                return key
    return None


class ValidateIStatementForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_istatement_form"

    def validate_is_feeling(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        text = tidy(str(value or ""))
        partner = tracker.get_slot("partner")
        analysis = language(tracker)
        thought = thought_feeling_in(text, analysis)
        if thought:
            options = real_feelings_for(thought) or COMMON_FEELINGS
            say(dispatcher, "thought_feeling", partner, word=thought)
            say(dispatcher, "choose_feeling", buttons=feeling_buttons(options))
            return {"is_feeling": None}
        if re.match(r"^(?:i )?(?:feel|felt) (?:like|that|as if) ", text.lower()) or analysis.get("stance") == "you":
            say(dispatcher, "feeling_is_a_thought", partner)
            say(dispatcher, "choose_feeling", buttons=feeling_buttons(COMMON_FEELINGS))
            return {"is_feeling": None}
        return {"is_feeling": text}

    def validate_is_situation(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        return {"is_situation": tidy(str(value or "")) or None}

    def validate_is_need(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        return {"is_need": tidy(str(value or "")) or None}

    def validate_is_request(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        return {"is_request": tidy(str(value or "")) or None}


class ActionIStatementReadBack(Action):
    """Reads the finished I-statement back and offers to change any part."""

    def name(self) -> Text:
        return "action_istatement_read_back"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[EventType]:
        parts = [tracker.get_slot(slot) or "" for slot in ISTATEMENT_SLOTS]
        say(dispatcher, "istatement_read_back", tracker.get_slot("partner"), sentence=i_statement(*parts))
        return []


class ActionIStatementEdit(Action):
    """Clears the part the person wants to change, so the form asks for it again."""

    def name(self) -> Text:
        return "action_istatement_edit"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[EventType]:
        part = next(tracker.get_latest_entity_values("is_part"), None)
        slot = f"is_{part}" if f"is_{part}" in ISTATEMENT_SLOTS else None
        if slot is None:
            say(dispatcher, "istatement_which_part")
            return []
        return [SlotSet(slot, None)]


class ActionIStatementDone(Action):
    def name(self) -> Text:
        return "action_istatement_done"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[EventType]:
        say(dispatcher, "istatement_done", tracker.get_slot("partner"))
        return clear(ISTATEMENT_SLOTS)


# --- open-question practice ---------------------------------------------------------------


class ValidateOpenQuestionForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_open_question_form"

    def validate_oq_draft(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        draft = tidy(str(value or ""))
        kind = language(tracker).get("question")
        partner = tracker.get_slot("partner")
        if kind == "open":
            return {"oq_draft": draft}
        if kind is None:
            say(dispatcher, "oq_not_a_question", partner)
            return {"oq_draft": None}
        versions = open_versions(draft)
        if versions:
            say(dispatcher, "oq_closed", partner, draft=draft, suggestion=versions[0])
            buttons = [{"title": f"Use: {v}", "payload": v} for v in versions]
            say(dispatcher, "oq_choose", buttons=buttons)
        else:
            say(dispatcher, "oq_closed_no_suggestion", partner, draft=draft)
        return {"oq_draft": None}


class ActionOpenQuestionDone(Action):
    def name(self) -> Text:
        return "action_open_question_done"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[EventType]:
        say(dispatcher, "oq_done", tracker.get_slot("partner"), question=tracker.get_slot("oq_draft") or "")
        return clear(OPEN_QUESTION_SLOTS)


# --- time-out plan --------------------------------------------------------------------------

_NUMBER_WORDS = {
    "five": 5, "ten": 10, "fifteen": 15, "twenty": 20, "twenty five": 25, "thirty": 30,
    "forty": 40, "forty five": 45, "fifty": 50, "sixty": 60, "ninety": 90, "a couple of": 2,
    "a few": 3, "one": 1, "two": 2, "three": 3, "an": 1, "a": 1,
}
_HALF_HOUR = re.compile(r"\bhalf (?:an )?hour\b")
_AMOUNT = re.compile(
    r"(\d+(?:\.\d+)?|" + "|".join(sorted(map(re.escape, _NUMBER_WORDS), key=len, reverse=True)) +
    r")[\s-]*(min(?:ute)?s?|hours?|hrs?|h)?\b"
)


def minutes_in(text: str) -> Optional[int]:
    """ "30", "twenty minutes", "half an hour", "an hour", "1.5 hours" -> minutes."""
    text = text.lower().replace("-", " ")
    if _HALF_HOUR.search(text):
        return 30
    for match in _AMOUNT.finditer(text):
        number, unit = match.group(1), match.group(2) or ""
        value = float(number) if number[0].isdigit() else float(_NUMBER_WORDS[number])
        if unit.startswith("h"):
            return round(value * 60)
        if unit or number[0].isdigit() or number in ("twenty", "thirty", "forty", "forty five", "fifty", "sixty", "ninety", "fifteen", "ten", "five", "twenty five"):
            return round(value)
    return None


class ValidateTimeoutForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_timeout_form"

    def validate_to_minutes(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        minutes = minutes_in(str(value or ""))
        if minutes is None:
            say(dispatcher, "to_minutes_unclear")
            return {"to_minutes": None}
        if minutes < MIN_BREAK_MINUTES:
            say(dispatcher, "to_minutes_too_short", minutes=str(minutes))
            return {"to_minutes": None}
        return {"to_minutes": str(minutes)}

    def validate_to_signal(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        return {"to_signal": tidy(str(value or "")) or None}

    def validate_to_calming(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        return {"to_calming": tidy(str(value or "")) or None}

    def validate_to_return(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        return {"to_return": tidy(str(value or "")) or None}


# Calming that keeps the argument going.
_RUMINATION = re.compile(r"\b(?:replay|rehears|go over|think about (?:what|the (?:fight|argument|row))|text (?:him|her|them)|plan what to say)", re.I)


class ActionTimeoutPlan(Action):
    """Reads the time-out plan back, then clears it (it lives in the chat, not in Mend)."""

    def name(self) -> Text:
        return "action_timeout_plan"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[EventType]:
        slots = {slot: tidy(tracker.get_slot(slot) or "") for slot in TIMEOUT_SLOTS}
        partner = tracker.get_slot("partner")
        say(dispatcher, "timeout_plan", partner, signal=slots["to_signal"], minutes=slots["to_minutes"],
            calming=slots["to_calming"], back=slots["to_return"])
        if _RUMINATION.search(slots["to_calming"]):
            say(dispatcher, "timeout_rumination")
        say(dispatcher, "timeout_share", partner)
        return clear(TIMEOUT_SLOTS)


# --- naming a pattern the person described --------------------------------------------------

# When several are found, the most damaging leads (Gottman: contempt predicts the most).
PATTERN_ORDER = ("contempt", "criticism", "stonewalling", "defensiveness")


def leading_pattern(analysis: Dict[Text, Any]) -> Optional[Dict[Text, Any]]:
    """The finding to name: the rules' findings before the learned complement's, then by damage."""
    found = analysis.get("horsemen") or []
    ranked = sorted(
        found,
        key=lambda s: (
            s.get("source", "rules") != "rules",
            PATTERN_ORDER.index(s["label"]) if s["label"] in PATTERN_ORDER else 9,
        ),
    )
    return ranked[0] if ranked else None


class ActionNamePattern(Action):
    """The person quoted or described a fight: name the pattern gently (no diagnosis, no
    blame), its antidote, and offer to practise."""

    def name(self) -> Text:
        return "action_name_pattern"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[EventType]:
        partner = tracker.get_slot("partner")
        span = leading_pattern(language(tracker))
        if span is None:
            say(dispatcher, "fight_no_pattern", partner)
            return []
        speaker = span.get("speaker") if span.get("speaker") in ("user", "partner") else "none"
        if span.get("source", "rules") != "rules":
            # the learned complement's reading is less sure: say so before naming it
            speaker = "tentative"
        say(dispatcher, f"fight_heard_{speaker}", partner)
        say(dispatcher, f"pattern_{span['label']}", partner)
        say(dispatcher, f"pattern_offer_{span['label']}", partner)
        return []
