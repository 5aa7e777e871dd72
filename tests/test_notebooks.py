"""The notebooks run top to bottom, and every cell that draws with matplotlib shows a figure.

nbmake (scripts/test-all.sh) runs them headless with the Agg backend, which shows nothing;
here they run with Jupyter's inline backend, so a plotting cell must leave an image/png
output. Set SUMMITRY_FIGURES=DIR to keep the images as PNG files."""

from __future__ import annotations

import base64
import os
import time
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("matplotlib")

NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb"))


def test_there_are_notebooks() -> None:
    assert {p.name for p in NOTEBOOKS} >= {"quickstart.ipynb", "relationship.ipynb"}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebooks_are_committed_without_outputs(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, cell.source[:60]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_every_plotting_cell_shows_an_image(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The inline backend (Jupyter's default) is what turns a figure into an image/png output.
    monkeypatch.delenv("MPLBACKEND", raising=False)
    monkeypatch.setenv("JUPYTER_PLATFORM_DIRS", "1")
    notebook = nbformat.read(path, as_version=4)
    start = time.monotonic()
    client = nbclient.NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    )
    client.execute()
    print(f"{path.name}: executed in {time.monotonic() - start:.1f}s")
    keep = os.environ.get("SUMMITRY_FIGURES")
    n_figures = 0
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type != "code" or "plt." not in cell.source:
            continue
        images = [out["data"]["image/png"] for out in cell.outputs if "image/png" in out.get("data", {})]
        assert len(images) == 1, f"{path.name}, cell {index}: {len(images)} images\n{cell.source[:200]}"
        png = base64.b64decode(images[0])
        assert png.startswith(b"\x89PNG") and len(png) > 5_000, f"{path.name}, cell {index}: empty image"
        n_figures += 1
        if keep:
            Path(keep).mkdir(parents=True, exist_ok=True)
            (Path(keep) / f"{path.stem}-{n_figures}.png").write_bytes(png)
    assert n_figures >= 1, f"{path.name} draws no figure"
