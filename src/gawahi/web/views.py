"""View models shared by pages and the API. Every record passes through `ctx.redact`
(gawahi.publish.public_record) at the user's clearance; records whose own sensitivity is above
it are left out."""

from __future__ import annotations

from typing import Any

from fastapi import HTTPException
from pydantic import BaseModel
from sqlalchemy import bindparam, select

from gawahi.model.claims import count_label
from gawahi.model.records import Claim, Evidence, Incident, Person, Source
from gawahi.store.claims import (
    claim_dumps_for_incident,
    claims_for_source,
    get_claim,
    incident_dump,
)
from gawahi.store.schema import claims, evidence, person_incidents, persons
from gawahi.store.sources import get_source
from gawahi.web.core import Ctx
from gawahi.web.queries import incident_history, incident_sources

COMPARE_FIELDS = ["date", "place", "event_type", "killed", "injured", "perpetrators",
                  "targets", "characterisation"]
# Where each compared value sits in the claim (its span), for links into the source page.
SPAN_OF = {
    "date": ("date", "span"),
    "place": ("location", "span"),
    "event_type": ("event_type_span", None),
    "killed": ("killed", "span"),
    "injured": ("injured", "span"),
}


def _count_text(c: dict[str, Any]) -> str | None:
    return count_label(c.get("min"), c.get("max"))


def claim_values(data: dict[str, Any]) -> dict[str, str | None]:
    """The compared values of one claim, worded as consolidation words them (so they match
    the keys of the incident's `disagreements`)."""
    perps = "; ".join(sorted(f"{p['actor']} ({p['basis']})" for p in data.get("perpetrators", [])))
    return {
        "date": (data.get("date") or {}).get("edtf"),
        "place": (data.get("location") or {}).get("name"),
        "event_type": data.get("event_type"),
        "killed": _count_text(data.get("killed") or {}),
        "injured": _count_text(data.get("injured") or {}),
        "perpetrators": perps or None,
        "targets": ", ".join(t["group"] for t in data.get("targets", [])) or None,
        "characterisation": data.get("characterisation"),
        "organisers": ", ".join(o["actor"] for o in data.get("organisers", [])) or None,
    }


def span_anchor(claim_id: int, field: str) -> str:
    return f"c{claim_id}-{field}"


def claim_spans(data: dict[str, Any]) -> list[tuple[int, int, str]]:
    """(start, end, field) of every span in a claim."""
    out: list[tuple[int, int, str]] = []
    for field, (key, sub) in SPAN_OF.items():
        v = data.get(key)
        span = v.get(sub) if sub and isinstance(v, dict) else v
        if isinstance(span, list | tuple) and len(span) == 2:
            out.append((int(span[0]), int(span[1]), field))
    for i, p in enumerate(data.get("perpetrators", [])):
        if p.get("span"):
            out.append((int(p["span"][0]), int(p["span"][1]), f"perpetrator{i}"))
    for i, t in enumerate(data.get("targets", [])):
        if t.get("span"):
            out.append((int(t["span"][0]), int(t["span"][1]), f"target{i}"))
    return out


def first_span_field(data: dict[str, Any], field: str, names: set[str] | None = None) -> str | None:
    """The anchor field name for a compared value (perpetrators/targets: the first one)."""
    if names is None:
        names = {f for _, _, f in claim_spans(data)}
    if field in names:
        return field
    alt = {"perpetrators": "perpetrator0", "targets": "target0"}.get(field)
    return alt if alt in names else None


def _row(model: type[BaseModel], row: Any) -> dict[str, Any]:
    """A row as a model's input: JSON list columns stored as NULL read as empty lists."""
    d = dict(row)
    for name, info in model.model_fields.items():
        if d.get(name) is None and info.default_factory is list:
            d[name] = []
    return d


def incident_detail(ctx: Ctx, incident_id: int, *, history: bool = True) -> dict[str, Any]:
    """Cached per clearance until the record changes (the audit log grows on every write)."""
    key = ("incident", incident_id, ctx.audience, history)
    found: dict[str, Any] = ctx.state.cached(
        key, ctx.version, lambda: _incident_detail(ctx, incident_id, history)
    )
    return found


# Evidence of the incident's sources, keyed on the incident alone (no IN list of ids to prepare).
_EVIDENCE = select(evidence).where(evidence.c.source_id.in_(
    select(claims.c.source_id).where(claims.c.incident_id == bindparam("iid"))
    .scalar_subquery()))
_PEOPLE = (
    select(persons, person_incidents.c.role.label("incident_role"))
    .join(person_incidents, person_incidents.c.person_id == persons.c.id)
    .where(person_incidents.c.incident_id == bindparam("iid"))
)


def _incident_detail(ctx: Ctx, incident_id: int, history: bool) -> dict[str, Any]:
    with ctx.store.read() as conn:
        inc = incident_dump(conn, incident_id)
        if inc is None:
            raise HTTPException(404, "no such incident")
        cls = claim_dumps_for_incident(conn, incident_id)
        srcs = incident_sources(conn, incident_id) if cls else {}
        ev_rows = conn.execute(_EVIDENCE, {"iid": incident_id}).mappings().all() if cls else []
        p_rows = conn.execute(_PEOPLE, {"iid": incident_id}).mappings().all()
        hist = incident_history(conn, incident_id) if history else []
    claims_out = []
    for c in cls:
        src = srcs.get(c["source_id"], {})
        visible = ctx.cleared(src.get("sensitivity"))
        d = ctx.redact_dump(Claim, c)
        values = claim_values(d["data"])
        names = {f for _, _, f in claim_spans(d["data"])}
        claims_out.append({
            "claim": d,
            "values": values,
            "anchors": {f: first_span_field(d["data"], f, names) for f in COMPARE_FIELDS}
            if visible else {},
            "source": {
                "id": c["source_id"],
                "title": src.get("title") if visible else None,
                "outlet": src.get("outlet") if visible else None,
                "published": src.get("published") if visible else None,
                "reliability": src.get("reliability"),
                "withheld": not visible,
            },
        })
    ev = [ctx.redact(Evidence.model_validate(_row(Evidence, r))) for r in ev_rows
          if ctx.cleared(r["sensitivity"])]
    people = []
    for r in p_rows:
        if not ctx.cleared(r["sensitivity"]):
            continue
        rec = ctx.redact(Person.model_validate(_row(Person, r)))
        rec["incident_role"] = r["incident_role"]
        people.append(rec)
    # Each disputed value gets a tone: the same value in two claims shows in the same colour.
    disputed = inc.get("disagreements") or {}
    for item in claims_out:
        cid = item["claim"]["id"]
        item["tones"] = {
            name: i for name, entries in disputed.items()
            for i, entry in enumerate(entries) if cid in entry.get("claims", [])
        }
    hist_out = [
        {k: h[k] for k in ("seq", "at", "actor", "action", "table_name", "record_id", "reason")}
        for h in hist
    ]
    return {
        "incident": ctx.redact_dump(Incident, inc),
        "claims": claims_out,
        "evidence": ev,
        "persons": people,
        "history": hist_out,
    }


def source_detail(ctx: Ctx, source_id: int) -> tuple[Source, dict[str, Any], list[dict[str, Any]]]:
    with ctx.store.read() as conn:
        src = get_source(conn, source_id)
        if src is None or not ctx.cleared(src.sensitivity):
            # Not cleared reads exactly like absent: no hint that a withheld source exists.
            raise HTTPException(404, "no such source")
        cls = claims_for_source(conn, source_id)
    return src, ctx.redact(src), [ctx.redact(c) for c in cls]


def claim_detail(ctx: Ctx, claim_id: int) -> dict[str, Any]:
    with ctx.store.read() as conn:
        c = get_claim(conn, claim_id)
        if c is None:
            raise HTTPException(404, "no such claim")
        src = get_source(conn, c.source_id)
    d = ctx.redact(c)
    passage = None
    if src is not None and ctx.cleared(src.sensitivity):
        span = c.data.text_span
        passage = src.text[span[0]:span[1]] if span else src.text[:600]
        d["source"] = {"id": src.id, "title": src.title, "outlet": src.outlet,
                       "published": src.published, "reliability": src.reliability}
    else:
        d["source"] = {"id": c.source_id, "withheld": True}
    d["passage"] = passage
    d["values"] = claim_values(d["data"])
    return d
