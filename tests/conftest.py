"""Shared fixtures: a store on every supported database, a vault, seeded sample texts."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from gawahi.store.db import Store
from gawahi.vault.cas import LocalVault

REPO = Path(__file__).resolve().parents[1]
PG_URL = os.environ.get("GAWAHI_TEST_PG_URL")
_PG_STARTED: str | None = None


def pytest_configure(config: pytest.Config) -> None:
    """Start a throwaway PostgreSQL (Debian's binaries) when none is given, so the plain
    `pytest` runs the store tests on both databases wherever PostgreSQL is installed."""
    global PG_URL, _PG_STARTED
    if PG_URL or not list(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl")):
        return
    if hasattr(config, "workerinput"):
        return
    import socket
    import subprocess

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    out = subprocess.run(
        [str(REPO / ".ci" / "pg-start")],
        env={**os.environ, "GAWAHI_PG_PORT": str(port)},
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode != 0:
        raise RuntimeError(f"could not start PostgreSQL for the tests: {out.stderr.strip()}")
    env = dict(line.removeprefix("export ").split("=", 1) for line in out.stdout.splitlines())
    PG_URL = env["GAWAHI_TEST_PG_URL"]
    _PG_STARTED = env["GAWAHI_TEST_PGDATA"]
    os.environ["GAWAHI_TEST_PG_URL"] = PG_URL


def pytest_unconfigure(config: pytest.Config) -> None:
    if _PG_STARTED:
        import shutil
        import subprocess

        pg_ctl = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))[-1]
        cmd = [str(pg_ctl), "-D", _PG_STARTED, "-m", "immediate", "stop"]
        if os.geteuid() == 0:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, capture_output=True, check=False)
        shutil.rmtree(_PG_STARTED, ignore_errors=True)
CORPUS = REPO.parent / "shared" / "corpus"


def _pg_params() -> list[object]:
    if os.environ.get("GAWAHI_TEST_PG_URL"):
        return [pytest.param("postgresql", marks=pytest.mark.postgres)]
    if os.environ.get("CI"):
        # In CI PostgreSQL is required: .ci/run starts it. A silent skip would hide a gap.
        raise RuntimeError("CI is set but GAWAHI_TEST_PG_URL is not: start PostgreSQL (.ci/pg-start)")
    return [pytest.param("postgresql", marks=pytest.mark.skip(reason="GAWAHI_TEST_PG_URL not set"))]



@pytest.fixture
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    kind = getattr(request, "param", "sqlite")
    if kind == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    import psycopg

    pg_url = os.environ["GAWAHI_TEST_PG_URL"]
    base = pg_url.replace("postgresql+psycopg://", "postgresql://")
    name = "gw_" + uuid.uuid4().hex[:12]
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    prefix = pg_url.rsplit("/", 1)[0]
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
            dialects = [pytest.param("sqlite"), *_pg_params()]
            metafunc.parametrize("db_url", dialects, indirect=True)
