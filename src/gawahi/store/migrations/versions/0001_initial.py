"""Initial schema (frozen baseline, generated from store/schema.py on 2026-11-23).

From here on every schema change is a new revision; tests/store checks that the migrated
database and the metadata agree.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

from gawahi.store.dialect import dialect_for

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "actors",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actors")),
        sa.UniqueConstraint("name", name=op.f("uq_actors_name")),
    )
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("hash_before", sa.String(length=64), nullable=True),
        sa.Column("hash_after", sa.String(length=64), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("entry_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_log")),
    )
    op.create_index("ix_audit_log_record", "audit_log", ["table_name", "record_id"], unique=False)
    op.create_table(
        "checkpoints",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("tree_size", sa.Integer(), nullable=False),
        sa.Column("root_hash", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkpoints")),
    )
    op.create_table(
        "incidents",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("event_type", sa.String(length=32), nullable=True),
        sa.Column("date_edtf", sa.String(length=32), nullable=True),
        sa.Column("date_earliest", sa.String(length=10), nullable=True),
        sa.Column("date_latest", sa.String(length=10), nullable=True),
        sa.Column("date_precision", sa.String(length=16), nullable=True),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("admin2", sa.Text(), nullable=True),
        sa.Column("admin1", sa.Text(), nullable=True),
        sa.Column("admin1_code", sa.String(length=8), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("place_precision", sa.String(length=16), nullable=True),
        sa.Column("deaths_low", sa.Integer(), nullable=True),
        sa.Column("deaths_best", sa.Integer(), nullable=True),
        sa.Column("deaths_high", sa.Integer(), nullable=True),
        sa.Column("injured_low", sa.Integer(), nullable=True),
        sa.Column("injured_best", sa.Integer(), nullable=True),
        sa.Column("injured_high", sa.Integer(), nullable=True),
        sa.Column("perpetrators", sa.JSON(), nullable=True),
        sa.Column("targets", sa.JSON(), nullable=True),
        sa.Column("n_claims", sa.Integer(), server_default="0", nullable=False),
        sa.Column("n_sources", sa.Integer(), server_default="0", nullable=False),
        sa.Column("disagreements", sa.JSON(), nullable=True),
        sa.Column("status", sa.String(length=16), server_default="suggested", nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incidents")),
    )
    op.create_index("ix_incidents_admin1_code", "incidents", ["admin1_code"], unique=False)
    op.create_index("ix_incidents_date_earliest", "incidents", ["date_earliest"], unique=False)
    op.create_index("ix_incidents_date_latest", "incidents", ["date_latest"], unique=False)
    op.create_index("ix_incidents_event_type", "incidents", ["event_type"], unique=False)
    op.create_index(
        "ix_incidents_facets",
        "incidents",
        ["status", "event_type", "admin1", "date_earliest", "date_latest"],
        unique=False,
    )
    op.create_index(
        "ix_incidents_list_order",
        "incidents",
        ["date_earliest", "id", "status", "event_type", "admin1", "date_latest"],
        unique=False,
    )
    op.create_index("ix_incidents_status", "incidents", ["status"], unique=False)
    op.create_index(
        "ix_incidents_type_facets",
        "incidents",
        ["event_type", "status", "admin1", "date_earliest", "date_latest"],
        unique=False,
    )
    op.create_table(
        "login_attempts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("ok", sa.Integer(), nullable=False),
        sa.Column("remote", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_attempts")),
    )
    op.create_index("ix_login_attempts_username", "login_attempts", ["username"], unique=False)
    op.create_table(
        "meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_meta")),
    )
    op.create_table(
        "persons",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("names", sa.JSON(), nullable=True),
        sa.Column("father_name", sa.Text(), nullable=True),
        sa.Column("sex", sa.String(length=16), nullable=True),
        sa.Column("age_min", sa.Integer(), nullable=True),
        sa.Column("age_max", sa.Integer(), nullable=True),
        sa.Column("sect", sa.Text(), nullable=True),
        sa.Column("ethnicity", sa.Text(), nullable=True),
        sa.Column("occupation", sa.Text(), nullable=True),
        sa.Column("home_district", sa.Text(), nullable=True),
        sa.Column("id_numbers", sa.JSON(), nullable=True),
        sa.Column("contact", sa.Text(), nullable=True),
        sa.Column("sensitivity", sa.String(length=16), server_default="restricted", nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("merged_into", sa.Integer(), nullable=True),
        sa.Column("name_key", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["merged_into"], ["persons.id"], name=op.f("fk_persons_merged_into_persons")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_persons")),
    )
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("raw_hash", sa.String(length=64), nullable=False),
        sa.Column("raw_locator", sa.String(length=64), nullable=True),
        sa.Column("external_id", sa.String(length=200), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("outlet", sa.Text(), nullable=True),
        sa.Column("author", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("language", sa.String(length=16), nullable=True),
        sa.Column("published", sa.String(length=32), nullable=True),
        sa.Column("collected_at", sa.String(length=32), nullable=False),
        sa.Column("origin", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("text_hash", sa.String(length=64), nullable=False),
        sa.Column("simhash", sa.BigInteger(), nullable=True),
        sa.Column("sim_b0", sa.Integer(), nullable=True),
        sa.Column("sim_b1", sa.Integer(), nullable=True),
        sa.Column("sim_b2", sa.Integer(), nullable=True),
        sa.Column("sim_b3", sa.Integer(), nullable=True),
        sa.Column("duplicate_of", sa.Integer(), nullable=True),
        sa.Column("duplicate_similarity", sa.Float(), nullable=True),
        sa.Column("reliability", sa.String(length=1), server_default="F", nullable=False),
        sa.Column("sensitivity", sa.String(length=16), server_default="public", nullable=False),
        sa.Column("extracted_at", sa.String(length=32), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["duplicate_of"], ["sources.id"], name=op.f("fk_sources_duplicate_of_sources")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
        sa.UniqueConstraint("content_hash", name=op.f("uq_sources_content_hash")),
    )
    op.create_index("ix_sources_external_id", "sources", ["external_id"], unique=False)
    op.create_index("ix_sources_sim_b0", "sources", ["sim_b0"], unique=False)
    op.create_index("ix_sources_sim_b1", "sources", ["sim_b1"], unique=False)
    op.create_index("ix_sources_sim_b2", "sources", ["sim_b2"], unique=False)
    op.create_index("ix_sources_sim_b3", "sources", ["sim_b3"], unique=False)
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("failed_logins", sa.Integer(), server_default="0", nullable=False),
        sa.Column("locked_until", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_table(
        "actor_aliases",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.Text(), nullable=False),
        sa.Column("script", sa.String(length=8), server_default="Latn", nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["actors.id"], name=op.f("fk_actor_aliases_actor_id_actors")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actor_aliases")),
        sa.UniqueConstraint("actor_id", "alias", name="uq_actor_aliases_actor_alias"),
    )
    op.create_table(
        "actor_relations",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("relation", sa.String(length=32), nullable=False),
        sa.Column("other_id", sa.Integer(), nullable=False),
        sa.Column("since", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["actors.id"], name=op.f("fk_actor_relations_actor_id_actors")
        ),
        sa.ForeignKeyConstraint(
            ["other_id"], ["actors.id"], name=op.f("fk_actor_relations_other_id_actors")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actor_relations")),
    )
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("fir_number", sa.String(length=64), nullable=True),
        sa.Column("police_station", sa.Text(), nullable=True),
        sa.Column("sections", sa.JSON(), nullable=True),
        sa.Column("court", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("accused", sa.JSON(), nullable=True),
        sa.Column("stage", sa.String(length=16), nullable=True),
        sa.Column("stage_date", sa.String(length=32), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incidents.id"], name=op.f("fk_cases_incident_id_incidents")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_cases_person_id_persons")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
    )
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=True),
        sa.Column("event_type", sa.String(length=32), nullable=False),
        sa.Column("date_edtf", sa.String(length=32), nullable=True),
        sa.Column("date_earliest", sa.String(length=10), nullable=True),
        sa.Column("date_latest", sa.String(length=10), nullable=True),
        sa.Column("date_precision", sa.String(length=16), nullable=True),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("admin2", sa.Text(), nullable=True),
        sa.Column("admin1", sa.Text(), nullable=True),
        sa.Column("admin1_code", sa.String(length=8), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("place_precision", sa.String(length=16), nullable=True),
        sa.Column("killed_min", sa.Integer(), nullable=True),
        sa.Column("killed_max", sa.Integer(), nullable=True),
        sa.Column("injured_min", sa.Integer(), nullable=True),
        sa.Column("injured_max", sa.Integer(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("credibility", sa.Integer(), server_default="6", nullable=False),
        sa.Column(
            "review_status", sa.String(length=16), server_default="suggested", nullable=False
        ),
        sa.Column("reviewer", sa.String(length=200), nullable=True),
        sa.Column("reviewed_at", sa.String(length=32), nullable=True),
        sa.Column("review_reason", sa.Text(), nullable=True),
        sa.Column("extractor", sa.String(length=64), nullable=False),
        sa.Column("extractor_version", sa.String(length=32), nullable=False),
        sa.Column("link_score", sa.Float(), nullable=True),
        sa.Column("link_explanation", sa.JSON(), nullable=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incidents.id"], name=op.f("fk_claims_incident_id_incidents")
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_claims_source_id_sources")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claims")),
        sa.UniqueConstraint("source_id", "idx", "extractor", name="uq_claims_source_idx_extractor"),
    )
    op.create_index("ix_claims_date_earliest", "claims", ["date_earliest"], unique=False)
    op.create_index("ix_claims_incident_id", "claims", ["incident_id"], unique=False)
    op.create_index("ix_claims_review_status", "claims", ["review_status"], unique=False)
    op.create_index("ix_claims_source_id", "claims", ["source_id"], unique=False)
    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("phash", sa.String(length=32), nullable=True),
        sa.Column("media_type", sa.String(length=100), nullable=True),
        sa.Column("filename", sa.Text(), nullable=True),
        sa.Column("size", sa.BigInteger(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("capture", sa.JSON(), nullable=True),
        sa.Column("sensitivity", sa.String(length=16), server_default="restricted", nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=True),
        sa.Column("dhash", sa.String(length=16), nullable=True),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_evidence_source_id_sources")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence")),
        sa.UniqueConstraint("sha256", name=op.f("uq_evidence_sha256")),
    )
    op.create_table(
        "missing_cases",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=True),
        sa.Column("last_seen_date", sa.String(length=10), nullable=True),
        sa.Column("last_seen_place", sa.Text(), nullable=True),
        sa.Column("last_seen_by", sa.Text(), nullable=True),
        sa.Column("taken_by", sa.Text(), nullable=True),
        sa.Column("taken_by_basis", sa.String(length=16), nullable=True),
        sa.Column("status", sa.String(length=32), server_default="missing", nullable=False),
        sa.Column("status_date", sa.String(length=10), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incidents.id"], name=op.f("fk_missing_cases_incident_id_incidents")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_missing_cases_person_id_persons")
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_missing_cases_source_id_sources")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_missing_cases")),
    )
    op.create_index("ix_missing_cases_person_id", "missing_cases", ["person_id"], unique=False)
    op.create_table(
        "person_incidents",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=True),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_person_incidents_incident_id_incidents"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_person_incidents_person_id_persons")
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_person_incidents_source_id_sources")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_incidents")),
    )
    op.create_table(
        "victim_lists",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("organisation", sa.Text(), nullable=True),
        sa.Column("filename", sa.Text(), nullable=True),
        sa.Column("file_hash", sa.String(length=64), nullable=False),
        sa.Column("mapping", sa.JSON(), nullable=True),
        sa.Column("rows_total", sa.Integer(), server_default="0", nullable=False),
        sa.Column("rows_imported", sa.Integer(), server_default="0", nullable=False),
        sa.Column("rows_failed", sa.Integer(), server_default="0", nullable=False),
        sa.Column("errors", sa.JSON(), nullable=True),
        sa.Column("imported_at", sa.String(length=32), nullable=False),
        sa.Column("imported_by", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_victim_lists_source_id_sources")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_victim_lists")),
        sa.UniqueConstraint("name", name=op.f("uq_victim_lists_name")),
    )
    op.create_table(
        "web_sessions",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("csrf", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("last_seen", sa.String(length=32), nullable=False),
        sa.Column("expires_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_web_sessions_user_id_users")
        ),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_web_sessions")),
    )
    op.create_index("ix_web_sessions_user_id", "web_sessions", ["user_id"], unique=False)
    op.create_table(
        "case_events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("date", sa.String(length=32), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_events_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_case_events_source_id_sources")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_events")),
    )
    op.create_table(
        "custody_events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("evidence_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["evidence_id"], ["evidence.id"], name=op.f("fk_custody_events_evidence_id_evidence")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_custody_events")),
    )
    op.create_table(
        "missing_status_history",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("recorded_at", sa.String(length=32), nullable=False),
        sa.Column("recorded_by", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["missing_cases.id"],
            name=op.f("fk_missing_status_history_case_id_missing_cases"),
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_missing_status_history_source_id_sources")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_missing_status_history")),
    )
    op.create_index(
        "ix_missing_status_history_case_id", "missing_status_history", ["case_id"], unique=False
    )
    op.create_table(
        "person_sources",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("list_id", sa.Integer(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("row_number", sa.Integer(), nullable=True),
        sa.Column("incident_id", sa.Integer(), nullable=True),
        sa.Column("role", sa.String(length=16), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("father_name", sa.Text(), nullable=True),
        sa.Column("name_key", sa.Text(), nullable=True),
        sa.Column("father_key", sa.Text(), nullable=True),
        sa.Column("sex", sa.String(length=16), nullable=True),
        sa.Column("age_min", sa.Integer(), nullable=True),
        sa.Column("age_max", sa.Integer(), nullable=True),
        sa.Column("sect", sa.Text(), nullable=True),
        sa.Column("ethnicity", sa.Text(), nullable=True),
        sa.Column("occupation", sa.Text(), nullable=True),
        sa.Column("district", sa.Text(), nullable=True),
        sa.Column("incident_date", sa.String(length=10), nullable=True),
        sa.Column("id_numbers", sa.JSON(), nullable=True),
        sa.Column("data", sa.JSON(), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incidents.id"], name=op.f("fk_person_sources_incident_id_incidents")
        ),
        sa.ForeignKeyConstraint(
            ["list_id"], ["victim_lists.id"], name=op.f("fk_person_sources_list_id_victim_lists")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_person_sources_person_id_persons")
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_person_sources_source_id_sources")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_sources")),
    )
    op.create_index("ix_person_sources_list_id", "person_sources", ["list_id"], unique=False)
    op.create_index("ix_person_sources_name_key", "person_sources", ["name_key"], unique=False)
    op.create_index("ix_person_sources_person_id", "person_sources", ["person_id"], unique=False)
    op.create_table(
        "petitions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("missing_case_id", sa.Integer(), nullable=True),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("forum", sa.Text(), nullable=True),
        sa.Column("number", sa.String(length=100), nullable=True),
        sa.Column("filed_date", sa.String(length=10), nullable=True),
        sa.Column("status", sa.String(length=32), server_default="pending", nullable=False),
        sa.Column("next_hearing", sa.String(length=10), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_petitions_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["missing_case_id"],
            ["missing_cases.id"],
            name=op.f("fk_petitions_missing_case_id_missing_cases"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_petitions")),
    )
    op.create_table(
        "hearings",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("petition_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.String(length=10), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("next_date", sa.String(length=10), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["petition_id"], ["petitions.id"], name=op.f("fk_hearings_petition_id_petitions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hearings")),
    )
    op.create_index("ix_hearings_petition_id", "hearings", ["petition_id"], unique=False)
    op.create_table(
        "link_suggestions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("record_l", sa.Integer(), nullable=False),
        sa.Column("record_r", sa.Integer(), nullable=False),
        sa.Column("match_probability", sa.Float(), nullable=False),
        sa.Column("match_weight", sa.Float(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=True),
        sa.Column("model_hash", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=16), server_default="suggested", nullable=False),
        sa.Column("reviewer", sa.Text(), nullable=True),
        sa.Column("reviewed_at", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["record_l"],
            ["person_sources.id"],
            name=op.f("fk_link_suggestions_record_l_person_sources"),
        ),
        sa.ForeignKeyConstraint(
            ["record_r"],
            ["person_sources.id"],
            name=op.f("fk_link_suggestions_record_r_person_sources"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_link_suggestions")),
        sa.UniqueConstraint("record_l", "record_r", name="uq_link_suggestions_pair"),
    )
    op.create_index("ix_link_suggestions_status", "link_suggestions", ["status"], unique=False)
    bind = op.get_bind()
    dialect_for(bind.engine).create_fulltext(bind)


def downgrade() -> None:
    bind = op.get_bind()
    dialect_for(bind.engine).drop_fulltext(bind)
    op.drop_index("ix_link_suggestions_status", table_name="link_suggestions")
    op.drop_table("link_suggestions")
    op.drop_index("ix_hearings_petition_id", table_name="hearings")
    op.drop_table("hearings")
    op.drop_table("petitions")
    op.drop_index("ix_person_sources_person_id", table_name="person_sources")
    op.drop_index("ix_person_sources_name_key", table_name="person_sources")
    op.drop_index("ix_person_sources_list_id", table_name="person_sources")
    op.drop_table("person_sources")
    op.drop_index("ix_missing_status_history_case_id", table_name="missing_status_history")
    op.drop_table("missing_status_history")
    op.drop_table("custody_events")
    op.drop_table("case_events")
    op.drop_index("ix_web_sessions_user_id", table_name="web_sessions")
    op.drop_table("web_sessions")
    op.drop_table("victim_lists")
    op.drop_table("person_incidents")
    op.drop_index("ix_missing_cases_person_id", table_name="missing_cases")
    op.drop_table("missing_cases")
    op.drop_table("evidence")
    op.drop_index("ix_claims_source_id", table_name="claims")
    op.drop_index("ix_claims_review_status", table_name="claims")
    op.drop_index("ix_claims_incident_id", table_name="claims")
    op.drop_index("ix_claims_date_earliest", table_name="claims")
    op.drop_table("claims")
    op.drop_table("cases")
    op.drop_table("actor_relations")
    op.drop_table("actor_aliases")
    op.drop_table("users")
    op.drop_index("ix_sources_sim_b3", table_name="sources")
    op.drop_index("ix_sources_sim_b2", table_name="sources")
    op.drop_index("ix_sources_sim_b1", table_name="sources")
    op.drop_index("ix_sources_sim_b0", table_name="sources")
    op.drop_index("ix_sources_external_id", table_name="sources")
    op.drop_table("sources")
    op.drop_table("persons")
    op.drop_table("meta")
    op.drop_index("ix_login_attempts_username", table_name="login_attempts")
    op.drop_table("login_attempts")
    op.drop_index("ix_incidents_type_facets", table_name="incidents")
    op.drop_index("ix_incidents_status", table_name="incidents")
    op.drop_index("ix_incidents_list_order", table_name="incidents")
    op.drop_index("ix_incidents_facets", table_name="incidents")
    op.drop_index("ix_incidents_event_type", table_name="incidents")
    op.drop_index("ix_incidents_date_latest", table_name="incidents")
    op.drop_index("ix_incidents_date_earliest", table_name="incidents")
    op.drop_index("ix_incidents_admin1_code", table_name="incidents")
    op.drop_table("incidents")
    op.drop_table("checkpoints")
    op.drop_index("ix_audit_log_record", table_name="audit_log")
    op.drop_table("audit_log")
    op.drop_table("actors")
