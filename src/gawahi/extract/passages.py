"""Passages: the sentences a claim is read from, what each sentence says, and the event's date.

A passage is one incident's sentences in a text, with the dates, places and figures read from them
(english.py builds them; story.py decides which passages of a news report are its main incident).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from gawahi.extract.counts import CountMention
from gawahi.extract.dates import DateMention, published_date
from gawahi.extract.events import has_violence
from gawahi.extract.lexicon import Match
from gawahi.extract.places import Place
from gawahi.extract.segment import Sentence
from gawahi.model.claims import DateValue
from gawahi.model.vocab import DatePrecision, EventType


@dataclass(slots=True)
class Passage:
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
class SentenceFeatures:
    trigger: bool
    dates: list[DateMention]
    places: list[Match[Place]]
    counts: list[CountMention]


QUIET_EVENTS = frozenset({EventType.LEGAL_ACTION, EventType.PROTEST, EventType.THREAT, EventType.DISPLACEMENT,
                           EventType.ENFORCED_DISAPPEARANCE, EventType.OTHER})


def choose_date(mentions: list[DateMention], published: date | None, earliest: str | None = None) -> DateValue:
    """The event's date from a passage's date mentions: the most specific, first stated; for an
    attack (`earliest` = the text) the earliest of close weekdays; else publication, flagged."""
    pub = published.isoformat() if published else None
    ok = [d for d in mentions if not d.other_event and (pub is None or (d.value.earliest or "") <= plus1(published))]
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


_FUTURE = re.compile(r"\b(?:will|would|shall|to\s+be\s+held|announc\w*|plans?|planned|tomorrow|next|prayers)\b", re.IGNORECASE)


def sentence_of(text: str, at: int) -> tuple[int, int]:
    s = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    e = min([i for i in (text.find(". ", at), text.find("\n", at)) if i != -1] or [len(text)])
    return s, e


def _violent_sentence(text: str, at: int) -> bool:
    s = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    e = min([i for i in (text.find(". ", at), text.find("\n", at)) if i != -1] or [len(text)])
    return has_violence(text, s, e)


@lru_cache(maxsize=256)  # asked for every date mention of a report, with its one publication day
def plus1(d: date | None) -> str:
    return (d + timedelta(days=1)).isoformat() if d else "9999"


def overlap(a: DateValue, b: DateValue) -> bool:
    if not (a.earliest and a.latest and b.earliest and b.latest):
        return True
    return a.earliest <= b.latest and b.earliest <= a.latest


def within(p: Place, town: Place) -> bool:
    """Does neighbourhood or locality `p` lie in town or district `town`?"""
    if not p.admin2:
        return False
    return p.admin2 == town.admin2 or p.admin2 == town.name or p.admin2.split(" ")[0] == town.name
