"""Which literal strings every match of a regular expression must contain, read from its parse tree.

A pattern such as ``\\byour\\W{1,3}(?:clearance|top\\W{1,3}secret)`` cannot match a text whose
:func:`canonical` form (every run of non-word characters replaced by one space) holds neither
``your clearance`` nor ``your top secret``. :func:`requirement` derives that formula, an AND of
OR-sets of literals, from ``re._parser`` (the tree ``re`` itself compiles), so the matcher can skip
a pattern whose literals are absent and run it only near the rarest of them. Reading a gap such as
``\\W{1,3}`` as one space lets a literal span several words, which makes it rare. The idea is the
one behind RE2's ``FilteredRE2`` and codesearch's trigram queries; the code is this project's own.

The derivation is *sound*: a clause is only ever weakened (dropped, or given more alternatives),
never strengthened, so a text without the required literals cannot hold a match. Everything the
tree walk does not understand (back-references, conditionals, case-insensitive groups, large
character classes) simply requires nothing.
"""

from __future__ import annotations

import functools
import re
import re._constants as _c
import re._parser as _parser
from dataclasses import dataclass
from itertools import product

__all__ = ["EDGE", "RAW", "Requirement", "best_clause", "canonical", "requirement"]

_GAP = re.compile(r"\W+")


def canonical(text: str) -> str:
    """``text`` with every run of non-word characters (``\\W+``) replaced by one space."""
    return _GAP.sub(" ", text)


_MAX_EXACT = 16  # the most alternative strings followed through a concatenation
_MAX_CLAUSE = 128  # the most alternatives in one OR-set
_MAX_CLASS = 8  # a character class with at most this many members expands to its characters

Clause = frozenset[str]
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)


@dataclass(frozen=True, slots=True)
class Requirement:
    """What every match of one pattern needs.

    Attributes
    ----------
    inside:
        Clauses whose literal lies within the match itself (consumed by it): for each clause,
        some match-internal substring equals one of its literals.
    around:
        Clauses from positive lookarounds: the literal occurs in the text next to the match, but
        not necessarily inside it. They gate the pattern; they cannot anchor a window.
    width:
        The longest match (characters consumed), or None when unbounded.
    reach:
        How far past a match's start the engine may look while trying it (consumed characters,
        lookaheads and the character a ``\\b`` or ``$`` inspects), or None when unbounded. A
        search that ends ``reach`` characters after a start position gives the same result there
        as a search of the whole text.
    """

    inside: tuple[Clause, ...]
    around: tuple[Clause, ...]
    width: int | None
    reach: int | None

    @property
    def clauses(self) -> tuple[Clause, ...]:
        """Every clause (inside and around): the pattern can match only when all of them hold."""
        return self.inside + self.around


@functools.lru_cache(maxsize=4096)
def requirement(pattern: re.Pattern[str]) -> Requirement:
    """The literals every match of ``pattern`` must contain, and how far a match can extend."""
    tree = _parser.parse(pattern.pattern, pattern.flags)
    lo_hi = tree.getwidth()
    width = None if lo_hi[1] >= _c.MAXREPEAT else int(lo_hi[1])
    _, reach = _extent(tree)
    if pattern.flags & (re.IGNORECASE | re.ASCII):
        return Requirement((), (), width, reach)
    info = _sequence(tree, False)
    inside = _dedupe(info.inside + _as_clauses(info.exact, info.lead))
    around = tuple(c for c in _dedupe(info.around) if c not in inside)
    return Requirement(inside, around, width, reach)


EDGE = "\x00"
"""Marks a literal that every match has at an *edge*: the start of the text or just after a
character outside ``[a-z0-9]`` (a space, punctuation, ``\\b`` before a letter). Searching only
edges is several times faster than searching every position; see :mod:`recruitscreen.matcher`."""


RAW = "\x01"
"""Marks a literal of the *original* text: one non-word character (``+``, ``@``, ``$``) that the
canonical text turns into a space."""


def _alnum(ch: str) -> bool:
    return "a" <= ch <= "z" or "0" <= ch <= "9"


def _canon_char(ch: str) -> str:
    """What a character becomes in the canonical text (``re``'s Unicode ``\\w`` is kept)."""
    return ch if ch.isalnum() or ch == "_" else " "


def _join(x: str, y: str) -> str:
    """Concatenate canonical strings: adjacent gaps are one gap."""
    if x.endswith(" ") and y.startswith(" "):
        return x + y[1:]
    return x + y


_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


@dataclass(slots=True)  # not frozen: built a few hundred thousand times per pack
class _Info:
    """What a sub-expression can match: its exact strings when few, otherwise its clauses.

    ``lead``: the strings in ``exact`` start at an edge; ``edge_out``: the position right after
    the sub-expression is an edge.
    """

    exact: frozenset[str] | None
    inside: tuple[Clause, ...] = ()
    around: tuple[Clause, ...] = ()
    lead: bool = False
    edge_out: bool = False


def _unknown(consumes_alnum: bool = True) -> _Info:
    return _Info(None, edge_out=not consumes_alnum)


def _literal(s: str, at_edge: bool) -> str | None:
    """The literal to look for, or None when it would filter nothing.

    A leading gap means the rest starts at an edge; a trailing gap adds nothing. A literal needs
    three word characters, or two at an edge; one Han or kana character (say) is enough."""
    if s.startswith(" ") or (at_edge and s and _alnum(s[0])):
        s = EDGE + s.lstrip(" ")
    s = s.rstrip(" ")
    # Letters outside ASCII (CJK, say) are rarer: they count twice.
    letters = sum(1 if ch.isascii() else 2 for ch in s if ch not in " " + EDGE)
    return s if letters >= (2 if s.startswith(EDGE) or not s.isascii() else 3) else None


def _clause(strings: frozenset[str] | None, at_edge: bool) -> Clause | None:
    """An OR-set from alternative strings that start at one place; None when it filters nothing."""
    if not strings or len(strings) > _MAX_CLAUSE:
        return None
    found = [s if s.startswith(RAW) else _literal(s, at_edge) for s in strings]
    if None in found:
        return None
    lits = frozenset(x for x in found if x is not None)
    # A text holding "designs" holds "design": keep only the literals no other one contains.
    return frozenset(s for s in lits if not any(o != s and o in s for o in lits))


def _as_clauses(strings: frozenset[str] | None, at_edge: bool) -> tuple[Clause, ...]:
    c = _clause(strings, at_edge)
    return () if c is None else (c,)


def _dedupe(clauses: tuple[Clause, ...]) -> tuple[Clause, ...]:
    return tuple(dict.fromkeys(clauses))


def rarity(clause: Clause) -> float:
    """How likely a clause looks to hold: a literal of n characters counts as 2**-n (a crude
    guess, and only a matter of speed: any clause gives the same results)."""
    return sum(0.5 ** len(k.lstrip(EDGE + RAW)) for k in clause)


def best_clause(clauses: tuple[Clause, ...]) -> Clause:
    """The clause that looks rarest (see :func:`rarity`)."""
    return min(clauses, key=rarity)


def _alternation(branches: list[_Info]) -> _Info:
    edge_out = all(b.edge_out for b in branches)
    exacts = [b.exact for b in branches]
    # A branch that is a symbol alone ("+" of "(?:\+|00)") is a gap in the canonical text: merged
    # into the others' strings it would be lost, while its raw clause can still gate the OR.
    symbol_only = any(b.inside and b.exact and not any(e.strip() for e in b.exact) for b in branches)
    if all(e is not None for e in exacts) and not symbol_only:
        union = frozenset().union(*(e for e in exacts if e is not None))
        if len(union) <= _MAX_EXACT:
            return _Info(union, lead=all(b.lead for b in branches), edge_out=edge_out)
    inside_each = [b.inside + _as_clauses(b.exact, b.lead) for b in branches]
    if all(inside_each):
        one = _as_clauses(frozenset().union(*map(best_clause, inside_each)), False)
        return _Info(None, one, edge_out=edge_out)
    # Every branch needs something, some of it only next to the match: the OR still gates.
    any_each = [i + b.around for i, b in zip(inside_each, branches, strict=True)]
    if all(any_each):
        one = _as_clauses(frozenset().union(*map(best_clause, any_each)), False)
        return _Info(None, (), one, edge_out=edge_out)
    return _Info(None, edge_out=edge_out)


def _power(strings: frozenset[str], lo: int, hi: int) -> frozenset[str] | None:
    """Every concatenation of ``lo`` to ``hi`` copies of ``strings``, when few."""
    out: set[str] = set()
    level = {""}
    for k in range(hi + 1):
        if k >= lo:
            out |= level
        if len(out) > _MAX_EXACT or len(level) * len(strings) > _MAX_EXACT * 4:
            return None
        level = {_join(x, y) for x in level for y in strings}
    return frozenset(out) if len(out) <= _MAX_EXACT else None


def _repeat(lo: int, hi: int, body: _parser.SubPattern, edge: bool) -> _Info:
    inner = _sequence(body, edge)
    # After the first copy the edge is whatever a copy leaves behind.
    later = _sequence(body, False).edge_out if edge else inner.edge_out
    edge_out = later if lo else (edge and later)
    exact = None
    if inner.exact is not None and hi < _c.MAXREPEAT:
        exact = _power(inner.exact, lo, hi)
    if lo == 0:
        return _Info(exact, lead=inner.lead, edge_out=edge_out)  # zero copies need nothing
    if exact is not None:
        return _Info(exact, inner.inside, inner.around, inner.lead, edge_out)
    clauses = inner.inside + _as_clauses(inner.exact, inner.lead)
    return _Info(None, clauses, inner.around, edge_out=edge_out)


def _member(items: list[tuple[object, object]], ch: str) -> bool | None:
    """Whether a character class holds the ASCII letter or digit ``ch`` (None: cannot tell)."""
    negate = False
    hit = False
    for op, av in items:
        if op is _c.NEGATE:
            negate = True
        elif op is _c.LITERAL and isinstance(av, int):
            hit = hit or chr(av) == ch
        elif op is _c.RANGE and isinstance(av, tuple):
            hit = hit or av[0] <= ord(ch) <= av[1]
        elif op is _c.CATEGORY:
            if av in (_c.CATEGORY_WORD, _c.CATEGORY_NOT_SPACE):
                hit = True
            elif av is _c.CATEGORY_DIGIT:
                hit = hit or ch.isdigit()
            elif av is _c.CATEGORY_NOT_DIGIT:
                hit = hit or not ch.isdigit()
            elif av not in (_c.CATEGORY_NOT_WORD, _c.CATEGORY_SPACE):
                return None
        else:
            return None
    return hit != negate


@functools.lru_cache(maxsize=1024)
def _alnum_members(items: tuple[tuple[object, object], ...]) -> tuple[bool | None, ...]:
    """For each of ``_ALNUM``, whether the class holds it."""
    return tuple(_member(list(items), ch) for ch in _ALNUM)


def _char_class(items: list[tuple[object, object]], edge: bool) -> _Info:
    no_alnum = all(m is False for m in _alnum_members(tuple(items)))
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL and isinstance(av, int):
            chars.add(_canon_char(chr(av)))
        elif op is _c.RANGE and isinstance(av, tuple) and av[1] - av[0] < _MAX_CLASS:
            chars.update(_canon_char(chr(c)) for c in range(av[0], av[1] + 1))
        elif op is _c.CATEGORY and av in (_c.CATEGORY_NOT_WORD, _c.CATEGORY_SPACE):
            chars.add(" ")  # \W and \s hold only non-word characters: a gap
        else:  # NEGATE, \w, \d, wide ranges
            return _unknown(not no_alnum)
        if len(chars) > _MAX_CLASS:
            return _unknown(not no_alnum)
    return _Info(frozenset(chars), lead=edge, edge_out=no_alnum)


def _sequence(sub: _parser.SubPattern, edge: bool) -> _Info:
    """A concatenation: runs of exactly known pieces join into longer literals.

    ``run`` holds the strings the current stretch of exactly known pieces can spell (starting at
    an edge when ``run_edge``); a piece known only by its clauses (``\\W{1,3}``, a wide class)
    ends the stretch, which then becomes a clause of its own. An ``_Info`` with ``exact`` set
    stands for whole matches only, so a stretch that was cut is never passed up as exact.
    ``edge`` tells whether the position being reached is an edge.
    """
    inside: tuple[Clause, ...] = ()
    around: tuple[Clause, ...] = ()
    run: frozenset[str] = frozenset({""})
    run_edge = lead = edge
    whole = True
    for op, av in sub.data:
        node = _node(op, av, edge)
        inside += node.inside
        around += node.around
        if node.exact is not None and len(run) * len(node.exact) <= _MAX_EXACT:
            if run == {""}:
                run_edge = node.lead
                if whole:
                    lead = node.lead
            run = frozenset(_join(x, y) for x, y in product(run, node.exact))
        else:
            whole = False
            inside += _as_clauses(run, run_edge)
            run = node.exact if node.exact is not None else frozenset({""})
            run_edge = node.lead
        edge = node.edge_out
    if whole:
        return _Info(run, inside, around, lead, edge)
    return _Info(None, inside + _as_clauses(run, run_edge), around, edge_out=edge)


_EDGE_AT = (_c.AT_BOUNDARY, _c.AT_BEGINNING, _c.AT_BEGINNING_STRING, _c.AT_BEGINNING_LINE)


def _node(op: object, av: object, edge: bool) -> _Info:
    if op is _c.LITERAL and isinstance(av, int):
        ch = chr(av)
        canon = _canon_char(ch)
        # A symbol is lost in the canonical text; the original text must still hold it.
        raw = (frozenset({RAW + ch}),) if canon == " " and not ch.isspace() else ()
        return _Info(frozenset({canon}), raw, lead=edge, edge_out=not _alnum(ch))
    if op is _c.IN and isinstance(av, list):
        return _char_class(av, edge)
    if op is _c.AT:
        # Before a letter or digit, \b means the character before is neither.
        after = av in _EDGE_AT
        return _Info(frozenset({""}), lead=after, edge_out=after)
    if op is _c.BRANCH and isinstance(av, tuple):
        return _alternation([_sequence(b, edge) for b in av[1]])
    if op is _c.SUBPATTERN and isinstance(av, tuple):
        _group, add_flags, _del_flags, body = av
        if add_flags & (_c.SRE_FLAG_IGNORECASE | _c.SRE_FLAG_ASCII):
            return _unknown()
        return _sequence(body, edge)
    if op is _c.ATOMIC_GROUP and isinstance(av, _parser.SubPattern):
        return _sequence(av, edge)
    if op in _REPEATS and isinstance(av, tuple):
        lo, hi, body = av
        return _repeat(lo, hi, body, edge)
    if op in (_c.ASSERT, _c.ASSERT_NOT) and isinstance(av, tuple):
        return _lookaround(op is _c.ASSERT, av[0], av[1], edge)
    return _unknown()  # ANY, NOT_LITERAL, CATEGORY, GROUPREF, GROUPREF_EXISTS ...


def _lookaround(positive: bool, direction: int, body: _parser.SubPattern, edge: bool) -> _Info:
    """Lookarounds consume nothing; a positive one still needs its literals in the text."""
    after = edge
    if direction < 0 and len(body.data) == 1 and body.data[0][0] is _c.IN:
        items = body.data[0][1]
        members = _alnum_members(tuple(items)) if isinstance(items, list) else (None,)
        # (?<![a-z0-9]) or (?<=\W): the character before is neither a letter nor a digit.
        if all(m is (not positive) for m in members):
            after = True
    if not positive:
        return _Info(frozenset({""}), lead=after, edge_out=after)
    inner = _sequence(body, edge if direction > 0 else False)
    needed = inner.inside + _as_clauses(inner.exact, inner.lead) + inner.around
    return _Info(frozenset({""}), (), needed, lead=after, edge_out=after)


def _extent(sub: _parser.SubPattern) -> tuple[int, int | None]:
    """(most characters consumed, most characters looked at) from a start position."""
    consumed = 0
    reach = 0
    for op, av in sub.data:
        c, r = _node_extent(op, av)
        if r is None:
            return consumed, None
        reach = max(reach, consumed + r)
        consumed += c
    return consumed, reach


def _node_extent(op: object, av: object) -> tuple[int, int | None]:
    if op in (_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.ANY, _c.CATEGORY, _c.RANGE):
        return 1, 1
    if op is _c.AT:
        return 0, 2  # "$" looks at the next character and at the end of the text
    if op in (_c.ASSERT, _c.ASSERT_NOT) and isinstance(av, tuple):
        if av[0] < 0:
            return 0, 0  # a lookbehind looks back; a search never hides the text before it
        return 0, _extent(av[1])[1]
    if op is _c.BRANCH and isinstance(av, tuple):
        parts = [_extent(b) for b in av[1]]
        reaches = [r for _, r in parts]
        if any(r is None for r in reaches):
            return 0, None
        return max(c for c, _ in parts), max(r for r in reaches if r is not None)
    if op is _c.SUBPATTERN and isinstance(av, tuple):
        return _extent(av[-1])
    if op is _c.ATOMIC_GROUP and isinstance(av, _parser.SubPattern):
        return _extent(av)
    if op in _REPEATS and isinstance(av, tuple):
        _lo, hi, body = av
        c, r = _extent(body)
        if hi >= _c.MAXREPEAT or r is None:
            return 0, None
        return c * hi, (c * (hi - 1) + r if hi else 0)
    return 0, None  # back-references and the like: no bound
