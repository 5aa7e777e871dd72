"""The knowledge base summitry resolves names with, as Polars DataFrames.

Each function takes ``knowledge``: the user's own TSV files (the format of the built-in ones,
``crates/summitry-core/data/kb/``), added to the built-in data, so that a file can be checked
before an extraction uses it.

>>> import summitry
>>> summitry.knowledge.offices().filter(pl.col("name") == "Vo Van Thuong")
shape: (1, 6) ...
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Optional, Union

import polars as pl

from summitry import _summitry
from summitry.api import _frame

PathLike = Union[str, "os.PathLike[str]"]


def _paths(knowledge: Optional[Sequence[PathLike]]) -> Optional[list[str]]:
    return None if knowledge is None else [os.fspath(p) for p in knowledge]


def people(knowledge: Optional[Sequence[PathLike]] = None) -> pl.DataFrame:
    """People: ``id``, ``name`` (with diacritics), ``ascii``, ``country``, ``short`` and
    ``aliases`` (``;``-separated)."""
    return _frame(_summitry.knowledge_table("people", _paths(knowledge)))


def offices(knowledge: Optional[Sequence[PathLike]] = None) -> pl.DataFrame:
    """Terms of office: ``person`` (id), ``name``, ``office``, ``country``, ``start``, ``end``
    (null while in office)."""
    return _frame(_summitry.knowledge_table("offices", _paths(knowledge)))


def countries(knowledge: Optional[Sequence[PathLike]] = None) -> pl.DataFrame:
    """Countries: ``iso3``, ``name``, ``aliases``, ``demonyms``."""
    return _frame(_summitry.knowledge_table("countries", _paths(knowledge)))


def places(knowledge: Optional[Sequence[PathLike]] = None) -> pl.DataFrame:
    """Cities, provinces and regions: ``name``, ``country``, ``kind``, ``aliases``."""
    return _frame(_summitry.knowledge_table("places", _paths(knowledge)))
