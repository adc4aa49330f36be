"""`gawahi publish`: a redacted public bundle, hashed and (when a key is given) signed.

The bundle folder holds the same public view in every format users ask for — CSV (ACLED
columns where they map), JSON, GeoJSON, a SQLite file ready for Datasette with its
`metadata.json` — plus a report of what free text was masked, `manifest.json` and
`MANIFEST.sha256` (check it with `sha256sum -c MANIFEST.sha256`). With a signing key,
`MANIFEST.sha256.sig` is a signed note (Ed25519, gawahi.vault.checkpoint) over the manifest.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from gawahi import __version__
from gawahi.publish.export import bundles_from_view, to_csv, to_geojson, to_json
from gawahi.publish.policy import Policy
from gawahi.publish.view import PublicView, build_view

log = logging.getLogger("gawahi.publish")

DB_NAME = "gawahi.db"
CLAIM_COLUMNS = [
    "id", "incident_id", "source_ref", "source", "protected_source", "event_type", "date_edtf",
    "date_earliest", "date_latest", "date_precision", "place", "admin2", "admin1", "admin1_code",
    "killed_min", "killed_max", "killed_wording", "injured_min", "injured_max", "perpetrators",
    "targets", "characterisation", "confidence", "credibility", "review_status", "excerpt",
]  # fmt: skip
SOURCE_COLUMNS = ["ref", "protected", "label", "kind", "title", "outlet", "url", "published", "language", "reliability"]
MASK_COLUMNS = ["type", "record", "record_id", "field", "start", "length"]


class PublishError(RuntimeError):
    """A bundle that cannot be written, with the reason in words."""


@dataclass
class PublishResult:
    out_dir: Path
    files: dict[str, str] = field(default_factory=dict)  # name -> sha256
    signed: bool = False
    verifier_key: str | None = None
    counts: dict[str, int] = field(default_factory=dict)


def _cell(v: Any) -> Any:
    if isinstance(v, list) and all(isinstance(x, dict) and "actor" in x for x in v):
        return "; ".join(f"{x['actor']} ({x['basis']})" for x in v)
    if isinstance(v, list) and all(isinstance(x, str) for x in v):
        return "; ".join(v)
    if isinstance(v, (list, dict)):
        return json.dumps(v, ensure_ascii=False, sort_keys=True)
    return v


def rows_csv(rows: Iterable[dict[str, Any]], columns: list[str]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: _cell(r.get(k)) for k in columns})
    return buf.getvalue()


def _columns(rows: list[dict[str, Any]], first: list[str] | None = None) -> list[str]:
    cols = list(first or [])
    for r in rows:
        cols.extend(k for k in r if k not in cols)
    return cols


def write_sqlite(path: Path, view: PublicView) -> None:
    """The public view as SQLite tables for Datasette (lists and objects as JSON text)."""
    tables: dict[str, list[dict[str, Any]]] = {
        "incidents": view.incidents,
        "claims": view.claims,
        "sources": view.sources,
        "victims": view.victims,
        "attributions": [
            {"incident_id": i["id"], "actor": p["actor"], "basis": p["basis"], "claims": p.get("claims")}
            for i in view.incidents
            for p in i.get("perpetrators") or []
        ],
        "redactions": [m.row() for m in view.masks],
        "publication": [view.policy.summary() | {"generated_at": view.generated_at, "gawahi": __version__}],
    }
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
        for name, rows in tables.items():
            first = {"claims": CLAIM_COLUMNS, "sources": SOURCE_COLUMNS, "redactions": MASK_COLUMNS}.get(name)
            cols = _columns(rows, first) or ["id"]
            pk = " PRIMARY KEY" if "id" in cols and name in ("incidents", "claims") else ""
            col_sql = ", ".join(f'"{c}" {_affinity(rows, c)}' + (pk if c == "id" else "") for c in cols)
            conn.execute(f'CREATE TABLE "{name}" ({col_sql})')
            marks = ", ".join("?" for _ in cols)
            conn.executemany(
                f'INSERT INTO "{name}" VALUES ({marks})',  # noqa: S608 - names are ours, values bound
                [tuple(_sql(r.get(c)) for c in cols) for r in rows],
            )
        conn.commit()
        conn.execute("VACUUM")  # no free pages: nothing but the rows above is in the file
    finally:
        conn.close()


def _affinity(rows: list[dict[str, Any]], col: str) -> str:
    """INTEGER / REAL / TEXT from the values, so Datasette filters compare as users expect."""
    seen = {type(r.get(col)) for r in rows if r.get(col) is not None}
    if seen and seen <= {int, bool}:
        return "INTEGER"
    if seen and seen <= {int, float}:
        return "REAL"
    return "TEXT"


def _sql(v: Any) -> Any:
    if isinstance(v, (list, dict)):
        return json.dumps(v, ensure_ascii=False, sort_keys=True)
    if isinstance(v, bool):
        return int(v)
    return v


def datasette_metadata(view: PublicView) -> dict[str, Any]:
    p = view.policy
    return {
        "title": "Gawahi: documented sectarian violence in Pakistan (public dataset)",
        "description": (
            "Incidents consolidated from claims made by named sources; every figure is a range "
            "with its claims and sources. Attributions are allegations with their basis "
            "(alleged, claimed, charged, convicted, acquitted), never findings of guilt. "
            f"Redacted under publication policy '{p.name}' version {p.version} "
            f"(sha256 {p.digest[:12]}); generated {view.generated_at}."
        ),
        "license": p.licence or "CC-BY-4.0",
        "license_url": "https://creativecommons.org/licenses/by/4.0/" if p.licence in ("", "CC-BY-4.0") else None,
        "source": "Gawahi evidence record: news reports, NGO reports and testimony (protected sources withheld)",
        "databases": {
            "gawahi": {
                "tables": {
                    "incidents": {
                        "description": "One row per incident; deaths and injuries as low/best/high ranges.",
                        "columns": {
                            "deaths_low": "smallest figure any claim gives",
                            "deaths_best": "median of exact figures from the most reliable claims",
                            "deaths_high": "largest figure any claim gives",
                            "lat": "district centroid (coordinates are generalised)",
                        },
                    },
                    "claims": {"description": "What one source says about one incident, with a masked excerpt."},
                    "sources": {"description": "Citations; protected sources (testimony, restricted) are not identified."},
                    "victims": {"description": "Victims per policy: pseudonymous ids, age bands, no names."},
                    "attributions": {"description": "Alleged perpetrators with the basis of each attribution."},
                    "redactions": {"description": "What free text was masked where (type, offset, length; never the value)."},
                    "publication": {"description": "The policy and software that produced this bundle."},
                }
            }
        },
    }


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def published_records(view: PublicView) -> dict[str, list[int]]:
    """{table: ids} of the records a bundle shows (protected sources never listed)."""
    return {
        "incidents": sorted(int(i["id"]) for i in view.incidents),
        "claims": sorted(int(c["id"]) for c in view.claims if c.get("id") is not None),
        "sources": sorted(int(s["id"]) for s in view.sources if not s["protected"] and s.get("id") is not None),
    }


def write_bundle(
    view: PublicView,
    out: Path,
    *,
    sign_key: Path | None = None,
    before_manifest: Callable[[Path], None] | None = None,
) -> PublishResult:
    """Write the bundle for `view` into the new folder `out` (refuses an existing non-empty one).

    `before_manifest(folder)` may add files (e.g. the audit log's inclusion proofs,
    gawahi.vault.bundle.write_log_evidence) so that they are hashed and signed with the rest."""
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise PublishError(f"{out} exists and is not empty: choose a new folder")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".gawahi-publish-", dir=out.parent))
    try:
        result = _write_all(view, tmp, sign_key, before_manifest)
        tmp.chmod(0o755)  # mkdtemp makes it private; a bundle is for sharing
        if out.exists():
            out.rmdir()
        os.replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    result.out_dir = out
    log.info("bundle written: %d files, signed=%s", len(result.files), result.signed)
    return result


def _write_all(
    view: PublicView, d: Path, sign_key: Path | None, before_manifest: Callable[[Path], None] | None
) -> PublishResult:
    bundles = bundles_from_view(view)
    texts = {
        "incidents.csv": to_csv(bundles),
        "incidents.json": to_json(bundles),
        "incidents.geojson": to_geojson(bundles),
        "claims.csv": rows_csv(view.claims, CLAIM_COLUMNS),
        "claims.json": json.dumps({"claims": view.claims}, ensure_ascii=False, indent=2),
        "sources.csv": rows_csv(view.sources, SOURCE_COLUMNS),
        "victims.csv": rows_csv(view.victims, _columns(view.victims, ["person", "incident_id", "role"])),
        "victims.json": json.dumps({"victims": view.victims}, ensure_ascii=False, indent=2),
        "redactions.csv": rows_csv([m.row() for m in view.masks], MASK_COLUMNS),
        "redactions.json": json.dumps({"redactions": [m.row() for m in view.masks]}, indent=1),
        "metadata.json": json.dumps(datasette_metadata(view), ensure_ascii=False, indent=2),
        "README.txt": _readme(view),
    }
    for name, text in texts.items():
        (d / name).write_text(text, encoding="utf-8")
    write_sqlite(d / DB_NAME, view)
    if before_manifest is not None:
        before_manifest(d)
    files = {p.relative_to(d).as_posix(): _sha256(p) for p in sorted(d.rglob("*")) if p.is_file()}
    result = PublishResult(d, counts=_counts(view))
    signer = None
    if sign_key is not None:
        from gawahi.vault.checkpoint import NoteError, load_signer_key

        try:
            signer = load_signer_key(sign_key)
        except (OSError, UnicodeDecodeError, NoteError) as exc:
            raise PublishError(f"cannot use signing key {sign_key.name}: {exc.__class__.__name__}") from None
        result.signed, result.verifier_key = True, signer.vkey
    manifest = {
        "gawahi": __version__,
        "generated_at": view.generated_at,
        "policy": view.policy.summary(),
        "counts": result.counts,
        "files": [{"path": n, "sha256": h, "bytes": (d / n).stat().st_size} for n, h in files.items()],
        "signature": (
            {"format": "C2SP signed-note (Ed25519) over MANIFEST.sha256", "file": "MANIFEST.sha256.sig",
             "verifier_key": result.verifier_key}
            if signer else {"signed": False, "why": "no signing key given (--sign-key)"}
        ),
    }  # fmt: skip
    (d / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8")
    files["manifest.json"] = _sha256(d / "manifest.json")
    text = "".join(f"{h}  {n}\n" for n, h in sorted(files.items()))
    (d / "MANIFEST.sha256").write_text(text, encoding="utf-8")
    if signer is not None:
        from gawahi.vault.checkpoint import sign_note

        (d / "MANIFEST.sha256.sig").write_text(sign_note(text, signer), encoding="utf-8")
    result.files = files
    return result


def _counts(view: PublicView) -> dict[str, int]:
    return {
        "incidents": len(view.incidents),
        "claims": len(view.claims),
        "sources": sum(1 for s in view.sources if not s["protected"]),
        "protected_sources": sum(1 for s in view.sources if s["protected"]),
        "victims": len(view.victims),
        "masked_spans": len(view.masks),
    }


def _readme(view: PublicView) -> str:
    p = view.policy
    return (
        "Gawahi public bundle\n"
        f"Policy: {p.name} {p.version} (sha256 {p.digest})\nGenerated: {view.generated_at}\n"
        f"Licence: {p.licence}\n\n"
        "Files: incidents.csv (ACLED columns, then Gawahi's), incidents.json, incidents.geojson,\n"
        "claims.csv/json (each claim with its source citation and a masked excerpt),\n"
        "sources.csv (citations; protected sources are not identified), victims.csv/json,\n"
        "redactions.csv/json (what was masked where, never the value), gawahi.db + metadata.json\n"
        "(open with: datasette gawahi.db -m metadata.json).\n\n"
        "Check integrity: sha256sum -c MANIFEST.sha256   (or: gawahi verify THIS_FOLDER --vkey KEY)\n"
        "Check the signature (if MANIFEST.sha256.sig exists) against the publisher's verifier key\n"
        "with gawahi.vault.checkpoint.open_note, or any C2SP signed-note verifier.\n\n"
        "Deaths are ranges (low-best-high) across sources; attributions are allegations with\n"
        "their basis, never findings of guilt.\n"
    )


def publish(
    conn: Connection,
    policy: Policy,
    out: Path,
    *,
    secret: bytes | None = None,
    extra_names: Iterable[str] = (),
    sign_key: Path | None = None,
    before_manifest: Callable[[PublicView, Path], None] | None = None,
) -> PublishResult:
    view = build_view(conn, policy, secret=secret, extra_names=extra_names)
    hook = (lambda d: before_manifest(view, d)) if before_manifest is not None else None
    return write_bundle(view, out, sign_key=sign_key, before_manifest=hook)


__all__ = [
    "DB_NAME",
    "PublishError",
    "PublishResult",
    "datasette_metadata",
    "publish",
    "published_records",
    "write_bundle",
]
