"""Errors reach Python as summitry exceptions, mapped by kind."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

import summitry


def test_the_hierarchy_has_one_root() -> None:
    for error in (summitry.InputError, summitry.KnowledgeError, summitry.ArgumentError):
        assert issubclass(error, summitry.SummitryError)
    assert issubclass(summitry.SummitryError, Exception)
    assert summitry.SummitryError.__module__ == "summitry"


def test_a_missing_folder_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(summitry.InputError, match="no-such-folder"):
        summitry.Corpus.from_dir(tmp_path / "no-such-folder")


def test_a_csv_without_text_column_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("id,body\n1,hello\n", encoding="utf-8")
    with pytest.raises(summitry.InputError, match="bad.csv"):
        summitry.Corpus.from_csv(path)


def test_bad_arguments_are_argument_errors() -> None:
    with pytest.raises(summitry.ArgumentError, match="2 texts but 1 ids"):
        summitry.Corpus.from_texts(["a", "b"], ids=["only-one"])
    with pytest.raises(summitry.ArgumentError, match="YYYY-MM-DD"):
        summitry.find_dates("on Tuesday", reference="last week")
    with pytest.raises(summitry.ArgumentError, match="'body'"):
        summitry.Corpus.from_frame(pl.DataFrame({"x": ["a"]}), text="body")
    meetings = summitry.Corpus.sample().extract().meetings
    with pytest.raises(summitry.ArgumentError, match="fortnight"):
        summitry.meeting_frequency(meetings, every="fortnight")
    with pytest.raises(summitry.ArgumentError, match="topic"):
        summitry.meeting_frequency(meetings, by="topic")


def test_a_frame_without_dates_is_an_argument_error() -> None:
    with pytest.raises(summitry.ArgumentError, match="date"):
        summitry.meeting_frequency(pl.DataFrame({"status": ["occurred"]}))


def test_a_users_knowledge_file_adds_a_person(tmp_path: Path) -> None:
    people = tmp_path / "people.tsv"
    people.write_text("id\tname\tcountry\tshort\taliases\nivan-testov\tIvan Testov\tRUS\tTestov\t\n", encoding="utf-8")
    text = "date 2024-03-05\n\nIvan Testov held talks with Pham Minh Chinh in Hanoi on Monday."
    events = summitry.Corpus.from_texts([text]).extract(knowledge=[people]).events
    met = events.filter(pl.col("participants").list.contains("Ivan Testov") & (pl.col("kind") == "meeting"))
    assert met.height == 1
    assert met["date"][0].isoformat() == "2024-03-04"
    # Meeting his host in Hanoi means he travelled there.
    trip = events.filter(pl.col("participants").list.contains("Ivan Testov") & (pl.col("kind") == "visit"))
    assert trip["location"].to_list() == ["Hanoi"]


def test_a_bad_knowledge_file_is_a_knowledge_error(tmp_path: Path) -> None:
    offices = tmp_path / "offices.tsv"
    offices.write_text("person\toffice\tcountry\tstart\tend\nnobody\tpresident\tVNM\t2020-13-01\t\n", encoding="utf-8")
    with pytest.raises(summitry.KnowledgeError, match=r"offices.tsv:2: field `start`"):
        summitry.Corpus.from_texts(["x"]).extract(knowledge=[offices])
