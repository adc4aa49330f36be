"""Exported bundles: add the audit log's evidence to one, and verify one with no database.

A bundle folder holds the published files, `MANIFEST.sha256` (sha256sum format), optionally
`MANIFEST.sha256.sig` (a C2SP signed note over the manifest) and `log/`:
- `log/checkpoint.txt`: the signed tree head of the audit log when the bundle was made;
- `log/vkey`: the log's verifier key;
- `log/proofs.json`: for each published record, the inclusion proof of its latest audit
  entry's leaf hash in that tree. Only leaf *hashes* are published: the leaves themselves
  name reviewers, who are protected.
`verify_bundle` re-hashes every file, checks the signatures and every proof.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from gawahi.store.db import Store
from gawahi.vault.checkpoint import NoteError, open_note, parse_and_verify
from gawahi.vault.log import build_log, get_meta, make_checkpoint
from gawahi.vault.merkle import verify_inclusion

MANIFEST = "MANIFEST.sha256"
SIGNATURE = "MANIFEST.sha256.sig"
_LINE = re.compile(r"^([0-9a-f]{64}) [ *](.+)$")


@dataclass(frozen=True)
class BundleFailure:
    item: str
    detail: str

    def __str__(self) -> str:
        return f"{self.item}: {self.detail}"


def _latest_leaf_index(conn: Connection, table: str, ids: set[str]) -> dict[str, int]:
    _, entries = build_log(conn)
    latest: dict[str, int] = {}
    for i, e in enumerate(entries):
        if e.table_name == table and e.record_id in ids:
            latest[e.record_id] = i
    return latest


def write_log_evidence(store: Store, vault_dir: Path, out: Path, records: dict[str, list[int]]) -> Path:
    """Write `out/log/` for the published `records` ({table: [ids]}); returns the folder.
    Call before the manifest is written so the log files are hashed with the rest."""
    cp = make_checkpoint(store, vault_dir)
    logdir = out / "log"
    logdir.mkdir(parents=True, exist_ok=True)
    proofs: list[dict[str, Any]] = []
    with store.read() as conn:
        log, _ = build_log(conn)
        size = cp.tree_size
        for table, ids in records.items():
            latest = _latest_leaf_index(conn, table, {str(i) for i in ids})
            for rid, idx in sorted(latest.items(), key=lambda kv: int(kv[0])):
                if idx >= size:
                    continue
                proofs.append(
                    {
                        "table": table,
                        "record": rid,
                        "index": idx,
                        "size": size,
                        "leaf_hash": log.leaf_hash(idx).hex(),
                        "proof": [p.hex() for p in log.inclusion_proof(idx, size)],
                    }
                )
        vkey = get_meta(conn, "log_vkey") or ""
    (logdir / "checkpoint.txt").write_text(cp.note, encoding="utf-8")
    (logdir / "vkey").write_text(vkey + "\n", encoding="utf-8")
    (logdir / "proofs.json").write_text(json.dumps({"proofs": proofs}, indent=1), encoding="utf-8")
    return logdir


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def verify_bundle(folder: Path, vkey: str | None = None) -> list[BundleFailure]:
    """Every failure found in the bundle at `folder`; empty means verified. `vkey` is the
    publisher's verifier key obtained out of band; without it a signature is checked
    against the key the bundle carries (proves integrity, not who signed)."""
    fails: list[BundleFailure] = []
    manifest = folder / MANIFEST
    if not manifest.is_file():
        return [BundleFailure(MANIFEST, "missing: this is not a Gawahi bundle, or it is incomplete")]
    listed: dict[str, str] = {}
    text = manifest.read_text(encoding="utf-8")
    for n, line in enumerate(text.splitlines(), 1):
        m = _LINE.match(line)
        if not m:
            fails.append(BundleFailure(MANIFEST, f"line {n} is not '<sha256>  <file>'"))
            continue
        listed[m.group(2)] = m.group(1)
    for name, digest in listed.items():
        p = folder / name
        if ".." in Path(name).parts or not p.resolve().is_relative_to(folder.resolve()):
            fails.append(BundleFailure(name, "path escapes the bundle"))
        elif not p.is_file():
            fails.append(BundleFailure(name, "listed in the manifest but missing"))
        elif _sha256(p) != digest:
            fails.append(BundleFailure(name, "content differs from the manifest (modified)"))
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder).as_posix()
        if p.is_file() and rel not in listed and rel not in (MANIFEST, SIGNATURE):
            fails.append(BundleFailure(rel, "not listed in the manifest (added)"))
    fails += _check_signature(folder, text, vkey)
    fails += _check_log(folder)
    return fails


def _bundle_vkey(folder: Path) -> str | None:
    try:
        meta = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    sig = meta.get("signature") if isinstance(meta, dict) else None
    key = sig.get("verifier_key") if isinstance(sig, dict) else None
    return key if isinstance(key, str) else None


def _check_signature(folder: Path, manifest_text: str, vkey: str | None) -> list[BundleFailure]:
    sig = folder / SIGNATURE
    if not sig.is_file():
        return [BundleFailure(SIGNATURE, "missing, but a key was given")] if vkey else []
    key = vkey or _bundle_vkey(folder)
    if key is None:
        return [BundleFailure(SIGNATURE, "no verifier key: pass the publisher's key")]
    try:
        signed = open_note(sig.read_text(encoding="utf-8"), key)
    except NoteError as exc:
        return [BundleFailure(SIGNATURE, f"signature invalid ({exc})")]
    if signed != manifest_text:
        return [BundleFailure(SIGNATURE, "signs a different manifest")]
    return []


def _check_log(folder: Path) -> list[BundleFailure]:
    logdir = folder / "log"
    if not logdir.is_dir():
        return []
    fails: list[BundleFailure] = []
    try:
        vkey = (logdir / "vkey").read_text(encoding="utf-8").strip()
        cp = parse_and_verify((logdir / "checkpoint.txt").read_text(encoding="utf-8"), vkey)
        proofs = json.loads((logdir / "proofs.json").read_text(encoding="utf-8"))["proofs"]
    except (OSError, ValueError, KeyError, NoteError) as exc:
        return [BundleFailure("log", f"checkpoint or proofs unreadable or invalid ({exc})")]
    for p in proofs:
        label = f"log proof for {p.get('table')} {p.get('record')}"
        try:
            ok = p["size"] == cp.size and verify_inclusion(
                bytes.fromhex(p["leaf_hash"]),
                int(p["index"]),
                int(p["size"]),
                [bytes.fromhex(h) for h in p["proof"]],
                cp.root,
            )
        except (KeyError, ValueError, TypeError):
            ok = False
        if not ok:
            fails.append(BundleFailure(label, "does not verify against the signed checkpoint"))
    return fails
