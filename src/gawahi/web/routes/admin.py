"""User management (admins only): add users, change roles, reset passwords."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, HTTPException
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from gawahi.model.vocab import UserRole
from gawahi.web import i18n
from gawahi.web.accounts import AccountError, add_user, list_users, set_password, set_role
from gawahi.web.core import Ctx, require, require_write
from gawahi.web.render import page

router = APIRouter(include_in_schema=False)


def _page(ctx: Ctx, message: str | None = None, status_code: int = 200) -> Response:
    with ctx.store.read() as conn:
        users = list_users(conn)
    return page(ctx, "admin_users.html", status_code=status_code, users=users,
                roles=[r.value for r in UserRole], message=message,
                title=i18n.gettext("Users"))


@router.get("/admin/users", response_class=HTMLResponse)
def users_page(ctx: Ctx = Depends(require("admin"))) -> Response:
    return _page(ctx)


@router.post("/admin/users", response_class=HTMLResponse)
def users_add(
    ctx: Ctx = Depends(require_write("admin")),
    username: str = Form(..., max_length=100),
    role: UserRole = Form(...),
    password: str = Form(..., max_length=1000),
    password2: str = Form(..., max_length=1000),
) -> Response:
    if password != password2:
        return _page(ctx, i18n.gettext("The two passwords differ."), 422)
    try:
        add_user(ctx.store, username.strip(), role, password)
    except AccountError as exc:
        return _page(ctx, str(exc), 422)
    return RedirectResponse("/admin/users", status_code=303)


@router.post("/admin/users/{username}/role")
def users_role(
    username: str,
    ctx: Ctx = Depends(require_write("admin")),
    role: UserRole = Form(...),
) -> Response:
    assert ctx.user is not None
    if username == ctx.user.username and role != UserRole.ADMIN:
        raise HTTPException(422, i18n.gettext("You cannot remove your own admin role."))
    try:
        set_role(ctx.store, username, role)
    except AccountError as exc:
        raise HTTPException(404, str(exc)) from exc
    return RedirectResponse("/admin/users", status_code=303)


@router.post("/admin/users/{username}/password")
def users_password(
    username: str,
    ctx: Ctx = Depends(require_write("admin")),
    password: str = Form(..., max_length=1000),
) -> Response:
    try:
        set_password(ctx.store, username, password)
    except AccountError as exc:
        raise HTTPException(422, str(exc)) from exc
    return RedirectResponse("/admin/users", status_code=303)
