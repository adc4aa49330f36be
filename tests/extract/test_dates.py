from __future__ import annotations

from datetime import date

from gawahi.extract.dates import find_dates
from gawahi.model.vocab import DatePrecision

from .conftest import one, span_text

PUB = date(2013, 1, 14)  # a Monday


def _only(text: str, published: date | None = PUB):
    ds = find_dates(text, published)
    assert len(ds) == 1, ds
    return ds[0].value


def test_absolute_day_month_year_both_orders():
    for text in ("Gunmen struck on 10 January 2013.", "Gunmen struck on January 10, 2013.",
                 "Gunmen struck on 10th of Jan 2013.", "Filed as 2013-01-10."):
        v = _only(text)
        assert (v.edtf, v.earliest, v.latest, v.precision) == (
            "2013-01-10", "2013-01-10", "2013-01-10", DatePrecision.DAY), text
        assert "10" in span_text(text, v.span)


def test_relative_dates_resolve_against_publication():
    assert _only("Two men were shot dead yesterday.").earliest == "2013-01-13"
    assert _only("A blast hit the market on Sunday.").earliest == "2013-01-13"
    assert _only("The bus was attacked on Monday.").earliest == "2013-01-14"  # same day
    v = _only("A grenade was thrown last night.")
    assert (v.earliest, v.latest) == ("2013-01-13", "2013-01-14")
    assert "relative" in v.flags


def test_relative_dates_need_a_publication_date():
    assert find_dates("Two men were shot dead yesterday.", None) == []


def test_partial_dates_have_precision_and_bounds():
    v = _only("The massacre took place in September 2011.")
    assert (v.edtf, v.earliest, v.latest, v.precision) == (
        "2011-09", "2011-09-01", "2011-09-30", DatePrecision.MONTH)
    v = _only("The bombing happened in 2009.")
    assert (v.edtf, v.earliest, v.latest, v.precision) == (
        "2009", "2009-01-01", "2009-12-31", DatePrecision.YEAR)
    v = _only("Attacks were common in the 1990s.")
    assert (v.edtf, v.earliest, v.latest) == ("199X", "1990-01-01", "1999-12-31")
    v = _only("He was freed in the early part of 2019.")
    assert (v.earliest, v.latest) == ("2019-01-01", "2019-04-30")
    assert span_text("He was freed in the early part of 2019.", v.span) == "the early part of 2019"


def test_ambiguous_numeric_dates_are_day_first_and_flagged():
    v = _only("The FIR was registered on 03/04/2012.")
    assert v.edtf == "2012-04-03" and "ambiguous_numeric" in v.flags
    v = _only("The FIR was registered on 25/04/2012.")
    assert v.edtf == "2012-04-25" and "ambiguous_numeric" not in v.flags
    v = _only("The FIR was registered on 04/25/2012.")  # only month-first makes sense
    assert v.edtf == "2012-04-25" and "ambiguous_numeric" not in v.flags


def test_yearless_day_takes_year_from_earlier_context():
    text = ("He was released in the early part of 2019. He spoke about the murder "
            "a few months before, on December 25th.")
    ds = find_dates(text, None)
    assert ds[-1].value.edtf == "2018-12-25" and "year_inferred" in ds[-1].value.flags


def test_may_as_a_verb_is_not_a_month():
    assert find_dates("The toll may 5 times exceed estimates.", PUB) == []


def test_report_without_a_date_defaults_to_publication_with_a_flag(ex):
    c = one(ex, "Three policemen were shot dead at a checkpost in Quetta.", date(2012, 6, 1))
    assert c.date.edtf == "2012-06-01" and "from_published" in c.date.flags and c.date.span is None


def test_dates_about_other_events_are_ignored(ex):
    text = ("A suicide bomber killed 9 people at a mosque in Peshawar. "
            "An earlier attempt on March 2 failed.")
    c = one(ex, text, date(2012, 3, 20))
    assert c.date.edtf == "2012-03-20"


def test_spans_of_days_keep_both_ends():
    def one_date(text: str) -> tuple[str | None, str | None, str | None]:
        (d,) = find_dates(text, None)
        return d.value.edtf, d.value.earliest, d.value.latest

    assert one_date("Between 1 and 3 August 2021, graves were desecrated.") == (
        "2021-08-01/2021-08-03", "2021-08-01", "2021-08-03")
    assert one_date("on the night of 4-5 February 2013") == ("2013-02-04/2013-02-05", "2013-02-04", "2013-02-05")
    assert one_date("On August 1-3, 2021 a mob") == ("2021-08-01/2021-08-03", "2021-08-01", "2021-08-03")
    # "and" joins two days only after "between": here 5 is a count, the day is 3 August.
    assert one_date("killed 5 and 3 August 2021") == ("2021-08-03", "2021-08-03", "2021-08-03")


def test_a_dateline_date_is_the_filing_day_and_anchors_relative_days(ex):
    # Filed Friday 17 February 2017; "Thursday evening" is the 16th; "said Friday" is a statement.
    c = one(ex, "ISLAMABAD, Feb 17 (AFP) - Security forces said Friday they had killed dozens of militants, "
                "hours after a suicide bomber tore through devotees at a shrine, killing at least 83 people. "
                "The bomber struck on Thursday evening.", date(2017, 2, 18))
    assert c.date.earliest == "2017-02-16"
    # Relative to the dateline, not to a later publication date.
    c = one(ex, "BANNU, Nov 12 (APP): A prayer leader was shot dead on Monday evening.", date(2013, 11, 14))
    assert c.date.earliest == "2013-11-11"
    # With nothing else stated, the dateline's day is the event's.
    c = one(ex, "QUETTA, Jan 10 (Reuters) - Two bombs killed 81 people.", date(2013, 1, 11))
    assert c.date.earliest == "2013-01-10"


def test_statement_days_and_named_weekdays(ex):
    c = one(ex, "GENEVA (4 April 2016) - The rapporteur today condemned the bombing in Lahore on Easter "
                "Sunday, 27 March, which killed at least 72 people.", date(2016, 4, 4))
    assert c.date.earliest == "2016-03-27"
    c = one(ex, "Unknown motorcyclists shot dead a Shia scholar last evening in Karachi.", date(2012, 12, 21))
    assert (c.date.earliest, c.date.latest) == ("2012-12-20", "2012-12-21")


def test_a_report_months_later_keeps_its_stated_date(ex):
    c = one(ex, "The commission recorded the enforced disappearance of a student who was picked up from "
                "his home in Turbat on 8 November 2021 by personnel of the Frontier Corps.", date(2022, 1, 15))
    assert c.date.earliest == "2021-11-08"


def test_more_day_wordings():
    pub = date(2013, 3, 18)  # a Monday

    def first(text: str) -> tuple[str | None, str | None]:
        d = find_dates(text, pub)[0]
        return d.value.earliest, d.value.latest

    assert first("on the night of 17/18 March gunmen") == ("2013-03-17", "2013-03-18")
    assert first("on the night of 3rd and 4th March") == ("2013-03-03", "2013-03-04")
    assert first("overnight, gunmen attacked") == ("2013-03-17", "2013-03-18")
    assert first("Date and time of occurrence: 14-03-2013 at about 2130 hours") == ("2013-03-14", "2013-03-14")
    assert first("last week") == ("2013-03-11", "2013-03-17")
    assert first("earlier this week") == ("2013-03-18", "2013-03-18")
    (d,) = find_dates("gunmen shot him dead last Friday", pub)
    assert d.value.earliest == "2013-03-15" and not d.other_event
