"""How well the language detectors (bot.language) do, `python -m bot.evaluation.language_skills`.

Prints precision / recall / F1 per horseman and their macro-F1 for the bot's reading (the rules
plus the learned complement, bot.language.complement), the rules alone beside it, and stance,
question and speaker accuracy, for each labelled set (bot.language.labelled_sets):
- tuning sets, which the rules were tuned on and the learned model is fitted on (marked *):
  `tune` and `retired` (language_skills.yml), `dev`, `tune_2` ... `tune_32` (each a writer
  with a brief of their own: chat style, phone typing, hard negatives, many Englishes, stories,
  pasted exchanges, behaviour described, indirect forms, self-reports, long and short messages,
  replies mid-chat, life situations, first messages, humour, ages; labelled_sets lists them);
- evaluation-only sets, each written fresh by someone who never saw the rules or the other
  sets; never tuned on, their errors never listed: `validation` (decided the learned
  complement's threshold), `held_out`, `held_out_2` ... `held_out_5`. These are the
  honest figures.
Then open/closed accuracy on real counsellors' questions (../shared/eval, AnnoMI: measured only,
none of its texts is used in rules or tests) with a confusion table and some misses, and the
time `analyse(doc)` takes per message on pre-made Docs, with and without the complement.

`--misses SPLIT` lists the errors on a tuning split. `--rules-only` scores the rules alone (for
tuning them). `--splits tune,dev` limits which splits are scored, so tuning runs need not print
the held-out figures at all; `--no-annomi` / `--no-timing` skip the slower parts.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import Counter
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

import yaml

from bot.language import HORSEMEN, LanguageAnalysis, analyse
from bot.language.labelled_sets import HELD_OUT_SPLITS, MAIN_FILE, MAIN_SPLITS, SPLIT_FILES, TUNABLE_SPLITS, tuning_files
from bot.language.learned import HorsemenModel
from bot.paths import EVAL_DIR, PROJECT_ROOT, SPACY_MODEL_DIR

LABELLED = MAIN_FILE
ANNOMI = EVAL_DIR / "annomi_open_closed_questions.jsonl"
ANNOMI_LABELS = {"open_question": "open", "closed_question": "closed"}
SPLITS = MAIN_SPLITS  # the `split` values inside language_skills.yml


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


def timing_report(docs: Sequence, model: Optional["HorsemenModel"], repeats: int = 3) -> Tuple[float, float]:
    """Time of `analyse(doc, model)` per message on pre-made Docs (what the Rasa component adds)."""
    for doc in docs[:20]:  # warm the matcher cache
        analyse(doc, model)
    samples: List[float] = []
    for _ in range(repeats):
        for doc in docs:
            start = time.perf_counter()
            analyse(doc, model)
            samples.append((time.perf_counter() - start) * 1e6)
    samples.sort()
    median = statistics.median(samples)
    p95 = samples[int(0.95 * (len(samples) - 1))]
    what = "rules + learned complement" if model is not None else "rules alone"
    print(f"analyse(doc) {what}, {len(docs)} pre-made Docs x{repeats}: median {median:.0f} us, p95 {p95:.0f} us "
          f"per message (target median <= 1000 us)")
    return median, p95


def load_model() -> "HorsemenModel":
    """The learned complement `make` built (build/horsemen_model), else one built now in a
    temporary folder from the same tuning sets."""
    from bot.language.learned import build, load_built

    try:
        return load_built()
    except FileNotFoundError:
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            return build(Path(folder))


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
    parser.add_argument("--rules-only", action="store_true",
                        help="score the rules alone (for tuning them), not the bot's reading with the learned complement")
    parser.add_argument("--no-annomi", action="store_true", help="skip the AnnoMI question accuracy")
    parser.add_argument("--no-timing", action="store_true", help="skip the timing")
    args = parser.parse_args(argv)
    wanted = [name.strip() for name in args.splits.split(",") if name.strip()]
    if args.misses and args.misses not in wanted:
        wanted.append(args.misses)
    nlp = load_nlp()
    model = None if args.rules_only else load_model()
    examples = load_labelled()
    print(f"Language skills on {LABELLED.relative_to(PROJECT_ROOT)} ({len(examples)} messages)")
    if model is not None:
        print(f"The bot's reading: rules + learned complement (p >= {model.threshold}, vetoed by the rules' healthy "
              f"readings); 'rules alone' for comparison. Splits marked * are in the learned model's training data.")
    by_split = {name: [e for e in examples if e.get("split") == name] for name in SPLITS if name in wanted}
    for name, path in SPLIT_FILES.items():
        if name in wanted and path.exists():
            by_split[name] = load_labelled(path)
    trained_on = {p.resolve() for p in tuning_files()}
    docs = {name: [nlp(e["text"]) for e in rows] for name, rows in by_split.items()}
    rules = {name: [analyse(doc) for doc in split_docs] for name, split_docs in docs.items()}
    results = rules if model is None else {name: [analyse(doc, model) for doc in split_docs] for name, split_docs in docs.items()}
    for name in by_split:
        path = SPLIT_FILES.get(name, LABELLED)
        mark = "*" if model is not None and path.resolve() in trained_on else ""
        split_report(name + mark, by_split[name], results[name])
        if model is not None:
            print(f"    {'rules alone':15} {'':>6} {'':>6} {macro_f1(horsemen_scores(by_split[name], rules[name])):6.3f}")
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
        timed = [nlp(t) for t in texts]
        if model is not None:
            timing_report(timed, None)
        timing_report(timed, model)


if __name__ == "__main__":
    main()
