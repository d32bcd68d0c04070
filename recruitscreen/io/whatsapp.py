"""WhatsApp chat exports (``.txt``), Android and iOS, read tolerantly.

There is no published format. Observed shapes, all accepted:

* Android: ``12/03/2024, 14:05 - Anna: text`` (also ``3/12/24, 2:05 PM``, ``12.03.24, 14:05``);
* iOS: ``[12/03/2024, 14:05:33] Anna: text`` (a left-to-right mark may lead the line, and a
  narrow no-break space may sit before AM/PM).

Dates follow the phone's locale, so they are kept as written (``fields["time"]``), never
reinterpreted. A line that does not start with a date continues the previous message (messages
span lines). System lines (``Messages and calls are end-to-end encrypted``, ``Anna added Ben``;
on iOS a text that starts with a left-to-right mark) are not messages and are skipped; media
placeholders (``<Media omitted>``, ``image omitted``) stay as messages. Text before the first
dated line and lines that are not valid UTF-8 become error records naming the line.

Which side is "me": the names given (``--me``); otherwise, when the file keeps WhatsApp's own
name ``WhatsApp Chat with NAME.txt`` and the chat has exactly two senders, the one who is not
NAME. Without either, every sender counts as "them".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from .readers import Record

__all__ = ["looks_like_whatsapp", "read_whatsapp"]

_TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \u202f\u00a0]?[AaPp]\.?[ \u202f]?[Mm]\.?)?"
_DATE = r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
_ANDROID = re.compile(rf"({_DATE}),? ({_TIME}) [-\u2013] (.*)")
_IOS = re.compile(rf"\u200e?\[({_DATE}),? ({_TIME})\] (.*)")
_NAME_MAX = 60
_CHAT_WITH = re.compile(r"WhatsApp Chat (?:with|-) (.+)", re.IGNORECASE)


def _header(line: str) -> tuple[str, str] | None:
    m = _IOS.fullmatch(line) or _ANDROID.fullmatch(line)
    return (f"{m.group(1)} {m.group(2)}", m.group(3)) if m else None


def looks_like_whatsapp(path: str | Path) -> bool:
    """True when one of the first non-empty lines of a text file is a dated WhatsApp line."""
    try:
        with Path(path).open("r", encoding="utf-8-sig", errors="replace") as fh:
            for n, line in enumerate(fh):
                if n >= 5:
                    break
                if line.strip() and _header(line.rstrip("\r\n")):
                    return True
    except OSError:
        return False
    return False


def _split(rest: str) -> tuple[str, str] | None:
    """``(name, text)`` of a message line; ``None`` for a system line."""
    name, sep, text = rest.partition(": ")
    if not sep or not name or len(name) > _NAME_MAX or text.startswith("\u200e"):
        return None
    return name.strip().lstrip("~\u202f\u00a0 ").strip(), text


def read_whatsapp(path: str | Path, me: Iterable[str] = ()) -> Iterator[Record]:
    """One Record per message of a chat export (see the module docstring)."""
    p = Path(path)
    tid = p.stem
    messages: list[tuple[int, str, str, list[str]]] = []  # line, time, name, text lines
    errors: list[Record] = []
    current: tuple[int, str, str, list[str]] | None = None
    started = False
    with p.open("rb") as fh:
        for lineno, raw in enumerate(fh, start=1):
            try:
                line = raw.decode("utf-8").rstrip("\r\n")
            except UnicodeDecodeError as exc:
                errors.append(Record(f"line{lineno}", None, f"{p}:{lineno}",
                                     f"line is not valid UTF-8 (byte {exc.start}); re-encode the "
                                     "export as UTF-8"))
                continue
            if lineno == 1:
                line = line.lstrip("\ufeff")
            head = _header(line)
            if head is None:
                if current is not None:
                    current[3].append(line)
                elif line.strip() and not started:
                    errors.append(Record(f"line{lineno}", None, f"{p}:{lineno}",
                                         "text before the first dated message line; is this a "
                                         "WhatsApp export?"))
                continue
            started = True
            time, rest = head
            parts = _split(rest)
            if parts is None:  # a system line: not a message, and it ends the previous one
                current = None
                continue
            current = (lineno, time, parts[0], [parts[1]])
            messages.append(current)
    yield from errors
    senders = list(dict.fromkeys(name for _, _, name, _ in messages))
    mine = _mine(p, senders, me)
    for index, (lineno, time, name, lines) in enumerate(messages):
        yield Record(f"{tid}#{index}", "\n".join(lines).strip("\n"), f"{p}:{lineno}", None,
                     {"thread": tid, "file": str(p), "index": index, "sender": "me" if name in mine else "them",
                      "time": time, "from": name})


def _mine(p: Path, senders: list[str], me: Iterable[str]) -> set[str]:
    given = {m.strip().lower() for m in me if m.strip()}
    if given:
        return {s for s in senders if s.lower() in given}
    m = _CHAT_WITH.fullmatch(p.stem)
    if m and len(senders) == 2 and m.group(1).strip() in senders:
        return {s for s in senders if s != m.group(1).strip()}
    return set()
