"""Exports of the record: CSV (ACLED column names where a field maps), JSON, GeoJSON.

Every row comes from the public view (gawahi.publish.view), built record by record by
`gawahi.publish.redact.redact` under a publication policy (default: the bundled `public`).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from gawahi.model.records import Incident
from gawahi.model.vocab import (
    ACLED_EVENT_MAP,
    ACLED_GEO_PRECISION,
    ACLED_TIME_PRECISION,
    DatePrecision,
    EventType,
    PlacePrecision,
)
from gawahi.publish.policy import Policy, load_policy
from gawahi.publish.view import PublicView, build_view

FORMATS = ("csv", "json", "geojson")

ACLED_COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "iso",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
]
GAWAHI_COLUMNS = [
    "gawahi_id",
    "gawahi_event_type",
    "date_edtf",
    "date_earliest",
    "date_latest",
    "admin1_code",
    "deaths_low",
    "deaths_best",
    "deaths_high",
    "injured_low",
    "injured_best",
    "injured_high",
    "attributions",
    "targets",
    "claims",
    "sources",
    "status",
]


@dataclass
class IncidentBundle:
    incident: dict[str, Any]
    claim_ids: list[int]
    source_labels: list[str]


def bundles_from_view(view: PublicView) -> list[IncidentBundle]:
    """One bundle per published incident, its sources cited as the policy allows."""
    refs = view.source_by_ref()
    out = []
    for inc in view.incidents:
        labels = sorted({refs[r]["label"] + f" [{r}]" for r in inc.get("source_refs", []) if r in refs})
        ids = [int(i) for i in inc.get("claim_ids", []) if i is not None]
        out.append(IncidentBundle(inc, ids, labels))
    return out


def _bundles(
    conn: Connection, include_rejected: bool = False, policy: Policy | None = None
) -> list[IncidentBundle]:
    view = build_view(conn, policy or load_policy("public"), include_rejected=include_rejected)
    return bundles_from_view(view)


def acled_row(b: IncidentBundle) -> dict[str, Any]:
    inc = b.incident
    et = EventType(inc["event_type"]) if inc.get("event_type") else EventType.OTHER
    acled_type, acled_sub = ACLED_EVENT_MAP[et]
    dp = DatePrecision(inc["date_precision"]) if inc.get("date_precision") else DatePrecision.UNKNOWN
    pp = PlacePrecision(inc["place_precision"]) if inc.get("place_precision") else PlacePrecision.UNKNOWN
    attributions = [f"{p['actor']} ({p['basis']})" for p in inc.get("perpetrators") or []]
    targets = [t["group"] for t in inc.get("targets") or []]
    return {
        "event_id_cnty": f"GWH{inc['id']}",
        "event_date": inc.get("date_earliest"),
        "year": (inc.get("date_earliest") or "")[:4] or None,
        "time_precision": ACLED_TIME_PRECISION[dp],
        "event_type": acled_type,
        "sub_event_type": acled_sub,
        # Named as an allegation, never as fact: the basis travels with the name.
        "actor1": "; ".join(attributions) or "Unidentified Armed Group",
        "actor2": ("Civilians (" + ", ".join(targets) + ")") if targets else None,
        "country": "Pakistan" if inc.get("country") in (None, "PK") else inc.get("country"),
        "iso": 586 if inc.get("country") in (None, "PK") else None,
        "admin1": inc.get("admin1"),
        "admin2": inc.get("admin2"),
        "location": inc.get("place"),
        "latitude": inc.get("lat"),
        "longitude": inc.get("lon"),
        "geo_precision": ACLED_GEO_PRECISION[pp],
        "source": "; ".join(b.source_labels),
        "notes": inc.get("title"),
        "fatalities": inc.get("deaths_best") if inc.get("deaths_best") is not None else 0,
        "gawahi_id": inc["id"],
        "gawahi_event_type": et.value,
        "date_edtf": inc.get("date_edtf"),
        "date_earliest": inc.get("date_earliest"),
        "date_latest": inc.get("date_latest"),
        "admin1_code": inc.get("admin1_code"),
        "deaths_low": inc.get("deaths_low"),
        "deaths_best": inc.get("deaths_best"),
        "deaths_high": inc.get("deaths_high"),
        "injured_low": inc.get("injured_low"),
        "injured_best": inc.get("injured_best"),
        "injured_high": inc.get("injured_high"),
        "attributions": "; ".join(attributions),
        "targets": "; ".join(targets),
        "claims": " ".join(str(c) for c in b.claim_ids),
        "sources": len(b.source_labels),
        "status": inc.get("status"),
    }


def to_csv(bundles: Iterable[IncidentBundle]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=ACLED_COLUMNS + GAWAHI_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for b in bundles:
        writer.writerow(acled_row(b))
    return buf.getvalue()


def to_json(bundles: Iterable[IncidentBundle]) -> str:
    items = [b.incident | {"claim_ids": b.claim_ids, "sources": b.source_labels} for b in bundles]
    return json.dumps({"incidents": items}, ensure_ascii=False, indent=2, default=str)


def to_geojson(bundles: Iterable[IncidentBundle]) -> str:
    features = []
    for b in bundles:
        inc = b.incident
        geom = (
            {"type": "Point", "coordinates": [inc["lon"], inc["lat"]]}
            if inc.get("lat") is not None and inc.get("lon") is not None
            else None
        )
        props = {k: v for k, v in acled_row(b).items() if k not in ("latitude", "longitude")}
        features.append({"type": "Feature", "id": inc["id"], "geometry": geom, "properties": props})
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=2)


def export(
    conn: Connection, fmt: str, *, include_rejected: bool = False, policy: Policy | None = None
) -> str:
    """Incidents as CSV, JSON or GeoJSON under `policy` (default: the public policy)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    bundles = _bundles(conn, include_rejected, policy)
    if fmt == "csv":
        return to_csv(bundles)
    if fmt == "json":
        return to_json(bundles)
    return to_geojson(bundles)


__all__ = [
    "ACLED_COLUMNS",
    "FORMATS",
    "GAWAHI_COLUMNS",
    "Incident",
    "IncidentBundle",
    "acled_row",
    "bundles_from_view",
    "export",
    "to_csv",
    "to_geojson",
    "to_json",
]
