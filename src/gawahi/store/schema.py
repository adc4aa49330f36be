"""Tables, defined once with SQLAlchemy Core; both SQLite and PostgreSQL are created from this.

Alembic migrations in `store/migrations/` bring a database to this shape; a test checks that
the migrated schema and this metadata agree.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=NAMING)

# Timestamps are ISO-8601 UTC strings: portable across both dialects and exact in exports.
sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("content_hash", String(64), nullable=False, unique=True),  # SHA-256 of raw bytes
    Column("raw_hash", String(64), nullable=False),  # vault object it was read from
    Column("raw_locator", String(64)),  # e.g. "line 12" inside a JSONL file
    Column("external_id", String(200)),
    Column("kind", String(32), nullable=False),
    Column("title", Text),
    Column("outlet", Text),
    Column("author", Text),
    Column("url", Text),
    Column("language", String(16)),
    Column("published", String(32)),
    Column("collected_at", String(32), nullable=False),
    Column("origin", Text),  # path or URL it was ingested from
    Column("text", Text, nullable=False),
    Column("text_hash", String(64), nullable=False),
    Column("simhash", BigInteger),
    # Four 16-bit bands of the simhash: two texts within Hamming distance 3 share a band.
    Column("sim_b0", Integer),
    Column("sim_b1", Integer),
    Column("sim_b2", Integer),
    Column("sim_b3", Integer),
    Column("duplicate_of", Integer, ForeignKey("sources.id")),
    Column("duplicate_similarity", Float),
    Column("reliability", String(1), nullable=False, server_default="F"),
    Column("sensitivity", String(16), nullable=False, server_default="public"),
    Column("extracted_at", String(32)),
    Column("extra", JSON),
)
Index("ix_sources_external_id", sources.c.external_id)
Index("ix_sources_sim_b0", sources.c.sim_b0)
Index("ix_sources_sim_b1", sources.c.sim_b1)
Index("ix_sources_sim_b2", sources.c.sim_b2)
Index("ix_sources_sim_b3", sources.c.sim_b3)

incidents = Table(
    "incidents",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("title", Text),
    Column("event_type", String(32)),
    Column("date_edtf", String(32)),
    Column("date_earliest", String(10)),
    Column("date_latest", String(10)),
    Column("date_precision", String(16)),
    Column("place", Text),
    Column("admin2", Text),
    Column("admin1", Text),
    Column("admin1_code", String(8)),
    Column("country", String(2)),
    Column("lat", Float),
    Column("lon", Float),
    Column("place_precision", String(16)),
    Column("deaths_low", Integer),
    Column("deaths_best", Integer),
    Column("deaths_high", Integer),
    Column("injured_low", Integer),
    Column("injured_best", Integer),
    Column("injured_high", Integer),
    Column("perpetrators", JSON),  # [{"actor", "basis", "claims": [ids]}]
    Column("targets", JSON),  # [{"group", "claims": [ids]}]
    Column("n_claims", Integer, nullable=False, server_default="0"),
    Column("n_sources", Integer, nullable=False, server_default="0"),
    Column("disagreements", JSON),  # field -> distinct values with their claims
    Column("status", String(16), nullable=False, server_default="suggested"),
    Column("notes", Text),
    Column("created_at", String(32), nullable=False),
    Column("updated_at", String(32), nullable=False),
)
Index("ix_incidents_date_earliest", incidents.c.date_earliest)
Index("ix_incidents_admin1_code", incidents.c.admin1_code)
Index("ix_incidents_event_type", incidents.c.event_type)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source_id", Integer, ForeignKey("sources.id"), nullable=False),
    Column("idx", Integer, nullable=False),
    Column("incident_id", Integer, ForeignKey("incidents.id")),
    Column("event_type", String(32), nullable=False),
    Column("date_edtf", String(32)),
    Column("date_earliest", String(10)),
    Column("date_latest", String(10)),
    Column("date_precision", String(16)),
    Column("place", Text),
    Column("admin2", Text),
    Column("admin1", Text),
    Column("admin1_code", String(8)),
    Column("lat", Float),
    Column("lon", Float),
    Column("place_precision", String(16)),
    Column("killed_min", Integer),
    Column("killed_max", Integer),
    Column("injured_min", Integer),
    Column("injured_max", Integer),
    Column("confidence", Float, nullable=False),
    Column("credibility", Integer, nullable=False, server_default="6"),
    Column("review_status", String(16), nullable=False, server_default="suggested"),
    Column("reviewer", String(200)),
    Column("reviewed_at", String(32)),
    Column("review_reason", Text),
    Column("extractor", String(64), nullable=False),
    Column("extractor_version", String(32), nullable=False),
    Column("link_score", Float),
    Column("link_explanation", JSON),
    Column("data", JSON, nullable=False),  # the full ExtractedClaim, spans included
    Column("created_at", String(32), nullable=False),
    UniqueConstraint("source_id", "idx", "extractor", name="uq_claims_source_idx_extractor"),
)
Index("ix_claims_incident_id", claims.c.incident_id)
Index("ix_claims_source_id", claims.c.source_id)
Index("ix_claims_date_earliest", claims.c.date_earliest)

actors = Table(
    "actors",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False, unique=True),
    Column("kind", String(32)),  # militant_group, state_force, political_party, ...
    Column("description", Text),
)
actor_aliases = Table(
    "actor_aliases",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("actor_id", Integer, ForeignKey("actors.id"), nullable=False),
    Column("alias", Text, nullable=False),
    Column("script", String(8), nullable=False, server_default="Latn"),
    UniqueConstraint("actor_id", "alias", name="uq_actor_aliases_actor_alias"),
)
actor_relations = Table(
    "actor_relations",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("actor_id", Integer, ForeignKey("actors.id"), nullable=False),
    Column("relation", String(32), nullable=False),
    Column("other_id", Integer, ForeignKey("actors.id"), nullable=False),
    Column("since", String(32)),
)

persons = Table(
    "persons",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False),
    Column("names", JSON),  # every variant as written, Latin and Urdu script
    Column("father_name", Text),
    Column("sex", String(16)),
    Column("age_min", Integer),
    Column("age_max", Integer),
    Column("sect", Text),  # sensitive
    Column("ethnicity", Text),  # sensitive
    Column("occupation", Text),
    Column("home_district", Text),
    Column("id_numbers", JSON),  # confidential
    Column("contact", Text),  # confidential
    Column("sensitivity", String(16), nullable=False, server_default="restricted"),
    Column("created_at", String(32), nullable=False),
    # people: a person merged into another by a confirmed linkage keeps its row (nothing is
    # lost) and points at the survivor; `name_key` is gawahi.people.names.name_key(name).
    Column("merged_into", Integer, ForeignKey("persons.id")),
    Column("name_key", Text),
    Column("updated_at", String(32)),
)
person_incidents = Table(
    "person_incidents",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("person_id", Integer, ForeignKey("persons.id"), nullable=False),
    Column("incident_id", Integer, ForeignKey("incidents.id")),
    Column("role", String(16), nullable=False),
    Column("source_id", Integer, ForeignKey("sources.id")),
)

cases = Table(
    "cases",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("incident_id", Integer, ForeignKey("incidents.id")),
    Column("person_id", Integer, ForeignKey("persons.id")),
    Column("fir_number", String(64)),
    Column("police_station", Text),
    Column("sections", JSON),  # e.g. ["PPC 295-C"]
    Column("court", Text),
    Column("status", String(32)),
    Column("created_at", String(32), nullable=False),
    # people: accused as reported ([{"name", "basis", "person_id"}]), current stage and date.
    Column("accused", JSON),
    Column("stage", String(16)),
    Column("stage_date", String(32)),
    Column("notes", Text),
    Column("updated_at", String(32)),
)
case_events = Table(
    "case_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("case_id", Integer, ForeignKey("cases.id"), nullable=False),
    Column("stage", String(16), nullable=False),
    Column("date", String(32)),
    Column("detail", Text),
    Column("source_id", Integer, ForeignKey("sources.id")),
)

evidence = Table(
    "evidence",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("phash", String(32)),
    Column("media_type", String(100)),
    Column("filename", Text),
    Column("size", BigInteger),
    Column("source_id", Integer, ForeignKey("sources.id")),
    Column("capture", JSON),  # tool, version, URL, WARC record ids, metadata
    Column("sensitivity", String(16), nullable=False, server_default="restricted"),
    Column("created_at", String(32), nullable=False),
    # evidence: web_capture, wacz, photo, video, document, other; dHash beside the pHash.
    Column("kind", String(16)),
    Column("dhash", String(16)),
)
custody_events = Table(
    "custody_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("evidence_id", Integer, ForeignKey("evidence.id"), nullable=False),
    Column("action", String(16), nullable=False),
    Column("actor", Text, nullable=False),
    Column("at", String(32), nullable=False),
    Column("reason", Text),
    Column("detail", JSON),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("at", String(32), nullable=False),
    Column("actor", Text, nullable=False),
    Column("action", String(32), nullable=False),  # insert, update, delete, review, merge...
    Column("table_name", String(64), nullable=False),
    Column("record_id", String(64), nullable=False),
    Column("hash_before", String(64)),
    Column("hash_after", String(64)),
    Column("reason", Text),
    Column("entry_hash", String(64), nullable=False),  # SHA-256 of the canonical leaf data
)
Index("ix_audit_log_record", audit_log.c.table_name, audit_log.c.record_id)

checkpoints = Table(
    "checkpoints",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("tree_size", Integer, nullable=False),
    Column("root_hash", String(64), nullable=False),
    Column("note", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
)

# Small facts about this database: the audit log's origin line and verifier key.
meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(100), nullable=False, unique=True),
    Column("password_hash", Text, nullable=False),  # argon2
    Column("role", String(16), nullable=False),
    Column("failed_logins", Integer, nullable=False, server_default="0"),
    Column("locked_until", String(32)),
    Column("created_at", String(32), nullable=False),
)

# Tables whose every change is written to the audit log (users' secrets are not hashed in).
AUDITED_TABLES: tuple[str, ...] = (
    "sources",
    "claims",
    "incidents",
    "actors",
    "persons",
    "person_incidents",
    "cases",
    "case_events",
    "evidence",
    "custody_events",
)

# --- web ---
# Server-side sessions of the web workspace. The cookie holds a random token; only its SHA-256
# is stored, so a copy of the database does not hand out live sessions.
web_sessions = Table(
    "web_sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id"), nullable=False),
    Column("csrf", String(64), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("last_seen", String(32), nullable=False),
    Column("expires_at", String(32), nullable=False),  # absolute expiry
)
Index("ix_web_sessions_user_id", web_sessions.c.user_id)

# Every login attempt (success or failure), for lockout review; usernames as typed.
login_attempts = Table(
    "login_attempts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(100), nullable=False),
    Column("at", String(32), nullable=False),
    Column("ok", Integer, nullable=False),
    Column("remote", String(64)),
)
Index("ix_login_attempts_username", login_attempts.c.username)

# Indexes the workspace's list, facets and dashboard rely on (10k+ incidents). Incident rows
# are wide (JSON columns), so the list pages and facet counts read these covering indexes and
# fetch whole rows only for the page shown.
Index("ix_incidents_status", incidents.c.status)
Index("ix_incidents_date_latest", incidents.c.date_latest)
Index(
    "ix_incidents_list_order",
    incidents.c.date_earliest, incidents.c.id, incidents.c.status, incidents.c.event_type,
    incidents.c.admin1, incidents.c.date_latest,
)
Index(
    "ix_incidents_facets",
    incidents.c.status, incidents.c.event_type, incidents.c.admin1, incidents.c.date_earliest,
    incidents.c.date_latest,
)
Index(
    "ix_incidents_type_facets",
    incidents.c.event_type, incidents.c.status, incidents.c.admin1, incidents.c.date_earliest,
    incidents.c.date_latest,
)
Index("ix_claims_review_status", claims.c.review_status)

# Background imports of the workspace (revision 0002): one row per import, its items (files
# and URLs, uploads already in the vault by their SHA-256) with their progress and results,
# so a job page survives a reload and an interrupted job can be resumed. Operational state,
# not the evidentiary record: not audited (progress writes must not invalidate page caches).
import_jobs = Table(
    "import_jobs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("created_by", String(100), nullable=False),  # username
    Column("created_at", String(32), nullable=False),
    Column("updated_at", String(32), nullable=False),  # also the running job's heartbeat
    Column("started_at", String(32)),
    Column("finished_at", String(32)),
    Column("status", String(16), nullable=False, server_default="queued"),  # queued, running, done, failed
    Column("do_link", Integer, nullable=False, server_default="1"),
    Column("total", Integer, nullable=False, server_default="0"),
    Column("done", Integer, nullable=False, server_default="0"),
    Column("current", Text),  # the item being worked on
    # The items: [{"name", "kind": "file"|"url", "sha256", "size", "state", "message",
    # "results": [...], "claims"}] (not "items": that name is taken on Table.c)
    Column("entries", JSON, nullable=False),
    Column("errors", JSON),  # job-level messages (the linking step)
    Column("linked", Integer, nullable=False, server_default="0"),
    Column("new_incidents", Integer, nullable=False, server_default="0"),
    Column("owner", String(100)),  # host:pid of the process running it
)
Index("ix_import_jobs_status", import_jobs.c.status)
Index("ix_import_jobs_created_by", import_jobs.c.created_by)
# The incident page reads evidence by source and people by incident (revision 0002).
Index("ix_evidence_source_id", evidence.c.source_id)
Index("ix_person_incidents_incident_id", person_incidents.c.incident_id)
WEB_TABLES = (web_sessions, login_attempts, import_jobs)


# --- people ---
# Victim lists imported from other documentation groups: each is a separate, named source so
# that overlaps between lists can be counted (multiple systems estimation).
victim_lists = Table(
    "victim_lists",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("source_id", Integer, ForeignKey("sources.id")),
    Column("organisation", Text),
    Column("filename", Text),
    Column("file_hash", String(64), nullable=False),  # SHA-256 of the file as imported
    Column("mapping", JSON),  # {"COLUMN": "field"}
    Column("rows_total", Integer, nullable=False, server_default="0"),
    Column("rows_imported", Integer, nullable=False, server_default="0"),
    Column("rows_failed", Integer, nullable=False, server_default="0"),
    Column("errors", JSON),  # [{"row", "column", "message"}]
    Column("imported_at", String(32), nullable=False),
    Column("imported_by", Text),
    Column("notes", Text),
)

# One mention of a person in one source or list row: every record is kept when records are
# linked into one person (person_id then points at the survivor).
person_sources = Table(
    "person_sources",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("person_id", Integer, ForeignKey("persons.id"), nullable=False),
    Column("list_id", Integer, ForeignKey("victim_lists.id")),
    Column("source_id", Integer, ForeignKey("sources.id")),
    Column("row_number", Integer),
    Column("incident_id", Integer, ForeignKey("incidents.id")),
    Column("role", String(16)),
    Column("name", Text, nullable=False),  # as written
    Column("father_name", Text),
    Column("name_key", Text),
    Column("father_key", Text),
    Column("sex", String(16)),
    Column("age_min", Integer),
    Column("age_max", Integer),
    Column("sect", Text),
    Column("ethnicity", Text),
    Column("occupation", Text),
    Column("district", Text),  # district of the incident (or home district when no incident)
    Column("incident_date", String(10)),
    Column("id_numbers", JSON),
    Column("data", JSON),  # the row as read, column -> value
    Column("created_at", String(32), nullable=False),
)
Index("ix_person_sources_person_id", person_sources.c.person_id)
Index("ix_person_sources_list_id", person_sources.c.list_id)
Index("ix_person_sources_name_key", person_sources.c.name_key)

# Record-linkage suggestions (Splink): a pair of person_sources rows, with the model's score.
link_suggestions = Table(
    "link_suggestions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("record_l", Integer, ForeignKey("person_sources.id"), nullable=False),
    Column("record_r", Integer, ForeignKey("person_sources.id"), nullable=False),
    Column("match_probability", Float, nullable=False),
    Column("match_weight", Float),
    Column("detail", JSON),  # comparison levels: why the model thinks so
    Column("model_hash", String(64)),
    Column("status", String(16), nullable=False, server_default="suggested"),
    Column("reviewer", Text),
    Column("reviewed_at", String(32)),
    Column("created_at", String(32), nullable=False),
    UniqueConstraint("record_l", "record_r", name="uq_link_suggestions_pair"),
)
Index("ix_link_suggestions_status", link_suggestions.c.status)

# Enforced disappearances: one case per missing person.
missing_cases = Table(
    "missing_cases",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("person_id", Integer, ForeignKey("persons.id"), nullable=False),
    Column("incident_id", Integer, ForeignKey("incidents.id")),
    Column("last_seen_date", String(10)),
    Column("last_seen_place", Text),
    Column("last_seen_by", Text),  # a witness: confidential
    Column("taken_by", Text),  # as alleged
    Column("taken_by_basis", String(16)),  # alleged, claimed, charged, convicted, acquitted
    Column("status", String(32), nullable=False, server_default="missing"),
    Column("status_date", String(10)),
    Column("source_id", Integer, ForeignKey("sources.id")),
    Column("notes", Text),
    Column("created_at", String(32), nullable=False),
    Column("updated_at", String(32), nullable=False),
)
Index("ix_missing_cases_person_id", missing_cases.c.person_id)
missing_status_history = Table(
    "missing_status_history",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("case_id", Integer, ForeignKey("missing_cases.id"), nullable=False),
    Column("status", String(32), nullable=False),
    Column("date", String(10)),
    Column("source_id", Integer, ForeignKey("sources.id")),
    Column("note", Text),
    Column("recorded_at", String(32), nullable=False),
    Column("recorded_by", Text),
)
Index("ix_missing_status_history_case_id", missing_status_history.c.case_id)

# Petitions for a missing person (habeas corpus, the Commission of Inquiry on Enforced
# Disappearances) or in a legal case, with their hearings.
petitions = Table(
    "petitions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("missing_case_id", Integer, ForeignKey("missing_cases.id")),
    Column("case_id", Integer, ForeignKey("cases.id")),
    Column("kind", String(32), nullable=False),  # habeas_corpus, coied, bail, appeal, other
    Column("forum", Text),  # court or commission
    Column("number", String(100)),
    Column("filed_date", String(10)),
    Column("status", String(32), nullable=False, server_default="pending"),
    Column("next_hearing", String(10)),
    Column("created_at", String(32), nullable=False),
    Column("updated_at", String(32), nullable=False),
)
hearings = Table(
    "hearings",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("petition_id", Integer, ForeignKey("petitions.id"), nullable=False),
    Column("date", String(10), nullable=False),
    Column("outcome", Text),
    Column("next_date", String(10)),
    Column("created_at", String(32), nullable=False),
)
Index("ix_hearings_petition_id", hearings.c.petition_id)

PEOPLE_AUDITED_TABLES = (
    "victim_lists",
    "person_sources",
    "link_suggestions",
    "missing_cases",
    "missing_status_history",
    "petitions",
    "hearings",
)
AUDITED_TABLES = (*AUDITED_TABLES, *PEOPLE_AUDITED_TABLES)
