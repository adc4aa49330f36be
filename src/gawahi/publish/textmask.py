"""Free-text redaction: protected names, phone numbers, CNIC numbers, e-mail addresses and
street addresses found in any published string and replaced by a typed mask.

Each mask is logged as (type, where, offset, length) — never the masked value — so reviewers
can see what was taken out without the log becoming a leak of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

# CNIC: #####-#######-# (also written without dashes or with spaces).
CNIC = re.compile(r"(?<![\d-])\d{5}[-\s]?\d{7}[-\s]?\d(?![\d-])")
# Boundaries are digits only, so a number glued to a word ("tel03001234567") is found.
# Pakistani mobiles (+92 3xx xxxxxxx, 0092 3xx..., 03xx-xxxxxxx) and landlines
# (+92 21 xxxxxxxx, 021-xxxxxxxx, (051) xxxxxxx); digit count is checked afterwards.
PHONE = re.compile(
    r"(?<![\d+])(?:(?:\+|00)\s?92[\s.-]?|0)\(?\d{2,4}\)?[\s.-]?\d{3,4}[\s.-]?\d{3,5}(?!\d)"
    r"|(?<![\d+])\+\d{1,3}[\s.-]?(?:\(?\d{1,4}\)?[\s.-]?){2,5}\d{2,4}(?!\d)"
)
EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+\s?(?:@|\(at\)|\[at\])\s?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)
_NUM = r"(?:no\.?|number|#|num\.?)?\s*[-:]?\s*\d+[A-Za-z]?(?:[/-]\d*[A-Za-z]?)*"
_PART = r"(?:street|st\.?|gali|lane|road|rd\.?|block|sector|phase|mohall?ah?|flat|floor)"
ADDRESS = re.compile(
    rf"\b(?:house|h\.\s?no\.?|h\s?#|flat|plot|apartment|apt\.?|shop|bungalow)\s*{_NUM}"
    rf"(?:\s*,?\s*{_PART}\s*{_NUM})*"
    rf"|\b(?:street|gali|lane|block|sector)\s*(?:no\.?|number|#)\s*\d+[A-Za-z]?"
    rf"|\b(?:street|gali)\s+\d+\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Mask:
    """One masked span: its type, where it was, and how long it was (never its value)."""

    type: str
    record: str
    record_id: str
    field: str
    start: int
    length: int

    def row(self) -> dict[str, object]:
        return {
            "type": self.type,
            "record": self.record,
            "record_id": self.record_id,
            "field": self.field,
            "start": self.start,
            "length": self.length,
        }


def _phone_ok(s: str) -> bool:
    digits = sum(ch.isdigit() for ch in s)
    return 9 <= digits <= 15


def _names_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    cleaned = set()
    for n in names:
        n = " ".join(str(n).split())
        if len(n) >= 3 and not n.isdigit():
            cleaned.add(n)
    if not cleaned:
        return None
    # Longest first so "Ali Raza Khan" masks whole, not "Ali Raza" + " Khan"; spaces flexible.
    alts = [r"\s+".join(re.escape(p) for p in n.split(" ")) for n in sorted(cleaned, key=len, reverse=True)]
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)", re.IGNORECASE)


@dataclass
class TextMasker:
    """Compiled once per publication; `mask` is applied to every published string."""

    types: frozenset[str]
    names: Iterable[str] = ()
    log: list[Mask] = field(default_factory=list)
    token: str = "[{type} removed]"

    def __post_init__(self) -> None:
        self._names = _names_pattern(self.names) if "protected_name" in self.types else None
        self._patterns: list[tuple[str, re.Pattern[str]]] = []
        if self._names is not None:
            self._patterns.append(("protected_name", self._names))
        for kind, pat in (("email", EMAIL), ("cnic", CNIC), ("phone", PHONE), ("address", ADDRESS)):
            if kind in self.types:
                self._patterns.append((kind, pat))

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        found: list[tuple[int, int, str]] = []
        for kind, pat in self._patterns:
            for m in pat.finditer(text):
                if kind == "phone" and not _phone_ok(m.group()):
                    continue
                found.append((m.start(), m.end(), kind))
        found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
        merged: list[tuple[int, int, str]] = []
        for s, e, k in found:
            if merged and s < merged[-1][1]:
                ps, pe, pk = merged[-1]
                merged[-1] = (ps, max(pe, e), pk)
                continue
            merged.append((s, e, k))
        return merged

    @property
    def masks(self) -> bool:
        """Whether this masker can change any text at all."""
        return bool(self._patterns)

    def mask(self, text: str, record: str = "", record_id: object = "", where: str = "") -> str:
        if not self._patterns or not text:
            return text
        spans = self.spans(text)
        if not spans:
            return text
        out: list[str] = []
        pos = 0
        for s, e, kind in spans:
            out.append(text[pos:s])
            out.append(self.token.format(type=kind.replace("_", " ")))
            self.log.append(Mask(kind, record, str(record_id), where, s, e - s))
            pos = e
        out.append(text[pos:])
        return "".join(out)


__all__ = ["ADDRESS", "CNIC", "EMAIL", "PHONE", "Mask", "TextMasker"]
