"""The matcher's shortcuts find exactly what a plain scan finds."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from recruitscreen.matcher import Matcher, _rule_spans
from recruitscreen.normalize import normalize
from recruitscreen.rules import default_rules

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus" / "en.jsonl"


@pytest.fixture(scope="module")
def long_texts() -> list[str]:
    """Long texts made of training-split messages, so the windowed path is taken."""
    rows = [json.loads(x) for x in CORPUS.read_text("utf-8").splitlines() if x.strip()]
    texts = [r["text"] for r in rows if r["split"] == "train"]
    rng = random.Random(3)
    return [normalize("\n\n".join(rng.sample(texts, 12))).text for _ in range(60)]


def test_windows_find_what_a_whole_scan_finds(long_texts: list[str]) -> None:
    matcher = Matcher(default_rules())
    windowed_runs = 0
    for norm in long_texts:
        hits = matcher.keyword_hits(norm)
        for rule in matcher.candidates(norm, hits):
            windows = matcher._windows(rule, norm, hits)
            windowed_runs += windows is not None
            assert _rule_spans(rule, norm, windows) == _rule_spans(rule, norm), rule.id
    assert windowed_runs > 100  # the shortcut was exercised, not bypassed


def test_every_hit_contains_a_word_start_keyword(long_texts: list[str]) -> None:
    """The contract the windows rely on."""
    matcher = Matcher(default_rules())
    for norm in long_texts:
        hits = matcher.keyword_hits(norm)
        for rule in matcher.candidates(norm, hits):
            starts = [p for kw in rule.keywords for p in hits.get(kw, ())]
            for a, b in _rule_spans(rule, norm):
                assert any(a <= p < b for p in starts), (rule.id, norm[a:b])


def test_latin_keywords_start_a_word_and_others_match_anywhere() -> None:
    matcher = Matcher(default_rules())
    hits = matcher.keyword_hits("a person from the family, call +86 138; 加我微信")
    assert "son" not in hits and "family" in hits
    assert any(k.startswith("+86") or k == "+86" for k in hits)
