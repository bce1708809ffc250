"""The project's labelled message sets (tests/data/language_skills*.yml): one list, used by the
learned complement's build (it fits on the tuning sets only) and by `make eval`.

Tuning sets may be read, tuned on and learned from. Evaluation-only sets were written by people
who never saw the rules or the other sets; they are scored, never tuned on, and their errors are
never listed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Dict, Tuple

from bot.paths import PROJECT_ROOT

DATA = PROJECT_ROOT / "tests" / "data"
# language_skills.yml holds two splits, marked per example: `tune`, and `retired` (the first
# held-out half, tuned on since it had been measured three times)
MAIN_FILE = DATA / "language_skills.yml"
MAIN_SPLITS = ("tune", "retired")
# name -> file, for the sets kept in files of their own
SPLIT_FILES: Dict[str, Path] = {
    "dev": DATA / "language_skills_dev.yml",  # an independent development set
    "tune_2": DATA / "language_skills_tune_2.yml",  # late-night chat style
    "tune_3": DATA / "language_skills_tune_3.yml",  # reflective, subtle forms
    "tune_4": DATA / "language_skills_tune_4.yml",  # typed on a phone mid-argument, typos, second-language English
    "tune_5": DATA / "language_skills_tune_5.yml",  # hard negatives and subtle positives
    "tune_6": DATA / "language_skills_tune_6.yml",  # many Englishes and ages, regional idioms
    "tune_7": DATA / "language_skills_tune_7.yml",  # stories with the pattern in the middle
    "tune_8": DATA / "language_skills_tune_8.yml",  # pasted text-message exchanges
    "tune_9": DATA / "language_skills_tune_9.yml",  # body language and behaviour described, raw venting
    "tune_10": DATA / "language_skills_tune_10.yml",  # indirect, understated, passive-aggressive forms
    "tune_11": DATA / "language_skills_tune_11.yml",  # users reporting their own behaviour, many voices
    "tune_12": DATA / "language_skills_tune_12.yml",  # long messages with background
    "tune_13": DATA / "language_skills_tune_13.yml",  # short messages, slang, emoji, curt replies
    "tune_14": DATA / "language_skills_tune_14.yml",  # contempt and defensiveness in depth
    "tune_15": DATA / "language_skills_tune_15.yml",  # criticism and stonewalling in depth
    "tune_16": DATA / "language_skills_tune_16.yml",  # replies in the middle of a coaching chat
    "tune_17": DATA / "language_skills_tune_17.yml",  # couples in particular life situations
    "tune_18": DATA / "language_skills_tune_18.yml",  # English as a second language, regional varieties
    "tune_19": DATA / "language_skills_tune_19.yml",  # upset users typing in a rush
    "tune_20": DATA / "language_skills_tune_20.yml",  # mostly healthy messages that look like a horseman
    "tune_21": DATA / "language_skills_tune_21.yml",  # a broad everyday mix, few stock phrases
    "tune_22": DATA / "language_skills_tune_22.yml",  # late-night Telegram messages, one voice each
    "tune_23": DATA / "language_skills_tune_23.yml",  # several people in a message (third parties)
    "tune_24": DATA / "language_skills_tune_24.yml",  # many ways of quoting and reporting speech
    "tune_25": DATA / "language_skills_tune_25.yml",  # a broad everyday mix, lunch-break chats
    "tune_26": DATA / "language_skills_tune_26.yml",  # first messages to the coach
    "tune_27": DATA / "language_skills_tune_27.yml",  # dry humour; humour versus contempt
    "tune_28": DATA / "language_skills_tune_28.yml",  # defensiveness and stonewalling in everyday words
    "tune_29": DATA / "language_skills_tune_29.yml",  # a broad mix without the stock phrases
    "tune_30": DATA / "language_skills_tune_30.yml",  # older and more formal writers
    "tune_31": DATA / "language_skills_tune_31.yml",  # young adults, online-native style
    "tune_32": DATA / "language_skills_tune_32.yml",  # arguments recounted step by step, drafts
    "validation": DATA / "language_skills_validation.yml",  # decides the learned complement's settings
    "held_out": DATA / "language_skills_held_out.yml",
    "held_out_2": DATA / "language_skills_held_out_2.yml",
    "held_out_3": DATA / "language_skills_held_out_3.yml",
    "held_out_4": DATA / "language_skills_held_out_4.yml",
    "held_out_5": DATA / "language_skills_held_out_5.yml",
}
HELD_OUT_SPLITS: Tuple[str, ...] = ("validation", "held_out", "held_out_2", "held_out_3", "held_out_4", "held_out_5")
# every other set is a tuning set, language_skills.yml's splits first
TUNABLE_SPLITS: Tuple[str, ...] = MAIN_SPLITS + tuple(name for name in SPLIT_FILES if name not in HELD_OUT_SPLITS)


def path_of(split: str) -> Path:
    return MAIN_FILE if split in MAIN_SPLITS else SPLIT_FILES[split]


def tuning_files() -> Tuple[Path, ...]:
    """Files whose examples may be learned from (language_skills.yml: its tune and retired splits)."""
    files = [MAIN_FILE] + [SPLIT_FILES[name] for name in TUNABLE_SPLITS if name not in MAIN_SPLITS]
    return tuple(dict.fromkeys(files))
