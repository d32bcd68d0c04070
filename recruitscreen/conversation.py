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
not count it twice; offsets still index the original text.
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
    "ThreadFeatures",
    "as_message",
    "mask_quoted",
    "screen_conversation",
    "thread_features",
]

FEATURES: tuple[str, ...] = ("strongest", "accumulation", "stages", "early_pivot")

# -- fitted weights (written by scripts/fit_thread_weights.py; plain numbers, no pickle) -----------
THREAD_WEIGHTS: dict[str, dict[str, float]] = {
    "rules": {"bias": -1.1259, "strongest": 0.7418, "accumulation": 0.2645, "stages": 1.2053, "early_pivot": 0.6568},
    "rules+model": {"bias": -5.2281, "strongest": 1.2231, "accumulation": 0.7392, "stages": 0.5747, "early_pivot": 0.3059},
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


def mask_quoted(text: str) -> tuple[str, int]:
    """Blank out quoted material, keeping every offset and newline.

    Returns the masked text (same length as ``text``) and how many characters were blanked.
    Quoted: lines that start with ``>``; an ``On … wrote:`` line (also when the mail client
    wrapped it over two lines) and everything after it that is not written below a quote block
    (a top-posted reply quotes the whole earlier message); an ``-----Original Message-----`` or
    ``---------- Forwarded message ----------`` separator and everything after it.
    """
    lines = text.splitlines(keepends=True)
    quoted = [False] * len(lines)
    tail_from: int | None = None
    quote_after = [False] * (len(lines) + 1)  # a "> " line somewhere after line i (one pass)
    for k in range(len(lines) - 1, -1, -1):
        quote_after[k] = quote_after[k + 1] or bool(_QUOTE_LINE.match(lines[k]))
    for i, line in enumerate(lines):
        body = line.rstrip("\r\n")
        if _FORWARD.match(body):
            tail_from = i
            break
        if _WROTE.match(body) or (
            i > 0 and _WROTE_TAIL.match(body) and lines[i - 1].lstrip().startswith("On ")
        ):
            start = i - 1 if not _WROTE.match(body) else i
            if quote_after[i + 1]:
                # interleaved ("bottom-posted") reply: only the header and the > lines are quoted
                for k in range(start, i + 1):
                    quoted[k] = True
            else:
                tail_from = start
                break
        elif _QUOTE_LINE.match(body):
            quoted[i] = True
    if tail_from is not None:
        for k in range(tail_from, len(lines)):
            quoted[k] = True
    if not any(quoted):
        return text, 0
    out: list[str] = []
    blanked = 0
    for line, q in zip(lines, quoted, strict=True):
        if q:
            body = line.rstrip("\r\n")
            out.append(" " * len(body) + line[len(body) :])
            blanked += len(body)
        else:
            out.append(line)
    return "".join(out), blanked


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
    assessments: list[Assessment] = []
    blanked_total = 0
    for m in msgs:
        masked, blanked = mask_quoted(m.text)
        blanked_total += blanked
        address = m.meta.get("from")
        a = screener.screen(masked, sender=address if isinstance(address, str) else None)
        if blanked:
            a = replace(a, notes=(*a.notes, f"{blanked} quoted characters were not screened "
                                            "(they repeat an earlier message)"))
        assessments.append(a)
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
