"""Casualty counts: killed, injured, abducted and missing, as ranges, with attackers apart.

Bounds keep the wording, not a guess: "at least 30" -> min 30, max null; "up to 100" and
"nearly 300" -> max only; "over 100" -> min 100 (the stated figure is the bound; we do not
invent 101); "about 70" -> min = max = 70 with qualifier "about"; "dozens" -> min 24.
Conjoined groups are summed ("the driver and two passengers were killed" -> 3).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from gawahi.extract.lexicon import doc_tokens, finditer_at, match_at, words_in
from gawahi.model.claims import CountValue

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_VALUE: dict[str, int] = {w: i for i, w in enumerate(_UNITS)}
WORD_VALUE.update({w: 20 + 10 * i for i, w in enumerate(_TENS)})

_UNIT_RE = "|".join(sorted(_UNITS, key=len, reverse=True))
_TENS_RE = "|".join(_TENS)
_WORDNUM = rf"(?:(?:{_TENS_RE})(?:[\s\-](?:{_UNIT_RE}))?|{_UNIT_RE})"
_NUM = (rf"(?:\d{{1,3}}(?:,\d{{3}})+\+?|(?!(?:1[89]|20)\d\d\b)\d+(?![\s\-]years?[\s\-]old)\+?|(?:{_WORDNUM}\s+)?hundred(?:\s+(?:and\s+)?{_WORDNUM})?"
        rf"|(?:a|one)\s+hundred|(?:a|two|three)\s+dozen|dozen|{_WORDNUM})")
_VAGUE = r"(?:dozens|scores|hundreds|several|a\s+few|a\s+number|numerous|many)"
_SINGLE = r"(?:a|an|another|the|one|his|her)"
_QUAL = (r"(?:at[\s\-]least|not\s+less\s+than|no\s+fewer\s+than|a\s+minimum\s+of|up\s+to|as\s+many\s+as"
         r"|over|more\s+than|above|in\s+excess\s+of|nearly|almost|close\s+to|just\s+under|fewer\s+than"
         r"|less\s+than|under|about|around|approximately|roughly|some|an\s+estimated|estimated"
         r"|a\s+total\s+of|total\s+of|all|the\s+bodies\s+of|bodies\s+of)")
_RANGE = rf"(?:between\s+{_NUM}\s+and\s+{_NUM}|\d+\s*(?:to|-|–)\s*\d+(?![\d/.])|{_WORDNUM}\s+to\s+{_WORDNUM})"
_POSS = rf"(?:(?:his|her|their)\s+(?={_NUM}\b))?"  # "his two nephews": the number counts
_CP = rf"(?:{_QUAL}\s+)?(?:(?:an)?other\s+)?{_POSS}(?:{_RANGE}|{_NUM}|{_VAGUE}|{_SINGLE})(?:\s+of)?"
_STOP = (r"(?:were|was|have|has|had|been|are|is|be|and|or|in|at|on|by|when|where|while|after|as|near|"
         r"from|to|with|who|which|that|during|killed|killing|injured|injuring|wounded|wounding|dead|"
         r"died|hurt|left|but|into|this|these|sustained|received|suffered|later|also|then|for|among|"
         r"kidnapped|abducted|missing|reportedly|shot|gunned|lost|went|go|gone|die|dies|said|says|told|"
         r"martyred|martyring|slain|murdered|deaths|injuries|became|embraced|succumbed)\b")
_WORD = rf"(?:(?!{_STOP})[A-Za-z][\w'’\-]*|\d{{1,3}}-year-old)"
# Up to six words, plus a coordinated modifier ("four FC and police personnel").
_NP = rf"(?:\s+{_WORD}){{0,6}}(?:\s+and(?:\s+{_WORD}){{1,3}}(?=\s+(?:were|was|have|had|are|is)\b))?"
_PAREN = (r"(?:\s*,\s*(?:including|among\s+them|mostly|most\s+of\s+them|all\s+of\s+them|majority\s+of\s+them|many\s+of\s+them"
          r"|all|both|aged|(?:a|an|the)\s|[A-Z][a-z]+(?:\s+(?:[A-Z][\w.’'\-]*|and|s/o|bin))*(?=\s*,))[^,.;]{0,100}(?=,)){0,3},?"
          r"(?:\s*\([^()]{0,80}\))?"
          r"(?:\s*(?:—|–|--)\s*[^—–.;()]{3,100}?\s*(?:—|–|--))?"
          # "two students who were with him were injured"
          r"(?:\s+who\s+(?:was|were)\s+(?:with|in|at|inside|travelling|traveling|sitting|standing|accompanying|nearby)"
          r"\b[^,.;]{0,40}?(?=\s+(?:was|were)\b))?")  # "five of one family — a father, his sons — were"
# A prepositional tail on the head noun: "four people belonging to the Hazara community".
_PREP = r"(?:of|from|belonging\s+to|in|at|with|inside|outside)"
_PP = rf"(?:\s+{_PREP}(?:\s+{_WORD}){{1,5}})?"
_PP_OBJ = rf"(?:\s+(?:of|from|belonging\s+to)(?:\s+{_WORD}){{1,5}})?"  # no locatives after objects
_CPNP = rf"{_CP}{_NP}{_PP}"
_CPNP_OBJ = rf"{_CP}{_NP}{_PP_OBJ}"
_CHAIN = rf"{_CPNP}(?:(?:\s*,\s*|\s+and\s+|\s+as\s+well\s+as\s+){_CPNP})*"
_CHAIN_OBJ = rf"{_CPNP_OBJ}(?:(?:\s*,\s*|\s+and\s+|\s+as\s+well\s+as\s+){_CPNP_OBJ})*"
_AUX = (r"(?:\s+(?:were|was|have\s+been|has\s+been|had\s+been|are|is|got|being|been|reportedly|also|"
        r"critically|seriously|severely|badly|fatally|mildly|slightly|left|later|allegedly|reported|reportedly|still|"
        r"said\s+to\s+(?:have\s+)?(?:be|been)|reported\s+to\s+(?:have\s+)?(?:be|been)|believed\s+to\s+(?:have\s+)?(?:be|been)|confirmed|feared|to\s+be|be))*")

KILL_P = (r"killed|dead|died|shot\s+dead|became\s+martyrs?|embraced\s+martyrdom|succumbed(?:\s+to\s+(?:his|her|their)\s+(?:injuries|wounds))?|(?:beaten|hacked|stabbed|tortured|bludgeoned|axed|clubbed|strangled|lynched)\s+to\s+death|gunned\s+down|martyred|slain|murdered|executed|burnt\s+alive|"
          r"burned\s+alive|burnt\s+to\s+death|burned\s+to\s+death|beheaded|lynched|perished|"
          r"lost\s+their\s+lives|lost\s+his\s+life|lost\s+her\s+life|shot\s+and\s+killed|stoned\s+to\s+death|"
          r"embraced\s+shahadat|embraced\s+shahadah|jaan\s+bahaq|jan\s+bahaq|"
          r"(?:beaten|tortured|abducted|kidnapped)\s+and\s+(?:then\s+)?(?:burnt|burned|killed|murdered|shot\s+dead)"
          r"(?:\s+to\s+death|\s+alive)?|"
          r"shot\s+to\s+death|deaths|fatally\s+(?:shot|wounded|injured)|die|dies")
_HIT_IN = (r"(?:hit|struck)\s+(?:by\s+(?:a\s+)?(?:stray\s+)?bullets?\s+)?in\s+(?:the|his|her)\s+"
           r"(?:legs?|arms?|chest|shoulder|back|head|abdomen|hand|foot|thigh|neck|stomach)")
INJ_P = (r"injured|wounded|hurt|sustained\s+(?:[a-z]+\s+){0,2}injur(?:y|i?es)|received\s+(?:[a-z]+\s+){0,2}injur(?:y|ies)|"
         # "two men beaten and hurt", "was hit in the leg"
         r"beaten\s+(?:up\s+)?and\s+(?:hurt|injured|wounded)|" + _HIT_IN + "|"
         r"suffered\s+(?:[a-z]+\s+){0,2}injur(?:y|ies)|"
         r"(?:being\s+treated|under\s+treatment|receiving\s+treatment|hospitali[sz]ed)|"
         r"(?:brought|admitted)\s+to\s+(?:the\s+)?(?:[\w']+\s+){0,2}hospitals?|"
         r"survived\s+with\s+(?:\w+\s+)?(?:wounds|injuries)|suffered\s+(?:\w+\s+)?(?:burns|wounds|fractures)|"
         r"sustained\s+wounds|injures|injuries|"
         r"shot\s+and\s+(?:(?:critically|seriously|severely|badly)\s+)?(?:wounded|injured)")
ABD_P = r"kidnapped|abducted|taken\s+hostage|held\s+hostage"
MIS_P = r"missing|disappeared|went\s+missing|forcibly\s+disappeared"
KILL_A = (r"fatally\s+(?:wounded|injured|stabbed)|killed|killing|kills|kill|shot\s+dead|shooting\s+dead|shoots?\s+dead|"
          r"gunned\s+down|gunning\s+down|guns?\s+down|"
          r"fatally\s+shot|shot\s+and\s+killed|shot\s+to\s+death|deaths?\s+of|killings?\s+of|murders?\s+of|"
          r"claimed\s+the\s+lives\s+of|claiming\s+the\s+lives\s+of|massacred|murdered|slaughtered|"
          r"executed|executing|lynched|lynching|beheaded|beheading|martyring|martyred|slaughter\s+of|massacre\s+of|"
          r"martyrdom\s+of|assassination\s+of|target\s+killings?\s+of")
# ("hurt the sentiments of Muslims", "hurting religious feelings": no one injured)
_NOT_BODY = r"(?!\s+(?:the\s+|their\s+|our\s+|his\s+|her\s+)?(?:religious\s+)?(?:sentiments|feelings))"
INJ_A = (r"wounding\s+of|injuring\s+of|injured|injuring|injures|injure|wounded|wounding|wounds|wound|hurt" + _NOT_BODY
         + r"|hurting" + _NOT_BODY + r"|"
         r"shot\s+and\s+(?:wounded|injured)")
ABD_A = r"kidnapped|kidnapping|kidnaps|abducted|abducting|abducts|seized"

_PASSIVE = re.compile(
    rf"\b(?P<chain>{_CHAIN}){_PAREN}(?P<aux>{_AUX})\s+(?:(?P<k>{KILL_P})|(?P<i>{INJ_P})|(?P<a>{ABD_P})|(?P<m>{MIS_P}))\b",
    re.IGNORECASE,
)
_ACTIVE = re.compile(
    rf"\b(?:(?P<k>{KILL_A})|(?P<i>{INJ_A})|(?P<a>{ABD_A})|(?P<l>left|leaving))\s+(?P<chain>{_CHAIN_OBJ})"
    rf"(?(l)\s+(?:(?P<lk>dead)|(?P<li>injured|wounded|hurt)))\b",
    re.IGNORECASE,
)
# "beating the father to death", "stabbed two men to death": the victims sit between verb and "to death".
_TO_DEATH = re.compile(
    rf"\b(?:beat(?:ing)?|stabb(?:ed|ing)|hack(?:ed|ing)|tortur(?:ed|ing)|ston(?:ed|ing)|burn(?:t|ed|ing)|"
    rf"bludgeon(?:ed|ing)|club(?:bed|bing)|strangl(?:ed|ing))\s+(?P<chain>{_CHAIN_OBJ})\s+to\s+death\b",
    re.IGNORECASE)
# "killed Additional IG Ashraf Noor and his guard": a named victim (1) plus a possessive group.
_ACTIVE_NAMED = re.compile(
    rf"\b(?P<k>{KILL_A})\s+(?P<name>(?!of\b)(?:[\w.'’\-]+\s+){{0,7}}?[A-Z][\w'’\-]*\b)(?:\s+and\s+"
    rf"(?P<chain>(?=(?:his|her)\s){_CHAIN_OBJ})|(?=\s*[,.;:()]|\s+(?:on|in|at|near|outside|who)\b|\s*$))")
_NAME_LINKS = frozenset("of the ul ud e bin s o senior prominent local retired former young elderly noted renowned "
                        "sub inspector general additional deputy assistant superintendent".split())


_GROUP_PLURALS = frozenset("shias shiites hazaras christians ahmadis hindus sikhs sunnis muslims ismailis barelvis "
                           "deobandis pashtuns punjabis sindhis balochs muhajirs".split())
_TITLES = frozenset("dr dr. mr mr. mrs ms maulana allama syed sayed hafiz qari mufti sheikh professor prof justice "
                    "advocate pastor father bishop sardar malik haji mian".split())


def _named_victim(name: str, alone: bool = False) -> bool:
    """A person's name with its titles and roles ("Additional IG Ashraf Noor", "our worker Qari
    Abdul Rauf"); alone (no "and his ..."), it needs two capitalised words or a title."""
    words = name.split()
    if words[0].lower() in ("our", "their", "the", "a", "an") and len(words) > 1:
        words = words[1:]
    ok = (words[0][0].isupper() or words[0].lower() in PERSON_HEADS or words[0].lower() in _NAME_LINKS) and all(
        w[0].isupper() or w.lower() in PERSON_HEADS or w.lower() in _NAME_LINKS for w in words)
    if not ok or not alone:
        return ok
    caps = [w for w in words if w[0].isupper()]
    titled = any(w.lower().rstrip(".") in _TITLES or w.lower() in _TITLES for w in words)
    return (len(caps) >= 2 or titled) and not any(w.lower() in _GROUP_PLURALS for w in caps)


_PRONOUN_DIED = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+(?:was\s+(?:rushed|shifted|taken|moved)\b[^.;]{0,60}?\b(?:but|and)\s+|later\s+)?"
                           r"(?:succumbed|died)\b")
_MORE_AFTER_NUM = re.compile(r"^\s*\w+\s+more\b(?!\s+than)", re.IGNORECASE)  # "three more persons"
# "The dead were identified as Hafiz Naeem and Muhammad Asif": the names are the count.
_IDENTIFIED = re.compile(r"\b(?:the\s+)?(?P<who>deceased|dead|victims?|martyrs|slain|injured|wounded)\s+"
                         r"(?:were|have\s+been|had\s+been|was|has\s+been)\s+identified\s+as\s+(?P<names>[^.;]{3,240})",
                         re.IGNORECASE)
_NAME_PART = re.compile(r"^(?:(?:Dr|Mr|Mrs|Ms|Syed|Hafiz|Qari|Maulana|Allama)\.?\s+)?[A-Z][a-z]+")


def _count_names(names: str) -> int:
    """Persons in "A, B s/o C, 25, and D (a constable)": capitalised parts of the list."""
    names = re.sub(r"\([^)]*\)", "", names)
    parts = [p.strip() for p in re.split(r",|\band\b", names) if p.strip()]
    n = 0
    for p in parts:
        if _NAME_PART.match(p):
            n += 1
        elif not re.fullmatch(r"\d{1,3}|aged\s+\d{1,3}|both\b.*|all\b.*|residents?\b.*|s/o\b.*", p):
            break  # the list has ended ("... and police said")
    return n


def _known_name(text: str, s: int, e: int) -> bool:
    """Is the name ending at `e` a place or an organisation, not a person ("the killing of Hazara
    Town residents")? A role before the name may be one ("Lashkar-e-Jhangvi chief Malik Ishaq")."""
    from gawahi.extract.actors import registry
    from gawahi.extract.places import gazetteer
    return any(m.start < e <= m.end for rx in (gazetteer(), registry()) for m in rx.finditer(text, s, e))


_TO_DEATH_FIRST = frozenset("beat beating stabbed stabbing hacked hacking tortured torturing stoned stoning burnt "
                            "burned burning bludgeoned bludgeoning clubbed clubbing strangled strangling".split())
_BODIES = re.compile(
    rf"\b(?:the\s+)?bodies\s+of\s+(?P<chain>{_CP}(?:\s+[\w'’\-]+){{0,5}}?)\s+(?:were|have\s+been|had\s+been)\s+"
    rf"(?:found|recovered|discovered|dumped|retrieved)\b"
    # "seven bodies were recovered", "claimed 12 lives", "caused 30 fatalities"
    rf"|\b(?P<chain2>(?:{_QUAL}\s+)?{_NUM})\s+(?:(?:more|bullet-riddled|mutilated|charred)\s+)?bodies\s+"
    rf"(?:were|have\s+been|had\s+been)\s+(?:found|recovered|discovered|dumped|retrieved|brought|shifted|taken)\b"
    rf"|\bclaim(?:ed|ing|s)\s+(?P<chain3>(?:{_QUAL}\s+)?{_NUM})\s+(?:innocent\s+|more\s+)?lives\b"
    rf"|\b(?P<chain4>(?:{_QUAL}\s+)?{_NUM})\s+fatalities\b", re.IGNORECASE)
_TOLL = re.compile(
    rf"\b(?:(?:bringing|taking|pushing|raising)\s+the\s+(?:death[\s\-])?(?:toll|number\s+of\s+(?:the\s+)?(?:dead|deaths))"
    rf"|(?:death[\s\-])?toll\b(?:\s+(?:of|at|is|was)|[^.;]{{0,120}}?\s(?:has\s+|had\s+)?(?:now\s+)?(?:rose|risen|rises|climbed|climbs|"
    rf"reached|reaches|jumped|stands|stood))"
    rf"|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|martyrs|victims|deceased|(?:people|those|persons)\s+killed)\b[^.;]{{0,80}}?\s"
    rf"(?:has\s+|had\s+)?(?:rose|risen|rises|climbed|climbs|reached|reaches|jumped|stands|stood|increased|gone\s+up|to))\s+"
    rf"(?:to\s+|at\s+)?(?P<chain>(?:{_QUAL}\s+)?(?:{_RANGE}|{_NUM}|{_VAGUE}))(?!\d)(?!\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)",
    re.IGNORECASE,
)
# A named person as the subject: "Salman Taseer, the governor of Punjab, was shot dead" -> 1.
_NAMED = re.compile(
    r"(?<![\w’'])(?!(?:The|A|An|This|That|His|Her|Their|Police|Officials|Gunmen|Militants)\b)"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3}(?:\s*,[^,;.()]{3,120},?)?\s+(?:(?:was|has\s+been|had\s+been)\s+"
    r"(?:(?:ambushed|attacked|abducted|kidnapped|shot)\s+and\s+)?"
    r"(?P<k>shot\s+dead|killed|gunned\s+down|murdered|assassinated|martyred|slain|stabbed\s+to\s+death|"
    r"beaten\s+to\s+death)|(?:later\s+|also\s+)?(?P<k2>died|succumbed))\b")
# A headline's bare subject: "Shopkeeper shot dead in market", "Ahmadi doctor gunned down".
_HEADLINE = re.compile(
    r"(?:^|(?<=[.!?:]\s))(?P<np>[A-Z][\w\-]*(?:\s+[\w\-]+){0,2}?)\s+(?:was\s+)?"
    r"(?:shot\s+dead|gunned\s+down|killed|murdered|martyred|stabbed\s+to\s+death|beaten\s+to\s+death)\b")
# Two named victims: "Shama and her husband Shahzad, both kiln workers, died", "Dr Asad Raza, an
# eye specialist, and his 12-year-old son Murtaza were shot dead" -> 2.
_NAMED_PAIR = re.compile(
    r"(?<![\w’'])(?!(?:The|A|An|This|That|His|Her|Their|Police|Officials|Gunmen|Militants)\b)"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}(?:\s*,[^,;.()]{3,80},)?\s+and\s+(?:his|her|their)\s+(?:[\w\-]+\s+){1,3}?"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}(?:\s*,[^,;.()]{3,80},)?\s+(?:were\s+(?:(?:both|later)\s+)?"
    r"(?:shot\s+dead|killed|gunned\s+down|murdered|martyred|slain|burnt\s+alive|burned\s+alive|beaten\s+to\s+death|"
    r"stabbed\s+to\s+death)|(?:both\s+)?(?:died|succumbed))\b")
_NAMED_VERBS = frozenset("dead killed gunned murdered assassinated death martyred slain died succumbed".split())
_NONE = re.compile(
    r"\b(?:no\s+one|nobody|none)\s+(?:was|were|has\s+been|had\s+been)\s+(?:(?P<k>killed|hurt\s+or\s+killed)|(?P<i>hurt|injured|wounded))"
    r"|\b(?P<c>caused\s+no\s+casualties|no\s+casualties|without\s+casualties)",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"\s*,\s*|\s+and\s+|\s+as\s+well\s+as\s+", re.IGNORECASE)
_BETWEEN = re.compile(r"(between\s+[\w\-]+(?:\s+hundred)?)\s+and\s+", re.IGNORECASE)
_PP_SPLIT = re.compile(rf"\s{_PREP}\s", re.IGNORECASE)
_RANGE_RE = re.compile(rf"^(?:between\s+(?P<a1>{_NUM})\s+and\s+(?P<b1>{_NUM})|(?P<a2>\d+)\s*(?:to|-|–)\s*(?P<b2>\d+)"
                       rf"|(?P<a3>{_WORDNUM})\s+to\s+(?P<b3>{_WORDNUM}))$", re.IGNORECASE)
_CP_HEAD = re.compile(rf"^(?:(?P<q>{_QUAL})\s+)?(?:(?:an)?other\s+)?(?:(?:his|her|their)\s+(?={_NUM}\b))?(?P<n>{_RANGE}|{_NUM}|{_VAGUE}|{_SINGLE})(?:(?<=\+)|\b)(?:\s+of)?(?P<rest>.*)$",
                      re.IGNORECASE | re.DOTALL)

PERSON_HEADS = set("""chowkidar chowkidars watchman couple people persons person civilians civilian men man women woman children child kids kid
boys boy girls girl students student soldiers soldier troops troopers trooper personnel policemen policeman
policewoman officers officer constables constable cops cop guards guard worshippers worshipers devotees
pilgrims mourners passengers passenger driver drivers labourers laborers workers worker employees employee
members member militants militant insurgents insurgent terrorists terrorist attackers attacker assailants
assailant gunmen gunman bombers bomber tribesmen tribesman elders elder others more teenager teenagers
bystanders bystander passers-by passer-by passersby passerby journalists journalist lawyers lawyer doctors
doctor teachers teacher nurses nurse relatives relative brothers brother sons son daughters daughter
shias shiites shia hazaras hazara christians christian ahmadis ahmadi hindus hindu sikhs sikh sunnis
individuals individual victims victim traders trader shopkeepers shopkeeper customers commuters villagers
residents resident leaders leader cleric clerics scholar scholars engineers engineer nationals foreigners
tourists paramilitaries paramilitary levies sepoys sepoy rangers officials official spies prisoners inmates
one ones fighters fighter jawans jawan frenchmen pakistanis chinese infants infant toddler wife husband
mother father baby babies family families youths youth youngsters men-folk volunteers volunteer rescuers
vaccinators guests labourer laborer farmers farmer pedestrians pedestrian activists activist
protesters protestors bloggers blogger traders wardens warden coastguards commandos cadets pupils
workers policemen muslim muslims notable notables shiite sunni christian hindu sikh ahmadi
friend friends police nephew nephews niece nieces cousin cousins uncle aunt companion companions colleague
colleagues associate associates bodyguard bodyguards aide aides grandson granddaughter grandchildren
minister ministers candidate candidates imam preacher zaireen zair secretary secretaries judge judges
nazim mufti maulana maulvi sardar malik chief chiefs hakeem hakeems hakim hakims mullah mullahs ulema
priest priests nun nuns bishop bishops imams khateeb qari hafiz second third fourth fifth sixth""".split())
# Nouns that name the attackers themselves; the weak ones ("militants") name them only when
# the text describes them fighting (a firefight, retaliation), else they are the event's dead.
ATTACKER_HEADS = {"attackers", "attacker", "assailants", "assailant", "gunmen", "gunman", "bombers",
                  "bomber", "miscreants", "raiders", "hijackers", "kidnappers", "abductors"}
WEAK_ATTACKER_HEADS = {"terrorists", "terrorist", "militants", "militant", "insurgents", "insurgent",
                       "fighters", "fighter", "suspects"}
_COMBAT = re.compile(r"\b(?:exchange\s+of\s+(?:gun)?fire|firefight|fire\s?fight|gun\s?battle|shoot-?out|"
                     r"retaliat\w*|returned\s+fire|repuls\w*|foiled|in\s+the\s+assault|clash\w*|"
                     r"attack(?:ed|ing)?\s+(?:a|the|an)\b)", re.IGNORECASE)
_AFTER_AUX = re.compile(r"\s+(?:were|was|have\s+been|has\s+been|had\s+been|are|is|sustained|received|suffered|"
                        r"injured|wounded|hurt|killed|dead|died|missing)\b",
                        re.IGNORECASE)
_OBJ_AFTER = re.compile(rf"\s+{_CP}\b", re.IGNORECASE)
_DET = re.compile(r"(?:a|an|the|his|her)\s", re.IGNORECASE)
_VAGUE_RE = re.compile(_VAGUE, re.IGNORECASE)
_SINGLE_RE = re.compile(_SINGLE, re.IGNORECASE)
_OBJ_BEFORE = re.compile(r"\b(?:killed|killing|kills|injured|injuring|wounded|wounding|shot\s+dead|left|leaving|"
                         r"including|incl\.?|among\s+them|(?:rose|rises|risen|climbed|climbs|reached|jumped)\s+to)\s+$",
                         re.IGNORECASE)
_AFTER_SUBSET = re.compile(r"\s*,?\s*(?:among\s+them|among\s+the\s+dead|including|of\s+them|of\s+whom)\b",
                           re.IGNORECASE)
_TELEGRAPH = re.compile(r"\s+\d+\+?\s+(?:killed|dead|injured|wounded|hurt|missing)\b", re.IGNORECASE)
_YEAR_AFTER = re.compile(r"(?:\s+[a-z]+){0,3}?\s+in\s+(?:1[89]|20)\d\d\b(?!\s*[-–/])")
_SINGULAR_AUX = re.compile(r"\s+(?:was|has\s+been)\b", re.IGNORECASE)
_NUM_BEFORE = re.compile(r"(?<![\d,])\d{1,3}\+?\s+$")
_ADVERBS = frozenset("critically seriously severely badly fatally mildly slightly grievously".split())
_SOURCE_AFTER = re.compile(r"\s+(?:said|says|say|told|added|confirmed|reported)\b", re.IGNORECASE)
_VAGUE_MIN = {"dozens": 24, "scores": 40, "hundreds": 200, "several": 3, "a few": 2, "a number": 2,
              "numerous": 2, "many": 2}
# Strikes by the state: "militants" killed are the victims of the event, not its attackers.
_STATE_STRIKE = re.compile(r"\b(?:drones?|air\s?strikes?|airstrikes?|missiles?|operation|raid|shelling|"
                           r"jets?|helicopter|gunships?|encounter|CTD|counter[\s\-]terrorism\s+department|"
                           r"(?:police|policemen|rangers|troops|forces|army|FC|soldiers)\s+(?:have\s+|had\s+)?(?:killed|shot\s+dead))\b",
                           re.IGNORECASE)
# Figures about some other event: "after a similar attack killed 10", "the 2011 killing of five".
_OTHER_EVENT = re.compile(r"\b(?:similar|previous|earlier|prior|last\s+(?:year|month|week))\b[^.;]{0,50}$|"
                          r"\b(?:the|a|an|its|their|his|her)\s+(?:1[89]|20)\d\d\s+$|"
                          # "came a week after a Taliban assault ... killed 21", "since a spate of
                          # attacks that killed hundreds": another, earlier event
                          r"\b(?:a|one|two|three|four|five|six|several|few|ten)\s+(?:days?|weeks?|months?|years?)\s+"
                          r"(?:after|before)\b[^.;]{0,80}$|"
                          r"\bsince\s+(?:a|an|the)\s+(?:spate|series|wave|string|spree)\b[^.;]{0,50}$|"
                          # "a group which has been involved in the killing of several doctors"
                          r"\b(?:involved|implicated)\s+in\s+(?:the\s+)?$", re.IGNORECASE)
# "more than 260 Ahmadis have been killed in Pakistan since 1984", "over the past decade": a tally.
# ("in D.I. Khan district over the last three years": an abbreviation's stops do not end the sentence)
_TALLY_AFTER = re.compile(r"(?:[^.;]|(?<=\b[A-Z])\.|\.(?=[A-Za-z])){0,60}?\b(?:since\s+(?:(?:1[89]|20)\d\d|the\s+\d{4}s|(?:January|February|March|April|May|"
                          r"June|July|August|September|October|November|December)\s+(?:1[89]|20)\d\d)|"
                          r"(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|decades?|months)|"
                          r"in\s+recent\s+years|so\s+far\s+this\s+year|this\s+year\s+alone|to\s+date)\b", re.IGNORECASE)


_WS = re.compile(r"\s+")
_WS_DASH = re.compile(r"[\s\-]+")
_DIGITS = re.compile(r"[\d,]+")
_AND_HEAD = re.compile(r"^\s*and\s+")
_PLAIN_WORDS = re.compile(r"[\w'’\- ]+")


def parse_number(s: str) -> int | None:
    s = _WS.sub(" ", s.strip().lower())
    if _DIGITS.fullmatch(s):
        return int(s.replace(",", ""))
    if s in ("a", "an", "another", "the", "one", "his", "her"):
        return 1
    if s.endswith("dozen"):
        k = s.split()[0]
        return 12 * ({"a": 1, "dozen": 1, "two": 2, "three": 3}.get(k, 1))
    total = 0
    if "hundred" in s:
        head, _, tail = s.partition("hundred")
        head = head.strip()
        total = 100 * (1 if head in ("", "a", "one") else _words(head) or 1)
        tail = _AND_HEAD.sub("", tail).strip()
        return total + (_words(tail) or 0) if tail else total
    return _words(s)


def _words(s: str) -> int | None:
    parts = _WS_DASH.split(s)
    if not parts or any(p not in WORD_VALUE for p in parts):
        return None
    return sum(WORD_VALUE[p] for p in parts)


@dataclass(slots=True)
class CountMention:
    kind: str  # killed | injured | abducted | missing | attackers_killed
    value: CountValue
    start: int
    end: int
    increment: bool = False  # "three more persons were martyred": added to the toll before it


def _bounds(q: str | None, n: int) -> tuple[int | None, int | None, str]:
    q = _WS_DASH.sub(" ", (q or "").lower())
    if q in ("at least", "not less than", "no fewer than", "a minimum of"):
        return n, None, "at_least"
    if q in ("over", "more than", "above", "in excess of"):
        return n, None, "over"
    if q in ("up to", "as many as"):
        return None, n, "up_to"
    if q in ("nearly", "almost", "close to", "just under", "fewer than", "less than", "under"):
        return None, n, "under"
    if q in ("about", "around", "approximately", "roughly", "some", "an estimated", "estimated"):
        return n, n, "about"
    return n, n, "exact"


_NOT_PERSON = {"number", "water", "border", "center", "centre", "order", "quarter", "cylinder",
               "corner", "tower", "shelter", "container", "computer", "paper", "river", "power",
               "motor", "sector", "floor", "door", "tractor", "trailer", "tanker", "car", "bazaar",
               "market", "compound", "vehicle", "convoy", "blast", "bomb", "attack", "area"}


def is_person(head: str) -> bool:
    """A head noun that names people: listed, or shaped like an agent noun (worker, officer,
    activist, policeman, student...). Only consulted next to a casualty verb."""
    if head in PERSON_HEADS or head.endswith(("men", "man", "woman", "women", "person", "people")):
        return True
    if head in _NOT_PERSON:
        return False
    return head.endswith(("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ent", "ents",
                          "ant", "ants", "ee", "ees", "ier", "iers"))


def _head(rest: str) -> str:
    """The head noun: the first person noun of the phrase ("a policeman guarding a polio team"),
    else its last word, ignoring a prepositional tail."""
    rest = _PP_SPLIT.split(" " + rest + " ", maxsplit=1)[0]
    words = [w.lower().strip("'’") for w in rest.split()]
    for w in words:
        if w in PERSON_HEADS or w.endswith(("man", "men", "woman", "women")):
            return w
    return words[-1] if words else ""


_SUBSET_PART = re.compile(r"^(?:\w+\s+)?(?:of\s+)?(?:them|whom)\b|^(?:many|most|some|all|several|both|none)\s+of\b",
                          re.IGNORECASE)


@lru_cache(maxsize=512)
def _parse_chain(chain: str) -> tuple[list[tuple[int | None, int | None, str, str]], bool]:
    """Each conjunct's (min, max, qualifier, head noun); False when a conjunct is uncountable."""
    # "between 10 and 13" is one conjunct: shield its "and" from the split.
    shielded = _BETWEEN.sub(r"\1 &and ", chain.strip())
    parts = [p.replace("&and", "and") for p in _SPLIT.split(shielded) if p]
    out: list[tuple[int | None, int | None, str, str]] = []
    for part in parts:
        if out and _SUBSET_PART.match(part.strip()):
            continue  # "72 people, many of them children": a subset of the figure before
        m = _CP_HEAD.match(part.strip())
        if not m:
            # "four FC and police personnel": a modifier coordinated inside one noun phrase.
            if out and (out[-1][0] or 0) > 1 and _PLAIN_WORDS.fullmatch(part):
                lo_, hi_, q_, _h = out[-1]
                out[-1] = (lo_, hi_, q_, _head(part))
                continue
            return out, False
        word = _WS.sub(" ", m.group("n").lower())
        rest = m.group("rest").strip()
        head = _head(rest)
        if _VAGUE_RE.fullmatch(word):
            out.append((_VAGUE_MIN[word], None, "vague", head))
            continue
        rng = _RANGE_RE.match(word)
        if rng:
            a = parse_number(rng.group("a1") or rng.group("a2") or rng.group("a3"))
            b = parse_number(rng.group("b1") or rng.group("b2") or rng.group("b3"))
            if a is None or b is None or a > b:
                return out, False
            out.append((a, b, "range", head))
            continue
        plus = word.endswith("+")  # "70+ hurt": at least 70
        n = parse_number(word.rstrip("+"))
        if n is None:
            return out, False
        single = _SINGLE_RE.fullmatch(word) is not None and word != "one"
        pair = next((_PAIR_HEADS[w] for w in rest.lower().split() if w in _PAIR_HEADS), None) if single else None
        if pair is not None:  # "a Christian couple was burnt to death": two people
            n, single = pair, False
        # "a bomb"/"the blast" are not people: a determiner counts only before a person noun.
        if single and head and not is_person(head):
            return out, False
        if single and not head and word != "another":
            return out, False
        lo, hi, qual = _bounds(m.group("q"), n) if not plus else (n, None, "at_least")
        out.append((lo, hi, qual, head))
    return out, bool(out)


_CP_FIRST = frozenset(
    "at not no a up as over more above in nearly almost close just fewer less under about around "
    "approximately roughly some an estimated total all the bodies other dozen dozens scores hundreds "
    "several few number numerous many another one his her hundred".split()
) | frozenset(WORD_VALUE)
_PASSIVE_VERBS = frozenset(
    "killed dead died shot gunned martyred slain murdered executed burnt burned beheaded lynched "
    "perished lost stoned became embraced succumbed being under receiving hospitalised hospitalized survived beaten hacked stabbed tortured bludgeoned axed clubbed strangled "
    "injured wounded hurt sustained received suffered injures injuries kidnapped deaths fatally "
    "die dies "
    "abducted taken held missing disappeared went forcibly".split()
)
_ACTIVE_FIRST = frozenset(
    "killed killing kills kill shot shooting shoot shoots gunned gunning guns gun claimed claiming massacred murdered "
    "slaughtered injured injuring injures injure wounded wounding wounds hurt hurting kidnapped "
    "kidnapping kidnaps abducted abducting abducts seized left leaving fatally death deaths killings "
    "murder murders wound executed executing lynched lynching beheaded beheading martyring martyred slaughter "
    "massacre martyrdom assassination target".split()
)


_STRIKE_WORDS = frozenset(
    "drone drones airstrike airstrikes air missile missiles operation raid shelling jet jets helicopter "
    "gunship gunships encounter ctd counter police policemen rangers troops forces army fc soldiers".split())
_COMBAT_WORDS = frozenset(
    "exchange firefight fire gun gunbattle battle shootout shoot retaliation retaliated retaliate returned "
    "repulsed repulse foiled assault clash clashes clashed attacked attack attacking".split())


_QUAL_NEXT = {"in": "excess", "at": "least", "as": "many", "up": "to", "not": "less", "no": "fewer",
              "close": "to", "just": "under"}
_MONTH_WORDS = frozenset("january february march april may june july august september october november december "
                         "jan feb mar apr jun jul aug sep sept oct nov dec".split())
_DETERMINERS = frozenset("a an the his her".split())
_DET_OK = frozenset("minimum total few number dozen hundred bodies other".split())


_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")  # "a suicide bomber killed Additional IG ...": active (not a ticker's capitals)
_AGE_BEFORE = re.compile(r"[a-z],\s*$")
_NOT_COUNT_BEFORE = re.compile(r"\b(?:aged|age|ages|father\s+of|mother\s+of|parents?\s+of|No\.?)\s+(?:about\s+|around\s+)?$",
                               re.IGNORECASE)
# "14 fatalities from sectarian violence in the second quarter": a period's total, not one incident's.
_PERIOD_AFTER = re.compile(r"[^.;]{0,50}?\b(?:in|during|over)\s+the\s+(?:first|second|third|fourth|last|past|previous)\s+"
                           r"(?:quarter|half|year|month|six\s+months|three\s+months)\b|[^.;]{0,50}?\b(?:this|last)\s+year\b",
                           re.IGNORECASE)
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+)?$", re.IGNORECASE)
_PAIR_HEADS = {"couple": 2, "pair": 2}
# "beat him to death", "shot her dead", "lynched him": one victim, named before.
_ONE_KILLED = re.compile(r"\b(?:(?:beat|beaten|stabbed|hacked|tortured|stoned|burnt|burned|bludgeoned|strangled)\s+(?:him|her)\s+to\s+death"
                         r"|shot\s+(?:him|her)\s+dead|lynched\s+(?:him|her))\b")
# Casualty lists and tables: "deceased 15", "Injured under treatment at Civil Hospital: 11",
# "Shuhada: 1. Ali Nawaz 2. Ghulam Mustafa ... 7. Imdad Hussain".
_LABELLED = re.compile(r"\b(?P<w>deceased|dead|killed|shuhada|martyrs|fatalities|injured|wounded)"
                       r"(?:\s*\([^)]{0,40}\))?(?:\s*[:\-–]\s*|[^:\n.;]{1,70}:\s*|\s+(?=\d{1,4}\s*[,;(]))(?P<n>\d{1,4})\b"
                       r"(?!\s*(?:years?|hours?|hrs|km|%|am|pm|kg|[./-]\d))", re.IGNORECASE)
_LIST_HEAD = re.compile(r"\b(?:shuhada|martyrs|deceased|dead|killed|the\s+dead|names\s+of\s+the\s+(?:dead|deceased|martyrs))\s*:\s*",
                        re.IGNORECASE)
_LIST_HEAD_FIRST = frozenset("shuhada martyrs deceased dead killed the names".split())
_LIST_ITEM = re.compile(r"(?<![\d.])(\d{1,2})[.)]\s+[A-Z]")
# "took 11 Hazara coal miners out of their quarters, tied their hands and killed them"
_KILLED_THEM = re.compile(rf"\b(?P<n>{_NUM})\s+(?:[\w'’\-]+\s+){{0,4}}?(?P<head>[a-z]+)\b[^.;]{{0,150}}?\b(?:and\s+)?"
                          r"(?:killed|shot\s+dead|executed|slaughtered|murdered|gunned\s+down|massacred)\s+(?:all\s+of\s+)?them\b",
                          re.IGNORECASE)
_HURT_WORDS = frozenset("injured wounded hurt injuries injury hit struck".split())
_SOURCE_NAME = re.compile(r"(?:Police|Officials?|Senior|Local|District|Provincial|Deputy|Inspector|Superintendent)\b")
# One named or related person hurt: "his guard was injured", "their father wounded", "chowkidar
# Pervaiz Masih received minor splinter injuries", "his companion Mr. Naveed Ahmad sustained ...".
_ONE_HURT = re.compile(
    r"(?:\b(?:his|her|their)\s+(?P<role>[a-z]+)(?:\s+(?:Mr|Mrs|Ms|Dr)\.?)?(?:\s+[A-Z][a-z]+){0,3}"
    r"|(?<![\w’'.])(?P<role2>[a-z]+\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3})"
    r"(?:\s*,\s*(?:aged\s+)?(?:about\s+)?\d{1,2}\s*,)?\s+(?:(?:was|got|also|later|had|been)\s+)*"
    r"(?:injured|wounded|hurt|sustained\s+(?:[a-z]+\s+){0,2}injur(?:y|ies)|received\s+(?:[a-z]+\s+){0,2}injur(?:y|ies)|"
    + _HIT_IN + r")\b")


def _passive_matches(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """`_PASSIVE` tried only at count words that have a casualty verb within a few tokens
    after them: the pattern is costly and most count words ("a", "the") are not subjects."""
    d = doc_tokens(text)
    lo, hi = d.span(start, end)
    cands = d.positions(_CP_FIRST, digits=True)
    verbs = d.positions(_PASSIVE_VERBS)
    toks = d.toks
    pos = -1
    for i in islice(cands, bisect_left(cands, lo), None):
        if i >= hi:
            break
        k = bisect_left(verbs, i + 1)
        if k == len(verbs) or verbs[k] > i + 24 or verbs[k] >= hi:
            continue
        s = d.toks[i][0]
        if s < pos:
            continue
        # Cheap refusals before the costly pattern: a qualifier word must go on as a qualifier
        # ("at least", not "at the market"), a year is not a count, and a determiner ("a", "the")
        # counts only with a person noun before the verb.
        w = toks[i][2]
        nxt = _QUAL_NEXT.get(w)
        if nxt is not None and (i + 1 >= len(toks) or toks[i + 1][2] != nxt):
            continue
        if w in _DETERMINERS and (i + 1 >= len(toks) or toks[i + 1][2] not in _DET_OK) and not any(
                is_person(toks[j][2]) for j in range(i + 1, verbs[k])):
            continue
        if len(w) == 4 and w.isdigit() and w[:2] in ("18", "19", "20"):
            continue
        if w.isdigit() and i + 1 < len(toks) and toks[i + 1][2] in _MONTH_WORDS:
            continue  # "on 5 August a prayer leader was killed": a day, not a count
        if w.isdigit() and _AGE_BEFORE.search(text, max(0, s - 4), s) and text.startswith(",", toks[i][1]):
            continue  # "Naseer Ahmad, 58, a member of ...": an age
        if _NOT_COUNT_BEFORE.search(text, max(0, s - 24), s):
            continue  # "an Ahmadi aged 61, was stabbed", "father of three, shot dead": not victims
        m = _PASSIVE.match(text, s, end)
        # "a market in Kohat, 17 martyred": when the leading conjuncts are not people, the
        # subject starts at a later one.
        while m is not None:
            conj, ok = _parse_chain(m.group("chain"))
            if ok and all(not h or is_person(h) for *_, h in conj):
                break
            sep = _SPLIT.search(m.group("chain"))
            m = _PASSIVE.match(text, m.start("chain") + sep.end(), end) if sep else None
        if m:
            pos = m.end()
            yield m


_COMBAT_FIRST = _COMBAT_WORDS | frozenset(
    "in retaliatory retaliating retaliations repulsing clashing firefights shootouts gunbattles".split())
_NONE_FIRST = frozenset("no nobody none caused without".split())


def _first_match(rx: re.Pattern[str], text: str, start: int, end: int, first: frozenset[str]) -> bool:
    return next(match_at(rx, text, start, end, first), None) is not None


def _named_pair(text: str, start: int, end: int) -> re.Match[str] | None:
    """Two named victims before a killing verb, looked for in a window before each such verb."""
    d = doc_tokens(text)
    lo, hi = d.span(start, end)
    for i in d.positions(_NAMED_VERBS):
        if lo <= i < hi:
            m = _NAMED_PAIR.search(text, max(start, d.toks[i][0] - 220), min(end, d.toks[i][1] + 12))
            if m:
                return m
    return None


def _named(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Named or headline subjects of a killing verb, looked for only in a window before each
    such verb (the patterns end at the verb)."""
    d = doc_tokens(text)
    lo, hi = d.span(start, end)
    for i in d.positions(_NAMED_VERBS):
        if i < lo or i >= hi:
            continue
        s0, e0 = max(start, d.toks[i][0] - 180), min(end, d.toks[i][1] + 12)
        m = _NAMED.search(text, s0, e0)
        if m:
            yield m
            return
    for i in d.positions(_NAMED_VERBS):
        if i < lo or i >= hi:
            continue
        s0, e0 = max(start, d.toks[i][0] - 60), min(end, d.toks[i][1] + 12)
        yield from _headlines(text, s0, e0)


def _headlines(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    for m in _HEADLINE.finditer(text, start, end):
        words = m.group("np").lower().split()
        if (words[0] not in _NOT_HEADLINE and is_person(words[-1]) and not words[-1].endswith("s")
                and words[-1] not in ATTACKER_HEADS and words[-1] not in WEAK_ATTACKER_HEADS):
            yield m


_NOT_HEADLINE = frozenset("a an the one two three four five six seven eight nine ten his her their "
                          "this that police gunmen militants attackers no nobody none someone anyone every each".split())


def find_counts(text: str, start: int = 0, end: int | None = None) -> list[CountMention]:
    end = len(text) if end is None else end
    lows = words_in(text, start, end)
    # Cheap word-set gates before the wide regexes.
    # Anchored tries at the few tokens that can start these patterns, not scans of the text.
    state_strike = bool(lows & _STRIKE_WORDS) and _first_match(_STATE_STRIKE, text, start, end, _STRIKE_WORDS)
    combat = bool(lows & _COMBAT_FIRST) and _first_match(_COMBAT, text, start, end, _COMBAT_FIRST)
    out: list[CountMention] = []
    found: list[tuple[re.Match[str], bool, re.Pattern[str]]] = []
    if lows & _PASSIVE_VERBS:
        found += [(m, True, _PASSIVE) for m in _passive_matches(text, start, end)]
    if lows & _ACTIVE_FIRST:
        found += [(m, False, _ACTIVE) for m in match_at(_ACTIVE, text, start, end, _ACTIVE_FIRST)]
    if "toll" in lows or "number" in lows:
        found += [(m, False, _TOLL) for m in _TOLL.finditer(text, start, end)]
    if "death" in lows and lows & _TO_DEATH_FIRST:
        found += [(m, False, _TO_DEATH) for m in match_at(_TO_DEATH, text, start, end, _TO_DEATH_FIRST)]
    if lows & _ACTIVE_FIRST:
        found += [(m, False, _ACTIVE_NAMED) for m in match_at(_ACTIVE_NAMED, text, start, end, _ACTIVE_FIRST)
                  if _named_victim(m.group("name"), alone=m.group("chain") is None)
                  and not _known_name(text, m.start("name"), m.end("name"))]
    if lows & {"bodies", "lives", "fatalities"}:
        found += [(m, False, _BODIES) for m in _BODIES.finditer(text, start, end)]
    tolls: list[tuple[int, int]] = []
    for m, passive, rx in found:
        if True:
            if _OTHER_EVENT.search(text, max(start, m.start() - 110), m.start()):
                continue
            if _YEAR_AFTER.match(text, m.end(), min(len(text), m.end() + 40)):
                continue  # "a bombing in the same town killed 70 people in 2010": another event
            if (rx is _BODIES or rx is _PASSIVE) and _PERIOD_AFTER.match(text, m.end(), min(len(text), m.end() + 70)):
                continue
            if _TALLY_AFTER.match(text, m.end(), min(len(text), m.end() + 90)):
                continue
            if (rx is _ACTIVE and _PERFECT_BEFORE.search(text, max(0, m.start() - 20), m.start())
                    and _VAGUE_RE.match(m.group("chain") or "")):
                continue  # "a group that has killed hundreds of Hazaras": a record, not this toll
            gd = m.groupdict()
            chain_text = next((gd[g] for g in ("chain", "chain2", "chain3", "chain4") if gd.get(g) is not None), None)
            if gd.get("k") or gd.get("lk") or rx is _TOLL or rx is _BODIES or rx is _TO_DEATH:
                kind = "killed"
            elif gd.get("i") or gd.get("li"):
                kind = "injured"
            elif gd.get("a"):
                kind = "abducted"
            elif gd.get("m"):
                kind = "missing"
            else:
                continue
            if not passive and rx is _ACTIVE and _NUM_BEFORE.search(text, max(0, m.start() - 6), m.start()):
                continue  # "3 killed 14 injured": telegraphic passives, not "killed 14"
            if text[max(0, m.start() - 3): m.start()].lower() == "no ":
                continue  # "no one was killed" is a zero, handled below
            verb_at = next((m.start(g) for g in ("k", "i", "a", "m") if gd.get(g)), None)
            if passive and verb_at is not None and text[max(0, verb_at - 4):verb_at].lower() == "the ":
                continue  # "three more of the injured died": a noun, not the verb
            # Passive forms need a person noun unless a number stands alone ("17 killed"), and a
            # bare verb followed by an object is active ("a gunman killed one").
            no_aux = passive and not (m.group("aux") or "").strip()
            if (no_aux and (_OBJ_AFTER.match(text, m.end(), min(end, m.end() + 40))
                            or _NAME_AFTER.match(text, m.end(), min(end, m.end() + 3)))
                    and not _TELEGRAPH.match(text, m.end(), min(end, m.end() + 40))):
                continue
            if no_aux and _DET.match(m.group("chain")) and kind in ("missing", "abducted"):
                continue  # "the Shia missing persons": an adjective, not a report of one missing
            conj, ok = _parse_chain(chain_text) if chain_text is not None else ([], True)
            span_s, span_e = m.start(), m.end()
            if not ok and rx is _ACTIVE and conj and chain_text is not None:
                # "the killing of three Shia youths and the wounding of two others": the object is
                # the countable conjuncts before a new noun phrase.
                cut = [x for x in _SPLIT.finditer(_BETWEEN.sub(r"\1 &and ", chain_text))][len(conj) - 1]
                span_e = m.start("chain") + cut.start()
                chain_text = chain_text[:cut.start()]
                ok = True
            if not ok:
                continue
            if rx is _ACTIVE_NAMED:
                conj = [(1, 1, "exact", "named"), *conj]
            seps = [x for x in _SPLIT.finditer(_BETWEEN.sub(r"\1 &and ", chain_text or ""))]
            if passive and len(conj) > 1 and _OBJ_BEFORE.search(text, max(0, m.start() - 25), m.start()):
                conj = conj[1:]  # "killed 23 people and another 30 were injured": 23 is an object
                span_s = m.start("chain") + seps[0].end()
            if len(conj) > 1 and conj[-1][3] in _ADVERBS:
                conj = conj[:-1]  # "injuring eight others, two critically": a subset, not more
                span_e = m.start("chain") + seps[-1].start()
            if not passive and len(conj) > 1 and _SOURCE_AFTER.match(text, m.end()):
                conj = conj[:-1]  # "shot dead 22 men, a police official said": the source
                span_e = m.start("chain") + seps[-1].start()
            if not passive and len(conj) > 1:
                after = text[m.end(): m.end() + 40]
                # "killed one and two others were wounded": the last conjunct starts a new clause;
                # "killed 22, at least five kids among them": the last conjunct is a subset.
                if _AFTER_AUX.match(after) or _AFTER_SUBSET.match(after):
                    conj = conj[:-1]
                    span_e = m.start("chain") + seps[-1].start()
            if passive and any(h and not is_person(h) for *_, h in conj):
                continue
            if (passive and len(conj) > 1 and _SINGULAR_AUX.match(m.group("aux") or "")
                    and all(c[0] == 1 and c[1] == 1 for c in conj)):
                conj = conj[:1]  # "the victim's brother, a prayer leader, was shot dead": one man
                span_s = m.start("chain")

            def attacker(head: str) -> bool:
                return head in ATTACKER_HEADS or (head in WEAK_ATTACKER_HEADS and combat and not state_strike)

            if rx is _TOLL:
                tolls.append((span_s, span_e))
            victims = [c for c in conj if not (kind == "killed" and attacker(c[3]))]
            attackers = [c for c in conj if c not in victims]
            for group, k in ((victims, kind), (attackers, "attackers_killed")):
                if not group:
                    continue
                los = [c[0] for c in group if c[0] is not None]
                his = [c[1] for c in group if c[1] is not None]
                lo = sum(los) if len(los) == len(group) else None
                hi = sum(his) if len(his) == len(group) else None
                quals = {c[2] for c in group}
                qual = quals.pop() if len(quals) == 1 else "mixed"
                if lo is None and hi is None:
                    continue
                inc = (len(group) == 1 and rx is _PASSIVE
                       and _MORE_AFTER_NUM.match(chain_text or "") is not None)
                out.append(CountMention(k, CountValue(min=lo, max=hi, span=(span_s, span_e), qualifier=qual),
                                        span_s, span_e, inc))
    pair = _named_pair(text, start, end) if lows & _NAMED_VERBS and "and" in lows and lows & {"his", "her", "their"} \
        else None
    if pair is not None:
        # "Shama and her husband Shahzad ... died": the pair, not "her husband Shahzad" alone.
        out = [c for c in out if not (c.kind == "killed" and pair.start() <= c.start and c.end <= pair.end())]
    if "identified" in lows:
        for m in _IDENTIFIED.finditer(text, start, end):
            kind = "injured" if m.group("who").lower() in ("injured", "wounded") else "killed"
            n = _count_names(m.group("names"))
            if n and not any(c.kind == kind for c in out):
                out.append(CountMention(kind, CountValue(min=n, max=n, span=(m.start(), m.end()), qualifier="exact"),
                                        m.start(), m.end()))
    if lows & _HURT_WORDS and not any(c.kind == "injured" for c in out):
        for m in _ONE_HURT.finditer(text, start, end):
            role = (m.group("role") or m.group("role2") or "").strip().lower()
            if role and not (is_person(role) and not role.endswith(("s", "men", "people", "children"))):
                continue
            if not role and _SOURCE_NAME.match(text, m.start()):
                continue
            out.append(CountMention("injured", CountValue(min=1, max=1, span=(m.start(), m.end()), qualifier="exact"),
                                    m.start(), m.end()))
            break
    if lows & _LABEL_WORDS:
        _labelled(text, start, end, out)
    if "them" in lows and not any(c.kind == "killed" for c in out):
        for m in _KILLED_THEM.finditer(text, start, end):
            them = parse_number(m.group("n"))
            if them and is_person(m.group("head").lower()):
                out.append(CountMention("killed", CountValue(min=them, max=them, span=(m.start(), m.end()), qualifier="exact"),
                                        m.start(), m.end()))
                break
    if tolls:
        # "the toll rose to 24 on Saturday, with three more deaths in hospitals": the three are
        # inside the new total, not added to it.
        for c in out:
            if c.increment and any(". " not in text[min(te, c.start):max(ts, c.end)] for ts, te in tolls):
                c.increment = False
    if lows & {"him", "her"} and not any(c.kind == "killed" for c in out):
        for m in _ONE_KILLED.finditer(text, start, end):
            out.append(CountMention("killed", CountValue(min=1, max=1, span=(m.start(), m.end()), qualifier="exact"),
                                    m.start(), m.end()))
            break
    if lows & {"succumbed", "died"} and lows & {"he", "she"} and not any(c.kind == "killed" for c in out):
        pm = _PRONOUN_DIED.search(text, start, end)
        if pm:  # "He was rushed to LRH but succumbed": one victim, named earlier
            out.append(CountMention("killed", CountValue(min=1, max=1, span=(pm.start(), pm.end()), qualifier="exact"),
                                    pm.start(), pm.end()))
    if lows & _NAMED_VERBS and not any(c.kind == "killed" for c in out):
        for m in ([pair] if pair is not None else _named(text, start, end)):
            n = 2 if m.re is _NAMED_PAIR else 1
            out.append(CountMention("killed", CountValue(min=n, max=n, span=(m.start(), m.end()), qualifier="exact"),
                                    m.start(), m.end()))
            break
    for m in (match_at(_NONE, text, start, end, _NONE_FIRST) if lows & _NONE_FIRST else ()):
        kinds = ["killed", "injured"] if m.group("c") else (["killed"] if m.group("k") else ["injured"])
        for k in kinds:
            out.append(CountMention(k, CountValue(min=0, max=0, span=(m.start(), m.end()), qualifier="none"),
                                    m.start(), m.end()))
    out.sort(key=lambda c: c.start)
    return out


_LABEL_WORDS = frozenset("deceased dead killed shuhada martyrs fatalities injured wounded".split())


def _labelled(text: str, start: int, end: int, out: list[CountMention]) -> None:
    """Figures given as labels in lists and tables, when no sentence gave one of that kind."""
    have = {c.kind for c in out}
    for m in finditer_at(_LIST_HEAD, text, start, end, _LIST_HEAD_FIRST):
        items = [int(x.group(1)) for x in _LIST_ITEM.finditer(text, m.end(), min(end, m.end() + 600))]
        run = 0
        for k in items:  # 1. 2. 3. ...: the enumeration's last number
            if k == run + 1:
                run = k
        if run >= 2 and "killed" not in have:
            out.append(CountMention("killed", CountValue(min=run, max=run, span=(m.start(), m.end()), qualifier="exact"),
                                    m.start(), m.end()))
            have.add("killed")
    for m in _LABELLED.finditer(text, start, end):
        kind = "injured" if m.group("w").lower() in ("injured", "wounded") else "killed"
        if kind in have:
            continue
        n = int(m.group("n"))
        out.append(CountMention(kind, CountValue(min=n, max=n, span=(m.start(), m.end()), qualifier="exact"),
                                m.start(), m.end()))
        have.add(kind)


def _rep(v: CountValue) -> int:
    return v.min if v.min is not None else (v.max or 0)


def combine(mentions: list[CountMention], kind: str) -> CountValue:
    """Several figures for one incident: the largest stated one (later tolls usually rise, and
    sub-groups such as "three of the dead were police" are smaller)."""
    cands = [c for c in mentions if c.kind == kind]
    if not cands:
        return CountValue()
    base = [c for c in cands if not c.increment]
    best = max(base or cands, key=lambda c: (_rep(c.value), c.value.qualifier == "exact"))
    more = [c for c in cands if c.increment and c.start > best.start]
    if base and more and best.value.min is not None and best.value.max is not None:
        # "martyred twenty-six of them ... Three more persons were martyred" -> 29, unless a
        # later toll restates the total (then that toll is the largest figure already).
        extra_lo = sum(c.value.min or 0 for c in more)
        extra_hi = sum(c.value.max or 0 for c in more) if all(c.value.max is not None for c in more) else None
        # The span runs from the toll to the last increment: every figure summed is inside it.
        return CountValue(min=best.value.min + extra_lo,
                          max=None if extra_hi is None else best.value.max + extra_hi,
                          span=(best.start, max(c.end for c in more)), qualifier="summed")
    return best.value
