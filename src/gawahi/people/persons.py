"""Person records and their mentions (person_sources): add, read, list, merge.

A person is the real individual; a person_sources row is one mention of them in one list row
or source. Linking merges persons (the merged one keeps its row with `merged_into` set) and
moves every mention to the survivor, so no source is ever dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, func, or_, select

from gawahi.model.records import Person, PersonSource
from gawahi.model.vocab import PersonRole
from gawahi.people.names import parse_name
from gawahi.store.audit import AuditedWriter, now_iso
from gawahi.store.dialect import Dialect
from gawahi.store.schema import person_incidents, person_sources, persons

SEXES = {"m": "male", "male": "male", "man": "male", "boy": "male", "mard": "male", "مرد": "male",
         "f": "female", "female": "female", "woman": "female", "girl": "female", "aurat": "female",
         "عورت": "female", "خاتون": "female", "other": "other", "x": "other"}


class PersonError(ValueError):
    """A person record that cannot be stored as given."""


def normalise_sex(value: str | None) -> str | None:
    if value is None or not str(value).strip():
        return None
    v = str(value).strip().lower()
    if v in SEXES:
        return SEXES[v]
    raise PersonError(f"sex {value!r} is not one of male, female, other (m/f accepted)")


def parse_age(value: object) -> tuple[int | None, int | None]:
    """"35" -> (35, 35); "30-35" -> (30, 35); "about 40" -> (40, 40); "" -> (None, None)."""
    if value is None:
        return None, None
    if isinstance(value, int | float) and not isinstance(value, bool):
        if value != value:  # NaN
            return None, None
        a = int(value)
        _check_age(a, value)
        return a, a
    s = str(value).strip().lower()
    if not s:
        return None, None
    nums = [int(n) for n in re.findall(r"\d+", s)]
    if not nums or len(nums) > 2 or re.search(r"[a-z]", re.sub(r"about|approx|c\.|ca|years?|yrs?|y|to|and", "", s)):
        raise PersonError(f"age {value!r} is not a number or a range like 30-35")
    lo, hi = (nums[0], nums[0]) if len(nums) == 1 else (min(nums), max(nums))
    _check_age(lo, value)
    _check_age(hi, value)
    return lo, hi


def _check_age(a: int, raw: object) -> None:
    if a < 0 or a > 120:
        raise PersonError(f"age {raw!r} is outside 0-120")


def normalise_id_number(value: str) -> str:
    """CNIC numbers keep their 5-7-1 dashes; other numbers are stripped of spaces."""
    digits = re.sub(r"\D", "", value)
    if len(digits) == 13:
        return f"{digits[:5]}-{digits[5:12]}-{digits[12]}"
    return re.sub(r"\s+", "", value.strip())


@dataclass
class NewPersonRecord:
    """A person as one source or list row gives them."""

    name: str
    father_name: str | None = None
    names: list[str] = field(default_factory=list)  # other spellings, either script
    sex: str | None = None
    age_min: int | None = None
    age_max: int | None = None
    sect: str | None = None
    ethnicity: str | None = None
    occupation: str | None = None
    home_district: str | None = None
    district: str | None = None  # of the incident
    incident_date: str | None = None
    incident_id: int | None = None
    role: PersonRole | None = None
    id_numbers: list[str] = field(default_factory=list)
    contact: str | None = None
    list_id: int | None = None
    source_id: int | None = None
    row_number: int | None = None
    data: dict[str, Any] | None = None


def add_person(
    conn: Connection, dialect: Dialect, actor: str, rec: NewPersonRecord, *, reason: str = "add person"
) -> tuple[int, int]:
    """Store a new person and their first mention; returns (person_id, person_source_id)."""
    if not rec.name or not rec.name.strip():
        raise PersonError("a person needs a name")
    parsed = parse_name(rec.name, rec.father_name)
    own = parsed.name or rec.name.strip()
    father = parsed.father
    w = AuditedWriter(conn, dialect, actor)
    now = now_iso()
    names = [own, *[n for n in rec.names if n and n != own]]
    if rec.name.strip() != own:
        names.append(rec.name.strip())
    pid = w.insert(
        persons,
        {
            "name": own,
            "names": sorted(set(names), key=names.index),
            "father_name": father,
            "sex": rec.sex,
            "age_min": rec.age_min,
            "age_max": rec.age_max,
            "sect": rec.sect,
            "ethnicity": rec.ethnicity,
            "occupation": rec.occupation,
            "home_district": rec.home_district,
            "id_numbers": [normalise_id_number(i) for i in rec.id_numbers] or None,
            "contact": rec.contact,
            "sensitivity": "restricted",
            "created_at": now,
            "updated_at": now,
            "name_key": parsed.key or None,
        },
        reason=reason,
    )
    psid = add_mention(conn, dialect, actor, pid, rec, reason=reason)
    if rec.role is not None and (rec.incident_id is not None or rec.source_id is not None):
        w.insert(
            person_incidents,
            {"person_id": pid, "incident_id": rec.incident_id, "role": rec.role.value,
             "source_id": rec.source_id},
            reason=reason,
        )
    return pid, psid


def add_mention(
    conn: Connection, dialect: Dialect, actor: str, person_id: int, rec: NewPersonRecord,
    *, reason: str = "add mention",
) -> int:
    parsed = parse_name(rec.name, rec.father_name)
    return AuditedWriter(conn, dialect, actor).insert(
        person_sources,
        {
            "person_id": person_id,
            "list_id": rec.list_id,
            "source_id": rec.source_id,
            "row_number": rec.row_number,
            "incident_id": rec.incident_id,
            "role": rec.role.value if rec.role else None,
            "name": parsed.name or rec.name.strip(),
            "father_name": parsed.father,
            "name_key": parsed.key or None,
            "father_key": parsed.father_key,
            "sex": rec.sex,
            "age_min": rec.age_min,
            "age_max": rec.age_max,
            "sect": rec.sect,
            "ethnicity": rec.ethnicity,
            "occupation": rec.occupation,
            "district": rec.district or rec.home_district,
            "incident_date": rec.incident_date,
            "id_numbers": [normalise_id_number(i) for i in rec.id_numbers] or None,
            "data": rec.data,
            "created_at": now_iso(),
        },
        reason=reason,
    )


def _person(row: Any) -> Person:
    d = dict(row)
    d["names"] = d.get("names") or []
    d["id_numbers"] = d.get("id_numbers") or []
    return Person.model_validate(d)


def _mention(row: Any) -> PersonSource:
    d = dict(row)
    d["id_numbers"] = d.get("id_numbers") or []
    return PersonSource.model_validate(d)


def get_person(conn: Connection, person_id: int) -> Person | None:
    row = conn.execute(select(persons).where(persons.c.id == person_id)).mappings().first()
    return _person(row) if row else None


def resolve_person(conn: Connection, person_id: int) -> int:
    """Follow `merged_into` to the surviving person."""
    seen = set()
    pid = person_id
    while pid not in seen:
        seen.add(pid)
        row = conn.execute(select(persons.c.merged_into).where(persons.c.id == pid)).first()
        if row is None:
            raise LookupError(f"person {person_id} does not exist")
        if row[0] is None:
            return pid
        pid = int(row[0])
    return pid


def mentions(conn: Connection, person_id: int) -> list[PersonSource]:
    rows = conn.execute(
        select(person_sources).where(person_sources.c.person_id == person_id)
        .order_by(person_sources.c.id)
    ).mappings()
    return [_mention(r) for r in rows]


def list_persons(
    conn: Connection, *, query: str | None = None, limit: int = 50, offset: int = 0,
    include_merged: bool = False,
) -> list[Person]:
    q = select(persons).order_by(persons.c.id).limit(limit).offset(offset)
    if not include_merged:
        q = q.where(persons.c.merged_into.is_(None))
    if query:
        from gawahi.people.names import name_key

        key = name_key(query)
        like = f"%{query.lower()}%"
        conds: list[Any] = [func.lower(persons.c.name).like(like)]
        if key:
            conds.append(persons.c.name_key == key)
            conds.append(persons.c.name_key.like(f"%{key}%"))
        q = q.where(or_(*conds))
    return [_person(r) for r in conn.execute(q).mappings()]


def count_persons(conn: Connection) -> int:
    return int(conn.execute(
        select(func.count()).select_from(persons).where(persons.c.merged_into.is_(None))
    ).scalar_one())


def merge_persons(
    conn: Connection, dialect: Dialect, actor: str, person_ids: Iterable[int], *, reason: str,
) -> int:
    """Merge several persons into one (the lowest id survives); every mention, incident link
    and name variant is kept. Returns the surviving id."""
    ids = sorted({resolve_person(conn, p) for p in person_ids})
    if not ids:
        raise PersonError("nothing to merge")
    keep = ids[0]
    if len(ids) == 1:
        return keep
    w = AuditedWriter(conn, dialect, actor)
    survivor = get_person(conn, keep)
    assert survivor is not None
    names = list(survivor.names or [survivor.name])
    ids_nums = list(survivor.id_numbers)
    values: dict[str, Any] = {}
    for other_id in ids[1:]:
        other = get_person(conn, other_id)
        assert other is not None
        for n in [other.name, *other.names]:
            if n not in names:
                names.append(n)
        for i in other.id_numbers:
            if i not in ids_nums:
                ids_nums.append(i)
        for fld in ("father_name", "sex", "sect", "ethnicity", "occupation", "home_district",
                    "contact"):
            if getattr(survivor, fld) is None and getattr(other, fld) is not None and fld not in values:
                values[fld] = getattr(other, fld)
        lo = [a for a in (survivor.age_min, other.age_min) if a is not None]
        hi = [a for a in (survivor.age_max, other.age_max) if a is not None]
        if lo:
            values["age_min"] = min(lo + ([values["age_min"]] if "age_min" in values else []))
        if hi:
            values["age_max"] = max(hi + ([values["age_max"]] if "age_max" in values else []))
        for ms in conn.execute(
            select(person_sources.c.id).where(person_sources.c.person_id == other_id)
        ).scalars().all():
            w.update(person_sources, ms, {"person_id": keep}, reason=reason, action="merge")
        for pi in conn.execute(
            select(person_incidents.c.id).where(person_incidents.c.person_id == other_id)
        ).scalars().all():
            w.update(person_incidents, pi, {"person_id": keep}, reason=reason, action="merge")
        w.update(persons, other_id, {"merged_into": keep, "updated_at": now_iso()},
                 reason=reason, action="merge")
    values["names"] = names
    values["id_numbers"] = ids_nums or None
    values["updated_at"] = now_iso()
    w.update(persons, keep, values, reason=reason, action="merge")
    return keep


def person_lists(conn: Connection, person_id: int) -> list[int]:
    """Ids of the victim lists a person appears on."""
    rows = conn.execute(
        select(person_sources.c.list_id).where(
            person_sources.c.person_id == person_id, person_sources.c.list_id.is_not(None)
        ).distinct()
    ).scalars()
    return sorted(int(r) for r in rows)
