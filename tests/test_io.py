from __future__ import annotations

import json
from pathlib import Path

import pytest

from recruitscreen.errors import InputError
from recruitscreen.io import read_records


def test_jsonl_keeps_every_row_and_reports_bad_ones(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(
        b'{"id": "a", "text": "hello"}\n'
        b"not json at all\n"
        b"\n"
        b'{"id": "c", "text": 42}\n'
        b'["a", "list"]\n'
        b'{"id": "e", "text": "caf\xff"}\n'
        b'{"id": "f", "text": "last"}\n'
    )
    records = list(read_records(path))
    assert [r.id for r in records] == ["a", "2", "c", "5", "6", "f"]
    assert [r.error is None for r in records] == [True, False, False, False, False, True]
    assert records[1].source == f"{path}:2" and "invalid JSON" in (records[1].error or "")
    assert "not a string" in (records[2].error or "")
    assert "UTF-8" in (records[4].error or "")
    assert records[-1].text == "last"


def test_csv_reads_by_header_and_flags_short_rows(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text(
        'msg_id,body,other\n1,"multi\nline text",x\n2,short\n3,"ok, fine",y\n', encoding="utf-8"
    )
    records = list(read_records(path, text_column="body", id_column="msg_id"))
    assert [r.id for r in records] == ["1", "2", "3"]
    assert records[0].text == "multi\nline text"
    assert records[1].error and "2 fields" in records[1].error and records[1].source.endswith(":4")
    assert records[2].text == "ok, fine" and records[2].source.endswith(":5")


def test_csv_without_the_text_column_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError, match="no column 'text'"):
        list(read_records(path))


def test_tsv_without_header(tmp_path: Path) -> None:
    path = tmp_path / "sms.tsv"
    path.write_text("ham\thello there\nspam\twin a prize\n", encoding="utf-8")
    records = list(read_records(path, header=False, columns=["label", "text"]))
    assert [(r.fields["label"], r.text) for r in records] == [
        ("ham", "hello there"),
        ("spam", "win a prize"),
    ]


def test_text_file_is_one_message(tmp_path: Path) -> None:
    path = tmp_path / "mail.txt"
    path.write_text("line one\nline two\n", encoding="utf-8")
    (record,) = read_records(path)
    assert record.id == "mail.txt" and record.text == "line one\nline two\n"


@pytest.mark.parametrize("name", ["missing.jsonl", "noext"])
def test_unreadable_paths_are_input_errors(tmp_path: Path, name: str) -> None:
    with pytest.raises(InputError):
        list(read_records(tmp_path / name))


def test_jsonl_long_text_is_not_cut(tmp_path: Path) -> None:
    text = "word " * 100_000
    path = tmp_path / "long.jsonl"
    path.write_text(json.dumps({"id": "x", "text": text}) + "\n", encoding="utf-8")
    (record,) = read_records(path)
    assert record.text == text


def test_csv_long_field_is_not_cut(tmp_path: Path) -> None:
    text = "word " * 100_000
    path = tmp_path / "long.csv"
    path.write_text(f'id,text\nx,"{text}"\n', encoding="utf-8")
    (record,) = read_records(path)
    assert record.text == text
