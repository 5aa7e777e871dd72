"""Analytics over the tables of an extraction, as Polars DataFrames.

Each function takes the frame ``extract()`` returned (or a filtered copy, or a LazyFrame)
and returns a new ``polars.DataFrame``. The work is done in Rust (``summitry-analytics``):
the input crosses as Parquet bytes, the result comes back through the Arrow C stream, so
Python and Rust users get the same numbers.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Optional, Union

import polars as pl

from summitry import _summitry
from summitry._summitry import ArgumentError
from summitry.api import Extraction, _frame

#: What the analytics accept: a table of an extraction, or the extraction (its ``meetings``).
Frame = Union[pl.DataFrame, pl.LazyFrame, Extraction]
#: One grouping or several: ``"country_pair"``, ``["participant", "kind"]``.
By = Union[str, Sequence[str], None]


def _table(frame: Frame, argument: str = "frame") -> pl.DataFrame:
    if isinstance(frame, Extraction):
        return frame.meetings
    if isinstance(frame, pl.LazyFrame):
        return frame.collect()
    if isinstance(frame, pl.DataFrame):
        return frame
    raise ArgumentError(
        f"{argument}: expected a polars.DataFrame, LazyFrame or summitry.Extraction, got {type(frame).__name__}"
    )


def _parquet(frame: pl.DataFrame) -> bytes:
    buffer = io.BytesIO()
    frame.write_parquet(buffer)
    return buffer.getvalue()


def _groupings(by: By) -> Optional[list[str]]:
    if by is None:
        return None
    if isinstance(by, str):
        return [by]
    if not all(isinstance(b, str) for b in by):
        raise ArgumentError(f"by: expected a grouping name or a list of them, got {by!r}")
    return list(by)


def meeting_frequency(meetings: Frame, every: str = "year", by: By = None) -> pl.DataFrame:
    """Meetings per period, overall or per group, zero-filled.

    ``every``: ``"year"``, ``"quarter"``, ``"month"``, ``"week"``, ``"day"`` or a Polars
    duration of one unit (``"1y"``, ``"2y"``, ``"1q"``, ``"6mo"``, ``"2w"``, ``"10d"``;
    ``"6mo"`` periods start in January and July). ``by``: none, one or a list of
    ``"country"``, ``"country_pair"`` (``RUS-VNM``), ``"participant"``,
    ``"participant_pair"`` (``A & B``), ``"participants"`` (the set), ``"office"``
    (``RUS president``, held on the date, by the built-in knowledge base), ``"location"``,
    ``"host"`` (the host side, or ``third country``), ``"kind"``, ``"status"``.

    Columns: ``period`` (Date, first day), one column per grouping, ``n_meetings``,
    ``n_occurred``, ``n_planned``. Every period from the first to the last is present for
    every group combination seen, with zeros, so plots show the gaps.

    What counts: every row passed, whatever its ``kind`` (filter ``kind == "meeting"``
    first, or group ``by="kind"``), once per group it falls in (a meeting of three
    countries counts for each of its three pairs). Undated rows are left out, and so are
    rows dated more coarsely than the period: a meeting known only as "in 2014" counts by
    year, not by month or quarter (it would otherwise pile up in January).

    >>> meetings = extraction.meetings.filter(pl.col("kind") == "meeting")
    >>> summitry.meeting_frequency(meetings, every="1y", by="country_pair").columns
    ['period', 'country_pair', 'n_meetings', 'n_occurred', 'n_planned']
    >>> summitry.meeting_frequency(meetings, every="6mo", by=["participant", "status"])
    """
    table = _table(meetings, "meetings")
    return _frame(_summitry.meeting_frequency(_parquet(table), every, _groupings(by)))


def topic_frequency(frame: Frame, every: str = "year", by: By = None, weight: str = "event") -> pl.DataFrame:
    """Topics per period (and group): counts and shares, zero-filled.

    ``every`` and ``by`` as in :func:`meeting_frequency`, with the same rule for undated and
    coarsely dated rows. ``weight="event"`` counts each row (meeting, event) with the topic
    once; ``weight="document"`` counts each document reporting such a row once (a meetings
    frame's ``doc_ids``, an events frame's ``doc_id``): how much the press wrote about it.

    Columns: ``period``, the group columns, ``topic``, ``n``, ``n_total`` (rows or
    documents in the period and group, with or without a topic) and ``share``
    (``n / n_total``, null when ``n_total`` is 0). A row with several topics counts for
    each, so the shares of a period need not add up to 1.

    >>> topics = summitry.topic_frequency(extraction.meetings, every="1y", weight="document")
    >>> topics.pivot("period", index="topic", values="share")   # a heatmap's matrix
    """
    table = _table(frame)
    return _frame(_summitry.topic_frequency(_parquet(table), every, _groupings(by), weight))


def topic_cooccurrence(frame: Frame) -> pl.DataFrame:
    """Pairs of topics that come up in the same row, dated or not.

    Columns: ``topic_a``, ``topic_b`` (``topic_a < topic_b``), ``n`` (rows with both),
    ``n_a``, ``n_b`` (rows with each); most frequent pairs first.

    >>> summitry.topic_cooccurrence(extraction.meetings).head(3)
    """
    return _frame(_summitry.topic_cooccurrence(_parquet(_table(frame))))


def meeting_intervals(meetings: Frame, by: By = "country_pair") -> pl.DataFrame:
    """Days between consecutive meeting dates of each group (by default each country pair).

    Rows of a group on the same date are one date with ``n_meetings`` > 1. Columns: the
    group columns, ``date``, ``n_meetings``, ``previous`` (null for a group's first date),
    ``days`` and ``approximate`` (one of the two dates is known only to the month or year
    and stands for its first day). Undated rows are left out.

    >>> gaps = summitry.meeting_intervals(meetings, by="country_pair")
    >>> gaps.group_by("country_pair").agg(pl.col("days").median())
    """
    table = _table(meetings, "meetings")
    return _frame(_summitry.meeting_intervals(_parquet(table), _groupings(by)))


def last_met(meetings: Frame, by: By = "country_pair") -> pl.DataFrame:
    """When each group (by default each country pair; ``by=None``: all rows) met.

    Columns: the group columns, ``n_meetings`` (rows, dated or not), ``n_dated``, ``first``
    and ``last`` (a month or year date is its first day); most recent first.

    >>> summitry.last_met(meetings, by="participant_pair").head()
    """
    table = _table(meetings, "meetings")
    return _frame(_summitry.last_met(_parquet(table), _groupings(by)))


def participant_network(meetings: Frame) -> pl.DataFrame:
    """The participant network: one edge per pair of people in the same row.

    Columns: ``a``, ``b`` (``a < b``), ``n_meetings``, ``first``, ``last`` (null when no
    meeting of the pair is dated), ``country_a``, ``country_b`` (nationality by the built-in
    knowledge base, null when unknown); most frequent first.

    >>> edges = summitry.participant_network(meetings)
    >>> import networkx as nx
    >>> graph = nx.from_pandas_edgelist(edges.to_pandas(), "a", "b", edge_attr=True)
    """
    return _frame(_summitry.participant_network(_parquet(_table(meetings, "meetings"))))


class Relationship:
    """The rows of a bilateral relationship and their analyses, from :func:`relationship`.

    Attributes (Polars DataFrames): ``meetings`` (the rows, by date), ``per_year``
    (:func:`meeting_frequency` by year and kind), ``participants`` (:func:`last_met` per
    participant, most frequent first), ``pairs`` (who met whom, most frequent first),
    ``topics`` (:func:`topic_frequency` per year), ``network``
    (:func:`participant_network`); ``countries``, the two codes.
    """

    __slots__ = ("countries", "meetings", "network", "pairs", "participants", "per_year", "summary", "topics")

    def __init__(self, countries: tuple[str, str], summary: str, tables: dict[str, pl.DataFrame]) -> None:
        self.countries = countries
        self.summary = summary
        self.meetings: pl.DataFrame = tables["meetings"]
        self.per_year: pl.DataFrame = tables["per_year"]
        self.participants: pl.DataFrame = tables["participants"]
        self.pairs: pl.DataFrame = tables["pairs"]
        self.topics: pl.DataFrame = tables["topics"]
        self.network: pl.DataFrame = tables["network"]

    def __repr__(self) -> str:
        return f"Relationship({self.summary})"


def relationship(frames: Frame, a: str, b: str, kinds: Optional[Sequence[str]] = None) -> Relationship:
    """Everything about the rows involving both countries ``a`` and ``b`` (ISO3 codes).

    ``frames``: an :class:`Extraction` (its ``meetings`` are used) or a meetings (or events)
    DataFrame. ``kinds``: keep only these kinds (``["meeting", "call"]``); all by default.

    >>> rel = summitry.relationship(extraction, "VNM", "RUS", kinds=["meeting"])
    >>> rel   # the counts depend on the corpus
    Relationship(VNM–RUS: 40 rows (40 meeting), dated 1996–2025; 20 participants, 23 pairs, 11 topics)
    >>> rel.per_year, rel.participants.head(5), rel.topics, rel.network
    """
    table = _table(frames, "frames")
    if kinds is not None:
        table = table.filter(pl.col("kind").is_in(list(kinds)))
    summary, native = _summitry.relationship(_parquet(table), a, b)
    return Relationship((a, b), summary, {name: _frame(t) for name, t in native})
