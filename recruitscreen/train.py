"""Train the classifier and the step that combines it with the rules; export it as plain data.

The recipe (all seeded, so two runs give the same file):

1. every text is normalized first (:func:`recruitscreen.normalize`), so the model sees what
   the rules see, with obfuscation undone — no custom code has to travel inside the model;
2. TF-IDF word 1-2-grams + ``char_wb`` 2-4-grams -> logistic regression (class-balanced);
3. out-of-fold decision values (``GroupKFold`` by family, so no family informs its own
   prediction) fit a Platt calibration — what ``CalibratedClassifierCV(method="sigmoid",
   ensemble=False)`` does — giving the model's own probability;
4. a second logistic regression on the out-of-fold ``[logit(p_model), rules log-odds]`` learns
   how much each source counts: the fitted, calibrated combination behind the one score;
5. the pipeline is refit on all the training rows and exported as numbers (see
   :mod:`recruitscreen.model`).
"""

from __future__ import annotations

import math
import platform
from collections.abc import Callable, Sequence
from typing import Any

from . import __version__
from .model import FORMAT, FORMAT_VERSION
from .normalize import normalize
from .screener import Screener

__all__ = ["build_pipeline", "train_model"]

Progress = Callable[[str], None]


def build_pipeline(seed: int = 0, C: float = 4.0) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    features = FeatureUnion(
        [
            ("word", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), lowercase=False,
                                     sublinear_tf=True, min_df=2)),
            ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), lowercase=False,
                                     sublinear_tf=True, min_df=2)),
        ]
    )
    clf = LogisticRegression(C=C, class_weight="balanced", max_iter=5000, random_state=seed)
    return Pipeline([("features", features), ("clf", clf)])


def _groups_or_rows(groups: Sequence[str] | None, n: int) -> list[str]:
    return [str(g) for g in groups] if groups is not None else [str(i) for i in range(n)]


def train_model(
    texts: Sequence[str],
    labels: Sequence[int],
    groups: Sequence[str] | None = None,
    *,
    rules: Screener | None = None,
    seed: int = 0,
    folds: int = 5,
    max_chars: int = 20_000,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Fit everything and return the model spec (write it with :func:`recruitscreen.model.write_model`)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    say = progress or (lambda _msg: None)
    if len(texts) != len(labels):
        raise ValueError(f"{len(texts)} texts but {len(labels)} labels")
    y = [int(v) for v in labels]
    if set(y) != {0, 1}:
        raise ValueError("training needs both suspicious (1) and benign (0) examples")
    groups_ = _groups_or_rows(groups, len(texts))
    n_groups = len(set(groups_))
    folds = min(folds, n_groups)
    if folds < 2:
        raise ValueError("training needs at least two groups (families) for out-of-fold fitting")
    rules = rules or Screener(model=None)

    say(f"normalizing {len(texts):,} texts")
    norm = [normalize(t).text[:max_chars] for t in texts]
    say("scoring the rules")
    rules_lo = [rules.screen(t).log_odds for t in texts]

    oof = [0.0] * len(texts)
    splitter = GroupKFold(n_splits=folds)
    for k, (tr, te) in enumerate(splitter.split(norm, y, groups_), start=1):
        say(f"out-of-fold fit {k}/{folds}")
        pipe = build_pipeline(seed)
        pipe.fit([norm[i] for i in tr], [y[i] for i in tr])
        for i, f in zip(te, pipe.decision_function([norm[i] for i in te]), strict=True):
            oof[i] = float(f)

    say("calibrating (Platt, on out-of-fold decisions)")
    platt = LogisticRegression(C=1e6, max_iter=1000)
    platt.fit([[f] for f in oof], y)
    cal_a, cal_b = -float(platt.coef_[0][0]), -float(platt.intercept_[0])
    model_logit = [-(cal_a * f + cal_b) for f in oof]

    say("fitting the combination of model and rules")
    comb = LogisticRegression(C=10.0, max_iter=1000)
    comb.fit([[m, r] for m, r in zip(model_logit, rules_lo, strict=True)], y)
    w_model, w_rules = (float(w) for w in comb.coef_[0])
    bias = float(comb.intercept_[0])

    say(f"final fit on all {len(texts):,} texts")
    pipe = build_pipeline(seed)
    pipe.fit(norm, y)
    features = pipe.named_steps["features"]
    coef = pipe.named_steps["clf"].coef_[0]
    vectorizers = []
    offset = 0
    for name, vec in features.transformer_list:
        vocab = vec.vocabulary_
        idf = vec.idf_
        feats = {}
        for term, j in vocab.items():
            feats[term] = [round(float(idf[j]), 9), round(float(coef[offset + j]), 9)]
        offset += len(vocab)
        vectorizers.append({
            "name": name,
            "analyzer": vec.analyzer,
            "ngram_range": list(vec.ngram_range),
            "sublinear_tf": bool(vec.sublinear_tf),
            "token_pattern": vec.token_pattern,
            "features": feats,
        })
    import sklearn

    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "intercept": round(float(pipe.named_steps["clf"].intercept_[0]), 9),
        "calibration": {"a": round(cal_a, 9), "b": round(cal_b, 9)},
        "combiner": {"bias": round(bias, 9), "w_model": round(w_model, 9), "w_rules": round(w_rules, 9)},
        "max_chars": max_chars,
        "vectorizers": vectorizers,
        "info": {
            "recruitscreen_version": __version__,
            "sklearn_version": sklearn.__version__,
            "python": platform.python_version(),
            "seed": seed,
            "folds": folds,
            "n_train": len(texts),
            "n_positive": sum(y),
            "n_groups": n_groups,
            "n_features": offset,
            "oof_auc_model": _auc(y, model_logit),
            "oof_auc_rules": _auc(y, rules_lo),
        },
    }


def _auc(y: Sequence[int], s: Sequence[float]) -> float | None:
    from .evaluate import roc_auc

    auc = roc_auc(list(y), list(s))
    return None if auc is None or math.isnan(auc) else round(auc, 4)
