"""Linking benchmark: seeded synthetic reports of known incidents -> `gawahi link`.

Each true incident gets 1-5 reports from different sources with the noise real reporting has
(tolls that differ and grow, a day's slack in the date, a neighbourhood instead of the city,
an alleged perpetrator sometimes missing). Prints pairwise precision, recall and F1 of the
resulting incidents against the truth, and the time taken.

usage: python benchmarks/bench_link.py [--incidents 2000] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path

from sqlalchemy import select

from gawahi.link.service import link
from gawahi.model.claims import (
    CountValue,
    DateValue,
    ExtractedClaim,
    LocationValue,
    PerpetratorValue,
)
from gawahi.model.vocab import AttributionBasis, DatePrecision, EventType, PlacePrecision
from gawahi.store.claims import save_claims
from gawahi.store.db import Store
from gawahi.store.schema import claims
from gawahi.store.sources import NewSource, add_source

PLACES = [
    # name, district, province code, lat, lon, neighbourhoods
    ("Quetta", "Quetta", "PK-BA", 30.18, 66.98, ["Hazara Town", "Alamdar Road", "Marriabad"]),
    ("Karachi", "Karachi", "PK-SD", 24.86, 67.01, ["Ancholi", "Abbas Town", "Rizvia", "Orangi"]),
    ("Peshawar", "Peshawar", "PK-KP", 34.01, 71.58, ["Kohati Gate", "Qissa Khwani"]),
    ("Parachinar", "Kurram", "PK-KP", 33.90, 70.10, ["Turi Bazaar"]),
    ("Lahore", "Lahore", "PK-PB", 31.55, 74.34, ["Model Town", "Garhi Shahu"]),
    ("Dera Ismail Khan", "Dera Ismail Khan", "PK-KP", 31.83, 70.90, []),
    ("Gilgit", "Gilgit", "PK-GB", 35.92, 74.31, []),
    ("Hangu", "Hangu", "PK-KP", 33.53, 71.06, []),
]
ACTORS = ["Lashkar-e-Jhangvi", "Tehrik-i-Taliban Pakistan", "Jundallah", "Islamic State", None]
DETAIL_WORDS = [f"{a}{b}" for a in ("snooker", "tanker", "bus", "mosque", "imambargah", "market",
    "school", "clinic", "rickshaw", "van", "shop", "office", "checkpost", "hotel", "church",
    "procession") for b in ("hall", "yard", "stop", "gate", "road", "lane", "square", "bridge",
    "corner", "depot", "station", "camp", "colony", "bazaar", "chowk", "street", "block", "line")]
FILLER = ("police officials said witnesses hospital sources told reporters according rescue "
          "teams reached area cordoned investigation launched victims bodies shifted").split()
TYPES = [EventType.BOMBING, EventType.ARMED_ATTACK, EventType.ARMED_ATTACK]


def synth(n_incidents: int, seed: int) -> list[tuple[int, ExtractedClaim, str]]:
    """(true incident, claim, passage) for every report."""
    rnd = random.Random(seed)
    out = []
    start = date(2008, 1, 1)
    for inc in range(n_incidents):
        name, district, code, lat, lon, hoods = rnd.choice(PLACES)
        day0 = start + timedelta(days=rnd.randrange(0, 3650))
        toll = rnd.choice([rnd.randint(1, 5), rnd.randint(5, 30), rnd.randint(30, 120)])
        et = rnd.choice(TYPES)
        actor = rnd.choice(ACTORS)
        # Details every report of one incident tends to repeat (the target, the weapon...).
        details = rnd.sample(DETAIL_WORDS, 4)
        for _rep in range(rnd.randint(1, 5)):
            d = day0 + timedelta(days=rnd.choice([0, 0, 0, 1]))  # next-day reports
            place, plat, plon, prec = name, lat, lon, PlacePrecision.TOWN
            if hoods and rnd.random() < 0.4:
                place = rnd.choice(hoods)
                plat, plon, prec = lat + rnd.uniform(-0.03, 0.03), lon + rnd.uniform(-0.03, 0.03), PlacePrecision.POINT
            # Most reports agree; the rest differ by a fraction (tolls rise as the injured die).
            k = toll if rnd.random() < 0.6 else max(1, round(toll * rnd.uniform(0.8, 1.35)))
            perps = []
            if actor and rnd.random() < 0.7:
                perps = [PerpetratorValue(actor=actor, basis=rnd.choice(list(AttributionBasis)[:2]))]
            c = ExtractedClaim(
                source="synthetic",
                date=DateValue(edtf=d.isoformat(), earliest=d.isoformat(), latest=d.isoformat(), precision=DatePrecision.DAY),
                location=LocationValue(name=place, admin2=district, admin1_code=code, country="PK",
                                       lat=plat, lon=plon, precision=prec),
                event_type=et,
                killed=CountValue(min=k, max=k),
                perpetrators=perps,
                confidence=0.8,
                extractor="synthetic",
                text_span=(0, 80),
            )
            words = rnd.sample(details, 3) + rnd.sample(FILLER, 6)
            passage = f"{et.value} in {place} killed {k} people {actor or ''} " + " ".join(words)
            out.append((inc, c, passage))
    rnd.shuffle(out)
    return out


def pairs(groups: dict[int, list[int]]) -> set[tuple[int, int]]:
    return {tuple(sorted(p)) for members in groups.values() for p in combinations(members, 2)}  # type: ignore[misc]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--incidents", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    data = synth(a.incidents, a.seed)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{Path(tmp) / 'bench.db'}")
        t0 = time.perf_counter()
        truth: dict[int, int] = {}
        with store.transaction() as conn:
            for i, (inc, claim, passage) in enumerate(data):
                sid = add_source(conn, store.dialect, "bench", NewSource(
                    content_hash=f"{i:064x}", raw_hash=f"{i:064x}", text=passage + f" #{i}",
                    published=claim.date.earliest)).source_id
                cid = save_claims(conn, store.dialect, "bench", sid, [claim])[0]
                truth[cid] = inc
        t_load = time.perf_counter() - t0
        t0 = time.perf_counter()
        rep = link(store, actor="bench")
        t_link = time.perf_counter() - t0
        with store.read() as conn:
            got: dict[int, list[int]] = defaultdict(list)
            for cid, iid in conn.execute(select(claims.c.id, claims.c.incident_id)):
                got[int(iid)].append(int(cid))
        want: dict[int, list[int]] = defaultdict(list)
        for cid, inc in truth.items():
            want[inc].append(cid)
        pg, pw = pairs(got), pairs(want)
        tp = len(pg & pw)
        precision = tp / len(pg) if pg else 1.0
        recall = tp / len(pw) if pw else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        store.close()
    print(f"{'true incidents':<22}{a.incidents:>10}")
    print(f"{'claims':<22}{len(data):>10}")
    print(f"{'incidents made':<22}{len(got):>10}")
    print(f"{'pairwise precision':<22}{precision:>10.3f}")
    print(f"{'pairwise recall':<22}{recall:>10.3f}")
    print(f"{'pairwise F1':<22}{f1:>10.3f}")
    print(f"{'load (s)':<22}{t_load:>10.2f}")
    print(f"{'link (s)':<22}{t_link:>10.2f}")
    print(f"{'claims/s linked':<22}{rep.claims_seen / t_link:>10.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
