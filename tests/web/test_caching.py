"""The shared caches of the busiest pages: a page rendered for one role is never served to
another, the session's own CSRF token and name are put into every copy, any write shows at
once, and counts, matches and orders computed in memory (facet cube, search facts) equal the
counting queries they replace."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import and_, insert, select

from gawahi.store.audit import now_iso
from gawahi.store.schema import incidents
from gawahi.web import render
from gawahi.web.queries import (
    FACET_COLUMNS,
    IncidentQuery,
    count_incidents,
    counts_from_cube,
    counts_from_facts,
    cube_applies,
    facet_counts,
    facet_cube,
    facts_apply,
    incident_conditions,
    incident_facts,
    incident_haystacks,
    matches_in_facts,
    matching_source_ids,
    page_of_incidents,
    text_matches,
)
from tests.web.conftest import CONFIDENTIAL_CANARIES, RESTRICTED_CANARIES, Seeded

SHARED = ["/", "/incidents", "/incidents?page=1&per_page=5", "/incidents?q=zebrafinch"]


def _csrf_in(html: str) -> set[str]:
    import re

    return set(re.findall(r'name="csrf" value="([^"]+)"', html))


def test_a_role_never_gets_another_roles_copy(seeded: Seeded) -> None:
    pages = [*SHARED, f"/incidents/{seeded.canary_incident}"]
    admin = seeded.client("admin")
    for url in pages:  # admin first: every shared copy is the admin's, if keyed wrongly
        assert admin.get(url).status_code == 200
    seen_by_admin = admin.get(f"/incidents/{seeded.canary_incident}").text
    assert all(c in seen_by_admin for c in ("CANARYNOTESR", "CANARYPERSONR", "CANARYCONTACTC"))
    for role in ("viewer", "reviewer", "editor"):
        c = seeded.client(role)
        own_csrf = c.headers["X-Test-CSRF"]
        for url in pages:
            html = c.get(url).text
            leaked = [x for x in CONFIDENTIAL_CANARIES if x in html]
            if role == "viewer":
                leaked += [x for x in RESTRICTED_CANARIES if x in html]
            assert not leaked, (role, url, leaked)
            # The session's own token and name, never the marks or another session's.
            assert _csrf_in(html) == {own_csrf}, (role, url)
            assert f"{role}1 <small>" in html and "admin1 <small>" not in html
            assert render._CSRF_MARK not in html and render._USER_MARK not in html
        # Review forms only for roles that may review.
        page = c.get(f"/incidents/{seeded.canary_incident}").text
        assert ("/review/merge" in page) == (role != "viewer"), role


def test_two_sessions_of_one_role_share_the_copy_not_the_token(seeded: Seeded) -> None:
    a, b = seeded.client("reviewer"), seeded.client("reviewer")
    url = f"/incidents/{seeded.canary_incident}"
    ha, hb = a.get(url).text, b.get(url).text
    assert _csrf_in(ha) == {a.headers["X-Test-CSRF"]}
    assert _csrf_in(hb) == {b.headers["X-Test-CSRF"]}
    assert ha.replace(a.headers["X-Test-CSRF"], "T") == hb.replace(b.headers["X-Test-CSRF"], "T")
    assert len(seeded.app.state.web.pages) >= 1


def test_a_write_shows_at_once(seeded: Seeded) -> None:
    c = seeded.client("reviewer")
    inc = seeded.other_incident
    before = c.get(f"/incidents/{inc}").text
    assert 'class="tag s-disputed"' not in before.split("<h1>")[1].split("</h1>")[0]
    listing = c.get("/incidents?status=disputed").text
    r = c.post(f"/incidents/{inc}/status", data={"csrf": c.headers["X-Test-CSRF"],
                                                  "status": "disputed", "reason": "zz-why-42"},
               follow_redirects=False)
    assert r.status_code == 303
    after = c.get(f"/incidents/{inc}").text
    assert 'class="tag s-disputed"' in after.split("<h1>")[1].split("</h1>")[0]
    assert "zz-why-42" in after  # the reason, in the history from the audit log
    assert c.get("/incidents?status=disputed").text != listing
    assert f'href="/incidents/{inc}"' in c.get("/incidents?status=disputed").text
    # Another role's copy is fresh too.
    assert 'class="tag s-disputed"' in seeded.client("viewer").get(f"/incidents/{inc}").text


@pytest.mark.parametrize("filters", [
    {}, {"event_type": "bombing"}, {"admin1": "Balochistan"}, {"status": "suggested"},
    {"status": "rejected"}, {"event_type": "armed_attack", "admin1": "Sindh"},
    {"admin1": "Nowhere"}, {"event_type": "bombing", "status": "rejected"},
])
def test_facet_cube_counts_equal_the_counting_queries(seeded: Seeded, filters: dict[str, str]
                                                      ) -> None:
    # Some rejected incidents, so the rules about them are exercised.
    c = seeded.client("reviewer")
    c.post(f"/incidents/{seeded.other_incident}/status",
           data={"csrf": c.headers["X-Test-CSRF"], "status": "rejected", "reason": "dup"})
    f = IncidentQuery(**filters)
    assert cube_applies(f)
    dialect = seeded.store.dialect
    with seeded.store.read() as conn:
        from_cube = counts_from_cube(facet_cube(conn), f)
        assert from_cube["total"] == count_incidents(conn, dialect, f)
        for col in FACET_COLUMNS:
            assert from_cube["facets"][col] == facet_counts(conn, dialect, f, col), col
    assert from_cube["total"] or filters.get("admin1") == "Nowhere" or "status" in filters


def test_the_cube_is_not_used_for_other_filters() -> None:
    base = IncidentQuery()
    for other in ({"q": "Quetta"}, {"date_from": "2010"}, {"date_to": "2010"},
                  {"target": "Shia"}, {"perpetrator": "X"}, {"include_rejected": True}):
        assert not cube_applies(replace(base, **other)), other
    assert cube_applies(replace(base, q="  "))


SEARCHES = ["Quetta", "quetta", "zebrafinch", "shia", "Karachi", "market", "no such words"]
FILTERS: list[dict[str, str]] = [
    {}, {"event_type": "bombing"}, {"status": "rejected"}, {"status": "suggested"},
    {"date_from": "2012-01-01", "date_to": "2014-12-31"}, {"date_from": "2015"},
    {"admin1": "Balochistan"},
]


def test_searches_in_memory_equal_the_queries(seeded: Seeded) -> None:
    c = seeded.client("reviewer")
    c.post(f"/incidents/{seeded.other_incident}/status",
           data={"csrf": c.headers["X-Test-CSRF"], "status": "rejected", "reason": "dup"})
    store, dialect = seeded.store, seeded.store.dialect
    with store.transaction() as conn:  # undated ones too: each database orders them its way
        for title in ("Undated shooting in Quetta", "Another undated Quetta report"):
            conn.execute(insert(incidents).values(title=title, status="suggested",
                                                  created_at=now_iso(), updated_at=now_iso()))
    with store.read() as conn:
        facts, hay = incident_facts(conn), incident_haystacks(conn)
        for levels in (("public",), ("public", "restricted", "confidential")):
            for q in SEARCHES:
                sids = matching_source_ids(conn, dialect, q)
                only_text = IncidentQuery(q=q, include_rejected=True, source_levels=levels)
                want_ids = sorted(int(i) for i in conn.execute(
                    select(incidents.c.id).where(
                        and_(*incident_conditions(conn, dialect, only_text, sids)))).scalars())
                ids = text_matches(conn, only_text, sids, hay)
                assert ids == want_ids, (q, levels)
                for extra in FILTERS:
                    f = IncidentQuery(q=q, source_levels=levels, per_page=200, **extra)
                    assert facts_apply(f, ids)
                    got = counts_from_facts(facts, ids, f)
                    assert got["total"] == count_incidents(conn, dialect, f, sids), (q, extra)
                    for col in FACET_COLUMNS:
                        assert got["facets"][col] == facet_counts(conn, dialect, f, col, sids)
                    order = [i.id for i in page_of_incidents(conn, dialect, f, sids)]
                    assert matches_in_facts(facts, ids, f, dialect) == order, (q, extra)
        # The test is live: a search matches dated and undated incidents.
        quetta = text_matches(conn, IncidentQuery(q="Quetta"), [], hay)
        assert {facts[i][0] is None for i in quetta} == {True, False}
    assert not facts_apply(IncidentQuery(q="Quetta", target="Shia"), [1])


def test_start_up_warms_the_shared_aggregates(seeded: Seeded) -> None:
    from gawahi.web.app import create_app
    from gawahi.web.queries import data_version

    app = create_app(seeded.store.url, seeded.vault_dir, store=seeded.store)
    state = app.state.web
    state.settle()  # the start-up warm-up has run
    with seeded.store.read() as conn:
        version = data_version(conn)
    for key in ("dashboard", "facet-cube", "incident-facts", "incident-text"):
        assert state.cache.peek(key, version)[0], key
    assert len(state.fragments) > 0  # the first list page's rows and facets, for each role


def test_a_served_app_is_warm_before_it_returns(seeded: Seeded) -> None:
    """create_app(warm_first=True), as `gawahi serve` and gawahi.web.asgi build it: the shared
    caches are built before the server takes a connection, and the first request does not
    set off another warm-up."""
    from gawahi.web.app import create_app
    from gawahi.web.queries import data_version

    app = create_app(seeded.store.url, seeded.vault_dir, store=seeded.store, warm_first=True)
    state = app.state.web
    with seeded.store.read() as conn:
        version = data_version(conn)
    assert state.warm_version == version  # no settle(): nothing was left to the background
    for key in ("dashboard", "facet-cube", "incident-facts", "incident-text", "incident-order"):
        assert state.cache.peek(key, version)[0], key
    assert state.seen_version == version
    # ... the list's rows too, shared by the roles cleared for the same fields.
    from gawahi.model.vocab import Sensitivity
    from gawahi.web.routes.incidents import _row_fields, order_at

    live = order_at(state, version).live
    assert len(live) > 5
    keys = {("row", i, _row_fields(a), "en") for i in live for a in Sensitivity}
    assert len(keys) == len(live)  # the row columns are public: one row for every role
    assert all(state.fragments.peek(k, version)[0] for k in keys)
