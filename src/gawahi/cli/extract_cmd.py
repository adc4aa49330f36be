"""`gawahi extract`: the DESIGN.md JSONL interface. Reads files, prints claims; no database."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import typer

from gawahi.extract.base import Document, Extractor, available_extractors, get_extractor
from gawahi.extract.cli_jsonl import documents_from_path
from gawahi.ingest.readers import IngestError, parse


def _documents(path: Path) -> Iterator[Document | IngestError]:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".txt", ".text", ".md"):
        # Text and JSONL are read as given, so spans index the caller's own text exactly.
        try:
            yield from documents_from_path(path)
        except (ValueError, UnicodeDecodeError) as exc:
            yield IngestError(f"{exc.__class__.__name__}: {exc}")
        return
    for parsed in parse(str(path), path.read_bytes()):
        if isinstance(parsed, IngestError):
            yield parsed
        else:
            yield Document(source=str(path), text=parsed.text, title=parsed.title)


def extract(
    files: list[Path] = typer.Argument(..., help=".jsonl (id, text, published, ...), .txt, .html or .pdf files."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="Output format: jsonl (one claim per line)."),
    extractor: str | None = typer.Option(None, "--extractor", help="Extractor name; default by language."),
    list_extractors: bool = typer.Option(False, "--list", help="List available extractors and exit."),
) -> None:
    """Extract claims from report files and print them as JSON Lines, without any database.

    One JSON object per claim, with a character span for every field (see DESIGN.md,
    "Interfaces"). `source` is the JSONL `id`, or the file path for other inputs.
    """
    if list_extractors:
        typer.echo("\n".join(available_extractors()))
        return
    if fmt != "jsonl":
        typer.echo("error: --format must be jsonl", err=True)
        raise typer.Exit(2)
    cache: dict[str, Extractor] = {}
    failed = 0
    out = sys.stdout
    for path in files:
        if not path.is_file():
            typer.echo(f"error {path}: no such file", err=True)
            failed += 1
            continue
        for doc in _documents(path):
            if isinstance(doc, IngestError):
                typer.echo(f"error {path}: {doc}", err=True)
                failed += 1
                continue
            ex = cache.get(doc.language)
            if ex is None:
                try:
                    ex = cache[doc.language] = get_extractor(extractor, language=doc.language)
                except LookupError as exc:
                    typer.echo(f"error: {exc}", err=True)
                    raise typer.Exit(2) from exc
            for claim in ex.extract(doc):
                out.write(claim.to_json_line() + "\n")
    out.flush()
    if failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)
