"""docs/verify_proof.py checks proofs made by gawahi.vault, with the stdlib only."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from gawahi.vault.checkpoint import generate_key, sign_checkpoint
from gawahi.vault.merkle import (
    MerkleLog,
    consistency_proof_document,
    inclusion_proof_document,
)

SCRIPT = Path(__file__).resolve().parents[2] / "docs" / "verify_proof.py"
ORIGIN = "gawahi.example/log"


def run(*args: str | Path, stdlib_only: bool = False) -> subprocess.CompletedProcess[str]:
    # -S: no site-packages, so nothing but the standard library is importable.
    flags = ["-S", "-I"] if stdlib_only else ["-I"]
    return subprocess.run(
        [sys.executable, *flags, str(SCRIPT), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    d = tmp_path_factory.mktemp("verify")
    log = MerkleLog()
    leaves = [json.dumps({"seq": i, "who": "reviewer", "op": "edit"}).encode() for i in range(37)]
    for x in leaves:
        log.append(x)
    key = generate_key(ORIGIN)
    (d / "cp20").write_text(sign_checkpoint(ORIGIN, 20, log.root(20), key))
    (d / "cp37").write_text(sign_checkpoint(ORIGIN, 37, log.root(37), key))
    (d / "incl.json").write_text(json.dumps(inclusion_proof_document(log, 13, 37)))
    (d / "cons.json").write_text(json.dumps(consistency_proof_document(log, 20, 37)))
    (d / "leaves.txt").write_text("".join(x.hex() + "\n" for x in leaves))
    return {"dir": d, "vkey": key.vkey, "other": generate_key(ORIGIN).vkey, "log": log}


def test_script_exists_and_is_stdlib_only() -> None:
    src = SCRIPT.read_text()
    imports = {
        line.split()[1].split(".")[0]
        for line in src.splitlines()
        if line.startswith(("import ", "from ")) and "__future__" not in line
    }
    assert imports <= {"argparse", "base64", "hashlib", "json", "sys"}


def test_valid_proofs_pass_stdlib_only(setup: dict[str, object]) -> None:
    d = setup["dir"]
    assert isinstance(d, Path)
    r = run("inclusion", d / "incl.json", "--checkpoint", d / "cp37", stdlib_only=True)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "OK leaf 13" in r.stdout and "NOT checked" in r.stdout
    r = run(
        "consistency", d / "cons.json", "--old-checkpoint", d / "cp20",
        "--new-checkpoint", d / "cp37", stdlib_only=True,
    )  # fmt: skip
    assert r.returncode == 0, r.stdout + r.stderr
    r = run("root", d / "leaves.txt", "--checkpoint", d / "cp20", stdlib_only=True)
    assert r.returncode == 0 and "OK the first 20 leaves" in r.stdout
    r = run("checkpoint", d / "cp37", stdlib_only=True)
    assert r.returncode == 0 and "size=37" in r.stdout
    # the entry itself instead of its hash
    incl = json.loads((d / "incl.json").read_text())
    entry = (d / "leaves.txt").read_text().split()[13]
    (d / "incl_data.json").write_text(json.dumps(dict(incl, leaf_data=entry)))
    r = run("inclusion", d / "incl_data.json", "--checkpoint", d / "cp37", stdlib_only=True)
    assert r.returncode == 0, r.stdout
    other = (d / "leaves.txt").read_text().split()[12]
    (d / "incl_other.json").write_text(json.dumps({**incl, "leaf_data": other}))
    assert run("inclusion", d / "incl_other.json", stdlib_only=True).returncode == 1


def test_signature_checked_with_vkey(setup: dict[str, object]) -> None:
    d = setup["dir"]
    assert isinstance(d, Path)
    r = run("checkpoint", d / "cp37", "--vkey", str(setup["vkey"]))
    assert r.returncode == 0 and "OK signature" in r.stdout, r.stdout
    r = run("checkpoint", d / "cp37", "--vkey", str(setup["other"]))
    assert r.returncode == 1 and "no signature" in r.stdout
    r = run("inclusion", d / "incl.json", "--checkpoint", d / "cp37", "--vkey", str(setup["vkey"]))
    assert r.returncode == 0, r.stdout
    # without cryptography available, asking for a signature check is an error, not a pass
    r = run("checkpoint", d / "cp37", "--vkey", str(setup["vkey"]), stdlib_only=True)
    assert r.returncode == 2 and "cryptography" in r.stdout


def test_tampering_detected(setup: dict[str, object], tmp_path: Path) -> None:
    d = setup["dir"]
    assert isinstance(d, Path)
    incl = json.loads((d / "incl.json").read_text())
    bad = dict(incl, proof=[incl["proof"][0][:-1] + "0", *incl["proof"][1:]])
    if bad == incl:
        bad = dict(incl, proof=[incl["proof"][0][:-1] + "1", *incl["proof"][1:]])
    (tmp_path / "bad_incl.json").write_text(json.dumps(bad))
    assert run("inclusion", tmp_path / "bad_incl.json", stdlib_only=True).returncode == 1
    (tmp_path / "idx.json").write_text(json.dumps(dict(incl, index=12)))
    assert run("inclusion", tmp_path / "idx.json", stdlib_only=True).returncode == 1
    cons = json.loads((d / "cons.json").read_text())
    (tmp_path / "bad_cons.json").write_text(json.dumps(dict(cons, proof=cons["proof"][:-1])))
    assert run("consistency", tmp_path / "bad_cons.json", stdlib_only=True).returncode == 1
    # a proof that does not match the checkpoint it is checked against
    r = run("inclusion", d / "incl.json", "--checkpoint", d / "cp20", stdlib_only=True)
    assert r.returncode == 1
    # tampered checkpoint text fails its signature
    cp = (d / "cp37").read_text().replace("\n37\n", "\n36\n")
    (tmp_path / "cp_bad").write_text(cp)
    r = run("checkpoint", tmp_path / "cp_bad", "--vkey", str(setup["vkey"]))
    assert r.returncode == 1 and "INVALID" in r.stdout
    # one leaf changed: the recomputed root no longer matches
    leaves = (d / "leaves.txt").read_text().split()
    leaves[5] = leaves[5][:-2] + ("00" if leaves[5][-2:] != "00" else "01")
    (tmp_path / "leaves.txt").write_text("\n".join(leaves) + "\n")
    r = run("root", tmp_path / "leaves.txt", "--checkpoint", d / "cp20", stdlib_only=True)
    assert r.returncode == 1
    (tmp_path / "junk.json").write_text("{}")
    assert run("inclusion", tmp_path / "junk.json", stdlib_only=True).returncode == 2
