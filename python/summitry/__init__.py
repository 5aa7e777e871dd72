"""summitry: dated diplomatic events from English news, as Polars tables.

>>> import summitry
>>> extraction = summitry.Corpus.sample().extract()
>>> extraction.events          # a polars.DataFrame, one row per event
>>> summitry.meeting_frequency(extraction.meetings, every="year")
"""

from __future__ import annotations

from summitry._summitry import (
    ArgumentError,
    InputError,
    KnowledgeError,
    SummitryError,
    __version__,
)
from summitry.api import Corpus, Extraction, find_dates, meeting_frequency

__all__ = [
    "ArgumentError",
    "Corpus",
    "Extraction",
    "InputError",
    "KnowledgeError",
    "SummitryError",
    "__version__",
    "find_dates",
    "meeting_frequency",
]
