"""Headless Chromium for the report: PDF (`--print-to-pdf`) and screenshots. Optional: when no
Chromium is installed, callers get `BrowserUnavailable` with a message saying so."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")


class BrowserUnavailable(RuntimeError):
    """No headless Chromium could be found or run."""


def find_chromium() -> str | None:
    env = os.environ.get("GAWAHI_CHROMIUM")
    if env and Path(env).exists():
        return env
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def _run(args: list[str], timeout: float) -> None:
    exe = find_chromium()
    if exe is None:
        raise BrowserUnavailable(
            "no Chromium found (install it, e.g. `apt-get install chromium`, or set GAWAHI_CHROMIUM)"
        )
    with tempfile.TemporaryDirectory(prefix="gawahi-chromium-") as profile:
        cmd = [
            exe,
            "--headless",
            "--no-sandbox",  # containers often lack user namespaces; the page runs no script
            "--disable-gpu",
            "--disable-extensions",
            "--disable-background-networking",
            "--no-first-run",
            "--no-default-browser-check",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            *args,
        ]
        try:
            proc = subprocess.run(cmd, capture_output=True, timeout=timeout, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise BrowserUnavailable(f"Chromium did not run ({exc.__class__.__name__})") from None
    if proc.returncode != 0:
        raise BrowserUnavailable(f"Chromium failed with exit status {proc.returncode}")


def html_to_pdf(html: Path, pdf: Path, timeout: float = 120) -> Path:
    """Print `html` to `pdf` with headless Chromium (no header/footer with the file path)."""
    pdf.unlink(missing_ok=True)
    _run(["--no-pdf-header-footer", "--print-to-pdf-no-header", f"--print-to-pdf={pdf.resolve()}",
          html.resolve().as_uri()], timeout)  # fmt: skip
    if not pdf.exists() or pdf.stat().st_size == 0:
        raise BrowserUnavailable("Chromium wrote no PDF")
    return pdf


def screenshot(html: Path, png: Path, width: int = 1200, height: int = 2400, timeout: float = 120) -> Path:
    png.parent.mkdir(parents=True, exist_ok=True)
    png.unlink(missing_ok=True)
    _run([f"--screenshot={png.resolve()}", f"--window-size={width},{height}", html.resolve().as_uri()], timeout)
    if not png.exists():
        raise BrowserUnavailable("Chromium wrote no screenshot")
    return png


__all__ = ["BrowserUnavailable", "find_chromium", "html_to_pdf", "screenshot"]
