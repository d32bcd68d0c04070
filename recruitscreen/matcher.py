"""Run a RuleSet over normalized text: literal prefilter, then patterns, then context checks.

The matcher only finds evidence; it does not weigh it. Each hit becomes a :class:`Finding`
whose span points into the original text, or a :class:`Suppression` when a negation ("we never
ask for ...") or a rule's ``unless`` context cancels it.
"""

from __future__ import annotations

import functools
import heapq
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice

from .normalize import NormalizedText
from .prefilter import EDGE, RAW, Clause, best_clause, canonical, rarity, requirement
from .rules import ContextRule, Rule, RuleSet
from .types import Finding, Suppression

__all__ = ["MAX_HITS_PER_RULE", "Match", "Matcher"]

MAX_HITS_PER_RULE = 25
"""Hits of one rule beyond this are counted in a note, not listed (they add no score anyway)."""

# A negation cue, then at most five words (commas and "or" allowed, no sentence break) up to the
# hit. The cues are those of the rule's language (a rule for every language uses the English
# ones); idioms that only look negative ("don't hesitate to add me", "n'hésitez pas à m'écrire",
# "no worries") are masked first, so they never cancel what follows them.
_NEGATION_CUE_EN = re.compile(
    r"\b(?:no|not|never|nor|neither|none|nothing|without|don'?t|doesn'?t|didn'?t|won'?t|"
    r"wouldn'?t|shouldn'?t|can'?t|cannot|isn'?t|aren'?t|mustn'?t|refuse[sd]?|avoid|"
    r"under no circumstances|no need|not ask|prohibit(?:s|ed)?|forbid(?:s|den)?)\b"
)
_NOT_NEGATION_EN = re.compile(
    r"\bno\W{1,3}(?:worries|worry|problem|probs?|rush|hurry|pressure|doubt|matter|wonder|kidding)\b|"
    r"\bno\W{1,3}(?:questions\W{1,3}asked|strings\W{1,3}attached)\b|"
    r"\b(?:don'?t|do\W{1,3}not|never|not|won'?t)\W{1,3}(?:hesitate|worry|forget|miss|delay|wait)\b"
)
# A colon ends a clause when a question follows it ("off the record, never attributed: what did
# the audit find?"); before a list ("we will never ask for: your password") the negation holds.
_CLAUSE_BREAK_EN = re.compile(
    r"[.;!?\n]|\b(?:but|however|though|although|except|just|only|instead)\b|"
    r":(?=\W{0,3}(?:what|who|whom|whose|when|where|which|why|how|did|does|do|is|are|was|were|can|"
    r"could|would|will|have|has|any)\b)"
)
_NEGATION_CUE_FR = re.compile(
    r"(?<![\w'’])(?:ne|n['’]|pas|jamais|aucune?|aucuns|sans|ni|rien|nullement|refus\w{0,4}|"
    r"interdit\w{0,2}|[ée]vit\w{0,3})(?![\w'’])"
)
_NOT_NEGATION_FR = re.compile(
    r"(?<![\w'’])(?:ne|n['’])\W{0,2}(?:vous\W{1,2}|te\W{1,2}|t['’])?(?:h[ée]sit|oubli|tard|manqu|inqui[eéè]t|g[eê]n)"
    r"\w{0,5}\W{1,3}(?:surtout\W{1,3})?pas(?![\w'’])|"
    r"(?<![\w'’])(?:pas\W{1,3}de|sans)\W{1,3}(?:souci|probl[eè]me|stress|faute|h[ée]siter)\w{0,2}"
)
_BREAK_LOOKAHEAD = 16  # characters past a hit's start that a clause break may read
_CLAUSE_BREAK_FR = re.compile(r"[.;!?\n]|(?<![\w'’])(?:mais|cependant|toutefois|sauf|seulement|plutôt|par contre)(?![\w'’])")
_NEGATION = {
    "en": (_NEGATION_CUE_EN, _NOT_NEGATION_EN, _CLAUSE_BREAK_EN),
    "fr": (_NEGATION_CUE_FR, _NOT_NEGATION_FR, _CLAUSE_BREAK_FR),
}
_NEGATION_REACH = 5


@dataclass(frozen=True, slots=True)
class Match:
    """The matcher's output for one text."""

    findings: tuple[Finding, ...]
    suppressed: tuple[Suppression, ...]
    contexts: tuple[tuple[ContextRule, Finding], ...]
    notes: tuple[str, ...]


_MAX_ANCHOR = 64  # a clause of more pieces is not worth finding them all
_SHORT = 300  # a text this short is scanned whole: finding windows would cost more
_COMPLETE = 1  # a bit of the scan's clauses: it decided every clause, found or not
_GRAM = 3  # literals found anywhere are indexed by their first characters, this many at most


@dataclass(frozen=True, slots=True)
class _Plan:
    """How one pattern runs: the clauses it needs, and where its matches can lie."""

    pattern: re.Pattern[str]
    need: int  # bits of the clauses the scan decides
    lazy: tuple[tuple[int, tuple[str, ...]], ...]  # (bit, canonical literals found anywhere)
    anchors: tuple[tuple[str, ...], ...]  # each match holds a piece of each; () = whole text
    width: int  # the longest match
    reach: int  # how far past a match's start an attempt looks

    def holds(self, sat: int, canon: str) -> bool:
        """Whether every clause the pattern needs holds (``sat``: the clauses the scan found;
        with :data:`_COMPLETE` set, it knows every clause, so nothing is searched here)."""
        if self.need & sat != self.need:
            return False
        for bit, lits in self.lazy:
            if not sat & bit and (sat & _COMPLETE or not any(lit in canon for lit in lits)):
                return False
        return True


class Matcher:
    """Precompiled access to a RuleSet: which patterns can match a text, and where.

    Every pattern's parse tree gives the literals each of its matches must contain
    (:mod:`recruitscreen.prefilter`). One scan of the canonical text finds the literals that
    occur at an edge (the start of a word, mostly), a few ``in`` tests the rest; a pattern runs
    only when all its clauses hold, on a long text only in the windows where pieces of its
    clauses occur close enough together (a match is at most ``width`` characters long and an
    attempt looks at most ``reach`` characters ahead). The result is exactly that of running
    every pattern over the whole text; ``tests/test_matcher.py`` checks it. A Matcher holds no
    per-call state, so threads can share one.

    Parameters
    ----------
    ruleset:
        The rules to run.
    prefilter:
        ``False`` runs every pattern over the whole text: slow, and the reference the tests
        compare the prefilter with.
    """

    def __init__(self, ruleset: RuleSet, *, prefilter: bool = True) -> None:
        self.ruleset = ruleset
        self.prefilter = prefilter
        self._bits: dict[Clause, int] = {}
        self._plans: list[_Plan] = []
        self._plan_rule: list[Rule] = []
        gates: dict[str, set[int]] = {}
        always: list[int] = []
        for rule in ruleset:
            for pattern in rule.patterns:
                pid = len(self._plans)
                plan, gate = self._plan(pattern)
                self._plans.append(plan)
                self._plan_rule.append(rule)
                if gate is None:
                    always.append(pid)
                for key in gate or ():
                    gates.setdefault(key, set()).add(pid)
        self._always = frozenset(always)
        self._need = [plan.need for plan in self._plans]
        self._contexts = [(c, [self._plan(p)[0] for p in c.patterns]) for c in ruleset.contexts]
        key_bits: dict[str, int] = {}
        for clause, bit in self._bits.items():
            for key in clause:
                key_bits[key] = key_bits.get(key, 0) | bit
        edge = sorted(k[1:] for k in key_bits if k.startswith(EDGE))
        # At an edge, the longest literal found implies the shorter ones it starts with: what
        # it implies is the clauses it satisfies and the patterns whose gate it opens.
        self._edge_found: dict[str, tuple[int, frozenset[int]]] = {}
        for s in edge:
            keys = [EDGE + s[:i] for i in range(1, len(s) + 1)]
            bits = 0
            for k in keys:
                bits |= key_bits.get(k, 0)
            self._edge_found[s] = (bits, frozenset().union(*(gates.get(k, ()) for k in keys)))
        # Scanning only the edges of the canonical text (after its spaces, mostly) is what makes
        # one pass over a long e-mail cheap; " " + text puts an edge before the first character.
        self._edge_scan = _edge_scanner(tuple(edge)) if edge else None
        # Symbols of the original text, and the few gate literals that may lie anywhere in the
        # canonical text: one C-speed ``in`` test each.
        self._symbols = [
            (k[1:], key_bits[k], frozenset(gates.get(k, ()))) for k in key_bits if k[0] == RAW
        ]
        # Literals that may lie anywhere. On a short text, the gate literals among them get one
        # C-speed ``in`` test each, and the others are tested only for a pattern woken up. When
        # that would cost more (Chinese has no word edges; a long text), all of them are found
        # through an index by their first _GRAM characters: a text tests only the literals that
        # start with one of its own n-grams, and every clause is then decided by the scan.
        self._plain_list = [(k, frozenset(p)) for k, p in gates.items() if k[0] not in EDGE + RAW]
        self._plain: dict[str, list[tuple[str, int, frozenset[int]]]] = {}
        for k, bits in key_bits.items():
            if k[0] not in EDGE + RAW:
                entry = (k, bits, frozenset(gates.get(k, ())))
                self._plain.setdefault(k[:_GRAM], []).append(entry)
        # the gram sizes to take from a text: all of them, or (ASCII text) those of ASCII keys
        every = sorted({len(g) for g in self._plain})
        self._gram_sizes = {
            False: tuple(every),
            True: tuple(n for n in every if any(g.isascii() for g in self._plain if len(g) == n)),
        }

    def _plan(self, pattern: re.Pattern[str]) -> tuple[_Plan, Clause | None]:
        """The plan for one pattern, and its gate: the rarest-looking clause the scan decides."""
        req = requirement(pattern)
        need = 0
        lazy = []
        decided = []
        for c in req.clauses:
            bit = self._bits.setdefault(c, 2 << len(self._bits))  # bit 0 is _COMPLETE
            plain = tuple(sorted(k for k in c if k[0] not in EDGE + RAW))
            if plain:
                lazy.append((bit, plain))
            else:
                need |= bit
                decided.append(c)
        # The gate is best a clause the scan decides; else any clause, its other literals
        # tested with ``in`` on every text.
        gate = best_clause(tuple(decided or req.clauses)) if req.clauses else None
        anchors: tuple[tuple[str, ...], ...] = ()
        if req.width is not None and req.reach is not None:
            # The rarest-looking clause first: its pieces are looked for in the whole text, the
            # others only near them.
            ranked = sorted(req.inside, key=rarity)
            pieces = [tuple(sorted({_piece(k) for k in c})) for c in ranked]
            anchors = tuple(p for p in pieces if len(p) <= _MAX_ANCHOR)[:2]
        plan = _Plan(pattern, need, tuple(lazy), anchors, req.width or 0, req.reach or 0)
        return plan, gate

    def _scan(self, norm: str) -> tuple[str, int, set[int]]:
        """The canonical text, the clauses the scan found (bits) and the patterns it woke up."""
        canon = canonical(norm)
        sat = 0
        woken: set[int] = set(self._always)
        if self._edge_scan is not None:
            found = self._edge_found
            for s in set(self._edge_scan.findall(" " + canon)):
                bits, pids = found[s]
                sat |= bits
                woken |= pids
        for ch, bits, pids in self._symbols:
            if ch in norm:
                sat |= bits
                woken |= pids
        n = len(canon)
        sizes = self._gram_sizes[canon.isascii()]
        # An ``in`` test costs about 20 ns plus a quarter of a nanosecond per character; taking
        # a text's n-grams about 100 ns per character and size (CPython 3.11, measured).
        if len(self._plain_list) * (20 + n // 4) <= 100 * n * len(sizes):
            for lit, pids in self._plain_list:
                if lit in canon:
                    woken |= pids
            return canon, sat, woken
        plain = self._plain
        for size in sizes:
            grams = {canon[i : i + size] for i in range(n - size + 1)}
            for gram in plain.keys() & grams if len(grams) > len(plain) else grams & plain.keys():
                for lit, bits, pids in plain[gram]:
                    if len(lit) == size or lit in canon:
                        sat |= bits
                        woken |= pids
        return canon, sat | _COMPLETE, woken

    def _runnable(self, canon: str, sat: int, woken: set[int]) -> list[int]:
        """The patterns (by index, in pack order) whose required literals all occur."""
        plans = self._plans
        if not self.prefilter:
            return list(range(len(plans)))
        need = self._need  # checked inline first: a call per woken pattern costs more
        return [
            pid
            for pid in sorted(woken)
            if need[pid] & sat == need[pid] and (not plans[pid].lazy or plans[pid].holds(sat, canon))
        ]

    def _streams(
        self, norm: str, scanned: tuple[str, int, set[int]] | None = None
    ) -> Iterator[tuple[Rule, Iterator[tuple[int, int]]]]:
        """Each rule that may match, in pack order, with a lazy stream of its hits."""
        canon, sat, woken = scanned or self._scan(norm)
        runs: list[tuple[re.Pattern[str], list[tuple[int, int]] | None]] = []
        current: Rule | None = None
        found: dict[str, tuple[list[int], int]] = {}
        for pid in self._runnable(canon, sat, woken):
            plan = self._plans[pid]
            rule = self._plan_rule[pid]
            if rule is not current:
                if current is not None and runs:
                    yield current, _iter_rule_spans(norm, runs)
                current, runs = rule, []
            windows = None
            if self.prefilter:
                # (inline: _windows says None for a short text, and a call per pattern costs)
                windows = _windows(plan, norm, found) if len(norm) > _SHORT else None
                if windows is None:
                    # Most patterns that run find nothing: one search says so without setting up
                    # a stream, and a hit starts the stream there (a later start hides nothing).
                    first = plan.pattern.search(norm)
                    windows = [] if first is None else [(first.start(), len(norm))]
            if windows != []:
                runs.append((plan.pattern, windows))
        if current is not None and runs:
            yield current, _iter_rule_spans(norm, runs)

    def rule_spans(
        self, norm: str, scanned: tuple[str, int, set[int]] | None = None
    ) -> list[tuple[Rule, list[tuple[int, int]]]]:
        """Every rule that matches ``norm`` with its hits, in pack order (see :func:`_rule_spans`).

        ``scanned``: what :meth:`_scan` found in ``norm``, when the caller has it already."""
        out = []
        for rule, stream in self._streams(norm, scanned):
            spans = list(stream)
            if spans:
                out.append((rule, spans))
        return out

    def match(self, nt: NormalizedText, message_index: int | None = None) -> Match:
        norm = nt.text
        findings: list[Finding] = []
        suppressed: list[Suppression] = []
        notes: list[str] = []
        scanned = self._scan(norm)
        for rule, stream in self._streams(norm, scanned):
            # Hits are examined in text order, a batch at a time, until MAX_HITS_PER_RULE of
            # them count; the rest could add nothing (the scoring caps repeats of one rule long
            # before), so the rule's patterns are not run over the rest of the text. A flood of
            # one keyword costs a few batches, not a Finding and a context check per hit.
            kept = cancelled = 0
            unless = _UnlessSpans(rule, norm) if rule.unless else None
            while kept < MAX_HITS_PER_RULE:
                batch = list(islice(stream, _BATCH))
                if not batch:
                    break
                if unless is not None:
                    unless.prepare(batch)
                for a, b in batch:
                    if kept >= MAX_HITS_PER_RULE:
                        break
                    reason = _cancelled(rule, norm, a, b, unless)
                    if reason:
                        cancelled += 1
                        if cancelled <= MAX_HITS_PER_RULE:
                            finding = _finding(rule, nt, a, b, message_index)
                            suppressed.append(Suppression(finding, reason))
                        continue
                    kept += 1
                    findings.append(_finding(rule, nt, a, b, message_index))
            if kept >= MAX_HITS_PER_RULE:
                notes.append(
                    f"rule {rule.id} matched at least {MAX_HITS_PER_RULE} times; those are listed "
                    "and the rest of the text was not searched for it (more repeats add nothing)"
                )
            if cancelled > MAX_HITS_PER_RULE:
                notes.append(
                    f"rule {rule.id}: {cancelled} matches were cancelled by their context; "
                    f"the first {MAX_HITS_PER_RULE} are listed"
                )
        contexts: list[tuple[ContextRule, Finding]] = []
        if self._contexts:
            canon, sat, _ = scanned
            for ctx, plans in self._contexts:
                live = [  # need checked inline, as in _runnable: a call per plan costs more
                    p
                    for p in plans
                    if not self.prefilter
                    or (p.need & sat == p.need and (not p.lazy or p.holds(sat, canon)))
                ]
                hit = _context_hit(ctx, live, nt, message_index) if live else None
                if hit is not None:
                    contexts.append((ctx, hit))
        return Match(tuple(findings), tuple(suppressed), tuple(contexts), tuple(notes))

    @functools.cached_property
    def _keyword_scanners(self) -> tuple[dict[str, list[str]], list[re.Pattern[str]]]:
        everything = {k for r in self.ruleset for k in r.keywords}
        everything |= {k for c in self.ruleset.contexts for k in c.keywords}
        # A keyword found at a position implies every shorter keyword it starts with.
        prefixes = {
            k: [k[:i] for i in range(1, len(k) + 1) if k[:i] in everything] for k in everything
        }
        return prefixes, _keyword_scanners(everything)

    def keyword_hits(self, norm: str) -> dict[str, list[int]]:
        """Where each rule keyword occurs. A keyword that starts with a Latin letter or digit
        must start a word ("son" is not found inside "person"); others match anywhere.

        Screening does not use keywords (the prefilter reads the patterns themselves); the
        rule tests use this to check that a pack's keywords describe its patterns."""
        prefixes, scanners = self._keyword_scanners
        hits: dict[str, list[int]] = {}
        for scanner in scanners:
            for m in scanner.finditer(norm):
                pos = m.start()
                for kw in prefixes[m.group(1)]:
                    hits.setdefault(kw, []).append(pos)
        return hits


def _piece(key: str) -> str:
    """A stretch of the original text that every occurrence of the literal ``key`` contains:
    its raw symbol, or the longest run of word characters of the canonical literal."""
    if key.startswith(RAW):
        return key[1:]
    return max(key.lstrip(EDGE).split(" "), key=len)


def _windows(
    plan: _Plan, norm: str, found: dict[str, tuple[list[int], int]]
) -> list[tuple[int, int]] | None:
    """Where ``plan``'s pattern needs to run: disjoint ``(pos, endpos)`` windows, None for the
    whole text, ``[]`` when no match is possible.

    A match holds a piece of each anchor clause: with the piece at ``p``, the match starts in
    ``[p + len - width, p]``; the starts allowed by every clause are intersected. An attempt
    from a start ``s`` looks at nothing at or past ``s + reach``, so ending the search there
    changes no result (and ``pos`` hides nothing: lookbehinds and ``\\b`` still see the text
    before it). ``found`` caches where each piece occurs in ``norm``.
    """
    n = len(norm)
    if not plan.anchors or n <= max(_SHORT, plan.width + plan.reach):
        return None
    width = plan.width
    first = []
    # More occurrences than this and the windows would cover most of the text anyway.
    budget = 4 * n // (5 * max(1, plan.reach))
    for piece in plan.anchors[0]:
        where = _occurrences(norm, piece, found, budget)
        if where is None:
            return None
        budget -= len(where)
        first.append((piece, where))
    starts: list[tuple[int, int]] = []
    for piece, where in first:
        lead = len(piece) - width
        starts.extend((max(0, p + lead), p + 1) for p in where)
    allowed = _merge(starts)
    for pieces in plan.anchors[1:]:
        if not allowed:
            break
        # Only near the starts still allowed: a piece there lies in [lo, hi - 1 + width).
        starts = []
        for lo, hi in allowed:
            end = hi - 1 + width
            for piece in pieces:
                p = norm.find(piece, lo, end)
                while p >= 0:
                    starts.append((max(0, p + len(piece) - width), p + 1))
                    p = norm.find(piece, p + 1, end)
        allowed = _intersect(allowed, _merge(starts))
    if not allowed:
        return []
    regions = _merge([(a, min(n, b - 1 + plan.reach)) for a, b in allowed])
    covered = sum(hi - lo for lo, hi in regions)
    return None if 5 * covered > 4 * n else regions


def _occurrences(
    text: str, piece: str, found: dict[str, tuple[list[int], int]], limit: int
) -> list[int] | None:
    """Where ``piece`` occurs in ``text``, or None when that is more than ``limit`` places.

    ``found`` keeps, for each piece, the places found so far and where the search goes on (-1:
    it found them all), so a flood of one word is searched once, and only as far as needed."""
    where, nxt = found.get(piece) or ([], 0)
    while nxt >= 0 and len(where) <= limit:
        p = text.find(piece, nxt)
        if p < 0:
            nxt = -1
        else:
            where.append(p)
            nxt = p + 1
    found[piece] = (where, nxt)
    return where if nxt < 0 and len(where) <= limit else None


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, disjoint spans covering the same positions (touching spans are joined)."""
    spans.sort()
    merged: list[tuple[int, int]] = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1]:
            if hi > merged[-1][1]:
                merged[-1] = (merged[-1][0], hi)
        else:
            merged.append((lo, hi))
    return merged


def _intersect(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The positions in both lists of sorted, disjoint spans."""
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        lo = max(a[i][0], b[j][0])
        hi = min(a[i][1], b[j][1])
        if lo < hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def _context_hit(
    ctx: ContextRule, plans: list[_Plan], nt: NormalizedText, message_index: int | None
) -> Finding | None:
    """The first non-empty hit of the first of ``plans`` that has one."""
    norm = nt.text
    for plan in plans:
        m = plan.pattern.search(norm)
        if m and m.end() > m.start():
            start, end = nt.span(m.start(), m.end())
            return Finding(
                rule_id=ctx.id,
                category="context",
                stage=None,
                start=start,
                end=end,
                excerpt=nt.original[start:end],
                explanation=ctx.explanation,
                message_index=message_index,
            )
    return None


def _rule_spans(
    rule: Rule,
    norm: str,
    runs: list[tuple[re.Pattern[str], list[tuple[int, int]] | None]] | None = None,
) -> list[tuple[int, int]]:
    """Non-overlapping hits of the rule's patterns, in text order (the earliest, longest wins).

    ``runs`` lists the patterns to run, each with its windows (None: the whole text); by default
    every pattern of the rule over the whole text.
    """
    if runs is None:
        runs = [(p, None) for p in rule.patterns]
    return list(_iter_rule_spans(norm, runs))


def _iter_rule_spans(
    norm: str, runs: list[tuple[re.Pattern[str], list[tuple[int, int]] | None]]
) -> Iterator[tuple[int, int]]:
    """The hits of :func:`_rule_spans`, found lazily: each pattern's matches are merged in text
    order as they are needed, so a caller that stops early leaves the rest of the text unread."""
    streams = [_pattern_spans(pattern, norm, windows) for pattern, windows in runs]
    merged = streams[0] if len(streams) == 1 else heapq.merge(*streams, key=_earliest_longest)
    last = 0
    for a, b in merged:
        if a >= last:
            last = b
            yield a, b


def _earliest_longest(span: tuple[int, int]) -> tuple[int, int]:
    return span[0], -span[1]


def _pattern_spans(
    pattern: re.Pattern[str], norm: str, windows: list[tuple[int, int]] | None
) -> Iterator[tuple[int, int]]:
    for lo, hi in [(0, len(norm))] if windows is None else windows:
        for m in pattern.finditer(norm, lo, hi):
            if m.end() > m.start():
                yield m.span()


@functools.lru_cache(maxsize=8)
def _edge_scanner(literals: tuple[str, ...]) -> re.Pattern[str]:
    """The scanner for literals at an edge (cached: building the trie of a pack takes a while,
    and every Screener of the same rules needs the same one)."""
    return re.compile("[^a-z0-9](?=(" + _trie_regex(list(literals)) + "))")


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


class _UnlessSpans:
    """Where a rule's ``unless`` patterns match near its hits, found a batch of hits at a time.

    The windows of the next ``_BATCH`` hits are merged and each pattern runs once per merged
    region, so a flood of hits costs one pass over the text per pattern, not one per hit, and
    a message with a few hits costs a few small windows. A hit is cancelled when one of these
    matches lies inside its window.
    """

    __slots__ = ("_norm", "_rule", "_spans")

    def __init__(self, rule: Rule, norm: str) -> None:
        self._rule = rule
        self._norm = norm
        self._spans: list[tuple[int, int]] = []

    def prepare(self, batch: list[tuple[int, int]]) -> None:
        """Search the merged windows of the next ``batch`` of hits (in text order)."""
        rule, n = self._rule, len(self._norm)
        regions = _merge([(max(0, a - rule.window), min(n, b + rule.window)) for a, b in batch])
        found = {
            m.span()
            for lo, hi in regions
            for pattern in rule.unless
            for m in pattern.finditer(self._norm, lo, hi)
            if m.end() > m.start()
        }
        # A window may reach back over the previous batch's windows: keep what they found.
        self._spans = sorted(found.union(self._spans[-_BATCH:]))

    def within(self, lo: int, hi: int) -> tuple[int, int] | None:
        """The first match found that lies inside ``[lo, hi)``, or None."""
        spans = self._spans
        i = bisect_left(spans, (lo, -1))
        while i < len(spans) and spans[i][0] < hi:
            if spans[i][1] <= hi:
                return spans[i]
            i += 1
        return None


_BATCH = 32


def _cancelled(rule: Rule, norm: str, a: int, b: int, unless: _UnlessSpans | None) -> str | None:
    """Why the hit at ``norm[a:b]`` does not count (a negation or an ``unless`` context), or None.

    ``unless``: the rule's context matches prepared for the batch holding this hit (None when
    the rule has no ``unless`` patterns)."""
    if rule.negation:
        cue = _negation_before(norm, a, rule.language)
        if cue:
            return f"negated by \u201c{cue}\u201d"
    if unless is not None:
        lo, hi = max(0, a - rule.window), min(len(norm), b + rule.window)
        span = unless.within(lo, hi)
        if span is not None:
            return f"context \u201c{norm[span[0]:span[1]].strip()}\u201d near the words"
    return None


def _negation_before(norm: str, a: int, language: str = "en") -> str | None:
    """The negation cue that governs the hit starting at ``norm[a]``, if any (see _NEGATION)."""
    cues, idioms, breaks = _NEGATION.get(language, _NEGATION["en"])
    window = norm[max(0, a - 80) : a]
    masked = [m.span() for m in idioms.finditer(window)]
    last = None
    for m in cues.finditer(window):
        if not any(lo <= m.start() < hi for lo, hi in masked):
            last = m
    if last is None:
        return None
    between = window[last.end() :]
    # A break must start between the cue and the hit; it may look a little past the hit's start
    # (the question after a colon).
    brk = breaks.search(norm, a - len(between), min(len(norm), a + _BREAK_LOOKAHEAD))
    if (brk is not None and brk.start() < a) or len(between.split()) > _NEGATION_REACH:
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
