from rasa_sdk.events import SlotSet

from actions.referral import ActionReferTherapist
from actions.safety import (
    UNKNOWN_EMERGENCY,
    ActionSafetyCheck,
    ActionSafetyModeReply,
    ActionSafetyNotSafe,
    ActionSafetyResponse,
    lines_for,
    load_resources,
)


def texts(dispatcher):
    return [m["text"] for m in dispatcher.messages]


def slot(events, name):
    return next(e["value"] for e in events if e.get("name") == name)


def test_abuse_without_country(dispatcher, tracker, domain):
    events = ActionSafetyResponse().run(dispatcher, tracker("abuse_disclosed"), domain)
    ack, lines, phone, country, safe = texts(dispatcher)
    assert "not your fault" in ack and "can't protect you" in ack
    # no entry for the country: the international directory plus the main lines
    assert "National Domestic Violence Hotline (the US): call 1-800-799-7233" in lines
    assert "Refuge National Domestic Abuse Helpline (the UK)" in lines
    assert "findahelpline.com" in lines
    assert "see this chat and its notifications" in phone
    assert "which country" in country
    assert safe.startswith("Are you safe right now?")
    assert [b["payload"] for b in dispatcher.messages[-1]["buttons"]] == ["/safe_now", "/not_safe"]
    (flag,) = slot(events, "safety_flags")
    assert flag["category"] == "abuse" and flag["severity"] == "high" and flag["time"]
    assert SlotSet("dv_disclosed", True) in events


def test_suicide_in_the_uk_gets_local_lines_and_no_couples_mode(dispatcher, tracker, domain):
    events = ActionSafetyResponse().run(dispatcher, tracker("suicide_uk"), domain)
    ack, lines, safe = texts(dispatcher)
    assert "I'm a bot" in ack
    assert lines.startswith("Support in the UK")
    assert "Samaritans: call 116 123" in lines and "999" in lines and "press 55" in lines
    assert "Refuge" not in lines
    assert all(e.get("name") != "dv_disclosed" for e in events)
    assert slot(events, "safety_flags")[0]["category"] == "suicide"


def test_yes_to_the_gentle_question_is_treated_as_suicidal_thoughts(dispatcher, tracker, domain):
    events = ActionSafetyResponse().run(dispatcher, tracker("safety_check_yes"), domain)
    assert "988 Suicide & Crisis Lifeline (the US)" in texts(dispatcher)[1]
    assert slot(events, "safety_flags")[0]["category"] == "suicide"


def test_an_abuse_topic_word_gets_the_question_about_being_hurt(dispatcher, tracker, domain):
    events = ActionSafetyCheck().run(dispatcher, tracker("safety_check_abuse"), domain)
    (question,) = texts(dispatcher)
    assert "is someone hurting you" in question
    assert [b["payload"] for b in dispatcher.messages[0]["buttons"]] == ["/affirm", "/deny"]
    assert events == [SlotSet("safety_check_about", "abuse")]


def test_unsure_distress_gets_the_question_about_ending_life(dispatcher, tracker, domain):
    events = ActionSafetyCheck().run(dispatcher, tracker("safety_check_yes"), domain)
    assert "thoughts of ending your life" in texts(dispatcher)[0]
    assert events == [SlotSet("safety_check_about", "self")]


def test_yes_to_the_abuse_question_gets_abuse_support(dispatcher, tracker, domain):
    events = ActionSafetyResponse().run(dispatcher, tracker("safety_check_abuse_yes"), domain)
    assert "Domestic Violence" in texts(dispatcher)[1]
    assert slot(events, "safety_flags")[0]["category"] == "abuse"
    assert slot(events, "dv_disclosed") is True


def test_country_after_a_disclosure_gives_local_lines_only(dispatcher, tracker, domain):
    events = ActionSafetyResponse().run(dispatcher, tracker("abuse_then_country"), domain)
    assert events == []
    (lines,) = texts(dispatcher)
    assert lines.startswith("Support in the US")
    assert "1-800-799-7233" in lines and "Emergency: 911" in lines


def test_not_safe_gives_the_emergency_number(dispatcher, tracker, domain):
    ActionSafetyNotSafe().run(dispatcher, tracker("suicide_uk"), domain)
    assert "999" in texts(dispatcher)[0]
    dispatcher.messages.clear()
    ActionSafetyNotSafe().run(dispatcher, tracker("abuse_disclosed"), domain)
    assert UNKNOWN_EMERGENCY in texts(dispatcher)[0]


def test_no_couples_therapy_after_abuse(dispatcher, tracker, domain):
    ActionReferTherapist().run(dispatcher, tracker("abuse_then_therapist"), domain)
    advice, lines = texts(dispatcher)
    assert "couples therapy isn't the right place to start" in advice
    assert "Domestic" in lines
    assert "Gottman" not in " ".join(texts(dispatcher))


def test_safety_mode_reply(dispatcher, tracker, domain):
    ActionSafetyModeReply().run(dispatcher, tracker("abuse_then_therapist"), domain)
    assert "won't give couples advice" in texts(dispatcher)[0]


def test_every_resource_has_a_source_and_a_check_date():
    resources = load_resources()
    entries = [resources["international"]]
    for country in resources["countries"].values():
        entries += [country, *country["lines"]]
    for entry in entries:
        assert entry.get("source"), entry
        assert str(entry.get("checked", "")), entry


def test_every_category_has_a_line_everywhere():
    for category in ("suicide", "self_harm", "harm_to_others", "abuse", "child_harm"):
        for country in (None, "US", "UK", "IE", "DE"):
            assert len(lines_for([category], country)) >= 2, (category, country)


def test_lines_cover_every_category_disclosed():
    lines = "\n".join(lines_for(["abuse", "suicide"], "US"))
    assert "988" in lines and "1-800-799-7233" in lines
