"""Free-text masking: what is found, what is left alone, what the log says."""

from __future__ import annotations

import pytest

from gawahi.publish.textmask import TextMasker

ALL = frozenset({"protected_name", "phone", "cnic", "email", "address"})


@pytest.mark.parametrize(
    "text,kind",
    [
        ("call +92 300 1234567 now", "phone"),
        ("call +923001234567 now", "phone"),
        ("call 0092 321 7654321 now", "phone"),
        ("call 0300-1234567 now", "phone"),
        ("call 0300 123 4567 now", "phone"),
        ("office 021-34567890 today", "phone"),
        ("office (051) 2345678 today", "phone"),
        ("office +92 42 35761234 today", "phone"),
        ("فون03001234567 پر", "phone"),
        ("tel03001234567", "phone"),
        ("CNIC 35202-1234567-9 issued", "cnic"),
        ("CNIC 3520212345679 issued", "cnic"),
        ("write to ali.raza@example.org please", "email"),
        ("write to ali.raza (at) example.org please", "email"),
        ("ای میلali@mail.com.pk", "email"),
        ("lives at House No. 45, Street 7, Alamdar Road", "address"),
        ("lives at H. No. 12-B, Block C", "address"),
        ("at house # 23 near the mosque", "address"),
        ("in Gali No. 3 of the old city", "address"),
        ("Flat 4B, Sector 11", "address"),
    ],
)
def test_found_and_masked(text: str, kind: str) -> None:
    m = TextMasker(ALL)
    out = m.mask(text, "Source", 1, "text")
    assert [x.type for x in m.log] == [kind], (out, m.log)
    assert f"[{kind} removed]" in out
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) >= 7:
        assert digits[-7:] not in "".join(ch for ch in out if ch.isdigit())


@pytest.mark.parametrize(
    "text",
    [
        "On 2013-01-10 at least 100 were killed and 169 injured.",
        "The 2012-2013 period saw 400 deaths; PPC 295-C was invoked.",
        "Report 12/01/2013, FIR No. 123/2013 at police station Civil Lines.",
        "Alamdar Road, Quetta; the bombing killed 92 people (81 confirmed).",
        "Hazara Town and Mastung Road are places, not addresses to mask.",
        "Sipah-e-Sahaba Pakistan, Lashkar-e-Jhangvi and TTP were alleged.",
    ],
)
def test_ordinary_reporting_left_alone(text: str) -> None:
    m = TextMasker(ALL)
    assert m.mask(text) == text and m.log == []


def test_protected_names_any_script_spacing_case() -> None:
    m = TextMasker(ALL, names=["Ali Raza Khan", "Ali Raza", "علی رضا", "Bo"])
    out = m.mask("ALI  RAZA khan met ali raza; علی رضا said. Bob and Bo are fine.", "Claim", 7, "excerpt")
    assert "ali" not in out.lower() and "علی" not in out
    assert out.count("[protected name removed]") == 3
    assert "Bob" in out and "Bo " in out  # names under 3 letters are not matched; words whole
    assert {(x.record, x.record_id, x.field) for x in m.log} == {("Claim", "7", "excerpt")}


def test_log_has_type_place_length_never_value() -> None:
    m = TextMasker(ALL)
    m.mask("x 0300-1234567 y", "Source", 3, "title")
    (entry,) = m.log
    assert entry.row() == {"type": "phone", "record": "Source", "record_id": "3", "field": "title", "start": 2, "length": 12}
    assert "1234567" not in repr(entry)


def test_types_not_in_policy_are_kept() -> None:
    m = TextMasker(frozenset({"email"}))
    assert m.mask("0300-1234567 a@b.org") == "0300-1234567 [email removed]"


@pytest.mark.parametrize("cut", range(0, 40))
def test_excerpt_window_never_cuts_a_finding_in_half(cut: int) -> None:
    from gawahi.publish.policy import load_policy
    from gawahi.publish.redact import RedactionContext
    from gawahi.publish.view import excerpt

    text = "Relatives of Ali Raza Khan call 0300-1234567 or mail ali@x.org; CNIC 35202-1234567-1 end."
    ctx = RedactionContext(load_policy("public"), names=["Ali Raza Khan"])
    for span in ((cut, cut + 30), (cut, len(text)), (0, cut + 20)):
        out = excerpt(text, span, 30, ctx, 1)
        digits = "".join(ch for ch in out if ch.isdigit())
        assert "1234" not in digits and "567" not in digits and "ali@" not in out, (span, out)
        assert "Raza" not in out and "Khan" not in out, (span, out)
