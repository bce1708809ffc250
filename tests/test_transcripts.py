"""Anonymised transcripts from a real SQLite tracker store (bot/transcripts), and exports:
no seeded PII (names, e-mails, phone, address, channel names, sender ids) ever comes out."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date, timedelta

import pytest

from bot.privacy import Anonymiser, pseudonym
from bot.transcripts.export import export_text
from bot.transcripts.filters import FilterError, TranscriptFilter, parse_date
from bot.transcripts.store import TranscriptReader, open_tracker_store
from tests.transcript_seed import FLAGGED, KEY, OLD, PII, RECENT, seed


def assert_no_pii(text: str) -> None:
    for value in PII:
        assert not re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text), f"{value!r} leaked"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("transcripts") / "tracker.db"
    seed(path)
    return path


@pytest.fixture(scope="module")
def reader(db):
    return TranscriptReader(open_tracker_store(f"sqlite:///{db}"), Anonymiser(KEY.encode()))


@pytest.fixture(scope="module")
def transcripts(reader):
    return {t.pseudonym: t for t in reader.transcripts()}


def by_sender(transcripts, sender):
    return transcripts[pseudonym(sender, KEY.encode())]


def test_every_conversation_is_read_with_a_pseudonym(transcripts):
    assert set(transcripts) == {pseudonym(s, KEY.encode()) for s in (FLAGGED, RECENT, OLD)}
    assert all(p.startswith("user-") for p in transcripts)


def test_turns_are_anonymised_consistently(transcripts):
    t = by_sender(transcripts, FLAGGED)
    texts = [turn.text for turn in t.turns]
    assert texts[0] == "my husband [PERSON_1] never listens to me"
    # the same Tom in a bot message and later; Priya (a Telegram name) replaced in a bot text
    assert "[PERSON_1]" in texts[1] and "Priya" not in texts[1]
    assert texts[2] == "email me at [EMAIL_1] or call [PHONE_1]"
    assert texts[4].startswith("[PERSON_1] hit me")
    assert [turn.speaker for turn in t.turns] == ["user", "bot", "user", "bot", "user", "bot"]


def test_annotations_topics_horsemen_and_safety(transcripts):
    t = by_sender(transcripts, FLAGGED)
    user_turns = [turn for turn in t.turns if turn.speaker == "user"]
    assert [u.intent for u in user_turns] == ["topic_communication", "inform", "crisis_abuse"]
    assert user_turns[0].patterns == ["criticism"]
    assert user_turns[2].safety.categories == ["abuse"] and user_turns[2].safety.severity == "high"
    assert t.topics == ["topic_communication"]
    assert t.horsemen == {"criticism": 1, "contempt": 1, "defensiveness": 0, "stonewalling": 0}
    assert [f.category for f in t.safety_flags] == ["abuse"] and t.flagged
    assert not by_sender(transcripts, RECENT).flagged
    assert t.first_time < t.last_time


def test_safety_trigger_text_is_not_kept(transcripts):
    data = json.dumps(by_sender(transcripts, FLAGGED).to_dict())
    assert "trigger" not in data


def test_cache_reuses_unchanged_conversations_and_drops_deleted(db, tmp_path):
    path = tmp_path / "t.db"
    seed(path)
    reader = TranscriptReader(open_tracker_store(f"sqlite:///{path}"), Anonymiser(KEY.encode()))
    first = {t.pseudonym: t for t in reader.transcripts()}
    again = {t.pseudonym: t for t in reader.transcripts()}
    assert all(first[p] is again[p] for p in first)  # same objects: not anonymised twice
    from bot.transcripts.deletion import delete_sender
    delete_sender(reader.store.engine, OLD)
    assert pseudonym(OLD, KEY.encode()) not in {t.pseudonym for t in reader.transcripts()}


def test_filters_and_order(transcripts):
    everything = list(transcripts.values())
    ordered = TranscriptFilter().apply(everything)
    assert ordered[0].pseudonym == pseudonym(FLAGGED, KEY.encode())  # flagged first
    assert [t.flagged for t in TranscriptFilter(flagged_only=True).apply(everything)] == [True]
    assert len(TranscriptFilter(topic="topic_money").apply(everything)) == 1
    assert len(TranscriptFilter(horseman="contempt").apply(everything)) == 2
    since = date.today() - timedelta(days=30)
    assert pseudonym(OLD, KEY.encode()) not in {t.pseudonym for t in TranscriptFilter(since=since).apply(everything)}
    assert len(TranscriptFilter(until=date.today() - timedelta(days=100)).apply(everything)) == 1
    assert [t.pseudonym for t in TranscriptFilter(query="eye-rolling").apply(everything)] == [
        pseudonym(RECENT, KEY.encode())]
    assert [t.pseudonym for t in TranscriptFilter(query="EMAIL_1 phone_1").apply(everything)] == [
        pseudonym(FLAGGED, KEY.encode())]
    assert TranscriptFilter(query="Tom").apply(everything) == []  # raw text is not searchable


def test_bad_dates_say_what_is_expected():
    with pytest.raises(FilterError, match="like 2024-05-31"):
        parse_date("31/05/2024", "--since")


def test_jsonl_export_has_one_anonymised_conversation_per_line(transcripts):
    text = export_text("jsonl", TranscriptFilter().apply(transcripts.values()))
    lines = [json.loads(line) for line in text.splitlines()]
    assert len(lines) == 3 and lines[0]["flagged"] is True
    assert lines[0]["turns"][0]["text"] == "my husband [PERSON_1] never listens to me"
    assert lines[0]["first_time"].endswith("+00:00")
    assert_no_pii(text)


def test_csv_export_has_one_row_per_turn(transcripts):
    text = export_text("csv", transcripts.values())
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == sum(len(t.turns) for t in transcripts.values())
    flagged = [r for r in rows if r["safety_categories"]]
    assert flagged and flagged[0]["safety_severity"] == "high"
    assert_no_pii(text)


def test_csv_cells_cannot_be_formulas():
    from bot.transcripts.export import _cell
    assert _cell("=HYPERLINK(1)") == "'=HYPERLINK(1)" and _cell("fine") == "fine"
