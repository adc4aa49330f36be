"""Leak test: canaries in every sensitive field and in free text; publish with the public
policy, render the report (and PDF when Chromium is there); no canary in any byte."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gawahi.publish.browser import BrowserUnavailable, find_chromium, html_to_pdf
from gawahi.publish.bundle import publish
from gawahi.publish.policy import load_policy
from gawahi.publish.report import render_html
from gawahi.publish.view import build_view
from gawahi.store.db import Store
from tests.publish import canary_db


def test_zero_canaries_in_bundle_and_report(store: Store, tmp_path: Path) -> None:
    planted = canary_db.build(store)
    assert canary_db.CORE_MODELS <= planted.planted_models, planted.skipped_models
    policy = load_policy("public")
    out = tmp_path / "bundle"
    with store.read() as conn:
        res = publish(conn, policy, out, extra_names=planted.extra_names)
        view = build_view(conn, policy, extra_names=planted.extra_names)
    html = tmp_path / "report.html"
    html.write_text(render_html(view), encoding="utf-8")
    files = sorted(p for p in out.rglob("*") if p.is_file()) + [html]
    if find_chromium():
        try:
            files.append(html_to_pdf(html, tmp_path / "report.pdf"))
        except BrowserUnavailable:
            pass

    leaks = canary_db.scan(files, planted.needles)
    assert leaks == [], leaks
    pdfs = [f for f in files if f.suffix == ".pdf"]
    for pdf in pdfs:  # the PDF scan reads its (compressed) text, not just raw bytes
        forms = dict(canary_db.texts_of(pdf))
        assert b"protected source" in forms["pdf text"] and b"removed]" in forms["pdf text"]

    # Not vacuous: the publication holds the incidents, claims, protected citations and the
    # victim, and the masker did mask the planted free text.
    assert res.counts["incidents"] >= 3 and res.counts["claims"] == 5
    assert planted.late_names  # name-like sensitive fields were planted and mentioned in text
    assert res.counts["protected_sources"] == 2 and res.counts["sources"] == 3
    assert res.counts["victims"] == 1  # the killed person; witness and accused never
    victim = json.loads((out / "victims.json").read_text())["victims"][0]
    assert victim["person"].startswith("psn_") and victim["age_min"] == "30-44"
    assert set(victim) & {"name", "names", "father_name", "contact", "id_numbers", "sect"} == set()
    types = {m.type for m in view.masks}
    assert {"phone", "cnic", "email", "address", "protected_name"} <= types
    claims = json.loads((out / "claims.json").read_text())["claims"]
    protected = [c for c in claims if c["protected_source"]]
    assert protected and all(c["source"] == "protected source" and c["excerpt"] is None for c in protected)
    assert any("[phone removed]" in (c["excerpt"] or "") for c in claims)
    # The mask report says what and where, never the value.
    rows = (out / "redactions.csv").read_text()
    assert "phone" in rows and "5550173" not in rows


@pytest.mark.sqlite_only
def test_every_sensitive_field_got_a_canary(store: Store) -> None:
    """Guards the guard: a model with sensitive fields but no table is listed, not silently
    ignored; every model whose table exists has its sensitive fields planted."""
    planted = canary_db.build(store)
    from gawahi.model.records import field_sensitivity
    from gawahi.model.vocab import Sensitivity
    from gawahi.publish.policy import record_models

    skipped = " ".join(planted.skipped_models)
    for model, cls in record_models().items():
        sensitive = [f for f, lvl in field_sensitivity(cls).items() if lvl != Sensitivity.PUBLIC]
        if not sensitive or model in ("Person",):
            continue
        for f in sensitive:
            assert any(k.startswith(f"{model}.{f}") for k in planted.needles) or model in skipped, (model, f)
