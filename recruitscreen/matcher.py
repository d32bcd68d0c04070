"""Run a RuleSet over normalized text: keyword prefilter, then patterns, then context checks.

The matcher only finds evidence; it does not weigh it. Each hit becomes a :class:`Finding`
whose span points into the original text, or a :class:`Suppression` when a negation ("we never
ask for ...") or a rule's ``unless`` context cancels it.
"""

from __future__ import annotations

import re
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
    """Precompiled access to a RuleSet: which rules each keyword wakes up."""

    def __init__(self, ruleset: RuleSet) -> None:
        self.ruleset = ruleset
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

    def candidates(self, norm: str) -> list[Rule]:
        """The rules whose keywords occur in ``norm`` (plus rules without keywords), in pack order."""
        woken: dict[str, Rule] = {r.id: r for r in self._always}
        for kw, rules in self._keywords.items():
            if kw in norm:
                for r in rules:
                    woken[r.id] = r
        return sorted(woken.values(), key=lambda r: self._order[r.id])

    def match(self, nt: NormalizedText, message_index: int | None = None) -> Match:
        norm = nt.text
        findings: list[Finding] = []
        suppressed: list[Suppression] = []
        notes: list[str] = []
        for rule in self.candidates(norm):
            spans = _rule_spans(rule, norm)
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
        for kw, ctxs in self._ctx_keywords.items():
            if kw in norm:
                woken_ctx.update((c.id, c) for c in ctxs)
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


def _rule_spans(rule: Rule, norm: str) -> list[tuple[int, int]]:
    """Non-overlapping hits of all the rule's patterns, in text order (the earliest, longest wins)."""
    spans: list[tuple[int, int]] = []
    for pattern in rule.patterns:
        for m in pattern.finditer(norm):
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
