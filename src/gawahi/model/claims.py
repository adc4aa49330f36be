"""The claim: what one source says about one incident, every field with its character span.

`ExtractedClaim` is the DESIGN.md extract interface (`gawahi extract --format jsonl`): its field
names are a public contract. Add fields freely; never rename or remove one.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from gawahi.model.vocab import AttributionBasis, DatePrecision, EventType, PlacePrecision

Span = tuple[int, int]


class _Value(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DateValue(_Value):
    edtf: str | None = None  # EDTF level 0/1: "2012-04-03", "2011-09", "2011-09-2X", "2012"
    earliest: str | None = None  # ISO day
    latest: str | None = None  # ISO day
    precision: DatePrecision = DatePrecision.UNKNOWN
    span: Span | None = None
    flags: list[str] = Field(default_factory=list)  # e.g. "ambiguous_numeric", "relative"


class LocationValue(_Value):
    name: str | None = None  # as the source spells it ("Mirali", "D.I. Khan")
    gazetteer_name: str | None = None  # the gazetteer's name for the same place ("Mir Ali"), when it differs
    admin2: str | None = None
    admin1: str | None = None
    admin1_code: str | None = None  # ISO 3166-2, e.g. PK-BA
    country: str | None = None  # ISO 3166-1 alpha-2
    lat: float | None = None
    lon: float | None = None
    precision: PlacePrecision = PlacePrecision.UNKNOWN
    span: Span | None = None


class CountValue(_Value):
    """A count as a range. Unknown bounds are null, never guessed ("up to 100" -> max=100)."""

    min: int | None = None
    max: int | None = None
    span: Span | None = None
    # How the figure was worded: exact, at_least, over, up_to, under, about, vague, none.
    qualifier: str | None = None

    @property
    def is_known(self) -> bool:
        return self.min is not None or self.max is not None

    def label(self) -> str | None:
        """The count as worded everywhere (CLI, web, disagreements): "84", "up to 100",
        "at least 30", "80-91"; None when the source gives no count."""
        return count_label(self.min, self.max)


def count_label(lo: int | None, hi: int | None) -> str | None:
    if lo is None and hi is None:
        return None
    if lo == hi:
        return str(lo)
    if lo is None:
        return f"up to {hi}"
    if hi is None:
        return f"at least {lo}"
    return f"{lo}-{hi}"


class PerpetratorValue(_Value):
    actor: str
    basis: AttributionBasis = AttributionBasis.ALLEGED
    span: Span | None = None
    alleged_by: str | None = None  # who makes the allegation ("police", "family"), when stated


class TargetValue(_Value):
    group: str
    span: Span | None = None


class OrganiserValue(_Value):
    """Who held a protest, as the text names it ("a sit-in by the X"): the protest's actor,
    kept apart from perpetrators, so a party or community group that protests a killing is
    never listed beside those accused of violence."""

    actor: str
    span: Span | None = None


class ExtractedClaim(BaseModel):
    """One claim as emitted by an extractor (the DESIGN.md JSONL schema)."""

    model_config = ConfigDict(extra="forbid")

    source: str
    claim: int = 0
    date: DateValue = Field(default_factory=DateValue)
    location: LocationValue = Field(default_factory=LocationValue)
    event_type: EventType = EventType.OTHER
    killed: CountValue = Field(default_factory=CountValue)
    injured: CountValue = Field(default_factory=CountValue)
    missing: CountValue = Field(default_factory=CountValue)
    abducted: CountValue = Field(default_factory=CountValue)
    attackers_killed: CountValue = Field(default_factory=CountValue)
    perpetrators: list[PerpetratorValue] = Field(default_factory=list)
    targets: list[TargetValue] = Field(default_factory=list)
    organisers: list[OrganiserValue] = Field(default_factory=list)  # of a protest
    characterisation: str | None = None  # e.g. "genocide", "sectarian violence", as worded
    text_span: Span | None = None  # the passage this claim was read from
    event_type_span: Span | None = None
    confidence: float = 0.0
    extractor: str = "unknown"
    extractor_version: str = "0"
    language: str = "en"

    def to_json_line(self) -> str:
        return self.model_dump_json()
