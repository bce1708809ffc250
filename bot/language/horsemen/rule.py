"""The horsemen's labels, whose words a rule reads, and the Rule itself."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Pattern, Tuple

from bot.language.text import Gate, literal_gates, normalise_regex

CRITICISM = "criticism"
CONTEMPT = "contempt"
DEFENSIVENESS = "defensiveness"
STONEWALLING = "stonewalling"
HORSEMEN = (CRITICISM, CONTEMPT, DEFENSIVENESS, STONEWALLING)

# Who a rule's words belong to.
VOICE = "voice"  # the phrase is something said: whoever is speaking (user unless reported)
ACTOR = "actor"  # a described action: its subject ("HE rolls his eyes") or possessive


@dataclass(frozen=True)
class Rule:
    label: str
    pattern: Pattern[str]
    negatable: bool = True
    role: str = VOICE
    gates: Tuple[Gate, ...] = ()  # literal strings the pattern needs (text.literal_gates)


def build_rules(label: str, regexes: Tuple[str, ...], negatable: bool = True, role: str = VOICE) -> Tuple[Rule, ...]:
    """One Rule per regex, written as people type and compiled for the normalised view, as
    whole words, with the literal gates read off the compiled pattern."""
    out = []
    for regex in regexes:
        pattern = re.compile(rf"(?<![\w'])(?:{normalise_regex(regex)})(?![\w'])")
        out.append(Rule(label, pattern, negatable, role, literal_gates(pattern, most=3)))
    return tuple(out)
