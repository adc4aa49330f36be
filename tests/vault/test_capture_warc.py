"""Web capture: request and response kept as WARC records, packaged as WACZ, metadata per the
Berkeley Protocol. Every fetch goes to a real HTTP server on 127.0.0.1 (no other network)."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import threading
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.samples import html_page, report
from typer.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator

from gawahi.cli.main import app
from gawahi.ingest.service import ingest
from gawahi.store.db import Store
from gawahi.store.schema import custody_events, evidence, sources
from gawahi.vault.capture import (
    WaczPage,
    build_wacz,
    cdxj_lines,
    fetch,
    split_wacz_warcs,
    surt,
    validate_wacz,
)
from gawahi.vault.cas import LocalVault
from gawahi.vault.custody import package_wacz
from gawahi.vault.verify import verify_store

PAGE = html_page(report(77), title="Captured report")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 (http.server API)
        if self.path == "/page":
            self._send(200, PAGE, [("Content-Type", "text/html; charset=utf-8"), ("X-Test", "kept")])
        elif self.path == "/old":
            self._send(301, b"", [("Location", "/page")])
        elif self.path == "/gz":
            body = gzip.compress(html_page(report(78), title="Compressed"), mtime=0)
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            half = len(body) // 2
            for part in (body[:half], body[half:]):
                self.wfile.write(b"%x\r\n" % len(part) + part + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")
        else:
            self._send(404, b"not here", [("Content-Type", "text/plain")])

    def _send(self, status: int, body: bytes, headers: list[tuple[str, str]]) -> None:
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def _records(warc: bytes) -> list[tuple[str, str | None, object, bytes]]:
    out = []
    for rec in ArchiveIterator(io.BytesIO(warc)):
        out.append((rec.rec_type, rec.rec_headers.get_header("WARC-Target-URI"), rec, rec.content_stream().read()))
    return out


def test_fetch_keeps_request_and_response_as_warc(base: str) -> None:
    cap = fetch(f"{base}/page", collector="alice")
    assert cap.status == 200 and cap.content == PAGE
    assert cap.warc[:2] == b"\x1f\x8b"  # gzip
    recs = _records(cap.warc)
    types = [r[0] for r in recs]
    assert types == ["warcinfo", "response", "request", "metadata"]
    resp, req = recs[1][2], recs[2][2]
    assert recs[1][3] == PAGE  # body byte for byte
    assert resp.http_headers.get_statuscode() == "200"  # type: ignore[attr-defined]
    assert resp.http_headers.get_header("X-Test") == "kept"  # type: ignore[attr-defined]
    assert req.http_headers.protocol == "GET"  # type: ignore[attr-defined]
    assert "Gawahi/" in req.http_headers.get_header("User-Agent")  # type: ignore[attr-defined]
    assert req.rec_headers.get_header("WARC-Concurrent-To") == resp.rec_headers.get_header("WARC-Record-ID")  # type: ignore[attr-defined]
    assert resp.rec_headers.get_header("WARC-Payload-Digest").startswith("sha1:")  # type: ignore[attr-defined]
    assert resp.rec_headers.get_header("WARC-IP-Address") == "127.0.0.1"  # type: ignore[attr-defined]
    info = recs[0][3].decode()
    assert "software: gawahi" in info and "warcio" in info and "operator: alice" in info
    # Berkeley Protocol capture metadata, also inside the WARC as a metadata record.
    meta = cap.metadata
    assert meta["url"] == f"{base}/page" and meta["http_status"] == 200 and meta["collector"] == "alice"
    assert meta["collected_at"].endswith("Z") and meta["collected_at"][:4].isdigit()
    assert meta["tool"]["name"] == "gawahi" and meta["software"]["warcio"]
    assert meta["warc"]["sha256"] == hashlib.sha256(cap.warc).hexdigest()
    inner = json.loads(recs[3][3])
    assert inner["url"] == meta["url"] and inner["collector"] == "alice"


def test_redirect_hops_and_encodings_are_kept(base: str) -> None:
    cap = fetch(f"{base}/old", collector="bob")
    assert cap.final_url == f"{base}/page" and cap.metadata["redirects"] == [f"{base}/old"]
    assert [r[0] for r in _records(cap.warc)] == ["warcinfo", "response", "request", "response", "request", "metadata"]
    gz = fetch(f"{base}/gz", collector="bob")
    assert b"Report number 78" in gz.content
    recs = _records(gz.warc)
    resp = recs[1][2]
    # Encoded bytes as transmitted; chunk framing removed and said so.
    assert resp.http_headers.get_header("Content-Encoding") == "gzip"  # type: ignore[attr-defined]
    assert resp.http_headers.get_header("Transfer-Encoding") is None  # type: ignore[attr-defined]
    assert resp.http_headers.get_header("X-Gawahi-Orig-Transfer-Encoding") == "chunked"  # type: ignore[attr-defined]
    assert b"Report number 78" in recs[1][3]  # warcio decodes it for replay
    t = " | ".join(gz.metadata["transformations"])
    assert "transfer-encoding" in t and "gzip decoded" in t


def test_http_error_is_captured_not_raised(base: str) -> None:
    cap = fetch(f"{base}/missing", collector="alice")
    assert cap.status == 404 and _records(cap.warc)[1][2].http_headers.get_statuscode() == "404"  # type: ignore[attr-defined]


def test_wacz_structure_hashes_and_index(base: str) -> None:
    caps = [fetch(f"{base}/page", collector="a"), fetch(f"{base}/old", collector="a"), fetch(f"{base}/gz", collector="a")]
    data = build_wacz([c.warc for c in caps], [WaczPage(c.final_url, c.collected_at, "t") for c in caps], title="T")
    assert validate_wacz(data) == []
    z = zipfile.ZipFile(io.BytesIO(data))
    assert set(z.namelist()) == {
        "archive/data.warc.gz", "indexes/index.cdx", "pages/pages.jsonl", "datapackage.json", "datapackage-digest.json",
    }
    assert all(i.compress_type == zipfile.ZIP_STORED for i in z.infolist())
    dp = json.loads(z.read("datapackage.json"))
    assert dp["wacz_version"] == "1.1.1" and dp["profile"] == "data-package" and "gawahi" in dp["software"]
    for r in dp["resources"]:
        b = z.read(r["path"])
        assert r["hash"] == "sha256:" + hashlib.sha256(b).hexdigest() and r["bytes"] == len(b)
    digest = json.loads(z.read("datapackage-digest.json"))
    assert digest["hash"] == "sha256:" + hashlib.sha256(z.read("datapackage.json")).hexdigest()
    lines = z.read("indexes/index.cdx").decode().splitlines()
    assert lines == sorted(lines) and len(lines) == 4  # page, old (301), page again, gz
    warc = z.read("archive/data.warc.gz")
    for line in lines:
        key, ts, js = line.split(" ", 2)
        entry = json.loads(js)
        assert key == surt(entry["url"]) and len(ts) == 14 and entry["filename"] == "data.warc.gz"
        off, ln = int(entry["offset"]), int(entry["length"])
        rec = next(iter(ArchiveIterator(io.BytesIO(warc[off : off + ln]))))
        assert rec.rec_type == "response" and rec.rec_headers.get_header("WARC-Target-URI") == entry["url"]
        assert rec.http_headers.get_statuscode() == entry["status"]
    pages = [json.loads(x) for x in z.read("pages/pages.jsonl").decode().splitlines()]
    assert pages[0]["format"] == "json-pages-1.0" and [p["url"] for p in pages[1:]] == [c.final_url for c in caps]
    # Each WARC stored in the vault is recoverable byte for byte from the package.
    assert split_wacz_warcs(data) == [c.warc for c in caps]
    assert cdxj_lines(caps[0].warc, "x.warc.gz")[0].startswith("1,0,0,127:")


def test_tampered_wacz_is_reported(base: str) -> None:
    cap = fetch(f"{base}/page", collector="a")
    data = build_wacz([cap.warc], [WaczPage(cap.final_url, cap.collected_at)])
    z = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as w:
        for i in z.infolist():
            b = z.read(i.filename)
            if i.filename == "archive/data.warc.gz":
                b = b[:-20] + bytes(20)
            w.writestr(i, b)
    problems = validate_wacz(out.getvalue())
    assert any("archive/data.warc.gz: SHA-256" in p for p in problems), problems
    assert validate_wacz(b"not a zip")[0].startswith("not a zip")


def test_surt() -> None:
    assert surt("https://www.Example.com:443/a/B?z=1&a=2") == "com,example)/a/b?a=2&z=1"
    assert surt("http://dawn.com:8080/") == "com,dawn:8080)/"


def test_ingesting_a_url_keeps_its_warc_as_evidence(store: Store, vault: LocalVault, base: str) -> None:
    rep = ingest(store, vault, [f"{base}/page", f"{base}/missing"], actor="alice")
    ok, bad = rep.items
    assert ok.ok and ok.evidence_id is not None and not bad.ok and "404" in bad.message
    with store.read() as conn:
        src = conn.execute(select(sources).where(sources.c.id == ok.source_id)).mappings().one()
        ev = conn.execute(select(evidence).where(evidence.c.id == ok.evidence_id)).mappings().one()
        events = conn.execute(select(custody_events).where(custody_events.c.evidence_id == ev["id"])).mappings().all()
    cap_extra = src["extra"]["capture"]
    assert cap_extra["warc_sha256"] == ev["sha256"] and cap_extra["http_status"] == 200
    assert "collector" not in json.dumps(src["extra"])  # the collector stays in restricted fields
    assert any(t.startswith("html → text by trafilatura") for t in cap_extra["transformations"])
    assert ev["kind"] == "web_capture" and ev["media_type"] == "application/warc" and ev["source_id"] == src["id"]
    assert ev["capture"]["collector"] == "alice" and ev["capture"]["http_status"] == 200
    assert vault.verify_object(ev["sha256"])
    recs = _records(vault.get(ev["sha256"]))
    assert recs[1][3] == PAGE and vault.get(src["raw_hash"]) == PAGE
    assert [e["action"] for e in events] == ["collected"] and events[0]["actor"] == "alice"
    # The same page again: same source, a second capture with its own evidence.
    again = ingest(store, vault, [f"{base}/page"], actor="bob").items[0]
    assert again.ok and again.source_id == ok.source_id and again.evidence_id not in (None, ok.evidence_id)
    wid, digest, data = package_wacz(store, vault, [ok.evidence_id, again.evidence_id], actor="alice", title="c")
    assert validate_wacz(data) == [] and vault.get(digest) == data
    rep2 = verify_store(store, vault)
    assert rep2.ok, rep2.failures


@pytest.mark.sqlite_only
def test_capture_command_end_to_end(db_url: str, tmp_path: Path, base: str) -> None:
    runner = CliRunner()
    opts = ["--db", db_url, "--vault", str(tmp_path / "v"), "--user", "carol"]
    out = tmp_path / "c.wacz"
    r = runner.invoke(app, [*opts, "capture", f"{base}/page", f"{base}/gz", "--collection", "Quetta 2013",
                            "--wacz", str(out), "--no-extract"])  # fmt: skip
    assert r.exit_code == 0, r.output
    assert r.output.count("ok    ") == 2 and "WACZ evidence 3" in r.output
    data = out.read_bytes()
    assert validate_wacz(data) == []
    assert json.loads(zipfile.ZipFile(io.BytesIO(data)).read("datapackage.json"))["title"] == "Quetta 2013"
    show = runner.invoke(app, [*opts, "evidence", "show", "1", "--json"])
    doc = json.loads(show.output)
    assert [e["action"] for e in doc["custody"]] == ["collected", "copied"]
    w = json.loads(runner.invoke(app, [*opts, "evidence", "show", "3", "--json"]).output)
    assert [e["action"] for e in w["custody"]] == ["copied", "exported"] and w["evidence"]["kind"] == "wacz"
    # A page fetched by plain `gawahi ingest URL` packaged later with `evidence wacz`.
    r = runner.invoke(app, [*opts, "ingest", "--no-extract", f"{base}/old"])
    assert r.exit_code == 0 and "web capture evidence 4" in r.output, r.output
    r = runner.invoke(app, [*opts, "evidence", "wacz", "1", "4", "-o", str(tmp_path / "later.wacz")])
    assert r.exit_code == 0, r.output
    assert validate_wacz((tmp_path / "later.wacz").read_bytes()) == []
    r = runner.invoke(app, [*opts, "evidence", "wacz", "3", "-o", str(tmp_path / "x.wacz")])
    assert r.exit_code == 2 and "not a web capture" in r.output
    v = runner.invoke(app, [*opts, "verify"])
    assert v.exit_code == 0, v.output


def test_py_wacz_validator_accepts_it(base: str, tmp_path: Path) -> None:
    """The reference implementation's validator (py-wacz), when installed, agrees."""
    validate = pytest.importorskip("wacz.validate")
    cap = fetch(f"{base}/page", collector="a")
    path = tmp_path / "x.wacz"
    path.write_bytes(build_wacz([cap.warc], [WaczPage(cap.final_url, cap.collected_at)]))
    v = validate.Validation(str(path))
    assert v.version == "1.1.1" and v.check_required_contents() == 0
    # As `wacz validate` does: a check fails when it returns False.
    for check in (v.frictionless_validate, v.check_file_paths, v.check_file_hashes,
                  v.check_data_package_hash_and_sig):  # fmt: skip
        assert check() is not False, check.__name__
