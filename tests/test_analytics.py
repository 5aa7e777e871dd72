"""meeting_frequency and find_dates: numbers checked on hand-built inputs."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

import summitry


def meetings() -> pl.DataFrame:
    d = dt.date
    return pl.DataFrame(
        {
            "date": [d(2023, 10, 17), d(2024, 6, 20), d(2024, 10, 24), d(2024, 10, 2), None],
            "status": ["occurred", "occurred", "planned", "occurred", "occurred"],
            "participants": [
                ["Vladimir Putin", "Vo Van Thuong"],
                ["Pham Minh Chinh", "Vladimir Putin"],
                ["Vladimir Putin", "Pham Minh Chinh"],
                ["Xi Jinping", "Vladimir Putin"],
                ["Pham Minh Chinh", "Vladimir Putin"],
            ],
            "countries": [["VNM", "RUS"], ["RUS", "VNM"], ["VNM", "RUS"], ["CHN", "RUS", "VNM"], ["VNM", "RUS"]],
        },
        schema_overrides={"date": pl.Date},
    )


@pytest.mark.parametrize("every", ["year", "1y"])
def test_per_year(every: str) -> None:
    counts = summitry.meeting_frequency(meetings(), every=every)
    assert counts.columns == ["period", "n_meetings", "n_occurred", "n_planned"]
    assert counts["period"].dtype == pl.Date
    assert counts.rows() == [(dt.date(2023, 1, 1), 1, 1, 0), (dt.date(2024, 1, 1), 3, 2, 1)]


def test_per_quarter_fills_empty_quarters_with_zero() -> None:
    counts = summitry.meeting_frequency(meetings(), every="1q")
    assert counts["period"].to_list() == [
        dt.date(2023, 10, 1), dt.date(2024, 1, 1), dt.date(2024, 4, 1), dt.date(2024, 7, 1), dt.date(2024, 10, 1)
    ]
    assert counts["n_meetings"].to_list() == [1, 0, 1, 0, 2]


def test_per_month_and_country_pair() -> None:
    counts = summitry.meeting_frequency(meetings(), every="month", by="country_pair")
    assert counts.height == 13 * 3
    totals = counts.group_by("country_pair").agg(pl.col("n_meetings").sum()).sort("country_pair")
    assert totals.rows() == [("CHN-RUS", 1), ("CHN-VNM", 1), ("RUS-VNM", 4)]


def test_by_participants() -> None:
    counts = summitry.meeting_frequency(meetings(), every="1y", by="participants")
    row = counts.filter(
        (pl.col("period") == dt.date(2024, 1, 1)) & (pl.col("participants") == "Pham Minh Chinh, Vladimir Putin")
    )
    assert row.select("n_meetings", "n_occurred", "n_planned").rows() == [(2, 1, 1)]


def test_find_dates_returns_a_typed_table() -> None:
    text = "Phạm Minh Chính arrived on June 19, 2024, and met Putin on Thursday."
    dates = summitry.find_dates(text, reference=dt.date(2024, 6, 20))
    assert dates.columns == ["start", "end", "text", "type", "value", "date", "precision"]
    assert dates.schema["date"] == pl.Date
    assert dates.schema["start"] == pl.Int64
    # Offsets are Python string offsets, whatever the engine finds.
    for row in dates.iter_rows(named=True):
        assert text[row["start"] : row["end"]] == row["text"]


def test_a_year_date_counts_by_year_not_by_month() -> None:
    frame = pl.DataFrame(
        {
            "date": [dt.date(2014, 1, 1), dt.date(2014, 6, 1), dt.date(2014, 6, 20)],
            "date_precision": ["year", "month", "day"],
            "status": ["occurred"] * 3,
        }
    )
    assert summitry.meeting_frequency(frame, every="1y")["n_meetings"].to_list() == [3]
    per_month = summitry.meeting_frequency(frame, every="month")
    assert per_month.rows() == [(dt.date(2014, 6, 1), 2, 2, 0)]
    assert summitry.meeting_frequency(frame, every="1w")["n_meetings"].sum() == 1


def test_six_months_and_several_groupings() -> None:
    halves = summitry.meeting_frequency(meetings(), every="6mo")
    assert halves.rows() == [
        (dt.date(2023, 7, 1), 1, 1, 0), (dt.date(2024, 1, 1), 1, 1, 0), (dt.date(2024, 7, 1), 2, 1, 1)
    ]
    counts = summitry.meeting_frequency(meetings().lazy(), every="year", by=["participant", "status"])
    assert counts.columns == ["period", "participant", "status", "n_meetings", "n_occurred", "n_planned"]
    putin_2024 = counts.filter((pl.col("participant") == "Vladimir Putin") & (pl.col("period").dt.year() == 2024))
    assert putin_2024.select("status", "n_meetings").rows() == [("occurred", 2), ("planned", 1)]


def test_host_and_office() -> None:
    frame = meetings().with_columns(location_country=pl.Series(["CHN", "VNM", "RUS", "CHN", None]))
    hosts = summitry.meeting_frequency(frame, every="year", by="host")
    totals = dict(hosts.group_by("host").agg(pl.col("n_meetings").sum()).iter_rows())
    # The meeting in China was a third country for VNM-RUS but the host side for CHN-RUS-VNM.
    assert totals == {"third country": 1, "VNM": 1, "RUS": 1, "CHN": 1}
    offices = summitry.meeting_frequency(frame, every="year", by="office")
    in_2023 = offices.filter((pl.col("period").dt.year() == 2023) & (pl.col("n_meetings") > 0))
    assert in_2023["office"].to_list() == ["RUS president", "VNM president"]


def topical() -> pl.DataFrame:
    d = dt.date
    return pl.DataFrame(
        {
            "date": [d(2022, 3, 1), d(2022, 9, 1), d(2024, 1, 5), d(2024, 2, 1), None],
            "date_precision": ["day", "day", "day", "year", "day"],
            "topics": [["energy", "trade"], ["energy"], ["trade", "energy", "defence"], ["trade"], ["trade"]],
            "doc_ids": [["a", "b"], ["a"], ["c"], ["d"], ["e"]],
            "countries": [["VNM", "RUS"], ["VNM", "RUS"], ["VNM", "CHN"], ["VNM", "RUS"], ["VNM", "RUS"]],
        }
    )


def test_topic_frequency_by_event_and_document() -> None:
    by_event = summitry.topic_frequency(topical(), every="year")
    assert by_event.columns == ["period", "topic", "n", "n_total", "share"]
    rows = {(p.year, t): (n, total, share) for p, t, n, total, share in by_event.iter_rows()}
    assert rows[(2022, "energy")] == (2, 2, 1.0)
    assert rows[(2022, "trade")] == (1, 2, 0.5)
    assert rows[(2023, "trade")] == (0, 0, None)
    assert rows[(2024, "defence")] == (1, 2, 0.5)
    assert len(rows) == 9
    by_document = summitry.topic_frequency(topical(), every="1y", weight="document")
    docs = {(p.year, t): (n, total) for p, t, n, total, _ in by_document.iter_rows()}
    # 2022: documents a and b; a reports both rows but counts once.
    assert docs[(2022, "trade")] == (2, 2)
    assert docs[(2022, "energy")] == (2, 2)
    by_pair = summitry.topic_frequency(topical(), every="quarter", by="country_pair")
    trade = by_pair.filter((pl.col("topic") == "trade") & (pl.col("period") == dt.date(2024, 1, 1)))
    assert trade.select("country_pair", "n").rows() == [("CHN-VNM", 1), ("RUS-VNM", 0)]


def test_topic_cooccurrence() -> None:
    pairs = summitry.topic_cooccurrence(topical())
    assert pairs.rows() == [("energy", "trade", 2, 3, 4), ("defence", "energy", 1, 1, 3), ("defence", "trade", 1, 1, 4)]


def pairs_frame() -> pl.DataFrame:
    d = dt.date
    return pl.DataFrame(
        {
            "kind": ["meeting", "meeting", "meeting", "meeting", "meeting", "meeting"],
            "date": [d(2014, 1, 1), d(2018, 9, 6), d(2024, 6, 20), d(2024, 6, 20), None, d(2023, 1, 2)],
            "date_precision": ["year", "day", "day", "day", None, "day"],
            "status": ["occurred"] * 6,
            "countries": [["VNM", "RUS"]] * 5 + [["VNM", "CHN"]],
            "participants": [
                ["Nguyen Phu Trong", "Vladimir Putin"],
                ["Vladimir Putin", "Nguyen Phu Trong"],
                ["Vladimir Putin", "Nguyen Phu Trong"],
                ["Vladimir Putin", "To Lam"],
                ["Vladimir Putin", "To Lam"],
                ["Xi Jinping", "Nguyen Phu Trong"],
            ],
            "topics": [["energy"], [], ["trade"], ["energy", "trade"], [], ["trade"]],
        }
    )


def test_meeting_intervals() -> None:
    gaps = summitry.meeting_intervals(pairs_frame())
    assert gaps.filter(pl.col("country_pair") == "RUS-VNM").select("date", "n_meetings", "days", "approximate").rows() == [
        (dt.date(2014, 1, 1), 1, None, True),
        (dt.date(2018, 9, 6), 1, 1709, True),
        (dt.date(2024, 6, 20), 2, 2114, False),
    ]
    overall = summitry.meeting_intervals(pairs_frame(), by=None)
    assert overall["days"].to_list() == [None, 1709, 1579, 535]


def test_last_met_and_network() -> None:
    last = summitry.last_met(pairs_frame(), by="participant_pair")
    assert last.rows() == [
        ("Nguyen Phu Trong & Vladimir Putin", 3, 3, dt.date(2014, 1, 1), dt.date(2024, 6, 20)),
        ("To Lam & Vladimir Putin", 2, 1, dt.date(2024, 6, 20), dt.date(2024, 6, 20)),
        ("Nguyen Phu Trong & Xi Jinping", 1, 1, dt.date(2023, 1, 2), dt.date(2023, 1, 2)),
    ]
    edges = summitry.participant_network(pairs_frame())
    assert edges.columns == ["a", "b", "n_meetings", "first", "last", "country_a", "country_b"]
    assert edges.select("a", "b", "n_meetings", "country_a", "country_b").rows() == [
        ("Nguyen Phu Trong", "Vladimir Putin", 3, "VNM", "RUS"),
        ("To Lam", "Vladimir Putin", 2, "VNM", "RUS"),
        ("Nguyen Phu Trong", "Xi Jinping", 1, "VNM", "CHN"),
    ]


def test_relationship_summary() -> None:
    rel = summitry.relationship(pairs_frame(), "VNM", "RUS")
    assert repr(rel) == (
        "Relationship(VNM–RUS: 5 rows (5 meeting), dated 2014–2024; 3 participants, 2 pairs, 2 topics)"
    )
    assert rel.meetings.height == 5
    assert rel.participants.select("participant", "n_meetings").rows() == [
        ("Vladimir Putin", 5), ("Nguyen Phu Trong", 3), ("To Lam", 2)
    ]
    # 2014 to 2024, one kind.
    assert rel.per_year.height == 11
    assert rel.per_year["n_meetings"].sum() == 4
    assert rel.topics.filter(pl.col("n") > 0).select(pl.col("period").dt.year(), "topic", "n").rows() == [
        (2014, "energy", 1), (2024, "energy", 1), (2024, "trade", 2)
    ]
    assert summitry.relationship(pairs_frame(), "VNM", "RUS", kinds=["call"]).meetings.height == 0


def test_bad_arguments_raise_argument_error() -> None:
    with pytest.raises(summitry.ArgumentError, match="unknown period"):
        summitry.meeting_frequency(meetings(), every="1h")
    with pytest.raises(summitry.ArgumentError, match="unknown grouping"):
        summitry.meeting_frequency(meetings(), by=["country_pair", "colour"])
    with pytest.raises(summitry.ArgumentError, match="topics"):
        summitry.topic_frequency(meetings())
    with pytest.raises(summitry.ArgumentError, match="unknown weight"):
        summitry.topic_frequency(topical(), weight="words")
    with pytest.raises(summitry.ArgumentError, match="expected a polars.DataFrame"):
        summitry.last_met([1, 2, 3])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("every", "step", "coarsest"),
    [("10d", dt.timedelta(days=10), "day"), ("2w", dt.timedelta(weeks=2), "day"),
     ("6mo", None, "month"), ("2y", None, "year")],
)
def test_periods_tile_the_calendar_and_hold_every_fitting_row(every: str, step: object, coarsest: str) -> None:
    sample = summitry.Corpus.sample().extract(progress=False).meetings
    counts = summitry.meeting_frequency(sample, every=every)
    periods = counts["period"].to_list()
    fits = {"day": ["day"], "month": ["day", "month"], "year": ["day", "month", "year"]}[coarsest]
    dated = sample.filter(pl.col("date").is_not_null() & pl.col("date_precision").is_in(fits))
    assert counts["n_meetings"].sum() == dated.height > 0
    if step is not None:
        assert all(b - a == step for a, b in zip(periods, periods[1:]))
    for day in dated["date"].to_list():
        # Each row lies in the last period starting on or before its date, and that period has a count.
        start = max(p for p in periods if p <= day)
        assert counts.filter(pl.col("period") == start)["n_meetings"].item() > 0
    if every == "2w":
        assert all(p.weekday() == 0 for p in periods)
    if every == "6mo":
        assert {p.month for p in periods} <= {1, 7} and all(p.day == 1 for p in periods)
