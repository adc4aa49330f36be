from __future__ import annotations

import pytest

from gawahi.extract.actors import find_perpetrators
from gawahi.model.vocab import AttributionBasis as B


def _perps(text: str) -> list[tuple[str, B]]:
    return [(p.actor, p.basis) for p in find_perpetrators(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lashkar-e-Jhangvi claimed responsibility for the bombing.", [("Lashkar-e-Jhangvi", B.CLAIMED)]),
        ("The attack was claimed by the Islamic State group.", [("Islamic State", B.CLAIMED)]),
        ("The TTP later claimed the attack.", [("Tehrik-i-Taliban Pakistan (TTP, Pakistani Taliban)", B.CLAIMED)]),
        ("Police suspect Lashkar-e-Jhangvi.", [("Lashkar-e-Jhangvi", B.ALLEGED)]),
        ("Officials blamed the attack on the BLA.", [("Balochistan Liberation Army", B.ALLEGED)]),
        ("Two LeJ militants were charged with the murders.", [("Lashkar-e-Jhangvi", B.CHARGED)]),
        ("An anti-terrorism court convicted four SSP activists.", [("Sipah-e-Sahaba Pakistan", B.CONVICTED)]),
        ("The court acquitted the accused ASWJ leader.", [("Ahle Sunnat Wal Jamaat", B.ACQUITTED)]),
        ("Jamaat-ul-Ahrar, a TTP faction, claimed responsibility.",
         [("Jamaat-ul-Ahrar", B.CLAIMED), ("Tehrik-i-Taliban Pakistan (TTP, Pakistani Taliban)", B.ALLEGED)]),
    ],
)
def test_basis_from_wording(text, expected):
    assert _perps(text) == expected


def test_claimed_responsibility_is_not_police_suspicion():
    assert _perps("No group claimed responsibility, but police suspect the TTP.") == [
        ("Tehrik-i-Taliban Pakistan (TTP, Pakistani Taliban)", B.ALLEGED)]
    assert _perps("No group has claimed responsibility for the blast.") == []


def test_aliases_and_renamings_resolve():
    assert _perps("Sipah-e-Sahaba, now Ahle Sunnat Wal Jamaat, was blamed.") == [
        ("Sipah-e-Sahaba Pakistan", B.ALLEGED), ("Ahle Sunnat Wal Jamaat", B.ALLEGED)]
    assert _perps("A US drone fired two missiles.") == [("Central Intelligence Agency (CIA)", B.ALLEGED)]
    assert _perps("Hizb-ul-Ahrar said it carried out the attack.") == [("Hizbul Ahrar", B.CLAIMED)]


def test_state_forces_only_when_they_act():
    assert _perps("Militants attacked a convoy of the Frontier Corps.") == []
    assert _perps("Two policemen were killed at a checkpoint.") == []
    assert _perps("The student was shot dead by police during the protest.") == [("Police", B.ALLEGED)]


def test_anti_taliban_is_not_the_taliban():
    assert _perps("A bomb targeted an anti-Taliban militia leader.") == []


def test_spans_point_at_the_name():
    text = "Officials said Lashkar-e-Jhangvi was behind it."
    p = find_perpetrators(text, 0, len(text))[0]
    assert p.span and text[p.span[0]:p.span[1]] == "Lashkar-e-Jhangvi"
