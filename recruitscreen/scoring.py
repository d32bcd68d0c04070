"""Findings -> one score, a level, and each finding's share of the score.

The score is a sum in log-odds::

    logit(score) = base_log_odds + sum(f.contribution for f in findings)

A finding's contribution is its rule's weight, reduced and then scaled:

* **repeats decay**: the k-th hit of one rule (k = 0, 1, …) counts ``repeat_decay ** k`` of
  the weight, and hits past ``max_repeats`` count nothing, so a keyword flood cannot run away;
* **one category, diminishing**: the strongest rule of a category counts fully, the next
  ``category_decay`` times, then ``category_decay ** 2`` … (two ways of saying "WeChat" are
  not twice the evidence);
* **stages together count for more**: the positive evidence is multiplied by
  ``1 + stage_synergy * (d - 1)``, where ``d`` is the number of distinct funnel stages seen
  (a category without a stage, such as secrecy or payment, counts as its own), up to
  ``max_dimensions``. A pivot plus a paid task is worth more than the two apart;
* **context**: a context rule (a security notice quoting the warning words, say) scales the
  categories it names by its factor; the assessment reports it.

Every step keeps the score monotone: adding a positive finding never lowers it.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from .types import Assessment, Finding, Level, Suppression

__all__ = ["ScoringConfig", "level_for", "logit", "score_findings", "sigmoid"]


@dataclass(frozen=True, slots=True)
class ScoringConfig:
    """How findings combine. Thresholds split low / medium / high (medium and high = flagged)."""

    base_log_odds: float = -4.0
    repeat_decay: float = 0.5
    max_repeats: int = 3
    category_decay: float = 0.6
    stage_synergy: float = 0.35
    max_dimensions: int = 5
    thresholds: tuple[float, float] = (0.5, 0.8)

    def __post_init__(self) -> None:
        medium, high = self.thresholds
        if not 0.0 < medium <= high < 1.0:
            raise ValueError(
                f"thresholds must satisfy 0 < medium <= high < 1, got {self.thresholds}"
            )
        if not 0.0 <= self.repeat_decay <= 1.0 or not 0.0 <= self.category_decay <= 1.0:
            raise ValueError("repeat_decay and category_decay must lie in [0, 1]")
        if self.max_repeats < 1 or self.max_dimensions < 1 or self.stage_synergy < 0:
            raise ValueError("max_repeats and max_dimensions must be >= 1, stage_synergy >= 0")


def sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


def logit(p: float, eps: float = 1e-12) -> float:
    p = min(max(p, eps), 1.0 - eps)
    return math.log(p / (1.0 - p))


def level_for(score: float, thresholds: tuple[float, float]) -> Level:
    medium, high = thresholds
    if score >= high:
        return "high"
    if score >= medium:
        return "medium"
    return "low"


def _dimension(f: Finding) -> str:
    return f.stage or f.category


def rule_values(
    findings: Sequence[Finding],
    config: ScoringConfig,
    factors: dict[str, float] | None = None,
) -> list[float]:
    """Each finding's value after repeat decay, category decay and context factors (no synergy)."""
    factors = factors or {}
    by_rule: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(findings):
        by_rule[f.rule_id].append(i)
    values = [0.0] * len(findings)
    rule_total: dict[str, float] = {}
    for rule_id, idxs in by_rule.items():
        for k, i in enumerate(idxs):
            w = findings[i].weight
            values[i] = w * config.repeat_decay**k if k < config.max_repeats else 0.0
        rule_total[rule_id] = sum(values[i] for i in idxs)
    # Category decay applies to positive evidence only; negative weights add plainly.
    by_category: dict[str, list[str]] = defaultdict(list)
    for rule_id, idxs in by_rule.items():
        if rule_total[rule_id] > 0:
            by_category[findings[idxs[0]].category].append(rule_id)
    for rule_ids in by_category.values():
        rule_ids.sort(key=lambda r: -rule_total[r])
        for rank, rule_id in enumerate(rule_ids):
            scale = config.category_decay**rank
            for i in by_rule[rule_id]:
                values[i] *= scale
    for i, f in enumerate(findings):
        values[i] *= factors.get(f.category, 1.0)
    return values


def synergy(findings: Iterable[Finding], values: Sequence[float], config: ScoringConfig) -> float:
    """The multiplier for positive evidence from several funnel stages at once."""
    dims = {_dimension(f) for f, v in zip(findings, values, strict=True) if v > 0}
    d = min(len(dims), config.max_dimensions)
    return 1.0 + config.stage_synergy * max(d - 1, 0)


def score_findings(
    findings: Sequence[Finding],
    config: ScoringConfig,
    *,
    suppressed: Sequence[Suppression] = (),
    factors: dict[str, float] | None = None,
    notes: Sequence[str] = (),
    extra_log_odds: Sequence[Finding] = (),
    model_probability: float | None = None,
    base_log_odds: float | None = None,
    rule_scale: float | Mapping[str, float] = 1.0,
) -> Assessment:
    """Weigh findings into an :class:`Assessment`.

    ``extra_log_odds`` are findings whose ``contribution`` is already set (the classifier's,
    say); they are added as they are. ``rule_scale`` multiplies every rule contribution: one
    number, or one per category (a fitted combiner weighs categories apart; a category it does
    not name counts 1x).
    """
    values = rule_values(findings, config, factors)
    mult = synergy(findings, values, config)
    if isinstance(rule_scale, Mapping):
        scales = [float(rule_scale.get(f.category, 1.0)) for f in findings]
    else:
        scales = [float(rule_scale)] * len(findings)
    scored = [
        replace(f, contribution=k * (v * mult if v > 0 else v))
        for f, v, k in zip(findings, values, scales, strict=True)
    ]
    scored.extend(extra_log_odds)
    scored.sort(key=lambda f: (-f.contribution, f.start))
    base = config.base_log_odds if base_log_odds is None else base_log_odds
    total = base + math.fsum(f.contribution for f in scored)
    score = sigmoid(total)
    return Assessment(
        score=score,
        level=level_for(score, config.thresholds),
        findings=tuple(scored),
        model_probability=model_probability,
        base_log_odds=base,
        suppressed=tuple(suppressed),
        notes=tuple(notes),
        thresholds=config.thresholds,
    )
