"""Generate mixed7_en.jsonl: 100 project-written texts (50 short, 50 long) with gold codings.

A tuning set, not a held-out set and not a news corpus: some texts echo real, publicly known
incidents, others are invented; wording, figures, days and names are the writer's own.
Gold is typed first in every record; relative dates and every weekday a text names are computed
here with datetime from `published` (or an absolute date). Template tokens:
  {W-1}            weekday name of published - 1 day
  {WA:2015-10-23}  weekday name of an absolute date
  {IS:Friday:0}    literal weekday, asserted to be the weekday of published + 0
  {D-1:%B %-d}     published - 1 day formatted with strftime
A literal weekday name in a template is refused.
"""
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

OUT = Path(__file__).with_name("mixed7_en.jsonl")
A1 = {"KP": ("Khyber Pakhtunkhwa", "PK-KP"), "BA": ("Balochistan", "PK-BA"), "SD": ("Sindh", "PK-SD"),
      "PB": ("Punjab", "PK-PB"), "IS": ("Islamabad Capital Territory", "PK-IS"),
      "GB": ("Gilgit-Baltistan", "PK-GB"), "JK": ("Azad Jammu and Kashmir", "PK-JK")}
TTP = "Tehrik-i-Taliban Pakistan (TTP)"
LEJ = "Lashkar-e-Jhangvi (LeJ)"
LEJA = "Lashkar-e-Jhangvi al-Alami (LeJA)"
IS_ = "Islamic State (IS)"
ISKP = "Islamic State Khorasan Province (ISKP)"
ASWJ = "Ahle Sunnat Wal Jamaat (ASWJ)"
SSP = "Sipah-e-Sahaba Pakistan (SSP)"
BLA = "Balochistan Liberation Army (BLA)"
BLF = "Balochistan Liberation Front (BLF)"
BRAS = "Baloch Raaji Aajoi Sangar (BRAS)"
LEI = "Lashkar-e-Islam (LeI)"
JUNDULLAH = "Jundullah"
JUA = "Jamaat-ul-Ahrar (JuA)"
CTD = "Counter Terrorism Department (CTD)"
FC = "Frontier Corps (FC)"
RANGERS = "Sindh Rangers"
TLP = "Tehreek-e-Labbaik Pakistan (TLP)"
PUNJAB_POLICE = "Punjab Police"
EVENTS = {"bombing", "armed_attack", "abduction", "enforced_disappearance", "property_attack",
          "mob_violence", "legal_action", "threat", "displacement", "protest", "other"}
BASES = {None, "alleged", "claimed", "charged", "convicted", "acquitted"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TOKEN = re.compile(r"\{(W[+-]?\d+|WA:\d{4}-\d\d-\d\d|IS:[A-Za-z]+:[+-]?\d+|D[+-]?\d+:[^}]+)\}")
RECORDS = []


def render(tpl, pub):
    bare = TOKEN.sub("", tpl)
    lit = re.search(r"\b(%s)s?\b" % "|".join(WEEKDAYS), bare)
    assert not lit, f"literal weekday {lit.group(0)!r} in template"
    assert "{" not in bare and "}" not in bare, "unknown token"

    def sub(m):
        t = m.group(1)
        if t.startswith("WA:"):
            return dt.date.fromisoformat(t[3:]).strftime("%A")
        if t.startswith("IS:"):
            _, name, off = t.split(":")
            got = (pub + dt.timedelta(days=int(off))).strftime("%A")
            assert got == name, f"{name} asserted but {pub}+{off} is {got}"
            return name
        if t.startswith("W"):
            return (pub + dt.timedelta(days=int(t[1:]))).strftime("%A")
        off, fmt = t[1:].split(":", 1)
        return (pub + dt.timedelta(days=int(off))).strftime(fmt)
    out = TOKEN.sub(sub, tpl)
    paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", out.strip())]
    return "\n\n".join(paras)


def R(id_, style, published, *, date, place, a1, killed, injured, perp, basis, et, text):
    """Gold first (date: int offset from published, ISO string, or None), then the text."""
    pub = dt.date.fromisoformat(published)
    if isinstance(date, int):
        gdate = (pub + dt.timedelta(days=date)).isoformat()
    elif date is None:
        gdate = None
    else:
        gdate = dt.date.fromisoformat(date).isoformat()
        assert gdate <= published, (id_, gdate, published)
    assert et in EVENTS and basis in BASES and a1 in A1, id_
    assert (perp is None) <= (basis is None), id_
    if et == "legal_action":
        assert killed is None and injured is None, id_
    RECORDS.append({"id": f"mixed7_en:{id_}", "style": style, "text": render(text, pub), "published": published,
                    "gold": {"date": gdate, "place": place, "admin1": A1[a1][0], "admin1_code": A1[a1][1],
                             "killed": killed, "injured": injured, "perpetrator": perp,
                             "event_type": et, "basis": basis}})

# ---------------------------------------------------------------- 50 short texts

R("001", "wire_reuters", "2022-03-04", date=0, place="Kocha Risaldar", a1="KP", killed=56, injured=194,
  perp=ISKP, basis="claimed", et="bombing", text="""
PESHAWAR, Pakistan, {D0:%B %-d} (Reuters) - A suicide bomber blew himself up inside a Shi'ite mosque in the
Kocha Risaldar area of Peshawar's old city during {IS:Friday:0} prayers, killing at least 56 worshippers and
wounding 194, police and hospital officials said. Islamic State's Khorasan branch (ISKP) claimed
responsibility through its Amaq news agency.""")

R("002", "tv_ticker", "2013-06-11", date=0, place="Ustarzai", a1="KP", killed=4, injured=2,
  perp=None, basis=None, et="armed_attack", text="""
DUNYA NEWS | BREAKING | 14:32 -- KOHAT: UNKNOWN GUNMEN OPEN FIRE ON PASSENGER VAN NEAR USTARZAI BAZAAR;
FOUR PASSENGERS, ALL FROM HANGU'S SHIA COMMUNITY, KILLED, TWO INJURED -- POLICE. MORE TO FOLLOW""")

R("003", "tweet", "2018-04-24", date=0, place="Quetta", a1="BA", killed=1, injured=0,
  perp=None, basis=None, et="armed_attack", text="""
Another Hazara shopkeeper shot dead at Mezan Chowk #Quetta this afternoon. Mohammad Ali, 34, father of
three. That is the fourth Hazara killed in April alone. Where is the state? #StopHazaraKilling""")

R("004", "whatsapp_forward", "2020-11-10", date=-1, place="Gulbahar", a1="KP", killed=1, injured=1,
  perp=None, basis=None, et="armed_attack", text="""
*Forwarded as received* Inna lillahi wa inna ilaihi rajioon. Respected brother Mahmood Ahmad of Jamaat
Peshawar was martyred last night at about 8:15 pm when two men on a motorcycle fired at him outside his
clinic in Mohallah Gulbahar, Peshawar. His son (17) was also hit and is at LRH, condition stable. Please
remember the family in your prayers. Namaz-e-janaza will be offered in Rabwah tomorrow.""")

R("005", "police_note", "2015-06-18", date="2015-06-17", place="Gulshan-e-Iqbal", a1="SD", killed=2, injured=0,
  perp=LEJ, basis="alleged", et="armed_attack", text="""
PRESS RELEASE -- Office of the SSP, District East, Karachi. On 17.06.2015 at about 2130 hrs two unknown
accused riding a motorcycle opened fire on a medical store in Block 13-D, Gulshan-e-Iqbal, as a result of
which the owner Syed Zaigham Abbas, 52, and his son Syed Ali Raza, 19, died on the spot. Empties of 9mm
pistol secured. Preliminary investigation indicates involvement of a target-killing cell of proscribed
Lashkar-e-Jhangvi. Case registered under sections 302/34 PPC read with 7 ATA.""")

R("006", "hospital_statement", "2017-06-23", date=0, place="Parachinar", a1="KP", killed=22, injured=61,
  perp=None, basis=None, et="bombing", text="""
STATEMENT -- Medical Superintendent, Agency Headquarters Hospital Parachinar, {D0:%d.%m.%Y}, 9 pm.
Following the twin explosions at Turi Market this afternoon, the hospital received 20 bodies and 61
injured persons. Two more bodies were later brought from the site, raising the number of dead to 22.
Fourteen critically injured patients have been airlifted to Peshawar. Donors of all blood groups are
requested to reach the hospital.""")

R("007", "satp_timeline", "2016-03-15", date="2016-03-14", place="Band Kurai", a1="KP", killed=2, injured=0,
  perp=None, basis=None, et="armed_attack", text="""
March 14: Two Shia men, identified as Ghulam Abbas and Muhammad Raza, were shot dead by unidentified
assailants in Mauza Band Kurai in the Paharpur tehsil of Dera Ismail Khan District, reports The Express
Tribune. The assailants fled on a motorcycle.""")

R("008", "acled_row", "2019-05-20", date="2019-05-14", place="Daharki", a1="SD", killed=0, injured=0,
  perp="Pakistan Hindu Council", basis=None, et="protest", text="""
event_date: 14 May 2019 | event_type: Protests | sub_event_type: Peaceful protest | actor1: Protesters
(Pakistan) | assoc_actor_1: Hindu Group (Pakistan) | admin1: Sindh | admin2: Ghotki | location: Daharki |
fatalities: 0 | notes: On 14 May 2019, members of the Hindu community, organised by the Pakistan Hindu
Council, held a demonstration outside the Daharki press club against the alleged abduction and forced
conversion of two teenage girls.""")

R("009", "pips_timeline", "2014-02-05", date="2014-01-21", place="Dringarh", a1="BA", killed=24, injured=40,
  perp=LEJ, basis="claimed", et="bombing", text="""
Balochistan -- Jan 21, Mastung (Dringarh): A suicide bomber rammed an explosives-laden car into a bus
carrying Shia zaireen back from Iran, killing 24 pilgrims and injuring 40 others. The banned
Lashkar-e-Jhangvi claimed responsibility. [PIPS monthly security report, January]""")

R("010", "casualty_list", "2015-10-24", date="2015-10-23", place="Mohalla Lashari", a1="SD", killed=7, injured=11,
  perp=None, basis=None, et="bombing", text="""
LIST OF SHUHADA AND INJURED -- blast at the 9th Muharram procession near the imambargah of Mohalla
Lashari, Jacobabad, {WA:2015-10-23} 23 October 2015 (night of 9/10 Muharram). Shuhada: 1. Ali Nawaz
2. Ghulam Mustafa 3. Zulfiqar Ali 4. Sajjad Hussain (10) 5. Qamber Ali (8) 6. Mukhtiar Ahmed 7. Imdad
Hussain (12). Injured under treatment at Civil Hospital Jacobabad and CMC Larkana: 11. Issued by the
Central Imambargah Committee.""")

R("011", "urdu_brief", "2012-02-29", date=-1, place="Kashrote", a1="GB", killed=1, injured=3,
  perp=None, basis=None, et="armed_attack", text="""
GILGIT (Online): Unknown miscreants opened fire on a passenger vehicle in the Kashrote area of the city
yesterday, as a result of which one person, Akbar Hussain, was jaan bahaq and three others were injured.
Tension gripped the city, bazaars were shut and Section 144 was imposed. The injured were shifted to DHQ
Hospital.""")

R("012", "court_oneliner", "2016-11-02", date=-1, place="Islamabad", a1="IS", killed=None, injured=None,
  perp=ASWJ, basis="convicted", et="legal_action", text="""
ISLAMABAD: An anti-terrorism court here on {W-1} sentenced two activists of the proscribed Ahle Sunnat
Wal Jamaat (ASWJ) to death for the 2014 murder of a Shia prayer leader in Tarnol. -- Staff Reporter""")

R("013", "ngo_alert", "2017-03-20", date="2017-03-14", place="Jaffar-e-Tayyar", a1="SD", killed=0, injured=0,
  perp=RANGERS, basis="alleged", et="enforced_disappearance", text="""
URGENT ACTION -- Pakistan: Shia man missing after dawn raid. Syed Hasan Askari, 29, was taken from his
home in Jaffar-e-Tayyar, Malir, Karachi, at about 4 am on the 14th by men in plain clothes accompanied by
uniformed Rangers personnel, his family says. Police have refused to register an FIR and his whereabouts
remain unknown. We fear he is at risk of torture. Please write to the Sindh Home Minister.""")

R("014", "wire_ap", "2017-05-14", date=-1, place="Kotli", a1="JK", killed=1, injured=4,
  perp=None, basis=None, et="mob_violence", text="""
KOTLI, Pakistan (AP) -- A stick-wielding mob stormed an Ahmadi place of worship in a village near Kotli in
Pakistan-held Kashmir on {W-1}, beating worshippers and killing one of them, police said. Four other
members of the minority community were injured before police dispersed the crowd.""")

R("015", "wire_afp", "2023-05-09", date=0, place="Gogdan", a1="BA", killed=7, injured=1,
  perp=BLF, basis="claimed", et="armed_attack", text="""
QUETTA, Pakistan (AFP) - Gunmen shot dead seven labourers from Punjab province as they slept at a
construction site in the Gogdan area near Turbat early {W0}, officials said, in the latest attack on
workers from outside Balochistan. "One more was wounded," a local administrator told AFP. The
Balochistan Liberation Front (BLF) claimed the killings in a statement.""")

R("016", "wire_app", "2013-08-12", date=-1, place="Chilas", a1="GB", killed=0, injured=0,
  perp=TTP, basis="alleged", et="threat", text="""
GILGIT, Aug 12 (APP): Police have provided security to five religious scholars of Chilas after they
received threatening letters on {W-1} purportedly from the Tehreek-e-Taliban Pakistan, a DSP said on
{W0}. The letters, written in Urdu, warned them to stop speaking against "the mujahideen" or face
consequences.""")

R("017", "wire_ppi", "2022-09-13", date=-1, place="Chak No. 12/GD", a1="PB", killed=0, injured=0,
  perp=PUNJAB_POLICE, basis="alleged", et="property_attack", text="""
DEPALPUR (PPI): Members of the Ahmadi community alleged that Punjab Police personnel, acting on a
complaint by local clerics, defaced Quranic verses and epitaphs on 23 graves in the Ahmadi graveyard of
Chak No. 12/GD, tehsil Depalpur, on {W-1} night. A police spokesman said action was taken "under the
law".""")

R("018", "wire_nni", "2020-01-16", date=-2, place="Mirpur Mathelo", a1="SD", killed=0, injured=0,
  perp=None, basis=None, et="abduction", text="""
GHOTKI (NNI): A 15-year-old Hindu girl, daughter of a shopkeeper, was abducted from her home in Mirpur
Mathelo day before yesterday, her family told reporters at the press club here. They said police had not
yet registered a case.""")

R("019", "wire_online", "2014-02-18", date=0, place="Islamabad", a1="IS", killed=0, injured=0,
  perp="Shia Ulema Council (SUC)", basis=None, et="protest", text="""
ISLAMABAD (Online): Hundreds of workers of the Shia Ulema Council (SUC) staged a sit-in outside the
National Press Club on {W0} against the target killings of Shia professionals in Karachi and Quetta,
and demanded a military operation against banned outfits.""")

R("020", "wire_inp", "2024-05-26", date=-1, place="Mujahid Colony", a1="PB", killed=0, injured=3,
  perp=None, basis=None, et="mob_violence", text="""
SARGODHA (INP): An enraged mob set fire to a shoe factory and a house belonging to a Christian family in
Mujahid Colony on {W-1} morning after an allegation of desecration, injuring the 72-year-old owner and two
of his relatives, police said. Police rescued the family and booked dozens of people.""")

R("021", "tv_ticker", "2023-09-29", date=0, place="Mastung", a1="BA", killed=52, injured=50,
  perp=None, basis=None, et="bombing", text="""
GEO NEWS | 16:05 | MASTUNG: DEATH TOLL IN SUICIDE BLAST ON 12 RABI-UL-AWWAL PROCESSION NEAR MADINA
MOSQUE, AL-FALAH ROAD, RISES TO 52; OVER 50 INJURED SHIFTED TO QUETTA -- DC MASTUNG""")

R("022", "tv_ticker", "2019-09-06", date=0, place="Chiniot", a1="PB", killed=0, injured=0,
  perp=None, basis=None, et="other", text="""
SAMAA | CHINIOT: DISTRICT ADMINISTRATION IMPOSES SECTION 144 FOR 9TH AND 10TH MUHARRAM; ENTRY OF 11
ULEMA OF BOTH SECTS INTO DISTRICT BANNED, PILLION RIDING PROHIBITED -- DC NOTIFICATION""")

R("023", "tweet", "2020-08-21", date=0, place="Dadyal", a1="JK", killed=0, injured=0,
  perp=TLP, basis="claimed", et="threat", text="""
This morning a handwritten letter was found pasted on the gate of our Ahmadiyya bait-ul-zikr in Dadyal,
AJK, signed "Tehreek-e-Labbaik Pakistan, Dadyal", telling us to remove the mehrab within three days or
"we will do it ourselves". Police informed. Please pray.""")

R("024", "whatsapp_forward", "2024-08-01", date=-1, place="Bagan", a1="KP", killed=0, injured=0,
  perp=None, basis=None, et="displacement", text="""
*Kurram update* Since yesterday around 300 families have left Bagan and the villages around it for Thall
and Hangu after the firing. Roads closed, no food reaching. Please share widely. -- Kurram Youth Welfare""")

R("025", "police_note", "2021-03-09", date=-1, place="France Colony", a1="IS", killed=0, injured=0,
  perp=None, basis=None, et="abduction", text="""
ISLAMABAD CAPITAL POLICE -- PRESS NOTE. On {W-1} evening one Naveed Masih, 24, resident of France
Colony, F-7/4, was forcibly taken away in a white car by three unknown persons from outside his house.
FIR No. 214/21 has been registered at PS Kohsar and special teams have been constituted for his recovery.""")

R("026", "hospital_statement", "2013-11-28", date=-1, place="Rizvia Society", a1="SD", killed=3, injured=14,
  perp=None, basis=None, et="bombing", text="""
Abbasi Shaheed Hospital spokesman: three dead, including a boy of 11, and 14 injured were brought in
after the hand-grenade attack on a majlis at an imambargah in Rizvia Society late last night. Six of the
injured are in the surgical ICU. Additional staff have been called in.""")

R("027", "satp_timeline", "2013-10-08", date="2013-10-07", place="Tirah", a1="KP", killed=0, injured=0,
  perp=LEI, basis="alleged", et="abduction", text="""
October 7: Militants of the Lashkar-e-Islam (LeI) abducted six Shia passengers from a vehicle in the
Tirah Valley of Khyber Agency, official sources said. The passengers were travelling to Orakzai Agency.""")

R("028", "acled_row", "2022-03-15", date="2022-03-08", place="Turbat", a1="BA", killed=0, injured=0,
  perp=FC, basis="alleged", et="enforced_disappearance", text="""
08 March 2022 | Violence against civilians | Abduction/forced disappearance | Military Forces of
Pakistan (2018-) Frontier Corps | Civilians (Pakistan) | Balochistan | Kech | Turbat | On 8 March 2022,
Frontier Corps personnel allegedly picked up a Baloch university student from his home in Turbat town.
His family says his whereabouts are unknown. | fatalities 0""")

R("029", "pips_timeline", "2018-08-31", date="2018-08-02", place="Diamer", a1="GB", killed=0, injured=0,
  perp=None, basis=None, et="property_attack", text="""
Gilgit-Baltistan -- Aug 2/3, Diamer district: Unidentified militants torched or blew up 12 girls'
schools in Chilas, Darel and Tangir on the night of August 2-3; no casualties were reported. Police
registered cases against unknown persons.""")

R("030", "casualty_list", "2015-03-16", date="2015-03-15", place="Youhanabad", a1="PB", killed=15, injured=78,
  perp=JUA, basis="claimed", et="bombing", text="""
YOUHANABAD CHURCH ATTACKS, LAHORE -- {WA:2015-03-15} 15 March 2015 -- CASUALTIES (Diocese of Raiwind, 6 pm
update). St John's Catholic Church and Christ Church: deceased 15, including two police constables and a
volunteer guard (the two bombers not included); injured 78 (General Hospital 52, Jinnah Hospital 26).
Responsibility claimed by Jamaat-ul-Ahrar, a breakaway TTP faction.""")

R("031", "urdu_brief", "2014-06-11", date=-1, place="Chenab Nagar", a1="PB", killed=None, injured=None,
  perp=None, basis=None, et="legal_action", text="""
CHENAB NAGAR (Nama Nigar): Police on {W-1} registered a case under Section 298-C of the Pakistan Penal
Code against three members of the Ahmadi community on the complaint of a local cleric, who alleged that
they were "posing as Muslims" by reciting the Kalima at a shop. No arrest had been made till the filing
of this report.""")

R("032", "court_oneliner", "2016-05-05", date="2016-05-03", place="Karachi", a1="SD", killed=None, injured=None,
  perp=LEJ, basis="acquitted", et="legal_action", text="""
KARACHI: ATC-VII on 3rd instant acquitted two alleged members of the banned Lashkar-e-Jhangvi in the 2013
murder of a Shia eye specialist in Gulshan-e-Iqbal for want of evidence. (Court Reporter)""")

R("033", "ngo_alert", "2018-07-12", date=-3, place="Kashmore", a1="SD", killed=0, injured=0,
  perp=LEJ, basis="claimed", et="threat", text="""
MRG alert, Sindh: Hindu traders in Kashmore town have received letters demanding "protection money" and
ordering them to leave, signed in the name of Lashkar-e-Jhangvi. At least 11 families received the
letters on {W-3}, community leaders told us. Police say they are investigating.""")

R("034", "wire_reuters", "2019-10-05", date=-1, place="Bhara Kahu", a1="IS", killed=1, injured=1,
  perp=None, basis=None, et="armed_attack", text="""
ISLAMABAD, Oct 5 (Reuters) - Two gunmen on a motorcycle shot dead a Shi'ite prayer leader as he left an
imambargah in Bhara Kahu on the outskirts of the Pakistani capital late on {W-1}, police said. A
passer-by was wounded. No group claimed responsibility.""")

R("035", "wire_ap", "2023-07-31", date=-1, place="Khar", a1="KP", killed=54, injured=83,
  perp=IS_, basis="claimed", et="bombing", text="""
KHAR, Pakistan (AP) -- The death toll from {W-1}'s suicide bombing at a rally of a religious party in
Khar, the main town of Bajaur district, rose to 54 on {W0}, officials said, while 83 people remain
hospitalized. The Islamic State group's regional affiliate claimed the attack, saying it targeted
"apostate" clerics.""")

R("036", "wire_afp", "2020-10-12", date=-1, place="Kandhkot", a1="SD", killed=0, injured=0,
  perp=None, basis=None, et="property_attack", text="""
KANDHKOT, Pakistan (AFP) - Unidentified men broke into a Hindu temple in Kandhkot overnight, smashing
idols and setting scriptures alight, police said {W0}, as members of the minority community protested
outside the police station demanding arrests. No one was hurt.""")

R("037", "wire_app", "2020-07-06", date=-1, place="Bhimber", a1="JK", killed=None, injured=None,
  perp=TLP, basis="charged", et="legal_action", text="""
BHIMBER, Jul 6 (APP): AJK Police on {W-1} arrested five men and registered a case against them for
attacking and damaging an Ahmadi place of worship in Bhimber. The accused, police said, are activists of
Tehreek-e-Labbaik Pakistan (TLP) and have been charged under Section 295 PPC and 7-ATA.""")

R("038", "wire_ppi", "2016-04-19", date=-1, place="Awaran", a1="BA", killed=0, injured=0,
  perp=BLA, basis="alleged", et="threat", text="""
AWARAN (PPI): Pamphlets purportedly from the banned Balochistan Liberation Army (BLA) were found pasted on
walls in the Awaran bazaar on {W-1}, asking "Punjabi settlers" and teachers from other provinces to leave
the district within a week or "face the consequences".""")

R("039", "wire_nni", "2019-05-27", date=-1, place="Mandan", a1="KP", killed=0, injured=0,
  perp=None, basis=None, et="enforced_disappearance", text="""
BANNU (NNI): A young Pashtun rights activist was picked up from his home in Mandan last night by men in
plain clothes who came in two double-cabin vehicles, his family said, blaming "agencies". His whereabouts
remain unknown.""")

R("040", "wire_online", "2012-08-18", date=-1, place="Skardu", a1="GB", killed=0, injured=0,
  perp="Majlis Wahdat-e-Muslimeen (MWM)", basis=None, et="protest", text="""
SKARDU (Online): Thousands of people under the banner of Majlis Wahdat-e-Muslimeen (MWM) staged a protest
at Yadgar-e-Shuhada Chowk on {W-1} against the killing of Shia passengers on the Karakoram Highway and
blocked the road for six hours.""")

R("041", "wire_inp", "2012-09-20", date=-6, place="Dhakar Wali", a1="PB", killed=0, injured=0,
  perp=None, basis=None, et="displacement", text="""
SIALKOT (INP): Between 15 and 20 Ahmadi families have left Mauza Dhakar Wali in Pasrur tehsil following
threats that began after the killing of a community member last week. The first families left on
{D-6:%B %-d}, a community spokesman said, and others have since moved to relatives in Rabwah and Lahore.""")

R("042", "tweet", "2021-02-02", date=0, place="Essa Nagri", a1="SD", killed=0, injured=0,
  perp=None, basis=None, et="abduction", text="""
URGENT: 13-year-old Christian girl abducted this morning from outside her school in Essa Nagri, Karachi.
Family says a neighbour had been harassing her for months. Police still not registering FIR. @SindhPolice
please act now.""")

R("043", "tweet", "2022-05-15", date=0, place="Sarband", a1="KP", killed=2, injured=0,
  perp=ISKP, basis="claimed", et="armed_attack", text="""
Two Sikh traders, Kuljeet Singh and Ranjeet Singh, shot dead at their spice stall in Sarband, Peshawar
this morning. IS-K has claimed it on its channels. Sikhs of KP are being hunted. #SikhLivesMatter""")

R("044", "whatsapp_forward", "2021-01-03", date=0, place="Mach", a1="BA", killed=11, injured=0,
  perp=IS_, basis="claimed", et="armed_attack", text="""
Forward -- very sad news. In the early hours of {IS:Sunday:0} (3 Jan) armed men took 11 Hazara coal miners
out of their quarters in the Mach coalfield, tied their hands and killed them. Daesh has claimed it per
Amaq. Bodies being brought to Quetta. Sit-in at Western Bypass, everyone please reach.""")

R("045", "whatsapp_forward", "2023-06-28", date=0, place="Sheikhupura", a1="PB", killed=0, injured=0,
  perp=None, basis=None, et="other", text="""
From Jamaat Sheikhupura: the SHO of Saddar police station has told our members today that no Ahmadi may
offer the Eid sacrifice this year, even inside homes, and that undertakings must be signed by this
evening. Please inform all families and remain calm. -- Secretary Umoor-e-Aama""")

R("046", "police_note", "2014-01-20", date=0, place="Kalu Khan", a1="KP", killed=0, injured=0,
  perp=None, basis=None, et="property_attack", text="""
DPO SWABI -- PRESS NOTE: At about 0200 hrs today unknown miscreants planted explosives at the shrine of a
local saint in village Kalu Khan; the blast damaged the dome and the boundary wall of the tomb. No loss of
life. BDS collected remnants of about 2 kg of explosive. Case registered against unknown accused.""")

R("047", "police_note", "2019-11-06", date="2019-11-05", place="Lakpass", a1="BA", killed=0, injured=0,
  perp=BRAS, basis="claimed", et="abduction", text="""
LEVIES FORCE MASTUNG -- On 5th instant at about 1700 hours, armed men stopped a Quetta-bound coach on the
RCD Highway near Lakpass and took away four passengers, all labourers from Punjab, after checking their
CNICs. A spokesman of the Baloch Raaji Aajoi Sangar (BRAS) has claimed the abduction. Search operation
in progress.""")

R("048", "hospital_statement", "2011-04-04", date=-1, place="Sakhi Sarwar", a1="PB", killed=41, injured=100,
  perp=None, basis=None, et="bombing", text="""
DHQ Hospital Dera Ghazi Khan -- Medical Superintendent's statement: Since yesterday evening's twin suicide
attacks at the Sakhi Sarwar shrine, this hospital has received 41 dead bodies and more than 100 injured
persons, 36 of whom were later referred to Nishtar Hospital Multan. The remains of the two attackers are
not included in this count.""")

R("049", "court_oneliner", "2013-04-17", date=-1, place="Bahawalpur", a1="PB", killed=None, injured=None,
  perp=LEJ, basis="convicted", et="legal_action", text="""
BAHAWALPUR: The anti-terrorism court on {W-1} handed life sentences to three members of the banned
Lashkar-e-Jhangavi for the 2012 murder of a Shia scholar in Ahmedpur East. -- Correspondent""")

R("050", "ngo_alert", "2019-03-01", date="2019-02-24", place="Wana", a1="KP", killed=0, injured=0,
  perp=CTD, basis="alleged", et="enforced_disappearance", text="""
HRCP is deeply concerned about the disappearance of a Pashtun Tahaffuz Movement activist from Wana, South
Waziristan, on February 24. Witnesses say he was taken away by personnel of the Counter Terrorism
Department (CTD) in two vehicles. HRCP demands that he be produced before a court of law without delay.""")

# ---------------------------------------------------------------- 50 longer texts

R("051", "newspaper_long", "2024-11-22", date=-1, place="Mandori", a1="KP", killed=42, injured=30,
  perp=None, basis=None, et="armed_attack", text="""
Convoy ambushed in Lower Kurram; toll rises to 42

By our correspondent

PARACHINAR: At least 42 people, most of them Shia passengers travelling in a police-escorted convoy from
Parachinar to Peshawar, were killed when gunmen opened fire on the vehicles in the Mandori area of Lower
Kurram on {W-1} afternoon.

The toll initially given by the district administration was 38. It rose to 42 late at night after four
of the injured died at the Thall hospital, a health official said. Three of the dead were policemen
escorting the convoy. Thirty others were wounded, several of them critically.

Witnesses said the attackers fired from the hills on both sides of the road for nearly half an hour. "They
fired at every vehicle, even at the coaches carrying women," said a survivor who hid under a seat.

No group had claimed responsibility by the time of filing this report. A provincial minister said the
area was "a known hideout of miscreants" and promised an operation.

The road had been reopened only last month after clashes that began on October 12, when 15 people were
killed in an attack on a convoy near Kunj Alizai. Traders in Parachinar announced a three-day shutter-down
strike, and funeral prayers for the dead were offered at the central imambargah on {W0}.""")

R("052", "newspaper_long", "2019-04-13", date=-1, place="Hazarganji", a1="BA", killed=20, injured=48,
  perp=IS_, basis="claimed", et="bombing", text="""
Hazarganji market blast: death toll climbs to 20

The Express Tribune

QUETTA: The number of people killed in {IS:Friday:-1} morning's bombing at the Hazarganji fruit and vegetable
market rose to 20 on {W0}, officials said, as two more of the wounded succumbed at the Civil Hospital.

Police said the explosive device, packed with ball bearings, had been hidden in a sack of potatoes and
went off as Hazara traders were unloading produce shortly after 7 am. Sixteen were reported dead on the
spot. Among the dead are eight members of the Hazara community and one soldier of the Frontier Corps who
was escorting their vehicles from Hazara Town. Forty-eight people were injured.

The Islamic State group claimed the attack through its Amaq agency on {W-1} evening. Police officials had
earlier said they suspected the banned Lashkar-e-Jhangvi, which has claimed several attacks on the Hazaras
in the past.

Members of the community began a sit-in on the Western Bypass after the funerals and refused to bury the
dead until the government gave assurances about the security of traders who travel to the market every
day. "We have been given escorts, and still we are buried every month," a community elder said.""")

R("053", "newspaper_long", "2023-08-17", date=-1, place="Jaranwala", a1="PB", killed=0, injured=0,
  perp=None, basis=None, et="mob_violence", text="""
Churches, homes torched in Jaranwala over blasphemy claim

The News

FAISALABAD: A mob of several thousand people set fire to at least five churches and dozens of houses of
Christians in Jaranwala tehsil on {W-1} after two Christian brothers were accused of desecrating the
Holy Quran.

The violence began in the morning in the Cinema Chowk area when announcements were made from mosques,
and spread through Isa Nagri and other Christian neighbourhoods by the afternoon. Residents fled to the
fields and to relatives in nearby villages. Police officials said no loss of life was reported.

"We left with only the clothes we were wearing. When we came back our Bibles were burnt on the street,"
said a woman in Isa Nagri.

The Punjab government called in Rangers, and by night more than 100 people had been arrested. Police said
some of those arrested had links with a religious party, which they did not name. The two brothers who
were accused of desecration were also taken into custody.

The attacks were condemned by the caretaker prime minister and the chief justice, while the Christian
community observed a day of mourning across the province on {W0}. Church leaders said it was the worst
attack on their community since Joseph Colony in Lahore was burnt in March 2013.""")

R("054", "newspaper_long", "2015-05-14", date=-1, place="Safoora Goth", a1="SD", killed=45, injured=13,
  perp=JUNDULLAH, basis="claimed", et="armed_attack", text="""
45 Ismailis gunned down in bus attack

Dawn

KARACHI: Gunmen on motorcycles stopped a bus carrying members of the Ismaili community at Safoora Goth on
{W-1} morning, boarded it and opened fire on the passengers, killing 45 of them and wounding 13, police
and hospital officials said.

The bus belonged to a residential society of the community and was on its way to Ayesha Manzil. Police
said six attackers took part and fled after the attack. The initial toll given by the police was 43; it
rose to 45 when two of the wounded died at the Aga Khan University Hospital. Sixteen of the dead were
women.

A spokesman for Jundullah, a faction that broke away from the Pakistani Taliban, claimed responsibility
in a telephone call to reporters. Leaflets in the name of the Islamic State group were also found at the
site, a police officer said, but investigators were yet to determine their authenticity.

Prime Minister Nawaz Sharif cancelled a visit to Sri Lanka and flew to Karachi. Markets and schools in
the city remained closed on {W0} as three days of mourning were announced by the Sindh government.

It was the deadliest attack on the Ismaili community in Pakistan's history.""")

R("055", "newspaper_long", "2017-04-14", date=-1, place="Mardan", a1="KP", killed=1, injured=1,
  perp=None, basis=None, et="mob_violence", text="""
Student lynched on university campus over blasphemy allegation

The Express Tribune

MARDAN: A mob of students beat and shot dead a journalism student at the Abdul Wali Khan University in
Mardan on {W-1} over allegations that he had posted blasphemous content online.

Police said the mob first attacked the student's friend, Abdullah, who was badly beaten and later rescued
by police and shifted to hospital. The crowd then forced its way into a hostel room where the victim was
hiding, dragged him out, shot him and continued to beat his body. Videos of the attack circulated on
social media within hours.

"There is no evidence at all that he committed blasphemy," the provincial police chief said on {W0},
adding that eight people had been arrested and more raids were under way. The university was closed
indefinitely.

The victim's father said his son was a humanist who spoke against corruption in the university. "He
was killed for his ideas," he told reporters in his village in Swabi.

Rights groups said the killing was a warning about how easily blasphemy accusations could be turned into
violence. In 2014, a Christian couple was burnt in a brick kiln in Kot Radha Kishan after a similar
accusation.""")

R("056", "newspaper_long", "2014-03-26", date=-1, place="Darsamand", a1="KP", killed=0, injured=0,
  perp=TTP, basis="claimed", et="threat", text="""
Threat letters found on doors of Shia houses in Hangu

Dawn

HANGU: Residents of Darsamand, a village on the Hangu-Thall road, found threatening letters pasted on the
doors of at least 20 houses of the Shia community on the morning of {W-1}, police and local elders said.

The hand-written letters, bearing the name and stamp of the Tehreek-e-Taliban's Hangu chapter, warned
the families to leave the area within a week or "prepare their coffins". They also asked the villagers
to stop taking part in peace committee meetings.

"We have informed the police, but they say these are the work of mischief-makers," an elder said. The
district police officer said security had been increased in the village and a case had been registered
against unknown persons.

Hangu has a long history of sectarian violence. In 2006, a bombing on a Muharram procession in the town
killed dozens, and in January 2014 a student, Aitzaz Hasan, died stopping a suicide bomber outside his
school in Ibrahimzai.

Elders of both sects in the area held a jirga on {W0} and condemned the letters as an attempt to revive
sectarian tension ahead of the district's peace talks.""")

R("057", "newspaper_long", "2023-11-25", date=-2, place="Turbat", a1="BA", killed=0, injured=0,
  perp="Baloch Yakjehti Committee (BYC)", basis=None, et="protest", text="""
Sit-in against 'fake encounter' enters third day in Turbat

Dawn

TURBAT: Hundreds of people, among them many women, continued their sit-in outside the Kech deputy
commissioner's office for a third day on {W0}, demanding justice for a young man they say was killed in
custody.

The sit-in was started on {W-2} by the Baloch Yakjehti Committee (BYC) after the body of Balach Mola
Bakhsh was handed over to his family. The Counter Terrorism Department had said he and three others were
killed in an exchange of fire, but the family says he had been in the department's custody since late
October and had been produced before a court days earlier.

The protesters have placed the coffin at the sit-in and refused to bury it until a case is registered
against the officials involved. "We will not move until the killers of my brother are named," his sister
told the crowd.

A government delegation held talks with the organisers on {W-1} without result. The BYC has announced
that the protest will be extended to other towns of Kech and to Quetta if its demands are not met.

The provincial government has formed a committee to investigate the killings.""")

R("058", "newspaper_long", "2018-09-25", date="2018-09-20", place="Ancholi", a1="SD", killed=0, injured=0,
  perp=None, basis=None, et="enforced_disappearance", text="""
Family seeks whereabouts of Ancholi youth taken on Ashura eve

Daily Times

KARACHI: The family of a 23-year-old Shia man has appealed to the Sindh government to trace him,
saying he was picked up from their house in Ancholi on the night of 9/10 Muharram ({WA:2018-09-20},
September 20, 2018) and has not been heard from since.

According to his father, about a dozen men in plain clothes, some with their faces covered, arrived in
three vehicles at around 2 am, searched the house and took his son away without a warrant. "They said
they were from the agencies. They did not let us ask anything," he said.

The police station in the area has refused to register a case, the family said, telling them that no
police party had raided the house. A petition is being filed in the Sindh High Court.

Shia organisations say more than 40 men from the community are missing in Karachi. Some have returned
after months, while others were later shown as arrested in cases of terrorism. A spokesman for the
Shia missing persons committee said a protest camp would be set up outside the Karachi Press Club.

The provincial home department did not respond to questions sent by this newspaper.""")

R("059", "newspaper_long", "2021-05-04", date=-1, place="Chak No. 5/11-L", a1="PB", killed=0, injured=0,
  perp=None, basis=None, et="property_attack", text="""
Church desecrated in Sahiwal village; police register case

The Nation

SAHIWAL: Unidentified men broke into a church in Chak No. 5/11-L near Sahiwal late on {W-1}, tore down
the cross, burnt copies of the Bible and damaged the altar and pews, members of the congregation said.

The pastor said he found the door broken when he arrived for morning prayers. "Nothing was stolen. They
came only to insult us," he said. There were no injuries as the church was empty at the time.

Police registered a case under sections 295 and 295-A of the Pakistan Penal Code against unknown persons
and said that footage from a nearby shop's camera was being examined. The district police officer visited
the village and assured the community that the culprits would be arrested.

Christian leaders said tension had been building in the village for weeks over the construction of a
boundary wall around the church, which some residents had opposed. A peace committee of Muslim and
Christian elders met at the police station on {W0}.

The Human Rights Commission of Pakistan said it had recorded several attacks on churches and Christian
graveyards in Punjab over the past year.""")

R("060", "newspaper_long", "2024-07-31", date=-3, place="Boshehra", a1="KP", killed=0, injured=0,
  perp=None, basis=None, et="displacement", text="""
Hundreds of families flee Boshehra as Kurram clashes continue

Dawn

PARACHINAR: Hundreds of families have left Boshehra and nearby villages in Upper Kurram since the fighting
between two tribes over a disputed piece of land took a sectarian turn, officials and residents said.

The families began leaving on {W-3}, when the firing spread to the villages of Maleekhel and Dandar,
and most have moved to relatives in Parachinar and Sadda, according to the district administration.
No official count of the displaced has been given, but elders put the number at more than 400 families.

The clashes, which began last week, have killed at least 43 people and injured around 150 on both sides,
a health official said. Heavy weapons have been used and the main road remains closed.

"We left our cattle and our crops. Our children have not eaten properly for days," said a man who
reached Parachinar with his family of eleven.

A grand jirga of elders from Kohat and Orakzai arrived on {W0} to negotiate a ceasefire. The provincial
government said relief goods would be sent by helicopter if the road did not open within two days.""")

R("061", "newspaper_long", "2023-08-29", date=-1, place="Gilgit", a1="GB", killed=0, injured=0,
  perp=None, basis=None, et="other", text="""
Section 144 imposed, mobile internet suspended in Gilgit

Pamir Times

GILGIT: The Gilgit-Baltistan government on {W-1} imposed Section 144 in Gilgit city and suspended mobile
internet services in the district, as rival religious groups announced protests over remarks made by a
cleric at a gathering.

A notification issued by the home department banned public gatherings, processions and the display of
weapons for 15 days, and prohibited pillion riding. The army was called in to assist the civil
administration, and additional police were deployed at Ittehad Chowk and Garhi Bagh.

Traders in Gilgit's main bazaar kept their shops closed for most of the day, and the Karakoram Highway
near Chilas was blocked for some hours by protesters from Diamer. No violence was reported.

The chief minister appealed to ulema of all sects to show restraint, saying that Gilgit-Baltistan had
"paid a heavy price" for sectarian conflict. In 1988 and 2005, riots in and around Gilgit left dozens
dead, and in 2012 attacks on passenger buses killed Shia travellers on the KKH.

Business groups said the internet suspension had brought banking and online work to a halt.""")

R("062", "newspaper_long", "2022-02-05", date=-1, place="Chattar Klas", a1="JK", killed=1, injured=1,
  perp=None, basis=None, et="armed_attack", text="""
Religious scholar shot dead in Muzaffarabad

Daily Jang (English translation)

MUZAFFARABAD: A religious scholar was shot dead and his guard injured when unknown assailants opened fire
on their car in the Chattar Klas area of Muzaffarabad in the early hours of {W-1}, police said.

The scholar, who led prayers at a mosque in the city and was known for his speeches on inter-sect
harmony, was returning home after a religious gathering. The attackers were waiting near a bend in the
road and fired with automatic weapons, a police official said. He died on the way to the Combined
Military Hospital, while his guard is under treatment.

Police said a sectarian motive could not be ruled out, but no group had claimed responsibility. The AJK
prime minister ordered the inspector general of police to arrest the killers within a week.

Ulema of different schools of thought condemned the killing and called for calm. Traders in the capital's
main bazaar observed a strike on {W0}, and funeral prayers were attended by thousands.

Sectarian killings are rare in Azad Kashmir, though police say they have recorded threats against
clerics in Muzaffarabad and Bagh in the past two years.""")

R("063", "newspaper_long", "2013-09-23", date=-1, place="Kohati Gate", a1="KP", killed=81, injured=140,
  perp=JUNDULLAH, basis="claimed", et="bombing", text="""
81 killed in twin suicide attack on Peshawar church

The News

PESHAWAR: Two suicide bombers blew themselves up among worshippers leaving All Saints Church in the
Kohati Gate area of Peshawar after {IS:Sunday:-1} service, killing 81 people, including women and children,
in the deadliest attack on Pakistan's Christians.

The toll, put at 78 by the provincial government late on {W-1}, rose to 81 on {W0} morning as three of
the wounded died at the Lady Reading Hospital. More than 140 people were injured. The two bombers are
not included in the count, police said.

Jundullah, a group linked to the Tehreek-e-Taliban Pakistan, claimed responsibility and said it would
continue to target non-Muslims until US drone strikes stopped. A TTP spokesman later distanced the
main group from the attack.

Christians staged protests in Peshawar, Lahore, Karachi and Islamabad, blocking roads and burning tyres.
The provincial government announced three days of mourning, and church schools across the country
remained closed.

"We were shaking hands after the service when the first explosion happened," said a survivor at the
hospital. The second bomber detonated himself seconds later near the gate, where people had rushed.""")

R("064", "ngo_statement", "2021-05-18", date="2021-05-12", place="Quetta", a1="BA", killed=0, injured=0,
  perp=CTD, basis="alleged", et="enforced_disappearance", text="""
Voice for Baloch Missing Persons -- press statement

Quetta, {D0:%d %B %Y}

Voice for Baloch Missing Persons (VBMP) strongly condemns the enforced disappearance of a 21-year-old
student of the University of Balochistan, who was taken from a hostel on Sariab Road, Quetta, on
12.05.2021 at about 11 pm.

According to his roommates, eight to ten men, some in the uniform of the Counter Terrorism Department
(CTD) and others in plain clothes, entered the hostel, checked the students' identity cards and took him
away blindfolded. His laptop and phone were also taken. His family has been to the CTD office and to
the police, and all have denied holding him.

The student comes from Kech district and had no political affiliation, his family says. He is the second
student to go missing from the same hostel this year; another student, taken in February, was released
after six weeks without any charge.

VBMP has registered the case with the Commission of Inquiry on Enforced Disappearances. We demand that
the student be released immediately or produced before a court if he is accused of any crime. We also
call on the provincial government to make public the number of people held by the CTD in Balochistan.

The organisation will hold a protest outside the Quetta Press Club on {W3}.""")

R("065", "ngo_statement", "2021-10-07", date=-2, place="Mirpur", a1="JK", killed=0, injured=0,
  perp=LEJ, basis="claimed", et="threat", text="""
Statement on threats to the Ahmadi community in Mirpur, Azad Jammu and Kashmir

Human Rights Commission of Pakistan, AJK chapter

HRCP is alarmed by the threatening letters received by at least six Ahmadi families in Mirpur city on
{W-2}. The letters, signed in the name of "Lashkar-e-Jhangvi Azad Kashmir", were thrown into the
courtyards of their houses at night. They warn the families to "return to Islam" or leave Mirpur before
the end of the month, and name three heads of household as "wajib-ul-qatl".

The families reported the letters to the police the same day. Police have registered a complaint but no
FIR, and have told the families to "stay indoors". Two of the families have since sent their children
to relatives outside the district.

The letters come weeks after posters against the community appeared in Kotli and Dadyal. HRCP recalls
that in 2017 an Ahmadi man was killed in an attack on a place of worship in the Kotli district.

HRCP calls on the AJK government to register a case under the anti-terrorism law, to provide security
to the families, and to trace those who printed and distributed the letters. The state's failure to act
on such threats in the past has been followed by violence.""")

R("066", "ngo_statement", "2021-07-20", date=-3, place="Chakswari", a1="JK", killed=0, injured=12,
  perp=None, basis=None, et="mob_violence", text="""
Press release: mob attack on Ahmadi homes in Chakswari

Human Rights Commission of Pakistan

Islamabad, {D0:%B %-d, %Y}

HRCP condemns the attack by a mob on the homes of Ahmadi families in Chakswari, Mirpur district, on
{W-3}, in which a dozen people, including four women, were injured.

According to HRCP's fact-finding, a crowd of about 300 men gathered after announcements were made from
a local mosque accusing an Ahmadi youth of making derogatory remarks. The crowd stoned three houses,
broke in, beat the occupants with sticks and set fire to a car and furniture. Police arrived after
about an hour and moved the families to the police station.

Two of the injured, an elderly man and his son, were admitted to the district hospital with head wounds.
The families told HRCP that they had lived in the village for three generations and had never faced
such hostility.

Police have registered a case against 40 named and 200 unnamed persons, but no arrests had been made by
the time HRCP's team visited. The youth accused of the remarks has been detained "for his own
protection".

HRCP urges the AJK government to arrest those responsible, compensate the families and ensure they can
return to their homes in safety.""")

R("067", "ngo_statement", "2022-03-28", date="2022-03-21", place="Samaro", a1="SD", killed=0, injured=0,
  perp=None, basis=None, et="abduction", text="""
Joint statement on the abduction of a Hindu girl in Umerkot district

Pakistan Hindu Seva and partner organisations

We are deeply concerned about the abduction of a 14-year-old Hindu girl from Samaro, Umerkot district,
on March 21. She was taken from her home in the evening by a group of armed men while her parents were at
work in the fields, according to her mother.

Two days later, the family was shown a certificate of conversion and a nikahnama with a man in his
thirties from a nearby village. The family says the girl is a minor and has produced her school
certificate and NADRA record, which give her age as 14.

Police registered an FIR only after the community blocked the Samaro-Umerkot road for several hours. No
arrest has been made, and the girl has not been produced before a magistrate to record her statement
freely, away from the accused.

This is the third such case in Umerkot district this year. The Sindh Child Marriages Restraint Act
forbids the marriage of anyone under 18, yet courts have repeatedly accepted conversion certificates
without inquiry into age or consent.

We call on the Sindh government to recover the girl, place her in a shelter home, and ensure an
independent inquiry into the role of those who issued the certificates.""")

R("068", "ngo_statement", "2013-03-07", date=-2, place="Landi Kotal", a1="KP", killed=0, injured=0,
  perp=LEI, basis="alleged", et="property_attack", text="""
Shrine bombing in Khyber: statement

Centre for Research and Security Studies (CRSS)

CRSS condemns the bombing of the shrine of a Sufi saint in Landi Kotal, Khyber Agency, on {W-2} night.
Explosives planted at the four corners of the tomb destroyed the dome and part of the adjoining mosque.
No one was in the compound at the time and no casualties were reported.

Political administration officials told local reporters that they suspected Lashkar-e-Islam, which has
repeatedly declared visits to shrines un-Islamic and whose fighters have been active in the Bara and
Tirah areas. The group has not commented.

This is the eleventh attack on a shrine in the former tribal areas and Khyber Pakhtunkhwa recorded by
CRSS since 2009, when the tomb of the poet Rahman Baba in Peshawar was bombed. In most cases no one has
been arrested.

Shrines are a central part of religious life for millions of Pakistanis, and attacks on them are attacks
on the country's plural traditions. We urge the authorities to protect shrines in Khyber and to
investigate this attack, and the political administration to assist the caretakers in rebuilding the
tomb.""")

R("069", "ngo_statement", "2019-10-15", date="2019-10-03", place="Mashkay", a1="BA", killed=0, injured=0,
  perp=None, basis=None, et="displacement", text="""
Zikri families forced out of Mashkay

Minority Rights Group -- briefing note

Between the 3rd and 6th of this month, about 60 Zikri families left their homes in Mashkay, in Awaran
district, after armed men warned them to stop holding their religious gatherings, community members told
MRG by telephone. Most have moved to Turbat and Karachi; some are staying in schools in Awaran town.

The Zikris, a small religious community concentrated in Makran and Awaran, have faced threats from
militant groups for years. Their places of worship, known as zikrana, have been attacked in the past,
and in 2014 gunmen killed six worshippers at a zikrana in Awaran district.

Community members say the men who came to Mashkay did not give the name of any group, but fired into the
air near the zikrana and told the families that "there is no room for infidels here". No one was hurt.

Local officials confirmed that some families had left but said the figure was exaggerated. The deputy
commissioner has promised to deploy Levies at the zikrana.

MRG calls on the Balochistan government to provide security to the community and help the families
return, and on political and religious leaders in Makran to speak out against the threats.""")

R("070", "ngo_statement", "2022-06-13", date="2022-06-09", place="Chak 37/JB", a1="PB", killed=0, injured=0,
  perp=None, basis=None, et="other", text="""
Burial of Ahmadi woman refused in village graveyard

Ahmadiyya community -- press section

Rabwah, {D0:%B %-d, %Y}

On the 9th, the body of an 82-year-old Ahmadi woman had to be taken from Chak 37/JB, Faisalabad district,
to Rabwah for burial after local clerics and some residents refused to let her be buried in the village's
common graveyard, where her husband and parents lie.

The family had dug a grave in the morning. When the funeral reached the graveyard, a group of about 50
men blocked the way and said that no "Qadiani" would be buried there. The police, who were called, asked
the family to avoid "a law and order situation" and take the body elsewhere.

This is the fourth such incident in Punjab this year. In several villages, Ahmadis have been told to
create separate graveyards, and in some cases bodies have been exhumed after burial.

We call upon the Punjab government to ensure that the dead are buried with dignity and that the rights
of Ahmadi citizens to common graveyards, recognised by law, are protected by the local administration.
The family has submitted an application to the deputy commissioner of Faisalabad.""")

R("071", "ngo_statement", "2012-08-18", date=-2, place="Jaglot", a1="GB", killed=9, injured=4,
  perp=TTP, basis="claimed", et="armed_attack", text="""
Killing of passengers near Jaglot

Human Rights Watch -- dispatch

Gunmen in military uniforms stopped a passenger coach travelling from Rawalpindi to Skardu near Jaglot in
Gilgit-Baltistan on the morning of {W-2}, {D-2:%B %-d}, checked the identity cards of the passengers and
shot dead nine men whose names identified them as Shia, witnesses told Human Rights Watch. Four other
passengers were wounded when the attackers fired at the coach as they left. Two of the attackers were
killed when police arrived and exchanged fire with them.

The Tehrik-i-Taliban Pakistan (TTP) claimed responsibility in a call to journalists the same day, saying
the attack was revenge for the killing of Sunnis elsewhere in the region.

This was the third attack of its kind on the Karakoram Highway this year. In February, gunmen killed
18 passengers at Harban in Kohistan, and in April sectarian violence in Chilas left at least 10 dead.

The Pakistani authorities have not prosecuted anyone for the earlier attacks. Human Rights Watch urges
the federal and Gilgit-Baltistan governments to provide security on the highway, bring those responsible
to justice, and stop treating attacks on Shia as a local law and order problem.""")

R("072", "judgment_facts", "2019-02-16", date="2019-02-14", place="Karachi", a1="SD", killed=None, injured=None,
  perp=LEJ, basis="convicted", et="legal_action", text="""
IN THE HIGH COURT OF SINDH AT KARACHI

Special Criminal Anti-Terrorism Jail Appeals Nos. 41 and 42 of 2016

Date of announcement of judgment: 14.02.2019

Facts: The prosecution case is that on 03.03.2013 a vehicle packed with explosives was detonated near
the residential flats of Abbas Town, Karachi, causing the death of a large number of persons and injuries
to many others, and damage to buildings. The appellants, stated to be members of the proscribed
Lashkar-e-Jhangvi, were arrested in 2014 on the information of a co-accused and were tried by the
Anti-Terrorism Court No. III, Karachi, which convicted them and sentenced them to death on several
counts.

The learned counsel for the appellants argued that the confessional statements were retracted and that
the recoveries were planted. The learned Additional Prosecutor General supported the impugned judgment.

Findings: We have found the evidence of the eye-witnesses who identified the appellants at the site of
the parking, and the forensic report of the explosives, to be consistent and reliable.

For the foregoing reasons, the appeals are dismissed and the convictions and sentences of death of the
appellants, both members of Lashkar-e-Jhangvi, are maintained. The reference for confirmation is
answered in the affirmative.""")

R("073", "judgment_facts", "2020-06-20", date="2020-06-17", place="Peshawar", a1="KP", killed=None, injured=None,
  perp=TTP, basis="acquitted", et="legal_action", text="""
PESHAWAR HIGH COURT, PESHAWAR -- JUDICIAL DEPARTMENT

Writ Petition No. 3190-P of 2019 and connected petitions

Date of hearing and judgment: 17 June 2020

The petitioners' relatives were convicted by military courts of offences including the attack on an
imambargah in Hangu district and the killing of members of the Shia community in Kohat, on the allegation
that they were active members of the Pakistani Taliban. The convictions rested almost entirely on
confessional statements recorded while the convicts were in the custody of the internment centres.

Learned counsel for the petitioners contended that the convicts had been picked up years before the
alleged occurrences, had no access to counsel of their choice and were not allowed to produce evidence in
defence. Learned Deputy Attorney General could not show from the record any evidence other than the
confessions.

We are of the view that the proceedings were conducted in violation of the right to a fair trial. The
convictions and sentences are set aside, and the convicts, said to belong to the Pakistani Taliban, are
acquitted of the charges, and shall be released forthwith if not required in any other case.

The federal government's counsel stated that an appeal would be filed in the Supreme Court.""")

R("074", "judgment_facts", "2015-12-10", date=-1, place="Quetta", a1="BA", killed=None, injured=None,
  perp=LEJ, basis="convicted", et="legal_action", text="""
In the Court of the Judge, Anti-Terrorism Court-I, Quetta

Case FIR No. 112/2014, Police Station Brewery

Judgment dated {D-1:%d.%m.%Y}

Brief facts: On the day of occurrence, two accused riding a motorcycle opened fire on a passenger van
carrying members of the Hazara community on Spinny Road, Quetta, killing four and injuring two. The
accused were arrested three months later by the CTD, which stated that they were members of the banned
Lashkar-e-Jhangavi and that the pistol used in the occurrence was recovered on their pointation.

The prosecution examined eleven witnesses, including the two injured, who identified the accused at the
identification parade. The report of the forensic laboratory matched the empties recovered from the spot
with the pistol.

The defence plea that the accused were falsely implicated due to their sectarian affiliation is not
supported by any evidence.

For the reasons recorded above, the prosecution has proved its case beyond reasonable doubt. The accused,
both members of Lashkar-e-Jhangavi, are convicted under Section 302 PPC read with Section 7 ATA and
sentenced to death on four counts, subject to confirmation by the High Court of Balochistan, and to
rigorous imprisonment for the injuries.""")

R("075", "judgment_facts", "2022-10-19", date=-1, place="Islamabad", a1="IS", killed=None, injured=None,
  perp=CTD, basis="alleged", et="legal_action", text="""
ISLAMABAD HIGH COURT, ISLAMABAD

Writ Petition No. 2541 of 2022 (habeas corpus)

Order sheet -- {D-1:%d.%m.%Y}

The petitioner states that her son, a Shia scholar and teacher at a seminary, was taken from their house
in Sector I-8 on the night of 28 September by men in plain clothes accompanied by an official vehicle of
the Counter Terrorism Department, and that his whereabouts have remained unknown since. She states that
the CTD and the police have denied that he is in their custody.

The learned State counsel requested time to obtain reports from the Ministry of Interior and the
agencies. This Court has repeatedly held that it is the duty of the State to trace a citizen who goes
missing from the capital, and that the absence of a record of detention does not end that duty.

The Secretary, Ministry of Interior, and the Inspector General of Police, Islamabad, are directed to
produce the petitioner's son, or to appear in person and explain the efforts made to trace him, on the
next date of hearing. The Commission of Inquiry on Enforced Disappearances shall also submit its report.

Relist after two weeks.""")

R("076", "judgment_facts", "2024-01-25", date=-1, place="Faisalabad", a1="PB", killed=None, injured=None,
  perp=TLP, basis="charged", et="legal_action", text="""
Anti-Terrorism Court No. I, Faisalabad

State vs. Muhammad Imran and 23 others -- FIR No. 614/2023, PS City Jaranwala

Charge framed on {D-1:%d.%m.%Y}

Facts as stated in the report under Section 173 CrPC: On 16.08.2023, after announcements were made from
mosques in Jaranwala that two Christian brothers had desecrated the Holy Quran, the accused, along with
a large crowd, attacked churches and houses of the Christian community in Isa Nagri and other localities,
set them on fire and looted property. The investigation officer states that the accused are office
bearers and workers of Tehreek-e-Labbaik Pakistan (TLP), who led the crowd and incited it through
loudspeakers.

The accused were present in court on {W-1} and the charge was framed against them under Sections 295-A,
436 and 452 of the Pakistan Penal Code read with Section 7 of the Anti-Terrorism Act, 1997. All of them
pleaded not guilty and claimed trial.

Counsel for the accused submitted that his clients had been falsely implicated because of their
political affiliation and that the videos relied upon do not show them setting fire to any building.

The prosecution is directed to produce its witnesses on the next date. The case is adjourned to
15.02.2024.""")

R("077", "community_release", "2018-04-02", date=-1, place="Quetta", a1="BA", killed=3, injured=1,
  perp=LEJ, basis="alleged", et="armed_attack", text="""
PRESS RELEASE -- Hazara Democratic Party, Quetta

{D0:%-d %B %Y}

The Hazara Democratic Party strongly condemns the killing of three innocent Hazara vegetable vendors on
Jinnah Road, Quetta, on {W-1} afternoon. The three, Ali Madad, 40, his nephew Khadim Hussain, 22, and
their neighbour Zahir Ali, 35, were returning from the wholesale market when two men on a motorcycle
fired at their loading rickshaw. A fourth man, the rickshaw driver, was wounded and is in the Combined
Military Hospital.

We hold the banned Lashkar-e-Jhangvi responsible for this attack, as for the hundreds of Hazaras killed in
Quetta since 1999. Its killers move freely in the city while our people are confined to two
neighbourhoods behind checkposts.

This is the third attack on Hazara traders in a month. On March 14, a Hazara shopkeeper was killed near
Mezan Chowk.

The party demands that the government arrest the killers, provide security to Hazara traders who must
travel to the city's markets, and make public the findings of the inquiries into earlier attacks. If
these demands are not met, the party will hold a sit-in on Alamdar Road from {W3}.

Funeral prayers will be held at the Hazara graveyard.""")

R("078", "community_release", "2020-09-16", date=-2, place="Garmula Virkan", a1="PB", killed=0, injured=0,
  perp=PUNJAB_POLICE, basis="alleged", et="property_attack", text="""
Jamaat-e-Ahmadiyya Pakistan -- Press Section

Minarets of Ahmadi mosque demolished by police in Garmula Virkan, Gujranwala

On the night between {W-2} and {W-1}, a contingent of the Punjab Police arrived at the Ahmadiyya mosque
in Garmula Virkan, Gujranwala district, at about 11 pm, switched off the street lights and demolished the
two minarets of the mosque with hammers. They also painted over the Kalima written on the front wall.
Members of the community who were present were told to stay inside their houses.

The mosque was built in the 1980s, before any law or order on the shape of Ahmadi places of worship. In
the preceding weeks, local clerics had submitted applications to the police demanding that the minarets
be removed because they "resembled a mosque".

The police later said they had acted "to avoid a law and order situation". No written order was shown.

This is the seventh Ahmadi place of worship whose minarets have been demolished in Punjab this year, in
most cases by the police themselves. We appeal to the Chief Minister of Punjab and to the Inspector
General of Police to stop this practice, which has no basis in law, and to protect the places of worship
of all citizens.""")

R("079", "community_release", "2019-06-06", date="2019-05-28", place="Jangal Khel", a1="KP", killed=0, injured=0,
  perp=None, basis=None, et="enforced_disappearance", text="""
Shia Missing Persons Committee, Kohat -- statement to the press

We bring to the notice of the media and the authorities that Syed Qaiser Abbas, 34, a shopkeeper of
Jangal Khel, Kohat, was taken from his shop on 28 May by men who came in a black vehicle without number
plates. Witnesses say they identified themselves as personnel of "the agencies". Nothing has been heard
of him since.

He has no criminal record and no political affiliation. His elderly father has approached the police
station, which says it has no information, and has written to the Commission of Inquiry on Enforced
Disappearances.

He is one of at least 15 men from the Shia community of Kohat and Hangu who have gone missing in the past
two years. Three were later released without charge; the families of the others have not been told
whether they are alive.

We demand that if Syed Qaiser Abbas is accused of any crime he be produced before a court within 24 hours
as the Constitution requires. The committee will hold a protest outside the Kohat Press Club on {W2} and
will approach the Peshawar High Court if there is no response.

Issued by the committee's secretary, Kohat, {D0:%B %-d}.""")

R("080", "community_release", "2013-02-26", date=0, place="Karachi", a1="SD", killed=0, injured=0,
  perp="Jafaria Alliance Pakistan", basis=None, et="protest", text="""
PRESS RELEASE -- Jafaria Alliance Pakistan, Karachi division

Karachi, {D0:%B %-d, %Y}

Thousands of people gathered at Numaish Chowrangi today on the call of Jafaria Alliance Pakistan to
protest against the continuing target killings of Shia doctors, lawyers and teachers in Karachi, and
observed a sit-in that lasted until late in the evening.

Addressing the gathering, the alliance's leaders said that more than 20 Shia professionals had been
killed in the city since the start of the year, including an eye specialist shot in Gulshan-e-Iqbal and
a lawyer killed near the city courts last week. They said that none of the killers had been convicted.

The sit-in passed resolutions demanding a targeted operation against banned sectarian outfits, the
execution of convicted terrorists, and security for Shia mosques and imambargahs during congregational prayers and
majlis gatherings.

The alliance thanks the people of Karachi, the traders who closed their shops in solidarity, and the
police for their cooperation. It announces that if the demands are not met within a week, a protest
march will be taken to the Governor House.""")

R("081", "community_release", "2020-11-05", date=-3, place="Madina Town", a1="PB", killed=0, injured=0,
  perp=None, basis=None, et="abduction", text="""
Press statement -- Catholic Diocese of Faisalabad, Commission for Justice and Peace

The Commission for Justice and Peace expresses grave concern over the abduction of a 15-year-old Christian
girl from Madina Town, Faisalabad, on {W-3}. The girl, a student of class nine, was on her way home from
a tuition centre when, according to witnesses, she was forced into a car by three men.

Her parents, who work as domestic workers in the area, reported the abduction the same evening, but
police registered the FIR only the next day after members of the community gathered outside the police
station. The family has named a man from a nearby street who had earlier proposed marriage to the girl
and had threatened them when they refused.

We fear that, as in many earlier cases, a certificate of conversion and a marriage certificate will be
produced in court to defeat the case. The girl is a minor, and under the law no marriage with her can be
valid.

We appeal to the Inspector General of Police, Punjab, to recover the girl and hand her over to her
parents or to a shelter, and to the courts to verify her age from official documents. We also request
civil society to stand with the family.""")

R("082", "community_release", "2017-09-12", date=-4, place="Hazara Town", a1="BA", killed=0, injured=0,
  perp=LEJA, basis="claimed", et="threat", text="""
Statement of the Hazara Traders' Association, Quetta

{D0:%d.%m.%Y}

The Hazara Traders' Association informs the government and the public that letters signed in the name of
Lashkar-e-Jhangvi al-Alami were delivered to at least 14 shops belonging to members of our community in
Hazara Town on {W-4}. The letters, printed on the group's letterhead, warn Hazara traders not to open
shops in the city's main markets and threaten that those who do will be "targeted like those before
them".

Copies of the letters have been handed over to the police and the Frontier Corps. The association thanks
the police for registering an FIR the same day.

Our members have lived with such threats for two decades, and such letters have more than once been
followed by attacks on our traders on the roads to the markets. In April this year three vegetable
sellers were killed on their way to Hazarganji.

We call upon the government to provide escort for traders travelling to and from the markets, to trace
and arrest those who printed and distributed the letters, and to ensure that the Hazara community is
not forced to give up its livelihood under the threat of terror.""")

R("083", "community_release", "2022-11-23", date=-2, place="Chowki", a1="JK", killed=0, injured=0,
  perp=None, basis=None, et="property_attack", text="""
Ahmadiyya Muslim Jamaat, Azad Kashmir -- press release

Desecration of Ahmadi graves in village Chowki, district Bagh

During the night of {W-2}, unknown persons entered the Ahmadi graveyard of village Chowki in district Bagh
and broke the headstones of 16 graves, erasing the words "Muslim" and the Kalima written on them. Some of
the graves belonged to people who died more than 50 years ago.

Members of the community discovered the damage on the following morning and informed the police, who
visited the graveyard and recorded statements. No one has been arrested.

In the past few months, posters against the community have been displayed in the bazaars of Bagh, and
religious speakers have demanded the removal of Ahmadi graves from shared land.

The Jamaat appeals to the Prime Minister of Azad Jammu and Kashmir and the Inspector General of Police to
investigate this act, to protect the graveyards and places of worship of the community, and to take
action against those who spread hatred. The dead deserve to rest in peace, whatever their faith.""")

R("084", "community_release", "2023-04-11", date="2023-04-02", place="Jogan Shah", a1="KP", killed=0, injured=0,
  perp=None, basis=None, et="displacement", text="""
Press release -- Sikh Gurdwara Prabandhak Committee, Peshawar

{D0:%d %B %Y}

The committee wishes to inform the government and the media that 38 Sikh families have left Mohallah Jogan
Shah and other parts of Peshawar since the 2nd of this month, after the killing of a Sikh shopkeeper in
the Dabgari area on that day. Most have gone to Hasan Abdal and Nankana Sahib in Punjab, and some to
relatives in Lahore.

Since 2014 more than a dozen members of our community have been killed in Peshawar in targeted attacks.
The families who left say they can no longer send their children to school or open their shops without
fear. Many of them have lived in the city for generations.

The committee has met the deputy commissioner and asked for security at the gurdwara and in the
markets where Sikhs trade. We have also asked for compensation for the families of those killed in the
past, much of which has not been paid.

The committee appeals to the provincial government not to let Peshawar lose its Sikh community, which
has been part of the city for centuries.""")

R("085", "oped", "2013-01-14", date="2013-01-10", place="Quetta", a1="BA", killed=92, injured=120,
  perp=LEJ, basis="claimed", et="bombing", text="""
The bodies on Alamdar Road

Op-ed

On {IS:Thursday:-4} evening, a suicide bomber walked into a crowded snooker hall on Alamdar Road in Quetta
and detonated his vest. Ten minutes later, as rescuers, police and journalists rushed in, a car bomb
parked outside exploded. By the official count, 92 people were killed in the two blasts, among them
rescue workers and a cameraman, and more than 120 were injured. Lashkar-e-Jhangvi claimed both
explosions within hours.

Since then, the Hazara families of the dead have sat beside their coffins on the road in the freezing
cold, refusing to bury them until the provincial government is dismissed. They were joined by sit-ins in
Karachi, Lahore and Islamabad.

None of this is new. The same group has claimed attacks on the Hazaras for more than a decade, from the
Liaquat Bazaar killings of 2003 to last year's attacks on pilgrims' buses in Mastung. Its leaders have
given interviews, and some have walked out of jail.

What is new is that the victims have refused to grieve quietly. The dismissal of the government, if it
comes, will be a small victory. The real test is whether anyone will be convicted for Alamdar Road, and
whether the state will stop treating the killing of Hazaras as a local law and order problem.""")

R("086", "oped", "2019-09-20", date="2019-09-15", place="Ghotki", a1="SD", killed=0, injured=0,
  perp=None, basis=None, et="mob_violence", text="""
What Ghotki tells us

Op-ed, Daily Times

Last {IS:Sunday:-5}, September 15, a mob went through Ghotki town vandalising a Hindu temple, a private school
owned by a Hindu principal, and shops belonging to the Hindu community, after a student accused the
principal of blasphemy. Police and Rangers were called in, and by evening the town was under control. No
one was killed or injured, and the principal was taken into custody.

That no one died is the only consolation. Videos show men smashing idols with sticks while police watched
from the gate. Hindu families stayed indoors for two days and many shopkeepers did not reopen.

Ghotki is not new to this. The district has seen repeated accusations of forced conversions of Hindu
girls, and in 2017 a mob attacked a Hindu trader's house in Daharki.

The provincial government deserves credit for moving quickly, and for the visit of the chief minister's
adviser to the temple. But the principal's arrest, on the word of a teenager, shows how little has
changed. Until false accusations are punished and the law is reformed, every such allegation will be an
invitation to a mob.""")

R("087", "oped", "2017-11-20", date="2017-11-08", place="Faizabad", a1="IS", killed=0, injured=0,
  perp=TLP, basis=None, et="protest", text="""
The sit-in that holds the capital hostage

Opinion

Since {IS:Wednesday:-12}, November 8, a few thousand workers of Tehreek-e-Labbaik Pakistan (TLP) have occupied the
Faizabad Interchange, the junction that links Islamabad with Rawalpindi. Their demand is the resignation
of the federal law minister over a change in the wording of the oath taken by lawmakers on the finality
of prophethood, a change that Parliament reversed within days.

For twelve days, hundreds of thousands of commuters have spent hours in traffic, students have missed
examinations and a child died in an ambulance stuck in a jam, his family says. The Islamabad High Court
has ordered the administration to clear the interchange; the administration has preferred to negotiate.

The government's hesitation is understandable. In 2011, the killer of Governor Salmaan Taseer was
garlanded by lawyers, and no government since has wanted to confront those who claim to defend the honour
of the Prophet.

But negotiating with a sit-in that calls ministers apostates sets a precedent that will be used again.
The protesters have a right to be heard; they have no right to hold two cities hostage, or to endanger
Ahmadis by demanding that they be named in public.""")

R("088", "oped", "2020-08-20", date="2020-08-03", place="Panjgur", a1="BA", killed=0, injured=0,
  perp=FC, basis="alleged", et="enforced_disappearance", text="""
Another name on the list

Opinion, Balochistan Point

On 3 August, a Baloch poet and schoolteacher was taken from his home in Panjgur at night. His family says
the men who took him came with personnel of the Frontier Corps, who cordoned off the street while he was
led away. Two weeks later, the family has heard nothing, and the local FC headquarters says it has no
record of him.

He is one of hundreds. Voice for Baloch Missing Persons keeps a list of thousands of names; the official
commission on enforced disappearances says it has traced most of the cases it has received. Both cannot
be right.

The poet's crime, as far as anyone can tell, was to write in Balochi about the men of his town who had
disappeared before him. If that is an offence, the state should charge him and produce him in court.

Disappearances are not only a violation of the law. They destroy the trust that any government needs in
a province where it already has too little. The prime minister has promised, more than once, to end the
practice. He could begin by ordering the poet's release, and by asking the FC why a schoolteacher needed
to be taken in the dark.""")

R("089", "oped", "2012-05-30", date=-5, place="Kotli Loharan", a1="PB", killed=1, injured=0,
  perp=None, basis=None, et="armed_attack", text="""
Death of a homeopath

Op-ed, The Express Tribune

Last {W-5}, a 60-year-old Ahmadi homeopath was shot dead in his clinic in Kotli Loharan, a small town near
Sialkot, by a young man who came in as a patient. He had treated the poor of the town for three decades,
often without charge. The killer escaped on a motorcycle waiting outside.

The police have registered a case against unknown persons. Nobody has claimed the killing, and nobody
needs to: in the weeks before, posters had appeared in the town's bazaar listing the names of Ahmadis
and declaring them "wajib-ul-qatl", deserving of death.

This is how such killings happen now. Not with bombs, as in Lahore in May 2010, when 86 Ahmadis were killed
in two places of worship, but one by one, in clinics, shops and homes, after months of hate speech that
the authorities allow.

The Punjab government could end the posters tomorrow. It has the laws against hate speech; it has the
names of those who print and distribute the material. What it lacks is the will to act against clerics
who command votes. Until that changes, doctors, teachers and shopkeepers will continue to die for their
faith.""")

R("090", "oped", "2014-05-12", date=-6, place="Feroz Khel", a1="KP", killed=0, injured=0,
  perp=TTP, basis="alleged", et="abduction", text="""
The last Sikhs of Orakzai

Opinion, Dawn

Last week, on {W-6}, a Sikh trader was abducted from his shop in Feroz Khel, in Orakzai Agency, by armed
men who took him into the mountains. The local administration says Pakistani Taliban fighters are
holding him and have demanded a ransom his family cannot pay. The Taliban have not confirmed this.

Once, several hundred Sikh families lived in Orakzai and Khyber, trading in cloth and medicine. After
2009, when the Taliban demanded jizya from them and demolished their houses in Tirah, most left for
Peshawar and Punjab. The few who stayed did so because the shops were all they had.

The abduction has frightened those who remain. "If they can take him in the middle of the bazaar, they
can take anyone," a relative said by telephone from Peshawar.

The state owes these families protection. Instead, the political administration has told them to
negotiate on their own. That is an abdication. A government that asks its minorities to pay ransoms
for their safety has given up on the idea of citizenship. The trader must be recovered, and the
families of Orakzai given reason to stay.""")

R("091", "multi_incident", "2013-07-09", date=-1, place="Kotli Imam Hussain", a1="KP", killed=2, injured=1,
  perp=SSP, basis="alleged", et="armed_attack", text="""
Two Shia men shot dead in D.I. Khan, third such attack this month

The News

DERA ISMAIL KHAN: Two members of the Shia community were shot dead and a third was injured when gunmen
fired at them near the Kotli Imam Hussain area of the city on {W-1} evening, police said.

The victims, a government school teacher and his cousin, were sitting outside a shop when two men on a
motorcycle opened fire. The injured man, a passer-by, was shifted to the District Headquarters Hospital.
Police said they suspected activists of the banned Sipah-e-Sahaba, who they said were behind several
target killings in the district, and that raids were being conducted.

The killings were the third attack on Shia residents of the district this month. On July 2, a Shia
shopkeeper was shot dead in the Paharpur area, and on July 5 a policeman from the community was killed
near the Topanwala Bazaar. In both cases the attackers escaped.

In August 2008, a suicide bombing at the emergency ward of the DHQ Hospital here killed more than 30
people who had gathered after the killing of a Shia leader.

Shia organisations announced three days of mourning and demanded that the army be called in to the
district. The district police officer said additional checkposts had been set up in sensitive areas.""")

R("092", "multi_incident", "2018-11-24", date=-1, place="Kalaya", a1="KP", killed=33, injured=56,
  perp=None, basis=None, et="bombing", text="""
33 killed in Orakzai market bombing; Karachi consulate attack repulsed

Dawn

KALAYA / KARACHI: At least 33 people were killed and 56 injured when a bomb planted on a motorcycle went
off in a crowded market in Kalaya, the headquarters of Orakzai district, on {IS:Friday:-1} morning, officials
said.

The initial toll given by the district administration was 25. It rose to 33 by night as more of the
wounded died in hospitals in Kohat and Peshawar. Most of the victims were Shia, and the market was close to
an imambargah; three of the dead were Sikh traders, according to the administration. No group claimed
responsibility.

Hours earlier, in Karachi, three gunmen attacked the Chinese consulate in Clifton. Two policemen were
killed before the attackers were shot dead at the gate, and the Balochistan Liberation Army claimed the
attack.

In Kurram, two people were injured on {W-1} in a roadside bombing near Sadda, officials said.

Orakzai has seen repeated attacks on its Shia population. In 2010, a suicide bomber killed more than 40
people at a mosque in Kalaya, and militants controlled parts of the district until a military operation
in 2015. The prime minister condemned both attacks and ordered an inquiry into the security lapse in
Kalaya.""")

R("093", "multi_incident", "2017-10-06", date=-1, place="Fatehpur", a1="BA", killed=20, injured=24,
  perp=IS_, basis="claimed", et="bombing", text="""
Suicide blast at Jhal Magsi shrine kills 20

The Express Tribune

QUETTA: A suicide bomber blew himself up at the entrance of the shrine of Pir Rakhel Shah in Fatehpur, Jhal
Magsi district, on {IS:Thursday:-1} evening as devotees gathered for the weekly dhamaal, killing 20 people,
among them a policeman who tried to stop him. Two dozen others were wounded.

Officials said the bomber was stopped at the gate by the policeman and set off his explosives there; had
he entered the courtyard, the toll would have been far higher. The bomber's head was recovered and sent
for examination.

The Islamic State group claimed the attack through its Amaq agency on {W0}.

This is the second attack on the same shrine. In March 2005, a bombing during the urs killed more than 35
people. Last November, a suicide bombing at the shrine of Shah Noorani in Khuzdar district killed 52
devotees; that attack was also claimed by the Islamic State group.

The provincial government announced compensation of Rs1 million for the families of each of the dead.
Security was increased at shrines across Balochistan and Sindh ahead of the urs season.""")

R("094", "multi_incident", "2024-06-21", date=-1, place="Madyan", a1="KP", killed=1, injured=12,
  perp=None, basis=None, et="mob_violence", text="""
Mob lynches tourist, sets police station ablaze in Swat

Dawn

MINGORA: A mob dragged a man from police custody in Madyan, Swat, on {IS:Thursday:-1} night, beat him to death
and set his body on fire over an allegation of desecrating the Holy Quran, police said. The man, a
tourist from Sialkot, had been staying at a hotel in the town.

The crowd, which had gathered after announcements from a mosque, also set fire to the Madyan police
station and several police vehicles. A dozen people were injured, among them eight policemen.

Police said the man had been taken into custody to protect him, but the station was overrun. Several
people involved have been identified from videos, and raids are under way. The provincial government
called the killing "barbaric".

It is the second lynching over a blasphemy accusation in Pakistan this year. In May, an elderly Christian
man in Sargodha was beaten by a mob and later died of his injuries. In December 2021, a Sri Lankan
factory manager was lynched in Sialkot.

Traders and elders of Madyan apologised to the tourist's family and said outsiders had incited the crowd.""")

R("095", "multi_incident", "2014-07-29", date=-2, place="Arafat Colony", a1="PB", killed=3, injured=8,
  perp=None, basis=None, et="mob_violence", text="""
Ahmadi woman, two granddaughters die as mob torches houses in Gujranwala

Dawn

GUJRANWALA: A woman and her two granddaughters, one of them a baby, were killed when a mob set fire to
houses of Ahmadis in Arafat Colony on the night of {W-2}, police said. Eight people were injured, among
them a pregnant woman who lost her child.

The violence began after an Ahmadi youth was accused of posting a blasphemous picture on Facebook. A
crowd gathered outside the local police station, demanding his arrest, and then moved into the colony,
where it set fire to at least five houses. The victims died of smoke inhalation in a locked room.

Police said a case had been registered against 400 people but made no arrests on the first day. The
Ahmadi community said police watched as the houses burnt.

Two days earlier, an Ahmadi man was shot dead in Sheikhupura, and in May a US citizen of the community,
a doctor, was killed in Chenab Nagar while visiting his parents' graves.

Human rights groups demanded a judicial inquiry. A spokesman for the community said that hate literature
against Ahmadis was being distributed openly in Gujranwala.""")

R("096", "multi_incident", "2017-06-29", date=-6, place="Parachinar", a1="KP", killed=0, injured=0,
  perp="Tehreek-e-Hussaini", basis=None, et="protest", text="""
Parachinar sit-in continues for seventh day

The Express Tribune

PARACHINAR: Thousands of people continued their sit-in outside the Parachinar Press Club on {W0}, the
seventh day of the protest called by Tehreek-e-Hussaini after the twin bombings at Turi Market.

The sit-in began on {D-6:%B %-d}, the day after the bombings, and has been joined by people from across
Kurram Agency. The protesters refuse to end it until the army chief visits them and the political agent
and other officials are removed.

The twin blasts at Turi Market, a day before Eid, killed 72 people, according to the agency surgeon. On
the same day, a suicide bomber killed 13 people in Quetta and a gun attack in Karachi killed four
policemen.

The protesters also complain that five people were killed and several injured when security forces fired
at a crowd that had gathered after the bombings. The Frontier Corps has said the firing was in
self-defence.

Earlier this year, in January, a bombing at Parachinar's vegetable market killed 25 people, and in March
another blast killed 22 outside an imambargah.

Tehreek-e-Hussaini leaders said they would continue the sit-in through Eid if needed.""")

R("097", "multi_incident", "2012-04-06", date=-1, place="Gilgit", a1="GB", killed=0, injured=0,
  perp="Anjuman-e-Imamia Gilgit-Baltistan", basis=None, et="protest", text="""
Protest in Gilgit over KKH killings; curfew in force in Chilas

Pamir Times

GILGIT: Hundreds of people, led by Anjuman-e-Imamia Gilgit-Baltistan, held a sit-in at Ittehad Chowk in
Gilgit on {W-1} to protest against the killing of Shia passengers on the Karakoram Highway, and demanded
that the culprits be arrested and the highway secured.

The protest followed the attack on {W-3} near Chilas, where passengers travelling to Gilgit were pulled
from buses and killed by a crowd after a strike call; the administration put the toll at nine, community
leaders at more than 15. Curfew remained in force in Chilas, and army troops patrolled the town.

In Gilgit itself, clashes after a grenade attack on a rally on {W-3} left several people dead, and the city
has been under curfew for parts of the week.

The protesters, addressed by ulema of the Anjuman, called for a judicial inquiry and compensation for
the victims' families, and urged restraint. The sit-in ended peacefully in the evening.

The federal interior minister, who visited Gilgit on {W0}, said the highway would be guarded by the army
until the situation improved.""")

R("098", "multi_incident", "2012-10-16", date=-2, place="Bara", a1="KP", killed=0, injured=0,
  perp=LEI, basis="claimed", et="threat", text="""
Night letters warn Sikh, Hindu families in Bara to pay 'jizya'

Dawn

PESHAWAR: Night letters signed by Lashkar-e-Islam were found on the doors of Sikh and Hindu families in Bara
bazaar, Khyber Agency, on the morning of {W-2}, demanding that they pay jizya of Rs10,000 per household a
year or leave the area within a month.

The letters, bearing the group's stamp and the name of its chief, also warned shopkeepers in the bazaar
not to sell music or allow women to shop without a male relative.

Community leaders said at least 25 families received the letters. A Sikh elder said several families had
started shifting their belongings to Peshawar. The political administration said it was aware of the
letters and had increased patrols.

It is not the first time minorities in the agency have been targeted. In 2009, the Taliban demolished the
houses of Sikh families in Orakzai's Feroz Khel after they failed to pay jizya. In Tirah, Lashkar-e-Islam
has fought rival groups and driven out families accused of supporting them.

A day later, on {W-1}, gunmen killed two Shia men in Kurram's Sadda area, officials said, in an unrelated
attack.""")

R("099", "multi_incident", "2014-10-30", date=-1, place="Rawalpindi", a1="PB", killed=0, injured=0,
  perp=None, basis=None, et="other", text="""
Rawalpindi bans entry of 30 clerics during Muharram

The Nation

RAWALPINDI: The district administration on {W-1} banned the entry of 30 clerics of different sects into
Rawalpindi district for the first ten days of Muharram and restricted 45 local ulema to their homes on
the 9th and 10th, a notification said.

Section 144 has also been imposed, banning pillion riding, the display of weapons and the use of
loudspeakers except inside imambargahs and mosques. Mobile phone service will be suspended along
procession routes on Ashura.

The measures follow last year's Ashura violence in Raja Bazaar, when clashes between a procession and
students of a seminary left at least ten people dead and the seminary and scores of shops were set on fire.
A curfew was imposed for three days after that.

In Chakwal, a suicide bomber attacked a Muharram procession in 2009, and in 2013 an imambargah in Dhok
Syedan, Rawalpindi, was set on fire.

The deputy commissioner said 8,000 police and Rangers would be deployed, and that the ulema of both sects
had agreed on the routes. The procession route through Raja Bazaar will be covered with cameras.""")

R("100", "multi_incident", "2019-03-12", date=-2, place="Booni", a1="KP", killed=1, injured=2,
  perp=TTP, basis="claimed", et="armed_attack", text="""
Ismaili shopkeeper shot dead in Upper Chitral

The News

CHITRAL: An Ismaili shopkeeper was shot dead and two of his customers were injured when a gunman opened
fire in his shop in Booni, the headquarters of Upper Chitral, on {W-2} evening, police said.

The gunman fled into the mountains. A spokesman for the Tehreek-e-Taliban Pakistan claimed the killing in
a message to journalists, calling the Ismailis "apostates". Police said they were verifying the claim.

It is the first such attack in Booni, a peaceful town where Sunni and Ismaili communities live side by
side. In recent years, however, the Taliban have threatened the Ismailis and the Kalash in videos
recorded across the Afghan border, and in 2017 a Sunni cleric in Chitral town was attacked by a mob after
he was accused of claiming prophethood.

On {W-1}, elders of both communities met at the Booni police station and announced that they would not
allow the killing to divide them. Traders closed their shops for the day.

The district police officer said additional police had been deployed in Booni and at checkposts on the
road to the Afghan border.""")


# ---------------------------------------------------------------- checks and output

LONG_STYLES = {"newspaper_long", "ngo_statement", "judgment_facts", "community_release", "oped", "multi_incident"}


def main():
    ids = [r["id"] for r in RECORDS]
    assert ids == [f"mixed7_en:{i:03d}" for i in range(1, 101)], "ids must run 001..100 in order"
    for r in RECORDS:
        n = len(r["text"].split())
        if r["style"] in LONG_STYLES:
            assert 150 <= n <= 450, (r["id"], n)
        else:
            assert 20 <= n <= 120, (r["id"], n)
        g = r["gold"]
        assert g["place"] and g["admin1_code"] and g["event_type"], r["id"]
    assert sum(r["style"] in LONG_STYLES for r in RECORDS) == 50
    with open(OUT, "w", encoding="utf-8") as f:
        for r in RECORDS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        for key in ("style", "event_type", "admin1_code", "basis"):
            c = Counter(r["style"] if key == "style" else r["gold"][key] for r in RECORDS)
            print(key, dict(sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0])))))
        print("no perpetrator:", sum(r["gold"]["perpetrator"] is None for r in RECORDS))
        wc = [len(r["text"].split()) for r in RECORDS]
        print("words short", min(wc[:50]), max(wc[:50]), "long", min(wc[50:]), max(wc[50:]))
    print(f"wrote {len(RECORDS)} records to {OUT}")


if __name__ == "__main__":
    main()
