"""Rules-only speed: batch throughput, single-message latency, and the cost of the import.

    python benchmarks/bench_rules.py [--n 20000]

Throughput is given on two mixes: the inbox mix of ``_mix.message_mix`` (30% long e-mails, the
harder one) and the mix issue 2 names (its English evaluation file and the real SMS ham).
Prints figures; asserts nothing (goals: >= 10,000 messages/s on one core, import < 150 ms,
and `import recruitscreen` loads neither scikit-learn nor pandas). Throughput is given in wall
time and in CPU time of this process: on a shared, busy machine the wall clock also counts the
time other processes held the core.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

from _mix import cpu_seconds, evaluation_mix, latency_percentiles, message_mix


def import_time(repeats: int = 7) -> tuple[float, list[str]]:
    code = (
        "import time, sys; t = time.perf_counter(); import recruitscreen; "
        "print(time.perf_counter() - t); "
        "print(','.join(m for m in ('sklearn', 'pandas', 'numpy', 'joblib') if m in sys.modules))"
    )
    times, heavy = [], []
    for _ in range(repeats):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        first, second = out.stdout.splitlines()
        times.append(float(first))
        heavy = [m for m in second.split(",") if m]
    return statistics.median(times), heavy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=20_000)
    args = parser.parse_args()

    import recruitscreen as rs

    texts = message_mix(args.n)
    chars = sum(map(len, texts))
    screener = rs.Screener(model=None)
    screener.screen("warm up")
    t, cpu = time.perf_counter(), time.process_time()
    results = screener.screen_many(texts)
    elapsed, cpu = time.perf_counter() - t, time.process_time() - cpu
    flagged = sum(a.flagged for a in results)
    p50, p99 = latency_percentiles(screener.screen, texts[:3000])
    evaluation = evaluation_mix()
    cpu_eval = min(cpu_seconds(screener, evaluation) for _ in range(3))
    imp, heavy = import_time()
    print(f"messages                 {len(texts):,} ({chars / len(texts):,.0f} chars on average, "
          f"{sum(len(x) > 1000 for x in texts):,} long e-mails)")
    print(f"rules                    {len(screener.rules)}")
    print(f"throughput (1 core)      {len(texts) / elapsed:,.0f} messages/s "
          f"({chars / elapsed / 1e6:.1f} M chars/s); {flagged:,} flagged")
    print(f"  in CPU time            {len(texts) / cpu:,.0f} messages/s")
    print(f"evaluation mix (1 core)  {len(evaluation) / cpu_eval:,.0f} messages/s in CPU time, best of 3 "
          f"({len(evaluation):,} messages: en_blind3.jsonl and the SMS ham, "
          f"{sum(map(len, evaluation)) / len(evaluation):,.0f} chars on average)")
    print(f"latency p50 / p99        {p50:.3f} ms / {p99:.3f} ms")
    for label, part in (("short", [x for x in texts[:3000] if len(x) <= 1000]),
                        ("long", [x for x in texts[:3000] if len(x) > 1000])):
        if part:
            t = time.process_time()
            for text in part:
                screener.screen(text)
            mean = (time.process_time() - t) / len(part)
            print(f"  {label:<5} mean (CPU)      {1e3 * mean:.3f} ms over {len(part):,} messages")
    print(f"import recruitscreen     {1e3 * imp:.1f} ms (median of 7); heavy modules loaded: "
          f"{', '.join(heavy) or 'none'}")


if __name__ == "__main__":
    main()
