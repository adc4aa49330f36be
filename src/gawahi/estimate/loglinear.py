"""Log-linear models for multiple systems estimation, as Rcapture's closedp / closedpCI.

A Poisson GLM is fitted to the 2^J - 1 observed capture-history counts (IRLS in numpy);
the count of the unobserved history is exp(intercept), so N = observed + exp(intercept)
(the "Poisson" estimate Rcapture prints in `closedp.t` / `closedpCI.t`).

Design columns follow Rcapture (`Xclosedp`, internal.matrices.R), with x = number of lists a
history is on:
  M0: x                Mt: one indicator per list
  Mh / Mth: M0 / Mt plus a heterogeneity term
    Chao (lower bound, "LB"): columns max(x - k + 1, 0) for k = 3..J; negative eta
        coefficients are removed one at a time and the model refitted (Rcapture `neg=TRUE`)
    Poisson<theta> (default 2): theta^x - 1
    Darroch: x^2 / 2
    Gamma<theta> (default 3.5): -log(theta + x) + log(theta)
  plus any interaction terms between lists, e.g. "Mt + c1:c2" (closedpCI.t with mX).

Confidence interval: the profile-likelihood interval of the *multinomial* likelihood, as
closedpCI computes it: for each N the model is refitted on the complete 2^J table with
n0 = N - n in the empty cell, log L(N) = -deviance/2 + Cormack's (1992) correction, and the
95% bounds are where 2 (max log L - log L(N)) = chi2_1(0.95). The maximiser (the multinomial
estimate) is reported in the diagnostics; the point estimate is the Poisson one.

Model search (`search_models`) fits the standard closedp models and every hierarchical
interaction model (main effects always in) up to a maximum order, ranks them by AIC or BIC
(-2 log L + 2p, resp. + p log n, Poisson log-likelihood on the observed cells as R's glm),
and skips fits at a boundary (a term whose lists no one is on together).
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray
from scipy import optimize, special, stats

from gawahi.estimate.result import EstimateResult, LoglinearDiagnostics, ModelScore
from gawahi.estimate.table import (
    CaptureTable,
    EstimateWarning,
    EstimationError,
    table_warnings,
)

FloatArray = NDArray[np.float64]

HETEROGENEITY_HELP = "Chao (alias LB), Poisson<theta> (Poisson2), Darroch, Gamma<theta> (Gamma3.5)"


# ------------------------------------------------------------------------------ models
@dataclass(frozen=True)
class Heterogeneity:
    kind: str  # "Chao", "Poisson", "Darroch", "Gamma"
    theta: float | None = None

    @property
    def label(self) -> str:
        if self.kind in ("Poisson", "Gamma"):
            return f"{self.kind}{self.theta:g}"
        return self.kind

    def columns(self, x: FloatArray, n_lists: int) -> tuple[FloatArray, list[str]]:
        if self.kind == "Chao":
            if n_lists < 3:
                raise EstimationError("Chao's heterogeneity model needs at least 3 lists")
            cols = [np.maximum(x - k + 1, 0.0) for k in range(3, n_lists + 1)]
            return np.column_stack(cols), [f"eta{k}" for k in range(3, n_lists + 1)]
        if self.kind == "Poisson":
            assert self.theta is not None
            return (self.theta**x - 1.0)[:, None], ["tau"]
        if self.kind == "Darroch":
            return (x**2 / 2.0)[:, None], ["tau"]
        if self.kind == "Gamma":
            assert self.theta is not None
            return (-np.log(self.theta + x) + math.log(self.theta))[:, None], ["tau"]
        raise EstimationError(f"unknown heterogeneity {self.kind!r}")


@dataclass(frozen=True)
class LoglinearModel:
    base: str = "Mt"  # "M0" or "Mt" (list effects equal / free)
    heterogeneity: Heterogeneity | None = None
    interactions: tuple[tuple[int, ...], ...] = ()

    def name(self, lists: Sequence[str]) -> str:
        if self.heterogeneity is None:
            head = self.base
        else:
            head = ("Mh " if self.base == "M0" else "Mth ") + self.heterogeneity.label
        terms = [":".join(lists[i] for i in t) for t in self.interactions]
        return " + ".join([head, *terms])


def _parse_heterogeneity(token: str) -> Heterogeneity:
    t = token.strip().strip("()").strip()
    t = t[2:] if t.lower().startswith("h=") else t
    m = re.fullmatch(r"(?i)(chao|lb|darroch|poisson|gamma)\s*([0-9]*\.?[0-9]+)?", t)
    if not m:
        raise EstimationError(f"unknown heterogeneity {token!r}; use one of {HETEROGENEITY_HELP}")
    kind = m.group(1).lower()
    theta = float(m.group(2)) if m.group(2) else None
    if kind in ("chao", "lb"):
        return Heterogeneity("Chao")
    if kind == "darroch":
        return Heterogeneity("Darroch")
    if kind == "poisson":
        return Heterogeneity("Poisson", theta if theta is not None else 2.0)
    return Heterogeneity("Gamma", theta if theta is not None else 3.5)


def _list_index(name: str, lists: Sequence[str]) -> int:
    if name in lists:
        return list(lists).index(name)
    folded = [x.lower() for x in lists]
    if name.lower() in folded:
        return folded.index(name.lower())
    m = re.fullmatch(r"(?i)c(\d+)", name)
    if m and 1 <= int(m.group(1)) <= len(lists):
        return int(m.group(1)) - 1
    raise EstimationError(f"unknown list {name!r} in model term; lists are {list(lists)}")


def parse_model(spec: str, lists: Sequence[str]) -> LoglinearModel:
    """Parse "M0", "Mt", "Mh Chao", "Mth Poisson2", "Mt + c1:c2", "Mth Darroch + a:b", ...

    Interaction terms name lists by their column names (or c1..cJ by position); "all2",
    "all3" add every interaction of that order. With only interaction terms the base is Mt.
    """
    tokens = [t.strip() for t in spec.split("+") if t.strip()]
    if not tokens:
        raise EstimationError("empty model")
    base = "Mt"
    het: Heterogeneity | None = None
    terms: list[tuple[int, ...]] = []
    j = len(lists)
    for pos, tok in enumerate(tokens):
        m = re.fullmatch(r"(?i)(m0|mt|mh|mth)(?:[\s_\-(]+(.*?)\)?)?", tok)
        if m and pos == 0:
            kind = m.group(1).lower()
            base = "M0" if kind in ("m0", "mh") else "Mt"
            if kind in ("mh", "mth"):
                if not m.group(2):
                    raise EstimationError(
                        f"{m.group(1)} needs a heterogeneity form, e.g. '{m.group(1)} Chao' "
                        f"({HETEROGENEITY_HELP})"
                    )
                het = _parse_heterogeneity(m.group(2))
            elif m.group(2):
                raise EstimationError(f"unexpected {m.group(2)!r} after {m.group(1)}")
            continue
        am = re.fullmatch(r"(?i)all\s*([0-9]+)", tok)
        if am:
            order = int(am.group(1))
            if not 2 <= order <= j:
                raise EstimationError(f"{tok!r}: order must be between 2 and {j}")
            terms.extend(itertools.combinations(range(j), order))
            continue
        if ":" in tok:
            idx = tuple(sorted({_list_index(x.strip(), lists) for x in tok.split(":")}))
            if len(idx) < 2:
                raise EstimationError(f"interaction {tok!r} needs two different lists")
            terms.append(idx)
            continue
        het = _parse_heterogeneity(tok)  # "Mt + Darroch" style
    uniq = sorted(set(terms), key=lambda t: (len(t), t))
    return LoglinearModel(base, het, tuple(uniq))


def standard_models(n_lists: int) -> list[LoglinearModel]:
    """The models of Rcapture's closedp.t: M0, Mt, Mh and Mth with each heterogeneity form."""
    hets = [Heterogeneity("Poisson", 2.0), Heterogeneity("Darroch"), Heterogeneity("Gamma", 3.5)]
    if n_lists >= 3:
        hets.insert(0, Heterogeneity("Chao"))
    out = [LoglinearModel("M0"), LoglinearModel("Mt")]
    out += [LoglinearModel("M0", h) for h in hets]
    out += [LoglinearModel("Mt", h) for h in hets]
    return out


def hierarchical_models(n_lists: int, max_order: int) -> list[tuple[tuple[int, ...], ...]]:
    """All hierarchical sets of interaction terms of order 2..max_order (main effects implied)."""
    max_order = min(max_order, n_lists - 1)
    results: list[tuple[tuple[int, ...], ...]] = []

    def extend(chosen: tuple[tuple[int, ...], ...], order: int) -> None:
        if order > max_order:
            results.append(chosen)
            return
        present = set(chosen)
        allowed = [
            t
            for t in itertools.combinations(range(n_lists), order)
            if order == 2 or all(s in present for s in itertools.combinations(t, order - 1))
        ]
        if not allowed:
            results.append(chosen)
            return
        for r in range(len(allowed) + 1):
            for subset in itertools.combinations(allowed, r):
                if r == 0:
                    results.append(chosen)
                else:
                    extend(chosen + subset, order + 1)

    extend((), 2)
    return results


# ------------------------------------------------------------------------------ fitting
@dataclass
class GlmFit:
    beta: FloatArray
    mu: FloatArray
    deviance: float
    cov: FloatArray
    converged: bool
    iterations: int


def poisson_deviance(y: FloatArray, mu: FloatArray) -> float:
    with np.errstate(divide="ignore", invalid="ignore"):
        term = np.where(y > 0, y * np.log(y / mu), 0.0)
    return float(2.0 * np.sum(term - (y - mu)))


def poisson_irls(x: FloatArray, y: FloatArray, maxit: int = 100, tol: float = 1e-10) -> GlmFit:
    """Poisson GLM with log link by iteratively reweighted least squares (R's glm.fit)."""
    mu = y + 0.1
    eta = np.log(mu)
    dev_old = math.inf
    beta: FloatArray = np.zeros(x.shape[1])
    converged = False
    it = 0
    for it in range(1, maxit + 1):  # noqa: B007
        z = eta + (y - mu) / mu
        sw = np.sqrt(mu)
        beta = np.asarray(np.linalg.lstsq(x * sw[:, None], z * sw, rcond=None)[0], dtype=float)
        eta = np.clip(x @ beta, -700.0, 700.0)
        mu = np.exp(eta)
        dev = poisson_deviance(y, mu)
        if abs(dev - dev_old) / (abs(dev) + 0.1) < tol:
            converged = True
            break
        dev_old = dev
    info = (x * mu[:, None]).T @ x
    try:
        cov = np.asarray(np.linalg.inv(info), dtype=float)
    except np.linalg.LinAlgError:
        cov = np.asarray(np.linalg.pinv(info), dtype=float)
    return GlmFit(beta, mu, poisson_deviance(y, mu), cov, converged, it)


@dataclass
class LoglinearFit:
    model: LoglinearModel
    name: str
    columns: list[str]
    design: FloatArray  # with intercept, after Chao constraint
    full_design: FloatArray  # with intercept, before Chao constraint
    glm: GlmFit
    n: int
    estimate: float
    stderr: float
    deviance: float
    df: int
    aic: float
    bic: float
    warnings: list[EstimateWarning] = field(default_factory=list)

    @property
    def usable(self) -> bool:
        return self.glm.converged and not any(
            w.code in ("boundary", "unidentifiable") for w in self.warnings
        )


def design_matrix(model: LoglinearModel, table: CaptureTable) -> tuple[FloatArray, list[str], int]:
    """Design with intercept; returns (X, column names, number of non-heterogeneity columns)."""
    h = table.histories.astype(float)
    x = h.sum(axis=1)
    cols: list[FloatArray] = [np.ones(len(x))]
    names = ["(Intercept)"]
    if model.base == "M0":
        cols.append(x)
        names.append("beta")
    else:
        cols.extend(h[:, j] for j in range(table.n_lists))
        names.extend(f"beta:{name}" for name in table.lists)
    for term in model.interactions:
        cols.append(np.prod(h[:, list(term)], axis=1))
        names.append(":".join(table.lists[i] for i in term))
    nca = len(cols)
    if model.heterogeneity is not None:
        hc, hn = model.heterogeneity.columns(x, table.n_lists)
        cols.extend(hc.T)
        names.extend(hn)
    return np.column_stack(cols), names, nca


def _loglik(y: FloatArray, mu: FloatArray) -> float:
    with np.errstate(divide="ignore"):
        return float(np.sum(special.xlogy(y, mu) - mu - special.gammaln(y + 1)))


def _chao_constrain(
    x: FloatArray, y: FloatArray, names: list[str], nca: int, fit: GlmFit
) -> tuple[FloatArray, list[str], GlmFit, list[str]]:
    """Rcapture's Chao.neg: drop the first negative eta and refit, until none is negative."""
    removed: list[str] = []
    while True:
        neg = [i for i in range(nca, x.shape[1]) if fit.beta[i] < 0]
        if not neg:
            return x, names, fit, removed
        i = neg[0]
        removed.append(names[i])
        x = np.delete(x, i, axis=1)
        names = names[:i] + names[i + 1 :]
        fit = poisson_irls(x, y)


def fit_model(table: CaptureTable, model: LoglinearModel) -> LoglinearFit:
    """Fit one log-linear model; N = n + exp(intercept), with Rcapture's standard error."""
    x_full, names, nca = design_matrix(model, table)
    y = table.counts.astype(float)
    n = table.observed
    cells = len(y)
    label = model.name(table.lists)
    if x_full.shape[1] > cells:
        raise EstimationError(
            f"model {label!r} has {x_full.shape[1]} parameters but the table has only "
            f"{cells} observed cells: not estimable"
        )
    warns: list[EstimateWarning] = []
    rank = int(np.linalg.matrix_rank(x_full))
    if rank < x_full.shape[1]:
        raise EstimationError(
            f"model {label!r}: design matrix not of full rank ({rank} < {x_full.shape[1]}); "
            "some terms are aliased"
        )
    fit = poisson_irls(x_full, y)
    x, cols = x_full, names
    if model.heterogeneity is not None and model.heterogeneity.kind == "Chao":
        x, cols, fit, removed = _chao_constrain(x_full, y, names, nca, fit)
        if removed:
            warns.append(
                EstimateWarning(
                    "heterogeneity_constrained",
                    f"Chao heterogeneity parameters {removed} were negative and set to 0 "
                    "(as Rcapture does)",
                )
            )
    for term in model.interactions:
        if table.margin(term) == 0:
            lists = tuple(table.lists[i] for i in term)
            warns.append(
                EstimateWarning(
                    "boundary",
                    f"no one is on all of {list(lists)}: the {':'.join(lists)} parameter is at "
                    "minus infinity; the model is at a boundary and its estimate is unreliable",
                    lists,
                )
            )
    if not fit.converged:
        warns.append(EstimateWarning("not_converged", f"IRLS did not converge for {label!r}"))
    b0 = float(fit.beta[0])
    big = b0 > math.log(1e12)
    n0 = math.exp(min(b0, 700.0))
    estimate = n + n0
    var0 = float(fit.cov[0, 0])
    stderr = math.sqrt(max(n0 + n0 * n0 * var0, 0.0)) if not big else math.inf
    if big or not math.isfinite(estimate):
        warns.append(
            EstimateWarning(
                "unidentifiable",
                f"model {label!r} gives an unbounded estimate: the data cannot identify "
                "the unobserved count under this model",
            )
        )
    p = x.shape[1]
    ll = _loglik(y, fit.mu)
    df = cells - p
    return LoglinearFit(
        model=model,
        name=label,
        columns=cols,
        design=x,
        full_design=x_full,
        glm=fit,
        n=n,
        estimate=estimate,
        stderr=stderr,
        deviance=fit.deviance,
        df=df,
        aic=-2.0 * ll + 2.0 * p,
        bic=-2.0 * ll + math.log(max(n, 1)) * p,
        warnings=warns,
    )


# ------------------------------------------------------------------------------ interval
def _cormack(n0: float, total: float) -> float:
    """Cormack (1992) correction term, exactly as Rcapture's closedpCI computes it."""
    if total > 100:
        if n0 <= 0.0 or n0 == 1.0:
            return -total + 0.5 * math.log(2 * math.pi * total)
        return n0 - total - 0.5 * math.log(n0 / total)
    return float(
        special.xlogy(n0, n0)
        + special.gammaln(total + 1)
        - total * math.log(total)
        - special.gammaln(n0 + 1)
    )


def profile_interval(
    table: CaptureTable, lfit: LoglinearFit, level: float = 0.95, fmax_upper: float = 10.0
) -> tuple[float | None, float | None, float | None]:
    """(multinomial MLE, lower, upper) from the profile multinomial likelihood (closedpCI)."""
    y = table.counts.astype(float)
    n = float(table.observed)
    model = lfit.model
    chao_neg = (
        model.heterogeneity is not None
        and model.heterogeneity.kind == "Chao"
        and not model.interactions
    )
    xa = np.vstack([lfit.full_design, np.r_[1.0, np.zeros(lfit.full_design.shape[1] - 1)]])
    nca = lfit.full_design.shape[1] - (
        0
        if model.heterogeneity is None
        else (table.n_lists - 2 if model.heterogeneity.kind == "Chao" else 1)
    )

    def loglik(big_n: float) -> float:
        n0 = max(big_n - n, 0.0)
        ya = np.r_[y, n0]
        fit = poisson_irls(xa, ya)
        if chao_neg:
            _, _, fit, _ = _chao_constrain(xa, ya, [""] * xa.shape[1], nca, fit)
        return -fit.deviance / 2.0 + _cormack(n0, n + n0)

    hi = max(3.0 * lfit.estimate, n + 1.0)
    if not math.isfinite(hi):
        return None, None, None
    opt = optimize.minimize_scalar(
        lambda v: -loglik(v), bounds=(n, hi), method="bounded", options={"xatol": 1e-4}
    )
    n_max = float(opt.x)
    l_max = -float(opt.fun)
    cut = l_max - stats.chi2.ppf(level, 1) / 2.0

    def g(v: float) -> float:
        return loglik(v) - cut

    lower: float | None = n
    if g(n) < 0:
        lower = float(optimize.brentq(g, n, n_max, xtol=1e-4))
    upper: float | None = None
    top = fmax_upper * max(lfit.estimate, n_max)
    if g(top) < 0:
        upper = float(optimize.brentq(g, n_max, top, xtol=1e-4))
    return n_max, lower, upper


# ------------------------------------------------------------------------------ search
def _safe_fit(table: CaptureTable, model: LoglinearModel) -> LoglinearFit | None:
    try:
        return fit_model(table, model)
    except EstimationError:
        return None


def search_models(
    table: CaptureTable,
    criterion: str = "aic",
    max_order: int | None = None,
    include_standard: bool = True,
) -> list[tuple[LoglinearFit, ModelScore]]:
    """Fit candidate models and rank them by `criterion` ("aic" or "bic"), best first.

    Candidates: the closedp models (M0, Mt, Mh*, Mth*) and every hierarchical Mt +
    interaction model up to `max_order` (default J-1 for J <= 4, else 2). Fits at a boundary
    or that did not converge are ranked after all usable ones.
    """
    if criterion not in ("aic", "bic"):
        raise EstimationError("criterion must be 'aic' or 'bic'")
    j = table.n_lists
    if max_order is None:
        max_order = j - 1 if j <= 4 else 2
    if j > 6 and max_order >= 2:
        raise EstimationError("model search over interactions is limited to 6 lists")
    models: list[LoglinearModel] = standard_models(j) if include_standard else []
    for terms in hierarchical_models(j, max_order):
        if terms:
            models.append(LoglinearModel("Mt", None, terms))
    scored: list[tuple[LoglinearFit, ModelScore]] = []
    for model in models:
        fit = _safe_fit(table, model)
        if fit is None:
            continue
        score = ModelScore(
            fit.name, fit.estimate, fit.deviance, fit.df, fit.aic, fit.bic, fit.usable
        )
        scored.append((fit, score))
    scored.sort(key=lambda fs: (not fs[1].usable, getattr(fs[1], criterion)))
    return scored


# ------------------------------------------------------------------------------ service
def estimate_loglinear(
    table: CaptureTable,
    model: str | LoglinearModel | None = None,
    criterion: str = "aic",
    level: float = 0.95,
    max_order: int | None = None,
) -> EstimateResult:
    """Log-linear estimate; `model=None` (or "aic"/"bic") selects the model by that criterion."""
    warns = table_warnings(table)
    selection: str | None = None
    candidates: tuple[ModelScore, ...] = ()
    if model is None or (
        isinstance(model, str) and model.strip().lower() in ("aic", "bic", "auto")
    ):
        if isinstance(model, str) and model.strip().lower() in ("aic", "bic"):
            criterion = model.strip().lower()
        ranked = search_models(table, criterion, max_order=max_order)
        if not ranked:
            raise EstimationError("no log-linear model could be fitted to this table")
        lfit = ranked[0][0]
        selection = criterion
        candidates = tuple(s for _, s in ranked[:10])
        if not ranked[0][1].usable:
            warns.append(
                EstimateWarning("unidentifiable", "every candidate model is at a boundary")
            )
    else:
        m = parse_model(model, table.lists) if isinstance(model, str) else model
        lfit = fit_model(table, m)
    warns.extend(lfit.warnings)
    if lfit.df == 0:
        warns.append(
            EstimateWarning(
                "saturated",
                f"model {lfit.name!r} is saturated (0 residual df): no goodness-of-fit check, "
                "and the estimate is very sensitive to small cells",
            )
        )
    n_max: float | None = None
    lower: float | None = None
    upper: float | None = None
    if math.isfinite(lfit.estimate) and not any(w.code == "unidentifiable" for w in lfit.warnings):
        n_max, lower, upper = profile_interval(table, lfit, level)
        if upper is None:
            warns.append(
                EstimateWarning(
                    "upper_bound_not_found",
                    "the profile likelihood does not fall below the cut-off within 10x the "
                    "estimate: the upper bound is unbounded for practical purposes",
                )
            )
    if (
        math.isfinite(lfit.stderr)
        and lfit.stderr > 0.5 * max(lfit.estimate - lfit.n, 1.0)
        and (lfit.stderr > 0.25 * lfit.estimate)
    ):
        warns.append(
            EstimateWarning(
                "unstable",
                f"standard error {lfit.stderr:.0f} is large relative to the estimate "
                f"{lfit.estimate:.0f}",
            )
        )
    diag = LoglinearDiagnostics(
        stderr=lfit.stderr,
        deviance=lfit.deviance,
        df=lfit.df,
        aic=lfit.aic,
        bic=lfit.bic,
        converged=lfit.glm.converged,
        iterations=lfit.glm.iterations,
        coefficients={c: float(b) for c, b in zip(lfit.columns, lfit.glm.beta, strict=True)},
        multinomial_estimate=n_max,
        interval=f"profile-likelihood (multinomial, Rcapture closedpCI), {level:.0%}",
        selection=selection,
        candidates=candidates,
    )
    return EstimateResult(
        method="loglinear",
        model=lfit.name,
        observed=table.observed,
        estimate=lfit.estimate,
        lower=lower,
        upper=upper,
        warnings=warns,
        diagnostics=diag,
        lists=table.lists,
        label=table.label,
    )
