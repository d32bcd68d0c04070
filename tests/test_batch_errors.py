"""Batches lose nothing: broken rows, wrong encodings, garbage and Ctrl-C.

Every good row is screened; every bad row comes out as a row of its own with an ``error``;
stderr names the file and line; the exit status is 0 (1 with ``--fail-on``), and 2 only when
nothing at all could be read.
"""

from __future__ import annotations

import csv
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from recruitscreen.cli import main
from recruitscreen.io import ResultWriter, read_records, result_row
from recruitscreen.io.readers import Record

GOOD = "Add me on WeChat, my client pays USD 2,000 for a short report on internal plans."
PLAIN = "See you at the team lunch on Friday."


def _scan(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["scan", "--model", "none", "--progress", "never", *args])
    return code, capsys.readouterr().err


def _jsonl_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_a_broken_jsonl_keeps_every_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(
        json.dumps({"id": "a", "text": GOOD}).encode() + b"\n"
        + b'{"id": "b", "text": "unterminated\n'  # line 2: invalid JSON
        + b"[" * 50_000 + b"\n"  # line 3: nesting deeper than the parser's recursion limit
        + b'{"id": "d", "text": ' + b"9" * 5000 + b"}\n"  # line 4: a number too long to read
        + b'{"id": "e", "text": "caf\xe9 latin-1"}\n'  # line 5: not UTF-8
        + b'{"id": "f", "text": "\\ud800 lone surrogate, add me on WeChat"}\n'  # line 6: fine
        + b"\x00\x01\x02\xff\xfe binary garbage\n"  # line 7
        + json.dumps({"id": "h", "text": PLAIN}).encode() + b"\n"
    )
    out = tmp_path / "out.jsonl"
    code, err = _scan(capsys, str(src), "-o", str(out))
    assert code == 0
    rows = _jsonl_rows(out)
    assert [r["id"] for r in rows] == ["a", "2", "3", "4", "5", "f", "7", "h"]
    bad = {r["id"]: r["error"] for r in rows if r["error"]}
    assert set(bad) == {"2", "3", "4", "5", "7"}
    assert "nested too deeply" in bad["3"] and "number too long" in bad["4"]
    assert "UTF-8" in bad["5"] and "UTF-8" in bad["7"]
    for line in (2, 3, 4, 5, 7):
        assert f"{src}:{line}:" in err
    assert rows[0]["level"] in ("medium", "high") and rows[5]["findings"]
    assert "8 rows, 3 screened" in err


def _thread(tid: str, *texts: str) -> bytes:
    return json.dumps({"id": tid, "messages": [{"sender": "them", "text": t} for t in texts]}).encode()


@pytest.mark.parametrize("first_bad", [False, True])
def test_a_broken_thread_file_keeps_every_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], first_bad: bool
) -> None:
    """A JSONL thread file: each unreadable line is an error row naming file and line."""
    src = tmp_path / "threads.jsonl"
    bad = [
        b'{"id": "b", "messages": [' + b"[" * 50_000,  # nesting deeper than the recursion limit
        b'{"id": "c", "messages": [], "n": ' + b"9" * 5000 + b"}",  # a number too long to read
        b'{"id": "d", "messages": [{"sender": "them", "text": "caf\xe9"}]}',  # not UTF-8
        b'{"id": "e", "messages": [',  # invalid JSON
    ]
    lines = [*bad, _thread("t1", GOOD, PLAIN)] if first_bad else [_thread("t1", GOOD, PLAIN), *bad]
    src.write_bytes(b"\n".join([*lines, _thread("t2", PLAIN)]) + b"\n")
    out = tmp_path / "out.jsonl"
    code, err = _scan(capsys, str(src), "-o", str(out))
    assert code == 0
    rows = _jsonl_rows(out)
    errors = [r for r in rows if r["error"]]
    first = 1 if first_bad else 2
    assert [r["source"] for r in errors] == [f"{src}:{n}" for n in range(first, first + 4)]
    assert "nested too deeply" in errors[0]["error"] and "number too long" in errors[1]["error"]
    assert "UTF-8" in errors[2]["error"] and "invalid JSON" in errors[3]["error"]
    for n in range(first, first + 4):
        assert f"{src}:{n}:" in err
    screened = [(r["kind"], r["thread"]) for r in rows if not r["error"]]
    assert screened == [("message", "t1"), ("message", "t1"), ("conversation", "t1"),
                        ("message", "t2"), ("conversation", "t2")]


def test_csv_quotes_that_never_close_do_not_swallow_later_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in.csv"
    src.write_text(
        "id,text\n"
        f'1,"{GOOD}"\n'
        '2,"an opening quote that never\n'  # line 3: swallows the next lines in a lenient reader
        "3,first swallowed\n"
        '4,"closed early"then junk\n'  # line 5
        f"5,{PLAIN}\n"
        "6,too,many,fields\n"
        '7,"the last quote never closes\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    code, err = _scan(capsys, str(src), "-o", str(out), "--fail-on", "medium")
    assert code == 1
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["id"] for r in rows] == ["1", "line3", "3", "line5", "5", "6", "line8"]
    assert [bool(r["error"]) for r in rows] == [False, True, False, True, False, True, True]
    assert "read as rows of their own" in rows[1]["error"] and "never closed" in rows[-1]["error"]
    assert rows[0]["level"] in ("medium", "high")
    for line in (3, 5, 7, 8):
        assert f"{src}:{line}:" in err


def test_latin1_and_utf16_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    latin = tmp_path / "latin.csv"
    latin.write_bytes(f"id,text\n1,{GOOD}\n2,caf\xe9 cr\xe8me\n3,{PLAIN}\n".encode("latin-1"))
    wide = tmp_path / "wide.jsonl"  # Windows tools write UTF-16 with a byte-order mark
    wide.write_bytes(
        (json.dumps({"id": "w1", "text": "café " + GOOD}, ensure_ascii=False) + "\n").encode("utf-16")
    )
    out = tmp_path / "out.jsonl"
    code, err = _scan(capsys, str(latin), str(wide), "-o", str(out))
    assert code == 0
    rows = _jsonl_rows(out)
    assert [r["id"] for r in rows] == ["1", "2", "3", "w1"]
    assert "UTF-8" in rows[1]["error"] and f"{latin}:3:" in err
    assert rows[3]["error"] is None and rows[3]["level"] in ("medium", "high")


def test_binary_garbage_is_reported_and_exits_2_only_when_nothing_was_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rng = random.Random(7)
    garbage = bytes(rng.randrange(256) for _ in range(20_000))
    junk = tmp_path / "junk.jsonl"
    junk.write_bytes(garbage)
    out = tmp_path / "out.jsonl"
    code, err = _scan(capsys, str(junk), "-o", str(out))
    assert code == 2
    rows = _jsonl_rows(out)
    assert rows and all(r["error"] for r in rows)
    assert all(f"{junk}:{r['source'].rsplit(':', 1)[1]}:" in err for r in rows)
    assert len(rows) == len([ln for ln in garbage.split(b"\n") if ln.strip()])
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"id": "g", "text": PLAIN}) + "\n", encoding="utf-8")
    code, _ = _scan(capsys, str(junk), str(good), "-o", str(out))
    assert code == 0
    assert _jsonl_rows(out)[-1]["id"] == "g"


def test_a_file_that_cannot_be_read_gets_a_row_and_the_rest_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    no_column = tmp_path / "other.csv"
    no_column.write_text("a,b\n1,2\n", encoding="utf-8")
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"id": "g", "text": GOOD}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code, err = _scan(capsys, str(no_column), str(tmp_path / "gone.jsonl"), str(good), "-o", str(out))
    assert code == 0
    rows = _jsonl_rows(out)
    assert [r["source"] for r in rows[:2]] == [str(no_column), str(tmp_path / "gone.jsonl")]
    assert "no column 'text'" in rows[0]["error"] and "no such file" in rows[1]["error"]
    assert rows[2]["id"] == "g" and rows[2]["error"] is None
    assert "gone.jsonl" in err


def test_a_message_above_the_limit_is_an_error_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from recruitscreen.screener import DEFAULT_MAX_CHARS

    src = tmp_path / "big.jsonl"
    src.write_text(
        json.dumps({"id": "big", "text": "a" * (DEFAULT_MAX_CHARS + 1)}) + "\n"
        + json.dumps({"id": "ok", "text": PLAIN}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    code, err = _scan(capsys, str(src), "-o", str(out))
    assert code == 0
    big, ok = _jsonl_rows(out)
    assert "above the limit" in big["error"] and ok["error"] is None
    assert f"{src}:1:" in err


@pytest.mark.parametrize("kind", ["jsonl", "csv"])
def test_writers_survive_lone_surrogates(tmp_path: Path, kind: str) -> None:
    """Text from a JSON ``\\ud800`` escape cannot be encoded as UTF-8; the row is still written."""
    import recruitscreen as rs

    text = "\ud800 add me on WeChat \udfff"
    a = rs.Screener(model=None).screen(text)
    assert a.findings
    path = tmp_path / f"out.{kind}"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = ResultWriter(fh, kind)
        writer.write(result_row(Record("x\udc80", text, "src"), a))
        writer.write(result_row(Record("y", PLAIN, "src"), None, "a reason"))
    assert writer.rows == 2
    raw = path.read_text("utf-8")
    if kind == "jsonl":
        first, second = (json.loads(line) for line in raw.splitlines())
        assert first["id"] == "x\udc80"  # escaped, so nothing is lost
        assert first["findings"][0]["excerpt"] in text
        assert second["error"] == "a reason"
    else:
        rows = list(csv.DictReader(raw.splitlines()))
        assert [r["id"] for r in rows] == ["x\ufffd", "y"]


def test_readers_never_lose_a_line_of_random_csv(tmp_path: Path) -> None:
    """Rows in = rows out on CSV made of random quotes, commas and newlines."""
    rng = random.Random(11)
    alphabet = ['"', ",", "\n", "a", "b", " ", "\r"]
    for trial in range(200):
        body = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 200)))
        path = tmp_path / f"r{trial}.csv"
        path.write_text("id,text\n" + body, encoding="utf-8", newline="")
        records = list(read_records(path))
        lines = [int(r.source.rsplit(":", 1)[1]) for r in records]
        assert lines == sorted(set(lines)), body  # in order, one record per starting line
        for r in records:
            assert (r.error is None) == (r.text is not None)


_INTERRUPTIBLE = """
import signal, sys
signal.signal(signal.SIGINT, signal.default_int_handler)  # even if the runner ignores SIGINT
from recruitscreen.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["jsonl", "csv"])
def test_ctrl_c_leaves_a_valid_output_with_every_row_done(tmp_path: Path, kind: str) -> None:
    src = tmp_path / "in.jsonl"
    # Slow rows (about 20 ms each), so the scan is surely mid-way when SIGINT arrives.
    body = " ".join(["add me on wechat for a paid report, keep it between us"] * 1500)
    n = 2000
    with src.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"m{i}", "text": body}) + "\n")
    out = tmp_path / f"out.{kind}"
    proc = subprocess.Popen(
        [sys.executable, "-c", _INTERRUPTIBLE, "scan", "--model", "none", str(src), "-o", str(out)],
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if out.exists() and out.stat().st_size > 0 and len(out.read_bytes().splitlines()) >= 4:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    raw = out.read_text("utf-8")
    assert raw.endswith("\n")
    if kind == "jsonl":
        rows = [json.loads(line) for line in raw.splitlines()]
    else:
        rows = list(csv.DictReader(raw.splitlines()))
    assert 3 <= len(rows) < n
    assert [r["id"] for r in rows] == [f"m{i}" for i in range(len(rows))]
    assert all(r["level"] for r in rows)
    assert f"{len(rows)} rows written" in err


def test_a_file_that_cannot_be_opened_gets_a_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked.jsonl"
    locked.write_text(json.dumps({"id": "l", "text": GOOD}) + "\n", encoding="utf-8")
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"id": "g", "text": PLAIN}) + "\n", encoding="utf-8")
    real_open = Path.open

    def guarded_open(self: Path, *args: object, **kwargs: object) -> object:
        if self.name == "locked.jsonl":  # tests may run as root, where chmod 000 does not lock
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", guarded_open)
    out = tmp_path / "out.jsonl"
    code, err = _scan(capsys, str(locked), str(good), "-o", str(out))
    assert code == 0
    rows = [json.loads(line) for line in real_open(out, encoding="utf-8").read().splitlines()]
    assert [r["id"] for r in rows] == ["locked.jsonl", "g"]
    assert "Permission denied" in rows[0]["error"] and "locked.jsonl" in err
