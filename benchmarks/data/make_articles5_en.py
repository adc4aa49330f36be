"""Generate articles5_en.jsonl: 70 project-written full news articles with gold codings.

A TUNING set written by a project writer (see README.md, "articles5_en.jsonl"). Texts are templates:
<wd:N> weekday, <md:N> "March 3", <fd:N> "March 3, 2019", <dm:N> "3 March", <rd:N> "Mar 3" for the
day N days from `published`; <wda:YYYY-MM-DD> the weekday of an absolute date. Templates must not contain literal weekday names (asserted), so every
weekday in a text is computed here with datetime. Gold `date` is published + offset (or absolute).
"""
import datetime as dt
import json
import re
from pathlib import Path

PROV = {"PK-BA": "Balochistan", "PK-KP": "Khyber Pakhtunkhwa", "PK-PB": "Punjab", "PK-SD": "Sindh",
        "PK-IS": "Islamabad Capital Territory", "PK-GB": "Gilgit-Baltistan", "PK-JK": "Azad Jammu and Kashmir"}
TYPES = {"bombing", "armed_attack", "abduction", "enforced_disappearance", "property_attack", "mob_violence",
         "legal_action", "threat", "displacement", "protest", "other"}
BASES = {None, "alleged", "claimed", "charged", "convicted", "acquitted"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
RECS = []

def day(pub, n):
    return dt.date.fromisoformat(pub) + dt.timedelta(days=n)

def render(tpl, pub):
    for w in WEEKDAYS:
        assert w not in tpl, f"literal weekday {w} in template; use <wd:N>"
    def sub(m):
        kind, n = m.group(1), int(m.group(2))
        d = day(pub, n)
        if kind == "wd":
            return WEEKDAYS[d.weekday()]
        if kind == "md":
            return f"{d:%B} {d.day}"
        if kind == "fd":
            return f"{d:%B} {d.day}, {d.year}"
        if kind == "dm":
            return f"{d.day} {d:%B}"
        if kind == "rd":
            return f"{d:%b} {d.day}"
        raise ValueError(kind)
    out = re.sub(r"<wda:(\d{4}-\d\d-\d\d)>", lambda m: WEEKDAYS[dt.date.fromisoformat(m.group(1)).weekday()], tpl)
    out = re.sub(r"<(wd|md|fd|dm|rd):(-?\d+)>", sub, out)
    assert "<" not in out or re.search(r"<[a-z]+:", out) is None, out[:80]
    return out

def R(style, pub, d, place, code, killed, injured, perp, etype, basis, text, date=None):
    """d: gold day as offset from pub (None -> use `date`, an ISO string, or null)."""
    assert code in PROV and etype in TYPES and basis in BASES, (style, code, etype, basis)
    assert (perp is None) == (basis is None) or etype == "protest", (style, perp, basis)
    gdate = day(pub, d).isoformat() if d is not None else date
    t = render(text.strip("\n"), pub)
    RECS.append({"style": style, "text": t, "published": pub,
                 "gold": {"date": gdate, "place": place, "admin1": PROV[code], "admin1_code": code,
                          "killed": killed, "injured": injured, "perpetrator": perp,
                          "event_type": etype, "basis": basis}})

# ---------------------------------------------------------------- 001-012
R("dawn", "2013-02-18", -2, "Hazara Town", "PK-BA", 84, 190, "Lashkar-e-Jhangvi (LeJ)", "bombing", "claimed", """
Hazara Town toll rises to 84 as families refuse to bury their dead
Our Staff Reporter
Published February 18, 2013
QUETTA: The death toll in <wd:-2>'s bombing of a crowded vegetable market in Hazara Town rose to 84 on <wd:-1> after more of the wounded died at the Combined Military Hospital and the Bolan Medical Complex, officials said.
The explosives, estimated by the bomb disposal squad at around 800 kilogrammes, had been packed into a water tanker parked near the market on Kirani Road. The blast flattened a row of shops and a two-storey building and left a crater nearly ten feet deep.
"Most of the victims are women and children who had come to buy vegetables in the evening," said Dr Ali Mardan, a senior official at the Bolan Medical Complex. He said about 190 people had been brought to the city's hospitals, many with severe burns.
A spokesman for the banned Lashkar-e-Jhangvi, who gave his name as Abubakar Siddique, telephoned reporters and claimed responsibility, saying the group would continue its attacks on the Hazara community.
The attack came barely five weeks after twin suicide bombings at a snooker club on Alamdar Road on January 10 killed more than 90 people, most of them Hazaras. After that attack, relatives had kept the coffins on the road for four days until the provincial government was dismissed and governor's rule imposed.
On <wd:-1>, members of the Hazara Democratic Party and the Majlis Wahdat-ul-Muslimeen began a sit-in beside the coffins on the main road and announced that the dead would not be buried until the army took control of the city. Sit-ins in solidarity were also held in Karachi, Lahore and Islamabad.
Prime Minister Raja Pervez Ashraf strongly condemned the attack and directed the authorities to bring those responsible to justice.
""")

R("tribune", "2014-03-27", -1, "Gulshan-e-Iqbal", "PK-SD", 1, 0, "Lashkar-e-Jhangvi (LeJ)", "armed_attack", "alleged", """
Shia doctor gunned down outside his clinic in Gulshan
By Our Correspondent
Published: March 27, 2014
KARACHI: A 52-year-old doctor was shot dead outside his clinic in Gulshan-e-Iqbal on <wd:-1> evening in what police described as a sectarian target killing.
Dr Syed Raza Haider, an eye specialist, was getting into his car at around 8:30pm when two men on a motorcycle opened fire on him, said Gulshan SHO Naveed Ahmed. He was hit by five bullets in the head and chest and was taken to the Aga Khan University Hospital, where he was pronounced dead on arrival.
"The attackers were waiting for him. They fired and fled towards University Road," a shopkeeper who witnessed the attack told The Express Tribune. His driver escaped unhurt.
Police collected seven empty shells of a 9mm pistol from the spot and sent them for forensic examination. "The attackers appear to belong to the banned Lashkar-e-Jhangvi, which has been involved in the killing of several doctors in the city," SSP East said, adding that no group had claimed responsibility so far.
The doctor's brother, Syed Abbas Haider, said the family had received no threats. "He treated poor patients free every weekend. He had no enmity with anybody," he said outside the hospital mortuary.
The Pakistan Medical Association called a strike at private clinics on <wd:0> and demanded protection for doctors. According to the association, more than 20 doctors have been killed in Karachi since 2012, most of them belonging to the Shia community.
The funeral prayers will be offered at the Imambargah Shah-e-Khorasan after Zuhr prayers, family members said.
""")

R("reuters", "2017-01-21", 0, "Parachinar", "PK-KP", 24, 60, "Lashkar-e-Jhangvi al-Alami", "bombing", "claimed", """
Bomb kills 24 in market in Pakistan's Shi'ite-majority Parachinar
By Reuters Staff
PARACHINAR, Pakistan, <rd:0> (Reuters) - A bomb hidden in a crate of vegetables exploded in a crowded market in the northwestern Pakistani town of Parachinar on <wd:0>, killing at least 24 people and wounding more than 60, officials said.
The blast struck the town's Eidgah market as shoppers gathered early in the morning, said Sajid Hussain Turi, a local member of parliament.
"Some of the injured are in critical condition and the death toll may rise," said Sabir Hussain, a doctor at the Agency Headquarters Hospital in Parachinar. Critically wounded patients were being flown to Peshawar by army helicopters, he said.
Lashkar-e-Jhangvi al-Alami, a sectarian militant group that has attacked minority Shi'ite Muslims in the past, claimed responsibility in an emailed statement, saying the attack was revenge for Shi'ite fighters' role in the war in Syria.
Parachinar, the main town of the Kurram tribal region near the Afghan border, is home to a large Shi'ite population and has been repeatedly targeted by Sunni militants. In February 2008, a suicide bomber killed more than 40 people at an election rally in the town.
Prime Minister Nawaz Sharif condemned the attack and said the government would not let terrorists "hold the country hostage".
Pakistan has seen a sharp fall in militant violence since the army launched an offensive in the North Waziristan region in 2014, but sectarian groups continue to carry out attacks.
(Reporting by Jibran Ahmad in PESHAWAR; Writing by Asad Hashim; Editing by Clarence Fernandez)
""")

R("ap", "2018-06-25", -1, "Sarband", "PK-KP", 2, 0, "Islamic State Khorasan Province (ISKP)", "armed_attack", "claimed", """
Gunmen kill 2 Sikh shopkeepers in northwest Pakistan; IS claims attack
By RIAZ KHAN
PESHAWAR, Pakistan (AP) — Gunmen on a motorcycle shot and killed two Sikh shopkeepers in the northwestern Pakistani city of Peshawar on <wd:-1>, police said, and the regional affiliate of the Islamic State group claimed responsibility.
Police officer Ijaz Khan said the two men, Kuljeet Singh and Ranjeet Singh, were sitting in their herbal medicine shop in the Sarband area on the outskirts of the city when the attackers opened fire and fled. Both died on the spot.
The Islamic State in Khorasan Province, the group's affiliate in Afghanistan and Pakistan, said in a statement carried by its Amaq news agency that its fighters had killed "two Sikh polytheists."
Sikhs are a tiny minority in Muslim-majority Pakistan, where about 15,000 of them live, many in Peshawar and the surrounding Khyber Pakhtunkhwa province. Community leaders say at least a dozen Sikhs have been killed in the province since 2014.
"We are peaceful people, we run our shops and we go home. Why are we being killed?" said Gurpal Singh, a community elder, at the funeral on <wd:0>, as hundreds of Sikhs gathered at a gurdwara in the city's Jogan Shah neighborhood.
Provincial chief minister Mahmood Khan condemned the killings and ordered police to arrest those responsible.
In May, a prominent Sikh leader and television anchor, Charanjeet Singh, was shot dead at his shop in Peshawar in a similar attack.
""")

R("afp", "2016-03-28", -1, "Lahore", "PK-PB", 72, 300, "Jamaat-ul-Ahrar", "bombing", "claimed", """
Pakistan mourns as Easter park bombing toll reaches 72
AFP
LAHORE: Pakistan began three days of mourning in Punjab on <wd:0> as the toll from a Taliban suicide bombing that targeted Christians celebrating Easter in a Lahore park rose to 72, many of them children.
The bomber detonated his explosives near the children's swings in the crowded Gulshan-e-Iqbal Park on <wd:-1> evening, as families, both Christian and Muslim, gathered for the holiday weekend.
"The death toll has now reached 72," a senior official of the Punjab government said, adding that more than 300 people had been wounded. Earlier, officials at Jinnah Hospital had put the toll at 65.
Jamaat-ul-Ahrar, a faction of the Pakistani Taliban, claimed responsibility. "We carried out the attack on Christians who were celebrating Easter," spokesman Ehsanullah Ehsan told AFP by telephone.
At Jinnah Hospital, relatives searched lists of the dead pinned to the walls. "My sister and her two sons went to the park for a picnic. Only one boy has come back," said Shahzad Masih, weeping.
Prime Minister Nawaz Sharif cancelled a foreign visit and chaired a security meeting, while the army said it had launched raids across Punjab against suspected militants.
Christians make up around two percent of Pakistan's population. In March 2015, twin suicide attacks on two churches in the Christian neighbourhood of Youhanabad in Lahore killed at least 15 people, an attack also claimed by Jamaat-ul-Ahrar.
""")

R("aljazeera", "2023-08-17", -1, "Jaranwala", "PK-PB", 0, 0, None, "mob_violence", None, """
Pakistan: Mob burns churches, Christian homes over blasphemy claims
Hundreds of people attacked churches and homes in Jaranwala in Punjab province after allegations that a Christian man desecrated the Quran.
Islamabad, Pakistan – Authorities in Pakistan have arrested more than 100 people after a mob set fire to several churches and dozens of Christian homes in the eastern city of Jaranwala over allegations of blasphemy.
The violence erupted on <wd:-1> morning after pages said to be from the Quran with blasphemous remarks written on them were found near a Christian neighbourhood. A crowd, called out by announcements from mosque loudspeakers, gathered and went on the rampage for several hours, attacking at least five churches and torching houses in the Isa Nagri and Cinema Basti areas.
No one was killed or injured, police said, as most Christian families had fled to nearby fields before the crowd arrived.
"They burned everything, our Bibles, our furniture, even the roof of the church," said Akash Masih, a resident, speaking to Al Jazeera by telephone. "We spent the night in the sugarcane fields."
Punjab's caretaker chief minister Mohsin Naqvi said the police had registered cases against the rioters and promised that the churches and homes would be rebuilt. The army was called in to help restore order, and schools in the area were closed on <wd:0>.
Two Christian men accused of the desecration have been arrested under the country's blasphemy laws, which carry a possible death sentence.
Rights groups say accusations of blasphemy are often used to settle personal scores. In 2013, a mob burned more than 100 homes in Lahore's Joseph Colony after a Christian man was accused of blasphemy.
""")

R("bbc", "2022-03-04", 0, "Kocha Risaldar", "PK-KP", 63, 196, "Islamic State Khorasan Province (ISKP)", "bombing", "claimed", """
Peshawar mosque blast: Dozens killed in attack on Shia worshippers
A suicide bomber has killed at least 63 people at a Shia mosque in the Pakistani city of Peshawar, officials say.
The attack happened during <wd:0> prayers at the Jamia mosque in the Kocha Risaldar area of the city's old quarter.
Witnesses said the attacker first opened fire on police guarding the entrance before walking inside and detonating his explosives among rows of worshippers.
Officials at the city's Lady Reading Hospital said 196 people were being treated, many with serious injuries. An earlier toll had put the number of dead at 56.
"There was smoke and dust everywhere, and then the screaming began," said Muhammad Ali, who was praying near the back of the hall. "I saw bodies on top of each other."
The Islamic State group's regional branch, known as IS-K, later said it was behind the attack.
Prime Minister Imran Khan condemned the bombing and said he had directed the authorities to provide the best possible treatment to the injured.
It is the deadliest attack in Peshawar since 2018. Pakistan's Shia minority, which makes up between 15 and 20% of the population, has been targeted repeatedly by Sunni militant groups. In 2013, a double suicide bombing at a church in the city killed more than 80 people.
""")

R("voa", "2014-09-12", -1, "Peshawar", "PK-KP", 0, 0, "Jamaat-ul-Ahrar", "threat", "claimed", """
Threat Letters Force Pakistani Sikh, Hindu Traders to Shut Shops
Ayesha Tanzeem
ISLAMABAD — Members of Pakistan's Sikh and Hindu communities in the northwestern city of Peshawar say they have closed their shops after receiving letters from a Taliban faction demanding money and ordering them to convert or leave.
The handwritten letters, signed in the name of Jamaat-ul-Ahrar, a breakaway group of the Pakistani Taliban, were left at shops in the Dabgari and Qissa Khwani bazaars on <wd:-1>, community leaders said.
"They have given us until the end of the month to pay jizya or leave the city," said a Sikh trader who did not want to be named for fear of reprisal. "Our children are not going to school since yesterday."
Police confirmed that complaints had been received and said they had increased patrols in the area. "We are taking the letters seriously and investigating," a senior police official told VOA.
Baba Gurpal Singh, a community leader, said at least 50 families had received the letters. He said some families were planning to move to Lahore or Hasan Abdal in Punjab province.
Pakistan's minorities have faced increasing pressure from militant groups. In 2010, the Taliban beheaded a Sikh man in the Khyber tribal region after his family failed to pay a ransom. Rights groups say several Sikh and Hindu traders have been kidnapped for ransom in the province in recent years.
""")

R("thenews", "2012-08-17", -1, "Babusar Top", "PK-KP", 22, 0, None, "armed_attack", None, """
22 passengers offloaded, shot dead at Babusar Top
By our correspondent
MANSEHRA: Militants in army uniforms stopped four passenger buses at Babusar Top on <wd:-1> morning, pulled off 22 Shia passengers after checking their identity cards and shot them dead, officials said.
The buses were travelling from Rawalpindi to Gilgit when they were stopped near the Lulusar area on the Naran road, close to the boundary between Mansehra district and Gilgit-Baltistan, said Mansehra DPO Khalid Khan.
"The attackers, around 15 in number, checked the identity cards of the passengers and separated those with Shia names. They were lined up by the roadside and shot," the official said. The other passengers were allowed to go.
The bodies were taken to the District Headquarters Hospital in Chilas and later flown to Gilgit by a C-130 aircraft.
No group has claimed responsibility so far, but officials suspect the involvement of local militants linked to sectarian outfits.
The killings sparked protests in Gilgit and Skardu, where shops and markets remained closed on <wd:0> and the administration imposed a curfew in parts of Gilgit to prevent sectarian clashes.
It was the third such attack on passengers travelling on the Karakoram Highway and the Babusar road this year. In February, 18 passengers were pulled off buses and killed in Harban Nala in Kohistan, and in April at least ten people were killed in Chilas after violence erupted over a strike in Gilgit.
Chief Minister Syed Mehdi Shah announced Rs1 million compensation for the family of each victim.
""")

R("geo", "2019-04-12", 0, "Hazarganji", "PK-BA", 20, 48, "Islamic State (IS)", "bombing", "claimed", """
Quetta blast: 20 dead, 48 injured in Hazarganji fruit market
Web Desk
QUETTA: At least 20 people were killed and 48 injured when a bomb exploded in the Hazarganji fruit and vegetable market on <wd:0> morning, police said.
DIG Quetta Abdul Razzaq Cheema said the explosive device had been planted in a sack of potatoes and went off as Hazara traders and labourers were loading produce. Eight of the dead belonged to the Hazara community, he said, and a member of the Frontier Corps was also among the victims.
The injured were shifted to the Civil Hospital and the Bolan Medical Complex, where an emergency was declared. "Several of the wounded are in critical condition," Civil Hospital spokesman Dr Waseem Baig told Geo News.
The Islamic State group claimed responsibility for the bombing through its Amaq news agency hours later.
Prime Minister Imran Khan strongly condemned the attack and sought a report from the provincial government. Balochistan Chief Minister Jam Kamal Khan said the terrorists wanted to sabotage peace in the province.
Hazara traders have been travelling to the market in convoys escorted by security forces since a series of attacks on the community. Members of the community later staged a sit-in on Western Bypass, refusing to end their protest until the government provided them security.
According to the National Commission for Human Rights, more than 500 members of the Hazara community have been killed in Quetta in attacks since 2013.
""")

R("dunya", "2021-01-04", -1, "Machh", "PK-BA", 11, 0, "Islamic State (IS)", "armed_attack", "claimed", """
Hazara families refuse to bury 11 coal miners killed in Machh
(Dunya News)
QUETTA (Dunya News) - Grieving families of the 11 coal miners killed in Machh continued their sit-in on Western Bypass with the coffins for a second day on <wd:0>, refusing to bury the bodies until Prime Minister Imran Khan visits them.
The miners, all belonging to the Hazara community, were abducted from their residential quarters near a coal mine in Machh, in Bolan district, early on <wd:-1>. Armed men tied their hands, took them to nearby hills and shot them dead, Levies officials said. Some of the victims had their throats slit.
Six of the victims were from the same family. "My brother, two nephews and a cousin were among them. They had gone to earn bread for their children," said a relative at the sit-in.
The Islamic State group claimed responsibility for the killings in a statement.
Prime Minister Imran Khan condemned the killings as "a cowardly inhuman act of terrorism" and directed the Frontier Corps to use all resources to arrest the perpetrators. Federal ministers reached Quetta to negotiate with the protesters.
The Majlis Wahdat-ul-Muslimeen announced sit-ins in solidarity in Karachi, Lahore and other cities. The Hazara community has observed such protests before: in 2013, families refused to bury nearly 100 people killed in bombings on Alamdar Road for four days.
""")

R("samaa", "2020-09-12", -1, "Karachi", "PK-SD", 0, 0, None, "protest", None, """
Thousands march in Karachi against blasphemy of companions
SAMAA | Samaa Web Desk
Tens of thousands of people took part in a rally in Karachi on <wd:-1> against what organisers called blasphemous remarks about the companions of the Holy Prophet (PBUH) during Ashura processions.
The rally, organised by a coalition of Barelvi and Deobandi groups, began from Numaish and ended at the Mazar-e-Quaid on MA Jinnah Road. Speakers demanded that the government take action against those who had insulted the companions, and several chanted slogans declaring Shias infidels.
Police said the rally ended peacefully, but members of the Shia community expressed concern over the sectarian slogans. "This kind of hate speech has always been followed by killings," said a Shia scholar in Karachi.
The protest followed the registration of several blasphemy cases against Shia speakers after the Ashura processions on August 30. According to the Human Rights Commission of Pakistan, more than 40 blasphemy cases were registered in August alone, most of them against Shias.
Another rally is scheduled in Islamabad next week. The Sindh government said it was monitoring the situation and would not tolerate incitement to sectarian violence.
""")

# ---------------------------------------------------------------- 013-035
R("nation", "2016-11-23", -1, "Lahore", "PK-PB", None, None, "Lashkar-e-Jhangvi (LeJ)", "legal_action", "convicted", """
Two LeJ men get death for killing Shia lawyer
Our Staff Reporter
LAHORE - An anti-terrorism court on <wd:-1> sentenced two activists of the banned Lashkar-e-Jhangvi to death on two counts for the murder of a Shia lawyer and his guard in 2014.
ATC-I Judge Muhammad Qasim announced the verdict at the Camp Jail, where the trial was held for security reasons. The court also fined each convict Rs200,000 and ordered that the amount be paid to the heirs of the victims.
According to the prosecution, the convicts, Muhammad Asif alias Chhotu and Abdul Rauf, had shot dead advocate Syed Zulfiqar Hussain Shah and his guard outside the lawyer's house in Samanabad in October 2014. The Counter Terrorism Department arrested them in a raid in Sheikhupura in 2015 and recovered the pistol used in the killing.
The prosecution produced 14 witnesses, including an eyewitness who identified the convicts in an identification parade, and a forensic report matching the bullet casings with the weapon.
Defence counsel said the verdict would be challenged in the Lahore High Court, arguing that his clients had been falsely implicated.
The victim's son, who was present in the courtroom, said the family had waited two years for justice. "My father defended the poor. These men killed him only because of his faith," he told reporters.
According to the Shia Ulema Council, at least 12 Shia professionals, including doctors and lawyers, were killed in target killings in Lahore between 2012 and 2015.
""")

R("dailytimes", "2013-05-07", -1, "Kotli Imam Hussain", "PK-KP", 2, 1, "Tehreek-e-Taliban Pakistan (TTP)", "armed_attack", "alleged", """
Two Shia shopkeepers shot dead in DI Khan
Staff Reporter
DERA ISMAIL KHAN: Two shopkeepers belonging to the Shia community were shot dead and another wounded in the Kotli Imam Hussain area of Dera Ismail Khan on <wd:-1> night, police said.
According to Cantonment police, unidentified gunmen riding a motorcycle opened fire on a grocery shop near the imambargah, killing Ghulam Abbas, 40, and his nephew Zafar Abbas, 22, on the spot. A customer, Muhammad Ikram, received bullet wounds and was shifted to the District Headquarters Hospital, where his condition was stated to be out of danger.
The attackers managed to escape despite the presence of a police picket nearby. Police registered a case against unknown persons and launched a search operation in the area. A senior police officer said the killing bore the hallmarks of the banned Tehreek-e-Taliban Pakistan, whose local commanders have been blamed for a string of target killings in the district.
Soon after the incident, members of the Shia community blocked Circular Road with the bodies and chanted slogans against the government and police for their failure to protect the community. The protest ended after the district police officer assured them that the killers would be arrested within a week.
Dera Ismail Khan has witnessed a wave of sectarian killings over the past several years. In February 2009, a suicide bomber attacked a funeral procession in the city, killing more than 30 people, and in 2012 a bomb planted on a motorcycle killed seven people at a Chehlum procession in the city.
A shutter-down strike will be observed in the city's bazaars on <wd:0> against the killings, traders' leaders said.
""")

R("pakistantoday", "2011-04-04", -1, "Sakhi Sarwar", "PK-PB", 50, 100, "Tehreek-e-Taliban Pakistan (TTP)", "bombing", "claimed", """
Death toll in Sakhi Sarwar shrine attack climbs to 50
Staff Report
DERA GHAZI KHAN: The death toll in the twin suicide bombings at the shrine of Sufi saint Sakhi Sarwar rose to 50 on <wd:0>, as several critically wounded devotees succumbed to their injuries at the District Headquarters Hospital and Nishtar Hospital in Multan.
Two suicide bombers struck the shrine in the town of Sakhi Sarwar, about 50 kilometres west of Dera Ghazi Khan, on <wd:-1> afternoon as thousands of devotees had gathered for the saint's annual urs. The first bomber blew himself up near the main gate and the second detonated his explosives minutes later as people ran towards the exit.
A third suicide bomber, a teenager, was caught alive by police after his explosives failed to go off. He was injured and was being interrogated, DCO Dera Ghazi Khan said.
Police said more than 100 people had been injured, 30 of whom were referred to Multan.
The Tehreek-e-Taliban Pakistan claimed responsibility for the attack. TTP spokesman Ehsanullah Ehsan told reporters by telephone that the group attacked shrines because it considered their veneration un-Islamic.
Punjab Chief Minister Shahbaz Sharif announced Rs500,000 for the family of each deceased and Rs100,000 for each of the injured.
The attack was the latest in a series of bombings on Sufi shrines. In July 2010, two suicide bombers killed more than 40 people at Data Darbar in Lahore, and in October 2010 a bombing at the Abdullah Shah Ghazi shrine in Karachi left nine people dead.
""")

R("tribune", "2019-03-23", -3, "Daharki", "PK-SD", 0, 0, None, "abduction", None, """
Two Hindu sisters 'abducted, forcibly converted' in Ghotki
By Our Correspondent
Published: March 23, 2019
GHOTKI: Members of the Hindu community staged a protest outside the Daharki Press Club on <wd:-1> against the alleged abduction of two teenage sisters, who they say were taken from their home on the eve of Holi and forcibly converted to Islam.
The girls, aged 13 and 15, were abducted from their house in Daharki on <wd:-3> evening by a group of armed men while the family was preparing for the festival, their father, Hari Lal, said in a video that was widely shared on social media.
"They took my daughters at gunpoint. I was beaten when I tried to stop them," he said, sitting on the road outside the police station. "I want my daughters back. If not, shoot me."
Hours later, another video surfaced in which the girls said they had embraced Islam of their own free will, and photographs showed them at a nikah ceremony in Rahim Yar Khan in Punjab.
Daharki police registered an FIR under the Sindh Child Marriages Restraint Act and said two suspects had been arrested, including the man who solemnised the nikah. Prime Minister Imran Khan ordered the Sindh and Punjab governments to jointly investigate the case.
The Pakistan Hindu Council said that about 1,000 Hindu and Christian girls are forcibly converted and married every year in Sindh, most of them in the districts of Ghotki, Tharparkar and Umerkot. A bill to criminalise forced conversions was passed by the Sindh Assembly in 2016 but was never enacted.
""")

R("reuters", "2016-06-14", -2, "Jafar-e-Tayyar", "PK-SD", 0, 0, None, "enforced_disappearance", None, """
Pakistani Shi'ite activist detained by 'plainclothes men', family says
By Syed Raza Hassan
KARACHI, Pakistan, <rd:0> (Reuters) - A Shi'ite rights activist has been missing since he was taken from his home in the southern Pakistani city of Karachi by men in plain clothes, his family said on <wd:0>, accusing the country's security agencies of detaining him without charge.
Syed Mohammad Zaki, 34, was picked up late on <wd:-2> night from his house in the Jafar-e-Tayyar neighbourhood by about a dozen men, some of them armed, who arrived in two double-cabin pick-up trucks, his wife said.
"They did not show any warrant. They blindfolded him and took his phone and laptop," she told Reuters. "We have gone to every police station. No one tells us where he is."
A police spokesman said Zaki had not been arrested by the police. Pakistan's military and intelligence agencies do not usually comment on such allegations.
Shi'ite groups say more than 100 members of the community have gone missing in the past two years, many of them suspected by the authorities of fighting alongside pro-government militias in Syria. The families say none has been charged or produced in court.
The Shia Missing Persons Committee said it would stage a protest outside the Karachi Press Club on <wd:1> and would file a petition in the Sindh High Court.
Pakistan's Commission of Inquiry on Enforced Disappearances has registered more than 3,000 cases since it was set up in 2011, according to its own figures.
(Writing by Kay Johnson; Editing by Nick Macfie)
""")

R("ap", "2015-05-13", 0, "Safoora Goth", "PK-SD", 43, 13, "Jundallah", "armed_attack", "claimed", """
Gunmen kill 43 Ismaili Shiites on bus in Pakistan's Karachi
By ADIL JAWAD
KARACHI, Pakistan (AP) — Gunmen riding motorcycles stopped a bus carrying members of Pakistan's minority Ismaili Shiite community in the southern city of Karachi on <wd:0> and opened fire on the passengers, killing 43 people, officials said.
The attack took place in the Safoora Goth area on the city's eastern outskirts as the bus was taking the passengers from their residential colony to a community center, police official Najeeb Khan said. Six gunmen boarded the bus and fired indiscriminately with pistols, he said.
The wounded were taken to several hospitals. Dr. Seemin Jamali of the city's Jinnah Postgraduate Medical Center said 13 people were being treated, some of them in critical condition. Among the dead were 16 women.
A breakaway Pakistani Taliban group, Jundallah, claimed responsibility. Its spokesman, Ahmed Marwat, told The Associated Press by phone that the group considered the Ismailis to be infidels and that more attacks would follow.
Prime Minister Nawaz Sharif condemned the attack, and army chief Gen. Raheel Sharif canceled a visit to Sri Lanka and flew to Karachi.
The Ismailis, who follow the Aga Khan, are a peaceful community known for their social work. They had largely escaped the sectarian violence that has killed thousands of other Shiites in Pakistan.
In January, a suicide bombing at a Shiite mosque in the southern town of Shikarpur killed 61 people, and in February gunmen attacked a Shiite mosque in the northwestern city of Peshawar, killing 21.
""")

R("gandhara", "2010-03-05", None, "Feroz Khel", "PK-KP", 0, 0, "Tehreek-e-Taliban Pakistan (TTP)", "displacement", "alleged", """
Sikh Families Flee Orakzai After Taliban Demand 'Jizya'
By Radio Mashaal
The last Sikh families in Pakistan's Orakzai tribal district have left their ancestral village after the Taliban demanded they pay the jizya tax levied on non-Muslims, community members say.
Some 35 Sikh families, about 200 people, abandoned their homes and shops in Feroz Khel, a village in Lower Orakzai where Sikhs had lived for generations, and moved to Peshawar and the Hasan Abdal shrine town in Punjab during the past week.
"The Tehrik-e Taliban told us to pay 20 million rupees or leave. We are traders, not rich men. We could not pay, so we left everything," Sardar Saiyal Singh, one of the elders, told Radio Mashaal in Peshawar.
He said Taliban fighters had already occupied some of the houses and demolished the homes of two families who had been unable to pay. No one was hurt when the families left, he added.
Pakistani officials said they were aware of the reports and that security forces were preparing an operation in the district, where the Taliban have set up their own courts and checkpoints.
The Sikh community in the tribal areas numbered in the thousands before militants took control of much of the region after 2007. Last year, Taliban militants in Orakzai kidnapped several Sikhs and released them only after receiving ransom.
Community leaders appealed to the government to provide the displaced families with shelter and compensation. Gurdwara Bhai Joga Singh in Peshawar has taken in many of them, but its management says it is running out of space.
""")

R("diplomat_analysis", "2015-02-10", None, "Lakhi Dar", "PK-SD", 61, 50, "Jundallah", "bombing", "claimed", date="2015-01-30", text="""
Shikarpur and the Spread of Sectarian Terror to Sindh
The bombing of a Shia mosque in northern Sindh shows that the province's tradition of Sufi tolerance is no shield.
By Umair Jamal
For decades, Sindh prided itself on being the land of Sufis, where shrines and imambargahs were shared by Sunnis, Shias and even Hindus. That image was badly shaken on January 30, when a suicide bomber blew himself up in the Imambargah Karbala Moalla in the Lakhi Dar neighbourhood of Shikarpur during <wda:2015-01-30> prayers.
The blast brought down part of the roof on worshippers. The death toll, initially reported as 40, rose to 61 over the following days, making it the deadliest attack in Sindh outside Karachi in years. Around 50 people were wounded, many of whom had to be moved to hospitals in Larkana and Sukkur because Shikarpur's civil hospital lacked facilities.
Jundallah, a splinter of the Tehreek-e-Taliban Pakistan that has pledged support to the Islamic State, claimed responsibility within hours.
The attack did not come out of nowhere. Northern Sindh's madrassa network has grown rapidly, and sectarian outfits such as the Ahle Sunnat Wal Jamaat have built a strong presence in districts such as Shikarpur, Jacobabad and Khairpur. In 2013, a bombing at a religious gathering in Shikarpur's Chak area killed three people.
Islamabad's National Action Plan, adopted after the Peshawar school massacre in December 2014, promised to act against sectarian groups. But as Shikarpur showed, the state's focus has remained on the tribal northwest while the infrastructure of hate in the south has been left largely untouched.
Until the government confronts that infrastructure, the Sufi land will remain vulnerable.
Umair Jamal is a Lahore-based journalist and analyst.
""")

# ---------------------------------------------------------------- 021-035
R("arabnews", "2022-10-19", -2, "Daska", "PK-PB", 0, 0, None, "property_attack", None, """
Ahmadi graves desecrated in Pakistan's Punjab, community says
SHERBAZ KHAN
ISLAMABAD: Unidentified men desecrated more than 30 graves in an Ahmadi graveyard in the town of Daska in Punjab province, smashing tombstones inscribed with Quranic verses, a spokesman for the minority community said on <wd:0>.
The attack took place late on <wd:-2> night, and was discovered by caretakers the following morning, said Amir Mahmood, a spokesman for the Jamaat-e-Ahmadiyya in Pakistan.
"The attackers broke the headstones of 32 graves and threw the pieces into a drain. This is an attack on the dead who cannot defend themselves," Mahmood told Arab News.
He said the community had informed the police and shared photographs of the damage. A police official in Sialkot district, which includes Daska, confirmed that a complaint had been received and said officers were trying to identify the culprits through CCTV footage from nearby shops.
Ahmadis consider themselves Muslims, but Pakistan's constitution declared them non-Muslims in 1974, and a 1984 ordinance bars them from "posing as Muslims," including by using Islamic inscriptions.
According to the community's annual report, at least 120 Ahmadi graves were desecrated in Pakistan last year, often by police acting on complaints by religious groups, or by unknown persons at night. In 2010, gunmen attacked two Ahmadi mosques in Lahore's Model Town and Garhi Shahu neighborhoods, killing 86 worshippers.
Human rights groups have urged the government to protect the community's places of worship and graveyards.
""")

R("thenews", "2011-09-21", -1, "Ganjidori", "PK-BA", 29, 3, "Lashkar-e-Jhangvi (LeJ)", "armed_attack", "claimed", """
26 zaireen gunned down near Mastung
Our correspondent
QUETTA: Twenty-six pilgrims were killed and three injured when gunmen stopped their bus near Mastung on <wd:-1> and opened fire after forcing them off the vehicle, officials said.
The bus was carrying Shia pilgrims, most of them from the Hazara community, from Quetta to Taftan on their way to Iran when it was intercepted in the Ganjidori area, about 40 kilometres from Quetta. The gunmen, who came in a pick-up, lined the passengers up and shot them, Levies officials said.
Later in the evening, officials said three more people had been killed when gunmen fired on a car carrying relatives who were rushing to the scene to collect the injured, taking the toll to 29. The bodies and the injured were shifted to the Combined Military Hospital Quetta.
The banned Lashkar-e-Jhangvi claimed responsibility for the attack in a telephone call to the Quetta Press Club.
The Hazara community staged a protest in Quetta's Alamdar Road area and announced three days of mourning. Prime Minister Yousaf Raza Gilani condemned the killings and ordered an inquiry.
Shia pilgrims travelling to Iran by road have been targeted repeatedly in Balochistan. In 2009, gunmen opened fire on a van carrying pilgrims near Quetta, killing six people.
""")

R("geo", "2019-09-16", -1, "Ghotki", "PK-SD", 0, 0, None, "mob_violence", None, """
Mob vandalises Hindu temple in Ghotki after blasphemy allegation against school principal
Web Desk
GHOTKI: Rangers were deployed in Ghotki on <wd:0> after a mob vandalised a Hindu temple and a private school on <wd:-1> over allegations that a Hindu principal had committed blasphemy.
The trouble began after a student's father alleged that the principal, Notan Lal, had made derogatory remarks about the Holy Prophet (PBUH) during a class. An FIR was registered against the principal under Section 295-C at Ghotki police station.
Later, a group of protesters attacked the Sindh Public School, owned by the principal, breaking windows and furniture, and then moved to the Sacho Satram Dham temple in the city, where they smashed idols and set fire to a room. No one was hurt.
"We hid inside our homes. We have lived here for generations and never seen anything like this," said a Hindu resident who asked not to be named.
Police said they had arrested the principal and placed him in protective custody, and that cases had been registered against more than 200 unidentified rioters.
Sindh Chief Minister Murad Ali Shah ordered an inquiry and directed the police to protect the Hindu community. PTI MNA Ramesh Kumar Vankwani called it an attempt to create sectarian strife and urged Muslims and Hindus in Ghotki to remain calm.
Muslim clerics in Ghotki later visited the temple with Hindu leaders in a show of solidarity.
""")

R("dawn", "2018-02-08", -1, "Haripur", "PK-KP", None, None, None, "legal_action", None, """
One sentenced to death, five to life in Mashal Khan lynching case
Our Correspondent
Published February 8, 2018
HARIPUR: An anti-terrorism court on <wd:-1> sentenced the main accused in the lynching of Mashal Khan to death, awarded life imprisonment to five others and acquitted 26 people for lack of evidence.
ATC Judge Fazal Subhan Khan announced the verdict in the Haripur Central Jail, where the trial was held, ten months after the journalism student was beaten and shot to death by a mob at the Abdul Wali Khan University in Mardan over false blasphemy allegations.
Imran Ali, who had confessed to shooting Mashal, was sentenced to death, while 25 others were given prison terms of four years each for their part in the violence.
The prosecution had brought charges against 57 accused, including university employees and students, some of them members of political parties' student wings. Eighty witnesses were examined during the trial.
Mashal's father, Iqbal Lala, said he was not satisfied with the acquittals and would challenge them in the high court. "The people who planned my son's murder are free," he told reporters outside the jail.
A joint investigation team had concluded in June last year that there was no evidence that Mashal had committed blasphemy and that the mob had been incited by a group of students and university staff.
Security was tight in Mardan and Swabi after the verdict, where some of the acquitted were given a reception by supporters.
""")

R("dunya", "2017-11-10", -1, "Nankana Sahib", "PK-PB", 1, 0, None, "armed_attack", None, """
Ahmadi man shot dead in Nankana Sahib
(Dunya News)
NANKANA SAHIB (Dunya News) – An Ahmadi man was shot dead by an unidentified gunman at his shop in Nankana Sahib on <wd:-1> afternoon, police said.
According to police, Malik Saleem Latif, 65, a lawyer and the local president of the Ahmadiyya community, was on his way to court when a gunman on a motorcycle fired at him near the district courts. He died on the spot, while his son who was with him escaped unhurt.
The body was shifted to the DHQ Hospital for post-mortem and later handed over to the family.
A spokesman for the Jamaat-e-Ahmadiyya said Latif had received death threats for months and that the police had been informed. "He was killed only because he was an Ahmadi," the spokesman said.
Police have registered a case and formed teams to trace the killer through CCTV footage. No group has claimed responsibility.
Human rights organisations condemned the murder and demanded protection for the community. According to the Ahmadiyya community, more than 260 Ahmadis have been killed in Pakistan since 1984 because of their faith.
""")

R("samaa", "2014-11-03", -1, "Jangal Khel", "PK-KP", 2, 9, "Jamaat-ul-Ahrar", "bombing", "claimed", """
Two killed, nine injured in Kohat imambargah blast
SAMAA | Samaa Web Desk
Two people were killed and nine others injured when a bomb went off near an imambargah in the Jangal Khel area of Kohat on <wd:-1> evening, police said.
According to police, the explosive device had been planted in a handcart parked outside the imambargah and was detonated by remote control as mourners were leaving after a Muharram majlis.
Rescue officials shifted the injured to the Kohat Development Authority Hospital, where an emergency was declared. Hospital officials said the condition of two of the injured was critical.
The bomb disposal squad said around five kilogrammes of explosives had been used. "It was a powerful device, and the toll could have been much higher had the majlis not ended early," a BDS official said.
Police cordoned off the area and launched a search operation. Later in the night, Jamaat-ul-Ahrar, a breakaway faction of the Tehreek-e-Taliban Pakistan, claimed responsibility for the attack in an email to journalists.
Security had been tightened in Kohat and Hangu for the month of Muharram, and mobile phone services were suspended in several parts of the district.
In 2006, a suicide bombing at a Muharram procession in Hangu killed more than 30 people and triggered days of sectarian clashes.
""")

R("pakistantoday", "2015-03-17", -1, "Youhanabad", "PK-PB", 0, 0, None, "protest", None, """
Christians protest for second day after Youhanabad church attacks
Staff Report
LAHORE: Thousands of Christians took to the streets of Youhanabad for a second day on <wd:-1>, blocking Ferozepur Road and the Metro Bus track to protest against the twin suicide bombings at two churches that killed 15 people.
Carrying wooden crosses and banners, protesters chanted slogans against the government's failure to protect the community. Schools in the area remained closed and business activity came to a halt.
Police used tear gas to disperse a crowd that had gathered near the Metro Bus station, but there were no reports of injuries. "We are not safe in our own churches. What is the government doing?" said Nasreen Bibi, whose nephew was killed.
Two suicide bombers had struck St John's Catholic Church and Christ Church in Youhanabad during <wd:-2> services, killing 15 people, including two policemen who tried to stop the bombers at the gates. More than 70 were injured. Jamaat-ul-Ahrar, a faction of the Tehreek-e-Taliban Pakistan, claimed responsibility.
Protests were also held in Karachi, Peshawar and Quetta. The Punjab government appealed for calm and announced compensation for the families of the victims.
Christian leaders called off the protest late in the evening after talks with the provincial government, and announced that a day of mourning would be observed.
""")

R("dailytimes", "2021-05-15", -2, "Kotli", "PK-JK", 0, 0, None, "other", None, """
Ahmadis barred from offering Eid prayers in Kotli
Our Correspondent
KOTLI: The district administration barred members of the Ahmadiyya community from offering Eid prayers at their place of worship in Kotli on <wd:-2>, community members said.
According to a spokesman for the community, police officials arrived at the Ahmadi place of worship in Kotli city on the morning of Eid and told those present that they could not gather for prayers under orders of the deputy commissioner. The community members then dispersed peacefully.
The deputy commissioner's office said the decision was taken "to maintain law and order" after local religious groups threatened to protest if the Ahmadis offered prayers.
The incident comes a year after a mob attacked the Ahmadi place of worship in the Kotli city, damaging its minarets in May 2020. In 2012, an Ahmadi graveyard in the nearby village of Kotli Khas was desecrated.
Human rights activists in Azad Kashmir criticised the move and said the state must protect the constitutional right of minorities to practice their religion.
"We are citizens of this state. We only ask to pray in our own building," a community elder said.
""")

R("nation", "2017-02-24", -1, "Islamabad", "PK-IS", 0, 0, "Majlis Wahdat-ul-Muslimeen (MWM)", "protest", None, """
MWM stages sit-in outside Parliament House
Our Staff Reporter
ISLAMABAD - Hundreds of workers of the Majlis Wahdat-ul-Muslimeen staged a sit-in outside the Parliament House on <wd:-1> against the killing of Shia Muslims and demanded a military operation against sectarian militant groups.
Carrying party flags and placards, the protesters gathered at the D-Chowk and marched towards the Parliament, where police had placed containers to block the way. The protest remained peaceful and no one was hurt.
Addressing the protesters, MWM Secretary General Allama Raja Nasir Abbas Jafri said Shias were being killed across the country while the government remained silent. He demanded that the perpetrators of recent attacks be brought to justice and that banned outfits be stopped from operating under new names.
The protest followed a series of attacks in February, including the suicide bombing at the shrine of Lal Shahbaz Qalandar in Sehwan on February 16, in which more than 80 devotees were killed, and the Parachinar market bombing in January which killed 24 people.
The MWM leaders said the sit-in would continue until the government accepted their demands, which include compensation for victims' families and security for Shia mosques and imambargahs.
Later, a delegation of the government led by the interior minister held talks with the MWM leadership and assured them that their demands would be considered, after which the protest was called off.
""")

R("reuters", "2012-04-05", 0, "Konodas", "PK-GB", 3, 2, None, "armed_attack", None, """
Gunmen kill three in sectarian attack in northern Pakistan; curfew imposed
By Reuters Staff
GILGIT, Pakistan, <rd:0> (Reuters) - Gunmen killed three people and wounded two in an attack in the Konodas neighbourhood of the northern Pakistani town of Gilgit on <wd:0>, police said, prompting authorities to extend a curfew as sectarian tension gripped the region.
The victims, all Shi'ite Muslims, were travelling in a car when they came under fire from gunmen hiding in a nearby building, police official Muhammad Iqbal said. The wounded were taken to the District Headquarters Hospital in Gilgit.
Tension has been high in Gilgit-Baltistan since <wd:-2>, when clashes broke out after a strike called by a Sunni group turned violent. On the same day, a mob attacked buses carrying Shi'ite passengers in the town of Chilas, killing at least nine people.
Authorities imposed a curfew in Gilgit and suspended mobile phone services. Army troops were patrolling the streets and the Karakoram Highway, the main road linking the region to the rest of Pakistan, was closed.
"We are trying to restore calm but the situation is very tense," a senior government official said, speaking on condition of anonymity.
The mountainous region, which borders China, has a long history of violence between Shi'ites and Sunnis. In 1988, hundreds of people were killed when armed tribesmen attacked Shi'ite villages near Gilgit.
(Reporting by Tariq Naqash; Writing by Michael Georgy; Editing by Robert Birsel)
""")

# ---------------------------------------------------------------- 031-040
R("ap", "2019-02-08", -2, "Turbat", "PK-BA", 0, 0, "Frontier Corps (FC)", "enforced_disappearance", "alleged", """
Family says Pakistani paramilitary took Baloch student; rights group alarmed
By ABDUL SATTAR
QUETTA, Pakistan (AP) — The family of a Baloch university student says paramilitary troops took him from his home in southwestern Pakistan this week and that he has not been heard from since, the latest in what rights groups say is a long list of enforced disappearances in restive Baluchistan province.
Shahdad Baloch, 23, a student at the University of Turbat, was taken from his family's house in the town of Turbat in the early hours of <wd:-2>, his sister told The Associated Press by phone on <wd:0>. She said men in Frontier Corps uniforms arrived in three vehicles, searched the house and took him away along with his phone.
"They said they would return him after questioning. Two days have passed and no one tells us anything," she said.
A Frontier Corps spokesman in Quetta said he had no information about the case. The paramilitary force has repeatedly denied involvement in disappearances.
The Human Rights Commission of Pakistan said it was "deeply alarmed" and urged authorities to produce the student before a court if he was accused of any crime.
Activists of the Voice for Baloch Missing Persons, a group that has campaigned for years for people it says were abducted by security agencies, held a protest outside the Quetta Press Club. The group's chairman, Nasrullah Baloch, says thousands of Baloch have gone missing since 2005, and that hundreds were later found dead.
Baluchistan has been the scene of a low-level insurgency by separatists for nearly two decades.
""")

R("afp", "2010-09-04", -1, "Quetta", "PK-BA", 73, 160, "Tehreek-e-Taliban Pakistan (TTP)", "bombing", "claimed", """
Pakistan Taliban claim Quetta Shiite rally bombing as toll hits 73
AFP
QUETTA: The Pakistani Taliban on <wd:0> claimed a suicide bombing on a Shiite procession in the southwestern city of Quetta that killed 73 people, and warned of more attacks on the minority sect.
The bomber blew himself up near Meezan Chowk on <wd:-1> as thousands of Shiites marched through the city centre in a rally marking Al-Quds Day, in solidarity with Palestinians.
"The death toll has risen to 73. Several of the wounded died overnight," senior police official Hamid Shakeel told AFP. The initial toll given on <wd:-1> evening was 54. More than 160 people were wounded.
Gunfire broke out after the blast, as angry mourners fired into the air and set fire to shops and vehicles near the chowk.
Tehreek-e-Taliban Pakistan spokesman Azam Tariq called AFP from an undisclosed location and said the group had carried out the attack "because Shiites are our enemy".
The city's Civil Hospital and the Combined Military Hospital were overwhelmed. "We had to put patients in the corridors," said a doctor at the Civil Hospital.
The attack came two days after three suicide blasts on a Shiite procession in Lahore killed 35 people. President Asif Ali Zardari condemned both attacks.
Shiite groups announced three days of mourning and a strike across Balochistan province.
""")

R("aljazeera", "2018-10-31", 0, "Islamabad", "PK-IS", None, None, None, "legal_action", None, """
Pakistan's top court acquits Asia Bibi in blasphemy case
Christian woman on death row since 2010 ordered released, triggering protests by far-right groups across the country.
Pakistan's Supreme Court has overturned the conviction of Asia Bibi, a Christian woman sentenced to death for blasphemy, and ordered her release.
A three-member bench headed by Chief Justice Saqib Nisar announced the verdict in Islamabad on <wd:0>, saying the prosecution had "categorically failed to prove its case beyond reasonable doubt".
Bibi, a mother of five, was convicted in 2010 after two Muslim women who had worked alongside her in the fields in the village of Ittan Wali in Punjab's Sheikhupura district accused her of insulting the Prophet Muhammad during a quarrel over a glass of water. She has always denied the accusation.
The case became a flashpoint. In January 2011, Punjab Governor Salman Taseer, who had spoken in her support, was shot dead in Islamabad by his own bodyguard, Mumtaz Qadri. Two months later, Minorities Minister Shahbaz Bhatti, a Christian, was killed in the capital by gunmen.
Within hours of <wd:0>'s verdict, supporters of the far-right Tehreek-e-Labbaik Pakistan blocked major roads in Lahore, Karachi and Islamabad, demanding that the judges be removed.
"This is a victory of justice," Bibi's lawyer, Saif-ul-Malook, told Al Jazeera. "But I am worried for her life and for my own."
Human rights group Amnesty International welcomed the decision and urged authorities to ensure Bibi's safety.
""")

R("bbc", "2008-07-12", -1, "Sadda", "PK-KP", 0, 0, "Tehreek-e-Taliban Pakistan (TTP)", "abduction", "alleged", """
Pakistan: Shia passengers kidnapped in Kurram
Gunmen in Pakistan's north-west have kidnapped at least 15 Shia passengers travelling to Parachinar, officials say.
The passengers were taken from two vans on <wd:-1> near the town of Sadda in the Kurram tribal agency, on the main road from Peshawar to Parachinar.
Local officials said armed men had blocked the road and checked the identity cards of passengers, taking away those with Shia names. Sunni passengers were allowed to continue.
Officials blamed the Pakistani Taliban, who they say have joined local Sunni tribesmen in a conflict with the Shia Turi tribe. There was no word from the kidnappers.
The road has been closed for long periods since fighting broke out between Sunni and Shia tribes in Kurram in April 2007, leaving Parachinar almost cut off from the rest of the country. Supplies of food and medicine have to be brought through Afghanistan.
Hundreds of people have been killed in the fighting over the past year.
"We have no news of our sons," said an elder from Parachinar, speaking to BBC Urdu by telephone. "The government has abandoned us."
A jirga of tribal elders has been trying to negotiate the release of the passengers.
""")

R("voa", "2021-12-04", -1, "Sialkot", "PK-PB", 1, 0, None, "mob_violence", None, """
Pakistan Arrests Over 100 After Mob Lynches Sri Lankan Factory Manager
VOA News
ISLAMABAD — Pakistani police said <wd:0> they had arrested more than 100 people after a mob accused a Sri Lankan factory manager of blasphemy, beat him to death and set his body on fire in the eastern city of Sialkot.
Priyantha Kumara, 49, the general manager of a sportswear factory, was attacked by workers on <wd:-1> morning after he allegedly removed posters bearing religious inscriptions from the factory's walls, police said.
Videos shared on social media showed hundreds of men dragging his body into the street and burning it while chanting religious slogans. Police said they arrived at the scene when he was already dead.
Punjab police chief Rao Sardar Ali Khan said the main suspects had been identified from the videos and that raids were continuing.
Prime Minister Imran Khan called it "a day of shame for Pakistan" and said he was personally overseeing the investigation. Sri Lanka's president called on Pakistan to bring the killers to justice.
Kumara, a Buddhist, had worked at the factory for more than seven years. One colleague, Malik Adnan, was hailed as a hero after videos showed him trying to shield the manager from the crowd.
Rights groups have long warned that blasphemy allegations in Pakistan can incite mob violence. According to the Centre for Social Justice, at least 80 people accused of blasphemy have been killed since 1990.
""")

R("dawn", "2013-09-24", -2, "Peshawar", "PK-KP", 81, 120, "Jundallah", "bombing", "claimed", """
Church attack death toll rises to 81
Zulfiqar Ali
Updated September 24, 2013
PESHAWAR: The death toll in <wd:-2>'s twin suicide bombing at the All Saints Church rose to 81 on <wd:0>, as three more injured persons died at the Lady Reading Hospital, officials said.
"The total number of dead is 81, including 34 women and seven children," said Lady Reading Hospital spokesman Jamil Shah. More than 120 people were wounded, and around 40 were still under treatment.
Two suicide bombers had blown themselves up at the gate of the 130-year-old church in the old city as hundreds of worshippers were coming out after the <wd:-2> service and were about to be served a meal on the lawn.
Jundallah, a group linked to the Tehreek-e-Taliban Pakistan, claimed responsibility, saying it would continue to target non-Muslims until US drone strikes stopped. The TTP's central spokesman distanced the organisation from the attack.
Christians across the country staged protests for a second day. In Peshawar, protesters blocked the GT Road, while in Karachi, Lahore and Islamabad, demonstrators burnt tyres and demanded protection for the community. Christian schools across the province remained closed.
Prime Minister Nawaz Sharif, who is in London, strongly condemned the attack and said terrorists had no religion. The provincial government announced three days of mourning and Rs500,000 compensation for the family of each deceased.
It was the deadliest attack on Christians in Pakistan's history. In 2009, a mob burned dozens of Christian homes in Gojra, killing at least seven people.
""")

R("tribune", "2017-05-30", -2, "Mariabad", "PK-BA", 0, 0, "Lashkar-e-Jhangvi (LeJ)", "threat", "claimed", """
LeJ pamphlets warn Hazaras to 'leave Quetta'
By Mohammad Zafar
Published: May 30, 2017
QUETTA: Pamphlets bearing the name of the banned Lashkar-e-Jhangvi were found pasted on walls and thrown into houses in Mariabad on <wd:-2>, warning members of the Hazara community to leave Quetta or face "the fate of their brothers".
The pamphlets, written in Urdu, also named five Hazara traders and a community leader and described them as "targets", residents said. "The letters say the Hazaras are infidels and the city will be cleansed of them," said a shopkeeper in Mariabad.
Police said they had collected the pamphlets and begun an investigation. "We are taking them seriously. Additional personnel have been deployed in Mariabad and on Alamdar Road," a senior police officer told The Express Tribune.
The Hazara Democratic Party demanded that the government arrest those behind the threats. "These are not empty words. Every time such pamphlets appear, our people are killed," said HDP chairman Abdul Khaliq Hazara.
The Hazara community, estimated at around 500,000 people, lives mostly in two enclaves in Quetta — Mariabad and Hazara Town — which are guarded by security checkpoints. Residents say they have been confined to these areas since a spate of attacks that killed hundreds.
In April, four Hazara traders were shot dead in the city's Jinnah Road area. In 2012, the Lashkar-e-Jhangvi distributed similar letters before a wave of target killings in the city.
""")

R("thenews", "2015-08-20", -1, "Karachi", "PK-SD", None, None, "Ahle Sunnat Wal Jamaat (ASWJ)", "legal_action", "convicted", """
ATC awards life term to two ASWJ men for killing Shia scholar
Our Correspondent
KARACHI: An anti-terrorism court on <wd:-1> sentenced two activists of the proscribed Ahle Sunnat Wal Jamaat to life imprisonment for the murder of a Shia religious scholar in the city's Soldier Bazaar area in 2013.
The ATC-VI judge, who announced the verdict at the judicial complex inside the Central Prison, found Zubair Ahmed and Sohail alias Kaka guilty of killing Allama Syed Hassan Abbas and wounding his driver. A third accused, who is absconding, was declared a proclaimed offender, and the court issued his perpetual arrest warrants.
According to the prosecution, the convicts had intercepted the scholar's car near a traffic signal on MA Jinnah Road and opened fire on him, killing him on the spot. They were arrested by the Counter-Terrorism Department during a raid in Orangi Town a year later.
Prosecutor Abdul Maroof told the court that the accused had confessed before a magistrate and that their weapons had been matched with the empties found at the crime scene.
The convicts' counsel said they would appeal the verdict in the Sindh High Court.
Karachi has seen hundreds of sectarian killings over the past decade. According to police figures, more than 700 people, Shias and Sunnis, were killed in sectarian attacks in the city between 2012 and 2014.
""")

R("geo", "2005-01-09", -1, "Gilgit", "PK-GB", 5, 3, None, "armed_attack", None, """
Curfew in Gilgit after Shia leader shot
Web Desk
GILGIT: The authorities imposed an indefinite curfew in Gilgit on <wd:0> and called in the army after violent clashes followed an attack on a prominent Shia leader that left five people dead.
Agha Ziauddin Rizvi, a senior cleric, was critically wounded when gunmen ambushed his vehicle near his home on <wd:-1> afternoon, police said. Three of his guards were killed on the spot. The cleric was later airlifted to the Combined Military Hospital in Rawalpindi.
Late in the evening, two more of his guards died of their wounds at the District Headquarters Hospital, bringing the toll from the attack to five, officials said. Three others, including the cleric and a passer-by, remained in hospital.
Angry protesters took to the streets after news of the attack spread. They set fire to government buildings and vehicles, and clashed with police in several parts of the town.
"The situation is tense but under control. The army is patrolling the main roads," a spokesman for the Northern Areas administration said.
No group has claimed responsibility. Police said they were investigating whether the attack was linked to a long-running dispute over the school curriculum.
Gilgit has witnessed repeated sectarian clashes. In 1988, armed lashkars attacked Shia villages near the town, killing more than 100 people.
""")

R("dunya", "2018-08-06", -1, "Khuzdar", "PK-BA", 0, 0, None, "abduction", None, """
Hindu trader abducted in Khuzdar
(Dunya News)
KHUZDAR (Dunya News) – A Hindu trader was abducted at gunpoint from his shop in Khuzdar's main bazaar on <wd:-1> evening, police said.
According to police, four armed men arrived in a car, forced Sham Lal, 42, a grain merchant, into the vehicle and drove off towards the Sorab road. No one was hurt in the incident.
The trader's brother said the family had not received any ransom demand so far. "We are simple traders. We have no enmity with anyone," he said.
Police have registered a case against unknown persons and set up checkpoints on roads leading out of the district.
Members of the Hindu community closed their shops in the bazaar on <wd:0> in protest and demanded the trader's immediate recovery.
"We will not open our shops until Sham Lal returns home safely," said Vijay Kumar, president of the local traders' association. The deputy commissioner met a delegation of the community and assured them that the Levies and police were working together to trace the kidnappers.
The Hindu Panchayat said more than 30 Hindu traders had been abducted for ransom in Balochistan over the past decade, and several families had migrated to other provinces or to India as a result.
""")

# ---------------------------------------------------------------- 041-055
R("samaa", "2024-11-26", -3, "Bagan", "PK-KP", 0, 0, None, "displacement", None, """
Hundreds of families flee Bagan as Kurram violence spreads
SAMAA | Samaa Web Desk
Hundreds of families have left their homes in the Bagan area of Lower Kurram since <wd:-3>, when armed men set fire to the town's bazaar and houses in the aftermath of an attack on a passenger convoy, local elders and officials said on <wd:0>.
Residents said families loaded whatever belongings they could carry onto pick-up trucks and tractors and headed towards Hangu, Kohat and Peshawar, while others took shelter with relatives in villages further from the main road. No casualties were reported during the exodus.
"We left with only the clothes we were wearing. Our shops and the market have been burnt," said a trader who reached Thall with his family.
The deputy commissioner of Kurram said about 300 families had been displaced and that the district administration was arranging camps with the help of the Provincial Disaster Management Authority.
The violence was triggered by an attack on a convoy of passenger vehicles near Mandoori on November 21, in which more than 40 people, most of them Shias travelling from Parachinar, were killed. Fighting between tribes in Kurram has since claimed dozens of other lives.
A government delegation led by the provincial law minister was holding talks with elders of both sides to arrange a ceasefire. Mobile and internet services remain suspended in the district, and the Thall-Parachinar road is closed to traffic.
In July, clashes over a land dispute in the Boshehra area killed 49 people before a truce was agreed.
""")

R("pakistantoday", "2023-02-05", -1, "Sheikhupura", "PK-PB", None, None, "Tehreek-e-Labbaik Pakistan (TLP)", "legal_action", "charged", """
Police book 25 TLP workers for attack on Ahmadi worship place
Staff Report
SHEIKHUPURA: Police on <wd:-1> registered a case against 25 named and 100 unidentified workers of the Tehreek-e-Labbaik Pakistan for storming an Ahmadi place of worship and demolishing its minarets in a village near Sheikhupura last week.
The FIR was registered at the Saddar police station on the complaint of a member of the Ahmadiyya community under sections of the Pakistan Penal Code and the Anti-Terrorism Act, including rioting, trespass and criminal intimidation. Four of the accused have been arrested, police said.
According to the complainant, a group of TLP workers led by a local office-bearer of the party arrived at the worship place in the village of Kot Abdul Malik late at night, climbed onto the roof and broke its two minarets with hammers while chanting slogans. No one was injured.
A TLP spokesman in Lahore denied that the party was involved and said its workers were being "falsely implicated to please the Qadianis".
Jamaat-e-Ahmadiyya spokesman Amir Mahmood said this was the eighth such attack on Ahmadi places of worship in Punjab since the beginning of the year. "In many cases, the police themselves removed the minarets on the demand of extremists," he said.
Last year, the Human Rights Commission of Pakistan documented attacks on more than 30 Ahmadi places of worship and graves in the country.
""")

R("dailytimes", "2022-01-31", -1, "Chamkani", "PK-KP", 1, 1, "Islamic State Khorasan Province (ISKP)", "armed_attack", "claimed", """
Christian pastor shot dead in Peshawar, Daesh claims responsibility
Staff Reporter
PESHAWAR: A Christian pastor was shot dead and another wounded when unidentified motorcyclists opened fire on their car in the Chamkani area of Peshawar on <wd:-1> afternoon.
Police said Pastor Samuel Yaqoob, 75, and Pastor Naeem Patras were returning from a <wd:-1> service at a church on Ring Road when two men on a motorcycle fired at them. Yaqoob died on the spot, while Patras was shifted to the Lady Reading Hospital, where his condition was said to be stable. Their driver escaped unhurt.
The Islamic State Khorasan Province, also known as Daesh, claimed responsibility for the attack in a statement released on its Amaq news agency late at night.
Chief Minister Mahmood Khan strongly condemned the killing and ordered the inspector-general of police to arrest the culprits. Bishop of Peshawar Humphrey Sarfaraz Peters said the Christian community was living in fear and demanded security for churches and clergy.
Christians in Peshawar have been targeted several times. In September 2013, twin suicide bombings at the All Saints Church killed more than 80 worshippers, and in 2016 a suicide attack on Christian Colony in Warsak was foiled by security guards.
Police said CCTV footage from the area had been obtained and that the investigation was under way.
""")

R("nation", "2015-02-19", -1, "Shehzad Town", "PK-IS", 3, 5, "Tehreek-e-Taliban Pakistan (TTP)", "bombing", "claimed", """
Three martyred in suicide attack on Islamabad imambargah
Staff Reporter
ISLAMABAD - At least three people were martyred and five injured when a suicide bomber attacked an imambargah in Shehzad Town during Maghrib prayers on <wd:-1>, police said.
According to police, the attacker tried to enter the Imambargah Qasr-e-Sakina after exchanging fire with volunteers at the gate. When he was stopped, he blew himself up near the entrance. A second attacker was shot dead by guards before he could detonate his suicide vest.
The injured were shifted to the Pakistan Institute of Medical Sciences, where two of them were said to be in critical condition.
The Tehreek-e-Taliban Pakistan claimed responsibility for the attack, saying it was revenge for the execution of militants after the lifting of the moratorium on the death penalty.
"Had the volunteers not stopped him at the gate, there would have been a massacre. There were more than 100 people inside," said a caretaker of the imambargah.
Interior Minister Chaudhry Nisar Ali Khan visited PIMS and inquired after the injured. Prime Minister Nawaz Sharif strongly condemned the attack and said the nation was united against terrorism.
Security was tightened at imambargahs and mosques across the capital. The attack came a week after a Taliban assault on an imambargah in Hayatabad, Peshawar, killed 21 worshippers.
""")

R("reuters", "2023-09-29", 0, "Mastung", "PK-BA", 60, 70, "Islamic State Khorasan Province (ISKP)", "bombing", "alleged", """
Suicide bombing kills 60 at Prophet's birthday procession in Pakistan
By Gul Yousafzai and Asif Shahzad
QUETTA, Pakistan, <rd:0> (Reuters) - A suicide bomber blew himself up among worshippers gathered for a procession to celebrate the birthday of the Prophet Mohammad in southwestern Pakistan on <wd:0>, killing at least 60 people, officials said.
The blast took place near a mosque on Alfalah Road in the town of Mastung, about 50 km (30 miles) south of the provincial capital Quetta, as hundreds of people gathered for the Eid Milad-un-Nabi procession.
"The death toll has risen to 60," said Abdul Razzaq Sasoli, a senior local official. Earlier, officials had put the toll at 52. About 70 people were wounded, some of them critically, and were taken to hospitals in Mastung and Quetta.
Among the dead was a senior police officer who was on duty at the procession.
No group immediately claimed responsibility. The Pakistani Taliban denied involvement in a statement. Provincial officials said they suspected the Islamic State's regional affiliate, known as Islamic State Khorasan Province, which has attacked Sufi gatherings and shrines before.
Caretaker Prime Minister Anwaar-ul-Haq Kakar condemned the attack. In a separate attack on the same day, a blast at a mosque in Hangu in Khyber Pakhtunkhwa province killed five people.
Mastung has been the site of some of Pakistan's deadliest attacks. In July 2018, a suicide bombing at an election rally in the district killed 149 people, an attack claimed by Islamic State.
(Reporting by Gul Yousafzai in Quetta and Asif Shahzad in Islamabad; Editing by Raju Gopalakrishnan)
""")

R("ap", "2017-10-09", -1, "Quetta", "PK-BA", 4, 1, "Lashkar-e-Jhangvi (LeJ)", "armed_attack", "alleged", """
Gunmen kill 4 women from Shiite Hazara minority in Pakistan
By ABDUL SATTAR
QUETTA, Pakistan (AP) — Gunmen opened fire on a bus carrying women from Pakistan's minority Shiite Hazara community on <wd:-1>, killing four of them and wounding a fifth in the southwestern city of Quetta, police said.
Police official Abdul Razzaq Cheema said two attackers on a motorcycle stopped the small passenger bus on a busy road on the city's outskirts and fired inside. The women were returning from their jobs at a vegetable market, he said.
The wounded woman was taken to the city's Civil Hospital, where doctors said her condition was stable.
Cheema said police suspect Lashkar-e-Jhangvi, a Sunni militant group that has killed hundreds of Hazaras in the province. No one immediately claimed responsibility.
The Hazaras, who are ethnically distinct and easily recognizable, have long been targeted by Sunni extremists who consider them infidels. Most of the community now lives in two heavily guarded enclaves in Quetta.
"Women are now being targeted. Where should we go?" said Tahir Hazara, a relative of one of the victims, at the hospital.
In January 2013, twin bombings at a snooker hall in a Hazara neighborhood killed more than 90 people, and a month later a bomb at a market killed more than 80.
Later on <wd:-1>, Hazaras protested by blocking a main road, demanding that the government protect the community.
""")

R("afp", "2020-07-20", -4, "Kohat", "PK-KP", 0, 0, "Counter Terrorism Department (CTD)", "enforced_disappearance", "alleged", """
Family of 'disappeared' Shiite cleric in Pakistan accuses counter-terrorism police
AFP
PESHAWAR: The family of a Shiite cleric in northwest Pakistan says he was seized by counter-terrorism police four days ago and has not been seen since, adding to a list of so-called "missing persons" from the minority sect.
Maulana Syed Mehdi Hussain, 45, the prayer leader of an imambargah in Kohat, was stopped at a checkpoint on <wd:-4> evening while driving home and taken away by men in the uniform of the Counter Terrorism Department, his brother told AFP.
"They put him in a van and left. When we went to the CTD office they said they had never arrested him," said the brother, who asked not to be named for fear of reprisals.
A CTD spokesman in Peshawar denied that the department was holding the cleric. "If he had been arrested, he would be produced before a court," he said.
Shiite organisations say dozens of members of the community, mostly young men suspected of having fought in Syria, have been held without charge in recent years. The family said they would petition the Peshawar High Court for his recovery.
Pakistan's commission on enforced disappearances says it has traced more than 4,000 of the nearly 7,000 cases it has received since 2011, but rights groups say the real number is far higher.
"Disappearing people is a crime, whoever does it," said Asad Butt, vice-chairman of the Human Rights Commission of Pakistan.
""")

R("aljazeera", "2013-09-05", -1, "Ancholi", "PK-SD", 2, 1, "Lashkar-e-Jhangvi (LeJ)", "armed_attack", "alleged", """
Shia scholar and guard killed in Pakistan's Karachi
Police suspect a banned sectarian group in the latest killing in the city, where hundreds have died in targeted attacks.
A prominent Shia scholar and his bodyguard have been shot dead in the Pakistani city of Karachi, in the latest in a string of sectarian killings in the country's largest city.
Allama Syed Abbas Rizvi was leaving an imambargah in the Ancholi neighbourhood after evening prayers on <wd:-1> when gunmen on two motorcycles opened fire, police said. His guard was also killed, and a passer-by was wounded.
Both men were pronounced dead at the Abbasi Shaheed Hospital, a hospital official told Al Jazeera.
Senior police official Raja Umar Khattab said the attack bore the hallmarks of Lashkar-e-Jhangvi, an armed group that has claimed many attacks on the Shia community. "We believe it is the same network that carried out the recent killings in Federal B Area," he said.
Hundreds of mourners gathered outside the hospital, and some blocked roads in protest. Shops in Ancholi and nearby areas remained closed on <wd:0>.
Karachi, a city of 20 million people, has been plagued by political, ethnic and sectarian violence. Rights groups say more than 400 Shias were killed in Pakistan in 2012, the deadliest year on record for the community.
In March, a bombing in the Shia neighbourhood of Abbas Town killed at least 45 people.
""")

R("bbc", "2021-06-30", None, "Ghouspur", "PK-SD", 0, 0, None, "displacement", None, """
The Hindu families leaving their village in Sindh
By BBC Urdu
Dozens of Hindu families have left the village of Ghouspur in Sindh province, saying they no longer feel safe after a string of kidnappings and the killing of a local trader.
Around 40 families, about 250 people, packed up their belongings and moved to the cities of Kandhkot, Sukkur and Karachi over the past week, community members told BBC Urdu.
"My grandfather was born here. But now no one from our community leaves the house after dark," said Dileep Kumar, a teacher who left with his wife and three children. "We have left our land, our temple, everything."
The exodus followed the killing of a Hindu grain trader, who was shot dead outside his shop earlier this month when he resisted kidnappers. Four other Hindus from the area are still being held by gangs operating from the riverine forests along the Indus.
Police in Kashmore district say they have launched operations against the gangs, but residents say the kidnappings have continued.
The Pakistan Hindu Council says thousands of Hindus have migrated from Sindh to India over the past decade because of insecurity and forced conversions.
Sindh's government says it is committed to protecting minorities and has asked the families to return, promising security.
""")

R("voa", "2023-07-31", -1, "Khar", "PK-KP", 63, 200, "Islamic State Khorasan Province (ISKP)", "bombing", "claimed", """
Islamic State Claims Pakistan Rally Bombing as Death Toll Rises to 63
VOA News
ISLAMABAD — The Islamic State group's regional affiliate claimed responsibility <wd:0> for a suicide bombing at a rally of a pro-Taliban Islamist party in northwestern Pakistan, as the death toll rose to 63.
The bomber struck on <wd:-1> afternoon at a convention of the Jamiat Ulema-e-Islam-Fazl party in Khar, the main town of the Bajaur district bordering Afghanistan, as more than 400 people gathered under a tent.
"The death toll has reached 63. Many of the wounded are in critical condition," Bajaur's deputy commissioner told VOA. Officials said about 200 people were wounded, many of whom were flown to Peshawar by military helicopters. The toll given on <wd:-1> night was 44.
Islamic State Khorasan Province said in a statement that one of its fighters had carried out the attack. The group has accused JUI-F of hypocrisy for supporting democracy and for its ties with the Afghan Taliban.
JUI-F leader Maulana Fazlur Rehman demanded an investigation and urged his supporters to remain calm. Prime Minister Shehbaz Sharif condemned the attack.
ISKP has carried out several attacks on the party in Bajaur. In 2022, a prominent JUI-F cleric was killed in the district in an attack claimed by the group.
"""
)

R("dawn", "2024-11-22", -1, "Mandoori", "PK-KP", 42, 20, None, "armed_attack", None, """
Death toll in Kurram convoy attack rises to 42
Our Correspondent
Published November 22, 2024
PARACHINAR: The death toll in <wd:-1>'s attack on a passenger convoy in Lower Kurram rose to 42 on <wd:0>, as several more injured passengers died in hospitals, officials said.
The convoy of around 200 vehicles, travelling under police escort from Parachinar to Peshawar, came under fire from gunmen positioned on both sides of the road near Mandoori, in the Ochat area of Lower Kurram, shortly after noon.
"We have received 42 bodies, including women and children," a spokesman for the District Headquarters Hospital Parachinar said. Twenty others were injured, some of them seriously. On <wd:-1> evening, the toll had stood at 38.
Most of the victims were Shias from Parachinar and surrounding areas who had been travelling in the convoy after the Thall-Parachinar road was reopened for traffic under armed escort.
No group has claimed responsibility for the attack.
Chief Minister Ali Amin Gandapur strongly condemned the attack and dispatched a delegation including the provincial law minister to Kurram. Prime Minister Shehbaz Sharif also condemned it and said those responsible would not escape justice.
In October, an attack on a convoy in the same area killed 15 people. Kurram has seen repeated cycles of tribal and sectarian violence; in July, fighting over a land dispute killed 49 people.
Shops and markets in Parachinar remained closed on <wd:0>, and a sit-in was started at the press club by the Shia community.
""")

# ---------------------------------------------------------------- 052-061
R("tribune", "2009-09-09", -2, "Bumburet", "PK-KP", 1, 0, "Tehreek-e-Taliban Pakistan (TTP)", "abduction", "claimed", """
Greek volunteer kidnapped from Kalash valley, guard killed
By Our Correspondent
Published: September 9, 2009
CHITRAL: Suspected militants kidnapped a Greek national who had worked for years for the welfare of the Kalash community from his residence in Bumburet valley late on <wd:-2> night, killing a policeman guarding the house, officials said.
About 15 armed men crossed over from the Afghan side of the border and stormed the house of Athanasios Lerounis in Bumburet, said a senior police official in Chitral. The guard, constable Gul Khan, was shot dead when he tried to resist.
The kidnappers took the Greek volunteer towards the Afghan province of Nuristan. Security forces sealed the border passes and launched a search operation in the area.
On <wd:0>, a spokesman for the Tehreek-e-Taliban Pakistan claimed responsibility for the kidnapping in a phone call to journalists in Peshawar and said the Greek would be released only if the government freed several Taliban commanders.
Lerounis had lived among the Kalash for more than 15 years, building schools, a museum and water channels for the tiny pagan community, which numbers about 4,000 people in three valleys of Chitral.
"He was our brother. He did everything for our children," said a Kalash elder in Bumburet. Members of the community held a protest outside the district headquarters in Chitral town demanding his safe recovery.
The Kalash have faced increasing pressure from militants in recent years, and some families have been forced to convert, according to community leaders.
""")

R("thenews", "2012-12-28", -1, "Chenab Nagar", "PK-PB", 0, 0, None, "other", None, """
Administration bans Ahmadi gathering in Chenab Nagar
Our correspondent
CHINIOT: The district administration on <wd:-1> imposed Section 144 in Chenab Nagar and refused permission to the Ahmadiyya community to hold its annual convention, citing security concerns.
A notification issued by the Chiniot deputy commissioner's office said the gathering could lead to a "law and order situation" after religious groups announced that they would hold a counter-rally in the town. The order bans gatherings of more than four people for a week.
Community spokesman Saleemuddin said the Ahmadis had not been allowed to hold the annual convention, known as the Jalsa Salana, in the town since 1983. "We had applied only for a small gathering within our own premises. Even that is not allowed," he said.
Chenab Nagar, formerly known as Rabwah, is the headquarters of the Ahmadiyya community in Pakistan, and around 95 percent of its residents are Ahmadis.
Religious parties held their own annual Khatm-e-Nabuwwat conference in the town earlier this month under heavy police protection.
The community has faced repeated violence. In May 2010, gunmen and suicide bombers attacked two Ahmadi places of worship in Lahore's Model Town and Garhi Shahu, killing 86 people. The Punjab police have registered several cases in Chenab Nagar against Ahmadis for printing and distributing religious literature.
""")

R("geo", "2014-01-15", -1, "Karachi", "PK-SD", 0, 0, "Tehreek-e-Taliban Pakistan (TTP)", "threat", "claimed", """
Shia scholars in Karachi receive TTP threat letters
Web Desk
KARACHI: At least six prominent Shia scholars and a Hindu community leader in Karachi have received letters bearing the letterhead of the Tehreek-e-Taliban Pakistan, threatening them with death unless they pay protection money, police said on <wd:0>.
The letters, delivered by courier on <wd:-1>, demanded between Rs2 million and Rs5 million from each recipient and warned that those who did not comply "would meet the fate of the scholars killed last year", a senior officer of the Counter-Terrorism Department said.
"We have received complaints from the recipients and are tracing the courier company's records," the officer told Geo News, adding that security had been increased at the homes of the scholars and at several imambargahs in the city.
Allama Hasan Turabi of the Shia Ulema Council said the government must act before another scholar was killed. "These threats come first and then the bullets," he said.
A TTP spokesman in Karachi told reporters by telephone that the letters had been sent by the group and that it considered Shias "legitimate targets".
Extortion and target killings by Taliban factions have increased in Karachi, particularly in the Sohrab Goth, Manghopir and Orangi areas. In 2013, police recorded more than 150 cases of sectarian killings in the city.
Police advised the recipients to limit their movements and not to travel without escorts.
""")

R("dunya", "2020-12-22", -2, "Satellite Town", "PK-PB", 0, 0, "Tehreek-e-Labbaik Pakistan (TLP)", "property_attack", "alleged", """
Minarets of Ahmadi place of worship demolished in Gujranwala
(Dunya News)
GUJRANWALA (Dunya News) – Minarets and the arch of an Ahmadi place of worship in Satellite Town, Gujranwala were demolished late on <wd:-2> night, members of the community said.
According to the community, a group of around 20 men, some of them carrying flags of the Tehreek-e-Labbaik Pakistan, climbed onto the building and broke the minarets with hammers and iron rods. No one was injured as the building was empty at the time.
A spokesman for the Jamaat-e-Ahmadiyya alleged that local TLP leaders had been campaigning against the worship place for weeks and had threatened to "remove" the minarets themselves if the administration did not.
A TLP office-bearer in Gujranwala denied the allegation, saying the party had no link with the incident.
Police said they had received an application from the Ahmadi community and were investigating the matter. No arrests have been made so far.
Under a 1984 ordinance, Ahmadis are barred from calling their places of worship mosques or building them in the manner of mosques. In several cases in Punjab, police themselves have demolished minarets on the demand of religious groups.
In September, a similar incident occurred in a village near Sheikhupura, where the minarets of an Ahmadi worship place were broken at night.
""")

R("samaa", "2019-06-18", -1, "Samahni", "PK-JK", 1, 0, "Tehreek-e-Labbaik Pakistan (TLP)", "armed_attack", "alleged", """
Ahmadi man shot dead in AJK's Samahni
SAMAA | Samaa Web Desk
An Ahmadi man was shot dead near his home in the Samahni area of Bhimber district in Azad Jammu and Kashmir on <wd:-1> evening, police said.
Police said Mubashir Ahmed, 38, a schoolteacher, was returning home on his motorcycle when unidentified men intercepted him and opened fire. He was hit by three bullets and died before he could be taken to the District Headquarters Hospital in Bhimber.
The family said Ahmed had been receiving threats for several months because of his faith and had informed the local police. "He was a teacher. He had no dispute with anyone," his brother said.
Police registered a case against unknown persons. Late on <wd:-1> night, they detained two local activists of the Tehreek-e-Labbaik Pakistan who, the family alleged, had led a campaign against the teacher; a police official said the two were being questioned.
Spokesman of the Ahmadiyya community Saleemuddin condemned the killing and demanded the arrest of the killers. He said hate material against Ahmadis was being openly distributed in the area.
Attacks on Ahmadis are rare in Azad Kashmir, but in 2017 a mob attacked an Ahmadi place of worship in the village of Dhirkot, injuring several people.
""")

R("pakistantoday", "2016-12-08", -2, "Abbas Town", "PK-SD", 0, 0, "Sindh Rangers", "enforced_disappearance", "alleged", """
Families say four Shia youths 'picked up' by Rangers in Abbas Town
Staff Report
KARACHI: The families of four young men from Abbas Town have alleged that personnel of the Sindh Rangers took the youths from their homes in a pre-dawn raid on <wd:-2> and have not disclosed their whereabouts since.
Speaking at a press conference at the Karachi Press Club on <wd:-1>, relatives said that men in Rangers uniforms and plainclothes arrived in several vehicles at around 3am, searched four houses and took away Syed Ali Raza, 21, Muhammad Abbas, 24, and two brothers, Haider and Jafar Naqvi.
"We have gone to every police station and to the Rangers headquarters. No one admits to holding them," said the mother of one of the youths. "If they have done anything wrong, present them in court."
A Rangers spokesman said the paramilitary force did not comment on individual cases but that it only detained suspects against whom there was evidence of involvement in terrorism.
The Shia Missing Persons Committee said more than 60 Shia men had been missing in Karachi since 2015. It announced a sit-in outside the Chief Minister's House if the youths were not produced within a week.
Abbas Town has suffered heavily from sectarian violence. In March 2013, a bomb blast in the neighbourhood killed at least 45 people and destroyed two apartment blocks.
""")

R("dailytimes", "2017-10-06", -1, "Fatehpur", "PK-BA", 22, 30, "Islamic State (IS)", "bombing", "claimed", """
Fatehpur shrine blast toll reaches 22
Staff Reporter
QUETTA: The death toll in the suicide attack on the Pir Rakhel Shah shrine in Fatehpur, Jhal Magsi, rose to 22 on <wd:0> as two more injured devotees died at the Civil Hospital Quetta.
A suicide bomber blew himself up at the gate of the shrine on <wd:-1> evening, when devotees had gathered for the dhamal. A police constable who tried to stop him was among those killed. About 30 people were injured, 12 of whom were shifted to Quetta and Larkana.
"The bomber was stopped at the gate by the constable, otherwise the casualties would have been much higher," Jhal Magsi Deputy Commissioner said.
The Islamic State (Daesh) claimed responsibility for the attack through its Amaq news agency.
Balochistan Chief Minister Nawab Sanaullah Zehri strongly condemned the attack and announced compensation for the heirs of the deceased. Security has been tightened at shrines across the province.
The same shrine was attacked in March 2005, when a bomb blast killed more than 35 people during the annual urs. In November 2016, a suicide bombing at the shrine of Shah Noorani in Khuzdar killed 52 people, in an attack also claimed by Daesh.
""")

R("nation", "2019-05-22", -1, "Bhara Kahu", "PK-IS", 1, 0, "Ahle Sunnat Wal Jamaat (ASWJ)", "armed_attack", "alleged", """
Shia cleric shot dead in Bhara Kahu, suspect arrested
Staff Reporter
ISLAMABAD - A Shia prayer leader was shot dead near his home in Bhara Kahu on <wd:-1> night, and police arrested a suspect who they said was affiliated with the banned Ahle Sunnat Wal Jamaat.
According to police, Maulana Syed Tahir Abbas Naqvi, 52, the pesh imam of a local imambargah, was returning home after Isha prayers when a man on foot fired at him from close range. He was taken to the Pakistan Institute of Medical Sciences but died on the way.
Police said the suspect was caught by residents while trying to flee and handed over to the Bhara Kahu police. A 30-bore pistol was recovered from him.
"During initial interrogation, the suspect has disclosed that he is affiliated with the ASWJ," a senior police officer said, adding that further investigation was under way.
ASWJ's Islamabad chapter denied any link with the suspect and condemned the killing.
Members of the Shia community protested on Murree Road, blocking traffic for several hours. The protest ended after the SSP assured them of a transparent investigation.
The killing came a few months after tension in the area over a dispute about loudspeakers during Muharram. In 2015, a suicide attack on an imambargah in Islamabad's Shehzad Town killed three people.
""")

R("reuters", "2023-12-01", -2, "Turbat", "PK-BA", 0, 0, "Baloch Yakjehti Committee (BYC)", "protest", None, """
Hundreds protest in Pakistan's Baluchistan over alleged custodial killing
By Gul Yousafzai
QUETTA, Pakistan, <rd:0> (Reuters) - Hundreds of people have been staging a sit-in in the town of Turbat in southwestern Pakistan since <wd:-2>, blocking a main road with the body of a young man who they say was killed in the custody of counter-terrorism police.
The protest, led by the Baloch Yakjehti Committee, a rights group, is demanding the registration of a murder case against officials of the province's Counter Terrorism Department and an end to enforced disappearances in the region.
Balaach Mola Bakhsh, 24, was killed along with three other men in what the CTD described as a shootout with militants near Turbat. His family says he had been picked up by security forces weeks earlier and had been produced in court only days before his death.
"We will not bury him until a case is registered," said Mahrang Baloch, a leader of the committee, addressing the protesters. The sit-in has remained peaceful, and women and children are among the protesters.
A spokesman for the provincial government said a judicial inquiry had been ordered into the killing.
Baluchistan, Pakistan's largest and poorest province, has been the scene of a separatist insurgency for two decades, and rights groups accuse security forces of abducting and killing suspected militants and activists, allegations the military denies.
(Reporting by Gul Yousafzai; Editing by Mark Heinrich)
""")

R("ap", "2013-06-15", 0, "Ziarat", "PK-BA", 1, 0, "Balochistan Liberation Army (BLA)", "property_attack", "claimed", """
Separatists destroy Pakistan founder's historic residence
By ABDUL SATTAR
QUETTA, Pakistan (AP) — Militants blew up a historic wooden residence in southwestern Pakistan where the country's founder, Mohammed Ali Jinnah, spent his last days, killing a police guard, officials said <wd:0>.
The attack took place early <wd:0> at the Quaid-e-Azam Residency in the hill town of Ziarat, a national monument and popular tourist destination, said local police official Mohammad Nasir. Four bombs exploded, setting the 19th-century building on fire, and the blaze destroyed most of it, including furniture and belongings used by Jinnah.
The policeman was shot dead by the attackers when he tried to stop them, Nasir said.
The Baluchistan Liberation Army, a separatist group fighting for independence for the province, claimed responsibility in a telephone call to reporters, saying it would not tolerate Pakistani national symbols on Baluch soil.
Later the same day, a bomb tore through a bus carrying female university students in the provincial capital Quetta, killing 14, and militants besieged the hospital where the wounded were taken. That attack was claimed by Lashkar-e-Jhangvi.
Prime Minister Nawaz Sharif, who took office this month, condemned the attacks and vowed to rebuild the residence.
"This is an attack on the history of Pakistan," said a retired schoolteacher in Ziarat.
""")

# ---------------------------------------------------------------- 062-070
R("afp", "2024-08-26", -1, "Rarasham", "PK-BA", 23, 0, "Balochistan Liberation Army (BLA)", "armed_attack", "claimed", """
Separatists kill 23 after checking passengers' IDs in Pakistan
AFP
Quetta (AFP) - Separatist militants in southwestern Pakistan pulled 23 passengers from trucks and buses, checked their identity cards and shot dead those from Punjab province, officials said <wd:0>.
The attack took place late on <wd:-1> night in the Rarasham area of Musakhel district in Balochistan, where around 40 gunmen blocked the highway and stopped vehicles, senior administration official Najibullah Kakar told AFP.
"The militants checked identity cards and offloaded people who belonged to Punjab. They were then shot," he said. The gunmen also set fire to at least 35 vehicles.
The outlawed Balochistan Liberation Army (BLA) claimed responsibility, saying it had launched coordinated attacks across the province. In separate attacks on <wd:0>, militants targeted police stations and a railway bridge, and security forces said they had killed 21 militants.
Interior Minister Mohsin Naqvi said the attacks would be "answered with full force". Prime Minister Shehbaz Sharif condemned what he called the "cowardly" killing of innocent passengers.
The bodies were taken to Musakhel's district hospital before being sent to their home towns in Punjab.
Baloch separatists have repeatedly targeted workers and travellers from Punjab, accusing the state of exploiting the province's resources. In April, militants killed nine passengers after offloading them from a bus near Noshki.
""")

R("aljazeera", "2022-06-21", -1, "Peshawar", "PK-KP", None, None, "Islamic State Khorasan Province (ISKP)", "legal_action", "charged", """
Pakistan indicts suspects over Peshawar Shia mosque bombing
Three men accused of facilitating the March bombing that killed more than 60 worshippers plead not guilty.
An anti-terrorism court in the Pakistani city of Peshawar has indicted three men accused of helping plan a suicide bombing on a Shia mosque in March that killed more than 60 people.
The suspects, who prosecutors say are members of the ISKP, the regional affiliate of ISIL (ISIS), pleaded not guilty when the charges were read out to them on <wd:-1>, court officials told Al Jazeera.
Prosecutors say the men provided shelter and transport to the Afghan bomber who blew himself up at the Kocha Risaldar mosque during <wda:2022-03-04> prayers on March 4. A fourth suspect, said to be the mastermind, was killed in a raid by the Counter Terrorism Department in April.
"We have strong evidence, including call records and confessional statements," a prosecutor said, speaking on condition of anonymity because he was not authorised to speak to the media.
Defence lawyers said their clients had been picked up from their homes weeks before their arrests were officially shown.
The trial is being held inside Peshawar's central prison for security reasons. The next hearing is scheduled for July.
Relatives of the victims said they hoped for swift justice. "My son was 17. He went to pray and never came back," said Hussain Ali, who attended the hearing.
""")

R("bbc", "2020-12-31", -1, "Teri", "PK-KP", 0, 0, None, "mob_violence", None, """
Pakistan: Mob destroys Hindu temple in Khyber Pakhtunkhwa
A mob has set fire to a Hindu temple in north-western Pakistan and demolished part of the building, police say.
The temple, in the village of Teri in Karak district, was attacked on <wd:-1> by a crowd of more than 1,000 people who had gathered after a rally led by local clerics opposed to its expansion.
Videos on social media showed men tearing down walls and setting the roof on fire while others chanted slogans.
No-one was hurt, police said, as there are no Hindu families living in the village. Police said a case had been registered against more than 350 people, and more than 30 had been arrested, including a local cleric.
The temple contains the shrine of a Hindu saint, Shri Paramhans Ji Maharaj, and is visited by Hindus from across Pakistan and abroad. It had been attacked before, in 1997, and was restored on the orders of the Supreme Court in 2015.
Pakistan's Chief Justice took notice of the attack and ordered the provincial government to submit a report. Hindu lawmakers and human rights groups condemned the incident.
"This is a shameful act, and it sends a terrible message to our minorities," said Ramesh Kumar Vankwani, head of the Pakistan Hindu Council.
Hindus make up about 2% of Pakistan's population and live mostly in Sindh province.
""")

R("voa", "2016-04-28", -2, "Aliabad", "PK-GB", 0, 0, "Tehreek-e-Taliban Pakistan (TTP)", "threat", "alleged", """
Ismaili Community in Pakistan's North Receives Threat Letters
VOA Urdu
ISLAMABAD — Members of the Ismaili community in Pakistan's scenic Hunza valley say they have received letters purportedly from the Pakistani Taliban warning them to stop what the letters call "un-Islamic activities" or face attacks.
Several of the handwritten letters were left on <wd:-2> at a community center and outside the homes of local leaders in Aliabad, the main town of Hunza district in Gilgit-Baltistan, residents said.
The letters, which carried the name of the Tehrik-e-Taliban Pakistan, objected to co-education, music and women working in the tourism industry, and warned that "the time for the infidels is near".
A police official in Gilgit told VOA that the letters were being investigated and that their authenticity had not been established. "It may be an attempt to create panic, but we are not taking any chances," he said.
Hunza, where most residents follow the Aga Khan, has been largely spared the sectarian violence that has hit other parts of Gilgit-Baltistan. But the Ismailis have been targeted elsewhere; last year, gunmen killed 43 Ismailis on a bus in Karachi.
Community leaders urged residents to remain calm and said they had asked the government to increase security at jamatkhanas and schools.
""")

R("gandhara", "2012-03-01", -1, "Skardu", "PK-GB", 0, 0, "Shia Ulema Council (SUC)", "protest", None, """
Thousands Protest In Skardu After Kohistan Bus Killings
By RFE/RL's Radio Mashaal
Thousands of Shi'ite Muslims rallied in the town of Skardu in Pakistan's Gilgit-Baltistan region on <wd:-1> to protest the killing of 18 Shi'ite bus passengers in the neighboring Kohistan district.
The protesters, led by the Shia Ulema Council, marched through the town's main bazaar and gathered outside the deputy commissioner's office, chanting slogans against the government and demanding the arrest of the killers. Shops and markets remained closed.
"Our people are being pulled off buses and killed like animals. How long will we keep burying our young men?" an SUC leader told the crowd.
The protest was peaceful and there were no reports of injuries, local officials said.
Gunmen in military uniforms stopped several buses on the Karakoram Highway at Harban Nala in Kohistan on <wd:-2>, checked passengers' identity cards and shot dead 18 Shi'ites travelling from Rawalpindi to Gilgit-Baltistan. A little-known group, Jundallah, said it carried out the attack.
Similar rallies were held in Gilgit, where the authorities imposed a curfew and suspended mobile-phone services amid fears of sectarian clashes.
Travel on the Karakoram Highway, the only road link between Gilgit-Baltistan and the rest of Pakistan, has come to a halt since the killings, and dozens of bodies and passengers remain stranded.
""")

R("dawn", "2015-10-12", -2, "Gahkuch", "PK-GB", 0, 0, None, "property_attack", None, """
Jamatkhana set on fire in Ghizer
Our Correspondent
Published October 12, 2015
GILGIT: Unidentified persons set fire to a jamatkhana of the Ismaili community in Gahkuch, the headquarters of Ghizer district, in the early hours of <wd:-2>, police said.
Residents said they saw flames rising from the building at around 2am and rushed to put out the fire. By the time firefighters arrived, the main hall, prayer mats, furniture and a library had been gutted. No one was inside the building.
Police said traces of petrol had been found at the scene and that the fire appeared to have been started deliberately. A case has been registered against unknown persons.
Ghizer Superintendent of Police said CCTV footage from nearby shops was being examined and that several people had been questioned.
Leaders of the Ismaili, Shia and Sunni communities jointly condemned the incident and appealed to residents to remain calm. "This is an attempt to sabotage the peace of Ghizer, where all sects have lived together for centuries," an elder said at a meeting held in the town on <wd:-1>.
Gilgit-Baltistan Chief Minister Hafeezur Rehman directed the police to arrest the culprits and announced that the government would bear the cost of rebuilding the jamatkhana.
Ghizer has remained largely peaceful during the sectarian tension that has gripped Gilgit and Diamer in the past.
""")

R("diplomat_analysis", "2023-05-15", None, "Tari Mangal", "PK-KP", 7, 0, None, "armed_attack", None, """
Kurram's Killing Fields Return
The massacre of seven teachers in a school in Upper Kurram is a warning that the district's sectarian fault lines have not healed.
By Farooq Yousaf
On May 4, gunmen walked into a government high school in Tari Mangal, a village in Upper Kurram close to the Afghan border, and shot dead seven teachers as they sat in the staff room preparing for exams. The victims were all Shias; the school's Sunni staff, according to local accounts, had left earlier.
Hours before, a Sunni teacher had been shot dead in a moving vehicle in the nearby Shalozan area, and the school massacre was widely seen as retaliation. No group claimed either attack, and officials have said little since.
The killings are the latest chapter in a conflict that has scarred Kurram for decades. Between 2007 and 2011, fighting between the Turi Shias and Sunni tribes, backed at times by the Pakistani Taliban, killed more than 2,000 people and cut Parachinar off from the rest of the country for years.
Much of today's violence is driven by disputes over land and water that overlap with sect. Jirgas have repeatedly negotiated ceasefires, but their agreements have rarely been enforced, and heavy weapons remain in the hands of tribes.
After the teachers' killings, the government suspended mobile services, and tribal elders announced yet another ceasefire. Without a settlement of the land disputes and a serious effort to disarm the tribes, the next cycle of killings is only a matter of time.
Farooq Yousaf is a researcher focused on Pakistan's northwest.
""", date="2023-05-04")

R("arabnews", "2024-06-04", None, "Mujahid Colony", "PK-PB", 1, 10, None, "mob_violence", None, """
Elderly Christian man attacked by Sargodha mob dies of wounds
SUMAIRA KHAN
ISLAMABAD: An elderly Christian man who was beaten by a mob over blasphemy allegations in the eastern Pakistani city of Sargodha last month has died of his wounds, his family and police said on <wd:-1>.
Nazir Masih, in his 70s, was attacked on May 25 at his home and shoe workshop in Mujahid Colony after he was accused of burning pages of the Quran. A mob of hundreds set fire to his house and workshop and beat him with sticks and bricks before police rescued him. He had been in intensive care at the Combined Military Hospital in Rawalpindi since.
Ten policemen were injured while trying to disperse the crowd, police said at the time. Several other Christian families fled the neighborhood.
"He was fighting for his life for nine days," a relative told Arab News. "We want justice."
Police said they had arrested more than 40 people over the attack and registered cases under terrorism laws. Punjab Chief Minister Maryam Nawaz has vowed that those responsible would be punished.
Rights groups say the attack showed how quickly blasphemy accusations can lead to mob violence in Pakistan. In August last year, crowds burned churches and Christian homes in Jaranwala, also in Punjab, after two Christians were accused of desecrating the Quran.
""", date="2024-05-25")

R("tribune", "2016-10-10", -1, "Muzaffarabad", "PK-JK", 0, 0, None, "other", None, """
Section 144 imposed, 12 clerics barred from Muzaffarabad ahead of Ashura
By Tariq Naqash
Published: October 10, 2016
MUZAFFARABAD: The Azad Jammu and Kashmir government on <wd:-1> imposed Section 144 in Muzaffarabad for ten days and barred 12 clerics of different sects from entering the city during Muharram, citing fears of sectarian unrest.
A notification issued by the home department banned pillion riding, the display of weapons and the use of loudspeakers except inside mosques and imambargahs, and ordered that Ashura processions follow only their traditional routes.
Officials said the measures were a response to tension that had built up after a clash between two groups during a procession in the city last year, in which around 15 people were injured.
"Our aim is to ensure that Muharram passes peacefully. We have received reports that some elements want to create unrest," AJK's home secretary said. Mobile phone services will also be suspended on the 9th and 10th of Muharram.
Shia leaders welcomed the security measures but objected to the ban on two of their scholars, saying they had never delivered provocative speeches. A Sunni organisation also protested the inclusion of its leader in the list.
The Shia population of Azad Kashmir is concentrated in Muzaffarabad and the Neelum valley, and sectarian violence has been rare in the region.
""")


def main():
    assert len(RECS) == 70, len(RECS)
    out = Path(__file__).with_name("articles5_en.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, r in enumerate(RECS, 1):
            n = len(r["text"].split())
            assert 180 <= n <= 650, (i, n)
            g = r["gold"]
            assert g["date"] is None or dt.date.fromisoformat(g["date"]) <= dt.date.fromisoformat(r["published"]), i
            rec = {"id": f"articles5_en:{i:03d}", "style": r["style"], "text": r["text"],
                   "published": r["published"], "gold": g}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(RECS)} records to {out}")


if __name__ == "__main__":
    main()
