"""`gawahi user`: add (hidden prompt or --password-stdin, never a default), list, set-role,
set-password."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from gawahi.cli.main import app
from gawahi.store.db import Store
from gawahi.web.accounts import authenticate

runner = CliRunner()
PW = "a good long password"


@pytest.mark.sqlite_only
def test_user_commands(db_url: str, tmp_path: Path) -> None:
    db = ["--db", db_url]
    r = runner.invoke(app, [*db, "user", "add", "ayesha", "--role", "admin", "--password-stdin"],
                      input=PW + "\n")
    assert r.exit_code == 0, r.output
    # Interactive: typed twice at a hidden prompt.
    r = runner.invoke(app, [*db, "user", "add", "bilal", "--role", "viewer"],
                      input=f"{PW}\n{PW}\n")
    assert r.exit_code == 0, r.output
    assert PW not in r.output
    # No password, no account.
    r = runner.invoke(app, [*db, "user", "add", "chand", "--role", "viewer", "--password-stdin"],
                      input="\n")
    assert r.exit_code != 0
    r = runner.invoke(app, [*db, "user", "add", "dua", "--role", "boss", "--password-stdin"],
                      input=PW + "\n")
    assert r.exit_code != 0 and "role must be one of" in r.output
    r = runner.invoke(app, [*db, "user", "add", "eman", "--role", "viewer", "--password-stdin"],
                      input="short\n")
    assert r.exit_code != 0 and "at least" in r.output
    r = runner.invoke(app, [*db, "user", "set-role", "bilal", "reviewer"])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, [*db, "user", "set-password", "bilal", "--password-stdin"],
                      input="another long password\n")
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, [*db, "user", "list"])
    assert "ayesha\tadmin" in r.output and "bilal\treviewer" in r.output
    assert "chand" not in r.output
    store = Store(db_url)
    assert authenticate(store, "bilal", "another long password").ok
    assert not authenticate(store, "bilal", PW).ok
