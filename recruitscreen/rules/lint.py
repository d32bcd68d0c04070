"""A lint that keeps rule patterns linear-time.

Python's ``re`` backtracks. A pattern with an unbounded quantifier (``.*``, ``\\w+``) can take
quadratic time on hostile input (``\\bjob\\b.*\\bfee\\b`` over ``"job " * n``: 42 s at 125 KB),
so every quantifier in a rule pack must carry an upper bound, and the bounds of nested
quantifiers may not multiply beyond :data:`MAX_NESTED_WORK`. Backreferences are refused too.
With those limits a pattern costs at most a constant amount of work per input position.
"""

from __future__ import annotations

import re._constants as C
import re._parser as P
from typing import Any

__all__ = ["MAX_NESTED_WORK", "MAX_REPEAT_BOUND", "lint_pattern"]

MAX_REPEAT_BOUND = 300
MAX_NESTED_WORK = 5000
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT}


def lint_pattern(source: str) -> str | None:
    """Return why ``source`` is unsafe for linear-time matching, or ``None`` when it is fine."""
    try:
        tree = P.parse(source)
    except Exception as exc:  # re.error; the caller reports the compile error itself
        return f"does not parse: {exc}"
    try:
        _walk(tree, 1)
    except _Unsafe as exc:
        return str(exc)
    return None


class _Unsafe(Exception):
    pass


def _walk(items: Any, budget: int) -> None:
    for op, av in items:
        if op in _REPEATS:
            _lo, hi, sub = av
            if hi == C.MAXREPEAT:
                raise _Unsafe(
                    "unbounded quantifier (*, + or {n,}); give it an upper bound such as {1,40}"
                )
            if hi > MAX_REPEAT_BOUND:
                raise _Unsafe(f"quantifier bound {hi} is above {MAX_REPEAT_BOUND}")
            work = budget * max(hi, 1)
            if work > MAX_NESTED_WORK:
                raise _Unsafe(
                    f"nested quantifier bounds multiply to {work} (> {MAX_NESTED_WORK}); "
                    "flatten the pattern or lower the bounds"
                )
            _walk(sub, work)
        elif op is C.SUBPATTERN:
            _walk(av[-1], budget)
        elif op is C.BRANCH:
            for branch in av[1]:
                _walk(branch, budget)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            _walk(av[1], budget)
        elif op is C.ATOMIC_GROUP:
            _walk(av, budget)
        elif op in (C.GROUPREF, C.GROUPREF_EXISTS):
            raise _Unsafe("backreferences are not allowed in rule patterns")
