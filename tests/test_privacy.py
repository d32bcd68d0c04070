"""Privacy: no message text in logs, warnings, stderr or exception messages; no network, ever.

Every message here carries a marker word that appears nowhere else, so finding the marker in
a log record or an error message would mean the text leaked.
"""

from __future__ import annotations

import json
import logging
import random
import socket
import warnings
from pathlib import Path
from typing import Any

import pytest

import recruitscreen as rs
from recruitscreen.cli import main

MARKER = "Quorblaxian"
SUSPICIOUS = [
    "Add me on WeChat {m}, my client pays USD {n} for a short report on your team's internal plans.",
    "Let's move to Telegram {m}. The consultancy pays {n} per paper, keep this between us.",
    "{m} here: my client wants non-public details on the programme, paid in crypto, {n} per note.",
    "Please contact me on WhatsApp {m}; a paid analysis for an unnamed client, {n} USD, tell no one.",
]
BENIGN = [
    "Hi {m}, thanks for applying; the interview is on Teams at {n}:00, see the attached agenda.",
    "{m}, mum says dinner is at {n} on Sunday, I will post the photos in the family WeChat.",
    "Our think tank {m} commissions signed papers; the fee of {n} is paid by invoice to your employer.",
    "Reminder {m}: the security awareness course is due, quiz {n} covers fake recruiters.",
]


def _corpus(path: Path, n_per_template: int = 12) -> Path:
    """A small labelled corpus written by the test itself (nothing is downloaded)."""
    rng = random.Random(0)
    rows = []
    for label, templates in ((1, SUSPICIOUS), (0, BENIGN)):
        for t, template in enumerate(templates):
            for i in range(n_per_template):
                text = template.format(m=MARKER, n=rng.randrange(10, 5000))
                rows.append({"id": f"{label}-{t}-{i}", "text": text, "label": label,
                             "family": f"{label}-{t}-{i % 4}"})
    rng.shuffle(rows)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every way out of the machine raises, and is recorded."""
    attempts: list[str] = []

    def refuse(name: str) -> Any:
        def blocked(*args: object, **kwargs: object) -> Any:
            attempts.append(name)
            raise OSError(f"network access attempted: socket {name}")

        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("connect_ex"))
    monkeypatch.setattr(socket.socket, "sendto", refuse("sendto"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    return attempts


@pytest.mark.slow
def test_main_paths_work_offline_and_leak_no_text(
    tmp_path: Path,
    no_network: list[str],
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, every level
    corpus = _corpus(tmp_path / "corpus.jsonl")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        a = rs.screen(SUSPICIOUS[0].format(m=MARKER, n=2000))  # default screener: shipped model
        assert a.flagged and a.model_probability is not None
        model = tmp_path / "m.rsmodel"
        assert main(["train", str(corpus), "-o", str(model)]) == 0
        assert main(["evaluate", str(corpus), "--model", str(model)]) == 0
        out = tmp_path / "out.jsonl"
        assert main(["scan", str(corpus), "--model", str(model), "-o", str(out),
                     "--progress", "always"]) == 0
        assert len(out.read_text("utf-8").splitlines()) == 96
        assert main(["check", "--model", "none", f"telegram {MARKER}"]) == 0
    captured = capsys.readouterr()
    assert no_network == []
    assert MARKER not in captured.err
    assert MARKER not in caplog.text
    assert all(MARKER not in str(w.message) for w in caught)


def test_errors_never_quote_the_message(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    caplog.set_level(logging.DEBUG)
    secret = f"{MARKER} add me on WeChat"
    s = rs.Screener(model=None, max_chars=20)
    with pytest.raises(rs.InputError) as too_long:
        s.screen(secret)
    with pytest.raises(TypeError) as not_text:
        s.screen(secret.encode())  # type: ignore[arg-type]
    for exc in (too_long.value, not_text.value):
        assert MARKER not in str(exc) and MARKER not in repr(exc)
    src = tmp_path / "in.jsonl"
    src.write_bytes(
        f'{{"id": "1", "text": "{secret}\n'.encode()  # unterminated string
        + f'{{"id": "2", "text": "{secret}", }}\n'.encode()  # trailing comma
        + f'["{secret}"]\n'.encode()  # not an object
        + f'{{"id": "4", "text": "{secret}\xff"}}\n'.encode("utf-8", "surrogateescape")
        + f'{{"id": "5", "body": "{secret}"}}\n'.encode()  # no text field
        + f'{{"id": "6", "text": "{secret * 10}"}}\n'.encode()  # screened: fine
    )
    csv_src = tmp_path / "in.csv"
    csv_src.write_text(f'id,text\n1,"{secret}"junk\n2,{secret},extra\n3,"{secret}\n',
                       encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["scan", "--model", "none", str(src), str(csv_src), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert err.count("recruitscreen: ") >= 8
    assert MARKER not in err and MARKER not in caplog.text
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert all(MARKER not in (r["error"] or "") for r in rows)
