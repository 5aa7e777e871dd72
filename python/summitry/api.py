"""The Python face of summitry: thin wrappers that turn native tables into Polars DataFrames."""

from __future__ import annotations

import datetime as _dt
import importlib
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Callable, Optional, Union

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
        """Every ``.txt`` and ``.md`` file under ``path``, recursively (README, LICENSE and hidden files skipped); ids are file stems."""
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
        return cls.from_frame(pl.read_parquet(os.fspath(path)), text=text, id=id, published=published)

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

    def extract(
        self,
        knowledge: Optional[Sequence[PathLike]] = None,
        progress: Union[bool, Callable[[int], object], None] = None,
    ) -> Extraction:
        """Extracts events from every document (in parallel, without holding the GIL).

        ``knowledge`` lists your own knowledge-base TSV files (people, offices, places, ...),
        added to the built-in ones; a bad file raises :class:`KnowledgeError` naming the file,
        line and field.

        ``progress``: ``None`` (default) shows a tqdm bar when tqdm is installed and the
        extraction takes more than a second (a widget in Jupyter when ipywidgets is
        installed, text on stderr otherwise); ``True`` shows it at once (needs tqdm);
        ``False`` shows nothing; a callable is called with the number of documents done.

        >>> extraction = summitry.Corpus.sample().extract(progress=False)
        >>> extraction
        Extraction(39 documents, ... events, ... meetings)
        """
        files: Optional[list[Union[str, os.PathLike[str]]]] = (
            None if knowledge is None else [os.fspath(k) for k in knowledge]
        )
        if callable(progress):
            return Extraction(self._native.extract(files, progress))
        bar = _progress_bar(len(self), delay=0.0 if progress else 1.0, required=progress is True)
        if progress is False or bar is None:
            return Extraction(self._native.extract(files))
        try:
            return Extraction(self._native.extract(files, lambda done: bar.update(done - bar.n)))
        finally:
            bar.close()

    def __len__(self) -> int:
        return len(self._native)

    def __repr__(self) -> str:
        return repr(self._native)


def _progress_bar(total: int, delay: float, required: bool) -> Any:
    """A tqdm bar over ``total`` documents, or None without tqdm (an error if ``required``)."""
    # Imported by name: tqdm is optional and ships no type hints.
    try:
        bar_class = importlib.import_module("tqdm.std").tqdm
    except ImportError:
        if required:
            raise ArgumentError("progress=True needs tqdm: pip install tqdm") from None
        return None
    # tqdm.auto would warn in a notebook without ipywidgets; pick the widget only when it works.
    if "ipykernel" in sys.modules:
        try:
            importlib.import_module("ipywidgets")
            bar_class = importlib.import_module("tqdm.notebook").tqdm
        except ImportError:
            pass
    return bar_class(total=total, unit="doc", desc="extracting", delay=delay, leave=False)


class Extraction:
    """The ``documents``, ``events`` and ``meetings`` tables of one extraction.

    The tables are Polars DataFrames; filter them freely and pass them to the analytics
    (``summitry.meeting_frequency(extraction.meetings, every="1y")``). Save them with
    :meth:`write` and load them again, without extracting, with :meth:`read`.
    """

    __slots__ = ("_native", "documents", "events", "meetings")

    def __init__(self, native: _summitry.Extraction) -> None:
        self._native = native
        self.documents: pl.DataFrame = _frame(native.documents())
        self.events: pl.DataFrame = _frame(native.events())
        self.meetings: pl.DataFrame = _frame(native.meetings())

    def write(self, dir: PathLike, format: str = "parquet") -> list[Path]:
        """Writes ``documents``, ``events`` and ``meetings`` into ``dir`` as ``parquet``,
        ``csv`` (lists joined with ``;``), ``json`` (one array) or ``jsonl``; returns the
        paths written.

        >>> extraction.write("out/", format="parquet")
        [PosixPath('out/documents.parquet'), PosixPath('out/events.parquet'), PosixPath('out/meetings.parquet')]
        """
        return [Path(p) for p in self._native.write(os.fspath(dir), format)]

    @classmethod
    def read(cls, dir: PathLike, format: Optional[str] = None) -> Extraction:
        """The tables saved by :meth:`write` in ``dir``, with the column types of a fresh
        extraction whatever the format (``None``: the format found, Parquet first).

        >>> summitry.Extraction.read("out/")
        Extraction(39 documents, ... events, ... meetings)
        """
        return cls(_summitry.read_extraction(os.fspath(dir), format))

    def __repr__(self) -> str:
        return repr(self._native)


def read_extraction(dir: PathLike, format: Optional[str] = None) -> Extraction:
    """The tables saved by :meth:`Extraction.write` in ``dir``; see :meth:`Extraction.read`."""
    return Extraction.read(dir, format)


def find_dates(text: str, reference: Union[_dt.date, str, None] = None) -> pl.DataFrame:
    """Temporal expressions in ``text``, resolved against ``reference`` when given.

    Columns: ``start``, ``end`` (string offsets: ``text[start:end]``), ``text``, ``type``
    (``DATE``, ``TIME``, ``DURATION``, ``SET``), ``value`` (TIMEX3), ``date``, ``precision``.
    """
    return _frame(_summitry.find_dates(text, _iso(reference)))


def find_entities(
    text: str,
    reference: Union[_dt.date, str, None] = None,
    knowledge: Optional[Sequence[PathLike]] = None,
) -> pl.DataFrame:
    """People, places and countries mentioned in ``text``, each resolved to a canonical entity.

    Columns: ``start``, ``end`` (``text[start:end]``), ``text``, ``kind`` (``person``,
    ``place``, ``country``), ``id`` (knowledge-base id, null for a person it does not know),
    ``name`` (with diacritics where known), ``key`` (ASCII canonical name), ``country`` (ISO3),
    ``office`` (held at ``reference``), ``via`` (how it was recognised). ``knowledge``: the
    user's own knowledge-base files, added to the built-in ones.

    >>> summitry.find_entities("President Vo Van Thuong met the Russian leader.", "2023-10-17")
    shape: (3, 10) ...
    """
    files = None if knowledge is None else [os.fspath(p) for p in knowledge]
    return _frame(_summitry.find_entities(text, _iso(reference), files))
