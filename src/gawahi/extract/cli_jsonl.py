"""`python -m gawahi.extract.cli_jsonl FILE...`: one ExtractedClaim JSON per line, no database.

Inputs are `.jsonl` files of sources (`id`, `text`, optional `published`, `title`, `language`)
or plain text files (source = the path). `gawahi extract --format jsonl` wraps `extract_paths`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from gawahi.extract.base import Document, Extractor, get_extractor
from gawahi.model.claims import ExtractedClaim


def _parse_date(value: object) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def documents_from_path(path: Path) -> Iterator[Document]:
    """Documents in one input file: a JSONL of sources, or one plain-text document."""
    if path.suffix.lower() == ".jsonl":
        with path.open(encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.strip()
                if not line:
                    continue
                rec = json.loads(line)
                yield Document(
                    source=str(rec.get("id") or f"{path}:{n}"), text=rec.get("text") or "",
                    published=_parse_date(rec.get("published")),
                    language=rec.get("language") or "en", title=rec.get("title"),
                )
    else:
        yield Document(source=str(path), text=path.read_text(encoding="utf-8", errors="replace"))


def extract_paths(paths: list[Path], extractor_name: str | None = None) -> Iterator[ExtractedClaim]:
    """Claims for every document in `paths`, one extractor instance per language."""
    cache: dict[str, Extractor | None] = {}
    for path in paths:
        for doc in documents_from_path(path):
            if doc.language not in cache:
                try:
                    cache[doc.language] = get_extractor(extractor_name, language=doc.language)
                except LookupError as e:
                    if extractor_name is not None:
                        raise
                    # No extractor for this language yet (e.g. Urdu): say so once, go on.
                    print(f"warning: {e}; skipping {doc.language!r} documents", file=sys.stderr)
                    cache[doc.language] = None
            ex = cache[doc.language]
            if ex is not None:
                yield from ex.extract(doc)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="gawahi-extract", description=__doc__)
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--extractor", default=None, help="extractor name (default: by language)")
    a = ap.parse_args(argv)
    out = sys.stdout
    for claim in extract_paths(a.files, a.extractor):
        out.write(claim.to_json_line() + "\n")
    out.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
