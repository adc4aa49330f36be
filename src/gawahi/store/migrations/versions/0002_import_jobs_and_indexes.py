"""Background import jobs of the web workspace; indexes the incident page reads by.

`import_jobs` keeps each import's items and progress (survives a reload, resumable); the
evidence-by-source and people-by-incident lookups of every incident page get an index
instead of a table scan.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_jobs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("started_at", sa.String(length=32), nullable=True),
        sa.Column("finished_at", sa.String(length=32), nullable=True),
        sa.Column("status", sa.String(length=16), server_default="queued", nullable=False),
        sa.Column("do_link", sa.Integer(), server_default="1", nullable=False),
        sa.Column("total", sa.Integer(), server_default="0", nullable=False),
        sa.Column("done", sa.Integer(), server_default="0", nullable=False),
        sa.Column("current", sa.Text(), nullable=True),
        sa.Column("entries", sa.JSON(), nullable=False),
        sa.Column("errors", sa.JSON(), nullable=True),
        sa.Column("linked", sa.Integer(), server_default="0", nullable=False),
        sa.Column("new_incidents", sa.Integer(), server_default="0", nullable=False),
        sa.Column("owner", sa.String(length=100), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_jobs")),
    )
    op.create_index("ix_import_jobs_status", "import_jobs", ["status"], unique=False)
    op.create_index("ix_import_jobs_created_by", "import_jobs", ["created_by"], unique=False)
    op.create_index("ix_evidence_source_id", "evidence", ["source_id"], unique=False)
    op.create_index(
        "ix_person_incidents_incident_id", "person_incidents", ["incident_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_person_incidents_incident_id", table_name="person_incidents")
    op.drop_index("ix_evidence_source_id", table_name="evidence")
    op.drop_index("ix_import_jobs_created_by", table_name="import_jobs")
    op.drop_index("ix_import_jobs_status", table_name="import_jobs")
    op.drop_table("import_jobs")
