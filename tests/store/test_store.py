"""The store on SQLite and PostgreSQL: migrations, durability settings, audit, read/write."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select

from gawahi.store.audit import AuditedWriter, iter_entries, record_hash
from gawahi.store.db import Store, StoreError
from gawahi.store.schema import audit_log, incidents, metadata


def test_migrated_schema_matches_metadata(store: Store) -> None:
    assert store.current_revision() == Store.head_revision()
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    # Full-text objects are dialect-specific (store/dialect.py), not in the metadata by
    # design; everything else must match.
    diff = [d for d in diff if not (d[0] in ("remove_table", "remove_index") and "_fts" in d[1].name)]
    assert diff == []


def test_migrate_is_idempotent(db_url: str) -> None:
    Store(db_url).close()
    s = Store(db_url)  # second open runs upgrade again: nothing to do, nothing broken
    assert s.current_revision() == Store.head_revision()
    s.close()


def test_revision_0002_downgrades_and_upgrades(db_url: str) -> None:
    """Import jobs and the incident page's indexes come and go with their revision, on a
    database that already holds the baseline."""
    from alembic import command
    from sqlalchemy import inspect

    from gawahi.store.db import _alembic_config

    s = Store(db_url)
    cfg = _alembic_config()

    def tables_and_indexes() -> tuple[set[str], set[str]]:
        with s.engine.connect() as conn:
            insp = inspect(conn)
            ix = {i["name"] for t in ("evidence", "person_incidents")
                  for i in insp.get_indexes(t)}
            return set(insp.get_table_names()), ix

    tables, ix = tables_and_indexes()
    assert "import_jobs" in tables
    assert {"ix_evidence_source_id", "ix_person_incidents_incident_id"} <= ix
    with s.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    tables, ix = tables_and_indexes()
    assert "import_jobs" not in tables and "ix_evidence_source_id" not in ix
    s.migrate()
    assert s.current_revision() == Store.head_revision()
    assert "import_jobs" in tables_and_indexes()[0]
    s.close()


@pytest.mark.sqlite_only
def test_sqlite_durability_pragmas(tmp_path) -> None:  # type: ignore[no-untyped-def]
    s = Store(f"sqlite:///{tmp_path / 'p.db'}")
    with s.read() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert s.dialect.integrity_check(conn) == ["ok"]


def test_every_write_is_audited_with_hashes(store: Store) -> None:
    with store.transaction() as conn:
        w = AuditedWriter(conn, store.dialect, "alice")
        iid = w.insert(incidents, {"created_at": "t", "updated_at": "t", "title": "first"})
        w.update(incidents, iid, {"title": "second"}, reason="fix title")
        w.update(incidents, iid, {"title": "second"})  # no change: no entry
    with store.read() as conn:
        entries = list(iter_entries(conn))
        row = conn.execute(select(incidents).where(incidents.c.id == iid)).mappings().one()
    assert [(e.action, e.actor, e.reason) for e in entries] == [
        ("insert", "alice", None),
        ("update", "alice", "fix title"),
    ]
    assert entries[0].hash_before is None
    assert entries[1].hash_before == entries[0].hash_after
    assert entries[1].hash_after == record_hash(dict(row))  # the record as stored now


def test_failed_transaction_leaves_no_change_and_no_entry(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction() as conn:
        AuditedWriter(conn, store.dialect, "bob").insert(
            incidents, {"created_at": "t", "updated_at": "t"}
        )
        raise RuntimeError("boom")
    with store.read() as conn:
        assert conn.execute(select(func.count()).select_from(incidents)).scalar_one() == 0
        assert conn.execute(select(func.count()).select_from(audit_log)).scalar_one() == 0


def test_bad_url_is_explained(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(StoreError, match="does not exist"):
        Store(f"sqlite:///{tmp_path / 'nope' / 'x.db'}")
    with pytest.raises(StoreError, match="cannot open database"):
        Store("postgresql+psycopg://nobody@127.0.0.1:1/none")
