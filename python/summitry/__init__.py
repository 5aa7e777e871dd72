"""summitry: dated diplomatic events from English news, as Polars tables.

>>> import summitry
>>> extraction = summitry.Corpus.sample().extract()
>>> extraction.events          # a polars.DataFrame, one row per event
>>> summitry.meeting_frequency(extraction.meetings, every="1y", by="country_pair")
>>> summitry.relationship(extraction, "VNM", "RUS")
"""

from __future__ import annotations

from summitry._summitry import (
    ArgumentError,
    InputError,
    KnowledgeError,
    SummitryError,
    __version__,
)
from summitry.analytics import (
    Relationship,
    last_met,
    meeting_frequency,
    meeting_intervals,
    participant_network,
    relationship,
    topic_cooccurrence,
    topic_frequency,
)
from summitry import knowledge
from summitry.api import Corpus, Extraction, find_dates, find_entities, read_extraction

__all__ = [
    "ArgumentError",
    "Corpus",
    "Extraction",
    "InputError",
    "KnowledgeError",
    "Relationship",
    "SummitryError",
    "__version__",
    "find_dates",
    "find_entities",
    "knowledge",
    "last_met",
    "meeting_frequency",
    "meeting_intervals",
    "participant_network",
    "read_extraction",
    "relationship",
    "topic_cooccurrence",
    "topic_frequency",
]
