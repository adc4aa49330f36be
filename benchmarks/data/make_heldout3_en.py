"""Writes heldout3_en.jsonl: a third, sealed set of project-written evaluation reports (see README.md).

Written without reading the extractor (src/gawahi/), the earlier held-out texts or their generators.
Relative dates ("on Sunday", "yesterday", "last night") are turned into gold dates by the helpers
below, from the publication date; a weekday that the text names next to an absolute date is checked
by `is_`. Every other gold value is typed by hand. Run: python benchmarks/data/make_heldout3_en.py"""
import json
import re
from datetime import date, timedelta
from pathlib import Path

DAYS = "monday tuesday wednesday thursday friday saturday sunday".split()


def _d(iso):
    return date.fromisoformat(iso)


def wd(iso):
    """Weekday name of an ISO date, capitalised ("Friday")."""
    return DAYS[_d(iso).weekday()].capitalize()


def is_(iso, day):
    """Returns `iso` after checking that it falls on `day` (guards weekday arithmetic in texts)."""
    assert DAYS[_d(iso).weekday()] == day.lower(), (iso, day, wd(iso))
    return iso


def prev(pub, day):
    """The most recent `day` strictly before publication date `pub` (a daily's "on Monday")."""
    d = _d(pub) - timedelta(days=1)
    while DAYS[d.weekday()] != day:
        d -= timedelta(days=1)
    return d.isoformat()


def last(pub, day):
    """The most recent `day` on or before `pub` (wire copy's "on Friday" filed on Friday)."""
    d = _d(pub)
    while DAYS[d.weekday()] != day:
        d -= timedelta(days=1)
    return d.isoformat()


def before(pub, n):
    """`n` days before `pub` ("yesterday" is 1; "last night" in a morning paper is 1)."""
    return (_d(pub) - timedelta(days=n)).isoformat()


ADMIN1 = {"PK-BA": "Balochistan", "PK-KP": "Khyber Pakhtunkhwa", "PK-PB": "Punjab", "PK-SD": "Sindh",
          "PK-IS": "Islamabad Capital Territory", "PK-GB": "Gilgit-Baltistan", "PK-JK": "Azad Jammu and Kashmir"}

TTP = "Tehrik-i-Taliban Pakistan (TTP)"
LEJ = "Lashkar-e-Jhangvi (LeJ)"
LEJA = "Lashkar-e-Jhangvi al-Alami (LeJ-A)"
ISKP = "Islamic State Khorasan Province (ISKP)"
IS = "Islamic State (IS)"
BLF = "Baloch Liberation Front (BLF)"
JUA = "Jamaat-ul-Ahrar (JuA)"
ASWJ = "Ahle Sunnat Wal Jamaat (ASWJ)"
LI = "Lashkar-e-Islam (LI)"
CTD = "Counter Terrorism Department (CTD)"
RANGERS = "Sindh Rangers"

R = []
_KEEP = re.compile(r"^(?:[-•]|Q\.|A\.|\([a-z]\)|[A-Z][A-Za-z &]{1,30}:)")


def unwrap(text):
    """Joins the hard-wrapped lines of each paragraph (as a web page or wire feed delivers them);
    blank lines stay paragraph breaks, and a line that starts a bullet, a question/answer or a
    form label ("Complainant:") stays on its own line."""
    paras = []
    for para in text.strip().split("\n\n"):
        lines = []
        for line in para.split("\n"):
            if lines and not _KEEP.match(line.strip()):
                lines[-1] += " " + line.strip()
            else:
                lines.append(line.strip())
        paras.append("\n".join(lines))
    return "\n\n".join(paras)


def add(style, text, published, date_, place, admin1_code, killed, injured, perp, event_type, basis=None):
    assert (perp is None) == (basis is None), (text[:60], perp, basis)
    R.append({"style": style, "text": unwrap(text), "published": published,
              "gold": {"date": date_, "place": place, "admin1": ADMIN1[admin1_code], "admin1_code": admin1_code,
                       "killed": killed, "injured": injured, "perpetrator": perp,
                       "event_type": event_type, "basis": basis}})


# ============================================================== wire copy (agency datelines)
p = is_("2019-04-12", "friday")
add("wire", """
QUETTA, Pakistan, April 12 (Reuters) - A bomb hidden among sacks of potatoes ripped through a
wholesale fruit and vegetable market on the eastern edge of Quetta on Friday, killing at least 16
people, about half of them from the city's mostly Shi'ite Hazara community, police said.

The device went off in the Hazarganji market a little after 7.30 a.m. as traders unloaded trucks
from the countryside. Senior police official Jameel Kakar said 30 people had been wounded.

Later in the day the provincial health department put the toll at 20 dead and 48 wounded.

Islamic State claimed responsibility in a statement carried by its Amaq news agency, saying it
had targeted "Shi'ite apostates". The claim could not be independently verified.
""", p, last(p, "friday"), "Hazarganji", "PK-BA", 20, 48, IS, "bombing", "claimed")

p = "2024-11-22"
add("wire", """
PESHAWAR, Pakistan (AP) — Gunmen waiting on the hillsides above a mountain road opened fire on a
police-escorted convoy of passenger vans in Pakistan's restive Kurram district on Thursday,
killing 38 people, among them women and children, officials said.

The convoy was travelling from Parachinar to the provincial capital when it came under fire near
the village of Mandori. Local police official Azmatullah Khan said at least 29 people were wounded
and taken to hospitals in Parachinar and Alizai.

By Friday morning rescuers had pulled four more bodies from vehicles that rolled into a ravine,
bringing the death toll to 42, Khan said.

No one claimed responsibility. Kurram, which borders Afghanistan, has a long history of deadly
disputes between Sunni and Shiite tribes over land and power.
""", p, prev(p, "thursday"), "Mandori", "PK-KP", 42, 29, None, "armed_attack")

p = is_("2013-01-22", "tuesday")
add("wire", """
KARACHI, Pakistan (AFP) - A well-known Shiite eye surgeon was shot dead outside his clinic in
Pakistan's largest city, police said Tuesday, the latest in a wave of killings of Shiite
professionals.

Two men on a motorcycle fired at Dr Syed Haider Naqvi late Monday as he was getting into his car
in the Gulshan-e-Iqbal area, senior police officer Tariq Jatoi told AFP. "He was hit by five
bullets and died on the way to hospital," Jatoi said. His driver was wounded in the arm.

There was no claim of responsibility.
""", p, prev(p, "monday"), "Gulshan-e-Iqbal", "PK-SD", 1, 1, None, "armed_attack")

p = is_("2013-02-02", "saturday")
add("wire", """
ISLAMABAD, Feb. 2 (Xinhua) -- At least five people were killed and 11 others injured when a bomb
planted near a Shiite mosque went off in Pakistan's northwest Khyber Pakhtunkhwa province on
Saturday, police and hospital sources said.

The blast took place in Ustarzai area of Kohat district as worshippers were coming out after
evening prayers, a local police officer told Xinhua on condition of anonymity.

A spokesman for the Darra Adamkhel faction of the Tehrik-e-Taliban Pakistan (TTP) claimed
responsibility for the attack, local media reported.
""", p, last(p, "saturday"), "Ustarzai", "PK-KP", 5, 11, TTP, "bombing", "claimed")

p = is_("2019-09-16", "monday")
add("wire", """
Karachi, 16 September (dpa) - A mob stormed a Hindu temple in Pakistan's southern Sindh province
late Sunday, smashing idols and setting part of the building alight after rumours spread that a
Hindu schoolteacher had insulted the Prophet Mohammed, police said.

The crowd also dragged two Hindu shopkeepers out of their stalls in Kashmore town and beat them
with sticks, district police chief Amjad Shaikh told dpa. Both were in hospital with head injuries.

Rangers were deployed in the town on Monday and a case was registered against more than 200
unidentified people, he said.
""", p, prev(p, "sunday"), "Kashmore", "PK-SD", 0, 2, None, "mob_violence")

p = is_("2023-06-25", "sunday")
add("wire", """
PESHAWAR, Pakistan (AA) – Unknown gunmen shot dead a Sikh shopkeeper in the northwestern Pakistani
city of Peshawar on Saturday, police said.

Dayal Singh, 35, who sold herbal medicines, was attacked in the Yakatoot area as he was walking
home after closing his shop, police official Shah Zaman told Anadolu.

The Islamic State Khorasan Province (ISKP), the regional branch of the Daesh terror group, claimed
responsibility in a statement released on Sunday.
""", p, prev(p, "saturday"), "Yakatoot", "PK-KP", 1, 0, ISKP, "armed_attack", "claimed")

p = is_("2024-05-09", "thursday")
add("wire", """
QUETTA, Pakistan, May 9 (Reuters) - Gunmen burst into a residential quarter in southwestern
Pakistan early on Thursday and killed seven labourers from the eastern province of Punjab, police
said.

The men, who worked at a barber's shop, were asleep in a rented room in Surbandar, a fishing
town about 25 km (15 miles) from the port of Gwadar, when the attackers arrived, police officer
Mohsin Baloch said. An eighth man survived with gunshot wounds and was flown to Karachi.

No group claimed responsibility, but police suspect ethnic Baloch separatists, who have previously
killed workers from other provinces.
""", p, last(p, "thursday"), "Surbandar", "PK-BA", 7, 1, None, "armed_attack")

p = is_("2017-08-02", "wednesday")
add("wire", """
ISLAMABAD (AP) — The wife of a Shiite rights activist said Wednesday that her husband was taken
from their home on the outskirts of Pakistan's capital by men in plainclothes who did not identify
themselves, and that the family has heard nothing since.

Naseem Bano said four men arrived in two cars at their house in Bhara Kahu in the early hours of
Monday, searched the rooms and drove away with Syed Kumail Abbas, 34. She blamed the country's
intelligence agencies, which routinely deny involvement in such cases.

Police said they had received a complaint but had no information about his whereabouts.
""", p, prev(p, "monday"), "Bhara Kahu", "PK-IS", 0, 0, None, "enforced_disappearance")

p = is_("2017-06-23", "friday")
add("wire", """
PARACHINAR, Pakistan (AFP) - A bomb hidden in a parked motorbike tore through a crowded market in
this mainly Shiite town near the Afghan border on Friday, killing at least 25 people and wounding
dozens, officials said.

"The blast happened when people were shopping ahead of the Eid holiday," local administration
official Naseer Khan told AFP.

Lashkar-e-Jhangvi Al-Alami, a sectarian offshoot of a group notorious for attacks on Shiites,
claimed responsibility in a message to journalists.
""", p, last(p, "friday"), "Parachinar", "PK-KP", 25, None, LEJA, "bombing", "claimed")

p = is_("2022-11-19", "saturday")
add("wire", """
Lahore, Nov 19 (PTI) An Ahmadi doctor was shot dead and his nephew injured by unidentified gunmen
in Pakistan's Punjab province, police said on Saturday.

Dr Abdul Qadir, 55, was attacked on Friday evening at his clinic in village Kot Abdul Malik on the
outskirts of Sheikhupura, a police official said. The attackers fled on a motorcycle.

The minority Ahmadi community has been facing attacks in the country, a spokesperson of the
community said.
""", p, prev(p, "friday"), "Kot Abdul Malik", "PK-PB", 1, 1, None, "armed_attack")

p = is_("2012-08-16", "thursday")
add("wire", """
GILGIT, Pakistan, Aug 16 (Reuters) - Gunmen wearing military fatigues stopped three buses on the
Karakoram Highway in northern Pakistan on Thursday, checked passengers' identity cards and shot
dead 19 Shi'ite men, officials said.

The attack took place at Gonar Farm, about 20 km (12 miles) south of Chilas. Four other passengers
were wounded, said local official Rehmat Ali.

A spokesman for the Pakistani Taliban said by telephone that the group had carried out the killings.
""", p, last(p, "thursday"), "Gonar Farm", "PK-GB", 19, 4, TTP, "armed_attack", "claimed")

p = is_("2015-03-15", "sunday")
add("wire", """
LAHORE, Pakistan (AFP) - Two suicide bombers struck churches during Sunday services in a Christian
neighbourhood of the eastern city of Lahore, killing 14 people, officials said.

The bombers blew themselves up minutes apart outside a Catholic church and a Protestant church in
Youhanabad. Two policemen who stopped one bomber at the gate are among the dead; the toll does not
include the attackers. More than 70 people were wounded.

Jamaat-ul-Ahrar, a faction of the Pakistani Taliban, claimed responsibility.
""", p, last(p, "sunday"), "Youhanabad", "PK-PB", 14, 70, JUA, "bombing", "claimed")

# ============================================================== Pakistani English dailies
p = is_("2014-03-12", "wednesday")
add("daily", """
Two Shia men shot dead in DI Khan

Our Correspondent

DERA ISMAIL KHAN: Two members of the Shia community were shot dead by unidentified motorcyclists
in Mohalla Jogiwara on Tuesday evening.

Police said Syed Kazim Hussain, 42, a shopkeeper, and his nephew Syed Ameer Abbas, 19, were sitting
outside their shop when two men on a motorcycle opened fire and escaped through the narrow lanes.
The bodies were shifted to the District Headquarters Hospital.

City police have registered a case against unknown persons. This was the third such killing in the
city this month.
""", p, prev(p, "tuesday"), "Jogiwara", "PK-KP", 2, 0, None, "armed_attack")

p = is_("2014-03-09", "sunday")
add("daily", """
HANGU: Three members of a Shia-dominated village peace committee were killed and five others
injured when a roadside bomb struck their pick-up in Kachai area of Hangu district on Friday.

Police said the improvised explosive device, weighing about six kilogrammes, was detonated by
remote control as the vehicle passed over a culvert. DPO Hangu said the banned Tehreek-e-Taliban
Pakistan had threatened the committee several times. "We suspect the TTP's local commanders," he said.

Our Correspondent

Published in The Express Tribune, March 9th, 2014.
""", p, prev(p, "friday"), "Kachai", "PK-KP", 3, 5, TTP, "bombing", "alleged")

p = is_("2013-09-30", "monday")
add("daily", """
KARACHI: Two brothers belonging to the Shia community were gunned down and their father wounded
in Orangi Town on Sunday night.

According to the SHO of Pakistan Bazaar police station, Ali Raza and Mohsin Raza, both in their
twenties, were closing their father's general store when armed men riding two motorcycles opened
fire. Their father, Ghulam Mustafa, received a bullet in the leg and was taken to Abbasi Shaheed
Hospital.

The SHO said the killings appeared to be sectarian. Police collected nine empty shells of a
30-bore pistol from the spot.
""", p, prev(p, "sunday"), "Orangi Town", "PK-SD", 2, 1, None, "armed_attack")

p = is_("2012-12-03", "monday")
add("daily", """
FAISALABAD - Tombstones of more than 20 graves in an Ahmadi graveyard were smashed by unidentified
persons in Chak No. 96/GB, Jaranwala tehsil, in the night between Saturday and Sunday.

Ahmadi community members said the attackers scratched out Quranic verses on the headstones and
left written slogans on the boundary wall. Police have registered a case against unknown persons
under Section 297 of the PPC.
""", p, prev(p, "saturday"), "Chak No. 96/GB", "PK-PB", 0, 0, None, "property_attack")

p = is_("2012-06-29", "friday")
add("daily", """
QUETTA: Two Hazara traders were killed and another injured when armed men opened fire on them near
Meezan Chowk on Thursday.

Police said the traders were on their way to the Hazarganji wholesale market when gunmen riding a
motorcycle intercepted their car. The injured man was shifted to the Combined Military Hospital.

The banned Lashkar-i-Jhangvi claimed responsibility for the attack in a telephone call to
journalists. The Hazara community staged a demonstration outside the hospital.
""", p, prev(p, "thursday"), "Quetta", "PK-BA", 2, 1, LEJ, "armed_attack", "claimed")

p = is_("2016-09-29", "thursday")
add("daily", """
KHANEWAL, Sept 29 (APP): The district administration on Wednesday banned a Chehlum procession in
Mauza Sultanpur of Kabirwala tehsil after the Sunni residents of the village objected to
its route.

Deputy Commissioner issued an order under Section 144 of the Criminal Procedure Code prohibiting
the procession for two months. Shia elders of the village said the procession had been taken out
along the same route for decades and that they would challenge the order.
""", p, prev(p, "wednesday"), "Mauza Sultanpur", "PK-PB", 0, 0, None, "other")

p = is_("2019-11-03", "sunday")
add("daily", """
Staff Reporter

KARACHI: Three people, including an eight-year-old boy, were injured when a low-intensity explosive
device went off outside an imambargah in Soldier Bazaar on Saturday night.

Police said the device, wrapped in a shopping bag, had been left near the shoe rack at the main
gate. The injured were taken to the Civil Hospital, where their condition was stated to be out of
danger. Bomb disposal squad officials said around 250 grams of explosive were used.
""", p, prev(p, "saturday"), "Soldier Bazaar", "PK-SD", 0, 3, None, "bombing")

p = is_("2019-06-02", "sunday")
add("daily", """
GUJRANWALA: A mob ransacked and set fire to at least 12 houses in Basti Masihabad, a Christian
settlement near Kamoke, on Saturday after a Christian youth was accused of blasphemy.

Residents said the crowd, gathered through announcements from a mosque, pelted the houses with
stones before breaking in. Four people, including two women, were hurt. Most Christian families
have fled to relatives in Gujranwala city.

Our Correspondent

Published in The Express Tribune, June 2nd, 2019.
""", p, prev(p, "saturday"), "Basti Masihabad", "PK-PB", 0, 4, None, "mob_violence")

p = is_("2015-04-22", "wednesday")
add("daily", """
CHITRAL: The Ismaili community in Garam Chashma has received a threatening letter, purportedly from
the banned Tehreek-e-Taliban Pakistan, asking its members to convert or leave the valley.

Local elders told The News the letter, written in Urdu, was found pasted on the gate of a
jamaatkhana on Tuesday morning. Police have increased patrolling in the area and deployed
personnel at places of worship.
""", p, prev(p, "tuesday"), "Garam Chashma", "PK-KP", 0, 0, TTP, "threat", "alleged")

p = is_("2021-03-13", "saturday")
add("daily", """
MIRPURKHAS: A 15-year-old Hindu girl was abducted from her home in Goth Lalu Bheel near Kunri on
Thursday night, her family said.

Talking to reporters outside the press club on Friday, the girl's father, a farm labourer, said
three armed men forced their way into their hut and took her away. He said the police of Kunri
police station had not registered an FIR and were pressing the family to "settle the matter".
""", p, prev(p, "thursday"), "Goth Lalu Bheel", "PK-SD", 0, 0, None, "abduction")

p = is_("2015-10-25", "sunday")
add("daily", """
JACOBABAD: The death toll from Friday night's suicide attack on a Muharram procession rose to 24
on Saturday, with three more deaths in hospitals in Larkana and Sukkur.

The bomber blew himself up among mourners in Lashari Mohalla at about 9 pm. Officials said 42
people had been wounded. No group has claimed the attack; police suspect the banned
Lashkar-e-Jhangvi.

The city observed a complete shutter-down on Saturday.
""", p, prev(p, "friday"), "Lashari Mohalla", "PK-SD", 24, 42, LEJ, "bombing", "alleged")

p = is_("2021-01-03", "sunday")
add("daily", """
QUETTA, Jan 3 (APP): Chief Minister Balochistan has strongly condemned the killing of eleven coal
miners of the Hazara community in the Machh area of Bolan district.

According to Levies officials, armed men took the miners from their residential quarters near the
coalfield in the early hours of Sunday, tied their hands and shot them dead in the nearby hills.
The Daesh group claimed responsibility for the attack. The chief minister directed the
authorities to arrest the culprits.
""", p, last(p, "sunday"), "Machh", "PK-BA", 11, 0, IS, "armed_attack", "claimed")

p = is_("2012-09-25", "tuesday")
add("daily", """
GILGIT – Tension gripped Gilgit city on Tuesday after unknown assailants shot dead a Sunni prayer
leader in Kashrote on Monday night.

Maulana Abdul Ghafoor was on his way home after Isha prayers when he was fired upon near his
house. The administration imposed a curfew in parts of the city and called in the army.
""", p, prev(p, "monday"), "Kashrote", "PK-GB", 1, 0, None, "armed_attack")

p = is_("2020-07-17", "friday")
add("daily", """
TOBA TEK SINGH: A man accused of blasphemy was beaten to death by an enraged mob in Chak No. 477/JB
on Thursday.

Police said Muhammad Arshad, a vendor in his forties, had been accused by a neighbour of burning
pages of a religious book. Two policemen who tried to rescue him were injured when the crowd
turned on them. Police have arrested nine people identified from video clips.
""", p, prev(p, "thursday"), "Chak No. 477/JB", "PK-PB", 1, 2, None, "mob_violence")

p = is_("2010-04-20", "tuesday")
add("daily", """
Staff Reporter

PESHAWAR: Around 40 Sikh families from Tirah valley have moved to Peshawar and Hassanabdal after
militants of the banned Lashkar-e-Islam demanded jizya from them.

Community elder Sardar Gurbachan Singh told reporters at Gurdwara Bhai Joga Singh that the last of
the families left their homes in Tirah on Sunday. "They gave us a week to pay or leave," he said.
""", p, prev(p, "sunday"), "Tirah", "PK-KP", 0, 0, LI, "displacement", "alleged")

p = is_("2018-02-13", "tuesday")
add("daily", """
HYDERABAD: Unidentified persons set fire to a church in Latifabad Unit 7 early Monday, burning
hymn books and furniture.

The pastor told police he found the door broken open at dawn. No one was hurt. The Christian
community held a protest demonstration outside the press club in the afternoon, demanding arrest
of the culprits.
""", p, prev(p, "monday"), "Latifabad", "PK-SD", 0, 0, None, "property_attack")

# ============================================================== Urdu-press translations
p = "2014-01-22"
add("urdu_press", """
Quetta (Staff Reporter) A vehicle packed with explosives was rammed into a bus carrying zaireen
near Kanak area of Mastung yesterday, as a result of which twenty-two zaireen were martyred and
thirty-two were injured. The zaireen were returning from Iran via Taftan. The law enforcers cordoned off the area
and shifted the injured to CMH Quetta. The banned organisation Lashkar-e-Jhangvi accepted
responsibility for the blast.
""", p, before(p, 1), "Kanak", "PK-BA", 22, 32, LEJ, "bombing", "claimed")

p = is_("2012-11-21", "wednesday")
add("urdu_press", """
Karachi (Online) Unknown miscreants martyred renowned Shia scholar Allama Nasir Abbas Jafri in the
jurisdiction of Shah Faisal Colony police station on Tuesday evening, while his guard was
injured. According to the police, the miscreants riding a motorcycle fired at the car of the
Allama and escaped. Shia organisations announced three days of mourning.
""", p, prev(p, "tuesday"), "Shah Faisal Colony", "PK-SD", 1, 1, None, "armed_attack")

p = is_("2022-03-05", "saturday")
add("urdu_press", """
Peshawar (Correspondent) In the Kocha Risaldar area of Peshawar, a suicide attacker blew himself
up in the Shia Jamia Masjid during Friday prayer, in which 63 worshippers were martyred and 196
were injured. Before the blast the attacker fired on the policemen at the gate. The
responsibility of the attack was accepted by Daesh Khorasan. Emergency was declared in the
hospitals of the city.
""", p, prev(p, "friday"), "Kocha Risaldar", "PK-KP", 63, 196, ISKP, "bombing", "claimed")

p = is_("2023-07-08", "saturday")
add("urdu_press", """
Sadda (Correspondent) In a clash between two tribes over a land dispute in the Balishkhel area of
Lower Kurram, 7 persons from both sides were killed and 18 injured. The firing, which started
on Wednesday night, continued till Thursday afternoon, in which heavy weapons were also used. The
jirga of elders and the administration got the firing stopped and the law enforcers took
positions on the hills.
""", p, prev(p, "wednesday"), "Balishkhel", "PK-KP", 7, 18, None, "armed_attack")

p = "2023-02-04"
add("urdu_press", """
Lahore (Staff Reporter) The minarets of the worship place of Qadianis on Allama Iqbal Road, Garhi
Shahu were broken by unknown persons last night. According to the police, the accused came in the
dark with hammers and ladders and fled after breaking the minarets. A case has been registered.
Police said the accused were associated with a religious party.
""", p, before(p, 1), "Garhi Shahu", "PK-PB", 0, 0, None, "property_attack")

p = is_("2013-06-30", "sunday")
add("urdu_press", """
Quetta (Staff Reporter) Terrorists attacked an imambargah in Hazara Town at the time of Maghrib
prayer on Saturday evening. The guard and the law enforcers killed two terrorists on the spot,
while the third blew himself up at the gate, as a result of which 4 namazis including the guard
were martyred and 9 were injured. No organisation has accepted the responsibility so far. The
Hazara community announced three days of mourning.
""", p, prev(p, "saturday"), "Hazara Town", "PK-BA", 4, 9, None, "armed_attack")

p = "2012-08-28"
add("urdu_press", """
Karachi (Staff Reporter) Hundreds of people of the Shia community staged a protest demonstration
outside the Karachi Press Club yesterday against the target killings. The protesters were
carrying banners and placards on which slogans against the killing of innocent citizens were
written. Speaking on the occasion, Allama Hassan Turabi said the government had failed to protect
the lives of the citizens. The protesters dispersed peacefully.
""", p, before(p, 1), "Karachi", "PK-SD", 0, 0, None, "protest")

p = is_("2013-11-19", "tuesday")
add("urdu_press", """
Jhang (Correspondent) A Shia zakir was martyred by unknown motorcyclists near Satellite Town on
Sunday night. Zakir Ghulam Shabbir Baloch was returning home after reciting a majlis when the
motorcyclists fired at him. He received three bullets and died on the spot. Police have started
investigation. The funeral prayer of the martyr was offered in his ancestral graveyard.
""", p, prev(p, "sunday"), "Satellite Town", "PK-PB", 1, 0, None, "armed_attack")

p = "2009-03-05"
add("urdu_press", """
Bara (Correspondent) Miscreants of the banned Lashkar-e-Islam blew up the shrine of the Sufi saint
Pir Baba Ghazi in the Sheikhan area of Bara last night with explosives. The dome and the
surrounding rooms were completely destroyed; no loss of life occurred. The spokesman of the banned
organisation accepted the responsibility on the telephone and said that the practice of visiting
graves was against sharia.
""", p, before(p, 1), "Sheikhan", "PK-KP", 0, 0, LI, "property_attack", "claimed")

p = is_("2014-11-04", "tuesday")
add("urdu_press", """
Bagh (Correspondent) Unknown miscreants set fire to an imambargah in village Harighel of Bagh
district on Sunday night, due to which the alams, carpets and copies of the Holy Quran were burnt.
The Shia community of the area staged a protest and demanded the arrest of the accused. The police
have registered a case and started investigation.
""", p, prev(p, "sunday"), "Harighel", "PK-JK", 0, 0, None, "property_attack")

# ============================================================== NGO / rights-group paragraphs
p = "2023-09-20"
add("ngo", """
Jaranwala: HRCP fact-finding report (extract)

The HRCP fact-finding mission that visited Jaranwala between 21 and 23 August found that on
16 August 2023 crowds numbering in the thousands attacked Christian localities after
allegations that pages of the Quran had been desecrated. The mission counted 22 churches and more
than 80 homes that were looted or burnt. No one was killed. The mission found that the police had
advance warning and did little to disperse the crowds.
""", p, "2023-08-16", "Jaranwala", "PK-PB", 0, 0, None, "mob_violence")

p = "2024-02-14"
is_("2024-02-09", "friday")
add("ngo", """
PAKISTAN: RELEASE AHMADI MEN DETAINED FOR PRAYING

On 9 February, police in Tarlai, on the outskirts of Islamabad, arrested four Ahmadi men under
Section 298-C of the Pakistan Penal Code for offering Friday prayers in a private house that
neighbours complained "resembled a mosque". Amnesty International considers them prisoners of
conscience, detained solely for the peaceful exercise of their right to freedom of religion, and
calls for their immediate and unconditional release.
""", p, "2024-02-09", "Tarlai", "PK-IS", None, None, None, "legal_action")

p = "2018-02-06"
add("ngo", """
In one case documented by Human Rights Watch, plainclothes officers who identified themselves as
belonging to the Counter Terrorism Department (CTD) took Syed Zain Abbas, 27, from his home in
Jaffar-e-Tayyar, Karachi, at around 3 a.m. on 14 March 2017. His family says the police refused
to register a complaint, and he has not been produced before any court. Human Rights Watch
interviewed relatives of nine other Shia men from the same area who remain missing.
""", p, "2017-03-14", "Jaffar-e-Tayyar", "PK-SD", 0, 0, CTD, "enforced_disappearance", "alleged")

p = "2019-07-10"
add("ngo", """
Sectarian violence. CRSS recorded 14 fatalities from sectarian violence in the second quarter,
compared with 31 in the first. The deadliest single incident was a bomb blast on 19 April in
the main bazaar of Kalaya, the headquarters of Orakzai district, which claimed nine lives and
injured 21 others, most of them Shia traders. No group claimed the attack.
""", p, "2019-04-19", "Kalaya", "PK-KP", 9, 21, None, "bombing")

p = "2016-01-06"
add("ngo", """
Islamabad. The only sectarian attack recorded in the capital during the year took place on
18 February, when gunmen hurled hand grenades and opened fire at an imambargah in Shahzad Town
during evening prayers. Three worshippers were killed and four injured; guards shot dead one
of the attackers. Tehreek-e-Taliban Pakistan claimed the attack. (PIPS Pakistan Security Report 2015)
""", p, "2015-02-18", "Shahzad Town", "PK-IS", 3, 4, TTP, "armed_attack", "claimed")

p = "2025-03-25"
add("ngo", """
On May 25, 2024, a crowd gathered in the Mujahid Colony neighborhood of Sargodha after a
Christian man in his seventies was accused of desecrating the Quran. The crowd set fire to his
home and his small shoe factory and beat him severely; he died of his injuries in hospital nine
days later. USCIRF continued to recommend that the State Department redesignate Pakistan as a
country of particular concern.
""", p, "2024-05-25", "Mujahid Colony", "PK-PB", 1, 0, None, "mob_violence")

p = "2021-10-20"
add("ngo", """
CLAAS is deeply concerned about the abduction of a 14-year-old Christian girl, Saima Gill, who was
taken from outside her home in Akhtar Colony, Karachi on 12.10.2021 while she was waiting for her
school van. Two days later her family was shown a marriage certificate and a conversion
certificate issued by a cleric in another district. CLAAS has filed a petition on behalf of the
parents.
""", p, "2021-10-12", "Akhtar Colony", "PK-SD", 0, 0, None, "abduction")

p = "2013-03-01"
add("ngo", """
State of Human Rights in 2012 — Sindh

Minorities. On 10 August, around 60 Hindu families from the village of Gul Muhammad Sabzoi in
Kandhkot tehsil abandoned their homes and took shelter in a dharamshala in Kandhkot town, saying
they could no longer bear the threats and extortion demands of members of a local tribe. HRCP's
team found the houses locked and the families' livestock sold at throwaway prices.
""", p, "2012-08-10", "Gul Muhammad Sabzoi", "PK-SD", 0, 0, None, "displacement")

p = "2021-01-05"
add("ngo", """
On 30 December 2020 a crowd of around 1,500 people, led by local clerics, demolished and set fire
to the samadhi of a Hindu saint in Teri village, Karak district, Khyber Pakhtunkhwa. The shrine had
been rebuilt with the permission of the Supreme Court. The police registered a case against more
than 350 people and arrested dozens. We urge the authorities to ensure the shrine is rebuilt at
state expense.
""", p, "2020-12-30", "Teri", "PK-KP", 0, 0, None, "mob_violence")

p = "2024-09-10"
add("ngo", """
Kurram. Sectarian clashes that broke out on 24 July in Boshehra village near Parachinar over a
land dispute spread within days to other parts of the district. Between 24 and 31 July, at least
49 people were killed and about 200 injured, according to figures the commission obtained from
the district administration and hospitals. Roads to Parachinar remained closed for weeks.
""", p, "2024-07-24", "Boshehra", "PK-KP", 49, 200, None, "armed_attack")

# ============================================================== police press releases and FIRs
p = "2019-06-14"
add("police", """
PRESS RELEASE — DISTRICT POLICE CHINIOT
Dated: 14-06-2019

Today at about 1930 hrs two unknown accused riding a 125 motorcycle fired upon Mr. Tahir Ahmad
s/o Bashir Ahmad, caste Arain, r/o Darul Nasr, near Aqsa Chowk, Chenab Nagar, as a result of which
he died on the spot while his companion Mr. Naveed Ahmad sustained bullet injuries and was shifted
to THQ Hospital. DPO Chiniot reached the spot and constituted special teams for the arrest of the
accused. Case FIR No. 312/19 u/s 302/324/34 PPC r/w 7 ATA has been registered at PS Chenab Nagar.
""", p, p, "Chenab Nagar", "PK-PB", 1, 1, None, "armed_attack")

p = "2014-05-24"
add("police", """
FIR No. 118/2014   PS Ferozabad   u/s 302/34 PPC r/w 7 ATA
Complainant: Syed Asghar Abbas s/o Syed Ghulam Abbas
Brief facts: On 21-05-2014 at about 2130 hrs the complainant's brother Syed Najaf Abbas was
returning home on foot from the majlis at Imambargah Shah-e-Najaf, Tariq Road, Karachi, when two
unknown persons on a motorcycle fired at him and fled towards Shahrah-e-Faisal. He was taken to
JPMC where he was pronounced dead. The complainant has no enmity with anyone and says his brother
was killed for being a Shia. Accused: unknown (2).
""", p, "2014-05-21", "Karachi", "PK-SD", 1, 0, None, "armed_attack")

p = "2016-10-18"
add("police", """
CAPITAL CITY POLICE PESHAWAR — PRESS NOTE

At 2245 hrs last night unknown miscreants hurled a hand grenade into the compound of St. Paul's
Church in Yousafabad, in the limits of PS Faqirabad. The grenade exploded near the boundary wall.
No loss of life occurred; chowkidar Pervaiz Masih received minor splinter injuries. Case has been
registered u/s 324/427 PPC r/w 4/5 Explosive Substances Act. SP City visited the spot; the BDU
collected evidence. Security of churches in the city has been enhanced.
""", p, before(p, 1), "Yousafabad", "PK-KP", 0, 1, None, "bombing")

p = "2015-09-04"
add("police", """
LEVIES FORCE KALAT — PRESS NOTE

On 03/09/2015 at about 0800 hrs, ten (10) armed men intercepted a passenger coach (Reg. No. LES
4412) en route from Quetta to Karachi near Mangochar and kidnapped four (04) passengers belonging
to Punjab after checking their CNICs. Other passengers were allowed to proceed. Levies and FC have
launched a search operation in the surrounding hills. Further investigation is in progress.
""", p, "2015-09-03", "Mangochar", "PK-BA", 0, 0, None, "abduction")

p = is_("2018-10-22", "monday")
add("police", """
CTD Balochistan arrests two LeJ terrorists

QUETTA: The Counter Terrorism Department (CTD) on Saturday arrested two terrorists of the banned
Lashkar-e-Jhangvi during an intelligence-based operation in Kuchlak. According to a CTD spokesman,
the suspects were involved in the target killing of Hazara community members in Quetta. Two
pistols, hand grenades and explosive material were recovered from their possession. Cases have been
registered at the CTD police station.
""", p, prev(p, "saturday"), "Kuchlak", "PK-BA", None, None, LEJ, "legal_action", "alleged")

p = "2022-01-19"
add("police", """
FIR No. 26/2022 registered at PS Daharki u/s 365-B PPC.
Complainant Lal Chand s/o Kheemo, Hindu by religion, r/o Bheel Colony, Daharki, stated that in the
night of 17/18-01-2022 at about 0100 hrs accused namely Waheed, Sajjad and two unknown persons,
armed with pistols, entered his house and forcibly abducted his daughter Kumari Reshma, aged about
16 years, in a white car. On hearing cries neighbours gathered but the accused fled. He prays for
legal action.
""", p, "2022-01-17", "Bheel Colony", "PK-SD", 0, 0, None, "abduction")

p = "2020-03-09"
add("police", """
ISLAMABAD CAPITAL POLICE

A case has been registered at PS Tarnol u/s 506-ii PPC on the complaint of Mr. Mubashir Ahmad, who
stated that on 4th instant unknown persons left a letter at the gate of his house in Jhangi Syedan,
purportedly signed by Lashkar-e-Jhangvi, threatening to kill him and his family if they did not
leave the area within a week. SHO Tarnol has been directed to provide security to the family and
trace the accused at the earliest.
""", p, "2020-03-04", "Jhangi Syedan", "PK-IS", 0, 0, LEJ, "threat", "alleged")

p = "2021-08-21"
add("police", """
PRESS RELEASE — AJK POLICE, DISTRICT HAVELI

On 19.08.2021 (10th Muharram) an altercation took place between two groups near the main chowk of
Forward Kahuta when the procession was passing. Stones were pelted from rooftops and six persons,
including two police constables, received injuries. Police immediately controlled the situation.
Case has been registered against 35 persons, out of which 12 have been arrested. SSP Haveli appealed
to the public to maintain peace.
""", p, "2021-08-19", "Forward Kahuta", "PK-JK", 0, 6, None, "mob_violence")

p = "2017-10-05"
add("police", """
DPO Hangu — situation report

At about 1015 hrs today an IED fitted in a motorcycle parked near the gate of Imambargah Hussainia,
Thall exploded. As per initial reports 04 persons died and 07 received injuries, who were shifted to
THQ Hospital Thall; two serious injured referred to KDA Hospital Kohat. BDU estimated 3-4 kg
explosive was used. Area cordoned off and search operation in progress.
""", p, p, "Thall", "PK-KP", 4, 7, None, "bombing")

p = "2018-04-04"
add("police", """
FIR No. 61/2018   Police Station Shalkot   u/s 302/324/34 PPC r/w 7 ATA
Date & time of occurrence: 02.04.2018, 1400 hrs
Place of occurrence: Shah Zaman Road, Essa Nagri, Quetta
Complainant: Pervaiz Masih s/o Yaqoob Masih stated that he along with his family members was going
in a rickshaw when two unknown persons on a motorcycle fired at them. As a result his brother
Shahzad Masih, cousins Rafiq Masih and Tariq Masih, and the rickshaw driver Imran Masih died on the
spot, while his niece Kiran, aged 12, was injured.
""", p, "2018-04-02", "Essa Nagri", "PK-BA", 4, 1, None, "armed_attack")

# ============================================================== community statements
p = is_("2016-02-15", "monday")
add("community", """
PRESS RELEASE — SHIA ULEMA COUNCIL PAKISTAN

The Shia Ulema Council strongly condemns the cowardly killing of three Shia youths and the wounding
of two others in the Jungle Khel area of Kohat on Sunday night. The youths were returning from a
majlis when they were ambushed. The SUC holds the takfiri terrorists of the banned Ahl-e-Sunnat Wal
Jamaat responsible and demands their immediate arrest. A protest will be held after Friday prayers
across the country.
""", p, prev(p, "sunday"), "Jungle Khel", "PK-KP", 3, 2, ASWJ, "armed_attack", "alleged")

p = "2015-10-26"
add("community", """
Majlis Wahdat-e-Muslimeen (MWM) Punjab — press statement

MWM leaders strongly condemn the firing on a Muharram majlis in Basti Sial, tehsil Darya Khan,
district Bhakkar, last night in which two mourners, Ghulam Abbas and Mureed Hussain, were martyred
and five others injured. MWM blames the local activists of a banned takfiri outfit who had been
threatening the organisers, and demands that the Punjab government arrest them within 48 hours.
""", p, before(p, 1), "Basti Sial", "PK-PB", 2, 5, None, "armed_attack")

p = "2012-05-10"
add("community", """
Hazara Democratic Party — statement

Today at 10 am, Haji Muhammad Ali Changezi, an elder of our community, was shot dead at his shop
on Prince Road, Quetta. This is the fifth killing of a Hazara in the city this month. We hold the
Lashkar-e-Jhangvi responsible, which has openly announced its intention to kill Hazaras, and we ask
the provincial government why its killers still move freely in the city.
""", p, p, "Quetta", "PK-BA", 1, 0, LEJ, "armed_attack", "alleged")

p = "2020-08-13"
add("community", """
PRESS RELEASE — Jamaat-e-Ahmadiyya Pakistan, Rabwah

Mr Mehboob Khan, an Ahmadi aged 61, was stabbed to death on the evening of 12th August 2020 near his
home in the Gulbahar neighbourhood of Peshawar, the spokesperson of the Jamaat said. He was returning
from the bazaar when an assailant attacked him with a knife. The spokesperson said Ahmadis in
Peshawar had been receiving threats for months and the authorities had been informed.
""", p, "2020-08-12", "Gulbahar", "PK-KP", 1, 0, None, "armed_attack")

p = "2017-06-05"
add("community", f"""
Statement by the Diocese of Faisalabad

We are deeply grieved that on {wd(is_("2017-06-04", "sunday"))} evening, 4 June, armed men on motorcycles fired at
worshippers leaving the evening service at the Church of God in Warispura, Faisalabad. By the grace
of God no one lost their life, but two young men were wounded and are being treated at Allied
Hospital. We appeal to the government to provide security to churches in the city.
""", p, "2017-06-04", "Warispura", "PK-PB", 0, 2, None, "armed_attack")

p = "2020-02-17"
add("community", """
Hindu Panchayat Mirpur Mathelo — press note

Today the Hindu Panchayat Mirpur Mathelo observed a complete shutter-down strike and staged a sit-in
on the National Highway for four hours against the abduction of a Hindu girl from the town last
week. Traders, women and children took part. The panchayat demands the recovery of the girl and
action against the police officials who have failed to arrest the accused.
""", p, p, "Mirpur Mathelo", "PK-SD", 0, 0, None, "protest")

p = is_("2020-01-05", "sunday")
add("community", """
Pakistan Sikh Gurdwara Parbandhak Committee

The PSGPC strongly condemns the threats hurled on Friday by a local man at Gurdwara Janam Asthan,
Nankana Sahib. In a video recorded outside the gurdwara, he threatened that the Sikhs would be
expelled from the city and that the gurdwara would be given a new name. The committee thanks the
Punjab government for registering a case and arresting the man.
""", p, prev(p, "friday"), "Nankana Sahib", "PK-PB", 0, 0, None, "threat")

p = "2019-03-07"
add("community", """
Jafaria Alliance Karachi — appeal

Our brother Syed Mumtaz Rizvi was picked up by personnel of the Sindh Rangers, accompanied by men in
plain clothes, from his home in Rizvia Society on the night of 3rd and 4th March 2019. Three days
have passed; no FIR, no court production, no information. We appeal to the Chief Justice to take
notice and demand that he be produced before a court if he is accused of anything.
""", p, "2019-03-03", "Rizvia Society", "PK-SD", 0, 0, RANGERS, "enforced_disappearance", "alleged")

p = "2013-01-12"
add("community", """
Hazara Qaumi Jirga — message to the nation

Our sit-in with the bodies of our martyrs, which began yesterday morning on the Western Bypass near
Hazara Town, will continue until the army is called into Quetta. Thousands of men, women and
children are spending the night in the cold. We will not bury our dead until our demands are met.
""", p, before(p, 1), "Hazara Town", "PK-BA", 0, 0, None, "protest")

# ============================================================== court reporting
p = is_("2016-05-11", "wednesday")
add("court", """
KARACHI: An anti-terrorism court on Tuesday sentenced two militants of the banned Lashkar-e-Jhangvi
to death for the killing of a Shia lawyer and his son in Gulistan-e-Jauhar in 2013.

ATC-VI judge held that the prosecution had proved its case through eyewitnesses and forensic
evidence linking a pistol recovered from the convicts to the empty shells found at the scene.
The convicts were also fined Rs200,000 each. A third accused was acquitted for lack of evidence.
""", p, prev(p, "tuesday"), "Karachi", "PK-SD", None, None, LEJ, "legal_action", "convicted")

p = is_("2016-03-18", "friday")
add("court", """
RAWALPINDI: An anti-terrorism court on Thursday acquitted five activists of Ahle Sunnat Wal Jamaat
(ASWJ) in the case of the Raja Bazaar violence of 10th Muharram 2013, giving them the benefit of
the doubt.

The judge observed that the prosecution witnesses had contradicted one another and that no
identification parade was held. Defence counsel said his clients had been in jail for more than
two years.
""", p, prev(p, "thursday"), "Rawalpindi", "PK-PB", None, None, ASWJ, "legal_action", "acquitted")

p = is_("2019-01-25", "friday")
add("court", """
MULTAN: The Lahore High Court's Multan bench on Thursday dismissed the appeal of a university
lecturer sentenced to death under Section 295-C by a sessions court in 2017.

A two-member bench upheld the conviction after hearing arguments of both sides for three days.
The lecturer's counsel said he would move the Supreme Court.
""", p, prev(p, "thursday"), "Multan", "PK-PB", None, None, None, "legal_action")

p = is_("2024-02-07", "wednesday")
add("court", """
ISLAMABAD: The Supreme Court on Tuesday granted bail to an Ahmadi man who had been in jail for more
than a year on a charge of distributing a banned commentary of the Quran.

A three-member bench observed that the offence he was charged with had not been made a crime at
the time of the alleged act, and ordered his release against surety bonds of Rs5,000.
""", p, prev(p, "tuesday"), "Islamabad", "PK-IS", None, None, None, "legal_action")

p = is_("2018-09-13", "thursday")
add("court", """
PESHAWAR: A two-member bench of the Peshawar High Court on Wednesday directed the interior ministry
to produce three Shia youths from Parachinar, missing since 2016, before the court within two
weeks, or explain under what law they were being held.

The petitioners' counsel told the court the young men had been picked up from a checkpost and were
believed to be in an internment centre. A deputy attorney general sought time to obtain
instructions.
""", p, prev(p, "wednesday"), "Peshawar", "PK-KP", None, None, None, "legal_action")

p = "2014-12-09"
add("court", """
QUETTA: Anti-Terrorism Court-I on 8 December indicted four men, including an alleged commander of
Lashkar-e-Jhangvi (LeJ), in the case of the water-tanker bombing at Kirani Road that killed more
than 80 Hazaras in February 2013. All four pleaded not guilty. The court summoned prosecution
witnesses for the next hearing.
""", p, "2014-12-08", "Quetta", "PK-BA", None, None, LEJ, "legal_action", "charged")

p = is_("2019-12-06", "friday")
add("court", """
SUKKUR: The Sindh High Court's Sukkur bench on Thursday allowed a 14-year-old Hindu girl from
Ghotki to go with her parents, ruling that her marriage was invalid because she was a minor.

The girl told the court she had been taken from her home and made to sign papers. The bench
ordered the police to register a case against those who had conducted the marriage.
""", p, prev(p, "thursday"), "Sukkur", "PK-SD", None, None, None, "legal_action")

p = "2016-04-28"
add("court", """
GILGIT: An anti-terrorism court here on 27-04-2016 handed down death sentences to three members of
the Tehreek-e-Taliban Pakistan for their role in the Gonar Farm massacre of 2012, in which Shia
passengers were taken off buses and shot. Two others were sentenced to life imprisonment. The
convicts were shifted to Gilgit jail under tight security.
""", p, "2016-04-27", "Gilgit", "PK-GB", None, None, TTP, "legal_action", "convicted")

p = is_("2020-09-14", "monday")
add("court", """
KOTLI: A sessions court in Kotli, Azad Kashmir, on Saturday sentenced a man to death under
Section 295-C for remarks he allegedly made in a local WhatsApp group. The convict's lawyer said
the verdict would be challenged in the AJK High Court.
""", p, prev(p, "saturday"), "Kotli", "PK-JK", None, None, None, "legal_action")

# ============================================================== tweets and TV tickers
p = "2015-01-30"
add("tweet", """
BREAKING: Blast inside imambargah in Lakhi Dar, #Shikarpur, during Friday prayers. At least 40
martyred, dozens injured — hospital sources. Emergency declared in Sukkur, Larkana hospitals.
""", p, p, "Lakhi Dar", "PK-SD", 40, None, None, "bombing")

p = "2012-01-13"
add("tweet", """
#DIKhan: Firing on police mobile escorting Chehlum procession near Kotli Imam Hussain; 2 cops
martyred, 3 injured. Mobile phone service suspended in city. #Breaking
""", p, p, "Kotli Imam Hussain", "PK-KP", 2, 3, None, "armed_attack")

p = "2023-09-29"
add("tweet", """
Update: toll in #Mastung blast rises to 52, per DHO. Suicide bomber hit the Eid Milad-un-Nabi
procession near Madina Masjid, Alfalah Road, this morning as it was assembling. 60+ injured, many
critical, being shifted to Quetta.
""", p, p, "Mastung", "PK-BA", 52, 60, None, "bombing")

p = "2021-11-26"
add("tweet", """
Another Ahmadi martyred. Mr Tahir Mehmood, 45, father of three, shot dead this morning outside his
home in Ghatialian, Sialkot. He had been receiving threats for months. Police have been informed.
""", p, p, "Ghatialian", "PK-PB", 1, 0, None, "armed_attack")

p = "2017-02-16"
add("tweet", """
SEHWAN: Suicide blast at Lal Shahbaz Qalandar shrine during dhamaal; 70+ dead: hospital sources
#Sehwan #Breaking
""", p, p, "Sehwan", "PK-SD", 70, 0, None, "bombing")

p = "2022-08-09"
add("tweet", """
Just in: Mob attacks Ahmadi place of worship in #Kotli, AJK. Minarets and mihrab demolished, no
casualties reported. Police watched from the street. Video ↓
""", p, p, "Kotli", "PK-JK", 0, 0, None, "mob_violence")

p = is_("2023-02-22", "wednesday")
add("tweet", """
Day 3: My brother Zeeshan Haider was picked up from our house in Amphari, Gilgit on Sunday night by
men in plain clothes. No FIR, no charge, no news. Where is he? #ReleaseZeeshan #EndEnforcedDisappearances
""", p, prev(p, "sunday"), "Amphari", "PK-GB", 0, 0, None, "enforced_disappearance")

p = "2024-07-16"
add("tweet", """
MUZAFFARABAD: Shia community protests against curtailment of Ashura procession route; protesters
block Chattar road; Section 144 imposed in city #Breaking
""", p, p, "Muzaffarabad", "PK-JK", 0, 0, None, "protest")

# ============================================================== witness paraphrase
p = is_("2012-09-01", "saturday")
add("witness", """
Ghulam Abbas, who runs a tea stall opposite the mosque, said two young men came walking down the
lane in Jutial at about eight on Thursday night, waited until the worshippers came out after Isha,
and fired at a group of them standing by the gate. Two men fell where they stood, and a boy of
about twelve was hit in the leg. Abbas said the gunmen walked away calmly towards the main road.
Police in Gilgit later said both men had died before reaching hospital.
""", p, prev(p, "thursday"), "Jutial", "PK-GB", 2, 1, None, "armed_attack")

p = is_("2011-09-22", "thursday")
add("witness", """
Survivors said the gunmen stopped the bus near the Lak Pass tunnel at about 11 in the morning on
Monday. According to Muhammad Raza, one of the passengers, the men ordered everyone out, looked at
their faces and identity cards, separated nine Hazara men from the rest and shot them at the
roadside. The driver was wounded when he tried to start the bus. Lashkar-e-Jhangvi later claimed
the killings in a call to a local newspaper.
""", p, prev(p, "monday"), "Lak Pass", "PK-BA", 9, 1, LEJ, "armed_attack", "claimed")

p = is_("2021-08-06", "friday")
add("witness", """
The temple's caretaker said he was inside when he heard the crowd. Hundreds of men, some with iron
rods, broke the gate of the Ganesh mandir in Bhong on Wednesday afternoon, smashed the idols and the
glass doors and set fire to the curtains. He and his family hid in a neighbour's house until the
Rangers arrived in the evening. No one was hurt, he said.
""", p, prev(p, "wednesday"), "Bhong", "PK-PB", 0, 0, None, "mob_violence")

p = is_("2013-05-16", "thursday")
add("witness", """
Muhammad Iqbal, the driver of the survey team's jeep, said four armed men stopped them on the road
near Laspur in upper Chitral on Tuesday morning and took away the two Ismaili engineers at gunpoint,
leaving him and the cook behind. Police said they suspected the Pakistani Taliban, who have
threatened Ismailis in the district.
""", p, prev(p, "tuesday"), "Laspur", "PK-KP", 0, 0, TTP, "abduction", "alleged")

p = is_("2011-04-05", "tuesday")
add("witness", """
Ghulam Fareed, who had come to the urs from Rajanpur, said the first bomber blew himself up near
the main gate of the shrine of Sakhi Sarwar at about 5 pm on Sunday, and the second among the
people running away a few minutes later. "There were shoes and blood everywhere," he said.
Officials said 43 people were killed and more than 100 wounded. The Pakistani Taliban claimed
responsibility.
""", p, prev(p, "sunday"), "Sakhi Sarwar", "PK-PB", 43, 100, TTP, "bombing", "claimed")

# ============================================================== blog posts
p = "2016-12-20"
add("blog", """
A week on, I keep thinking about Dulmial. On 12 December, the day of Eid Milad-un-Nabi, a
procession in this village in Chakwal district turned into a crowd of something like a thousand
men who besieged the Ahmadi place of worship, threw stones, and then broke in and set it on fire.
The police eventually got the families out. Nobody was killed, thank God, though three Ahmadis
were hurt. What scares me is how ordinary it all seemed to the people filming it.
""", p, "2016-12-12", "Dulmial", "PK-PB", 0, 3, None, "mob_violence")

p = is_("2014-04-10", "thursday")
add("blog", """
Threat letters again. This Tuesday, the wall outside my old school on Alamdar Road was covered in
graffiti: "Hazaras, leave Quetta or be ready to die", signed "LeJ". By afternoon the school had
painted it over, but parents kept their children home the next day. I have written about this
before and I will keep writing.
""", p, prev(p, "tuesday"), "Quetta", "PK-BA", 0, 0, LEJ, "threat", "claimed")

p = "2018-01-15"
add("blog", """
People ask why my family doesn't go back to Sadda. We left on the morning of 6 November 2007, in
the back of a truck, with whatever we could tie on. My father locked the house and gave the key to
a neighbour. Other families from our street had already gone to Parachinar or Peshawar. We thought
it would be for a month.
""", p, "2007-11-06", "Sadda", "PK-KP", 0, 0, None, "displacement")

p = is_("2022-02-07", "monday")
add("blog", """
Last Thursday, the body of an Ahmadi woman was dug out of the common graveyard in village
Kariwala, tehsil Kot Momin, three days after her burial, because some local clerics objected that an
Ahmadi could not lie among Muslims. Her sons reburied her in a field outside the village. No one
was arrested. I don't know what to call this except cruelty.
""", p, prev(p, "thursday"), "Kariwala", "PK-PB", 0, 0, None, "other")

# ============================================================== parliamentary question answers
p = "2015-06-10"
add("parliament", """
National Assembly — written answers

Q. No. 87. Will the Minister for Interior be pleased to state the number of persons killed and
injured in the suicide attack on the Central Imambargah, Hayatabad, Peshawar?
A. In the suicide attack on the Central Imambargah, Hayatabad, Peshawar on 13.02.2015, 21 persons
embraced shahadat and 50 were injured. The Tehreek-e-Taliban Pakistan (Jundullah group) claimed
responsibility. Compensation has been paid to the heirs of the deceased.
""", p, "2015-02-13", "Hayatabad", "PK-KP", 21, 50, TTP, "bombing", "claimed")

p = "2015-03-18"
add("parliament", """
Provincial Assembly of the Punjab — question hour (unstarred question)

The Minister for Home informed the House that in the incident of 04-11-2014 at a brick kiln in
Chak No. 59, tehsil Kot Radha Kishan, district Kasur, where a Christian couple was beaten and burnt
to death by a mob, 106 accused had been arrested and challans submitted before the Anti-Terrorism
Court, Lahore.
""", p, "2014-11-04", "Chak No. 59", "PK-PB", 2, 0, None, "mob_violence")

p = "2022-03-15"
add("parliament", """
Provincial Assembly of Khyber Pakhtunkhwa — Question No. 1406

(a) Is it a fact that a Sikh hakim was shot dead in Peshawar? (b) If so, has anyone claimed it?
Answer: (a) Yes. Hakim Sardar Ranjeet Singh was shot dead on 30-09-2021 in his clinic on Charsadda
Road, Peshawar. A case vide FIR No. 1106 dated 30.09.2021 u/s 302 PPC was registered at PS
Faqirabad. (b) Yes. The Daesh (ISKP) claimed responsibility on its social media channels.
""", p, "2021-09-30", "Peshawar", "PK-KP", 1, 0, ISKP, "armed_attack", "claimed")

p = "2025-02-12"
add("parliament", """
Senate of Pakistan — written reply

The Minister for States and Frontier Regions informed the House that 1,260 families had been
displaced from Bagan, Lower Kurram, since 22-11-2024, and were living with relatives in Hangu,
Kohat and Peshawar. Relief goods were being provided through the district administration.
""", p, "2024-11-22", "Bagan", "PK-KP", 0, 0, None, "displacement")

# ============================================================== digests (gold describes the first item)
p = is_("2014-02-04", "tuesday")
add("digest", """
Sectarian violence round-up

- KARACHI: Gunmen shot dead a Shia shopkeeper, Syed Ali Mehdi, in Nazimabad No. 2 on Monday.
- HANGU: A bomb exploded outside an imambargah on Sunday night, injuring four people.
- QUETTA: Police arrested two suspects in connection with last month's attack on pilgrims.
""", p, prev(p, "monday"), "Nazimabad", "PK-SD", 1, 0, None, "armed_attack")

p = "2019-02-11"
add("digest", """
Week in review (3–9 February)

• 4 Feb, Bajaur: A hand grenade was lobbed into a Hindu-owned cloth shop in Khar bazaar, injuring
  the owner and a customer.
• 6 Feb, Gujrat: Unknown persons desecrated 14 graves in an Ahmadi graveyard.
• 8 Feb, Islamabad: Sikh yatrees arrived for Baisakhi preparations amid tight security.
""", p, "2019-02-04", "Khar", "PK-KP", 0, 2, None, "bombing")

p = "2023-08-15"
add("digest", """
OVERNIGHT — Balochistan
Panjgur: Unknown gunmen shoot dead 3 labourers from Punjab at a construction site; BLF claims.
Washuk: Levies post attacked, no casualties.
Kharan: Two suspects arrested with explosives.
""", p, before(p, 1), "Panjgur", "PK-BA", 3, 0, BLF, "armed_attack", "claimed")


def validate(rows):
    keys = {"date", "place", "admin1", "admin1_code", "killed", "injured", "perpetrator", "event_type", "basis"}
    types = {"bombing", "armed_attack", "abduction", "enforced_disappearance", "property_attack", "mob_violence",
             "legal_action", "threat", "displacement", "protest", "other"}
    for r in rows:
        g = r["gold"]
        assert set(g) == keys, r["id"]
        date.fromisoformat(r["published"])
        if g["date"]:
            assert g["date"] <= r["published"], r["id"]
        assert g["event_type"] in types, r["id"]
        assert g["basis"] in (None, "alleged", "claimed", "charged", "convicted", "acquitted"), r["id"]
        assert g["admin1_code"] in ADMIN1, r["id"]
        for k in ("killed", "injured"):
            assert g[k] is None or (isinstance(g[k], int) and g[k] >= 0), r["id"]
        if g["event_type"] == "legal_action":
            assert g["killed"] is None and g["injured"] is None, r["id"]


def main():
    out = Path(__file__).with_name("heldout3_en.jsonl")
    rows = []
    for i, r in enumerate(R, 1):
        rows.append({"id": f"heldout3_en:{i:03d}", "style": r["style"], "text": r["text"],
                     "published": r["published"], "gold": r["gold"]})
    validate(rows)
    with open(out, "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} reports to {out}")


if __name__ == "__main__":
    main()
