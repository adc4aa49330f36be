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
from dataclasses import dataclass, field
from datetime import date, timedelta

from gawahi.extract.actors import find_perpetrators, is_state
from gawahi.extract.base import Document
from gawahi.extract.counts import CountMention, combine, find_counts
from gawahi.extract.dates import DateMention, find_dates, published_date
from gawahi.extract.events import (
    classify,
    court_act,
    find_targets,
    has_violence,
    keyword_hits,
    protest_object,
)
from gawahi.extract.lexicon import Match, tokens
from gawahi.extract.places import (
    Place,
    choose_place,
    disambiguate,
    find_places,
    is_direction,
    is_landmark,
    plausible,
)
from gawahi.extract.segment import Sentence, headline_end, sentences, title_end
from gawahi.model.claims import DateValue, ExtractedClaim, LocationValue, PerpetratorValue
from gawahi.model.vocab import AttributionBasis, DatePrecision, EventType

_HABITUAL = re.compile(r"\b(?:daily|routinely|regularly|frequently|often|used\s+to|every\s+day|"
                       r"again\s+and\s+again|continue\s+unabated|on-going|ongoing)\b", re.IGNORECASE)
_OPINION = re.compile(r"\b(?:must|should|ought\s+to|needs?\s+to|it\s+is\s+time|we\s+demand|shame\w*|"
                      r"I\s+(?:think|believe|hope)|in\s+my\s+view)\b", re.IGNORECASE)
_HABITUAL_WORDS = frozenset("daily routinely regularly frequently often used every again unabated on ongoing".split())
_OPINION_WORDS = frozenset("must should ought need needs it we shame shameful shameless i in".split())
# How the source characterises the violence, as worded ("genocide" vs "sectarian violence").
_CHARACTERISATION = re.compile(
    r"\b(?:genocide|pogroms?|massacres?|ethnic\s+cleansing|sectarian\s+(?:violence|attacks?|killings?)|"
    r"ethnic\s+violence|target(?:ed)?\s+killings?|terrorist\s+attacks?|hate\s+crimes?|persecution)\b",
    re.IGNORECASE)
def _start(d: DateMention) -> int:
    return d.start


_RESPONSIBILITY = re.compile(r"\bclaim(?:ed|s|ing)?\s+(?:responsibility|the\s+(?:attack|bombing|blast|killings?|"
                             r"assault|massacre))|\btook\s+responsibility|\baccepted\s+responsibility", re.IGNORECASE)
_YEARISH = re.compile(r"\b(?:1[89]|20)\d\d\b|\b(?:this|last)\s+(?:year|month)\b|\bearlier\b", re.IGNORECASE)
_CASUALTY_WORDS = frozenset("injured wounded hurt injuries wounds injuring wounding killed dead died death deaths "
                          "martyred martyrs succumbed bodies lives".split())  # casualty words, whatever the verb
_QUIET_EVENTS = frozenset({EventType.LEGAL_ACTION, EventType.PROTEST, EventType.THREAT, EventType.DISPLACEMENT,
                           EventType.ENFORCED_DISAPPEARANCE})
# "On the same day, a mob attacked buses in Chilas", "Later the same day, a bomb tore through a bus in
# Quetta", "In separate attacks on Monday": another incident begins.
_SEPARATE = re.compile(r"(?:On\s+the\s+same\s+day|Later\s+(?:on\s+)?the\s+same\s+day|Earlier\s+(?:on\s+)?the\s+same\s+day|"
                       r"The\s+same\s+day|In\s+(?:a\s+)?separate\s+(?:attacks?|incidents?)|Separately|Elsewhere|"
                       r"In\s+another\s+(?:attack|incident))\b")
# "the death toll rose to nine", "two of the injured later succumbed": a figure revised later.
_TOLL_UPDATE = re.compile(r"\b(?:toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|killed|injured|wounded))\b[^.;]{0,60}?"
                          r"\b(?:rose|risen|rises|climbed|reached|jumped|increased|went\s+up|stands|stood)\b"
                          r"|\b(?:taking|bringing|pushing|raising)\s+the\s+(?:death\s+)?toll\s+to\b"
                          r"|\b(?:later\s+)?(?:succumbed|died\s+of\s+(?:their|his|her)\s+(?:injuries|wounds))\b",
                          re.IGNORECASE)
BRIEF_LIMIT = 700  # characters: a news brief or data-set note, always one incident
SHORT_LIMIT = 1500  # up to this, a text with fewer than two incident passages is one incident
CONTINUE = 2  # sentences after an anchor that still belong to its incident


@dataclass(slots=True)
class _Incident:
    sents: list[int]
    dates: list[DateMention] = field(default_factory=list)
    places: list[Match[Place]] = field(default_factory=list)
    counts: list[CountMention] = field(default_factory=list)
    secondary: bool = False  # another incident a news report mentions beside its main one
    # A news report's main incident: the sentences to read its attributions from (the whole report
    # but its background and the other incidents it mentions), since "X claimed responsibility" and
    # "police suspect X" often come paragraphs after the lead.
    reach: list[int] | None = None

    def blocks(self, sents: list[Sentence]) -> list[tuple[int, int]]:
        """The runs of consecutive sentences this incident was read from, as text spans."""
        out: list[tuple[int, int]] = []
        prev = -2
        for i in sorted(set(self.sents)):
            if i == prev + 1 and out:
                out[-1] = (out[-1][0], sents[i].end)
            else:
                out.append((sents[i].start, sents[i].end))
            prev = i
        return out


@dataclass(slots=True)
class _SentFeatures:
    trigger: bool
    dates: list[DateMention]
    places: list[Match[Place]]
    counts: list[CountMention]


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
        items = _digest_items(text)
        if items:
            return self._digest(doc, sents, all_dates, items)
        short = len(text) <= BRIEF_LIMIT
        # A brief is one incident: its features are read over the whole text in one pass (the
        # per-sentence split only matters for segmenting longer texts).
        feats = ([self._features(text, Sentence(0, len(text), 0), all_dates, short)] if short
                 else [self._features(text, s, all_dates, short) for s in sents])
        all_places = [p for f in feats for p in f.places]
        incidents = [] if short else self._merge(self._segment(text, sents, feats))
        background = False  # background passages dropped: the main passage, not the whole text
        if incidents:
            incidents, background = self._main_story(text, sents, feats, incidents, doc.published)
        if len(incidents) >= 2 or (len(text) > SHORT_LIMIT and not short) or background:
            return [self._claim(doc, sents, incidents, i, inc, all_places, short=False)
                    for i, inc in enumerate(incidents)]
        # A brief report (or a short text with at most one incident passage) is one incident:
        # side mentions ("a second blast damaged shops") stay in the same claim.
        if not any(f.trigger or f.counts for f in feats) and not (
                short and (all_dates or all_places)
                and (any(et in _QUIET_EVENTS for et, _, _ in keyword_hits(text, 0, len(text)))
                     or court_act(text, 0, len(text)))) and not (
                short and all_dates and all_places and (find_targets(text, 0, len(text))
                                                        or find_perpetrators(text, 0, len(text)))):
            # A dated brief about an arrest, a protest or a threat is still an incident, and so is
            # a dated, placed brief about a targeted community or a named group (type "other",
            # for a person to confirm); a text with none of these reports nothing.
            return []
        inc = _Incident(list(range(len(sents))))
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
                                 and (d.value.earliest or "") <= _plus1(doc.published)]
            if not short:
                inc = self._without_background(inc, feats, doc.published)
        return [self._claim(doc, sents, [inc], 0, inc, all_places, short=True)]

    # -- features -------------------------------------------------------------------------
    def _features(self, text: str, s: Sentence, all_dates: list[DateMention], short: bool) -> _SentFeatures:
        trig = has_violence(text, s.start, s.end)
        lows = {t[2] for t in tokens(text, s.start, s.end)}
        if trig and not short and lows & _HABITUAL_WORDS and _HABITUAL.search(text, s.start, s.end):
            trig = False  # "there were daily target killings": a pattern, not an incident
        # "Six others were injured in the incident." carries a count without a violence keyword.
        counts = find_counts(text, s.start, s.end) if trig or lows & _CASUALTY_WORDS else []
        i = bisect_left(all_dates, s.start, key=_start)  # dates are in text order
        dates = []
        for d in all_dates[i:]:
            if d.start >= s.end:
                break
            dates.append(d)
        if (trig and not counts and not dates and lows & _OPINION_WORDS
                and _OPINION.search(text, s.start, s.end)):
            trig = False  # "the killing of Shias must end" argues; it reports nothing
        return _SentFeatures(trig, dates, find_places(text, s.start, s.end), counts)

    # -- segmentation ---------------------------------------------------------------------
    def _segment(self, text: str, sents: list[Sentence], feats: list[_SentFeatures]) -> list[_Incident]:
        out: list[_Incident] = []
        cur: _Incident | None = None
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
            separate = f.trigger and f.counts and _SEPARATE.match(text, sents[i].start, sents[i].end) is not None
            joins = (cur is not None and i - last <= CONTINUE and sents[i].paragraph - sents[last].paragraph <= 1
                     and not (dates and self._date_conflict(cur, dates)))
            if (anchor or separate) and (cur is None or i - last > CONTINUE or separate
                                         or self._conflicts(cur, dates, specific)) or (anchor and not joins):
                # A new incident: or the same one told again after a paragraph break (a headline,
                # then the dateline's lead), which the merge and the main-story pass rejoin.
                cur = _Incident(self._lead_in(sents, feats, i, out) + [i])
                out.append(cur)
                last = i
            elif joins and cur is not None:
                cur.sents.append(i)
                if anchor:
                    last = i
            elif (cur is not None and f.counts and not (dates and self._date_conflict(cur, dates))
                  and _TOLL_UPDATE.search(text, sents[i].start, sents[i].end)):
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
    def _lead_in(sents: list[Sentence], feats: list[_SentFeatures], i: int, out: list[_Incident]) -> list[int]:
        """The sentences just before an incident's first dated or counted one that tell it already
        ("Unidentified men desecrated 30 graves in the town of Daska, a spokesman said on Wednesday.
        The attack took place late on Monday night"): a news lead names the act, the next its day."""
        taken = {j for inc in out for j in inc.sents}
        lead: list[int] = []
        for j in (i - 1, i - 2):
            if j < 0 or j in taken or not feats[j].trigger or sents[i].paragraph - sents[j].paragraph > 1:
                break
            lead.insert(0, j)
        return lead

    @staticmethod
    def _date_conflict(inc: _Incident, dates: list[DateMention]) -> bool:
        if not inc.dates:
            return False
        a = inc.dates[0].value
        return all(not _overlap(a, d.value) for d in dates)

    def _conflicts(self, inc: _Incident, dates: list[DateMention], places: list[Match[Place]]) -> bool:
        if dates and self._date_conflict(inc, dates):
            return True
        mine = {p.payloads[0].name for p in inc.places if p.payloads[0].rank >= 3}
        theirs = {p.payloads[0].name for p in places}
        return bool(mine and theirs and not (mine & theirs))

    def _without_background(self, inc: _Incident, feats: list[_SentFeatures], published: date) -> _Incident:
        """A report of a recent incident drops the sentences that recall earlier ones ("In February
        2008, a suicide bomber killed more than 40 people at a rally in the town")."""
        main = self._date(inc.dates, published)
        if not (main.earliest and main.earliest >= (published - timedelta(days=7)).isoformat()):
            return inc
        cutoff = (date.fromisoformat(main.earliest) - timedelta(days=30)).isoformat()
        old = {i for i in inc.sents if _background_sentence(feats[i], cutoff)}
        if not old:
            inc.reach = list(inc.sents)
            return inc
        out = _Incident([i for i in inc.sents if i not in old])
        out.reach = list(out.sents)
        kept = {id(d) for i in out.sents for d in feats[i].dates}
        out.dates = [d for d in inc.dates if id(d) in kept]
        out.places = [p for i in out.sents for p in feats[i].places]
        out.counts = [c for i in out.sents for c in feats[i].counts]
        return out

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
            inc = _Incident(idx)
            inc.dates += [d for i in idx for d in feats[i].dates if not d.other_event] or heading
            for i in idx:
                inc.places += feats[i].places
                inc.counts += feats[i].counts
            incidents.append(inc)
        return [self._claim(doc, sents, incidents, i, inc, all_places, short=False) for i, inc in enumerate(incidents)]

    @staticmethod
    def _main_story(text: str, sents: list[Sentence], feats: list[_SentFeatures], incs: list[_Incident],
                    published: date | None) -> tuple[list[_Incident], bool]:
        """A news report is about one incident: its headline restates it, and the earlier attacks
        its background paragraphs recall are context, not incidents it reports (an overview with
        no recent incident keeps them all)."""
        head = max(title_end(text), headline_end(text))
        if len(incs) >= 2 and head and sents[max(incs[0].sents)].end <= head:
            first, second = incs[0], incs[1]  # "Seven killed as gunmen attack van in Kurram"
            second.sents[:0] = first.sents
            second.dates[:0] = first.dates
            second.places[:0] = first.places
            second.counts[:0] = first.counts
            incs = incs[1:]
        if published is None:
            return incs, False
        main = EnglishRulesExtractor._date(incs[0].dates, published)
        if not (main.earliest and main.earliest >= (published - timedelta(days=7)).isoformat()):
            return incs, False
        cutoff = (date.fromisoformat(main.earliest) - timedelta(days=30)).isoformat()
        for inc in incs:
            # A background sentence inside a passage ("In February 2008, a suicide bomber killed
            # more than 40 people at a rally in the town") adds nothing to the incident.
            old = [i for i in inc.sents if _background_sentence(feats[i], cutoff)]
            if old and len(old) < len(set(inc.sents)):
                kept = {id(d) for i in inc.sents if i not in old for d in feats[i].dates}
                inc.sents = [i for i in inc.sents if i not in old]
                inc.dates = [d for d in inc.dates if id(d) in kept]
                inc.places = [p for i in inc.sents for p in feats[i].places]
                inc.counts = [c for i in inc.sents for c in feats[i].counts]
        keep = [incs[0]]
        for inc in incs[1:]:
            own = [d for d in inc.dates if not d.other_event]
            if own and all(_background(d.value, cutoff) for d in own):
                continue  # "In October last year, 42 people were killed in Bagan": background
            if _distinct(keep[0], inc, title_end(text), [p for f in feats for p in f.places], text):
                inc.secondary = True  # "On the same day, a mob attacked buses in Chilas": another incident
                keep.append(inc)
                continue
            # The lead and the paragraphs that tell the same attack in detail, with its funeral,
            # reactions and protests, are one incident.
            main_inc = keep[0]
            main_inc.sents += inc.sents
            main_inc.dates += inc.dates
            main_inc.places += inc.places
            main_inc.counts += inc.counts
        others = {i for inc in keep[1:] for i in inc.sents}
        dropped = {i for inc in incs if inc not in keep and inc is not keep[0] for i in inc.sents} - set(keep[0].sents)
        keep[0].reach = [i for i in range(len(sents))
                         if i not in others and i not in dropped and not _background_sentence(feats[i], cutoff)]
        # Its figures too: "About 70 people were wounded" or "officials said 196 people were being
        # treated" paragraphs after the lead are this incident's.
        seen = {id(c) for c in keep[0].counts}
        keep[0].counts += [c for i in keep[0].reach for c in feats[i].counts if id(c) not in seen]
        return keep, len(keep) > 1 or len(incs) > 1

    def _merge(self, incs: list[_Incident]) -> list[_Incident]:
        """Passages about the same specific place with compatible dates are one incident."""
        out: list[_Incident] = []
        for inc in incs:
            key = {p.payloads[0].name for p in inc.places if p.payloads[0].rank >= 3}
            for prev in out:
                pkey = {p.payloads[0].name for p in prev.places if p.payloads[0].rank >= 3}
                # Both passages must date the event, and compatibly: a city named throughout an
                # article ("Karachi") is the setting of many incidents, not one.
                if key & pkey and inc.dates and prev.dates and any(
                        _overlap(a.value, b.value) for a in inc.dates for b in prev.dates):
                    prev.sents += inc.sents
                    prev.dates += inc.dates
                    prev.places += inc.places
                    prev.counts += inc.counts
                    break
            else:
                out.append(inc)
        return out

    # -- claim assembly -------------------------------------------------------------------
    def _claim(self, doc: Document, sents: list[Sentence], incs: list[_Incident], idx: int,
               inc: _Incident, all_places: list[Match[Place]], short: bool) -> ExtractedClaim:
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
        anchors = [sp[0] for sp in (combine(inc.counts, "killed").span, self._date(inc.dates, doc.published).span)
                   if sp is not None]
        order = sorted(set(inc.sents), key=lambda i: (not any(sents[i].start <= a < sents[i].end for a in anchors), i))
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
            et, et_span = next((r for r in (classify(text, a, b, killed=bool(killed.min or killed.max),
                                                      injured=bool(injured.min or injured.max))
                                            for a, b in blocks) if r[0] != EventType.OTHER), (EventType.OTHER, None))
        else:
            et, et_span = classify(text, seg[0], seg[1], killed=bool(killed.min or killed.max),
                                   injured=bool(injured.min or injured.max))
        # Date: the most specific statement of it in the passage, else publication (flagged). For
        # an attack, the earliest of close days: "the toll rose to 50 on Monday" is an update of
        # Sunday's bombing; a protest, a court's act or a threat keeps the day stated first.
        dv = self._date(inc.dates, doc.published, text if et not in _QUIET_EVENTS and et != EventType.OTHER else None)
        if dv.span is not None:
            conf += 0.15
        if killed.is_known or injured.is_known:
            conf += 0.15
        if inc.reach is not None:
            reach = _Incident(inc.reach).blocks(sents)
            perps = _union_perps([find_perpetrators(text, a, b) for a, b in reach])
        else:
            perps = (find_perpetrators(text, seg[0], seg[1]) if len(blocks) == 1
                     else _union_perps([find_perpetrators(text, a, b) for a, b in blocks]))
        if not perps and not short:
            # Claim sentences after this passage and before the next incident's are about this one.
            nxt = min((sents[min(o.sents)].start for o in incs if sents[min(o.sents)].start >= seg[1]), default=len(text))
            perps = self._later_claims(text, sents, (seg[0], seg[1], nxt), location, all_places)
        if et in (EventType.PROTEST, EventType.THREAT, EventType.DISPLACEMENT) and (killed.is_known or injured.is_known):
            # The toll a protest, a threat or a flight cites is the earlier attack's ("to protest the
            # killing of 18 passengers"); only people hurt at the protest itself count.
            own = [c for c in inc.counts if _AT_PROTEST.search(text, *_sentence_of(text, c.start))
                   and not protest_object(text, *_sentence_of(text, c.start))] if et == EventType.PROTEST else []
            killed, injured = combine(own, "killed"), combine(own, "injured")
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
        ch = _CHARACTERISATION.search(text, seg[0], seg[1])
        # Every value above is already a validated model; skip re-validating the whole claim.
        return _build_claim({
            "source": doc.source, "claim": idx, "date": dv,
            "location": location if location is not None else LocationValue(),
            "event_type": et, "killed": killed, "injured": injured,
            "missing": combine(inc.counts, "missing"), "abducted": combine(inc.counts, "abducted"),
            "attackers_killed": combine(inc.counts, "attackers_killed"), "perpetrators": perps,
            "targets": find_targets(text, seg[0], seg[1]),
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
        if _RESPONSIBILITY.search(text, seg[1], seg[2]) is None:
            return out  # one search over the stretch, not one per sentence
        for s in sents:
            if not seg[1] <= s.start < seg[2] or not _RESPONSIBILITY.search(text, s.start, s.end):
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
    def _date(mentions: list[DateMention], published: date | None, earliest: str | None = None) -> DateValue:
        pub = published.isoformat() if published else None
        ok = [d for d in mentions if not d.other_event and (pub is None or (d.value.earliest or "") <= _plus1(published))]
        # "In March, a bombing killed 45" tells background apart; it dates the event only when no
        # publication date does.
        ok = [d for d in ok if d.kind != "month_only"] or ([] if published is not None else ok)
        # The dateline's date is when the story was filed: the event's only when nothing else is.
        ok = [d for d in ok if not d.dateline] or ok
        if ok:
            best = max(ok, key=lambda d: (d.value.precision == DatePrecision.DAY, d.rank, -d.start))
            if earliest is not None and best.value.precision == DatePrecision.DAY and best.value.earliest:
                # `earliest` is the text: a weekday a day or two before, in a sentence that tells the
                # violence ("... on Sunday evening"), is the attack's day; a future one ("a protest
                # will be held after Friday prayers") is not.
                b = date.fromisoformat(best.value.earliest)
                close = [d for d in ok if d.kind == "relative" and d.value.precision == DatePrecision.DAY
                         and d.value.earliest and 0 < (b - date.fromisoformat(d.value.earliest)).days <= 3
                         and _violent_sentence(earliest, d.start) and not _FUTURE.search(earliest, max(0, d.start - 60), d.end + 25)]
                best = min(close, key=lambda d: (d.value.earliest or "", d.start)) if close else best
            return best.value
        if published is not None:
            return published_date(published)
        return DateValue()

    @staticmethod
    def _dominant(places: list[Match[Place]]) -> tuple[Place, tuple[int, int] | None] | None:
        counts = Counter(p.payloads[0] for p in places if p.payloads[0].domestic and p.payloads[0].rank >= 3)
        if not counts:
            return None
        place, _ = counts.most_common(1)[0]
        return place, None


_CLAIM_FIELDS = tuple(ExtractedClaim.model_fields)


# A round-up item: a line that opens with a place and a colon ("- KARACHI: ...", "Panjgur: ...").
_ITEM = re.compile(r"^[ \t]*(?:[-•*][ \t]*)?(?P<city>[A-Z][A-Za-z.'\-]+(?:[ \t][A-Z][A-Za-z.'\-]+){0,2})[ \t]*:[ \t]+\S.*$",
                   re.MULTILINE)


def _digest_items(text: str) -> list[tuple[int, int]]:
    """The items of a round-up of incidents, when the text is one: at least two lines that each
    open with a known place and report something (a keyword of some event type)."""
    if text.count(":") < 2 or text.count("\n") < 2:
        return []
    items = []
    for m in _ITEM.finditer(text):
        city = m.span("city")
        if not any(p.start == city[0] and p.end == city[1] for p in find_places(text, city[0], city[1])):
            continue
        if not keyword_hits(text, m.end("city"), m.end()):
            continue
        items.append((m.start(), m.end()))
    return items if len(items) >= 2 else []


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
    return v.latest >= (published - timedelta(days=60)).isoformat() and v.earliest <= _plus1(published)


_AT_PROTEST = re.compile(r"\b(?:protesters|protestors|demonstrators|marchers|participants|tear\s*gas|baton|"
                         r"(?:police|security\s+forces)\s+(?:opened\s+fire|fired)\s+(?:on|at))\b", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:will|would|shall|to\s+be\s+held|announc\w*|plans?|planned|tomorrow|next|prayers)\b", re.IGNORECASE)


def _sentence_of(text: str, at: int) -> tuple[int, int]:
    s = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    e = min([i for i in (text.find(". ", at), text.find("\n", at)) if i != -1] or [len(text)])
    return s, e


def _violent_sentence(text: str, at: int) -> bool:
    s = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    e = min([i for i in (text.find(". ", at), text.find("\n", at)) if i != -1] or [len(text)])
    return has_violence(text, s, e)


def _background(v: DateValue, cutoff: str) -> bool:
    """A date before the cutoff: the whole of it for a day, its start for a month or a year ("In
    2013, police recorded 150 sectarian killings" in a January 2014 report)."""
    if v.precision == DatePrecision.DAY:
        return (v.latest or "9") < cutoff
    return (v.earliest or "9") < cutoff


def _background_sentence(f: _SentFeatures, cutoff: str) -> bool:
    """A sentence dated only before the cutoff, or only by other events' dates ("After the attack
    on Alamdar Road on January 10 ...")."""
    return (any(_background(d.value, cutoff) for d in f.dates)
            and all(d.other_event or _background(d.value, cutoff) for d in f.dates))


def _compatible(p: Place, q: Place) -> bool:
    """Could two place mentions name one scene (the same place, or one inside the other)?"""
    if p.name == q.name or _within(p, q) or _within(q, p):
        return True
    if p.kind == "locality" or q.kind == "locality":
        return p.admin1_code == q.admin1_code and (p.admin2 == q.admin2 or not p.admin2 or not q.admin2)
    return bool(p.admin2 and p.admin2 == q.admin2)


def _distinct(main: _Incident, inc: _Incident, filed: int = 0, context: list[Match[Place]] | None = None,
              text: str = "") -> bool:
    """Does a later passage of a news report tell another incident (its own toll, at another place
    or on another day) rather than the main one in detail?"""
    if not any((c.value.min or c.value.max) for c in inc.counts if c.kind in ("killed", "injured")):
        return False  # funerals, reactions, protests and claims about the main incident
    # The dateline city (before `filed`) is where the story was written, not a scene to compare.
    ctx = context or []
    # "Gulshan-e-Iqbal Park" in a Lahore story is not Karachi's Gulshan-e-Iqbal.
    mine = [p for m in main.places if m.start >= filed
            for p in [disambiguate(m, ctx)] if p.rank >= 3 and p.domestic and plausible(p, ctx)]
    # Its scene: the places of the sentences that state its toll ("On the same day, a mob attacked
    # buses ... in Chilas, killing nine"), not the curfew in the city named after.
    spans = [_sentence_of(text, c.start) for c in inc.counts if c.kind in ("killed", "injured")] if text else []
    theirs = [p for m in inc.places if not spans or any(a <= m.start < b for a, b in spans)
              for p in [disambiguate(m, ctx)] if p.rank >= 3 and p.domestic and plausible(p, ctx)]
    if mine and theirs and not any(_compatible(p, q) for p in mine for q in theirs):
        return True
    days = [d.value for d in main.dates if not d.other_event and d.value.precision == DatePrecision.DAY]
    others = [d.value for d in inc.dates if not d.other_event and d.value.precision == DatePrecision.DAY]
    if days and others:
        gap = min(abs((date.fromisoformat(a.earliest or "") - date.fromisoformat(b.earliest or "")).days)
                  for a in days for b in others if a.earliest and b.earliest) if all(
            x.earliest for x in days + others) else 0
        return gap > 2
    return False


def _union_perps(groups: list[list[PerpetratorValue]]) -> list[PerpetratorValue]:
    """Attributions read passage by passage, one per actor, the strongest basis kept."""
    order = {AttributionBasis.ALLEGED: 0, AttributionBasis.CHARGED: 1, AttributionBasis.CONVICTED: 2,
             AttributionBasis.ACQUITTED: 2, AttributionBasis.CLAIMED: 3}
    out: dict[str, PerpetratorValue] = {}
    for group in groups:
        for p in group:
            prev = out.get(p.actor)
            if prev is None or order[p.basis] > order[prev.basis]:
                out[p.actor] = p
    return sorted(out.values(), key=lambda p: (-order[p.basis], p.span[0] if p.span else 0))


def _within_months(v: DateValue, published: date, months: int) -> bool:
    """A yearless day (its year inferred) counts as the event's only when recent: "on 19 April" in
    a July quarterly, not "to arrive on November 30" in a report eleven months on."""
    return (v.earliest or "") >= (published - timedelta(days=31 * months)).isoformat()


def _plus1(d: date | None) -> str:
    return (d + timedelta(days=1)).isoformat() if d else "9999"


def _overlap(a: DateValue, b: DateValue) -> bool:
    if not (a.earliest and a.latest and b.earliest and b.latest):
        return True
    return a.earliest <= b.latest and b.earliest <= a.latest


def _within(p: Place, town: Place) -> bool:
    """Does neighbourhood or locality `p` lie in town or district `town`?"""
    if not p.admin2:
        return False
    return p.admin2 == town.admin2 or p.admin2 == town.name or p.admin2.split(" ")[0] == town.name


def _refine(loc: tuple[Place, tuple[int, int] | None], mentions: list[Match[Place]],
            context: list[Match[Place]], text: str) -> tuple[Place, tuple[int, int] | None]:
    """A city in the lead, a neighbourhood of it further on ("KARACHI - A bomb exploded ...
    The blast in Abbas Town ..."): the scene is the neighbourhood."""
    place = loc[0]
    if not place.domestic or place.rank not in (3, 4):
        return loc
    for m in mentions:
        p = disambiguate(m, context)
        if p.rank == 5 and _within(p, place) and not is_direction(text, m) and not is_landmark(p):
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

