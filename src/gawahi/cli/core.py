"""Core commands: init, ingest, sources, incidents, show, link, export."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from gawahi.cli.context import SETTINGS
from gawahi.cli.render import print_incident, print_incident_table, print_source
from gawahi.extract.base import get_extractor
from gawahi.ingest.service import ItemResult, ingest
from gawahi.link.service import link as link_claims
from gawahi.publish.export import FORMATS, export
from gawahi.store.claims import IncidentFilter, get_incident, list_incidents
from gawahi.store.db import Store, StoreError
from gawahi.store.sources import count_sources, get_source, list_sources, search_sources
from gawahi.vault.cas import LocalVault

err = Console(stderr=True)


def open_store() -> Store:
    try:
        return Store(SETTINGS.db_url)
    except StoreError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc


def init() -> None:
    """Create (or upgrade) the database and the evidence vault."""
    store = open_store()
    LocalVault(SETTINGS.vault_dir)
    typer.echo(f"database ready: {store.safe_url} (schema {store.current_revision()})")
    typer.echo(f"vault ready: {SETTINGS.vault_dir}")


def ingest_cmd(
    targets: list[str] = typer.Argument(..., help="Files, folders (recursive) or http(s) URLs."),
    extract: bool = typer.Option(True, "--extract/--no-extract", help="Extract claims as sources are stored."),
    extractor: str | None = typer.Option(None, "--extractor", help="Extractor name (default: rules-en)."),
) -> None:
    """Store reports as sources: raw bytes into the vault first, then text and claims.

    Reads .txt, .html, .pdf (text layer) and .jsonl (one source per line: id, text,
    published, url, title, outlet, language). The same bytes twice make one source; a
    syndicated near-copy is linked to its original and not counted twice. A bad input
    gets one line saying why; the rest of the batch goes on; the exit status is 1 if any
    input failed.
    """
    store = open_store()
    vault = LocalVault(SETTINGS.vault_dir)
    ex = get_extractor(extractor) if extract else None
    progress = Progress(
        TextColumn("ingesting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )

    def on_item(item: ItemResult) -> None:
        progress.advance(task)
        if item.ok:
            # Printed only after the source's transaction committed: "done" means durable.
            typer.echo(f"ok    {item.origin}: {item.message}")
        else:
            typer.echo(f"error {item.origin}: {item.message}", err=True)
        sys.stdout.flush()

    with progress:
        task = progress.add_task("ingest", total=None)
        report = ingest(store, vault, targets, actor=SETTINGS.user, extractor=ex, on_item=on_item)
    ok = len(report.items) - len(report.failed)
    typer.echo(f"{ok} ingested ({report.created} new), {len(report.failed)} failed")
    if report.failed:
        raise typer.Exit(1)


def sources_cmd(
    search: str | None = typer.Option(None, "--search", "-s", help="Full-text search words."),
    limit: int = typer.Option(50, help="How many to list."),
) -> None:
    """List sources (or search their text)."""
    store = open_store()
    with store.read() as conn:
        rows = search_sources(conn, store.dialect, search, limit) if search else list_sources(conn, limit=limit)
        total = count_sources(conn)
    for s in rows:
        dup = f"  (copy of {s.duplicate_of})" if s.duplicate_of else ""
        typer.echo(f"{s.id:>5}  {s.published or '':<10}  {(s.title or s.origin or '')[:70]}{dup}")
    typer.echo(f"{len(rows)} shown of {total} sources")


def incidents_cmd(
    q: str | None = typer.Option(None, "--search", "-s", help="Words in title or place."),
    event_type: str | None = typer.Option(None, "--type", help="Event type, e.g. bombing."),
    province: str | None = typer.Option(None, "--province", help="ISO 3166-2 code, e.g. PK-BA."),
    date_from: str | None = typer.Option(None, "--from", help="Earliest date, YYYY-MM-DD."),
    date_to: str | None = typer.Option(None, "--to", help="Latest date, YYYY-MM-DD."),
    limit: int = typer.Option(100, help="How many to list."),
) -> None:
    """List incidents with deaths as low-best-high ranges and their sources."""
    store = open_store()
    f = IncidentFilter(q=q, event_type=event_type, admin1_code=province, date_from=date_from, date_to=date_to)
    with store.read() as conn:
        rows = [i for i in list_incidents(conn, f, limit=limit) if i.status != "rejected"]
    print_incident_table(rows)


def show(
    ref: str = typer.Argument(..., help="An incident id (12), or a source as s12."),
) -> None:
    """Show an incident with its claims side by side and their disagreements, or a source."""
    store = open_store()
    with store.read() as conn:
        if ref.lower().startswith("s"):
            src = get_source(conn, _int(ref[1:]))
            if src is None:
                err.print(f"[red]error:[/red] no source {ref}")
                raise typer.Exit(2)
            print_source(conn, src)
            return
        inc = get_incident(conn, _int(ref))
        if inc is None:
            err.print(f"[red]error:[/red] no incident {ref}")
            raise typer.Exit(2)
        print_incident(conn, inc)


def _int(s: str) -> int:
    try:
        return int(s)
    except ValueError:
        err.print(f"[red]error:[/red] not an id: {s!r}")
        raise typer.Exit(2) from None


def link_cmd(
    threshold: float | None = typer.Option(None, help="Match score needed to join an incident (0-1)."),
) -> None:
    """Link unlinked claims into incidents and recompute consolidated values."""
    from gawahi.link.scoring import THRESHOLD

    store = open_store()
    report = link_claims(store, actor=SETTINGS.user, threshold=threshold if threshold is not None else THRESHOLD)
    typer.echo(
        f"{report.claims_seen} claims linked: {report.linked_existing} joined existing incidents, "
        f"{report.new_incidents} new incidents"
    )


def export_cmd(
    fmt: str = typer.Option("csv", "--format", "-f", help="csv (ACLED columns), json or geojson."),
    output: Path | None = typer.Option(None, "--output", "-o", help="File to write (default: stdout)."),
) -> None:
    """Export incidents (public fields only) as CSV, JSON or GeoJSON."""
    if fmt not in FORMATS:
        err.print(f"[red]error:[/red] --format must be one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    store = open_store()
    with store.read() as conn:
        data = export(conn, fmt)
    if output is None:
        sys.stdout.write(data)
    else:
        output.write_text(data, encoding="utf-8")
        typer.echo(f"wrote {output}", err=True)


def register(app: typer.Typer) -> None:
    app.command("init")(init)
    app.command("ingest")(ingest_cmd)
    app.command("sources")(sources_cmd)
    app.command("incidents")(incidents_cmd)
    app.command("show")(show)
    app.command("link")(link_cmd)
    app.command("export")(export_cmd)
