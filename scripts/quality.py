#!/usr/bin/env python3
"""Accuracy figures on ../shared and on our own gold corpora, checked against floors: the issue
targets where they are met, and today's level where they are not yet (so that a change that loses
ground fails).

    python3 scripts/quality.py [--summitry PATH]     # PATH: the built `summitry` binary

Prints every figure it checks. Skips (exit 0) when ../shared is absent. Standard library only.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

# (corpus, level) -> floor. Targets of issues 4 and 5: seeds full >= 0.95; dev who >= 0.90,
# when >= 0.85, full >= 0.75, topics >= 0.80; raised since to a little under what the code
# reaches, so that a regression shows (session 5 end: dev who 0.993, when 0.992, full 0.983,
# topics 0.938; sample who 0.991, when 0.991, full 0.978, topics 0.937).
EVENT_FLOORS = {
    ("seeds", "who"): 0.95, ("seeds", "when"): 0.95, ("seeds", "full"): 0.95,
    ("dev", "who"): 0.97, ("dev", "when"): 0.97, ("dev", "full"): 0.95, ("dev", "topics"): 0.92,
    ("sample", "who"): 0.97, ("sample", "when"): 0.97, ("sample", "full"): 0.95, ("sample", "topics"): 0.92,
    # Our held-out articles (tests/heldout), scored blind set by set in sessions 6 to 8, then used
    # to find phenomena; session 7 end (59 articles): who 0.920, when 0.889, full 0.825, topics
    # 0.836; session 8 end (83 articles, with the harder sets p and q): who 0.890, when 0.852,
    # full 0.784, topics 0.826; session 9 end (107 articles, with sets r and s): who 0.891, when
    # 0.861, full 0.798, topics 0.815; session 10 end (143 articles, with sets t, u and v): who
    # 0.897, when 0.867, full 0.814, topics 0.813.
    ("heldout", "who"): 0.88, ("heldout", "when"): 0.85, ("heldout", "full"): 0.79, ("heldout", "topics"): 0.80,
}
# TempEval-3 train (TE3 value F1, in %): targets 85 overall and 88 for DATE, not reached (the
# audit in docs/tempeval_audit.tsv puts the DATE ceiling under 88); these floors are today's
# level less a little (session 11 end: 83.99 / 84.93), relaxed span is the target itself.
TEMPEVAL_FLOORS = {("ALL", "value"): 83.7, ("DATE", "value"): 84.6, ("ALL", "relaxed"): 92.0}
# Our own news texts annotated with TIMEX3 (tests/timex_heldout), scored with the same scorer:
# sets w1 and w2 blind at e1b2446 value F1 88.07 (ALL) / 89.88 (DATE), w3 and w4 blind at 9304813
# 86.69 / 88.21; then used to find phenomena. All four at session 11 end: 91.17 / 92.47.
TIMEX_HELDOUT_FLOORS = {("ALL", "value"): 90.5, ("DATE", "value"): 91.8, ("ALL", "relaxed"): 97.0}


def run(args):
    return subprocess.run(args, check=True, capture_output=True, text=True)


def event_scores(summitry, corpus, gold, tmp):
    """score_events.py's report for one corpus (the sample's texts are bundled, its gold in tests/)."""
    events, docs = tmp / f"{corpus}.events.jsonl", tmp / f"{corpus}.docs.jsonl"
    texts = ROOT / "crates/summitry-core/data/sample" if corpus == "sample" else gold  # the others hold texts and gold together
    events.write_text(run([summitry, "events", str(texts), "--jsonl", "--documents", str(docs)]).stdout, encoding="utf-8")
    report = tmp / f"{corpus}.report.json"
    run([sys.executable, str(SHARED / "eval/score_events.py"), str(gold), str(events), "--documents", str(docs), "--json", str(report)])
    return json.loads(report.read_text(encoding="utf-8"))


def tempeval_scores(summitry, gold, tmp):
    """TE3 scores of `summitry timex` on a gold file of {doc_id, dct, text, timexes} lines."""
    out = tmp / f"{gold.stem}.timex.jsonl"
    out.write_text(run([summitry, "timex", str(gold)]).stdout, encoding="utf-8")
    table = run([sys.executable, str(SHARED / "tempeval3/score.py"), str(gold), str(out)]).stdout
    scores = {}
    for line in table.splitlines():
        cells = line.split()
        if cells and cells[0] in ("ALL", "DATE", "TIME", "DURATION", "SET") and len(cells) >= 15:
            # subset gold sys | strict P R F1 | relaxed P R F1 | value acc P R F1 | type acc F1
            numbers = [float(c) for c in cells[1:] if c != "|"]
            scores[cells[0]] = {"strict": numbers[4], "relaxed": numbers[7], "value": numbers[11], "type": numbers[13]}
    return scores


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    parser.add_argument("--summitry", default=str(target / "release/summitry"))
    args = parser.parse_args()
    if not (SHARED / "corpus/seeds").is_dir():
        print(f"quality: {SHARED} not found, skipped")
        return 0
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        golds = {"seeds": SHARED / "corpus/seeds", "dev": SHARED / "corpus/dev", "sample": ROOT / "tests/sample_gold", "heldout": ROOT / "tests/heldout"}
        for corpus, gold in golds.items():
            report = event_scores(args.summitry, corpus, gold, tmp)
            line = []
            for level in ("who", "when", "full", "topics"):
                f1 = report[level]["f1"]
                floor = EVENT_FLOORS.get((corpus, level))
                line.append(f"{level} {f1:.3f}" + (f" (floor {floor:.2f})" if floor else ""))
                if floor is not None and f1 + 1e-9 < floor:
                    failures.append(f"{corpus} {level} {f1:.3f} < {floor:.2f}")
            kinds = report["when"].get("by_kind", {})
            line.append("when by kind: " + ", ".join(f"{k} {v['f1']:.3f} (gold {v['gold']})" for k, v in kinds.items()))
            print(f"{corpus:7s}", "; ".join(line))
        ours = tmp / "timex_heldout.jsonl"
        ours.write_text("".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/timex_heldout").glob("*.jsonl"))), encoding="utf-8")
        for name, gold, floors in (("tempeval", SHARED / "tempeval3/train.jsonl", TEMPEVAL_FLOORS), ("timex-heldout", ours, TIMEX_HELDOUT_FLOORS)):
            scores = tempeval_scores(args.summitry, gold, tmp)
            for subset, values in scores.items():
                print(f"{name} {subset:8s}", "  ".join(f"{k} {v:.2f}" for k, v in values.items()))
            for (subset, measure), floor in floors.items():
                value = scores.get(subset, {}).get(measure, 0.0)
                if value < floor:
                    failures.append(f"{name} {subset} {measure} {value:.2f} < {floor:.2f}")
    for failure in failures:
        print("BELOW FLOOR:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
