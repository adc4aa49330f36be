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


def test_an_fir_is_one_incident_placed_by_its_place_of_occurrence(ex):
    text = ("FIRST INFORMATION REPORT (English translation)\nPolice Station: Saddar Gojra, District Toba Tek Singh\n"
            "FIR No.: 311/25\nDate and time of occurrence: 02.06.2025, 15:30 hours\n"
            "Date and time of registration: 03.06.2025, 10:00 hours\n"
            "Place of occurrence: Christian houses, village Korian, about 6 km from the police station\n"
            "Statement of the complainant: I state that a crowd of about 300 men attacked our houses, set them on "
            "fire and beat my brother and two cousins, who were injured.")
    out = claims(ex, text, date(2025, 6, 4))
    assert len(out) == 1
    c = out[0]
    assert c.date.earliest == "2025-06-02" and c.location.name == "Korian"


def test_a_judgment_is_a_legal_action_at_the_court_on_its_day(ex):
    text = ("IN THE COURT OF ANTI-TERRORISM COURT, SUKKUR\nSpecial Case No. 44 of 2015\n"
            "The State versus Abdul Hafeez and others\n\nJUDGMENT\nDate of announcement: 17 November 2021\n\n"
            "1. Brief facts of the prosecution case are that on 30.01.2015 at about 1:45 pm, a suicide bomber blew "
            "himself up inside an imambargah in Lakhi Dar, Shikarpur, as a result of which 61 worshippers lost their "
            "lives.")
    c = main(ex, text, date(2021, 11, 18))
    assert c.event_type.value == "legal_action"
    assert c.date.earliest == "2021-11-17" and c.location.name == "Sukkur"


def test_a_casualty_list_and_a_ticker(ex):
    text = ("LIST OF SHUHADA AND INJURED -- blast at the procession near the imambargah of Mohalla Lashari, "
            "Jacobabad, Friday 23 October 2015. Shuhada: 1. Ali Nawaz 2. Ghulam Mustafa 3. Zulfiqar Ali "
            "4. Sajjad Hussain 5. Qamber Ali. Injured under treatment at Civil Hospital Jacobabad: 11.")
    c = main(ex, text, date(2015, 10, 24))
    assert (c.killed.min, c.injured.min) == (5, 11)
    text = "GEO NEWS | 16:05 | MASTUNG: DEATH TOLL IN SUICIDE BLAST ON PROCESSION RISES TO 52; OVER 50 INJURED SHIFTED TO QUETTA"
    c = main(ex, text, date(2023, 9, 29))
    assert c.killed.min == 52 and c.injured.min == 50


def test_days_of_the_month_and_last_week(ex):
    c = main(ex, "URGENT ACTION -- Syed Hasan, 29, was taken from his home in Malir, Karachi, at about 4 am on the "
                 "14th by men in plain clothes; his whereabouts remain unknown.", date(2017, 3, 20))
    assert c.date.earliest == "2017-03-14" and c.event_type.value == "enforced_disappearance"
    c = main(ex, "The last Sikhs of Orakzai\nOpinion\n\nLast week, on Tuesday, a Sikh trader was abducted from the "
                 "bazaar in Kalaya.", date(2014, 5, 12))
    assert c.date.earliest == "2014-05-06"


def test_an_administrative_restriction_is_an_other_event(ex):
    c = main(ex, "SAMAA | CHINIOT: DISTRICT ADMINISTRATION IMPOSES SECTION 144 FOR 9TH AND 10TH MUHARRAM; ENTRY OF 11 "
                 "ULEMA BANNED -- DC NOTIFICATION", date(2019, 9, 6))
    assert c.event_type.value == "other" and c.location.name == "Chiniot"
