"""Content-addressed storage (SHA-256) for raw inputs and evidence files.

Objects are addressed by the lowercase hex SHA-256 of their bytes and never change.

:class:`Vault` is the backend interface; :class:`LocalVault` stores objects on the
local filesystem, :class:`S3Vault` in an S3-compatible bucket (``boto3``, imported
lazily, optional).

LocalVault layout (``root`` is the configured folder)::

    root/ab/cd/abcd...(64 hex)     one file per object, mode 0444
    root/tmp/                      in-flight writes (same filesystem as the objects)

Write protocol: stream into a fresh temp file under ``root/tmp`` while hashing, flush,
``fsync`` it, ``os.replace`` it to its final name (atomic on POSIX), then ``fsync`` the
destination directory (and any fan-out directory just created, via its parent). A
crash at any point leaves either no object or the complete object; the worst left
behind is an orphan temp file under ``tmp/``, which never looks like an object
(it is outside the fan-out directories and not named by a hash) and which
:meth:`LocalVault.clean_tmp` removes. An object that already exists is never
rewritten (writes are idempotent; a damaged existing object is left for
:meth:`verify_all` to report, never silently "repaired").
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import tempfile
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, BinaryIO

__all__ = [
    "CHUNK_SIZE",
    "VaultError",
    "ObjectNotFound",
    "VerifyFailure",
    "Vault",
    "LocalVault",
    "S3Vault",
    "hash_bytes",
    "hash_file",
    "hash_stream",
    "is_digest",
]

CHUNK_SIZE = 1 << 20  # 1 MiB
_DIGEST_RE = re.compile(r"[0-9a-f]{64}")


class VaultError(Exception):
    pass


class ObjectNotFound(VaultError, KeyError):
    pass


@dataclass(frozen=True)
class VerifyFailure:
    """One problem found by :meth:`Vault.verify_all`."""

    digest: str  # the object's name (or the stray file's relative path)
    reason: str  # "corrupt: content hashes to ...", "stray file", "unreadable: ..."

    def __str__(self) -> str:
        return f"{self.digest}: {self.reason}"


def is_digest(s: object) -> bool:
    return isinstance(s, str) and _DIGEST_RE.fullmatch(s) is not None


def _check_digest(digest: str) -> str:
    if not is_digest(digest):
        raise ValueError(f"not a lowercase hex SHA-256 digest: {digest!r}")
    return digest


def hash_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def hash_stream(f: IO[bytes], sink: IO[bytes] | None = None) -> tuple[str, int]:
    """SHA-256 of a binary stream read in 1 MiB chunks; copies to ``sink`` if given.

    Returns ``(hexdigest, size)``. Uses one reusable buffer (``readinto``) so no
    per-chunk allocation happens.
    """
    h = hashlib.sha256()
    buf = bytearray(CHUNK_SIZE)
    view = memoryview(buf)
    size = 0
    readinto = getattr(f, "readinto", None)
    while True:
        if readinto is not None:
            n = readinto(view)
            if not n:
                break
            chunk = view[:n]
        else:
            data = f.read(CHUNK_SIZE)
            if not data:
                break
            n, chunk = len(data), memoryview(data)
        h.update(chunk)
        if sink is not None:
            sink.write(chunk)
        size += n
    return h.hexdigest(), size


def hash_file(path: str | os.PathLike[str]) -> str:
    """SHA-256 hex digest of a file (unbuffered reads into a 1 MiB buffer)."""
    with open(path, "rb", buffering=0) as f:
        return hash_stream(f)[0]


def _fsync_dir(path: str | os.PathLike[str]) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class Vault(ABC):
    """A content-addressed object store. Digests are lowercase hex SHA-256."""

    @abstractmethod
    def put_stream(self, f: IO[bytes]) -> str:
        """Store everything read from ``f``; return its digest."""

    def put_bytes(self, data: bytes) -> str:
        return self.put_stream(io.BytesIO(data))

    def put_file(self, path: str | os.PathLike[str]) -> str:
        with open(path, "rb", buffering=0) as f:
            return self.put_stream(f)

    @abstractmethod
    def exists(self, digest: str) -> bool: ...

    @abstractmethod
    def open(self, digest: str) -> BinaryIO:
        """A readable binary file object for the object (raises ObjectNotFound)."""

    def get(self, digest: str) -> bytes:
        with self.open(digest) as f:
            return f.read()

    @abstractmethod
    def iter_objects(self) -> Iterator[str]:
        """Every stored object's digest (order unspecified)."""

    def verify_object(self, digest: str) -> bool:
        """Re-hash the object; ``True`` only if it exists and its content matches."""
        try:
            with self.open(digest) as f:
                return hash_stream(f)[0] == digest
        except (ObjectNotFound, OSError):
            return False

    def verify_all(self) -> Iterator[VerifyFailure]:
        """Yield one :class:`VerifyFailure` per damaged object (nothing if all is well)."""
        for digest in self.iter_objects():
            try:
                with self.open(digest) as f:
                    actual = hash_stream(f)[0]
            except (ObjectNotFound, OSError) as e:
                yield VerifyFailure(digest, f"unreadable: {e}")
                continue
            if actual != digest:
                yield VerifyFailure(digest, f"corrupt: content hashes to {actual}")


# Folders beside the objects that are not objects: temp files and the log's signing key.
RESERVED_DIRS = frozenset({"tmp", "keys"})


class LocalVault(Vault):
    """A vault in a local folder (see the module docstring for the layout)."""

    def __init__(self, root: str | os.PathLike[str], *, fsync: bool = True) -> None:
        self.root = Path(root)
        self.tmp_dir = self.root / "tmp"
        self.fsync = fsync
        if not self.tmp_dir.is_dir():
            self.tmp_dir.mkdir(parents=True, exist_ok=True)
            if fsync:
                _fsync_dir(self.root)

    def path_for(self, digest: str) -> Path:
        _check_digest(digest)
        return self.root / digest[:2] / digest[2:4] / digest

    def exists(self, digest: str) -> bool:
        return self.path_for(digest).is_file()

    def open(self, digest: str) -> BinaryIO:
        try:
            return open(self.path_for(digest), "rb", buffering=0)
        except FileNotFoundError as e:
            raise ObjectNotFound(digest) from e

    def _ensure_dir(self, d: Path) -> None:
        """Create ``d`` (two fan-out levels) making each new entry durable."""
        if d.is_dir():
            return
        for level in (d.parent, d):
            if not level.is_dir():
                try:
                    level.mkdir()
                except FileExistsError:
                    pass
                if self.fsync:
                    _fsync_dir(level.parent)

    def _commit(self, tmp_path: Path, digest: str) -> None:
        final = self.path_for(digest)
        if final.exists():  # idempotent: identical content is already there
            os.unlink(tmp_path)
            return
        self._ensure_dir(final.parent)
        os.replace(tmp_path, final)
        if self.fsync:
            _fsync_dir(final.parent)

    def _write_tmp(self, fill: Callable[[IO[bytes]], str]) -> str:
        """Write through `fill` (which returns the digest) to a temp file, make it read-only,
        fsync, then rename into place; a failure at any point leaves no object behind."""
        fd, name = tempfile.mkstemp(dir=self.tmp_dir, prefix="put-", suffix=".tmp")
        tmp_path = Path(name)
        try:
            with os.fdopen(fd, "wb", buffering=0) as out:
                digest = fill(out)
                os.fchmod(out.fileno(), 0o444)
                if self.fsync:
                    os.fsync(out.fileno())
            self._commit(tmp_path, digest)
        except BaseException:
            try:
                os.unlink(tmp_path)
            except FileNotFoundError:
                pass
            raise
        return digest

    def put_stream(self, f: IO[bytes]) -> str:
        return self._write_tmp(lambda out: hash_stream(f, out)[0])

    def put_bytes(self, data: bytes) -> str:
        digest = hash_bytes(data)
        if self.exists(digest):  # skip the write entirely
            return digest

        def fill(out: IO[bytes]) -> str:
            view = memoryview(data)
            while view:
                view = view[out.write(view) or 0 :]
            return digest

        return self._write_tmp(fill)

    def iter_objects(self) -> Iterator[str]:
        for digest, _ in self._walk():
            if digest is not None:
                yield digest

    def _walk(self) -> Iterator[tuple[str | None, Path]]:
        """(digest, path) for objects; (None, path) for anything unexpected."""
        for d1 in sorted(self.root.iterdir()):
            if d1.name in RESERVED_DIRS:
                continue
            if not (d1.is_dir() and re.fullmatch(r"[0-9a-f]{2}", d1.name)):
                yield None, d1
                continue
            for d2 in sorted(d1.iterdir()):
                if not (d2.is_dir() and re.fullmatch(r"[0-9a-f]{2}", d2.name)):
                    yield None, d2
                    continue
                for obj in sorted(d2.iterdir()):
                    name = obj.name
                    if (
                        obj.is_file()
                        and is_digest(name)
                        and name[:2] == d1.name
                        and name[2:4] == d2.name
                    ):
                        yield name, obj
                    else:
                        yield None, obj

    def verify_all(self) -> Iterator[VerifyFailure]:
        """Like :meth:`Vault.verify_all`, also reporting stray files in the store."""
        for digest, path in self._walk():
            if digest is None:
                yield VerifyFailure(str(path.relative_to(self.root)), "stray file")
                continue
            try:
                actual = hash_file(path)
            except OSError as e:
                yield VerifyFailure(digest, f"unreadable: {e}")
                continue
            if actual != digest:
                yield VerifyFailure(digest, f"corrupt: content hashes to {actual}")

    def tmp_files(self) -> list[Path]:
        return sorted(self.tmp_dir.iterdir())

    def clean_tmp(self, older_than_s: float = 3600.0) -> int:
        """Delete orphan temp files older than ``older_than_s`` seconds; return how many.

        Keep the default well above the longest write: a younger file may belong to a
        write in progress in another process.
        """
        now = time.time()
        removed = 0
        for p in self.tmp_files():
            try:
                if now - p.stat().st_mtime >= older_than_s:
                    p.unlink()
                    removed += 1
            except FileNotFoundError:
                pass
        return removed


class S3Vault(Vault):
    """A vault in an S3-compatible bucket (AWS S3, MinIO, Ceph, Garage...).

    Objects are keys ``<prefix>ab/cd/<digest>``. An upload is first streamed to a
    local temp file while hashing (the key depends on the hash), then sent with one
    ``upload_file`` call; S3 ``PUT`` is atomic, so a reader sees the whole object or
    none. Needs ``boto3`` (imported only when this class is instantiated).
    """

    def __init__(
        self,
        bucket: str,
        prefix: str = "",
        *,
        client: Any = None,
        endpoint_url: str | None = None,
        **client_kwargs: Any,
    ) -> None:
        if client is None:
            import boto3  # lazy: optional dependency

            client = boto3.client("s3", endpoint_url=endpoint_url, **client_kwargs)
        self.client = client
        self.bucket = bucket
        self.prefix = prefix

    def key_for(self, digest: str) -> str:
        _check_digest(digest)
        return f"{self.prefix}{digest[:2]}/{digest[2:4]}/{digest}"

    def exists(self, digest: str) -> bool:
        from botocore.exceptions import ClientError

        try:
            self.client.head_object(Bucket=self.bucket, Key=self.key_for(digest))
        except ClientError as e:
            if e.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                return False
            raise
        return True

    def put_stream(self, f: IO[bytes]) -> str:
        with tempfile.TemporaryFile() as spool:
            digest, _ = hash_stream(f, spool)
            if not self.exists(digest):
                spool.seek(0)
                self.client.upload_fileobj(spool, self.bucket, self.key_for(digest))
        return digest

    def open(self, digest: str) -> BinaryIO:
        from botocore.exceptions import ClientError

        try:
            resp = self.client.get_object(Bucket=self.bucket, Key=self.key_for(digest))
        except ClientError as e:
            if e.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                raise ObjectNotFound(digest) from e
            raise
        body: BinaryIO = resp["Body"]
        return body

    def iter_objects(self) -> Iterator[str]:
        paginator = self.client.get_paginator("list_objects_v2")
        for page in paginator.paginate(Bucket=self.bucket, Prefix=self.prefix):
            for item in page.get("Contents", []):
                name = item["Key"][len(self.prefix) :]
                digest = name.rsplit("/", 1)[-1]
                if is_digest(digest) and name == f"{digest[:2]}/{digest[2:4]}/{digest}":
                    yield digest
