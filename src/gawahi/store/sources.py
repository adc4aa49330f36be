"""Sources: add (idempotent by content hash, linked when near-duplicate), read, search."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, func, or_, select

from gawahi.ingest.dedupe import (
    MAX_HAMMING,
    NEAR_DUP_JACCARD,
    bands,
    from_signed,
    hamming,
    jaccard,
    simhash,
    to_signed,
)
from gawahi.model.records import Source
from gawahi.model.vocab import SourceKind
from gawahi.store.audit import AuditedWriter, now_iso
from gawahi.store.dialect import Dialect
from gawahi.store.schema import sources


@dataclass
class NewSource:
    """A source ready to store: raw bytes already in the vault under `raw_hash`."""

    content_hash: str
    raw_hash: str
    text: str
    kind: SourceKind = SourceKind.OTHER
    raw_locator: str | None = None
    external_id: str | None = None
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    language: str | None = None
    published: str | None = None
    origin: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class AddResult:
    source_id: int
    created: bool  # False: the same bytes were already a source
    duplicate_of: int | None = None  # set when a near-duplicate (syndicated copy) was found
    similarity: float | None = None


def find_by_content_hash(conn: Connection, content_hash: str) -> int | None:
    row = conn.execute(
        select(sources.c.id).where(sources.c.content_hash == content_hash)
    ).first()
    return int(row[0]) if row else None


def _near_duplicate(conn: Connection, text: str, sh: int) -> tuple[int | None, float | None]:
    b = bands(sh)
    rows = conn.execute(
        select(sources.c.id, sources.c.simhash, sources.c.text, sources.c.duplicate_of).where(
            or_(
                sources.c.sim_b0 == b[0],
                sources.c.sim_b1 == b[1],
                sources.c.sim_b2 == b[2],
                sources.c.sim_b3 == b[3],
            )
        )
    ).all()
    best: tuple[int | None, float | None] = (None, None)
    for rid, rsh, rtext, rdup in rows:
        if rsh is None or hamming(from_signed(int(rsh)), sh) > MAX_HAMMING + 5:
            continue
        sim = jaccard(text, rtext)
        if sim >= NEAR_DUP_JACCARD and (best[1] is None or sim > best[1]):
            # Link to the original, not to another copy, so a family has one root.
            best = (int(rdup) if rdup is not None else int(rid), sim)
    return best


def add_source(conn: Connection, dialect: Dialect, actor: str, new: NewSource) -> AddResult:
    existing = find_by_content_hash(conn, new.content_hash)
    if existing is not None:
        return AddResult(existing, created=False)
    sh = simhash(new.text)
    dup_of, sim = _near_duplicate(conn, new.text, sh)
    b = bands(sh)
    values: dict[str, Any] = {
        "content_hash": new.content_hash,
        "raw_hash": new.raw_hash,
        "raw_locator": new.raw_locator,
        "external_id": new.external_id,
        "kind": new.kind.value,
        "title": new.title,
        "outlet": new.outlet,
        "author": new.author,
        "url": new.url,
        "language": new.language,
        "published": new.published,
        "collected_at": now_iso(),
        "origin": new.origin,
        "text": new.text,
        "text_hash": hashlib.sha256(new.text.encode("utf-8")).hexdigest(),
        "simhash": to_signed(sh),
        "sim_b0": b[0],
        "sim_b1": b[1],
        "sim_b2": b[2],
        "sim_b3": b[3],
        "duplicate_of": dup_of,
        "duplicate_similarity": sim,
        "extra": new.extra or None,
    }
    sid = AuditedWriter(conn, dialect, actor).insert(sources, values, reason="ingest")
    return AddResult(sid, created=True, duplicate_of=dup_of, similarity=sim)


def get_source(conn: Connection, source_id: int) -> Source | None:
    row = conn.execute(select(sources).where(sources.c.id == source_id)).mappings().first()
    return Source.model_validate(dict(row)) if row else None


def list_sources(
    conn: Connection, *, limit: int = 100, offset: int = 0, ids: list[int] | None = None
) -> list[Source]:
    q = select(sources).order_by(sources.c.id).limit(limit).offset(offset)
    if ids is not None:
        q = q.where(sources.c.id.in_(ids))
    return [Source.model_validate(dict(r)) for r in conn.execute(q).mappings()]


def count_sources(conn: Connection, *, originals_only: bool = False) -> int:
    q = select(func.count()).select_from(sources)
    if originals_only:
        q = q.where(sources.c.duplicate_of.is_(None))
    return int(conn.execute(q).scalar_one())


def search_sources(conn: Connection, dialect: Dialect, query: str, limit: int = 50) -> list[Source]:
    ids = dialect.search_source_ids(conn, query, limit)
    if not ids:
        return []
    by_id = {s.id: s for s in list_sources(conn, limit=len(ids), ids=ids)}
    return [by_id[i] for i in ids if i in by_id]
