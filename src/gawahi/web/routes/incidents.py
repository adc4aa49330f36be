"""Incident list (facets, date range, full-text search, paging) and incident page."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from fastapi import APIRouter, Depends, Form, HTTPException, Query
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from gawahi.link.service import set_incident_status
from gawahi.model.records import Incident
from gawahi.model.vocab import EventType, IncidentStatus
from gawahi.web import i18n
from gawahi.web.core import Ctx, RecordId, require, require_write
from gawahi.web.queries import (
    PAGE_SIZE,
    IncidentQuery,
    count_incidents,
    facet_counts,
    matching_source_ids,
    page_of_incidents,
    text_match_ids,
)
from gawahi.web.render import page
from gawahi.web.routes.dashboard import cached_dashboard
from gawahi.web.views import COMPARE_FIELDS, incident_detail

router = APIRouter(include_in_schema=False)

DATE_RE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


def incident_query(
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


def list_data(ctx: Ctx, f: IncidentQuery) -> dict[str, Any]:
    """One page of incidents with its total and facet counts, each cached until the record
    changes (every write is audited): the full-text hits and the counts per filter, the rows
    per page and clearance."""
    dialect = ctx.store.dialect
    f = replace(f, source_levels=ctx.source_levels)
    version = ctx.version
    whole = replace(f, page=1, per_page=0)  # the filter, whatever the page

    def hits() -> list[int]:
        with ctx.store.read() as conn:
            return matching_source_ids(conn, dialect, f.q)

    sids: list[int] = ctx.state.cached(("fts", f.q), version, hits) if f.q else []

    def matches() -> list[int] | None:
        with ctx.store.read() as conn:
            return text_match_ids(conn, dialect, f, sids)

    tids = (ctx.state.cached(("text", f.q, f.source_levels), version, matches)
            if f.q and f.q.strip() else None)

    def page_rows() -> list[dict[str, Any]]:
        with ctx.store.read() as conn:
            found = page_of_incidents(conn, dialect, f, sids, tids)
        return [ctx.redact(list_row(r)) for r in found]

    def counts() -> dict[str, Any]:
        with ctx.store.read() as conn:
            return {
                "total": count_incidents(conn, dialect, f, sids, tids),
                "facets": {col: facet_counts(conn, dialect, f, col, sids, tids)
                           for col in ("event_type", "admin1", "status")},
            }

    rows = ctx.state.cached(("list", f, ctx.audience), version, page_rows)
    summary = ctx.state.cached(("counts", whole), version, counts)
    return {"rows": rows, **summary}


@router.get("/incidents", response_class=HTMLResponse)
def incident_list(
    ctx: Ctx = Depends(require("read")), f: IncidentQuery = Depends(incident_query)
) -> Response:
    data = list_data(ctx, f)
    dash, _v = cached_dashboard(ctx)
    pages = max(1, -(-data["total"] // f.per_page))
    return page(ctx, "incidents.html", f=f, params=f.params(), pages=pages,
                targets=list(dash.by_target)[:15], perpetrators=list(dash.by_perpetrator)[:15],
                title=i18n.gettext("Incidents"), **data)


@router.get("/incidents/{incident_id}", response_class=HTMLResponse)
def incident_page(incident_id: RecordId, ctx: Ctx = Depends(require("read"))) -> Response:
    d = incident_detail(ctx, incident_id)
    disagree = d["incident"].get("disagreements") or {}
    return page(ctx, "incident.html", fields=COMPARE_FIELDS, disagree=disagree,
                statuses=[s.value for s in IncidentStatus],
                event_types=[e.value for e in EventType],
                title=d["incident"].get("title") or f"#{incident_id}", **d)


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
