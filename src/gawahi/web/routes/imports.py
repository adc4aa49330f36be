"""The import page: upload files or paste URLs; the import runs as a background job whose
page shows its progress per item, and from which whoever started it (or an admin) can cancel
it (gawahi.web.importer)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, File, Form, HTTPException, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from gawahi.web import i18n
from gawahi.web.core import Ctx, RecordId, require, require_write
from gawahi.web.importer import (
    MAX_ITEMS,
    MAX_UPLOAD,
    Upload,
    cancel_job,
    create_job,
    get_job,
    recent_jobs,
)
from gawahi.web.render import page

router = APIRouter(include_in_schema=False)


def visible_job(ctx: Ctx, job_id: int) -> dict[str, Any]:
    """The job, if this user may see it: whoever started it, and admins. Others get the same
    404 as for a job that does not exist."""
    with ctx.store.read() as conn:
        job = get_job(conn, job_id)
    assert ctx.user is not None
    if job is None or (job["created_by"] != ctx.user.username and not ctx.can("admin")):
        raise HTTPException(404, i18n.gettext("No such import."))
    return job


def my_jobs(ctx: Ctx, limit: int = 10) -> list[dict[str, Any]]:
    assert ctx.user is not None
    with ctx.store.read() as conn:
        return recent_jobs(conn, None if ctx.can("admin") else ctx.user.username, limit)


async def start_import(ctx: Ctx, files: list[UploadFile] | None, urls: str, do_link: bool) -> int:
    """Store the uploads (vault first) and the job, and queue it; returns its id."""
    assert ctx.user is not None
    uploads = []
    for f in files or []:
        if f.filename:
            # One byte past the limit is enough to refuse the file with its message.
            uploads.append(Upload(f.filename, await f.read(MAX_UPLOAD + 1)))
    url_list = [u.strip() for u in urls.splitlines() if u.strip()]
    if len(uploads) + len(url_list) > MAX_ITEMS:
        raise HTTPException(422, i18n.gettext("At most {n} files and addresses in one import: "
                                              "split the import.").format(n=MAX_ITEMS))
    job_id = await run_in_threadpool(
        create_job, ctx.store, ctx.state.vault_dir, uploads, url_list,
        actor=ctx.user.username, do_link=do_link,
    )
    assert ctx.state.jobs is not None
    ctx.state.jobs.submit(job_id)
    return job_id


@router.get("/import", response_class=HTMLResponse)
def import_form(ctx: Ctx = Depends(require("import"))) -> Response:
    return page(ctx, "import.html", jobs=my_jobs(ctx), title=i18n.gettext("Import"))


@router.post("/import")
async def import_run(
    ctx: Ctx = Depends(require_write("import")),
    files: list[UploadFile] | None = File(None),
    urls: str = Form("", max_length=100_000),
    do_link: bool = Form(False),
) -> Response:
    job_id = await start_import(ctx, files, urls, do_link)
    return RedirectResponse(f"/import/jobs/{job_id}", status_code=303)


@router.get("/import/jobs/{job_id}", response_class=HTMLResponse)
def import_job_page(job_id: RecordId, ctx: Ctx = Depends(require("import"))) -> Response:
    job = visible_job(ctx, job_id)
    return page(ctx, "import_job.html", job=job,
                title=i18n.gettext("Import {n}").format(n=job_id))


def cancel_visible_job(ctx: Ctx, job_id: int) -> dict[str, Any]:
    """Cancel the job if this user may (whoever started it, and admins: others get 404 as
    for a job that does not exist); 409 when it has already finished. Returns the job."""
    job = visible_job(ctx, job_id)
    if not job["cancellable"]:
        raise HTTPException(409, i18n.gettext("This import has finished: there is nothing to "
                                              "cancel."))
    cancel_job(ctx.store, job_id)
    return visible_job(ctx, job_id)


@router.post("/import/jobs/{job_id}/cancel")
def import_job_cancel(job_id: RecordId, ctx: Ctx = Depends(require_write("import"))) -> Response:
    cancel_visible_job(ctx, job_id)
    return RedirectResponse(f"/import/jobs/{job_id}", status_code=303)
