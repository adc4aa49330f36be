"""Benchmark: multiple systems estimation on the published tables in ../shared/corpus/mse.

Prints, for each corpus table and model, the published log-linear estimate, ours and the
difference (target: within 0.5), then LCMCR runs (median, 95% interval, diagnostics, time per
1,000 Gibbs sweeps) next to the reference intervals quoted in the corpus. Skips cleanly when
the corpus is absent. Run: python benchmarks/bench_estimate.py [--quick]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from gawahi.estimate import estimate, read_lists_csv
from gawahi.estimate.result import LcmcrDiagnostics, LoglinearDiagnostics

MSE = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "mse"

# (file, model, published N, source) -- from the corpus *_estimates.txt files.
PUBLISHED = [
    ("hiv_rome_abeni1994_4lists.csv", "Mt + c1:c2", 12318.5, "Rcapture example / B&R 2007"),
    ("hiv_rome_abeni1994_4lists.csv", "Mt + all2", 23443.5, "Rcapture example / B&R 2007"),
    ("darroch1993_R3_3lists.csv", "Mt + all2", 1240, "Rivest 2011"),
    ("darroch1993_R3_3lists.csv", "Mt + c1:c2 + c2:c3", 850, "Rivest 2011"),
    ("darroch1993_R3_3lists.csv", "Mth Chao + c1:c2", 681, "Rivest 2011 (LB)"),
    ("darroch1993_R3_3lists.csv", "Mth Darroch + c1:c2", 1181.8, "Rcapture tests"),
    (
        "diabetes_bruno1994_4lists.csv",
        "Mt + c1:c2 + c1:c3 + c2:c3 + c2:c4 + c3:c4",
        2771,
        "Bruno model",
    ),
    ("diabetes_bruno1994_4lists.csv", "Mt + c1:c3 + c2:c4 + c3:c4", 2472, "Rivest 2011"),
    ("diabetes_bruno1994_4lists.csv", "Mth Chao + c1:c3 + c2:c4 + c3:c4", 2588, "Rivest 2011 (LB)"),
    ("diabetes_bruno1994_4lists.csv", "Mth Poisson2 + c1:c3 + c2:c4 + c3:c4", 2573, "Rivest 2011"),
    ("diabetes_bruno1994_4lists.csv", "Mth Darroch + c1:c3 + c2:c4 + c3:c4", 2752, "Rivest 2011"),
    ("diabetes_bruno1994_4lists.csv", "Mth Gamma3.5 + c1:c3 + c2:c4 + c3:c4", 2964, "Rivest 2011"),
    ("diabetes_bruno1994_4lists.csv", "Mth Gamma0.5 + c1:c3 + c2:c4 + c3:c4", 4238, "Rivest 2011"),
]
# Published profile-likelihood intervals (closedpCI, multinomial).
PUBLISHED_CI = {
    ("hiv_rome_abeni1994_4lists.csv", "Mt + c1:c2"): (10266, 14992.3),
    ("hiv_rome_abeni1994_4lists.csv", "Mt + all2"): (10027.6, 50046.3),
}
# Reference LCMCR runs quoted in the corpus (K=10, burn-in 10000, 1000 samples, thin 100).
LCMCR_REFERENCE = {
    "hiv_rome_abeni1994_4lists.csv": "seed1 10842 (9327-12863); seed2 10922 (9421-13224)",
    "diabetes_bruno1994_4lists.csv": "seed1 2365 (2261-3186); seed2 2564 (2260-3285), short chains",
    "darroch1993_R3_3lists.csv": "none published",
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="short LCMCR chains (thin 10)")
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args()
    if not MSE.is_dir():
        print(f"skipped: {MSE} not found")
        return 0

    print("Log-linear models (Poisson estimate; 95% profile-likelihood CI, multinomial)")
    print(
        f"{'table':<32} {'model':<44} {'published':>10} {'ours':>10} {'diff':>6} "
        f"{'CI ours':>21} {'CI published':>21}"
    )
    worst = 0.0
    for fname, model, pub, _src in PUBLISHED:
        res = estimate(read_lists_csv(MSE / fname), model=model)
        diff = res.estimate - pub
        worst = max(worst, abs(diff))
        ci = f"{res.lower or 0:,.1f}-{res.upper or 0:,.1f}"
        pci = PUBLISHED_CI.get((fname, model))
        pcs = f"{pci[0]:,.1f}-{pci[1]:,.1f}" if pci else ""
        print(
            f"{fname:<32} {model:<44} {pub:>10,.1f} {res.estimate:>10,.1f} {diff:>+6.2f} "
            f"{ci:>21} {pcs:>21}"
        )
    print(f"largest |difference|: {worst:.3f} ({'PASS' if worst <= 0.5 else 'FAIL'} at 0.5)\n")

    print("Model search (AIC and BIC over closedp models + hierarchical interaction models)")
    for fname in sorted({p[0] for p in PUBLISHED}):
        t = read_lists_csv(MSE / fname)
        for crit in ("aic", "bic"):
            t0 = time.perf_counter()
            res = estimate(t, model=crit)
            d = res.diagnostics
            assert isinstance(d, LoglinearDiagnostics)
            print(
                f"  {fname:<32} {crit.upper()}: {res.model:<44} N {res.estimate:>9,.1f} "
                f"({time.perf_counter() - t0:.2f}s)"
            )
    print()

    thin = 10 if args.quick else 100
    print(f"LCMCR (K*=10, burn-in 10000, 1000 samples/chain, thin {thin}, 2 chains)")
    print(
        f"{'table':<32} {'seed':>4} {'median':>8} {'95% interval':>15} {'mean':>8} {'ESS':>6} "
        f"{'R-hat':>6} {'s/1k sweeps':>11}  reference"
    )
    for fname in LCMCR_REFERENCE:
        t = read_lists_csv(MSE / fname)
        for seed in args.seeds:
            res = estimate(t, method="lcmcr", seed=seed, samples=1000, burn_in=10000, thin=thin)
            d = res.diagnostics
            assert isinstance(d, LcmcrDiagnostics)
            sweeps = 500 + d.burn_in + d.samples * d.thin
            per_k = d.seconds / sweeps * 1000
            rhat = f"{d.rhat:.3f}" if d.rhat is not None else "-"
            print(
                f"{fname:<32} {seed:>4} {res.estimate:>8,.0f} "
                f"{res.lower or 0:>7,.0f}-{res.upper or 0:<7,.0f} {d.mean:>8,.0f} {d.ess:>6.0f} "
                f"{rhat:>6} {per_k:>11.3f}  {LCMCR_REFERENCE[fname]}"
            )
            if res.warnings:
                print(f"{'':<37}warnings: {', '.join(sorted(set(res.warning_codes)))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
