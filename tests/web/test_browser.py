"""The real app in headless Chromium (Playwright driving Debian's chromium): log in, import a
report, review a suggestion, merge two incidents, and see the change on the dashboard.
Screenshots of the dashboard and an incident page go to /tmp/gawahi-shots/."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import update

from gawahi.demo import build_demo
from gawahi.model.vocab import UserRole
from gawahi.store.db import Store
from gawahi.store.schema import import_jobs
from gawahi.web import accounts
from gawahi.web.importer import Upload, create_job
from tests.web.conftest import free_port, wait_healthy

CHROMIUM = os.environ.get("GAWAHI_CHROMIUM", "/usr/bin/chromium")
SHOTS = Path(os.environ.get("GAWAHI_SHOTS", "/tmp/gawahi-shots"))
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
PASSWORD = "browser test password"

pytestmark = pytest.mark.slow


def _need_browser() -> None:
    missing = []
    try:
        import playwright  # noqa: F401
    except ImportError:
        missing.append("the playwright package (pip install playwright)")
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        missing.append(f"chromium at {CHROMIUM} (apt-get install chromium)")
    if missing:
        reason = "browser test needs " + " and ".join(missing)
        if os.environ.get("CI"):
            pytest.fail(reason + " — required in CI")
        pytest.skip(reason)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str, Path]]:
    """(base URL, database URL, vault folder) of a served demo database."""
    _need_browser()
    folder = tmp_path_factory.mktemp("browser") / "demo"
    demo = build_demo(folder)
    accounts.add_user(demo.store, "alice", UserRole.ADMIN, PASSWORD)
    demo.store.close()
    port = free_port()
    code = ("from gawahi.web.app import run; "
            f"run(db_url={demo.db_url!r}, vault_dir={str(demo.vault_dir)!r}, port={port})")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(base)
        yield base, demo.db_url, demo.vault_dir
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_login_import_review_merge_dashboard(served: tuple[str, str, Path],
                                             tmp_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    server, db_url, vault_dir = served
    SHOTS.mkdir(parents=True, exist_ok=True)
    report = tmp_path / "hangu-report.txt"
    report.write_text(
        "HANGU: Gunmen on motorcycles shot dead 7 Shia shopkeepers and wounded 4 in a market in "
        "Hangu on 3 March 2014, police said. Tehrik-i-Taliban Pakistan claimed responsibility.",
        encoding="utf-8",
    )
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        outside: list[str] = []
        page.on("request", lambda r: outside.append(r.url)
                if not r.url.startswith((server, "data:")) else None)
        page.on("dialog", lambda d: d.accept())

        # Log in (the dashboard redirects to the login page first).
        page.goto(server + "/")
        expect(page).to_have_url(f"{server}/login?next=%2F")
        page.fill("input[name=username]", "alice")
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        expect(page.locator("h1")).to_have_text("Dashboard")
        before = int(page.locator(".stat b").first.inner_text())

        # Import a report: the upload is stored and the import goes on in the background; its
        # page follows it (polling /api/import/jobs/N) until it has finished.
        page.click("nav >> text=Import")
        page.set_input_files("input[type=file]", str(report))
        page.click("form.import button[type=submit]")
        expect(page).to_have_url(re.compile(re.escape(server) + r"/import/jobs/\d+$"))
        job_id = int(page.url.rsplit("/", 1)[1])
        expect(page.locator("table.items")).to_contain_text("hangu-report.txt")
        expect(page.locator("progress")).to_be_visible()
        expect(page.locator(".results")).to_contain_text("Every item was imported",
                                                         timeout=60_000)
        expect(page.locator("[data-job=status]")).to_have_text("done")
        expect(page.locator("[data-job=count]")).to_have_text("1 of 1")
        assert page.locator("progress").get_attribute("value") == "1"
        expect(page.locator("table.items tr#item-0")).to_contain_text("1 claim(s)")
        job = page.request.get(f"{server}/api/import/jobs/{job_id}").json()
        assert job["status"] == "done" and job["items"][0]["claims"] == 1
        # Reloading shows the same, from the database; the import is listed on the form.
        page.reload()
        expect(page.locator("table.items tr#item-0")).to_contain_text("1 claim(s)")
        page.goto(server + "/import")
        expect(page.locator("table.jobs")).to_contain_text(f"#{job_id}")

        # The progress page follows a job as its row changes, without a reload: a job queued
        # here (the server's runner does not know it) advanced by hand.
        store = Store(db_url)
        slow = create_job(store, vault_dir, [Upload("slow-report.txt", report.read_bytes())],
                          [], actor="alice", do_link=False)

        def advance(**values: object) -> None:
            with store.transaction() as conn:
                conn.execute(update(import_jobs).where(import_jobs.c.id == slow).values(**values))

        page.goto(f"{server}/import/jobs/{slow}")
        expect(page.locator("[data-job=count]")).to_have_text("0 of 1")
        item = {"name": "slow-report.txt", "kind": "file", "state": "working", "message": "",
                "results": [], "claims": 0}
        advance(status="running", current="slow-report.txt", entries=[item])
        expect(page.locator("[data-job=current]")).to_have_text("slow-report.txt")
        expect(page.locator("#item-0 [data-item=state]")).to_have_text("working")
        expect(page.locator("[data-job=status]")).to_have_text("running")
        item.update(state="error", message="no text after removing page debris")
        advance(status="done", current=None, done=1, entries=[item], finished_at="2026-01-01")
        expect(page.locator(".results")).to_contain_text("1 item failed.")
        expect(page.locator("#item-0")).to_have_class("error")
        assert "data-job-poll" not in page.content()

        # Cancel an import from its page (a queued one: the server's runner does not know it;
        # the confirmation dialog is accepted): items not imported are marked so.
        queued = create_job(store, vault_dir, [Upload("later-report.txt", report.read_bytes())],
                            [], actor="alice", do_link=False)
        page.goto(f"{server}/import/jobs/{queued}")
        page.click("form.cancel-job button")
        expect(page).to_have_url(f"{server}/import/jobs/{queued}")
        expect(page.locator("[data-job=status]")).to_have_text("cancelled")
        expect(page.locator("#item-0 [data-item=state]")).to_have_text("cancelled")
        expect(page.locator(".results")).to_contain_text("The import was cancelled.")
        expect(page.locator("form.cancel-job")).to_have_count(0)
        store.close()

        # Review a suggestion: accept the first one in the queue, with a reason.
        page.click("nav >> text=Review")
        first = page.locator("article.claim").first
        claim_id = first.get_attribute("id")
        first.locator("input[name=reason]").fill("figures match the passage")
        first.locator("button[value=accept]").click()
        expect(page.locator("p.ok")).to_contain_text("Decision recorded")
        expect(page.locator(f"#{claim_id}")).to_have_count(0)

        # Merge two incidents from the review page.
        # Two incidents the linker kept apart that look like one attack: same day, same type.
        items = page.request.get(server + "/api/incidents?per_page=200").json()["items"]
        pairs = [(a["id"], b["id"]) for a in items for b in items
                 if a["id"] < b["id"] and a["date_edtf"] == b["date_edtf"]
                 and a["event_type"] == b["event_type"]]
        keep, absorb = pairs[0] if pairs else (items[-1]["id"], items[-2]["id"])
        page.click("text=Merge two incidents")
        page.fill("input[name=keep]", str(keep))
        page.fill("input[name=absorb]", str(absorb))
        page.locator("details input[name=reason]").fill("same attack reported twice")
        page.click("details button:has-text('Merge')")
        expect(page).to_have_url(f"{server}/incidents/{keep}?done=merge")
        expect(page.locator("table.history")).to_contain_text("same attack reported twice")
        page.screenshot(path=str(SHOTS / "incident.png"), full_page=True)

        # The dashboard shows the change: +1 imported incident, -1 merged away.
        page.click("nav >> text=Dashboard")
        expect(page.locator(".stat b").first).to_have_text(str(before))
        page.wait_for_selector("#map path.leaflet-interactive")
        assert page.locator("#map path.leaflet-interactive").count() >= 5
        page.screenshot(path=str(SHOTS / "dashboard.png"), full_page=True)

        # A disputed incident, for the record: claims side by side with highlights.
        disputed = next(i for i in page.request.get(server + "/api/incidents?per_page=200")
                        .json()["items"] if i["disagreements"])
        page.goto(f"{server}/incidents/{disputed['id']}")
        expect(page.locator("tr.disputed").first).to_be_visible()
        page.screenshot(path=str(SHOTS / "incident-disputed.png"), full_page=True)
        link = page.locator("table.compare td.differs a").first
        link.click()
        expect(page.locator(".source-text mark").first).to_be_visible()
        page.screenshot(path=str(SHOTS / "source.png"), full_page=False)
        browser.close()
    assert outside == [], f"requests left the machine: {outside}"
