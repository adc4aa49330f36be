"""The stored nouns of DESIGN.md as typed records, each field's sensitivity declared once.

`sensitive(...)` marks a field; `field_sensitivity(Model)` reads the marking back. The one
redaction step (gawahi.publish) is driven by this marking, so a new sensitive field is
protected by declaring it here and nowhere else.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from pydantic.fields import FieldInfo
from pydantic.json_schema import JsonDict

from gawahi.model.claims import ExtractedClaim
from gawahi.model.vocab import (
    ActorRelation,
    CaseStage,
    CustodyAction,
    DatePrecision,
    EventType,
    IncidentStatus,
    MissingStatus,
    PersonRole,
    PlacePrecision,
    ReviewStatus,
    Sensitivity,
    SourceKind,
    SourceReliability,
    UserRole,
)


def sensitive(level: Sensitivity, default: Any = None, **kwargs: Any) -> Any:
    """A pydantic Field carrying its sensitivity level."""
    extra: JsonDict = {"sensitivity": level.value}
    if "default_factory" in kwargs:
        return Field(json_schema_extra=extra, **kwargs)
    return Field(default, json_schema_extra=extra, **kwargs)


def field_sensitivity(model: type[BaseModel]) -> dict[str, Sensitivity]:
    """Every field of `model` with its declared sensitivity (public when undeclared)."""
    out: dict[str, Sensitivity] = {}
    for name, info in model.model_fields.items():
        out[name] = _level(info)
    return out


def _level(info: FieldInfo) -> Sensitivity:
    extra = info.json_schema_extra
    if isinstance(extra, dict) and isinstance(extra.get("sensitivity"), str):
        return Sensitivity(str(extra["sensitivity"]))
    return Sensitivity.PUBLIC


class Record(BaseModel):
    model_config = ConfigDict(from_attributes=True, extra="ignore")


class Source(Record):
    id: int
    content_hash: str
    raw_hash: str
    raw_locator: str | None = None
    external_id: str | None = None
    kind: SourceKind = SourceKind.OTHER
    title: str | None = None
    outlet: str | None = None
    author: str | None = sensitive(Sensitivity.RESTRICTED)  # a testimony's author is a witness
    url: str | None = None
    language: str | None = None
    published: str | None = None
    collected_at: str
    origin: str | None = sensitive(Sensitivity.RESTRICTED)  # local paths reveal who collected
    text: str
    text_hash: str
    duplicate_of: int | None = None
    duplicate_similarity: float | None = None
    reliability: SourceReliability = SourceReliability.F
    sensitivity: Sensitivity = Sensitivity.PUBLIC


class Claim(Record):
    """A stored claim: the extractor's output plus review and linking state."""

    id: int
    source_id: int
    idx: int
    incident_id: int | None = None
    data: ExtractedClaim
    credibility: int = 6
    review_status: ReviewStatus = ReviewStatus.SUGGESTED
    reviewer: str | None = None
    reviewed_at: str | None = None
    review_reason: str | None = None
    link_score: float | None = None
    link_explanation: dict[str, Any] | None = None


class Attribution(BaseModel):
    actor: str
    basis: str
    claims: list[int] = Field(default_factory=list)


class TargetGroup(BaseModel):
    group: str
    claims: list[int] = Field(default_factory=list)


class Incident(Record):
    id: int
    title: str | None = None
    event_type: EventType | None = None
    date_edtf: str | None = None
    date_earliest: str | None = None
    date_latest: str | None = None
    date_precision: DatePrecision | None = None
    place: str | None = None
    admin2: str | None = None
    admin1: str | None = None
    admin1_code: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    place_precision: PlacePrecision | None = None
    deaths_low: int | None = None
    deaths_best: int | None = None
    deaths_high: int | None = None
    injured_low: int | None = None
    injured_best: int | None = None
    injured_high: int | None = None
    perpetrators: list[Attribution] = Field(default_factory=list)
    targets: list[TargetGroup] = Field(default_factory=list)
    n_claims: int = 0
    n_sources: int = 0
    disagreements: dict[str, Any] | None = None
    status: IncidentStatus = IncidentStatus.SUGGESTED
    notes: str | None = sensitive(Sensitivity.RESTRICTED)  # internal working notes
    created_at: str
    updated_at: str


class Actor(Record):
    id: int
    name: str
    kind: str | None = None
    description: str | None = None
    aliases: list[str] = Field(default_factory=list)


class ActorLink(Record):
    actor_id: int
    relation: ActorRelation
    other_id: int
    since: str | None = None


class Person(Record):
    id: int
    name: str = sensitive(Sensitivity.RESTRICTED)
    names: list[str] = sensitive(Sensitivity.RESTRICTED, default_factory=list)
    father_name: str | None = sensitive(Sensitivity.RESTRICTED)
    sex: str | None = None
    age_min: int | None = None
    age_max: int | None = None
    sect: str | None = sensitive(Sensitivity.RESTRICTED)
    ethnicity: str | None = sensitive(Sensitivity.RESTRICTED)
    occupation: str | None = None
    home_district: str | None = sensitive(Sensitivity.RESTRICTED)
    id_numbers: list[str] = sensitive(Sensitivity.CONFIDENTIAL, default_factory=list)
    contact: str | None = sensitive(Sensitivity.CONFIDENTIAL)
    sensitivity: Sensitivity = Sensitivity.RESTRICTED
    created_at: str
    merged_into: int | None = None  # set when a confirmed linkage merged this person away
    name_key: str | None = sensitive(Sensitivity.RESTRICTED)  # derived from the name
    updated_at: str | None = None


class PersonIncident(Record):
    person_id: int
    incident_id: int | None = None
    role: PersonRole
    source_id: int | None = None


class MissingStatusChange(BaseModel):
    status: MissingStatus
    date: str | None = None
    source_id: int | None = None


class Case(Record):
    id: int
    incident_id: int | None = None
    person_id: int | None = None
    fir_number: str | None = None
    police_station: str | None = None
    sections: list[str] = Field(default_factory=list)
    court: str | None = None
    status: str | None = None
    created_at: str
    accused: list[dict[str, Any]] = sensitive(Sensitivity.RESTRICTED, default_factory=list)
    stage: CaseStage | None = None
    stage_date: str | None = None
    notes: str | None = sensitive(Sensitivity.RESTRICTED)
    updated_at: str | None = None


class CaseEvent(Record):
    case_id: int
    stage: CaseStage
    date: str | None = None
    detail: str | None = None
    source_id: int | None = None


# --- people ---------------------------------------------------------------------------------
class VictimList(Record):
    """A list of victims imported from another documentation group: one named source."""

    id: int
    name: str
    source_id: int | None = None
    organisation: str | None = None
    filename: str | None = sensitive(Sensitivity.RESTRICTED)  # local paths reveal who collected
    file_hash: str
    mapping: dict[str, str] | None = None
    rows_total: int = 0
    rows_imported: int = 0
    rows_failed: int = 0
    errors: list[dict[str, Any]] | None = sensitive(Sensitivity.RESTRICTED)  # quote row values
    imported_at: str
    imported_by: str | None = sensitive(Sensitivity.RESTRICTED)
    notes: str | None = sensitive(Sensitivity.RESTRICTED)


class PersonSource(Record):
    """One mention of a person in one source or list row; kept when records are merged."""

    id: int
    person_id: int
    list_id: int | None = None
    source_id: int | None = None
    row_number: int | None = None
    incident_id: int | None = None
    role: PersonRole | None = None
    name: str = sensitive(Sensitivity.RESTRICTED)
    father_name: str | None = sensitive(Sensitivity.RESTRICTED)
    name_key: str | None = sensitive(Sensitivity.RESTRICTED)
    father_key: str | None = sensitive(Sensitivity.RESTRICTED)
    sex: str | None = None
    age_min: int | None = None
    age_max: int | None = None
    sect: str | None = sensitive(Sensitivity.RESTRICTED)
    ethnicity: str | None = sensitive(Sensitivity.RESTRICTED)
    occupation: str | None = None
    district: str | None = None
    incident_date: str | None = None
    id_numbers: list[str] = sensitive(Sensitivity.CONFIDENTIAL, default_factory=list)
    data: dict[str, Any] | None = sensitive(Sensitivity.CONFIDENTIAL)  # the raw row
    created_at: str


class LinkSuggestion(Record):
    """A machine suggestion that two person records are the same person (rule 6)."""

    id: int
    record_l: int
    record_r: int
    match_probability: float
    match_weight: float | None = None
    detail: dict[str, Any] | None = None
    model_hash: str | None = None
    status: ReviewStatus = ReviewStatus.SUGGESTED
    reviewer: str | None = sensitive(Sensitivity.RESTRICTED)
    reviewed_at: str | None = None
    created_at: str


class MissingCase(Record):
    """An enforced disappearance: one case per missing person."""

    id: int
    person_id: int
    incident_id: int | None = None
    last_seen_date: str | None = None
    last_seen_place: str | None = sensitive(Sensitivity.RESTRICTED)
    last_seen_by: str | None = sensitive(Sensitivity.CONFIDENTIAL)  # a witness
    taken_by: str | None = None  # as alleged: see taken_by_basis
    taken_by_basis: str | None = None
    status: MissingStatus = MissingStatus.MISSING
    status_date: str | None = None
    source_id: int | None = None
    notes: str | None = sensitive(Sensitivity.RESTRICTED)
    created_at: str
    updated_at: str


class MissingStatusEntry(Record):
    id: int
    case_id: int
    status: MissingStatus
    date: str | None = None
    source_id: int | None = None
    note: str | None = sensitive(Sensitivity.RESTRICTED)
    recorded_at: str
    recorded_by: str | None = sensitive(Sensitivity.RESTRICTED)


class Petition(Record):
    """Habeas corpus, a complaint to the Commission of Inquiry on Enforced Disappearances
    (COIED), a bail application or appeal."""

    id: int
    missing_case_id: int | None = None
    case_id: int | None = None
    kind: str
    forum: str | None = None
    number: str | None = None
    filed_date: str | None = None
    status: str = "pending"
    next_hearing: str | None = None
    created_at: str
    updated_at: str


class Hearing(Record):
    id: int
    petition_id: int
    date: str
    outcome: str | None = None
    next_date: str | None = None
    created_at: str


class Evidence(Record):
    id: int
    sha256: str
    phash: str | None = None
    media_type: str | None = None
    filename: str | None = sensitive(Sensitivity.RESTRICTED)
    size: int | None = None
    source_id: int | None = None
    capture: dict[str, Any] | None = sensitive(Sensitivity.RESTRICTED)  # EXIF may hold GPS
    sensitivity: Sensitivity = Sensitivity.RESTRICTED
    created_at: str


class CustodyEvent(Record):
    evidence_id: int
    action: CustodyAction
    actor: str = sensitive(Sensitivity.RESTRICTED)
    at: str
    reason: str | None = None


class User(Record):
    id: int
    username: str
    role: UserRole
    failed_logins: int = 0
    locked_until: str | None = None
    created_at: str
