"""Inline SVG charts for the report: no scripts, no fonts, no tiles, no external anything."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

# Pakistan's bounding box (degrees), with a small margin.
PK_LON = (60.5, 78.0)
PK_LAT = (23.5, 37.3)
# Province / territory labels at rough centroids: orientation only, not boundaries.
PROVINCE_LABELS = [
    ("Balochistan", 28.5, 65.1),
    ("Sindh", 26.0, 68.6),
    ("Punjab", 31.0, 72.6),
    ("Khyber Pakhtunkhwa", 35.3, 71.0),
    ("Gilgit-Baltistan", 36.0, 74.6),
    ("Azad Kashmir", 33.6, 75.4),
]


@dataclass(frozen=True)
class Point:
    lat: float
    lon: float
    weight: float  # deaths (high) or 0
    label: str


def timeline_svg(years: Sequence[tuple[str, int, int, int]], width: int = 760, height: int = 240) -> str:
    """Bars per period: solid to the low figure, hatched from low to high; count of incidents
    under each bar. `years` is [(label, incidents, deaths_low, deaths_high)]."""
    if not years:
        return '<p class="muted">No dated incidents.</p>'
    left, bottom, top = 48, 40, 16
    plot_w, plot_h = width - left - 12, height - bottom - top
    step = _nice_step(max(max(h for _, _, _, h in years), 1))
    vmax = math.ceil(max(max(h for _, _, _, h in years), 1) / step) * step
    bw = plot_w / len(years)
    out = [
        f'<svg viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="Deaths per year, low to high" class="chart">',
        '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="6" height="6" fill="#f3d9d4"/>'
        '<line x1="0" y1="0" x2="0" y2="6" stroke="#b8432f" stroke-width="2"/></pattern></defs>',
    ]
    for v in range(0, int(vmax) + 1, int(step)):
        y = top + plot_h - plot_h * v / vmax
        out.append(f'<line x1="{left}" x2="{width - 12}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>')
        out.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" class="tick">{v}</text>')
    for i, (label, n, lo, hi) in enumerate(years):
        x = left + i * bw + bw * 0.15
        w = bw * 0.7
        y_hi = top + plot_h - plot_h * hi / vmax
        y_lo = top + plot_h - plot_h * lo / vmax
        out.append(
            f'<rect x="{x:.1f}" y="{y_hi:.1f}" width="{w:.1f}" height="{max(y_lo - y_hi, 0):.1f}" '
            f'fill="url(#hatch)"><title>{escape(label)}: {lo}–{hi} deaths, {n} incidents</title></rect>'
        )
        out.append(
            f'<rect x="{x:.1f}" y="{y_lo:.1f}" width="{w:.1f}" height="{top + plot_h - y_lo:.1f}" '
            f'fill="#b8432f"><title>{escape(label)}: at least {lo} deaths</title></rect>'
        )
        cx = x + w / 2
        out.append(f'<text x="{cx:.1f}" y="{height - 22}" text-anchor="middle" class="tick">{escape(label)}</text>')
        out.append(f'<text x="{cx:.1f}" y="{height - 8}" text-anchor="middle" class="tick muted">n={n}</text>')
    out.append("</svg>")
    return "".join(out)


def _nice_step(vmax: float) -> float:
    raw = vmax / 4
    mag = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    for m in (1, 2, 5, 10):
        if raw <= m * mag:
            return max(m * mag, 1)
    return max(10 * mag, 1)


def map_svg(points: Sequence[Point], width: int = 520, height: int = 440) -> str:
    """Incidents as circles (area ~ deaths) on Pakistan's bounding box in equirectangular
    projection, with a 2-degree graticule and province labels; no basemap."""
    pad = 28

    def xy(lat: float, lon: float) -> tuple[float, float]:
        x = pad + (lon - PK_LON[0]) / (PK_LON[1] - PK_LON[0]) * (width - 2 * pad)
        y = pad + (PK_LAT[1] - lat) / (PK_LAT[1] - PK_LAT[0]) * (height - 2 * pad)
        return x, y

    out = [
        f'<svg viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="Map of incidents in Pakistan" class="chart map">',
        f'<rect x="{pad}" y="{pad}" width="{width - 2 * pad}" height="{height - 2 * pad}" class="sea"/>',
    ]
    for lon in range(62, 79, 2):
        x, _ = xy(PK_LAT[0], lon)
        out.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{pad}" y2="{height - pad}" class="grid"/>')
        out.append(f'<text x="{x:.1f}" y="{height - pad + 14}" text-anchor="middle" class="tick">{lon}°E</text>')
    for lat in range(24, 38, 2):
        _, y = xy(lat, PK_LON[0])
        out.append(f'<line x1="{pad}" x2="{width - pad}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>')
        out.append(f'<text x="{pad - 4}" y="{y + 4:.1f}" text-anchor="end" class="tick">{lat}°N</text>')
    for name, plat, plon in PROVINCE_LABELS:
        x, y = xy(plat, plon)
        out.append(f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="middle" class="region">{escape(name)}</text>')
    for p in sorted(points, key=lambda p: -p.weight):
        if not (PK_LAT[0] <= p.lat <= PK_LAT[1] and PK_LON[0] <= p.lon <= PK_LON[1]):
            continue
        x, y = xy(p.lat, p.lon)
        r = 3 + 2.2 * math.sqrt(max(p.weight, 0))
        out.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" class="dot"><title>{escape(p.label)}</title></circle>'
        )
    out.append("</svg>")
    return "".join(out)


__all__ = ["Point", "map_svg", "timeline_svg"]
