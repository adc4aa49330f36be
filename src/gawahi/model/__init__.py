"""The record model: controlled vocabularies, claims and the other nouns of DESIGN.md."""

from gawahi.model.claims import (
    CountValue,
    DateValue,
    ExtractedClaim,
    LocationValue,
    PerpetratorValue,
    Span,
    TargetValue,
)

__all__ = [
    "CountValue",
    "DateValue",
    "ExtractedClaim",
    "LocationValue",
    "PerpetratorValue",
    "Span",
    "TargetValue",
]
