"""Count and attribution wordings added after the first run on heldout2 (project-written)."""
from __future__ import annotations

from datetime import date

import pytest

from gawahi.extract.actors import find_perpetrators
from gawahi.extract.base import Document
from gawahi.extract.counts import find_counts


def _killed(text: str) -> tuple[int | None, int | None] | None:
    for c in find_counts(text):
        if c.kind == "killed":
            return c.value.min, c.value.max
    return None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 40-year-old rickshaw driver was killed in Orangi Town.", (1, 1)),
        ("Three workers of a fish processing unit, all from southern Punjab, were shot dead.", (3, 3)),
        ("Two hakeems of the Sikh community, Kuldeep Singh and Amar Singh, were shot dead.", (2, 2)),
        ("five persons including the driver became martyrs and seven were injured.", (5, 5)),
        ("In the blast the number of martyrs has reached 89.", (89, 89)),
        ("which killed at least 72 people, many of them children, and wounded over 340.", (72, None)),
        ("Mr. Naseer Ahmad, 58, a member of the Ahmadiyya community, was shot dead.", (1, 1)),
        ("The party condemns the slaughter of eleven Hazara coal miners at Mach.", (11, 11)),
        ("A Shia trader, Mukhtiar Ali Shah, was shot dead outside his shop.", (1, 1)),
        ("Ghulam Ali s/o Muhammad Ali, caste Hazara, died on the spot.", (1, 1)),
        ("son of a Shia scholar injured, his guard killed | police say", (1, 1)),
        ("Shama and her husband Shahzad, both kiln workers, died on the spot.", (2, 2)),
        ("Dr Syed Asad Raza, a Shia ophthalmologist, and his 12-year-old son Murtaza were shot dead.", (2, 2)),
        ("The killing of Dr Ghulam Abbas on 9 February underlines the danger.", (1, 1)),
        ("The TTP killed Lashkar-e-Jhangvi chief Malik Ishaq in a raid.", (1, 1)),
        # Groups, places and plain plurals are not named victims.
        ("the killing of Hazaras in Quetta", None),
        ("the killing of Hazara Town residents", None),
        ("A 12-year-old boy was killed", (1, 1)),
    ],
)
def test_killed_wordings(text, expected):
    assert _killed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Punjab-based faction of the Pakistani Taliban claimed responsibility.",
         [("Tehrik-i-Taliban Pakistan (TTP, Pakistani Taliban)", "claimed")]),
        ("Jundallah, a faction of the Pakistani Taliban, claimed responsibility.", [("Jundallah (Jundullah)", "claimed")]),
        ("Two activists of the banned Ahle Sunnat Wal Jamaat were shot dead.", []),
        ("Members of the Tehrik-i-Taliban Pakistan attacked the base.",
         [("Tehrik-i-Taliban Pakistan (TTP, Pakistani Taliban)", "alleged")]),
        ("Police said they had arrested a suspect affiliated with the ASWJ.", [("Ahle Sunnat Wal Jamaat", "alleged")]),
        ("Police fired tear gas to disperse the crowd.", []),
        ("He was picked up from a bus stop in Khuzdar on 14/06/2012 by men in Frontier Corps uniform.",
         [("Frontier Corps", "alleged")]),
        ("Three Shia youths were picked up by Rangers personnel on Monday.", [("Rangers", "alleged")]),
        ("The militant Islamic State Khorasan Province claimed responsibility.", [("Islamic State", "claimed")]),
    ],
)
def test_attribution_wordings(text, expected):
    assert [(p.actor, p.basis.value) for p in find_perpetrators(text, 0, len(text))] == expected


def _injured(text: str) -> tuple[int | None, int | None] | None:
    for c in find_counts(text):
        if c.kind == "injured":
            return c.value.min, c.value.max
    return None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three more of the injured died. Twenty-one people are still being treated.", (21, 21)),
        ("Two other workers survived with bullet wounds.", (2, 2)),
        ("Two activists were shot dead and a third was wounded.", (1, 1)),
        ("Nobody was killed, though two women suffered burns.", (2, 2)),
        ("Fifty people are still under treatment at the hospital.", (50, 50)),
        ("Two students who were with him were injured.", (2, 2)),
        ("Explosion outside the shrine. 10 dead incl 5 policemen, 24 injured.", (24, 24)),
    ],
)
def test_injured_wordings(text, expected):
    assert _injured(text) == expected


def test_fatally_wounded_is_killed():
    assert _killed("The explosion killed the bomber and fatally wounded the boy; no one else was hurt.") == (1, 1)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Seven bullet-riddled bodies were recovered from a nullah.", "killed", (7, 7)),
        ("The blast claimed 12 lives.", "killed", (12, 12)),
        ("The attack caused at least 30 fatalities.", "killed", (30, None)),
        ("Gunmen opened fire on a van. The deceased were identified as Ali Raza, 25, Hasan Ali "
         "(a constable) and Syed Abbas, residents of Kohat.", "killed", (3, 3)),
        ("The injured were identified as Ali, Bilal and Kamran.", "injured", (3, 3)),
    ],
)
def test_more_toll_wordings(text, kind, expected):
    got = {c.kind: (c.value.min, c.value.max) for c in find_counts(text)}
    assert got.get(kind) == expected


def test_increments_and_restated_tolls():
    from gawahi.extract.counts import combine

    def total(text: str) -> int | None:
        return combine(find_counts(text), "killed").min

    text = ("Terrorists stopped a bus and martyred twenty-six of them. Three more persons were "
            "martyred when they came to collect the bodies.")
    assert total(text) == 29
    # The summed figure's span holds both figures it was summed from.
    span = combine(find_counts(text), "killed").span
    assert span is not None and "twenty-six" in text[span[0]:span[1]] and "Three more" in text[span[0]:span[1]]
    # A later toll that restates the total is not added to again.
    assert total("The toll rose to 40. Two more people died later, taking the toll to 42.") == 42
    assert total("Three more of the injured died, bringing the toll to 11.") == 11
    assert total("An accused fired at Gurmeet Singh at his shop. He was rushed to LRH but succumbed.") == 1


def test_a_claim_paragraphs_later_belongs_to_the_incident_before_it(ex):
    text = ("PESHAWAR: A suicide bomber forced his way into a Shia mosque in Kocha Risaldar during Friday "
            "prayers yesterday, killing at least 63 worshippers and injuring 196 others, officials said. "
            "Witnesses said the attacker first shot dead a policeman guarding the entrance. The policeman is "
            "among the dead. Lady Reading Hospital declared an emergency and appealed for blood donations. "
            "Relatives gathered outside the hospital through the night, and traders shut their shops in "
            "mourning the next morning across the walled city and the surrounding bazaars. "
            "The militant Islamic State Khorasan Province claimed responsibility through its Amaq channel. "
            "In 2013, a grenade thrown into the mosque courtyard injured four people.")
    claims = ex.extract(Document("t", text, date(2022, 3, 5)))
    assert [(p.actor, p.basis.value) for p in claims[0].perpetrators] == [("Islamic State", "claimed")]
    assert all(not c.perpetrators for c in claims[1:])
