"""NLU cross-validation on Mend's own training data, with per-intent F1.

Runs `rasa test nlu --cross-validation` and prints the per-intent report it writes.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from bot.paths import PROJECT_ROOT


def print_report(report_path: Path) -> None:
    report = json.loads(report_path.read_text(encoding="utf-8"))
    summary = {k: report.pop(k) for k in ("accuracy", "macro avg", "weighted avg", "micro avg") if k in report}
    print(f"{'intent':34} {'precision':>9} {'recall':>7} {'f1':>6} {'n':>4}")
    for intent, scores in sorted(report.items(), key=lambda item: item[1]["f1-score"]):
        print(
            f"{intent:34} {scores['precision']:9.2f} {scores['recall']:7.2f} "
            f"{scores['f1-score']:6.2f} {scores['support']:4d}"
        )
    print()
    print(f"accuracy        {summary['accuracy']:.3f}")
    for key in ("macro avg", "weighted avg"):
        print(f"{key:15} f1 {summary[key]['f1-score']:.3f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "results" / "nlu_cv")
    args = parser.parse_args(argv)
    command = [
        sys.executable, "-m", "rasa", "test", "nlu", "--nlu", "data/nlu", "--config", "config.yml",
        "--cross-validation", "--folds", str(args.folds), "--out", str(args.out),
    ]
    print(f"NLU cross-validation, {args.folds} folds (takes a few minutes)...", flush=True)
    subprocess.run(command, cwd=PROJECT_ROOT, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    # Predictions of nlu_fallback (low confidence) count as misses here: Mend asks a
    # clarifying question instead of guessing, which this report scores as wrong.
    print_report(args.out / "intent_report.json")


if __name__ == "__main__":
    main()
