"""Benchmark: record linkage of synthetic Pakistani victim lists with known truth.

The seeded generator (gawahi.people.synthetic) draws people from name distributions written
for this project -- given names, "Muhammad"/"Ghulam" prefixes, lineage titles, sect, tribe
and caste surnames, fathers' names -- groups them into incidents (single target killings and
bombings with dozens of victims on one date in one district), and writes them onto three
lists with different habits: transliteration variants, Syed written or not, honorifics,
"s/o" inside the name, half of one list in Urdu script, typing errors, ages and dates off,
missing fields, duplicates within a list.

Linkage: Splink 4 on DuckDB (or Spark, --backend spark), unsupervised training (EM) on the
data itself; pairs at or above the threshold are clustered strongest first, keeping two
records of one list apart unless p >= 0.999 (gawahi.people.linkage.cluster_records, the rule
`gawahi linkage confirm --above` follows). Scores: pairwise precision, recall and F1 over the
record pairs the clusters imply, against the truth. Each size runs in a fresh process so that
the peak memory (max RSS) is its own; with Spark the JVM's peak (VmHWM) is shown as well.

Run:  python benchmarks/bench_linkage.py                  # 2,000 / 10,000 / 50,000 records
      python benchmarks/bench_linkage.py --records 1000000
      python benchmarks/bench_linkage.py --records 20000 --thresholds 0.8,0.9,0.95,0.99
      python benchmarks/bench_linkage.py --records 20000 --backend spark   # local Spark
      python benchmarks/bench_linkage.py --records 20000 --backend both    # DuckDB, Spark
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time


def _jvm_peak_mb(db_api: object) -> float:
    """Peak resident memory of the local Spark JVM (Linux /proc), 0 if unknown."""
    try:
        pid = db_api.spark.sparkContext._gateway.proc.pid  # type: ignore[attr-defined]
        for line in open(f"/proc/{pid}/status", encoding="ascii"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (AttributeError, OSError, ValueError):
        pass
    return 0.0


def run_one(n: int, seed: int, thresholds: list[float], model: str,
            backend: str = "duckdb") -> dict[str, object]:
    from gawahi.people.linkage import (
        SAME_LIST_THRESHOLD,
        cluster_records,
        default_model,
        make_db_api,
        predict_frame,
        records_frame,
    )
    from gawahi.people.synthetic import age_range, generate_records, pairwise_scores

    t0 = time.perf_counter()
    g = generate_records(n, seed=seed)
    t_gen = time.perf_counter() - t0
    t1 = time.perf_counter()
    rows = []
    for r in g.records:
        lo, hi = age_range(r["age"])
        rows.append({**r, "age_min": lo, "age_max": hi})
    frame = records_frame(rows)
    truth = {r["id"]: r["truth"] for r in g.records}
    list_of = {r["id"]: r["list_name"] for r in g.records}
    del rows, g
    t_keys = time.perf_counter() - t1
    lowest = min(thresholds)
    t_api = time.perf_counter()
    db_api = make_db_api(backend)
    t_api = time.perf_counter() - t_api
    if model == "default":
        pred = predict_frame(frame, threshold=lowest, model=default_model(len(frame)),
                             train_model=False, seed=seed, db_api=db_api)
    else:
        pred = predict_frame(frame, threshold=lowest, train_model=True, seed=seed, db_api=db_api)
    scores = []
    t_cluster = 0.0
    for th in thresholds:
        t2 = time.perf_counter()
        p = pred.pairs[pred.pairs.match_probability >= th]
        clusters = cluster_records(
            zip(p.unique_id_l.tolist(), p.unique_id_r.tolist(), p.match_probability.tolist(),
                strict=True),
            truth.keys(), list_of, same_list_threshold=SAME_LIST_THRESHOLD)
        t_cluster = time.perf_counter() - t2
        prec, rec, f1 = pairwise_scores(truth, clusters)
        scores.append({"threshold": th, "precision": prec, "recall": rec, "f1": f1,
                       "pairs": int(len(p))})
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    jvm_mb = _jvm_peak_mb(db_api) if backend == "spark" else 0.0
    return {
        "records": len(truth), "people": len(set(truth.values())), "scores": scores,
        "seconds": {"generate": t_gen, "keys": t_keys, "engine": t_api,
                    "train": pred.seconds.get("train", 0.0),
                    "predict": pred.seconds.get("predict", 0.0), "cluster": t_cluster},
        "peak_mb": peak_mb, "jvm_mb": jvm_mb, "model": model, "backend": backend,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, action="append", help="records per run (repeatable)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--thresholds", default="0.9,0.95")
    ap.add_argument("--model", choices=["train", "default"], default="train",
                    help="train on the data (default) or use the shipped default model")
    ap.add_argument("--backend", choices=["duckdb", "spark", "both"], default="duckdb",
                    help="Splink engine (spark: local Spark, needs pyspark and Java)")
    ap.add_argument("--single", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    thresholds = [float(t) for t in args.thresholds.split(",")]
    if args.single:
        print(json.dumps(run_one(args.records[0], args.seed, thresholds, args.model, args.backend)))
        return
    sizes = args.records or [2000, 10000, 50000]
    backends = ["duckdb", "spark"] if args.backend == "both" else [args.backend]
    results = []
    for n in sizes:
        for backend in backends:
            cmd = [sys.executable, os.path.abspath(__file__), "--single", "--records", str(n),
                   "--seed", str(args.seed), "--thresholds", args.thresholds,
                   "--model", args.model, "--backend", backend]
            t = time.perf_counter()
            out = subprocess.run(cmd, capture_output=True, text=True)
            wall = time.perf_counter() - t
            if out.returncode != 0:
                print(f"records {n} ({backend}): failed\n{out.stderr[-3000:]}", file=sys.stderr)
                continue
            res = json.loads(out.stdout.strip().splitlines()[-1])
            res["wall"] = wall
            results.append(res)
            _print([res], header=len(results) == 1)
    target = [s["f1"] for r in results for s in r["scores"] if s["threshold"] == thresholds[0]]
    if target:
        print(f"\ntarget F1 >= 0.97 at threshold {thresholds[0]}: "
              + ", ".join(f"{f:.4f}" for f in target))


def _print(results: list[dict], header: bool = True) -> None:
    if header:
        print(f"{'records':>9} {'people':>8} {'engine':>6} {'thr':>5} {'pairs':>9} {'precision':>9} "
              f"{'recall':>7} {'F1':>7} {'gen s':>6} {'keys s':>6} {'train s':>7} {'predict s':>9} "
              f"{'total s':>7} {'peak MB':>8} {'JVM MB':>7}")
    for r in results:
        s = r["seconds"]
        for sc in r["scores"]:
            print(f"{r['records']:>9,} {r['people']:>8,} {r.get('backend', 'duckdb'):>6} "
                  f"{sc['threshold']:>5} {sc['pairs']:>9,} "
                  f"{sc['precision']:>9.4f} {sc['recall']:>7.4f} {sc['f1']:>7.4f} "
                  f"{s['generate']:>6.1f} {s['keys']:>6.1f} {s['train']:>7.1f} {s['predict']:>9.1f} "
                  f"{r['wall']:>7.1f} {r['peak_mb']:>8,.0f} {r.get('jvm_mb', 0.0):>7,.0f}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
