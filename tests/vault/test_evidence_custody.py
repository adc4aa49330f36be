"""Chain of custody: every event (who, when, why) is an audited write, so `gawahi verify` covers
it; tampering with a custody row or an evidence row behind Gawahi's back is caught."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import delete, insert, select, update
from typer.testing import CliRunner

from gawahi.cli.main import app
from gawahi.store.db import Store
from gawahi.store.schema import audit_log, custody_events, evidence
from gawahi.vault.cas import LocalVault
from gawahi.vault.custody import CustodyError, add_files, list_events, record_custody
from gawahi.vault.log import make_checkpoint
from gawahi.vault.verify import verify_store


def _photo(path: Path, seed: int) -> Path:
    img = Image.new("RGB", (120, 90), (seed * 40 % 256, 90, 200))
    img.paste((255, 255, 0), (10 + seed, 10, 60 + seed, 50))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=90)
    path.write_bytes(buf.getvalue())
    return path


def _populate(store: Store, vault: LocalVault, tmp_path: Path) -> list[int]:
    files = [_photo(tmp_path / f"p{i}.jpg", i) for i in range(3)]
    added = add_files(store, vault, files, actor="alice", reason="intake", collector="bob")
    ids = [a.evidence_id for a in added]
    record_custody(store, ids[0], "copied", "copy for the lawyer", actor="alice", detail={"to": "USB"})
    record_custody(store, ids[1], "analysed", "geolocation check", actor="alice", on_behalf_of="dana")
    make_checkpoint(store, vault.root)
    return ids


def test_events_and_verify(store: Store, vault: LocalVault, tmp_path: Path) -> None:
    ids = _populate(store, vault, tmp_path)
    with store.read() as conn:
        ev = list_events(conn, ids[0])
        audited = conn.execute(
            select(audit_log.c.actor, audit_log.c.record_id).where(audit_log.c.table_name == "custody_events")
        ).all()
    assert [e["action"] for e in ev] == ["collected", "received", "analysed", "copied"]
    assert ev[0]["actor"] == "bob" and ev[0]["detail"]["recorded_by"] == "alice" and ev[1]["detail"]["from"] == "bob"
    assert len(audited) == 3 * 3 + 2 and all(a == "alice" for a, _ in audited)
    rep = verify_store(store, vault)
    assert rep.ok, rep.failures
    # The same bytes again: no new evidence, a "received" event.
    again = add_files(store, vault, [tmp_path / "p0.jpg"], actor="erin", reason="sent again by a partner")
    assert not again[0].created and again[0].evidence_id == ids[0]
    with store.read() as conn:
        assert list_events(conn, ids[0])[-1]["action"] == "received"


def test_bad_requests(store: Store, vault: LocalVault, tmp_path: Path) -> None:
    ids = _populate(store, vault, tmp_path)
    with pytest.raises(CustodyError, match="one of"):
        record_custody(store, ids[0], "destroyed", "oops", actor="alice")
    with pytest.raises(CustodyError, match="reason"):
        record_custody(store, ids[0], "copied", "  ", actor="alice")
    with pytest.raises(CustodyError, match="no evidence"):
        record_custody(store, 999, "copied", "x", actor="alice")
    with pytest.raises(CustodyError, match="no source"):
        add_files(store, vault, [tmp_path / "p0.jpg"], actor="alice", reason="x", source="s42")
    assert verify_store(store, vault).ok


def test_custody_row_changed_behind_gawahis_back(store: Store, vault: LocalVault, tmp_path: Path) -> None:
    ids = _populate(store, vault, tmp_path)
    with store.read() as conn:
        target = conn.execute(
            select(custody_events.c.id).where(custody_events.c.evidence_id == ids[0]).order_by(custody_events.c.id)
        ).scalars().first()
    with store.engine.begin() as conn:
        conn.execute(update(custody_events).where(custody_events.c.id == target).values(actor="mallory"))
    rep = verify_store(store, vault)
    assert [str(f) for f in rep.failures] == [
        f"record: custody_events {target}: changed outside Gawahi (stored record does not match its last audit entry)"
    ]


def test_custody_row_deleted_or_forged(store: Store, vault: LocalVault, tmp_path: Path) -> None:
    ids = _populate(store, vault, tmp_path)
    with store.read() as conn:
        row = dict(conn.execute(select(custody_events).order_by(custody_events.c.id.desc())).mappings().first() or {})
    with store.engine.begin() as conn:
        conn.execute(delete(custody_events).where(custody_events.c.id == row["id"]))
    rep = verify_store(store, vault)
    assert any(f"custody_events {row['id']}: deleted without an audit entry" in str(f) for f in rep.failures)
    with store.engine.begin() as conn:
        conn.execute(insert(custody_events).values(**row))
        conn.execute(insert(custody_events).values(evidence_id=ids[2], action="exported", actor="mallory",
                                                   at="2020-01-01T00:00:00Z", reason="forged"))  # fmt: skip
    rep = verify_store(store, vault)
    assert len(rep.failures) == 1 and "no audit entry (inserted outside Gawahi)" in str(rep.failures[0])


def test_evidence_hash_or_file_tampered(store: Store, vault: LocalVault, tmp_path: Path) -> None:
    ids = _populate(store, vault, tmp_path)
    with store.read() as conn:
        sha = conn.execute(select(evidence.c.sha256).where(evidence.c.id == ids[1])).scalar_one()
    with store.engine.begin() as conn:
        conn.execute(update(evidence).where(evidence.c.id == ids[1]).values(capture=json.loads('{"x": 1}')))
    rep = verify_store(store, vault)
    assert any(f"evidence {ids[1]}: changed outside Gawahi" in str(f) for f in rep.failures)
    path = vault.path_for(sha)
    path.chmod(0o644)
    path.write_bytes(path.read_bytes()[:-1] + b"\x00")
    rep = verify_store(store, vault)
    assert any(sha in str(f) and "corrupt" in str(f) for f in rep.failures)


@pytest.mark.sqlite_only
def test_cli(db_url: str, tmp_path: Path) -> None:
    runner = CliRunner()
    opts = ["--db", db_url, "--vault", str(tmp_path / "v"), "--user", "alice"]
    p = _photo(tmp_path / "a.jpg", 1)
    r = runner.invoke(app, [*opts, "evidence", "add", str(p), "--reason", "intake", "--collector", "bob", "--source", "hand delivery"])
    assert r.exit_code == 0 and "evidence 1 (photo" in r.output, r.output
    big = tmp_path / "b.jpg"
    Image.open(p).resize((240, 180)).save(big, quality=50)
    r = runner.invoke(app, [*opts, "evidence", "add", str(big), "--reason", "re-upload"])
    assert "near-duplicate of evidence 1" in r.output
    r = runner.invoke(app, [*opts, "evidence", "similar", "1"])
    assert r.exit_code == 0 and "1 near-duplicate(s)" in r.output
    r = runner.invoke(app, [*opts, "evidence", "custody", "1", "--action", "copied", "--reason", "to lawyer",
                            "--at", "2024-03-01T10:00:00+05:00", "--by", "frank"])  # fmt: skip
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, [*opts, "evidence", "add", str(_photo(tmp_path / "c.jpg", 30)), "--reason", "old",
                            "--collected-at", "2013-02-16T18:00:00"])  # fmt: skip
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, [*opts, "evidence", "custody", "1", "--action", "lost", "--reason", "x"])
    assert r.exit_code == 2 and "must be one of" in r.output
    r = runner.invoke(app, [*opts, "evidence", "export-public", "1", str(tmp_path / "pub.jpg")])
    assert r.exit_code == 0 and (tmp_path / "pub.jpg").exists(), r.output
    r = runner.invoke(app, [*opts, "evidence", "show", "1"])
    assert r.exit_code == 0
    for word in ("sha256", "phash", "collected", "received", "analysed", "copied", "exported", "bob"):
        assert word in r.output
    assert "2024-03-01T05:00:00.000000Z  copied    frank: to lawyer" in r.output
    doc = json.loads(runner.invoke(app, [*opts, "evidence", "show", "3", "--json"]).output)
    assert doc["custody"][0]["at"] == "2013-02-16T18:00:00.000000Z" and doc["custody"][0]["action"] == "collected"
    assert runner.invoke(app, [*opts, "evidence", "show", "9"]).exit_code == 2
    bad = runner.invoke(app, [*opts, "evidence", "custody", "1", "--action", "copied", "--reason", "x", "--at", "soon"])
    assert bad.exit_code == 2 and "ISO 8601" in bad.output
    v = runner.invoke(app, [*opts, "verify"])
    assert v.exit_code == 0, v.output
