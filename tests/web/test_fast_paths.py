"""The shortcuts on the web's hot path give exactly what the long way gives: level-only
redaction without the masking walk, Jinja attribute lookups on dicts, the import hints."""

from __future__ import annotations

from typing import Any

import pytest
from jinja2 import Environment
from pydantic import BaseModel
from sqlalchemy import select

from gawahi.model.records import Evidence, Person
from gawahi.model.vocab import Sensitivity
from gawahi.publish import redact as redact_mod
from gawahi.publish.textmask import TextMasker
from gawahi.store.claims import claims_for_incident, get_incident
from gawahi.store.schema import evidence, persons
from gawahi.store.sources import get_source
from gawahi.web import render
from gawahi.web.app import create_app
from gawahi.web.importer import _hint

from .conftest import Seeded


def _records(seeded: Seeded) -> list[BaseModel]:
    out: list[BaseModel] = []
    with seeded.store.read() as conn:
        for iid in (seeded.canary_incident, seeded.other_incident):
            inc = get_incident(conn, iid)
            assert inc is not None
            out.append(inc)
            out.extend(claims_for_incident(conn, iid))
        for sid in (seeded.canary_source, seeded.confidential_source):
            src = get_source(conn, sid)
            assert src is not None
            out.append(src)
        out.extend(Evidence.model_validate({**dict(r), "sensitivity": r["sensitivity"]})
                   for r in conn.execute(select(evidence)).mappings())
        for r in conn.execute(select(persons)).mappings():
            d: dict[str, Any] = dict(r)
            for name, info in Person.model_fields.items():
                if d.get(name) is None and info.default_factory is list:
                    d[name] = []
            out.append(Person.model_validate(d))
    return out


def test_level_only_redaction_equals_the_full_walk(seeded: Seeded,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    records = _records(seeded)
    assert len(records) > 5
    fast = {a: [redact_mod.public_record(r, a) for r in records] for a in Sensitivity}
    # The long way: a masker that might mask takes every value through mask_value.
    monkeypatch.setattr(TextMasker, "masks", property(lambda self: True))
    slow = {a: [redact_mod.public_record(r, a) for r in records] for a in Sensitivity}
    assert fast == slow
    # ... and the public view really leaves something out.
    assert any(len(p) < len(c) for p, c in zip(fast[Sensitivity.PUBLIC],
                                               fast[Sensitivity.CONFIDENTIAL], strict=True))


@pytest.mark.parametrize("source", [
    "{{ d.title }}|{{ d.missing is undefined }}|{{ d.items()|list|length }}",
    "{{ d.get('title') }}|{{ d.keys()|join(',') }}|{{ o.real }}|{{ d['items'] }}",
    "{{ d.values is callable }}|{{ d.nested.inner }}|{{ d.none is none }}",
])
def test_dict_lookups_are_unchanged(source: str) -> None:
    values = {"d": {"title": "T", "items": 3, "values": 4, "none": None,
                    "nested": {"inner": "<i>"}}, "o": 5}
    plain = Environment(autoescape=True).from_string(source).render(**values)
    assert render.env.from_string(source).render(**values) == plain


def test_dev_mode_reloads_templates(seeded: Seeded) -> None:
    create_app("", seeded.vault_dir, store=seeded.store, dev=True)
    assert render.env.auto_reload
    create_app("", seeded.vault_dir, store=seeded.store, dev=False)
    assert not render.env.auto_reload


def test_a_broken_pdf_says_what_to_do() -> None:
    msg = _hint("unreadable PDF (PdfStreamError)")
    assert msg.startswith("unreadable PDF (PdfStreamError): ")
    assert "save or print it as a new PDF" in msg
    assert _hint(msg) == msg
    assert _hint("PDF is encrypted: decrypt it first") == "PDF is encrypted: decrypt it first"
