"""PNG plots of estimates. matplotlib is optional and imported only when plotting."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from gawahi.estimate.result import EstimateResult
from gawahi.estimate.strata import StratifiedEstimate


class PlotUnavailableError(RuntimeError):
    """matplotlib is not installed."""


def _pyplot() -> Any:
    try:
        import matplotlib
    except ImportError as exc:
        raise PlotUnavailableError(
            "plotting needs matplotlib, which is not installed: pip install matplotlib"
        ) from exc
    matplotlib.use("Agg")  # no display needed
    import matplotlib.pyplot as plt

    return plt


def plot_posterior(result: EstimateResult, path: str | Path, bins: int = 60) -> Path:
    """Histogram of the LCMCR posterior of N with the observed count, median and interval."""
    if result.samples is None:
        raise ValueError("this result has no posterior samples (use method='lcmcr')")
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(7, 4))
    ax.hist(np.asarray(result.samples), bins=bins, color="#5b7fa6", alpha=0.85)
    ax.axvline(result.observed, color="black", ls=":", label=f"observed {result.observed}")
    ax.axvline(result.estimate, color="#b22222", label=f"median {result.estimate:,.0f}")
    if result.lower is not None and result.upper is not None:
        ax.axvspan(
            result.lower,
            result.upper,
            color="#b22222",
            alpha=0.12,
            label=f"95% interval {result.lower:,.0f}-{result.upper:,.0f}",
        )
    ax.set_xlabel("total N (observed + unobserved)")
    ax.set_ylabel("posterior draws")
    ax.set_title(f"LCMCR posterior of N{' - ' + result.label if result.label else ''}")
    ax.legend(fontsize=8)
    return _save(fig, plt, path)


def plot_strata(strat: StratifiedEstimate, path: str | Path, include_total: bool = False) -> Path:
    """Observed vs estimated by stratum, estimates with their interval as error bars."""
    rows = [(s.stratum, s.table.observed, s.result) for s in strat.strata]
    if include_total and strat.total is not None:
        rows.append(("total", strat.total.observed, strat.total))
    return _bars(rows, path, "Observed vs estimated by stratum")


def plot_result(result: EstimateResult, path: str | Path) -> Path:
    """Posterior histogram for LCMCR; observed vs estimate with its interval otherwise."""
    if result.samples is not None:
        return plot_posterior(result, path)
    return _bars(
        [(result.label or "table", result.observed, result)],
        path,
        f"{result.method}: {result.model}",
    )


def _bars(rows: list[tuple[str, int, EstimateResult | None]], path: str | Path, title: str) -> Path:
    plt = _pyplot()
    labels = [r[0] for r in rows]
    xs = np.arange(len(rows))
    observed = [r[1] for r in rows]
    est = [r[2].estimate if r[2] else np.nan for r in rows]
    lo = [
        e - r[2].lower if r[2] and r[2].lower is not None else 0.0
        for e, r in zip(est, rows, strict=True)
    ]
    hi = [
        r[2].upper - e if r[2] and r[2].upper is not None else 0.0
        for e, r in zip(est, rows, strict=True)
    ]
    fig, ax = plt.subplots(figsize=(max(5, 0.8 * len(rows) + 3), 4))
    ax.bar(xs - 0.2, observed, width=0.4, color="#9aa5b1", label="observed")
    ax.bar(xs + 0.2, est, width=0.4, color="#5b7fa6", label="estimated")
    ax.errorbar(
        xs + 0.2, est, yerr=[lo, hi], fmt="none", ecolor="black", capsize=4, label="95% interval"
    )
    ax.set_xticks(xs)
    ax.set_xticklabels(
        labels, rotation=45 if len(rows) > 6 else 0, ha="right" if len(rows) > 6 else "center"
    )
    ax.set_ylabel("people")
    ax.set_title(title)
    ax.legend(fontsize=8)
    return _save(fig, plt, path)


def _save(fig: Any, plt: Any, path: str | Path) -> Path:
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.tight_layout()
    fig.savefig(out, format="png", dpi=120)
    plt.close(fig)
    return out
