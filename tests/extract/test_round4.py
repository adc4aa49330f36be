"""Round four of extractor rules: each test names the wording it handles (texts written here)."""

from __future__ import annotations

from datetime import date

import pytest

from gawahi.extract.base import Document
from gawahi.extract.counts import combine, find_counts
from gawahi.extract.english import EnglishRulesExtractor
from gawahi.extract.segment import dateline


@pytest.fixture(scope="module")
def ex() -> EnglishRulesExtractor:
    return EnglishRulesExtractor()


def one(ex: EnglishRulesExtractor, text: str, published: date = date(2020, 5, 14)):
    claims = ex.extract(Document("t", text, published))
    assert len(claims) == 1, text
    return claims[0]


def counts(text: str) -> tuple[tuple[int | None, int | None], tuple[int | None, int | None]]:
    cs = find_counts(text)
    k, i = combine(cs, "killed"), combine(cs, "injured")
    return (k.min, k.max), (i.min, i.max)


# -- places ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, admin2", [
    # "Protestant church in X" is not a protest: the neighbourhood is the scene.
    ("LAHORE: Two bombers struck a Catholic church and a Protestant church in Youhanabad on Sunday, killing 9.",
     "Youhanabad", "Lahore"),
    # "village X" (prefix, Urdu-press and Indian usage).
    ("Gunmen shot dead a tailor at his shop in village Dhok Mirza on the outskirts of Sheikhupura on Friday.",
     "Dhok Mirza", "Sheikhupura"),
    # "the village of X" where the name has a personal name inside it.
    ("Forty Hindu families left the village of Pir Muhammad Lund in Kandhkot tehsil after threats.",
     "Pir Muhammad Lund", "Kashmore"),
    # a distance from a known town.
    ("Gunmen stopped two buses at Thalpan Chowki, about 15 km north of Chilas, and shot dead 6 men.",
     "Thalpan Chowki", "Diamer"),
    # FIR form field.
    ("FIR No. 12/2020 u/s 302 PPC\nPlace of occurrence: Circular Road, Ahmad Nagar, Quetta\n"
     "Complainant stated that unknown persons shot dead his brother.", "Ahmad Nagar", "Quetta"),
    # "r/o X Colony, Town" (resident of) as the scene of a home attack.
    ("Complainant Ram Lal r/o Meghwar Colony, Ghotki stated that armed men abducted his son from the house.",
     "Meghwar Colony", "Ghotki"),
    # a plain "in X" before a clause boundary, inside a known place of the text.
    ("GILGIT: Unknown men shot dead a prayer leader in Barmas on Monday night.", "Barmas", "Gilgit"),
    # "near X in upper Y": the part of a district before the container.
    ("CHITRAL: Armed men abducted two engineers near Sorlaspur in upper Chitral on Tuesday.", "Sorlaspur",
     "Upper Chitral"),
])
def test_localities_named_by_their_wording(ex, text, name, admin2):
    c = one(ex, text)
    assert c.location.name == name, text
    if admin2 != "Upper Chitral":
        assert c.location.admin2 == admin2, text


def test_a_chowk_no_table_lists_before_a_known_town_is_coded_as_the_town(ex):
    c = one(ex, "Two gunmen shot dead a trader near Fawara Chowk, Chenab Nagar, on Friday evening.")
    assert c.location.name == "Chenab Nagar"


def test_hospitals_and_refuges_are_not_the_scene(ex):
    c = one(ex, "JACOBABAD: The toll from the bombing of a procession in Lashari Mohalla rose to 24 on Saturday, "
                "with three more deaths in hospitals in Larkana and Sukkur.")
    assert c.location.name == "Lashari Mohalla"
    c = one(ex, "The minister said 900 families had been displaced from Ochat, Lower Kurram, and were living with "
                "relatives in Hangu, Kohat and Peshawar.")
    assert c.location.admin2 == "Kurram"


def test_a_headline_and_byline_before_the_dateline(ex):
    text = ("CTD arrests two suspects in Hazara killings\nBy Our Correspondent\n\nQUETTA: The Counter "
            "Terrorism Department arrested two suspects in Kuchlak on Saturday.")
    d = dateline(text)
    assert d is not None and text[:d.city_end].endswith("QUETTA")
    assert dateline("A man was killed.\nQUETTA: police said") is None


# -- dates -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, published, day", [
    ("FIR: in the night of 17/18-01-2022 at 0100 hrs the accused abducted his daughter.", date(2022, 1, 19),
     "2022-01-17"),
    ("The complainant stated that on 4th instant unknown persons left a threatening letter at his gate.",
     date(2020, 3, 9), "2020-03-04"),
    ("PRESS RELEASE — DISTRICT POLICE\n\nOn 19.08.2021 stones were pelted on a procession and six were injured.",
     date(2021, 8, 21), "2021-08-19"),
    ("Tension gripped the city on Tuesday after gunmen shot dead a prayer leader on Monday night.",
     date(2012, 9, 25), "2012-09-24"),
    ("The mission that visited the town between 21 and 23 August found that on 16 August 2023 crowds "
     "attacked Christian homes.", date(2023, 9, 20), "2023-08-16"),
    ("1,260 families have been displaced from their villages since 22-11-2024, the minister said.",
     date(2025, 2, 12), "2024-11-22"),
    ("Quarterly report. The deadliest incident was a bomb blast on 19 April in the main bazaar, killing nine.",
     date(2019, 7, 10), "2019-04-19"),
])
def test_dates_in_police_ngo_and_parliament_wording(ex, text, published, day):
    c = one(ex, text, published)
    assert c.date.earliest == day, text


def test_a_yearless_day_far_before_publication_is_not_the_event(ex):
    c = one(ex, "An explosion hit the hotel lobby. A guest was to arrive at the hotel on November 30.",
            date(2004, 10, 28))
    assert c.date.earliest == "2004-10-28"


# -- counts ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, killed, injured", [
    ("Two brothers were gunned down and their father wounded in the shop on Sunday.", (2, 2), (1, 1)),
    ("Gunmen fired on his car; his driver Mr. Aslam Khan sustained bullet injuries.", (None, None), (1, 1)),
    ("No loss of life occurred; chowkidar Yousaf Masih received minor splinter injuries.", (None, None), (1, 1)),
    ("The council condemns the killing of four Shia youths and the wounding of three others in Kohat.",
     (4, 4), (3, 3)),
    ("Mr Rashid, an Ahmadi aged 58, was stabbed to death near his home.", (1, 1), (None, None)),
    ("Another Ahmadi martyred. Mr Tahir Mehmood, 45, father of four, shot dead this morning outside his home.",
     (1, 1), (None, None)),
    ("In the attack on the imambargah, 19 persons embraced shahadat and 40 were injured.", (19, 19), (40, 40)),
    ("A Christian couple was beaten and burnt to death by a mob at the kiln.", (2, 2), (None, None)),
    ("The toll from the attack rose to 24 on Saturday, with three more deaths in hospital.", (24, 24), (None, None)),
    ("The group recorded 14 fatalities in the second quarter. The deadliest attack claimed nine lives.",
     (9, 9), (None, None)),
    ("The crowd beat him severely; he died of his injuries in hospital nine days later.", (1, 1), (None, None)),
    ("Unknown miscreants martyred renowned scholar Allama Hasan Turabi near his home.", (1, 1), (None, None)),
])
def test_counts_in_community_police_and_urdu_press_wording(text, killed, injured):
    assert counts(text) == (killed, injured)


# -- event types -------------------------------------------------------------------------

@pytest.mark.parametrize("text, event", [
    ("Her husband was taken from their home by men in plainclothes on Monday and the family has heard "
     "nothing since.", "enforced_disappearance"),
    ("A mob ransacked and set fire to 12 houses in Basti Masihabad on Saturday. Most families have fled to "
     "relatives.", "mob_violence"),
    ("The minarets of an Ahmadi place of worship were broken by unknown persons last night.", "property_attack"),
    ("Crowds numbering in the thousands attacked Christian localities in Jaranwala on 16 August and burnt "
     "churches.", "mob_violence"),
    ("Hundreds of men broke the gate of the temple and smashed the idols on Wednesday.", "mob_violence"),
    ("FIR No. 26/2022 registered at PS Daharki. The complainant stated that armed men abducted his daughter.",
     "abduction"),
    ("On 19.08.2021 stones were pelted on the procession and six persons received injuries. Case registered, "
     "12 arrested.", "mob_violence"),
    ("QUETTA: Our sit-in with the bodies of our martyrs, which began yesterday, will continue until the army "
     "is called in.", "protest"),
    ("PESHAWAR: The high court on Wednesday directed the ministry to produce three youths from Parachinar, "
     "missing since 2016.", "legal_action"),
    ("SUKKUR: The Sindh High Court's bench on Thursday allowed a Hindu girl from Ghotki to go with her parents.",
     "legal_action"),
    ("An anti-terrorism court here on 27-04-2016 handed down death sentences to three men for the 2012 "
     "massacre.", "legal_action"),
    ("Four armed men stopped the jeep and took away the two engineers at gunpoint.", "abduction"),
    ("Last Thursday the body of an Ahmadi woman was dug out of the graveyard in village Kariwala, three days "
     "after her burial. No one was arrested.", "other"),
    ("The church was burnt by protesters on Friday and the pastor's house was looted.", "property_attack"),
])
def test_event_types_from_wording(ex, text, event):
    assert one(ex, text).event_type.value == event, text


# -- one report, one incident --------------------------------------------------------------

_ARTICLE = """Seven killed as gunmen attack passenger van in Kurram

By Our Correspondent

PARACHINAR: At least seven people, including two women, were killed and 11 others injured when \
unidentified gunmen opened fire on a passenger van near Ochat in Lower Kurram on Thursday, officials said.

The van was travelling from Parachinar to Peshawar when it came under fire from the hills, according to \
Assistant Commissioner Ali Khan. The injured were taken to the District Headquarters Hospital in Sadda, \
where doctors said the condition of three was critical.

Later in the evening, the death toll rose to nine after two of the injured succumbed to their wounds, a \
hospital official told Dawn.

No group has claimed responsibility for the attack so far.

Prime Minister Shehbaz Sharif strongly condemned the attack and directed the authorities to arrest those \
responsible.

The area has witnessed several sectarian clashes in recent years. In October last year, at least 42 people \
were killed when a convoy was ambushed in Bagan, while in July 2023 clashes over a land dispute in \
Boshehra left 49 people dead.

Residents staged a sit-in in Parachinar on Friday, demanding security on the main road.
"""


def test_a_news_report_with_a_headline_a_revised_toll_and_background_is_one_incident(ex):
    c = one(ex, _ARTICLE, date(2024, 5, 10))
    assert c.date.earliest == "2024-05-09"
    assert c.location.name == "Ochat" and c.location.admin2 == "Kurram"
    assert (c.killed.min, c.killed.max) == (9, 9)  # the revised toll, not the headline's seven
    assert (c.injured.min, c.injured.max) == (11, 11)
    assert c.event_type.value == "armed_attack"


def test_without_a_publication_date_recalled_incidents_keep_their_claims(ex):
    claims = ex.extract(Document("t", _ARTICLE, None))
    assert len(claims) >= 2  # an overview's incidents are each reported


def test_a_round_up_gives_one_claim_per_item_dated_by_its_heading(ex):
    text = ("OVERNIGHT — Balochistan\nPanjgur: Unknown gunmen shoot dead 3 labourers from Punjab at a construction "
            "site; BLF claims.\nWashuk: Levies post attacked, no casualties.\nKharan: Two suspects arrested with "
            "explosives.")
    claims = ex.extract(Document("t", text, date(2023, 8, 15)))
    assert [c.location.name for c in claims] == ["Panjgur", "Washuk", "Kharan"]
    first = claims[0]
    assert (first.killed.min, first.killed.max) == (3, 3) and first.event_type.value == "armed_attack"
    assert first.date.earliest == "2023-08-14"  # "overnight" in a morning round-up
    assert [p.actor for p in first.perpetrators] == ["Baloch Liberation Front"]
    assert claims[2].event_type.value == "legal_action"


def test_police_ranks_and_the_state_answering_an_attack_are_not_perpetrators(ex):
    c = one(ex, "PRESS RELEASE — DISTRICT POLICE HAVELI\n\nOn 19.08.2021 stones were pelted on the procession near "
                "Forward Kahuta and six persons were injured. SSP Haveli appealed to the public to keep the peace.",
            date(2021, 8, 21))
    assert c.perpetrators == []
    c = one(ex, "QUETTA: Terrorists attacked an imambargah in Hazara Town on Saturday evening. The guard and the "
                "law enforcers killed two terrorists, and four worshippers were martyred.", date(2013, 6, 30))
    assert c.perpetrators == []
