"""The transcript anonymiser (bot/privacy) on the PII-seeded corpus and on edge cases.

The corpus (tests/data/pii_corpus.yml) is scored by bot.evaluation.pii, the same code
`make eval` prints, so the figures here and there cannot drift apart.
"""

from __future__ import annotations

import re
from typing import Dict, List, Tuple

import pytest

from bot.evaluation.pii import Report, evaluate, load_corpus
from bot.privacy import (
    Anonymiser,
    PrivacyConfigError,
    channel_names,
    pseudonym,
    pseudonym_key_from_env,
)

KEY = b"test-key-0123456789abcdef"
MUST_NEVER_SURVIVE = ("EMAIL", "PHONE", "URL", "HANDLE", "CARD")
TAG = re.compile(r"\[(?P<kind>[A-Z_]+)_(?P<n>\d+)\]")


@pytest.fixture(scope="module")
def anonymiser() -> Anonymiser:
    return Anonymiser(pseudonym_key=KEY)


@pytest.fixture(scope="module")
def corpus_run() -> Tuple[Report, Dict[str, List[str]]]:
    return evaluate(load_corpus())


def test_corpus_is_big_and_covers_every_kind() -> None:
    messages = [m for conv in load_corpus() for m in conv.messages]
    kinds = {kind for m in messages for kind, _ in m.pii}
    assert len(messages) >= 220
    assert sum(1 for m in messages if not m.pii) >= 40
    assert kinds == {
        "PERSON", "EMAIL", "PHONE", "URL", "HANDLE", "ADDRESS", "POSTCODE", "DATE_OF_BIRTH", "CARD", "BANK",
    }
    for m in messages:
        for _, value in m.pii:
            assert value in m.text, (value, m.text)


@pytest.mark.parametrize("kind", MUST_NEVER_SURVIVE)
def test_no_contact_or_card_value_survives(corpus_run, kind: str) -> None:
    report, _ = corpus_run
    assert report.seeded[kind] > 0
    assert report.missed[kind] == []


def test_name_recall_at_least_95_percent(corpus_run) -> None:
    report, _ = corpus_run
    assert report.seeded["PERSON"] >= 150
    assert report.recall("PERSON") >= 0.95, report.missed["PERSON"]


@pytest.mark.parametrize("kind", ["ADDRESS", "POSTCODE", "DATE_OF_BIRTH", "BANK"])
def test_other_kinds_recall(corpus_run, kind: str) -> None:
    report, _ = corpus_run
    assert report.recall(kind) >= 0.9, report.missed[kind]


def test_messages_without_pii_stay_unchanged(corpus_run) -> None:
    """Measured 100% (70/70); the bound leaves room for one or two new tricky words."""
    report, _ = corpus_run
    assert report.unchanged_rate >= 0.95, report.clean_changed


def test_tags_are_consistent_within_a_transcript(anonymiser: Anonymiser) -> None:
    transcript = anonymiser.transcript()
    first = transcript.text("my husband Tom texted Priya again")
    second = transcript.text("tom said priya's just a friend, Tom's lying")
    third = transcript.text("email tom at tom.b@example.com or TOM.B@example.com")
    assert first == "my husband [PERSON_1] texted [PERSON_2] again"
    assert second == "[PERSON_1] said [PERSON_2]'s just a friend, [PERSON_1]'s lying"
    assert third == "email [PERSON_1] at [EMAIL_1] or [EMAIL_1]"


def test_same_value_in_other_formats_keeps_its_tag(anonymiser: Anonymiser) -> None:
    transcript = anonymiser.transcript()
    out = transcript.text("call 07700 900123 or +44 7700 900123, card 4111 1111 1111 1111 / 4111-1111-1111-1111")
    assert out == "call [PHONE_1] or [PHONE_1], card [CARD_1] / [CARD_1]"


def test_a_new_transcript_restarts_numbering(anonymiser: Anonymiser) -> None:
    one, two = anonymiser.transcript(), anonymiser.transcript()
    one.text("Priya and Tom")
    assert two.text("Tom is my husband") == "[PERSON_1] is my husband"


def test_full_name_and_first_name_share_a_tag(anonymiser: Anonymiser) -> None:
    transcript = anonymiser.transcript()
    assert transcript.text("my wife Zhang Wei is upset") == "my wife [PERSON_1] is upset"
    assert transcript.text("Wei said so") == "[PERSON_1] said so"


def test_relationship_words_survive(anonymiser: Anonymiser) -> None:
    transcript = anonymiser.transcript()
    cases = {
        "my husband Tom said sorry": "my husband [PERSON_1] said sorry",
        "my wife Aisha wants space": "my wife [PERSON_2] wants space",
        "my partner and my ex Jamie still talk": "my partner and my ex [PERSON_3] still talk",
        "my boyfriend Kyle's mum": "my boyfriend [PERSON_4]'s mum",
        "Dawn, my mother-in-law, reads my texts": "[PERSON_5], my mother-in-law, reads my texts",
    }
    for text, expected in cases.items():
        assert transcript.text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I will try, I hope it works",
        "it may be too late, maybe in june",
        "mark my words, the bill is due after the grace period",
        "he's a nice guy, there's no joy, faith or hope left",
        "we argued until dawn last summer",
        "Will it ever get better?",
        "we live in France and he flew to Paris",
    ],
)
def test_ordinary_words_that_are_names_stay(anonymiser: Anonymiser, text: str) -> None:
    assert anonymiser.transcript().text(text) == text


def test_known_names_are_replaced_everywhere_even_lowercase(anonymiser: Anonymiser) -> None:
    transcript = anonymiser.transcript().known_names(["Ana", "Kowalczyk", "ana_k_88"])
    assert transcript.text("hi im ana") == "hi im [PERSON_1]"
    assert transcript.text("KOWALCZYK is my surname") == "[PERSON_2] is my surname"
    assert transcript.text("find me at ana_k_88 or @ana_k_88") == "find me at [HANDLE_1] or [HANDLE_1]"


def test_known_names_that_are_words_need_a_capital(anonymiser: Anonymiser) -> None:
    transcript = anonymiser.transcript().known_names(["Will", None, ""])
    assert transcript.text("Will here, i will try") == "[PERSON_1] here, i will try"


def test_channel_names_reads_telegram_user_records() -> None:
    update = {"message": {"from": {"id": 42, "first_name": "Ana", "last_name": "K", "username": "ana_k_88"}}}
    assert channel_names(update) == ["Ana", "K", "ana_k_88"]
    assert channel_names({"first_name": "Tom"}) == ["Tom"]
    assert channel_names(None) == []


def test_pseudonym_is_stable_keyed_and_hides_the_id() -> None:
    sender = "123456789"
    first = pseudonym(sender, KEY)
    assert first == pseudonym(sender, KEY)
    assert first != pseudonym(sender, b"another-key-0123456789")
    assert first != pseudonym("123456780", KEY)
    assert re.fullmatch(r"user-[0-9a-f]{12}", first)
    assert sender not in first


def test_pseudonym_key_comes_from_the_environment() -> None:
    assert pseudonym_key_from_env({"MEND_PSEUDONYM_KEY": "a" * 64}) == b"a" * 64
    for env in ({}, {"MEND_PSEUDONYM_KEY": ""}, {"MEND_PSEUDONYM_KEY": "short"}):
        with pytest.raises(PrivacyConfigError, match="export MEND_PSEUDONYM_KEY="):
            pseudonym_key_from_env(env)


def test_anonymiser_without_key_reads_env(monkeypatch) -> None:
    monkeypatch.setenv("MEND_PSEUDONYM_KEY", "b" * 32)
    assert Anonymiser().pseudonym("42") == pseudonym("42", b"b" * 32)
    monkeypatch.delenv("MEND_PSEUDONYM_KEY")
    with pytest.raises(PrivacyConfigError):
        Anonymiser().pseudonym("42")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "\n\t",
        "😢😢😢 💔",
        "tom\x00said\x07 \x1b[31mhi\u200b\u202e",
        "@",
        "@@@ ### 000 +++ ---",
        "a" * 10_000,
        ("my husband Tom texted 07700 900123 and tom.b@example.com 🙃 " * 180)[:10_000],
    ],
)
def test_bad_input_never_raises(anonymiser: Anonymiser, text: str) -> None:
    out = anonymiser.transcript().text(text)
    assert isinstance(out, str)
    if not text.strip():
        assert out == text


def test_long_text_is_fully_anonymised(anonymiser: Anonymiser) -> None:
    text = "my husband Tom texted 07700 900123 and tom.b@example.com. " * 170
    out = anonymiser.transcript().text(text)
    assert "Tom" not in out and "900123" not in out and "example.com" not in out
    assert set(TAG.findall(out)) == {("PERSON", "1"), ("PHONE", "1"), ("EMAIL", "1")}
