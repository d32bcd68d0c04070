"""Leave-authors-out cross-validation of the classifier: how it reads an author it never saw.

    python scripts/author_cv.py              # three training settings (about two minutes)

The training sources of scripts/build_model.py (each author file of the corpus, train and calib
splits only, and each development set) are dealt round-robin into five folds; the classifier is
trained on four folds plus the SMS ham training half and scores the fifth. Printed: ROC AUC per
held-out source and their mean, for equal row weights and for build_model's ``row_weights``, without
and with the naive-Bayes feature scaling of :class:`recruitscreen.train.NBScale`.
The corpus test families are never read, so this can choose training settings without touching
the held-out figures.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from build_model import row_weights, sms_ham, training_rows  # noqa: E402

from recruitscreen.evaluate import roc_auc  # noqa: E402
from recruitscreen.train import NB_POWER, build_pipeline, prepare_texts  # noqa: E402

FOLDS = 5


def main() -> None:
    rows, _test = training_rows()
    ham, _held = sms_ham()
    texts, _languages = prepare_texts([r["text"] for r in rows] + ham)  # as train_model reads them
    labels = [int(r["label"]) for r in rows] + [0] * len(ham)
    sources = [r["source"] for r in rows] + ["sms"] * len(ham)
    names = sorted(set(sources) - {"sms"})
    folds = [names[i::FOLDS] for i in range(FOLDS)]
    weighted = row_weights(rows, len(ham))
    settings = (  # (label, row weights, NBScale power: 0 leaves the features as they are)
        ("equal weights, no NB scale", [1.0] * len(labels), 0.0),
        ("row_weights, no NB scale", weighted, 0.0),
        ("row_weights, NB scale (shipped)", weighted, NB_POWER),
    )
    for label, weights, nb_power in settings:
        aucs: dict[str, float] = {}
        for held in folds:
            train = [i for i, s in enumerate(sources) if s not in held]
            pipe = build_pipeline(0, nb_power=nb_power)
            pipe.fit([texts[i] for i in train], [labels[i] for i in train],
                     clf__sample_weight=[weights[i] for i in train])
            for name in held:
                idx = [i for i, s in enumerate(sources) if s == name]
                scores = pipe.decision_function([texts[i] for i in idx])
                auc = roc_auc([labels[i] for i in idx], [float(x) for x in scores])
                if auc is not None:
                    aucs[name] = auc
        print(f"{label:<32} mean ROC AUC over {len(aucs)} held-out sources {sum(aucs.values()) / len(aucs):.4f}")
        print("   " + " ".join(f"{k} {v:.3f}" for k, v in sorted(aucs.items())), flush=True)


if __name__ == "__main__":
    main()
