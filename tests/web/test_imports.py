"""Imports as background jobs: the upload is in the vault before the job exists, progress and
per-item results come from the job's row (so they survive a reload and a restart), only the
user who started an import (and admins) can follow it, and a job a stopped process left
behind is resumed when the app starts."""

from __future__ import annotations

import socket
import subprocess
import sys

from fastapi.testclient import TestClient
from sqlalchemy import select, update

from gawahi.model.vocab import UserRole
from gawahi.store.schema import import_jobs, sources
from gawahi.vault.cas import LocalVault
from gawahi.web import accounts
from gawahi.web.app import create_app
from gawahi.web.importer import Upload, create_job
from gawahi.web.sessions import create_session
from tests.web.conftest import PASSWORD, Seeded, wait_for_job

JSONL = (b'{"text": "KARACHI: Two Ahmadi men were shot dead in Karachi on 2 June 2017, '
         b'police said.", "title": "Karachi killing"}\n'
         b"not json at all\n"
         b'{"text": "LAHORE: A mob attacked a church in Lahore on 9 March 2013, injuring 5, '
         b'officials said.", "title": "Lahore attack"}\n')
REPORT = (b"QUETTA: Gunmen shot dead 6 Hazara coal miners and wounded 2 near Quetta on "
          b"4 May 2016, officials said. Lashkar-e-Jhangvi claimed responsibility.")


def _client_for(seeded: Seeded, app: object, role_user: str) -> TestClient:
    c = TestClient(app)  # type: ignore[arg-type]
    with seeded.store.read() as conn:
        uid = accounts.get_user(conn, role_user).id  # type: ignore[union-attr]
    token, _csrf = create_session(seeded.store, uid, seeded.app.state.web.policy)
    c.cookies.set("gawahi_session", token)
    return c


def test_api_import_runs_in_the_background_with_progress_per_item(seeded: Seeded) -> None:
    c = seeded.client("editor")
    csrf = c.headers["X-Test-CSRF"]
    r = c.post("/api/import", headers={"X-CSRF-Token": csrf},
               data={"urls": "ftp://example.org/x\nhttp://127.0.0.1:9/unreachable"},
               files=[("files", ("quetta-report.txt", REPORT, "text/plain")),
                      ("files", ("wire.jsonl", JSONL, "application/x-ndjson")),
                      ("files", ("scan.pdf", b"%PDF-1.4 not really a pdf", "application/pdf")),
                      ("files", ("empty.txt", b"", "text/plain")),
                      ("files", ("notes.docx", b"PK\x03\x04", "application/octet-stream"))])
    assert r.status_code == 202, r.text
    started = r.json()
    assert r.headers["location"] == f"/api/import/jobs/{started['id']}"
    assert started["total"] == 7 and started["created_by"] == "editor1"
    # Refused at once, with what to do about it; the rest waits for the background thread.
    refused = {i["name"]: i for i in started["items"] if i["state"] == "error"}
    assert "save it as one of" in refused["notes.docx"]["message"]
    assert "empty" in refused["empty.txt"]["message"]
    assert "only http:// and https://" in refused["ftp://example.org/x"]["message"]

    job = wait_for_job(c, started["id"])
    assert job["status"] == "done" and job["done"] == job["total"] == 7
    assert job["current"] is None and job["finished_at"]
    items = {i["name"]: i for i in job["items"]}
    good = items["quetta-report.txt"]
    assert good["state"] == "ok" and good["claims"] >= 1
    assert good["results"][0]["source_id"] and "claim(s)" in good["message"]
    assert "/tmp/" not in good["results"][0]["origin"]
    assert items["scan.pdf"]["state"] == "error" and "PDF" in items["scan.pdf"]["message"]
    url = items["http://127.0.0.1:9/unreachable"]
    assert url["state"] == "error" and "check the address" in url["message"]
    # A file of several records: counted per record, the bad line named.
    wire = items["wire.jsonl"]
    assert wire["records"] == 3 and wire["failed_records"] == 1 and wire["state"] == "error"
    assert "2 of 3 records imported" in wire["message"] and "line 2" in wire["message"]
    assert job["failed_items"] == 6 and job["claims"] == good["claims"] + wire["claims"]
    assert job["linked"] + job["new_incidents"] >= 1
    with seeded.store.read() as conn:
        assert conn.execute(select(sources.c.title).where(
            sources.c.id == good["results"][0]["source_id"])).scalar_one() is not None

    # The job page shows the same, from the database: on a reload, and from a new process.
    html = c.get(f"/import/jobs/{job['id']}").text
    assert "quetta-report.txt" in html and items["scan.pdf"]["message"] in html
    assert "7 of 7" in html and "data-job-poll" not in html
    again = TestClient(create_app(seeded.store.url, seeded.vault_dir, store=seeded.store))
    again.cookies.update(c.cookies)
    assert again.get(f"/api/import/jobs/{job['id']}").json() == job


def test_job_page_follows_a_running_import(seeded: Seeded) -> None:
    # A queued job (not submitted): the page polls the JSON and refreshes without JavaScript.
    job_id = create_job(seeded.store, seeded.vault_dir, [Upload("a.txt", REPORT)], [],
                        actor="editor1", do_link=False)
    c = seeded.client("editor")
    html = c.get(f"/import/jobs/{job_id}").text
    assert f'data-job-poll="/api/import/jobs/{job_id}"' in html
    assert '<noscript><meta http-equiv="refresh" content="2"></noscript>' in html
    assert "0 of 1" in html
    job = c.get(f"/api/import/jobs/{job_id}").json()
    assert job["status"] == "queued" and not job["finished"]
    assert job["items"][0]["state"] == "waiting"


def test_uploads_are_in_the_vault_before_the_job_runs(seeded: Seeded) -> None:
    job_id = create_job(seeded.store, seeded.vault_dir, [Upload("b.txt", REPORT)], [],
                        actor="editor1", do_link=False)
    with seeded.store.read() as conn:
        items = conn.execute(select(import_jobs.c.entries).where(import_jobs.c.id == job_id)
                             ).scalar_one()
    assert LocalVault(seeded.vault_dir).get(items[0]["sha256"]) == REPORT


def test_only_the_starter_and_admins_follow_an_import(seeded: Seeded) -> None:
    accounts.add_user(seeded.store, "editor2", UserRole.EDITOR, PASSWORD)
    job = seeded.import_job  # started by editor1
    urls = [f"/api/import/jobs/{job}", f"/import/jobs/{job}"]
    for url in urls:
        assert seeded.client("editor").get(url).status_code == 200
        assert seeded.client("admin").get(url).status_code == 200
        assert _client_for(seeded, seeded.app, "editor2").get(url).status_code == 404
        for role in ("viewer", "reviewer"):
            assert seeded.client(role).get(url).status_code == 403, (role, url)
    assert seeded.client(None).get(urls[0]).status_code == 401
    r = seeded.client(None).get(urls[1], follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login")
    # Lists: one's own imports; admins see everyone's.
    assert [j["id"] for j in _client_for(seeded, seeded.app, "editor2")
            .get("/api/import/jobs").json()["items"]] == []
    assert job in [j["id"] for j in seeded.client("admin").get("/api/import/jobs").json()["items"]]
    assert job in [j["id"] for j in seeded.client("editor").get("/api/import/jobs").json()["items"]]


def test_starting_an_import_needs_the_csrf_token_and_the_role(seeded: Seeded) -> None:
    files = {"files": ("c.txt", REPORT, "text/plain")}
    editor = seeded.client("editor")
    assert editor.post("/api/import", files=files).status_code == 403
    assert editor.post("/import", files=files, data={"csrf": "wrong"}).status_code == 403
    reviewer = seeded.client("reviewer")
    assert reviewer.post("/api/import", files=files,
                         headers={"X-CSRF-Token": reviewer.headers["X-Test-CSRF"]}
                         ).status_code == 403
    with seeded.store.read() as conn:
        assert conn.execute(select(import_jobs.c.id)).scalars().all() == [seeded.import_job]


def test_jobs_left_behind_are_resumed_when_the_app_starts(seeded: Seeded) -> None:
    queued = create_job(seeded.store, seeded.vault_dir, [Upload("q.txt", REPORT)], [],
                        actor="editor1", do_link=False)
    other = REPORT.replace(b"6 Hazara", b"9 Hazara").replace(b"4 May", b"5 May")
    running = create_job(seeded.store, seeded.vault_dir,
                         [Upload("done-before.txt", b"x"), Upload("r.txt", other)], [],
                         actor="editor1", do_link=False)
    # A process that took the second job and died after finishing its first item.
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    with seeded.store.transaction() as conn:
        items = conn.execute(select(import_jobs.c.entries).where(import_jobs.c.id == running)
                             ).scalar_one()
        items[0].update(state="ok", message="imported before the stop")
        items[1].update(state="working")
        conn.execute(update(import_jobs).where(import_jobs.c.id == running).values(
            status="running", entries=items, done=1,
            owner=f"{socket.gethostname()}:{dead.pid}"))
    app = create_app(seeded.store.url, seeded.vault_dir, store=seeded.store)
    c = _client_for(seeded, app, "editor1")
    first = wait_for_job(c, queued)
    assert first["status"] == "done" and first["items"][0]["state"] == "ok"
    second = wait_for_job(c, running)
    assert second["status"] == "done" and second["done"] == 2
    assert second["items"][0]["message"] == "imported before the stop"  # not run again
    assert second["items"][1]["state"] == "ok" and second["items"][1]["claims"] >= 1
