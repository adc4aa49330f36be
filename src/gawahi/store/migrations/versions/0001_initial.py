"""Initial schema.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from alembic import op

from gawahi.store.dialect import dialect_for
from gawahi.store.schema import metadata

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    metadata.create_all(bind)
    dialect_for(bind.engine).create_fulltext(bind)


def downgrade() -> None:
    bind = op.get_bind()
    dialect_for(bind.engine).drop_fulltext(bind)
    metadata.drop_all(bind)
