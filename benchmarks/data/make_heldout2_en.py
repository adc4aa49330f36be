"""Writes heldout2_en.jsonl: a second set of project-written evaluation reports with hand-written gold.

Written, texts and gold together, without reading the extractor's source, heldout_en.jsonl or the
texts of make_heldout_en.py, so that it measures how the extractor generalises (see README.md).
Gold follows the conventions of heldout_en.jsonl. Relative dates ("on Sunday", "yesterday") are
turned into gold dates by the small helpers below, from the publication date; every other gold
value is typed by hand. Run: python benchmarks/data/make_heldout2_en.py"""
import json
from datetime import date, timedelta
from pathlib import Path

DAYS = "monday tuesday wednesday thursday friday saturday sunday".split()


def prev(pub, day):
    """The most recent `day` strictly before publication date `pub` (ISO): a daily's "on Sunday"."""
    p = date.fromisoformat(pub)
    d = p - timedelta(days=1)
    while d.weekday() != DAYS.index(day):
        d -= timedelta(days=1)
    return d.isoformat()


def last(pub, day):
    """The most recent `day` on or before `pub`: same-day wire copy ("QUETTA, Jan 3 ... on Sunday")."""
    p = date.fromisoformat(pub)
    while p.weekday() != DAYS.index(day):
        p -= timedelta(days=1)
    return p.isoformat()


def before(pub, n):
    """`n` days before `pub`: "yesterday" is before(pub, 1)."""
    return (date.fromisoformat(pub) - timedelta(days=n)).isoformat()


# actor names in the gold style of heldout_en.jsonl
TTP = "Tehrik-i-Taliban Pakistan (TTP)"
LEJ = "Lashkar-e-Jhangvi (LeJ)"
ISKP = "Islamic State Khorasan Province (ISKP)"
BLA = "Balochistan Liberation Army (BLA)"
BLF = "Baloch Liberation Front (BLF)"
JUA = "Jamaat-ul-Ahrar (JuA)"
ASWJ = "Ahle Sunnat Wal Jamaat (ASWJ)"
TLP = "Tehreek-e-Labbaik Pakistan (TLP)"
FC = "Frontier Corps (FC)"
LI = "Lashkar-e-Islam (LI)"
SSP = "Sipah-e-Sahaba Pakistan (SSP)"
SMP = "Sipah-e-Muhammad Pakistan (SMP)"
CTD = "Counter Terrorism Department (CTD)"
JUNDALLAH = "Jundallah"
RANGERS = "Pakistan Rangers"
GBS = "Gilgit-Baltistan Scouts"

R = []


def add(style, text, published, date_, place, admin1_code, killed, injured, perp, event_type, basis=None):
    R.append({"style": style, "text": text, "published": published,
              "gold": {"date": date_, "place": place, "admin1": None, "admin1_code": admin1_code,
                       "killed": killed, "injured": injured, "perpetrator": perp,
                       "event_type": event_type, "basis": basis}})


# ================================================================ wire copy with datelines
p = "2014-06-08"
add("wire", "QUETTA, Pakistan (AP) — Gunmen riding two motorcycles sprayed bullets at a pickup truck carrying Hazara "
    "vegetable sellers on Saturday, killing eight of them and wounding one, a police official said. The men were "
    "ambushed near the wholesale fruit and vegetable market in Hazarganji, on the southern edge of Quetta, as they "
    "loaded their morning stock, said officer Ghulam Sarwar. No one immediately claimed responsibility. The Hazara, "
    "who are mostly Shiite Muslims, say they can no longer move around the city without an escort.",
    p, prev(p, "saturday"), "Hazarganji", "PK-BA", 8, 1, None, "armed_attack")

p = "2013-03-03"
add("wire", "Karachi, March 3 (Reuters) - A bomb packed into a car exploded outside a block of flats in a mainly "
    "Shi'ite Muslim district of Karachi on Sunday evening, killing at least 37 people and wounding 140, police and "
    "hospital officials said. The blast in Abbas Town brought down the fronts of two buildings and set shops on fire. "
    "There was no immediate claim of responsibility. Lashkar-e-Jhangvi, a Sunni militant group, has said it carried "
    "out two bombings in the southwestern city of Quetta this year that killed nearly 200 Hazara Shi'ites.",
    p, last(p, "sunday"), "Abbas Town", "PK-SD", 37, 140, None, "bombing")

p = "2016-02-13"
add("wire", "PESHAWAR: The death toll from Friday's suicide attack on an imambargah in Doaba, Hangu district, rose to 14 "
    "on Saturday after three more of the injured died at Lady Reading Hospital, officials said. Twenty-one people are "
    "still being treated, four of them in critical condition. Police said the bomber, thought to be in his late teens, "
    "set off his vest at the main gate as worshippers came out after Friday prayers. Jamaat-ul-Ahrar, a splinter "
    "group of the Tehreek-e-Taliban Pakistan, claimed responsibility in an emailed statement. (APP)",
    p, prev(p, "friday"), "Doaba", "PK-KP", 14, 21, JUA, "bombing", "claimed")

p = "2017-02-17"
add("wire", "ISLAMABAD, Feb 17 (AFP) - Pakistani security forces said Friday they had killed dozens of suspected "
    "militants in raids across the country, hours after an Islamic State suicide bomber tore through devotees at a "
    "Sufi shrine, killing at least 83 people. The bomber struck on Thursday evening inside the shrine of Lal Shahbaz "
    "Qalandar in Sehwan, in southern Sindh province, as hundreds performed the dhamaal, a trance-like devotional "
    "dance. More than 250 people were wounded, officials said. The Islamic State group claimed the attack through its "
    "Amaq propaganda agency.",
    p, prev(p, "thursday"), "Sehwan", "PK-SD", 83, 250, ISKP, "bombing", "claimed")

p = "2012-06-20"
add("daily", "DI KHAN: Two brothers belonging to the Shia community were gunned down outside their medical store in the "
    "city late on Tuesday night. Police said two men on a motorbike opened fire on Syed Zawar Hussain and Syed Iqbal "
    "Hussain as they were pulling down the shutter, killing both on the spot, and escaped towards the Indus bridge. "
    "Shia organisations announced three days of mourning and closed their shops on Wednesday.",
    p, prev(p, "tuesday"), "Dera Ismail Khan", "PK-KP", 2, 0, None, "armed_attack")

p = "2012-08-17"
add("wire", "GILGIT, Pakistan (AP) — Gunmen in military fatigues flagged down four buses on a mountain road near Chilas "
    "on Thursday, checked passengers' identity cards and shot dead 19 men they identified as Shiites, officials said. "
    "Seven other passengers were wounded. The buses were travelling from Rawalpindi to Gilgit. A spokesman for the "
    "Pakistani Taliban, Ehsanullah Ehsan, called The Associated Press to claim responsibility and warned of more "
    "such attacks.",
    p, prev(p, "thursday"), "Chilas", "PK-GB", 19, 7, TTP, "armed_attack", "claimed")

p = "2012-11-12"
add("wire", "KARACHI, Pakistan (AP) — A gunman on a motorcycle shot and killed a Shiite eye specialist as he drove to "
    "his clinic on Monday, police said. Officer Ghulam Nabi said the doctor was hit in the head and chest at a "
    "traffic signal in the Gulistan-e-Jauhar neighborhood and died on the way to hospital. His driver was wounded in "
    "the arm. It was the third killing of a Shiite professional in the city this month.",
    p, last(p, "monday"), "Gulistan-e-Jauhar", "PK-SD", 1, 1, None, "armed_attack")

p = "2010-05-28"
add("wire", "LAHORE, May 28 (Reuters) - Gunmen armed with rifles, grenades and suicide vests stormed two mosques "
    "belonging to the minority Ahmadi sect in the Pakistani city of Lahore during Friday prayers, killing at least 80 "
    "people and wounding more than 90, officials said. The near-simultaneous assaults hit Ahmadi places of worship in "
    "the Model Town and Garhi Shahu districts. Police said two attackers were captured alive and at least three others "
    "blew themselves up. A Punjab-based faction of the Pakistani Taliban claimed responsibility, a private television "
    "channel reported.",
    p, last(p, "friday"), "Lahore", "PK-PB", 80, 90, TTP, "armed_attack", "claimed")

p = "2013-11-12"
add("wire", "BANNU, Nov 12 (APP): A prayer leader associated with the Deobandi school of thought was shot dead on "
    "Monday evening while returning home from a mosque in Mandan area. District police said Maulana Abdul Hameed, "
    "who was also the local head of a religious party, was hit by five bullets fired from a passing car. Police "
    "suspect that members of a banned sectarian outfit were involved and have set up checkpoints on the roads out of "
    "the district.",
    p, prev(p, "monday"), "Mandan", "PK-KP", 1, 0, None, "armed_attack")

p = "2021-05-22"
add("daily", "MUZAFFARABAD: A mob of around a hundred men, some of them carrying hammers, attacked and partially "
    "demolished an Ahmadi place of worship in Gulpur village of Kotli district on Friday, a day after local clerics "
    "demanded its closure. Witnesses said police personnel deployed outside the building did not intervene. No one "
    "was hurt as the building was empty at the time. A spokesman for the Ahmadiyya community in Rabwah condemned the "
    "attack and asked the AJK government to act against those involved.",
    p, prev(p, "friday"), "Gulpur", "PK-JK", 0, 0, None, "property_attack")

p = "2013-09-22"
add("wire", "Peshawar, Sept 22 (Reuters) - Two suicide bombers blew themselves up outside a church in the old city of "
    "Peshawar as worshippers filed out after Sunday service, killing at least 78 people in the deadliest attack on "
    "Pakistan's Christian minority. More than 100 others were wounded. The 130-year-old All Saints Church stands near "
    "Kohati Gate. Jundallah, a faction linked to the Pakistani Taliban, said it carried out the bombing to avenge "
    "U.S. drone strikes.",
    p, last(p, "sunday"), "Kohati Gate", "PK-KP", 78, 100, JUNDALLAH, "bombing", "claimed")

p = "2017-05-14"
add("wire", "TURBAT, Pakistan (dpa) - Gunmen stormed a construction camp near the town of Turbat late on Saturday and "
    "shot dead ten labourers from Punjab and Sindh provinces, a local administration official said. Two other "
    "workers survived with bullet wounds. The outlawed Baloch Liberation Front claimed the killings, saying the men "
    "were building a road for the military.",
    p, prev(p, "saturday"), "Turbat", "PK-BA", 10, 2, BLF, "armed_attack", "claimed")

p = "2015-05-13"
add("wire", "KARACHI, Pakistan (Reuters) - Gunmen on motorcycles boarded a bus carrying members of the Ismaili "
    "community in Karachi on Wednesday and fired indiscriminately, killing at least 43 and wounding 13, police said. "
    "The bus was taking passengers from a residential complex in Safoora Goth to a community centre. Jundallah claimed "
    "responsibility, a spokesman for the group told Reuters by telephone. Police said leaflets praising Islamic State "
    "were found at the scene.",
    p, last(p, "wednesday"), "Safoora Goth", "PK-SD", 43, 13, JUNDALLAH, "armed_attack", "claimed")

p = "2011-12-06"
add("wire", "KOHAT, Dec 6 (PPI): Police have tightened security around imambargahs across Kohat after a letter, "
    "purportedly from the Tehreek-e-Taliban Pakistan, was thrown into the compound of the central imambargah on "
    "Monday, warning of attacks on Muharram processions. The letter, written in Urdu, named three local Shia "
    "scholars. Police said no suspicious material was found.",
    p, prev(p, "monday"), "Kohat", "PK-KP", 0, 0, TTP, "threat", "alleged")

p = "2014-01-07"
add("wire", "HANGU, Pakistan (AP) — A ninth-grade student died tackling a suicide bomber who was trying to get into his "
    "school in the mostly Shiite village of Ibrahimzai on Monday, police said. The explosion killed the bomber and "
    "fatally wounded the boy, 15-year-old Aitzaz Hasan; no one else was hurt. About 1,000 pupils were gathered for "
    "morning assembly inside. Lashkar-e-Jhangvi said in a statement to reporters that it had sent the bomber.",
    p, prev(p, "monday"), "Ibrahimzai", "PK-KP", 1, 0, LEJ, "bombing", "claimed")

p = "2018-04-02"
add("wire", "QUETTA, April 2 (Xinhua) -- Four members of a Christian family were shot dead and a girl was injured "
    "when unidentified armed men opened fire on their rickshaw on Shah Zaman Road here on Monday afternoon, police "
    "said. The family had come from Punjab to visit relatives for Easter. The Islamic State militant group claimed "
    "responsibility via its Amaq news agency, according to a monitoring group.",
    p, last(p, "monday"), "Quetta", "PK-BA", 4, 1, ISKP, "armed_attack", "claimed")

p = "2009-12-28"
add("wire", "KARACHI, Dec 28 (AFP) - A suicide bomber struck Pakistan's biggest Shiite procession on Monday, killing "
    "at least 43 mourners on M.A. Jinnah Road as tens of thousands marked Ashura, officials said. Furious mourners set "
    "fire to cars and shops in the area after the blast. Around 60 people were hurt. There was no immediate claim of "
    "responsibility, but Interior Minister Rehman Malik said the Taliban were behind it.",
    p, last(p, "monday"), "Karachi", "PK-SD", 43, 60, TTP, "bombing", "alleged")

p = "2019-04-12"
add("wire", "QUETTA, Pakistan, April 12 (AP) — A bomb hidden in a sack of potatoes exploded at a vegetable market on "
    "the city's eastern outskirts early Friday, killing 20 people, half of them members of the Shiite Hazara "
    "minority, police said. Forty-eight others were wounded. Officials said one paramilitary soldier was among the "
    "dead. The Islamic State group and the local affiliate of the Pakistani Taliban both issued claims, which "
    "officials were trying to verify. The market is in the Hazarganji area.",
    p, last(p, "friday"), "Hazarganji", "PK-BA", 20, 48, ISKP, "bombing", "claimed")

# ================================================================ Pakistani English-language dailies
p = "2013-01-10"
add("daily", "JHANG, Jan 9: Two activists of the banned Ahle Sunnat Wal Jamaat were shot dead and a third was wounded "
    "when men in a car opened fire on them outside a seminary on Gojra Road here on Wednesday. The dead were "
    "identified as Hafiz Naeem and Muhammad Asif. The injured man was taken to DHQ hospital. Police registered a case "
    "against unidentified assailants. — Our Correspondent",
    p, "2013-01-09", "Jhang", "PK-PB", 2, 1, None, "armed_attack")

p = "2012-10-19"
add("daily", "KARACHI: A 40-year-old rickshaw driver was killed in what police described as a sectarian target "
    "killing in Orangi Town on Thursday. According to the SHO of Pakistan Bazaar police station, Ghulam Abbas was "
    "waiting for passengers at a stand in Sector 11 1/2 when two men walked up and fired at him from close range. "
    "He belonged to the Shia community. Police suspect that a Lashkar-e-Jhangvi hit squad active in the area carried "
    "out the killing.\n\nPublished in The Express Tribune, October 19th, 2012.",
    p, prev(p, "thursday"), "Orangi Town", "PK-SD", 1, 0, LEJ, "armed_attack", "alleged")

p = "2013-11-17"
add("daily", "RAWALPINDI: At least nine people were killed and over 80 injured when a Muharram procession passing a "
    "seminary in Raja Bazaar turned into a clash on Friday afternoon. The madressah and several shops in the "
    "adjoining cloth market were set on fire. The district administration imposed a curfew in the garrison city on "
    "Saturday, which remained in force on Sunday, and mobile phone services were suspended.",
    p, prev(p, "friday"), "Raja Bazaar", "PK-PB", 9, 80, None, "mob_violence")

p = "2012-05-30"
add("daily", "QUETTA: Two people were killed and six others injured when unidentified men riding a motorcycle hurled "
    "a hand grenade into a general store in Hazara Town on Tuesday evening. The dead included the shopkeeper's "
    "12-year-old son. The injured were shifted to the Bolan Medical Complex. Hazara Democratic Party leaders staged a "
    "protest on Wednesday morning.",
    p, prev(p, "tuesday"), "Hazara Town", "PK-BA", 2, 6, None, "bombing")

p = "2017-06-25"
add("daily", "PARACHINAR: The death toll from Friday's twin blasts in a crowded market in Parachinar climbed to 67 on "
    "Sunday as more of the critically injured succumbed to their wounds. Over 200 people were wounded in the two "
    "explosions, which went off minutes apart as people shopped ahead of Eidul Fitr. Lashkar-e-Jhangvi Al-Alami "
    "claimed responsibility. Residents have continued a sit-in outside the political agent's office, demanding "
    "better security for Kurram Agency.",
    p, prev(p, "friday"), "Parachinar", "PK-KP", 67, 200, LEJ, "bombing", "claimed")

p = "2023-02-06"
add("daily", "LAHORE: Men carrying the flags of the Tehreek-e-Labbaik Pakistan pulled down the minarets of an Ahmadi "
    "place of worship in Garhi Shahu on Saturday night, according to a video circulated on social media and a "
    "statement from the Jamaat-e-Ahmadiyya. Police said a case had been registered against 40 TLP workers, but no "
    "arrests had been made by Monday. No one was hurt.",
    p, prev(p, "saturday"), "Garhi Shahu", "PK-PB", 0, 0, TLP, "property_attack", "alleged")

p = "2015-01-31"
add("daily", "SHIKARPUR: At least 58 people were killed and over 50 injured when a bomb exploded inside a packed "
    "imambargah in Lakhi Dar during Friday prayers yesterday. The roof of the hall collapsed on the worshippers, "
    "adding to the toll. Rescue work continued late into the night with the help of cranes from Sukkur. Jundallah, "
    "which describes itself as an affiliate of the Pakistani Taliban, claimed responsibility.",
    p, before(p, 1), "Lakhi Dar", "PK-SD", 58, 50, JUNDALLAH, "bombing", "claimed")

p = "2015-10-25"
add("daily", "JACOBABAD: The number of people killed in Friday night's bomb blast near a Muharram procession rose to "
    "24 on Saturday. More than 40 people were injured, many of them children who had gathered to distribute food and "
    "milk to the mourners. The explosion took place near the main imambargah of the city. No group has claimed "
    "responsibility so far.",
    p, prev(p, "friday"), "Jacobabad", "PK-SD", 24, 40, None, "bombing")

p = "2019-03-20"
add("daily", "KHAIRPUR: A 16-year-old Hindu girl was abducted from her home in Kumb town on Monday night, her family "
    "has alleged. Her father told reporters outside the press club that armed men broke into the house, tied him up "
    "and took his daughter away. Police said an FIR had been registered against four men and raids were being "
    "conducted.",
    p, prev(p, "monday"), "Kumb", "PK-SD", 0, 0, None, "abduction")

p = "2019-03-27"
add("daily", "SUKKUR: Hundreds of members of the Hindu community blocked the National Highway at Rohri for four "
    "hours on Tuesday, protesting against the alleged abduction and forced conversion of two minor girls from the "
    "area last week. Protesters chanted slogans against the police and demanded the girls be produced in court. "
    "Traffic resumed after the deputy commissioner assured them of action.",
    p, prev(p, "tuesday"), "Rohri", "PK-SD", 0, 0, None, "protest")

p = "2014-04-15"
add("daily", "ISLAMABAD: The prayer leader of an imambargah in Bhara Kahu was shot dead late Monday evening as he "
    "walked home after Maghrib prayers. Police said two men on foot fired at Allama Syed Mazhar Naqvi, 52, from behind "
    "and fled into a nearby street. He died before he could be taken to the Polyclinic. A case was registered at the "
    "Bhara Kahu police station.",
    p, prev(p, "monday"), "Bhara Kahu", "PK-IS", 1, 0, None, "armed_attack")

p = "2012-08-18"
add("daily", "ISLAMABAD: Police on Thursday arrested a minor Christian girl from Mehrabadi, a slum on the edge of "
    "the capital, on charges of blasphemy after a crowd gathered outside her house accusing her of burning pages of "
    "a religious textbook. She was sent to Adiala jail on 14-day judicial remand. Hundreds of Christian families "
    "have since left the settlement fearing reprisals.",
    p, prev(p, "thursday"), "Mehrabadi", "PK-IS", None, None, None, "legal_action")

p = "2012-08-19"
add("daily", "SKARDU: Thousands of people staged a sit-in at Yadgar-e-Shuhada Chowk on Saturday against the killing "
    "of Shia passengers near Chilas on Thursday, and refused to end it until the killers were arrested. All markets "
    "in the town remained closed. Speakers said 19 people from Gilgit-Baltistan had been killed in the latest "
    "attack and accused the government of failing to secure the Karakoram Highway.",
    p, prev(p, "saturday"), "Skardu", "PK-GB", 0, 0, None, "protest")

p = "2016-09-15"
add("daily", "NAGAR: Families of three young men say they have had no word of them since men in plain clothes, "
    "accompanied by personnel of the Gilgit-Baltistan Scouts, took them from their homes in the early hours of "
    "Wednesday. The three had taken part in protests over the Attabad lake affectees. Officials declined to "
    "comment.",
    p, prev(p, "wednesday"), "Nagar", "PK-GB", 0, 0, GBS, "enforced_disappearance", "alleged")

p = "2012-09-24"
add("daily", "KARACHI: A bomb planted on a motorcycle went off near an imambargah in Soldier Bazaar on Sunday night, "
    "injuring seven people, two of them seriously. Bomb disposal officials said the device contained about two "
    "kilogrammes of explosives and was detonated by remote control. No one was killed.",
    p, prev(p, "sunday"), "Soldier Bazaar", "PK-SD", 0, 7, None, "bombing")

p = "2014-11-05"
add("daily", "KASUR: A Christian couple accused of desecrating the Holy Quran were beaten by a mob and thrown into a "
    "burning brick kiln in Kot Radha Kishan on Tuesday morning. Shama and her husband Shahzad, both kiln workers, "
    "died on the spot. Police said announcements had been made from local mosques inciting people to gather. Forty-three "
    "suspects have been arrested.",
    p, prev(p, "tuesday"), "Kot Radha Kishan", "PK-PB", 2, 0, None, "mob_violence")

p = "2017-03-31"
add("daily", "SARGODHA: A 65-year-old Ahmadi homeopathic doctor was shot dead at his clinic on Thursday. Police said "
    "a young man who came as a patient fired three shots and was overpowered by passers-by. During questioning he "
    "said he had killed the doctor because of his faith. The victim's son said the family had been receiving threats "
    "for months.",
    p, prev(p, "thursday"), "Sargodha", "PK-PB", 1, 0, None, "armed_attack")

p = "2012-11-25"
add("daily", "BHAKKAR: Four people were killed and 11 injured in a clash between two groups over the route of a "
    "Muharram procession in Darya Khan on Saturday. Police used tear gas and fired in the air to separate the sides. "
    "Section 144 has been imposed in the tehsil and the army has been called in.",
    p, prev(p, "saturday"), "Darya Khan", "PK-PB", 4, 11, None, "mob_violence")

p = "2016-12-14"
add("daily", "CHAKWAL: A mob of more than a thousand people besieged an Ahmadi place of worship in Dulmial village on "
    "Monday and set part of it on fire. Police fired tear gas to disperse the crowd, which had marched from a "
    "12th Rabiul Awwal gathering. About twenty Ahmadis who were inside were escorted out by the police. No injuries were reported.",
    p, prev(p, "monday"), "Dulmial", "PK-PB", 0, 0, None, "property_attack")

p = "2016-06-27"
add("daily", "SHEIKHUPURA: Police have booked four members of the Ahmadi community under Section 298-C of the "
    "Pakistan Penal Code in Sharaqpur for slaughtering animals on Eid, on the complaint of a local cleric. The FIR was "
    "registered on Saturday. The community's spokesman said the four had been forced to go into hiding.",
    p, prev(p, "saturday"), "Sharaqpur", "PK-PB", None, None, None, "legal_action")

p = "2015-03-16"
add("daily", "LAHORE: Two suicide bombers struck churches in Youhanabad during Sunday mass, killing 15 people and "
    "injuring more than 70. Jamaatul Ahrar, a faction of the TTP, claimed responsibility. In the hours after the "
    "blasts, an enraged crowd lynched two men it suspected of involvement and set their bodies on fire on Ferozepur "
    "Road.",
    p, prev(p, "sunday"), "Youhanabad", "PK-PB", 15, 70, JUA, "bombing", "claimed")

p = "2022-05-16"
add("daily", "PESHAWAR: Two Sikh traders were shot dead at their spice shop in Bata Taal Bazaar, Sarband, on Sunday. "
    "Police said the attackers came on a motorcycle and fired from outside the shop. The Islamic State's Khorasan "
    "chapter (IS-K) later claimed the killings. The victims were buried according to their rites in the city on "
    "Monday.",
    p, prev(p, "sunday"), "Sarband", "PK-KP", 2, 0, ISKP, "armed_attack", "claimed")

p = "2009-12-01"
add("daily", "KALAYA: Over 2,000 families from the Shia villages of upper Orakzai Agency have left their homes, "
    "officials said, after fighters whom residents describe as Tehreek-e-Taliban men moved into the area. Most have "
    "reached Hangu and Kohat, where they are staying with relatives or in a school building. The political "
    "administration said relief goods would be sent.",
    p, None, "Orakzai", "PK-KP", 0, 0, TTP, "displacement", "alleged")

p = "2008-05-07"
add("daily", "BARA: Militants of the Lashkar-e-Islam blew up the shrine of a local saint in the Sheikhan area of "
    "Bara tehsil of Khyber Agency early Tuesday. The shrine, which was over 200 years old, was destroyed. A "
    "spokesman for the LI said they had acted because the shrine promoted un-Islamic practices. There were no "
    "casualties.",
    p, prev(p, "tuesday"), "Sheikhan", "PK-KP", 0, 0, LI, "property_attack", "claimed")

p = "2014-02-19"
add("daily", "MIR ALI: Pamphlets bearing the name of the Tehreek-e-Taliban Pakistan were found pasted on the walls of "
    "the main bazaar in Mir Ali, North Waziristan, on Tuesday morning, warning Shia government employees to leave the "
    "area within three days or face death. Officials said some of the 40 or so Shia staff of the local hospital and "
    "schools had applied for transfers.",
    p, prev(p, "tuesday"), "Mir Ali", "PK-KP", 0, 0, TTP, "threat", "alleged")

p = "2018-07-09"
add("daily", "TANK: Gunmen kidnapped a Sikh hakeem from his clinic in the main bazaar of Tank on Saturday evening and "
    "later called his family to demand Rs5 million for his release. Tank police said the kidnappers took him towards "
    "the hills on the border with South Waziristan. Members of the small Sikh community in the town met the DPO on "
    "Sunday.",
    p, prev(p, "saturday"), "Tank", "PK-KP", 0, 0, None, "abduction")

p = "2014-08-31"
add("daily", "PASNI: Five people were killed and three wounded when armed men on motorcycles opened fire on a "
    "Zikri place of worship on the outskirts of Pasni on Friday night. The attackers fired on the worshippers as "
    "they were reciting prayers and escaped in the dark. No organisation has claimed responsibility.",
    p, prev(p, "friday"), "Pasni", "PK-BA", 5, 3, None, "armed_attack")

p = "2013-06-14"
add("daily", "KHUZDAR: A Hindu trader was abducted at gunpoint from his shop in Wadh on Thursday. Leaders of the "
    "local Hindu panchayat said it was the fourth such kidnapping in the district this year and that several families "
    "were considering leaving for Karachi. Levies officials said efforts were under way to recover him.",
    p, prev(p, "thursday"), "Wadh", "PK-BA", 0, 0, None, "abduction")

p = "2013-10-03"
add("daily", "QUETTA: A low-intensity explosive device went off outside the gate of an imambargah on Kirani Road on "
    "Wednesday night, damaging the gate and the outer wall. No one was hurt, police said, as the building was closed "
    "at the time. Bomb disposal squad officials said about half a kilogramme of explosives had been used.",
    p, prev(p, "wednesday"), "Quetta", "PK-BA", 0, 0, None, "bombing")

p = "2010-02-02"
add("daily", "MUZAFFARABAD: An imambargah in the Chehla Bandi area of Muzaffarabad was set on fire by unknown "
    "persons late on Sunday night, the police said on Monday. The carpets, religious books and a part of the roof "
    "were burnt. Shia organisations called for a strike and the AJK prime minister ordered an inquiry.",
    p, before(p, 2), "Chehla Bandi", "PK-JK", 0, 0, None, "property_attack")

p = "2019-11-30"
add("daily", "GWADAR: Three workers of a fish processing unit, all from southern Punjab, were shot dead at their "
    "living quarters near Gwadar's fish harbour late Thursday night. A fourth man hid under a bed and survived. The "
    "banned Balochistan Liberation Army claimed responsibility in a statement to the media on Friday.",
    p, prev(p, "thursday"), "Gwadar", "PK-BA", 3, 0, BLA, "armed_attack", "claimed")

p = "2020-01-04"
add("daily", "KOTLI: A case under blasphemy laws has been registered against a 32-year-old Ahmadi man in Kotli on "
    "the complaint of a shopkeeper who alleged that he had posted derogatory material on Facebook. Police arrested "
    "him on Thursday and produced him before a magistrate, who sent him to jail on judicial remand.",
    p, prev(p, "thursday"), "Kotli", "PK-JK", None, None, None, "legal_action")

# ================================================================ translations in the manner of the Urdu press
p = "2014-01-22"
add("urdu_press", "Mastung (Online): Twenty-four zaireen were martyred and more than thirty injured when terrorists "
    "targeted their bus with an explosive-laden car at Dringarh near Mastung yesterday. According to details, the "
    "bus was carrying pilgrims returning from Iran to Quetta. The martyrs included women and children. The banned "
    "Lashkar-e-Jhangvi has accepted responsibility for the attack.",
    p, before(p, 1), "Dringarh", "PK-BA", 24, 30, LEJ, "bombing", "claimed")

p = "2013-04-07"
add("urdu_press", "Quetta (Staff Reporter): Unknown terrorists martyred a father and his two sons by firing on their "
    "shop on Kirani Road the day before yesterday. According to police, the assailants were riding a motorcycle and "
    "fled after the incident. The bodies were shifted to the Civil Hospital where, after legal formalities, they "
    "were handed over to the heirs. The Majlis Wahdat-e-Muslimeen has announced mourning.",
    p, before(p, 2), "Quetta", "PK-BA", 3, 0, None, "armed_attack")

p = "2012-12-21"
add("urdu_press", "Karachi (Staff Reporter): In Gulistan-e-Jauhar area, unknown motorcyclists opened fire and "
    "martyred a Shia scholar, Maulana Syed Ali Raza Jafri, last evening, while his guard sustained injuries. The "
    "terrorists escaped from the spot. Police have recovered 9mm pistol shells. The Shia Ulema Council has given a "
    "call for a protest today after Juma prayers.",
    p, before(p, 1), "Gulistan-e-Jauhar", "PK-SD", 1, 1, None, "armed_attack")

p = "2012-06-03"
add("urdu_press", "Hangu (Correspondent): Due to firing of unknown persons at a passenger coach near Thall, five "
    "persons including the driver became martyrs and seven were injured. The firing happened at approximately 7 in "
    "the morning on Saturday. The police reached the spot after one hour. The injured have been referred to Kohat "
    "hospital in critical condition.",
    p, prev(p, "saturday"), "Thall", "PK-KP", 5, 7, None, "armed_attack")

p = "2011-09-21"
add("urdu_press", "Mastung (NNI): Terrorists stopped a bus of zaireen going to Taftan in the Ganjdori area of "
    "Mastung, made the passengers get down and after checking their identity martyred twenty-six of them by firing. "
    "Three more persons were martyred when they came to collect the bodies. Several others were injured. The "
    "incident took place on Tuesday afternoon. Lashkar-e-Jhangvi has claimed responsibility.",
    p, prev(p, "tuesday"), "Ganjdori", "PK-BA", 29, None, LEJ, "armed_attack", "claimed")

p = "2013-02-18"
add("urdu_press", "Quetta (Staff Reporter): In the tragic blast at the vegetable market of Hazara Town on Saturday the "
    "number of martyrs has reached 89. According to hospital sources, more than 190 are injured, of whom 20 are in "
    "critical condition. The Hazara community, alongside the bodies, is staging a sit-in for the second day and "
    "demands that the army be handed control of the city. The banned Lashkar-e-Jhangvi took responsibility.",
    p, prev(p, "saturday"), "Hazara Town", "PK-BA", 89, 190, LEJ, "bombing", "claimed")

p = "2018-11-24"
add("urdu_press", "Orakzai (Correspondent): A powerful blast took place yesterday in Kalaya bazaar, as a result of which "
    "thirty-three persons including three Sikhs were martyred and fifty-six were injured. The blast occurred near a "
    "madressah at the time of the Friday bazaar. The injured have been shifted to Kohat and Peshawar. Security forces "
    "have cordoned off the area.",
    p, before(p, 1), "Kalaya", "PK-KP", 33, 56, None, "bombing")

p = "2012-02-29"
add("urdu_press", "Kohistan (Online): In Harban Nala area of Kohistan, terrorists in military uniforms stopped "
    "passenger coaches going to Gilgit and, after checking identity cards, martyred eighteen passengers of the Shia "
    "school of thought by firing yesterday. The bodies are being shifted to Gilgit. The Tehreek-e-Taliban Darra Adam "
    "Khel group has claimed the responsibility.",
    p, before(p, 1), "Harban", "PK-KP", 18, 0, TTP, "armed_attack", "claimed")

p = "2014-10-24"
add("urdu_press", "Khairpur (Correspondent): In the blast at a majlis in the imambargah of Mohalla Lukman on Thursday "
    "night, the number of martyrs has increased to nine. Among the martyrs are two children. The injured number "
    "seventeen, of whom five have been referred to Hyderabad. The whole city remained closed on Friday for mourning "
    "and the funeral prayers were offered at the Eidgah.",
    p, prev(p, "thursday"), "Lukman", "PK-SD", 9, 17, None, "bombing")

p = "2020-07-11"
add("urdu_press", "Lahore (Crime Reporter): Police arrested a person in Model Town for alleged blasphemy on the complaint "
    "of a religious party on Friday. According to police, the accused allegedly uttered disrespectful words about "
    "holy personalities on social media. A case has been registered under Section 295-C. Activists of the party "
    "gathered outside the police station until the arrest was confirmed.",
    p, prev(p, "friday"), "Model Town", "PK-PB", None, None, None, "legal_action")

p = "2013-08-10"
add("urdu_press", "Quetta (Staff Reporter): A suicide bomber blew himself up during the funeral prayer of a police "
    "officer at Police Lines yesterday, as a result of which thirty persons including senior police officers were "
    "martyred and more than fifty injured. Earlier the police officer was martyred in firing of unknown persons on "
    "Samungli Road. The Tehreek-e-Taliban has accepted responsibility.",
    p, before(p, 1), "Quetta", "PK-BA", 30, 50, TTP, "bombing", "claimed")

p = "2012-04-04"
add("urdu_press", "Gilgit (Correspondent): Five persons were martyred and fifteen injured when unknown persons threw two "
    "hand grenades at a protest rally at Ittehad Chowk yesterday. Clashes then erupted in several parts of the city; "
    "curfew has been imposed and the army has been called in. Mobile phone service has been suspended. Meanwhile, the Karakoram Highway "
    "remains closed at Chilas.",
    p, before(p, 1), "Gilgit", "PK-GB", 5, 15, None, "bombing")

# ================================================================ NGO / human rights report paragraphs, UN
p = "2013-03-20"
add("ngo", "On 4 February 2013, Dr Syed Asad Raza, a well-known Shia ophthalmologist, and his 12-year-old son "
    "Murtaza were shot dead in their car near the Gulberg area of Lahore while he was driving the boy to school. "
    "HRCP's fact-finding team was told by the family that they had received no threats. Police had made no arrests "
    "at the time of writing.",
    p, "2013-02-04", "Gulberg", "PK-PB", 2, 0, None, "armed_attack")

p = "2014-05-01"
add("ngo", "Amnesty International is concerned about the safety of the lawyer Rashid Rehman, who was threatened in open "
    "court in Multan on 9 April 2014 by lawyers for the complainant while defending a university lecturer accused of "
    "blasphemy. According to witnesses, they told him he would not come to the next hearing alive. No action has "
    "been taken against them.",
    p, "2014-04-09", "Multan", "PK-PB", 0, 0, None, "threat")

p = "2015-06-10"
add("ngo", "Incidents recorded in Balochistan, April 2015 (extract):\n"
    "2015-04-11 | Turbat (Gogdan) | 20 labourers from Sindh and Punjab shot dead at a camp; BLF claimed | 20 killed, 3 injured\n"
    "Source: Commission field report.",
    p, "2015-04-11", "Gogdan", "PK-BA", 20, 3, BLF, "armed_attack", "claimed")

p = "2012-07-30"
add("ngo", "Human Rights Watch has documented the enforced disappearance of Abdul Qadir, a political "
    "worker of the Baloch Republican Party, who was picked up from a bus stop in Khuzdar on 14/06/2012 "
    "by men in Frontier Corps uniform, according to two eyewitnesses who spoke to HRW. The FC denied holding him. "
    "His family has filed a petition in the Balochistan High Court.",
    p, "2012-06-14", "Khuzdar", "PK-BA", 0, 0, FC, "enforced_disappearance", "alleged")

p = "2019-02-05"
add("ngo", "The Commission has received credible reports that at least 40 Ahmadi families were forced to leave their "
    "homes in the village of Chak 82 near Sargodha after a local religious group announced a social boycott and "
    "threatened on 21 January 2019 to burn their houses. The families have taken shelter with relatives in Rabwah. "
    "No case has been registered.",
    p, "2019-01-21", "Chak 82", "PK-PB", 0, 0, None, "displacement")

p = "2015-02-12"
add("ngo", "The killing of Dr Ghulam Abbas on 9 February in Shikarpur underlines the danger faced by Shia "
    "professionals in upper Sindh. He was shot outside his hospital by two men on a motorcycle. The Sindh "
    "police's Counter Terrorism Department has since said that a local cell of Lashkar-e-Jhangvi was behind the "
    "attack. Our organisation calls on the authorities to ensure a fair trial.",
    p, "2015-02-09", "Shikarpur", "PK-SD", 1, 0, LEJ, "armed_attack", "alleged")

p = "2012-09-03"
add("ngo", "Between 1 and 31 August 2012, the NCJP recorded eleven incidents against Christians in Punjab. The most "
    "serious was in Gojra's Christian Colony, where on 16 August unidentified men set fire to four houses and a "
    "Bible school after a rumour of desecration spread through the town. Nobody was killed, though two women "
    "suffered burns. Families said police arrived two hours late.",
    p, "2012-08-16", "Gojra", "PK-PB", 0, 2, None, "property_attack")

p = "2016-04-04"
add("un", "GENEVA (4 April 2016) – UN Special Rapporteur on freedom of religion or belief Heiner Bielefeldt today "
    "condemned the suicide bombing in Gulshan-e-Iqbal Park in Lahore on Easter Sunday, 27 March, which killed at "
    "least 72 people, many of them children, and wounded over 340. “Deliberately targeting families celebrating a "
    "religious holiday is an abhorrent crime,” he said. The Jamaat-ul-Ahrar faction of the Pakistani Taliban "
    "claimed the attack, saying it had targeted Christians.",
    p, "2016-03-27", "Lahore", "PK-PB", 72, 340, JUA, "bombing", "claimed")

p = "2021-04-02"
add("ngo", "Case 17. On 23.03.2021 a Hindu temple in Karak district's Teri village, which had been rebuilt after the "
    "December 2020 attack, was again the target of stone-throwing by a group of about 50 men after a sermon by a "
    "local cleric. Windows were broken; no injuries were reported. Police registered an FIR against "
    "50 unknown persons.",
    p, "2021-03-23", "Teri", "PK-KP", 0, 0, None, "property_attack")

p = "2013-09-10"
add("ngo", "In Parachinar, a Shia-majority town, the main road to Peshawar has been repeatedly closed. On 2 September "
    "2013 a convoy of goods trucks was attacked near Sadda; the drivers of three trucks were killed and two "
    "others abducted. Residents blame the Tehreek-e-Taliban, which they say controls the stretch. The Commission "
    "also received reports of kidnappings for ransom of Turi tribesmen travelling through Lower Kurram.",
    p, "2013-09-02", "Sadda", "PK-KP", 3, 0, TTP, "armed_attack", "alleged")

p = "2023-01-15"
add("ngo", "On the night of 30 December 2022, a group of men broke into the Ahmadi graveyard in Ghatialian, Sialkot "
    "district, and smashed the tombstones of 14 graves bearing Islamic inscriptions. HRCP notes that in most such "
    "cases no one is arrested. In several districts of Punjab, police themselves have removed such inscriptions "
    "after complaints from religious groups.",
    p, "2022-12-30", "Ghatialian", "PK-PB", 0, 0, None, "property_attack")

# ================================================================ police press releases and FIR summaries
p = "2013-03-16"
add("police", "FIR No. 112/13, Police Station Ferozabad, Karachi East. Offence u/s 302/324/34 PPC r/w 7 ATA. Date and "
    "time of occurrence: 14-03-2013 at about 2130 hours. Place: near Shah-e-Khorasan imambargah, Jamshed Road. "
    "Brief: complainant states that his brother Syed Raza Abbas and cousin Ali Naqi were sitting outside the "
    "imambargah when two unknown persons on a 125 motorcycle fired upon them; Raza Abbas died at Jinnah Hospital and "
    "Ali Naqi received injuries. Accused: unknown.",
    p, "2013-03-14", "Karachi", "PK-SD", 1, 1, None, "armed_attack")

p = "2017-06-25"
add("police", "PRESS RELEASE — CTD Punjab. On 23.06.2017 a CTD team, acting on intelligence, arrested three "
    "terrorists of the proscribed Lashkar-e-Jhangvi from Sheikhupura bypass. Explosives, two suicide jackets and "
    "a map of an imambargah in Lahore were recovered. The accused have confessed to planning an attack during "
    "Muharram. Cases have been registered at CTD police station Lahore.",
    p, "2017-06-23", "Sheikhupura", "PK-PB", None, None, LEJ, "legal_action", "charged")

p = "2014-09-08"
add("police", "Sindh Police spokesman: A Shia trader, Mukhtiar Ali Shah, was shot dead outside his shop in Lakhi "
    "Gate, Shikarpur, on Friday evening. Police arrested two suspects, who belong to a banned sectarian "
    "organisation, on Sunday from Khanpur and recovered the weapons used in the crime.",
    p, prev(p, "friday"), "Lakhi Gate", "PK-SD", 1, 0, None, "armed_attack")

p = "2019-09-02"
add("police", "Quetta Police: Today at about 08:15 hrs, unknown assailants opened fire on a Suzuki pickup on "
    "Spini Road, as a result of which Ghulam Ali s/o Muhammad Ali, caste Hazara, died on the spot while the driver, "
    "Zahid Hussain, received injuries and was shifted to CMH. Area was cordoned off and search operation initiated. "
    "Case registered at Brewery police station.",
    p, p, "Quetta", "PK-BA", 1, 1, None, "armed_attack")

p = "2016-08-30"
add("police", "D I Khan Police: On 28th August, 2016 at 1945 hours, a constable of the Elite Force, Muhammad Riaz, "
    "who was deployed at a majlis in Mohalla Kotli Imam Hussain, was martyred when unknown terrorists opened fire on "
    "him. A passer-by, Ghulam Mustafa, was also injured. Case registered against unknown accused. The DPO has "
    "constituted a special team.",
    p, "2016-08-28", "Kotli Imam Hussain", "PK-KP", 1, 1, None, "armed_attack")

p = "2018-05-23"
add("police", "Peshawar Capital City Police: In the limits of PS Yakatoot, an unknown accused fired at Gurmeet "
    "Singh, a Sikh community leader, at his shop in Scheme Chowk at 10:30 hrs on 22/05/2018. He was rushed to LRH "
    "but succumbed. Case vide FIR No. 411 registered against unknown accused; CCTV footage is being examined.",
    p, "2018-05-22", "Peshawar", "PK-KP", 1, 0, None, "armed_attack")

p = "2012-02-22"
add("police", "Kurram Agency political administration: The death toll in the suicide blast at Kurmi market, "
    "Parachinar, on Friday has risen to 39. Fifty people are still under treatment at the Agency Headquarters "
    "Hospital. The curfew in the town has been relaxed for four hours today.",
    p, prev(p, "friday"), "Parachinar", "PK-KP", 39, 50, None, "bombing")

p = "2021-09-13"
add("police", "Bannu Police: Two hakeems of the Sikh community, Kuldeep Singh and Amar Singh, were shot dead by "
    "unknown motorcyclists at their dispensary in Bannu city on 12.09.2021 at about 11:20 hours. The bodies were "
    "shifted to DHQ Hospital. Case registered; the DPO has directed that all entry and exit points be sealed.",
    p, "2021-09-12", "Bannu", "PK-KP", 2, 0, None, "armed_attack")

p = "2020-10-19"
add("police", "Peshawar Police: Acting on the complaint of the victim's father, police have registered FIR against "
    "unknown persons for the murder of Dr Naeemuddin Khattak, a lecturer belonging to the Ahmadi community, who was "
    "shot dead on 5th October on Ring Road while driving home from Superior Science College. The victim's car was "
    "hit by at least five bullets.",
    p, "2020-10-05", "Peshawar", "PK-KP", 1, 0, None, "armed_attack")

p = "2023-08-16"
add("police", "Faisalabad Police: Today at about 09:00 hours, a mob gathered in Jaranwala after allegations of "
    "desecration were levelled against two Christian brothers and set fire to churches and houses in the Christian "
    "Colony and Isa Nagri. No loss of life has been reported. Over 100 accused have been arrested. Rangers have been "
    "deployed.",
    p, p, "Jaranwala", "PK-PB", 0, 0, None, "property_attack")

# ================================================================ community organisations' press releases
p = "2021-01-04"
add("community", "PRESS RELEASE — Hazara Democratic Party, Quetta. The HDP condemns in the strongest terms the "
    "slaughter of eleven Hazara coal miners at Mach in the early hours of Sunday, 3 January 2021. The labourers were "
    "taken from their quarters at the coal field, blindfolded, their hands tied, and killed with knives and guns. "
    "Daesh has claimed this barbaric act. The families will not bury their dead until the Prime Minister comes to "
    "Quetta. The HDP announces a sit-in on the Western Bypass from today.",
    p, "2021-01-03", "Mach", "PK-BA", 11, 0, ISKP, "armed_attack", "claimed")

p = "2012-01-08"
add("community", "Shia Ulema Council Khyber Pakhtunkhwa strongly condemns the cowardly target killing of Syed Muzaffar "
    "Hussain Shah and his nephew in the Ustarzai area of Kohat on Thursday, 5 January. They were returning from a "
    "majlis when takfiri terrorists of the banned Sipah-e-Sahaba ambushed their vehicle. The SUC demands the "
    "immediate arrest of the killers and announces a protest outside the Kohat Press Club on Monday.",
    p, "2012-01-05", "Ustarzai", "PK-KP", 2, 0, SSP, "armed_attack", "alleged")

p = "2023-03-14"
add("community", "Press Release — Jamaat-e-Ahmadiyya Pakistan, Rabwah. Mr. Naseer Ahmad, 58, a member of the "
    "Ahmadiyya community, was shot dead in front of his house in the village of Mandi Usmanwala, District Kasur, on "
    "12 March 2023. His son, who tried to stop the attacker, was wounded in the leg. The attacker, who has been "
    "arrested, told police he had been incited by sermons against Ahmadis. This is the third killing of an Ahmadi "
    "on account of faith this year.",
    p, "2023-03-12", "Mandi Usmanwala", "PK-PB", 1, 1, None, "armed_attack")

p = "2024-05-27"
add("community", "STATEMENT of the National Commission for Justice and Peace, Catholic Bishops' Conference of "
    "Pakistan: We are deeply alarmed by the attack on the Christian residents of Mujahid Colony, Sargodha, on "
    "Saturday morning. After an allegation of desecration, a mob ransacked and set fire to homes and a small shoe "
    "factory belonging to a Christian family. Nazir Masih, an elderly man, was severely beaten and remains in a "
    "critical condition; one other person was injured. We thank the police for rescuing several families.",
    p, prev(p, "saturday"), "Mujahid Colony", "PK-PB", 0, 2, None, "mob_violence")

p = "2015-09-05"
add("community", "Majlis Wahdat-e-Muslimeen Karachi Division: Three Shia youths, Syed Kashif Raza, Ali Akbar and "
    "Muhammad Taqi, were picked up by Rangers personnel from their homes in Jaffar-e-Tayyar Society, Malir, on the "
    "night of Wednesday, 2 September. Their families have not been told where they are held and no case has been "
    "registered against them. MWM demands that they be produced before a court.",
    p, "2015-09-02", "Jaffar-e-Tayyar", "PK-SD", 0, 0, RANGERS, "enforced_disappearance", "alleged")

p = "2023-07-17"
add("community", "Pakistan Hindu Council: The 150-year-old Mari Mata temple in Soldier Bazaar, Karachi, was "
    "demolished with bulldozers late on Friday night while the area's power supply was cut off. The idols were "
    "taken away. The community had been told the building was dangerous. The Council demands that the temple be "
    "rebuilt at government expense.",
    p, prev(p, "friday"), "Soldier Bazaar", "PK-SD", 0, 0, None, "property_attack")

p = "2012-09-23"
add("community", "The Diocese of Peshawar, Church of Pakistan, expresses its grief at the burning of St. Paul's "
    "Lutheran church and its school in Mardan by protesters on Friday. Bibles and prayer books were burnt and the "
    "pastor's house was looted. Mercifully no one was injured. We appeal to the Government of Khyber Pakhtunkhwa to "
    "compensate the congregation.",
    p, prev(p, "friday"), "Mardan", "PK-KP", 0, 0, None, "property_attack")

p = "2013-12-02"
add("community", "ASWJ Karachi: The Ahle Sunnat Wal Jamaat condemns the martyrdom of our worker Qari Abdul Rauf, "
    "who was shot on Saturday night near his madressah in "
    "Orangi Town by terrorists of Sipah-e-Muhammad. Two students who were with him were injured. We will observe a "
    "day of mourning on Monday.",
    p, prev(p, "saturday"), "Orangi Town", "PK-SD", 1, 2, SMP, "armed_attack", "alleged")

# ================================================================ tweets and TV tickers
p = "2017-03-31"
add("tweet", "BREAKING: Blast near imambargah in #Parachinar's Noor Market, at least 7 martyred, 20+ injured - "
    "local sources. Car bomb suspected. More to follow",
    p, p, "Parachinar", "PK-KP", 7, 20, None, "bombing")

p = "2012-09-18"
add("tweet", "#Quetta: 4 Hazara shopkeepers shot dead on Jinnah Road today, killers escaped on a motorbike. How many "
    "more funerals before someone acts? #StopHazaraGenocide",
    p, p, "Quetta", "PK-BA", 4, 0, None, "armed_attack")

p = "2013-01-19"
add("tweet", "TICKER | Karachi: firing near Numaish Chowrangi — son of a Shia scholar injured, "
    "his guard killed | police say attackers on motorcycle",
    p, p, "Karachi", "PK-SD", 1, 1, None, "armed_attack")

p = "2020-06-11"
add("tweet", "URGENT: Mob sets fire to Ahmadi place of worship in Chak 11, Bahawalnagar. No injuries so far, police "
    "watching. @HRCP87 please take notice",
    p, p, "Chak 11", "PK-PB", 0, 0, None, "property_attack")

p = "2017-10-05"
add("tweet", "Dunya News: Jhal Magsi — suicide attack at Dargah Fatehpur during urs; 18 dead, 30+ injured, "
    "Levies official among dead. Emergency declared in Sibi and Quetta hospitals.",
    p, p, "Fatehpur", "PK-BA", 18, 30, None, "bombing")

p = "2017-11-25"
add("tweet", "BREAKING: Dozens injured as TLP workers clash with police at Faizabad interchange, Islamabad; operation to clear "
    "the sit-in under way. No deaths confirmed. Private channels off air.",
    p, p, "Faizabad", "PK-IS", 0, None, TLP, "protest")

p = "2014-06-17"
add("tweet", "2 Shia brothers shot dead in #Kohat's Jangal Khel area this morning, police confirm. 2nd attack on the "
    "community this week. RIP",
    p, p, "Jangal Khel", "PK-KP", 2, 0, None, "armed_attack")

p = "2019-05-08"
add("tweet", "Breaking: Explosion outside Data Darbar, Lahore. 10 dead incl 5 Elite Force policemen, 24 injured. "
    "Hizbul Ahrar claims responsibility - sources",
    p, p, "Lahore", "PK-PB", 10, 24, "Hizbul Ahrar", "bombing", "claimed")

# ================================================================ court reporting
p = "2015-11-11"
add("court", "QUETTA: An anti-terrorism court on Tuesday sentenced two members of the banned Lashkar-e-Jhangvi to "
    "death on three counts each for the 2013 killing of three Hazara traders on Prince Road. The judge also fined "
    "them Rs300,000 each. A third accused was acquitted for lack of evidence. The convicts were produced in court "
    "under tight security.",
    p, prev(p, "tuesday"), "Quetta", "PK-BA", None, None, LEJ, "legal_action", "convicted")

p = "2017-09-16"
add("court", "TOBA TEK SINGH: A sessions court here on Thursday sentenced a Christian man, Naveed Masih, to death for "
    "sending a poem described as blasphemous to a friend on WhatsApp. Defence counsel said the case was based on a "
    "personal dispute and that an appeal would be filed in the Lahore High Court. The trial was held in jail "
    "because of security concerns.",
    p, prev(p, "thursday"), "Toba Tek Singh", "PK-PB", None, None, None, "legal_action")

p = "2018-02-10"
add("court", "GUJRANWALA: An anti-terrorism court on Friday acquitted 21 activists of the Tehreek-e-Labbaik Pakistan "
    "who were charged with torching a police van and attacking the houses of two Ahmadi families in Gujranwala "
    "during protests in November. The court said the prosecution had failed to produce independent witnesses.",
    p, prev(p, "friday"), "Gujranwala", "PK-PB", None, None, TLP, "legal_action", "acquitted")

p = "2019-12-21"
add("court", "RAWALPINDI: An anti-terrorism court on Friday acquitted nine men accused in the Raja Bazaar violence "
    "of November 2013, in which several people were killed during an Ashura procession. The prosecution's key "
    "witnesses turned hostile, the court noted.",
    p, prev(p, "friday"), "Rawalpindi", "PK-PB", None, None, None, "legal_action")

p = "2020-02-19"
add("court", "PESHAWAR: The Peshawar High Court on Tuesday directed the interior ministry to produce within a month "
    "seven Turi tribesmen from Parachinar who went missing after being taken into custody by the Frontier Corps in "
    "2018. Petitioners' counsel told the bench that the men were picked up at a checkpoint in Kurram.",
    p, prev(p, "tuesday"), "Peshawar", "PK-KP", None, None, FC, "legal_action", "alleged")

p = "2021-12-09"
add("court", "KARACHI: The Sindh High Court dismissed on Wednesday the bail applications of three men charged by "
    "the Counter Terrorism Department with the 2019 murder of a Shia advocate in Gulshan-e-Iqbal. The CTD says the "
    "suspects belong to Lashkar-e-Jhangvi. Their lawyer argued they had been in custody for two years without "
    "trial.",
    p, prev(p, "wednesday"), "Karachi", "PK-SD", None, None, LEJ, "legal_action", "charged")

# ================================================================ witness paraphrase
p = "2011-10-05"
add("witness", "Abdul Qayyum, who sells dried fruit two doors away, said he saw two young men with pistols walk into "
    "the barber's shop on Prince Road a little after noon on Tuesday. He heard perhaps ten shots. When he ran over, "
    "the barber, a Hazara named Ali Madad, and a customer were lying on the floor; both were dead by the time the "
    "Edhi ambulance arrived. The gunmen, he said, walked away calmly towards Mizan Chowk.",
    p, prev(p, "tuesday"), "Quetta", "PK-BA", 2, 0, None, "armed_attack")

p = "2024-11-24"
add("witness", "Survivors of Thursday's attack on a passenger convoy in Lower Kurram told reporters that gunmen "
    "hidden on the hillsides near Bagan opened fire on the vehicles for almost half an hour. \"They were shooting at "
    "the women's windows,\" said one man who lost his wife and daughter. Officials said on Saturday the death toll "
    "had risen to 45, including women and children; dozens more were wounded. The convoy was travelling from "
    "Parachinar to Peshawar under police escort. Two policemen were among the dead.",
    p, prev(p, "thursday"), "Bagan", "PK-KP", 45, None, None, "armed_attack")

p = "2021-12-05"
add("witness", "Workers at the sports-goods factory on Wazirabad Road in Sialkot described how a crowd gathered on "
    "Friday morning after a rumour that the Sri Lankan general manager, Priyantha Kumara, had torn down a religious "
    "poster. According to two employees, men from the factory and from outside beat him on the roof, dragged him to "
    "the road and set his body alight while some shouted slogans associated with the TLP. Police arrived after he "
    "was dead. More than 100 people have since been arrested.",
    p, prev(p, "friday"), "Sialkot", "PK-PB", 1, 0, None, "mob_violence")

p = "2013-06-16"
add("witness", "Students who were on the bus said a woman got on at the university's main gate just before it left "
    "on Saturday afternoon. A few minutes later the bus blew apart in the Sardar Bahadur Khan Women's University "
    "campus in Quetta. Fourteen students died and at least 19 were injured, "
    "most of them with burns. Rescue workers carried the injured to the Bolan Medical Complex. Lashkar-e-Jhangvi "
    "later claimed the bombing, saying it had sent a woman bomber.",
    p, prev(p, "saturday"), "Quetta", "PK-BA", 14, 19, LEJ, "bombing", "claimed")

# ================================================================ casual blog prose
p = "2015-04-02"
add("blog", "Honestly I don't know what to write anymore. On Monday somebody chalked \"Shia kafir\" and the ASWJ's "
    "name in big red letters on the wall of our imambargah in Satellite Town, Jhang, with a line underneath saying "
    "we'd be next. My dad painted over it the same evening. The police came, took photos, left. Nobody hurt, thank "
    "God, but the kids are scared to go to the majlis now.",
    p, prev(p, "monday"), "Satellite Town", "PK-PB", 0, 0, ASWJ, "threat", "alleged")

p = "2016-10-30"
add("blog", "We drove up to the Kalash valleys last week and the mood in Bumburet was grim. The evening before we "
    "arrived, so Wednesday, raiders from across the Afghan border had killed two Kalash shepherds in the high "
    "pastures and taken their goats. People told us this has happened before. Nobody seemed to know who exactly the "
    "raiders were, only that they came over the passes from Nuristan.",
    p, None, "Bumburet", "PK-KP", 2, 0, None, "armed_attack")

p = "2019-08-12"
add("blog", "A quick update for readers asking about my cousin's village near Khairpur. Yesterday afternoon a crowd "
    "from the neighbouring village surrounded the small Hindu temple there, smashed the idols and scrawled slogans "
    "on the walls after a rumour that someone had insulted the Prophet. No one was hurt, the Hindu families locked "
    "themselves in. The village is Haji Bachal Goth, just off the Khairpur–Faiz Ganj road.",
    p, before(p, 1), "Haji Bachal Goth", "PK-SD", 0, 0, None, "property_attack")

# ================================================================ longer reports with background paragraphs
p = "2022-03-05"
add("daily_long", "PESHAWAR: A suicide bomber forced his way into a Shia mosque in Kocha Risaldar, in the narrow lanes "
    "behind Qissa Khwani Bazaar, during Friday prayers yesterday, killing at least 63 worshippers and injuring 196 "
    "others, officials said on Saturday.\n\n"
    "Witnesses said the attacker first shot dead a policeman guarding the entrance and wounded another before "
    "running inside and blowing himself up in the front rows. The policeman is among the dead. Lady Reading Hospital "
    "declared an emergency and appealed for blood donations.\n\n"
    "The militant Islamic State Khorasan Province, which regards Shias as apostates, claimed responsibility through "
    "its Amaq channel and released a photograph of the bomber.\n\n"
    "The mosque, one of the oldest Shia places of worship in the walled city, had been targeted before. In 2013, "
    "a grenade thrown into its courtyard injured four people. Residents said security had been relaxed in recent "
    "years as the city became calmer.\n\n"
    "Funeral prayers for most of the victims were offered on Saturday at Company Bagh amid tight security. The "
    "provincial government announced compensation of Rs1 million for the families of those killed.",
    p, before(p, 1), "Kocha Risaldar", "PK-KP", 63, 196, ISKP, "bombing", "claimed")

p = "2008-08-20"
add("daily_long", "D.I. KHAN: At least 32 people were killed and more than 50 wounded when a suicide bomber blew himself "
    "up among Shia mourners at the emergency ward of the District Headquarters Hospital here on Tuesday.\n\n"
    "The mourners had gathered at the hospital after the body of a local Shia leader, shot dead earlier in the "
    "day near Kotli Imam Hussain, was brought there. Police said the bomber walked into the crowd and detonated his "
    "explosives as the body was being moved to an ambulance. Six policemen on duty at the hospital were among the "
    "dead.\n\n"
    "Angry mourners later set fire to shops and vehicles outside the hospital and clashed with police. A curfew "
    "was imposed in the city in the evening.\n\n"
    "A spokesman for the Tehreek-e-Taliban Pakistan, Maulvi Umar, telephoned journalists to claim responsibility. "
    "The district, bordering South Waziristan, has seen dozens of sectarian killings in recent years, and the "
    "Shia community has long complained that the killers are never caught.",
    p, prev(p, "tuesday"), "Dera Ismail Khan", "PK-KP", 32, 50, TTP, "bombing", "claimed")

p = "2009-08-04"
add("ngo_long", "On 1 August 2009, a mob of several thousand people attacked the Christian Colony of Gojra, Toba Tek "
    "Singh district, and set fire to more than 40 houses. Seven Christians were burnt to death: six members of the "
    "Hameed family, among them a seven-year-old girl, and a neighbour who had sheltered with them. At least 18 "
    "others were injured.\n\n"
    "The attack followed an unsubstantiated allegation that pages of the Quran had been desecrated at a wedding "
    "in the nearby village of Korian two days earlier, on 30 July, when about 50 Christian homes there were looted "
    "and burnt.\n\n"
    "Announcements from mosque loudspeakers called people to gather. According to the Punjab government's own "
    "preliminary findings, activists of the banned Sipah-e-Sahaba Pakistan led the crowd and some of the attackers "
    "came from outside the district.\n\n"
    "Police were present but did little to stop the violence. The Commission calls for an independent judicial "
    "inquiry and for the prosecution of those who incited the attack, and reiterates its call for the repeal of "
    "the blasphemy laws, whose misuse continues to endanger religious minorities.",
    p, "2009-08-01", "Gojra", "PK-PB", 7, 18, SSP, "mob_violence", "alleged")

p = "2015-02-19"
add("daily_long", "ISLAMABAD: Three worshippers were killed and eight others injured when militants attacked an "
    "imambargah in Shehzad Town on Wednesday afternoon as Zuhr prayers were being offered.\n\n"
    "According to police, three attackers tried to enter the main hall. One blew himself up near the gate, "
    "another was shot dead by a guard and the third escaped. One of the three dead was a volunteer guard.\n\n"
    "The Tehreek-e-Taliban Pakistan claimed responsibility, saying the attack was revenge for the execution of "
    "militants since the moratorium on the death penalty was lifted in December.\n\n"
    "It was the first attack on a Shia place of worship in the capital in several years. Security at imambargahs "
    "across the twin cities has been increased. Last month, gunmen killed a Shia lawyer in the G-9 sector, a "
    "killing police have yet to solve.",
    p, prev(p, "wednesday"), "Shehzad Town", "PK-IS", 3, 8, TTP, "armed_attack", "claimed")

p = "2020-08-15"
add("daily_long", "TURBAT: A university student was shot dead by a paramilitary soldier in Absar, on the outskirts of "
    "Turbat, on Thursday, in front of his parents, according to his family.\n\n"
    "Hayat Baloch, a final-year student at Karachi University, was helping his father in their date orchard when "
    "a roadside bomb hit a passing Frontier Corps vehicle, injuring several soldiers. The family said soldiers then "
    "dragged Hayat to the road, tied his hands and a soldier fired eight bullets at him.\n\n"
    "An FC spokesman said the soldier involved had been handed over to police and a case registered against him. "
    "On Friday, students and political workers staged protests in Turbat, Quetta and Karachi.\n\n"
    "Rights groups have long accused security forces in Kech district of enforced disappearances and "
    "extrajudicial killings. Families of the missing have held a protest camp outside the Quetta Press Club for "
    "more than ten years.",
    p, prev(p, "thursday"), "Absar", "PK-BA", 1, 0, FC, "armed_attack", "charged")

p = "2018-11-01"
add("court_long", "ISLAMABAD: The Supreme Court on Wednesday acquitted Asia Bibi, a Christian woman who had spent "
    "eight years on death row for blasphemy, and ordered her immediate release.\n\n"
    "A three-member bench headed by the chief justice said the prosecution had failed to prove its case beyond "
    "reasonable doubt and noted contradictions in the statements of the witnesses.\n\n"
    "The case dates back to June 2009, when Muslim women working with her in a field in Ittanwali village, "
    "Sheikhupura district, accused her of insulting the Prophet after an argument over drinking water. A trial "
    "court sentenced her to death in 2010 and the Lahore High Court upheld the sentence in 2014.\n\n"
    "Within hours of the verdict, supporters of the Tehreek-e-Labbaik Pakistan blocked roads in several cities. "
    "Punjab governor Salmaan Taseer was killed in 2011 for defending her.",
    p, prev(p, "wednesday"), "Islamabad", "PK-IS", None, None, None, "legal_action")

# ================================================================ a few more short ones
p = "2010-04-20"
add("daily", "PESHAWAR: Around 30 Sikh families from the Ferozkhel area of Lower Orakzai reached Peshawar on Sunday "
    "after local Taliban commanders demanded jizya of Rs15 million and occupied some of their houses. Community "
    "elders at Gurdwara Bhai Joga Singh said the families had left their shops and land behind. The Tehreek-e-Taliban "
    "had earlier warned them to pay or leave.",
    p, prev(p, "sunday"), "Ferozkhel", "PK-KP", 0, 0, TTP, "displacement", "alleged")

p = "2016-07-23"
add("daily", "SUKKUR: A Shia prayer leader was shot dead and his two sons were wounded in an attack on their car near "
    "New Pind on Thursday. The family was on its way to a majlis in Rohri. A day later, police said they had "
    "arrested a suspect affiliated with the ASWJ in connection with the killing.",
    p, prev(p, "thursday"), "New Pind", "PK-SD", 1, 2, ASWJ, "armed_attack", "alleged")


def main():
    out = Path(__file__).with_name("heldout2_en.jsonl")
    with open(out, "w") as f:
        for i, r in enumerate(R, 1):
            f.write(json.dumps({"id": f"heldout2_en:{i:03d}", **r}, ensure_ascii=False) + "\n")
    print(f"wrote {len(R)} reports to {out}")


if __name__ == "__main__":
    main()
