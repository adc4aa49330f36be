"""South-Asian name handling: variants, honorifics, father's-name patterns, Urdu script."""

from __future__ import annotations

import pytest

from gawahi.people.names import (
    latin_skeleton,
    name_key,
    normalised_name,
    parse_name,
    same_name,
    skeleton_key,
    split_relation,
    urdu_skeleton,
)


@pytest.mark.parametrize(
    "group",
    [
        ["Hussain", "Husain", "Hosain", "Hussein", "Husayn", "حسین"],
        ["Syed Ali", "Sayed Ali", "Sayyid Ali", "Seyyed Ali", "Ali", "سید علی"],
        ["Mohammad Abbas", "Muhammad Abbas", "Mohd Abbas", "Muhammed Abbas", "Mohammed Abbas",
         "M. Abbas", "محمد عباس"],
        ["Ali Raza", "Aly Raza", "Ali Rida", "Ali Reza", "علی رضا"],
        ["Raza Rizvi", "Raza Rizwi", "رضا رضوی"],
        ["Abbas Naqvi", "Abbas Naqavi", "عباس نقوی"],
        ["Fatima Bibi", "Fatimah", "Mst. Fatima", "فاطمہ بی بی"],
    ],
)
def test_variants_share_a_key(group: list[str]) -> None:
    keys = {name_key(n) for n in group}
    assert len(keys) == 1, {n: name_key(n) for n in group}


def test_different_names_stay_apart() -> None:
    assert name_key("Hasan") != name_key("Hussain")
    assert name_key("Raza") != name_key("Rizvi")
    assert name_key("Ali Raza") != name_key("Raza Ali")
    assert not same_name("Ali Raza", "Ali Abbas")


def test_urdu_and_latin_share_a_key() -> None:
    assert name_key("سید علی رضا") == name_key("Syed Ali Raza") == "ali raza"
    # Names the dictionary does not know meet through the consonant skeleton.
    assert urdu_skeleton("قمر") == latin_skeleton("qamar") == "kmr"
    assert name_key("قمر عباس") == name_key("Qamar Abbas")
    assert name_key("وحید") == name_key("Waheed") == name_key("Wahid")
    # An unknown spelling still meets a known name through the coarser skeleton key.
    assert skeleton_key(name_key("Hossein")) == skeleton_key(name_key("Hussain"))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Haji Ghulam Abbas", "ghulam abbas"),
        ("Maulana Zahid Hussain", "zahid hussain"),
        ("Dr. Syed Ali Raza", "ali raza"),
        ("Agha Ali", "ali"),
        ("Mir Hasan", "hasan"),
        ("Mr. Ali Abbas", "ali abbas"),
        ("Shaheed Ali Hazara", "ali hazara"),
        ("Syed", "") ,
        ("Zia-ul-Haq", name_key("Zia ul Haq")),
        ("Abdul Rehman", name_key("Abdurrehman")),
    ],
)
def test_honorifics_and_compounds(text: str, key: str) -> None:
    assert name_key(text) == key


def test_title_only_name_is_kept_when_nothing_else() -> None:
    assert name_key("Maulana") != ""


@pytest.mark.parametrize(
    ("text", "own", "father", "rel"),
    [
        ("Ali Raza s/o Hasan Abbas", "Ali Raza", "Hasan Abbas", "son_of"),
        ("Ali Raza S/O Syed Hasan", "Ali Raza", "Syed Hasan", "son_of"),
        ("Ali Raza S.O. Hasan", "Ali Raza", "Hasan", "son_of"),
        ("Ali Raza son of Hasan", "Ali Raza", "Hasan", "son_of"),
        ("Ali bin Hussain", "Ali", "Hussain", "son_of"),
        ("Qasim walad Jafar", "Qasim", "Jafar", "son_of"),
        ("Zainab d/o Qasim", "Zainab", "Qasim", "daughter_of"),
        ("Sakina w/o Ghulam Hussain", "Sakina", "Ghulam Hussain", "wife_of"),
        ("Ali s/o Hasan r/o Parachinar", "Ali", "Hasan", "son_of"),
        ("علی رضا ولد حسن عباس", "علی رضا", "حسن عباس", "son_of"),
        ("Sobia Binte Ali", "Sobia", "Ali", "daughter_of"),
        ("Ali Raza", "Ali Raza", None, None),
        ("Sabir Hussain", "Sabir Hussain", None, None),  # "bin" inside a word is not a marker
    ],
)
def test_father_patterns(text: str, own: str, father: str | None, rel: str | None) -> None:
    assert split_relation(text) == (own, father, rel)


def test_parse_name_keys_father_and_honorifics() -> None:
    p = parse_name("Haji Syed Ali Raza s/o Syed Hasan Abbas")
    assert p.key == "ali raza"
    assert p.father_key == "hasan abbas"
    assert "haji" in p.honorifics and "syed" in p.honorifics
    # An explicit father column wins.
    assert parse_name("Ali Raza", "Mohd Hussain").father_key == "hussain"
    # "Muhammad" is often dropped or abbreviated: it stays out of the key unless alone.
    assert name_key("Muhammad Ali") == name_key("M. Ali") == name_key("Ali") == "ali"
    assert name_key("Muhammad") == name_key("محمد") == "muhammad"
    assert normalised_name("Sayyid Aly Rida") == "ali raza"


def test_key_speed() -> None:
    import time

    names = [f"Syed Ali Raza {i} s/o Hasan" for i in range(20000)]
    t = time.perf_counter()
    for n in names:
        parse_name(n)
    assert time.perf_counter() - t < 5
