"""`mend export | review | forget | purge` as a user runs them (subprocesses): exit codes,
one-line errors, and exports with no seeded PII. The commands run in parallel, each on its
own copy of the seeded SQLite store, to keep the module fast."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bot.privacy import pseudonym
from bot.paths import PROJECT_ROOT
from tests.test_transcripts import assert_no_pii
from tests.transcript_seed import FLAGGED, KEY, OLD, RECENT, seed

HASH_SAMPLE = "pbkdf2_sha256$2000$abc$" + "A" * 43 + "="


def senders(db: Path):
    with sqlite3.connect(db) as connection:
        return {row[0] for row in connection.execute("select distinct sender_id from events")}


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli")
    template = root / "template.db"
    seed(template)
    commands = {
        "bad_date": (["export", "--out", str(root / "a.jsonl"), "--since", "31/12/2024"], {}, None),
        "no_key": (["export", "--out", str(root / "b.jsonl")], {"MEND_PSEUDONYM_KEY": ""}, None),
        "unwritable": (["export", "--out", str(root / "missing" / "dir" / "c.jsonl")], {}, None),
        "jsonl": (["export", "--format", "jsonl", "--out", str(root / "all.jsonl")], {}, None),
        "csv_flagged": (["export", "--format", "csv", "--out", str(root / "flagged.csv"), "--flagged-only"], {}, None),
        "forget": (["forget", RECENT], {}, None),
        "forget_pseudonym": (["forget", pseudonym(FLAGGED, KEY.encode())], {}, None),
        "forget_unknown": (["forget", "nobody-here"], {}, None),
        "purge_bad": (["purge", "--older-than", "3 months"], {}, None),
        "purge_dry": (["purge", "--older-than", "90d", "--dry-run"], {}, None),
        "purge": (["purge", "--older-than", "13w"], {}, None),
        "review_no_hash": (["review", "--port", "1"], {"MEND_REVIEW_PASSWORD_HASH": ""}, None),
        "review_bad_hash": (["review", "--port", "1"], {"MEND_REVIEW_PASSWORD_HASH": "plain"}, None),
        "hash": (["review", "--hash-password"], {}, "a long enough password\n"),
        "hash_short": (["review", "--hash-password"], {}, "short\n"),
    }

    def run(name):
        args, extra, stdin = commands[name]
        db = root / f"{name}.db"
        shutil.copy(template, db)
        env = dict(os.environ, MEND_DB_URL=f"sqlite:///{db}", MEND_PSEUDONYM_KEY=KEY,
                   RASA_TELEMETRY_ENABLED="false")
        env.update(extra)
        done = subprocess.run([sys.executable, "-m", "bot.cli", *args], cwd=PROJECT_ROOT, env=env,
                              input=stdin or "", capture_output=True, text=True, timeout=240)
        return name, (done, db)

    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        found = dict(pool.map(run, commands))
    found["root"] = root
    return found


def error_line(done) -> str:
    lines = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert len(lines) == 1, done.stderr[-2000:]
    return lines[0]


def test_bad_date(results):
    done, _ = results["bad_date"]
    assert done.returncode == 2 and "--since must be a date like 2024-05-31" in error_line(done)
    assert not (results["root"] / "a.jsonl").exists()


def test_missing_pseudonym_key(results):
    done, _ = results["no_key"]
    assert done.returncode == 2 and "MEND_PSEUDONYM_KEY is not set" in error_line(done)
    assert "export MEND_PSEUDONYM_KEY=" in error_line(done)
    assert not (results["root"] / "b.jsonl").exists()


def test_unwritable_path(results):
    done, _ = results["unwritable"]
    assert done.returncode == 2 and "cannot write" in error_line(done) and "No such file" in error_line(done)


def test_jsonl_export_is_anonymised(results):
    done, _ = results["jsonl"]
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Exported 3 anonymised conversations" in done.stdout
    text = (results["root"] / "all.jsonl").read_text()
    assert len(text.splitlines()) == 3 and "[PERSON_1]" in text
    assert_no_pii(text)


def test_csv_flagged_only_export(results):
    done, _ = results["csv_flagged"]
    assert done.returncode == 0, done.stderr[-2000:]
    text = (results["root"] / "flagged.csv").read_text()
    rows = text.splitlines()
    assert rows[0].startswith("conversation,turn,time,speaker,text")
    assert {row.split(",")[0] for row in rows[1:]} == {pseudonym(FLAGGED, KEY.encode())}
    assert_no_pii(text)


def test_forget(results):
    done, db = results["forget"]
    assert done.returncode == 0 and "Deleted 9 events of web-b0b." in done.stdout
    assert senders(db) == {FLAGGED, OLD}


def test_forget_by_review_pseudonym(results):
    done, db = results["forget_pseudonym"]
    assert done.returncode == 0 and done.stdout.startswith("Deleted 14 events of user-")
    assert done.stdout.strip().endswith(f"({FLAGGED}).")
    assert senders(db) == {RECENT, OLD}


def test_forget_unknown_sender(results):
    done, db = results["forget_unknown"]
    assert done.returncode == 1 and "no stored conversation for sender 'nobody-here'" in error_line(done)
    assert senders(db) == {FLAGGED, RECENT, OLD}


def test_purge(results):
    bad, _ = results["purge_bad"]
    assert bad.returncode == 2 and "like 90d or 12w" in error_line(bad)
    dry, dry_db = results["purge_dry"]
    assert dry.returncode == 0 and f"would delete {OLD}: 6 events" in dry.stdout
    assert "Would delete 1 conversation (6 events)" in dry.stdout
    assert senders(dry_db) == {FLAGGED, RECENT, OLD}
    done, db = results["purge"]
    assert done.returncode == 0 and "Deleted 1 conversation (6 events) inactive for more than 13w." in done.stdout
    assert senders(db) == {FLAGGED, RECENT}


def test_review_refuses_to_start_without_a_good_hash(results):
    done, _ = results["review_no_hash"]
    assert done.returncode == 2
    assert "MEND_REVIEW_PASSWORD_HASH is not set" in error_line(done) and "--hash-password" in error_line(done)
    bad, _ = results["review_bad_hash"]
    assert bad.returncode == 2 and "pbkdf2_sha256$<iterations>$<salt>$<hash>" in error_line(bad)


def test_hash_password(results):
    from bot.review.auth import verify_password

    done, _ = results["hash"]
    assert done.returncode == 0
    encoded = done.stdout.strip()
    assert encoded.startswith("pbkdf2_sha256$600000$") and verify_password("a long enough password", encoded)
    short, _ = results["hash_short"]
    assert short.returncode == 2 and "at least 10 characters" in error_line(short)
