"""Consolidation rules and pairwise scoring, on hand-built claims."""

from __future__ import annotations

from gawahi.link.consolidate import ClaimView, consolidate
from gawahi.link.scoring import THRESHOLD, Candidate, compare
from gawahi.model.claims import (
    CountValue,
    DateValue,
    ExtractedClaim,
    LocationValue,
    PerpetratorValue,
)
from gawahi.model.vocab import (
    AttributionBasis,
    DatePrecision,
    EventType,
    PlacePrecision,
    ReviewStatus,
)

QUETTA = LocationValue(name="Quetta", admin2="Quetta", admin1="Balochistan", admin1_code="PK-BA",
                       country="PK", lat=30.18, lon=66.98, precision=PlacePrecision.TOWN)
HAZARA_TOWN = LocationValue(name="Hazara Town", admin2="Quetta", admin1="Balochistan",
                            admin1_code="PK-BA", country="PK", lat=30.21, lon=66.94,
                            precision=PlacePrecision.POINT)
KARACHI = LocationValue(name="Karachi", admin2="Karachi", admin1="Sindh", admin1_code="PK-SD",
                        country="PK", lat=24.86, lon=67.01, precision=PlacePrecision.TOWN)


def day(d: str) -> DateValue:
    return DateValue(edtf=d, earliest=d, latest=d, precision=DatePrecision.DAY)


def month(m: str, last: str) -> DateValue:
    return DateValue(edtf=m, earliest=f"{m}-01", latest=last, precision=DatePrecision.MONTH)


def view(cid: int, sid: int, *, date: DateValue, loc: LocationValue, killed: CountValue,
         perps: list[PerpetratorValue] | None = None, et: EventType = EventType.BOMBING,
         status: ReviewStatus = ReviewStatus.SUGGESTED, published: str = "2013-02-17") -> ClaimView:
    c = ExtractedClaim(source=f"s{sid}", date=date, location=loc, killed=killed, event_type=et,
                       perpetrators=perps or [], confidence=0.8)
    return ClaimView(cid, sid, c, status, "C", published)


LEJ_CLAIMED = PerpetratorValue(actor="Lashkar-e-Jhangvi", basis=AttributionBasis.CLAIMED)
LEJ_ALLEGED = PerpetratorValue(actor="Lashkar-e-Jhangvi", basis=AttributionBasis.ALLEGED)


def test_counts_low_best_high_from_ranges() -> None:
    vs = [
        view(1, 1, date=day("2013-02-16"), loc=QUETTA, killed=CountValue(min=84, max=84)),
        view(2, 2, date=day("2013-02-16"), loc=HAZARA_TOWN, killed=CountValue(min=89, max=89)),
        view(3, 3, date=month("2013-02", "2013-02-28"), loc=QUETTA, killed=CountValue(min=None, max=100)),
        view(4, 4, date=day("2013-02-16"), loc=QUETTA, killed=CountValue(min=80, max=None)),
    ]
    out = consolidate(vs)
    assert (out["deaths_low"], out["deaths_best"], out["deaths_high"]) == (80, 84, 100)
    # The most specific place and date win; ties go to the latest report.
    assert out["place"] == "Hazara Town" and out["date_edtf"] == "2013-02-16"
    assert {d["value"] for d in out["disagreements"]["killed"]} == {"84", "89", "up to 100", "at least 80"}


def test_confirmed_claims_decide_best_and_rejected_are_ignored() -> None:
    vs = [
        view(1, 1, date=day("2013-02-16"), loc=QUETTA, killed=CountValue(min=84, max=84)),
        view(2, 2, date=day("2013-02-16"), loc=QUETTA, killed=CountValue(min=91, max=91),
             status=ReviewStatus.CONFIRMED),
        view(3, 3, date=day("2013-02-16"), loc=QUETTA, killed=CountValue(min=300, max=300),
             status=ReviewStatus.REJECTED),
    ]
    out = consolidate(vs)
    assert (out["deaths_low"], out["deaths_best"], out["deaths_high"]) == (84, 91, 91)
    assert out["n_claims"] == 2


def test_no_count_mentioned_is_null_not_zero() -> None:
    out = consolidate([view(1, 1, date=day("2013-03-09"), loc=KARACHI, killed=CountValue())])
    assert out["deaths_low"] is None and out["deaths_best"] is None and out["deaths_high"] is None


def test_allegation_and_claim_of_responsibility_stay_apart() -> None:
    vs = [
        view(1, 1, date=day("2013-02-16"), loc=QUETTA, killed=CountValue(min=84, max=84), perps=[LEJ_CLAIMED]),
        view(2, 2, date=day("2013-02-16"), loc=QUETTA, killed=CountValue(min=84, max=84), perps=[LEJ_ALLEGED]),
    ]
    out = consolidate(vs)
    assert out["perpetrators"] == [
        {"actor": "Lashkar-e-Jhangvi", "basis": "alleged", "claims": [2]},
        {"actor": "Lashkar-e-Jhangvi", "basis": "claimed", "claims": [1]},
    ]


def _cand(v: ClaimView, text: str = "bomb market Hazara Town") -> Candidate:
    return Candidate(v, text)


def test_same_event_scores_above_threshold_with_reasons() -> None:
    a = _cand(view(1, 1, date=day("2013-02-16"), loc=QUETTA, killed=CountValue(min=84, max=84), perps=[LEJ_CLAIMED]))
    b = _cand(view(2, 2, date=day("2013-02-17"), loc=HAZARA_TOWN, killed=CountValue(min=89, max=89), perps=[LEJ_CLAIMED]))
    m = compare(a, b)
    assert m.blocked is None and m.score >= THRESHOLD
    assert any("district" in r for r in m.reasons)


def test_blocking_same_source_other_province_far_dates() -> None:
    base = view(1, 1, date=day("2013-02-16"), loc=QUETTA, killed=CountValue(min=84, max=84))
    same_src = view(2, 1, date=day("2013-02-16"), loc=QUETTA, killed=CountValue(min=84, max=84))
    other_prov = view(3, 2, date=day("2013-02-16"), loc=KARACHI, killed=CountValue(min=84, max=84))
    later = view(4, 3, date=day("2013-03-20"), loc=QUETTA, killed=CountValue(min=84, max=84))
    assert compare(_cand(base), _cand(same_src)).blocked == "same source"
    assert "different places" in (compare(_cand(base), _cand(other_prov)).blocked or "")
    assert "dates do not overlap" in (compare(_cand(base), _cand(later)).blocked or "")


def test_spellings_of_one_place_are_one_place() -> None:
    from gawahi.link.consolidate import disagreements

    mirali = LocationValue(name="Mirali", gazetteer_name="Mir Ali", admin2="North Waziristan",
                           admin1_code="PK-KP", precision=PlacePrecision.TOWN)
    mir_ali = LocationValue(name="Mir Ali", admin2="North Waziristan", admin1_code="PK-KP",
                            precision=PlacePrecision.TOWN)
    vs = [view(1, 1, date=day("2019-03-02"), loc=mirali, killed=CountValue(min=2, max=2)),
          view(2, 2, date=day("2019-03-02"), loc=mir_ali, killed=CountValue(min=2, max=2))]
    assert "place" not in disagreements(vs)
    assert consolidate(vs)["place"] == "Mir Ali"
    from gawahi.link.scoring import _place_score

    assert _place_score(vs[0], vs[1]) == (1.0, "same place (Mir Ali)")
