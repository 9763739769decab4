"""Output encoding: one JSON line per article (text optional, ASCII on request), flat rows,
and CSV records as RFC 4180 writes them."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from factx.models import Article, Metric
from factx.output import csv_line, dumps, encode

TEXT = "签约项目43个，总投资1373.3亿元。"
ARTICLE = Article(
    source="page.txt",
    article=1,
    title="标题",
    reporters=[],
    ref_date=None,
    text=TEXT,
    records=[
        Metric(subject="签约项目", value=Decimal(43), unit="个", raw="43个", qualifier=None, period=None, span=(4, 7), evidence=TEXT),
        Metric(subject="总投资", value=Decimal("1373.3E8"), unit="元", raw="1373.3亿元", qualifier=None, period=None,
               span=(11, 19), evidence=TEXT),
    ],
)


def test_an_article_is_one_json_line_with_unescaped_chinese():
    (line,) = encode(ARTICLE, "article")
    assert "\n" not in line and "签约项目" in line
    assert json.loads(line)["records"][1]["value"] == 137330000000


def test_ascii_escapes_and_still_parses_to_the_same_values():
    line = dumps(ARTICLE, ascii=True)
    assert line.isascii()
    assert json.loads(line) == json.loads(dumps(ARTICLE))


def test_without_text_the_article_keeps_its_records():
    article = json.loads(dumps(ARTICLE, text=False))
    assert "text" not in article and len(article["records"]) == 2


def test_flat_rows_are_one_json_line_per_record():
    rows = [json.loads(line) for line in encode(ARTICLE, "flat")]
    assert [(row["record"], row["raw"], row["span_start"]) for row in rows] == [(1, "43个", 4), (2, "1373.3亿元", 11)]


def test_csv_rows_write_values_exactly():
    rows = encode(ARTICLE, "csv")
    assert len(rows) == 2 and all(row.endswith("\r\n") for row in rows)
    assert ",137330000000," in rows[1]


@pytest.mark.parametrize(
    ("values", "line"),
    [
        (["a", "b"], "a,b\r\n"),
        (["有,逗号", "b"], '"有,逗号",b\r\n'),
        (['有"引号', ""], '"有""引号",\r\n'),
        (["两\n行"], '"两\n行"\r\n'),
        (["", ""], ",\r\n"),
        (["中文"], "中文\r\n"),
        (["0.5", "137330000000"], "0.5,137330000000\r\n"),
        ([" 空格 "], " 空格 \r\n"),
        (["a\rb"], '"a\rb"\r\n'),
        (["x;y"], "x;y\r\n"),
    ],
)
def test_csv_line_quotes_what_needs_quoting(values, line):
    assert csv_line(values) == line


def test_data_form_gives_plain_values_for_the_database():
    (item,) = encode(ARTICLE, "data", text=False)
    assert "text" not in item["article"] and len(item["rows"]) == 2
    json.dumps(item)  # plain JSON-able values only
