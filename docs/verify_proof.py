#!/usr/bin/env python3
"""Check Gawahi audit-log proofs and checkpoints offline, with the standard library.

    python3 verify_proof.py checkpoint CHECKPOINT [--vkey VKEY]
    python3 verify_proof.py inclusion PROOF.json [--checkpoint CHECKPOINT] [--vkey VKEY]
    python3 verify_proof.py consistency PROOF.json [--old-checkpoint CP --new-checkpoint CP]
                                                   [--vkey VKEY]
    python3 verify_proof.py root LEAVES.txt [--checkpoint CHECKPOINT] [--vkey VKEY]

The Merkle tree arithmetic (RFC 6962 hashing, RFC 9162 s2.1.3.2 / s2.1.4.2 proof
verification) uses only hashlib. Checking the Ed25519 *signature* on a checkpoint
(--vkey) needs the `cryptography` package; without --vkey the signature is not
checked and the script says so.

Exit status: 0 all checks passed, 1 a check failed, 2 bad input or missing package.
This file is deliberately self-contained: copy it anywhere.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import sys


class Bad(Exception):
    """Malformed input (exit 2)."""


def leaf_hash(data: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def decode_hash(s: str) -> bytes:
    """A 32-byte hash given as 64 hex digits or 44 base64 characters."""
    try:
        raw = bytes.fromhex(s) if len(s) == 64 else base64.b64decode(s, validate=True)
    except ValueError as e:
        raise Bad(f"not a hash: {s!r}") from e
    if len(raw) != 32:
        raise Bad(f"not a 32-byte hash: {s!r}")
    return raw


def verify_inclusion(leaf: bytes, index: int, size: int, proof: list[bytes], root: bytes) -> bool:
    """RFC 9162 section 2.1.3.2."""
    if not 0 <= index < size:
        return False
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            while fn and not fn & 1:
                fn, sn = fn >> 1, sn >> 1
        else:
            r = node_hash(r, p)
        fn, sn = fn >> 1, sn >> 1
    return sn == 0 and r == root


def verify_consistency(
    old_size: int, new_size: int, old_root: bytes, new_root: bytes, proof: list[bytes]
) -> bool:
    """RFC 9162 section 2.1.4.2 (plus the trivial cases of equal sizes / empty old tree)."""
    if old_size < 0 or new_size < old_size:
        return False
    if old_size == new_size:
        return not proof and old_root == new_root
    if old_size == 0:
        return not proof and old_root == hashlib.sha256(b"").digest()
    if not proof:
        return False
    path = ([old_root] if old_size & (old_size - 1) == 0 else []) + list(proof)
    fn, sn = old_size - 1, new_size - 1
    while fn & 1:
        fn, sn = fn >> 1, sn >> 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr, sr = node_hash(c, fr), node_hash(c, sr)
            while fn and not fn & 1:
                fn, sn = fn >> 1, sn >> 1
        else:
            sr = node_hash(sr, c)
        fn, sn = fn >> 1, sn >> 1
    return sn == 0 and fr == old_root and sr == new_root


def tree_root(leaf_hashes: list[bytes]) -> bytes:
    """RFC 6962 MTH, bottom-up (the odd node at the end of a level moves up as is)."""
    if not leaf_hashes:
        return hashlib.sha256(b"").digest()
    level = leaf_hashes
    while len(level) > 1:
        nxt = [node_hash(level[i], level[i + 1]) for i in range(0, len(level) - 1, 2)]
        level = nxt + ([level[-1]] if len(level) % 2 else [])
    return level[0]


# ---------------------------------------------------------------- checkpoints


def read_checkpoint(path: str, vkey: str | None) -> tuple[str, int, bytes]:
    """Parse a C2SP tlog-checkpoint; verify its Ed25519 signature if vkey is given."""
    with open(path, encoding="utf-8") as f:
        note = f.read()
    cut = note.rfind("\n\n")
    if cut < 0 or not note.endswith("\n"):
        raise Bad("checkpoint has no signature block")
    text, sig_lines = note[: cut + 1], note[cut + 2 : -1].split("\n")
    lines = text[:-1].split("\n")
    if len(lines) < 3 or not all(lines) or not lines[1].isdigit() or lines[1] != str(int(lines[1])):
        raise Bad("malformed checkpoint body")
    origin, size, root = lines[0], int(lines[1]), decode_hash(lines[2])
    if vkey is None:
        print("WARNING: checkpoint signature NOT checked (no --vkey given)")
    else:
        check_signature(text, sig_lines, vkey)
    return origin, size, root


def check_signature(text: str, sig_lines: list[str], vkey: str) -> None:
    try:
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    except ImportError as e:
        raise Bad("checking signatures needs: pip install cryptography") from e
    name, key_hash, key_b64 = vkey.strip().split("+", 2)
    key = base64.b64decode(key_b64)
    if len(key) != 33 or key[0] != 1:
        raise Bad("verifier key is not an Ed25519 note key")
    kid = hashlib.sha256(name.encode() + b"\n" + key).digest()[:4]
    if kid.hex() != key_hash:
        raise Bad("verifier key hash does not match")
    pub = Ed25519PublicKey.from_public_bytes(key[1:])
    good = 0
    for line in sig_lines:
        parts = line.split(" ")
        if len(parts) != 3 or parts[0] != "\u2014":
            raise Bad(f"malformed signature line {line!r}")
        raw = base64.b64decode(parts[2])
        if parts[1] != name or raw[:4] != kid:
            continue  # someone else's signature (e.g. a witness): ignore
        try:
            pub.verify(raw[4:], text.encode())
        except InvalidSignature:
            raise SystemExit(fail(f"INVALID signature by {name}")) from None
        good += 1
    if not good:
        raise SystemExit(fail(f"no signature by {name}+{key_hash}"))
    print(f"OK signature by {name}+{key_hash}")


def fail(msg: str) -> int:
    print("FAIL: " + msg)
    return 1


# ---------------------------------------------------------------- commands


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=["checkpoint", "inclusion", "consistency", "root"])
    ap.add_argument("file")
    ap.add_argument("--checkpoint")
    ap.add_argument("--old-checkpoint")
    ap.add_argument("--new-checkpoint")
    ap.add_argument("--vkey", help="log verifier key, name+hash+base64 (needs cryptography)")
    a = ap.parse_args(argv)
    try:
        return run(a)
    except (Bad, KeyError, ValueError, TypeError) as e:
        print(f"ERROR: {e}")
        return 2


def run(a: argparse.Namespace) -> int:
    if a.command == "checkpoint":
        origin, size, root = read_checkpoint(a.file, a.vkey)
        print(f"OK checkpoint origin={origin} size={size} root={root.hex()}")
        return 0
    if a.command == "root":
        with open(a.file, encoding="ascii") as f:
            leaves = [leaf_hash(bytes.fromhex(x)) for x in f.read().split()]
        root = tree_root(leaves)
        print(f"size={len(leaves)} root={root.hex()}")
        if a.checkpoint:
            _, size, cp_root = read_checkpoint(a.checkpoint, a.vkey)
            if size > len(leaves) or tree_root(leaves[:size]) != cp_root:
                return fail(f"the first {size} leaves do not hash to the checkpoint root")
            print(f"OK the first {size} leaves match the checkpoint")
        return 0
    with open(a.file, encoding="utf-8") as f:
        doc = json.load(f)
    proof = [decode_hash(p) for p in doc["proof"]]
    if a.command == "inclusion":
        index, size, root = int(doc["index"]), int(doc["size"]), decode_hash(doc["root"])
        if "leaf_data" in doc:
            leaf = leaf_hash(bytes.fromhex(doc["leaf_data"]))
            if "leaf_hash" in doc and decode_hash(doc["leaf_hash"]) != leaf:
                return fail("leaf_hash does not match leaf_data")
        else:
            leaf = decode_hash(doc["leaf_hash"])
        if a.checkpoint:
            _, size_cp, root_cp = read_checkpoint(a.checkpoint, a.vkey)
            if (size_cp, root_cp) != (size, root):
                return fail("proof is for a different tree than the checkpoint")
        if not verify_inclusion(leaf, index, size, proof, root):
            return fail(f"leaf {index} is NOT proven in the tree of size {size}")
        print(f"OK leaf {index} is included in the tree of size {size} root {root.hex()}")
        return 0
    old, new = int(doc["old_size"]), int(doc["new_size"])
    old_root, new_root = decode_hash(doc["old_root"]), decode_hash(doc["new_root"])
    for cp, size, root in ((a.old_checkpoint, old, old_root), (a.new_checkpoint, new, new_root)):
        if cp and read_checkpoint(cp, a.vkey)[1:] != (size, root):
            return fail(f"proof does not match checkpoint {cp}")
    if not verify_consistency(old, new, old_root, new_root, proof):
        return fail(f"tree {new} is NOT proven to extend tree {old}")
    print(f"OK tree of size {new} is an append-only extension of tree of size {old}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
