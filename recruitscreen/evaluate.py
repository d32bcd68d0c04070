"""Evaluation on a labelled set: the usual metrics plus per-rule statistics (a mass-check).

Like SpamAssassin's mass-check, the per-rule table shows how often each rule fires on
suspicious and on benign messages, so weights can be judged on both sides; rules that never
fire are listed. Pure Python: evaluating the rules alone imports neither scikit-learn nor pandas.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .screener import Screener
from .types import Assessment

__all__ = ["EvalItem", "evaluate", "format_report", "parse_label", "roc_auc"]

_POSITIVE = {"1", "true", "yes", "suspicious", "positive", "pos", "malicious"}
_NEGATIVE = {"0", "false", "no", "benign", "negative", "neg", "ham"}


def parse_label(value: object) -> int | None:
    """1 for a suspicious label, 0 for a benign one, None when the value is not a label we know."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float) and value in (0, 1):
        return int(value)
    text = str(value).strip().lower()
    if text in _POSITIVE:
        return 1
    if text in _NEGATIVE:
        return 0
    return None


@dataclass(frozen=True, slots=True)
class EvalItem:
    text: str
    label: int
    group: str | None = None  # e.g. the kind, or "lookalike", for a breakdown


def roc_auc(labels: Sequence[int], scores: Sequence[float]) -> float | None:
    """Area under the ROC curve (the Mann-Whitney statistic, ties counted half)."""
    pos = sum(labels)
    neg = len(labels) - pos
    if pos == 0 or neg == 0:
        return None
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    ranks = [0.0] * len(scores)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        avg = (i + j) / 2 + 1
        for k in range(i, j + 1):
            ranks[order[k]] = avg
        i = j + 1
    rank_sum = sum(r for r, y in zip(ranks, labels, strict=True) if y == 1)
    return (rank_sum - pos * (pos + 1) / 2) / (pos * neg)


@dataclass
class RuleStats:
    rule_id: str
    category: str
    weight: float
    hits_pos: int = 0
    hits_neg: int = 0

    @property
    def precision(self) -> float | None:
        total = self.hits_pos + self.hits_neg
        return self.hits_pos / total if total else None


@dataclass
class Report:
    n: int
    n_pos: int
    n_neg: int
    tp: int
    fp: int
    fn: int
    tn: int
    auc: float | None
    brier: float
    thresholds: tuple[float, float]
    rules: list[RuleStats]
    groups: dict[str, dict[str, Any]] = field(default_factory=dict)
    model: str = "none"

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.n_pos if self.n_pos else None

    @property
    def false_positive_rate(self) -> float | None:
        return self.fp / self.n_neg if self.n_neg else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if not p or not r:
            return None if p is None or r is None else 0.0
        return 2 * p * r / (p + r)

    def to_dict(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "n": self.n,
            "positives": self.n_pos,
            "negatives": self.n_neg,
            "thresholds": list(self.thresholds),
            "precision": _r(self.precision),
            "recall": _r(self.recall),
            "f1": _r(self.f1),
            "false_positive_rate": _r(self.false_positive_rate),
            "roc_auc": _r(self.auc),
            "brier": _r(self.brier),
            "confusion": {"tp": self.tp, "fp": self.fp, "fn": self.fn, "tn": self.tn},
            "groups": self.groups,
            "rules": [
                {
                    "rule_id": s.rule_id,
                    "category": s.category,
                    "weight": s.weight,
                    "hits_pos": s.hits_pos,
                    "hits_neg": s.hits_neg,
                    "precision": _r(s.precision),
                }
                for s in self.rules
            ],
            "never_fired": [s.rule_id for s in self.rules if s.hits_pos + s.hits_neg == 0],
        }


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def evaluate(
    screener: Screener,
    items: Iterable[EvalItem],
    *,
    progress: Any = None,
    assessments: Sequence[Assessment] | None = None,
) -> Report:
    """Screen every item and measure; ``progress`` is called with each finished count.

    ``assessments``: the items' assessments by ``screener`` when the caller has them already (one
    per item, in order), so a set measured whole and then slice by slice is screened once."""
    if assessments is not None:
        items = list(items)
        if len(items) != len(assessments):
            raise ValueError(f"{len(items)} items but {len(assessments)} assessments")
    labels: list[int] = []
    scores: list[float] = []
    flagged: list[bool] = []
    groups: list[str | None] = []
    stats = {r.id: RuleStats(r.id, r.category, r.weight) for r in screener.rules}
    for n, item in enumerate(items, start=1):
        a: Assessment = screener.screen(item.text) if assessments is None else assessments[n - 1]
        labels.append(item.label)
        scores.append(a.score)
        flagged.append(a.flagged)
        groups.append(item.group)
        for rule_id in {f.rule_id for f in a.findings}:
            if rule_id in stats:
                if item.label:
                    stats[rule_id].hits_pos += 1
                else:
                    stats[rule_id].hits_neg += 1
        if progress is not None:
            progress(n)
    tp = sum(1 for y, f in zip(labels, flagged, strict=True) if y and f)
    fp = sum(1 for y, f in zip(labels, flagged, strict=True) if not y and f)
    n_pos = sum(labels)
    n_neg = len(labels) - n_pos
    brier = (
        math.fsum((s - y) ** 2 for s, y in zip(scores, labels, strict=True)) / len(labels)
        if labels
        else float("nan")
    )
    by_group: dict[str, Counter[str]] = defaultdict(Counter)
    for y, f, g in zip(labels, flagged, groups, strict=True):
        if g is None:
            continue
        key = f"{'suspicious' if y else 'benign'}:{g}"
        by_group[key]["n"] += 1
        by_group[key]["flagged"] += int(f)
    group_report = {
        k: {"n": c["n"], "flagged": c["flagged"], "flag_rate": round(c["flagged"] / c["n"], 4)}
        for k, c in sorted(by_group.items())
    }
    rules = sorted(stats.values(), key=lambda s: (-(s.hits_pos + s.hits_neg), s.rule_id))
    return Report(
        n=len(labels),
        n_pos=n_pos,
        n_neg=n_neg,
        tp=tp,
        fp=fp,
        fn=n_pos - tp,
        tn=n_neg - fp,
        auc=roc_auc(labels, scores),
        brier=brier,
        thresholds=screener.config.thresholds,
        rules=rules,
        groups=group_report,
        model="none" if screener.model is None else str(screener.model),
    )


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}%"


def _num(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.4f}"


def format_report(report: Report, *, show_rules: bool = True) -> str:
    """The human-readable report printed by ``recruitscreen evaluate``."""
    out = [
        f"messages: {report.n} ({report.n_pos} suspicious, {report.n_neg} benign)   "
        f"model: {report.model}   flag threshold: {report.thresholds[0]:g}",
        f"precision {_num(report.precision)}  recall {_num(report.recall)}  F1 {_num(report.f1)}  "
        f"ROC AUC {_num(report.auc)}  Brier {_num(report.brier)}",
        f"suspicious flagged: {_pct(report.recall)}   benign flagged: {_pct(report.false_positive_rate)}",
        "",
        "confusion matrix        flagged   not flagged",
        f"  suspicious         {report.tp:>9} {report.fn:>13}",
        f"  benign             {report.fp:>9} {report.tn:>13}",
    ]
    if report.groups:
        out += ["", "by group                                  n  flagged   rate"]
        for key, g in report.groups.items():
            out.append(f"  {key:<38} {g['n']:>4} {g['flagged']:>8} {_pct(g['flag_rate']):>7}")
    if show_rules:
        out += ["", "per rule                                    weight  hits+  hits-  precision"]
        for s in report.rules:
            if s.hits_pos + s.hits_neg:
                out.append(
                    f"  {s.rule_id:<42} {s.weight:>5.2f} {s.hits_pos:>6} {s.hits_neg:>6}   "
                    f"{_num(s.precision)}"
                )
        never = [s.rule_id for s in report.rules if s.hits_pos + s.hits_neg == 0]
        out.append(f"  never fired ({len(never)}): {', '.join(never) if never else '-'}")
    return "\n".join(out)
