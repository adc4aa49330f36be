"""Sentences with character offsets, and the split of a text into incident passages."""

from __future__ import annotations

import re
from dataclasses import dataclass

from gawahi.extract.lexicon import per_text

# Starts with a character class (no look-behind) so that `re` can skip ahead quickly.
_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n\s*")
_LAST_WORD = re.compile(r"([\w.]+)\.$")
_INITIALS = re.compile(r"[a-z]|(?:[a-z]\.)+[a-z]")
_ABBR = {"u.s", "u.k", "u.n", "mr", "mrs", "ms", "dr", "st", "no", "gen", "lt", "col", "capt", "maj",
         "sgt", "brig", "prof", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "i.e", "e.g",
         "etc", "vs", "govt", "dept", "insp", "supt", "d.i", "d.g", "r.y", "m.a", "approx"}


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int


def sentences(text: str) -> list[Sentence]:
    """Split on sentence punctuation and line breaks, not after abbreviations or initials."""
    out: list[Sentence] = []
    para = 0
    start = 0
    for m in _BOUNDARY.finditer(text):
        punct = text[m.start()]
        cut = m.start() + 1 if punct in ".!?" else m.start()
        if punct == ".":
            word = _LAST_WORD.search(text, max(0, cut - 12), cut)
            w = word.group(1).lower() if word else ""
            if w in _ABBR or _INITIALS.fullmatch(w):
                continue
        _add(text, start, cut, para, out)
        if "\n" in m.group(0) and m.group(0).count("\n") >= 2:
            para += 1
        elif "\n" in m.group(0):
            para += 1
        start = m.end()
    _add(text, start, len(text), para, out)
    return out


def _add(text: str, s: int, e: int, para: int, out: list[Sentence]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append(Sentence(s, e, para))


# A news dateline, the one place it is recognised: "QUETTA: ", "KARACHI, Jan 10 (Reuters) - ",
# "Karachi, March 3 (Reuters) - ", "BANNU, Nov 12 (APP): ", "GENEVA (4 April 2016) – ",
# "Gilgit (News Agencies) ", "Mastung (NNI): ". Groups: the city and the filing date.
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:{_MON}\s+\d{{1,2}}|\d{{1,2}}\s+{_MON})(?:,?\s+\d{{4}})?"
_DATELINE = re.compile(
    rf"(?P<city>[A-Z][A-Z.'\-]+(?:[ \t][A-Z][A-Z.'\-]+){{0,3}}|[A-Z][a-z.'\-]+(?:[ \t][A-Z][a-z.'\-]+){{0,3}}(?=,\s*(?:Pakistan|{_DATE})|\s*\(|[ \t]+[\-–—][ \t]+[A-Z]))"
    rf"(?:,\s*Pakistan)?(?:,\s*(?P<date>{_DATE}))?"
    rf"(?:\s*\((?:(?P<pdate>{_DATE})|[^)]{{0,30}})\))?"
    r"(?:\s*[:\-–—|]\s|(?<=\))\s|[ \t]*\n)")


@dataclass(frozen=True, slots=True)
class Dateline:
    city_end: int  # where the filing city's name ends
    date: tuple[int, int] | None  # the filing date's span, when given
    end: int


# Lines a published article may carry above its dateline: a headline (no closing full stop), a
# byline, an outlet or time stamp ("By Our Correspondent", "Web Desk", "Updated 12 Mar 2019").
_BYLINE = re.compile(r"(?:[A-Z][\w.'\- ]{1,40}\s\|\s|By\s|From\s|Staff\s+Reporter|Our\s+(?:Staff\s+)?(?:Correspondent|Reporter)|Web\s+Desk|"
                     r"News\s+Desk|Monitoring\s+Desk|Agencies|Published|Updated|Posted|Last\s+updated)", re.IGNORECASE)


def _known_city(name: str) -> bool:
    from gawahi.extract.places import known_names  # places reads datelines through this module

    return " ".join(re.findall(r"[a-z0-9]+", name.lower())) in known_names()


@per_text  # asked for every date and place mention of a text
def dateline(text: str) -> Dateline | None:
    """The text's dateline, if it opens with one (after a headline and byline, as articles are
    published): where the story was filed, and when."""
    pos = 0
    for _ in range(5):
        m = _DATELINE.match(text, pos)
        # A city on a line of its own, or after a headline, must be a known place: "JUDGMENT",
        # "BREAKING" or a byline in capitals ("SHERBAZ KHAN") is a heading, not a dateline.
        if m is not None and ((not pos and text[m.end() - 1] != "\n" and not m.group("city").istitle())
                              or _known_city(m.group("city"))):
            break  # "Islamabad - Gunmen ...": a title-case city before a dash must be a known place
        nl = text.find("\n", pos, pos + 300)
        if nl == -1:
            return None
        line = text[pos:nl].strip()
        if line and line[-1] in ".!?" and not _BYLINE.match(line):
            # A sentence: the text has begun without a dateline; unless it is a headline's standfirst
            # with the byline on the next line ("Attack on ... in years.\n\nBy A Reporter | Published ...").
            nxt = text[nl:nl + 300].lstrip()
            if not (pos and _BYLINE.match(nxt)):
                return None
        pos = nl + 1
        while pos < len(text) and text[pos] in " \t\r\n":
            pos += 1
    else:
        return None
    assert m is not None
    g = "date" if m.group("date") else "pdate" if m.group("pdate") else None
    return Dateline(m.end("city"), m.span(g) if g else None, m.end())
_TITLE = re.compile(r"[^:.\n]{3,90}:\s")
# Who issued the text: "Faisalabad Police: ", "ASWJ Karachi: ", "PRESS RELEASE — Hazara Democratic
# Party, Quetta. ", "Statement of the Diocese of Peshawar: ". Its place is the issuer's, not the scene.
_HEADER = re.compile(r"(?:(?:PRESS\s+RELEASE|Press\s+[Rr]elease|STATEMENT|Statement|Press\s+statement|TICKER|BREAKING|"
                     r"URGENT)\b[^\n.:]{0,100}[.:|\n]\s*"
                     r"|[A-Z][\w&'’\- ]{1,60}(?:Police|Party|Council|Commission|[Aa]dministration|Department|Division|"
                     r"Association|Committee|News|Pakistan|Karachi|Lahore|Quetta|Peshawar|Islamabad)(?:,\s*[A-Z][\w\- ]{2,30})?"
                     r"\s*:\s)")
_TITLE_WORDS = re.compile(r"\b(?:attack|bombing|shooting|massacre|killing|blast|incident)s?\b", re.IGNORECASE)


def headline_end(text: str) -> int:
    """Where a published article's headline block ends (a first line without closing punctuation,
    then any byline or time-stamp lines, before a blank line), else 0."""
    nl = text.find("\n", 0, 200)
    if nl <= 0 or text[:nl].rstrip()[-1:] in (".", "!", "?", ""):
        return 0
    pos = nl
    for _ in range(3):  # byline, outlet, "Updated ..." lines
        nxt = text.find("\n", pos + 1, pos + 120)
        line = text[pos + 1:nxt if nxt != -1 else len(text)].strip()
        if nxt == -1 or not (not line or _BYLINE.match(line)):
            break
        pos = nxt
    return pos


def title_end(text: str) -> int:
    """Length of a leading title ("2018 Mastung and Bannu bombings: ") or news dateline
    ("QUETTA: ", "KARACHI, Jan 10 (Reuters) - "), else 0: places there are where the story was
    filed or what it is called, and come after the places in the body."""
    ends = [0]
    d = dateline(text)
    if d:
        ends.append(d.end)
    m = _TITLE.match(text)
    if m and _TITLE_WORDS.search(m.group(0)):
        ends.append(m.end())
    m = _HEADER.match(text)
    if m:
        ends.append(m.end())
    return max(ends)
