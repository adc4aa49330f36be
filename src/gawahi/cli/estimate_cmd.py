"""`gawahi estimate`: multiple systems estimation from a CSV of overlapping lists."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path

import typer

from gawahi.estimate import (
    CaptureTableError,
    EstimateResult,
    EstimationError,
    PlotUnavailableError,
    estimate,
    plot_result,
    read_lists_csv,
)
from gawahi.estimate.result import LcmcrDiagnostics, LoglinearDiagnostics


class Method(StrEnum):
    loglinear = "loglinear"
    lcmcr = "lcmcr"


class OutputFormat(StrEnum):
    json = "json"
    table = "table"


class Criterion(StrEnum):
    aic = "aic"
    bic = "bic"


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def _fmt(x: float | None) -> str:
    return "unbounded" if x is None else f"{x:,.1f}"


def _print_table(res: EstimateResult) -> None:
    typer.echo(f"method     {res.method}")
    typer.echo(f"model      {res.model}")
    typer.echo(f"lists      {', '.join(res.lists)}")
    typer.echo(f"observed   {res.observed:,}")
    typer.echo(f"estimate   {res.estimate:,.1f}")
    typer.echo(f"95% range  {_fmt(res.lower)} - {_fmt(res.upper)}")
    d = res.diagnostics
    if isinstance(d, LoglinearDiagnostics):
        typer.echo(
            f"stderr     {d.stderr:,.1f}   deviance {d.deviance:.3f}   df {d.df}   "
            f"AIC {d.aic:.3f}   BIC {d.bic:.3f}"
        )
        typer.echo(f"interval   {d.interval}")
        if d.multinomial_estimate is not None:
            typer.echo(f"multinomial estimate {d.multinomial_estimate:,.1f}")
        if d.selection:
            typer.echo(f"model chosen by {d.selection.upper()} among {len(d.candidates)} best:")
            for c in d.candidates[:5]:
                score = c.aic if d.selection == "aic" else c.bic
                typer.echo(
                    f"  {c.model:<48} N {c.estimate:>12,.1f}  {d.selection.upper()} {score:.2f}"
                )
    elif isinstance(d, LcmcrDiagnostics):
        typer.echo(f"posterior  mean {d.mean:,.1f}  median {d.median:,.1f}  sd {d.sd:,.1f}")
        rhat = "n/a" if d.rhat is None else f"{d.rhat:.3f}"
        typer.echo(
            f"sampler    K*={d.k_star} chains={d.chains} burn-in={d.burn_in} thin={d.thin} "
            f"samples={d.samples} seed={d.seed} ({d.seconds:.1f}s)"
        )
        typer.echo(
            f"diagnostics ESS {d.ess:.0f}  R-hat {rhat}  Geweke z "
            + ", ".join(f"{z:.2f}" for z in d.geweke_z)
        )
    for w in res.warnings:
        typer.echo(f"warning [{w.code}] {w.message}")


def estimate_command(
    lists: Path = typer.Option(
        ...,
        "--lists",
        help="CSV of overlapping lists: one 0/1 column per list, then `count` "
        "(without `count`, each row is one person).",
    ),
    method: Method = typer.Option(
        Method.loglinear,
        "--method",
        help="loglinear: Poisson log-linear models as Rcapture; lcmcr: Bayesian latent-class "
        "model (Manrique-Vallier 2016).",
    ),
    model: str | None = typer.Option(
        None,
        "--model",
        help="Log-linear model, e.g. 'Mt', 'M0', 'Mh Chao', 'Mth Poisson2', 'Mth Darroch', "
        "'Mth Gamma3.5', 'Mt + c1:c2' (lists by column name or c1..cJ). Default: chosen by "
        "--criterion. Ignored by lcmcr.",
    ),
    criterion: Criterion = typer.Option(
        Criterion.aic, "--criterion", help="Model-search criterion when --model is not given."
    ),
    seed: int | None = typer.Option(
        None, "--seed", help="Random seed for lcmcr (same seed, same draws)."
    ),
    samples: int = typer.Option(
        1000, "--samples", min=1, help="lcmcr: posterior draws kept per chain."
    ),
    burn_in: int = typer.Option(
        10000, "--burn-in", min=0, help="lcmcr: Gibbs sweeps discarded before keeping draws."
    ),
    thin: int = typer.Option(10, "--thin", min=1, help="lcmcr: keep one draw every THIN sweeps."),
    k_star: int = typer.Option(
        10, "--k-star", min=2, help="lcmcr: maximum number of latent classes (truncation K*)."
    ),
    chains: int = typer.Option(
        2, "--chains", min=1, help="lcmcr: independent chains (for R-hat), run together."
    ),
    output_format: OutputFormat = typer.Option(
        OutputFormat.table, "--format", help="json: one JSON object; table: readable text."
    ),
    plot: Path | None = typer.Option(
        None,
        "--plot",
        help="Write a PNG: the posterior of N (lcmcr) or observed vs estimate (loglinear). "
        "Needs matplotlib.",
    ),
) -> None:
    """Estimate how many people there were in total, including those on no list
    (multiple systems estimation)."""
    try:
        table = read_lists_csv(lists)
    except CaptureTableError as exc:
        raise _fail(str(exc)) from None
    try:
        res = estimate(
            table,
            method=method.value,
            model=model if method is Method.loglinear else None,
            seed=seed,
            criterion=criterion.value,
            samples=samples,
            burn_in=burn_in,
            thin=thin,
            k_star=k_star,
            chains=chains,
        )
    except EstimationError as exc:
        raise _fail(str(exc)) from None
    plot_path: str | None = None
    if plot is not None:
        try:
            plot_path = str(plot_result(res, plot))
        except PlotUnavailableError as exc:
            raise _fail(str(exc), code=1) from None
    if output_format is OutputFormat.json:
        payload = res.to_dict()
        if plot_path:
            payload["plot"] = plot_path
        typer.echo(json.dumps(payload, ensure_ascii=False))
    else:
        _print_table(res)
        if plot_path:
            typer.echo(f"plot       {plot_path}")


def register(app: typer.Typer) -> None:
    app.command(
        "estimate",
        help="Estimate the total number of victims from overlapping lists (multiple systems "
        "estimation: log-linear models or LCMCR). Prints estimate, 95% interval and warnings.",
    )(estimate_command)
