"""The person pages: a disappeared person's case, history and legal case, shown by clearance."""

from __future__ import annotations

from gawahi.people import cases, missing
from gawahi.people.persons import NewPersonRecord, add_person
from gawahi.store.db import Store
from tests.web.conftest import Seeded


def _missing_person(store: Store) -> int:
    with store.transaction() as conn:
        pid, _ = add_person(conn, store.dialect, "tester", NewPersonRecord(
            name="Syed Zafar Abbas s/o Syed Ghulam Abbas", names=["سید ظفر عباس"], sex="m",
            age_min=34, age_max=34, occupation="teacher", id_numbers=["42101-1234567-1"]))
    cid = missing.open_case(store, actor="tester", person_id=pid, last_seen_date="2016-08-14",
                            last_seen_place="Numaish, Karachi", last_seen_by="ZZWITNESSNAME",
                            taken_by="men in plain clothes", taken_by_basis="alleged")
    missing.set_status(store, cid, "acknowledged_in_custody", actor="tester", on="2017-01-02")
    cases.add_case(store, actor="tester", fir_number="112/2016", police_station="Brigade",
                   sections=["PPC 365"], person_id=pid, fir_date="2016-08-20")
    return pid


def test_person_page_by_clearance(seeded: Seeded) -> None:
    pid = _missing_person(seeded.store)
    reviewer = seeded.client("reviewer")
    html = reviewer.get(f"/people/{pid}").text
    assert "Zafar Abbas" in html and "سید ظفر عباس" in html
    assert "2016-08-14" in html and "Numaish, Karachi" in html
    assert "men in plain clothes" in html and "alleged" in html.lower()
    assert "2017-01-02" in html and "PPC 365" in html
    assert "ZZWITNESSNAME" not in html and "42101-1234567-1" not in html  # confidential
    admin_html = seeded.client("admin").get(f"/people/{pid}").text
    assert "ZZWITNESSNAME" in admin_html and "42101-1234567-1" in admin_html
    # A viewer (public clearance) learns nothing, not even that the person is on record.
    assert seeded.client("viewer").get(f"/people/{pid}").status_code == 404
    listing = seeded.client("viewer").get("/people").text
    assert "Zafar" not in listing and "Numaish" not in listing


def test_people_list_shows_longest_missing(seeded: Seeded) -> None:
    pid = _missing_person(seeded.store)
    html = seeded.client("reviewer").get("/people").text
    assert "Missing longest" in html and f"/people/{pid}" in html and "Zafar Abbas" in html
