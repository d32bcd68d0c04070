"""Peak memory while screening 20,000 messages with the shipped model loaded.

    python benchmarks/bench_memory.py [--n 20000] [--model default|none]

Runs in a fresh child process so the figure is the screening's own: peak resident set size
(``resource.getrusage``, ``ru_maxrss``) after ``import recruitscreen``, after the model
loads, and after screening the message mix of ``benchmarks/_mix.py`` with ``screen_many``
(results kept, as a caller would). Prints figures; asserts nothing. Goal: <= 400 MB.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def child(n: int, model: str) -> None:
    from _mix import message_mix

    texts = message_mix(n)
    chars = sum(map(len, texts))
    base = _peak_mb()
    import recruitscreen as rs

    imported = _peak_mb()
    screener = rs.Screener(model=None if model == "none" else model)
    screener.screen("warm up")
    loaded = _peak_mb()
    results = screener.screen_many(texts)
    done = _peak_mb()
    print(json.dumps({"n": len(results), "chars": chars, "base": base, "imported": imported,
                      "loaded": loaded, "peak": done,
                      "flagged": sum(a.flagged for a in results)}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--model", default="default")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.n, args.model)
        return
    out = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", "--n", str(args.n),
         "--model", args.model],
        capture_output=True, text=True, check=True, cwd=HERE,
    )
    r = json.loads(out.stdout.strip().splitlines()[-1])
    print(f"messages                 {r['n']:,} ({r['chars'] / 1e6:.1f} M characters, "
          f"{r['flagged']:,} flagged), model={args.model}")
    print(f"peak RSS: interpreter + message mix   {r['base']:.0f} MB")
    print(f"          after import recruitscreen  {r['imported']:.0f} MB")
    print(f"          after the model loads       {r['loaded']:.0f} MB")
    print(f"          after screening all         {r['peak']:.0f} MB (goal <= 400 MB)")


if __name__ == "__main__":
    main()
