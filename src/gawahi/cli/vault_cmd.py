"""`gawahi log ...` (the Merkle audit log) and `gawahi verify`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from gawahi.cli.context import SETTINGS
from gawahi.cli.core import open_store
from gawahi.vault.cas import LocalVault
from gawahi.vault.log import (
    LogError,
    leaves_hex,
    make_checkpoint,
    prove_consistency,
    prove_inclusion,
)

log_app = typer.Typer(
    help="The audit log: an RFC 6962 Merkle tree of every change, with signed checkpoints.",
    no_args_is_help=True,
)


@log_app.command("checkpoint")
def checkpoint() -> None:
    """Sign the current tree head (C2SP tlog-checkpoint note), store it and print it."""
    store = open_store()
    try:
        cp = make_checkpoint(store, SETTINGS.vault_dir)
    except LogError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    sys.stdout.write(cp.note)


@log_app.command("leaves")
def leaves() -> None:
    """Print every leaf's data as one hex string per line, in log order."""
    store = open_store()
    with store.read() as conn:
        for h in leaves_hex(conn):
            sys.stdout.write(h + "\n")


@log_app.command("prove-inclusion")
def prove_inclusion_cmd(
    index: int = typer.Argument(..., help="0-based leaf index."),
    size: int | None = typer.Option(None, help="Tree size (default: current)."),
) -> None:
    """Print an inclusion proof for leaf INDEX as JSON (check it with docs/verify_proof.py)."""
    store = open_store()
    try:
        with store.read() as conn:
            doc = prove_inclusion(conn, index, size)
    except LogError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(json.dumps(doc, indent=2))


@log_app.command("prove-consistency")
def prove_consistency_cmd(
    old: int = typer.Argument(..., help="Older tree size."),
    new: int = typer.Argument(..., help="Newer tree size."),
) -> None:
    """Print a consistency proof between tree sizes OLD and NEW as JSON."""
    store = open_store()
    try:
        with store.read() as conn:
            doc = prove_consistency(conn, old, new)
    except LogError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(json.dumps(doc, indent=2))


def verify(
    bundle: Path | None = typer.Argument(None, help="An exported bundle folder to check without any database."),
    vkey: str | None = typer.Option(None, "--vkey", help="The publisher's verifier key, obtained separately, to check a bundle's signature against."),
) -> None:
    """Re-hash every vault object, recompute the audit tree, check every checkpoint and that
    every record matches its last audit entry. Exit 0 only if all hold; each failure named."""
    if bundle is not None:
        from gawahi.vault.bundle import verify_bundle

        failures = verify_bundle(bundle, vkey)
        for bf in failures:
            typer.echo(f"FAIL {bf}")
        typer.echo("bundle verified" if not failures else f"{len(failures)} failure(s)")
        raise typer.Exit(0 if not failures else 1)
    from gawahi.vault.verify import verify_store

    store = open_store()
    rep = verify_store(store, LocalVault(SETTINGS.vault_dir), progress=lambda m: typer.echo(f"checking {m}...", err=True))
    for f in rep.failures:
        typer.echo(f"FAIL {f}")
    counts = ", ".join(f"{v} {k}" for k, v in rep.counts.items())
    typer.echo(("verified: " if rep.ok else f"{len(rep.failures)} failure(s); checked: ") + counts)
    raise typer.Exit(0 if rep.ok else 1)


def register(app: typer.Typer) -> None:
    app.add_typer(log_app, name="log")
    app.command("verify")(verify)
