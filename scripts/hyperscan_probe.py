"""Could a multi-pattern engine screen a 1 MB keyword flood in under a second? A measurement.

    pip install hyperscan            # not a dependency of recruitscreen
    python scripts/hyperscan_probe.py [--kinds keyword_flood,cjk,random_mix]

Every pattern of the English, French, Chinese and channel packs is translated into a byte-level
regular expression that matches a *superset* of what the pattern matches on UTF-8 text: literals
and ASCII classes exactly, any other class or ``\\w``-like category as "any one UTF-8 character",
lookarounds and ``\\b`` dropped. Each is compiled alone (to find those Hyperscan refuses), then the
rest together as one single-match database; each hostile kind of 1 MB is scanned once. It prints
the compile times, the number of patterns refused, and per kind the scan time and how many
patterns the scan could not rule out (the ones the matcher would still have to run).

Session 7 measured (Hyperscan 0.9.1, this machine): 133 of 1,652 patterns refused ("Pattern is
too large"), 281 s to compile the patterns one by one and 197 s to compile the other 1,519 as one
database; on the 1 MB keyword flood a 0.19 s scan that leaves 156 + 133 patterns to run (cjk: 0.55 s,
1 + 133; random_mix: 0.01 s, 20 + 133). Compiling at start-up is far too slow and a compiled
database is specific to the CPU, so it cannot ship as it is.
"""

from __future__ import annotations

import argparse
import re
import re._constants as C
import re._parser as P
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

NONASCII = r"[\xc0-\xff][\x80-\xbf]{1,3}"
ANYCHAR = r"(?:[\x00-\x7f]|" + NONASCII + ")"
CATEGORY = {  # the ASCII members of each category; its non-ASCII members become NONASCII
    C.CATEGORY_DIGIT: "0-9", C.CATEGORY_NOT_DIGIT: r"\x00-\x2f\x3a-\x7f",
    C.CATEGORY_WORD: "a-zA-Z0-9_", C.CATEGORY_NOT_WORD: r"\x00-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f",
    C.CATEGORY_SPACE: r"\x09-\x0d\x1c-\x20", C.CATEGORY_NOT_SPACE: r"\x00-\x08\x0e-\x1b\x21-\x7f",
}


class Untranslatable(Exception):
    pass


def _ascii(cp: int) -> str:
    return chr(cp) if chr(cp).isalnum() else f"\\x{cp:02x}"


def _utf8(cp: int) -> str:
    return "".join(f"\\x{b:02x}" for b in chr(cp).encode("utf-8", "surrogatepass"))


def _class(items: list) -> str:  # type: ignore[type-arg]
    negated = bool(items) and items[0][0] is C.NEGATE
    items = items[1:] if negated else items
    ascii_parts, multi, any_nonascii = [], [], False
    for op, av in items:
        if op is C.LITERAL:
            (ascii_parts if av < 128 else multi).append(_ascii(av) if av < 128 else _utf8(av))
        elif op is C.RANGE:
            lo, hi = av
            if hi < 128:
                ascii_parts.append(_ascii(lo) + "-" + _ascii(hi))
            else:
                any_nonascii = True
                if lo < 128:
                    ascii_parts.append(_ascii(lo) + r"-\x7f")
        elif op is C.CATEGORY:
            ascii_parts.append(CATEGORY[av])
            any_nonascii = True
        else:
            raise Untranslatable(op)
    if negated:  # any ASCII character not listed, or any non-ASCII character
        alts = ["[^" + "".join(ascii_parts) + r"\x80-\xff]", NONASCII]
    else:
        alts = (["[" + "".join(ascii_parts) + "]"] if ascii_parts else [])
        alts += [NONASCII] if any_nonascii else multi
    if not alts:
        return "(?!)"
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def _node(op: object, av: object) -> str:
    if op is C.LITERAL:
        return _ascii(av) if av < 128 else _utf8(av)  # type: ignore[operator,arg-type]
    if op is C.NOT_LITERAL:
        return _class([(C.NEGATE, None), (C.LITERAL, av)])
    if op is C.ANY:
        return ANYCHAR
    if op is C.IN:
        return _class(list(av))  # type: ignore[call-overload]
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, hi, sub = av  # type: ignore[misc]
        return "(?:" + _seq(sub) + "){" + f"{lo}," + ("" if hi is C.MAXREPEAT else str(hi)) + "}"
    if op is C.SUBPATTERN:
        _group, add, delete, sub = av  # type: ignore[misc]
        if add or delete:
            raise Untranslatable("inline flags")
        return "(?:" + _seq(sub) + ")"
    if op is C.ATOMIC_GROUP:
        return "(?:" + _seq(av) + ")"  # type: ignore[arg-type]
    if op is C.BRANCH:
        return "(?:" + "|".join(_seq(s) for s in av[1]) + ")"  # type: ignore[index]
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return ""  # dropping an assertion only widens the match set
    raise Untranslatable(op)


def _seq(sub: P.SubPattern) -> str:
    return "".join(_node(op, av) for op, av in sub)


def translate(pattern: re.Pattern[str]) -> str:
    """A byte-level superset of ``pattern`` for Hyperscan (UTF-8 input)."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        raise Untranslatable("flags")
    return _seq(P.parse(pattern.pattern, pattern.flags))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kinds", default="keyword_flood,cjk,cjk_keyword,random_mix,bidi")
    args = parser.parse_args()
    import hyperscan as hs
    from hostile_inputs import HOSTILE

    import recruitscreen as rs
    from recruitscreen.normalize import normalize

    plans = rs.Screener(model=None)._matcher._plans
    flags = hs.HS_FLAG_SINGLEMATCH | hs.HS_FLAG_DOTALL | hs.HS_FLAG_ALLOWEMPTY
    kept, refused = [], []
    t0 = time.perf_counter()
    for i, plan in enumerate(plans):
        try:
            expr = translate(plan.pattern).encode()
            hs.Database(mode=hs.HS_MODE_BLOCK).compile(expressions=[expr], ids=[i], elements=1, flags=flags)
        except (Untranslatable, hs.error):
            refused.append(i)
            continue
        kept.append((i, expr))
    print(f"{len(plans):,} patterns: {len(refused)} refused; compiling each alone took "
          f"{time.perf_counter() - t0:.0f} s")
    db = hs.Database(mode=hs.HS_MODE_BLOCK)
    t0 = time.perf_counter()
    db.compile(expressions=[e for _, e in kept], ids=[i for i, _ in kept], elements=len(kept), flags=flags)
    print(f"one database of the other {len(kept):,}: compiled in {time.perf_counter() - t0:.0f} s")
    for kind in args.kinds.split(","):
        data = normalize(HOSTILE[kind](1_000_000)).text.encode("utf-8", "surrogatepass")
        hits: set[int] = set()
        t0 = time.process_time()
        db.scan(data, match_event_handler=lambda i, *_, found=hits: found.add(i))
        print(f"{kind:<20} scan {time.process_time() - t0:.3f} s; patterns left to run: "
              f"{len(hits) + len(refused)} ({len(hits)} possible matches + {len(refused)} refused)")


if __name__ == "__main__":
    main()
