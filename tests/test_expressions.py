"""`factx parse`: one expression at a time, every written form of a number, and the command."""

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from factx.cli import main
from factx.expressions import parse_expression, parse_value
from factx.output import dumps

from .conftest import ROOT

# Bare numbers, by form: (input, value)
NUMBER_FORMS = [
    ("两千三百五", 2350),
    ("负三十二", -32),
    ("肆拾肆", 44),
    ("倆千两百贰拾二", 2222),
    ("四千230", 4230),
    ("1百01", 101),
    ("三又四分之一", 3.25),
    ("16分之5", 0.3125),
    ("二分 之一", 0.5),
    ("负3 分  之 负一百五十七", 52.333333),
    ("4 6/3", 6),
    ("16/5", 3.2),
    ("2^5", 32),
    ("-12e-1", -1.2),
    ("100K", 100000),
    ("3M", 3000000),
    ("一打", 12),
    ("五十打", 600),
    ("一双", 2),
    ("半百", 50),
    ("五百 余万", 5000000),
    ("一千五百零几万", 15000000),
    ("二个", 2),
    ("三百 五又三分之一", 350.333333),
]
# Whole expressions: (input, type, value, unit, qualifier, start, end) with ref 2020-10-14.
EXPRESSIONS = [
    ("1373.3亿元", "metric", 137330000000, "元", None, None, None),
    ("超20亿元", "metric", 2000000000, "元", "more_than", None, None),
    ("2.4万余条", "metric", 24000, "条", "more_than", None, None),
    ("百分之八十", "metric", 80, "%", None, None, None),
    ("百 分之 2.4", "metric", 2.4, "%", None, None, None),
    ("六 个 百 分点", "metric", 6, "个百分点", None, None, None),
    ("壹拾壹元整", "metric", 11, "元", None, None, None),
    ("今年1-8月", "date", None, None, None, "2020-01-01", "2020-08-31"),
    ("10月下旬", "date", None, None, None, "2020-10-21", "2020-10-31"),
    ("  2019年  ", "date", None, None, None, "2019-01-01", "2019-12-31"),
]
# Several figures in one phrase: no one of them is the expression's value.
NOTHING = ["", "   ", "abc", "科学城", "??", "投资3亿元，增长5%", "2019年和2020年"]
# A phrase around exactly one figure gives that figure, read in its context: (phrase, type, value or start, unit)
ONE_FIGURE = [
    ("产值达1373.3亿元", "metric", 137330000000, "元"),
    ("今年1-8月产值达1373.3亿元", "metric", 137330000000, "元"),  # the date is the figure's period
    ("以每股1.95港元", "metric", 1.95, "港元"),
    ("奖池金额攀升至36.57亿元。", "metric", 3657000000, "元"),
    ("东芝重组另需1万亿日元", "metric", 1000000000000, "日元"),
    ("截至去年年底", "date", "2019-12-01", None),
    ("销量增长超两成", "metric", 20, "%"),
    ("全市新增企业300家", "metric", 300, "家"),
    ("占全国的百分之八十", "metric", 80, "%"),
    ("预计下个月中旬完成", "date", "2020-11-11", None),
    ("约合人民币5亿元", "metric", 500000000, "元"),
]


@pytest.mark.parametrize("text,value", NUMBER_FORMS, ids=[row[0] for row in NUMBER_FORMS])
def test_number_forms(text, value):
    assert float(parse_value(text)) == pytest.approx(value, rel=1e-6)


@pytest.mark.parametrize("text,kind,value,unit,qualifier,start,end", EXPRESSIONS, ids=[row[0] for row in EXPRESSIONS])
def test_expressions(text, kind, value, unit, qualifier, start, end):
    parsed = json.loads(dumps(parse_expression(text, "2020-10-14")))
    assert (parsed["input"], parsed["type"], parsed["unit"], parsed["qualifier"]) == (text, kind, unit, qualifier)
    assert parsed["value"] == pytest.approx(value) if value is not None else parsed["value"] is None
    assert (parsed["start"], parsed["end"]) == (start, end)


@pytest.mark.parametrize("text", NOTHING)
def test_nothing_parses_but_a_line_comes_back(text):
    parsed = parse_expression(text)
    assert parsed.type is None and parsed.input == text and parsed.value is None


@pytest.mark.parametrize("text,kind,value,unit", ONE_FIGURE, ids=[row[0] for row in ONE_FIGURE])
def test_a_phrase_around_one_figure_gives_that_figure(text, kind, value, unit):
    parsed = parse_expression(text, "2020-10-14")
    assert parsed.type == kind and parsed.input == text
    if kind == "date":
        assert parsed.start.isoformat() == value
    else:
        assert float(parsed.value) == pytest.approx(value) and parsed.unit == unit


def test_parse_command_keeps_one_line_per_input_line_in_order():
    result = CliRunner().invoke(main, ["parse", "--ref-date", "2020-10-14"], input="1373.3亿元\n\nabc\n今年1-8月\r\n")
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["input"] for line in lines] == ["1373.3亿元", "", "abc", "今年1-8月"]
    assert [line["type"] for line in lines] == ["metric", None, None, "date"]


def test_parse_command_takes_arguments_and_a_real_pipe():
    command = [sys.executable, "-m", "factx", "parse", "两千三百五", "超20亿元"]
    done = subprocess.run(command, capture_output=True, cwd=ROOT, check=True)
    lines = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [(line["type"], line["value"]) for line in lines] == [("number", 2350), ("metric", 2000000000)]
    assert done.stderr == b""


def test_parse_schema_is_printed():
    result = CliRunner().invoke(main, ["schema", "--parse"])
    assert set(json.loads(result.stdout)["properties"]) == {"input", "type", "value", "value_max", "unit", "qualifier", "start", "end"}
