"""model.dumps.conform: a stored dump read back as the model dumps it now, or None."""

from __future__ import annotations

import random

from gawahi.model.claims import ExtractedClaim
from gawahi.model.dumps import conform
from gawahi.model.records import Incident


def _claim(rnd: random.Random, i: int) -> ExtractedClaim:
    return ExtractedClaim.model_validate({
        "source": f"s{i}", "claim": i % 3,
        "date": {"edtf": "2012-04-03", "earliest": "2012-04-03", "latest": "2012-04-03",
                 "precision": "day", "span": [1, 9]},
        "location": {"name": "Chilas", "admin1_code": "PK-GB", "lat": 35.41,
                     "lon": 74.1, "precision": "town"},
        "event_type": rnd.choice(["bombing", "armed_attack", "protest"]),
        "killed": {"min": rnd.randint(0, 9), "max": None},
        "perpetrators": [{"actor": "Lashkar-e-Jhangvi", "basis": "alleged", "span": [3, 8]}]
        * rnd.randint(0, 2),
        "organisers": [{"actor": "Some Council", "span": [0, 4]}] * rnd.randint(0, 1),
        "confidence": round(rnd.random(), 2),
    })


def test_a_current_dump_comes_back_unchanged() -> None:
    rnd = random.Random(4)
    for i in range(50):
        dump = _claim(rnd, i).model_dump(mode="json")
        assert conform(ExtractedClaim, dump) == dump


def test_fields_added_since_get_their_defaults_at_any_depth() -> None:
    rnd = random.Random(5)
    for i in range(50):
        model = _claim(rnd, i)
        dump = model.model_dump(mode="json")
        old = {k: v for k, v in dump.items() if k not in ("organisers", "abducted")}
        old["killed"] = {k: v for k, v in dump["killed"].items() if k != "qualifier"}
        old["perpetrators"] = [{k: v for k, v in p.items() if k != "alleged_by"}
                               for p in dump["perpetrators"]]
        want = ExtractedClaim.model_validate(old).model_dump(mode="json")
        got = conform(ExtractedClaim, old)
        assert got == want
        assert got is not None and got["organisers"] is not want["organisers"]


def test_defaults_are_never_shared_between_records() -> None:
    a = conform(ExtractedClaim, {"source": "a"})
    b = conform(ExtractedClaim, {"source": "b"})
    assert a is not None and b is not None
    a["perpetrators"].append({"actor": "X"})
    a["killed"]["min"] = 3
    assert b["perpetrators"] == [] and b["killed"]["min"] is None


def test_what_it_cannot_vouch_for_is_left_to_validation() -> None:
    dump = ExtractedClaim(source="s").model_dump(mode="json")
    assert conform(ExtractedClaim, {**dump, "unknown": 1}) is None
    assert conform(ExtractedClaim, {k: v for k, v in dump.items() if k != "source"}) is None
    assert conform(ExtractedClaim, {**dump, "perpetrators": [{"basis": "alleged"}]}) is None
    assert conform(ExtractedClaim, {**dump, "perpetrators": {"actor": "X"}}) is None
    assert conform(ExtractedClaim, {**dump, "killed": {"min": 1, "extra": 2}}) is None
    assert conform(ExtractedClaim, "not a dict") is None


def test_an_incident_with_lists_of_attributions() -> None:
    inc = Incident(id=1, created_at="t", updated_at="t",
                   perpetrators=[{"actor": "A", "basis": "claimed", "claims": [1]}],
                   targets=[{"group": "Shia"}])
    dump = inc.model_dump(mode="json")
    assert conform(Incident, dump) == dump
    old = {**dump, "perpetrators": [{"actor": "A", "basis": "claimed"}]}
    assert conform(Incident, old) == Incident.model_validate(old).model_dump(mode="json")
