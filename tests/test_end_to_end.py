"""From texts to tables on real articles. The extraction_quality tests check what the
extractor finds in ../shared/corpus/seeds; they wait for the real extractor."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl
import pytest

import summitry


def test_sample_corpus_end_to_end() -> None:
    corpus = summitry.Corpus.sample()
    extraction = corpus.extract()
    assert extraction.documents.height == len(corpus)
    assert set(extraction.events["doc_id"].to_list()) <= set(corpus.ids)
    counts = summitry.meeting_frequency(extraction.meetings, every="year")
    assert counts["n_meetings"].sum() == extraction.meetings["date"].is_not_null().sum()


def test_seeds_load_without_problems(seeds: Path) -> None:
    extraction = summitry.Corpus.from_dir(seeds).extract()
    assert extraction.documents.height == 5
    assert extraction.documents["outcome"].to_list() == ["ok"] * 5


def has_meeting(events: pl.DataFrame, people: set[str], place: str, day: dt.date) -> bool:
    hits = events.filter(
        (pl.col("kind") == "meeting") & (pl.col("location") == place) & (pl.col("date") == day)
    )
    return any(people <= set(p) for p in hits["participants"].to_list())


@pytest.mark.extraction_quality
def test_extraction_quality_thuong_met_putin_in_beijing(seeds: Path) -> None:
    events = summitry.Corpus.from_dir(seeds).extract().events
    assert has_meeting(events, {"Vo Van Thuong", "Vladimir Putin"}, "Beijing", dt.date(2023, 10, 17))


@pytest.mark.extraction_quality
def test_extraction_quality_chinh_met_putin_in_kazan(seeds: Path) -> None:
    events = summitry.Corpus.from_dir(seeds).extract().events
    assert has_meeting(events, {"Pham Minh Chinh", "Vladimir Putin"}, "Kazan", dt.date(2024, 10, 24))


@pytest.mark.extraction_quality
def test_extraction_quality_seed_meetings_fall_in_2023_and_2024(seeds: Path) -> None:
    extraction = summitry.Corpus.from_dir(seeds).extract()
    meetings = extraction.meetings.filter(pl.col("kind") == "meeting")
    counts = summitry.meeting_frequency(meetings, every="year")
    years = {p.year for p, n in zip(counts["period"], counts["n_meetings"]) if n > 0}
    assert {2023, 2024} <= years
