"""Capture tables: how many people appear on each combination of lists.

A `CaptureTable` holds, for J lists, the count of each of the 2^J - 1 observable capture
histories (which lists a person is on). The unobserved history (on no list) is what
estimation is about. Histories are kept in Rcapture's `histpos.t` order (1...1 first,
0...01 last), zero-count histories included, so that every model sees the full table.

Structured warnings (`EstimateWarning`) about the table itself -- too few people, lists that
barely overlap -- are produced here so that every method reports them the same way.
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

#: Below this many observed people an estimate is reported with a `small_sample` warning.
MIN_OBSERVED = 20
#: A pairwise overlap at or below this count is reported as `sparse_overlap`.
SPARSE_OVERLAP = 5

_TRUE = {"1", "1.0", "true", "t", "yes", "y", "x"}
_FALSE = {"0", "0.0", "false", "f", "no", "n", ""}


class CaptureTableError(ValueError):
    """The input cannot be read as a capture table (bad CSV, bad flags, bad counts)."""


class EstimationError(ValueError):
    """The requested estimate cannot be computed (unknown model, too few lists, ...)."""


@dataclass(frozen=True)
class EstimateWarning:
    """A structured warning attached to an estimate.

    `code` is stable and machine-readable (`small_sample`, `no_overlap`, `sparse_overlap`,
    `empty_list`, `unidentifiable`, `boundary`, `saturated`, `unstable`,
    `upper_bound_not_found`, `heterogeneity_constrained`, `not_converged`, `few_lists`);
    `message` is for people; `lists` names the lists concerned, when any.
    """

    code: str
    message: str
    lists: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {"code": self.code, "message": self.message, "lists": list(self.lists)}


def histories(n_lists: int) -> NDArray[np.int64]:
    """All 2^J - 1 non-empty capture histories in Rcapture order (111..1 first, 00..1 last)."""
    if n_lists < 1:
        raise EstimationError("a capture table needs at least one list")
    rows = [
        [(code >> (n_lists - 1 - j)) & 1 for j in range(n_lists)]
        for code in range(2**n_lists - 1, 0, -1)
    ]
    return np.asarray(rows, dtype=np.int64)


@dataclass(frozen=True)
class CaptureTable:
    """Counts of people by capture history over J named lists."""

    lists: tuple[str, ...]
    counts: NDArray[np.int64]  # shape (2^J - 1,), in `histories(J)` order
    label: str = ""
    _hist: NDArray[np.int64] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        j = len(self.lists)
        if j < 2:
            raise CaptureTableError("a capture table needs at least two lists")
        if len(set(self.lists)) != j:
            raise CaptureTableError(f"duplicate list names: {list(self.lists)}")
        counts = np.asarray(self.counts, dtype=np.int64)
        if counts.shape != (2**j - 1,):
            raise CaptureTableError(
                f"expected {2**j - 1} history counts for {j} lists, got {counts.shape}"
            )
        if (counts < 0).any():
            raise CaptureTableError("counts must be non-negative")
        object.__setattr__(self, "counts", counts)
        object.__setattr__(self, "_hist", histories(j))

    # -- construction -------------------------------------------------------------------
    @classmethod
    def from_histories(
        cls,
        lists: Sequence[str],
        rows: Iterable[Sequence[int]],
        counts: Iterable[int] | None = None,
        label: str = "",
    ) -> CaptureTable:
        """Build from (history, count) pairs; repeated histories add up."""
        names = tuple(lists)
        j = len(names)
        table = np.zeros(2**j - 1, dtype=np.int64)
        count_iter = iter(counts) if counts is not None else itertools.repeat(1)
        for row in rows:
            flags = [int(v) for v in row]
            if len(flags) != j or any(v not in (0, 1) for v in flags):
                raise CaptureTableError(f"history {list(row)} is not {j} flags of 0/1")
            c = int(next(count_iter))
            if not 0 <= c < 2**53:
                # Counts of people: negative or astronomically large values are data errors
                # (and would overflow the int64 table).
                raise CaptureTableError(f"count {c} for history {flags} is not a count of people")
            code = sum(v << (j - 1 - k) for k, v in enumerate(flags))
            if code == 0:
                if c:
                    raise CaptureTableError(
                        "a row on no list has a non-zero count: people on no list cannot be "
                        "observed (that is the number being estimated)"
                    )
                continue
            table[2**j - 1 - code] += c
        return cls(names, table, label)

    @classmethod
    def from_records(
        cls, records: Iterable[object], lists: Sequence[str], label: str = ""
    ) -> CaptureTable:
        """One record per person: a mapping (or object) with a truthy flag per list name."""
        names = tuple(lists)
        rows = []
        for rec in records:
            rows.append([1 if _truthy(_field(rec, name)) else 0 for name in names])
        rows = [r for r in rows if any(r)]
        return cls.from_histories(names, rows, label=label)

    # -- views --------------------------------------------------------------------------
    @property
    def n_lists(self) -> int:
        return len(self.lists)

    @property
    def histories(self) -> NDArray[np.int64]:
        return self._hist

    @property
    def observed(self) -> int:
        return int(self.counts.sum())

    def list_sizes(self) -> dict[str, int]:
        return {
            name: int(self.counts[self._hist[:, j] == 1].sum()) for j, name in enumerate(self.lists)
        }

    def overlap(self, i: int, j: int) -> int:
        """Number of people on both list i and list j."""
        mask = (self._hist[:, i] == 1) & (self._hist[:, j] == 1)
        return int(self.counts[mask].sum())

    def margin(self, term: Sequence[int]) -> int:
        """Number of people on every list of `term` (the sufficient statistic of that term)."""
        mask = np.all(self._hist[:, list(term)] == 1, axis=1)
        return int(self.counts[mask].sum())

    def rows(self) -> list[tuple[tuple[int, ...], int]]:
        return [
            (tuple(int(v) for v in h), int(c)) for h, c in zip(self._hist, self.counts, strict=True)
        ]

    def to_dict(self) -> dict[str, object]:
        return {
            "lists": list(self.lists),
            "observed": self.observed,
            "cells": [{"history": list(h), "count": c} for h, c in self.rows()],
        }


def _field(rec: object, name: str) -> object:
    if isinstance(rec, Mapping):
        return rec.get(name)
    return getattr(rec, name, None)


def _truthy(value: object) -> bool:
    if isinstance(value, str):
        v = value.strip().lower()
        if v in _TRUE:
            return True
        if v in _FALSE:
            return False
        raise CaptureTableError(f"list flag {value!r} is not 0/1")
    return bool(value)


def read_lists_csv(path: str | Path) -> CaptureTable:
    """Read a capture table: one 0/1 column per list, then an optional `count` column.

    Without a `count` column every row is one person. Raises `CaptureTableError` with a
    one-line message naming the row and column for anything malformed.
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise CaptureTableError(f"{p}: no such file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise CaptureTableError(f"{p}: cannot read: {exc}") from exc
    reader = csv.reader(text.splitlines())
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration as exc:
        raise CaptureTableError(f"{p}: empty file") from exc
    if not header or any(not h for h in header):
        raise CaptureTableError(f"{p}: header has an empty column name")
    lower = [h.lower() for h in header]
    has_count = "count" in lower
    if has_count and lower[-1] != "count":
        raise CaptureTableError(f"{p}: the `count` column must be the last column")
    names = header[:-1] if has_count else header
    if len(names) < 2:
        raise CaptureTableError(
            f"{p}: need at least two list columns (one 0/1 column per list, then `count`)"
        )
    hist: list[list[int]] = []
    counts: list[int] = []
    for lineno, row in enumerate(reader, start=2):
        if not row or all(not c.strip() for c in row):
            continue
        if len(row) != len(header):
            raise CaptureTableError(f"{p}:{lineno}: expected {len(header)} fields, got {len(row)}")
        flags = []
        for name, cell in zip(names, row, strict=False):
            v = cell.strip()
            if v not in ("0", "1"):
                raise CaptureTableError(
                    f"{p}:{lineno}: column {name!r} must be 0 or 1, got {cell!r}"
                )
            flags.append(int(v))
        c = 1
        if has_count:
            raw = row[-1].strip()
            try:
                fc = float(raw)
            except ValueError as exc:
                raise CaptureTableError(
                    f"{p}:{lineno}: count must be a whole number, got {raw!r}"
                ) from exc
            if fc < 0 or fc != int(fc):
                raise CaptureTableError(
                    f"{p}:{lineno}: count must be a whole number >= 0, got {raw!r}"
                )
            c = int(fc)
        if not any(flags) and c:
            raise CaptureTableError(
                f"{p}:{lineno}: a row on no list cannot have a count (that is the unknown)"
            )
        hist.append(flags)
        counts.append(c)
    if not hist:
        raise CaptureTableError(f"{p}: no data rows")
    table = CaptureTable.from_histories(names, hist, counts, label=p.name)
    if table.observed == 0:
        raise CaptureTableError(f"{p}: all counts are zero")
    return table


def table_warnings(
    table: CaptureTable,
    min_observed: int = MIN_OBSERVED,
    sparse_overlap: int = SPARSE_OVERLAP,
) -> list[EstimateWarning]:
    """Warnings about the data that apply to every method."""
    out: list[EstimateWarning] = []
    n = table.observed
    if n < min_observed:
        out.append(
            EstimateWarning(
                "small_sample",
                f"only {n} people observed (< {min_observed}): any estimate is very uncertain "
                "and model checks have little power",
            )
        )
    sizes = table.list_sizes()
    for name, size in sizes.items():
        if size == 0:
            out.append(
                EstimateWarning(
                    "empty_list",
                    f"list {name!r} has no records; drop it before estimating",
                    (name,),
                )
            )
    for i, j in itertools.combinations(range(table.n_lists), 2):
        a, b = table.lists[i], table.lists[j]
        if sizes[a] == 0 or sizes[b] == 0:
            continue
        ov = table.overlap(i, j)
        if ov == 0:
            out.append(
                EstimateWarning(
                    "no_overlap",
                    f"lists {a!r} and {b!r} share no one: their dependence cannot be estimated "
                    "and models using it are unidentifiable (a two-list estimate would be infinite)",
                    (a, b),
                )
            )
        elif ov <= sparse_overlap:
            out.append(
                EstimateWarning(
                    "sparse_overlap",
                    f"lists {a!r} and {b!r} share only {ov} people: estimates depending on "
                    "this overlap are unstable",
                    (a, b),
                )
            )
    return out
