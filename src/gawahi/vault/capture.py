"""Web capture: an HTTP fetch kept as WARC records, packaged per collection as WACZ.

What a fetch keeps, as the Berkeley Protocol asks (collection, preservation, transparency):

* the exact request sent and the response received (status line, headers, body bytes as
  transmitted, content-encoding included) as a gzip WARC/1.1 file: a ``warcinfo`` record
  (tool, versions, collector), then per HTTP exchange (every redirect hop too) a
  ``response`` record and its ``request`` record (``WARC-Concurrent-To``), and a
  ``metadata`` record holding the capture metadata as JSON;
* capture metadata (:attr:`Capture.metadata`): the URL asked for and the final URL, HTTP
  status, collection time (UTC), the collector (the acting user), tool name and version
  (gawahi, warcio, httpx) and every transformation made between the wire and what Gawahi
  stores (de-chunking by the HTTP client; later "html → text by trafilatura vX", added by
  the ingest step with :func:`transformation_for`).

One deviation from a raw socket dump, recorded as a transformation: the HTTP client removes
``Transfer-Encoding: chunked`` framing, so the body is stored de-chunked and the header is
renamed ``X-Gawahi-Orig-Transfer-Encoding`` (replay tools would otherwise try to de-chunk it).

:func:`build_wacz` packages WARCs as a WACZ 1.1.1 file (zip, every entry stored
uncompressed): ``archive/data.warc.gz`` (the WARCs concatenated, each a run of whole gzip
members, so the bytes of each WARC are an exact range of it), ``indexes/index.cdx`` (CDXJ,
sorted), ``pages/pages.jsonl``, ``datapackage.json`` (SHA-256 and size of every file) and
``datapackage-digest.json``. :func:`validate_wacz` re-checks that structure.
"""

from __future__ import annotations

import gzip
import hashlib
import importlib.metadata as md
import io
import json
import uuid
import zipfile
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

import httpx
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from gawahi import __version__

__all__ = [
    "WACZ_VERSION",
    "Capture",
    "CaptureError",
    "Exchange",
    "build_wacz",
    "fetch",
    "surt",
    "tool_versions",
    "transformation_for",
    "validate_wacz",
    "warc_from_exchanges",
]

WACZ_VERSION = "1.1.1"
MAX_REDIRECTS = 10
MAX_BODY = 200 * 1024 * 1024  # bytes kept per response
_DROP_FRAMING = "transfer-encoding"
_RENAMED_FRAMING = "X-Gawahi-Orig-Transfer-Encoding"


class CaptureError(RuntimeError):
    """A URL that could not be fetched at all (network error, bad URL, too large)."""


def _version(dist: str) -> str:
    try:
        return md.version(dist)
    except md.PackageNotFoundError:
        return "unknown"


def tool_versions() -> dict[str, str]:
    return {
        "gawahi": __version__,
        "warcio": _version("warcio"),
        "httpx": _version("httpx"),
    }


def software_string() -> str:
    v = tool_versions()
    return f"gawahi {v['gawahi']} (warcio {v['warcio']}, httpx {v['httpx']})"


def transformation_for(kind: str) -> str:
    """The words for the step that turned fetched bytes of `kind` into stored text."""
    if kind == "html":
        return f"html → text by trafilatura {_version('trafilatura')}"
    if kind == "pdf":
        return f"pdf → text by pypdf {_version('pypdf')} (text layer)"
    if kind == "jsonl":
        return "jsonl → one source per line (json, standard library)"
    return f"bytes → text (charset detection by charset-normalizer {_version('charset-normalizer')})"


def now_utc() -> datetime:
    return datetime.now(UTC)


def iso(dt: datetime) -> str:
    return dt.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class Exchange:
    """One HTTP request and its response, as sent and received."""

    url: str
    method: str
    request_target: str  # path?query as in the request line
    request_headers: list[tuple[str, str]]
    http_version: str  # "HTTP/1.1"
    status: int
    reason: str
    response_headers: list[tuple[str, str]]
    body: bytes  # as transmitted (content-encoding kept, chunk framing removed)
    at: datetime
    ip: str | None = None

    def header(self, name: str) -> str | None:
        for k, v in self.response_headers:
            if k.lower() == name.lower():
                return v
        return None


@dataclass
class Capture:
    url: str
    final_url: str
    status: int
    reason: str
    content_type: str | None
    content: bytes  # the final response body, content-encoding decoded
    warc: bytes  # gzip WARC/1.1 of every exchange
    exchanges: list[Exchange]
    collected_at: str
    collector: str
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def warc_sha256(self) -> str:
        return hashlib.sha256(self.warc).hexdigest()


def _decode_body(body: bytes, encoding: str | None) -> tuple[bytes, str | None]:
    """Undo Content-Encoding; returns (bytes, transformation words or None)."""
    enc = (encoding or "identity").strip().lower()
    if enc in ("", "identity"):
        return body, None
    if enc in ("gzip", "x-gzip"):
        return zlib.decompress(body, 16 + zlib.MAX_WBITS), "content-encoding gzip decoded (zlib)"
    if enc == "deflate":
        try:
            return zlib.decompress(body), "content-encoding deflate decoded (zlib)"
        except zlib.error:
            return zlib.decompress(body, -zlib.MAX_WBITS), "content-encoding deflate decoded (zlib)"
    # Kept as received; text extraction sees the encoded bytes and says so if it fails.
    return body, f"content-encoding {enc!r} not decoded (unsupported)"


def _server_ip(resp: httpx.Response) -> str | None:
    try:
        stream = resp.extensions.get("network_stream")
        if stream is None:
            return None
        addr = stream.get_extra_info("server_addr")
        return str(addr[0]) if addr else None
    except Exception:  # noqa: BLE001 - best effort only
        return None


def fetch(
    url: str,
    *,
    collector: str,
    timeout: float = 30.0,
    client: httpx.Client | None = None,
) -> Capture:
    """GET `url` following redirects, every hop kept; never raises for an HTTP error status."""
    headers = {
        "User-Agent": f"Gawahi/{__version__} (evidence collection)",
        "Accept-Encoding": "gzip, deflate",
    }
    own = client is None
    cl = client or httpx.Client(follow_redirects=False, timeout=timeout)
    exchanges: list[Exchange] = []
    started = now_utc()
    try:
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            try:
                req = cl.build_request("GET", current, headers=headers)
                resp = cl.send(req, stream=True, follow_redirects=False)
            except (httpx.HTTPError, httpx.InvalidURL, ValueError) as exc:
                raise CaptureError(f"could not fetch ({exc.__class__.__name__}: {exc})") from exc
            try:
                at = now_utc()
                ip = _server_ip(resp)
                chunks: list[bytes] = []
                size = 0
                for chunk in resp.iter_raw():
                    size += len(chunk)
                    if size > MAX_BODY:
                        raise CaptureError(f"response larger than {MAX_BODY // (1 << 20)} MiB")
                    chunks.append(chunk)
            except httpx.HTTPError as exc:
                raise CaptureError(f"could not fetch ({exc.__class__.__name__}: {exc})") from exc
            finally:
                resp.close()
            raw_target = req.url.raw_path.decode("ascii", "replace")
            ex = Exchange(
                url=str(req.url),
                method=req.method,
                request_target=raw_target,
                request_headers=[(k.decode("latin-1"), v.decode("latin-1")) for k, v in req.headers.raw],
                http_version=resp.http_version,
                status=resp.status_code,
                reason=resp.reason_phrase,
                response_headers=[(k.decode("latin-1"), v.decode("latin-1")) for k, v in resp.headers.raw],
                body=b"".join(chunks),
                at=at,
                ip=ip,
            )
            exchanges.append(ex)
            loc = ex.header("location")
            if resp.is_redirect and loc:
                current = urljoin(str(req.url), loc)
                continue
            break
        else:
            raise CaptureError(f"more than {MAX_REDIRECTS} redirects")
    finally:
        if own:
            cl.close()
    last = exchanges[-1]
    transformations: list[str] = []
    if any((ex.header("transfer-encoding") or "").lower() for ex in exchanges):
        transformations.append(
            f"HTTP transfer-encoding framing removed by httpx {_version('httpx')}; body kept "
            f"as transmitted otherwise (header renamed {_RENAMED_FRAMING})"
        )
    content, step = _decode_body(last.body, last.header("content-encoding"))
    if step:
        transformations.append(step + " for text extraction; WARC keeps the encoded bytes")
    collected_at = iso(started)
    meta: dict[str, Any] = {
        "url": url,
        "final_url": last.url,
        "http_status": last.status,
        "http_reason": last.reason,
        "content_type": last.header("content-type"),
        "collected_at": collected_at,
        "collector": collector,
        "tool": {"name": "gawahi", "version": __version__},
        "software": tool_versions(),
        "redirects": [ex.url for ex in exchanges[:-1]],
        "server_ip": last.ip,
        "transformations": transformations,
    }
    warc = warc_from_exchanges(exchanges, collector=collector, metadata=meta)
    meta["warc"] = {"sha256": hashlib.sha256(warc).hexdigest(), "bytes": len(warc), "format": "WARC/1.1 gzip"}
    return Capture(
        url=url,
        final_url=last.url,
        status=last.status,
        reason=last.reason,
        content_type=last.header("content-type"),
        content=content,
        warc=warc,
        exchanges=exchanges,
        collected_at=collected_at,
        collector=collector,
        metadata=meta,
    )


def _warc_date(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def warc_from_exchanges(
    exchanges: Sequence[Exchange], *, collector: str, metadata: dict[str, Any] | None = None
) -> bytes:
    """A gzip WARC/1.1 file: warcinfo, then response+request per exchange, then metadata."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True, warc_version="WARC/1.1")
    first = exchanges[0]
    info = writer.create_warcinfo_record(
        f"gawahi-{first.at.strftime('%Y%m%d%H%M%S')}.warc.gz",
        {
            "software": software_string(),
            "format": "WARC File Format 1.1",
            "conformsTo": "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
            "operator": collector,
            "description": "Captured by Gawahi for evidence preservation (Berkeley Protocol)",
            "http-header-user-agent": dict((k.lower(), v) for k, v in first.request_headers).get("user-agent", ""),
        },
    )
    info.rec_headers.replace_header("WARC-Date", _warc_date(first.at))
    writer.write_record(info)
    response_ids: list[str] = []
    for ex in exchanges:
        resp_headers = [
            ((_RENAMED_FRAMING if k.lower() == _DROP_FRAMING else k), v) for k, v in ex.response_headers
        ]
        http = StatusAndHeaders(f"{ex.status} {ex.reason}".strip(), resp_headers, protocol=ex.http_version)
        wh = {"WARC-Date": _warc_date(ex.at)}
        if ex.ip:
            wh["WARC-IP-Address"] = ex.ip
        resp = writer.create_warc_record(
            ex.url, "response", payload=io.BytesIO(ex.body), length=len(ex.body),
            http_headers=http, warc_headers_dict=wh,
        )
        req_http = StatusAndHeaders(
            f"{ex.method} {ex.request_target} {ex.http_version}", ex.request_headers, is_http_request=True
        )
        req = writer.create_warc_record(
            ex.url, "request", payload=io.BytesIO(b""), length=0,
            http_headers=req_http, warc_headers_dict={"WARC-Date": _warc_date(ex.at)},
        )
        writer.write_request_response_pair(req, resp)
        rid = resp.rec_headers.get_header("WARC-Record-ID")
        response_ids.append(rid)
    if metadata is not None:
        body = json.dumps(metadata, sort_keys=True, ensure_ascii=False, indent=1).encode("utf-8")
        rec = writer.create_warc_record(
            exchanges[-1].url, "metadata", payload=io.BytesIO(body), length=len(body),
            warc_content_type="application/json",
            warc_headers_dict={"WARC-Date": _warc_date(exchanges[-1].at), "WARC-Concurrent-To": response_ids[-1]},
        )
        writer.write_record(rec)
    return buf.getvalue()


# --- CDXJ / WACZ -------------------------------------------------------------------------


def surt(url: str) -> str:
    """Sort-friendly URI Reordering Transform, as CDXJ indexes key URLs.

    ``https://www.Example.com:443/a/B?z=1&a=2`` → ``com,example)/a/b?a=2&z=1``.
    """
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    key = ",".join(reversed(host.split("."))) if host else ""  # IPv4 too, as `surt` does
    port = parts.port
    default = {"http": 80, "https": 443}.get(parts.scheme.lower())
    if port is not None and port != default:
        key += f":{port}"
    path = parts.path or "/"
    q = parts.query
    if q:
        q = urlencode(sorted(parse_qsl(q, keep_blank_values=True)))
    return (key + ")" + path + (("?" + q) if q else "")).lower()


def cdxj_lines(warc_gz: bytes, filename: str) -> list[str]:
    """One CDXJ line per response/resource/revisit record, sorted (surt, timestamp)."""
    out: list[str] = []
    it = ArchiveIterator(io.BytesIO(warc_gz))
    for rec in it:
        if rec.rec_type not in ("response", "resource", "revisit"):
            continue
        uri = rec.rec_headers.get_header("WARC-Target-URI")
        date = rec.rec_headers.get_header("WARC-Date") or ""
        ts = "".join(ch for ch in date if ch.isdigit())[:14]
        entry: dict[str, Any] = {"url": uri}
        if rec.http_headers is not None and rec.rec_type != "resource":
            status = rec.http_headers.get_statuscode()
            ctype = rec.http_headers.get_header("Content-Type") or ""
            entry["mime"] = ctype.split(";")[0].strip() or "unk"
            entry["status"] = status
        else:
            entry["mime"] = (rec.rec_headers.get_header("Content-Type") or "unk").split(";")[0]
        digest = rec.rec_headers.get_header("WARC-Payload-Digest")
        if digest:
            entry["digest"] = digest
        rec.content_stream().read()  # consume so length/offset are known
        it.read_to_end(rec)
        entry["length"] = str(it.get_record_length())
        entry["offset"] = str(it.get_record_offset())
        entry["filename"] = filename
        out.append(f"{surt(uri)} {ts} {json.dumps(entry, separators=(', ', ': '))}")
    return sorted(out)


@dataclass(frozen=True)
class WaczPage:
    url: str
    ts: str  # ISO 8601 UTC
    title: str | None = None


def _zinfo(name: str, when: datetime) -> zipfile.ZipInfo:
    zi = zipfile.ZipInfo(name, date_time=when.astimezone(UTC).timetuple()[:6])
    zi.compress_type = zipfile.ZIP_STORED
    zi.external_attr = 0o644 << 16
    return zi


def build_wacz(
    warcs: Iterable[bytes],
    pages: Sequence[WaczPage],
    *,
    title: str = "Gawahi collection",
    description: str | None = None,
    created: datetime | None = None,
    extra: dict[str, Any] | None = None,
) -> bytes:
    """A WACZ 1.1.1 file (bytes) holding `warcs` (gzip WARC files) and `pages`."""
    created = created or now_utc()
    members: list[dict[str, Any]] = []
    data = io.BytesIO()
    for w in warcs:
        members.append({"sha256": hashlib.sha256(w).hexdigest(), "offset": data.tell(), "bytes": len(w)})
        data.write(w)
    warc_gz = data.getvalue()
    cdx = ("\n".join(cdxj_lines(warc_gz, "data.warc.gz")) + "\n").encode("utf-8")
    page_lines = [json.dumps({"format": "json-pages-1.0", "id": "pages", "title": "All Pages"})]
    for p in pages:
        obj: dict[str, Any] = {"id": uuid.uuid5(uuid.NAMESPACE_URL, p.url + p.ts).hex, "url": p.url, "ts": p.ts}
        if p.title:
            obj["title"] = p.title
        page_lines.append(json.dumps(obj, ensure_ascii=False))
    pages_bytes = ("\n".join(page_lines) + "\n").encode("utf-8")
    files = [
        ("archive/data.warc.gz", warc_gz),
        ("indexes/index.cdx", cdx),
        ("pages/pages.jsonl", pages_bytes),
    ]
    package: dict[str, Any] = {
        "profile": "data-package",
        "resources": [
            {
                "name": name.rsplit("/", 1)[-1].lower(),
                "path": name,
                "hash": "sha256:" + hashlib.sha256(b).hexdigest(),
                "bytes": len(b),
            }
            for name, b in files
        ],
        "title": title,
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "wacz_version": WACZ_VERSION,
        "software": software_string(),
    }
    if description:
        package["description"] = description
    if pages:
        package["mainPageURL"] = pages[0].url
        package["mainPageDate"] = pages[0].ts
    package["gawahi"] = {"warcs": members, **(extra or {})}
    dp = json.dumps(package, indent=2, ensure_ascii=False).encode("utf-8")
    digest = json.dumps(
        {"path": "datapackage.json", "hash": "sha256:" + hashlib.sha256(dp).hexdigest()}, indent=2
    ).encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        for name, b in files:
            z.writestr(_zinfo(name, created), b)
        z.writestr(_zinfo("datapackage.json", created), dp)
        z.writestr(_zinfo("datapackage-digest.json", created), digest)
    return out.getvalue()


def validate_wacz(data: bytes) -> list[str]:
    """Problems with a WACZ file (empty list: it is well formed). Checks the zip layout,
    every datapackage resource's size and SHA-256, the datapackage digest, that every CDXJ
    line parses and points at a WARC record whose URL it names, and pages.jsonl."""
    problems: list[str] = []
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        return [f"not a zip file: {exc}"]
    names = set(z.namelist())
    for need in ("datapackage.json", "datapackage-digest.json", "pages/pages.jsonl"):
        if need not in names:
            problems.append(f"missing {need}")
    if not any(n.startswith("archive/") and n.endswith((".warc", ".warc.gz")) for n in names):
        problems.append("no WARC under archive/")
    index_names = [n for n in names if n.startswith("indexes/") and n.endswith((".cdx", ".cdxj", ".cdx.gz"))]
    if not index_names:
        problems.append("no index under indexes/")
    if problems:
        return problems
    for zi in z.infolist():
        if zi.filename.startswith("archive/") and zi.compress_type != zipfile.ZIP_STORED:
            problems.append(f"{zi.filename} is compressed in the zip (must be stored)")
    dp_bytes = z.read("datapackage.json")
    try:
        dp = json.loads(dp_bytes)
        dig = json.loads(z.read("datapackage-digest.json"))
    except ValueError as exc:
        return [f"datapackage is not JSON: {exc}"]
    if dp.get("wacz_version") != WACZ_VERSION:
        problems.append(f"wacz_version is {dp.get('wacz_version')!r}, expected {WACZ_VERSION}")
    if dp.get("profile") != "data-package":
        problems.append("datapackage profile is not data-package")
    if dig.get("hash") != "sha256:" + hashlib.sha256(dp_bytes).hexdigest():
        problems.append("datapackage-digest.json does not match datapackage.json")
    listed = set()
    for r in dp.get("resources", []):
        path = r.get("path")
        listed.add(path)
        if path not in names:
            problems.append(f"resource {path} listed but missing")
            continue
        b = z.read(path)
        if r.get("hash") != "sha256:" + hashlib.sha256(b).hexdigest():
            problems.append(f"resource {path}: SHA-256 differs from datapackage.json")
        if r.get("bytes") != len(b):
            problems.append(f"resource {path}: size differs from datapackage.json")
    for n in names - listed - {"datapackage.json", "datapackage-digest.json"}:
        if not n.endswith("/"):
            problems.append(f"{n} is not listed in datapackage.json")
    warcs = {n: z.read(n) for n in names if n.startswith("archive/")}
    for idx in index_names:
        raw = z.read(idx)
        if idx.endswith(".gz"):
            raw = gzip.decompress(raw)
        for i, line in enumerate(raw.decode("utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                key, ts, js = line.split(" ", 2)
                entry = json.loads(js)
                off, length = int(entry["offset"]), int(entry["length"])
                warc = warcs["archive/" + entry["filename"]]
            except (ValueError, KeyError) as exc:
                problems.append(f"{idx} line {i} does not parse: {exc}")
                continue
            if not (len(ts) == 14 and ts.isdigit()) or surt(entry["url"]) != key:
                problems.append(f"{idx} line {i}: bad key or timestamp")
            try:
                rec = next(iter(ArchiveIterator(io.BytesIO(warc[off : off + length]))))
                uri = rec.rec_headers.get_header("WARC-Target-URI")
            except Exception as exc:  # noqa: BLE001 - any failure is a finding
                problems.append(f"{idx} line {i}: no WARC record at offset {off} ({exc})")
                continue
            if uri != entry["url"]:
                problems.append(f"{idx} line {i}: record at offset {off} is for {uri}, not {entry['url']}")
    lines = z.read("pages/pages.jsonl").decode("utf-8").splitlines()
    try:
        head = json.loads(lines[0])
        if head.get("format") != "json-pages-1.0":
            problems.append("pages.jsonl header lacks format json-pages-1.0")
        for ln in lines[1:]:
            if ln.strip():
                p = json.loads(ln)
                if not {"url", "ts"} <= p.keys():
                    problems.append("a pages.jsonl entry lacks url or ts")
    except (ValueError, IndexError) as exc:
        problems.append(f"pages.jsonl does not parse: {exc}")
    return problems


def split_wacz_warcs(data: bytes) -> list[bytes]:
    """The component WARC files of a WACZ built by :func:`build_wacz`, byte for byte."""
    z = zipfile.ZipFile(io.BytesIO(data))
    dp = json.loads(z.read("datapackage.json"))
    warc = z.read("archive/data.warc.gz")
    return [warc[m["offset"] : m["offset"] + m["bytes"]] for m in dp.get("gawahi", {}).get("warcs", [])]
