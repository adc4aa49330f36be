"""Person pages: victims, the missing and the accused, each shown only to roles cleared for the
record, every field through the one redaction step (names are restricted, ID numbers and the
raw list rows confidential)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import or_, select

from gawahi.model.records import Case, MissingStatusEntry
from gawahi.people import missing as missing_svc
from gawahi.people.persons import count_persons, get_person, list_persons, mentions, resolve_person
from gawahi.store.schema import cases, missing_cases, person_incidents
from gawahi.web import i18n
from gawahi.web.core import Ctx, require
from gawahi.web.render import page

router = APIRouter(include_in_schema=False)
PER_PAGE = 50


@router.get("/people", response_class=HTMLResponse)
def people_list(
    ctx: Ctx = Depends(require("read")),
    q: str | None = Query(None, max_length=200),
    page_no: int = Query(1, alias="page", ge=1, le=100_000),
) -> Response:
    with ctx.store.read() as conn:
        rows = list_persons(conn, query=q or None, limit=PER_PAGE, offset=(page_no - 1) * PER_PAGE)
        total = count_persons(conn)
    people = [ctx.redact(p) for p in rows if ctx.cleared(p.sensitivity)]
    longest = [
        {"case": ctx.redact(m.case), "name": m.name if ctx.cleared("restricted") else None,
         "days": m.days_missing, "next_hearing": m.next_hearing}
        for m in missing_svc.list_cases(ctx.store, longest=True, limit=20)
    ]
    return page(ctx, "people.html", people=people, total=total, q=q or "", page_no=page_no,
                longest=longest, title=i18n.gettext("People"))


@router.get("/people/{person_id}", response_class=HTMLResponse)
def person_page(person_id: int, ctx: Ctx = Depends(require("read"))) -> Response:
    if not 0 < person_id < 2**31:
        raise HTTPException(404, "no such person")
    with ctx.store.read() as conn:
        try:
            pid = resolve_person(conn, person_id)
        except LookupError:
            raise HTTPException(404, "no such person") from None
        person = get_person(conn, pid)
        if person is None or not ctx.cleared(person.sensitivity):
            # An uncleared role learns nothing, not even that the person is on record.
            raise HTTPException(404, "no such person")
        seen_in = [ctx.redact(m) for m in mentions(conn, pid)]
        incidents = [dict(r) for r in conn.execute(
            select(person_incidents.c.incident_id, person_incidents.c.role, person_incidents.c.source_id)
            .where(person_incidents.c.person_id == pid)
        ).mappings()]
        case_ids = [int(r[0]) for r in conn.execute(
            select(missing_cases.c.id).where(missing_cases.c.person_id == pid))]
        legal = [Case.model_validate({**dict(r), "sections": r["sections"] or [], "accused": r["accused"] or []})
                 for r in conn.execute(select(cases).where(or_(cases.c.person_id == pid))).mappings()]
    disappeared: list[dict[str, Any]] = []
    for cid in case_ids:
        case = missing_svc.get_case(ctx.store, cid)
        if case is None:
            continue
        hist: list[MissingStatusEntry] = missing_svc.history(ctx.store, cid)
        petitions = [
            {"petition": ctx.redact(p), "hearings": [ctx.redact(h) for h in hs]}
            for p, hs in missing_svc.petitions_for(ctx.store, cid)
        ]
        disappeared.append({"case": ctx.redact(case), "history": [ctx.redact(h) for h in hist],
                            "petitions": petitions})
    return page(ctx, "person.html", person=ctx.redact(person), merged_from=person_id if pid != person_id else None,
                seen_in=seen_in, incidents=incidents, disappeared=disappeared,
                legal=[ctx.redact(c) for c in legal], title=i18n.gettext("Person"))
