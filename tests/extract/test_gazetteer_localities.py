"""Neighbourhoods, sectors and villages of the packaged gazetteer resolve to their district and
province. All texts here are written for these tests."""

from __future__ import annotations

import pytest

from gawahi.extract.places import disambiguate, find_places


def _place(text: str, name: str):
    found = find_places(text)
    m = next(m for m in found if m.text == name)
    return disambiguate(m, found)


@pytest.mark.parametrize(
    ("text", "name", "gazetteer_name", "kind", "admin2", "admin1"),
    [
        ("Two men were shot dead in Latifabad on Monday.", "Latifabad", "Latifabad", "neighbourhood",
         "Hyderabad", "PK-SD"),
        ("A lawyer was killed in the G9 sector.", "G9", "G-9", "neighbourhood", "Islamabad", "PK-IS"),
        ("A suicide attack hit the courts in F-8 on Monday.", "F-8", "F-8", "neighbourhood", "Islamabad", "PK-IS"),
        ("A cleric was shot dead in Yakatoot on Friday.", "Yakatoot", "Yakatoot", "neighbourhood", "Peshawar",
         "PK-KP"),
        ("Gunmen killed three men near Pashtunabad.", "Pashtunabad", "Pashtunabad", "neighbourhood", "Quetta",
         "PK-BA"),
        ("A scholar was killed in Jutial on Sunday.", "Jutial", "Jutial", "neighbourhood", "Gilgit", "PK-GB"),
        ("A convoy was fired upon near Balishkhel.", "Balishkhel", "Balishkhel", "town", "Kurram", "PK-KP"),
        ("Shops were set on fire in Chanab Nagar.", "Chanab Nagar", "Rabwah", "town", "Chiniot", "PK-PB"),
        ("Shelling was reported in Dudhnial on Tuesday.", "Dudhnial", "Dudhnial", "town", "Neelum District",
         "PK-JK"),
        ("A bomb went off at Karsaz during the rally.", "Karsaz", "Karsaz", "neighbourhood", "Karachi East",
         "PK-SD"),
    ],
)
def test_locality_rows_resolve(text, name, gazetteer_name, kind, admin2, admin1):
    p = _place(text, name)
    assert (p.name, p.kind, p.admin2, p.admin1_code) == (gazetteer_name, kind, admin2, admin1)


def test_a_longer_locality_name_is_not_the_town_it_begins_with():
    # "Kotli" alone is the Azad Kashmir town; the Dera Ismail Khan neighbourhood is another place.
    p = _place("Two Shias were shot dead in Kotli Imam Hussain.", "Kotli Imam Hussain")
    assert (p.admin2, p.admin1_code) == ("Dera Ismail Khan", "PK-KP")


def test_gulbahar_follows_the_city_named_with_it():
    # Karachi's Golimar is also called Gulbahar; Peshawar has a Gulbahar of its own.
    assert _place("A trader was shot dead in Gulbahar, Peshawar.", "Gulbahar").admin2 == "Peshawar"
    assert _place("A trader was shot dead in Gulbahar, Karachi.", "Gulbahar").admin1_code == "PK-SD"


def test_sector_codes_need_their_letter_and_number():
    assert [m.text for m in find_places("The G-20 summit and an F-16 jet were in the news.")] == []
