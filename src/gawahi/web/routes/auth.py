"""Sign in and out, language choice, health check."""

from __future__ import annotations

from urllib.parse import urlparse

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from gawahi.web import i18n
from gawahi.web.accounts import authenticate
from gawahi.web.core import COOKIE, LANG_COOKIE, Ctx, get_ctx, require_write
from gawahi.web.render import page
from gawahi.web.sessions import create_session, end_session

router = APIRouter(include_in_schema=False)


def safe_next(nxt: str | None) -> str:
    """Only same-site paths: never redirect a fresh login to another host."""
    if not nxt:
        return "/"
    parsed = urlparse(nxt)
    if parsed.scheme or parsed.netloc or not nxt.startswith("/") or nxt.startswith("//"):
        return "/"
    return nxt


def set_session_cookie(ctx: Ctx, resp: Response, token: str) -> None:
    resp.set_cookie(
        COOKIE,
        token,
        max_age=int(ctx.state.policy.max_age.total_seconds()),
        httponly=True,
        samesite="lax",
        secure=ctx.state.secure_cookies,
        path="/",
    )


@router.get("/login", response_class=HTMLResponse)
def login_form(ctx: Ctx = Depends(get_ctx), next: str | None = None) -> Response:
    if ctx.session is not None:
        return RedirectResponse(safe_next(next), status_code=303)
    return page(ctx, "login.html", next=safe_next(next), message=None)


@router.post("/login", response_class=HTMLResponse)
def login(
    request: Request,
    ctx: Ctx = Depends(get_ctx),
    username: str = Form(..., max_length=100),
    password: str = Form(..., max_length=1000),
    next: str | None = Form(None),
) -> Response:
    remote = request.client.host if request.client else None
    result = authenticate(ctx.store, username.strip(), password, remote=remote)
    if result.user is None:
        return page(ctx, "login.html", status_code=401, next=safe_next(next),
                    message=i18n.gettext(result.message), username=username)
    token, _csrf = create_session(ctx.store, result.user.id, ctx.state.policy)
    resp = RedirectResponse(safe_next(next), status_code=303)
    set_session_cookie(ctx, resp, token)
    return resp


@router.post("/logout")
def logout(ctx: Ctx = Depends(require_write("read"))) -> Response:
    assert ctx.session is not None
    end_session(ctx.store, ctx.session.token_hash)
    resp = RedirectResponse("/login", status_code=303)
    resp.delete_cookie(COOKIE, path="/")
    return resp


@router.get("/lang")
def choose_language(ctx: Ctx = Depends(get_ctx), set: str = "en", next: str = "/") -> Response:
    resp = RedirectResponse(safe_next(next), status_code=303)
    if set in i18n.LANGUAGES:
        resp.set_cookie(LANG_COOKIE, set, max_age=365 * 86400, samesite="lax",
                        secure=ctx.state.secure_cookies, httponly=True)
    return resp


@router.get("/healthz")
def healthz() -> Response:
    return JSONResponse({"ok": True})
