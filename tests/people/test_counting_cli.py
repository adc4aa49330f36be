"""From imported lists through linkage to capture tables and estimates; the CLI end to end."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
import splink  # noqa: F401,E402  (declared dependency)
from typer.testing import CliRunner

from gawahi.cli.main import app  # noqa: E402
from gawahi.people.counting import (  # noqa: E402
    CountingError,
    capture_csv,
    capture_records,
    estimate_from_store,
)
from gawahi.people.linkage import confirm_above, run_linkage  # noqa: E402
from gawahi.people.lists import import_list  # noqa: E402
from gawahi.people.synthetic import generate  # noqa: E402
from gawahi.store.db import Store  # noqa: E402

runner = CliRunner()
FIELDS = ["name", "father_name", "sex", "age", "district", "incident_date"]


def _write_lists(tmp_path: Path, n_people: int, seed: int) -> tuple[dict[str, Path], dict]:
    g = generate(n_people, seed=seed)
    paths: dict[str, Path] = {}
    truth: dict = {}
    for name in g.lists:
        p = tmp_path / f"{name}.csv"
        with p.open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["Name", "Father", "Sex", "Age", "District", "Date"])
            for r in g.records:
                if r["list_name"] == name:
                    w.writerow([r[k] or "" for k in FIELDS])
                    truth.setdefault(r["truth"], set()).add(name)
        paths[name] = p
    return paths, truth


def test_capture_table_from_linked_lists(store: Store, tmp_path: Path) -> None:
    paths, truth = _write_lists(tmp_path, 150, seed=9)
    for name, p in paths.items():
        rep = import_list(store, p, name, actor="t")
        assert not rep.errors
    with pytest.raises(CountingError, match="no victim list"):
        capture_records(store, lists=["HRCP", "Nope"])
    names, before = capture_records(store)
    run_linkage(store, actor="t", threshold=0.9)
    confirm_above(store, 0.9, actor="reviewer")
    names, recs = capture_records(store)
    assert names == ["HRCP", "ShiaKilling", "Community"]
    # Linkage brings the observed count close to the true number of people on any list.
    assert len(recs) < len(before)
    assert abs(len(recs) - len(truth)) <= 0.08 * len(truth)
    both_true = sum(1 for lists in truth.values() if {"HRCP", "ShiaKilling"} <= lists)
    both = sum(1 for r in recs if r["HRCP"] and r["ShiaKilling"])
    assert abs(both - both_true) <= 0.12 * both_true
    assert all(r["year"] and len(r["year"]) == 4 for r in recs if r["year"])
    text = capture_csv(store)
    assert text.splitlines()[0] == "HRCP,ShiaKilling,Community,count"
    assert sum(int(line.rsplit(",", 1)[1]) for line in text.splitlines()[1:]) == len(recs)
    res = estimate_from_store(store, method="loglinear", model="Mt")
    assert res.observed == len(recs) and res.estimate >= len(recs)
    strat = estimate_from_store(store, by="district", model="M0")
    assert sum(s.table.observed for s in strat.strata) == len(recs)


@pytest.mark.sqlite_only
def test_cli_end_to_end(db_url: str, tmp_path: Path) -> None:
    a = tmp_path / "a.csv"
    a.write_text("Victim Name,Father,Age,District,Date\n"
                 "Syed Ali Raza,Syed Hasan Abbas,35,Quetta,10/01/2013\n"
                 "Muhammad Hussain s/o Ghulam Abbas,,40,Quetta,2013-01-10\n"
                 ",x,1,Quetta,2013-01-10\n", encoding="utf-8")
    b = tmp_path / "b.csv"
    b.write_text("Name,Father Name,Age,Place,Date\n"
                 "سید علی رضا,حسن عباس,36,Quetta,2013-01-10\n"
                 "Mohd Husain,Gulam Abbas,41,Quetta,10 Jan 2013\n", encoding="utf-8")
    base = ["--db", db_url, "--vault", str(tmp_path / "vault"), "--user", "rev"]

    def run(*args: str) -> tuple[int, str]:
        r = runner.invoke(app, [*base, *args])
        return r.exit_code, r.output

    code, out = run("lists", "import", str(a), "--preview", "--map", "Victim Name=name")
    assert code == 0 and "row 2:" in out and "row 4, column 'Victim Name': no name" in out
    code, out = run("lists", "import", str(a), "--name", "HRCP", "--map", "Victim Name=name")
    assert code == 1 and "2 of 3 rows imported, 1 rejected" in out
    code, out = run("lists", "import", str(b), "--name", "Community", "--map", "Place=district")
    assert code == 0, out
    code, out = run("linkage", "run")
    assert code == 0 and "2 new suggestions" in out, out
    code, out = run("linkage", "suggestions", "--format", "json")
    assert len(json.loads(out)) == 2
    code, out = run("linkage", "confirm", "--above", "0.9")
    assert code == 0 and "2 suggestions" in out
    code, out = run("lists", "capture")
    assert out.splitlines() == ["HRCP,Community,count", "1,1,2"]
    code, out = run("person", "show", "1")
    assert "سید علی رضا" in out and "mentions (2)" in out
    code, out = run("person", "add", "Qamar Abbas", "--father", "Ali", "--sex", "m")
    assert code == 0
    code, out = run("missing", "add", "5", "--last-seen", "2014-02-01", "--taken-by", "FC")
    assert code == 0, out
    code, out = run("missing", "status", "1", "acknowledged_in_custody", "--date", "2014-05-01")
    assert "missing" in out and "acknowledged_in_custody" in out
    code, out = run("missing", "petition", "1", "--kind", "habeas_corpus", "--next-hearing", "2099-01-01")
    assert code == 0
    code, out = run("missing", "list", "--longest")
    assert "Qamar Abbas" in out and "next hearing 2099-01-01" in out
    code, out = run("case", "add", "--fir", "12/2014", "--police-station", "Civil Lines",
                    "--section", "295-C", "--accused", "Unknown:alleged", "--fir-date", "2014-01-02")
    assert code == 0, out
    code, out = run("case", "stage", "1", "arrest", "--date", "2014-01-05")
    assert code == 0
    code, out = run("case", "list")
    assert "PPC 295-C" in out and "stage arrest" in out
    code, out = run("case", "stage", "9", "arrest")
    assert code == 1 and "no legal case 9" in out
