"""Readers (CSV, TSV, JSONL, plain text, JSONL threads, .eml, .mbox, LinkedIn messages.csv,
WhatsApp .txt) and writers (JSONL, CSV; the HTML report is in :mod:`recruitscreen.report`).

Readers stream :class:`Record` objects and never lose a row: a row that cannot be read comes
out as a Record with ``error`` set and the file and line in ``source``. Conversation readers
give each message's ``thread``, ``index`` and ``sender`` in ``fields``; :func:`group_threads`
puts a stream back into conversations.
"""

from __future__ import annotations

from .readers import FORMATS, Record, read_records
from .threads import CONVERSATION_FORMATS, group_threads, read_conversation_records
from .writers import ResultWriter, open_writer, result_row

__all__ = [
    "CONVERSATION_FORMATS",
    "FORMATS",
    "Record",
    "ResultWriter",
    "group_threads",
    "open_writer",
    "read_conversation_records",
    "read_records",
    "result_row",
]
