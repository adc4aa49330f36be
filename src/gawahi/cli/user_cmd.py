"""`gawahi user`: accounts of the web workspace. Passwords are typed at a hidden prompt (twice)
or read from standard input with --password-stdin; there is never a default password."""

from __future__ import annotations

import sys

import typer

from gawahi.model.vocab import UserRole
from gawahi.store.db import Store

user_app = typer.Typer(help="Accounts of the web workspace (roles: admin, editor, reviewer, viewer).",
                       no_args_is_help=True)


def _store() -> Store:
    from gawahi.cli.context import SETTINGS
    from gawahi.store.db import StoreError
    from gawahi.web.accounts import ensure_schema

    try:
        store = Store(SETTINGS.db_url)
    except StoreError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    ensure_schema(store)
    return store


def _read_password(stdin: bool) -> str:
    if stdin:
        pw = sys.stdin.readline().rstrip("\r\n")
    else:
        pw = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    if not pw:
        typer.echo("error: empty password", err=True)
        raise typer.Exit(2)
    return pw


def _role(value: str) -> UserRole:
    try:
        return UserRole(value.lower())
    except ValueError:
        typer.echo(f"error: role must be one of {', '.join(r.value for r in UserRole)}", err=True)
        raise typer.Exit(2) from None


@user_app.command("add")
def add(
    name: str = typer.Argument(..., help="Username."),
    role: str = typer.Option(..., "--role", help="admin, editor, reviewer or viewer."),
    password_stdin: bool = typer.Option(False, "--password-stdin", help="Read the password from standard input."),
) -> None:
    """Add a user; the password is asked for (hidden) unless --password-stdin."""
    from gawahi.web.accounts import AccountError, add_user

    r = _role(role)
    pw = _read_password(password_stdin)
    store = _store()
    try:
        add_user(store, name, r, pw)
    except AccountError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    typer.echo(f"added {name} ({r.value})")


@user_app.command("list")
def list_cmd() -> None:
    """List users with their roles and any lockout."""
    from gawahi.web.accounts import list_users

    store = _store()
    with store.read() as conn:
        users = list_users(conn)
    if not users:
        typer.echo("no users yet: gawahi user add NAME --role admin")
    for u in users:
        lock = f"  locked until {u.locked_until}" if u.locked_until else ""
        typer.echo(f"{u.username}\t{u.role.value}{lock}")


@user_app.command("set-role")
def set_role_cmd(name: str = typer.Argument(...), role: str = typer.Argument(...)) -> None:
    """Change a user's role (takes effect on their next request)."""
    from gawahi.web.accounts import AccountError, set_role

    r = _role(role)
    try:
        set_role(_store(), name, r)
    except AccountError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    typer.echo(f"{name} is now {r.value}")


@user_app.command("set-password")
def set_password_cmd(
    name: str = typer.Argument(...),
    password_stdin: bool = typer.Option(False, "--password-stdin", help="Read the password from standard input."),
) -> None:
    """Set a new password; also lifts a lockout and ends the user's open sessions."""
    from gawahi.web.accounts import AccountError, set_password

    pw = _read_password(password_stdin)
    try:
        set_password(_store(), name, pw)
    except AccountError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    typer.echo(f"password of {name} changed")


def register(app: typer.Typer) -> None:
    app.add_typer(user_app, name="user")
