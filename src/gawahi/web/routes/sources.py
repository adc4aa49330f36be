"""Sources: list with full-text search, and the source page with every extracted span marked."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup, escape
from sqlalchemy import func, select

from gawahi.store.schema import sources
from gawahi.store.sources import search_sources
from gawahi.web import i18n
from gawahi.web.core import Ctx, RecordId, require
from gawahi.web.render import page
from gawahi.web.views import claim_spans, source_detail, span_anchor

router = APIRouter(include_in_schema=False)


def list_source_rows(ctx: Ctx, q: str | None, page_no: int, per_page: int = 50
                     ) -> tuple[list[dict[str, Any]], int]:
    """Sources the user is cleared for, redacted; `q` searches title and full text."""
    levels = list(ctx.source_levels)
    with ctx.store.read() as conn:
        if q and q.strip():
            found = [s for s in search_sources(conn, ctx.store.dialect, q, limit=500)
                     if ctx.cleared(s.sensitivity)]
            total = len(found)
            chosen = found[(page_no - 1) * per_page: page_no * per_page]
        else:
            from gawahi.model.records import Source

            where = sources.c.sensitivity.in_(levels)
            total = int(conn.execute(select(func.count()).select_from(sources).where(where))
                        .scalar_one())
            rows = conn.execute(
                select(sources).where(where).order_by(sources.c.id.desc())
                .limit(per_page).offset((page_no - 1) * per_page)
            ).mappings()
            chosen = [Source.model_validate(dict(r)) for r in rows]
    out = []
    for s in chosen:
        d = ctx.redact(s)
        d.pop("text", None)
        d["snippet"] = s.text[:240]
        out.append(d)
    return out, total


@router.get("/sources", response_class=HTMLResponse)
def source_list(
    ctx: Ctx = Depends(require("read")),
    q: str | None = Query(None, max_length=200),
    page_no: int = Query(1, alias="page", ge=1, le=100000),
) -> Response:
    rows, total = list_source_rows(ctx, q, page_no)
    return page(ctx, "sources.html", rows=rows, total=total, q=q or "", page_no=page_no,
                pages=max(1, -(-total // 50)), title=i18n.gettext("Sources"))


def mark_spans(text: str, claims: list[dict[str, Any]]) -> Markup:
    """The text, escaped, with every span wrapped in <mark> (overlaps split at boundaries);
    each span's start carries an anchor id `c<claim>-<field>` for links from other pages."""
    spans: list[tuple[int, int, str, int]] = []
    for c in claims:
        for start, end, field in claim_spans(c["data"]):
            if 0 <= start < end <= len(text):
                spans.append((start, end, field, int(c["id"])))
    cuts = sorted({0, len(text), *[s for s, *_ in spans], *[e for _, e, *_ in spans]})
    starts: dict[int, list[tuple[str, int]]] = {}
    for s, _e, field, cid in spans:
        starts.setdefault(s, []).append((field, cid))
    out: list[Markup] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        for field, cid in starts.get(a, []):
            out.append(Markup('<span class="anchor" id="{}"></span>').format(span_anchor(cid, field)))
        covering = [(f, c) for s, e, f, c in spans if s <= a and b <= e]
        piece = escape(text[a:b])
        if covering:
            kinds = " ".join(sorted({"f-" + f.rstrip("0123456789") for f, _ in covering}))
            tip = ", ".join(f"{i18n.gettext('claim')} {c}: {f}" for f, c in covering)
            out.append(Markup('<mark class="{}" title="{}">{}</mark>').format(kinds, tip, piece))
        else:
            out.append(piece)
    return Markup("").join(out)


@router.get("/sources/{source_id}", response_class=HTMLResponse)
def source_page(source_id: RecordId, ctx: Ctx = Depends(require("read"))) -> Response:
    src, shown, claims = source_detail(ctx, source_id)
    return page(ctx, "source.html", source=shown, claims=claims,
                marked=mark_spans(src.text, claims),
                title=src.title or f"{i18n.gettext('Source')} {source_id}")
