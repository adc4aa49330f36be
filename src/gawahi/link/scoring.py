"""Pairwise claim comparison: blocking (can these be the same event at all?) and a score
with its explanation (why the linker thinks they are)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from gawahi.link.consolidate import ClaimView
from gawahi.model.claims import CountValue
from gawahi.model.vocab import DatePrecision, EventType

# Slack added around a claim's own date range: reports of a day-precise event disagree by a
# day around midnight and time zones; coarser dates are already ranges.
DATE_SLACK = {
    DatePrecision.DAY: 1,
    DatePrecision.WEEK: 2,
    DatePrecision.MONTH: 0,
    DatePrecision.YEAR: 0,
    DatePrecision.UNKNOWN: 0,
}
MAX_DISTANCE_KM = 40.0
WEIGHTS = {"date": 0.2, "place": 0.2, "event_type": 0.15, "counts": 0.25, "actors": 0.1, "text": 0.1}
THRESHOLD = 0.7

COMPATIBLE_TYPES = {
    frozenset({EventType.BOMBING, EventType.ARMED_ATTACK}),
    frozenset({EventType.ABDUCTION, EventType.ENFORCED_DISAPPEARANCE}),
    frozenset({EventType.MOB_VIOLENCE, EventType.PROPERTY_ATTACK}),
    frozenset({EventType.PROTEST, EventType.MOB_VIOLENCE}),
}

_STOP = set(
    "the a an of in on at and or to was were is are by for with from as that this it its "
    "said says police people killed injured least".split()
)
_WORD = re.compile(r"[a-z]+")


@dataclass
class Candidate:
    view: ClaimView
    text: str  # the claim's passage in its source
    words: set[str] = field(init=False)
    window: tuple[date, date] | None = field(init=False)

    def __post_init__(self) -> None:
        self.words = {w for w in _WORD.findall(self.text.lower()) if w not in _STOP and len(w) > 2}
        self.window = date_window(self.view)  # computed once: compare() runs per pair


@dataclass(frozen=True)
class Match:
    score: float
    components: dict[str, float]
    reasons: list[str]
    blocked: str | None = None  # why the pair was not even scored


def date_window(v: ClaimView) -> tuple[date, date] | None:
    d = v.data.date
    if not d.earliest or not d.latest:
        return None
    slack = timedelta(days=DATE_SLACK[d.precision])
    return date.fromisoformat(d.earliest) - slack, date.fromisoformat(d.latest) + slack


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def _place_score(a: ClaimView, b: ClaimView) -> tuple[float | None, str]:
    la, lb = a.data.location, b.data.location
    na, nb = la.gazetteer_name or la.name, lb.gazetteer_name or lb.name  # "Mirali" is "Mir Ali"
    if na and nb and na.lower() == nb.lower():
        return 1.0, f"same place ({na})"
    if la.admin2 and lb.admin2 and la.admin2.lower() == lb.admin2.lower():
        return 0.85, f"same district ({la.admin2})"
    if la.lat is not None and lb.lat is not None and la.lon is not None and lb.lon is not None:
        km = haversine_km((la.lat, la.lon), (lb.lat, lb.lon))
        if km <= MAX_DISTANCE_KM:
            return 0.8 - 0.3 * km / MAX_DISTANCE_KM, f"{km:.0f} km apart"
    coarse = {"province", "country", "unknown"}
    if la.admin1_code and la.admin1_code == lb.admin1_code and (
        la.precision.value in coarse or lb.precision.value in coarse
    ):
        return 0.5, f"same province ({la.admin1_code}), one place coarse"
    if la.precision.value == "unknown" or lb.precision.value == "unknown":
        return 0.4, "one claim has no place"
    return None, f"different places ({la.name or la.admin1} / {lb.name or lb.admin1})"


def _link_bounds(c: CountValue) -> tuple[int, int] | None:
    """A count as the range of tolls it is compatible with: "up to 100" fits 81, "at least
    30" fits 45; for consolidation the same words give figures, not ranges (consolidate.py)."""
    if c.min is None and c.max is None:
        return None
    return (c.min if c.min is not None else 0, c.max if c.max is not None else 10**9)


def _fmt(b: tuple[int, int]) -> str:
    if b[0] == b[1]:
        return str(b[0])
    if b[1] >= 10**9:
        return f"at least {b[0]}"
    return f"up to {b[1]}" if b[0] == 0 else f"{b[0]}-{b[1]}"


def compare(a: Candidate, b: Candidate) -> Match:
    va, vb = a.view, b.view
    if va.source_id == vb.source_id:
        # Two claims of one source are two incidents unless a reviewer says otherwise.
        return Match(0.0, {}, [], blocked="same source")
    wa, wb = a.window, b.window
    comps: dict[str, float] = {}
    reasons: list[str] = []
    if wa is None or wb is None:
        comps["date"] = 0.3
        reasons.append("a claim has no date")
    else:
        if wa[1] < wb[0] or wb[1] < wa[0]:
            return Match(0.0, {}, [], blocked=f"dates do not overlap ({va.data.date.edtf} / {vb.data.date.edtf})")
        both_days = va.data.date.precision == vb.data.date.precision == DatePrecision.DAY
        if both_days and va.data.date.edtf == vb.data.date.edtf:
            comps["date"] = 1.0
            reasons.append("same day")
        else:
            # A coarse date ("September 2011") fits many events: weak evidence of identity.
            comps["date"] = 0.85 if both_days else 0.5
            reasons.append(f"dates compatible ({va.data.date.edtf} / {vb.data.date.edtf})")
    ps, why = _place_score(va, vb)
    if ps is None:
        return Match(0.0, {}, [], blocked=why)
    comps["place"] = ps
    reasons.append(why)

    ta, tb = va.data.event_type, vb.data.event_type
    if ta == tb:
        comps["event_type"] = 1.0
        reasons.append(f"same event type ({ta.value})")
    elif frozenset({ta, tb}) in COMPATIBLE_TYPES or EventType.OTHER in (ta, tb):
        comps["event_type"] = 0.7
        reasons.append(f"compatible event types ({ta.value} / {tb.value})")
    else:
        comps["event_type"] = 0.0
        reasons.append(f"different event types ({ta.value} / {tb.value})")

    ka, kb = _link_bounds(va.data.killed), _link_bounds(vb.data.killed)
    if ka is None or kb is None:
        comps["counts"] = 0.6  # a report silent on deaths neither supports nor contradicts
    elif ka[0] <= kb[1] and kb[0] <= ka[1]:
        comps["counts"] = 1.0
        reasons.append("death tolls overlap")
    else:
        # Ratio of the nearer ends, squared: 84 vs 89 stays close (0.89), 27 vs 50 does not
        # (0.29); tolls that rise as the injured die stay within a small factor.
        small, large = (ka[1], kb[0]) if ka[1] < kb[0] else (kb[1], ka[0])
        comps["counts"] = (max(small, 0) / large) ** 2 if large > 0 else 0.0
        reasons.append(f"death tolls differ ({_fmt(ka)} / {_fmt(kb)})")

    aa = {p.actor for p in va.data.perpetrators}
    ab = {p.actor for p in vb.data.perpetrators}
    if aa and ab:
        comps["actors"] = len(aa & ab) / len(aa | ab)
        if aa & ab:
            reasons.append("same alleged perpetrator: " + ", ".join(sorted(aa & ab)))
    else:
        comps["actors"] = 0.5
    if a.words and b.words:
        comps["text"] = len(a.words & b.words) / len(a.words | b.words)
    else:
        comps["text"] = 0.0
    score = sum(WEIGHTS[k] * comps[k] for k in WEIGHTS)
    return Match(round(score, 4), comps, reasons)
