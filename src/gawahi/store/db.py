"""Opening a database: engine, dialect, migrations. One `Store` per database URL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from gawahi.store.dialect import Dialect, dialect_for


class StoreError(RuntimeError):
    """A database problem explained in words a user can act on."""


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(files("gawahi.store") / "migrations"))
    return cfg


class Store:
    """A Gawahi database (SQLite file or PostgreSQL), migrated to the current schema."""

    def __init__(self, url: str, *, migrate: bool = True) -> None:
        try:
            parsed = make_url(url)
        except ArgumentError as exc:
            raise StoreError(f"not a database URL or path: {url!r}") from exc
        if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
            parent = Path(parsed.database).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(f"folder for the SQLite database does not exist: {parent}")
        self.url = url
        engine_kwargs = Dialect(parsed.get_backend_name()).engine_kwargs()
        self.engine = create_engine(url, **engine_kwargs)
        self.dialect = dialect_for(self.engine)
        self.dialect.configure_engine(self.engine)
        if migrate:
            self.migrate()

    def migrate(self) -> None:
        cfg = _alembic_config()
        try:
            with self.engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
        except OperationalError as exc:
            raise StoreError(f"cannot open database {self.safe_url}: {exc.orig}") from exc

    def current_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    @staticmethod
    def head_revision() -> str | None:
        return ScriptDirectory.from_config(_alembic_config()).get_current_head()

    @property
    def safe_url(self) -> str:
        """The URL with any password hidden, for messages and logs."""
        return make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One atomic unit of work: committed on success, rolled back on any exception."""
        with self.engine.begin() as conn:
            yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect().execution_options(gawahi_read=True) as conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()
