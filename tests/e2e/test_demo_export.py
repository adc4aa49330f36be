"""End to end: the demo pipeline, CLI commands on its database, exports."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from typer.testing import CliRunner

from gawahi.cli.main import app
from gawahi.demo import build_demo
from gawahi.publish.export import ACLED_COLUMNS, export
from gawahi.store.claims import claims_for_incident, list_incidents
from gawahi.store.sources import list_sources


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    result = build_demo(tmp_path_factory.mktemp("demo") / "d")
    yield result
    result.store.close()


def test_demo_no_serve_runs_from_the_cli(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "gawahi.cli.main", "demo", "--no-serve", "--dir", str(tmp_path / "d")],
        capture_output=True, text=True, check=False, env={**os.environ, "COLUMNS": "120"},
    )
    assert out.returncode == 0, out.stderr
    assert "incidents" in out.stdout and "Alamdar Road" in out.stdout


def test_demo_refuses_to_clear_a_foreign_folder(tmp_path: Path) -> None:
    (tmp_path / "precious.txt").write_text("someone's work")
    out = CliRunner().invoke(app, ["demo", "--no-serve", "--dir", str(tmp_path)])
    assert out.exit_code == 2 and (tmp_path / "precious.txt").exists()


def test_demo_syndicated_copy_not_counted_twice(demo) -> None:  # type: ignore[no-untyped-def]
    with demo.store.read() as conn:
        srcs = list_sources(conn, limit=100)
    copies = [s for s in srcs if s.duplicate_of is not None]
    assert [s.external_id for s in copies] == ["demo-mastung-2-syndicated"]


def test_demo_reports_link_into_the_right_incidents(demo) -> None:  # type: ignore[no-untyped-def]
    """Reports of one incident share an id prefix (demo-<incident>-<n>): each prefix must
    map to exactly one incident, and no incident may mix prefixes. A report may also describe
    a later event of its own (an arrest, a protest): those claims are their own incidents by
    design and are left out of the check."""
    groups: dict[int, set[str]] = defaultdict(set)
    with demo.store.read() as conn:
        by_id = {s.id: s.external_id for s in list_sources(conn, limit=100)}
        for inc in list_incidents(conn, limit=100):
            if inc.status == "rejected":
                continue
            for c in claims_for_incident(conn, inc.id):
                if c.data.event_type.value in ("legal_action", "protest"):
                    continue
                groups[inc.id].add((by_id[c.source_id] or "").rsplit("-", 1)[0])
    prefixes_per_incident = {i: g for i, g in groups.items()}
    mixed = {i: g for i, g in prefixes_per_incident.items() if len(g) > 1}
    assert not mixed, f"incidents mixing different events: {mixed}"
    incidents_per_prefix: dict[str, set[int]] = defaultdict(set)
    for i, g in groups.items():
        for p in g:
            incidents_per_prefix[p].add(i)
    split = {p: ids for p, ids in incidents_per_prefix.items() if len(ids) > 1}
    assert not split, f"one event split over several incidents: {split}"
    assert len(incidents_per_prefix) == 10


def test_csv_export_has_acled_and_range_columns(demo) -> None:  # type: ignore[no-untyped-def]
    with demo.store.read() as conn:
        data = export(conn, "csv")
    rows = list(csv.DictReader(io.StringIO(data)))
    assert rows and set(ACLED_COLUMNS) <= set(rows[0])
    for col in ("deaths_low", "deaths_best", "deaths_high", "claims", "sources"):
        assert col in rows[0]
    for r in rows:
        if r["deaths_low"] and r["deaths_high"]:
            assert int(r["deaths_low"]) <= int(r["deaths_best"]) <= int(r["deaths_high"])
        # attributions carry their basis; an allegation is never stated as fact
        for a in filter(None, r["attributions"].split("; ")):
            assert a.endswith(("(alleged)", "(claimed)", "(charged)", "(convicted)", "(acquitted)"))


def test_geojson_and_json_exports(demo) -> None:  # type: ignore[no-untyped-def]
    with demo.store.read() as conn:
        gj = json.loads(export(conn, "geojson"))
        js = json.loads(export(conn, "json"))
    assert gj["type"] == "FeatureCollection" and gj["features"]
    pts = [f for f in gj["features"] if f["geometry"]]
    assert pts and all(60 < f["geometry"]["coordinates"][0] < 78 for f in pts)  # lon in Pakistan
    assert len(js["incidents"]) == len(gj["features"])
    assert all("notes" not in i for i in js["incidents"])  # restricted field never exported


def test_cli_show_and_incidents_on_demo(demo) -> None:  # type: ignore[no-untyped-def]
    runner = CliRunner()
    db = ["--db", demo.db_url]
    out = runner.invoke(app, [*db, "incidents", "--province", "PK-BA"])
    assert out.exit_code == 0 and "Quetta" in out.output or "Hazara" in out.output
    with demo.store.read() as conn:
        first = list_incidents(conn, limit=1)[0]
    shown = runner.invoke(app, [*db, "show", str(first.id)])
    assert shown.exit_code == 0 and f"Incident {first.id}" in shown.output
    missing = runner.invoke(app, [*db, "show", "99999"])
    assert missing.exit_code == 2
