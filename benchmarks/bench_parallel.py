"""Throughput of ``Screener.screen_many`` with n_jobs=1 and n_jobs=2 (joblib processes).

    python benchmarks/bench_parallel.py                    # 10,000 and 100,000 messages, shipped model
    python benchmarks/bench_parallel.py --n 10000 --model none

Messages come from the benchmark mix (``_mix.py``). For each size the serial run comes first,
then two parallel runs: the first starts the worker processes (what a script that screens one
batch pays), the second reuses them (joblib keeps its workers between calls). Results are
checked equal to the serial ones. The machine's load average is printed beside the figures:
on a shared machine, other processes take cores away and shrink the speed-up.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _mix import message_mix

import recruitscreen as rs


def timed(fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--model", default="default", help="default | none | a .rsmodel path")
    ap.add_argument("--jobs", type=int, default=2, help="processes for the parallel runs")
    args = ap.parse_args()
    model = None if args.model == "none" else args.model
    screener = rs.Screener(model=model)
    screener.screen("warm up: add me on WeChat")
    print(f"cores: {os.cpu_count()}, model: {args.model}, n_jobs: 1 vs {args.jobs}")
    for n in args.n:
        texts = message_mix(n)
        load = os.getloadavg()[0]
        serial, t1 = timed(screener.screen_many, texts, n_jobs=1)
        cold, t2 = timed(screener.screen_many, texts, n_jobs=args.jobs)
        warm, t3 = timed(screener.screen_many, texts, n_jobs=args.jobs)
        same = cold == serial and warm == serial
        print(
            f"{n:>8,} messages | n_jobs=1 {t1:7.1f} s ({n / t1:6,.0f} msg/s) | "
            f"n_jobs={args.jobs} {t2:7.1f} s ({n / t2:6,.0f} msg/s, x{t1 / t2:.2f}) first call, "
            f"{t3:7.1f} s (x{t1 / t3:.2f}) workers reused | identical: {same} | "
            f"load before: {load:.1f}",
            flush=True,
        )
        if not same:
            raise SystemExit("parallel results differ from the serial ones")


if __name__ == "__main__":
    main()
