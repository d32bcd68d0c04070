"""How the classifier's false alarms on real chat depend on how much real chat it learns from.

    python scripts/sms_share_cv.py          # two out-of-fold runs (about four minutes)

Out of fold, as :func:`recruitscreen.train.train_model` fits its combination: the training rows of
``scripts/build_model.py`` (corpus train and calib families, development sets, the training part of
the SMS ham) are split five ways by family; the classifier is fitted on four parts and scores the
fifth; the Platt calibration and the combination with the rules are fitted out of fold on the
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

from build_model import row_weights, sms_ham, training_rows  # noqa: E402

from recruitscreen.lang import detect  # noqa: E402
from recruitscreen.model import MAX_CHARS  # noqa: E402
from recruitscreen.normalize import normalize  # noqa: E402
from recruitscreen.screener import Screener  # noqa: E402
from recruitscreen.train import build_pipeline, category_log_odds, fit_combiner  # noqa: E402


def main() -> None:
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    rows, _test = training_rows()
    ham, _held = sms_ham()
    texts = [r["text"] for r in rows] + ham
    y = np.array([int(r["label"]) for r in rows] + [0] * len(ham))
    groups = [r["family"] for r in rows] + [f"sms-{i % 20}" for i in range(len(ham))]
    is_sms = np.array([False] * len(rows) + [True] * len(ham))
    calib_langs = {r.get("lang", "en") for r in rows if r["split"] == "calib"}
    combine = np.array([r["split"] == "calib" or (r["split"] == "train" and r.get("lang", "en") not in calib_langs)
                        for r in rows] + [True] * len(ham))
    lookalike = np.array([r["label"] == 0 and bool(r.get("lookalike")) for r in rows] + [False] * len(ham))
    weights = np.array(row_weights(rows, len(ham)))
    full = [normalize(t).text for t in texts]
    norm = [t[:MAX_CHARS] for t in full]
    langs = [detect(t).primary for t in full]
    rules = Screener(model=None)
    cats = [category_log_odds(rules.screen(t)) for t in texts]
    idx = np.flatnonzero(combine)
    splits = list(GroupKFold(n_splits=5).split(norm, y, groups))
    for label, left_out in (("all of the training SMS ham", np.zeros(len(y), bool)),
                            ("half of it", is_sms & (np.arange(len(y)) % 2 == 1))):
        oof = np.zeros(len(y))
        for k, (tr, te) in enumerate(splits, start=1):
            print(f"  {label}: fold {k}/5", file=sys.stderr, flush=True)
            fit = np.array([i for i in tr if not left_out[i]])
            pipe = build_pipeline(0)
            pipe.fit([norm[i] for i in fit], y[fit], clf__sample_weight=weights[fit])
            oof[te] = pipe.decision_function([norm[i] for i in te])
        platt = LogisticRegression(C=1e6, max_iter=1000).fit(oof[:, None], y)
        logit = platt.coef_[0][0] * oof + platt.intercept_[0]
        comb = fit_combiner(list(logit[idx]), [cats[i] for i in idx], list(y[idx]), [groups[i] for i in idx],
                            languages=[langs[i] for i in idx])
        flagged = np.zeros(len(y), bool)
        flagged[idx] = np.array(comb["oof"]) >= 0
        sus, look, sms = (combine & (y == 1)), (combine & lookalike), (combine & is_sms)
        print(f"learning from {label:<28} suspicious flagged {flagged[sus].mean():.1%}  look-alikes flagged "
              f"{flagged[look].mean():.1%}  SMS ham flagged {flagged[sms].sum()} of {sms.sum()}", flush=True)


if __name__ == "__main__":
    main()
