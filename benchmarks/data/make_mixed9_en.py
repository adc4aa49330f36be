"""Generate mixed9_en.jsonl: 100 project-written English reports (blind evaluation set).

Gold is typed first in every R(...) call; the text is written to match it. Weekdays are never
typed literally: tokens are computed with datetime and asserted:
  {W}            weekday of the gold date          {W=Sunday}  same, asserting it is a Sunday
  {W+1} {W-2}    weekday n days after/before gold   {W:2013-01-10} / {W:2013-01-10=Thursday}
  {PW}           weekday of the publication date
  {Y}/{Yc}       "yesterday"/"Yesterday"  (asserts published == date + 1)
  {T}/{Tc}       "today"/"Today"          (asserts published == date)
  {DBY}          "the day before yesterday" (asserts published == date + 2)
  {LN}           "last night"             (asserts published == date + 1)
  {TH}           ordinal of the gold day, e.g. "14th" (asserts same month as published)
  {LIT:Friday}   a weekday word that is not a date reference (e.g. "Friday prayers")
A weekday name outside a token is refused. Word counts are asserted (long 250-700).
"""
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

OUT = Path(__file__).with_name("mixed9_en.jsonl")
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PROV = {"KP": ("Khyber Pakhtunkhwa", "PK-KP"), "BA": ("Balochistan", "PK-BA"),
        "PB": ("Punjab", "PK-PB"), "SD": ("Sindh", "PK-SD"),
        "IS": ("Islamabad Capital Territory", "PK-IS"), "GB": ("Gilgit-Baltistan", "PK-GB"),
        "JK": ("Azad Jammu and Kashmir", "PK-JK")}
TYPES = {"bombing", "armed_attack", "abduction", "enforced_disappearance", "property_attack",
         "mob_violence", "legal_action", "threat", "displacement", "protest", "other"}
BASES = {None, "alleged", "claimed", "charged", "convicted", "acquitted"}
RECS = []

def D(s):
    return dt.date.fromisoformat(s)

def wd(d):
    return DAYS[d.weekday()]

def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"

def render(text, gdate, pub, rid):
    def need(cond, msg):
        if not cond:
            sys.exit(f"{rid}: {msg}")
    def tok(m):
        t = m.group(1)
        if t.startswith("LIT:"):
            need(t[4:] in DAYS, "bad LIT"); return t[4:]
        if t in ("Y", "Yc"):
            need(gdate and (pub - gdate).days == 1, "yesterday mismatch")
            return "yesterday" if t == "Y" else "Yesterday"
        if t in ("T", "Tc"):
            need(gdate and pub == gdate, "today mismatch"); return "today" if t == "T" else "Today"
        if t == "DBY":
            need(gdate and (pub - gdate).days == 2, "day-before-yesterday mismatch")
            return "the day before yesterday"
        if t == "LN":
            need(gdate and (pub - gdate).days == 1, "last-night mismatch"); return "last night"
        if t == "TH":
            need(gdate and (gdate.year, gdate.month) == (pub.year, pub.month) and gdate <= pub, "TH mismatch")
            return ordinal(gdate.day)
        if t == "PW":
            return wd(pub)
        m2 = re.fullmatch(r"W(?::(\d{4}-\d\d-\d\d))?([+-]\d+)?(?:=(\w+))?", t)
        need(m2, f"bad token {t}")
        base = D(m2.group(1)) if m2.group(1) else gdate
        need(base is not None, "weekday of null date")
        d = base + dt.timedelta(days=int(m2.group(2) or 0))
        if m2.group(3):
            need(wd(d) == m2.group(3), f"{t}: {d} is a {wd(d)}")
        return wd(d)
    bare = re.sub(r"\{[^}]*\}", "", text)
    for day in DAYS:
        need(not re.search(rf"\b{day}s?\b", bare), f"literal weekday {day}")
    return re.sub(r"\{([^}]*)\}", tok, text)

def R(n, style, date, pub, place, prov, killed, injured, perp, etype, basis, text, long=False):
    rid = f"mixed9_en:{n:03d}"
    gdate = D(date) if date else None
    pubd = gdate + dt.timedelta(days=pub) if isinstance(pub, int) else D(pub)
    assert etype in TYPES and etype != "other", (rid, etype)
    assert basis in BASES, (rid, basis)
    assert (perp is None) == (basis is None) or etype == "protest", (rid, perp, basis)
    if gdate:
        assert gdate <= pubd, (rid, "date after publication")
    body = render(" ".join(text.split()) if not long else text.strip(), gdate, pubd, rid)
    if long:
        body = "\n\n".join(" ".join(p.split()) for p in body.split("\n\n"))
    nw = len(body.split())
    if long:
        assert 250 <= nw <= 700, (rid, nw)
    else:
        assert nw <= 200, (rid, nw)
    a1, code = PROV[prov]
    RECS.append({"id": rid, "style": style, "text": body, "published": pubd.isoformat(),
                 "gold": {"date": date, "place": place, "admin1": a1, "admin1_code": code,
                          "killed": killed, "injured": injured, "perpetrator": perp,
                          "event_type": etype, "basis": basis}})

# ---------------------------------------------------------------- long articles 001-045
R(1, "dawn_long", "2018-10-19", 1, "Hazara Town", "BA", 17, 35, "Lashkar-e-Jhangvi (LeJ)", "bombing", "claimed", """
17 killed as bomb rips through Hazara Town vegetable market

Saleem Shahid | Published October 20, 2018

QUETTA: At least 14 people, most of them members of the Hazara community, were killed and 35 others injured when a bomb hidden in a fruit cart went off in a crowded vegetable market in Hazara Town on {W} morning.

The death toll rose to 17 late in the evening after three of the injured succumbed to their wounds at the Combined Military Hospital, a spokesman for the provincial health department told Dawn. Eleven of the injured were still in critical condition, he said.

According to DIG Quetta Abdul Razzaq Cheema, the device, weighing six to eight kilogrammes, was packed with ball bearings and detonated by remote control at about 7.40am, when vendors and customers had gathered to buy produce brought in from the wholesale market. "It was a planned attack on a soft target. The bombers knew exactly when the market is busiest," he said.

Two policemen and a child aged about ten were among the dead, officials said. The bodies were shifted to the Bolan Medical Complex and later handed over to the families.

Lashkar-e-Jhangvi claimed responsibility for the attack in a message sent to journalists through a spokesman who identified himself as Ali Bin Sufyan. The claim could not be independently verified.

Witness Muhammad Ibrahim, who runs a shop near the market, said he heard a deafening bang and saw smoke and bodies everywhere. "My nephew had gone to buy tomatoes. We found him lying in the drain," he said.

The Hazara community has been a frequent target of sectarian militants in Quetta. In January 2013 more than 90 people were killed in twin blasts at a snooker club on Alamdar Road, and in February the same year a bomb in the Kirani Road market killed 84 people. In April this year two Hazara men were shot dead on Jinnah Road.

Chief Minister Jam Kamal Khan condemned the blast and ordered an inquiry. Members of the Hazara Democratic Party announced three days of mourning and said they would hold a protest on {W+1} if the killers were not arrested.

Hazara elders gathered at the imambargah said the community had been living under siege for years. "Our boys cannot go to the university, our traders cannot go to the city. The market was the one place where we still felt safe," said Haji Abdul Qayyum Changezi, a former provincial minister. He said the community would decide on {W+1} whether to hold the bodies on the road, as it had done in 2013.

Provincial Home Minister Saleem Khoso told reporters at the Civil Secretariat that a joint investigation team of the police, the Counter Terrorism Department and intelligence agencies had been formed. "We have some leads. The cart was brought to the market shortly before the explosion and we are examining the footage of cameras on the road," he said. He said that the Frontier Corps would be deployed at the entry points of Hazara Town and that vendors would not be allowed to bring carts into the market without checking.

According to figures compiled by the National Commission for Human Rights, at least 509 members of the Hazara community were killed and 627 injured in Quetta in incidents of terrorism between January 2012 and December 2017. Community leaders say the real figure is higher, and that thousands of Hazaras have left the city, many of them trying to reach Australia by sea.

The Human Rights Commission of Pakistan said in a statement that the attack showed that the "ghettoisation" of the Hazaras had not made them safe. "The state has walled them in but has not protected them," it said, urging the government to act against the networks of sectarian militant groups in the province.

Prime Minister Imran Khan also condemned the blast and directed the interior ministry to extend all possible assistance to the Balochistan government. Opposition leader Shehbaz Sharif and PPP chairman Bilawal Bhutto-Zardari expressed grief over the loss of lives.

The funeral prayers for the victims were offered at the Imambargah Nichari in the evening amid tight security.
""", long=True)

R(2, "tribune_long", "2013-03-26", 1, "Gulshan-e-Iqbal", "SD", 1, 1, None, "armed_attack", None, """
Eye specialist shot dead in Gulshan-e-Iqbal

Our Correspondent | Published: March 27, 2013

KARACHI: A senior eye specialist was shot dead and his driver wounded in what police described as a targeted sectarian attack in Gulshan-e-Iqbal's Block 13-D on {W}.

Dr Syed Ali Haider Naqvi, 52, was on his way to his private clinic near Maskan Chowrangi at around 9am when two men on a motorcycle pulled up alongside his car at a traffic signal and opened fire. The doctor received four bullets in the head and chest and died on the way to the Liaquat National Hospital. His driver, Muhammad Saleem, was hit in the shoulder and is out of danger, hospital officials said.

"The assailants were waiting for him. They fired from very close range and escaped towards University Road," said SP Gulshan Tahir Noorani. Police collected nine 9mm shell casings from the spot and sent them for forensic examination.

The SP said the killing appeared to be "sectarian in nature", adding that the doctor had received threatening calls in recent months. He declined to name any group, saying investigators were looking into the possibility that a banned outfit was involved. No group had claimed responsibility by late evening.

Dr Naqvi's brother told reporters at the hospital that the family had informed police about the threats twice. "Nobody listened. Today my brother is gone and his two daughters are asking me why," he said.

The Pakistan Medical Association (PMA) announced that doctors in the city would boycott outpatient departments for three days and wear black armbands. According to the PMA, more than 20 doctors have been killed in Karachi since 2012, most of them from the Shia community.

Earlier this month, on March 3, a bombing in the Abbas Town area killed 48 people and wounded over 140.

Chief Minister Qaim Ali Shah took notice of the killing and sought a report from the IG Sindh. The doctor's funeral prayers were held at the Imambargah Khurasan in the evening, and he was laid to rest in the Wadi-e-Hussain graveyard.
""", long=True)

R(3, "thenews_long", "2017-03-31", 1, "Parachinar", "KP", 24, 100, "Jamaat-ul-Ahrar (JuA)", "bombing", "claimed", """
Parachinar blast toll rises to 24

By Mushtaq Yusufzai

PESHAWAR: The death toll from {W}'s car bomb explosion near an imambargah in Parachinar, the headquarters of Kurram Agency, rose to 24 on {W+1} as more injured persons died in hospitals in Parachinar and Peshawar.

Officials said that at least 22 people had been killed and more than 70 wounded in the blast, which took place outside the women's entrance of the central imambargah in the Noor Market area shortly before {W=Friday} prayers. Later two more of the injured died, while the number of wounded rose to 100 as people with minor injuries reached the hospitals.

The political administration said the explosives-laden car had been parked near the gate and was detonated at around 12.30pm. The blast destroyed several shops and vehicles, and the roof of a nearby hotel caved in.

Jamaat-ul-Ahrar, a faction of the banned Tehreek-e-Taliban Pakistan, claimed responsibility in a statement emailed by its spokesman Asad Mansoor, saying the attack targeted the Shia community.

"I was standing outside my shop when the car exploded. Everything became dark. When I got up I saw people lying on the road," said Sajid Hussain, a trader, at the Lady Reading Hospital in Peshawar, where 19 critically injured persons were airlifted by army helicopters.

The Parachinar bazaar has been hit several times. On January 21 this year, a bomb hidden in a vegetable crate at the Eidgah market killed 25 people, and in December 2015 a blast in the Turi market killed 23.

Tribal elders started a sit-in outside the imambargah and demanded that the government remove the political agent and seal the Afghan border. The protesters said they would not bury the dead until their demands were met.

Prime Minister Nawaz Sharif, Chief of Army Staff General Qamar Javed Bajwa and the KP governor condemned the attack. The army spokesman said that the "facilitators" of the bombers would be hunted down.
""", long=True)

R(4, "reuters_long", "2011-09-20", 0, "Mastung", "BA", 26, 6, "Lashkar-e-Jhangvi (LeJ)", "armed_attack", "claimed", """
Gunmen kill 26 Shi'ite pilgrims in southwest Pakistan

By Gul Yusufzai

QUETTA, Pakistan, Sept 20 (Reuters) - Gunmen stopped a bus carrying Shi'ite Muslim pilgrims to Iran in southwestern Pakistan on {W}, forced passengers off and shot dead 26 of them, officials said, in one of the deadliest sectarian attacks in the province in years.

The attack took place near the town of Mastung, about 50 km (30 miles) south of the provincial capital Quetta, as the bus travelled towards the Iranian border town of Taftan.

"They made the passengers get down, lined them up and opened fire," Mastung district police chief Muhammad Aslam told Reuters by telephone. "Most of the dead belong to the Hazara community."

Six other passengers were wounded, and three people who tried to take the wounded to hospital were later shot dead in a separate incident on the outskirts of Quetta, officials said.

Lashkar-e-Jhangvi, a Sunni militant group linked to al Qaeda and the Pakistani Taliban, claimed responsibility in a telephone call to a local journalist.

The group is blamed for hundreds of killings of Shi'ites, who make up about 20 percent of Pakistan's mostly Sunni population of 180 million. Its leader, Malik Ishaq, was released on bail in July after 14 years in jail.

Hazara leaders condemned the killings and said the government had failed to protect them despite repeated attacks. "We are being slaughtered like animals and the state is watching," said Abdul Khaliq Hazara, chairman of the Hazara Democratic Party.

Around 400 people protested in Quetta, blocking a main road and burning tyres. Shops in the Hazara-dominated areas of the city were closed.

Balochistan, which borders Iran and Afghanistan, is also the scene of a separatist insurgency by ethnic Baloch nationalists, and Taliban militants use the province as a staging ground for attacks in Afghanistan.

(Additional reporting by Saleem Shahid in Quetta and Mehreen Zahra-Malik in Islamabad; Editing by Sanjeev Miglani)
""", long=True)

R(5, "afp_long", "2022-03-04", 0, "Kocha Risaldar", "KP", 63, 196, "Islamic State Khorasan Province (ISKP)", "bombing", "claimed", """
Suicide bomber kills dozens at Shiite mosque in northwest Pakistan

PESHAWAR, Pakistan, March 4, 2022 (AFP) - A suicide bomber killed at least 56 worshippers and wounded nearly 200 in a Shiite mosque in the northwestern Pakistani city of Peshawar during {W=Friday} prayers, officials said.

The attack in the old city's Kocha Risaldar neighbourhood was the deadliest in the country since 2018 and came as Australia's cricket team was playing in Pakistan for the first time in 24 years, in Rawalpindi, around 190 kilometres (120 miles) away.

"A lone attacker entered the mosque after shooting at the police guards at the gate and blew himself up in the middle of the worshippers," city police chief Muhammad Ijaz Khan told AFP.

The Islamic State group's regional chapter, Islamic State-Khorasan, claimed responsibility in a statement carried by its Amaq propaganda agency, saying the bomber had targeted "Shiite apostates".

Officials at the Lady Reading Hospital, where most victims were taken, said the toll had reached 63 by late evening, with 196 people under treatment.

"There were bodies everywhere, and people were screaming for help," said Zahid Khan, a 48-year-old worshipper who escaped with shrapnel wounds to his leg. "Most of the people were sitting on the floor waiting for the prayer."

A police officer guarding the gate was among the dead, while a second was wounded.

Prime Minister Imran Khan condemned the attack and said he had been briefed by security officials. The United Nations Secretary-General Antonio Guterres also condemned it, his spokesman said.

Shiites make up roughly 15 percent of Pakistan's 220 million people and have long faced sectarian violence. The Islamic State's local branch has carried out several attacks on Shiites in Pakistan and neighbouring Afghanistan, including a January 2021 massacre of 11 Hazara coal miners in Machh, Balochistan.

Security has improved in Pakistan in recent years, but attacks have risen since the Taliban takeover of Afghanistan in August.

str-ak/jah
""", long=True)
R(6, "ap_long", "2019-07-14", 1, "Kotli Piran", "PB", 0, 3, None, "mob_violence", None, """
Mob torches Christian homes in Pakistan village after blasphemy claim

By MUNIR AHMED Associated Press

LAHORE, Pakistan (AP) - A mob of several hundred Muslims set fire to at least 18 homes and a small church belonging to Christians in a village in eastern Pakistan after a rumor spread that a Christian laborer had desecrated pages of the Quran, police said {PW}.

The violence erupted late {W} in Kotli Piran, a farming village in Kasur district about 60 kilometers (35 miles) south of Lahore, police officer Ghulam Mustafa said. Three Christians, including a 70-year-old woman, were injured when they were beaten with sticks as they tried to flee, he said.

Most of the village's roughly 60 Christian families had escaped to nearby fields before the crowd arrived, residents said. "They came with petrol cans and sticks. They were shouting slogans and burning everything," said Nazir Masih, whose house and motorcycle were destroyed. "We watched from the sugarcane fields as our homes burned."

Police said the crowd gathered after an announcement from the loudspeaker of a local mosque. Officers fired tear gas to disperse the mob and later arrested 46 people. Mustafa said the laborer accused of blasphemy had also been taken into custody "for his own protection."

No group has been named in connection with the attack. Provincial officials said they were investigating whether any local religious leader had incited the crowd.

Blasphemy is a sensitive issue in Pakistan, where even unproven allegations can provoke violence. In 2009, a Muslim mob burned more than 40 homes in the town of Gojra, killing eight Christians. In 2013, more than 100 homes were torched in the Joseph Colony neighborhood of Lahore.

Christian leaders condemned the attack and urged the government to compensate the families. "How many times will our homes be burned before the state acts?" said Bishop Samuel Azariah of the Church of Pakistan.

Christians make up about 2 percent of Pakistan's population of more than 210 million.
""", long=True)

R(7, "dawn_long", "2016-11-22", 1, "Karachi", "SD", None, None, "Lashkar-e-Jhangvi (LeJ)", "legal_action", "convicted", """
Three LeJ militants get death sentence for Abbas Town bombing

Ishaq Tanoli | Published November 23, 2016

KARACHI: An antiterrorism court on {W} sentenced three militants of the banned Lashkar-e-Jhangvi to death on multiple counts for their role in the 2013 bombing in Abbas Town that killed 48 people and wounded over 140.

ATC-XIII judge handed down the verdict in the judicial complex inside the Central Prison after recording evidence from 31 prosecution witnesses. The court sentenced Ghulam Rasool alias Chhota, Abdul Majeed Baloch and Rafiq Ahmed alias Khalid to death on 48 counts and also imposed a fine of Rs200,000 each.

Two other co-accused were acquitted for lack of evidence, while four absconding suspects, including the alleged mastermind, were declared proclaimed offenders and the court issued their permanent arrest warrants.

According to the prosecution, a vehicle packed with around 150kg of explosives was detonated near the Iqra City apartments in Abbas Town on the evening of March 3, 2013, when people were returning from evening prayers. Two apartment blocks partly collapsed and dozens of shops were burnt.

Special public prosecutor Abdul Maroof told the court that the convicts had confessed before a judicial magistrate that they had assembled the bomb at a hideout in the Manghopir area. Their confessions were corroborated by forensic evidence and the recovery of explosives from the hideout, he argued.

Defence counsel Shaukat Hayat argued that the confessions had been extracted under torture and that the case against his clients was built on the statements of police officials. He said he would challenge the verdict in the Sindh High Court.

The convicts, who were present in court, raised slogans after the verdict was announced.

Relatives of some of the victims who were present outside the court welcomed the judgement. "It took three and a half years, but at least there is a verdict," said Syed Mohsin Raza, who lost his father and a brother in the blast.

The Abbas Town blast was one of a series of bombings that targeted the Shia community in 2013. In January and February that year more than 180 people were killed in two bombings in Quetta.
""", long=True)

R(8, "tribune_long", "2018-05-09", 2, "Ancholi", "SD", 0, 0, "Sindh Rangers", "enforced_disappearance", "alleged", """
Families say two Shia brothers picked up from Ancholi home

By Hafeez Tunio | Published: May 11, 2018

KARACHI: Two brothers were taken away from their house in Ancholi by men in uniform and plainclothes in the early hours of {W}, their family said, and have not been heard from since.

According to the family, Syed Kazim Abbas, 24, and Syed Mohsin Abbas, 21, were asleep when around a dozen men arrived at about 3am in three vehicles, including a double-cabin pick-up of the kind used by the Rangers. "They broke the gate, put cloth over my sons' faces and took them without telling us anything," said their mother, Kaneez Fatima. "One of them was wearing Rangers uniform. The rest were in shalwar kameez."

The family said the men also took away two mobile phones and a laptop. The brothers' father, who runs a stationery shop in Federal B Area, said neither of his sons had any political or criminal record.

The family has approached the Samanabad police station to register a case, but police have so far refused, saying there was no evidence of an abduction. A spokesperson for the Sindh Rangers said the paramilitary force was "not aware" of the matter and that all arrests were made according to law.

The Shia Missing Persons Committee says that more than 40 Shia men from Karachi have gone missing since the start of this year. Its spokesperson, Rashid Rizvi, said families had written to the chief justice of Pakistan and the Commission of Inquiry on Enforced Disappearances.

"If they have done anything wrong, produce them in court. Nobody is above the law, but the state cannot pick up citizens and make them vanish," he said.

Relatives of missing Shia men have been staging a sit-in outside the Karachi Press Club since last month. On {W+2}, family members of the two brothers joined the sit-in and said they would not end it until the young men were produced.

The Human Rights Commission of Pakistan has recorded a steady rise in complaints of enforced disappearances from Sindh and urged the provincial government to act.
""", long=True)

R(9, "thenews_long", "2021-01-03", 2, "Quetta", "BA", 0, 0, "Majlis Wahdat-e-Muslimeen (MWM)", "protest", None, """
Hazara sit-in on Western Bypass enters third day

By Our Correspondent

QUETTA: Thousands of members of the Hazara community, including women and children, continued their sit-in on the Western Bypass for the third consecutive day on {W+2}, refusing to bury the bodies of the coal miners killed in Machh until Prime Minister Imran Khan visits them.

The protest, organised by the Majlis Wahdat-e-Muslimeen (MWM) with the support of the Hazara tribal elders, began on {W} evening when the bodies of the miners were brought to Quetta. The coffins have been placed on the road in freezing temperatures, and the protesters have blocked the bypass that links the city with Mastung and the coastal highway.

Eleven coal miners, all but one of them from the Hazara community, were abducted from their residential quarters in the Machh coalfield, about 60km south-east of Quetta, before dawn on {W}. The attackers took them to nearby hills, tied their hands and slit their throats. The Islamic State group later claimed the killings.

"We have brought our dead to the road because we have nowhere else to take them," said Masooma Batool, whose brother was among the victims. "We will not move until the prime minister comes and tells us who will protect us."

MWM leader Allama Raja Nasir Abbas addressed the protesters on {W+2} and said the sit-in would continue until the government arrested the killers and gave written guarantees about the security of the community. Similar sit-ins were held in Karachi, Lahore and Islamabad in solidarity.

A government delegation, led by Federal Minister Ali Zaidi, held talks with the protesters on {W+1} but failed to convince them to end the sit-in.

The Hazara community held similar protests in January 2013, when relatives refused to bury the victims of the Alamdar Road bombings for four days, and in February 2013 after the Kirani Road market blast.

Traffic on the bypass remained suspended and shops in the Hazara Town and Marriabad areas were closed.
""", long=True)

R(10, "pamirtimes_long", "2016-10-11", 1, "Jutial", "GB", 2, 9, None, "armed_attack", None, """
Two killed, nine injured as procession comes under fire in Jutial

Pamir Times

GILGIT, October 12: Two people were killed and nine others injured when unidentified gunmen opened fire on a Muharram procession in the Jutial area of Gilgit on {W} evening, police and hospital sources said.

According to the police, the procession was passing through the main road of Jutial towards the central imambargah when shots were fired from the hillside at around 6pm. The mourners ran for cover and the procession was halted for nearly two hours while police and the army cordoned off the area.

The deceased were identified as Ghulam Abbas, 34, a resident of Jutial, and Muhammad Hussain, 19, a student from Danyore. The injured, including two policemen and a boy aged 12, were shifted to the District Headquarters Hospital Gilgit, where the medical superintendent said three were in a serious condition.

"We heard a burst of firing and people started falling. We did not see who was firing," said Shabbir Ali, one of the organisers of the procession.

SSP Gilgit said that a search operation was launched in the hills overlooking the road and that several suspects had been detained for questioning. He said the attackers had not been identified and no group had claimed responsibility. "We are investigating all angles, including the possibility that it was an attempt to start sectarian riots," he said.

The district administration imposed a curfew in Gilgit city and suspended mobile phone service as a precaution. Schools and markets remained closed on {W+1}.

Gilgit has a history of sectarian tensions. In April 2012 the killing of passengers near Chilas on the Karakoram Highway triggered clashes in Gilgit in which more than a dozen people died, and in 1988 hundreds were killed in an attack on villages near the city.

The Chief Minister of Gilgit-Baltistan, Hafeezur Rehman, condemned the attack and appealed for calm. Leaders of the Anjuman-e-Imamia and the Tanzeem Ahle Sunnat jointly appealed to their followers to maintain peace and not to pay heed to rumours.
""", long=True)
R(11, "aljazeera_long", "2015-05-13", 0, "Safoora Goth", "SD", 45, 13, "Islamic State (IS)", "armed_attack", "claimed", """
Gunmen kill dozens of Ismaili Shia Muslims on bus in Karachi

Police say at least 43 killed after attackers on motorcycles storm bus in Pakistan's largest city.

Published On 13 May 2015

Gunmen have stormed a bus carrying members of Pakistan's Ismaili Shia Muslim minority in the southern city of Karachi, killing at least 45 people, officials said.

The attack took place on {W=Wednesday} morning in the Safoora Goth area on the eastern outskirts of the city, as the pink bus carried around 60 passengers from their residential colony to their workplaces.

Police said six attackers on three motorcycles stopped the bus, boarded it and fired indiscriminately at passengers with 9mm pistols. "They went seat by seat and shot people in the head," said Ghulam Qadir Thebo, the Karachi police chief, who earlier put the toll at 43.

Hospital officials at the Aga Khan University Hospital and Jinnah Hospital later said the death toll had risen to 45, including 16 women, while 13 people were being treated for gunshot wounds.

Leaflets found at the scene said the attack was carried out by the Islamic State of Iraq and the Levant (ISIL, also known as ISIS), and the group later claimed it in a statement posted on social media. Police said they could not confirm the authenticity of the claim.

Al Jazeera's Kamal Hyder, reporting from Karachi, said the attack was "one of the most brutal in recent memory" for the Ismaili community, who are known as a peaceful, largely apolitical group.

"My brother called me at 9.30 and said they have been attacked. After that his phone was switched off," said a man waiting outside the morgue who did not wish to be named.

Prime Minister Nawaz Sharif condemned the attack and announced a day of mourning in Sindh, while army chief Raheel Sharif cancelled a visit to Sri Lanka to fly to Karachi.

The Aga Khan, the spiritual leader of the world's Ismailis, said in a statement he was "deeply saddened" by the "senseless act of violence against a peaceful community".

Shia Muslims make up about 20 percent of Pakistan's population. Attacks on Shia Muslims have increased in recent years; in January, a bombing at a Shia mosque in Shikarpur in northern Sindh killed 61 people.

Sindh's chief minister, Qaim Ali Shah, told reporters outside the hospital that the attackers had been dressed as police officers, and that the bus had no police escort although the community had asked for one. "We will find them wherever they are," he said, announcing compensation of 500,000 rupees for each family.

Community members gathered at the Ismaili jamatkhana in Garden, in central Karachi, where the bodies were brought for funeral rites on {W} evening. Many of the victims were employees of Aga Khan institutions and lived in the Al-Azhar Garden housing colony, a gated community from which the bus had set off.

Analysts said the choice of target marked a worrying expansion of sectarian violence. "The Ismailis have never been party to any conflict. If they are being targeted, no community is safe," said Zaigham Khan, an Islamabad-based political analyst.

SOURCE: Al Jazeera and news agencies
""", long=True)

R(12, "bbc_long", "2023-02-11", 0, "Warburton", "PB", 1, 0, None, "mob_violence", None, """
Pakistan blasphemy: Mob drags man from police station and kills him

By Farhat Javed, BBC News, Islamabad

A mob in Pakistan has stormed a police station, dragged out a man accused of blasphemy and beaten him to death, police say.

The killing took place on {W=Saturday} in Warburton, a small town in Nankana Sahib district of Punjab province, about 70km (44 miles) west of Lahore.

Videos shared on social media showed hundreds of men climbing the gate of the police station, breaking into the building and then dragging the man, identified by police as Muhammad Waris, through the streets. Some of the footage, which the BBC has not independently verified, appears to show the crowd trying to set his body on fire.

Police said Mr Waris had been arrested earlier in the day after residents accused him of desecrating the Koran. Officers said they were unable to stop the crowd because they were vastly outnumbered.

The provincial police chief suspended two senior officers, including the area's deputy superintendent of police and the station house officer, for failing to protect the detainee.

"Nobody has the right to take the law into his own hands," Punjab police said in a statement. A case has been registered against more than 800 unidentified people, and police say they have identified suspects from the videos.

Prime Minister Shehbaz Sharif ordered an investigation and asked why the police had not stopped the crowd.

Mr Waris's family said he had been mentally unstable for years, and that he had only recently returned from abroad. "He did not know what he was saying. They killed him like an animal," a relative told BBC Urdu.

Blasphemy is a highly sensitive issue in Pakistan, and accusations can lead to violence even when unproven. Human rights groups say the laws are often misused to settle personal scores.

In December 2021, a mob in Sialkot lynched a Sri Lankan factory manager accused of blasphemy and burned his body, prompting international condemnation. At least 85 people were later convicted in that case.

Rights activists say that the failure to punish earlier mob killings has encouraged more violence.
""", long=True)

R(13, "dawn_long", "2017-06-18", 1, "Garam Chashma", "KP", 0, 0, "Tehrik-i-Taliban Pakistan (TTP)", "threat", "claimed", """
Threatening letters in TTP's name spread panic among Ismailis in Chitral

Zahiruddin | Published June 19, 2017

CHITRAL: Threatening letters bearing the name of the banned Tehreek-i-Taliban Pakistan were found pasted on the gates of several houses and a jamaatkhana in Garam Chashma on {W} morning, spreading fear among members of the Ismaili community in the valley.

The handwritten letters in Urdu, signed by the "Tehreek-i-Taliban Pakistan, Chitral chapter", warned the Ismailis to "convert or leave the valley" before the end of Ramazan and threatened attacks on their places of worship. A similar letter was also slipped under the door of a government girls' school, asking the staff to close it down.

Residents said the letters were noticed by people going to the market early in the morning. "Our children are afraid to go to school. Our elders say they have never seen such a thing in Garam Chashma," said Sher Wali, a schoolteacher.

Station house officer Garam Chashma police station said a case had been registered against unknown persons and the letters had been sent to the counter-terrorism department for examination. He said police had increased patrolling around the jamaatkhanas and had set up checkposts on the road leading to the Afghan border.

The district police officer said the police were also looking into the possibility that "some local elements" had used the TTP's name to create unrest. "We are not ruling anything out," he said.

The Ismaili Regional Council of Lower Chitral appealed for calm and asked the government to provide security to the community. "We trust the state and the people of Chitral, who have always lived in harmony," its president said in a statement.

Garam Chashma lies about 45km north-west of Chitral town, close to the border with Afghanistan's Badakhshan province. In 2013 and 2014, TTP militants issued video threats against the Kalash and Ismaili communities of Chitral, and in 2015 a group of militants crossed the border and attacked a checkpost in Arandu.

Chitral district nazim Maghfirat Shah said he would raise the issue with the provincial government.
""", long=True)

R(14, "tribune_long", "2014-08-24", 2, "Thul", "SD", 0, 0, None, "displacement", None, """
Fearing abductions, 14 Hindu families leave Thul

By Our Correspondent | Published: August 26, 2014

JACOBABAD: Fourteen Hindu families left the town of Thul in Jacobabad district on {W} saying they could no longer live in the area because of repeated kidnappings for ransom and threats from criminals.

The families, comprising more than 80 people, loaded their belongings onto two trucks and left for Karachi. Some of them said they intended to move on to India if they could get visas. "We have lived here for generations, but we cannot live in fear every day," said Dr Mukesh Kumar, a homeopathic doctor who was among those who left.

According to local leaders of the Hindu panchayat, at least four members of the community have been abducted for ransom from Thul and surrounding villages in the past six months. A trader, Lal Chand, was kidnapped in May and released after his family paid Rs3 million, they said. A teenage girl was also reported missing last month, and her family alleges she was forcibly converted.

"The police do not register our complaints, and the criminals roam freely," said Seth Ramesh Lal, head of the local panchayat. He said more families were preparing to leave in the coming days.

The SSP Jacobabad denied that the police had failed to act and said the abducted trader had been recovered in a police operation. He said the families had left for "economic reasons" and that police would provide security to anyone who wanted to return.

Members of the Sindh Assembly belonging to the Hindu community raised the issue in the house on {W+1}. Lawmaker Pitamber Sewani said that the government's failure to protect minorities was forcing them to migrate from their ancestral homes.

The Pakistan Hindu Council estimates that around 5,000 Hindus leave Pakistan every year, mostly from Sindh, because of insecurity and forced conversions of young girls. The Human Rights Commission of Pakistan has also expressed concern over the migration of Hindu families from upper Sindh.
""", long=True)

R(15, "afp_long", "2009-02-05", 0, "Dera Ghazi Khan", "PB", 32, 65, "Lashkar-e-Jhangvi (LeJ)", "bombing", "alleged", """
Suicide bomber kills 30 at Shiite mosque in central Pakistan

DERA GHAZI KHAN, Pakistan, Feb 5, 2009 (AFP) - A suicide bomber blew himself up outside a Shiite mosque in central Pakistan, killing at least 30 people and wounding dozens as worshippers left after prayers, police said.

The attack in the town of Dera Ghazi Khan came as mourners gathered at the mosque for a procession marking the end of the mourning period for a local Shiite leader, officials said.

"The bomber was on foot. He tried to enter the mosque but was stopped at the gate by volunteers and blew himself up," local police chief Mubarak Athar told AFP. "The toll is 30 dead and 65 injured."

Hospital officials later said the toll had risen to 32, as two more of the wounded died. Several children were among the dead.

There was no immediate claim of responsibility. Police officials said they suspected the banned Sunni extremist group Lashkar-e-Jhangvi, which has links to the Taliban and Al-Qaeda and has carried out several attacks on Shiites in Punjab.

Television footage showed pools of blood, scattered shoes and damaged motorcycles outside the mosque. Angry mourners chanted slogans against the government and set fire to tyres.

Authorities imposed a curfew in parts of the town after the blast to prevent sectarian clashes, and army troops were deployed, officials said.

It was the latest in a series of attacks on Shiites, who make up around 20 percent of Pakistan's 160 million people. In February 2006, a suicide bomber killed more than 30 people at a Shiite procession in the northwestern town of Hangu.

The attack came a day after a bombing killed 16 people in the northwestern town of Mardan. Taliban militants have carried out a wave of attacks across Pakistan in the past year, killing more than 1,600 people, according to an AFP tally.

President Asif Ali Zardari condemned the "cowardly act of terrorism" and announced compensation for the victims' families.

bur-sj/sct
""", long=True)
R(16, "voa_long", "2013-08-01", 1, "Kalaya", "KP", 0, 0, "Tehrik-i-Taliban Pakistan (TTP)", "abduction", "claimed", """
Taliban Say They Hold 12 Shi'ite Passengers Seized in Orakzai

Ayaz Gul | Islamabad
August 2, 2013

Pakistani Taliban militants have claimed they are holding a dozen Shi'ite Muslim passengers who were seized from a van in the northwestern Orakzai tribal region.

Local officials told VOA that armed men stopped the passenger van near Kalaya, the administrative headquarters of Orakzai, on {W} afternoon. The gunmen checked identity cards, separated 12 Shi'ite men from the other passengers and drove them away in two pickup trucks toward the mountains.

The van was travelling from Kalaya to the district of Hangu. The driver and the remaining seven passengers, all Sunnis, were released unharmed, officials said.

A spokesman for the Tehrik-i-Taliban Pakistan, Shahidullah Shahid, told reporters by telephone that the group was holding the men and would release them only in exchange for Taliban prisoners held by the government. "They are in our custody and they are safe for now," he said.

The political administration of Orakzai said a search operation had been launched with the help of local tribal militias, known as lashkars, but that the hostages had probably been taken into the neighboring Khyber region.

Relatives of the abducted men staged a protest in Kalaya on {W+1}, blocking the main road for several hours and demanding that the government secure their release. "My two sons were in that van. We do not know if they are alive or dead," said Hussain Ali, a farmer.

Orakzai, which borders Kurram and Khyber, has a significant Shi'ite population and has seen repeated sectarian clashes. In 2009, Taliban militants forced hundreds of Sikh families to flee the region after demanding a tax on non-Muslims.

Abductions for ransom and prisoner swaps are a frequent tactic of militants in Pakistan's tribal areas. Analysts say the Taliban use such kidnappings to raise funds and put pressure on the government, which is considering peace talks with the group.

The U.S. and other Western governments have condemned the increasing attacks on religious minorities in Pakistan.
""", long=True)

R(17, "arabnews_long", "2021-03-06", 1, "Goi", "JK", 0, 0, None, "property_attack", None, """
Unidentified men demolish minarets of Ahmadi place of worship in Pakistan-administered Kashmir

By Nisar Ali | March 07, 2021

MUZAFFARABAD: Unidentified men damaged the minarets and the mihrab of a place of worship belonging to the minority Ahmadi community in the village of Goi in Kotli district of Pakistan-administered Kashmir late on {W} night, a spokesman for the community said.

Amir Mahmood, a spokesperson for the Jamaat-e-Ahmadiyya in Pakistan, told Arab News that around eight to ten men arrived after midnight, scaled the boundary wall and broke the two minarets with hammers before fleeing. "Nobody was hurt, but the community is terrified. The building is over 70 years old," he said.

Police in Kotli confirmed that the minarets had been damaged and said a case had been registered against unknown persons. "We are investigating. CCTV footage from nearby shops is being examined," a police official said, asking not to be named because he was not authorized to speak to the media.

The community said it had received threats in recent weeks demanding that the minarets be removed because Ahmadi places of worship should not resemble mosques. Under Pakistani law, Ahmadis are barred from calling themselves Muslims or "posing" as Muslims, including by building minarets or calling their places of worship mosques.

In recent years, police in Punjab have also removed minarets from several Ahmadi places of worship, often citing complaints from local religious groups. In January this year, Ahmadi graves were desecrated in a graveyard in the Punjab district of Sheikhupura.

Rights groups have repeatedly expressed concern about the treatment of Ahmadis in Pakistan. "The authorities must ensure that those responsible are brought to justice and that the Ahmadi community can worship without fear," the Human Rights Commission of Pakistan said in a tweet.

Ahmadis, who number around half a million in Pakistan, were declared non-Muslims by parliament in 1974. A 1984 ordinance further restricted their religious practices.

The AJK government did not respond to requests for comment.
""", long=True)

R(18, "gandhara_long", "2024-08-03", 2, "Bagan", "KP", 0, 0, None, "displacement", None, """
Families Flee Kurram Villages As Sectarian Clashes Spread

RFE/RL's Radio Mashaal
August 05, 2024

PESHAWAR, Pakistan -- Hundreds of families have fled their homes in Pakistan's northwestern Kurram district as clashes between Sunni and Shi'ite tribes spread from a land dispute into several villages, residents and officials say.

Residents of Bagan, a largely Sunni village in Lower Kurram, told Radio Mashaal that families began leaving on {W} after mortar shells landed in the village and the main road to the district headquarters, Parachinar, was closed. By {W+2}, more than 300 families had left for Hangu, Kohat and Peshawar, according to local elders.

"We left with only the clothes we were wearing. Our houses are empty, our cattle are left behind," said Gul Zaman, a shopkeeper who took his family of 11 to relatives in Hangu.

The clashes began in late July over a plot of land near the village of Boshehra and have since drawn in tribes on both sides of the sectarian divide. Officials say at least 46 people have been killed and more than 200 wounded in a week of fighting in different parts of the district.

The provincial government says a cease-fire brokered by a tribal jirga is now holding in most areas, but residents say sporadic firing continues. Mobile phone and internet services in the district remain suspended.

A senior official of the district administration told Radio Mashaal that the government was setting up relief camps for the displaced in Hangu and that the main Thall-Parachinar road would reopen once security forces had cleared the positions of armed men along it.

Kurram, which borders Afghanistan, has a long history of sectarian violence. Between 2007 and 2011, fighting in the district killed hundreds, and the road to Parachinar was closed for years, cutting off the Shi'ite-majority upper part of the district.

Rights activists have called on the authorities to disarm the tribes and resolve the land disputes that often trigger the fighting. "Every year the same story repeats itself, and every year the ordinary people pay the price," said Latif Afridi, a lawyer and activist in Peshawar.
""", long=True)

R(19, "nation_long", "2019-01-24", 1, "Islamabad", "IS", None, None, "Lashkar-e-Jhangvi (LeJ)", "legal_action", "acquitted", """
SC acquits two in Kohistan bus passengers killing case

Our Staff Reporter

ISLAMABAD - The Supreme Court on {W} acquitted two men sentenced to death for the 2012 killing of bus passengers in Kohistan, holding that the prosecution had failed to prove its case beyond reasonable doubt.

A three-member bench headed by Justice Asif Saeed Khan Khosa set aside the judgment of the Peshawar High Court, which had upheld the death sentences awarded by an anti-terrorism court in Abbottabad to Muhammad Zarin and Fazal Wahab, both said by the prosecution to be members of the banned Lashkar-e-Jhangvi.

According to the prosecution, gunmen in military uniforms stopped three buses travelling from Rawalpindi to Gilgit on the Karakoram Highway in the Harban Nala area of Kohistan on February 28, 2012, checked the passengers' identity cards and shot dead 18 Shia passengers. Lashkar-e-Jhangvi had claimed responsibility for the massacre at the time.

During the hearing, the bench observed that the identification parade of the accused had been held months after their arrest and that the two eyewitnesses produced by the prosecution had given contradictory statements about the number of attackers. "Suspicion, however grave, cannot take the place of proof," Justice Khosa remarked.

The counsel for the appellants argued that his clients had been picked up from their homes in Mansehra and implicated in the case to show progress. The deputy attorney general said the accused had confessed before a magistrate, but the court noted that the confessions had been retracted at the trial.

The court ordered the release of the two men if they were not required in any other case.

Relatives of the victims expressed disappointment at the verdict. "Seven years later, no one has been punished for killing my father," said Sajjad Hussain, a resident of Gilgit, speaking by telephone.

The Kohistan killings were followed by the massacre of bus passengers near Chilas in April 2012 and in Lulusar in August the same year, which together left more than 40 Shia passengers dead.
""", long=True)

R(20, "dailytimes_long", "2014-05-20", 2, "Dera Ismail Khan", "KP", 2, 1, "Tehrik-i-Taliban Pakistan (TTP)", "armed_attack", "claimed", """
Lawyers boycott courts after killing of Shia lawyer, son

Staff Report

DERA ISMAIL KHAN: Lawyers boycotted courts across southern Khyber Pakhtunkhwa and the Shia Ulema Council announced three days of mourning on {W+1}, a day after a senior Shia lawyer and his son were shot dead and their guard was injured near the district courts here.

Police said advocate Syed Mukhtar Hussain Shah, 58, and his son Syed Naveed Abbas, 26, also a lawyer, were driving to the courts at around 8:30am on {W} when two gunmen on a motorcycle intercepted their car on Circular Road and sprayed it with bullets. The father died on the spot, while the son succumbed to his injuries at the District Headquarters Hospital. Their guard, Ghulam Farid, was hit in the leg and is stated to be out of danger.

The assailants managed to escape despite the presence of a police checkpost nearby.

The banned Tehreek-e-Taliban Pakistan claimed responsibility for the killing. A spokesman for the group's local chapter told journalists over the phone that the lawyer had been targeted because he was "a leader of the Shia community".

District Police Officer Sadiq Baloch said a case had been registered and that teams had been formed to trace the killers. "We have obtained footage from cameras at a petrol pump and the assailants will be arrested soon," he said.

The District Bar Association, which called the strike, said it would continue until the killers were arrested. The bar president said that three lawyers had been killed in the city in two years and demanded security for members of the legal fraternity.

Dera Ismail Khan has witnessed dozens of targeted killings of Shia Muslims in recent years. In August 2008, a suicide bombing at the district hospital's emergency ward killed 32 people who had gathered after the killing of a local Shia leader. In February 2009, a bombing at a funeral in the city killed 30 mourners.

The funeral prayers of the father and son were offered at the Kotli Imambargah in the evening, where a large number of lawyers and members of the Shia community were present.
""", long=True)
R(21, "urdu_press_long", "2015-10-23", 1, "Jacobabad", "SD", 22, 40, None, "bombing", None, """
Jacobabad: 22 mourners martyred, 40 injured in blast on Muharram procession

Jacobabad (Nama Nigar / Online): At least 22 mourners including children were martyred and 40 others injured when a suicide bomber blew himself up in a 9th Muharram procession near the Bus Stand in Jacobabad on {W} night.

According to details, the procession had started from the imambargah of Syed Ali Shah and was passing through the main bazaar when a young man tried to enter the crowd. The volunteers of the procession tried to stop him, upon which he detonated the explosives strapped to his body. The sound of the blast was heard far and wide and there was panic in the area.

Police and Rangers reached the spot and shifted the injured to the Civil Hospital Jacobabad, where an emergency was declared. The seriously injured were referred to Larkana and Karachi. According to hospital sources, 18 persons were martyred on the spot, while four more of the injured succumbed during the night, raising the number of martyrs to 22. Among the martyrs are seven children.

SSP Jacobabad said that the head of the suicide bomber had been found and sent for forensic examination. He said that the procession had been given security, but the miscreants chose a narrow lane. So far no organisation has accepted responsibility for the blast.

On the call of the Shia Ulema Council and Majlis Wahdat-e-Muslimeen, a complete strike was observed in Jacobabad, Shikarpur and Larkana on {W+1}, and mourning processions were taken out.

Chief Minister Sindh Syed Qaim Ali Shah and other leaders strongly condemned the incident and expressed sorrow over the loss of precious lives. The Chief Minister announced Rs500,000 each for the heirs of the martyrs and Rs100,000 for the injured.

It may be recalled that on January 30 of this year, a blast in the imambargah of Lakhi Dar in Shikarpur had martyred 61 people. The people of the area said that despite repeated incidents, proper security arrangements had not been made.

The funeral prayers of the martyrs were offered in the Eidgah of Jacobabad, in which thousands of people including political and religious leaders participated. The martyrs were laid to rest in their ancestral graveyards amid sobs.
""", long=True)

R(22, "samaa_long", "2019-06-14", 0, "Quetta", "BA", None, None, "Lashkar-e-Jhangvi (LeJ)", "legal_action", "alleged", """
CTD arrests two suspects in killing of Hazara shopkeepers

SAMAA | Web Desk
June 14, 2019

The Counter Terrorism Department (CTD) in Quetta has arrested two suspects allegedly involved in the targeted killing of Hazara shopkeepers in the city, the department said on {W}.

According to a CTD spokesperson, the suspects were arrested in a raid on a hideout on the outskirts of Quetta in the early hours of {W}. They have been identified as Abdul Wahid and Saifullah. Two pistols, a hand grenade and a motorcycle were recovered from their possession.

The spokesperson said both men belonged to the banned Lashkar-e-Jhangvi and had confessed during preliminary interrogation to involvement in the killing of two Hazara shopkeepers on Jinnah Road in April. "The suspects were also planning an attack on a Hazara passenger van," the CTD said.

Two Hazara shopkeepers, Muhammad Ali and Ghulam Raza, were shot dead at their mobile phone shops on Jinnah Road on April 24. A third man was wounded in that attack. Days earlier, on April 12, a suicide bombing in the Hazarganji vegetable market had killed 20 people, including eight Hazaras. The Islamic State group and Lashkar-e-Jhangvi jointly claimed that blast.

A case has been registered against the suspects under the Anti-Terrorism Act at the CTD police station, and they will be produced before an anti-terrorism court for physical remand.

Leaders of the Hazara community welcomed the arrests but said they wanted the network behind the killings dismantled. "We have heard of such arrests many times. Let us see if anyone is punished this time," said Qadir Nayel, a member of the Balochistan Assembly from the Hazara Democratic Party.

Balochistan Home Minister Ziaullah Langove said that the government had increased security for the Hazara community and that more arrests were expected. He said that the CTD had arrested 14 suspects in sectarian killings in the last six months.

Hundreds of Hazaras have been killed in Quetta in bombings and targeted attacks since 2001, according to the National Commission for Human Rights.
""", long=True)

R(23, "dawn_long", "2020-09-15", 1, "Parachinar", "KP", 0, 0, None, "enforced_disappearance", None, """
Kurram youth activist 'picked up' from his home, family says

Our Correspondent | Published September 16, 2020

PARACHINAR: The family of a young social activist from Kurram has claimed that he was taken away from his house in Parachinar by personnel of "intelligence agencies" late on {W} night and his whereabouts remain unknown.

Syed Hasnain Turi, 27, who runs a youth welfare organisation and has been vocal on social media about the closure of the Thall-Parachinar road and the security situation in the district, was picked up at around 11pm, his elder brother Syed Jawad Hussain told Dawn on the phone.

"Four vehicles came. Some men were in uniform, others in plain clothes. They did not show any warrant, they did not tell us which department they were from," he said. "They took his phone and told us he would be back after questioning. He has not come back."

District Police Officer Kurram said the police had not arrested the activist and had no information about his whereabouts. He said the family had not approached the police, which the family denied.

The Kurram Youth Association held a protest outside the Parachinar Press Club on {W+1}, demanding that the activist be produced before a court if he was accused of any crime. Speakers said that at least five Shia youths from the district had gone missing in the past year.

Members of the National Assembly from Kurram raised the issue with the federal interior ministry. MNA Sajid Hussain Turi said he would also take up the matter with the Peshawar High Court if the activist was not released within a week.

The Commission of Inquiry on Enforced Disappearances says it has received over 7,000 cases since its establishment in 2011, around 2,000 of them from Khyber Pakhtunkhwa, including the merged districts. Rights organisations say the real number is much higher.

Earlier this year, in February, three activists of the Pashtun Tahaffuz Movement were picked up in Bannu and released after three weeks.
""", long=True)

R(24, "reuters_long", "2015-02-18", 0, "Chak Shahzad", "IS", 4, 8, "Tehrik-i-Taliban Pakistan (TTP)", "bombing", "claimed", """
Suicide bomber attacks Shi'ite mosque in Pakistani capital, four dead

By Asad Hashim

ISLAMABAD (Reuters) - A suicide bomber blew himself up at a Shi'ite mosque on the outskirts of Pakistan's capital on {W}, killing four people and wounding eight, police said, the third attack on the minority sect in less than a month.

Two attackers tried to enter the imambargah in the Chak Shahzad area of Islamabad during afternoon prayers, police official Muhammad Ali said. One blew himself up after guards stopped him at the gate, while the second was shot dead before he could detonate his explosives vest.

"The guards showed great courage. Otherwise the toll would have been much higher," Ali said. Two of the guards were among the dead.

A faction of the Pakistani Taliban led by commander Khalid Haqqani claimed responsibility, saying in an emailed statement that the attack was revenge for the execution of militants since the lifting of a moratorium on the death penalty in December.

The attack came days after a bombing at a Shi'ite mosque in the northwestern city of Peshawar on Feb. 13 killed 20 people, and nearly three weeks after a bombing at a Shi'ite mosque in Shikarpur in southern Sindh province killed 61.

Pakistan has been on high alert since the Taliban killed 134 schoolchildren in an attack on an army-run school in Peshawar on Dec. 16. The government has since set up military courts and vowed to crack down on militant groups of all stripes.

Sectarian violence has risen in Pakistan in recent years, with Sunni militant groups such as Lashkar-e-Jhangvi targeting Shi'ites, who make up about a fifth of the population of 190 million.

Prime Minister Nawaz Sharif condemned the attack and said the state would not be intimidated by "these cowards".

Security was tightened at mosques and imambargahs in Islamabad and Rawalpindi after the blast, and police set up checkpoints on roads leading out of the capital.

(Additional reporting by Mehreen Zahra-Malik; Writing by Katharine Houreld; Editing by Robert Birsel)
""", long=True)

R(25, "thenews_long", "2020-12-30", 1, "Terri", "KP", 0, 0, None, "mob_violence", None, """
Mob sets fire to Hindu shrine in Karak

By Our Correspondent

KARAK: A mob set fire to the samadhi of a Hindu saint and an adjoining house under construction in Terri village of Karak district on {W}, police said.

The violence took place after a gathering in the village, in which local clerics delivered speeches against the expansion of the shrine of Shri Paramhans Ji Maharaj. After the speeches, a crowd of around 1,500 people marched towards the shrine, broke down its walls and set the building and the house on fire. Nobody was inside the shrine at the time and no one was hurt, officials said.

The District Police Officer, Irfanullah Marwat, said police had been deployed at the site but the crowd was too large to be controlled. "We tried to negotiate with them, but they pushed the police aside," he said. He said that the police had registered a case against over 350 people and arrested 45 of them, including a local cleric, in raids in the night.

The shrine, which is revered by Hindus across Pakistan and abroad, was demolished by locals in 1997 and rebuilt on the orders of the Supreme Court in 2015. The Hindu community had recently obtained permission from the local administration to expand the building, and the villagers had objected to it.

Chief Justice Gulzar Ahmed took suo motu notice of the incident on {W+1} and sought reports from the provincial chief secretary and inspector general of police.

Khyber Pakhtunkhwa Chief Minister Mahmood Khan condemned the incident and ordered the reconstruction of the shrine at government expense. "Those who were involved will not be spared," he said in a statement.

Members of the Hindu community held protests in Karachi and Peshawar and demanded protection for their places of worship. Dr Ramesh Kumar Vankwani, patron-in-chief of the Pakistan Hindu Council, said the attack had sent a wrong message to the world about the treatment of minorities.

In 2019, a mob vandalised a Hindu temple in Ghotki in Sindh after a Hindu school principal was accused of blasphemy.
""", long=True)
R(26, "geo_long", "2022-06-06", 1, "Mirpur Mathelo", "SD", 0, 0, None, "abduction", None, """
Hindu girl abducted from Mirpur Mathelo, family stages protest

Geo News | June 07, 2022

GHOTKI: A 15-year-old Hindu girl was abducted at gunpoint from her home in Mirpur Mathelo on {W} evening, her family said, as members of the community blocked the national highway in protest.

According to the girl's father, Dileep Kumar, who runs a small grocery store, four armed men entered the house at around 8pm, locked the family in a room and took his daughter, a ninth grade student, away in a car. "They said if we follow them they will kill us. We could not do anything," he told Geo News.

Police have registered an FIR on the father's complaint against a local man and three unidentified accomplices under sections of the Pakistan Penal Code dealing with kidnapping. SSP Ghotki said raids were being conducted to recover the girl and that she would be recovered "within days".

The family fears that the girl will be forcibly converted and married off, as has happened in several cases in the district. "Every time they bring a paper saying she has converted and married of her own will. How can a 15-year-old child decide that?" said her uncle.

Dozens of members of the Hindu community, joined by civil society activists, staged a sit-in on the highway near Mirpur Mathelo on {W+1}, blocking traffic for several hours. They ended the protest after the police assured them of the girl's recovery.

Human rights groups estimate that hundreds of Hindu and Christian girls are forcibly converted in Pakistan every year, mostly in Sindh. A bill to criminalise forced conversions was rejected by a parliamentary committee in 2021.

In March 2019, two teenage sisters from Daharki in the same district were abducted and married off after their purported conversion, triggering protests across Sindh and a diplomatic row with India.

Sindh's minister for minority affairs said he had taken notice of the incident and directed the police to ensure the girl's safe recovery. He said that the provincial government was committed to protecting the rights of minorities.
""", long=True)

R(27, "dunya_long", "2016-04-03", 1, "Sangla Hill", "PB", 0, 0, None, "property_attack", None, """
Church set on fire in Sangla Hill, Bibles burnt

Dunya News | 04 April, 2016

SANGLA HILL: Unknown persons set fire to a church in Sangla Hill in the early hours of {W}, burning copies of the Bible, hymn books, chairs and the pulpit, police and church officials said.

Pastor Emmanuel Sardar told Dunya News that the caretaker of the Church of Pakistan's St Paul's church noticed smoke coming from the building at around 3am and raised the alarm. Residents put out the fire with buckets of water before the fire brigade arrived, but the main hall was badly damaged. Nobody was injured.

"Someone broke the lock of the side door, poured petrol on the pulpit and the books and set them on fire. This was a deliberate act," the pastor said.

Police registered a case against unknown persons under sections 295 and 436 of the Pakistan Penal Code on the complaint of the pastor. Sheikhupura's district police officer visited the site and said that the culprits would be arrested soon. Police said they were checking the record of people who had visited the area in the previous days and had detained two men for questioning.

The Christian community of the town held a protest demonstration outside the church and demanded the arrest of the culprits. Speakers said that the church was only a few hundred metres away from a police post.

Sangla Hill has been the scene of religious tension in the past. In November 2005, a mob burnt three churches, a convent, schools and the houses of Christians in the town after a Christian man was accused of burning pages of the Quran.

Punjab Minister for Human Rights and Minority Affairs Khalil Tahir Sandhu visited the church and announced that the government would pay for its repair. He said that attacks on places of worship were aimed at creating disharmony among communities.

The Bishop of Lahore, Irfan Jamil, condemned the incident and urged Christians to remain calm and to pray for peace in the town.
""", long=True)

R(28, "xinhua_long", "2013-12-27", 0, "Hangu", "KP", 8, 21, None, "bombing", None, """
8 killed, 21 injured in bomb blast near mosque in NW Pakistan

ISLAMABAD, Dec. 27 (Xinhua) -- At least eight people were killed and 21 others injured on {W} when a bomb went off near a Shiite mosque in Pakistan's northwest Hangu district, local media and officials said.

The blast took place at around 1:30 p.m. local time in the main bazaar of Hangu town, when people were coming out of the mosque after prayers, police official Abdul Rasheed told reporters.

He said that the bomb, weighing about five kilograms, was planted on a motorcycle parked near the mosque and was detonated with a remote-controlled device.

The injured were taken to the District Headquarters Hospital Hangu, where doctors declared an emergency. Some of the critically injured were shifted to Kohat and Peshawar. Hospital sources said that several of the injured were in critical condition and the death toll might rise.

The blast also damaged several shops and vehicles parked nearby. Security forces cordoned off the area and started a search operation.

No group has claimed responsibility for the attack so far. Officials said it was too early to say who was behind it.

Hangu, which borders the tribal areas of Orakzai and Kurram, has witnessed several sectarian clashes and attacks in the past. In February 2006, more than 30 people were killed in a suicide attack on a Muharram procession in the town, which triggered sectarian riots.

Earlier this month, on Dec. 16, three people were killed and five others injured in a roadside bomb attack on a vehicle in Hangu's Doaba area.

Khyber Pakhtunkhwa Chief Minister Pervez Khattak condemned the attack and directed the authorities to provide the best medical facilities to the injured.

Pakistani Prime Minister Nawaz Sharif also condemned the blast, and said the government was determined to eliminate terrorism from the country.

The country's northwest, which borders Afghanistan, has been hit by a wave of militant attacks in recent years, killing thousands of people including security personnel. Enditem
""", long=True)

R(29, "anadolu_long", "2017-11-20", 2, "Turbat", "BA", 0, 0, "Frontier Corps (FC)", "enforced_disappearance", "alleged", """
Pakistan: Family of missing Baloch student seeks his recovery

By Aamir Latif

KARACHI, Pakistan

The family of a Baloch university student has accused Pakistan's paramilitary forces of picking him up from his home in the southwestern town of Turbat, joining a growing list of missing people in the restive Balochistan province.

Shahdad Baloch, a 22-year-old student of economics at the University of Turbat, was taken away from his house in the town late on {W} night, his sister told Anadolu Agency by phone on {W+2}.

"Men from the Frontier Corps surrounded our house. They came in two vehicles with other men in civilian clothes, beat my father and took my brother," she said. "We have not been told where he is or what he is accused of."

A spokesman for the Frontier Corps in Quetta denied the allegation, saying the force did not detain anyone illegally and that "hostile agencies" were using the issue of missing persons to defame the security forces.

The Voice for Baloch Missing Persons, a group campaigning for the recovery of missing people, says that thousands of Baloch activists, students and others have disappeared over the past 15 years. The government puts the number much lower.

"Every week we receive new cases. Students are the main target," said Nasrullah Baloch, the group's chairman. He said that the family of the student had joined the group's protest camp outside the Quetta Press Club, which has been running for more than 3,000 days.

Pakistan's human rights commission said in its annual report that enforced disappearances remain a serious concern in Balochistan, where a low-level insurgency by separatist groups seeking greater autonomy and control over the province's resources has continued since 2004.

In 2014, mass graves containing at least 13 decomposed bodies were found in Tootak area of Khuzdar district. Relatives said some of the bodies belonged to missing people.

Anadolu Agency could not independently verify the family's claims.
""", long=True)

R(30, "tribune_long", "2022-02-10", 1, "Bhara Kahu", "IS", 0, 0, "Ahle Sunnat Wal Jamaat (ASWJ)", "threat", "claimed", """
Threat letters in ASWJ's name sent to Ahmadi families in Bhara Kahu

By Shahid Rao | Published: February 11, 2022

ISLAMABAD: At least six Ahmadi families living in Bhara Kahu on the outskirts of the federal capital received threatening letters on {W} asking them to leave the area within a week or face "consequences", a spokesperson of the community said.

The letters, printed on the letterhead of the banned Ahle Sunnat Wal Jamaat's Islamabad chapter, were thrown into the courtyards of the houses during the night. They accused the families of "preaching" their faith to Muslims and warned that the organisation would "not allow Qadianis to live among Muslims".

The Ahmadi families have lodged a complaint with the Bhara Kahu police, who said they had started investigating. "We have sent the letters for forensic examination. The possibility that someone else used the organisation's name cannot be ruled out," said an investigating officer.

An ASWJ spokesperson in Islamabad denied that the organisation had issued the letters, terming it a conspiracy to defame it. "We believe in peaceful struggle for the protection of the finality of prophethood," he said.

Saleemuddin, the spokesperson of Jamaat-e-Ahmadiyya Pakistan, said that the families had been living in the area for decades. "Some of them are now afraid to send their children to school," he said, urging the Islamabad police to provide them protection.

The letters come weeks after an Ahmadi doctor was shot dead in Peshawar in a targeted attack. In January, an Ahmadi man was also killed in Nankana Sahib.

Human rights activists said the Islamabad administration should take the threats seriously. "Threats like these are often the first step before violence," said lawyer and activist Imaan Mazari-Hazir.

The Islamabad Capital Territory police chief said that additional patrolling had been ordered in the area and that the families could approach him directly if they faced any further harassment.
""", long=True)
R(31, "dawn_long", "2012-08-17", 1, "Skardu", "GB", 0, 0, "Anjuman-e-Imamia Baltistan", "protest", None, """
Skardu shut down as Imamia sit-in continues over Lulusar killings

Jamil Nagri | Published August 18, 2012

GILGIT: Thousands of people staged a sit-in at Yadgar-i-Shuhada Chowk in Skardu on {W} to protest against the killing of Shia passengers near Lulusar, and the protest continued late into the night.

The sit-in was called by the Anjuman-e-Imamia Baltistan, whose leaders said the protesters would not disperse until the killers were arrested and the Karakoram Highway was made safe for travellers. Markets, schools and government offices in Skardu and other towns of Baltistan remained closed, and traffic on the Skardu-Gilgit road was suspended.

On {W-1} morning, gunmen in military uniforms stopped four buses travelling from Rawalpindi to Gilgit near Lulusar in the Babusar Pass area of Mansehra district, checked the identity cards of the passengers and shot dead 25 men belonging to the Shia community. The Tehreek-i-Taliban Pakistan's Darra Adamkhel faction later claimed the massacre.

Addressing the protesters, Anjuman-e-Imamia leader Agha Syed Ali Rizvi said that this was the third such attack on passengers on the highway this year. "The government has failed to protect us. We demand an alternative route and protection on the road," he said.

The bodies of the victims were brought to Gilgit and Skardu by C-130 aircraft on {W}. Funeral prayers were offered amid slogans against the government.

The GB government announced three days of mourning and Rs1 million each for the heirs of the victims. The chief minister, Syed Mehdi Shah, said that the attackers had been identified and would be arrested soon.

In February this year, 18 passengers were killed in a similar attack in Kohistan, and in April, a mob attacked buses in Chilas, killing at least nine passengers.

The protest was peaceful, and no untoward incident was reported, the police said. Leaders of the Anjuman said the sit-in would continue on {W+1} and announced a long march towards Gilgit if their demands were not met.
""", long=True)

R(32, "ap_long", "2010-05-28", 1, "Lahore", "PB", 86, 124, "Tehrik-i-Taliban Pakistan (TTP)", "armed_attack", "claimed", """
Militants attack minority sect's mosques in Pakistan, 86 dead

By BABAR DOGAR Associated Press Writer

LAHORE, Pakistan (AP) - Militants armed with guns, grenades and suicide vests attacked two mosques packed with worshippers from a minority Islamic sect in eastern Pakistan, killing 86 people in the worst-ever attack on the Ahmadi community, officials said {PW}.

The near-simultaneous assaults on {W=Friday} targeted Ahmadi places of worship in the Model Town and Garhi Shahu neighborhoods of Lahore during the weekly prayers. The attackers fired on worshippers and threw grenades, and took hostages before police stormed the buildings.

Officials initially said 80 people had died, but the toll rose to 86 overnight as more wounded died in hospitals, said Sajjad Bhutta, a senior city administrator. He said 124 people were wounded.

Two of the attackers blew themselves up and one was killed by police, while two others were captured, police said. One of them was overpowered by worshippers at the Model Town mosque.

The Pakistani Taliban's Punjab wing claimed responsibility for the attack in a call to a television station, police said.

"They were firing at everyone. I saw my friends fall in front of me," said Muhammad Ashraf, who hid under a pile of chairs for more than two hours.

The Ahmadis consider themselves Muslims, but Pakistan's parliament declared them non-Muslims in 1974. They are frequently targeted by hard-line Sunni groups who consider them heretics.

A spokesman for the community, Saleemuddin, criticized the government for failing to provide security despite repeated threats. "We had told the authorities many times that we were being threatened," he said.

Pakistan has been battling a surge of militant violence, mostly in the northwest near the Afghan border, but attacks have increasingly struck Punjab, the country's most populous province. In March, two suicide bombings in Lahore killed more than 50 people.

Prime Minister Yousuf Raza Gilani condemned the attacks, and the U.S. Embassy said it was "deeply saddened." Human rights groups called on the government to protect minorities.

At the Model Town site, bullet holes pocked the white walls and blood stained the carpets of the prayer hall on {PW}. Volunteers from the community collected shoes, caps and spectacles left behind by worshippers who fled or died. Funeral prayers for most of the victims were held in the town of Rabwah, the community's spiritual center, about 160 kilometers (100 miles) west of Lahore, where the dead were buried.

Punjab's police chief, Tariq Saleem Dogar, told reporters that the captured attackers were teenagers from the northwest and had been trained in North Waziristan, the tribal region that is the main base of the Pakistani Taliban and al-Qaida. He said one of them had told interrogators that the group had planned the attack for weeks and had carried out reconnaissance of both buildings.

Some critics said officials had been slow to react. Survivors said it took police more than an hour to reach the Garhi Shahu mosque, which is located a short distance from a police station. "We called and called. They came when it was almost over," said a worshipper who gave his name only as Rashid.

Punjab Law Minister Rana Sanaullah rejected the criticism, saying that police had killed one attacker and helped capture another. Rights groups, however, noted that the provincial government had done little to curb hate speech against Ahmadis, including banners and pamphlets calling for their killing that were widely displayed in Lahore.

Associated Press writers Asif Shahzad and Nahal Toosi in Islamabad contributed to this report.
""", long=True)

R(33, "frontierpost_long", "2008-06-21", 1, "Landi Kotal", "KP", 0, 0, "Lashkar-e-Islam (LeI)", "abduction", "alleged", """
Two Sikh traders kidnapped in Landi Kotal

From Our Correspondent

LANDI KOTAL: Two Sikh traders were kidnapped from the main bazaar of Landi Kotal in Khyber Agency on {W} afternoon, and officials of the political administration said they suspected the banned Lashkar-e-Islam was behind the abduction.

According to local sources, Sardar Jaspal Singh and his cousin Sardar Gurmeet Singh, who run a cloth shop in the bazaar, were forced into a pick-up at gunpoint by five masked men and driven towards the Bazar Zakhakhel area. Nobody was hurt.

The assistant political agent, Landi Kotal, told The Frontier Post that the kidnappers were believed to be members of Lashkar-e-Islam, which has been demanding jizya from Sikh families in the agency. "We have information that they have been taken to Tirah. We are in contact with elders of the area for their recovery," he said.

A spokesman for Lashkar-e-Islam, contacted by telephone, denied the group's involvement and said it was "not in the business of kidnapping".

Members of the Sikh community closed their shops in Landi Kotal and Peshawar on {W+1} in protest and demanded the safe release of the traders. Around 40 Sikh families live in Landi Kotal, most of them traders and hakims who have lived in the area for generations.

"We have always lived in peace with our Afridi and Shinwari neighbours. Now we live in fear," said Sardar Charanjit Singh, a community elder in Peshawar.

The kidnapping comes weeks after a jirga was held between elders and the political administration to curb the activities of militant groups in the agency. Last month, Lashkar-e-Islam fighters clashed with the rival Ansarul Islam group in Tirah, leaving at least 12 people dead.

The political agent Khyber said that the government would use all resources to recover the traders and warned that the tribes of the area would be held responsible under the collective responsibility clause of the FCR if the men were not released.
""", long=True)

R(34, "thenews_long", "2019-03-25", 1, "G-7", "IS", 0, 0, "Counter Terrorism Department (CTD)", "enforced_disappearance", "alleged", """
Wife says Shia scholar 'picked up' from G-7 home by CTD men

By Sohail Khan

ISLAMABAD: The wife of a Shia religious scholar has claimed in a complaint to the Islamabad police that her husband was taken away from their home in Sector G-7 by men who identified themselves as officials of the Counter Terrorism Department (CTD) on {W} night.

In the complaint, a copy of which is available with The News, Syeda Kulsoom Zahra said that Allama Syed Ali Raza Naqvi, 45, who teaches at a seminary in Rawalpindi, was at home with his family when around eight men, some of them armed, knocked at the door at 11.30pm. "They said they were from the CTD and needed him for a few questions. They did not show any document. They put him in a white car without a number plate," she stated.

The family said the men also took away books, a laptop and the scholar's passport. The Aabpara police have not registered a case yet, and officials said they had sent the application to the CTD for comment.

A CTD official, requesting anonymity, said the department had not arrested the scholar. "Whenever we arrest anyone, we produce him before the court within 24 hours," he said.

The family's lawyer, Col (retd) Inamul Rahim, said he would file a habeas corpus petition in the Islamabad High Court on {W+2} if the scholar was not released. He said that the scholar had no criminal record and had been active in interfaith harmony.

The Majlis Wahdat-e-Muslimeen condemned the disappearance and announced protest demonstrations in Islamabad and Rawalpindi. Its leaders said that over 100 Shia men had been missing across the country and demanded that they be produced before the courts.

In December 2018, the IHC had ordered the recovery of a Shia youth from Rawalpindi who went missing after being picked up from his house in Dhoke Syedan. He was later found in an internment centre in Khyber Pakhtunkhwa.

The interior ministry did not respond to questions from The News.
""", long=True)

R(35, "ap_long", "2017-10-05", 1, "Fatehpur", "BA", 20, 30, "Islamic State (IS)", "bombing", "claimed", """
Suicide bomber kills 20 at Sufi shrine in southwestern Pakistan

By ABDUL SATTAR Associated Press

QUETTA, Pakistan (AP) - A suicide bomber struck a crowded Sufi shrine in a remote district of southwestern Pakistan, killing 20 people and wounding dozens, officials said {PW}. The Islamic State group claimed responsibility.

The attack took place on {W} evening at the shrine of Pir Rakhel Shah in the village of Fatehpur in Jhal Magsi district, about 350 kilometers (220 miles) southeast of Quetta, where hundreds of devotees had gathered for an annual festival.

A police officer tried to stop the bomber at the entrance, and the attacker blew himself up, said Balochistan Home Minister Sarfraz Bugti. The officer was among those killed.

The toll initially stood at 18, but two more of the wounded died overnight, raising it to 20, said Jhal Magsi's deputy commissioner, Muhammad Azam. He said about 30 people were being treated at hospitals in Jhal Magsi, Gandawa and Larkana, across the border in Sindh province.

"I was sitting near the gate when there was a flash. After that I remember nothing," said Ghulam Nabi, a 40-year-old farmer, from his hospital bed in Larkana.

The Islamic State group's Aamaq news agency said one of the group's fighters had carried out the attack, without providing evidence.

Sufi shrines are regularly targeted by Sunni militant groups who consider the practices there, including music and dance, to be un-Islamic. In February, an IS suicide bomber killed more than 80 people at the shrine of Lal Shahbaz Qalandar in Sehwan in Sindh province. In November 2016, more than 50 people were killed in a bombing at the shrine of Shah Noorani in the Khuzdar district of Balochistan.

Pakistan's Prime Minister Shahid Khaqan Abbasi condemned the attack and ordered security to be increased at shrines around the country.

The Fatehpur shrine had been attacked before, in 2005, when a bombing during the same festival killed more than 35 people.
""", long=True)

R(36, "frontierpost_long", "2022-05-15", 1, "Sarband", "KP", 2, 0, "Islamic State Khorasan Province (ISKP)", "armed_attack", "claimed", """
Two Sikh shopkeepers gunned down in Sarband

From Our Correspondent

PESHAWAR: Two Sikh shopkeepers were shot dead by unidentified motorcyclists in the Bata Tal bazaar of Sarband on the outskirts of Peshawar on {W} morning, police said.

The deceased, Ranjeet Singh, 42, and Kuljeet Singh, 38, ran shops selling herbal medicines, known as pansar shops, in the bazaar. According to police, the two men were sitting in their shops at around 9am when two armed men on a motorcycle stopped and opened fire, killing both of them on the spot. The assailants fled.

Capital City Police Officer Peshawar Ijaz Khan said it was a targeted attack and a case had been registered under the anti-terrorism law. Special teams had been formed to arrest the culprits, he said.

Late in the evening, the Islamic State Khorasan Province, the regional affiliate of the Islamic State group, claimed responsibility for the killing in a message on its Amaq news agency's channel. Police officials said they were examining the claim.

Members of the Sikh community gathered outside the Lady Reading Hospital and later blocked the Ring Road near Sarband with the bodies, demanding the arrest of the killers and security for the community. The protest ended after negotiations with the district administration.

"Our people have been killed one after another. We have no enemies. We only want to earn our living in peace," said Baba Gurpal Singh, a community leader.

Around 15,000 Sikhs live in Peshawar, most of them in the old city. Several members of the community have been killed in targeted attacks in recent years. In September 2021, a Sikh hakeem, Satnam Singh, was shot dead at his clinic in Charsadda Road area, and in 2018 a prominent Sikh leader, Charanjeet Singh, was killed in Peshawar's Scheme Chowk.

Khyber Pakhtunkhwa Chief Minister Mahmood Khan condemned the killings and directed the police to arrest the killers at the earliest. He said minorities were an important part of society.

The funeral rites of the two men were performed at the Gurdwara Bhai Joga Singh in the evening.
""", long=True)
R(37, "dawn_long", "2019-09-15", 1, "Ghotki", "SD", 0, 0, None, "mob_violence", None, """
Mob ransacks temple, school in Ghotki after blasphemy allegation

Our Correspondent | Published September 16, 2019

GHOTKI: Angry mobs ransacked a Hindu temple, a private school and shops belonging to members of the Hindu community in Ghotki on {W} after a student accused the school's Hindu principal of committing blasphemy.

The trouble started in the morning when the father of a student of the Sindh Public School lodged a complaint with the police, alleging that the principal, Notan Lal, had made derogatory remarks about the Holy Prophet (PBUH) during a class. A video of the student narrating the allegation spread on social media.

Within hours, crowds gathered in different parts of the town, blocked the national highway and attacked the school, breaking its furniture and windows. Another group entered the Sacho Satram Dham temple in the Hindu-majority neighbourhood, damaged the idols and set a room on fire. Shops and houses of Hindus in the main bazaar were also stoned. No one was injured, police said.

SSP Ghotki Farrukh Ali Lanjar said the police had registered a blasphemy case against the principal and taken him into custody. "The situation was brought under control in the evening. The Rangers were called in, and we are ensuring the protection of the Hindu community," he said. He said that another case had been registered against the rioters and those who incited them, and that several suspects had been identified from videos.

Members of the Hindu community said they had spent the night locked inside their homes. "Our elders have lived here with Muslims for centuries. We never imagined a day like this," said Sham Lal, a trader.

Local Muslim notables and religious scholars later visited the temple and expressed solidarity with the Hindu community. The Sindh government announced that the temple would be repaired at its expense.

Sindh Chief Minister Murad Ali Shah directed the IG police to take strict action against the rioters. The Pakistan Hindu Council demanded an independent inquiry.

In 2016, a Hindu temple was attacked in Hyderabad, and in 2014 a mob set fire to a dharamshala in Larkana after a blasphemy allegation.
""", long=True)

R(38, "voa_long", "2023-02-02", 2, "Saddar", "SD", 0, 0, None, "property_attack", None, """
Pakistan's Ahmadis Say Minarets of Karachi Place of Worship Demolished

VOA Urdu / Karachi
February 4, 2023

Members of Pakistan's minority Ahmadi community say unidentified men have demolished the minarets of one of their oldest places of worship in the southern city of Karachi, the second such incident in the city in weeks.

A spokesman for the Jamaat-e-Ahmadiyya said a group of about 10 to 12 men, some with their faces covered, climbed onto the roof of the Ahmadiyya Hall in the Saddar neighborhood on {W} afternoon and broke the minarets with hammers before escaping. No one was injured, the spokesman said.

Video of the incident, circulated on social media, shows men standing on the roof striking the minarets while a small crowd watches from the street.

"This building was built in the 1950s, long before any law restricting Ahmadis. It is a historic building. The police were informed beforehand that something like this could happen," the spokesman, Amir Mahmood, told VOA.

Police in Karachi said they had registered a case against unknown persons and were trying to identify the men from the videos. A police officer at the Preedy police station said the suspects were "unknown people" and that no group had been identified.

In January, minarets of an Ahmadi place of worship in the Martin Quarters area of Karachi were also demolished, according to the community.

Ahmadis were declared non-Muslims by a constitutional amendment in 1974, and a 1984 law forbids them from calling themselves Muslims or using Islamic terms and symbols. Hard-line groups have demanded that the minarets on Ahmadi buildings be removed, arguing that they resemble mosques.

Amnesty International's deputy regional director for South Asia said the authorities must ensure accountability. "The Ahmadiyya community continues to face persecution in Pakistan. The authorities must protect their places of worship," she said.

The Human Rights Commission of Pakistan said it was alarmed by the increasing attacks on Ahmadi places of worship across the country, and urged the government to take notice.
""", long=True)

R(39, "nation_long", "2014-12-22", 1, "Gujranwala", "PB", 0, 0, "Jamaat-ul-Ahrar (JuA)", "threat", "claimed", """
Churches in Gujranwala receive threat letters

Our Staff Reporter

GUJRANWALA - At least three churches in Gujranwala received threatening letters on {W}, signed by the banned Jamaat-ul-Ahrar, warning of attacks during Christmas, police and church officials said.

The letters, written in Urdu on plain paper and posted to the churches from Lahore, warned that the "Christians' celebrations" would be turned into mourning if the government continued military operations against militants in the tribal areas. They were received by the Catholic church in Christian Town, a Presbyterian church on GT Road and a church in the Satellite Town area.

Father Anwar Patras, the parish priest of one of the churches, said he had informed the police immediately. "We will celebrate Christmas, but we are asking the government for security," he said.

City Police Officer Gujranwala said the letters had been handed over to the CTD and that additional police and volunteers would be deployed at churches during the Christmas services. "We are taking the threats seriously, but we request people not to panic," he said. Walk-through gates and CCTV cameras would also be installed at all major churches, he said.

Jamaat-ul-Ahrar, a splinter group of the Tehreek-e-Taliban Pakistan, had claimed the suicide bombing at the Wagah border in November that killed over 60 people.

The threats came a week after the Taliban massacre at the Army Public School in Peshawar on December 16, in which 132 children and nine staff members were killed. Churches across Punjab had cancelled public celebrations after that attack.

In September 2013, two suicide bombers attacked the All Saints Church in Peshawar, killing more than 80 worshippers.

Christian community leaders in Gujranwala said they would hold only prayer services this year. "There will be no lights and no festivities. We will pray for the children of Peshawar," said Pastor Yousaf Masih.

The district administration also decided to ban pillion riding in the city from December 23 to 26.
""", long=True)

R(40, "tribune_long", "2016-12-13", 2, "Dulmial", "PB", 0, 0, None, "displacement", None, """
Ahmadi families leave Dulmial after siege of place of worship

By Rana Tanveer | Published: December 15, 2016

LAHORE: Dozens of Ahmadi families have left the village of Dulmial in Chakwal district, where a mob laid siege to their place of worship on Eid Miladun Nabi, the first of them leaving on {W}, a day after the attack, community members said.

According to a spokesperson of the Jamaat-e-Ahmadiyya, around 40 families, most of whom had lived in the village for generations, moved to Rabwah, Rawalpindi and Jhelum because of continuing threats and a social boycott. "Shops refuse to sell to them, and they are being told openly that they will be killed," he said.

On December 12, a crowd of over 1,000 people, who had come out for an Eid Miladun Nabi procession, attacked the Ahmadi place of worship in the village, known locally as the Baitul Hamd, throwing stones and firing in the air. One man died of a heart attack and two others were injured as the crowd clashed with police. The police later handed over the building to the district administration.

An Ahmadi resident who left with his wife and four children said that the family locked their house and left at dawn. "We left behind our land and our cattle. We do not know when we can return," he told The Express Tribune.

The Chakwal district police officer said police were providing security to the Ahmadis who remained and that nobody had been forced to leave. He said that cases had been registered against around 90 people for the attack and that over 60 had been arrested.

Human rights groups have criticised the handing over of the building to the administration, saying it rewarded the attackers. The HRCP said the government must ensure that the families could return to their homes safely.

In 2010, Ahmadi families left several villages in Punjab after the attacks on two Ahmadi places of worship in Lahore killed 86 people.
""", long=True)
R(41, "tribune_long", "2017-01-28", 1, "Lahore", "PB", None, None, None, "legal_action", None, """
ATC acquits all 115 accused in Joseph Colony arson case

Published in The Express Tribune, January 29th, 2017

LAHORE: An anti-terrorism court on {W} acquitted all 115 people accused of setting fire to more than 100 houses of Christians in Lahore's Joseph Colony in 2013, giving them the benefit of the doubt.

ATC judge Chaudhry Muhammad Azam announced the verdict, which had been reserved last week, in the presence of the accused. The court observed that the prosecution witnesses had failed to identify the accused and that there were contradictions in their statements.

On March 9, 2013, a mob of around 3,000 people attacked Joseph Colony, near Badami Bagh, after a Christian sanitary worker, Sawan Masih, was accused of making blasphemous remarks during a conversation with a Muslim friend. The mob looted and burnt more than 170 houses, two churches and dozens of shops. No one was killed because the residents had fled the night before.

Sawan Masih was sentenced to death for blasphemy by a sessions court in March 2014. His appeal is pending in the Lahore High Court.

The prosecution had produced 43 witnesses, most of them police officials and residents of the colony. Deputy prosecutor general said that most of the Christian witnesses had backed out of their statements during the trial. "The complainants compromised with the accused. We could not force them to testify," he said.

Community leaders said the witnesses had been pressured. "People in the colony are poor. They were told that if they testified, their homes would be burnt again," said Napoleon Qayyum, a Christian activist.

Defence lawyer Ghulam Mustafa Chaudhry said that his clients had been falsely implicated on the basis of political rivalry and that the police had arrested people at random from the area.

The Punjab government had rebuilt the houses within weeks of the attack and paid Rs500,000 to each family.

Human rights organisations said the verdict showed the failure of the criminal justice system to punish those who attack religious minorities. In 2009, nearly all those accused of the Gojra riots, in which eight Christians were burnt alive, were also acquitted.
""", long=True)

R(42, "thenews_long", "2015-01-30", 1, "Lakhi Dar", "SD", 61, 55, "Jundullah", "bombing", "claimed", """
Shikarpur imambargah blast toll climbs to 61

By Our Correspondent

SHIKARPUR: The death toll in the suicide attack on an imambargah in the Lakhi Dar area of Shikarpur rose to 61 as more injured persons died in hospitals in Larkana and Karachi, officials said.

The blast took place in the Karbala Moalla imambargah as worshippers were offering {W=Friday} prayers. According to officials, around 600 people were in the building when the bomber, who was standing in the middle rows, blew himself up. The roof of the main hall collapsed, trapping dozens of people under the rubble.

Officials initially put the death toll at 40. By the evening it had risen to 55, and by midnight to 61 as several of the critically injured died. Doctors said 55 people were being treated, 12 of them in critical condition. Many of the dead were children.

The banned Jundullah group, which has links with the Tehreek-e-Taliban Pakistan, claimed responsibility for the attack. Its spokesman, Fahad Marwat, told reporters by telephone that the group had targeted the Shia community.

The Civil Hospital Shikarpur lacked facilities to deal with the emergency, and the injured had to be shifted to Larkana, around 70km away. Relatives complained that there were no ambulances and that they had to take the injured in private vehicles.

"My brother died on the way to Larkana. If there had been a proper hospital here, he might have survived," said Ghulam Murtaza, a shopkeeper.

The Shia Ulema Council and the Majlis Wahdat-e-Muslimeen announced three days of mourning, and a strike was observed in Shikarpur, Jacobabad, Larkana and Karachi on {W+1}.

It was the deadliest attack in Sindh outside Karachi. Sindh's northern districts, which border Balochistan, have seen several sectarian attacks in recent years. In 2013, a suicide bomber targeted a religious leader, Pir Hajan Shah, at a gathering in the Shikarpur district, killing three people.

Witnesses said that the volunteers who usually search worshippers at the gate had gone inside to pray. "There was nobody at the door. He just walked in with the others," said Syed Naveed Shah, a member of the imambargah committee, whose two nephews were among the dead.

The police said that the bomber was aged between 18 and 20, and that his head and legs had been recovered. Investigators believe he had come from Balochistan through Jacobabad a day earlier and had stayed at a house in the city. Three suspects were taken into custody in raids in Shikarpur and Jacobabad on {W+1}, the SSP said.

Bodies of the victims were handed over to the families after the post-mortem, and most of them were buried in the local graveyard on {W+1} evening. Funeral prayers were led by Allama Nasir Abbas Jafri amid emotional scenes, and mourners chanted slogans against the government's failure to protect the community.

Religious leaders of all schools of thought condemned the attack. The chief of the Jamiat Ulema-e-Islam in Shikarpur called it "an attack on the whole of Sindh", and Sunni and Shia clerics jointly addressed a press conference at the Shikarpur press club, appealing for calm.

Human rights organisations said the attack showed that sectarian militant groups had spread their networks to parts of Sindh that had long been known for religious harmony. The HRCP said that Jundullah and other groups operating from Balochistan had to be dismantled.

Sindh Chief Minister Syed Qaim Ali Shah announced compensation of Rs2 million for the heirs of each of the deceased and ordered the construction of a trauma centre in Shikarpur.
""", long=True)

R(43, "ajk_local_long", "2018-11-20", 1, "Bagh", "JK", 2, 3, None, "armed_attack", None, """
Two shot dead outside imambargah in Bagh, three injured

Daily Kashmir Post | Bagh Bureau

BAGH, November 21: Two men were killed and three others injured when unknown armed men opened fire outside an imambargah in Bagh city on {W} night after a Milad gathering, police said.

According to police, the incident took place at around 9pm near the Imambargah Hussainia on the Harighel road when the participants of a gathering were coming out. Two men on a motorcycle fired several shots and fled towards Sudhan Gali. The dead were identified as Syed Zawar Hussain Shah, 55, the trustee of the imambargah, and his nephew Syed Waqar Shah, 23.

The injured, including a child aged nine, were taken to the District Headquarters Hospital Bagh, from where two were referred to the Combined Military Hospital in Muzaffarabad. Doctors said their condition was stable.

SSP Bagh said that the police had cordoned off the area and had collected evidence from the spot. He said the motive of the killing had not been determined yet, and that a personal dispute could not be ruled out. "We are investigating all aspects. It is too early to call it sectarian," he said.

Members of the Shia community protested in Bagh city on {W+1}, blocking the main road for several hours. They said the trustee had received threats and that the police had ignored their complaints.

The AJK Prime Minister Raja Farooq Haider condemned the incident and directed the IG Police AJK to arrest the culprits within 48 hours. He said AJK had always been a model of religious harmony and that no one would be allowed to disturb it.

Azad Kashmir has largely been spared sectarian violence, though tensions have risen in recent years. In 2009, a suicide bomber struck a Muharram procession in Muzaffarabad, killing at least eight people, and in 2012 clashes erupted in Kotli over a dispute about a place of worship.

The funeral prayers of the deceased were offered in their native village, Dhirkot, on {W+1}, in which a large number of people from across the region participated.
""", long=True)

R(44, "balochistanpost_long", "2020-02-11", 1, "Dera Murad Jamali", "BA", 0, 1, None, "abduction", None, """
Hindu trader abducted in Dera Murad Jamali, employee wounded

The Balochistan Post | News Desk

DERA MURAD JAMALI: A Hindu trader was abducted by armed men from his shop in Dera Murad Jamali, the headquarters of Nasirabad district, on {W} evening, while an employee who tried to resist was wounded, police said.

According to police officials, Sunil Kumar, 38, a wholesale dealer of rice and pulses, was closing his shop in the main grain market when five armed men arrived in a car. They beat him, forced him into the vehicle and drove towards the Sindh border. His employee, Muhammad Qasim, was shot in the arm as he tried to stop them and was taken to the district hospital.

Station House Officer of the City police station said a case had been registered against unknown persons and that checkposts had been alerted. "We suspect a gang of kidnappers for ransom that operates between Nasirabad and Jacobabad," he said.

The trader's relatives said they had not yet received any call from the kidnappers. "We do not know what they want. We only want him back safely," said his brother.

Members of the Hindu community closed their shops in Dera Murad Jamali, Dera Allah Yar and Usta Muhammad on {W+1} in protest, and traders of all communities joined them in a sit-in outside the deputy commissioner's office. Speakers said that more than a dozen Hindu traders had been abducted for ransom in Nasirabad division in the past five years.

The Hindu Panchayat Balochistan demanded that the government take immediate steps for the trader's recovery and provide protection to the community. The provincial minister for minority affairs said he had spoken to the police chief, who had assured him of the trader's early release.

In 2018, two Hindu traders were killed in Hub and Kharan, and in 2016 a Hindu doctor was abducted from Khuzdar and released after two months. Many Hindu families from the districts of Nasirabad and Jaffarabad have moved to Karachi and Quetta because of insecurity.
""", long=True)

R(45, "pamirtimes_long", "2012-04-03", 1, "Chilas", "GB", 9, 20, None, "mob_violence", None, """
Passengers killed as mob attacks buses in Chilas

Pamir Times

CHILAS, April 4: At least nine passengers were killed and around 20 injured when a mob attacked buses travelling on the Karakoram Highway near Chilas on {W}, officials said.

According to officials of the Diamer district administration, a crowd of hundreds of people blocked the highway in Chilas town to protest against an attack on a rally in Gilgit earlier in the day, in which several people had been killed. The protesters stopped several buses heading from Rawalpindi to Gilgit and Skardu, pulled out passengers and attacked them with sticks, stones and guns. Some of the buses were set on fire.

"They were checking identity cards and the names of the passengers," said a survivor, Ghulam Raza, who escaped by hiding in a nearby village. "I saw people being dragged off the bus and beaten. Some were shot."

The bodies were brought to Gilgit late at night. The injured were admitted to the District Headquarters Hospital Chilas and the Combined Military Hospital Gilgit, officials said. Several passengers were still missing, and their families feared the death toll could rise.

The administration imposed a curfew in Gilgit and Chilas and called in the army. Mobile phone services were suspended across the region.

The chief secretary of Gilgit-Baltistan told reporters that the attackers had not been identified yet and that a judicial inquiry would be held. He appealed to the people to remain calm and not to spread rumours.

The attack came barely five weeks after gunmen killed 18 Shia passengers after stopping buses on the Karakoram Highway in Kohistan on February 28. Lashkar-e-Jhangvi had claimed that attack.

Religious leaders of all communities appealed for peace. The Anjuman-e-Imamia Gilgit-Baltistan announced three days of mourning, while the Tanzeem Ahl-e-Sunnat condemned the killing of passengers and the attack in Gilgit.

Travellers from Baltistan and Gilgit were stranded in Rawalpindi and Besham as the highway remained closed for a second day.
""", long=True)
# ---------------------------------------------------------------- short items 046-100
R(46, "tweet", "2021-07-08", 0, "Peshawar", "KP", 2, 0, None, "armed_attack", None, """
BREAKING: Two Shia brothers, both shopkeepers, shot dead by motorcyclists on Kohat Road, #Peshawar this evening. Police say attackers fled towards Pajaggi. No claim yet. Bodies shifted to LRH. #ShiaKilling #KP
""")

R(47, "police_press_release", "2017-09-05", 0, "Quetta", "BA", 1, 1, None, "armed_attack", None, """
PRESS RELEASE — Office of the DIG Police, Quetta. Dated 05-09-2017. At about 1015 hours {T}, two unknown
armed persons riding a motorcycle opened fire on a Suzuki pickup on Spinny Road near the vegetable market,
Quetta. As a result, one Hazara vegetable seller, namely Muhammad Hussain s/o Ghulam Ali, aged 40, was
killed on the spot, while the driver Ali Akbar received bullet injuries and was shifted to Civil Hospital
Quetta, where his condition is stated to be stable. The accused fled from the spot. Police have collected
empty shells of 30-bore pistol. Case registered at PS Brewery. Investigation in progress.
""")

R(48, "urdu_translation", "2012-11-22", 1, "Doaba", "KP", 3, 2, None, "armed_attack", None, """
Hangu (Nama Nigar): A father and his two sons were martyred while his nephew and the driver were injured
when unknown miscreants opened fire on a car in the Doaba area of Hangu {Y}. According to police, the family was
going to attend a majlis when the miscreants, who were waiting in the fields, opened indiscriminate fire.
The injured were shifted to the DHQ Hospital Hangu. The
miscreants escaped. A large number of people participated in the funeral prayers of the martyrs. Shia
Ulema Council leaders condemned the incident and demanded the arrest of the killers.
""")

R(49, "live_blog", "2024-11-21", 0, "Ochat", "KP", 43, 30, None, "armed_attack", None, """
LIVE: Kurram convoy attack — latest updates

11:05 — Reports of heavy gunfire on a convoy of passenger vehicles near Ochat in Lower Kurram. The
convoy was travelling from Parachinar to Peshawar under police escort.

11:40 — District police say "several" passengers are dead. The convoy had around 200 vehicles.

13:20 — Kurram DC: 15 dead, at least 20 wounded. Women and children among the victims.

16:45 — Toll rises to 38, says a health department official at the Alizai hospital. Many wounded
being shifted to Thall and Peshawar.

21:30 — Provincial government spokesman confirms 42 killed, 30 injured. No group has claimed the
attack. Officials say attackers fired from the hills on both sides of the road.

23:55 — One more injured passenger died in Peshawar, taking the toll to 43. Protest sit-ins announced
in Parachinar for tomorrow.
""")

R(50, "hrcp_paragraph", "2020-02-12", "2021-04-15", "Kharian", "PB", 1, 0, None, "armed_attack", None, """
Freedom of thought, conscience and religion. Members of the Ahmadiyya community continued to face
targeted violence during the year. On 12 February, Muhammad Ashraf, a 61-year-old Ahmadi, was shot dead
outside his house in Kharian, district Gujrat, by a man on a motorcycle who fled after the attack.
The victim's family said he had received threats for refusing to renounce his faith. No arrests had been
made by the end of the year. HRCP documented at least five killings of Ahmadis on account of their faith in 2020.
""")

R(51, "wire_app", "2013-10-05", 1, "Orangi Town", "SD", 1, 2, None, "armed_attack", None, """
KARACHI, Oct 6 (APP): A prayer leader of a Shia mosque was killed and two of his companions were
injured when unknown assailants opened fire at them in Orangi Town on {W} night, police said. According
to police, Maulana Syed Kazim Raza, 48, was returning home from the mosque in Sector 11-1/2 when two
persons on a motorcycle fired at him. The injured were shifted to Abbasi Shaheed Hospital. Police said
the killing appeared to be sectarian. Further investigation is underway.
""")

R(52, "fir_summary", "2018-03-09", 1, "Masihabad", "PB", 1, 1, None, "armed_attack", None, """
FIR No. 146/18, PS City Gojra, registered 10.03.2018 u/s 302/324/34 PPC & 7 ATA. Complainant Yaqoob
Masih s/o Bashir Masih, r/o Mohallah Masihabad, Gojra, states that on 09.03.2018 at about 8:30 pm, his
son Sharoon Masih (22) and nephew Amir Masih were sitting outside their house in Masihabad when accused
persons, namely Zulfiqar, Rehan and one unknown, came on a motorcycle, abused them for being Christians
and fired. Sharoon died at the spot; Amir was hit in the thigh and is admitted at THQ
Hospital Gojra. Motive: a dispute over the use of a common water pump. Investigation: SI Muhammad Aslam.
""")

R(53, "ticker", "2018-04-22", 0, "Hazarganji", "BA", 3, 0, None, "armed_attack", None, """
QUETTA — Three Hazara vegetable vendors shot dead in Hazarganji market; attackers escape on motorcycles — police ||
Hazara community blocks Western Bypass in protest || CM Balochistan orders inquiry into Hazarganji killings ||
""")

R(54, "blog_post", "2019-08-11", 3, "Danyore", "GB", 1, 0, None, "armed_attack", None, """
I've been trying to write this post for three days. On {W} night, my cousin Ali Madad — 29, teacher at the
community school, the gentlest man I know — was shot dead outside our house in Danyore, just across the river
from Gilgit. Nobody saw the shooter. The police say it might be "personal enmity", but Ali had no enemies.
He did have a Facebook page where he wrote about sectarian harmony and criticised hate speech on both sides.
Some people didn't like that. We buried him on {W+1}. I still can't believe I'm typing this.
""")

R(55, "community_release_ahmadi", "2015-10-30", 1, "Kotli", "JK", 1, 0, None, "armed_attack", None, """
PRESS RELEASE — Jamaat-e-Ahmadiyya Pakistan, Public Affairs. 31 October 2015. Another Ahmadi killed for
his faith. Mr Qamar Ahmad, 45, a shopkeeper and president of the local Ahmadiyya community, was shot dead at
his shop in Kotli, Azad Kashmir, on {W} evening. Two men entered the shop, asked for his name and fired
four shots before escaping. He leaves behind a widow and three children. In recent months, posters
declaring Ahmadis "wajib-ul-qatl" (deserving death) had been displayed in the city's main bazaar; the
community had informed the authorities. We call upon the AJK Government to arrest the killers.
""")

R(56, "amnesty_paragraph", "2012-09-03", "2013-01-20", "Hayatabad", "KP", 1, 0, None, "armed_attack", None, """
Amnesty International is concerned about continuing attacks against members of religious minorities in
Khyber Pakhtunkhwa. On 3 September 2012, Dr Syed Riaz Hussain, a prominent Shia physician, was shot
dead by unidentified gunmen as he left his clinic in Peshawar's Hayatabad. No one has been arrested.
At least four other Shia professionals were killed in the province in the same month.
""")

R(57, "tweet", "2022-08-14", 1, "Tarlai", "IS", 1, 2, None, "armed_attack", None, """
An Ahmadi man was stabbed to death and two family members injured {Y} in Tarlai, #Islamabad, by a
man who reportedly shouted religious slogans. Police say suspect arrested at scene. When will this stop? @ICT_Police
""")
R(58, "un_statement", "2023-09-29", 0, "Mastung", "BA", 52, None, None, "bombing", None, """
Statement attributable to the Spokesperson for the Secretary-General on Pakistan. New York, 29 September 2023.
The Secretary-General strongly condemns today's heinous attack on a gathering marking the Mawlid al-Nabi in
Mastung, Balochistan province, Pakistan, in which at least 52 people were reportedly killed and dozens
injured. He also condemns the attack on a mosque in Hangu, Khyber Pakhtunkhwa, earlier the same day. The
Secretary-General extends his deepest condolences to the families of the victims and wishes a speedy
recovery to the injured. He calls for the perpetrators of these acts to be brought to justice. Attacks on
places of worship and on religious gatherings are abhorrent.
""")

R(59, "wire_afp_brief", "2017-02-16", 1, "Khar", "KP", 3, 7, "Tehrik-i-Taliban Pakistan (TTP)", "bombing", "claimed", """
KHAR, Pakistan, Feb 17, 2017 (AFP) - A bomb planted near a Sufi shrine killed three people and wounded
seven in Khar, the main town of Pakistan's Bajaur tribal district, late {W}, officials said. The Pakistani
Taliban claimed the attack in a statement. It came hours after a suicide bombing at the Lal Shahbaz
Qalandar shrine in Sehwan, Sindh, killed more than 80 people. bur/ak
""")

R(60, "urdu_translation", "2009-04-05", 1, "Chakwal", "PB", 24, 60, "Tehrik-i-Taliban Pakistan (TTP)", "bombing", "claimed", """
Chakwal (Online): 24 persons including women and children were martyred and more than 60 injured in a
suicide attack at the gate of an imambargah in Chakwal during a majlis {Y}. According to details, the
suicide bomber tried to enter the majlis, and on being stopped by volunteers he blew himself up. The
injured were shifted to DHQ Hospital Chakwal and Rawalpindi. Tehreek-e-Taliban Pakistan claimed
responsibility for the blast. A complete shutter-down strike was observed in the city today and funeral
prayers of the martyrs were offered amid tight security.
""")

R(61, "live_blog", "2013-01-10", 1, "Quetta", "BA", 92, 121, "Lashkar-e-Jhangvi (LeJ)", "bombing", "claimed", """
Quetta twin blasts, {W} 10 January — as it happened (all times PKT, newest first)

02:10 — Hospital sources: toll now 92, 121 injured. Dozens of bodies still lie at the CMH morgue.
00:40 — Hazara elders say they will not bury the dead until the army takes control of Quetta.
23:15 — Lashkar-e-Jhangvi claims responsibility in a call to journalists.
22:30 — Toll climbs to 81, say officials at the Bolan Medical Complex.
21:20 — A second, larger blast hits the same snooker hall on Alamdar Road as rescuers and media arrive. Several
policemen and journalists among the dead.
20:50 — First explosion, a suicide bomber inside a snooker club on Alamdar Road, Quetta. Early reports: 20 dead.
""")

R(62, "police_press_release", "2016-10-10", 0, "Latifabad", "SD", 0, 6, None, "bombing", None, """
SSP Office Hyderabad — Press Note. On 10th October 2016 at about 2130 hours, unknown accused persons
hurled a hand grenade at a majlis being held in a house in Unit No. 7, Latifabad. Six participants,
including two women, received splinter injuries and were shifted to Liaquat University Hospital, where all
are stated to be out of danger. The BDS confirmed use of a Russian-made hand grenade. Case registered at PS
B-Section. Security of all majalis in the district has been enhanced.
""")

R(63, "ticker", "2014-02-05", 0, "Peshawar", "KP", 2, 11, None, "bombing", None, """
PESHAWAR: Blast at hotel in Qissa Khwani Bazaar, 2 dead, 11 injured — LRH || Hotel was frequented by Shia
traders from Parachinar: police || Bomb planted in hotel lobby: BDS || No claim of responsibility so far ||
""")

R(64, "tweet", "2021-08-19", 0, "Kohat", "KP", 0, 4, None, "bombing", None, """
Small explosion near the Ashura procession route in #Kohat a while ago. DPO says 4 mourners hurt, none
critical. Procession continues under heavy security. No claim. Praying for everyone's safety 🙏
""")

R(65, "court_report", "2015-03-12", 1, "Lahore", "PB", None, None, "Lashkar-e-Jhangvi (LeJ)", "legal_action", "convicted", """
LAHORE: A Lahore High Court division bench on {W} upheld the death sentence awarded to Muhammad Asif, a
militant of the banned Lashkar-e-Jhangvi, for the 2012 killing of a Shia eye specialist in Gulberg, but
commuted the sentence of his co-accused to life imprisonment. The bench dismissed the appeal, holding that
the prosecution had proved its case through eyewitnesses and the recovery of the weapon.
""")

R(66, "court_report", "2017-07-31", 1, "Sukkur", "SD", None, None, "Jundullah", "legal_action", "convicted", """
SUKKUR, July 31: The anti-terrorism court here today sentenced two men to death on 61 counts for the
January 2015 bombing of an imambargah in Shikarpur. The court found that Abdullah Brohi and Khalilullah,
members of the banned Jundullah, had facilitated the suicide bomber and transported explosives from
Balochistan. A third accused was acquitted. The convicts can appeal in the Sindh High Court within seven days.
""")

R(67, "court_report", "2023-03-02", 1, "Peshawar", "KP", None, None, "Islamic State Khorasan Province (ISKP)", "legal_action", "charged", """
Peshawar: An anti-terrorism court on {W} framed charges against three suspects in the March 2022 suicide
bombing of the Kocha Risaldar mosque, which killed 63 worshippers. The prosecution says the three, who
pleaded not guilty, were members of the Islamic State Khorasan Province and provided shelter and transport
to the bomber. The court summoned prosecution witnesses for the next hearing on March 16.
""")

R(68, "fir_summary", "2021-07-21", 1, "Sheikhupura", "PB", None, None, None, "legal_action", None, """
Case summary. FIR No. 512/21 registered at PS Saddar Sheikhupura on 21.07.2021 under sections 298-C and
295-A PPC on the complaint of a local cleric against four Ahmadi men, who allegedly sacrificed a goat on
Eid ul Adha inside the boundary wall of a house "in the manner of Muslims". Police arrested two of the
accused on the same day; the others are on pre-arrest bail. Jamaat-e-Ahmadiyya says the case is false.
""")

R(69, "court_report", "2018-10-08", 1, "Quetta", "BA", None, None, "Lashkar-e-Jhangvi al-Alami (LeJA)", "legal_action", "convicted", """
QUETTA, Oct 8: An anti-terrorism court on {W} sentenced five members of Lashkar-e-Jhangvi al-Alami to death
for the killing of four Hazara women on a bus on Sariab Road in October 2017. The court also fined each
convict Rs500,000. The verdict was announced in the district jail for security reasons. Families of the
victims, who attended the hearing, welcomed the decision.
""")

R(70, "court_report", "2020-11-17", 1, "Islamabad", "IS", None, None, None, "legal_action", None, """
ISLAMABAD: The Islamabad High Court on {W} directed the secretary interior to appear in person on the next
date of hearing and explain why a Shia youth from Rawalpindi, missing for 14 months, had not been traced.
Chief Justice Athar Minallah observed that "enforced disappearance is the most heinous crime" and that
the state was responsible for the liberty of every citizen. The petitioner, the youth's mother, says he was
taken away by "agencies" from a bus stand. The hearing was adjourned till December 1.
""")

R(71, "court_report", "2019-05-14", 1, "Gilgit", "GB", None, None, "Tehrik-i-Taliban Pakistan (TTP)", "legal_action", "convicted", """
GILGIT, May 14: An anti-terrorism court in Gilgit on {W} sentenced three men linked to the Tehreek-i-Taliban
Pakistan to death on 25 counts each for the August 2012 massacre of bus passengers near Lulusar, and
sentenced a fourth accused to life imprisonment. Two accused were declared absconders. The case had been
transferred to Gilgit from Mansehra at the request of the victims' families.
""")
R(72, "hrw_paragraph", "2011-06-17", "2012-01-22", "Sadda", "KP", 0, 0, "Tehrik-i-Taliban Pakistan (TTP)", "abduction", "alleged", """
In Kurram, the Thall-Parachinar road remained closed to Shia travelers for much of the year. On June 17,
2011, armed men stopped a convoy of passenger vehicles near Sadda and abducted 22 Shia passengers. Local
officials and the victims' relatives attributed the abduction to the Pakistani Taliban (Tehrik-i-Taliban
Pakistan). At least seven of those abducted were still missing at the time of writing. Human Rights Watch
calls on the government to secure the road and to investigate abductions on it.
""")

R(73, "police_press_release", "2019-03-20", 2, "Umerkot", "SD", 0, 0, None, "abduction", None, """
District Police Umerkot — Press Release No. 88, dated 22.03.2019. Regarding news items about the missing
Hindu girl, it is clarified that on the complaint of Mr Hemraj Meghwar, FIR No. 41/2019 u/s 365-B PPC has
been registered at PS Umerkot City regarding the abduction of his daughter Kumari Reshma (16) from their
house in Umerkot {DBY}, i.e. 20.03.2019, by accused Nazeer Ahmed and two others. Raids are being conducted
and the girl will be recovered soon. Citizens are requested not to believe rumours on social media.
""")

R(74, "community_release_christian", "2020-10-12", 2, "Warispura", "PB", 0, 0, None, "abduction", None, """
Press statement — Centre for Legal Aid, Assistance and Settlement (CLAAS), Lahore. We are deeply
concerned about the abduction of Saima Bibi, a 14-year-old Christian girl, from her home in Warispura,
Faisalabad, on the {TH} of this month. Her parents say three men, including their neighbour, took her away
in a rickshaw. Two days later, the family was shown a certificate of conversion and a nikah-nama. The
police have not arrested anyone. CLAAS demands the girl's immediate recovery and her production before a
magistrate so that she can record her statement freely.
""")

R(75, "hrcp_paragraph", "2016-09-07", "2017-05-03", "Khuzdar", "BA", 0, 0, None, "enforced_disappearance", None, """
Enforced disappearances. Complaints of enforced disappearances continued to be received from Balochistan.
In one case documented by HRCP, Zubair Ahmed, a college lecturer, was taken away from his home in Khuzdar
on 7 September 2016 by men his family described as belonging to "the agencies". His family's requests to
the police to register an FIR were refused. He had not been traced by the end of the year.
""")

R(76, "community_release_shia", "2017-01-06", 1, "Malir", "SD", 0, 0, "Counter Terrorism Department (CTD)", "enforced_disappearance", "alleged", """
Press release — Shia Missing Persons Relief Committee, Karachi. 7 January 2017. Another young man has
disappeared. Syed Zeeshan Haider, 23, was picked up from outside his home in Malir {Y} afternoon by men in
civilian clothes, who according to eyewitnesses arrived in a police mobile of the Counter Terrorism
Department. The CTD denies holding him. With him, the number of Shia youths missing from Karachi since
October has reached 31. We demand that he be produced in court if he is accused of any crime.
""")

R(77, "amnesty_paragraph", "2019-04-22", "2019-05-30", "Miranshah", "KP", 0, 0, None, "enforced_disappearance", None, """
PAKISTAN: FURTHER INFORMATION — Amnesty International has learned that Khalid Dawar, a 30-year-old
activist of the Pashtun Tahaffuz Movement, whose whereabouts have been unknown since he was detained by
men in plain clothes at a checkpoint near Miranshah, North Waziristan, on 22 April 2019, has still not
been produced before any court. His family has been told by local officials to "wait". Amnesty
International urges the Pakistani authorities to reveal his fate and whereabouts immediately.
""")

R(78, "tweet", "2022-01-24", 0, "Muzaffarabad", "JK", 0, 0, "Inter-Services Intelligence (ISI)", "enforced_disappearance", "alleged", """
Shia scholar Allama Jafar Hussaini was picked up from his home in #Muzaffarabad at 4am today by men his
family says were from the ISI. No FIR, no court. His son: "We just want to know where he is." #ReleaseAllamaJafar #StopEnforcedDisappearances #AJK
""")

R(79, "fir_summary", "2022-09-02", 2, "Daska", "PB", 0, 0, "Punjab Police", "property_attack", "alleged", """
Summary of application to SHO, PS City Daska, dated 04.09.2022, by Mr Tahir Ahmad, president, local
Ahmadiyya Jamaat. The applicant states that on the night of 02.09.2022, police officials of PS City Daska,
accompanied by some local persons, entered the Ahmadi graveyard at Daska and defaced the inscriptions on
about 40 graves, erasing Quranic verses and the word "Muslim", on the pretext of a complaint. No notice was
given. The applicant requests registration of a case against those responsible. Status: pending; no FIR.
""")

R(80, "ticker", "2020-01-26", 0, "Kotri", "SD", 0, 0, None, "property_attack", None, """
JAMSHORO — Unknown persons vandalise idols at Hindu temple in Kotri; nobody hurt || Police register case, two
suspects detained || Hindu community protests on Indus Highway ||
""")

R(81, "church_statement", "2018-12-27", 1, "Mardan", "KP", 0, 0, None, "property_attack", None, """
Statement from the Diocese of Peshawar, Church of Pakistan. With great sorrow we inform our brothers and
sisters that in the early hours of {Y}, unknown persons broke into the Church of St. Luke in Mardan, set
fire to the altar and the pews and burnt the Christmas decorations. By God's grace nobody was hurt. We have
informed the police and the district administration, who have assured us of action. We appeal to all to
remain calm and to pray for those who did this.
""")

R(82, "urdu_translation", "2014-10-31", 1, "Loralai", "BA", 0, 0, None, "property_attack", None, """
Loralai (Nama Nigar): Unknown miscreants set fire to an imambargah in Loralai {LN}, burning the carpets, the
alams and the religious books. According to the police, the miscreants entered the imambargah after midnight
by breaking the lock and fled after setting it on fire. There was no loss of life. On the information,
fire brigade reached and brought the fire under control. The Shia community staged a protest demonstration
and demanded the arrest of the culprits. Police have registered a case against unknown persons.
""")

R(83, "blog_post", "2023-11-18", 5, "Bhimber", "JK", 0, 0, "AJK Police", "property_attack", "alleged", """
Last weekend I drove to Bhimber to see it for myself. On {W=Saturday} morning, a police contingent arrived at the
small Ahmadi place of worship in the old town and, according to three witnesses I spoke to, officers from
the local station supervised labourers as they knocked down its two minarets. No court order was shown.
The AJK Police have not said anything publicly, but the DSP told me they were acting "to keep peace" after
complaints. The rubble was still there when I visited. Nobody was hurt — this time.
""")

R(84, "hrcp_paragraph", "2023-08-16", "2023-08-25", "Jaranwala", "PB", 0, 0, None, "mob_violence", None, """
HRCP fact-finding: Jaranwala. On 16 August 2023, mobs attacked Christian neighbourhoods of Jaranwala,
Faisalabad district, after allegations that pages of the Quran had been desecrated. Our team found that at
least 19 churches and 86 houses were burnt or vandalised over several hours while the police largely stood
by. No deaths were reported. Announcements from mosque loudspeakers had called people to gather. HRCP
believes the violence was premeditated and demands an independent judicial inquiry.
""")

R(85, "wire_ap_brief", "2017-04-13", 0, "Mardan", "KP", 1, 1, None, "mob_violence", None, """
MARDAN, Pakistan (AP) - A mob of students beat and shot to death a fellow student accused of blasphemy
at a university in northwestern Pakistan on {W}, police said. A second student was also beaten and is in a
hospital. Police official Alam Khan said the mob stormed the hostel of Abdul Wali Khan University in Mardan
and dragged out Mashal Khan, a journalism student. Police have arrested eight people.
""")

R(86, "tweet", "2021-05-13", 0, "Kotli", "JK", 0, 3, None, "mob_violence", None, """
Mob attacked Ahmadi place of worship in #Kotli #AJK this afternoon after Eid prayers, pelted stones, broke
the gate and minarets. 3 Ahmadis injured. Police arrived after an hour. Videos circulating. Pray for our
safety. — Ahmadi Human Rights (@AhmadiRights)
""")
R(87, "wire_ppi", "2021-10-01", 1, "Peshawar", "KP", 0, 0, "Pakistan Sikh Council", "protest", None, """
PESHAWAR, Oct 2 (PPI): Members of the Sikh community, under the banner of the Pakistan Sikh Council,
staged a protest outside the Peshawar Press Club on {W} against the killing of Sikh hakeem Satnam Singh,
who was shot dead at his clinic a day earlier. The protesters, carrying placards and the victim's
photographs, demanded the arrest of the killers and security for the community. They dispersed
peacefully after the SSP Operations assured them that the culprits would be arrested.
""")

R(88, "community_release_hazara", "2019-04-12", 1, "Marriabad", "BA", 0, 0, "Hazara Democratic Party (HDP)", "protest", None, """
PRESS RELEASE — Hazara Democratic Party, Quetta, 13 April 2019. Following the barbaric suicide attack on the
Hazarganji vegetable market yesterday morning, in which innocent Hazara labourers and vendors were martyred,
the HDP began an indefinite sit-in at Marriabad {Y} evening. Hundreds of men, women and children are
participating. Our demands: arrest of the killers, a judicial commission, and security for Hazara traders
going to the market. The sit-in will continue until the Prime Minister meets the families.
""")

R(89, "urdu_translation", "2013-11-17", 1, "Jhang", "PB", 0, 0, "Ahle Sunnat Wal Jamaat (ASWJ)", "protest", None, """
Jhang (Nama Nigar): On the call of Ahle Sunnat Wal Jamaat, a protest rally was taken out in Jhang {Y}
against the Raja Bazaar Rawalpindi tragedy. The rally started from the Jamia Masjid and culminated at the
Press Club after passing through various bazaars. The participants were carrying banners and chanting
slogans and demanded the arrest of those responsible for the martyrdom of seminary students in Rawalpindi.
The business centres of the city remained closed. Strict security arrangements were made on the occasion.
""")

R(90, "tweet", "2023-07-10", 0, "Parachinar", "KP", 0, 0, "Anjuman-e-Hussainia Parachinar", "protest", None, """
Thousands at the Parachinar Press Club right now for the sit-in called by Anjuman-e-Hussainia against the
closure of the Thall-Parachinar road, which began this morning. Shops shut. Protesters say no medicine, no
flour reaching Upper Kurram. #OpenKurramRoad #Parachinar
""")

R(91, "live_blog", "2013-01-12", 1, "Karachi", "SD", 0, 0, "Majlis Wahdat-e-Muslimeen (MWM)", "protest", None, """
Karachi sit-in live — Day 2

09:00 — Sit-in at Numaish Chowrangi enters its second day. MWM leaders say it began at 4pm {Y}, hours
after the Quetta bodies were placed on Alamdar Road. Crowd estimated at 5,000 overnight.
11:30 — Women and children join. M.A. Jinnah Road closed to traffic from Guru Mandir to Tibet Centre.
14:00 — MWM's Allama Amin Shaheedi: "We will sit here until Quetta is handed over to the army."
17:15 — Sit-ins in solidarity reported in Lahore, Islamabad and Hyderabad.
""")

R(92, "police_press_release", "2018-06-29", 0, "Gilgit", "GB", 0, 0, "Tanzeem Ahl-e-Sunnat", "protest", None, """
OFFICE OF THE SSP GILGIT — PRESS NOTE. {Tc}, after {W=Friday} prayers, a protest rally of Tanzeem Ahl-e-Sunnat
Gilgit-Baltistan was taken out from the central Jamia Masjid towards Ittehad Chowk against the arrest of a
local prayer leader. The rally remained peaceful and dispersed at 1615 hours. Police made adequate security
arrangements. The general public is requested not to pay heed to rumours. Traffic has been restored on all roads.
""")

R(93, "police_press_release", "2019-12-18", 1, "Nowshera", "KP", 0, 0, "Islamic State Khorasan Province (ISKP)", "threat", "claimed", """
District Police Nowshera — Press Release. It has come to notice that threatening letters in Pashto, bearing
the name and stamp of "Daesh Wilayat Khurasan", were found at two churches and a Christian school in
Nowshera Cantt on the morning of {W}, warning against Christmas celebrations. Security at all churches
has been enhanced and the matter has been referred to the CTD. The Christian community is assured of full
protection during the Christmas festivities.
""")

R(94, "tweet", "2024-09-06", 0, "Chenab Nagar", "PB", 0, 0, "Tehreek-e-Labbaik Pakistan (TLP)", "threat", "claimed", """
Banners signed "Tehreek-e-Labbaik Pakistan, Chiniot" hung across the main road into Chenab Nagar (Rabwah)
this morning warn Ahmadis: "Stop your activities or be ready for consequences." Police took them down after
three hours. No arrests. #Ahmadis #Rabwah
""")

R(95, "urdu_translation", "2012-05-26", 2, "Dera Allah Yar", "BA", 0, 0, "Lashkar-e-Jhangvi (LeJ)", "threat", "claimed", """
Dera Allah Yar (Nama Nigar): Threatening pamphlets of the banned Lashkar-e-Jhangvi were distributed in
Dera Allah Yar {DBY}, in which the Shia community was warned to leave the area within a month or be ready
for the consequences. The pamphlets were thrown in shops and houses at night. There is fear and panic in
the Shia community. The police have increased patrolling and started an investigation. The Shia Ulema
Council has demanded protection for the community.
""")

R(96, "community_release_ismaili", "2021-03-15", 2, "Gupis", "GB", 0, 0, "Tehrik-i-Taliban Pakistan (TTP)", "threat", "alleged", """
Statement — Ismaili Regional Council, Gupis-Yasin. A video message purportedly from the Tehrik-i-Taliban
Pakistan, circulated on WhatsApp groups in Gupis on {W}, threatens the Ismaili community and the staff of
the girls' schools run by the Aga Khan Education Service. We have shared the video with the district
police and request the authorities to verify its source. We urge our community to remain calm, to avoid
forwarding the video and to continue their routine activities.
""")

R(97, "newspaper_brief", "2016-03-20", 1, "Kohat", "KP", 0, 0, None, "displacement", None, """
KOHAT: Around 30 Christian families living in the sweepers' colony on Hangu Road left Kohat on {W}, a week
after a Christian youth was shot dead in the area following a quarrel with neighbours. Community elders
said the families had moved to relatives in Peshawar and Nowshera because they were being harassed and
threatened with blasphemy cases. The DPO said police were ready to protect anyone who returned.
""")

R(98, "hrcp_paragraph", "2021-01-10", "2021-06-01", "Machh", "BA", 0, 0, None, "displacement", None, """
After the killing of eleven Hazara coal miners in Machh in January, fear spread among the Hazara workers of
the coalfields. On 10 January 2021, about 50 Hazara families who had lived in the miners' colony in Machh
left for Quetta, and mine owners told HRCP that most Hazara labourers had not returned by March. HRCP
urges the provincial government to ensure the security of coal miners, most of whom work without any
written contract.
""")

R(99, "ticker", "2015-07-19", 0, "Kalat", "BA", 0, 0, None, "displacement", None, """
KALAT — 9 Hindu families leave Kalat for Karachi citing threats, abductions for ransom — panchayat ||
DC Kalat: "Government will provide security, families should return" ||
""")

R(100, "wire_reuters_brief", "2009-04-24", 1, "Feroz Khel", "KP", 0, 0, "Tehrik-i-Taliban Pakistan (TTP)", "displacement", "alleged", """
PESHAWAR, Pakistan, April 25 (Reuters) - Dozens of Sikh families have fled their homes in the Feroz Khel
area of Orakzai, a Pakistani tribal region on the Afghan border, after militants of the Tehrik-i-Taliban Pakistan
demanded they pay a tax on non-Muslims, officials said. The first 35 families left on {W} for Peshawar and Hasan Abdal, an
official of the political administration said. "The Taliban razed the houses of those who could not pay,"
a community leader said.
""")

# ---------------------------------------------------------------- checks and output
def main():
    ids = [r["id"] for r in RECS]
    assert len(ids) == 100 and len(set(ids)) == 100, len(ids)
    assert sorted(ids) == [f"mixed9_en:{i:03d}" for i in range(1, 101)]
    for r in RECS:
        g = r["gold"]
        if g["date"]:
            D(g["date"])
            assert g["date"] <= r["published"]
        assert g["admin1_code"] in {c for _, c in PROV.values()}
        for k in ("killed", "injured"):
            assert g[k] is None or (isinstance(g[k], int) and g[k] >= 0)
        if g["event_type"] == "legal_action":
            assert g["killed"] is None and g["injured"] is None
    RECS.sort(key=lambda r: r["id"])
    with open(OUT, "w") as f:
        for r in RECS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    long = [r for r in RECS if r["style"].endswith("_long")]
    print(f"wrote {len(RECS)} records to {OUT} ({len(long)} long, "
          f"{min(len(r['text'].split()) for r in long)}-{max(len(r['text'].split()) for r in long)} words)")
    for key in ("event_type", "admin1_code", "basis"):
        print(key, dict(Counter(r["gold"][key] for r in RECS).most_common()))
    print("style", dict(Counter(r["style"] for r in RECS).most_common()))
    print("no perpetrator", sum(1 for r in RECS if not r["gold"]["perpetrator"]))

if __name__ == "__main__":
    main()
