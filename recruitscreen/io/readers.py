"""Streaming readers: each yields one :class:`Record` per input row, good or bad, in order."""

from __future__ import annotations

import csv
import itertools
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError

__all__ = [
    "FORMATS",
    "JsonLine",
    "Record",
    "has_undecodable_bytes",
    "read_csv_header",
    "read_csv_rows",
    "read_json_lines",
    "read_records",
]

FORMATS = ("csv", "tsv", "jsonl", "txt", "threads", "eml", "mbox", "linkedin", "whatsapp")
_EXTENSIONS = {".csv": "csv", ".tsv": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".txt": "txt",
               ".eml": "eml", ".mbox": "mbox"}
# Long e-mails exceed the csv module's default field limit of 128 KB.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


@dataclass(frozen=True, slots=True)
class Record:
    """One input row: its id, text, where it came from, and what went wrong if anything did."""

    id: str
    text: str | None
    source: str
    error: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)


def detect_format(path: str | Path, fmt: str | None = None) -> str:
    if fmt:
        if fmt not in FORMATS:
            raise InputError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        return fmt
    ext = Path(path).suffix.lower()
    if ext not in _EXTENSIONS:
        raise InputError(
            f"{path}: cannot tell the format from the extension {ext or '(none)'!r}; "
            f"pass --format ({', '.join(FORMATS)})"
        )
    from .threads import sniff_format  # conversation formats: the first lines tell them apart

    return sniff_format(path, _EXTENSIONS[ext])


def read_records(
    path: str | Path,
    fmt: str | None = None,
    *,
    text_column: str = "text",
    id_column: str = "id",
    header: bool = True,
    columns: Sequence[str] | None = None,
) -> Iterator[Record]:
    """Stream the records of one file.

    Raises :class:`InputError` only when the file as a whole cannot be read (missing, a
    directory, no text column); a bad row is yielded as a Record with ``error`` set.
    """
    from .threads import CONVERSATION_FORMATS, read_conversation_records

    p = Path(path)
    kind = detect_format(p, fmt)
    if str(path) != "-" and not p.is_file():
        raise InputError(f"{path}: no such file" if not p.exists() else f"{path}: not a file")
    if kind in CONVERSATION_FORMATS:
        yield from read_conversation_records(p, kind)
    elif kind == "txt":
        yield _read_text_file(p)
    elif kind == "jsonl":
        yield from _read_jsonl(p, text_column, id_column)
    else:
        yield from _read_delimited(p, "," if kind == "csv" else "\t", text_column, id_column,
                                   header, columns)


def has_undecodable_bytes(s: str) -> bool:
    """True when ``s`` holds bytes that did not decode (read with ``errors="surrogateescape"``)."""
    return any("\udc80" <= ch <= "\udcff" for ch in s)


def _read_text_file(p: Path) -> Record:
    raw = p.read_bytes()
    try:
        text = raw.decode("utf-16" if raw[:2] in _UTF16_BOMS else "utf-8-sig")
    except UnicodeDecodeError as exc:
        return Record(p.name, None, f"{p}", f"not UTF-8 text (byte {exc.start}); re-encode as UTF-8")
    return Record(p.name, text, str(p))


@dataclass(frozen=True, slots=True)
class JsonLine:
    """One non-blank line of a JSONL file: its number, its text, and the value or what is wrong."""

    lineno: int
    text: str
    value: Any = None
    error: str | None = None


def read_json_lines(p: Path) -> Iterator[JsonLine]:
    """Parse a JSONL file line by line; a line that cannot be read comes out with ``error``.

    Blank lines are skipped. Nothing a line holds stops the reading: invalid JSON, bytes that
    are not UTF-8, nesting deeper than the parser's recursion limit, a number too long to
    convert all become a :class:`JsonLine` with ``error`` set, and the next line is read.
    """
    for lineno, line in _jsonl_lines(p):
        line = line.strip()
        if lineno == 1:
            line = line.lstrip("\ufeff")
        if not line:
            continue
        if has_undecodable_bytes(line):
            yield JsonLine(lineno, line, error="line is not valid UTF-8; re-encode the file as UTF-8")
            continue
        try:
            yield JsonLine(lineno, line, json.loads(line))
        except json.JSONDecodeError as exc:
            yield JsonLine(lineno, line, error=f"invalid JSON ({exc.msg} at column {exc.colno})")
        except (ValueError, RecursionError) as exc:  # a number too long, nesting too deep
            problem = "nested too deeply" if isinstance(exc, RecursionError) else "a number too long"
            yield JsonLine(lineno, line, error=f"JSON line cannot be read ({problem})")


def _read_jsonl(p: Path, text_column: str, id_column: str) -> Iterator[Record]:
    for jl in read_json_lines(p):
        source = f"{p}:{jl.lineno}"
        rid = str(jl.lineno)
        obj = jl.value
        if jl.error is not None:
            yield Record(rid, None, source, jl.error)
            continue
        if not isinstance(obj, dict):
            yield Record(rid, None, source, f"expected a JSON object, got {type(obj).__name__}")
            continue
        if obj.get(id_column) is not None:
            rid = str(obj[id_column])
        text = obj.get(text_column)
        if not isinstance(text, str):
            problem = "missing" if text is None else f"not a string ({type(text).__name__})"
            yield Record(rid, None, source, f"field {text_column!r} is {problem}", obj)
            continue
        yield Record(rid, text, source, None, obj)


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def _is_utf16(p: Path) -> bool:
    """A file that starts with a UTF-16 byte-order mark (Windows tools still write these)."""
    with p.open("rb") as fh:
        return fh.read(2) in _UTF16_BOMS


def _jsonl_lines(p: Path) -> Iterator[tuple[int, str]]:
    """Numbered lines; bytes that do not decode become lone surrogates (see :func:`has_undecodable_bytes`)."""
    if _is_utf16(p):
        with p.open("r", encoding="utf-16", errors="surrogateescape", newline="\n") as fh:
            yield from enumerate(fh, start=1)
        return
    with p.open("rb") as fh:
        for lineno, raw in enumerate(fh, start=1):
            yield lineno, raw.decode("utf-8", errors="surrogateescape")


class _Lines:
    """Lines fed to ``csv.reader``, counted, keeping those of the row being read.

    With them a row whose quote never closes (which would swallow the rest of the file) is
    reported on its own and the lines after its first are read again as rows.
    """

    def __init__(self, lines: Iterator[str], first: int) -> None:
        self.rest = lines
        self.next_line = first
        self.row: list[str] = []

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = next(self.rest)
        self.row.append(line)
        self.next_line += 1
        return line

    def start_row(self) -> int:
        """Forget the previous row; the line number where the next one starts."""
        self.row = []
        return self.next_line


def read_csv_rows(p: Path, delimiter: str = ",") -> Iterator[tuple[int, list[str] | None, str | None]]:
    """``(line, cells, None)`` for every non-blank row of a CSV file, header included, in order;
    ``(line, None, problem)`` for a malformed one. ``line`` is where the row starts.

    The file is read as UTF-8 (UTF-16 with a byte-order mark); bytes that do not decode stay as
    lone surrogates (see :func:`has_undecodable_bytes`). Parsing is strict: a stray quote is a bad row, and
    a row whose quote never closes is reported on its own instead of swallowing the rest of the
    file, and the lines after its first are read again as rows. In a tab-separated file such a row
    is read again as plain tab-separated text (quotes included), the convention of that format.
    """
    encoding = "utf-16" if _is_utf16(p) else "utf-8-sig"
    with p.open("r", encoding=encoding, errors="surrogateescape", newline="") as fh:
        lines = _Lines(iter(fh), 1)
        reader = csv.reader(lines, delimiter=delimiter, strict=True)
        while True:
            line = lines.start_row()
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                swallowed = lines.row
                if len(swallowed) > 1:  # read what the broken row swallowed again, line by line
                    lines = _Lines(itertools.chain(swallowed[1:], lines.rest), line + 1)
                    reader = csv.reader(lines, delimiter=delimiter, strict=True)
                if delimiter == "\t" and swallowed:
                    # Tab-separated text has no quoting by its own convention (fields hold no tab
                    # or line break): a quote that breaks the quoted reading is text.
                    yield line, swallowed[0].rstrip("\r\n").split("\t"), None
                    continue
                problem = "a quote opened here is never closed" if "end of data" in str(exc) else exc
                if len(swallowed) > 1:
                    problem = f"{problem}; the lines after it are read as rows of their own"
                yield line, None, f"malformed CSV row: {problem}"
                continue
            if row and row != [""]:
                yield line, row, None


def read_csv_header(p: Path, rows: Iterator[tuple[int, list[str] | None, str | None]]) -> list[str] | None:
    """The header of ``rows`` (from :func:`read_csv_rows`), consumed; None for an empty file.

    A header that cannot be read raises :class:`InputError`: without it no row can be placed."""
    first = next(rows, None)
    if first is None:
        return None
    line, cells, problem = first
    if cells is None:
        raise InputError(f"{p}:{line}: cannot read the header: {problem}")
    return cells


def _read_delimited(
    p: Path,
    delimiter: str,
    text_column: str,
    id_column: str,
    header: bool,
    columns: Sequence[str] | None,
) -> Iterator[Record]:
    rows = read_csv_rows(p, delimiter)
    names: list[str] | None
    if header:
        names = read_csv_header(p, rows)
        if names is None:
            return
    elif columns:
        names = list(columns)
    else:
        names = [id_column, text_column] if delimiter == "," else ["label", text_column]
    names = [n.strip() for n in names]
    if text_column not in names:
        raise InputError(
            f"{p}: no column {text_column!r} (columns: {', '.join(names)}); "
            "choose one with --text-column"
        )
    ti = names.index(text_column)
    ii = names.index(id_column) if id_column in names else None
    rowno = 0
    for line, row, problem in rows:
        source = f"{p}:{line}"
        if row is None:
            yield Record(f"line{line}", None, source, problem)
            continue
        rowno += 1
        rid = row[ii] if ii is not None and ii < len(row) and row[ii] else str(rowno)
        fields = dict(zip(names, row, strict=False))
        if len(row) != len(names):
            yield Record(rid, None, source,
                         f"row has {len(row)} fields, the header has {len(names)}", fields)
            continue
        text = row[ti]
        if has_undecodable_bytes(text) or has_undecodable_bytes(rid):
            yield Record(rid, None, source,
                         "row is not valid UTF-8; re-encode the file as UTF-8", {})
            continue
        yield Record(rid, text, source, None, fields)
