"""How well the rule-based language detectors (bot.language) do, `python -m bot.evaluation.language_skills`.

Prints precision / recall / F1 per horseman and their macro-F1, plus stance, question and speaker
accuracy, for each split:
- `held_out` (tests/data/language_skills_held_out.yml): 360 messages written fresh by someone who
  never saw the rules or the other sets. The honest figure; never tune on it, and its errors are
  not listed on purpose.
- `tune` and `retired` (tests/data/language_skills.yml): `retired` was the held-out half until
  it had been measured three times (macro-F1 0.876); it is now tuned on like `tune`.
- `dev` (tests/data/language_skills_dev.yml): an independent development set.
- `tune_2`, `tune_3` (tests/data/language_skills_tune_2.yml, _tune_3.yml): 320 messages each,
  written fresh by two more writers who never saw the rules (late-night chat style; reflective,
  subtle forms), for tuning.
- `validation` (tests/data/language_skills_validation.yml): 300 messages from a fifth writer,
  used only to decide whether the learned complement (bot.language.learned) is switched on and
  at which threshold; never tuned on, errors not listed.
- `held_out_2` (tests/data/language_skills_held_out_2.yml): a second held-out set of 360
  messages, written fresh by a third writer who never saw the rules or the other sets. Like
  `held_out`: never tuned on, errors never listed.
Then open/closed accuracy on real counsellors' questions (../shared/eval, AnnoMI: measured only,
none of its texts is used in rules or tests) with a confusion table and some misses, and the
time `analyse(doc)` takes per message on pre-made Docs.

`--misses tune|retired|dev|tune_2|tune_3` lists the errors on that split (for tuning). `--splits tune,dev`
limits which splits are scored, so tuning runs need not print the held-out figure at all;
`--no-annomi` / `--no-timing` skip the slower parts.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import Counter
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

import yaml

from bot.language import HORSEMEN, LanguageAnalysis, Span, analyse
from bot.paths import EVAL_DIR, PROJECT_ROOT, SPACY_MODEL_DIR

LABELLED = PROJECT_ROOT / "tests" / "data" / "language_skills.yml"
# An independent development set (text, horsemen, speaker), written apart from the labelled set.
DEV = PROJECT_ROOT / "tests" / "data" / "language_skills_dev.yml"
# The held-out set: written fresh by someone who never saw the rules; never tuned on.
HELD_OUT = PROJECT_ROOT / "tests" / "data" / "language_skills_held_out.yml"
# Splits kept in files of their own: name -> file
SPLIT_FILES = {
    "dev": DEV,
    "tune_2": PROJECT_ROOT / "tests" / "data" / "language_skills_tune_2.yml",
    "tune_3": PROJECT_ROOT / "tests" / "data" / "language_skills_tune_3.yml",
    "validation": PROJECT_ROOT / "tests" / "data" / "language_skills_validation.yml",
    "held_out": HELD_OUT,
    "held_out_2": PROJECT_ROOT / "tests" / "data" / "language_skills_held_out_2.yml",
}
HELD_OUT_SPLITS = ("validation", "held_out", "held_out_2")  # measured only: never tuned on, errors never listed
TUNABLE_SPLITS = ("tune", "retired", "dev", "tune_2", "tune_3")
ANNOMI = EVAL_DIR / "annomi_open_closed_questions.jsonl"
ANNOMI_LABELS = {"open_question": "open", "closed_question": "closed"}
SPLITS = ("tune", "retired")  # the `split` values inside language_skills.yml


def load_labelled(path: Path = LABELLED) -> List[dict]:
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return list(data["examples"] if isinstance(data, dict) else data)


def load_jsonl(path: Path) -> List[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_nlp():
    import spacy

    return spacy.load(SPACY_MODEL_DIR)


def prf(gold: Sequence[set], pred: Sequence[set], label: str) -> Tuple[float, float, float, int]:
    """Precision, recall, F1 and support for one label (message-level: any span counts)."""
    tp = sum(label in g and label in p for g, p in zip(gold, pred))
    fp = sum(label not in g and label in p for g, p in zip(gold, pred))
    fn = sum(label in g and label not in p for g, p in zip(gold, pred))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, tp + fn


def horsemen_scores(examples: Sequence[dict], results: Sequence[LanguageAnalysis]) -> Dict[str, Tuple[float, float, float, int]]:
    gold = [set(e.get("horsemen") or []) for e in examples]
    pred = [set(r.horsemen_labels) for r in results]
    return {label: prf(gold, pred, label) for label in HORSEMEN}


def macro_f1(scores: Dict[str, Tuple[float, float, float, int]]) -> float:
    return sum(s[2] for s in scores.values()) / len(scores)


def field_accuracy(examples: Sequence[dict], results: Sequence[LanguageAnalysis], field: str) -> float:
    pairs = [(e.get(field), getattr(r, field)) for e, r in zip(examples, results)]
    return sum(g == p for g, p in pairs) / len(pairs) if pairs else 0.0


def thought_feelings_scores(examples: Sequence[dict], results: Sequence[LanguageAnalysis]) -> Tuple[float, float]:
    gold = [set(e.get("thought_feelings") or []) for e in examples]
    pred = [{s.label for s in r.thought_feelings} for r in results]
    tp = sum(len(g & p) for g, p in zip(gold, pred))
    fp = sum(len(p - g) for g, p in zip(gold, pred))
    fn = sum(len(g - p) for g, p in zip(gold, pred))
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)


def split_report(name: str, examples: Sequence[dict], results: Sequence[LanguageAnalysis]) -> float:
    scores = horsemen_scores(examples, results)
    print(f"  {name} ({len(examples)} messages)")
    print(f"    {'label':15} {'P':>6} {'R':>6} {'F1':>6} {'n':>4}")
    for label, (p, r, f, n) in scores.items():
        print(f"    {label:15} {p:6.2f} {r:6.2f} {f:6.2f} {n:4d}")
    macro = macro_f1(scores)
    print(f"    {'macro-F1':15} {'':>6} {'':>6} {macro:6.3f}   (target >= 0.90 on fresh held-out text)")
    for field in ("stance", "question", "speaker"):
        if all(field in e for e in examples):
            print(f"    {field + ' accuracy':22} {field_accuracy(examples, results, field):.3f}")
    if all("thought_feelings" in e for e in examples):
        tp, tr = thought_feelings_scores(examples, results)
        print(f"    thought-feelings P/R     {tp:.2f} / {tr:.2f}")
    return macro


def learned_report(nlp, by_split: Dict[str, List[dict]], docs: Dict[str, list],
                   results: Dict[str, List[LanguageAnalysis]]) -> None:
    """Macro-F1 of the rules and of rules + the experimental learned complement's sure labels, per split."""
    import tempfile

    from bot.language import learned

    with tempfile.TemporaryDirectory() as folder:
        model = learned.build(Path(folder), nlp=nlp)
    print(f"\n  rules + learned complement (experiment, not used by the bot; p >= {model.threshold}):")
    for name, rows in by_split.items():
        union = [
            LanguageAnalysis(
                r.horsemen + tuple(
                    Span(label, doc.text, 0, len(doc.text), r.speaker)
                    for label in model.labels_for(learned.doc_inputs(doc))
                    if label not in r.horsemen_labels
                ),
                r.stance, r.question, r.thought_feelings, r.speaker,
            )
            for doc, r in zip(docs[name], results[name])
        ]
        rules_f1, union_f1 = macro_f1(horsemen_scores(rows, results[name])), macro_f1(horsemen_scores(rows, union))
        print(f"    {name:12} macro-F1 {rules_f1:.3f} -> {union_f1:.3f}")


def list_misses(examples: Sequence[dict], results: Sequence[LanguageAnalysis]) -> None:
    for e, r in zip(examples, results):
        gold_h = set(e.get("horsemen") or [])
        problems = []
        if gold_h != set(r.horsemen_labels):
            problems.append(f"horsemen gold={sorted(gold_h)} got={[(s.label, s.text) for s in r.horsemen]}")
        for field in ("stance", "question", "speaker"):
            if field in e and e.get(field) != getattr(r, field):
                problems.append(f"{field} gold={e.get(field)} got={getattr(r, field)}")
        gold_tf = set(e.get("thought_feelings") or [])
        if "thought_feelings" in e and gold_tf != {s.label for s in r.thought_feelings}:
            problems.append(f"tf gold={sorted(gold_tf)} got={[s.label for s in r.thought_feelings]}")
        if problems:
            print(f"    - {e['text'][:150]!r}")
            for problem in problems:
                print(f"        {problem}")


def annomi_report(nlp, show: int = 10) -> Optional[float]:
    if not ANNOMI.exists():
        print(f"AnnoMI: {ANNOMI} not found, skipped")
        return None
    rows = load_jsonl(ANNOMI)
    confusion: Counter = Counter()
    misses: List[Tuple[str, str, str]] = []
    for row in rows:
        gold = ANNOMI_LABELS[row["label"]]
        got = analyse(nlp(row["text"])).question or "none"
        confusion[(gold, got)] += 1
        if got != gold:
            misses.append((gold, got, row["text"]))
    accuracy = sum(n for (g, p), n in confusion.items() if g == p) / len(rows)
    print(f"AnnoMI open/closed questions ({len(rows)} rows, {ANNOMI.name}): accuracy {accuracy:.3f} (target >= 0.80)")
    print("    gold / predicted     open  closed   none")
    for gold in ("open", "closed"):
        print(f"    {gold:18} {confusion[(gold, 'open')]:6d} {confusion[(gold, 'closed')]:7d} {confusion[(gold, 'none')]:6d}")
    for gold, got, text in misses[:show]:
        print(f"    miss: gold={gold} got={got}: {text[:110]}")
    if len(misses) > show:
        print(f"    ... and {len(misses) - show} more")
    return accuracy


def timing_report(nlp, texts: Iterable[str], repeats: int = 3) -> Tuple[float, float]:
    docs = [nlp(t) for t in texts]
    for doc in docs[:20]:  # warm the matcher cache
        analyse(doc)
    samples: List[float] = []
    for _ in range(repeats):
        for doc in docs:
            start = time.perf_counter()
            analyse(doc)
            samples.append((time.perf_counter() - start) * 1e6)
    samples.sort()
    median = statistics.median(samples)
    p95 = samples[int(0.95 * (len(samples) - 1))]
    print(f"analyse(doc) on {len(docs)} pre-made Docs x{repeats}: median {median:.0f} us, p95 {p95:.0f} us per message (target median <= 1000 us)")
    return median, p95


def main(argv: Optional[Sequence[str]] = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--misses",
        choices=TUNABLE_SPLITS,
        help="list the errors on a tuning split (retired is the old held-out half, now tuned on); "
        "never on a held-out split",
    )
    parser.add_argument(
        "--splits",
        default=",".join(TUNABLE_SPLITS + HELD_OUT_SPLITS),
        help=f"comma-separated splits to score ({', '.join(TUNABLE_SPLITS + HELD_OUT_SPLITS)})",
    )
    parser.add_argument("--learned", action="store_true",
                        help="also fit the experimental learned complement (bot.language.learned, not used by the "
                        "bot) on the tuning sets and score rules + its sure labels")
    parser.add_argument("--no-annomi", action="store_true", help="skip the AnnoMI question accuracy")
    parser.add_argument("--no-timing", action="store_true", help="skip the timing")
    args = parser.parse_args(argv)
    wanted = [name.strip() for name in args.splits.split(",") if name.strip()]
    if args.misses and args.misses not in wanted:
        wanted.append(args.misses)
    nlp = load_nlp()
    examples = load_labelled()
    print(f"Language skills on {LABELLED.relative_to(PROJECT_ROOT)} ({len(examples)} messages)")
    by_split = {name: [e for e in examples if e.get("split") == name] for name in SPLITS if name in wanted}
    for name, path in SPLIT_FILES.items():
        if name in wanted and path.exists():
            by_split[name] = load_labelled(path)
    docs = {name: [nlp(e["text"]) for e in rows] for name, rows in by_split.items()}
    results = {name: [analyse(doc) for doc in split_docs] for name, split_docs in docs.items()}
    for name in by_split:
        split_report(name, by_split[name], results[name])
    if args.learned:
        learned_report(nlp, by_split, docs, results)
    if args.misses and args.misses in by_split:
        print(f"  misses on {args.misses}:")
        list_misses(by_split[args.misses], results[args.misses])
    texts = [e["text"] for e in examples]
    if not args.no_annomi:
        print()
        annomi_report(nlp)
    if not args.no_timing:
        print()
        if ANNOMI.exists():
            texts += [row["text"] for row in load_jsonl(ANNOMI)]
        timing_report(nlp, texts)


if __name__ == "__main__":
    main()
