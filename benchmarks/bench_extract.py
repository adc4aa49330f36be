"""Benchmark: the English rules extractor ("rules-en") on ../shared/corpus.

Prints (1) per-field accuracy on dev/wikipedia_pk.jsonl, with the naive baseline from the corpus
README beside it, using the definitions of ../shared/tools/score_extract.py (a count is exact when
min = max = gold, a missing bound taking the other's value and a missing count meaning 0; places
match by name containment on name or district; perpetrators by name, acronym or shared words);
(2) speed in reports per second on one core, for short reports (the dev set) and for full
articles (the two corpus articles, repeated), against dateparser's `search_dates` over the same
texts, as the naive baseline calls it (languages=["en"]).

`perp_or_organiser` is the perpetrator row with a protest's organisers (claim.organisers) read
as its actor, as the project-written sets' gold codes them; `perpetrator` counts those as misses.

Skips cleanly when the corpus is absent. Run: python benchmarks/bench_extract.py [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from datetime import date
from pathlib import Path

from gawahi.extract.base import Document
from gawahi.extract.english import EnglishRulesExtractor
from gawahi.model.claims import CountValue, ExtractedClaim

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
DEV = CORPUS / "dev" / "wikipedia_pk.jsonl"
# Project-written reports in other styles (benchmarks/data/README.md): the generalisation checks.
# heldout_en, heldout2_en, heldout3_en, articles5_en, articles6_en (long texts), mixed7_en and mixed8_en (unsealed
# in the fifth round) have been tuned on; heldout4_en (sealed) has been scored, never tuned on, its misses never read;
# mixed9_en was written blind in the fourth session and scored once, at its end (misses not read).
_DATA = Path(__file__).resolve().parent / "data"
HELDOUT_SETS = [_DATA / f"{n}_en.jsonl"
                for n in ("heldout", "heldout2", "heldout3", "articles5", "articles6", "mixed7", "mixed8", "heldout4",
                          "mixed9")]
ARTICLES = CORPUS / "articles"

# The naive extractor (dateparser + GeoNames + count regexes), from corpus/README.md.
BASELINE = {"place": 0.52, "killed_exact": 0.26, "injured_exact": 0.46, "perpetrator": 0.27,
            "event_type": 0.82}
TARGET = {"admin1": 0.97, "place": 0.93, "killed_exact": 0.93, "injured_exact": 0.90,
          "perpetrator": 0.93, "event_type": 0.90, "date": 0.99, "one_claim": 0.97}


def _norm(s: str | None) -> list[str]:
    return re.sub(r"[^a-z0-9 ]", " ", (s or "").lower()).split()


def same_place(pred: str | None, gold: str | None) -> bool:
    p, g = " ".join(_norm(pred)), " ".join(_norm(gold))
    return bool(p) and bool(g) and (p == g or p in g or g in p)


def same_actor(pred: str, gold: str) -> bool:
    p, g = " ".join(_norm(pred)), " ".join(_norm(re.sub(r"\(.*?\)", "", gold)))
    if not p:
        return False
    if p == g or p in g or g in p:
        return True
    m = re.search(r"\(([A-Z]{2,6})\)", gold)
    if m and (p == m.group(1).lower() or m.group(1).lower() in _norm(pred)):
        return True
    pt, gt = set(_norm(pred)), set(_norm(gold))
    return len(pt & gt) >= max(2, min(len(pt), len(gt)) - 1)


def count_exact(pred: CountValue, gold: int | None) -> bool | None:
    if gold is None:
        return None
    lo, hi = pred.min, pred.max
    if lo is None and hi is None:
        return gold == 0
    lo = lo if lo is not None else hi
    hi = hi if hi is not None else lo
    return lo == gold == hi


_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen twenty").split()


def stated(field: str, gold: object, text: str) -> bool:
    """Whether the gold value is stated in the text at all (a rough test: the number in digits
    or words, a word of the place or group name). Many dev-set gold values come from elsewhere."""
    t = text.lower()
    if field in ("killed_exact", "injured_exact"):
        n = int(gold)  # type: ignore[call-overload]
        words = [str(n)] + ([_WORDS[n]] if n < len(_WORDS) else []) + (["a", "an", "one"] if n == 1 else [])
        return n == 0 or any(re.search(rf"\b{w}\b", t) for w in words)
    if field == "perpetrator":
        name = re.sub(r"\(.*?\)", "", str(gold or ""))
        return not gold or any(w.lower() in t for w in re.findall(r"[A-Za-z]{4,}", name)
                               if w.lower() not in ("suspected", "pakistan", "group"))
    if field == "place":
        return str(gold).split()[0].lower() in t
    return True


def accuracy(rows: list[dict], ex: EnglishRulesExtractor) -> dict[str, tuple[int, int, int, int]]:
    score: dict[str, list[int]] = {}
    gold_of = {"killed_exact": "killed", "injured_exact": "injured", "perpetrator": "perpetrator",
               "place": "place"}
    row: dict = {}

    def tally(field: str, ok: bool | None) -> None:
        if ok is None:
            return
        s = score.setdefault(field, [0, 0, 0, 0])
        s[0] += bool(ok)
        s[1] += 1
        if field not in gold_of or stated(field, row["gold"][gold_of[field]], row["text"]):
            s[2] += bool(ok)
            s[3] += 1

    for r in rows:
        row = r
        pub = date.fromisoformat(r["published"][:10]) if r.get("published") else None
        claims = ex.extract(Document(r["id"], r["text"], pub))
        gg = r["gold"]
        tally("has_claim", bool(claims))
        tally("one_claim", len(claims) == 1)
        c = max(claims, key=lambda c: c.confidence) if claims else ExtractedClaim(source=r["id"])
        if gg.get("admin1_code"):
            code = "PK-KP" if gg["admin1_code"] == "PK-TA" else gg["admin1_code"]
            tally("admin1", c.location.admin1_code == code)
        if gg.get("place"):
            tally("place", same_place(c.location.name, gg["place"])
                  or same_place(c.location.admin2, gg["place"]))
        if gg.get("date"):
            d = c.date
            tally("date", d.earliest == gg["date"]
                  or (d.earliest or "9") <= gg["date"] <= (d.latest or "0"))
        tally("killed_exact", count_exact(c.killed, gg.get("killed")))
        tally("injured_exact", count_exact(c.injured, gg.get("injured")))
        if "perpetrator" in gg:
            names = [p.actor for p in c.perpetrators]
            tally("perpetrator", (not names) if not gg["perpetrator"]
                  else any(same_actor(n, gg["perpetrator"]) for n in names))
            # The sets' gold codes a protest's organiser as its "perpetrator"; Gawahi keeps
            # organisers apart (claim.organisers), never beside those accused of violence.
            # This row reads them there for protests: the same test otherwise.
            if c.event_type.value == "protest":
                names = names + [o.actor for o in c.organisers]
            tally("perp_or_organiser", (not names) if not gg["perpetrator"]
                  else any(same_actor(n, gg["perpetrator"]) for n in names))
            if gg["perpetrator"] and gg.get("basis"):
                # the basis of the attribution ("claimed" vs "alleged"...), where the actor is found
                bases = [p.basis.value for p in c.perpetrators if same_actor(p.actor, gg["perpetrator"])]
                if bases:
                    tally("basis", gg["basis"] in bases)
        if gg.get("event_type"):
            tally("event_type", c.event_type.value == gg["event_type"])
    return {k: (v[0], v[1], v[2], v[3]) for k, v in score.items()}


def rate(fn, texts: list, min_seconds: float) -> float:
    """Items per CPU second of this process, repeating the list until `min_seconds` have passed.
    CPU time rather than wall time, so that other load on the machine does not count."""
    n = 0
    t0 = time.process_time()
    while True:
        for t in texts:
            fn(t)
        n += len(texts)
        elapsed = time.process_time() - t0
        if elapsed >= min_seconds:
            return n / elapsed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="shorter speed runs")
    a = ap.parse_args()
    if not DEV.exists():
        print(f"corpus not found at {CORPUS}: skipping the extraction benchmark")
        return 0
    if hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as specified
        except OSError:
            pass
    rows = [json.loads(line) for line in DEV.open(encoding="utf-8") if line.strip()]
    helds = {p.stem: [json.loads(line) for line in p.open(encoding="utf-8") if line.strip()]
             for p in HELDOUT_SETS if p.exists()}
    ex = EnglishRulesExtractor()

    names = ", ".join(f"{k} ({len(v)})" for k, v in helds.items())
    print(f"Accuracy per field, rules-en {ex.version}: dev = {DEV.name} ({len(rows)} reports); "
          f"held-out (project-written reports in other styles) = {names}")
    print(f"{'field':<16}{'dev':>14}{'dev, gold in text':>24}" + "".join(f"{k:>18}" for k in helds)
          + f"{'baseline':>10}{'target':>8}")
    dev_acc = accuracy(rows, ex)
    held_accs = {k: accuracy(v, ex) for k, v in helds.items()}
    fields = list(dev_acc)
    for acc in held_accs.values():
        fields += [f for f in acc if f not in fields]
    for field in fields:
        base = f"{BASELINE[field]:.2f}" if field in BASELINE else "-"
        tgt = f"{TARGET[field]:.2f}" if field in TARGET else "-"
        d = "-"
        sub = "-"
        if field in dev_acc:
            k, n, ks, ns = dev_acc[field]
            d = f"{k / n:.3f} ({n})" if n else "-"
            sub = f"{ks / ns:.3f} ({ns})" if ns != n and ns else "-"
        cols = ""
        for acc in held_accs.values():
            h = "-"
            if field in acc:
                k, n, _, _ = acc[field]
                h = f"{k / n:.3f} ({n})" if n else "-"
            cols += f"{h:>18}"
        print(f"{field:<16}{d:>14}{sub:>24}{cols}{base:>10}{tgt:>8}")

    print("\nIncidents read from the corpus articles (counts as ranges, attributions with basis)")
    for art in sorted(ARTICLES.glob("*.txt")):
        print(f"  {art.name}")
        for c in ex.extract(Document(str(art), art.read_text(encoding="utf-8"))):
            k = c.killed
            killed = "-" if not k.is_known else f"[{k.min if k.min is not None else ''}..{k.max if k.max is not None else ''}]"
            perps = ", ".join(f"{p.actor} ({p.basis.value})" for p in c.perpetrators) or "-"
            print(f"    {c.claim}: {c.date.edtf or '?':<11} {c.location.name or '?':<15} "
                  f"{c.event_type.value:<16} killed {killed:<10} {perps}")

    short = [Document(r["id"], r["text"], date.fromisoformat(r["published"][:10])
                      if r.get("published") else None) for r in rows]
    arts = [Document(str(p), p.read_text(encoding="utf-8")) for p in sorted(ARTICLES.glob("*.txt"))]
    secs = 1.0 if a.quick else 3.0
    for d in short[:20] + arts:
        ex.extract(d)  # load the gazetteer and registries before timing
    try:
        from dateparser.search import search_dates
    except ImportError:  # pragma: no cover - dateparser is a dev dependency
        search_dates = None
    print("\nSpeed, one core (documents per CPU second)")
    print(f"{'texts':<28}{'rules-en':>10}{'dateparser':>12}{'ratio':>8}{'target':>10}")
    for label, docs, target in (("short reports (dev set)", short, 2000),
                                ("full articles (x2 corpus)", arts, 200)):
        ours = rate(ex.extract, docs, secs)
        if search_dates is not None:
            search_dates("warm up on 3 April 2012", languages=["en"])
            texts = [d.text for d in docs]
            theirs = rate(lambda t: search_dates(t, languages=["en"]), texts, secs)
            print(f"{label:<28}{ours:>10.0f}{theirs:>12.1f}{ours / theirs:>7.1f}x"
                  f"{f'>={target}, >=20x':>10}")
        else:
            print(f"{label:<28}{ours:>10.0f}{'n/a':>12}{'':>8}{f'>={target}':>10}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
