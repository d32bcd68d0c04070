"""A realistic message mix for the benchmarks: short chats and long e-mails.

Short messages are the real SMS ham of ../shared/data (when present) and the train split of the
project's training corpus (suspicious and benign); long e-mails join several benign corpus
messages, a quoted earlier message and a signature with a legal disclaimer into 1.5-5 KB bodies,
as most long mail in an inbox is ordinary. The evaluation sets are not used here, so nothing is
tuned on them. Deterministic (fixed seed).
"""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SMS = ROOT.parent / "shared" / "data" / "sms-spam-collection" / "SMSSpamCollection.tsv"
CORPUS = ROOT / "data" / "corpus" / "en.jsonl"
SIGNATURE = (
    "\n\n--\nKind regards,\nAlex Morgan | Senior Talent Partner\nNorthwind Search Ltd.\n"
    "This e-mail and any attachments are confidential and intended solely for the addressee. "
    "If you have received it in error, please notify the sender and delete it.\n"
)


def message_mix(n: int = 20_000, long_share: float = 0.3, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    rows = [json.loads(x) for x in CORPUS.read_text("utf-8").splitlines() if x.strip()]
    rows = [r for r in rows if r["split"] == "train"]
    benign = [r["text"] for r in rows if r["label"] == 0]
    short = [r["text"] for r in rows] + _sms_ham()
    out = []
    for _ in range(n):
        if rng.random() < long_share:
            body = "\n\n".join(rng.sample(benign, rng.randint(4, 12)))
            quoted = "\n".join("> " + line for line in rng.choice(benign).splitlines())
            out.append(body + SIGNATURE + "\n\nOn Monday, someone wrote:\n" + quoted)
        else:
            out.append(rng.choice(short))
    return out


EVAL = ROOT / "data" / "eval" / "en_blind3.jsonl"


def evaluation_mix() -> list[str]:
    """The mix issue 2 names for its speed goal: the English evaluation file (en_blind3.jsonl, the blind one)
    and every real SMS ham message, short texts mostly (timing them tunes nothing)."""
    texts = [json.loads(x)["text"] for x in EVAL.read_text("utf-8").splitlines() if x.strip()]
    return texts + _sms_ham()


def _sms_ham() -> list[str]:
    """Every real SMS ham message of ../shared/data ([] when it is not there)."""
    if not SMS.exists():
        return []
    lines = SMS.read_text("utf-8", errors="replace").splitlines()
    return [line.split("\t", 1)[1] for line in lines if line.startswith("ham\t")]


def latency_percentiles(screen, texts: list[str]) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """p50 and p99 single-message latency in milliseconds."""
    import time

    lat = []
    for text in texts:
        t0 = time.perf_counter()
        screen(text)
        lat.append(time.perf_counter() - t0)
    lat.sort()
    return 1e3 * lat[len(lat) // 2], 1e3 * lat[int(len(lat) * 0.99)]


def cpu_seconds(screener, texts: list[str]) -> float:  # type: ignore[no-untyped-def]
    """CPU seconds ``screener`` takes to screen ``texts`` in this process."""
    t = time.process_time()
    screener.screen_many(texts)
    return time.process_time() - t
