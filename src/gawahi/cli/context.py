"""Options shared by every command (where the database and the vault live)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import typer

DEFAULT_DB = "sqlite:///gawahi.db"
DEFAULT_VAULT = "gawahi-vault"


@dataclass
class Settings:
    db_url: str = DEFAULT_DB
    vault_dir: Path = Path(DEFAULT_VAULT)
    user: str = "cli"


SETTINGS = Settings()


def normalise_db_url(value: str) -> str:
    """Accept a bare path as an SQLite file; keep SQLAlchemy URLs as they are."""
    if "://" in value:
        if value.startswith("postgresql://"):
            # psycopg 3 is the driver we ship with; SQLAlchemy defaults to psycopg2.
            return "postgresql+psycopg://" + value[len("postgresql://") :]
        return value
    return f"sqlite:///{value}"


def global_options(
    db: str = typer.Option(
        os.environ.get("GAWAHI_DB", DEFAULT_DB),
        "--db",
        help="Database: a SQLite file path or URL (default ./gawahi.db), or postgresql://...",
        envvar="GAWAHI_DB",
    ),
    vault: Path = typer.Option(
        Path(os.environ.get("GAWAHI_VAULT", DEFAULT_VAULT)),
        "--vault",
        help="Folder of the content-addressed evidence vault (default ./gawahi-vault).",
        envvar="GAWAHI_VAULT",
    ),
    user: str = typer.Option(
        os.environ.get("GAWAHI_USER", os.environ.get("USER", "cli")),
        "--user",
        help="Name recorded in the audit log for changes made by this command.",
        envvar="GAWAHI_USER",
    ),
) -> None:
    SETTINGS.db_url = normalise_db_url(db)
    SETTINGS.vault_dir = vault
    SETTINGS.user = user
