"""Flat records: one row per record, the same columns for every type, the article in front.

This is the shape of `--flat`, `--format csv` and the `records` table of `--db`: a
table that pandas, a spreadsheet or a database takes as it is, where the article shape
needs a nested walk. A field that does not apply to a record's type is null.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from decimal import Decimal
from typing import Literal

from .models import (
    CLOSED,
    Article,
    DateRecord,
    Fund,
    Metric,
    Number,
    Organization,
    OrgKind,
    Qualifier,
    Record,
    Span,
    contract,
    described,
)


@contract(frozen=True)
class FlatRecord:
    """One record of one article, flattened. Which columns a type fills:
    metric: subject, value, value_max, unit, qualifier, period, evidence, place, owner;
    organization: name, kind; date: start, end; fund: name, size_*.
    Every type fills raw (the text at span_start..span_end) and spans."""

    __pydantic_config__ = CLOSED
    source: str = described("The input, as in the article shape.")
    article: int = described("1-based position of the article in its source.", ge=1)
    title: str | None
    ref_date: dt.date | None
    record: int = described("1-based position of the record in its article.", ge=1)
    type: Literal["metric", "organization", "date", "fund"]
    subject: str | None = None
    name: str | None = described("An organisation's or a fund's name.", default=None)
    kind: OrgKind | None = None
    value: Number | None = None
    value_max: Number | None = None
    unit: str | None = None
    raw: str = described("The text as written at the (first) span: a metric's raw, a date's text, a name.")
    qualifier: Qualifier | None = None
    period: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    size_value: Number | None = None
    size_unit: str | None = None
    size_raw: str | None = None
    size_qualifier: Qualifier | None = None
    span_start: int = described("Start of the (first) span in the article text, in code points.")
    span_end: int = described("End of the (first) span, exclusive.")
    spans: list[Span] = described("Every span: an organisation's mentions, one span for the other types.")
    evidence: str | None = described("A metric's sentence.", default=None)
    place: str | None = described("A metric's place (a country, region or Chinese place).", default=None)
    owner: str | None = described("What a metric's measure named alone (全长, 总投资) is of.", default=None)


COLUMNS: tuple[str, ...] = tuple(field.name for field in dataclasses.fields(FlatRecord))
METRIC_COLUMNS = ("subject", "place", "owner", "value", "value_max", "unit", "raw", "qualifier", "period", "evidence")


def flatten(article: Article) -> list[FlatRecord]:
    front = {"source": article.source, "article": article.article, "title": article.title, "ref_date": article.ref_date}
    return [
        FlatRecord(**front, record=number, **_fields(record, article.text))
        for number, record in enumerate(article.records, 1)
    ]


def _fields(record: Record, text: str | None) -> dict[str, object]:
    if isinstance(record, Metric):
        return {"type": "metric", **{column: getattr(record, column) for column in METRIC_COLUMNS}, **_spans([record.span])}
    if isinstance(record, DateRecord):
        return {"type": "date", "raw": record.text, "start": record.start, "end": record.end, **_spans([record.span])}
    if isinstance(record, Fund):
        size = record.size
        sized = {} if size is None else {
            "size_value": size.value, "size_unit": size.unit, "size_raw": size.raw, "size_qualifier": size.qualifier
        }
        return {"type": "fund", "name": record.name, "raw": record.name, **sized, **_spans([record.span])}
    assert isinstance(record, Organization)
    # The first mention may be a short form (赛恩斯 before its full name is repeated): raw is what it says.
    (start, end), *_ = record.spans
    raw = text[start:end] if text is not None else record.name
    return {"type": "organization", "name": record.name, "kind": record.kind, "raw": raw, **_spans(record.spans)}


def _spans(spans: list[Span]) -> dict[str, object]:
    return {"span_start": spans[0][0], "span_end": spans[0][1], "spans": spans}


def cells(row: FlatRecord) -> list[str]:
    """A row as CSV cells: exact decimals (no exponent, no float rounding), ISO dates,
    spans as JSON text, and an empty cell for null."""
    return [_cell(getattr(row, column)) for column in COLUMNS]


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return _plain(value)
    if isinstance(value, list):
        return json.dumps(value, separators=(",", ":"))
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _plain(value: Decimal) -> str:
    """137330000000, 0.5, -1.25: positional notation whatever the exponent Decimal holds."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text
