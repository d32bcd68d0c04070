"""Rules as data: TOML packs, validated when they are loaded.

A pack is a TOML file with ``[[rule]]`` tables (and optional ``[[context]]`` tables)::

    [[rule]]
    id = "off_platform.messaging_app"     # stable: never renamed once released
    category = "off_platform"             # one of recruitscreen.CATEGORIES
    stage = "pivot"                       # a funnel stage, or "none"
    weight = 1.8                          # evidence in log-odds
    keywords = ["wechat", "whatsapp"]     # literal text every match contains (tested); the
                                          # matcher derives its own prefilter from the patterns
    patterns = ['''\\b(?:add|message)\\W{1,3}me\\W{1,3}on\\W{1,3}(?:wechat|whatsapp)\\b''']
    negation = true                       # "we never ..." just before a hit cancels it
    unless = ['''...''']                  # a context pattern near the hit cancels it
    explanation = "One sentence: what was seen and why it matters."
    advice = "What the reader should do."
    [rule.examples]
    match = ["Please add me on WeChat"]
    no_match = ["My mum is on WeChat"]

Patterns are Python regular expressions over the *normalized* text (see
:mod:`recruitscreen.normalize`: casefolded, invisible characters removed, look-alikes folded,
spaced letters joined). Every quantifier must be bounded (``{0,40}``, not ``*`` or ``+``) so
that screening stays linear in the input; :func:`lint_pattern` enforces it at load time.

Each pack says its language in a ``[pack]`` table (``language = "fr"``); the screener runs a
pack only on messages detected in its language (:mod:`recruitscreen.lang`), and a pack with
``language = "*"`` (or no ``[pack]`` table) on every message. ``channels.toml`` is such a pack:
the off-platform channel rules that read the same in every language (``vx``, ``V信``, ``纸飞机``,
``wa.me/…``, ``weixin://``). ``explanation`` and ``advice`` are written in the pack's language;
``explanation_en`` / ``advice_en`` (any language of :data:`recruitscreen.lang.LANGUAGES`) give
translations, and :meth:`RuleSet.explained_in` picks one ("English on request").

A ``[[context]]`` table names wording that changes how a whole message reads (a security
awareness notice quoting the warning signs, say): when it occurs, the findings of the listed
categories count ``factor`` times their weight, and the assessment says so.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import RuleError
from ..lang import LANGUAGES
from ..types import CATEGORIES, STAGES
from .lint import lint_pattern

__all__ = ["ANY_LANGUAGE", "ContextRule", "Rule", "RuleSet", "default_rules", "load_pack"]

MAX_PATTERN_LENGTH = 2000
MAX_PATTERNS_PER_RULE = 40
MAX_RULES_PER_PACK = 2000
MAX_KEYWORDS_PER_RULE = 1000
MAX_KEYWORD_LENGTH = 100  # keywords become one generated regex; keep it shallow
_ID_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
_BUILTIN_PACKS = ("en.toml", "fr.toml", "zh.toml", "channels.toml")
ANY_LANGUAGE = "*"
"""The language of a rule that runs on every message, whatever language it is written in."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule: what it looks for, how much it weighs, and how to explain a hit."""

    id: str
    category: str
    stage: str | None
    weight: float
    patterns: tuple[re.Pattern[str], ...]
    explanation: str
    advice: str = ""
    keywords: tuple[str, ...] = ()
    negation: bool = True
    unless: tuple[re.Pattern[str], ...] = ()
    window: int = 60
    examples_match: tuple[str, ...] = ()
    examples_no_match: tuple[str, ...] = ()
    language: str = ANY_LANGUAGE
    source: str = "<memory>"
    translations: tuple[tuple[str, str, str], ...] = ()
    """Other languages' ``(language, explanation, advice)``."""

    def explained_in(self, language: str) -> Rule:
        """This rule with its explanation and advice in ``language`` (unchanged if untranslated)."""
        for lang, explanation, advice in self.translations:
            if lang == language:
                return replace(self, explanation=explanation, advice=advice or self.advice)
        return self

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "category": self.category,
            "stage": self.stage,
            "weight": self.weight,
            "language": self.language,
            "explanation": self.explanation,
            "advice": self.advice,
            "patterns": [p.pattern for p in self.patterns],
            "keywords": list(self.keywords),
            "source": self.source,
        }


@dataclass(frozen=True, slots=True)
class ContextRule:
    """Wording that changes how the whole message reads; scales the listed categories."""

    id: str
    patterns: tuple[re.Pattern[str], ...]
    factor: float
    explanation: str
    categories: tuple[str, ...] = CATEGORIES
    keywords: tuple[str, ...] = ()
    examples_match: tuple[str, ...] = ()
    examples_no_match: tuple[str, ...] = ()
    source: str = "<memory>"
    language: str = ANY_LANGUAGE


@dataclass(frozen=True)
class RuleSet:
    """An ordered, immutable collection of rules (and context rules).

    Build one with :meth:`default`, :meth:`from_files` or :meth:`from_rules`; derive variants
    with :meth:`without`, :meth:`with_weights` and :meth:`__add__`.
    """

    rules: tuple[Rule, ...]
    contexts: tuple[ContextRule, ...] = ()
    _by_id: dict[str, Rule] = field(init=False, repr=False, compare=False)
    _subsets: dict[frozenset[str], RuleSet] = field(init=False, repr=False, compare=False)
    _languages: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_id: dict[str, Rule] = {}
        for rule in self.rules:
            if rule.id in by_id:
                raise RuleError(
                    f"{rule.source}: rule {rule.id!r}: field 'id': duplicate id "
                    f"(also defined in {by_id[rule.id].source}); rule ids must be unique"
                )
            by_id[rule.id] = rule
        object.__setattr__(self, "_by_id", by_id)
        object.__setattr__(self, "_subsets", {})
        languages = {r.language for r in self.rules} | {c.language for c in self.contexts}
        object.__setattr__(self, "_languages", frozenset(languages))

    @classmethod
    def default(cls) -> RuleSet:
        """The built-in packs shipped with the package."""
        return default_rules()

    @classmethod
    def from_files(cls, *paths: str | Path) -> RuleSet:
        """Load one or more TOML packs from disk, in order."""
        rules: list[Rule] = []
        contexts: list[ContextRule] = []
        for path in paths:
            r, c = load_pack(path)
            rules.extend(r)
            contexts.extend(c)
        return cls(tuple(rules), tuple(contexts))

    @classmethod
    def from_rules(
        cls, rules: Iterable[Rule], contexts: Iterable[ContextRule] = ()
    ) -> RuleSet:
        return cls(tuple(rules), tuple(contexts))

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self._by_id

    def __getitem__(self, rule_id: str) -> Rule:
        try:
            return self._by_id[rule_id]
        except KeyError:
            raise KeyError(f"no rule {rule_id!r}; `recruitscreen rules` lists the ids") from None

    def __add__(self, other: RuleSet) -> RuleSet:
        return RuleSet(self.rules + other.rules, self.contexts + other.contexts)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(self._by_id)

    @property
    def languages(self) -> frozenset[str]:
        """The languages of the rules and context rules (``"*"``: runs on every message)."""
        return self._languages

    def for_languages(self, languages: Iterable[str]) -> RuleSet:
        """The rules written in one of ``languages``, plus those for every language.

        Returns ``self`` when nothing would be left out; sub-sets are cached (a RuleSet is
        immutable), so calling this once per message costs a dictionary lookup.
        """
        key = frozenset(languages) | {ANY_LANGUAGE}
        if self.languages <= key:
            return self
        subset = self._subsets.get(key)
        if subset is None:
            subset = RuleSet(
                tuple(r for r in self.rules if r.language in key),
                tuple(c for c in self.contexts if c.language in key),
            )
            self._subsets[key] = subset
        return subset

    def explained_in(self, language: str) -> RuleSet:
        """A copy whose explanations and advice are in ``language`` where a translation exists.

        ``RuleSet.default().explained_in("en")`` explains French and Chinese findings in English.
        """
        return RuleSet(tuple(r.explained_in(language) for r in self.rules), self.contexts)

    def without(self, rule_ids: Iterable[str]) -> RuleSet:
        """A copy without the given rules (or context rules); unknown ids raise ``KeyError``."""
        drop = set(rule_ids)
        known = set(self._by_id) | {c.id for c in self.contexts}
        unknown = drop - known
        if unknown:
            raise KeyError(f"cannot disable unknown rule id(s): {sorted(unknown)}")
        return RuleSet(
            tuple(r for r in self.rules if r.id not in drop),
            tuple(c for c in self.contexts if c.id not in drop),
        )

    def with_weights(self, weights: Mapping[str, float]) -> RuleSet:
        """A copy with some rule weights replaced (log-odds)."""
        for rule_id, w in weights.items():
            if rule_id not in self._by_id:
                raise KeyError(f"cannot re-weight unknown rule id {rule_id!r}")
            if not isinstance(w, int | float) or w != w:
                raise RuleError(f"rule {rule_id!r}: field 'weight': expected a number, got {w!r}")
        return RuleSet(
            tuple(
                replace(r, weight=float(weights[r.id])) if r.id in weights else r
                for r in self.rules
            ),
            self.contexts,
        )


_DEFAULT: RuleSet | None = None


def default_rules() -> RuleSet:
    """The built-in packs (loaded once, then shared: a RuleSet is immutable)."""
    global _DEFAULT
    if _DEFAULT is None:
        rules: list[Rule] = []
        contexts: list[ContextRule] = []
        base = resources.files(__package__)
        for name in _BUILTIN_PACKS:
            r, c = _parse_pack(base.joinpath(name).read_text(encoding="utf-8"), name)
            rules.extend(r)
            contexts.extend(c)
        _DEFAULT = RuleSet(tuple(rules), tuple(contexts))
    return _DEFAULT


def load_pack(path: str | Path) -> tuple[list[Rule], list[ContextRule]]:
    """Read and validate one TOML pack; errors name the file, the rule and the field."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise RuleError(f"{p}: cannot read rule pack: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise RuleError(f"{p}: rule pack is not UTF-8 text") from None
    return _parse_pack(text, str(p))


def _parse_pack(text: str, source: str) -> tuple[list[Rule], list[ContextRule]]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{source}: not valid TOML: {exc}") from None
    unknown = set(data) - {"pack", "rule", "context"}
    if unknown:
        raise RuleError(f"{source}: unknown top-level table(s) {sorted(unknown)}; "
                        "expected [pack], [[rule]] and [[context]]")
    pack = data.get("pack", {})
    language = str(pack.get("language", ANY_LANGUAGE)) if isinstance(pack, dict) else ANY_LANGUAGE
    raw_rules = data.get("rule", [])
    raw_contexts = data.get("context", [])
    if not isinstance(raw_rules, list) or not isinstance(raw_contexts, list):
        raise RuleError(f"{source}: 'rule' and 'context' must be arrays of tables ([[rule]])")
    if len(raw_rules) + len(raw_contexts) > MAX_RULES_PER_PACK:
        raise RuleError(f"{source}: more than {MAX_RULES_PER_PACK} rules in one pack")
    rules = [_parse_rule(r, source, language, i) for i, r in enumerate(raw_rules)]
    contexts = [_parse_context(c, source, language, i) for i, c in enumerate(raw_contexts)]
    return rules, contexts


_TRANSLATED = LANGUAGES  # the languages an explanation_xx / advice_xx field may name
_RULE_FIELDS = {
    "id", "category", "stage", "weight", "patterns", "keywords", "negation", "unless",
    "window", "explanation", "advice", "examples",
    *(f"{name}_{lang}" for name in ("explanation", "advice") for lang in _TRANSLATED),
}  # fmt: skip
_CONTEXT_FIELDS = {"id", "patterns", "keywords", "factor", "categories", "explanation", "examples"}


class _Reader:
    """Typed field access that turns every problem into a RuleError naming file, rule, field."""

    def __init__(self, raw: object, source: str, kind: str, index: int) -> None:
        if not isinstance(raw, dict):
            raise RuleError(f"{source}: {kind} #{index + 1}: expected a table")
        self.raw = raw
        self.source = source
        rid = raw.get("id")
        self.label = f"{kind} {rid!r}" if isinstance(rid, str) else f"{kind} #{index + 1}"

    def fail(self, name: str, problem: str) -> RuleError:
        return RuleError(f"{self.source}: {self.label}: field {name!r}: {problem}")

    def check_fields(self, allowed: set[str]) -> None:
        extra = set(self.raw) - allowed
        if extra:
            name = sorted(extra)[0]
            raise self.fail(name, f"unknown field; allowed fields are {sorted(allowed)}")

    def string(self, name: str, *, required: bool = True, default: str = "") -> str:
        value = self.raw.get(name)
        if value is None:
            if required:
                raise self.fail(name, "missing")
            return default
        if not isinstance(value, str) or (required and not value.strip()):
            raise self.fail(name, f"expected a non-empty string, got {value!r}")
        return value.strip()

    def number(self, name: str, default: float | None = None) -> float:
        value = self.raw.get(name, default)
        if value is None:
            raise self.fail(name, "missing")
        if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
            raise self.fail(name, f"expected a number, got {value!r}")
        return float(value)

    def strings(self, name: str, *, required: bool = False) -> tuple[str, ...]:
        value = self.raw.get(name, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(name, "expected a list of strings")
        if required and not value:
            raise self.fail(name, "must hold at least one entry")
        return tuple(value)

    def patterns(self, name: str, *, required: bool = False) -> tuple[re.Pattern[str], ...]:
        sources = self.strings(name, required=required)
        if len(sources) > MAX_PATTERNS_PER_RULE:
            raise self.fail(name, f"more than {MAX_PATTERNS_PER_RULE} patterns")
        compiled = []
        for src in sources:
            if len(src) > MAX_PATTERN_LENGTH:
                raise self.fail(name, f"pattern longer than {MAX_PATTERN_LENGTH} characters")
            try:
                pattern = re.compile(src)
            except re.error as exc:
                raise self.fail(name, f"invalid regular expression {src!r}: {exc}") from None
            problem = lint_pattern(src)
            if problem:
                raise self.fail(name, f"pattern {src!r} is unsafe: {problem}")
            compiled.append(pattern)
        return tuple(compiled)

    def keywords(self) -> tuple[str, ...]:
        words = tuple(k.casefold() for k in self.strings("keywords"))
        if len(words) > MAX_KEYWORDS_PER_RULE:
            raise self.fail("keywords", f"more than {MAX_KEYWORDS_PER_RULE} keywords")
        for word in words:
            if not word:
                raise self.fail("keywords", "empty keyword")
            if len(word) > MAX_KEYWORD_LENGTH:
                raise self.fail("keywords", f"keyword longer than {MAX_KEYWORD_LENGTH} characters")
        return words

    def examples(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        ex = self.raw.get("examples", {})
        if not isinstance(ex, dict):
            raise self.fail("examples", "expected a table with 'match' and 'no_match' lists")
        extra = set(ex) - {"match", "no_match"}
        if extra:
            raise self.fail("examples", f"unknown key(s) {sorted(extra)}; use match / no_match")
        sub = _Reader({**ex, "id": self.raw.get("id")}, self.source, "x", 0)
        sub.label = self.label
        return sub.strings("match"), sub.strings("no_match")


def _parse_rule(raw: object, source: str, language: str, index: int) -> Rule:
    r = _Reader(raw, source, "rule", index)
    r.check_fields(_RULE_FIELDS)
    rule_id = r.string("id")
    if not _ID_RE.match(rule_id):
        raise r.fail("id", f"{rule_id!r} is not of the form 'category.name' (lower case, dots)")
    category = r.string("category")
    if category not in CATEGORIES:
        raise r.fail("category", f"{category!r} is not one of {list(CATEGORIES)}")
    stage_raw = r.string("stage", required=False, default="none")
    if stage_raw not in (*STAGES, "none"):
        raise r.fail("stage", f"{stage_raw!r} is not one of {[*STAGES, 'none']}")
    weight = r.number("weight")
    if not -10.0 <= weight <= 10.0:
        raise r.fail("weight", f"{weight} is outside [-10, 10] (log-odds)")
    patterns = r.patterns("patterns", required=True)
    negation = r.raw.get("negation", True)
    if not isinstance(negation, bool):
        raise r.fail("negation", f"expected true or false, got {negation!r}")
    window = r.number("window", 60)
    if not 0 <= window <= 500:
        raise r.fail("window", "expected a number of characters between 0 and 500")
    keywords = r.keywords()
    match, no_match = r.examples()
    return Rule(
        id=rule_id,
        category=category,
        stage=None if stage_raw == "none" else stage_raw,
        weight=weight,
        patterns=patterns,
        explanation=r.string("explanation"),
        advice=r.string("advice", required=False),
        keywords=keywords,
        negation=negation,
        unless=r.patterns("unless"),
        window=int(window),
        examples_match=match,
        examples_no_match=no_match,
        language=language,
        source=source,
        translations=tuple(
            (lang, r.string(f"explanation_{lang}"), r.string(f"advice_{lang}", required=False))
            for lang in _TRANSLATED
            if f"explanation_{lang}" in r.raw and lang != language
        ),
    )


def _parse_context(raw: object, source: str, language: str, index: int) -> ContextRule:
    r = _Reader(raw, source, "context", index)
    r.check_fields(_CONTEXT_FIELDS)
    rule_id = r.string("id")
    if not _ID_RE.match(rule_id):
        raise r.fail("id", f"{rule_id!r} is not of the form 'context.name'")
    factor = r.number("factor")
    if not 0.0 <= factor <= 1.0:
        raise r.fail("factor", f"{factor} is outside [0, 1]")
    categories = r.strings("categories") or CATEGORIES
    bad = [c for c in categories if c not in CATEGORIES]
    if bad:
        raise r.fail("categories", f"{bad} not in {list(CATEGORIES)}")
    match, no_match = r.examples()
    return ContextRule(
        id=rule_id,
        patterns=r.patterns("patterns", required=True),
        factor=factor,
        explanation=r.string("explanation"),
        categories=tuple(categories),
        keywords=r.keywords(),
        examples_match=match,
        examples_no_match=no_match,
        source=source,
        language=language,
    )
