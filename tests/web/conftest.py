"""Fixtures of the web tests: a database built by the real pipeline from the demo corpus, with
sensitive canary values planted in every sensitive place, and one user per role."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

import httpx
import pytest
from argon2 import PasswordHasher
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import insert, select, update

from gawahi.extract.base import get_extractor
from gawahi.ingest.service import ingest
from gawahi.link.service import link
from gawahi.model.claims import ExtractedClaim
from gawahi.model.vocab import UserRole
from gawahi.store.audit import now_iso
from gawahi.store.claims import claim_columns
from gawahi.store.db import Store
from gawahi.store.schema import claims, evidence, incidents, person_incidents, persons, sources
from gawahi.vault.cas import LocalVault
from gawahi.web import accounts
from gawahi.web.app import create_app
from gawahi.web.importer import create_job
from gawahi.web.sessions import create_session

PASSWORD = "a long test password"
ROLES = [r.value for r in UserRole]

# Canaries: restricted (R) ones may be seen by reviewer, editor, admin; confidential (C) ones
# by admin only; viewers and anonymous visitors see none.
RESTRICTED_CANARIES = ["CANARYAUTHORR", "CANARYORIGINR", "CANARYNOTESR", "CANARYPERSONR",
                       "CANARYFILER"]
CONFIDENTIAL_CANARIES = ["CANARYCONTACTC", "CANARYCONFTEXTC"]


@pytest.fixture(autouse=True, scope="session")
def _fast_hashes() -> None:
    # Real argon2id, cheap parameters: the tests log in many times.
    accounts.use_hasher(PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


@dataclass
class Seeded:
    store: Store
    app: FastAPI
    vault_dir: Path
    canary_incident: int
    canary_source: int
    confidential_source: int
    canary_claim: int
    other_incident: int
    users: dict[str, int] = field(default_factory=dict)
    import_job: int = 0  # a finished import started by editor1

    def client(self, role: str | None = None) -> TestClient:
        c = TestClient(self.app)
        if role is not None:
            token, csrf = create_session(self.store, self.users[role], self.app.state.web.policy)
            c.cookies.set("gawahi_session", token)
            c.headers["X-Test-CSRF"] = csrf  # kept aside; sent only when a test asks
        return c


def wait_for_job(c: TestClient, job_id: int, timeout: float = 120.0) -> dict[str, Any]:
    """Poll an import job's JSON until it has finished (it runs in a background thread)."""
    deadline = time.monotonic() + timeout
    while True:
        r = c.get(f"/api/import/jobs/{job_id}")
        assert r.status_code == 200, r.text
        job: dict[str, Any] = r.json()
        if job["finished"]:
            return job
        assert time.monotonic() < deadline, f"import job {job_id} did not finish: {job}"
        time.sleep(0.05)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_healthy(base: str, timeout: float = 15.0) -> None:
    """Wait until a server started in a subprocess answers /healthz."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise AssertionError(f"the server at {base} did not start within {timeout:.0f} s")


def build_demo_into(store: Store, vault_dir: Path) -> None:
    corpus = files("gawahi.data") / "demo"
    with as_file(corpus / "reports.jsonl") as reports:
        ingest(store, LocalVault(vault_dir), [str(reports)], actor="demo",
               extractor=get_extractor("rules-en"))
    link(store, actor="demo")


def plant_canaries(store: Store) -> tuple[int, int, int, int, int]:
    with store.transaction() as conn:
        inc_id, claim_id, src_id = conn.execute(
            select(claims.c.incident_id, claims.c.id, claims.c.source_id)
            .where(claims.c.incident_id.is_not(None)).order_by(claims.c.id)
        ).first()
        conn.execute(update(sources).where(sources.c.id == src_id)
                     .values(author="CANARYAUTHORR", origin="/home/CANARYORIGINR/x.jsonl"))
        conn.execute(update(incidents).where(incidents.c.id == inc_id)
                     .values(notes="CANARYNOTESR working note"))
        conf = conn.execute(insert(sources).values(
            content_hash="c" * 64, raw_hash="c" * 64, kind="testimony", text_hash="d" * 64,
            title="Testimony", text="Witness statement CANARYCONFTEXTC zebrafinch in Quetta.",
            collected_at=now_iso(), sensitivity="confidential", reliability="F",
        )).inserted_primary_key[0]
        # A claim read from the confidential testimony, linked to the canary incident.
        cols = claim_columns(ExtractedClaim(
            source="testimony", text_span=(0, 44), event_type="armed_attack",
            killed={"min": 3, "max": 3, "span": [18, 33]}, extractor="test"))
        conn.execute(insert(claims).values(
            **cols, source_id=conf, idx=0, incident_id=inc_id, credibility=6,
            review_status="suggested", created_at=now_iso()))
        pid = conn.execute(insert(persons).values(
            name="CANARYPERSONR", contact="CANARYCONTACTC +92 300", sex="m",
            sensitivity="restricted", created_at=now_iso(),
        )).inserted_primary_key[0]
        conn.execute(insert(person_incidents).values(person_id=pid, incident_id=inc_id,
                                                     role="witness"))
        conn.execute(insert(evidence).values(
            sha256="e" * 64, media_type="image/jpeg", filename="CANARYFILER.jpg", size=10,
            source_id=src_id, capture={"gps": "CANARYFILER"}, sensitivity="restricted",
            created_at=now_iso(),
        ))
        other = conn.execute(select(incidents.c.id).where(incidents.c.id != inc_id)
                             .order_by(incidents.c.id)).scalars().first()
    return int(inc_id), int(src_id), int(conf), int(claim_id), int(other)


@pytest.fixture
def seeded(store: Store, tmp_path: Path) -> Iterator[Seeded]:
    vault_dir = tmp_path / "vault"
    build_demo_into(store, vault_dir)
    app = create_app(store.url, vault_dir, store=store)
    inc, src, conf, claim, other = plant_canaries(store)
    s = Seeded(store, app, vault_dir, inc, src, conf, claim, other)
    for role in ROLES:
        s.users[role] = accounts.add_user(store, f"{role}1", UserRole(role), PASSWORD).id
    # Refused at once (nothing to fetch), so it is finished without a background run.
    s.import_job = create_job(store, vault_dir, [], ["ftp://example.org/report.txt"],
                              actor="editor1", do_link=False)
    yield s
