"""Throughput of ``Screener.screen_many`` with n_jobs=1 and n_jobs=2 (joblib processes).

    python benchmarks/bench_parallel.py                    # 10,000 and 100,000 messages, shipped model
    python benchmarks/bench_parallel.py --n 10000 --model none

Messages come from the benchmark mix (``_mix.py``). For each size the serial run comes first
(after a warm-up on 2,000 of the messages, so that caches are as warm as the reused workers'),
then two parallel runs: the first starts the worker processes (what a script that screens one
batch pays), the second reuses them (joblib keeps its workers between calls). Results are
checked equal to the serial ones. The machine's load average is printed beside the figures:
on a shared machine, other processes take cores away and shrink the speed-up. So the CPU time
is printed too (this process for the serial run; each worker process, read from /proc, for the
second parallel run): the busiest worker's CPU time is what the parallel run would take on
otherwise idle cores.
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


def children_cpu() -> dict[int, float]:
    """CPU seconds (user + system) of each child process of this one (Linux /proc)."""
    me, tick = os.getpid(), os.sysconf("SC_CLK_TCK")
    out = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == me:  # fields[1] is the parent pid; utime, stime follow at 11, 12
            out[int(entry.name)] = (int(fields[11]) + int(fields[12])) / tick
    return out


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
        screener.screen_many(texts[:2000])  # warm this process's caches, as the workers' get warm
        c0 = time.process_time()
        serial, t1 = timed(screener.screen_many, texts, n_jobs=1)
        serial_cpu = time.process_time() - c0
        cold, t2 = timed(screener.screen_many, texts, n_jobs=args.jobs)
        before = children_cpu()
        warm, t3 = timed(screener.screen_many, texts, n_jobs=args.jobs)
        after = children_cpu()
        workers = sorted((after[p] - before.get(p, 0.0) for p in after), reverse=True)[: args.jobs]
        same = cold == serial and warm == serial
        print(
            f"{n:>8,} messages | n_jobs=1 {t1:7.1f} s ({n / t1:6,.0f} msg/s) | "
            f"n_jobs={args.jobs} {t2:7.1f} s ({n / t2:6,.0f} msg/s, x{t1 / t2:.2f}) first call, "
            f"{t3:7.1f} s (x{t1 / t3:.2f}) workers reused | identical: {same} | "
            f"load before: {load:.1f}",
            flush=True,
        )
        if workers and workers[0] > 0:
            print(
                f"{'':>8}            CPU: serial {serial_cpu:.1f} s; workers (reused) "
                + " + ".join(f"{w:.1f}" for w in workers)
                + f" s -> on idle cores about {workers[0]:.1f} s (x{serial_cpu / workers[0]:.2f})",
                flush=True,
            )
        if not same:
            raise SystemExit("parallel results differ from the serial ones")


if __name__ == "__main__":
    main()
