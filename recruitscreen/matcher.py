"""Run a RuleSet over normalized text: keyword prefilter, then patterns, then context checks.

The matcher only finds evidence; it does not weigh it. Each hit becomes a :class:`Finding`
whose span points into the original text, or a :class:`Suppression` when a negation ("we never
ask for ...") or a rule's ``unless`` context cancels it.
"""

from __future__ import annotations

import re
import re._constants as _constants
import re._parser as _parser
from dataclasses import dataclass

from .normalize import NormalizedText
from .rules import ContextRule, Rule, RuleSet
from .types import Finding, Suppression

__all__ = ["MAX_HITS_PER_RULE", "Match", "Matcher"]

MAX_HITS_PER_RULE = 25
"""Hits of one rule beyond this are counted in a note, not listed (they add no score anyway)."""

# A negation cue, then at most five words (commas and "or" allowed, no sentence break) up to the hit.
_NEGATION_CUE = re.compile(
    r"\b(?:no(?!\W{1,3}(?:worries|worry|problem|probs?|rush|hurry|pressure|doubt|matter|wonder|kidding)\b)|not|never|nor|neither|none|nothing|without|don'?t|doesn'?t|didn'?t|won'?t|"
    r"wouldn'?t|shouldn'?t|can'?t|cannot|isn'?t|aren'?t|mustn'?t|refuse[sd]?|avoid|"
    r"under no circumstances|no need|not ask|prohibit(?:s|ed)?|forbid(?:s|den)?)\b"
)
_CLAUSE_BREAK = re.compile(r"[.;!?\n]|\b(?:but|however|though|although|except|just|only|instead)\b")
_NEGATION_REACH = 5


@dataclass(frozen=True, slots=True)
class Match:
    """The matcher's output for one text."""

    findings: tuple[Finding, ...]
    suppressed: tuple[Suppression, ...]
    contexts: tuple[tuple[ContextRule, Finding], ...]
    notes: tuple[str, ...]


class Matcher:
    """Precompiled access to a RuleSet: which rules each keyword wakes up.

    A rule's patterns run only where they can match: every match must contain one of the
    rule's keywords and is at most ``width`` characters long (bounded quantifiers make the width
    finite), so on a long text each pattern runs over the windows around the keyword hits, not
    over the whole text (merged windows never overlap, so no hit is found twice).
    ``tests/test_matcher.py`` checks that this finds exactly what a scan of the whole text finds.
    """

    def __init__(self, ruleset: RuleSet) -> None:
        self.ruleset = ruleset
        self._width = {r.id: _max_width(r) for r in ruleset}
        self._always: list[Rule] = [r for r in ruleset if not r.keywords]
        self._keywords: dict[str, list[Rule]] = {}
        for rule in ruleset:
            for kw in rule.keywords:
                self._keywords.setdefault(kw, []).append(rule)
        self._ctx_always = [c for c in ruleset.contexts if not c.keywords]
        self._ctx_keywords: dict[str, list[ContextRule]] = {}
        for ctx in ruleset.contexts:
            for kw in ctx.keywords:
                self._ctx_keywords.setdefault(kw, []).append(ctx)
        self._order = {r.id: i for i, r in enumerate(ruleset)}
        everything = set(self._keywords) | set(self._ctx_keywords)
        # A keyword found at a position implies every shorter keyword it starts with.
        self._prefixes = {
            k: [k[:i] for i in range(1, len(k) + 1) if k[:i] in everything] for k in everything
        }
        self._scanners = _keyword_scanners(everything)

    def keyword_hits(self, norm: str) -> dict[str, list[int]]:
        """Where each keyword occurs. A keyword that starts with a Latin letter or digit must
        start a word ("son" is not found inside "person"); others (CJK, "+86", "@") match anywhere."""
        hits: dict[str, list[int]] = {}
        for scanner in self._scanners:
            for m in scanner.finditer(norm):
                pos = m.start()
                for kw in self._prefixes[m.group(1)]:
                    hits.setdefault(kw, []).append(pos)
        return hits

    def _windows(
        self, rule: Rule, norm: str, hits: dict[str, list[int]]
    ) -> list[tuple[int, int]] | None:
        """Where the rule's patterns need to run; None means the whole text."""
        width = self._width[rule.id]
        if width is None or not rule.keywords or len(norm) <= 4 * width + 200:
            return None
        spans = sorted(
            (max(0, p + len(kw) - width), min(len(norm), p + width))
            for kw in rule.keywords
            for p in hits.get(kw, ())
        )
        merged: list[tuple[int, int]] = []
        for lo, hi in spans:
            if merged and lo <= merged[-1][1]:
                if hi > merged[-1][1]:
                    merged[-1] = (merged[-1][0], hi)
            else:
                merged.append((lo, hi))
        return merged or None

    def candidates(self, norm: str, hits: dict[str, list[int]] | None = None) -> list[Rule]:
        """The rules whose keywords occur in ``norm`` (plus rules without keywords), in pack order."""
        hits = self.keyword_hits(norm) if hits is None else hits
        woken: dict[str, Rule] = {r.id: r for r in self._always}
        for kw in hits:
            for r in self._keywords.get(kw, ()):
                woken[r.id] = r
        return sorted(woken.values(), key=lambda r: self._order[r.id])

    def match(self, nt: NormalizedText, message_index: int | None = None) -> Match:
        norm = nt.text
        findings: list[Finding] = []
        suppressed: list[Suppression] = []
        notes: list[str] = []
        hits = self.keyword_hits(norm)
        for rule in self.candidates(norm, hits):
            spans = _rule_spans(rule, norm, self._windows(rule, norm, hits))
            kept = 0
            for a, b in spans:
                reason = _cancelled(rule, norm, a, b)
                finding = _finding(rule, nt, a, b, message_index)
                if reason:
                    suppressed.append(Suppression(finding, reason))
                    continue
                kept += 1
                if kept <= MAX_HITS_PER_RULE:
                    findings.append(finding)
            if kept > MAX_HITS_PER_RULE:
                notes.append(
                    f"rule {rule.id} matched {kept} times; the first {MAX_HITS_PER_RULE} are listed"
                )
        contexts: list[tuple[ContextRule, Finding]] = []
        woken_ctx = {c.id: c for c in self._ctx_always}
        for kw in hits:
            woken_ctx.update((c.id, c) for c in self._ctx_keywords.get(kw, ()))
        for ctx in woken_ctx.values():
            for pattern in ctx.patterns:
                m = pattern.search(norm)
                if m and m.end() > m.start():
                    start, end = nt.span(m.start(), m.end())
                    contexts.append(
                        (
                            ctx,
                            Finding(
                                rule_id=ctx.id,
                                category="context",
                                stage=None,
                                start=start,
                                end=end,
                                excerpt=nt.original[start:end],
                                explanation=ctx.explanation,
                                message_index=message_index,
                            ),
                        )
                    )
                    break
        return Match(tuple(findings), tuple(suppressed), tuple(contexts), tuple(notes))


def _max_width(rule: Rule) -> int | None:
    """The longest match any of the rule's patterns can make, or None when unbounded."""
    widest = 0
    for pattern in rule.patterns:
        hi = int(_parser.parse(pattern.pattern, pattern.flags).getwidth()[1])
        if hi >= _constants.MAXREPEAT:
            return None
        widest = max(widest, hi)
    return widest


def _rule_spans(
    rule: Rule, norm: str, windows: list[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """Non-overlapping hits of all the rule's patterns, in text order (the earliest, longest wins)."""
    spans: list[tuple[int, int]] = []
    for pattern in rule.patterns:
        for lo, hi in windows or [(0, len(norm))]:
            for m in pattern.finditer(norm, lo, hi):
                if m.end() > m.start():
                    spans.append(m.span())
    if len(rule.patterns) > 1 and spans:
        spans.sort(key=lambda s: (s[0], -s[1]))
        merged: list[tuple[int, int]] = []
        for a, b in spans:
            if merged and a < merged[-1][1]:
                continue
            merged.append((a, b))
        spans = merged
    return spans


def _trie_regex(words: list[str]) -> str:
    """One regex for many literals, branching character by character (longest match first).

    ``re`` tries the alternatives of ``a|b|c`` one after the other; a trie tries one branch per
    character, which keeps a scan for hundreds of keywords fast.
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        end = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


def _keyword_scanners(keywords: set[str]) -> list[re.Pattern[str]]:
    """Zero-width scanners reporting the longest keyword at each (word-start) position."""
    wordish = [k for k in keywords if re.match(r"[a-z0-9]", k)]
    other = [k for k in keywords if not re.match(r"[a-z0-9]", k)]
    scanners = []
    if wordish:
        scanners.append(re.compile(r"(?<![^\W_])(?=(" + _trie_regex(wordish) + "))"))
    if other:
        scanners.append(re.compile("(?=(" + _trie_regex(other) + "))"))
    return scanners


def _cancelled(rule: Rule, norm: str, a: int, b: int) -> str | None:
    """Why the hit at ``norm[a:b]`` does not count (a negation or an ``unless`` context), or None."""
    if rule.negation:
        cue = _negation_before(norm, a)
        if cue:
            return f"negated by \u201c{cue}\u201d"
    if rule.unless:
        lo, hi = max(0, a - rule.window), min(len(norm), b + rule.window)
        for pattern in rule.unless:
            m = pattern.search(norm, lo, hi)
            if m:
                return f"context \u201c{m.group().strip()}\u201d near the words"
    return None


def _negation_before(norm: str, a: int) -> str | None:
    window = norm[max(0, a - 80) : a]
    last = None
    for m in _NEGATION_CUE.finditer(window):
        last = m
    if last is None:
        return None
    between = window[last.end() :]
    if _CLAUSE_BREAK.search(between) or len(between.split()) > _NEGATION_REACH:
        return None
    return last.group()


def _finding(
    rule: Rule, nt: NormalizedText, a: int, b: int, message_index: int | None
) -> Finding:
    start, end = nt.span(a, b)
    return Finding(
        rule_id=rule.id,
        category=rule.category,
        stage=rule.stage,
        start=start,
        end=end,
        excerpt=nt.original[start:end],
        explanation=rule.explanation,
        weight=rule.weight,
        advice=rule.advice,
        message_index=message_index,
    )
