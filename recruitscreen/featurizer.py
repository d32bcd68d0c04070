"""``RuleFeaturizer``: the rules' evidence as a scikit-learn transformer.

Texts in, a sparse matrix out: one row per text, one column per rule (named by
``get_feature_names_out()``), so a model can be trained, cross-validated and tuned on the rule
evidence with the usual scikit-learn tools::

    pipe = make_pipeline(rs.RuleFeaturizer(), LogisticRegression())
    cross_val_score(pipe, texts, labels, cv=5)

This module imports scikit-learn; ``import recruitscreen`` does not load it until
``rs.RuleFeaturizer`` is first used.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from .rules import RuleSet
from .screener import Screener

__all__ = ["VALUES", "RuleFeaturizer"]

VALUES = ("count", "binary", "contribution")


class RuleFeaturizer(TransformerMixin, BaseEstimator):  # type: ignore[misc]
    """Turn texts into rule evidence: one column per rule, one row per text.

    Each text is screened by the rules alone (no classifier), exactly as
    ``Screener(model=None, rules=rules)`` would; only counted findings make a value (hits
    cancelled by a negation or a rule's ``unless`` context do not).

    Parameters
    ----------
    rules : RuleSet or None, default=None
        The rules whose evidence becomes features; ``None`` means the built-in packs.
    value : {"count", "binary", "contribution"}, default="count"
        What a cell holds: ``"count"`` the number of counted hits of the rule in the text
        (at most :data:`recruitscreen.matcher.MAX_HITS_PER_RULE`), ``"binary"`` 1.0 when the
        rule fired, ``"contribution"`` the rule's share of the rules' log-odds (its weight
        after the repeat, category and stage adjustments of :mod:`recruitscreen.scoring`).
    n_jobs : int, default=1
        Processes used to screen large inputs (see :meth:`Screener.screen_many`).

    Attributes
    ----------
    screener_ : Screener
        The rules-only Screener built by :meth:`fit`.
    rule_ids_ : ndarray of str
        The rule id of every output column, in order.

    Examples
    --------
    >>> import recruitscreen as rs
    >>> f = rs.RuleFeaturizer(value="binary").fit(["hello"])
    >>> X = f.transform(["Add me on WeChat, my client pays for reports", "See you at lunch"])
    >>> X.shape[0], X.shape[1] == len(f.get_feature_names_out())
    (2, True)
    """

    def __init__(
        self, rules: RuleSet | None = None, value: str = "count", n_jobs: int = 1
    ) -> None:
        self.rules = rules
        self.value = value
        self.n_jobs = n_jobs

    def fit(self, X: Iterable[str], y: Any = None) -> RuleFeaturizer:
        """Check the parameters and build the rules-only Screener.

        Parameters
        ----------
        X : iterable of str
            Texts (only checked: the rules are fixed, nothing is learned from them).
        y : ignored
        """
        _texts(X)
        if self.value not in VALUES:
            raise ValueError(f"value must be one of {VALUES}, got {self.value!r}")
        if self.rules is not None and not isinstance(self.rules, RuleSet):
            raise TypeError(
                f"rules must be a RuleSet (e.g. RuleSet.from_files('my.toml')) or None, "
                f"got {type(self.rules).__name__}"
            )
        self.screener_ = Screener(model=None, rules=self.rules)
        self.rule_ids_ = np.asarray(self.screener_.rules.ids, dtype=object)
        return self

    def fit_transform(self, X: Iterable[str], y: Any = None, **fit_params: Any) -> sparse.csr_matrix:
        """``fit(X).transform(X)``, reading ``X`` once (a generator of texts works too)."""
        texts = _texts(X)
        return self.fit(texts, y, **fit_params).transform(texts)

    def transform(self, X: Iterable[str]) -> sparse.csr_matrix:
        """The evidence matrix, shape ``(n_texts, n_rules)``, float64, CSR.

        Parameters
        ----------
        X : iterable of str
            The texts to screen.
        """
        check_is_fitted(self, "rule_ids_")
        texts = _texts(X)
        column = {rule_id: j for j, rule_id in enumerate(self.rule_ids_)}
        rows: list[int] = []
        cols: list[int] = []
        vals: list[float] = []
        for i, a in enumerate(self.screener_.screen_many(texts, n_jobs=self.n_jobs)):
            cells: dict[int, float] = {}
            for f in a.findings:
                j = column[f.rule_id]
                if self.value == "count":
                    cells[j] = cells.get(j, 0.0) + 1.0
                elif self.value == "binary":
                    cells[j] = 1.0
                else:
                    cells[j] = cells.get(j, 0.0) + f.contribution
            for j, v in cells.items():
                rows.append(i)
                cols.append(j)
                vals.append(v)
        shape = (len(texts), len(self.rule_ids_))
        return sparse.csr_matrix((vals, (rows, cols)), shape=shape, dtype=np.float64)

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        """The rule id of every output column (``input_features`` is ignored: the input is text)."""
        check_is_fitted(self, "rule_ids_")
        return self.rule_ids_.copy()

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.input_tags.two_d_array = False
        tags.input_tags.string = True
        return tags

    def _more_tags(self) -> dict[str, Any]:  # scikit-learn < 1.6
        return {"X_types": ["string"]}


def _texts(X: Iterable[str]) -> list[str]:
    """The texts of X as a list, or a clear error for what scikit-learn users often pass by mistake."""
    if isinstance(X, str | bytes):
        raise TypeError(
            "RuleFeaturizer expects an iterable of texts, got a single string; wrap it in a list"
        )
    if getattr(X, "ndim", 1) != 1:
        raise ValueError(
            f"RuleFeaturizer expects a 1-D sequence of texts, got an array of shape {X.shape}; "  # type: ignore[attr-defined]
            "pass one text column, e.g. df['text']"
        )
    texts = list(X)
    for i, t in enumerate(texts):
        if not isinstance(t, str):
            raise TypeError(
                f"X[{i}] is {type(t).__name__}, not str; RuleFeaturizer screens texts "
                "(fill or drop missing values first)"
            )
    return texts
