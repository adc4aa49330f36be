"""LCMCR Gibbs sampler: determinism, interval containment on simulated data, diagnostics."""

from __future__ import annotations

import numpy as np
import pytest

from gawahi.estimate import CaptureTable, EstimationError, estimate
from gawahi.estimate.lcmcr import effective_sample_size, geweke_z, run_lcmcr, split_rhat
from tests.estimate.tables import HIV_ROME, simulate_population, table

FAST = {"samples": 300, "burn_in": 1500, "thin": 5, "chains": 2}


def test_same_seed_same_draws_different_seed_differs() -> None:
    t = table(HIV_ROME)
    a = estimate(t, method="lcmcr", seed=7, samples=50, burn_in=100, thin=2)
    b = estimate(t, method="lcmcr", seed=7, samples=50, burn_in=100, thin=2)
    c = estimate(t, method="lcmcr", seed=8, samples=50, burn_in=100, thin=2)
    assert a.samples is not None and b.samples is not None and c.samples is not None
    assert np.array_equal(a.samples, b.samples)
    assert a.estimate == b.estimate and a.lower == b.lower and a.upper == b.upper
    assert not np.array_equal(a.samples, c.samples)


@pytest.mark.parametrize("seed", [1, 2])
def test_interval_contains_truth_for_heterogeneous_population(seed: int) -> None:
    # Two latent classes: an easy-to-record majority and a hard-to-record minority, so
    # that independence models underestimate; LCMCR should still cover N.
    truth = 3000
    t = simulate_population(
        truth,
        [0.5, 0.5],
        [[0.6, 0.5, 0.55, 0.6], [0.15, 0.25, 0.2, 0.15]],
        seed=200 + seed,
    )
    res = estimate(t, method="lcmcr", seed=seed, **FAST)
    assert res.lower is not None and res.upper is not None
    assert res.lower <= truth <= res.upper, (res.lower, res.estimate, res.upper)
    assert res.observed < res.lower  # someone is missing from every list
    independence = estimate(t, model="Mt")  # ignores heterogeneity: biased low here
    assert independence.upper is not None and independence.upper < truth
    d = res.diagnostics
    assert d.chains == 2 and d.samples == 300  # type: ignore[union-attr]
    assert len(d.geweke_z) == 2  # type: ignore[union-attr]


def test_result_fields_and_posterior_summary() -> None:
    res = estimate(table(HIV_ROME), method="lcmcr", seed=3, **FAST)
    assert res.method == "lcmcr" and res.model == "LCMCR K*=10"
    assert res.samples is not None and res.samples.shape == (600,)
    assert res.samples.min() >= res.observed
    assert res.lower is not None and res.upper is not None
    assert res.lower <= res.estimate <= res.upper
    d = res.diagnostics.to_dict()
    for key in ("mean", "median", "ess", "rhat", "geweke_z", "k_star", "burn_in", "thin"):
        assert key in d


def test_two_lists_rejected() -> None:
    t = CaptureTable(("a", "b"), np.array([10, 20, 30]))
    with pytest.raises(EstimationError, match="at least 3 lists"):
        estimate(t, method="lcmcr", seed=1, samples=5, burn_in=5)


def test_bad_settings_rejected() -> None:
    with pytest.raises(EstimationError):
        run_lcmcr(table(HIV_ROME), samples=0)


def test_diagnostics_on_known_series() -> None:
    rng = np.random.default_rng(0)
    iid = rng.normal(size=(2, 2000))
    assert 3000 < effective_sample_size(iid) < 5000
    rhat = split_rhat(iid)
    assert rhat is not None and rhat < 1.02
    ar = np.zeros((2, 2000))
    for i in range(1, 2000):
        ar[:, i] = 0.9 * ar[:, i - 1] + rng.normal(size=2)
    assert 100 < effective_sample_size(ar) < 400  # theory: 4000 * 0.1 / 1.9 = 210
    shifted = np.vstack([iid[0], iid[1] + 5.0])
    assert (split_rhat(shifted) or 0) > 1.5
    trend = np.linspace(0, 10, 1000) + rng.normal(size=1000)
    assert abs(geweke_z(trend)) > 3
    assert abs(geweke_z(iid[0])) < 3
