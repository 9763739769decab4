"""The output contract (docs/records.md): the records, the article and a `factx parse` line.

These classes are the single source of truth. They are plain dataclasses so that a run
never imports pydantic: its import and building models from it were a quarter of every
start. `factx/schema.py` hands the same classes to pydantic, which reads their fields,
types and descriptions for the JSON Schema (`factx schema`) and validates output against
them (the tests run the seed page, the dev news and random text through it). What a run
can get wrong is checked here, when a record is made: the fixed vocabularies (kind,
qualifier) and the provenance invariant (every span slices the article text to the
record's own text), so a record can never point at the wrong characters.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal, localcontext
from typing import Annotated, Any, Literal, Union

from .numbers import EXACT
from .tables import ORG_KINDS, QUALIFIERS


def json_number(value: Decimal) -> int | float:
    """Whole numbers print as integers (137330000000, not 1.3733e11), however many digits."""
    with localcontext(EXACT):
        if value == value.to_integral_value():
            return int(value)
    return float(value)


class _AsJsonNumber:
    """What pydantic must know of a Number (read by schema.py, never by a run): it prints
    through json_number and is a number in the JSON Schema, not a decimal string."""

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        return {**handler(source), "serialization": core_schema.plain_serializer_function_ser_schema(json_number, when_used="json")}

    def __get_pydantic_json_schema__(self, schema: Any, handler: Any) -> dict[str, str]:
        return {"type": "number"}


class _TaggedByType:
    """Records are told apart by `type`: a discriminated union for pydantic (schema.py)."""

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic import Discriminator

        return Discriminator("type").__get_pydantic_core_schema__(source, handler)


Number = Annotated[Decimal, _AsJsonNumber()]
Span = tuple[int, int]
# The tables check their rows against the same tuples: one list of qualifiers and kinds.
Qualifier = Literal[QUALIFIERS]  # type: ignore[valid-type]
OrgKind = Literal[ORG_KINDS]  # type: ignore[valid-type]
# Read by pydantic (schema.py): no field beyond the contract's, in validation and in the schema.
CLOSED = {"extra": "forbid"}


def contract(*, frozen: bool) -> Any:
    """A class of the contract: fields by keyword (in the order printed, whichever have
    defaults), no attribute beyond them."""
    return dataclasses.dataclass(frozen=frozen, kw_only=True, slots=True)


def described(description: str, default: Any = dataclasses.MISSING, **constraints: Any) -> Any:
    """A field with its description and constraints (ge=1) for the JSON Schema and for
    validation: pydantic reads them from `metadata`."""
    return dataclasses.field(default=default, metadata={"description": description, **constraints})


def _in(value: str | None, allowed: tuple[str, ...], name: str) -> None:
    if value is not None and value not in allowed:
        raise ValueError(f"{name} {value!r} is none of {', '.join(allowed)}")


@contract(frozen=True)
class Metric:
    """A stated quantity of something: `value` is in base units (1373.3亿元 -> 137330000000 元)."""

    __pydantic_config__ = CLOSED
    type: Literal["metric"] = "metric"
    subject: str | None = described("Shortest phrase naming what is measured, as written.")
    value: Number | None = described("The value in base units; the low end of a range.")
    value_max: Number | None = described("High end of a range (3至5亿元), else null.", default=None)
    unit: str | None = described("Base unit once the multiplier is folded in: 元, %, 个, 平方米 ...")
    raw: str = described("The quantity as written, qualifier words included; equals text[span].")
    qualifier: Qualifier | None = described("null for an exact figure.")
    period: str | None = described("The time expression the figure belongs to, as written.")
    span: Span
    evidence: str = described("The sentence the figure stands in.")
    place: str | None = described(
        "The country, region or Chinese place whose figure it is, as written: the one the subject opens with"
        " (美国累计确诊病例), or, where the subject names none, that of the figure before it in the sentence"
        " (美国累计确诊病例超过3328万例，死亡病例超过59.5万例: 美国 for both); null otherwise.",
        default=None,
    )
    owner: str | None = described(
        "Where the subject names a measure alone (全长, 总投资, 面积), the thing it is the measure of, as written:"
        " the noun phrase the figure describes (总规模50亿元的产业引导基金), that its clause opens with, the things counted"
        " in the clause before (重点项目120个，总投资560亿元), or the one the nearest clause before opens with"
        " (宁远高速公路起于东岭镇，…，全长86公里); null otherwise.",
        default=None,
    )

    def __post_init__(self) -> None:
        _in(self.qualifier, QUALIFIERS, "qualifier")


@contract(frozen=True)
class Organization:
    """One distinct organisation per article, with the span of every mention."""

    __pydantic_config__ = CLOSED
    type: Literal["organization"] = "organization"
    name: str
    kind: OrgKind | None
    spans: list[Span] = described("Every mention; each slices the text to `name` or to a short form.")

    def __post_init__(self) -> None:
        _in(self.kind, ORG_KINDS, "kind")


@contract(frozen=True)
class DateRecord:
    """A calendar date, month, year or range, resolved to inclusive ISO dates."""

    __pydantic_config__ = CLOSED
    type: Literal["date"] = "date"
    text: str = described("The expression as written; equals text[span].")
    start: dt.date | None
    end: dt.date | None
    span: Span


@contract(frozen=True)
class FundSize:
    __pydantic_config__ = CLOSED
    value: Number | None
    unit: str | None
    raw: str
    qualifier: Qualifier | None

    def __post_init__(self) -> None:
        _in(self.qualifier, QUALIFIERS, "qualifier")


@contract(frozen=True)
class Fund:
    """A named fund and its stated size."""

    __pydantic_config__ = CLOSED
    type: Literal["fund"] = "fund"
    name: str
    size: FundSize | None
    span: Span


Record = Annotated[Union[Metric, Organization, DateRecord, Fund], _TaggedByType()]
RECORD_TYPES: tuple[str, ...] = ("metric", "organization", "date", "fund")


def record_start(record: Metric | Organization | DateRecord | Fund) -> int:
    return record.spans[0][0] if isinstance(record, Organization) else record.span[0]


@contract(frozen=True)
class Parsed:
    """`factx parse`: one expression normalized; `type` is null when nothing parsed."""

    __pydantic_config__ = CLOSED
    input: str = described("The expression as given.")
    type: Literal["number", "metric", "date"] | None
    value: Number | None = described("A number's or a metric's value in base units.")
    value_max: Number | None = described("High end of a range, else null.")
    unit: str | None = described("A metric's unit; null for a bare number.")
    qualifier: Qualifier | None
    start: dt.date | None = described("A date's first day.")
    end: dt.date | None = described("A date's last day.")


@contract(frozen=False)
class Article:
    """One article of a source, with its records in order of first appearance."""

    __pydantic_config__ = CLOSED
    source: str = described("The path as given, or '-' for standard input.")
    article: int = described("1-based position of the article in its source.", ge=1)
    title: str | None
    subtitle: str | None = described("Further heading lines (kicker or deck), if any.", default=None)
    reporters: list[str]
    ref_date: dt.date | None = described("Date relative expressions were resolved against; null when only its year is known.")
    ref_date_source: Literal["option", "text", "filename", "year"] | None = described(
        "Where ref_date came from; 'year' means only its year is known (ref_year).", default=None
    )
    ref_year: int | None = described("The year 今年 and 去年 were resolved against.", default=None)
    text: str | None = described("Normalized article text that every span indexes (null with --no-text).")
    records: list[Record]

    def __post_init__(self) -> None:
        if self.article < 1:
            raise ValueError(f"article {self.article} is not a 1-based position")
        if self.text is None:
            return
        for record in self.records:
            for span, expected in _provenance(record):
                start, end = span
                if not (0 <= start < end <= len(self.text)):
                    raise ValueError(f"span {span} outside the text of {record!r}")
                if expected is not None and self.text[start:end] != expected:
                    raise ValueError(f"span {span} slices {self.text[start:end]!r}, not {expected!r}")


def _provenance(record: Metric | Organization | DateRecord | Fund) -> list[tuple[Span, str | None]]:
    if isinstance(record, Metric):
        return [(record.span, record.raw)]
    if isinstance(record, DateRecord):
        return [(record.span, record.text)]
    if isinstance(record, Fund):
        return [(record.span, record.name)]
    # Organisation mentions may be a defined short form (赛恩斯), so only the bounds are checked.
    return [(span, None) for span in record.spans]


def as_json(value: Any) -> Any:
    """A model (or a list of them) as plain JSON values, fields in their order: numbers as
    json_number prints them, dates in ISO form, spans as lists."""
    if type(value) in _AS_IS:
        return value
    convert = _CONVERSIONS.get(type(value))
    if convert is not None:
        return convert(value)
    names = _FIELD_NAMES.get(type(value))
    if names is None:
        names = _FIELD_NAMES[type(value)] = tuple(field.name for field in dataclasses.fields(value))
    return {name: as_json(getattr(value, name)) for name in names}


_AS_IS = frozenset((str, int, float, bool, type(None)))
_CONVERSIONS: dict[type, Any] = {
    Decimal: json_number,
    dt.date: dt.date.isoformat,
    list: lambda items: [as_json(item) for item in items],
    tuple: list,  # spans: two integers
}
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
