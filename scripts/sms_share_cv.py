"""How the classifier's false alarms on real chat depend on how much real chat it learns from.

    python scripts/sms_share_cv.py          # two out-of-fold runs (about four minutes)

Out of fold, as :func:`recruitscreen.train.train_model` fits its combination (and with its
stages: ``prepare_texts``, ``rule_evidence``, ``combine_out_of_fold``): the
training set of ``scripts/build_model.py`` (:func:`build_model.training_set`: corpus train and calib
families, development sets, the training part of the SMS ham, with their weights) is split five
ways by family; the classifier is fitted on four parts and scores the fifth; the Platt calibration and the combination with the rules are fitted out of fold on the
combination rows (calib families and SMS ham). Printed, for the classifier learning from all of the
training SMS ham and from half of it (every other message left out of every fit, still scored):
the share of suspicious and look-alike combination rows flagged, and the SMS ham flagged. Only
training rows are read: the corpus test families and the held-out SMS ham never are.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from build_model import sms_ham, training_rows, training_set  # noqa: E402

from recruitscreen.screener import Screener  # noqa: E402
from recruitscreen.train import combine_out_of_fold, prepare_texts, rule_evidence  # noqa: E402


def main() -> None:
    import numpy as np

    rows, _test = training_rows()
    ham, _held = sms_ham()
    texts, labels, groups, combine_on, weights = training_set(rows, ham)
    y = np.array(labels)
    is_sms = np.arange(len(texts)) >= len(rows)
    lookalike = np.array([r["label"] == 0 and bool(r.get("lookalike")) for r in rows] + [False] * len(ham))
    combine = np.array(combine_on)
    norm, langs = prepare_texts(texts)
    _total, cats = rule_evidence(texts, Screener(model=None))
    for label, left_out in (("all of the training SMS ham", np.zeros(len(y), bool)),
                            ("half of it", is_sms & (np.arange(len(y)) % 2 == 1))):
        fit = combine_out_of_fold(norm, langs, cats, labels, groups, combine_on, weights, fit_on=list(~left_out),
                                  progress=lambda m, label=label: print(f"  {label}: {m}", file=sys.stderr, flush=True))
        flagged = np.zeros(len(y), bool)
        flagged[fit.rows] = np.array(fit.combiner["oof"]) >= 0
        sus, look, sms = (combine & (y == 1)), (combine & lookalike), (combine & is_sms)
        print(f"learning from {label:<28} suspicious flagged {flagged[sus].mean():.1%}  look-alikes flagged "
              f"{flagged[look].mean():.1%}  SMS ham flagged {flagged[sms].sum()} of {sms.sum()}", flush=True)

if __name__ == "__main__":
    main()
