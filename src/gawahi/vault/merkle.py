"""RFC 6962 / RFC 9162 Merkle tree hashing, proofs and proof verification.

Hashing is exactly RFC 6962 section 2.1 (SHA-256):

* leaf hash  ``SHA-256(0x00 || data)``
* node hash  ``SHA-256(0x01 || left || right)``
* the hash of the empty tree is ``SHA-256("")``
* a tree of ``n > 1`` leaves is split at ``k``, the largest power of two ``< n``.

:class:`MerkleLog` is an append-only log of leaf hashes. It keeps every *complete,
aligned* subtree hash (level ``l`` holds the hashes of the subtrees of ``2**l`` leaves
starting at multiples of ``2**l``) in one contiguous ``bytearray`` per level, about
``2 * 32`` bytes per leaf. Appending is amortised O(1) hashes; the root at any size,
an inclusion proof and a consistency proof each cost O(log n) hashes, because any
range ``[start, end)`` the RFC recursion visits decomposes into at most ``log n``
stored complete subtrees.

The verification functions are pure and follow RFC 9162 sections 2.1.3.2 and 2.1.4.2;
they return ``bool`` and never raise on malformed input (wrong lengths, bad sizes).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import Any

__all__ = [
    "HASH_SIZE",
    "EMPTY_ROOT",
    "hash_leaf",
    "hash_children",
    "largest_power_of_two_below",
    "root_from_leaf_hashes",
    "MerkleLog",
    "verify_inclusion",
    "verify_consistency",
    "root_from_inclusion_proof",
    "inclusion_proof_document",
    "consistency_proof_document",
]

HASH_SIZE = 32
EMPTY_ROOT = hashlib.sha256(b"").digest()

_sha256 = hashlib.sha256


def hash_leaf(data: bytes) -> bytes:
    """RFC 6962 leaf hash: ``SHA-256(0x00 || data)``."""
    return _sha256(b"\x00" + bytes(data)).digest()


def hash_children(left: bytes, right: bytes) -> bytes:
    """RFC 6962 interior node hash: ``SHA-256(0x01 || left || right)``."""
    return _sha256(b"\x01" + left + right).digest()


def largest_power_of_two_below(n: int) -> int:
    """The largest power of two strictly smaller than ``n`` (``n >= 2``)."""
    if n < 2:
        raise ValueError("n must be >= 2")
    return 1 << ((n - 1).bit_length() - 1)


def root_from_leaf_hashes(leaf_hashes: Sequence[bytes]) -> bytes:
    """MTH over already-hashed leaves, computed bottom-up in O(n) hashes.

    Bottom-up pairing with the odd last node carried up unchanged yields exactly the
    RFC 6962 split-at-largest-power-of-two tree.
    """
    if not leaf_hashes:
        return EMPTY_ROOT
    level = list(leaf_hashes)
    while len(level) > 1:
        nxt = [hash_children(level[i], level[i + 1]) for i in range(0, len(level) - 1, 2)]
        if len(level) % 2:
            nxt.append(level[-1])
        level = nxt
    return level[0]


class MerkleLog:
    """An append-only RFC 6962 Merkle log held in memory.

    ``append(data)`` hashes and appends one leaf; ``append_leaf_hash(h)`` appends a leaf
    whose hash the caller already has (e.g. loaded from a database). Sizes are leaf
    counts; indexes are 0-based.
    """

    __slots__ = ("_levels",)

    def __init__(self, leaf_hashes: Iterable[bytes] = ()) -> None:
        # _levels[l] holds the hashes of complete subtrees of 2**l leaves, concatenated.
        self._levels: list[bytearray] = [bytearray()]
        for h in leaf_hashes:
            self.append_leaf_hash(h)

    @classmethod
    def from_leaves(cls, leaves: Iterable[bytes]) -> MerkleLog:
        log = cls()
        for data in leaves:
            log.append(data)
        return log

    # ----------------------------------------------------------------- appending

    def __len__(self) -> int:
        return len(self._levels[0]) // HASH_SIZE

    @property
    def size(self) -> int:
        return len(self)

    def append(self, data: bytes) -> int:
        """Append one leaf's data; return its 0-based index."""
        return self.append_leaf_hash(hash_leaf(data))

    def append_leaf_hash(self, leaf_hash: bytes) -> int:
        """Append one leaf by its RFC 6962 leaf hash; return its 0-based index."""
        if len(leaf_hash) != HASH_SIZE:
            raise ValueError(f"leaf hash must be {HASH_SIZE} bytes")
        levels = self._levels
        index = len(levels[0]) // HASH_SIZE
        levels[0] += leaf_hash
        node = bytes(leaf_hash)
        level, i = 0, index
        # Every time the new node completes a pair, hash the pair one level up.
        while i & 1:
            row = levels[level]
            left = bytes(row[(i - 1) * HASH_SIZE : i * HASH_SIZE])
            node = hash_children(left, node)
            level += 1
            i >>= 1
            if level == len(levels):
                levels.append(bytearray())
            levels[level] += node
        return index

    # ----------------------------------------------------------------- reading

    def leaf_hash(self, index: int) -> bytes:
        if not 0 <= index < len(self):
            raise IndexError(f"leaf index {index} out of range for size {len(self)}")
        return bytes(self._levels[0][index * HASH_SIZE : (index + 1) * HASH_SIZE])

    def leaf_hashes(self) -> list[bytes]:
        row = self._levels[0]
        return [bytes(row[i : i + HASH_SIZE]) for i in range(0, len(row), HASH_SIZE)]

    def _node(self, level: int, index: int) -> bytes:
        row = self._levels[level]
        return bytes(row[index * HASH_SIZE : (index + 1) * HASH_SIZE])

    def _range_hash(self, start: int, end: int) -> bytes:
        """MTH of leaves ``[start, end)`` where ``start`` is aligned to the RFC split.

        Every call made by the RFC algorithms has ``start`` a multiple of the largest
        power of two ``<= end - start``, so a power-of-two range is a stored node.
        """
        n = end - start
        if n == 0:
            return EMPTY_ROOT
        # Walk down the right spine: each left part is a stored complete subtree.
        lefts: list[bytes] = []
        while n & (n - 1):  # not a power of two
            k = 1 << (n.bit_length() - 1)
            level = k.bit_length() - 1
            lefts.append(self._node(level, start >> level))
            start += k
            n -= k
        level = n.bit_length() - 1
        acc = self._node(level, start >> level)
        for left in reversed(lefts):
            acc = hash_children(left, acc)
        return acc

    def _check_size(self, size: int | None) -> int:
        if size is None:
            return len(self)
        if not 0 <= size <= len(self):
            raise ValueError(f"size {size} out of range (log has {len(self)} leaves)")
        return size

    def root(self, size: int | None = None) -> bytes:
        """MTH of the first ``size`` leaves (default: all of them)."""
        return self._range_hash(0, self._check_size(size))

    def inclusion_proof(self, index: int, size: int | None = None) -> list[bytes]:
        """RFC 6962 PATH(index, D[0:size]) (audit path), leaf-to-root order."""
        size = self._check_size(size)
        if not 0 <= index < size:
            raise ValueError(f"leaf index {index} out of range for size {size}")
        proof: list[bytes] = []
        start, end, m = 0, size, index
        # Iterative PATH: collect siblings root-to-leaf, then reverse.
        while end - start > 1:
            k = largest_power_of_two_below(end - start)
            if m < k:
                proof.append(self._range_hash(start + k, end))
                end = start + k
            else:
                proof.append(self._range_hash(start, start + k))
                start += k
                m -= k
        proof.reverse()
        return proof

    def consistency_proof(self, old_size: int, new_size: int | None = None) -> list[bytes]:
        """RFC 6962 PROOF(old_size, D[0:new_size]) = SUBPROOF(m, D[n], true).

        ``old_size == 0`` or ``old_size == new_size`` gives the empty proof.
        """
        new_size = self._check_size(new_size)
        if not 0 <= old_size <= new_size:
            raise ValueError(f"old size {old_size} must be in [0, {new_size}]")
        if old_size == 0 or old_size == new_size:
            return []
        proof: list[bytes] = []
        start, end, m, complete = 0, new_size, old_size, True
        while True:
            n = end - start
            if m == n:
                if not complete:
                    proof.append(self._range_hash(start, end))
                break
            k = largest_power_of_two_below(n)
            if m <= k:
                proof.append(self._range_hash(start + k, end))
                end = start + k
            else:
                proof.append(self._range_hash(start, start + k))
                start += k
                m -= k
                complete = False
        proof.reverse()
        return proof


# --------------------------------------------------------------------- verification


def _ok_hash(h: object) -> bool:
    return isinstance(h, bytes | bytearray | memoryview) and len(h) == HASH_SIZE


def root_from_inclusion_proof(
    leaf_hash: bytes, index: int, size: int, proof: Sequence[bytes]
) -> bytes | None:
    """RFC 9162 s2.1.3.2 steps 1-5 without the final root comparison.

    Returns the root implied by the proof, or ``None`` if the proof is malformed.
    """
    if not (isinstance(index, int) and isinstance(size, int)):
        return None
    if not 0 <= index < size or not _ok_hash(leaf_hash):
        return None
    if not all(_ok_hash(p) for p in proof):
        return None
    fn, sn = index, size - 1
    r = bytes(leaf_hash)
    for p in proof:
        if sn == 0:
            return None
        if fn & 1 or fn == sn:
            r = hash_children(bytes(p), r)
            if not fn & 1:
                while fn and not fn & 1:
                    fn >>= 1
                    sn >>= 1
        else:
            r = hash_children(r, bytes(p))
        fn >>= 1
        sn >>= 1
    if sn != 0:
        return None
    return r


def verify_inclusion(
    leaf_hash: bytes, index: int, size: int, proof: Sequence[bytes], root: bytes
) -> bool:
    """RFC 9162 s2.1.3.2: does ``proof`` show leaf ``index`` is in the tree ``(size, root)``?

    ``leaf_hash`` is the RFC 6962 leaf hash (``hash_leaf(data)``), not the data.
    """
    if not _ok_hash(root):
        return False
    r = root_from_inclusion_proof(leaf_hash, index, size, proof)
    return r is not None and r == bytes(root)


def verify_consistency(
    old_size: int, new_size: int, old_root: bytes, new_root: bytes, proof: Sequence[bytes]
) -> bool:
    """RFC 9162 s2.1.4.2: is the tree ``(new_size, new_root)`` an append-only extension
    of ``(old_size, old_root)``?

    Edge cases follow transparency-dev/merkle: equal sizes need an empty proof and
    equal roots; ``old_size == 0`` needs an empty proof and ``old_root`` equal to the
    empty-tree hash (every tree extends the empty tree).
    """
    if not (isinstance(old_size, int) and isinstance(new_size, int)):
        return False
    if not (_ok_hash(old_root) and _ok_hash(new_root)):
        return False
    if not all(_ok_hash(p) for p in proof):
        return False
    if old_size < 0 or new_size < old_size:
        return False
    if old_size == new_size:
        return len(proof) == 0 and bytes(old_root) == bytes(new_root)
    if old_size == 0:
        return len(proof) == 0 and bytes(old_root) == EMPTY_ROOT
    # 1. an empty proof cannot prove 0 < old < new
    if len(proof) == 0:
        return False
    path = [bytes(p) for p in proof]
    # 2. if old_size is a power of two, its root is implied, not sent
    if old_size & (old_size - 1) == 0:
        path.insert(0, bytes(old_root))
    # 3. / 4.
    fn, sn = old_size - 1, new_size - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    # 5.
    fr = sr = path[0]
    # 6.
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = hash_children(c, fr)
            sr = hash_children(c, sr)
            if not fn & 1:
                while fn and not fn & 1:
                    fn >>= 1
                    sn >>= 1
        else:
            sr = hash_children(sr, c)
        fn >>= 1
        sn >>= 1
    # 7.
    return fr == bytes(old_root) and sr == bytes(new_root) and sn == 0


# --------------------------------------------------------------------- proof documents
# The JSON shapes read by docs/verify_proof.py (hashes as lowercase hex).


def inclusion_proof_document(log: MerkleLog, index: int, size: int | None = None) -> dict[str, Any]:
    """``{"type": "inclusion", "index", "size", "leaf_hash", "root", "proof": [...]}``."""
    size = len(log) if size is None else size
    return {
        "type": "inclusion",
        "index": index,
        "size": size,
        "leaf_hash": log.leaf_hash(index).hex(),
        "root": log.root(size).hex(),
        "proof": [p.hex() for p in log.inclusion_proof(index, size)],
    }


def consistency_proof_document(
    log: MerkleLog, old_size: int, new_size: int | None = None
) -> dict[str, Any]:
    """``{"type": "consistency", "old_size", "new_size", "old_root", "new_root", "proof"}``."""
    new_size = len(log) if new_size is None else new_size
    return {
        "type": "consistency",
        "old_size": old_size,
        "new_size": new_size,
        "old_root": log.root(old_size).hex(),
        "new_root": log.root(new_size).hex(),
        "proof": [p.hex() for p in log.consistency_proof(old_size, new_size)],
    }
