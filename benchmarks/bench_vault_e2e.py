"""End-to-end verification time: `verify_store` on a database holding N audit entries.

    python benchmarks/bench_vault_e2e.py [--entries 10000 100000] [--db URL] [--batch 10000]

Builds the database through :class:`~gawahi.store.audit.AuditedWriter` (real records, one
audit entry each, a few big transactions), signs a checkpoint every `--batch` entries, and
times ``verify_store`` — everything ``gawahi verify`` does: re-hash the vault, re-hash every
audit entry, rebuild the RFC 6962 tree, check every checkpoint's signature and root, and
re-hash every record against its last entry. Default database: a temporary SQLite file; give
``--db postgresql+psycopg://...`` (an empty database) to measure PostgreSQL.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from gawahi.store.audit import AuditedWriter
from gawahi.store.db import Store
from gawahi.store.schema import actors
from gawahi.vault.cas import LocalVault
from gawahi.vault.log import make_checkpoint
from gawahi.vault.verify import verify_store


def build(store: Store, vault: LocalVault, start: int, n: int, batch: int) -> float:
    t = time.perf_counter()
    done = 0
    while done < n:
        k = min(batch, n - done)
        with store.transaction() as conn:
            w = AuditedWriter(conn, store.dialect, "bench")
            for i in range(start + done, start + done + k):
                w.insert(actors, {"name": f"Actor {i:07d}", "kind": "militant_group",
                                  "description": f"synthetic record {i} for the verification benchmark"},
                         reason="benchmark")  # fmt: skip
        done += k
        make_checkpoint(store, vault.root)
    return time.perf_counter() - t


def timed_verify(store: Store, vault: LocalVault) -> tuple[float, dict[str, float], bool, dict[str, int]]:
    marks: list[tuple[str, float]] = []
    t0 = time.perf_counter()
    rep = verify_store(store, vault, progress=lambda m: marks.append((m, time.perf_counter())))
    total = time.perf_counter() - t0
    phases: dict[str, float] = {}
    for (name, at), (_, nxt) in zip(marks, [*marks[1:], ("end", t0 + total)], strict=True):
        phases[name] = nxt - at
    return total, phases, rep.ok, rep.counts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--entries", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--db", default=None, help="database URL (default: a temporary SQLite file)")
    ap.add_argument("--batch", type=int, default=10_000, help="entries per transaction (and per checkpoint)")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="gawahi-bench-e2e-"))
    store = Store(args.db or f"sqlite:///{work / 'bench.db'}")
    vault = LocalVault(work / "vault")
    rows = []
    have = 0
    try:
        for target in sorted(args.entries):
            build_s = build(store, vault, have, target - have, args.batch)
            have = target
            total, phases, ok, counts = timed_verify(store, vault)
            rows.append((counts.get("audit entries", 0), counts.get("checkpoints", 0), build_s, total,
                         phases, ok))  # fmt: skip
    finally:
        store.close()
        shutil.rmtree(work, ignore_errors=True)
    print(f"\nverify_store on {store.dialect.name}: build with AuditedWriter ({args.batch} per transaction), then verify")
    hdr = f"{'entries':>8}  {'ckpts':>5}  {'build s':>8}  {'verify s':>8}  {'entries/s':>9}  {'log s':>6}  {'ckpt s':>6}  {'records s':>9}  ok"
    print(hdr)
    print("-" * len(hdr))
    for n, c, b, t, ph, ok in rows:
        print(f"{n:>8}  {c:>5}  {b:>8.1f}  {t:>8.2f}  {n / t:>9.0f}  {ph.get('audit log', 0):>6.2f}  "
              f"{ph.get('checkpoints', 0):>6.2f}  {ph.get('records', 0):>9.2f}  {'yes' if ok else 'NO'}")  # fmt: skip
    return 0 if all(r[-1] for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
