"""Loaders: every input document comes through, bad ones with their problem."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl
import pytest

import summitry


def test_a_folder_keeps_bad_files_with_their_problem(mixed_folder: Path) -> None:
    corpus = summitry.Corpus.from_dir(mixed_folder)
    assert len(corpus) == 3
    assert corpus.ids == ["empty", "good", "latin1"]
    assert repr(corpus) == "Corpus(3 documents, 2 with problems)"

    documents = summitry.Corpus.from_dir(mixed_folder).extract().documents.sort("doc_id")
    rows = {r["doc_id"]: r for r in documents.iter_rows(named=True)}
    assert rows["good"]["outcome"] == "ok"
    assert rows["good"]["message"] is None
    assert rows["good"]["n_chars"] == len((mixed_folder / "good.txt").read_text(encoding="utf-8"))
    assert rows["latin1"]["outcome"] == "error"
    assert "latin1.txt" in rows["latin1"]["message"] and "UTF-8" in rows["latin1"]["message"]
    assert rows["empty"]["outcome"] == "warning"
    assert "empty.txt" in rows["empty"]["message"]


def test_files_jsonl_and_csv(tmp_path: Path) -> None:
    jsonl = tmp_path / "news.jsonl"
    jsonl.write_text(
        '{"doc_id": "a", "text": "Putin met Trong.", "published": "2024-06-20"}\nnot json\n',
        encoding="utf-8",
    )
    csv = tmp_path / "news.csv"
    csv.write_text("doc_id,text\nc1,Putin met Chinh.\n", encoding="utf-8")
    corpus = summitry.Corpus.from_files([jsonl, csv])
    assert corpus.ids == ["a", "news:2", "c1"]
    documents = corpus.extract().documents
    assert documents["outcome"].to_list() == ["ok", "error", "ok"]
    assert documents["published"].to_list()[0] == dt.date(2024, 6, 20)
    assert "news.jsonl:2" in documents["message"][1]

    assert summitry.Corpus.from_jsonl(jsonl).ids == ["a", "news:2"]
    assert summitry.Corpus.from_csv(csv).ids == ["c1"]


def test_texts_frames_and_parquet(tmp_path: Path) -> None:
    corpus = summitry.Corpus.from_texts(["one", "two"])
    assert corpus.ids == ["doc-0", "doc-1"]

    frame = pl.DataFrame(
        {"doc_id": ["x", "y"], "text": ["Putin met Trong.", "Talks."], "published": [dt.date(2024, 6, 20), None]}
    )
    from_frame = summitry.Corpus.from_frame(frame)
    assert from_frame.ids == ["x", "y"]
    assert from_frame.extract().documents["published"].to_list() == [dt.date(2024, 6, 20), None]

    path = tmp_path / "news.parquet"
    frame.write_parquet(path)
    assert summitry.Corpus.from_parquet(path).ids == ["x", "y"]


def test_sample_corpus_loads() -> None:
    corpus = summitry.Corpus.sample()
    assert len(corpus) == len(corpus.ids)
    assert repr(corpus).startswith(f"Corpus({len(corpus)} documents")


def test_extraction_writes_all_formats(tmp_path: Path, mixed_folder: Path) -> None:
    extraction = summitry.Corpus.from_dir(mixed_folder).extract()
    assert repr(extraction).startswith("Extraction(3 documents, ")
    for fmt in ["parquet", "csv", "jsonl"]:
        paths = extraction.write(tmp_path / fmt, format=fmt)
        assert [p.name for p in paths] == [f"documents.{fmt}", f"events.{fmt}", f"meetings.{fmt}"]
    back = pl.read_parquet(tmp_path / "parquet" / "documents.parquet")
    assert back.equals(extraction.documents)
    assert pl.read_ndjson(tmp_path / "jsonl" / "documents.jsonl").height == 3
    with pytest.raises(summitry.ArgumentError, match="xlsx"):
        extraction.write(tmp_path / "x", format="xlsx")


@pytest.mark.parametrize("fmt", ["parquet", "csv", "json", "jsonl"])
def test_saved_tables_read_back_equal(tmp_path: Path, fmt: str) -> None:
    extraction = summitry.Corpus.sample().extract(progress=False)
    written = extraction.write(tmp_path, format=fmt)
    assert [p.name for p in written] == [f"{t}.{fmt}" for t in ("documents", "events", "meetings")]
    back = summitry.Extraction.read(tmp_path)
    assert repr(back) == repr(extraction)
    for name in ("documents", "events", "meetings"):
        assert getattr(back, name).equals(getattr(extraction, name)), name
    assert summitry.read_extraction(tmp_path, format=fmt).events.equals(extraction.events)


def test_reading_a_folder_without_tables_is_an_argument_error(tmp_path: Path) -> None:
    with pytest.raises(summitry.ArgumentError, match="no saved tables"):
        summitry.Extraction.read(tmp_path)


def test_progress_callback_ends_with_every_document() -> None:
    corpus = summitry.Corpus.sample()
    seen: list[int] = []
    extraction = corpus.extract(progress=seen.append)
    assert seen[-1] == len(corpus)
    assert seen == sorted(seen)
    assert extraction.documents.height == len(corpus)


def test_a_failing_progress_callback_raises_after_the_extraction() -> None:
    def fail(done: int) -> None:
        raise RuntimeError(f"stop at {done}")

    with pytest.raises(RuntimeError, match="stop at"):
        summitry.Corpus.sample().extract(progress=fail)


def test_progress_true_draws_a_tqdm_bar_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("tqdm")
    summitry.Corpus.sample().extract(progress=True)
    assert "extracting" in capsys.readouterr().err
    summitry.Corpus.sample().extract(progress=False)
    assert capsys.readouterr().err == ""
