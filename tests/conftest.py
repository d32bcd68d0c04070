from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SMS_PATH = SHARED / "data" / "sms-spam-collection" / "SMSSpamCollection.tsv"


@pytest.fixture(scope="session")
def sms_ham_lines() -> list[tuple[int, str]]:
    """(line number counted from 0, text) of every ham message of the shared SMS collection."""
    if not SMS_PATH.exists():
        pytest.skip(f"the shared SMS collection is not at {SMS_PATH}")
    rows = []
    for i, line in enumerate(SMS_PATH.read_text(encoding="utf-8", errors="replace").splitlines()):
        label, _, text = line.partition("\t")
        if label == "ham":
            rows.append((i, text))
    return rows


@pytest.fixture(scope="session")
def sms_ham(sms_ham_lines: list[tuple[int, str]]) -> list[str]:
    return [text for _, text in sms_ham_lines]
