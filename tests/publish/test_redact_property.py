"""Property tests of the one redaction step over generated records (10,000+ examples in all).

Each example is cheap: a record of a model drawn from every model in gawahi.model.records,
every sensitive field holding a canary, every public string holding generated text with
planted phone numbers, CNICs, e-mail and street addresses and protected names; `redact` under
the public policy must return none of them.
"""

from __future__ import annotations

import enum
import json
import types
from typing import Any, Union, get_args, get_origin

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from gawahi.model.claims import ExtractedClaim, PerpetratorValue
from gawahi.model.records import field_sensitivity
from gawahi.model.vocab import Sensitivity
from gawahi.publish.policy import load_policy, record_models
from gawahi.publish.redact import RedactionContext, redact

PUBLIC = load_policy("public")
PARTNER = load_policy("partner")
MODELS = record_models()
SETTINGS = dict(deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

D = "0123456789"
digits = lambda n: st.text(D, min_size=n, max_size=n)  # noqa: E731
filler = st.text(
    alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ.,;:()'\"-\n") + list("کیاہےمیںنے")),
    max_size=40,
)
mobile = st.one_of(
    st.tuples(st.sampled_from(["+92 3", "+923", "0092 3", "03", "+92-3", "0092-3", "+92 (3"]), digits(2), st.sampled_from(["", " ", "-", ") "]), digits(7)).map(
        lambda t: t[0] + t[1] + (t[2] if "(" in t[0] else t[2].replace(")", "")) + t[3]
    ),
    st.tuples(st.just("03"), digits(2), st.sampled_from([" ", "-"]), digits(3), st.sampled_from([" ", "-"]), digits(4)).map("".join),
)
landline = st.tuples(st.sampled_from(["021", "042", "051", "091", "+92 21 ", "+92-42-", "(051) "]), st.sampled_from(["", " ", "-"]), digits(7)).map(
    lambda t: t[0] + ("" if t[0].endswith((" ", "-")) else t[1]) + t[2]
)
cnic = st.tuples(digits(5), digits(7), digits(1), st.sampled_from(["-", "", " "])).map(lambda t: t[3].join(t[:3]))
LOW = "abcdefghijklmnopqrstuvwxyz"
email = st.tuples(
    st.sampled_from(LOW),
    st.text(LOW + D + "._-", max_size=14),
    st.sampled_from(LOW + D),
    st.text(LOW + D + "-", max_size=10).map(lambda s: "m" + s + "x"),
    st.sampled_from(["com", "org", "pk", "com.pk", "org.uk", "net"]),
).map(lambda t: f"{t[0]}{t[1]}{t[2]}@{t[3]}.{t[4]}")
address = st.tuples(st.sampled_from(["House No. ", "House # ", "H. No. ", "Flat ", "Plot No. ", "house no "]), st.integers(1, 9999), st.sampled_from(["", ", Street 5", ", Gali No. 3", " Block C", ", Sector 4"])).map(
    lambda t: f"{t[0]}{t[1]}{t[2]}"
)
word = st.tuples(st.sampled_from(LOW.upper()), st.text(LOW, min_size=3, max_size=9)).map("".join)
urdu_word = st.text(alphabet=list("ابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنوہھءیے"), min_size=3, max_size=8)
name = st.one_of(st.tuples(word, word).map(" ".join), st.tuples(urdu_word, urdu_word).map(" ".join), word)
pii = st.one_of(
    mobile.map(lambda s: ("phone", s)),
    landline.map(lambda s: ("phone", s)),
    cnic.map(lambda s: ("cnic", s)),
    email.map(lambda s: ("email", s)),
    address.map(lambda s: ("address", s)),
    name.map(lambda s: ("name", s)),
)


def _canary(model: str, field: str) -> str:
    return f"qzc{abs(hash((model, field))) % 10**8:08d}zq"


def _filler_value(annotation: Any, text: str) -> Any:
    origin = get_origin(annotation)
    args = [a for a in get_args(annotation) if a is not type(None)]
    if origin in (Union, types.UnionType):
        return _filler_value(args[0], text)
    if origin is list:
        inner = args[0] if args else str
        return [_filler_value(inner, text)] if inner in (str, int, float) else []
    if origin is dict or annotation is dict:
        return {"note": text}
    if annotation is str:
        return text
    if annotation is bool:
        return False
    if annotation is int:
        return 3
    if annotation is float:
        return 0.5
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return list(annotation)[0]
    if annotation is ExtractedClaim:
        return ExtractedClaim(source=text, characterisation=text, perpetrators=[PerpetratorValue(actor="Actor", alleged_by=text)])
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return None
    if origin is tuple:
        return None
    return text


def _sensitive_value(annotation: Any, token: str) -> Any:
    text = str(annotation)
    if text.startswith("list"):
        return [{"v": token}] if "dict" in text else [token]
    if "dict" in text:
        return {"v": token}
    return token


def build(model: str, text: str) -> tuple[BaseModel, list[str]]:
    cls = MODELS[model]
    levels = field_sensitivity(cls)
    values: dict[str, Any] = {}
    needles = []
    for fname, info in cls.model_fields.items():
        if levels[fname] != Sensitivity.PUBLIC:
            token = _canary(model, fname)
            needles.append(token)
            values[fname] = _sensitive_value(info.annotation, token)
        else:
            values[fname] = _filler_value(info.annotation, text)
    return cls.model_validate(values), needles


def _dump(d: Any) -> str:
    return json.dumps(d, ensure_ascii=False).lower()


@settings(max_examples=5000, **SETTINGS)
@given(model=st.sampled_from(sorted(MODELS)), text=filler)
def test_no_sensitive_field_survives_public_policy(model: str, text: str) -> None:
    record, needles = build(model, text)
    out = redact(record, PUBLIC)
    dumped = _dump(out)
    for n in needles:
        assert n not in dumped, (model, n)


@settings(max_examples=5000, **SETTINGS)
@given(
    model=st.sampled_from(sorted(MODELS)),
    before=filler,
    after=filler,
    planted=st.lists(pii, min_size=1, max_size=4),
)
def test_free_text_pii_is_masked_everywhere(model: str, before: str, after: str, planted: list[tuple[str, str]]) -> None:
    names = [v for k, v in planted if k == "name"]
    text = before + " " + " ; ".join(v for _, v in planted) + " " + after
    record, needles = build(model, text)
    ctx = RedactionContext(PUBLIC, names=names)
    dumped = _dump(redact(record, PUBLIC, ctx))
    for kind, value in planted:
        assert value.lower() not in dumped, (kind, value, dumped[:300])
        if kind in ("phone", "cnic"):
            core = "".join(ch for ch in value if ch.isdigit())[-7:]
            assert core not in "".join(ch for ch in dumped if ch.isdigit() or ch == " "), (kind, value)
    for n in needles:
        assert n not in dumped


@settings(max_examples=1000, **SETTINGS)
@given(model=st.sampled_from(sorted(MODELS)), text=filler)
def test_partner_policy_never_releases_confidential(model: str, text: str) -> None:
    record, _ = build(model, text)
    out = redact(record, PARTNER) or {}
    levels = field_sensitivity(type(record))
    for fname, lvl in levels.items():
        if lvl == Sensitivity.CONFIDENTIAL:
            assert fname not in out
    assert _canary(model, "contact") not in _dump(out)
