"""Media evidence: stored unaltered, perceptual near-duplicates found, EXIF/GPS read and kept
restricted, and stripped from every copy meant for publication. Images are generated with
Pillow from fixed seeds."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, PngImagePlugin

from gawahi.model.records import Evidence, field_sensitivity
from gawahi.model.vocab import Sensitivity
from gawahi.store.db import Store
from gawahi.vault.cas import LocalVault, hash_file
from gawahi.vault.custody import (
    CustodyError,
    add_files,
    export_public,
    find_similar,
    get_evidence,
    list_events,
)
from gawahi.vault.media import (
    NEAR_DUPLICATE_BITS,
    StripError,
    dhash,
    hamming,
    inspect_media,
    metadata_left,
    phash,
    strip_metadata,
)

XMP = (
    b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
    b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
    b'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Witness Name</dc:creator>'
    b"</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>"
)


def scene(seed: int, size: tuple[int, int] = (640, 480)) -> Image.Image:
    """A photo-like picture: a background and a dozen random shapes."""
    rnd = random.Random(seed)
    img = Image.new("RGB", size, tuple(rnd.randrange(256) for _ in range(3)))  # type: ignore[arg-type]
    d = ImageDraw.Draw(img)
    for _ in range(12):
        x0, y0 = rnd.randrange(size[0]), rnd.randrange(size[1])
        box = [x0, y0, x0 + rnd.randrange(40, 300), y0 + rnd.randrange(40, 300)]
        colour = tuple(rnd.randrange(256) for _ in range(3))
        (d.rectangle if rnd.random() < 0.5 else d.ellipse)(box, fill=colour)  # type: ignore[arg-type]
    return img


def gps_exif(img: Image.Image) -> Image.Exif:
    ex = img.getexif()
    ex[0x010F] = "Canon"  # Make
    ex[0x0110] = "EOS 5D"  # Model
    ex[0x0132] = "2013:02:16 17:05:00"  # DateTime
    ex[0x8825] = {1: "N", 2: (30.0, 11.0, 24.0), 3: "E", 4: (67.0, 0.0, 36.0)}  # Quetta
    return ex


def jpeg(img: Image.Image, quality: int = 90, **kw: object) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, **kw)
    return buf.getvalue()


def photo_with_everything(seed: int = 1) -> bytes:
    img = scene(seed)
    return jpeg(img, exif=gps_exif(img).tobytes(), xmp=XMP, comment=b"taken by the witness")


def test_near_duplicates_found_and_different_images_not() -> None:
    near, far = [], []
    for seed in range(25):
        a = scene(seed)
        resized = Image.open(io.BytesIO(jpeg(a.resize((320, 240), Image.Resampling.BILINEAR), quality=35)))
        upscaled = Image.open(io.BytesIO(jpeg(a.resize((1024, 768)), quality=70)))
        for b in (resized, upscaled):
            near.append(hamming(phash(a), phash(b)))
            assert hamming(dhash(a), dhash(b)) <= NEAR_DUPLICATE_BITS
        far.append(hamming(phash(a), phash(scene(seed + 1000))))
    assert max(near) <= NEAR_DUPLICATE_BITS < min(far), (near, far)
    assert min(far) >= 16


def test_orientation_is_applied_before_hashing() -> None:
    img = scene(3)
    ex = img.getexif()
    ex[0x0112] = 6  # rotate 90° on display
    rotated_by_exif = Image.open(io.BytesIO(jpeg(img.rotate(90, expand=True), exif=ex.tobytes())))
    baked = Image.open(io.BytesIO(jpeg(img)))  # a re-upload with the rotation applied
    assert hamming(phash(rotated_by_exif), phash(baked)) <= NEAR_DUPLICATE_BITS


def test_exif_gps_xmp_comment_read(tmp_path: Path) -> None:
    p = tmp_path / "p.jpg"
    p.write_bytes(photo_with_everything())
    info = inspect_media(p)
    assert info.kind == "photo" and info.media_type == "image/jpeg" and info.phash and len(info.phash) == 16
    m = info.metadata
    assert m["exif"]["Make"] == "Canon" and m["exif"]["DateTime"] == "2013:02:16 17:05:00"
    assert m["gps"]["latitude"] == pytest.approx(30.19) and m["gps"]["longitude"] == pytest.approx(67.01)
    assert "Witness Name" in m["xmp"] and m["comment"] == "taken by the witness"


def test_stripped_copy_has_no_metadata() -> None:
    for data in (photo_with_everything(), _png_with_text(), _webp_with_exif()):
        assert metadata_left(data)
        clean, _, removed = strip_metadata(data)
        assert metadata_left(clean) == [], metadata_left(clean)
        assert removed
        with Image.open(io.BytesIO(clean)) as im:
            assert not im.getexif() and not im.info.get("xmp") and not im.info.get("comment")
            assert not im.info.get("exif") and not getattr(im, "text", None)
            assert b"Witness" not in clean and b"Canon" not in clean
            assert hamming(phash(im), phash(Image.open(io.BytesIO(data)))) <= 4  # same picture
    with pytest.raises(StripError):
        strip_metadata(b"%PDF-1.4 not an image")


def _png_with_text() -> bytes:
    img = scene(5)
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Witness Name")
    info.add_itxt("XML:com.adobe.xmp", XMP.decode())
    buf = io.BytesIO()
    img.save(buf, "PNG", pnginfo=info, exif=gps_exif(img).tobytes())
    return buf.getvalue()


def _webp_with_exif() -> bytes:
    img = scene(6)
    buf = io.BytesIO()
    img.save(buf, "WEBP", exif=gps_exif(img).tobytes(), xmp=XMP)
    return buf.getvalue()


def test_metadata_is_declared_restricted() -> None:
    levels = field_sensitivity(Evidence)
    assert levels["capture"] != Sensitivity.PUBLIC and levels["filename"] != Sensitivity.PUBLIC


def test_add_similar_export(store: Store, vault: LocalVault, tmp_path: Path) -> None:
    orig = tmp_path / "IMG_0001.jpg"
    orig.write_bytes(photo_with_everything(seed=11))
    reup = tmp_path / "forwarded.jpg"
    reup.write_bytes(jpeg(Image.open(orig).resize((400, 300)), quality=40))
    other = tmp_path / "other.png"
    scene(12).save(other)
    video = tmp_path / "clip.mp4"
    video.write_bytes(b"\x00\x00\x00\x18ftypmp42" + random.Random(1).randbytes(5000))
    before = orig.read_bytes()
    added = add_files(store, vault, [orig, reup, other, video], actor="alice", reason="received from field team",
                      collector="bob", source="WhatsApp, witness 4")  # fmt: skip
    assert [a.kind for a in added] == ["photo", "photo", "photo", "video"]
    assert added[0].has_gps and added[1].near_duplicates == [(added[0].evidence_id, added[1].near_duplicates[0][1])]
    assert added[2].near_duplicates == []
    # Stored unaltered: vault bytes hash to the original file's SHA-256.
    assert orig.read_bytes() == before and added[0].sha256 == hash_file(orig) and vault.get(added[0].sha256) == before
    with store.read() as conn:
        row = get_evidence(conn, added[0].evidence_id)
        vid = get_evidence(conn, added[3].evidence_id)
        assert [h["id"] for h in find_similar(conn, added[0].evidence_id)] == [added[1].evidence_id]
        assert find_similar(conn, added[2].evidence_id) == []
        events = list_events(conn, added[0].evidence_id)
    assert row is not None and row["capture"]["metadata"]["gps"]["latitude"] == pytest.approx(30.19)
    assert row["sensitivity"] == "restricted" and row["capture"]["provenance"] == "WhatsApp, witness 4"
    assert vid is not None and vid["media_type"] == "video/mp4" and vid["phash"] is None and vid["size"] == 5012
    assert [(e["action"], e["actor"]) for e in events] == [("collected", "bob"), ("received", "alice"), ("analysed", "alice")]
    assert all(e["reason"] and e["at"].endswith("Z") for e in events)

    out = tmp_path / "public" / "photo.jpg"
    res = export_public(store, vault, added[0].evidence_id, out, actor="carol", reason="annex to public report")
    assert metadata_left(out.read_bytes()) == [] and vault.get(res.sha256) == out.read_bytes()
    assert {"exif", "gps", "xmp", "comment"} <= set(res.removed)
    with store.read() as conn:
        last = list_events(conn, added[0].evidence_id)[-1]
    assert last["action"] == "exported" and last["actor"] == "carol" and last["detail"]["copy_sha256"] == res.sha256
    assert vault.get(added[0].sha256) == before  # the original untouched
    if not _has_ffmpeg():
        with pytest.raises(CustodyError, match="ffmpeg"):
            export_public(store, vault, added[3].evidence_id, tmp_path / "v.mp4", actor="carol", reason="x")


def _has_ffmpeg() -> bool:
    import shutil

    return shutil.which("ffmpeg") is not None


def test_documents_and_unknown_files(tmp_path: Path) -> None:
    pdf = tmp_path / "fir.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% a police report\n")
    blob = tmp_path / "x.bin"
    blob.write_bytes(bytes(range(256)))
    d, o = inspect_media(pdf), inspect_media(blob)
    assert (d.kind, d.media_type, d.phash) == ("document", "application/pdf", None)
    assert o.kind == "other" and o.metadata == {}


def test_documents_are_not_exported_as_public(store: Store, vault: LocalVault, tmp_path: Path) -> None:
    pdf = tmp_path / "fir.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% a police report\n")
    [item] = add_files(store, vault, [pdf], actor="alice", reason="intake")
    with pytest.raises(CustodyError, match="only still images"):
        export_public(store, vault, item.evidence_id, tmp_path / "out.pdf", actor="alice", reason="x")
    assert not (tmp_path / "out.pdf").exists()
