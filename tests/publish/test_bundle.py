"""The public bundle and the report: contents, manifest and signature, protected sources,
the no-bypass rule, the CLI, and what logs and errors may say."""

from __future__ import annotations

import ast
import csv
import hashlib
import io
import json
import logging
import re
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from gawahi.cli.main import app
from gawahi.publish import redact as redaction
from gawahi.publish.bundle import PublishError, publish
from gawahi.publish.export import ACLED_COLUMNS, export
from gawahi.publish.policy import load_policy
from gawahi.publish.report import render_html
from gawahi.publish.view import build_view
from gawahi.store.db import Store
from gawahi.vault.checkpoint import generate_key, open_note, save_signer_key
from tests.publish import canary_db

PUBLISH_SRC = Path(redaction.__file__).parent


@pytest.fixture
def planted(store: Store) -> canary_db.Planted:
    return canary_db.build(store)


def test_bundle_contents_manifest_and_signature(store: Store, planted: canary_db.Planted, tmp_path: Path) -> None:
    key = generate_key("gawahi.test/publish")
    key_file = tmp_path / "signer.key"
    save_signer_key(key, key_file)
    out = tmp_path / "b"
    with store.read() as conn:
        res = publish(conn, load_policy("public"), out, sign_key=key_file)
    names = {p.name for p in out.iterdir()}
    assert {"incidents.csv", "incidents.json", "incidents.geojson", "claims.csv", "claims.json", "sources.csv",
            "victims.csv", "victims.json", "redactions.csv", "redactions.json", "gawahi.db", "metadata.json", "manifest.json",
            "MANIFEST.sha256", "MANIFEST.sha256.sig", "README.txt"} <= names  # fmt: skip
    # sha256sum format; every file but the manifest and its signature is listed and matches.
    text = (out / "MANIFEST.sha256").read_text()
    listed = {}
    for line in text.splitlines():
        h, name = line.split("  ", 1)
        listed[name] = h
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == h
    assert set(listed) == names - {"MANIFEST.sha256", "MANIFEST.sha256.sig"}
    assert open_note((out / "MANIFEST.sha256.sig").read_text(), key.vkey) == text
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["signature"]["verifier_key"] == key.vkey and res.signed
    assert manifest["policy"]["name"] == "public" and len(manifest["policy"]["sha256"]) == 64
    assert "PRIVATE" not in "".join(p.read_text(errors="ignore") for p in out.iterdir())
    # ACLED columns first in the incident CSV; attributions carry their basis.
    rows = list(csv.DictReader(io.StringIO((out / "incidents.csv").read_text())))
    assert list(rows[0])[: len(ACLED_COLUMNS)] == ACLED_COLUMNS
    assert all("(alleged)" in r["actor1"] or "(claimed)" in r["actor1"] or r["actor1"] == "Unidentified Armed Group" for r in rows)
    # Protected sources are cited, but only as "protected source".
    srcs = list(csv.DictReader(io.StringIO((out / "sources.csv").read_text())))
    prot = [s for s in srcs if s["protected"] == "True"]
    assert len(prot) == 2 and all(s["label"] == "protected source" and not s["title"] and not s["url"] for s in prot)
    named = [s for s in srcs if s["protected"] == "False"]
    assert all(s["outlet"] and s["url"].startswith("https://") and s["published"] for s in named)
    # The SQLite file has the tables Datasette will show.
    db = sqlite3.connect(out / "gawahi.db")
    tables = {r[0] for r in db.execute("select name from sqlite_master where type='table'")}
    assert {"incidents", "claims", "sources", "victims", "attributions", "redactions", "publication"} <= tables
    assert db.execute("select count(*) from incidents").fetchone()[0] == res.counts["incidents"]
    db.close()
    meta = json.loads((out / "metadata.json").read_text())
    assert meta["title"] and meta["license"] and meta["source"] and "incidents" in meta["databases"]["gawahi"]["tables"]


@pytest.mark.sqlite_only
def test_unsigned_says_so_and_refuses_nonempty_folder(store: Store, planted: canary_db.Planted, tmp_path: Path) -> None:
    with store.read() as conn:
        res = publish(conn, load_policy("public"), tmp_path / "b")
        assert not res.signed
        manifest = json.loads((tmp_path / "b" / "manifest.json").read_text())
        assert manifest["signature"]["signed"] is False and "sign-key" in manifest["signature"]["why"]
        with pytest.raises(PublishError, match="not empty"):
            publish(conn, load_policy("public"), tmp_path / "b")


@pytest.mark.sqlite_only
def test_no_export_path_bypasses_redact(store: Store, planted: canary_db.Planted, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Sabotage the one redaction step: every path must fail, proving each goes through it."""

    def broken(*_a: object, **_k: object) -> None:
        raise RuntimeError("redact was called")

    monkeypatch.setattr(redaction, "redact", broken)
    policy = load_policy("public")
    with store.read() as conn:
        for fmt in ("csv", "json", "geojson"):
            with pytest.raises(RuntimeError, match="redact was called"):
                export(conn, fmt)
        with pytest.raises(RuntimeError, match="redact was called"):
            publish(conn, policy, tmp_path / "x")
        with pytest.raises(RuntimeError, match="redact was called"):
            render_html(build_view(conn, policy))
    assert not (tmp_path / "x").exists()  # nothing half-written


def test_only_view_reads_the_store_and_only_redact_dumps_records() -> None:
    """Structure that keeps the rule: publish modules other than view.py never read the
    database, and nothing but redact.py serialises a record (model_dump)."""
    for path in PUBLISH_SRC.glob("*.py"):
        tree = ast.parse(path.read_text())
        imports = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
        if path.name not in ("view.py",):
            assert not any(m.startswith("gawahi.store") for m in imports), path.name
        dumps = [n for n in ast.walk(tree) if isinstance(n, ast.Attribute) and n.attr in ("model_dump", "model_dump_json")]
        if path.name != "redact.py":
            assert not dumps, path.name


def test_report_is_self_contained(store: Store, planted: canary_db.Planted) -> None:
    with store.read() as conn:
        html = render_html(build_view(conn, load_policy("public")))
    assert re.findall(r"\b(?:href|src|action|srcset|xlink:href|xmlns)\s*=", html, re.I) == []
    assert not re.search(r"<(?:script|link|img|iframe|object|embed|a)\b", html, re.I)
    assert "@import" not in html and set(re.findall(r"url\(([^)]*)\)", html)) <= {"#hatch"}
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    for needle in ("<svg", "Timeline", "Map", "By province", "By targeted group", "By alleged perpetrator",
                   "Method", "gawahi estimate", "protected source", "Sources"):  # fmt: skip
        assert needle in html
    assert re.search(r"\d+–\d+", html)  # headline ranges


@pytest.mark.sqlite_only
def test_cli_publish_report_logs_and_errors(store: Store, planted: canary_db.Planted, tmp_path: Path,
                                            caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    runner = CliRunner()
    secret = "S3cr3t-pseudonym-key-" + "x" * 20
    (tmp_path / "psn.key").write_text(secret)
    (tmp_path / "names.txt").write_text("# extra\n" + canary_db.EXPLICIT[0] + "\n")
    base = ["--db", store.url]
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv("GAWAHI_VERBOSE", "1")
    r1 = runner.invoke(app, [*base, "publish", str(tmp_path / "b"), "--pseudonym-key", str(tmp_path / "psn.key"),
                             "--protect-names", str(tmp_path / "names.txt")])  # fmt: skip
    assert r1.exit_code == 0, r1.output
    assert "NOT signed" in r1.output and "incidents" in r1.output
    r2 = runner.invoke(app, [*base, "report", "-o", str(tmp_path / "r.html"), "--protect-names", str(tmp_path / "names.txt"),
                             "--redactions", str(tmp_path / "masked.csv")])  # fmt: skip
    assert r2.exit_code == 0, r2.output
    masked = (tmp_path / "masked.csv").read_text()
    assert masked.startswith("type,record,record_id,field,start,length") and "protected_name" in masked
    monkeypatch.setattr("gawahi.publish.browser.find_chromium", lambda: None)
    r3 = runner.invoke(app, [*base, "report", "-o", str(tmp_path / "r2.html"), "--pdf", str(tmp_path / "r.pdf")])
    assert r3.exit_code == 0 and "PDF skipped" in r3.output and not (tmp_path / "r.pdf").exists()
    r4 = runner.invoke(app, [*base, "publish", str(tmp_path / "c"), "--policy", "nosuch"])
    assert r4.exit_code == 2 and "no bundled policy" in r4.output

    def boom(*_a: object, **_k: object) -> None:
        raise RuntimeError(f"leaky message {canary_db.PHONE_MOBILE[0]} {canary_db.PROTECTED[0]}")

    monkeypatch.setattr("gawahi.publish.view.build_view", boom)
    r5 = runner.invoke(app, [*base, "report", "-o", str(tmp_path / "r3.html")])
    assert r5.exit_code == 3 and "internal error (RuntimeError)" in r5.output

    logged = "\n".join(f"{r.name} {r.getMessage()} {r.exc_text or ''}" for r in caplog.records)
    assert "public view under policy public" in logged  # the logs were captured at all
    everything = "\n".join([r1.output, r2.output, r3.output, r4.output, r5.output, logged])
    assert "Traceback" not in everything and secret not in everything
    for what, needle in planted.needles.items():
        assert needle.lower() not in everything.lower(), what
    bundle_bytes = b"".join(p.read_bytes() for p in (tmp_path / "b").iterdir())
    assert secret.encode() not in bundle_bytes
    assert canary_db.scan([*sorted((tmp_path / "b").iterdir()), tmp_path / "r.html", tmp_path / "masked.csv"], planted.needles) == []


@pytest.mark.sqlite_only
def test_signed_bundle_with_log_proofs_passes_gawahi_verify(store: Store, planted: canary_db.Planted, tmp_path: Path) -> None:
    """Interoperates with the vault: `gawahi verify BUNDLE` checks files, signature and the
    audit-log inclusion proof of every published record; log/ leaks nothing either."""
    from gawahi.vault.bundle import verify_bundle

    key = generate_key("gawahi.test/publisher")
    save_signer_key(key, tmp_path / "k")
    out = tmp_path / "b"
    (tmp_path / "names.txt").write_text(canary_db.EXPLICIT[0] + "\n")
    r = CliRunner().invoke(app, ["--db", store.url, "--vault", str(tmp_path / "vault"), "publish", str(out),
                                 "--sign-key", str(tmp_path / "k"), "--log-proofs", "--protect-names", str(tmp_path / "names.txt")])  # fmt: skip
    assert r.exit_code == 0, r.output
    assert "manifest signed" in r.output and "gawahi verify" in r.output
    proofs = json.loads((out / "log" / "proofs.json").read_text())["proofs"]
    assert {p["table"] for p in proofs} == {"incidents", "claims", "sources"}
    assert verify_bundle(out, key.vkey) == []
    v = CliRunner().invoke(app, ["verify", str(out), "--vkey", key.vkey])
    assert v.exit_code == 0, v.output
    (out / "claims.csv").write_text("tampered\n")
    assert any("modified" in str(f) for f in verify_bundle(out, key.vkey))
    assert canary_db.scan(sorted(p for p in out.rglob("*") if p.is_file()), planted.needles) == []
