"""story.py: which passages of a news report are its main incident (texts written here)."""

from __future__ import annotations

from datetime import date

import pytest

from gawahi.extract.base import Document
from gawahi.extract.english import EnglishRulesExtractor
from gawahi.model.claims import ExtractedClaim


@pytest.fixture(scope="module")
def ex() -> EnglishRulesExtractor:
    return EnglishRulesExtractor()


def claims(ex: EnglishRulesExtractor, text: str, published: date | None) -> list[ExtractedClaim]:
    return ex.extract(Document("t", text, published))


def main(ex: EnglishRulesExtractor, text: str, published: date) -> ExtractedClaim:
    out = claims(ex, text, published)
    assert out, text
    return max(out, key=lambda c: c.confidence)


_REPORT = """Gunmen kill four in attack on Hazara traders in Quetta
By Our Correspondent
Published October 9, 2017

QUETTA: Gunmen on a motorcycle opened fire on a vegetable van on the city's Western Bypass on \
Sunday morning, killing four Hazara traders and wounding one, police said.

The traders were returning from the Hazarganji market when they were ambushed, a police official said. \
The wounded man was taken to the Bolan Medical Complex.

No group claimed the attack immediately. Police said they suspected Lashkar-e-Jhangvi, a Sunni militant \
group that has killed hundreds of Hazaras in the province.

In March, a bombing at a market in Hazara Town killed at least 45 people. In 2013, twin bombings on \
Alamdar Road killed more than 90.

On the same day, a bomb exploded near a police van in Mastung, killing two constables.

The Hazara Democratic Party announced a sit-in outside the press club on Monday.
"""


def test_a_report_is_its_main_incident_with_background_left_out_and_another_incident_apart(ex):
    out = claims(ex, _REPORT, date(2017, 10, 9))
    first = max(out, key=lambda c: c.confidence)
    assert first.date.earliest == "2017-10-08"  # the lead's Sunday, not the Published stamp
    assert first.location.admin2 == "Quetta"
    assert (first.killed.min, first.killed.max) == (4, 4)  # not 'hundreds', not the 45 of March
    assert (first.injured.min, first.injured.max) == (1, 1)
    assert [p.actor for p in first.perpetrators] == ["Lashkar-e-Jhangvi"]  # read paragraphs after the lead
    assert first.perpetrators[0].basis.value == "alleged"
    others = [c for c in out if c is not first]
    # "On the same day ... in Mastung": another incident the report describes, ranked below.
    assert [c.location.name for c in others] == ["Mastung"]
    assert (others[0].killed.min, others[0].killed.max) == (2, 2)


def test_without_a_publication_date_the_recalled_incidents_are_each_claimed(ex):
    places = {c.location.name for c in claims(ex, _REPORT, None)}
    assert {"Hazara Town", "Alamdar Road"} <= places


def test_a_quiet_lead_is_the_report_event_and_the_attack_it_cites_keeps_its_toll(ex):
    text = ("Thousands protest in Skardu after bus killings\nBy RFE/RL\n\nThousands of Shi'ite Muslims rallied "
            "in the town of Skardu on Wednesday to protest the killing of 18 Shi'ite bus passengers in the "
            "neighbouring Kohistan district.\n\nThe protesters marched through the main bazaar and blocked the road "
            "for several hours, demanding the arrest of the killers.")
    c = main(ex, text, date(2012, 3, 1))
    assert c.event_type.value == "protest" and c.location.name == "Skardu"
    assert not c.killed.is_known  # the 18 were killed in the attack the protest is about


def test_a_threat_lead_and_a_court_lead(ex):
    text = ("Shia scholars receive threat letters\nWeb Desk\n\nKARACHI: Six Shia scholars in Karachi have received "
            "letters bearing the letterhead of the Tehreek-e-Taliban Pakistan, threatening them with death unless "
            "they pay, police said on Wednesday.\n\nThe letters warned they would meet the fate of two scholars "
            "killed last year.")
    c = main(ex, text, date(2014, 1, 15))
    assert c.event_type.value == "threat"
    text = ("Pakistan indicts suspects over Peshawar mosque bombing\nThree men accused of facilitating the March "
            "bombing that killed more than 60 worshippers plead not guilty.\n\nAn anti-terrorism court in "
            "Peshawar has indicted three men accused of helping plan the suicide bombing, officials said on Monday.")
    c = main(ex, text, date(2022, 6, 21))
    assert c.event_type.value == "legal_action" and c.location.name == "Peshawar"


def test_a_district_in_the_lead_is_refined_to_the_town_named_after(ex):
    text = ("PARACHINAR: Gunmen attacked a convoy of passenger vehicles in Lower Kurram on Thursday, killing 42 "
            "people, officials said.\n\nThe convoy came under fire from both sides of the road near Mandoori, "
            "shortly after noon.")
    c = main(ex, text, date(2024, 11, 22))
    assert c.location.name == "Mandoori" and c.location.admin2 == "Kurram"


def test_an_abduction_by_a_state_force_is_an_enforced_disappearance(ex):
    text = ("KARACHI: The families of four young men from Abbas Town have alleged that personnel of the Sindh "
            "Rangers took the youths from their homes in a pre-dawn raid on Tuesday and abducted them.")
    c = main(ex, text, date(2016, 12, 8))
    assert c.event_type.value == "enforced_disappearance"
    assert [p.actor for p in c.perpetrators] == ["Rangers"]
