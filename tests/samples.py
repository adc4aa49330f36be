"""Seeded generators of test inputs: report texts, HTML pages, PDFs. No pickles, no corpus."""

from __future__ import annotations

import random

PLACES = ["Quetta", "Karachi", "Peshawar", "Parachinar", "Gilgit", "Lahore", "Hangu", "Mastung"]
GROUPS = ["Shia", "Hazara", "Ahmadi", "Christian", "Ismaili"]


def report(seed: int) -> str:
    """A short, unique news-style report (the project's own wording)."""
    rnd = random.Random(seed)
    place = rnd.choice(PLACES)
    group = rnd.choice(GROUPS)
    killed = rnd.randint(2, 60)
    injured = rnd.randint(0, 90)
    return (
        f"{place.upper()}: Unidentified gunmen opened fire on a gathering of {group} residents "
        f"in {place} on Friday, killing {killed} people and wounding {injured}, police said. "
        f"Report number {seed} in the test series; witnesses described {rnd.randint(2, 9)} attackers."
    )


def html_page(body: str, title: str = "Test report") -> bytes:
    """An article page with navigation, a comment form and share widgets around the body."""
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return f"""<!DOCTYPE html><html lang="en"><head><title>{title}</title>
<meta name="author" content="Staff Reporter"><meta property="og:site_name" content="Test Times">
<meta name="date" content="2013-02-17"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>{title}</h1>{paras}</article>
<div class="share">Share this: Facebook Twitter WhatsApp</div>
<div id="respond" class="comment-respond"><h3>Leave a Reply</h3>
<form><p>Please enter your comment!</p><textarea></textarea>
<p>Please enter your name here</p><input name="author"></form></div>
<footer>Copyright Test Times. All rights reserved.</footer></body></html>""".encode()


def pdf_with_text(lines: list[str]) -> bytes:
    """A minimal one-page PDF whose text layer holds `lines` (hand-built, valid xref)."""
    stream_lines = ["BT", "/F1 11 Tf", "50 780 Td", "14 TL"]
    for ln in lines:
        esc = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        stream_lines.append(f"({esc}) Tj T*")
    stream_lines.append("ET")
    stream = "\n".join(stream_lines).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
