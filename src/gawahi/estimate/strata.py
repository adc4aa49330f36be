"""Estimates by stratum (year, district, ...) from person records with list-membership flags.

Records are mappings (or objects with attributes): one per linked person, a truthy flag per
list name and a stratum value. The lead wires this to the database's linked persons; here it
only needs the records. Each stratum gets its own estimate; the total is estimated on the
pooled table (not the sum of strata, which is reported alongside).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from gawahi.estimate.result import EstimateResult
from gawahi.estimate.table import CaptureTable, EstimationError

StratumKey = str | Callable[[object], Hashable]
MISSING_STRATUM = "(missing)"


@dataclass
class StratumEstimate:
    """One stratum: its table and result, or the reason it could not be estimated."""

    stratum: str
    table: CaptureTable
    result: EstimateResult | None
    error: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "stratum": self.stratum,
            "observed": self.table.observed,
            "result": self.result.to_dict() if self.result else None,
            "error": self.error,
        }


@dataclass
class StratifiedEstimate:
    strata: list[StratumEstimate]
    total: EstimateResult | None
    total_error: str | None = None

    @property
    def sum_of_strata(self) -> float | None:
        """Sum of the stratum estimates, when every stratum could be estimated."""
        if not self.strata or any(s.result is None for s in self.strata):
            return None
        return float(sum(s.result.estimate for s in self.strata if s.result is not None))

    def to_dict(self) -> dict[str, object]:
        return {
            "strata": [s.to_dict() for s in self.strata],
            "total": self.total.to_dict() if self.total else None,
            "total_error": self.total_error,
            "sum_of_strata": self.sum_of_strata,
        }


def _stratum_of(rec: object, key: StratumKey) -> str:
    if callable(key):
        value = key(rec)
    elif isinstance(rec, Mapping):
        value = rec.get(key)
    else:
        value = getattr(rec, key, None)
    return MISSING_STRATUM if value is None or value == "" else str(value)


def _sort_key(label: str) -> tuple[int, float, str]:
    try:
        return (0, float(label), label)
    except ValueError:
        return (1 if label != MISSING_STRATUM else 2, 0.0, label)


def estimate_by_stratum(
    rows: Iterable[object],
    stratum_key: StratumKey,
    lists: Sequence[str],
    method: str = "loglinear",
    **options: object,
) -> StratifiedEstimate:
    """One estimate per stratum plus the pooled total.

    `options` go to `gawahi.estimate.estimate` (model, seed, samples, ...). A stratum that
    cannot be estimated (e.g. the model has more parameters than the stratum has cells)
    carries `error` instead of a result; small strata carry a `small_sample` warning.
    """
    from gawahi.estimate import estimate  # late import: the service lives in __init__

    groups: dict[str, list[object]] = {}
    everyone: list[object] = []
    for rec in rows:
        groups.setdefault(_stratum_of(rec, stratum_key), []).append(rec)
        everyone.append(rec)
    out: list[StratumEstimate] = []
    for label in sorted(groups, key=_sort_key):
        table = CaptureTable.from_records(groups[label], lists, label=label)
        if table.observed == 0:
            out.append(StratumEstimate(label, table, None, "no one on any list"))
            continue
        try:
            res = estimate(table, method=method, **options)  # type: ignore[arg-type]
            out.append(StratumEstimate(label, table, res))
        except EstimationError as exc:
            out.append(StratumEstimate(label, table, None, str(exc)))
    pooled = CaptureTable.from_records(everyone, lists, label="total")
    total: EstimateResult | None = None
    total_error: str | None = None
    if pooled.observed == 0:
        total_error = "no one on any list"
    else:
        try:
            total = estimate(pooled, method=method, **options)  # type: ignore[arg-type]
        except EstimationError as exc:
            total_error = str(exc)
    return StratifiedEstimate(out, total, total_error)
