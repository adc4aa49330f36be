"""Actor pages: an organisation or force, its aliases and relations, and the incidents it is
linked to — each with the basis of the attribution (alleged is not claimed is not convicted)."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import select

from gawahi.store.schema import actor_aliases, actor_relations, actors
from gawahi.web import i18n
from gawahi.web.core import Ctx, require
from gawahi.web.queries import IncidentQuery, search_incidents
from gawahi.web.render import page
from gawahi.web.routes.dashboard import cached_dashboard

router = APIRouter(include_in_schema=False)


@cache
def registry() -> dict[str, dict[str, Any]]:
    """The bundled actor registry (aliases in every spelling, relations)."""
    try:
        raw = (files("gawahi.data") / "actors" / "actors.json").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return {}
    return {a["name"]: a for a in json.loads(raw).get("actors", []) if "name" in a}


def actor_info(ctx: Ctx, name: str) -> dict[str, Any]:
    info: dict[str, Any] = {"name": name, "kind": None, "aliases": [], "relations": [],
                            "description": None}
    reg = registry().get(name)
    if reg:
        info["kind"] = reg.get("kind")
        info["aliases"] = sorted(set(reg.get("aliases", []) + reg.get("acronyms", [])) - {name})
        info["relations"] = [{"relation": r, "other": o} for r, o in reg.get("relations", [])]
    with ctx.store.read() as conn:
        row = conn.execute(select(actors).where(actors.c.name == name)).mappings().first()
        if row is not None:
            info["kind"] = row["kind"] or info["kind"]
            info["description"] = row["description"]
            info["aliases"] = sorted(set(info["aliases"]) | set(conn.execute(
                select(actor_aliases.c.alias).where(actor_aliases.c.actor_id == row["id"])
            ).scalars()))
            other = actors.alias("other")
            for rel, oname in conn.execute(
                select(actor_relations.c.relation, other.c.name)
                .join(other, other.c.id == actor_relations.c.other_id)
                .where(actor_relations.c.actor_id == row["id"])
            ):
                info["relations"].append({"relation": rel, "other": oname})
    # Relations pointing at this actor, read backwards ("X is a splinter of us").
    info["related_from"] = [
        {"relation": r, "other": a["name"]}
        for a in registry().values() for r, o in a.get("relations", []) if o == name
    ]
    return info


def actor_incidents(ctx: Ctx, name: str, limit: int = 200) -> tuple[list[dict[str, Any]], int]:
    with ctx.store.read() as conn:
        rows, total = search_incidents(
            conn, ctx.store.dialect, IncidentQuery(perpetrator=name, per_page=limit,
                                                 source_levels=ctx.source_levels)
        )
    out = []
    for inc in rows:
        d = ctx.redact(inc)
        d["bases"] = sorted({p["basis"] for p in d["perpetrators"] if p["actor"] == name})
        out.append(d)
    return out, total


@router.get("/actors", response_class=HTMLResponse)
def actor_list(ctx: Ctx = Depends(require("read"))) -> Response:
    dash, _v = cached_dashboard(ctx)
    seen = dash.by_perpetrator
    names = sorted(set(seen) | set(registry()))
    rows = [{"name": n, "kind": registry().get(n, {}).get("kind"),
             "range": seen.get(n)} for n in names]
    return page(ctx, "actors.html", rows=rows, title=i18n.gettext("Actors"))


@router.get("/actors/{name}", response_class=HTMLResponse)
def actor_page(name: str, ctx: Ctx = Depends(require("read"))) -> Response:
    info = actor_info(ctx, name)
    incs, total = actor_incidents(ctx, name)
    if not incs and name not in registry() and info["description"] is None and not info["aliases"]:
        raise HTTPException(404, "no such actor")
    return page(ctx, "actor.html", actor=info, incidents=incs, total=total, title=name)
