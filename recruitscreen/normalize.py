"""Normalization against evasion, with an offset map back to the original text.

One pass turns the text a sender wrote into the text the rules read:

1. look-alike letters from Cyrillic, Greek and Armenian are folded to Latin, but only inside
   words that also hold Latin letters ("WеChаt" with Cyrillic е and а), so genuine Russian or
   Greek text is left alone;
2. Unicode NFKC (full-width, mathematical and circled letters become plain ones);
3. invisible format characters (zero-width spaces and joiners, soft hyphens, bidi controls,
   Hangul fillers) are removed;
4. casefold, then NFKC again (casefold output can leave NFKC);
5. letters spaced or dotted apart are joined ("W e C h a t", "W.e.C.h.a.t" -> "wechat").

Every character of the normalized text remembers where it came from, so a match on the
normalized text maps back to a span of the original: ``original[start:end]``.

Fast path: ASCII text is only lower-cased (a C-level call) with an identity offset map; a
non-ASCII stretch gets per-character work only when it actually needs folding.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass

__all__ = ["NormalizedText", "normalize"]

# Look-alike letters that Unicode's confusables data maps to a Latin letter (Latin targets only).
# Upper case is kept: casefolding happens after folding, and e.g. Cyrillic "В" looks like "B"
# while its lower case "в" does not look like "b".
_CONFUSABLES: dict[str, str] = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x",
    "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l",
    "ɡ": "g", "ո": "n", "ս": "u", "օ": "o", "հ": "h", "ց": "g", "ք": "q", "ա": "w",
    "А": "A", "В": "B", "Е": "E", "Ё": "E", "З": "3", "К": "K", "М": "M", "Н": "H", "О": "O",
    "Р": "P", "С": "C", "Т": "T", "У": "Y", "Х": "X", "І": "I", "Ї": "I", "Ј": "J", "Ѕ": "S",
    "Ԁ": "D", "Ԛ": "Q", "Ԝ": "W", "Ӏ": "I", "Һ": "H", "ь": "b", "п": "n", "т": "t", "к": "k",
    "м": "m", "н": "h",
    # Greek
    "α": "a", "β": "b", "γ": "y", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ϲ": "c", "ϳ": "j",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "Ϲ": "C",
}  # fmt: skip
_FOLD_TABLE = str.maketrans(_CONFUSABLES)
# Typographic punctuation that rules should read as its ASCII form ("don’t", “client”, en dashes).
_PUNCT_TABLE = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
})  # fmt: skip
_CONFUSABLE_RE = re.compile("[" + "".join(sorted(_CONFUSABLES)) + "]")
# A "word" for the mixed-script test: letters, digits and the invisibles evaders put inside words.
_WORD_RE = re.compile(r"[\w\u00ad\u200b-\u200d\u2060\ufeff]+")
_LATIN_RE = re.compile(r"[A-Za-z\u00c0-\u024f\uff21-\uff3a\uff41-\uff5a]")

# Format characters (Unicode category Cf) plus invisible fillers that are letters on paper.
_INVISIBLE = (
    "\u00ad\u034f\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u115f\u1160\u180e"
    "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U00013438\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f"
)
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")
_BIDI_RE = re.compile("[\u202a-\u202e\u2066-\u2069]")
_NON_ASCII_RUN = re.compile(r"[\x00-\x7f]?[^\x00-\x7f]+")

# Three or more single letters/digits kept apart by a short run of separators: "w e c h a t",
# "w.e.c.h.a.t", "t-e-l-e-g-r-a-m". Bounded quantifiers only, so the scan stays linear.
_SEP = r"[ \t.\-_*/|+~·•,:'\"]{1,3}"
_SPACED_RE = re.compile(rf"(?<![^\W_])(?:[^\W_]{_SEP}){{2,}}[^\W_](?![^\W_])")
_ALNUM_RE = re.compile(r"[^\W_]")


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """The normalized text and the way back to the original.

    ``starts[i]`` is the index in ``original`` of the character that produced ``text[i]``,
    ``ends[i]`` the index just after it; both are ``None`` when the map is the identity.
    """

    original: str
    text: str
    starts: array[int] | None = None
    ends: array[int] | None = None
    invisible_removed: int = 0
    bidi_controls: int = 0
    folded_words: int = 0
    joined_runs: int = 0

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the normalized text to a span of the original text."""
        if self.starts is None or self.ends is None:
            return start, end
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def notes(self) -> tuple[str, ...]:
        """Human remarks on what normalization had to undo (themselves a sign of evasion)."""
        out = []
        if self.invisible_removed:
            out.append(f"{self.invisible_removed} invisible character(s) inside words were ignored")
        if self.bidi_controls:
            out.append(f"{self.bidi_controls} bidirectional control character(s) present")
        if self.folded_words:
            out.append(f"look-alike letters from another script folded in {self.folded_words} word(s)")
        if self.joined_runs:
            out.append(f"{self.joined_runs} run(s) of spaced-out letters joined")
        return tuple(out)


def normalize(text: str) -> NormalizedText:
    """Normalize ``text`` for matching; see the module docstring for the steps."""
    folded, n_folded = _fold_lookalikes(text)
    if folded.isascii():
        norm, starts, ends = folded.lower(), None, None
        invisible = bidi = 0
    else:
        norm, starts, ends, invisible, bidi = _slow_normalize(folded)
    norm, starts, ends, joined = _join_spaced(norm, starts, ends)
    return NormalizedText(text, norm, starts, ends, invisible, bidi, n_folded, joined)


def _fold_lookalikes(text: str) -> tuple[str, int]:
    """Fold look-alike letters to Latin inside mixed-script words (a 1:1 change: offsets hold).

    Typographic quotes and dashes become their ASCII forms in the same 1:1 step.
    """
    if text.isascii():
        return text, 0
    text = text.translate(_PUNCT_TABLE)
    if not _CONFUSABLE_RE.search(text):
        return text, 0
    count = 0

    def fold(m: re.Match[str]) -> str:
        nonlocal count
        word = m.group()
        if _CONFUSABLE_RE.search(word) and _LATIN_RE.search(word):
            count += 1
            return word.translate(_FOLD_TABLE)
        return word

    return _WORD_RE.sub(fold, text), count


def _slow_normalize(text: str) -> tuple[str, array[int], array[int], int, int]:
    """NFKC, invisible removal and casefold with a per-character offset map."""
    pieces: list[str] = []
    starts: array[int] = array("q")
    ends: array[int] = array("q")
    invisible = 0
    bidi = len(_BIDI_RE.findall(text))
    pos = 0
    for m in _NON_ASCII_RUN.finditer(text):
        a, b = m.span()
        if a > pos:  # ASCII stretch: identity, C-speed
            pieces.append(text[pos:a].lower())
            starts.extend(range(pos, a))
            ends.extend(range(pos + 1, a + 1))
        run = m.group()
        simple = run.casefold()
        if (
            len(simple) == len(run)
            and not _INVISIBLE_RE.search(run)
            and unicodedata.is_normalized("NFKC", run)
            and unicodedata.is_normalized("NFKC", simple)
        ):
            pieces.append(simple)
            starts.extend(range(a, b))
            ends.extend(range(a + 1, b + 1))
        else:
            invisible += _fold_run(text, a, b, pieces, starts, ends)
        pos = b
    if pos < len(text):
        pieces.append(text[pos:].lower())
        starts.extend(range(pos, len(text)))
        ends.extend(range(pos + 1, len(text) + 1))
    return "".join(pieces), starts, ends, invisible, bidi


def _fold_run(
    text: str, a: int, b: int, pieces: list[str], starts: array[int], ends: array[int]
) -> int:
    """Per-cluster work on ``text[a:b]``; returns how many invisible characters look evasive."""
    evasive = 0
    i = a
    while i < b:
        j = i + 1
        if _INVISIBLE_RE.match(text[i]):
            if _is_evasive_invisible(text, i):
                evasive += 1
            i = j
            continue
        while j < b and unicodedata.combining(text[j]):  # keep a base letter with its marks
            j += 1
        out = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text[i:j]).casefold())
        if out:
            pieces.append(out)
            starts.extend([i] * len(out))
            ends.extend([j] * len(out))
        i = j
    return evasive


def _is_evasive_invisible(text: str, i: int) -> bool:
    """An invisible character counts as evasion when it sits inside a Latin word.

    A ZWNJ or ZWJ between Persian, Indic or emoji characters is ordinary text, and an invisible
    character at a word edge hides nothing.
    """
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    return bool(_LATIN_RE.match(before) or before.isdigit()) and bool(
        _LATIN_RE.match(after) or after.isdigit() or _INVISIBLE_RE.match(after)
    )


def _join_spaced(
    norm: str, starts: array[int] | None, ends: array[int] | None
) -> tuple[str, array[int] | None, array[int] | None, int]:
    """Join letters spaced or dotted apart, keeping the offset map in step."""
    matches = list(_SPACED_RE.finditer(norm))
    if not matches:
        return norm, starts, ends, 0
    keep: array[int] = array("q")
    pieces: list[str] = []
    pos = 0
    for m in matches:
        a, b = m.span()
        pieces.append(norm[pos:a])
        keep.extend(range(pos, a))
        for lm in _ALNUM_RE.finditer(norm, a, b):
            pieces.append(lm.group())
            keep.append(lm.start())
        pos = b
    pieces.append(norm[pos:])
    keep.extend(range(pos, len(norm)))
    if starts is None or ends is None:
        new_starts = keep
        new_ends = array("q", (k + 1 for k in keep))
    else:
        new_starts = array("q", (starts[k] for k in keep))
        new_ends = array("q", (ends[k] for k in keep))
    return "".join(pieces), new_starts, new_ends, len(matches)
