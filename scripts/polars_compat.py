"""Prints every table and analysis of the sample corpus as canonical JSON, so that the output
under two Python polars versions can be compared byte for byte (scripts/test-all.sh).

Also checks that frames made by this polars go into the analytics: a filtered LazyFrame, a
hand-built frame, and tables saved and read back."""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile

import polars as pl

import summitry


def dump(frame: pl.DataFrame) -> dict[str, object]:
    return {
        "schema": [[name, str(dtype)] for name, dtype in frame.schema.items()],
        "rows": [list(row) for row in frame.rows()],
    }


def main() -> None:
    extraction = summitry.Corpus.sample().extract(progress=False)
    meetings = extraction.meetings.lazy().filter(pl.col("kind") == "meeting")
    hand_built = pl.DataFrame(
        {
            "date": [dt.date(2023, 10, 17), dt.date(2024, 6, 20), None],
            "date_precision": ["day", "month", None],
            "status": ["occurred", "planned", "occurred"],
            "countries": [["VNM", "RUS"], ["RUS", "VNM", "CHN"], ["VNM"]],
            "participants": [["Vladimir Putin", "Vo Van Thuong"], ["To Lam", "Vladimir Putin"], []],
            "topics": [["energy"], ["energy", "trade"], []],
        }
    )
    rel = summitry.relationship(extraction, "VNM", "RUS")
    with tempfile.TemporaryDirectory() as saved:
        extraction.write(saved, format="csv")
        read_back = summitry.Extraction.read(saved)
    frames = {
        "documents": extraction.documents,
        "events": extraction.events,
        "meetings": extraction.meetings,
        "read_back_csv_meetings": read_back.meetings,
        "frequency_quarter_pair": summitry.meeting_frequency(meetings, every="1q", by="country_pair"),
        "frequency_6mo_participant_status": summitry.meeting_frequency(
            meetings, every="6mo", by=["participant", "status"]
        ),
        "frequency_hand_built_month": summitry.meeting_frequency(hand_built, every="month", by="office"),
        "topics_document": summitry.topic_frequency(extraction.meetings, every="1y", weight="document"),
        "topics_hand_built": summitry.topic_frequency(hand_built, every="1y", by="country_pair"),
        "cooccurrence": summitry.topic_cooccurrence(extraction.events),
        "intervals": summitry.meeting_intervals(meetings),
        "last_met": summitry.last_met(meetings, by="participant_pair"),
        "network": summitry.participant_network(meetings),
        "relationship_per_year": rel.per_year,
        "relationship_topics": rel.topics,
        "find_dates": summitry.find_dates("They met on Tuesday, June 18, 2024.", reference="2024-06-20"),
    }
    out = {"relationship": repr(rel), **{name: dump(frame) for name, frame in frames.items()}}
    json.dump(out, sys.stdout, default=str, sort_keys=True, indent=0)
    print()


if __name__ == "__main__":
    main()
