"""Capture tables from CSV and records, stratified estimates, plots and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from gawahi.cli.main import app
from gawahi.estimate import (
    CaptureTable,
    CaptureTableError,
    estimate,
    estimate_by_stratum,
    plot_result,
    plot_strata,
    read_lists_csv,
)
from gawahi.estimate.table import histories
from tests.estimate.tables import HIV_ROME, R3, table

runner = CliRunner()


def _write_counts(path: Path, counts: list[int], names: list[str]) -> Path:
    j = len(names)
    lines = [",".join([*names, "count"])]
    for h, c in zip(histories(j), counts, strict=True):
        lines.append(",".join([*map(str, h), str(c)]))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_histories_order_matches_rcapture() -> None:
    h = histories(3)
    assert h[0].tolist() == [1, 1, 1] and h[-1].tolist() == [0, 0, 1] and len(h) == 7


def test_read_csv_counts_and_person_rows(tmp_path: Path) -> None:
    t = read_lists_csv(_write_counts(tmp_path / "r3.csv", R3, ["hrcp", "satp", "ngo"]))
    assert t.lists == ("hrcp", "satp", "ngo") and t.observed == sum(R3)
    assert t.overlap(0, 1) == 72 + 155
    # any row order, repeated rows add up, person rows without a count column
    p = tmp_path / "people.csv"
    p.write_text("a,b,c\n1,0,0\n1,0,0\n0,1,1\n1,1,1\n", encoding="utf-8")
    t2 = read_lists_csv(p)
    assert t2.observed == 4 and dict(t2.rows())[(1, 0, 0)] == 2


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty file"),
        ("a,count\n1,3\n", "at least two list columns"),
        ("a,b,count\n1,2,3\n", "must be 0 or 1"),
        ("a,b,count\n1,0,-1\n", "whole number"),
        ("a,b,count\n1,0\n", "expected 3 fields"),
        ("a,b,count\n0,0,5\n", "on no list"),
        ("a,count,b\n1,1,1\n", "last column"),
        ("a,b,count\n", "no data rows"),
    ],
)
def test_bad_csv_errors(tmp_path: Path, text: str, message: str) -> None:
    p = tmp_path / "bad.csv"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(CaptureTableError, match=message):
        read_lists_csv(p)


def test_missing_file_error(tmp_path: Path) -> None:
    with pytest.raises(CaptureTableError, match="no such file"):
        read_lists_csv(tmp_path / "nope.csv")


def _records() -> list[dict[str, object]]:
    """Person records for two years built from the R3 and HIV-style cell tables."""
    rows: list[dict[str, object]] = []
    for year, counts in (("2012", [30, 60, 5, 40, 8, 30, 25]), ("2013", [3, 2, 1, 3, 2, 3, 2])):
        for h, c in zip(histories(3), counts, strict=True):
            for _ in range(c):
                rows.append({"year": year, "hrcp": int(h[0]), "satp": bool(h[1]), "ngo": str(h[2])})
    return rows


def test_from_records_and_estimate_by_stratum() -> None:
    rows = _records()
    t = CaptureTable.from_records(rows, ["hrcp", "satp", "ngo"])
    assert t.observed == len(rows)
    strat = estimate_by_stratum(rows, "year", ["hrcp", "satp", "ngo"], model="Mt + hrcp:satp")
    assert [s.stratum for s in strat.strata] == ["2012", "2013"]
    small = strat.strata[1]
    assert small.result is not None and "small_sample" in small.result.warning_codes
    assert strat.total is not None and strat.total.observed == len(rows)
    assert strat.sum_of_strata is not None
    d = strat.to_dict()
    assert json.dumps(d)  # JSON-safe
    # a callable key and LCMCR work too
    lc = estimate_by_stratum(
        rows,
        lambda r: r["year"],
        ["hrcp", "satp", "ngo"],  # type: ignore[index]
        method="lcmcr",
        seed=1,
        samples=50,
        burn_in=100,
        thin=2,
    )
    assert all(s.result is not None for s in lc.strata)


def test_stratum_that_cannot_be_fitted_reports_error() -> None:
    rows = [{"d": "x", "a": 1, "b": 1, "c": 0}, {"d": "x", "a": 0, "b": 0, "c": 1}]
    strat = estimate_by_stratum(rows, "d", ["a", "b", "c"], model="Mt + all2 + all3")
    assert strat.strata[0].result is None and "not estimable" in (strat.strata[0].error or "")


def test_plots_write_png(tmp_path: Path) -> None:
    import matplotlib  # noqa: F401
    res = estimate(table(HIV_ROME), method="lcmcr", seed=1, samples=100, burn_in=200, thin=2)
    out = plot_result(res, tmp_path / "post.png")
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    strat = estimate_by_stratum(_records(), "year", ["hrcp", "satp", "ngo"], model="Mt")
    out2 = plot_strata(strat, tmp_path / "strata.png", include_total=True)
    assert out2.stat().st_size > 1000
    out3 = plot_result(estimate(table(R3), model="Mt"), tmp_path / "ll.png")
    assert out3.exists()


def test_plot_without_matplotlib_is_clear(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import builtins

    from gawahi.estimate import PlotUnavailableError

    real_import = builtins.__import__

    def fake_import(name: str, *args: object, **kwargs: object) -> object:
        if name == "matplotlib" or name.startswith("matplotlib."):
            raise ImportError("no matplotlib")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", fake_import)
    res = estimate(table(R3), model="Mt")
    with pytest.raises(PlotUnavailableError, match="pip install matplotlib"):
        plot_result(res, tmp_path / "x.png")


def test_cli_json_reproduces_hiv(tmp_path: Path) -> None:
    csv = _write_counts(tmp_path / "hiv.csv", HIV_ROME, ["c1", "c2", "c3", "c4"])
    r = runner.invoke(
        app,
        [
            "estimate",
            "--lists",
            str(csv),
            "--method",
            "loglinear",
            "--model",
            "Mt + c1:c2",
            "--format",
            "json",
        ],
    )
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert {"method", "observed", "estimate", "lower", "upper", "model", "warnings"} <= set(out)
    assert out["method"] == "loglinear" and out["observed"] == 1896
    assert abs(out["estimate"] - 12318.5) <= 0.5
    assert abs(out["lower"] - 10266) < 0.5 and abs(out["upper"] - 14992.3) < 0.5


def test_cli_lcmcr_table_and_plot(tmp_path: Path) -> None:
    csv = _write_counts(tmp_path / "r3.csv", R3, ["a", "b", "c"])
    args = [
        "estimate",
        "--lists",
        str(csv),
        "--method",
        "lcmcr",
        "--seed",
        "3",
        "--samples",
        "40",
        "--burn-in",
        "50",
        "--thin",
        "2",
        "--format",
        "json",
    ]
    r1 = runner.invoke(app, args)
    r2 = runner.invoke(app, args)
    assert r1.exit_code == 0, r1.output
    assert json.loads(r1.stdout)["estimate"] == json.loads(r2.stdout)["estimate"]
    r3 = runner.invoke(app, args[:-2] + ["--format", "table"])
    assert r3.exit_code == 0 and "R-hat" in r3.stdout
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return
    png = tmp_path / "p.png"
    r4 = runner.invoke(app, [*args, "--plot", str(png)])
    assert r4.exit_code == 0 and png.exists()


def test_cli_bad_csv_exit_2(tmp_path: Path) -> None:
    p = tmp_path / "bad.csv"
    p.write_text("a,b,count\n1,x,3\n", encoding="utf-8")
    r = runner.invoke(app, ["estimate", "--lists", str(p)])
    assert r.exit_code == 2
    assert "must be 0 or 1" in r.output
    r = runner.invoke(app, ["estimate", "--lists", str(tmp_path / "missing.csv")])
    assert r.exit_code == 2


def test_cli_bad_model_exit_2_and_help(tmp_path: Path) -> None:
    csv = _write_counts(tmp_path / "r3.csv", R3, ["a", "b", "c"])
    r = runner.invoke(app, ["estimate", "--lists", str(csv), "--model", "Mh"])
    assert r.exit_code == 2 and "heterogeneity" in r.output
    h = runner.invoke(app, ["estimate", "--help"])
    assert h.exit_code == 0
    for opt in (
        "--lists",
        "--method",
        "--model",
        "--seed",
        "--format",
        "--plot",
        "--samples",
        "--burn-in",
        "--thin",
    ):
        assert opt in h.stdout


def test_capture_table_validation() -> None:
    with pytest.raises(CaptureTableError):
        CaptureTable(("a",), np.array([1]))
    with pytest.raises(CaptureTableError):
        CaptureTable(("a", "a"), np.array([1, 2, 3]))
    with pytest.raises(CaptureTableError):
        CaptureTable(("a", "b"), np.array([1, 2]))
