"""Normalization against evasion, with an offset map back to the original text.

One pass turns the text a sender wrote into the text the rules read:

1. look-alike letters from Cyrillic, Greek and Armenian are folded to Latin, but only inside
   words that also hold Latin letters ("WеChаt" with Cyrillic е and а), so genuine Russian or
   Greek text is left alone;
2. Unicode NFKC (full-width, mathematical and circled letters become plain ones);
3. invisible format characters (zero-width spaces and joiners, soft hyphens, bidi controls,
   Hangul fillers) are removed;
4. casefold, then NFKC again (casefold output can leave NFKC);
   Emoji and pictographs wedged between letters ("We💬Chat", "微🌹信") go the same way;
5. letters spaced, dotted or emoji-separated apart are joined ("W e C h a t", "W.e.C.h.a.t",
   "W 🔹 e 🔹 C 🔹 h 🔹 a 🔹 t" -> "wechat"), and so are a few channel names split into chunks
   ("Té lé gram", "whats.app" -> "télégram", "whatsapp");
6. leetspeak is folded only where the result is a channel name from a short list
   ("w3chat", "wh@tsapp", "t3l3gram", "5ignal" -> the real name): "h1b", "5g" and "b2b" stay.

Every character of the normalized text remembers where it came from, so a match on the
normalized text maps back to a span of the original: ``original[start:end]``.

Fast path: ASCII text is only lower-cased (a C-level call) with an identity offset map; a
non-ASCII stretch gets per-character work only when it actually needs folding.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from .lang import HAN

__all__ = ["NormalizedText", "OffsetMap", "normalize"]

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
_PUNCT: dict[str, str] = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
}  # fmt: skip
_PUNCT_RE = re.compile("[" + "".join(_PUNCT) + "]")
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
_INVISIBLE_RUN_RE = re.compile(f"[{_INVISIBLE}]+")
_VISIBLE_RUN_RE = re.compile(f"[^{_INVISIBLE}]+")
_NOT_ASCII_OR_INVISIBLE_RE = re.compile(f"[^\\x00-\\x7f{_INVISIBLE}]")
# An invisible run inside a Latin word: a letter or digit before it, and one after its first
# character (see _is_evasive_invisible); in ASCII text one regex counts them all.
_EVASIVE_ASCII_RE = re.compile(f"(?<=[A-Za-z0-9])[{_INVISIBLE}](?=[A-Za-z0-9{_INVISIBLE}])")
_BIDI_RE = re.compile("[\u202a-\u202e\u2066-\u2069]")
# Emoji, pictographs, dingbats, arrows and geometric shapes (and the emoji variation selector).
_EMOJI = (
    "\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2900-\u297f\u2b00-\u2bff\u3030\u303d"
    "\ufe0f\U0001f000-\U0001f0ff\U0001f1e6-\U0001faff"
)  # not U+1F100-1F1E5, the enclosed letters and digits: NFKC reads "🄲" as "c"
_EMOJI_RE = re.compile(f"[{_EMOJI}]")
# Non-ASCII runs of three kinds: invisibles, emoji, and the rest (with the ASCII letter before
# it, which combining marks may belong to).
_SPECIAL_RUN = re.compile(
    f"([{_INVISIBLE}]+)|([{_EMOJI}]+)|([\\x00-\\x7f]?[^\\x00-\\x7f{_INVISIBLE}{_EMOJI}]+)"
)
_WEDGE_REACH = 9  # the longest run of emoji of which one can be wedged between letters

# Three or more single letters/digits kept apart by a short run of separators: "w e c h a t",
# "w.e.c.h.a.t", "t-e-l-e-g-r-a-m". Bounded quantifiers only, so the scan stays linear.
_SEP = rf"[ \t.\-_*/|+~·•{_EMOJI}]{{1,3}}"
# The separator must repeat exactly ("a u.s" is two words and an abbreviation, not a spelling).
# Chinese has no spaces between words, so Han characters spaced apart may follow or precede other
# Han characters directly ("这件事别 跟 单 位 说了" reads "这件事别跟单位说了").
_HAN_EDGE = rf"(?<=[{HAN}])(?=[{HAN}])"
_SPACED_RE = re.compile(
    rf"(?:(?<![^\W_])|{_HAN_EDGE})[^\W_](?P<sep>{_SEP})(?:[^\W_](?P=sep)){{1,}}[^\W_](?:(?![^\W_])|{_HAN_EDGE})"
)
_ALNUM_RE = re.compile(r"[^\W_]")

# Channel names broken into chunks rather than letters ("Té lé gram", "whats.app", "hot mail"):
# a separator may fall between any two letters, at least one must. Only names that no two
# ordinary words spell: "we chat" and "sign al" are English and Wei Xin is a given name, so WeChat,
# Signal and Weixin are left to the letter-by-letter rule above.
_SPLIT_NAMES = ("telegram", "whatsapp", "gmail", "hotmail", "protonmail", "viber", "skype")
_CHUNK_SEP = r"[ \t.\-_*/|·•]{1,2}"


def _split_name(name: str) -> str:
    letters = ["[eé]" if c == "e" else c for c in name]
    return letters[0] + "".join(f"(?:{_CHUNK_SEP})?{c}" for c in letters[1:])


_SPLIT_NAME_RE = re.compile(
    rf"(?<![^\W_])(?:{'|'.join(_split_name(n) for n in _SPLIT_NAMES)})(?![^\W_])"
)

# Leetspeak: a 5-10 character token of letters and look-alike digits/symbols, folded only when
# the result is one of _LEET_WORDS (a 1:1 change: offsets hold).
_LEET_TOKEN_RE = re.compile(
    r"(?<![a-z0-9@$!|])(?=[a-z]{0,9}[0-9@$!|])(?=[0-9@$!|]{0,9}[a-z])[a-z0-9@$!|]{5,10}(?![a-z0-9@$!|])"
)
_LEET_TABLE = str.maketrans({"0": "o", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i", "|": "l"})
_LEET_WORDS = frozenset(
    "wechat weixin whatsapp telegram signal skype viber gmail hotmail outlook yahoo protonmail".split()
)


class OffsetMap:
    """Where each character of a derived string came from, as a few segments.

    A segment either copies a stretch one-to-one (``kind == 0``: derived index ``n0 + t`` comes
    from ``o0 + t``) or expands one original cluster ``[o0, o1)`` into several characters
    (``kind == 1``). Building costs one entry per segment, not per character, and a lookup is a
    binary search.
    """

    __slots__ = ("_kind", "_n0", "_o0", "_o1", "length")

    def __init__(self) -> None:
        self._n0: list[int] = []
        self._o0: list[int] = []
        self._o1: list[int] = []
        self._kind: list[int] = []
        self.length = 0

    def copy(self, o0: int, n: int) -> None:
        """The next ``n`` characters copy ``original[o0:o0 + n]`` one to one."""
        if n <= 0:
            return
        if self._kind and self._kind[-1] == 0:
            k = len(self._n0) - 1
            if self._o0[k] + (self.length - self._n0[k]) == o0:  # extends the previous copy
                self.length += n
                return
        self._n0.append(self.length)
        self._o0.append(o0)
        self._o1.append(o0 + n)
        self._kind.append(0)
        self.length += n

    @classmethod
    def of_stretches(cls, stretches: list[tuple[int, int]]) -> OffsetMap:
        """The map of a string made of the original's ``[o0, o1)`` stretches, in order, none
        empty and none starting where the one before ends (what :meth:`copy` would build)."""
        omap = cls()
        omap._o0 = [o0 for o0, _ in stretches]
        omap._o1 = [o1 for _, o1 in stretches]
        omap._kind = [0] * len(stretches)
        omap._n0 = list(accumulate((o1 - o0 for o0, o1 in stretches), initial=0))
        omap.length = omap._n0.pop()
        return omap

    def expand(self, o0: int, o1: int, n: int) -> None:
        """The next ``n`` characters all come from the cluster ``original[o0:o1]``."""
        if n <= 0:
            return
        if n == 1 and o1 == o0 + 1:
            self.copy(o0, 1)
            return
        self._n0.append(self.length)
        self._o0.append(o0)
        self._o1.append(o1)
        self._kind.append(1)
        self.length += n

    def start(self, i: int) -> int:
        """Index in the source of the first character that produced derived character ``i``."""
        k = bisect_right(self._n0, i) - 1
        return self._o0[k] + (i - self._n0[k]) if self._kind[k] == 0 else self._o0[k]

    def end(self, i: int) -> int:
        """Index in the source just after what produced derived character ``i``."""
        k = bisect_right(self._n0, i) - 1
        return self._o0[k] + (i - self._n0[k]) + 1 if self._kind[k] == 0 else self._o1[k]

    def __len__(self) -> int:
        return self.length


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """The normalized text and the way back to the original.

    ``span(a, b)`` maps a half-open span of ``text`` to the span of ``original`` that produced
    it. ``folded`` maps normalized characters to the original (``None``: identity); ``joined``
    maps the text after joining spaced letters to the text before (``None``: nothing joined).
    """

    original: str
    text: str
    folded: OffsetMap | None = None
    joined: OffsetMap | None = None
    invisible_removed: int = 0
    bidi_controls: int = 0
    folded_words: int = 0
    joined_runs: int = 0
    leet_words: int = 0

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the normalized text to a span of the original text."""
        if end <= start:
            if start >= len(self.text):
                return len(self.original), len(self.original)
            a = self._start(start)
            return a, a
        return self._start(start), self._end(end - 1)

    def _start(self, i: int) -> int:
        if self.joined is not None:
            i = self.joined.start(i)
        return i if self.folded is None else self.folded.start(i)

    def _end(self, i: int) -> int:
        if self.joined is not None:
            i = self.joined.start(i)  # joining only drops characters: one to one
        return i + 1 if self.folded is None else self.folded.end(i)

    def notes(self) -> tuple[str, ...]:
        """Human remarks on what normalization had to undo (themselves a sign of evasion)."""
        out = []
        if self.invisible_removed:
            out.append(
                f"{self.invisible_removed} invisible character(s) or emoji inside words were ignored"
            )
        if self.bidi_controls:
            out.append(f"{self.bidi_controls} bidirectional control character(s) present")
        if self.folded_words:
            out.append(f"look-alike letters from another script folded in {self.folded_words} word(s)")
        if self.joined_runs:
            out.append(f"{self.joined_runs} run(s) of spaced-out letters joined")
        if self.leet_words:
            out.append(f"{self.leet_words} name(s) spelt with digits or symbols read as letters")
        return tuple(out)


def normalize(text: str) -> NormalizedText:
    """Normalize ``text`` for matching; see the module docstring for the steps."""
    folded, n_folded = _fold_lookalikes(text)
    fmap: OffsetMap | None = None
    invisible = bidi = 0
    if folded.isascii():
        norm = folded.lower()
    else:
        norm, fmap, invisible, bidi = _slow_normalize(folded)
    norm, jmap, joined = _join_spaced(norm)
    norm, leet = _fold_leet(norm)
    return NormalizedText(text, norm, fmap, jmap, invisible, bidi, n_folded, joined, leet)


def _fold_lookalikes(text: str) -> tuple[str, int]:
    """Fold look-alike letters to Latin inside mixed-script words (a 1:1 change: offsets hold).

    Typographic quotes and dashes become their ASCII forms in the same 1:1 step.
    """
    if text.isascii():
        return text, 0
    if _PUNCT_RE.search(text):
        text = _PUNCT_RE.sub(lambda m: _PUNCT[m.group()], text)
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


def _slow_normalize(text: str) -> tuple[str, OffsetMap, int, int]:
    """NFKC, invisible removal and casefold, with an offset map (see :func:`_normalize_runs`).

    ASCII text with invisible characters in it (zero-width or bidi controls sprinkled through
    English, say) needs no Unicode work: the invisibles are dropped by one regex and the map is
    built from where they were, with no Python step per run."""
    if _NOT_ASCII_OR_INVISIBLE_RE.search(text):
        return _normalize_runs(text)
    omap = OffsetMap.of_stretches([m.span() for m in _VISIBLE_RUN_RE.finditer(text)])
    invisible = len(_EVASIVE_ASCII_RE.findall(text))
    bidi = len(_BIDI_RE.findall(text))
    return _INVISIBLE_RUN_RE.sub("", text).lower(), omap, invisible, bidi


def _normalize_runs(text: str) -> tuple[str, OffsetMap, int, int]:
    """NFKC, invisible removal and casefold, with an offset map; ASCII stretches at C speed.

    The non-ASCII parts come in three kinds of run, each handled as a whole where it can be:
    invisible characters (dropped; only the first of a run can sit inside a word), emoji
    (kept, or dropped where wedged between letters) and the rest (copied when casefold and
    NFKC change nothing, else folded cluster by cluster). So a megabyte of emoji, bidi controls
    or zero-width characters costs a few regex calls per run, not Unicode work per character.
    """
    pieces: list[str] = []
    omap = OffsetMap()
    invisible = 0
    bidi = len(_BIDI_RE.findall(text))
    pos = 0
    for m in _SPECIAL_RUN.finditer(text):
        a, b = m.span()
        if a > pos:
            pieces.append(text[pos:a].lower())
            omap.copy(pos, a - pos)
        pos = b
        kind = m.lastindex
        if kind == 1:  # invisible: nothing comes out
            invisible += _is_evasive_invisible(text, a)
        elif kind == 2:  # emoji
            if b - a <= _WEDGE_REACH:  # a longer run cannot be wedged: see _wedged_between_letters
                for i in range(a, b):
                    if _wedged_between_letters(text, i):
                        invisible += 1
                    else:
                        _fold_cluster(text, i, i + 1, pieces, omap)
            else:
                _fold_cluster(text, a, b, pieces, omap)
        else:
            run = m.group()
            simple = run.casefold()
            if (
                len(simple) == len(run)
                and unicodedata.is_normalized("NFKC", run)
                and unicodedata.is_normalized("NFKC", simple)
            ):
                pieces.append(simple)
                omap.copy(a, b - a)
            else:
                _fold_run(text, a, b, pieces, omap)
    if pos < len(text):
        pieces.append(text[pos:].lower())
        omap.copy(pos, len(text) - pos)
    return "".join(pieces), omap, invisible, bidi


def _fold_cluster(text: str, a: int, b: int, pieces: list[str], omap: OffsetMap) -> None:
    """Casefold and NFKC ``text[a:b]``: copied when that changes nothing, else cluster by cluster."""
    run = text[a:b]
    out = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", run).casefold())
    if out == run:
        pieces.append(out)
        omap.copy(a, b - a)
    elif b - a == 1:
        pieces.append(out)
        omap.expand(a, b, len(out))
    else:
        _fold_run(text, a, b, pieces, omap)


def _fold_run(text: str, a: int, b: int, pieces: list[str], omap: OffsetMap) -> None:
    """Per-cluster work on ``text[a:b]`` (no invisible characters or emoji inside)."""
    i = a
    while i < b:
        j = i + 1
        while j < b and unicodedata.combining(text[j]):  # keep a base letter with its marks
            j += 1
        out = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text[i:j]).casefold())
        pieces.append(out)
        omap.expand(i, j, len(out))
        i = j


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


def _wedged_between_letters(text: str, i: int) -> bool:
    """An emoji with a letter or digit right before and after it (other emoji and invisibles
    between do not count): "We💬Chat", "微🌹信". An emoji after a space or at a line end stays."""
    lo = i - 1
    while lo >= 0 and i - lo <= 4 and (_EMOJI_RE.match(text[lo]) or _INVISIBLE_RE.match(text[lo])):
        lo -= 1
    hi = i + 1
    while hi < len(text) and hi - i <= 4 and (_EMOJI_RE.match(text[hi]) or _INVISIBLE_RE.match(text[hi])):
        hi += 1
    return lo >= 0 and hi < len(text) and text[lo].isalnum() and text[hi].isalnum()


def _fold_leet(norm: str) -> tuple[str, int]:
    """Read "w3chat", "wh@tsapp", "t3l3gr4m", "5ignal" as the channel names they spell."""
    if not _LEET_TOKEN_RE.search(norm):
        return norm, 0
    count = 0

    def fold(m: re.Match[str]) -> str:
        nonlocal count
        token = m.group()
        for one in ("i", "l"):  # "1" is an i in "s1gnal", an l in "te1egram"
            word = token.translate(_LEET_TABLE).replace("1", one)
            if word in _LEET_WORDS:
                count += 1
                return word
        return token

    return _LEET_TOKEN_RE.sub(fold, norm), count


def _join_spaced(norm: str) -> tuple[str, OffsetMap | None, int]:
    """Join letters spaced or dotted apart, and channel names split into chunks; the map leads
    back to the text before joining."""
    matches = list(_SPACED_RE.finditer(norm))
    split = [m for m in _SPLIT_NAME_RE.finditer(norm) if not m.group().isalpha()]
    if split:  # a name split into chunks wins over a run of single letters inside it ("t e l e gram")
        matches = sorted(split + [m for m in matches if not any(_overlap(m, s) for s in split)],
                         key=lambda m: m.start())
    if not matches:
        return norm, None, 0
    jmap = OffsetMap()
    pieces: list[str] = []
    pos = 0
    for m in matches:
        a, b = m.span()
        pieces.append(norm[pos:a])
        jmap.copy(pos, a - pos)
        for lm in _ALNUM_RE.finditer(norm, a, b):
            pieces.append(lm.group())
            jmap.copy(lm.start(), 1)
        pos = b
    pieces.append(norm[pos:])
    jmap.copy(pos, len(norm) - pos)
    return "".join(pieces), jmap, len(matches)


def _overlap(a: re.Match[str], b: re.Match[str]) -> bool:
    return a.start() < b.end() and b.start() < a.end()
