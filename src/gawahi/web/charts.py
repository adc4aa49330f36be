"""Server-rendered inline SVG charts (no JavaScript library). Counts are drawn as ranges:
a bar from the summed low to the summed high figure, with a tick at the best estimate."""

from __future__ import annotations

from collections.abc import Mapping

from markupsafe import Markup, escape

from gawahi.web.i18n import gettext as _
from gawahi.web.queries import Range


def _nice_max(v: int) -> int:
    if v <= 5:
        return 5
    mag = 10 ** (len(str(v)) - 1)
    for step in (1, 2, 2.5, 5, 10):
        top = int(step * mag)
        if top >= v:
            return top
    return v


def timeline(by_year: Mapping[str, Range], *, width: int = 720, height: int = 240) -> Markup:
    """Deaths per year as low-high range bars (best marked), incidents per year as dots."""
    years = list(by_year)
    if not years:
        return Markup('<p class="muted">') + escape(_("No dated incidents yet.")) + Markup("</p>")
    first, last = int(years[0]), int(years[-1])
    span = list(range(first, last + 1))
    left, right, top, bottom = 48, 48, 30, 28
    pw, ph = width - left - right, height - top - bottom
    dmax = _nice_max(max((r.high for r in by_year.values()), default=0))
    imax = _nice_max(max((r.incidents for r in by_year.values()), default=0))
    imax = -(-imax // 4) * 4  # whole numbers at every one of the four gridlines
    slot = pw / len(span)
    bw = max(2.0, min(28.0, slot * 0.6))
    title = _("Deaths per year (bar: low to high; tick: best) and incidents (dots)")
    out = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'xmlns="http://www.w3.org/2000/svg" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
    ]
    for i in range(5):
        y = top + ph - ph * i / 4
        out.append(f'<line class="grid" x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}"/>')
        out.append(f'<text class="axis" x="{left - 4}" y="{y + 4:.1f}" text-anchor="end">'
                   f"{int(dmax * i / 4)}</text>")
        out.append(f'<text class="axis inc" x="{width - right + 4}" y="{y + 4:.1f}">'
                   f"{int(imax * i / 4)}</text>")
    label_every = max(1, len(span) // 12)
    for i, yr in enumerate(span):
        cx = left + slot * (i + 0.5)
        r = by_year.get(str(yr))
        if i % label_every == 0:
            out.append(f'<text class="axis" x="{cx:.1f}" y="{height - 8}" text-anchor="middle">{yr}</text>')
        if r is None:
            continue
        y_hi = top + ph - ph * r.high / dmax
        y_lo = top + ph - ph * r.low / dmax
        y_best = top + ph - ph * r.best / dmax
        tip = escape(
            _("{year}: {n} incidents, {low}–{high} deaths (best {best}); {unknown} without a figure")
            .format(year=yr, n=r.incidents, low=r.low, high=r.high, best=r.best, unknown=r.unknown)
        )
        out.append(f'<g class="yr"><title>{tip}</title>')
        out.append(f'<rect class="range" x="{cx - bw / 2:.1f}" y="{y_hi:.1f}" width="{bw:.1f}" '
                   f'height="{max(1.5, y_lo - y_hi):.1f}"/>')
        out.append(f'<rect class="floor" x="{cx - bw / 2:.1f}" y="{y_lo:.1f}" width="{bw:.1f}" '
                   f'height="{top + ph - y_lo:.1f}"/>')
        out.append(f'<line class="best" x1="{cx - bw / 2:.1f}" x2="{cx + bw / 2:.1f}" '
                   f'y1="{y_best:.1f}" y2="{y_best:.1f}"/>')
        yi = top + ph - ph * r.incidents / imax
        out.append(f'<circle class="inc" cx="{cx:.1f}" cy="{yi:.1f}" r="3"/></g>')
    out.append(f'<text class="axis" x="4" y="12">{escape(_("deaths"))}</text>')
    out.append(f'<text class="axis inc" x="{width - 4}" y="12" text-anchor="end">'
               f"{escape(_('incidents'))}</text>")
    out.append("</svg>")
    return Markup("".join(out))


def range_bars(rows: Mapping[str, Range], *, limit: int = 12, width: int = 360,
               link: str | None = None) -> Markup:
    """Horizontal bars per category: deaths low (solid) to high (light), incidents in text."""
    items = list(rows.items())[:limit]
    if not items:
        return Markup('<p class="muted">') + escape(_("Nothing to show.")) + Markup("</p>")
    row_h, label_w = 22, 130
    height = row_h * len(items) + 4
    dmax = _nice_max(max((r.high for _, r in items), default=0))
    bar_w = width - label_w - 90
    out = [f'<svg class="bars" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">']
    for i, (key, r) in enumerate(items):
        y = i * row_h + 2
        lo = bar_w * r.low / dmax
        hi = bar_w * r.high / dmax
        label = escape(key.replace("_", " ") if len(key) <= 22 else key[:21] + "…")
        text = f'<text x="0" y="{y + 14}" class="lbl">{label}</text>'
        if link:
            text = f'<a href="{escape(link + key)}">{text}</a>'
        tip = escape(_("{key}: {n} incidents, {low}–{high} deaths; {unknown} without a figure")
                     .format(key=key, n=r.incidents, low=r.low, high=r.high, unknown=r.unknown))
        out.append(f"<g><title>{tip}</title>{text}")
        out.append(f'<rect class="floor" x="{label_w}" y="{y + 4}" width="{lo:.1f}" height="12"/>')
        out.append(f'<rect class="range" x="{label_w + lo:.1f}" y="{y + 4}" '
                   f'width="{max(1.0, hi - lo):.1f}" height="12"/>')
        if r.unknown == r.incidents:
            rng = _("no figure")
        else:
            rng = f"{r.low}" if r.low == r.high else f"{r.low}–{r.high}"
            if r.unknown:
                rng += "*"
        out.append(f'<text x="{label_w + bar_w + 6}" y="{y + 14}" class="num">{rng} '
                   f'<tspan class="muted">({r.incidents})</tspan></text></g>')
    out.append("</svg>")
    return Markup("".join(out))
