"""The audit log as an RFC 6962 Merkle tree, with signed checkpoints stored in the database.

Leaf i is the canonical bytes of the i-th audit entry (store/audit.py `leaf_bytes`). The log's
signing key lives in the vault folder (`keys/log.key`, mode 0600); its public verifier key
and the log's origin line are kept in the database's `meta` table so anyone with a copy can
check checkpoints.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, select

from gawahi.store.audit import AuditEntry, iter_entries, now_iso
from gawahi.store.db import Store
from gawahi.store.schema import checkpoints, meta
from gawahi.vault.checkpoint import (
    SignerKey,
    generate_key,
    load_signer_key,
    save_signer_key,
    sign_checkpoint,
)
from gawahi.vault.merkle import (
    MerkleLog,
    consistency_proof_document,
    inclusion_proof_document,
)

KEY_FILE = Path("keys") / "log.key"


class LogError(RuntimeError):
    """A log request that cannot be met (bad index, missing key), said in words."""


@dataclass(frozen=True)
class StoredCheckpoint:
    id: int
    tree_size: int
    root_hash: str
    note: str
    created_at: str


def get_meta(conn: Connection, key: str) -> str | None:
    return conn.execute(select(meta.c.value).where(meta.c.key == key)).scalar_one_or_none()


def build_log(conn: Connection) -> tuple[MerkleLog, list[AuditEntry]]:
    entries = list(iter_entries(conn))
    return MerkleLog.from_leaves(e.leaf_data() for e in entries), entries


def leaves_hex(conn: Connection) -> Iterator[str]:
    for e in iter_entries(conn):
        yield e.leaf_data().hex()


def _signer(store: Store, vault_dir: Path) -> tuple[str, SignerKey]:
    """The log's origin and signing key, created together on first use."""
    key_path = vault_dir / KEY_FILE
    with store.transaction() as conn:
        origin = get_meta(conn, "log_origin")
        if origin is None:
            origin = f"gawahi.local/log/{secrets.token_hex(8)}"
            key = generate_key(origin)
            key_path.parent.mkdir(parents=True, exist_ok=True)
            save_signer_key(key, key_path)
            conn.execute(insert(meta).values(key="log_origin", value=origin))
            conn.execute(insert(meta).values(key="log_vkey", value=key.vkey))
            return origin, key
    if not key_path.exists():
        raise LogError(
            f"the log's signing key {key_path} is missing: restore it from backup, or point "
            "--vault at the vault folder this database was created with"
        )
    return origin, load_signer_key(key_path)


def make_checkpoint(store: Store, vault_dir: Path) -> StoredCheckpoint:
    """Sign the current tree head and store the note."""
    origin, key = _signer(store, vault_dir)
    with store.transaction() as conn:
        log, _ = build_log(conn)
        size = len(log)
        root = log.root(size)
        note = sign_checkpoint(origin, size, root, key)
        at = now_iso()
        res = conn.execute(
            insert(checkpoints).values(tree_size=size, root_hash=root.hex(), note=note, created_at=at)
        )
        cid = int(res.inserted_primary_key[0])  # type: ignore[index]
    return StoredCheckpoint(cid, size, root.hex(), note, at)


def list_checkpoints(conn: Connection) -> list[StoredCheckpoint]:
    rows = conn.execute(select(checkpoints).order_by(checkpoints.c.id)).mappings()
    return [StoredCheckpoint(**dict(r)) for r in rows]


def prove_inclusion(conn: Connection, index: int, size: int | None = None) -> dict[str, Any]:
    log, entries = build_log(conn)
    size = len(log) if size is None else size
    if not 0 <= index < size <= len(log):
        raise LogError(f"no leaf {index} in a tree of size {size} (the log has {len(log)} entries)")
    doc = inclusion_proof_document(log, index, size)
    doc["leaf_data"] = entries[index].leaf_data().hex()
    return doc


def prove_consistency(conn: Connection, old: int, new: int | None = None) -> dict[str, Any]:
    log, _ = build_log(conn)
    new = len(log) if new is None else new
    if not 0 <= old <= new <= len(log):
        raise LogError(f"need 0 <= OLD <= NEW <= {len(log)} (the log's size); got {old}, {new}")
    return consistency_proof_document(log, old, new)
