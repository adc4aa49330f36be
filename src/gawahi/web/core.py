"""Request context shared by every route: the store, the signed-in user, their audience,
language, CSRF checks and permission gates (all enforced on the server)."""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path as FsPath
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import Depends, Form, HTTPException, Path, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel

from gawahi.model.records import User
from gawahi.model.vocab import Sensitivity, UserRole
from gawahi.publish.redact import public_dump, public_record
from gawahi.store.db import Store
from gawahi.web import i18n
from gawahi.web.accounts import AUDIENCE, can
from gawahi.web.sessions import (
    MAX_TOKEN,
    Session,
    SessionPolicy,
    end_session,
    read_session_and_version,
    touch_session,
)

if TYPE_CHECKING:
    from gawahi.web.importer import ImportJobs

log = logging.getLogger(__name__)

MAX_ID = 2_147_483_647  # INTEGER primary keys on both databases
RecordId = Annotated[int, Path(ge=1, le=MAX_ID)]
FormId = Annotated[int, Form(ge=1, le=MAX_ID)]

COOKIE = "gawahi_session"
LANG_COOKIE = "gawahi_lang"
CSRF_FIELD = "csrf"
CSRF_HEADER = "X-CSRF-Token"
LEVEL = {Sensitivity.PUBLIC: 0, Sensitivity.RESTRICTED: 1, Sensitivity.CONFIDENTIAL: 2}


class VersionedCache:
    """Values built from the record, reused until `version` (the record's) changes; least
    recently used entries go first, past `max_items` or (when given) `max_bytes` as measured
    by `size`. Values are shared: never mutate them.

    Single flight: when many requests miss the same key at once (a cold start under load),
    one builds and the others wait for it, instead of all building in parallel and starving
    the CPU (measured: p99 of 7.8 s on the incident list at start-up)."""

    def __init__(self, max_items: int, max_bytes: int | None = None,
                 size: Callable[[Any], int] | None = None) -> None:
        self.max_items = max_items
        self.max_bytes = max_bytes
        self.size = size
        self.bytes = 0
        self.entries: OrderedDict[Any, tuple[Any, Any, int]] = OrderedDict()
        self._lock = threading.Lock()
        self._building: dict[Any, threading.Lock] = {}

    def __len__(self) -> int:
        return len(self.entries)

    def peek(self, key: Any, version: Any) -> tuple[bool, Any]:
        """(True, value) on a hit; never waits for a build (safe on the event loop)."""
        with self._lock:
            hit = self.entries.get(key)
            if hit is not None and hit[0] == version:
                self.entries.move_to_end(key)
                return True, hit[1]
            return False, None

    def get(self, key: Any, version: Any, build: Callable[[], Any]) -> Any:
        found, value = self.peek(key, version)
        if found:
            return value
        with self._lock:
            gate = self._building.setdefault(key, threading.Lock())
        try:
            with gate:
                found, value = self.peek(key, version)
                if found:
                    return value
                value = build()
                self._put(key, version, value)
                return value
        finally:
            with self._lock:
                if self._building.get(key) is gate:
                    del self._building[key]

    def building(self, key: Any) -> bool:
        """Whether a value for `key` is being built now."""
        with self._lock:
            return key in self._building

    def put(self, key: Any, version: Any, value: Any) -> Any:
        """Store a value built without single flight (e.g. many at once); returns it."""
        self._put(key, version, value)
        return value

    def _put(self, key: Any, version: Any, value: Any) -> None:
        n = self.size(value) if self.size else 0
        with self._lock:
            old = self.entries.pop(key, None)
            if old is not None:
                self.bytes -= old[2]
            self.entries[key] = (version, value, n)
            self.bytes += n
            while len(self.entries) > self.max_items or (
                self.max_bytes is not None and self.bytes > self.max_bytes
                and len(self.entries) > 1
            ):
                _k, (_v, _val, dropped) = self.entries.popitem(last=False)
                self.bytes -= dropped

    def clear(self) -> None:
        with self._lock:
            self.entries.clear()
            self.bytes = 0


class Background:
    """One daemon thread running small jobs in order, off the request path (a session's
    last-seen time, cache warm-ups). Daemon: a server stopping does not wait for it (what it
    does is either a short transaction, rolled back if cut, or a cache build)."""

    def __init__(self) -> None:
        self._queue: queue.SimpleQueue[Callable[[], Any]] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def submit(self, fn: Callable[[], Any]) -> None:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="gawahi-web",
                                                daemon=True)
                self._thread.start()
        self._queue.put(fn)

    def _run(self) -> None:
        while True:
            fn = self._queue.get()
            try:
                fn()
            except Exception:
                log.exception("background work of the web app failed")

    def settle(self) -> None:
        """Wait until the work submitted so far has run."""
        done = threading.Event()
        self.submit(done.set)
        done.wait()


@dataclass
class WebState:
    store: Store
    vault_dir: FsPath
    secure_cookies: bool
    policy: SessionPolicy
    # Data built from the record (query results, redacted records, aggregates).
    cache: VersionedCache = field(default_factory=lambda: VersionedCache(3000))
    # Incidents as the list shows them, per clearance (shared by list pages of any filter).
    rows: VersionedCache = field(default_factory=lambda: VersionedCache(30000))
    # Parts of pages shared by many pages, per role and language (rows of the incident list,
    # its facets per filter): see gawahi.web.routes.incidents.
    fragments: VersionedCache = field(default_factory=lambda: VersionedCache(
        40000, max_bytes=48 * 1024 * 1024, size=len))
    # Rendered pages per (page, role, language): see gawahi.web.render.cached_page.
    pages: VersionedCache = field(default_factory=lambda: VersionedCache(
        4000, max_bytes=96 * 1024 * 1024, size=len))
    # Writes that need not hold up a response (a session's last-seen time).
    _background: Background = field(default_factory=Background)
    _pending: set[Any] = field(default_factory=set)
    _pending_lock: threading.Lock = field(default_factory=threading.Lock)
    # Called with a version not seen before (gawahi.web.warm schedules rebuilds).
    on_new_version: Callable[[int], None] | None = None
    seen_version: int | None = None
    # The version whose shared aggregates gawahi.web.warm has built (see render.build_inline).
    warm_version: int | None = None
    jobs: ImportJobs | None = None  # background imports (gawahi.web.importer)

    def cached(self, key: Any, version: Any, build: Callable[[], Any]) -> Any:
        """A value built from the record, reused until `version` changes (VersionedCache)."""
        return self.cache.get(key, version, build)

    def later(self, key: Any, fn: Callable[..., Any], *args: Any) -> None:
        """Run `fn(*args)` off the request path, at most once at a time per `key`."""
        with self._pending_lock:
            if key in self._pending:
                return
            self._pending.add(key)

        def run() -> None:
            try:
                fn(*args)
            finally:
                with self._pending_lock:
                    self._pending.discard(key)

        self._background.submit(run)

    def settle(self) -> None:
        """Wait for the background work queued so far (warm-ups, touches): tests, benchmarks."""
        self._background.settle()

    def saw_version(self, version: int) -> None:
        if version != self.seen_version:
            self.seen_version = version
            if self.on_new_version is not None:
                self.on_new_version(version)


class LoginRequired(Exception):
    """Raised for an anonymous request to a page or API route that needs a session."""


@dataclass
class Ctx:
    request: Request
    state: WebState
    session: Session | None
    lang: str
    started: float = field(default_factory=time.perf_counter)

    @property
    def store(self) -> Store:
        return self.state.store

    _version: int | None = None

    @property
    def version(self) -> int:
        """The record's state for caches, read once per request (get_ctx reads it with the
        session, in the same transaction)."""
        if self._version is None:
            from gawahi.web.queries import data_version

            with self.store.read() as conn:
                self._version = data_version(conn)
            self.state.saw_version(self._version)
        return self._version

    @property
    def user(self) -> User | None:
        return self.session.user if self.session else None

    @property
    def role(self) -> UserRole | None:
        return self.user.role if self.user else None

    @property
    def audience(self) -> Sensitivity:
        return AUDIENCE[self.role] if self.role else Sensitivity.PUBLIC

    @property
    def csrf(self) -> str:
        return self.session.csrf if self.session else ""

    @property
    def dir(self) -> str:
        return i18n.direction(self.lang)

    def can(self, permission: str) -> bool:
        return can(self.role, permission)

    def cleared(self, level: str | Sensitivity | None) -> bool:
        """May this user see a record whose own sensitivity is `level`?"""
        try:
            lv = Sensitivity(level or "public")
        except ValueError:
            lv = Sensitivity.CONFIDENTIAL
        return LEVEL[lv] <= LEVEL[self.audience]

    @property
    def source_levels(self) -> tuple[str, ...]:
        return tuple(lv.value for lv in Sensitivity if self.cleared(lv))

    def redact(self, record: BaseModel) -> dict[str, Any]:
        """The one redaction step (gawahi.publish) at this user's clearance."""
        return public_record(record, self.audience)

    def redact_dump(self, model: type[BaseModel], data: dict[str, Any]) -> dict[str, Any]:
        """The same for a record read as its dump (gawahi.publish.redact.public_dump)."""
        return public_dump(model, data, self.audience)


def state_of(request: Request) -> WebState:
    st: WebState = request.app.state.web
    return st


async def get_ctx(request: Request) -> Ctx:
    """Async on purpose: the language set here (a context variable) is then seen by the
    endpoint, which FastAPI runs in a worker thread with a copy of this context. The session
    and the record's version are read together (one short read transaction); the session's
    last-seen time is written off the request path."""
    st = state_of(request)
    lang = i18n.pick_language(
        request.query_params.get("lang"),
        request.cookies.get(LANG_COOKIE),
        request.headers.get("accept-language"),
    )
    i18n.set_language(lang)
    token = request.cookies.get(COOKIE)
    version: int | None = None
    found: Session | str | None = None
    if token and len(token) <= MAX_TOKEN:
        with st.store.read() as conn:
            found, version = read_session_and_version(conn, token, st.policy)
        if version is not None:
            st.saw_version(version)
    session: Session | None = None
    if isinstance(found, str):
        await run_in_threadpool(end_session, st.store, found)
    elif found is not None:
        session = found
        if found.needs_touch:
            st.later(("touch", found.token_hash), touch_session, st.store, found.token_hash)
    ctx = Ctx(request, st, session, lang)
    ctx._version = version
    return ctx


def require(permission: str) -> Callable[..., Any]:
    """A dependency admitting only signed-in users whose role has `permission`."""

    async def dep(ctx: Ctx = Depends(get_ctx)) -> Ctx:
        if ctx.session is None:
            raise LoginRequired()
        if not ctx.can(permission):
            raise HTTPException(403, i18n.gettext("Your role does not allow this."))
        return ctx

    return dep


def require_write(permission: str) -> Callable[..., Any]:
    """As `require`, plus a valid CSRF token (form field `csrf` or header X-CSRF-Token)."""

    async def dep(ctx: Ctx = Depends(require(permission))) -> Ctx:
        supplied = ctx.request.headers.get(CSRF_HEADER)
        if supplied is None:
            ctype = ctx.request.headers.get("content-type", "")
            if ctype.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
                form = await ctx.request.form()
                value = form.get(CSRF_FIELD)
                supplied = value if isinstance(value, str) else None
        assert ctx.session is not None
        if not ctx.session.csrf_ok(supplied):
            raise HTTPException(403, i18n.gettext("Missing or wrong CSRF token: reload the page."))
        return ctx

    return dep


def int_or_none(v: str | None) -> int | None:
    try:
        return int(v) if v not in (None, "") else None
    except (TypeError, ValueError):
        return None
