"""Benchmark: the web workspace serving 10,000 incidents and 50,000 claims.

Builds a database with a seeded generator (bulk inserts straight into the same schema, not the
slow audited path: every claim and incident still gets one audit-log row, so history queries
have realistic work), serves it with uvicorn on 127.0.0.1, and measures latency of the incident
list, the incident page and the dashboard under 50 concurrent clients (keep-alive HTTP/1.1 on
loopback, a bounded number of requests per page kind), each client signed in as a viewer.

Target: p99 <= 100 ms for the list and incident pages on a 2-core machine.
Run: python benchmarks/bench_web.py [--quick] [--workers N] [--think SECONDS] [--db URL]
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
    store = Store(url)
    from gawahi.web.app import ensure_web_schema

    ensure_web_schema(store)
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


def sessions(url: str, n: int) -> list[str]:
    from gawahi.web.accounts import add_user
    from gawahi.web.sessions import SessionPolicy, create_session

    store = Store(url)
    user = add_user(store, "bench-viewer", UserRole.VIEWER, "benchmark password " + os.urandom(4).hex())
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


async def load(port: int, urls: list[str], tokens: list[str], clients: int,
               think: float) -> tuple[list[float], int, float]:
    queue = list(reversed(urls))
    lat: list[float] = []
    errors = 0

    async def client(i: int) -> None:
        nonlocal errors
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            while queue:
                path = queue.pop()
                t0 = time.perf_counter()
                status = await _request(reader, writer, path, tokens[i % len(tokens)])
                lat.append(time.perf_counter() - t0)
                if status != 200:
                    errors += 1
                if think:
                    await asyncio.sleep(think)
        finally:
            writer.close()

    t0 = time.perf_counter()
    await asyncio.gather(*(client(i) for i in range(clients)))
    return lat, errors, time.perf_counter() - t0


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))] * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="1,000 incidents, fewer requests")
    ap.add_argument("--db", help="database URL (default: a fresh SQLite file in a temp folder)")
    ap.add_argument("--workers", type=int, default=2, help="uvicorn worker processes")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--requests", type=int, default=2000, help="per page kind")
    ap.add_argument("--think", type=float, default=0.0,
                    help="pause of each client between requests (0: closed loop, worst case)")
    args = ap.parse_args()
    n_inc, n_claims = (1_000, 5_000) if args.quick else (10_000, 50_000)
    n_req = 300 if args.quick else args.requests
    tmp = Path(tempfile.mkdtemp(prefix="gawahi-bench-"))
    url = args.db or f"sqlite:///{tmp / 'bench.db'}"
    t0 = time.perf_counter()
    build(url, n_inc, n_claims)
    print(f"built {n_inc:,} incidents, {n_claims:,} claims in {time.perf_counter() - t0:.1f} s ({url.split('://')[0]})")
    tokens = sessions(url, args.clients)
    port = _free_port()
    env = {**os.environ, "GAWAHI_DB": url, "GAWAHI_VAULT": str(tmp / "vault")}
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--factory", "gawahi.web.asgi:app_from_env",
         "--host", "127.0.0.1", "--port", str(port), "--workers", str(args.workers),
         "--log-level", "warning", "--no-access-log"], env=env)
    try:
        import httpx

        for _ in range(200):
            try:
                httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
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
        kinds = {
            "incident list": [list_url() for _ in range(n_req)],
            "incident page": [f"/incidents/{rnd.randint(1, n_inc)}" for _ in range(n_req)],
            "dashboard": ["/"] * n_req,
        }
        # Warm-up: templates compiled, connections pooled, the dashboard aggregate built once
        # per worker.
        asyncio.run(load(port, ["/", "/incidents", "/incidents/1"] * 20, tokens, 4, 0))
        rows = []
        for name, urls in kinds.items():
            lat, errors, wall = asyncio.run(load(port, urls, tokens, args.clients, args.think))
            rows.append((name, len(lat), errors, statistics.median(lat) * 1000, pct(lat, 90),
                         pct(lat, 99), max(lat) * 1000, len(lat) / wall))
    finally:
        server.terminate()
        server.wait(timeout=20)
        if not args.db:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"\n{args.clients} concurrent clients, think time {args.think:g} s, uvicorn workers "
          f"{args.workers}, {os.cpu_count()} CPUs, loopback")
    print(f"{'page':<15}{'requests':>9}{'errors':>8}{'p50 ms':>9}{'p90 ms':>9}{'p99 ms':>9}"
          f"{'max ms':>9}{'req/s':>8}  target")
    for name, n, err, p50, p90, p99, mx, rps in rows:
        target = "p99<=100" if name != "dashboard" else "-"
        ok = "" if name == "dashboard" else (" ok" if p99 <= 100 else " MISSED")
        print(f"{name:<15}{n:>9}{err:>8}{p50:>9.1f}{p90:>9.1f}{p99:>9.1f}{mx:>9.1f}{rps:>8.0f}  {target}{ok}")


if __name__ == "__main__":
    main()
