"""The review queue: accept, edit or reject machine suggestions; merge and split incidents.
Every decision names the signed-in reviewer and a reason, through gawahi.link.service."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from gawahi.model.vocab import EventType
from gawahi.web import i18n
from gawahi.web.core import Ctx, FormId, RecordId, require, require_write
from gawahi.web.queries import suggested_claims
from gawahi.web.render import page
from gawahi.web.review_ops import do_merge, do_review, do_split, form_edits
from gawahi.web.routes.auth import safe_next
from gawahi.web.views import claim_detail

router = APIRouter(include_in_schema=False)
PER_PAGE = 20


@router.get("/review", response_class=HTMLResponse)
def review_queue(
    ctx: Ctx = Depends(require("read")),
    page_no: int = Query(1, alias="page", ge=1, le=100000),
    done: str | None = Query(None, max_length=40),
) -> Response:
    with ctx.store.read() as conn:
        ids, total = suggested_claims(conn, limit=PER_PAGE, offset=(page_no - 1) * PER_PAGE)
    items = [claim_detail(ctx, i) for i in ids]
    return page(ctx, "review.html", items=items, total=total, page_no=page_no,
                pages=max(1, -(-total // PER_PAGE)), done=done,
                title=i18n.gettext("Review"))


@router.get("/claims/{claim_id}", response_class=HTMLResponse)
def claim_page(claim_id: RecordId, ctx: Ctx = Depends(require("read"))) -> Response:
    c = claim_detail(ctx, claim_id)
    return page(ctx, "claim.html", c=c, event_types=[e.value for e in EventType],
                title=f"{i18n.gettext('Claim')} {claim_id}")


@router.post("/review/claims/{claim_id}")
async def review_action(
    claim_id: RecordId,
    request: Request,
    ctx: Ctx = Depends(require_write("review")),
    action: str = Form(..., max_length=20),
    reason: str = Form("", max_length=2000),
    next: str = Form("/review", max_length=500),
) -> Response:
    edits, clear = (None, None)
    if action == "edit":
        form = await request.form()
        edits, clear = form_edits(dict(form))
    do_review(ctx, claim_id, action, reason, edits, clear)
    return RedirectResponse(_with_done(safe_next(next), action), status_code=303)


@router.post("/review/merge")
def merge(
    keep: FormId,
    absorb: FormId,
    ctx: Ctx = Depends(require_write("review")),
    reason: str = Form(..., min_length=1, max_length=2000),
) -> Response:
    do_merge(ctx, keep, absorb, reason)
    return RedirectResponse(f"/incidents/{keep}?done=merge", status_code=303)


@router.post("/review/split/{claim_id}")
def split(
    claim_id: RecordId,
    ctx: Ctx = Depends(require_write("review")),
    reason: str = Form(..., min_length=1, max_length=2000),
) -> Response:
    new_id = do_split(ctx, claim_id, reason)
    return RedirectResponse(f"/incidents/{new_id}?done=split", status_code=303)


def _with_done(url: str, action: str) -> str:
    return url + ("&" if "?" in url else "?") + "done=" + action
