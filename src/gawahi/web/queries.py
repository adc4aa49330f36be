"""Read-side queries of the workspace: filtered incident lists, facets, dashboard aggregates,
history. Reads only; every write goes through gawahi.link / gawahi.ingest service functions."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import (
    Connection,
    String,
    Text,
    and_,
    bindparam,
    case,
    cast,
    func,
    literal,
    or_,
    select,
)
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
    """Sources whose full text matches `q` (at most 500, lowest ids first)."""
    if not q or not q.strip():
        return []
    return dialect.search_source_ids(conn, q, 500, ranked=False)


MAX_ID_LIST = 5000  # longest id list a counting query is given (else it searches itself)


def incident_haystacks(conn: Connection) -> dict[int, str]:
    """id -> the lower-cased title, place, district and province of every incident, apart
    (what a search's words are looked for in, besides the full text of the sources)."""
    q = select(incidents.c.id, incidents.c.title, incidents.c.place, incidents.c.admin2,
               incidents.c.admin1)
    return {int(r[0]): "\x00".join((v or "").lower() for v in r[1:]) for r in conn.execute(q)}


def text_matches(conn: Connection, f: IncidentQuery, sids: list[int],
                 haystacks: dict[int, str]) -> list[int]:
    """As text_match_ids, in memory and without a cap: incidents whose title, place, district
    or province holds the search words, or holding a claim from a matching source the user
    is cleared for (`sids`: matching_source_ids)."""
    needle = (f.q or "").strip().lower()
    if not needle:
        return []
    found = {i for i, text in haystacks.items() if needle in text}
    if sids:
        cleared = select(sources.c.id).where(
            and_(sources.c.id.in_(sids), sources.c.sensitivity.in_(f.source_levels)))
        found.update(int(i) for i in conn.execute(
            select(claims.c.incident_id).where(
                and_(claims.c.source_id.in_(cleared), claims.c.incident_id.is_not(None))
            ).distinct()).scalars())
    return sorted(found)


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
    return incidents_by_id(conn, page_ids(conn, dialect, f, sids, text_ids))


def page_ids(
    conn: Connection, dialect: Dialect, f: IncidentQuery, sids: list[int] | None = None,
    text_ids: list[int] | None = None,
) -> list[int]:
    """The ids of one page, newest first (from the covering index)."""
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
    return [int(i) for i in conn.execute(q).scalars()]


_BY_IDS = select(incidents).where(incidents.c.id.in_(bindparam("ids", expanding=True)))


def incidents_by_id(conn: Connection, ids: list[int]) -> list[Incident]:
    """The incidents with these ids, in this order (missing ones left out)."""
    if not ids:
        return []
    rows = {int(r["id"]): r for r in conn.execute(_BY_IDS, {"ids": ids}).mappings()}
    return [Incident.model_validate(_fix(dict(rows[i]))) for i in ids if i in rows]


# The columns of a row of the incident list page (the template _incident_row.html shows
# these and no other field).
ROW_COLUMNS = ("id", "title", "date_edtf", "admin2", "admin1", "event_type", "deaths_low",
               "deaths_high", "injured_low", "injured_high", "n_sources", "status",
               "disagreements")
_ROWS_BY_IDS = select(*[incidents.c[c] for c in ROW_COLUMNS]).where(
    incidents.c.id.in_(bindparam("ids", expanding=True)))


def list_rows_by_id(conn: Connection, ids: list[int]) -> dict[int, dict[str, Any]]:
    """id -> the incident's list-row columns (ROW_COLUMNS) as stored, `disagreements` as
    which fields are disputed ({field: []}, as routes.incidents.page_row gives them), for the
    incidents with these ids that exist. Not validated and not redacted: the caller leaves
    out the fields the user is not cleared for (gawahi.publish.redact.cleared_fields)."""
    if not ids:
        return {}
    out: dict[int, dict[str, Any]] = {}
    for r in conn.execute(_ROWS_BY_IDS, {"ids": ids}):
        row = dict(zip(ROW_COLUMNS, r, strict=True))
        dis = row["disagreements"]
        row["disagreements"] = {k: [] for k in dis} if dis else None
        out[int(row["id"])] = row
    return out


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
    q = select(col, func.count()).group_by(col)
    if cond:
        q = q.where(and_(*cond))
    return _ranked({str(v): int(n) for v, n in conn.execute(q) if v is not None})


FACET_COLUMNS = ("event_type", "admin1", "status")
CubeRow = tuple[str | None, str | None, str | None, int]  # event_type, admin1, status, count


def facet_cube(conn: Connection) -> list[CubeRow]:
    """Incidents counted by (event type, province, status): a few hundred rows from which the
    total and facet counts of any filter on those three columns alone follow without a query."""
    cols = [incidents.c[c] for c in FACET_COLUMNS]
    q = select(*cols, func.count()).group_by(*cols)
    return [(r[0], r[1], r[2], int(r[3])) for r in conn.execute(q)]


def cube_applies(f: IncidentQuery) -> bool:
    """Whether `f` filters on the cube's columns only (then counts_from_cube answers it)."""
    return not ((f.q and f.q.strip()) or f.date_from or f.date_to or f.target or f.perpetrator
                or f.include_rejected)


def _cube_match(row: CubeRow, f: IncidentQuery) -> bool:
    # The same rules as incident_conditions for these columns (NULL never equals a value).
    event_type, admin1, status, _n = row
    if not f.include_rejected and f.status != "rejected" and status == "rejected":
        return False
    if f.event_type and event_type != f.event_type:
        return False
    if f.admin1 and admin1 != f.admin1:
        return False
    return not (f.status and status != f.status)


def _ranked(counts: dict[str, int]) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def counts_from_cube(cube: list[CubeRow], f: IncidentQuery) -> dict[str, Any]:
    """The total and facet counts of `f` (cube_applies(f)), as count_incidents and
    facet_counts give them."""
    total = sum(r[3] for r in cube if _cube_match(r, f))
    facets: dict[str, list[tuple[str, int]]] = {}
    for i, col in enumerate(FACET_COLUMNS):
        reset: dict[str, Any] = {col: None}
        other = replace(f, **reset)
        counts: dict[str, int] = defaultdict(int)
        for r in cube:
            if r[i] is not None and _cube_match(r, other):
                counts[str(r[i])] += r[3]
        facets[col] = _ranked(counts)
    return {"total": total, "facets": facets}


# -- a search's matches, counted and ordered in memory ---------------------------------------
# A search is answered by the ids of the incidents its words match (text_match_ids, at most
# MAX_ID_LIST). The other filters on plain columns, the facet counts and the order of the
# pages then follow from each incident's few list columns, read once per version, instead of
# five queries that each carry the id list.
Fact = tuple[str | None, str | None, str | None, str | None, str | None]
FACT_COLUMNS = ("date_earliest", "date_latest", "event_type", "admin1", "status")


def incident_facts(conn: Connection) -> dict[int, Fact]:
    """id -> (date_earliest, date_latest, event_type, admin1, status) of every incident (read
    from the list's covering index)."""
    q = select(incidents.c.id, *[incidents.c[c] for c in FACT_COLUMNS])
    return {int(r[0]): (r[1], r[2], r[3], r[4], r[5]) for r in conn.execute(q)}


def facts_apply(f: IncidentQuery, text_ids: list[int] | None) -> bool:
    """Whether a search (its matches listed) is answered from the facts: no filter on the
    JSON columns (targets, perpetrators)."""
    return bool(f.q and f.q.strip()) and text_ids is not None and not (f.target or f.perpetrator)


def _fact_match(fact: Fact, f: IncidentQuery) -> bool:
    # The same rules as incident_conditions for these columns (NULL matches no comparison).
    earliest, latest, event_type, admin1, status = fact
    if not f.include_rejected and f.status != "rejected" and status == "rejected":
        return False
    if f.event_type and event_type != f.event_type:
        return False
    if f.admin1 and admin1 != f.admin1:
        return False
    if f.status and status != f.status:
        return False
    if f.date_from and (latest is None or latest < f.date_from):
        return False
    return not (f.date_to and (earliest is None or earliest > f.date_to))


def matches_in_facts(facts: dict[int, Fact], ids: list[int], f: IncidentQuery,
                     dialect: Dialect) -> list[int]:
    """The ids among `ids` that pass every other filter of `f`, in the list's order (newest
    first, then highest id; undated where the database puts them)."""
    found = [(facts[i][0], i) for i in ids if i in facts and _fact_match(facts[i], f)]
    return _in_list_order(found, dialect)


def _in_list_order(found: list[tuple[str | None, int]], dialect: Dialect) -> list[int]:
    """The ids of (date_earliest, id) pairs in the list's order."""
    dated = sorted(((d, i) for d, i in found if d is not None), reverse=True)
    undated = sorted((i for d, i in found if d is None), reverse=True)
    ordered = [i for _d, i in dated]
    return undated + ordered if dialect.desc_nulls_first else ordered + undated


def order_applies(f: IncidentQuery) -> bool:
    """Whether the pages of `f`, not a search, are cut from the order of every incident
    (list_order) filtered by the facts: no filter on the JSON columns."""
    return not ((f.q and f.q.strip()) or f.target or f.perpetrator)


@dataclass(frozen=True)
class ListOrder:
    """Every incident's id in the list's order (as page_ids orders them), and the same cut by
    each single facet value (event type, province: rejected incidents left out; status)."""

    ids: list[int]
    live: list[int]  # the ids of incidents not rejected
    by_facet: dict[tuple[str, str], list[int]]


def list_order(facts: dict[int, Fact], dialect: Dialect) -> ListOrder:
    ids = matches_in_facts(facts, list(facts), IncidentQuery(include_rejected=True), dialect)
    by: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i in ids:
        _e, _l, event_type, admin1, status = facts[i]
        if status is not None:
            by["status", status].append(i)
        if status == "rejected":
            continue
        if event_type is not None:
            by["event_type", event_type].append(i)
        if admin1 is not None:
            by["admin1", admin1].append(i)
    return ListOrder(ids, [i for i in ids if facts[i][4] != "rejected"], dict(by))


def filter_order(facts: dict[int, Fact], order: ListOrder, f: IncidentQuery) -> list[int]:
    """The ids of `order` that pass `f`'s filters on the facts' columns, in that order: every
    page of `f` (order_applies(f)) without a query."""
    if not (f.include_rejected or f.date_from or f.date_to):
        facets = [(c, v) for c, v in (("event_type", f.event_type), ("admin1", f.admin1),
                                      ("status", f.status)) if v]
        if not facets:
            return order.live
        if len(facets) == 1:
            return order.by_facet.get(facets[0], [])
    return [i for i in order.ids if _fact_match(facts[i], f)]


def counts_from_facts(facts: dict[int, Fact], ids: list[int], f: IncidentQuery
                      ) -> dict[str, Any]:
    """The total and facet counts of a search, as count_incidents and facet_counts give them
    (each facet: every filter but its own column's); one pass over the matches."""
    return _scan(facts, ids, f, None)


def search_in_facts(facts: dict[int, Fact], ids: list[int], f: IncidentQuery,
                    dialect: Dialect) -> tuple[list[int], dict[str, Any]]:
    """matches_in_facts and counts_from_facts of a search at once (one pass over its
    matches)."""
    found: list[tuple[str | None, int]] = []
    summary = _scan(facts, ids, f, found)
    return _in_list_order(found, dialect), summary


def _scan(facts: dict[int, Fact], ids: list[int], f: IncidentQuery,
          found: list[tuple[str | None, int]] | None) -> dict[str, Any]:
    """counts_from_facts; each id that passes every filter appended to `found` (when given)
    with its date_earliest, as matches_in_facts finds them."""
    keep_rejected = f.include_rejected or f.status == "rejected"
    total = 0
    by: dict[str, dict[str, int]] = {c: defaultdict(int) for c in FACET_COLUMNS}
    for i in ids:
        fact = facts.get(i)
        if fact is None:
            continue
        earliest, latest, event_type, admin1, status = fact
        if f.date_from and (latest is None or latest < f.date_from):
            continue
        if f.date_to and (earliest is None or earliest > f.date_to):
            continue
        et_ok = not f.event_type or event_type == f.event_type
        a1_ok = not f.admin1 or admin1 == f.admin1
        st_ok = not f.status or status == f.status
        live = status != "rejected"
        if et_ok and a1_ok and st_ok and (keep_rejected or live):
            total += 1
            if found is not None:
                found.append((earliest, i))
        if a1_ok and st_ok and (keep_rejected or live) and event_type is not None:
            by["event_type"][event_type] += 1
        if et_ok and st_ok and (keep_rejected or live) and admin1 is not None:
            by["admin1"][admin1] += 1
        # Without a status filter, rejected incidents are left out unless asked for.
        if et_ok and a1_ok and (f.include_rejected or live) and status is not None:
            by["status"][status] += 1
    facets = {c: _ranked({str(k): n for k, n in by[c].items()}) for c in FACET_COLUMNS}
    return {"total": total, "facets": facets}


_VERSION = select(func.max(audit_log.c.seq))


def data_version(conn: Connection) -> int:
    """Changes whenever the record changes: every write appends to the audit log in the same
    transaction (gawahi.store.audit), so the last entry's number names the record's state.
    (gawahi.web.sessions reads it with the session, in the same statement.)"""
    return int(conn.execute(_VERSION).scalar() or 0)


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


def _range_sums() -> list[ColumnElement[Any]]:
    """Range.add as SQL aggregates: incidents, unknown, low, best, high."""
    lo, best, hi = incidents.c.deaths_low, incidents.c.deaths_best, incidents.c.deaths_high
    unknown = and_(lo.is_(None), hi.is_(None))
    return [
        func.count(),
        func.sum(case((unknown, 1), else_=0)),
        func.sum(case((unknown, 0), else_=func.coalesce(lo, 0))),
        func.sum(case((unknown, 0), else_=func.coalesce(best, lo, 0))),
        func.sum(case((unknown, 0), else_=func.coalesce(hi, lo, 0))),
    ]


def _absorb(rng: Range, n: Any, unknown: Any, low: Any, best: Any, high: Any) -> None:
    rng.incidents += int(n or 0)
    rng.unknown += int(unknown or 0)
    rng.low += int(low or 0)
    rng.best += int(best or 0)
    rng.high += int(high or 0)


def dashboard(conn: Connection, dialect: Dialect) -> Dashboard:
    """Aggregates over every incident not rejected. Incidents whose claims give no figure
    are counted apart (`unknown`), never as zero deaths.

    The sums are taken by the database (grouped queries; the JSON lists of targets and
    perpetrators expanded by gawahi.store.dialect), so a rebuild after a write costs a few
    grouped scans instead of a Python pass over every incident."""
    out = Dashboard()
    by_year: dict[str, Range] = defaultdict(Range)
    by_prov: dict[str, Range] = defaultdict(Range)
    by_type: dict[str, Range] = defaultdict(Range)
    by_target: dict[str, Range] = defaultdict(Range)
    by_perp: dict[str, Range] = defaultdict(Range)
    live = incidents.c.status != "rejected"

    year = func.substr(incidents.c.date_earliest, 1, 4)
    keys = (year, incidents.c.admin1, incidents.c.event_type)
    for y, admin1, event_type, *sums in conn.execute(
        select(*keys, *_range_sums()).where(live).group_by(*keys)
    ):
        _absorb(out.total, *sums)
        if y:
            _absorb(by_year[str(y)], *sums)
        else:
            out.undated += int(sums[0])
        _absorb(by_prov[admin1 or "(unknown)"], *sums)
        _absorb(by_type[event_type or "other"], *sums)

    # One row per target entry; perpetrators once per incident and actor (as sets).
    targets, t_get, t_obj = dialect.json_objects(incidents.c.targets, "t")
    group = t_get("group")
    for g, *sums in conn.execute(
        select(group, *_range_sums()).select_from(incidents).join(targets, literal(True))
        .where(live, t_obj).group_by(group)
    ):
        _absorb(by_target[str(g)], *sums)
    perps, p_get, p_obj = dialect.json_objects(incidents.c.perpetrators, "p")
    pairs = (
        select(incidents.c.id, p_get("actor").label("actor"), incidents.c.deaths_low,
               incidents.c.deaths_best, incidents.c.deaths_high)
        .select_from(incidents).join(perps, literal(True)).where(live, p_obj).distinct()
        .subquery()
    )
    lo, best, hi = pairs.c.deaths_low, pairs.c.deaths_best, pairs.c.deaths_high
    unknown = and_(lo.is_(None), hi.is_(None))
    for actor, n, unk, low, bst, high in conn.execute(
        select(pairs.c.actor, func.count(), func.sum(case((unknown, 1), else_=0)),
               func.sum(case((unknown, 0), else_=func.coalesce(lo, 0))),
               func.sum(case((unknown, 0), else_=func.coalesce(best, lo, 0))),
               func.sum(case((unknown, 0), else_=func.coalesce(hi, lo, 0))))
        .group_by(pairs.c.actor)
    ):
        _absorb(by_perp[str(actor)], n, unk, low, bst, high)

    places: dict[tuple[float, float], dict[str, Any]] = {}
    placed = 0
    for iid, place, lat, lon, low_, high_ in conn.execute(
        select(incidents.c.id, incidents.c.place, incidents.c.lat, incidents.c.lon,
               incidents.c.deaths_low, incidents.c.deaths_high)
        .where(live, incidents.c.lat.is_not(None), incidents.c.lon.is_not(None))
        .order_by(incidents.c.id)
    ):
        placed += 1
        key = (round(float(lat), 2), round(float(lon), 2))
        pt = places.get(key)
        if pt is None:
            pt = places[key] = {"lat": key[0], "lon": key[1], "place": place, "n": 0, "low": 0,
                                "high": 0, "ids": []}
        pt["n"] += 1
        pt["low"] += low_ or 0
        pt["high"] += high_ or low_ or 0
        if len(pt["ids"]) < 5:
            pt["ids"].append(int(iid))
    out.unplaced = out.total.incidents - placed
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


# -- history ----------------------------------------------------------------------------------


# The incident page's statements, built once (it runs them for every page not cached), each
# keyed on the incident alone: an expanding IN list of ids the page read first costs more to
# prepare than these cost to run.
_HISTORY = (
    select(audit_log)
    .where(or_(
        and_(audit_log.c.table_name == "incidents", audit_log.c.record_id == bindparam("rid")),
        and_(audit_log.c.table_name == "claims", audit_log.c.record_id.in_(
            select(cast(claims.c.id, String)).where(claims.c.incident_id == bindparam("iid"))
            .scalar_subquery())),
    ))
    .order_by(audit_log.c.seq.desc())
    .limit(200)
)
_SOURCES_OF_INCIDENT = select(
    sources.c.id, sources.c.title, sources.c.outlet, sources.c.published, sources.c.sensitivity,
    sources.c.reliability, sources.c.url,
).where(sources.c.id.in_(
    select(claims.c.source_id).where(claims.c.incident_id == bindparam("iid")).scalar_subquery()
)).order_by(sources.c.id)


def incident_history(conn: Connection, incident_id: int) -> list[dict[str, Any]]:
    """Audit entries about the incident and its current claims, newest first (at most 200)."""
    return [dict(r) for r in conn.execute(
        _HISTORY, {"rid": str(incident_id), "iid": incident_id}).mappings()]


def incident_sources(conn: Connection, incident_id: int) -> dict[int, dict[str, Any]]:
    """id -> title, outlet, published, sensitivity, reliability and URL of the incident's
    claims' sources."""
    return {int(r.id): dict(r._mapping)
            for r in conn.execute(_SOURCES_OF_INCIDENT, {"iid": incident_id})}


def suggested_claims(
    conn: Connection, *, limit: int, offset: int, status: str | None = "suggested"
) -> tuple[list[int], int]:
    base = select(claims.c.id)
    if status:
        base = base.where(claims.c.review_status == status)
    total = int(conn.execute(select(func.count()).select_from(base.subquery())).scalar_one())
    ids = conn.execute(base.order_by(claims.c.id).limit(limit).offset(offset)).scalars().all()
    return [int(i) for i in ids], total
