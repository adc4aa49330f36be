"""Import as a background job: uploaded files and pasted URLs into the ingest service, then
the linker, with progress kept in the database (table `import_jobs`).

The request that starts an import only checks the items and writes every accepted upload into
the vault (content-addressed, fsynced) before the job row that names it is committed: from then
on nothing is lost, whatever happens to the process. A job runs in one background thread of the
server process; its row holds each item's state, messages and results, and is updated as it
goes, so the job page and GET /api/import/jobs/{id} show progress and survive a reload. A job
left `queued`, or `running` in a process that is gone, is resumed when the app starts: items
already finished are skipped, and ingesting an item again is harmless (sources are recognised
by their content hash).

The user who started a job, or an admin, can cancel it (`cancel_job`): a queued job is
cancelled at once; a running one is marked `cancelling` and its runner, which checks between
items, stops before the next one. Items not yet processed are marked `cancelled`; what was
imported before stays (sources, claims, audit entries), and the linking step is skipped.
"""

from __future__ import annotations

import logging
import os
import queue
import re
import socket
import tempfile
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, desc, insert, or_, select, update

from gawahi.extract.base import get_extractor
from gawahi.ingest.service import SUPPORTED_SUFFIXES, ItemResult, ingest
from gawahi.link.service import link
from gawahi.store.audit import now_iso
from gawahi.store.db import Store
from gawahi.store.schema import import_jobs
from gawahi.vault.cas import LocalVault, ObjectNotFound

log = logging.getLogger(__name__)

MAX_UPLOAD = 50 * 1024 * 1024
MAX_ITEMS = 500  # files and URLs in one import
# A running job whose process cannot be checked (another host) is taken over after this long
# without a heartbeat (every item and every record read updates it).
STALE_AFTER = timedelta(hours=1)
FINISHED = ("done", "failed", "cancelled")
CANCELLABLE = ("queued", "running")
ITEM_FINISHED = ("ok", "error")  # items processed (a cancelled item was not)
CANCELLED_ITEM = "not imported: the import was cancelled before it got to this item"
CUT_SHORT_ITEM = ("cut short: the import was cancelled and its process stopped while on this "
                  "item; import the file again to be sure all of it is in (what is in already "
                  "is recognised)")


def safe_name(name: str) -> str:
    base = Path(name or "upload").name
    base = re.sub(r"[^\w.\- ]", "_", base)[:120].strip() or "upload"
    return base


def _supported() -> str:
    return ", ".join(sorted(SUPPORTED_SUFFIXES))


@dataclass(frozen=True)
class Upload:
    name: str
    data: bytes


def _item(name: str, kind: str, *, state: str = "waiting", message: str = "",
          **extra: Any) -> dict[str, Any]:
    return {"name": name, "kind": kind, "state": state, "message": message, "results": [],
            "records": 0, "failed_records": 0, "claims": 0, **extra}


def check_items(vault_dir: Path, uploads: list[Upload], urls: list[str]) -> list[dict[str, Any]]:
    """Every item of a new import: accepted uploads written to the vault first (their SHA-256
    names them in the job), refused ones with a message saying what to do instead."""
    vault = LocalVault(vault_dir)
    items: list[dict[str, Any]] = []
    for up in uploads:
        fname = safe_name(up.name)
        if Path(fname).suffix.lower() not in SUPPORTED_SUFFIXES:
            items.append(_item(fname, "file", state="error", message=(
                f"not a supported file type: save it as one of {_supported()} and import it "
                "again")))
        elif len(up.data) > MAX_UPLOAD:
            items.append(_item(fname, "file", state="error", message=(
                f"larger than {MAX_UPLOAD // (1024 * 1024)} MiB: split it into smaller files")))
        elif not up.data:
            items.append(_item(fname, "file", state="error",
                               message="the file is empty: choose the file again"))
        else:
            items.append(_item(fname, "file", sha256=vault.put_bytes(up.data),
                               size=len(up.data)))
    for url in urls:
        if url.startswith(("http://", "https://")):
            items.append(_item(url[:2000], "url"))
        else:
            items.append(_item(url[:200], "url", state="error", message=(
                "only http:// and https:// addresses can be fetched: check the address, or "
                "save the document and upload the file")))
    return items


def create_job(store: Store, vault_dir: Path, uploads: list[Upload], urls: list[str], *,
               actor: str, do_link: bool) -> int:
    """A new job (its uploads already in the vault); the caller submits it to ImportJobs."""
    items = check_items(vault_dir, uploads, urls)
    now = now_iso()
    pending = any(i["state"] == "waiting" for i in items)
    with store.transaction() as conn:
        key = conn.execute(insert(import_jobs).values(
            created_by=actor, created_at=now, updated_at=now,
            status="queued" if pending else "done", finished_at=None if pending else now,
            do_link=1 if do_link else 0, total=len(items),
            done=sum(1 for i in items if i["state"] in ITEM_FINISHED), entries=items, errors=[],
        )).inserted_primary_key
    assert key is not None
    return int(key[0])


# -- reading ----------------------------------------------------------------------------------


def job_dict(row: Any) -> dict[str, Any]:
    """A job as the page and the API show it."""
    items = list(row["entries"] or [])
    return {
        "id": int(row["id"]),
        "status": row["status"],
        "finished": row["status"] in FINISHED,
        "cancellable": row["status"] in CANCELLABLE,
        "created_by": row["created_by"],
        "created_at": row["created_at"],
        "started_at": row["started_at"],
        "finished_at": row["finished_at"],
        "updated_at": row["updated_at"],
        "total": int(row["total"]),
        "done": int(row["done"]),
        "current": row["current"],
        "failed_items": sum(1 for i in items if i.get("state") == "error"),
        "cancelled_items": sum(1 for i in items if i.get("state") == "cancelled"),
        "claims": sum(int(i.get("claims") or 0) for i in items),
        "items": [{k: i.get(k) for k in ("name", "kind", "state", "message", "claims",
                                          "records", "failed_records", "results", "size")}
                  for i in items],
        "errors": list(row["errors"] or []),
        "linked": int(row["linked"]),
        "new_incidents": int(row["new_incidents"]),
    }


def get_job(conn: Connection, job_id: int) -> dict[str, Any] | None:
    row = conn.execute(select(import_jobs).where(import_jobs.c.id == job_id)).mappings().first()
    return job_dict(row) if row is not None else None


def recent_jobs(conn: Connection, username: str | None, limit: int = 10) -> list[dict[str, Any]]:
    """The newest jobs: of `username`, or everyone's when None."""
    q = select(import_jobs).order_by(desc(import_jobs.c.id)).limit(limit)
    if username is not None:
        q = q.where(import_jobs.c.created_by == username)
    return [job_dict(r) for r in conn.execute(q).mappings()]


# -- cancelling -------------------------------------------------------------------------------


def _cancel_items(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The items with every one not processed (waiting, or cut short while working) marked
    cancelled."""
    out = []
    for item in items:
        item = dict(item)
        if item.get("state") not in ITEM_FINISHED:
            cut = item.get("state") == "working"
            item.update(state="cancelled", message=CUT_SHORT_ITEM if cut else CANCELLED_ITEM)
        out.append(item)
    return out


def _cancel_note(items: list[dict[str, Any]], do_link: bool) -> str:
    imported = sum(1 for i in items if i.get("state") in ITEM_FINISHED)
    note = (f"cancelled: {sum(1 for i in items if i.get('state') == 'cancelled')} item(s) "
            f"not imported; the {imported} processed before stay imported")
    if do_link and any(i.get("claims") for i in items):
        note += (" (their claims are not linked yet: link them from the command line, gawahi "
                 "link, or with the next import)")
    return note


def cancel_job(store: Store, job_id: int) -> str | None:
    """Ask the job to stop; returns its status after the request (None: no such job). A
    queued job is cancelled at once (nothing of it was imported). A running one becomes
    `cancelling`: its runner stops before its next item and ends it `cancelled`, with the
    items it had not processed marked so; what it imported stays. A finished job is left as
    it is (its status is returned)."""
    for _attempt in range(3):  # a queued job may be taken by a runner meanwhile: look again
        with store.transaction() as conn:
            row = conn.execute(select(import_jobs).where(import_jobs.c.id == job_id)
                               ).mappings().first()
            if row is None:
                return None
            status = str(row["status"])
            if status == "queued":
                items = _cancel_items(list(row["entries"] or []))
                now = now_iso()
                errors = [*(row["errors"] or []), _cancel_note(items, bool(row["do_link"]))]
                taken = conn.execute(
                    update(import_jobs)
                    .where(import_jobs.c.id == job_id, import_jobs.c.status == "queued")
                    .values(status="cancelled", finished_at=now, updated_at=now, current=None,
                            entries=items, errors=errors)).rowcount
                if taken:
                    return "cancelled"
                continue
            if status == "running":
                taken = conn.execute(
                    update(import_jobs)
                    .where(import_jobs.c.id == job_id, import_jobs.c.status == "running")
                    .values(status="cancelling", updated_at=now_iso())).rowcount
                if taken:
                    return "cancelling"
                continue
            return status
    return None


# -- running ----------------------------------------------------------------------------------


def _owner() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"[:100]


def _result(r: ItemResult, tmp: str) -> dict[str, Any]:
    origin = r.origin
    if origin.startswith(tmp):  # an upload's temporary path: show its own name only
        head, sep, tail = origin.partition(" (")
        origin = Path(head).name + (sep + tail if sep else "")
    return {"origin": origin, "ok": r.ok, "message": _hint(r.message) if not r.ok else r.message,
            "source_id": r.source_id, "claims": r.claims}


# What a user can do about a failure the reader reports in its own terms.
HINTS = {
    "unreadable PDF": "the file is damaged or not really a PDF: open it in a PDF viewer, save "
    "or print it as a new PDF and upload that (or upload the text as a .txt file)",
}


def _hint(message: str) -> str:
    for start, hint in HINTS.items():
        if message.startswith(start) and hint not in message:
            return f"{message}: {hint}"
    return message


def _summary(item: dict[str, Any]) -> tuple[str, str]:
    """(state, message) of a finished item from its results."""
    results, n, bad = item["results"], item["records"], item["failed_records"]
    if not n:
        return "error", "nothing could be read from it"
    if n == 1:
        msg = results[0]["message"]
        if bad and item["kind"] == "url":
            msg += ": check the address, or save the document and upload the file"
        return ("error" if bad else "ok"), msg
    msg = f"{n - bad} of {n} records imported, {item['claims']} claim(s)"
    if bad:
        shown = [r["message"] for r in results if not r["ok"]][:5]
        msg += "; " + "; ".join(shown)
        if bad > len(shown):
            msg += f"; and {bad - len(shown)} more"
    return ("error" if bad else "ok"), msg


# Results kept per item (a JSONL file can hold thousands of records; the counts cover all).
MAX_RESULTS = 200


class JobRunner:
    """Runs one job, writing its progress to its row as it goes."""

    def __init__(self, store: Store, vault_dir: Path, job_id: int) -> None:
        self.store = store
        self.vault = LocalVault(vault_dir)
        self.job_id = job_id

    def _save(self, **values: Any) -> None:
        with self.store.transaction() as conn:
            conn.execute(update(import_jobs).where(import_jobs.c.id == self.job_id)
                         .values(updated_at=now_iso(), **values))

    def claim(self) -> dict[str, Any] | None:
        """Take the job if it is queued (another process may have taken it first)."""
        now = now_iso()
        with self.store.transaction() as conn:
            taken = conn.execute(
                update(import_jobs)
                .where(import_jobs.c.id == self.job_id, import_jobs.c.status == "queued")
                .values(status="running", owner=_owner(), updated_at=now)
            ).rowcount
            if not taken:
                return None
            row = conn.execute(select(import_jobs).where(import_jobs.c.id == self.job_id)
                               ).mappings().one()
            if row["started_at"] is None:
                conn.execute(update(import_jobs).where(import_jobs.c.id == self.job_id)
                             .values(started_at=now))
        return dict(row)

    def run(self) -> None:
        row = self.claim()
        if row is None:
            return
        try:
            self._run(row)
        except Exception as exc:  # the job fails with a message; the process goes on
            log.exception("import job %s failed", self.job_id)
            errors = list(row.get("errors") or []) + [
                f"the import stopped ({exc.__class__.__name__}: {exc}); the uploaded files "
                "are kept in the vault: import them again (items already imported are "
                "recognised)"]
            self._save(status="failed", finished_at=now_iso(), current=None, errors=errors)

    def _run(self, row: dict[str, Any]) -> None:
        items: list[dict[str, Any]] = [dict(i) for i in row["entries"]]
        actor = str(row["created_by"])
        errors: list[str] = list(row["errors"] or [])
        extractor = get_extractor("rules-en")
        done = sum(1 for i in items if i["state"] in ITEM_FINISHED)
        with tempfile.TemporaryDirectory(prefix="gawahi-upload-") as tmp:
            for n, item in enumerate(items):
                if item["state"] in ITEM_FINISHED:
                    continue
                if self.cancel_requested():  # between items: the one before is complete
                    self._cancelled(items, bool(row["do_link"]), errors, done)
                    return
                item.update(state="working", results=[], records=0, failed_records=0,
                            claims=0, message="")
                self._save(entries=items, current=item["name"], done=done)
                self._one(n, item, tmp, actor, extractor, items, done)
                done += 1
                self._save(entries=items, done=done)
        if self.cancel_requested():  # before linking: nothing left to import, so stop there
            self._cancelled(items, bool(row["do_link"]), errors, done)
            return
        linked = new = 0
        if row["do_link"] and any(i["claims"] for i in items):
            self._save(current="linking")
            try:
                lr = link(self.store, actor=actor)
                linked, new = lr.linked_existing, lr.new_incidents
            except Exception as exc:
                log.exception("linking after import job %s failed", self.job_id)
                errors.append(f"linking the new claims failed ({exc.__class__.__name__}: {exc}); "
                              "the imported sources and claims are kept: link them from the "
                              "command line (gawahi link) or import again")
        self._save(status="done", finished_at=now_iso(), current=None, errors=errors,
                   linked=linked, new_incidents=new, entries=items, done=done)

    def cancel_requested(self) -> bool:
        """Whether the job was asked to stop (cancel_job, from any process)."""
        with self.store.read() as conn:
            status = conn.execute(select(import_jobs.c.status)
                                  .where(import_jobs.c.id == self.job_id)).scalar()
        return status == "cancelling"

    def _cancelled(self, items: list[dict[str, Any]], do_link: bool, errors: list[str],
                   done: int) -> None:
        items[:] = _cancel_items(items)
        self._save(status="cancelled", finished_at=now_iso(), current=None, entries=items,
                   done=done, errors=[*errors, _cancel_note(items, do_link)])

    def _one(self, n: int, item: dict[str, Any], tmp: str, actor: str, extractor: Any,
             items: list[dict[str, Any]], done: int) -> None:
        try:
            if item["kind"] == "file":
                folder = Path(tmp) / str(n)
                folder.mkdir()
                path = folder / safe_name(item["name"])
                path.write_bytes(self.vault.get(item["sha256"]))
                target = str(path)
            else:
                target = item["name"]

            def on_item(r: ItemResult) -> None:
                item["records"] += 1
                item["failed_records"] += 0 if r.ok else 1
                item["claims"] += r.claims if r.ok else 0
                kept = item["results"]
                if len(kept) < MAX_RESULTS or (not r.ok and len(kept) < 2 * MAX_RESULTS):
                    kept.append(_result(r, tmp))
                if item["records"] % 20 == 0:  # long JSONL files: show records read
                    self._save(entries=items, done=done)

            ingest(self.store, self.vault, [target], actor=actor, extractor=extractor,
                   on_item=on_item)
            item["state"], item["message"] = _summary(item)
        except ObjectNotFound:
            item["state"] = "error"
            item["message"] = "the uploaded file is missing from the vault: upload it again"
        except Exception as exc:
            log.exception("import job %s: item %s failed", self.job_id, item["name"])
            item["state"] = "error"
            item["message"] = (f"could not be imported ({exc.__class__.__name__}: {exc}); "
                               "the file is kept in the vault: try again, or report this")


def _owner_gone(owner: str | None, updated_at: str) -> bool:
    host, _, pid = (owner or "").rpartition(":")
    if host == socket.gethostname() and pid.isdigit():
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
        return False
    try:
        seen = datetime.fromisoformat(updated_at.replace("Z", "+00:00"))
    except ValueError:
        return True
    return datetime.now(UTC) - seen > STALE_AFTER


class ImportJobs:
    """The server process's job queue: one background thread runs the jobs one at a time
    (imports write, and writes are serialised by the database anyway)."""

    def __init__(self, store: Store, vault_dir: Path) -> None:
        self.store = store
        self.vault_dir = vault_dir
        self._queue: queue.Queue[int] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def submit(self, job_id: int) -> None:
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._loop, name="gawahi-import",
                                                daemon=True)
                self._thread.start()
        self._queue.put(job_id)

    def _loop(self) -> None:
        while True:
            job_id = self._queue.get()
            try:
                JobRunner(self.store, self.vault_dir, job_id).run()
            except Exception:
                log.exception("import job %s could not be run", job_id)

    def resume(self) -> list[int]:
        """Queue again the jobs a stopped process left behind; returns their ids."""
        with self.store.read() as conn:
            rows = conn.execute(
                select(import_jobs.c.id, import_jobs.c.status, import_jobs.c.owner,
                       import_jobs.c.updated_at)
                .where(or_(import_jobs.c.status == "queued", import_jobs.c.status == "running",
                           import_jobs.c.status == "cancelling"))
                .order_by(import_jobs.c.id)
            ).all()
        ids = []
        for r in rows:
            if r.status == "cancelling":  # asked to stop, then its process stopped: end it
                if _owner_gone(r.owner, r.updated_at):
                    self._end_cancelled(int(r.id), str(r.owner))
                continue
            if r.status == "running":
                if not _owner_gone(r.owner, r.updated_at):
                    continue
                with self.store.transaction() as conn:
                    conn.execute(update(import_jobs).where(
                        import_jobs.c.id == r.id, import_jobs.c.status == "running",
                        import_jobs.c.owner == r.owner).values(status="queued"))
            ids.append(int(r.id))
            self.submit(int(r.id))
        return ids

    def _end_cancelled(self, job_id: int, owner: str) -> None:
        with self.store.transaction() as conn:
            row = conn.execute(select(import_jobs).where(import_jobs.c.id == job_id)
                               ).mappings().one()
            items = _cancel_items(list(row["entries"] or []))
            now = now_iso()
            conn.execute(update(import_jobs).where(
                import_jobs.c.id == job_id, import_jobs.c.status == "cancelling",
                import_jobs.c.owner == owner).values(
                status="cancelled", finished_at=now, updated_at=now, current=None,
                entries=items, done=sum(1 for i in items if i.get("state") in ITEM_FINISHED),
                errors=[*(row["errors"] or []), _cancel_note(items, bool(row["do_link"]))]))
