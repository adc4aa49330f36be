"""The import page: upload files or paste URLs; results shown per item."""

from __future__ import annotations

from fastapi import APIRouter, Depends, File, Form, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response

from gawahi.web import i18n
from gawahi.web.core import Ctx, require, require_write
from gawahi.web.importer import run_import
from gawahi.web.render import page

router = APIRouter(include_in_schema=False)


@router.get("/import", response_class=HTMLResponse)
def import_form(ctx: Ctx = Depends(require("import"))) -> Response:
    return page(ctx, "import.html", outcome=None, title=i18n.gettext("Import"))


@router.post("/import", response_class=HTMLResponse)
async def import_run(
    ctx: Ctx = Depends(require_write("import")),
    files: list[UploadFile] | None = File(None),
    urls: str = Form("", max_length=100_000),
    do_link: bool = Form(False),
) -> Response:
    assert ctx.user is not None
    uploads = []
    for f in files or []:
        if f.filename:
            uploads.append((f.filename, await f.read()))
    url_list = [u.strip() for u in urls.splitlines() if u.strip()]
    outcome = await run_in_threadpool(
        run_import, ctx.store, ctx.state.vault_dir, uploads, url_list,
        actor=ctx.user.username, do_link=do_link,
    )
    return page(ctx, "import.html", outcome=outcome, title=i18n.gettext("Import"))
