"""Event type (DESIGN.md vocabulary) and targeted groups, from keyword evidence."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from gawahi.extract.lexicon import PhraseMatcher, per_text, words_in
from gawahi.model.claims import TargetValue
from gawahi.model.vocab import EventType


@dataclass(frozen=True, slots=True)
class _Hit:
    s: int
    e: int
    word: str

    def start(self) -> int:
        return self.s

    def end(self) -> int:
        return self.e

    def group(self, _n: int = 0) -> str:
        return self.word


# Keyword forms per event type: (single words, multi-word phrases separated by ";"), matched by
# token lookup (see lexicon.PhraseMatcher). All-capital words (IED, FIR) match their case only.
_KEYWORDS: dict[EventType, tuple[str, str]] = {
    EventType.BOMBING: (
        "bomb bombs bombing bombings bomber bombers bombed blast blasts explosion explosions explosive "
        "explosives exploded explode explodes IED IEDs suicide grenade grenades rocket rockets mortar "
        "mortars missile missiles drone drones airstrike airstrikes landmine landmines detonated detonate cracker "
        "detonates detonation detonating car-bomb shelling",
        "air strike; air strikes; land mine; land mines; blown up; blew up; blew himself up; "
        "blew herself up; blew themselves up; mortar shells; artillery shells"),
    EventType.MOB_VIOLENCE: ("mob mobs lynched lynching lynch riot riots rioting rioters",
                             "stoned to death; stone pelting; stone-pelting; stones were pelted; pelted stones; "
                             "pelting stones; pelted each other"),
    EventType.ENFORCED_DISAPPEARANCE: (
        "",
        "enforced disappearance; enforced disappearances; forcibly disappeared; forced disappearance; "
        "missing persons; picked up by security; picked up by intelligence; picked up by agencies; "
        "picked up by the agencies; picked up by rangers; picked up by police; picked up by the police; "
        "went missing; whereabouts unknown; whereabouts remain unknown; whereabouts are unknown; "
        "picked up from his; picked up from her; picked up from their; whisked away; "
        "picked up by the Frontier Corps; picked up by the FC; picked up by FC; picked up by the CTD; "
        "no word of them; no word of him; no word of her; no trace of; not been heard from; not been produced; "
        "allegedly picked up; forcibly picked up; were picked up; was picked up; taken away by; "
        "abducted by security; abducted by intelligence; taken into custody by plain-clothes; "
        "men in plainclothes; men in plain clothes; in plain-clothes; plainclothesmen; plainclothes men; "
        "heard nothing since; not been heard of since; no news of him; no news of them; "
        "disclosed their whereabouts; disclosed his whereabouts; disclose their whereabouts; disclose his whereabouts; "
        "whereabouts since; whereabouts have not been"),
    EventType.ARMED_ATTACK: (
        "shot shoot shooting shootings shooter gun gunmen gunman gunfire gunned gunfight fired firing "
        "ambush ambushed ambushes attack attacks attacked attacking attacker attackers assault assaulted "
        "stormed massacre massacres massacred killed killing killings kills murder murders murdered "
        "executed execution executions slain stabbed beheaded assassinated assassination martyred dead "
        "died clash clashes clashed firefight raid raided beat beaten beating slaughter slaughtered",
        "opened fire; sacrificed their lives; target killing; burnt alive; burned alive; burnt to death; "
        "burned to death; hacked to death; stabbed to death; tortured to death"),
    EventType.ABDUCTION: (
        "kidnap kidnapped kidnapping kidnappings abduct abducted abduction abductions hostage hostages",
        "took away; taken away at gunpoint; carried away at gunpoint; forcibly took; forcibly taken away; taken from their homes; "
        "taken from his home; taken from her home; taken from their house; taken from his house; taken from her house; "
        "bundled into a car; bundled into a vehicle; bundled him into; bundled them into; put him in the car; "
        "pushed him into a car; forced him into a car; forced into a car; forced into a vehicle"),
    EventType.PROPERTY_ATTACK: (
        "torched torching arson arsonists vandalised vandalized vandalism desecrated desecration "
        "demolished demolition razed ransacked looted fire burnt burned minarets",
        "set on fire; set fire; set ablaze; burnt down; burned down; lit on fire; pulled down; knocked down; "
        "torn down; tore down; broke into; smashed; bulldozed; defaced; stone-throwing; pelted with stones; damaged; "
        "broken by; were broken; was broken; broke open; broken open"),
    EventType.LEGAL_ACTION: (
        "arrest arrested arrests charged booked sentenced convicted acquitted acquits indicted detained FIR "
        "petition petitions verdict judgment judgement",
        "blasphemy case; registered a case against; registered cases against; case against"),
    EventType.DISPLACEMENT: ("displaced migrated migrating migrate migration evicted displacement exodus",
                             "fled their homes; forced to flee; forced to leave; have fled; families fled; "
                             "left their homes; fled the area; fled the city; fled the town; fled the village; "
                             "left their shops; left their land; left everything behind; abandoned their homes; "
                             "families left; families have left; families had left; left their village; "
                             "left their villages; left the village; families moved out"),
    EventType.PROTEST: (
        "protest protests protesters protestors protested sit-in dharna demonstration demonstrations rally rallies "
        "rallied",
        "strike for; took to the streets; take to the streets; staged a sit-in; staging a sit-in; "
        "on the call of; on the call given by; chanted slogans; chanting slogans; shutter-down strike; wheel-jam strike"),
    EventType.THREAT: ("threat threats threatened threatening warned warning pamphlet pamphlets graffiti chalking "
                       "chalked fatwa ultimatum jizya extortion",
                       "hit list; hit-list; death threat; death threats; threatening letter; wall chalking; "
                       "handwritten letter; letter was found; letters were found; letter pasted; letters pasted; "
                       "threat letter; threat letters; warning letter; warning letters; or face the consequences; "
                       "or face consequences; letters signed; letter signed; banners signed; signed in the name of; "
                       "received letters; received a letter; letters were thrown; letter was thrown; letter pushed under; "
                       "letters pushed under; on the letterhead of; wajib-ul-qatl; wajibul qatl; wajib ul qatl; "
                       "liable to be killed; protection money; warns"),
    # Administrative restrictions: no violence, still an event to record ("Section 144 imposed").
    EventType.OTHER: ("", "Section 144; pillion riding; internet suspended; mobile service suspended; threat alert; "
                          "threat alerts; sealed an imambargah; sealed the imambargah; sealed a mosque; sealed the mosque; "
                          "sealed an under-construction; seals imambargah; seals under-construction; "
                          "mobile services suspended; entry banned; barred from; banned from; "
                          "ban on the entry; were barred; was barred; refused burial"),
}
# Checked in this order: an explosion in a shooting makes it a bombing (ACLED codes remote
# violence first), a mob outranks a plain killing, and so on down to statements.
_ORDER = list(_KEYWORDS)
_NOT_VIOLENCE = {EventType.THREAT, EventType.PROTEST, EventType.LEGAL_ACTION, EventType.DISPLACEMENT, EventType.OTHER}


@lru_cache(maxsize=1)
def _matcher() -> PhraseMatcher[EventType]:
    pairs: list[tuple[str, EventType]] = []
    exact: list[tuple[str, EventType]] = []
    for et, (singles, phrases) in _KEYWORDS.items():
        for w in singles.split():
            (exact if w.isupper() else pairs).append((w, et))
        pairs += [(p.strip(), et) for p in phrases.split(";") if p.strip()]
    return PhraseMatcher(pairs, exact)


def keyword_hits(text: str, start: int, end: int) -> list[tuple[EventType, int, int]]:
    return [(m.payloads[0], m.start, m.end) for m in _matcher().finditer(text, start, end)]


def protest_object(text: str, start: int, end: int) -> bool:
    """Does text[start:end] name what a protest is against ("to protest the killing of 18")?"""
    return _PROTEST_OBJECT.search(text, start, end) is not None


def court_act(text: str, start: int, end: int) -> bool:
    """"The high court on Wednesday directed ...": a court acting, which is a legal event even
    with no legal keyword."""
    return _COURT_ACT.search(text, start, end) is not None


@per_text
def _violent_spans(text: str) -> tuple[list[int], list[int]]:
    hits = [(m.start, m.end) for m in _matcher().finditer(text) if m.payloads[0] not in _NOT_VIOLENCE]
    return [h[0] for h in hits], [h[1] for h in hits]


def has_violence(text: str, start: int, end: int) -> bool:
    """Does text[start:end] hold a keyword of a violent event type? The text's keywords are
    listed once; each sentence then asks by bisection."""
    starts, ends = _violent_spans(text)
    i = bisect_left(starts, start)
    return i < len(starts) and ends[i] <= end


_COURT_WORDS = frozenset("sentenced convicted acquitted indicted".split())
_COURT = re.compile(r"\b(?:court|judge|verdict|tribunal|ATC|bench|judgment|judgement|hearing)\b", re.IGNORECASE)


def classify(text: str, start: int, end: int, killed: bool,
             injured: bool = False) -> tuple[EventType, tuple[int, int] | None]:
    all_hits = [h for h in keyword_hits(text, start, end) if h[0] != EventType.LEGAL_ACTION or _legal_act(text, h)]
    hits: dict[EventType, _Hit] = {}
    for et, s, e in all_hits:
        if et not in hits:
            hits[et] = _Hit(s, e, text[s:e])
    seg = text[start:end]
    words = words_in(text, start, end)  # cheap gates before the wider patterns
    act = _COURT_ACT.search(seg) if words & {"court", "bench", "tribunal"} else None
    if not hits and act is None:
        return EventType.OTHER, None
    if act is not None and (EventType.LEGAL_ACTION not in hits or hits[EventType.LEGAL_ACTION].s > start + act.start()):
        # "The Peshawar High Court on Tuesday directed ...": a court acting is a legal event.
        hits[EventType.LEGAL_ACTION] = _Hit(start + act.start(), start + act.end(), act.group(0))
    legal = hits.get(EventType.LEGAL_ACTION)
    if act is not None and act.start() < 400:
        # A court acting in a report's opening lines is its event ("An anti-terrorism court has
        # indicted three men accused of facilitating the March bombing ...").
        return EventType.LEGAL_ACTION, (start + act.start(), start + act.end())
    violent = [h.s for et, h in hits.items() if et not in _NOT_VIOLENCE]
    if legal and violent and legal.s < min(violent):
        # "a court sentenced three men for the 2012 killing of...": the event is the sentence.
        # But "police arrested three suspects in connection with Sunday's killing of two men" and
        # "according to the FIR, ... was shot dead" report the killing: an arrest or a charge is
        # a stage of its case (people/cases), not another incident.
        court = legal.word.lower() in _COURT_WORDS or _COURT.search(seg) is not None
        if court or not killed:
            return EventType.LEGAL_ACTION, (legal.s, legal.e)
    other = hits.get(EventType.OTHER)
    if other and not killed and not injured and all(
            other.s < h.s for et, h in hits.items() if et is not EventType.OTHER):
        # "imposed Section 144 ... banned rallies and sit-ins", "barred 12 clerics ... a Sunni
        # organisation protested": an administrative restriction named first, with the protests it
        # bans or provokes, is the restriction.
        return EventType.OTHER, (other.s, other.e)
    protest = hits.get(EventType.PROTEST)
    vigil = _VIGIL.search(seg) if violent and words & _VIGIL_WORDS else None
    if vigil is not None and start + vigil.start() < min(violent):
        protest = _Hit(start + vigil.start(), start + vigil.end(), vigil.group(0))
    if protest and violent and protest.s < min(violent) and (
            _PROTEST_OBJECT.search(seg) or vigil is not None or _ONGOING.search(seg)
            or not (killed or injured or protest.word.lower().startswith(("protester", "protestor")))):
        # "a sit-in against the killing of Shia passengers", "our sit-in with the bodies of our
        # martyrs": the report is of the protest (no one was hurt at it; "burnt by protesters"
        # names who acted, not a protest).
        return EventType.PROTEST, (protest.s, protest.e)
    crowd = EventType.MOB_VIOLENCE in hits or (
        bool(words & _CROWD_WORDS) and _CROWD_ACTOR.search(seg) is not None)
    clash = _CLASH.search(seg) if words & {"clash", "clashed", "clashes", "turned"} else None
    if clash and EventType.BOMBING not in hits:
        mob = hits.get(EventType.MOB_VIOLENCE)
        if (protest or _PROTESTERS.search(seg)) and not (mob and (protest is None or mob.s < protest.s)):
            # (but "A charged mob vandalised a temple ... a protest which turned violent": the mob,
            # named first, is the event)
            return EventType.PROTEST, (start + clash.start(), start + clash.end())
        if _CROWD_SIDES.search(seg):  # a procession clash, two groups: crowds fighting
            return EventType.MOB_VIOLENCE, (start + clash.start(), start + clash.end())
    displaced_first = EventType.DISPLACEMENT in hits and all(hits[EventType.DISPLACEMENT].s < h.s for et, h in hits.items()
                                                           if et is not EventType.DISPLACEMENT)
    if EventType.DISPLACEMENT in hits and (displaced_first or (not killed and EventType.BOMBING not in hits)) and not (
            crowd and EventType.PROPERTY_ATTACK in hits
            and hits[EventType.PROPERTY_ATTACK].s < hits[EventType.DISPLACEMENT].s):
        # "families have fled Mariabad since a wave of killings"; but a mob that burnt houses,
        # after which families fled, is the mob's attack.
        m = hits[EventType.DISPLACEMENT]
        return EventType.DISPLACEMENT, (m.start(), m.end())
    threat = hits.get(EventType.THREAT)
    if threat and (killed or injured) and all(threat.s < h for h in violent):
        # "... received letters threatening them with death unless they pay": the report opens with
        # a threat whose own sentence names no violence done; tolls further on are other events'.
        te = text.find(". ", threat.s, end)
        te = end if te == -1 else te
        if not any(threat.s < h < te for h in violent if text[h:h + 12].split()[0].lower().strip(".,;") not in _THREATENED_ACTS):
            return EventType.THREAT, (threat.s, threat.e)
    if threat and not killed and not injured:
        acts = [text[s:e].lower() for et, s, e in all_hits if et not in _NOT_VIOLENCE]
        named_first = all(threat.s < h for h in violent)
        if all(w in _THREATENED_ACTS or (named_first and w in _THREATENED_DAMAGE) for w in acts):
            # "a letter warning of attacks on processions": nothing has happened yet.
            return EventType.THREAT, (threat.s, threat.e)
    if EventType.ENFORCED_DISAPPEARANCE in hits and EventType.PROTEST in hits and not killed:
        ed, pr = hits[EventType.ENFORCED_DISAPPEARANCE], hits[EventType.PROTEST]
        first = ed if ed.s < pr.s else pr  # "a sit-in for missing persons" vs "taken ... had joined protests"
        return (EventType.ENFORCED_DISAPPEARANCE if first is ed else EventType.PROTEST), (first.s, first.e)
    abducted_first = EventType.ABDUCTION in hits and all(hits[EventType.ABDUCTION].s <= h for h in violent)
    if EventType.ABDUCTION in hits and (not killed or abducted_first) and EventType.BOMBING not in hits:
        if EventType.ENFORCED_DISAPPEARANCE in hits:
            # "taken from his home by men in plain clothes; his whereabouts remain unknown"; but a
            # girl "abducted ... taken away by a neighbour ... not yet produced before a magistrate",
            # with no state taker in the wording, stays a kidnapping.
            d = hits[EventType.ENFORCED_DISAPPEARANCE]
            if not (d.word.lower() in _GENERIC_GONE and hits[EventType.ABDUCTION].s < d.s
                    and not _STATE_TAKERS.search(seg)):
                return EventType.ENFORCED_DISAPPEARANCE, (d.start(), d.end())
        m = hits[EventType.ABDUCTION]
        return EventType.ABDUCTION, (m.start(), m.end())
    if EventType.PROPERTY_ATTACK in hits and EventType.BOMBING not in hits:
        # "fire killed 300" is a fire, but people shot dead beside a torched car is a shooting.
        pm = hits[EventType.PROPERTY_ATTACK]
        shooting = re.search(r"opened\s+fire|\bfire\s+(?:on|at)\b|exchange\s+of\s+fire|cross\s?fire|gunfire|"
                             r"\bshot\b|\bgun\w*|\bfiring\b|\bstabbed\b|\battack\w*", seg, re.IGNORECASE)
        if pm.group(0).lower() == "fire" and re.search(r"opened\s+fire|\bfire\s+(?:on|at)\b|exchange\s+of\s+fire|cross\s?fire|gunfire", seg, re.IGNORECASE):
            hits.pop(EventType.PROPERTY_ATTACK)
        elif crowd:
            # A mob burning a church is mob violence, as ACLED codes it (Riots / Mob violence),
            # whether or not anyone was hurt; property attacks are by unnamed people or groups.
            m = hits.get(EventType.MOB_VIOLENCE) or pm
            return EventType.MOB_VIOLENCE, (m.start(), m.end())
        elif not (killed and shooting):
            return EventType.PROPERTY_ATTACK, (pm.start(), pm.end())
    if (EventType.BOMBING in hits and not killed and not injured and words & {"blew", "blown", "dynamited", "destroyed"}
            and _BLOWN_BUILDING.search(seg)):
        m = hits[EventType.BOMBING]  # "militants blew up a shrine": no one hurt, a building destroyed
        return EventType.PROPERTY_ATTACK, (m.start(), m.end())
    if EventType.BOMBING in hits and EventType.ARMED_ATTACK in hits:
        bomb_words = {text[s:e].lower() for et, s, e in all_hits if et == EventType.BOMBING}
        if (bomb_words <= _ASSAULT_EXPLOSIVES and _ASSAULT.search(seg)
                and hits[EventType.ARMED_ATTACK].s < hits[EventType.BOMBING].s):
            # Gunmen in suicide vests storming a mosque: an armed assault (the bombs are theirs).
            m = hits[EventType.ARMED_ATTACK]
            return EventType.ARMED_ATTACK, (m.start(), m.end())
    if crowd and EventType.MOB_VIOLENCE not in hits and EventType.BOMBING not in hits and _PEOPLE_HARMED.search(seg):
        c = _CROWD.search(seg)
        if c:  # "a crowd gathered ... beat him on the roof"
            return EventType.MOB_VIOLENCE, (start + c.start(), start + c.end())
    if EventType.PROTEST in hits and not killed and set(hits) - _NOT_VIOLENCE <= {EventType.ENFORCED_DISAPPEARANCE}:
        m = hits[EventType.PROTEST]  # a sit-in for missing persons is a protest
        return EventType.PROTEST, (m.start(), m.end())
    for et in _ORDER:
        if et in hits:
            m = hits[et]
            return et, (m.start(), m.end())
    return EventType.OTHER, None


_PROTEST_OBJECT = re.compile(r"\b(?:against|over|condemn\w*|protesting|protest)\s+(?:the\s+|what\s+)?(?:[\w\-']+\s+){0,3}?"
                             r"(?:killing|killings|murder|abduction|kidnapping|attacks?|disappearances?|"
                             r"arrests?|lynching|bombings?|blasts?|remarks|blasphemy)", re.IGNORECASE)
# A protest that goes on ("continued their sit-in for a third day", "the dharna entered its fifth
# day") or sits with the dead ("sitting beside the coffins", "refused to bury the bodies"): the
# report is of the protest, whatever toll it recalls.
_ONGOING = re.compile(r"\b(?:continu\w+|extend\w*)\s+(?:their\s+|the\s+|its\s+|a\s+)?(?:\w+\s+)?(?:sit-in|protest|dharna|"
                      r"demonstration|strike|march)|\b(?:sit-in|protest|dharna|strike|march)\b[^.;]{0,40}?\b(?:enter(?:s|ed)?|into)"
                      r"\s+(?:its|the|a)\s+\w+\s+(?:consecutive\s+|straight\s+)?day|\bfor\s+(?:the\s+|a\s+)\w+\s+"
                      r"(?:consecutive|straight)\s+day", re.IGNORECASE)
_VIGIL = re.compile(r"\b(?:sitting|sat|sit|sit-in|protest\w*|dharna)\b[^.;]{0,60}?\b(?:with|beside|next\s+to|alongside)\s+"
                    r"(?:the\s+)?(?:\w+\s+){0,2}(?:coffins|bodies)\b|\brefus\w*\s+to\s+bury\b", re.IGNORECASE)
_VIGIL_WORDS = frozenset("coffins bodies bury".split())
_CLASH = re.compile(r"\bclash(?:ed|es)?\b|\bturned\s+(?:into\s+a\s+clash|violent)", re.IGNORECASE)
_PROTESTERS = re.compile(r"\b(?:protesters?|protestors?|demonstrators?|sit-in|dharna|rally|marchers?)\b", re.IGNORECASE)
_CROWD_SIDES = re.compile(r"\b(?:procession|two\s+groups|rival\s+groups|sects|communities|mobs?|crowds?|villagers)\b",
                          re.IGNORECASE)
_CROWD = re.compile(r"\b(?:mobs?|crowds?|rioters)\b", re.IGNORECASE)
_CROWD_WORDS = frozenset("mob mobs crowd crowds rioters hundreds thousands".split())
# A crowd as the doer ("a crowd ... surrounded the temple and smashed the idols", "hundreds of
# men ... broke the gate"), not the victim ("gunmen fired at a crowd").
_CROWD_ACTOR = re.compile(r"(?:\b(?:mobs?|rioters)|(?<!at\s)(?<!on\s)(?<!fired\sinto\s)(?<!fire\sinto\s)(?<!rammed\sinto\s)(?<!ploughed\sinto\s)(?:\b(?:a|an|the|angry|enraged|charged)\s+crowds?"
                          r"|\bcrowds|\b(?:hundreds|thousands)\s+of\s+(?:\w+\s+)?(?:men|people|villagers|"
                          r"residents|youths|protesters|locals|students|workers|supporters)))\b"
                          # "a crowd of about 300 people, armed with sticks, iron rods and petrol bottles, came
                          # to the houses", "... marched to the samadhi, tore down its walls"
                          r"[^.;]{0,160}?\b(?:set|torched|attacked|stormed|ransacked|smashed|vandali[sz]ed|burnt|burned|"
                          r"pelted|beat|surrounded|besieged|demolished|damaged|looted|pulled|broke|tore|"
                          r"(?:came|marched|descended)\s+(?:on|to|upon))\b", re.IGNORECASE)
_PEOPLE_HARMED = re.compile(r"\b(?:beat|beaten|beating|lynch\w*|tortured|dragged|burnt\s+alive|burned\s+alive|"
                            r"burnt\s+to\s+death|set\s+(?:\w+\s+){0,2}(?:body|bodies)\s+(?:alight|on\s+fire)|"
                            r"attack(?:ed)?\s+(?:on\s+)?the\s+(?:\w+\s+)?(?:residents|families|people|community|neighbourhoods?))\b",
                            re.IGNORECASE)
_BLOWN_BUILDING = re.compile(r"\b(?:blew\s+up|blown\s+up|dynamited|destroyed\s+with\s+explosives)\s+(?:the\s+|a\s+|an\s+)?"
                             r"(?:[\w\-'’]+\s+){0,4}?(?:shrine|school|mosque|church|temple|imambargah|house|home|tower|"
                             r"bridge|building|office|pylon|railway|track|gas\s+pipeline|pipeline|tomb|mausoleum)", re.IGNORECASE)
_ASSAULT = re.compile(r"\b(?:stormed|storming|besieged|laid\s+siege)\b", re.IGNORECASE)
# The explosives of gunmen storming a place, named after the gunmen ("gunmen armed with rifles,
# grenades and suicide vests stormed"); a bomber named first makes a bombing.
_ASSAULT_EXPLOSIVES = frozenset("suicide bomber bombers explosives grenade grenades".split()) | {
    "blew himself up", "blew themselves up", "blew herself up"}
_COURT_ACT = re.compile(r"\b(?:court|bench|tribunal)\b[^.;]{0,50}?\b(?:directed|ordered|sentenced|acquitted|convicted|granted|"
                        r"rejected|dismissed|issued|summoned|adjourned|indicted|upheld|set\s+aside|suspended|"
                        r"reserved|announced|allowed|ruled|declared|quashed|restrained|barred|remanded|overturned|acquits|"
                        r"confirmed|handed|awarded|heard|sought|admitted)\b", re.IGNORECASE)
# "no one was arrested", "without registering an FIR": a legal step that did not happen. "FIR No.
# 26 registered at PS Daharki ... stated that ... abducted his daughter": a case registered is how
# the offence is reported, not a legal event of its own (an arrest, a charge or a court's act is).
_LEGAL_NEGATED = re.compile(r"\b(?:no\s+one|nobody|none|no\s+suspects?|not|never|without|yet\s+to\s+be|refused\s+to)"
                            r"\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_REPORTING_ONLY = frozenset({"fir"})
_GENERIC_GONE = frozenset({"taken away by", "not been produced", "no trace of", "went missing", "whereabouts unknown",
                           "whereabouts remain unknown", "whereabouts are unknown", "not been heard from",
                           "no word of him", "no word of her", "no word of them"})
_STATE_TAKERS = re.compile(r"\b(?:plain\s*-?\s*clothes|plainclothes|agenc(?:y|ies)|security\s+forces|intelligence|"
                           r"uniforms?|Rangers|Frontier\s+Corps|FC|CTD|ISI|law\s+enforce\w+|custody|enforced|"
                           r"forcibly\s+disappeared|missing\s+persons)\b", re.IGNORECASE)
_CHARGED_CROWD = re.compile(r"\s+(?:mob|mobs|crowd|crowds|people|protesters|youths)\b", re.IGNORECASE)
# "demanding the arrest of the killers", "until the culprits are arrested", "a sit-in against the
# arrest of a cleric": an arrest asked for or protested, not made.
_LEGAL_DEMANDED = re.compile(r"\b(?:demand\w*|call\w*\s+for|calls\s+for|seek\w*|sought|urg\w*|press\w*\s+for|"
                             r"until|unless|against)\s+(?:the\s+)?(?:immediate\s+|swift\s+|early\s+)?"
                             r"(?:(?:\w+\s+){1,3}(?:are|is|were|be)\s+)?$", re.IGNORECASE)


def _legal_act(text: str, hit: tuple[EventType, int, int]) -> bool:
    _, s, e = hit
    if text[s:e].lower() in _REPORTING_ONLY:
        return False
    if text[s:e].lower() == "charged" and _CHARGED_CROWD.match(text, e, e + 20):
        return False  # "a charged mob": an angry crowd, not a charge
    return (_LEGAL_NEGATED.search(text, max(0, s - 40), s) is None
            and (text[s:e].lower() not in ("arrest", "arrested", "arrests")
                 or _LEGAL_DEMANDED.search(text, max(0, s - 40), s) is None))


# What a letter named first threatens to do to property ("my shop will be burnt"): nothing done yet.
_THREATENED_DAMAGE = frozenset("burnt burned burn burning torched fire demolished razed".split())
_THREATENED_ACTS = frozenset("attack attacks bomb bombs bombing bombings killing killings blast blasts suicide "
                             "dead killed kill murdered".split())


# Targeted groups: word forms per group. Longer phrases that name something else ("Hazara Town"
# is a place, "Sunni militants" an actor) map to "" and so shadow the group word.
_TARGETS: dict[str, str] = {
    "Shia": "Shia Shias Shiite Shiites Shi'ite Shi'ites Shi’ite Shi’ites imambargah imambargahs "
            "majlis Ashura;Shia Muslims;Muharram procession",
    "Hazara": "Hazara Hazaras",
    "Ismaili": "Ismaili Ismailis jamaatkhana;jamaat khana",
    "Ahmadi": "Ahmadi Ahmadis Ahmadiyya Ahmadiyyas Ahmadiya Qadiani Qadianis",
    "Christian": "Christian Christians church churches",
    "Hindu": "Hindu Hindus temple temples mandir",
    "Sikh": "Sikh Sikhs gurdwara gurdwaras",
    "Sunni": "Sunni Sunnis",
    "Barelvi": "Barelvi Barelvis Sufi Sufis shrine shrines dargah",
    "Deobandi": "Deobandi Deobandis",
    "Baloch": "Baloch Baluch Balochs",
    "Pashtun": "Pashtun Pashtuns Pakhtun Pakhtuns Pathan Pathans",
    "Punjabi": "Punjabi Punjabis",
    "Sindhi": "Sindhi Sindhis",
    "Muhajir": "Muhajir Muhajirs Mohajir Mohajirs;Urdu speaking;Urdu-speaking",
    "police": "police policemen policeman policewoman constable constables cop cops",
    "security forces": "soldier soldiers troops paramilitary paramilitaries Rangers army Levies;"
                       "security forces;security personnel;security officials;Frontier Corps",
    "lawyers": "lawyer lawyers advocate advocates",
    "polio workers": "polio vaccinator vaccinators vaccination",
    "journalists": "journalist journalists reporter reporters",
    "doctors": "doctor doctors",
    "students": "student students schoolchildren;school children",
    "clerics": "cleric clerics scholar scholars maulana;prayer leader",
    "foreigners": "foreigner foreigners Chinese tourist tourists",
    "": "Hazara Town;Sunni militants;Sunni militant;Sunni extremists;Sunni-militants;Deobandi militants;"
        "Deobandi terrorists;Baloch separatists;Baloch separatist;Baloch nationalists;Baloch insurgents;"
        "Baloch militants;Baloch Liberation;Baluch Liberation;Baloch Republican;police station;"
        "anti-Shia;anti Shia",
}


@lru_cache(maxsize=1)
def _target_matcher() -> PhraseMatcher[str]:
    pairs: list[tuple[str, str]] = []
    for group, spec in _TARGETS.items():
        singles, *phrases = spec.split(";")
        pairs += [(w, group) for w in singles.split()]
        pairs += [(p.strip(), group) for p in phrases if p.strip()]
    return PhraseMatcher(pairs)


# "police said", "according to police": the police as a source, not a target.
_SOURCE_AFTER = re.compile(r"\s+(?:officials?\s+|sources?\s+)?(?:said|say|says|told|have\s+registered|registered|"
                           r"spokesm[ae]n|confirmed|reported)\b", re.IGNORECASE)
_SOURCE_BEFORE = re.compile(r"\b(?:according\s+to|told)\s+(?:the\s+)?$", re.IGNORECASE)


def find_targets(text: str, start: int, end: int) -> list[TargetValue]:
    out: dict[str, TargetValue] = {}
    for m in _target_matcher().finditer(text, start, end):
        g = m.payloads[0]
        if g in ("police", "security forces") and (
                _SOURCE_AFTER.match(text, m.end, min(len(text), m.end + 30))
                or _SOURCE_BEFORE.search(text, max(0, m.start - 20), m.start)):
            continue
        if g and g not in out:
            out[g] = TargetValue(group=g, span=(m.start, m.end))
    return list(out.values())
