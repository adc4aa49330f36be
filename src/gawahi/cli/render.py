"""Plain-text rendering of incidents and sources for the terminal."""

from __future__ import annotations

from collections.abc import Sequence

import typer
from sqlalchemy import Connection

from gawahi.model.records import Incident, Source
from gawahi.store.claims import claims_for_incident, claims_for_source
from gawahi.store.sources import get_source


def deaths_range(low: int | None, best: int | None, high: int | None) -> str:
    """A range, never one falsely precise number: '84 (80-91)'."""
    if low is None and high is None:
        return "not stated"
    if low == high:
        return str(low)
    return f"{best} ({low}-{high})"


def print_incident_table(rows: Sequence[Incident]) -> None:
    typer.echo(f"{'id':>5}  {'date':<10}  {'type':<16} {'place':<22} {'deaths':<16} src")
    for i in rows:
        typer.echo(
            f"{i.id:>5}  {(i.date_edtf or '?'):<10}  {(i.event_type or '?'):<16} "
            f"{(i.place or i.admin1 or '?')[:22]:<22} "
            f"{deaths_range(i.deaths_low, i.deaths_best, i.deaths_high):<16} {i.n_sources}"
        )
    typer.echo(f"{len(rows)} incidents")


def print_incident(conn: Connection, inc: Incident) -> None:
    typer.echo(f"Incident {inc.id}: {inc.title}")
    typer.echo(f"  status     {inc.status}")
    typer.echo(f"  date       {inc.date_edtf} ({inc.date_precision})")
    typer.echo(f"  place      {inc.place}, {inc.admin2 or '-'}, {inc.admin1 or '-'} [{inc.admin1_code or '-'}]")
    typer.echo(f"  deaths     {deaths_range(inc.deaths_low, inc.deaths_best, inc.deaths_high)}")
    typer.echo(f"  injured    {deaths_range(inc.injured_low, inc.injured_best, inc.injured_high)}")
    for p in inc.perpetrators:
        typer.echo(f"  attributed {p.actor} — {p.basis} (claims {', '.join(map(str, p.claims))})")
    if inc.targets:
        typer.echo("  targeted   " + ", ".join(t.group for t in inc.targets))
    typer.echo(f"  claims from {inc.n_sources} source(s):")
    typer.echo(f"    {'claim':>5} {'source':<28} {'date':<11} {'place':<16} {'killed':<12} {'injured':<10} basis/perpetrator")
    for c in claims_for_incident(conn, inc.id):
        src = get_source(conn, c.source_id)
        label = ((src.outlet or src.title or "") if src else "")[:22] + f" [s{c.source_id}]"
        d = c.data
        perps = "; ".join(f"{p.actor} ({p.basis.value})" for p in d.perpetrators) or "-"
        typer.echo(
            f"    {c.id:>5} {label:<28} {(d.date.edtf or '-'):<11} {(d.location.name or '-')[:16]:<16} "
            f"{d.killed.label() or '-':<12} {d.injured.label() or '-':<10} {perps}"
            + ("" if c.review_status == "suggested" else f"  [{c.review_status}]")
        )
    if inc.disagreements:
        typer.echo("  disagreements:")
        for field, values in inc.disagreements.items():
            shown = " | ".join(f"{v['value']} (claims {', '.join(map(str, v['claims']))})" for v in values)
            typer.echo(f"    {field:<14} {shown}")


def print_source(conn: Connection, src: Source) -> None:
    typer.echo(f"Source {src.id}: {src.title or '(untitled)'}")
    typer.echo(f"  outlet {src.outlet or '-'}  published {src.published or '-'}  url {src.url or '-'}")
    typer.echo(f"  sha256 {src.content_hash}  collected {src.collected_at}")
    if src.duplicate_of:
        typer.echo(f"  near-duplicate of source {src.duplicate_of} (similarity {src.duplicate_similarity:.2f})")
    for c in claims_for_source(conn, src.id):
        d = c.data
        typer.echo(f"  claim {c.id} -> incident {c.incident_id}: {d.event_type.value}, {d.date.edtf}, {d.location.name}")
        for name, span in (
            ("date", d.date.span),
            ("place", d.location.span),
            ("killed", d.killed.span),
            ("injured", d.injured.span),
        ):
            if span:
                typer.echo(f"      {name:<8} \"{src.text[span[0]:span[1]]}\" [{span[0]}:{span[1]}]")
        for p in d.perpetrators:
            if p.span:
                typer.echo(f"      actor    \"{src.text[p.span[0]:p.span[1]]}\" -> {p.actor} ({p.basis.value})")
    typer.echo("")
    typer.echo(src.text)
