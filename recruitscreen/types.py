"""The values the library hands out: frozen, slotted dataclasses with ``to_dict()``.

Nothing here computes a verdict; :mod:`recruitscreen.scoring` builds these objects and
they never change afterwards (later stages make new ones).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = [
    "CATEGORIES",
    "LEVELS",
    "STAGES",
    "Assessment",
    "ConversationAssessment",
    "Finding",
    "Level",
    "Message",
    "Suppression",
]

CATEGORIES: tuple[str, ...] = (
    "credential_targeting",
    "off_platform",
    "paid_task",
    "vague_client",
    "sensitive_info",
    "client_meeting",
    "secrecy",
    "unusual_payment",
    "coercion",
    "job_scam",
)
"""The categories a rule finding can carry (a classifier finding carries ``"model"``)."""

STAGES: tuple[str, ...] = ("contact", "pivot", "tasking", "elicitation", "meeting")
"""The stages of the recruitment funnel, in the order an approach walks through them."""

LEVELS: tuple[str, ...] = ("low", "medium", "high")
Level = Literal["low", "medium", "high"]


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of evidence: a rule (or the classifier) and the exact words it saw.

    ``text[start:end] == excerpt`` always holds for the original text that was screened.
    ``contribution`` is the finding's share of the score in log-odds; the contributions of an
    :class:`Assessment` plus its ``base_log_odds`` add up to ``logit(score)``.
    """

    rule_id: str
    category: str
    stage: str | None
    start: int
    end: int
    excerpt: str
    explanation: str
    contribution: float = 0.0
    weight: float = 0.0
    advice: str = ""
    message_index: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule_id": self.rule_id,
            "category": self.category,
            "stage": self.stage,
            "start": self.start,
            "end": self.end,
            "excerpt": self.excerpt,
            "explanation": self.explanation,
            "advice": self.advice,
            "weight": self.weight,
            "contribution": round(self.contribution, 6),
            "message_index": self.message_index,
        }


@dataclass(frozen=True, slots=True)
class Suppression:
    """A finding that was seen but not counted, and the reason (an allowlist, a context)."""

    finding: Finding
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"finding": self.finding.to_dict(), "reason": self.reason}


class _Verdict:
    """What an assessment of a message and of a conversation both offer."""

    __slots__ = ()
    level: Level
    findings: tuple[Finding, ...]

    @property
    def flagged(self) -> bool:
        """True when the level is medium or high."""
        return self.level != "low"

    @property
    def categories(self) -> tuple[str, ...]:
        """The distinct categories of the counted findings, in order of importance."""
        return tuple(dict.fromkeys(f.category for f in self.findings))


@dataclass(frozen=True, slots=True)
class Assessment(_Verdict):
    """The verdict on one message.

    Attributes
    ----------
    score:
        Probability in [0, 1] that the message is a suspicious approach.
    level:
        ``"low"``, ``"medium"`` or ``"high"``; medium and high mean *flagged*.
    findings:
        Evidence, most important (largest contribution) first.
    model_probability:
        The classifier's own probability, or ``None`` when no model ran.
    base_log_odds:
        The prior: ``base_log_odds + sum(f.contribution for f in findings) == logit(score)``.
    suppressed:
        Findings seen but not counted (allowlist, context), with the reason.
    notes:
        Remarks about how the input was handled (empty text, invisible characters …).
    """

    score: float
    level: Level
    findings: tuple[Finding, ...] = ()
    model_probability: float | None = None
    base_log_odds: float = 0.0
    suppressed: tuple[Suppression, ...] = ()
    notes: tuple[str, ...] = ()
    thresholds: tuple[float, float] = (0.5, 0.8)

    @property
    def stages(self) -> tuple[str, ...]:
        """The distinct funnel stages of the counted findings, in funnel order."""
        seen = {f.stage for f in self.findings if f.stage}
        return tuple(s for s in STAGES if s in seen)

    @property
    def log_odds(self) -> float:
        """``logit(score)``: the base plus every finding's contribution."""
        return self.base_log_odds + math.fsum(f.contribution for f in self.findings)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable dict (no message text beyond the excerpts)."""
        return {
            "score": round(self.score, 6),
            "level": self.level,
            "flagged": self.flagged,
            "categories": list(self.categories),
            "stages": list(self.stages),
            "model_probability": (
                None if self.model_probability is None else round(self.model_probability, 6)
            ),
            "base_log_odds": round(self.base_log_odds, 6),
            "findings": [f.to_dict() for f in self.findings],
            "suppressed": [s.to_dict() for s in self.suppressed],
            "notes": list(self.notes),
        }

    def explain(self) -> str:
        """A few human lines: the level and score, then one line per finding."""
        lines = [f"{self.level.upper()} risk (score {self.score:.2f})"]
        if not self.findings:
            lines.append("  no warning signs found")
        for f in self.findings:
            lines.append(f"  [{f.category}] \u201c{_short(f.excerpt)}\u201d: {f.explanation} ({f.contribution:+.2f})")
        for s in self.suppressed:
            lines.append(f"  not counted: [{s.finding.category}] \u201c{_short(s.finding.excerpt)}\u201d ({s.reason})")
        for note in self.notes:
            lines.append(f"  note: {note}")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.explain()


@dataclass(frozen=True, slots=True)
class Message:
    """One message of a conversation: who sent it (``"them"`` or ``"me"``) and its text."""

    text: str
    sender: Literal["them", "me"] = "them"
    time: str | None = None
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self) -> dict[str, Any]:
        return {"sender": self.sender, "text": self.text, "time": self.time}


@dataclass(frozen=True, slots=True)
class ConversationAssessment(_Verdict):
    """The verdict on a whole conversation (see :mod:`recruitscreen.conversation`).

    Attributes
    ----------
    score, level:
        The thread's probability of being a suspicious approach and its level.
    stages:
        The funnel stages seen in the other side's messages, in order of first appearance.
    messages:
        One :class:`Assessment` per message, in the input order ("me" messages included,
        screened for display but never counted as evidence).
    findings:
        The counted evidence of the other side's messages, each with its ``message_index``,
        most important first.
    senders:
        ``"them"`` or ``"me"`` per message, in order.
    pivot_index:
        Index of the first message whose evidence moves the chat off the platform, or ``None``.
    pivot_rank:
        How early the pivot came: 1 when it was in the other side's first message, 2 in their
        second, and so on; ``None`` without a pivot.
    components:
        ``(name, log-odds)`` pairs: ``base_log_odds + sum of components == logit(score)``.
    """

    score: float
    level: Level
    stages: tuple[str, ...]
    messages: tuple[Assessment, ...]
    findings: tuple[Finding, ...]
    senders: tuple[str, ...]
    pivot_index: int | None = None
    pivot_rank: int | None = None
    components: tuple[tuple[str, float], ...] = ()
    base_log_odds: float = 0.0
    notes: tuple[str, ...] = ()
    thresholds: tuple[float, float] = (0.5, 0.8)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable dict (no message text beyond the excerpts)."""
        return {
            "score": round(self.score, 6),
            "level": self.level,
            "flagged": self.flagged,
            "stages": list(self.stages),
            "categories": list(self.categories),
            "pivot_index": self.pivot_index,
            "pivot_rank": self.pivot_rank,
            "base_log_odds": round(self.base_log_odds, 6),
            "components": {name: round(v, 6) for name, v in self.components},
            "findings": [f.to_dict() for f in self.findings],
            "messages": [
                {"index": i, "sender": s, **a.to_dict()}
                for i, (s, a) in enumerate(zip(self.senders, self.messages, strict=True))
            ],
            "notes": list(self.notes),
        }

    def explain(self) -> str:
        """A few human lines: the thread's level and score, the stages, then the evidence."""
        lines = [f"{self.level.upper()} risk conversation (score {self.score:.2f}, "
                 f"{len(self.messages)} messages)"]
        lines.append("  stages: " + (" \u2192 ".join(self.stages) if self.stages else "none seen"))
        if self.pivot_rank is not None:
            lines.append(f"  off-platform move in their message no. {self.pivot_rank}")
        for f in self.findings:
            if f.category == "model":
                continue
            lines.append(f"  #{f.message_index} [{f.category}] \u201c{_short(f.excerpt)}\u201d: "
                         f"{f.explanation}")
        for note in self.notes:
            lines.append(f"  note: {note}")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.explain()


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"
