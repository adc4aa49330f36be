"""SIGKILL during `gawahi ingest`: the database opens, passes integrity_check, and holds
every source whose ingest had been reported done."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from gawahi.vault.cas import LocalVault
from tests.samples import report

KILLS = int(os.environ.get("GAWAHI_CRASH_KILLS", "6"))


@pytest.mark.sqlite_only
def test_sigkill_mid_batch_loses_nothing_acknowledged(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(60):
        (inputs / f"r{i:03d}.txt").write_text(report(1000 + i))
    db = tmp_path / "crash.db"
    env = {**os.environ, "GAWAHI_DB": str(db), "GAWAHI_VAULT": str(tmp_path / "vault")}
    rnd = random.Random(42)
    acknowledged: set[str] = set()
    for _ in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, "-m", "gawahi.cli.main", "ingest", "--no-extract", str(inputs)],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True,
        )
        assert proc.stdout is not None
        stop_after = rnd.randint(1, 12)
        seen = 0
        for line in proc.stdout:
            if line.startswith("ok "):
                acknowledged.add(line.split()[1].rstrip(":"))
                seen += 1
                if seen >= stop_after:
                    proc.send_signal(signal.SIGKILL)
                    break
        proc.wait()
        con = sqlite3.connect(db)
        try:
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            stored = {r[0] for r in con.execute("SELECT origin FROM sources")}
            n_audit = con.execute("SELECT count(*) FROM audit_log WHERE table_name='sources'").fetchone()[0]
        finally:
            con.close()
        assert acknowledged <= stored
        assert n_audit == len(stored)  # no source without its audit entry, none orphaned
    # Vault: every object referenced exists; no temporary file left looking like an object.
    con = sqlite3.connect(db)
    raws = {r[0] for r in con.execute("SELECT raw_hash FROM sources")}
    con.close()
    vault = LocalVault(tmp_path / "vault")
    assert raws and all(vault.exists(h) and vault.verify_object(h) for h in raws)
