"""Result rows for conversation inputs: one row per message and one per conversation.

JSONL rows are the plain result rows of :mod:`recruitscreen.io.writers` plus ``kind``
(``"message"`` or ``"conversation"``), ``thread``, ``index``, ``sender`` and ``input_notes`` (how
the reader bounded the input: an e-mail header cut, MIME parts not read …); a conversation row
adds ``stages``, ``pivot_rank`` and ``messages``. CSV has the columns of
:data:`CONVERSATION_CSV_FIELDS` (lists joined with ``;``). The HTML report is written by
:class:`ReportWriter` when the scan ends (or is interrupted).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import IO, Any

from ..errors import InputError
from ..report import ReportItem, render_report
from ..types import Assessment, ConversationAssessment
from .readers import Record
from .writers import ResultWriter, result_row

__all__ = [
    "CONVERSATION_CSV_FIELDS",
    "ConversationWriter",
    "ReportWriter",
    "conversation_row",
    "message_row",
    "open_conversation_writer",
]

CONVERSATION_CSV_FIELDS = (
    "kind", "thread", "index", "sender", "id", "source", "level", "score", "flagged",
    "categories", "stages", "pivot_rank", "messages", "reasons", "input_notes", "error",
)
_SURROGATE = re.compile("[\ud800-\udfff]")


def message_row(record: Record, assessment: Assessment | None,
                error: str | None = None) -> dict[str, Any]:
    """The result row of one message (a loose record has an empty ``thread``)."""
    row = result_row(record, assessment, error)
    fields = record.fields or {}
    thread = fields.get("thread") if "index" in fields else None
    row.update({
        "kind": "message",
        "thread": None if thread is None else str(thread),
        "index": fields.get("index") if thread is not None else None,
        "sender": fields.get("sender", "them") if fields.get("sender") in ("them", "me") else "them",
        "stages": list(assessment.stages) if assessment is not None else [],
        "input_notes": list(fields.get("notes") or []),
    })
    return row


def conversation_row(thread: str, records: list[Record], c: ConversationAssessment | None,
                     error: str | None = None) -> dict[str, Any]:
    """The result row of one conversation."""
    base: dict[str, Any] = {"kind": "conversation", "thread": thread, "index": None,
                            "sender": None, "id": thread,
                            "source": records[0].source if records else "",
                            "messages": len(records), "error": error}
    if c is None:
        return {**base, "level": None, "score": None, "flagged": None, "categories": [],
                "stages": [], "pivot_rank": None, "reasons": "", "findings": []}
    counted = [f for f in c.findings if f.category != "model"]
    why = "; ".join(f"#{f.message_index} {f.rule_id}: \u201c{' '.join(f.excerpt.split())}\u201d"
                    for f in counted)
    return {
        **base,
        "level": c.level,
        "score": round(c.score, 4),
        "flagged": c.flagged,
        "categories": [k for k in c.categories if k != "model"],
        "stages": list(c.stages),
        "pivot_rank": c.pivot_rank,
        "reasons": why or "; ".join(c.notes),
        "components": {k: round(v, 4) for k, v in c.components},
        "findings": [
            {k: v for k, v in f.to_dict().items()
             if k in ("message_index", "rule_id", "category", "start", "end", "excerpt",
                      "contribution")}
            for f in counted
        ],
    }


class ConversationWriter:
    """JSONL (through :class:`ResultWriter`) or CSV with the conversation columns; flushed per row."""

    def __init__(self, fh: IO[str], kind: str) -> None:
        self.fh = fh
        self.kind = kind
        self._jsonl = ResultWriter(fh, "jsonl") if kind == "jsonl" else None
        self._csv = csv.DictWriter(fh, fieldnames=CONVERSATION_CSV_FIELDS, extrasaction="ignore")
        self._rows = 0
        if self._jsonl is None:
            self._csv.writeheader()

    @property
    def rows(self) -> int:
        """Rows written so far (each one complete and flushed)."""
        return self._jsonl.rows if self._jsonl is not None else self._rows

    def add(self, item: ReportItem) -> None:
        """Report items are for :class:`ReportWriter`; rows already hold the results."""

    def write(self, row: dict[str, Any]) -> None:
        """Write one row and flush it."""
        if self._jsonl is not None:
            self._jsonl.write(row)
            return
        flat = {k: "; ".join(v) if isinstance(v, list) and k in ("categories", "stages",
                                                                  "input_notes") else v
                for k, v in row.items()}
        flat = {k: _SURROGATE.sub("\ufffd", v) if isinstance(v, str) else v
                for k, v in flat.items()}
        self._csv.writerow(flat)
        self.fh.flush()
        self._rows += 1

    def close(self) -> None:
        self.fh.close()


class ReportWriter:
    """Collects what the scan screened and writes the HTML report on :meth:`close`."""

    def __init__(self, path: Path, redact: bool, sources: list[str]) -> None:
        self.path = path
        self.redact = redact
        self.sources = sources
        self.items: list[ReportItem] = []
        self.rows = 0

    def add(self, item: ReportItem) -> None:
        """A whole conversation (or a loose message) for the report."""
        self.items.append(item)

    def write(self, row: dict[str, Any]) -> None:
        """Count a message row (the report shows the items, not the rows)."""
        if row.get("kind") != "conversation":
            self.rows += 1

    def close(self) -> None:
        page = render_report(self.items, redact=self.redact, sources=self.sources)
        try:
            self.path.write_text(page, encoding="utf-8", errors="replace")
        except OSError as exc:
            raise InputError(f"{self.path}: cannot write the report: {exc.strerror or exc}") from None


def open_conversation_writer(path: str | Path | None, fh: IO[str] | None = None, *,
                             redact: bool = False,
                             sources: list[str] | None = None) -> ConversationWriter | ReportWriter:
    """A writer chosen by the output's extension (.jsonl, .csv, .html); stdout JSONL without one."""
    if path is None:
        if fh is None:
            raise ValueError("give an output path or a stream")
        return ConversationWriter(fh, "jsonl")
    p = Path(path)
    kind = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".html": "html",
            ".htm": "html"}.get(p.suffix.lower())
    if kind is None:
        raise InputError(f"{p}: output must end in .jsonl, .csv or .html")
    if kind == "html":
        try:
            p.touch()
        except OSError as exc:
            raise InputError(f"{p}: cannot write the report: {exc.strerror or exc}") from None
        return ReportWriter(p, redact, list(sources or []))
    try:
        out = p.open("w", encoding="utf-8", newline="" if kind == "csv" else None)
    except OSError as exc:
        raise InputError(f"{p}: cannot write the output: {exc.strerror or exc}") from None
    return ConversationWriter(out, kind)

