"""Train the classifier and the step that combines it with the rules; export it as plain data.

The recipe (all seeded, so two runs give the same file):

1. every text is normalized first (:func:`recruitscreen.normalize`), so the model sees what
   the rules see, with obfuscation undone — no custom code has to travel inside the model;
2. TF-IDF word 1-2-grams + ``char_wb`` 1-5-grams, each feature scaled by its damped
   naive-Bayes log-count ratio (:class:`NBScale`) -> logistic regression (class-balanced, C=16;
   chosen by grouped cross-validation on the training families, the scaling by
   leave-authors-out cross-validation, ``scripts/author_cv.py``);
3. out-of-fold decision values (``GroupKFold`` by family, so no family informs its own
   prediction) fit a Platt calibration — what ``CalibratedClassifierCV(method="sigmoid",
   ensemble=False)`` does — giving the model's own probability;
4. a second logistic model on the out-of-fold model logit and the rules' log-odds *per category*
   learns how much each source counts: the fitted, calibrated combination behind the one score.
   Category weights are non-negative (evidence never lowers a score) and shrunk towards one
   shared rules weight, by a penalty chosen by grouped cross-validation, so a category with few
   training hits keeps the shared weight; a language other than English gets its own bias and
   model weight, since the classifier is weaker where it saw fewer texts (:func:`fit_combiner`);
5. the pipeline is refit on all the training rows and exported as numbers (see
   :mod:`recruitscreen.model`).
"""

from __future__ import annotations

import math
import platform
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from . import __version__
from .lang import HAN, detect
from .model import FORMAT, FORMAT_VERSION, MAX_CHARS
from .normalize import normalize
from .screener import Screener
from .types import CATEGORIES, Assessment

__all__ = [
    "NB_ALPHA", "NB_POWER", "TOKEN_PATTERN", "CombinedFit", "NBScale", "build_pipeline", "category_log_odds",
    "combine_out_of_fold", "fit_combiner", "out_of_fold", "platt", "prepare_texts", "rule_evidence", "train_model",
]

Progress = Callable[[str], None]

TOKEN_PATTERN = f"(?u)[{HAN}]|[^\\W{HAN}]{{2,}}"
"""Word tokens: every Han character alone (Chinese has no spaces, so its "words" are characters
and the word bigrams are character bigrams), and runs of two or more other word characters."""


NB_ALPHA = 0.05
NB_POWER = 0.5
"""The shipped :class:`NBScale` settings, chosen by ``scripts/author_cv.py`` (leave-authors-out)."""


class NBScale:
    """Scales each TF-IDF feature by how unevenly it falls between the classes (fitted).

    The scale of feature ``j`` is ``|log(p_j / q_j)| ** power``, where ``p_j`` and ``q_j`` are
    the smoothed shares (``alpha`` added to each count) of suspicious and benign texts holding
    the feature: the naive-Bayes log-count ratio of Wang and Manning's NBSVM, damped. A feature
    both classes use alike is shrunk before the logistic regression sees it, so the regression
    leans on the words that tell the classes apart rather than on an author's habits. The
    scale is a fixed diagonal, so the exported model folds it into the coefficients.
    """

    def __init__(self, alpha: float = NB_ALPHA, power: float = NB_POWER) -> None:
        self.alpha = alpha
        self.power = power

    def get_params(self, deep: bool = True) -> dict[str, float]:
        return {"alpha": self.alpha, "power": self.power}

    def set_params(self, **params: float) -> NBScale:
        for key, value in params.items():
            if key not in ("alpha", "power"):
                raise ValueError(f"NBScale has no parameter {key!r}")
            setattr(self, key, value)
        return self

    def fit(self, X: Any, y: Sequence[int]) -> NBScale:
        import numpy as np

        labels = np.asarray(y)
        present = (X > 0).astype(np.float64)
        p = self.alpha + np.asarray(present[labels == 1].sum(axis=0)).ravel()
        q = self.alpha + np.asarray(present[labels != 1].sum(axis=0)).ravel()
        self.scale_ = np.abs(np.log((p / p.sum()) / (q / q.sum()))) ** self.power
        return self

    def transform(self, X: Any) -> Any:
        return X.multiply(self.scale_).tocsr()

    def fit_transform(self, X: Any, y: Sequence[int]) -> Any:
        return self.fit(X, y).transform(X)


def build_pipeline(seed: int = 0, C: float = 16.0, nb_power: float = NB_POWER) -> Any:
    """TF-IDF word and character n-grams, :class:`NBScale` (``nb_power=0`` leaves the features
    as they are), then a class-balanced logistic regression."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    features = FeatureUnion(
        [
            ("word", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), lowercase=False,
                                     sublinear_tf=True, min_df=2, token_pattern=TOKEN_PATTERN)),
            ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 5), lowercase=False,
                                     sublinear_tf=True, min_df=2)),
        ]
    )
    clf = LogisticRegression(C=C, class_weight="balanced", max_iter=5000, random_state=seed)
    return Pipeline([("features", features), ("nb", NBScale(power=nb_power)), ("clf", clf)])


def _weights(weights: list[float] | None, rows: Sequence[int]) -> dict[str, list[float]]:
    """The fit argument giving the classifier the weights of ``rows`` (nothing when unweighted)."""
    return {} if weights is None else {"clf__sample_weight": [weights[i] for i in rows]}


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
    max_chars: int = MAX_CHARS,
    combine_on: Sequence[bool] | None = None,
    sample_weight: Sequence[float] | None = None,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Fit everything and return the model spec (write it with :func:`recruitscreen.model.write_model`).

    ``combine_on`` marks the rows the model-and-rules combination is fitted on (default: all).
    Rules written while reading some of the training texts look better on those texts than on
    new ones; fitting the combination only on rows the rule authors never read keeps it from
    trusting the rules more than they deserve. The classifier itself learns from every row.

    ``sample_weight`` weighs the rows for the classifier (default: all equal); the calibration
    and the combination are fitted unweighted, on the rows as they are.
    """
    say = progress or (lambda _msg: None)
    if len(texts) != len(labels):
        raise ValueError(f"{len(texts)} texts but {len(labels)} labels")
    y = [int(v) for v in labels]
    if set(y) != {0, 1}:
        raise ValueError("training needs both suspicious (1) and benign (0) examples")
    groups_ = _groups_or_rows(groups, len(texts))
    weights = None if sample_weight is None else [float(w) for w in sample_weight]
    if weights is not None and (len(weights) != len(texts) or not all(w > 0 for w in weights)):
        raise ValueError(f"sample_weight needs one positive weight per text ({len(texts)})")
    n_groups = len(set(groups_))
    folds = min(folds, n_groups)
    if folds < 2:
        raise ValueError("training needs at least two groups (families) for out-of-fold fitting")
    rules = rules or Screener(model=None)

    say(f"normalizing {len(texts):,} texts")
    norm, languages = prepare_texts(texts, max_chars)
    say("scoring the rules")
    rules_lo, by_category = rule_evidence(texts, rules)
    keep = [True] * len(texts) if combine_on is None else [bool(v) for v in combine_on]
    (cal_a, cal_b), model_logit, rows, combiner = combine_out_of_fold(
        norm, languages, by_category, y, groups_, keep, weights, seed=seed, folds=folds, progress=say
    )
    base = rules.config.base_log_odds

    say(f"final fit on all {len(texts):,} texts")
    pipe = build_pipeline(seed)
    pipe.fit(norm, y, **_weights(weights, range(len(y))))
    features = pipe.named_steps["features"]
    # the NB scale is a diagonal between the features and the regression: fold it in
    coef = pipe.named_steps["clf"].coef_[0] * pipe.named_steps["nb"].scale_
    vectorizers = []
    offset = 0
    for name, vec in features.transformer_list:
        vocab = vec.vocabulary_
        terms = sorted(vocab)
        vectorizers.append({
            "name": name,
            "analyzer": vec.analyzer,
            "ngram_range": list(vec.ngram_range),
            "sublinear_tf": bool(vec.sublinear_tf),
            "token_pattern": vec.token_pattern,
            "terms": terms,
            "idf": [round(float(vec.idf_[vocab[t]]), 9) for t in terms],
            "coef": [round(float(coef[offset + vocab[t]]), 9) for t in terms],
        })
        offset += len(vocab)
    import sklearn

    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "intercept": round(float(pipe.named_steps["clf"].intercept_[0]), 9),
        "calibration": {"a": round(cal_a, 9), "b": round(cal_b, 9)},
        "combiner": {
            # the screener adds w_rules * base_log_odds back, so store the bias without it
            "bias": round(combiner["bias"] - combiner["w_rules"] * base, 9),
            "w_model": round(combiner["w_model"], 9),
            "w_rules": round(combiner["w_rules"], 9),
            "w_categories": {c: round(w, 9) for c, w in combiner["w_categories"].items()},
            "languages": {
                lang: {k: round(v, 9) for k, v in params.items()}
                for lang, params in combiner["languages"].items()
            },
            "penalty": combiner["penalty"],
            "language_penalty": combiner["language_penalty"],
        },
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
            "weighted": weights is not None,
            "n_features": offset,
            "oof_auc_model": _auc(y, model_logit),
            "oof_auc_rules": _auc(y, rules_lo),
            "n_combiner": len(rows),
            "oof_auc_combined": _auc([y[i] for i in rows], combiner["oof"]),
        },
    }


def prepare_texts(texts: Sequence[str], max_chars: int = MAX_CHARS) -> tuple[list[str], list[str]]:
    """What the classifier reads of each text (normalized, cut at ``max_chars``) and the text's
    language as the screener detects it (on the whole normalized text)."""
    full = [normalize(t).text for t in texts]
    return [t[:max_chars] for t in full], [detect(t).primary for t in full]


def rule_evidence(texts: Sequence[str], rules: Screener) -> tuple[list[float], list[list[float]]]:
    """The rules' log-odds of each text, in total and per category (:func:`category_log_odds`)."""
    total: list[float] = []
    by_category: list[list[float]] = []
    for t in texts:
        a = rules.screen(t)
        total.append(a.log_odds)
        by_category.append(category_log_odds(a))
    return total, by_category


def out_of_fold(
    norm: Sequence[str],
    y: Sequence[int],
    groups: Sequence[str],
    weights: list[float] | None = None,
    *,
    seed: int = 0,
    folds: int = 5,
    fit_on: Sequence[bool] | None = None,
    progress: Progress | None = None,
) -> list[float]:
    """The classifier's decision value for each text from a fit that never saw its group
    (``GroupKFold``). Rows whose ``fit_on`` is false are scored but left out of every fit."""
    from sklearn.model_selection import GroupKFold

    say = progress or (lambda _msg: None)
    oof = [0.0] * len(norm)
    for k, (tr, te) in enumerate(GroupKFold(n_splits=folds).split(norm, y, groups), start=1):
        say(f"out-of-fold fit {k}/{folds}")
        fit = [i for i in tr if fit_on is None or fit_on[i]]
        pipe = build_pipeline(seed)
        pipe.fit([norm[i] for i in fit], [y[i] for i in fit], **_weights(weights, fit))
        for i, f in zip(te, pipe.decision_function([norm[i] for i in te]), strict=True):
            oof[i] = float(f)
    return oof


class CombinedFit(NamedTuple):
    """What :func:`combine_out_of_fold` fits: the Platt calibration ``(a, b)``, the calibrated
    out-of-fold model logit of every row, the rows the combination was fitted on, and
    :func:`fit_combiner`'s result for them (with its own out-of-fold logits under ``"oof"``)."""

    calibration: tuple[float, float]
    model_logit: list[float]
    rows: list[int]
    combiner: dict[str, Any]


def combine_out_of_fold(
    norm: Sequence[str],
    languages: Sequence[str],
    by_category: Sequence[Sequence[float]],
    y: Sequence[int],
    groups: Sequence[str],
    combine_on: Sequence[bool],
    weights: list[float] | None = None,
    *,
    seed: int = 0,
    folds: int = 5,
    fit_on: Sequence[bool] | None = None,
    progress: Progress | None = None,
) -> CombinedFit:
    """The classifier out of fold (:func:`out_of_fold`), its Platt calibration, and the
    combination with the rules' evidence fitted on the rows marked ``combine_on``: the stages of
    :func:`train_model` before its final fit, for experiments that need them on other settings."""
    say = progress or (lambda _msg: None)
    if len(combine_on) != len(norm):
        raise ValueError(f"{len(norm)} texts but {len(combine_on)} combine_on flags")
    rows = [i for i, k in enumerate(combine_on) if k]
    if {y[i] for i in rows} != {0, 1}:
        raise ValueError("the rows marked combine_on need both suspicious and benign examples")
    oof = out_of_fold(norm, y, groups, weights, seed=seed, folds=folds, fit_on=fit_on, progress=say)
    say("calibrating (Platt, on out-of-fold decisions)")
    cal_a, cal_b = platt(oof, y)
    model_logit = [-(cal_a * f + cal_b) for f in oof]
    say("fitting the combination of model and rules (per category)")
    combiner = fit_combiner(
        [model_logit[i] for i in rows],
        [by_category[i] for i in rows],
        [y[i] for i in rows],
        [groups[i] for i in rows],
        languages=[languages[i] for i in rows],
        folds=min(folds, len({groups[i] for i in rows})),
    )
    return CombinedFit((cal_a, cal_b), model_logit, rows, combiner)


def platt(decisions: Sequence[float], y: Sequence[int]) -> tuple[float, float]:
    """Platt calibration ``(a, b)`` of decision values: ``p = 1 / (1 + exp(a * f + b))``."""
    from sklearn.linear_model import LogisticRegression

    fit = LogisticRegression(C=1e6, max_iter=1000).fit([[f] for f in decisions], list(y))
    return -float(fit.coef_[0][0]), -float(fit.intercept_[0])


def category_log_odds(a: Assessment) -> list[float]:
    """The rules' log-odds of an assessment, per category (in :data:`CATEGORIES` order)."""
    out = dict.fromkeys(CATEGORIES, 0.0)
    for f in a.findings:
        if f.category in out:
            out[f.category] += f.contribution
    return list(out.values())


def fit_combiner(
    model_logit: Sequence[float],
    by_category: Sequence[Sequence[float]],
    y: Sequence[int],
    groups: Sequence[str],
    *,
    languages: Sequence[str] | None = None,
    folds: int = 5,
    penalties: Sequence[float] = (0.001, 0.01, 0.1, 1.0),
    language_penalties: Sequence[float] = (0.001, 0.01, 0.1),
    min_per_class: int = 20,
) -> dict[str, Any]:
    """Fit ``logit = bias + w_model * m + sum_c w_c * rules_c`` with non-negative weights.

    The loss is the mean log-loss plus ``penalty * sum_c (w_c - w_rules)**2`` (plus a tiny ridge
    on ``w_model`` and ``w_rules``); ``penalty`` is the value of ``penalties`` with the lowest
    grouped cross-validated log-loss. Each language in ``languages`` other than English with at
    least ``min_per_class`` rows of each class gets its own bias offset, model weight and
    a factor on its rule evidence, pulled towards English by a penalty chosen from
    ``language_penalties`` in the same cross-validation (so rows of a language whose rules were
    tuned on them do not inflate the English rule weights). Returns the weights, the penalty and
    out-of-fold logits.
    """
    import numpy as np
    from sklearn.model_selection import GroupKFold

    langs = list(languages) if languages is not None else ["en"] * len(y)
    per_class = Counter(zip(langs, y, strict=True))
    own = sorted(
        lang
        for lang in set(langs) - {"en"}
        if min(per_class[lang, 0], per_class[lang, 1]) >= min_per_class
    )
    onehot = np.array([[float(v == lang) for lang in own] for v in langs]).reshape(len(langs), len(own))
    X = np.column_stack([np.asarray(model_logit, float), np.asarray(by_category, float), onehot])
    t = np.asarray(y, float)
    k_cat = len(by_category[0]) if len(by_category) else 0
    best: tuple[float, float, float] | None = None
    oof_best = np.zeros(len(t))
    splits = list(GroupKFold(n_splits=folds).split(X, t, list(groups)))
    for penalty in penalties:
        for language_penalty in language_penalties if own else language_penalties[:1]:
            oof = np.zeros(len(t))
            for tr, te in splits:
                theta = _fit_bounded(X[tr], t[tr], k_cat, penalty, language_penalty)
                oof[te] = _combine(theta, X[te], k_cat)
            loss = float(np.mean(np.logaddexp(0.0, oof) - t * oof))
            if best is None or loss < best[0] - 1e-12:
                best, oof_best = (loss, penalty, language_penalty), oof
    assert best is not None
    theta = _fit_bounded(X, t, k_cat, best[1], best[2])
    n_lang = len(own)
    return {
        "bias": float(theta[0]),
        "w_model": float(theta[1]),
        "w_rules": float(theta[2]),
        "w_categories": {c: float(w) for c, w in zip(CATEGORIES, theta[3 : 3 + k_cat], strict=True)},
        "languages": {
            lang: {
                "bias_offset": float(theta[3 + k_cat + j]),
                "w_model": float(theta[3 + k_cat + n_lang + j]),
                "rules_factor": float(theta[3 + k_cat + 2 * n_lang + j]),
            }
            for j, lang in enumerate(own)
        },
        "penalty": best[1],
        "language_penalty": best[2],
        "oof": [float(v) for v in oof_best],
    }


def _combine(theta: Any, X: Any, k_cat: int) -> Any:
    """Logits for rows ``[m, rules_c..., language one-hot...]`` under the parameter vector
    ``[bias, w_model, w_rules, w_c..., then per language: bias offset, w_model, rules factor]``."""
    n_lang = X.shape[1] - 1 - k_cat
    m, cats, onehot = X[:, 0], X[:, 1 : 1 + k_cat], X[:, 1 + k_cat :]
    l0 = 3 + k_cat
    offsets, w_lang, factor = (theta[l0 + j * n_lang : l0 + (j + 1) * n_lang] for j in range(3))
    english = 1.0 - onehot.sum(axis=1)
    rho = english + onehot @ factor
    return theta[0] + onehot @ offsets + m * (theta[1] * english + onehot @ w_lang) + rho * (cats @ theta[3:l0])


def _fit_bounded(
    X: Any, t: Any, k_cat: int, penalty: float, language_penalty: float, ridge: float = 1e-4
) -> Any:
    import numpy as np
    from scipy.optimize import minimize

    n = X.shape[0]
    n_lang = X.shape[1] - 1 - k_cat
    m, cats, onehot = X[:, 0], X[:, 1 : 1 + k_cat], X[:, 1 + k_cat :]
    english = 1.0 - onehot.sum(axis=1)
    c0, l0 = 3, 3 + k_cat  # where the category weights and the language terms start
    o_, w_, f_ = (slice(l0 + j * n_lang, l0 + (j + 1) * n_lang) for j in range(3))

    def loss(theta: Any) -> tuple[float, Any]:
        z = _combine(theta, X, k_cat)
        p = 1.0 / (1.0 + np.exp(-z))
        r = (p - t) / n
        diff = theta[c0:l0] - theta[2]
        off, lang_diff, fac_diff = theta[o_], theta[w_] - theta[1], theta[f_] - 1.0
        rho = english + onehot @ theta[f_]
        rules = cats @ theta[c0:l0]
        value = float(np.sum(np.logaddexp(0.0, z) - t * z) / n)
        value += penalty * float(diff @ diff) + ridge * float(theta[1] ** 2 + theta[2] ** 2)
        value += language_penalty * float(off @ off + lang_diff @ lang_diff + fac_diff @ fac_diff)
        grad = np.empty_like(theta)
        grad[0] = r.sum()
        grad[1] = r @ (m * english) + 2 * ridge * theta[1] - 2 * language_penalty * lang_diff.sum()
        grad[2] = -2 * penalty * diff.sum() + 2 * ridge * theta[2]
        grad[c0:l0] = (r * rho) @ cats + 2 * penalty * diff
        grad[o_] = r @ onehot + 2 * language_penalty * off
        grad[w_] = (r * m) @ onehot + 2 * language_penalty * lang_diff
        grad[f_] = (r * rules) @ onehot + 2 * language_penalty * fac_diff
        return value, grad

    start = np.concatenate([[0.0, 1.0, 1.0], np.ones(k_cat), np.zeros(n_lang), np.ones(2 * n_lang)])
    bounds = (
        [(None, None)] + [(0.0, None)] * (k_cat + 2) + [(None, None)] * n_lang + [(0.0, None)] * (2 * n_lang)
    )
    res = minimize(loss, start, jac=True, method="L-BFGS-B", bounds=bounds,
                   options={"maxiter": 5000, "gtol": 1e-9})
    return res.x


def _auc(y: Sequence[int], s: Sequence[float]) -> float | None:
    from .evaluate import roc_auc

    auc = roc_auc(list(y), list(s))
    return None if auc is None or math.isnan(auc) else round(auc, 4)
