"""Streaming writers: one output row per input row, flushed as it goes."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import IO, Any

from ..errors import InputError
from ..screener import reasons
from ..types import Assessment
from .readers import Record

__all__ = ["CSV_FIELDS", "ResultWriter", "open_writer", "result_row"]

CSV_FIELDS = ("id", "source", "level", "score", "flagged", "categories", "reasons", "error")


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
        self._csv = csv.DictWriter(fh, fieldnames=CSV_FIELDS, extrasaction="ignore") if kind == "csv" else None
        if self._csv:
            self._csv.writeheader()

    def write(self, row: dict[str, Any]) -> None:
        if self._csv is not None:
            flat = dict(row)
            flat["categories"] = ";".join(row["categories"])
            self._csv.writerow(flat)
        else:
            self.fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        self.fh.flush()

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
