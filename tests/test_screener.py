"""The public API contract (DESIGN.md), on a small rule set written here and on the built-in rules."""

from __future__ import annotations

import json
import math
import pickle
import sys
import textwrap
from pathlib import Path

import pytest

import recruitscreen as rs
from recruitscreen.scoring import logit

PACK = textwrap.dedent(
    r"""
    [[rule]]
    id = "off_platform.test_app"
    category = "off_platform"
    stage = "pivot"
    weight = 2.5
    keywords = ["wechat", "signal"]
    patterns = ['''\b(?:wechat|signal)\b''']
    explanation = "Mentions a messaging app."
    advice = "Stay on the platform."

    [[rule]]
    id = "paid_task.test_report"
    category = "paid_task"
    stage = "tasking"
    weight = 2.5
    keywords = ["report"]
    patterns = ['''\bpaid\W{1,3}reports?\b''']
    explanation = "Offers money for reports."

    [[rule]]
    id = "sensitive_info.test_confidential"
    category = "sensitive_info"
    stage = "elicitation"
    weight = 3.0
    keywords = ["confidential"]
    patterns = ['''\bconfidential\b''']
    explanation = "Asks for confidential information."

    [[context]]
    id = "context.test_notice"
    patterns = ['''\breport it to security\b''']
    keywords = ["security"]
    factor = 0.25
    explanation = "Reads like a security notice."
    """
)


@pytest.fixture()
def rules(tmp_path: Path) -> rs.RuleSet:
    path = tmp_path / "pack.toml"
    path.write_text(PACK, encoding="utf-8")
    return rs.RuleSet.from_files(path)


@pytest.fixture()
def screener(rules: rs.RuleSet) -> rs.Screener:
    return rs.Screener(model=None, rules=rules)


def test_assessment_contract(screener: rs.Screener) -> None:
    text = "Let's move to W e C h a t, I can offer paid reports."
    a = screener.screen(text)
    assert 0.0 <= a.score <= 1.0
    assert a.level in ("low", "medium", "high")
    assert a.model_probability is None
    assert {f.rule_id for f in a.findings} == {"off_platform.test_app", "paid_task.test_report"}
    for f in a.findings:
        assert text[f.start : f.end] == f.excerpt
        assert f.category in rs.CATEGORIES
        assert f.stage in rs.STAGES
    assert a.findings[0].contribution >= a.findings[-1].contribution
    assert math.isclose(
        a.base_log_odds + sum(f.contribution for f in a.findings), logit(a.score), abs_tol=1e-9
    )
    d = a.to_dict()
    assert json.loads(json.dumps(d)) == d
    assert d["findings"][0]["excerpt"] in text
    lines = a.explain().splitlines()
    assert lines[0].startswith(a.level.upper())
    assert len(lines) == 1 + len(a.findings) + len(a.notes)


def test_pivot_plus_task_flags_while_either_alone_does_not(screener: rs.Screener) -> None:
    assert not screener.screen("Find me on Signal.").flagged
    assert not screener.screen("We offer paid reports.").flagged
    assert screener.screen("Find me on Signal, we offer paid reports.").flagged


def test_negation_cancels_and_is_reported(screener: rs.Screener) -> None:
    a = screener.screen("We never ask for confidential information.")
    assert not a.findings
    assert a.suppressed and "negated" in a.suppressed[0].reason
    assert screener.screen("Send me the confidential files.").findings


def test_context_rule_damps_and_says_so(screener: rs.Screener) -> None:
    text = "Fake recruiters move you to WeChat and offer paid reports: report it to security."
    plain = screener.screen(text.replace("report it to security", "ok"))
    damped = screener.screen(text)
    assert damped.score < plain.score
    assert any("context.test_notice" in n for n in damped.notes)


def test_allowlist_phrase_and_domain_are_reported(rules: rs.RuleSet) -> None:
    text = "Signal Hill Capital would like paid reports."
    s = rs.Screener(model=None, rules=rules, allowlist=rs.Allowlist(phrases=["Signal Hill Capital"]))
    a = s.screen(text)
    assert [f.rule_id for f in a.findings] == ["paid_task.test_report"]
    assert a.suppressed[0].finding.rule_id == "off_platform.test_app"
    assert "allowlisted phrase" in a.suppressed[0].reason
    trusted = rs.Screener(model=None, rules=rules, allowlist=rs.Allowlist(domains=["acme.example"]))
    b = trusted.screen("Join us on WeChat for paid reports", sender="Ann <ann@jobs.acme.example>")
    assert not b.findings and len(b.suppressed) == 2
    assert "acme.example" in b.suppressed[0].reason
    c = trusted.screen("Join us on WeChat for paid reports", sender="x@evil.example")
    assert len(c.findings) == 2


@pytest.mark.parametrize(
    "sender",
    [
        "acme.example",  # a display name that reads like the trusted domain, no address
        "acme.example <spy@evil.example>",  # the trusted domain as display name
        '"ann@acme.example" <spy@evil.example>',  # a quoted address as display name
        "ann@acme.example.evil.example",  # the trusted domain as a prefix of another
        "@acme.example",  # no local part
    ],
)
def test_allowlist_trusts_only_a_sender_address_on_the_domain(rules: rs.RuleSet, sender: str) -> None:
    trusted = rs.Screener(model=None, rules=rules, allowlist=rs.Allowlist(domains=["acme.example"]))
    a = trusted.screen("Join us on WeChat for paid reports", sender=sender)
    assert len(a.findings) == 2 and not a.suppressed


def test_disable_and_reweight(rules: rs.RuleSet) -> None:
    text = "Find me on Signal, we offer paid reports."
    off = rs.Screener(model=None, rules=rules, disable=["off_platform.test_app"]).screen(text)
    assert [f.rule_id for f in off.findings] == ["paid_task.test_report"]
    heavy = rs.Screener(model=None, rules=rules, weights={"paid_task.test_report": 6.0})
    assert heavy.screen("We offer paid reports.").level == "high"
    with pytest.raises(KeyError, match="unknown rule"):
        rs.Screener(model=None, rules=rules, disable=["no.such_rule"])


def test_thresholds_are_the_callers(rules: rs.RuleSet) -> None:
    text = "Find me on Signal."
    assert rs.Screener(model=None, rules=rules).screen(text).level == "low"
    assert rs.Screener(model=None, rules=rules, thresholds=(0.1, 0.9)).screen(text).level == "medium"


@pytest.mark.parametrize("bad", [None, b"bytes", 42, ["a list"]])
def test_non_str_input_is_a_type_error(screener: rs.Screener, bad: object) -> None:
    with pytest.raises(TypeError, match="expected the message text as str"):
        screener.screen(bad)  # type: ignore[arg-type]


def test_too_long_input_is_refused_not_truncated(rules: rs.RuleSet) -> None:
    s = rs.Screener(model=None, rules=rules, max_chars=100)
    with pytest.raises(rs.InputError, match="above the limit of 100"):
        s.screen("x" * 101)
    assert s.screen("x" * 100).level == "low"


def test_empty_text_is_low_with_a_note(screener: rs.Screener) -> None:
    a = screener.screen("   ")
    assert a.level == "low" and a.notes


def test_screen_many_keeps_order_and_length(screener: rs.Screener) -> None:
    texts = ["hello", "Find me on Signal, paid reports.", "", "WeChat"] * 3
    out = screener.screen_many(texts)
    assert len(out) == len(texts)
    assert [a.to_dict() for a in out] == [screener.screen(t).to_dict() for t in texts]
    with pytest.raises(TypeError, match=r"texts\[1\]"):
        screener.screen_many(["ok", None])  # type: ignore[list-item]


def test_screener_pickles(screener: rs.Screener) -> None:
    clone = pickle.loads(pickle.dumps(screener))
    text = "Find me on Signal, paid reports."
    assert clone.screen(text).to_dict() == screener.screen(text).to_dict()


def test_default_screen_uses_builtin_rules() -> None:
    a = rs.screen("Hello, how are you?")
    assert a.level == "low"
    assert isinstance(rs.Screener(model=None).rules, rs.RuleSet)


def test_import_is_light() -> None:
    import subprocess

    code = (
        "import sys, recruitscreen as rs; rs.Screener(model=None).screen('add me on wechat'); "
        "heavy = [m for m in ('sklearn', 'pandas', 'numpy', 'scipy', 'joblib') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


BAD_PACKS = [
    ('[[rule]]\nid = "x.y"\ncategory = "nope"\nweight = 1\npatterns = ["a"]\nexplanation = "e"', "category"),
    ('[[rule]]\nid = "x.y"\ncategory = "secrecy"\nweight = 1\npatterns = ["a.*b"]\nexplanation = "e"', "patterns"),
    ('[[rule]]\nid = "x.y"\ncategory = "secrecy"\nweight = "heavy"\npatterns = ["a"]\nexplanation = "e"', "weight"),
    ('[[rule]]\nid = "x.y"\ncategory = "secrecy"\nweight = 1\npatterns = ["(a"]\nexplanation = "e"', "patterns"),
    ('[[rule]]\nid = "x.y"\ncategory = "secrecy"\nweight = 1\npatterns = ["a"]', "explanation"),
    ('[[rule]]\nid = "x.y"\ncategory = "secrecy"\nweight = 1\npatterns = ["a"]\nexplanation = "e"\ncolour = 1', "colour"),
]


@pytest.mark.parametrize(("body", "field"), BAD_PACKS)
def test_bad_pack_names_file_rule_and_field(tmp_path: Path, body: str, field: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(rs.RuleError) as err:
        rs.RuleSet.from_files(path)
    msg = str(err.value)
    assert str(path) in msg and "'x.y'" in msg and repr(field) in msg


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "pack.toml"
    path.write_text(PACK, encoding="utf-8")
    with pytest.raises(rs.RuleError, match="duplicate id"):
        rs.RuleSet.from_files(path, path)
