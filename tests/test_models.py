"""The models: exact numbers in JSON, the fixed field names, and the provenance invariant
(every span slices the article text to its record's own text), both where a run makes a
record and where pydantic validates a printed line against the contract (factx.schema)."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from decimal import Decimal

import jsonschema
import pydantic
import pytest

from factx import extract_text
from factx.models import (
    Article,
    DateRecord,
    Fund,
    Metric,
    Organization,
    Parsed,
    as_json,
    record_start,
)
from factx.output import dumps
from factx.schema import adapter, json_schema, validate_line

from .conftest import ROOT, SHARED_DEV, load_jsonl


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
    assert json.loads(dumps(metric), parse_float=str, parse_int=str)["value"] == printed
    assert json.loads(dumps(metric, ascii=True), parse_float=str, parse_int=str)["value"] == printed


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
    with pytest.raises(ValueError, match="span"):
        _article("43个10月发展基金南开大学", record)
    line = dumps(_article("43个10月发展基金南开大学"))
    printed = json.loads(line) | {"records": [as_json(record)]}
    with pytest.raises(pydantic.ValidationError, match="span"):
        validate_line(json.dumps(printed, ensure_ascii=False))


def test_a_printed_article_validates_back_to_itself():
    article = _article("43个10月发展基金南开大学", _metric("43个", (0, 3)), DateRecord(text="10月", start=None, end=None, span=(3, 6)))
    assert validate_line(dumps(article)) == article


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
    assert [field.name for field in dataclasses.fields(model)][: len(fields)] == fields
    shape = "parse" if model is Parsed else "article"
    schema = json_schema(shape)
    properties = schema["properties"] if model is Parsed else schema["$defs"][model.__name__]["properties"]
    assert list(properties)[: len(fields)] == fields


@pytest.mark.parametrize(
    ("record", "start"),
    [(_metric("43个", (0, 3)), 0), (DateRecord(text="10月", start=None, end=None, span=(3, 6)), 3),
     (Organization(name="南开大学", kind=None, spans=[(10, 14), (20, 24)]), 10), (Fund(name="基金", size=None, span=(7, 9)), 7)],
)
def test_a_record_starts_at_its_first_span(record, start):
    assert record_start(record) == start


def test_records_refuse_unknown_fields_and_values():
    with pytest.raises(ValueError, match="church"):
        Organization(name="x", kind="church", spans=[(0, 1)])
    with pytest.raises(ValueError, match="roughly"):
        Metric(subject=None, value=1, unit="个", raw="x", qualifier="roughly", period=None, span=(0, 1), evidence="")
    with pytest.raises(TypeError, match="extra"):
        DateRecord(text="x", start=None, end=None, span=(0, 1), extra=1)
    with pytest.raises(ValueError, match="1-based"):
        Article(source="-", article=0, title=None, reporters=[], ref_date=None, text="", records=[])


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"kind": "church"}, "kind"),
        ({"extra": 1}, "extra"),
        ({"spans": "none"}, "spans"),
        ({"type": "person"}, "type"),
    ],
)
def test_pydantic_refuses_what_the_contract_does_not_allow(change, error):
    printed = json.loads(dumps(_article("南开大学", Organization(name="南开大学", kind="university", spans=[(0, 4)]))))
    printed["records"][0] |= change
    with pytest.raises(pydantic.ValidationError, match=error):
        validate_line(json.dumps(printed, ensure_ascii=False))


def _printed_lines() -> list[str]:
    """What factx prints: the committed seed page output and the dev news texts extracted."""
    lines = (ROOT / "examples" / "seed.jsonl").read_text(encoding="utf-8").splitlines()
    for name in ("news.jsonl", "news3.jsonl"):
        if (SHARED_DEV / name).exists():
            for document in load_jsonl(SHARED_DEV / name):
                lines += [dumps(article) for article in extract_text(document["text"], document.get("ref_date"))]
    return lines


def test_every_printed_line_is_valid_and_pydantic_reads_it_back_to_the_same_line():
    """The run never imports pydantic, so pydantic checks here what it prints: each line holds
    to the contract, and what pydantic reads from it prints back byte for byte."""
    lines = _printed_lines()
    # The seed page's 7 articles, and the dev news where ../shared is beside the clone.
    assert len(lines) > 7 or not (SHARED_DEV / "news.jsonl").exists()
    for line in lines:
        article = validate_line(line)
        assert dumps(article) == line
        assert adapter("article").dump_json(article).decode() == line


@pytest.mark.parametrize("flags", [[], ["--flat"]], ids=["article", "flat"])
def test_the_run_imports_no_pydantic(flags):
    code = "import sys; from factx.cli import main; main(['extract', *sys.argv[1:], '-'], standalone_mode=False); " \
           "assert 'pydantic' not in sys.modules, 'pydantic imported'"
    result = subprocess.run([sys.executable, "-c", code, *flags], input="全市新开工项目43个，总投资达120亿元。", capture_output=True,
                            text=True, encoding="utf-8", check=False)
    assert result.returncode == 0, result.stderr
    assert "120亿元" in result.stdout


@pytest.mark.parametrize("shape", ["article", "flat", "parse"])
def test_the_committed_schema_is_current(shape):
    committed = (ROOT / "schema" / f"{shape}.schema.json").read_text(encoding="utf-8")
    assert committed == json.dumps(json_schema(shape), ensure_ascii=False, indent=2) + "\n", (
        f"regenerate: factx schema{'' if shape == 'article' else ' --' + shape} > schema/{shape}.schema.json"
    )


def test_the_example_output_holds_to_the_committed_schema():
    schema = json.loads((ROOT / "schema" / "article.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    for line in (ROOT / "examples" / "seed.jsonl").read_text(encoding="utf-8").splitlines():
        validator.validate(json.loads(line))
