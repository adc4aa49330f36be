"""Alembic environment: Gawahi runs migrations in-process on the connection it hands over."""

from __future__ import annotations

from alembic import context

from gawahi.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through gawahi (gawahi init), which supplies the connection")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
