"""A demo-like database with canary values planted in every sensitive field of every record
model that has a table, and in free text (phones, CNICs, e-mails, addresses, protected names).

Built with the store API (add_source, save_claims, link, AuditedWriter), on SQLite or
PostgreSQL. A sensitive field added to any model in gawahi.model.records gets a canary here
without edits: fields are found with `field_sensitivity`, tables by name.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_args, get_origin

from pypdf import PdfReader
from sqlalchemy import JSON, Float, Integer, inspect, select

from gawahi.link.service import link
from gawahi.model.claims import (
    CountValue,
    DateValue,
    ExtractedClaim,
    LocationValue,
    PerpetratorValue,
    TargetValue,
)
from gawahi.model.records import field_sensitivity
from gawahi.model.vocab import DatePrecision, EventType, PlacePrecision, Sensitivity, SourceKind
from gawahi.publish.policy import record_models
from gawahi.publish.view import NAME_FIELD
from gawahi.store.audit import AuditedWriter, now_iso
from gawahi.store.claims import save_claims
from gawahi.store.db import Store
from gawahi.store.schema import incidents, metadata, persons, sources
from gawahi.store.sources import NewSource, add_source

# Record model -> table. Models not listed are looked up by snake_case plural name.
MODEL_TABLE = {
    "Source": "sources", "Claim": "claims", "Incident": "incidents", "Actor": "actors",
    "ActorLink": "actor_relations", "Person": "persons", "PersonIncident": "person_incidents",
    "Case": "cases", "CaseEvent": "case_events", "Evidence": "evidence",
    "CustodyEvent": "custody_events", "User": "users", "VictimList": "victim_lists",
    "PersonSource": "person_sources", "LinkSuggestion": "link_suggestions",
    "MissingCase": "missing_cases", "MissingStatusEntry": "missing_status_history",
}  # fmt: skip
CORE_MODELS = {"Source", "Incident", "Person", "Evidence", "CustodyEvent", "Case"}

# Free-text canaries: what is planted, and the fragment that must never appear in output.
PHONE_MOBILE = ("+92 301 5550173", "5550173")
PHONE_LOCAL = ("0345-5550179", "5550179")
PHONE_LANDLINE = ("021-35550177", "35550177")
CNIC = ("35202-5550171-3", "5550171")
EMAIL = ("qzmailbox.person@example.org", "qzmailbox")
ADDRESS = ("House No. 947, Street 61", "house no. 947")
PROTECTED = ("Qzprotname Hazarvi", "qzprotname")  # a Person's name, mentioned in news text
WITNESS = ("Qzwitnessname Bangash", "qzwitnessname")  # a witness Person, named in text
EXPLICIT = ("Zkexplicit Sahib", "zkexplicit")  # only on the --protect-names list
FREE_TEXT = [PHONE_MOBILE, PHONE_LOCAL, PHONE_LANDLINE, CNIC, EMAIL, ADDRESS, PROTECTED, WITNESS, EXPLICIT]
# Whole-record canaries for protected sources and policy-level drops of public fields.
RECORD_CANARIES = {
    "testimony title": "qztestimonytitle", "testimony outlet": "qztestimonyoutlet",
    "testimony url": "qztestimonyurl", "testimony text": "qztestimonytext",
    "restricted source title": "qzrestrictedtitle", "restricted source url": "qzrestrictedurl",
    "claim reviewer": "qzreviewername", "claim review reason": "qzreviewreason",
    "extractor source label": "qzcollectorpath",
}  # fmt: skip


@dataclass
class Planted:
    needles: dict[str, str] = field(default_factory=dict)  # what -> lower-case fragment
    skipped_models: list[str] = field(default_factory=list)
    planted_models: set[str] = field(default_factory=set)
    extra_names: list[str] = field(default_factory=lambda: [EXPLICIT[0]])
    late_names: list[str] = field(default_factory=list)


def _snake_plural(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower() + "s"


_counter = iter(range(10**6))


def _canary(_hint: int = 0) -> str:
    """A fresh token every call: each planted field value is unique, so a hit names its field."""
    return f"qzcanary{next(_counter):04d}zq"


def _value_for(annotation: Any, token: str) -> Any:
    text = str(annotation)
    origin = get_origin(annotation)
    args = [a for a in get_args(annotation) if a is not type(None)]
    if origin is list or text.startswith("list"):
        return [{"value": token}] if "dict" in text else [token]
    if origin is dict or text.startswith("dict") or "dict[" in text:
        return {"value": token, "gps": token}
    if args and len(args) == 1 and args[0] is not str and not text.startswith("str"):
        return _value_for(args[0], token)
    if annotation is int or text in ("int", "int | None"):
        return 900000000 + int(token[8:-2])
    return token


def _filler(conn: Any, col: Any) -> Any:
    if col.foreign_keys:
        fk = next(iter(col.foreign_keys))
        target = fk.column.table
        return conn.execute(select(fk.column).order_by(fk.column).limit(1)).scalar() or _seed(conn, target)
    if isinstance(col.type, Integer):
        return 1
    if isinstance(col.type, Float):
        return 0.5
    if isinstance(col.type, JSON):
        return {}
    if col.name.endswith("_at") or "date" in col.name:
        return now_iso()[: getattr(col.type, "length", None) or 32]
    if col.name in ("role",):
        return "killed"
    if col.name in ("status",):
        return "missing"
    if col.name in ("sha256", "content_hash", "raw_hash", "text_hash", "file_hash", "entry_hash"):
        return hashlib.sha256(col.name.encode() + now_iso().encode()).hexdigest()
    length = getattr(col.type, "length", None) or 32
    return ("x" + col.name)[:length]


def _seed(conn: Any, table: Any) -> int:
    raise LookupError(f"no {table.name} row to refer to; plant it earlier")


def _db_columns(conn: Any, table_name: str) -> set[str]:
    return {c["name"] for c in inspect(conn).get_columns(table_name)}


def plant_row(conn: Any, store: Store, table_name: str, model: str, planted: Planted, overrides: dict[str, Any]) -> int:
    table = metadata.tables[table_name]
    have = _db_columns(conn, table_name)
    cls = record_models()[model]
    levels = field_sensitivity(cls)
    values: dict[str, Any] = {}
    for col in table.c:
        if col.name not in have or (col.primary_key and col.autoincrement):
            continue
        if col.name in overrides:
            values[col.name] = overrides[col.name]
        elif levels.get(col.name, Sensitivity.PUBLIC) != Sensitivity.PUBLIC:
            token = _canary()
            key = f"{model}.{col.name}"
            planted.needles[key if key not in planted.needles else f"{key}#{token}"] = token
            values[col.name] = _value_for(cls.model_fields[col.name].annotation, token)
        elif not col.nullable and col.server_default is None:
            values[col.name] = _filler(conn, col)
    for name, lvl in levels.items():  # a sensitive field whose column is missing is a finding
        if lvl != Sensitivity.PUBLIC and name not in have and name not in values:
            planted.skipped_models.append(f"{model}.{name} (no column)")
    planted.planted_models.add(model)
    return AuditedWriter(conn, store.dialect, "canary").insert(table, values, reason="canary")


def _claim(source: str, day: str, place: tuple[str, str, str, float, float], killed: int, text_len: int) -> ExtractedClaim:
    name, admin2, code = place[0], place[1], place[2]
    return ExtractedClaim(
        source=source,
        date=DateValue(edtf=day, earliest=day, latest=day, precision=DatePrecision.DAY),
        location=LocationValue(name=name, admin2=admin2, admin1_code=code, country="PK",
                               lat=place[3], lon=place[4], precision=PlacePrecision.POINT),
        event_type=EventType.ARMED_ATTACK,
        killed=CountValue(min=killed, max=killed, qualifier="exact"),
        perpetrators=[PerpetratorValue(actor="Lashkar-e-Jhangvi", alleged_by=PROTECTED[0])],
        targets=[TargetValue(group="Hazara")],
        text_span=(0, text_len),
        confidence=0.9,
        extractor="canary",
        extractor_version="1",
    )  # fmt: skip


QUETTA = ("Alamdar Road", "Quetta", "PK-BA", 30.2001, 67.0123)
KARACHI = ("Orangi", "Karachi West", "PK-SD", 24.9512, 66.9987)


def build(store: Store) -> Planted:
    """Plant everything; return the needles that must never appear in published output."""
    planted = Planted()
    for what, (_, needle) in zip(("phone mobile", "phone local", "phone landline", "cnic", "email",
                                  "address", "protected name", "witness name", "explicit name"), FREE_TEXT, strict=True):
        planted.needles[what] = needle  # fmt: skip
    planted.needles.update(RECORD_CANARIES)
    news = (
        f"QUETTA: Gunmen killed 12 Hazara men on Alamdar Road on Friday. Relatives of "
        f"{PROTECTED[0]} said he was shot outside {ADDRESS[0]}, Quetta. His brother can be "
        f"reached on {PHONE_MOBILE[0]} or {PHONE_LOCAL[0]}, CNIC {CNIC[0]}, e-mail {EMAIL[0]}. "
        f"A neighbour, {WITNESS[0]}, saw the attackers; {EXPLICIT[0]} also spoke, office {PHONE_LANDLINE[0]}."
    )
    testimony = f"qztestimonytext: I saw 14 men killed in Orangi. Call me at {PHONE_LOCAL[0]}."
    restricted = "Karachi: a restricted NGO note says 14 were killed in Orangi on the same day."
    specs = [
        (news, SourceKind.NEWS_ARTICLE, "Sample Daily", "Gunmen kill 12 on Alamdar Road", "https://news.example/a1", Sensitivity.PUBLIC, "2013-01-11", QUETTA, 12),
        (news.replace("12 Hazara", "15 Hazara") + " Later toll.", SourceKind.NEWS_ARTICLE, "Sample Wire", "Toll rises", "https://wire.example/b2", Sensitivity.PUBLIC, "2013-01-12", QUETTA, 15),
        (testimony, SourceKind.TESTIMONY, "qztestimonyoutlet", "qztestimonytitle", "https://qztestimonyurl.example", Sensitivity.PUBLIC, "2014-03-02", KARACHI, 14),
        (restricted, SourceKind.NGO_REPORT, "Partner NGO", "qzrestrictedtitle", "https://qzrestrictedurl.example", Sensitivity.RESTRICTED, "2014-03-03", KARACHI, 14),
    ]  # fmt: skip
    with store.transaction() as conn:
        sids = []
        for text, kind, outlet, title, url, sens, day, place, killed in specs:
            new = NewSource(
                content_hash=hashlib.sha256(text.encode() + title.encode()).hexdigest(),
                raw_hash=hashlib.sha256(b"raw" + text.encode()).hexdigest(),
                text=text, kind=kind, title=title, outlet=outlet, url=url, published=day,
                author=None, origin=None,
            )  # fmt: skip
            for fname in ("author", "origin", "raw_locator", "external_id"):
                token = _canary(len(planted.needles))
                planted.needles[f"Source.{fname}"] = token
                setattr(new, fname, token)
            sid = add_source(conn, store.dialect, "canary", new).source_id
            w = AuditedWriter(conn, store.dialect, "canary")
            w.update(sources, sid, {"sensitivity": sens.value}, reason="canary")
            save_claims(conn, store.dialect, "canary", sid, [_claim(f"/home/qzcollectorpath/{sid}.txt", day, place, killed, len(text))])
            sids.append(sid)
        planted.planted_models.add("Source")
    link(store, actor="canary")
    with store.transaction() as conn:
        w = AuditedWriter(conn, store.dialect, "canary")
        from gawahi.store.schema import claims as claims_t

        for cid in conn.execute(select(claims_t.c.id)).scalars():
            w.update(claims_t, cid, {"reviewer": "qzreviewername", "review_reason": f"qzreviewreason {PHONE_MOBILE[0]}"})
        inc_ids = list(conn.execute(select(incidents.c.id).order_by(incidents.c.id)).scalars())
        for iid in inc_ids:
            token = _canary(len(planted.needles))
            planted.needles[f"Incident.notes#{iid}"] = token
            w.update(incidents, iid, {"notes": f"{token} call {PHONE_MOBILE[0]}", "title": f"Attack near {ADDRESS[0]} ({PHONE_LOCAL[0]})"})
        planted.planted_models.add("Incident")
        people = [
            {"name": PROTECTED[0], "names": [PROTECTED[0], "قزپروٹنیم"], "age_min": 34, "age_max": 34, "sex": "male", "sensitivity": "restricted", "role": "killed"},
            {"name": WITNESS[0], "names": [WITNESS[0]], "sex": "male", "sensitivity": "confidential", "role": "witness"},
            {"name": "Qzaccused Name", "names": ["Qzaccused Name"], "sensitivity": "restricted", "role": "accused"},
        ]  # fmt: skip
        planted.needles["accused name"] = "qzaccused"
        planted.needles["urdu name"] = "قزپروٹنیم"
        for p in people:
            role = p.pop("role")
            over = {k: v for k, v in p.items() if k in ("sex", "age_min", "age_max", "sensitivity")}
            over["created_at"] = now_iso()
            before = set(planted.needles)
            pid = plant_row(conn, store, "persons", "Person", planted, over)
            w.update(persons, pid, {"name": p["name"], "names": p["names"]})
            for key in set(planted.needles) - before:  # overwritten by the names above
                if key.split("#")[0] in ("Person.name", "Person.names"):
                    del planted.needles[key]
            plant_row(conn, store, "person_incidents", "PersonIncident", planted,
                      {"person_id": pid, "incident_id": inc_ids[0], "role": role, "source_id": sids[0]})  # fmt: skip
        # Every other model with sensitive fields: one row with canaries, when its table exists.
        have_tables = set(inspect(conn).get_table_names())
        order = {t.name: i for i, t in enumerate(metadata.sorted_tables)}  # referenced first
        models = sorted(record_models().items(), key=lambda kv: order.get(MODEL_TABLE.get(kv[0]) or _snake_plural(kv[0]), 999))
        for model, cls in models:
            if model in planted.planted_models or model in ("Claim", "PersonIncident"):
                continue
            if all(lvl == Sensitivity.PUBLIC for lvl in field_sensitivity(cls).values()):
                continue
            table = MODEL_TABLE.get(model) or _snake_plural(model)
            if table not in have_tables or table not in metadata.tables:
                planted.skipped_models.append(f"{model} (no table {table})")
                continue
            try:
                with conn.begin_nested():
                    plant_row(conn, store, table, model, planted, {})
            except Exception as exc:  # a table the helper cannot fill: say so, don't hide it
                planted.skipped_models.append(f"{model} ({exc.__class__.__name__})")
        # A late report that mentions every planted name-like value (list names, last seen by,
        # recorded by ...): they must be masked in its excerpt as protected names.
        named = [tok for key, tok in planted.needles.items() if "." in key and NAME_FIELD.search(key.split(".", 1)[1].split("#")[0])]
        late = "PARACHINAR: A bomb killed 9 people at the market. Named in lists: " + ", ".join(f"Mr {t} Turi" for t in named) + "."
        new = NewSource(content_hash=hashlib.sha256(late.encode()).hexdigest(), raw_hash=hashlib.sha256(b"l" + late.encode()).hexdigest(),
                        text=late, kind=SourceKind.NEWS_ARTICLE, title="Market blast", outlet="Sample Daily",
                        url="https://news.example/late", published="2017-06-24")  # fmt: skip
        sid = add_source(conn, store.dialect, "canary", new).source_id
        park = ("Parachinar", "Kurram", "PK-KP", 33.9, 70.1)
        save_claims(conn, store.dialect, "canary", sid, [_claim("late", "2017-06-23", park, 9, len(late))])
        planted.late_names = named
    link(store, actor="canary")
    return planted


# ----------------------------------------------------------------------------- scanning
def texts_of(path: Path) -> list[tuple[str, bytes]]:
    """Every byte form a reader of `path` could see: raw bytes, PDF text and metadata,
    image metadata."""
    data = path.read_bytes()
    out = [("raw", data)]
    if data[:5] == b"%PDF-":
        reader = PdfReader(str(path))
        text = "\n".join(p.extract_text() or "" for p in reader.pages)
        meta = " ".join(f"{k}={v}" for k, v in (reader.metadata or {}).items())
        out.append(("pdf text", (text + meta).encode()))
    if path.suffix.lower() in (".png", ".jpg", ".jpeg", ".gif", ".webp", ".tif", ".tiff"):
        from PIL import Image

        with Image.open(path) as img:
            info = repr(img.info) + repr(dict(img.getexif()))
        out.append(("image metadata", info.encode()))
    return out


def scan(paths: list[Path], needles: dict[str, str]) -> list[str]:
    """'file: what (form)' for every needle found, case-insensitively, in any form of any file."""
    found = []
    for p in paths:
        for form, blob in texts_of(p):
            low = blob.lower()
            u16 = blob.decode("utf-16-le", errors="ignore").lower().encode() if form == "raw" else b""
            for what, needle in needles.items():
                n = needle.lower().encode()
                if n in low or (u16 and n in u16):
                    found.append(f"{p.name}: {what} ({form})")
    return found
