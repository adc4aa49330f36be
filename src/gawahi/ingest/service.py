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
from typing import Any, Protocol

from gawahi.extract.base import Document, Extractor
from gawahi.ingest.readers import IngestError, ParsedDoc, parse, sniff_kind
from gawahi.store.claims import save_claims
from gawahi.store.db import Store
from gawahi.store.sources import NewSource, add_source, find_by_content_hash
from gawahi.vault.capture import Capture, CaptureError, transformation_for
from gawahi.vault.capture import fetch as capture_fetch
from gawahi.vault.custody import record_web_capture

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
    evidence_id: int | None = None  # the web capture (WARC) of a fetched URL


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
    capture: Capture | None = None  # URLs: the HTTP exchange(s) as a WARC, with metadata


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


def fetch_url(url: str, timeout: float = 30.0, *, collector: str = "unknown") -> RawInput:
    """GET a URL; the request and response (every redirect hop) are kept as a WARC."""
    try:
        cap = capture_fetch(url, collector=collector, timeout=timeout)
    except CaptureError as exc:
        raise IngestError(str(exc)) from exc
    if cap.status >= 400:
        raise IngestError(f"HTTP {cap.status} {cap.reason}")
    return RawInput(url, cap.content, cap.content_type, capture=cap)


def read_input(origin: str, *, collector: str = "unknown") -> RawInput:
    if origin.startswith(("http://", "https://")):
        return fetch_url(origin, collector=collector)
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
            raw = read_input(target, collector=actor)
        except IngestError as exc:
            emit(ItemResult(target, False, str(exc)))
            continue
        raw_hash = vault.put_bytes(raw.data)  # durable before anything refers to it
        web: WebCapture | None = None
        if raw.capture is not None:
            # The WARC too is durable before the rows that refer to it are written.
            kind = sniff_kind(target, raw.data, raw.content_type)
            meta = dict(raw.capture.metadata)
            meta["transformations"] = [*meta.get("transformations", []), transformation_for(kind)]
            web = WebCapture(vault.put_bytes(raw.capture.warc), len(raw.capture.warc), meta)
        for parsed in parse(target, raw.data, raw.content_type):
            if isinstance(parsed, IngestError):
                emit(ItemResult(target, False, str(parsed)))
                continue
            emit(_store_one(store, raw_hash, target, parsed, actor, extractor, web))
    return report


@dataclass(frozen=True)
class WebCapture:
    warc_sha256: str
    warc_size: int
    metadata: dict[str, Any]

    def source_extra(self) -> dict[str, Any]:
        """What the source row itself says about its capture (no collector: not sensitive)."""
        m = self.metadata
        return {
            "warc_sha256": self.warc_sha256,
            "http_status": m.get("http_status"),
            "final_url": m.get("final_url"),
            "collected_at": m.get("collected_at"),
            "tool": m.get("software"),
            "transformations": m.get("transformations"),
        }


def _already_stored(store: Store, content_hash: str) -> bool:
    with store.read() as conn:
        return find_by_content_hash(conn, content_hash) is not None


def _store_one(
    store: Store,
    raw_hash: str,
    origin: str,
    doc: ParsedDoc,
    actor: str,
    extractor: Extractor | None,
    web: WebCapture | None = None,
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
        extra={**doc.extra, "capture": web.source_extra()} if web is not None else doc.extra,
    )
    found = []
    if extractor is not None and not _already_stored(store, new.content_hash):
        # Extract before the transaction so the write lock is held only for the writes;
        # bytes already stored are not extracted again (re-ingesting a folder is cheap).
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
        evidence_id = None
        if web is not None:
            evidence_id, _ = record_web_capture(
                conn, store.dialect, actor, warc_sha256=web.warc_sha256, warc_size=web.warc_size,
                metadata=web.metadata, source_id=res.source_id,
            )
    if not res.created:
        msg = f"already ingested as source {res.source_id}"
    elif res.duplicate_of is not None:
        msg = (
            f"source {res.source_id}: near-duplicate of source {res.duplicate_of} "
            f"(similarity {res.similarity:.2f}), linked, not counted twice"
        )
    else:
        msg = f"source {res.source_id}, {n_claims} claim(s)"
    if evidence_id is not None:
        msg += f", web capture evidence {evidence_id}"
    return ItemResult(
        label, True, msg, res.source_id, res.created, res.duplicate_of, n_claims, evidence_id
    )
