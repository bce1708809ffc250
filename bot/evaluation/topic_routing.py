"""Topic routing on real questions people sent to therapists (CounselChat, ../shared/eval).

Measures only: these texts are never used for training. Rows with `meta.bot_category_hint`
are scored against it; every row's predicted intent is tallied per label.
"""

from __future__ import annotations

import asyncio
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Dict, List, Optional, Set

from bot.paths import EVAL_DIR, MODELS_DIR

DATA_FILE = EVAL_DIR / "counselchat_relationship.jsonl"

# bot_category_hint -> the intents that count as routing there.
CATEGORY_INTENTS: Dict[str, Set[str]] = {
    "intimacy": {"topic_intimacy"},
    "separation": {"topic_separation"},
    # The safety path does not exist yet (safety issue); until then nothing routes here.
    "crisis_domestic_violence": set(),
}


def load_rows(path: Path = DATA_FILE) -> List[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def category_hint(row: dict) -> Optional[str]:
    return (row.get("meta") or {}).get("bot_category_hint")


async def predict(texts: List[str]) -> List[str]:
    from rasa.core.agent import Agent

    agent = Agent.load(str(MODELS_DIR / "mend.tar.gz"))
    return [(await agent.parse_message(text))["intent"]["name"] for text in texts]


def main() -> None:
    rows = load_rows()
    intents = asyncio.run(predict([row["text"] for row in rows]))
    by_hint: Dict[str, List[str]] = defaultdict(list)
    by_label: Dict[str, Counter] = defaultdict(Counter)
    for row, intent in zip(rows, intents):
        by_label[row["label"]][intent] += 1
        if category_hint(row):
            by_hint[category_hint(row)].append(intent)

    print(f"Topic routing on {DATA_FILE.name}: {len(rows)} rows")
    print(f"{'bot_category_hint':26} {'routed':>8} {'fallback':>9}")
    total_hits = total = 0
    for hint, predicted in sorted(by_hint.items()):
        hits = sum(intent in CATEGORY_INTENTS.get(hint, set()) for intent in predicted)
        fallback = predicted.count("nlu_fallback")
        total_hits, total = total_hits + hits, total + len(predicted)
        print(f"{hint:26} {hits:3d}/{len(predicted):<4d} {fallback:9d}")
    print(f"{'all hinted rows':26} {total_hits:3d}/{total:<4d} ({total_hits / total:.1%})")
    print()
    print("Predicted intents per label (top 5):")
    for label, counts in sorted(by_label.items()):
        top = ", ".join(f"{intent} {n}" for intent, n in counts.most_common(5))
        print(f"  {label} ({sum(counts.values())}): {top}")


if __name__ == "__main__":
    main()
