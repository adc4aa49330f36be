"""RFC 6962 Merkle tree: reference vectors, algorithm cross-checks, property tests."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gawahi.vault.merkle import (
    EMPTY_ROOT,
    MerkleLog,
    hash_children,
    hash_leaf,
    root_from_leaf_hashes,
    verify_consistency,
    verify_inclusion,
)

VECTORS = Path("/work/shared/corpus/rfc6962/vectors.txt")

# transparency-dev/merkle testonly/constants.go LeafInputs()
LEAVES = [
    bytes.fromhex(x)
    for x in [
        "",
        "00",
        "10",
        "2021",
        "3031",
        "40414243",
        "5051525354555657",
        "606162636465666768696a6b6c6d6e6f",
    ]
]
# RootHashes() for n = 0..8 (n = 0 is EmptyRootHash)
ROOTS = [
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]
# Inclusion proofs from log_verifier_test.go (converted to 0-based leaf index).
INCLUSION = [
    (0, 8, ["96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"]),
    (5, 8, ["bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"]),
    (2, 3, ["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"]),
    (1, 5, ["6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"]),
    (0, 1, []),
]  # fmt: skip
CONSISTENCY = [
    (1, 1, []),
    (1, 8, ["96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"]),
    (6, 8, ["0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"]),
    (2, 5, ["5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"]),
    (6, 7, ["0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"]),
]  # fmt: skip


def h(x: str) -> bytes:
    return bytes.fromhex(x)


@pytest.fixture(scope="module")
def log8() -> MerkleLog:
    return MerkleLog.from_leaves(LEAVES)


# ----------------------------------------------------------------- reference vectors


def test_hasher_vectors() -> None:
    assert EMPTY_ROOT.hex() == ROOTS[0]
    assert (
        hash_leaf(b"").hex() == "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"
    )
    assert (
        hash_leaf(b"L123456").hex()
        == "395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56"
    )
    assert (
        hash_children(b"N123", b"N456").hex()
        == "aa217fe888e47007fa15edab33c2b492a722cb106c64667fc2b044444de66bbb"
    )


def test_roots(log8: MerkleLog) -> None:
    for n, want in enumerate(ROOTS):
        assert log8.root(n).hex() == want
        assert root_from_leaf_hashes([hash_leaf(d) for d in LEAVES[:n]]).hex() == want
        assert MerkleLog.from_leaves(LEAVES[:n]).root().hex() == want


@pytest.mark.parametrize(("index", "size", "proof"), INCLUSION)
def test_inclusion_vectors(log8: MerkleLog, index: int, size: int, proof: list[str]) -> None:
    assert [p.hex() for p in log8.inclusion_proof(index, size)] == proof
    assert verify_inclusion(
        hash_leaf(LEAVES[index]), index, size, [h(p) for p in proof], h(ROOTS[size])
    )


@pytest.mark.parametrize(("old", "new", "proof"), CONSISTENCY)
def test_consistency_vectors(log8: MerkleLog, old: int, new: int, proof: list[str]) -> None:
    assert [p.hex() for p in log8.consistency_proof(old, new)] == proof
    assert verify_consistency(old, new, h(ROOTS[old]), h(ROOTS[new]), [h(p) for p in proof])


def test_rfc6962_symbolic_example(log8: MerkleLog) -> None:
    """RFC 6962 s2.1.3: PATH and PROOF on the 7-leaf tree, letters as in the RFC."""
    a, b, c, d, e, f, j = (hash_leaf(x) for x in LEAVES[:7])
    g, h_, i = hash_children(a, b), hash_children(c, d), hash_children(e, f)
    k, l_ = hash_children(g, h_), hash_children(i, j)
    assert log8.inclusion_proof(0, 7) == [b, h_, l_]
    assert log8.inclusion_proof(3, 7) == [c, g, l_]
    assert log8.inclusion_proof(4, 7) == [f, j, k]
    assert log8.inclusion_proof(6, 7) == [i, k]
    assert log8.consistency_proof(3, 7) == [c, d, g, l_]
    assert log8.consistency_proof(4, 7) == [l_]
    assert log8.consistency_proof(6, 7) == [i, j, k]


@pytest.mark.skipif(not VECTORS.exists(), reason="shared corpus not present")
def test_corpus_vectors_file(log8: MerkleLog) -> None:
    text = VECTORS.read_text()
    roots = dict(re.findall(r"^n=(\d+): ([0-9a-f]{64})$", text, re.M))
    assert len(roots) == 9
    for n, root in roots.items():
        assert log8.root(int(n)).hex() == root
    incl = re.findall(r"^incl n=(\d+) i=(\d+): \[(.*)\]$", text, re.M)
    cons = re.findall(r"^cons (\d+)->(\d+): \[(.*)\]$", text, re.M)
    assert len(incl) == 36 and len(cons) == 28
    for n_s, i_s, body in incl:
        n, i = int(n_s), int(i_s)
        want = [x for x in body.split(", ") if x]
        assert [p.hex() for p in log8.inclusion_proof(i, n)] == want
        assert verify_inclusion(log8.leaf_hash(i), i, n, [h(x) for x in want], log8.root(n))
    for a_s, b_s, body in cons:
        a, b = int(a_s), int(b_s)
        want = [x for x in body.split(", ") if x]
        assert [p.hex() for p in log8.consistency_proof(a, b)] == want
        assert verify_consistency(a, b, log8.root(a), log8.root(b), [h(x) for x in want])


# ----------------------------------------------------------------- reference implementation


def ref_mth(d: list[bytes]) -> bytes:
    """RFC 6962 s2.1 MTH, written as literally as possible."""
    n = len(d)
    if n == 0:
        return hashlib.sha256(b"").digest()
    if n == 1:
        return hashlib.sha256(b"\x00" + d[0]).digest()
    k = 1 << ((n - 1).bit_length() - 1)
    return hashlib.sha256(b"\x01" + ref_mth(d[:k]) + ref_mth(d[k:])).digest()


def ref_path(m: int, d: list[bytes]) -> list[bytes]:
    n = len(d)
    if n == 1:
        return []
    k = 1 << ((n - 1).bit_length() - 1)
    if m < k:
        return ref_path(m, d[:k]) + [ref_mth(d[k:])]
    return ref_path(m - k, d[k:]) + [ref_mth(d[:k])]


def ref_subproof(m: int, d: list[bytes], b: bool) -> list[bytes]:
    n = len(d)
    if m == n:
        return [] if b else [ref_mth(d)]
    k = 1 << ((n - 1).bit_length() - 1)
    if m <= k:
        return ref_subproof(m, d[:k], b) + [ref_mth(d[k:])]
    return ref_subproof(m - k, d[k:], False) + [ref_mth(d[:k])]


def test_against_literal_rfc_recursion_up_to_70() -> None:
    data = [i.to_bytes(2, "big") for i in range(70)]
    log = MerkleLog.from_leaves(data)
    for n in range(1, 71):
        assert log.root(n) == ref_mth(data[:n])
        for m in range(n):
            assert log.inclusion_proof(m, n) == ref_path(m, data[:n])
        for m in range(1, n + 1):
            assert log.consistency_proof(m, n) == ref_subproof(m, data[:n], True)


def test_incremental_equals_batch() -> None:
    log = MerkleLog()
    hashes = []
    for i in range(300):
        log.append(b"entry %d" % i)
        hashes.append(hash_leaf(b"entry %d" % i))
        assert log.root() == root_from_leaf_hashes(hashes)
    assert MerkleLog(log.leaf_hashes()).root() == log.root()


# ----------------------------------------------------------------- edge cases


def test_bad_arguments(log8: MerkleLog) -> None:
    with pytest.raises(ValueError):
        log8.inclusion_proof(8, 8)
    with pytest.raises(ValueError):
        log8.inclusion_proof(0, 9)
    with pytest.raises(ValueError):
        log8.consistency_proof(5, 4)
    with pytest.raises(ValueError):
        log8.root(9)
    with pytest.raises(ValueError):
        MerkleLog().append_leaf_hash(b"short")
    assert log8.consistency_proof(0, 5) == []


def test_verifier_edge_cases(log8: MerkleLog) -> None:
    r = [log8.root(n) for n in range(9)]
    leaf0 = hash_leaf(LEAVES[0])
    # inclusion: index/size out of range, garbage lengths, extra/missing components
    assert not verify_inclusion(leaf0, 0, 0, [], EMPTY_ROOT)
    assert not verify_inclusion(leaf0, 1, 1, [], r[1])
    assert not verify_inclusion(leaf0, -1, 1, [], r[1])
    assert verify_inclusion(leaf0, 0, 1, [], r[1])
    assert not verify_inclusion(leaf0, 0, 1, [leaf0], r[1])  # trailing component
    p = log8.inclusion_proof(0, 8)
    assert not verify_inclusion(leaf0, 0, 8, p[:-1], r[8])  # removed component
    assert not verify_inclusion(leaf0, 0, 8, p + [r[1]], r[8])  # trailing root
    assert not verify_inclusion(leaf0, 0, 8, [r[1], *p], r[8])  # inserted component
    assert not verify_inclusion(leaf0, 0, 8, p, b"\x00" + r[8])  # preceding garbage
    assert not verify_inclusion(leaf0, 0, 8, p, r[8] + b"\x00")  # trailing garbage
    assert not verify_inclusion(leaf0, 0, 8, p, b"")  # empty root
    assert not verify_inclusion(b"", 0, 8, p, r[8])  # empty leaf
    assert not verify_inclusion(leaf0, 0, 16, p, r[8])  # treeSize * 2
    assert not verify_inclusion(leaf0, 0, 4, p, r[8])  # treeSize / 2
    assert not verify_inclusion(leaf0, 1, 8, p, r[8])  # leafIdx + 1
    # consistency
    assert verify_consistency(0, 0, EMPTY_ROOT, EMPTY_ROOT, [])
    assert verify_consistency(0, 5, EMPTY_ROOT, r[5], [])
    assert not verify_consistency(0, 5, r[1], r[5], [])  # old root not the empty root
    assert not verify_consistency(0, 5, EMPTY_ROOT, r[5], [r[1]])
    assert not verify_consistency(0, 0, EMPTY_ROOT, r[1], [])
    assert not verify_consistency(1, 1, r[1], r[2], [])
    assert not verify_consistency(1, 1, r[1], r[1], [r[1]])
    assert not verify_consistency(5, 4, r[5], r[4], [])
    c = log8.consistency_proof(3, 7)
    assert verify_consistency(3, 7, r[3], r[7], c)
    assert not verify_consistency(3, 7, r[3], r[7], [])  # empty proof
    assert not verify_consistency(3, 7, r[3], r[7], c[:-1])  # truncated
    assert not verify_consistency(3, 7, r[3], r[7], c + [r[1]])  # trailing
    assert not verify_consistency(3, 7, r[3], r[7], [r[1], *c])  # preceding
    assert not verify_consistency(3, 7, r[7], r[3], c)  # swapped roots
    assert not verify_consistency(7, 3, r[7], r[3], c)
    for old, new in [(2, 7), (4, 7), (3, 14), (1, 7), (3, 4)]:
        assert not verify_consistency(old, new, r[3], r[7], c)
    # NB: claiming size 5, 6 or 8 with root7 *does* pass: those sizes give the same path
    # shape, and a root means something only together with its size. Signed
    # checkpoints bind the two, so verifiers must take (size, root) from a checkpoint.
    assert verify_consistency(3, 6, r[3], r[7], c)
    assert not verify_consistency(3, 7, r[3], r[7], [x + b"\x00" for x in c])


def test_large_log_is_fast() -> None:
    log = MerkleLog()
    for i in range(100_000):
        log.append(i.to_bytes(8, "big"))
    root = log.root()
    assert root == root_from_leaf_hashes(log.leaf_hashes())
    for i in (0, 1, 4095, 65535, 65536, 99_999):
        assert verify_inclusion(log.leaf_hash(i), i, len(log), log.inclusion_proof(i), root)
    for old in (1, 65536, 65537, 99_998):
        p = log.consistency_proof(old)
        assert verify_consistency(old, len(log), log.root(old), root, p)


# ----------------------------------------------------------------- property tests


def _flip(b: bytes, pos: int, xor: int) -> bytes:
    return b[:pos] + bytes([b[pos] ^ xor]) + b[pos + 1 :]


_LOG_1024 = MerkleLog.from_leaves([b"leaf-%d" % i for i in range(1024)])
_byte = st.integers(0, 31)
_xor = st.integers(1, 255)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), size=st.integers(1, 1024))
def test_property_inclusion(data: st.DataObject, size: int) -> None:
    log = _LOG_1024
    index = data.draw(st.integers(0, size - 1), label="index")
    proof = log.inclusion_proof(index, size)
    root = log.root(size)
    leaf = log.leaf_hash(index)
    assert verify_inclusion(leaf, index, size, proof, root)
    # every single-byte change to any proof element, the root or the leaf is rejected
    xor = data.draw(_xor, label="xor")
    for k, elem in enumerate(proof):
        for pos in range(32):
            bad = list(proof)
            bad[k] = _flip(elem, pos, xor)
            assert not verify_inclusion(leaf, index, size, bad, root)
    for pos in range(32):
        assert not verify_inclusion(leaf, index, size, proof, _flip(root, pos, 0x01))
        assert not verify_inclusion(_flip(leaf, pos, 0x80), index, size, proof, root)
    # a different leaf or a different index is rejected too
    other = data.draw(st.integers(0, size - 1), label="other")
    if other != index:
        assert not verify_inclusion(log.leaf_hash(other), index, size, proof, root)
        assert not verify_inclusion(leaf, other, size, proof, root)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), new=st.integers(1, 1024))
def test_property_consistency(data: st.DataObject, new: int) -> None:
    log = _LOG_1024
    old = data.draw(st.integers(1, new), label="old")
    proof = log.consistency_proof(old, new)
    r_old, r_new = log.root(old), log.root(new)
    assert verify_consistency(old, new, r_old, r_new, proof)
    xor = data.draw(_xor, label="xor")
    for k, elem in enumerate(proof):
        for pos in range(32):
            bad = list(proof)
            bad[k] = _flip(elem, pos, xor)
            assert not verify_consistency(old, new, r_old, r_new, bad)
    for pos in range(32):
        assert not verify_consistency(old, new, _flip(r_old, pos, 0x01), r_new, proof)
        assert not verify_consistency(old, new, r_old, _flip(r_new, pos, 0x01), proof)
    # dropping any element is rejected (old < new)
    for k in range(len(proof)):
        assert not verify_consistency(old, new, r_old, r_new, proof[:k] + proof[k + 1 :])
