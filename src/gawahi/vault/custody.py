"""Evidence items and their chain of custody.

Every evidence item is a vault object (stored unaltered, addressed by SHA-256) with one
``evidence`` row and a list of ``custody_events``: collected, received, copied, analysed,
exported — each with who (``actor``), when (``at``, UTC) and why (``reason``, required).
Every row is written through :class:`~gawahi.store.audit.AuditedWriter`, so each event is
also an audit-log entry (signed checkpoints, ``gawahi verify``). The audit entry's actor is
the user who typed the command; the custody event's actor is who did the thing (a field
collector may hand a file to the user who records it).

Order, as everywhere in Gawahi: bytes into the vault first (durable), then the rows in one
transaction, so a crash leaves at worst an unreferenced object, never a row without its file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from gawahi import __version__
from gawahi.model.vocab import CustodyAction
from gawahi.store.audit import AuditedWriter, now_iso
from gawahi.store.db import Store
from gawahi.store.dialect import Dialect
from gawahi.store.schema import custody_events, evidence, sources
from gawahi.vault.cas import Vault

# gawahi.vault.media (Pillow, numpy, scipy) is imported where used: the ingest path imports
# this module for web captures and should not pay for image libraries.
NEAR_DUPLICATE_BITS = 10  # as gawahi.vault.media.NEAR_DUPLICATE_BITS


def _hamming(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()

__all__ = [
    "AddedEvidence",
    "CustodyError",
    "ExportResult",
    "add_event",
    "add_files",
    "create_evidence",
    "export_public",
    "find_similar",
    "get_evidence",
    "list_events",
    "package_wacz",
    "record_custody",
    "record_web_capture",
]

ACTIONS = tuple(a.value for a in CustodyAction)


class CustodyError(ValueError):
    """A custody request that cannot be met, said in words."""


# --- rows ---------------------------------------------------------------------------------


def find_by_sha(conn: Connection, sha256: str) -> int | None:
    row = conn.execute(select(evidence.c.id).where(evidence.c.sha256 == sha256)).first()
    return int(row[0]) if row else None


def create_evidence(
    conn: Connection,
    dialect: Dialect,
    actor: str,
    *,
    sha256: str,
    size: int,
    media_type: str | None,
    kind: str,
    reason: str,
    filename: str | None = None,
    source_id: int | None = None,
    phash: str | None = None,
    dhash: str | None = None,
    capture: dict[str, Any] | None = None,
    sensitivity: str = "restricted",
) -> tuple[int, bool]:
    """Insert an evidence row (idempotent by SHA-256); returns ``(id, created)``."""
    existing = find_by_sha(conn, sha256)
    if existing is not None:
        return existing, False
    eid = AuditedWriter(conn, dialect, actor).insert(
        evidence,
        {
            "sha256": sha256,
            "phash": phash,
            "dhash": dhash,
            "media_type": media_type,
            "filename": filename,
            "size": size,
            "source_id": source_id,
            "capture": capture,
            "sensitivity": sensitivity,
            "kind": kind,
            "created_at": now_iso(),
        },
        reason=reason,
    )
    return eid, True


def add_event(
    conn: Connection,
    dialect: Dialect,
    recorded_by: str,
    evidence_id: int,
    action: str | CustodyAction,
    reason: str,
    *,
    actor: str | None = None,
    at: str | None = None,
    detail: dict[str, Any] | None = None,
) -> int:
    """Append one custody event (audited). `actor` (who did it) defaults to `recorded_by`."""
    act = str(action.value if isinstance(action, CustodyAction) else action).lower()
    if act not in ACTIONS:
        raise CustodyError(f"custody action must be one of {', '.join(ACTIONS)}; got {action!r}")
    if not reason or not reason.strip():
        raise CustodyError("a custody event needs a reason (why it happened)")
    if find_by_sha_id(conn, evidence_id) is None:
        raise CustodyError(f"no evidence {evidence_id}")
    return AuditedWriter(conn, dialect, recorded_by).insert(
        custody_events,
        {
            "evidence_id": evidence_id,
            "action": act,
            "actor": actor or recorded_by,
            "at": at or now_iso(),
            "reason": reason.strip(),
            "detail": detail,
        },
        reason=f"custody {act}",
    )


def find_by_sha_id(conn: Connection, evidence_id: int) -> dict[str, Any] | None:
    row = conn.execute(select(evidence).where(evidence.c.id == evidence_id)).mappings().first()
    return dict(row) if row else None


def get_evidence(conn: Connection, evidence_id: int) -> dict[str, Any] | None:
    return find_by_sha_id(conn, evidence_id)


def list_events(conn: Connection, evidence_id: int) -> list[dict[str, Any]]:
    rows = conn.execute(
        select(custody_events)
        .where(custody_events.c.evidence_id == evidence_id)
        .order_by(custody_events.c.id)
    ).mappings()
    return [dict(r) for r in rows]


# --- web captures -------------------------------------------------------------------------


def record_web_capture(
    conn: Connection,
    dialect: Dialect,
    actor: str,
    *,
    warc_sha256: str,
    warc_size: int,
    metadata: dict[str, Any],
    source_id: int | None,
) -> tuple[int, bool]:
    """The WARC of one fetch as an evidence row, with its "collected" custody event."""
    eid, created = create_evidence(
        conn,
        dialect,
        actor,
        sha256=warc_sha256,
        size=warc_size,
        media_type="application/warc",
        kind="web_capture",
        filename=None,
        source_id=source_id,
        capture=metadata,
        reason="web capture",
    )
    if created:
        add_event(
            conn,
            dialect,
            actor,
            eid,
            CustodyAction.COLLECTED,
            f"fetched {metadata.get('url')} (HTTP {metadata.get('http_status')})",
            at=metadata.get("collected_at"),
            detail={
                "url": metadata.get("url"),
                "http_status": metadata.get("http_status"),
                "tool": metadata.get("software"),
                "warc_sha256": warc_sha256,
            },
        )
    return eid, created


# --- files --------------------------------------------------------------------------------


@dataclass
class AddedEvidence:
    path: str
    evidence_id: int
    sha256: str
    created: bool
    kind: str
    media_type: str
    phash: str | None = None
    has_gps: bool = False
    near_duplicates: list[tuple[int, int]] = field(default_factory=list)  # (id, distance)


def _source_ref(conn: Connection, source: str | None) -> tuple[int | None, str | None]:
    """``--source``: a source id ("12" or "s12") links to it; anything else is provenance."""
    if not source:
        return None, None
    s = source.strip()
    digits = s[1:] if s[:1].lower() == "s" else s
    if digits.isdigit():
        sid = int(digits)
        if conn.execute(select(sources.c.id).where(sources.c.id == sid)).first() is None:
            raise CustodyError(f"no source {sid}")
        return sid, None
    return None, s


def add_files(
    store: Store,
    vault: Vault,
    paths: Iterable[str | os.PathLike[str]],
    *,
    actor: str,
    reason: str,
    collector: str | None = None,
    source: str | None = None,
    collected_at: str | None = None,
    on_item: Callable[[AddedEvidence], None] | None = None,
) -> list[AddedEvidence]:
    """Store files unaltered in the vault and record each as evidence with its custody.

    New item: "collected" (by `collector`, or the user), "received" by the user from the
    collector when they differ, and "analysed" (hashes and metadata read by Gawahi). A file
    already held gets a "received" event: the same bytes came in again. `collected_at`
    (ISO 8601, UTC) dates the "collected" event when it happened before the intake.
    """
    if collected_at is not None:
        collected_at = _utc_iso(collected_at)
    from gawahi.vault.media import inspect_media, pillow_version

    out: list[AddedEvidence] = []
    for p in paths:
        path = Path(p)
        sha = vault.put_file(path)  # durable before anything refers to it
        size = path.stat().st_size
        info = inspect_media(path)
        mtime = datetime.fromtimestamp(path.stat().st_mtime, UTC).isoformat().replace("+00:00", "Z")
        with store.transaction() as conn:
            source_id, provenance = _source_ref(conn, source)
            capture: dict[str, Any] = {
                "original_filename": path.name,
                "file_mtime": mtime,
                "metadata": info.metadata,
                "tool": {"name": "gawahi", "version": __version__},
            }
            if info.kind == "photo":
                capture["software"] = {"gawahi": __version__, "pillow": pillow_version()}
            if provenance:
                capture["provenance"] = provenance
            if collector:
                capture["collector"] = collector
            eid, created = create_evidence(
                conn, store.dialect, actor, sha256=sha, size=size, media_type=info.media_type,
                kind=info.kind, reason=f"evidence added: {reason}", filename=path.name,
                source_id=source_id, phash=info.phash, dhash=info.dhash, capture=capture,
            )
            base = {"sha256": sha, "filename": path.name, "size": size}
            if created:
                who = collector or actor
                add_event(conn, store.dialect, actor, eid, CustodyAction.COLLECTED, reason,
                          actor=who, at=collected_at,
                          detail={**base, "provenance": provenance, "recorded_by": actor})
                if collector and collector != actor:
                    add_event(conn, store.dialect, actor, eid, CustodyAction.RECEIVED,
                              f"received from {collector}", detail={**base, "from": collector})
                add_event(
                    conn, store.dialect, actor, eid, CustodyAction.ANALYSED,
                    "SHA-256, perceptual hash and metadata read on intake",
                    detail={"phash": info.phash, "dhash": info.dhash, "media_type": info.media_type,
                            "metadata_keys": sorted(info.metadata), "tool": f"gawahi {__version__}"},
                )
            else:
                add_event(conn, store.dialect, actor, eid, CustodyAction.RECEIVED,
                          f"the same file was submitted again: {reason}",
                          detail={**base, "from": collector, "provenance": provenance})
            near = find_similar(conn, eid) if info.phash else []
        item = AddedEvidence(
            str(path), eid, sha, created, info.kind, info.media_type, info.phash,
            has_gps="gps" in info.metadata, near_duplicates=[(n["id"], n["distance"]) for n in near],
        )
        out.append(item)
        if on_item:
            on_item(item)
    return out


def _utc_iso(value: str) -> str:
    """An ISO 8601 time as UTC ``...Z``; a time without zone is taken as UTC."""
    try:
        dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError as exc:
        raise CustodyError(f"not an ISO 8601 time: {value!r}") from exc
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def record_custody(
    store: Store,
    evidence_id: int,
    action: str,
    reason: str,
    *,
    actor: str,
    on_behalf_of: str | None = None,
    at: str | None = None,
    detail: dict[str, Any] | None = None,
) -> int:
    when = _utc_iso(at) if at else None
    with store.transaction() as conn:
        return add_event(conn, store.dialect, actor, evidence_id, action, reason,
                         actor=on_behalf_of, at=when, detail=detail)


def find_similar(
    conn: Connection, evidence_id: int, max_bits: int = NEAR_DUPLICATE_BITS
) -> list[dict[str, Any]]:
    """Images whose pHash is within `max_bits` of this one's, nearest first."""
    row = get_evidence(conn, evidence_id)
    if row is None:
        raise CustodyError(f"no evidence {evidence_id}")
    if not row.get("phash"):
        return []
    hits: list[dict[str, Any]] = []
    q = select(evidence.c.id, evidence.c.phash, evidence.c.dhash, evidence.c.filename,
               evidence.c.sha256).where(evidence.c.phash.is_not(None), evidence.c.id != evidence_id)
    for rid, ph, dh, fname, sha in conn.execute(q):
        d = _hamming(row["phash"], ph)
        if d <= max_bits:
            dd = _hamming(row["dhash"], dh) if row.get("dhash") and dh else None
            hits.append({"id": int(rid), "distance": d, "dhash_distance": dd, "filename": fname, "sha256": sha})
    hits.sort(key=lambda h: (h["distance"], h["id"]))
    return hits


# --- copies for publication ---------------------------------------------------------------


@dataclass
class ExportResult:
    evidence_id: int
    output: Path
    sha256: str
    media_type: str
    removed: list[str]
    event_id: int


def _atomic_write(out: Path, data: bytes) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=out.parent, prefix=".gawahi-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(name, out)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise


def export_public(
    store: Store, vault: Vault, evidence_id: int, out: Path, *, actor: str, reason: str
) -> ExportResult:
    """Write a metadata-stripped copy of an image (or video, with ffmpeg) for publication.

    The copy is also kept in the vault, and an "exported" custody event records its hash,
    what was removed and the tool used. The original is never touched.
    """
    from gawahi.vault.media import StripError, pillow_version, strip_metadata, strip_video

    with store.read() as conn:
        row = get_evidence(conn, evidence_id)
    if row is None:
        raise CustodyError(f"no evidence {evidence_id}")
    data = vault.get(row["sha256"])
    if row.get("kind") == "video":
        with tempfile.TemporaryDirectory() as td:
            src = Path(td) / ("in" + Path(row.get("filename") or "x.mp4").suffix)
            src.write_bytes(data)
            try:
                clean = strip_video(src)
            except StripError as exc:
                raise CustodyError(f"evidence {evidence_id}: {exc}") from exc
        media_type, removed, tool = row.get("media_type") or "video/mp4", ["container metadata"], "ffmpeg"
    else:
        try:
            clean, media_type, removed = strip_metadata(data)
        except StripError as exc:
            raise CustodyError(f"evidence {evidence_id}: {exc}") from exc
        tool = f"Pillow {pillow_version()} (pixels re-encoded, orientation applied)"
    digest = vault.put_bytes(clean)
    _atomic_write(out, clean)
    with store.transaction() as conn:
        ev = add_event(
            conn, store.dialect, actor, evidence_id, CustodyAction.EXPORTED, reason,
            detail={
                "copy_sha256": digest,
                "copy_name": out.name,
                "media_type": media_type,
                "metadata_removed": removed,
                "tool": tool,
                "public": True,
            },
        )
    return ExportResult(evidence_id, out, digest, media_type, removed, ev)


# --- WACZ collections ---------------------------------------------------------------------


def package_wacz(
    store: Store,
    vault: Vault,
    evidence_ids: Sequence[int],
    *,
    actor: str,
    title: str,
    reason: str = "packaged as a WACZ collection",
    out: Path | None = None,
) -> tuple[int, str, bytes]:
    """Package web-capture evidence as one WACZ: kept in the vault, recorded as evidence
    (kind ``wacz``) with a "copied" custody event on it and on each WARC it holds; an
    "exported" event too when written to `out`. Returns ``(evidence id, sha256, bytes)``."""
    from gawahi.vault.capture import WaczPage, build_wacz, software_string

    warcs: list[bytes] = []
    pages: list[WaczPage] = []
    rows: list[dict[str, Any]] = []
    with store.read() as conn:
        for eid in evidence_ids:
            row = get_evidence(conn, eid)
            if row is None or row.get("kind") != "web_capture":
                raise CustodyError(f"evidence {eid} is not a web capture")
            rows.append(row)
            meta = row.get("capture") or {}
            title_s = None
            if row.get("source_id"):
                title_s = conn.execute(
                    select(sources.c.title).where(sources.c.id == row["source_id"])
                ).scalar_one_or_none()
            pages.append(
                WaczPage(
                    str(meta.get("final_url") or meta.get("url") or ""),
                    str(meta.get("collected_at") or row["created_at"]),
                    title_s,
                )
            )
    if not rows:
        raise CustodyError("nothing to package")
    for row in rows:
        warcs.append(vault.get(row["sha256"]))
    data = build_wacz(warcs, pages, title=title, extra={"evidence_ids": list(evidence_ids)})
    digest = vault.put_bytes(data)
    with store.transaction() as conn:
        wid, created = create_evidence(
            conn, store.dialect, actor, sha256=digest, size=len(data), media_type="application/wacz",
            kind="wacz", reason=reason, filename=(out.name if out else None),
            capture={
                "title": title,
                "software": software_string(),
                "warcs": [r["sha256"] for r in rows],
                "evidence_ids": list(evidence_ids),
                "pages": [p.url for p in pages],
                "created_by": actor,
                "format": "WACZ 1.1.1",
            },
        )
        if created:
            add_event(conn, store.dialect, actor, wid, CustodyAction.COPIED, reason,
                      detail={"from_evidence": list(evidence_ids)})
            for r in rows:
                add_event(conn, store.dialect, actor, r["id"], CustodyAction.COPIED,
                          f"packaged into WACZ {digest[:12]}", detail={"wacz_sha256": digest, "wacz_evidence_id": wid})
    if out is not None:
        _atomic_write(out, data)
        with store.transaction() as conn:
            add_event(conn, store.dialect, actor, wid, CustodyAction.EXPORTED,
                      f"written to {out.name}", detail={"copy_sha256": digest, "copy_name": out.name})
    return wid, digest, data
