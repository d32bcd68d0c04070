"""DataFrames in, DataFrames out: pandas, and the same function on Dask and Spark partitions.

:func:`screen_frame` (also ``Screener.screen_frame``) keeps the input's index and columns and
adds :data:`RESULT_COLUMNS`. Rows whose text is missing or empty are kept, rated low, with a
note in ``reasons``; a row is never dropped. pandas is imported only when these functions run.

On a cluster, every partition is one pandas DataFrame, so the same function runs there:
:func:`screen_dask` wraps ``dask.dataframe.map_partitions``; for PySpark, ``mapInPandas`` with
the schema from :func:`spark_schema` (see ``docs/distributed.md``).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from .errors import InputError
from .scoring import score_findings
from .types import Assessment

if TYPE_CHECKING:
    import pandas as pd

    from .screener import Screener

__all__ = ["MISSING_NOTE", "RESULT_COLUMNS", "screen_dask", "screen_frame", "spark_schema"]

RESULT_COLUMNS = ("risk_score", "risk_level", "categories", "reasons")
"""The columns :func:`screen_frame` adds: a float in [0, 1], "low"/"medium"/"high", a list of
category names (most important first), and a one-line summary of the evidence or the notes."""

MISSING_NOTE = "missing text (None/NaN): nothing to screen"


def screen_frame(
    screener: Screener, df: pd.DataFrame, text_column: Any = "text", n_jobs: int = 1
) -> pd.DataFrame:
    """Screen ``df[text_column]``; a copy of ``df`` (same index, same columns) plus the results.

    Missing (None/NaN) and empty texts are kept as low-risk rows with a note. A cell that holds
    something other than text raises TypeError naming its row, as does a column that already
    exists in the output (rename it first).
    """
    import pandas as pd

    from .screener import reasons

    if not isinstance(df, pd.DataFrame):
        raise TypeError(f"screen_frame expects a pandas DataFrame, got {type(df).__name__}")
    if text_column not in df.columns:
        raise InputError(
            f"no column {text_column!r} in the DataFrame; its columns are {list(df.columns)}; "
            "name the text column with text_column=..."
        )
    clash = [c for c in RESULT_COLUMNS if c in df.columns]
    if clash:
        raise InputError(
            f"the DataFrame already has the result column(s) {clash}; rename or drop them "
            "(e.g. df.drop(columns=[...])) before screening"
        )
    column = df[text_column]
    if isinstance(column, pd.DataFrame):
        raise InputError(f"the DataFrame has {column.shape[1]} columns named {text_column!r}")
    values = column.tolist()
    results: list[Assessment | None] = [None] * len(values)
    todo: list[int] = []
    for i, value in enumerate(values):
        if isinstance(value, str):
            todo.append(i)
        elif _missing(value):
            results[i] = score_findings((), screener.config, notes=(MISSING_NOTE,))
        else:
            raise TypeError(
                f"row {df.index[i]!r}: column {text_column!r} holds {type(value).__name__}, not "
                "text; convert the column to str (e.g. df[col].astype(str)) or fix the row"
            )
    screened = screener.screen_many([values[i] for i in todo], n_jobs=n_jobs)
    for i, a in zip(todo, screened, strict=True):
        results[i] = a
    done = [a for a in results if a is not None]
    if len(done) != len(values):  # every row gets a result; guard the invariant
        raise RuntimeError(f"{len(values) - len(done)} rows were left without a result")
    out = df.copy()
    out["risk_score"] = pd.Series([a.score for a in done], index=df.index, dtype="float64")
    out["risk_level"] = pd.Series([a.level for a in done], index=df.index, dtype=str)
    out["categories"] = pd.Series([list(a.categories) for a in done], index=df.index, dtype=object)
    out["reasons"] = pd.Series([reasons(a) for a in done], index=df.index, dtype=str)
    return out


def _missing(value: object) -> bool:
    """None, NaN of any float type (NumPy's float32 too), pd.NA, NaT of pandas or NumPy."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    import numpy as np
    import pandas as pd

    try:
        missing = pd.isna(value)
    except (TypeError, ValueError):
        return False
    return isinstance(missing, bool | np.bool_) and bool(missing)


def screen_dask(ddf: Any, screener: Screener | None = None, text_column: Any = "text") -> Any:
    """Screen a Dask DataFrame partition by partition (lazily; call ``.compute()`` on the result).

    ``screener`` defaults to ``Screener()``. It is sent to the workers with each task, so with
    the ``"processes"`` scheduler or a distributed cluster it must pickle (every Screener does).
    Run scripts that use process-based schedulers under ``if __name__ == "__main__":``.
    """
    from .screener import Screener

    screener = screener if screener is not None else Screener()
    if text_column not in ddf.columns:
        raise InputError(
            f"no column {text_column!r} in the Dask DataFrame; its columns are {list(ddf.columns)}"
        )
    meta = screen_frame(screener, ddf._meta, text_column)
    # As a Delayed argument the screener is one node of the graph, shared by every partition's
    # task, instead of a copy pickled into each task.
    from uuid import uuid4

    from dask.delayed import delayed

    shared = delayed(screener, name=f"recruitscreen-screener-{uuid4().hex}")
    return ddf.map_partitions(_screen_partition, shared, text_column, meta=meta)


def _screen_partition(part: pd.DataFrame, screener: Screener, text_column: Any) -> pd.DataFrame:
    return screen_frame(screener, part, text_column)


def spark_schema(schema: Any) -> Any:
    """The Spark schema of ``screen_frame``'s output for an input of ``schema`` (a StructType):
    the input's fields plus ``risk_score`` double, ``risk_level`` string, ``categories``
    array<string> and ``reasons`` string. Pass it to ``DataFrame.mapInPandas``."""
    from pyspark.sql.types import ArrayType, DoubleType, StringType, StructField, StructType

    clash = [c for c in RESULT_COLUMNS if c in schema.fieldNames()]
    if clash:
        raise InputError(f"the Spark DataFrame already has the result column(s) {clash}")
    return StructType(
        [
            *schema.fields,
            StructField("risk_score", DoubleType(), False),
            StructField("risk_level", StringType(), False),
            StructField("categories", ArrayType(StringType(), False), False),
            StructField("reasons", StringType(), False),
        ]
    )
