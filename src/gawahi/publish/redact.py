"""The one redaction step. Every export path calls `public_record`; nothing else decides what
leaves the system. Driven by the sensitivity declared on each model field (model/records.py)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from gawahi.model.records import field_sensitivity
from gawahi.model.vocab import Sensitivity


def public_record(record: BaseModel, audience: Sensitivity = Sensitivity.PUBLIC) -> dict[str, Any]:
    """The record as a dict holding only fields cleared for `audience`."""
    allowed = {Sensitivity.PUBLIC}
    if audience in (Sensitivity.RESTRICTED, Sensitivity.CONFIDENTIAL):
        allowed.add(Sensitivity.RESTRICTED)
    if audience == Sensitivity.CONFIDENTIAL:
        allowed.add(Sensitivity.CONFIDENTIAL)
    levels = field_sensitivity(type(record))
    data = record.model_dump(mode="json")
    return {k: v for k, v in data.items() if levels.get(k, Sensitivity.PUBLIC) in allowed}
