"""The literals a pattern's parse tree requires: hand-written cases, then soundness on the packs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recruitscreen.normalize import normalize
from recruitscreen.prefilter import EDGE, RAW, best_clause, canonical, requirement
from recruitscreen.rules import default_rules

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus" / "en.jsonl"


def _inside(pattern: str) -> set[frozenset[str]]:
    return set(requirement(re.compile(pattern)).inside)


def _around(pattern: str) -> set[frozenset[str]]:
    return set(requirement(re.compile(pattern)).around)


def test_a_sequence_requires_its_literal_and_gaps_become_spaces() -> None:
    assert _inside(r"\byour\W{1,3}clearance") == {frozenset({EDGE + "your clearance"})}
    # without \b the literal may start inside a word
    assert _inside(r"your\W{1,3}clearance") == {frozenset({"your clearance"})}


def test_an_alternation_requires_one_of_its_branches() -> None:
    assert _inside(r"(?:alpha|beta)gamma") == {frozenset({"alphagamma", "betagamma"})}
    # branches known only by their clauses still give one OR-set
    assert _inside(r"alpha\w{1,5}|beta\d{1,3}") == {frozenset({"alpha", "beta"})}


def test_an_optional_piece_requires_nothing() -> None:
    # "foobar" contains "foo": the shorter literal is enough
    assert _inside(r"foo(?:bar)?") == {frozenset({"foo"})}
    assert _inside(r"(?:abc){0,2}") == set()
    assert _inside(r"x?yz") == set()  # "yz" is too short to filter anything
    assert _inside(r"(?:alpha\w{1,3}|beta)?\W{0,2}gamma") == {frozenset({"gamma"})}


def test_one_han_character_is_a_literal_but_one_latin_letter_is_not() -> None:
    # a Chinese pattern often ends in a one-character alternative (号, 钱): the whole OR-set
    # still filters, so a flood of the app name alone no longer wakes the pattern up
    pattern = r"微信[^。]{0,25}?(?<![a-z0-9])(?:id|号)"
    assert _inside(pattern) == {frozenset({"微信"}), frozenset({EDGE + "id", "号"})}
    assert _inside(r"微信[^。]{0,25}?(?<![a-z0-9])(?:id|x)") == {frozenset({"微信"})}


def test_a_repeat_of_at_least_one_requires_its_body() -> None:
    assert _inside(r"(?:abc){1,3}") == {frozenset({"abc"})}
    assert _inside(r"(?:ab){2}x") == {frozenset({"ababx"})}


def test_small_classes_expand_and_wide_ones_require_nothing() -> None:
    assert _inside(r"gr[ae]y") == {frozenset({"gray", "grey"})}
    assert _inside(r"[a-z]{3}") == set()
    # "-" is a gap in the canonical text, so an edge follows; the raw text must hold the "-"
    assert _inside(r"\d{3}-cat") == {frozenset({EDGE + "cat"}), frozenset({RAW + "-"})}


def test_positive_lookarounds_are_required_but_not_inside() -> None:
    assert _inside(r"foo(?=\W{1,3}barbaz)") == {frozenset({"foo"})}
    assert _around(r"foo(?=\W{1,3}barbaz)") == {frozenset({EDGE + "barbaz"})}
    assert _around(r"(?<=alpha)beta\w") == {frozenset({"alpha"})}


def test_negative_lookarounds_require_nothing_but_may_mark_an_edge() -> None:
    assert _inside(r"foo(?!bar)") == {frozenset({"foo"})}
    assert _around(r"foo(?!barbaz)") == set()
    assert _inside(r"(?<![a-z0-9])abc") == {frozenset({EDGE + "abc"})}
    assert _inside(r"(?<![a-z])abc") == {frozenset({"abc"})}  # a digit may precede


def test_symbols_lost_in_the_canonical_text_are_required_raw() -> None:
    assert frozenset({RAW + "+"}) in _inside(r"\+\W{0,2}\d{2,3}")
    assert frozenset({RAW + "@"}) in _inside(r"[a-z]{1,20}@[a-z]{1,20}")


def test_a_symbol_alone_in_an_alternation_still_gates_it() -> None:
    # "+" is a gap in the canonical text: merged with "00" it would leave no literal at all
    req = _inside(r"(?<![\w+])(?:\+|00)\W{0,2}\(?(?:86|852)\)?\d{3}")
    assert frozenset({RAW + "+", EDGE + "00"}) in req


def test_what_the_walk_cannot_read_requires_nothing() -> None:
    assert requirement(re.compile(r"(?i)hello")).clauses == ()
    assert requirement(re.compile(r"(?i:hello) world")).inside == (frozenset({EDGE + "world"}),)
    assert requirement(re.compile(r"(\w{2})\1")).clauses == ()
    assert requirement(re.compile(r"(?a)hello\W{1,3}world")).clauses == ()


def test_width_and_reach() -> None:
    req = requirement(re.compile(r"ab\b"))
    assert (req.width, req.reach) == (2, 4)  # "\b" after b looks at the 3rd character (+1 for $)
    req = requirement(re.compile(r"ab(?=\W{1,3}cd)"))
    assert (req.width, req.reach) == (2, 7)
    assert requirement(re.compile(r"ab(?<=ab)")).reach == 2
    assert requirement(re.compile(r"a\w+")).width is None


def test_best_clause_prefers_long_literals() -> None:
    common = frozenset({EDGE + "to", EDGE + "on"})
    rare = frozenset({EDGE + "clearance", EDGE + "top secret"})
    assert best_clause((common, rare)) == rare


def test_canonical_collapses_non_word_runs() -> None:
    assert canonical("don't — tell, anyone!!") == "don t tell anyone "
    assert canonical("微信: abc_d") == "微信 abc_d"


def _holds(key: str, norm: str, canon: str) -> bool:
    """The meaning of a literal, checked naively."""
    if key.startswith(RAW):
        return key[1:] in norm
    if key.startswith(EDGE):
        lit = key[1:]
        return any(
            canon.startswith(lit, i) and (i == 0 or not re.match(r"[a-z0-9]", canon[i - 1]))
            for i in range(len(canon))
        )
    return key in canon


def _check_sound(norm: str) -> int:
    """Every pattern that matches ``norm`` has each of its clauses satisfied; returns the hits."""
    canon = canonical(norm)
    hits = 0
    rules = default_rules()
    patterns = [p for r in rules for p in r.patterns] + [p for c in rules.contexts for p in c.patterns]
    for pattern in patterns:
        m = pattern.search(norm)
        if m is None:
            continue
        hits += 1
        req = requirement(pattern)
        for clause in req.clauses:
            assert any(_holds(k, norm, canon) for k in clause), (pattern.pattern, sorted(clause))
        # an inside clause holds within the match itself
        inner = norm[m.start() : m.end()]
        for clause in req.inside:
            assert any(
                k[1:] in inner if k.startswith(RAW) else k.lstrip(EDGE) in canonical(inner)
                for k in clause
            ), (pattern.pattern, sorted(clause))
    return hits


def test_requirements_hold_wherever_the_packs_match() -> None:
    rules = default_rules()
    texts = [t for r in rules for t in r.examples_match]
    texts += [json.loads(x)["text"] for x in CORPUS.read_text("utf-8").splitlines()[:400] if x.strip()]
    hits = sum(_check_sound(normalize(t).text) for t in texts)
    assert hits > len(rules)  # the patterns did match, so the check was not vacuous


_WORDS = [
    "your ", "clearance", "top-secret", "we", "chat", "+", "86 ", "@", "gmail", ".com",
    "don't", " tell", "anyone", "\n", ", ", "paid ", "$", "200", "per ", "report",
]  # fmt: skip


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_WORDS) | st.text(max_size=5), max_size=25))
def test_requirements_hold_on_generated_text(parts: list[str]) -> None:
    _check_sound(normalize("".join(parts)).text)


@pytest.mark.parametrize("pack_pattern", [p for r in default_rules() for p in r.patterns][:1])
def test_requirement_is_cached(pack_pattern: re.Pattern[str]) -> None:
    assert requirement(pack_pattern) is requirement(pack_pattern)
