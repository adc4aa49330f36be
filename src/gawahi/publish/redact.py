"""The one redaction step. Every export path (export, publish, report) gets its records through
`redact`; nothing else decides what leaves the system.

`redact(record, policy, ctx)` applies a publication policy (gawahi.publish.policy) to one
record: each field's action comes from the policy by the field's declared sensitivity
(model/records.py) or a per-field override, and every string that survives — at any depth —
is passed through the free-text masker (protected names, phones, CNICs, e-mails, addresses).
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any

from pydantic import BaseModel

from gawahi.model.records import field_sensitivity
from gawahi.model.vocab import PlacePrecision, Sensitivity
from gawahi.publish.policy import Policy
from gawahi.publish.textmask import TextMasker

DROP = object()  # sentinel: the field is left out
HEX_DIGEST = re.compile(r"[0-9a-f]{32,128}")
AGE_BANDS = ((0, 12, "0-12"), (13, 17, "13-17"), (18, 29, "18-29"), (30, 44, "30-44"), (45, 59, "45-59"))


@dataclass
class RedactionContext:
    """What one publication's redaction shares across records: the pseudonym secret (never
    written anywhere), the compiled text masker, and its log of what was masked."""

    policy: Policy
    secret: bytes = field(default_factory=lambda: secrets.token_bytes(32), repr=False)
    names: Iterable[str] = ()
    masker: TextMasker = field(init=False)

    def __post_init__(self) -> None:
        all_names = [*self.policy.protected_names, *self.names]
        self.masker = TextMasker(self.policy.mask, all_names)

    def __repr__(self) -> str:  # the secret must never reach a log line
        return f"RedactionContext(policy={self.policy.name!r}, secret=<hidden>)"

    def pseudonym(self, scope: str, value: Any) -> str:
        """HMAC-SHA256 of the value under this publication's secret. References share their
        target's scope (`Person.id`, `PersonIncident.person_id`, `Person.merged_into` all give
        the same pseudonym for person 7), so published tables still join."""
        scope = entity_scope(scope)
        mac = hmac.new(self.secret, f"{scope}\x00{value}".encode(), hashlib.sha256)
        return "psn_" + mac.hexdigest()[:16]


def entity_scope(scope: str) -> str:
    model, _, name = scope.partition(".")
    if name in ("id", "merged_into"):
        return model
    if name.endswith("_id"):
        return "".join(part.capitalize() for part in name[:-3].split("_"))
    return scope


def redact(
    record: BaseModel, policy: Policy, ctx: RedactionContext | None = None
) -> dict[str, Any] | None:
    """`record` as a dict holding only what `policy` gives its audience; None when the whole
    record is withheld (its own sensitivity is excluded by the policy)."""
    ctx = ctx or RedactionContext(policy)
    model = type(record).__name__
    own = getattr(record, "sensitivity", None)
    if isinstance(own, Sensitivity) and own in policy.exclude_sensitivity:
        return None
    levels = _field_levels(type(record))
    data = record.model_dump(mode="json")
    if (not ctx.masker.masks and not policy.fields.get(model)
            and all(a in ("keep", "drop") for a in policy.defaults.values())):
        # Nothing to mask, no per-field override, only keep or drop by level (the level-only
        # policy of the in-app view): the walk below would return the same, more slowly.
        return {name: value for name, value in data.items()
                if policy.defaults[levels.get(name, Sensitivity.PUBLIC)] == "keep"}
    rid: Any = ""
    if "id" in data:  # masks are logged under the id as published, never a hidden one
        pub = apply_action(policy.action(model, "id", levels["id"]), data["id"], data, ctx, f"{model}.id")
        rid = "" if pub is DROP else pub
    out: dict[str, Any] = {}
    for name, value in data.items():
        action = policy.action(model, name, levels.get(name, Sensitivity.PUBLIC))
        new = apply_action(action, value, data, ctx, f"{model}.{name}")
        if new is DROP:
            continue
        nested = policy.nested(model, name)
        if nested and isinstance(new, dict):
            new = _nested(new, nested, data, ctx, f"{model}.{name}")
        out[name] = mask_value(new, ctx, model, rid, name)
    if model == "Incident" and policy.fields.get(model, {}).get("lat") == "generalise:district":
        _coarsen_precision(out)
    return out


_LEVELS: dict[type[BaseModel], dict[str, Sensitivity]] = {}


def _field_levels(model: type[BaseModel]) -> dict[str, Sensitivity]:
    found = _LEVELS.get(model)
    if found is None:
        found = _LEVELS[model] = field_sensitivity(model)
    return found


def _nested(
    value: dict[str, Any], overrides: dict[str, str], whole: dict[str, Any], ctx: RedactionContext, scope: str
) -> dict[str, Any]:
    value = dict(value)
    for path, action in overrides.items():
        head, _, rest = path.partition(".")
        if head not in value:
            continue
        if rest:
            if isinstance(value[head], dict):
                value[head] = _nested(value[head], {rest: action}, whole, ctx, f"{scope}.{head}")
            continue
        new = apply_action(action, value[head], whole, ctx, f"{scope}.{head}")
        if new is DROP:
            del value[head]
        else:
            value[head] = new
    return value


def mask_value(value: Any, ctx: RedactionContext, model: str, rid: Any, where: str) -> Any:
    """Mask every string in `value`, at any depth (dict keys too)."""
    if isinstance(value, str):
        if HEX_DIGEST.fullmatch(value):
            return value  # a content hash, not text: its digit runs are not phone numbers
        return ctx.masker.mask(value, model, rid, where)
    if isinstance(value, list):
        return [mask_value(v, ctx, model, rid, f"{where}[{i}]") for i, v in enumerate(value)]
    if isinstance(value, dict):
        return {
            ctx.masker.mask(str(k), model, rid, where): mask_value(v, ctx, model, rid, f"{where}.{k}")
            for k, v in value.items()
        }
    return value


def apply_action(action: str, value: Any, whole: dict[str, Any], ctx: RedactionContext, scope: str) -> Any:
    if action == "keep":
        return value
    if action == "drop":
        return DROP
    if value is None:
        return None
    if action == "pseudonymise":
        if isinstance(value, list):
            return [ctx.pseudonym(scope, v) for v in value]
        return ctx.pseudonym(scope, value)
    how = action.split(":")[1]
    if how == "month":
        return str(value)[:7] if len(str(value)) >= 7 else None
    if how == "year":
        return str(value)[:4] if len(str(value)) >= 4 else None
    if how == "round":
        return round(float(value), int(action.split(":")[2]))
    if how == "age_band":
        return age_band(value)
    if how == "district":
        axis = scope.rsplit(".", 1)[-1]
        return district_coordinate(whole, axis)
    return DROP  # unreachable for a validated policy; fail closed


def age_band(value: Any) -> str | None:
    try:
        age = int(value)
    except (TypeError, ValueError):
        return None
    for lo, hi, label in AGE_BANDS:
        if lo <= age <= hi:
            return label
    return "60+"


@cache
def _district_centroids() -> dict[tuple[str, str], tuple[float, float]]:
    """(admin1_code, district name lower) -> centroid, from the bundled gazetteer: the
    district's own row, else the mean of its towns."""
    path = files("gawahi.data") / "gazetteer" / "pk_places.csv"
    own: dict[tuple[str, str], tuple[float, float]] = {}
    towns: dict[tuple[str, str], list[tuple[float, float]]] = {}
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            try:
                pt = (float(row["lat"]), float(row["lon"]))
            except (TypeError, ValueError):
                continue
            key = (row.get("admin1_code") or "", (row.get("admin2") or "").lower())
            if not key[1]:
                continue
            if row.get("kind") == "district":
                own[key] = pt
            else:
                towns.setdefault(key, []).append(pt)
    out = {k: (sum(p[0] for p in v) / len(v), sum(p[1] for p in v) / len(v)) for k, v in towns.items()}
    out.update(own)
    return {k: (round(v[0], 2), round(v[1], 2)) for k, v in out.items()}


def district_coordinate(whole: dict[str, Any], axis: str) -> float | None:
    """The district centroid's `lat` or `lon` for a record with admin1_code/admin2 and
    coordinates; when the district is unknown, the coordinate rounded to 0.5 degree."""
    value = whole.get(axis)
    if value is None:
        return None
    key = (whole.get("admin1_code") or "", (whole.get("admin2") or "").lower())
    c = _district_centroids().get(key)
    if c is None and key[1]:
        c = next((v for k, v in _district_centroids().items() if k[1] == key[1]), None)
    if c is not None:
        return c[0] if axis == "lat" else c[1]
    return round(float(value) * 2) / 2


def _coarsen_precision(out: dict[str, Any]) -> None:
    if out.get("place_precision") in (PlacePrecision.POINT.value, PlacePrecision.TOWN.value):
        out["place_precision"] = PlacePrecision.DISTRICT.value


def public_record(record: BaseModel, audience: Sensitivity = Sensitivity.PUBLIC) -> dict[str, Any]:
    """The record holding only fields cleared for `audience`, values unchanged: the in-app view
    for signed-in team members. Publication uses `redact` with a policy file instead."""
    cached = _LEVEL_ONLY.get(audience)
    if cached is None:
        # Built once per audience: the web app calls this for every record it shows. The
        # level-only policy masks nothing, so the shared context never accumulates state.
        policy = Policy.level_only(audience)
        cached = _LEVEL_ONLY[audience] = (policy, RedactionContext(policy))
    return redact(record, cached[0], cached[1]) or {}


_LEVEL_ONLY: dict[Sensitivity, tuple[Policy, RedactionContext]] = {}


def cleared_fields(model: type[BaseModel], audience: Sensitivity) -> frozenset[str]:
    """The fields of `model` that `public_record` keeps for `audience` (the level-only policy
    keeps or leaves out whole fields by their declared sensitivity and masks nothing), for a
    reader that builds the in-app view from a few columns without validating the model: it
    must leave out every other field. Not for models whose records carry their own
    sensitivity (a record may then be withheld whole): use `public_record`."""
    key = (model, audience)
    found = _CLEARED.get(key)
    if found is None:
        if "sensitivity" in model.model_fields:
            raise ValueError(f"{model.__name__} records may be withheld whole: use public_record")
        policy = Policy.level_only(audience)
        found = _CLEARED[key] = frozenset(
            name for name, level in _field_levels(model).items()
            if policy.defaults[level] == "keep")
    return found


_CLEARED: dict[tuple[type[BaseModel], Sensitivity], frozenset[str]] = {}


def public_dump(model: type[BaseModel], data: dict[str, Any],
                audience: Sensitivity = Sensitivity.PUBLIC) -> dict[str, Any]:
    """`public_record` for a record already dumped (its `model_dump(mode="json")`, or the
    equal read straight from storage): the fields cleared for `audience`, values unchanged.
    Only for models whose records have no sensitivity of their own (see cleared_fields)."""
    keep = cleared_fields(model, audience)
    return {name: value for name, value in data.items() if name in keep}


__all__ = ["DROP", "RedactionContext", "age_band", "cleared_fields", "public_dump", "public_record",
           "redact"]
