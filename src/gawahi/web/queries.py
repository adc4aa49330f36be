"""Read-side queries of the workspace: filtered incident lists, facets, dashboard aggregates,
history. Reads only; every write goes through gawahi.link / gawahi.ingest service functions."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Connection, Text, and_, cast, func, or_, select
from sqlalchemy.sql.elements import ColumnElement

from gawahi.model.records import Incident
from gawahi.store.dialect import Dialect
from gawahi.store.schema import audit_log, claims, incidents, sources

PAGE_SIZE = 25
MAX_PAGE_SIZE = 200


def _like_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@dataclass(frozen=True)
class IncidentQuery:
    q: str | None = None
    event_type: str | None = None
    admin1: str | None = None
    status: str | None = None
    target: str | None = None
    perpetrator: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    include_rejected: bool = False
    # Full-text hits count only in sources of these sensitivities (the user's clearance), so
    # a search cannot reveal what a withheld source says.
    source_levels: tuple[str, ...] = ("public",)
    page: int = 1
    per_page: int = PAGE_SIZE

    def params(self, **override: Any) -> dict[str, Any]:
        d = {
            "q": self.q, "event_type": self.event_type, "admin1": self.admin1,
            "status": self.status, "target": self.target, "perpetrator": self.perpetrator,
            "date_from": self.date_from, "date_to": self.date_to, "page": self.page,
        }
        d.update(override)
        return {k: v for k, v in d.items() if v not in (None, "", 1) or (k == "page" and v != 1)}


def _json_has(col: Any, key: str, value: str) -> ColumnElement[bool]:
    # Both dialects store SQLAlchemy's json.dumps text, so `"key": "value"` is a stable needle.
    needle = "%" + _like_escape(json.dumps({key: value})[1:-1]) + "%"
    return cast(col, Text).like(needle, escape="\\")


def matching_source_ids(conn: Connection, dialect: Dialect, q: str | None) -> list[int]:
    """Sources whose full text matches `q` (at most 500, best first)."""
    if not q or not q.strip():
        return []
    return dialect.search_source_ids(conn, q, 500)


MAX_ID_LIST = 5000


def text_match_ids(conn: Connection, dialect: Dialect, f: IncidentQuery,
                   sids: list[int] | None = None) -> list[int] | None:
    """Ids of incidents matching the search words alone (None: too many to list), so that
    the count, facets and pages of one search reuse the match instead of redoing it."""
    only_text = IncidentQuery(q=f.q, include_rejected=True, source_levels=f.source_levels)
    cond = incident_conditions(conn, dialect, only_text, sids)
    ids = [int(i) for i in conn.execute(
        select(incidents.c.id).where(and_(*cond)).limit(MAX_ID_LIST + 1)).scalars()]
    return ids if len(ids) <= MAX_ID_LIST else None


def incident_conditions(
    conn: Connection, dialect: Dialect, f: IncidentQuery, sids: list[int] | None = None,
    text_ids: list[int] | None = None,
) -> list[ColumnElement[bool]]:
    cond: list[ColumnElement[bool]] = []
    if not f.include_rejected and f.status != "rejected":
        cond.append(incidents.c.status != "rejected")
    if f.event_type:
        cond.append(incidents.c.event_type == f.event_type)
    if f.admin1:
        cond.append(incidents.c.admin1 == f.admin1)
    if f.status:
        cond.append(incidents.c.status == f.status)
    if f.date_from:
        cond.append(incidents.c.date_latest >= f.date_from)
    if f.date_to:
        cond.append(incidents.c.date_earliest <= f.date_to)
    if f.target:
        cond.append(_json_has(incidents.c.targets, "group", f.target))
    if f.perpetrator:
        cond.append(_json_has(incidents.c.perpetrators, "actor", f.perpetrator))
    if f.q and f.q.strip() and text_ids is not None:
        cond.append(incidents.c.id.in_(text_ids))
    elif f.q and f.q.strip():
        like = "%" + _like_escape(f.q.strip().lower()) + "%"
        text_hit = or_(
            func.lower(incidents.c.title).like(like, escape="\\"),
            func.lower(incidents.c.place).like(like, escape="\\"),
            func.lower(incidents.c.admin2).like(like, escape="\\"),
            func.lower(incidents.c.admin1).like(like, escape="\\"),
        )
        # Full text of the sources: incidents that hold a claim from a matching source.
        if sids is None:
            sids = matching_source_ids(conn, dialect, f.q)
        if sids:
            cleared = select(sources.c.id).where(
                and_(sources.c.id.in_(sids), sources.c.sensitivity.in_(f.source_levels))
            )
            sub = select(claims.c.incident_id).where(
                and_(claims.c.source_id.in_(cleared), claims.c.incident_id.is_not(None))
            )
            text_hit = or_(text_hit, incidents.c.id.in_(sub))
        cond.append(text_hit)
    return cond


def _fix(d: dict[str, Any]) -> dict[str, Any]:
    d["perpetrators"] = d.get("perpetrators") or []
    d["targets"] = d.get("targets") or []
    return d


def count_incidents(
    conn: Connection, dialect: Dialect, f: IncidentQuery, sids: list[int] | None = None,
    text_ids: list[int] | None = None,
) -> int:
    cond = incident_conditions(conn, dialect, f, sids, text_ids)
    q = select(func.count()).select_from(incidents)
    if cond:
        q = q.where(and_(*cond))
    return int(conn.execute(q).scalar_one())


def page_of_incidents(
    conn: Connection, dialect: Dialect, f: IncidentQuery, sids: list[int] | None = None,
    text_ids: list[int] | None = None,
) -> list[Incident]:
    """One page, newest first. Ids are found on the covering index first, then only the
    page's rows are read (a deep OFFSET over wide rows would read every row before it)."""
    cond = incident_conditions(conn, dialect, f, sids, text_ids)
    per = max(1, min(f.per_page, MAX_PAGE_SIZE))
    q = select(incidents.c.id)
    if cond:
        q = q.where(and_(*cond))
    q = (
        q.order_by(incidents.c.date_earliest.desc(), incidents.c.id.desc())
        .limit(per)
        .offset((max(1, f.page) - 1) * per)
    )
    ids = [int(i) for i in conn.execute(q).scalars()]
    if not ids:
        return []
    rows = {int(r["id"]): r for r in conn.execute(
        select(incidents).where(incidents.c.id.in_(ids))).mappings()}
    return [Incident.model_validate(_fix(dict(rows[i]))) for i in ids if i in rows]


def search_incidents(
    conn: Connection, dialect: Dialect, f: IncidentQuery
) -> tuple[list[Incident], int]:
    sids = matching_source_ids(conn, dialect, f.q)
    return page_of_incidents(conn, dialect, f, sids), count_incidents(conn, dialect, f, sids)


def facet_counts(
    conn: Connection, dialect: Dialect, f: IncidentQuery, column: str,
    sids: list[int] | None = None, text_ids: list[int] | None = None,
) -> list[tuple[str, int]]:
    """Counts of `column` values among incidents matching every filter except that column."""
    col = incidents.c[column]
    reset: dict[str, Any] = {column: None}
    other = replace(f, **reset)
    cond = incident_conditions(conn, dialect, other, sids, text_ids)
    q = select(col, func.count()).group_by(col).order_by(func.count().desc())
    if cond:
        q = q.where(and_(*cond))
    return [(str(v), int(n)) for v, n in conn.execute(q) if v is not None]


def data_version(conn: Connection) -> int:
    """Changes whenever the record changes: every write appends to the audit log in the same
    transaction (gawahi.store.audit), so the last entry's number names the record's state."""
    return int(conn.execute(select(func.max(audit_log.c.seq))).scalar() or 0)


# -- dashboard --------------------------------------------------------------------------------


@dataclass
class Range:
    """A sum of incident death ranges: low and high, and how many incidents had no figure."""

    incidents: int = 0
    low: int = 0
    best: int = 0
    high: int = 0
    unknown: int = 0

    def add(self, lo: int | None, best: int | None, hi: int | None) -> None:
        self.incidents += 1
        if lo is None and hi is None:
            self.unknown += 1
            return
        self.low += lo or 0
        self.high += hi if hi is not None else (lo or 0)
        self.best += best if best is not None else (lo or 0)

    def as_dict(self) -> dict[str, int]:
        return {"incidents": self.incidents, "deaths_low": self.low, "deaths_best": self.best,
                "deaths_high": self.high, "deaths_unknown": self.unknown}


@dataclass
class Dashboard:
    total: Range = field(default_factory=Range)
    by_year: dict[str, Range] = field(default_factory=dict)
    by_province: dict[str, Range] = field(default_factory=dict)
    by_event_type: dict[str, Range] = field(default_factory=dict)
    by_target: dict[str, Range] = field(default_factory=dict)
    by_perpetrator: dict[str, Range] = field(default_factory=dict)
    points: list[dict[str, Any]] = field(default_factory=list)
    undated: int = 0
    unplaced: int = 0
    suggested_claims: int = 0

    def as_dict(self) -> dict[str, Any]:
        def table(d: dict[str, Range]) -> list[dict[str, Any]]:
            return [{"key": k, **v.as_dict()} for k, v in d.items()]

        return {
            "total": self.total.as_dict(),
            "by_year": table(self.by_year),
            "by_province": table(self.by_province),
            "by_event_type": table(self.by_event_type),
            "by_target": table(self.by_target),
            "by_perpetrator": table(self.by_perpetrator),
            "points": self.points,
            "undated": self.undated,
            "unplaced": self.unplaced,
            "suggested_claims": self.suggested_claims,
        }


def _sorted(d: dict[str, Range], *, by_key: bool = False) -> dict[str, Range]:
    if by_key:
        return dict(sorted(d.items()))
    return dict(sorted(d.items(), key=lambda kv: (-kv[1].incidents, kv[0])))


def dashboard(conn: Connection) -> Dashboard:
    """Aggregates over every incident not rejected. Incidents whose claims give no figure
    are counted apart (`unknown`), never as zero deaths."""
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
    ).where(incidents.c.status != "rejected")
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
    out.suggested_claims = int(
        conn.execute(
            select(func.count()).select_from(claims).where(claims.c.review_status == "suggested")
        ).scalar_one()
    )
    return out


def _load(v: Any) -> list[dict[str, Any]]:
    if v is None:
        return []
    if isinstance(v, str):
        v = json.loads(v)
    return [x for x in v if isinstance(x, dict)]


# -- history ----------------------------------------------------------------------------------


def incident_history(conn: Connection, incident_id: int, claim_ids: list[int]) -> list[dict[str, Any]]:
    """Audit entries about the incident and its current claims, newest first."""
    cond = and_(audit_log.c.table_name == "incidents", audit_log.c.record_id == str(incident_id))
    if claim_ids:
        cond = or_(
            cond,
            and_(audit_log.c.table_name == "claims",
                 audit_log.c.record_id.in_([str(c) for c in claim_ids])),
        )
    q = select(audit_log).where(cond).order_by(audit_log.c.seq.desc()).limit(200)
    return [dict(r) for r in conn.execute(q).mappings()]


def source_titles(conn: Connection, ids: set[int]) -> dict[int, dict[str, Any]]:
    if not ids:
        return {}
    q = select(sources.c.id, sources.c.title, sources.c.outlet, sources.c.published,
               sources.c.sensitivity, sources.c.reliability, sources.c.url).where(
        sources.c.id.in_(sorted(ids))
    )
    return {int(r.id): dict(r._mapping) for r in conn.execute(q)}


def suggested_claims(
    conn: Connection, *, limit: int, offset: int, status: str | None = "suggested"
) -> tuple[list[int], int]:
    base = select(claims.c.id)
    if status:
        base = base.where(claims.c.review_status == status)
    total = int(conn.execute(select(func.count()).select_from(base.subquery())).scalar_one())
    ids = conn.execute(base.order_by(claims.c.id).limit(limit).offset(offset)).scalars().all()
    return [int(i) for i in ids], total
