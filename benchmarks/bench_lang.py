"""Language detection speed, and what choosing packs by language saves in screening.

    python benchmarks/bench_lang.py [--n 20000]

Prints figures; asserts nothing. Goals: detection costs a small fraction (under 5%) of screening a
message, since it runs on every one; it does not grow with the input beyond a bounded sample
(plus one C-level search for Han characters); and screening English text with every pack loaded
costs little more than the English pack alone (packs for other languages do not run on it; the
channel pack for every language does).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from _mix import message_mix

from recruitscreen import RuleSet, Screener
from recruitscreen.lang import detect

ROOT = Path(__file__).resolve().parent.parent


def per_call(fn: object, texts: list[str]) -> float:
    t = time.perf_counter()
    for text in texts:
        fn(text)  # type: ignore[operator]
    return (time.perf_counter() - t) / len(texts)


def corpus(lang: str) -> list[str]:
    path = ROOT / "data" / "corpus" / f"{lang}.jsonl"
    return [json.loads(x)["text"] for x in path.read_text("utf-8").splitlines() if x.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=20_000)
    args = parser.parse_args()

    mix = message_mix(args.n)
    sets = {"en mix": mix, "fr corpus": corpus("fr") * 20, "zh corpus": corpus("zh") * 20}
    print("detect(), per message")
    for name, texts in sets.items():
        print(f"  {name:<10} {per_call(detect, texts) * 1e6:7.2f} µs  ({len(texts):,} messages)")
    for size in (10_000, 100_000, 1_000_000):
        text = ("Bonjour, merci pour votre message. " * (size // 35 + 1))[:size]
        t = time.perf_counter()
        detect(text)
        print(f"  {size:>9,} chars of French: {(time.perf_counter() - t) * 1e3:6.2f} ms")
        text = ("谢谢你的消息，我们明天见。" * (size // 13 + 1))[:size]
        t = time.perf_counter()
        detect(text)
        print(f"  {size:>9,} chars of Chinese: {(time.perf_counter() - t) * 1e3:5.2f} ms")

    every = Screener(model=None)
    english_only = Screener(model=None, rules=RuleSet.from_rules(r for r in RuleSet.default() if r.language == "en"))
    sample = mix[: min(len(mix), 5000)]
    for s in (every, english_only):  # warm the caches
        s.screen_many(sample[:50])
    print("screening the English mix (rules only), per message")
    print(f"  all packs, chosen by language: {per_call(every.screen, sample) * 1e6:8.1f} µs")
    print(f"  English pack alone:            {per_call(english_only.screen, sample) * 1e6:8.1f} µs")


if __name__ == "__main__":
    main()
