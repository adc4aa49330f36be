"""Writes heldout_en.jsonl: project-written evaluation reports with hand-written gold (see README.md).

Relative dates ("on Sunday") are turned into gold dates by the small helpers below, from the
publication date; every other gold value is typed by hand. Run: python benchmarks/data/make_heldout_en.py"""
import json
from datetime import date, timedelta
from pathlib import Path

DAYS = "monday tuesday wednesday thursday friday saturday sunday".split()

def prev(pub, day, back=1):
    """The most recent `day` strictly before publication date `pub` (ISO)."""
    p = date.fromisoformat(pub)
    w = DAYS.index(day)
    d = p - timedelta(days=1)
    while d.weekday() != w:
        d -= timedelta(days=1)
    return d.isoformat()

def before(pub, n):
    return (date.fromisoformat(pub) - timedelta(days=n)).isoformat()

TTP = "Tehrik-i-Taliban Pakistan (TTP)"
LEJ = "Lashkar-e-Jhangvi (LeJ)"
ISKP = "Islamic State Khorasan Province (ISKP)"
BLA = "Balochistan Liberation Army (BLA)"
BLF = "Baloch Liberation Front (BLF)"
JUA = "Jamaat-ul-Ahrar (JuA)"
ASWJ = "Ahle Sunnat Wal Jamaat (ASWJ)"
TLP = "Tehreek-e-Labbaik Pakistan (TLP)"
FC = "Frontier Corps (FC)"

R = []
def add(style, text, published, date_, place, admin1_code, killed, injured, perp, event_type, basis=None, admin1=None):
    R.append({"style": style, "text": text, "published": published,
              "gold": {"date": date_, "place": place, "admin1": admin1, "admin1_code": admin1_code,
                       "killed": killed, "injured": injured, "perpetrator": perp,
                       "event_type": event_type, "basis": basis}})

# ---------------------------------------------------------------- wire copy with datelines
p = "2013-01-11"
add("wire", "QUETTA, Jan 10 (Newswire) - Two bombs exploded minutes apart at a snooker hall on Alamdar Road on Thursday evening, "
    "killing 81 people and wounding more than 120, most of them members of the Shia Hazara community, police said. "
    "Lashkar-e-Jhangvi claimed responsibility in a telephone call to reporters.", p, "2013-01-10", "Quetta", "PK-BA", 81, 120, LEJ, "bombing", "claimed")
p = "2015-05-14"
add("wire", "KARACHI, May 13 (Newswire) - Gunmen on motorcycles stopped a bus carrying Ismaili passengers near Safoora Chowrangi "
    "on Wednesday and opened fire, killing 43 people and wounding 13, officials said. A splinter group calling itself Jundallah "
    "said it carried out the attack.", p, "2015-05-13", "Karachi", "PK-SD", 43, 13, "Jundallah", "armed_attack", "claimed")
p = "2017-02-17"
add("wire", "SEHWAN, Pakistan, Feb 16 (Newswire) - A suicide bomber blew himself up among devotees at the shrine of Lal Shahbaz Qalandar "
    "in Sehwan on Thursday, killing at least 88 people, hospital officials said. Islamic State claimed the attack through its Amaq news agency.",
    p, "2017-02-16", "Sehwan", "PK-SD", 88, 0, "Islamic State", "bombing", "claimed")
p = "2012-08-17"
add("wire", "GILGIT, Aug 16 (Newswire) - Armed men dressed in military uniform stopped four buses in the Babusar area on Thursday, "
    "checked the identity cards of passengers and shot dead 22 Shia men, a police official said. No group has yet claimed the killings.",
    p, "2012-08-16", "Babusar", "PK-KP", 22, 0, None, "armed_attack", None)
p = "2018-07-14"
add("wire", "MASTUNG, July 13 (Newswire) - A suicide bomber struck an election rally in Mastung district on Friday, killing 128 people, "
    "among them the candidate Siraj Raisani, and injuring more than 150, provincial officials said. Islamic State claimed responsibility.",
    p, "2018-07-13", "Mastung", "PK-BA", 128, 150, "Islamic State", "bombing", "claimed")
p = "2022-03-05"
add("wire", "PESHAWAR, March 4 (Newswire) - A suicide bomber attacked a Shia mosque in the old city of Peshawar during Friday prayers, "
    "killing 63 worshippers and wounding 196, a hospital spokesman said. The Islamic State's Khorasan branch claimed responsibility on its Telegram channel.",
    p, "2022-03-04", "Peshawar", "PK-KP", 63, 196, ISKP, "bombing", "claimed")
p = "2010-05-29"
add("wire", "LAHORE, May 28 (Newswire) - Gunmen and suicide bombers stormed two mosques of the minority Ahmadi community in the Garhi Shahu "
    "and Model Town neighbourhoods of Lahore during Friday prayers, killing 86 people and wounding more than 100. "
    "Police said the Punjab chapter of the Pakistani Taliban had claimed the attacks.", p, "2010-05-28", "Lahore", "PK-PB", 86, 100, TTP, "armed_attack", "claimed")
p = "2023-01-31"
add("wire", "PESHAWAR, Jan 30 (Newswire) - A suicide bomber detonated his vest inside a mosque in the Police Lines compound during afternoon prayers on Monday, "
    "killing at least 84 people, most of them policemen, and injuring around 220. Officials blamed Jamaat-ul-Ahrar, a faction of the TTP.",
    p, "2023-01-30", "Peshawar", "PK-KP", 84, 220, JUA, "bombing", "alleged")
p = "2024-03-27"
add("wire", "BESHAM, March 26 (Newswire) - A suicide bomber rammed an explosives-laden car into a convoy carrying Chinese engineers near Besham in Shangla district "
    "on Tuesday, killing five Chinese nationals and their Pakistani driver, police said. No one immediately claimed responsibility.",
    p, "2024-03-26", "Besham", "PK-KP", 6, 0, None, "bombing", None)
p = "2011-09-21"
add("wire", "MASTUNG, Sept 20 (Newswire) - Gunmen forced pilgrims off a bus near Mastung on Tuesday, lined them up and shot them, killing 26 Hazara pilgrims "
    "travelling to Iran. Three people who tried to take the bodies to Quetta were killed in a second attack later in the day, police said.",
    p, "2011-09-20", "Mastung", "PK-BA", 29, 0, None, "armed_attack", None)

# ---------------------------------------------------------------- NGO report paragraphs
add("ngo", "On 12 January 2014, a roadside bomb targeted a bus carrying Shia pilgrims returning from Iran in the Akhtarabad area on the outskirts of Quetta. "
    "Our field team documented 24 deaths and 40 injuries. Lashkar-e-Jhangvi was named by local officials as the group behind the attack, though no formal claim was issued.",
    "2014-02-01", "2014-01-12", "Quetta", "PK-BA", 24, 40, LEJ, "bombing", "alleged")
add("ngo", "Case 17. On 3 March 2019 three members of the Ahmadiyya community were attacked with axes in a village near Sheikhupura. "
    "One of them, a 60-year-old shopkeeper, died of his wounds in hospital; the other two were treated for head injuries. "
    "The family reports that a local cleric had incited hatred against them in Friday sermons.",
    "2019-04-10", "2019-03-03", "Sheikhupura", "PK-PB", 1, 2, None, "armed_attack", None)
add("ngo", "During the reporting period, the commission recorded the enforced disappearance of Abdul Wahid Baloch, a student of the University of Turbat, "
    "who was picked up from his home in Turbat on 8 November 2021 by personnel of the Frontier Corps, according to his family. His whereabouts remain unknown.",
    "2022-01-15", "2021-11-08", "Turbat", "PK-BA", 0, 0, FC, "enforced_disappearance", "alleged")
add("ngo", "In the early hours of 16 August 2023, a mob of several thousand people attacked the Christian neighbourhoods of Jaranwala after allegations "
    "that pages of the Quran had been desecrated. At least 21 churches and more than 80 homes were set on fire. No deaths were reported. "
    "Police later booked several members of the Tehreek-e-Labbaik Pakistan for inciting the crowd.",
    "2023-09-01", "2023-08-16", "Jaranwala", "PK-PB", 0, 0, TLP, "mob_violence", "charged")
add("ngo", "Incident summary: On 27 March 2016, Easter Sunday, a suicide bomber detonated explosives near the children's rides at Gulshan-e-Iqbal Park in Lahore. "
    "Seventy-five people were killed, many of them women and children, and over 300 were injured. Jamaat-ul-Ahrar claimed responsibility, saying Christians were the target.",
    "2016-05-01", "2016-03-27", "Lahore", "PK-PB", 75, 300, JUA, "bombing", "claimed")
add("ngo", "Between 1 and 3 August 2021, unknown persons desecrated 45 graves in an Ahmadi cemetery in Hafizabad district, breaking the tombstones that bore Islamic inscriptions. "
    "No one was hurt. The community filed a complaint, but no arrests have been made.",
    "2021-09-10", "2021-08-01", "Hafizabad", "PK-PB", 0, 0, None, "property_attack", None)
add("ngo", "On 22 September 2013, two suicide bombers blew themselves up outside All Saints Church in Kohati Gate, Peshawar, as worshippers were leaving the Sunday service. "
    "The attack killed 127 people and injured more than 250. A faction of the Pakistani Taliban, Jundallah, claimed it, though the TTP leadership denied involvement.",
    "2013-10-20", "2013-09-22", "Peshawar", "PK-KP", 127, 250, "Jundallah", "bombing", "claimed")
add("ngo", "The family of Shia scholar Syed Ali Raza reported that he was abducted on 14 June 2020 while driving from Kohat to Hangu. "
    "Two days later his body was found dumped near the Kohat tunnel. Relatives suspect Lashkar-e-Jhangvi, which had threatened him earlier in the year.",
    "2020-07-01", "2020-06-14", "Kohat", "PK-KP", 1, 0, LEJ, "abduction", "alleged")

# ---------------------------------------------------------------- police statements / FIR style
add("police", "According to the FIR registered at Orangi Town police station, the complainant's brother, a Shia prayer leader, was shot dead by two unidentified "
    "motorcyclists outside his house on the night of 4 February 2013. The attackers fled. A case has been registered under the Anti-Terrorism Act.",
    "2013-02-06", "2013-02-04", "Orangi Town", "PK-SD", 1, 0, None, "armed_attack", None, admin1="Sindh")
p = "2019-11-20"
add("police", "A police spokesman said on Tuesday that a Counter-Terrorism Department team had arrested three suspects linked to Lashkar-e-Jhangvi "
    "in connection with Sunday's killing of two Hazara vegetable vendors on Quetta's Sariab Road. The men have been charged under the Anti-Terrorism Act.",
    p, prev(p, "sunday"), "Quetta", "PK-BA", 2, 0, LEJ, "armed_attack", "charged")
add("police", "SSP Investigation told reporters that the grenade hurled at the imambargah in Jacobabad on 10 October 2019 had wounded six mourners. "
    "He said the police suspect a local cell of the banned Sipah-e-Sahaba Pakistan, but no arrests have been made so far.",
    "2019-10-12", "2019-10-10", "Jacobabad", "PK-SD", 0, 6, "Sipah-e-Sahaba Pakistan (SSP)", "bombing", "alleged")
p = "2021-01-04"
add("police", "Levies officials said eleven coal miners from the Hazara community were abducted from their camp in the Machh area of Bolan district on Saturday night "
    "and later killed. Their hands had been tied. The Islamic State group claimed the killings.",
    p, prev(p, "saturday"), "Machh", "PK-BA", 11, 0, "Islamic State", "armed_attack", "claimed")
add("police", "Police said a constable deployed with a polio vaccination team was shot dead by gunmen on a motorcycle in Lakki Marwat on 11 January 2023. "
    "The vaccinators escaped unhurt. Tehrik-i-Taliban Pakistan accepted responsibility in a statement.",
    "2023-01-12", "2023-01-11", "Lakki Marwat", "PK-KP", 1, 0, TTP, "armed_attack", "claimed")
p = "2018-04-03"
add("police", "DIG Quetta Abdul Razzaq Cheema said two Christian men were killed and a woman was injured when gunmen opened fire on a rickshaw "
    "in the Shahzaman Road area on Monday. He said the attack bore the hallmarks of Islamic State, which had killed four Christians in the city a day earlier.",
    p, prev(p, "monday"), "Quetta", "PK-BA", 2, 1, "Islamic State", "armed_attack", "alleged")
add("police", "The Station House Officer of Gojra city police station said the houses of Christians in the Koriyan village were torched on 30 July 2009 "
    "after rumours of blasphemy; nobody was killed in that attack. The FIR names 17 people.",
    "2009-07-31", "2009-07-30", "Gojra", "PK-PB", 0, 0, None, "mob_violence", None)

# ---------------------------------------------------------------- tweet-like one-liners
add("tweet", "BREAKING: Blast at imambargah in Shikarpur during Friday prayers, 61 martyred, dozens injured #Shikarpur #Sindh",
    "2015-01-30", "2015-01-30", "Shikarpur", "PK-SD", 61, None, None, "bombing", None)
add("tweet", "Another Hazara target killing in Quetta today. Shopkeeper shot dead in Jinnah Road market. When will this end? #HazaraGenocide",
    "2018-04-22", "2018-04-22", "Quetta", "PK-BA", 1, 0, None, "armed_attack", None)
add("tweet", "Parachinar: Toll from Saturday's Turi market blast rises to 25, over 70 wounded. TTP has claimed it. #Kurram",
    "2017-01-22", "2017-01-21", "Parachinar", "PK-KP", 25, 70, TTP, "bombing", "claimed")
add("tweet", "Ahmadi doctor gunned down outside his clinic in Peshawar this morning. Third Ahmadi killed in the city this year.",
    "2020-11-09", "2020-11-09", "Peshawar", "PK-KP", 1, 0, None, "armed_attack", None)
add("tweet", "Grenade attack on Ashura procession in D.I. Khan, 3 killed 14 injured - local sources",
    "2012-11-25", "2012-11-25", "Dera Ismail Khan", "PK-KP", 3, 14, None, "bombing", None)
add("tweet", "URGENT: 2 Sikh traders shot dead in Sarband, Peshawar. ISKP claims responsibility.",
    "2022-05-15", "2022-05-15", "Peshawar", "PK-KP", 2, 0, ISKP, "armed_attack", "claimed")
add("tweet", "Church attacked in Youhanabad, Lahore. Twin suicide blasts. 14 dead, 70+ hurt. JuA says it did it.",
    "2015-03-15", "2015-03-15", "Lahore", "PK-PB", 14, 70, JUA, "bombing", "claimed")
add("tweet", "Hindu teenager abducted from Ghotki, family says she was forcibly converted. Police refuse to register FIR.",
    "2019-03-22", "2019-03-22", "Ghotki", "PK-SD", 0, 0, None, "abduction", None)

# ---------------------------------------------------------------- Urdu-press translations
p = "2014-06-09"
add("urdu", "Quetta (Staff Reporter) In the Taftan area, terrorists attacked a hotel where zaireen had stopped, martyring 24 zaireen and injuring several others. "
    "According to Levies sources, the banned organisation Jaish-ul-Islam has accepted responsibility for the attack which took place yesterday night.",
    p, before(p, 1), "Taftan", "PK-BA", 24, None, "Jaishul Islam", "armed_attack", "claimed")
add("urdu", "Karachi (Crime Reporter) In Ancholi, unknown accused fired on a motorcycle-rider, as a result of which the 35-year-old Syed Hasan Abbas was martyred on the spot. "
    "The police say the incident appears to be sectarian target killing. The incident happened on the night of 18 March 2014.",
    "2014-03-19", "2014-03-18", "Ancholi", "PK-SD", 1, 0, None, "armed_attack", None)
p = "2016-09-17"
add("urdu", "Mardan (Correspondent) A suicide attacker blew himself up at the gate of the district courts on Friday; as a result 12 persons including police "
    "personnel and lawyers were martyred and 52 injured. Jamaat-ul-Ahrar has claimed responsibility of the blast.",
    p, prev(p, "friday"), "Mardan", "PK-KP", 12, 52, JUA, "bombing", "claimed")
add("urdu", "Gilgit (News Agencies) Firing by unknown persons on a passenger van coming from Rawalpindi in the Chilas area of Diamer district; "
    "8 passengers were martyred and 4 injured. The incident took place on 28 February 2012. Police have started search operation.",
    "2012-02-29", "2012-02-28", "Chilas", "PK-GB", 8, 4, None, "armed_attack", None)
add("urdu", "Dera Ismail Khan (Bureau Report) Near the hospital emergency, a blast occurred during the funeral prayer of a Shia man killed earlier, in which "
    "thirty persons were martyred and more than forty injured. The proscribed Tehreek-e-Taliban has accepted responsibility. The blast occurred on 19 February 2009.",
    "2009-02-20", "2009-02-19", "Dera Ismail Khan", "PK-KP", 30, 40, TTP, "bombing", "claimed")
add("urdu", "Hangu (Correspondent) In the main bazaar, a bomb planted in a motorcycle exploded on 5 February 2010, due to which five people were martyred "
    "and twelve injured; police say the Lashkar-e-Jhangvi is suspected.",
    "2010-02-06", "2010-02-05", "Hangu", "PK-KP", 5, 12, LEJ, "bombing", "alleged")

# ---------------------------------------------------------------- relative dates
p = "2013-03-04"
add("relative", "A car bomb ripped through a crowded street in Karachi's Abbas Town on Sunday evening, killing at least 45 people and injuring 150 others, "
    "officials said on Monday. Most of the victims were Shias.", p, prev(p, "sunday"), "Abbas Town", "PK-SD", 45, 150, None, "bombing", None, admin1="Sindh")
p = "2023-07-31"
add("relative", "A suicide bomber struck a political rally in Bajaur's Khar tehsil late yesterday afternoon, killing 54 people and injuring nearly 200. "
    "Police said the Islamic State's regional affiliate was suspected.", p, before(p, 1), "Bajaur", "PK-KP", 54, 200, ISKP, "bombing", "alleged")
p = "2019-04-13"
add("relative", "Twenty people were killed and 48 injured when a bomb went off in a fruit and vegetable market in Quetta's Hazarganji area on Friday morning. "
    "Eight of the dead were Hazaras. The Pakistani Taliban and the Islamic State both claimed the attack.",
    p, prev(p, "friday"), "Quetta", "PK-BA", 20, 48, "Islamic State", "bombing", "claimed")
p = "2021-06-10"
add("relative", "Late last night, unidentified assailants lobbed a hand grenade into the courtyard of a Shia imambargah in Kurram's Parachinar town, wounding seven people, "
    "including two children. Nobody was killed.", p, before(p, 1), "Parachinar", "PK-KP", 0, 7, None, "bombing", None)
p = "2020-08-26"
add("relative", "Two days ago, a mob stormed the home of a Christian family in Kasur after a neighbour accused their son of blasphemy, beating the father to death. "
    "Police say they have arrested six men and charged them with murder.", p, before(p, 2), "Kasur", "PK-PB", 1, 0, None, "mob_violence", None)
p = "2017-11-25"
add("relative", "Earlier this week, on Wednesday, a suicide bomber killed Additional Inspector General of Police Ashraf Noor and his guard in Peshawar's Hayatabad area. "
    "The Jamaat-ul-Ahrar faction claimed the attack.", p, prev(p, "wednesday"), "Peshawar", "PK-KP", 2, 0, JUA, "bombing", "claimed")
p = "2024-08-27"
add("relative", "Militants stopped vehicles on the highway in Musakhel district yesterday, checked passengers' identity cards and shot dead 23 people from Punjab. "
    "The Balochistan Liberation Army claimed responsibility.", p, before(p, 1), "Musakhel", "PK-BA", 23, 0, BLA, "armed_attack", "claimed")
p = "2012-04-04"
add("relative", "Yesterday afternoon gunmen attacked buses on the Karakoram Highway near Chilas, killing nine Shia passengers. Police suspect a banned sectarian outfit.",
    p, before(p, 1), "Chilas", "PK-GB", 9, 0, None, "armed_attack", None)

# ---------------------------------------------------------------- numbers in words, composed counts
add("words", "The driver and two passengers were killed when gunmen fired on a van carrying Hazara vegetable traders in Quetta on 9 September 2019.",
    "2019-09-10", "2019-09-09", "Quetta", "PK-BA", 3, 0, None, "armed_attack", None)
add("words", "Seven policemen and a civilian were martyred and eleven others wounded when a roadside bomb hit a police van in Kohat on 2 May 2018.",
    "2018-05-03", "2018-05-02", "Kohat", "PK-KP", 8, 11, None, "bombing", None)
add("words", "A Shia lawyer and his son were shot dead near the city courts in Peshawar on 14 March 2016; a passer-by was wounded.",
    "2016-03-15", "2016-03-14", "Peshawar", "PK-KP", 2, 1, None, "armed_attack", None)
add("words", "Thirty-one people died and more than sixty were injured when a bomb exploded at a Shia procession in Karachi on 28 December 2009.",
    "2009-12-29", "2009-12-28", "Karachi", "PK-SD", 31, 60, None, "bombing", None)
add("words", "Gunmen killed a Hindu doctor and his two nephews at their clinic in Mirpurkhas on 6 February 2021 and fled.",
    "2021-02-07", "2021-02-06", "Mirpurkhas", "PK-SD", 3, 0, None, "armed_attack", None)
add("words", "Two Frontier Corps soldiers and four civilians were killed and nine people wounded when militants attacked a checkpoint in Panjgur on 25 January 2022. "
    "The Balochistan Liberation Front claimed it.", "2022-01-26", "2022-01-25", "Panjgur", "PK-BA", 6, 9, BLF, "armed_attack", "claimed")
add("words", "A suicide car bombing at a checkpost near Miranshah, North Waziristan, on 4 July 2023 killed a soldier and two children and injured a dozen others.",
    "2023-07-05", "2023-07-04", "Miranshah", "PK-KP", 3, 12, None, "bombing", None)
add("words", "Gunmen shot dead a Christian nurse and her brother in Rawalpindi on 22 October 2022, killing both on the spot.",
    "2022-10-23", "2022-10-22", "Rawalpindi", "PK-PB", 2, 0, None, "armed_attack", None)
add("words", "Unknown attackers opened fire on a wedding party in Kurram's Sadda town on 11 May 2012, killing fourteen and injuring twenty-two.",
    "2012-05-12", "2012-05-11", "Sadda", "PK-KP", 14, 22, None, "armed_attack", None)
add("words", "Five members of one Hazara family — a father, his three sons and a nephew — were gunned down in Hazara Town on 4 October 2011.",
    "2011-10-05", "2011-10-04", "Hazara Town", "PK-BA", 5, 0, None, "armed_attack", None, admin1="Balochistan")

# ---------------------------------------------------------------- tolls updated
add("toll", "The death toll from Friday's bombing of a Shia market in Parachinar rose to 75 on 24 June 2017 as more of the wounded died in hospital. "
    "More than 200 people were injured in the twin blasts, which Lashkar-e-Jhangvi Al-Alami claimed.",
    "2017-06-24", "2017-06-23", "Parachinar", "PK-KP", 75, 200, LEJ, "bombing", "claimed")
add("toll", "Officials said the number of people killed in the Mastung mosque blast of 29 September 2023 had climbed to 60, up from 52 the night before; "
    "about 70 were being treated for wounds.", "2023-10-01", "2023-09-29", "Mastung", "PK-BA", 60, 70, None, "bombing", None)
add("toll", "The toll from the attack on a jirga in Darra Adam Khel on 2 March 2011 has risen to 42 dead. Initially 37 were reported killed. Forty others were wounded.",
    "2011-03-04", "2011-03-02", "Darra Adam Khel", "PK-KP", 42, 40, None, "bombing", None)
add("toll", "Hospital sources said three more of the injured had died, bringing the number of dead in the 2 February 2018 Quetta imambargah bombing to 11. "
    "Twenty-six others remain in hospital.", "2018-02-05", "2018-02-02", "Quetta", "PK-BA", 11, 26, None, "bombing", None)

# ---------------------------------------------------------------- attribution variants
add("basis", "An anti-terrorism court in Karachi on 21 May 2019 convicted four members of Lashkar-e-Jhangvi for the bombing of a Shia procession "
    "in which 31 people had been killed, sentencing each of them to death.",
    "2019-05-22", "2019-05-21", "Karachi", "PK-SD", None, None, LEJ, "legal_action", "convicted")
add("basis", "Police in Sukkur have charged two activists of the Ahle Sunnat Wal Jamaat with the murder of a Shia trader who was shot dead outside his shop on 3 April 2015.",
    "2015-04-10", "2015-04-03", "Sukkur", "PK-SD", 1, 0, ASWJ, "armed_attack", "charged")
add("basis", "The Baloch Liberation Front has denied involvement in the killing of six labourers in Turbat on 8 May 2019, blaming intelligence agencies. "
    "Officials continue to accuse the group.", "2019-05-09", "2019-05-08", "Turbat", "PK-BA", 6, 0, BLF, "armed_attack", "alleged")
add("basis", "A court in Rawalpindi acquitted three men accused of belonging to Sipah-e-Sahaba Pakistan of the 2012 murder of a Shia doctor, citing lack of evidence. "
    "The judgment was announced on 15 June 2018.", "2018-06-16", "2018-06-15", "Rawalpindi", "PK-PB", None, None, "Sipah-e-Sahaba Pakistan (SSP)", "legal_action", "acquitted")
add("basis", "Investigators said the two suicide bombers who struck the Data Darbar shrine in Lahore on 1 July 2010 were trained by the Pakistani Taliban. "
    "The blasts killed 42 people and injured 175.", "2010-07-05", "2010-07-01", "Lahore", "PK-PB", 42, 175, TTP, "bombing", "alleged")
add("basis", "Unidentified gunmen killed a Sunni cleric belonging to the Ahle Sunnat Wal Jamaat in Karachi's Nazimabad on 12 December 2014. "
    "His party blamed Shia militants but police said the motive was unclear.",
    "2014-12-13", "2014-12-12", "Nazimabad", "PK-SD", 1, 0, "Shia militants", "armed_attack", "alleged")

# ---------------------------------------------------------------- several incidents in one text (gold = the main, first-reported incident)
add("multi", "Gunmen shot dead two Shia brothers at their shop in Karachi's Rizvia Society on 7 August 2012, police said. It was the second attack on Shias in the city "
    "this week; on 5 August a prayer leader was killed in Orangi Town.", "2012-08-08", "2012-08-07", "Rizvia", "PK-SD", 2, 0, None, "armed_attack", None, admin1="Sindh")
add("multi", "A bomb hidden in a rickshaw exploded near a Shia mosque in Hangu on 9 January 2014, killing four worshippers and injuring ten. "
    "The town had been hit by a similar attack in 2013 that killed 11 people.", "2014-01-10", "2014-01-09", "Hangu", "PK-KP", 4, 10, None, "bombing", None)
add("multi", "Three Hazara women were killed when gunmen fired on a bus in Quetta's Sariab area on 4 October 2017. Two years earlier, in the same area, "
    "eight Hazara passengers had died when their bus was attacked.", "2017-10-05", "2017-10-04", "Quetta", "PK-BA", 3, 0, None, "armed_attack", None)
add("multi", "A Christian sanitary worker was killed and another wounded by unknown gunmen in Peshawar's Yakatoot area on 11 September 2020. Separately, in Mardan, "
    "police arrested a man for posting blasphemous material online.", "2020-09-12", "2020-09-11", "Peshawar", "PK-KP", 1, 1, None, "armed_attack", None)

# ---------------------------------------------------------------- other event types
add("other", "Police in Lahore registered a blasphemy case against an Ahmadi man on 18 January 2022 for reciting Quranic verses, under Section 298-C of the Pakistan Penal Code. "
    "He was arrested the same day.", "2022-01-19", "2022-01-18", "Lahore", "PK-PB", 0, 0, None, "legal_action", None)
add("other", "Hundreds of Hazara families have fled Quetta's Mariabad for Karachi and Islamabad since a wave of killings in October 2011, community leaders told a press conference on 10 December 2011.",
    "2011-12-11", "2011-12-10", "Quetta", "PK-BA", 0, 0, None, "displacement", None)
add("other", "Thousands of Shia protesters staged a sit-in on Quetta's Alamdar Road with the coffins of the victims on 11 January 2013, refusing to bury them until the army took control of the city.",
    "2013-01-12", "2013-01-11", "Quetta", "PK-BA", 0, 0, None, "protest", None)
add("other", "Security forces allegedly picked up three Baloch students from their hostel in Khuzdar on 20 April 2022, their classmates said; their families have heard nothing since.",
    "2022-04-25", "2022-04-20", "Khuzdar", "PK-BA", 0, 0, None, "enforced_disappearance", None)
add("other", "Shops owned by Ahmadis in Kotli, Azad Kashmir, were set on fire by a crowd on 10 December 2021 after a local cleric's speech; no one was injured.",
    "2021-12-12", "2021-12-10", "Kotli", "PK-JK", 0, 0, None, "property_attack", None)
add("other", "Pamphlets threatening Shia families with death unless they left the area were found pasted on doors in Skardu on 3 September 2020, police said.",
    "2020-09-04", "2020-09-03", "Skardu", "PK-GB", 0, 0, None, "threat", None)
add("other", "Gunmen kidnapped two Christian schoolgirls from outside their school in Bahawalpur on 6 November 2021; police have registered a case but no arrests have been made.",
    "2021-11-08", "2021-11-06", "Bahawalpur", "PK-PB", 0, 0, None, "abduction", None)
add("other", "A mob lynched a Sri Lankan factory manager in Sialkot on 3 December 2021 over an alleged blasphemy and burnt his body. Police arrested more than 100 people.",
    "2021-12-04", "2021-12-03", "Sialkot", "PK-PB", 1, 0, None, "mob_violence", None)
add("other", "A man accused of blasphemy was beaten to death by a mob in Nankana Sahib on 11 February 2023 after he was dragged out of a police station.",
    "2023-02-12", "2023-02-11", "Nankana Sahib", "PK-PB", 1, 0, None, "mob_violence", None)

# ---------------------------------------------------------------- more styles: agencies, aliases, neighbourhoods
add("alias", "Twin blasts at a Shia procession in Kurram Agency's main town killed 17 people on 17 February 2012, officials said; 30 were hurt.",
    "2012-02-18", "2012-02-17", "Kurram", "PK-KP", 17, 30, None, "bombing", None)
add("alias", "Militants of the Lashkar-e-Islam torched a girls' school in Bara, Khyber Agency, on 1 June 2011. Nobody was hurt.",
    "2011-06-02", "2011-06-01", "Bara", "PK-KP", 0, 0, "Lashkar-e-Islam", "property_attack", "alleged")
add("alias", "Pindi: Two Shia men were gunned down near Fawara Chowk on 15 November 2013 as sectarian clashes spread after the Ashura violence.",
    "2013-11-16", "2013-11-15", "Rawalpindi", "PK-PB", 2, 0, None, "armed_attack", None)
add("alias", "Gunmen killed four Shias travelling in a car in D.I.Khan's Kotli Imam Hussain area on 23 June 2013, police said.",
    "2013-06-24", "2013-06-23", "Dera Ismail Khan", "PK-KP", 4, 0, None, "armed_attack", None)
add("alias", "A bomb exploded at a Shia mosque in Islamabad's Tarlai area during Friday prayers on 6 February 2026, killing 31 worshippers and wounding 169. "
    "An Islamic State affiliate claimed the attack.", "2026-02-07", "2026-02-06", "Islamabad", "PK-IS", 31, 169, "Islamic State", "bombing", "claimed")
add("alias", "Three Ismaili men were shot dead in Chitral's Garam Chashma valley on 20 August 2017; TTP militants were blamed by local police.",
    "2017-08-21", "2017-08-20", "Chitral", "PK-KP", 3, 0, TTP, "armed_attack", "alleged")
add("alias", "Suspected Baloch separatists killed 14 passengers after pulling them off buses on the Makran Coastal Highway near Ormara on 18 April 2019.",
    "2019-04-19", "2019-04-18", "Ormara", "PK-BA", 14, 0, "Baloch separatists", "armed_attack", "alleged")
add("alias", "A remote-controlled bomb hit a van carrying Shia mourners in Muzaffarabad on 22 December 2016, killing two and injuring nine.",
    "2016-12-23", "2016-12-22", "Muzaffarabad", "PK-JK", 2, 9, None, "bombing", None)

def main():
    out = []
    for i, r in enumerate(R, 1):
        out.append({"id": f"heldout_en:{i:03d}", "style": r["style"], "text": r["text"],
                    "published": r["published"], "gold": r["gold"]})
    with open(Path(__file__).with_name("heldout_en.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(out), Counter(r["style"] for r in out))

main()
