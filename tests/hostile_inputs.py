"""Adversarial inputs shared by the hostile-input tests, the fuzz target and the benchmarks.

Each maker takes a length in characters and returns a string of exactly that length, so that
timings at two sizes give a growth ratio. The kinds aim at what makes a regex engine or a
normalizer work hard: long runs of word characters (every position may start a match), the
separators that the spaced-letter joiner looks at, invisible characters it deletes, scripts
it folds, and floods of the keywords that wake the rules up.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from recruitscreen.rules import RuleSet

__all__ = ["HOSTILE", "ODD_BUT_VALID", "keyword_flood", "repeat_to"]


def repeat_to(unit: str, n: int) -> str:
    """``unit`` repeated and cut to exactly ``n`` characters."""
    return (unit * (n // max(len(unit), 1) + 1))[:n]


def keyword_flood(n: int, rules: RuleSet | None = None) -> str:
    """Every keyword of the rule set, space-separated, over and over."""
    ruleset = rules if rules is not None else RuleSet.default()
    words = sorted({k for r in ruleset for k in r.keywords} | {k for c in ruleset.contexts for k in c.keywords})
    return repeat_to(" ".join(words) + " ", n)


def _random_mix(n: int) -> str:
    rng = random.Random(n)
    alphabet = "abcwexhat .-_@+:/0123456789\n\u200b\u00ad\u202e微信薇加我еаоρ😀"
    return "".join(rng.choice(alphabet) for _ in range(n))


HOSTILE: dict[str, Callable[[int], str]] = {
    "spaces": lambda n: " " * n,
    "one_letter": lambda n: "a" * n,
    "one_digit": lambda n: "1" * n,
    "digits": lambda n: repeat_to("0123456789", n),
    "keyword_flood": keyword_flood,
    "keywords_in_letters": lambda n: repeat_to("a" * 120 + " gmail wechat report client ", n),
    "spaced_letters": lambda n: repeat_to("w ", n),
    "spaced_word": lambda n: repeat_to("W e C h a t ", n),
    "dotted_letters": lambda n: repeat_to("a.", n),
    "zero_width_run": lambda n: "\u200b" * n,
    "zero_width_in_words": lambda n: repeat_to("w\u200be\u200bc\u200bh\u200ba\u200bt ", n),
    "cjk": lambda n: repeat_to("微信加我联系报告客户", n),
    "cjk_keyword": lambda n: repeat_to("微信", n),
    "lookalikes": lambda n: repeat_to("wеchаt tеlеgrаm ", n),  # Cyrillic е and а
    "punctuation": lambda n: repeat_to("!.,;:-@#()[]'\"?", n),
    "at_signs": lambda n: "@" * n,
    "emails": lambda n: repeat_to("x@gmail.com ", n),
    "newlines": lambda n: repeat_to("a\n", n),
    "emoji": lambda n: "😀" * n,
    "bidi": lambda n: repeat_to("\u202ewechat\u202c ", n),
    "combining": lambda n: repeat_to("a\u0301\u0302\u0303", n),
    "random_mix": _random_mix,
}
"""name -> maker(n) of an n-character hostile string."""

ODD_BUT_VALID: dict[str, str] = {
    "lone_high_surrogate": "add me on WeChat \ud800 my client pays for reports",
    "lone_low_surrogates": "\udc80\udcff WhatsApp +86 138 0000 0000 \udfff",
    "nul_bytes": "\x00add me\x00 on \x00WeChat\x00, keep it between us\x00",
    "rtl_override": "\u202eadd me on WeChat\u202c \u2066client\u2069 pays \u200fcash",
    "emoji_run": "😀" * 5000 + " add me on WeChat " + "🙂👍🏽" * 3000,
    "zwj_emoji": "👨\u200d👩\u200d👧" * 2000 + " telegram",
    "only_invisibles": "\u200b\u200c\u200d\u2060\ufeff" * 100,
    "control_chars": "".join(chr(c) for c in range(32)) * 50 + "wechat",
    "private_use": "\ue000\uf8ff\U000f0000 wechat \U0010ffff",
    "noncharacters": "\ufffe\uffff add me on WeChat \ufffd",
    "combining_flood": "w" + "\u0301" * 5000 + "echat",
    "spaced_with_zero_width": "W\u200b e\u200b C\u200b h\u200b a\u200b t",
    "mixed_newlines": "add me\r\non\rWeChat\u2028now\u2029\x85ok",
}
"""Strings that are odd but valid: each must be screened without an exception."""
