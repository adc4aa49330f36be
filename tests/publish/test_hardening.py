"""Security hardening: parsers of outside input fuzzed (no crash, only IngestError / the
importer's own error), upload limits and archive-bomb refusal. Bounded here; the long run is
benchmarks/fuzz_parsers.py."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gawahi.ingest.readers import IngestError, ParsedDoc, parse
from gawahi.ingest.safeio import MAX_UPLOAD, check_upload, open_compressed
from tests.samples import html_page, pdf_with_text, report

FUZZ = settings(max_examples=150, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])  # fmt: skip
SEEDS = {
    "a.html": html_page(report(1)),
    "a.pdf": pdf_with_text([report(2)[:80], "Karachi 0300-1234567"]),
    "a.jsonl": b'{"id": "x", "text": "' + report(3).encode() + b'"}\n{"id": 2, "text": 5}\n',
    "a.txt": report(4).encode(),
}


def _mutate(data: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    buf = bytearray(data)
    for pos, cut, ins in edits:
        p = pos % (len(buf) + 1)
        buf[p : p + cut] = ins
    return bytes(buf)


def _drain(name: str, data: bytes) -> None:
    """Only ParsedDoc or yielded IngestError, one-line messages; parse never raises."""
    items = list(parse(name, data))
    for item in items:
        assert isinstance(item, (ParsedDoc, IngestError))
        if isinstance(item, IngestError):
            msg = str(item)
            assert msg and "\n" not in msg and "Traceback" not in msg


def test_parse_yields_errors_for_undecodable_jsonl() -> None:
    items = list(parse("bad.jsonl", b"\xff\x00\x81\x82" * 10))
    assert len(items) == 1 and isinstance(items[0], IngestError)


edits = st.lists(st.tuples(st.integers(0, 1 << 16), st.integers(0, 64), st.binary(max_size=32)), max_size=8)


@FUZZ
@given(name=st.sampled_from(sorted(SEEDS)), e=edits)
def test_mutated_inputs_never_crash(name: str, e: list[tuple[int, int, bytes]]) -> None:
    _drain(name, _mutate(SEEDS[name], e))


@FUZZ
@given(name=st.sampled_from(["x.html", "x.pdf", "x.jsonl", "x.txt", "x.bin"]), data=st.binary(max_size=2048))
def test_random_bytes_never_crash(name: str, data: bytes) -> None:
    _drain(name, data)


@FUZZ
@given(text=st.text(max_size=400))
def test_random_text_never_crashes(text: str) -> None:
    for name in ("t.txt", "t.jsonl", "t.html"):
        _drain(name, text.encode("utf-8", "surrogatepass"))


@settings(max_examples=100, deadline=None, derandomize=True)
@given(data=st.binary(max_size=512))
def test_capture_table_csv_importer_only_raises_its_error(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    from gawahi.estimate import CaptureTableError, read_lists_csv

    p = tmp_path_factory.mktemp("csv") / "lists.csv"
    p.write_bytes(b"a,b,count\n" + data)
    try:
        read_lists_csv(p)
    except CaptureTableError:
        pass


def test_upload_limit() -> None:
    check_upload("ok.txt", b"x" * 10)
    with pytest.raises(IngestError, match="larger than"):
        check_upload("big.txt", b"x" * 11, limit=10)
    big = b"x" * (MAX_UPLOAD + 1)
    assert isinstance(next(iter(parse("big.txt", big))), IngestError)


@pytest.mark.parametrize("kind", ["gzip", "bzip2", "xz", "zip"])
def test_archive_bomb_refused_small_archive_opened(kind: str) -> None:
    def pack(payload: bytes) -> bytes:
        if kind == "gzip":
            return gzip.compress(payload)
        if kind == "bzip2":
            return bz2.compress(payload)
        if kind == "xz":
            return lzma.compress(payload)
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("a.txt", payload)
        return buf.getvalue()

    ok = report(5).encode()
    assert [body for _, body in open_compressed(f"f.{kind}", pack(ok))] == [ok]
    bomb = pack(b"\0" * (20 * 1024 * 1024))  # 20 MiB of zeros: ~1000:1
    with pytest.raises(IngestError, match="archive bomb"):
        list(open_compressed(f"bomb.{kind}", bomb))


def test_zip_lying_about_sizes_nested_and_traversal_refused() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("../etc/passwd", b"x")
    with pytest.raises(IngestError, match="unsafe path"):
        list(open_compressed("t.zip", buf.getvalue()))
    with pytest.raises(IngestError, match="nested"):
        list(open_compressed("n.gz", gzip.compress(gzip.compress(b"hello"))))
    with pytest.raises(IngestError, match="corrupt"):
        list(open_compressed("c.gz", b"\x1f\x8b" + b"junk" * 10))
    assert list(open_compressed("plain.txt", b"hello")) == [("plain.txt", b"hello")]


@settings(max_examples=150, deadline=None, derandomize=True)
@given(data=st.binary(max_size=1024), magic=st.sampled_from([b"\x1f\x8b", b"BZh", b"\xfd7zXZ\x00", b"PK\x03\x04", b""]))
def test_open_compressed_fuzz(data: bytes, magic: bytes) -> None:
    try:
        for _, body in open_compressed("f", magic + data):
            assert isinstance(body, bytes)
    except IngestError as exc:
        assert "\n" not in str(exc)


def test_errors_do_not_echo_paths(tmp_path: Path) -> None:
    with pytest.raises(IngestError) as err:
        check_upload(str(tmp_path / "secret-folder" / "witness.txt"), b"xx", limit=1)
    assert "secret-folder" not in str(err.value)


def _xlsx(rows: list[list[object]]) -> bytes:
    import openpyxl
    wb = openpyxl.Workbook()
    for r in rows:
        wb.active.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@settings(max_examples=120, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(suffix=st.sampled_from([".csv", ".xlsx", ".tsv"]), e=edits)
def test_victim_list_importer_only_raises_its_error(suffix: str, e: list[tuple[int, int, bytes]]) -> None:
    from gawahi.people import lists
    seed = (_xlsx([["Name", "Father", "Age", "District"], ["A B", "C D", 30, "Quetta"]]) if suffix == ".xlsx"
            else b"Name,Father,Age,District\nA B,C D,30,Quetta\n")  # fmt: skip
    try:
        lists.read_table("list" + suffix, _mutate(seed, e))
    except lists.ListImportError as exc:
        assert str(exc)


def test_xlsx_bomb_refused_before_openpyxl() -> None:
    from gawahi.ingest.safeio import check_container

    good = _xlsx([["Name"], ["A B"]])
    check_container("ok.xlsx", good)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", b"<x/>")
        z.writestr("xl/worksheets/sheet1.xml", b" " * (30 * 1024 * 1024))
    with pytest.raises(IngestError, match="archive bomb"):
        check_container("bomb.xlsx", buf.getvalue())


def test_victim_list_csv_bare_cr_is_a_clean_error() -> None:
    """Found by benchmarks/fuzz_parsers.py: a bare CR in a field must not escape as csv.Error."""
    from gawahi.people import lists

    try:
        lists.read_table("x.csv", b"Name,Age\nA\rB,1\n")
    except lists.ListImportError:
        pass
