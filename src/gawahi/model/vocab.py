"""Controlled vocabularies: the one place every enumerated value in Gawahi is defined.

Values are lower-case strings so that they serialise unchanged into JSON, CSV and SQL.
"""

from __future__ import annotations

from enum import StrEnum


class EventType(StrEnum):
    BOMBING = "bombing"
    ARMED_ATTACK = "armed_attack"
    ABDUCTION = "abduction"
    ENFORCED_DISAPPEARANCE = "enforced_disappearance"
    PROPERTY_ATTACK = "property_attack"  # arson, desecration, demolition
    MOB_VIOLENCE = "mob_violence"
    LEGAL_ACTION = "legal_action"  # arrest, blasphemy charge, ban order
    THREAT = "threat"
    DISPLACEMENT = "displacement"
    PROTEST = "protest"
    OTHER = "other"


# ACLED (event_type, sub_event_type) for each Gawahi event type, used by CSV export.
# ACLED codebook 2023: the closest sub-event; "other" falls back to Strategic developments.
ACLED_EVENT_MAP: dict[EventType, tuple[str, str]] = {
    EventType.BOMBING: ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    EventType.ARMED_ATTACK: ("Violence against civilians", "Attack"),
    EventType.ABDUCTION: ("Violence against civilians", "Abduction/forced disappearance"),
    EventType.ENFORCED_DISAPPEARANCE: (
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    EventType.PROPERTY_ATTACK: ("Strategic developments", "Looting/property destruction"),
    EventType.MOB_VIOLENCE: ("Riots", "Mob violence"),
    EventType.LEGAL_ACTION: ("Strategic developments", "Arrests"),
    EventType.THREAT: ("Strategic developments", "Other"),
    EventType.DISPLACEMENT: ("Strategic developments", "Other"),
    EventType.PROTEST: ("Protests", "Peaceful protest"),
    EventType.OTHER: ("Strategic developments", "Other"),
}


class DatePrecision(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    UNKNOWN = "unknown"


# ACLED time_precision: 1 = day, 2 = week/few days, 3 = month or coarser.
ACLED_TIME_PRECISION: dict[DatePrecision, int | None] = {
    DatePrecision.DAY: 1,
    DatePrecision.WEEK: 2,
    DatePrecision.MONTH: 3,
    DatePrecision.YEAR: 3,
    DatePrecision.UNKNOWN: None,
}


class PlacePrecision(StrEnum):
    POINT = "point"
    TOWN = "town"
    DISTRICT = "district"
    PROVINCE = "province"
    COUNTRY = "country"
    UNKNOWN = "unknown"


# ACLED geo_precision: 1 = exact town, 2 = near/part of region, 3 = province/large region.
ACLED_GEO_PRECISION: dict[PlacePrecision, int | None] = {
    PlacePrecision.POINT: 1,
    PlacePrecision.TOWN: 1,
    PlacePrecision.DISTRICT: 2,
    PlacePrecision.PROVINCE: 3,
    PlacePrecision.COUNTRY: 3,
    PlacePrecision.UNKNOWN: None,
}


class AttributionBasis(StrEnum):
    """Why an actor is linked to an incident. Never collapse these: allegation is not fact."""

    ALLEGED = "alleged"
    CLAIMED = "claimed"  # the group itself claimed responsibility
    CHARGED = "charged"
    CONVICTED = "convicted"
    ACQUITTED = "acquitted"


class SourceReliability(StrEnum):
    """Admiralty (NATO AJP-2.1) source reliability."""

    A = "A"  # completely reliable
    B = "B"  # usually reliable
    C = "C"  # fairly reliable
    D = "D"  # not usually reliable
    E = "E"  # unreliable
    F = "F"  # reliability cannot be judged


RELIABILITY_LABELS: dict[SourceReliability, str] = {
    SourceReliability.A: "completely reliable",
    SourceReliability.B: "usually reliable",
    SourceReliability.C: "fairly reliable",
    SourceReliability.D: "not usually reliable",
    SourceReliability.E: "unreliable",
    SourceReliability.F: "reliability cannot be judged",
}

# Admiralty information credibility, 1 (confirmed) .. 6 (truth cannot be judged).
CREDIBILITY_LABELS: dict[int, str] = {
    1: "confirmed by other sources",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "truth cannot be judged",
}


class ReviewStatus(StrEnum):
    SUGGESTED = "suggested"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


class Sensitivity(StrEnum):
    PUBLIC = "public"
    RESTRICTED = "restricted"  # team members cleared for it
    CONFIDENTIAL = "confidential"  # witness identities, contacts, ID numbers


class SourceKind(StrEnum):
    NEWS_ARTICLE = "news_article"
    NGO_REPORT = "ngo_report"
    TESTIMONY = "testimony"
    SOCIAL_POST = "social_post"
    VIDEO = "video"
    PHOTO = "photo"
    COURT_RECORD = "court_record"
    OFFICIAL_STATEMENT = "official_statement"
    DATASET = "dataset"
    OTHER = "other"


class PersonRole(StrEnum):
    KILLED = "killed"
    INJURED = "injured"
    ABDUCTED = "abducted"
    DISAPPEARED = "disappeared"
    WITNESS = "witness"
    ACCUSED = "accused"


class MissingStatus(StrEnum):
    MISSING = "missing"
    IN_CUSTODY = "acknowledged_in_custody"
    PRESENTED_IN_COURT = "presented_in_court"
    RELEASED = "released"
    FOUND_DEAD = "found_dead"
    STILL_MISSING = "still_missing"


class CaseStage(StrEnum):
    FIR = "fir"
    ARREST = "arrest"
    CHARGE = "charge"
    BAIL = "bail"
    TRIAL = "trial"
    VERDICT = "verdict"
    APPEAL = "appeal"
    RELEASE = "release"


class IncidentStatus(StrEnum):
    SUGGESTED = "suggested"  # built by the linker, not yet reviewed
    CONFIRMED = "confirmed"
    DISPUTED = "disputed"
    REJECTED = "rejected"


class ActorRelation(StrEnum):
    RENAMED_FROM = "renamed_from"
    WING_OF = "wing_of"
    SPLINTER_OF = "splinter_of"
    FACTION_OF = "faction_of"
    AFFILIATE_OF = "affiliate_of"


class UserRole(StrEnum):
    ADMIN = "admin"
    EDITOR = "editor"
    REVIEWER = "reviewer"
    VIEWER = "viewer"


class CustodyAction(StrEnum):
    COLLECTED = "collected"
    RECEIVED = "received"
    COPIED = "copied"
    ANALYSED = "analysed"
    EXPORTED = "exported"
