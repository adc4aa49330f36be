"""Tampering is caught and named: a vault byte, a database field, a dropped audit entry."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from sqlalchemy import delete, select, update
from tests.link.test_consolidate import QUETTA, day
from tests.samples import report

from gawahi.ingest.service import ingest
from gawahi.link.service import link, review_claim
from gawahi.model.claims import CountValue, ExtractedClaim
from gawahi.model.vocab import ReviewStatus
from gawahi.store.claims import save_claims
from gawahi.store.db import Store
from gawahi.store.schema import audit_log, incidents, sources
from gawahi.vault.cas import LocalVault
from gawahi.vault.log import make_checkpoint
from gawahi.vault.verify import verify_store


def _populate(store: Store, vault: LocalVault, tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"r{i}.txt").write_text(report(500 + i))
    ingest(store, vault, [str(tmp_path / f"r{i}.txt") for i in range(3)], actor="alice")
    with store.transaction() as conn:
        ids = [r[0] for r in conn.execute(select(sources.c.id).order_by(sources.c.id))]
        for sid in ids:
            c = ExtractedClaim(source=str(sid), date=day("2013-02-16"), location=QUETTA,
                               killed=CountValue(min=80 + sid, max=80 + sid), event_type="bombing",
                               confidence=0.9, extractor="test")
            save_claims(conn, store.dialect, "alice", sid, [c])
    link(store, actor="alice")
    make_checkpoint(store, vault.root)
    review_claim(store, 1, ReviewStatus.CONFIRMED, reviewer="bob", reason="checked")


def test_clean_store_verifies(store: Store, vault: LocalVault, tmp_path: Path) -> None:
    _populate(store, vault, tmp_path)
    rep = verify_store(store, vault)
    assert rep.ok, rep.failures
    assert rep.counts["audit entries"] > 10 and rep.counts["checkpoints"] == 1


def test_one_vault_byte_changed(store: Store, vault: LocalVault, tmp_path: Path) -> None:
    _populate(store, vault, tmp_path)
    digest = next(vault.iter_objects())
    path = vault.path_for(digest)
    os.chmod(path, stat.S_IWUSR | stat.S_IRUSR)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    rep = verify_store(store, vault)
    assert not rep.ok and any(digest in str(f) for f in rep.failures), rep.failures


def test_field_changed_behind_gawahis_back(store: Store, vault: LocalVault, tmp_path: Path) -> None:
    _populate(store, vault, tmp_path)
    with store.engine.begin() as conn:
        conn.execute(update(incidents).where(incidents.c.id == 1).values(deaths_high=999))
    rep = verify_store(store, vault)
    assert [str(f) for f in rep.failures] == [
        "record: incidents 1: changed outside Gawahi (stored record does not match its last audit entry)"
    ]


def test_every_single_dropped_audit_entry_is_caught(store: Store, vault: LocalVault, tmp_path: Path) -> None:
    _populate(store, vault, tmp_path)
    with store.read() as conn:
        rows = [dict(r) for r in conn.execute(select(audit_log).order_by(audit_log.c.seq)).mappings()]
    for row in rows:
        with store.engine.begin() as conn:
            conn.execute(delete(audit_log).where(audit_log.c.seq == row["seq"]))
        rep = verify_store(store, vault)
        assert not rep.ok, f"dropping audit entry {row['seq']} ({row['action']} {row['table_name']}) went unnoticed"
        with store.engine.begin() as conn:
            conn.execute(audit_log.insert().values(**row))
    assert verify_store(store, vault).ok


def test_audit_entry_edited_is_caught(store: Store, vault: LocalVault, tmp_path: Path) -> None:
    _populate(store, vault, tmp_path)
    with store.engine.begin() as conn:
        conn.execute(update(audit_log).where(audit_log.c.seq == 2).values(actor="mallory"))
    rep = verify_store(store, vault)
    assert any("altered" in str(f) for f in rep.failures)


def test_copied_database_verifies_with_its_vault(store: Store, vault: LocalVault, tmp_path: Path) -> None:
    _populate(store, vault, tmp_path)
    if store.dialect.name != "sqlite":
        return
    import sqlite3

    src = sqlite3.connect(store.engine.url.database or "")
    dst = sqlite3.connect(tmp_path / "copy.db")
    src.backup(dst)  # a consistent copy, as a backup tool would make
    src.close()
    dst.close()
    copy = Store(f"sqlite:///{tmp_path / 'copy.db'}")
    assert verify_store(copy, vault).ok
