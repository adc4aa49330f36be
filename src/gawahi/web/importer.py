"""Import: uploaded files and pasted URLs into the ingest service, then the linker.

Uploads are written under a fresh temporary folder with their own file name (the reader
chooses by suffix) and ingested from there; the raw bytes go into the vault first, as always.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from gawahi.extract.base import get_extractor
from gawahi.ingest.service import SUPPORTED_SUFFIXES, ItemResult, ingest
from gawahi.link.service import link
from gawahi.store.db import Store
from gawahi.vault.cas import LocalVault

MAX_UPLOAD = 50 * 1024 * 1024


@dataclass
class ImportOutcome:
    items: list[ItemResult] = field(default_factory=list)
    linked: int = 0
    new_incidents: int = 0
    errors: list[str] = field(default_factory=list)


def safe_name(name: str) -> str:
    base = Path(name or "upload").name
    base = re.sub(r"[^\w.\- ]", "_", base)[:120].strip() or "upload"
    return base


def run_import(
    store: Store,
    vault_dir: Path,
    uploads: list[tuple[str, bytes]],
    urls: list[str],
    *,
    actor: str,
    do_link: bool = True,
) -> ImportOutcome:
    out = ImportOutcome()
    targets: list[str] = []
    with tempfile.TemporaryDirectory(prefix="gawahi-upload-") as tmp:
        for i, (name, data) in enumerate(uploads):
            fname = safe_name(name)
            if Path(fname).suffix.lower() not in SUPPORTED_SUFFIXES:
                out.errors.append(f"{fname}: not a supported file type "
                                  f"({', '.join(sorted(SUPPORTED_SUFFIXES))})")
                continue
            if len(data) > MAX_UPLOAD:
                out.errors.append(f"{fname}: larger than {MAX_UPLOAD // (1024 * 1024)} MiB")
                continue
            folder = Path(tmp) / str(i)
            folder.mkdir()
            path = folder / fname
            path.write_bytes(data)
            targets.append(str(path))
        for url in urls:
            if url.startswith(("http://", "https://")):
                targets.append(url)
            elif url:
                out.errors.append(f"{url}: only http:// and https:// addresses can be fetched")
        if targets:
            report = ingest(store, LocalVault(vault_dir), targets, actor=actor,
                            extractor=get_extractor("rules-en"))
            for item in report.items:
                item.origin = _display_origin(item.origin, tmp)
            out.items = report.items
    if do_link and any(i.ok and i.claims for i in out.items):
        lr = link(store, actor=actor)
        out.linked, out.new_incidents = lr.linked_existing, lr.new_incidents
    return out


def _display_origin(origin: str, tmp: str) -> str:
    if origin.startswith(tmp):
        return Path(origin.split(" (")[0]).name + (" (" + origin.split(" (", 1)[1]
                                                   if " (" in origin else "")
    return origin
