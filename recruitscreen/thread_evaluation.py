"""Measuring conversation screening on a labelled JSONL thread file.

``recruitscreen evaluate THREADS.jsonl`` recognises a thread file (each line
``{"id", "label", "messages": [...]}``) and reports the conversation ROC AUC, how many benign
threads are flagged, the recall on suspicious threads, and — for the suspicious threads — how
many no single message of which was flagged on its own (the approaches only a thread-level view
can catch).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .evaluate import parse_label, roc_auc
from .io.threads import Thread
from .screener import Screener

__all__ = ["ThreadReport", "evaluate_threads", "format_thread_report"]


@dataclass
class ThreadReport:
    """Figures of a thread evaluation (see :func:`evaluate_threads`)."""

    n: int = 0
    positives: int = 0
    auc: float | None = None
    benign_flagged: list[str] = field(default_factory=list)
    suspicious_missed: list[str] = field(default_factory=list)
    quiet_positives: int = 0
    quiet_caught: int = 0
    skipped: list[str] = field(default_factory=list)
    by_kind: dict[str, list[int]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "threads": self.n,
            "suspicious": self.positives,
            "benign": self.n - self.positives,
            "roc_auc": None if self.auc is None else round(self.auc, 4),
            "benign_flagged": self.benign_flagged,
            "suspicious_missed": self.suspicious_missed,
            "suspicious_with_no_flagged_message": self.quiet_positives,
            "of_those_caught_as_threads": self.quiet_caught,
            "flagged_by_kind": {k: {"flagged": v[0], "n": v[1]} for k, v in self.by_kind.items()},
            "skipped": self.skipped,
        }


def evaluate_threads(screener: Screener, threads: Iterable[Thread]) -> ThreadReport:
    """Screen every labelled thread as a conversation and gather the figures."""
    report = ThreadReport()
    labels: list[int] = []
    scores: list[float] = []
    kinds: Counter[str] = Counter()
    flagged_kinds: Counter[str] = Counter()
    for t in threads:
        label = parse_label(t.label)
        if t.error is not None or label is None:
            report.skipped.append(f"{t.source}: {t.error or 'no usable label'}")
            continue
        c = screener.screen_conversation(t.messages)
        labels.append(label)
        scores.append(c.score)
        kind = str(t.fields.get("kind", "?"))
        kinds[kind] += 1
        flagged_kinds[kind] += int(c.flagged)
        if label == 0 and c.flagged:
            report.benign_flagged.append(t.id)
        if label == 1 and not c.flagged:
            report.suspicious_missed.append(t.id)
        if label == 1 and not any(a.flagged for a, s in zip(c.messages, c.senders, strict=True)
                                  if s == "them"):
            report.quiet_positives += 1
            report.quiet_caught += int(c.flagged)
    report.n = len(labels)
    report.positives = sum(labels)
    report.auc = roc_auc(labels, scores)
    report.by_kind = {k: [flagged_kinds[k], n] for k, n in sorted(kinds.items())}
    return report


def format_thread_report(r: ThreadReport) -> str:
    """A few human lines."""
    auc = "n/a" if r.auc is None else f"{r.auc:.3f}"
    benign = r.n - r.positives
    lines = [
        f"threads: {r.n} ({r.positives} suspicious, {benign} benign)",
        f"conversation ROC AUC: {auc}",
        f"benign threads flagged: {len(r.benign_flagged)} of {benign}"
        + (f" ({', '.join(r.benign_flagged)})" if r.benign_flagged else ""),
        f"suspicious threads flagged: {r.positives - len(r.suspicious_missed)} of {r.positives}"
        + (f" (missed: {', '.join(r.suspicious_missed)})" if r.suspicious_missed else ""),
        f"suspicious threads with no message flagged on its own: {r.quiet_positives}, "
        f"of which flagged as threads: {r.quiet_caught}",
        "flagged by kind: " + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in r.by_kind.items()),
    ]
    for s in r.skipped:
        lines.append(f"skipped: {s}")
    return "\n".join(lines)
