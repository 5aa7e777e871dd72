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
