"""The extract stage's interface: a document in, claims out. Extractors plug in by name.

A third-party extractor (another language, a statistical model, a local LLM) implements
`Extractor` and is registered either with `register_extractor` or through the
`gawahi.extractors` entry-point group; the built-in English rules extractor uses the same path.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from importlib.metadata import entry_points
from typing import Protocol, runtime_checkable

from gawahi.model.claims import ExtractedClaim


@dataclass(frozen=True, slots=True)
class Document:
    """The text an extractor reads, with what it needs to resolve relative references."""

    source: str  # source id (JSONL `id`) or file path
    text: str
    published: date | None = None  # anchor for "yesterday", "on Sunday"
    language: str = "en"
    title: str | None = None


@runtime_checkable
class Extractor(Protocol):
    name: str
    version: str
    languages: tuple[str, ...]

    def extract(self, doc: Document) -> list[ExtractedClaim]:
        """Return one claim per incident the document describes; none for pure opinion."""
        ...


_REGISTRY: dict[str, type[Extractor] | Extractor] = {}


def register_extractor(name: str, factory: type[Extractor] | Extractor) -> None:
    _REGISTRY[name] = factory


def _load_entry_points() -> None:
    for ep in entry_points(group="gawahi.extractors"):
        if ep.name not in _REGISTRY:
            _REGISTRY[ep.name] = ep.load()


def available_extractors() -> list[str]:
    _ensure_builtin()
    _load_entry_points()
    return sorted(_REGISTRY)


def get_extractor(name: str | None = None, language: str = "en") -> Extractor:
    """Return an extractor instance by name, or the default one for a language."""
    _ensure_builtin()
    _load_entry_points()
    if name is None:
        for candidate in _REGISTRY.values():
            inst = candidate() if isinstance(candidate, type) else candidate
            if language in inst.languages:
                return inst
        raise LookupError(
            f"no extractor handles language {language!r}; available: {available_extractors()}"
        )
    try:
        factory = _REGISTRY[name]
    except KeyError:
        raise LookupError(
            f"unknown extractor {name!r}; available: {', '.join(available_extractors())}"
        ) from None
    return factory() if isinstance(factory, type) else factory


def _ensure_builtin() -> None:
    if "rules-en" not in _REGISTRY:
        # Imported lazily: the rules extractor loads its gazetteer on first use.
        from gawahi.extract.english import EnglishRulesExtractor

        _REGISTRY["rules-en"] = EnglishRulesExtractor
