"""Fuzz recruitscreen for N minutes with the Hypothesis properties of the test suite.

    python fuzz/run.py --minutes 10 [--targets screen,csv] [--batch 300] [--seed 1]

Runs every property of ``tests/test_fuzz_props.py`` (normalize, screen with and without the
model, the JSONL/CSV/TSV/text readers, the writers) plus screening of the adversarial inputs of
``tests/hostile_inputs.py`` at random sizes, round after round, until the time is up. A
failing property is shrunk by Hypothesis to a small example, printed with its traceback, and
the run exits 1; otherwise it prints how many examples each target ran and exits 0.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from hostile_inputs import HOSTILE
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st
from test_fuzz_props import TARGETS, check_screen, default_screener


def _check_hostile(kind: str, n: int, with_model: bool) -> None:
    check_screen(HOSTILE[kind](n), default_screener() if with_model else None)


ALL_TARGETS: dict[str, tuple[Callable[..., None], tuple[Any, ...]]] = {
    **TARGETS,
    "hostile": (_check_hostile, (st.sampled_from(sorted(HOSTILE)), st.integers(0, 50_000),
                                 st.booleans())),
}


def _counted(fn: Callable[..., None], arity: int, counter: list[int]) -> Callable[..., None]:
    """``fn`` with a fixed number of positional parameters (Hypothesis needs a real signature)."""
    if arity == 1:
        def one(a: Any) -> None:
            counter[0] += 1
            fn(a)
        return one
    if arity == 2:
        def two(a: Any, b: Any) -> None:
            counter[0] += 1
            fn(a, b)
        return two

    def three(a: Any, b: Any, c: Any) -> None:
        counter[0] += 1
        fn(a, b, c)
    return three


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=1.0, help="how long to run (default 1)")
    parser.add_argument("--targets", help=f"comma-separated, from: {', '.join(ALL_TARGETS)}")
    parser.add_argument("--batch", type=int, default=300, help="examples per target per round")
    parser.add_argument("--seed", type=int, default=None, help="seed of the first round (default: random)")
    args = parser.parse_args()
    names = args.targets.split(",") if args.targets else list(ALL_TARGETS)
    unknown = [n for n in names if n not in ALL_TARGETS]
    if unknown:
        parser.error(f"unknown target(s) {unknown}; choose from {list(ALL_TARGETS)}")
    rng = random.Random(args.seed)
    counts = {name: [0] for name in names}
    start = time.monotonic()
    end = start + 60 * args.minutes
    rounds = 0
    while time.monotonic() < end:
        rounds += 1
        round_seed = rng.randrange(2**32)
        for name in names:
            if time.monotonic() >= end:
                break
            fn, strategies = ALL_TARGETS[name]
            test = seed(round_seed)(settings(
                max_examples=args.batch, deadline=None, database=None,
                phases=[Phase.generate, Phase.shrink], suppress_health_check=list(HealthCheck),
            )(given(*strategies)(_counted(fn, len(strategies), counts[name]))))
            try:
                test()
            except Exception:
                traceback.print_exc()
                print(f"\nfuzz: target {name!r} FAILED in round {rounds} (seed {round_seed}) "
                      f"after {time.monotonic() - start:.0f} s", file=sys.stderr)
                return 1
        done = time.monotonic() - start
        total = sum(c[0] for c in counts.values())
        print(f"\rfuzz: round {rounds}, {done / 60:.1f} min, {total:,} examples", end="",
              file=sys.stderr, flush=True)
    minutes = (time.monotonic() - start) / 60
    print(file=sys.stderr)
    print(f"fuzz: {minutes:.1f} minutes, {rounds} rounds, 0 failures")
    for name in names:
        print(f"  {name:<14} {counts[name][0]:>10,} examples")
    return 0


if __name__ == "__main__":
    sys.exit(main())
