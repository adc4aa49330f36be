"""`gawahi demo` and `gawahi serve`."""

from __future__ import annotations

from pathlib import Path

import typer

from gawahi.cli.render import print_incident_table
from gawahi.demo import build_demo
from gawahi.store.claims import list_incidents
from gawahi.store.sources import count_sources


def demo(
    folder: Path = typer.Option(Path("gawahi-demo"), "--dir", help="Folder for the demo database and vault (rebuilt each time)."),
    serve: bool = typer.Option(True, "--serve/--no-serve", help="Serve the web app after building (default) or print a summary and exit."),
    host: str = typer.Option("127.0.0.1", help="Address to serve on (loopback by default)."),
    port: int = typer.Option(8765, help="Port to serve on."),
) -> None:
    """Build a demo database from the bundled sample reports (clearly labelled sample data)
    with the real pipeline — ingest, extract, link — then serve it, or with --no-serve print
    the incidents and exit."""
    try:
        result = build_demo(folder)
    except FileExistsError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    with result.store.read() as conn:
        rows = [i for i in list_incidents(conn, limit=1000) if i.status != "rejected"]
        n_sources = count_sources(conn)
        n_orig = count_sources(conn, originals_only=True)
    typer.echo(
        f"demo database {result.db_url}: {n_sources} sources ({n_sources - n_orig} near-duplicate), "
        f"{result.link.claims_seen} claims, {len(rows)} incidents"
    )
    print_incident_table(rows)
    if serve:
        _serve(result.db_url, result.vault_dir, host, port)


def serve(
    host: str = typer.Option("127.0.0.1", help="Address to bind (loopback by default; say 0.0.0.0 only behind a proxy)."),
    port: int = typer.Option(8765, help="Port to bind."),
) -> None:
    """Serve the web workspace for the database given by --db."""
    from gawahi.cli.context import SETTINGS

    _serve(SETTINGS.db_url, SETTINGS.vault_dir, host, port)


def _serve(db_url: str, vault: Path, host: str, port: int) -> None:
    try:
        from gawahi.web.app import run
    except ImportError:
        typer.echo(
            "the web workspace is not built yet (issue 4); use `gawahi incidents` and "
            "`gawahi show ID` meanwhile",
            err=True,
        )
        raise typer.Exit(0) from None
    run(db_url=db_url, vault_dir=vault, host=host, port=port)


def register(app: typer.Typer) -> None:
    app.command("demo")(demo)
    app.command("serve")(serve)
