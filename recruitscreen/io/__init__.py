"""Readers (CSV, TSV, JSONL, plain text) and writers (JSONL, CSV) for batch screening.

Readers stream :class:`Record` objects and never lose a row: a row that cannot be read comes
out as a Record with ``error`` set and the file and line in ``source``.
"""

from __future__ import annotations

from .readers import FORMATS, Record, read_records
from .writers import ResultWriter, open_writer, result_row

__all__ = ["FORMATS", "Record", "ResultWriter", "open_writer", "read_records", "result_row"]
