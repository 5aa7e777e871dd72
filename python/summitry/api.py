"""The Python face of summitry: thin wrappers that turn native tables into Polars DataFrames."""

from __future__ import annotations

import datetime as _dt
import io
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Optional, Union

import polars as pl

from summitry import _summitry
from summitry._summitry import ArgumentError

PathLike = Union[str, "os.PathLike[str]"]

def _frame(table: _summitry.ArrowTable) -> pl.DataFrame:
    # The native table speaks the Arrow PyCapsule stream protocol; pl.DataFrame consumes it
    # without pyarrow (pl.from_arrow would give a Series in polars 2).
    return pl.DataFrame(table)


def _iso(value: object) -> Optional[str]:
    if value is None:
        return None
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()[:10]
    return str(value)


class Corpus:
    """A collection of documents, in input order.

    Loading never loses a document: an unreadable or non-UTF-8 file, an empty text or a
    malformed line is kept with its problem and shows up in ``Extraction.documents``.
    """

    __slots__ = ("_native",)

    def __init__(self, native: _summitry.Corpus) -> None:
        self._native = native

    @classmethod
    def from_dir(cls, path: PathLike) -> Corpus:
        """Every ``.txt`` and ``.md`` file under ``path``, recursively; ids are file stems."""
        return cls(_summitry.Corpus.from_dir(os.fspath(path)))

    @classmethod
    def from_files(cls, paths: Iterable[PathLike]) -> Corpus:
        """Files one by one: ``.jsonl``/``.csv`` as tables, folders walked, others as text."""
        return cls(_summitry.Corpus.from_files([os.fspath(p) for p in paths]))

    @classmethod
    def from_jsonl(cls, path: PathLike) -> Corpus:
        """One JSON object per line: ``text``, optional ``doc_id``, ``published``, ``source``."""
        return cls(_summitry.Corpus.from_jsonl(os.fspath(path)))

    @classmethod
    def from_csv(cls, path: PathLike) -> Corpus:
        """A CSV file with a header row and a ``text`` column."""
        return cls(_summitry.Corpus.from_csv(os.fspath(path)))

    @classmethod
    def from_parquet(
        cls, path: PathLike, text: str = "text", id: str = "doc_id", published: str = "published"
    ) -> Corpus:
        """A Parquet file read with Polars; columns as in :meth:`from_frame`."""
        return cls.from_frame(pl.read_parquet(path), text=text, id=id, published=published)

    @classmethod
    def from_texts(
        cls,
        texts: Sequence[str],
        ids: Optional[Sequence[str]] = None,
        published: Optional[Sequence[Union[_dt.date, str, None]]] = None,
    ) -> Corpus:
        """Documents from strings; ids default to ``doc-0``, ``doc-1``, ..."""
        return cls(
            _summitry.Corpus.from_texts(
                list(texts),
                None if ids is None else [str(i) for i in ids],
                None if published is None else [_iso(p) for p in published],
            )
        )

    @classmethod
    def from_frame(
        cls, df: pl.DataFrame, text: str = "text", id: str = "doc_id", published: str = "published"
    ) -> Corpus:
        """Documents from a Polars DataFrame: a ``text`` column, and ``id`` and ``published``
        (Date or ``YYYY-MM-DD`` strings) columns when present."""
        if not isinstance(df, pl.DataFrame):
            raise ArgumentError(f"expected a polars.DataFrame, got {type(df).__name__}")
        if text not in df.columns:
            raise ArgumentError(f"no {text!r} column (columns: {', '.join(df.columns)})")
        texts = ["" if t is None else str(t) for t in df.get_column(text).to_list()]
        ids = [str(i) for i in df.get_column(id).to_list()] if id in df.columns else None
        dates = [_iso(p) for p in df.get_column(published).to_list()] if published in df.columns else None
        return cls(_summitry.Corpus.from_texts(texts, ids, dates))

    @classmethod
    def sample(cls) -> Corpus:
        """The bundled sample corpus of short Vietnam–Russia articles."""
        return cls(_summitry.Corpus.sample())

    @property
    def ids(self) -> list[str]:
        """The document ids, in order."""
        return self._native.ids()

    def extract(self, knowledge: Optional[Sequence[PathLike]] = None) -> Extraction:
        """Extracts events from every document (in parallel, without holding the GIL).

        ``knowledge`` lists your own knowledge-base TSV files (people, offices, places, ...),
        added to the built-in ones; a bad file raises :class:`KnowledgeError` naming the file,
        line and field.
        """
        return Extraction(self._native.extract(None if knowledge is None else list(knowledge)))

    def __len__(self) -> int:
        return len(self._native)

    def __repr__(self) -> str:
        return repr(self._native)


class Extraction:
    """The ``documents``, ``events`` and ``meetings`` tables of one extraction."""

    __slots__ = ("_native", "documents", "events", "meetings")

    def __init__(self, native: _summitry.Extraction) -> None:
        self._native = native
        self.documents: pl.DataFrame = _frame(native.documents())
        self.events: pl.DataFrame = _frame(native.events())
        self.meetings: pl.DataFrame = _frame(native.meetings())

    def write(self, dir: PathLike, format: str = "parquet") -> list[Path]:
        """Writes ``documents``, ``events`` and ``meetings`` into ``dir`` as ``parquet``,
        ``csv`` (lists joined with ``;``) or ``jsonl``; returns the paths written."""
        return [Path(p) for p in self._native.write(os.fspath(dir), format)]

    def __repr__(self) -> str:
        return repr(self._native)


def meeting_frequency(meetings: pl.DataFrame, every: str = "year", by: Optional[str] = None) -> pl.DataFrame:
    """Meetings per period: ``every`` is ``"year"``/``"1y"``, ``"quarter"``/``"1q"`` or
    ``"month"``/``"1mo"``; ``by`` is ``None``, ``"country_pair"`` or ``"participants"``.

    Columns: ``period`` (Date, first day), the group column, ``n_meetings``, ``n_occurred``,
    ``n_planned``. Every period between the first and the last is present, zero-filled.
    Undated rows are left out; all kinds count (filter ``kind == "meeting"`` first if needed).
    """
    if not isinstance(meetings, pl.DataFrame):
        raise ArgumentError(f"expected a polars.DataFrame, got {type(meetings).__name__}")
    # One implementation, in Rust: the table crosses as Parquet bytes.
    buffer = io.BytesIO()
    meetings.write_parquet(buffer)
    return _frame(_summitry.meeting_frequency(buffer.getvalue(), every, by))


def find_dates(text: str, reference: Union[_dt.date, str, None] = None) -> pl.DataFrame:
    """Temporal expressions in ``text``, resolved against ``reference`` when given.

    Columns: ``start``, ``end`` (string offsets: ``text[start:end]``), ``text``, ``type``
    (``DATE``, ``TIME``, ``DURATION``, ``SET``), ``value`` (TIMEX3), ``date``, ``precision``.
    """
    return _frame(_summitry.find_dates(text, _iso(reference)))
