"""Pages and their actions: review (accept, edit, reject), merge, split, import, dashboard,
source spans, disagreements, right-to-left layout."""

from __future__ import annotations

import re

from sqlalchemy import select

from gawahi.store.claims import get_claim, get_incident
from gawahi.store.schema import audit_log, incidents
from tests.web.conftest import Seeded, wait_for_job


def _csrf(c) -> str:  # type: ignore[no-untyped-def]
    return str(c.headers["X-Test-CSRF"])


def _live_incidents(s: Seeded) -> int:
    with s.store.read() as conn:
        return len(conn.execute(select(incidents.c.id).where(incidents.c.status != "rejected")).all())


def test_dashboard_shows_ranges_chart_map_and_breakdowns(seeded: Seeded) -> None:
    html = seeded.client("viewer").get("/").text
    assert '<svg class="chart"' in html and "Deaths per year" in html
    assert 'id="map"' in html and "/static/leaflet/leaflet.js" in html
    for heading in ("By province", "By event type", "By targeted group", "By alleged perpetrator"):
        assert heading in html
    assert re.search(r"<b>\d+–\d+</b> deaths reported", html)
    assert "cdn" not in html.lower() and "https://" not in html


def test_incident_list_filters_search_and_pages(seeded: Seeded) -> None:
    c = seeded.client("viewer")
    everything = c.get("/api/incidents?per_page=200").json()
    assert everything["total"] >= 10
    paged = c.get("/api/incidents?per_page=3&page=2").json()
    assert len(paged["items"]) == 3 and paged["page"] == 2
    quetta = c.get("/api/incidents?q=quetta").json()
    assert 0 < quetta["total"] < everything["total"]
    et = everything["items"][0]["event_type"]
    by_type = c.get(f"/api/incidents?event_type={et}").json()
    assert all(i["event_type"] == et for i in by_type["items"])
    assert by_type["facets"]["event_type"][et] == by_type["total"]
    dated = c.get("/api/incidents?date_from=2012-01-01&date_to=2012-12-31").json()
    assert all(i["date_latest"] >= "2012-01-01" and i["date_earliest"] <= "2012-12-31"
               for i in dated["items"])
    target = c.get("/api/incidents?target=Hazara").json()
    assert target["total"] > 0
    assert all(any(t["group"] == "Hazara" for t in i["targets"]) for i in target["items"])
    html = c.get("/incidents?q=quetta&page=1").text
    assert "Quetta" in html


def test_incident_page_compares_claims_and_links_spans(seeded: Seeded) -> None:
    c = seeded.client("reviewer")
    # An incident whose sources disagree (the demo corpus has several).
    items = c.get("/api/incidents?per_page=200").json()["items"]
    disputed = next(i for i in items if i["disagreements"])
    html = c.get(f"/incidents/{disputed['id']}").text
    assert 'class="disputed"' in html and "differs" in html
    link = re.search(r'href="/sources/(\d+)#(c\d+-\w+)"', html)
    assert link, "values link to their spans"
    src = c.get(f"/sources/{link.group(1)}").text
    assert f'id="{link.group(2)}"' in src and "<mark" in src
    assert "History" in html and "recompute" in html


def test_review_accept_edit_reject_with_reviewer_and_reason(seeded: Seeded) -> None:
    c = seeded.client("reviewer")
    csrf = _csrf(c)
    queue = c.get("/api/claims").json()["items"]
    a, b, d = queue[0]["id"], queue[1]["id"], queue[2]["id"]
    r = c.post(f"/review/claims/{a}", data={"csrf": csrf, "action": "accept", "reason": "matches"},
               follow_redirects=False)
    assert r.status_code == 303
    r = c.post(f"/review/claims/{b}", data={"csrf": csrf, "action": "edit", "reason": "count",
                                            "killed_min": "40", "killed_max": "45"},
               follow_redirects=False)
    assert r.status_code == 303
    r = c.post(f"/review/claims/{d}", data={"csrf": csrf, "action": "reject", "reason": "opinion"},
               follow_redirects=False)
    assert r.status_code == 303
    with seeded.store.read() as conn:
        ca, cb, cd = get_claim(conn, a), get_claim(conn, b), get_claim(conn, d)
        entries = conn.execute(select(audit_log).where(audit_log.c.actor == "reviewer1")).all()
    assert ca and ca.review_status == "confirmed" and ca.reviewer == "reviewer1"
    assert ca.review_reason == "matches"
    assert cb and cb.review_status == "confirmed" and (cb.data.killed.min, cb.data.killed.max) == (40, 45)
    assert cd and cd.review_status == "rejected" and cd.review_reason == "opinion"
    assert len(entries) >= 3
    r = c.post(f"/review/claims/{a}", data={"csrf": csrf, "action": "edit", "killed_min": "9",
                                            "killed_max": "2", "reason": "x"})
    assert r.status_code == 422


def test_merge_and_split_change_the_dashboard(seeded: Seeded) -> None:
    c = seeded.client("editor")
    csrf = _csrf(c)
    before = c.get("/api/dashboard").json()["total"]["incidents"]
    keep, absorb = seeded.canary_incident, seeded.other_incident
    r = c.post("/review/merge", data={"csrf": csrf, "keep": keep, "absorb": absorb,
                                      "reason": "same attack"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith(f"/incidents/{keep}")
    after = c.get("/api/dashboard").json()["total"]["incidents"]
    assert after == before - 1 == _live_incidents(seeded)
    with seeded.store.read() as conn:
        gone = get_incident(conn, absorb)
    assert gone and gone.status == "rejected"
    # Merging an incident into itself, or a missing one, is refused cleanly.
    assert c.post("/review/merge", data={"csrf": csrf, "keep": keep, "absorb": keep,
                                         "reason": "x"}).status_code == 422
    assert c.post("/review/merge", data={"csrf": csrf, "keep": keep, "absorb": 99999,
                                         "reason": "x"}).status_code == 404
    claim = c.get(f"/api/incidents/{keep}").json()["claims"][0]["claim"]["id"]
    r = c.post(f"/review/split/{claim}", data={"csrf": csrf, "reason": "different day"},
               follow_redirects=False)
    assert r.status_code == 303
    assert c.get("/api/dashboard").json()["total"]["incidents"] == after + 1


def test_import_page_ingests_extracts_and_links(seeded: Seeded) -> None:
    c = seeded.client("editor")
    text = (b"PESHAWAR: A suicide bomber killed 14 Shia worshippers and injured 30 at a mosque "
            b"in Peshawar on 12 March 2015, police said. Lashkar-e-Jhangvi claimed responsibility.")
    before = c.get("/api/dashboard").json()["total"]["incidents"]
    r = c.post("/import", data={"csrf": _csrf(c), "do_link": "true", "urls": "ftp://nope"},
               files={"files": ("peshawar-report.txt", text, "text/plain")},
               follow_redirects=False)
    # The upload is stored and the job queued; the answer is its progress page.
    assert r.status_code == 303
    job_url = r.headers["location"]
    assert re.fullmatch(r"/import/jobs/\d+", job_url)
    job = wait_for_job(c, int(job_url.rsplit("/", 1)[1]))
    assert job["status"] == "done" and job["total"] == 2 and job["done"] == 2
    html = c.get(job_url).text
    assert "peshawar-report.txt" in html and "claim(s)" in html
    assert "only http:// and https://" in html
    assert "/tmp/" not in html
    assert "data-job-poll" not in html  # finished: nothing left to follow
    assert c.get("/api/dashboard").json()["total"]["incidents"] == before + 1
    r = c.post("/import", data={"csrf": _csrf(c)},
               files={"files": ("evil.exe", b"MZ", "application/octet-stream")})
    assert r.status_code == 200  # followed to the job page: refused at once, nothing to run
    assert "not a supported file type" in r.text
    # The import form lists the user's recent imports.
    assert job_url in c.get("/import").text


def test_actor_page_lists_incidents_with_basis(seeded: Seeded) -> None:
    c = seeded.client("viewer")
    html = c.get("/actors/Lashkar-e-Jhangvi").text
    assert "claimed" in html or "alleged" in html
    assert "Also written" in html
    assert c.get("/actors/Nobody%20at%20all").status_code == 404


def test_urdu_pages_are_right_to_left(seeded: Seeded) -> None:
    c = seeded.client("viewer")
    html = c.get("/incidents?lang=ur").text
    assert '<html lang="ur" dir="rtl">' in html
    assert "واقعات" in html  # "Incidents" from the stub catalogue
    r = c.get("/lang?set=ur&next=/", follow_redirects=False)
    assert r.status_code == 303
    assert 'dir="rtl"' in c.get("/").text  # the cookie set by /lang
    en = seeded.client("viewer")
    assert 'dir="ltr"' in en.get("/", headers={"Accept-Language": "en-GB"}).text
    assert 'dir="rtl"' in en.get("/", headers={"Accept-Language": "ur-PK,en"}).text


def test_security_headers(seeded: Seeded) -> None:
    r = seeded.client("viewer").get("/")
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-frame-options"] == "DENY"


def test_review_edit_refuses_a_day_that_is_not_a_date(seeded: Seeded) -> None:
    # Found by the schema test: "0" as the earliest day reached the linker and failed there.
    c = seeded.client("reviewer")
    for bad in ("0", "2015-13-40", "2015-1-1"):
        r = c.post(f"/api/claims/{seeded.canary_claim}/review",
                   headers={"X-CSRF-Token": _csrf(c)},
                   json={"action": "edit", "edits": {"date_earliest": bad}})
        assert r.status_code == 422, (bad, r.text)
    r = c.post(f"/api/claims/{seeded.canary_claim}/review", headers={"X-CSRF-Token": _csrf(c)},
               json={"action": "edit", "reason": "day checked",
                     "edits": {"date_earliest": "2014-03-03", "date_latest": "2014-03-03"}})
    assert r.status_code == 200, r.text
