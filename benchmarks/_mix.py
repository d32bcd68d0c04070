"""A realistic message mix for the benchmarks: short chats and long e-mails.

Short chats are the real SMS ham of ../shared/data (when present) and the project's own
evaluation messages; long e-mails join several evaluation messages and a signature block into
2-6 KB bodies. Deterministic (fixed seed).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SMS = ROOT.parent / "shared" / "data" / "sms-spam-collection" / "SMSSpamCollection.tsv"
EVAL = ROOT / "data" / "eval" / "en_eval.jsonl"
SIGNATURE = (
    "\n\n--\nKind regards,\nAlex Morgan | Senior Talent Partner\nNorthwind Search Ltd.\n"
    "This e-mail and any attachments are confidential and intended solely for the addressee. "
    "If you have received it in error, please notify the sender and delete it.\n"
)


def message_mix(n: int = 20_000, long_share: float = 0.3, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    evals = [json.loads(x)["text"] for x in EVAL.read_text("utf-8").splitlines() if x.strip()]
    short = list(evals)
    if SMS.exists():
        short += [
            line.split("\t", 1)[1]
            for line in SMS.read_text("utf-8", errors="replace").splitlines()
            if line.startswith("ham\t")
        ]
    out = []
    for _ in range(n):
        if rng.random() < long_share:
            body = "\n\n".join(rng.sample(evals, rng.randint(4, 10)))
            out.append(body + SIGNATURE)
        else:
            out.append(rng.choice(short))
    return out
