from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from recruitscreen.cli import main

SUSPICIOUS = (
    "Hello, my client is a consultancy in Asia. Add me on WeChat and I can pay you USD 2000 "
    "per report on what your ministry discusses internally. Keep this between us."
)


def test_check_prints_highlights_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "Lunch at noon?"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("LOW risk")
    assert main(["check", "--model", "none", "--fail-on", "medium", SUSPICIOUS]) == 1
    out = capsys.readouterr().out
    assert "[[" in out and "why:" in out and "advice:" in out


def test_check_json_and_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO(SUSPICIOUS))
    assert main(["check", "-", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["level"] in ("medium", "high")
    for f in data["findings"]:
        assert SUSPICIOUS[f["start"] : f["end"]] == f["excerpt"]


def test_scan_one_row_per_input_row_in_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    rows = [
        {"id": "m1", "text": "see you at the gym"},
        {"id": "m2", "text": SUSPICIOUS},
        {"id": "m3", "text": ""},
    ]
    src.write_text(
        "\n".join(json.dumps(r) for r in rows[:2]) + "\n{broken\n" + json.dumps(rows[2]) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    assert main(["scan", str(src), "-o", str(out), "--fail-on", "high"]) in (0, 1)
    result = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["id"] for r in result] == ["m1", "m2", "3", "m3"]
    assert result[0]["level"] == "low" and result[1]["level"] in ("medium", "high")
    assert result[2]["error"].startswith("invalid JSON")
    err = capsys.readouterr().err
    assert f"{src}:3" in err and "4 rows, 3 screened" in err


def test_scan_csv_columns_and_jsonl_output(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text(f'ref,body\nA,hello\nB,"{SUSPICIOUS}"\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code = main(["scan", str(src), "--text-column", "body", "--id-column", "ref", "-o", str(out),
                 "--fail-on", "medium"])
    assert code == 1
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in lines] == ["A", "B"]
    assert lines[1]["findings"] and lines[1]["reasons"]


@pytest.mark.parametrize(
    "argv",
    [
        ["scan", "nope.jsonl"],
        ["scan", "file.unknown"],
        ["frobnicate"],
        ["check"],
        ["rules", "--rules", "missing.toml"],
    ],
)
def test_bad_usage_exits_2_with_one_line(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        code = main(argv)
        raise SystemExit(code)
    assert exc.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err and "Traceback" not in "\n".join(err)


def test_rules_and_demo(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    assert "rules," in capsys.readouterr().out
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "flagged" in out and "The riskiest message" in out


def test_evaluate_prints_metrics_and_rule_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "eval.jsonl"
    rows = [{"text": SUSPICIOUS, "label": 1}, {"text": "lunch?", "label": 0},
            {"text": "Call grandma on WeChat tonight", "label": "benign"}]
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert main(["evaluate", str(src), "--model", "none", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["positives"] == 1 and data["negatives"] == 2
    assert set(data["confusion"]) == {"tp", "fp", "fn", "tn"}
    assert "never_fired" in data and data["rules"]


def test_python_dash_m_runs_from_elsewhere(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "recruitscreen", "check", "hello"],
        capture_output=True, text=True, cwd=tmp_path,
    )
    assert out.returncode == 0 and "LOW" in out.stdout


def test_evaluate_where_not_equal_leaves_rows_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [
        {"text": "add me on WeChat, my client pays for reports", "label": 1, "author": "a", "split": "test"},
        {"text": "see you at dinner tonight", "label": 0, "author": "a", "split": "test"},
        {"text": "keep this between us, no need to tell your employer", "label": 1, "author": "b", "split": "test"},
        {"text": "the invoice for the talk is attached", "label": 0, "author": "b", "split": "test"},
        {"text": "happy birthday mum", "label": 0, "author": "c", "split": "train"},
    ]
    data = tmp_path / "d.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")

    def n(*where: str) -> int:
        assert main(["evaluate", str(data), "--model", "none", "--json", *where]) == 0
        return int(json.loads(capsys.readouterr().out)["n"])

    assert n() == 5
    assert n("--where", "author!=a") == 3
    assert n("--where", "split=test", "--where", "author!=a") == 2
    assert n("--where", "author!=a", "--where", "author!=b") == 1
    assert main(["evaluate", str(data), "--where", "!=a"]) == 2
    assert "COLUMN!=VALUE" in capsys.readouterr().err


def test_evaluate_measures_assessments_it_is_given_as_if_it_screened() -> None:
    from recruitscreen import Screener
    from recruitscreen.evaluate import EvalItem, evaluate

    screener = Screener(model=None)
    items = [EvalItem("add me on WeChat, my client pays for reports", 1, "overt"),
             EvalItem("see you at dinner tonight", 0, "plain"),
             EvalItem("keep this between us, no need to tell your employer", 1, "subtle")]
    given = screener.screen_many([i.text for i in items])
    assert evaluate(screener, items, assessments=given).to_dict() == evaluate(screener, items).to_dict()
    # the given assessments are what is measured: rotated, a suspicious label meets a benign score
    rotated = evaluate(screener, items, assessments=given[1:] + given[:1])
    assert (rotated.tp, rotated.fp) == (1, 1)
    with pytest.raises(ValueError, match="3 items but 2 assessments"):
        evaluate(screener, items, assessments=given[:2])


def test_train_where_alternatives_and_combine_where(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two values for one --where column are alternatives; --combine-where picks the rows the
    combination is fitted on while the classifier learns from all selected rows."""
    from recruitscreen.model import load_model

    corpus = Path(__file__).resolve().parent.parent / "data" / "corpus" / "en.jsonl"
    rows = [json.loads(x) for x in corpus.read_text("utf-8").splitlines() if x.strip()]
    picked = []
    for split in ("train", "calib", "test"):
        for label in (0, 1):
            picked += [r for r in rows if r["split"] == split and r["label"] == label][:40]
    data = tmp_path / "d.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in picked), "utf-8")
    out = tmp_path / "m.rsmodel"
    argv = ["train", str(data), "-o", str(out), "--where", "split=train", "--where", "split=calib",
            "--combine-where", "split=calib"]
    assert main(argv) == 0
    info = load_model(out).info
    assert info["n_train"] == 160 and info["n_combiner"] == 80
    capsys.readouterr()
    assert main([*argv[:4], "--combine-where", "split=nowhere"]) == 2
    assert "selects none" in capsys.readouterr().err
