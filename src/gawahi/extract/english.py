"""The English rules extractor ("rules-en"): a report in, one claim per incident out.

Short reports (a news brief, a data-set note) describe one incident: the whole text is read as
one passage. Long texts (articles, op-eds) are split into incident passages: a sentence that
reports violence with a date, or with two of {date, count, specific place}, opens an incident;
the next couple of sentences continue it; passages about the same place and date are merged.
Sentences of opinion, with no such anchor, yield nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from datetime import date, timedelta
from functools import lru_cache
from itertools import islice

from gawahi.extract.actors import find_organisers, find_perpetrators, is_state
from gawahi.extract.base import Document
from gawahi.extract.counts import combine, find_counts
from gawahi.extract.dates import DateMention, find_dates
from gawahi.extract.events import (
    classify,
    court_act,
    find_targets,
    has_violence,
    keyword_hits,
    protest_object,
)
from gawahi.extract.lexicon import Match, per_text, search_at, words_in
from gawahi.extract.passages import (
    QUIET_EVENTS,
    Passage,
    SentenceFeatures,
    choose_date,
    overlap,
    plus1,
    sentence_of,
    within,
)
from gawahi.extract.places import (
    Place,
    choose_place,
    disambiguate,
    find_places,
    gazetteer,
    is_dateline,
    is_direction,
    is_landmark,
    is_protest_site,
)
from gawahi.extract.segment import Sentence, headline_end, sentences, title_end
from gawahi.extract.story import (
    SEPARATE,
    TOLL_UPDATE,
    digest_items,
    lead_in,
    main_story,
    union_perps,
    without_background,
)
from gawahi.model.claims import (
    DateValue,
    ExtractedClaim,
    LocationValue,
    OrganiserValue,
    PerpetratorValue,
)
from gawahi.model.vocab import AttributionBasis, EventType

_HABITUAL = re.compile(r"\b(?:daily|routinely|regularly|frequently|often|used\s+to|every\s+day|"
                       r"again\s+and\s+again|continue\s+unabated|on-going|ongoing)\b", re.IGNORECASE)
_OPINION = re.compile(r"\b(?:must|should|ought\s+to|needs?\s+to|it\s+is\s+time|we\s+demand|shame\w*|"
                      r"I\s+(?:think|believe|hope)|in\s+my\s+view)\b", re.IGNORECASE)
_HABITUAL_WORDS = frozenset("daily routinely regularly frequently often used every again unabated on ongoing".split())
_HABITUAL_FIRST = frozenset("daily routinely regularly frequently often used every again continue on ongoing".split())
# _OPINION's first words, but "shame..." (any word that begins so): searched in full when present.
_OPINION_FIRST = frozenset("must should ought need needs it we i in".split())
_OPINION_WORDS = frozenset("must should ought need needs it we shame shameful shameless i in".split())
# How the source characterises the violence, as worded ("genocide" vs "sectarian violence").
_CHARACTERISATION = re.compile(
    r"\b(?:genocide|pogroms?|massacres?|ethnic\s+cleansing|sectarian\s+(?:violence|attacks?|killings?)|"
    r"ethnic\s+violence|target(?:ed)?\s+killings?|terrorist\s+attacks?|hate\s+crimes?|persecution)\b",
    re.IGNORECASE)
# The words _CHARACTERISATION can begin with, where search_at tries it (keep in step with it).
_CHARACTERISATION_FIRST = frozenset("genocide pogrom pogroms massacre massacres ethnic sectarian target targeted "
                                    "terrorist hate persecution".split())


def _start(d: DateMention) -> int:
    return d.start


_RESPONSIBILITY = re.compile(r"\bclaim(?:ed|s|ing)?\s+(?:responsibility|the\s+(?:attack|bombing|blast|killings?|"
                             r"assault|massacre))|\btook\s+responsibility|\baccepted\s+responsibility", re.IGNORECASE)
# _RESPONSIBILITY's first words (keep in step with it), and _HABITUAL's below.
_RESPONSIBILITY_WORDS = frozenset("claim claimed claims claiming took accepted".split())
_YEARISH = re.compile(r"\b(?:1[89]|20)\d\d\b|\b(?:this|last)\s+(?:year|month)\b|\bearlier\b", re.IGNORECASE)
_CASUALTY_WORDS = frozenset("injured wounded hurt injuries wounds injuring wounding killed dead died death deaths "
                          "martyred martyrs succumbed bodies lives".split())  # casualty words, whatever the verb
_FIR = re.compile(r"\bFIRST\s+INFORMATION\s+REPORT\b|\bFIR\s+No\b|^\s*Date\s+(?:and\s+time\s+)?of\s+occurrence\s*:",
                  re.IGNORECASE | re.MULTILINE)
# A court's document: "IN THE COURT OF ANTI-TERRORISM COURT, SUKKUR", "PESHAWAR HIGH COURT", "The
# State versus ...", "JUDGMENT", "Court Proceedings".
_COURT_FORM = re.compile(r"^\s*(?:IN\s+THE\s+[A-Z\- ]*COURT|[A-Z][A-Z\- ]*\sCOURT\b|JUDGMENT\s*$|JUDGEMENT\s*$|ORDER\s+SHEET|"
                         r"Court\s+Proceedings)|\bversus\s+The\s+State\b|\bThe\s+State\s+versus\b", re.MULTILINE)
@per_text
def _court_form(text: str) -> bool:
    """Is the text a court's document (a cheap refusal without the words)?"""
    head = text[:400]
    return any(w in head for w in ("COURT", "Court", "versus", "JUDG", "ORDER")) and \
        _COURT_FORM.search(text, 0, 400) is not None


_COURT_WORD = re.compile(r"\bcourt\b", re.IGNORECASE)
_FORM_PLACE = re.compile(r"(?:Place|Spot|Scene)(?:\s+of\s+(?:occurrence|incident|offence))?\s*:", re.IGNORECASE)
_FORM_STATION = re.compile(r"(?:Police\s+Station|PS|District|Tehsil)\s*:", re.IGNORECASE)
BRIEF_LIMIT = 700  # characters: a news brief or data-set note, always one incident
SHORT_LIMIT = 1500  # up to this, a text with fewer than two incident passages is one incident
CONTINUE = 2  # sentences after an anchor that still belong to its incident


class EnglishRulesExtractor:
    name: str = "rules-en"
    version: str = "0.1.0"
    languages: tuple[str, ...] = ("en",)

    def extract(self, doc: Document) -> list[ExtractedClaim]:
        text = doc.text
        if not text.strip():
            return []
        sents = sentences(text)
        # Dates are read over the whole text at once so that "December 25th" can take its year
        # from "the early part of 2019" a few sentences before.
        all_dates = find_dates(text, doc.published)
        items = digest_items(text)
        if items:
            return self._digest(doc, sents, all_dates, items)
        short = len(text) <= BRIEF_LIMIT
        # A brief is one incident: its features are read over the whole text in one pass (the
        # per-sentence split only matters for segmenting longer texts).
        feats = ([self._features(text, Sentence(0, len(text), 0), all_dates, short)] if short
                 else [self._features(text, s, all_dates, short) for s in sents])
        all_places = [p for f in feats for p in f.places]
        # A First Information Report is one incident, whatever its length: the complainant's; a
        # court's judgment or order is its own legal event, placed at the court.
        court = _court_form(text)
        fir = court or ("FIR" in text[:600] or "ccurrence" in text[:600] or "NFORMATION" in text[:600]) and \
            _FIR.search(text, 0, 600) is not None
        incidents = [] if short or fir else self._merge(self._segment(text, sents, feats))
        background = False  # background passages dropped: the main passage, not the whole text
        if incidents:
            incidents, background = main_story(text, sents, feats, incidents, doc.published)
        if len(incidents) >= 2 or (len(text) > SHORT_LIMIT and not short and incidents) or background:
            claims = [self._claim(doc, sents, incidents, i, inc, all_places, all_dates, short=False)
                      for i, inc in enumerate(incidents)]
            if len(claims) > 1 and doc.published is not None and claims[0].event_type in _AFTER_EVENTS:
                # A protest or a flight reports what it answers as its cause: an attack before it (or
                # the same day), or a passage with no day of its own ("The protest followed the
                # suicide bombing at Sehwan on February 16"), is that cause, not a second incident.
                first = claims[0].date.earliest or ""
                kept = [claims[0]] + [c for c in claims[1:] if not (c.date.span is None or (
                    c.event_type in _VIOLENT_EVENTS and (c.date.latest or "9") <= first))]
                claims = [c if c.claim == i else c.model_copy(update={"claim": i}) for i, c in enumerate(kept)]
            return claims
        # A brief report (or a short text with at most one incident passage) is one incident:
        # side mentions ("a second blast damaged shops") stay in the same claim.
        # A long text with no incident passage (a live blog, a transcript, a thread, an FIR) is read
        # whole, as a brief is.
        if not any(f.trigger or f.counts for f in feats) and not (
                (all_dates or all_places)
                and (any(et in QUIET_EVENTS for et, _, _ in keyword_hits(text, 0, len(text)))
                     or court_act(text, 0, len(text)))) and not (
                short and all_dates and all_places and (find_targets(text, 0, len(text))
                                                        or find_perpetrators(text, 0, len(text)))):
            # A dated brief about an arrest, a protest or a threat is still an incident, and so is
            # a dated, placed brief about a targeted community or a named group (type "other",
            # for a person to confirm); a text with none of these reports nothing.
            return []
        inc = Passage(list(range(len(sents))))
        for f in feats:
            inc.dates += f.dates
            inc.places += f.places
            inc.counts += f.counts
        if doc.published is not None:
            near = [d for d in inc.dates if _near(d.value, doc.published)]
            # A report months after the event (an NGO's quarterly) may state only the old date:
            # then that date, not the publication day, unless the wording ties it to another event.
            inc.dates = near or [d for d in inc.dates if not d.other_event and (
                d.kind == "absolute" or (d.kind == "yearless" and _within_months(d.value, doc.published, 6)))
                                 and (d.value.earliest or "") <= plus1(doc.published)]
            if not short:
                inc = without_background(inc, feats, doc.published)
        return [self._claim(doc, sents, [inc], 0, inc, all_places, all_dates, short=True)]

    # -- features -------------------------------------------------------------------------
    def _features(self, text: str, s: Sentence, all_dates: list[DateMention], short: bool) -> SentenceFeatures:
        trig = has_violence(text, s.start, s.end)
        lows = words_in(text, s.start, s.end)
        if trig and not short and lows & _HABITUAL_WORDS and search_at(_HABITUAL, text, s.start, s.end, _HABITUAL_FIRST):
            trig = False  # "there were daily target killings": a pattern, not an incident
        # "Six others were injured in the incident." carries a count without a violence keyword.
        counts = find_counts(text, s.start, s.end) if trig or lows & _CASUALTY_WORDS else []
        i = bisect_left(all_dates, s.start, key=_start)  # dates are in text order
        dates = []
        for d in islice(all_dates, i, None):
            if d.start >= s.end:
                break
            dates.append(d)
        if (trig and not counts and not dates and lows & _OPINION_WORDS
                and (_OPINION.search(text, s.start, s.end) if any(w.startswith("shame") for w in lows)
                     else search_at(_OPINION, text, s.start, s.end, _OPINION_FIRST))):
            trig = False  # "the killing of Shias must end" argues; it reports nothing
        return SentenceFeatures(trig, dates, find_places(text, s.start, s.end), counts)

    # -- segmentation ---------------------------------------------------------------------
    def _segment(self, text: str, sents: list[Sentence], feats: list[SentenceFeatures]) -> list[Passage]:
        out: list[Passage] = []
        cur: Passage | None = None
        last = -10  # index of the current incident's anchor sentence
        # A published article's lead (its first sentence after headline and dateline) states its
        # event, even a quiet one ("Pamphlets ... were found pasted on walls in Mariabad on Sunday").
        head = max(title_end(text), headline_end(text))
        lead = next((i for i, s in enumerate(sents) if s.end > head), None) if head else None
        for i, f in enumerate(feats):
            dates = [d for d in f.dates if not d.other_event]
            specific = [p for p in f.places if max(x.rank for x in p.payloads) >= 3 and p.payloads[0].domestic]
            score = bool(dates) + bool(f.counts) + bool(specific)
            anchor = f.trigger and (bool(dates) or score >= 2)
            if i == lead and not anchor and (keyword_hits(text, sents[i].start, sents[i].end)
                                             or court_act(text, sents[i].start, sents[i].end)):
                anchor = True
            separate = f.trigger and f.counts and SEPARATE.match(text, sents[i].start, sents[i].end) is not None
            joins = (cur is not None and i - last <= CONTINUE and sents[i].paragraph - sents[cur.sents[-1]].paragraph <= 1
                     and not (dates and self._date_conflict(cur, dates)))
            if (anchor or separate) and (cur is None or i - last > CONTINUE or separate
                                         or self._conflicts(cur, dates, specific)) or (anchor and not joins):
                # A new incident: or the same one told again after a paragraph break (a headline,
                # then the dateline's lead), which the merge and the main-story pass rejoin.
                cur = Passage(lead_in(sents, feats, i, out) + [i])
                out.append(cur)
                last = i
            elif joins and cur is not None:
                cur.sents.append(i)
                if anchor:
                    last = i
            elif (cur is not None and f.counts and not (dates and self._date_conflict(cur, dates))
                  and TOLL_UPDATE.search(text, sents[i].start, sents[i].end)):
                # "Later in the evening, the death toll rose to nine": a revised figure paragraphs
                # on is the current incident's, up to the next incident.
                cur.sents.append(i)
            else:
                continue
            if cur.sents[0] < i:  # lead-in sentences taken with a new incident
                for j in cur.sents[:-1]:
                    if j < i and not any(j in o.sents for o in out if o is not cur):
                        cur.dates += [d for d in feats[j].dates if not d.other_event]
                        cur.places += feats[j].places
                        cur.counts += feats[j].counts
            cur.dates += dates
            cur.places += f.places
            cur.counts += f.counts
        return out


    @staticmethod
    def _date_conflict(inc: Passage, dates: list[DateMention]) -> bool:
        if not inc.dates:
            return False
        a = inc.dates[0].value
        return all(not overlap(a, d.value) for d in dates)

    def _conflicts(self, inc: Passage, dates: list[DateMention], places: list[Match[Place]]) -> bool:
        if dates and self._date_conflict(inc, dates):
            return True
        mine = {p.payloads[0].name for p in inc.places if p.payloads[0].rank >= 3}
        theirs = {p.payloads[0].name for p in places}
        return bool(mine and theirs and not (mine & theirs))


    def _digest(self, doc: Document, sents: list[Sentence], all_dates: list[DateMention],
                items: list[tuple[int, int]]) -> list[ExtractedClaim]:
        """A round-up ("- KARACHI: Gunmen shot dead ...\n- HANGU: A bomb ..."): one incident per item."""
        text = doc.text
        feats = [self._features(text, s, all_dates, False) for s in sents]
        all_places = [p for f in feats for p in f.places]
        incidents = []
        # "OVERNIGHT — Balochistan": a date in the round-up's heading dates items that state none.
        heading = [d for d in all_dates if d.start < items[0][0] and not d.other_event]
        for a, b in items:
            idx = [i for i, s in enumerate(sents) if a <= s.start < b]
            if not idx:
                continue
            inc = Passage(idx)
            inc.dates += [d for i in idx for d in feats[i].dates if not d.other_event] or heading
            for i in idx:
                inc.places += feats[i].places
                inc.counts += feats[i].counts
            incidents.append(inc)
        return [self._claim(doc, sents, incidents, i, inc, all_places, all_dates, short=False) for i, inc in enumerate(incidents)]


    def _merge(self, incs: list[Passage]) -> list[Passage]:
        """Passages about the same specific place with compatible dates are one incident."""
        out: list[Passage] = []
        for inc in incs:
            key = {p.payloads[0].name for p in inc.places if p.payloads[0].rank >= 3}
            for prev in out:
                pkey = {p.payloads[0].name for p in prev.places if p.payloads[0].rank >= 3}
                # Both passages must date the event, and compatibly: a city named throughout an
                # article ("Karachi") is the setting of many incidents, not one.
                if key & pkey and inc.dates and prev.dates and any(
                        overlap(a.value, b.value) for a in inc.dates for b in prev.dates):
                    prev.sents += inc.sents
                    prev.dates += inc.dates
                    prev.places += inc.places
                    prev.counts += inc.counts
                    break
            else:
                out.append(inc)
        return out

    # -- claim assembly -------------------------------------------------------------------
    def _claim(self, doc: Document, sents: list[Sentence], incs: list[Passage], idx: int,
               inc: Passage, all_places: list[Match[Place]], all_dates: list[DateMention],
               short: bool) -> ExtractedClaim:
        text = doc.text
        first, last = min(inc.sents), max(inc.sents)
        seg = (sents[first].start, sents[last].end)
        conf = 0.35
        # Place: first sentence naming a specific domestic place, else the best anywhere.
        tend = title_end(text)
        loc: tuple[Place, tuple[int, int] | None] | None = None
        by_sent = sorted(inc.places, key=lambda m: (m.start < tend, m.start))
        # The sentence that states the event (its toll or its date) names its place first; then
        # the others in order ("In Parachinar, a Shia town, ... On 2 September a convoy was
        # attacked near Sadda; three drivers were killed").
        anchors = [sp[0] for sp in (combine(inc.counts, "killed").span, choose_date(inc.dates, doc.published).span)
                   if sp is not None]
        # A form's "Place of occurrence:" names the scene; its "Police Station:" line does not.
        court = _court_form(text)
        order = sorted(set(inc.sents), key=lambda i: (_FORM_STATION.match(text, sents[i].start) is not None,
                                                      _FORM_PLACE.match(text, sents[i].start) is None
                                                      and not (court and sents[i].end <= 400
                                                               and _COURT_WORD.search(text, sents[i].start, sents[i].end)),
                                                      not any(sents[i].start <= a < sents[i].end for a in anchors), i))
        for i in order:
            s = sents[i]
            in_s = [m for m in by_sent if s.start <= m.start < s.end and m.start >= tend
                    and not is_direction(text, m)]
            if any(disambiguate(m, all_places).domestic and disambiguate(m, all_places).rank >= 3 for m in in_s):
                loc = choose_place(in_s, all_places, text)
                break
        if loc is None:
            loc = choose_place(by_sent, all_places, text)
        if loc is None and not short:
            loc = self._dominant(all_places)
        if loc is not None:
            loc = _refine(loc, [m for m in by_sent if m.start >= tend], all_places, text)
        location = _as_written(loc[0].value(loc[1]), loc[0], text) if loc else None
        if loc is not None and loc[1] is not None and seg[0] <= loc[1][0] < seg[1]:
            conf += 0.15
        killed = combine(inc.counts, "killed")
        injured = combine(inc.counts, "injured")
        blocks = inc.blocks(sents)
        head = max(title_end(text), headline_end(text)) if not short else 0
        if head and any(a < head < b for a, b in blocks):
            blocks = [p for a, b in blocks for p in (((a, head), (head, b)) if a < head < b else ((a, b),))]
        if len(blocks) > 1:
            # A headline ("toll rises to 84 as families refuse to bury their dead") is read last.
            blocks = [b for b in blocks if b[1] > head] + [b for b in blocks if b[1] <= head]
            # Read type and attribution from the passages that are this incident's, not from the
            # background paragraphs between them.
            et, et_span = EventType.OTHER, None
            for a, b in blocks:
                r = classify(text, a, b, killed=bool(killed.min or killed.max), injured=bool(injured.min or injured.max))
                if r[0] != EventType.OTHER:
                    et, et_span = r
                    break
                if et_span is None:
                    et_span = r[1]  # an administrative act ("Section 144"), unless a block names an event
        else:
            et, et_span = classify(text, seg[0], seg[1], killed=bool(killed.min or killed.max),
                                   injured=bool(injured.min or injured.max))
        # Date: the most specific statement of it in the passage, else publication (flagged). For
        # an attack, the earliest of close days: "the toll rose to 50 on Monday" is an update of
        # Sunday's bombing; a protest, a court's act or a threat keeps the day stated first.
        dates = inc.dates
        if et == EventType.PROTEST:
            # A protest's day and site, not those of the killing it is about ("a sit-in in Quetta
            # to protest the killing of 26 pilgrims in Mastung on 20 September").
            dates = [d for d in dates if not protest_object(text, sentence_of(text, d.start)[0], d.start)
                     and not _KILLED_WHEN.search(text, max(sentence_of(text, d.start)[0], d.start - 50), d.start)]
            # A protest that goes on is dated by its first day ("The sit-in began on Sunday", "have
            # been sitting on the road since Monday"), not by the day of the report.
            stated = [d for d in all_dates if not d.other_event and not d.dateline
                      and seg[0] <= d.start < seg[1]] if _PROTESTING.search(text, *seg) else []
            began = [d for d in stated if _PROTEST_BEGAN.search(text, *sentence_of(text, d.start))
                     or (_SINCE.search(text, max(0, d.start - 24), d.start)
                         and _PROTESTING.search(text, *sentence_of(text, d.start)))]
            dates = began or dates
            site = next((m for m in sorted(inc.places, key=lambda m: m.start) if is_protest_site(text, m)
                         and disambiguate(m, all_places).rank >= 3 and disambiguate(m, all_places).domestic), None)
            if site is None and location is not None and location.span is not None and (_KILLED_AT.search(
                    text, max(sentence_of(text, location.span[0])[0], location.span[0] - 40), location.span[0])
                    or protest_object(text, max(sentence_of(text, location.span[0])[0], location.span[0] - 80),
                                      location.span[0])):
                # "sat on the road refusing to bury the miners killed in Mach", "a demonstration here
                # against the killings in Kurram": the killing's place; the protest is where the
                # report was filed, its dateline.
                site = next((m for m in all_places if is_dateline(text, m) and m.payloads[0].domestic
                             and m.payloads[0].rank >= 3), None) or next(
                    (m for m in sorted(inc.places, key=lambda m: m.start) if m.start < location.span[0]
                     and disambiguate(m, all_places).rank >= 3 and disambiguate(m, all_places).domestic
                     and not _KILLED_AT.search(text, max(0, m.start - 40), m.start)), None)
            if site is not None:
                place = disambiguate(site, all_places)
                location = _as_written(place.value((site.start, site.end)), place, text)
        if et == EventType.DISPLACEMENT:
            # Flight is dated by its first day: "have left Jaglot ... since Wednesday, April 4", "the
            # first families began leaving on Monday".
            began = [d for d in all_dates if seg[0] <= d.start < seg[1] and not d.other_event and not d.dateline
                     and (_SINCE.search(text, max(0, d.start - 24), d.start) or _BEGAN_LEAVING.search(
                         text, max(sentence_of(text, d.start)[0], d.start - 60), d.start))]
            dates = began or dates
        dv = choose_date(dates, doc.published, text if et not in QUIET_EVENTS and et != EventType.OTHER else None)
        if dv.span is not None:
            conf += 0.15
        if killed.is_known or injured.is_known:
            conf += 0.15
        if inc.reach is not None:
            reach = Passage(inc.reach).blocks(sents)
            perps = union_perps([find_perpetrators(text, a, b) for a, b in reach])
        else:
            perps = (find_perpetrators(text, seg[0], seg[1]) if len(blocks) == 1
                     else union_perps([find_perpetrators(text, a, b) for a, b in blocks]))
        if not perps and not short:
            # Claim sentences after this passage and before the next incident's are about this one.
            nxt = min((sents[min(o.sents)].start for o in incs if sents[min(o.sents)].start >= seg[1]), default=len(text))
            perps = self._later_claims(text, sents, (seg[0], seg[1], nxt), location, all_places)
        if _court_form(text):
            et, et_span = EventType.LEGAL_ACTION, None  # a judgment, an order, a court's proceedings
        if et == EventType.DISPLACEMENT:
            # Displacement is coded at the place left ("families have left Jaglot ... and moved to
            # Gilgit", "Families flee Jaglot"), not where they went or are staying.
            left = next((m for m in sorted(inc.places, key=lambda m: (m.start < tend, m.start))
                         if _LEFT_BEFORE.search(text, max(0, m.start - 45), m.start)
                         and disambiguate(m, all_places).domestic and disambiguate(m, all_places).rank >= 3), None)
            if left is None and tend:
                left = next((m for m in all_places if m.start < tend and _LEFT_BEFORE.search(text, max(0, m.start - 45), m.start)
                             and disambiguate(m, all_places).domestic and disambiguate(m, all_places).rank >= 3), None)
            if left is not None:
                place = disambiguate(left, all_places)
                location = _as_written(place.value((left.start, left.end)), place, text)
        if et == EventType.LEGAL_ACTION:
            # A court's act is placed at the court: "the Peshawar High Court directed", "an
            # anti-terrorism court in Quetta", "the Rawalpindi bench", "a sessions court here" (the
            # dateline), not at the attack the case is about.
            where = _court_place(text, seg, all_places)
            if where is not None:
                place = disambiguate(where, all_places)
                location = _as_written(place.value((where.start, where.end)), place, text)
        if et in (EventType.PROTEST, EventType.THREAT, EventType.DISPLACEMENT) and (killed.is_known or injured.is_known):
            # The toll a protest, a threat or a flight cites is the earlier attack's ("to protest the
            # killing of 18 passengers"); only people hurt at the protest itself count.
            own = [c for c in inc.counts if _AT_PROTEST.search(text, *sentence_of(text, c.start))
                   and not protest_object(text, *sentence_of(text, c.start))] if et == EventType.PROTEST else []
            killed, injured = combine(own, "killed"), combine(own, "injured")
        organisers: list[OrganiserValue] = []
        if et == EventType.PROTEST:
            # A protest's actor is its organiser ("workers of the MWM staged a sit-in"), not the
            # group blamed for the killing it protests; it is kept apart from perpetrators, so a
            # party or community that protests is never listed beside those accused of violence.
            organisers = find_organisers(text, ([(0, head)] if head else []) + blocks)
            perps = []
        if et == EventType.OTHER and et_span is not None:
            # An administrative restriction (Section 144, a ban on entry, a sealed building) has no
            # perpetrator; parties named beside it ("leaders of the ASWJ urged calm") are not accused.
            perps = [p for p in perps if p.basis != AttributionBasis.ALLEGED]
        if et == EventType.ABDUCTION and any(is_state(p.actor) for p in perps if p.basis == AttributionBasis.ALLEGED):
            # Taken by a state force (as alleged): an enforced disappearance, not a kidnapping.
            et = EventType.ENFORCED_DISAPPEARANCE
        if perps:
            conf += 0.05
        if et.value != "other":
            conf += 0.1
        if not short:
            conf *= 0.9
        if inc.secondary:
            conf *= 0.8  # the report's main incident comes first
        ch = search_at(_CHARACTERISATION, text, seg[0], seg[1], _CHARACTERISATION_FIRST)
        # Every value above is already a validated model; skip re-validating the whole claim.
        return _build_claim({
            "source": doc.source, "claim": idx, "date": dv,
            "location": location if location is not None else LocationValue(),
            "event_type": et, "killed": killed, "injured": injured,
            "missing": combine(inc.counts, "missing"), "abducted": combine(inc.counts, "abducted"),
            "attackers_killed": combine(inc.counts, "attackers_killed"), "perpetrators": perps,
            "targets": find_targets(text, seg[0], seg[1]),
            "organisers": organisers,
            "characterisation": ch.group(0).lower() if ch else None,
            "text_span": seg, "event_type_span": et_span,
            "confidence": round(min(conf, 0.95), 3), "extractor": self.name,
            "extractor_version": self.version, "language": doc.language,
        })

    @staticmethod
    def _later_claims(text: str, sents: list[Sentence], seg: tuple[int, int, int], location: LocationValue | None,
                      all_places: list[Match[Place]]) -> list[PerpetratorValue]:
        """A one-incident article often names who claimed it paragraphs later ("ISKP ...
        claimed responsibility through its Amaq channel"). Such a claim counts when its sentence
        names no other date and no other place."""
        out: list[PerpetratorValue] = []
        # Tried at the words the pattern starts with, not at every character of the stretch.
        if search_at(_RESPONSIBILITY, text, seg[1], seg[2], _RESPONSIBILITY_WORDS) is None:
            return out  # one search over the stretch, not one per sentence
        for s in sents:
            if not seg[1] <= s.start < seg[2] or not search_at(_RESPONSIBILITY, text, s.start, s.end,
                                                                _RESPONSIBILITY_WORDS):
                continue
            if _YEARISH.search(text, s.start, s.end):
                continue  # "claimed two bombings in Quetta this year": other events
            others = [m for m in all_places if s.start <= m.start < s.end and m.payloads[0].rank >= 3]
            if others and (location is None or not any(
                    p.admin2 == location.admin2 or p.name in (location.name, location.gazetteer_name)
                    for m in others for p in m.payloads)):
                continue
            out += [p for p in find_perpetrators(text, s.start, s.end) if p.basis == AttributionBasis.CLAIMED]
        return out


    @staticmethod
    def _dominant(places: list[Match[Place]]) -> tuple[Place, tuple[int, int] | None] | None:
        counts = Counter(p.payloads[0] for p in places if p.payloads[0].domestic and p.payloads[0].rank >= 3)
        if not counts:
            return None
        place, _ = counts.most_common(1)[0]
        return place, None


_CLAIM_FIELDS = tuple(ExtractedClaim.model_fields)
_AFTER_EVENTS = frozenset({EventType.PROTEST, EventType.DISPLACEMENT})
_VIOLENT_EVENTS = frozenset({EventType.BOMBING, EventType.ARMED_ATTACK, EventType.MOB_VIOLENCE, EventType.ABDUCTION,
                             EventType.PROPERTY_ATTACK, EventType.ENFORCED_DISAPPEARANCE})


def _build_claim(values: dict[str, object]) -> ExtractedClaim:
    """`ExtractedClaim.model_construct` without its per-field default resolution (a large share
    of the time per short report): every field is given here, each already a validated value."""
    assert len(values) == len(_CLAIM_FIELDS)
    claim = ExtractedClaim.__new__(ExtractedClaim)
    object.__setattr__(claim, "__dict__", {k: values[k] for k in _CLAIM_FIELDS})
    object.__setattr__(claim, "__pydantic_fields_set__", set(_CLAIM_FIELDS))
    object.__setattr__(claim, "__pydantic_extra__", None)
    object.__setattr__(claim, "__pydantic_private__", None)
    return claim


def _near(v: DateValue, published: date) -> bool:
    """In a short report, a stated date far from publication is about another event ("fired
    over the 2011 killing"): keep dates within two months before publication."""
    if not (v.earliest and v.latest):
        return True
    return v.latest >= _days_before(published, 60) and v.earliest <= plus1(published)


@lru_cache(maxsize=256)  # every date mention of a report asks, with its one publication day
def _days_before(published: date, days: int) -> str:
    return (published - timedelta(days=days)).isoformat()


_AT_PROTEST = re.compile(r"\b(?:protesters|protestors|demonstrators|marchers|participants|tear\s*gas|baton|"
                         r"(?:police|security\s+forces)\s+(?:opened\s+fire|fired)\s+(?:on|at))\b", re.IGNORECASE)


_PROTEST_BEGAN = re.compile(r"\b(?:sit-ins?|protests?|dharnas?|strikes?|march|demonstrations?|blockade)\b[^.;]{0,40}?\b"
                            r"(?:began|begun|started|commenced|(?:was|were)\s+(?:launched|started|begun))\b"
                            r"|\b(?:began|started|launched)\s+(?:their|the|a|its)\s+(?:\w+\s+)?(?:sit-in|protest|dharna|strike|"
                            r"march|demonstration)", re.IGNORECASE)
_KILLED_AT = re.compile(r"\b(?:killed|slain|murdered|shot|martyred|massacred|attacked|bombed|killings?|attacks?|bombings?|"
                        r"blasts?|massacre)\s+(?:\w+\s+){0,2}?(?:in|at|near|from)\s+(?:the\s+)?$", re.IGNORECASE)
# "the killers of the two teachers shot in Ustarzai yesterday": the day of the killing a protest is about.
_KILLED_WHEN = re.compile(r"\b(?:killed|shot|slain|murdered|martyred|gunned\s+down|attacked|bombed|abducted|kidnapped)\b"
                          r"[^.;,]{0,40}$", re.IGNORECASE)
_LEFT_BEFORE = re.compile(r"\b(?:left|leave|leaves|leaving|fled|flee|flees|fleeing|vacated|vacate|abandoned|abandon|"
                          r"quit|quitting|evacuated|driven\s+out\s+of|forced\s+out\s+of|forced\s+to\s+leave|"
                          r"displaced\s+from|migrated\s+from|moved\s+out\s+of|exodus\s+from)"
                          r"\s+(?:(?:their|his|her)\s+(?:homes?|houses?|villages?|land|shops?)\s+(?:in|at)\s+)?"
                          r"(?:the\s+)?(?:[A-Z][\w\-]*(?:'s|’s)\s+)?$")
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$", re.IGNORECASE)
_BEGAN_LEAVING = re.compile(r"\b(?:began|started|first)\s+(?:\w+\s+)?(?:leaving|to\s+leave|fleeing|to\s+flee|left|fled|"
                            r"moving\s+out|migrating)\b[^.;]{0,30}$", re.IGNORECASE)
_PROTESTING = re.compile(r"\b(?:protest\w*|sit-ins?|sitting|dharnas?|rall(?:y|ies)|march\w*|demonstrat\w+|strikes?|"
                         r"blockade|blocked)\b", re.IGNORECASE)


_COURT_NAMED = re.compile(r"\b(?:(?:High|Sessions|District|Supreme|Federal\s+Shariat|Anti-Terrorism|Anti-terrorism|"
                          r"anti-terrorism|sessions|district|magistrate's|civil)\s+)?(?:Court|court|COURT|Bench|bench|BENCH|"
                          r"ATC|Tribunal|tribunal)\b")
_COURT_ACTING = re.compile(r"\b(?:sentenced|convicted|acquitted|indicted|granted|rejected|dismissed|directed|ordered|"
                           r"issued|summoned|adjourned|upheld|set\s+aside|suspended|reserved|announced|allowed|ruled|"
                           r"declared|quashed|restrained|barred|remanded|overturned|confirmed|handed|awarded|heard|"
                           r"admitted|framed|accepted|sought|bail|verdict|judgment|judgement|order|ORDER|hearing)\b")


def _court_place(text: str, seg: tuple[int, int], all_places: list[Match[Place]]) -> Match[Place] | None:
    """The place of the court whose act a legal-action report tells: a city in the court's name
    ("the Peshawar High Court", "LAHORE HIGH COURT, RAWALPINDI BENCH"; a bench before its court),
    one after it ("an anti-terrorism court in Quetta", "ATC-II Karachi"), or the dateline for "a
    court here" or a court named without a city. Only in the first sentence that names a court
    acting."""
    form = _court_form(text)
    for cm in _COURT_NAMED.finditer(text, 0, seg[1]):
        s, e = sentence_of(text, cm.start())
        if s < seg[0] and not form:
            continue
        if not (_COURT_ACTING.search(text, s, e) or (form and cm.start() < 400)):
            continue
        found: list[tuple[int, Match[Place]]] = []
        # The acting court's own name, with a bench named with it ("HIGH COURT, RAWALPINDI BENCH"),
        # not a court it is appealed to later in the sentence ("will appeal to the Lahore High Court").
        chain = [cm]
        for c2 in _COURT_NAMED.finditer(text, cm.end(), e):
            if c2.start() - chain[-1].end() > 30:
                break
            chain.append(c2)
        if re.match(r"\s+here\b", text[chain[-1].end():chain[-1].end() + 6]):
            chain = []
        for c2 in chain:
            bench = c2.group(0).lower().endswith("bench")
            # the gazetteer itself: its reader drops a city in an institution's name
            for m in gazetteer().finditer(text, max(s, c2.start() - 30), min(e, c2.end() + 25)):
                if m.end <= c2.start() and re.fullmatch(r"[\s,]*(?:(?:High|Sessions|District|Anti-Terrorism|"
                                                        r"Circuit|HIGH|CIRCUIT)\s+)?", text[m.end:c2.start()]):
                    found.append((0 if bench else 1, m))
                elif m.start >= c2.end() and re.fullmatch(r"\s*(?:-?[IVX\d]+\s*)?(?:,\s*|\s+in\s+|\s+at\s+|\s+of\s+)?"
                                                          r"(?:the\s+)?", text[c2.end():m.start]):
                    found.append((0 if bench else 2, m))
        found = [f for f in found if disambiguate(f[1], all_places).domestic and disambiguate(f[1], all_places).rank >= 3]
        if found:
            return min(found, key=lambda f: (f[0], f[1].start))[1]
        return next((m for m in all_places if is_dateline(text, m) and m.payloads[0].domestic
                     and m.payloads[0].rank >= 3), None)
    return None


def _within_months(v: DateValue, published: date, months: int) -> bool:
    """A yearless day (its year inferred) counts as the event's only when recent: "on 19 April" in
    a July quarterly, not "to arrive on November 30" in a report eleven months on."""
    return (v.earliest or "") >= _days_before(published, 31 * months)


def _refine(loc: tuple[Place, tuple[int, int] | None], mentions: list[Match[Place]],
            context: list[Match[Place]], text: str) -> tuple[Place, tuple[int, int] | None]:
    """A city in the lead, a neighbourhood of it further on ("KARACHI - A bomb exploded ...
    The blast in Abbas Town ..."): the scene is the neighbourhood. A district in the lead, a town
    or village of it further on ("a convoy in Lower Kurram ... near Mandoori"): the town."""
    place = loc[0]
    if not place.domestic or place.rank not in (3, 4):
        return loc
    for m in mentions:
        p = disambiguate(m, context)
        if p.rank > place.rank and within(p, place) and not is_direction(text, m) and not is_landmark(p):
            return p, (m.start, m.end)
    return loc


_UNIT_SUFFIX = re.compile(r"\s+(?:district|agency|tehsil|division)$", re.IGNORECASE)


def _as_written(value: LocationValue, place: Place, text: str) -> LocationValue:
    """The place named as the source spells it ("Mirali", "Wanna", "D.I. Khan"), the gazetteer's
    name kept beside it: the record quotes the source; the gazetteer identifies the place."""
    if value.span is None or place.rank < 3 or place.kind == "locality" or not value.name:
        return value
    said = _UNIT_SUFFIX.sub("", " ".join(text[value.span[0]:value.span[1]].split()))
    if said.isupper() and len(said) > 4:
        said = said.title()  # "KARACHI:" datelines
    if not said or said == value.name or not said[0].isupper() or said.lower() == value.name.lower():
        return value
    return value.model_copy(update={"name": said, "gazetteer_name": value.name})

