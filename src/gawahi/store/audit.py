"""Audited writes: every insert, update and delete of a record goes through here.

Each change appends an audit entry (who, when, what, hash of the record before and after) in
the same transaction as the change, so a change without its entry cannot be committed. The
entries' canonical bytes are the leaves of the RFC 6962 Merkle log (see gawahi.vault).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table, bindparam, delete, insert, select, update

from gawahi.store.dialect import Dialect
from gawahi.store.schema import audit_log


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def canonical_json(value: Any) -> bytes:
    """Stable bytes for hashing: sorted keys, no whitespace, UTF-8."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str
    ).encode("utf-8")


def record_hash(row: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical_json(dict(row))).hexdigest()


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    action: str
    table_name: str
    record_id: str
    hash_before: str | None
    hash_after: str | None
    reason: str | None
    entry_hash: str

    def leaf_data(self) -> bytes:
        return leaf_bytes(
            self.at,
            self.actor,
            self.action,
            self.table_name,
            self.record_id,
            self.hash_before,
            self.hash_after,
            self.reason,
        )


def leaf_bytes(
    at: str,
    actor: str,
    action: str,
    table_name: str,
    record_id: str,
    hash_before: str | None,
    hash_after: str | None,
    reason: str | None,
) -> bytes:
    return canonical_json(
        {
            "at": at,
            "actor": actor,
            "action": action,
            "table": table_name,
            "record": record_id,
            "before": hash_before,
            "after": hash_after,
            "reason": reason,
        }
    )


# Statements built once per table (and column set) and reused: building SQLAlchemy
# constructs per row dominated write time; values travel as bound parameters.
_INSERTS: dict[str, Any] = {}
_UPDATES: dict[tuple[str, frozenset[str]], Any] = {}
_SELECTS: dict[str, Any] = {}


_AUDIT_INSERT = insert(audit_log)


def _insert_stmt(table: Table) -> Any:
    stmt = _INSERTS.get(table.name)
    if stmt is None:
        stmt = _INSERTS[table.name] = insert(table).returning(*table.c)
    return stmt


def _update_stmt(table: Table, cols: frozenset[str]) -> Any:
    key = (table.name, cols)
    stmt = _UPDATES.get(key)
    if stmt is None:
        pk = list(table.primary_key.columns)[0]
        stmt = (
            update(table)
            .where(pk == bindparam("_pk"))
            .values({c: bindparam(c) for c in sorted(cols)})
            .returning(*table.c)
        )
        _UPDATES[key] = stmt
    return stmt


def _select_stmt(table: Table) -> Any:
    stmt = _SELECTS.get(table.name)
    if stmt is None:
        pk = list(table.primary_key.columns)[0]
        stmt = _SELECTS[table.name] = select(table).where(pk == bindparam("_pk"))
    return stmt


class AuditedWriter:
    """Write helper bound to one transaction, one dialect and one acting user."""

    def __init__(self, conn: Connection, dialect: Dialect, actor: str) -> None:
        self.conn = conn
        self.dialect = dialect
        self.actor = actor
        self._locked = False

    def _row(self, table: Table, record_id: Any) -> dict[str, Any] | None:
        row = self.conn.execute(_select_stmt(table), {"_pk": record_id}).mappings().first()
        return dict(row) if row is not None else None

    def log(
        self,
        action: str,
        table_name: str,
        record_id: Any,
        before: Mapping[str, Any] | None,
        after: Mapping[str, Any] | None,
        reason: str | None = None,
    ) -> None:
        if not self._locked:
            self.dialect.lock_audit_log(self.conn)
            self._locked = True
        at = now_iso()
        hb = record_hash(before) if before is not None else None
        ha = record_hash(after) if after is not None else None
        data = leaf_bytes(at, self.actor, action, table_name, str(record_id), hb, ha, reason)
        self.conn.execute(
            _AUDIT_INSERT,
            {
                "at": at,
                "actor": self.actor,
                "action": action,
                "table_name": table_name,
                "record_id": str(record_id),
                "hash_before": hb,
                "hash_after": ha,
                "reason": reason,
                "entry_hash": hashlib.sha256(data).hexdigest(),
            },
        )

    def insert(self, table: Table, values: Mapping[str, Any], reason: str | None = None) -> int:
        # RETURNING gives the stored row (defaults filled in) without a second query.
        row = self.conn.execute(_insert_stmt(table), dict(values)).mappings().one()
        after = dict(row)
        new_id = after[list(table.primary_key.columns)[0].name]
        self.log("insert", table.name, new_id, None, after, reason)
        return int(new_id)

    def update(
        self,
        table: Table,
        record_id: Any,
        values: Mapping[str, Any],
        reason: str | None = None,
        action: str = "update",
    ) -> None:
        before = self._row(table, record_id)
        if before is None:
            raise LookupError(f"{table.name} {record_id} does not exist")
        stmt = _update_stmt(table, frozenset(values))
        after = dict(self.conn.execute(stmt, {**values, "_pk": record_id}).mappings().one())
        if after != before:
            self.log(action, table.name, record_id, before, after, reason)

    def delete(self, table: Table, record_id: Any, reason: str | None = None) -> None:
        before = self._row(table, record_id)
        if before is None:
            return
        pk = list(table.primary_key.columns)[0]
        self.conn.execute(delete(table).where(pk == record_id))
        self.log("delete", table.name, record_id, before, None, reason)


def iter_entries(conn: Connection, start: int = 0) -> Iterator[AuditEntry]:
    """Audit entries in log order; `start` is a 0-based leaf index.

    The leaf index is the entry's position, not its `seq`: PostgreSQL sequences leave gaps
    after a rollback, and a gap must not shift the tree.
    """
    rows = conn.execute(
        select(audit_log).order_by(audit_log.c.seq).offset(start)
    ).mappings()
    for r in rows:
        yield AuditEntry(**dict(r))
