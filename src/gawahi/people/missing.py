"""Missing persons: one case per disappeared person, a status history, petitions, hearings.

Status follows MissingStatus: missing -> acknowledged_in_custody -> presented_in_court ->
released / found_dead / still_missing. Every change is a new history row (never an edit of
the old one) and an audited update of the case's current status. Who took the person is
recorded as alleged, with its basis, never as fact.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, select

from gawahi.model.records import Hearing, MissingCase, MissingStatusEntry, Petition
from gawahi.model.vocab import AttributionBasis, MissingStatus
from gawahi.store.audit import AuditedWriter, now_iso
from gawahi.store.db import Store
from gawahi.store.schema import hearings, missing_cases, missing_status_history, persons, petitions

PETITION_KINDS = {
    "habeas_corpus": "habeas corpus petition (High Court, Art. 199)",
    "coied": "complaint to the Commission of Inquiry on Enforced Disappearances",
    "bail": "bail application",
    "appeal": "appeal",
    "human_rights_cell": "Supreme Court Human Rights Cell application",
    "other": "other petition",
}
# Statuses after which a person is no longer missing.
RESOLVED = {MissingStatus.RELEASED, MissingStatus.FOUND_DEAD}
# Transitions that are allowed without --force (anything to still_missing, and onwards).
_ORDER = [MissingStatus.MISSING, MissingStatus.STILL_MISSING, MissingStatus.IN_CUSTODY,
          MissingStatus.PRESENTED_IN_COURT, MissingStatus.RELEASED, MissingStatus.FOUND_DEAD]


class MissingError(ValueError):
    """A missing-person change that cannot be made as asked."""


def _iso_date(value: str | None, what: str) -> str | None:
    if value is None or value == "":
        return None
    try:
        if len(value) == 4:
            int(value)
            return value
        if len(value) == 7:
            date.fromisoformat(value + "-01")
            return value
        return date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise MissingError(f"{what} {value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)") from exc


def _case(row: object) -> MissingCase:
    return MissingCase.model_validate(dict(row))  # type: ignore[call-overload]


def open_case(
    store: Store, *, actor: str, person_id: int, last_seen_date: str | None = None,
    last_seen_place: str | None = None, last_seen_by: str | None = None,
    taken_by: str | None = None, taken_by_basis: str = AttributionBasis.ALLEGED.value,
    incident_id: int | None = None, source_id: int | None = None, notes: str | None = None,
) -> int:
    """Open the case of a disappeared person; their first status is `missing`."""
    basis = AttributionBasis(taken_by_basis).value if taken_by else None
    seen = _iso_date(last_seen_date, "last seen date")
    with store.transaction() as conn:
        if conn.execute(select(persons.c.id).where(persons.c.id == person_id)).first() is None:
            raise MissingError(f"no person {person_id}; add them first (gawahi person add)")
        if conn.execute(
            select(missing_cases.c.id).where(missing_cases.c.person_id == person_id)
        ).first():
            raise MissingError(f"person {person_id} already has a missing-person case")
        w = AuditedWriter(conn, store.dialect, actor)
        now = now_iso()
        cid = w.insert(missing_cases, {
            "person_id": person_id, "incident_id": incident_id, "last_seen_date": seen,
            "last_seen_place": last_seen_place, "last_seen_by": last_seen_by,
            "taken_by": taken_by, "taken_by_basis": basis,
            "status": MissingStatus.MISSING.value, "status_date": seen, "source_id": source_id,
            "notes": notes, "created_at": now, "updated_at": now,
        }, reason="missing person case")
        w.insert(missing_status_history, {
            "case_id": cid, "status": MissingStatus.MISSING.value, "date": seen,
            "source_id": source_id, "note": "case opened", "recorded_at": now, "recorded_by": actor,
        }, reason="missing person status")
    return cid


def set_status(
    store: Store, case_id: int, status: str, *, actor: str, on: str | None = None,
    source_id: int | None = None, note: str | None = None, force: bool = False,
) -> MissingStatusEntry:
    """Record a status change (with its date and source) and make it the case's current one."""
    new = MissingStatus(status)
    when = _iso_date(on, "status date")
    with store.transaction() as conn:
        row = conn.execute(select(missing_cases).where(missing_cases.c.id == case_id)).mappings().first()
        if row is None:
            raise MissingError(f"no missing-person case {case_id}")
        old = MissingStatus(row["status"])
        if old in RESOLVED and not force:
            raise MissingError(
                f"case {case_id} is already {old.value}; pass --force to record {new.value} after it"
            )
        if when and row["status_date"] and when < row["status_date"] and not force:
            raise MissingError(
                f"{when} is before the current status date {row['status_date']}; "
                "pass --force to record an earlier event"
            )
        w = AuditedWriter(conn, store.dialect, actor)
        now = now_iso()
        hid = w.insert(missing_status_history, {
            "case_id": case_id, "status": new.value, "date": when, "source_id": source_id,
            "note": note, "recorded_at": now, "recorded_by": actor,
        }, reason="missing person status")
        w.update(missing_cases, case_id, {"status": new.value, "status_date": when,
                                          "updated_at": now}, reason=f"status {new.value}")
        entry = conn.execute(
            select(missing_status_history).where(missing_status_history.c.id == hid)
        ).mappings().one()
        return MissingStatusEntry.model_validate(dict(entry))


def history(store: Store, case_id: int) -> list[MissingStatusEntry]:
    with store.read() as conn:
        rows = conn.execute(
            select(missing_status_history).where(missing_status_history.c.case_id == case_id)
            .order_by(missing_status_history.c.id)
        ).mappings()
        return [MissingStatusEntry.model_validate(dict(r)) for r in rows]


def get_case(store: Store, case_id: int) -> MissingCase | None:
    with store.read() as conn:
        row = conn.execute(select(missing_cases).where(missing_cases.c.id == case_id)).mappings().first()
        return _case(row) if row else None


@dataclass
class MissingRow:
    case: MissingCase
    name: str
    days_missing: int | None
    next_hearing: str | None


def _days_since(iso: str | None, today: date) -> int | None:
    if not iso:
        return None
    full = {4: iso + "-01-01", 7: iso + "-01"}.get(len(iso), iso)
    try:
        d = date.fromisoformat(full)
    except ValueError:
        return None
    return (today - d).days


def list_cases(
    store: Store, *, longest: bool = False, status: str | None = None,
    include_resolved: bool | None = None, limit: int = 100, today: date | None = None,
) -> list[MissingRow]:
    """Cases with the person's name and days missing; `longest` orders by time missing and
    (unless `include_resolved`) leaves out those released or found dead."""
    today = today or date.today()
    with store.read() as conn:
        q = select(missing_cases, persons.c.name.label("person_name")).select_from(
            missing_cases.join(persons, missing_cases.c.person_id == persons.c.id)
        )
        if status:
            q = q.where(missing_cases.c.status == MissingStatus(status).value)
        if include_resolved is False or (include_resolved is None and longest):
            q = q.where(missing_cases.c.status.not_in([s.value for s in RESOLVED]))
        rows = [dict(r) for r in conn.execute(q.order_by(missing_cases.c.id)).mappings()]
        hearing = _next_hearings(conn, [int(r["id"]) for r in rows], today)
    out = []
    for r in rows:
        name = r.pop("person_name")
        c = MissingCase.model_validate(r)
        out.append(MissingRow(c, name, _days_since(c.last_seen_date, today), hearing.get(c.id)))
    if longest:
        out.sort(key=lambda m: (m.days_missing is None, -(m.days_missing or 0), m.case.id))
    return out[:limit]


def _next_hearings(conn: Connection, case_ids: list[int], today: date) -> dict[int, str]:
    if not case_ids:
        return {}
    out: dict[int, str] = {}
    rows = conn.execute(
        select(petitions.c.missing_case_id, petitions.c.next_hearing).where(
            petitions.c.missing_case_id.in_(case_ids), petitions.c.next_hearing.is_not(None)
        )
    ).all()
    t = today.isoformat()
    for cid, nh in rows:
        if nh >= t and (cid not in out or nh < out[cid]):
            out[int(cid)] = nh
    return out


def add_petition(
    store: Store, *, actor: str, kind: str, missing_case_id: int | None = None,
    case_id: int | None = None, forum: str | None = None, number: str | None = None,
    filed: str | None = None, next_hearing: str | None = None, status: str = "pending",
) -> int:
    if kind not in PETITION_KINDS:
        raise MissingError(f"petition kind {kind!r}: use one of {', '.join(PETITION_KINDS)}")
    if missing_case_id is None and case_id is None:
        raise MissingError("a petition belongs to a missing-person case or a legal case")
    with store.transaction() as conn:
        if missing_case_id is not None and conn.execute(
            select(missing_cases.c.id).where(missing_cases.c.id == missing_case_id)
        ).first() is None:
            raise MissingError(f"no missing-person case {missing_case_id}")
        now = now_iso()
        return AuditedWriter(conn, store.dialect, actor).insert(petitions, {
            "missing_case_id": missing_case_id, "case_id": case_id, "kind": kind, "forum": forum,
            "number": number, "filed_date": _iso_date(filed, "filing date"), "status": status,
            "next_hearing": _iso_date(next_hearing, "next hearing"), "created_at": now,
            "updated_at": now,
        }, reason="petition")


def add_hearing(
    store: Store, petition_id: int, *, actor: str, on: str, outcome: str | None = None,
    next_date: str | None = None, status: str | None = None,
) -> int:
    """A hearing held; its next date becomes the petition's next hearing."""
    when = _iso_date(on, "hearing date")
    nxt = _iso_date(next_date, "next hearing")
    if when is None:
        raise MissingError("a hearing needs a date")
    with store.transaction() as conn:
        if conn.execute(select(petitions.c.id).where(petitions.c.id == petition_id)).first() is None:
            raise MissingError(f"no petition {petition_id}")
        w = AuditedWriter(conn, store.dialect, actor)
        hid = w.insert(hearings, {"petition_id": petition_id, "date": when, "outcome": outcome,
                                  "next_date": nxt, "created_at": now_iso()}, reason="hearing")
        values: dict[str, object] = {"next_hearing": nxt, "updated_at": now_iso()}
        if status:
            values["status"] = status
        w.update(petitions, petition_id, values, reason="hearing")
    return hid


def petitions_for(store: Store, missing_case_id: int) -> list[tuple[Petition, list[Hearing]]]:
    with store.read() as conn:
        ps = [Petition.model_validate(dict(r)) for r in conn.execute(
            select(petitions).where(petitions.c.missing_case_id == missing_case_id)
            .order_by(petitions.c.id)).mappings()]
        out = []
        for p in ps:
            hs = [Hearing.model_validate(dict(r)) for r in conn.execute(
                select(hearings).where(hearings.c.petition_id == p.id).order_by(hearings.c.date)
            ).mappings()]
            out.append((p, hs))
        return out


def status_order() -> list[str]:
    return [s.value for s in _ORDER]
