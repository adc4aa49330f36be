"""Legal cases: FIR, police station, sections of law, the accused, stages with dates.

The record of impunity or accountability per incident. The accused are listed with the basis
of the accusation (alleged, charged, convicted, acquitted): allegation is not fact. Stages
(FIR, arrest, charge, bail, trial, verdict, appeal, release) are case_events; the case keeps
its latest stage for listing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from gawahi.model.records import Case, CaseEvent
from gawahi.model.vocab import AttributionBasis, CaseStage
from gawahi.store.audit import AuditedWriter, now_iso
from gawahi.store.db import Store
from gawahi.store.schema import case_events, cases, incidents, persons

# Pakistan Penal Code sections most often seen in these cases (a reviewer aid, not a limit).
PPC_SECTIONS = {
    "295": "injuring or defiling a place of worship",
    "295-A": "deliberate acts to outrage religious feelings",
    "295-B": "defiling the Holy Quran",
    "295-C": "derogatory remarks about the Holy Prophet",
    "296": "disturbing a religious assembly",
    "297": "trespassing on burial places",
    "298": "uttering words to wound religious feelings",
    "298-A": "derogatory remarks about holy personages",
    "298-B": "misuse of epithets reserved for certain holy personages (Ahmadis)",
    "298-C": "Ahmadi calling himself a Muslim or propagating his faith",
    "302": "murder",
    "324": "attempt to murder",
    "365": "kidnapping or abducting with intent to confine",
    "427": "mischief causing damage",
    "436": "mischief by fire",
    "506": "criminal intimidation",
    "109": "abetment",
    "34": "common intention",
    "149": "unlawful assembly, common object",
}
OTHER_LAWS = {"ATA": "Anti-Terrorism Act 1997", "PPC": "Pakistan Penal Code",
              "PECA": "Prevention of Electronic Crimes Act 2016", "CRPC": "Code of Criminal Procedure"}


class CaseError(ValueError):
    """A legal-case change that cannot be made as asked."""


_SECTION_RE = re.compile(
    r"^(?:(?P<law>[A-Za-z.]+)\s*)?(?:s\.?|sec\.?|section)?\s*(?P<num>\d+)\s*[-/ ]?\s*(?P<sub>[A-Za-z])?(?:\((?P<par>[^)]+)\))?$",
    re.IGNORECASE,
)


def normalise_section(text: str) -> str:
    """"295c", "295 C", "PPC 295-C", "s. 295-C" -> "PPC 295-C"; "ATA 7" -> "ATA 7"."""
    t = " ".join(text.strip().split())
    m = _SECTION_RE.match(t)
    if not m:
        raise CaseError(f"section {text!r} is not understood (write e.g. 'PPC 295-C' or 'ATA 7')")
    law = (m.group("law") or "PPC").replace(".", "").upper()
    if law in ("S", "SEC", "SECTION"):
        law = "PPC"
    num = m.group("num")
    sub = (m.group("sub") or "").upper()
    out = f"{law} {num}" + (f"-{sub}" if sub else "")
    if m.group("par"):
        out += f"({m.group('par')})"
    return out


def parse_sections(values: list[str]) -> list[str]:
    out: list[str] = []
    for v in values:
        for part in re.split(r"[,;]|\s+and\s+|/(?=\s*\d)", v):
            if part.strip():
                s = normalise_section(part)
                if s not in out:
                    out.append(s)
    return out


def _iso(value: str | None, what: str) -> str | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise CaseError(f"{what} {value!r} is not a date (YYYY-MM-DD)") from exc


def parse_accused(values: list[str]) -> list[dict[str, Any]]:
    """"Name" or "Name:charged" or "person:12:alleged" -> [{"name", "basis", "person_id"}]."""
    out: list[dict[str, Any]] = []
    for v in values:
        parts = [p.strip() for p in v.split(":")]
        person_id: int | None = None
        if parts[0].lower() == "person" and len(parts) >= 2 and parts[1].isdigit():
            person_id = int(parts[1])
            parts = parts[2:] or ["alleged"]
            name = None
            basis = parts[0] if parts else "alleged"
        else:
            name = parts[0]
            basis = parts[1] if len(parts) > 1 else "alleged"
        try:
            b = AttributionBasis(basis.lower()).value
        except ValueError as exc:
            raise CaseError(
                f"accused {v!r}: basis {basis!r} is not one of "
                + ", ".join(x.value for x in AttributionBasis)
            ) from exc
        out.append({"name": name, "basis": b, "person_id": person_id})
    return out


def add_case(
    store: Store, *, actor: str, fir_number: str | None = None, police_station: str | None = None,
    sections: list[str] | None = None, accused: list[str] | None = None,
    incident_id: int | None = None, person_id: int | None = None, court: str | None = None,
    fir_date: str | None = None, source_id: int | None = None, notes: str | None = None,
) -> int:
    """A legal case; with an FIR date its first stage (fir) is recorded too."""
    secs = parse_sections(sections or [])
    acc = parse_accused(accused or [])
    when = _iso(fir_date, "FIR date")
    if not (fir_number or incident_id or person_id):
        raise CaseError("a case needs an FIR number, an incident or a person")
    with store.transaction() as conn:
        if incident_id is not None and conn.execute(
            select(incidents.c.id).where(incidents.c.id == incident_id)
        ).first() is None:
            raise CaseError(f"no incident {incident_id}")
        for pid in [person_id, *[a["person_id"] for a in acc]]:
            if pid is not None and conn.execute(
                select(persons.c.id).where(persons.c.id == pid)
            ).first() is None:
                raise CaseError(f"no person {pid}")
        if fir_number and police_station and conn.execute(
            select(cases.c.id).where(cases.c.fir_number == fir_number,
                                     cases.c.police_station == police_station)
        ).first():
            raise CaseError(f"FIR {fir_number} at {police_station} is already recorded")
        now = now_iso()
        w = AuditedWriter(conn, store.dialect, actor)
        cid = w.insert(cases, {
            "incident_id": incident_id, "person_id": person_id, "fir_number": fir_number,
            "police_station": police_station, "sections": secs or None, "court": court,
            "status": "open", "accused": acc or None,
            "stage": CaseStage.FIR.value if when or fir_number else None, "stage_date": when,
            "notes": notes, "created_at": now, "updated_at": now,
        }, reason="legal case")
        if fir_number or when:
            w.insert(case_events, {"case_id": cid, "stage": CaseStage.FIR.value, "date": when,
                                   "detail": f"FIR {fir_number}" if fir_number else None,
                                   "source_id": source_id}, reason="case stage")
    return cid


def add_stage(
    store: Store, case_id: int, stage: str, *, actor: str, on: str | None = None,
    detail: str | None = None, source_id: int | None = None,
) -> int:
    st = CaseStage(stage)
    when = _iso(on, "stage date")
    with store.transaction() as conn:
        row = conn.execute(select(cases).where(cases.c.id == case_id)).mappings().first()
        if row is None:
            raise CaseError(f"no legal case {case_id}")
        w = AuditedWriter(conn, store.dialect, actor)
        eid = w.insert(case_events, {"case_id": case_id, "stage": st.value, "date": when,
                                     "detail": detail, "source_id": source_id}, reason="case stage")
        # The case shows its latest stage by date (undated stages count as latest when added).
        if when is None or row["stage_date"] is None or when >= row["stage_date"]:
            status = {CaseStage.VERDICT: "decided", CaseStage.RELEASE: "closed"}.get(st, "open")
            w.update(cases, case_id, {"stage": st.value, "stage_date": when, "status": status,
                                      "updated_at": now_iso()}, reason=f"stage {st.value}")
    return eid


@dataclass
class CaseView:
    case: Case
    events: list[CaseEvent]


def _case(row: Any) -> Case:
    d = dict(row)
    d["sections"] = d.get("sections") or []
    d["accused"] = d.get("accused") or []
    return Case.model_validate(d)


def get_case(store: Store, case_id: int) -> CaseView | None:
    with store.read() as conn:
        row = conn.execute(select(cases).where(cases.c.id == case_id)).mappings().first()
        if row is None:
            return None
        evs = [CaseEvent.model_validate(dict(r)) for r in conn.execute(
            select(case_events).where(case_events.c.case_id == case_id)
            .order_by(case_events.c.date.is_(None), case_events.c.date, case_events.c.id)
        ).mappings()]
        return CaseView(_case(row), evs)


def list_cases(
    store: Store, *, incident_id: int | None = None, section: str | None = None,
    stage: str | None = None, limit: int = 100,
) -> list[Case]:
    with store.read() as conn:
        q = select(cases).order_by(cases.c.id)
        if incident_id is not None:
            q = q.where(cases.c.incident_id == incident_id)
        if stage:
            q = q.where(cases.c.stage == CaseStage(stage).value)
        out = [_case(r) for r in conn.execute(q).mappings()]
    if section:
        want = normalise_section(section)
        out = [c for c in out if want in c.sections]
    return out[:limit]
