"""Generate articles6_en.jsonl: 80 project-written long texts (tuning set, not a news corpus).

Written by a helper session that read only benchmarks/data/README.md, shared/tools/score_extract.py
and shared/DESIGN.md (not src/, tests/, the other sets' texts, gold or generators, nor the corpus).
Gold is typed with each text. Every weekday in a text is produced by a {W...} token computed from
the publication date (or an absolute date) with datetime; a literal weekday name in a template is
refused, so every named weekday is checked by construction.

Tokens (offsets are days relative to `published`, or @YYYY-MM-DD for an absolute date):
  {W-1} weekday name      {D-1} 14 March 2023     {DM-1} 14 March       {MD-1} March 14
  {MDY-1} March 14, 2023  {N-1} 14.03.2023        {ISO-1} 2023-03-14    {Y-1} 2023
  {LIT:Friday} a weekday word that is not a date ("Friday prayers").
"""
import datetime as dt
import json
import re
import sys
from pathlib import Path

ADMIN = {"KP": ("Khyber Pakhtunkhwa", "PK-KP"), "BA": ("Balochistan", "PK-BA"),
         "SD": ("Sindh", "PK-SD"), "PB": ("Punjab", "PK-PB"),
         "IS": ("Islamabad Capital Territory", "PK-IS"), "GB": ("Gilgit-Baltistan", "PK-GB"),
         "JK": ("Azad Jammu and Kashmir", "PK-JK")}
TYPES = {"bombing", "armed_attack", "abduction", "enforced_disappearance", "property_attack",
         "mob_violence", "legal_action", "threat", "displacement", "protest", "other"}
BASES = {None, "alleged", "claimed", "charged", "convicted", "acquitted"}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
TOKEN = re.compile(r"\{(W|D|DM|MD|MDY|N|ISO|Y)(@\d{4}-\d\d-\d\d|[+-]\d+)\}")
LIT = re.compile(r"\{LIT:(\w+)\}")
BARE_WD = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")", re.I)

R = []


def day(pub, ref):
    if ref.startswith("@"):
        return dt.date.fromisoformat(ref[1:])
    return pub + dt.timedelta(days=int(ref))


def fmt(kind, d):
    m = MONTHS[d.month - 1]
    return {"W": WEEKDAYS[d.weekday()], "D": f"{d.day} {m} {d.year}", "DM": f"{d.day} {m}",
            "MD": f"{m} {d.day}", "MDY": f"{m} {d.day}, {d.year}", "N": d.strftime("%d.%m.%Y"),
            "ISO": d.isoformat(), "Y": str(d.year)}[kind]


def render(rid, pub, text):
    stripped = LIT.sub("", TOKEN.sub("", text))
    bad = BARE_WD.search(stripped)
    assert not bad, f"{rid}: literal weekday {bad.group(0)!r} in template"
    out = TOKEN.sub(lambda m: fmt(m.group(1), day(pub, m.group(2))), text)
    out = LIT.sub(lambda m: m.group(1), out)
    assert "{" not in out and "}" not in out, f"{rid}: unrendered token"
    # every weekday in the output came from a token computed with datetime
    n_tok = len([m for m in TOKEN.finditer(text) if m.group(1) == "W"]) + len(LIT.findall(text))
    assert len(BARE_WD.findall(out)) == n_tok, f"{rid}: weekday count mismatch"
    return re.sub(r"[ \t]+\n", "\n", out.strip())


def rec(rid, style, published, ev, place, prov, killed, injured, perp, etype, basis, text):
    pub = dt.date.fromisoformat(published)
    if ev is None:
        date = None
    elif isinstance(ev, int):
        date = (pub + dt.timedelta(days=ev)).isoformat()
    else:
        date = dt.date.fromisoformat(ev).isoformat()
    assert etype in TYPES and basis in BASES, rid
    assert (perp is None) == (basis is None) or etype == "protest", rid
    if etype == "legal_action":
        assert killed is None and injured is None, rid
    name, code = ADMIN[prov]
    R.append({"id": f"articles6_en:{rid}", "style": style,
              "text": render(rid, pub, text), "published": published,
              "gold": {"date": date, "place": place, "admin1": name, "admin1_code": code,
                       "killed": killed, "injured": injured, "perpetrator": perp,
                       "event_type": etype, "basis": basis}})

# ---------------------------------------------------------------- style 1: long Pakistani dailies
rec("001", "newspaper_long", "2023-07-29", -1, "Parachinar", "KP", 25, 60,
    "Jamaat-ul-Ahrar (JuA)", "bombing", "claimed", """
Parachinar market blast toll climbs to 25; JuA claims responsibility

Javed Hussain | Dawn
Published {D+0}

PARACHINAR: At least 25 people were killed and 60 others injured when a bomb planted in a vegetable cart went off in the crowded Turi Market of Parachinar, the headquarters of Kurram district, on {W-1} afternoon, officials said.

The death toll was revised twice overnight. Police first put it at 18 in a brief statement issued at around 5pm on {W-1}; after midnight District Police Officer Muhammad Imran raised it to 22, and on {W+0} afternoon Deputy Commissioner Kurram Javedullah Mehsud told reporters that 25 people had died, including three children.

How the day unfolded

12:40pm — A cart loaded with tomatoes and onions is parked near the entrance of Turi Market, where shoppers are buying provisions ahead of the Muharram majalis.
1:05pm — The explosion tears through the market, flattening at least eleven shops and setting two pickup vans on fire.
1:30pm — Police, Kurram Militia personnel and volunteers of the local Turi Bangash youth committee begin shifting the wounded to the District Headquarters Hospital.
3:00pm — The hospital declares an emergency and appeals for blood donors on mosque loudspeakers.
5:10pm — Police issue the first toll of 18 dead.

'We ran out of beds'

The medical superintendent of DHQ Hospital Parachinar, Dr Syed Mir Hasan, said the hospital had received 27 bodies and 64 injured people by {W+0} morning. "We ran out of beds within an hour. Thirteen critically injured patients were airlifted to Peshawar by army helicopters," he said. Asked about the gap between his figures and the administration's, he said some families had brought relatives who died at home and that the hospital had not yet matched all the records.

Elders of the Turi tribe, speaking at a press conference at the Parachinar Press Club, said 31 people had died. "The government is hiding the real figure," said Haji Zahid Hussain, a member of the Anjuman-e-Hussainia. The deputy commissioner said the administration's count of 25 dead and 60 injured had been verified name by name and would remain the official figure.

The deceased

The deceased were identified as Syed Ali Raza, Muhammad Hussain Turi, Sajid Ali, Ghulam Abbas, Wajid Hussain, Iftikhar Hussain, Muzammil Abbas (12), Haider Ali (9), Shabbir Hussain, Mir Hasan Bangash and fifteen others whose names were being verified by the revenue department.

Claim of responsibility

Late on {W-1}, a spokesman for the banned Jamaat-ul-Ahrar, a faction that broke away from the Tehreek-e-Taliban Pakistan, claimed responsibility for the bombing in a message sent to journalists, describing it as revenge for military operations in Bajaur. Security officials said they were examining the claim.

"This was a market, not a military target. Those who did this have no religion," said Member National Assembly Sajid Hussain Turi, who reached Parachinar on {W+0}.

Mourning and protest

Shops in Parachinar remained closed on {W+0} and black flags were hoisted on the main bazaar. Hundreds of people staged a sit-in outside the Parachinar Press Club, demanding the fencing of the town and the deployment of more troops along the border. Mobile internet was suspended in the district as a precaution.

Kurram has seen several attacks on markets in recent years. In January 2017 a blast in the Eidgah market killed 25 people, and in June the same year twin blasts near Turi Market killed more than 70.

Prime Minister and the Khyber Pakhtunkhwa chief minister condemned the attack and announced compensation of Rs1 million for the family of each deceased.
""")

rec("002", "newspaper_long", "2022-11-16", -1, "Orangi Town", "SD", 3, 1,
    "Lashkar-e-Jhangvi (LeJ)", "armed_attack", "alleged", """
Three men shot dead in Orangi 'sectarian' attack

Imtiaz Ali | The Express Tribune
November {DM+0}

KARACHI: Three men, two of them brothers, were shot dead and another was wounded when two gunmen on a motorcycle opened fire on a grocery shop in Orangi Town on {W-1} evening, in what police described as a targeted sectarian killing.

Initial reports from the Pakistan Bazaar police said two men had been killed on the spot. One of the injured, 24-year-old Ali Akbar, succumbed to his wounds at the Abbasi Shaheed Hospital shortly before midnight, raising the toll to three, SSP West Abdul Rahim Sherazi confirmed on {W+0}.

'They asked no questions'

An eyewitness, a tea vendor who asked not to be named, said the attackers stopped outside Haideri General Store at about 8.15pm. "The pillion rider took out a pistol and fired at the counter. They asked no questions. It was over in twenty seconds," he said.

The shop belonged to the Naqvi family, who are Shia and had lived in the neighbourhood for three decades. The deceased were identified as Syed Mubashir Naqvi, 38, his brother Syed Muntazir Naqvi, 33, and their customer Ali Akbar, 24. A fourth man, Kamran Masih, a sanitary worker who was passing by, was hit in the leg and is stated to be out of danger.

Hospital figures

Abbasi Shaheed Hospital's medico-legal officer Dr Summaiya Syed said the hospital had received "two bodies and two injured persons" on {W-1} night and that "one of the injured expired at 11.40pm". She said 9mm shells were recovered from the bodies.

Police view

SSP Sherazi told The Express Tribune that 11 empty cartridges of a 9mm pistol were found at the scene and sent for forensic matching. "The method and the choice of target point to a cell of the banned Lashkar-e-Jhangvi which has been active in west district. The same weapon may have been used in two killings in Orangi last year," he said. The Counter-Terrorism Department has been asked to join the investigation.

A case was registered on the complaint of the victims' uncle under sections 302 and 324 of the Pakistan Penal Code read with Section 7 of the Anti-Terrorism Act.

Reaction

The Majlis Wahdat-e-Muslimeen's Karachi chapter announced three days of mourning and said it would hold a protest at Numaish Chowrangi if the killers were not arrested within a week. "Our people are being hunted again in Orangi and Ancholi," said the party's divisional secretary Allama Sadiq Jafri.

Chief Minister Sindh took notice of the incident and sought a report from the Inspector General of Police.

Karachi saw dozens of sectarian killings between 2012 and 2014, before a paramilitary-led operation brought the numbers down. Police records show seven targeted killings of Shia men in the city in the first ten months of this year.

The funeral prayers of the three were offered at the Imambargah Shah-e-Najaf on {W+0} afternoon.
""")

rec("003", "newspaper_long", "2019-04-13", -1, "Hazarganji", "BA", 20, 48,
    "Islamic State (IS)", "bombing", "claimed", """
Hazarganji blast: Hazaras mourn as toll reaches 20

Saleem Shahid | The News
Quetta, {DM+0}

At least 20 people, most of them members of the Hazara community, were killed and 48 wounded when a bomb hidden in a sack of potatoes exploded at the Hazarganji fruit and vegetable market on the outskirts of Quetta on {W-1} morning.

Officials at first gave a toll of 16. By {W-1} evening Deputy Inspector General of Police Abdul Razzaq Cheema had revised it to 18, and on {W+0} the Balochistan home department said 20 people had died after two of the wounded passed away overnight at the Combined Military Hospital.

Hospital statements

The Civil Hospital Quetta spokesman, Dr Waseem Baig, said 21 bodies had been brought to the hospital, "one of which, according to police, was that of the suicide bomber". Another 48 injured were treated at Civil Hospital, the Bolan Medical Complex and CMH, 19 of whom were still admitted on {W+0}. "Eight are critical," he said.

The home department's list of the victims excludes the bomber. "Twenty innocent people lost their lives, among them eight Hazara vendors who had come to buy vegetables for their shops," Home Minister Mir Ziaullah Langove said at a news conference.

The morning

The Hazara vendors who run shops in Hazara Town and Mariabad travel to Hazarganji every morning under a police escort, a practice introduced after a series of attacks on Hazara traders. On {W-1}, the convoy arrived at about 7.30am. Police said the blast went off at 7.40am, as the buyers were bidding for vegetables unloaded from trucks from Sindh.

"I was standing twenty feet away. There was a flash and then I could not hear anything," said Muhammad Ali, a Hazara shopkeeper who suffered splinter wounds to his arm.

The dead

The deceased were identified as Sardar Ali, Muhammad Ibrahim, Ghulam Sakhi, Abdul Qadir Changezi, Muhammad Hussain, Zulfiqar Ali and Muhammad Raza, all Hazaras, as well as Frontier Corps sepoy Nadir Khan, labourer Abdul Wahid and eleven others.

Claim

The militant Islamic State group claimed responsibility for the attack through its Amaq news agency late on {W-1}, saying it had targeted "Shia apostates". Police said they were also investigating whether local associates of the banned Lashkar-e-Jhangvi had provided logistical support.

Anger in Mariabad

The Hazara community began a sit-in on Western Bypass on {W+0}, placing the coffins of the victims on the road and refusing to bury them until the government gave guarantees of security. "We have buried our people again and again. We will not do it this time until someone listens," said Tahir Khan Hazara of the Hazara Democratic Party.

More than 500 Hazaras have been killed in Quetta in bombings and targeted attacks since 2001, according to the National Commission for Human Rights.
""")
rec("004", "newspaper_long", "2024-05-27", -2, "Mujahid Colony", "PB", 0, 3,
    None, "mob_violence", None, """
Mob attacks Christian family in Sargodha over blasphemy allegation

Tariq Naqash | Daily Times
{D+0}

SARGODHA: A mob set fire to a small shoe factory and two houses belonging to a Christian family in Mujahid Colony on {W-2} morning after rumours spread that an elderly Christian man had desecrated pages of the Holy Quran, police said.

Police and the district administration initially said one person, 72-year-old Nazir Masih, had been injured. On {W-1}, the District Police Officer said "two more people, his son and a neighbour who tried to shield them" had been treated for injuries. Regional Police Officer Sharique Kamal Siddiqui told a news conference on {W+0} that a total of three members of the public had been injured, and that ten policemen had also suffered minor injuries from stones.

What happened

According to the police account, a crowd began to gather outside the house in Gillwala Street at around 6.30am after a neighbour claimed to have seen burnt pages outside the door. Announcements were made from a mosque loudspeaker, and within an hour the crowd had swelled to several hundred.

7.15am: the first police party arrives with eight personnel and is pushed back.
7.40am: the shoe workshop on the ground floor is set on fire.
8.20am: Elite Force contingents arrive from the city and rescue Nazir Masih from the rooftop.
9.30am: the crowd is dispersed with tear gas; Section 144 is imposed.

Hospital

The medical superintendent of DHQ Teaching Hospital Sargodha said Nazir Masih had "serious head injuries and a fractured arm" and had been shifted to the intensive care unit. "The other two injured persons were discharged after treatment," he said. There were no deaths.

Community fear

Members of the Christian community in Mujahid Colony, where around forty Christian families live, told Daily Times that many had left their homes overnight. "We have locked our doors and sent our daughters to relatives in Faisalabad," said Pervaiz Gill, a resident.

Bishop Azad Marshall of the Church of Pakistan said he was grateful to the police for saving lives, "but how many more times must a rumour be enough to burn our homes?"

Police action

Police registered two cases, one against Nazir Masih under Section 295-B on the complaint of a neighbour, and another against 44 named and 450 unnamed people for rioting, arson and attempted murder. Twenty-five suspects had been arrested by {W+0} evening, the RPO said, adding that video footage was being used to identify the others.

The incident has revived memories of August 2023, when mobs burned more than twenty churches and dozens of Christian homes in Jaranwala, in neighbouring Faisalabad district.
""")

rec("005", "newspaper_long", "2022-11-24", -1, "Karachi", "SD", 0, 0,
    "Majlis Wahdat-e-Muslimeen (MWM)", "protest", None, """
Numaish sit-in chokes city traffic, delays port cargo

Business Recorder Report
KARACHI, {DM+0}

A sit-in by the Majlis Wahdat-e-Muslimeen at Numaish Chowrangi on {W-1}, held to protest against recent targeted killings of Shia men in Orangi Town, blocked M.A. Jinnah Road for more than nine hours and disrupted the movement of goods vehicles to and from the port, traders and transporters said.

The protest began at around 2pm and ended shortly before midnight after talks with the Sindh home minister's representative. The MWM had announced the protest after the killing of three men in Orangi last week and had given police a week's deadline to arrest the attackers.

Impact on trade

The All Pakistan Goods Transport Owners Association said at least 600 containers bound for the upcoming industrial areas could not reach their destinations on time. "Our trucks were stuck at Tower and Jinnah Bridge for six hours. Each hour costs the transporter around Rs5,000 per vehicle," said Malik Shahzad Awan, the association's chairman.

Karachi Chamber of Commerce and Industry president said wholesale markets in Saddar, Bolton Market and Jodia Bazaar reported sales down by about 40 per cent. "We sympathise with the families of the victims, but the state must not let the economic heart of the country stop whenever there is a grievance," he said.

Timeline

2pm: Protesters, including women and children, gather at the Numaish roundabout carrying pictures of the victims.
3.30pm: Police divert traffic from Guru Mandir towards Shahrah-e-Quaideen.
6pm: MWM leader Allama Hasan Zafar Naqvi addresses the crowd and says the sit-in will continue "until the killers are behind bars".
10pm: Home department team arrives for talks.
11.45pm: Sit-in ends after assurances of arrests within 72 hours and compensation.

Numbers

Police estimated the crowd at about 3,000, while the MWM claimed 25,000 people took part. The protest was peaceful and no injuries were reported, police said.

"The state has failed to protect the Shia community of this city," Allama Naqvi told the crowd. "If the murderers are not arrested, we will hold sit-ins in every district of Sindh."

Stock market unaffected

Trading at the Pakistan Stock Exchange was not affected, but brokers said the closure of roads leading to I.I. Chundrigar Road kept many investors away. The KSE-100 index closed 212 points lower.

Background

Shia groups, including the MWM and the Shia Ulema Council, have repeatedly staged sit-ins at Numaish after targeted killings, most notably in January 2013 and in 2019, when protests in Karachi accompanied the Hazara sit-ins in Quetta. The Sindh government says it has set up a special team of the Counter Terrorism Department to investigate the Orangi killings.
""")

rec("006", "newspaper_long", "2024-11-23", -2, "Mandori", "KP", 43, 29,
    None, "armed_attack", None, """
Kurram convoy attack: death toll rises to 43

Our Correspondent | The Nation
PESHAWAR, {DM+0}

The death toll from the attack on a convoy of passenger vehicles near Mandori in Lower Kurram rose to 43 on {W+0}, the Khyber Pakhtunkhwa government said, as tension gripped the district and roads to Parachinar remained closed.

The toll has been revised several times since the attack on {W-2} afternoon. Police initially said 38 people had been killed. On {W-1}, Deputy Commissioner Kurram Javedullah Mehsud said the figure had reached 42. Late on {W+0}, the provincial government spokesman, Barrister Muhammad Ali Saif, said 43 passengers had died, including eight women and five children, and 29 were injured.

Figures that do not match

The medical superintendent of the DHQ Hospital Parachinar said the hospital had received 45 bodies, among them those of two police escorts. Local Turi elders, speaking at a jirga in Parachinar, said at least 52 people had been killed and that several passengers were still missing. "The official figure does not include those whose bodies were taken directly to their villages," said elder Haji Jalal Hussain.

Barrister Saif said the government's figure was "based on bodies identified and handed over to families" and remained the official toll.

The ambush

About 200 vehicles were travelling in a convoy from Peshawar to Parachinar under police escort when gunmen positioned on both sides of the road opened fire near Mandori Charkhel at around 1.30pm, witnesses said. The firing continued for nearly 40 minutes.

"They fired at the windows of the coaches one by one. I lay on the floor of the bus with my daughter under me," said Syeda Kulsoom, a teacher travelling to Parachinar, speaking from a hospital bed in Peshawar.

The deceased included Syed Naveed Shah, Muhammad Ali, Kifayat Hussain, Zahid Hussain, Aqeel Abbas, Nazia Bibi and Sakina Bibi, according to a partial list released by the district administration.

No claim

No group had claimed responsibility by {W+0} evening. Officials declined to speculate on who was behind the attack. The Tehreek-e-Taliban Pakistan said in a statement that it had no involvement.

Sit-ins and curfew

Protests were held in Parachinar, Peshawar and Karachi on {W-1} and {W+0}. Authorities imposed a curfew in parts of Lower Kurram after clashes broke out in Bagan and Alizai villages.

Kurram, which borders Afghanistan, has a history of sectarian and tribal clashes. A land dispute in Boshehra led to fighting in July that killed more than 40 people, and the main road has been closed for long periods since October.

The convoy system was introduced in October after repeated attacks on travellers. Residents say the road closures have caused shortages of medicines and food in Parachinar.
""")
rec("007", "newspaper_long", "2022-05-16", -1, "Sarband", "KP", 2, 0,
    "Islamic State Khorasan Province (ISKP)", "armed_attack", "claimed", """
Two Sikh traders shot dead in Sarband; ISKP claims killings

Ali Akbar | Dawn
Published {MDY+0}

PESHAWAR: Two Sikh traders were shot dead in the Bata Tal Bazaar of Sarband on the outskirts of the provincial capital on {W-1} morning, police said, the latest in a series of attacks on the city's small Sikh community.

Ranjit Singh, 42, and Kuljeet Singh, 38, who sold spices and herbal medicines from adjacent shops, were attacked by two men on a motorcycle at around 8.30am as they were opening their shops. Both died on the spot.

The police first reported that one man had been killed and one injured. A police spokesman later clarified that Kuljeet Singh had been declared dead on arrival at Lady Reading Hospital, "so both victims have lost their lives."

Hospital

A spokesman for the Lady Reading Hospital, Muhammad Asim, said the hospital had received "two dead bodies with multiple gunshot wounds" and no injured persons from Sarband. "They had bullet wounds to the head and chest," he said.

Claim

The Islamic State Khorasan Province, the regional affiliate of the Islamic State group, claimed responsibility through its Amaq news agency on {W-1} evening. Capital City Police Officer Ijaz Khan said the claim was being examined. "We have collected CCTV footage from the bazaar and have identified the motorcycle," he said.

'Where do we go?'

Outside the Gurdwara Bhai Joga Singh in Mohallah Jogan Shah, where the bodies were brought for last rites, relatives wept. "Our forefathers lived here for centuries. Now every few months we carry another coffin. Where do we go?" said Gurpal Singh, a cousin of Ranjit Singh.

Sikh leader and former MPA Sardar Ramesh Singh said at least a dozen Sikhs had been killed in Peshawar since 2014. In September 2021, a Sikh hakeem, Satnam Singh, was shot dead in his clinic in Charsadda Road, a killing also claimed by the Islamic State group.

Reaction

Prime Minister Shehbaz Sharif condemned the killings and said the perpetrators would be brought to justice. Chief Minister Mahmood Khan ordered police to provide security to Sikh shopkeepers in Peshawar and Nowshera.

Members of the Sikh community staged a protest outside the Peshawar Press Club on {W+0}, demanding protection and compensation for the families. The cremation was held at the Atari crematorium in the evening under heavy security.

Police said no arrests had been made by {W+0} evening.
""")

rec("008", "newspaper_long", "2023-09-30", -1, "Mastung", "BA", 59, 70,
    None, "bombing", None, """
Mastung suicide blast: death toll rises to 59

Mohammad Zafar | The Express Tribune
{D+0}

QUETTA: The death toll from the suicide bombing targeting a procession marking Eid Milad-un-Nabi in Mastung rose to 59 on {W+0}, the Balochistan government said, as the province observed a day of mourning.

The attack took place on {W-1} near the Madina Mosque on Al-Falah Road in Mastung, about 50 kilometres south of Quetta, as people gathered for the procession.

Toll revised twice

On {W-1} afternoon, the Mastung deputy commissioner said 52 people had been killed. By night the provincial caretaker information minister, Jan Achakzai, said 55 had died. On {W+0} morning he said four more injured had died in hospitals in Quetta, taking the toll to 59, with 70 people wounded.

Hospital figures

Civil Hospital Quetta's spokesman, Dr Wasim Baig, said the hospital had received 31 bodies and 33 injured people, while the DHQ Hospital Mastung said it had handled 28 bodies and 37 injured. "Together that is 59 and 70," he said. Community elders in Mastung, however, put the toll at "more than 60", saying several bodies had been taken home directly.

Timeline

10.30am: Participants begin to gather outside Madina Mosque.
11.20am: DSP Nawaz Gishkori, leading the police escort, approaches a young man acting suspiciously.
11.22am: The bomber detonates his explosives near the DSP's vehicle.
12.00pm: Emergency declared in Mastung and Quetta hospitals.
3.00pm: Army helicopters move critically injured to the CMH in Quetta.

'He stopped him'

Witnesses said DSP Gishkori, who was among those killed, tried to stop the bomber. "If the DSP had not stopped him, he would have reached the middle of the crowd," said Abdul Rauf, who was carrying a green banner in the procession.

The deceased

Among the deceased were DSP Nawaz Gishkori, Muhammad Aslam, Abdul Haq, Muhammad Akram Bangulzai, Zeeshan Ahmed (14), Naseer Ahmed Shahwani, Abdul Wahab and Hafiz Muhammad Yousaf.

No claim

No group has claimed responsibility. The Tehreek-e-Taliban Pakistan denied involvement. Caretaker Interior Minister Sarfraz Bugti said "all the evidence" would be examined before any group was named. Officials said the bomber's remains had been sent for DNA and fingerprint analysis.

Balochistan announced three days of mourning. Eid Milad-un-Nabi processions elsewhere in the province were held under tight security.

Mastung has been the site of several major attacks, including the July 2018 bombing of an election rally at Siraj Raisani's meeting in Dringarh that killed more than 140 people.
""")

rec("009", "newspaper_long", "2023-02-04", -1, "Jamshed Quarters", "SD", 0, 0,
    "Tehreek-e-Labbaik Pakistan (TLP)", "property_attack", "alleged", """
Masked men damage minarets of Ahmadi worship place on Jamshed Road

Imran Ayub | The News
Karachi, {MDY+0}

Unidentified masked men broke the minarets of an Ahmadi place of worship on Jamshed Road in Karachi's Jamshed Quarters on {W-1} afternoon, the second such incident in the city in less than a month.

According to a video of the incident shared widely on social media, around four men climbed onto the roof of the building, known locally as Ahmadiyya Hall, and struck the minarets with hammers. Police said no one was hurt.

What police say

SSP East Zubair Nazir Sheikh said a case had been registered against "unknown persons" under sections of the Pakistan Penal Code relating to damaging a place of worship. "We are checking footage from nearby cameras. Nobody was injured and the building was not otherwise damaged," he said.

What the community says

Amir Mahmood, a spokesman for the Jamaat-e-Ahmadiyya, said the attackers were workers of the Tehreek-e-Labbaik Pakistan. "For weeks before the attack, local leaders of the TLP had been writing to the police demanding that the minarets be removed. When the police did not act, their workers came and did it themselves," he alleged. He said the community had written to the police four times since December requesting protection.

A TLP spokesman in Karachi denied that the party had been involved. "We have no knowledge of this. We have always followed the legal route," he said.

Timeline

1.30pm: Men arrive on motorcycles and scale the building from a side lane.
1.40pm: Two minarets are broken; debris falls onto the road.
2.10pm: Police arrive after the community calls the Madadgar 15 helpline.
4.00pm: Ahmadi representatives meet the SSP.

Earlier incident

On January 18 this year, police personnel removed the minarets of an Ahmadi place of worship in Saddar on the orders of an SHO, in an incident that was later inquired into after complaints by human rights groups.

Rights groups

The Human Rights Commission of Pakistan said it was "alarmed at the frequency of attacks on Ahmadi places of worship in Karachi" and called on the Sindh government to prosecute those responsible. Under Pakistani law, Ahmadis are barred from calling themselves Muslims or their places of worship mosques; some clerics argue that minarets violate these laws, a view the courts have not upheld for buildings constructed before 1984.

Residents of Jamshed Quarters said there was a heavy police presence in the area on {W+0}.
""")

rec("010", "newspaper_long", "2021-03-09", -2, "Daharki", "SD", 0, 0,
    None, "abduction", None, """
Hindu girl 'abducted' from Daharki; family stages sit-in

Our Correspondent | Daily Times
GHOTKI, {D+0}

A 16-year-old Hindu girl was allegedly abducted from her home in Daharki town of Ghotki district on {W-2} night, her family said, prompting a sit-in on the National Highway that continued into a second day on {W+0}.

The girl, a student of class nine at the Government Girls High School, was taken from the family's house in Ward No. 4 of Daharki at around 11pm, her father, Shaman Lal, a shopkeeper, told Daily Times. He alleged that three armed men, one of whom he named, broke into the house and took her away at gunpoint.

Police version

SHO Daharki Ghulam Mustafa Abro said a case had been registered under Section 365-B of the Pakistan Penal Code (kidnapping a woman to compel marriage) on the father's complaint. "We have raided two places and are trying to trace the girl. The main accused has switched off his phone," he said.

On {W-1}, a video appeared on social media in which a girl resembling the missing student was shown reciting the kalima at a shrine in the district, alongside a marriage certificate. The family said the video was "made under duress" and that their daughter was a minor.

Sit-in

Members of the Hindu panchayat, joined by activists of the Pakistan Peoples Party and civil society, blocked the National Highway near Daharki for several hours on {W-1} and again on {W+0}. "We will not move until our daughter is returned to us," said Shaman Lal. Traffic between Sindh and Punjab was diverted through Ubauro.

No injuries or violence were reported during the abduction or the protest.

Background

Human rights groups say hundreds of Hindu and Christian girls are converted and married in Sindh every year, often under pressure. The Sindh Assembly passed a bill against forced conversions in 2016, but it was returned by the governor and never became law. Ghotki district, home to several influential shrines, has seen a number of such cases, including the 2019 case of two sisters from Daharki whose conversion drew national attention.

MNA Lal Chand Malhi said he had raised the matter with the Sindh inspector general of police and demanded that the girl be produced before a magistrate to record her statement.

Police said they expected to produce the girl in court within days.
""")
rec("011", "newspaper_long", "2023-12-04", -2, "Hudur", "GB", 9, 26,
    "Tehreek-e-Taliban Pakistan (TTP)", "armed_attack", "alleged", """
KKH bus attack: toll reaches nine as GB blames TTP faction

Jamil Nagri | Dawn
Published {D+0}

GILGIT: Nine passengers were killed and 26 injured when gunmen opened fire on a passenger bus travelling from Gilgit to Rawalpindi on the Karakoram Highway near Hudur, in Diamer district's Chilas area, on {W-2} evening.

Gilgit-Baltistan officials first said eight people had died. On {W-1}, a spokesman for the GB government, Faizullah Faraq, said the toll had risen to nine after a critically injured passenger died at the Combined Military Hospital in Gilgit. On {W+0} he confirmed that "nine lives were lost and 26 passengers were injured," adding that the figure was final.

Hospital figures differ

The DHQ Hospital Chilas said it had received 8 bodies and 27 injured people on {W-2} night; one of the injured was later counted among the dead. A Shia organisation in Gilgit, the Markazi Imamia Council, said ten passengers had died. The government said one of the passengers counted by the council had been injured, not killed.

The attack

The bus, operated by a private company, was carrying around 45 passengers, including two soldiers on leave. Witnesses said gunmen fired from the mountainside as the bus slowed near Hudur at about 6pm. The bus then collided with an oncoming truck and caught fire.

"The firing came from the left side, from the rocks above the road. Then the bus hit the truck and there was fire everywhere," said Ghulam Abbas, a passenger from Nagar, speaking at the hospital in Gilgit.

Names

The deceased were identified as Havaldar Sajjad Hussain, Sepoy Muhammad Iqbal, Abbas Ali, Nadeem Hussain, Nasir Ali, Karim Bakhsh, Muhammad Alam, Sher Ali and Fida Hussain.

Blame

Faraq told a press conference in Gilgit that preliminary investigations pointed to "a faction of the Tehreek-e-Taliban Pakistan operating in Diamer", and that the attack was intended to stoke sectarian tensions. No group has claimed responsibility. Local Sunni and Shia clerics held a joint press conference in Chilas calling for calm.

Protest

Members of the Shia community staged protests in Gilgit city and Nagar on {W-1}, blocking the Karakoram Highway at several places. Police said the protests ended peacefully on {W+0} after talks with the chief minister.

The Karakoram Highway has seen sectarian attacks before. In 2012, gunmen dragged passengers off buses at Lulusar and in Kohistan and killed them, and in the same year passengers were attacked at Gonar Farm near Chilas.
""")

rec("012", "newspaper_long", "2024-10-19", -1, "Islamabad", "IS", None, None,
    "Islamic State Khorasan Province (ISKP)", "legal_action", "convicted", """
ATC sentences three ISKP men to life for plotting imambargah attack

Tahir Niaz | The Nation
ISLAMABAD, {DM+0}

An anti-terrorism court in Islamabad on {W-1} sentenced three men to life imprisonment after finding them guilty of planning a suicide attack on an imambargah in the federal capital on behalf of the Islamic State Khorasan Province (ISKP).

Judge Tahir Abbas Sipra announced the verdict in the case registered by the Counter Terrorism Department (CTD) Islamabad in March last year. The three convicts, identified as Abdul Rehman alias Abu Hamza, Muhammad Saqib and Zia-ur-Rehman, were also ordered to pay fines of Rs500,000 each.

The case

According to the prosecution, the three were arrested from a house in Tarnol with a suicide vest, two pistols and a hand-drawn map of an imambargah in the G-6 sector. CTD officials told the court that the men had been in contact with an ISKP handler in Afghanistan through an encrypted messaging application.

"The evidence shows beyond reasonable doubt that the accused were members of the proscribed organisation and had prepared to attack worshippers during Muharram," the judgment said.

Defence

Defence counsel Raja Rizwan Abbasi argued that the recovery was planted and that his clients had been held illegally for two weeks before their arrest was shown. "We will challenge the judgment in the Islamabad High Court," he said outside the court.

Prosecution

Special Prosecutor Raja Naveed said 14 witnesses had testified during the trial. "It was a plot that would have killed dozens of people. The court has sent a clear message," he told reporters.

Background

Islamabad has been relatively safe from sectarian attacks compared with other cities, but security agencies say ISKP has sought to strike Shia targets in the capital. In March 2022, an ISKP suicide bomber killed more than 60 worshippers at a Shia mosque in Peshawar's Kocha Risaldar.

The court acquitted a fourth accused, Shahid Mehmood, for lack of evidence. The convicts were sent to Adiala jail in Rawalpindi.

No casualties were involved in the case, as the plot was foiled before it was carried out.
""")

rec("013", "newspaper_long", "2024-08-01", -2, "Bagan", "KP", 0, 0,
    None, "displacement", None, """
Kurram clashes: over 300 families leave Bagan, traders count losses

Mumtaz Alvi | Business Recorder
PESHAWAR, {D+0}

More than 300 families left Bagan, a market town in Lower Kurram, on {W-2} as clashes between rival tribes continued for a sixth day in the district, officials said, leaving shops shut and goods trucks stranded on the Thall-Parachinar road.

Deputy Commissioner Kurram said the families had moved to relatives in Hangu, Kohat and Peshawar. "They loaded what they could onto pickups and left in the morning when the firing stopped for a few hours," he said. The Provincial Disaster Management Authority put the number at 318 families; local elders in Bagan said "around 400".

Roads closed

The Thall-Parachinar road, the only road link between Upper Kurram and the rest of the country, remained closed for the sixth day. Transporters said more than 150 trucks loaded with food, medicines and fuel were stranded at Thall.

"We have perishable goods — fruit from Peshawar, vegetables from Punjab. Two more days and everything will rot," said Haji Akbar Khan, a transporter.

Economic cost

The Kurram chamber of commerce estimated daily losses to traders in Bagan, Sadda and Parachinar at Rs80 million. Medical stores in Parachinar reported shortages of insulin and cardiac drugs.

Casualties elsewhere

The district administration said the fighting, which began with a land dispute in Boshehra village, had killed 49 people and injured more than 200 since it broke out. No one was reported killed or injured in Bagan on the day the families left.

Timeline of the week

Day one: firing breaks out over a land dispute in Boshehra.
Day three: clashes spread to Peiwar, Balishkhel and Bagan.
Day five: a ceasefire brokered by a jirga collapses.
Day six: families leave Bagan; government announces a new jirga.

Jirga

A grand jirga including elders from Kohat, Hangu and Orakzai arrived in Parachinar on {W-1}. "We are trying to bring the two sides to a ceasefire so that families can return," said jirga member Malik Hamid Khan.

The PDMA said it had set up a camp in Hangu for the displaced families and was providing food packets and tents.
""")

rec("014", "newspaper_long", "2024-06-11", -1, "Bumburet", "KP", 0, 0,
    "Tehreek-e-Taliban Pakistan (TTP)", "threat", "claimed", """
Threat letters pasted in Bumburet alarm Kalash community

Zahiruddin | The News
Chitral, {DM+0}

Handwritten letters threatening the Kalash community and Ismaili residents with attacks if they did not "accept Islam" were found pasted on the walls of a school and two shops in Bumburet valley on {W-1} morning, residents and police said.

The letters, written in Urdu and bearing the name and stamp of the Tehreek-e-Taliban Pakistan's "Chitral chapter", warned the Kalash to stop holding their festivals and asked tourists to stay away. "Those who do not obey will be responsible for the consequences," the letters read, according to a copy seen by The News.

Police

District Police Officer Lower Chitral Iftikhar Shah said the letters were removed and sent for forensic examination, and that a case had been registered at the Ayun police station under the Anti-Terrorism Act. "We are treating the threat seriously. Security at the Kalash valleys has been increased and check posts on the Ayun road have been strengthened," he said.

Asked whether the TTP had actually written the letters, he said: "They are signed in the name of the TTP; whether they are genuine is being investigated."

Community fears

"We have lived in these valleys for thousands of years. Now our children are afraid to go to school," said Luke Rahmat, a Kalash community leader. The Kalash number about 4,000 and live in the three valleys of Bumburet, Rumbur and Birir.

Ismaili Council officials in Chitral said they had asked members of the community to avoid travelling at night.

Earlier threats

In 2014, the TTP released a video threatening the Kalash and Ismailis in Chitral, and militants from across the border have attacked border posts in the district several times. In August last year militants attacked check posts in Kalash and Arandu, sparking clashes in which four soldiers were killed.

Tourism

Hoteliers in Bumburet said bookings for the summer season had already been cancelled. "The Chilam Joshi festival brought thousands of visitors last month. Now people are calling to ask whether it is safe," said Yasir Kalash, who runs a guesthouse.

No one was harmed. Police said they were questioning two people.
""")
# ---------------------------------------------------------------- style 2: Urdu-press translations
rec("015", "urdu_press", "2020-09-01", -1, "Hussainabad", "BA", 4, 6,
    "Lashkar-e-Jhangvi al-Alami", "armed_attack", "claimed", """
Firing on majlis in Dera Murad Jamali, four mourners martyred, six injured

Dera Murad Jamali (Online / Daily Jang translation): Unknown miscreants opened fire on a majlis-e-aza being held at a private imambargah in Mohallah Hussainabad of Dera Murad Jamali on {W-1} night, as a result of which four azadars were martyred (shaheed) and six were injured. According to police, the majlis of the ninth of Muharram was in progress when two armed motorcyclists arrived at the gate of the imambargah at around 10 o'clock at night and fired indiscriminately at the mourners sitting near the door. The miscreants fled taking advantage of the darkness.

On receiving information, law enforcement agencies and heavy contingents of police and Levies reached the spot and cordoned off the area. The dead bodies and the injured were shifted to the DHQ Hospital Dera Murad Jamali, where an emergency was declared. Hospital sources said that two persons had been brought dead and two more jaan bahaq ho gaye (lost their lives) during treatment, while three of the six injured were referred to Jacobabad and Larkana in critical condition.

Those martyred have been identified as Syed Mehdi Shah, Ghulam Rasool Jamali, Zulfiqar Ali and 14-year-old Ali Raza. The injured include Mazhar Hussain, Sajjad Ali, Khadim Hussain, Nisar Ahmed, Qurban Ali and Syed Asghar Shah.

SSP Naseerabad told the media that the miscreants would soon be brought to their logical end and that raids were being conducted. A case has been registered against unknown persons under the Anti-Terrorism Act.

Later, in a message sent to local journalists, the banned organisation Lashkar-e-Jhangvi al-Alami accepted responsibility for the attack. Police said the claim was being verified.

Majlis Wahdat-e-Muslimeen and the Shia Ulema Council have announced three days of mourning and protest demonstrations across Balochistan on the day of Ashura. Allama Maqsood Domki said that the azadars were being targeted in a planned manner and the government had failed to provide security to majalis and jaloos despite repeated requests.

Chief Minister Balochistan Jam Kamal Khan strongly condemned the incident and expressed sorrow over the loss of precious lives, and directed that the best medical facilities be provided to the injured. He said that the enemy wanted to spread sectarian discord but the people of Balochistan would foil these nefarious designs.

It should be remembered that in the past, too, majalis and zaireen have been targeted in Naseerabad division and Jacobabad; in 2015 a blast during an Ashura jaloos in Jacobabad had claimed more than 20 lives.

The Ashura jaloos will be taken out under strict security in Dera Murad Jamali, and the district administration has imposed Section 144 and suspended pillion riding.
""")

rec("016", "urdu_press", "2021-09-28", -1, "Dera Ismail Khan", "KP", 7, 19,
    "Tehreek-e-Taliban Pakistan (TTP)", "bombing", "claimed", """
Blast on Chehlum jaloos in D.I. Khan: seven shaheed, 19 injured

Dera Ismail Khan (APP / Daily Express): Seven persons were martyred and 19 injured in a blast on the Chehlum-e-Imam Hussain (AS) jaloos in Dera Ismail Khan on {W-1}. According to details, the jaloos was passing through Topanwala Bazaar towards the Kotli Imam Hussain when a bomb planted in a motorcycle exploded near the procession at about 3 pm.

According to police sources, the number of shaheed was five initially, which rose to six by evening and to seven by the night when a boy injured in the blast breathed his last at the District Headquarters Hospital. The hospital spokesman said 19 injured had been brought, of whom eight were discharged after first aid, while four critically injured were referred to Peshawar and Multan.

Those martyred include Syed Iqbal Hussain Shah, Muhammad Amir, Ghulam Abbas Baloch, Imtiaz Hussain, Shahid Abbas, Muhammad Rizwan and 12-year-old Ali Hamza.

After the blast, law enforcement agencies cordoned off the area and the Bomb Disposal Squad collected evidence. BDS officials said six to seven kilogrammes of explosives had been used and the device was detonated by remote control.

The banned Tehreek-e-Taliban Pakistan claimed responsibility for the blast. A spokesman of the organisation, in a message to the media, said that the attack had been carried out by its "Gandapur group".

Inspector General of Police KP said that the miscreants involved in the incident would not escape, and that the Counter Terrorism Department had been given the task of investigation. Jaloos organisers said they had informed the administration in advance about the route and security had been promised.

Shia Ulema Council provincial president Allama Ramzan Tauqeer said that Dera Ismail Khan had become a killing ground for the Shia community and demanded an operation against the terrorists. He said that hundreds of Shias had been martyred in D.I. Khan in target killings and bomb blasts since 2008, including the 2009 blast at a funeral in which dozens of mourners lost their lives.

Prime Minister and Chief Minister Khyber Pakhtunkhwa condemned the blast and expressed condolences with the families of the shaheed. The funeral prayers of the shaheed were offered at Kotli Imam Hussain on {W+0} in which a large number of people participated.

Complete shutter-down strike was observed in the city on {W+0}, and the jaloos was completed later under heavy security.
""")

rec("017", "urdu_press", "2019-08-24", -1, "Lahore", "PB", 0, 0,
    "Shia Ulema Council (SUC)", "protest", None, """
Shia Ulema Council protests against ban on majlis, demonstration outside Press Club

Lahore (Staff Reporter / Nawa-i-Waqt): Under the aegis of the Shia Ulema Council, a protest demonstration was held outside the Lahore Press Club on {W-1} against the registration of cases against organisers of majalis and the ban on the majlis in various districts of Punjab. A large number of ulema, zakireen and azadars participated, who were carrying banners and placards inscribed with slogans against the Punjab government.

Addressing the protesters, SUC central leader Allama Arif Hussain Wahidi said that majalis and azadari were the constitutional right of the Shia community and no one could be allowed to snatch it. He said that in the name of the National Action Plan, cases were being registered against azadars under the Fourth Schedule and the entry of ulema was being banned in districts, which was against justice. "If the cases are not withdrawn, we will be forced to take the protest to the streets of every city," he said.

Allama Sibtain Haider Sabzwari, Zakir Waseem Abbas Baloch and others also spoke. They demanded that the ban on a majlis in Chiniot and the FIRs registered against organisers in Talagang and Jhang be withdrawn immediately and the licences of traditional jaloos not be cancelled.

The protesters chanted slogans for some time and later dispersed peacefully. Police had made tight security arrangements on this occasion. Traffic on Davis Road and The Mall remained disrupted for around two hours.

Later, a delegation of the Shia Ulema Council met the Punjab home secretary and presented a charter of demands. The home secretary assured that the matter would be reviewed and that no majlis held within the licensed time and route would be stopped.

It should be noted that after Muharram, police in various districts of Punjab had registered cases for violation of the loudspeaker act and for holding majalis at unlicensed venues. The SUC says that more than 40 such cases have been registered in the province this year.
""")

rec("018", "urdu_press", "2020-10-07", -1, "Talagang", "PB", None, None,
    None, "legal_action", None, """
Case registered against majlis organisers and zakir in Talagang, two arrested

Talagang (Correspondent / Daily Jang): Police have registered a case against a zakir and organisers of a majlis for "hurting religious sentiments" and have arrested two accused. According to details, the Talagang City police station registered the case on {W-1} on the complaint of a local resident under sections 298-A and 295-A of the Pakistan Penal Code and the Punjab Sound Systems (Regulation) Act.

According to the FIR, a majlis was held at a private house in Mohallah Syedan on the night of the 12th of Safar, in which zakir Syed Ghulam Abbas Shah allegedly used derogatory words about holy personalities. The complainant stated that the speech was played on loudspeakers and that it hurt the sentiments of the people of the area.

The police arrested the owner of the house, Syed Muhammad Ali Shah, and one of the organisers, Mazhar Abbas, the same day, while raids are being conducted to arrest the zakir. The arrested accused were produced before the court of the Magistrate Talagang on {W+0}, who sent them to judicial lock-up on 14-day remand.

Shia organisations have expressed concern over the case. District president of the Shia Ulema Council said that the speech had been misrepresented and that the case was registered under pressure from a religious group. He demanded that the case be withdrawn and the arrested persons released.

On the other hand, the District Police Officer said that the law was equal for all and anyone who spread sectarian hatred would be dealt with strictly. He said peace committees of both schools of thought had been taken into confidence.

In view of the situation, additional police personnel have been deployed in the city. No untoward incident was reported.
""")
rec("019", "urdu_press", "2018-05-15", -3, "Jaffar-e-Tayyar", "SD", 0, 0,
    "Pakistan Rangers (Sindh)", "enforced_disappearance", "alleged", """
Shia youth "picked up" from Jaffar-e-Tayyar, family holds press conference

Karachi (Online / Daily Express): The family of a young Shia man from Jaffar-e-Tayyar Society in Malir has alleged that he was taken away by personnel of law enforcement agencies three days ago and his whereabouts are not known since then.

Addressing a press conference at the Karachi Press Club on {W+0}, the mother of 26-year-old Syed Kumail Abbas Rizvi said that at around 3 am on {W-3} night, about a dozen men, some in Rangers uniform and some in civilian clothes, came in four vehicles and took her son away from their house in Block 3 of Jaffar-e-Tayyar. "They did not show any warrant, they did not tell us where they were taking him. Since that night we have gone to every police station and the Rangers headquarters, but nobody tells us anything," she said while weeping.

She alleged that the personnel belonged to the Pakistan Rangers, Sindh, and that vehicles of the paramilitary force were seen in the area that night. Kumail's father said his son worked at a mobile phone shop in Malir City and had no connection with any political or militant organisation.

The Shia Missing Persons Committee said that more than 40 Shia youths from Karachi were currently missing after being picked up in similar circumstances, some of them for more than a year. Committee spokesman Rashid Rizvi said that if anyone had committed a crime, they should be produced in a court of law. "Making people disappear is not the law of any civilised country," he said.

A spokesman for the Rangers, when contacted, said that the force had no information about the detention of anyone by that name. The Malir police said that the family's application had been received and an inquiry was being made.

The family has announced that it will file a petition in the Sindh High Court. Majlis Wahdat-e-Muslimeen leaders also expressed solidarity with the family and said that a sit-in would be held outside the Governor House if the missing youths were not produced.

It may be recalled that the families of missing Shia persons had staged a long sit-in at Jaffar-e-Tayyar and outside the residence of the President in Karachi last year, which ended on assurances that the detained would be produced in courts.
""")

rec("020", "urdu_press", "2023-03-18", -1, "Islampura", "PB", 0, 2,
    None, "mob_violence", None, """
Angry mob attacks Christian man accused of blasphemy in Kamoke, police rescue him

Kamoke (Nawa-i-Waqt Correspondent): In Kamoke, an angry crowd attacked a Christian sanitary worker and his brother on the allegation of blasphemy and tortured them severely, while police reached the spot and rescued them. The incident took place on {W-1} in Mohallah Islampura of Kamoke.

According to details, some people alleged that 30-year-old Arif Masih had uttered insulting words about the Holy Prophet (PBUH) during an argument with a shopkeeper. After an announcement was made in a local mosque, a crowd gathered and started beating Arif Masih and his brother Shahid Masih, who tried to save him, with sticks and bricks. The crowd also tried to set fire to their house but was stopped.

On receiving information, SHO City Kamoke along with heavy police contingents reached the spot and rescued the two brothers from the crowd and shifted them to the THQ Hospital Kamoke, from where Arif was referred to DHQ Hospital Gujranwala due to his critical condition. Doctors said that both brothers had head injuries, and that Arif's condition was stable now. No loss of life occurred.

Police registered a case under Section 295-C against Arif Masih on the complaint of the shopkeeper, and a separate case against 18 named and 150 unknown persons for taking the law into their own hands and violence. Nine accused have been arrested.

Christian leaders of Gujranwala, in a press conference, condemned the incident and said that false allegations of blasphemy were being used to settle personal grudges. "It was a dispute over Rs300 which was given the colour of blasphemy," said Pastor Emmanuel Sadiq. They demanded a transparent inquiry and protection for the Christian families of the area, many of whom had left their houses.

CPO Gujranwala said that peace had been maintained in the area, and that ulema of all schools of thought had been contacted to keep the situation calm. Additional police has been deployed in Mohallah Islampura and near the church.
""")

rec("021", "urdu_press", "2024-04-14", -2, "Noshki", "BA", 11, 2,
    "Balochistan Liberation Army (BLA)", "armed_attack", "claimed", """
Nine passengers offloaded from bus and martyred near Noshki; toll rises to 11

Quetta (Online / Daily Jang): Armed terrorists offloaded nine passengers from a bus on the National Highway near Noshki on {W-2} night and martyred them after checking their identity cards. Two more persons were martyred when the terrorists fired at a car at the same spot, raising the number of shaheed to 11, while two persons were injured.

According to Levies sources, around 10 to 12 armed men had set up a blockade on the N-40 highway a few kilometres from Noshki town at about 9 pm and were checking the vehicles. They stopped a Quetta-to-Taftan coach, checked the CNICs of the passengers, and took nine men, all of them from Punjab, to the nearby mountains, where their bullet-riddled bodies were found later in the night.

Deputy Commissioner Noshki Habibullah Musakhel told the media that the terrorists also opened fire on a car coming from the other direction, in which a member of the provincial assembly's relative was travelling; two persons in the car were martyred and two injured. "In all, 11 innocent persons have been martyred," he said on {W-1}. Initially the administration had put the number of shaheed at nine.

The dead bodies were shifted to the Civil Hospital Quetta, where the hospital spokesman said 11 bodies and two injured had been received. The bodies of the nine passengers were sent to their native areas in Gujranwala, Mandi Bahauddin and Wazirabad on {W+0}.

The banned Balochistan Liberation Army (BLA), which the government calls "Fitna al-Hindustan", accepted responsibility for the incident through its spokesman Jeeyand Baloch.

Chief Minister Balochistan Mir Sarfraz Bugti said that the terrorists would be hunted down and the blood of the martyrs would not go in vain. "This is the enemy's plan to spread hatred between the provinces," he said.

Security forces have launched a search operation in the area. It should be remembered that in October last year, too, six labourers from Punjab were martyred in Turbat, and in 2015 militants had killed 20 labourers in the same manner in Turbat.
""")
rec("022", "urdu_press", "2019-02-23", -1, "Kalaya", "KP", 6, 12,
    "Tehreek-e-Taliban Pakistan (TTP)", "bombing", "alleged", """
Blast in Kalaya bazaar, Orakzai: six martyred, 12 injured

Orakzai (Staff Reporter / Nawa-i-Waqt): Six persons were martyred and 12 were injured in a blast in the main bazaar of Kalaya, headquarters of Orakzai district, on {W-1}. According to the police, an improvised explosive device fitted in a vegetable stall went off at around 11:30 am when the bazaar was crowded.

Initially, five persons were reported martyred; later one of the injured, a 10-year-old boy, succumbed to his wounds in the Kohat DHQ Hospital, raising the number of shaheed to six. Hospital sources said that 12 injured persons had been brought to Kalaya and Kohat hospitals, four of whom were in critical condition.

The shaheed have been identified as Muhammad Yousaf, Sher Ali, Hussain Ali, Faqir Hussain, Syed Mehdi Hussain and Master Abid Ali. Most of the victims belonged to the Shia community of the Kalaya area.

District Police Officer Orakzai said that the blast appeared to have been carried out by the banned Tehreek-e-Taliban Pakistan, which had been active in the mountains of the district. "The style of this attack is the same as the attacks the TTP carried out here in the past," he said. No organisation has so far accepted responsibility.

Law enforcement agencies cordoned off the area and started a search operation. The Bomb Disposal Squad said about three kilogrammes of explosives had been used.

Elders of the Orakzai tribe, in a jirga held after the incident, demanded that security in the bazaar be increased and that the check-posts removed after the military operation be re-established. Traders observed a strike on {W+0}.

It should be noted that in November last year, a blast in the same bazaar of Kalaya had martyred more than 30 persons, including Sikh and Shia traders, and injured dozens.

The Chief Minister Khyber Pakhtunkhwa took notice and ordered that the injured be given the best treatment, and announced financial aid for the heirs of the shaheed.
""")

rec("023", "urdu_press", "2020-10-27", -1, "Lyari", "SD", 0, 0,
    None, "property_attack", None, """
Idols broken in Hindu temple in Lyari, suspect identified

Karachi (Staff Reporter / Daily Jang): In the Narayanpura area of Lyari, an unknown person entered a Hindu temple on {W-1} and broke the idols and damaged the temple's furniture. According to the police, the incident occurred at around 4 pm when most members of the community had gone home after the puja.

Temple caretaker Ramesh Kumar told the police that a man entered from the back door, smashed the idol of Goddess Durga and two other idols with a hammer, and fled when people came out on hearing the noise. "We tried to catch him, but he ran into the lanes," he said. No one was injured in the incident.

The police registered a case against the unknown accused under Section 295 of the Pakistan Penal Code (injuring or defiling a place of worship). SSP City said that the CCTV footage of the area had been obtained and the suspect had been identified, and that he would be arrested soon. He said that initial investigation suggested that the suspect was mentally disturbed, but all aspects were being examined.

Members of the Hindu community staged a protest outside the Karachi Press Club on {W+0}, demanding the immediate arrest of the accused. Hindu Panchayat leader Shiv Kumar said that the community had lived peacefully in Lyari for generations, but such incidents created a sense of insecurity. "Our places of worship should be protected by the state," he said.

Sindh's minister for minority affairs visited the temple and announced that the government would repair the damage and provide security to all temples in the city during Diwali.

It may be recalled that in January this year, too, unknown persons had damaged a temple in Chachro, Tharparkar, and earlier in Kotri idols had been desecrated.
""")

rec("024", "urdu_press", "2021-01-12", -1, "Khuiratta", "JK", 0, 0,
    "Tehreek-e-Labbaik Pakistan (TLP)", "threat", "claimed", """
Threatening pamphlets distributed against Ahmadis in Khuiratta; police on alert

Kotli (Correspondent / Daily Express): Pamphlets containing threats against members of the Ahmadiyya community were distributed in the bazaar and mosques of Khuiratta in Kotli district of Azad Kashmir on {W-1}, which has caused concern among the community.

The pamphlets, printed in Urdu and bearing the name of Tehreek-e-Labbaik Pakistan's Azad Kashmir chapter, asked the people to socially boycott the Qadianis, not to do business with them and not to let them use the name "masjid" for their place of worship. The pamphlet warned that if the administration did not take action "within seven days", the workers would themselves take steps.

Ahmadiyya community representative in Kotli said that about 25 Ahmadi families lived in Khuiratta and its surroundings, and that they had informed the police and the administration. "Our people are afraid to open their shops. We request the government to protect us," he said.

A local leader of the TLP, when contacted, confirmed that the pamphlets had been issued by the party's workers and said that they were "only a demand for implementation of the law". He said that the party did not believe in violence.

SP Kotli said that the pamphlets had been taken into custody and that the police were in contact with the ulema and the Ahmadiyya community to maintain law and order. "No one will be allowed to take the law into their hands," he said. He said that police patrolling had been increased in Khuiratta.

It should be noted that in 2017 an Ahmadiyya place of worship in a village of Kotli district had been attacked by a mob, in which two persons lost their lives. No incident of violence was reported this time.
""")

rec("025", "urdu_press", "2022-06-08", -1, "France Colony", "IS", 0, 0,
    None, "abduction", None, """
Christian girl abducted from France Colony, Islamabad; family appeals to IG

Islamabad (Online / Daily Jang): A 14-year-old Christian girl was abducted from France Colony in sector F-7 of Islamabad on {W-1}, her family said, and police have registered a case against three named accused.

According to the FIR registered at the Kohsar police station, the girl had gone to a nearby shop at around 7 pm to buy milk when a man named in the FIR, who lived in a neighbouring sector, along with two accomplices forced her into a car and fled. The girl's mother, Nasreen Bibi, who works as a domestic worker in sector F-7, said that the accused had been harassing her daughter for some time and had threatened to take her away.

"We are poor people. We went to the police station at night and they only registered our case in the morning after the church elders came," she told the media outside the National Press Club on {W+0}.

Police said that raids were being conducted to recover the girl and that the main accused's mobile phone had been traced to Rawalpindi. "The girl will be recovered soon," a police spokesman said.

Leaders of the Christian community, including Father Emmanuel Yousaf, demanded that the Inspector General of Islamabad Police take notice of the incident. They said that in recent years several girls from Christian settlements in Islamabad had been abducted, converted and married, and that a law should be made to stop forced conversions.

The girl's family feared that she would be forcibly converted. The police said that no such information had been received so far and that if the girl was a minor any marriage would be void under the law.

France Colony, one of the oldest Christian settlements in Islamabad, is home to around 5,000 people, most of whom work in sanitation.
""")
rec("026", "urdu_press", "2022-09-05", -2, "Tirah", "KP", 0, 0,
    "Lashkar-e-Islam", "displacement", "alleged", """
Families migrating from Tirah valley due to threats of militants

Bara (Correspondent / Daily Express): Dozens of families have started migrating from the Tirah valley of Khyber district due to the presence of armed militants and threats, and according to the local administration, around 120 families left the valley on {W-2} alone and reached Bara and Peshawar.

According to the local elders, members of the banned Lashkar-e-Islam have reappeared in the upper areas of Tirah and have been warning the residents through letters and messages on loudspeakers to stop cooperating with the government. The elders alleged that the organisation's men had asked the Sikh and Shia families living in the valley in particular to leave the area.

A resident of Tirah, Abdul Wali Afridi, who reached Bara with his family, said that "the men of Mangal Bagh's group came to our village at night and said that those who do not leave will be responsible for their own losses. We left everything behind and came with only our children." He said that the families had to walk for hours on foot through the mountains.

Assistant Commissioner Bara said that a registration point had been set up at the Bara Qadeem area for the displaced families, where they were being given ration and tents. He said that the administration had registered 120 families on {W-2} and the number might increase.

Lashkar-e-Islam has not issued any statement. Security officials said that an operation against the militants would be launched soon and that the families would be able to return to their homes after the area was cleared.

No casualty has been reported in the area so far. Political and social organisations of Khyber have demanded that the government ensure the protection of the residents and stop the repeated displacement. It should be remembered that the people of Tirah had been displaced in large numbers in 2013 during military operations against Lashkar-e-Islam and the Taliban, and many families had returned only in 2017.
""")

rec("027", "urdu_press", "2023-07-26", -1, "Gilgit", "GB", 0, 0,
    None, "other", None, """
Section 144 imposed in Gilgit, mobile internet suspended amid sectarian tension

Gilgit (APP / Daily Jang): The Gilgit-Baltistan government on {W-1} imposed Section 144 in Gilgit city and suspended mobile phone and internet services for three days in view of the sectarian tension in the area, while the entry of several ulema into the district has also been banned.

According to the notification issued by the Home Department, processions, rallies, sit-ins and the carrying of weapons have been banned in the city, and pillion riding has been prohibited. The notification said that the decision was taken in view of "the possibility of a breach of peace" after provocative speeches by ulema of the two sects on social media.

The tension arose after a cleric's speech against a religious personality went viral, after which protests were held in different parts of the region. Although no violent incident occurred, traders closed their shops in the main bazaar and people stayed indoors.

The Home Secretary told the media that the entry of 16 ulema of different schools of thought into Gilgit district had been banned for 30 days and that a peace committee had been constituted. "Our priority is to protect the lives of the people; there will be no compromise on that," he said.

The business community and students expressed annoyance over the suspension of internet services. "Students cannot attend online classes, and the banking system has been affected," said a trader of Jutial.

Leaders of Ahle Sunnat Wal Jamaat and Majlis Wahdat-e-Muslimeen called on their supporters to remain peaceful. The Chief Minister of Gilgit-Baltistan appealed to the people to maintain unity and not to pay attention to rumours.

It may be remembered that Gilgit has witnessed sectarian riots in the past, including in 1988, 2005 and 2012, in which dozens of people lost their lives.
""")
# ---------------------------------------------------------------- style 3: NGO and rights-group long-form
rec("028", "ngo_report", "2019-10-08", "2019-09-15", "Ghotki", "SD", 0, 0,
    None, "mob_violence", None, """
Human Rights Commission of Pakistan
Fact-finding report: Communal violence in Ghotki

1. Introduction
The HRCP sent a three-member fact-finding mission to Ghotki district from 22 to 24 September to ascertain the facts surrounding the attacks on a Hindu-run school and a temple, to assess the situation of the Hindu community, and to make recommendations to the government of Sindh. The mission met members of the Hindu community, the district administration, police officials, religious leaders, journalists and residents.

2. Background
Ghotki district, in northern Sindh, has a Hindu population that is large by Pakistani standards and has historically lived in relative harmony with its Muslim neighbours. In recent years, however, the district has become associated with contested religious conversions of Hindu girls and with the influence of local shrines over such conversions. The mission was told that relations between communities had deteriorated over several years.

3. The incident
On {W@2019-09-15}, {D@2019-09-15}, a student at a private school in Ghotki town alleged that the school's Hindu principal, Notan Lal, had made derogatory remarks about the Holy Prophet (PBUH) during a class. A video of the student's father making the allegation was widely circulated on social media. By the afternoon, crowds gathered in the town. A mob ransacked the school, broke furniture and windows, and later attacked the Sacho Satram Dham temple in the town, damaging idols and setting fire to part of the building. Shops belonging to Hindu traders were also forced shut. The police registered a blasphemy case against the principal the same evening and took him into custody. The mission found no reports of deaths or injuries among the Hindu community on that day, though many families told the mission they had spent the night hiding.

4. Findings
(a) The police did not act early enough to prevent the mob from gathering, although the administration had several hours' warning.
(b) Announcements from mosque loudspeakers and inflammatory posts on social media played a major role in mobilising the crowd.
(c) Cases registered against members of the mob were against "unknown persons", and very few arrests were made in the following weeks.
(d) The principal's arrest appeared to have been used to calm the crowd rather than on the basis of an investigation.

5. Recommendations
The HRCP recommends that the Sindh government ensure a fair investigation of the blasphemy case against Notan Lal; prosecute those who led the attacks on the school and temple; compensate the owners of damaged property; take action against the misuse of mosque loudspeakers; and engage the Hindu community in a district peace committee.

The Commission reiterates its call for procedural safeguards against the misuse of the blasphemy laws.
""")

rec("029", "ngo_report", "2022-02-17", -2, "Turbat", "BA", 0, 0,
    "Counter Terrorism Department (CTD)", "enforced_disappearance", "alleged", """
AMNESTY INTERNATIONAL
PUBLIC STATEMENT
Pakistan: Reveal the whereabouts of Baloch student activist Hafeez Baloch

Amnesty International is gravely concerned about the fate and whereabouts of a Baloch student activist who was taken from his family home in Turbat, in the Kech district of Balochistan, and whose whereabouts remain unknown. The organisation calls on the Pakistani authorities to immediately disclose where he is held and to release him unless he is charged with an internationally recognisable offence.

Background

Enforced disappearances have been a hallmark of state policy in Pakistan for more than two decades. The Commission of Inquiry on Enforced Disappearances has received more than 8,000 cases since its establishment in 2011, and Balochistan accounts for a large share of the cases that families and activists document. Students, political activists and journalists from Balochistan have been particularly targeted. Pakistan has not ratified the International Convention for the Protection of All Persons from Enforced Disappearance, and a bill criminalising enforced disappearances passed in 2021 has not brought accountability.

The case

According to his family, at about 2am on {W-2}, {D-2}, a group of men, some wearing the uniform of the Counter Terrorism Department (CTD) and others in plain clothes, entered the family's house in Turbat. They took away 23-year-old Abdul Hafeez, a student of the University of Turbat and a member of the Baloch Students Organisation, along with his laptop and phone. His family was not told why he was taken or where. When his father went to the local police station the next morning, police refused to register a complaint.

The family told Amnesty International that they believe he is held by the CTD. The CTD has not acknowledged his detention. No weapons were used against the family and nobody was hurt.

Amnesty International has documented a pattern of persons taken into custody in this manner later being "shown" as arrested in encounters or on charges under the Anti-Terrorism Act, or being found dead.

Recommendations

Amnesty International calls on the Pakistani authorities to:
- immediately reveal the fate and whereabouts of Abdul Hafeez and release him, unless he is promptly charged with a recognisable criminal offence and brought before a civilian court;
- ensure that, pending his release, he is protected from torture and other ill-treatment and has access to his family and a lawyer of his choosing;
- conduct a prompt, independent and effective investigation into his disappearance;
- criminalise enforced disappearance in line with international law and ratify the Convention.

Index: ASA 33/5238/2022
""")

rec("030", "ngo_report", "2022-04-06", -1, "Lahore", "PB", None, None,
    None, "legal_action", None, """
HUMAN RIGHTS WATCH
Pakistan: Christian Man Sentenced to Death for Blasphemy
Authorities Should Repeal Abusive Laws, Ensure Fair Trials

(New York, {MD+0}) – A court in Lahore sentenced a Christian man to death for blasphemy on {W-1}, {MDY-1}, Human Rights Watch said today. The Pakistani government should urgently reform the country's blasphemy laws, which are used to target religious minorities and settle personal disputes.

Background

Pakistan's blasphemy provisions, sections 295 and 298 of the Penal Code, carry penalties up to the death penalty for insulting the Prophet Muhammad. Though no one has been executed under the laws, at least 80 people remain on death row or serving life sentences, according to the United States Commission on International Religious Freedom. Those accused are often attacked by mobs, and several people accused of blasphemy, as well as those who defended them, have been killed outside the courts. In 2011, the governor of Punjab, Salman Taseer, was assassinated by his bodyguard for criticising the laws, and Minorities Minister Shahbaz Bhatti was killed weeks later.

The case

Additional Sessions Judge Mian Javed Akram sentenced Zafar Bhatti, a Christian resident of the Youhanabad area who had worked as a security guard, to death under Section 295-C, following a trial held inside Camp Jail in Lahore for security reasons. He was arrested in 2012 on the allegation that he had sent derogatory text messages from a mobile phone. His lawyer told Human Rights Watch that the phone was not registered in his name and that the prosecution had failed to prove the messages were sent by him.

"Zafar Bhatti has spent ten years in prison on the basis of flimsy evidence, and now faces the gallows," said Patricia Gossman, associate Asia director at Human Rights Watch. "Pakistan's courts should not be a tool for persecution of religious minorities."

The defence said it would appeal to the Lahore High Court. Under Pakistani law, the death sentence must be confirmed by the High Court.

Recommendations

Human Rights Watch urged the Pakistani government to:
- repeal sections 295-B, 295-C and 298 of the Penal Code;
- pending repeal, introduce procedural safeguards, including a requirement that a senior police officer investigate any complaint before a case is registered;
- protect judges, lawyers and witnesses in blasphemy cases from threats and violence;
- ensure that those who incite or commit violence against persons accused of blasphemy are prosecuted.

Pakistan's blasphemy laws have also been used against Muslims, including Ahmadis, who are barred from identifying as Muslims under the Constitution and Penal Code.
""")
rec("031", "ngo_report", "2023-08-22", -6, "Madina Town", "PB", 0, 0,
    None, "abduction", None, """
NATIONAL COMMISSION FOR JUSTICE AND PEACE (NCJP)
Case Sheet No. 41/2023 — Abduction and alleged forced conversion

Prepared by: NCJP Faisalabad Diocesan Desk
Date of report: {D+0}

Background note
The NCJP has documented cases of abduction, forced conversion and forced marriage of Christian and Hindu girls since 1990. Most victims are minors from poor families; in a majority of the cases documented by the Commission, the girl's family is told within days that she has converted and married of her own free will, and the accused produce an affidavit and a nikahnama. Courts frequently accept these documents without inquiring into the age of the girl. The Punjab Child Marriage Restraint Act sets the age of marriage at 16 for girls, and the Christian Marriage Act at 18, but enforcement is weak.

Particulars of the case
Victim: S. (name withheld), aged 15, Christian, student of class eight
Father: Yaqoob Masih, daily-wage labourer
Residence: Street No. 3, Madina Town, Faisalabad
Date and time of occurrence: {W-6}, {D-6}, approximately 5:30 pm
Place of occurrence: outside the family's home in Madina Town
Police station: Madina Town, Faisalabad
FIR: registered four days after the occurrence under Section 365-B PPC, after intervention by the NCJP
Accused: a Muslim neighbour, aged about 30, already married, and two unidentified men (names available to the Commission)

Facts
According to the victim's mother, S. was standing at the door of the house when the accused and two other men arrived in a white car, dragged her inside and drove away. Neighbours who tried to intervene were threatened with a pistol. No one was hurt. The family went to the police station the same evening, but the duty officer refused to register a case and told them to "search for her themselves". On the fourth day, after the NCJP's legal team and the local parish priest accompanied the family, an FIR was registered.

On the fifth day, the family was shown a certificate of conversion from a seminary in Samundri and a nikahnama stating the girl's age as 18. Her school certificate and baptism record give her age as 15.

Status
The girl has not been recovered. The family has filed a habeas corpus petition. The NCJP is providing legal aid.

Recommendations
- Recovery of the minor and her production before a magistrate to record a statement free of pressure;
- an age determination by a medical board;
- disciplinary action against the duty officer who refused to register the complaint;
- legislation on forced conversions, in line with the recommendations of the Parliamentary Committee in 2021.
""")

rec("032", "ngo_report", "2021-07-03", -3, "Ferozewala", "PB", 1, 1,
    "Tehreek-e-Labbaik Pakistan (TLP)", "armed_attack", "alleged", """
CLAAS — Centre for Legal Aid, Assistance and Settlement
Case Report: Killing of a Christian man in Ferozewala

About CLAAS
CLAAS provides free legal aid, shelter and advocacy to Christians and other religious minorities facing persecution, including those accused under the blasphemy laws and victims of violence. This case report is prepared for our partners and for the media.

Context
Attacks on Christians in the Sheikhupura district have increased in recent years, often following disputes over property or accusations of blasphemy. In many cases, local religious activists play a role in mobilising hostility against Christian families. Christians in rural Punjab are mostly landless labourers and depend on their Muslim neighbours for work.

The incident
On the night of {W-3}, {D-3}, Nadeem Joseph, a 42-year-old Christian who had recently bought a house in a Muslim-majority street in Ferozewala, was shot at his door by two men. His 19-year-old son, Shahzad, was shot in the arm. Nadeem Joseph died in the Services Hospital, Lahore, before dawn. Shahzad is recovering.

According to the family, a few weeks after they moved into the house, local activists of the Tehreek-e-Labbaik Pakistan (TLP) demanded that they sell it and leave, saying that Christians could not live in the street. The family alleges that the attackers were workers of the TLP acting on these threats. A TLP district office-bearer has denied this, saying the dispute was "personal".

Police registered an FIR under sections 302 and 324 PPC against two named men and unknown others. At the time of writing, one man had been arrested.

Legal assistance
CLAAS lawyers are pursuing the case on behalf of the family and have asked for the addition of anti-terrorism sections, as the family has been threatened again since the killing. CLAAS has moved the widow and children to a safe house.

Our demands
1. A transparent investigation into the murder of Nadeem Joseph, including the role of those who threatened the family.
2. Security for the family and for witnesses.
3. Compensation from the Punjab government.
4. Action by the Punjab government against the use of threats to drive Christians from their homes.

Contact: CLAAS Lahore office, Gulberg.
""")

rec("033", "ngo_report", "2020-12-07", -2, "Pir Mahal", "PB", 0, 0,
    "Tehreek-e-Labbaik Pakistan (TLP)", "property_attack", "alleged", """
Jamaat-e-Ahmadiyya Pakistan — Press Section
Press release: Desecration of Ahmadi graves in Pir Mahal

Chenab Nagar, {D+0}

Background
Since the enactment of Ordinance XX in 1984, Ahmadis in Pakistan have been barred from "posing as Muslims", and their places of worship and graves have been targeted with growing frequency. Over the past three years, the community has documented more than 300 cases in which Islamic inscriptions on Ahmadi graves were defaced or tombstones broken, in many cases by police acting on complaints by religious groups, and in others by unknown persons at night. In 2012, gravestones of more than 120 Ahmadis were broken in Lahore's Model Town by masked men.

Incident
On the night of {W-2}, {D-2}, unknown persons entered the Ahmadiyya graveyard in Pir Mahal, district Toba Tek Singh, and broke the headstones of 38 graves, defacing the Kalima and Quranic verses written on them. Community members discovered the damage the next morning. No one was hurt.

The local Ahmadi community alleges that workers of the Tehreek-e-Labbaik Pakistan, who had submitted an application to the police a month earlier demanding the removal of the inscriptions, were behind the attack. "They gave the police a deadline. When the deadline passed, the graves were broken," said a local community representative. The police have registered a case against unknown persons under Section 297 of the PPC (trespassing on burial places).

The Jamaat-e-Ahmadiyya spokesman said: "Even the dead are not allowed to rest in peace in this country. We demand that the government arrest the culprits and stop the police from acting as a tool of extremist groups."

Demands
- Registration of cases against those who incite hatred against Ahmadis;
- protection of Ahmadi graveyards and places of worship;
- repeal of laws that deny Ahmadis their religious identity.
""")
rec("034", "ngo_report", "2021-01-08", -5, "Machh", "BA", 11, 0,
    "Islamic State (IS)", "armed_attack", "claimed", """
OFFICE OF THE UNITED NATIONS HIGH COMMISSIONER FOR HUMAN RIGHTS
Pakistan: UN experts condemn killing of Hazara coal miners, urge protection of minority

GENEVA ({D+0}) – UN human rights experts today strongly condemned the killing of eleven coal miners from the Hazara Shia community in Balochistan province and urged the Government of Pakistan to take urgent measures to protect religious and ethnic minorities from violence.

"We are appalled by the brutal killing of these workers, who were singled out because of their ethnicity and religion," the experts said. "This attack is the latest in a long series of targeted attacks on the Hazara community, who have been killed in their hundreds over the last two decades, in Quetta and along the roads of Balochistan."

The experts recalled that the Hazara, an ethnic group of largely Shia faith, have faced bombings of their markets, mosques and gatherings, including attacks in 2013 that killed more than 200 people in Quetta, and that many Hazara have been confined to two enclaves of the city for their own safety. The community's livelihoods have been severely affected.

According to information received, in the early hours of {D-5}, armed men entered the miners' residential quarters at a coalfield in Machh, in the Bolan (Kachhi) district, separated the Hazara workers from the others, tied their hands and killed eleven of them, most by cutting their throats. The Islamic State group, referred to locally as Daesh, claimed responsibility for the attack. Families of the victims refused to bury the bodies and held a sit-in with the coffins in Quetta for several days in freezing temperatures, demanding that the Prime Minister meet them.

"We welcome the eventual dialogue between the authorities and the families, but words must be followed by action," the experts said. "The authorities must conduct a prompt, thorough and impartial investigation, bring those responsible to justice and ensure that the families receive adequate reparation."

The experts also called on the Government to address the root causes of the attacks, including hate speech and incitement against Shia Muslims, and to ensure the security of miners and other workers from minority communities in Balochistan's coalfields.

The experts: Mr. Ahmed Shaheed, Special Rapporteur on freedom of religion or belief; Mr. Fernand de Varennes, Special Rapporteur on minority issues; Mr. Morris Tidball-Binz, Special Rapporteur on extrajudicial, summary or arbitrary executions.

The Special Rapporteurs are part of what is known as the Special Procedures of the Human Rights Council. They are independent experts who work on a voluntary basis and are not paid for their work.
""")

rec("035", "ngo_report", "2021-06-16", -4, "G-9", "IS", 0, 0,
    "Inter-Services Intelligence (ISI)", "enforced_disappearance", "alleged", """
HRCP URGENT APPEAL
Enforced disappearance of Shia scholar Agha Syed Muhammad Raza Jafri, Islamabad

Lahore, {D+0}

The Human Rights Commission of Pakistan (HRCP) is deeply concerned about the disappearance of a Shia religious scholar and writer from Islamabad, and calls upon the federal government to ensure his immediate recovery.

Details of the case
Name: Agha Syed Muhammad Raza Jafri, 47, religious scholar and author of several books on Shia jurisprudence
Place: his residence in Street 42, sector G-9/2, Islamabad
Date and time: around 11pm on {W-4}, {D-4}
Description: According to his wife, six men in plain clothes arrived in two double-cabin vehicles without number plates, entered the house without a warrant and took Agha Jafri away, along with his computer and books. The men told the family he would be "returned after questioning". No violence was used against the family.

The family has alleged that the men were from the Inter-Services Intelligence (ISI), saying that Agha Jafri had been questioned by ISI officials twice in the past year about his travel to Iran and Iraq. The Karachi Company police station has registered only a report of a "missing person". Officials have neither confirmed nor denied that he is in custody.

Context
The HRCP has documented a rise in the disappearances of Shia men, particularly those who have travelled to Iran, Iraq and Syria, since 2016. Many have been held for months or years without charge before being released or produced in court. The Commission of Inquiry on Enforced Disappearances has failed to provide redress in most cases.

Appeal
HRCP urges the Ministry of Interior and the Islamabad police to:
1. trace and produce Agha Jafri before a court of law within 24 hours if he is held by any state agency;
2. register an FIR under Section 365 PPC on the family's complaint;
3. ensure that no harm comes to him in custody.

HRCP also urges the Islamabad High Court to take up the family's habeas corpus petition on an urgent basis.

Chairperson, HRCP
""")

rec("036", "ngo_report", "2022-03-02", -3, "Jogan Shah", "KP", 0, 0,
    "Islamic State Khorasan Province (ISKP)", "threat", "claimed", """
AMNESTY INTERNATIONAL
South Asia Regional Office — Press release

Pakistan: Sikh community in Peshawar must be protected after threat letters

Amnesty International today called on the authorities in Khyber Pakhtunkhwa to provide immediate protection to the Sikh community of Peshawar after members of the community received letters threatening them with death unless they paid "jizya" or left the city.

Background
Peshawar's Sikh community, estimated at about 15,000 people, has been targeted repeatedly. Since 2014, more than a dozen Sikhs have been killed in Peshawar in targeted shootings, many of them traders and hakeems. Several families have migrated to Punjab, India and elsewhere. The Islamic State Khorasan Province (ISKP) has claimed a number of these killings, and in 2018 a prominent Sikh leader, Charanjeet Singh, was shot dead in his shop.

The threat
On {W-3}, {D-3}, at least seven Sikh households and shops in Mohallah Jogan Shah, the old city quarter near the Gurdwara Bhai Joga Singh, found letters slipped under their doors. The letters, printed in Urdu and Pashto and signed in the name of the Islamic State Khorasan Province, demanded payment of Rs50,000 per family per month as "jizya" and threatened that those who did not pay or leave "will meet the fate of those before them". Community members reported the letters to the Dabgari police station. No one has been harmed so far.

"These are not empty words. The community has buried too many of its members to ignore such letters," said Dinushika Dissanayake, Amnesty International's Deputy Regional Director for South Asia. "The Khyber Pakhtunkhwa police must investigate, and provide visible protection to the community's homes, shops and places of worship."

The police confirmed to Amnesty International that a case had been registered under the Anti-Terrorism Act and that additional personnel had been posted in the area. A senior police official said the letters appeared to bear the ISKP's name and emblem, but that their authenticity was under investigation.

Recommendations
Amnesty International urges the authorities to:
- ensure the safety of the Sikh community, including at the gurdwaras and markets;
- investigate the threats and the previous killings, and bring those responsible to justice in fair trials;
- consult community members about their security needs.
""")
rec("037", "ngo_report", "2020-02-19", -5, "Kandhkot", "SD", 0, 0,
    None, "displacement", None, """
MINORITY RIGHTS GROUP INTERNATIONAL
Briefing: Hindu families leave Kandhkot amid wave of kidnappings

London, {D+0}

Summary
Minority Rights Group International (MRG) is concerned at reports that Hindu families are leaving Kandhkot, in Sindh's Kashmore district, after a series of kidnappings for ransom of Hindu traders and doctors, and threats against the community. MRG calls on the government of Sindh to restore security in the district and to ensure that those who have left can return in safety and dignity.

Background
Northern Sindh's Hindu community, concentrated in Kashmore, Jacobabad, Shikarpur and Ghotki, has long been prominent in trade and medicine. Over the past decade, kidnappings for ransom by criminal gangs operating from the riverine katcha area have affected all communities, but Hindu traders have been disproportionately targeted as they are seen as wealthy and lacking protection. Community leaders told MRG that at least 14 Hindus had been kidnapped in Kashmore district in the past year. Some families have also reported pressure to convert.

What happened
On {W-5}, {D-5}, 27 Hindu families — about 160 people — left Kandhkot for Hyderabad, Karachi and Rahim Yar Khan, according to the Kandhkot Hindu Panchayat, packing their belongings into trucks under police escort. The panchayat said the decision was taken after the kidnapping of a trader's son and threatening phone calls demanding ransom from several others. "We are not leaving because we want to; we are leaving because we cannot sleep at night," the panchayat's president told a local journalist. No one was hurt during the departure. The police said they were working to recover the kidnapped boy and asked the families to stay.

Concerns
- Forced displacement of minority communities from areas they have inhabited for generations threatens their cultural and religious heritage, including temples and cremation grounds that are left unattended.
- Impunity for kidnapping gangs, some of which are alleged to enjoy political protection, encourages further attacks.

Recommendations
MRG calls on the government of Sindh to:
1. launch an effective operation against kidnapping gangs in the katcha area;
2. ensure security for Hindu traders and professionals in Kashmore district;
3. provide support to displaced families and facilitate their return;
4. protect Hindu places of worship left behind.
""")

rec("038", "ngo_report", "2019-07-11", -1, "Karachi", "SD", None, None,
    "Lashkar-e-Jhangvi (LeJ)", "legal_action", "acquitted", """
SHIA RIGHTS WATCH
Statement on the acquittal of suspects in the Abbas Town bombing case

Washington / Karachi, {D+0}

Shia Rights Watch expresses deep disappointment at the verdict of an anti-terrorism court in Karachi which, on {W-1}, acquitted four men accused of involvement in the 2013 bombing of Abbas Town in which more than 45 people, mostly Shia Muslims, were killed.

Background
On 3 March 2013, a car bomb exploded at the entrance of Abbas Town, a Shia-majority residential area of Karachi, destroying two apartment blocks. The victims included women and children. The bombing came weeks after two attacks in Quetta that killed nearly 200 Hazara Shias. Police at the time blamed the banned Lashkar-e-Jhangvi (LeJ).

The verdict
The four accused, described by the prosecution as members of the Lashkar-e-Jhangvi, had been charged with murder, terrorism and possession of explosives. According to lawyers present in court, the judge of Anti-Terrorism Court-XII, sitting in the judicial complex of the Central Prison, held that the prosecution had failed to prove the charges beyond reasonable doubt, citing contradictions in the statements of witnesses and the absence of forensic evidence linking the accused to the explosives. The court ordered their release if not required in other cases. Two of the four were, however, kept in custody as they face trial in other cases.

"Six years later, the families of Abbas Town have neither justice nor answers," said a spokesperson for Shia Rights Watch. "This verdict reflects a pattern in which investigations into anti-Shia violence collapse at trial."

Pattern of impunity
Shia Rights Watch has recorded that most trials in major anti-Shia attacks in Pakistan have ended in acquittals or have not concluded. Witnesses are often intimidated; prosecutors lack resources.

Recommendations
- The Sindh government should appeal the verdict in the Sindh High Court.
- Witness protection programmes in terrorism cases should be made effective.
- The investigation should be reopened to identify all those responsible.
""")

rec("039", "ngo_report", "2023-07-03", -5, "Sialkot", "PB", 0, 0,
    None, "other", None, """
U.S. COMMISSION ON INTERNATIONAL RELIGIOUS FREEDOM
Country Update: Pakistan — Restrictions on Ahmadis during Eid al-Adha

Washington, D.C., {MDY+0}

Overview
This update examines restrictions imposed on the Ahmadiyya Muslim community in Pakistan around Eid al-Adha, during which Muslims perform the ritual sacrifice of animals. USCIRF has recommended since 2002 that Pakistan be designated a "country of particular concern". Constitutional and legal provisions declare Ahmadis non-Muslims and criminalise their practice of faith as Muslims, and in recent years local authorities have responded to complaints by religious groups by restricting Ahmadis from performing animal sacrifice.

Key incident
On {MDY-5}, the district administration of Sialkot issued an order under Section 144 of the Code of Criminal Procedure prohibiting Ahmadis in the district from performing the Eid sacrifice, including inside their homes, for the three days of Eid. The order, which cited the "apprehension of a breach of peace", warned that violators would face arrest. It followed applications by local clerics. The Ahmadiyya community told USCIRF that police visited several Ahmadi homes in the district on the eve of Eid to demand affidavits undertaking not to sacrifice. No violence was reported, but in a neighbouring district police registered cases against Ahmadis who had slaughtered animals inside their houses.

Analysis
Orders of this kind extend the restrictions of the 1984 Ordinance XX into private life. In 2023, Ahmadis in several districts of Punjab reported similar orders and police visits. Rights groups point out that the orders have no basis in the Constitution, which protects the privacy of the home.

Recommendations to the U.S. Government
- Designate Pakistan as a country of particular concern and not waive the associated actions;
- urge Pakistan to repeal laws that discriminate against Ahmadis;
- raise the restrictions on Ahmadis in bilateral dialogue.
""")

rec("040", "ngo_report", "2017-05-20", -8, "Tatta Pani", "JK", 1, 4,
    None, "mob_violence", None, """
AMNESTY INTERNATIONAL
Pakistan/Azad Jammu and Kashmir: Investigate deadly mob attack on Ahmadi place of worship

{D+0}

Amnesty International calls on the authorities in Azad Jammu and Kashmir to conduct an effective investigation into a mob attack on an Ahmadi place of worship in Tatta Pani, in Kotli district, which left one member of the community dead and four injured, and to bring those responsible to justice.

Background
Ahmadis in Pakistan and Azad Jammu and Kashmir face legal discrimination and violence. Pakistan's Penal Code makes it a crime for Ahmadis to call themselves Muslims, to call their places of worship mosques, or to use Islamic greetings. These laws have created a climate in which attacks on Ahmadis are rarely punished. In May 2010, gunmen attacked two Ahmadi places of worship in Lahore, killing 86 people. In AJK, Ahmadis have long lived in villages across Kotli and Mirpur districts.

The attack
On {W-8}, {D-8}, a crowd of several hundred people, some armed with sticks and firearms, gathered outside the Ahmadi place of worship in Tatta Pani after announcements in local mosques. The crowd demanded that the building be "converted" and opened fire. One Ahmadi man, 55-year-old Muhammad Ashraf, was shot dead and four others were injured, two of them with gunshot wounds. The crowd then set fire to the building's carpets. Police arrived after several hours. Local residents told Amnesty International that the authorities had been warned of rising tension days earlier.

Two days after the attack, police registered a case against "unknown persons". No arrests had been made when this statement was issued.

"The killing of an Ahmadi man by a mob in Tatta Pani is a grim reminder that those who incite hatred against Ahmadis do so with impunity," said Amnesty International's South Asia Director.

Recommendations
Amnesty International urges the AJK authorities to:
- conduct a prompt, impartial and effective investigation, including into the failure of police to protect the worshippers;
- ensure safety for the Ahmadi community in Kotli district;
- take measures against incitement to violence from mosque loudspeakers.
""")
# ---------------------------------------------------------------- style 4: court and police documents
rec("041", "court_police", "2021-11-18", -1, "Sukkur", "SD", None, None,
    "Jundullah", "legal_action", "convicted", """
IN THE COURT OF ANTI-TERRORISM COURT, SUKKUR
Special Case No. 44 of 2015
The State versus Abdul Hafeez Brohi and others
Crime No. 12/2015, Police Station Lakhi Dar, District Shikarpur
Offences u/s 302, 324, 427, 34 PPC r/w 7 ATA, 1997 and 4/5 Explosive Substances Act

JUDGMENT
Date of announcement: {D-1}

1. Brief facts of the prosecution case are that on 30.01.2015 at about 1:45 pm, during {LIT:Friday} prayers at the Imambargah Karbala Moalla, Lakhi Dar, Shikarpur, a suicide bomber blew himself up inside the congregation, as a result of which 61 worshippers lost their lives and more than 50 were injured. The FIR was lodged by the complainant Syed Ghulam Ali Shah on the same day.

2. During investigation, the Counter Terrorism Department arrested the accused Abdul Hafeez Brohi, Khalil Ahmed and Ghulam Qadir, who, according to the prosecution, were members of the proscribed organisation Jundullah and had provided shelter, transport and the explosive jacket to the bomber. The challan was submitted and charge was framed against the accused, to which they pleaded not guilty and claimed trial.

3. The prosecution examined 19 witnesses, including the complainant, injured eye-witnesses, the bomb disposal expert, the investigating officer and the magistrate who recorded the confessional statement of the accused Khalil Ahmed under section 164 Cr.P.C.

4. Learned Special Public Prosecutor contended that the confessional statement was voluntary and corroborated by the recovery of a motorcycle and mobile phone data. Learned defence counsel contended that the confession was retracted and obtained under duress.

5. I have heard the arguments and perused the record. The confession is found to be voluntary and true, and is corroborated in material particulars by the CDR analysis and the recovery.

6. For the reasons recorded above, the prosecution has proved its case against the accused Abdul Hafeez Brohi and Khalil Ahmed beyond reasonable doubt. They are convicted u/s 7(a) ATA and sentenced to death on 61 counts, subject to confirmation by the Honourable High Court of Sindh, and are also convicted under the other sections charged. The accused Ghulam Qadir is extended the benefit of doubt and acquitted.

7. The convicts are informed of their right to appeal within seven days.

Announced in open court at Sukkur on {D-1}.

(Judge, Anti-Terrorism Court, Sukkur)

[Copy published in the Sindh Courts bulletin on {D+0}.]
""")

rec("042", "court_police", "2022-03-10", -2, "Rawalpindi", "PB", None, None,
    "Tehreek-e-Labbaik Pakistan (TLP)", "legal_action", "charged", """
IN THE LAHORE HIGH COURT, RAWALPINDI BENCH, RAWALPINDI
JUDICIAL DEPARTMENT
Crl. Misc. No. 512-B of 2022
Muhammad Waqas versus The State etc.

ORDER
{N-2}

1. Through this petition, the petitioner seeks post-arrest bail in case FIR No. 88/2022 dated 14.01.2022, registered under sections 295-A, 427, 148, 149 PPC and 7 of the Anti-Terrorism Act, 1997, at Police Station Rawat, District Rawalpindi.

2. Briefly, the allegation against the petitioner is that he, along with co-accused, being workers of the Tehreek-e-Labbaik Pakistan (TLP), led a group that damaged the minarets and mihrab of an Ahmadi place of worship in Rawat on 13.01.2022, and raised slogans inciting violence. The police have submitted a report under section 173 Cr.P.C. in which the petitioner and eleven co-accused, all stated to be TLP office-bearers or workers, have been charged.

3. Learned counsel for the petitioner argues that the petitioner is not named in the FIR, that his name was added on the basis of a supplementary statement, and that the video relied upon does not show him causing damage. He adds that the petitioner is a student and has been in custody for about two months.

4. Learned Deputy Prosecutor General, assisted by counsel for the complainant, opposes the petition and contends that the petitioner is visible in the video footage and that the offence is against public tranquillity.

5. Arguments heard; record perused.

6. The petitioner is not named in the FIR; his role is not distinguishable from that of the co-accused who have already been granted bail by the learned trial court; the offences under section 295-A and 427 PPC do not fall within the prohibitory clause; and the question whether section 7 ATA is attracted requires further inquiry.

7. Consequently, this petition is allowed and the petitioner is admitted to post-arrest bail subject to his furnishing bail bonds in the sum of Rs.100,000 with one surety in the like amount to the satisfaction of the learned trial court. The observations above are tentative and shall not prejudice the trial.

(Judge)
Announced at Rawalpindi on {N-2}.

[Reported in the Rawalpindi Law Reports, {D+0}.]
""")

rec("043", "court_police", "2023-05-25", -1, "Peshawar", "KP", None, None,
    "Jamaat-ul-Ahrar (JuA)", "legal_action", "acquitted", """
PESHAWAR HIGH COURT, PESHAWAR
(Judicial Department)
Cr.A No. 211-P of 2019 with Murder Reference No. 9-P of 2019
Gul Rehman and another versus The State

JUDGMENT
Date of hearing: {D-1}

1. This single judgment disposes of the criminal appeal filed by the appellants Gul Rehman and Sher Zaman against their conviction and death sentences by the learned Judge, Anti-Terrorism Court-III, Peshawar, and the murder reference sent by the trial court for confirmation.

2. The facts, as narrated in the FIR, are that on 2 September 2016 a suicide bomber attacked the district courts complex in Mardan, killing 14 persons, including lawyers and police officials, and injuring more than 50. The banned Jamaat-ul-Ahrar, a breakaway faction of the Tehreek-e-Taliban Pakistan, claimed responsibility. The appellants were arrested in 2017 by the CTD, which alleged that they were members of Jamaat-ul-Ahrar and had guided the bomber to the court premises.

3. The trial court convicted the appellants on the basis of their confessional statements, the recovery of a pistol and a mobile phone, and the evidence of a police witness who claimed to have seen them near the courts on the day.

4. We have heard learned counsel for the appellants and the learned Additional Advocate General and gone through the record with their assistance.

5. The confessional statements were recorded 21 days after the arrest, without the appellants being warned that they were not bound to confess and without being given time for reflection; they were retracted at the first opportunity. The police witness admitted in cross-examination that he had not mentioned the appellants in his first statement. No forensic evidence links the appellants to the explosive material.

6. In these circumstances the prosecution has failed to prove the charge against the appellants beyond reasonable doubt. The appeal is therefore allowed, the conviction and sentences are set aside, and the appellants are acquitted of the charges. They shall be released forthwith if not required in any other case. The murder reference is answered in the negative.

Announced at Peshawar on {D-1}.

(Judge)                  (Judge)
""")
rec("044", "court_police", "2020-02-12", -1, "Quetta", "BA", None, None,
    "Lashkar-e-Jhangvi (LeJ)", "legal_action", "charged", """
Court Proceedings — Anti-Terrorism Court-I, Quetta
Case: The State versus Muhammad Usman and three others (Hazarganji blast case)

Police press note issued by the Counter Terrorism Department, Balochistan — {D+0}

1. The Anti-Terrorism Court-I, Quetta, presided over by Judge Abdul Majeed Nasir, on {W-1} formally framed charges against four accused in the case of the suicide bombing at the Hazarganji fruit and vegetable market on 12 April 2019, in which 20 people, mostly members of the Hazara community, were killed and 48 injured.

2. The accused, Muhammad Usman, Abdul Basit alias Talha, Hafeez Ullah and Saifullah Kurd, were produced in court from the District Jail Quetta under tight security. The charge sheet states that the accused are members of the proscribed Lashkar-e-Jhangvi (LeJ) and that they, in connivance with absconding accused, planned the attack, arranged the explosive material and transported the suicide bomber to the market.

3. The charges were read out to the accused under sections 302, 324 and 120-B of the Pakistan Penal Code, sections 6 and 7 of the Anti-Terrorism Act 1997, and the Explosive Substances Act. All four accused pleaded not guilty and claimed trial. The court summoned the prosecution witnesses for the next hearing.

4. The CTD had arrested the accused in raids in Quetta's Sariab area and in Mastung in June 2019. The CTD's investigation found links between the accused and a cell that had earlier carried out targeted killings of Hazara traders. The Islamic State group had claimed the Hazarganji attack; the CTD told the court that the LeJ cell had acted "in collaboration with" the group's local handlers.

5. In a separate matter heard the same day, the court extended the judicial remand of two suspects arrested in the killing of a police constable on Kirani Road.

6. Members of the Hazara community who attended the hearing welcomed the framing of charges. "We have waited almost a year for this first step. We hope the trial will not take as long," said a relative of one of the victims.

7. The next hearing is fixed for 26 February.

Spokesman, CTD Balochistan
""")

rec("045", "court_police", "2024-01-15", -1, "Jutial", "GB", 1, 2,
    "Ahle Sunnat Wal Jamaat (ASWJ)", "armed_attack", "alleged", """
FIRST INFORMATION REPORT (Translation from Urdu)
First Information Report of a cognizable offence reported under section 154 Cr.P.C.
Police Station: Jutial, District Gilgit
FIR No.: 07/2024
Date and time of occurrence: {N-1}, at about 19:40 hours
Date and time of report at police station: {N-1}, at 23:15 hours
Place of occurrence: near Shaheed Chowk, Jutial, about 2 km east of the police station
Sections: 302, 324, 34 PPC; 7 ATA
Name of complainant: Muhammad Ali s/o Ghulam Haider, caste Shia, resident of Jutial
Accused: unknown, two persons on a motorcycle

Contents of the complaint:
"I state that I am a resident of Jutial and run a general store. Today, {W-1}, at about 7:40 in the evening, my brother Ali Ahmed, aged 28, my cousin Zahid Hussain and I were returning home after offering Maghrib prayers at the Jutial imambargah. When we reached near Shaheed Chowk, two young men on a black 125 motorcycle, with their faces covered, came from behind. The man sitting at the back took out a pistol and fired at us. My brother Ali Ahmed was hit in the head and chest and fell down; Zahid Hussain was hit in the thigh and I was hit in the left arm. The accused fled towards the Airport Road. People of the area took us to the City Hospital Gilgit, where the doctors declared my brother dead.

"Some days ago my brother had an argument with some local activists of Ahle Sunnat Wal Jamaat (ASWJ) over wall chalking near our shop, and they threatened him. I suspect that the accused are connected with them. I can identify the accused if I see them again. Action may be taken."

Police action:
On receipt of the complaint, this FIR is registered. The case is being investigated by Inspector Ghulam Mustafa. The scene was inspected; seven empties of a 30-bore pistol were recovered and sealed. The dead body was sent for post-mortem; injured were medically examined at City Hospital Gilgit and their medico-legal certificates obtained.

Signature, SHO Police Station Jutial
""")

rec("046", "court_police", "2025-06-04", -2, "Korian", "PB", 0, 3,
    None, "mob_violence", None, """
FIRST INFORMATION REPORT (English translation)
Police Station: Saddar Gojra, District Toba Tek Singh
FIR No.: 311/25
Date and time of occurrence: {N-2}, 15:30 hours
Date and time of registration: {N-1}, 10:00 hours
Place of occurrence: Christian houses, village Korian (Chak 95/JB), about 6 km from the police station
Offences: 148, 149, 436, 324, 337, 506 PPC; 7 ATA
Complainant: Younis Masih s/o Bashir Masih, Christian, resident of Korian

Statement of the complainant:
"I state that on {W-2}, {D-2}, at about 3:30 pm, a rumour was spread in our village that a Christian boy had torn pages of a religious book. Announcements were made from the mosque. After some time a crowd of about 300 people, armed with sticks, iron rods and petrol bottles, came to the Christian houses at the edge of the village. They broke open the doors of our houses, beat the residents and set fire to four houses, including mine. My father Bashir Masih, aged 65, was beaten with rods and suffered a head injury; my wife Shamim Bibi and my neighbour Arshad Masih were also injured. We ran to the fields to save our lives. Police reached the spot later.

"I identify 23 accused, whose names are given in the attached list, and 250–300 unknown persons. They committed this act with the common intention of killing us and burning our houses. Strict action may be taken."

Police note:
The complaint is registered. The three injured persons were medically examined at THQ Hospital Gojra; their injuries are declared as 'jurh ghayr jaifah' (non-penetrating) and they are out of danger. No death occurred. Section 144 has been imposed in the village on the orders of the Deputy Commissioner and a police picket established. The investigation is entrusted to Inspector Muhammad Akram. Eleven accused have been arrested.

SHO, Police Station Saddar Gojra
""")
rec("047", "court_police", "2022-08-09", -1, "Yakatoot", "KP", 0, 4,
    "Islamic State Khorasan Province (ISKP)", "bombing", "alleged", """
CAPITAL CITY POLICE PESHAWAR
Daily press briefing — Public Relations Office
{D+0}

The Capital City Police Officer, Peshawar, briefed the media on the following cases at the Malik Saad Shaheed Police Lines.

Case 1 — Blast near majlis in Yakatoot
On {W-1} at about 9:10 pm, a low-intensity improvised explosive device planted in a rubbish heap exploded outside a house in Yakatoot, where a Muharram majlis was in progress. Four persons, including a child, were injured and were shifted to Lady Reading Hospital, where their condition is stated to be stable. No loss of life occurred. The BDS reported that about 400 grams of explosive with ball bearings was used and the device was detonated with a timer. Preliminary investigation indicates the involvement of the Islamic State Khorasan Province (ISKP), whose local cell was behind earlier attacks on the Shia community in the city; the modus operandi is similar. A case has been registered at PS Yakatoot under sections 324/427 PPC, 3/4 Explosive Substances Act and 7 ATA. CCTV footage has been obtained and two suspects have been detained for questioning. Security of all majalis and processions in the city has been reviewed.

Case 2 — Arrest of extortionists in Hayatabad
On {W-2}, the Anti-Terrorism Squad arrested three members of a gang who were extorting money from traders in the name of the TTP. Two pistols, hand grenades and eleven mobile SIMs were recovered. The gang had collected Rs2.5 million from traders of Karkhano Market, according to the police.

Case 3 — Recovery of abducted child in Pishtakhara
A ten-year-old boy abducted for ransom from Pishtakhara on {W-3} was recovered in a raid in Nowshera district. Two accused were arrested.

Case 4 — Muharram arrangements
The CCPO said that 8,000 police personnel would be deployed for Ashura processions, with 25 processions and 450 majalis categorised as sensitive. Pillion riding has been banned and mobile phone service will be suspended along the routes.

The CCPO appealed to citizens to inform the police of any suspicious activity through the 15 helpline.

PRO to CCPO Peshawar
""")

rec("048", "court_police", "2021-10-28", -1, "Quetta", "BA", 0, 0,
    "Lashkar-e-Jhangvi (LeJ)", "abduction", "alleged", """
COUNTER TERRORISM DEPARTMENT, BALOCHISTAN
Press briefing — Quetta, {D+0}

DIG CTD addressed a press conference at the CTD headquarters and shared details of the following cases.

1. Abduction of Hazara shopkeeper
On {W-1} at about 6:45 pm, unknown armed men abducted Ghulam Ali Hazara, aged 34, owner of a mobile phone shop, from outside his shop on Sariab Road, Quetta, and took him away in a white car with tinted windows. According to eyewitnesses, three men pushed him into the car at gunpoint and drove towards the Western Bypass. No firing took place and no one was injured. The family has not received any ransom call so far. The CTD suspects the involvement of a cell of the banned Lashkar-e-Jhangvi (LeJ), which has in the past abducted and killed Hazara traders in the Sariab area; the car was earlier used in a targeted killing. Teams have been constituted to trace the victim and checkpoints on the exit routes of the city have been alerted. The Hazara community has staged a protest on Alamdar Road demanding his recovery.

2. Arrest of suspects in Mastung
In an intelligence-based operation in Mastung on {W-2}, the CTD arrested two suspected members of a banned outfit and recovered 5 kg of explosives and detonators. The suspects were planning an attack on a religious gathering, the DIG said.

3. Killing of constable on Kirani Road
Investigation into the killing of a police constable on Kirani Road on {W-3} is in progress. Two suspects have been identified.

4. Security for Rabi-ul-Awwal
The DIG said that comprehensive security arrangements had been made for Eid Milad-un-Nabi processions in Quetta and other districts.

The DIG said that the CTD had arrested 37 suspects and foiled nine terror plots in the province since July.

Spokesman, CTD Balochistan
""")

rec("049", "court_police", "2019-12-03", -1, "Chenab Nagar", "PB", 0, 0,
    "Aalmi Majlis Tahaffuz-e-Khatm-e-Nubuwwat", "threat", "claimed", """
FIRST INFORMATION REPORT (English translation)
Police Station: Chenab Nagar (Rabwah), District Chiniot
FIR No.: 402/2019
Date of occurrence: {N-1}
Date and time of report: {N-1}, 21:30 hours
Place of occurrence: complainant's bookshop near Aqsa Chowk, Chenab Nagar
Sections: 506-II, 507 PPC; 11-W ATA
Complainant: Naseer Ahmad s/o Bashir Ahmad, Ahmadi, resident of Darul Rehmat Sharqi

Statement of complainant:
"I state that I am a resident of the above address and run a bookshop near the Aqsa Chowk. Today, {W-1}, at about 7 am when I opened my shop, I found a letter pushed under the shutter. Similar letters were also received by my neighbours Mubashir Ahmad and Tahir Mahmood. The letter is written on the letterhead of the Aalmi Majlis Tahaffuz-e-Khatm-e-Nubuwwat, Chiniot, and is signed by a person describing himself as its district organiser. It states that Qadianis who 'preach' in Chenab Nagar will be 'eliminated', and that my shop will be burnt if I continue to sell books of my community. It also warns that 'the consequences of the previous year will be repeated.' I feel serious danger to my life and that of my family. The letter is produced herewith. Legal action may be taken against the writer and the organisation."

Police proceedings:
The letter has been taken into possession through a recovery memo. The case is registered. The investigating officer, SI Muhammad Nawaz, has been directed to trace the writer, verify the signature and contact the office-bearers of the organisation. No one has been harmed. Patrolling around Aqsa Chowk has been increased.

(A spokesman of the Khatm-e-Nubuwwat organisation in Chiniot, contacted by reporters, said the letters were 'a reminder of the law' and denied any threat of violence.)

SHO, Police Station Chenab Nagar
""")
rec("050", "court_police", "2023-10-11", -4, "Latifabad", "SD", 0, 0,
    "Counter Terrorism Department (CTD)", "enforced_disappearance", "alleged", """
IN THE HIGH COURT OF SINDH, CIRCUIT COURT HYDERABAD — record of the complaint annexed to C.P. No. D-1873 of 2023

Translation of the application submitted to the SHO, Police Station Latifabad No. 8, Hyderabad, and of the police report thereon

To,
The SHO, Police Station Latifabad No. 8, Hyderabad

Subject: Application for registration of FIR regarding the disappearance of my husband

Respected Sir,
I, Syeda Farzana Bibi w/o Maulana Syed Ali Naqi Zaidi, resident of House No. C-114, Unit No. 7, Latifabad, Hyderabad, state that on {W-4}, {D-4}, at about 1:30 am, about eight persons, some in the black uniform of the Counter Terrorism Department (CTD) and others in plain clothes, came in a police mobile and two Vigo double-cabin vehicles to our house. They broke the lock of the gate, entered the house and took away my husband, Maulana Syed Ali Naqi Zaidi, aged 52, a prayer leader at the Imambargah Shah-e-Najaf and a teacher at a Shia madrassah. They also took away his two mobile phones and a laptop. When I asked where they were taking him, one of them said that he would be returned 'after a few questions'. They did not show any warrant. No one in the house was beaten.

Since then I have visited the CTD office in Hyderabad, the Latifabad police station and the Civil Lines police, but no one has told me about my husband. I believe that my husband is in the illegal custody of the CTD. It is requested that an FIR be registered and my husband recovered.

Applicant: Syeda Farzana Bibi

Police report submitted to the High Court:
The application was received at the police station on {D-3}. Inquiry was made from the CTD Hyderabad, which has stated in writing that Maulana Ali Naqi Zaidi is 'not in the custody of the CTD and is not required in any case'. Efforts are being made to trace him. The FIR has not been registered pending inquiry.

Order of the Bench (summary): The petition was fixed for hearing on {D+0}; notices were issued to the Home Department, the CTD and the IG Sindh to file comments within seven days, and the SSP Hyderabad was directed to register the FIR.
""")

rec("051", "court_police", "2024-03-27", -1, "Bhara Kahu", "IS", 0, 0,
    None, "property_attack", None, """
ISLAMABAD CAPITAL TERRITORY POLICE
Daily crime and operations update — Public Relations Officer
{D+0}

1. Vandalism at church in Bhara Kahu
On the night of {W-1}, unknown persons broke into St. Thomas Church, Bhara Kahu (also written Bhara Kau / Bharakahu), damaged pews, broke a glass window and the wooden cross at the entrance, and set fire to a stack of hymn books. The damage was discovered by the church caretaker at 6:00 am. No one was present in the church at the time and no one was injured. A case has been registered against unknown persons at Police Station Bhara Kahu under sections 295, 427 and 436 PPC. The Forensic team has lifted fingerprints and CCTV footage from a nearby market is being examined. SSP Operations visited the church and met community elders. Police have stepped up security at all churches in the Bhara Kahu and Tarlai areas ahead of the Easter services.

2. Car-lifter gang busted in Shams Colony
Shams Colony police arrested three members of an inter-city car-lifter gang and recovered four stolen vehicles and a motorcycle.

3. Narcotics recovered in Sihala
Sihala police arrested two drug peddlers and recovered 2.4 kg of hashish and 500 grams of ice.

4. Traffic
Islamabad Capital Police issued 4,312 challans for traffic violations. The IGP directed that special arrangements be made for the Easter and Eid holidays.

The IGP Islamabad said that the protection of places of worship of all religions was the responsibility of the police, and that the culprits in the Bhara Kahu incident would be arrested soon. Citizens may report any information on the helpline 15 or the Pakistan Citizen Portal.

PRO, ICT Police
""")

rec("052", "court_police", "2018-11-25", -1, "Hangu", "KP", 2, 0,
    "Tehreek-e-Taliban Pakistan (TTP)", "armed_attack", "alleged", """
FIRST INFORMATION REPORT (Translation)
Police Station: City Hangu, District Hangu
FIR No.: 612
Date and time of occurrence: {N-1} at 05:20 hours
Date and time of report: {N-1} at 07:05 hours
Place of occurrence: gate of Imambargah Kerbala, near the main bazaar, Hangu city, 1 km north of police station
Offences: 302, 353, 34 PPC; 7 ATA; 15 AA
Complainant: Constable Said Akbar No. 1122, Police Station City Hangu

"Statement: I state that I along with the deceased Constable Gul Jan No. 887 and the deceased volunteer guard Syed Hamid Hussain were performing security duty at the main gate of the Imambargah. Today at 5:20 am, after the Fajr prayers, two armed men came on foot from the direction of the bazaar. One of them, a young bearded man wearing a grey shawl, opened fire with a Kalashnikov, as a result of which Constable Gul Jan and Syed Hamid Hussain were hit and fell down. I took cover behind the wall and returned fire. The accused fled towards the hills on the western side. My companions succumbed to their injuries on the spot. I was not hit.

"The accused are militants of the Tehreek-e-Taliban Pakistan (TTP), who have been threatening the Imambargah and its guards for a long time and had pasted a warning letter on the gate last month. I charge them and their associates. I can identify the accused."

Police proceedings:
Report recorded. The dead bodies were sent to the DHQ Hospital Hangu for post-mortem. Twenty-two empties of 7.62 mm were recovered from the spot. The TTP has not so far claimed the attack. Investigation entrusted to CTD Kohat region.

(Moharrir, Police Station City Hangu)
""")

rec("053", "court_police", "2022-12-13", -2, "Jacobabad", "SD", 0, 0,
    None, "abduction", None, """
OFFICE OF THE SENIOR SUPERINTENDENT OF POLICE, JACOBABAD
Press release No. PRO/1419 — {D+0}

The SSP Jacobabad, in a press conference at the Police Headquarters, shared the progress of the district police in the following cases:

(i) Kidnapping of Hindu trader
On {W-2} at about 8:00 pm, Mr. Sagar Kumar, aged 40, a Hindu grain merchant, was kidnapped by armed men from outside his shop in the Shahi Bazaar of Jacobabad city while he was closing it. According to his brother, four men in a car forced him into the vehicle at gunpoint. No one was injured. A ransom call of Rs20 million was received by the family on {W-1}. Police suspect that the kidnappers have taken the victim to the riverine (katcha) area. Special teams have been constituted and raids are in progress. The Hindu Panchayat has observed a shutter-down strike in Jacobabad and staged a protest outside the Press Club, and members of the Hindu community have demanded the safe recovery of the trader. The SSP assured them that the victim would be recovered soon.

(ii) Encounter in Thul
In an encounter near Thul on {W-3}, police killed a dacoit wanted in several cases of kidnapping, and arrested two of his accomplices.

(iii) Recovery of stolen cattle
Police recovered 27 head of stolen cattle in Garhi Khairo and handed them over to their owners.

(iv) Street crime
Eighteen street criminals were arrested during the week and stolen mobile phones and motorcycles recovered.

The SSP said that no kidnapping gang would be allowed to operate in the district and that the community's cooperation was needed.

PRO, SSP Jacobabad
""")
# ---------------------------------------------------------------- style 5: transcripts, live blogs, threads
rec("054", "transcript_live", "2022-03-04", 0, "Kocha Risaldar", "KP", 63, 194,
    "Islamic State Khorasan Province (ISKP)", "bombing", "claimed", """
LIVE: Suicide blast at Peshawar mosque — latest updates

Dawn.com live blog — Peshawar, {D+0} (newest updates first)

11:55pm — The provincial health department has issued what it calls its "consolidated and final figure for today": 63 dead and 194 injured. Lady Reading Hospital says 57 bodies and 189 injured were brought there, and the remainder to Khyber Teaching Hospital. The Imamia mosque committee says 70 people have died. We will update tomorrow.

9:40pm — The Islamic State Khorasan Province (ISKP) has claimed responsibility for the attack through its Amaq channel, naming the bomber as an Afghan national. The claim cannot be independently verified.

7:15pm — Inspector General of Police Moazzam Jah Ansari says the death toll has risen to 56. "The attacker first shot dead a police constable at the gate and then entered the prayer hall," he tells reporters.

5:30pm — Funeral preparations under way in Kocha Risaldar; families are gathering outside LRH to receive bodies. Partial list of the deceased released by the hospital: Syed Irshad Hussain, Zulfiqar Ali, Syed Hasan Raza, Muhammad Abbas, Shah Nawaz, Ijaz Hussain (16), constable Gul Mohammad.

3:20pm — LRH spokesman Muhammad Asim: "We have received 45 bodies and more than 150 injured. Several are in critical condition. We urgently need O-negative blood."

2:10pm — Police now say 30 people have been killed. Eyewitness to Dawn: "I was in the third row. There was firing at the door and then a huge explosion. Everyone around me was covered in blood."

1:40pm — Initial reports: at least 10 killed. The blast took place at the Jamia Masjid Imamia in Kocha Risaldar, in the old city near Qissa Khwani Bazaar, during {W+0} prayers.

1:05pm — Loud explosion heard in the Peshawar old city area. Rescue 1122 teams dispatched.

Context — The Shia mosque in Kocha Risaldar is in one of the oldest neighbourhoods of the walled city. Peshawar has seen several attacks on Shia places of worship, including a 2015 attack on an imambargah in Hayatabad that killed 20 people. The Islamic State Khorasan Province, which emerged in 2015, has claimed several attacks on Shia Muslims in Pakistan and Afghanistan.
""")

rec("055", "transcript_live", "2024-08-27", -1, "Rarasham", "BA", 23, 0,
    "Balochistan Liberation Army (BLA)", "armed_attack", "claimed", """
Radio Pakistan / PBC Quetta — News bulletin transcript, 8:00 am, {D+0}

[Signature tune]

PRESENTER: Good morning. These are the main points of the news. Twenty-three passengers martyred in Musakhel after being offloaded from vehicles. The Prime Minister vows to bring the perpetrators to justice. Balochistan observes a day of mourning.

PRESENTER: Now the news in detail. Twenty-three passengers have been martyred in Musakhel district of Balochistan after armed terrorists offloaded them from buses and trucks on the highway and shot them after checking their identity cards. The incident took place on {W-1} morning in the Rarasham area of Musakhel, on the highway connecting Punjab with Balochistan. Our correspondent in Quetta, Abdul Rauf Baloch, joins us on the line. Rauf, what is the latest?

CORRESPONDENT: Thank you. The Assistant Commissioner of Musakhel, Najeeb Kakar, has told Radio Pakistan that 23 persons were martyred. Yesterday the first reports from the Levies said 19 had been killed; by the evening the figure was 22; and this morning the Deputy Commissioner confirmed that the final figure is 23. The victims, most of whom were from Punjab, were travelling in buses and trucks. The terrorists also set fire to about 35 vehicles. No injured persons were reported from the site, as all those offloaded were shot.

PRESENTER: Has any group claimed responsibility?

CORRESPONDENT: Yes. The banned Balochistan Liberation Army, which the government refers to as "Fitna al-Hindustan", has claimed responsibility in a statement. The same night the group carried out attacks at several other places in the province, including Bolan and Kalat.

PRESENTER: Thank you, Rauf. The Prime Minister, Mian Muhammad Shehbaz Sharif, has strongly condemned the killing of innocent passengers and said that the terrorists and their facilitators would be brought to justice. The Chief Minister of Balochistan, Mir Sarfraz Bugti, said the attacks were an attempt to create hatred between the provinces.

PRESENTER: The bodies of the martyred have been shifted to Dera Ghazi Khan and onward to their native towns in Punjab. Funeral prayers were offered in several cities yesterday evening.

[Break]

PRESENTER: In other news, the weather will remain hot and humid in most parts of the country...
""")

rec("056", "transcript_live", "2021-01-06", -2, "Quetta", "BA", 0, 0,
    "Hazara Democratic Party (HDP)", "protest", None, """
Thread by @HazaraVoiceQta (Hazara community volunteers), posted {D+0}

1/ For those just joining: since {W-2} morning, our families have been sitting on the Western Bypass in Quetta with the coffins of our eleven brothers killed at Machh. The sit-in was called by the Hazara Democratic Party (HDP) and is being joined by thousands. #HazaraSitIn

2/ It is minus 4 degrees at night. Mothers and sisters are sitting next to the coffins. We have not buried them because we have buried too many before. #JusticeForHazaras

3/ The HDP chairman Abdul Khaliq Hazara said today: "We will not move until the Prime Minister comes to Quetta and hears us himself."

4/ Our demands: (a) the PM visits the sit-in, (b) arrest of the killers, (c) judicial commission, (d) protection for miners. These are not extravagant demands.

5/ Day 2 update: Sit-ins in solidarity now in Karachi (Numaish), Lahore, Islamabad and Parachinar. Thank you to everyone standing with us.

6/ Federal minister came last night. The families politely said: not you, the PM.

7/ Peaceful. Entirely peaceful. No one hurt, no property touched. Police have been cooperative.

8/ Reminder: in 2013, after the Alamdar Road bombing, families sat with 86 coffins for four days before the government listened. In 2018 and 2019 we did it again. Every time we are told "never again".

9/ The roads into Hazara Town and Mariabad are quiet. Shops are closed in mourning.

10/ Please share. Please call your representatives. The coffins are still on the road. /end
""")
rec("057", "transcript_live", "2023-07-31", -1, "Khar", "KP", 54, 83,
    "Islamic State Khorasan Province (ISKP)", "bombing", "claimed", """
Bajaur blast: live updates (oldest first)

The Express Tribune live desk — {W-1}, {D-1} and {W+0}, {D+0}

{W-1}, 4:17pm — Reports of a large explosion at a workers' convention of the Jamiat Ulema-e-Islam-Fazl (JUI-F) in Khar, the headquarters of Bajaur district. The convention was being held in a marquee near the Khar bazaar.

4:40pm — District police: "at least 10 killed". Rescue 1122 shifting the injured to the DHQ Hospital Khar.

5:25pm — Health department spokesman: 20 dead, more than 50 injured. Appeal for blood donations.

6:30pm — JUI-F local leader Maulana Ziaullah Jan is among those killed, the party confirms.

8:00pm — The toll climbs to 35, according to the KP caretaker information minister. Critically injured are being airlifted to Peshawar.

10:45pm — Inspector General of Police KP: "44 people have been killed and nearly 100 injured. It was a suicide attack; the bomber was sitting near the stage."

{W+0}, 8:10am — The Islamic State Khorasan Province (ISKP) claims responsibility via its Amaq news agency, saying it targeted the JUI-F for its support of "democracy".

9:30am — Bajaur DC Anwarul Haq releases the official figure: 54 dead and 83 injured. "This figure has been verified with hospitals," he says. DHQ Khar says it received 46 bodies; 8 more people died in Peshawar hospitals. JUI-F leaders say more than 60 workers died.

10:15am — Partial list of the deceased: Maulana Ziaullah Jan, Hameedullah, Abdul Wali, Qari Shafiq, Muhammad Saeed, Naseebullah, Fazal Rabi and Abid Khan (15).

12:00pm — Funeral prayers in Khar. JUI-F chief Maulana Fazlur Rehman: "We will not be silenced."

2:30pm — Counter Terrorism Department registers case. Analysts note that ISKP has attacked JUI-F gatherings before, including in Bajaur in 2022, calling the Deobandi party "apostates".

4:00pm — Official figures unchanged at 54 dead and 83 injured; we are closing this live blog.
""")

rec("058", "transcript_live", "2023-04-17", -1, "Kotli", "JK", 0, 0,
    "Tehreek-e-Labbaik Pakistan (TLP)", "property_attack", "alleged", """
Thread by @AhmadiyyaRights (community volunteers, Pakistan) — {D+0}

1/ URGENT: Last night (the night between {W-1} and {W+0}) unidentified men set fire to the Ahmadi place of worship in Kotli city, Azad Kashmir. The roof of the prayer hall and the library of religious books have been destroyed. 🧵

2/ The fire was set at around 1:30am. Neighbours saw flames and called the fire brigade, which arrived 40 minutes later. Thankfully no one was inside. No one was injured.

3/ This is the same building whose minarets were broken by police last year after a local TLP (Tehreek-e-Labbaik Pakistan) leader filed a complaint. Since then, TLP activists have held two rallies outside the building.

4/ Our community members believe TLP workers are responsible for the arson. Two weeks ago, a TLP local leader said in a speech (video attached) that the building "will not stand by Ramazan's end".

5/ The police have registered an FIR against "unknown persons". The SP Kotli told our representative that all angles are being investigated.

6/ Pictures of the burnt prayer hall below. The Holy Quran copies that were kept in the library were also burnt — by people who claim to protect its sanctity.

7/ Kotli district has about 400 Ahmadi families. In 2017 a mob attack on an Ahmadi place of worship in Tatta Pani left one dead.

8/ We call on the AJK Prime Minister and the IG AJK Police to arrest the culprits and provide protection. We also call on @HRCP87 and @amnesty to take notice.

9/ Update (11am): A TLP spokesman in Muzaffarabad has denied the party's involvement, saying it "believes in peaceful protest". /end
""")
rec("059", "transcript_live", "2022-10-20", -6, "Kohat", "KP", 0, 0,
    "Counter Terrorism Department (CTD)", "enforced_disappearance", "alleged", """
VOA Deewa Radio — "Khabaroona" evening programme, transcript (translated from Pashto), {D+0}

HOST: Welcome to the programme. Tonight we speak to the family of a Shia cleric from Kohat who, they say, has been missing for almost a week. With us on the line from Kohat is his son, Syed Mujtaba Hussain. Mujtaba, thank you for joining us. What happened?

GUEST (son): Thank you. My father, Allama Syed Iftikhar Hussain Naqvi, is the prayer leader of the central imambargah in Kohat and teaches in a madrassah. On {W-6} night, at around midnight, men came to our house in Kohat. Some were in the uniform of the CTD, the Counter Terrorism Department, and some were in plain clothes with their faces covered. They took my father away in a car. They said they were taking him for some questions and he would be back in the morning. It has been six days.

HOST: Has anyone told you where he is?

GUEST: Nobody. We went to the Kohat police, to the CTD office in Kohat, to the Deputy Commissioner. The CTD says they have not arrested him. But we saw their vehicle and their uniforms. We believe the CTD is holding him.

HOST: Was anyone hurt during the raid?

GUEST: No, they did not beat anyone, but my mother has been ill since that night.

HOST: We contacted the CTD Khyber Pakhtunkhwa spokesman, who said he had no information about the detention. Our listeners may know that the Commission of Inquiry on Enforced Disappearances has recorded thousands of cases from Khyber Pakhtunkhwa. Joining us now is a lawyer and human rights activist from Peshawar, Advocate Shaheen Bibi. What can the family do?

LAWYER: They should file a habeas corpus petition in the Peshawar High Court immediately and approach the Commission. In cases like this, the courts have ordered agencies to produce people. But delays are common.

HOST: Mujtaba, what is your message?

GUEST: If my father has done anything wrong, produce him in court. We will accept the court's decision. But do not make him disappear.

HOST: Thank you. The Shia Ulema Council in Kohat has announced a protest on {W+1} if the cleric is not released. We will continue to follow this story. [Music]
""")

rec("060", "transcript_live", "2017-11-09", -1, "Faizabad", "IS", 0, 0,
    "Tehreek-e-Labbaik Pakistan (TLP)", "protest", None, """
Faizabad sit-in: live updates (oldest first)

Geo News digital desk — Islamabad, {D-1} to {D+0}

{W-1}, 10:30am — Hundreds of supporters of the Tehreek-e-Labbaik Ya Rasool Allah (now better known as Tehreek-e-Labbaik Pakistan, TLP) arrive at the Faizabad Interchange, the main link between Islamabad and Rawalpindi, and begin a sit-in. They demand the resignation of the law minister over a change to the Khatm-e-Nabuwwat oath in the Elections Act.

12:00pm — Traffic on the Islamabad Expressway and Murree Road diverted. Metro bus service suspended.

2:15pm — TLP chief Khadim Hussain Rizvi addresses the crowd from a container: "We will not leave until our demands are met."

4:45pm — Islamabad administration estimates the crowd at around 2,000; organisers claim 10,000.

7:00pm — Interior ministry delegation holds talks with TLP leaders; no breakthrough.

10:30pm — Protesters settle in for the night with tents and food stalls. Police report the sit-in is peaceful; no arrests, no injuries.

{W+0}, 8:00am — Sit-in continues for a second day. Schools in parts of Rawalpindi closed; commuters forced to walk across the interchange.

11:20am — Islamabad High Court hearing a petition orders the administration to clear the interchange "through peaceful means".

1:00pm — TLP spokesman Pir Ejaz Ashrafi: "The government will have to accept our demands. This is a matter of faith."

3:30pm — Traders in Rawalpindi's Saddar and Raja Bazaar say business down by half.

5:00pm — Still no violence; the administration says it is giving negotiations "one more chance". We will continue this live blog tomorrow.

Background — The amendment, which the government called a clerical error and reversed, concerned the oath that candidates swear on the finality of prophethood. Religious parties saw it as a concession to the Ahmadi community.
""")

rec("061", "transcript_live", "2024-06-22", -2, "Madyan", "KP", 1, 8,
    None, "mob_violence", None, """
Thread by @SwatRightsForum (Swat civil society collective) — posted {D+0}

1/ What happened in Madyan on {W-2} night must be documented clearly. A tourist from Sialkot staying at a hotel in Madyan bazaar was accused of burning pages of the Holy Quran. Within an hour, a mob had taken him from police custody, killed him and burned his body. 🧵

2/ Timeline as pieced together from eyewitnesses and the police statement:
- ~7:30pm: hotel staff and locals accuse the man; announcements from a mosque loudspeaker.
- ~8:00pm: police take him to Madyan police station for his protection.
- ~8:45pm: a crowd of hundreds surrounds the police station, throws stones, sets police vehicles on fire.
- ~9:15pm: the crowd breaks in, drags the man out, beats him to death and sets his body on fire in the bazaar.

3/ Police first said "one dead, several injured". On {W-1} the DPO Swat put the number injured at 11 including policemen. Today the KP government's official statement says 8 people were injured — 5 policemen and 3 bystanders — and that the 11 figure had double-counted some patients.

4/ The man killed was Muhammad Ismail, 36. His family says he had mental health issues. No evidence of desecration has been presented.

5/ Police have registered a case against 49 named and 2,000+ unnamed people. 23 arrested so far, per the police.

6/ This is the second mob killing over a blasphemy allegation in a month. Last month in Sargodha, an elderly Christian man was attacked by a mob and later died.

7/ Madyan depends on tourism. Hoteliers tell us bookings have been cancelled. But this is not about tourism. It's about a man being lynched while in the state's custody.

8/ Our demands: a judicial inquiry, accountability for the police failure, and action against those who made the announcements. /end
""")
rec("062", "transcript_live", "2020-08-20", -1, "Chilas", "GB", 0, 0,
    "Tehreek-e-Taliban Pakistan (TTP)", "threat", "claimed", """
PTV News — "Gilgit-Baltistan Tonight", transcript, broadcast {D+0}

ANCHOR: Good evening. Our top story: a video in which a man claiming to be a commander of the Tehreek-e-Taliban Pakistan threatens the Shia community and the administration of Diamer district has caused alarm in Gilgit-Baltistan. Our reporter Shabbir Mir is in Chilas. Shabbir, what does the video say?

REPORTER: Thank you. The video appeared on social media on {W-1}. In it, a masked man with two armed men behind him says he is speaking for the TTP in Diamer. He warns Shia travellers not to use the Karakoram Highway through Chilas during Muharram, says government girls' schools in the district will be "targeted" if they reopen, and threatens officials who cooperate with the security forces. He says the TTP takes responsibility for "whatever happens".

ANCHOR: How has the administration responded?

REPORTER: The Deputy Commissioner Diamer told me the video was being examined and its origin traced. Police have registered a case under the Anti-Terrorism Act. Security on the KKH through Chilas has been tightened and convoys for Muharram travellers will be escorted. Importantly, no attack has taken place. Nobody has been hurt.

ANCHOR: And the community?

REPORTER: Shia organisations in Gilgit have demanded action. Sunni ulema in Chilas have condemned the video and said it does not represent the people of Diamer. A joint jirga of ulema is due tomorrow.

ANCHOR: Context for our viewers: in 2018, unknown militants burned at least twelve girls' schools in Diamer in one night, and in 2012 passengers were offloaded and killed on the KKH at Lulusar and near Chilas. Shabbir, thank you.

ANCHOR: Joining us from Gilgit is the GB government spokesman. Sir, is the threat genuine?

SPOKESMAN: We take every threat seriously. The individual in the video is a known absconder. The people of Diamer have rejected terrorism, and we will not allow anyone to disturb peace during Muharram.

ANCHOR: Thank you. After the break: flood warnings for the upper Indus.
""")

rec("063", "transcript_live", "2014-08-31", -2, "Nondara", "BA", 6, 7,
    None, "armed_attack", None, """
Baloch community radio (FM 101 Turbat) — evening bulletin transcript, {D+0}

PRESENTER: Good evening. The main news: Six Zikri worshippers killed and seven injured in an attack on a Zikr Khana in Awaran district. Condemnations from across Balochistan. Zikri community demands protection.

PRESENTER: In detail. Armed men opened fire on worshippers at a Zikr Khana in the village of Nondara, in the Jhao area of Awaran district, on {W-2} night. Our correspondent Rahim Baksh reports.

CORRESPONDENT: Levies officials say that at around 9pm on {W-2}, as the Zikris were performing their night-time zikr, about eight armed men on motorcycles arrived at the Zikr Khana in Nondara and fired indiscriminately. First reports from the Levies said four people had been killed. Yesterday the Deputy Commissioner of Awaran said five had died, and today the figure was revised to six after an injured man died on the way to Karachi. Seven others were injured and are being treated in Awaran and Karachi.

PRESENTER: Who are the victims?

CORRESPONDENT: The deceased have been named by their relatives as Wahid Bakhsh, Mehrab, Dad Karim, Noor Muhammad, Lal Bakhsh and a boy named Sajid, aged 13.

PRESENTER: Has anyone claimed responsibility?

CORRESPONDENT: No group has claimed responsibility. The Deputy Commissioner said it was too early to say who was behind the attack. Zikri elders say they had received no threats before.

PRESENTER: Thank you. The Zikri community, which numbers several hundred thousand people and is concentrated in Makran and Awaran, follows a faith that some hardline clerics consider outside Islam. Zikri leaders said tonight this was the first such attack on a place of worship in their memory, and called on the provincial government to provide security to Zikr Khanas, particularly at the Koh-e-Murad in Turbat, where thousands gather each year.

PRESENTER: The Chief Minister, Dr Abdul Malik Baloch, condemned the attack and ordered an inquiry. That was the news.
""")

rec("064", "transcript_live", "2020-09-03", -3, "Pir Baba", "KP", 0, 0,
    None, "abduction", None, """
Thread by @SikhYouthKP (Sikh youth group, Khyber Pakhtunkhwa) — posted {D+0}

1/ We are sharing this because mainstream media is not. A 17-year-old Sikh girl, daughter of a granthi, was abducted on {W-3} from outside her home in Pir Baba, Buner district. 🧵

2/ According to the family, she had gone to a neighbour's house. Two men in a car stopped, forced her in, and drove towards Swari. A neighbour saw it. No one was hurt.

3/ The family went to the Pir Baba police post the same evening. An FIR was registered only on the next day, after community elders intervened.

4/ Next day, the family was told she had "converted" and married a local man. The family says she is a minor and her school certificate proves it.

5/ Sikhs have lived in Buner for generations. There are only around 60 Sikh families left in the district. This is how communities disappear.

6/ We demand: (1) recovery of our daughter, (2) that she be produced before a magistrate to record a statement away from pressure, (3) an inquiry into the delay in the FIR.

7/ Update: the DPO Buner has told our elders that a team has been formed and the girl will be produced in court within days.

8/ Thank you to everyone sharing. Please tag @KPPolice and @ImranKhanPTI. /end
""")

rec("065", "transcript_live", "2017-02-17", -1, "Sehwan", "SD", 88, 250,
    "Islamic State (IS)", "bombing", "claimed", """
Radio transcript — FM News Sindh, "Sindh This Morning", {D+0} (translated from Sindhi)

PRESENTER: Good morning. Our top story: the suicide bombing at the shrine of Hazrat Lal Shahbaz Qalandar in Sehwan last night. Joining us on the phone from Sehwan is our reporter Ali Gul Chandio. Ali Gul, what is the latest toll?

REPORTER: Good morning. The official figure given this morning by the Jamshoro deputy commissioner is 88 dead and around 250 injured. Last night the first figure from the police was 30 dead; by midnight the Sindh health department said 72. The Medical Superintendent of the Sehwan Taluka Hospital told me that the hospital had received so many bodies that it was overwhelmed; many injured were taken to Jamshoro and Hyderabad. The shrine's caretakers and local people say the toll may be over 100.

PRESENTER: What happened?

REPORTER: It was the evening of {W-1}, at around 6:30pm, when the dhamaal, the devotional dance, was under way in the courtyard of the shrine. Witnesses say a bomber entered through the women's section, the Golden Gate, and blew himself up among the devotees. There were hundreds of people, many women and children.

PRESENTER: Has anyone claimed responsibility?

REPORTER: The Islamic State group claimed responsibility through its Amaq news agency late last night. It called the devotees "Shia" and "polytheists".

PRESENTER: How is the response?

REPORTER: The nearest major hospital is in Hyderabad, about 130 kilometres away. People complained that ambulances took more than an hour. The army has sent helicopters this morning. The Chief Minister has announced an emergency in hospitals.

PRESENTER: Thank you, Ali Gul. We will return to Sehwan later in the programme.

PRESENTER: This is the deadliest attack in Pakistan in more than a year. Sufi shrines have been attacked before, including Data Darbar in Lahore in 2010 and the shrine of Shah Noorani in Khuzdar district last November. The army says it has killed dozens of suspected militants overnight in operations across the country.
""")
rec("066", "transcript_live", "2023-12-09", -3, "Gwadar", "BA", 0, 0,
    "Frontier Corps (FC)", "enforced_disappearance", "alleged", """
LIVE: Baloch long march — updates (newest first)

Balochistan Post live page — {D+0}

6:40pm — Baloch Yakjehti Committee (BYC) organiser Dr Mahrang Baloch tells the rally at Turbat: "Every family on this march has a missing son. Now the state has taken one more from Gwadar."

5:15pm — The family of Naveed Baloch, 24, a fisherman and BYC volunteer from Gwadar, has released a video statement. His mother: "On {W-3} at about 2am, men of the Frontier Corps came with Levies to our house in Gwadar, broke down the door and took my son. They said they would bring him back in an hour. It has been three days."

4:50pm — BYC statement alleges that the Frontier Corps (FC) detained Naveed Baloch because he had organised a reception for the long march in Gwadar. The FC has not commented. A Balochistan government spokesman said he had "no information" about the detention and that the family should approach the police.

3:20pm — Gwadar police confirm the family's application has been received. No FIR registered.

1:00pm — The march, which began after the killing of a young man in a CTD "encounter" in Turbat last month, leaves for Quetta tomorrow. Organisers say several hundred people are walking; police estimate around 400.

11:15am — Lawyers in Turbat announce a boycott of courts in solidarity with the families of missing persons.

9:30am — Good morning. We are following the Baloch long march against enforced disappearances and extrajudicial killings on its sixteenth day. No one was hurt during last night's stop.

Background — Families of missing persons from Balochistan have protested for more than a decade; the Voice for Baloch Missing Persons says thousands remain missing. The Commission of Inquiry on Enforced Disappearances lists more than 2,000 cases from the province.
""")

rec("067", "transcript_live", "2021-08-13", -1, "Jhang", "PB", 0, 0,
    None, "other", None, """
City 42 / Jhang district radio — "Muharram security" special transcript, {D+0}

ANCHOR: Welcome. With Muharram under way, the Jhang district administration has issued orders banning the entry of 37 ulema and zakireen into the district for the first ten days of Muharram. Our correspondent Asif Sial joins us from Jhang. Asif, tell us about the order.

CORRESPONDENT: The Deputy Commissioner Jhang issued the notification on {W-1} under Section 144 of the Criminal Procedure Code. The 37 people, from both Sunni and Shia schools of thought, are barred from entering the district or addressing any gathering until the end of Ashura. Another 120 local clerics have been placed under "zuban bandi" — they cannot make speeches. The order also bans pillion riding, the display of weapons, and the use of loudspeakers outside imambargahs and mosques.

ANCHOR: Why such strict measures in Jhang?

CORRESPONDENT: Jhang has a long history of sectarian tension. It was the birthplace of Sipah-e-Sahaba in 1985 and saw killings of both Shia and Sunni leaders through the 1990s. The administration says the steps are preventive. There has been no violence this year so far. Nobody has been hurt.

ANCHOR: What has the reaction been?

CORRESPONDENT: Shia organisations say some of their speakers who have never given a hateful speech have been included. Sunni groups say the same. A local Shia Ulema Council leader said the order "treats victims and aggressors alike". The DC told me the list was prepared by the police and intelligence agencies and was "balanced".

ANCHOR: Thank you, Asif. And in other districts?

CORRESPONDENT: Similar bans have been issued in Chiniot, Bhakkar and Layyah. In Jhang, 4,500 policemen will be on duty on Ashura.

ANCHOR: Thank you. After the break, weather for the Ashura processions.
""")

# ---------------------------------------------------------------- style 6: analysis and op-ed
rec("068", "analysis", "2025-03-05", -5, "Akora Khattak", "KP", 8, 18,
    "Islamic State Khorasan Province (ISKP)", "bombing", "alleged", """
Opinion | When the seminaries become targets

By a guest columnist | The News on {LIT:Sunday}, {D+0}

The suicide bombing at the Darul Uloom Haqqania in Akora Khattak on {W-5} should end any illusion that the violence of the borderlands spares anyone. Eight people were killed and eighteen injured when a bomber blew himself up in the seminary's mosque after the {W-5} prayers; among the dead was Maulana Hamidul Haq Haqqani, the seminary's head and son of the late Maulana Samiul Haq. The provincial police chief said the maulana was the target.

No group has claimed the attack. Police officials, speaking on background, said they suspected the Islamic State Khorasan Province, which has attacked Deobandi clerics and the JUI-F in Bajaur and elsewhere, and which regards the seminary's ties with the Afghan Taliban as apostasy. The Tehreek-e-Taliban Pakistan denied involvement within hours.

History matters here. The Haqqania was for decades described as the "university of jihad"; several Afghan Taliban leaders studied there. Maulana Samiul Haq was stabbed to death at his Rawalpindi home in November 2018, a killing still unsolved. The seminary has been a participant in, and now a casualty of, the region's wars.

The pattern since 2021 is clear. The ISKP has struck the Shia in Peshawar's Kocha Risaldar, JUI-F workers in Khar, and now a Deobandi institution whose leaders were among the Afghan Taliban's patrons. Its message is that no religious identity — Shia, Deobandi, Sufi — is safe if it does not submit.

What should the state do? Protection of seminaries and mosques cannot be outsourced to their own volunteers. The CTD in Khyber Pakhtunkhwa remains understaffed; its forensic capacity is thin. And the state's long habit of distinguishing "good" and "bad" militants has made it harder to build a coalition against all of them.

Akora Khattak mourns. The question is whether those in power treat this as one more statistic or as the warning it is.
""")
rec("069", "analysis", "2017-10-09", -4, "Fatehpur", "BA", 20, 30,
    "Islamic State (IS)", "bombing", "claimed", """
Analysis: Why the shrines keep bleeding

Daily Times editorial page — {D+0}

Another urs, another massacre. On {W-4}, a suicide bomber blew himself up at the gate of the Dargah Pir Rakhel Shah in Fatehpur, a village in Jhal Magsi district of Balochistan, as devotees gathered for the evening dhamaal. Twenty people were killed, among them a police constable who stopped the bomber at the gate, and around 30 were injured. The toll given on the night of the attack was 13; the provincial government revised it to 18 the next morning and to 20 by evening. Daesh, as the Islamic State group is known locally, claimed the attack.

The shrine has been attacked before. In March 2005, a bombing during the urs at the same dargah killed more than 30 people. That attack was blamed on sectarian militants; few were ever tried.

The list of Sufi shrines struck over the past decade is long. Data Darbar in Lahore (2010), Abdullah Shah Ghazi in Karachi (2010), Sakhi Sarwar in Dera Ghazi Khan (2011), Shah Noorani in Khuzdar (2016) and Lal Shahbaz Qalandar in Sehwan in February this year, where nearly 90 people died. The victims are the poor — peasants, labourers, women seeking blessings for a child — whose devotional Islam the militants call idolatry.

The state's response follows a pattern: condemnation, compensation, a temporary police picket, and then nothing. Walk-through gates at shrines are often out of order. Police at remote shrines like Fatehpur are few and poorly armed; it was a constable with a rifle, not a system, that kept the toll from being higher.

Three things would help. Shrines in remote districts need permanent, trained security during urs seasons, funded by the Auqaf departments that collect their income. Hate speech against Sufi practice, which is routinely broadcast from pulpits and social media, must be prosecuted under the National Action Plan. And the investigation of the 2005 attack should be reopened, so that impunity is not the only tradition the two attacks share.
""")

rec("070", "analysis", "2019-05-12", -4, "Lahore", "PB", 13, 30,
    "Hizbul Ahrar", "bombing", "claimed", """
Op-ed | Data Darbar, again

By a contributor | The Express Tribune, {D+0}

On {W-4} morning, a teenage suicide bomber blew himself up next to a police van parked outside the women's gate of Data Darbar in Lahore, South Asia's most visited Sufi shrine. Thirteen people were killed — five of them Elite Force policemen guarding the gate — and about 30 injured. Hizbul Ahrar, a splinter of the Jamaat-ul-Ahrar, claimed responsibility, saying it had targeted the police.

It is hard to write about Data Darbar without remembering July 2010, when two suicide bombers struck the shrine at night and killed more than 40 devotees. That attack, blamed on the Pakistani Taliban, marked the moment militant violence reached the heart of Punjab's devotional life.

Much has changed since. The 2014 Army Public School massacre led to the National Action Plan; the number of attacks in Punjab has fallen sharply. But the Ramazan bombing shows that the networks have not disappeared; they have fragmented. Hizbul Ahrar, which emerged in 2017, has claimed attacks on police and security forces mainly in Khyber Pakhtunkhwa; its reach into Lahore should worry the Punjab CTD.

The choice of target is telling. By striking police at a shrine in the first week of Ramazan, the group sought maximum visibility with plausible deniability — it could claim to target "the state" while killing worshippers. The victims' families will not draw the distinction.

The government's first reaction — that "security was tight" — was beside the point. The bomber reached the gate. The question is how a 15-year-old from the tribal districts was recruited, housed and brought to Lahore without any of the agencies noticing, and why the CTD's cases from the last attacks on shrines remain unresolved.

Lahore will rebuild the gate and the devotees will return; they always do. The state owes them more than a cordon.
""")

rec("071", "analysis", "2021-02-16", -5, "Chamkani", "KP", 1, 0,
    None, "armed_attack", None, """
Analysis | Peshawar's quiet killings of Ahmadis

The {LIT:Friday} Times — {D+0}

On the evening of {W-5}, Dr Abdul Qadir, a 65-year-old homeopathic doctor and a member of the Ahmadiyya community, was shot dead at his clinic in Chamkani, on the eastern edge of Peshawar. Two men walked in posing as patients, fired five shots and walked out. No one else was hurt. Police registered a case against unknown persons; no group has claimed the killing, and police have not named a suspect organisation.

He is at least the fifth Ahmadi killed in Peshawar in seven months. In July, Tahir Naseem, who was on trial for blasphemy, was shot dead inside a courtroom in the city's judicial complex. In August, a pharmacist, Meraj Ahmad, was killed in Jahangirabad; in October, Professor Naeemuddin Khattak was shot on his way home from college, and in November a teenager's father in Mathra was killed. Ahmadi families in the city have started to leave for Rabwah and abroad.

Why Peshawar? Partly because the city's militant networks never disappeared; partly because the Khatm-e-Nabuwwat rhetoric that celebrates killers of alleged blasphemers has been amplified on social media since 2017. The crowd that showered rose petals on Tahir Naseem's killer was a message to every potential assassin.

The state's record is poor. Of the Peshawar killings since July, an arrest has been made in only one, the courtroom murder, where the killer was caught on the spot. Police officials privately admit that they do not treat the killings as a pattern, and that the families are often too frightened to press cases.

Three steps would help: a special investigation team for the Peshawar killings; security for Ahmadi professionals identified as at risk; and prosecution of those who publicly glorify the killers. Without them, the community will keep burying its members quietly — and leaving.
""")
rec("072", "analysis", "2020-09-14", -2, "Muzaffarabad", "JK", 0, 0,
    "Ahle Sunnat Wal Jamaat (ASWJ)", "protest", None, """
Comment | The Muzaffarabad rally and the politics of outrage

By our political analyst | Daily Kashmir Times (Muzaffarabad edition), {D+0}

Several thousand people marched through Muzaffarabad on {W-2}, at a rally organised by the Ahle Sunnat Wal Jamaat (ASWJ), the successor of the banned Sipah-e-Sahaba Pakistan, against remarks made by a Shia cleric during an Ashura majlis in Karachi that they said insulted the companions of the Prophet. The march went from the Central Jamia Masjid to the Chattar secretariat, where speakers demanded that the cleric be arrested and that the AJK government ban "sectarian speeches". The rally passed off peacefully; no one was hurt, although the police had put the city on alert.

It was the biggest such gathering in AJK in years, and it was part of a larger wave. In the preceding weeks, similar rallies took place in Karachi, Islamabad and several cities of Punjab, and hundreds of blasphemy cases were registered against Shia speakers after Muharram. Sectarian organisations that had been pushed to the margins after 2014 found a way back to the street.

Azad Kashmir has little history of sectarian violence; Shia and Sunni have lived in Muzaffarabad and Bagh without the bloodshed seen in Kurram or Quetta. Precisely for that reason, the spectacle of sectarian slogans on the streets of the capital should worry the AJK government. The ASWJ's leaders spoke of "defending the honour of the companions", but some slogans were aimed at the Shia community as a whole.

Those in power face a familiar dilemma: suppress the rallies and be accused of protecting blasphemers, or allow them and watch the temperature rise. The better course is the harder one: enforce the law on hate speech evenly — against the cleric whose remarks began the controversy, and against those who respond with calls for excommunication or violence.

The AJK government, which has so far said nothing, should convene the ulema of all schools before the next Rabi-ul-Awwal.
""")

rec("073", "analysis", "2022-08-10", -2, "Dhirkot", "JK", 0, 0,
    None, "other", None, """
Column | A Section 144 order in Dhirkot, and what it hides

By a staff columnist | Kashmir Post, {D+0}

On {W-2}, the district administration of Bagh imposed Section 144 in Dhirkot tehsil for thirty days, banning public gatherings, loudspeakers and the "distribution of sectarian literature" after a dispute over the route of a Muharram procession between Shia and Sunni residents of Dhirkot town. Mobile internet was also suspended for 48 hours. No violence had taken place; the administration said it was acting to prevent it.

This is a small story. It is worth telling because it is the kind of story that precedes larger ones. In Kurram, Gilgit and Jhang, disputes over procession routes and mosque loudspeakers have turned, over years, into cycles of killing. Administrative orders — bans on gatherings, bans on the entry of clerics, internet shutdowns — are how the state manages such tension, and they rarely resolve it.

Dhirkot, a hill town of a few thousand people, has had a Muharram procession for decades. Residents told this newspaper that the dispute began when a new housing street was built across the traditional route. A local peace committee met twice and failed. Rather than brokering a compromise, the administration banned everything.

Section 144 of the Code of Criminal Procedure was meant for emergencies. In Pakistan and AJK it has become a tool of routine governance, used to restrict religious minorities, political rallies and, now, a village procession. It buys quiet, but the grievance remains. When the order lapses, the same question will return: whose street is it?

A better approach exists. District peace committees with real authority, chaired by respected elders rather than officials, have defused route disputes in parts of Punjab. The Bagh administration should try it before the order expires.
""")

rec("074", "analysis", "2023-04-04", -3, "Kashrote", "GB", 2, 1,
    "Sipah-e-Sahaba Pakistan (SSP)", "armed_attack", "alleged", """
Analysis | Gilgit's fragile peace is being tested again

Pamir Times opinion — {D+0}

The killing of two young Shia men in Kashrote, one of Gilgit's oldest neighbourhoods, on {W-3} night, has reopened old wounds. Muhammad Abbas, 22, and Sajjad Hussain, 24, were shot by two men on a motorcycle as they stood outside a shop; a third man, a shopkeeper, was wounded in the leg. Police said the attack was sectarian, and the victims' families alleged that local activists of the banned Sipah-e-Sahaba Pakistan, which now operates under the name Ahle Sunnat Wal Jamaat, had threatened the young men after a dispute over social-media posts. ASWJ's regional leaders denied any involvement and condemned the killings.

Gilgit has known worse. The riots of 1988, when lashkars from the south attacked Shia villages, left scores dead. The assassination of Agha Ziauddin Rizvi in 2005 led to months of curfew. In 2012, sectarian passengers were offloaded and killed on the Karakoram Highway, and the city's neighbourhoods divided along sectarian lines, with Kashrote, Majini Mohallah and Amphary becoming near-homogeneous enclaves.

A decade of relative calm followed, built on peace committees, the mediation of Ismaili leaders and a security presence that became part of the city's furniture. It would be foolish to assume that calm is self-sustaining. Unemployment among the young is high. Social media carries sectarian abuse into every phone.

The government's response so far — a curfew in parts of the city, the suspension of mobile internet and the arrest of "suspects" — is the standard repertoire. It should be accompanied by a transparent investigation, so that the families do not conclude that the killers are protected, and by prompt action against those who incite on social media, whatever their sect.

Gilgit-Baltistan's leaders, from all parties, have so far spoken with one voice. That is the most hopeful sign. Let it last beyond the funerals.
""")
rec("075", "analysis", "2021-01-04", -5, "Teri", "KP", 0, 0,
    None, "mob_violence", None, """
Op-ed | The Teri samadhi, destroyed twice

By a contributing writer | Dawn, {D+0}

On {W-5} afternoon, a crowd of several hundred people, many of whom had come from a nearby gathering addressed by local clerics, marched to the samadhi of Shri Paramhans Ji Maharaj in Teri village, Karak district, tore down its walls and set it on fire. The Hindu community, which visits the shrine from across Pakistan and abroad, watched videos of the demolition on social media. No one was hurt; there were no Hindus at the site. Police registered a case against more than 350 people and arrested dozens in the following days.

This was not the first time. In 1997 the same samadhi was demolished. After years of litigation, the Supreme Court ordered in 2014 that it be restored and that pilgrims be allowed to visit. The local community had objected to an expansion of the building, and the crowd this week was told that the Hindus were "taking over" land.

Pakistan's record on minority places of worship is uneven at best. The Evacuee Trust Property Board, which holds the properties of Hindus and Sikhs who left at Partition, controls hundreds of temples, most of them derelict or occupied. Where temples survive, they depend on the goodwill of local notables. In Teri, that goodwill was withdrawn.

What happens next matters. The Chief Justice has taken notice and ordered the provincial government to rebuild the samadhi; the KP government has promised to do so. Rebuilding is necessary but not sufficient. Those who incited the crowd must be tried, not just those who wielded the hammers. The police, who knew of the gathering in advance and did not stop the march, must explain why.

There is also an opportunity. Pilgrimage can bring income and goodwill to Karak as it has to Kartarpur. If the state treats the samadhi not as a problem to be managed but as a heritage to be protected, Teri could become a place known for something other than its destruction.
""")

rec("076", "analysis", "2024-02-20", -3, "Khuzdar", "BA", 0, 0,
    None, "property_attack", None, """
Comment | The burning of a dharamshala in Khuzdar

Balochistan Voices (opinion) — {D+0}

Early on {W-3}, unknown persons set fire to the Hindu dharamshala attached to the Kali Mata temple in Khuzdar city, destroying its kitchen, store room and the bedding used by pilgrims. The temple itself was not damaged. No one was hurt. Police registered a case against unknown persons; no group claimed the arson, and police say they have no suspects yet.

The Hindus of Khuzdar are a small, old community of traders who have lived in the Jhalawan region for centuries under the protection of Baloch tribal chiefs. Unlike their co-religionists in Sindh, they have rarely faced mob violence. But the community has shrunk: kidnappings for ransom in the 2000s and 2010s, including of Hindu traders from Khuzdar and Kalat, led many families to migrate to Karachi and to India.

The arson matters for what it signals. In Balochistan, threats to minorities have generally come from criminal gangs and, on occasion, from sectarian militants who have also attacked Zikri and Shia places of worship. An attack on a Hindu religious building in a district town is unusual, and it will be read by the community as a message.

The provincial government's response — a visit by the minister for minority affairs and a cheque for repairs — is welcome but insufficient. The Khuzdar police should identify the arsonists quickly; CCTV is available in the bazaar. Tribal elders, whose word still carries weight in Khuzdar, should make clear publicly that attacks on the Hindu community will not be tolerated.

Balochistan's pluralism — Baloch, Brahui, Pashtun, Hazara, Hindu, Zikri — is one of its strengths, and it has been under strain for two decades. It survives where people decide it is worth protecting. This week in Khuzdar, that decision has to be made again.
""")

rec("077", "analysis", "2022-01-25", -2, "Mariabad", "BA", 0, 0,
    "Lashkar-e-Jhangvi (LeJ)", "threat", "claimed", """
Analysis | Threat letters return to Mariabad

The Balochistan Point — {D+0}

On {W-2} morning, residents of Mariabad, the Hazara enclave on the slopes of Koh-e-Murdar in Quetta, found pamphlets thrown into the streets and pasted on the doors of two imambargahs. Signed in the name of the banned Lashkar-e-Jhangvi (LeJ), and printed with its logo, the pamphlets warned Hazaras that "the days of 2013 will return" and named three community leaders who would be "targeted". Police collected the pamphlets and registered a case under the Anti-Terrorism Act; nobody has been harmed.

For the Hazaras, the letters are a terrifying echo. In the early 2010s, LeJ pamphlets preceded a wave of killings that culminated in the bombings at Alamdar Road in January 2013 and the Hazara Town market in February 2013, which together killed nearly 200 people. The LeJ openly claimed those bombings. Its leaders, including Usman Saifullah Kurd, were later killed or arrested.

The violence declined after 2018, partly because of the walls and checkpoints that sealed Mariabad and Hazara Town off from the rest of the city. The enclaves became safer and poorer. Hazara traders could not reach markets without escorts; students struggled to attend university.

Whether the LeJ remains an organised force in Quetta is debated. Security officials say its networks have merged with the Islamic State's local affiliate. But a pamphlet needs only a printer and a motorcycle to deliver it; it spreads fear whether or not its authors can act on it.

The government should not dismiss the threat. The named leaders need protection, the investigation must be public, and the community should be consulted about security rather than simply walled in. The Hazaras have been promised "never again" after every funeral. They deserve not to need a funeral for that promise to be kept.
""")
rec("078", "analysis", "2023-01-30", -8, "Alizai", "KP", 0, 0,
    "Frontier Corps (FC)", "enforced_disappearance", "alleged", """
Analysis | Kurram's missing, and a border that eats its people

By a Peshawar-based researcher | Dawn Prism, {D+0}

On the night of {W-8}, {D-8}, four young Shia men were taken from their homes in Alizai, a village in Upper Kurram, by men their families describe as Frontier Corps personnel accompanied by plain-clothes officials. Their relatives have heard nothing since. The Frontier Corps has not acknowledged holding them, and local police say they have no record of an arrest. No one was hurt in the raids, which took place between 1am and 3am. The families, who say the four had travelled to Iraq and Iran for ziyarat last year, allege that the FC detained them on suspicion of links with the Zainabiyoun Brigade, the Iran-backed militia that fought in Syria.

The Zainabiyoun question has shaped the treatment of Kurram's Shia for a decade. Hundreds of Pakistani Shia men went to Syria between 2013 and 2018; some returned radicalised, most did not. Since 2019, families in Kurram, Karachi and Gilgit have reported that men returning from pilgrimages are picked up and held for months.

Kurram itself has a grim history. Its sectarian war of 2007–2011 killed well over a thousand people; the Thall–Parachinar road was closed for years. Land disputes, such as the one over Boshehra, still ignite violence. In that context, the disappearance of young men from a Shia village is read not as security policy but as collective punishment.

There is a lawful way to deal with suspected militants: arrest, charge and trial. The Peshawar High Court has repeatedly said so. The families of Alizai are asking for nothing more than that: produce the four, tell us what they are accused of, and let a court decide.

The alternative — the silence that follows a night raid — does more to help recruiters of every stripe than any sermon.
""")

rec("079", "analysis", "2019-04-02", -1, "Mithi", "SD", 0, 0,
    "Pakistan Hindu Council (PHC)", "protest", None, """
Op-ed | In Mithi, a protest against forced conversions

By a guest writer | Business Recorder weekend, {D+0}

Hundreds of Hindu men and women gathered outside the Mithi Press Club on {W-1} in a protest organised by the Pakistan Hindu Council (PHC), carrying placards that read "Our daughters are not for conversion" and "Stop forced marriages". The protest, peaceful and orderly, followed the abduction and conversion last month of two teenage sisters from Daharki, in Ghotki district, a case that made national headlines. Speakers demanded that the Sindh Assembly pass a law against forced conversions and that the age of consent for conversion be set at 18.

Tharparkar is Pakistan's only Hindu-majority district, and Mithi, its main town, is often held up as a model of coexistence: Hindus and Muslims have shared festivals, water and hardship here for centuries. That the protest was held in Mithi, and not only in Karachi, says something about how widely the community feels threatened.

The history of the issue is short and bitter. A bill passed by the Sindh Assembly in 2016, which set a minimum age and a waiting period for conversions, was returned by the governor after religious parties objected, and was never re-passed. Since then, several attempts have failed. Meanwhile, the cases documented by human rights groups have continued, most involving girls aged 12 to 17 from poor families.

Not every conversion is forced, and the protesters did not claim that. Their demand was simpler: that the state verify age and consent before a conversion or marriage is recognised. That is not a radical demand. It is the ordinary protection that the law already offers to any minor.

The PHC's leaders said they would take the protest to Karachi next. The Sindh government, which has the votes to pass the bill, should spare them the journey.
""")

rec("080", "analysis", "2023-07-14", -4, "Boshehra", "KP", 0, 0,
    None, "displacement", None, """
Analysis | The land that empties Kurram

By our special correspondent | The Express Tribune opinion, {D+0}

On {W-4}, more than 150 families left Boshehra, a village in Kurram's Sadda tehsil, as a land dispute between two tribes — one Shia, one Sunni — turned into fighting that spread across the district. District officials said the families moved to Sadda, Parachinar and Hangu; nobody was hurt as they left, although the fighting elsewhere in the district has since killed several people. No group has been blamed for the violence; the administration describes it as a tribal conflict with sectarian colouring.

The dispute over the Boshehra land is decades old. It centres on a few hundred kanals of farmland and forest whose ownership the revenue records do not settle. In 2007, clashes that began over similar disputes escalated into a sectarian war that lasted four years, closed the Thall–Parachinar road, and killed more than a thousand people.

Every round follows the same script. A shooting over land; tribal lashkars mobilise; roads close; families flee; a jirga brokers a ceasefire; the underlying dispute is left for the next round. The Murree Accord of 2008 and a string of later agreements have never resolved land ownership.

The merger of the tribal districts into Khyber Pakhtunkhwa in 2018 was supposed to bring courts and revenue records to Kurram. Five years on, the land commission promised for the district has not completed its work. Until it does, the displacement of families like those from Boshehra will remain a recurring feature of Kurram's calendar.

The KP government should give the land commission a deadline and the resources to meet it, settle the Boshehra dispute on the record, and ensure that the displaced can return before the next harvest.
""")

# ---------------------------------------------------------------- write
if __name__ == "__main__":
    ids = [r["id"] for r in R]
    assert ids == [f"articles6_en:{i:03d}" for i in range(1, len(R) + 1)], "ids out of order"
    assert len(R) == 80, len(R)
    out = Path(__file__).with_name("articles6_en.jsonl")
    with open(out, "w") as f:
        for r in R:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(R)} records to {out}", file=sys.stderr)
