"""Victim list import: column mapping, preview, bad rows, XLSX, one named source per list."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from gawahi.people.lists import (
    ListImportError,
    auto_mapping,
    import_list,
    parse_date,
    parse_mapping,
    preview_list,
)
from gawahi.people.persons import get_person, mentions
from gawahi.store.db import Store
from gawahi.store.schema import audit_log, person_sources, sources, victim_lists
from gawahi.vault.cas import LocalVault

CSV = """Victim Name,Father,Age,District,Date,Sect,CNIC
Syed Ali Raza,Syed Hasan Abbas,35,Quetta,10/01/2013,Shia,42101-1234567-1
Muhammad Hussain s/o Ghulam Abbas,,40-45,Quetta,2013-01-10,Shia,
,Nobody,30,Quetta,2013-01-10,,
Zainab d/o Qasim,,abc,Quetta,2013-02-16,,
Fatima,Jafar,22,Kurram,2099-01-01,,
Qamar Abbas,Ali,,Kurram,16 Feb 2013,,
"""


def _csv(tmp_path: Path, text: str = CSV, name: str = "hrcp.csv") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_mapping_parsing_and_auto_mapping() -> None:
    assert parse_mapping(["Victim Name=name", "Age=age", "Junk=-"]) == {
        "Victim Name": "name", "Age": "age", "Junk": "-"}
    with pytest.raises(ListImportError, match="unknown field"):
        parse_mapping(["Age=years"])
    with pytest.raises(ListImportError, match="COLUMN=FIELD"):
        parse_mapping(["Age"])
    m = auto_mapping(["Victim Name", "Father", "Age", "CNIC", "Other"], {"Victim Name": "name"})
    assert m == {"Victim Name": "name", "Father": "father_name", "Age": "age", "CNIC": "id_number"}


def test_dates() -> None:
    assert parse_date("10/01/2013") == "2013-01-10"  # day first, as in Pakistan
    assert parse_date("2013-01-10") == "2013-01-10"
    assert parse_date("16 Feb 2013") == "2013-02-16"
    assert parse_date("2013") == "2013"
    assert parse_date("Feb 2013") == "2013-02"
    with pytest.raises(ValueError):
        parse_date("soon")


def test_preview_shows_mapped_rows_and_every_error(tmp_path: Path) -> None:
    pv = preview_list(_csv(tmp_path), {"Victim Name": "name"}, rows=2)
    assert pv.total_rows == 6
    assert [r.row for r in pv.rows] == [2, 3]
    assert pv.rows[0].values["name"] == "Syed Ali Raza"
    assert pv.rows[0].values["date"] == "2013-01-10"
    assert pv.rows[1].values["age_min"] == 40 and pv.rows[1].values["age_max"] == 45
    errs = {(e.row, e.column): e.message for e in pv.errors}
    assert errs[(4, "Victim Name")] == "no name"
    assert "abc" in errs[(5, "Age")]
    assert "future" in errs[(6, "Date")]
    assert str(pv.errors[0]).startswith("row 4, column 'Victim Name'")


def test_preview_requires_a_name_column(tmp_path: Path) -> None:
    with pytest.raises(ListImportError, match="mapped to 'name'"):
        preview_list(_csv(tmp_path, "Who,Age\nAli,3\n"))


def test_import_keeps_good_rows_and_reports_bad_ones(store: Store, tmp_path: Path) -> None:
    vault = LocalVault(tmp_path / "vault")
    rep = import_list(store, _csv(tmp_path), "HRCP 2013", actor="tester",
                      mapping={"Victim Name": "name"}, vault=vault, organisation="HRCP")
    assert rep.total == 6 and rep.imported == 3
    assert sorted({e.row for e in rep.errors}) == [4, 5, 6]
    with store.read() as conn:
        vl = conn.execute(select(victim_lists)).mappings().one()
        assert vl["rows_imported"] == 3 and vl["rows_failed"] == 3 and vl["name"] == "HRCP 2013"
        src = conn.execute(select(sources).where(sources.c.id == vl["source_id"])).mappings().one()
        assert src["kind"] == "dataset" and src["sensitivity"] == "restricted"
        assert "Ali" not in src["text"]  # the public text names no one
        assert vault.get(src["raw_hash"]).startswith(b"Victim Name,")  # raw bytes preserved
        p = get_person(conn, rep.person_ids[0])
        assert p is not None and p.name == "Syed Ali Raza" and p.father_name == "Syed Hasan Abbas"
        assert p.id_numbers == ["42101-1234567-1"] and p.sect == "Shia"
        ms = mentions(conn, p.id)
        assert ms[0].list_id == vl["id"] and ms[0].row_number == 2
        assert ms[0].incident_date == "2013-01-10" and ms[0].name_key == "ali raza"
        p2 = get_person(conn, rep.person_ids[1])
        assert p2 is not None and p2.name == "Muhammad Hussain" and p2.father_name == "Ghulam Abbas"
        # Every write is in the audit log.
        n_audit = conn.execute(select(func.count()).select_from(audit_log)
                               .where(audit_log.c.table_name == "person_sources")).scalar_one()
        assert n_audit == 3


def test_same_file_or_name_twice_is_refused(store: Store, tmp_path: Path) -> None:
    p = _csv(tmp_path)
    import_list(store, p, "A", actor="t", mapping={"Victim Name": "name"})
    with pytest.raises(ListImportError, match="already imported as list 'A'"):
        import_list(store, p, "B", actor="t", mapping={"Victim Name": "name"})
    other = _csv(tmp_path, "Name\nAli\n", "other.csv")
    with pytest.raises(ListImportError, match="already exists"):
        import_list(store, other, "A", actor="t")
    with store.read() as conn:
        assert conn.execute(select(func.count()).select_from(person_sources)).scalar_one() == 3


def test_xlsx_import(store: Store, tmp_path: Path) -> None:
    import datetime as dt

    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["نام", "ولدیت", "عمر", "ضلع", "تاریخ"])
    ws.append(["سید علی رضا", "حسن عباس", 36, "Quetta", dt.datetime(2013, 1, 10)])
    ws.append(["Mohd Husain", "Gulam Abbas", "", "Quetta", "10 Jan 2013"])
    ws.append([None, None, None, None, None])
    ws.append(["", "x", 200, "Quetta", None])
    path = tmp_path / "community.xlsx"
    wb.save(path)
    rep = import_list(store, path, "Community", actor="t")
    assert rep.imported == 2
    assert [(e.row, e.column) for e in rep.errors] == [(5, "نام"), (5, "عمر")]
    with store.read() as conn:
        ms = conn.execute(select(person_sources).order_by(person_sources.c.id)).mappings().all()
        assert ms[0]["name_key"] == "ali raza" and ms[0]["incident_date"] == "2013-01-10"
        assert ms[0]["age_min"] == 36 and ms[1]["father_key"] == "ghulam abbas"
