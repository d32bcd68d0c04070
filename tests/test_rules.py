"""Every rule's own examples: ``match`` must produce a counted hit, ``no_match`` must not."""

from __future__ import annotations

import pytest

from recruitscreen.matcher import Matcher
from recruitscreen.normalize import normalize
from recruitscreen.rules import RuleSet, default_rules

RULES = default_rules()


def _hits(rule_set: RuleSet, text: str) -> list[str]:
    return [f.rule_id for f in Matcher(rule_set).match(normalize(text)).findings]


def _cases() -> list[object]:
    cases = []
    for rule in RULES:
        one = RuleSet.from_rules([rule])
        for i, text in enumerate(rule.examples_match):
            cases.append(pytest.param(one, rule.id, text, True, id=f"{rule.id}-match{i}"))
        for i, text in enumerate(rule.examples_no_match):
            cases.append(pytest.param(one, rule.id, text, False, id=f"{rule.id}-no_match{i}"))
    return cases


@pytest.mark.parametrize(("rule_set", "rule_id", "text", "should_match"), _cases())
def test_rule_examples(rule_set: RuleSet, rule_id: str, text: str, should_match: bool) -> None:
    hits = _hits(rule_set, text)
    if should_match:
        assert rule_id in hits, f"{rule_id} should match: {text!r}"
    else:
        assert rule_id not in hits, f"{rule_id} should not match: {text!r}"


def test_every_rule_has_examples_both_ways() -> None:
    missing = [r.id for r in RULES if len(r.examples_match) < 2 or len(r.examples_no_match) < 2]
    assert not missing, f"rules with fewer than two match and two no_match examples: {missing}"


def test_every_rule_has_keywords_for_the_prefilter() -> None:
    assert not [r.id for r in RULES if not r.keywords]


def test_match_examples_contain_a_keyword() -> None:
    """A match example that no keyword wakes up would pass only by accident of the prefilter."""
    matcher = Matcher(RULES)
    for rule in RULES:
        for text in rule.examples_match:
            hits = matcher.keyword_hits(normalize(text).text)
            assert any(k in hits for k in rule.keywords), (rule.id, text)


def test_context_examples() -> None:
    for ctx in RULES.contexts:
        one = RuleSet.from_rules([], [ctx])
        for text in ctx.examples_match:
            assert Matcher(one).match(normalize(text)).contexts, (ctx.id, text)
        for text in ctx.examples_no_match:
            assert not Matcher(one).match(normalize(text)).contexts, (ctx.id, text)


def test_every_builtin_pack_is_loaded_and_declares_its_language() -> None:
    """The examples above run for every pack; here: each pack is there, with its language."""
    by_pack: dict[str, set[str]] = {}
    for rule in RULES:
        by_pack.setdefault(rule.source, set()).add(rule.language)
    assert by_pack == {"en.toml": {"en"}, "fr.toml": {"fr"}, "zh.toml": {"zh"}, "channels.toml": {"*"}}
    for rule in RULES:
        if rule.language in ("fr", "zh"):
            assert rule.id.endswith("." + rule.language), rule.id
