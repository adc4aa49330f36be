"""Linking and review on a real store (SQLite and PostgreSQL)."""

from __future__ import annotations

from sqlalchemy import select

from gawahi.link.service import link, merge_incidents, review_claim, split_claim
from gawahi.model.claims import CountValue, ExtractedClaim
from gawahi.model.vocab import ReviewStatus
from gawahi.store.claims import (
    claims_for_incident,
    get_claim,
    get_incident,
    list_incidents,
    save_claims,
)
from gawahi.store.db import Store
from gawahi.store.schema import audit_log
from gawahi.store.sources import NewSource, add_source
from tests.link.test_consolidate import HAZARA_TOWN, KARACHI, QUETTA, day


def _source(store: Store, n: int, text: str, published: str) -> int:
    with store.transaction() as conn:
        return add_source(conn, store.dialect, "t", NewSource(
            content_hash=f"{n:064x}", raw_hash=f"{n:064x}", text=text, published=published)).source_id


def _claims(store: Store, sid: int, *claims: ExtractedClaim) -> list[int]:
    with store.transaction() as conn:
        return save_claims(conn, store.dialect, "t", sid, list(claims))


def _claim(idx: int, date: str, loc, killed: int | None) -> ExtractedClaim:  # type: ignore[no-untyped-def]
    k = CountValue(min=killed, max=killed) if killed is not None else CountValue()
    return ExtractedClaim(source="x", claim=idx, date=day(date), location=loc, killed=k,
                          event_type="bombing", confidence=0.8, extractor="test", text_span=(0, 40))


def test_link_groups_reports_and_explains(store: Store) -> None:
    s1 = _source(store, 1, "Bomb in Hazara Town market kills 84 people in Quetta.", "2013-02-17")
    s2 = _source(store, 2, "Hazara Town market bombing toll reaches 89 in Quetta.", "2013-02-18")
    s3 = _source(store, 3, "Blast in Karachi kills 12 near a procession on the same day.", "2013-02-17")
    c1 = _claims(store, s1, _claim(0, "2013-02-16", QUETTA, 84))[0]
    c2 = _claims(store, s2, _claim(0, "2013-02-16", HAZARA_TOWN, 89))[0]
    c3 = _claims(store, s3, _claim(0, "2013-02-16", KARACHI, 12))[0]
    report = link(store, actor="linker")
    assert report.claims_seen == 3 and report.new_incidents == 2 and report.linked_existing == 1
    with store.read() as conn:
        a, b, c = (get_claim(conn, i) for i in (c1, c2, c3))
        assert a and b and c
        assert a.incident_id == b.incident_id != c.incident_id
        joined = b if b.link_score is not None else a
        assert joined.link_explanation and joined.link_explanation["reasons"]
        inc = get_incident(conn, a.incident_id or 0)
        assert inc and (inc.deaths_low, inc.deaths_best, inc.deaths_high) == (84, 84, 89)
        assert inc.n_sources == 2 and inc.place == "Hazara Town"
    # Linking again finds nothing new to do.
    assert link(store, actor="linker").claims_seen == 0


def test_two_claims_of_one_source_never_merged(store: Store) -> None:
    s1 = _source(store, 1, "Two attacks in Quetta: one market bomb, one shooting.", "2013-02-17")
    _claims(store, s1, _claim(0, "2013-02-16", QUETTA, 84), _claim(1, "2013-02-16", QUETTA, 84))
    link(store, actor="linker")
    with store.read() as conn:
        assert len(list_incidents(conn)) == 2


def test_review_recomputes_and_is_audited(store: Store) -> None:
    s1 = _source(store, 1, "Bomb in Quetta kills 84.", "2013-02-17")
    s2 = _source(store, 2, "Bomb in Quetta kills 300, a partisan site says.", "2013-02-17")
    c1 = _claims(store, s1, _claim(0, "2013-02-16", QUETTA, 84))[0]
    c2 = _claims(store, s2, _claim(0, "2013-02-16", QUETTA, 300))[0]
    link(store, actor="linker", threshold=0.5)
    with store.read() as conn:
        inc_id = get_claim(conn, c1).incident_id  # type: ignore[union-attr]
        assert get_incident(conn, inc_id or 0).deaths_high == 300  # type: ignore[union-attr]
    review_claim(store, c2, ReviewStatus.REJECTED, reviewer="rev", reason="inflated figure, no source")
    with store.read() as conn:
        inc = get_incident(conn, inc_id or 0)
        assert inc and inc.deaths_high == 84 and inc.n_claims == 1
        claim = get_claim(conn, c2)
        assert claim and claim.reviewer == "rev" and claim.review_status == "rejected"
        actions = conn.execute(select(audit_log.c.action, audit_log.c.actor)).all()
    assert ("review", "rev") in [(a, b) for a, b in actions]


def test_merge_and_split(store: Store) -> None:
    s1 = _source(store, 1, "Attack in Quetta.", "2013-02-17")
    s2 = _source(store, 2, "Attack in Karachi.", "2013-02-17")
    c1 = _claims(store, s1, _claim(0, "2013-02-16", QUETTA, 5))[0]
    c2 = _claims(store, s2, _claim(0, "2013-02-16", KARACHI, 7))[0]
    link(store, actor="linker")
    with store.read() as conn:
        i1 = get_claim(conn, c1).incident_id  # type: ignore[union-attr]
        i2 = get_claim(conn, c2).incident_id  # type: ignore[union-attr]
    assert i1 != i2 and i1 and i2
    merge_incidents(store, i1, i2, reviewer="rev", reason="same attack, misreported city")
    with store.read() as conn:
        assert {c.id for c in claims_for_incident(conn, i1)} == {c1, c2}
        assert get_incident(conn, i2).status == "rejected"  # type: ignore[union-attr]
        assert (get_incident(conn, i1).deaths_low, get_incident(conn, i1).deaths_high) == (5, 7)  # type: ignore[union-attr]
    new = split_claim(store, c2, reviewer="rev", reason="different attack after all")
    with store.read() as conn:
        assert [c.id for c in claims_for_incident(conn, new)] == [c2]
        assert get_incident(conn, i1).deaths_high == 5  # type: ignore[union-attr]
