"""Record linkage of person records with Splink 4 (DuckDB on one machine, Spark at scale).

The model compares the keys of `gawahi.people.names` (exact key: transliteration variants and
Urdu script already collapsed), Jaro-Winkler similarity of the normalised Latin names, the
father's name, age (within a few years), sex, district and the date of the incident. It is
trained without labels (u by random sampling, m by EM on three blocking passes) and saved as a
JSON model.

Portability of the saved model. Splink writes SQL for one engine into its JSON. To run the
same model on another engine, `settings_for_backend(model, "spark")` rebuilds the comparisons
from this module for that engine's SQL dialect, copies every trained parameter (m and u
probabilities per level, term-frequency adjustments, the prior) from the saved model, checking
that the level structure is identical, and translates its blocking rules. `make_db_api("spark")`
starts a local Spark session (or takes yours) with Splink's UDF jar and gawahi's Jaro-Winkler
UDF. Everything that differs between the engines is in `gawahi.people.engines`; the same
model gives the same pairs and probabilities on both:

    pred = predict_frame(frame, model="model.json", db_api=make_db_api("spark"))

Machines suggest, people confirm: predictions above a threshold become `link_suggestions`;
`confirm` merges the persons (every mention kept) and records who decided.
"""

from __future__ import annotations

import copy
import hashlib
import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from gawahi.model.records import LinkSuggestion
from gawahi.model.vocab import ReviewStatus
from gawahi.people.engines import SPARK_JW_UDF as SPARK_JW_UDF
from gawahi.people.engines import LinkageError as LinkageError
from gawahi.people.engines import _is_spark, _jaro_winkler_level, _spark_api, _sql_level
from gawahi.people.engines import backend_frame as backend_frame
from gawahi.people.engines import jaro_winkler_similarity as jaro_winkler_similarity
from gawahi.people.names import parse_name, skeleton_key
from gawahi.people.persons import merge_persons, resolve_person
from gawahi.store.audit import AuditedWriter, canonical_json, now_iso
from gawahi.store.db import Store
from gawahi.store.schema import link_suggestions, person_sources, persons, victim_lists

log = logging.getLogger("gawahi.people.linkage")

DEFAULT_THRESHOLD = 0.9
BACKENDS = ("duckdb", "spark")
MODEL_VERSION = 1
#: m probability of "names share nothing" (fixed, see `comparisons`).
NAME_ELSE_M = 0.005
FATHER_ELSE_M = 0.01
DATE_ELSE_M = 0.002

FRAME_COLUMNS = [
    "unique_id", "source_dataset", "name_key", "name_skel", "name_norm", "name_tokens",
    "first_key", "last_key", "father_key", "father_skel", "father_norm", "father_tokens", "father_first", "sex",
    "age", "district",
    "incident_date", "incident_year",
]


def _require_splink() -> Any:
    try:
        import splink
    except ImportError as exc:  # pragma: no cover - dependency note
        raise LinkageError("record linkage needs Splink 4: pip install 'splink>=4' duckdb") from exc
    return splink


# --------------------------------------------------------------------------------------------
# Input frame
# --------------------------------------------------------------------------------------------
def _district(value: str | None) -> str | None:
    if not value:
        return None
    v = " ".join(value.lower().replace("district", " ").split())
    return v or None


def _age(lo: Any, hi: Any) -> float | None:
    vals = [float(v) for v in (lo, hi) if v is not None and v == v]
    return sum(vals) / len(vals) if vals else None


def record_row(
    uid: int, name: str, *, father_name: str | None = None, list_name: str | None = None,
    sex: str | None = None, age_min: Any = None, age_max: Any = None,
    district: str | None = None, incident_date: str | None = None,
) -> dict[str, Any]:
    """One record in the shape the model reads (keys computed from the names)."""
    p = parse_name(name or "", father_name)
    toks = p.key.split()
    ftoks = (p.father_key or "").split()
    date = incident_date if incident_date and len(incident_date) == 10 else None
    return {
        "unique_id": uid,
        "source_dataset": list_name or None,
        "name_key": p.key or None,
        "name_skel": skeleton_key(p.key) or None,
        "name_norm": p.normalised or None,
        "name_tokens": toks or None,
        "first_key": toks[0] if toks else None,
        "last_key": toks[-1] if len(toks) > 1 else None,
        "father_key": p.father_key,
        "father_skel": skeleton_key(p.father_key) if p.father_key else None,
        "father_norm": p.father_normalised,
        "father_tokens": ftoks or None,
        "father_first": ftoks[0] if ftoks else None,
        "sex": sex or None,
        "age": _age(age_min, age_max),
        "district": _district(district),
        "incident_date": date,
        "incident_year": incident_date[:4] if incident_date else None,
    }


def records_frame(rows: Iterable[Mapping[str, Any]]) -> Any:
    """A pandas DataFrame of model inputs from mappings with the `record_row` arguments
    (`id`/`unique_id`, `name`, `father_name`, `list_name`, `sex`, `age_min`, `age_max`,
    `district`, `incident_date`)."""
    import pandas as pd

    out = []
    for r in rows:
        uid = r.get("unique_id", r.get("id"))
        out.append(record_row(
            int(uid) if uid is not None else 0, r.get("name") or "",
            father_name=r.get("father_name"), list_name=r.get("list_name"), sex=r.get("sex"),
            age_min=r.get("age_min"), age_max=r.get("age_max"), district=r.get("district"),
            incident_date=r.get("incident_date"),
        ))
    df = pd.DataFrame(out, columns=FRAME_COLUMNS)
    df["age"] = df["age"].astype("float64")
    return df


# --------------------------------------------------------------------------------------------
# The model
# --------------------------------------------------------------------------------------------
def comparisons() -> list[Any]:
    import splink.comparison_level_library as cll
    import splink.comparison_library as cl

    name = cl.CustomComparison(
        output_column_name="name",
        comparison_description="own name: key, Jaro-Winkler on normalised Latin, shared words",
        comparison_levels=[
            cll.NullLevel("name_key"),
            cll.ExactMatchLevel("name_key").configure(tf_adjustment_column="name_key"),
            _jaro_winkler_level("name_norm", 0.95),
            cll.And(cll.ExactMatchLevel("first_key"), cll.ExactMatchLevel("last_key")),
            cll.ArrayIntersectLevel("name_tokens", 2),
            # Consonant skeletons of short names collide (Raza, Razia, Rizvi: "rz").
            cll.And(cll.ExactMatchLevel("name_skel"),
                    _sql_level('length("name_skel_l") >= 5')).configure(
                label_for_charts="Exact match on name_skel (5+ letters)"),
            _jaro_winkler_level("name_norm", 0.88),
            # Fixed, not learnt: EM on records of one mass-casualty incident (same date, same
            # place) mistakes neighbours for matches and inflates this; with every spelling
            # and script already folded into the key, a person's two records rarely share
            # nothing of the name.
            cll.ElseLevel().configure(m_probability=NAME_ELSE_M, fix_m_probability=True),
        ],
    )
    father = cl.CustomComparison(
        output_column_name="father",
        comparison_description="father's (or husband's) name",
        comparison_levels=[
            cll.NullLevel("father_key"),
            # Term frequencies: at a million records "Ali son of Hussain" is many people.
            cll.ExactMatchLevel("father_key").configure(tf_adjustment_column="father_key"),
            _jaro_winkler_level("father_norm", 0.93),
            cll.ArrayIntersectLevel("father_tokens", 2),
            cll.And(cll.ExactMatchLevel("father_skel"),
                    _sql_level('length("father_skel_l") >= 5')).configure(
                label_for_charts="Exact match on father_skel (5+ letters)"),
            _jaro_winkler_level("father_norm", 0.82),
            cll.ElseLevel().configure(m_probability=FATHER_ELSE_M, fix_m_probability=True),
        ],
    )
    age = cl.CustomComparison(
        output_column_name="age",
        comparison_description="age (reported ages vary by a few years)",
        comparison_levels=[
            cll.NullLevel("age"),
            cll.AbsoluteDifferenceLevel("age", 1),
            cll.AbsoluteDifferenceLevel("age", 3),
            cll.AbsoluteDifferenceLevel("age", 8),
            cll.ElseLevel(),
        ],
    )
    sex = cl.CustomComparison(
        output_column_name="sex",
        comparison_levels=[cll.NullLevel("sex"), cll.ExactMatchLevel("sex"), cll.ElseLevel()],
    )
    district = cl.CustomComparison(
        output_column_name="district",
        comparison_levels=[
            cll.NullLevel("district"),
            cll.ExactMatchLevel("district").configure(tf_adjustment_column="district"),
            cll.ElseLevel(),
        ],
    )
    date = cl.CustomComparison(
        output_column_name="incident_date",
        comparison_description="date of the incident (full date, else year)",
        comparison_levels=[
            cll.NullLevel("incident_year"),
            # A date with a bombing (dozens of victims) says less than a date with one killing.
            cll.ExactMatchLevel("incident_date").configure(tf_adjustment_column="incident_date"),
            cll.AbsoluteDateDifferenceLevel("incident_date", input_is_string=True, threshold=3,
                                            metric="day"),
            _sql_level(
                '("incident_date_l" IS NULL OR "incident_date_r" IS NULL) '
                'AND "incident_year_l" = "incident_year_r"',
                label="Same year, one date known only to the year",
            ),
            # A person is killed (or taken) once: two full dates more than 3 days apart mean
            # two people unless a date was mistyped. Fixed like the name's, for the same reason.
            cll.ElseLevel().configure(label_for_charts="Different dates",
                                      m_probability=DATE_ELSE_M, fix_m_probability=True),
        ],
    )
    # Lists rarely name one person twice: the same list is evidence against a match.
    same_list = cl.CustomComparison(
        output_column_name="list",
        comparison_description="same list or different lists",
        comparison_levels=[
            cll.NullLevel("source_dataset"),
            cll.ExactMatchLevel("source_dataset").configure(label_for_charts="same list"),
            cll.ElseLevel().configure(label_for_charts="different lists"),
        ],
    )
    return [name, father, age, sex, district, date, same_list]


def blocking_rules() -> list[Any]:
    """Which pairs are compared at all. Each rule is tight enough for millions of records."""
    from splink import block_on
    from splink.blocking_rule_library import CustomRule

    return [
        block_on("name_skel", "incident_year"),
        block_on("name_skel", "father_skel"),
        block_on("father_key", "incident_date"),
        block_on("last_key", "district", "incident_date"),
        block_on("first_key", "father_first", "district", "incident_year"),
        # A record without any date (and often without a father) meets its namesakes of the
        # district only here; only pairs where one side lacks the year, so it stays small.
        CustomRule('l."name_key" = r."name_key" AND l."district" = r."district" '
                   'AND (l."incident_year" IS NULL OR r."incident_year" IS NULL)',
                   sql_dialect="duckdb"),
        # A typo in the surname or a second given name written on one list only.
        block_on("first_key", "district", "incident_date"),
        # A typo in the given name, the father and surname right.
        block_on("father_key", "last_key", "district", "incident_year"),
    ]


def settings_creator(prior: float = 1e-4) -> Any:
    from splink import SettingsCreator

    return SettingsCreator(
        link_type="dedupe_only",
        unique_id_column_name="unique_id",
        probability_two_random_records_match=prior,
        comparisons=comparisons(),
        blocking_rules_to_generate_predictions=blocking_rules(),
        retain_intermediate_calculation_columns=True,  # bf_*: the explanation
        retain_matching_columns=False,
        additional_columns_to_retain=["source_dataset"],
        max_iterations=25,
        em_convergence=0.0005,
    )


def make_db_api(backend: str = "duckdb", **kwargs: Any) -> Any:
    """The Splink database API for `backend` ("duckdb" or "spark").

    Spark: pass `spark_session=` to use your own session (its time zone is set to UTC, see
    `SPARK_CONF`); otherwise a local one is started with Splink's similarity UDF jar.
    """
    _require_splink()
    if backend == "duckdb":
        import duckdb
        from splink import DuckDBAPI

        con = kwargs.pop("connection", None) or duckdb.connect()
        con.execute("SET enable_progress_bar = false")
        return DuckDBAPI(connection=con, **kwargs)
    if backend == "spark":
        return _spark_api(**kwargs)
    raise LinkageError(f"unknown backend {backend!r}; use one of {', '.join(BACKENDS)}")


def _structure(model: Mapping[str, Any]) -> list[tuple[str, list[str]]]:
    return [
        (c.get("output_column_name", ""), [str(lv.get("label_for_charts")) for lv in c["comparison_levels"]])
        for c in model["comparisons"]
    ]


def load_model(path_or_dict: str | Path | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(path_or_dict, Mapping):
        return dict(copy.deepcopy(path_or_dict))
    try:
        return dict(json.loads(Path(path_or_dict).read_text(encoding="utf-8")))
    except (OSError, ValueError) as exc:
        raise LinkageError(f"cannot read linkage model {path_or_dict}: {exc}") from exc


def model_hash(model: Mapping[str, Any]) -> str:
    params = {k: v for k, v in model.items() if k not in ("linker_uid",)}
    return hashlib.sha256(canonical_json(params)).hexdigest()


#: Settings that hold SQL of one engine; `settings_for_backend` rebuilds or translates them.
_SQL_SETTINGS = ("comparisons", "blocking_rules_to_generate_predictions", "sql_dialect")


def settings_for_backend(path_or_dict: str | Path | Mapping[str, Any], backend: str) -> dict[str, Any]:
    """A saved model, with its SQL rebuilt for `backend` and everything else kept.

    Comparisons are rebuilt from this module for the engine's dialect (the level structure
    must be the saved one) and take every trained parameter (m and u per level, term
    frequency weights) from the saved model; its blocking rules are translated; all other
    settings (prior, retained columns...) are copied.
    """
    from splink.blocking_rule_library import CustomRule

    saved = load_model(path_or_dict)
    dialect = {"duckdb": "duckdb", "spark": "spark"}.get(backend)
    if dialect is None:
        raise LinkageError(f"unknown backend {backend!r}; use one of {', '.join(BACKENDS)}")
    if saved.get("sql_dialect") == dialect:
        return saved
    fresh = settings_creator().get_settings(dialect).as_dict()
    if _structure(fresh) != _structure(saved):
        raise LinkageError(
            "the saved model's comparisons differ from this version's; retrain it "
            "(gawahi linkage run --train)"
        )
    for c_new, c_old in zip(fresh["comparisons"], saved["comparisons"], strict=True):
        for lv_new, lv_old in zip(c_new["comparison_levels"], c_old["comparison_levels"], strict=True):
            for k in ("m_probability", "u_probability", "fix_m_probability", "fix_u_probability"):
                if k in lv_old:
                    lv_new[k] = lv_old[k]
            # Term-frequency adjustments as saved (a model saved before a level had one has none).
            for k in ("tf_adjustment_column", "tf_adjustment_weight", "tf_minimum_u_value"):
                if k in lv_old:
                    lv_new[k] = lv_old[k]
                else:
                    lv_new.pop(k, None)
    src_dialect = saved.get("sql_dialect") or "duckdb"
    if "blocking_rules_to_generate_predictions" in saved:
        fresh["blocking_rules_to_generate_predictions"] = [
            CustomRule(br["blocking_rule"] if isinstance(br, Mapping) else str(br),
                       sql_dialect=(br.get("sql_dialect") if isinstance(br, Mapping) else None)
                       or src_dialect).create_blocking_rule_dict(dialect)
            for br in saved["blocking_rules_to_generate_predictions"]
        ]
    for k, v in saved.items():
        if k not in _SQL_SETTINGS:
            fresh[k] = copy.deepcopy(v)
    return dict(fresh)


def train(linker: Any, *, seed: int = 42, u_max_pairs: float = 2e6, recall: float = 0.8) -> None:
    """Unsupervised training: prior from deterministic rules, u by sampling, m by EM."""
    from splink import block_on

    linker.training.estimate_probability_two_random_records_match(
        [block_on("name_key", "father_key"), block_on("name_key", "incident_date")],
        recall=recall,
    )
    linker.training.estimate_u_using_random_sampling(max_pairs=u_max_pairs, seed=seed)
    # Three passes so that every comparison is trained in one that does not block on it;
    # each blocking rule stays tight at millions of records.
    for rule in (block_on("name_key", "father_key"), block_on("father_key", "incident_date"),
                 block_on("name_key", "incident_date")):
        linker.training.estimate_parameters_using_expectation_maximisation(
            rule, estimate_without_term_frequencies=True,
        )


#: Below this many records the model is not trained on the data itself (EM needs many pairs):
#: the default model, trained on the synthetic lists of gawahi.people.synthetic, is used.
MIN_TRAIN_RECORDS = 2000


def default_model(n_records: int | None = None) -> dict[str, Any]:
    """The shipped model (trained by `write_default_model` on seeded synthetic lists).

    The prior (probability that two random records match) scales with 1/records: with
    `n_records` it is rescaled from the size the model was trained on to this one. Below
    `MIN_TRAIN_RECORDS` records the model has no term-frequency adjustments.
    """
    from gawahi.people.default_model import MODEL, TRAINED_ON

    model = copy.deepcopy(MODEL)
    if n_records:
        prior = float(model["probability_two_random_records_match"]) * TRAINED_ON / max(n_records, 2)
        model["probability_two_random_records_match"] = min(prior, 0.5)
    if n_records and n_records < MIN_TRAIN_RECORDS:
        # Term frequencies are counted in the data being linked: in a few hundred records they
        # are not frequencies (five records on one date make that date "common", and a shared
        # date or father's name then counts for nothing). Small data use the trained u alone.
        for c in model["comparisons"]:
            for lv in c["comparison_levels"]:
                for k in ("tf_adjustment_column", "tf_adjustment_weight", "tf_minimum_u_value"):
                    lv.pop(k, None)
    return model


def write_default_model(n_records: int = 30000, seed: int = 11) -> Path:
    """Retrain the shipped default model on synthetic lists and rewrite its module."""
    from gawahi.people.synthetic import age_range, generate_records

    g = generate_records(n_records, seed=seed)
    rows = []
    for r in g.records:
        lo, hi = age_range(r["age"])
        rows.append({**r, "age_min": lo, "age_max": hi})
    pred = predict_frame(records_frame(rows), threshold=0.99, train_model=True, seed=seed)
    model = {k: v for k, v in pred.model.items() if k != "linker_uid"}
    path = Path(__file__).with_name("default_model.py")
    path.write_text(
        '"""Default linkage model: trained by gawahi.people.linkage.write_default_model('
        f'{n_records}, seed={seed}) on synthetic lists. Generated; do not edit."""\n\n'
        f"import json\n\nTRAINED_ON = {len(rows)}\n\nMODEL = json.loads(\n    r\"\"\"\n"
        + json.dumps(model, indent=1, ensure_ascii=False)
        + '\n"""\n)\n',
        encoding="utf-8",
    )
    return path


def build_linker(frame: Any, *, model: str | Path | Mapping[str, Any] | None = None,
                 backend: str = "duckdb", db_api: Any = None) -> Any:
    splink = _require_splink()
    api = db_api or make_db_api(backend)
    if db_api is not None:
        backend = "spark" if _is_spark(api) else "duckdb"
    settings: Any = settings_creator()
    if model is not None:
        settings = settings_for_backend(model, backend)
        settings["retain_intermediate_calculation_columns"] = True
        # The saved model's uid would name this linker's tables like an earlier linker's.
        settings.pop("linker_uid", None)
    if db_api is not None:
        _forget_earlier_tables(api)
    return splink.Linker(backend_frame(frame, api), settings, db_api=api)


def _forget_earlier_tables(api: Any) -> None:
    """Make a reused Splink database API forget the tables of earlier linkers.

    Splink names a computed table by the hash of its SQL and of a uid that belongs to the
    database API, not to the linker, and looks for it in its cache and then in the database
    before computing it. A second linker on the same API (one Spark session for several
    lists) would find the first one's input-with-term-frequencies table and score the first
    list again. Drop those tables and take a new uid.
    """
    import uuid

    api.delete_tables_created_by_splink_from_db()
    api._intermediate_table_cache.invalidate_cache()
    api._cache_uid = uuid.uuid4().hex[:8]


def _quiet() -> None:
    for name in ("splink", "splink.internals"):
        logging.getLogger(name).setLevel(logging.ERROR)


@dataclass
class Prediction:
    pairs: Any  # pandas DataFrame: unique_id_l, unique_id_r, match_probability, match_weight, gamma_*
    model: dict[str, Any]
    seconds: dict[str, float] = field(default_factory=dict)


def predict_frame(
    frame: Any, *, threshold: float = DEFAULT_THRESHOLD, model: str | Path | Mapping[str, Any] | None = None,
    backend: str = "duckdb", train_model: bool | None = None, seed: int = 42,
    save_model: str | Path | None = None, db_api: Any = None,
) -> Prediction:
    """Score every blocked pair of `frame`; pairs at or above `threshold` come back."""
    import time

    _quiet()
    n_rows = len(frame) if hasattr(frame, "__len__") else int(frame.count())  # pandas or Spark
    if n_rows < 2:
        import pandas as pd

        return Prediction(pd.DataFrame(columns=["unique_id_l", "unique_id_r", "match_probability"]),
                          load_model(model) if model is not None else {})
    t0 = time.perf_counter()
    linker = build_linker(frame, model=model, backend=backend, db_api=db_api)
    times: dict[str, float] = {}
    if train_model or (train_model is None and model is None):
        train(linker, seed=seed)
    times["train"] = time.perf_counter() - t0
    t1 = time.perf_counter()
    pred = linker.inference.predict(threshold_match_probability=threshold)
    pairs = pred.as_pandas_dataframe()
    times["predict"] = time.perf_counter() - t1
    saved = linker.misc.save_model_to_json()
    if save_model is not None:
        Path(save_model).write_text(json.dumps(saved, indent=2, ensure_ascii=False), encoding="utf-8")
    return Prediction(pairs, saved, times)


def level_labels(model: Mapping[str, Any]) -> dict[str, list[tuple[float, str]]]:
    """comparison -> [(Bayes factor m/u, level label)] (for explanations)."""
    import math

    out: dict[str, list[tuple[float, str]]] = {}
    for c in model.get("comparisons", []):
        levels: list[tuple[float, str]] = []
        for lv in c["comparison_levels"]:
            if lv.get("is_null_level"):
                levels.append((0.0, "null"))
                continue
            m, u = lv.get("m_probability"), lv.get("u_probability")
            if m and u:
                levels.append((math.log2(float(m) / float(u)), str(lv.get("label_for_charts"))))
        out[c["output_column_name"]] = levels
    return out


def explain(row: Mapping[str, Any], labels: Mapping[str, list[tuple[float, str]]]) -> dict[str, Any]:
    """Which level of each comparison a scored pair fell in, from its Bayes factors."""
    import math

    detail: dict[str, Any] = {}
    for comp, levels in labels.items():
        bf = _f(row.get(f"bf_{comp}"))
        if bf is None or bf <= 0 or not levels:
            continue
        w = math.log2(bf)
        label = min(levels, key=lambda lv: abs(lv[0] - w))[1]
        entry: dict[str, Any] = {"level": label, "weight": round(w, 3)}
        tf = _f(row.get(f"bf_tf_adj_{comp}"))
        if tf is not None and tf > 0 and abs(math.log2(tf)) > 1e-9:
            entry["tf_weight"] = round(math.log2(tf), 3)
        detail[comp] = entry
    return detail


def clusters_from_pairs(pairs: Iterable[tuple[Any, Any]], ids: Iterable[Any]) -> dict[Any, Any]:
    """Connected components: record id -> cluster id (the smallest id in the cluster)."""
    parent: dict[Any, Any] = {i: i for i in ids}

    def find(x: Any) -> Any:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for a, b in pairs:
        parent.setdefault(a, a)
        parent.setdefault(b, b)
        ra, rb = find(a), find(b)
        if ra != rb:
            if ra < rb:
                parent[rb] = ra
            else:
                parent[ra] = rb
    return {i: find(i) for i in parent}


def cluster_records(
    pairs: Iterable[tuple[Any, Any, float]], ids: Iterable[Any], list_of: Mapping[Any, Any],
    *, same_list_threshold: float = 0.995,
) -> dict[Any, Any]:
    """Clusters from scored pairs, strongest first, keeping lists apart.

    Like connected components, but two clusters are not joined when that would put two
    records of the same list into one person, unless the pair's probability is at least
    `same_list_threshold` (lists do name a person twice, rarely). One wrong link then no
    longer chains two people, each named on every list, into one.
    """
    parent: dict[Any, Any] = {i: i for i in ids}
    lists: dict[Any, set[Any]] = {i: ({list_of[i]} if list_of.get(i) is not None else set())
                                  for i in parent}

    def find(x: Any) -> Any:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    # Ties (to 1e-12) in record-id order: the same pairs cluster the same on every engine,
    # whatever order its rows come in.
    for a, b, p in sorted(pairs, key=lambda t: (-round(t[2], 12), t[0], t[1])):
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        if lists[ra] & lists[rb] and p < same_list_threshold:
            continue
        if rb < ra:
            ra, rb = rb, ra
        parent[rb] = ra
        lists[ra] |= lists.pop(rb)
    return {i: find(i) for i in parent}


# --------------------------------------------------------------------------------------------
# Against the database
# --------------------------------------------------------------------------------------------
@dataclass
class LinkRunReport:
    records: int
    candidate_pairs: int
    new_suggestions: int
    already_linked: int
    model_hash: str | None
    seconds: dict[str, float] = field(default_factory=dict)


def load_records(store: Store) -> list[dict[str, Any]]:
    with store.read() as conn:
        q = select(
            person_sources.c.id, person_sources.c.person_id, person_sources.c.name,
            person_sources.c.father_name, person_sources.c.sex, person_sources.c.age_min,
            person_sources.c.age_max, person_sources.c.district, person_sources.c.incident_date,
            victim_lists.c.name.label("list_name"),
        ).select_from(
            person_sources.outerjoin(victim_lists, person_sources.c.list_id == victim_lists.c.id)
        ).order_by(person_sources.c.id)
        return [dict(r) for r in conn.execute(q).mappings()]


def run_linkage(
    store: Store, *, actor: str, threshold: float = DEFAULT_THRESHOLD,
    model: str | Path | None = None, train_model: bool | None = None,
    save_model: str | Path | None = None, backend: str = "duckdb", seed: int = 42,
) -> LinkRunReport:
    """Score all person records and store new pairs above `threshold` as suggestions."""
    rows = load_records(store)
    if len(rows) < 2:
        return LinkRunReport(len(rows), 0, 0, 0, None)
    person_of = {int(r["id"]): int(r["person_id"]) for r in rows}
    frame = records_frame(rows)
    if model is None and not train_model and (train_model is False or len(rows) < MIN_TRAIN_RECORDS):
        model_in: str | Path | Mapping[str, Any] | None = default_model(len(rows))
        train_model = False
    else:
        model_in = model
    pred = predict_frame(frame, threshold=threshold, model=model_in, backend=backend,
                         train_model=train_model, seed=seed, save_model=save_model)
    mh = model_hash(pred.model) if pred.model else None
    labels = level_labels(pred.model)
    new = already = 0
    with store.transaction() as conn:
        existing = {
            (int(a), int(b))
            for a, b in conn.execute(select(link_suggestions.c.record_l, link_suggestions.c.record_r))
        }
        resolved: dict[int, int] = {}

        def person(rec: int) -> int:
            pid = person_of[rec]
            if pid not in resolved:
                resolved[pid] = resolve_person(conn, pid)
            return resolved[pid]

        w = AuditedWriter(conn, store.dialect, actor)
        for r in pred.pairs.to_dict("records"):
            a, b = sorted((int(r["unique_id_l"]), int(r["unique_id_r"])))
            if person(a) == person(b):
                already += 1
                continue
            if (a, b) in existing:
                continue
            detail = explain(r, labels)
            w.insert(link_suggestions, {
                "record_l": a, "record_r": b,
                "match_probability": float(r["match_probability"]),
                "match_weight": _f(r.get("match_weight")),
                "detail": detail or None, "model_hash": mh, "status": ReviewStatus.SUGGESTED.value,
                "created_at": now_iso(),
            }, reason="linkage suggestion")
            existing.add((a, b))
            new += 1
    return LinkRunReport(len(rows), len(pred.pairs), new, already, mh, pred.seconds)


def _f(v: Any) -> float | None:
    try:
        x = float(v)
    except (TypeError, ValueError):
        return None
    return x if x == x and abs(x) != float("inf") else None


def list_suggestions(
    store: Store, *, status: str | None = ReviewStatus.SUGGESTED.value, min_probability: float = 0.0,
    limit: int = 100,
) -> list[tuple[LinkSuggestion, dict[str, Any], dict[str, Any]]]:
    """Suggestions with both records (id, person_id, name, father_name, list), best first."""
    with store.read() as conn:
        q = select(link_suggestions).where(link_suggestions.c.match_probability >= min_probability)
        if status:
            q = q.where(link_suggestions.c.status == status)
        q = q.order_by(link_suggestions.c.match_probability.desc(), link_suggestions.c.id).limit(limit)
        sugg = [LinkSuggestion.model_validate(dict(r)) for r in conn.execute(q).mappings()]
        ids = {s.record_l for s in sugg} | {s.record_r for s in sugg}
        recs: dict[int, dict[str, Any]] = {}
        if ids:
            rq = select(
                person_sources.c.id, person_sources.c.person_id, person_sources.c.name,
                person_sources.c.father_name, person_sources.c.age_min, person_sources.c.district,
                person_sources.c.incident_date, victim_lists.c.name.label("list_name"),
            ).select_from(
                person_sources.outerjoin(victim_lists, person_sources.c.list_id == victim_lists.c.id)
            ).where(person_sources.c.id.in_(ids))
            recs = {int(r["id"]): dict(r) for r in conn.execute(rq).mappings()}
    return [(s, recs.get(s.record_l, {}), recs.get(s.record_r, {})) for s in sugg]


def decide(
    store: Store, suggestion_ids: Sequence[int], *, actor: str, confirm: bool = True,
) -> list[int]:
    """Confirm (merge the two persons, every mention kept) or reject suggestions; returns the
    surviving person ids (confirm) or [] (reject). Each decision is audited with its reviewer."""
    survivors: list[int] = []
    with store.transaction() as conn:
        w = AuditedWriter(conn, store.dialect, actor)
        for sid in suggestion_ids:
            row = conn.execute(select(link_suggestions).where(link_suggestions.c.id == sid)).mappings().first()
            if row is None:
                raise LookupError(f"no linkage suggestion {sid}")
            if row["status"] != ReviewStatus.SUGGESTED.value:
                raise LinkageError(f"suggestion {sid} was already {row['status']}")
            status = ReviewStatus.CONFIRMED if confirm else ReviewStatus.REJECTED
            w.update(link_suggestions, sid, {"status": status.value, "reviewer": actor,
                                              "reviewed_at": now_iso()},
                     reason=f"linkage {status.value}", action="review")
            if confirm:
                pids = conn.execute(
                    select(person_sources.c.person_id).where(
                        person_sources.c.id.in_([row["record_l"], row["record_r"]])
                    )
                ).scalars().all()
                survivors.append(merge_persons(
                    conn, store.dialect, actor, [int(p) for p in pids],
                    reason=f"confirmed linkage suggestion {sid} (p={row['match_probability']:.3f})",
                ))
    return survivors


SAME_LIST_THRESHOLD = 0.999


def confirm_above(
    store: Store, min_probability: float, *, actor: str,
    same_list_threshold: float = SAME_LIST_THRESHOLD,
) -> list[int]:
    """Confirm every open suggestion at or above `min_probability` (a bulk decision by
    `actor`), strongest first. A suggestion that would give one person two records of the same
    list is left for a reviewer unless its probability reaches `same_list_threshold` (see
    `cluster_records`). Returns the surviving person ids of the merges made."""
    with store.read() as conn:
        rows = conn.execute(
            select(link_suggestions.c.id, link_suggestions.c.match_probability).where(
                link_suggestions.c.status == ReviewStatus.SUGGESTED.value,
                link_suggestions.c.match_probability >= min_probability,
            ).order_by(link_suggestions.c.match_probability.desc(), link_suggestions.c.id)
        ).all()
    done: list[int] = []
    for sid, p in rows:
        if p < same_list_threshold and _lists_overlap(store, int(sid)):
            continue
        done.extend(decide(store, [int(sid)], actor=actor))
    return done


def _lists_overlap(store: Store, suggestion_id: int) -> bool:
    """Whether the two persons of a suggestion already both have a record on one list."""
    with store.read() as conn:
        row = conn.execute(select(link_suggestions.c.record_l, link_suggestions.c.record_r)
                           .where(link_suggestions.c.id == suggestion_id)).one()
        sets = []
        for rec in row:
            pid = conn.execute(select(person_sources.c.person_id)
                               .where(person_sources.c.id == rec)).scalar_one()
            survivor = resolve_person(conn, int(pid))
            sets.append(set(conn.execute(
                select(person_sources.c.list_id).where(
                    person_sources.c.person_id == survivor, person_sources.c.list_id.is_not(None))
            ).scalars()))
        return bool(sets[0] & sets[1])


def linked_count(store: Store) -> int:
    with store.read() as conn:
        return len(conn.execute(select(persons.c.id).where(persons.c.merged_into.is_not(None))).all())
