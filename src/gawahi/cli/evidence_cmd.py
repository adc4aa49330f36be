"""`gawahi evidence ...` (photos, videos, documents and their chain of custody) and
`gawahi capture URL...` (web pages kept as WARC, packaged as WACZ, ingested as sources)."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from gawahi.cli.context import SETTINGS
from gawahi.store.db import Store
from gawahi.vault.cas import LocalVault

evidence_app = typer.Typer(
    help="Evidence files (photos, videos, documents, web captures): hashes, metadata, custody.",
    no_args_is_help=True,
)


def _fail(msg: str, code: int = 2) -> typer.Exit:
    typer.echo(f"error: {msg}", err=True)
    return typer.Exit(code)


def _open() -> tuple[Store, LocalVault]:
    from gawahi.cli.core import open_store

    return open_store(), LocalVault(SETTINGS.vault_dir)


@evidence_app.command("add")
def add(
    files: list[Path] = typer.Argument(..., help="Photos, videos or documents, stored unaltered."),
    source: str | None = typer.Option(
        None, "--source", help="Where it came from: a source id (s12) to link, or words (e.g. 'WhatsApp from a witness')."
    ),
    collector: str | None = typer.Option(
        None, "--collector", help="Who collected it in the field (default: the --user typing this)."
    ),
    reason: str = typer.Option(..., "--reason", help="Why it is being collected (recorded in the chain of custody)."),
    collected_at: str | None = typer.Option(
        None, "--collected-at", help="When it was collected, ISO 8601 (default: now; no zone means UTC)."
    ),
) -> None:
    """Store files in the vault by SHA-256 with perceptual hash, metadata and custody events."""
    from gawahi.vault.custody import AddedEvidence, CustodyError, add_files

    for f in files:
        if not f.is_file():
            raise _fail(f"{f}: no such file")
    store, vault = _open()

    def on_item(item: AddedEvidence) -> None:
        state = "new" if item.created else "already held, received again"
        extra = f" phash {item.phash}" if item.phash else ""
        typer.echo(f"ok    {item.path}: evidence {item.evidence_id} ({item.kind}, {item.media_type}, {state}) sha256 {item.sha256}{extra}")
        if item.has_gps:
            typer.echo("      note: carries GPS coordinates (kept restricted; stripped from public copies)")
        for nid, dist in item.near_duplicates:
            typer.echo(f"      near-duplicate of evidence {nid} (pHash distance {dist})")

    try:
        add_files(store, vault, files, actor=SETTINGS.user, reason=reason, collector=collector,
                  source=source, collected_at=collected_at, on_item=on_item)
    except CustodyError as exc:
        raise _fail(str(exc)) from exc


@evidence_app.command("show")
def show(
    evidence_id: int = typer.Argument(..., help="Evidence id."),
    as_json: bool = typer.Option(False, "--json", help="Print as JSON."),
) -> None:
    """Hashes, metadata and the chain of custody of one evidence item (restricted fields included)."""
    from gawahi.vault.custody import get_evidence, list_events

    store, _ = _open()
    with store.read() as conn:
        row = get_evidence(conn, evidence_id)
        if row is None:
            raise _fail(f"no evidence {evidence_id}")
        events = list_events(conn, evidence_id)
    if as_json:
        typer.echo(json.dumps({"evidence": row, "custody": events}, indent=2, ensure_ascii=False, default=str))
        return
    typer.echo(f"evidence {row['id']}  [{row.get('sensitivity')}]")
    for k in ("kind", "media_type", "filename", "size", "sha256", "phash", "dhash", "source_id", "created_at"):
        if row.get(k) is not None:
            typer.echo(f"  {k:<11} {row[k]}")
    cap = row.get("capture") or {}
    if cap:
        typer.echo("  capture / metadata:")
        for line in json.dumps(cap, indent=2, ensure_ascii=False, default=str).splitlines():
            typer.echo("    " + line)
    typer.echo(f"  chain of custody ({len(events)} events):")
    for e in events:
        typer.echo(f"    {e['at']}  {e['action']:<9} {e['actor']}: {e.get('reason') or ''}")
        if e.get("detail"):
            typer.echo(f"      {json.dumps(e['detail'], ensure_ascii=False, default=str)}")


@evidence_app.command("custody")
def custody(
    evidence_id: int = typer.Argument(..., help="Evidence id."),
    action: str = typer.Option(..., "--action", help="collected, received, copied, analysed or exported."),
    reason: str = typer.Option(..., "--reason", help="Why (required)."),
    by: str | None = typer.Option(None, "--by", help="Who did it, when not the --user recording it."),
    note: str | None = typer.Option(None, "--note", help="Free detail (e.g. received from whom, copied where)."),
    at: str | None = typer.Option(None, "--at", help="When it happened, ISO 8601 (default: now)."),
) -> None:
    """Append a custody event (who, when, why) to an evidence item's chain."""
    from gawahi.vault.custody import CustodyError, record_custody

    store, _ = _open()
    try:
        eid = record_custody(store, evidence_id, action, reason, actor=SETTINGS.user,
                             on_behalf_of=by, at=at, detail={"note": note} if note else None)
    except CustodyError as exc:
        raise _fail(str(exc)) from exc
    typer.echo(f"custody event {eid}: evidence {evidence_id} {action.lower()} by {by or SETTINGS.user}")


@evidence_app.command("similar")
def similar(
    evidence_id: int = typer.Argument(..., help="Evidence id of an image."),
    max_bits: int = typer.Option(10, "--max-distance", help="pHash Hamming distance (of 64 bits) counted as near-duplicate."),
) -> None:
    """Images that are perceptual near-duplicates (resized, recompressed re-uploads)."""
    from gawahi.vault.custody import CustodyError, find_similar

    store, _ = _open()
    with store.read() as conn:
        try:
            hits = find_similar(conn, evidence_id, max_bits)
        except CustodyError as exc:
            raise _fail(str(exc)) from exc
    for h in hits:
        typer.echo(f"{h['id']:>6}  distance {h['distance']:>2}  dhash {h['dhash_distance']}  {h['sha256'][:16]}  {h['filename'] or ''}")
    typer.echo(f"{len(hits)} near-duplicate(s) of evidence {evidence_id} within {max_bits} bits")


@evidence_app.command("export-public")
def export_public_cmd(
    evidence_id: int = typer.Argument(..., help="Evidence id."),
    out: Path = typer.Argument(..., help="File to write the metadata-stripped copy to."),
    reason: str = typer.Option("public release", "--reason", help="Why it is being published."),
) -> None:
    """Write a copy with all metadata (EXIF, GPS, XMP, comments) removed; recorded as custody."""
    from gawahi.vault.custody import CustodyError, export_public

    store, vault = _open()
    try:
        res = export_public(store, vault, evidence_id, out, actor=SETTINGS.user, reason=reason)
    except CustodyError as exc:
        raise _fail(str(exc)) from exc
    removed = ", ".join(res.removed) or "nothing found"
    typer.echo(f"wrote {out} (sha256 {res.sha256}); removed: {removed}; custody event {res.event_id}")


@evidence_app.command("wacz")
def wacz_cmd(
    ids: list[int] = typer.Argument(..., help="Evidence ids of web captures (from `ingest URL` or `capture`)."),
    out: Path = typer.Option(..., "--out", "-o", help="WACZ file to write."),
    title: str = typer.Option("Gawahi collection", "--title", help="Collection title."),
) -> None:
    """Package web captures as one WACZ collection (kept in the vault, recorded as custody)."""
    from gawahi.vault.custody import CustodyError, package_wacz

    store, vault = _open()
    try:
        wid, digest, _ = package_wacz(store, vault, ids, actor=SETTINGS.user, title=title, out=out)
    except CustodyError as exc:
        raise _fail(str(exc)) from exc
    typer.echo(f"wrote {out}: WACZ evidence {wid} (sha256 {digest}) holds {len(ids)} capture(s)")


def capture_cmd(
    urls: list[str] = typer.Argument(..., help="http(s) URLs to fetch and preserve."),
    collection: str = typer.Option("Gawahi collection", "--collection", help="Title of the WACZ collection."),
    wacz: Path | None = typer.Option(None, "--wacz", help="Also write the WACZ file here."),
    extract: bool = typer.Option(True, "--extract/--no-extract", help="Extract claims from the pages."),
) -> None:
    """Fetch URLs: request and response kept as WARC in the vault, each page ingested as a
    source, and the whole run packaged as one WACZ collection (replayable in standard tools)."""
    from gawahi.extract.base import get_extractor
    from gawahi.ingest.service import ItemResult, ingest
    from gawahi.vault.custody import CustodyError, package_wacz

    for u in urls:
        if not u.startswith(("http://", "https://")):
            raise _fail(f"{u}: not an http(s) URL")
    store, vault = _open()
    ex = get_extractor(None) if extract else None
    captured: list[int] = []

    def on_item(item: ItemResult) -> None:
        if item.ok:
            typer.echo(f"ok    {item.origin}: {item.message}")
            if item.evidence_id is not None and item.evidence_id not in captured:
                captured.append(item.evidence_id)
        else:
            typer.echo(f"error {item.origin}: {item.message}", err=True)

    report = ingest(store, vault, urls, actor=SETTINGS.user, extractor=ex, on_item=on_item)
    if captured:
        try:
            wid, digest, _ = package_wacz(store, vault, captured, actor=SETTINGS.user, title=collection, out=wacz)
        except CustodyError as exc:
            raise _fail(str(exc)) from exc
        where = f", written to {wacz}" if wacz else ""
        typer.echo(f"WACZ evidence {wid} (sha256 {digest}) holds {len(captured)} capture(s){where}")
    if report.failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.add_typer(evidence_app, name="evidence")
    app.command("capture")(capture_cmd)
