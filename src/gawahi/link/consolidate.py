"""Consolidation: an incident's values derived from its claims by documented, fixed rules.

Rules (also in docs/methods.md):
- Deaths and injuries, after UCDP (low/best/high) and Iraq Body Count (min/max):
  * a claim's lower figure is its `min`, or its `max` when only a ceiling is given ("up to 100");
    its upper figure is its `max`, or its `min` when only a floor is given ("at least 30");
  * low  = the smallest lower figure of any claim;
  * high = the largest upper figure of any claim;
  * best = the median of the exact figures (min = max) from the most reliable claims
    (confirmed before suggested, then source reliability A..F), rounded down; when no claim
    gives an exact figure, the median of all figures; null when no claim mentions a count.
- Date: the most specific precision (day > week > month > year); among equals, the claim
  from the latest-published source (later reports correct earlier ones); then the earliest.
- Place: the most specific precision (point > town > district > province > country); ties
  broken as for the date.
- Event type: the type most claims give, weighted by confidence; ties by fixed vocabulary order.
- Perpetrators and targets: the union, each attribution keeping its basis and the claims
  that make it. Allegation is never promoted to fact: the same actor "alleged" by one source
  and "claimed" by another is two attributions.
- Disagreements: every field whose claims give more than one value lists each value with
  the claims giving it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median_low
from typing import Any

from gawahi.model.claims import CountValue, ExtractedClaim
from gawahi.model.vocab import DatePrecision, EventType, PlacePrecision, ReviewStatus

DATE_RANK = {
    DatePrecision.DAY: 0,
    DatePrecision.WEEK: 1,
    DatePrecision.MONTH: 2,
    DatePrecision.YEAR: 3,
    DatePrecision.UNKNOWN: 9,
}
PLACE_RANK = {
    PlacePrecision.POINT: 0,
    PlacePrecision.TOWN: 1,
    PlacePrecision.DISTRICT: 2,
    PlacePrecision.PROVINCE: 3,
    PlacePrecision.COUNTRY: 4,
    PlacePrecision.UNKNOWN: 9,
}
EVENT_ORDER = list(EventType)
REVIEW_RANK = {ReviewStatus.CONFIRMED: 0, ReviewStatus.SUGGESTED: 1, ReviewStatus.REJECTED: 2}


@dataclass(frozen=True)
class ClaimView:
    """What consolidation needs to know about one claim."""

    claim_id: int
    source_id: int
    data: ExtractedClaim
    review_status: ReviewStatus = ReviewStatus.SUGGESTED
    reliability: str = "F"
    source_published: str | None = None


def bounds(c: CountValue) -> tuple[int, int] | None:
    if c.min is None and c.max is None:
        return None
    lo = c.min if c.min is not None else c.max
    hi = c.max if c.max is not None else c.min
    assert lo is not None and hi is not None
    return lo, hi


def consolidate_count(views: Sequence[ClaimView], field: str) -> tuple[int | None, int | None, int | None]:
    """(low, best, high) for `killed` or `injured`."""
    figures = []
    for v in views:
        b = bounds(getattr(v.data, field))
        if b is not None:
            figures.append((v, b))
    if not figures:
        return None, None, None
    low = min(b[0] for _, b in figures)
    high = max(b[1] for _, b in figures)
    exact = [(v, b[0]) for v, b in figures if b[0] == b[1]]
    if exact:
        top = min((REVIEW_RANK[v.review_status], v.reliability) for v, _ in exact)
        pool = [n for v, n in exact if (REVIEW_RANK[v.review_status], v.reliability) == top]
    else:
        pool = [n for _, b in figures for n in b]
    return low, int(median_low(pool)), high


def _recency_key(v: ClaimView) -> tuple[str, int]:
    # Sorting ascending: later published first (negated via inversion), then lower claim id.
    return (_invert(v.source_published or ""), v.claim_id)


def _invert(s: str) -> str:
    return "".join(chr(0x10FFFF - ord(ch)) for ch in s)


def consolidate(views: Sequence[ClaimView]) -> dict[str, Any]:
    """The incident columns derived from its (non-rejected) claims."""
    live = [v for v in views if v.review_status != ReviewStatus.REJECTED]
    out: dict[str, Any] = {"n_claims": len(live), "n_sources": len({v.source_id for v in live})}
    if not live:
        return out | {"status": "rejected"}

    dated = sorted(live, key=lambda v: (DATE_RANK[v.data.date.precision], _recency_key(v)))
    d = dated[0].data.date
    out.update(
        date_edtf=d.edtf,
        date_earliest=d.earliest,
        date_latest=d.latest,
        date_precision=d.precision.value,
    )
    placed = sorted(live, key=lambda v: (PLACE_RANK[v.data.location.precision], _recency_key(v)))
    loc = placed[0].data.location
    out.update(
        place=loc.gazetteer_name or loc.name,  # one name per place, however sources spell it
        admin2=loc.admin2,
        admin1=loc.admin1,
        admin1_code=loc.admin1_code,
        country=loc.country,
        lat=loc.lat,
        lon=loc.lon,
        place_precision=loc.precision.value,
    )
    votes: dict[EventType, float] = defaultdict(float)
    for v in live:
        votes[v.data.event_type] += max(v.data.confidence, 0.01)
    out["event_type"] = max(votes, key=lambda e: (votes[e], -EVENT_ORDER.index(e))).value

    out["deaths_low"], out["deaths_best"], out["deaths_high"] = consolidate_count(live, "killed")
    out["injured_low"], out["injured_best"], out["injured_high"] = consolidate_count(
        live, "injured"
    )

    perps: dict[tuple[str, str], list[int]] = defaultdict(list)
    targets: dict[str, list[int]] = defaultdict(list)
    for v in live:
        for p in v.data.perpetrators:
            perps[(p.actor, p.basis.value)].append(v.claim_id)
        for t in v.data.targets:
            targets[t.group].append(v.claim_id)
    out["perpetrators"] = [
        {"actor": a, "basis": b, "claims": sorted(set(ids))} for (a, b), ids in sorted(perps.items())
    ]
    out["targets"] = [{"group": g, "claims": sorted(set(ids))} for g, ids in sorted(targets.items())]
    out["disagreements"] = disagreements(live)
    place = out.get("place") or out.get("admin2") or out.get("admin1") or "unknown place"
    if out.get("admin2") and out["admin2"] != place:
        place = f"{place}, {out['admin2']}"  # "Alamdar Road, Quetta": the district is what people know
    when = out.get("date_edtf") or "unknown date"
    out["title"] = f"{out['event_type'].replace('_', ' ').capitalize()} in {place}, {when}"
    return out


def disagreements(views: Sequence[ClaimView]) -> dict[str, list[dict[str, Any]]]:
    fields: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for v in views:
        c = v.data
        values: dict[str, str | None] = {
            "killed": c.killed.label(),
            "injured": c.injured.label(),
            "date": c.date.edtf,
            "place": c.location.gazetteer_name or c.location.name,
            "event_type": c.event_type.value,
            "perpetrators": "; ".join(sorted(f"{p.actor} ({p.basis.value})" for p in c.perpetrators))
            or None,
            "characterisation": c.characterisation,
        }
        for name, val in values.items():
            if val is not None:
                fields[name][val].append(v.claim_id)
    return {
        name: [{"value": val, "claims": ids} for val, ids in sorted(vals.items())]
        for name, vals in fields.items()
        if len(vals) > 1
    }
