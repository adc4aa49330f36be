"""Turn raw bytes into text and metadata. Pure functions: no database, no vault, no network.

Each reader raises `IngestError` with a one-line reason a user can act on; nothing here
swallows an error.
"""

from __future__ import annotations

import io
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from charset_normalizer import from_bytes

from gawahi.model.vocab import SourceKind

MAX_BYTES = 50 * 1024 * 1024  # a single input larger than this is refused, not half-read


class IngestError(Exception):
    """An input that cannot be ingested, with the reason in words."""


@dataclass
class ParsedDoc:
    text: str
    title: str | None = None
    author: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = None
    external_id: str | None = None
    kind: SourceKind = SourceKind.OTHER
    locator: str | None = None  # where inside the raw file (JSONL line)
    raw: bytes = b""  # the bytes this document's content hash covers
    extra: dict[str, Any] = field(default_factory=dict)


# Page debris that survives extraction, mostly comment forms and share widgets. Matched
# against whole lines only, so a sentence that merely quotes these words is kept.
_DEBRIS = re.compile(
    r"^\s*(please enter your (comment|name|email)[^\n]*|you have entered an incorrect email"
    r"[^\n]*|leave a (reply|comment)[^\n]*|save my name, email[^\n]*|notify me of [^\n]*|"
    r"share this:?|like this:?|click to share[^\n]*|related( posts| articles)?:?|"
    r"subscribe( to our newsletter)?[^\n]*|advertisement|loading\.\.\.|"
    r"post comment|cancel reply|log in to reply|reply$)\s*$",
    re.IGNORECASE,
)


def clean_text(text: str) -> str:
    """Normalise line ends, drop debris lines, collapse runs of blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    lines = [ln.rstrip() for ln in text.split("\n") if not _DEBRIS.match(ln)]
    out = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return out


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > len(sample) * 0.05


def decode_text(data: bytes) -> str:
    """Decode bytes of unknown encoding, refusing binary junk and undecidable encodings."""
    if not data.strip():
        raise IngestError("empty file")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _looks_binary(data):
        raise IngestError("binary data, not text (is this the right file?)")
    best = from_bytes(data).best()
    if best is None or best.encoding is None or not _plausible(str(best)):
        raise IngestError("unknown text encoding: save the file as UTF-8 and ingest it again")
    return str(best)


def _expected_char(ch: str) -> bool:
    # Gawahi's inputs are English and Urdu: Latin, Arabic script, punctuation, whitespace.
    o = ord(ch)
    return (
        o < 0x250
        or 0x600 <= o <= 0x6FF
        or 0x750 <= o <= 0x77F
        or 0x2000 <= o <= 0x206F
        or 0xFB50 <= o <= 0xFDFF
        or 0xFE70 <= o <= 0xFEFE
    )


def _plausible(text: str) -> bool:
    """A guessed decoding is accepted only if it reads as the scripts we expect."""
    if not text or "\ufffd" in text or "\ufeff" in text[1:]:
        return False
    return sum(map(_expected_char, text)) / len(text) >= 0.9


def read_txt(data: bytes) -> ParsedDoc:
    text = clean_text(decode_text(data))
    if not text:
        raise IngestError("no text after removing page debris")
    first = text.split("\n", 1)[0].strip()
    title = first if 0 < len(first) <= 200 else None
    return ParsedDoc(text=text, title=title, raw=data)


def read_html(data: bytes, url: str | None = None) -> ParsedDoc:
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    html = decode_text(data)
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=True,
    )
    if doc is None:
        raise IngestError("no article text found in the HTML page")
    d: dict[str, Any] = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = clean_text(str(d.get("text") or ""))
    if not text:
        raise IngestError("no article text found in the HTML page")
    return ParsedDoc(
        text=text,
        title=d.get("title"),
        author=d.get("author"),
        published=d.get("date"),
        outlet=d.get("sitename") or d.get("hostname"),
        url=url or d.get("url"),
        language=d.get("language"),
        kind=SourceKind.NEWS_ARTICLE,
        raw=data,
    )


def read_pdf(data: bytes) -> ParsedDoc:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    # pypdf logs repairs it attempts, quoting bytes of the input; errors reach the user as
    # our own one-line IngestError instead.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise IngestError("PDF is encrypted: decrypt it first")
        pages = [page.extract_text() or "" for page in reader.pages]
        meta = reader.metadata
    except IngestError:
        raise
    except PdfReadError as exc:
        # The class name only: pypdf's messages can quote bytes of the (hostile) input.
        raise IngestError(f"unreadable PDF ({exc.__class__.__name__})") from exc
    except Exception as exc:  # noqa: BLE001 - pypdf raises assorted errors on hostile files
        raise IngestError(f"unreadable PDF ({exc.__class__.__name__})") from exc
    text = clean_text("\n\n".join(pages))
    if not text:
        raise IngestError("PDF has no text layer (scanned image?): OCR it first")
    title = str(meta.title) if meta is not None and meta.title else None
    author = str(meta.author) if meta is not None and meta.author else None
    return ParsedDoc(text=text, title=title, author=author, kind=SourceKind.NGO_REPORT, raw=data)


def iter_jsonl(data: bytes) -> Iterator[ParsedDoc | IngestError]:
    """One source per line; a bad line yields an IngestError naming it, the rest go on."""
    text = decode_text(data)
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(f"line {n}: not valid JSON ({exc.msg})")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield IngestError(f"line {n}: needs an object with a string field 'text'")
            continue
        body = clean_text(obj["text"])
        if not body:
            yield IngestError(f"line {n}: empty text")
            continue
        known = {"id", "text", "published", "url", "title", "outlet", "language", "author"}
        yield ParsedDoc(
            text=body,
            title=_opt_str(obj.get("title")),
            author=_opt_str(obj.get("author")),
            published=_opt_str(obj.get("published")),
            outlet=_opt_str(obj.get("outlet")),
            url=_opt_str(obj.get("url")),
            language=_opt_str(obj.get("language")),
            external_id=_opt_str(obj.get("id")),
            kind=SourceKind.NEWS_ARTICLE,
            locator=f"line {n}",
            raw=line.encode("utf-8"),
            extra={k: v for k, v in obj.items() if k not in known and k != "gold"},
        )


def _opt_str(v: Any) -> str | None:
    return None if v is None else str(v)


def sniff_kind(name: str, data: bytes, content_type: str | None = None) -> str:
    """'txt', 'html', 'pdf' or 'jsonl', from the name, the content type, then the bytes."""
    lower = name.lower()
    ct = (content_type or "").lower()
    if lower.endswith(".pdf") or "application/pdf" in ct or data[:5] == b"%PDF-":
        return "pdf"
    if lower.endswith(".jsonl") or lower.endswith(".ndjson"):
        return "jsonl"
    if lower.endswith((".html", ".htm", ".xhtml")) or "html" in ct:
        return "html"
    head = data[:1024].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "txt"


def parse(name: str, data: bytes, content_type: str | None = None) -> Iterator[ParsedDoc | IngestError]:
    if len(data) > MAX_BYTES:
        yield IngestError(f"larger than {MAX_BYTES // (1024 * 1024)} MiB: split it first")
        return
    kind = sniff_kind(name, data, content_type)
    try:
        if kind == "jsonl":
            yield from iter_jsonl(data)
        elif kind == "pdf":
            yield read_pdf(data)
        elif kind == "html":
            yield read_html(data, url=name if "://" in name else None)
        else:
            yield read_txt(data)
    except IngestError as exc:
        yield exc
    except RecursionError:
        yield IngestError(f"{kind} input nested too deeply to read")
