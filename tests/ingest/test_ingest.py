"""Ingest: every input kind, every bad-input case, dedupe and near-duplicates, on both stores."""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from gawahi.ingest.service import ingest
from gawahi.store.db import Store
from gawahi.store.sources import count_sources, get_source, list_sources, search_sources
from gawahi.vault.cas import LocalVault
from tests.samples import html_page, pdf_with_text, report


def _run(store: Store, vault: LocalVault, targets: list[str]):  # type: ignore[no-untyped-def]
    return ingest(store, vault, targets, actor="tester")


def test_txt_stored_raw_first_and_deduplicated(store: Store, vault: LocalVault, tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(report(1) + "\n\nPlease enter your comment!\nPlease enter your name here\n")
    r1 = _run(store, vault, [str(p)])
    assert not r1.failed and r1.created == 1
    sid = r1.items[0].source_id
    assert sid is not None
    with store.read() as conn:
        src = get_source(conn, sid)
    assert src is not None
    raw = p.read_bytes()
    assert src.content_hash == hashlib.sha256(raw).hexdigest()
    assert vault.get(src.raw_hash) == raw  # the exact bytes are preserved
    assert "Please enter your comment" not in src.text
    assert "Unidentified gunmen" in src.text
    r2 = _run(store, vault, [str(p)])
    assert r2.created == 0 and r2.items[0].source_id == sid
    with store.read() as conn:
        assert count_sources(conn) == 1


def test_html_boilerplate_removed_metadata_kept(store: Store, vault: LocalVault, tmp_path: Path) -> None:
    body = report(2) + "\n\n" + report(3)
    p = tmp_path / "page.html"
    p.write_bytes(html_page(body, title="Gunmen attack gathering"))
    r = _run(store, vault, [str(p)])
    assert not r.failed, r.items
    with store.read() as conn:
        src = get_source(conn, r.items[0].source_id or 0)
    assert src is not None
    assert "Please enter your comment" not in src.text
    assert "Leave a Reply" not in src.text and "Share this" not in src.text
    assert "Report number 2" in src.text and "Report number 3" in src.text
    assert src.title == "Gunmen attack gathering"
    assert src.published == "2013-02-17"


def test_pdf_text_layer(store: Store, vault: LocalVault, tmp_path: Path) -> None:
    p = tmp_path / "report.pdf"
    p.write_bytes(pdf_with_text(["Annual report on sectarian attacks.", "Nine people were killed in Hangu."]))
    r = _run(store, vault, [str(p)])
    assert not r.failed, [i.message for i in r.items]
    with store.read() as conn:
        src = get_source(conn, r.items[0].source_id or 0)
    assert src is not None and "Nine people were killed in Hangu" in src.text


def test_jsonl_sources_with_bad_lines(store: Store, vault: LocalVault, tmp_path: Path) -> None:
    p = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "r1", "text": report(4), "published": "2012-04-03", "outlet": "Test Times"}),
        "{not json",
        json.dumps({"id": "r2", "title": "no text field"}),
        json.dumps({"id": "r3", "text": report(5), "language": "en"}),
    ]
    p.write_text("\n".join(lines) + "\n")
    r = _run(store, vault, [str(p)])
    assert len(r.failed) == 2
    msgs = [i.message for i in r.failed]
    assert any("line 2" in m and "JSON" in m for m in msgs)
    assert any("line 3" in m and "text" in m for m in msgs)
    with store.read() as conn:
        rows = list_sources(conn)
    assert [s.external_id for s in rows] == ["r1", "r3"]
    assert rows[0].published == "2012-04-03" and rows[0].outlet == "Test Times"
    assert rows[0].raw_locator == "line 1"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("junk.txt", bytes(range(256)) * 40, "binary"),
        ("empty.txt", b"   \n", "empty"),
        ("broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage", "PDF"),
        ("mystery.txt", b"\xff\xfe\xfa\xfb" * 3 + b"\x81\x8d\x8f\x90\x9d" * 2, "encoding"),
    ],
)
def test_bad_input_one_clear_line_batch_continues(
    store: Store, vault: LocalVault, tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text(report(6))
    r = _run(store, vault, [str(bad), str(good), str(tmp_path / "missing.txt")])
    assert len(r.failed) == 2
    first = r.failed[0]
    assert first.origin.endswith(name) and reason.lower() in first.message.lower(), first.message
    assert "\n" not in first.message
    assert "no such file" in r.failed[1].message
    assert r.created == 1


def test_folder_recursive(store: Store, vault: LocalVault, tmp_path: Path) -> None:
    (tmp_path / "in" / "deep").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text(report(7))
    (tmp_path / "in" / "deep" / "b.txt").write_text(report(8))
    (tmp_path / "in" / "deep" / "ignore.bin").write_bytes(b"\x00\x01")
    r = _run(store, vault, [str(tmp_path / "in")])
    assert r.created == 2 and not r.failed


def test_near_duplicate_linked_not_counted_twice(store: Store, vault: LocalVault, tmp_path: Path) -> None:
    original = report(9) + " " + report(10)
    (tmp_path / "orig.txt").write_text(original)
    (tmp_path / "copy.txt").write_text("SYNDICATED\n\n" + original + "\n(Wire copy)")
    (tmp_path / "other.txt").write_text(report(11) + " " + report(12))
    r = _run(store, vault, [str(tmp_path / n) for n in ("orig.txt", "copy.txt", "other.txt")])
    ids = [i.source_id for i in r.items]
    assert r.items[1].duplicate_of == ids[0]
    assert r.items[2].duplicate_of is None
    with store.read() as conn:
        assert count_sources(conn) == 3
        assert count_sources(conn, originals_only=True) == 2


def test_full_text_search(store: Store, vault: LocalVault, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Attack on a procession in Dera Ismail Khan during Ashura.")
    (tmp_path / "b.txt").write_text("Church in Peshawar bombed after Sunday service.")
    _run(store, vault, [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    with store.read() as conn:
        hits = search_sources(conn, store.dialect, "Ashura procession")
        none = search_sources(conn, store.dialect, 'Ashura" OR "church')  # operators are literal
    assert [s.title for s in hits] == ["Attack on a procession in Dera Ismail Khan during Ashura."]
    assert none == []


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server API)
        if self.path == "/article":
            body = html_page(report(13), title="Fetched report")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_error(404)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def http_base() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_url_fetch_and_404(store: Store, vault: LocalVault, http_base: str) -> None:
    r = _run(store, vault, [f"{http_base}/article", f"{http_base}/gone"])
    assert r.items[0].ok, r.items[0].message
    assert not r.items[1].ok and "404" in r.items[1].message
    with store.read() as conn:
        src = get_source(conn, r.items[0].source_id or 0)
    assert src is not None and src.url == f"{http_base}/article" and src.title == "Fetched report"
    assert "Report number 13" in src.text
