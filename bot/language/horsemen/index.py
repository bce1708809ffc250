"""The gate index: which rules are worth running on a message.

Each rule carries "gates", literal strings read off its compiled pattern that any match must
contain (text.literal_gates). One C-level scan of the message with a trie of the gate strings
picks the few rules whose gates are all open, so most of the patterns are never tried.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, List, Pattern, Tuple

from bot.language.horsemen.rule import Rule
from bot.language.text import Gate, opens

@dataclass(frozen=True)
class _Index:
    """Rules keyed by the literal strings of their smallest gate. One scan of the message with a
    trie of all those strings (a single C-level regex pass) picks the few rules worth running."""

    rules: Tuple[Rule, ...]
    ungated: int  # bit k set: rule k has no gate
    scan: Pattern[str]  # at each position, the longest gate string starting there
    rules_for: Dict[str, int]  # a found string -> rules gated on it or on any of its prefixes (bits)
    rest: Tuple[Tuple[Gate, ...], ...]  # each rule's other gates, checked on the few candidates


def _trie_regex(strings: List[str]) -> str:
    """A regex matching the longest of `strings` that starts at the current position."""
    trie: dict = {}
    for string in strings:
        node = trie
        for ch in string:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        options = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not options:
            return ""
        body = options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


# Words in nearly every message make weak gates: key the index on a gate of rarer strings.
_COMMON = frozenset(
    "i you he she it we they me him her his my your our their the a an and or but so to of in on at is are was "
    "be do not no what why how when that this just all for with have had".split()
)


def _gate_cost(gate: Gate) -> int:
    return sum(10 if s.strip() in _COMMON or len(s.strip()) <= 2 else 1 for s in gate)


def _index(rules: Tuple[Rule, ...]) -> _Index:
    by_string: Dict[str, int] = {}
    ungated = 0
    rest = []
    for k, rule in enumerate(rules):
        if not rule.gates:
            ungated |= 1 << k
            rest.append(())
            continue
        key = min(rule.gates, key=_gate_cost)
        rest.append(tuple(g for g in rule.gates if g is not key))
        for string in key:
            by_string[string] = by_string.get(string, 0) | 1 << k
    strings = sorted(by_string)
    rules_for = {}
    for found in strings:
        bits = 0
        for string in strings:
            if found.startswith(string):
                bits |= by_string[string]
        rules_for[found] = bits
    scan = re.compile(f"(?=({_trie_regex(strings)}))")
    return _Index(rules, ungated, scan, rules_for, tuple(rest))


def _candidates(index: _Index, text: str) -> List[Rule]:
    """The rules whose every gate is open for `text`, in rule order."""
    bits = index.ungated
    rules_for = index.rules_for
    for found in set(index.scan.findall(text)):
        if found:
            bits |= rules_for[found]
    out = []
    rules, rest = index.rules, index.rest
    while bits:
        low = bits & -bits
        k = low.bit_length() - 1
        bits ^= low
        if not rest[k] or opens(rest[k], text):
            out.append(rules[k])
    return out

