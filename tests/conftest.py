from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SMS_PATH = SHARED / "data" / "sms-spam-collection" / "SMSSpamCollection.tsv"


@pytest.fixture(scope="session")
def sms_ham() -> list[str]:
    if not SMS_PATH.exists():
        pytest.skip(f"the shared SMS collection is not at {SMS_PATH}")
    rows = []
    for line in SMS_PATH.read_text(encoding="utf-8", errors="replace").splitlines():
        label, _, text = line.partition("\t")
        if label == "ham":
            rows.append(text)
    return rows
