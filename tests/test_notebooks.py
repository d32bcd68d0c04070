"""The notebooks in notebooks/ run top to bottom and draw their figures (the `notebooks` extra)."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
# name -> how many figures it must draw
EXPECTED_FIGURES = {"01-quickstart": 1, "02-evaluation": 3, "03-custom-rules": 1}


def test_notebooks_are_stored_without_outputs() -> None:
    assert sorted(p.stem for p in NOTEBOOKS.glob("*.ipynb")) == sorted(EXPECTED_FIGURES)
    for path in NOTEBOOKS.glob("*.ipynb"):
        nb = json.loads(path.read_text("utf-8"))
        for cell in nb["cells"]:
            if cell["cell_type"] == "code":
                assert cell["outputs"] == [] and cell["execution_count"] is None, path.name


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(EXPECTED_FIGURES))
def test_notebook_runs_and_draws(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip(
        "nbclient", reason="the notebooks extra is not installed: pip install -e '.[notebooks]'"
    )
    pytest.importorskip("matplotlib", reason="the notebooks extra is not installed")
    pytest.importorskip("ipykernel", reason="the notebooks extra is not installed")
    import nbformat
    from nbclient import NotebookClient

    # Headless: the inline backend renders with Agg into PNG outputs, whatever the user's setting.
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    nb = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    start = time.perf_counter()
    NotebookClient(
        nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}
    ).execute()  # raises CellExecutionError, with the cell and traceback, on any error
    seconds = time.perf_counter() - start
    figures = sum(
        "image/png" in out.get("data", {})
        for cell in nb.cells
        if cell.cell_type == "code"
        for out in cell.outputs
    )
    print(f"{name}: {seconds:.1f} s, {figures} figure(s)")
    assert figures >= EXPECTED_FIGURES[name]
    assert os.environ["MPLBACKEND"].endswith("backend_inline")
