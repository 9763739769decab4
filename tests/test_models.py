"""The models: exact numbers in JSON, the fixed field names, and the provenance invariant
(every span slices the article text to its record's own text)."""

from __future__ import annotations

import json
from decimal import Decimal

import pydantic
import pytest

from factx.models import Article, DateRecord, Fund, Metric, Organization, Parsed, record_start


@pytest.mark.parametrize(
    ("value", "printed"),
    [
        ("137330000000", "137330000000"),
        ("1.3733E+11", "137330000000"),
        ("1373.3E8", "137330000000"),
        ("0.5", "0.5"),
        ("6.4", "6.4"),
        ("-122", "-122"),
        ("100.00", "100"),
        ("1" + "0" * 39, "1" + "0" * 39),  # a 40-digit whole value prints whole
        ("0", "0"),
        ("2.4E4", "24000"),
    ],
)
def test_whole_values_print_as_integers_and_others_as_decimals(value, printed):
    metric = Metric(subject="产值", value=Decimal(value), unit="元", raw="x", qualifier=None, period=None, span=(0, 1), evidence="x")
    assert json.loads(metric.model_dump_json(), parse_float=str, parse_int=str)["value"] == printed


def _metric(raw: str, span: tuple[int, int]) -> Metric:
    return Metric(subject=None, value=Decimal(1), unit="个", raw=raw, qualifier=None, period=None, span=span, evidence="")


def _article(text: str, *records) -> Article:
    return Article(source="-", article=1, title=None, reporters=[], ref_date=None, text=text, records=list(records))


@pytest.mark.parametrize(
    "record",
    [
        _metric("43个", (0, 3)),
        DateRecord(text="10月", start=None, end=None, span=(3, 6)),
        Fund(name="发展基金", size=None, span=(6, 10)),
        Organization(name="南开大学", kind="university", spans=[(10, 14)]),
        Organization(name="南开大学", kind="university", spans=[(10, 12)]),  # a short form: bounds only
    ],
)
def test_a_span_that_slices_its_record_is_accepted(record):
    _article("43个10月发展基金南开大学", record)


@pytest.mark.parametrize(
    "record",
    [
        _metric("43个", (1, 4)),
        _metric("43个", (0, 99)),
        DateRecord(text="10月", start=None, end=None, span=(2, 5)),
        Fund(name="发展基金", size=None, span=(5, 9)),
        Organization(name="南开大学", kind="university", spans=[(10, 15)]),
        Organization(name="南开大学", kind="university", spans=[(12, 12)]),
    ],
)
def test_a_span_that_misses_its_record_is_refused(record):
    with pytest.raises(pydantic.ValidationError):
        _article("43个10月发展基金南开大学", record)


def test_without_text_spans_are_not_checked():
    assert _article(None, _metric("43个", (5, 8))).text is None


@pytest.mark.parametrize(
    ("model", "fields"),
    [
        (Metric, ["type", "subject", "value", "value_max", "unit", "raw", "qualifier", "period", "span", "evidence"]),
        (Organization, ["type", "name", "kind", "spans"]),
        (DateRecord, ["type", "text", "start", "end", "span"]),
        (Fund, ["type", "name", "size", "span"]),
        (Parsed, ["input", "type", "value", "value_max", "unit", "qualifier", "start", "end"]),
    ],
)
def test_the_contract_fields_are_there_in_order(model, fields):
    assert list(model.model_json_schema()["properties"])[: len(fields)] == fields


@pytest.mark.parametrize(
    ("record", "start"),
    [(_metric("43个", (0, 3)), 0), (DateRecord(text="10月", start=None, end=None, span=(3, 6)), 3),
     (Organization(name="南开大学", kind=None, spans=[(10, 14), (20, 24)]), 10), (Fund(name="基金", size=None, span=(7, 9)), 7)],
)
def test_a_record_starts_at_its_first_span(record, start):
    assert record_start(record) == start


def test_records_refuse_unknown_fields_and_values():
    with pytest.raises(pydantic.ValidationError):
        Organization(name="x", kind="church", spans=[(0, 1)])
    with pytest.raises(pydantic.ValidationError):
        Metric(subject=None, value=1, unit="个", raw="x", qualifier="roughly", period=None, span=(0, 1), evidence="")
    with pytest.raises(pydantic.ValidationError):
        DateRecord(text="x", start=None, end=None, span=(0, 1), extra=1)
