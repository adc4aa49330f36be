"""Estimate stage: how many were killed, including those no list recorded.

Multiple Systems Estimation over overlapping lists of people:

* `method="loglinear"`: Poisson log-linear models as Rcapture (closedp / closedpCI): M0, Mt,
  Mh / Mth with Chao, Poisson, Darroch or Gamma heterogeneity, and Mt plus any interaction
  terms ("Mt + c1:c2"); model search by AIC/BIC over hierarchical models when no model is
  given; 95% profile-likelihood interval of the multinomial likelihood (as closedpCI).
* `method="lcmcr"`: the Bayesian non-parametric latent-class model of Manrique-Vallier (2016)
  (R package LCMCR) as a vectorised numpy Gibbs sampler; posterior median and 95% interval.

Entry points: `read_lists_csv`, `estimate`, `estimate_by_stratum`, `plot_result`,
`plot_posterior`, `plot_strata`. Every result is an `EstimateResult` with structured
`warnings` (lists that barely overlap, small strata, boundary fits, non-convergence).
"""

from __future__ import annotations

from gawahi.estimate.lcmcr import estimate_lcmcr
from gawahi.estimate.loglinear import (
    LoglinearModel,
    estimate_loglinear,
    fit_model,
    parse_model,
    search_models,
)
from gawahi.estimate.plot import PlotUnavailableError, plot_posterior, plot_result, plot_strata
from gawahi.estimate.result import (
    EstimateResult,
    LcmcrDiagnostics,
    LoglinearDiagnostics,
    ModelScore,
)
from gawahi.estimate.strata import StratifiedEstimate, StratumEstimate, estimate_by_stratum
from gawahi.estimate.table import (
    CaptureTable,
    CaptureTableError,
    EstimateWarning,
    EstimationError,
    read_lists_csv,
    table_warnings,
)

METHODS = ("loglinear", "lcmcr")


def estimate(
    table: CaptureTable,
    method: str = "loglinear",
    model: str | LoglinearModel | None = None,
    seed: int | None = None,
    *,
    criterion: str = "aic",
    level: float = 0.95,
    samples: int = 1000,
    burn_in: int = 10000,
    thin: int = 10,
    k_star: int = 10,
    chains: int = 2,
) -> EstimateResult:
    """Estimate the total number of people (observed + on no list) from a capture table.

    loglinear: `model` is a model string ("Mt + c1:c2", "Mth Chao", ...) or None / "aic" /
    "bic" to choose by that criterion; `seed` is unused. lcmcr: `model` is ignored (K* sets
    the truncation); `seed`, `samples` (kept draws per chain), `burn_in`, `thin`, `k_star`
    and `chains` control the sampler.
    """
    if method == "loglinear":
        return estimate_loglinear(table, model=model, criterion=criterion, level=level)
    if method == "lcmcr":
        return estimate_lcmcr(
            table,
            samples=samples,
            burn_in=burn_in,
            thin=thin,
            k_star=k_star,
            chains=chains,
            seed=seed,
            level=level,
        )
    raise EstimationError(f"unknown method {method!r}; use one of {', '.join(METHODS)}")


__all__ = [
    "METHODS",
    "CaptureTable",
    "CaptureTableError",
    "EstimateResult",
    "EstimateWarning",
    "EstimationError",
    "LcmcrDiagnostics",
    "LoglinearDiagnostics",
    "LoglinearModel",
    "ModelScore",
    "PlotUnavailableError",
    "StratifiedEstimate",
    "StratumEstimate",
    "estimate",
    "estimate_by_stratum",
    "estimate_lcmcr",
    "estimate_loglinear",
    "fit_model",
    "parse_model",
    "plot_posterior",
    "plot_result",
    "plot_strata",
    "read_lists_csv",
    "search_models",
    "table_warnings",
]
