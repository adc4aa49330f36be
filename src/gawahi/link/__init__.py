"""Link stage: claims into incidents (blocking, scoring, explanation) and review decisions."""

from gawahi.link.consolidate import ClaimView, consolidate
from gawahi.link.service import (
    LinkReport,
    link,
    merge_incidents,
    recompute_incident,
    review_claim,
    set_incident_status,
    split_claim,
)

__all__ = [
    "ClaimView",
    "LinkReport",
    "consolidate",
    "link",
    "merge_incidents",
    "recompute_incident",
    "review_claim",
    "set_incident_status",
    "split_claim",
]
