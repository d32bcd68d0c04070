"""screen_frame on Dask partitions (the `dask` extra)."""

from __future__ import annotations

import pandas as pd
import pytest

import recruitscreen as rs
from recruitscreen.frame import MISSING_NOTE, screen_dask

dd = pytest.importorskip(
    "dask.dataframe", reason="the dask extra is not installed: pip install -e '.[dask]'"
)

TEXTS = [
    "Add me on WeChat. My client pays USD 2,000 for each short report, keep it between us.",
    "Thanks for the call today, I will send the slides tomorrow.",
    None,
    "",
    "Our client would value your insights on what is discussed internally at the ministry.",
    "Lunch on Friday?",
]


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    rows = TEXTS * 5
    return pd.DataFrame(
        {"body": rows, "thread": range(len(rows))}, index=pd.Index([f"id{i}" for i in range(len(rows))])
    )


@pytest.mark.parametrize("scheduler", ["threads", pytest.param("processes", marks=pytest.mark.slow)])
def test_dask_partitions_give_the_pandas_result(frame: pd.DataFrame, scheduler: str) -> None:
    screener = rs.Screener(model=None)
    ddf = dd.from_pandas(frame, npartitions=4)
    lazy = screen_dask(ddf, screener, text_column="body")
    assert list(lazy.columns) == [*frame.columns, "risk_score", "risk_level", "categories", "reasons"]
    out = lazy.compute(scheduler=scheduler)
    expected = screener.screen_frame(frame, text_column="body")
    assert len(out) == len(frame)
    # Dask stores strings as pyarrow strings: compare the values, not the string dtypes.
    pd.testing.assert_frame_equal(
        out.loc[expected.index], expected, check_dtype=False, check_index_type=False
    )
    assert out["risk_score"].dtype == "float64"
    assert (out["reasons"] == MISSING_NOTE).sum() == 5
    assert (out["risk_level"] != "low").sum() >= 5


def test_dask_with_the_shipped_model_and_bad_column(frame: pd.DataFrame) -> None:
    ddf = dd.from_pandas(frame, npartitions=2)
    out = screen_dask(ddf, text_column="body").compute(scheduler="sync")
    expected = rs.Screener().screen_frame(frame, "body")
    assert out.loc[frame.index, "risk_score"].tolist() == expected["risk_score"].tolist()
    with pytest.raises(rs.InputError, match="no column 'text'"):
        screen_dask(ddf, rs.Screener(model=None))
