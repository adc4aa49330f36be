"""Publication policies: what each audience gets of every field, in one reviewable file.

A policy is a small TOML file in `gawahi/data/policies/` (or any path). It says, for every
record model:

- a default action per declared sensitivity level (`[defaults]`: public / restricted /
  confidential -> an action), so a newly declared sensitive field is covered without edits;
- per-field overrides (`[fields.Model]`, dotted names reach into nested JSON: `"data.source"`);
- which whole records are left out (`[records]`), which sources are protected (`[sources]`),
  which victims are published (`[persons]`), and what free text is masked (`[text]`).

Actions: `keep`, `drop`, `pseudonymise` (keyed HMAC with a per-publication secret),
`generalise:month`, `generalise:year`, `generalise:round:N` (coordinates to N decimals),
`generalise:district` (coordinates to the district centroid), `generalise:age_band`.
Loading validates every name and action, so a typo fails loudly instead of leaking.
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from gawahi.model import records
from gawahi.model.vocab import PersonRole, Sensitivity, SourceKind

SIMPLE_ACTIONS = ("keep", "drop", "pseudonymise")
GENERALISERS = ("month", "year", "round", "district", "age_band")
MASK_TYPES = ("protected_name", "phone", "cnic", "email", "address")


class PolicyError(ValueError):
    """A policy file that cannot be used, with the reason in words."""


def record_models() -> dict[str, type[BaseModel]]:
    """Every stored record model by class name (what `[fields.X]` may name)."""
    out: dict[str, type[BaseModel]] = {}
    for name in dir(records):
        obj = getattr(records, name)
        if (
            isinstance(obj, type)
            and issubclass(obj, BaseModel)
            and obj.__module__ == records.__name__
            and obj is not records.Record
        ):
            out[name] = obj
    return out


def check_action(action: str, where: str) -> str:
    if action in SIMPLE_ACTIONS:
        return action
    kind, _, arg = action.partition(":")
    if kind == "generalise":
        how, _, n = arg.partition(":")
        if how in GENERALISERS and (how != "round" or n.isdigit()) and (how == "round" or not n):
            return action
    raise PolicyError(
        f"{where}: unknown action {action!r} (use keep, drop, pseudonymise or "
        f"generalise:month|year|round:N|district|age_band)"
    )


@dataclass(frozen=True)
class Policy:
    name: str
    version: str
    audience: Sensitivity
    description: str = ""
    licence: str = ""
    defaults: dict[Sensitivity, str] = field(default_factory=dict)
    fields: dict[str, dict[str, str]] = field(default_factory=dict)  # model -> field -> action
    exclude_sensitivity: frozenset[Sensitivity] = frozenset()
    protected_kinds: frozenset[str] = frozenset()
    protected_sensitivity: frozenset[Sensitivity] = frozenset()
    protected_label: str = "protected source"
    excerpt_chars: int = 400
    publish_roles: frozenset[str] = frozenset()
    mask: frozenset[str] = frozenset()
    protected_names: tuple[str, ...] = ()
    digest: str = ""  # SHA-256 of the policy file, written into every bundle

    def action(self, model: str, name: str, level: Sensitivity) -> str:
        """The action for one field: its override, else the default for its level."""
        return self.fields.get(model, {}).get(name) or self.defaults[level]

    def nested(self, model: str, prefix: str) -> dict[str, str]:
        """Overrides below a field (`data.source` under `data`), keyed by the rest of the path."""
        p = prefix + "."
        return {k[len(p) :]: v for k, v in self.fields.get(model, {}).items() if k.startswith(p)}

    def summary(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "version": self.version,
            "audience": self.audience.value,
            "sha256": self.digest,
            "description": self.description,
        }

    @classmethod
    def level_only(cls, audience: Sensitivity) -> Policy:
        """Fields cleared for `audience` kept as they are, the rest dropped; no masking.

        The in-app view for team members (see `public_record`); never used for publication.
        """
        order = list(Sensitivity)
        defaults = {
            lvl: "keep" if order.index(lvl) <= order.index(audience) else "drop" for lvl in order
        }
        return cls(name=f"level-{audience.value}", version="builtin", audience=audience, defaults=defaults)


def parse_policy(text: str, origin: str = "<policy>") -> Policy:
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"{origin}: not valid TOML ({exc})") from exc
    meta = doc.get("policy", {})
    for key in ("name", "version", "audience"):
        if not isinstance(meta.get(key), str) or not meta[key]:
            raise PolicyError(f"{origin}: [policy] needs a {key}")
    try:
        audience = Sensitivity(meta["audience"])
    except ValueError as exc:
        raise PolicyError(f"{origin}: audience must be public, restricted or confidential") from exc
    raw_defaults = doc.get("defaults", {})
    defaults: dict[Sensitivity, str] = {}
    for lvl in Sensitivity:
        if lvl.value not in raw_defaults:
            raise PolicyError(f"{origin}: [defaults] must give an action for {lvl.value!r}")
        defaults[lvl] = check_action(str(raw_defaults[lvl.value]), f"{origin} [defaults]")
    models = record_models()
    fields: dict[str, dict[str, str]] = {}
    for model, overrides in doc.get("fields", {}).items():
        if model not in models:
            raise PolicyError(f"{origin}: [fields.{model}]: no such record model")
        known = set(models[model].model_fields)
        for fname, action in overrides.items():
            if fname.split(".", 1)[0] not in known:
                raise PolicyError(f"{origin}: [fields.{model}] {fname!r}: no such field")
            check_action(str(action), f"{origin} [fields.{model}] {fname}")
        fields[model] = {k: str(v) for k, v in overrides.items()}
    rec = doc.get("records", {})
    src = doc.get("sources", {})
    per = doc.get("persons", {})
    txt = doc.get("text", {})
    kinds = {SourceKind(k).value for k in src.get("protected_kinds", [])}
    roles = {PersonRole(r).value for r in per.get("publish_roles", [])}
    mask = set(txt.get("mask", []))
    if mask - set(MASK_TYPES):
        raise PolicyError(f"{origin}: [text] mask: unknown type(s) {sorted(mask - set(MASK_TYPES))}")
    return Policy(
        name=meta["name"],
        version=meta["version"],
        audience=audience,
        description=str(meta.get("description", "")),
        licence=str(meta.get("licence", "")),
        defaults=defaults,
        fields=fields,
        exclude_sensitivity=frozenset(Sensitivity(s) for s in rec.get("exclude_sensitivity", [])),
        protected_kinds=frozenset(kinds),
        protected_sensitivity=frozenset(Sensitivity(s) for s in src.get("protected_sensitivity", [])),
        protected_label=str(src.get("protected_label", "protected source")),
        excerpt_chars=int(src.get("excerpt_chars", 400)),
        publish_roles=frozenset(roles),
        mask=frozenset(mask),
        protected_names=tuple(str(n) for n in txt.get("protected_names", [])),
        digest=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )


def load_policy(name_or_path: str | Path) -> Policy:
    """A bundled policy by name (`public`, `partner`) or a policy file by path."""
    p = Path(name_or_path)
    if p.suffix == ".toml" or p.exists():
        try:
            return parse_policy(p.read_text(encoding="utf-8"), str(p))
        except OSError as exc:
            raise PolicyError(f"{p}: cannot read ({exc.strerror})") from exc
    name = str(name_or_path)
    if not name.isidentifier():
        raise PolicyError(f"no policy named {name!r}")
    res = files("gawahi.data") / "policies" / f"{name}.toml"
    if not res.is_file():
        raise PolicyError(f"no bundled policy named {name!r} (see gawahi/data/policies/)")
    return parse_policy(res.read_text(encoding="utf-8"), f"policies/{name}.toml")
