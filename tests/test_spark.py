"""The PySpark mapInPandas recipe of docs/distributed.md; skipped where pyspark or Java is absent."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator

import pandas as pd
import pytest

import recruitscreen as rs
from recruitscreen.frame import MISSING_NOTE, spark_schema

pytest.importorskip("pyspark", reason="pyspark is not installed (it is not part of any extra)")
if shutil.which("java") is None:
    pytest.skip("Spark needs Java 17+ on PATH", allow_module_level=True)

TEXTS = [
    "Add me on WeChat. My client pays USD 2,000 for each short report, keep it between us.",
    "Thanks for the call today, I will send the slides tomorrow.",
    None,
    "Lunch on Friday?",
]


@pytest.mark.slow
def test_map_in_pandas_recipe(monkeypatch: pytest.MonkeyPatch) -> None:
    from pyspark.sql import SparkSession

    # The recipe. Defined here, not at module level: Spark pickles a function by value only
    # when its module cannot be imported on the workers (a script's or a notebook's __main__).
    def screen_batches(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        screener = rs.Screener(model=None)  # one per task, built on the executor
        for pdf in batches:
            yield screener.screen_frame(pdf, text_column="text")

    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    monkeypatch.setenv("PYSPARK_DRIVER_PYTHON", sys.executable)
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("recruitscreen-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    try:
        rows = [(f"m{i}", t) for i, t in enumerate(TEXTS * 3)]
        sdf = spark.createDataFrame(rows, "id string, text string").repartition(3)
        out = sdf.mapInPandas(screen_batches, schema=spark_schema(sdf.schema)).toPandas()
    finally:
        spark.stop()
    assert sorted(out["id"]) == sorted(r[0] for r in rows)  # every row, once
    expected = rs.Screener(model=None).screen_frame(
        pd.DataFrame(rows, columns=["id", "text"]).set_index("id", drop=False)
    )
    got = out.set_index("id", drop=False).loc[expected.index]
    assert got["risk_level"].tolist() == expected["risk_level"].tolist()
    assert got["risk_score"].tolist() == pytest.approx(expected["risk_score"].tolist())
    assert [list(c) for c in got["categories"]] == expected["categories"].tolist()
    assert (got["reasons"] == MISSING_NOTE).sum() == 3


def test_spark_schema_adds_the_result_columns() -> None:
    from pyspark.sql.types import StringType, StructField, StructType

    schema = spark_schema(StructType([StructField("text", StringType())]))
    assert schema.fieldNames() == ["text", "risk_score", "risk_level", "categories", "reasons"]
    with pytest.raises(rs.InputError, match="risk_level"):
        spark_schema(StructType([StructField("risk_level", StringType())]))
