"""Shared fixtures: the installed wheel is tested, never the source tree."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture
def seeds() -> Path:
    """The seed articles of ../shared, or a skip when this machine has none."""
    path = SHARED / "corpus" / "seeds"
    if not path.is_dir():
        pytest.skip("../shared/corpus/seeds is not present")
    return path


@pytest.fixture
def mixed_folder(tmp_path: Path) -> Path:
    """A good article, a non-UTF-8 file and an empty file."""
    (tmp_path / "good.txt").write_text(
        "HANOI, June 20 - Vietnamese Prime Minister Pham Minh Chinh held talks with "
        "Russian President Vladimir Putin in Hanoi on June 20, 2024.",
        encoding="utf-8",
    )
    (tmp_path / "latin1.txt").write_bytes("Hà Nội talks".encode("latin-1", errors="replace"))
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    return tmp_path
