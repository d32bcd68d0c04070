"""Hostile input: seconds per 1 MB for every adversarial kind, and how the time grows.

    python benchmarks/bench_hostile.py [--model default|none] [--repeats 3] [--kinds cjk,...]

For each kind of ``tests/hostile_inputs.py`` it screens 100 KB, 1 MB and 2 MB (the largest
message screened whole, ``DEFAULT_MAX_CHARS``) with the default screener, best of
``--repeats``, and prints the times and the growth ratios (linear: 10x and 2x). Times are CPU
seconds of this process (``time.process_time``), so a busy machine distorts them less than wall
time would. Prints figures; asserts nothing. Goal: every 1 MB input in under 1 s, growth close to linear.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from hostile_inputs import HOSTILE


def best_of(repeats: int, screen, text: str) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeats):
        t = time.process_time()
        screen(text)
        best = min(best, time.process_time() - t)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", default="default", help="'default' or 'none' (rules only)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--kinds", help="comma-separated kinds (default: all)")
    args = parser.parse_args()

    import recruitscreen as rs
    from recruitscreen.screener import DEFAULT_MAX_CHARS

    screener = rs.Screener(model=None if args.model == "none" else args.model)
    screener.screen("warm up: add me on wechat")
    kinds = args.kinds.split(",") if args.kinds else list(HOSTILE)
    print(f"{screener!r}; CPU seconds, best of {args.repeats}")
    print(f"{'kind':<22} {'100 KB':>8} {'1 MB':>8} {'2 MB':>8} {'1M/100K':>8} {'2M/1M':>7}")
    rows = []
    for kind in kinds:
        make = HOSTILE[kind]
        t = [best_of(args.repeats, screener.screen, make(n))
             for n in (100_000, 1_000_000, DEFAULT_MAX_CHARS)]
        rows.append((t[1], kind))
        r10 = t[1] / max(t[0], 1e-6)
        r2 = t[2] / max(t[1], 1e-6)
        print(f"{kind:<22} {t[0]:>7.3f}s {t[1]:>7.3f}s {t[2]:>7.3f}s {r10:>7.1f}x {r2:>6.1f}x",
              flush=True)
    worst_s, worst = max(rows)
    over = [k for s, k in sorted(rows, reverse=True) if s >= 1.0]
    print(f"\nworst 1 MB input         {worst}: {worst_s:.2f} s")
    print(f"1 MB inputs over 1 s     {len(over)} of {len(rows)}: {', '.join(over) or 'none'}")
    print(f"largest message screened whole: {DEFAULT_MAX_CHARS:,} characters; one more raises "
          "InputError (Screener(max_chars=...) to change it)")


if __name__ == "__main__":
    main()
