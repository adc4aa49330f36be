"""Victim lists from other documentation groups: CSV or XLSX, column mapping, preview, import.

Each imported list becomes one named source (a `sources` row of kind `dataset`, raw bytes in
the vault when one is given) and one `victim_lists` row; each good row becomes a person with
one mention (`person_sources`) pointing at the list, so that overlaps between lists can be
counted after linkage. Bad rows are reported (row number, column, why) and skipped; the good
rows still import.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol

from dateutil import parser as dateparser
from sqlalchemy import select

from gawahi.ingest.readers import IngestError
from gawahi.ingest.safeio import check_container
from gawahi.model.records import VictimList
from gawahi.model.vocab import PersonRole, SourceKind
from gawahi.people.persons import (
    NewPersonRecord,
    PersonError,
    add_person,
    normalise_sex,
    parse_age,
)
from gawahi.store.audit import AuditedWriter, now_iso
from gawahi.store.db import Store
from gawahi.store.schema import sources, victim_lists
from gawahi.store.sources import NewSource, add_source, find_by_content_hash

#: Fields a column can be mapped to ("-" ignores a column).
FIELDS = {
    "name": "full name as written (may include 's/o father')",
    "father_name": "father's or husband's name",
    "alt_name": "another spelling (e.g. Urdu script)",
    "sex": "male / female / other (m, f accepted)",
    "age": "age or range (35, 30-35)",
    "age_min": "lower age",
    "age_max": "upper age",
    "sect": "sect (sensitive)",
    "ethnicity": "ethnicity (sensitive)",
    "occupation": "occupation",
    "home_district": "home district",
    "district": "district of the incident",
    "date": "date of the incident",
    "role": "killed, injured, abducted, disappeared, witness, accused",
    "id_number": "identity document number (confidential)",
    "contact": "contact details (confidential)",
    "incident_id": "Gawahi incident id",
    "notes": "kept with the row",
}
IGNORE = "-"

# Header words that map a column automatically when no --map is given.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("name", "full name", "victim", "victim name", "name of victim", "person", "نام",
             "shaheed", "name of deceased", "deceased"),
    "father_name": ("father", "father name", "fathers name", "father's name", "s/o",
                    "son of", "f/name", "parentage", "ولدیت", "والد", "walid"),
    "alt_name": ("urdu name", "name urdu", "name (urdu)", "alt name", "alias", "نام اردو"),
    "sex": ("sex", "gender", "جنس"),
    "age": ("age", "عمر", "age (years)"),
    "age_min": ("age min", "min age"),
    "age_max": ("age max", "max age"),
    "sect": ("sect", "religion", "faith", "مسلک", "مذہب"),
    "ethnicity": ("ethnicity", "ethnic group", "tribe", "community", "قوم"),
    "occupation": ("occupation", "profession", "job", "پیشہ"),
    "home_district": ("home district", "native district", "domicile", "residence"),
    "district": ("district", "place", "location", "city", "ضلع", "incident district"),
    "date": ("date", "incident date", "date of incident", "date of death", "date killed",
             "تاریخ", "date of abduction"),
    "role": ("role", "status", "type"),
    "id_number": ("cnic", "nic", "id", "id number", "id no", "national id", "شناختی کارڈ"),
    "contact": ("contact", "phone", "mobile"),
    "incident_id": ("incident id", "incident"),
    "notes": ("notes", "remarks", "comment", "comments", "details", "کیفیت"),
}
_ROLE_WORDS = {
    "killed": PersonRole.KILLED, "dead": PersonRole.KILLED, "died": PersonRole.KILLED,
    "martyred": PersonRole.KILLED, "shaheed": PersonRole.KILLED, "deceased": PersonRole.KILLED,
    "injured": PersonRole.INJURED, "wounded": PersonRole.INJURED,
    "abducted": PersonRole.ABDUCTED, "kidnapped": PersonRole.ABDUCTED,
    "disappeared": PersonRole.DISAPPEARED, "missing": PersonRole.DISAPPEARED,
    "witness": PersonRole.WITNESS, "accused": PersonRole.ACCUSED,
}


class ListImportError(ValueError):
    """The file as a whole cannot be imported (unreadable, no name column, already imported)."""


class BlobStore(Protocol):
    def put_bytes(self, data: bytes) -> str: ...


@dataclass(frozen=True)
class RowError:
    row: int  # spreadsheet row number: the header is row 1
    column: str | None
    message: str

    def __str__(self) -> str:
        col = f", column {self.column!r}" if self.column else ""
        return f"row {self.row}{col}: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "message": self.message}


@dataclass
class MappedRow:
    row: int
    record: NewPersonRecord
    values: dict[str, Any]  # field -> value as mapped (for preview)


@dataclass
class Table:
    headers: list[str]
    rows: list[tuple[int, dict[str, Any]]]  # (row number, header -> cell)


@dataclass
class Preview:
    headers: list[str]
    mapping: dict[str, str]
    unmapped: list[str]
    rows: list[MappedRow]
    errors: list[RowError]
    total_rows: int


@dataclass
class ImportReport:
    list_id: int
    source_id: int | None
    name: str
    total: int
    imported: int
    errors: list[RowError] = field(default_factory=list)
    person_ids: list[int] = field(default_factory=list)


# --------------------------------------------------------------------------------------------
# Reading files
# --------------------------------------------------------------------------------------------
def _decode(data: bytes) -> str:
    for enc in ("utf-8-sig", "utf-16"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("cp1252", errors="replace")


def read_table(path: str | Path, data: bytes | None = None, sheet: str | None = None) -> Table:
    """Rows of a CSV (any delimiter csv.Sniffer recognises) or an XLSX sheet."""
    p = Path(path)
    if data is None:
        try:
            data = p.read_bytes()
        except OSError as exc:
            raise ListImportError(f"{p}: cannot read ({exc.strerror})") from exc
    suffix = p.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(data, sheet, str(p))
    if suffix in (".xls", ".ods"):
        raise ListImportError(f"{p}: {suffix} is not supported; save the sheet as .xlsx or .csv")
    return _read_csv(_decode(data), str(p))


def _clean_headers(raw: list[Any], where: str) -> list[str]:
    headers: list[str] = []
    for i, h in enumerate(raw):
        name = str(h).strip() if h is not None and str(h).strip() else f"column{i + 1}"
        if name in headers:
            name = f"{name}_{i + 1}"
        headers.append(name)
    if not any(h for h in headers):
        raise ListImportError(f"{where}: the first row has no column names")
    return headers


def _read_csv(text: str, where: str) -> Table:
    sample = text[:8192]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    # newline="" semantics: a bare CR inside a field is data, not a broken row.
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header_row = next(reader)
    except StopIteration as exc:
        raise ListImportError(f"{where}: the file is empty") from exc
    except csv.Error as exc:
        raise ListImportError(f"{where}: not readable as CSV ({exc})") from exc
    headers = _clean_headers(header_row, where)
    rows: list[tuple[int, dict[str, Any]]] = []
    for n, cells in _csv_rows(reader, where):
        if not any(c.strip() for c in cells):
            continue
        rec: dict[str, Any] = {h: (cells[i] if i < len(cells) else "") for i, h in enumerate(headers)}
        if len(cells) > len(headers) and any(c.strip() for c in cells[len(headers):]):
            rec["__extra__"] = cells[len(headers):]
        rows.append((n, rec))
    return Table(headers, rows)


def _csv_rows(reader: Any, where: str) -> Iterator[tuple[int, list[str]]]:
    n = 1
    while True:
        n += 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise ListImportError(f"{where}: row {n} is not readable as CSV ({exc})") from exc
        yield n, cells


def _read_xlsx(data: bytes, sheet: str | None, where: str) -> Table:
    try:
        import openpyxl
    except ImportError as exc:  # pragma: no cover - dependency note
        raise ListImportError("reading .xlsx needs openpyxl (pip install openpyxl)") from exc
    try:
        # An .xlsx is a zip: refuse a decompression bomb before openpyxl expands it.
        check_container(where, data)
    except IngestError as exc:
        raise ListImportError(f"{where}: {exc}") from exc
    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise ListImportError(f"{where}: not a readable .xlsx file ({exc.__class__.__name__})") from exc
    if sheet is None and not wb.worksheets:
        raise ListImportError(f"{where}: the workbook has no sheets")
    try:
        ws = wb[sheet] if sheet else wb.worksheets[0]
    except KeyError as exc:
        raise ListImportError(f"{where}: no sheet named {sheet!r} (sheets: {wb.sheetnames})") from exc
    it = ws.iter_rows(values_only=True)
    try:
        header_row = list(next(it))
    except StopIteration as exc:
        raise ListImportError(f"{where}: the sheet is empty") from exc
    headers = _clean_headers(header_row, where)
    rows: list[tuple[int, dict[str, Any]]] = []
    for n, cells in enumerate(it, start=2):
        if not any(c is not None and str(c).strip() for c in cells):
            continue
        rows.append((n, {h: (cells[i] if i < len(cells) else None) for i, h in enumerate(headers)}))
    wb.close()
    return Table(headers, rows)


# --------------------------------------------------------------------------------------------
# Mapping
# --------------------------------------------------------------------------------------------
def parse_mapping(items: list[str]) -> dict[str, str]:
    """["Victim Name=name", "Age=age"] -> {"Victim Name": "name", "Age": "age"}."""
    out: dict[str, str] = {}
    for item in items:
        if "=" not in item:
            raise ListImportError(f"--map {item!r}: write COLUMN=FIELD (fields: {', '.join(FIELDS)})")
        col, fld = item.rsplit("=", 1)
        col, fld = col.strip(), fld.strip().lower()
        if fld not in FIELDS and fld != IGNORE:
            raise ListImportError(
                f"--map {item!r}: unknown field {fld!r}; use one of {', '.join(FIELDS)} or -"
            )
        out[col] = fld
    return out


def _norm_header(h: str) -> str:
    return re.sub(r"[\s_.:]+", " ", h.strip().lower()).strip()


def auto_mapping(headers: list[str], given: Mapping[str, str] | None = None) -> dict[str, str]:
    """Explicit mappings first, then columns whose header is a known synonym of a field."""
    given = dict(given or {})
    lower = {h.lower(): h for h in headers}
    out: dict[str, str] = {}
    for col, fld in given.items():
        real = col if col in headers else lower.get(col.lower())
        if real is None:
            raise ListImportError(f"--map: no column named {col!r} (columns: {', '.join(headers)})")
        out[real] = fld
    taken = set(out.values())
    for h in headers:
        if h in out:
            continue
        nh = _norm_header(h)
        for fld, words in _SYNONYMS.items():
            if fld in taken:
                continue
            if nh in words:
                out[h] = fld
                taken.add(fld)
                break
    return out


# --------------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------------
def parse_date(value: object) -> str | None:
    """ISO date (YYYY-MM-DD, or YYYY-MM / YYYY when that is all the value says).

    Ambiguous numeric dates are read day first (10/01/2013 = 10 January), as in Pakistan.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    s = str(value).strip()
    if not s:
        return None
    if re.fullmatch(r"\d{4}", s):
        return s
    if re.fullmatch(r"\d{4}-\d{2}", s):
        return s
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        date.fromisoformat(s)
        return s
    m = re.fullmatch(r"([A-Za-z]+)[\s,]+(\d{4})", s)
    if m:
        d = dateparser.parse(f"1 {m.group(1)} {m.group(2)}")
        return f"{d.year:04d}-{d.month:02d}"
    d = dateparser.parse(s, dayfirst=True, default=datetime(1, 1, 1))
    if d.year == 1:
        raise ValueError("no year")
    return d.date().isoformat()


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    s = str(value).strip()
    return s or None


def map_row(
    row_no: int, cells: Mapping[str, Any], mapping: Mapping[str, str],
    *, list_id: int | None = None, source_id: int | None = None,
    default_role: PersonRole | None = None,
) -> tuple[MappedRow | None, list[RowError]]:
    """One row through the mapping: a person record, or the errors that stop it."""
    errors: list[RowError] = []
    values: dict[str, Any] = {}
    col_of: dict[str, str] = {}
    for col, fld in mapping.items():
        if fld == IGNORE:
            continue
        v = _text(cells.get(col))
        if fld in values and values[fld] is not None:
            if v is not None:
                values[fld] = f"{values[fld]} {v}"  # two columns into one field: joined
            continue
        values[fld] = v
        col_of[fld] = col
    if "__extra__" in cells:
        errors.append(RowError(row_no, None, f"more cells than columns ({len(cells['__extra__'])} extra)"))
    rec = NewPersonRecord(name=values.get("name") or "", list_id=list_id, source_id=source_id,
                          row_number=row_no, role=default_role)
    if not rec.name:
        errors.append(RowError(row_no, col_of.get("name"), "no name"))
    rec.father_name = values.get("father_name")
    if values.get("alt_name"):
        rec.names = [values["alt_name"]]

    def check(fld: str, fn: Any) -> Any:
        raw = cells.get(col_of[fld]) if fld in col_of else None
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        try:
            return fn(raw)
        except (PersonError, ValueError, OverflowError) as exc:
            msg = str(exc) if isinstance(exc, PersonError) else f"{fld} {str(raw)!r} is not understood ({exc})"
            errors.append(RowError(row_no, col_of[fld], msg))
            return None

    rec.sex = check("sex", lambda v: normalise_sex(str(v)))
    ages = check("age", parse_age)
    if ages:
        rec.age_min, rec.age_max = ages
    lo = check("age_min", parse_age)
    hi = check("age_max", parse_age)
    if lo:
        rec.age_min = lo[0]
    if hi:
        rec.age_max = hi[1]
    if rec.age_min is not None and rec.age_max is not None and rec.age_min > rec.age_max:
        errors.append(RowError(row_no, col_of.get("age_max") or col_of.get("age"),
                               f"age range {rec.age_min}-{rec.age_max} runs backwards"))
    rec.incident_date = check("date", parse_date)
    if rec.incident_date and rec.incident_date > date.today().isoformat():
        errors.append(RowError(row_no, col_of.get("date"), f"date {rec.incident_date} is in the future"))

    def role_of(v: object) -> PersonRole:
        r = _ROLE_WORDS.get(str(v).strip().lower())
        if r is None:
            raise PersonError(f"role {v!r} is not one of {', '.join(p.value for p in PersonRole)}")
        return r

    role = check("role", role_of)
    if role:
        rec.role = role
    inc = check("incident_id", lambda v: int(str(v).strip()))
    if inc is not None:
        rec.incident_id = inc
    rec.sect = values.get("sect")
    rec.ethnicity = values.get("ethnicity")
    rec.occupation = values.get("occupation")
    rec.home_district = values.get("home_district")
    rec.district = values.get("district")
    rec.contact = values.get("contact")
    if values.get("id_number"):
        rec.id_numbers = [values["id_number"]]
    rec.data = {k: _jsonable(v) for k, v in cells.items() if k != "__extra__"}
    if errors:
        return None, errors
    shown = dict(values)
    shown.update({"age_min": rec.age_min, "age_max": rec.age_max, "sex": rec.sex,
                  "date": rec.incident_date, "role": rec.role.value if rec.role else None})
    return MappedRow(row_no, rec, shown), []


def _jsonable(v: object) -> object:
    if isinstance(v, datetime | date):
        return v.isoformat()
    if v is None or isinstance(v, str | int | float | bool):
        return v
    return str(v)


def iter_mapped(
    table: Table, mapping: Mapping[str, str], **kw: Any
) -> Iterator[tuple[MappedRow | None, list[RowError]]]:
    for row_no, cells in table.rows:
        yield map_row(row_no, cells, mapping, **kw)


def _require_name(mapping: Mapping[str, str], headers: list[str]) -> None:
    if "name" not in mapping.values():
        raise ListImportError(
            "no column is mapped to 'name'; add --map COLUMN=name (columns: "
            + ", ".join(headers) + ")"
        )


def preview_list(
    path: str | Path, mapping: Mapping[str, str] | None = None, *, rows: int = 10,
    sheet: str | None = None,
) -> Preview:
    """The first rows as mapped, and the errors of every row (nothing is stored)."""
    table = read_table(path, sheet=sheet)
    m = auto_mapping(table.headers, mapping)
    _require_name(m, table.headers)
    shown: list[MappedRow] = []
    errors: list[RowError] = []
    for mapped, errs in iter_mapped(table, m):
        errors.extend(errs)
        if mapped and len(shown) < rows:
            shown.append(mapped)
    unmapped = [h for h in table.headers if h not in m]
    return Preview(table.headers, m, unmapped, shown, errors, len(table.rows))


def import_list(
    store: Store,
    path: str | Path,
    name: str,
    *,
    actor: str,
    mapping: Mapping[str, str] | None = None,
    vault: BlobStore | None = None,
    organisation: str | None = None,
    role: PersonRole | None = PersonRole.KILLED,
    sheet: str | None = None,
    notes: str | None = None,
) -> ImportReport:
    """Import a list as a named source; good rows become persons, bad rows are reported."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ListImportError(f"{p}: cannot read ({exc.strerror})") from exc
    if not name.strip():
        raise ListImportError("a list needs a name (--name)")
    table = read_table(p, data, sheet=sheet)
    m = auto_mapping(table.headers, mapping)
    _require_name(m, table.headers)
    file_hash = hashlib.sha256(data).hexdigest()
    raw_hash = vault.put_bytes(data) if vault is not None else file_hash
    with store.transaction() as conn:
        if conn.execute(select(victim_lists.c.id).where(victim_lists.c.name == name)).first():
            raise ListImportError(f"a list named {name!r} already exists; choose another --name")
        prev = conn.execute(
            select(victim_lists.c.name).where(victim_lists.c.file_hash == file_hash)
        ).first()
        if prev is not None:
            raise ListImportError(f"{p.name}: this exact file was already imported as list {prev[0]!r}")
        sid: int | None
        if find_by_content_hash(conn, file_hash) is not None:
            sid = find_by_content_hash(conn, file_hash)
        else:
            sid = add_source(
                conn, store.dialect, actor,
                NewSource(
                    content_hash=file_hash, raw_hash=raw_hash, kind=SourceKind.DATASET,
                    # The text names no one: the names stay in restricted person records.
                    text=f"Victim list {name!r} ({len(table.rows)} rows) imported from {p.name}"
                    + (f", compiled by {organisation}" if organisation else "") + ".",
                    title=name, outlet=organisation, origin=str(p),
                    extra={"victim_list": name, "columns": table.headers},
                ),
            ).source_id
            AuditedWriter(conn, store.dialect, actor).update(
                sources, sid, {"sensitivity": "restricted"}, reason="victim list"
            )
        w = AuditedWriter(conn, store.dialect, actor)
        list_id = w.insert(
            victim_lists,
            {"name": name, "source_id": sid, "organisation": organisation, "filename": str(p),
             "file_hash": file_hash, "mapping": dict(m), "rows_total": len(table.rows),
             "imported_at": now_iso(), "imported_by": actor, "notes": notes},
            reason="import victim list",
        )
        report = ImportReport(list_id, sid, name, len(table.rows), 0)
        for mapped, errs in iter_mapped(table, m, list_id=list_id, source_id=sid,
                                        default_role=role):
            if mapped is None:
                report.errors.extend(errs)
                continue
            pid, _ = add_person(conn, store.dialect, actor, mapped.record,
                                reason=f"victim list {name}")
            report.person_ids.append(pid)
            report.imported += 1
        w.update(
            victim_lists, list_id,
            {"rows_imported": report.imported, "rows_failed": len({e.row for e in report.errors}),
             "errors": [e.to_dict() for e in report.errors] or None},
            reason="import victim list",
        )
    return report


def list_lists(store: Store) -> list[VictimList]:
    with store.read() as conn:
        rows = conn.execute(select(victim_lists).order_by(victim_lists.c.id)).mappings()
        return [VictimList.model_validate(dict(r)) for r in rows]
