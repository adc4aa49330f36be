"""Content-addressed store: addressing, idempotence, tamper detection, crash safety."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from gawahi.vault.cas import (
    LocalVault,
    ObjectNotFound,
    S3Vault,
    Vault,
    hash_file,
    is_digest,
)

ABC_HASH = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


def test_put_get_layout(tmp_path: Path) -> None:
    v = LocalVault(tmp_path / "vault")
    d = v.put_bytes(b"abc")
    assert d == ABC_HASH
    p = v.path_for(d)
    assert p == tmp_path / "vault" / "ba" / "78" / ABC_HASH
    assert p.read_bytes() == b"abc"
    assert p.stat().st_mode & 0o222 == 0  # read-only object
    assert v.exists(d) and v.get(d) == b"abc"
    with v.open(d) as f:
        assert f.read() == b"abc"
    assert list(v.iter_objects()) == [d]
    assert v.verify_object(d)
    assert list(v.verify_all()) == []
    assert v.tmp_files() == []
    empty = v.put_bytes(b"")
    assert empty == hashlib.sha256(b"").hexdigest() and v.get(empty) == b""


def test_put_file_streams(tmp_path: Path) -> None:
    v = LocalVault(tmp_path / "vault")
    src = tmp_path / "big.bin"
    data = os.urandom(3 * (1 << 20) + 12345)
    src.write_bytes(data)
    d = v.put_file(src)
    assert d == hashlib.sha256(data).hexdigest() == hash_file(src)
    assert v.get(d) == data
    assert v.tmp_files() == []


def test_idempotent_does_not_rewrite(tmp_path: Path) -> None:
    v = LocalVault(tmp_path / "vault")
    d = v.put_bytes(b"evidence")
    p = v.path_for(d)
    before = p.stat()
    time.sleep(0.01)
    src = tmp_path / "same.txt"
    src.write_bytes(b"evidence")
    assert v.put_bytes(b"evidence") == d
    assert v.put_file(src) == d
    after = p.stat()
    assert (before.st_ino, before.st_mtime_ns) == (after.st_ino, after.st_mtime_ns)
    assert list(v.iter_objects()) == [d]
    assert v.tmp_files() == []


def test_tamper_detected(tmp_path: Path) -> None:
    v = LocalVault(tmp_path / "vault")
    digests = [v.put_bytes(b"object %d" % i) for i in range(20)]
    victim = digests[7]
    p = v.path_for(victim)
    p.chmod(0o644)
    raw = bytearray(p.read_bytes())
    raw[3] ^= 0x01
    p.write_bytes(bytes(raw))
    assert not v.verify_object(victim)
    failures = list(v.verify_all())
    assert [f.digest for f in failures] == [victim]
    assert "corrupt" in failures[0].reason
    # a damaged object is never silently "repaired" by a later put
    v.put_bytes(b"object 7")
    assert not v.verify_object(victim)


def test_missing_and_stray_reported(tmp_path: Path) -> None:
    v = LocalVault(tmp_path / "vault")
    d = v.put_bytes(b"x")
    assert not v.verify_object("0" * 64)
    with pytest.raises(ObjectNotFound):
        v.get("0" * 64)
    (v.path_for(d).parent / "notes.txt").write_text("stray")
    (v.root / "README").write_text("stray")
    # an object stored under the wrong fan-out is stray, not an object
    wrong = v.root / "00" / "00" / d
    wrong.parent.mkdir(parents=True)
    wrong.write_bytes(b"x")
    assert list(v.iter_objects()) == [d]
    reasons = sorted(str(f) for f in v.verify_all())
    assert len(reasons) == 3 and all("stray file" in r for r in reasons)


def test_rejects_non_digests(tmp_path: Path) -> None:
    v = LocalVault(tmp_path / "vault")
    for bad in ["../../etc/passwd", ABC_HASH.upper(), ABC_HASH[:-1], ""]:
        with pytest.raises(ValueError):
            v.path_for(bad)
    assert is_digest(ABC_HASH) and not is_digest(ABC_HASH + "0")


def test_clean_tmp(tmp_path: Path) -> None:
    v = LocalVault(tmp_path / "vault")
    orphan = v.tmp_dir / "put-abc.tmp"
    orphan.write_bytes(b"partial")
    assert v.clean_tmp() == 0  # too young: might be a write in progress
    assert v.clean_tmp(older_than_s=0) == 1
    assert v.tmp_files() == []


def test_vault_is_abstract() -> None:
    with pytest.raises(TypeError):
        Vault()  # type: ignore[abstract]


# ------------------------------------------------------------------ crash safety

_WRITER = textwrap.dedent(
    """
    import os, random, sys
    from gawahi.vault.cas import LocalVault
    v = LocalVault(sys.argv[1])
    rng = random.Random(int(sys.argv[2]))
    src = sys.argv[3]
    print("ready", flush=True)
    while True:
        if rng.random() < 0.3:
            d = v.put_file(src)
        else:
            d = v.put_bytes(rng.randbytes(rng.choice([10, 5000, 1 << 20, 6 << 20])))
        print(d, flush=True)
    """
)


def test_sigkill_quick(tmp_path: Path) -> None:
    _sigkill_writers(tmp_path, rounds=10)


@pytest.mark.slow
def test_sigkill_200_kills(tmp_path: Path) -> None:
    _sigkill_writers(tmp_path, rounds=int(os.environ.get("GAWAHI_CRASH_ROUNDS", "100")))


def _sigkill_writers(tmp_path: Path, rounds: int) -> None:
    """Kill pairs of concurrent writers with SIGKILL at random points (2 kills per
    round); every visible object must verify, every acknowledged write must be there,
    orphans stay in tmp/ and are never taken for objects."""
    root = tmp_path / "vault"
    LocalVault(root)
    src = tmp_path / "src.bin"
    src.write_bytes(os.urandom(8 << 20))
    rng = random.Random(1234)
    acknowledged: set[str] = set()
    checked: set[str] = set()
    orphans_seen = kills = 0
    for i in range(rounds):
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", _WRITER, str(root), str(2 * i + j), str(src)],
                stdout=subprocess.PIPE,
                text=True,
            )
            for j in range(2)
        ]
        for proc in procs:
            assert proc.stdout is not None
            assert proc.stdout.readline().strip() == "ready"
        for proc in procs:
            time.sleep(rng.uniform(0.0, 0.06))
            proc.send_signal(signal.SIGKILL)
        for proc in procs:
            out, _ = proc.communicate()
            assert proc.returncode == -signal.SIGKILL
            kills += 1
            acknowledged.update(line for line in out.split() if is_digest(line))
        v = LocalVault(root)
        orphans_seen += len(v.tmp_files())
        # after each crash: every newly visible object is complete
        for d in set(v.iter_objects()) - checked:
            assert v.verify_object(d), f"partial object visible after SIGKILL: {d}"
            checked.add(d)
        v.clean_tmp(older_than_s=0)
    v = LocalVault(root)
    assert kills == 2 * rounds
    assert acknowledged, "no write ever completed"
    assert acknowledged <= set(v.iter_objects())  # no acknowledged write lost
    assert list(v.verify_all()) == []  # nothing corrupt, nothing stray
    assert v.tmp_files() == []
    assert orphans_seen > 0, "no kill landed mid-write; the test proved nothing"
    print(f"{kills} kills, {orphans_seen} orphan temp files, {len(acknowledged)} acknowledged")


# ------------------------------------------------------------------ S3 (moto)


def test_s3_vault_with_moto() -> None:
    import boto3
    import moto
    with moto.mock_aws():
        client = boto3.client("s3", region_name="us-east-1")
        client.create_bucket(Bucket="evidence")
        v = S3Vault("evidence", prefix="vault/", client=client)
        d = v.put_bytes(b"abc")
        assert d == ABC_HASH
        assert v.exists(d) and not v.exists("0" * 64)
        assert v.get(d) == b"abc"
        assert v.put_bytes(b"abc") == d
        d2 = v.put_bytes(os.urandom(3 << 20))
        assert sorted(v.iter_objects()) == sorted([d, d2])
        assert v.verify_object(d2)
        assert list(v.verify_all()) == []
        with pytest.raises(ObjectNotFound):
            v.get("0" * 64)
        client.put_object(Bucket="evidence", Key=v.key_for(d), Body=b"abd")  # tamper
        failures = list(v.verify_all())
        assert [f.digest for f in failures] == [d]
