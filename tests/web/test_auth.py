"""Sign-in, cookies, CSRF, lockout and session expiry."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient
from sqlalchemy import update

from gawahi.store.schema import users, web_sessions
from gawahi.web.accounts import MAX_FAILURES, AccountError, add_user
from gawahi.web.app import create_app
from gawahi.web.sessions import SessionPolicy
from tests.web.conftest import PASSWORD, Seeded


def _login(c: TestClient, user: str, password: str = PASSWORD, nxt: str = "/") -> int:
    r = c.post("/login", data={"username": user, "password": password, "next": nxt},
               follow_redirects=False)
    return r.status_code


def test_login_sets_a_safe_cookie_and_logout_ends_the_session(seeded: Seeded) -> None:
    c = TestClient(seeded.app)
    r = c.post("/login", data={"username": "viewer1", "password": PASSWORD, "next": "/incidents"},
               follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/incidents"
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "secure" not in cookie
    assert c.get("/incidents").status_code == 200
    csrf = c.get("/api/me").json()["csrf"]
    assert c.post("/logout", data={"csrf": csrf}, follow_redirects=False).status_code == 303
    assert c.get("/incidents", follow_redirects=False).status_code == 303
    assert c.get("/api/incidents").status_code == 401


def test_secure_cookie_when_configured(seeded: Seeded) -> None:
    app = create_app(seeded.store.url, seeded.vault_dir, secure_cookies=True, store=seeded.store)
    r = TestClient(app).post("/login", data={"username": "viewer1", "password": PASSWORD},
                             follow_redirects=False)
    assert "secure" in r.headers["set-cookie"].lower()


def test_login_never_redirects_off_site(seeded: Seeded) -> None:
    for bad in ("https://evil.example/", "//evil.example/x", "javascript:alert(1)"):
        c = TestClient(seeded.app)
        r = c.post("/login", data={"username": "viewer1", "password": PASSWORD, "next": bad},
                   follow_redirects=False)
        assert r.headers["location"] == "/", bad


def test_wrong_password_and_unknown_user_read_the_same(seeded: Seeded) -> None:
    c = TestClient(seeded.app)
    a = c.post("/login", data={"username": "viewer1", "password": "wrong password!"})
    b = c.post("/login", data={"username": "nobody", "password": "wrong password!"})
    assert a.status_code == b.status_code == 401
    assert "Wrong username or password." in a.text and "Wrong username or password." in b.text


def test_lockout_after_five_failures_for_fifteen_minutes(seeded: Seeded) -> None:
    c = TestClient(seeded.app)
    for _ in range(MAX_FAILURES):
        assert _login(c, "reviewer1", "not the password") == 401
    # Locked: even the right password is refused.
    r = c.post("/login", data={"username": "reviewer1", "password": PASSWORD})
    assert r.status_code == 401 and "locked" in r.text
    api = c.post("/api/session", json={"username": "reviewer1", "password": PASSWORD})
    assert api.status_code == 401
    with seeded.store.read() as conn:
        locked = conn.execute(users.select().where(users.c.username == "reviewer1")).mappings().one()
    until = datetime.fromisoformat(locked["locked_until"].replace("Z", "+00:00"))
    assert timedelta(minutes=14) < until - datetime.now(UTC) <= timedelta(minutes=15)
    # Fifteen minutes later the account opens again.
    with seeded.store.transaction() as conn:
        past = (datetime.now(UTC) - timedelta(seconds=1)).isoformat()
        conn.execute(update(users).where(users.c.username == "reviewer1").values(locked_until=past))
    assert _login(c, "reviewer1") == 303


def test_csrf_is_required_for_every_form_and_api_write(seeded: Seeded) -> None:
    c = seeded.client("reviewer")
    csrf = c.headers["X-Test-CSRF"]
    url = f"/review/claims/{seeded.canary_claim}"
    assert c.post(url, data={"action": "accept"}).status_code == 403
    assert c.post(url, data={"action": "accept", "csrf": "wrong"}).status_code == 403
    api = f"/api/claims/{seeded.canary_claim}/review"
    assert c.post(api, json={"action": "accept"}).status_code == 403
    assert c.post(api, json={"action": "accept"}, headers={"X-CSRF-Token": "x"}).status_code == 403
    # Another session's token does not work either.
    other = seeded.client("editor").headers["X-Test-CSRF"]
    assert c.post(url, data={"action": "accept", "csrf": other}).status_code == 403
    r = c.post(url, data={"action": "accept", "csrf": csrf, "reason": "ok"}, follow_redirects=False)
    assert r.status_code == 303


def test_idle_and_absolute_session_expiry(seeded: Seeded) -> None:
    app = create_app(seeded.store.url, seeded.vault_dir, store=seeded.store,
                     policy=SessionPolicy(idle=timedelta(minutes=30), max_age=timedelta(hours=1)))
    c = TestClient(app)
    assert _login(c, "viewer1") == 303
    assert c.get("/api/me").status_code == 200
    long_ago = (datetime.now(UTC) - timedelta(minutes=31)).isoformat()
    with seeded.store.transaction() as conn:
        conn.execute(update(web_sessions).values(last_seen=long_ago))
    assert c.get("/api/me").status_code == 401  # idle too long
    assert _login(c, "viewer1") == 303
    with seeded.store.transaction() as conn:
        conn.execute(update(web_sessions).values(expires_at=datetime.now(UTC).isoformat()))
    assert c.get("/api/me").status_code == 401  # past its absolute lifetime


def test_api_session_login_and_role_change_takes_effect(seeded: Seeded) -> None:
    c = TestClient(seeded.app)
    r = c.post("/api/session", json={"username": "viewer1", "password": PASSWORD})
    assert r.status_code == 200 and r.json()["role"] == "viewer"
    csrf = r.json()["csrf"]
    body = {"action": "accept", "reason": "x"}
    url = f"/api/claims/{seeded.canary_claim}/review"
    assert c.post(url, json=body, headers={"X-CSRF-Token": csrf}).status_code == 403
    with seeded.store.transaction() as conn:
        conn.execute(update(users).where(users.c.username == "viewer1").values(role="reviewer"))
    assert c.post(url, json=body, headers={"X-CSRF-Token": csrf}).status_code == 200


def test_no_weak_or_duplicate_accounts(seeded: Seeded) -> None:
    import pytest

    from gawahi.model.vocab import UserRole

    with pytest.raises(AccountError):
        add_user(seeded.store, "short", UserRole.VIEWER, "short")
    with pytest.raises(AccountError):
        add_user(seeded.store, "viewer1", UserRole.VIEWER, PASSWORD)
    with pytest.raises(AccountError):
        add_user(seeded.store, "bad name!", UserRole.VIEWER, PASSWORD)
