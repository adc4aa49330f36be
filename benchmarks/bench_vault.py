"""Vault benchmarks: hashing / put throughput against sha256sum, and audit-log speed.

    python benchmarks/bench_vault.py [--files 20] [--mb 50] [--entries 100000] [--samples 1000]

Part 1 writes ``--files`` random files of ``--mb`` MiB to a temp dir, reads them once so
that every contender reads from the page cache, then times (best of ``--repeat`` runs):
``sha256sum`` on all files in one process, ``gawahi.vault.cas.hash_file``,
``hashlib.file_digest``, and ``LocalVault.put_file`` (hash + copy, with and without
fsync). Part 2 builds a Merkle log of ``--entries`` audit-sized entries and verifies it
the way ``gawahi verify`` does: re-hash every leaf, recompute the root, check sample
inclusion proofs and a consistency proof.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from gawahi.vault.cas import LocalVault, hash_file
from gawahi.vault.merkle import (
    MerkleLog,
    hash_leaf,
    root_from_leaf_hashes,
    verify_consistency,
    verify_inclusion,
)


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def table(title: str, header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    print(f"\n{title}")
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |")


def bench_hashing(n_files: int, mb: int, repeat: int) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="gawahi-bench-"))
    try:
        files = []
        block = os.urandom(1 << 20)
        for i in range(n_files):
            p = tmp / f"f{i:03d}.bin"
            with open(p, "wb") as f:
                for j in range(mb):
                    f.write(block[j % 256 :] + block[: j % 256])  # distinct MiBs
                f.write(i.to_bytes(4, "big"))
            files.append(p)
        total_mb = sum(p.stat().st_size for p in files) / (1 << 20)
        for p in files:  # warm the page cache for everyone
            hash_file(p)

        want = {str(p): hash_file(p) for p in files}
        out = subprocess.run(
            ["sha256sum", *map(str, files)], capture_output=True, text=True, check=True
        ).stdout
        got = {line.split("  ", 1)[1]: line.split()[0] for line in out.splitlines()}
        assert got == want, "sha256sum disagrees with hash_file"

        def sha256sum() -> None:
            subprocess.run(["sha256sum", *map(str, files)], capture_output=True, check=True)

        def ours() -> None:
            for p in files:
                hash_file(p)

        def file_digest() -> None:
            for p in files:
                with open(p, "rb") as f:
                    hashlib.file_digest(f, "sha256")

        def put(fsync: bool) -> Callable[[], None]:
            def run() -> None:
                root = tmp / "vault"
                shutil.rmtree(root, ignore_errors=True)
                v = LocalVault(root, fsync=fsync)
                for p in files:
                    v.put_file(p)

            return run

        t_ref = best_of(repeat, sha256sum)
        results = [
            ("sha256sum (coreutils, 1 process)", t_ref),
            ("gawahi hash_file (1 MiB readinto)", best_of(repeat, ours)),
            ("hashlib.file_digest", best_of(repeat, file_digest)),
            ("LocalVault.put_file, no fsync", best_of(repeat, put(False))),
            ("LocalVault.put_file, fsync+rename", best_of(repeat, put(True))),
        ]
        rows = [
            [name, f"{t:.3f}", f"{total_mb / t:.0f}", f"{t_ref / t:.2f}"] for name, t in results
        ]
        table(
            f"Vault hashing: {n_files} files x {mb} MiB = {total_mb:.0f} MiB, page cache warm, "
            f"best of {repeat}",
            ["method", "seconds", "MiB/s", "x sha256sum speed"],
            rows,
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def bench_log(entries: int, samples: int) -> None:
    rng = random.Random(42)
    data = [
        json.dumps(
            {
                "seq": i,
                "at": f"2024-01-01T00:00:{i % 60:02d}Z",
                "who": "reviewer@example.org",
                "op": "update",
                "record": f"claim/{i}",
                "before": hashlib.sha256(b"b%d" % i).hexdigest(),
                "after": hashlib.sha256(b"a%d" % i).hexdigest(),
            },
            separators=(",", ":"),
        ).encode()
        for i in range(entries)
    ]
    rows: list[list[str]] = []

    t0 = time.perf_counter()
    log = MerkleLog()
    for d in data:
        log.append(d)
    root = log.root()
    rows.append(
        [f"build log: append {entries:,} entries + root", f"{time.perf_counter() - t0:.3f}"]
    )

    t0 = time.perf_counter()
    for d in data[:1000]:
        log.append(d)
        log.root()
    per = (time.perf_counter() - t0) / 1000
    rows.append(["append + root, per entry (at 100k)", f"{per * 1e6:.1f} us"])
    log = MerkleLog(log.leaf_hashes()[:entries])

    t0 = time.perf_counter()
    leaves = [hash_leaf(d) for d in data]
    assert root_from_leaf_hashes(leaves) == root
    rows.append(["verify: re-hash every leaf + recompute root", f"{time.perf_counter() - t0:.3f}"])

    t0 = time.perf_counter()
    idx = [rng.randrange(entries) for _ in range(samples)]
    for i in idx:
        assert verify_inclusion(leaves[i], i, entries, log.inclusion_proof(i), root)
    rows.append(
        [f"verify: {samples} inclusion proofs (make + check)", f"{time.perf_counter() - t0:.3f}"]
    )

    t0 = time.perf_counter()
    olds = [rng.randrange(1, entries) for _ in range(samples)]
    for old in olds:
        p = log.consistency_proof(old)
        assert verify_consistency(old, entries, log.root(old), root, p)
    rows.append(
        [f"verify: {samples} consistency proofs (make + check)", f"{time.perf_counter() - t0:.3f}"]
    )
    table(f"Audit log ({entries:,} entries, ~250-byte JSON each)", ["step", "seconds"], rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--files", type=int, default=20)
    ap.add_argument("--mb", type=int, default=50)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--entries", type=int, default=100_000)
    ap.add_argument("--samples", type=int, default=1000)
    a = ap.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, {hashlib.sha256().name}")
    if shutil.which("sha256sum"):
        bench_hashing(a.files, a.mb, a.repeat)
    else:
        print("sha256sum not found: skipping the hashing comparison")
    bench_log(a.entries, a.samples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
