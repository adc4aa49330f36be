"""`gawahi verify`: is what Gawahi shows what was collected, and was nothing changed quietly?

Checks, each failure named:
1. every vault object re-hashes to its address, and every object a record refers to exists;
2. every audit entry's stored hash matches its bytes;
3. every stored checkpoint is validly signed and its root equals the current tree's root at
   its size (so an entry removed or altered before it is caught);
4. per record, the audit entries chain (each entry's "before" is the previous "after"), and
   the record as stored now hashes to its last entry's "after" (so an edit made behind
   Gawahi's back, or a dropped entry, is caught); a record with no entry is an intrusion.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Connection, Table, select

from gawahi.store.audit import AuditEntry, iter_entries, record_hash
from gawahi.store.db import Store
from gawahi.store.schema import AUDITED_TABLES, evidence, metadata, sources
from gawahi.vault.cas import Vault
from gawahi.vault.checkpoint import NoteError, parse_and_verify
from gawahi.vault.log import get_meta, list_checkpoints
from gawahi.vault.merkle import MerkleLog


@dataclass(frozen=True)
class Failure:
    check: str
    detail: str

    def __str__(self) -> str:
        return f"{self.check}: {self.detail}"


@dataclass
class VerifyReport:
    failures: list[Failure] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failures


def verify_store(
    store: Store, vault: Vault, progress: Callable[[str], None] | None = None
) -> VerifyReport:
    rep = VerifyReport()
    say = progress or (lambda _msg: None)
    say("vault objects")
    rep.counts["vault objects"] = sum(1 for _ in vault.iter_objects())
    for f in vault.verify_all():
        rep.failures.append(Failure("vault", str(f)))
    with store.read() as conn:
        _check_references(conn, vault, rep)
        say("audit log")
        entries = list(iter_entries(conn))
        leaves = [e.leaf_data() for e in entries]  # encoded once, used for both checks
        log = MerkleLog.from_leaves(leaves)
        rep.counts["audit entries"] = len(entries)
        for i, (e, data) in enumerate(zip(entries, leaves, strict=True)):
            if hashlib.sha256(data).hexdigest() != e.entry_hash:
                rep.failures.append(
                    Failure("audit log", f"entry {i} (seq {e.seq}) was altered after it was written")
                )
        say("checkpoints")
        _check_checkpoints(conn, log, rep)
        say("records")
        _check_records(conn, entries, rep)
    return rep


def _check_references(conn: Connection, vault: Vault, rep: VerifyReport) -> None:
    for table, col in ((sources, sources.c.raw_hash), (evidence, evidence.c.sha256)):
        pk = list(table.primary_key.columns)[0]
        for rid, digest in conn.execute(select(pk, col)):
            if not vault.exists(digest):
                rep.failures.append(
                    Failure("vault", f"{table.name} {rid} refers to {digest}, which is not in the vault")
                )


def _check_checkpoints(conn: Connection, log: MerkleLog, rep: VerifyReport) -> None:
    cps = list_checkpoints(conn)
    rep.counts["checkpoints"] = len(cps)
    vkey = get_meta(conn, "log_vkey")
    origin = get_meta(conn, "log_origin")
    for cp in cps:
        label = f"checkpoint {cp.id} (size {cp.tree_size}, {cp.created_at})"
        if vkey is None:
            rep.failures.append(Failure("checkpoint", f"{label}: the log's verifier key is missing"))
            continue
        try:
            parsed = parse_and_verify(cp.note, vkey, origin)
        except NoteError as exc:
            rep.failures.append(Failure("checkpoint", f"{label}: signature or format invalid ({exc})"))
            continue
        if parsed.size != cp.tree_size or parsed.root.hex() != cp.root_hash:
            rep.failures.append(Failure("checkpoint", f"{label}: stored size/root differ from its signed note"))
        if parsed.size > len(log):
            rep.failures.append(
                Failure("checkpoint", f"{label}: signed for {parsed.size} entries but the log has {len(log)}: entries were removed")
            )
        elif log.root(parsed.size) != parsed.root:
            rep.failures.append(
                Failure("checkpoint", f"{label}: the log's first {parsed.size} entries no longer hash to the signed root: an entry was removed or altered")
            )


def _tables() -> dict[str, Table]:
    return {name: metadata.tables[name] for name in AUDITED_TABLES}


def _check_records(conn: Connection, entries: list[AuditEntry], rep: VerifyReport) -> None:
    chains: dict[str, dict[str, list[AuditEntry]]] = defaultdict(lambda: defaultdict(list))
    for e in entries:
        chains[e.table_name][e.record_id].append(e)
    tables = _tables()
    checked = 0
    for name, table in tables.items():
        pk = list(table.primary_key.columns)[0]
        current = {str(dict(r)[pk.name]): record_hash(dict(r)) for r in conn.execute(select(table)).mappings()}
        checked += len(current)
        seen = set()
        for rid, chain in chains[name].items():
            seen.add(rid)
            prev: str | None = None
            for k, e in enumerate(chain):
                if e.hash_before != prev:
                    what = "first entry is not a creation" if k == 0 else "an entry before this one is missing"
                    rep.failures.append(Failure("record", f"{name} {rid}: audit chain broken at seq {e.seq} ({what})"))
                    break
                prev = e.hash_after
            now = current.get(rid)
            if now != prev:
                if now is None:
                    rep.failures.append(Failure("record", f"{name} {rid}: deleted without an audit entry"))
                else:
                    rep.failures.append(
                        Failure("record", f"{name} {rid}: changed outside Gawahi (stored record does not match its last audit entry)")
                    )
        for rid in current.keys() - seen:
            rep.failures.append(Failure("record", f"{name} {rid}: exists but has no audit entry (inserted outside Gawahi)"))
    rep.counts["records"] = checked
