"""Ingest service: raw bytes into the vault first, then a source row, one commit per source.

Order matters for the evidentiary rule "nothing is lost": the raw bytes are durable in the
vault before the database refers to them, and a source is reported done only after its
transaction commits, so a crash at any point loses nothing that was acknowledged.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Protocol

import httpx

from gawahi import __version__
from gawahi.extract.base import Document, Extractor
from gawahi.ingest.readers import IngestError, ParsedDoc, parse
from gawahi.store.claims import save_claims
from gawahi.store.db import Store
from gawahi.store.sources import NewSource, add_source

SUPPORTED_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".pdf", ".jsonl", ".ndjson"}


class BlobStore(Protocol):
    def put_bytes(self, data: bytes) -> str: ...


@dataclass
class ItemResult:
    origin: str
    ok: bool
    message: str
    source_id: int | None = None
    created: bool = False
    duplicate_of: int | None = None
    claims: int = 0


@dataclass
class IngestReport:
    items: list[ItemResult] = field(default_factory=list)

    @property
    def failed(self) -> list[ItemResult]:
        return [i for i in self.items if not i.ok]

    @property
    def created(self) -> int:
        return sum(1 for i in self.items if i.ok and i.created)


@dataclass(frozen=True)
class RawInput:
    origin: str  # path or URL, as the user named it
    data: bytes
    content_type: str | None = None


def expand_targets(targets: Iterable[str]) -> Iterator[str | IngestError]:
    """Paths and URLs as given; folders walked recursively (supported files, sorted)."""
    for t in targets:
        if t.startswith(("http://", "https://")):
            yield t
            continue
        p = Path(t)
        if p.is_dir():
            files = sorted(
                f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES
            )
            if not files:
                yield IngestError(f"{t}: folder holds no .txt, .html, .pdf or .jsonl files")
            yield from (str(f) for f in files)
        elif p.is_file():
            yield str(p)
        else:
            yield IngestError(f"{t}: no such file or folder")


def fetch_url(url: str, timeout: float = 30.0) -> RawInput:
    headers = {"User-Agent": f"Gawahi/{__version__} (evidence collection)"}
    try:
        with httpx.Client(follow_redirects=True, timeout=timeout, headers=headers) as client:
            resp = client.get(url)
    except httpx.HTTPError as exc:
        raise IngestError(f"could not fetch ({exc.__class__.__name__}: {exc})") from exc
    if resp.status_code >= 400:
        raise IngestError(f"HTTP {resp.status_code} {resp.reason_phrase}")
    return RawInput(url, resp.content, resp.headers.get("content-type"))


def read_input(origin: str) -> RawInput:
    if origin.startswith(("http://", "https://")):
        return fetch_url(origin)
    try:
        return RawInput(origin, Path(origin).read_bytes())
    except OSError as exc:
        raise IngestError(f"cannot read ({exc.strerror})") from exc


def _published(doc: ParsedDoc) -> date | None:
    if not doc.published:
        return None
    try:
        return date.fromisoformat(doc.published[:10])
    except ValueError:
        return None


def ingest(
    store: Store,
    vault: BlobStore,
    targets: Iterable[str],
    *,
    actor: str,
    extractor: Extractor | None = None,
    on_item: Callable[[ItemResult], None] | None = None,
) -> IngestReport:
    """Ingest every target; a bad one is reported and the batch goes on."""
    report = IngestReport()

    def emit(item: ItemResult) -> None:
        report.items.append(item)
        if on_item:
            on_item(item)

    for target in expand_targets(targets):
        if isinstance(target, IngestError):
            emit(ItemResult(str(target).split(":")[0], False, str(target)))
            continue
        try:
            raw = read_input(target)
        except IngestError as exc:
            emit(ItemResult(target, False, str(exc)))
            continue
        raw_hash = vault.put_bytes(raw.data)  # durable before anything refers to it
        for parsed in parse(target, raw.data, raw.content_type):
            if isinstance(parsed, IngestError):
                emit(ItemResult(target, False, str(parsed)))
                continue
            emit(_store_one(store, raw_hash, target, parsed, actor, extractor))
    return report


def _store_one(
    store: Store,
    raw_hash: str,
    origin: str,
    doc: ParsedDoc,
    actor: str,
    extractor: Extractor | None,
) -> ItemResult:
    label = f"{origin} ({doc.locator})" if doc.locator else origin
    new = NewSource(
        content_hash=hashlib.sha256(doc.raw).hexdigest(),
        raw_hash=raw_hash,
        text=doc.text,
        kind=doc.kind,
        raw_locator=doc.locator,
        external_id=doc.external_id,
        title=doc.title,
        outlet=doc.outlet,
        author=doc.author,
        url=doc.url or (origin if "://" in origin else None),
        language=doc.language,
        published=doc.published,
        origin=origin,
        extra=doc.extra,
    )
    found = []
    if extractor is not None:
        # Extract before the transaction so the write lock is held only for the writes.
        found = extractor.extract(
            Document(
                source=doc.external_id or origin,
                text=doc.text,
                published=_published(doc),
                language=doc.language or "en",
                title=doc.title,
            )
        )
    with store.transaction() as conn:
        res = add_source(conn, store.dialect, actor, new)
        n_claims = 0
        if res.created and res.duplicate_of is None and found:
            n_claims = len(save_claims(conn, store.dialect, actor, res.source_id, found))
    if not res.created:
        msg = f"already ingested as source {res.source_id}"
    elif res.duplicate_of is not None:
        msg = (
            f"source {res.source_id}: near-duplicate of source {res.duplicate_of} "
            f"(similarity {res.similarity:.2f}), linked, not counted twice"
        )
    else:
        msg = f"source {res.source_id}, {n_claims} claim(s)"
    return ItemResult(
        label, True, msg, res.source_id, res.created, res.duplicate_of, n_claims
    )
