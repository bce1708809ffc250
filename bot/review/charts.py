"""Small stacked bar charts (patterns and topics per week), computed here and drawn as inline
SVG by the page template: no JavaScript, nothing from a CDN."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Callable, Dict, Iterable, List, Optional

from bot.transcripts.build import TOPIC_PREFIXES
from bot.transcripts.model import Transcript, Turn

PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#9c755f"]
WIDTH, HEIGHT, TOP, BOTTOM, LEFT = 640, 200, 10, 30, 30
MAX_WEEKS = 12
MAX_SERIES = 7


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    color: str
    label: str  # "<week>: <series> <count>", the bar's tooltip


@dataclass(frozen=True)
class Chart:
    title: str
    bars: List[Bar]
    weeks: List[Dict[str, object]]  # {"x": centre, "label": "05-27"}
    legend: List[Dict[str, str]]  # {"label", "color"}
    max_total: int
    width: int = WIDTH
    height: int = HEIGHT

    @property
    def empty(self) -> bool:
        return not self.bars


def week_of(turn: Turn) -> Optional[date]:
    if not turn.time:
        return None
    day = datetime.fromisoformat(turn.time).date()
    return day - timedelta(days=day.weekday())


def weekly(transcripts: Iterable[Transcript], labels: Callable[[Turn], List[str]]) -> Dict[date, Counter]:
    weeks: Dict[date, Counter] = {}
    for transcript in transcripts:
        for turn in transcript.turns:
            week = week_of(turn)
            found = labels(turn) if turn.speaker == "user" else []
            if week and found:
                weeks.setdefault(week, Counter()).update(found)
    return weeks


def pattern_labels(turn: Turn) -> List[str]:
    return list(turn.patterns)


def topic_labels(turn: Turn) -> List[str]:
    return [turn.intent] if turn.intent and turn.intent.startswith(TOPIC_PREFIXES) else []


def stacked_chart(title: str, weeks: Dict[date, Counter]) -> Chart:
    shown = sorted(weeks)[-MAX_WEEKS:]
    totals: Counter = Counter()
    for week in shown:
        totals.update(weeks[week])
    series = [label for label, _ in totals.most_common(MAX_SERIES)]
    colors = {label: PALETTE[i % len(PALETTE)] for i, label in enumerate(series)}
    max_total = max((sum(weeks[w][s] for s in series) for w in shown), default=0)
    bars: List[Bar] = []
    axis: List[Dict[str, object]] = []
    if shown and max_total:
        slot = (WIDTH - LEFT) / len(shown)
        bar_width = min(40.0, slot * 0.7)
        scale = (HEIGHT - TOP - BOTTOM) / max_total
        for i, week in enumerate(shown):
            x = LEFT + i * slot + (slot - bar_width) / 2
            y = HEIGHT - BOTTOM
            for label in series:
                count = weeks[week][label]
                if not count:
                    continue
                h = count * scale
                y -= h
                bars.append(Bar(round(x, 1), round(y, 1), round(bar_width, 1), round(h, 1),
                                colors[label], f"week of {week.isoformat()}: {label} {count}"))
            axis.append({"x": round(x + bar_width / 2, 1), "label": week.strftime("%m-%d")})
    legend = [{"label": label, "color": colors[label]} for label in series]
    return Chart(title, bars, axis, legend, max_total)


def charts(transcripts: List[Transcript]) -> List[Chart]:
    return [
        stacked_chart("Four Horsemen patterns per week", weekly(transcripts, pattern_labels)),
        stacked_chart("Topics per week", weekly(transcripts, topic_labels)),
    ]
