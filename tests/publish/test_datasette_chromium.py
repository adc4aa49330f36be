"""The bundle opens in Datasette (served over loopback, a table fetched as JSON) and the report
renders in headless Chromium (PDF printed, screenshot saved to /tmp/gawahi-shots/)."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from gawahi.publish.browser import find_chromium, html_to_pdf, screenshot
from gawahi.publish.bundle import publish
from gawahi.publish.policy import load_policy
from gawahi.publish.report import render_html
from gawahi.publish.view import build_view
from gawahi.store.db import Store
from tests.publish import canary_db

SHOTS = Path("/tmp/gawahi-shots")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> object:
    with urllib.request.urlopen(url, timeout=5) as r:  # noqa: S310 - loopback only
        return json.loads(r.read())


@pytest.mark.sqlite_only
def test_bundle_opens_in_datasette(store: Store, tmp_path: Path) -> None:
    import datasette  # noqa: F401  (declared test dependency)
    planted = canary_db.build(store)
    out = tmp_path / "bundle"
    with store.read() as conn:
        res = publish(conn, load_policy("public"), out, extra_names=planted.extra_names)
    port = _free_port()
    exe = shutil.which("datasette")
    cmd = [exe] if exe else [sys.executable, "-m", "datasette"]
    proc = subprocess.Popen(
        [*cmd, "serve", str(out / "gawahi.db"), "-m", str(out / "metadata.json"), "-h", "127.0.0.1",
         "-p", str(port), "--setting", "sql_time_limit_ms", "2000"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                _get(base + "/-/versions.json")
                break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail(f"datasette exited: {proc.stderr.read().decode()[-500:] if proc.stderr else ''}")
                time.sleep(0.2)
        rows = _get(base + "/gawahi/incidents.json?_shape=array")
        assert isinstance(rows, list) and len(rows) == res.counts["incidents"]
        assert {"id", "deaths_low", "deaths_high", "perpetrators"} <= set(rows[0])
        claims = _get(base + "/gawahi/claims.json?_shape=array&protected_source=1")
        assert isinstance(claims, list) and claims and all(c["source"] == "protected source" for c in claims)
        meta = _get(base + "/-/metadata.json")
        assert isinstance(meta, dict) and meta["title"].startswith("Gawahi") and meta["license"]
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.sqlite_only
def test_report_renders_in_chromium(store: Store, tmp_path: Path) -> None:
    if find_chromium() is None:
        pytest.skip("no Chromium installed")
    planted = canary_db.build(store)
    with store.read() as conn:
        html = render_html(build_view(conn, load_policy("public"), extra_names=planted.extra_names))
    page = tmp_path / "report.html"
    page.write_text(html, encoding="utf-8")
    pdf = html_to_pdf(page, tmp_path / "report.pdf")
    assert pdf.read_bytes()[:5] == b"%PDF-"
    png = screenshot(page, SHOTS / "report.png", 1200, 2600)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20_000
    assert canary_db.scan([page, pdf, png], planted.needles) == []
