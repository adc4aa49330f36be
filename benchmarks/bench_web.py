"""Benchmark: the web workspace serving 10,000 incidents and 50,000 claims.

Builds a database with a seeded generator (bulk inserts straight into the same schema, not the
slow audited path: every claim and incident still gets one audit-log row, so history queries
have realistic work), serves it with uvicorn workers on 127.0.0.1 (`python -m gawahi.web.asgi`:
the parent hands each connection to the worker with the fewest open; --server uvicorn for
uvicorn's own --workers), and
measures latency of the incident list, the incident page and the dashboard under 50 concurrent
clients (keep-alive HTTP/1.1 on loopback, a bounded number of requests per page kind), each
client signed in as a viewer.

Two runs, each on a fresh server: a closed loop (every client sends its next request as soon
as the last one is answered: the worst case, where latency is mostly queueing behind the other
49) and a run with think time (users reading pages: exponential pauses of mean --think
seconds; --think-dist fixed keeps the clients in lock-step, hitting the server in bursts of 50
at once). Then single requests through the app in this process: cold (nothing cached), warm,
and the first list and dashboard after a write. Each run reports the server's and the load
generator's CPU per request and the CPU other processes used meanwhile (with the load average
as it started): the load generator shares the machine, and so may anything else running. The
generator is this process's asyncio client; measured at ~0.1 ms of CPU per request (a few per
cent of the machine), so a C generator (wrk) would change little.

Target: p99 <= 100 ms for the list and incident pages on a 2-core machine.
Run: python benchmarks/bench_web.py [--quick] [--workers N] [--think SECONDS]
     [--think-dist exp|fixed] [--mode both|closed|think] [--server gawahi|uvicorn] [--db URL]
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from gawahi.link.consolidate import ClaimView, consolidate
from gawahi.model.claims import ExtractedClaim
from gawahi.model.vocab import ReviewStatus, UserRole
from gawahi.store.audit import now_iso
from gawahi.store.claims import claim_columns
from gawahi.store.db import Store
from gawahi.store.schema import audit_log, claims, incidents, sources

PLACES = [  # name, admin2, admin1, code, lat, lon
    ("Quetta", "Quetta", "Balochistan", "PK-BA", 30.18, 66.99),
    ("Mastung", "Mastung", "Balochistan", "PK-BA", 29.80, 66.84),
    ("Karachi", "Karachi South", "Sindh", "PK-SD", 24.86, 67.01),
    ("Hyderabad", "Hyderabad", "Sindh", "PK-SD", 25.39, 68.37),
    ("Peshawar", "Peshawar", "Khyber Pakhtunkhwa", "PK-KP", 34.01, 71.58),
    ("Parachinar", "Kurram", "Khyber Pakhtunkhwa", "PK-KP", 33.90, 70.10),
    ("Hangu", "Hangu", "Khyber Pakhtunkhwa", "PK-KP", 33.53, 71.06),
    ("Dera Ismail Khan", "Dera Ismail Khan", "Khyber Pakhtunkhwa", "PK-KP", 31.83, 70.90),
    ("Lahore", "Lahore", "Punjab", "PK-PB", 31.55, 74.34),
    ("Rawalpindi", "Rawalpindi", "Punjab", "PK-PB", 33.60, 73.04),
    ("Gojra", "Toba Tek Singh", "Punjab", "PK-PB", 31.15, 72.68),
    ("Chilas", "Diamer", "Gilgit-Baltistan", "PK-GB", 35.41, 74.10),
    ("Gilgit", "Gilgit", "Gilgit-Baltistan", "PK-GB", 35.92, 74.31),
    ("Islamabad", "Islamabad", "Islamabad", "PK-IS", 33.69, 73.05),
]
GROUPS = ["Shia", "Hazara", "Ahmadi", "Christian", "Ismaili", "Sufi", "Hindu"]
ACTORS = ["Lashkar-e-Jhangvi", "Tehrik-i-Taliban Pakistan", "Jundallah", "Islamic State",
          "Sipah-e-Sahaba Pakistan", "Jamaat-ul-Ahrar"]
EVENTS = ["armed_attack", "bombing", "abduction", "property_attack", "mob_violence", "threat"]
BASES = ["alleged", "alleged", "alleged", "claimed", "charged"]
OUTLETS = ["Daily A", "Wire B", "Monitor C", "Times D", "Post E"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _claim_and_text(rnd: random.Random, day: str, place: tuple[Any, ...], base_killed: int,
                    event: str, group: str, actor: str | None, idx: int,
                    source: str) -> tuple[str, ExtractedClaim]:
    killed = max(0, base_killed + rnd.randint(-3, 3))
    vague = rnd.random() < 0.2
    kill_words = f"at least {killed} people" if vague else f"{killed} people"
    basis = rnd.choice(BASES)
    who = f" Police suspect {actor}." if actor and basis != "claimed" else (
        f" {actor} claimed responsibility." if actor else "")
    text = (f"{place[0].upper()}: Attackers struck a gathering of {group} residents in "
            f"{place[0]} on {day}, killing {kill_words} and wounding {rnd.randint(0, 40)}, "
            f"officials said.{who} Report {source} in the benchmark series.")
    def span(s: str) -> list[int]:
        i = text.find(s)
        return [i, i + len(s)]
    data = {
        "source": source, "claim": idx,
        "date": {"edtf": day, "earliest": day, "latest": day, "precision": "day",
                 "span": span(day)},
        "location": {"name": place[0], "admin2": place[1], "admin1": place[2],
                     "admin1_code": place[3], "country": "PK", "lat": place[4],
                     "lon": place[5], "precision": "town", "span": span(place[0])},
        "event_type": event,
        "killed": {"min": killed, "max": None if vague else killed, "span": span(kill_words)},
        "perpetrators": ([{"actor": actor, "basis": basis, "span": span(actor)}]
                         if actor else []),
        "targets": [{"group": group, "span": span(group)}],
        "text_span": [0, len(text)],
        "confidence": round(rnd.uniform(0.4, 0.95), 2),
        "extractor": "bench", "extractor_version": "1",
    }
    return text, ExtractedClaim.model_validate(data)


def build(url: str, n_incidents: int, n_claims: int, seed: int = 7) -> None:
    rnd = random.Random(seed)
    store = Store(url)  # migrated to the newest schema when opened
    ts = now_iso()
    sizes = [1] * n_incidents
    for _ in range(n_claims - n_incidents):
        sizes[rnd.randrange(n_incidents)] += 1
    src_rows: list[dict[str, Any]] = []
    claim_rows: list[dict[str, Any]] = []
    inc_rows: list[dict[str, Any]] = []
    audit_rows: list[dict[str, Any]] = []
    cid = sid = 0
    for inc_id in range(1, n_incidents + 1):
        year = rnd.randint(2001, 2024)
        day = f"{year}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        place = rnd.choice(PLACES)
        event = rnd.choice(EVENTS)
        group = rnd.choice(GROUPS)
        actor = rnd.choice(ACTORS) if rnd.random() < 0.7 else None
        base_killed = int(rnd.paretovariate(1.3)) + rnd.randint(0, 5)
        views = []
        for k in range(sizes[inc_id - 1]):
            sid += 1
            cid += 1
            text, c = _claim_and_text(rnd, day, place, base_killed, event, group, actor, 0,
                                      f"bench-{sid}")
            content = text.encode()
            h = hashlib.sha256(content).hexdigest()
            src_rows.append({
                "id": sid, "content_hash": h, "raw_hash": h, "kind": "news_article",
                "title": f"{event.replace('_', ' ').capitalize()} in {place[0]} ({k + 1})",
                "outlet": rnd.choice(OUTLETS), "language": "en", "published": day,
                "collected_at": ts, "origin": f"/bench/{sid}.txt", "text": text,
                "text_hash": h, "reliability": rnd.choice("ABCDEF"), "sensitivity": "public",
                "extracted_at": ts,
            })
            cols = claim_columns(c)
            cols.update(id=cid, source_id=sid, idx=0, incident_id=inc_id, credibility=6,
                        review_status="suggested", created_at=ts, link_score=0.8,
                        link_explanation={"incident": inc_id, "reasons": ["bench"]})
            claim_rows.append(cols)
            views.append(ClaimView(cid, sid, c, ReviewStatus.SUGGESTED, "C", day))
            audit_rows.append(_audit("claims", cid, ts))
        values = consolidate(views)
        values.update(id=inc_id, status="suggested", created_at=ts, updated_at=ts)
        inc_rows.append(values)
        audit_rows.append(_audit("incidents", inc_id, ts))
    with store.transaction() as conn:
        for table, rows in ((sources, src_rows), (incidents, inc_rows), (claims, claim_rows),
                            (audit_log, audit_rows)):
            for i in range(0, len(rows), 5000):
                conn.execute(insert(table), rows[i:i + 5000])
    if store.dialect.name == "postgresql":
        with store.transaction() as conn:
            # Fixed table names, not user input.
            for stmt in (
                "SELECT setval(pg_get_serial_sequence('sources', 'id'), (SELECT max(id) FROM sources))",
                "SELECT setval(pg_get_serial_sequence('incidents', 'id'), (SELECT max(id) FROM incidents))",
                "SELECT setval(pg_get_serial_sequence('claims', 'id'), (SELECT max(id) FROM claims))",
            ):
                conn.exec_driver_sql(stmt)
            conn.exec_driver_sql("ANALYZE")
    else:
        with store.transaction() as conn:
            conn.exec_driver_sql("ANALYZE")
    store.close()


def _audit(table: str, rid: int, ts: str) -> dict[str, Any]:
    h = hashlib.sha256(f"{table}{rid}".encode()).hexdigest()
    return {"at": ts, "actor": "bench", "action": "insert", "table_name": table,
            "record_id": str(rid), "hash_before": None, "hash_after": h, "reason": "bench",
            "entry_hash": h}


def sessions(url: str, n: int, username: str = "bench-viewer") -> list[str]:
    from gawahi.web.accounts import add_user
    from gawahi.web.sessions import SessionPolicy, create_session

    store = Store(url)
    user = add_user(store, username, UserRole.VIEWER, "benchmark password " + os.urandom(4).hex())
    tokens = [create_session(store, user.id, SessionPolicy())[0] for _ in range(n)]
    store.close()
    return tokens


# -- load -----------------------------------------------------------------------------------------


async def _request(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str,
                   cookie: str) -> int:
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: gawahi_session={cookie}\r\n"
                 f"Accept: text/html\r\n\r\n".encode())
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = 0
    chunked = False
    for line in head.split(b"\r\n")[1:]:
        k, _, v = line.partition(b":")
        if k.lower() == b"content-length":
            length = int(v)
        elif k.lower() == b"transfer-encoding" and b"chunked" in v.lower():
            chunked = True
    if chunked:
        while True:
            size = int((await reader.readuntil(b"\r\n")).strip(), 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    else:
        await reader.readexactly(length)
    return status


RECONNECTS = [0]  # connections the load generator had to open again (all runs)


async def load(port: int, urls: list[str], tokens: list[str], clients: int,
               think: float, dist: str = "exp", seed: int = 5) -> tuple[list[float], int, float]:
    """`clients` keep-alive connections share the URL queue. Between two requests a client
    pauses (think time): none for a closed loop; else `think` seconds on average, drawn from an
    exponential distribution ("exp", independent users reading pages; clients start spread
    over the first pause) or exactly `think` ("fixed": the clients stay in lock-step and hit
    the server in bursts of `clients` requests at once)."""
    queue = list(reversed(urls))
    lat: list[float] = []
    errors = 0

    async def client(i: int) -> None:
        nonlocal errors
        rnd = random.Random(seed * 1000 + i)

        def pause() -> float:
            return rnd.expovariate(1 / think) if dist == "exp" else think

        if think and dist == "exp":  # users arrive over the first pause, not all at once
            await asyncio.sleep(rnd.uniform(0, think))
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            while queue:
                path = queue.pop()
                t0 = time.perf_counter()
                try:
                    status = await _request(reader, writer, path, tokens[i % len(tokens)])
                except (asyncio.IncompleteReadError, ConnectionError):
                    # The server closed the idle connection (keep-alive timeout, 5 s in
                    # uvicorn; long pauses do happen): reconnect, as a browser does. The time
                    # counts, and so does the reconnect (printed per run).
                    writer.close()
                    reader, writer = await asyncio.open_connection("127.0.0.1", port)
                    RECONNECTS[0] += 1
                    status = await _request(reader, writer, path, tokens[i % len(tokens)])
                lat.append(time.perf_counter() - t0)
                if status != 200:
                    errors += 1
                if think:
                    await asyncio.sleep(pause())
        finally:
            writer.close()

    t0 = time.perf_counter()
    await asyncio.gather(*(client(i) for i in range(clients)))
    return lat, errors, time.perf_counter() - t0


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))] * 1000


def workload(n_inc: int, n_req: int) -> dict[str, list[str]]:
    """The request mix (seeded, the same for every run): list pages with different filters,
    pages and searches; incident pages at random across all incidents; the dashboard."""
    rnd = random.Random(11)

    def list_url() -> str:
        kind = rnd.random()
        if kind < 0.4:
            return f"/incidents?page={rnd.randint(1, 100)}"
        if kind < 0.6:
            return f"/incidents?event_type={rnd.choice(EVENTS)}&page={rnd.randint(1, 10)}"
        if kind < 0.8:
            return f"/incidents?admin1={rnd.choice(PLACES)[2].replace(' ', '+')}&page={rnd.randint(1, 10)}"
        y = rnd.randint(2001, 2024)
        return f"/incidents?q={rnd.choice(PLACES)[0].replace(' ', '+')}&date_from={y}-01-01&date_to={y}-12-31"

    return {
        "incident list": [list_url() for _ in range(n_req)],
        "incident page": [f"/incidents/{rnd.randint(1, n_inc)}" for _ in range(n_req)],
        "dashboard": ["/"] * n_req,
    }


Row = tuple[str, int, int, float, float, float, float, float]


def _cpu_seconds(pids: list[int]) -> float:
    """CPU time (user + system) of these processes and their children that were waited for;
    0 where /proc is not there (not Linux)."""
    total = 0.0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def _busy_seconds() -> float:
    """CPU time the whole machine has spent busy (all processes), from /proc/stat."""
    try:
        with open("/proc/stat") as fh:
            ticks = [int(x) for x in fh.readline().split()[1:9]]
    except OSError:
        return 0.0
    return (sum(ticks) - ticks[3] - ticks[4]) / os.sysconf("SC_CLK_TCK")


def _tree(pid: int) -> list[int]:
    try:
        out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    except OSError:
        return [pid]
    return [pid, *[int(p) for p in out.split()]]


# Per run: other processes' load (cores), server and load generator CPU ms per request.
OTHERS: list[tuple[float, float, float]] = []
LOADS: list[float] = []  # per run: the 1-minute load average as it started
RUN_RECONNECTS: list[int] = []  # per run: connections the clients had to open again


def serve_and_load(url: str, vault: Path, tokens: list[str], kinds: dict[str, list[str]],
                   workers: int, clients: int, think: float, dist: str,
                   launcher: str = "gawahi") -> list[Row]:
    """A fresh server (cold caches, as after a start), a short warm-up, then each page kind."""
    port = _free_port()
    env = {**os.environ, "GAWAHI_DB": url, "GAWAHI_VAULT": str(vault)}
    if launcher == "uvicorn":
        cmd = ["-m", "uvicorn", "--factory", "gawahi.web.asgi:app_from_env", "--host",
               "127.0.0.1", "--port", str(port), "--workers", str(workers), "--log-level",
               "warning", "--no-access-log"]
    else:  # uvicorn workers fed connections by the parent (gawahi.web.asgi.serve)
        cmd = ["-m", "gawahi.web.asgi", "--host", "127.0.0.1", "--port", str(port),
               "--workers", str(workers)]
    server = subprocess.Popen([sys.executable, *cmd], env=env)
    try:
        import httpx

        for _ in range(200):
            try:
                httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        # Warm-up: templates compiled, connections pooled, the aggregates built in each worker.
        asyncio.run(load(port, ["/", "/incidents", "/incidents/1"] * 20, tokens, 4, 0))
        rows: list[Row] = []
        LOADS.append(os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0)
        pids = _tree(server.pid)
        busy0, ours0, self0 = _busy_seconds(), _cpu_seconds(pids), time.process_time()
        reconnects0 = RECONNECTS[0]
        t0 = time.perf_counter()
        for name, urls in kinds.items():
            lat, errors, wall = asyncio.run(load(port, urls, tokens, clients, think, dist))
            rows.append((name, len(lat), errors, statistics.median(lat) * 1000, pct(lat, 90),
                         pct(lat, 99), max(lat) * 1000, len(lat) / wall))
        span = time.perf_counter() - t0
        server_cpu = _cpu_seconds(pids) - ours0
        gen_cpu = time.process_time() - self0
        n = sum(r[1] for r in rows)
        OTHERS.append(((_busy_seconds() - busy0 - server_cpu - gen_cpu) / span,
                       server_cpu * 1000 / n, gen_cpu * 1000 / n))
        RUN_RECONNECTS.append(RECONNECTS[0] - reconnects0)
        return rows
    finally:
        server.terminate()
        server.wait(timeout=20)


def in_process(url: str, vault: Path, n_inc: int, n: int = 40) -> dict[str, tuple[float, float]]:
    """Single requests through the app in this process (no load; the test client adds ~1-2 ms
    of its own): ms (mean, max) for the first list after the app starts, pages the caches do
    not hold (cold: distinct list URLs of the workload, random incident pages), the same again
    (warm), and the first list and dashboard after a write (which rebuilds the aggregates the
    whole record shares)."""
    from fastapi.testclient import TestClient

    from gawahi.link.service import set_incident_status
    from gawahi.model.vocab import IncidentStatus
    from gawahi.web.app import create_app

    token = sessions(url, 1, "bench-inproc")[0]
    app = create_app(url, vault)
    client = TestClient(app)
    client.cookies.set("gawahi_session", token)
    rnd = random.Random(3)
    lists = list(dict.fromkeys(workload(n_inc, 4 * n)["incident list"]))[:n]
    pages = [f"/incidents/{rnd.randint(1, n_inc)}" for _ in range(n)]

    def timed(paths: list[str]) -> tuple[float, float]:
        ts = []
        for p in paths:
            t0 = time.perf_counter()
            assert client.get(p).status_code == 200, p
            ts.append((time.perf_counter() - t0) * 1000)
        return statistics.mean(ts), max(ts)

    out = {"list, first after start": timed(["/incidents"])}
    client.get("/incidents/1")  # templates compiled
    out.update({"list cold": timed(lists), "list warm": timed(lists),
                "page cold": timed(pages), "page warm": timed(pages)})
    store = app.state.web.store
    after: dict[str, list[float]] = {"list after a write": [], "dashboard after a write": []}
    for i in range(6):  # a real change each time (an unchanged value writes nothing)
        status = IncidentStatus.DISPUTED if i % 2 == 0 else IncidentStatus.SUGGESTED
        set_incident_status(store, 1, status, reviewer="bench", reason="benchmark write")
        for name, path in (("list after a write", "/incidents"), ("dashboard after a write", "/")):
            t0 = time.perf_counter()
            assert client.get(path).status_code == 200
            after[name].append((time.perf_counter() - t0) * 1000)
    for name, ts in after.items():
        out[name] = (statistics.mean(ts), max(ts))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="1,000 incidents, fewer requests")
    ap.add_argument("--db", help="database URL (default: a fresh SQLite file in a temp folder)")
    ap.add_argument("--workers", type=int, default=2, help="uvicorn worker processes")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--requests", type=int, default=2000, help="per page kind")
    ap.add_argument("--think", type=float, default=1.0,
                    help="mean pause of each client between requests in the think-time run "
                    "(default 1 s)")
    ap.add_argument("--think-dist", choices=("exp", "fixed"), default="exp",
                    help="think times drawn from an exponential distribution (default) or all "
                    "equal (clients in lock-step: bursts of --clients requests at once)")
    ap.add_argument("--mode", choices=("both", "closed", "think"), default="both",
                    help="closed loop (no think time, the worst case), think time, or both")
    ap.add_argument("--server", choices=("gawahi", "uvicorn"), default="gawahi",
                    help="python -m gawahi.web.asgi (uvicorn workers; the parent hands each "
                    "connection to the worker with the fewest open: default) or uvicorn's own "
                    "--workers (one shared socket)")
    ap.add_argument("--no-in-process", action="store_true",
                    help="skip the single-request timings through the app in this process")
    args = ap.parse_args()
    n_inc, n_claims = (1_000, 5_000) if args.quick else (10_000, 50_000)
    n_req = 300 if args.quick else args.requests
    tmp = Path(tempfile.mkdtemp(prefix="gawahi-bench-"))
    url = args.db or f"sqlite:///{tmp / 'bench.db'}"
    t0 = time.perf_counter()
    build(url, n_inc, n_claims)
    print(f"built {n_inc:,} incidents, {n_claims:,} claims in {time.perf_counter() - t0:.1f} s ({url.split('://')[0]})")
    tokens = sessions(url, args.clients)
    kinds = workload(n_inc, n_req)
    modes = {"closed": 0.0, "think": args.think}
    run = [m for m in modes if args.mode in (m, "both")]
    results: dict[str, list[Row]] = {}
    inproc: dict[str, tuple[float, float]] = {}
    try:
        for m in run:
            results[m] = serve_and_load(url, tmp / "vault", tokens, kinds, args.workers,
                                        args.clients, modes[m], args.think_dist, args.server)
        if not args.no_in_process:
            inproc = in_process(url, tmp / "vault", n_inc)
    finally:
        if not args.db:
            shutil.rmtree(tmp, ignore_errors=True)

    print(f"\n{args.clients} concurrent clients, keep-alive HTTP/1.1 on loopback, {n_req} requests "
          f"per page kind, uvicorn workers {args.workers} ({'python -m gawahi.web.asgi' if args.server == 'gawahi' else 'uvicorn --workers'}), "
          f"{os.cpu_count()} CPUs (shared with this load generator); a fresh server per run")
    label = {"closed": "closed loop, no think time",
             "think": f"think time {args.think:g} s ({'exponential, mean' if args.think_dist == 'exp' else 'fixed, lock-step'})"}
    for m, (others, per_req, gen), load1, again in zip(run, OTHERS, LOADS, RUN_RECONNECTS,
                                                        strict=False):
        print(f"\n[{m}] {label[m]}: server CPU {per_req:.2f} ms per request, load generator "
              f"{gen:.2f} ms; other processes on the machine used {max(0.0, others):.2f} cores "
              f"meanwhile (load average {load1:.2f} at the start); {again} reconnects")
        print(f"{'page':<15}{'requests':>9}{'errors':>8}{'p50 ms':>9}{'p90 ms':>9}{'p99 ms':>9}"
              f"{'max ms':>9}{'req/s':>8}  target")
        for name, n, err, p50, p90, p99, mx, rps in results[m]:
            target = "p99<=100" if name != "dashboard" else "-"
            ok = "" if name == "dashboard" else (" ok" if p99 <= 100 else " MISSED")
            print(f"{name:<15}{n:>9}{err:>8}{p50:>9.1f}{p90:>9.1f}{p99:>9.1f}{mx:>9.1f}{rps:>8.0f}  {target}{ok}")
    print("\nSummary (ms)   " + "".join(f"{m + ' p50':>14}{m + ' p99':>14}" for m in run)
          + f"   ran: {', '.join(label[m] for m in run)}")
    for i, name in enumerate(kinds):
        print(f"{name:<15}" + "".join(f"{results[m][i][3]:>14.1f}{results[m][i][5]:>14.1f}"
                                       for m in run))
    if inproc:
        print("\nIn-process, one request at a time (ms, mean / max)")
        for name, (mean, mx) in inproc.items():
            print(f"  {name:<26}{mean:>8.1f} /{mx:>7.1f}")


if __name__ == "__main__":
    main()
