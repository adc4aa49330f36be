"""`gawahi verify BUNDLE`: files, manifest signature and audit-log proofs, with no database."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from tests.vault.test_vault_tamper import _populate
from typer.testing import CliRunner

from gawahi.cli.main import app
from gawahi.store.db import Store
from gawahi.vault.bundle import verify_bundle, write_log_evidence
from gawahi.vault.cas import LocalVault
from gawahi.vault.checkpoint import generate_key, sign_note


def _bundle(store: Store, vault: LocalVault, tmp_path: Path) -> tuple[Path, str]:
    out = tmp_path / "bundle"
    out.mkdir()
    (out / "incidents.csv").write_text("id,deaths_low\n1,84\n")
    (out / "data").mkdir()
    (out / "data" / "incidents.json").write_text('{"incidents": [1]}')
    write_log_evidence(store, vault.root, out, {"incidents": [1], "claims": [1, 2, 3]})
    files = sorted(p for p in out.rglob("*") if p.is_file())
    text = "".join(f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.relative_to(out).as_posix()}\n" for p in files)
    (out / "MANIFEST.sha256").write_text(text)
    key = generate_key("publisher.example/gawahi")
    (out / "MANIFEST.sha256.sig").write_text(sign_note(text, key))
    return out, key.vkey


@pytest.fixture
def bundle(store: Store, vault: LocalVault, tmp_path: Path) -> tuple[Path, str]:
    _populate(store, vault, tmp_path)
    return _bundle(store, vault, tmp_path)


def test_bundle_verifies_offline(bundle: tuple[Path, str]) -> None:
    out, vkey = bundle
    assert verify_bundle(out, vkey) == []
    proofs = json.loads((out / "log" / "proofs.json").read_text())["proofs"]
    assert {(p["table"], p["record"]) for p in proofs} == {("incidents", "1"), ("claims", "1"), ("claims", "2"), ("claims", "3")}
    res = CliRunner().invoke(app, ["verify", str(out), "--vkey", vkey])
    assert res.exit_code == 0 and "bundle verified" in res.output


def test_bundle_tampering_named(bundle: tuple[Path, str]) -> None:
    out, vkey = bundle
    (out / "incidents.csv").write_text("id,deaths_low\n1,8\n")
    (out / "extra.txt").write_text("smuggled")
    fails = [str(f) for f in verify_bundle(out, vkey)]
    assert "incidents.csv: content differs from the manifest (modified)" in fails
    assert "extra.txt: not listed in the manifest (added)" in fails
    other = generate_key("impostor.example/gawahi").vkey
    assert any("signature invalid" in str(f) for f in verify_bundle(out, other))
    res = CliRunner().invoke(app, ["verify", str(out), "--vkey", vkey])
    assert res.exit_code == 1


def test_bundle_forged_proof_fails(bundle: tuple[Path, str], tmp_path: Path) -> None:
    out, _ = bundle
    p = out / "log" / "proofs.json"
    doc = json.loads(p.read_text())
    doc["proofs"][0]["leaf_hash"] = "00" * 32
    p.write_text(json.dumps(doc))
    fails = [str(f) for f in verify_bundle(out)]
    assert any("does not verify against the signed checkpoint" in f for f in fails)
    assert any("log/proofs.json: content differs" in f for f in fails)
