"""The dashboard's aggregates, now summed by the database, equal a plain Python pass over
every incident (the reference below is the implementation they replaced), on both databases,
with awkward rows planted: no figures, only a low or a high figure, no date or place, targets
and perpetrators that are not lists, repeated actors, rejected incidents."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, insert, null, select, update

from gawahi.store.audit import now_iso
from gawahi.store.schema import claims, incidents
from gawahi.web.queries import Dashboard, Range, _sorted, dashboard
from tests.web.conftest import Seeded


def _load(v: Any) -> list[dict[str, Any]]:
    if v is None:
        return []
    if isinstance(v, str):
        v = json.loads(v)
    return [x for x in v if isinstance(x, dict)]


def reference_dashboard(conn: Connection) -> Dashboard:
    out = Dashboard()
    by_year: dict[str, Range] = defaultdict(Range)
    by_prov: dict[str, Range] = defaultdict(Range)
    by_type: dict[str, Range] = defaultdict(Range)
    by_target: dict[str, Range] = defaultdict(Range)
    by_perp: dict[str, Range] = defaultdict(Range)
    places: dict[tuple[float, float], dict[str, Any]] = {}
    q = select(
        incidents.c.id, incidents.c.title, incidents.c.event_type, incidents.c.date_earliest,
        incidents.c.admin1, incidents.c.place, incidents.c.lat, incidents.c.lon,
        incidents.c.deaths_low, incidents.c.deaths_best, incidents.c.deaths_high,
        incidents.c.targets, incidents.c.perpetrators,
    ).where(incidents.c.status != "rejected").order_by(incidents.c.id)
    for r in conn.execute(q):
        rng = (r.deaths_low, r.deaths_best, r.deaths_high)
        out.total.add(*rng)
        if r.date_earliest:
            by_year[r.date_earliest[:4]].add(*rng)
        else:
            out.undated += 1
        by_prov[r.admin1 or "(unknown)"].add(*rng)
        by_type[r.event_type or "other"].add(*rng)
        for t in _load(r.targets):
            by_target[str(t.get("group"))].add(*rng)
        for actor in sorted({str(p.get("actor")) for p in _load(r.perpetrators)}):
            by_perp[actor].add(*rng)
        if r.lat is not None and r.lon is not None:
            key = (round(float(r.lat), 2), round(float(r.lon), 2))
            pt = places.setdefault(
                key, {"lat": key[0], "lon": key[1], "place": r.place, "n": 0, "low": 0,
                      "high": 0, "ids": []}
            )
            pt["n"] += 1
            pt["low"] += r.deaths_low or 0
            pt["high"] += r.deaths_high or r.deaths_low or 0
            if len(pt["ids"]) < 5:
                pt["ids"].append(int(r.id))
        else:
            out.unplaced += 1
    out.by_year = _sorted(by_year, by_key=True)
    out.by_province = _sorted(by_prov)
    out.by_event_type = _sorted(by_type)
    out.by_target = _sorted(by_target)
    out.by_perpetrator = _sorted(by_perp)
    out.points = sorted(places.values(), key=lambda p: -p["n"])
    out.suggested_claims = len(conn.execute(
        select(claims.c.id).where(claims.c.review_status == "suggested")).all())
    return out


def test_database_sums_equal_the_python_pass(seeded: Seeded) -> None:
    odd = [
        {"deaths_low": None, "deaths_best": None, "deaths_high": None, "date_earliest": None,
         "targets": None, "perpetrators": None, "lat": None, "lon": None, "admin1": None,
         "event_type": None},
        {"deaths_low": 4, "deaths_best": None, "deaths_high": None, "date_earliest": "",
         "targets": {"group": "Shia"}, "perpetrators": [{"actor": "A"}, {"actor": "A"}, "x"],
         "lat": 30.123, "lon": 67.009, "admin1": ""},
        {"deaths_low": None, "deaths_best": None, "deaths_high": 9, "date_earliest": "2019",
         "targets": [{"group": "Hazara"}, {"group": "Hazara"}, {"nogroup": 1}, 5],
         "perpetrators": [{"actor": "B", "basis": "alleged"}, {"actor": "A"}],
         "lat": 30.1249, "lon": 67.0051},
        {"deaths_low": 0, "deaths_best": 2, "deaths_high": 3, "targets": [], "perpetrators": []},
        {"deaths_low": 7, "deaths_best": 8, "deaths_high": 9, "status": "rejected",
         "targets": [{"group": "Sufi"}], "perpetrators": [{"actor": "C"}]},
    ]
    now = now_iso()
    with seeded.store.transaction() as conn:
        for values in odd:
            conn.execute(insert(incidents).values(
                **{"title": "odd", "status": "suggested", "created_at": now, "updated_at": now,
                   **values}))
        # SQL NULL too (None above is written as JSON null).
        conn.execute(update(incidents).where(incidents.c.title == "odd",
                                             incidents.c.deaths_low == 0)
                     .values(targets=null(), perpetrators=null()))
    with seeded.store.read() as conn:
        got = dashboard(conn, seeded.store.dialect).as_dict()
        want = reference_dashboard(conn).as_dict()
    assert got == want
    assert got["total"]["deaths_unknown"] >= 1 and got["undated"] >= 2 and got["unplaced"] >= 1
    assert {"A", "B"} <= {r["key"] for r in got["by_perpetrator"]}
    assert "C" not in {r["key"] for r in got["by_perpetrator"]}  # rejected: not counted
