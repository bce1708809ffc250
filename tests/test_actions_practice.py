"""The practice flows' actions: wording helpers, open-question rewriting, form validation."""

from __future__ import annotations

from typing import Any, Dict, Optional

import pytest
from rasa_sdk import Tracker

from actions.practice import (
    ActionIStatementEdit,
    ActionIStatementReadBack,
    ActionNamePattern,
    ActionTimeoutPlan,
    ValidateIStatementForm,
    ValidateOpenQuestionForm,
    ValidateTimeoutForm,
    minutes_in,
    thought_feeling_in,
)
from actions.question_rewrite import open_versions
from actions.wording import i_statement, request_sentence


def tracker(slots: Optional[Dict[str, Any]] = None, language: Optional[Dict] = None,
            text: str = "", entities=()) -> Tracker:
    latest = {"text": text, "intent": {"name": "share_feeling"}, "entities": list(entities)}
    if language is not None:
        latest["language"] = language
    return Tracker("t", {"partner": "husband", **(slots or {})}, latest, [], False, None, {}, "action_listen")


@pytest.mark.parametrize(
    "parts, sentence",
    [
        (("When you were on your phone all dinner.", "I felt lonely", "I need to feel close to you",
          "could you put it away while we eat?"),
         "I feel lonely when you were on your phone all dinner, because I need to feel close to you. "
         "Would you be willing to put it away while we eat?"),
        (("the bins were left again", "frustrated", "support", "could we make a rota"),
         "I feel frustrated when the bins were left again, because I need support. Could we make a rota?"),
        (("Tom forgot my birthday", "hurt", "to feel remembered", "I'd like you to put it in your calendar"),
         "I feel hurt when Tom forgot my birthday, because I need to feel remembered. "
         "Would you be willing to put it in your calendar?"),
    ],
)
def test_the_i_statement_is_assembled_from_the_persons_words(parts, sentence):
    assert i_statement(*parts) == sentence


def test_a_request_without_a_lead_in_becomes_a_question():
    assert request_sentence("text me if you're running late.") == "Would you be willing to text me if you're running late?"


@pytest.mark.parametrize(
    "closed, open_",
    [
        ("Do you want to go away this summer?", "How do you feel about going away this summer?"),
        ("did you have a good day?", "What was your day like?"),
        ("Are you happy with us?", "How do you feel about us, honestly?"),
        ("Can you help more with the kids?", "What would make it easier to help more with the kids?"),
        ("do you think we should move?", "What are your thoughts on whether we should move?"),
        ("Should we get a dog?", "How would you feel about getting a dog?"),
    ],
)
def test_closed_questions_get_an_open_version_in_the_same_words(closed, open_):
    assert open_versions(closed)[0] == open_


def test_no_suggestion_when_the_question_has_no_known_frame():
    assert open_versions("you coming tonight?") == []


@pytest.mark.parametrize("text, minutes", [("30", 30), ("twenty minutes", 20), ("half an hour", 30),
                                           ("an hour", 60), ("1.5 hours", 90), ("10 mins", 10), ("soon", None)])
def test_break_length_is_read_in_minutes(text, minutes):
    assert minutes_in(text) == minutes


@pytest.mark.parametrize("text, word", [("I felt ignored", "ignored"), ("sad and a bit invisible", "invisible"),
                                        ("taken for granted", "taken for granted"), ("lonely", None)])
def test_thought_feelings_in_a_feeling_answer(text, word):
    assert thought_feeling_in(text, {}) == word


def test_a_thought_feeling_is_refused_with_real_feelings_as_buttons(dispatcher):
    result = ValidateIStatementForm().validate_is_feeling("ignored", dispatcher, tracker(), {})
    assert result == {"is_feeling": None}
    assert [b["title"] for b in dispatcher.messages[1]["buttons"]] == ["lonely", "sad", "hurt"]


def test_feel_like_you_is_a_thought_not_a_feeling(dispatcher):
    result = ValidateIStatementForm().validate_is_feeling(
        "I feel like you never listen", dispatcher, tracker(language={"stance": "you"}), {})
    assert result == {"is_feeling": None}
    assert "thought about your husband" in dispatcher.messages[0]["text"]


def test_a_real_feeling_is_kept(dispatcher):
    assert ValidateIStatementForm().validate_is_feeling("really hurt.", dispatcher, tracker(), {}) == {"is_feeling": "really hurt"}
    assert dispatcher.messages == []


def test_read_back_and_edit(dispatcher):
    slots = {"is_situation": "he was late", "is_feeling": "worried", "is_need": "reassurance", "is_request": "text me"}
    ActionIStatementReadBack().run(dispatcher, tracker(slots), {})
    assert "I feel worried when he was late, because I need reassurance. Would you be willing to text me?" in dispatcher.messages[0]["text"]
    events = ActionIStatementEdit().run(dispatcher, tracker(slots, entities=[{"entity": "is_part", "value": "need"}]), {})
    assert events == [{"event": "slot", "timestamp": None, "name": "is_need", "value": None}]


def test_a_closed_draft_gets_an_open_suggestion_and_is_asked_again(dispatcher):
    result = ValidateOpenQuestionForm().validate_oq_draft(
        "Are you angry with me?", dispatcher, tracker(language={"question": "closed"}), {})
    assert result == {"oq_draft": None}
    assert "How do you feel about me, honestly?" in dispatcher.messages[0]["text"]
    assert dispatcher.messages[1]["buttons"][0]["payload"] == "How do you feel about me, honestly?"


def test_an_open_draft_is_accepted(dispatcher):
    result = ValidateOpenQuestionForm().validate_oq_draft(
        "What was the best part of your week?", dispatcher, tracker(language={"question": "open"}), {})
    assert result == {"oq_draft": "What was the best part of your week"}


def test_a_break_under_twenty_minutes_is_refused(dispatcher):
    assert ValidateTimeoutForm().validate_to_minutes("5 minutes", dispatcher, tracker(), {}) == {"to_minutes": None}
    assert dispatcher.messages[0]["text"].startswith("5 minutes is usually too short")
    assert ValidateTimeoutForm().validate_to_minutes("45", dispatcher, tracker(), {}) == {"to_minutes": "45"}


def test_the_time_out_plan_is_read_back_and_cleared(dispatcher):
    slots = {"to_signal": "pause", "to_minutes": "30", "to_calming": "replay the fight in my head", "to_return": "after dinner"}
    events = ActionTimeoutPlan().run(dispatcher, tracker(slots), {})
    assert "- Signal: pause\n- Break: 30 minutes" in dispatcher.messages[0]["text"]
    assert "going over the argument" in dispatcher.messages[1]["text"]  # rumination tip
    assert {e["name"] for e in events} == {"to_signal", "to_minutes", "to_calming", "to_return"}


def test_the_most_damaging_pattern_is_named(dispatcher):
    language = {"horsemen": [{"label": "defensiveness", "text": "not my fault", "speaker": "partner"},
                             {"label": "contempt", "text": "pathetic", "speaker": "partner"}]}
    ActionNamePattern().run(dispatcher, tracker(language=language), {})
    said = [m["text"] for m in dispatcher.messages]
    assert "contempt" in said[1] and said[0] == "That sounds painful to be on the receiving end of."
    assert [b["payload"] for b in dispatcher.messages[2]["buttons"]][0] == "/practice_istatement"


def test_the_rules_finding_leads_over_the_learned_complements(dispatcher):
    """A model-only contempt must not outrank the criticism the rules found."""
    language = {"horsemen": [
        {"label": "contempt", "text": "he is a piece of work", "speaker": "partner", "source": "model", "confidence": 0.8},
        {"label": "criticism", "text": "you never listen", "speaker": "partner", "source": "rules", "confidence": 1.0},
    ]}
    ActionNamePattern().run(dispatcher, tracker(language=language), {})
    said = [m["text"] for m in dispatcher.messages]
    assert said[0] == "That sounds painful to be on the receiving end of."
    assert "criticism" in said[1]


def test_a_learned_finding_alone_is_named_tentatively(dispatcher):
    language = {"horsemen": [
        {"label": "stonewalling", "text": "he just stared at the telly", "speaker": "partner", "source": "model", "confidence": 0.74},
    ]}
    ActionNamePattern().run(dispatcher, tracker(language=language), {})
    said = [m["text"] for m in dispatcher.messages]
    assert "reading too much into it" in said[0]
    assert "stonewalling" in said[1]
    assert said[2].startswith("Would you like")
