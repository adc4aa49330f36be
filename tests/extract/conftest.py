"""Shared helpers for the extractor tests. All texts here are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from gawahi.extract.base import Document
from gawahi.extract.english import EnglishRulesExtractor
from gawahi.model.claims import ExtractedClaim


@pytest.fixture(scope="session")
def ex() -> EnglishRulesExtractor:
    return EnglishRulesExtractor()


def one(ex: EnglishRulesExtractor, text: str, published: date | None = None) -> ExtractedClaim:
    claims = ex.extract(Document("t", text, published))
    assert len(claims) == 1, claims
    return claims[0]


def span_text(text: str, span: tuple[int, int] | None) -> str:
    assert span is not None
    return text[span[0]:span[1]]
