"""Property tests (Hypothesis) for normalize, screen, every reader and the writers.

Each property is a plain ``check_*`` function; the tests below run it on a modest number of
examples, and ``fuzz/run.py`` runs the same functions for as many minutes as you give it.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import recruitscreen as rs
from recruitscreen.errors import InputError
from recruitscreen.io import ResultWriter, read_records, result_row
from recruitscreen.io.readers import FORMATS, Record
from recruitscreen.normalize import normalize
from recruitscreen.rules import RuleSet

# Characters that make the normalizer and the rules work: separators of spaced letters,
# invisibles, bidi controls, look-alikes, CJK, combining marks, emoji, surrogates, NUL.
INTERESTING = list(
    " \t\n\r.-_*/|+~·•@:()[]'\"wWeEcChHaAtTlgrmpsx0123456789"
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u202a\u202e\u2066\u2069\u200f"
    "еаорсхіΑΕορ微信薇加我联系报告客户ｗｅｃｈａｔ𝐰𝐞\u0301\u0308😀👍🏽\x00\x85\u2028\ud800\udfff"
)
KEYWORDS = sorted({k for r in RuleSet.default() for k in r.keywords})
CHARS = st.one_of(st.characters(), st.sampled_from(INTERESTING))
WORDS = st.lists(st.one_of(st.sampled_from(KEYWORDS), st.text(CHARS, max_size=6)), max_size=40)
TEXTS = st.one_of(
    st.text(CHARS, max_size=300),
    WORDS.map(" ".join),
    st.tuples(WORDS, st.sampled_from(["", " ", ".", " . ", "\u200b", "\n"])).map(lambda x: x[1].join(x[0])),
)
"""Arbitrary text, keyword salads and spaced-out keyword salads."""

RULES_ONLY = rs.Screener(model=None)
_DEFAULT: list[rs.Screener] = []


def default_screener() -> rs.Screener:
    if not _DEFAULT:
        _DEFAULT.append(rs.Screener())
    return _DEFAULT[0]


# -- properties ----------------------------------------------------------------------------------
def check_normalize(text: str) -> None:
    nt = normalize(text)
    assert nt.original == text
    n, m = len(nt.text), len(text)
    lo, hi = nt.span(0, n)
    assert 0 <= lo <= hi <= m
    previous = 0
    for i in range(n):
        a, b = nt.span(i, i + 1)
        assert 0 <= a <= b <= m, (i, a, b)
        assert a >= previous, "offsets must not run backwards"
        previous = a
    for i in range(0, n + 1, max(1, n // 7)):
        a, b = nt.span(i, n)
        assert 0 <= a <= b <= m
    for ch in "\u200b\u2060\ufeff\u202e\u00ad":
        assert ch not in nt.text
    assert normalize(text).text == nt.text  # deterministic


def check_screen(text: str, screener: rs.Screener | None = None) -> None:
    s = screener or RULES_ONLY
    a = s.screen(text)
    assert 0.0 <= a.score <= 1.0 and not math.isnan(a.score)
    medium, high = a.thresholds
    expected = "high" if a.score >= high else "medium" if a.score >= medium else "low"
    assert a.level == expected
    assert _sigmoid(a.log_odds) == _approx(a.score)  # the contributions add up to the score
    for f in [*a.findings, *(x.finding for x in a.suppressed)]:
        assert 0 <= f.start <= f.end <= len(text), f.rule_id
        assert text[f.start : f.end] == f.excerpt, f.rule_id
    json.dumps(a.to_dict())
    a.explain()
    assert s.screen(text).to_dict() == a.to_dict()


def _sigmoid(x: float) -> float:
    """Stable at both ends (comparing probabilities, not logits: near 0 or 1 a logit computed
    from the score has lost its precision)."""
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


def _approx(x: float) -> Any:
    import pytest

    return pytest.approx(x, rel=1e-9, abs=1e-12)


def _with_file(suffix: str, data: bytes, fn: Callable[[Path], None]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        fn(path)


def _record_ok(r: Record) -> None:
    assert (r.error is None) == (r.text is not None), r
    assert r.source.rsplit(":", 1)[0].endswith(("input.jsonl", "input.csv", "input.tsv", "input.txt"))


def check_jsonl(data: bytes) -> None:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # read as UTF-16: other line breaks
        data = b" " + data

    def run(path: Path) -> None:
        records = list(read_records(path))
        lines = [int(r.source.rsplit(":", 1)[1]) for r in records]
        expected = [
            i
            for i, raw in enumerate(data.split(b"\n"), start=1)
            if raw.decode("utf-8", "surrogateescape").strip().lstrip("\ufeff" if i == 1 else "")
        ]
        assert lines == expected  # one record per non-blank line, in order
        for r in records:
            _record_ok(r)

    _with_file(".jsonl", data, run)


def check_csv(body: str, delimiter: str = ",") -> None:
    head = f"id{delimiter}text\n"

    def run(path: Path) -> None:
        records = list(read_records(path))
        lines = [int(r.source.rsplit(":", 1)[1]) for r in records]
        assert lines == sorted(set(lines)), "records out of order or repeated"
        for r in records:
            _record_ok(r)
        if '"' not in body:  # without quotes every non-blank line is exactly one record
            physical = re.split(r"\r\n|\r|\n", body)
            if physical and physical[-1] == "":
                physical.pop()
            assert lines == [i for i, ln in enumerate(physical, start=2) if ln != ""]
            for r in records:
                line = physical[int(r.source.rsplit(":", 1)[1]) - 2]
                if line.count(delimiter) == 1 and r.error is None:
                    assert r.text == line.split(delimiter, 1)[1]

    data = (head + body).encode("utf-8", "surrogatepass")
    _with_file(".csv" if delimiter == "," else ".tsv", data, run)


def check_txt(data: bytes) -> None:
    def run(path: Path) -> None:
        (record,) = read_records(path)
        _record_ok(record)

    _with_file(".txt", data, run)


def check_any_format(fmt: str, data: bytes) -> None:
    """Any bytes read as any format: records (text xor error) or one InputError, nothing else."""

    def run(path: Path) -> None:
        try:
            records = list(read_records(path, fmt))
        except InputError:
            return
        for r in records:
            assert (r.error is None) == (r.text is not None), r
            assert isinstance(r.id, str) and "input.dat" in r.source

    _with_file(".dat", data, run)


def check_writers(rid: str, text: str) -> None:
    a = RULES_ONLY.screen(text)
    for kind in ("jsonl", "csv"):
        buf = io.StringIO()
        writer = ResultWriter(buf, kind)
        writer.write(result_row(Record(rid, text, "src:1"), a))
        writer.write(result_row(Record(rid, None, "src:2", "bad row"), None))
        out = buf.getvalue()
        out.encode("utf-8")  # always encodable, whatever the text held
        if kind == "jsonl":
            first, second = (json.loads(line) for line in out.split("\n")[:-1])
            assert first["id"] == rid and second["error"] == "bad row"
            assert len(first["findings"]) == len(a.findings)
        else:
            rows = list(csv.DictReader(io.StringIO(out, newline="")))
            assert len(rows) == 2 and rows[1]["error"] == "bad row"


# -- the tests -----------------------------------------------------------------------------------
QUICK = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@QUICK
@given(TEXTS)
def test_normalize_maps_back_into_the_original(text: str) -> None:
    check_normalize(text)


@QUICK
@given(TEXTS)
def test_screen_gives_valid_assessments(text: str) -> None:
    check_screen(text)


@settings(max_examples=60, deadline=None)
@given(TEXTS)
def test_screen_with_the_model_gives_valid_assessments(text: str) -> None:
    check_screen(text, default_screener())


JSONL_LINES = st.lists(
    st.one_of(
        st.binary(max_size=60),
        st.dictionaries(st.sampled_from(["id", "text", "x"]),
                        st.one_of(st.text(CHARS, max_size=40), st.integers(), st.none()))
        .map(lambda d: json.dumps(d).encode()),
        st.text(CHARS, max_size=40).map(lambda t: t.encode("utf-8", "surrogatepass")),
    ),
    max_size=12,
).map(b"\n".join)


@QUICK
@given(JSONL_LINES)
def test_jsonl_reader_gives_one_record_per_line(data: bytes) -> None:
    check_jsonl(data)


CSV_BODY = st.text(st.one_of(st.sampled_from(list('"",,\n\r\tab ')), CHARS), max_size=200)


@QUICK
@given(CSV_BODY, st.sampled_from([",", "\t"]))
def test_csv_reader_never_loses_a_line(body: str, delimiter: str) -> None:
    check_csv(body, delimiter)


@QUICK
@given(st.binary(max_size=300))
def test_txt_reader_gives_one_record(data: bytes) -> None:
    check_txt(data)


@QUICK
@given(st.text(CHARS, max_size=20), TEXTS)
def test_writers_write_every_row(rid: str, text: str) -> None:
    check_writers(rid, text)


# Pieces of the formats the readers know (e-mail headers and MIME, mbox separators, LinkedIn
# and WhatsApp exports, thread JSON), so random files get past the first checks.
FORMAT_PIECES = [
    "From: a@b.com\n", "From nobody Mon Jan  1 00:00:00 2024\n", "To: c@d.org\n", "Subject: =?utf-8?b?w6k=?=\n",
    "Content-Type: multipart/mixed; boundary=\"xx\"\n", "Content-Type: text/html; charset=\"x-unknown\"\n",
    "Content-Transfer-Encoding: base64\n", "--xx\n", "--xx--\n", "\n", "<p>add me on <b>WeChat</b></p>",
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n",
    "1,t,Jane,u,Me,2024-01-01 10:00:00 UTC,s,\"add me on WeChat\",INBOX\n",
    "12/01/2023, 10:00 - Jane: add me on WeChat\n", "[12/01/2023, 10:00:00] Jane: hi\n",
    "<Media omitted>\n", '{"thread": "t1", "messages": [{"sender": "them", "text": "hi"}]}\n',
    '{"id": "1", "text": "x"}\n', "\u00c3\u00a9", "\r\n", "(((((", "\"", ",", "\t",
]
FORMAT_BYTES = st.one_of(
    st.binary(max_size=400),
    st.lists(st.one_of(st.sampled_from(FORMAT_PIECES), st.text(CHARS, max_size=20)), max_size=30)
    .map(lambda parts: "".join(parts).encode("utf-8", "surrogatepass")),
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(FORMATS), FORMAT_BYTES)
def test_every_reader_survives_any_file(fmt: str, data: bytes) -> None:
    check_any_format(fmt, data)


TARGETS: dict[str, tuple[Callable[..., None], tuple[Any, ...]]] = {
    "normalize": (check_normalize, (TEXTS,)),
    "screen": (check_screen, (TEXTS,)),
    "screen_model": (lambda t: check_screen(t, default_screener()), (TEXTS,)),
    "jsonl": (check_jsonl, (JSONL_LINES,)),
    "csv": (check_csv, (CSV_BODY, st.sampled_from([",", "\t"]))),
    "txt": (check_txt, (st.binary(max_size=2000),)),
    "writers": (check_writers, (st.text(CHARS, max_size=20), TEXTS)),
    "any_format": (check_any_format, (st.sampled_from(FORMATS), FORMAT_BYTES)),
}
"""name -> (property, strategies of its arguments): what ``fuzz/run.py`` runs."""
