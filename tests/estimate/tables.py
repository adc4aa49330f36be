"""Count tables for the estimate tests.

The literal tables are the published counts (facts) of the cited studies, as used in
Rcapture's own tests (inst/tests/testPapersResults.R) and its HIV data set:
  HIV_ROME  Abeni, Brancato & Perucci (1994), Epidemiology 5:410-414 (Rcapture `HIV`).
  DIABETES  Bruno et al. (1994), diabetes in Casale Monferrato, 4 sources.
  R3        Darroch, Fienberg, Glonek & Junker (1993), JASA, 'R3' census data.
Counts are in Rcapture's histpos.t order (1111, 1110, ..., 0001).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from gawahi.estimate import CaptureTable

HIV_ROME = [0, 3, 1, 33, 0, 20, 6, 403, 3, 35, 10, 545, 11, 621, 205]
DIABETES = [58, 157, 18, 104, 46, 650, 12, 709, 14, 20, 7, 74, 8, 182, 10]
R3 = [72, 155, 7, 71, 13, 53, 43]

CORPUS_MSE = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "mse"


def table(counts: list[int], label: str = "") -> CaptureTable:
    j = {7: 3, 15: 4}[len(counts)]
    return CaptureTable(tuple(f"c{i + 1}" for i in range(j)), np.array(counts), label)


def simulate_population(
    n_total: int, class_weights: list[float], probs: list[list[float]], seed: int
) -> CaptureTable:
    """A closed population with latent classes of catchability; returns the observed table."""
    rng = np.random.default_rng(seed)
    z = rng.choice(len(class_weights), size=n_total, p=class_weights)
    p = np.asarray(probs)[z]  # (N, J)
    caught = rng.random(p.shape) < p
    seen = caught[caught.any(axis=1)].astype(int)
    j = p.shape[1]
    return CaptureTable.from_histories([f"L{i + 1}" for i in range(j)], seen.tolist(), label="sim")
