"""Review decisions as the pages and the API take them: thin wrappers over gawahi.link.service
that turn its exceptions into HTTP errors. The reviewer is always the signed-in user."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import HTTPException
from pydantic import BaseModel, Field, ValidationError, field_validator

from gawahi.link.service import merge_incidents, review_claim, split_claim
from gawahi.model.claims import ExtractedClaim
from gawahi.model.vocab import EventType, ReviewStatus
from gawahi.store.claims import get_claim
from gawahi.web.core import Ctx


class ClaimEdits(BaseModel):
    """Fields a reviewer may correct; absent (None) means unchanged, "" clears a count."""

    event_type: EventType | None = None
    date_edtf: str | None = Field(None, max_length=32)
    date_earliest: str | None = Field(None, max_length=10)
    date_latest: str | None = Field(None, max_length=10)
    place: str | None = Field(None, max_length=200)
    killed_min: int | None = Field(None, ge=0, le=10_000_000)
    killed_max: int | None = Field(None, ge=0, le=10_000_000)
    injured_min: int | None = Field(None, ge=0, le=10_000_000)
    injured_max: int | None = Field(None, ge=0, le=10_000_000)
    characterisation: str | None = Field(None, max_length=500)

    @field_validator("date_earliest", "date_latest")
    @classmethod
    def _day(cls, v: str | None) -> str | None:
        # A calendar day (the form's pattern) or "" to clear: the linker compares them as
        # dates, and anything else would fail there (found by the schema test: "0").
        if v:
            try:
                date.fromisoformat(v)
            except ValueError:
                raise ValueError("a day as YYYY-MM-DD") from None
            if len(v) != 10:
                raise ValueError("a day as YYYY-MM-DD")
        return v


def edited_claim(original: ExtractedClaim, edits: ClaimEdits, clear: set[str]) -> ExtractedClaim:
    data = original.model_dump(mode="json")
    if edits.event_type is not None:
        data["event_type"] = edits.event_type.value
    for key, target in (("date_edtf", "edtf"), ("date_earliest", "earliest"),
                        ("date_latest", "latest")):
        v = getattr(edits, key)
        if v is not None:
            data["date"][target] = v or None
    if edits.place is not None:
        data["location"]["name"] = edits.place or None
    for count in ("killed", "injured"):
        for bound in ("min", "max"):
            key = f"{count}_{bound}"
            v = getattr(edits, key)
            if v is not None:
                data[count][bound] = v
            elif key in clear:
                data[count][bound] = None
    if edits.characterisation is not None:
        data["characterisation"] = edits.characterisation or None
    for count in ("killed", "injured"):
        lo, hi = data[count]["min"], data[count]["max"]
        if lo is not None and hi is not None and lo > hi:
            raise HTTPException(422, f"{count}: minimum is above maximum")
    try:
        return ExtractedClaim.model_validate(data)
    except ValidationError as exc:
        raise HTTPException(422, "edited claim is not valid: " + str(exc.errors()[0]["msg"])) from exc


def do_review(ctx: Ctx, claim_id: int, action: str, reason: str | None,
              edits: ClaimEdits | None = None, clear: set[str] | None = None) -> None:
    assert ctx.user is not None
    status = {"accept": ReviewStatus.CONFIRMED, "confirm": ReviewStatus.CONFIRMED,
              "edit": ReviewStatus.CONFIRMED, "reject": ReviewStatus.REJECTED}.get(action)
    if status is None:
        raise HTTPException(422, f"unknown review action {action!r}")
    new_data = None
    if action == "edit":
        with ctx.store.read() as conn:
            c = get_claim(conn, claim_id)
        if c is None:
            raise HTTPException(404, f"claim {claim_id} does not exist")
        new_data = edited_claim(c.data, edits or ClaimEdits.model_validate({}), clear or set())
    try:
        review_claim(ctx.store, claim_id, status, reviewer=ctx.user.username,
                     reason=reason or None, edits=new_data)
    except LookupError as exc:
        raise HTTPException(404, str(exc)) from exc


def do_merge(ctx: Ctx, keep: int, absorb: int, reason: str) -> None:
    assert ctx.user is not None
    try:
        merge_incidents(ctx.store, keep, absorb, reviewer=ctx.user.username, reason=reason)
    except LookupError as exc:
        raise HTTPException(404, str(exc)) from exc
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from exc


def do_split(ctx: Ctx, claim_id: int, reason: str) -> int:
    assert ctx.user is not None
    try:
        return split_claim(ctx.store, claim_id, reviewer=ctx.user.username, reason=reason)
    except LookupError as exc:
        raise HTTPException(404, str(exc)) from exc


def form_edits(form: dict[str, Any]) -> tuple[ClaimEdits, set[str]]:
    """Edits from an HTML form: empty count boxes clear the bound, other empty boxes keep."""
    values: dict[str, Any] = {}
    clear: set[str] = set()
    for name in ClaimEdits.model_fields:
        raw = form.get(name)
        if raw is None:
            continue
        raw = str(raw).strip()
        if name.endswith(("_min", "_max")):
            if raw == "":
                clear.add(name)
                continue
            try:
                values[name] = int(raw)
            except ValueError as exc:
                raise HTTPException(422, f"{name}: not a whole number") from exc
        elif raw != "" or name in ("characterisation",):
            values[name] = raw
    try:
        return ClaimEdits.model_validate(values), clear
    except ValidationError as exc:
        raise HTTPException(422, "not valid: " + str(exc.errors()[0]["msg"])) from exc
