"""Policies: loading, validation, and the rule that the public policy keeps nothing sensitive."""

from __future__ import annotations

from pathlib import Path

import pytest

from gawahi.model.records import Incident, Person, field_sensitivity
from gawahi.model.vocab import Sensitivity
from gawahi.publish.policy import PolicyError, load_policy, parse_policy, record_models
from gawahi.publish.redact import RedactionContext, age_band, public_record, redact

BASE = """
[policy]
name = "t"
version = "1"
audience = "public"
[defaults]
public = "keep"
restricted = "drop"
confidential = "drop"
"""


def test_bundled_policies_load_and_are_versioned() -> None:
    for name in ("public", "partner"):
        p = load_policy(name)
        assert p.name == name and p.version and len(p.digest) == 64


def test_public_policy_never_keeps_a_sensitive_field() -> None:
    """Every restricted or confidential field of every model is dropped, pseudonymised or
    generalised by the public policy — including fields added after this test was written."""
    p = load_policy("public")
    for model, cls in record_models().items():
        for name, level in field_sensitivity(cls).items():
            if level != Sensitivity.PUBLIC:
                assert p.action(model, name, level) != "keep", (model, name)


@pytest.mark.parametrize(
    "extra,msg",
    [
        ('[fields.Person]\nnmae = "drop"', "no such field"),
        ('[fields.Persn]\nname = "drop"', "no such record model"),
        ('[fields.Person]\nname = "hide"', "unknown action"),
        ('[fields.Person]\nage_min = "generalise:round"', "unknown action"),
        ('[text]\nmask = ["phones"]', "unknown type"),
    ],
)
def test_typos_fail_loudly(extra: str, msg: str) -> None:
    with pytest.raises(PolicyError, match=msg):
        parse_policy(BASE + extra)


def test_missing_default_level_fails() -> None:
    with pytest.raises(PolicyError, match="confidential"):
        parse_policy(BASE.replace('confidential = "drop"\n', ""))


def test_unknown_policy_name_and_bad_toml(tmp_path: Path) -> None:
    with pytest.raises(PolicyError):
        load_policy("nope")
    bad = tmp_path / "bad.toml"
    bad.write_text("[policy\n")
    with pytest.raises(PolicyError, match="not valid TOML"):
        load_policy(bad)


def _person(**kw: object) -> Person:
    base = dict(id=7, name="Secret Name", names=["S N"], father_name="F", age_min=34, age_max=36,
                sex="female", contact="0300-1234567", id_numbers=["35202-1234567-1"], created_at="2024-01-01")  # fmt: skip
    return Person.model_validate(base | kw)


def test_actions_generalise_and_pseudonymise() -> None:
    p = load_policy("public")
    ctx = RedactionContext(p, secret=b"k" * 32)
    out = redact(_person(), p, ctx)
    assert out is not None
    assert out["age_min"] == "30-44" and out["sex"] == "female"
    assert out["id"].startswith("psn_") and "7" != out["id"]
    assert not {"name", "names", "father_name", "contact", "id_numbers"} & set(out)
    # Stable within a publication (same secret), unlinkable across (new secret).
    assert redact(_person(), p, RedactionContext(p, secret=b"k" * 32))["id"] == out["id"]  # type: ignore[index]
    assert redact(_person(), p, RedactionContext(p))["id"] != out["id"]  # type: ignore[index]
    assert "secret" not in repr(ctx).replace("secret=<hidden>", "")


def test_confidential_records_withheld_whole() -> None:
    p = load_policy("public")
    assert redact(_person(sensitivity="confidential"), p) is None


def test_age_bands() -> None:
    assert [age_band(a) for a in (5, 13, 18, 29, 30, 59, 60, 90, None)] == [
        "0-12", "13-17", "18-29", "18-29", "30-44", "45-59", "60+", "60+", None,
    ]  # fmt: skip


def test_coordinates_to_district_centroid_and_month() -> None:
    p = load_policy("public")
    inc = Incident(id=1, lat=30.2001, lon=67.0123, admin2="Quetta", admin1_code="PK-BA", place_precision="point",
                   created_at="x", updated_at="x")  # fmt: skip
    out = redact(inc, p)
    assert out is not None and (out["lat"], out["lon"]) != (30.2001, 67.0123)
    assert round(out["lat"], 2) == out["lat"] and out["place_precision"] == "district"
    unknown = Incident(id=2, lat=30.2001, lon=67.0123, created_at="x", updated_at="x")
    out2 = redact(unknown, p)
    assert out2 is not None and (out2["lat"], out2["lon"]) == (30.0, 67.0)


def test_public_record_keeps_in_app_semantics() -> None:
    person = _person()
    assert "name" not in public_record(person, Sensitivity.PUBLIC)
    assert public_record(person, Sensitivity.RESTRICTED)["name"] == "Secret Name"
    assert "contact" not in public_record(person, Sensitivity.RESTRICTED)
    assert public_record(person, Sensitivity.CONFIDENTIAL)["contact"] == "0300-1234567"


def test_pseudonyms_join_across_tables() -> None:
    from gawahi.model.records import PersonIncident

    p = load_policy("public")
    ctx = RedactionContext(p)
    person = redact(_person(id=7), p, ctx)
    link = redact(PersonIncident(person_id=7, incident_id=1, role="killed"), p, ctx)
    merged = redact(_person(id=8, merged_into=7), p, ctx)
    assert person and link and merged
    assert person["id"] == link["person_id"] == merged["merged_into"] != merged["id"]
