"""End-to-end behaviour of the rules-en extractor on texts written for these tests."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from gawahi.extract import get_extractor
from gawahi.extract.base import Document
from gawahi.extract.cli_jsonl import documents_from_path, extract_paths, main
from gawahi.model.vocab import AttributionBasis, EventType

from .conftest import one, span_text

ARTICLE = """Remembering the Hazara and Ismaili dead

For years the Shia Hazara of Quetta have buried their dead in silence. Commentators call it \
sectarian violence; the community calls it a genocide, and the state has done little to prove \
them wrong.

On 10 January 2013, two bombs tore through a snooker hall on Alamdar Road in Quetta. More than \
90 people were killed and over 120 were injured. Lashkar-e-Jhangvi claimed responsibility for \
the attack.

Barely a month later, on 16 February 2013, a bomb hidden in a water tanker exploded in a crowded \
market in Hazara Town. At least 84 people were killed and about 200 were wounded. Police \
suspect the same network.

The violence was not confined to Balochistan. On 13 May 2015, gunmen stopped a bus carrying \
Ismaili commuters near Safoora Goth in Karachi and opened fire, killing 46 passengers. Officials \
blamed the Islamic State. Four men were later convicted by a military court.

Such massacres should shame every government that has looked away. Impunity breeds more \
killing, and silence is a choice.

In Lahore, on 28 May 2010, attackers stormed two Ahmadi mosques in Model Town and Garhi Shahu \
during Friday prayers, killing 94 worshippers. The Punjab chapter of the Tehrik-i-Taliban \
Pakistan claimed the attacks.

We must remember every one of these people. Justice delayed is justice denied, and the \
families of the dead are still waiting for the courts to act.
"""

OPINION = """The persecution of minorities is a stain on the conscience of the world. Those who \
kill in the name of faith must be stopped, and the killing of worshippers must end. History \
will judge the silence of the media and of the courts."""


def test_multi_incident_article_gives_one_claim_per_incident(ex):
    claims = ex.extract(Document("article", ARTICLE))
    got = {(c.date.edtf, c.location.name) for c in claims}
    assert got == {("2013-01-10", "Alamdar Road"), ("2013-02-16", "Hazara Town"),
                   ("2015-05-13", "Safoora Goth"), ("2010-05-28", "Model Town")}
    by_date = {c.date.edtf: c for c in claims}
    quetta = by_date["2013-01-10"]
    assert (quetta.killed.min, quetta.killed.max, quetta.injured.min) == (90, None, 120)
    assert quetta.event_type == EventType.BOMBING
    assert [(p.actor, p.basis) for p in quetta.perpetrators] == [
        ("Lashkar-e-Jhangvi", AttributionBasis.CLAIMED)]
    hazara = by_date["2013-02-16"]
    assert (hazara.killed.min, hazara.injured.min, hazara.injured.max) == (84, 200, 200)
    assert hazara.location.admin2 == "Quetta" and hazara.perpetrators == []
    safoora = by_date["2015-05-13"]
    assert safoora.killed.min == 46 and safoora.location.admin1_code == "PK-SD"
    assert safoora.event_type == EventType.ARMED_ATTACK
    assert [(p.actor, p.basis) for p in safoora.perpetrators] == [
        ("Islamic State", AttributionBasis.ALLEGED)]
    assert {t.group for t in safoora.targets} >= {"Ismaili"}
    lahore = by_date["2010-05-28"]
    assert lahore.killed.min == 94 and lahore.location.admin2 == "Lahore"
    assert {t.group for t in lahore.targets} >= {"Ahmadi"}
    assert lahore.perpetrators[0].basis == AttributionBasis.CLAIMED
    assert [c.claim for c in claims] == list(range(len(claims)))


def test_every_field_span_is_the_words(ex):
    for c in ex.extract(Document("article", ARTICLE)):
        assert c.text_span is not None
        for value, must_contain in ((c.date, c.date.edtf[:4] if c.date.edtf else None),
                                    (c.location, c.location.name)):
            if value.span is not None and must_contain:
                assert span_text(ARTICLE, value.span) in ARTICLE
        for cv in (c.killed, c.injured):
            if cv.span is not None:
                words = span_text(ARTICLE, cv.span)
                assert str(cv.min or cv.max) in words or any(ch.isalpha() for ch in words)
        for p in c.perpetrators:
            assert p.span is not None and len(span_text(ARTICLE, p.span)) >= 3
        for t in c.targets:
            assert t.span is not None and span_text(ARTICLE, t.span).lower().startswith(
                t.group.lower()[:3])
        if c.event_type_span:
            assert span_text(ARTICLE, c.event_type_span).strip()
        assert c.text_span[0] <= (c.killed.span or c.text_span)[0] < c.text_span[1]


def test_short_report_spans_are_exact(ex):
    text = ("Gunmen shot dead four Hazara men in Quetta's Hazara Town on Sunday. "
            "Lashkar-e-Jhangvi claimed responsibility.")
    c = one(ex, text, date(2012, 6, 4))
    assert span_text(text, c.date.span) == "Sunday" and c.date.edtf == "2012-06-03"
    assert span_text(text, c.location.span) == "Hazara Town"
    assert span_text(text, c.killed.span) == "shot dead four Hazara men"
    assert span_text(text, c.perpetrators[0].span) == "Lashkar-e-Jhangvi"
    assert span_text(text, c.event_type_span) in ("Gunmen", "shot")
    assert {span_text(text, t.span) for t in c.targets} >= {"Hazara"}
    assert 0.5 < c.confidence <= 0.95


def test_characterisation_is_kept_as_worded(ex):
    c = one(ex, "Activists called the killing of 20 Hazaras in Quetta a genocide.", date(2013, 2, 1))
    assert c.characterisation == "genocide" and c.killed.min == 20


def test_opinion_yields_no_claim(ex):
    assert ex.extract(Document("op", OPINION)) == []
    assert ex.extract(Document("op", OPINION * 8)) == []  # long-text path too


def test_short_one_incident_report_gives_exactly_one_claim(ex):
    text = ("A suicide bomber blew himself up outside a police station in Bannu, killing "
            "two policemen. A second explosion damaged nearby shops.")
    c = one(ex, text, date(2014, 3, 2))
    assert c.event_type == EventType.BOMBING and c.killed.min == 2


def test_extractor_is_registered_by_name():
    inst = get_extractor("rules-en")
    assert inst.name == "rules-en" and "en" in inst.languages
    assert get_extractor(language="en").name == "rules-en"


def test_cli_jsonl_reads_jsonl_and_text_files(tmp_path: Path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "r1", "published": "2012-04-03",
                               "text": "Three men were shot dead in Chilas yesterday."}) + "\n")
    art = tmp_path / "article.txt"
    art.write_text(ARTICLE)
    docs = list(documents_from_path(src))
    assert docs[0].source == "r1" and docs[0].published == date(2012, 4, 3)
    claims = list(extract_paths([src, art]))
    assert claims[0].source == "r1" and claims[0].date.edtf == "2012-04-02"
    assert claims[0].location.admin1_code == "PK-GB"
    assert {c.source for c in claims[1:]} == {str(art)}
    assert main([str(src)]) == 0
    line = capsys.readouterr().out.strip().splitlines()[0]
    rec = json.loads(line)
    assert rec["source"] == "r1" and rec["killed"] == {"min": 3, "max": 3, "span": [0, 24],
                                                        "qualifier": "exact"}


def test_speed_sanity_not_timed(ex):
    # Many documents in a row reuse the loaded tables; nothing grows per document.
    from gawahi.extract.places import gazetteer

    g = gazetteer()
    for i in range(300):
        ex.extract(Document(str(i), f"A blast killed {i % 7 + 1} people in Quetta.", date(2015, 1, 1)))
    assert gazetteer() is g
