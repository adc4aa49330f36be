"""News reports and round-ups: which passages are a report's main incident, which are background.

A published news report tells one incident: its headline restates it, its lead and the paragraphs
after it tell it in detail (with a toll revised later, the claim of responsibility, the funeral),
and the earlier attacks its background paragraphs recall are context. A passage is another incident
only with its own toll at another place or on another day ("On the same day, a mob attacked buses
in Chilas"). A round-up ("- KARACHI: ...\\n- HANGU: ...") is one incident per item. Texts without a
publication date (opinion pieces, overviews) keep a claim per incident they describe.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from gawahi.extract import lexicon
from gawahi.extract.events import court_act, keyword_hits
from gawahi.extract.lexicon import Match
from gawahi.extract.passages import Passage, SentenceFeatures, choose_date, sentence_of, within
from gawahi.extract.places import Place, disambiguate, find_places, plausible
from gawahi.extract.segment import Sentence, headline_end, title_end
from gawahi.model.claims import DateValue, PerpetratorValue
from gawahi.model.vocab import AttributionBasis, DatePrecision

# "On the same day, a mob attacked buses in Chilas", "Later the same day, a bomb tore through a bus in
# Quetta", "In separate attacks on Monday": another incident begins.
SEPARATE = re.compile(r"(?:On\s+the\s+same\s+day|Later\s+(?:on\s+)?the\s+same\s+day|Earlier\s+(?:on\s+)?the\s+same\s+day|"
                       r"The\s+same\s+day|In\s+(?:a\s+)?separate\s+(?:attacks?|incidents?)|Separately|Elsewhere|"
                       r"In\s+another\s+(?:attack|incident))\b")


# "the death toll rose to nine", "two of the injured later succumbed": a figure revised later.
TOLL_UPDATE = re.compile(r"\b(?:toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|killed|injured|wounded))\b[^.;]{0,60}?"
                          r"\b(?:rose|risen|rises|climbed|reached|jumped|increased|went\s+up|stands|stood)\b"
                          r"|\b(?:taking|bringing|pushing|raising)\s+the\s+(?:death\s+)?toll\s+to\b"
                          r"|\b(?:later\s+)?(?:succumbed|died\s+of\s+(?:their|his|her)\s+(?:injuries|wounds))\b",
                          re.IGNORECASE)


def lead_in(sents: list[Sentence], feats: list[SentenceFeatures], i: int, out: list[Passage]) -> list[int]:
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


def without_background(inc: Passage, feats: list[SentenceFeatures], published: date) -> Passage:
    """A report of a recent incident drops the sentences that recall earlier ones ("In February
    2008, a suicide bomber killed more than 40 people at a rally in the town")."""
    main = choose_date(inc.dates, published)
    if not (main.earliest and main.earliest >= (published - timedelta(days=7)).isoformat()):
        return inc
    cutoff = (date.fromisoformat(main.earliest) - timedelta(days=30)).isoformat()
    old = {i for i in inc.sents if _background_sentence(feats[i], cutoff)}
    if not old:
        inc.reach = list(inc.sents)
        return inc
    out = Passage([i for i in inc.sents if i not in old])
    out.reach = list(out.sents)
    kept = {id(d) for i in out.sents for d in feats[i].dates}
    out.dates = [d for d in inc.dates if id(d) in kept]
    out.places = [p for i in out.sents for p in feats[i].places]
    out.counts = [c for i in out.sents for c in feats[i].counts]
    return out


def main_story(text: str, sents: list[Sentence], feats: list[SentenceFeatures], incs: list[Passage],
                published: date | None) -> tuple[list[Passage], bool]:
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
    # The report's incident is its first recent one (an NGO's appeal or an analysis may open with
    # history); when none of its passages is recent, a recent dated sentence that names an event
    # (a threat, a ban, a court's act) is.
    recent = next((k for k, inc in enumerate(incs)
                   if _recent(choose_date([d for d in inc.dates if not d.dateline], published), published)), None)
    if recent is None:
        found = _recent_sentence(text, sents, feats, published, head)
        if found is None:
            return incs, False
        idx = [found] + ([found + 1] if found + 1 < len(sents) and sents[found + 1].paragraph == sents[found].paragraph
                         else [])
        first = Passage(lead_in(sents, feats, found, incs) + idx,
                        [d for i in idx for d in feats[i].dates if not d.other_event],
                        [p for i in idx for p in feats[i].places], [c for i in idx for c in feats[i].counts])
        rest = []
        for inc in incs:
            if inc.sents and inc.sents[0] in first.sents:
                # The passage the recent sentence opens is the same incident, not a second one.
                new = [i for i in inc.sents if i not in first.sents]
                first.sents += new
                first.dates += [d for i in new for d in feats[i].dates if not d.other_event]
                first.places += [p for i in new for p in feats[i].places]
                first.counts += [c for i in new for c in feats[i].counts]
            else:
                rest.append(inc)
        incs = [first, *rest]
    elif recent:
        incs = [incs[recent], *incs[:recent], *incs[recent + 1:]]
    main = choose_date(incs[0].dates, published)
    if not (main.earliest and main.earliest >= (published - timedelta(days=14)).isoformat()):
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
            if not any(d.value.precision == DatePrecision.DAY and not d.dateline and "from_published" not in d.value.flags
                       for d in own) and not any(SEPARATE.search(text, sents[i].start, min(sents[i].end, sents[i].start + 60))
                                                 for i in inc.sents):
                # A toll elsewhere with no day of its own ("In May, an elderly man in Sargodha was
                # beaten to death", "Two days earlier, a man was shot dead in Sheikhupura") recalls
                # an earlier attack: background, unless marked as another of the day's incidents.
                continue
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
    kept = {id(inc) for inc in keep}
    dropped = {i for inc in incs if id(inc) not in kept for i in inc.sents} - set(keep[0].sents)
    keep[0].reach = [i for i in range(len(sents))
                     if i not in others and i not in dropped and not _background_sentence(feats[i], cutoff)]
    # Its figures too: "About 70 people were wounded" or "officials said 196 people were being
    # treated" paragraphs after the lead are this incident's.
    seen = {id(c) for c in keep[0].counts}
    keep[0].counts += [c for i in keep[0].reach for c in feats[i].counts if id(c) not in seen]
    return keep, len(keep) > 1 or len(incs) > 1


def _recent(v: DateValue, published: date) -> bool:
    return bool(v.earliest) and "from_published" not in v.flags and (v.earliest or "") >= (
        published - timedelta(days=14)).isoformat()


def _recent_sentence(text: str, sents: list[Sentence], feats: list[SentenceFeatures], published: date,
                     head: int) -> int | None:
    """The first sentence after the heading that dates an event of the last two weeks."""
    for i, f in enumerate(feats):
        if sents[i].end <= head:
            continue
        days = [d for d in f.dates if not d.other_event and not d.dateline and d.value.precision == DatePrecision.DAY]
        # The event may be named in the next sentence of the paragraph ("On Sunday, 27 February,
        # seven Sikh households in Mohallah Jogan Shah ... The letters warned ...").
        end = sents[i + 1].end if i + 1 < len(sents) and sents[i + 1].paragraph == sents[i].paragraph else sents[i].end
        if any(_recent(d.value, published) for d in days) and (
                keyword_hits(text, sents[i].start, end) or court_act(text, sents[i].start, end)):
            return i
    return None


def _background(v: DateValue, cutoff: str) -> bool:
    """A date before the cutoff: the whole of it for a day, its start for a month or a year ("In
    2013, police recorded 150 sectarian killings" in a January 2014 report)."""
    if v.precision == DatePrecision.DAY:
        return (v.latest or "9") < cutoff
    return (v.earliest or "9") < cutoff


def _background_sentence(f: SentenceFeatures, cutoff: str) -> bool:
    """A sentence dated only before the cutoff, or only by other events' dates ("After the attack
    on Alamdar Road on January 10 ...")."""
    return (any(_background(d.value, cutoff) for d in f.dates)
            and all(d.other_event or _background(d.value, cutoff) for d in f.dates))


def _compatible(p: Place, q: Place) -> bool:
    """Could two place mentions name one scene (the same place, or one inside the other)?"""
    if p.name == q.name or within(p, q) or within(q, p):
        return True
    if p.kind == "locality" or q.kind == "locality":
        return p.admin1_code == q.admin1_code and (p.admin2 == q.admin2 or not p.admin2 or not q.admin2)
    return bool(p.admin2 and p.admin2 == q.admin2)


def _distinct(main: Passage, inc: Passage, filed: int = 0, context: list[Match[Place]] | None = None,
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
    spans = [sentence_of(text, c.start) for c in inc.counts if c.kind in ("killed", "injured")] if text else []
    theirs = [p for m in inc.places if m.start >= filed and (not spans or any(a <= m.start < b for a, b in spans))
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


def union_perps(groups: list[list[PerpetratorValue]]) -> list[PerpetratorValue]:
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


# A round-up item: a line that opens with a place and a colon ("- KARACHI: ...", "Panjgur: ...").
_ITEM = re.compile(r"^[ \t]*(?:[-•*][ \t]*)?(?P<city>[A-Z][A-Za-z.'\-]+(?:[ \t][A-Z][A-Za-z.'\-]+){0,2})[ \t]*:[ \t]+\S.*$",
                   re.MULTILINE)


def _item_lines(text: str) -> Iterator[re.Match[str]]:
    """`_ITEM.finditer(text)`, tried only at line starts, where its `^` can match (an item is one
    line), instead of at every character of the text."""
    if not lexicon.SHORTCUTS:
        yield from _ITEM.finditer(text)
        return
    pos = 0
    while True:
        m = _ITEM.match(text, pos)
        if m:
            yield m
        nl = text.find("\n", pos)
        if nl == -1:
            return
        pos = nl + 1


def digest_items(text: str) -> list[tuple[int, int]]:
    """The items of a round-up of incidents, when the text is one: at least two lines that each
    open with a known place and report something (a keyword of some event type)."""
    if text.count(":") < 2 or text.count("\n") < 2:
        return []
    items = []
    for m in _item_lines(text):
        city = m.span("city")
        if not any(p.start == city[0] and p.end == city[1] for p in find_places(text, city[0], city[1])):
            continue
        if not keyword_hits(text, m.end("city"), m.end()):
            continue
        items.append((m.start(), m.end()))
    return items if len(items) >= 2 else []
