"""Perpetrators from the actor registry, each with the basis the wording gives.

"X claimed responsibility" -> claimed; "charged"/"convicted"/"acquitted" from court wording;
everything else ("police suspect X", "blamed on X", "attack by X") -> alleged. State forces are
only attributed in agentive wording, since reports mostly name them as victims.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from gawahi.extract.lexicon import Match, PhraseMatcher
from gawahi.model.claims import OrganiserValue, PerpetratorValue
from gawahi.model.vocab import AttributionBasis


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    kind: str
    relations: tuple[tuple[str, str], ...] = ()


@lru_cache(maxsize=1)
def registry() -> PhraseMatcher[Actor]:
    data = json.loads((files("gawahi.data") / "actors" / "actors.json").read_text(encoding="utf-8"))
    phrases: list[tuple[str, Actor]] = []
    exact: list[tuple[str, Actor]] = []
    for a in data["actors"]:
        actor = Actor(a["name"], a["kind"], tuple(tuple(r) for r in a.get("relations", [])))
        for alias in {a["name"], *a.get("aliases", [])}:
            phrases.append((alias, actor))
        for acr in a.get("acronyms", []):
            exact.append((acr, actor))
    return PhraseMatcher(phrases, exact)


@lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    data = json.loads((files("gawahi.data") / "actors" / "actors.json").read_text(encoding="utf-8"))
    return {a["name"]: a["kind"] for a in data["actors"]}


def is_state(name: str) -> bool:
    """Is this registry actor a state force or agency (police, Rangers, CTD, intelligence...)?"""
    return _kinds().get(name) == "state"


_CLAIM_AFTER = re.compile(
    r"^\s*(?:\([^()]{0,40}\)\s*)?(?:,[^,.;]{0,70},\s*)?"
    r"(?:(?:group|militants?|faction|organi[sz]ation|outfit|movement|network|spokesm[ae]n|spokesperson|"
    r"wing|chief|commander|leader)\s+)*"
    r"(?:(?:and|,)\s+(?:the\s+)?[\w\-’']+(?:\s+[\w\-’']+){0,3}?\s+)?(?:both\s+|jointly\s+|separately\s+)?"
    r"(?:(?:has|have|had|later|subsequently|reportedly|quickly|also|promptly|immediately)\s+)*"
    r"(?:claimed|claiming|claims|accepted|owned|took\s+responsibility|takes\s+responsibility|"
    r"said\b[^.;]{0,25}?\b(?:it|they)\s+(?:had\s+|was\s+|were\s+)?(?:carried|attacked|killed|conducted|behind|responsible))\b"
    r"(?!\s+(?:that|to\s+have))",
    re.IGNORECASE,
)
_CLAIM_BEFORE = re.compile(r"\b(?:claimed|owned)\s+by\s+(?:the\s+)?[\w\s\-]{0,25}$"
                           # a letter or banner in the group's name ("letters signed 'TLP, Tehsil Bhalwal'",
                           # "signed in the name of LeJ", "on the letterhead of the X"): the group's own threat
                           r"|\b(?:signed|(?:signed\s+)?in\s+the\s+name\s+of|letterhead\s+of|bearing\s+the\s+name\s+of)"
                           r"\s+(?:by\s+)?(?:the\s+)?[\"“'‘]?$", re.IGNORECASE)
_NEG_BEFORE = re.compile(r"\b(?:no|not|nor|neither|denied|rejected|anti|against|counter)[\s\-][^.;]{0,30}$", re.IGNORECASE)
_DENY_AFTER = re.compile(r"^[\s\w\-]{0,30}\b(?:denied|rejected|distanced)\b", re.IGNORECASE)
_COURT = [
    (AttributionBasis.ACQUITTED, re.compile(r"\bacquit\w*|\bset\s+free\s+by\s+the\s+court", re.IGNORECASE)),
    (AttributionBasis.CONVICTED, re.compile(r"\bconvict\w*|\bsentenced\b|\bfound\s+guilty\b", re.IGNORECASE)),
    (AttributionBasis.CHARGED, re.compile(r"\bcharged\b|\bindicted\b|\bbooked\b|\bFIR\b|\bcharge[\s\-]?sheet", re.IGNORECASE)),
]
# Wording that makes a state force the doer rather than the victim.
# "killed by the police" makes the police the doer; "questioned by the police", "blamed by
# police", "repelled by the army" do not name them as doers of violence.
_AGENT_BEFORE = re.compile(
    r"\b(?:killed|shot|dead|gunned\s+down|abducted|kidnapped|picked\s+up|taken\s+away|whisked\s+away|"
    r"taken\s+into\s+custody|"
    r"tortured|beaten|attacked|fired\s+(?:up)?on|raided|bombed|shelled|struck|hit|detained|disappeared|"
    r"targeted|murdered|executed|injured|wounded|demolished|removed|razed|defaced|desecrated|destroyed|erased|"
    r"broken|sealed)\s+(?:[\w/.]+\s+){0,10}?by\s+(?:the\s+)?"
    r"(?:(?:men|personnel|officials|soldiers|troops|officers|plain-?clothes(?:\s+men)?)\s+(?:in|of|from|wearing)\s+(?:the\s+)?"
    r"(?:uniforms?\s+of\s+(?:the\s+)?)?)?"
    r"(?:Pakistani\s+|local\s+|suspected\s+|US\s+|U\.S\.\s+)?$", re.IGNORECASE)
# "SSP Haveli appealed ...", "SSP Operations said", "the SSP": the police rank, not the party.
_OFFICER_AFTER = re.compile(r"\s+(?:(?:Operations|Investigation|City|Rural|Traffic|Security|Headquarters|Saddar|CTD|CIA|"
                            r"Special|East|West|South|North|Central)\b|(?:[A-Z][\w.]+\s+){1,3}(?:said|says|told|appealed|"
                            r"visited|directed|ordered|confirmed|reached|added|informed|stated|assured|constituted)\b)")
_OFFICER_BEFORE = re.compile(r"\b(?:the|DIG|DPO|SP|DSP|SHO)\s+$")
_KILLED_ATTACKERS = re.compile(r"\s+(?:also\s+)?(?:killed|shot(?:\s+dead)?|gunned\s+down|neutrali[sz]ed)\s+(?:\w+\s+){0,3}?"
                               r"(?:terrorists?|attackers?|militants?|assailants?|gunm[ae]n|bombers?|insurgents?|suspects)\b",
                               re.IGNORECASE)
_UNIFORM_BEFORE = re.compile(r"\b(?:(?:uniforms?|uniformed|identified\s+themselves\s+as|claimed\s+to\s+be\s+from|"
                             r"describe[sd]?\s+as|belonged\s+to|belonging\s+to)\s+(?:of\s+|from\s+)?(?:the\s+)?"
                             r"(?:(?:[\w\-]+\s+){0,2}[\w\-]+(?:'s|’s)\s+|[\w\-]+\s+)?"
                             r"|\b(?:said|saying|told\s+\w+(?:\s+\w+)?|claimed)\s+(?:that\s+)?they\s+(?:were|are|was)\s+"
                             r"(?:from|with|of)\s+(?:the\s+)?"
                             r"|(?:men|personnel|officials|officers|agents|contingent|team|party)\s+(?:of|from)\s+(?:the\s+)?"
                             r"(?:[A-Z][\w\-]+\s+)?"
                             r"|(?:held|kept|detained)\s+by\s+(?:the\s+)?|(?:illegal\s+)?custody\s+of\s+(?:the\s+)?)$", re.IGNORECASE)
# "men in CTD uniform", "one of them had a CTD badge": the force named by what its men wore.
_WORN_BEFORE = re.compile(r"\b(?:in|wearing|wore|donning|bearing|had|with)\s+(?:the\s+|their\s+|a\s+|an\s+)?$", re.IGNORECASE)
_WORN_AFTER = re.compile(r"\s+(?:uniforms?|badges?|jackets?|vests?|insignia)\b", re.IGNORECASE)
_WEARERS = re.compile(r"\b(?:men|persons|people|individuals|some|others|team|squad|them|abductors|gunmen|officials|"
                      r"personnel|raiders)\b[^.;]{0,30}$", re.IGNORECASE)
# "they said they were from the agencies": the takers' own generic word names no force.
_SELF_NAMED = re.compile(r"\bthey\s+(?:were|are|was)\s+(?:from|with|of)\s+(?:the\s+)?$", re.IGNORECASE)
_TAKING = re.compile(r"\b(?:took|taken|picked\s+up|abducted|whisked|bundled|detained|seized|dragged|raided|forced|entered|"
                     r"came|held|custody|holding|demolished|removed|razed|defaced|desecrated|destroyed|erased|sealed)\b",
                     re.IGNORECASE)
# "three attackers were killed by security forces": the state answered the attack.
_ATTACKERS_BEFORE = re.compile(r"\b(?:attackers?|militants?|terrorists?|assailants?|gunm[ae]n|bombers?|insurgents?)\b"
                               r"[^.;]{0,40}$", re.IGNORECASE)
_AGENT_AFTER = re.compile(
    r"^[\s,]+(?:(?:personnel|officials|officers|men|contingent)\b(?:\s*,[^,.;]{0,80},)?\s*)?(?:who\s+|which\s+)?"
    r"(?:had\s+|have\s+)?(?:allegedly\s+|reportedly\s+)?(?:uniforms?\b[^.;]{0,60}?\b(?:came|took|entered|raided|picked)\b|(?:opened\s+fire|fired(?!\s+(?:tear|teargas|in\s+the\s+air|warning|rubber|shots\s+in))|shot|killed|raided|abducted|picked\s+up|took\s+(?:away\s+)?(?:them|him|her|the)\b|whisked|bundled|"
    r"tortured|bombed|shelled|detained|carried\s+out|demolished|removed|razed|defaced|desecrated|erased|broke|"
    r"destroyed|tore\s+down|pulled\s+down|sealed))", re.IGNORECASE)
_VICTIM_AFTER = re.compile(r"^\s*(?:convoy|patrol|vehicle|post|station|checkpoint|personnel|officer|official|"
                           r"camp|headquarters|building|men|troops|soldiers?|jawans?)\b", re.IGNORECASE)
# "a group associated with the TTP", "a TTP faction": a relation between actors, not an attribution.
_RELATION_BEFORE = re.compile(r"\b(?:associated|affiliated|linked|allied|close)\s+(?:with|to)\s+(?:the\s+)?$|"
                              r"\b(?:splinter|faction|offshoot|wing|branch)\s+(?:group\s+)?of\s+(?:the\s+)?$",
                              re.IGNORECASE)
_ACCUSED = re.compile(r"\b(?:convict\w*|sentenced|charged|indicted|booked|acquitted|arrested|accused|suspect\w*|"
                     r"blamed|responsible|involved)\b", re.IGNORECASE)
# "two activists of the banned ASWJ were shot dead": the victims' affiliation, named before.
_AFFILIATION_BEFORE = re.compile(r"\b(?:activists?|workers?|members?|leaders?|supporters?|cadres?|office-bearers?)\s+of\s+"
                                 r"(?:the\s+)?(?:banned\s+|proscribed\s+|outlawed\s+|defunct\s+)?$", re.IGNORECASE)
_CASUALTY_AFTER = re.compile(r"[^.;]{0,25}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?"
                             r"(?:shot|killed|gunned|murdered|martyred|injured|wounded|abducted|kidnapped|attacked)\b",
                             re.IGNORECASE)
# "a suspect affiliated with the ASWJ": people linked to a group are accused through it.
_PEOPLE_BEFORE = re.compile(r"\b(?:suspects?|accused|men|man|militants?|attackers?|gunm[ae]n|assailants?|killers?|"
                            r"members?|activists?|operatives?|cell)\b[^.;]{0,30}$", re.IGNORECASE)
# "an MQM activist was shot": the party names the victim's affiliation.
_AFFILIATION_AFTER = re.compile(r"\s*(?:activists?|workers?|supporters?|offices?|candidates?|lawmakers?|"
                                r"MNA|MPA|councillors?|rally|members?\s+(?:was|were)\s+(?:killed|shot|injured))\b",
                                re.IGNORECASE)


def _place_follows(text: str, at: int) -> bool:
    """Does a known place's name follow right after (the posting of an officer: "SSP Ghotki")?"""
    from gawahi.extract.places import gazetteer  # places reads this module's registry indirectly

    return any(g.start == at + 1 for g in gazetteer().finditer(text, at, min(len(text), at + 40))) \
        if text[at:at + 1] == " " else False


def _sentence_bounds(text: str, i: int, j: int) -> tuple[int, int]:
    s = max(text.rfind(". ", 0, i), text.rfind("\n", 0, i), text.rfind("! ", 0, i), text.rfind("? ", 0, i))
    e_candidates = [k for k in (text.find(". ", j), text.find("\n", j)) if k != -1]
    return (s + 1 if s >= 0 else 0), (min(e_candidates) if e_candidates else len(text))


def basis_for(text: str, m: Match[Actor]) -> AttributionBasis | None:
    """The basis for one mention, or None when the wording denies or negates it."""
    s, e = _sentence_bounds(text, m.start, m.end)
    before = text[max(s, m.start - 50): m.start]
    after = text[m.end: min(e, m.end + 80)]
    if _DENY_AFTER.match(after):
        return None
    if _CLAIM_AFTER.match(after) or _CLAIM_BEFORE.search(before):
        return AttributionBasis.CLAIMED
    if _NEG_BEFORE.search(before) and not re.search(r"\bbut\b", text[max(s, m.start - 50): m.start]):
        return None
    sentence = text[s:e]
    for basis, rx in _COURT:
        if rx.search(sentence):
            return basis
    return AttributionBasis.ALLEGED


def find_perpetrators(text: str, start: int, end: int) -> list[PerpetratorValue]:
    out: dict[str, PerpetratorValue] = {}
    order = {AttributionBasis.ALLEGED: 0, AttributionBasis.CHARGED: 1, AttributionBasis.CONVICTED: 2,
             AttributionBasis.ACQUITTED: 2, AttributionBasis.CLAIMED: 3}
    for m in registry().finditer(text, start, end):
        actor = m.payloads[0]
        if text[max(0, m.start - 5): m.start].lower().endswith(("anti-", "anti ")):
            continue
        rel = _RELATION_BEFORE.search(text, max(0, m.start - 40), m.start)
        if rel is not None:
            # "a group associated with the TTP" relates two actors; "a suspect affiliated with
            # the ASWJ" accuses through the group; "a faction of the TTP claimed" is the TTP's.
            unnamed_faction = re.search(r"\b(?:faction|splinter|wing|branch|offshoot)\b", rel.group(0), re.IGNORECASE) and \
                not any(o.end <= m.start and o.start >= m.start - 80 for o in registry().finditer(text, max(0, m.start - 80), m.start))
            if not (unnamed_faction or _PEOPLE_BEFORE.search(text, max(0, rel.start() - 40), rel.start())):
                continue
        if (_AFFILIATION_BEFORE.search(text, max(0, m.start - 45), m.start)
                and _CASUALTY_AFTER.match(text, m.end, min(len(text), m.end + 60))):
            continue
        if _AFFILIATION_AFTER.match(text, m.end, m.end + 40):
            # "an MQM activist was shot" names a victim; "SSP activists were convicted" the accused.
            s0, e0 = _sentence_bounds(text, m.start, m.end)
            if not _ACCUSED.search(text, s0, e0):
                continue
        if text.startswith("SSP", m.start) and (_OFFICER_AFTER.match(text, m.end, m.end + 60)
                                                or _OFFICER_BEFORE.search(text, max(0, m.start - 8), m.start)
                                                or _place_follows(text, m.end)):
            continue  # "SSP Haveli appealed to the public", "The SSP Ghotki, however, denied": a Senior Superintendent of Police
        if actor.kind == "state":
            before = text[max(0, m.start - 40): m.start]
            after = text[m.end: m.end + 40]
            before60 = text[max(0, m.start - 70): m.start]
            s0, e0 = _sentence_bounds(text, m.start, m.end)
            agent_before = _AGENT_BEFORE.search(before60) is not None or (
                # "men, some wearing the uniform of the CTD, took him", "men in CTD uniform", "the men
                # said they were from the ISI": the force named by its uniform or by the takers themselves
                (_UNIFORM_BEFORE.search(text, max(0, m.start - 60), m.start) is not None
                 or (_WORN_AFTER.match(text, m.end, m.end + 20) is not None
                     and _WORN_BEFORE.search(text, max(0, m.start - 20), m.start) is not None
                     and _WEARERS.search(text, max(0, m.start - 45), m.start) is not None))
                and not (actor.name.endswith("(unspecified)") and _SELF_NAMED.search(text, max(0, m.start - 40), m.start))
                and _TAKING.search(text, max(0, s0 - 300), e0) is not None)
            # the window takes an aside in ("Punjab Police personnel, acting on a complaint by local
            # clerics, defaced ...")
            agent_after = _AGENT_AFTER.match(text[m.end: m.end + 120]) is not None
            if (_VICTIM_AFTER.match(after) and not agent_before and not agent_after) or not (agent_before or agent_after):
                continue
            if _AGENT_BEFORE.search(before60) and _ATTACKERS_BEFORE.search(before60):
                continue
            if _KILLED_ATTACKERS.match(after):
                continue  # "the law enforcers killed two terrorists": the state answered the attack
            if re.search(r"\b(?:attack(?:ed)?|target(?:ed|ing)?|ambush(?:ed)?|killed|wounded|injured)\s+(?:by\s+)?$", before, re.IGNORECASE) and not re.search(r"\bby\s+(?:the\s+)?$", before, re.IGNORECASE):
                continue
        basis = basis_for(text, m)
        if basis is None:
            continue
        if actor.kind == "organisation" and basis == AttributionBasis.ALLEGED:
            continue  # "the MWM condemned the attack": a party or movement named, not accused
        prev = out.get(actor.name)
        if prev is None or order[basis] > order[prev.basis]:
            out[actor.name] = PerpetratorValue(actor=actor.name, basis=basis, span=(m.start, m.end))
    # A named faction subsumes the generic "Taliban" mention of the same text.
    if "Taliban" in out and any("Taliban" in n and n != "Taliban" for n in out):
        del out["Taliban"]
    ranked = sorted(out.values(), key=lambda p: (-order[p.basis], p.span[0] if p.span else 0))
    return ranked


# A protest's organiser: "led by the X", "on the call of X", "under the aegis of X", "workers of X
# staged a sit-in", "X held a rally", "the sit-in organised by X", "X supporters blocked the road".
_ORGANISER_BEFORE = re.compile(
    r"(?:\b(?:led|organi[sz]ed|called|convened|arranged|sponsored|spearheaded|announced|given)\s+by"
    r"|\b(?:on|at|upon|answering|responding\s+to|heeding)\s+(?:the|a)\s+(?:call|behest|appeal|invitation)\s+(?:of|by|from)"
    r"|\bunder\s+the\s+(?:aegis|banner|auspices|leadership|umbrella)\s+of"
    r"|\b(?:protest|sit-in|rally|march|dharna|demonstration|strike)\s+(?:by|of)"
    r"|\b(?:workers|supporters|activists|members|leaders|followers|cadres|volunteers)\s+(?:of|from))"
    r"\s+(?:the\s+)?(?:banned\s+|proscribed\s+|religious\s+party\s+|party\s+)?$", re.IGNORECASE)
_ORGANISER_AFTER = re.compile(
    r"(?:\s*\([A-Za-z\-]{2,10}\))?(?:\s+[A-Z][\w\-]*){0,3}?(?:'s|’s)?\s+(?:(?:workers|supporters|activists|members|leaders|"
    r"followers|cadres|volunteers)\s+)?(?:(?:also|today|on\s+\w+|have|has|had|will|would)\s+)*"
    r"(?:staged|stage|stages|held|hold|holds|organi[sz]ed|organi[sz]es|led|leads|called|calls|launched|observed|"
    r"began|continued|protested|protest|protests|rallied|marched|blocked|clashed|clash|gathered|"
    r"sit-in|dharna|rally|march|demonstration|strike|shutter-down|long\s+march)\b", re.IGNORECASE)
_PROTESTING = re.compile(r"\b(?:protest\w*|sit-ins?|dharnas?|rall(?:y|ies|ied)|march\w*|demonstrat\w+|strikes?|"
                        r"blocked|blockade|clash\w*|gathered|chant\w*|slogans|demanding|shutter-down|wheel-jam|"
                        r"on\s+the\s+call)\b", re.IGNORECASE)


def find_organisers(text: str, blocks: list[tuple[int, int]]) -> list[OrganiserValue]:
    """The organisation that held a protest, read from the protest's own passages: its actor,
    kept as an organiser (claim.organisers), not a perpetrator. Any group the protest is *about*
    ("against the killing of 18 by Jundallah") is not its actor."""
    out: dict[str, OrganiserValue] = {}
    for a, b in blocks:
        for m in registry().finditer(text, a, b):
            actor = m.payloads[0]
            if actor.kind in ("state", "foreign_state", "descriptor") or actor.name in out:
                continue
            if text.startswith("SSP", m.start) and _OFFICER_AFTER.match(text, m.end, m.end + 60):
                continue
            if ((_ORGANISER_BEFORE.search(text, max(0, m.start - 60), m.start)
                 or _ORGANISER_AFTER.match(text, m.end, min(len(text), m.end + 70)))
                    and _PROTESTING.search(text, *_sentence_bounds(text, m.start, m.end))):
                out[actor.name] = OrganiserValue(actor=actor.name, span=(m.start, m.end))
    return sorted(out.values(), key=lambda p: p.span[0] if p.span else 0)
