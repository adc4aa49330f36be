"""Limits for bytes from outside: upload size, and archive-bomb protection for compressed input.

`check_upload(name, data)` refuses inputs over the size limit; `open_compressed(name, data)`
unpacks gzip / bzip2 / xz / zip inputs only while the decompressed size stays under both an
absolute cap and a ratio to the compressed size, reading in bounded chunks so a bomb is
refused before it is expanded. Both raise `IngestError` (one line, no values echoed), the
error every importer already reports. Importers call `safe_parse(name, data)` in place of
`readers.parse` (or `safe_inputs` before their own parser).
"""

from __future__ import annotations

import bz2
import io
import lzma
import zipfile
import zlib
from collections.abc import Iterator

from gawahi.ingest.readers import MAX_BYTES, IngestError, ParsedDoc, parse

MAX_UPLOAD = MAX_BYTES  # 50 MiB, as the readers
MAX_DECOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 100  # decompressed / compressed
MAX_MEMBERS = 1000
CHUNK = 64 * 1024


def check_upload(name: str, data: bytes, limit: int = MAX_UPLOAD) -> None:
    if len(data) > limit:
        raise IngestError(f"{_short(name)}: larger than {limit // (1024 * 1024)} MiB: split it first")


def _short(name: str) -> str:
    return name.rsplit("/", 1)[-1][:80]


def kind_of(data: bytes) -> str | None:
    if data[:2] == b"\x1f\x8b":
        return "gzip"
    if data[:3] == b"BZh":
        return "bzip2"
    if data[:6] == b"\xfd7zXZ\x00":
        return "xz"
    if data[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        return "zip"
    return None


def _budget(compressed: int, cap: int, ratio: int) -> int:
    return min(cap, max(compressed, 1) * ratio)


def _drain(read: object, limit: int, name: str) -> bytes:
    out = bytearray()
    while True:
        chunk = read(CHUNK)  # type: ignore[operator]
        if not chunk:
            return bytes(out)
        out += chunk
        if len(out) > limit:
            raise IngestError(f"{_short(name)}: refused: expands beyond the safe limit (archive bomb?)")


def _stream(kind: str, data: bytes, limit: int, name: str) -> bytes:
    try:
        if kind == "gzip":
            d = zlib.decompressobj(16 + zlib.MAX_WBITS)
            out = bytearray()
            view = memoryview(data)
            for i in range(0, len(data), CHUNK):
                out += d.decompress(view[i : i + CHUNK], limit + 1 - len(out))
                if len(out) > limit or d.unconsumed_tail:
                    raise IngestError(f"{_short(name)}: refused: expands beyond the safe limit (archive bomb?)")
            out += d.flush()
            if len(out) > limit:
                raise IngestError(f"{_short(name)}: refused: expands beyond the safe limit (archive bomb?)")
            return bytes(out)
        if kind == "bzip2":
            with bz2.BZ2File(io.BytesIO(data)) as f:
                return _drain(f.read, limit, name)
        with lzma.LZMAFile(io.BytesIO(data)) as f:
            return _drain(f.read, limit, name)
    except IngestError:
        raise
    except (OSError, EOFError, zlib.error, lzma.LZMAError, ValueError) as exc:
        raise IngestError(f"{_short(name)}: corrupt {kind} data ({exc.__class__.__name__})") from None


def open_compressed(
    name: str, data: bytes, *, cap: int = MAX_DECOMPRESSED, ratio: int = MAX_RATIO
) -> Iterator[tuple[str, bytes]]:
    """(member name, bytes) for each file inside a compressed input; the input itself when it
    is not compressed. Refuses bombs, nested archives and absurd member counts."""
    check_upload(name, data)
    kind = kind_of(data)
    if kind is None:
        yield name, data
        return
    limit = _budget(len(data), cap, ratio)
    if kind != "zip":
        inner = _stream(kind, data, limit, name)
        if kind_of(inner) is not None:
            raise IngestError(f"{_short(name)}: refused: nested archive")
        base = name.rsplit(".", 1)[0] if "." in name else name
        yield base, inner
        return
    yield from _zip_members(name, data, limit)


def _zip_members(name: str, data: bytes, limit: int, nested_ok: bool = False) -> Iterator[tuple[str, bytes]]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = [i for i in zf.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError) as exc:
        raise IngestError(f"{_short(name)}: corrupt or unsupported zip ({exc.__class__.__name__})") from None
    if len(infos) > MAX_MEMBERS:
        raise IngestError(f"{_short(name)}: refused: more than {MAX_MEMBERS} files in the archive")
    if sum(i.file_size for i in infos) > limit:  # declared sizes: cheap first check
        raise IngestError(f"{_short(name)}: refused: expands beyond the safe limit (archive bomb?)")
    total = 0
    for info in infos:
        if info.filename.startswith("/") or ".." in info.filename.split("/"):
            raise IngestError(f"{_short(name)}: refused: unsafe path inside the archive")
        try:
            with zf.open(info) as f:
                body = _drain(f.read, limit - total, name)  # actual sizes: declared ones can lie
        except IngestError:
            raise
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError, NotImplementedError, zlib.error) as exc:
            raise IngestError(f"{_short(name)}: corrupt zip member ({exc.__class__.__name__})") from None
        total += len(body)
        if kind_of(body) is not None and not nested_ok:
            raise IngestError(f"{_short(name)}: refused: nested archive")
        yield info.filename, body


def check_container(name: str, data: bytes, *, cap: int = MAX_DECOMPRESSED, ratio: int = MAX_RATIO) -> None:
    """For formats that are zip files inside (.xlsx, .docx, .odt): refuse a bomb before the
    format's own reader (openpyxl ...) expands it. Members are decompressed and discarded."""
    check_upload(name, data)
    if kind_of(data) != "zip":
        return
    for _member, _body in _zip_members(name, data, _budget(len(data), cap, ratio), nested_ok=True):
        pass


def safe_inputs(name: str, data: bytes) -> Iterator[tuple[str, bytes]]:
    """What an importer should parse: size-checked, decompressed within limits."""
    yield from open_compressed(name, data)


def safe_parse(name: str, data: bytes, content_type: str | None = None) -> Iterator[ParsedDoc | IngestError]:
    """`gawahi.ingest.readers.parse` behind the limits, with its contract enforced: every
    problem is a yielded one-line `IngestError`, never an exception from a third-party parser
    (pypdf raises LimitReachedError, AssertionError, RecursionError on hostile PDFs)."""
    try:
        members = list(open_compressed(name, data))
    except IngestError as exc:
        yield exc
        return
    for member, body in members:
        try:
            yield from parse(member, body, content_type)
        except IngestError as exc:
            yield exc
        except (MemoryError, RecursionError, Exception) as exc:  # noqa: BLE001 - the contract
            yield IngestError(f"{_short(member)}: unreadable input ({exc.__class__.__name__})")


__all__ = [
    "MAX_DECOMPRESSED",
    "MAX_RATIO",
    "MAX_UPLOAD",
    "check_container",
    "check_upload",
    "kind_of",
    "open_compressed",
    "safe_inputs",
    "safe_parse",
]
