"""Round five of extractor rules: each test names the wording it handles (texts written here)."""

from __future__ import annotations

from datetime import date

import pytest

from gawahi.extract.base import Document
from gawahi.extract.english import EnglishRulesExtractor
from gawahi.model.vocab import AttributionBasis, EventType


@pytest.fixture(scope="module")
def ex() -> EnglishRulesExtractor:
    return EnglishRulesExtractor()


def one(ex: EnglishRulesExtractor, text: str, published: date = date(2021, 3, 10)):
    claims = ex.extract(Document("t", text, published))
    assert len(claims) == 1, text
    return claims[0]


# -- a protest's organiser is its actor -------------------------------------------------------

@pytest.mark.parametrize("text, actor", [
    # "workers of X staged a sit-in"
    ("MULTAN: Scores of workers of the Shia Ulema Council staged a sit-in outside the commissioner's office on "
     "Tuesday against the shooting of a prayer leader.", "Shia Ulema Council (SUC)"),
    # "X supporters held a rally" (acronym)
    ("Hundreds of MWM supporters held a rally in Skardu on Tuesday over the arrest of a scholar.",
     "Majlis Wahdat-e-Muslimeen (MWM)"),
    # "on the call of X"
    ("Traders shut their shops and a crowd gathered at the main chowk of Hyderabad on Tuesday on the call of the "
     "Pakistan Hindu Council to protest the kidnapping of a girl.", "Pakistan Hindu Council"),
    # "the protest by X"
    ("KARACHI: The protest by the Tehreek-e-Labbaik Pakistan at Numaish entered its second day on Tuesday, "
     "with the marchers refusing to leave.", "Tehreek-e-Labbaik Pakistan"),
])
def test_protest_organiser_is_the_actor(ex, text, actor):
    # Kept as the protest's organiser, never as a perpetrator beside those accused of violence.
    c = one(ex, text)
    assert c.event_type == EventType.PROTEST
    assert [o.actor for o in c.organisers] == [actor]
    assert c.organisers[0].span is not None
    assert text[slice(*c.organisers[0].span)].lower() in actor.lower()
    assert c.perpetrators == []


def test_protest_is_not_attributed_to_the_group_it_protests(ex):
    # The group blamed for the killing is not the protest's actor; no organiser is named.
    c = one(ex, "QUETTA: Hundreds of people staged a sit-in on the Western Bypass on Tuesday against the killing of "
                "five coal miners, which the Lashkar-e-Jhangvi claimed.")
    assert c.event_type == EventType.PROTEST
    assert c.perpetrators == [] and c.organisers == []


def test_party_named_beside_an_attack_is_not_accused(ex):
    # "leaders of the MWM condemned": an organisation mentioned, not a perpetrator.
    c = one(ex, "PESHAWAR: Gunmen shot dead a Shia shopkeeper in Qissa Khwani on Tuesday. Leaders of the Majlis "
                "Wahdat-e-Muslimeen condemned the killing and met the police chief.")
    assert c.perpetrators == []


# -- a protest that goes on: typed, dated and placed as the protest ---------------------------

def test_continuing_sit_in_with_coffins_is_a_protest_dated_by_its_first_day(ex):
    text = ("Families keep vigil on highway\n\nOur Correspondent\n\n"
            "QUETTA - Members of the Hazara community continued their sit-in on the bypass for a third day "
            "on Wednesday, refusing to bury seven labourers shot dead in Dukki until the killers are arrested.\n\n"
            "The sit-in began on Monday morning when the coffins were brought to the city. Elders addressed the "
            "protesters and the government sent a delegation for talks.")
    c = ex.extract(Document("t", text, date(2021, 3, 10)))[0]
    assert c.event_type == EventType.PROTEST
    assert c.date.earliest == "2021-03-08"  # "The sit-in began on Monday"
    assert c.location.name == "Quetta"  # the dateline, not "shot dead in Dukki"
    assert not c.killed.is_known  # the toll recalled is the killing's


def test_families_sitting_with_coffins_since_a_day(ex):
    # "have been sitting ... with the coffins ... since Monday": the vigil is named before the killing.
    c = one(ex, "Since Monday our families have been sitting on the main road of Parachinar with the coffins of our "
                "four brothers, who were killed in a roadside ambush. Nobody from the government has come.")
    assert c.event_type == EventType.PROTEST
    assert c.date.earliest == "2021-03-08"


def test_killing_named_before_the_sit_in_stays_the_killing(ex):
    # The lead names the killing first ("families of the six men killed ... continued a sit-in"): the
    # report is of the killing, as before.
    c = one(ex, "KOHAT: Families of the six men killed by gunmen in Ustarzai on Monday continued a sit-in on "
                "Tuesday, demanding the arrest of the attackers.")
    assert c.event_type == EventType.ARMED_ATTACK


# -- a state force named by what its men wore or said -----------------------------------------

@pytest.mark.parametrize("text, actor", [
    # "X personnel allegedly picked up": "personnel" after a force is the doer when an act follows
    ("On 2 March 2021, Levies personnel allegedly picked up a teacher from his home in Panjgur; his family "
     "says his whereabouts are unknown.", None),
    ("On 2 March 2021, Frontier Corps personnel allegedly picked up a teacher from his home in Panjgur; his family "
     "says his whereabouts are unknown.", "Frontier Corps"),
    # "men in CTD uniform"
    ("My cousin was taken away by four men in CTD uniform from our shop in Bannu at dawn on Monday.",
     "Counter Terrorism Department"),
    # "the men said they were from the ISI"
    ("He was bundled into a car outside his office in Rawalpindi on Monday. His colleague said the men "
     "said they were from the ISI.", "Inter-Services Intelligence"),
])
def test_state_force_named_by_uniform_or_by_the_takers(ex, text, actor):
    c = one(ex, text)
    names = [p.actor for p in c.perpetrators]
    assert (actor in names) if actor else not names
    assert c.event_type == EventType.ENFORCED_DISAPPEARANCE or not actor


@pytest.mark.parametrize("text", [
    "A police constable in police uniform was abducted from a bus stop in Kohat on Monday.",
    # the takers' own generic word ("the agencies") names no force
    "Men in plain clothes took him away from his house in Malir on Monday. They said they were from the agencies.",
])
def test_uniformed_victim_or_generic_self_description_names_no_force(ex, text):
    c = one(ex, text)
    assert not [p for p in c.perpetrators if p.actor != "Security forces (unspecified)"]
    assert not [p for p in c.perpetrators if "Intelligence" in p.actor]


# -- a protest's demands are not legal acts; its day is not the killing's ----------------------

def test_demanding_an_arrest_is_a_protest_not_a_legal_action(ex):
    # "demand the arrest of the killers of ... shot ... yesterday": the arrest is asked for, and
    # "yesterday" dates the killing, not the sit-in (a same-day post).
    text = ("#Hangu: Tehreek-e-Jafaria Pakistan sit-in on the main road enters 4th hour. Protesters demand the "
            "arrest of the killers of the shopkeeper shot in Doaba yesterday.")
    c = one(ex, text, date(2021, 3, 10))
    assert c.event_type == EventType.PROTEST
    assert c.date.earliest == "2021-03-10"
    assert [o.actor for o in c.organisers] == ["Tehreek-e-Jafaria Pakistan (TJP)"]
    assert c.perpetrators == []


def test_crowd_on_the_call_of_a_party_is_a_protest(ex):
    # "Thousands ... on the call of X, demanding ...": no protest word, still a protest by X.
    c = one(ex, "Thousands at the main square of Gilgit today on the call of the Shia Ulema Council, demanding "
                "the removal of the deputy commissioner. Roads closed.", date(2021, 3, 10))
    assert c.event_type == EventType.PROTEST
    assert [o.actor for o in c.organisers] == ["Shia Ulema Council (SUC)"]
    assert c.perpetrators == []


def test_arrest_made_is_still_a_legal_action(ex):
    c = one(ex, "LAHORE: Police arrested two men on Tuesday for desecrating pages of a holy book in Shahdara.",
            date(2021, 3, 10))
    assert c.event_type == EventType.LEGAL_ACTION


# -- datelines -------------------------------------------------------------------------------

def test_title_case_dateline_before_a_dash_and_after_a_standfirst():
    from gawahi.extract.segment import dateline
    # "Islamabad - Gunmen ...": a known city in title case before a dash
    t1 = "Militants Seize Bus Passengers\n\nIslamabad - Gunmen in the northwest seized nine passengers on Monday."
    d1 = dateline(t1)
    assert d1 is not None and t1[:d1.city_end].endswith("Islamabad")
    # a headline's standfirst (a full sentence) followed by the byline, then the dateline
    t2 = ("Gunmen kill eight on highway\n\nThe attack is the worst in the valley this year.\n\n"
          "By A Correspondent | Published On 3 May 2022\n\nPeshawar, Pakistan - Gunmen killed eight people.")
    d2 = dateline(t2)
    assert d2 is not None and t2[:d2.city_end].endswith("Peshawar")
    # a title-case word before a dash that is no place is not a dateline
    assert dateline("Update - Gunmen killed eight people in Bannu on Monday.") is None


def test_dateline_city_gives_way_to_the_district_in_the_body(ex):
    text = ("Gunmen Seize Bus Passengers in Northwest\n\nIslamabad - Gunmen in northwestern Pakistan seized nine "
            "passengers from a bus in the Kurram district on Monday, officials said. The bus was stopped near "
            "Sadda, a police officer said.")
    c = one(ex, text)
    assert c.location.admin1_code == "PK-KP"


# -- a court's act is placed at the court -----------------------------------------------------

@pytest.mark.parametrize("text, place", [
    # the city in the court's name, although the institution's name is no scene elsewhere
    ("The Peshawar High Court on Monday ordered the release of four men "
     "detained after the attack on a mosque in Kohat.", "Peshawar"),
    # "a court here": the dateline
    ("BAHAWALPUR: A sessions court here on Monday sentenced a man to ten years in prison for a blasphemy "
     "complaint arising from a quarrel in Hasilpur.", "Bahawalpur"),
    # a court named without a city: the dateline, not the place of the attack the case is about
    ("QUETTA: An anti-terrorism court on Monday convicted two men of the bombing of a bus near Mastung.",
     "Quetta"),
    # "the X Bench" of a high court sits in X
    ("The Multan Bench of the Lahore High Court on Monday granted bail to a teacher booked in Khanewal.",
     "Multan"),
])
def test_court_act_is_placed_at_the_court(ex, text, place):
    c = one(ex, text)
    assert c.event_type == EventType.LEGAL_ACTION
    assert c.location.name == place


def test_protest_here_against_killings_elsewhere_is_at_the_dateline(ex):
    # "a demonstration outside the press club here against the killings in Kurram": the protest's
    # place is the dateline city, not the place of the killings it is against.
    c = one(ex, "MIRPUR (PPI): Workers of the Majlis Wahdat-e-Muslimeen held a demonstration outside the press "
                "club here on Monday against the killings in Kurram. The protesters dispersed peacefully.")
    assert c.event_type == EventType.PROTEST
    assert c.location.name == "Mirpur"
    assert c.location.admin1_code == "PK-JK"


# -- one report, one incident: a toll elsewhere without a day of its own is background ----------

def test_undated_earlier_toll_elsewhere_is_background_not_a_second_claim(ex):
    text = ("Mob lynches man in Chiniot\n\nStaff Reporter\n\n"
            "CHINIOT: A mob beat a man to death in Chiniot on Monday after accusing him of desecration, police "
            "said. Four policemen who tried to rescue him were injured.\n\n"
            "The district police officer said 14 suspects had been arrested and a case registered against "
            "hundreds of unidentified people. Shops remained closed in the town on Tuesday.\n\n"
            "It is the second such killing this year. In May, a elderly man was beaten to death by a crowd in "
            "Sargodha, and two days before that a cleric was shot dead in Jhang.")
    claims = ex.extract(Document("t", text, date(2021, 3, 10)))
    assert len(claims) == 1
    assert claims[0].location.name == "Chiniot"


# ("On the same day, a bomb exploded ... in Mastung" is still a second claim: tests/extract/test_story.py)


# -- an administrative restriction named first is the event ------------------------------------

@pytest.mark.parametrize("text", [
    # the protests it bans
    "SKARDU: The district administration on Monday imposed Section 144 in Skardu for a week, banning rallies, "
    "sit-ins and processions after rival groups announced protests over a sermon.",
    # the banned acts of a notification ("aerial firing") and a threat alert are no attack or threat
    "The Deputy Commissioner Kohat, in view of threat alerts, has imposed Section 144 in the district from today: "
    "pillion riding, display of weapons and aerial firing are prohibited.",
    # a sealed place of worship, with a protest announced after
    "ISLAMABAD: The administration on Monday sealed an under-construction imambargah in Bhara Kahu. Shia "
    "organisations said they would hold a protest.",
])
def test_administrative_restriction_is_other(ex, text):
    c = one(ex, text)
    assert c.event_type == EventType.OTHER
    assert c.perpetrators == []


def test_parties_named_beside_a_restriction_are_not_accused(ex):
    text = ("Section 144 imposed in Gilgit\n\nStaff Reporter\n\nGILGIT: The government on Monday imposed Section 144 "
            "in Gilgit and suspended mobile internet for three days amid sectarian tension. Traders closed "
            "their shops.\n\nThe home secretary said 12 clerics had been barred from entering the district.\n\n"
            "Leaders of the Ahle Sunnat Wal Jamaat and the Majlis Wahdat-e-Muslimeen urged their supporters to "
            "remain calm and said they would cooperate with the administration in the coming days, which would "
            "be decisive for peace in the region, and asked the government to restore internet services soon. "
            "The chief minister appealed for unity and said rumours on social media should be ignored.")
    c = ex.extract(Document("t", text, date(2021, 3, 10)))[0]
    assert c.event_type == EventType.OTHER
    assert c.perpetrators == []


# -- threats: letters and banners in a group's name ---------------------------------------------

@pytest.mark.parametrize("text, actor", [
    # "letters signed 'X' ... or face consequences"
    ("On Sunday night letters signed \"Lashkar-e-Jhangvi, Kohat chapter\" were thrown into the homes of five "
     "Shia families in Kohat, telling them to leave within a week or face consequences.", "Lashkar-e-Jhangvi"),
    # banners declaring people "wajib-ul-qatl" (the killing is threatened, not done)
    ("Banners declaring two Ahmadi traders wajib-ul-qatl appeared in the bazaar of Kotli on Sunday; they were "
     "signed \"Tahaffuz-e-Khatm-e-Nabuwwat Youth Wing\".", "Tahaffuz-e-Khatm-e-Nabuwwat"),
    # a letter on a group's letterhead threatening to burn a shop
    ("Today at 8 am I found a letter under the shutter of my shop in Rabwah. It is on the letterhead of the "
     "Majlis Tahaffuz-e-Khatm-e-Nabuwwat and says my shop will be burnt if I keep selling our books.",
     "Tahaffuz-e-Khatm-e-Nabuwwat"),
])
def test_letters_in_a_groups_name_are_its_claimed_threat(ex, text, actor):
    c = one(ex, text)
    assert c.event_type == EventType.THREAT
    found = [p for p in c.perpetrators if p.actor == actor]
    assert found and found[0].basis == AttributionBasis.CLAIMED


# -- "taken from X": the scene, not an origin ------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Gunmen abducted two Shia traders from the Sheikhan area in Upper Orakzai on Monday.", "Sheikhan"),
    ("HRCP is concerned about the disappearance of a student activist from Mirali, North Waziristan, on Monday.",
     "Mirali"),
    ("LAHORE: Police on Monday arrested a Christian youth from Youhanabad on charges of blasphemy.", "Youhanabad"),
])
def test_taken_from_a_place_is_the_scene(ex, text, place):
    assert one(ex, text).location.name == place


def test_travelling_from_a_place_is_still_an_origin(ex):
    c = one(ex, "Gunmen abducted six passengers of a van travelling from Parachinar to Peshawar near Bagan on Monday.")
    assert c.location.name == "Bagan"


# -- displacement is coded at the place left ----------------------------------------------------

def test_displacement_is_at_the_place_left_not_where_families_went(ex):
    text = ("Families flee Kalaya after threats\n\nOur Correspondent\n\n"
            "PESHAWAR: Around 40 Sikh families have left Kalaya, a town in Orakzai, since Monday, and moved to "
            "Peshawar, where most are staying with relatives in Dabgari.\n\n"
            "Community elders said the families had received threats. The administration promised security.")
    c = ex.extract(Document("t", text, date(2021, 3, 10)))[0]
    assert c.event_type == EventType.DISPLACEMENT
    assert c.location.name == "Kalaya"


@pytest.mark.parametrize("text, place", [
    # "left X, a Christian neighbourhood near Y": a locality no table lists, in the known place
    ("At least 20 Christian families have left Masih Nagri, a Christian neighbourhood near Quetta's Sariab "
     "Road, since Monday after threats.", "Masih Nagri"),
    # "left Mohallah X"
    ("Twelve Hindu families have left Mohallah Rampura of Jacobabad since Monday after threats.", "Mohallah Rampura"),
])
def test_place_left_is_read_as_a_locality(ex, text, place):
    c = one(ex, text)
    assert c.location.name == place


# -- flight is dated by its first day -----------------------------------------------------------

@pytest.mark.parametrize("text, day", [
    # "have left X ... since Monday" (a state that began then, not another event)
    ("QUETTA: At least 30 Hazara families have left Killi Almas, a village near Quetta's Sariab Road, since "
     "Monday, community leaders told reporters on Wednesday.", "2021-03-08"),
    # "since Monday, March 1": the weekday beside the date
    ("Around 50 families have left Jaglot and moved to Gilgit city since Monday, March 1, fearing attacks, "
     "officials said on Tuesday.", "2021-03-01"),
    # "since the 2nd of this month"
    ("The committee says 20 Sikh families have left Mohallah Jogan Shah since the 2nd of this month.",
     "2021-03-02"),
])
def test_displacement_dated_by_its_first_day(ex, text, day):
    c = one(ex, text)
    assert c.event_type == EventType.DISPLACEMENT
    assert c.date.earliest == day


# -- counts -------------------------------------------------------------------------------------

def _counts(text: str) -> tuple[int | None, int | None]:
    from gawahi.extract.counts import combine, find_counts
    cs = find_counts(text)
    return combine(cs, "killed").max, combine(cs, "injured").max


@pytest.mark.parametrize("text, killed, injured", [
    # a tally over a period, with an abbreviation's stops in between ("D.G. Khan"), is not this toll
    ("More than 30 Shias have been killed in targeted attacks in D.G. Khan district over the last five years.",
     None, None),
    # "beaten and hurt" without an auxiliary (tweets, tickers)
    ("Three Christian youths beaten and hurt by a mob in Sargodha.", None, 3),
    # a named person "hit in the leg"
    ("The complainant's nephew Arshad Ali was hit in the leg.", None, 1),
])
def test_counts_tally_beaten_and_hit(text, killed, injured):
    assert _counts(text) == (killed, injured)


# -- state forces as doers, officers by their posting -------------------------------------------

@pytest.mark.parametrize("text, actor", [
    # an aside between the force and its act
    ("Residents alleged that Punjab Police personnel, acting on a complaint by a local cleric, demolished the "
     "minarets of the Ahmadi place of worship in Daska on Monday.", "Police"),
    # "a contingent of the Punjab Police ... demolished"
    ("On Monday night a contingent of the Punjab Police arrived at the Ahmadi graveyard in Sheikhupura and "
     "defaced the epitaphs on 20 graves.", "Police"),
    # "The SSP Ghotki, however, denied ...": an officer, not the banned party
    ("Ten Hindu families have left Daharki since Monday after threats. The SSP Ghotki, however, denied that "
     "the situation was bad.", None),
])
def test_state_doers_and_officers(ex, text, actor):
    c = one(ex, text)
    names = [p.actor for p in c.perpetrators]
    assert names == ([actor] if actor else [])


def test_report_found_by_its_recent_sentence_is_one_incident(ex):
    # A fact-finding summary published weeks later: the sentence that dates the team's visit finds
    # the incident, and the passage it opens is the same attack, not a second claim.
    text = ("Fact-finding: attack on a church in Kotli\n\nExecutive summary\n\n"
            "On 2 May 2021, a mob of several hundred people attacked the church in Kotli, District Kotli, after the "
            "Friday prayers. The mob broke the gate, set fire to the pews, and beat two worshippers who were inside, "
            "one of whom suffered a broken arm. A team visited Kotli on 12 and 13 May and met the pastor, residents "
            "and the police.\n\nBackground\n\nAbout forty Christian families live in the town and have worshipped "
            "there for decades. The church was built in 1962 on land donated by a local family, and it has been "
            "repaired twice since then. Relations between the communities had been good until last year, residents "
            "said, when a dispute over a plot of land near the church divided the neighbourhood and was taken to "
            "the civil court.\n\nFindings\n\n1. The attack was not spontaneous: announcements were made after the "
            "prayers and the crowd marched to the building.\n2. The police were present but did not intervene until "
            "the building had been set on fire.\n3. An FIR was registered three days later against unknown persons; "
            "no arrests have been made.\n\nRecommendations\n\nThe government should arrest and prosecute those "
            "responsible, ensure the safety of the community and repair the building at public expense.")
    claims = ex.extract(Document("t", text, date(2021, 5, 18)))
    assert len(claims) == 1
    assert claims[0].date.earliest == "2021-05-02"


def test_protest_report_does_not_claim_the_attack_it_answers(ex):
    # The attack the protest answers, told further on with its own toll, is its cause (dated before
    # the protest, or the same day), not a second incident of the report.
    text = ("MWM stages sit-in in Karachi\n\nOur Staff Reporter\n\n"
            "KARACHI - Hundreds of workers of the Majlis Wahdat-e-Muslimeen staged a sit-in at Numaish on "
            "Wednesday against the killing of Shia professionals and demanded action against banned outfits.\n\n"
            "The protesters chanted slogans and later dispersed peacefully. The party's leaders said the sit-in "
            "would be repeated every week until the killers were arrested and the government acted.\n\n"
            "The protest followed a gun attack on a clinic in Hyderabad on Monday, in which gunmen killed a Shia "
            "doctor and his two assistants and wounded a patient, police said.\n\n"
            "Sindh's home minister said the police had been asked to provide security to Shia doctors across "
            "the province and that a committee would review the cases of the past year.")
    claims = ex.extract(Document("t", text, date(2021, 3, 11)))
    assert len(claims) == 1
    assert claims[0].event_type == EventType.PROTEST


# -- mobs ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a crowd whose acts come after a long description of it
    "On Monday a crowd of about 400 people, armed with sticks, iron rods and bottles of petrol, came to the "
    "Christian houses of village Chak 30 near Jhang, broke open the doors and set fire to five houses.",
    "On Monday a crowd of several hundred men, many of whom had come from a nearby gathering addressed by "
    "clerics, marched to the temple in Karak and tore down its walls.",
    # "a charged mob" is no charge; a mob named before the protest that "turned violent"
    "SUKKUR: A charged mob vandalised a Hindu temple and several shops in Sukkur on Monday after hundreds of "
    "people staged a protest which turned violent.",
])
def test_crowd_acts_are_mob_violence(ex, text):
    assert one(ex, text).event_type == EventType.MOB_VIOLENCE


def test_kidnapping_by_a_private_person_is_not_a_disappearance(ex):
    # "taken away by a neighbour", "not been produced before a magistrate": no state taker named.
    c = one(ex, "A 14-year-old Hindu girl was abducted from her home in Mithi on Sunday night. Her father said she "
                "had been taken away by a neighbour and two accomplices; she has not been produced before a magistrate.")
    assert c.event_type == EventType.ABDUCTION


def test_taken_by_plain_clothes_men_is_still_a_disappearance(ex):
    c = one(ex, "A student was abducted from his hostel in Quetta on Sunday night by men in plain clothes; his "
                "whereabouts remain unknown.")
    assert c.event_type == EventType.ENFORCED_DISAPPEARANCE


def test_hurt_sentiments_injure_no_one():
    # "hurt the sentiments of Muslims" is no injury; "hurt five people" is.
    assert _counts("Police said the act had hurt the sentiments of Muslims in the town.") == (None, None)
    assert _counts("The blast hurt five people.") == (None, 5)
