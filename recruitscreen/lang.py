"""Cheap language detection that chooses which rule packs read a message.

Two signals, both computed in one pass over a bounded sample of the text:

* **scripts**: Han characters mean Chinese (unless kana shows the text is Japanese);
* **stop words** among the Latin-script words: a short list of the commonest English and French
  function words, plus French elisions (``l'``, ``d'``, ``c'est``, ``qu'il``) and accented letters.

A message can have several languages: a French e-mail that ends in Chinese runs both the French
and the Chinese pack. Text in no known language (Russian, Greek, Arabic…) is read by the
English pack, the library's default; script-neutral channel rules run whatever the language
(see :mod:`recruitscreen.rules`).

Detection reads the first :data:`SAMPLE_HEAD` and the last :data:`SAMPLE_TAIL` characters of a
long message for the stop-word counts; the check for Han characters reads the whole text (a
C-level regex search), so a Chinese line at the end of a long English e-mail is never missed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["DEFAULT_LANGUAGE", "HAN", "LANGUAGES", "SAMPLE_HEAD", "SAMPLE_TAIL", "Detection", "detect"]

LANGUAGES: tuple[str, ...] = ("en", "fr", "zh")
"""The languages the built-in packs are written in."""

DEFAULT_LANGUAGE = "en"
"""The pack that reads a message when no known language is recognised."""

SAMPLE_HEAD = 1200
SAMPLE_TAIL = 300

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
"""The Han character ranges (CJK Unified Ideographs, Extension A, Compatibility), for a class."""
_HAN_RE = re.compile(f"[{HAN}]")
_HAN_PAIR_RE = re.compile(f"[{HAN}]{{2}}")
_KANA_RE = re.compile("[\u3040-\u30ff]")
_LATIN_WORD_RE = re.compile(r"[a-z\u00e0-\u00ff\u0153]+")
# French elision: l'entrevue, d'une, c'est, j'ai, n'est, qu'il, m'appeler (a vowel or h follows).
_FR_ELISION_RE = re.compile(
    r"(?<![a-z])(?:[ljcdnmts]|qu)['\u2019][aeiouyh\u00e0\u00e2\u00e8\u00e9\u00ea\u00ee\u00f4\u00fb]"
)

# Function words that are common in one language and rare in the other. Words both languages use
# ("on", "me", "a", "as", "client", "plus") are left out on purpose.
_EN_WORDS = frozenset(
    "the and you your to of is are was were we i it its for with this that be been have has had "
    "will would can could should do does did not but if so what which who when where there their "
    "they them from by at an or about just our us my he she his her him please thanks hi hello "
    "dear regards let's let how any some all more very get want know think".split()
)
_FR_WORDS = frozenset(
    "le la les des du un une et est je tu il elle nous vous votre vos ton ta tes mon ma mes "
    "pour avec sur dans pas que qui ce cette ces ça au aux mais ou où très bien merci bonjour "
    "salut oui non être avoir sont fait faire peux peut moi toi nos notre leur leurs sera serait "
    "été était aussi comme chez quand donc alors parce puis encore déjà rien tout tous toute "
    "madame monsieur svp stp allô bonsoir suis sommes êtes avez avons vais va voulez veux".split()
)
_MIN_HITS = 2
_THIN = 4  # fewer function words than this: both Latin packs read the text
_SHARE = 0.25


@dataclass(frozen=True, slots=True)
class Detection:
    """What :func:`detect` saw: the languages to run, most likely first, and the evidence."""

    languages: tuple[str, ...]
    han: int = 0
    kana: int = 0
    en_hits: int = 0
    fr_hits: int = 0
    latin_words: int = 0

    @property
    def primary(self) -> str:
        """The most likely language (the first of :attr:`languages`)."""
        return self.languages[0]


def detect(text: str) -> Detection:
    """Which of :data:`LANGUAGES` the text is written in (never empty; see the module notes)."""
    if len(text) > SAMPLE_HEAD + SAMPLE_TAIL:
        sample = text[:SAMPLE_HEAD] + "\n" + text[-SAMPLE_TAIL:]
    else:
        sample = text
    low = sample.lower()
    words = _LATIN_WORD_RE.findall(low)
    if text.isascii():
        han = kana = fr_extra = 0
    else:
        han = len(_HAN_RE.findall(sample))
        if han < _MIN_HITS and _HAN_PAIR_RE.search(text):
            han = _MIN_HITS  # Chinese outside the sample still counts
        kana = len(_KANA_RE.findall(sample)) if han else 0
        # Accented words lean French (résumé and café are English too: at most 3 count).
        fr_extra = min(sum(1 for w in words if not w.isascii()), 3)
    en = len([w for w in words if w in _EN_WORDS])
    fr = len([w for w in words if w in _FR_WORDS]) + fr_extra
    if "'" in low or "\u2019" in low:
        fr += len(_FR_ELISION_RE.findall(low))
    scored: list[tuple[float, str]] = []
    if han >= _MIN_HITS and kana * 4 < han:
        scored.append((han / 1.5, "zh"))  # about 1.5 Han characters per word
    total = en + fr
    if total >= _THIN:
        scored.extend((n, lang) for n, lang in ((en, "en"), (fr, "fr")) if n >= _SHARE * total)
    elif words and (total >= _MIN_HITS or not scored):
        # Few function words: a language with none of them is left out, unless neither has any
        # (then both Latin packs read the text).
        if en or not fr:
            scored.append((en + 0.5, "en"))
        if fr or not en:
            scored.append((float(fr), "fr"))
    if not scored:
        scored.append((0.0, DEFAULT_LANGUAGE))
    scored.sort(key=lambda s: -s[0])
    return Detection(tuple(lang for _, lang in scored), han, kana, en, fr, len(words))
