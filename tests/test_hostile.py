"""Hostile input: linear time for every shipped pattern, the input cap, bad values.

Timing here guards the *shape* of the cost (10x the input must not cost 100x the time) with a
generous bound; the exact figures for 1 MB inputs are printed by ``benchmarks/bench_hostile.py``.
The tests run over whatever the packs contain (``RuleSet.default()``), so they keep guarding
the packs as they grow.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from functools import cache

import pytest
from hostile_inputs import HOSTILE, ODD_BUT_VALID, keyword_flood, repeat_to

import recruitscreen as rs
from recruitscreen.normalize import normalize
from recruitscreen.rules import ContextRule, Rule, RuleSet
from recruitscreen.screener import DEFAULT_MAX_CHARS
from recruitscreen.types import Assessment

RULES = RuleSet.default()
SMALL, BIG = 10_000, 100_000  # the per-pattern check: 10x the input
GROWTH_BOUND = 30.0  # linear is ~10x; quadratic would be ~100x
NOISE_FLOOR = 0.05  # seconds: below this at the big size, a ratio says nothing


def _best_of(repeats: int, fn: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def growth(run: Callable[[str], object], small: str, big: str) -> tuple[float, float]:
    """(seconds at the big size, big/small time ratio); measured again, best of 3, when suspect."""
    t_small, t_big = _best_of(1, lambda: run(small)), _best_of(1, lambda: run(big))
    if t_big > NOISE_FLOOR and t_big / max(t_small, 1e-4) > GROWTH_BOUND / 2:
        t_small, t_big = _best_of(3, lambda: run(small)), _best_of(3, lambda: run(big))
    return t_big, t_big / max(t_small, 1e-4)


def assert_linear(run: Callable[[str], object], make: Callable[[int], str], small: int, big: int,
                  label: str) -> None:
    t_big, ratio = growth(run, make(small), make(big))
    assert t_big <= NOISE_FLOOR or ratio <= GROWTH_BOUND, (
        f"{label}: {big:,} chars took {t_big:.3f} s, {ratio:.0f}x the time of {small:,} chars "
        f"(linear would be ~{big // small}x)"
    )


@cache
def _normalized(kind: str, n: int) -> str:
    return normalize(HOSTILE[kind](n)).text


def _own_inputs(rule: Rule | ContextRule) -> dict[str, Callable[[int], str]]:
    """Inputs made of the rule's own words: its keywords and the examples it must match."""
    words = " ".join(rule.keywords) or "x"
    examples = " ".join(rule.examples_match) or words
    return {
        "own_keywords": lambda n: repeat_to(words + " ", n),
        "own_keywords_glued": lambda n: repeat_to(words.replace(" ", ""), n),
        "own_examples": lambda n: repeat_to(examples + " ", n),
        "own_examples_unspaced": lambda n: repeat_to(re.sub(r"\W", "", examples), n),
    }


def _scan_all(rule: Rule | ContextRule) -> Callable[[str], object]:
    """Every pattern of the rule (its ``unless`` too) over the whole text: the worst case, whatever
    shortcuts the matcher takes."""
    patterns = [*rule.patterns, *(rule.unless if isinstance(rule, Rule) else ())]

    def run(norm: str) -> None:
        for p in patterns:
            for _ in p.finditer(norm):
                pass

    return run


EVERY_RULE: list[Rule | ContextRule] = [*RULES, *RULES.contexts]


@pytest.mark.slow
@pytest.mark.parametrize("rule", EVERY_RULE, ids=lambda r: r.id)
def test_every_pattern_runs_in_linear_time(rule: Rule | ContextRule) -> None:
    run = _scan_all(rule)
    for kind in HOSTILE:
        t_big, ratio = growth(run, _normalized(kind, SMALL), _normalized(kind, BIG))
        assert t_big <= NOISE_FLOOR or ratio <= GROWTH_BOUND, (
            f"{rule.id} on {kind}: {BIG:,} chars took {t_big:.3f} s, {ratio:.0f}x the time of "
            f"{SMALL:,} chars"
        )
    for kind, make in _own_inputs(rule).items():
        assert_linear(run, lambda n, make=make: normalize(make(n)).text, SMALL, BIG,
                      f"{rule.id} on {kind}")


def test_the_lint_catches_what_the_timing_test_would() -> None:
    """The load-time lint refuses the known quadratic shape, so no pack can ship it."""
    from recruitscreen.rules.lint import lint_pattern

    assert lint_pattern(r"\bjob\b.*\bfee\b")
    assert lint_pattern(r"(?:a{1,100}){1,100}")
    assert lint_pattern(r"(a)\1")
    assert lint_pattern(r"\bjob\b.{0,60}\bfee\b") is None


@pytest.fixture(scope="module")
def default_screener() -> rs.Screener:
    return rs.Screener()


def assert_valid(text: str, a: Assessment) -> None:
    """Spans index the original text, the score is a probability, the result serialises."""
    assert 0.0 <= a.score <= 1.0
    for f in [*a.findings, *(s.finding for s in a.suppressed)]:
        assert 0 <= f.start <= f.end <= len(text), f.rule_id
        assert text[f.start : f.end] == f.excerpt, f.rule_id
    json.dumps(a.to_dict())


ONE_MB = 1_000_000
ONE_MB_SECONDS = 3.0  # the goal is under 1 s (see benchmarks/bench_hostile.py); slack for CI


@pytest.mark.slow
@pytest.mark.parametrize("kind", list(HOSTILE))
def test_one_megabyte_of_hostile_input(default_screener: rs.Screener, kind: str) -> None:
    """The default screener (rules + model) on 1 MB: valid result, linear growth, bounded time."""
    small, big = HOSTILE[kind](ONE_MB // 10), HOSTILE[kind](ONE_MB)
    start = time.perf_counter()
    assert_valid(big, default_screener.screen(big))
    t_big = time.perf_counter() - start
    t_small = _best_of(1, lambda: default_screener.screen(small))
    ratio = t_big / max(t_small, 1e-4)
    if t_big > NOISE_FLOOR and ratio > GROWTH_BOUND / 2:  # measure again before blaming
        t_big, ratio = growth(default_screener.screen, small, big)
    assert t_big <= NOISE_FLOOR or ratio <= GROWTH_BOUND, (
        f"{kind}: 1 MB took {t_big:.2f} s, {ratio:.0f}x the time of 100 KB"
    )
    assert t_big <= ONE_MB_SECONDS, f"{kind}: 1 MB took {t_big:.2f} s (goal: under 1 s)"


def test_the_largest_input_is_screened_whole_and_one_more_character_is_refused() -> None:
    s = rs.Screener(model=None)
    tail = " add me on WeChat"
    text = repeat_to("ordinary words ", DEFAULT_MAX_CHARS - len(tail)) + tail
    assert len(text) == DEFAULT_MAX_CHARS
    a = s.screen(text)
    assert a.findings and max(f.end for f in a.findings) == DEFAULT_MAX_CHARS
    assert_valid(text, a)
    with pytest.raises(rs.InputError, match="above the limit") as info:
        s.screen(text + "x")
    assert "ordinary" not in str(info.value)  # the message names the size, never the text
    small = rs.Screener(model=None, max_chars=50)
    assert small.screen("w" * 50).level == "low"
    with pytest.raises(rs.InputError, match=r"51 characters.*limit of 50.*max_chars"):
        small.screen("w" * 51)
    with pytest.raises(ValueError):
        rs.Screener(model=None, max_chars=0)


def test_a_long_message_is_read_to_its_end() -> None:
    """Nothing past some prefix is dropped: evidence at the very end of 1.9 MB is found."""
    s = rs.Screener(model=None)
    text = "a" * 1_900_000 + " add me on WeChat, my client pays for reports"
    ids = {f.rule_id for f in s.screen(text).findings}
    assert ids and ids == {f.rule_id for f in s.screen(text[-200:]).findings}


@pytest.mark.parametrize(
    "value", [None, b"add me on wechat", bytearray(b"x"), 42, 3.5, ["text"], {"text": "x"}]
)
def test_non_text_values_are_type_errors(value: object) -> None:
    s = rs.Screener(model=None)
    with pytest.raises(TypeError, match="expected the message text as str") as info:
        s.screen(value)  # type: ignore[arg-type]
    if isinstance(value, bytes | bytearray):
        assert "decode" in str(info.value)
    with pytest.raises(TypeError, match=r"texts\[1\]"):
        s.screen_many(["fine", value])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        rs.screen(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", list(ODD_BUT_VALID))
def test_odd_but_valid_text_is_screened(default_screener: rs.Screener, name: str) -> None:
    text = ODD_BUT_VALID[name]
    assert_valid(text, default_screener.screen(text))
    assert_valid(text, rs.Screener(model=None).screen(text))


@pytest.mark.parametrize("name", ["keyword_flood", "zero_width_in_words", "cjk", "lookalikes", "bidi"])
def test_hostile_input_spans_are_valid(default_screener: rs.Screener, name: str) -> None:
    text = HOSTILE[name](20_000)
    a = default_screener.screen(text)
    assert_valid(text, a)


def test_keyword_flood_covers_every_keyword() -> None:
    text = keyword_flood(10**6)
    for rule in RULES:
        for kw in rule.keywords:
            assert kw in text, (rule.id, kw)
