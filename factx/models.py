"""The output contract (docs/records.md) as pydantic models.

These models are the single source of truth: `factx extract` serialises them,
`factx schema` prints their JSON Schema, and the Article validator enforces
the provenance invariant (every span slices the article text to the record's
own text) so a record can never point at the wrong characters.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, localcontext
from typing import Annotated, Literal, Union

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    WithJsonSchema,
    model_validator,
)

from .numbers import EXACT
from .tables import ORG_KINDS, QUALIFIERS


def _json_number(value: Decimal) -> int | float:
    """Whole numbers print as integers (137330000000, not 1.3733e11), however many digits."""
    with localcontext(EXACT):
        if value == value.to_integral_value():
            return int(value)
    return float(value)


Number = Annotated[
    Decimal,
    PlainSerializer(_json_number, when_used="json"),
    WithJsonSchema({"type": "number"}),
]
Span = tuple[int, int]
# The tables check their rows against the same tuples: one list of qualifiers and kinds.
Qualifier = Literal[QUALIFIERS]  # type: ignore[valid-type]
OrgKind = Literal[ORG_KINDS]  # type: ignore[valid-type]


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Metric(_Record):
    """A stated quantity of something: `value` is in base units (1373.3亿元 -> 137330000000 元)."""

    type: Literal["metric"] = "metric"
    subject: str | None = Field(description="Shortest phrase naming what is measured, as written.")
    value: Number | None = Field(description="The value in base units; the low end of a range.")
    value_max: Number | None = Field(default=None, description="High end of a range (3至5亿元), else null.")
    unit: str | None = Field(description="Base unit once the multiplier is folded in: 元, %, 个, 平方米 ...")
    raw: str = Field(description="The quantity as written, qualifier words included; equals text[span].")
    qualifier: Qualifier | None = Field(description="null for an exact figure.")
    period: str | None = Field(description="The time expression the figure belongs to, as written.")
    span: Span
    evidence: str = Field(description="The sentence the figure stands in.")
    place: str | None = Field(
        default=None,
        description="The country, region or Chinese place whose figure it is, as written: the one the subject opens with"
        " (美国累计确诊病例), or, where the subject names none, that of the figure before it in the sentence"
        " (美国累计确诊病例超过3328万例，死亡病例超过59.5万例: 美国 for both); null otherwise.",
    )
    owner: str | None = Field(
        default=None,
        description="Where the subject names a measure alone (全长, 总投资, 面积), the thing it is the measure of, as written:"
        " the noun phrase the figure describes (总规模50亿元的产业引导基金), that its clause opens with, the things counted"
        " in the clause before (重点项目120个，总投资560亿元), or the one the nearest clause before opens with"
        " (宁远高速公路起于东岭镇，…，全长86公里); null otherwise.",
    )


class Organization(_Record):
    """One distinct organisation per article, with the span of every mention."""

    type: Literal["organization"] = "organization"
    name: str
    kind: OrgKind | None
    spans: list[Span] = Field(description="Every mention; each slices the text to `name` or to a short form.")


class DateRecord(_Record):
    """A calendar date, month, year or range, resolved to inclusive ISO dates."""

    type: Literal["date"] = "date"
    text: str = Field(description="The expression as written; equals text[span].")
    start: dt.date | None
    end: dt.date | None
    span: Span


class FundSize(_Record):
    value: Number | None
    unit: str | None
    raw: str
    qualifier: Qualifier | None


class Fund(_Record):
    """A named fund and its stated size."""

    type: Literal["fund"] = "fund"
    name: str
    size: FundSize | None
    span: Span


Record = Annotated[Union[Metric, Organization, DateRecord, Fund], Field(discriminator="type")]
RECORD_TYPES: tuple[str, ...] = ("metric", "organization", "date", "fund")


def record_start(record: Metric | Organization | DateRecord | Fund) -> int:
    return record.spans[0][0] if isinstance(record, Organization) else record.span[0]


class Parsed(BaseModel):
    """`factx parse`: one expression normalized; `type` is null when nothing parsed."""

    # Built on first use: `factx extract` never makes one, and building it costs every start.
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    input: str = Field(description="The expression as given.")
    type: Literal["number", "metric", "date"] | None
    value: Number | None = Field(description="A number's or a metric's value in base units.")
    value_max: Number | None = Field(description="High end of a range, else null.")
    unit: str | None = Field(description="A metric's unit; null for a bare number.")
    qualifier: Qualifier | None
    start: dt.date | None = Field(description="A date's first day.")
    end: dt.date | None = Field(description="A date's last day.")


class Article(BaseModel):
    """One article of a source, with its records in order of first appearance."""

    model_config = ConfigDict(extra="forbid")

    source: str = Field(description="The path as given, or '-' for standard input.")
    article: int = Field(ge=1, description="1-based position of the article in its source.")
    title: str | None
    subtitle: str | None = Field(default=None, description="Further heading lines (kicker or deck), if any.")
    reporters: list[str]
    ref_date: dt.date | None = Field(description="Date relative expressions were resolved against; null when only its year is known.")
    ref_date_source: Literal["option", "text", "filename", "year"] | None = Field(
        default=None, description="Where ref_date came from; 'year' means only its year is known (ref_year)."
    )
    ref_year: int | None = Field(default=None, description="The year 今年 and 去年 were resolved against.")
    text: str | None = Field(description="Normalized article text that every span indexes (null with --no-text).")
    records: list[Record]

    @model_validator(mode="after")
    def _spans_index_text(self) -> "Article":
        if self.text is None:
            return self
        for record in self.records:
            for span, expected in _provenance(record):
                start, end = span
                if not (0 <= start < end <= len(self.text)):
                    raise ValueError(f"span {span} outside the text of {record!r}")
                if expected is not None and self.text[start:end] != expected:
                    raise ValueError(f"span {span} slices {self.text[start:end]!r}, not {expected!r}")
        return self


def _provenance(record: Metric | Organization | DateRecord | Fund) -> list[tuple[Span, str | None]]:
    if isinstance(record, Metric):
        return [(record.span, record.raw)]
    if isinstance(record, DateRecord):
        return [(record.span, record.text)]
    if isinstance(record, Fund):
        return [(record.span, record.name)]
    # Organisation mentions may be a defined short form (赛恩斯), so only the bounds are checked.
    return [(span, None) for span in record.spans]
