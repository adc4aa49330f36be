"""The public view of a database under a policy: the only thing exports, bundles and reports
are built from. Every record in it came out of `redact` (gawahi.publish.redact) — this module
reads the database and hands each record to that one step, nothing more.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, inspect, select

from gawahi.model.records import Claim, Incident, Person, PersonIncident, Source, field_sensitivity
from gawahi.model.vocab import IncidentStatus, ReviewStatus, Sensitivity, SourceKind
from gawahi.publish import redact as redaction
from gawahi.publish.policy import Policy, record_models
from gawahi.publish.textmask import Mask
from gawahi.store.audit import now_iso
from gawahi.store.claims import all_claims, list_incidents
from gawahi.store.schema import metadata, person_incidents, persons, sources
from gawahi.store.sources import list_sources

log = logging.getLogger("gawahi.publish")


@dataclass
class PublicView:
    policy: Policy
    incidents: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)  # citations, protected ones blank
    victims: list[dict[str, Any]] = field(default_factory=list)
    masks: list[Mask] = field(default_factory=list)
    generated_at: str = field(default_factory=now_iso)

    def source_by_ref(self) -> dict[str, dict[str, Any]]:
        return {s["ref"]: s for s in self.sources}

    def claims_by_incident(self) -> dict[int, list[dict[str, Any]]]:
        out: dict[int, list[dict[str, Any]]] = {}
        for c in self.claims:
            out.setdefault(int(c["incident_id"]), []).append(c)
        return out


def _all_incidents(conn: Connection) -> list[Incident]:
    out: list[Incident] = []
    while page := list_incidents(conn, limit=1000, offset=len(out)):
        out.extend(page)
    return out


def _present(conn: Connection, table: Table, model: type[Any]) -> list[Any]:
    """The table's columns the model knows and the database has (the schema may be mid-change)."""
    have = {c["name"] for c in inspect(conn).get_columns(table.name)}
    return [c for c in table.c if c.name in have and c.name in model.model_fields]


def _persons(conn: Connection) -> list[Person]:
    cols = _present(conn, persons, Person)
    rows = conn.execute(select(*cols).order_by(persons.c.id)).mappings()
    out = []
    for r in rows:
        d = dict(r)
        d["names"] = d.get("names") or []
        d["id_numbers"] = d.get("id_numbers") or []
        out.append(Person.model_validate(d))
    return out


# Sensitive fields that hold a person's name (a victim, relative, witness or team member):
# every value found in them is masked wherever it appears in published text.
NAME_FIELD = re.compile(r"(^|_)(name|names|by)$")
TABLE_OF = {"Person": "persons", "PersonIncident": "person_incidents", "ActorLink": "actor_relations",
            "Evidence": "evidence", "MissingStatusEntry": "missing_status_history"}  # fmt: skip


def _table_for(model: str) -> Table | None:
    name = TABLE_OF.get(model) or re.sub(r"(?<!^)(?=[A-Z])", "_", model).lower() + "s"
    return metadata.tables.get(name)


def protected_names(conn: Connection, extra: Iterable[str] = ()) -> list[str]:
    """Every value of every sensitive name field of every record model (found by the field's
    declared sensitivity and its name), the authors of testimony, and `extra`."""
    names: list[str] = [*extra]
    have = set(inspect(conn).get_table_names())
    for model, cls in record_models().items():
        fields = [f for f, lvl in field_sensitivity(cls).items() if lvl != Sensitivity.PUBLIC and NAME_FIELD.search(f)]
        table = _table_for(model)
        if not fields or table is None or table.name not in have:
            continue
        cols = {c["name"] for c in inspect(conn).get_columns(table.name)}
        sel = [table.c[f] for f in fields if f in cols and f in table.c]
        if not sel:
            continue
        for row in conn.execute(select(*sel)):
            for v in row:
                if isinstance(v, str):
                    names.append(v)
                elif isinstance(v, list):
                    names.extend(x for x in v if isinstance(x, str))
    q = select(sources.c.author).where(sources.c.kind == SourceKind.TESTIMONY.value, sources.c.author.is_not(None))
    names.extend(str(a) for a in conn.execute(q).scalars())
    return names


def is_protected(src: Source, policy: Policy) -> bool:
    return (
        src.kind.value in policy.protected_kinds
        or src.sensitivity in policy.protected_sensitivity
        or src.sensitivity in policy.exclude_sensitivity
        or src.kind == SourceKind.TESTIMONY and policy.audience == Sensitivity.PUBLIC
    )


def _citation(src: Source, policy: Policy, ctx: redaction.RedactionContext) -> dict[str, Any]:
    if is_protected(src, policy):
        ref = "protected-" + ctx.pseudonym("Source.ref", src.id)[4:12]
        return {"ref": ref, "protected": True, "label": policy.protected_label}
    d = redaction.redact(src, policy, ctx) or {}
    parts = [d.get("outlet") or "", d.get("title") or "", d.get("published") or "", d.get("url") or ""]
    label = " — ".join(p for p in parts if p) or f"source {src.id}"
    return {"ref": f"S{src.id}", "protected": False, "label": label} | {
        k: d.get(k) for k in ("id", "kind", "title", "outlet", "url", "published", "language", "reliability") if k in d
    }


def _claim_row(
    claim: Claim, cite: dict[str, Any], text: str | None, policy: Policy, ctx: redaction.RedactionContext
) -> dict[str, Any] | None:
    d = redaction.redact(claim, policy, ctx)
    if d is None:
        return None
    data = d.pop("data", {}) or {}
    loc, date = data.get("location") or {}, data.get("date") or {}
    killed, injured = data.get("killed") or {}, data.get("injured") or {}
    row = {k: v for k, v in d.items() if k not in ("source_id", "idx")}
    row.update(
        source_ref=cite["ref"],
        source=cite["label"],
        protected_source=cite["protected"],
        event_type=data.get("event_type"),
        date_edtf=date.get("edtf"),
        date_earliest=date.get("earliest"),
        date_latest=date.get("latest"),
        date_precision=date.get("precision"),
        place=loc.get("name"),
        admin2=loc.get("admin2"),
        admin1=loc.get("admin1"),
        admin1_code=loc.get("admin1_code"),
        killed_min=killed.get("min"),
        killed_max=killed.get("max"),
        killed_wording=killed.get("qualifier"),
        injured_min=injured.get("min"),
        injured_max=injured.get("max"),
        perpetrators=[{"actor": p.get("actor"), "basis": p.get("basis")} for p in data.get("perpetrators") or []],
        targets=[t.get("group") for t in data.get("targets") or []],
        characterisation=data.get("characterisation"),
        confidence=data.get("confidence"),
        excerpt=None,
    )
    span = data.get("text_span")
    if text and not cite["protected"] and policy.excerpt_chars > 0:
        row["excerpt"] = excerpt(text, span, policy.excerpt_chars, ctx, row.get("id", ""))
    return row


def excerpt(text: str, span: Any, limit: int, ctx: redaction.RedactionContext, rid: Any) -> str:
    """The claim's passage, at most `limit` characters, masked. The window is widened so it
    never cuts through something to be masked: half a phone number is not recognisable as
    one, so masking is decided on the whole text and the cut made around whole findings."""
    start, end = (int(span[0]), int(span[1])) if span else (0, len(text))
    start, end = max(0, start), min(len(text), end, max(0, start) + limit)
    for s, e, _ in ctx.masker.spans(text):
        if s < start < e:
            start = s
        if s < end < e:
            end = e
    return str(redaction.mask_value(text[start:end], ctx, "Claim", rid, "excerpt"))


def build_view(
    conn: Connection,
    policy: Policy,
    *,
    secret: bytes | None = None,
    extra_names: Iterable[str] = (),
    include_rejected: bool = False,
) -> PublicView:
    """Read everything a publication may show and pass each record through `redact`."""
    people = _persons(conn)
    ctx_kwargs: dict[str, Any] = {"names": protected_names(conn, extra_names)}
    if secret is not None:
        ctx_kwargs["secret"] = secret
    ctx = redaction.RedactionContext(policy, **ctx_kwargs)
    view = PublicView(policy)

    incidents = [
        i for i in _all_incidents(conn) if include_rejected or i.status != IncidentStatus.REJECTED
    ]
    kept: dict[int, dict[str, Any]] = {}
    for inc in incidents:
        d = redaction.redact(inc, policy, ctx)
        if d is not None:
            d["claim_ids"], d["source_refs"] = [], []
            kept[inc.id] = d
    claims = [c for c in all_claims(conn) if c.incident_id in kept and c.review_status != ReviewStatus.REJECTED]
    src_ids = sorted({c.source_id for c in claims})
    srcs = {s.id: s for s in list_sources(conn, limit=len(src_ids) or 1, ids=src_ids)} if src_ids else {}
    cites = {sid: _citation(s, policy, ctx) for sid, s in srcs.items()}
    for c in claims:
        cite = cites.get(c.source_id) or {"ref": "unknown", "protected": True, "label": policy.protected_label}
        src = srcs.get(c.source_id)
        row = _claim_row(c, cite, src.text if src else None, policy, ctx)
        if row is None:
            continue
        row["incident_id"] = c.incident_id
        view.claims.append(row)
        inc_d = kept[int(c.incident_id or 0)]
        inc_d["claim_ids"].append(row.get("id"))
        if cite["ref"] not in inc_d["source_refs"]:
            inc_d["source_refs"].append(cite["ref"])
    view.incidents = list(kept.values())
    view.sources = sorted(cites.values(), key=lambda c: (c["protected"], c.get("id") or 0, c["ref"]))
    view.victims = _victims(conn, people, set(kept), policy, ctx)
    view.masks = list(ctx.masker.log)
    log.info(
        "public view under policy %s %s: %d incidents, %d claims, %d sources (%d protected), "
        "%d victims, %d masked spans",
        policy.name,
        policy.version,
        len(view.incidents),
        len(view.claims),
        len(view.sources),
        sum(1 for s in view.sources if s["protected"]),
        len(view.victims),
        len(view.masks),
    )
    return view


def _victims(
    conn: Connection, people: list[Person], incident_ids: set[int], policy: Policy, ctx: redaction.RedactionContext
) -> list[dict[str, Any]]:
    by_id = {p.id: p for p in people}
    out: list[dict[str, Any]] = []
    cols = _present(conn, person_incidents, PersonIncident)
    rows = conn.execute(select(*cols).order_by(person_incidents.c.id)).mappings()
    for r in rows:
        link = PersonIncident.model_validate(dict(r))
        person = by_id.get(link.person_id)
        if person is None or link.role.value not in policy.publish_roles:
            continue
        if getattr(person, "merged_into", None) is not None:
            continue  # merged into another record: counted there, never twice
        if link.incident_id is not None and link.incident_id not in incident_ids:
            continue
        p = redaction.redact(person, policy, ctx)
        lk = redaction.redact(link, policy, ctx)
        if p is None or lk is None:
            continue
        row = {"person": p.pop("id", None)} | {k: v for k, v in lk.items() if k != "person_id"} | p
        out.append(row)
    return out


__all__ = ["PublicView", "build_view", "excerpt", "is_protected", "protected_names"]
