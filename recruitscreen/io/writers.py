"""Streaming writers: one output row per input row, flushed as it goes."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import IO, Any

from ..errors import InputError
from ..screener import reasons
from ..types import Assessment
from .readers import Record

__all__ = ["CSV_FIELDS", "ResultWriter", "open_writer", "result_row"]

CSV_FIELDS = ("id", "source", "level", "score", "flagged", "categories", "reasons", "error")
_SURROGATE = re.compile("[\ud800-\udfff]")


def result_row(record: Record, assessment: Assessment | None, error: str | None = None) -> dict[str, Any]:
    """The JSON-ready result of one record (its text is not repeated, only the evidence)."""
    err = error or record.error
    if assessment is None:
        return {"id": record.id, "source": record.source, "level": None, "score": None,
                "flagged": None, "categories": [], "reasons": "", "findings": [], "error": err}
    return {
        "id": record.id,
        "source": record.source,
        "level": assessment.level,
        "score": round(assessment.score, 4),
        "flagged": assessment.flagged,
        "categories": list(assessment.categories),
        "reasons": reasons(assessment),
        "findings": [
            {k: v for k, v in f.to_dict().items() if k in ("rule_id", "category", "start", "end", "excerpt", "contribution")}
            for f in assessment.findings
        ],
        "error": err,
    }


class ResultWriter:
    """Writes result rows as JSONL or CSV; every row is flushed, so an interrupted scan leaves a valid file."""

    def __init__(self, fh: IO[str], kind: str) -> None:
        self.fh = fh
        self.kind = kind
        self.rows = 0
        """Rows written so far (each one complete and flushed)."""
        self._csv = csv.DictWriter(fh, fieldnames=CSV_FIELDS, extrasaction="ignore") if kind == "csv" else None
        if self._csv:
            self._csv.writeheader()

    def write(self, row: dict[str, Any]) -> None:
        """Write one row and flush it.

        A lone surrogate (from a JSON ``\\ud800`` escape or undecodable bytes) cannot be
        encoded as UTF-8: JSONL writes such a row with ASCII escapes (lossless), CSV shows
        the character as U+FFFD.
        """
        if self._csv is not None:
            flat = dict(row)
            flat["categories"] = ";".join(row["categories"])
            flat = {k: _SURROGATE.sub("\ufffd", v) if isinstance(v, str) else v
                    for k, v in flat.items()}
            self._csv.writerow(flat)
        else:
            line = json.dumps(row, ensure_ascii=False)
            if _SURROGATE.search(line):
                line = json.dumps(row)
            self.fh.write(line + "\n")
        self.fh.flush()
        self.rows += 1

    def close(self) -> None:
        self.fh.close()


def open_writer(path: str | Path) -> ResultWriter:
    p = Path(path)
    kind = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}.get(p.suffix.lower())
    if kind is None:
        raise InputError(f"{p}: output must end in .jsonl or .csv")
    try:
        fh = p.open("w", encoding="utf-8", newline="" if kind == "csv" else None)
    except OSError as exc:
        raise InputError(f"{p}: cannot write the output: {exc.strerror or exc}") from None
    return ResultWriter(fh, kind)
