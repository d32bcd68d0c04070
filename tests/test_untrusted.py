"""Untrusted rule packs and model files: each refusal, with a message that says what was wrong.

A rule pack is TOML data read by ``tomllib``: nothing in it is executed, and its patterns are
bounded (length, count, quantifier bounds, nesting) so a pack cannot make screening slow. A
model file is plain data; a pickle is code and is refused unless the caller trusts it.
"""

from __future__ import annotations

import json
import math
import pickle
import zipfile
from pathlib import Path
from typing import Any

import pytest

import recruitscreen as rs
from recruitscreen.cli import main
from recruitscreen.model import load_model, shipped_model_path
from recruitscreen.rules import (
    MAX_PATTERN_LENGTH,
    MAX_PATTERNS_PER_RULE,
    MAX_RULES_PER_PACK,
    RuleSet,
)


def _rule(**fields: Any) -> dict[str, Any]:
    rule: dict[str, Any] = {
        "id": "off_platform.test_rule",
        "category": "off_platform",
        "stage": "pivot",
        "weight": 1.0,
        "keywords": ["wechat"],
        "patterns": [r"\bwechat\b"],
        "explanation": "A test rule.",
    }
    rule.update(fields)
    return {k: v for k, v in rule.items() if v is not None}


def _toml(rules: list[dict[str, Any]], head: str = "") -> str:
    """TOML text for a list of flat rule tables (JSON scalars and arrays are valid TOML)."""
    out = [head]
    for rule in rules:
        out.append("[[rule]]")
        out.extend(f"{k} = {json.dumps(v)}" for k, v in rule.items())
        out.append("")
    return "\n".join(out)


def _load(tmp_path: Path, text: str | bytes) -> RuleSet:
    path = tmp_path / "pack.toml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return RuleSet.from_files(path)


def test_a_valid_pack_loads(tmp_path: Path) -> None:
    rules = _load(tmp_path, _toml([_rule()]))
    assert rules.ids == ("off_platform.test_rule",)
    assert rs.Screener(model=None, rules=rules).screen("add me on wechat").findings


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"patterns": ["w" * (MAX_PATTERN_LENGTH + 1)]}, "longer than"),
        ({"patterns": [f"wechat{i}" for i in range(MAX_PATTERNS_PER_RULE + 1)]}, "more than"),
        ({"patterns": [r"\bjob\b.*\bfee\b"]}, "unbounded quantifier"),
        ({"patterns": [r"wechat\w+"]}, "unbounded quantifier"),
        ({"patterns": [r"wechat.{2,}"]}, "unbounded quantifier"),
        ({"patterns": [r"wechat.{0,5000}"]}, "bound 5000"),
        ({"patterns": [r"(?:wechat.{0,100}){1,100}"]}, "multiply"),
        ({"patterns": [r"(wechat)\W{1,3}\1"]}, "backreferences"),
        ({"patterns": [r"(?P<a>wechat)(?P=a)"]}, "backreferences"),
        ({"patterns": ["(wechat"]}, "invalid regular expression"),
        ({"patterns": []}, "at least one"),
        ({"patterns": 5}, "list of strings"),
        ({"unless": [r"family.*chat"]}, "unbounded quantifier"),
        ({"id": "Not An Id"}, "field 'id'"),
        ({"category": "exfiltrate"}, "field 'category'"),
        ({"stage": "payload"}, "field 'stage'"),
        ({"weight": 1e9}, "field 'weight'"),
        ({"weight": "high"}, "field 'weight'"),
        ({"window": 100_000}, "field 'window'"),
        ({"negation": "yes"}, "field 'negation'"),
        ({"keywords": [""]}, "empty keyword"),
        ({"explanation": None}, "field 'explanation': missing"),
        ({"exec": "import os"}, "unknown field"),
    ],
)
def test_each_refusal_names_the_file_rule_and_field(
    tmp_path: Path, fields: dict[str, Any], expected: str
) -> None:
    with pytest.raises(rs.RuleError, match=expected) as info:
        _load(tmp_path, _toml([_rule(**fields)]))
    message = str(info.value)
    assert "pack.toml" in message
    if "id" not in fields:
        assert "off_platform.test_rule" in message


def test_keyword_limits(tmp_path: Path) -> None:
    """Keywords feed one generated scanner regex: a huge one must be refused, not crash it."""
    with pytest.raises(rs.RuleError, match="keywords"):
        _load(tmp_path, _toml([_rule(keywords=["w" * 2000])]))
    with pytest.raises(rs.RuleError, match="keywords"):
        _load(tmp_path, _toml([_rule(keywords=[f"w{i}" for i in range(100_000)])]))


def test_pack_level_refusals(tmp_path: Path) -> None:
    with pytest.raises(rs.RuleError, match=f"more than {MAX_RULES_PER_PACK} rules"):
        _load(tmp_path, _toml([_rule(id=f"off_platform.r{i}") for i in range(MAX_RULES_PER_PACK + 1)]))
    with pytest.raises(rs.RuleError, match="duplicate id"):
        _load(tmp_path, _toml([_rule(), _rule()]))
    with pytest.raises(rs.RuleError, match="unknown top-level"):
        _load(tmp_path, _toml([_rule()], head='[tool]\nrun = "rm -rf /"\n'))
    with pytest.raises(rs.RuleError, match="not valid TOML"):
        _load(tmp_path, "import os\nos.system('touch pwned')\n")
    with pytest.raises(rs.RuleError, match="not UTF-8"):
        _load(tmp_path, _toml([_rule()]).encode("utf-16"))
    with pytest.raises(rs.RuleError, match="cannot read"):
        RuleSet.from_files(tmp_path / "missing.toml")


def test_a_pack_is_data_and_runs_nothing(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    payload = f"{{__import__('pathlib').Path({str(marker)!r}).touch()}}"
    rules = _load(tmp_path, _toml([_rule(explanation=payload, advice="${IFS}$(touch pwned)")]))
    a = rs.Screener(model=None, rules=rules).screen("add me on wechat")
    assert a.findings[0].explanation == payload  # kept verbatim, never evaluated
    assert not marker.exists()


def test_the_cli_refuses_a_bad_pack_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(_toml([_rule(patterns=[r"(?:a|aa).*b"])]), encoding="utf-8")
    assert main(["check", "--model", "none", "--rules", str(path), "hello"]) == 2
    err = capsys.readouterr().err
    assert "bad.toml" in err and "unbounded quantifier" in err and "Traceback" not in err


# -- models ---------------------------------------------------------------------------------------
def _spec() -> dict[str, Any]:
    with zipfile.ZipFile(shipped_model_path()) as zf:
        spec: dict[str, Any] = json.loads(zf.read("model.json"))
    return spec


def _write_zip(path: Path, payload: bytes, name: str = "model.json") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(name, payload)
    return path


def test_a_truncated_model_is_corrupt(tmp_path: Path) -> None:
    data = shipped_model_path().read_bytes()
    path = tmp_path / "cut.rsmodel"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(rs.ModelError, match="corrupt"):
        load_model(path)
    flipped = bytearray(data)
    flipped[len(flipped) // 3] ^= 0xFF  # a damaged byte inside the compressed data
    path.write_bytes(bytes(flipped))
    with pytest.raises(rs.ModelError):
        load_model(path)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"format": "something-else"}, "not a recruitscreen model"),
        ({"format_version": 0}, "version 0 is not supported"),
        ({"format_version": "two"}, "malformed"),
        ({"intercept": "x"}, "malformed"),
        ({"calibration": None}, "malformed"),
        ({"vectorizers": [{"analyzer": "callable:os.system", "features": {}, "ngram_range": [1, 1]}]},
         "unsupported analyzer"),
        ({"vectorizers": [{"analyzer": "word", "features": {"a": "b"}, "ngram_range": [1, 1]}]},
         "features"),
        ({"vectorizers": [{"analyzer": "word", "terms": ["a", "b"], "idf": [1.0], "coef": [0.5, 0.1],
                           "ngram_range": [1, 1]}]}, "same length"),
        ({"vectorizers": [{"analyzer": "word", "terms": ["a", "a"], "idf": [1.0, 1.0], "coef": [0.5, 0.1],
                           "ngram_range": [1, 1]}]}, "unique"),
        ({"vectorizers": [{"analyzer": "word", "terms": "ab", "idf": [1.0], "coef": [0.5],
                           "ngram_range": [1, 1]}]}, "list of strings"),
        ({"vectorizers": [{"analyzer": "word", "terms": ["a"], "idf": ["x"], "coef": [0.5],
                           "ngram_range": [1, 1]}]}, "malformed"),
    ],
)
def test_a_malformed_model_is_refused(tmp_path: Path, change: dict[str, Any], expected: str) -> None:
    spec = {**_spec(), **change}
    path = _write_zip(tmp_path / "m.rsmodel", json.dumps(spec).encode())
    with pytest.raises(rs.ModelError, match=expected):
        rs.Screener(model=path)


def test_a_model_whose_numbers_are_not_finite_is_refused(tmp_path: Path) -> None:
    """JSON allows NaN; a NaN coefficient would make every score NaN."""
    spec = _spec()
    spec["intercept"] = math.nan
    path = _write_zip(tmp_path / "nan.rsmodel", json.dumps(spec).encode())
    with pytest.raises(rs.ModelError, match="not finite"):
        rs.Screener(model=path)


def test_a_zip_holding_a_pickle_runs_nothing(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    payload = pickle.dumps(_Touch(str(marker)))
    with pytest.raises(rs.ModelError, match=r"corrupt|not an object|malformed"):
        load_model(_write_zip(tmp_path / "p.rsmodel", payload))
    with pytest.raises(rs.ModelError, match=r"no model\.json"):
        load_model(_write_zip(tmp_path / "q.rsmodel", payload, name="model.pkl"))
    assert not marker.exists()


class _Touch:
    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[Any, ...]:
        return (Path(self.marker).touch, ())


@pytest.mark.parametrize("protocol", [0, 2, pickle.HIGHEST_PROTOCOL])
@pytest.mark.parametrize("suffix", [".pkl", ".model", ".bin", ".rsmodel"])
def test_a_pickle_under_any_name_is_refused(tmp_path: Path, protocol: int, suffix: str) -> None:
    marker = tmp_path / "pwned"
    path = tmp_path / f"evil{suffix}"
    path.write_bytes(pickle.dumps(_Touch(str(marker)), protocol=protocol))
    with pytest.raises(rs.ModelError):
        load_model(path)
    assert not marker.exists()


def test_model_paths_that_are_not_files(tmp_path: Path) -> None:
    with pytest.raises(rs.ModelError, match="no such model file"):
        load_model(tmp_path / "missing.rsmodel")
    with pytest.raises(rs.ModelError, match="directory"):
        load_model(tmp_path)
    huge = tmp_path / "huge.rsmodel"
    with huge.open("wb") as fh:  # sparse: costs no disk
        fh.truncate(300 * 1024 * 1024)
    with pytest.raises(rs.ModelError, match="larger than"):
        load_model(huge)


def test_the_cli_refuses_a_pickle_without_trust(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    marker = tmp_path / "pwned"
    path = tmp_path / "evil.pkl"
    path.write_bytes(pickle.dumps(_Touch(str(marker))))
    assert main(["check", "--model", str(path), "hello"]) == 2
    err = capsys.readouterr().err
    assert "pickle" in err and "--trust-model" in err and "Traceback" not in err
    assert not marker.exists()
