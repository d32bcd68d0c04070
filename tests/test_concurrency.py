"""One Screener shared by threads gives the serial results; a Screener pickles for process pools."""

from __future__ import annotations

import json
import pickle
import random
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

import pytest
from hostile_inputs import ODD_BUT_VALID

import recruitscreen as rs

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus" / "en.jsonl"


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """Training-split messages, some glued into long ones, plus the odd-but-valid strings."""
    rows = [json.loads(x) for x in CORPUS.read_text("utf-8").splitlines() if x.strip()]
    base = [r["text"] for r in rows if r["split"] == "train"][:300]
    rng = random.Random(5)
    long = ["\n\n".join(rng.sample(base, 15)) for _ in range(20)]
    return base + long + list(ODD_BUT_VALID.values())


def _dicts(results: list[rs.Assessment]) -> list[dict]:
    return [a.to_dict() for a in results]


@pytest.mark.parametrize("model", [None, "default"])
def test_four_threads_share_one_screener(texts: list[str], model: str | None) -> None:
    screener = rs.Screener(model=model)
    serial = _dicts([screener.screen(t) for t in texts])
    fresh = rs.Screener(model=model)  # nothing cached yet: the threads race to fill the caches
    order = list(range(len(texts))) * 2
    random.Random(1).shuffle(order)
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda i: (i, fresh.screen(texts[i]).to_dict()), order))
    for i, d in got:
        assert d == serial[i]
    assert {i for i, _ in got} == set(range(len(texts)))


def test_a_screener_pickles_and_screens_the_same(texts: list[str]) -> None:
    screener = rs.Screener(
        disable=["off_platform.app_mention"] if "off_platform.app_mention" in rs.RuleSet.default() else (),
        allowlist=rs.Allowlist(domains=["acme-recruiting.com"], phrases=["Signal Hill Capital"]),
        thresholds=(0.4, 0.9),
    )
    clone = pickle.loads(pickle.dumps(screener))
    assert clone.rules.ids == screener.rules.ids and clone.config == screener.config
    assert _dicts([clone.screen(t) for t in texts[:120]]) == _dicts(
        [screener.screen(t) for t in texts[:120]]
    )


def _screen_in_child(screener: rs.Screener, text: str) -> dict:
    return screener.screen(text).to_dict()


@pytest.mark.slow
def test_a_process_pool_gives_the_serial_results(texts: list[str]) -> None:
    screener = rs.Screener()
    sample = texts[:40] + texts[-12:]
    serial = _dicts([screener.screen(t) for t in sample])
    with ProcessPoolExecutor(max_workers=2) as pool:
        # one chunk per worker: the pickle of a chunk holds the screener once (shared references
        # are memoized), so each child unpickles it once rather than once per text
        got = list(pool.map(_screen_in_child, [screener] * len(sample), sample, chunksize=len(sample) // 2))
    assert got == serial
    assert _dicts(screener.screen_many(sample, n_jobs=2)) == serial
