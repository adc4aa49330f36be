"""Localities no gazetteer lists: villages, neighbourhoods and bazaars named in place wording.

Reports name the scene at a finer grain than any packaged table ("in the Ganjdori area of
Mastung", "the village of Mandi Usmanwala, District Kasur", "in Abbas Town", "in Hazarganji,
on the southern edge of Quetta"). Such a name is kept as written, inside the known place the
text puts it in (its district and province; its coordinates are the container's, and the
precision says so). Only capitalised names in explicit place wording count: "area", "village",
"Mohalla ...", "... Colony", "..., a slum on the edge of ...".
"""

from __future__ import annotations

import re
from dataclasses import replace

from gawahi.extract import places as _places
from gawahi.extract.lexicon import DocTokens, Match, doc_tokens, match_at, plain_case, words_in

_TOK = r"(?:[A-Z][a-z]+(?:-(?:[a-z]{1,3}-)?[A-Z]?[a-z]+)*(?![’'\w]))"
_NAME = rf"{_TOK}(?:\s+{_TOK}){{0,3}}"
_PREP = r"(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom|[Oo]f|[Ii]nside|[Oo]utside|[Aa]round|[Oo]n)"
_POSS = r"(?:#?[A-Z][\w\-]+(?:\s+district)?['’]s\s+)?"  # "in Kohat's Jangal Khel area", "Karak district's Teri"
_ADJ = (r"(?:(?:mostly|predominantly|largely|remote|nearby|neighbouring|neighboring|small|restive|"
        r"Shia|Shiite|Sunni|Christian|Hindu|Ahmadi|Hazara|[a-z]+-(?:dominated|populated|majority))\s+){0,2}")
_UNIT_AFTER = (r"area|areas|village|town|tehsil|neighbourhood|neighborhood|locality|union\s+council|nala|"
               r"sector|valley|mohalla|suburb|basti|goth|interchange|flyover|chowrangi|crossing|bypass|stop|"
               r"bus\s+stand|checkpost|check\s+post|checkpoint")
_SUFFIX = r"Town|Colony|Goth|Bazaar|Bazar|Chowk|Gate|Road|Nagar|Nagri|Mohalla|Sector|Market|Mandi|Abad|Pura|Bagh|Killi|Kalay"
_PREFIX = r"Mohallah|Mohalla|Basti|Goth|Killi|Kili|Chak|Dera|Mandi|Kot|Sector|Dargah|Darbar|Mauza|Moza"
_PART = r"(?:(?:Upper|Lower|Central|North|South|upper|lower|central|northern|southern|eastern|western)\s+)?"

_PATTERNS = [
    # "the (mostly Shiite) village of Ibrahimzai", "the area of Sheikhan"
    re.compile(rf"\b(?:{_PREP}\s+(?:the\s+)?|the\s+){_ADJ}(?:village|town|area|locality|neighbourhood|neighborhood|mohalla|"
               rf"suburb|hamlet)\s+of\s+(?P<n>{_NAME})"),
    # "in the Ganjdori area of Mastung", "in Mandan area", "in Kumb town", "Gulpur village"
    re.compile(rf"\b{_PREP}\s+(?:the\s+)?{_POSS}(?P<n>{_NAME})\s+(?:{_UNIT_AFTER})\b"),
    # "in Abbas Town", "near Kohati Gate", "in Mohalla Lukman", "of Mujahid Colony"
    re.compile(rf"\b(?:{_PREP}|r/o|R/o|resident\s+of|left|fled|flee|fleeing|leave|leaving|vacated|abandoned)\s+"
               rf"(?:the\s+)?{_POSS}(?P<n>Chak\s+(?:No\.?\s*)?\d{{1,4}}(?:\s*[/-]\s*[A-Z]{{1,3}}\b)?"
               rf"|(?:{_TOK}\s+){{1,3}}(?:{_SUFFIX})\b|(?:{_PREFIX})\s+{_NAME})"),
    # "from Mehrabadi, a slum on the edge of the capital"
    # "families have left Essa Nagri, a Christian neighbourhood near Quetta" (the place left)
    re.compile(rf"\b(?:{_PREP}|left|fled|flee|fleeing|leave|leaving|vacated|abandoned)\s+(?P<n>{_NAME}),?\s+(?:a|the)\s+"
               r"(?:[\w\-]+\s+){0,2}(?:slum|village|town|suburb|"
               r"neighbourhood|neighborhood|locality|area|hamlet|settlement)\b"),
    # "in Hazarganji, on the southern edge of Quetta", "at Dringarh near Mastung", "Ghatialian, Sialkot",
    # "near Laspur in upper Chitral", "from Bagan, Lower Kurram"
    re.compile(rf"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom)\s+(?P<n>{_NAME})(?:,\s+|,?\s+(?:on\s+the\s+(?:[\w\-]+\s+)?"
               rf"(?:edge|outskirts)\s+of|near|outside|in)\s+)(?:the\s+)?{_PART}(?P<c>(?=[A-Z]))"),
    # "in village Kot Abdul Malik", "r/o Mauza Bhattian", "of village Harighel of Bagh district"
    re.compile(rf"\b(?:{_PREP}|r/o|R/o|resident\s+of)\s+(?:the\s+)?(?:village|mauza|moza|hamlet|basti|goth|killi)\s+"
               rf"(?P<n>{_NAME})"),
    # "at Gonar Farm, about 20 km (12 miles) south of Chilas"
    re.compile(rf"\b{_PREP}\s+(?:the\s+)?(?P<n>{_NAME}),?\s+(?:about\s+|some\s+|nearly\s+|around\s+)?\d+\s*"
               r"(?:km|kms|kilometres|kilometers|miles)\b"),
    # FIRs and police forms: "Place of occurrence: Shah Zaman Road, Essa Nagri, Quetta"
    re.compile(rf"\b(?:[Pp]lace|[Ss]pot|[Ss]cene)\s+of\s+(?:occurrence|incident|offence)\s*[:\-–]\s*"
               rf"(?:{_NAME}\s+(?:{_SUFFIX}),\s+)?(?P<n>{_NAME})(?=,\s+[A-Z])"),
    # The plain "in Kashrote on Monday night", "his house in Jhangi Syedan, purportedly": an unknown
    # capitalised name in scene wording, followed by a clause boundary (see _plain_ok).
    re.compile(rf"\b(?:[Ii]n|[Nn]ear)\s+(?P<n>{_NAME})(?=\s*[,.;:)]|\s+(?:on|in|at|near|early|late|last|this|"
               r"yesterday|today|after|before|when|while|during|where|which|and)\b)"),
]
_PREP_WORDS = frozenset("in at near from of inside outside around on".split())
_UNIT_WORDS = frozenset("area areas village town tehsil neighbourhood neighborhood locality union sector valley mohalla "
                        "suburb basti goth interchange flyover chowrangi crossing bypass stop bus checkpost check "
                        "checkpoint nala hamlet slum settlement".split())
_AFFIX_WORDS = frozenset(w.lower() for w in (_SUFFIX + "|" + _PREFIX).split("|"))
_PREFIX_WORDS = frozenset("village mauza moza hamlet basti goth killi".split())
_DIST_WORDS = frozenset("km kms kilometres kilometers miles".split())
_FORM_WORDS = frozenset("occurrence incident offence".split())
_NEEDS: list[frozenset[str] | None] = [_UNIT_WORDS, _UNIT_WORDS, _AFFIX_WORDS, _UNIT_WORDS, _PREP_WORDS,
                                       _PREFIX_WORDS, _DIST_WORDS, _FORM_WORDS, _PREP_WORDS]
_LEAVE_WORDS = frozenset("left fled flee fleeing leave leaving vacated abandoned".split())
_FIRST = [_PREP_WORDS | {"the"}, _PREP_WORDS, _PREP_WORDS | {"r", "resident"} | _LEAVE_WORDS, _PREP_WORDS | _LEAVE_WORDS, _PREP_WORDS,
          _PREP_WORDS | {"r", "resident"}, _PREP_WORDS, frozenset({"place", "spot", "scene"}),
          frozenset({"in", "near"})]
_PLAIN = len(_PATTERNS) - 1
_EXPLICIT = frozenset({0, 2, 5, 7})  # wordings that say outright that a place is named
_STOP_FIRST = frozenset(
    "The A An This That These Those Police Officials Security Army Friday Saturday Sunday Monday Tuesday "
    "Wednesday Thursday January February March April May June July August September October November "
    "December Shia Shias Sunni Christian Christians Hindu Hindus Ahmadi Ahmadis Hazara Sikh Muslim "
    "Islamic Pakistan Pakistani His Her Their Its Our We They He She It Dr Mr Mrs Ms Maulana Allama "
    "Syed Sardar Chief District Provincial Federal Supreme High Sessions Anti Counter Station Deputy "
    "Inspector Senior Superintendent Assistant Additional State Mohammad Muhammad Ali Hussain".split())
# Names that follow "in"/"at" without being places: languages, calendars, faiths, institutions,
# media and offices. The plain wording needs a name that is none of these.
_NOT_PLACES = frozenset(
    "Urdu English Pashto Punjabi Sindhi Balochi Arabic Persian Dari Saraiki Brahui Muharram Ramazan Ramadan Ramzan "
    "Safar Rabiul Rajab Shaban Shawwal Zilhaj Eid Ashura Chehlum Christmas Easter Diwali Holi Islam Christianity "
    "Hinduism Sikhism Parliament Senate Assembly Cabinet Court Dawn Geo Reuters Amaq Twitter Facebook Whatsapp "
    "WhatsApp Telegram YouTube Isha Fajr Zuhr Asr Maghrib Juma Jumma Friday Quran Koran Bible God Allah Emergency "
    "Casualty Ward Hall Lines Headquarters Secretariat Office House Street Lane Road Chowk".split())
_INSTITUTION_END = frozenset(
    "Hospital Hospitals Jail Prison Court University College School Academy Madrassa Madrasa Seminary Church "
    "Cathedral Mosque Masjid Imambargah Imambargha Mandir Temple Gurdwara Jamaatkhana Shrine Darbar Hotel Club "
    "Hall Office Station Camp Centre Center Complex Plaza Mall Park Stadium Ward Department Committee Council "
    "Party Movement Front Army Force Forces Police Agency Bank Company Ltd Limited Board Authority Commission "
    "Assembly Secretariat Lines House Ministry Tribunal Bench Jirga Factory Mills Mill".split())


# Wordings whose name follows the place word at once, or after "the" ("in Abbas Town", "at the
# Kohati Gate"): a capital must start the next word. Finding those words once per text spares
# these six patterns at the many "in", "of" and "at" that precede no name.
_CAPITAL_NEXT = frozenset({1, 2, 3, 4, 6, 8})


def _capital_next(text: str) -> set[int]:
    """Indices of the place words ("in", "at", ...) followed by a capitalised word, or by "the"
    and a capitalised word."""
    d = doc_tokens(text)
    starts, ends, n = d.starts, d.ends, len(d.starts)
    out = set()
    for i in d.positions(_PREP_WORDS):
        if i + 1 < n:
            s = starts[i + 1]
            if "A" <= text[s] <= "Z" or (
                    text[s:ends[i + 1]] == "the" and i + 2 < n and "A" <= text[starts[i + 2]] <= "Z"):
                out.add(i)
    return out


_UNIT_OF = frozenset("village town area locality neighbourhood neighborhood mohalla suburb hamlet".split())
_OF = frozenset({"of"})


def _unit_of_name(d: DocTokens) -> bool:
    """Does the text hold the first wording's core, a unit word, "of" and a capitalised word
    ("the village of Ibrahimzai")? Without it that pattern cannot match."""
    words, starts, text = d.words, d.starts, d.text
    return any(0 < j < len(words) - 1 and words[j - 1] in _UNIT_OF and "A" <= text[starts[j + 1]] <= "Z"
               for j in d.positions(_OF))


def find_localities(text: str, start: int, end: int) -> list[Match[_places.Place]]:
    """Localities in text[start:end], each placed inside a known place of the text (called once
    per text, by places.find_places)."""
    everywhere: list[Match[_places.Place]] | None = None  # built on the first candidate only
    out: list[Match[_places.Place]] = []
    seen: set[tuple[int, int]] = set()
    words = words_in(text, start, end)
    doc = doc_tokens(text)
    capital: set[int] | None = None
    shortcuts = plain_case(text)
    for k, rx in enumerate(_PATTERNS):
        need = _NEEDS[k]
        if need is not None and not words & need:
            continue  # cheap refusal: none of the words this wording needs
        if k == 0 and shortcuts and not _unit_of_name(doc):
            continue  # no "village of X" or "area of X" anywhere in the text
        cands = None
        if k == 5 and shortcuts:  # "in village X", "r/o Mauza Y": the unit word is among the next three words
            cands = [i for i in doc.positions(_FIRST[k]) if not _PREFIX_WORDS.isdisjoint(doc.words[i + 1:i + 4])]
        if k in _CAPITAL_NEXT and shortcuts:
            if capital is None:
                capital = _capital_next(text)
            cands = [i for i in doc.positions(_FIRST[k]) if i in capital or doc.words[i] not in _PREP_WORDS]
        for m in match_at(rx, text, start, end, _FIRST[k], cands=cands):
            s, e = m.span("n")
            name = m.group("n")
            parts = name.split()
            if (s, e) in seen or parts[0] in _STOP_FIRST:
                continue
            if k not in _EXPLICIT and any(w in _STOP_FIRST for w in parts[1:]):
                continue  # "village of Gul Muhammad Sabzoi" says it is a place; "in X" does not
            if k == _PLAIN and (any(w in _NOT_PLACES for w in parts) or parts[-1] in _INSTITUTION_END):
                continue
            if everywhere is None:
                everywhere = [g for g in _places.gazetteer().finditer(text)
                              if g.payloads[0].domestic or g.payloads[0].rank > 0]
            # A name the gazetteer knows whole (or longer: "Bannu district") is the gazetteer's; in the plain wording, a name
            # that only contains a known one ("Lower Kurram") is the known one's too.
            if any(g.start == s and g.end >= e if k != _PLAIN else g.start < e and s < g.end for g in everywhere):
                continue
            # "at Gonar Farm, about 20 km south of Chilas": there the measured town is the one to go by.
            container = _container(text, s, e, everywhere, m.start("c") if k == 4 else None, measured=k == 6)
            if (k == 4 or k == _PLAIN) and container is None:
                continue  # "in Hazarganji, ..." needs a known place right after; "in X" one in the text
            if container is not None and not container.domestic:
                continue  # a neighbourhood abroad ("Kabul's Dasht-e-Barchi") stays the city's
            seen.add((s, e))
            out.append(Match(s, e, text[s:e], (_locality(name, container),)))
    return out


_MEASURED_FROM = re.compile(r"\b(?:km|kms|kilometres|kilometers|miles)\s+(?:\w+\s+)?(?:from|of)\s+$")


def _container(text: str, s: int, e: int, known: list[Match[_places.Place]], at: int | None,
               measured: bool = False) -> _places.Place | None:
    """The known place the locality sits in: the one named right after it when the wording says
    so, else the nearest one in the same sentence, else the dateline, else the first domestic one."""
    if at is not None:
        hit = next((g for g in known if g.start == at), None)
        return hit.payloads[0] if hit else None
    # "about 40 kilometres from Quetta" measures from a place; it does not contain the locality.
    outside = [g for g in known if g.end <= s or g.start >= e]
    # (a text with no distance word anywhere needs no look for one before each place)
    if not measured and (not plain_case(text) or doc_tokens(text).positions(_DIST_WORDS)):
        outside = [g for g in outside if not _MEASURED_FROM.search(text, max(0, g.start - 30), g.start)] or outside
    if not outside:
        return None
    sent_s = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s)) + 1
    sent_e = min([i for i in (text.find(". ", e), text.find("\n", e)) if i != -1] or [len(text)])
    same = [g for g in outside if sent_s <= g.start < sent_e and g.payloads[0].rank >= 1]
    # "near Eidgah Chowk in Balochistan's Chaman": of the places named just after, the most specific.
    after = [g for g in same if 0 <= g.start - e <= 40]
    if after:
        return max(after, key=lambda g: (g.payloads[0].rank, -g.start)).payloads[0]
    if same:
        return min(same, key=lambda g: abs(g.start - e)).payloads[0]
    head = [g for g in outside if _places.is_dateline(text, g)]
    if head:
        return head[0].payloads[0]
    dom = [g for g in outside if g.payloads[0].domestic and g.payloads[0].rank >= 1]
    return dom[0].payloads[0] if dom else None


def _locality(name: str, container: _places.Place | None) -> _places.Place:
    if container is None:
        return _places.Place(name, "locality", None, None, "", None, None)
    admin2 = container.admin2 or (container.name if container.kind == "district" else None)
    kind = container.kind if container.kind in ("town", "district", "province", "neighbourhood") else "town"
    return replace(container, name=name, kind="locality", admin2=admin2, precision_kind=kind)
