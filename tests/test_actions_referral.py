from actions.referral import ActionReferTherapist, directories_for, load_directories


def texts(dispatcher):
    return [m["text"] for m in dispatcher.messages]


def test_partner_unwilling_in_uk_gets_individual_counselling_and_uk_directories(
    dispatcher, tracker, domain
):
    ActionReferTherapist().run(dispatcher, tracker("partner_refuses_counselling_uk"), domain)

    why, where, questions = texts(dispatcher)
    assert "doesn't want counselling" in why
    assert "individual counsellor" in why and "wife" in why
    assert where.startswith("Places to look in the UK:")
    assert "Relate" in where and "BACP" in where
    assert "AAMFT" not in where
    assert "experience" in questions and "cost" in questions


def test_unknown_country_lists_international_help_and_asks_once(dispatcher, tracker, domain):
    ActionReferTherapist().run(dispatcher, tracker("chores_then_defensiveness"), domain)

    messages = dispatcher.messages
    assert messages[1]["text"].startswith("Places to look:")
    assert "Gottman Referral Network" in messages[1]["text"]
    assert "which country" in messages[-1]["text"]
    payloads = [b["payload"] for b in messages[-1]["buttons"]]
    assert '/inform_country{"country":"UK"}' in payloads


def test_country_without_local_entries_says_so():
    assert [d["name"] for d in directories_for("DE")] == ["Gottman Referral Network"]
    assert directories_for("US")[0]["name"] == "AAMFT TherapistLocator"


def test_every_directory_has_a_source_and_a_check_date():
    for entry in load_directories()["directories"]:
        assert entry["source"], entry["name"]
        assert str(entry["checked"]), entry["name"]
        assert entry["url"].startswith("https://"), entry["name"]
