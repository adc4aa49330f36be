"""Every difference between SQLite and PostgreSQL lives here, and nowhere else.

The rest of the store writes SQLAlchemy Core expressions that both dialects understand; what
cannot be shared (connection pragmas, full-text search, serialising audit writers) is a method
of a `Dialect` chosen from the engine's URL.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, Connection, Engine, case, cast, event, func, literal, text
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import FromClause

_FTS_RANKED = text("SELECT rowid FROM sources_fts WHERE sources_fts MATCH :q ORDER BY rank LIMIT :n")
_FTS_BY_ID = text("SELECT rowid FROM sources_fts WHERE sources_fts MATCH :q ORDER BY rowid LIMIT :n")


@dataclass(frozen=True)
class Dialect:
    name: str

    # -- connection set-up -------------------------------------------------------------------
    def configure_engine(self, engine: Engine) -> None:
        if self.name != "sqlite":
            return

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            # Durability first: WAL with FULL sync survives power loss and SIGKILL; foreign
            # keys are off by default in SQLite and must be asked for on every connection.
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            # Writers take the lock up front (IMMEDIATE) so two never deadlock on upgrade;
            # readers (Store.read) begin deferred and never block in WAL mode.
            if conn.get_execution_options().get("gawahi_read"):
                conn.exec_driver_sql("BEGIN")
            else:
                conn.exec_driver_sql("BEGIN IMMEDIATE")

    def engine_kwargs(self) -> dict[str, Any]:
        if self.name == "sqlite":
            # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own is disabled).
            # A pool large enough for a busy web server's threads: a connection past the pool
            # is closed when returned, and a new one pays for the pragmas, parsing the schema
            # and a cold page cache (measured: a third of the CPU of a loaded server).
            return {"connect_args": {"isolation_level": None, "check_same_thread": False},
                    "pool_size": 32, "max_overflow": 32}
        return {"pool_pre_ping": True}

    # -- full-text search --------------------------------------------------------------------
    def create_fulltext(self, conn: Connection) -> None:
        if self.name == "sqlite":
            conn.exec_driver_sql(
                "CREATE VIRTUAL TABLE IF NOT EXISTS sources_fts USING fts5("
                "title, text, content='sources', content_rowid='id', tokenize='unicode61')"
            )
            # External-content FTS: triggers keep the index in step with the table.
            conn.exec_driver_sql(
                "CREATE TRIGGER IF NOT EXISTS sources_ai AFTER INSERT ON sources BEGIN "
                "INSERT INTO sources_fts(rowid, title, text) VALUES (new.id, new.title, new.text);"
                " END"
            )
            conn.exec_driver_sql(
                "CREATE TRIGGER IF NOT EXISTS sources_ad AFTER DELETE ON sources BEGIN "
                "INSERT INTO sources_fts(sources_fts, rowid, title, text) "
                "VALUES ('delete', old.id, old.title, old.text); END"
            )
            conn.exec_driver_sql(
                "CREATE TRIGGER IF NOT EXISTS sources_au AFTER UPDATE ON sources BEGIN "
                "INSERT INTO sources_fts(sources_fts, rowid, title, text) "
                "VALUES ('delete', old.id, old.title, old.text); "
                "INSERT INTO sources_fts(rowid, title, text) VALUES (new.id, new.title, new.text);"
                " END"
            )
        else:
            conn.exec_driver_sql(
                "CREATE INDEX IF NOT EXISTS ix_sources_fts ON sources USING GIN "
                "(to_tsvector('simple', coalesce(title, '') || ' ' || text))"
            )

    def drop_fulltext(self, conn: Connection) -> None:
        if self.name == "sqlite":
            for trig in ("sources_ai", "sources_ad", "sources_au"):
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trig}")
            conn.exec_driver_sql("DROP TABLE IF EXISTS sources_fts")
        else:
            conn.exec_driver_sql("DROP INDEX IF EXISTS ix_sources_fts")

    def search_source_ids(self, conn: Connection, query: str, limit: int,
                          *, ranked: bool = True) -> list[int]:
        """Source ids matching every word of `query`, at most `limit`: best first on SQLite
        when `ranked` (a list of sources shown to a user), else lowest ids first, as on
        PostgreSQL (an incident search, which orders its own results: ranking every match
        first cost SQLite 20 times as much on a common word)."""
        words = re.findall(r"\w+", query, flags=re.UNICODE)
        if not words:
            return []
        if self.name == "sqlite":
            # Quote each word so FTS5 operators typed by a user are taken literally.
            match = " ".join('"' + w.replace('"', '""') + '"' for w in words)
            rows = conn.execute(_FTS_RANKED if ranked else _FTS_BY_ID, {"q": match, "n": limit})
        else:
            rows = conn.execute(
                text(
                    "SELECT id FROM sources WHERE "
                    "to_tsvector('simple', coalesce(title, '') || ' ' || text) "
                    "@@ plainto_tsquery('simple', :q) ORDER BY id LIMIT :n"
                ),
                {"q": " ".join(words), "n": limit},
            )
        return [int(r[0]) for r in rows]

    # -- ordering ----------------------------------------------------------------------------
    @property
    def desc_nulls_first(self) -> bool:
        """Where ORDER BY ... DESC puts NULLs: PostgreSQL first, SQLite last."""
        return self.name == "postgresql"

    # -- JSON lists --------------------------------------------------------------------------
    def json_objects(
        self, column: ColumnElement[Any], name: str
    ) -> tuple[FromClause, Callable[[str], ColumnElement[Any]], ColumnElement[bool]]:
        """The elements of the JSON list in `column`, one row each, as a table-valued function
        to join beside the column's table (implicitly lateral); how to read a key of an element
        as a scalar; and the condition that an element is an object. A value that is not a
        list (NULL, JSON null, an object) gives no rows."""
        if self.name == "sqlite":
            only_lists = case((func.json_type(column) == "array", column), else_=literal("[]"))
            each = func.json_each(only_lists).table_valued("value", "type").alias(name)
            return (each, lambda key: func.json_extract(each.c.value, f"$.{key}"),
                    each.c.type == "object")
        only_lists = case((func.json_typeof(column) == "array", column),
                          else_=cast(literal("[]"), JSON))
        elems = func.json_array_elements(only_lists).table_valued("value").alias(name)
        return (elems, lambda key: elems.c.value.op("->>")(key),
                func.json_typeof(elems.c.value) == "object")

    # -- audit log ---------------------------------------------------------------------------
    def lock_audit_log(self, conn: Connection) -> None:
        """Serialise audit appends so sequence order equals commit order (the Merkle order)."""
        if self.name == "postgresql":
            conn.exec_driver_sql("LOCK TABLE audit_log IN EXCLUSIVE MODE")
        # SQLite: BEGIN IMMEDIATE already holds the single database write lock.

    def integrity_check(self, conn: Connection) -> list[str]:
        if self.name == "sqlite":
            return [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check")]
        return ["ok"]


def dialect_for(engine: Engine) -> Dialect:
    name = engine.dialect.name
    if name not in ("sqlite", "postgresql"):
        raise ValueError(f"unsupported database {name!r}: use an SQLite path or postgresql:// URL")
    return Dialect(name)
