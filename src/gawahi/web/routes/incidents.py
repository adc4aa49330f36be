"""Incident list (facets, date range, full-text search, paging) and incident page."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from fastapi import APIRouter, Depends, Form, HTTPException, Query
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import Connection

from gawahi.link.service import set_incident_status
from gawahi.model.records import Incident
from gawahi.model.vocab import EventType, IncidentStatus
from gawahi.web import i18n
from gawahi.web.core import Ctx, RecordId, WebState, require, require_write
from gawahi.web.queries import (
    FACET_COLUMNS,
    MAX_ID_LIST,
    MAX_PAGE_SIZE,
    PAGE_SIZE,
    CubeRow,
    Fact,
    IncidentQuery,
    count_incidents,
    counts_from_cube,
    counts_from_facts,
    cube_applies,
    facet_counts,
    facet_cube,
    facts_apply,
    incident_facts,
    incident_haystacks,
    incidents_by_id,
    matches_in_facts,
    matching_source_ids,
    page_ids,
    text_matches,
)
from gawahi.web.render import cached_page
from gawahi.web.routes.dashboard import cached_dashboard
from gawahi.web.views import COMPARE_FIELDS, incident_detail

router = APIRouter(include_in_schema=False)

DATE_RE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


async def incident_query(
    q: str | None = Query(None, max_length=200),
    event_type: str | None = Query(None, max_length=40),
    admin1: str | None = Query(None, max_length=100),
    status: str | None = Query(None, max_length=20),
    target: str | None = Query(None, max_length=100),
    perpetrator: str | None = Query(None, max_length=200),
    date_from: str | None = Query(None, pattern=DATE_RE),
    date_to: str | None = Query(None, pattern=DATE_RE),
    page: int = Query(1, ge=1, le=100000),
    per_page: int = Query(PAGE_SIZE, ge=1, le=200),
) -> IncidentQuery:
    # Async (pure computation): a sync dependency would cost every list request a thread hop.
    return IncidentQuery(q=q or None, event_type=event_type or None, admin1=admin1 or None,
                         status=status or None, target=target or None,
                         perpetrator=perpetrator or None, date_from=date_from or None,
                         date_to=date_to or None, page=page, per_page=per_page)


def list_row(inc: Incident) -> Incident:
    """The incident as a list shows it: which fields are disputed and with which values, but
    not the claim ids behind each value (the incident page has those)."""
    if not inc.disagreements:
        return inc
    slim = {k: [{"value": e.get("value")} for e in v] if isinstance(v, list) else v
            for k, v in inc.disagreements.items()}
    return inc.model_copy(update={"disagreements": slim})


def page_row(inc: Incident) -> Incident:
    """The incident as the list page shows it: no attributions and only which fields are
    disputed (the page shows no more; less to redact)."""
    return inc.model_copy(update={
        "perpetrators": [], "targets": [],
        "disagreements": {k: [] for k in inc.disagreements} if inc.disagreements else None,
    })


def list_data(ctx: Ctx, f: IncidentQuery, *, for_page: bool = False) -> dict[str, Any]:
    """One page of incidents with its total and facet counts, each cached until the record
    changes (every write is audited): the full-text hits and the counts per filter, the rows
    per page and clearance (`for_page`: as the HTML list shows them, else as the API does).

    Filters on type, province and status alone are counted from the facet cube (one grouped
    query per version); a search, from its matches and each incident's list columns (read
    once per version); anything else (targets, perpetrators, dates) by counting queries."""
    dialect = ctx.store.dialect
    f = replace(f, source_levels=ctx.source_levels)
    version = ctx.version
    whole = replace(f, page=1, per_page=0)  # the filter, whatever the page

    def hits() -> list[int]:
        with ctx.store.read() as conn:
            return matching_source_ids(conn, dialect, f.q)

    sids: list[int] = ctx.state.cached(("fts", f.q), version, hits) if f.q else []

    def matches() -> list[int]:
        haystacks = haystacks_at(ctx.state, version)
        with ctx.store.read() as conn:
            return text_matches(conn, f, sids, haystacks)

    every: list[int] | None = (
        ctx.state.cached(("text", f.q, f.source_levels), version, matches)
        if f.q and f.q.strip() else None)
    # Counting queries take the matches as a list of ids while it is not too long.
    tids = every if every is not None and len(every) <= MAX_ID_LIST else None
    in_memory = facts_apply(f, every)

    def ordered() -> list[int]:
        assert every is not None
        return matches_in_facts(facts_at(ctx.state, version), every, f, dialect)

    def page_rows() -> list[dict[str, Any]]:
        per = max(1, min(f.per_page, MAX_PAGE_SIZE))
        with ctx.store.read() as conn:
            if in_memory:
                ids: list[int] = ctx.state.cached(("ordered", whole), version, ordered)
                start = (max(1, f.page) - 1) * per
                ids = ids[start:start + per]
            else:
                ids = page_ids(conn, dialect, f, sids, tids)
            return shown_rows(ctx, conn, ids, for_page)

    def counts() -> dict[str, Any]:
        if cube_applies(f):
            return counts_from_cube(cached_cube(ctx), f)
        if in_memory:
            assert every is not None
            return counts_from_facts(facts_at(ctx.state, version), every, f)
        with ctx.store.read() as conn:
            return {
                "total": count_incidents(conn, dialect, f, sids, tids),
                "facets": {col: facet_counts(conn, dialect, f, col, sids, tids)
                           for col in FACET_COLUMNS},
            }

    rows = ctx.state.cached(("list", f, ctx.audience, for_page), version, page_rows)
    summary = ctx.state.cached(("counts", whole), version, counts)
    return {"rows": rows, **summary}


def shown_rows(ctx: Ctx, conn: Connection, ids: list[int], for_page: bool
               ) -> list[dict[str, Any]]:
    """The incidents `ids` as the list shows them (page_row or list_row), redacted at the
    user's clearance. Each is kept until the record changes: list pages of different filters
    share most of their rows, and validating and redacting them is most of a page's cost."""
    rows = ctx.state.rows
    version = ctx.version
    keys = {i: ("row", i, ctx.audience, for_page) for i in ids}
    found: dict[int, dict[str, Any]] = {}
    for i, key in keys.items():
        hit, value = rows.peek(key, version)
        if hit:
            found[i] = value
    missing = [i for i in ids if i not in found]
    shape = page_row if for_page else list_row
    for inc in incidents_by_id(conn, missing):
        found[inc.id] = rows.put(keys[inc.id], version, ctx.redact(shape(inc)))
    return [found[i] for i in ids if i in found]


def haystacks_at(state: WebState, version: int) -> dict[int, str]:
    def build() -> dict[int, str]:
        with state.store.read() as conn:
            return incident_haystacks(conn)

    found: dict[int, str] = state.cached("incident-text", version, build)
    return found


def facts_at(state: WebState, version: int) -> dict[int, Fact]:
    def build() -> dict[int, Fact]:
        with state.store.read() as conn:
            return incident_facts(conn)

    facts: dict[int, Fact] = state.cached("incident-facts", version, build)
    return facts


def cached_cube(ctx: Ctx) -> list[CubeRow]:
    return cube_at(ctx.state, ctx.version)


def cube_at(state: WebState, version: int) -> list[CubeRow]:
    def build() -> list[CubeRow]:
        with state.store.read() as conn:
            return facet_cube(conn)

    cube: list[CubeRow] = state.cached("facet-cube", version, build)
    return cube


def _list_page(ctx: Ctx, f: IncidentQuery) -> tuple[str, dict[str, Any]]:
    data = list_data(ctx, f, for_page=True)
    dash, _v = cached_dashboard(ctx)
    pages = max(1, -(-data["total"] // f.per_page))
    return "incidents.html", dict(
        f=f, params=f.params(), pages=pages, targets=list(dash.by_target)[:15],
        perpetrators=list(dash.by_perpetrator)[:15], title=i18n.gettext("Incidents"), **data)


@router.get("/incidents", response_class=HTMLResponse)
async def incident_list(
    ctx: Ctx = Depends(require("read")), f: IncidentQuery = Depends(incident_query)
) -> Response:
    return await cached_page(ctx, ("incidents", f), lambda shell: _list_page(shell, f))


def _incident_page(ctx: Ctx, incident_id: int, done: bool) -> tuple[str, dict[str, Any]]:
    d = incident_detail(ctx, incident_id)
    disagree = d["incident"].get("disagreements") or {}
    return "incident.html", dict(
        fields=COMPARE_FIELDS, disagree=disagree, statuses=[s.value for s in IncidentStatus],
        event_types=[e.value for e in EventType], done=done,
        title=d["incident"].get("title") or f"#{incident_id}", **d)


@router.get("/incidents/{incident_id}", response_class=HTMLResponse)
async def incident_page(incident_id: RecordId, ctx: Ctx = Depends(require("read"))) -> Response:
    done = bool(ctx.request.query_params.get("done"))
    return await cached_page(ctx, ("incident", incident_id, done),
                             lambda shell: _incident_page(shell, incident_id, done))


@router.post("/incidents/{incident_id}/status")
def incident_status(
    incident_id: RecordId,
    ctx: Ctx = Depends(require_write("review")),
    status: IncidentStatus = Form(...),
    reason: str = Form(..., min_length=1, max_length=2000),
) -> Response:
    assert ctx.user is not None
    try:
        set_incident_status(ctx.store, incident_id, status, reviewer=ctx.user.username,
                            reason=reason)
    except LookupError as exc:
        raise HTTPException(404, str(exc)) from exc
    return RedirectResponse(f"/incidents/{incident_id}?done=status", status_code=303)
