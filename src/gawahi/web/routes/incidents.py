"""Incident list (facets, date range, full-text search, paging) and incident page."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import Connection

from gawahi.link.service import set_incident_status
from gawahi.model.records import Incident
from gawahi.model.vocab import EventType, IncidentStatus, Sensitivity
from gawahi.publish.redact import cleared_fields
from gawahi.web import i18n
from gawahi.web.core import Ctx, RecordId, WebState, require, require_write
from gawahi.web.queries import (
    FACET_COLUMNS,
    MAX_ID_LIST,
    MAX_PAGE_SIZE,
    PAGE_SIZE,
    ROW_COLUMNS,
    CubeRow,
    Fact,
    IncidentQuery,
    ListOrder,
    count_incidents,
    counts_from_cube,
    counts_from_facts,
    cube_applies,
    facet_counts,
    facet_cube,
    facts_apply,
    filter_order,
    incident_facts,
    incident_haystacks,
    incidents_by_id,
    list_order,
    list_rows_by_id,
    matching_source_ids,
    order_applies,
    page_ids,
    search_in_facts,
    text_matches,
)
from gawahi.web.render import cached_page, compare_table, fragment, incident_row
from gawahi.web.routes.dashboard import cached_dashboard
from gawahi.web.views import COMPARE_FIELDS, incident_detail

router = APIRouter(include_in_schema=False)

DATE_RE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


class ListParams(BaseModel):
    """The query parameters of the incident list (the page and the API's /api/incidents)."""

    model_config = ConfigDict(extra="ignore")

    q: str | None = Field(None, max_length=200)
    event_type: str | None = Field(None, max_length=40)
    admin1: str | None = Field(None, max_length=100)
    status: str | None = Field(None, max_length=20)
    target: str | None = Field(None, max_length=100)
    perpetrator: str | None = Field(None, max_length=200)
    date_from: str | None = Field(None, pattern=DATE_RE)
    date_to: str | None = Field(None, pattern=DATE_RE)
    page: int = Field(1, ge=1, le=100000)
    per_page: int = Field(PAGE_SIZE, ge=1, le=200)

    def query(self) -> IncidentQuery:
        return IncidentQuery(
            q=self.q or None, event_type=self.event_type or None, admin1=self.admin1 or None,
            status=self.status or None, target=self.target or None,
            perpetrator=self.perpetrator or None, date_from=self.date_from or None,
            date_to=self.date_to or None, page=self.page, per_page=self.per_page)


async def incident_query(p: Annotated[ListParams, Query()]) -> IncidentQuery:
    # Async (pure computation): a sync dependency would cost every list request a thread hop.
    return p.query()


async def page_query(request: Request) -> IncidentQuery:
    """incident_query for the HTML list (not in the API schema), read with ListParams
    directly rather than through FastAPI's per-parameter machinery, which cost a third of a
    cached list page. Same values (the last of a repeated parameter, as FastAPI takes), same
    checks, and a bad value is the same 422."""
    params = request.query_params
    try:
        p = ListParams.model_validate({k: params[k] for k in ListParams.model_fields
                                       if k in params})
    except ValidationError as exc:
        raise RequestValidationError(
            [{**e, "loc": ("query", *e["loc"])} for e in exc.errors(include_url=False)]
        ) from None
    return p.query()


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
    """One page of incidents with its total and facet counts: the rows as the API gives them
    (list_row), or as the HTML list shows them (`for_page`: page_row). Each part is cached
    until the record changes (list_ids, list_summary, shown_rows)."""
    ids = list_ids(ctx, f)
    with ctx.store.read() as conn:
        rows = shown_rows(ctx, conn, ids, for_page)
    return {"rows": rows, **list_summary(ctx, f)}


def list_ids(ctx: Ctx, f: IncidentQuery) -> list[int]:
    """The ids of one page of `f` at the user's clearance. A search is ordered in memory from
    its matches and each incident's list columns (the facts), a filter on those columns alone
    is cut from the order of every incident (once built: order_ready), each kept per filter
    until the record changes (every write is audited); anything else (targets, perpetrators)
    is a query on the list's covering index, its pages kept likewise."""
    dialect = ctx.store.dialect
    f = replace(f, source_levels=ctx.source_levels)
    version = ctx.version
    whole = replace(f, page=1, per_page=0)  # the filter, whatever the page
    sids, every = _search(ctx, f)
    per = max(1, min(f.per_page, MAX_PAGE_SIZE))
    start = (max(1, f.page) - 1) * per

    if facts_apply(f, every):
        return _searched(ctx, f, every)[0][start:start + per]
    if order_applies(f) and order_ready(ctx.state, version):
        def ordered() -> list[int]:
            return filter_order(facts_at(ctx.state, version), order_at(ctx.state, version), f)

        found: list[int] = ctx.state.cached(("ordered", whole), version, ordered)
        return found[start:start + per]

    def query() -> list[int]:
        tids = every if every is not None and len(every) <= MAX_ID_LIST else None
        with ctx.store.read() as conn:
            return page_ids(conn, dialect, f, sids, tids)

    ids: list[int] = ctx.state.cached(("ids", f), version, query)
    return ids


def _search(ctx: Ctx, f: IncidentQuery) -> tuple[list[int], list[int] | None]:
    """A search's full-text hits (source ids) and every incident it matches at the user's
    clearance (f.source_levels), each cached per version; ([], None) without a search."""
    version = ctx.version
    if not (f.q and f.q.strip()):
        return [], None

    def hits() -> list[int]:
        with ctx.store.read() as conn:
            return matching_source_ids(conn, ctx.store.dialect, f.q)

    sids: list[int] = ctx.state.cached(("fts", f.q), version, hits)

    def matches() -> list[int]:
        haystacks = haystacks_at(ctx.state, version)
        with ctx.store.read() as conn:
            return text_matches(conn, f, sids, haystacks)

    every: list[int] = ctx.state.cached(("text", f.q, f.source_levels), version, matches)
    return sids, every


def _searched(ctx: Ctx, f: IncidentQuery, every: list[int] | None
              ) -> tuple[list[int], dict[str, Any]]:
    """A search's matches that pass its other filters, in the list's order, with its total
    and facet counts (facts_apply(f, every); f at the user's clearance), kept per filter."""
    version = ctx.version
    whole = replace(f, page=1, per_page=0)

    def build() -> tuple[list[int], dict[str, Any]]:
        assert every is not None
        return search_in_facts(facts_at(ctx.state, version), every, f, ctx.store.dialect)

    found: tuple[list[int], dict[str, Any]] = ctx.state.cached(("search", whole), version, build)
    return found


def list_summary(ctx: Ctx, f: IncidentQuery) -> dict[str, Any]:
    """The total and facet counts of `f` (whatever its page) at the user's clearance.

    Filters on type, province and status alone are counted from the facet cube (one grouped
    query per version); with dates too, from each incident's list columns (the facts, read
    once per version); a search, from its matches and their facts; anything else (targets,
    perpetrators) by counting queries."""
    dialect = ctx.store.dialect
    f = replace(f, source_levels=ctx.source_levels)
    version = ctx.version
    whole = replace(f, page=1, per_page=0)

    def counts() -> dict[str, Any]:
        if cube_applies(f):
            return counts_from_cube(cached_cube(ctx), f)
        if order_applies(f) and order_ready(ctx.state, version):  # dates: from the facts
            facts = facts_at(ctx.state, version)
            return counts_from_facts(facts, order_at(ctx.state, version).ids, f)
        sids, every = _search(ctx, f)
        if facts_apply(f, every):
            return _searched(ctx, f, every)[1]
        tids = every if every is not None and len(every) <= MAX_ID_LIST else None
        with ctx.store.read() as conn:
            return {
                "total": count_incidents(conn, dialect, f, sids, tids),
                "facets": {col: facet_counts(conn, dialect, f, col, sids, tids)
                           for col in FACET_COLUMNS},
            }

    summary: dict[str, Any] = ctx.state.cached(("counts", whole), version, counts)
    return summary


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


def row_fragments(ctx: Ctx, ids: list[int]) -> list[Markup]:
    """The rows of the incident list page for `ids` as HTML (render.incident_row), each kept
    per (incident, the fields shown, language) until the record changes and shared by every
    list page that shows it (and every role cleared for the same fields). A row not kept is
    built from its list columns alone (no model validation), leaving out every field the
    user's clearance does not cover, as ctx.redact would."""
    return build_rows(ctx.state, ctx.version, ids, ctx.audience, ctx.lang)


@lru_cache(maxsize=8)
def _row_fields(audience: Sensitivity) -> frozenset[str]:
    return frozenset(ROW_COLUMNS) & cleared_fields(Incident, audience)


def build_rows(state: WebState, version: int, ids: list[int], audience: Sensitivity,
               lang: str) -> list[Markup]:
    """row_fragments for a user cleared to `audience` reading `lang` (gawahi.web.warm builds
    the first pages' rows before anyone asks). `lang` must be the current language."""
    cache = state.fragments
    shown = _row_fields(audience)
    keys = {i: ("row", i, shown, lang) for i in ids}
    found: dict[int, Markup] = {}
    for i, key in keys.items():
        hit, value = cache.peek(key, version)
        if hit:
            found[i] = value
    missing = [i for i in ids if i not in found]
    for start in range(0, len(missing), 1000):  # IN lists of a bounded length
        with state.store.read() as conn:
            data = list_rows_by_id(conn, missing[start:start + 1000])
        for i, r in data.items():
            found[i] = cache.put(keys[i], version,
                                 incident_row({k: v for k, v in r.items() if k in shown}))
    return [found[i] for i in ids if i in found]


def facets_fragment(ctx: Ctx, f: IncidentQuery) -> Markup:
    """The list's filters and facet counts (_incident_facets.html) for `f` whatever its page,
    kept per (filter, role, language) until the record changes."""
    whole = replace(f, page=1)

    def build() -> Markup:
        dash, _v = cached_dashboard(ctx)
        return fragment("_incident_facets.html", f=whole, params=whole.params(),
                        facets=list_summary(ctx, f)["facets"],
                        targets=list(dash.by_target)[:15],
                        perpetrators=list(dash.by_perpetrator)[:15])

    html: Markup = ctx.state.fragments.get(("facets", whole, ctx.role, ctx.lang), ctx.version,
                                           build)
    return html


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


def order_ready(state: WebState, version: int) -> bool:
    """Whether the order of every incident is built for `version`. Until it is (right after
    a write, while gawahi.web.warm rebuilds it off the request path) pages and counts that
    would be cut from it come from queries instead: one page costs a query on the covering
    index, the whole order a read of every incident."""
    return bool(state.cache.peek("incident-order", version)[0])


def order_at(state: WebState, version: int) -> ListOrder:
    """Every incident's id in the list's order, whole and per facet value, at `version`."""
    def build() -> ListOrder:
        return list_order(facts_at(state, version), state.store.dialect)

    order: ListOrder = state.cached("incident-order", version, build)
    return order


def cached_cube(ctx: Ctx) -> list[CubeRow]:
    return cube_at(ctx.state, ctx.version)


def cube_at(state: WebState, version: int) -> list[CubeRow]:
    def build() -> list[CubeRow]:
        with state.store.read() as conn:
            return facet_cube(conn)

    cube: list[CubeRow] = state.cached("facet-cube", version, build)
    return cube


def _list_page(ctx: Ctx, f: IncidentQuery) -> tuple[str, dict[str, Any]]:
    total = list_summary(ctx, f)["total"]
    pages = max(1, -(-total // f.per_page))
    return "incidents.html", dict(
        f=f, params=f.params(), pages=pages, total=total, title=i18n.gettext("Incidents"),
        facets_html=facets_fragment(ctx, f), row_html=row_fragments(ctx, list_ids(ctx, f)))


@router.get("/incidents", response_class=HTMLResponse)
async def incident_list(
    ctx: Ctx = Depends(require("read")), f: IncidentQuery = Depends(page_query)
) -> Response:
    # Light unless it filters on targets or perpetrators (a query over the JSON columns).
    return await cached_page(ctx, ("incidents", f), lambda shell: _list_page(shell, f),
                             light=not (f.target or f.perpetrator))


def _incident_page(ctx: Ctx, incident_id: int, done: bool) -> tuple[str, dict[str, Any]]:
    d = incident_detail(ctx, incident_id)
    disagree = d["incident"].get("disagreements") or {}
    return "incident.html", dict(
        compare_html=compare_table(d["claims"], COMPARE_FIELDS, disagree),
        disagree=disagree, statuses=[s.value for s in IncidentStatus],
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
