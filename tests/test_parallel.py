"""screen_many in parallel processes: the same results, in the same order, as a serial run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import recruitscreen as rs
from recruitscreen.parallel import MIN_PARALLEL, resolve_n_jobs

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus" / "en.jsonl"


@pytest.fixture(scope="module")
def texts() -> list[str]:
    rows = [json.loads(line) for line in CORPUS.read_text("utf-8").splitlines() if line.strip()]
    out = [r["text"] for r in rows if r["split"] == "train"][:600]
    out[17] = ""  # an empty message keeps its place too
    out[300] = "W e C h a t me, my client pays for reports"
    return out


@pytest.mark.slow
@pytest.mark.parametrize("model", [None, "default"])
def test_parallel_equals_serial(texts: list[str], model: str | None) -> None:
    s = rs.Screener(model=model)
    serial = s.screen_many(texts, n_jobs=1)
    parallel = s.screen_many(texts, n_jobs=2)
    assert len(parallel) == len(texts)
    assert parallel == serial  # frozen dataclasses: every score, finding and note is equal
    assert s.screen_many(iter(texts), n_jobs=-1) == serial  # any iterable, every core


@pytest.mark.slow
def test_workers_use_the_screener_they_were_sent(texts: list[str]) -> None:
    # A second call with a different Screener must not reuse the first one cached in a worker.
    strict = rs.Screener(model=None, thresholds=(0.01, 0.02))
    loose = rs.Screener(model=None, thresholds=(0.98, 0.99))
    assert strict.screen_many(texts, n_jobs=2) == strict.screen_many(texts)
    assert loose.screen_many(texts, n_jobs=2) == loose.screen_many(texts)


def test_small_batches_and_bad_input() -> None:
    s = rs.Screener(model=None)
    few = ["hello", "add me on WeChat"]
    assert len(few) < MIN_PARALLEL
    assert s.screen_many(few, n_jobs=4) == [s.screen(t) for t in few]
    assert s.screen_many([], n_jobs=2) == []
    with pytest.raises(TypeError, match=r"texts\[1\].*bytes.*decode"):
        s.screen_many(["ok", b"raw"], n_jobs=2)  # type: ignore[list-item]
    with pytest.raises(ValueError, match="n_jobs=0"):
        s.screen_many(few, n_jobs=0)
    with pytest.raises(TypeError, match="n_jobs must be an int"):
        s.screen_many(few, n_jobs=1.5)  # type: ignore[arg-type]


def test_resolve_n_jobs_follows_joblib() -> None:
    import os

    cores = os.cpu_count() or 1
    assert resolve_n_jobs(3) == 3
    assert resolve_n_jobs(-1) == cores
    assert resolve_n_jobs(-2) == max(1, cores - 1)
    assert resolve_n_jobs(-1000) == 1


@pytest.mark.slow
def test_frame_and_featurizer_in_parallel(texts: list[str]) -> None:
    import pandas as pd

    s = rs.Screener(model=None)
    df = pd.DataFrame({"text": [*texts[:300], None]}, index=range(1000, 1301))
    pd.testing.assert_frame_equal(s.screen_frame(df, n_jobs=2), s.screen_frame(df))
    featurizer = rs.RuleFeaturizer(n_jobs=2).fit(texts)
    assert (featurizer.transform(texts) != rs.RuleFeaturizer().fit(texts).transform(texts)).nnz == 0
