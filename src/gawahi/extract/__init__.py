"""Extract stage: report text in, claims (with spans) out."""

from gawahi.extract.base import Document, Extractor, available_extractors, get_extractor

__all__ = ["Document", "Extractor", "available_extractors", "get_extractor"]
