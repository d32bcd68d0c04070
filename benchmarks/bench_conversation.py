"""Conversation screening, readers and the HTML report: speed on ordinary and hostile input.

    python benchmarks/bench_conversation.py [--copies 20]

Prints figures; asserts nothing. Goals: thread screening costs about what its messages cost one
by one; the readers do well over 10,000 messages/s; hostile input (1 MB of unclosed tags, 1 MB of
alternating quote headers) stays well under a second; a report of 1,000 conversations renders in
about a second.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from recruitscreen.conversation import mask_quoted  # noqa: E402
from recruitscreen.io.htmltext import html_to_text  # noqa: E402
from recruitscreen.io.mail import read_mbox  # noqa: E402
from recruitscreen.io.threads import read_thread_file  # noqa: E402
from recruitscreen.io.whatsapp import read_whatsapp  # noqa: E402
from recruitscreen.report import ReportItem, render_report  # noqa: E402
from recruitscreen.screener import Screener  # noqa: E402


def timed(fn: object, *args: object) -> tuple[float, object]:
    start = time.perf_counter()
    out = fn(*args)  # type: ignore[operator]
    return time.perf_counter() - start, out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=20, help="times the dev threads are repeated")
    args = parser.parse_args()
    threads = [t for t in read_thread_file(ROOT / "data/threads/threads_dev.jsonl") if not t.error]
    batch = threads * args.copies
    n_msgs = sum(len(t.messages) for t in batch)
    for name, screener in (("rules", Screener(model=None)), ("rules+model", Screener())):
        screener.screen_conversation(threads[0].messages)  # warm-up
        secs, convs = timed(lambda s=screener: [s.screen_conversation(t.messages) for t in batch])
        flat, _ = timed(lambda s=screener: [s.screen(m.text) for t in batch for m in t.messages])
        print(f"screen_conversation [{name}]: {len(batch) / secs:,.0f} threads/s "
              f"({n_msgs / secs:,.0f} messages/s; the same messages one by one: {n_msgs / flat:,.0f}/s)")
    items = [ReportItem(f"t{i}", tuple(m.text for m in t.messages), ("bench",) * len(t.messages),
                        c.senders, c.messages, c) for i, (t, c) in enumerate(zip(batch, convs, strict=True))]  # type: ignore[arg-type]
    secs, page = timed(render_report, items[:1000])
    print(f"render_report: {min(len(items), 1000):,} conversations in {secs:.2f} s "
          f"({len(str(page)) / 1e6:.1f} MB)")

    with tempfile.TemporaryDirectory() as tmp:
        chat = Path(tmp) / "chat.txt"
        lines = [f"12/03/2024, 14:{i % 60:02d} - {'Anna' if i % 2 else 'Dana'}: message number {i}\n"
                 "and a second line" for i in range(20_000)]
        chat.write_text("\n".join(lines) + "\n", encoding="utf-8")
        secs, recs = timed(lambda: list(read_whatsapp(chat)))
        print(f"read_whatsapp: {len(recs) / secs:,.0f} messages/s")  # type: ignore[arg-type]
        box = Path(tmp) / "box.mbox"
        with box.open("wb") as fh:
            for i in range(2_000):
                m = EmailMessage()
                m["From"] = f"sender{i % 50}@example.com"
                m["Subject"] = f"Re: topic {i % 200}"
                m.set_content(f"Body of message {i}.\nSecond line.")
                fh.write(b"From MAILER-DAEMON Tue Jun  4 10:02:00 2024\n" + m.as_bytes() + b"\n")
        secs, recs = timed(lambda: list(read_mbox(box)))
        print(f"read_mbox: {len(recs) / secs:,.0f} messages/s")  # type: ignore[arg-type]

    hostile_html = "<p>x</p>" + "<a " * 350_000
    secs, _ = timed(html_to_text, hostile_html)
    print(f"html_to_text on {len(hostile_html) / 1e6:.1f} MB of unclosed tags: {secs:.2f} s")
    fine_html = "<p>Hello <b>there</b>, see the attached report.</p>" * 20_000
    secs, _ = timed(html_to_text, fine_html)
    print(f"html_to_text on {len(fine_html) / 1e6:.1f} MB of ordinary markup: {secs:.2f} s")
    hostile_quotes = "On Mon, Ann wrote:\n> q\n" * 40_000
    secs, _ = timed(mask_quoted, hostile_quotes)
    print(f"mask_quoted on {len(hostile_quotes) / 1e6:.1f} MB of alternating quote headers: {secs:.2f} s")


if __name__ == "__main__":
    main()
