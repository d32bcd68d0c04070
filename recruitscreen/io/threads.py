"""Conversations as records: JSONL thread files, and grouping message records back into threads.

Every conversation reader (JSONL threads, LinkedIn, WhatsApp, mbox) yields one
:class:`~recruitscreen.io.readers.Record` per message, with ``fields`` holding ``thread``
(the conversation id), ``index`` (the message's position in it), ``sender`` (``"them"`` or
``"me"``), ``time`` and ``file`` (the path read). Records of one thread come out together and
in order, so a consumer can group them with :func:`group_threads` while streaming.

A JSONL thread file has one conversation per line::

    {"id": "t1", "label": 1, "messages": [{"sender": "them", "text": "…", "time": "…"}, …]}
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..types import Message
from .readers import Record, read_json_lines

__all__ = [
    "CONVERSATION_FORMATS",
    "Thread",
    "group_threads",
    "looks_like_threads",
    "read_conversation_records",
    "read_thread_file",
    "sniff_format",
    "thread_records",
]

CONVERSATION_FORMATS = ("threads", "eml", "mbox", "linkedin", "whatsapp")
"""Formats whose records are messages of conversations (``fields["thread"]``, ``"sender"``)."""

_SENDERS = ("them", "me")


@dataclass(frozen=True, slots=True)
class Thread:
    """One conversation of a JSONL thread file (``error`` set when the line is unusable)."""

    id: str
    messages: tuple[Message, ...]
    source: str
    label: Any = None
    error: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)


def looks_like_threads(path: str | Path) -> bool:
    """True when the first non-empty line of a JSONL file is an object with a ``messages`` list
    (or, when that line cannot be read, mentions ``"messages"``)."""
    try:
        for first in read_json_lines(Path(path)):
            if first.error is not None:
                return '"messages"' in first.text
            obj = first.value
            return isinstance(obj, dict) and isinstance(obj.get("messages"), list)
    except OSError:
        return False
    return False


def _parse_thread(obj: Any, rid: str, source: str) -> Thread:
    if not isinstance(obj, dict):
        return Thread(rid, (), source, error=f"expected a JSON object, got {type(obj).__name__}")
    tid = str(obj["id"]) if obj.get("id") is not None else rid
    raw = obj.get("messages")
    if not isinstance(raw, list):
        return Thread(tid, (), source, obj.get("label"),
                      "field 'messages' is missing or not a list", obj)
    msgs: list[Message] = []
    for k, m in enumerate(raw):
        if not isinstance(m, dict) or not isinstance(m.get("text"), str):
            return Thread(tid, (), source, obj.get("label"),
                          f"message {k + 1} has no 'text' string", obj)
        sender = m.get("sender", "them")
        if sender not in _SENDERS:
            return Thread(tid, (), source, obj.get("label"),
                          f"message {k + 1}: sender must be 'them' or 'me', got {sender!r}", obj)
        time = m.get("time")
        msgs.append(Message(m["text"], sender, None if time is None else str(time)))
    return Thread(tid, tuple(msgs), source, obj.get("label"), None, obj)


def read_thread_file(path: str | Path) -> Iterator[Thread]:
    """Stream the conversations of a JSONL thread file; a bad line comes out with ``error``."""
    p = Path(path)
    for line in read_json_lines(p):
        source = f"{p}:{line.lineno}"
        if line.error is not None:
            yield Thread(f"line{line.lineno}", (), source, error=line.error)
        else:
            yield _parse_thread(line.value, f"line{line.lineno}", source)


def message_record(thread: str, index: int, msg: Message, source: str,
                   extra: dict[str, Any] | None = None) -> Record:
    """The Record of one message of a conversation."""
    fields: dict[str, Any] = {"thread": thread, "index": index, "sender": msg.sender,
                              "time": msg.time}
    if extra:
        fields.update(extra)
    return Record(f"{thread}#{index}", msg.text, source, None, fields)


def thread_records(path: str | Path) -> Iterator[Record]:
    """One Record per message of a JSONL thread file (an unusable line: one error Record)."""
    for t in read_thread_file(path):
        if t.error is not None:
            yield Record(t.id, None, t.source, t.error, {"thread": t.id})
            continue
        for k, m in enumerate(t.messages):
            extra: dict[str, Any] = {"file": str(path)}
            if t.label is not None:
                extra["label"] = t.label
            yield message_record(t.id, k, m, f"{t.source} message {k + 1}", extra)


def group_threads(records: Iterable[Record]) -> Iterator[tuple[str | None, list[Record]]]:
    """Group consecutive records of one thread: ``(thread id, records)``; ``None`` for loose ones.

    One thread is one thread id *in one file* (the ``file`` field): two exports whose threads
    share an id (two WhatsApp chats with the same file name in different folders, say) stay
    apart. A record without ``thread`` and ``index`` fields (a plain CSV row, say) and an error
    record come out alone, with thread id ``None``.
    """
    current: tuple[str, str | None] = ("", None)  # (thread id, file) of ``batch``
    batch: list[Record] = []
    for r in records:
        tid = r.fields.get("thread") if r.fields and "index" in r.fields else None
        if tid is None or r.error is not None:
            if batch:
                yield current[0], batch
                batch = []
            yield None, [r]
            continue
        file = r.fields.get("file")
        key = (str(tid), None if file is None else str(file))
        if batch and key != current:
            yield current[0], batch
            batch = []
        current = key
        batch.append(r)
    if batch:
        yield current[0], batch


def sniff_format(path: str | Path, kind: str) -> str:
    """Refine a format told by the extension from the file's first lines.

    A ``.jsonl`` whose first object has a ``messages`` list is a thread file, a ``.csv`` with
    LinkedIn's columns is a LinkedIn export, a ``.txt`` that starts with dated WhatsApp lines is
    a WhatsApp export. Anything else keeps ``kind``.
    """
    from .linkedin import looks_like_linkedin
    from .whatsapp import looks_like_whatsapp

    if str(path) == "-" or not Path(path).is_file():
        return kind
    if kind == "jsonl" and looks_like_threads(path):
        return "threads"
    if kind == "csv" and looks_like_linkedin(path):
        return "linkedin"
    if kind == "txt" and looks_like_whatsapp(path):
        return "whatsapp"
    return kind


def read_conversation_records(path: str | Path, kind: str, me: Iterable[str] = ()) -> Iterator[Record]:
    """One Record per message of a conversation file of format ``kind``.

    ``me``: names or addresses of the account holder, whose messages are marked ``"me"``
    (JSONL threads carry the sender themselves).
    """
    from .linkedin import read_linkedin
    from .mail import read_eml, read_mbox
    from .whatsapp import read_whatsapp

    if kind == "threads":
        return thread_records(path)
    readers = {"eml": read_eml, "mbox": read_mbox, "linkedin": read_linkedin,
               "whatsapp": read_whatsapp}
    if kind not in readers:
        raise ValueError(f"{kind!r} is not a conversation format ({', '.join(CONVERSATION_FORMATS)})")
    return readers[kind](path, me)
