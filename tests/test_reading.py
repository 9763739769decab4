"""Traditional script: read through traditional.tsv, printed as written."""

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from factx import extract_text, parse_expression
from factx.cli import main
from factx.models import as_json
from factx.reading import reading_copy, simplified
from factx.tables import TRADITIONAL, load_traditional

REF = dt.date(2021, 6, 14)

# (traditional text, type, as written, value or start, unit or end): each record's strings
# come from the text as written, its values are what the simplified text gives.
TRADITIONAL_RECORDS = [
    ("本報訊 全市生產總值達到兩千萬元。", "metric", "兩千萬元", 20000000, "元"),
    ("居民收入增長三個百分點。", "metric", "三個百分點", 3, "个百分点"),
    ("今年出口額超過五成。", "metric", "超過五成", 50, "%"),
    ("該項目總投資約300億元。", "metric", "約300億元", 30000000000, "元"),
    ("新增企業500餘家。", "metric", "500餘家", 500, "家"),
    ("誤差控制在3%以內。", "metric", "3%以內", 3, "%"),
    ("香港市民獲得港幣5000元補貼。", "metric", "港幣5000元", 5000, "港元"),
    ("全程長達20英裏。", "metric", "20英裏", 20, "英里"),
    ("佔比為萬分之五。", "metric", "萬分之五", 0.05, "%"),
    ("這個月二十號舉行。", "date", "這個月二十號", "2021-06-20", "2021-06-20"),
    ("國慶節前完成。", "date", "國慶節", "2021-10-01", "2021-10-01"),
    ("後天出發。", "date", "後天", "2021-06-16", "2021-06-16"),
    ("過去一年，產值增長。", "date", "過去一年", "2020-01-01", "2020-12-31"),
    ("上個季度的數據。", "date", "上個季度", "2021-01-01", "2021-03-31"),
    ("下個半年的計劃。", "date", "下個半年", "2021-07-01", "2021-12-31"),
    ("下個月二十號開幕。", "date", "下個月二十號", "2021-07-20", "2021-07-20"),
    ("融資超過20億元。", "metric", "超過20億元", 2000000000, "元"),
    ("面積約500平方米。", "metric", "約500平方米", 500, "平方米"),
    ("起碼三蚊零四。", "metric", "起碼三蚊零四", 3.04, "元"),
    ("佔萬分之肆。", "metric", "萬分之肆", 0.04, "%"),
]


@pytest.mark.parametrize("text,kind,written,first,second", TRADITIONAL_RECORDS, ids=[row[2] for row in TRADITIONAL_RECORDS])
def test_traditional_text_is_read_and_printed_as_written(text, kind, written, first, second):
    records = [record for article in extract_text(text, REF) for record in article.records if record.type == kind]
    found = next((record for record in records if (record.raw if kind == "metric" else record.text) == written), None)
    assert found is not None, as_json(records)
    if kind == "metric":
        assert (float(found.value), found.unit) == (pytest.approx(first), second)
        assert text[found.span[0] : found.span[1]] == written and found.evidence in text
    else:
        assert (found.start.isoformat(), found.end.isoformat()) == (first, second)


def test_subjects_periods_and_names_are_sliced_from_the_text_as_written():
    text = "本報訊 今年1-8月，西部（重慶）科學城戰略性新興企業產值達1373.3億元。國家發展和改革委員會表示，設立總規模300億元的雙城經濟圈發展基金。"
    records = [record for article in extract_text(text, "2020-10-14") for record in article.records]
    metric = next(record for record in records if record.type == "metric" and record.raw == "1373.3億元")
    assert metric.subject in text and "產值" in metric.subject
    assert metric.period == "今年1-8月"
    fund = next(record for record in records if record.type == "fund")
    assert fund.name in text and fund.size.raw == "300億元"
    for record in records:
        if record.type == "organization":
            assert record.name in text


# Simplified text must come through untouched, even where a character is also traditional-looking.
SIMPLIFIED = ["著名企业", "乾隆年间", "于是", "凭藉", "明了", "什么", "发展", "后来", "钟表", "干部"]


@pytest.mark.parametrize("text", SIMPLIFIED)
def test_simplified_text_is_the_very_same_string(text):
    assert simplified(text) is text


def test_the_table_is_one_character_for_one_and_never_maps_a_simplified_character():
    assert len(TRADITIONAL) > 4000
    simplified_forms = set(TRADITIONAL.values())
    assert all(len(key) == 1 and len(value) == 1 and key not in simplified_forms for key, value in TRADITIONAL.items())
    assert load_traditional() == TRADITIONAL


# factx parse reads traditional input too: (expression, type, value or start, unit)
PARSED = [
    ("兩千萬元", "metric", 20000000, "元"),
    ("三個百分點", "metric", 3, "个百分点"),
    ("參萬肆仟伍佰陸拾柒", "number", 34567, None),
    ("倆千两百贰拾二", "number", 2222, None),
    ("一雙", "number", 2, None),
    ("這個月二十號", "date", "2021-06-20", None),
]


@pytest.mark.parametrize("expression,kind,value,unit", PARSED, ids=[row[0] for row in PARSED])
def test_parse_reads_traditional_expressions(expression, kind, value, unit):
    parsed = parse_expression(expression, REF)
    assert parsed.input == expression and parsed.type == kind
    if kind == "date":
        assert parsed.start.isoformat() == value
    else:
        assert float(parsed.value) == value and parsed.unit == unit


def test_the_command_prints_traditional_text_as_written():
    result = CliRunner().invoke(main, ["extract", "--ref-date", "2021-06-14", "-"], input="全市生產總值達到兩千萬元。\n")
    article = json.loads(result.stdout)
    assert article["text"] == "全市生產總值達到兩千萬元。"
    assert [record["raw"] for record in article["records"] if record["type"] == "metric"] == ["兩千萬元"]


# Figures a printed page spaced out are read closed up and printed as written:
# (text, raw as written, value, unit)
SPACED_FIGURES = [
    ("占比达百 分之 2。", "百 分之 2", 2, "%"),
    ("增长六   个 百 分点。", "六   个 百 分点", 6, "个百分点"),
    ("增速为２．４   个百分 点。", "２．４   个百分 点", 2.4, "个百分点"),
    ("比重达百 分 之 一 百二 十点 五。", "百 分 之 一 百二 十点 五", 120.5, "%"),
    ("上涨七成 六。", "七成 六", 76, "%"),
    ("增长一 百 五 十 個 百 分 點。", "一 百 五 十 個 百 分 點", 150, "个百分点"),
    ("回落0.5 个百分点。", "0.5 个百分点", 0.5, "个百分点"),
    ("占全国的三 成。", "三 成", 30, "%"),
    ("利率下调百分之 1.5。", "百分之 1.5", 1.5, "%"),
    ("新建学校十二 个。", "十二 个", 12, "个"),
    ("降低　２　个百分点。", "２ 个百分点", 2, "个百分点"),  # the article text has U+3000 as a space
]
# Near misses: spaces between two Arabic numbers, or around no figure, stay where they are.
SPACED_NEAR_MISSES = ["第1 2 3名", "编号 2 0 1 9", "一 二 三 四", "今年 1-8 月产值", "100 200 300", "共 三 家"]


@pytest.mark.parametrize("text,raw,value,unit", SPACED_FIGURES, ids=[row[1] for row in SPACED_FIGURES])
def test_spaced_out_figures_are_read_and_printed_as_written(text, raw, value, unit):
    article = extract_text(text, REF)[0]
    found = [(m.raw, float(m.value), m.unit) for m in article.records if m.type == "metric"]
    assert (raw, pytest.approx(value), unit) in found, found
    metric = next(m for m in article.records if m.type == "metric" and m.raw == raw)
    assert article.text[metric.span[0] : metric.span[1]] == raw


@pytest.mark.parametrize("text", SPACED_NEAR_MISSES)
def test_spaces_that_close_up_no_figure_stay(text):
    assert reading_copy(text).text == text


def test_spans_after_a_closed_up_figure_still_index_the_text():
    text = "增长六   个 百 分点，达到兩千萬元，其中百 分之 2来自新华社。"
    article = extract_text(text, REF)[0]
    for record in article.records:
        spans = record.spans if record.type == "organization" else [record.span]
        for start, end in spans:
            written = record.name if record.type in ("organization", "fund") else (record.raw if record.type == "metric" else record.text)
            assert text[start:end] == written
