"""The shortcuts on the web's hot path give exactly what the long way gives: level-only
redaction without the masking walk, Jinja attribute lookups on dicts, the incident list's
rows read from a few columns and written out in Python, its pages cut from the order of every
incident, pages built on the event loop only when the shared caches are warm, the import
hints."""

from __future__ import annotations

from typing import Any, cast

import pytest
from fastapi import Request
from jinja2 import Environment
from pydantic import BaseModel
from sqlalchemy import select

from gawahi.model.claims import CountValue
from gawahi.model.records import Claim, Evidence, Incident, Person, User
from gawahi.model.vocab import Sensitivity, UserRole
from gawahi.publish import redact as redact_mod
from gawahi.publish.textmask import TextMasker
from gawahi.store.claims import (
    claim_dumps_for_incident,
    claims_for_incident,
    get_incident,
    incident_dump,
)
from gawahi.store.schema import claims, evidence, incidents, persons, sources
from gawahi.store.sources import get_source
from gawahi.web import render, views
from gawahi.web.app import create_app
from gawahi.web.core import Ctx
from gawahi.web.importer import _hint
from gawahi.web.queries import (
    ROW_COLUMNS,
    IncidentQuery,
    count_incidents,
    counts_from_facts,
    facet_counts,
    filter_order,
    incident_facts,
    incidents_by_id,
    list_order,
    list_rows_by_id,
    order_applies,
    page_ids,
)
from gawahi.web.routes.incidents import page_row
from gawahi.web.sessions import Session

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


def test_cleared_fields_are_what_public_record_keeps(seeded: Seeded) -> None:
    with seeded.store.read() as conn:
        inc = get_incident(conn, seeded.canary_incident)
    assert inc is not None
    for audience in Sensitivity:
        assert set(redact_mod.public_record(inc, audience)) == redact_mod.cleared_fields(
            Incident, audience)
    assert "notes" not in redact_mod.cleared_fields(Incident, Sensitivity.PUBLIC)
    assert "notes" in redact_mod.cleared_fields(Incident, Sensitivity.RESTRICTED)
    with pytest.raises(ValueError):
        redact_mod.cleared_fields(Evidence, Sensitivity.PUBLIC)  # a record's own level


# The row as a Jinja template (as the list page had it): incident_row must write the same.
ROW_TEMPLATE = """<tr>
  <td class="nowrap">{{ i.date_edtf or _("unknown") }}</td>
  <td><a href="/incidents/{{ i.id }}">{{ i.title or ("#" ~ i.id) }}</a>{% if i.disagreements %} <span class="tag warn" title="{{ _('sources disagree on') }}: {{ i.disagreements.keys()|join(', ') }}">{{ _("disputed values") }}</span>{% endif %}</td>
  <td>{% if i.admin2 %}{{ i.admin2 }}, {% endif %}{{ i.admin1 or "—" }}</td>
  <td>{{ i.event_type|label }}</td>
  <td class="num">{{ i.deaths_low|count_range(i.deaths_high) }}</td>
  <td class="num">{{ i.injured_low|count_range(i.injured_high) }}</td>
  <td class="num">{{ i.n_sources }}</td>
  <td><span class="tag s-{{ i.status }}">{{ i.status|label }}</span></td>
</tr>"""


def test_list_rows_equal_the_redacted_records_and_the_template(seeded: Seeded) -> None:
    with seeded.store.transaction() as conn:  # values that need escaping, and disputes
        conn.execute(incidents.update().where(incidents.c.id == seeded.other_incident).values(
            title='<script>alert("x")</script> & co', admin2="A<b>", deaths_low=None,
            deaths_high=None, injured_low=2, injured_high=None,
            disagreements={"killed": [{"value": "3", "claims": [1]}], "place<": []}))
    template = render.env.from_string(ROW_TEMPLATE)
    with seeded.store.read() as conn:
        ids = [int(i) for i in conn.execute(select(incidents.c.id)).scalars()]
        fast = list_rows_by_id(conn, ids)
        slow = {inc.id: inc for inc in incidents_by_id(conn, ids)}
    assert set(fast) == set(slow)
    for audience in Sensitivity:
        cleared = redact_mod.cleared_fields(Incident, audience)
        for i, row in fast.items():
            shown = {k: v for k, v in row.items() if k in cleared}
            full = redact_mod.public_record(page_row(slow[i]), audience)
            assert shown == {k: full[k] for k in ROW_COLUMNS}, i
            for lang in ("en", "ur"):
                render.i18n.set_language(lang)
                assert str(render.incident_row(shown)) == template.render(i=full), (i, lang)
    render.i18n.set_language("en")
    html = str(render.incident_row(fast[seeded.other_incident]))
    assert "<script>" not in html and "&lt;script&gt;" in html and "A&lt;b&gt;, " in html


ORDER_FILTERS: list[dict[str, Any]] = [
    {}, {"event_type": "bombing"}, {"admin1": "Balochistan"}, {"status": "suggested"},
    {"status": "rejected"}, {"event_type": "armed_attack", "admin1": "Sindh"},
    {"date_from": "2012-01-01", "date_to": "2014-12-31"}, {"date_from": "2015"},
    {"include_rejected": True}, {"admin1": "Nowhere"}, {"date_to": "2010", "status": "disputed"},
]


def test_pages_cut_from_the_order_equal_the_queries(seeded: Seeded) -> None:
    from sqlalchemy import insert

    from gawahi.store.audit import now_iso

    c = seeded.client("reviewer")
    with seeded.store.read() as conn:
        some = [int(i) for i in conn.execute(select(incidents.c.id).order_by(incidents.c.id)
                                             .limit(3)).scalars()]
    for iid, status in zip(some, ("rejected", "disputed", "rejected"), strict=True):
        r = c.post(f"/incidents/{iid}/status", follow_redirects=False,
                   data={"csrf": c.headers["X-Test-CSRF"], "status": status, "reason": "x"})
        assert r.status_code == 303
    with seeded.store.transaction() as conn:  # undated ones: each database orders them its way
        conn.execute(insert(incidents).values(title="Undated", status="suggested",
                                              created_at=now_iso(), updated_at=now_iso()))
    dialect = seeded.store.dialect
    with seeded.store.read() as conn:
        facts = incident_facts(conn)
        order = list_order(facts, dialect)
        for extra in ORDER_FILTERS:
            f = IncidentQuery(per_page=200, **extra)
            assert order_applies(f)
            got = filter_order(facts, order, f)
            assert got[:200] == page_ids(conn, dialect, f), extra
            counts = counts_from_facts(facts, order.ids, f)
            assert counts["total"] == count_incidents(conn, dialect, f) == len(got), extra
            for col in ("event_type", "admin1", "status"):
                assert counts["facets"][col] == facet_counts(conn, dialect, f, col), (extra, col)
    assert not order_applies(IncidentQuery(q="x")) and not order_applies(IncidentQuery(target="x"))


def test_pages_are_built_on_the_event_loop_only_when_the_caches_are_warm(seeded: Seeded
                                                                          ) -> None:
    from gawahi.web.queries import data_version

    state = seeded.app.state.web
    state.settle()
    c = seeded.client("viewer")
    assert c.get("/incidents").status_code == 200
    state.settle()
    with seeded.store.read() as conn:
        version = data_version(conn)
    assert state.warm_version == version  # warmed: light pages are built inline

    from types import SimpleNamespace

    probe: Any = SimpleNamespace(state=state, version=version)
    assert render.build_inline(probe, "k")
    probe.version = version + 1  # a write not yet warmed: built in a thread
    assert not render.build_inline(probe, "k")


def test_incident_page_reads_claims_and_incident_as_their_dumps(seeded: Seeded) -> None:
    """The incident page reads its claims and incident straight from the rows, not through
    the models: the same dicts the models dump, so the same redacted view at every level."""
    with seeded.store.read() as conn:
        ids = [int(i) for i in conn.execute(select(incidents.c.id)).scalars()]
        assert len(ids) > 5
        n_claims = 0
        for iid in ids:
            models = claims_for_incident(conn, iid)
            dumps = claim_dumps_for_incident(conn, iid)
            assert dumps == [c.model_dump(mode="json") for c in models]
            n_claims += len(dumps)
            inc = get_incident(conn, iid)
            assert inc is not None
            assert incident_dump(conn, iid) == inc.model_dump(mode="json")
            for audience in Sensitivity:
                assert [redact_mod.public_dump(Claim, d, audience) for d in dumps] == [
                    redact_mod.public_record(c, audience) for c in models]
                assert redact_mod.public_dump(Incident, inc.model_dump(mode="json"),
                                              audience) == redact_mod.public_record(inc, audience)
        assert n_claims > len(ids)
        assert incident_dump(conn, max(ids) + 1) is None


def test_rows_stored_by_an_older_version_read_as_the_models_read_them(seeded: Seeded) -> None:
    """A claim whose stored data lacks fields added since (at the top and nested), or an
    attribution without its claim list, reads as the model fills them in (defaults)."""
    iid = seeded.canary_incident
    with seeded.store.read() as conn:
        first = claims_for_incident(conn, iid)[0]
    old = first.data.model_dump(mode="json")
    del old["abducted"], old["organisers"], old["killed"]["qualifier"]
    old["perpetrators"] = [{"actor": "Some Group", "basis": "alleged"}]
    with seeded.store.transaction() as conn:
        conn.execute(claims.update().where(claims.c.id == first.id).values(data=old))
        conn.execute(incidents.update().where(incidents.c.id == iid).values(
            perpetrators=[{"actor": "Some Group", "basis": "alleged"}]))
    with seeded.store.read() as conn:
        dumps = claim_dumps_for_incident(conn, iid)
        models = claims_for_incident(conn, iid)
        assert dumps == [c.model_dump(mode="json") for c in models]
        assert dumps[0]["id"] == first.id
        data = dumps[0]["data"]
        assert data["abducted"] == CountValue().model_dump(mode="json")
        assert data["organisers"] == [] and "qualifier" in data["killed"]
        assert data["perpetrators"][0]["alleged_by"] is None
        inc = incident_dump(conn, iid)
        assert inc is not None
        assert inc["perpetrators"] == [{"actor": "Some Group", "basis": "alleged", "claims": []}]


# The claims side by side as a Jinja template (as the incident page had it): compare_table must
# write the same.
COMPARE_TEMPLATE = """<table class="compare">
<thead><tr><th></th>
{% for c in claims %}<th id="claim-{{ c.claim.id }}">
  {% if c.source.withheld %}{{ _("Source withheld") }}{% else %}<a href="/sources/{{ c.source.id }}">{{ c.source.title or (_("Source") ~ " " ~ c.source.id) }}</a><br><small>{{ c.source.outlet or "" }} {{ c.source.published or "" }}</small>{% endif %}
  <br><small>{{ _("claim") }} <a href="/claims/{{ c.claim.id }}">{{ c.claim.id }}</a> · {{ _("reliability") }} {{ c.source.reliability }} · <span class="tag r-{{ c.claim.review_status }}">{{ c.claim.review_status|label }}</span></small>
</th>{% endfor %}
</tr></thead>
<tbody>
{% for field in fields %}
<tr{% if field in disagree %} class="disputed"{% endif %}><th>{{ field|label }}</th>
{% for c in claims %}
  {% set v = c["values"][field] %}
  {% set anchor = c.anchors.get(field) %}
  <td{% if field in c.tones %} class="differs v{{ c.tones[field] % 6 }}"{% endif %}>
  {% if v is none %}<span class="muted">—</span>{% elif anchor %}<a href="/sources/{{ c.source.id }}#c{{ c.claim.id }}-{{ anchor }}">{{ v }}</a>{% else %}{{ v }}{% endif %}
  </td>
{% endfor %}
</tr>
{% endfor %}
</tbody>
</table>"""


def test_compare_table_equals_the_template(seeded: Seeded) -> None:
    with seeded.store.transaction() as conn:  # values that need escaping
        conn.execute(sources.update().where(sources.c.id == seeded.canary_source).values(
            title='<b>"T"</b> & co', outlet="O<", published=None))
    template = render.env.from_string(COMPARE_TEMPLATE)
    with seeded.store.read() as conn:
        ids = [int(i) for i in conn.execute(select(incidents.c.id)).scalars()]
    checked = withheld = disputed = 0
    for role in UserRole:
        user = User(id=0, username="", role=role, failed_logins=0, locked_until=None,
                    created_at="")
        ctx = Ctx(cast(Request, None), seeded.app.state.web, Session("", user, ""), "en")
        for iid in ids:
            d = views.incident_detail(ctx, iid)
            disagree = d["incident"].get("disagreements") or {}
            for lang in ("en", "ur"):
                render.i18n.set_language(lang)
                fast = str(render.compare_table(d["claims"], views.COMPARE_FIELDS, disagree))
                assert fast == template.render(claims=d["claims"], fields=views.COMPARE_FIELDS,
                                               disagree=disagree), (role, iid, lang)
            checked += len(d["claims"])
            withheld += sum(c["source"]["withheld"] for c in d["claims"])
            disputed += bool(disagree)
    render.i18n.set_language("en")
    assert checked > 20 and withheld and disputed


QUERIES = [
    "", "q=Quetta", "q=", "page=3", "page=0", "page=abc", "page=", "per_page=500",
    "per_page=20&page=2", "date_from=2012&date_to=2013-05", "date_from=2012-13-01",
    "date_from=12", "event_type=bombing&admin1=Sindh&status=suggested", "q=a&q=b",
    "page=2&page=5", "target=Shia&perpetrator=Lashkar-e-Jhangvi", "unknown=1",
    "q=" + "x" * 201, "event_type=" + "y" * 41, "page=100001", "page=-1&q=%00",
]


@pytest.mark.parametrize("query", QUERIES)
def test_the_list_page_reads_its_query_as_the_api_does(query: str) -> None:
    """The HTML list's own query reader (page_query) gives what FastAPI's model-of-queries
    dependency (incident_query, the API's) gives: the same filter, or the same 422."""
    from dataclasses import asdict

    from fastapi import Depends, FastAPI
    from fastapi.testclient import TestClient

    from gawahi.web.routes.incidents import incident_query, page_query

    app = FastAPI()

    @app.get("/fastapi")
    async def via_fastapi(f: IncidentQuery = Depends(incident_query)) -> dict[str, Any]:
        return asdict(f)

    @app.get("/ours")
    async def via_ours(f: IncidentQuery = Depends(page_query)) -> dict[str, Any]:
        return asdict(f)

    client = TestClient(app)
    a, b = client.get(f"/fastapi?{query}"), client.get(f"/ours?{query}")
    assert a.status_code == b.status_code, query
    if a.status_code == 200:
        assert a.json() == b.json()
    else:
        assert a.status_code == 422
        shape = [(e["loc"], e["type"]) for e in a.json()["detail"]]
        assert [(e["loc"], e["type"]) for e in b.json()["detail"]] == shape
