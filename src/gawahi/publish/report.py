"""`gawahi report`: one self-contained HTML file (inline CSS and SVG, no scripts, no external
resources, a Content-Security-Policy that forbids loading any) built from the public view.

Every figure cites its incidents, every incident its claims, every claim its source (or
"protected source"). Figures are ranges (low–high) because sources disagree.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from html import escape
from typing import Any

from gawahi.model.vocab import CREDIBILITY_LABELS
from gawahi.publish.charts import Point, map_svg, timeline_svg
from gawahi.publish.view import PublicView

CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Nastaliq Urdu",sans-serif;
 color:#1d1d1f;max-width:1000px;margin:24px auto;padding:0 20px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;border-bottom:2px solid #b8432f;padding-bottom:3px;margin-top:32px}
h3{font-size:15px;margin:18px 0 4px}.muted{color:#666}.small{font-size:12px}
.headline{display:flex;gap:14px;flex-wrap:wrap;margin:16px 0}
.fig{flex:1 1 200px;border:1px solid #ddd;border-radius:6px;padding:10px 14px;background:#faf7f6}
.fig .n{font-size:26px;font-weight:700;color:#8c2f20}.fig .l{font-size:12px;color:#555}
table{border-collapse:collapse;width:100%;margin:8px 0 4px;font-size:13px}
th,td{border-bottom:1px solid #e3e3e3;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f4f1f0}td.num{text-align:right;white-space:nowrap}
.chart{width:100%;height:auto}.map{max-width:560px}.grid{stroke:#e6e6e6;stroke-width:1}
.tick{font-size:10px;fill:#555}.region{font-size:11px;fill:#999;font-style:italic}
.sea{fill:#fbfbfb;stroke:#ccc}.dot{fill:#b8432f;fill-opacity:.55;stroke:#7a2114;stroke-width:1}
.basis{font-size:11px;background:#eee;border-radius:3px;padding:0 4px;color:#444}
.excerpt{font-size:12px;color:#444;border-left:3px solid #ddd;padding-left:8px;margin:2px 0 6px}
.protected{color:#8a6d00}.note{background:#fff8e1;border:1px solid #f0dca0;padding:8px 12px;border-radius:6px}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr,.fig{break-inside:avoid}}
"""
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


def _rng(lo: int | None, hi: int | None) -> str:
    if lo is None and hi is None:
        return "not reported"
    if lo == hi or hi is None:
        return f"{lo:,}" if hi is None else f"{hi:,}"
    return f"{lo or 0:,}–{hi:,}"


def _cites(ids: Iterable[Any]) -> str:
    refs = [f"I{i}" for i in sorted({int(i) for i in ids})]
    if len(refs) > 12:
        refs = refs[:12] + [f"… {len(refs) - 12} more"]
    return '<span class="small muted">[' + ", ".join(refs) + "]</span>" if refs else ""


def _sum(incs: Iterable[dict[str, Any]], key: str) -> int:
    return sum(int(i.get(key) or 0) for i in incs)


def _total(incs: list[dict[str, Any]], what: str) -> str:
    known = [i for i in incs if i.get(f"{what}_low") is not None or i.get(f"{what}_high") is not None]
    return _rng(_sum(known, f"{what}_low"), _sum(known, f"{what}_high")) if known else "not reported"


def _group_table(title: str, groups: dict[str, list[dict[str, Any]]], first_col: str) -> str:
    rows = sorted(groups.items(), key=lambda kv: (-_sum(kv[1], "deaths_high"), kv[0]))
    body = "".join(
        f"<tr><td>{k}</td><td class=num>{len(v)}</td>"
        f"<td class=num>{_rng(_sum(v, 'deaths_low'), _sum(v, 'deaths_high'))}</td>"
        f"<td>{_cites(i['id'] for i in v)}</td></tr>"
        for k, v in rows
    )
    return (
        f"<h3>{escape(title)}</h3><table><tr><th>{escape(first_col)}</th><th>Incidents</th>"
        f"<th>Deaths (low–high)</th><th>Incidents cited</th></tr>{body or '<tr><td colspan=4>none</td></tr>'}</table>"
    )


def _by(incs: list[dict[str, Any]], key: Any) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for i in incs:
        for k in key(i):
            out[k].append(i)
    return out


def _perp_keys(i: dict[str, Any]) -> list[str]:
    keys = [
        f"{escape(str(p['actor']))} <span class=basis>{escape(str(p['basis']))}</span>"
        for p in i.get("perpetrators") or []
    ]
    return sorted(set(keys)) or ["<span class=muted>no attribution reported</span>"]


def render_html(view: PublicView, *, title: str = "Gawahi report") -> str:
    incs = sorted(view.incidents, key=lambda i: (i.get("date_earliest") or "9999", i["id"]))
    by_year: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for i in incs:
        by_year[(i.get("date_earliest") or "????")[:4]].append(i)
    years = [(y, len(v), _sum(v, "deaths_low"), _sum(v, "deaths_high")) for y, v in sorted(by_year.items())]
    points = [
        Point(float(i["lat"]), float(i["lon"]), float(i.get("deaths_high") or 0),
              f"I{i['id']} {i.get('title') or ''}: deaths {_rng(i.get('deaths_low'), i.get('deaths_high'))}")
        for i in incs if i.get("lat") is not None and i.get("lon") is not None
    ]  # fmt: skip
    ids = [i["id"] for i in incs]
    dated = [i for i in incs if i.get("date_earliest")]
    span = f"{dated[0]['date_earliest'][:7]} to {dated[-1]['date_earliest'][:7]}" if dated else "undated"
    p = view.policy
    parts = [
        f"<!DOCTYPE html><html lang=en><head><meta charset=utf-8>"
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        f'<meta name="referrer" content="no-referrer"><meta name=viewport content="width=device-width">'
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body>",
        f"<h1>{escape(title)}</h1><p class=muted>Documented incidents of identity-based violence in "
        f"Pakistan, {escape(span)}. Generated {escape(view.generated_at[:10])} under publication policy "
        f"<b>{escape(p.name)}</b> {escape(p.version)} (sha256 {escape(p.digest[:12])}).</p>",
        '<div class="headline">',
        _fig(f"{len(incs):,}", "incidents documented", ids),
        _fig(_total(incs, "deaths"), "people killed (low–high, summed over incidents)", ids),
        _fig(_total(incs, "injured"), "people injured (low–high)", ids),
        _fig(f"{len(view.claims):,}", f"claims from {sum(1 for s in view.sources if not s['protected'])} named and "
             f"{sum(1 for s in view.sources if s['protected'])} protected sources", ids),
        "</div>",
        "<p class='note small'>Counts are of <b>documented</b> deaths only: the low figure is the smallest any "
        "source gives, the high figure the largest. Victims no source reported are not in these numbers (see "
        "<i>Method</i>). Perpetrators are <b>allegations</b>, each with its basis; this report asserts no guilt.</p>",
        "<h2>Timeline</h2><p class=small>Deaths per year: solid to the low figure, hatched up to the high "
        "figure; n = incidents.</p>",
        timeline_svg(years),
        "<h2>Map</h2><p class=small>Each circle is an incident at its district centroid (coordinates are "
        "generalised for safety); area grows with the high death figure. No basemap: latitude/longitude "
        "grid and province names for orientation only.</p>",
        map_svg(points),
        "<h2>Breakdowns</h2>",
        _group_table("By province", _by(incs, lambda i: [escape(i.get("admin1") or i.get("admin1_code") or "unknown")]), "Province"),
        _group_table(
            "By targeted group",
            _by(incs, lambda i: sorted({escape(t["group"]) for t in i.get("targets") or []}) or ["<span class=muted>not reported</span>"]),
            "Targeted group",
        ),
        _group_table("By alleged perpetrator (with basis of attribution)", _by(incs, _perp_keys), "Actor and basis"),
        "<h2>Incidents and their evidence</h2>",
        _incident_list(view, incs),
        "<h2>Sources</h2>",
        _sources(view),
        "<h2>Method</h2>",
        METHOD,
        f"<p class='small muted'>Policy: {escape(p.description)}</p>",
        "</body></html>",
    ]
    return "".join(parts)


def _fig(value: str, label: str, ids: list[Any]) -> str:
    return f'<div class="fig"><div class="n">{escape(value)}</div><div class="l">{escape(label)}</div><div class="small muted">from {len(ids)} incidents, each cited below</div></div>'


def _incident_list(view: PublicView, incs: list[dict[str, Any]]) -> str:
    claims = view.claims_by_incident()
    srcs = view.source_by_ref()
    out = []
    for i in incs:
        perps = ", ".join(f"{escape(str(x['actor']))} <span class=basis>{escape(str(x['basis']))}</span>" for x in i.get("perpetrators") or []) or "none reported"
        targets = ", ".join(escape(str(t["group"])) for t in i.get("targets") or []) or "not reported"
        out.append(
            f"<h3 id=I{i['id']}>I{i['id']} · {escape(i.get('title') or '')}</h3>"
            f"<p class=small>Date {escape(i.get('date_edtf') or 'unknown')} · {escape(', '.join(x for x in (i.get('place'), i.get('admin2'), i.get('admin1')) if x))} · "
            f"deaths <b>{_rng(i.get('deaths_low'), i.get('deaths_high'))}</b> (best {i.get('deaths_best') if i.get('deaths_best') is not None else '—'}) · "
            f"injured {_rng(i.get('injured_low'), i.get('injured_high'))} · targeted: {targets} · alleged perpetrators: {perps} · status {escape(str(i.get('status')))}</p><table>"
            "<tr><th>Claim</th><th>Source</th><th>Killed</th><th>Credibility</th></tr>"
        )
        for c in claims.get(int(i["id"]), []):
            s = srcs.get(c["source_ref"], {})
            cls = " class=protected" if s.get("protected", True) else ""
            cred = CREDIBILITY_LABELS.get(int(c.get("credibility") or 6), "")
            excerpt = f"<div class=excerpt>“{escape(c['excerpt'])}”</div>" if c.get("excerpt") else ""
            out.append(
                f"<tr><td>C{c.get('id')}</td><td{cls}>[{escape(c['source_ref'])}] {escape(c['source'])}{excerpt}</td>"
                f"<td class=num>{_rng(c.get('killed_min'), c.get('killed_max'))} {escape(c.get('killed_wording') or '')}</td>"
                f"<td>{c.get('credibility')} ({escape(cred)})</td></tr>"
            )
        out.append("</table>")
    return "".join(out) or "<p>No incidents.</p>"


def _sources(view: PublicView) -> str:
    rows = []
    for s in view.sources:
        if s["protected"]:
            rows.append(f"<tr><td>{escape(s['ref'])}</td><td class=protected colspan=2>{escape(s['label'])} (identity withheld to protect the source)</td></tr>")
            continue
        # URLs are printed as text, never as links or resources: the report loads nothing.
        rows.append(
            f"<tr><td>{escape(s['ref'])}</td><td>{escape(s.get('outlet') or '')} — {escape(s.get('title') or '')}"
            f" ({escape(s.get('published') or 'undated')}), {escape(s.get('kind') or '')}, reliability "
            f"{escape(s.get('reliability') or 'F')}</td><td class=small>{escape(s.get('url') or '')}</td></tr>"
        )
    return "<table><tr><th>Ref</th><th>Citation</th><th>Address</th></tr>" + "".join(rows) + "</table>"


METHOD = """
<h3>From reports to incidents</h3>
<p>Every statement in this report starts as a <b>claim</b>: what one source (a news report, an NGO
report, a testimony) says about one event — date, place, event type, killed and injured as ranges,
targeted groups and alleged perpetrators with the basis of each allegation — stored with the exact
words it was read from. Claims are extracted by rules and confirmed or corrected by reviewers.
Claims that describe the same event (compatible date, place, type and counts) are linked into one
<b>incident</b>; each link records its score and reasons, and reviewers can split or merge.</p>
<h3>How counts are consolidated</h3>
<p>An incident's values are derived from its claims by fixed, documented rules, never typed over
them (after UCDP and Iraq Body Count): a claim's lower figure is its minimum (or its ceiling when
only "up to" is given), its upper figure its maximum (or its floor for "at least"). <b>Low</b> is
the smallest lower figure of any claim; <b>high</b> the largest upper figure; <b>best</b> the median
of exact figures from the most reliable claims (confirmed before suggested, then source reliability
A–F). Date and place come from the most specific claim, later reports breaking ties. Attributions
are the union over claims, each keeping its basis: an allegation is never promoted to a fact.
Disagreements between sources are kept and published.</p>
<h3>What is not counted</h3>
<p>These figures are a floor on what happened: deaths no source reported, or reported only in
withheld testimony, are missing, and coverage varies by place, year and community. The estimate
stage (<code>gawahi estimate</code>) uses multiple systems estimation — log-linear capture–recapture
models and a Bayesian latent-class model (LCMCR) — on overlapping lists of named victims to estimate
how many were never documented, with intervals and warnings when lists barely overlap. No such
estimate is shown here unless stated; the documented counts above must not be read as totals.</p>
<h3>Protection</h3>
<p>This report was produced from a redacted view: names of protected people, phone numbers, CNIC
numbers, e-mail and street addresses are masked in all text; testimony and restricted sources are
cited only as "protected source"; coordinates are shown at district level.</p>
"""

__all__ = ["render_html"]
