"""Screening many messages, in one process or in parallel processes (joblib).

The work is cut into a few large chunks, one task each, so that what a task costs (sending the
Screener and the texts, sending the results back) stays small beside the screening itself.
The Screener travels as one pickle per call; each worker process unpickles it once and keeps
it, keyed by the pickle's SHA-256, so later chunks and later calls with the same Screener skip
rebuilding its matcher and model. Results come back in input order, identical to a serial run.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from .types import Assessment

if TYPE_CHECKING:
    from .screener import Screener

__all__ = ["MIN_PARALLEL", "resolve_n_jobs", "screen_many"]

MIN_PARALLEL = 200
"""Below this many messages ``screen_many`` stays in one process whatever ``n_jobs`` says:
starting worker processes costs more than screening so few."""

_CHUNKS_PER_WORKER = 4  # enough to even out long and short messages, few enough to stay cheap


def resolve_n_jobs(n_jobs: int) -> int:
    """The number of processes ``n_jobs`` asks for, joblib-style: ``-1`` all cores, ``-2`` all
    but one, and so on (at least one)."""
    if isinstance(n_jobs, bool) or not isinstance(n_jobs, int):
        raise TypeError(f"n_jobs must be an int (1, 2, ... or -1 for every core), not {n_jobs!r}")
    if n_jobs == 0:
        raise ValueError("n_jobs=0 means no worker at all; use 1 for serial or -1 for every core")
    if n_jobs > 0:
        return n_jobs
    return max(1, (os.cpu_count() or 1) + 1 + n_jobs)


def screen_many(screener: Screener, texts: Iterable[str], n_jobs: int = 1) -> list[Assessment]:
    """One Assessment per text, in input order; ``n_jobs > 1`` screens chunks in processes."""
    from .screener import _type_message

    items = texts if isinstance(texts, list) else list(texts)
    for i, t in enumerate(items):
        if not isinstance(t, str):
            raise TypeError(f"texts[{i}]: {_type_message(t)}")
    workers = min(resolve_n_jobs(n_jobs), max(1, len(items) // 50))
    if workers == 1 or len(items) < MIN_PARALLEL:
        return _screen_chunk(screener, items)
    from joblib import Parallel, delayed

    size = -(-len(items) // (workers * _CHUNKS_PER_WORKER))
    chunks = [items[i : i + size] for i in range(0, len(items), size)]
    shipped = _Shipped(screener)
    parts = Parallel(n_jobs=workers, backend="loky")(
        delayed(_screen_chunk)(shipped, chunk) for chunk in chunks
    )
    out = [a for part in parts for a in part]
    if len(out) != len(items):  # never hand back a batch that lost or gained a row
        raise RuntimeError(f"parallel screening returned {len(out)} results for {len(items)} texts")
    return out


def _screen_chunk(screener: Screener, texts: Sequence[str]) -> list[Assessment]:
    """Screen one chunk (in a worker process, or in this one when running serially)."""
    return [screener.screen(t) for t in texts]


class _Shipped:
    """A Screener pickled once for every task of a call; a worker unpickles it once and keeps it."""

    def __init__(self, screener: Screener) -> None:
        self.blob = pickle.dumps(screener, protocol=pickle.HIGHEST_PROTOCOL)
        self.key = hashlib.sha256(self.blob).hexdigest()

    def __reduce__(self) -> tuple[Any, tuple[str, bytes]]:
        return _receive, (self.key, self.blob)


_RECEIVED: dict[str, Screener] = {}


def _receive(key: str, blob: bytes) -> Screener:
    """In a worker: the Screener for ``key``, unpickled the first time it arrives."""
    screener = _RECEIVED.get(key)
    if screener is None:
        _RECEIVED.clear()  # one Screener per worker at a time; an old one is not needed again
        screener = _RECEIVED[key] = pickle.loads(blob)
    return screener
