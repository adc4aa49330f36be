from __future__ import annotations

import pytest

from gawahi.extract.counts import find_counts, parse_number

from .conftest import one, span_text


def _counts(text: str) -> dict[str, tuple[int | None, int | None]]:
    out: dict[str, tuple[int | None, int | None]] = {}
    for c in find_counts(text):
        out.setdefault(c.kind, (c.value.min, c.value.max))
    return out


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("A bomb killed 17 people.", "killed", (17, 17)),
        ("Twenty-four worshippers were killed.", "killed", (24, 24)),
        ("one hundred and five people died", "killed", (105, 105)),
        ("up to 100 Shias were killed", "killed", (None, 100)),
        ("at least 30 people were killed", "killed", (30, None)),
        ("over 100 people were killed", "killed", (100, None)),
        ("more than 40 others were reported injured", "injured", (40, None)),
        ("the fire killed nearly 300 labourers", "killed", (None, 300)),
        ("about 70 more were wounded", "injured", (70, 70)),
        ("dozens of people were injured", "injured", (24, None)),
        ("scores of worshippers were wounded", "injured", (40, None)),
        ("the driver and two passengers were killed", "killed", (3, 3)),
        ("Four Frontier Corps soldiers and two civilians were injured", "injured", (6, 6)),
        ("A police constable was gunned down", "killed", (1, 1)),
        ("two engineers were kidnapped from their camp", "abducted", (2, 2)),
        ("three activists went missing last week", "missing", (3, 3)),
        ("Two people, including a policewoman, have been killed", "killed", (2, 2)),
        ("killing seven people and wounding 23", "injured", (23, 23)),
        ("left a soldier dead and another injured", "injured", (1, 1)),
        ("the death toll rose to 55", "killed", (55, 55)),
        ("no one was hurt in the blast", "injured", (0, 0)),
        ("a bomber injured between 10 and 13 people", "injured", (10, 13)),
        ("Four members of the Hazara community were killed", "killed", (4, 4)),
        ("At least four FC and police personnel were killed", "killed", (4, None)),
        ("the blast caused at least 60 deaths", "killed", (60, None)),
        ("14 dead, 70+ hurt.", "injured", (70, None)),
        ("A man accused of blasphemy was beaten to death by a mob", "killed", (1, 1)),
        ("a mob stormed the house, beating the father to death", "killed", (1, 1)),
        ("Militants stabbed two men to death in Kohat.", "killed", (2, 2)),
        ("Gunmen killed a Hindu doctor and his two nephews at their clinic", "killed", (3, 3)),
        ("Five members of one family — a father, his three sons and a nephew — were gunned down",
         "killed", (5, 5)),
        ("a suicide bomber killed Additional Inspector General Ashraf Noor and his guard", "killed", (2, 2)),
        ("Gunmen shot dead Shia scholar Allama Hasan Turabi and his two sons", "killed", (3, 3)),
        ("his brother was killed", "killed", (1, 1)),
    ],
)
def test_count_phrases(text, kind, expected):
    assert _counts(text)[kind] == expected


def test_killed_and_injured_are_separate():
    got = _counts("At least 39 people were killed and almost 70 injured in the attack.")
    assert got == {"killed": (39, None), "injured": (None, 70)}


def test_attackers_are_counted_apart_from_victims():
    got = _counts("Seven soldiers and four attackers were killed in the assault.")
    assert got == {"killed": (7, 7), "attackers_killed": (4, 4)}
    # In a drone strike or an operation the militants killed are the event's dead.
    got = _counts("A drone strike killed five militants.")
    assert got == {"killed": (5, 5)}


def test_clause_boundaries_and_subsets():
    text = "A gunman killed one and two others were wounded."
    got = {c.kind: (c.value.min, text[c.start:c.end]) for c in find_counts(text)}
    assert got == {"killed": (1, "killed one"), "injured": (2, "two others were wounded")}
    text = "The blast killed 22 people, at least five children among them."
    assert [(c.value.min, text[c.start:c.end]) for c in find_counts(text)] == [(22, "killed 22 people")]
    assert find_counts("No one was killed in the blast.")[0].value.max == 0


def test_a_determiner_is_not_a_count_unless_it_is_a_person():
    assert _counts("A bomb was planted. The blast killed nobody we know of.") == {}
    assert _counts("A blast killed a police officer on patrol.")["killed"] == (1, 1)


def test_years_are_not_counts():
    assert _counts("In Chilas, 3 Apr 2012, up to 100 Shias were killed.")["killed"] == (None, 100)


def test_parse_number():
    assert parse_number("forty-one") == 41
    assert parse_number("1,200") == 1200
    assert parse_number("a dozen") == 12
    assert parse_number("two hundred") == 200


def test_claim_counts_have_spans_and_qualifiers(ex):
    text = "A car bomb killed at least 32 people and injured 117 more in Peshawar."
    c = one(ex, text)
    assert (c.killed.min, c.killed.max, c.killed.qualifier) == (32, None, "at_least")
    assert span_text(text, c.killed.span) == "killed at least 32 people"
    assert (c.injured.min, c.injured.max) == (117, 117)
    assert span_text(text, c.injured.span) == "injured 117 more"


def test_counts_about_an_earlier_attack_are_ignored(ex):
    text = ("Gunmen shot dead three labourers in Gwadar, days after a similar attack "
            "killed 10 workers nearby.")
    assert one(ex, text).killed.min == 3


def test_no_mention_of_deaths_is_null_not_zero(ex):
    c = one(ex, "Police arrested two men over the attack on a church in Lahore.")
    assert c.killed.min is None and c.killed.max is None and c.killed.span is None
