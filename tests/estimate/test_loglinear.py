"""Log-linear models: reproduction of published Rcapture results, parsing, search, warnings."""

from __future__ import annotations

import math

import pytest

from gawahi.estimate import (
    EstimationError,
    estimate,
    fit_model,
    parse_model,
    read_lists_csv,
    search_models,
)
from gawahi.estimate.loglinear import hierarchical_models
from tests.estimate.tables import CORPUS_MSE, DIABETES, HIV_ROME, R3, simulate_population, table

# (counts, model, published N) -- Rivest (2011) / Baillargeon & Rivest (2007), as asserted in
# Rcapture's tests and example output.
PUBLISHED = [
    (HIV_ROME, "Mt + c1:c2", 12318.5),
    (HIV_ROME, "Mt + all2", 23443.5),
    (R3, "Mt + all2", 1240),
    (R3, "Mt + c1:c2 + c2:c3", 850),
    (R3, "Mth Chao + c1:c2", 681),
    (R3, "Mth Darroch + c1:c2", 1181.8),
    (DIABETES, "Mt + c1:c2 + c1:c3 + c2:c3 + c2:c4 + c3:c4", 2771),
    (DIABETES, "Mt + c1:c3 + c2:c4 + c3:c4", 2472),
    (DIABETES, "Mth Chao + c1:c3 + c2:c4 + c3:c4", 2588),
    (DIABETES, "Mth Poisson2 + c1:c3 + c2:c4 + c3:c4", 2573),
    (DIABETES, "Mth Darroch + c1:c3 + c2:c4 + c3:c4", 2752),
    (DIABETES, "Mth Gamma3.5 + c1:c3 + c2:c4 + c3:c4", 2964),
    (DIABETES, "Mth Gamma0.5 + c1:c3 + c2:c4 + c3:c4", 4238),
]


@pytest.mark.parametrize(("counts", "model", "published"), PUBLISHED)
def test_reproduces_published_estimates(counts: list[int], model: str, published: float) -> None:
    res = estimate(table(counts), model=model)
    assert abs(res.estimate - published) <= 0.5, (model, res.estimate)


def test_hiv_mt_c1c2_fit_statistics_and_profile_interval() -> None:
    res = estimate(table(HIV_ROME), model="Mt + c1:c2")
    d = res.diagnostics
    assert res.model == "Mt + c1:c2"
    assert res.observed == 1896
    assert abs(d.stderr - 1188.7) < 0.1  # type: ignore[union-attr]
    assert abs(d.deviance - 7.614) < 1e-3  # type: ignore[union-attr]
    assert d.df == 9  # type: ignore[union-attr]
    assert abs(d.aic - 86.65) < 0.01  # type: ignore[union-attr]
    # closedpCI: multinomial N 12308, 95% profile-likelihood CI 10266 - 14992.3
    assert abs(d.multinomial_estimate - 12308) < 0.5  # type: ignore[union-attr,operator]
    assert res.lower is not None and abs(res.lower - 10266) < 0.5
    assert res.upper is not None and abs(res.upper - 14992.3) < 0.5


def test_hiv_all_two_way_profile_interval() -> None:
    res = estimate(table(HIV_ROME), model="Mt + all2")
    assert abs(res.diagnostics.multinomial_estimate - 23269.8) < 0.5  # type: ignore[union-attr,operator]
    assert res.lower is not None and abs(res.lower - 10027.6) < 0.5
    assert res.upper is not None and abs(res.upper - 50046.3) < 0.5


def test_standard_models_run_and_chao_constraint_reported() -> None:
    for spec in [
        "M0",
        "Mt",
        "Mh Chao",
        "Mh Poisson2",
        "Mh Darroch",
        "Mh Gamma3.5",
        "Mth Chao",
        "Mth Poisson2",
        "Mth Darroch",
        "Mth Gamma3.5",
    ]:
        res = estimate(table(HIV_ROME), model=spec)
        assert res.estimate > res.observed
        assert res.lower is not None and res.lower <= res.estimate
    res = estimate(table(HIV_ROME), model="Mth Chao")
    assert "heterogeneity_constrained" in res.warning_codes


@pytest.mark.skipif(not CORPUS_MSE.is_dir(), reason="shared corpus not present")
def test_corpus_tables_reproduce_published() -> None:
    hiv = read_lists_csv(CORPUS_MSE / "hiv_rome_abeni1994_4lists.csv")
    assert hiv.observed == 1896
    assert abs(estimate(hiv, model="Mt + c1:c2").estimate - 12318.5) <= 0.5
    dia = read_lists_csv(CORPUS_MSE / "diabetes_bruno1994_4lists.csv")
    assert abs(estimate(dia, model="Mt + c1:c3 + c2:c4 + c3:c4").estimate - 2472) <= 0.5
    r3 = read_lists_csv(CORPUS_MSE / "darroch1993_R3_3lists.csv")
    assert abs(estimate(r3, model="Mt + c1:c2 + c2:c3").estimate - 850) <= 0.5


def test_parse_model_forms() -> None:
    lists = ("hrcp", "satp", "ngo")
    m = parse_model("Mth(Poisson3) + hrcp:satp + c2:c3", lists)
    assert m.base == "Mt" and m.heterogeneity is not None and m.heterogeneity.theta == 3.0
    assert m.interactions == ((0, 1), (1, 2))
    assert m.name(lists) == "Mth Poisson3 + hrcp:satp + satp:ngo"
    assert parse_model("hrcp:ngo", lists).base == "Mt"
    assert parse_model("Mh LB", lists).heterogeneity.kind == "Chao"  # type: ignore[union-attr]
    for bad in ["Mh", "Mt + x:y", "Mq", "Mt + Weibull"]:
        with pytest.raises(EstimationError):
            parse_model(bad, lists)


def test_too_many_parameters_is_an_error() -> None:
    with pytest.raises(EstimationError, match="not estimable"):
        fit_model(table(R3), parse_model("Mt + all2 + all3", ("c1", "c2", "c3")))


def test_hierarchical_enumeration() -> None:
    assert len(hierarchical_models(3, 2)) == 8  # every subset of the 3 pairs
    four = hierarchical_models(4, 3)
    assert len(four) == len(set(four))
    for terms in four:  # every triple's pairs are present
        s = set(terms)
        for t in terms:
            if len(t) == 3:
                assert {(t[0], t[1]), (t[0], t[2]), (t[1], t[2])} <= s


def test_model_search_selects_published_models() -> None:
    # HIV: Baillargeon & Rivest select Mt + [c1,c2]; diabetes: BIC finds Rivest's set I.
    res = estimate(table(HIV_ROME), model=None)
    assert res.model == "Mt + c1:c2"
    assert res.diagnostics.selection == "aic"  # type: ignore[union-attr]
    best_bic = search_models(table(DIABETES), "bic")[0][1]
    assert best_bic.model == "Mt + c1:c3 + c2:c4 + c3:c4"
    ranked = search_models(table(DIABETES), "aic")
    aics = [s.aic for _, s in ranked if s.usable]
    assert aics == sorted(aics)


def test_boundary_and_saturated_warnings() -> None:
    # c1:c3:c4 has no one on all three lists in the HIV table
    res = estimate(table(HIV_ROME), model="Mt + c1:c3 + c1:c4 + c3:c4 + c1:c3:c4")
    assert "boundary" in res.warning_codes
    res = estimate(table(R3), model="Mt + all2")
    assert "saturated" in res.warning_codes


def test_no_overlap_and_small_sample_warnings() -> None:
    small = table([1, 0, 0, 4, 2, 3, 5])  # 15 people; lists 1 and 3 overlap only via 111
    res = estimate(small, model="Mt")
    assert "small_sample" in res.warning_codes
    assert "sparse_overlap" in res.warning_codes
    disjoint = table([0, 0, 0, 40, 10, 30, 25])  # list 1 shares no one with 2 or 3
    res = estimate(disjoint, model="Mt")
    codes = res.warning_codes
    assert codes.count("no_overlap") == 2
    w = next(w for w in res.warnings if w.code == "no_overlap")
    assert w.lists == ("c1", "c2")


def test_mt_interval_covers_truth_on_simulated_independent_lists() -> None:
    truth = 3000
    t = simulate_population(truth, [1.0], [[0.3, 0.25, 0.2, 0.35]], seed=11)
    res = estimate(t, model="Mt")
    assert res.lower is not None and res.upper is not None
    assert res.lower <= truth <= res.upper
    assert abs(res.estimate - truth) / truth < 0.1
    assert math.isfinite(res.diagnostics.aic)  # type: ignore[union-attr]
