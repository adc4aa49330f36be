"""Generate benchmarks/data/mixed8_en.jsonl -- a fifth blind set (project-written, not a news corpus).

Written without reading src/, tests/, the other sets' texts or generators, or the dev corpus.
Gold is typed first in every record R(...); the text follows.  Tokens in a text:
  {WG}            weekday of the gold date
  {WG=Friday}     the weekday named, asserted to be the gold date's weekday
  {W:n}           weekday of published + n days
  {W@YYYY-MM-DD}  weekday of an absolute date
  {G:fmt}         the gold date, formatted
  {D:n:fmt}       published + n days, formatted
  {P:fmt}         the publication date, formatted
  {A:YYYY-MM-DD:fmt}  an absolute date, formatted
  {LIT:word}      a literal word that would otherwise be refused (e.g. "Friday prayers")
A literal weekday name outside a token is refused; every weekday emitted is recorded and
checked with datetime.  Gold `date` is an int (offset from `published`), an ISO string or None.
"""
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
PROV = {"KP": ("Khyber Pakhtunkhwa", "PK-KP"), "BA": ("Balochistan", "PK-BA"),
        "PB": ("Punjab", "PK-PB"), "SD": ("Sindh", "PK-SD"), "GB": ("Gilgit-Baltistan", "PK-GB"),
        "IS": ("Islamabad Capital Territory", "PK-IS"), "JK": ("Azad Jammu and Kashmir", "PK-JK")}
EVENT_TYPES = {"bombing", "armed_attack", "abduction", "enforced_disappearance", "property_attack",
               "mob_violence", "legal_action", "threat", "displacement", "protest", "other"}
BASES = {None, "alleged", "claimed", "charged", "convicted", "acquitted"}

# canonical perpetrator names used in gold
TTP = "Tehrik-i-Taliban Pakistan (TTP)"
LEJ = "Lashkar-e-Jhangvi (LeJ)"
IS = "Islamic State (IS)"
ISKP = "Islamic State Khorasan Province (ISKP)"
ASWJ = "Ahle Sunnat Wal Jamaat (ASWJ)"
SSP = "Sipah-e-Sahaba Pakistan (SSP)"
TLP = "Tehreek-e-Labbaik Pakistan (TLP)"
JUA = "Jamaat-ul-Ahrar (JuA)"
LEI = "Lashkar-e-Islam (LeI)"
JUNDULLAH = "Jundullah"
MWM = "Majlis Wahdat-e-Muslimeen (MWM)"
SUC = "Shia Ulema Council (SUC)"
HDP = "Hazara Democratic Party (HDP)"
CTD = "Counter Terrorism Department (CTD)"
FC = "Frontier Corps (FC)"
RANGERS = "Sindh Rangers"
PUNJAB_POLICE = "Punjab Police"

def ordinal(n):
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"

def fmt(d, f):
    B, b = MONTHS[d.month - 1], MONTHS[d.month - 1][:3]
    table = {
        "dB": f"{d.day} {B}", "Bd": f"{B} {d.day}", "dBY": f"{d.day} {B} {d.year}",
        "BdY": f"{B} {d.day}, {d.year}", "bd": f"{b} {d.day}", "bdY": f"{b} {d.day}, {d.year}",
        "dbY": f"{d.day} {b} {d.year}", "db": f"{d.day} {b}", "dmy.": d.strftime("%d.%m.%Y"),
        "dmy/": d.strftime("%d/%m/%Y"), "dmy-": d.strftime("%d-%m-%Y"),
        "mdy/": f"{d.month}/{d.day}/{d.year}", "ymd": d.isoformat(), "ord": ordinal(d.day),
        "ordB": f"{ordinal(d.day)} {B}", "B": B, "Y": str(d.year), "dmys": d.strftime("%d-%m-%y"),
        "DBY": f"{d.day:02d} {B.upper()} {d.year}", "ordBY": f"{ordinal(d.day)} {B}, {d.year}",
        "Bord": f"{B} {ordinal(d.day)}", "dby": f"{d.day}-{b}-{d.year % 100:02d}",
    }
    if f not in table:
        raise ValueError(f"unknown date format {f!r}")
    return table[f]

TOKEN = re.compile(r"\{(WG=[A-Z][a-z]+|WG|W:-?\d+|W@\d{4}-\d\d-\d\d|G:[^}]+|D:-?\d+:[^}]+|P:[^}]+|A:\d{4}-\d\d-\d\d:[^}]+|LIT:[^}]+)\}")
WEEKDAY_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")s?\b")
RECS = []
WEEKDAY_LOG = []   # (record id, weekday name, date) for every weekday the texts name
LIT_LOG = []       # (record id, word) for {LIT:...} words, which are not dates

def R(n, style, published, date, place, prov, killed, injured, perp, basis, event_type, text):
    """Gold first: R(number, style, published, date, place, province, killed, injured,
    perpetrator, basis, event_type, text)."""
    RECS.append(dict(n=n, style=style, published=published, date=date, place=place, prov=prov,
                     killed=killed, injured=injured, perp=perp, basis=basis,
                     event_type=event_type, text=text))

def render(rec):
    rid = f"mixed8_en:{rec['n']:03d}"
    pub = dt.date.fromisoformat(rec["published"])
    g = rec["date"]
    if isinstance(g, int):
        gdate = pub + dt.timedelta(days=g)
    elif isinstance(g, str):
        gdate = dt.date.fromisoformat(g)
    else:
        gdate = None
    tmpl = rec["text"].strip()
    stripped = TOKEN.sub("", tmpl)
    lit = WEEKDAY_RE.search(stripped)
    if lit:
        raise SystemExit(f"{rid}: literal weekday {lit.group(0)!r} in template")
    if "{" in stripped or "}" in stripped:
        raise SystemExit(f"{rid}: unknown token in {stripped[stripped.find('{'):][:40]!r}")

    def sub(m):
        t = m.group(1)
        if t.startswith("WG="):
            want = t[3:]
            if gdate is None or WEEKDAYS[gdate.weekday()] != want:
                raise SystemExit(f"{rid}: {want} asserted but gold date is {gdate}")
            WEEKDAY_LOG.append((rid, want, gdate))
            return want
        if t == "WG":
            if gdate is None:
                raise SystemExit(f"{rid}: {{WG}} with no gold date")
            WEEKDAY_LOG.append((rid, WEEKDAYS[gdate.weekday()], gdate))
            return WEEKDAYS[gdate.weekday()]
        if t.startswith("W:"):
            d = pub + dt.timedelta(days=int(t[2:]))
            WEEKDAY_LOG.append((rid, WEEKDAYS[d.weekday()], d))
            return WEEKDAYS[d.weekday()]
        if t.startswith("W@"):
            d = dt.date.fromisoformat(t[2:])
            WEEKDAY_LOG.append((rid, WEEKDAYS[d.weekday()], d))
            return WEEKDAYS[d.weekday()]
        if t.startswith("G:"):
            if gdate is None:
                raise SystemExit(f"{rid}: {{G:..}} with no gold date")
            return fmt(gdate, t[2:])
        if t.startswith("D:"):
            _, off, f = t.split(":", 2)
            return fmt(pub + dt.timedelta(days=int(off)), f)
        if t.startswith("P:"):
            return fmt(pub, t[2:])
        if t.startswith("A:"):
            _, iso, f = t.split(":", 2)
            return fmt(dt.date.fromisoformat(iso), f)
        if t.startswith("LIT:"):
            LIT_LOG.append((rid, t[4:]))
            return t[4:]
        raise SystemExit(f"{rid}: bad token {t}")

    text = TOKEN.sub(sub, tmpl)
    name, code = PROV[rec["prov"]]
    assert rec["event_type"] in EVENT_TYPES, rid
    assert rec["basis"] in BASES, rid
    assert (rec["perp"] is None) <= (rec["basis"] is None), f"{rid}: basis without perpetrator"
    if rec["event_type"] == "legal_action":
        assert rec["killed"] is None and rec["injured"] is None, f"{rid}: legal action counts"
    else:
        assert isinstance(rec["killed"], int) and isinstance(rec["injured"], int), rid
    words = len(text.split())
    if rec["n"] <= 40:
        assert 10 <= words <= 120, f"{rid}: short text has {words} words"
    else:
        assert 150 <= words <= 500, f"{rid}: long text has {words} words"
    return {"id": rid, "style": rec["style"], "text": text, "published": rec["published"],
            "gold": {"date": gdate.isoformat() if gdate else None, "place": rec["place"],
                     "admin1": name, "admin1_code": code, "killed": rec["killed"],
                     "injured": rec["injured"], "perpetrator": rec["perp"],
                     "event_type": rec["event_type"], "basis": rec["basis"]}}

# ---------------------------------------------------------------- short texts (001-040)

R(1, "tweet", "2013-02-26", 0, "Ancholi", "SD", 1, 0, None, None, "armed_attack", """
Another Shia professional gunned down in #Karachi today. Dr Syed Ali Raza Naqvi, an eye specialist, was shot by two men on a motorbike outside his clinic in Ancholi and died on the way to Abbasi Shaheed hospital. When will this stop? #ShiaKilling
""")

R(2, "wire_reuters", "2015-10-25", -1, "Hazara Town", "BA", 7, 19, LEJ, "claimed", "bombing", """
QUETTA, Pakistan, {P:bd} (Reuters) - A bomb hidden in a vegetable cart exploded near an imambargah in Quetta's Hazara Town on {WG}, killing seven members of the Shi'ite Hazara minority and wounding 19, police said. Lashkar-e-Jhangvi, a Sunni militant group that has carried out dozens of attacks on the Hazaras, claimed responsibility in a telephone call to reporters. (Reporting by Gul Yousafzai; Writing by Asad Hashim; Editing by Nick Macfie)
""")

R(3, "tv_ticker", "2017-01-21", 0, "Parachinar", "KP", 9, 22, None, None, "bombing", """
BREAKING: Blast in Eidgah market, Parachinar (Kurram Agency); 5 dead, 14 injured, say officials.
UPDATE: Parachinar blast death toll rises to nine, 22 injured: Agency Headquarters Hospital sources.
Emergency declared in Parachinar hospital; army helicopter to shift critically injured to Peshawar.
""")

R(4, "police_note", "2018-05-30", "2018-05-29", "Kakshal", "KP", 1, 0, None, None, "armed_attack", """
PRESS NOTE / CCPO Office Peshawar. On 29.05.2018 at about 19:30 hrs two unknown armed men riding a motorcycle opened fire on Charanjit Singh s/o Gurbachan Singh, aged 52, a member of the Sikh community, inside his general store in Kakshal, within the limits of PS Yakatoot; he died on the spot. Case registered u/s 302/34 PPC r/w 7 ATA at PS Yakatoot; SSP Operations has constituted a special team and CCTV footage of the area is being obtained.
""")

R(5, "urdu_brief", "2014-07-09", -1, "Dera Ismail Khan", "KP", 2, 0, None, None, "armed_attack", """
D.I.Khan (Online): Two real brothers belonging to the Fiqh-e-Jafaria were martyred when unknown miscreants opened fire on them near Topanwala Bazaar yesterday evening. The shaheeds, Syed Zaheer Abbas and Syed Qamar Abbas, were returning home after closing their shop. The bodies were shifted to DHQ Hospital while the miscreants fled on a motorcycle; police have started investigation.
""")

R(6, "court_oneliner", "2021-03-12", -1, "Lahore", "PB", None, None, LEJ, "convicted", "legal_action", """
LAHORE: An anti-terrorism court on {WG} sentenced two members of the banned Lashkar-i-Jhangvi to death on two counts each for the 2019 target killing of Shia lawyer Syed Amjad Hussain in Samanabad, and fined them Rs200,000 each.
""")

R(7, "satp_timeline", "2011-03-05", "2011-03-03", "Kalaya", "KP", 0, 0, TTP, "alleged", "abduction", """
{G:Bd}: Militants abducted four Shia tribesmen, including a schoolteacher, from the Kalaya area in Lower Orakzai Agency of the Federally Administered Tribal Areas (FATA), reports Dawn. Officials suspect that Tehreek-e-Taliban Pakistan (TTP) militants active in the area are behind the kidnapping.
""")

R(8, "acled_row", "2023-09-12", "2023-09-08", "Gilgit", "GB", 0, 0, MWM, None, "protest", """
{G:ymd} | PAK | Protests | Peaceful protest | Protesters (Pakistan); MWM: Majlis Wahdat-e-Muslimeen; Shia Muslim Group (Pakistan) | Gilgit-Baltistan | Gilgit | Gilgit | Dawn; Pamir Times | On {G:dBY}, hundreds of MWM supporters held a sit-in at Ittehad Chowk in Gilgit city against the arrest of a Shia cleric over a sermon. The protest ended peacefully in the evening. [size=hundreds] | Fatalities: 0
""")

R(9, "hospital_statement", "2013-09-29", 0, "Peshawar", "KP", 4, 19, None, None, "bombing", """
Lady Reading Hospital, Peshawar - media statement issued at 11:40am: LRH received four dead bodies and 19 injured persons after this morning's explosion near a Shia mosque in Qissa Khwani bazaar. Eleven of the injured are in a serious condition and have been shifted to the surgical ICU, and the hospital appeals to citizens to donate blood of all groups at the Blood Bank.
""")

R(10, "whatsapp_forward", "2019-03-21", -1, "Daharki", "SD", 0, 0, None, None, "abduction", """
*Forwarded as received* Please share widely. Last night armed men entered the home of Mr Ramesh Kumar in Ward No. 4, Daharki, District Ghotki, and took away his daughter Pooja, 15 years old, at gunpoint. Police are not registering the FIR and the family is being told she has "converted". Hindu Panchayat Daharki demands immediate recovery. #JusticeForPooja
""")

R(11, "fir_summary", "2020-08-16", "2020-08-14", "Jandiala Sher Khan", "PB", 1, 1, None, None, "armed_attack", """
FIR No. 412/2020, PS Jandiala Sher Khan, District Sheikhupura (translated summary): Complainant Nasir Ahmad s/o Bashir Ahmad, Ahmadi by faith, states that on {G:dmy/} at about 9:15 pm his brother Tahir Ahmad was returning from their dera when accused Muhammad Arif and an unknown companion stopped him outside the village and fired at him, shouting that a "Qadiani" deserved to die. Tahir died at the spot and the complainant's cousin Zafar Ahmad was hit in the leg. Offences: 302, 324, 34 PPC.
""")

R(12, "tweet", "2021-05-17", 0, "Kotli", "JK", 0, 2, None, None, "mob_violence", """
A mob led by local clerics stormed the Ahmadi Baitul Zikr in Kotli city this afternoon, smashing the minaret and the dome while police stood by. Two Ahmadi men beaten and hurt. #AJK government silent. #Ahmadis #PakistanMinorities
""")

R(13, "ngo_alert", "2017-02-06", "2017-02-02", "Jaffar-e-Tayyar", "SD", 0, 0, RANGERS, "alleged", "enforced_disappearance", """
URGENT ACTION - Shia Missing Persons Committee, Karachi. Syed Mohsin Raza, 27, a resident of Jaffar-e-Tayyar Society, Malir, was taken from his home at about 3am on {G:dB} by men in plain clothes who arrived with uniformed Sindh Rangers personnel in two double-cabin vehicles. His family has received no information about his whereabouts, no FIR has been registered and he has not been produced before any court.
""")

R(14, "wire_ap", "2018-04-04", -1, "Bhara Kahu", "IS", 1, 0, IS, "claimed", "armed_attack", """
ISLAMABAD (AP) - Gunmen on a motorcycle shot and killed a Christian pastor as he left his church on the outskirts of Pakistan's capital on {WG}, police said. Police officer Naveed Akhtar said the pastor, Salamat Masih, 55, was attacked in the Bhara Kahu area and died on the way to a hospital. The Islamic State group claimed responsibility in a statement carried by its Aamaq news agency.
""")

R(15, "pips_timeline", "2016-10-09", "2016-10-04", "Kanak", "BA", 11, 23, ISKP, "claimed", "bombing", """
Mastung, {G:db}: At least 11 persons, all zaireen returning from Iran, were killed and 23 injured when a suicide bomber rammed an explosives-laden car into their bus near Kanak in Mastung district. Daesh's Wilayat Khorasan (ISKP) claimed responsibility through its Amaq agency.
""")

R(16, "police_note", "2019-12-20", -1, "I-10", "IS", 0, 0, TTP, "claimed", "threat", """
Islamabad Capital Police spokesman: On {WG} a threatening letter bearing the name and stamp of the Tehreek-e-Taliban Pakistan was found at the gate of a church in Sector I-10/4, demanding that the church stop its Christmas programme. Security of all churches has been enhanced and a case has been registered at PS Industrial Area.
""")

R(17, "court_oneliner", "2016-11-24", -1, "Karachi", "SD", None, None, LEJ, "acquitted", "legal_action", """
KARACHI: An anti-terrorism court on {WG} acquitted three alleged members of the proscribed Lashkar-e-Jhangvi in the 2013 Abbas Town bombing case for want of evidence, observing that the prosecution had failed to produce a single eyewitness.
""")

R(18, "tv_ticker", "2013-11-15", 0, "Rawalpindi", "PB", 8, 40, None, None, "mob_violence", """
PINDI: Clash erupts as Ashura procession passes madrassa in Raja Bazaar. Mob sets madrassa and adjoining cloth market on fire. 8 dead, 40+ injured: police. Army called in, curfew imposed in Rawalpindi.
""")

R(19, "hospital_statement", "2015-01-30", 0, "Lakhi Dar", "SD", 29, 44, None, None, "bombing", """
The medical superintendent of Civil Hospital Shikarpur told reporters that the hospital had received 26 bodies and 44 injured from the blast at the imambargah in Lakhi Dar during the {WG=Friday} prayer. Three more bodies were brought in later, taking the toll to 29; critically injured patients are being referred to Larkana and Sukkur.
""")

R(20, "urdu_brief", "2012-08-17", -1, "Gonar Farm", "GB", 2, 5, TTP, "alleged", "armed_attack", """
Chilas (Correspondent): Unknown miscreants opened fire on a passenger coach travelling from Rawalpindi to Gilgit near Gonar Farm on the Shahrah-e-Resham late last night, martyring two passengers and injuring five. The injured were shifted to DHQ Hospital Chilas. Police suspect militants of the banned Tehreek-e-Taliban Pakistan; traffic on the highway was suspended after the incident.
""")

R(21, "satp_timeline", "2012-01-09", "2012-01-06", "Hangu", "KP", 8, 20, TTP, "claimed", "bombing", """
{G:Bd}: At least eight persons, including three children, were killed and 20 others injured when an improvised explosive device (IED) planted in a parked vehicle exploded near an imambargah in Hangu town of Hangu District. The Tehrik-e-Taliban Pakistan (TTP) claimed responsibility.
""")

R(22, "acled_row", "2023-08-20", "2023-08-16", "Jaranwala", "PB", 0, 0, None, None, "mob_violence", """
{G:dBY} | Riots | Mob violence | Rioters (Pakistan); Muslim Group (Pakistan) | Civilians (Pakistan); Christian Group (Pakistan) | Punjab | Faisalabad | Jaranwala | Notes: On {G:dBY}, a mob attacked and set fire to at least 21 churches and over 80 Christian homes in Jaranwala (Faisalabad) after two Christian men were accused of desecrating the Quran. Police later arrested over 100 people. Fatalities: 0.
""")

R(23, "tweet", "2015-06-10", 0, "Kohat", "KP", 0, 0, SUC, None, "protest", """
#Kohat: Shia Ulema Council sit-in on the Indus Highway near KDA enters 6th hour; traffic suspended since this morning. Protesters demand arrest of the killers of the two teachers shot in Ustarzai yesterday.
""")

R(24, "whatsapp_forward", "2022-02-13", -2, "Bhalwal", "PB", 0, 0, TLP, "claimed", "threat", """
Urgent: On {WG} night letters signed "Tehreek-e-Labbaik Pakistan, Tehsil Bhalwal" were thrown into the homes of six Christian families in Bhalwal, telling them to leave the mohalla within a week or face consequences. Families are terrified. Please raise your voice.
""")

R(25, "ngo_alert", "2020-03-05", "2020-03-03", "Mirpur", "JK", 0, 0, "Tahaffuz-e-Khatm-e-Nabuwwat Youth Force", "claimed", "threat", """
HRCP is alarmed by banners that appeared in the main bazaars of Mirpur, AJK, on the night of {G:dB}, declaring members of the Ahmadiyya community "wajib-ul-qatl" (liable to be killed) and naming three local Ahmadi businessmen; the banners were signed "Tahaffuz-e-Khatm-e-Nabuwwat Youth Force, Mirpur". HRCP urges the AJK government to remove the banners and trace those responsible.
""")

R(26, "wire_afp", "2023-07-31", -1, "Khar", "KP", 54, 83, ISKP, "claimed", "bombing", """
PESHAWAR, Pakistan (AFP) - A suicide bomber struck a convention of the religious party Jamiat Ulema-e-Islam-Fazl in Khar, the main town of Bajaur district, on {WG}, killing at least 54 people and wounding 83, officials said. The Islamic State group's regional chapter, IS-K, claimed the attack on {W:0} via its Amaq propaganda outlet.
""")

R(27, "police_note", "2019-09-02", -1, "Latifabad", "SD", 0, 0, None, None, "property_attack", """
SSP Hyderabad: Unknown persons broke into the Shri Ram Mandir in Unit No. 7, Latifabad, last night, broke idols and set religious books on fire. An FIR has been lodged against unknown accused under Sections 295 and 427 PPC, police have been deployed at the temple, and the Hindu community has been assured that the culprits will be arrested.
""")

R(28, "fir_summary", "2019-11-24", "2019-11-21", "Bumburet", "KP", 0, 0, TTP, "claimed", "threat", """
FIR No. 87, PS Ayun, District Chitral (summary): Complainant Saifullah, an elder of the Kalash community of Bumburet valley, reported that on {G:dmy.} a letter signed "Tehreek-e-Taliban Pakistan, Chitral chapter" was left at the door of the Kalash community hall in Bumburet, warning the Kalash to convert or leave the valley before the Chawmos festival. Case registered u/s 506/507 PPC.
""")

R(29, "court_oneliner", "2017-05-16", -1, "Islamabad", "IS", None, None, TTP, "charged", "legal_action", """
ISLAMABAD: An anti-terrorism court on {WG} indicted four alleged members of the banned Tehreek-i-Taliban Pakistan in the case of the 2015 suicide attack on an imambargah in Shehzad Town; the accused pleaded not guilty.
""")

R(30, "urdu_brief", "2014-05-27", -2, "Wadh", "BA", 0, 0, None, None, "abduction", """
Khuzdar (NNI): Armed men abducted a Hindu trader, Lal Chand, from his shop in the main bazaar of Wadh on {WG} and took him away in a jeep towards the mountains. Traders of Wadh observed a shutter-down strike and demanded his safe recovery.
""")

R(31, "tv_ticker", "2019-09-09", 0, "Karachi", "SD", 0, 0, None, None, "other", """
KARACHI: Section 144 imposed across the city from today; pillion riding banned on 9th and 10th Muharram. Mobile phone service to remain suspended along procession routes: Sindh Home Department notification.
""")

R(32, "tweet", "2023-09-01", 0, "Skardu", "GB", 0, 0, "Anjuman-e-Imamia Baltistan", None, "protest", """
Thousands at Yadgar-e-Shuhada chowk in #Skardu today on the call of Anjuman-e-Imamia Baltistan, demanding the arrest of the cleric whose speech in Chilas insulted the Ahl-e-Bait. Peaceful so far, roads closed.
""")

R(33, "acled_row", "2009-03-08", "2009-03-05", "Bara", "KP", 0, 0, LEI, "alleged", "property_attack", """
{G:dBY} | Explosions/Remote violence | Remote explosive/landmine/IED | Unidentified Armed Group (Pakistan) | Civilians (Pakistan) | Khyber Pakhtunkhwa | Khyber | Bara | Notes: On {G:dBY}, militants blew up the shrine of a Sufi saint in Bara (Khyber). No casualties were reported. Local officials blamed Lashkar-e-Islam, which has threatened shrines in the area. Fatalities: 0.
""")

R(34, "ngo_alert", "2018-06-20", "2018-06-14", "Township", "PB", 0, 0, CTD, "alleged", "enforced_disappearance", """
Amnesty International is concerned for the safety of Allama Syed Hassan Raza Jafri, a Shia scholar, who was taken from his home in Township, Lahore, on {G:dB} by men his family identified as personnel of the Counter Terrorism Department (CTD) Punjab. His whereabouts remain unknown and the authorities deny holding him.
""")

R(35, "wire_ppi", "2024-08-01", -1, "Muzaffarabad", "JK", 0, 0, SUC, None, "protest", """
MUZAFFARABAD (PPI): Activists of the Shia Ulema Council AJK held a protest demonstration outside the Central Press Club here on {WG} against the killings in Kurram and the closure of the Parachinar road. The protesters chanted slogans and later dispersed peacefully.
""")

R(36, "hospital_statement", "2014-03-17", 0, "Quetta", "BA", 3, 1, None, None, "armed_attack", """
Spokesman, Bolan Medical Complex Quetta: The bodies of three Hazara vegetable vendors, shot dead on Sariab Road this morning, were brought to the BMC casualty department; one injured vendor has been referred to CMH Quetta.
""")

R(37, "police_note", "2016-10-08", 0, "Multan", "PB", 0, 0, None, None, "other", """
District Police Officer Multan: On the orders of the Deputy Commissioner, the entry of two clerics into Multan district has been banned for 30 days with effect from {G:dmy/} under Section 144 CrPC, to maintain peace and sectarian harmony during Muharram. SHOs have been directed to ensure compliance.
""")

R(38, "whatsapp_forward", "2007-11-19", 0, "Sadda", "KP", 0, 0, None, None, "displacement", """
Salam all. Since this morning around 40 Turi families from Sadda have left their homes for Parachinar after threats at the bazaar. Road is unsafe, children and women on trucks. Please pray and forward to anyone who can help with shelter in Parachinar.
""")

R(39, "court_oneliner", "2015-04-15", -1, "Gilgit", "GB", None, None, TTP, "convicted", "legal_action", """
GILGIT: An anti-terrorism court on {WG} sentenced three men, described by the prosecution as members of the banned TTP, to life imprisonment in the 2012 case of the attack on passenger buses near Chilas.
""")

R(40, "satp_timeline", "2015-10-26", "2015-10-23", "Jacobabad", "SD", 20, 40, JUA, "claimed", "bombing", """
{G:Bd}: At least 20 people were killed and over 40 injured when a suicide bomber blew himself up near a Muharram procession close to the Mola Ali imambargah in Jacobabad town of Jacobabad District. Jamaatul Ahrar (JuA), a breakaway faction of the TTP, claimed responsibility.
""")

# ---------------------------------------------------------------- long texts (041-100)
# Khyber Pakhtunkhwa (041-057)

R(41, "reuters_long", "2021-10-01", -1, "Dabgari", "KP", 1, 0, IS, "claimed", "armed_attack", """
Islamic State claims killing of Sikh healer in Pakistan's Peshawar

By Mushtaq Ali

PESHAWAR, Pakistan, {P:bd} (Reuters) - Islamic State claimed responsibility on {W:0} for the killing of a Sikh practitioner of traditional medicine in the northwestern Pakistani city of Peshawar, the latest in a series of attacks on the country's tiny Sikh minority.

Harjeet Singh Khalsa, 47, was shot four times by a gunman who walked into his clinic in the Dabgari area of the city on {WG} afternoon, police official Ejaz Khan told Reuters. He died before he could be taken to Lady Reading Hospital.

In a statement on its Amaq news agency, the militant group said its fighters had killed "a polytheist Sikh". Police said they were examining the claim and footage from cameras in the crowded street.

"He had no enemies. He treated poor people for free, Muslims and Sikhs alike," said his nephew, Gurpal Singh, outside the family home.

Peshawar's Sikh community, estimated at a few thousand people, has been repeatedly targeted. In {A:2018-05-29:B} 2018, a Sikh shopkeeper, Charanjit Singh, was shot dead in his store in the city, and in 2020 a Sikh television anchor's brother was killed in another part of Khyber Pakhtunkhwa province.

Provincial chief minister Mahmood Khan ordered an inquiry and directed police to arrest the killers, his office said in a statement.

Community leaders said they would bury Khalsa on {W:1} in Peshawar and demanded better protection for Sikh businesses, many of which sell herbal medicine and groceries in the old city.

(Reporting by Mushtaq Ali; Writing by Gibran Peshimam; Editing by Alex Richardson)
""")

R(42, "dawn_long", "2013-02-18", -1, "Doaba", "KP", 3, 2, LEJ, "alleged", "armed_attack", """
Three of a family shot dead in Hangu

Our Correspondent | Published {P:BdY}

HANGU: Three members of a Shia family, including a 12-year-old boy, were shot dead when gunmen opened fire on their car in Doaba area of Hangu district on {WG} evening, police said.

Police said the family was returning from a wedding in Thall when two men on a motorcycle intercepted the car near the Doaba police post and fired at it with Kalashnikovs. Ghulam Abbas, 45, and his brother Sajjad Hussain died on the spot, while Ghulam Abbas's son Ali Raza, 12, and two women were taken to the district headquarters hospital.

Initially, officials said two people had died. The boy succumbed to his wounds late at night, taking the death toll to three, a hospital official said, adding that the two women were out of danger.

District police officer Iftikhar Ahmad told reporters that the attack appeared to be sectarian. "We suspect the involvement of the banned Lashkar-i-Jhangvi, which has a network in the area," he said, adding that raids were being conducted in nearby villages.

The killing sparked protests in Doaba and Hangu city, where Shia elders blocked the Kohat-Thall road for three hours before the administration assured them of action.

Hangu has seen repeated sectarian violence. In January last year, at least eight people were killed when a car bomb exploded near an imambargah in Hangu town, and several Shia traders have been killed in targeted attacks since.

The funeral prayers of the three victims will be offered in Doaba on {W:0}.
""")

R(43, "thenews_long", "2016-04-09", 0, "Dera Ismail Khan", "KP", 2, 1, TTP, "claimed", "armed_attack", """
Cop, nephew martyred in DI Khan attack

By Our Correspondent

DERA ISMAIL KHAN: A Shia assistant sub-inspector of police and his nephew were martyred and a passerby was injured when unidentified motorcyclists opened fire on them on Circular Road here on {WG}.

The police said ASI Syed Tahir Hussain Shah, who was posted at Cantonment Police Station, was going home on a motorbike with his nephew Syed Ali Hamza, a college student, when the attackers struck near the Kotwali police station. Both died on the spot. A fruit vendor, Muhammad Ayub, sustained a bullet wound in the arm and was shifted to the District Headquarters Hospital.

Soon after the attack, the banned Tehreek-e-Taliban Pakistan (TTP) claimed responsibility. In a message to journalists, the group's spokesman said the policeman had been targeted "for his role in operations against the mujahideen".

Police cordoned off the area and collected empty shells of 30-bore pistols. District Police Officer Sadiq Baloch said the attackers had been identified from CCTV footage and would be arrested soon.

The funeral prayers of the slain cop were offered at Police Lines with full official honours, attended by the regional police officer and Shia elders. A large number of mourners later staged a protest on the Circular Road and demanded an end to what they called the target killing of the Shia community in Dera Ismail Khan.

According to the Shia community, more than 40 of its members have been killed in targeted attacks in D.I. Khan district over the last three years. On {A:2016-02-19:dB} this year, two Shia shopkeepers were shot dead in the Kalan Bazaar.
""")

R(44, "aljazeera_long", "2024-11-22", -1, "Mandori", "KP", 42, 30, None, None, "armed_attack", """
Gunmen kill dozens in attack on convoy in Pakistan's Kurram

Attack on passenger vehicles travelling under police escort is one of the deadliest in the restive district in years.

By Abid Hussain | Published On {P:dBY}

Islamabad, Pakistan - Gunmen have killed at least 42 people, many of them Shia Muslims, in an attack on a convoy of passenger vehicles in northwest Pakistan's Kurram district, officials say.

The convoy of around 200 vehicles was travelling from Parachinar to Peshawar under police escort on {WG} when attackers hiding in the hills opened fire at Mandori, in Lower Kurram, local officials told Al Jazeera.

"Initially we had received 38 bodies, but four more of the injured died overnight," district health officer Dr Qaiser Abbas said on {W:0}, adding that about 30 wounded people were being treated in Parachinar and Peshawar. Women and children were among the dead.

No group has claimed responsibility. Provincial officials condemned what they called a "terrorist attack", while Shia organisations blamed the government for failing to secure the road, which had been closed for weeks and reopened only under escort.

Kurram, a former tribal area bordering Afghanistan, has a long history of violence between its Shia and Sunni tribes, often over land. In July, clashes over a land dispute near Boshehra killed dozens of people before a ceasefire was brokered by a tribal jirga.

"Our people are trapped. We have no road, no medicine, and now they are killing us on the road we were told was safe," said Jalal Hussain, a resident of Parachinar whose cousin was wounded in the attack.

The provincial government announced compensation for the families and said a grand jirga would meet to prevent the violence from spreading.
""")

R(45, "afp_long", "2022-03-05", -1, "Kocha Risaldar", "KP", 61, 194, IS, "claimed", "bombing", """
IS claims suicide attack on Shiite mosque in Pakistan

PESHAWAR, Pakistan ({P:BdY}) - The Islamic State group on {W:0} claimed a suicide bombing at a Shiite mosque in the northwestern Pakistani city of Peshawar that killed 61 worshippers during {WG=Friday} prayers.

The attacker shot dead a police guard at the entrance to the mosque in the Kocha Risaldar neighbourhood of the old city before walking inside and detonating his explosives among hundreds of worshippers, police said.

"The toll has risen to 61 and 194 people were wounded," Muhammad Asim, spokesman for Lady Reading Hospital, told AFP on {W:0}. On {WG} evening officials had put the death toll at 56.

In a statement released on its Amaq propaganda channel, IS said one of its fighters had targeted "Shiite apostates", a term the group routinely uses for the minority sect.

Shiite Muslims make up about 15 to 20 percent of Pakistan's population of 220 million and have long been targeted by Sunni extremists. In 2013, twin suicide bombings at a church in the same city killed more than 80 people.

Funerals were held in the old city under tight security on {W:0}, with mourners chanting slogans against the government.

Prime Minister Imran Khan condemned the attack and ordered authorities to provide the best medical care to the wounded. The UN Secretary-General Antonio Guterres also condemned it, his spokesman said.

"I came for prayers with my two sons. Now I am looking for one of them," said a man in the hospital corridor who gave his name only as Naveed. "The blast threw me against the wall. There was smoke, blood and shoes everywhere."
""")

R(46, "bbc_long", "2015-08-14", -1, "Thall", "KP", 13, 36, JUA, "claimed", "bombing", """
Pakistan: Bomb in crowded market kills 13 in Thall

{P:dBY}

A bomb hidden in a motorcycle has exploded in a busy market in the north-western Pakistani town of Thall, killing at least 13 people and wounding 36, officials say.

The blast happened on {WG} morning near the town's main imambargah, a Shia place of worship, as people were shopping ahead of the weekend.

Thall, in Hangu district of Khyber Pakhtunkhwa province, lies at the gateway to the Kurram tribal region and has a large Shia population.

Jamaat-ul-Ahrar, a breakaway faction of the Pakistani Taliban, said it had carried out the attack. A spokesman for the group told the BBC it had targeted "Shias and their supporters".

Local police chief Zahid Khan said the bomb had been detonated by remote control. "About eight kilograms of explosives were used," he said.

Residents said the market was packed at the time. "I heard a huge bang and the whole street was filled with dust. People were lying on the road," shopkeeper Arif Hussain said.

The injured were taken to hospitals in Thall and Kohat, and several were flown to Peshawar by helicopter.

It is the second major attack in the area this year. In {A:2015-01-22:B}, a suicide bomber targeted a mosque in Hangu town, killing five people.

Pakistan's military has been conducting an offensive against Taliban militants in the nearby North Waziristan tribal district since June last year. Officials say attacks have fallen since the operation began, but militants remain capable of striking soft targets.
""")

R(47, "court_report", "2019-10-23", -1, "Peshawar", "KP", None, None, JUNDULLAH, "convicted", "legal_action", """
PHC upholds death sentences in All Saints Church attack case

Bureau Report

PESHAWAR: The Peshawar High Court on {WG} upheld the death sentences awarded to two men convicted of involvement in the 2013 suicide bombing of All Saints Church in Kohati Gate, which killed more than 80 worshippers.

A two-member bench comprising Justice Rooh-ul-Amin and Justice Ahmad Ali dismissed the appeals of Shafiqullah and Abdul Wahid, who were convicted by an anti-terrorism court in 2017 on charges of facilitating the suicide bombers and keeping explosives. The convicts were described by the prosecution as members of the banned Jundullah group, which had claimed the attack on the day.

The bench observed in its short order that the prosecution had proved through confessional statements, recoveries and call data that the two accused had transported the bombers to Kohati Gate on {A:2013-09-22:dBY} and that the trial court had rightly appreciated the evidence.

Counsel for the appellants had argued that the confessions were retracted and recorded after weeks of illegal detention, and that no independent witness had identified the accused. The deputy attorney general opposed the appeals.

Representatives of the Christian community, who were present in the courtroom, welcomed the decision. "Six years later, at least some accountability," said Pastor Samuel Gill of the Diocese of Peshawar. "But the planners are still free."

The All Saints Church attack, carried out by two suicide bombers as the congregation came out after {W@2013-09-22} service, was the deadliest attack on Pakistan's Christian minority. The detailed judgement will be issued later. The convicts can challenge the verdict in the Supreme Court.
""")

R(48, "tribune_long", "2024-06-21", -1, "Madyan", "KP", 1, 8, None, None, "mob_violence", """
Mob lynches man over blasphemy allegation in Swat

Police station set on fire; eight injured as crowd overpowers police in Madyan

Fazal Khaliq | {P:BdY}

SWAT: A charged mob on {WG} night stormed a police station in Madyan, dragged out a man accused of desecrating the Holy Quran and lynched him, before setting his body and the police station on fire, officials said.

The victim, identified as Muhammad Ismail, a resident of Sialkot who was staying at a hotel in Madyan as a tourist, had been taken into custody after residents accused him of burning pages of the Holy Quran. Announcements were made from mosque loudspeakers, and within an hour hundreds of people gathered outside the police station.

"The crowd was in the thousands by then. Our men tried to resist but they were outnumbered," District Police Officer Dr Zahidullah told The Express Tribune. He said eight people, including five policemen, were injured in the stone-pelting and were shifted to Mingora hospital.

The mob also torched several police vehicles parked outside, and footage circulating on social media showed the body being burnt in the main bazaar.

Police have registered a case against unidentified persons under terrorism and murder charges, and 23 people have been arrested on the basis of video footage, the DPO said on {W:0}.

The Khyber Pakhtunkhwa government has formed an inquiry committee. Human rights groups condemned the lynching, saying that mere allegations of blasphemy continue to cost lives. In August 2023, a mob torched churches and homes in Jaranwala, Punjab, after a similar accusation.

Swat, a popular summer destination, was crowded with tourists from across the country for the Eid holidays.
""")

R(49, "geo_long", "2024-12-26", -4, "Parachinar", "KP", 0, 0, MWM, None, "protest", """
Parachinar sit-in enters fifth day as road closure continues

Geo News | {P:BdY}

PARACHINAR: The sit-in organised by the Majlis Wahdat-e-Muslimeen (MWM) outside the Parachinar press club entered its fifth day on {W:0}, with protesters vowing to stay put until the Thall-Parachinar road is reopened and medicine reaches the district.

The dharna began on {WG} afternoon when hundreds of residents, including elders, women and children, gathered outside the press club in freezing cold. Since then similar sit-ins in solidarity have been held in Karachi, Lahore and Islamabad.

"More than 100 children have died because of lack of medicine. We are under siege in our own country," MWM leader Allama Hasan Zafar Naqvi told the protesters via video link.

The main road connecting Kurram with the rest of the country has been closed since an attack on a passenger convoy in Lower Kurram last month that killed more than 40 people, which was followed by days of clashes. A ceasefire was later brokered by a government jirga.

The Khyber Pakhtunkhwa government said it had sent medicines by helicopter and that the road would be reopened once bunkers were removed and a peace agreement was signed. "We are doing everything possible," provincial spokesperson Barrister Muhammad Ali Saif said.

Traders in Parachinar also observed a strike on {W:0} in support of the sit-in, and the main bazaar remained closed. Protesters said they would block the Pak-Afghan border crossing at Kharlachi if their demands were not met.
""")

R(50, "community_release", "2016-09-07", -2, "Sheikh Maltoon Town", "KP", 0, 0, JUA, "claimed", "threat", """
PRESS RELEASE

Diocese of Peshawar - Church of Pakistan

Threat letter to St. John's Church, Sheikh Maltoon Town, Mardan

The Church of Pakistan, Diocese of Peshawar, expresses deep concern over a threatening letter found at the gate of St. John's Church in Sheikh Maltoon Town, Mardan, on the morning of {WG}, {G:dBY}.

The handwritten letter, in Urdu and bearing the name and emblem of Jamaat-ul-Ahrar, warns that the church will be "blown up like the churches of Peshawar and Lahore" unless the congregation stops gathering for worship and Christian families leave the area. The letter names the pastor and two members of the church committee.

The matter was immediately reported to the Sheikh Maltoon police station, which has registered a case against unknown persons and deployed two constables at the church. We thank the police for their prompt response, but two constables cannot protect a congregation of more than 300 people.

Jamaat-ul-Ahrar claimed the suicide attack on Christians in a Lahore park in March this year in which more than 70 people were killed, many of them children. Our people are therefore deeply frightened. Attendance at the evening prayer on the day the letter was found was less than half the usual number.

We demand that:
1. The provincial government provide permanent security to all churches in Mardan district;
2. The authorities trace and arrest those who wrote and delivered the letter;
3. The district administration hold a meeting with the Christian community and ulema to reassure the people.

Issued by: Office of the Bishop, Diocese of Peshawar, {P:dBY}
""")

R(51, "urdu_press_long", "2018-09-13", -1, "Tank", "KP", 0, 0, TTP, "alleged", "abduction", """
Two Hindu traders abducted from Tank bazaar, business community observes strike

Tank (Nama Nigar): Unidentified armed men abducted two members of the Hindu community from the main bazaar of Tank in broad daylight yesterday and took them away in a double-cabin vehicle towards the Gomal area, police said.

According to the police, Kishan Lal and his cousin Ravi Kumar, who run a cloth shop in the main bazaar, were closing their shop at around 1pm when four armed men, their faces covered with chadors, forced them into the vehicle at gunpoint. The kidnappers fired into the air to scare people away and escaped before police could reach the spot.

District Police Officer Tank said that the area had been cordoned off and checking at all exit points had been intensified. He said that police suspected that militants of a local faction of the banned Tehreek-e-Taliban Pakistan (TTP), who have been demanding extortion money from traders, were involved in the incident.

The Hindu community of Tank, numbering about 40 families, expressed grave concern over the incident. "We have lived here for generations. Our children now ask us if we should leave," said Shri Ram Chand, an elder of the community.

The Tank traders' association observed a complete shutter-down strike on the day following the kidnapping and announced that the bazaars would remain closed until the traders were recovered. Members of the provincial assembly from the area also visited the families and assured them of every possible help.

It should be mentioned here that last year a Sikh trader was also abducted from the same bazaar and was released after three months on payment of a heavy ransom.
""")

R(52, "voa_long", "2023-05-05", -1, "Bagan", "KP", 0, 0, TTP, "alleged", "abduction", """
Gunmen Abduct Seven Shi'ite Passengers in Northwest Pakistan

Islamabad - Gunmen in northwestern Pakistan abducted seven Shi'ite passengers from a public van in the Kurram district on {WG}, local officials said, raising fears of renewed sectarian tension in the volatile border region.

The van, traveling from Peshawar to Parachinar, was stopped by armed men near Bagan in Lower Kurram, district police officer Muhammad Imran told VOA by phone. "They checked the identity cards of the passengers, took seven men with them and let the others go," he said. The driver was unhurt.

Imran said police suspected the involvement of the Pakistani Taliban, known as the Tehrik-e-Taliban Pakistan, or TTP, which has stepped up attacks in the region since the Afghan Taliban returned to power in Kabul in August 2021. The TTP did not comment.

The kidnapping comes a day after five schoolteachers were shot dead in a staff room in Upper Kurram, an attack that officials blamed on a land dispute between Sunni and Shi'ite tribes.

Relatives of the abducted men blocked the main road in Parachinar to demand their recovery. "Our people are being picked up on the road like goats," said Hamid Hussain Turi, whose brother-in-law was among those taken.

Kurram, which borders Afghanistan, has a Shi'ite majority and a history of deadly clashes. Human rights groups say successive governments have failed to resolve the land disputes that feed the violence.

A government spokesman said security forces had launched a search operation in the mountains around Bagan.
""")

R(53, "ngo_statement", "2019-07-11", "2019-07-06", "Hayatabad", "KP", 0, 0, "Inter-Services Intelligence (ISI)", "alleged", "enforced_disappearance", """
HRCP alarmed by disappearance of Shia lawyer in Peshawar

Lahore, {P:dBY}: The Human Rights Commission of Pakistan (HRCP) is gravely concerned over the enforced disappearance of Syed Mujtaba Hussain, a Peshawar-based Shia lawyer who has represented families of missing persons before the Peshawar High Court.

According to his family, Mr Hussain was taken from his home in Phase 6, Hayatabad, at around 2am on {G:dB} by a group of men in plain clothes who arrived in three vehicles without number plates. His wife told an HRCP fact-finding team that the men said they were from the ISI and that her husband would be returned "after a few questions". He has not been seen since.

The family's attempts to register an FIR at the Hayatabad police station were unsuccessful, and a habeas petition has now been filed in the Peshawar High Court.

HRCP notes with concern that Mr Hussain had recently raised the cases of at least 12 young Shia men from Kurram and Kohat who have been missing since 2017. The targeting of a lawyer for representing the families of the disappeared is an attack on the right of every citizen to legal counsel.

HRCP calls on the federal government to:
- ensure that Mr Hussain is immediately produced before a court of law, and released if no charge is brought against him;
- direct the Commission of Inquiry on Enforced Disappearances to take up the case without delay;
- enact the long-pending legislation criminalising enforced disappearance.

Enforced disappearance is a crime against humanity when practised systematically. The state must end this practice once and for all.

Hina Jilani, Chairperson
""")

R(54, "social_thread", "2022-01-27", -3, "Kohat", "KP", 0, 0, CTD, "alleged", "enforced_disappearance", """
1/ My brother Syed Irtaza Hussain, 24, a BS student at Kohat University of Science and Technology, was taken by men in CTD uniform and plain clothes from our house in Kohat at 4 am on {WG} night/{W:-2} morning. Three days, no news. Please RT. #ReleaseIrtaza

2/ They broke the gate, locked my parents in one room and took his laptop and phone. One of them had a CTD badge on his jacket. They told my father "he will be back after inquiry". No warrant was shown.

3/ We went to CTD Kohat office. They say they don't have him. Police station Cantt refused to register FIR. My father is a heart patient and has not slept since.

4/ Irtaza is not a criminal. His only "crime" is that he organised majalis at the university and posted about the missing Shia youth of Kohat and Hangu. Is that a crime in this country?

5/ We have filed an application with the Commission of Inquiry on Enforced Disappearances and our lawyer is filing a habeas petition in Peshawar High Court tomorrow.

6/ Thank you to everyone who shared. @HRCP87 @AmnestySAsia please take notice. If he has done anything wrong, produce him in court. Don't make him disappear.

7/ Update: MWM Kohat has announced a protest outside the press club on {W:1}. Our family will be there. We only want Irtaza back home.
""")

R(55, "dailytimes_long", "2009-03-06", -1, "Hazarkhwani", "KP", 0, 0, TTP, "claimed", "property_attack", """
Militants blow up Rahman Baba's mausoleum

Staff Report

PESHAWAR: Suspected militants blew up the mausoleum of the renowned 17th-century Pashto Sufi poet Rahman Baba in Hazarkhwani on the outskirts of Peshawar early on {WG}, police said.

According to police, the militants tied explosives to the pillars of the shrine and detonated them at around 5am, destroying the domed tomb, the adjoining mosque and a part of the canteen. No one was hurt, as the shrine was empty at the time, police said.

A local caretaker told Daily Times that armed men had come to the shrine a few days earlier and warned the custodians to stop women from visiting the grave. "They said it is un-Islamic for women to come here and pray," he said.

Later in the day, a man claiming to be a spokesman for the Tehreek-e-Taliban Pakistan (TTP) told reporters by telephone that the group had blown up the shrine because "worship of graves is shirk". Officials said they were verifying the claim.

Rahman Baba, whose poetry preaches love and tolerance, is revered by Pashtuns on both sides of the border and his shrine attracted thousands of visitors every week.

Awami National Party leaders, poets and writers condemned the attack and announced protests across the province on the following day. "This is an attack on Pashtun culture and identity," ANP provincial president Afrasiab Khattak said.

It was the latest in a series of attacks on shrines in the area. In December, militants had bombed the shrine of Sheikh Bahadur Baba in Bara and another shrine in the Khyber Agency, and a shrine in Nowshera was damaged in a blast last month.
""")

R(56, "un_statement", "2023-07-14", "2023-07-09", "Balishkhel", "KP", 0, 0, None, None, "displacement", """
PAKISTAN: Kurram district - displacement following tribal clashes
Flash Update No. 2 (as of {P:dBY})

HIGHLIGHTS
- An estimated 450 families have left Balishkhel and surrounding villages of Lower Kurram since {G:dB} following armed clashes between Sunni and Shia tribes over a land dispute.
- Most displaced families are staying with relatives in Sadda, Parachinar and Thall; some 60 families are sheltering in two government schools.
- Road access between Parachinar and Thall remains restricted; humanitarian partners report shortages of medicines and fuel.

SITUATION OVERVIEW
The clashes, which began over the ownership of a plot of farmland near Balishkhel, spread within hours to other villages of the district. Local sources report that 11 people have been killed and more than 30 injured since the fighting started, though these figures could not be independently verified. The first families left Balishkhel on {G:dB}, and departures increased after mortar shells hit houses on the following two days.

The district administration announced a ceasefire on {D:-2:dB} after a jirga of elders from both communities, but sporadic firing continued to be reported.

According to the provincial disaster management authority, the displaced are mostly women and children. Partners estimate that about 2,800 people need food assistance, and health facilities in Sadda report a shortage of trauma supplies.

RESPONSE
- The PDMA has distributed 300 food packages and 150 tents.
- UNICEF and partners are supporting water and hygiene services at the two schools.
- WHO has dispatched emergency health kits to the District Headquarters Hospital, Parachinar.

The United Nations calls on all parties to respect the ceasefire, protect civilians and allow unimpeded humanitarian access.

For further information, please contact: OCHA Pakistan, Islamabad.
""")

R(57, "police_statement_long", "2018-09-17", 0, "Hangu", "KP", 0, 0, None, None, "other", """
OFFICE OF THE DEPUTY COMMISSIONER, HANGU
NOTIFICATION / PRESS RELEASE
No. 4471-78/DC/Hgu, dated {P:dmy.}

Whereas the Muharram-ul-Haram processions and majalis are to be held throughout the district, and whereas credible threat alerts have been received from the law enforcement agencies regarding possible acts of terrorism and sectarian violence;

And whereas I, Deputy Commissioner Hangu, am satisfied that there is sufficient ground for proceeding under Section 144 of the Code of Criminal Procedure, 1898, to prevent danger to human life and disturbance of public tranquillity;

Now therefore, the following are hereby prohibited within the revenue limits of District Hangu with immediate effect from today, {P:dmy.}, until 10th Muharram:

1. Pillion riding on motorcycles, except for women, children and elderly persons.
2. Display of weapons and aerial firing.
3. Use of loudspeakers except for azan, {LIT:Friday} sermon and within the premises of registered majalis.
4. Distribution of pamphlets, wall-chalking and display of banners containing sectarian material.
5. Entry of 14 ulema and zakireen, named in the annexed list, into the district.

Mobile phone service will remain suspended in Hangu city, Doaba and Thall on 9th and 10th Muharram, as notified by the PTA on the request of the provincial home department.

Violators shall be proceeded against under Section 188 PPC. The District Police Officer Hangu has been directed to ensure strict compliance, and all SHOs have been asked to hold meetings with the peace committees of both sects.

The Deputy Commissioner appealed to the ulema of both communities to cooperate with the administration and to maintain the tradition of sectarian harmony in the district.

(Signed) Deputy Commissioner, Hangu
""")

# Balochistan (058-070)

R(58, "ap_long", "2021-01-04", -1, "Mach", "BA", 11, 0, IS, "claimed", "armed_attack", """
Islamic State claims killing of 11 coal miners in Pakistan

By ABDUL SATTAR and MUNIR AHMED, Associated Press

QUETTA, Pakistan (AP) - Gunmen stormed a coal mine in southwestern Pakistan before dawn {WG}, separated 11 miners from their co-workers, tied their hands and shot them dead, officials said. The Islamic State group claimed responsibility.

The attack took place in the Mach coal field, about 48 kilometers (30 miles) southeast of Quetta, the capital of Baluchistan province. Most of the victims belonged to the Hazara ethnic minority, who are mostly Shiite Muslims, said Levies official Murad Khan. Ten of the dead were Hazaras and one was from neighbouring Afghanistan, he said.

The attackers took the miners to nearby hills, where they were killed, Khan said. Other workers were left unharmed.

In a statement posted on its Amaq news agency late {W:-1}, the Islamic State group said its fighters had killed "Shiite apostates".

Hazara community leaders refused to bury the dead and began a sit-in on a highway on the outskirts of Quetta with the coffins, demanding that Prime Minister Imran Khan visit them.

"We have buried so many of our people. Every time they promise protection and nothing happens," said Abdul Khaliq Hazara, a community leader.

Sunni militant groups have repeatedly targeted Pakistan's Hazaras. In April 2019, a suicide bombing at a fruit and vegetable market in Quetta killed 20 people, including eight Hazaras.
""")

R(59, "dawn_long", "2012-09-19", -1, "Dringarh", "BA", 19, 4, LEJ, "claimed", "armed_attack", """
19 pilgrims offloaded from bus and shot dead in Mastung

Saleem Shahid | Published {P:BdY}

QUETTA: Nineteen Shia pilgrims on their way to Iran were offloaded from a bus and shot dead by gunmen near Dringarh in Mastung district on {WG} morning.

Official sources said the bus carrying around 40 passengers, most of them members of the Hazara community, was travelling from Quetta to Taftan when a group of armed men wearing military-style uniforms stopped it at Dringarh, about 50km from the provincial capital. The gunmen checked the passengers' identity cards, made the Hazara passengers get off, lined them up and opened fire.

"Seventeen people died on the spot and two succumbed to their injuries on the way to hospital," said Mastung Deputy Commissioner Tufail Baloch. Four other passengers were wounded and taken to the Combined Military Hospital in Quetta.

A spokesman for the banned Lashkar-i-Jhangvi, Ali Sher Haideri, telephoned journalists and claimed responsibility for the massacre.

The Hazara Democratic Party and the Majlis Wahdat-i-Muslimeen announced three days of mourning, and shops in Hazara Town and Mariabad remained closed.

Last year, 26 pilgrims were killed in a similar attack on a bus in Mastung, and several Hazara traders have been shot dead in Quetta in recent months.

Balochistan Chief Minister Nawab Aslam Raisani condemned the killings and announced compensation of Rs1 million for the heirs of each victim.
""")

R(60, "tribune_long", "2014-08-30", -2, "Nokjo", "BA", 6, 8, "Lashkar-e-Khorasan", "claimed", "armed_attack", """
Six Zikris killed as gunmen attack place of worship in Awaran

Shezad Baloch | {P:BdY}

QUETTA: Unidentified gunmen opened fire on a gathering of the Zikri community at a zikrkhana in Nokjo area of Awaran district on {WG} evening, killing six worshippers, including a child, and injuring eight others.

According to the Levies, around a dozen armed men riding motorcycles surrounded the zikrkhana while the congregation was performing zikr and opened indiscriminate fire. The attackers fled towards the mountains after the attack.

"Five people died on the spot and one injured person died on the way to the Awaran hospital," a Levies official told The Express Tribune. The injured were later shifted to Karachi because of the lack of facilities in Awaran.

A little-known group calling itself Lashkar-e-Khorasan claimed responsibility in a statement sent to newspaper offices in Turbat, describing the Zikris as "non-Muslims" who had "spread their faith in Makran".

The Zikris, a sect that follows the teachings of a 15th-century Mahdi, are found mainly in the Makran region of Balochistan and number around 750,000. Their community leaders said that they had been receiving threats for months.

The Balochistan home minister condemned the attack and directed the Levies to arrest the culprits. Zikri elders and Baloch nationalist parties announced protests and said the attack was an attempt to divide the Baloch people along sectarian lines.

This is the first major attack on the Zikri community, though several Zikri leaders have been threatened in Kech and Panjgur districts in recent months.
""")

R(61, "voa_long", "2013-01-11", -1, "Quetta", "BA", 81, 120, LEJ, "claimed", "bombing", """
Twin Blasts in Pakistan's Quetta Kill 81

Ayaz Gul | Islamabad

Two bombs ripped through a snooker club on Alamdar Road in the southwestern Pakistani city of Quetta on {WG} evening, killing at least 81 people, most of them members of the Shi'ite Hazara community, officials said on {W:0}.

Police said a suicide bomber first blew himself up inside the crowded snooker hall. About ten minutes later, as police, rescue workers and journalists gathered at the scene, a second blast was set off in a vehicle parked outside.

Provincial health officials said the first blast killed 33 people and the second 48, among them rescue workers, policemen and a local television cameraman. More than 120 people were wounded.

Earlier in the day a bomb in a crowded market in another part of the city killed 12 people; no group claimed that attack.

The outlawed Sunni militant group Lashkar-e-Jhangvi said it carried out the twin bombings on Alamdar Road. A spokesman for the group told reporters by telephone that it would continue to target Shi'ites.

Hazara leaders announced they would not bury their dead until the army took control of the city. Hundreds of families sat in the freezing cold beside the coffins on Alamdar Road through the night.

"We are being killed every day, and the government only counts the bodies," said Qayyum Changezi, chairman of the Hazara Qaumi Jirga.

Human rights groups say more than 400 Shi'ites were killed in Pakistan last year, many of them in Balochistan.
""")

R(62, "gandhara_long", "2017-10-06", -1, "Fatehpur", "BA", 20, 30, IS, "claimed", "bombing", """
Suicide Bomber Kills 20 At Sufi Shrine In Pakistan's Balochistan

RFE/RL's Radio Mashaal | {P:BdY}

A suicide bomber has attacked a crowded Sufi shrine in southwestern Pakistan, killing at least 20 people and wounding 30, officials say.

The attack took place on {WG} at the shrine of Pir Rakhel Shah in Fatehpur, a village in the Jhal Magsi district of Balochistan Province, during the annual urs festival, which attracts thousands of devotees from across the region.

Local officials said a police guard stopped the bomber at the shrine's gate, where he detonated his explosives. The dead included the guard and two children.

"Initially 13 bodies were brought here, but the death toll has risen to 20 as some of the critically injured died," said Dr Abdul Qadir, who works at the district hospital in Gandawah.

The extremist group Islamic State (IS) claimed responsibility for the bombing through its Amaq news agency.

Sufi shrines, which Sunni militants consider heretical, have been repeatedly attacked in Pakistan. In November 2016, an IS-claimed bombing at the Shah Noorani shrine in the Khuzdar district killed more than 50 people, and in February an attack on the shrine of Lal Shahbaz Qalandar in Sehwan, Sindh, killed more than 80.

Balochistan's home minister said security at shrines across the province had been increased.
""")

R(63, "court_report", "2020-02-20", 0, "Quetta", "BA", None, None, LEJ, "acquitted", "legal_action", """
BHC acquits two men sentenced to death for Hazara killings

Our Correspondent | Quetta | {P:dBY}

A division bench of the Balochistan High Court on {WG} acquitted two men who had been sentenced to death by an anti-terrorism court for the 2012 killing of four Hazara shopkeepers on Quetta's Prince Road, and ordered their release if not required in any other case.

The appellants, Abdul Rauf alias Rauf Bangulzai and Naseebullah, had been described by the prosecution as members of the banned Lashkar-e-Jhangvi. The ATC had convicted them in 2016 on the basis of their confessions, the recovery of a pistol and the testimony of a shopkeeper who claimed to have seen the attack.

The bench, comprising Chief Justice Jamal Khan Mandokhail and Justice Nazeer Ahmed Langove, observed that the confessional statements had been recorded after the accused had spent more than a month in the custody of an intelligence agency, and that the forensic report did not connect the recovered pistol with the empties collected from the scene.

"Suspicion, however strong, cannot take the place of proof," the bench observed in its judgement.

Counsel for the complainants said they would challenge the acquittal in the Supreme Court. Hazara community leaders expressed disappointment, saying that almost no one had been punished for the hundreds of killings of the community since 2001.

"Our children ask who killed their fathers. Today the court told us: nobody," said Tahir Khan Hazara, a leader of the Hazara Democratic Party.
""")

R(64, "nation_long", "2021-01-06", -3, "Quetta", "BA", 0, 0, HDP, None, "protest", """
Hazaras continue sit-in with coffins of slain miners

Our Staff Reporter

QUETTA - Members of the Hazara community, led by the Hazara Democratic Party (HDP), continued their sit-in on the Western Bypass for the fourth consecutive day on {W:0}, refusing to bury the 11 coal miners killed in Mach until Prime Minister Imran Khan visits them.

The protest began on {WG} afternoon, when the bodies of the miners were brought from Mach and placed on the road in coffins wrapped in shrouds. Women and children have been sitting beside the coffins day and night in temperatures below freezing.

HDP chairman Abdul Khaliq Hazara, addressing the protesters, said the community had been "burying its youth for twenty years" and would not accept condolences over the phone. "Come and see our coffins, then talk to us," he said.

Solidarity sit-ins were held in Karachi, Lahore, Islamabad and Peshawar, with the Majlis Wahdat-e-Muslimeen joining the protests in Karachi at Numaish Chowrangi.

Federal ministers Ali Zaidi and Zulfi Bukhari held two rounds of talks with the protesters, but the negotiations failed to break the deadlock.

The miners were killed on {W:-3}, when gunmen separated them from other workers at the coal field in Mach, tied their hands and shot them. The Islamic State group claimed the killings.

The Western Bypass, which connects Quetta with Hazara Town, remained closed to traffic, and markets in the Hazara areas of Quetta stayed shut.
""")

R(65, "thenews_long", "2018-04-26", -1, "Marriabad", "BA", 0, 0, "Lashkar-e-Jhangvi al-Alami (LeJA)", "claimed", "threat", """
Threat letters found at two Hazara schools in Quetta

By Our Correspondent

QUETTA: Threatening letters bearing the name of the banned Lashkar-e-Jhangvi al-Alami were found at the gates of two private schools run by the Hazara community in Marriabad on {WG} morning, prompting the administration to close the schools for the rest of the week.

According to the police, the watchmen of the two schools found identical printed letters pasted on the gates when they opened them at 7am. The letters, signed "Lashkar-e-Jhangvi al-Alami, Balochistan", warned parents not to send their children to the schools and said the group would "turn these schools into graveyards".

SSP Operations Quetta said the letters had been sent for forensic examination and a case had been registered at the Marriabad police station under the Anti-Terrorism Act. "We are treating the threat seriously. Additional personnel have been deployed at all schools in Marriabad and Hazara Town," he said.

The principal of one of the schools said about 1,200 students were enrolled in the two institutions and that most parents had kept their children at home even before the administration's announcement.

The Hazara Democratic Party and the Majlis Wahdat-e-Muslimeen condemned the letters and demanded that the government act against the group's network in the city.

Earlier this month, two Hazara men were shot dead in a shop on Jinnah Road, and in {A:2018-04-01:B} gunmen killed a Hazara man and wounded another near the Quetta cantonment.
""")

R(66, "urdu_press_long", "2016-02-09", -2, "Surab", "BA", 0, 0, LEJ, "alleged", "abduction", """
Two Hazara travellers kidnapped near Surab, Levies launch search

Kalat (Daily Jang translation): Unknown armed men kidnapped two members of the Hazara community travelling from Quetta to Karachi near Surab on {WG} and took them to an unknown location, according to the Levies.

Levies sources said the coach in which the two men, Muhammad Ali and Ghulam Sakhi, both residents of Hazara Town Quetta, were travelling was stopped on the RCD highway near Surab by six armed men in a pick-up. The men checked the CNICs of the passengers and forced the two Hazara passengers to get into their vehicle. The remaining passengers were allowed to continue the journey.

Risaldar Major of the Surab Levies said that a search operation had been launched in the surrounding mountains with the help of the Frontier Corps. He said that according to initial information the banned Lashkar-e-Jhangvi was suspected of being involved, as the group had carried out similar kidnappings on the highway in the past.

The families of the kidnapped men staged a protest outside the Quetta Press Club yesterday and demanded their immediate recovery. An elder of the Hazara community said the community had already stopped travelling by road to Iran and Karachi because of the killings, and now even the RCD highway was no longer safe.

It may be recalled that last year two Hazara traders were abducted from the same highway near Khuzdar; their bullet-riddled bodies were found a week later.

Balochistan's home minister has taken notice of the incident and directed the Levies and police to ensure the safe recovery of the kidnapped men.
""")

R(67, "community_release", "2019-11-18", "2019-11-14", "Turbat", "BA", 0, 0, FC, "alleged", "enforced_disappearance", """
VOICE FOR BALOCH MISSING PERSONS (VBMP)
Press statement - {P:dBY}

Student abducted by FC from Turbat, family fears for his life

VBMP strongly condemns the enforced disappearance of Shahdad Baloch, a second-year student of the University of Turbat, who was picked up by personnel of the Frontier Corps from his hostel room on the night of {G:dB}, {G:Y}.

According to his roommates, a contingent of FC personnel, accompanied by men in plain clothes, raided the university's boys' hostel at around 11pm, searched several rooms and took Shahdad away blindfolded in an FC vehicle. Four other students who were taken with him were released the next morning near the Turbat bazaar, but Shahdad has not been seen since.

His father, a schoolteacher from Buleda, approached the Turbat police station and the FC headquarters, but both refused to acknowledge that he was in custody. The family has now registered his case with the Commission of Inquiry on Enforced Disappearances.

Shahdad is a member of the Baloch Students Organisation and had taken part in peaceful protests over the disappearance of students from Kech district. He has no criminal record.

VBMP chairman Nasrullah Baloch said that at least 37 people had been forcibly disappeared from Kech district since January, most of them students and young men, and that the number of cases recorded by the organisation had risen sharply this year.

We demand that Shahdad Baloch be produced before a court if he is accused of any crime, and that the state end the practice of enforced disappearances in Balochistan. The family will hold a protest at the Turbat press club on {D:2:dB}.
""")

R(68, "ngo_statement", "2015-06-03", "2015-05-27", "Satellite Town", "BA", 0, 0, None, None, "enforced_disappearance", """
Human Rights Commission of Pakistan - Balochistan Chapter
Statement on the disappearance of Syed Ahmed Shah Kazmi

Quetta, {P:dBY}: The HRCP Balochistan Chapter is deeply concerned about the whereabouts of Syed Ahmed Shah Kazmi, a 34-year-old Shia schoolteacher and social worker, who has been missing since he was taken from near his home in Satellite Town, Quetta, on the evening of {G:dB}.

His brother told the HRCP that Mr Kazmi had gone out to buy groceries when two vehicles stopped beside him and men in plain clothes forced him into one of them in front of shopkeepers. The family believes that he is in the custody of "the agencies", as he had been questioned about his social work with Shia youth twice in the preceding months.

Police have registered a case of abduction against unknown persons but, the family says, have made no visible progress. No ransom demand has been received.

The HRCP reminds the authorities that holding a person incommunicado, without producing him before a magistrate within 24 hours, is a violation of Article 10 of the Constitution. If Mr Kazmi is suspected of any offence, he must be charged and tried in accordance with the law.

The Chapter notes that the disappearance has added to the sense of insecurity among Quetta's Shia communities, who have faced years of targeted killings. It calls on the Balochistan government and the federal interior ministry to establish his whereabouts, to inform the family, and to ensure that no one is held outside the protection of the law.

Habib Tahir, Vice-Chairperson, HRCP Balochistan
""")

R(69, "pakistantoday_long", "2013-02-22", -4, "Essa Nagri", "BA", 0, 0, None, None, "displacement", """
Christian families leave Quetta's Essa Nagri after threats

Staff Report

QUETTA: At least 35 Christian families have left Essa Nagri, a Christian neighbourhood near Quetta's Samungli Road, since {WG}, after threatening phone calls and pamphlets warned them to leave or be killed, community leaders told Pakistan Today on {W:0}.

"The first families packed their belongings and left on {WG} night, after two young men were beaten on their way back from work. Since then trucks have been leaving every day," said Pastor Emmanuel Masih of the local Presbyterian church. Most of the families have gone to relatives in Karachi, Hyderabad and Lahore, while some have moved to the Quetta cantonment area.

Essa Nagri has about 300 Christian households, most of them sanitary workers employed by the Quetta Metropolitan Corporation. Community leaders said the threats had started after a quarrel between a Christian youth and a shopkeeper over a debt, which was later given a "religious colour" by some local people.

The police said they had not received any formal complaint. "We have increased patrolling in the area and met the elders. The situation is under control," an SHO said.

Balochistan's minority affairs minister visited Essa Nagri and assured the residents of protection, but residents said a police van parked at the entrance to the neighbourhood was not enough.

The exodus comes a month after the twin blasts on Alamdar Road, which killed more than 80 Hazaras and left minorities across the city fearful. "If the Hazaras cannot be protected, who will protect us?" asked a woman who was loading her family's belongings into a hired pick-up.
""")

R(70, "arabnews_long", "2020-07-23", -1, "Chaman", "BA", 0, 0, None, None, "other", """
Ahmadi man's family forced to bury him outside town after local graveyard denied

Saadullah Akhter | {P:BdY}

QUETTA: The family of a 68-year-old Ahmadi man who died of a heart attack in the border town of Chaman was forced to bury him in an open plot 15 km outside the town on {WG} after local residents and clerics refused to let him be buried in the common graveyard, community members said.

Abdul Ghani, a retired schoolteacher, died at his home on the previous day. When his relatives took his body to the town's main graveyard, a group of residents led by two local clerics blocked the gate and said that "a Qadiani cannot be buried among Muslims", according to a spokesman for the Ahmadiyya community in Pakistan.

"The assistant commissioner, instead of helping the family, told them to take the body somewhere else to avoid a law and order situation," Saleemuddin, the community's spokesman, told Arab News.

The assistant commissioner of Chaman, contacted by Arab News, said the administration had acted "to maintain peace" and had provided land for the burial outside the town. "There was no violence. The family agreed to the alternative arrangement," he said.

Ahmadis, who consider themselves Muslims, were declared non-Muslims by Pakistan's parliament in 1974, and a 1984 ordinance bars them from "posing" as Muslims. Rights groups say Ahmadi graves are often desecrated and that families are increasingly refused space in shared graveyards.

In 2012, police in Lahore removed Islamic verses from the gravestones of Ahmadis in a graveyard on the demand of local clerics.
""")

# Punjab (071-081)

R(71, "arabnews_long", "2022-11-22", -2, "Chenab Nagar", "PB", 1, 1, None, None, "armed_attack", """
Ahmadi doctor shot dead outside his clinic in Pakistan's Chenab Nagar

Arab News | {P:dBY}

ISLAMABAD: An Ahmadi doctor was shot dead and his assistant wounded outside their clinic in the central Pakistani town of Chenab Nagar, the headquarters of the minority community, on {WG} evening, police and community officials said.

Dr Abdul Qadir Khalid, 61, was locking the clinic on Muslim Colony road when a young man approached on foot and fired five shots at him from close range, said Amir Mahmood, a spokesman for the Ahmadiyya community. His compounder, Mubashir Ahmad, was hit in the shoulder.

"Dr Khalid was taken to the Fazl-e-Omar hospital but he could not survive," Mahmood told Arab News. "He was a kind man who treated patients of every faith."

Chiniot district police said a case had been registered and the attacker had been identified from CCTV footage, but no arrest had been made by {W:0}. A police official said the motive appeared to be religious, adding that no group had claimed the attack.

Chenab Nagar, formerly known as Rabwah, is home to about 70,000 people, most of them Ahmadis. The community was declared non-Muslim by a 1974 constitutional amendment, and its members are barred by law from calling themselves Muslims or their places of worship mosques.

According to the community's annual report, at least five Ahmadis were killed for their faith in Pakistan last year. In {A:2022-08-12:B} this year, an Ahmadi man was stabbed to death by a young man in Rabwah during a religious festival.

Rights groups have called on Prime Minister Shehbaz Sharif's government to protect the community, which says hate speech against it has gone unchecked.
""")

R(72, "nation_long", "2014-11-04", -1, "Choti Zareen", "PB", 3, 7, ASWJ, "alleged", "armed_attack", """
Three killed as gunmen fire on majlis in DG Khan

Our Correspondent

DERA GHAZI KHAN - Three people were killed and seven others injured when gunmen opened fire on a Muharram majlis at an imambargah in Choti Zareen, some 40 kilometres from here, on {WG} night.

According to police, four armed men riding two motorcycles opened fire at the participants of the majlis as they were coming out of the imambargah after the 9th Muharram gathering. Two people died on the spot, while a third succumbed to his injuries at the DHQ Hospital Dera Ghazi Khan, where the injured were also shifted.

The Majlis Wahdat-e-Muslimeen (MWM) blamed activists of the proscribed Ahle Sunnat Wal Jamaat (ASWJ) for the attack, saying the organisation's local leaders had threatened the imambargah's trustees a week earlier over the route of the Ashura procession. An ASWJ district leader denied any involvement and condemned the killings.

District Police Officer Ghazi Salahuddin said that an FIR had been registered against unknown attackers under the Anti-Terrorism Act and that the police were examining all aspects of the case, including the MWM's allegation.

Despite the attack, the Ashura procession was taken out in Choti Zareen on {W:0} under tight security, with the army deployed at sensitive points.

The Punjab chief minister took notice of the incident and sought a report from the regional police officer. The MWM announced three days of mourning in the district.
""")

R(73, "dawn_long", "2017-01-31", -1, "Lahore", "PB", None, None, None, None, "legal_action", """
All 115 accused in Joseph Colony arson case acquitted

Rana Bilal | Published {P:BdY}

LAHORE: An anti-terrorism court on {WG} acquitted all 115 people accused of setting fire to more than 100 houses of Christians in Joseph Colony, Badami Bagh, in March 2013, for lack of evidence.

ATC Judge Chaudhry Muhammad Azam announced the verdict that had been reserved after the completion of the trial. The court observed that the prosecution had failed to prove the charges against the accused beyond reasonable doubt, and that the witnesses had not been able to identify the accused during the trial.

A mob of thousands had torched the houses, two churches and dozens of shops in the Christian neighbourhood on {W@2013-03-09}, {A:2013-03-09:BdY}, after a Christian sanitary worker, Sawan Masih, was accused of blasphemy. The residents had fled the area the night before, so no one was killed.

Sawan Masih was sentenced to death in 2014 in the blasphemy case; his appeal is pending before the Lahore High Court.

Christian rights activists expressed disappointment at the verdict. "The whole world saw the videos of the houses burning. If nobody did it, who did it?" asked Napoleon Qayyum, a rights activist.

The Punjab government had rebuilt the houses within weeks of the incident, and the chief minister had announced Rs500,000 compensation for each family.

Counsel for the accused said their clients had been implicated on the basis of "political rivalry and guesswork". The prosecution said it would consider filing an appeal in the Lahore High Court after receiving the detailed judgement.
""")

R(74, "tribune_long", "2024-03-13", -1, "Faisalabad", "PB", None, None, TLP, "convicted", "legal_action", """
Three TLP workers get prison terms for Jaranwala church attacks

Our Correspondent | {P:BdY}

FAISALABAD: An anti-terrorism court here on {WG} sentenced three workers of the Tehreek-e-Labbaik Pakistan (TLP) to a combined 22 years in prison for their role in the attacks on churches and Christian homes in Jaranwala in {A:2023-08-16:B} last year, and acquitted five others.

ATC-I Judge Muhammad Sohail Anwar found Muhammad Imran, Shahzad Ahmad and Qari Zubair guilty of rioting, arson and damaging places of worship, on the basis of video footage and the testimony of police officials. Imran, who the prosecution said was a local office-bearer of the TLP, was handed ten years, while the other two received six years each. The court also ordered each of them to pay Rs100,000 in compensation.

Defence counsel said the accused had been "made scapegoats" and would appeal against the verdict in the Lahore High Court.

On August 16 last year, a mob set fire to at least 21 churches and dozens of houses in Jaranwala after two Christian brothers were accused of desecrating the Holy Quran. Police arrested more than 300 people after the riots, but rights activists say most of them have since been released on bail.

Bishop Azad Marshall of the Church of Pakistan welcomed the verdict as "a first step", but said that those who incited the crowd from mosque loudspeakers were yet to be tried.

The Christian brothers accused of blasphemy were acquitted last month by a sessions court.
""")

R(75, "bbc_long", "2024-06-04", -10, "Mujahid Colony", "PB", 1, 2, None, None, "mob_violence", """
Sargodha: Christian man dies days after mob attack over blasphemy claim

By Shumaila Jaffery, BBC Urdu, Islamabad

A mob attacked the home and shoe factory of a Christian family in the Mujahid Colony area of Sargodha in Pakistan's Punjab province on {WG}, {G:dB}, after rumours spread that a man had burnt pages of the Koran.

Nazir Masih, a man in his 70s, was dragged out of the house and beaten with bricks and sticks. Police rescued him and took him to hospital in Rawalpindi, where officials said he died of his injuries on {W:-2}, eight days after the attack. Two other members of the family were also hurt.

Videos shared on social media showed young men setting fire to the small factory and household goods on the street while others chanted slogans.

"We were inside when they broke the gate. We thought we would all be killed," a relative of the family told BBC Urdu by phone, asking not to be named for fear of reprisals.

Police said they had arrested more than 40 people, and that they were identifying others from the video footage. Ten Christian families living in the colony have since left for other areas.

The Punjab chief minister, Maryam Nawaz, visited the family and announced that the culprits would be punished.

Accusations of blasphemy are extremely sensitive in Pakistan, where even unproven claims can provoke lynchings. Last year, mobs burnt more than 20 churches in Jaranwala in the same province.

Human rights groups say the blasphemy laws are often misused to settle personal scores.
""")

R(76, "dawn_long", "2009-08-02", -1, "Gojra", "PB", 8, 18, None, None, "mob_violence", """
Eight Christians burnt alive in Gojra riots

Our Correspondent | Published {P:BdY}

GOJRA: Eight Christians, including four women and a child, were burnt alive and 18 others injured when a mob set fire to dozens of houses in a Christian colony in Gojra on {WG}, after rumours that a copy of the Holy Quran had been desecrated in a nearby village.

Officials said seven people died in the fire in the houses in the Christian Colony, while another man who had suffered burns died at the Faisalabad Allied Hospital late at night, taking the death toll to eight.

Eyewitnesses said that thousands of people, some of them armed, gathered in the area after announcements from mosques, and set more than 40 houses and a church on fire. Police and residents exchanged fire for several hours, and the police were unable to control the crowd until the Rangers were called in.

The riots followed an incident in the village of Korian, about 10 kilometres away, two days earlier, where a mob had set fire to around 50 houses of Christians after the desecration allegation.

Federal Minister for Minorities Shahbaz Bhatti, who reached Gojra on {W:0}, said the violence had been planned and that the police had ignored warnings. The Christian community refused to bury the bodies and placed the coffins on the railway track, blocking train traffic.

The Punjab government suspended the district police officer and announced a judicial inquiry. Church leaders announced three days of mourning and the closure of Christian schools across the country.
""")

R(77, "community_release", "2023-02-06", -2, "Garjakh", "PB", 0, 0, PUNJAB_POLICE, "alleged", "property_attack", """
Jamaat-e-Ahmadiyya Pakistan - Press Section
Press release, Rabwah, {P:dBY}

Police demolish minarets of Ahmadi place of worship in Gujranwala

On the night of {WG}, {G:dBY}, a contingent of the Punjab Police arrived at the Ahmadiyya place of worship in Garjakh, Gujranwala, and demolished its two minarets with hammers and a mechanical cutter. The policemen, some of them in plain clothes, also covered the Kalima written on the outer wall with black paint.

The place of worship was built in 1984, before the promulgation of Ordinance XX, and the Lahore High Court has held in a judgement that structures built before the ordinance cannot be altered on the pretext of that law. Despite this, the local police acted on an application submitted by a local religious organisation which claimed that the minarets "resemble those of a mosque".

Members of the community who were present were told by the SHO that the action had been taken "to avoid a law and order situation". No written order was shown.

This is the third such incident in Gujranwala division in less than a month. On 18 January, minarets of an Ahmadi place of worship in Wazirabad were demolished by unknown persons in the presence of police.

Ahmadi worship places and graves have been attacked with increasing frequency. In 2022, according to our annual report, 24 Ahmadi places of worship were desecrated or damaged, in most cases with the involvement or acquiescence of the police.

We call upon the Inspector General of Police Punjab to take notice of the unlawful act of his officers and to ensure that the constitutional right of Ahmadis to practise their faith is protected.

Amir Mahmood, Spokesperson, Jamaat-e-Ahmadiyya Pakistan
""")

R(78, "urdu_press_long", "2015-12-27", "2015-12-25", "Kot Radha Kishan", "PB", 0, 0, TLP, "charged", "property_attack", """
Church desecrated in Kot Radha Kishan, case registered against five workers of religious party

Kasur (Daily Express, translated): Unknown persons broke into the Catholic church in Kot Radha Kishan on the night of Christmas day, tore pages of the Bible, broke the cross at the altar and set fire to chairs and curtains, according to police.

According to Father Yousaf, the parish priest, the incident came to light in the early hours of yesterday when the caretaker of the church saw smoke coming out of the building and raised the alarm. Residents extinguished the fire before it could spread. No one was hurt, but the church suffered damage worth lakhs of rupees.

On the complaint of the priest, Kot Radha Kishan police have registered a case under Sections 295, 427 and 436 PPC, and nominated five local workers of the Tehreek-e-Labbaik Pakistan, who, according to the FIR, had threatened the Christian community a week earlier over the decoration of the church for Christmas. Two of the nominated accused have been arrested, while raids are being conducted to arrest the others.

A TLP district leader told this scribe that the party's workers had been falsely implicated and that the party had nothing to do with the incident.

The Christian community of Kot Radha Kishan staged a peaceful protest on the Kasur-Raiwind road, and the district administration assured them that the church would be repaired at government expense.

It should be recalled that in November 2014 a Christian couple, Shama and Shahzad, were burnt alive in a brick kiln near Kot Radha Kishan after being accused of blasphemy.
""")

R(79, "police_statement_long", "2012-06-11", "2012-06-09", "Jhang", "PB", 0, 0, SSP, "claimed", "threat", """
OFFICE OF THE DISTRICT POLICE OFFICER, JHANG
PRESS RELEASE No. 211/PRO, Dated {P:dmy.}

Threatening letters to Shia ulema: case registered, security enhanced

It is informed for the general public that on {G:dmy.}, three Shia ulema of Jhang city, including the khateeb of the central imambargah, received identical threatening letters by post. The letters, written in Urdu and signed "Sipah-e-Sahaba Pakistan, Jhang Division", warned the recipients to stop holding majalis in the city or "face the fate" of those killed in earlier years, and named the dates of the next majalis.

On receipt of the complaint, a case has been registered at Police Station City Jhang under Section 507 PPC and Section 11-X of the Anti-Terrorism Act, 1997. The letters have been sent to the Punjab Forensic Science Agency for examination of handwriting and fingerprints, and the post office from which they were dispatched is being traced.

The DPO Jhang has directed that:
1. Security of the three ulema and their residences be enhanced with immediate effect;
2. Police guards be deployed at all imambargahs and mosques of the city during congregations;
3. Activists of proscribed organisations placed in the Fourth Schedule be monitored strictly.

The DPO has also convened a meeting of the District Peace Committee, comprising ulema of all schools of thought, on {D:1:dmy.} at the DPO office.

The general public is requested to report any suspicious activity on 15 or at the police control room. Jhang Police is committed to the protection of life and property of all citizens without discrimination.

(PRO to DPO Jhang)
""")

R(80, "social_thread", "2017-01-13", -6, "Dhok Syedan", "PB", 0, 0, "Inter-Services Intelligence (ISI)", "alleged", "enforced_disappearance", """
Thread on my cousin Syed Ali Murtaza, picked up from Rawalpindi a week ago. Please read and share.

1. On {WG}, {G:Bd}, at about 9pm, Ali was sitting with friends at a tea stall in Dhok Syedan, Pindi, when a white Corolla and a Hilux stopped. Four men in shalwar kameez, one with a walkie-talkie, put him in the car and drove off. His friends were told to "keep quiet, this is an ISI matter".

2. Ali is 29, a software developer, and a volunteer with a Shia welfare trust that runs a free dispensary. He is not involved in any politics. He was helping organise blood donation camps during Muharram.

3. The next morning my uncle went to Police Station Ratta Amral. The SHO refused to register an FIR and said "we cannot do anything in such cases, go to the court."

4. On {W:-3} we filed a petition in the Lahore High Court Rawalpindi Bench. The court has issued notices to the police and the interior ministry for next week.

5. No one has told us where he is, whether he is alive, whether he is accused of anything. My aunt has not eaten properly for a week.

6. Three other Shia young men from Rawalpindi and Islamabad have gone missing in similar ways since December. Their families are also afraid to speak.

7. If Ali has done anything wrong, present him before a court. This is all we ask. #BringBackAliMurtaza #EndEnforcedDisappearances
""")

R(81, "tribune_long", "2019-09-04", 0, "Pir Mahal", "PB", 0, 0, None, None, "other", """
Administration bans majlis in Pir Mahal, seals imambargah

Our Correspondent | {P:BdY}

TOBA TEK SINGH: The district administration on {WG} banned a Muharram majlis in Pir Mahal and sealed the imambargah where it was to be held, saying the gathering had not been licensed and could lead to sectarian tension.

According to the order issued by the Assistant Commissioner Pir Mahal, the imambargah in Mohallah Islampura was a "new practice" that had not been entered in the register of licensed majalis and processions. The order said that a complaint had been received from residents of the area and that the Muharram code of conduct did not allow new gatherings.

Police sealed the gate of the imambargah in the afternoon and deployed a contingent outside. No one was arrested.

The trustee of the imambargah, Syed Imran Haider, said the majlis had been held at his home for the last 22 years and that he had applied for a licence in July. "They have sealed a place where we have been mourning Imam Hussain since my father's time," he said.

Shia organisations condemned the decision and said that similar bans had been placed on private majalis in several districts of Punjab. The Shia Ulema Council's district president said the community would challenge the order in the Lahore High Court.

A spokesman for the deputy commissioner said the decision had been taken in line with the provincial government's policy and that the administration had no intention of hurting the sentiments of any community.
""")

# Sindh (082-089)

R(82, "reuters_long", "2015-05-14", -1, "Safoora Goth", "SD", 45, 13, IS, "claimed", "armed_attack", """
Gunmen kill 45 members of Ismaili minority on bus in Pakistan's Karachi

By Syed Raza Hassan

KARACHI, Pakistan, May 14 (Reuters) - Gunmen boarded a bus carrying members of Pakistan's Ismaili Shi'ite minority in the southern city of Karachi on {WG} and shot dead 45 people, police said, in an attack claimed by supporters of Islamic State.

Six gunmen on three motorcycles stopped the pink-and-white bus near Safoora Goth, on the eastern edge of the city, as it carried worshippers from their residential colony to a jamaatkhana, police official Naeemuddin said. They climbed aboard and fired at the passengers with 9mm pistols.

"Most of the victims were shot in the head," said Dr Seemin Jamali, head of the emergency department at Jinnah Hospital, where many of the wounded were taken. Sixteen women were among the dead, and 13 people were wounded.

Leaflets left at the scene said the attack had been carried out by Islamic State, or Daesh, the militant group that controls parts of Syria and Iraq. A spokesman for Jundullah, a Pakistani group that has pledged support for Islamic State, also told Reuters by phone that its members had carried out the attack, though the claim could not be verified.

The Aga Khan, the spiritual leader of the world's Ismailis, said in a statement that the attack represented "a senseless act of violence against a peaceful community".

Army chief General Raheel Sharif cancelled a visit to Sri Lanka and flew to Karachi.

Ismailis, who follow the Aga Khan, have largely been spared the sectarian violence that has targeted Pakistan's larger Shi'ite community.

(Additional reporting by Mehreen Zahra-Malik in Islamabad; Editing by Nick Macfie)
""")

R(83, "thenews_long", "2013-10-24", -1, "North Nazimabad", "SD", 2, 0, LEJ, "alleged", "armed_attack", """
Shia scholar, son shot dead in North Nazimabad

By Salis bin Perwaiz

KARACHI: A Shia religious scholar and his son were shot dead in a targeted attack in North Nazimabad's Block H on {WG} evening.

According to the police, Allama Syed Taqi Hadi Naqvi, 58, and his son Syed Ali Mehdi, 24, were on their way to a majlis in a car when two motorcyclists intercepted them near a petrol pump and opened fire. Both were shot in the head and chest and died on the way to Abbasi Shaheed Hospital. Their driver escaped unhurt.

Police said the attackers used 9mm pistols and fled towards Sakhi Hassan. "The style of the attack matches the killings carried out by the banned Lashkar-e-Jhangvi," SSP Central Amir Farooqi said, adding that the police suspected a target-killing cell of the group operating in the district.

Following the killings, tension gripped parts of the city and Shia organisations announced three days of mourning. Several shops in Nazimabad and North Nazimabad were closed.

The Majlis Wahdat-e-Muslimeen and the Shia Ulema Council demanded the immediate arrest of the killers and an operation against sectarian outfits in the city.

According to the Citizens-Police Liaison Committee, this is the 29th sectarian killing in Karachi this month. On {D:-5:dB}, two Sunni clerics of a seminary in Orangi Town were also shot dead.
""")

R(84, "geo_long", "2017-02-17", -1, "Sehwan", "SD", 88, 250, IS, "claimed", "bombing", """
Death toll from Sehwan shrine blast rises to 88

Geo News | {P:dBY}

SEHWAN SHARIF: The death toll from the suicide attack on the shrine of Lal Shahbaz Qalandar in Sehwan on {WG} evening rose to 88 on {W:0} as several of the critically injured succumbed to their wounds, officials said.

The bomber, believed to have entered the shrine through the golden gate, blew himself up in the courtyard reserved for women during the dhamaal, the Sufi ritual dance performed every {WG=Thursday} evening. Initially, officials had put the toll at 76.

"The number of dead has risen to 88, including 20 children and 24 women, and over 250 people were injured," the Medical Superintendent of the Sehwan Taluka Hospital told Geo News. The nearest major hospital is in Jamshoro, 130 kilometres away, and many of the injured were shifted there and to Hyderabad.

The militant Islamic State group claimed responsibility for the attack through its Amaq news agency.

Pakistan Army chief General Qamar Javed Bajwa said that "each drop of the nation's blood shall be avenged". The military said it had killed more than 100 suspected militants in operations across the country overnight.

The attack was the deadliest in Pakistan since the Lahore park bombing last Easter, and came at the end of a week in which militants struck in Lahore, Peshawar, Mohmand and Quetta.

The shrine was closed after the attack; its custodians said it would reopen on {W:1} with the dhamaal performed in defiance of the militants.
""")

R(85, "dailytimes_long", "2019-09-16", -1, "Ghotki", "SD", 0, 0, None, None, "mob_violence", """
Mob vandalises temple, school in Ghotki over blasphemy charge

Staff Report

GHOTKI: A charged mob vandalised a Hindu temple, a private school and several shops owned by Hindus in Ghotki on {WG} after the principal of the school, a Hindu, was accused of blasphemy by a student.

According to the police, a student's father alleged that the principal, Notan Lal, had made derogatory remarks about the Holy Prophet (PBUH) during a class. After a video of the student's father levelling the allegation went viral, hundreds of people gathered in the city and staged a protest which turned violent.

The mob ransacked the school building and set a part of it on fire, while another group attacked the Sacho Satram Dham temple in the city, broke the idols and damaged the doors. Several Hindu-owned shops in the main bazaar were also damaged. No one was injured, police said.

Rangers and police contingents were called in and the situation was brought under control by the evening. A case has been registered against the principal under Section 295-C of the Pakistan Penal Code, and he has been taken into custody. Police also registered a case against the rioters.

The Sindh chief minister took notice of the incident and directed the IG Sindh to protect the Hindu community. Members of the Hindu community said they were afraid to leave their homes.

Human rights activists said the incident showed how quickly blasphemy allegations were used to target minorities. Ghotki district has one of the largest Hindu populations in Sindh.
""")

R(86, "urdu_press_long", "2022-04-05", -2, "Kandhkot", "SD", 0, 0, None, None, "abduction", """
Hindu trader's son kidnapped in Kandhkot, community stages protest

Kandhkot (Nawa-i-Waqt report, translated): Dacoits kidnapped Sagar Kumar, the 14-year-old son of a Hindu grain merchant, from outside his home in the Kandhkot city area on {WG} evening, and have demanded a ransom of Rs5 crore for his release.

According to the family, the boy had gone out to buy milk from a nearby shop at around 7pm when armed men on two motorcycles forced him to sit between them and sped off towards the riverine area. His father, Seth Dileep Kumar, said he received a call from the kidnappers the following morning, in which they put the boy on the phone and demanded the ransom.

SSP Kashmore said that police had identified the gang involved and that an operation had been started in the katcha area along the Indus. "We will recover the child safely, God willing," he said.

Members of the Hindu community, along with traders and civil society activists, staged a protest in front of the Kandhkot press club yesterday and blocked the Indus Highway for two hours. They said that at least six Hindu traders and their relatives had been kidnapped in Kashmore district in the last year, and that several families had already migrated to Karachi and abroad.

"We are the sons of this soil, but now we cannot even send our children to the shop," said Dr Lakhmi Chand, a leader of the Hindu Panchayat.

The Pakistan Hindu Council has written to the Sindh Chief Minister demanding the recovery of the boy and an end to the kidnappings for ransom.
""")

R(87, "ngo_statement", "2018-05-02", "2018-04-26", "Abbas Town", "SD", 0, 0, CTD, "alleged", "enforced_disappearance", """
Shia Rights Watch - Statement

Karachi: Shia youth missing after CTD raid in Abbas Town

{P:BdY} - Shia Rights Watch (SRW) is concerned about the fate of Syed Hasnain Abbas Rizvi, 22, a university student who was taken from his home in Abbas Town, Karachi, during a raid in the early hours of {G:BdY}.

According to eyewitness accounts collected by SRW, a team of about 15 men, some in the uniform of Sindh Police's Counter Terrorism Department (CTD) and others in plain clothes, entered the house at around 3am, beat the young man's father, and took Hasnain away without showing any warrant. CTD officials later told the family that they had no record of his arrest.

Hasnain is one of at least 30 Shia men reported missing in Karachi since January, according to the Shia Missing Persons Committee, which has organised sit-ins at Numaish and outside the Karachi Press Club. Families say the men have been accused, without any evidence presented in court, of links with militant groups in Syria.

SRW recalls that Abbas Town itself was the scene of one of the deadliest attacks on Shias in Karachi, when a bombing in March 2013 killed more than 45 people.

Enforced disappearance is prohibited under international law, and Pakistan's own Supreme Court has held that no person may be detained without legal authority.

SRW calls on the Government of Pakistan and the Sindh Government to disclose Hasnain's whereabouts, to produce him before a court within 24 hours, and to allow his family and lawyers access to him. We also urge the United Nations Working Group on Enforced or Involuntary Disappearances to take up his case.
""")

R(88, "court_report", "2016-12-09", -1, "Karachi", "SD", None, None, ASWJ, "acquitted", "legal_action", """
SHC acquits ASWJ leader in doctor's murder case

Our Correspondent

KARACHI: The Sindh High Court on {WG} set aside the life sentence awarded to a leader of the Ahle Sunnat Wal Jamaat (ASWJ) in the 2012 murder case of a Shia doctor, and acquitted him for lack of evidence.

A two-judge bench headed by Justice Naimatullah Phulpoto allowed the appeal of Maulana Abdul Ghaffar, the ASWJ's former district secretary for Karachi West, who had been convicted by an anti-terrorism court in 2015 for the killing of Dr Syed Haider Abbas in Nazimabad.

The bench observed that the only eyewitness had identified the appellant in court two years after the incident, without any identification parade having been held, and that the alleged recovery of the weapon was "doubtful" because it was made more than a month after the arrest. "The prosecution has miserably failed to prove its case beyond any shadow of doubt," the court said in its judgement.

The ASWJ's counsel had argued that the appellant had been implicated because of his sectarian affiliation, while the state counsel and the complainant's lawyer opposed the appeal.

The deceased's family said they would challenge the verdict in the Supreme Court. "My father was killed in front of his clinic. Today nobody is responsible for it," his son said outside the court.

The ASWJ, regarded as the successor of the banned Sipah-e-Sahaba Pakistan, was proscribed by the federal government in 2012, though its leaders continue to operate openly.
""")

R(89, "dawn_long", "2014-03-28", "2014-03-19", "Mirpur Mathelo", "SD", 0, 0, None, None, "displacement", """
Hindu families leave Mirpur Mathelo after spate of kidnappings

Our Correspondent | Published {P:BdY}

GHOTKI: At least 17 Hindu families have left Mirpur Mathelo for Karachi and other cities since {G:Bd}, citing insecurity after a series of kidnappings and the forced conversion of a teenage girl, community leaders said.

The first families left on {G:Bord}, a day after a 16-year-old Hindu girl from the town appeared in a video declaring that she had converted to Islam and married a local man. Her family said she had been abducted and forced to make the statement.

"We have sold our houses and shops at half the price. Who wants to leave the land of his ancestors? But we have daughters," said Pritam Das, a shopkeeper who left with his family for Karachi on {W:-3}.

Members of the Pakistan Hindu Seva said that more families were planning to move and that some were considering migrating to India.

The SSP Ghotki, however, denied that the law and order situation in the town was bad. He said that the girl had appeared before a magistrate and recorded a statement that she had converted of her own free will, and that the kidnappings were "the work of criminal gangs, not a religious issue".

Mirpur Mathelo and the nearby towns of Daharki and Ghotki have large Hindu communities, many of them traders. Community leaders say the cases of forced conversion in the district have increased in recent years.

The provincial minister for minority affairs has formed a committee to meet the community and to persuade the families not to leave.
""")

# Gilgit-Baltistan (090-092)

R(90, "pamirtimes_long", "2023-08-28", -3, "Chilas", "GB", 0, 0, "Tanzeem Ahl-e-Sunnat", None, "protest", """
Thousands protest in Chilas, block KKH over cleric's speech

Pamir Times News Desk | {P:dBY}

CHILAS: Thousands of people, responding to a call by the Tanzeem Ahl-e-Sunnat Gilgit-Baltistan, staged a protest in Chilas on {WG} and blocked the Karakoram Highway at several points, demanding the arrest of a Shia cleric over remarks he made in a speech in Skardu.

The protesters gathered at the Chilas bazaar after the {WG=Friday} prayers and marched to the deputy commissioner's office, chanting slogans against the cleric and the GB government. Later, they blocked the KKH near the Chilas bridge, leaving hundreds of vehicles, including tourists' cars and goods trucks, stranded on both sides.

Addressing the protesters, the Tanzeem's leaders said the sit-in would continue until a case was registered against the cleric under the blasphemy laws. "The government will be responsible for any law and order situation," Maulana Sarwar Shah said.

The GB government said a case had already been registered and appealed to the ulema of both sects to show restraint. Army and GB Scouts were deployed in Gilgit and on the highway.

The protest has heightened sectarian tension in the region, where hundreds have been killed in sectarian violence since the 1980s. Counter-protests were held in Skardu on {W:-1}, where Shia organisations demanded action against a Sunni cleric who had allegedly issued a threat during an earlier rally.

Internet services remained suspended in parts of Gilgit and Diamer, and the GB government announced that educational institutions in Gilgit city would stay closed on {W:0}.
""")

R(91, "community_release", "2016-04-19", -1, "Aliabad", "GB", 0, 0, "Tehreek-e-Taliban Gilgit-Baltistan", "alleged", "threat", """
Ismaili Council for Hunza - Press Statement
Aliabad, Hunza, {P:dBY}

Threat letter received at Diamond Jubilee School, Aliabad

The Ismaili Regional Council for Hunza wishes to inform the community and the public that on {WG}, {G:dBY}, a handwritten letter was found in the mailbox of the Aga Khan Diamond Jubilee Higher Secondary School in Aliabad. The letter, purportedly from a group calling itself "Tehreek-e-Taliban Gilgit-Baltistan", demands the closure of co-education in the school and warns that girls' classes will be "targeted" if the demand is not met within fifteen days.

The matter has been reported to the Aliabad police station and the Superintendent of Police, Hunza. The police have assured us that the letter is being investigated and that it may be the work of mischief-makers seeking to create fear. Security has been provided at the school and at the jamatkhanas in Aliabad and Karimabad.

The Council appeals to parents to remain calm and to continue sending their children, girls and boys, to school. The school will remain open. We are grateful to the Deputy Commissioner, the police and the elders of all communities in Hunza, who have expressed solidarity with the school.

Hunza has been one of the most peaceful valleys of Gilgit-Baltistan, with literacy rates among the highest in Pakistan, and the education of girls has been central to its development since the 1940s. We will not allow anyone to take this away.

Members of the community are requested to report any suspicious person or activity to the police or to the Council's volunteers.

Honorary Secretary, Ismaili Regional Council for Hunza
""")

R(92, "dawn_long", "2012-04-12", -8, "Jaglot", "GB", 0, 0, None, None, "displacement", """
Families flee Jaglot as sectarian tension persists in GB

Jamil Nagri | Published {P:BdY}

GILGIT: Around 60 Shia families have left Jaglot, a town on the Karakoram Highway some 40km south of Gilgit, and moved to Gilgit city and Nagar since {WG}, {G:Bd}, fearing attacks after the sectarian violence that has gripped the region this month.

Residents said the families began leaving on {WG}, a day after armed men fired on vehicles in the Jaglot bazaar, and the exodus continued through the week. Most of them are staying with relatives or in an imambargah in Gilgit's Amphari neighbourhood, where volunteers are providing food and bedding.

"We have lived side by side with our Sunni neighbours for generations, but now nobody trusts anybody. We left our fields and cattle behind," said Ghulam Mehdi, a farmer who left with his wife and six children.

A curfew imposed in Gilgit city on April 3 remained in force for a ninth day, with brief relaxations to allow residents to buy food. Mobile phone services remain suspended and the KKH is closed to traffic beyond Chilas.

The GB government has formed a committee of ulema of both sects to negotiate the return of the families and has promised security in Jaglot. "We will not let anyone be forced out of his home," Chief Minister Syed Mehdi Shah said.

The violence followed the killing of bus passengers near Chilas on April 3 and the clashes that broke out in Gilgit the same day. Sunni families have also reportedly left some Shia-majority villages near Gilgit, though their number could not be confirmed.
""")

# Islamabad Capital Territory (093-096)

R(93, "court_report", "2021-11-26", -1, "Islamabad", "IS", None, None, None, None, "legal_action", """
IHC grants bail to Ahmadi man booked for 'posing as Muslim'

Malik Asad | Islamabad

The Islamabad High Court on {WG} granted post-arrest bail to an Ahmadi man who had been booked for "posing as a Muslim" after he allegedly recited verses of the Quran at a wedding ceremony in the federal capital.

Justice Mohsin Akhtar Kayani accepted the bail petition of Naveed Ahmad, 38, against two surety bonds of Rs100,000 each. The petitioner was arrested in September by the Shalimar police on a complaint filed by a local cleric under Section 298-C of the Pakistan Penal Code, and his bail had been rejected by a sessions court last month.

During the hearing, the petitioner's counsel argued that the alleged offence did not fall within the prohibitory clause, that the trial was unlikely to be concluded soon, and that the complainant was not an eyewitness. The state counsel did not oppose the bail on merit but said the case was sensitive.

Justice Kayani observed that the liberty of a citizen could not be curtailed merely because the case involved religious sentiments, and that the question of guilt would be determined during the trial. "The courts cannot be influenced by the pressure of the crowd," the judge remarked.

The complainant's counsel said he would challenge the order before a larger bench.

Rights groups say that dozens of Ahmadis are booked every year under the anti-Ahmadi provisions of the penal code, many of them for acts such as reciting the Kalima or using Islamic greetings.
""")

R(94, "ap_long", "2017-11-14", "2017-11-08", "Faizabad", "IS", 0, 0, TLP, None, "protest", """
Islamist sit-in paralyzes Pakistan's capital for a week

By MUNIR AHMED, Associated Press

ISLAMABAD (AP) - Thousands of supporters of a hard-line Islamist party are continuing a sit-in at a key intersection linking Pakistan's capital with the garrison city of Rawalpindi, causing hours-long traffic jams and forcing schools to close, as the government on {W:0} again urged them to disperse peacefully.

The protest by Tehreek-e-Labbaik Pakistan, also known as Tehreek-e-Labbaik Ya Rasool Allah, began on {WG}, {G:BdY}, when a rally that set out from Lahore reached the Faizabad Interchange and its leaders announced they would not leave until Law Minister Zahid Hamid resigned.

The party accuses the minister of being responsible for a change in the wording of an electoral oath about the finality of the Prophet Muhammad, which it says was meant to benefit the minority Ahmadi community. The government says the change was a clerical error and has already been reversed.

Party leader Khadim Hussain Rizvi, a cleric in a wheelchair, has addressed the protesters every night from the top of a truck, using language that has been widely condemned.

Commuters say their journeys between the two cities now take hours. An 8-year-old boy died last week after his family's car could not reach a hospital in time, according to his relatives.

The Islamabad High Court has ordered the administration to clear the interchange, but officials say they fear bloodshed if police use force against the protesters, some of whom are armed with sticks.

Interior Minister Ahsan Iqbal said negotiations were continuing through clerics.
""")

R(95, "tribune_long", "2020-07-06", -2, "H-9", "IS", 0, 0, None, None, "property_attack", """
Boundary wall of under-construction temple in Islamabad demolished

Our Correspondent | {P:BdY}

ISLAMABAD: Unidentified persons demolished the boundary wall of the under-construction Shri Krishna temple in Sector H-9/2 on {WG} night, days after the Capital Development Authority stopped construction of the temple, the Hindu community said.

The partly built wall, which the Islamabad Hindu Panchayat had erected after the foundation stone of the temple was laid late last month, was found razed to the ground in the morning. Bricks were scattered around the site, and a religious slogan had been painted on a nearby electricity pole.

"We had built the wall with our own money, to mark the plot allotted to us by the CDA in 2016. Now even that has been destroyed," said Mahesh Chaudhry, a member of the Islamabad Hindu Panchayat.

A police official said no complaint had been received, but that the matter was being looked into. No one has been arrested and no group has claimed the act.

The temple, the first in the capital, has been opposed by some clerics and politicians, who have argued that public money should not be spent on a place of worship for non-Muslims. Prime Minister Imran Khan had approved a grant of Rs100 million for the project, but the government later referred the matter to the Council of Islamic Ideology.

Rights activists and members of the Hindu community said the demolition was the result of the "hate campaign" against the temple. About 3,000 Hindus live in Islamabad.

The Islamabad High Court is hearing petitions against the construction of the temple.
""")

R(96, "thenews_long", "2022-08-05", 0, "Tarnol", "IS", 0, 0, None, None, "other", """
Admin seals under-construction imambargah in Tarnol

By Our Correspondent

ISLAMABAD: The Islamabad district administration on {WG} sealed an under-construction imambargah in Tarnol and stopped work on the building ahead of Ashura, saying it was being built without approval and could become a cause of sectarian tension.

A team led by the Assistant Commissioner (Rural), accompanied by police, reached the site in the afternoon, sealed the main gate and took the construction material into custody. An order issued by the Deputy Commissioner said that the construction of a "new place of worship" in the area had been objected to by residents and that no building plan had been approved by the Capital Development Authority.

The trustees of the imambargah said the land was privately owned and that majalis had been held there in a temporary structure for over ten years. "We only wanted a roof over our heads during the rains. Sealing it during Muharram has hurt the whole community," said Syed Mubashir Hussain, a trustee.

Shia organisations in the federal capital condemned the action and said they would hold a protest at the National Press Club. Leaders of the Majlis Wahdat-e-Muslimeen met the deputy commissioner in the evening, who said the matter would be resolved after Muharram through dialogue.

The administration has also imposed Section 144 in the capital for the first ten days of Muharram, banning pillion riding and the display of weapons.

Muharram security arrangements in the federal capital include the deployment of over 8,000 police and Rangers personnel along procession routes.
""")

# Azad Jammu and Kashmir (097-100)

R(97, "urdu_press_long", "2009-12-28", -1, "Muzaffarabad", "JK", 8, 80, TTP, "alleged", "bombing", """
Suicide blast on Muharram procession in Muzaffarabad, 8 martyred, 80 injured

Muzaffarabad (Daily Jang, translated): At least eight mourners, including a police constable and two children, were martyred and more than 80 others injured when a suicide bomber blew himself up in the 9th Muharram procession near Madina Market in Muzaffarabad yesterday afternoon.

According to eyewitnesses, the procession was passing through the market when a young man tried to enter the ranks of the mourners. When a police constable on duty tried to stop him, he blew himself up. The constable and several mourners were killed on the spot, while body parts were scattered over a wide area.

Rescue teams and volunteers of the scouts shifted the injured to the Combined Military Hospital and Abbas Institute of Medical Sciences, where an emergency was declared. Doctors said that the condition of several injured was critical. Later in the evening a hospital spokesman confirmed that the number of martyred had risen to eight.

The AJK Prime Minister condemned the incident and announced three days of mourning in Azad Kashmir. The Inspector General of Police AJK told reporters that, according to initial investigations, the attack was the work of the banned Tehreek-e-Taliban Pakistan, which had carried out similar attacks on Muharram gatherings in Pakistan, though no one had claimed responsibility so far.

After the blast, enraged mourners set several shops and vehicles on fire in the market, and the army was called in to control the situation. Shia organisations announced that the Youm-e-Ashur procession would be taken out on the traditional route today.

It may be noted that this was the first suicide attack on a Muharram procession in the history of Azad Kashmir.
""")

R(98, "hrcp_factfinding", "2017-06-10", "2017-05-26", "Dhirkot", "JK", 0, 3, None, None, "mob_violence", """
HRCP fact-finding: attack on Ahmadi place of worship in Dhirkot

Executive summary

On {G:dBY}, a mob of several hundred people attacked the Ahmadiyya place of worship in Dhirkot, District Bagh, Azad Jammu and Kashmir, after the {WG=Friday} prayers. The mob broke the gate, damaged the minaret and mihrab, set fire to prayer mats and furniture, and beat three Ahmadi men who were inside the building, one of whom suffered a fractured arm. An HRCP team visited Dhirkot on 3 and 4 June and met members of the Ahmadiyya community, local residents, clerics, the police and the district administration.

Background

About 25 Ahmadi families live in Dhirkot and its surrounding villages. The place of worship was built in the 1970s. In the weeks before the attack, speeches against the Ahmadis had been made in two mosques of the town and a local committee had demanded that the building's minaret be removed. The Ahmadis informed the police of the threat in writing ten days before the attack.

Findings

1. The attack was not spontaneous: announcements calling people to gather were made after the prayers, and the crowd marched to the building in a procession.
2. The police were present but did not intervene until the building had been set on fire.
3. An FIR was registered three days later against "unknown persons"; no arrests have been made.
4. Several Ahmadi families have stopped sending their children to school.

Recommendations

The AJK government should arrest and prosecute those responsible for the attack, ensure the safety of the Ahmadi community, repair the building at public expense, and take action against the police officials who failed to act.
""")

R(99, "community_release", "2022-10-18", -3, "Bhimber", "JK", 0, 0, "AJK Police", "alleged", "property_attack", """
Press release - Jamaat-e-Ahmadiyya, Azad Kashmir

Police desecrate Ahmadi graves in Bhimber

On {WG}, {G:dBY}, personnel of the AJK Police, accompanied by some members of a local religious group, entered the Ahmadiyya graveyard in Bhimber and defaced the gravestones of at least 27 deceased Ahmadis. The policemen broke the tombstones on which Quranic verses and the Kalima were written and covered the word "Muhammad" and other inscriptions with black paint and cement.

According to eyewitnesses, the policemen, led by an ASI of the Bhimber city police station, arrived at around 10pm and worked through the night with hammers and chisels. When members of the community objected, they were told to leave or be arrested under the anti-Ahmadi laws. The caretaker of the graveyard was threatened and his phone taken from him.

The graveyard has been used by Ahmadis of Bhimber since before the creation of Pakistan. The desecration was carried out on the application of a local cleric, who had claimed that the inscriptions "hurt the sentiments of Muslims". No written order was shown to the community.

This is not the first time that Ahmadi graves in Azad Kashmir have been desecrated. In 2021 the graves of Ahmadis in Kotli were defaced in a similar manner.

The Jamaat-e-Ahmadiyya calls upon the AJK government and the Inspector General of Police, AJK, to take action against the officials involved, and to ensure that even the graves of Ahmadis are not attacked. The dead cannot defend themselves. Their families are asking only that they be allowed to rest in peace.

Issued by: Press Secretary, Jamaat-e-Ahmadiyya, Azad Kashmir, {P:dBY}
""")

R(100, "thenews_long", "2020-09-16", -3, "Hattian Bala", "JK", 0, 0, None, None, "abduction", """
Christian girl 'abducted' in Hattian Bala, family demands recovery

Tariq Naqash | Muzaffarabad

A 15-year-old Christian girl was allegedly abducted from her home in Hattian Bala, about 35km from here, on {WG} night, and her family fears that she will be forcibly converted and married off.

Shamim Masih, the girl's father and a sanitary worker with the municipal committee, told The News that the girl, a student of class nine, had been taken away by a neighbour, a married man in his thirties, and two of his accomplices while the family was asleep. "They came over the boundary wall. When my wife woke up, our daughter was gone," he said.

The police registered an FIR on {W:-1}, two days after the incident, under Section 365-B of the Pakistan Penal Code on the complaint of the father, and raids were conducted in the district, but the girl could not be recovered by {W:0} evening.

The family said they had received a message that the girl had converted to Islam and married the accused, and that they had been asked not to pursue the case. "She is a child. How can a child marry?" Mr Masih said.

Members of the small Christian community of Hattian Bala and Muzaffarabad held a protest in front of the Muzaffarabad press club on {W:0} and demanded the recovery of the girl and the arrest of the accused.

A police official said the girl would be produced before a magistrate once recovered, where her statement would be recorded. Rights activists said that cases of the abduction and forced conversion of minor girls from minority communities, more common in Sindh and Punjab, were now being reported in AJK as well.
""")


def main():
    out = Path(__file__).with_name("mixed8_en.jsonl")
    assert [r["n"] for r in RECS] == list(range(1, 101)), "ids must run 001-100"
    rows = [render(r) for r in RECS]
    for rid, name, d in WEEKDAY_LOG:          # every weekday a text names, checked again
        assert WEEKDAYS[d.weekday()] == name == d.strftime("%A"), (rid, name, d)
    for row in rows:                          # no weekday in a text that a token did not emit
        named = Counter(m.group(1) for m in WEEKDAY_RE.finditer(row["text"]))
        logged = Counter(n for rid, n, _ in WEEKDAY_LOG if rid == row["id"])
        logged += Counter(w for rid, w in LIT_LOG if rid == row["id"] and w in WEEKDAYS)
        assert named == logged, (row["id"], named, logged)
    with open(out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        short = [r for r in rows if int(r["id"][-3:]) <= 40]
        long_ = [r for r in rows if int(r["id"][-3:]) > 40]
        wl = [len(r["text"].split()) for r in long_]
        print(f"{len(rows)} records: {len(short)} short, {len(long_)} long ({min(wl)}-{max(wl)} words)")
        for key in ("event_type", "admin1_code", "basis"):
            print(key, dict(Counter(r["gold"][key] for r in rows).most_common()))
        print("style", dict(Counter(r["style"] for r in rows).most_common()))
        print("no perpetrator", sum(r["gold"]["perpetrator"] is None for r in rows))
    print(f"wrote {out} ({len(rows)} records)")


if __name__ == "__main__":
    main()
