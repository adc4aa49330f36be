"""The web workspace: `create_app(db_url, vault_dir)` builds the ASGI app; `run()` serves it.

Server-side rendered pages (Jinja2) with light progressive enhancement, a JSON API under
/api/ (OpenAPI at /openapi.json), and every asset served from an installed package: our own
CSS/JS from gawahi.web/static, Leaflet from the xstatic-leaflet package. No CDN, no telemetry.
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import DataError
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from gawahi import __version__
from gawahi.store import schema
from gawahi.store.db import Store
from gawahi.web import i18n, warm
from gawahi.web.core import LoginRequired, WebState, get_ctx
from gawahi.web.importer import ImportJobs
from gawahi.web.sessions import SessionPolicy

SECURITY_HEADERS = [
    (b"content-security-policy",
     b"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
     b"object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
]


class SecurityHeaders:
    """Adds CSP and friends to every response (pure ASGI: no per-request task overhead)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if b"%00" in scope.get("query_string", b"") or "\x00" in scope.get("path", ""):
            await send({"type": "http.response.start", "status": 400,
                        "headers": [(b"content-type", b"text/plain"), *SECURITY_HEADERS]})
            await send({"type": "http.response.body", "body": b"NUL characters are not accepted"})
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + SECURITY_HEADERS
            await send(message)

        await self.app(scope, receive, send_with_headers)


def ensure_web_schema(store: Store) -> None:
    """The web tables and indexes are part of the migrations (the 0001 baseline, then 0002's
    import jobs): make sure `store` is at the newest revision (`Store` migrates when opened;
    this covers one opened with migrate=False)."""
    if store.current_revision() != Store.head_revision():
        store.migrate()


def _leaflet_dir() -> Path | None:
    try:
        import xstatic.pkg.leaflet as leaflet
    except ImportError:
        return None
    return Path(leaflet.BASE_DIR)


def create_app(
    db_url: str,
    vault_dir: Path | str,
    *,
    secure_cookies: bool = False,
    policy: SessionPolicy | None = None,
    store: Store | None = None,
    dev: bool | None = None,
    warm_first: bool = False,
) -> FastAPI:
    """The workspace app for one database and vault. `secure_cookies=True` when served over
    https (behind a TLS proxy) so the session cookie is never sent in clear. `dev=True` (or,
    when not given, GAWAHI_DEV=1 in the environment): templates are reloaded when edited.
    `warm_first=True` (serving): the shared caches are built before this returns, so the first
    visitors after a start do not wait behind the build or each build them (else it runs in
    the background)."""
    from gawahi.web import render

    if dev is None:
        dev = os.environ.get("GAWAHI_DEV", "").lower() in ("1", "true", "yes")
    render.set_dev(dev)
    store = store or Store(db_url)
    ensure_web_schema(store)
    app = FastAPI(
        title="Gawahi workspace API",
        version=__version__,
        description="Read and review the evidence record. Writes need a session cookie and "
        "the X-CSRF-Token header (POST /api/session returns both).",
        docs_url=None,
        redoc_url=None,
    )
    state = WebState(store, Path(vault_dir), secure_cookies, policy or SessionPolicy())
    app.state.web = state
    warm.install(state, first=warm_first)
    state.jobs = ImportJobs(store, Path(vault_dir))
    state.jobs.resume()
    app.add_middleware(SecurityHeaders)

    static_root = files("gawahi.web") / "static"
    app.mount("/static/gawahi", StaticFiles(directory=str(static_root)), name="static")
    leaflet = _leaflet_dir()
    if leaflet is not None:
        app.mount("/static/leaflet", StaticFiles(directory=str(leaflet)), name="leaflet")
    app.state.has_leaflet = leaflet is not None

    from gawahi.web.routes import (
        actors,
        admin,
        api,
        auth,
        dashboard,
        imports,
        incidents,
        people,
        review,
        sources,
    )

    for mod in (auth, dashboard, incidents, sources, review, actors, people, imports, admin, api):
        app.include_router(mod.router)

    _errors(app)
    return app


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or "application/json" in request.headers.get(
        "accept", ""
    ).split(",")[0]


def _errors(app: FastAPI) -> None:
    from gawahi.web.render import page

    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, exc: LoginRequired) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": "not signed in"}, status_code=401)
        nxt = request.url.path
        if request.url.query:
            nxt += "?" + request.url.query
        from urllib.parse import quote

        return RedirectResponse(f"/login?next={quote(nxt, safe='')}", status_code=303)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code,
                                headers=exc.headers)
        ctx = await get_ctx(request)
        return page(ctx, "error.html", status_code=exc.status_code, status=exc.status_code,
                    message=str(exc.detail))

    @app.exception_handler(DataError)
    async def unstorable(request: Request, exc: DataError) -> Response:
        # A value the database cannot hold (e.g. a NUL character for PostgreSQL text).
        msg = i18n.gettext("A value sent cannot be stored or searched (e.g. a NUL character).")
        if _wants_json(request):
            return JSONResponse({"detail": msg}, status_code=400)
        ctx = await get_ctx(request)
        return page(ctx, "error.html", status_code=400, status=400, message=msg)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": _jsonable(exc.errors())}, status_code=422)
        ctx = await get_ctx(request)
        return page(ctx, "error.html", status_code=422, status=422,
                    message=i18n.gettext("Some of the values sent are not valid."))


def _jsonable(errors: Any) -> Any:
    import json

    return json.loads(json.dumps(errors, default=str))


def tune_process() -> None:
    """For a serving process: fewer, cheaper garbage-collector passes. The caches hold many
    long-lived small objects, and full collections over them show up as latency spikes."""
    import gc

    gc.collect()
    gc.freeze()
    gc.set_threshold(20_000, 20, 50)



def run(
    *,
    db_url: str,
    vault_dir: Path | str,
    host: str = "127.0.0.1",
    port: int = 8765,
    secure_cookies: bool | None = None,
) -> None:
    """Serve the workspace with uvicorn (loopback by default). Cookies are marked Secure
    unless serving on loopback; for several worker processes use gawahi.web.asgi."""
    import uvicorn

    if secure_cookies is None:
        secure_cookies = host not in ("127.0.0.1", "localhost", "::1")
    app = create_app(db_url, vault_dir, secure_cookies=secure_cookies, warm_first=True)
    print(f"Gawahi workspace on http://{host}:{port}/  (database {app.state.web.store.safe_url})")
    with app.state.web.store.read() as conn:
        from sqlalchemy import func, select

        n_users = conn.execute(select(func.count()).select_from(schema.users)).scalar_one()
    if not n_users:
        print("No accounts yet: in another terminal run\n"
              f"  gawahi --db {app.state.web.store.safe_url} user add NAME --role admin")
    tune_process()
    uvicorn.run(app, host=host, port=port, log_level="warning", proxy_headers=False)
