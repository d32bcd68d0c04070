"""Hostile input: linear time for every shipped pattern, the input cap, bad values.

Timing here guards the *shape* of the cost (10x the input must not cost 100x the time) with a
generous bound; the exact figures for 1 MB inputs are printed by ``benchmarks/bench_hostile.py``.
The tests run over whatever the packs contain (``RuleSet.default()``), so they keep guarding
the packs as they grow.
"""

from __future__ import annotations

import itertools
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
BIG = 100_000  # the per-pattern check runs at this size and at a tenth of it
GROWTH_BOUND = 30.0  # 10x the input: linear is ~10x the time, quadratic ~100x
DOUBLING_BOUND = 3.0  # per doubling of the input: linear ~2x, quadratic ~4x
NOISE_FLOOR = 0.05  # seconds: below this at the big size, a ratio says nothing


def _best_of(repeats: int, fn: Callable[[], object]) -> float:
    """The least CPU time of ``repeats`` runs (CPU time: other processes on a busy machine do not
    count)."""
    best = float("inf")
    for _ in range(repeats):
        t = time.process_time()
        fn()
        best = min(best, time.process_time() - t)
    return best


def linear_growth(run: Callable[[str], object], make: Callable[[int], str], big: int) -> str | None:
    """None when ``run`` costs about linear time in the input, else what was measured.

    First ``big`` against ``big // 10``. Only when that looks worse than linear (a busy machine
    or a cache step between two sizes can do that) it measures four sizes doubling up to
    ``big``, best of 3 each: a superlinear cost grows faster at *every* doubling, so the median
    of the three step ratios decides, and one noisy step cannot.
    """
    small_text, big_text = make(big // 10), make(big)
    t_small = _best_of(1, lambda: run(small_text))
    t_big = _best_of(1, lambda: run(big_text))
    if t_big <= NOISE_FLOOR or t_big / max(t_small, 1e-4) <= GROWTH_BOUND:
        return None
    sizes = [big // 8, big // 4, big // 2, big]
    texts = [make(n) for n in sizes]
    times = [_best_of(3, lambda t=t: run(t)) for t in texts]
    steps = sorted(b / max(a, 1e-4) for a, b in itertools.pairwise(times))
    if times[-1] <= NOISE_FLOOR or steps[1] <= DOUBLING_BOUND:
        return None
    shown = ", ".join(f"{n:,}: {t:.3f} s" for n, t in zip(sizes, times, strict=True))
    return f"time grows {steps[1]:.1f}x per doubling of the input ({shown})"


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
    makers: dict[str, Callable[[int], str]] = {
        kind: (lambda n, kind=kind: _normalized(kind, n)) for kind in HOSTILE
    }
    for kind, make in _own_inputs(rule).items():
        makers[kind] = lambda n, make=make: normalize(make(n)).text
    for kind, make in makers.items():
        problem = linear_growth(run, make, BIG)
        assert problem is None, f"{rule.id} on {kind}: {problem}"


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
# The goal is under 1 s per hostile megabyte, and it is NOT met yet: the worst inputs take
# 3-4.5 CPU seconds (figures from benchmarks/bench_hostile.py, in the issue notes). This bound
# only catches a regression to far worse; linear growth is asserted separately, above.
ONE_MB_SECONDS = 10.0


@pytest.mark.slow
@pytest.mark.parametrize("kind", list(HOSTILE))
def test_one_megabyte_of_hostile_input(default_screener: rs.Screener, kind: str) -> None:
    """The default screener (rules + model) on 1 MB: valid result, linear growth, bounded time."""
    big = HOSTILE[kind](ONE_MB)
    start = time.process_time()
    assert_valid(big, default_screener.screen(big))
    seconds = time.process_time() - start
    problem = linear_growth(default_screener.screen, HOSTILE[kind], ONE_MB)
    assert problem is None, f"{kind}: {problem}"
    if seconds > ONE_MB_SECONDS:  # measure again before blaming: the machine may be busy
        seconds = min(seconds, _best_of(2, lambda: default_screener.screen(big)))
    assert seconds <= ONE_MB_SECONDS, f"{kind}: 1 MB took {seconds:.2f} s (bound {ONE_MB_SECONDS} s; goal 1 s)"


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
