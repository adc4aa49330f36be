"""Warming the caches the busiest pages share, off the request path: at start-up, and again
whenever a request sees the record at a version not seen before (after any write), so the
first visitors after a start or a write do not each wait for the aggregates.

What is warmed is what every visitor needs whatever they ask for: the dashboard aggregates
(also the list's target and perpetrator choices), the facet cube, list columns and search text
of the incidents, and the first page of the list's rows and facets for each role. Requests
that arrive while a build is running wait for that build (single flight) rather than repeating
it. After a write the warm-up waits until the record has been still for a moment, so an
import's stream of writes does not set off a rebuild per write.
"""

from __future__ import annotations

import logging
import time
from typing import cast

from fastapi import Request

from gawahi.model.records import User
from gawahi.model.vocab import UserRole
from gawahi.web import i18n
from gawahi.web.accounts import AUDIENCE
from gawahi.web.core import Ctx, WebState
from gawahi.web.queries import IncidentQuery, data_version
from gawahi.web.sessions import Session

log = logging.getLogger(__name__)


# List rows built ahead, per language and field set: at start-up (about 14 MB at most), and
# after a write, when every row is rebuilt, only the first hundred pages' (a write every few
# seconds must not keep a core busy rebuilding rows nobody asked for).
WARM_ROWS = 20_000
WARM_ROWS_AFTER_WRITE = 2_500
STILL_FOR = 0.3  # seconds without a write before warming: not once per write of an import
MAX_WAIT = 20  # ... but after this many waits, warm anyway


def _version(state: WebState) -> int:
    with state.store.read() as conn:
        return data_version(conn)


def _still_version(state: WebState) -> int:
    """The version once the record has not changed for STILL_FOR seconds (an import writes
    many times a second; warming each version would only burn CPU the requests need)."""
    version = _version(state)
    for _ in range(MAX_WAIT):
        time.sleep(STILL_FOR)
        now = _version(state)
        if now == version:
            break
        version = now
    return version


def warm_caches(state: WebState, *, wait: bool = True) -> None:
    """Build the shared entries for the newest version once the record is still (at once when
    not `wait`: at start-up); again if it changed meanwhile."""
    from gawahi.web.routes.dashboard import dashboard_at
    from gawahi.web.routes.incidents import (
        build_rows,
        cube_at,
        facets_fragment,
        facts_at,
        haystacks_at,
        list_ids,
        order_at,
    )

    done: int | None = None
    try:
        while True:
            version = _still_version(state) if wait or done is not None else _version(state)
            if version == done:
                return
            dashboard_at(state, version)
            cube_at(state, version)
            facts_at(state, version)
            haystacks_at(state, version)
            order_at(state, version)
            for role in UserRole:
                user = User(id=0, username="", role=role, failed_logins=0, locked_until=None,
                            created_at="")
                ctx = Ctx(cast(Request, None), state, Session("", user, ""), i18n.DEFAULT)
                ctx._version = version
                first = IncidentQuery()
                list_ids(ctx, first)  # its rows are among those built below
                facets_fragment(ctx, first)
            # Every list page shows rows: those of the first incidents in the list's order,
            # built now, make any page of them (any filter) cheap to build: a row costs ~20 us
            # and ~0.7 kB, shared by every role cleared for the same fields.
            starting = not wait and done is None
            live = order_at(state, version).live[:WARM_ROWS if starting else WARM_ROWS_AFTER_WRITE]
            for audience in {AUDIENCE[role] for role in UserRole}:
                build_rows(state, version, live, audience, i18n.DEFAULT)
            done = version
            state.warm_version = version
    except Exception as exc:  # must not take anything down; requests build what they need
        log.warning("warming the web caches failed: %s", exc)


def install(state: WebState, *, first: bool = False) -> None:
    """Warm now (before returning when `first`, else in the background) and whenever a new
    version of the record is seen."""
    if first:
        warm_caches(state, wait=False)
        state.seen_version = state.warm_version  # the first request need not warm again
    else:
        state.later("warm", lambda: warm_caches(state, wait=False))
    state.on_new_version = lambda _v: state.later("warm", warm_caches, state)
