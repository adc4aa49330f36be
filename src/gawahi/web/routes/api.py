"""The JSON API under /api/: what the pages do, for scripts and other tools.

Reads need a session; writes need the session and its CSRF token in the X-CSRF-Token header
(POST /api/session signs in and returns it). Every record is redacted at the caller's
clearance by gawahi.publish.public_record, exactly as on the pages.
"""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from gawahi.link.service import set_incident_status
from gawahi.model.vocab import IncidentStatus, ReviewStatus, UserRole
from gawahi.web.accounts import AccountError, add_user, authenticate, list_users
from gawahi.web.core import COOKIE, MAX_ID, Ctx, RecordId, get_ctx, require, require_write
from gawahi.web.queries import IncidentQuery, suggested_claims
from gawahi.web.review_ops import ClaimEdits, do_merge, do_review, do_split
from gawahi.web.routes.actors import actor_incidents, actor_info, registry
from gawahi.web.routes.auth import set_session_cookie
from gawahi.web.routes.dashboard import cached_dashboard
from gawahi.web.routes.imports import cancel_visible_job, my_jobs, start_import, visible_job
from gawahi.web.routes.incidents import incident_query, list_data
from gawahi.web.routes.sources import list_source_rows
from gawahi.web.sessions import create_session, end_session
from gawahi.web.views import claim_detail, incident_detail, source_detail

router = APIRouter(prefix="/api", tags=["api"])


class Credentials(BaseModel):
    username: str = Field(..., max_length=100)
    password: str = Field(..., max_length=1000)


class ReviewBody(BaseModel):
    action: Literal["accept", "reject", "edit"]
    reason: str | None = Field(None, max_length=2000)
    edits: ClaimEdits | None = None
    clear: list[str] = Field(default_factory=list, max_length=10)


class MergeBody(BaseModel):
    keep: int = Field(..., ge=1, le=MAX_ID)
    absorb: int = Field(..., ge=1, le=MAX_ID)
    reason: str = Field(..., min_length=1, max_length=2000)


class ReasonBody(BaseModel):
    reason: str = Field(..., min_length=1, max_length=2000)


class StatusBody(BaseModel):
    status: IncidentStatus
    reason: str = Field(..., min_length=1, max_length=2000)


class NewUser(BaseModel):
    username: str = Field(..., max_length=100)
    role: UserRole
    password: str = Field(..., max_length=1000)


def _me(ctx: Ctx) -> dict[str, Any]:
    assert ctx.user is not None
    return {"username": ctx.user.username, "role": ctx.user.role.value,
            "clearance": ctx.audience.value}


@router.post("/session", summary="Sign in; returns the CSRF token for writes")
def api_login(body: Credentials, request: Request, ctx: Ctx = Depends(get_ctx)) -> Response:
    remote = request.client.host if request.client else None
    result = authenticate(ctx.store, body.username, body.password, remote=remote)
    if result.user is None:
        return JSONResponse({"detail": result.message}, status_code=401)
    token, csrf = create_session(ctx.store, result.user.id, ctx.state.policy)
    resp = JSONResponse({"username": result.user.username, "role": result.user.role.value,
                         "csrf": csrf})
    set_session_cookie(ctx, resp, token)
    return resp


@router.delete("/session", summary="Sign out")
def api_logout(ctx: Ctx = Depends(require_write("read"))) -> Response:
    assert ctx.session is not None
    end_session(ctx.store, ctx.session.token_hash)
    resp = JSONResponse({"ok": True})
    resp.delete_cookie(COOKIE, path="/")
    return resp


@router.get("/me")
def api_me(ctx: Ctx = Depends(require("read"))) -> dict[str, Any]:
    return {**_me(ctx), "csrf": ctx.csrf}


@router.get("/dashboard", summary="Aggregates: incidents and deaths (low-high) by year, place, type...")
def api_dashboard(ctx: Ctx = Depends(require("read"))) -> dict[str, Any]:
    dash, _v = cached_dashboard(ctx)
    return dash.as_dict()


@router.get("/incidents", summary="Incidents, filtered and paged")
def api_incidents(
    ctx: Ctx = Depends(require("read")), f: IncidentQuery = Depends(incident_query)
) -> dict[str, Any]:
    data = list_data(ctx, f)
    return {"total": data["total"], "page": f.page, "per_page": f.per_page,
            "facets": {k: dict(v) for k, v in data["facets"].items()}, "items": data["rows"]}


@router.get("/incidents/{incident_id}", summary="One incident with its claims, evidence, history")
def api_incident(incident_id: RecordId, ctx: Ctx = Depends(require("read"))) -> dict[str, Any]:
    return incident_detail(ctx, incident_id)


@router.post("/incidents/{incident_id}/status", summary="Set an incident's status (review)")
def api_incident_status(
    incident_id: RecordId, body: StatusBody, ctx: Ctx = Depends(require_write("review"))
) -> dict[str, Any]:
    assert ctx.user is not None
    try:
        set_incident_status(ctx.store, incident_id, body.status, reviewer=ctx.user.username,
                            reason=body.reason)
    except LookupError as exc:
        raise HTTPException(404, str(exc)) from exc
    return {"ok": True, "incident": incident_id, "status": body.status.value}


@router.post("/incidents/merge", summary="Merge two incidents (absorb into keep)")
def api_merge(body: MergeBody, ctx: Ctx = Depends(require_write("review"))) -> dict[str, Any]:
    do_merge(ctx, body.keep, body.absorb, body.reason)
    return {"ok": True, "incident": body.keep}


@router.get("/sources", summary="Sources (full-text search with q)")
def api_sources(
    ctx: Ctx = Depends(require("read")),
    q: str | None = Query(None, max_length=200),
    page: int = Query(1, ge=1, le=100000),
) -> dict[str, Any]:
    rows, total = list_source_rows(ctx, q, page)
    return {"total": total, "page": page, "items": rows}


@router.get("/sources/{source_id}", summary="One source with its text and claims")
def api_source(source_id: RecordId, ctx: Ctx = Depends(require("read"))) -> dict[str, Any]:
    _src, shown, claims = source_detail(ctx, source_id)
    return {"source": shown, "claims": claims}


@router.get("/claims", summary="Claims by review status (default: the review queue)")
def api_claims(
    ctx: Ctx = Depends(require("read")),
    status: ReviewStatus | None = Query(ReviewStatus.SUGGESTED),
    page: int = Query(1, ge=1, le=100000),
    per_page: int = Query(50, ge=1, le=200),
) -> dict[str, Any]:
    with ctx.store.read() as conn:
        ids, total = suggested_claims(conn, limit=per_page, offset=(page - 1) * per_page,
                                      status=status.value if status else None)
    return {"total": total, "page": page, "items": [claim_detail(ctx, i) for i in ids]}


@router.get("/claims/{claim_id}", summary="One claim with its source passage")
def api_claim(claim_id: RecordId, ctx: Ctx = Depends(require("read"))) -> dict[str, Any]:
    return claim_detail(ctx, claim_id)


@router.post("/claims/{claim_id}/review", summary="Accept, edit or reject a claim")
def api_review(
    claim_id: RecordId, body: ReviewBody, ctx: Ctx = Depends(require_write("review"))
) -> dict[str, Any]:
    do_review(ctx, claim_id, body.action, body.reason, body.edits, set(body.clear))
    return claim_detail(ctx, claim_id)


@router.post("/claims/{claim_id}/split", summary="Split a claim out into a new incident")
def api_split(
    claim_id: RecordId, body: ReasonBody, ctx: Ctx = Depends(require_write("review"))
) -> dict[str, Any]:
    return {"ok": True, "incident": do_split(ctx, claim_id, body.reason)}


@router.get("/actors", summary="Actors named in the record or the registry")
def api_actors(ctx: Ctx = Depends(require("read"))) -> dict[str, Any]:
    dash, _v = cached_dashboard(ctx)
    names = sorted(set(dash.by_perpetrator) | set(registry()))
    return {"items": [
        {"name": n, "incidents": dash.by_perpetrator[n].as_dict() if n in dash.by_perpetrator
         else None} for n in names
    ]}


@router.get("/actors/{name}", summary="One actor: aliases, relations, incidents with basis")
def api_actor(name: str, ctx: Ctx = Depends(require("read"))) -> dict[str, Any]:
    incs, total = actor_incidents(ctx, name)
    info = actor_info(ctx, name)
    if not incs and name not in registry() and not info["aliases"]:
        raise HTTPException(404, "no such actor")
    return {**info, "total": total, "incidents": incs}


@router.post("/import", status_code=202,
             summary="Start an import of uploaded files and URLs (then linking) in the background")
async def api_import(
    ctx: Ctx = Depends(require_write("import")),
    files: list[UploadFile] | None = File(None),
    urls: str = Form("", max_length=100_000),
    do_link: bool = Form(True),
) -> Response:
    job_id = await start_import(ctx, files, urls, do_link)
    job = await run_in_threadpool(visible_job, ctx, job_id)
    return JSONResponse(job, status_code=202, headers={"Location": f"/api/import/jobs/{job_id}"})


@router.get("/import/jobs", summary="Recent imports: yours (admins: everyone's)")
def api_import_jobs(ctx: Ctx = Depends(require("import"))) -> dict[str, Any]:
    return {"items": my_jobs(ctx, 50)}


@router.get("/import/jobs/{job_id}",
            summary="An import's progress: items finished of total, current item, results")
def api_import_job(job_id: RecordId, ctx: Ctx = Depends(require("import"))) -> dict[str, Any]:
    return visible_job(ctx, job_id)


@router.post(
    "/import/jobs/{job_id}/cancel",
    summary="Cancel an import (whoever started it, and admins): a queued one at once, a "
    "running one before its next item; items not processed are marked cancelled and what was "
    "imported stays",
    responses={404: {"description": "No such import (or not yours)"},
               409: {"description": "The import has already finished"}},
)
def api_import_job_cancel(job_id: RecordId, ctx: Ctx = Depends(require_write("import"))
                          ) -> dict[str, Any]:
    return cancel_visible_job(ctx, job_id)


@router.get("/users", summary="Users and roles (admins only)")
def api_users(ctx: Ctx = Depends(require("admin"))) -> dict[str, Any]:
    with ctx.store.read() as conn:
        return {"items": [{"username": u.username, "role": u.role.value,
                           "locked_until": u.locked_until} for u in list_users(conn)]}


@router.post("/users", summary="Add a user (admins only)")
def api_add_user(body: NewUser, ctx: Ctx = Depends(require_write("admin"))) -> dict[str, Any]:
    try:
        u = add_user(ctx.store, body.username, body.role, body.password)
    except AccountError as exc:
        raise HTTPException(422, str(exc)) from exc
    return {"username": u.username, "role": u.role.value}
