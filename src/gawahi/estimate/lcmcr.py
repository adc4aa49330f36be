"""LCMCR: Bayesian non-parametric latent-class capture-recapture (Manrique-Vallier 2016).

Model (as the R package LCMCR, `lcmCR`): each person belongs to a latent class k with
probability nu_k (truncated stick-breaking with K* classes, concentration alpha ~
Gamma(a, b), default a = b = 0.25); given the class, list memberships are independent
Bernoulli(lambda_jk) with lambda_jk ~ Beta(1, 1). N has the improper prior p(N) ~ 1/N that
makes the augmented sampler exact; the n0 people on no list are data-augmented.

The Gibbs sweep is the package's (NPLCM_CR_Basic_Freq.cpp), on the *cell-count table*, not
per person, and vectorised over cells, classes and several independent chains at once:
  1. split each observed cell's count over classes: Multinomial(count_m, p(k | cell m));
  2. lambda_jk ~ Beta(1 + #on list j in k, 1 + #off list j in k, incl. augmented people);
  3. nu by stick-breaking: V_k ~ Beta(1 + n_k, alpha + sum_{l>k} n_l) (drawn via log-gammas);
  4. n0 ~ NegativeBinomial(n, 1 - P(no list)); its class counts ~ Multinomial(n0, ...);
  5. alpha ~ Gamma(a + K - 1, b - log nu_K).
Initialisation as the package: lambda at the lists' observed rates, 500 warm-up sweeps
without the alpha update, then classes sorted by weight.

Diagnostics: Geweke z per chain (first 10% vs last 50%), effective sample size (Geyer's
initial monotone sequence, over chains) and split R-hat over chains.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from gawahi.estimate.result import EstimateResult, LcmcrDiagnostics
from gawahi.estimate.table import (
    CaptureTable,
    EstimateWarning,
    EstimationError,
    table_warnings,
)

FloatArray = NDArray[np.float64]
_EPS = 1e-12


@dataclass
class LcmcrTrace:
    """Draws kept after burn-in and thinning, one row per chain."""

    n: NDArray[np.int64]  # (chains, samples) posterior draws of N
    alpha: FloatArray  # (chains, samples)
    occupied: NDArray[np.int64]  # (chains, samples) number of non-empty classes
    seconds: float
    iterations: int


class _Sampler:
    def __init__(
        self,
        table: CaptureTable,
        k_star: int,
        chains: int,
        a_alpha: float,
        b_alpha: float,
        rng: np.random.Generator,
    ) -> None:
        keep = table.counts > 0
        self.x = table.histories[keep].astype(float)  # (M, J)
        self.freq = table.counts[keep].astype(np.int64)  # (M,)
        self.n = int(self.freq.sum())
        self.k = k_star
        self.c = chains
        self.a_alpha = a_alpha
        self.b_alpha = b_alpha
        self.rng = rng
        j = self.x.shape[1]
        rate = (self.freq[:, None] * self.x).sum(axis=0) / self.n  # (J,)
        self.lam = np.broadcast_to(rate[None, :, None], (chains, j, k_star)).copy()
        nu = np.empty(k_star)
        nu[: min(4, k_star)] = 0.25 * 0.9
        if k_star > 4:
            nu[4:] = 0.1 / (k_star - 4)
        nu /= nu.sum()
        self.log_nu = np.broadcast_to(np.log(nu), (chains, k_star)).copy()
        self.alpha = np.full(chains, 0.3 / k_star)
        self.n0 = np.zeros(chains, dtype=np.int64)
        self.count0 = np.zeros((chains, k_star), dtype=np.int64)
        self.count_k = np.zeros((chains, k_star), dtype=np.int64)

    def sweep(self, update_alpha: bool = True) -> None:
        rng, x = self.rng, self.x
        lam = np.clip(self.lam, _EPS, 1.0 - _EPS)
        log_lam, log_1m = np.log(lam), np.log1p(-lam)  # (C, J, K)
        # 1. class split of each observed cell
        logp = (
            self.log_nu[:, None, :]
            + np.einsum("mj,cjk->cmk", x, log_lam)
            + np.einsum("mj,cjk->cmk", 1.0 - x, log_1m)
        )
        logp -= logp.max(axis=2, keepdims=True)
        p = np.exp(logp)
        p /= p.sum(axis=2, keepdims=True)
        counts = rng.multinomial(np.broadcast_to(self.freq, (self.c, len(self.freq))), p)
        # 2.+3. lambda ~ Beta and the stick-breaking V_k ~ Beta, from one batch of gammas
        on = np.einsum("mj,cmk->cjk", x, counts)
        total = counts.sum(axis=1) + self.count0  # (C, K)
        off = total[:, None, :] - on
        self.count_k = total
        later = np.cumsum(total[:, ::-1], axis=1)[:, ::-1]  # sum_{l >= k}
        a = 1.0 + total[:, :-1]
        b = self.alpha[:, None] + later[:, 1:]
        nl = on.size
        shapes = np.concatenate([(1.0 + on).ravel(), (1.0 + off).ravel(), a.ravel(), b.ravel()])
        nv = a.size
        # log-gamma draws for the sticks (stable for tiny alpha): log G(s+1) + log(U)/s
        shapes[2 * nl :] += 1.0
        g = rng.standard_gamma(shapes)
        ga, gb = g[:nl], g[nl : 2 * nl]
        self.lam = (ga / (ga + gb)).reshape(on.shape)
        lg = np.log(g[2 * nl :]) + np.log(rng.random(2 * nv)) / (shapes[2 * nl :] - 1.0)
        lg1, lg2 = lg[:nv].reshape(a.shape), lg[nv:].reshape(b.shape)
        ls = np.logaddexp(lg1, lg2)
        log_v, log_1mv = lg1 - ls, lg2 - ls
        acc = np.concatenate([np.zeros((self.c, 1)), np.cumsum(log_1mv, axis=1)], axis=1)
        self.log_nu = np.concatenate([log_v, np.zeros((self.c, 1))], axis=1) + acc
        # 4. augmented unobserved people
        lam = np.clip(self.lam, _EPS, 1.0 - _EPS)
        w0 = np.exp(self.log_nu + np.log1p(-lam).sum(axis=1))  # (C, K)
        p0 = np.clip(w0.sum(axis=1), 0.0, 1.0 - 1e-12)
        self.n0 = rng.negative_binomial(self.n, 1.0 - p0)
        self.count0 = rng.multinomial(self.n0, w0 / w0.sum(axis=1, keepdims=True))
        # 5. concentration
        if update_alpha:
            self.alpha = rng.gamma(
                self.a_alpha + self.k - 1.0, 1.0 / (self.b_alpha - self.log_nu[:, -1])
            )

    def sort_classes(self) -> None:
        order = np.argsort(-self.log_nu, axis=1, kind="stable")
        self.log_nu = np.take_along_axis(self.log_nu, order, axis=1)
        self.lam = np.take_along_axis(self.lam, order[:, None, :], axis=2)
        self.count0 = np.take_along_axis(self.count0, order, axis=1)
        self.count_k = np.take_along_axis(self.count_k, order, axis=1)


def run_lcmcr(
    table: CaptureTable,
    samples: int = 1000,
    burn_in: int = 10000,
    thin: int = 10,
    k_star: int = 10,
    chains: int = 2,
    seed: int | None = None,
    a_alpha: float = 0.25,
    b_alpha: float = 0.25,
    warm_up: int = 500,
) -> LcmcrTrace:
    """Run the Gibbs sampler; returns the thinned draws of N for every chain."""
    if table.n_lists < 3:
        raise EstimationError(
            "LCMCR needs at least 3 lists (latent classes are not identified with 2)"
        )
    if samples < 1 or burn_in < 0 or thin < 1 or k_star < 2 or chains < 1:
        raise EstimationError(
            "need samples >= 1, burn_in >= 0, thin >= 1, k_star >= 2, chains >= 1"
        )
    if table.observed == 0:
        raise EstimationError("no one observed")
    rng = np.random.default_rng(seed)
    s = _Sampler(table, k_star, chains, a_alpha, b_alpha, rng)
    start = time.perf_counter()
    for _ in range(warm_up):
        s.sweep(update_alpha=False)
    s.sort_classes()
    for _ in range(burn_in):
        s.sweep()
    n_draws = np.empty((chains, samples), dtype=np.int64)
    alphas = np.empty((chains, samples))
    occupied = np.empty((chains, samples), dtype=np.int64)
    for i in range(samples):
        for _ in range(thin):
            s.sweep()
        n_draws[:, i] = s.n + s.n0
        alphas[:, i] = s.alpha
        occupied[:, i] = (s.count_k > 0).sum(axis=1)
    seconds = time.perf_counter() - start
    return LcmcrTrace(n_draws, alphas, occupied, seconds, warm_up + burn_in + samples * thin)


# ------------------------------------------------------------------------------ diagnostics
def _autocov(x: FloatArray) -> FloatArray:
    n = len(x)
    xc = x - x.mean()
    f = np.fft.rfft(xc, n=2 * n)
    ac = np.fft.irfft(f * np.conj(f))[:n] / n
    return np.asarray(ac, dtype=float)


def effective_sample_size(chains: FloatArray) -> float:
    """ESS over chains (rows) with Geyer's initial monotone positive sequence."""
    chains = np.atleast_2d(np.asarray(chains, dtype=float))
    m, n = chains.shape
    if n < 4:
        return float(m * n)
    acov = np.array([_autocov(c) for c in chains])  # (m, n)
    mean_var = acov[:, 0].mean() * n / (n - 1)
    if mean_var <= 0:
        return float(m * n)
    var_plus = mean_var * (n - 1) / n
    if m > 1:
        var_plus += chains.mean(axis=1).var(ddof=1)
    rho = 1.0 - (mean_var - acov.mean(axis=0)) / var_plus
    rho[0] = 1.0
    # pair sums, truncated at the first negative, made monotone
    total = 0.0
    prev = math.inf
    for t in range(0, n - 1, 2):
        pair = rho[t] + rho[t + 1]
        if pair < 0:
            break
        pair = min(pair, prev)
        prev = pair
        total += pair
    tau = -1.0 + 2.0 * total
    return float(m * n / max(tau, 1e-12)) if tau > 0 else float(m * n)


def geweke_z(x: FloatArray, first: float = 0.1, last: float = 0.5) -> float:
    """Geweke's z: mean of the first 10% vs the last 50%, with ESS-based variances."""
    x = np.asarray(x, dtype=float)
    n = len(x)
    a, b = x[: max(int(first * n), 2)], x[n - max(int(last * n), 2) :]
    va = a.var(ddof=1) / effective_sample_size(a[None, :]) if a.var() > 0 else 0.0
    vb = b.var(ddof=1) / effective_sample_size(b[None, :]) if b.var() > 0 else 0.0
    if va + vb <= 0:
        return 0.0
    return float((a.mean() - b.mean()) / math.sqrt(va + vb))


def split_rhat(chains: FloatArray) -> float | None:
    """Gelman-Rubin R-hat on split chains (None with fewer than 2 chains or 4 draws)."""
    chains = np.atleast_2d(np.asarray(chains, dtype=float))
    m, n = chains.shape
    if m < 2 or n < 4:
        return None
    half = n // 2
    split = np.concatenate([chains[:, :half], chains[:, half : 2 * half]], axis=0)
    w = split.var(axis=1, ddof=1).mean()
    b = half * split.mean(axis=1).var(ddof=1)
    if w <= 0:
        return 1.0
    var_plus = (half - 1) / half * w + b / half
    return float(math.sqrt(var_plus / w))


# ------------------------------------------------------------------------------ service
def estimate_lcmcr(
    table: CaptureTable,
    samples: int = 1000,
    burn_in: int = 10000,
    thin: int = 10,
    k_star: int = 10,
    chains: int = 2,
    seed: int | None = None,
    a_alpha: float = 0.25,
    b_alpha: float = 0.25,
    level: float = 0.95,
) -> EstimateResult:
    """LCMCR posterior of N: estimate = posterior median, interval = equal-tailed quantiles."""
    warns = table_warnings(table)
    trace = run_lcmcr(
        table,
        samples=samples,
        burn_in=burn_in,
        thin=thin,
        k_star=k_star,
        chains=chains,
        seed=seed,
        a_alpha=a_alpha,
        b_alpha=b_alpha,
    )
    draws = trace.n.astype(float)
    flat = draws.ravel()
    tail = (1.0 - level) / 2.0
    lo, med, hi = np.quantile(flat, [tail, 0.5, 1.0 - tail])
    ess = effective_sample_size(draws)
    rhat = split_rhat(draws)
    gz = tuple(geweke_z(c) for c in draws)
    occupied = float(trace.occupied.mean())
    if rhat is not None and rhat > 1.1:
        warns.append(
            EstimateWarning(
                "not_converged",
                f"chains disagree (R-hat {rhat:.2f} > 1.1): run longer (more burn-in, samples "
                "or thinning) before using this estimate",
            )
        )
    if any(abs(z) > 2.5 for z in gz):
        warns.append(
            EstimateWarning(
                "not_converged",
                f"Geweke z {max(gz, key=abs):.2f}: the start and end of a chain differ; "
                "increase burn-in",
            )
        )
    if ess < 100:
        warns.append(
            EstimateWarning(
                "not_converged",
                f"effective sample size of N is only {ess:.0f}: increase samples or thinning",
            )
        )
    if occupied >= k_star - 0.5:
        warns.append(
            EstimateWarning(
                "not_converged",
                f"nearly all {k_star} latent classes are in use: increase K*",
            )
        )
    diag = LcmcrDiagnostics(
        k_star=k_star,
        samples=samples,
        burn_in=burn_in,
        thin=thin,
        chains=chains,
        seed=seed,
        mean=float(flat.mean()),
        median=float(med),
        sd=float(flat.std(ddof=1)) if flat.size > 1 else 0.0,
        geweke_z=gz,
        ess=ess,
        rhat=rhat,
        occupied_classes=occupied,
        seconds=trace.seconds,
        interval=f"equal-tailed posterior interval, {level:.0%}",
    )
    return EstimateResult(
        method="lcmcr",
        model=f"LCMCR K*={k_star}",
        observed=table.observed,
        estimate=float(med),
        lower=float(lo),
        upper=float(hi),
        warnings=warns,
        diagnostics=diag,
        lists=table.lists,
        label=table.label,
        samples=flat,
    )
