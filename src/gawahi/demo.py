"""The demo: build a database from the bundled sample corpus with the real pipeline."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from importlib.resources import as_file, files
from pathlib import Path

from gawahi.extract.base import get_extractor
from gawahi.ingest.service import IngestReport, ingest
from gawahi.link.service import LinkReport, link
from gawahi.store.db import Store
from gawahi.vault.cas import LocalVault

MARKER = ".gawahi-demo"


@dataclass
class DemoResult:
    db_url: str
    vault_dir: Path
    ingest: IngestReport
    link: LinkReport
    store: Store


def build_demo(folder: Path, *, actor: str = "demo") -> DemoResult:
    """(Re)build `folder`/demo.db and `folder`/vault from the sample corpus.

    Refuses to clear a non-empty folder that it did not create, so a mistyped path never
    deletes someone's work.
    """
    folder = folder.resolve()
    if folder.exists() and any(folder.iterdir()):
        if not (folder / MARKER).exists():
            raise FileExistsError(
                f"{folder} exists and is not a Gawahi demo folder: choose another --dir"
            )
        shutil.rmtree(folder)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / MARKER).write_text("built by gawahi demo; safe to delete\n")
    db_url = f"sqlite:///{folder / 'demo.db'}"
    store = Store(db_url)
    vault = LocalVault(folder / "vault")
    corpus = files("gawahi.data") / "demo"
    with as_file(corpus / "reports.jsonl") as reports, as_file(corpus / "syndicated.jsonl") as synd:
        report = ingest(
            store, vault, [str(reports), str(synd)], actor=actor, extractor=get_extractor("rules-en")
        )
    return DemoResult(db_url, folder / "vault", report, link(store, actor=actor), store)
