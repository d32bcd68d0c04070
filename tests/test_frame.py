"""Screener.screen_frame: DataFrames in and out, every row kept."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

import recruitscreen as rs
from recruitscreen.frame import MISSING_NOTE, RESULT_COLUMNS

SUSPICIOUS = "Add me on WeChat. My client pays USD 2,000 for each short report, keep it between us."
BENIGN = "Thanks for the call today, I will send the slides tomorrow."


@pytest.fixture(scope="module")
def screener() -> rs.Screener:
    return rs.Screener(model=None)


def test_keeps_index_columns_and_order(screener: rs.Screener) -> None:
    df = pd.DataFrame(
        {"body": [BENIGN, SUSPICIOUS, BENIGN], "sender": ["a", "b", "c"], "n": [1, 2, 3]},
        index=pd.Index(["m-9", "m-2", "m-5"], name="msg_id"),
    )
    out = screener.screen_frame(df, text_column="body")
    assert list(out.columns) == ["body", "sender", "n", *RESULT_COLUMNS]
    assert out.index.equals(df.index)
    pd.testing.assert_frame_equal(out[df.columns], df)
    direct = [screener.screen(t) for t in df["body"]]
    assert out["risk_score"].tolist() == [a.score for a in direct]
    assert out["risk_level"].tolist() == [a.level for a in direct]
    assert out["categories"].tolist() == [list(a.categories) for a in direct]
    assert out.loc["m-2", "risk_level"] != "low"
    assert "off_platform" in out.loc["m-2", "categories"]
    assert out.loc["m-2", "reasons"]  # names the rules and the words
    assert out["risk_score"].dtype == "float64"
    assert "risk_score" not in df.columns  # the input is not modified


def test_missing_and_empty_rows_are_kept_as_low_with_a_note(screener: rs.Screener) -> None:
    df = pd.DataFrame({"text": [SUSPICIOUS, None, "", float("nan"), "   ", pd.NA, SUSPICIOUS]})
    out = screener.screen_frame(df)
    assert len(out) == len(df)
    assert out["risk_level"].tolist()[1:6] == ["low"] * 5
    assert out["reasons"].tolist()[1] == MISSING_NOTE
    assert out["reasons"].tolist()[3] == MISSING_NOTE
    assert out["reasons"].tolist()[5] == MISSING_NOTE
    assert "empty" in out["reasons"].tolist()[2] and "empty" in out["reasons"].tolist()[4]
    assert out["risk_level"].tolist()[0] != "low" and out["risk_level"].tolist()[6] != "low"
    assert all(not math.isnan(s) for s in out["risk_score"])


@pytest.mark.parametrize(
    "missing",
    [np.float32("nan"), np.float64("nan"), pd.NaT, np.datetime64("NaT")],
    ids=["float32-nan", "float64-nan", "pandas-NaT", "numpy-NaT"],
)
def test_every_kind_of_missing_value_is_a_missing_row(screener: rs.Screener, missing: object) -> None:
    df = pd.DataFrame({"text": pd.Series([SUSPICIOUS, missing], dtype=object)})
    out = screener.screen_frame(df)
    assert out["reasons"].tolist()[1] == MISSING_NOTE
    assert out["risk_level"].tolist()[0] != "low"


def test_a_cell_that_is_not_text_or_missing_is_refused(screener: rs.Screener) -> None:
    df = pd.DataFrame({"text": pd.Series([SUSPICIOUS, np.float32(1.5)], dtype=object)})
    with pytest.raises(TypeError, match="row 1"):
        screener.screen_frame(df)


def test_duplicate_index_labels_and_empty_frames(screener: rs.Screener) -> None:
    df = pd.DataFrame({"text": [SUSPICIOUS, BENIGN]}, index=[7, 7])
    out = screener.screen_frame(df)
    assert out.index.tolist() == [7, 7]
    assert out["risk_level"].iloc[0] != "low" and out["risk_level"].iloc[1] == "low"
    empty = screener.screen_frame(df.iloc[:0])
    assert list(empty.columns) == ["text", *RESULT_COLUMNS] and len(empty) == 0


def test_bad_frames_raise_clear_errors(screener: rs.Screener) -> None:
    df = pd.DataFrame({"text": [BENIGN]})
    with pytest.raises(rs.InputError, match=r"no column 'body'.*\['text'\]"):
        screener.screen_frame(df, text_column="body")
    with pytest.raises(rs.InputError, match="already has the result column"):
        screener.screen_frame(df.assign(risk_score=0.0))
    with pytest.raises(TypeError, match=r"row 'r2': column 'text' holds int"):
        screener.screen_frame(pd.DataFrame({"text": [BENIGN, 42]}, index=["r1", "r2"]))
    with pytest.raises(TypeError, match="pandas DataFrame"):
        screener.screen_frame([BENIGN])  # type: ignore[arg-type]
    short = rs.Screener(model=None, max_chars=20)
    with pytest.raises(rs.InputError, match="above the limit"):
        short.screen_frame(pd.DataFrame({"text": [SUSPICIOUS]}))


def test_frame_with_the_shipped_model() -> None:
    s = rs.Screener()
    out = s.screen_frame(pd.DataFrame({"text": [SUSPICIOUS, None]}))
    assert out["risk_score"].iloc[0] == pytest.approx(s.screen(SUSPICIOUS).score)
    assert out["reasons"].iloc[1] == MISSING_NOTE
