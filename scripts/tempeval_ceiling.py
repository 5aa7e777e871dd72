#!/usr/bin/env python3
"""How far value F1 on TempEval-3 train can rise by fixing the date engine alone.

Runs the TempEval-3 scorer on a system output, takes its value errors (wrong values, misses,
false positives) and looks each one up in the audit of docs/tempeval_audit.tsv, where every
error of an earlier run was read against its text and DCT and given a verdict. The ceiling is
the value F1 reached if every error not laid on the gold (GOLD_FORMAT, GOLD_WRONG,
GOLD_INCONSISTENT) were fixed: errors the audit blames on the system, equivalent or ambiguous
values, and errors the audit has not seen (new since) all count as fixable.

    python3 scripts/tempeval_ceiling.py SYSTEM.jsonl [TRAIN.jsonl]

Standard library only; TRAIN defaults to ../shared/tempeval3/train.jsonl next to the repository.
"""
import collections
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TRAIN = ROOT.parent / "shared" / "tempeval3" / "train.jsonl"
AUDIT = ROOT / "docs" / "tempeval_audit.tsv"
GOLD_SIDE = {"GOLD_FORMAT", "GOLD_WRONG", "GOLD_INCONSISTENT"}

# "DOC PAIR (value ...) gold 'TEXT' [S:E] TYPE VALUE | sys 'TEXT' [S:E] TYPE VALUE", "DOC MISS gold ...", "DOC FP  | sys ..."
ERROR = re.compile(r"^(\S+) (PAIR \(([^)]*)\)|MISS|FP)")
SIDE = re.compile(r"""(gold|sys) (?:'.*?'|".*?") \[(\d+):(\d+)\] (\w+) (\S+)""")


def value_errors(train, system):
    """The scorer's errors that cost value F1, as (doc, kind, offset, gold type, system type)."""
    scorer = Path(train).parent / "score.py"
    run = subprocess.run([sys.executable, str(scorer), str(train), str(system), "--errors"], capture_output=True, text=True, check=True)
    totals = {}
    for line in run.stdout.splitlines():
        fields = line.split()
        if fields and fields[0] in ("ALL", "DATE"):
            totals[fields[0]] = (int(fields[1]), int(fields[2]), float(fields[-4]))
    errors = []
    for line in run.stderr.splitlines():
        m = ERROR.match(line)
        if not m:
            continue
        kind = m[2].split()[0]
        if kind == "PAIR" and "value" not in m[3]:
            continue  # a span or type difference alone does not cost value F1
        sides = {s[0]: s for s in SIDE.findall(line)}
        offset = int((sides.get("gold") or sides["sys"])[1])
        gold_type = sides["gold"][3] if "gold" in sides else None
        system_type = sides["sys"][3] if "sys" in sides else None
        errors.append((m[1], kind, offset, gold_type, system_type))
    return totals, errors


def read_audit():
    verdicts = {}
    for line in AUDIT.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        doc, kind, offset, verdict, _reason = line.split("\t")
        verdicts[(doc, kind, int(offset))] = verdict
    return verdicts


def ceiling(subset, totals, errors, verdicts):
    """Value F1 of `subset` with every error not laid on the gold fixed."""
    gold, system, f1 = totals[subset]
    correct = f1 / 100 * (gold + system) / 2
    for doc, kind, offset, gold_type, system_type in errors:
        if verdicts.get((doc, kind, offset)) in GOLD_SIDE:
            continue
        in_gold = subset == "ALL" or gold_type == subset
        in_system = subset == "ALL" or system_type == subset
        # Fixed, the system has the gold's expression, type and value.
        if kind in ("PAIR", "MISS") and in_gold:
            correct += 1
        system += (1 if in_gold else 0) - (1 if in_system else 0)
    return 200 * correct / (gold + system)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    train = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_TRAIN
    if not train.exists():
        sys.exit(f"{train}: not found (give the TempEval-3 train.jsonl)")
    totals, errors = value_errors(train, sys.argv[1])
    verdicts = read_audit()
    counts = collections.Counter(verdicts.get((d, k, o), "not audited") for d, k, o, _, _ in errors)
    print(f"{len(errors)} value errors:", ", ".join(f"{v} {n}" for v, n in counts.most_common()))
    for subset in ("ALL", "DATE"):
        print(f"{subset:5s} value F1 {totals[subset][2]:.2f}; with every error not laid on the gold fixed: {ceiling(subset, totals, errors, verdicts):.2f}")


if __name__ == "__main__":
    main()
