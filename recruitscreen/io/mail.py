"""E-mail readers: one ``.eml`` file, or an ``.mbox`` mailbox grouped into threads.

Parsing uses the standard library's :mod:`email` with ``policy.default``: multipart messages,
quoted-printable and base64 bodies, declared charsets. The text of a message is its
``text/plain`` part, or its ``text/html`` part turned into text when there is no plain one.

The parser has known hazards on hostile input, so every message is bounded before it is
parsed and each bound is reported in the record's ``notes`` (``fields["notes"]``), never
silently applied:

* a message larger than :data:`MAX_MESSAGE_BYTES` is cut there;
* a header line longer than :data:`MAX_HEADER_LINE` bytes is cut (a pathological address list
  takes the header parser seconds), and the header block to :data:`MAX_HEADER_BYTES`;
* MIME parts deeper than :data:`MAX_DEPTH` or beyond :data:`MAX_PARTS` are not read, and a
  message that declares more than :data:`MAX_PARTS` multipart containers is refused before
  parsing (an error record);
* nesting that still exhausts the parser's recursion becomes an error record, and a charset
  Python does not know falls back to UTF-8 with replacement characters.

An mbox is read line by line (``From `` separators, ``>From`` unescaping), so each message has
its line number. Messages are grouped into threads by ``References`` / ``In-Reply-To`` and,
failing those, by subject without its ``Re:`` / ``Fwd:`` prefixes; the subject is screened once,
with the first message of its thread.
"""

from __future__ import annotations

import email
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage, Message
from email.utils import getaddresses, parseaddr
from pathlib import Path
from typing import Any

from .htmltext import html_to_text
from .readers import Record

__all__ = [
    "MAX_DEPTH",
    "MAX_HEADER_BYTES",
    "MAX_HEADER_LINE",
    "MAX_MESSAGE_BYTES",
    "MAX_PARTS",
    "parse_email",
    "read_eml",
    "read_mbox",
]

MAX_MESSAGE_BYTES = 25_000_000
MAX_HEADER_LINE = 4_096
MAX_HEADER_BYTES = 65_536
MAX_DEPTH = 20
MAX_PARTS = 500

_PREFIX = re.compile(r"^(?:\s{0,4}(?:re|fwd?|aw|wg|tr|sv)\s{0,2}(?:\[\d{1,4}\])?\s{0,2}:\s{0,4}){1,10}",
                     re.IGNORECASE)
_MSGID = re.compile(r"<[^<>\s]{1,500}>")


@dataclass(frozen=True, slots=True)
class ParsedMail:
    """The parts of one e-mail the screen needs."""

    text: str
    subject: str
    sender: str
    sender_name: str
    date: str | None
    message_id: str | None
    references: tuple[str, ...]
    notes: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)


def _bound_headers(raw: bytes, notes: list[str]) -> bytes:
    """Cut over-long header lines and header blocks before the header parser sees them."""
    split = re.search(rb"\r?\n\r?\n", raw)
    head, body = (raw[: split.start()], raw[split.start():]) if split else (raw, b"")
    if len(head) <= MAX_HEADER_LINE and len(head) <= MAX_HEADER_BYTES:
        return raw
    lines = head.split(b"\n")
    cut = 0
    out: list[bytes] = []
    total = 0
    for line in lines:
        if len(line) > MAX_HEADER_LINE:
            line = line[:MAX_HEADER_LINE]
            cut += 1
        total += len(line) + 1
        if total > MAX_HEADER_BYTES:
            notes.append(f"header block longer than {MAX_HEADER_BYTES:,} bytes: the rest of it "
                         "was not read")
            break
        out.append(line)
    if cut:
        notes.append(f"{cut} header line(s) longer than {MAX_HEADER_LINE:,} bytes were cut")
    return b"\n".join(out) + body


def _part_text(part: Message, notes: list[str]) -> str:
    try:
        if isinstance(part, EmailMessage):
            content = part.get_content()
            if isinstance(content, str):
                return content
    except (LookupError, UnicodeError, ValueError, AssertionError):
        charset = part.get_content_charset() or "?"
        notes.append(f"charset {charset!r} could not be used; the part was read as UTF-8")
    payload = part.get_payload(decode=True)
    if isinstance(payload, bytes):
        return payload.decode("utf-8", "replace")
    return ""


def _body(msg: Message, notes: list[str]) -> str:
    plain: list[str] = []
    htmls: list[str] = []
    stack: list[tuple[Message, int]] = [(msg, 0)]
    seen = 0
    while stack:
        part, depth = stack.pop()
        seen += 1
        if seen > MAX_PARTS:
            notes.append(f"more than {MAX_PARTS} MIME parts: the rest were not read")
            break
        if part.is_multipart():
            if depth >= MAX_DEPTH:
                notes.append(f"MIME parts nested deeper than {MAX_DEPTH} were not read")
                continue
            children = part.get_payload()
            if isinstance(children, list):
                stack.extend((c, depth + 1) for c in reversed(children) if isinstance(c, Message))
            continue
        if part.get_content_disposition() == "attachment":
            continue
        ctype = part.get_content_type()
        if ctype == "text/plain":
            plain.append(_part_text(part, notes))
        elif ctype == "text/html":
            htmls.append(_part_text(part, notes))
    if plain:
        return "\n\n".join(p.strip() for p in plain)
    if htmls:
        return "\n\n".join(html_to_text(h) for h in htmls)
    return ""


def parse_email(raw: bytes) -> ParsedMail:
    """Parse one message (bytes) into :class:`ParsedMail`; raises ``ValueError`` when unusable."""
    notes: list[str] = []
    if len(raw) > MAX_MESSAGE_BYTES:
        notes.append(f"message larger than {MAX_MESSAGE_BYTES:,} bytes: only the first "
                     f"{MAX_MESSAGE_BYTES:,} were read")
        raw = raw[:MAX_MESSAGE_BYTES]
    raw = _bound_headers(raw, notes)
    containers = raw.lower().count(b"multipart/")
    if containers > MAX_PARTS:  # the parser recurses per level: refuse before it spends seconds
        raise ValueError(f"the message declares {containers:,} multipart containers (more than "
                         f"{MAX_PARTS}); it was not screened")
    try:
        msg = email.message_from_bytes(raw, policy=policy.default)
        text = _body(msg, notes)
        subject = str(msg.get("subject", "") or "")
        from_header = str(msg.get("from", "") or "")
        # ids and the date are used as written: raw values skip the (slow) structured parsing
        raw_headers: dict[str, str] = {}
        for name, value in msg.raw_items():
            raw_headers.setdefault(name.lower(), str(value))
        refs = " ".join(raw_headers.get(h, "") for h in ("references", "in-reply-to"))
        ids = _MSGID.findall(raw_headers.get("message-id", ""))
        message_id = ids[0] if ids else None
        date = " ".join(raw_headers.get("date", "").split()) or None
    except RecursionError:
        raise ValueError("the message is nested too deeply to parse (MIME or header "
                         "structure); it was not screened") from None
    except (LookupError, TypeError, IndexError) as exc:
        raise ValueError(f"the message cannot be parsed ({type(exc).__name__})") from None
    name, addr = parseaddr(from_header)
    if not addr:
        pairs = getaddresses([from_header])
        name, addr = pairs[0] if pairs else ("", "")
    return ParsedMail(text=text, subject=" ".join(subject.split()), sender=addr.lower(),
                      sender_name=name, date=date, message_id=message_id,
                      references=tuple(_MSGID.findall(refs)), notes=tuple(notes))


def _is_me(mail: ParsedMail, me: Iterable[str]) -> bool:
    keys = {m.strip().lower() for m in me if m.strip()}
    return bool(keys) and (mail.sender in keys or mail.sender_name.strip().lower() in keys)


def _compose(mail: ParsedMail, with_subject: bool) -> str:
    if with_subject and mail.subject:
        return f"Subject: {mail.subject}\n\n{mail.text}"
    return mail.text


def read_eml(path: str | Path, me: Iterable[str] = ()) -> Iterator[Record]:
    """The one message of an ``.eml`` file (an error Record when it cannot be parsed)."""
    p = Path(path)
    source = f"{p}"
    try:
        mail = parse_email(p.read_bytes())
    except ValueError as exc:
        yield Record(p.name, None, source, str(exc))
        return
    sender = "me" if _is_me(mail, me) else "them"
    yield Record(p.name, _compose(mail, True), source, None,
                 {"sender": sender, "from": mail.sender, "subject": mail.subject,
                  "time": mail.date, "notes": list(mail.notes)})


def _mbox_messages(p: Path) -> Iterator[tuple[int, bytes]]:
    """``(line number of the From line, raw message)`` for each message of an mbox file."""
    start: int | None = None
    lines: list[bytes] = []
    size = 0
    prev_blank = True
    junk = False
    with p.open("rb") as fh:
        for lineno, line in enumerate(fh, start=1):
            if line.startswith(b"From ") and (prev_blank or start is None):
                if start is not None:
                    yield start, b"".join(lines)
                start, lines, size = lineno, [], 0
                prev_blank = False
                continue
            prev_blank = line.strip() == b""
            if start is None:
                if line.strip() and not junk:
                    junk = True
                    yield lineno, b""  # text before the first "From " line (reported once)
                continue
            if re.match(rb">+From ", line):
                line = line[1:]
            if size <= MAX_MESSAGE_BYTES:  # parse_email reports the cut
                lines.append(line)
                size += len(line)
    if start is not None:
        yield start, b"".join(lines)


def _subject_key(subject: str) -> str:
    return _PREFIX.sub("", subject).strip().lower()


def read_mbox(path: str | Path, me: Iterable[str] = ()) -> Iterator[Record]:
    """The messages of an mbox file, grouped by thread (threads in order of first message).

    Each message Record has ``fields`` ``thread``, ``file``, ``index``, ``sender``, ``time``, ``from``
    and ``subject``; a message that cannot be parsed becomes an error Record naming its line.
    """
    p = Path(path)
    me = list(me)
    threads: dict[str, list[tuple[int, ParsedMail]]] = {}
    by_id: dict[str, str] = {}
    by_subject: dict[str, str] = {}
    errors: list[Record] = []
    for lineno, raw in _mbox_messages(p):
        source = f"{p}:{lineno}"
        if not raw:
            errors.append(Record(f"line{lineno}", None, source,
                                 "text before the first 'From ' line; is this an mbox file?"))
            continue
        try:
            mail = parse_email(raw)
        except ValueError as exc:
            errors.append(Record(f"line{lineno}", None, source, str(exc)))
            continue
        key = next((by_id[r] for r in mail.references if r in by_id), None)
        subject = _subject_key(mail.subject)
        if key is None and subject:
            key = by_subject.get(subject)
        if key is None:
            key = mail.message_id or subject or f"line{lineno}"
            threads[key] = []
        if subject:
            by_subject.setdefault(subject, key)
        if mail.message_id:
            by_id[mail.message_id] = key
        threads[key].append((lineno, mail))
    yield from errors
    for n, (key, items) in enumerate(threads.items(), start=1):
        tid = f"{p.name}#{n}"
        for index, (lineno, mail) in enumerate(items):
            yield Record(f"{tid}.{index}", _compose(mail, index == 0), f"{p}:{lineno}", None,
                         {"thread": tid, "file": str(p), "index": index,
                          "sender": "me" if _is_me(mail, me) else "them",
                          "time": mail.date, "from": mail.sender, "subject": mail.subject,
                          "message_id": key if index == 0 else mail.message_id,
                          "notes": list(mail.notes)})
