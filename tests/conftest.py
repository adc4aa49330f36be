"""Shared fixtures: a store on every supported database, a vault, seeded sample texts."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from gawahi.store.db import Store
from gawahi.vault.cas import LocalVault

PG_URL = os.environ.get("GAWAHI_TEST_PG_URL")
REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"


def _pg_params() -> list[object]:
    if PG_URL:
        return [pytest.param("postgresql", marks=pytest.mark.postgres)]
    if os.environ.get("CI"):
        # In CI PostgreSQL is required: .ci/run starts it. A silent skip would hide a gap.
        raise RuntimeError("CI is set but GAWAHI_TEST_PG_URL is not: start PostgreSQL (.ci/pg-start)")
    return [pytest.param("postgresql", marks=pytest.mark.skip(reason="GAWAHI_TEST_PG_URL not set"))]


DIALECTS = [pytest.param("sqlite"), *_pg_params()]


@pytest.fixture
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    kind = getattr(request, "param", "sqlite")
    if kind == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    import psycopg

    assert PG_URL is not None
    base = PG_URL.replace("postgresql+psycopg://", "postgresql://")
    name = "gw_" + uuid.uuid4().hex[:12]
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    prefix = PG_URL.rsplit("/", 1)[0]
    yield f"{prefix}/{name}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    s = Store(db_url)
    yield s
    s.close()


@pytest.fixture
def vault(tmp_path: Path) -> LocalVault:
    return LocalVault(tmp_path / "vault")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # Any test that uses `store` or `db_url` runs on SQLite and on PostgreSQL.
    if "db_url" in metafunc.fixturenames and "db_url" not in metafunc.fixturenames[:0]:
        if not any(m.name == "sqlite_only" for m in metafunc.definition.iter_markers()):
            metafunc.parametrize("db_url", DIALECTS, indirect=True)
