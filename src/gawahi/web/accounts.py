"""Accounts: users with argon2-hashed passwords and a role; login with lockout.

Used by the web app and by `gawahi user`. There is no default account and no default password:
a user exists only after someone runs `gawahi user add` (or an admin adds one in the app).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, insert, select, update

from gawahi.model.records import User
from gawahi.model.vocab import Sensitivity, UserRole
from gawahi.store.audit import now_iso
from gawahi.store.db import Store
from gawahi.store.schema import login_attempts, users

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD = 10
USERNAME_RE = re.compile(r"^[A-Za-z0-9_.@-]{2,100}$")

_hasher = PasswordHasher()  # argon2id, argon2-cffi's RFC 9106 defaults
_dummy: list[str] = []


def use_hasher(hasher: PasswordHasher) -> None:
    """Swap the hasher (tests use cheap parameters; existing hashes still verify)."""
    global _hasher
    _hasher = hasher
    _dummy.clear()


def _dummy_hash() -> str:
    # Verified against when the username is unknown, so timing does not reveal which exist.
    if not _dummy:
        _dummy.append(_hasher.hash("not a real password, only for constant-time failures"))
    return _dummy[0]

# What each role may see (the audience given to gawahi.publish.public_record).
AUDIENCE = {
    UserRole.VIEWER: Sensitivity.PUBLIC,
    UserRole.REVIEWER: Sensitivity.RESTRICTED,
    UserRole.EDITOR: Sensitivity.RESTRICTED,
    UserRole.ADMIN: Sensitivity.CONFIDENTIAL,
}
# What each role may do. Reviewing covers accept/edit/reject, merge, split and incident status.
PERMISSIONS: dict[str, frozenset[UserRole]] = {
    "read": frozenset(UserRole),
    "review": frozenset({UserRole.REVIEWER, UserRole.EDITOR, UserRole.ADMIN}),
    "import": frozenset({UserRole.EDITOR, UserRole.ADMIN}),
    "admin": frozenset({UserRole.ADMIN}),
}


class AccountError(ValueError):
    """A refused account operation, worded for the person who asked."""


def can(role: UserRole | None, permission: str) -> bool:
    return role is not None and role in PERMISSIONS[permission]


def check_password_policy(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"password must be at least {MIN_PASSWORD} characters")
    if password.strip() != password or not password.strip():
        raise AccountError("password must not start or end with spaces")


def _user(row: object) -> User:
    return User.model_validate(row)


def get_user(conn: Connection, username: str) -> User | None:
    row = conn.execute(select(users).where(users.c.username == username)).mappings().first()
    return _user(row) if row else None


def get_user_by_id(conn: Connection, user_id: int) -> User | None:
    row = conn.execute(select(users).where(users.c.id == user_id)).mappings().first()
    return _user(row) if row else None


def list_users(conn: Connection) -> list[User]:
    return [_user(r) for r in conn.execute(select(users).order_by(users.c.username)).mappings()]


def ensure_schema(store: Store) -> None:
    """The web tables on a database migrated before they existed (see web.app)."""
    from gawahi.web.app import ensure_web_schema

    ensure_web_schema(store)


def add_user(store: Store, username: str, role: UserRole, password: str) -> User:
    if not USERNAME_RE.match(username):
        raise AccountError("username: 2-100 letters, digits or . _ @ -")
    check_password_policy(password)
    with store.transaction() as conn:
        if get_user(conn, username) is not None:
            raise AccountError(f"user {username!r} already exists")
        conn.execute(
            insert(users).values(
                username=username,
                password_hash=_hasher.hash(password),
                role=role.value,
                failed_logins=0,
                created_at=now_iso(),
            )
        )
        user = get_user(conn, username)
    assert user is not None
    return user


def set_role(store: Store, username: str, role: UserRole) -> None:
    with store.transaction() as conn:
        if get_user(conn, username) is None:
            raise AccountError(f"no user {username!r}")
        conn.execute(update(users).where(users.c.username == username).values(role=role.value))


def set_password(store: Store, username: str, password: str) -> None:
    """New password; also clears a lockout and ends the user's sessions."""
    check_password_policy(password)
    from gawahi.web.sessions import end_user_sessions

    with store.transaction() as conn:
        user = get_user(conn, username)
        if user is None:
            raise AccountError(f"no user {username!r}")
        conn.execute(
            update(users)
            .where(users.c.username == username)
            .values(password_hash=_hasher.hash(password), failed_logins=0, locked_until=None)
        )
        end_user_sessions(conn, user.id)


@dataclass(frozen=True)
class LoginResult:
    user: User | None
    message: str  # shown to the person; never says whether the username exists

    @property
    def ok(self) -> bool:
        return self.user is not None


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(dt: datetime) -> str:
    return dt.isoformat(timespec="microseconds").replace("+00:00", "Z")


def _parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def authenticate(
    store: Store, username: str, password: str, *, remote: str | None = None
) -> LoginResult:
    """Check a password; after MAX_FAILURES failures in a row the account is locked for
    LOCKOUT, during which even the right password is refused."""
    with store.transaction() as conn:
        result = _authenticate(conn, username, password)
        conn.execute(
            insert(login_attempts).values(
                username=username[:100], at=now_iso(), ok=int(result.ok), remote=remote
            )
        )
    return result


LOCKED = "Too many failed attempts: this account is locked for a while."


def _authenticate(conn: Connection, username: str, password: str) -> LoginResult:
    failed = LoginResult(None, "Wrong username or password.")
    row = conn.execute(select(users).where(users.c.username == username)).mappings().first()
    if row is None:
        try:
            _hasher.verify(_dummy_hash(), password + "x")
        except VerificationError:
            pass
        return failed
    now = _now()
    if row["locked_until"] and _parse(row["locked_until"]) > now:
        return LoginResult(None, LOCKED)
    try:
        _hasher.verify(row["password_hash"], password)
    except (VerificationError, InvalidHashError):
        n = int(row["failed_logins"] or 0) + 1
        values: dict[str, object] = {"failed_logins": n}
        if n >= MAX_FAILURES:
            values = {"failed_logins": 0, "locked_until": _iso(now + LOCKOUT)}
        conn.execute(update(users).where(users.c.id == row["id"]).values(**values))
        return LoginResult(None, LOCKED) if n >= MAX_FAILURES else failed
    values = {"failed_logins": 0, "locked_until": None}
    if _hasher.check_needs_rehash(row["password_hash"]):
        values["password_hash"] = _hasher.hash(password)
    conn.execute(update(users).where(users.c.id == row["id"]).values(**values))
    return LoginResult(get_user_by_id(conn, int(row["id"])), "Welcome.")
