"""Conversation screening: evidence that accumulates across the messages of one thread.

The funnel (contact, pivot, tasking, elicitation, meeting) is a sequence, and a careful
approach keeps each message mild. A thread is therefore scored on what its messages show
*together*, from the per-message :class:`~recruitscreen.types.Assessment` of the screener
(rules and, when loaded, the classifier):

``strongest``
    the log-odds of the other side's most suspicious message (clipped to ±6);
``accumulation``
    the probabilities of their next three most suspicious messages, added up (0–3): several
    moderately odd messages are more than one;
``stages``
    how many distinct funnel stages their rule findings reach *beyond the first* (0–4): a
    thread that walks from contact to pivot to tasking to a meeting is the pattern, however
    mild each step, while one stage alone (an honest recruiter moving to e-mail or a call) is
    not;
``early_pivot``
    1 when the move off the platform came in one of their first two messages *and* a later
    stage followed — the "at the earliest opportunity" of the warnings.

``logit(score) = bias + Σ weight × feature``; the weights (all ≥ 0, so adding evidence never
lowers the score) were fitted with scikit-learn's logistic regression on a development set of
threads, ``data/threads/threads_dev.jsonl``: one set for a rules-only screener and one for rules
+ classifier, whose per-message scores are spread differently (the classifier rates mild
messages higher). A screener with another model uses the second set.
``scripts/fit_thread_weights.py`` refits them. The held-out ``data/eval/threads_eval.jsonl`` never informed them.

Messages from ``"me"`` are screened for display but are never evidence against the other side.
A message whose ``meta`` (or input dict) has a ``"from"`` address is screened with it as the
sender, so a screener's allowlisted domains apply.
Quoted text ("> …" lines, an "On … wrote:" header and what follows it, a forwarded "Original
Message" block) is blanked out before screening, so a reply that quotes an earlier message does
not count it twice; offsets still index the original text. Only text that really is in an earlier
message of the thread is blanked (see :func:`mask_quoted`): a made-up "On Mon, Bob wrote:" above
an approach does not hide it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from .errors import InputError
from .scoring import level_for, logit, sigmoid
from .types import STAGES, Assessment, ConversationAssessment, Finding, Message

if TYPE_CHECKING:
    from .screener import Screener

__all__ = [
    "FEATURES",
    "THREAD_WEIGHTS",
    "EarlierText",
    "ThreadFeatures",
    "as_message",
    "mask_quoted",
    "quote_key",
    "screen_conversation",
    "screen_messages",
    "thread_features",
]

FEATURES: tuple[str, ...] = ("strongest", "accumulation", "stages", "early_pivot")

# -- fitted weights (written by scripts/fit_thread_weights.py; plain numbers, no pickle) -----------
THREAD_WEIGHTS: dict[str, dict[str, float]] = {
    "rules": {"bias": -2.1091, "strongest": 0.4684, "accumulation": 0.4452, "stages": 1.1831, "early_pivot": 0.4771},
    "rules+model": {"bias": -2.5084, "strongest": 1.2281, "accumulation": 0.6839, "stages": 0.0121, "early_pivot": 0.0},
}
# -- end of fitted weights ----------------------------------------------------------------------

_CLIP = 6.0
_EARLY = 2  # "early" = in one of their first two messages
_SENDERS = ("them", "me")

# Quoted material in replies. Each pattern matches at the start of a line.
_QUOTE_LINE = re.compile(r"[ \t]{0,8}>")
_WROTE = re.compile(r"[ \t]{0,8}On\b[^\n]{0,300}\bwrote:[ \t]{0,8}$", re.IGNORECASE)
_WROTE_TAIL = re.compile(r"[^\n]{0,300}\bwrote:[ \t]{0,8}$", re.IGNORECASE)
_FORWARD = re.compile(
    r"[ \t]{0,8}(?:-{2,12}[ \t]{0,4}(?:Original Message|Forwarded message)[ \t]{0,4}-{2,12}"
    r"|_{8,80}[ \t]{0,4}$)",
    re.IGNORECASE,
)
# The header fields a mail client writes under a forward separator ("From: …", "Sent: …").
_FORWARD_FIELD = re.compile(r"[ \t]{0,8}(?:From|Sent|Date|To|Cc|Subject)[ \t]{0,4}:", re.IGNORECASE)
_MARKERS = re.compile(r"[ \t]*(?:>[ \t]*)*")
_TOKEN = re.compile(r"\w+|[^\w\s]")  # words and single punctuation marks
# Work allowed for substring searches per message, in characters scanned: a hostile thread
# (a huge earlier message, then thousands of "> x" lines) stays bounded; past it, a line that
# is not an exact earlier line is screened (counted twice at worst, never hidden).
_SEARCH_BUDGET = 20_000_000


def quote_key(line: str) -> str:
    """A line as quoted text is compared: ``>`` markers stripped, whitespace collapsed, casefolded."""
    return " ".join(_MARKERS.sub("", line, count=1).split()).casefold()


class EarlierText:
    """The messages already seen in a thread, in the form quoted lines are looked up in.

    A quoted line counts as genuine when its :func:`quote_key` is a whole line of an earlier
    message or occurs inside one as whole words and punctuation marks (a mail client may
    re-wrap what it quotes).
    """

    __slots__ = ("_cost", "_lines", "_texts")

    def __init__(self, texts: Iterable[str] = ()) -> None:
        self._lines: set[str] = set()
        self._texts: list[str] = []
        self._cost = 0
        for t in texts:
            self.add(t)

    def add(self, text: str) -> None:
        """Remember one more message of the thread."""
        keys = [k for k in (quote_key(line) for line in text.splitlines()) if k]
        self._lines.update(keys)
        if keys:
            joined = f" {_tokens(' '.join(keys))} "
            self._texts.append(joined)
            self._cost += len(joined)

    def search_cost(self) -> int:
        """Characters one substring search may scan."""
        return self._cost

    def has_line(self, key: str) -> bool:
        """``key`` is exactly a line of an earlier message."""
        return key in self._lines

    def contains(self, key: str) -> bool:
        """``key`` occurs inside one earlier message, as whole words and punctuation marks."""
        padded = f" {_tokens(key)} "
        return any(padded in t for t in self._texts)


def _tokens(key: str) -> str:
    """``key`` with a space around every punctuation mark, so that a search for whole tokens
    finds "add me on telegram" in "add me on telegram, thanks" but "add" not in "address"."""
    return " ".join(_TOKEN.findall(key))


def _structure(lines: Sequence[str]) -> tuple[list[int | None], list[int | None]]:
    """For every line: the header it belongs to (or ``None``), and the quote block it sits in.

    A header is an ``On … wrote:`` line (one or two lines), or a forward separator and the
    ``From:``/``Sent:`` … fields under it. Quoted lines: ``>`` lines; after a header with no
    ``>`` line below it (a top-posted reply) or after a forward separator, every later line.
    Block ``-1`` is for ``>`` lines under no header.
    """
    header_of: list[int | None] = [None] * len(lines)
    block_of: list[int | None] = [None] * len(lines)
    quote_after = [False] * (len(lines) + 1)  # a "> " line somewhere after line i (one pass)
    for k in range(len(lines) - 1, -1, -1):
        quote_after[k] = quote_after[k + 1] or bool(_QUOTE_LINE.match(lines[k]))
    block = -1
    tail_from: int | None = None
    for i, body in enumerate(lines):
        if _FORWARD.match(body):
            block = i
            header_of[i] = block
            k = i + 1
            while k < len(lines) and _FORWARD_FIELD.match(lines[k]):
                header_of[k] = block
                k += 1
            tail_from = k
            break
        wrote = bool(_WROTE.match(body))
        if wrote or (i > 0 and _WROTE_TAIL.match(body) and lines[i - 1].lstrip().startswith("On ")):
            start = i if wrote else i - 1
            block = start
            header_of[start] = header_of[i] = block
            block_of[start] = None
            if not quote_after[i + 1]:  # top-posted: the whole earlier message follows
                tail_from = i + 1
                break
            # interleaved ("bottom-posted") reply: only the > lines under it are quoted
        elif _QUOTE_LINE.match(body):
            block_of[i] = block
    if tail_from is not None:
        for k in range(tail_from, len(lines)):
            block_of[k] = block
    return header_of, block_of


def mask_quoted(text: str, earlier: EarlierText | Iterable[str]) -> tuple[str, int]:
    """Blank out text this message quotes from an earlier one, keeping every offset and newline.

    Returns the masked text (same length as ``text``) and how many characters were blanked.
    ``earlier``: the thread's earlier messages (texts, or an :class:`EarlierText`).

    A line is blanked only when it stands where a quote stands *and* its :func:`quote_key`
    occurs in an earlier message; anything else, however it is dressed up as a quote, is
    screened. Where quotes stand: lines that start with ``>``; after an ``On … wrote:`` line
    (also when the mail client wrapped it over two lines), the ``>`` lines below it, or every
    line below it when there are none (a top-posted reply quotes the whole earlier message);
    every line after an ``-----Original Message-----`` or ``---------- Forwarded message
    ----------`` separator. A header line (``On … wrote:``, a separator and its ``From:``,
    ``Sent:`` … fields), and an empty line of a quote, is blanked only when a non-empty line
    of the same quote was genuinely quoted.
    """
    seen = earlier if isinstance(earlier, EarlierText) else EarlierText(earlier)
    lines = text.splitlines(keepends=True)
    bodies = [line.rstrip("\r\n") for line in lines]
    header_of, block_of = _structure(bodies)
    quoted = [False] * len(lines)
    genuine_blocks: set[int] = set()
    budget = _SEARCH_BUDGET
    found: dict[str, bool] = {}
    for i, block in enumerate(block_of):
        if block is None:
            continue
        key = quote_key(bodies[i])
        if not key:  # an empty line (">", a blank line) goes with its block, below
            continue
        if key not in found:
            if seen.has_line(key):
                found[key] = True
            elif budget >= seen.search_cost():
                budget -= seen.search_cost()
                found[key] = seen.contains(key)
            else:
                found[key] = False
        if found[key]:
            quoted[i] = True
            genuine_blocks.add(block)
    for i in range(len(lines)):  # headers and empty lines of blocks that quote something
        block = header_of[i] if header_of[i] is not None else block_of[i]
        if block is not None and block in genuine_blocks:
            quoted[i] = quoted[i] or header_of[i] is not None or not quote_key(bodies[i])
    blanked = sum(len(b) for b, q in zip(bodies, quoted, strict=True) if q)
    if not blanked:
        return text, 0
    return "".join(" " * len(b) + line[len(b):] if q else line
                   for line, b, q in zip(lines, bodies, quoted, strict=True)), blanked


def screen_messages(screener: Screener, msgs: Sequence[Message]) -> tuple[list[Assessment], int]:
    """Screen the messages of one thread, each with what it quotes from earlier ones blanked.

    Returns one Assessment per message (a note on each that had quoted text left out) and the
    number of quoted characters left out in all. A message whose ``meta`` has a ``"from"``
    address is screened with it as the sender.
    """
    earlier = EarlierText()
    assessments: list[Assessment] = []
    blanked_total = 0
    for m in msgs:
        masked, blanked = mask_quoted(m.text, earlier)
        earlier.add(m.text)
        blanked_total += blanked
        address = m.meta.get("from")
        a = screener.screen(masked, sender=address if isinstance(address, str) else None)
        if blanked:
            a = replace(a, notes=(*a.notes, f"{blanked} quoted characters were not screened "
                                            "(they repeat an earlier message)"))
        assessments.append(a)
    return assessments, blanked_total


def as_message(item: Message | Mapping[str, Any] | str, index: int) -> Message:
    """Turn one input item into a :class:`Message` (a plain string is a message from "them")."""
    if isinstance(item, Message):
        msg = item
    elif isinstance(item, str):
        msg = Message(text=item)
    elif isinstance(item, Mapping):
        text = item.get("text")
        if not isinstance(text, str):
            problem = "missing" if text is None else f"a {type(text).__name__}, not a string"
            raise InputError(f"messages[{index}]: 'text' is {problem}")
        sender = item.get("sender", "them")
        time = item.get("time")
        msg = Message(text=text, sender=sender, time=None if time is None else str(time),
                      meta={k: v for k, v in item.items() if k not in ("text", "sender", "time")})
    else:
        raise InputError(
            f"messages[{index}]: expected a dict with 'sender' and 'text', a Message or a str, "
            f"got {type(item).__name__}"
        )
    if msg.sender not in _SENDERS:
        raise InputError(
            f"messages[{index}]: sender must be 'them' or 'me', got {msg.sender!r}; "
            "mark the account holder's own messages as 'me'"
        )
    return msg


@dataclass(frozen=True, slots=True)
class ThreadFeatures:
    """The numbers a thread's score is built from (see the module docstring)."""

    strongest: float
    accumulation: float
    stages: float
    early_pivot: float
    stage_order: tuple[str, ...]
    pivot_index: int | None
    pivot_rank: int | None

    def vector(self) -> list[float]:
        """The features in :data:`FEATURES` order."""
        return [self.strongest, self.accumulation, self.stages, self.early_pivot]


def _counted(a: Assessment) -> list[Finding]:
    return [f for f in a.findings if f.category != "model" and f.contribution > 0]


def thread_features(senders: Sequence[str], assessments: Sequence[Assessment]) -> ThreadFeatures:
    """Compute the thread features from per-message assessments (only "them" messages count)."""
    theirs = [(i, a) for i, (s, a) in enumerate(zip(senders, assessments, strict=True))
              if s == "them"]
    logits = sorted((max(-_CLIP, min(_CLIP, logit(a.score))) for _, a in theirs), reverse=True)
    strongest = logits[0] if logits else -_CLIP
    accumulation = math.fsum(sigmoid(x) for x in logits[1:4])
    order: list[str] = []
    first_stage_rank: dict[str, int] = {}
    pivot_index: int | None = None
    for rank, (i, a) in enumerate(theirs, start=1):
        seen = {f.stage for f in _counted(a) if f.stage}
        for stage in STAGES:
            if stage in seen and stage not in first_stage_rank:
                first_stage_rank[stage] = rank
                order.append(stage)
                if stage == "pivot":
                    pivot_index = i
    pivot_rank = first_stage_rank.get("pivot")
    later = any(r > pivot_rank for s, r in first_stage_rank.items()
                if s != "pivot") if pivot_rank is not None else False
    early = 1.0 if pivot_rank is not None and pivot_rank <= _EARLY and later else 0.0
    return ThreadFeatures(strongest, accumulation, float(max(len(order) - 1, 0)), early, tuple(order),
                          pivot_index, pivot_rank)


def combine(
    features: ThreadFeatures,
    weights: Mapping[str, float],
) -> tuple[float, float, tuple[tuple[str, float], ...]]:
    """``(score, bias, components)`` for the features under ``weights``."""
    comps = tuple((name, weights[name] * v) for name, v in zip(FEATURES, features.vector(),
                                                                 strict=True))
    bias = weights["bias"]
    return sigmoid(bias + math.fsum(v for _, v in comps)), bias, comps


def screen_conversation(
    screener: Screener,
    messages: Iterable[Message | Mapping[str, Any] | str],
    *,
    weights: Mapping[str, float] | None = None,
) -> ConversationAssessment:
    """Screen a thread; see :meth:`recruitscreen.Screener.screen_conversation`."""
    if isinstance(messages, str | bytes | Mapping):
        raise TypeError("messages must be a list of messages, not a single "
                        f"{type(messages).__name__}")
    msgs = [as_message(m, i) for i, m in enumerate(messages)]
    if weights is None:
        weights = THREAD_WEIGHTS["rules" if screener.model is None else "rules+model"]
    w = dict(weights)
    missing = [k for k in ("bias", *FEATURES) if k not in w]
    if missing:
        raise ValueError(f"thread weights lack {', '.join(missing)}")
    assessments, blanked_total = screen_messages(screener, msgs)
    senders = tuple(m.sender for m in msgs)
    feats = thread_features(senders, assessments)
    score, bias, comps = combine(feats, w)
    findings = [
        replace(f, message_index=i)
        for i, (s, a) in enumerate(zip(senders, assessments, strict=True)) if s == "them"
        for f in a.findings
    ]
    findings.sort(key=lambda f: (-f.contribution, f.message_index or 0, f.start))
    notes: list[str] = []
    if not msgs:
        notes.append("empty conversation: nothing to screen")
    elif "them" not in senders:
        notes.append("no message from the other side: only their messages count as evidence")
    if blanked_total:
        notes.append(f"{blanked_total} quoted characters were left out (quoted replies count once)")
    thresholds = screener.config.thresholds
    return ConversationAssessment(
        score=score,
        level=level_for(score, thresholds),
        stages=feats.stage_order,
        messages=tuple(assessments),
        findings=tuple(findings),
        senders=senders,
        pivot_index=feats.pivot_index,
        pivot_rank=feats.pivot_rank,
        components=comps,
        base_log_odds=bias,
        notes=tuple(notes),
        thresholds=thresholds,
    )
