"""Server-side sessions: a random token in an HttpOnly cookie, its SHA-256 in the database,
an idle timeout and an absolute lifetime, and a per-session CSRF token."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, bindparam, delete, func, insert, select, update

from gawahi.model.records import User
from gawahi.store.db import Store
from gawahi.store.schema import audit_log, users, web_sessions

IDLE_TIMEOUT = timedelta(hours=2)
MAX_AGE = timedelta(hours=12)
TOUCH_EVERY = timedelta(seconds=60)  # last_seen is written at most this often


def _iso(dt: datetime) -> str:
    return dt.isoformat(timespec="microseconds").replace("+00:00", "Z")


def _parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Session:
    token_hash: str
    user: User
    csrf: str
    needs_touch: bool = False

    def csrf_ok(self, supplied: str | None) -> bool:
        return bool(supplied) and hmac.compare_digest(self.csrf, str(supplied))


@dataclass(frozen=True)
class SessionPolicy:
    idle: timedelta = IDLE_TIMEOUT
    max_age: timedelta = MAX_AGE


def create_session(store: Store, user_id: int, policy: SessionPolicy) -> tuple[str, str]:
    """A new session for `user_id`: returns (cookie token, csrf token)."""
    token = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(32)
    now = datetime.now(UTC)
    with store.transaction() as conn:
        # Expired sessions are swept on login, so the table does not grow without bound.
        conn.execute(delete(web_sessions).where(web_sessions.c.expires_at < _iso(now)))
        conn.execute(
            insert(web_sessions).values(
                token_hash=token_hash(token),
                user_id=user_id,
                csrf=csrf,
                created_at=_iso(now),
                last_seen=_iso(now),
                expires_at=_iso(now + policy.max_age),
            )
        )
    return token, csrf


MAX_TOKEN = 200  # longer cookie values are not tokens of ours


def load_session(store: Store, token: str | None, policy: SessionPolicy) -> Session | str | None:
    """The live session for a cookie token; None when unknown; the token hash (to be ended
    with `end_session`) when idle too long or expired. Reads only: writes never block here."""
    if not token or len(token) > MAX_TOKEN:
        return None
    with store.read() as conn:
        return read_session(conn, token, policy)


# Built once: the session lookup runs on every request, and building the statement anew each
# time (and its cache key) cost several times more than running it.
_SESSION = (
    select(web_sessions, users.c.username, users.c.role, users.c.failed_logins,
           users.c.locked_until, users.c.created_at.label("user_created_at"))
    .join(users, users.c.id == web_sessions.c.user_id)
    .where(web_sessions.c.token_hash == bindparam("th"))
)
# The same with the record's version (the last audit entry), for the web's caches: one
# statement per request for both.
_SESSION_AND_VERSION = _SESSION.add_columns(
    select(func.max(audit_log.c.seq)).scalar_subquery().label("data_version"))


def read_session(conn: Connection, token: str, policy: SessionPolicy) -> Session | str | None:
    """As `load_session`, on an open connection."""
    return read_session_and_version(conn, token, policy, version=False)[0]


def read_session_and_version(
    conn: Connection, token: str, policy: SessionPolicy, *, version: bool = True
) -> tuple[Session | str | None, int | None]:
    """The session (as `load_session` gives it) and, when it exists and `version`, the
    record's version (gawahi.web.queries.data_version), read by one statement."""
    if not token or len(token) > MAX_TOKEN:
        return None, None
    th = token_hash(token)
    row = (
        conn.execute(_SESSION_AND_VERSION if version else _SESSION, {"th": th})
        .mappings()
        .first()
    )
    if row is None:
        return None, None
    seq = int(row["data_version"] or 0) if version else None
    now = datetime.now(UTC)
    last_seen = _parse(row["last_seen"])
    if _parse(row["expires_at"]) <= now or last_seen + policy.idle <= now:
        return th, seq
    user = User(
        id=row["user_id"],
        username=row["username"],
        role=row["role"],
        failed_logins=row["failed_logins"],
        locked_until=row["locked_until"],
        created_at=row["user_created_at"],
    )
    return Session(th, user, row["csrf"], needs_touch=now - last_seen >= TOUCH_EVERY), seq


def touch_session(store: Store, th: str) -> None:
    """Record activity (at most every TOUCH_EVERY) for the idle timeout."""
    with store.transaction() as conn:
        conn.execute(
            update(web_sessions).where(web_sessions.c.token_hash == th)
            .values(last_seen=_iso(datetime.now(UTC)))
        )


def end_session(store: Store, th: str) -> None:
    with store.transaction() as conn:
        conn.execute(delete(web_sessions).where(web_sessions.c.token_hash == th))


def end_user_sessions(conn: Connection, user_id: int) -> None:
    conn.execute(delete(web_sessions).where(web_sessions.c.user_id == user_id))
