"""Default screener (rules + shipped model): load time, throughput, latency, memory, file size.

    python benchmarks/bench_model.py [--n 10000]

Prints figures; asserts nothing; throughput on the inbox mix (30% long e-mails) and on issue 2's
short-message mix. Goals: >= 2,000 messages/s batched on one core, single-message
p50 <= 2 ms after load, model load <= 1.5 s, peak memory <= 300 MB, model file <= 20 MB.
"""

from __future__ import annotations

import argparse
import resource
import time

from _mix import cpu_seconds, evaluation_mix, latency_percentiles, message_mix


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=10_000)
    args = parser.parse_args()

    import recruitscreen as rs
    from recruitscreen.model import load_model, shipped_model_path
    from recruitscreen.models import SHIPPED_SHA256

    path = shipped_model_path()
    t = time.perf_counter()
    model = load_model(path, expected_sha256=SHIPPED_SHA256)
    load_s = time.perf_counter() - t
    screener = rs.Screener(model=model)
    texts = message_mix(args.n)
    screener.screen("warm up")
    t = time.perf_counter()
    results = screener.screen_many(texts)
    elapsed = time.perf_counter() - t
    p50, p99 = latency_percentiles(screener.screen, texts[:2000])
    evaluation = evaluation_mix()
    cpu_eval = min(cpu_seconds(screener, evaluation) for _ in range(3))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"model file               {path.stat().st_size / 1e6:.2f} MB ({model!r})")
    print(f"model load (verified)    {load_s * 1e3:.0f} ms")
    print(f"throughput (1 core)      {len(texts) / elapsed:,.0f} messages/s over {len(texts):,} "
          f"({sum(a.flagged for a in results):,} flagged)")
    print(f"evaluation mix (1 core)  {len(evaluation) / cpu_eval:,.0f} messages/s in CPU time, best of 3 "
          f"({len(evaluation):,} short messages: en_blind3.jsonl and the SMS ham)")
    print(f"latency p50 / p99        {p50:.3f} ms / {p99:.3f} ms")
    print(f"peak memory (RSS)        {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
