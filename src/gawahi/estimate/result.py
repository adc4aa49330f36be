"""Typed results of an estimate (no dict bags); `to_dict()` gives the JSON form."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from gawahi.estimate.table import EstimateWarning


def _num(x: float | None) -> float | None:
    """JSON-safe float: non-finite values become null."""
    if x is None or not math.isfinite(x):
        return None
    return float(x)


@dataclass(frozen=True)
class ModelScore:
    """One candidate of a model search."""

    model: str
    estimate: float
    deviance: float
    df: int
    aic: float
    bic: float
    usable: bool  # False when the fit is at a boundary / did not converge

    def to_dict(self) -> dict[str, object]:
        return {
            "model": self.model,
            "estimate": _num(self.estimate),
            "deviance": _num(self.deviance),
            "df": self.df,
            "aic": _num(self.aic),
            "bic": _num(self.bic),
            "usable": self.usable,
        }


@dataclass(frozen=True)
class LoglinearDiagnostics:
    """Fit of a Poisson log-linear model on the 2^J - 1 observed cells (as Rcapture)."""

    stderr: float  # Rcapture's delta-method standard error of N
    deviance: float
    df: int
    aic: float
    bic: float
    converged: bool
    iterations: int
    coefficients: dict[str, float]
    multinomial_estimate: float | None  # maximiser of the profile multinomial likelihood
    interval: str = "profile-likelihood (multinomial, Rcapture closedpCI), 95%"
    selection: str | None = None  # "aic"/"bic" when the model came from a search
    candidates: tuple[ModelScore, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {
            "stderr": _num(self.stderr),
            "deviance": _num(self.deviance),
            "df": self.df,
            "aic": _num(self.aic),
            "bic": _num(self.bic),
            "converged": self.converged,
            "iterations": self.iterations,
            "coefficients": {k: _num(v) for k, v in self.coefficients.items()},
            "multinomial_estimate": _num(self.multinomial_estimate),
            "interval": self.interval,
            "selection": self.selection,
            "candidates": [c.to_dict() for c in self.candidates],
        }


@dataclass(frozen=True)
class LcmcrDiagnostics:
    """Settings and convergence diagnostics of an LCMCR Gibbs run."""

    k_star: int  # truncation level K*
    samples: int  # kept draws per chain
    burn_in: int
    thin: int
    chains: int
    seed: int | None
    mean: float
    median: float
    sd: float
    geweke_z: tuple[float, ...]  # one per chain (first 10% vs last 50%)
    ess: float  # effective sample size of N, all chains together
    rhat: float | None  # split R-hat over chains (None for a single chain)
    occupied_classes: float  # posterior mean number of non-empty latent classes
    seconds: float
    interval: str = "equal-tailed posterior interval, 95%"

    def to_dict(self) -> dict[str, object]:
        return {
            "k_star": self.k_star,
            "samples": self.samples,
            "burn_in": self.burn_in,
            "thin": self.thin,
            "chains": self.chains,
            "seed": self.seed,
            "mean": _num(self.mean),
            "median": _num(self.median),
            "sd": _num(self.sd),
            "geweke_z": [_num(z) for z in self.geweke_z],
            "ess": _num(self.ess),
            "rhat": _num(self.rhat),
            "occupied_classes": _num(self.occupied_classes),
            "seconds": round(self.seconds, 3),
            "interval": self.interval,
        }


@dataclass
class EstimateResult:
    """The estimated total (observed + unobserved) with its interval and warnings.

    `lower`/`upper` are None when they could not be found (e.g. an unbounded profile
    likelihood). `samples` holds the posterior draws of N for LCMCR (not in JSON).
    """

    method: str
    model: str
    observed: int
    estimate: float
    lower: float | None
    upper: float | None
    warnings: list[EstimateWarning]
    diagnostics: LoglinearDiagnostics | LcmcrDiagnostics
    lists: tuple[str, ...] = ()
    label: str = ""
    samples: NDArray[np.float64] | None = field(default=None, repr=False)

    @property
    def warning_codes(self) -> list[str]:
        return [w.code for w in self.warnings]

    def to_dict(self) -> dict[str, object]:
        return {
            "method": self.method,
            "model": self.model,
            "observed": self.observed,
            "estimate": _num(self.estimate),
            "lower": _num(self.lower),
            "upper": _num(self.upper),
            "lists": list(self.lists),
            "label": self.label,
            "warnings": [w.to_dict() for w in self.warnings],
            "diagnostics": self.diagnostics.to_dict(),
        }
