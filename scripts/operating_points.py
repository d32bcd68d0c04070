"""What moving the decision threshold would trade, measured out of fold on training rows only.

    python scripts/operating_points.py        # about 4 minutes on one core

It repeats :func:`recruitscreen.train.train_model`'s stages on the same training set as
``build_model.py`` (the classifier out of fold by family, Platt, then the combination with the rules,
itself out of fold by family), and prints, for the rows the combination is fitted on (the corpus
"calib" families and the training quarter of the SMS ham), what a shift of the combined log-odds
would flag: suspicious messages (all, and the subtle ones), look-alikes, and real SMS ham; then what
the same rows give if short messages on which no rule fires are never flagged. No test
family and no held-out SMS message is read, so a threshold chosen from this table is not tuned on
the figures the model card reports.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from build_model import sms_ham, training_rows, training_set  # noqa: E402

from recruitscreen.screener import Screener  # noqa: E402
from recruitscreen.train import combine_out_of_fold, prepare_texts, rule_evidence  # noqa: E402

SHIFTS = (1.0, 0.5, 0.25, 0.0, -0.25, -0.5, -1.0, -1.5, -2.0, -3.0)
CAPS = (10, 15, 20, 30)
_WORD = re.compile(r"[^\W\u4e00-\u9fff]+")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def words(text: str) -> float:
    """Words of a message: runs of letters and digits, and one for every two Han characters."""
    return len(_WORD.findall(text)) + len(_HAN.findall(text)) / 2


def say(message: str) -> None:
    print(f"  {message}", file=sys.stderr)


def main() -> None:
    train, _ = training_rows()
    ham, _ = sms_ham()
    texts, labels, groups, combine_on, weights = training_set(train, ham)
    norm, languages = prepare_texts(texts)
    say("scoring the rules")
    _, by_category = rule_evidence(texts, Screener(model=None))
    fit = combine_out_of_fold(norm, languages, by_category, labels, groups, combine_on, weights, progress=say)
    rows, combined = fit.rows, fit.combiner["oof"]
    meta = train + [{"label": 0, "split": "sms"}] * len(ham)
    kinds = {
        "suspicious": lambda r: r["label"] == 1,
        "subtle": lambda r: r["label"] == 1 and bool(r.get("subtle")),
        "look-alikes": lambda r: r["label"] == 0 and bool(r.get("lookalike")),
        "other benign": lambda r: r["label"] == 0 and not r.get("lookalike") and r["split"] != "sms",
        "SMS ham": lambda r: r["split"] == "sms",
    }
    picked = {k: [z for i, z in zip(rows, combined, strict=True) if is_(meta[i])] for k, is_ in kinds.items()}
    print("out of fold on the combination rows: share flagged (combined log-odds >= 0, the screener's 0.5)"
          " when the log-odds are shifted")
    print(f"{'shift':>6}" + "".join(f"{k:>14}" for k in kinds))
    print(f"{'n':>6}" + "".join(f"{len(v):>14,}" for v in picked.values()))
    for shift in SHIFTS:
        cells = [sum(z + shift >= 0 for z in v) / len(v) for v in picked.values()]
        print(f"{shift:>+6.2f}" + "".join(f"{c:>14.2%}" for c in cells))

    # The other way to trade: leave the threshold, and never let the classifier alone flag a short
    # message on which no rule fires (most real chat is short and fires no rule).
    quiet = {i for i in rows if not any(by_category[i])}
    print("\nthe same rows when a message of at most N words on which no rule fires is never flagged")
    print(f"{'N':>6}" + "".join(f"{k:>14}" for k in kinds))
    for most in CAPS:
        capped = {i: -1.0 if i in quiet and words(texts[i]) <= most else z
                  for i, z in zip(rows, combined, strict=True)}
        cells = [sum(capped[i] >= 0 for i in rows if is_(meta[i])) / len(picked[k]) for k, is_ in kinds.items()]
        print(f"{most:>6}" + "".join(f"{c:>14.2%}" for c in cells))


if __name__ == "__main__":
    main()
