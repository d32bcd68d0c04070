"""``recruitscreen scan`` on conversation inputs: rows per message and per conversation, CSV
columns, --me, --redact, the HTML report, and the thread evaluation command."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from recruitscreen.cli import main

CHAT = """12/03/2024, 14:05 - Anna Berg: Hi Dana, your background in avionics is impressive.
12/03/2024, 14:06 - Dana: Thanks, what is this about?
12/03/2024, 14:07 - Anna Berg: Add me on WeChat, my client pays USD 2,000 per report.
Nothing classified, just what is discussed internally. Keep this between us.
"""


@pytest.fixture()
def chat(tmp_path: Path) -> Path:
    path = tmp_path / "WhatsApp Chat with Anna Berg.txt"
    path.write_text(CHAT, encoding="utf-8")
    return path


def _jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_scan_writes_a_row_per_message_and_per_conversation(
    chat: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["scan", str(chat), "--model", "none", "-o", str(out), "--fail-on", "high"]) == 1
    rows = _jsonl(out)
    assert [r["kind"] for r in rows] == ["message", "message", "message", "conversation"]
    assert [r["sender"] for r in rows[:3]] == ["them", "me", "them"]
    assert [r["index"] for r in rows[:3]] == [0, 1, 2]
    assert {r["thread"] for r in rows} == {chat.stem}
    conv = rows[3]
    assert conv["level"] == "high" and conv["messages"] == 3
    assert "pivot" in conv["stages"]  # type: ignore[operator]
    err = capsys.readouterr().err
    assert "1 conversations, 1 flagged" in err


def test_two_chats_with_the_same_file_name_are_two_conversations(tmp_path: Path) -> None:
    paths = []
    for folder in ("phone", "backup"):
        (tmp_path / folder).mkdir()
        path = tmp_path / folder / "WhatsApp Chat with Anna Berg.txt"
        path.write_text(CHAT, encoding="utf-8")
        paths.append(path)
    out = tmp_path / "out.jsonl"
    assert main(["scan", *map(str, paths), "--model", "none", "-o", str(out)]) == 0
    rows = _jsonl(out)
    convs = [r for r in rows if r["kind"] == "conversation"]
    assert [c["messages"] for c in convs] == [3, 3]
    assert [c["source"] for c in convs] == [f"{p}:1" for p in paths]
    assert [r["kind"] for r in rows] == (["message"] * 3 + ["conversation"]) * 2


def test_scan_csv_has_the_conversation_columns(chat: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    assert main(["scan", str(chat), "--model", "none", "-o", str(out)]) == 0
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0])[:4] == ["kind", "thread", "index", "sender"]
    assert [r["kind"] for r in rows] == ["message"] * 3 + ["conversation"]
    assert ";" in rows[3]["stages"] and rows[3]["messages"] == "3"


def test_me_option_marks_my_messages(chat: Path, tmp_path: Path) -> None:
    renamed = tmp_path / "chat.txt"
    renamed.write_text(CHAT, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["scan", str(renamed), "--model", "none", "--me", "Dana", "-o", str(out)]) == 0
    assert [r["sender"] for r in _jsonl(out)[:3]] == ["them", "me", "them"]
    assert main(["scan", str(renamed), "--model", "none", "-o", str(out)]) == 0
    assert [r["sender"] for r in _jsonl(out)[:3]] == ["them", "them", "them"]


def test_redact_removes_evidence_words_from_every_output(chat: Path, tmp_path: Path) -> None:
    for name in ("out.jsonl", "out.csv", "out.html"):
        out = tmp_path / name
        assert main(["scan", str(chat), "--model", "none", "--redact", "-o", str(out)]) == 0
        text = out.read_text(encoding="utf-8")
        assert "WeChat" not in text and "Keep this between us" not in text, name
        assert "[off_platform]" in text, name


def test_redact_keeps_offsets_into_the_original(chat: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["scan", str(chat), "--model", "none", "--redact", "-o", str(out)]) == 0
    original = "Add me on WeChat, my client pays USD 2,000 per report.\nNothing classified, " \
               "just what is discussed internally. Keep this between us."
    row = _jsonl(out)[2]
    findings = [f for f in row["findings"] if f["category"] != "model"]  # type: ignore[union-attr]
    assert findings
    for f in findings:
        assert f["excerpt"] == f"[{f['category']}]"
        assert original[f["start"]:f["end"]].strip()


def test_html_report_from_mixed_inputs(chat: Path, tmp_path: Path) -> None:
    plain = tmp_path / "inbox.jsonl"
    plain.write_text(json.dumps({"id": "n1", "text": "Lunch <b>Friday</b>?"}) + "\n{bad\n",
                     encoding="utf-8")
    out = tmp_path / "report.html"
    assert main(["scan", str(chat), str(plain), "--model", "none", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert page.index(chat.stem) < page.index("n1")  # the risky thread first
    assert "&lt;b&gt;Friday&lt;/b&gt;" in page and "invalid JSON" in page
    assert "<mark " in page


def test_unreadable_file_is_a_row_and_the_rest_goes_on(chat: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "messages.csv"
    broken.write_text("CONVERSATION ID,FROM,CONTENT\n\"c1,Ann,never closed\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["scan", str(broken), str(chat), "--model", "none", "-o", str(out)]) == 0
    rows = _jsonl(out)
    assert rows[0]["error"] and str(broken) in str(rows[0]["source"])
    assert sum(r["kind"] == "conversation" for r in rows) == 1
    assert str(broken) in capsys.readouterr().err


def test_evaluate_recognises_a_thread_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "labelled.jsonl"
    threads = [
        {"id": "s", "label": 1, "messages": [
            {"sender": "them", "text": "Add me on WeChat, my client pays USD 2,000 per report."},
            {"sender": "them", "text": "Nothing classified, just what is discussed internally."}]},
        {"id": "b", "label": 0, "messages": [{"sender": "them", "text": "Lunch on Friday?"}]},
    ]
    path.write_text("\n".join(json.dumps(t) for t in threads) + "\n", encoding="utf-8")
    assert main(["evaluate", str(path), "--model", "none", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["threads"] == 2 and report["roc_auc"] == 1.0
    assert report["benign_flagged"] == []


def test_reader_bounds_are_noted_on_the_row(tmp_path: Path) -> None:
    path = tmp_path / "odd.eml"
    path.write_bytes(b"From: a@example.com\r\nSubject: hi\r\n"
                     b"Content-Type: text/plain; charset=x-unknown-1\r\n\r\nAdd me on WeChat\r\n")
    for name in ("out.jsonl", "out.html"):
        out = tmp_path / name
        assert main(["scan", str(path), "--model", "none", "-o", str(out)]) == 0
        assert "x-unknown-1" in out.read_text(encoding="utf-8"), name
    row = _jsonl(tmp_path / "out.jsonl")[0]
    assert row["kind"] == "message" and row["thread"] is None
    assert any("x-unknown-1" in n for n in row["input_notes"])  # type: ignore[union-attr]
