"""The matcher's shortcuts find exactly what running every pattern over the whole text finds."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recruitscreen import Screener
from recruitscreen.matcher import _COMPLETE, Matcher, _negation_before, _rule_spans
from recruitscreen.normalize import normalize
from recruitscreen.rules import Rule, RuleSet, default_rules

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus" / "en.jsonl"


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return default_rules()


@pytest.fixture(scope="module")
def fast(rules: RuleSet) -> Matcher:
    return Matcher(rules)


@pytest.fixture(scope="module")
def slow(rules: RuleSet) -> Matcher:
    return Matcher(rules, prefilter=False)


@pytest.fixture(scope="module")
def train_texts() -> list[str]:
    rows = [json.loads(x) for x in CORPUS.read_text("utf-8").splitlines() if x.strip()]
    return [r["text"] for r in rows if r["split"] == "train"]


@pytest.fixture(scope="module")
def long_texts(train_texts: list[str]) -> list[str]:
    """Long texts made of training-split messages, so the windowed path is taken."""
    rng = random.Random(3)
    return ["\n\n".join(rng.sample(train_texts, 12)) for _ in range(40)]


def _same(fast: Matcher, slow: Matcher, text: str) -> None:
    nt = normalize(text)
    assert fast.match(nt) == slow.match(nt), text[:80]


def test_corpus_matches_a_whole_scan(fast: Matcher, slow: Matcher, train_texts: list[str]) -> None:
    for text in train_texts[::3]:
        _same(fast, slow, text)


def test_long_texts_match_a_whole_scan(fast: Matcher, slow: Matcher, long_texts: list[str]) -> None:
    for text in long_texts:
        _same(fast, slow, text)


def test_both_ways_of_testing_literals_match_a_whole_scan(
    rules: RuleSet, slow: Matcher, train_texts: list[str]
) -> None:
    """The literals a pattern needs anywhere in the text are tested one ``in`` test each, or, when
    they are many or the text is long, through the index of their first characters: either way,
    and whatever the script, the result is that of a whole scan."""
    rng = random.Random(5)
    chinese = "加我微信聊，报告的报酬好说，别跟单位说。你家里人都还好吧？"
    french = "Écrivez-moi sur WhatsApp, le mandat est bien rémunéré. "
    texts = [chinese, chinese + " add me on wechat", "Call me on +86 138 0000 0000 or 0086 13800000000"]
    for extra in ("", chinese * 20, french * 20):
        texts.append("\n\n".join(rng.sample(train_texts, 60)) + extra)
    texts.append(chinese * 600)  # no Latin letter at all
    english = rules.for_languages(("en",))
    few, few_slow = Matcher(english), Matcher(english, prefilter=False)
    many = Matcher(rules)
    assert len(few._plain_list) < len(many._plain_list)
    for text in texts:
        _same(many, slow, text)
        _same(few, few_slow, text)
    # each way is taken: the index decides every clause (the _COMPLETE bit), the ``in`` tests do not
    norm = normalize(texts[0]).text
    assert many._scan(norm)[1] & _COMPLETE and not few._scan(norm)[1] & _COMPLETE


def test_rule_examples_match_a_whole_scan(fast: Matcher, slow: Matcher, rules: RuleSet) -> None:
    examples = [t for r in rules for t in (*r.examples_match, *r.examples_no_match)]
    examples += [t for c in rules.contexts for t in (*c.examples_match, *c.examples_no_match)]
    for text in examples:
        _same(fast, slow, text)
    # Glued into one long text, the examples take the windowed path too.
    _same(fast, slow, "\n".join(examples))


def test_rule_spans_equal_each_rule_scanned_alone(fast: Matcher, rules: RuleSet, long_texts: list[str]) -> None:
    """An independent reference: ``_rule_spans`` with its defaults runs the rule's patterns
    one after the other over the whole text."""
    for text in long_texts[:15]:
        norm = normalize(text).text
        expected = [(r.id, s) for r in rules for s in [_rule_spans(r, norm)] if s]
        assert [(r.id, s) for r, s in fast.rule_spans(norm)] == expected


def test_the_shortcuts_are_taken(fast: Matcher, long_texts: list[str]) -> None:
    """The prefilter must skip most patterns, and windows must cut long texts."""
    from recruitscreen.matcher import _windows

    ran = windowed = 0
    for text in long_texts:
        norm = normalize(text).text
        canon, sat, woken = fast._scan(norm)
        pids = fast._runnable(canon, sat, woken)
        ran += len(pids)
        windowed += sum(_windows(fast._plans[p], norm, {}) is not None for p in pids)
    assert ran < 0.5 * len(fast._plans) * len(long_texts)
    assert windowed > len(long_texts)


_PIECES = st.sampled_from(
    [
        "your clearance", "top secret", "wechat", "whatsapp", "we chat", "w.e.c.h.a.t", "+86",
        "138 0013 8000", "$500", "per report", "confidential", "our client", "don't tell",
        "never ask", "@gmail.com", "at gmail dot com", "paid", "report", "微信", "telegram",
        "— ", ", ", ".\n", "!!", "\u200b", " ", "\n\n> ",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=30))
def test_generated_texts_match_a_whole_scan(fast: Matcher, slow: Matcher, parts: list[str]) -> None:
    _same(fast, slow, "".join(parts))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_PIECES, st.text(max_size=12)), min_size=1, max_size=30))
def test_generated_long_texts_match_a_whole_scan(
    fast: Matcher, slow: Matcher, train_texts: list[str], parts: list[str]
) -> None:
    rng = random.Random(len(parts))
    filler = "\n\n".join(rng.sample(train_texts, 8))
    cut = rng.randrange(len(filler))
    _same(fast, slow, filler[:cut] + "".join(parts) + filler[cut:])


def _rule(*patterns: str) -> Rule:
    return Rule(
        id="test.edge_cases",
        category="secrecy",
        stage=None,
        weight=1.0,
        patterns=tuple(re.compile(p) for p in patterns),
        explanation="A test rule.",
        negation=False,
    )


@pytest.mark.parametrize(
    "pattern",
    [
        r"\bcat\b",  # \b just past the window must see the next character
        r"cat(?=\W{1,3}food)",  # a lookahead reaches past the match
        r"cat(?!\W{0,3}food)",
        r"(?<![a-z])cat\w{0,4}$",  # "$": the end of the text, not of a window
        r"\bcat\W{1,3}(?:\w{1,10}\W{1,3}){0,3}food\b",  # two clauses, far apart
        r"(?:cat|dog)\W{0,2}food",
        r"\+\W{0,2}cat",  # a symbol lost in the canonical text
    ],
)
def test_tricky_patterns_in_long_texts(pattern: str, long_texts: list[str]) -> None:
    one = RuleSet.from_rules([_rule(pattern)])
    fast, slow = Matcher(one), Matcher(one, prefilter=False)
    endings = ["cat", "cats", "cat food", "cat, food", "+ cat", "cat  -  food", "dogfood", "cat x y food"]
    found = 0
    for text in long_texts[:8]:
        for ending in endings:
            middle = len(text) // 2
            glued = text[:middle] + f" {ending} " + text[middle:] + " " + ending
            _same(fast, slow, glued)
            found += len(fast.match(normalize(glued)).findings)
    assert found  # the endings do produce hits: the comparison is not between two empty lists


def test_matcher_holds_no_state_between_calls(fast: Matcher, long_texts: list[str]) -> None:
    first = [fast.match(normalize(t)) for t in long_texts[:5]]
    assert [fast.match(normalize(t)) for t in long_texts[:5]] == first


def test_latin_keywords_start_a_word_and_others_match_anywhere(fast: Matcher) -> None:
    hits = fast.keyword_hits("a person from the family, call +86 138; 加我微信")
    assert "son" not in hits and "family" in hits
    assert any(k.startswith("+86") or k == "+86" for k in hits)


@pytest.mark.parametrize(
    ("text", "word", "language", "cue"),
    [
        ("we never ask for internal documents", "internal", "en", "never"),
        ("please don't hesitate to send me the internal documents", "internal", "en", None),
        ("do not hesitate to add me on whatsapp", "whatsapp", "en", None),
        ("no worries, add me on whatsapp", "whatsapp", "en", None),
        ("no questions asked, paid in crypto", "crypto", "en", None),
        ("nous ne vous demanderons jamais d'informations confidentielles", "informations", "fr", "jamais"),
        ("nous n'utilisons pas whatsapp", "whatsapp", "fr", "pas"),
        ("n'hésitez pas à m'écrire sur whatsapp", "whatsapp", "fr", None),
        ("ne t'inquiète pas, écris-moi sur whatsapp", "whatsapp", "fr", None),
        ("pas de souci, on continue sur whatsapp", "whatsapp", "fr", None),
        # French "dont" ("of which") is not the English "don't"
        ("le rapport dont mon client a besoin, sur whatsapp", "whatsapp", "fr", None),
        # a question after a colon is a clause of its own; a list after one is not
        ("off the record and never attributed: what did the internal audit find?", "what", "en", None),
        ("not for attribution:  which vendors made the cut?", "which", "en", None),
        ("we will never ask for: your internal documents", "your", "en", "never"),
    ],
)
def test_negation_cues_are_the_rule_languages_and_idioms_do_not_negate(
    text: str, word: str, language: str, cue: str | None
) -> None:
    assert _negation_before(text, text.index(word), language) == cue


def test_an_encouraging_idiom_does_not_cancel_the_approach_after_it() -> None:
    screener = Screener(model=None)
    plain = screener.screen("Add me on WhatsApp for the paid report.")
    idiom = screener.screen("Do not hesitate to add me on WhatsApp for the paid report.")
    assert plain.flagged and idiom.flagged
    assert {f.rule_id for f in plain.findings} <= {f.rule_id for f in idiom.findings}
