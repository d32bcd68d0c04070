"""LinkedIn's data export, ``messages.csv``, grouped into conversations.

The export is documented only by its users, so columns are found by header name, not
position: ``CONVERSATION ID``, ``FROM`` and ``CONTENT`` are required; ``CONVERSATION TITLE``,
``SENDER PROFILE URL``, ``TO``, ``RECIPIENT PROFILE URLS``, ``DATE``, ``SUBJECT``, ``FOLDER``
and ``ATTACHMENTS`` (newer exports) are used when present. Rows are grouped by conversation
id and sorted by ``DATE`` within a conversation (rows whose date cannot be read keep their
file order). Content that carries HTML is turned into text.

Names (and text) in real exports can arrive double-encoded — UTF-8 bytes read as Windows-1252
or Latin-1, so "é" shows as "Ã©". :func:`repair_mojibake` undoes that only when the repair
round-trips exactly and yields valid UTF-8, so genuine accented text is never touched.

Which side is "me": the names or profile URLs given (``--me``); otherwise, in an export of
several conversations, the sender who appears in every one of them (the account holder).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from ..errors import InputError
from .htmltext import html_to_text, looks_like_html
from .readers import Record, has_undecodable_bytes, read_csv_header, read_csv_rows

__all__ = ["REQUIRED_COLUMNS", "looks_like_linkedin", "read_linkedin", "repair_mojibake"]

REQUIRED_COLUMNS = ("CONVERSATION ID", "FROM", "CONTENT")
_MOJIBAKE_HINT = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178"
                            "\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]")
_DATE_FORMATS = ("%Y-%m-%d %H:%M:%S %Z", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%m/%d/%Y %H:%M",
                 "%d/%m/%Y %H:%M", "%Y-%m-%dT%H:%M:%S")


def _as_cp1252_bytes(text: str) -> bytes | None:
    """The bytes a Windows-1252 reader would have shown as ``text`` (its five undefined bytes
    pass through as Latin-1 control characters, as they do in real mojibake); ``None`` if none."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) > 0xFF:
                return None
            out.append(ord(ch))
    return bytes(out)


def _from_cp1252_bytes(data: bytes) -> str:
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as Windows-1252/Latin-1 ("JosÃ©" -> "José") when it round-trips cleanly.

    The repair is kept only when the bytes decode as UTF-8 and the repaired text, mangled the
    same way again, gives back exactly the input; genuine accented text fails the first test.
    """
    if not _MOJIBAKE_HINT.search(text):
        return text
    data = _as_cp1252_bytes(text)
    if data is None:
        return text
    try:
        fixed = data.decode("utf-8")
    except UnicodeDecodeError:
        return text
    return fixed if _from_cp1252_bytes(fixed.encode("utf-8")) == text else text


def _header(path: Path) -> list[str] | None:
    try:
        with path.open("r", encoding="utf-8-sig", errors="replace", newline="") as fh:
            row = next(csv.reader(fh), None)
    except (OSError, csv.Error):
        return None
    return [c.strip().upper() for c in row] if row else None


def looks_like_linkedin(path: str | Path) -> bool:
    """True when a CSV file's header has LinkedIn's CONVERSATION ID, FROM and CONTENT columns."""
    names = _header(Path(path))
    return names is not None and all(c in names for c in REQUIRED_COLUMNS)


def _parse_date(value: str) -> datetime | None:
    value = value.strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt)
        except ValueError:
            continue
    return None


def read_linkedin(path: str | Path, me: Iterable[str] = ()) -> Iterator[Record]:
    """One Record per message, conversation by conversation (see the module docstring)."""
    p = Path(path)
    rows: dict[str, list[tuple[int, dict[str, str]]]] = {}
    errors: list[Record] = []
    csv_rows = read_csv_rows(p)  # a broken row is reported and the rows after it are still read
    head = read_csv_header(p, csv_rows)
    if head is None:
        return
    names = [c.strip().upper() for c in head]
    missing = [c for c in REQUIRED_COLUMNS if c not in names]
    if missing:
        raise InputError(f"{p}: not a LinkedIn messages export: no column(s) "
                         f"{', '.join(missing)} (columns: {', '.join(names)})")
    for line, row, problem in csv_rows:
        source = f"{p}:{line}"
        if row is None:
            errors.append(Record(f"line{line}", None, source, problem))
            continue
        if len(row) != len(names):
            errors.append(Record(f"line{line}", None, source,
                                 f"row has {len(row)} fields, the header has {len(names)}"))
            continue
        fields = dict(zip(names, row, strict=True))
        if any(has_undecodable_bytes(v) for v in fields.values()):
            errors.append(Record(f"line{line}", None, source,
                                 "row is not valid UTF-8; re-encode the file as UTF-8"))
            continue
        cid = fields["CONVERSATION ID"].strip()
        if not cid:
            errors.append(Record(f"line{line}", None, source,
                                 "empty CONVERSATION ID: the message cannot be placed"))
            continue
        rows.setdefault(cid, []).append((line, fields))
    yield from errors
    owner = _owner(rows, me)
    for cid, items in rows.items():
        dated = [(_parse_date(f.get("DATE", "")), k, line, f) for k, (line, f) in enumerate(items)]
        if all(d is not None for d, *_ in dated):
            dated.sort(key=lambda x: (x[0], x[1]))
        for index, (_, _, line, f) in enumerate(dated):
            yield _record(p, cid, index, line, f, owner)


def _owner(rows: dict[str, list[tuple[int, dict[str, str]]]], me: Iterable[str]) -> set[str]:
    given = {m.strip().lower() for m in me if m.strip()}
    if given:
        return given
    if len(rows) < 2:
        return set()
    per_conv = [{repair_mojibake(f["FROM"]).strip().lower() for _, f in items}
                for items in rows.values()]
    common = set.intersection(*per_conv)
    return common if len(common) == 1 else set()


def _record(p: Path, cid: str, index: int, line: int, f: dict[str, str], owner: set[str]) -> Record:
    content = f["CONTENT"]
    if looks_like_html(content):
        content = html_to_text(content)
    text = repair_mojibake(content)
    name = repair_mojibake(f["FROM"]).strip()
    url = f.get("SENDER PROFILE URL", "").strip().lower()
    sender = "me" if owner and (name.lower() in owner or (url and url in owner)) else "them"
    extra: dict[str, Any] = {
        "thread": cid,
        "file": str(p),
        "index": index,
        "sender": sender,
        "time": f.get("DATE") or None,
        "from": name,
        "title": repair_mojibake(f.get("CONVERSATION TITLE", "")),
        "subject": repair_mojibake(f.get("SUBJECT", "")),
        "folder": f.get("FOLDER", ""),
    }
    if f.get("ATTACHMENTS"):
        extra["attachments"] = f["ATTACHMENTS"]
    return Record(f"{cid}#{index}", text, f"{p}:{line}", None, extra)
