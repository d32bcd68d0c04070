"""The HTML report: self-contained, escaped, marked, sorted, filterable; redaction; and a real
headless Chromium that renders it and proves a message's <script> stays inert."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

import recruitscreen as rs
from recruitscreen.report import (
    ReportItem,
    redact_assessment,
    redact_conversation,
    redact_text,
    render_report,
)

HOSTILE = ('Add me on WeChat <script>document.title="pwned";'
           'document.body.insertAdjacentHTML("beforeend","<div id=pwned></div>")</script>'
           '<img src=x onerror="document.title=\'pwned\'"> and my client pays for short reports.')
THREAD = [
    {"sender": "them", "text": "Hello, your background in radar work is impressive."},
    {"sender": "me", "text": "Thanks <b>really</b>."},
    {"sender": "them", "text": HOSTILE},
]
BENIGN = "Lunch on Friday at the usual place?"


@pytest.fixture(scope="module")
def screener() -> rs.Screener:
    return rs.Screener(model=None)


def _items(screener: rs.Screener, redact: bool = False) -> list[ReportItem]:
    c = screener.screen_conversation(THREAD)
    if redact:
        c = redact_conversation(c)
    thread = ReportItem("thread <1>", tuple(m["text"] for m in THREAD),
                        ("in.jsonl:1 message 1", "in.jsonl:1 message 2", "in.jsonl:1 message 3"),
                        tuple(m["sender"] for m in THREAD), c.messages, c)
    a = screener.screen(BENIGN)
    loose = ReportItem("note.txt", (BENIGN,), ("note.txt",), ("them",),
                       (redact_assessment(a) if redact else a,))
    broken = ReportItem("bad.csv:3", (None,), ("bad.csv:3",), ("them",), (None,),
                        errors=("row has 3 fields, the header has 2",))
    return [loose, broken, thread]


def test_report_is_self_contained_and_escaped(screener: rs.Screener) -> None:
    page = render_report(_items(screener), sources=["in.jsonl", "<odd>.csv"])
    assert page.count("<script") == 1  # the report's own filter script, nothing else
    assert "&lt;script&gt;document.title" in page
    assert "<img" not in page and "&lt;img src=x" in page
    assert "<b>really</b>" not in page and "&lt;b&gt;really&lt;/b&gt;" in page
    assert "thread &lt;1&gt;" in page and "&lt;odd&gt;.csv" in page
    assert not re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:)?//", page)
    assert "@import" not in page and "url(" not in page
    assert "Content-Security-Policy" in page


def test_report_marks_evidence_with_explanation_and_advice(screener: rs.Screener) -> None:
    c = screener.screen_conversation(THREAD)
    page = render_report(_items(screener))
    marks = re.findall(r"<mark [^>]*>([^<]*)</mark>", page)
    counted = {THREAD[f.message_index or 0]["text"][f.start:f.end]
               for f in c.findings if f.category != "model" and f.contribution > 0}
    shown = [m.replace("&quot;", '"').replace("&#x27;", "'") for m in marks]
    assert counted  # overlapping findings share one mark
    assert all(any(words in m for m in shown) for words in counted)
    for f in c.findings:
        assert f.explanation.replace("'", "&#x27;") in page
        if f.advice:
            assert f.advice.replace("'", "&#x27;") in page


def test_report_sorts_by_risk_counts_and_filters(screener: rs.Screener) -> None:
    page = render_report(_items(screener))
    order = [m for m in re.findall(r'<section class="conv level-(\w+)"', page)]
    thread_level = screener.screen_conversation(THREAD).level
    assert order[0] == thread_level and order[-1] == "error"
    assert '<div class="count"><b>3</b>conversations</div>' in page
    assert '<div class="count"><b>5</b>messages</div>' in page
    assert '<div class="count"><b>1</b>unreadable rows</div>' in page
    for level in ("high", "medium", "low"):
        assert f'data-level="{level}" checked' in page
    assert "row has 3 fields" in page


def test_redaction_replaces_the_words_and_keeps_the_offsets(screener: rs.Screener) -> None:
    c = screener.screen_conversation(THREAD)
    r = redact_conversation(c)
    evidence = [f for f in c.findings if f.category != "model"]
    assert evidence
    for before, after in zip(c.findings, r.findings, strict=True):
        assert (after.start, after.end, after.rule_id) == (before.start, before.end, before.rule_id)
        assert after.excerpt == f"[{before.category}]"
    page = render_report(_items(screener, redact=True), redact=True)
    words = {THREAD[f.message_index or 0]["text"][f.start:f.end] for f in evidence}
    for w in words:
        assert w not in page, w
    assert "Evidence is redacted" in page
    text = THREAD[2]["text"]
    red = redact_text(text, c.messages[2].findings)
    assert "[off_platform" in red and len(red) != len(text)


def test_redacted_model_finding_names_no_words() -> None:
    a = rs.screen("Add me on WeChat, my client pays for short reports")
    r = redact_assessment(a)
    for f in r.findings:
        assert f.excerpt.startswith("[")
        if f.category == "model":
            assert "\u201c" not in f.explanation


# -- a real browser ---------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None,
                    reason="Debian's chromium is not installed (`.ci/run` installs it: "
                           "apt-get install -y chromium)")
def test_report_renders_in_headless_chromium(screener: rs.Screener, tmp_path: Path) -> None:
    page = render_report(_items(screener))
    path = tmp_path / "report.html"
    path.write_text(page, encoding="utf-8")
    assert CHROMIUM is not None
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
           f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=2000",
           "--dump-dom", path.as_uri()]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    dom = done.stdout
    assert "<title>recruitscreen report</title>" in dom  # the message's script did not retitle it
    assert 'id="pwned"' not in dom  # nor add an element
    assert "<img" not in dom
    assert len(re.findall(r"<mark ", dom)) >= 2  # highlights are there
    # the report's own filter script did run (allowed by its hash): it filled in the count
    assert re.search(r'<span id="shown">3</span>', dom)
    shot = tmp_path / "shot.png"
    done = subprocess.run([*cmd[:-2], f"--screenshot={shot}", "--window-size=1200,900",
                           path.as_uri()], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0 and shot.stat().st_size > 10_000
