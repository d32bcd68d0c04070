"""Print the README's evaluation table: every evaluation set, rules alone and rules + model.

    python scripts/eval_table.py            # Markdown rows, one per set (a few minutes)
    python scripts/eval_table.py --blind    # only the blind sets

Each set is screened by ``Screener(model=None)`` and by the default ``Screener()``; a cell gives
the share of suspicious messages flagged, the share of benign ones flagged, and the ROC AUC
(threshold 0.5: "flagged" = level medium or high). The corpus test families are measured by
``scripts/build_model.py`` (they need the training split), not here. SMS ham: the held-out quarter
of :func:`build_model.sms_ham` (the quarter the model never trained on), when ``../shared/data`` is there.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from build_model import DEVELOPMENT, read_jsonl, sms_ham  # noqa: E402

from recruitscreen.evaluate import EvalItem, Report, evaluate  # noqa: E402
from recruitscreen.screener import Screener  # noqa: E402

BLIND = ["data/eval/en_blind5.jsonl", "data/eval/fr_blind7.jsonl", "data/eval/zh_blind7.jsonl"]
"""The sets no rule, corpus or model author has seen; every other set is a development set. Round 7
(en_blind5, fr_blind7, zh_blind7, written at the end of session 8) was first measured at the end of
session 9; round 6 (en_blind4, fr_blind6, zh_blind6, measured twice in session 8) became a
development set in session 9. Round 8 (en_blind6, fr_blind8, zh_blind8, written at the end of
session 9) has never been measured: it takes round 7's place when a later session measures its final
figures."""
SETS = [(ROOT / name, "blind") for name in BLIND] + [
    (path, "development: the model trained on it, see data/eval/README.md") for path in DEVELOPMENT
]


def cell(rep: Report) -> str:
    auc = "" if rep.auc is None else f", AUC {rep.auc:.3f}"
    return f"{rep.recall or 0.0:.1%} / {rep.false_positive_rate or 0.0:.1%}{auc}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--blind", action="store_true", help="measure only the blind sets")
    blind_only = parser.parse_args().blind
    screeners = (Screener(model=None), Screener())
    print("| set | rules alone | rules + model (default) |")
    print("|---|---|---|")
    for path, note in SETS:
        if blind_only and note != "blind":
            continue
        name = path.relative_to(ROOT)
        if not path.exists():
            print(f"| `{name}` | missing | missing |")
            continue
        data = [EvalItem(r["text"], int(r["label"])) for r in read_jsonl(path)]
        cells = [cell(evaluate(s, data)) for s in screeners]
        print(f"| `{name}` ({len(data)}, {note}) | {cells[0]} | {cells[1]} |", flush=True)
    ham = sms_ham()[1]  # the quarter the model never trained on
    if ham:
        reps = [evaluate(s, [EvalItem(t, 0) for t in ham]) for s in screeners]
        print(f"| SMS ham, held-out quarter ({len(ham):,} real messages) | "
              + " | ".join(f"{r.fp} flagged ({r.fp / r.n:.2%})" for r in reps) + " |")


if __name__ == "__main__":
    main()
