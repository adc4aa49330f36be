"""One saved linkage model, two engines: DuckDB and Spark give the same pairs and probabilities.

Needs pyspark (the `test` extra) and a Java runtime (.ci/run installs default-jre-headless).
Outside CI the Spark tests skip when either is missing; in CI they fail instead.
"""

from __future__ import annotations

import json
import os
import random
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pytest

from gawahi.people.linkage import (
    SPARK_JW_UDF,
    backend_frame,
    default_model,
    jaro_winkler_similarity,
    make_db_api,
    predict_frame,
    records_frame,
    settings_for_backend,
)
from gawahi.people.synthetic import age_range, generate_records

KEY = ["unique_id_l", "unique_id_r"]


def _need_spark() -> None:
    missing = []
    try:
        import pyspark  # noqa: F401
    except ImportError:
        missing.append("pyspark (pip install -e '.[test]')")
    if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
        missing.append("a Java runtime (apt-get install default-jre-headless)")
    if missing:
        reason = "the Spark backend needs " + " and ".join(missing)
        if os.environ.get("CI"):
            pytest.fail(reason + " — required in CI")
        pytest.skip(reason)


@pytest.fixture(scope="module")
def spark_api() -> Iterator[Any]:
    _need_spark()
    api = make_db_api("spark", driver_memory="1g")
    yield api
    api.spark.stop()


def _frame(n: int, seed: int) -> pd.DataFrame:
    rows = []
    for r in generate_records(n, seed=seed).records:
        lo, hi = age_range(r["age"])
        rows.append({**r, "age_min": lo, "age_max": hi})
    return records_frame(rows)


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    return _frame(1500, seed=21)


def _model(n: int) -> dict[str, Any]:
    """The shipped model, prior rescaled to `n` records, with its term-frequency adjustments
    (which `default_model` drops below 2,000 records): Spark must count them like DuckDB."""
    model = default_model()
    model["probability_two_random_records_match"] = (
        default_model(n)["probability_two_random_records_match"])
    model["retain_matching_columns"] = True  # gamma_* and bf_* for every comparison
    tf = [lv["tf_adjustment_column"] for c in model["comparisons"] for lv in c["comparison_levels"]
          if lv.get("tf_adjustment_column")]
    assert sorted(tf) == ["district", "father_key", "incident_date", "name_key"]
    return model


def test_jaro_winkler_udf_is_duckdbs_function() -> None:
    """The Spark UDF computes DuckDB's jaro_winkler_similarity exactly (Splink's Java UDF
    halves transpositions differently: "ali naqvi"/"imanuel naqvi" 0.805 against 0.823)."""
    rnd = random.Random(3)
    names = sorted({r["name"].lower() for r in generate_records(800, seed=4).records})
    pairs = [("ali naqvi", "imanuel naqvi"), ("hussyin qasim", "hussain qasim"), ("", ""),
             ("a", ""), ("a", "a"), ("ab", "ba"), ("سید علی", "علی"), ("zoë", "zoe")]
    for _ in range(4000):
        if rnd.random() < 0.5:
            pairs.append((rnd.choice(names), rnd.choice(names)))
        else:  # short alphabets: many repeats and transpositions; long strings; UTF-8
            alphabet = rnd.choice(["ab", "abc", "aab c", "abcdefgh", "éa", "اب"])

            def word(longest: int, alphabet: str = alphabet) -> str:
                return "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, longest)))

            pairs.append((word(12), word(rnd.choice([12, 90]))))
    con = duckdb.connect()
    con.register("pairs", pd.DataFrame(pairs, columns=["a", "b"]))
    got = con.execute("SELECT a, b, jaro_winkler_similarity(a, b) AS jw FROM pairs").df()
    diffs = [(a, b, jw, jaro_winkler_similarity(a, b)) for a, b, jw in got.itertuples(index=False)
             if abs(jaro_winkler_similarity(a, b) - jw) > 1e-12]
    assert diffs == []
    assert abs(jaro_winkler_similarity("ali naqvi", "imanuel naqvi") - 0.8233618) < 1e-6
    assert jaro_winkler_similarity(None, "ali") is None


def test_spark_settings_call_the_udf_and_translate_custom_sql() -> None:
    spark = settings_for_backend(default_model(), "spark")
    sql = [lv["sql_condition"] for c in spark["comparisons"] for lv in c["comparison_levels"]]
    assert sum(f"{SPARK_JW_UDF}(" in s for s in sql) == 4
    # In Spark SQL "x" is a string literal: every column must be `quoted`.
    assert not any('"' in s for s in sql), [s for s in sql if '"' in s]
    assert all(br["blocking_rule"].count("`") >= 4
               for br in spark["blocking_rules_to_generate_predictions"])


def test_same_saved_model_same_pairs_and_probabilities(
    spark_api: Any, frame: pd.DataFrame, tmp_path: Path,
) -> None:
    path = tmp_path / "model.json"
    path.write_text(json.dumps(_model(len(frame))), encoding="utf-8")
    # Threshold 0: every blocked pair, so blocking and all comparison levels are compared.
    duck = predict_frame(frame, threshold=0.0, model=path, train_model=False).pairs
    spark = predict_frame(frame, threshold=0.0, model=path, train_model=False,
                          db_api=spark_api).pairs
    assert len(duck) > 1000
    both = duck.merge(spark, on=KEY, how="outer", suffixes=("_duckdb", "_spark"), indicator=True)
    only = both[both["_merge"] != "both"]
    assert only.empty, only[KEY + ["_merge"]].head(10)
    gammas = [c for c in duck.columns if c.startswith("gamma_")]
    assert len(gammas) == 7
    for g in gammas:
        differ = both[both[f"{g}_duckdb"] != both[f"{g}_spark"]]
        assert differ.empty, (g, differ[KEY + [f"{g}_duckdb", f"{g}_spark"]].head())
    assert len([c for c in duck.columns if c.startswith("bf_tf_adj_")]) == 4
    for col in ["match_probability", "match_weight"] + [c for c in duck.columns if c.startswith("bf_")]:
        gap = (both[f"{col}_duckdb"] - both[f"{col}_spark"]).abs().max()
        assert gap < 1e-6, (col, gap)
    # The data reach the levels that used to differ between the engines.
    assert (duck.gamma_name == 2).any()  # same consonant skeleton, 5+ letters (custom SQL)
    assert (duck.gamma_incident_date == 1).any()  # same year, one date only a year (custom SQL)
    assert (duck.gamma_name.isin([1, 5])).any() and (duck.gamma_father.isin([1, 4])).any()  # JW
    assert (duck.gamma_age == -1).any() and (duck.gamma_age >= 0).any()  # ages unknown and known
    assert (duck.match_probability >= 0.9).sum() > 500


def test_spark_frame_with_nan_reads_as_null(spark_api: Any, frame: pd.DataFrame) -> None:
    """A Spark frame holding NaN ages (as spark.createDataFrame makes them) scores like DuckDB:
    NaN is "age unknown", not "ages differ"."""
    from pyspark.sql import functions as F

    sdf = backend_frame(frame, spark_api)
    assert sdf.filter(F.col("age").isNull()).count() == int(frame.age.isna().sum()) > 0
    with_nan = sdf.withColumn("age", F.coalesce(F.col("age"), F.lit(float("nan"))))
    assert with_nan.filter(F.isnan("age")).count() > 0
    cleaned = backend_frame(with_nan, spark_api)
    assert cleaned.filter(F.isnan("age")).count() == 0
    assert cleaned.filter(F.col("age").isNull()).count() == int(frame.age.isna().sum())
    small = _frame(400, seed=22)
    model = _model(len(small))
    duck = predict_frame(small, threshold=0.5, model=model, train_model=False).pairs
    spark = predict_frame(backend_frame(small, spark_api).withColumn(
        "age", F.coalesce(F.col("age"), F.lit(float("nan")))),
        threshold=0.5, model=model, train_model=False, db_api=spark_api).pairs
    got = dict(zip(zip(spark.unique_id_l, spark.unique_id_r, strict=True), spark.match_probability,
                   strict=True))
    want = dict(zip(zip(duck.unique_id_l, duck.unique_id_r, strict=True), duck.match_probability,
                    strict=True))
    assert got.keys() == want.keys() and len(want) > 20
    assert max(abs(got[k] - want[k]) for k in want) < 1e-6
