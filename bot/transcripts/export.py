"""Anonymised transcripts as JSON Lines (one conversation a line) or CSV (one turn a row)."""

from __future__ import annotations

import csv
import io
import json
from typing import IO, Iterable, List

from bot.transcripts.model import Transcript

FORMATS = ("jsonl", "csv")
CSV_COLUMNS = [
    "conversation", "turn", "time", "speaker", "text", "intent", "patterns",
    "safety_categories", "safety_severity", "topics", "flagged",
]
# A cell starting with one of these is a formula to a spreadsheet: written with a leading '.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def write_jsonl(transcripts: Iterable[Transcript], stream: IO[str]) -> int:
    count = 0
    for transcript in transcripts:
        stream.write(json.dumps(transcript.to_dict(), ensure_ascii=False) + "\n")
        count += 1
    return count


def _cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def csv_rows(transcript: Transcript) -> List[List[str]]:
    rows = []
    for number, turn in enumerate(transcript.turns, start=1):
        safety = turn.safety
        rows.append([
            transcript.pseudonym, str(number), turn.time or "", turn.speaker, _cell(turn.text),
            turn.intent or "", " ".join(turn.patterns),
            " ".join(safety.categories) if safety else "", (safety.severity or "") if safety else "",
            " ".join(transcript.topics), "yes" if transcript.flagged else "no",
        ])
    return rows


def write_csv(transcripts: Iterable[Transcript], stream: IO[str]) -> int:
    writer = csv.writer(stream)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for transcript in transcripts:
        writer.writerows(csv_rows(transcript))
        count += 1
    return count


def write(fmt: str, transcripts: Iterable[Transcript], stream: IO[str]) -> int:
    """Writes the conversations in `fmt`; returns how many were written."""
    if fmt == "jsonl":
        return write_jsonl(transcripts, stream)
    if fmt == "csv":
        return write_csv(transcripts, stream)
    raise ValueError(f"unknown export format {fmt!r} (use {' or '.join(FORMATS)})")


def export_text(fmt: str, transcripts: Iterable[Transcript]) -> str:
    buffer = io.StringIO(newline="")
    write(fmt, transcripts, buffer)
    return buffer.getvalue()
