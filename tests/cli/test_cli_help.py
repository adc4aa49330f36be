"""Every command has help text and is documented in the README or docs/."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import click
import typer
from typer.testing import CliRunner

from gawahi.cli.main import app

REPO = Path(__file__).resolve().parents[2]


def _commands(cmd: click.Command, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], click.Command]]:
    if path:
        yield path, cmd
    if hasattr(cmd, "commands"):
        for name, sub in cmd.commands.items():
            yield from _commands(sub, (*path, name))


def _all() -> list[tuple[tuple[str, ...], click.Command]]:
    return list(_commands(typer.main.get_command(app)))


def test_core_commands_exist() -> None:
    names = {p[0] for p, _ in _all()}
    for required in ("init", "ingest", "extract", "sources", "incidents", "show", "export", "demo", "serve", "link"):
        assert required in names, required


def test_every_command_has_help_and_is_documented() -> None:
    docs = (REPO / "README.md").read_text()
    docs += "".join(p.read_text() for p in sorted((REPO / "docs").glob("*.md")))
    runner = CliRunner()
    for path, cmd in _all():
        assert (cmd.help or "").strip(), f"gawahi {' '.join(path)} has no help text"
        result = runner.invoke(app, [*path, "--help"])
        assert result.exit_code == 0, result.output
        assert "Usage" in result.output
        assert f"gawahi {' '.join(path)}" in docs, f"gawahi {' '.join(path)} is not documented"


def test_cli_reference_is_current() -> None:
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "gen_cli_docs.py"), "--check"],
        capture_output=True, text=True, check=False,
    )
    assert out.returncode == 0, out.stderr
