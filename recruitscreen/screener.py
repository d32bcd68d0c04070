"""The Screener: text -> normalize -> matcher -> scoring -> Assessment.

Data flows one way; no stage reaches back. A Screener is immutable after construction, so one
instance can be shared by threads and pickled for process pools.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError
from .lang import HAN, detect
from .matcher import Matcher
from .model import LinearTextModel, PickledModel, load_model, load_shipped_model
from .normalize import NormalizedText, normalize
from .rules import ANY_LANGUAGE, RuleSet
from .scoring import ScoringConfig, score_findings, sigmoid
from .types import Assessment, ConversationAssessment, Finding, Message, Suppression

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["DEFAULT_MAX_CHARS", "Allowlist", "Screener", "screen"]

DEFAULT_MAX_CHARS = 2_000_000
"""Messages longer than this (in characters) raise :class:`InputError` rather than being cut."""

_EMAIL_OR_URL = re.compile(
    r"[\w.+-]{1,64}@([\w-]{1,63}(?:\.[\w-]{1,63}){1,8})|https?://([\w-]{1,63}(?:\.[\w-]{1,63}){1,8})"
)


@dataclass(frozen=True, slots=True)
class Allowlist:
    """Trusted senders and wording. What it suppresses is reported, never silently dropped.

    Parameters
    ----------
    domains:
        Trusted e-mail/web domains (``"acme-recruiting.com"``; subdomains included). A message
        whose ``sender`` is on one of them has every finding suppressed; an address or link on
        one of them inside the text is not off-platform evidence.
    phrases:
        Trusted wording (a firm's name, a standard signature). Findings that overlap it are
        suppressed. Matched case-insensitively after normalization.
    """

    domains: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "domains", tuple(d.strip().lower().lstrip("@.") for d in self.domains if d.strip())
        )
        object.__setattr__(
            self, "phrases", tuple(normalize(p).text.strip() for p in self.phrases if p.strip())
        )

    def trusts_domain(self, domain: str) -> bool:
        domain = domain.lower().rstrip(".")
        return any(domain == d or domain.endswith("." + d) for d in self.domains)

    def sender_domain(self, sender: str | None) -> str | None:
        """The trusted domain of ``sender``'s address, or None.

        Only an address counts (``name@domain`` or ``Display Name <name@domain>``): a sender
        without ``@``, such as a display name that merely reads like a trusted domain, is not
        trusted."""
        if not sender:
            return None
        from email.utils import parseaddr

        address = parseaddr(sender)[1]
        local, at, domain = address.rpartition("@")
        if not at or not local or not domain:
            return None
        domain = domain.strip().lower()
        return domain if self.trusts_domain(domain) else None

    def trusted_spans(self, norm_text: str, original: str, nt_span: Any) -> list[tuple[int, int, str]]:
        """Spans of the original text covered by trusted phrases, addresses and links."""
        spans: list[tuple[int, int, str]] = []
        for phrase in self.phrases:
            pos = norm_text.find(phrase)
            while pos >= 0:
                a, b = nt_span(pos, pos + len(phrase))
                spans.append((a, b, f"allowlisted phrase \u201c{original[a:b]}\u201d"))
                pos = norm_text.find(phrase, pos + 1)
        if self.domains:
            for m in _EMAIL_OR_URL.finditer(norm_text):
                domain = m.group(1) or m.group(2)
                if domain and self.trusts_domain(domain):
                    a, b = nt_span(*m.span())
                    spans.append((a, b, f"allowlisted domain {domain}"))
        return spans


class Screener:
    """Screens messages with a rule set (and, optionally, a trained classifier).

    Parameters
    ----------
    model:
        ``"default"``: the shipped model (verified against its pinned SHA-256); ``None``: rules
        only (scikit-learn is never imported); a path to a ``.rsmodel`` file made by
        ``recruitscreen train`` (plain data, always safe); or a loaded model object.
    trusted:
        Allow ``model`` to be a pickle. Unpickling runs code from the file: pass ``True`` only
        for a file you made yourself. Without it a pickle raises :class:`ModelError`.
    rules:
        A :class:`RuleSet`; the built-in packs by default.
    disable:
        Rule ids to switch off.
    weights:
        Rule id -> new weight (log-odds).
    allowlist:
        An :class:`Allowlist` of trusted domains and phrases.
    thresholds:
        ``(medium, high)`` score thresholds; medium and above is flagged. Default ``(0.5, 0.8)``.
    scoring:
        A full :class:`ScoringConfig` (thresholds given separately override its own).
    max_chars:
        The longest message screened; longer ones raise :class:`InputError`.
    """

    def __init__(
        self,
        model: str | Path | LinearTextModel | PickledModel | None = "default",
        *,
        trusted: bool = False,
        rules: RuleSet | None = None,
        disable: Iterable[str] = (),
        weights: Mapping[str, float] | None = None,
        allowlist: Allowlist | None = None,
        thresholds: tuple[float, float] | None = None,
        scoring: ScoringConfig | None = None,
        max_chars: int = DEFAULT_MAX_CHARS,
    ) -> None:
        ruleset = rules if rules is not None else RuleSet.default()
        if not isinstance(ruleset, RuleSet):
            raise TypeError(f"rules must be a RuleSet, got {type(ruleset).__name__}")
        disable = [disable] if isinstance(disable, str) else list(disable)
        if disable:
            ruleset = ruleset.without(disable)
        if weights:
            ruleset = ruleset.with_weights(weights)
        config = scoring or ScoringConfig()
        if thresholds is not None:
            config = replace(config, thresholds=(float(thresholds[0]), float(thresholds[1])))
        if max_chars < 1:
            raise ValueError("max_chars must be a positive number of characters")
        self.model: LinearTextModel | PickledModel | None
        if model is None:
            self.model = None
        elif isinstance(model, LinearTextModel | PickledModel):
            self.model = model
        elif isinstance(model, str) and model == "default":
            self.model = load_shipped_model()
        elif isinstance(model, str | Path):
            self.model = load_model(model, trusted=trusted)
        else:
            raise TypeError(f"model must be 'default', None, a path or a loaded model, not {model!r}")
        self.rules = ruleset
        self.allowlist = allowlist or Allowlist()
        self.config = config
        self.max_chars = max_chars
        self._matcher = Matcher(ruleset)
        self._language_matchers: dict[frozenset[str], Matcher] = {}

    def __repr__(self) -> str:
        model = "None" if self.model is None else self.model.source
        return (
            f"Screener(model={model}, rules={len(self.rules)} rules, "
            f"thresholds={self.config.thresholds})"
        )

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        del state["_matcher"], state["_language_matchers"]  # rebuilt, never pickled
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._matcher = Matcher(self.rules)
        self._language_matchers = {}

    # -- one message -------------------------------------------------------------------------
    def screen(self, text: str, *, sender: str | None = None) -> Assessment:
        """Screen one message and explain the verdict.

        Parameters
        ----------
        text:
            The message text (``str``). Bytes must be decoded first.
        sender:
            Optional sender address; a sender on the allowlist suppresses every finding.
        """
        if not isinstance(text, str):
            raise TypeError(_type_message(text))
        if len(text) > self.max_chars:
            raise InputError(
                f"message is {len(text):,} characters, above the limit of {self.max_chars:,}; "
                "split it into parts or raise Screener(max_chars=...)"
            )
        if not text.strip():
            return score_findings((), self.config, notes=("empty message: nothing to screen",))
        nt = normalize(text)
        languages = detect(nt.text).languages
        match = self._matcher_for(languages).match(nt)
        findings, suppressed = _one_finding_per_words(match.findings, self.rules, languages[0])
        suppressed.extend(match.suppressed)
        findings, allowed = self._apply_allowlist(findings, nt, sender)
        suppressed.extend(allowed)
        factors: dict[str, float] = {}
        notes = list(nt.notes()) + list(match.notes)
        for ctx, hit in match.contexts:
            for category in ctx.categories:
                factors[category] = min(factors.get(category, 1.0), ctx.factor)
            notes.append(
                f"context {ctx.id} (\u201c{hit.excerpt}\u201d): {ctx.explanation} "
                f"Evidence counts {ctx.factor:g}\u00d7."
            )
        if self.model is None:
            return score_findings(
                findings, self.config, suppressed=suppressed, factors=factors, notes=notes
            )
        m_logit, terms = self.model.predict_logit(nt.text)
        if len(nt.text) > self.model.max_chars:
            notes.append(
                f"the classifier read the first {self.model.max_chars:,} of {len(nt.text):,} characters "
                "(its limit); the rules read all of them"
            )
        comb = self.model.combiner
        bias, w_model, rules_factor = comb.for_language(languages[0])
        model_finding = _model_finding(nt, m_logit, w_model * m_logit, terms)
        return score_findings(
            findings,
            self.config,
            suppressed=suppressed,
            factors=factors,
            notes=notes,
            extra_log_odds=[model_finding],
            model_probability=sigmoid(m_logit),
            rule_scale=comb.rule_scale(rules_factor),
            base_log_odds=bias + comb.w_rules * self.config.base_log_odds,
        )

    def _matcher_for(self, languages: tuple[str, ...]) -> Matcher:
        """The matcher for the packs of ``languages`` (plus the every-language packs), cached."""
        rules = self.rules.for_languages(languages)
        if rules is self.rules:
            return self._matcher
        matcher = self._language_matchers.get(rules.languages)
        if matcher is None:  # two threads may both build it; either copy is the same
            matcher = self._language_matchers[rules.languages] = Matcher(rules)
        return matcher

    def _apply_allowlist(
        self, findings: list[Finding], nt: Any, sender: str | None
    ) -> tuple[list[Finding], list[Suppression]]:
        allow = self.allowlist
        if not findings or (not allow.domains and not allow.phrases):
            return findings, []
        trusted_sender = allow.sender_domain(sender)
        if trusted_sender:
            reason = f"sender domain {trusted_sender} is allowlisted"
            return [], [Suppression(f, reason) for f in findings]
        spans = allow.trusted_spans(nt.text, nt.original, nt.span)
        kept: list[Finding] = []
        dropped: list[Suppression] = []
        for f in findings:
            why = next((r for a, b, r in spans if f.start < b and a < f.end), None)
            if why:
                dropped.append(Suppression(f, why))
            else:
                kept.append(f)
        return kept, dropped

    # -- many messages -----------------------------------------------------------------------
    def screen_many(self, texts: Iterable[str], n_jobs: int = 1) -> list[Assessment]:
        """Screen many messages; the result has one Assessment per input, in the same order.

        ``n_jobs > 1`` (``-1``: every core) screens large chunks in that many processes with
        joblib; the results are identical to a serial run. Batches under
        :data:`recruitscreen.parallel.MIN_PARALLEL` messages stay in this process.
        """
        from .parallel import screen_many

        return screen_many(self, texts, n_jobs=n_jobs)

    def screen_frame(
        self, df: pd.DataFrame, text_column: str = "text", n_jobs: int = 1
    ) -> pd.DataFrame:
        """Screen a DataFrame column; a copy of ``df`` (same index and columns) plus
        ``risk_score``, ``risk_level``, ``categories`` and ``reasons``.

        Rows with missing or empty text are kept (level low, with a note), never dropped. See
        :func:`recruitscreen.frame.screen_frame`.
        """
        from .frame import screen_frame

        return screen_frame(self, df, text_column=text_column, n_jobs=n_jobs)

    def screen_conversation(
        self, messages: Iterable[Message | Mapping[str, Any] | str]
    ) -> ConversationAssessment:
        """Screen a whole thread; evidence accumulates across its messages.

        ``messages``: dicts ``{"sender": "them"|"me", "text": ..., "time": optional}``,
        :class:`Message` objects, or plain strings (from "them"), in the order they were sent.
        Returns a :class:`ConversationAssessment` with the thread's score and level, the funnel
        stages seen in order, one Assessment per message and the findings with their message
        index. Messages from "me" are context, never evidence; quoted replies count once.
        """
        from .conversation import screen_conversation

        return screen_conversation(self, messages)


_WORD_CHAR = re.compile(f"[^\\W{HAN}]")
"""A character that continues a word (Han characters do not: Chinese has no word breaks)."""
_WIDEN = 40  # a term is widened to its word by at most this many characters on each side


def _may_repeat(lang_a: str, lang_b: str) -> bool:
    """Whether packs in these two languages can count the same evidence twice.

    Two language packs can (a message in both languages); the every-language channel pack and
    the English pack can (both hold channel rules); the channel pack and the French or Chinese
    pack cannot (those leave channels to the channel pack).
    """
    if lang_a == lang_b:
        return False
    if ANY_LANGUAGE in (lang_a, lang_b):
        return "en" in (lang_a, lang_b)
    return True


def _one_finding_per_words(
    findings: Sequence[Finding], rules: RuleSet, language: str
) -> tuple[list[Finding], list[Suppression]]:
    """Findings of packs in different languages that read the same words count once.

    A message in two languages runs two packs, and every message runs the every-language
    channel pack. The English pack has channel rules of its own (links, numbers, disguised app
    names), so on English text a channel rule and an English rule of one category can read the
    same words: the heavier finding stays and the other is reported as suppressed. The French
    and Chinese packs leave channels to the channel pack, so their findings stack with it as
    English ones stack with each other ("加我薇信" is an invitation AND a disguised name).
    A rule for every language explains itself in the message's main ``language`` when it can.
    """
    mixed = len({rules[f.rule_id].language for f in findings}) > 1
    kept: dict[int, Finding] = {}
    by_category: dict[str, list[tuple[int, int, str, str]]] = {}
    dropped: list[Suppression] = []
    for i, f in sorted(enumerate(findings), key=lambda p: -p[1].weight):
        rule = rules[f.rule_id]
        if mixed:
            seen = by_category.setdefault(f.category, [])
            twin = next(
                (
                    rid
                    for a, b, lang, rid in seen
                    if a < f.end and f.start < b and _may_repeat(lang, rule.language)
                ),
                None,
            )
            if twin is not None:
                dropped.append(Suppression(f, f"the same words already count for {twin}"))
                continue
            seen.append((f.start, f.end, rule.language, rule.id))
        if rule.translations and rule.language == ANY_LANGUAGE:
            local = rule.explained_in(language)
            f = replace(f, explanation=local.explanation, advice=local.advice)
        kept[i] = f
    return [kept[i] for i in sorted(kept)], dropped


def _model_finding(
    nt: NormalizedText, m_logit: float, contribution: float, terms: Mapping[str, float]
) -> Finding:
    """The classifier's share, explained by the terms that pushed it most in its direction."""
    sign = 1.0 if contribution >= 0 else -1.0
    pick = heapq.nlargest if sign > 0 else heapq.nsmallest
    # a character n-gram of white space alone (the gaps between words) has a weight but names
    # nothing a reader could find in the text, so it is left out of the list
    named = ((v, t) for t, v in terms.items() if t.strip())
    top = [(v, t) for v, t in pick(5, named) if v * sign > 0]
    names = [t for _, t in top]
    start = end = 0
    for name in names:  # point at the first top term found in the text, widened to its word
        pos = nt.text.find(name.strip())
        if pos >= 0:
            a, b = pos, pos + len(name.strip())
            lo, hi = max(0, a - _WIDEN), min(len(nt.text), b + _WIDEN)
            while a > lo and _WORD_CHAR.match(nt.text[a - 1]):
                a -= 1
            while b < hi and _WORD_CHAR.match(nt.text[b]):
                b += 1
            start, end = nt.span(a, b)
            break
    listed = ", ".join(f"\u201c{n.strip()}\u201d ({v:+.2f})" for (v, _), n in zip(top, names, strict=True))
    direction = "suspicious" if sign > 0 else "benign"
    explanation = (
        f"The trained classifier rates the wording {sigmoid(m_logit):.0%} suspicious; "
        f"the terms that read most {direction}: {listed or 'none in its vocabulary'}."
    )
    return Finding(
        rule_id="model.classifier",
        category="model",
        stage=None,
        start=start,
        end=end,
        excerpt=nt.original[start:end],
        explanation=explanation,
        contribution=contribution,
        weight=contribution,
        advice="Read the whole message: the classifier weighs wording, not a single phrase.",
    )


def reasons(a: Assessment) -> str:
    """A one-line summary of the counted findings (or the notes when there are none)."""
    if a.findings:
        return "; ".join(f"{f.rule_id}: \u201c{' '.join(f.excerpt.split())}\u201d" for f in a.findings)
    return "; ".join(a.notes)


def _type_message(value: object) -> str:
    kind = type(value).__name__
    hint = " (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(value, bytes | bytearray) else ""
    return f"expected the message text as str, got {kind}{hint}"


_DEFAULT_SCREENER: Screener | None = None


def screen(text: str, *, sender: str | None = None) -> Assessment:
    """Screen one message with the default Screener (built-in rules, shipped model if any)."""
    global _DEFAULT_SCREENER
    if _DEFAULT_SCREENER is None:
        _DEFAULT_SCREENER = Screener()
    return _DEFAULT_SCREENER.screen(text, sender=sender)
