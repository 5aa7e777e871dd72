"""The three tables: columns, dtypes, and values that cross from Rust intact."""

from __future__ import annotations

import polars as pl

import summitry

LIST_STR = pl.List(pl.String)

EVENTS = {
    "doc_id": pl.String, "kind": pl.String, "date": pl.Date, "date_precision": pl.String,
    "date_end": pl.Date, "date_basis": pl.String, "participants": LIST_STR, "countries": LIST_STR,
    "location": pl.String, "location_country": pl.String, "status": pl.String,
    "evidence": pl.String, "start": pl.Int64, "end": pl.Int64, "topics": LIST_STR,
    "confidence": pl.Float64,
}
DOCUMENTS = {
    "doc_id": pl.String, "source": pl.String, "n_chars": pl.Int64, "published": pl.Date,
    "published_source": pl.String, "reference_date": pl.Date, "reference_confidence": pl.Float64,
    "outcome": pl.String, "message": pl.String, "n_events": pl.Int64, "topics": LIST_STR,
}
MEETINGS = {
    "meeting_id": pl.String, "kind": pl.String, "date": pl.Date, "date_precision": pl.String,
    "date_end": pl.Date, "participants": LIST_STR, "countries": LIST_STR, "location": pl.String,
    "location_country": pl.String, "status": pl.String, "n_mentions": pl.Int64,
    "n_documents": pl.Int64, "doc_ids": LIST_STR, "first_reported": pl.Date,
    "last_reported": pl.Date, "topics": LIST_STR,
}


def test_schemas_are_fixed_even_when_empty() -> None:
    for extraction in (summitry.Corpus.from_texts([]).extract(), summitry.Corpus.sample().extract()):
        assert dict(extraction.events.schema) == EVENTS
        assert dict(extraction.documents.schema) == DOCUMENTS
        assert dict(extraction.meetings.schema) == MEETINGS


def test_the_documents_table_has_one_row_per_document() -> None:
    corpus = summitry.Corpus.from_texts(["Hello.", "Phạm Minh Chính"], ids=["a", "b"], published=["2024-06-20", None])
    documents = corpus.extract().documents
    assert documents["doc_id"].to_list() == ["a", "b"]
    # n_chars counts code points, as Python does.
    assert documents["n_chars"].to_list() == [6, len("Phạm Minh Chính")]
    assert documents["published_source"].to_list() == ["given", "none"]
