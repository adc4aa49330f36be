"""Media evidence: type sniffing, perceptual hashes, metadata read-out and stripping.

* :func:`dhash` / :func:`phash` — 64-bit perceptual hashes (difference hash on a 9×8
  grey thumbnail; DCT hash on a 32×32 grey thumbnail, low 8×8 frequencies against their
  median). Both are computed after applying the EXIF orientation, so a re-upload that
  baked the rotation in still matches. Near-duplicates (resized, recompressed) are within a
  small Hamming distance (:data:`NEAR_DUPLICATE_BITS`); unrelated images are ~32 bits apart.
* :func:`read_metadata` — EXIF (main, Exif and GPS IFDs, with decimal latitude/longitude),
  XMP, comments and PNG text chunks for images; ``ffprobe`` output for video when ffprobe
  is installed, otherwise size only. Metadata may locate a witness: it is stored with the
  evidence as restricted, never published.
* :func:`strip_metadata` — a copy for publication: pixels only, re-encoded with Pillow,
  no EXIF, GPS, XMP, ICC, comment or text chunk; :func:`metadata_left` re-reads a file and
  lists anything identifying that is still there.
"""

from __future__ import annotations

import importlib.metadata as md
import io
import json
import mimetypes
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np
from PIL import ExifTags, Image, ImageOps, UnidentifiedImageError
from scipy.fft import dctn

__all__ = [
    "NEAR_DUPLICATE_BITS",
    "MediaInfo",
    "StripError",
    "dhash",
    "hamming",
    "inspect_media",
    "metadata_left",
    "phash",
    "read_metadata",
    "strip_metadata",
]

NEAR_DUPLICATE_BITS = 10  # pHash Hamming distance for near-duplicates (custody.py has a copy)

_VIDEO_MAGIC: list[tuple[int, bytes, str]] = [
    (4, b"ftypqt", "video/quicktime"),
    (4, b"ftyp3g", "video/3gpp"),
    (4, b"ftyp", "video/mp4"),
    (0, b"\x1aE\xdf\xa3", "video/webm"),
    (0, b"FLV", "video/x-flv"),
]


class StripError(RuntimeError):
    """A file whose metadata cannot be stripped safely by Gawahi."""


def pillow_version() -> str:
    try:
        return md.version("pillow")
    except md.PackageNotFoundError:
        return "unknown"


@dataclass
class MediaInfo:
    media_type: str
    kind: str  # photo, video, document, other
    width: int | None = None
    height: int | None = None
    phash: str | None = None  # 16 hex digits
    dhash: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


def _hex64(bits: np.ndarray) -> str:
    v = 0
    for b in bits.flatten():
        v = (v << 1) | int(bool(b))
    return f"{v:016x}"


def _grey(img: Image.Image, size: tuple[int, int]) -> np.ndarray:
    img = ImageOps.exif_transpose(img) or img
    if img.mode not in ("L", "RGB"):
        img = img.convert("RGBA").convert("RGB") if "A" in img.getbands() else img.convert("RGB")
    g = img.convert("L").resize(size, Image.Resampling.LANCZOS)
    return np.asarray(g, dtype=np.float64)


def dhash(img: Image.Image) -> str:
    """64-bit difference hash (hex): is each pixel brighter than its right neighbour."""
    a = _grey(img, (9, 8))
    return _hex64(a[:, 1:] > a[:, :-1])


def phash(img: Image.Image) -> str:
    """64-bit DCT perceptual hash (hex), as in pHash / imagehash.phash."""
    a = _grey(img, (32, 32))
    low = dctn(a, type=2, norm="ortho")[:8, :8]
    med = np.median(low.flatten()[1:])  # the DC term would dominate the median
    return _hex64(low > med)


def hamming(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()


def _jsonable(v: Any) -> Any:
    if isinstance(v, bytes):
        try:
            s = v.decode("utf-8").rstrip("\x00")
            if s.isprintable():
                return s
        except UnicodeDecodeError:
            pass
        return {"hex": v[:256].hex(), "bytes": len(v)}
    if isinstance(v, Fraction) or type(v).__name__ == "IFDRational":
        try:
            return float(v)
        except (ZeroDivisionError, ValueError):
            return None
    if isinstance(v, tuple | list):
        return [_jsonable(x) for x in v]
    if isinstance(v, dict):
        return {str(k): _jsonable(x) for k, x in v.items()}
    if isinstance(v, int | float | str | bool) or v is None:
        if isinstance(v, float) and v != v:  # NaN is not JSON
            return None
        return v
    return str(v)


def _dms(value: Any, ref: Any) -> float | None:
    try:
        d, m, s = (float(x) for x in value)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    deg = d + m / 60 + s / 3600
    if str(ref).upper().startswith(("S", "W")):
        deg = -deg
    return round(deg, 7)


def _exif(img: Image.Image) -> dict[str, Any]:
    exif = img.getexif()
    out: dict[str, Any] = {}
    if not exif:
        return out
    main = {ExifTags.TAGS.get(k, str(k)): _jsonable(v) for k, v in exif.items() if k not in (0x8769, 0x8825)}
    if main:
        out["exif"] = main
    sub = exif.get_ifd(ExifTags.IFD.Exif)
    if sub:
        out["exif_ifd"] = {ExifTags.TAGS.get(k, str(k)): _jsonable(v) for k, v in sub.items()}
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    if gps:
        named = {ExifTags.GPSTAGS.get(k, str(k)): v for k, v in gps.items()}
        g: dict[str, Any] = {k: _jsonable(v) for k, v in named.items()}
        if "GPSLatitude" in named and "GPSLongitude" in named:
            g["latitude"] = _dms(named["GPSLatitude"], named.get("GPSLatitudeRef", "N"))
            g["longitude"] = _dms(named["GPSLongitude"], named.get("GPSLongitudeRef", "E"))
        out["gps"] = g
    return out


def _image_meta(img: Image.Image) -> dict[str, Any]:
    meta: dict[str, Any] = {"format": img.format, "mode": img.mode, "width": img.width, "height": img.height}
    meta.update(_exif(img))
    info = img.info
    xmp = info.get("xmp") or info.get("XML:com.adobe.xmp")
    if xmp:
        meta["xmp"] = xmp.decode("utf-8", "replace") if isinstance(xmp, bytes) else str(xmp)
    if info.get("comment"):
        meta["comment"] = _jsonable(info["comment"])
    if info.get("icc_profile"):
        meta["icc_profile_bytes"] = len(info["icc_profile"])
    text = getattr(img, "text", None)  # PNG tEXt/iTXt/zTXt
    if text:
        meta["text"] = {str(k): str(v) for k, v in text.items()}
    return meta


def _sniff_video(data: bytes) -> str | None:
    for off, magic, mt in _VIDEO_MAGIC:
        if data[off : off + len(magic)] == magic:
            return mt
    if data[:4] == b"RIFF" and data[8:12] == b"AVI ":
        return "video/x-msvideo"
    return None


def _ffprobe(path: Path) -> dict[str, Any] | None:
    exe = shutil.which("ffprobe")
    if exe is None:
        return None
    try:
        out = subprocess.run(
            [exe, "-v", "quiet", "-print_format", "json", "-show_format", "-show_streams", str(path)],
            capture_output=True, check=True, timeout=60,
        )
        probed: dict[str, Any] = json.loads(out.stdout)
        return probed
    except (subprocess.SubprocessError, ValueError, OSError):
        return None


def inspect_media(path: Path, data: bytes | None = None) -> MediaInfo:
    """Type, hashes and metadata of one file (never modifies it)."""
    if data is not None:
        head = data[:64]
    else:
        with path.open("rb") as f:
            head = f.read(64)
    video = _sniff_video(head)
    if video is None:
        try:
            src = io.BytesIO(data) if data is not None else path
            with Image.open(src) as img:
                img.load()
                fmt = img.format or ""
                mt = Image.MIME.get(fmt.upper()) or f"image/{fmt.lower()}"
                return MediaInfo(
                    media_type=mt, kind="photo", width=img.width, height=img.height,
                    phash=phash(img), dhash=dhash(img), metadata=_image_meta(img),
                )
        except (UnidentifiedImageError, OSError, Image.DecompressionBombError, SyntaxError, ValueError):
            pass
    if video is not None:
        meta: dict[str, Any] = {}
        probed = _ffprobe(path)
        if probed is not None:
            meta["ffprobe"] = probed
        else:
            meta["note"] = "ffprobe not installed: size and hash only"
        return MediaInfo(media_type=video, kind="video", metadata=meta)
    mt = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if head.startswith(b"%PDF-"):
        mt = "application/pdf"
    kind = "document" if mt.startswith(("application/pdf", "text/", "application/msword", "application/vnd")) else "other"
    return MediaInfo(media_type=mt, kind=kind)


def read_metadata(path: Path) -> dict[str, Any]:
    return inspect_media(path).metadata


_SAVE_FORMATS = {"JPEG": "JPEG", "MPO": "JPEG", "PNG": "PNG", "WEBP": "WEBP", "TIFF": "PNG", "GIF": "PNG", "BMP": "PNG", "HEIF": "JPEG"}


def strip_metadata(data: bytes) -> tuple[bytes, str, list[str]]:
    """A publication copy of an image: pixels only (orientation applied).

    Returns ``(bytes, media_type, removed)`` where ``removed`` names what was dropped.
    Raises :class:`StripError` for anything that is not a still image Gawahi can re-encode.
    """
    try:
        img = Image.open(io.BytesIO(data))
        img.load()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as exc:
        raise StripError("only still images can be stripped of metadata by Gawahi") from exc
    fmt = _SAVE_FORMATS.get(img.format or "", "PNG")
    removed = sorted(k for k in _image_meta(img) if k not in ("format", "mode", "width", "height"))
    upright = ImageOps.exif_transpose(img) or img
    if fmt == "JPEG" and upright.mode not in ("RGB", "L"):
        upright = upright.convert("RGB")
    if upright.mode == "P":
        upright = upright.convert("RGBA")
    clean = Image.frombytes(upright.mode, upright.size, upright.tobytes())  # no info, no exif
    out = io.BytesIO()
    kwargs: dict[str, Any] = {"quality": 95, "optimize": True} if fmt == "JPEG" else {}
    if fmt == "WEBP":
        kwargs = {"quality": 95}
    clean.save(out, format=fmt, **kwargs)
    stripped = out.getvalue()
    left = metadata_left(stripped)
    if left:
        raise StripError(f"metadata survived stripping: {', '.join(left)}")
    return stripped, Image.MIME.get(fmt, "application/octet-stream"), removed


def metadata_left(data: bytes) -> list[str]:
    """Identifying metadata still present in an image file (empty: clean)."""
    with Image.open(io.BytesIO(data)) as img:
        img.load()
        found: list[str] = []
        exif = img.getexif()
        if len(exif):
            found.append("exif")
        if exif.get_ifd(ExifTags.IFD.GPSInfo):
            found.append("gps")
        info = img.info
        for key in ("exif", "xmp", "XML:com.adobe.xmp", "comment", "icc_profile", "photoshop"):
            if info.get(key):
                found.append(key)
        if getattr(img, "text", None):
            found.append("text")
        applist: list[tuple[str, bytes]] = getattr(img, "applist", None) or []
        found.extend(a for a, _ in applist if a.startswith("APP") and a != "APP0")
    if b"<x:xmpmeta" in data or b"http://ns.adobe.com/xap" in data:
        found.append("xmp packet")
    return sorted(set(found))


def strip_video(src: Path) -> bytes:
    """Remux a video without container metadata (needs ffmpeg; otherwise StripError)."""
    exe = shutil.which("ffmpeg")
    if exe is None:
        raise StripError("stripping video metadata needs ffmpeg, which is not installed")
    with tempfile.TemporaryDirectory() as td:
        out = Path(td) / ("clean" + src.suffix)
        try:
            subprocess.run(
                [exe, "-v", "error", "-i", str(src), "-map_metadata", "-1", "-map_chapters", "-1",
                 "-c", "copy", str(out)],
                check=True, capture_output=True, timeout=600,
            )
        except subprocess.SubprocessError as exc:
            raise StripError(f"ffmpeg failed: {exc}") from exc
        return out.read_bytes()
