"""From linked persons to counts: which lists each person is on, by stratum (year, district).

After linkage, one surviving person may carry mentions from several lists; their capture
history is the set of lists naming them. `capture_records` builds one row per person (a 0/1
flag per list, plus `year` and `district` taken from their mentions), `capture_csv` writes
the table `gawahi estimate --lists` reads, and `estimate_from_store` hands the rows to
`gawahi.estimate.estimate_by_stratum`.
"""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from gawahi.store.db import Store
from gawahi.store.schema import person_sources, persons, victim_lists

STRATA = ("year", "district")


class CountingError(ValueError):
    """The database's lists cannot be turned into a capture table as asked."""


def _most_common(values: list[str]) -> str | None:
    vals = [v for v in values if v]
    if not vals:
        return None
    counts = Counter(vals)
    return sorted(counts, key=lambda v: (-counts[v], v))[0]


def capture_records(
    store: Store, *, lists: Sequence[str] | None = None, role: str | None = None,
) -> tuple[list[str], list[dict[str, Any]]]:
    """(list names, one record per surviving person on at least one of them)."""
    with store.read() as conn:
        all_lists = {int(i): str(n) for i, n in conn.execute(
            select(victim_lists.c.id, victim_lists.c.name).order_by(victim_lists.c.id))}
        q = select(
            person_sources.c.person_id, person_sources.c.list_id, person_sources.c.role,
            person_sources.c.incident_date, person_sources.c.district, persons.c.merged_into,
        ).select_from(person_sources.join(persons, person_sources.c.person_id == persons.c.id)
        ).where(person_sources.c.list_id.is_not(None))
        rows = conn.execute(q).all()
    names = list(lists) if lists else list(all_lists.values())
    unknown = [n for n in names if n not in all_lists.values()]
    if unknown:
        raise CountingError(f"no victim list named {', '.join(map(repr, unknown))}; "
                            f"lists: {', '.join(all_lists.values()) or '(none imported)'}")
    if len(names) < 2:
        raise CountingError("estimation needs at least two lists")
    by_person: dict[int, dict[str, Any]] = defaultdict(lambda: {"lists": set(), "years": [],
                                                                 "districts": []})
    for pid, list_id, r, d, dist, merged in rows:
        if merged is not None:  # mentions move to the survivor on merge; stale rows skipped
            continue
        if role and r and r != role:
            continue
        p = by_person[int(pid)]
        p["lists"].add(all_lists[int(list_id)])
        if d:
            p["years"].append(str(d)[:4])
        if dist:
            p["districts"].append(" ".join(str(dist).replace("District", "").split()).title())
    out = []
    for pid, p in sorted(by_person.items()):
        flags = {n: int(n in p["lists"]) for n in names}
        if not any(flags.values()):
            continue
        out.append({"person_id": pid, **flags, "year": _most_common(p["years"]),
                    "district": _most_common(p["districts"])})
    return names, out


def capture_csv(store: Store, *, lists: Sequence[str] | None = None, role: str | None = None,
                stratum: str | None = None, value: str | None = None) -> str:
    """The capture table as CSV (one 0/1 column per list, then `count`), optionally for one
    stratum value (e.g. stratum="year", value="2013")."""
    names, recs = capture_records(store, lists=lists, role=role)
    if stratum:
        if stratum not in STRATA:
            raise CountingError(f"stratum {stratum!r}: use one of {', '.join(STRATA)}")
        recs = [r for r in recs if str(r[stratum]) == str(value)]
    counts = Counter(tuple(r[n] for n in names) for r in recs)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([*names, "count"])
    for hist in sorted(counts, reverse=True):
        w.writerow([*hist, counts[hist]])
    return buf.getvalue()


def estimate_from_store(
    store: Store, *, by: str | None = None, lists: Sequence[str] | None = None,
    role: str | None = None, method: str = "loglinear", **options: Any,
) -> Any:
    """Multiple systems estimation from the database's linked persons.

    `by` None: one `EstimateResult` for everyone; "year" or "district": a
    `StratifiedEstimate` (one estimate per stratum plus the pooled total).
    """
    from gawahi.estimate import CaptureTable, estimate, estimate_by_stratum

    names, recs = capture_records(store, lists=lists, role=role)
    if not recs:
        raise CountingError("no one on any list yet: import lists (gawahi lists import)")
    if by is None:
        table = CaptureTable.from_records(recs, names, label="total")
        return estimate(table, method=method, **options)
    if by not in STRATA:
        raise CountingError(f"stratum {by!r}: use one of {', '.join(STRATA)}")
    return estimate_by_stratum(recs, by, names, method=method, **options)
