"""Fuzz the parsers that take outside input; print execution counts and results.

    python benchmarks/fuzz_parsers.py [--seconds 60] [--targets html,pdf,jsonl,txt,csv,archive]
    python benchmarks/fuzz_parsers.py --engine atheris --targets pdf --seconds 120

Targets: `gawahi.ingest.readers.parse` for HTML, PDF, JSONL and TXT; the capture-table CSV
importer `gawahi.estimate.read_lists_csv`; the victim-list importer `gawahi.people.lists.read_table` (CSV and XLSX); the
archive/upload guard `gawahi.ingest.safeio.open_compressed`; and `guarded`: PDF/JSONL through
`gawahi.ingest.safeio.safe_parse`, the wrapper importers should call. The contract: a parser returns documents or raises
(or yields) its own clear error — `IngestError` (`CaptureTableError` for the CSV importer) —
and nothing else, and no input takes longer than `--slow` seconds.

Engines: `mutate` (default; pure Python, no extra dependency): seeded byte-level mutation
(bit flips, insert/delete/duplicate runs, splices between seeds, format tokens) of a seed
corpus — tests/samples.py generators plus ../shared/corpus/articles when present. `atheris`
(pip install atheris): coverage-guided libFuzzer, one target per run. Crashing and slow inputs
are written to --crash-dir (default /tmp/gawahi-fuzz) for replay.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

import logging  # noqa: E402

logging.disable(logging.CRITICAL)  # pypdf warns about every broken PDF; counts are what matter

from tests.samples import html_page, pdf_with_text, report  # noqa: E402

from gawahi.estimate import CaptureTableError, read_lists_csv  # noqa: E402
from gawahi.ingest.readers import IngestError, ParsedDoc, parse  # noqa: E402
from gawahi.ingest.safeio import open_compressed, safe_parse  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "articles"
TOKENS = {
    "html": [b"<html>", b"<p>", b"</p>", b"<script>", b"<!--", b"-->", b"<meta charset=\"x\">", b"&#x0;", b"<![CDATA[", b"<table>"],
    "pdf": [b"obj", b"endobj", b"stream\n", b"endstream", b"/Length 99999", b"xref", b"trailer", b"<<", b">>", b"/Filter /FlateDecode", b"/Encrypt", b"R", b"%%EOF"],
    "jsonl": [b'{"text": "', b'"}', b"\n", b"[", b"]", b"null", b"1e999", b"\\ud800", b'"id": ', b"{" * 50],
    "txt": [b"\r\n", b"\x00", b"\xef\xbb\xbf", b"\xff\xfe", "ٹ".encode(), b"\xe2\x80\xae", b"Please enter your comment!\n"],
    "csv": [b",", b"\n", b"count", b"0", b"1", b"-1", b"99999999999999999999", b'"', b"\r", b"1.5"],
    "lists-csv": [b",", b";", b"\t", b"\n", b'"', b"\r\n", b"\xef\xbb\xbf", b"\xff\xfe", b"Name", b"Age"],
    "lists-xlsx": [b"PK\x03\x04", b"<row>", b"<c>", b"sheet", b"xml", b"\x00" * 8],
    "guarded": [b"obj", b"stream\n", b"/Length 99999", b"xref", b"<<", b'{"text": "', b"\x00", b"%PDF-1.4\n"],
    "archive": [b"\x1f\x8b\x08", b"BZh9", b"\xfd7zXZ\x00", b"PK\x03\x04", b"PK\x01\x02", b"PK\x05\x06", b"\x00" * 16],
}  # fmt: skip


class Slow(Exception):
    pass


@dataclass
class Stats:
    target: str
    execs: int = 0
    ok: int = 0
    clean_errors: int = 0
    crashes: Counter[str] = field(default_factory=Counter)
    slow: int = 0
    max_ms: float = 0.0
    seconds: float = 0.0


def _seeds(target: str) -> list[bytes]:
    articles = [p.read_bytes() for p in sorted(CORPUS.glob("*.txt"))] if CORPUS.is_dir() else []
    texts = [report(i).encode() for i in range(5)] + [a[:4000] for a in articles]
    if target == "html":
        return [html_page(t.decode(errors="ignore"), title=f"T{i}") for i, t in enumerate(texts)]
    if target == "pdf":
        return [pdf_with_text(t.decode(errors="ignore")[:300].split(". ")) for t in texts[:4]]
    if target == "jsonl":
        return [b"\n".join(json.dumps({"id": i, "text": t.decode(errors="ignore"), "published": "2013-01-10"}).encode() for i, t in enumerate(texts[:3]))]
    if target in ("lists-csv", "lists-xlsx"):
        rows = [["Name", "Father name", "Age", "Sex", "District", "Date"], ["Ali Raza", "Raza Ali", 34, "m", "Quetta", "2013-01-10"],
                ["Bibi Fatima", "", "25-30", "f", "Kurram", "10/01/2013"]]  # fmt: skip
        if target == "lists-csv":
            return ["\n".join(",".join(str(c) for c in r) for r in rows).encode(), b"Name;Age\nA;1\n"]
        import io

        import openpyxl

        wb = openpyxl.Workbook()
        for r in rows:
            wb.active.append(r)
        buf = io.BytesIO()
        wb.save(buf)
        return [buf.getvalue()]
    if target == "guarded":
        return _seeds("pdf") + _seeds("jsonl") + _seeds("txt")[:2]
    if target == "csv":
        return [b"a,b,c,count\n1,0,0,5\n0,1,0,3\n1,1,0,2\n0,0,1,4\n", b"A,B\n1,0\n0,1\n1,1\n"]
    if target == "archive":
        import bz2
        import gzip
        import io
        import lzma
        import zipfile

        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("a.txt", texts[0])
        return [gzip.compress(texts[0]), bz2.compress(texts[1]), lzma.compress(texts[2]), buf.getvalue()]
    return texts


def _runner(target: str) -> Callable[[bytes], bool]:
    """Returns True for a parsed document, False for a clean error; anything else propagates."""
    if target in ("html", "pdf", "jsonl", "txt"):
        name = f"fuzz.{target}"

        def run(data: bytes) -> bool:
            got = False
            try:
                for item in parse(name, data):
                    if isinstance(item, ParsedDoc):
                        got = True
                    elif not isinstance(item, IngestError):
                        raise TypeError(f"parse yielded {type(item).__name__}")
            except IngestError:
                return False
            return got

        return run
    if target == "csv":
        tmp = Path(tempfile.mkdtemp(prefix="gawahi-fuzz-csv-")) / "lists.csv"

        def run_csv(data: bytes) -> bool:
            tmp.write_bytes(data)
            try:
                read_lists_csv(tmp)
            except CaptureTableError:
                return False
            return True

        return run_csv

    if target in ("lists-csv", "lists-xlsx"):
        from gawahi.people.lists import ListImportError, read_table

        suffix = ".csv" if target == "lists-csv" else ".xlsx"

        def run_lists(data: bytes) -> bool:
            try:
                read_table("fuzz" + suffix, data)
            except ListImportError:
                return False
            return True

        return run_lists
    if target == "guarded":

        def run_guarded(data: bytes) -> bool:
            got = False
            for item in safe_parse("fuzz.pdf" if data[:5] == b"%PDF-" else "fuzz.jsonl", data):
                if isinstance(item, ParsedDoc):
                    got = True
                elif not isinstance(item, IngestError):
                    raise TypeError(f"safe_parse yielded {type(item).__name__}")
            return got

        return run_guarded

    def run_archive(data: bytes) -> bool:
        try:
            return bool(list(open_compressed("fuzz.bin", data)))
        except IngestError:
            return False

    return run_archive


def mutate(rnd: random.Random, data: bytes, seeds: list[bytes], tokens: list[bytes]) -> bytes:
    buf = bytearray(data)
    for _ in range(rnd.choice((1, 1, 2, 3, 5, 8))):
        op = rnd.randrange(7)
        p = rnd.randrange(len(buf) + 1)
        if op == 0 and buf:
            i = rnd.randrange(len(buf))
            buf[i] ^= 1 << rnd.randrange(8)
        elif op == 1:
            buf[p:p] = rnd.randbytes(rnd.randint(1, 16))
        elif op == 2 and buf:
            del buf[p : p + rnd.randint(1, 64)]
        elif op == 3:
            buf[p:p] = rnd.choice(tokens)
        elif op == 4 and buf:
            q = rnd.randrange(len(buf))
            buf[p:p] = buf[q : q + rnd.randint(1, 256)] * rnd.randint(1, 4)
        elif op == 5:
            other = rnd.choice(seeds)
            q = rnd.randrange(len(other) + 1)
            buf = buf[:p] + bytearray(other[q:])
        elif op == 6 and buf:
            i = rnd.randrange(len(buf))
            buf[i] = rnd.choice(b"\x00\xff\x7f\x80 <>{}\"\\\n0123456789")
    return bytes(buf[: 4 * 1024 * 1024])


def _alarm(_sig: int, _frame: object) -> None:
    raise Slow()


def fuzz_mutate(target: str, seconds: float, slow_s: float, crash_dir: Path, seed: int) -> Stats:
    rnd = random.Random(seed)
    seeds = _seeds(target)
    run = _runner(target)
    tokens = TOKENS[target]
    st = Stats(target)
    pool = list(seeds)
    signal.signal(signal.SIGALRM, _alarm)
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        data = rnd.choice(seeds) if st.execs < len(seeds) else mutate(rnd, rnd.choice(pool), seeds, tokens)
        t0 = time.perf_counter()
        signal.setitimer(signal.ITIMER_REAL, slow_s)
        try:
            if run(data):
                st.ok += 1
                if len(pool) < 200 and rnd.random() < 0.05:
                    pool.append(data)  # keep some inputs that still parse: deeper mutations
            else:
                st.clean_errors += 1
        except Slow:
            st.slow += 1
            _save(crash_dir, target, "slow", data)
        except Exception as exc:  # noqa: BLE001 - that is what we are looking for
            tb = traceback.extract_tb(exc.__traceback__)[-1]
            key = f"{exc.__class__.__name__} at {Path(tb.filename).name}:{tb.lineno}"
            if not st.crashes[key]:
                _save(crash_dir, target, key, data)
            st.crashes[key] += 1
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        st.max_ms = max(st.max_ms, (time.perf_counter() - t0) * 1000)
        st.execs += 1
    st.seconds = time.perf_counter() - start
    return st


def _save(crash_dir: Path, target: str, kind: str, data: bytes) -> None:
    crash_dir.mkdir(parents=True, exist_ok=True)
    safe = "".join(ch if ch.isalnum() else "_" for ch in kind)[:60]
    (crash_dir / f"{target}-{safe}-{hashlib.sha256(data).hexdigest()[:12]}.bin").write_bytes(data)


def fuzz_atheris(target: str, seconds: float, crash_dir: Path) -> None:
    import atheris  # type: ignore[import-not-found]

    run = _runner(target)
    # Coverage feedback from the third-party parsers, imported here for the first time
    # (gawahi's readers import them lazily); instrumenting everything loaded takes minutes.
    with atheris.instrument_imports(include=["pypdf", "trafilatura", "charset_normalizer", "zipfile", "csv"]):
        import pypdf  # noqa: F401
        if target == "html":
            import trafilatura  # noqa: F401
    count = Counter[str]()

    def one(data: bytes) -> None:
        count["execs"] += 1
        count["ok" if run(data) else "clean_errors"] += 1

    import atexit

    atexit.register(lambda: print(f"atheris {target}: {dict(count)}"))
    seeds_dir = Path(tempfile.mkdtemp(prefix=f"gawahi-atheris-{target}-"))
    for i, s in enumerate(_seeds(target)):
        (seeds_dir / f"seed{i}").write_bytes(s)
    crash_dir.mkdir(parents=True, exist_ok=True)
    argv = [sys.argv[0], str(seeds_dir), f"-max_total_time={int(seconds)}", "-timeout=10", "-rss_limit_mb=4096",
            "-print_final_stats=1", f"-artifact_prefix={crash_dir}/atheris-{target}-"]  # fmt: skip
    atheris.Setup(argv, one)
    atheris.Fuzz()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=60.0, help="per target (default 60)")
    ap.add_argument("--targets", default="html,pdf,jsonl,txt,csv,lists-csv,lists-xlsx,archive,guarded")
    ap.add_argument("--engine", choices=("mutate", "atheris"), default="mutate")
    ap.add_argument("--slow", type=float, default=10.0, help="seconds after which one input counts as slow")
    ap.add_argument("--crash-dir", type=Path, default=Path("/tmp/gawahi-fuzz"))
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    targets = [t.strip() for t in args.targets.split(",") if t.strip()]
    if args.engine == "atheris":
        if len(targets) != 1:
            ap.error("atheris runs one target per process: --targets pdf")
        fuzz_atheris(targets[0], args.seconds, args.crash_dir)
        return 0
    print(f"fuzz_parsers: engine=mutate, {args.seconds:g}s per target, seed {args.seed}, corpus articles: {CORPUS.is_dir()}")
    header = f"{'target':<10} {'execs':>9} {'exec/s':>8} {'parsed':>8} {'clean err':>10} {'slow':>5} {'max ms':>8}  crashes"
    print(header)
    print("-" * len(header))
    bad = 0
    for t in targets:
        st = fuzz_mutate(t, args.seconds, args.slow, args.crash_dir, args.seed)
        crashes = "; ".join(f"{k} x{v}" for k, v in st.crashes.most_common()) or "none"
        bad += sum(st.crashes.values()) + st.slow
        print(f"{t:<10} {st.execs:>9,} {st.execs / st.seconds:>8,.0f} {st.ok:>8,} {st.clean_errors:>10,} {st.slow:>5} {st.max_ms:>8.0f}  {crashes}")
        sys.stdout.flush()
    print(f"result: {'OK: no crash, no slow input' if not bad else f'{bad} problem input(s); the first of each kind saved under {args.crash_dir}'}")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
