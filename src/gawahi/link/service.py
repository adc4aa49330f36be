"""Linking and review services: claims into incidents, and people's decisions about both.

Every function here recomputes the incidents it touches, so consolidated values always follow
from the current claims (evidentiary rule 1) and every decision is an audited change (rule 6).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Connection, select

from gawahi.link.consolidate import ClaimView, consolidate
from gawahi.link.scoring import THRESHOLD, Candidate, Match, compare
from gawahi.model.claims import ExtractedClaim
from gawahi.model.vocab import IncidentStatus, ReviewStatus
from gawahi.store.audit import AuditedWriter, now_iso
from gawahi.store.db import Store
from gawahi.store.dialect import Dialect
from gawahi.store.schema import claims, incidents, sources


@dataclass
class LinkReport:
    claims_seen: int = 0
    linked_existing: int = 0
    new_incidents: int = 0
    suggestions: list[tuple[int, int, Match]] = field(default_factory=list)  # claim, incident


def _load_candidates(conn: Connection, where: object | None = None) -> list[tuple[int | None, Candidate]]:
    q = select(
        claims.c.id,
        claims.c.source_id,
        claims.c.incident_id,
        claims.c.review_status,
        claims.c.data,
        sources.c.reliability,
        sources.c.published,
        sources.c.text,
    ).join(sources, sources.c.id == claims.c.source_id)
    if where is not None:
        q = q.where(where)  # type: ignore[arg-type]
    q = q.order_by(claims.c.id)
    out: list[tuple[int | None, Candidate]] = []
    for r in conn.execute(q):
        data = ExtractedClaim.model_validate(r.data)
        view = ClaimView(
            claim_id=int(r.id),
            source_id=int(r.source_id),
            data=data,
            review_status=ReviewStatus(r.review_status),
            reliability=r.reliability or "F",
            source_published=r.published,
        )
        span = data.text_span
        passage = r.text[span[0] : span[1]] if span else r.text[:2000]
        out.append((r.incident_id, Candidate(view, passage)))
    return out


def _months(window: tuple[date, date]) -> Iterable[int]:
    start = window[0].year * 12 + window[0].month - 1
    end = window[1].year * 12 + window[1].month - 1
    return range(start, min(end, start + 24) + 1)  # cap: a "1990s" claim must not flood buckets


def link(
    store: Store,
    *,
    actor: str,
    threshold: float = THRESHOLD,
    progress: Callable[[int, int], None] | None = None,
) -> LinkReport:
    """Attach each unlinked, non-rejected claim to its best-matching incident above
    `threshold`, or to a new incident; store the explanation of every match."""
    report = LinkReport()
    with store.transaction() as conn:
        w = AuditedWriter(conn, store.dialect, actor)
        rows = _load_candidates(conn, claims.c.review_status != ReviewStatus.REJECTED.value)
        members: dict[int, list[Candidate]] = defaultdict(list)
        # month -> province code (None: unknown) -> incidents; blocking never compares
        # claims whose dates or provinces cannot match.
        buckets: dict[int, dict[str | None, set[int]]] = defaultdict(lambda: defaultdict(set))

        def index(incident_id: int, cand: Candidate) -> None:
            members[incident_id].append(cand)
            if cand.window is not None:
                for m in _months(cand.window):
                    buckets[m][cand.view.data.location.admin1_code].add(incident_id)

        def pool_for(cand: Candidate) -> set[int]:
            if cand.window is None:
                return set()
            code = cand.view.data.location.admin1_code
            out: set[int] = set()
            for m in _months(cand.window):
                by_code = buckets.get(m)
                if not by_code:
                    continue
                if code is None:
                    for ids in by_code.values():
                        out |= ids
                else:
                    out |= by_code.get(code, set()) | by_code.get(None, set())
            return out

        todo: list[Candidate] = []
        for inc_id, cand in rows:
            if inc_id is None:
                todo.append(cand)
            else:
                index(int(inc_id), cand)
        todo.sort(key=lambda c: (c.view.data.date.earliest or "9999", c.view.claim_id))
        touched: set[int] = set()
        for i, cand in enumerate(todo):
            report.claims_seen += 1
            best: tuple[int, Match] | None = None
            for inc_id in sorted(pool_for(cand)):
                group = members[inc_id]
                if any(m.view.source_id == cand.view.source_id for m in group):
                    continue
                match = max((compare(cand, m) for m in group), key=lambda x: x.score)
                if match.blocked is None and match.score >= threshold:
                    if best is None or match.score > best[1].score:
                        best = (inc_id, match)
            if best is not None:
                inc_id, match = best
                report.linked_existing += 1
                report.suggestions.append((cand.view.claim_id, inc_id, match))
                explanation = {
                    "incident": inc_id,
                    "score": match.score,
                    "components": match.components,
                    "reasons": match.reasons,
                    "threshold": threshold,
                }
                w.update(
                    claims,
                    cand.view.claim_id,
                    {"incident_id": inc_id, "link_score": match.score, "link_explanation": explanation},
                    reason=f"linked (score {match.score:.2f})",
                )
            else:
                inc_id = _new_incident(w)
                report.new_incidents += 1
                w.update(
                    claims,
                    cand.view.claim_id,
                    {
                        "incident_id": inc_id,
                        "link_score": None,
                        "link_explanation": {"incident": inc_id, "reasons": ["no match above threshold"]},
                    },
                    reason="new incident",
                )
            index(inc_id, cand)
            touched.add(inc_id)
            if progress:
                progress(i + 1, len(todo))
        for inc_id in sorted(touched):
            recompute_incident(conn, store.dialect, actor, inc_id)
    return report


def _new_incident(w: AuditedWriter) -> int:
    ts = now_iso()
    return w.insert(
        incidents,
        {"status": IncidentStatus.SUGGESTED.value, "created_at": ts, "updated_at": ts},
        reason="linker",
    )


def recompute_incident(conn: Connection, dialect: Dialect, actor: str, incident_id: int) -> None:
    """Re-derive an incident's values from its current claims."""
    views = [c.view for _, c in _load_candidates(conn, claims.c.incident_id == incident_id)]
    values = consolidate(views)
    current = conn.execute(
        select(incidents.c.status).where(incidents.c.id == incident_id)
    ).scalar_one()
    if values.get("status") != "rejected" and current == "rejected":
        values["status"] = IncidentStatus.SUGGESTED.value
    values["updated_at"] = now_iso()
    AuditedWriter(conn, dialect, actor).update(
        incidents, incident_id, values, reason="recomputed from claims", action="recompute"
    )


# -- review decisions ---------------------------------------------------------------------------


def review_claim(
    store: Store,
    claim_id: int,
    status: ReviewStatus,
    *,
    reviewer: str,
    reason: str | None = None,
    edits: ExtractedClaim | None = None,
) -> None:
    """Confirm, reject or edit a machine suggestion; edits replace the claim's data (the old
    version stays in the audit log) and the incident is recomputed."""
    from gawahi.store.claims import claim_columns

    with store.transaction() as conn:
        row = conn.execute(select(claims.c.incident_id).where(claims.c.id == claim_id)).first()
        if row is None:
            raise LookupError(f"claim {claim_id} does not exist")
        values: dict[str, object] = {
            "review_status": status.value,
            "reviewer": reviewer,
            "reviewed_at": now_iso(),
            "review_reason": reason,
        }
        if edits is not None:
            cols = claim_columns(edits)
            cols.pop("extractor")
            cols.pop("extractor_version")
            values.update(cols)
        AuditedWriter(conn, store.dialect, reviewer).update(
            claims, claim_id, values, reason=reason or status.value, action="review"
        )
        if row.incident_id is not None:
            recompute_incident(conn, store.dialect, reviewer, int(row.incident_id))


def merge_incidents(store: Store, keep: int, absorb: int, *, reviewer: str, reason: str) -> None:
    """Move every claim of `absorb` into `keep`; `absorb` is marked rejected (kept, not deleted)."""
    if keep == absorb:
        raise ValueError("cannot merge an incident with itself")
    with store.transaction() as conn:
        w = AuditedWriter(conn, store.dialect, reviewer)
        for inc in (keep, absorb):
            if conn.execute(select(incidents.c.id).where(incidents.c.id == inc)).first() is None:
                raise LookupError(f"incident {inc} does not exist")
        moved = conn.execute(select(claims.c.id).where(claims.c.incident_id == absorb)).scalars().all()
        for cid in moved:
            w.update(
                claims,
                cid,
                {"incident_id": keep, "link_explanation": {"incident": keep, "reasons": [f"merged by {reviewer}: {reason}"]}},
                reason=f"merge {absorb} into {keep}: {reason}",
                action="merge",
            )
        w.update(incidents, absorb, {"status": IncidentStatus.REJECTED.value, "notes": f"merged into {keep}: {reason}"}, reason=reason, action="merge")
        recompute_incident(conn, store.dialect, reviewer, keep)


def split_claim(store: Store, claim_id: int, *, reviewer: str, reason: str) -> int:
    """Take a claim out of its incident into a new incident of its own; returns the new id."""
    with store.transaction() as conn:
        w = AuditedWriter(conn, store.dialect, reviewer)
        row = conn.execute(select(claims.c.incident_id).where(claims.c.id == claim_id)).first()
        if row is None:
            raise LookupError(f"claim {claim_id} does not exist")
        new_id = _new_incident(w)
        w.update(
            claims,
            claim_id,
            {"incident_id": new_id, "link_explanation": {"incident": new_id, "reasons": [f"split by {reviewer}: {reason}"]}},
            reason=f"split: {reason}",
            action="split",
        )
        recompute_incident(conn, store.dialect, reviewer, new_id)
        if row.incident_id is not None:
            recompute_incident(conn, store.dialect, reviewer, int(row.incident_id))
    return new_id


def set_incident_status(store: Store, incident_id: int, status: IncidentStatus, *, reviewer: str, reason: str) -> None:
    with store.transaction() as conn:
        AuditedWriter(conn, store.dialect, reviewer).update(
            incidents, incident_id, {"status": status.value}, reason=reason, action="review"
        )
