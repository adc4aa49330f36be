"""Imports as background jobs: the upload is in the vault before the job exists, progress and
per-item results come from the job's row (so they survive a reload and a restart), only the
user who started an import (and admins) can follow and cancel it, a cancelled job stops
between items and keeps what it imported, and a job a stopped process left behind is resumed
when the app starts."""

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
from gawahi.web.importer import ImportJobs, JobRunner, Upload, cancel_job, create_job
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


def _job(seeded: Seeded, *names: str) -> int:
    """A queued job of editor1 (not submitted: no runner takes it) with these text files."""
    uploads = [Upload(n, REPORT.replace(b"4 May", f"{k + 4} May".encode()))
               for k, n in enumerate(names)]
    return create_job(seeded.store, seeded.vault_dir, uploads, [], actor="editor1",
                      do_link=True)


def test_only_the_starter_and_admins_cancel_an_import(seeded: Seeded) -> None:
    # Every role and anonymous; editor2 is an editor who did not start the job.
    editor2 = accounts.add_user(seeded.store, "editor2", UserRole.EDITOR, PASSWORD)
    for role in (None, "viewer", "reviewer", "editor", "admin", "editor2"):
        for api in (True, False):
            job = _job(seeded, "a.txt")
            if role == "editor2":
                c = TestClient(seeded.app)
                token, csrf = create_session(seeded.store, editor2.id, seeded.app.state.web.policy)
                c.cookies.set("gawahi_session", token)
            else:
                c = seeded.client(role)
                csrf = c.headers.get("X-Test-CSRF", "")
            if api:
                r = c.post(f"/api/import/jobs/{job}/cancel", headers={"X-CSRF-Token": csrf})
            else:
                r = c.post(f"/import/jobs/{job}/cancel", data={"csrf": csrf},
                           follow_redirects=False)
            want = {None: 401 if api else 303, "viewer": 403, "reviewer": 403,
                    "editor": 200 if api else 303, "admin": 200 if api else 303,
                    "editor2": 404}[role]
            assert r.status_code == want, (role, api, r.status_code, r.text[:200])
            with seeded.store.read() as conn:
                status = conn.execute(select(import_jobs.c.status)
                                      .where(import_jobs.c.id == job)).scalar_one()
            assert status == ("cancelled" if role in ("editor", "admin") else "queued"), role
            if role is None and not api:
                assert r.headers["location"].startswith("/login")
    # Without the CSRF token: refused, the job untouched.
    job = _job(seeded, "b.txt")
    editor = seeded.client("editor")
    assert editor.post(f"/api/import/jobs/{job}/cancel").status_code == 403
    assert editor.post(f"/import/jobs/{job}/cancel", data={"csrf": "wrong"}).status_code == 403
    # A finished job: nothing to cancel.
    r = editor.post(f"/api/import/jobs/{seeded.import_job}/cancel",
                    headers={"X-CSRF-Token": editor.headers["X-Test-CSRF"]})
    assert r.status_code == 409
    assert editor.get(f"/api/import/jobs/{job}").json()["status"] == "queued"


def test_a_queued_import_cancelled_is_never_run(seeded: Seeded) -> None:
    job = _job(seeded, "a.txt", "b.txt")
    c = seeded.client("editor")
    r = c.post(f"/api/import/jobs/{job}/cancel", headers={"X-CSRF-Token": c.headers["X-Test-CSRF"]})
    got = r.json()
    assert got["status"] == "cancelled" and got["finished"] and not got["cancellable"]
    assert [i["state"] for i in got["items"]] == ["cancelled", "cancelled"]
    assert got["cancelled_items"] == 2 and "cancelled: 2 item(s) not imported" in got["errors"][0]
    JobRunner(seeded.store, seeded.vault_dir, job).run()  # a runner that gets to it later
    assert c.get(f"/api/import/jobs/{job}").json() == got
    html = c.get(f"/import/jobs/{job}").text
    assert "The import was cancelled." in html and "2 items were not imported." in html
    assert "Cancel import" not in html and "data-job-poll" not in html


class _CancelAfterFirst(JobRunner):
    """A runner whose job is cancelled (as by a user, in the database) while it imports its
    first item."""

    def _one(self, n: int, item: dict[str, object], *args: object) -> None:
        super()._one(n, item, *args)  # type: ignore[arg-type]
        if n == 0:
            assert cancel_job(self.store, self.job_id) == "cancelling"


def test_a_running_import_stops_between_items_and_keeps_what_it_imported(seeded: Seeded
                                                                         ) -> None:
    job = _job(seeded, "first.txt", "second.txt", "third.txt")
    with seeded.store.read() as conn:
        before = len(conn.execute(select(sources.c.id)).all())
    runner = _CancelAfterFirst(seeded.store, seeded.vault_dir, job)
    runner.run()
    c = seeded.client("admin")
    got = c.get(f"/api/import/jobs/{job}").json()
    assert got["status"] == "cancelled" and got["finished"]
    assert [i["state"] for i in got["items"]] == ["ok", "cancelled", "cancelled"]
    assert got["done"] == 1 and got["items"][0]["claims"] >= 1
    assert got["items"][1]["message"].startswith("not imported: the import was cancelled")
    assert got["linked"] == 0 and got["new_incidents"] == 0  # linking skipped ...
    assert "not linked yet" in got["errors"][-1]  # ... and said so
    with seeded.store.read() as conn:  # the first file's source is kept, the others not read
        assert len(conn.execute(select(sources.c.id)).all()) == before + 1


def test_a_cancel_left_by_a_stopped_process_is_finished_at_start(seeded: Seeded) -> None:
    job = _job(seeded, "x.txt", "y.txt")
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    with seeded.store.transaction() as conn:
        items = conn.execute(select(import_jobs.c.entries).where(import_jobs.c.id == job)
                             ).scalar_one()
        items[0].update(state="ok", message="imported before the stop")
        items[1].update(state="working")
        conn.execute(update(import_jobs).where(import_jobs.c.id == job).values(
            status="cancelling", entries=items, done=1,
            owner=f"{socket.gethostname()}:{dead.pid}"))
    assert ImportJobs(seeded.store, seeded.vault_dir).resume() == []  # not run again
    got = seeded.client("editor").get(f"/api/import/jobs/{job}").json()
    assert got["status"] == "cancelled" and got["done"] == 1
    assert [i["state"] for i in got["items"]] == ["ok", "cancelled"]
    assert got["items"][1]["message"].startswith("cut short")
