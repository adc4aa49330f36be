"""People commands: person, lists, linkage, missing, case (thin shells over gawahi.people)."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Any

import typer

from gawahi.cli.context import SETTINGS
from gawahi.model.vocab import CaseStage, MissingStatus, PersonRole
from gawahi.store.db import Store, StoreError

person_app = typer.Typer(help="Person records: victims, the missing, witnesses, the accused.",
                         no_args_is_help=True)
lists_app = typer.Typer(help="Victim lists from other groups: preview, import, capture tables.",
                        no_args_is_help=True)
linkage_app = typer.Typer(help="Record linkage (Splink): run, review suggestions, confirm.",
                          no_args_is_help=True)
missing_app = typer.Typer(help="Missing persons: cases, status history, petitions, hearings.",
                          no_args_is_help=True)
case_app = typer.Typer(help="Legal cases: FIR, police station, sections, accused, stages.",
                       no_args_is_help=True)


class Fmt(StrEnum):
    table = "table"
    json = "json"


def _store() -> Store:
    try:
        return Store(SETTINGS.db_url)
    except StoreError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc


def _fail(msg: str, code: int = 2) -> typer.Exit:
    typer.echo(f"error: {msg}", err=True)
    return typer.Exit(code)


def _json(obj: Any) -> None:
    typer.echo(json.dumps(obj, ensure_ascii=False, indent=2, default=str))


# --------------------------------------------------------------------------------------------
# person
# --------------------------------------------------------------------------------------------
@person_app.command("add")
def person_add(
    name: str = typer.Argument(..., help="Name as written (Latin or Urdu; may include 's/o Father')."),
    father: str | None = typer.Option(None, "--father", help="Father's or husband's name."),
    alt: list[str] = typer.Option([], "--alt", help="Another spelling (repeatable)."),
    sex: str | None = typer.Option(None, "--sex"),
    age: str | None = typer.Option(None, "--age", help="Age or range, e.g. 35 or 30-35."),
    sect: str | None = typer.Option(None, "--sect", help="Sect (restricted)."),
    ethnicity: str | None = typer.Option(None, "--ethnicity", help="Ethnicity (restricted)."),
    occupation: str | None = typer.Option(None, "--occupation"),
    home_district: str | None = typer.Option(None, "--home-district"),
    id_number: list[str] = typer.Option([], "--id-number", help="CNIC or other ID (confidential)."),
    incident: int | None = typer.Option(None, "--incident", help="Incident id."),
    role: PersonRole | None = typer.Option(None, "--role", help="Role in the incident."),
    source: int | None = typer.Option(None, "--source", help="Source id naming them."),
    date: str | None = typer.Option(None, "--date", help="Date of the incident (YYYY-MM-DD)."),
    district: str | None = typer.Option(None, "--district", help="District of the incident."),
) -> None:
    """Add a person with their first mention (and incident role, when given)."""
    from gawahi.people.persons import (
        NewPersonRecord,
        PersonError,
        add_person,
        normalise_sex,
        parse_age,
    )

    try:
        lo, hi = parse_age(age)
        rec = NewPersonRecord(
            name=name, father_name=father, names=alt, sex=normalise_sex(sex), age_min=lo,
            age_max=hi, sect=sect, ethnicity=ethnicity, occupation=occupation,
            home_district=home_district, id_numbers=id_number, incident_id=incident, role=role,
            source_id=source, incident_date=date, district=district,
        )
        store = _store()
        with store.transaction() as conn:
            pid, _ = add_person(conn, store.dialect, SETTINGS.user, rec)
    except PersonError as exc:
        raise _fail(str(exc)) from exc
    typer.echo(f"person {pid} added")


@person_app.command("show")
def person_show(person_id: int, fmt: Fmt = typer.Option(Fmt.table, "--format")) -> None:
    """A person, every spelling and every mention (list row or source) kept for them."""
    from gawahi.people.persons import get_person, mentions, resolve_person

    store = _store()
    with store.read() as conn:
        p = get_person(conn, person_id)
        if p is None:
            raise _fail(f"no person {person_id}", 1)
        survivor = resolve_person(conn, person_id)
        ms = mentions(conn, survivor)
    if fmt == Fmt.json:
        _json({"person": p.model_dump(mode="json"), "merged_into": p.merged_into,
               "mentions": [m.model_dump(mode="json", exclude={"data"}) for m in ms]})
        return
    if p.merged_into:
        typer.echo(f"person {p.id} was merged into person {survivor}")
    typer.echo(f"person {p.id}: {p.name}" + (f"  (father: {p.father_name})" if p.father_name else ""))
    if p.names:
        typer.echo(f"  spellings: {' | '.join(p.names)}")
    age = f"{p.age_min}" if p.age_min == p.age_max else f"{p.age_min}-{p.age_max}"
    typer.echo(f"  sex {p.sex or '?'}  age {age if p.age_min is not None else '?'}  "
               f"home district {p.home_district or '?'}  key {p.name_key}")
    typer.echo(f"  mentions ({len(ms)}):")
    for m in ms:
        where = f"list {m.list_id} row {m.row_number}" if m.list_id else f"source {m.source_id}"
        typer.echo(f"    #{m.id} {where}: {m.name}" + (f" (father: {m.father_name})" if m.father_name else "")
                   + f"  [{m.role or '-'}; {m.incident_date or '?'}; {m.district or '?'}]")


@person_app.command("list")
def person_list(
    query: str | None = typer.Argument(None, help="Name to look for (any spelling or script)."),
    limit: int = typer.Option(50, "--limit"),
    fmt: Fmt = typer.Option(Fmt.table, "--format"),
) -> None:
    """Persons (merged ones hidden), optionally matching a name."""
    from gawahi.people.persons import list_persons

    store = _store()
    with store.read() as conn:
        ps = list_persons(conn, query=query, limit=limit)
    if fmt == Fmt.json:
        _json([p.model_dump(mode="json") for p in ps])
        return
    for p in ps:
        typer.echo(f"{p.id:>6}  {p.name}" + (f"  (father: {p.father_name})" if p.father_name else ""))


# --------------------------------------------------------------------------------------------
# lists
# --------------------------------------------------------------------------------------------
_MAP_HELP = "COLUMN=FIELD (repeatable); fields: name, father_name, alt_name, sex, age, age_min, " \
    "age_max, sect, ethnicity, occupation, home_district, district, date, role, id_number, " \
    "contact, incident_id, notes, or - to ignore. Unmapped columns are matched by header words."


@lists_app.command("import")
def lists_import(
    path: Path = typer.Argument(..., help="A .csv or .xlsx file."),
    name: str | None = typer.Option(None, "--name", help="Name of the list (default: file name)."),
    mapping: list[str] = typer.Option([], "--map", help=_MAP_HELP),
    preview: bool = typer.Option(False, "--preview", help="Show the first rows as mapped and every error; store nothing."),
    rows: int = typer.Option(10, "--rows", help="Rows shown by --preview."),
    organisation: str | None = typer.Option(None, "--organisation", help="Who compiled the list."),
    role: PersonRole = typer.Option(PersonRole.KILLED, "--role", help="Role of people on the list (a role column wins)."),
    sheet: str | None = typer.Option(None, "--sheet", help="XLSX sheet (default: the first)."),
) -> None:
    """Import a victim list as a named source; bad rows are reported and skipped.

    Exit status 1 when any row was rejected (the good rows are imported all the same).
    """
    from gawahi.people.lists import ListImportError, import_list, parse_mapping, preview_list
    from gawahi.vault.cas import LocalVault

    try:
        m = parse_mapping(mapping)
        if preview:
            pv = preview_list(path, m, rows=rows, sheet=sheet)
            typer.echo(f"{pv.total_rows} rows; columns mapped:")
            for col, fld in pv.mapping.items():
                typer.echo(f"  {col!r:30} -> {fld}")
            if pv.unmapped:
                typer.echo(f"  not mapped (kept with each row): {', '.join(pv.unmapped)}")
            typer.echo(f"first {len(pv.rows)} good rows as mapped:")
            for r in pv.rows:
                shown = {k: v for k, v in r.values.items() if v not in (None, "")}
                typer.echo(f"  row {r.row}: " + json.dumps(shown, ensure_ascii=False))
            typer.echo(f"{len(pv.errors)} errors" + (":" if pv.errors else ""))
            for e in pv.errors:
                typer.echo(f"  {e}")
            return
        store = _store()
        report = import_list(store, path, name or path.stem, actor=SETTINGS.user, mapping=m,
                             vault=LocalVault(SETTINGS.vault_dir), organisation=organisation,
                             role=role, sheet=sheet)
    except ListImportError as exc:
        raise _fail(str(exc)) from exc
    typer.echo(f"list {report.list_id} {report.name!r} (source {report.source_id}): "
               f"{report.imported} of {report.total} rows imported, "
               f"{len({e.row for e in report.errors})} rejected")
    for e in report.errors:
        typer.echo(f"  {e}", err=True)
    if report.errors:
        raise typer.Exit(1)


@lists_app.command("list")
def lists_list(fmt: Fmt = typer.Option(Fmt.table, "--format")) -> None:
    """Imported lists with their row counts."""
    from gawahi.people.lists import list_lists

    ls = list_lists(_store())
    if fmt == Fmt.json:
        _json([v.model_dump(mode="json", exclude={"filename", "errors", "imported_by"}) for v in ls])
        return
    for v in ls:
        typer.echo(f"{v.id:>4}  {v.name:<30} {v.rows_imported:>7} of {v.rows_total:<7} rows  "
                   f"source {v.source_id}  {v.organisation or ''}")


@lists_app.command("capture")
def lists_capture(
    lists: list[str] = typer.Option([], "--list", help="List names to use (default: all)."),
    role: PersonRole | None = typer.Option(None, "--role"),
    stratum: str | None = typer.Option(None, "--by", help="year or district"),
    value: str | None = typer.Option(None, "--value", help="Stratum value, e.g. 2013."),
) -> None:
    """Print the capture table of linked persons as CSV (input of `gawahi estimate --lists`)."""
    from gawahi.people.counting import CountingError, capture_csv

    try:
        typer.echo(capture_csv(_store(), lists=lists or None, role=role.value if role else None,
                               stratum=stratum, value=value), nl=False)
    except CountingError as exc:
        raise _fail(str(exc)) from exc


@lists_app.command("estimate")
def lists_estimate(
    by: str | None = typer.Option(None, "--by", help="Stratum: year or district (default: none)."),
    lists: list[str] = typer.Option([], "--list", help="List names to use (default: all)."),
    role: PersonRole | None = typer.Option(None, "--role"),
    method: str = typer.Option("loglinear", "--method", help="loglinear or lcmcr"),
    model: str | None = typer.Option(None, "--model", help="Log-linear model, e.g. 'Mt + c1:c2'."),
    seed: int | None = typer.Option(None, "--seed"),
) -> None:
    """Multiple systems estimation from the linked persons, overall or by stratum (JSON)."""
    from gawahi.estimate import EstimationError
    from gawahi.people.counting import CountingError, estimate_from_store

    opts: dict[str, Any] = {}
    if model:
        opts["model"] = model
    if seed is not None:
        opts["seed"] = seed
    try:
        res = estimate_from_store(_store(), by=by, lists=lists or None,
                                  role=role.value if role else None, method=method, **opts)
    except (CountingError, EstimationError, ValueError) as exc:
        raise _fail(str(exc)) from exc
    _json(res.to_dict())


# --------------------------------------------------------------------------------------------
# linkage
# --------------------------------------------------------------------------------------------
@linkage_app.command("run")
def linkage_run(
    threshold: float = typer.Option(0.9, "--threshold", help="Store pairs at or above this match probability."),
    model: Path | None = typer.Option(None, "--model", help="A saved model JSON to use."),
    train: bool | None = typer.Option(None, "--train/--no-train", help="Train (default: when no --model)."),
    save_model: Path | None = typer.Option(None, "--save-model", help="Write the trained model JSON here."),
    backend: str = typer.Option("duckdb", "--backend", help="duckdb, or spark (needs pyspark)."),
    seed: int = typer.Option(42, "--seed"),
) -> None:
    """Score all person records; new pairs above the threshold become suggestions."""
    from gawahi.people.linkage import LinkageError, run_linkage

    try:
        rep = run_linkage(_store(), actor=SETTINGS.user, threshold=threshold, model=model,
                          train_model=train, save_model=save_model, backend=backend, seed=seed)
    except LinkageError as exc:
        raise _fail(str(exc)) from exc
    typer.echo(f"{rep.records} records; {rep.candidate_pairs} pairs >= {threshold}; "
               f"{rep.new_suggestions} new suggestions; {rep.already_linked} already one person")
    if rep.model_hash:
        typer.echo(f"model {rep.model_hash[:16]}" + (f" saved to {save_model}" if save_model else ""))


@linkage_app.command("suggestions")
def linkage_suggestions(
    status: str = typer.Option("suggested", "--status", help="suggested, confirmed, rejected or all"),
    min_probability: float = typer.Option(0.0, "--min"),
    limit: int = typer.Option(50, "--limit"),
    fmt: Fmt = typer.Option(Fmt.table, "--format"),
) -> None:
    """Suggested matches, best first, with why the model thinks so."""
    from gawahi.people.linkage import list_suggestions

    rows = list_suggestions(_store(), status=None if status == "all" else status,
                            min_probability=min_probability, limit=limit)
    if fmt == Fmt.json:
        _json([{"suggestion": s.model_dump(mode="json"), "left": a, "right": b} for s, a, b in rows])
        return
    for s, a, b in rows:
        typer.echo(f"[{s.id}] p={s.match_probability:.3f} {s.status}")
        for r in (a, b):
            typer.echo(f"     #{r.get('id')} person {r.get('person_id')} ({r.get('list_name') or 'source'}): "
                       f"{r.get('name')}" + (f" (father: {r.get('father_name')})" if r.get("father_name") else "")
                       + f"  {r.get('incident_date') or '?'} {r.get('district') or '?'}")
        if s.detail:
            typer.echo("     " + "; ".join(f"{k}: {v.get('level')}" for k, v in s.detail.items()))


@linkage_app.command("confirm")
def linkage_confirm(
    ids: list[int] = typer.Argument(None, help="Suggestion ids to confirm."),
    above: float | None = typer.Option(None, "--above", help="Confirm every open suggestion at or above this probability."),
    reject: bool = typer.Option(False, "--reject", help="Reject the given suggestions instead."),
) -> None:
    """Confirm suggestions: the persons become one, every source and list kept."""
    from gawahi.people.linkage import LinkageError, confirm_above, decide

    store = _store()
    try:
        if above is not None:
            done = confirm_above(store, above, actor=SETTINGS.user)
            typer.echo(f"{len(done)} suggestions at or above {above} confirmed")
            return
        if not ids:
            raise _fail("give suggestion ids or --above P")
        done = decide(store, ids, actor=SETTINGS.user, confirm=not reject)
    except (LinkageError, LookupError) as exc:
        raise _fail(str(exc), 1) from exc
    if reject:
        typer.echo(f"{len(ids)} suggestions rejected")
    else:
        typer.echo(f"{len(ids)} suggestions confirmed; persons now {sorted(set(done))}")


@linkage_app.command("reject")
def linkage_reject(ids: list[int] = typer.Argument(..., help="Suggestion ids to reject.")) -> None:
    """Reject suggestions (recorded with your name)."""
    linkage_confirm(ids=ids, above=None, reject=True)


# --------------------------------------------------------------------------------------------
# missing
# --------------------------------------------------------------------------------------------
@missing_app.command("add")
def missing_add(
    person: int = typer.Argument(..., help="Person id (gawahi person add)."),
    last_seen: str | None = typer.Option(None, "--last-seen", help="Date last seen (YYYY-MM-DD)."),
    place: str | None = typer.Option(None, "--place", help="Where last seen."),
    seen_by: str | None = typer.Option(None, "--seen-by", help="Who saw them last (confidential)."),
    taken_by: str | None = typer.Option(None, "--taken-by", help="Who took them, as alleged."),
    basis: str = typer.Option("alleged", "--basis", help="alleged, claimed, charged, convicted, acquitted"),
    incident: int | None = typer.Option(None, "--incident"),
    source: int | None = typer.Option(None, "--source"),
    notes: str | None = typer.Option(None, "--notes"),
) -> None:
    """Open the case of a disappeared person (status: missing)."""
    from gawahi.people.missing import MissingError, open_case

    try:
        cid = open_case(_store(), actor=SETTINGS.user, person_id=person, last_seen_date=last_seen,
                        last_seen_place=place, last_seen_by=seen_by, taken_by=taken_by,
                        taken_by_basis=basis, incident_id=incident, source_id=source, notes=notes)
    except (MissingError, ValueError) as exc:
        raise _fail(str(exc)) from exc
    typer.echo(f"missing-person case {cid} opened")


@missing_app.command("status")
def missing_status(
    case_id: int = typer.Argument(...),
    status: MissingStatus | None = typer.Argument(None, help="New status; omit to show the history."),
    on: str | None = typer.Option(None, "--date", help="Date of the change (YYYY-MM-DD)."),
    source: int | None = typer.Option(None, "--source"),
    note: str | None = typer.Option(None, "--note"),
    force: bool = typer.Option(False, "--force", help="Allow a change after release/death or out of date order."),
) -> None:
    """Record a status change, or show the status history."""
    from gawahi.people.missing import MissingError, get_case, history, set_status

    store = _store()
    try:
        if status is not None:
            set_status(store, case_id, status.value, actor=SETTINGS.user, on=on, source_id=source,
                       note=note, force=force)
        c = get_case(store, case_id)
        if c is None:
            raise MissingError(f"no missing-person case {case_id}")
    except MissingError as exc:
        raise _fail(str(exc), 1) from exc
    typer.echo(f"case {c.id} (person {c.person_id}): {c.status.value} since {c.status_date or '?'}")
    for h in history(store, case_id):
        typer.echo(f"  {h.date or '????-??-??'}  {h.status.value:<26} {h.note or ''}")


@missing_app.command("list")
def missing_list(
    longest: bool = typer.Option(False, "--longest", help="Still missing, longest first."),
    status: MissingStatus | None = typer.Option(None, "--status"),
    limit: int = typer.Option(100, "--limit"),
    fmt: Fmt = typer.Option(Fmt.table, "--format"),
) -> None:
    """Missing-person cases (with --longest: who has been missing longest)."""
    from gawahi.people.missing import list_cases

    rows = list_cases(_store(), longest=longest, status=status.value if status else None, limit=limit)
    if fmt == Fmt.json:
        _json([{"case": r.case.model_dump(mode="json", exclude={"last_seen_by", "notes"}),
                "name": r.name, "days_missing": r.days_missing, "next_hearing": r.next_hearing}
               for r in rows])
        return
    for r in rows:
        days = f"{r.days_missing:>6} days" if r.days_missing is not None else "   ? days"
        typer.echo(f"{r.case.id:>5}  {days}  {r.case.status.value:<24} {r.name}  "
                   f"(since {r.case.last_seen_date or '?'}; taken by {r.case.taken_by or '?'}"
                   f"{' (' + r.case.taken_by_basis + ')' if r.case.taken_by_basis else ''})"
                   + (f"  next hearing {r.next_hearing}" if r.next_hearing else ""))


@missing_app.command("petition")
def missing_petition(
    case_id: int = typer.Argument(..., help="Missing-person case id."),
    kind: str = typer.Option("habeas_corpus", "--kind", help="habeas_corpus, coied, human_rights_cell, bail, appeal, other"),
    forum: str | None = typer.Option(None, "--forum", help="Court or commission."),
    number: str | None = typer.Option(None, "--number"),
    filed: str | None = typer.Option(None, "--filed"),
    next_hearing: str | None = typer.Option(None, "--next-hearing"),
) -> None:
    """Record a petition (habeas corpus, COIED complaint ...) for a missing person."""
    from gawahi.people.missing import MissingError, add_petition

    try:
        pid = add_petition(_store(), actor=SETTINGS.user, kind=kind, missing_case_id=case_id,
                           forum=forum, number=number, filed=filed, next_hearing=next_hearing)
    except MissingError as exc:
        raise _fail(str(exc)) from exc
    typer.echo(f"petition {pid} recorded")


@missing_app.command("hearing")
def missing_hearing(
    petition_id: int = typer.Argument(...),
    on: str = typer.Option(..., "--date", help="Date of the hearing."),
    outcome: str | None = typer.Option(None, "--outcome"),
    next_date: str | None = typer.Option(None, "--next", help="Next hearing date."),
    status: str | None = typer.Option(None, "--status", help="New petition status (e.g. disposed)."),
) -> None:
    """Record a hearing; its next date becomes the petition's next hearing."""
    from gawahi.people.missing import MissingError, add_hearing

    try:
        hid = add_hearing(_store(), petition_id, actor=SETTINGS.user, on=on, outcome=outcome,
                          next_date=next_date, status=status)
    except MissingError as exc:
        raise _fail(str(exc)) from exc
    typer.echo(f"hearing {hid} recorded")


# --------------------------------------------------------------------------------------------
# case
# --------------------------------------------------------------------------------------------
@case_app.command("add")
def case_add(
    fir: str | None = typer.Option(None, "--fir", help="FIR number."),
    police_station: str | None = typer.Option(None, "--police-station"),
    section: list[str] = typer.Option([], "--section", help="e.g. 'PPC 295-C' (repeatable)."),
    accused: list[str] = typer.Option([], "--accused", help="NAME[:basis] or person:ID[:basis] (repeatable)."),
    incident: int | None = typer.Option(None, "--incident"),
    person: int | None = typer.Option(None, "--person", help="Person the case concerns."),
    court: str | None = typer.Option(None, "--court"),
    fir_date: str | None = typer.Option(None, "--fir-date"),
    source: int | None = typer.Option(None, "--source"),
) -> None:
    """Record a legal case (an FIR number records its first stage)."""
    from gawahi.people.cases import CaseError, add_case

    try:
        cid = add_case(_store(), actor=SETTINGS.user, fir_number=fir, police_station=police_station,
                       sections=section, accused=accused, incident_id=incident, person_id=person,
                       court=court, fir_date=fir_date, source_id=source)
    except CaseError as exc:
        raise _fail(str(exc)) from exc
    typer.echo(f"case {cid} recorded")


@case_app.command("stage")
def case_stage(
    case_id: int = typer.Argument(...),
    stage: CaseStage = typer.Argument(...),
    on: str | None = typer.Option(None, "--date"),
    detail: str | None = typer.Option(None, "--detail"),
    source: int | None = typer.Option(None, "--source"),
) -> None:
    """Record a stage (fir, arrest, charge, bail, trial, verdict, appeal, release)."""
    from gawahi.people.cases import CaseError, add_stage

    try:
        add_stage(_store(), case_id, stage.value, actor=SETTINGS.user, on=on, detail=detail,
                  source_id=source)
    except CaseError as exc:
        raise _fail(str(exc), 1) from exc
    typer.echo(f"case {case_id}: {stage.value}" + (f" on {on}" if on else ""))


@case_app.command("list")
def case_list(
    incident: int | None = typer.Option(None, "--incident"),
    section: str | None = typer.Option(None, "--section"),
    stage: CaseStage | None = typer.Option(None, "--stage"),
    fmt: Fmt = typer.Option(Fmt.table, "--format"),
) -> None:
    """Legal cases with their current stage."""
    from gawahi.people.cases import CaseError, list_cases

    try:
        cs = list_cases(_store(), incident_id=incident, section=section,
                        stage=stage.value if stage else None)
    except CaseError as exc:
        raise _fail(str(exc)) from exc
    if fmt == Fmt.json:
        _json([c.model_dump(mode="json", exclude={"accused", "notes"}) for c in cs])
        return
    for c in cs:
        typer.echo(f"{c.id:>5}  FIR {c.fir_number or '-'} ({c.police_station or '?'})  "
                   f"{', '.join(c.sections) or '-'}  stage {c.stage.value if c.stage else '-'}"
                   f" {c.stage_date or ''}  incident {c.incident_id or '-'}")


@case_app.command("show")
def case_show(case_id: int) -> None:
    """A case with every stage and the accused (with the basis of each accusation)."""
    from gawahi.people.cases import get_case

    v = get_case(_store(), case_id)
    if v is None:
        raise _fail(f"no legal case {case_id}", 1)
    c = v.case
    typer.echo(f"case {c.id}: FIR {c.fir_number or '-'} at {c.police_station or '?'}; "
               f"sections {', '.join(c.sections) or '-'}; court {c.court or '-'}; status {c.status}")
    for a in c.accused:
        who = a.get("name") or f"person {a.get('person_id')}"
        typer.echo(f"  accused: {who} ({a.get('basis')})")
    for e in v.events:
        typer.echo(f"  {e.date or '????-??-??'}  {e.stage.value:<8} {e.detail or ''}")


def register(app: typer.Typer) -> None:
    app.add_typer(person_app, name="person")
    app.add_typer(lists_app, name="lists")
    app.add_typer(linkage_app, name="linkage")
    app.add_typer(missing_app, name="missing")
    app.add_typer(case_app, name="case")
