"""Every route of the app x every role (and anonymous): nothing above a role's clearance
leaks, and every write is refused to those not allowed. Routes are enumerated from the app
itself, so a new route fails this test until it is classified below."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from fastapi.routing import APIRoute
from starlette.routing import Mount, Route

from tests.web.conftest import CONFIDENTIAL_CANARIES, RESTRICTED_CANARIES, ROLES, Seeded

# (method, path) -> permission needed: "public", "read", "review", "import", "admin".
PERMISSION = {
    ("GET", "/login"): "public",
    ("POST", "/login"): "public",
    ("POST", "/logout"): "read",
    ("GET", "/lang"): "public",
    ("GET", "/healthz"): "public",
    ("GET", "/"): "read",
    ("GET", "/incidents"): "read",
    ("GET", "/incidents/{incident_id}"): "read",
    ("POST", "/incidents/{incident_id}/status"): "review",
    ("GET", "/sources"): "read",
    ("GET", "/sources/{source_id}"): "read",
    ("GET", "/review"): "read",
    ("GET", "/claims/{claim_id}"): "read",
    ("POST", "/review/claims/{claim_id}"): "review",
    ("POST", "/review/merge"): "review",
    ("POST", "/review/split/{claim_id}"): "review",
    ("GET", "/actors"): "read",
    ("GET", "/actors/{name}"): "read",
    ("GET", "/people"): "read",
    ("GET", "/people/{person_id}"): "read",
    ("GET", "/import"): "import",
    ("POST", "/import"): "import",
    ("GET", "/import/jobs/{job_id}"): "import",
    ("POST", "/import/jobs/{job_id}/cancel"): "import",
    ("GET", "/admin/users"): "admin",
    ("POST", "/admin/users"): "admin",
    ("POST", "/admin/users/{username}/role"): "admin",
    ("POST", "/admin/users/{username}/password"): "admin",
    ("POST", "/api/session"): "public",
    ("DELETE", "/api/session"): "read",
    ("GET", "/api/me"): "read",
    ("GET", "/api/dashboard"): "read",
    ("GET", "/api/incidents"): "read",
    ("GET", "/api/incidents/{incident_id}"): "read",
    ("POST", "/api/incidents/{incident_id}/status"): "review",
    ("POST", "/api/incidents/merge"): "review",
    ("GET", "/api/sources"): "read",
    ("GET", "/api/sources/{source_id}"): "read",
    ("GET", "/api/claims"): "read",
    ("GET", "/api/claims/{claim_id}"): "read",
    ("POST", "/api/claims/{claim_id}/review"): "review",
    ("POST", "/api/claims/{claim_id}/split"): "review",
    ("GET", "/api/actors"): "read",
    ("GET", "/api/actors/{name}"): "read",
    ("POST", "/api/import"): "import",
    ("GET", "/api/import/jobs"): "import",
    ("GET", "/api/import/jobs/{job_id}"): "import",
    ("POST", "/api/import/jobs/{job_id}/cancel"): "import",
    ("GET", "/api/users"): "admin",
    ("POST", "/api/users"): "admin",
    ("GET", "/openapi.json"): "public",
}
ALLOWED = {
    "public": {None, *ROLES},
    "read": set(ROLES),
    "review": {"reviewer", "editor", "admin"},
    "import": {"editor", "admin"},
    "admin": {"admin"},
}
# Static mounts serve package files only (no data): checked separately.
MOUNTS = {"/static/gawahi", "/static/leaflet"}


def _walk(routes_: list[Any], prefix: str = "") -> list[tuple[str, str]]:
    out = []
    for r in routes_:
        if hasattr(r, "original_router"):  # FastAPI >= 0.16x wraps included routers
            ctx_prefix = getattr(getattr(r, "include_context", None), "prefix", "") or ""
            out += _walk(r.original_router.routes, prefix + ctx_prefix)
        elif isinstance(r, Mount):
            assert r.path in MOUNTS, f"unexpected mount {r.path}"
        elif isinstance(r, APIRoute | Route):
            for m in sorted(r.methods or []):
                if m != "HEAD":
                    out.append((m, prefix + r.path))
        else:
            raise AssertionError(f"unknown route kind {r!r}")
    return out


def routes(s: Seeded) -> list[tuple[str, str]]:
    return _walk(list(s.app.routes))


def concrete(s: Seeded, path: str) -> list[str]:
    """Every interesting concrete URL for a route template."""
    subs = {
        "incident_id": [s.canary_incident, s.other_incident, 999999],
        "source_id": [s.canary_source, s.confidential_source, 999999],
        "claim_id": [s.canary_claim, 999999],
        "name": ["Lashkar-e-Jhangvi", "Nobody"],
        "person_id": [1, 999999],  # 1: the canary person, the only one in the seeded store
        "username": ["viewer1"],
        "job_id": [s.import_job, 999999],  # editor1's import: 404 to other editors
    }
    urls = [path]
    for key, values in subs.items():
        if "{" + key + "}" in path:
            urls = [u.replace("{" + key + "}", quote(str(v), safe="")) for u in urls
                    for v in values]
    assert "{" not in "".join(urls), urls
    return urls


def test_every_route_is_classified(seeded: Seeded) -> None:
    found = set(routes(seeded))
    missing = found - set(PERMISSION)
    assert not missing, f"classify these routes in PERMISSION: {sorted(missing)}"
    stale = set(PERMISSION) - found
    assert not stale, f"routes listed but gone: {sorted(stale)}"


def _visible_canaries(role: str | None) -> set[str]:
    if role in ("reviewer", "editor"):
        return set(RESTRICTED_CANARIES)
    if role == "admin":
        return set(RESTRICTED_CANARIES) | set(CONFIDENTIAL_CANARIES)
    return set()


EXTRA_GETS = [
    "/incidents?q=zebrafinch", "/sources?q=zebrafinch", "/sources?q=Quetta",
    "/api/sources?q=zebrafinch", "/api/claims?status=suggested", "/api/incidents?q=Mastung",
    "/incidents?lang=ur", "/api/claims",
]


def test_reads_never_leak_above_clearance(seeded: Seeded) -> None:
    all_canaries = set(RESTRICTED_CANARIES) | set(CONFIDENTIAL_CANARIES)
    seen_by: dict[str | None, set[str]] = {}
    for role in [None, *ROLES]:
        client = seeded.client(role)
        allowed_canaries = _visible_canaries(role)
        seen: set[str] = set()
        urls = [u for m, p in routes(seeded) if m == "GET" for u in concrete(seeded, p)]
        for url in urls + EXTRA_GETS:
            r = client.get(url, follow_redirects=False)
            assert r.status_code < 500, (role, url, r.status_code)
            body = r.text
            leaked = {c for c in all_canaries - allowed_canaries if c in body}
            assert not leaked, f"{role} saw {leaked} at {url}"
            seen |= {c for c in all_canaries if c in body}
            perm = PERMISSION.get(("GET", re.sub(r"\?.*", "", _template(url))), "read")
            if role not in ALLOWED[perm]:
                assert r.status_code in (401, 403, 303), (role, url, r.status_code)
                if r.status_code == 303:
                    assert r.headers["location"].startswith("/login"), (role, url)
        seen_by[role] = seen
    # The test is live: cleared roles do see the canaries somewhere.
    assert seen_by["reviewer"] == set(RESTRICTED_CANARIES)
    assert seen_by["admin"] == all_canaries
    assert seen_by["viewer"] == set()


def _template(url: str) -> str:
    path = url.split("?")[0]
    for _m, p in PERMISSION:
        pattern = "^" + re.sub(r"\{[^}]+\}", "[^/]+", p) + "$"
        if re.match(pattern, path):
            return p
    return path


def test_every_write_refused_to_the_unallowed(seeded: Seeded) -> None:
    writes = [(m, p) for m, p in routes(seeded) if m in ("POST", "DELETE", "PUT", "PATCH")]
    assert len(writes) >= 14
    for role in [None, *ROLES]:
        for method, path in writes:
            perm = PERMISSION[(method, path)]
            if perm == "public":
                continue
            for url in concrete(seeded, path)[:1]:
                client = seeded.client(role)  # fresh session: a write may end it (logout)
                csrf = client.headers.get("X-Test-CSRF", "")
                r = client.request(method, url, headers={"X-CSRF-Token": csrf},
                                   follow_redirects=False)
                assert r.status_code < 500, (role, method, url, r.status_code, r.text[:300])
                if role is None:
                    assert r.status_code in (401, 303), (role, method, url, r.status_code)
                elif role not in ALLOWED[perm]:
                    assert r.status_code == 403, (role, method, url, r.status_code)
                else:
                    # Past the gate; refused only for the empty body it was sent.
                    assert r.status_code not in (401, 403), (role, method, url, r.status_code)


def test_static_mounts_serve_package_files_only(seeded: Seeded) -> None:
    c = seeded.client(None)
    assert c.get("/static/gawahi/app.css").status_code == 200
    assert c.get("/static/leaflet/leaflet.js").status_code == 200
    assert c.get("/static/gawahi/../../web/accounts.py").status_code == 404


def test_search_cannot_reveal_withheld_sources(seeded: Seeded) -> None:
    for role, expect in (("viewer", 0), ("reviewer", 0), ("editor", 0), ("admin", 1)):
        c = seeded.client(role)
        assert c.get("/api/incidents?q=zebrafinch").json()["total"] == expect, role
        assert c.get("/api/sources?q=zebrafinch").json()["total"] == expect, role
        page = c.get(f"/incidents/{seeded.canary_incident}").text
        assert ("Source withheld" in page) == (expect == 0), role
