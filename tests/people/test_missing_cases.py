"""Missing persons (status history, longest missing, petitions) and legal cases (stages)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from gawahi.people.cases import (
    CaseError,
    add_case,
    add_stage,
    get_case,
    list_cases,
    normalise_section,
    parse_sections,
)
from gawahi.people.missing import (
    MissingError,
    add_hearing,
    add_petition,
    history,
    open_case,
    petitions_for,
    set_status,
)
from gawahi.people.missing import (
    list_cases as list_missing,
)
from gawahi.people.persons import NewPersonRecord, add_person
from gawahi.store.db import Store
from gawahi.store.schema import audit_log


def _person(store: Store, name: str) -> int:
    with store.transaction() as conn:
        return add_person(conn, store.dialect, "t", NewPersonRecord(name=name))[0]


def test_status_history_and_longest_missing(store: Store) -> None:
    a = _person(store, "Ali Raza")
    b = _person(store, "Qamar Abbas")
    c = _person(store, "Zainab")
    d = _person(store, "Hasan")
    ca = open_case(store, actor="t", person_id=a, last_seen_date="2016-03-01",
                   last_seen_place="Quetta", last_seen_by="brother", taken_by="plain-clothes men")
    cb = open_case(store, actor="t", person_id=b, last_seen_date="2012-07-15", taken_by="FC",
                   taken_by_basis="alleged")
    cc = open_case(store, actor="t", person_id=c, last_seen_date="2010-01-01")
    cd = open_case(store, actor="t", person_id=d, last_seen_date="2019")
    with pytest.raises(MissingError, match="already has"):
        open_case(store, actor="t", person_id=a)
    set_status(store, ca, "acknowledged_in_custody", actor="t", on="2016-09-01")
    set_status(store, ca, "presented_in_court", actor="t", on="2017-01-10", note="ATC Quetta")
    set_status(store, cc, "found_dead", actor="t", on="2011-05-05")
    with pytest.raises(MissingError, match="already found_dead"):
        set_status(store, cc, "released", actor="t", on="2012-01-01")
    with pytest.raises(MissingError, match="before the current status date"):
        set_status(store, ca, "released", actor="t", on="2016-01-01")
    set_status(store, ca, "released", actor="t", on="2017-06-30")
    assert [h.status.value for h in history(store, ca)] == [
        "missing", "acknowledged_in_custody", "presented_in_court", "released"]
    assert [h.date for h in history(store, ca)][-1] == "2017-06-30"
    # Longest missing: resolved cases (released, found dead) left out; longest first.
    rows = list_missing(store, longest=True, today=date(2024, 1, 1))
    assert [r.case.id for r in rows] == [cb, cd]
    assert rows[0].days_missing == (date(2024, 1, 1) - date(2012, 7, 15)).days
    assert rows[0].case.taken_by_basis == "alleged" and rows[0].name == "Qamar Abbas"
    assert len(list_missing(store)) == 4


def test_petitions_and_hearings(store: Store) -> None:
    cid = open_case(store, actor="t", person_id=_person(store, "Ali"), last_seen_date="2018-02-02")
    with pytest.raises(MissingError, match="petition kind"):
        add_petition(store, actor="t", kind="prayer", missing_case_id=cid)
    hc = add_petition(store, actor="t", kind="habeas_corpus", missing_case_id=cid,
                      forum="Balochistan High Court", number="CP 123/2018", filed="2018-03-01",
                      next_hearing="2030-01-10")
    add_petition(store, actor="t", kind="coied", missing_case_id=cid, filed="2018-04-01")
    add_hearing(store, hc, actor="t", on="2030-01-10", outcome="adjourned", next_date="2030-02-14")
    (p1, hs), (p2, _) = petitions_for(store, cid)
    assert p1.next_hearing == "2030-02-14" and hs[0].outcome == "adjourned"
    assert p2.kind == "coied"
    (row,) = list_missing(store, today=date(2029, 1, 1))
    assert row.next_hearing == "2030-02-14"


def test_sections() -> None:
    assert normalise_section("295c") == "PPC 295-C"
    assert normalise_section("PPC 295-C") == "PPC 295-C"
    assert normalise_section("s. 298 B") == "PPC 298-B"
    assert normalise_section("ATA 7") == "ATA 7"
    assert normalise_section("302") == "PPC 302"
    assert parse_sections(["295-A, 295-B", "298C", "PPC 295-A"]) == [
        "PPC 295-A", "PPC 295-B", "PPC 298-C"]
    with pytest.raises(CaseError):
        normalise_section("blasphemy")


def test_case_stages(store: Store) -> None:
    accused_person = _person(store, "Accused Person")
    cid = add_case(store, actor="t", fir_number="123/2014", police_station="Kot Radha Kishan",
                   sections=["295-A", "295-B", "ATA 7"], fir_date="2014-11-04",
                   accused=["Mob of 400:alleged", f"person:{accused_person}:charged"])
    with pytest.raises(CaseError, match="already recorded"):
        add_case(store, actor="t", fir_number="123/2014", police_station="Kot Radha Kishan")
    with pytest.raises(CaseError, match="basis"):
        add_case(store, actor="t", fir_number="9", accused=["X:guilty"])
    add_stage(store, cid, "arrest", actor="t", on="2014-11-05", detail="44 arrested")
    add_stage(store, cid, "charge", actor="t", on="2015-01-20")
    add_stage(store, cid, "verdict", actor="t", on="2016-11-23", detail="5 sentenced to death")
    add_stage(store, cid, "bail", actor="t", on="2015-06-01")  # recorded late: not the latest
    v = get_case(store, cid)
    assert v is not None
    assert [e.stage.value for e in v.events] == ["fir", "arrest", "charge", "bail", "verdict"]
    assert v.case.stage is not None and v.case.stage.value == "verdict"
    assert v.case.status == "decided" and v.case.sections == ["PPC 295-A", "PPC 295-B", "ATA 7"]
    assert v.case.accused[1] == {"name": None, "basis": "charged", "person_id": accused_person}
    assert [c.id for c in list_cases(store, section="295b")] == [cid]
    assert list_cases(store, section="298-C") == []
    assert [c.id for c in list_cases(store, stage="verdict")] == [cid]
    with store.read() as conn:
        n = conn.execute(select(func.count()).select_from(audit_log)
                         .where(audit_log.c.table_name == "case_events")).scalar_one()
    assert n == 5
