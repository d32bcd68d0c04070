from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recruitscreen.scoring import ScoringConfig, logit, score_findings, sigmoid
from recruitscreen.types import Finding

CONFIG = ScoringConfig()


def make(rule_id: str, category: str, stage: str | None, weight: float, start: int = 0) -> Finding:
    return Finding(rule_id, category, stage, start, start + 1, "x", "why", weight=weight)


finding_st = st.builds(
    make,
    rule_id=st.sampled_from(["a.one", "a.two", "b.one", "c.one", "d.one"]),
    category=st.sampled_from(["off_platform", "paid_task", "secrecy", "vague_client"]),
    stage=st.sampled_from([None, "pivot", "tasking", "contact"]),
    weight=st.floats(0.0, 5.0),
    start=st.integers(0, 100),
)


def _consistent(findings: list[Finding]) -> list[Finding]:
    """One category and stage per rule id, as a real RuleSet guarantees."""
    first: dict[str, Finding] = {}
    out = []
    for f in findings:
        ref = first.setdefault(f.rule_id, f)
        out.append(make(f.rule_id, ref.category, ref.stage, ref.weight, f.start))
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(finding_st, max_size=12))
def test_contributions_add_up_to_the_log_odds(findings: list[Finding]) -> None:
    a = score_findings(_consistent(findings), CONFIG)
    total = a.base_log_odds + math.fsum(f.contribution for f in a.findings)
    assert math.isclose(sigmoid(total), a.score, rel_tol=1e-12)
    if abs(total) < 15:  # beyond that, logit(score) loses precision near 0 and 1
        assert math.isclose(total, logit(a.score), abs_tol=1e-6)
    assert 0.0 <= a.score <= 1.0


@settings(max_examples=300, deadline=None)
@given(st.lists(finding_st, max_size=10), finding_st)
def test_adding_evidence_never_lowers_the_score(findings: list[Finding], extra: Finding) -> None:
    base = _consistent(findings)
    more = _consistent([*base, extra])
    assert score_findings(more, CONFIG).score >= score_findings(base, CONFIG).score - 1e-12


def test_repeats_of_one_rule_are_bounded() -> None:
    one = score_findings([make("a.one", "off_platform", "pivot", 2.0)], CONFIG)
    flood = score_findings([make("a.one", "off_platform", "pivot", 2.0, i) for i in range(500)], CONFIG)
    assert flood.score > one.score
    # Geometric decay, capped: at most 1 + 0.5 + 0.25 of the weight.
    assert flood.log_odds - CONFIG.base_log_odds == pytest.approx(2.0 * 1.75)


def test_two_stages_count_for_more_than_the_sum() -> None:
    pivot = make("a.one", "off_platform", "pivot", 2.0)
    task = make("b.one", "paid_task", "tasking", 2.0)
    both = score_findings([pivot, task], CONFIG)
    apart = sum(score_findings([f], CONFIG).log_odds - CONFIG.base_log_odds for f in (pivot, task))
    assert both.log_odds - CONFIG.base_log_odds > apart


def test_same_category_diminishes() -> None:
    a = make("a.one", "off_platform", "pivot", 2.0)
    b = make("a.two", "off_platform", "pivot", 2.0)
    both = score_findings([a, b], CONFIG)
    assert both.log_odds - CONFIG.base_log_odds == pytest.approx(2.0 + 2.0 * CONFIG.category_decay)


def test_levels_follow_thresholds() -> None:
    cfg = ScoringConfig(thresholds=(0.3, 0.6))
    assert score_findings([], cfg).level == "low"
    assert score_findings([make("a.one", "x", None, 3.5)], cfg).level == "medium"  # p ~ 0.38
    assert score_findings([make("a.one", "x", None, 5.0)], cfg).level == "high"


@pytest.mark.parametrize("bad", [(0.9, 0.5), (0.0, 0.5), (0.5, 1.0)])
def test_bad_thresholds_are_refused(bad: tuple[float, float]) -> None:
    with pytest.raises(ValueError, match="thresholds"):
        ScoringConfig(thresholds=bad)


def test_findings_are_ordered_by_contribution() -> None:
    a = score_findings(
        [make("a.one", "off_platform", "pivot", 1.0), make("b.one", "secrecy", None, 3.0)], CONFIG
    )
    assert [f.rule_id for f in a.findings] == ["b.one", "a.one"]
