"""Crash test: SIGKILL `gawahi ingest` at random points, many times, and check nothing is lost.

    python benchmarks/crash_ingest.py [--kills 200] [--batch 15] [--seed 7] [--extract]
                                      [--checkpoint-every 20] [--workdir DIR]

Each round writes `--batch` new reports (text and HTML) to a new folder and runs
``python -m gawahi.cli.main ingest`` on it and on the previous round's folder (so interrupted
items are retried), on one SQLite database and one vault. The process is killed with SIGKILL
either a random time after it starts (0.05 s to about the length of a full run: startup,
migrations, vault writes, transactions) or just after its k-th acknowledgement plus a random
sub-millisecond to few-millisecond delay. After every kill it checks:

* the database opens and ``PRAGMA integrity_check`` says ok;
* every source acknowledged so far (``ok    ORIGIN: ...`` is printed only after the commit) is
  stored: lost must be 0;
* every source has exactly its one audit entry (no row without its entry);
* no partial vault file is visible: ``LocalVault.verify_all`` finds no corrupt or stray
  object (an interrupted write may leave a temp file under ``tmp/`` only, counted);
* no orphan: every source's ``raw_hash`` is in the vault and re-hashes to its name.

Every `--checkpoint-every` rounds it runs ``gawahi log checkpoint``; at the end one clean
ingest and ``gawahi verify`` (which must exit 0). Prints a table.

A kill is counted "mid-write" when the killed process had already changed the store (a new
vault object or a new row appeared during that run) and had not finished its batch.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import IO

from gawahi.vault.cas import LocalVault

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from tests.samples import html_page, report  # noqa: E402


def db_state(db: Path) -> tuple[str, set[str], int, set[str], int]:
    """(integrity, origins, sources audit entries, raw hashes, number of sources)."""
    con = sqlite3.connect(db, timeout=30)
    try:
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        try:
            rows = con.execute("SELECT origin, raw_hash FROM sources").fetchall()
            n_audit = con.execute(
                "SELECT count(*) FROM audit_log WHERE table_name='sources'"
            ).fetchone()[0]
        except sqlite3.OperationalError:  # killed before the schema existed
            rows, n_audit = [], 0
    finally:
        con.close()
    return integrity, {r[0] for r in rows}, int(n_audit), {r[1] for r in rows}, len(rows)


def count_objects(vault_dir: Path) -> int:
    if not vault_dir.exists():
        return 0
    return sum(1 for _ in LocalVault(vault_dir, fsync=False).iter_objects())


def make_round(inputs: Path, k: int, batch: int, rnd: random.Random) -> Path:
    d = inputs / f"round{k:04d}"
    d.mkdir(parents=True)
    for i in range(batch):
        seed = 100_000 + k * 1000 + i
        if rnd.random() < 0.25:
            (d / f"r{i:03d}.html").write_bytes(html_page(report(seed), title=f"Report {seed}"))
        else:
            (d / f"r{i:03d}.txt").write_text(report(seed))
    return d


def _read_acks(stream: IO[str], acks: list[str], lock: threading.Lock) -> None:
    """Collect ORIGIN from every `ok    ORIGIN: ...` line (printed after the commit)."""
    for line in stream:
        if line.startswith("ok "):
            with lock:
                acks.append(line[3:].strip().split(": ", 1)[0])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kills", type=int, default=200)
    ap.add_argument("--batch", type=int, default=15)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--extract", action="store_true", help="extract claims too (slower, bigger transactions)")
    ap.add_argument("--checkpoint-every", type=int, default=20)
    ap.add_argument("--workdir", type=Path, default=None)
    args = ap.parse_args()

    work = args.workdir or Path(tempfile.mkdtemp(prefix="gawahi-crash-"))
    work.mkdir(parents=True, exist_ok=True)
    db, vault_dir, inputs = work / "crash.db", work / "vault", work / "in"
    env = {**os.environ, "GAWAHI_DB": str(db), "GAWAHI_VAULT": str(vault_dir), "GAWAHI_USER": "crashtest",
           "PYTHONPATH": str(REPO / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}  # fmt: skip
    base_cmd = [sys.executable, "-m", "gawahi.cli.main"]
    ingest_cmd = [*base_cmd, "ingest", *([] if args.extract else ["--no-extract"])]
    rnd = random.Random(args.seed)

    acknowledged: set[str] = set()
    kills = mid_write = completed = rounds = checkpoints = 0
    failures: list[str] = []
    max_tmp = 0
    run_time = 4.0  # refined from runs that complete
    prev: Path | None = None
    t0 = time.monotonic()
    while kills < args.kills:
        rounds += 1
        cur = make_round(inputs, rounds, args.batch, rnd)
        targets = [str(p) for p in (cur, prev) if p is not None]  # new work first
        prev = cur
        objs_before = count_objects(vault_dir)
        rows_before = db_state(db)[4] if db.exists() else 0
        by_ack = rnd.random() < 0.5
        stop_after = rnd.randint(1, args.batch)
        delay = rnd.uniform(0.05, run_time)
        started = time.monotonic()
        proc = subprocess.Popen([*ingest_cmd, *targets], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                env=env, text=True)  # fmt: skip
        assert proc.stdout is not None
        acks_this_run: list[str] = []
        lock = threading.Lock()

        th = threading.Thread(target=_read_acks, args=(proc.stdout, acks_this_run, lock), daemon=True)
        th.start()
        killed = False
        while proc.poll() is None:
            with lock:
                n_acks = len(acks_this_run)
            if (by_ack and n_acks >= stop_after) or (not by_ack and time.monotonic() - started >= delay):
                if by_ack:
                    time.sleep(rnd.choice([0, 0, 0.0005, 0.002, 0.01, 0.05]))
                try:
                    proc.send_signal(signal.SIGKILL)
                    killed = True
                except ProcessLookupError:
                    pass
                break
            time.sleep(0.001)
        proc.wait()
        th.join(timeout=5)
        finished_itself = proc.returncode is not None and proc.returncode >= 0
        if finished_itself:
            killed = False
            completed += 1
            run_time = max(run_time * 0.8 + (time.monotonic() - started) * 0.2, 0.5)
        with lock:
            acknowledged.update(acks_this_run)

        # Checks after every run.
        integrity, stored, n_audit, raws, n_rows = db_state(db)
        if integrity != "ok":
            failures.append(f"round {rounds}: integrity_check says {integrity}")
        lost = acknowledged - stored
        if lost:
            failures.append(f"round {rounds}: {len(lost)} acknowledged source(s) lost, e.g. {sorted(lost)[:2]}")
        if n_audit != n_rows:
            failures.append(f"round {rounds}: {n_rows} sources but {n_audit} audit entries")
        vault = LocalVault(vault_dir, fsync=False)
        bad = list(vault.verify_all())
        if bad:
            failures.append(f"round {rounds}: partial or corrupt vault file visible: {bad[:2]}")
        missing = [h for h in raws if not vault.exists(h)]
        if missing:
            failures.append(f"round {rounds}: orphan: {len(missing)} source(s) refer to missing vault objects")
        max_tmp = max(max_tmp, len(vault.tmp_files()))
        if killed:
            kills += 1
            changed = count_objects(vault_dir) > objs_before or n_rows > rows_before
            if changed:
                mid_write += 1
        if args.checkpoint_every and rounds % args.checkpoint_every == 0:
            r = subprocess.run([*base_cmd, "log", "checkpoint"], env=env, capture_output=True, text=True)
            if r.returncode != 0:
                failures.append(f"round {rounds}: log checkpoint failed: {r.stderr.strip()[-200:]}")
            else:
                checkpoints += 1
        if kills and kills % 25 == 0 and killed:
            el = time.monotonic() - t0
            print(f"  {kills} kills, {len(acknowledged)} acknowledged, {el:.0f} s", file=sys.stderr, flush=True)

    # Restart: a clean run finishes the batch, then a checkpoint and a full verify.
    final = subprocess.run([*ingest_cmd, str(inputs)], env=env, capture_output=True, text=True)
    if final.returncode != 0:
        failures.append(f"final ingest exited {final.returncode}: {final.stderr.strip()[-300:]}")
    subprocess.run([*base_cmd, "log", "checkpoint"], env=env, capture_output=True, text=True)
    checkpoints += 1
    ver = subprocess.run([*base_cmd, "verify"], env=env, capture_output=True, text=True)
    integrity, stored, n_audit, raws, n_rows = db_state(db)
    lost_total = len(acknowledged - stored)
    expected = {str(p) for p in inputs.rglob("*") if p.is_file()}
    verify_line = (ver.stdout.strip().splitlines() or ["(no output)"])[-1]
    elapsed = time.monotonic() - t0

    rows = [
        ("rounds (ingest runs)", rounds),
        ("SIGKILLs", kills),
        ("  mid-write kills", mid_write),
        ("  runs that finished before the kill", completed),
        ("acknowledged sources", len(acknowledged)),
        ("lost (acknowledged, not stored)", lost_total),
        ("sources stored after restart / inputs", f"{n_rows} / {len(expected)}"),
        ("check failures after kills", len(failures)),
        ("max temp files left in vault/tmp", max_tmp),
        ("checkpoints signed", checkpoints),
        ("PRAGMA integrity_check (final)", integrity),
        ("gawahi verify exit", ver.returncode),
        ("gawahi verify", verify_line[:90]),
        ("elapsed", f"{elapsed:.0f} s"),
    ]
    w = max(len(r[0]) for r in rows)
    print(f"\ncrash_ingest: SQLite, batch {args.batch}, extract={'on' if args.extract else 'off'}, seed {args.seed}")
    print(f"{'measure':<{w}}  value")
    print(f"{'-' * w}  {'-' * 20}")
    for k, v in rows:
        print(f"{k:<{w}}  {v}")
    for f in failures[:20]:
        print("FAIL", f)
    if ver.returncode != 0:
        print(ver.stdout[-2000:])
    ok = not failures and lost_total == 0 and ver.returncode == 0 and integrity == "ok" and n_rows == len(expected)
    if args.workdir is None and ok:
        shutil.rmtree(work, ignore_errors=True)
    else:
        print(f"work folder kept: {work}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
