#!/usr/bin/env python3
"""How consistent the TempEval-3 training gold is with itself, where TIMEX3 makes the value a
function of the document creation time (DCT) alone: "last week", "a year ago", "the quarter",
"this week", ... Each gold value is rewritten relative to its document's DCT ("W-1": the week
before the DCT's; "Q-5": five quarters back; "Y+0-WXX": this year, week unknown), and expressions
are grouped by their lower-cased text. A system that reads the same words against the same DCT
the same way can agree with at most the most common form of each group.

    python3 scripts/tempeval_consistency.py [TRAIN.jsonl]    # default ../shared/tempeval3/train.jsonl

Standard library only. Prints the groups with the most disagreement and the total.
"""
import collections
import datetime
import json
import re
import sys
from pathlib import Path

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "tempeval3" / "train.jsonl"

# Expressions whose value the DCT alone decides (with "the quarter": the one reported on).
DCT_ONLY = re.compile(
    r"^(today|yesterday|tomorrow|tonight|now|currently|(last|this|next) (week|month|year|quarter)"
    r"|(a|one|two|three|six) (days|weeks|months|years) ago|a year (ago|earlier)"
    r"|the (quarter|year|latest period|latest quarter)|year-(ago|earlier))$"
)


def relative(value, dct):
    """The value as an offset from the DCT in its own unit, or unchanged when it has no date."""
    day = datetime.date.fromisoformat(dct[:10])
    iso_year, iso_week, _ = day.isocalendar()
    if m := re.fullmatch(r"(\d{4})", value):
        return "Y%+d" % (int(m[1]) - day.year)
    if m := re.fullmatch(r"(\d{4})-(\d\d)", value):
        return "M%+d" % ((int(m[1]) - day.year) * 12 + int(m[2]) - day.month)
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", value):
        try:
            return "D%+d" % (datetime.date(int(m[1]), int(m[2]), int(m[3])) - day).days
        except ValueError:
            return value
    if m := re.fullmatch(r"(\d{4})-W(\d\d?)", value):
        return "W%+d" % ((int(m[1]) - iso_year) * 52 + int(m[2]) - iso_week)
    if m := re.fullmatch(r"(\d{4})-Q(\d)", value):
        return "Q%+d" % ((int(m[1]) - day.year) * 4 + int(m[2]) - (day.month - 1) // 3 - 1)
    if m := re.fullmatch(r"(\d{4})-(.*)", value):
        return "Y%+d-%s" % (int(m[1]) - day.year, re.sub(r"\d", "9", m[2]))
    return value


def main():
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not path.exists():
        sys.exit(f"{path}: not found (give the TempEval-3 train.jsonl)")
    groups = collections.defaultdict(collections.Counter)
    with open(path, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            for timex in doc["timexes"]:
                text = timex["text"].lower().strip(" .,")
                if DCT_ONLY.match(text):
                    groups[text][relative(timex["value"], doc["dct"])] += 1
    rows = []
    for text, forms in groups.items():
        n = sum(forms.values())
        rows.append((n - forms.most_common(1)[0][1], n, text, forms.most_common(4)))
    for disagree, n, text, forms in sorted(rows, reverse=True)[:12]:
        print(f"{disagree:3d} of {n:3d} disagree  {text:18s} {forms}")
    total = sum(r[1] for r in rows)
    disagree = sum(r[0] for r in rows)
    print(f"{total} gold timexes whose value the DCT decides; {disagree} ({100 * disagree / total:.1f}%) "
          f"disagree with the most common reading of the same words")


if __name__ == "__main__":
    main()
