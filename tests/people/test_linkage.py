"""Record linkage: a seeded synthetic list with known truth, suggestions, confirmation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import splink  # noqa: F401,E402  (declared dependency)
from sqlalchemy import func, select

from gawahi.people.linkage import (  # noqa: E402
    cluster_records,
    clusters_from_pairs,
    confirm_above,
    decide,
    default_model,
    list_suggestions,
    make_db_api,
    predict_frame,
    records_frame,
    run_linkage,
    settings_for_backend,
)
from gawahi.people.persons import NewPersonRecord, add_person, get_person, mentions  # noqa: E402
from gawahi.people.synthetic import age_range, generate, pairwise_scores  # noqa: E402
from gawahi.store.db import Store  # noqa: E402
from gawahi.store.schema import link_suggestions, persons  # noqa: E402


def _rows(recs: list[dict]) -> list[dict]:
    out = []
    for r in recs:
        lo, hi = age_range(r["age"])
        out.append({**r, "age_min": lo, "age_max": hi})
    return out


@pytest.fixture(scope="module")
def synthetic() -> tuple[dict, object]:
    g = generate(1500, seed=5)
    frame = records_frame(_rows(g.records))
    return {r["id"]: r["truth"] for r in g.records}, frame


def test_linkage_recovers_known_truth_with_default_model(synthetic: tuple) -> None:
    truth, frame = synthetic
    pred = predict_frame(frame, threshold=0.9, model=default_model(len(frame)), train_model=False)
    clusters = clusters_from_pairs(zip(pred.pairs.unique_id_l, pred.pairs.unique_id_r, strict=True),
                                   truth.keys())
    precision, recall, f1 = pairwise_scores(truth, clusters)
    assert precision > 0.9 and recall > 0.9 and f1 > 0.93, (precision, recall, f1)


def test_clustering_keeps_one_lists_records_apart() -> None:
    lists = {1: "A", 2: "B", 3: "A", 4: "C"}
    pairs = [(1, 2, 0.99), (2, 3, 0.95), (3, 4, 0.97)]
    # Connected components chain all four; keeping lists apart refuses the weakest link.
    assert len(set(clusters_from_pairs([(a, b) for a, b, _ in pairs], lists).values())) == 1
    cl = cluster_records(pairs, lists, lists)
    assert cl[1] == cl[2] and cl[3] == cl[4] and cl[1] != cl[3]
    # A very strong link may still join two records of one list (lists do repeat people).
    cl = cluster_records([(1, 3, 0.9995)], lists, lists)
    assert cl[1] == cl[3]


def test_training_saves_a_loadable_model(synthetic: tuple, tmp_path: Path) -> None:
    truth, frame = synthetic
    path = tmp_path / "model.json"
    pred = predict_frame(frame, threshold=0.9, train_model=True, save_model=path)
    saved = json.loads(path.read_text())
    assert saved["sql_dialect"] == "duckdb" and len(saved["comparisons"]) == 7
    again = predict_frame(frame, threshold=0.9, model=path, train_model=False)
    assert len(again.pairs) == len(pred.pairs)
    clusters = clusters_from_pairs(zip(again.pairs.unique_id_l, again.pairs.unique_id_r, strict=True),
                                   truth.keys())
    assert pairwise_scores(truth, clusters)[2] > 0.9


def test_same_model_rebuilt_for_spark_keeps_parameters() -> None:
    model = default_model()
    spark = settings_for_backend(model, "spark")
    assert spark["sql_dialect"] == "spark"
    assert spark["probability_two_random_records_match"] == model["probability_two_random_records_match"]
    for c_s, c_d in zip(spark["comparisons"], model["comparisons"], strict=True):
        for a, b in zip(c_s["comparison_levels"], c_d["comparison_levels"], strict=True):
            assert a.get("m_probability") == b.get("m_probability")
            assert a.get("u_probability") == b.get("u_probability")
    # Spark SQL for Jaro-Winkler is gawahi's UDF (DuckDB's definition), not DuckDB's function.
    name_levels = [lv["sql_condition"] for lv in spark["comparisons"][0]["comparison_levels"]]
    assert any("gawahi_jaro_winkler(" in s for s in name_levels)
    assert not any("jaro_winkler_similarity(" in s for s in name_levels)


def test_default_model_on_few_records_has_no_term_frequencies() -> None:
    def tf_columns(model: dict) -> list[str]:
        return [lv["tf_adjustment_column"] for c in model["comparisons"]
                for lv in c["comparison_levels"] if lv.get("tf_adjustment_column")]

    # Counted in five records, a shared date or father's name would count for nothing.
    assert tf_columns(default_model(5)) == []
    assert sorted(tf_columns(default_model(50_000))) == [
        "district", "father_key", "incident_date", "name_key"]


def test_reused_database_api_scores_each_frame_afresh() -> None:
    """Splink caches tables by SQL and a uid of the database API: a second frame on the same
    API must not be scored as the first."""
    frames = [records_frame(_rows(generate(n, seed=s).records)) for n, s in ((600, 8), (300, 9))]
    model = default_model()
    api = make_db_api("duckdb")
    first = predict_frame(frames[0], threshold=0.5, model=model, db_api=api).pairs
    second = predict_frame(frames[1], threshold=0.5, model=model, db_api=api).pairs
    fresh = predict_frame(frames[1], threshold=0.5, model=model).pairs
    assert len(first) > len(second) > 20
    key = ["unique_id_l", "unique_id_r"]
    assert second.sort_values(key)[key + ["match_probability"]].reset_index(drop=True).equals(
        fresh.sort_values(key)[key + ["match_probability"]].reset_index(drop=True))


def _add(store: Store, name: str, father: str, list_id: None = None, **kw: object) -> int:
    with store.transaction() as conn:
        pid, _ = add_person(conn, store.dialect, "tester", NewPersonRecord(
            name=name, father_name=father, district="Quetta", incident_date="2013-01-10", **kw))  # type: ignore[arg-type]
    return pid


def test_run_suggest_confirm_merge_keeps_every_mention(store: Store) -> None:
    a = _add(store, "Syed Ali Raza", "Syed Hasan Abbas", age_min=35, age_max=35)
    b = _add(store, "سید علی رضا", "حسن عباس", age_min=36, age_max=36)
    c = _add(store, "Mohd Husain", "Gulam Abbas")
    d = _add(store, "Muhammad Hussain", "Ghulam Abbas")
    _add(store, "Zainab", "Qasim", sex="female")
    rep = run_linkage(store, actor="tester", threshold=0.9)
    assert rep.records == 5 and rep.new_suggestions == 2
    sugg = list_suggestions(store)
    pairs = {frozenset((left["person_id"], right["person_id"])) for _s, left, right in sugg}
    assert pairs == {frozenset((a, b)), frozenset((c, d))}
    assert sugg[0][0].detail and "name" in sugg[0][0].detail
    first = next(s for s, left, _r in sugg if left["person_id"] in (a, b))
    assert decide(store, [first.id], actor="reviewer") == [min(a, b)]
    with store.read() as conn:
        survivor = get_person(conn, a)
        gone = get_person(conn, b)
        assert survivor is not None and gone is not None
        assert gone.merged_into == a
        assert "سید علی رضا" in survivor.names
        assert survivor.age_min == 35 and survivor.age_max == 36
        assert len(mentions(conn, a)) == 2
        row = conn.execute(select(link_suggestions).where(link_suggestions.c.id == first.id)).mappings().one()
        assert row["status"] == "confirmed" and row["reviewer"] == "reviewer"
    # Running again suggests nothing new; confirming the rest in bulk merges c and d.
    again = run_linkage(store, actor="tester", threshold=0.9)
    assert again.new_suggestions == 0 and again.already_linked >= 1
    assert confirm_above(store, 0.9, actor="reviewer") == [min(c, d)]
    with store.read() as conn:
        live = conn.execute(select(func.count()).select_from(persons)
                            .where(persons.c.merged_into.is_(None))).scalar_one()
        assert live == 3


def test_reject_records_the_decision(store: Store) -> None:
    _add(store, "Ali Raza", "Hasan")
    _add(store, "Aly Raza", "Hassan")
    run_linkage(store, actor="tester", threshold=0.5)
    (s, _l, _r), = list_suggestions(store)
    decide(store, [s.id], actor="reviewer", confirm=False)
    assert list_suggestions(store) == []
    (rej, _a, _b), = list_suggestions(store, status="rejected")
    assert rej.reviewer == "reviewer"
    with pytest.raises(Exception, match="already rejected"):
        decide(store, [s.id], actor="reviewer")
