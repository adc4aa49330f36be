"""`gawahi publish` and `gawahi report`: redacted public bundles and self-contained reports.

Errors are one line each; no stack trace, secret or redacted value is ever printed (a crash
says which kind of error it was and how to get details: GAWAHI_DEBUG=1).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from gawahi.cli.context import SETTINGS

if TYPE_CHECKING:
    from gawahi.publish.view import PublicView


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


@contextmanager
def _guard() -> Iterator[None]:
    from gawahi.publish.browser import BrowserUnavailable
    from gawahi.publish.bundle import PublishError
    from gawahi.publish.policy import PolicyError
    from gawahi.store.db import StoreError
    from gawahi.vault.log import LogError

    try:
        yield
    except (typer.Exit, typer.Abort):
        raise
    except (PolicyError, PublishError, StoreError, BrowserUnavailable, LogError) as exc:
        raise _fail(str(exc)) from None
    except OSError as exc:
        raise _fail(f"{exc.strerror or exc.__class__.__name__}: {Path(str(exc.filename or '')).name}") from None
    except Exception as exc:  # noqa: BLE001 - last line of defence: never a traceback
        if os.environ.get("GAWAHI_DEBUG") == "1":
            raise
        raise _fail(f"internal error ({exc.__class__.__name__}); rerun with GAWAHI_DEBUG=1 for details", 3) from None


def _names(path: Path | None) -> list[str]:
    if path is None:
        return []
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]


def _secret(path: Path | None) -> bytes | None:
    if path is None:
        return None
    data = path.read_bytes().strip()
    if len(data) < 32:
        raise _fail("pseudonym key file must hold at least 32 bytes")
    return data


def _quiet_logs() -> None:
    logging.basicConfig(level=logging.INFO if os.environ.get("GAWAHI_VERBOSE") else logging.WARNING)


def publish_cmd(
    out: Path = typer.Argument(..., help="New folder to write the bundle into (must not exist or be empty)."),
    policy: str = typer.Option("public", "--policy", "-p", help="Bundled policy name (public, partner) or a policy .toml file."),
    sign_key: Path | None = typer.Option(None, "--sign-key", help="Vault signer key file (PRIVATE+KEY+...) to sign the manifest."),
    protect_names: Path | None = typer.Option(None, "--protect-names", help="File of extra names to mask in all text, one per line."),
    pseudonym_key: Path | None = typer.Option(None, "--pseudonym-key", help="Secret file for stable pseudonyms across publications (default: a fresh random secret, never written)."),
    log_proofs: bool = typer.Option(False, "--log-proofs", help="Add log/: a signed audit-log checkpoint and inclusion proofs for every published record (writes a checkpoint; needs --vault)."),
) -> None:
    """Publish a redacted bundle: CSV (ACLED columns), JSON, GeoJSON, SQLite + Datasette
    metadata, a report of what was masked, manifest.json and MANIFEST.sha256 (signed with
    --sign-key). Every record passes the policy's one redaction step."""
    from gawahi.publish.bundle import publish
    from gawahi.publish.policy import load_policy
    from gawahi.store.db import Store

    _quiet_logs()
    with _guard():
        pol = load_policy(policy)
        store = Store(SETTINGS.db_url)
        hook = None
        if log_proofs:
            from gawahi.publish.bundle import published_records
            from gawahi.vault.bundle import write_log_evidence

            def hook(view: PublicView, folder: Path) -> None:
                write_log_evidence(store, SETTINGS.vault_dir, folder, published_records(view))

        with store.read() as conn:
            res = publish(conn, pol, out, secret=_secret(pseudonym_key), extra_names=_names(protect_names),
                          sign_key=sign_key, before_manifest=hook)  # fmt: skip
        store.close()
    c = res.counts
    typer.echo(
        f"published {out} under policy {pol.name} {pol.version}: {c['incidents']} incidents, {c['claims']} claims, "
        f"{c['sources']} sources (+{c['protected_sources']} protected), {c['victims']} victims, "
        f"{c['masked_spans']} spans masked; {len(res.files)} files"
    )
    if res.signed:
        typer.echo(f"manifest signed; verifier key: {res.verifier_key}")
    else:
        typer.echo("manifest NOT signed (no --sign-key given); check files with: sha256sum -c MANIFEST.sha256")
    if log_proofs:
        typer.echo("audit-log checkpoint and inclusion proofs in log/; check all with: gawahi verify " + str(out))


def report_cmd(
    output: Path = typer.Option(Path("report.html"), "--output", "-o", help="HTML file to write."),
    pdf: Path | None = typer.Option(None, "--pdf", help="Also print a PDF with headless Chromium."),
    policy: str = typer.Option("public", "--policy", "-p", help="Bundled policy name or policy .toml file."),
    title: str = typer.Option("Gawahi report: sectarian violence in Pakistan", "--title", help="Report title."),
    protect_names: Path | None = typer.Option(None, "--protect-names", help="File of extra names to mask, one per line."),
    redactions: Path | None = typer.Option(None, "--redactions", help="Also write a CSV of what was masked where (type, record, field, offset, length; never the value)."),
) -> None:
    """Write a self-contained HTML report (inline CSS and SVG, loads nothing) with headline
    ranges, timeline, map, tables, method and citations; optionally a PDF."""
    from gawahi.publish.browser import BrowserUnavailable, html_to_pdf
    from gawahi.publish.policy import load_policy
    from gawahi.publish.report import render_html
    from gawahi.publish.view import build_view
    from gawahi.store.db import Store

    _quiet_logs()
    with _guard():
        pol = load_policy(policy)
        store = Store(SETTINGS.db_url)
        with store.read() as conn:
            view = build_view(conn, pol, extra_names=_names(protect_names))
        store.close()
        output.write_text(render_html(view, title=title), encoding="utf-8")
        if redactions is not None:
            from gawahi.publish.bundle import MASK_COLUMNS, rows_csv

            redactions.write_text(rows_csv([m.row() for m in view.masks], MASK_COLUMNS), encoding="utf-8")
    typer.echo(f"wrote {output} ({len(view.incidents)} incidents, policy {pol.name} {pol.version})")
    if pdf is not None:
        try:
            html_to_pdf(output, pdf)
        except BrowserUnavailable as exc:
            typer.echo(f"PDF skipped: {exc}", err=True)
            return
        typer.echo(f"wrote {pdf}")


def register(app: typer.Typer) -> None:
    cmds: list[tuple[str, Callable[..., None]]] = [("publish", publish_cmd), ("report", report_cmd)]
    for name, fn in cmds:
        app.command(name)(fn)
