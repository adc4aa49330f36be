"""Claims and incidents in the database. Incident values are written only by the linker's
consolidation (gawahi.link.consolidate), never typed over claims."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, bindparam, func, or_, select

from gawahi.model.claims import ExtractedClaim
from gawahi.model.dumps import conform
from gawahi.model.records import Claim, Incident
from gawahi.model.vocab import ReviewStatus
from gawahi.store.audit import AuditedWriter, now_iso
from gawahi.store.dialect import Dialect
from gawahi.store.schema import claims, incidents, sources


def claim_columns(c: ExtractedClaim) -> dict[str, Any]:
    """The queryable columns derived from a claim; `data` keeps the whole claim with spans."""
    return {
        "event_type": c.event_type.value,
        "date_edtf": c.date.edtf,
        "date_earliest": c.date.earliest,
        "date_latest": c.date.latest,
        "date_precision": c.date.precision.value,
        "place": c.location.name,
        "admin2": c.location.admin2,
        "admin1": c.location.admin1,
        "admin1_code": c.location.admin1_code,
        "lat": c.location.lat,
        "lon": c.location.lon,
        "place_precision": c.location.precision.value,
        "killed_min": c.killed.min,
        "killed_max": c.killed.max,
        "injured_min": c.injured.min,
        "injured_max": c.injured.max,
        "confidence": c.confidence,
        "extractor": c.extractor,
        "extractor_version": c.extractor_version,
        "data": c.model_dump(mode="json"),
    }


def save_claims(
    conn: Connection,
    dialect: Dialect,
    actor: str,
    source_id: int,
    found: list[ExtractedClaim],
    credibility: int = 6,
) -> list[int]:
    """Store an extractor's claims for a source; re-running the same extractor replaces
    only claims nobody has reviewed yet (reviewed ones are people's work and are kept)."""
    w = AuditedWriter(conn, dialect, actor)
    ids: list[int] = []
    extractor = found[0].extractor if found else None
    existing = {
        int(r.idx): r
        for r in conn.execute(
            select(claims.c.id, claims.c.idx, claims.c.review_status).where(
                and_(claims.c.source_id == source_id, claims.c.extractor == extractor)
            )
        )
    }
    for c in found:
        cols = claim_columns(c)
        prev = existing.pop(c.claim, None)
        if prev is not None:
            if prev.review_status != ReviewStatus.SUGGESTED.value:
                ids.append(int(prev.id))
                continue
            w.update(claims, prev.id, cols, reason="re-extracted")
            ids.append(int(prev.id))
            continue
        cols.update(
            source_id=source_id,
            idx=c.claim,
            credibility=credibility,
            review_status=ReviewStatus.SUGGESTED.value,
            created_at=now_iso(),
        )
        ids.append(w.insert(claims, cols, reason="extracted"))
    for stale in existing.values():
        if stale.review_status == ReviewStatus.SUGGESTED.value:
            w.delete(claims, stale.id, reason="no longer extracted")
    w.update(sources, source_id, {"extracted_at": now_iso()}, reason="extracted")
    return ids


def _claim(row: Any) -> Claim:
    d = dict(row)
    d["data"] = ExtractedClaim.model_validate(d["data"])
    return Claim.model_validate(d)


# Built once: these run for every page the web app renders, and building a statement (and
# its cache key) costs more than running it.
_CLAIM = select(claims).where(claims.c.id == bindparam("id"))
_INCIDENT_CLAIMS = (select(claims).where(claims.c.incident_id == bindparam("iid"))
                    .order_by(claims.c.id))
_INCIDENT = select(incidents).where(incidents.c.id == bindparam("id"))


def get_claim(conn: Connection, claim_id: int) -> Claim | None:
    row = conn.execute(_CLAIM, {"id": claim_id}).mappings().first()
    return _claim(row) if row else None


def claims_for_incident(conn: Connection, incident_id: int) -> list[Claim]:
    return [_claim(r) for r in conn.execute(_INCIDENT_CLAIMS, {"iid": incident_id}).mappings()]


def claims_for_source(conn: Connection, source_id: int) -> list[Claim]:
    q = select(claims).where(claims.c.source_id == source_id).order_by(claims.c.idx)
    return [_claim(r) for r in conn.execute(q).mappings()]


def all_claims(conn: Connection, *, include_rejected: bool = False) -> list[Claim]:
    q = select(claims).order_by(claims.c.id)
    if not include_rejected:
        q = q.where(claims.c.review_status != ReviewStatus.REJECTED.value)
    return [_claim(r) for r in conn.execute(q).mappings()]


# The fields of a stored claim's dump (its data is stored dumped: claim_columns).
_CLAIM_FIELDS = tuple(Claim.model_fields)


def claim_dumps_for_incident(conn: Connection, incident_id: int) -> list[dict[str, Any]]:
    """The incident's claims as `Claim.model_dump(mode="json")` gives them, read from the rows
    without the model round trip: the web's incident page shows every claim of each incident
    it renders, and validating and dumping them cost more than the rest of the page's data.
    Data stored by an older version gets the fields added since (model.dumps.conform); a row
    that cannot be read so takes the long way, so the result is the same either way."""
    out: list[dict[str, Any]] = []
    for r in conn.execute(_INCIDENT_CLAIMS, {"iid": incident_id}).mappings():
        data = conform(ExtractedClaim, r["data"])
        if data is None:
            out.append(_claim(r).model_dump(mode="json"))
        else:
            out.append({k: data if k == "data" else r[k] for k in _CLAIM_FIELDS})
    return out


def get_incident(conn: Connection, incident_id: int) -> Incident | None:
    row = conn.execute(_INCIDENT, {"id": incident_id}).mappings().first()
    return Incident.model_validate(_fix_json(dict(row))) if row else None


_INCIDENT_FIELDS = tuple(Incident.model_fields)


def incident_dump(conn: Connection, incident_id: int) -> dict[str, Any] | None:
    """The incident as `Incident.model_dump(mode="json")` gives it, read from its row without
    the model round trip (as claim_dumps_for_incident, for the same page)."""
    row = conn.execute(_INCIDENT, {"id": incident_id}).mappings().first()
    if row is None:
        return None
    d = _fix_json({k: row[k] for k in _INCIDENT_FIELDS})
    found = conform(Incident, d)
    return found if found is not None else Incident.model_validate(d).model_dump(mode="json")


def _fix_json(d: dict[str, Any]) -> dict[str, Any]:
    d["perpetrators"] = d.get("perpetrators") or []
    d["targets"] = d.get("targets") or []
    return d


@dataclass
class IncidentFilter:
    q: str | None = None  # words in place, title or event type
    event_type: str | None = None
    admin1_code: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    status: str | None = None


def list_incidents(
    conn: Connection, f: IncidentFilter | None = None, *, limit: int = 100, offset: int = 0
) -> list[Incident]:
    q = select(incidents)
    f = f or IncidentFilter()
    if f.event_type:
        q = q.where(incidents.c.event_type == f.event_type)
    if f.admin1_code:
        q = q.where(incidents.c.admin1_code == f.admin1_code)
    if f.date_from:
        q = q.where(incidents.c.date_latest >= f.date_from)
    if f.date_to:
        q = q.where(incidents.c.date_earliest <= f.date_to)
    if f.status:
        q = q.where(incidents.c.status == f.status)
    if f.q:
        like = f"%{f.q.lower()}%"
        q = q.where(
            or_(
                func.lower(incidents.c.title).like(like),
                func.lower(incidents.c.place).like(like),
                func.lower(incidents.c.admin2).like(like),
            )
        )
    q = q.order_by(incidents.c.date_earliest.desc(), incidents.c.id.desc()).limit(limit)
    q = q.offset(offset)
    return [Incident.model_validate(_fix_json(dict(r))) for r in conn.execute(q).mappings()]


def count_incidents(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(incidents)).scalar_one())
