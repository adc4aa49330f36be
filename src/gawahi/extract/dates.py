"""Date mentions: absolute, partial, numeric and relative, resolved against publication.

House style for ambiguous numeric dates (03/04/2012) is day-first, as written in Pakistan; such
dates are flagged `ambiguous_numeric` unless one part is > 12.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from gawahi.extract.lexicon import doc_tokens, match_at, plain_case
from gawahi.extract.segment import dateline
from gawahi.model.claims import DateValue
from gawahi.model.vocab import DatePrecision

MONTHS: dict[str, int] = {}
for _i, _n in enumerate(calendar.month_name):
    if _i:
        MONTHS[_n.lower()] = _i
        MONTHS[_n[:3].lower()] = _i
MONTHS["sept"] = 9
WEEKDAYS = {n.lower(): i for i, n in enumerate(calendar.day_name)}

_MON = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20[0-4]\d)"
_QUAL = r"(?:(?:the\s+)?(?:early|earlier|mid|middle|late|later|beginning|start|end)(?:\s+part)?(?:\s+of)?[\s\-]+)"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

_DATE_RE = re.compile(
    rf"""
    (?P<iso>\b(?P<iy>{_YEAR})-(?P<im>0[1-9]|1[0-2])-(?P<id>[0-3]\d)\b)
  | (?P<drange>\b(?P<r1>{_DAY})\s*(?P<rsep>-|–|/|to|and|till|until)\s*(?P<r2>{_DAY})(?:\s+of)?[\s\-]+(?P<rm>{_MON})(?:,?[\s\-]+(?P<ry>{_YEAR}))?\b(?![\-/.]\d))
  | (?P<mrange>\b(?P<rm2>{_MON})\s+(?P<r3>{_DAY})\s*(?:-|–|to|till|until)\s*(?P<r4>{_DAY}),?\s+(?P<ry2>{_YEAR})\b)
  | (?P<dmy>\b(?P<d1>{_DAY})(?:\s+of)?[\s\-]+(?P<m1>{_MON}),?[\s\-]+(?P<y1>{_YEAR})\b)
  | (?P<mdy>\b(?P<m2>{_MON})\s+(?P<d2>{_DAY}),?\s+(?P<y2>{_YEAR})\b)
  | (?P<night>\b(?P<n1>[0-3]?\d)/(?P<n2>[0-3]?\d)(?P<nsep>[.\-])(?P<nm>[01]?\d)(?P=nsep)(?P<ny>{_YEAR})\b)
  | (?P<inst>\b(?P<id2>{_DAY})\s+(?:(?P<ult>ultimo|ult\.)|instant|inst\.)(?!\w))
  | (?P<nth>\b(?:[Oo]n|[Ss]ince|[Ff]rom|[Bb]etween)\s+the\s+(?P<d9>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b(?!\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b))
  | (?P<num>\b(?P<a>[0-3]?\d)(?P<sep>[/.\-])(?P<b>[0-3]?\d)(?P=sep)(?P<y6>{_YEAR}|\d\d)\b)
  | (?P<my>\b(?P<m5>{_MON}),?\s+(?P<y5>{_YEAR})\b)
  | (?P<mo>\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Ll]ast|[Ee]arly|[Ll]ate|[Mm]id-?)\s+(?:(?:early|late|mid-?)\s*)?(?P<m6>January|February|March|April|June|July|August|September|October|November|December),(?!\s*\d))
  | (?P<md>\b(?P<m3>{_MON})\s+(?P<d3>{_DAY})\b(?!\s*(?:,\s*)?\d))
  | (?P<dm>\b(?P<d4>{_DAY})(?:\s+of)?\s+(?P<m4>{_MON})(?![\w]))
  | (?P<yr>\b(?P<y8>{_YEAR})(?P<dec>s)?\b(?![\-–]\d))
  | (?P<rel>\b(?:day\s+before\s+yesterday|yesterday|last\s+(?:night|evening)|overnight|tonight|today|this\s+(?:morning|afternoon|evening)|earlier\s+today)\b)
  | (?P<week>\b(?:(?:earlier\s+)?this\s+week|last\s+week)\b)
  | (?P<ago>\b(?P<agon>two|three|four|five|six|2|3|4|5|6)\s+days\s+ago\b)
  | (?P<wd>\b(?P<wdn>{_WD})(?:\s+(?:morning|afternoon|evening|night))?\b)
    """,
    re.IGNORECASE | re.VERBOSE,
)

_AND_RANGE_BEFORE = re.compile(r"\b(?:between|night\s+of|nights\s+of)\s+(?:the\s+)?$", re.IGNORECASE)

_DATE_NAMED_AFTER = re.compile(rf",?\s*(?:the\s+)?(?:{_DAY}\s+(?:of\s+)?{_MON}|{_MON}\s+{_DAY})\b", re.IGNORECASE)

# A qualifier before a month or year ("the early part of 2019"), read backwards from the match.
_QUAL_BEFORE = re.compile(rf"(?P<q>{_QUAL})(?:(?:in|of|since|during)\s+)?$", re.IGNORECASE)

# Dates in these contexts describe some other event ("an earlier attempt on December 14").
_OTHER_EVENT = re.compile(
    r"\b(?:earlier(?!\s+(?:this|today|on))|previous|prior|similar|last|since|born|founded|established|banned|"
    r"(?<!press\s)release[d]?|built|constructed)\b[^.;]{0,40}$"
    # "a sit-in against the 13 May killing": the protest's object; but "arrested four suspects
    # over the 13 May massacre" dates the massacre the report is about.
    r"|\b(?:protest\w*|sit-in|rall(?:y|ies)|demonstrat\w*|strike|march\w*)\b[^.;]{0,30}\b(?:over|against)\s+the\s+$",
    re.IGNORECASE,
)


_DATE_FIRST = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(
    "day yesterday last tonight today this earlier overnight two three four five six 2 3 4 5 6 in since during early "
    "late mid on from between".split()) | frozenset(
    f"{d}{suf}" for d in range(1, 32) for suf in ("st", "nd", "rd", "th"))
# Words of _DATE_FIRST that begin a date only before certain words ("in March,", "on the 14th",
# "this morning", "two days ago"): the next word must be one of these (or, after "in", "early",
# "late" and "mid" glued to the month). Checking the next word spares the wide pattern at the
# many "in", "on" and "from" that begin no date.
_FULL_MONTHS = frozenset(n.lower() for n in calendar.month_name if n)
_DATE_NEXT: dict[str, frozenset[str]] = {
    **dict.fromkeys(("in", "during", "early", "late", "mid"), _FULL_MONTHS),
    "since": _FULL_MONTHS | {"the"},
    "last": _FULL_MONTHS | {"night", "evening", "week"},
    **dict.fromkeys(("on", "from", "between"), frozenset({"the"})),
    "this": frozenset({"morning", "afternoon", "evening", "week"}),
    "earlier": frozenset({"today", "this"}),
    "day": frozenset({"before"}),
    **dict.fromkeys(("two", "three", "four", "five", "six"), frozenset({"days"})),
}


def _date_candidates(text: str) -> list[int] | None:
    """The tokens worth trying _DATE_RE at: _DATE_FIRST's, less those whose next word rules a
    date out (None: all of them, for a text with lookalike letters)."""
    if not plain_case(text):
        return None
    d = doc_tokens(text)
    words = d.words
    n = len(words)
    out = []
    for i in d.positions(_DATE_FIRST, True):
        need = _DATE_NEXT.get(words[i])
        if need is not None:
            if i + 1 >= n:
                continue
            w = words[i + 1]
            if w not in need and not ("january" in need and w.startswith(("early", "late", "mid"))):
                continue
        out.append(i)
    return out


# "displaced since 22-11-2024", "missing since 3 May": the start of the state the report is about.
_SINCE_STATE = re.compile(r"\b(?:displaced|missing|disappeared|detained|held|camped|camping|continu\w*|ongoing|sit-in|"
                          r"protest\w*|closed|shut|besieged|blockade\w*|cut\s+off|on\s+strike|"
                          # "families have left Essa Nagri, a neighbourhood near ..., since Monday"
                          r"left|fled|migrated|moved|shifted|relocated|leaving|fleeing)\b[^.;]{0,90}\bsince\s+(?:the\s+)?"
                          r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$",
                          re.IGNORECASE)
_REACTION_BEFORE = re.compile(r"\b(?:tension|curfew|shutter-?down|strike|mourning|funerals?|buried|burial|protest\w*|"
                              r"condemn\w*|sit-in|rall(?:y|ied)|closed|shut)\b[^.;]{0,50}$", re.IGNORECASE)
# A web page's time stamp: "Published February 8, 2018", "Updated: May 30, 2017".
_STAMP_BEFORE = re.compile(r"\b(?:Published|Updated|Posted|Last\s+updated)(?:\s+on)?\s*:?\s*$")
# "the mission that visited Jaranwala between 21 and 23 August": the day of a visit, not the event.
_VISIT_BEFORE = re.compile(r"\b(?:visited|visiting|toured|interviewed)\b[^.;]{0,30}$", re.IGNORECASE)
_DECIDED_BEFORE = re.compile(r"\bDate\s+of\s+(?:announcement|hearing|judg(?:e)?ment|decision|order|verdict)\b[^:\n]{0,20}:\s*$",
                             re.IGNORECASE)
# "revised several times since the attack on Thursday": this incident, not another.
_SINCE_THIS = re.compile(r"\bsince\s+(?:the|this|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's)\s+"
                         r"(?:\w+\s+){0,2}(?:on|at|of)\s+$", re.IGNORECASE)
# "since Monday morning, our families have been sitting ...": a state that began then.
_LAST_DAY = re.compile(r"\b[Ll]ast\s+(?:week,?\s+on|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?)\s+$")
_SINCE_JUST = re.compile(r"\bsince\s+$", re.IGNORECASE)
_STATE_AFTER = re.compile(r"[^.;]{0,50}?\b(?:have|has)\s+(?:been\s+(?:sitting|protesting|camped|camping|missing|held|detained|"
                          r"staging|blocking|on\s+strike|displaced)|left|fled|migrated|blocked|occupied|camped|staged)\b"
                          r"|(?:\s+(?:morning|evening|night|afternoon))?['’]s\s+(?:[\w\-]+\s+){0,2}(?:attack|attacks|bombing|blast|"
                          r"blasts|killing|killings|massacre|incident)",
                          re.IGNORECASE)


def _header_end(text: str) -> int:
    """Where a page's heading lines end: the start of the first line that reads as prose (ends in
    a full stop, or runs long), within the first few lines."""
    pos = 0
    for _ in range(6):
        nl = text.find("\n", pos)
        if nl == -1:
            return 0
        line = text[pos:nl].strip()
        if line and (line[-1] in ".!?\"”" or len(line) > 160):
            return pos
        pos = nl + 1
    return pos


# "Tension gripped the city on Tuesday after gunmen shot ...": the day of the aftermath.
_AFTERMATH = re.compile(r"\s+(?:night\s+|morning\s+|evening\s+)?(?:after|following|in\s+the\s+wake\s+of)\s+"
                        r"(?!(?:the\s+)?(?:\w+\s+)?(?:prayers?|namaz|Isha|Maghrib|Fajr|Asr|Zuhr|Juma|sunset|midnight|dark)\b)",
                        re.IGNORECASE)
_AGO = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_REPORTING_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:said|condemned|told|announced|confirmed|stated|urged|called|demanded|"
                              r"expressed|welcomed|issued|released|appealed|denied)\b", re.IGNORECASE)
# "a spokesman said on Tuesday that...": the day of the statement, not of the event.
_REPORTING_BEFORE = re.compile(r"\b(?:said|told|announced|confirmed|added|stated|reported|claimed)\s+(?:(?!that\b)\w+\s+)?(?:on\s+)?$",
                               re.IGNORECASE)


@dataclass(slots=True)
class DateMention:
    start: int
    end: int
    value: DateValue
    kind: str  # "absolute" | "partial" | "relative" | "yearless" | "month_only" ("In March": dates background only)
    other_event: bool = False
    rank: int = field(default=0)  # higher = more specific
    dateline: bool = False  # "KOHAT, Dec 6 (PPI):": the filing date, not the event's


def _iso(d: date) -> str:
    return d.isoformat()


def _day(y: int, m: int, d: int, span: tuple[int, int], flags: list[str] | None = None) -> DateValue | None:
    try:
        dt = date(y, m, d)
    except ValueError:
        return None
    return DateValue(
        edtf=_iso(dt), earliest=_iso(dt), latest=_iso(dt), precision=DatePrecision.DAY,
        span=span, flags=flags or [],
    )


def _month(y: int, m: int, span: tuple[int, int], qual: str | None) -> DateValue:
    last = calendar.monthrange(y, m)[1]
    lo, hi = 1, last
    flags: list[str] = []
    if qual:
        q = qual.lower()
        if "early" in q or "beginning" in q or "start" in q:
            hi = 10
        elif "mid" in q:
            lo, hi = 11, 20
        elif "late" in q or "end" in q:
            lo = 21
        flags.append("qualified")
    return DateValue(
        edtf=f"{y:04d}-{m:02d}", earliest=_iso(date(y, m, lo)), latest=_iso(date(y, m, hi)),
        precision=DatePrecision.MONTH, span=span, flags=flags,
    )


def _year(y: int, span: tuple[int, int], qual: str | None, decade: bool) -> DateValue:
    if decade:
        y0 = y - y % 10
        return DateValue(edtf=f"{y0 // 10:03d}X", earliest=f"{y0:04d}-01-01",
                         latest=f"{y0 + 9:04d}-12-31", precision=DatePrecision.YEAR, span=span,
                         flags=["decade"])
    lo, hi = date(y, 1, 1), date(y, 12, 31)
    flags: list[str] = []
    if qual:
        q = qual.lower()
        if "early" in q or "beginning" in q or "start" in q:
            hi = date(y, 4, 30)
        elif "mid" in q:
            lo, hi = date(y, 5, 1), date(y, 8, 31)
        elif "late" in q or "end" in q:
            lo = date(y, 9, 1)
        flags.append("qualified")
    return DateValue(edtf=f"{y:04d}", earliest=_iso(lo), latest=_iso(hi),
                     precision=DatePrecision.YEAR, span=span, flags=flags)


def _yearless(m: int, d: int, span: tuple[int, int], anchor: date | None) -> DateValue | None:
    """A day without a year: the latest such day not after the anchor (reports look back)."""
    if anchor is None:
        return None
    for y in (anchor.year, anchor.year - 1):
        try:
            dt = date(y, m, d)
        except ValueError:
            continue
        if dt <= anchor + timedelta(days=1):
            return _day(dt.year, dt.month, dt.day, span, ["year_inferred"])
    return None


def find_dates(text: str, published: date | None, start: int = 0, end: int | None = None) -> list[DateMention]:
    """All date mentions in text[start:end]; yearless ones resolved against the latest earlier
    explicit date in the text, else against `published`."""
    out: list[DateMention] = []
    context: date | None = None  # latest date stated before this point, for yearless days
    filed = published  # relative days count from the dateline's date when there is one
    head = dateline(text)
    filed_at = head.date if head is not None else None
    # A page's heading lines ("Lahore, 16 June 2021", "posted 6 January 2021", "Kashmir Post, 10 August
    # 2022") say when it was filed: dates on lines before the first sentence of prose.
    header = _header_end(text)
    end = len(text) if end is None else end
    for m in match_at(_DATE_RE, text, start, end, _DATE_FIRST, digits=True, cands=_date_candidates(text)):
        span = (m.start(), m.end())
        v: DateValue | None = None
        kind = "absolute"
        rank = 3
        g = m.group
        qual: str | None = None
        if g("my") or g("yr"):
            qm = _QUAL_BEFORE.search(text, max(0, span[0] - 30), span[0])
            if qm:
                qual = qm.group("q")
                span = (qm.start(), span[1])
        if g("iso"):
            v = _day(int(g("iy")), int(g("im")), int(g("id")), span)
        elif g("drange") or g("mrange"):
            # "between 1 and 3 August 2021", "4-5 February 2013", "August 1-3, 2021": a span of days.
            mo = MONTHS[(g("rm") or g("rm2")).rstrip(".").lower()]
            if g("ry") or g("ry2"):
                y = int(g("ry") or g("ry2"))
            else:  # "the night of 17/18 March": the year from context, as for a yearless day
                anchor_day = _yearless(mo, int(re.sub(r"\D", "", g("r2"))), span, context or published)
                if anchor_day is None or not anchor_day.earliest:
                    continue
                y = int(anchor_day.earliest[:4])
            first = _day(y, mo, int(re.sub(r"\D", "", g("r1") or g("r3"))), span)
            last = _day(y, mo, int(re.sub(r"\D", "", g("r2") or g("r4"))), span)
            if g("drange") and g("rsep").lower() == "and" and not _AND_RANGE_BEFORE.search(text, max(0, span[0] - 14), span[0]):
                # "killed 5 and 3 August 2021": only the second number is a day
                span = (m.start("r2"), span[1])
                v = _day(y, mo, int(re.sub(r"\D", "", g("r2"))), span)
            elif first is None or last is None or not (first.earliest or "") < (last.earliest or ""):
                v = last
            else:
                v = DateValue(edtf=f"{first.earliest}/{last.earliest}", earliest=first.earliest, latest=last.earliest,
                              precision=DatePrecision.DAY, span=span, flags=["range"])
        elif g("dmy"):
            v = _day(int(g("y1")), MONTHS[g("m1").rstrip(".").lower()], int(re.sub(r"\D", "", g("d1"))), span)
        elif g("mdy"):
            v = _day(int(g("y2")), MONTHS[g("m2").rstrip(".").lower()], int(re.sub(r"\D", "", g("d2"))), span)
        elif g("nth") and filed is not None:
            # "on the 14th", "between the 3rd and 6th of this month": a day of the month the text
            # was filed in, or of the month before when that day is still to come.
            nth = int(re.sub(r"\D", "", g("d9")))
            y, mo = filed.year, filed.month
            if nth > filed.day:
                y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
            span = (m.start("d9"), m.end("d9"))
            v = _day(y, mo, nth, span)
            kind = "relative"
        elif g("night"):
            # "the night of 17/18-01-2022": the night begins on the first day.
            v = _day(int(g("ny")), int(g("nm")), int(g("n1")), span)
        elif g("inst") and filed is not None:
            # Police and court usage: "on 4th instant" is this month, "ultimo" the last.
            y, mo = filed.year, filed.month
            if g("ult"):
                y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
            v = _day(y, mo, int(re.sub(r"\D", "", g("id2"))), span)
            kind = "relative"
        elif g("num"):
            a, b, ys = int(g("a")), int(g("b")), g("y6")
            y = int(ys) if len(ys) == 4 else (2000 + int(ys) if int(ys) < 50 else 1900 + int(ys))
            flags: list[str] = []
            if a > 12 >= b:
                d_, mo = a, b
            elif b > 12 >= a:
                d_, mo = b, a  # month-first is the only reading
            else:
                d_, mo = a, b  # house style: day-first
                if a != b:
                    flags.append("ambiguous_numeric")
            v = _day(y, mo, d_, span, flags)
        elif g("my"):
            if g("m5")[0].islower():
                continue
            v = _month(int(g("y5")), MONTHS[g("m5").rstrip(".").lower()], span, qual)
            kind, rank = "partial", 2
        elif g("mo") and (context or published) is not None:
            # "In March, a bombing in Abbas Town killed 45" (a clause opened by the month, as
            # background paragraphs are): the latest such month up to the anchor.
            anchor = context or published
            assert anchor is not None
            mo = MONTHS[g("m6").lower()]
            y = anchor.year if mo <= anchor.month else anchor.year - 1
            span = (m.start("m6"), m.end("m6"))
            v = _month(y, mo, span, None)
            kind, rank = "month_only", 1
        elif g("md") or g("dm"):
            mon = g("m3") or g("m4")
            dd = g("d3") or g("d4")
            if mon[0].islower():
                continue  # "may 5" is a verb far more often than a month
            anchor = context or published
            v = _yearless(MONTHS[mon.rstrip(".").lower()], int(re.sub(r"\D", "", dd)), span, anchor)
            kind = "yearless"
        elif g("yr"):
            v = _year(int(g("y8")), span, qual, bool(g("dec")))
            kind, rank = "partial", 1
        elif g("rel") and filed is not None:
            w = re.sub(r"\s+", " ", g("rel").lower())
            kind = "relative"
            if w == "yesterday":
                v = _day(*_ymd(filed - timedelta(days=1)), span, ["relative"])
            elif w == "day before yesterday":
                v = _day(*_ymd(filed - timedelta(days=2)), span, ["relative"])
            elif w in ("last night", "last evening", "overnight"):
                prev = filed - timedelta(days=1)
                v = DateValue(edtf=f"{_iso(prev)}/{_iso(filed)}", earliest=_iso(prev),
                              latest=_iso(filed), precision=DatePrecision.DAY, span=span,
                              flags=["relative"])
            else:
                v = _day(*_ymd(filed), span, ["relative"])
        elif g("week") and filed is not None:
            # "earlier this week": from Monday of the filing week; "last week": the week before.
            monday = filed - timedelta(days=filed.weekday())
            lo, hi = (monday - timedelta(days=7), monday - timedelta(days=1)) if g("week").lower().startswith("last") \
                else (monday, filed)
            v = DateValue(edtf=f"{_iso(lo)}/{_iso(hi)}", earliest=_iso(lo), latest=_iso(hi),
                          precision=DatePrecision.WEEK, span=span, flags=["relative"])
            kind = "relative"
        elif g("ago") and filed is not None:
            n = g("agon").lower()
            v = _day(*_ymd(filed - timedelta(days=int(n) if n.isdigit() else _AGO[n])), span, ["relative"])
            kind = "relative"
        elif g("wd") and filed is not None:
            if _DATE_NAMED_AFTER.match(text, span[1], min(len(text), span[1] + 30)):
                continue  # "Easter Sunday, 27 March": the date that follows says which Sunday
            wd = WEEKDAYS[g("wdn").lower()]
            back = (filed.weekday() - wd) % 7
            v = _day(*_ymd(filed - timedelta(days=back)), span, ["relative"])
            kind = "relative"
        if v is None:
            continue
        if kind == "yearless" and (published is None and context is None):
            continue
        other = bool(_OTHER_EVENT.search(text, max(0, span[0] - 45), span[0]))
        if other and (_SINCE_STATE.search(text, max(0, span[0] - 120), span[0])
                      or _SINCE_THIS.search(text, max(0, span[0] - 40), span[0])
                      or (_SINCE_JUST.search(text, max(0, span[0] - 8), span[0])
                          and _STATE_AFTER.match(text, span[1], min(len(text), span[1] + 70)))):
            other = False
        if _VISIT_BEFORE.search(text, max(0, span[0] - 40), span[0]):
            other = True
        if (kind == "relative" and _AFTERMATH.match(text, span[1], min(len(text), span[1] + 40))
                and _REACTION_BEFORE.search(text, max(0, span[0] - 60), span[0])):
            other = True
        if other and kind == "relative" and re.search(r"\blast\s+$", text[max(0, span[0] - 6):span[0]], re.IGNORECASE):
            other = False  # "last Friday" names the day; "last year's attack on 5 May" does not
        if other and _LAST_DAY.search(text, max(0, span[0] - 25), span[0]):
            other = False  # "Last Sunday, September 15, a mob ...", "Last week, on Tuesday, a trader ..."
        if kind == "relative" and (_REPORTING_BEFORE.search(text, max(0, span[0] - 30), span[0])
                                   or _REPORTING_AFTER.match(text, span[1], min(len(text), span[1] + 25))):
            other = True  # "a spokesman said on Tuesday", "the rapporteur today condemned": a statement's day
        dl = ((filed_at is not None and filed_at[0] <= span[0] < filed_at[1]
               or _STAMP_BEFORE.search(text, max(0, span[0] - 25), span[0]) is not None
               or span[1] <= header)
              and v.precision == DatePrecision.DAY)  # "KOHAT, Dec 6 (PPI):", "Published February 8, 2018": the filing day
        if dl and v.earliest:
            filed = date.fromisoformat(v.earliest)
        if _DECIDED_BEFORE.search(text, max(0, span[0] - 40), span[0]):
            # "Date of announcement: 17 November 2021": a judgment's or order's own day.
            dl, other, rank = False, False, 4
        out.append(DateMention(span[0], span[1], v, kind, other, rank, dl))
        if v.precision == DatePrecision.DAY or (v.latest and kind == "partial" and "qualified" in v.flags):
            if v.latest:
                context = date.fromisoformat(v.latest)
    return out


def _ymd(d: date) -> tuple[int, int, int]:
    return d.year, d.month, d.day


def published_date(published: date) -> DateValue:
    """The fallback when the text states no date: the publication day, flagged as such."""
    s = published.isoformat()
    return DateValue(edtf=s, earliest=s, latest=s, precision=DatePrecision.DAY, span=None,
                     flags=["from_published"])
