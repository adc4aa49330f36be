"""Everything that differs between DuckDB and Spark for the linkage model (see linkage.py):
the SQL of custom comparison levels, the Jaro-Winkler function, the Spark session, and how a
pandas frame becomes a Spark table. The same saved model then gives the same pairs and
probabilities on both engines (tests/people/test_linkage_spark.py).
"""

from __future__ import annotations

import atexit
import shutil
import sys
import tempfile
from typing import Any


class LinkageError(RuntimeError):
    """Linkage cannot run (missing dependency, too few records, incompatible model)."""


def _sql_level(condition: str, label: str | None = None) -> Any:
    """A comparison level from SQL written for DuckDB ("double-quoted" column names).

    Splink translates it (sqlglot) for other engines. Untranslated, Spark SQL reads a
    double-quoted word as a string literal: `length("name_skel_l")` is then the length of the
    word name_skel_l (11), and `"incident_year_l" = "incident_year_r"` is always false.
    """
    import splink.comparison_level_library as cll

    return cll.CustomLevel(condition, label_for_charts=label or condition, base_dialect_str="duckdb")


def _jaro_winkler_level(column: str, threshold: float) -> Any:
    """Splink's Jaro-Winkler level, computed the same way on every engine.

    DuckDB's `jaro_winkler_similarity` (rapidfuzz) halves the transpositions with integer
    division; the Jaro-Winkler UDF that Splink ships for Spark halves them exactly, so a pair
    with an odd number of transpositions scores lower there ("ali naqvi" / "imanuel naqvi":
    0.823 on DuckDB, 0.805 on Spark) and may fall into another level. On Spark the level calls
    `jaro_winkler_similarity` below (DuckDB's definition) as a Python UDF instead.
    """
    import splink.comparison_level_library as cll

    class Level(cll.JaroWinklerLevel):
        def create_sql(self, sql_dialect: Any) -> str:
            sql = str(super().create_sql(sql_dialect))
            if sql_dialect.sql_dialect_str == "spark":
                sql = sql.replace(f"{sql_dialect.jaro_winkler_function_name}(", f"{SPARK_JW_UDF}(", 1)
            return sql

    return Level(column, threshold)


#: Name of the Spark UDF for `jaro_winkler_similarity`.
SPARK_JW_UDF = "gawahi_jaro_winkler"


def jaro_winkler_similarity(a: str | None, b: str | None) -> float | None:
    """DuckDB's `jaro_winkler_similarity(a, b)`, in Python (the Spark UDF).

    A port of the rapidfuzz jaro_winkler code that DuckDB vendors: on UTF-8 bytes, window
    max(len)/2 - 1, common prefix matched first, each byte of `b` takes the first unmatched
    equal byte of `a` in its window, transpositions halved with integer division, Winkler
    bonus (prefix up to 4, weight 0.1) when Jaro > 0.7; 0 when either string is empty.
    tests/people/test_linkage_spark.py checks it against DuckDB.
    """
    if a is None or b is None:
        return None
    p, t = a.encode("utf-8"), b.encode("utf-8")
    p_len, t_len = len(p), len(t)
    if not p_len or not t_len:
        return 0.0
    prefix = 0
    for k in range(min(p_len, t_len, 4)):
        if p[k] != t[k]:
            break
        prefix += 1
    if p_len == 1 and t_len == 1:
        sim = float(p[0] == t[0])
    else:
        bound = max(p_len, t_len) // 2 - 1
        k = 0
        while k < p_len and k < t_len and p[k] == t[k]:
            k += 1
        common = k
        pv, tv = p[k:], t[k:]
        taken = [False] * len(pv)
        t_hit: list[int] = []
        for j, ch in enumerate(tv):
            for i in range(max(0, j - bound), min(len(pv), j + bound + 1)):
                if not taken[i] and pv[i] == ch:
                    taken[i] = True
                    t_hit.append(j)
                    break
        p_hit = [i for i, x in enumerate(taken) if x]
        common += len(p_hit)
        if not common:
            return 0.0
        trans = sum(pv[i] != tv[j] for i, j in zip(p_hit, t_hit, strict=True)) // 2
        sim = (common / p_len + common / t_len + (common - trans) / common) / 3.0
    if sim > 0.7:
        sim += prefix * 0.1 * (1.0 - sim)
    return sim


#: Settings of every Spark session the linkage uses (set on a session passed in, too).
SPARK_CONF = {
    # Splink's date-difference level compares UNIX_TIMESTAMP(date(...)), which is in the
    # session time zone: across a daylight-saving change three days are 3 x 86400 +- 3600 s.
    # DuckDB's EPOCH of a plain timestamp has no time zone.
    "spark.sql.session.timeZone": "UTC",
}
#: Settings of a local session started here (not forced on a session passed in).
SPARK_LOCAL_CONF = {
    # Containers (CI) often cannot resolve their own host name.
    "spark.driver.host": "127.0.0.1",
    "spark.driver.bindAddress": "127.0.0.1",
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
    # Splink repartitions to half of this after blocking; the default (200) is for clusters.
    "spark.sql.shuffle.partitions": "16",
    "spark.sql.execution.arrow.pyspark.enabled": "false",
}


def _spark_api(spark_session: Any = None, driver_memory: str = "4g", **kwargs: Any) -> Any:
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise LinkageError(
            "the Spark backend needs pyspark (pip install 'gawahi[spark]') and Java; "
            "the same saved model JSON runs there"
        ) from exc
    from splink.backends.spark import SparkAPI, similarity_jar_location

    spark = spark_session
    if spark is None:
        builder = SparkSession.builder.appName("gawahi-linkage").master("local[*]")
        # Splink's Jaro-Winkler and friends are Java UDFs shipped as a jar with splink.
        builder = builder.config("spark.jars", similarity_jar_location())
        builder = builder.config("spark.driver.memory", driver_memory)
        for k, v in {**SPARK_LOCAL_CONF, **SPARK_CONF}.items():
            builder = builder.config(k, v)
        # Python workers (the Jaro-Winkler UDF) run this interpreter, which can import gawahi.
        builder = builder.config("spark.pyspark.python", sys.executable)
        spark = builder.getOrCreate()
        spark.sparkContext.setLogLevel("ERROR")
    for k, v in SPARK_CONF.items():
        spark.conf.set(k, v)
    if spark.sparkContext.getCheckpointDir() is None:
        # Splink writes its intermediate tables here (parquet); gone when Python exits.
        checkpoints = tempfile.mkdtemp(prefix="gawahi-spark-")
        atexit.register(shutil.rmtree, checkpoints, ignore_errors=True)
        spark.sparkContext.setCheckpointDir(checkpoints)
    from pyspark.sql.types import DoubleType

    api = SparkAPI(spark_session=spark, **kwargs)
    spark.udf.register(SPARK_JW_UDF, jaro_winkler_similarity, DoubleType())
    return api


def _is_spark(db_api: Any) -> bool:
    return type(db_api).__name__ == "SparkAPI"


def _spark_type(name: str, values: Any) -> Any:
    from pyspark.sql import types as T

    kind = getattr(values.dtype, "kind", "O")
    if kind in "iu":
        return T.LongType()
    if kind == "f":
        return T.DoubleType()
    if kind == "b":
        return T.BooleanType()
    if name in ("name_tokens", "father_tokens") or any(
        isinstance(v, list | tuple) for v in values.head(1000) if v is not None
    ):
        return T.ArrayType(T.StringType())
    return T.StringType()


def _cell(v: Any) -> Any:
    if v is None or (isinstance(v, float) and v != v):
        return None
    if isinstance(v, list | tuple):
        return list(v)
    if hasattr(v, "tolist"):  # numpy scalar or array
        return v.tolist()
    try:
        import pandas as pd

        if v is pd.NA or v is pd.NaT:
            return None
    except ImportError:  # pragma: no cover
        pass
    return v


def backend_frame(frame: Any, db_api: Any) -> Any:
    """`frame` as the engine of `db_api` must read it: missing values as SQL NULL.

    DuckDB reads a pandas frame directly (NaN in a float column and missing strings are
    NULL). Spark does not: pandas 3 keeps missing strings as NaN where Splink's own conversion
    expects None, and a NaN age is a number to Spark (NaN - 30 is NaN, so "ages differ" rather
    than "age unknown"). Here a pandas frame becomes a Spark table with an explicit schema and
    NULLs, and NaN in a Spark frame's floating columns becomes NULL.
    """
    if not _is_spark(db_api):
        return frame
    from pyspark.sql import DataFrame
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    spark = db_api.spark
    if isinstance(frame, DataFrame):
        return frame.select(*[
            F.nanvl(F.col(f.name), F.lit(None).cast(f.dataType)).alias(f.name)
            if isinstance(f.dataType, T.DoubleType | T.FloatType) else F.col(f.name)
            for f in frame.schema.fields
        ])
    cols = list(frame.columns)
    schema = T.StructType([T.StructField(c, _spark_type(c, frame[c]), True) for c in cols])
    rows = [tuple(_cell(v) for v in row) for row in frame.itertuples(index=False, name=None)]
    return spark.createDataFrame(rows, schema)
