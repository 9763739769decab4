"""The README's known limits, one strict xfail row each: each test states what factx should
give, and fails today. A fix makes its row pass, which strict xfail reports as a failure, so
the mark (and the README's line) must go with the fix; a limit cannot quietly come back."""

from __future__ import annotations

import pytest

from factx.models import as_json
from factx.pipeline import extract_text

REF = "2021-01-20"


def _records(text: str, kind: str) -> list[dict]:
    return [
        as_json(record)
        for article in extract_text(text, REF)
        for record in article.records
        if record.type == kind
    ]


def _limit(reason: str):
    return pytest.mark.xfail(strict=True, raises=AssertionError, reason=reason)


@_limit("table-like text: without a sentence there is no subject")
def test_a_figure_in_a_table_row_is_read_with_its_column():
    metrics = _records("本期债券发行总额（亿）10.00，期限（年）5。", "metric")
    assert any(metric["subject"] == "发行总额" and metric["value"] == 1_000_000_000 for metric in metrics)


@_limit("lunar holidays are not resolved: they need a lunar calendar")
def test_a_lunar_holiday_resolves_to_its_day_of_the_reference_year():
    dates = _records("春节期间全市接待游客120万人次。", "date")
    assert any(date["text"] == "春节" and date["start"] == "2021-02-12" for date in dates)


@_limit("shared heads in a list are not expanded")
def test_a_head_shared_by_a_list_is_given_to_each_item():
    names = [org["name"] for org in _records("重庆市委、四川省委组织部联合召开会议。", "organization")]
    assert "重庆市委组织部" in names


@_limit("a name without a head word is found only from the gazetteer, --orgs, a definition or a marked list")
def test_a_company_named_without_a_head_word_is_found():
    names = [org["name"] for org in _records("北京精雕发布了新一代五轴机床。", "organization")]
    assert "北京精雕" in names


@_limit("a box of short items under one label is one article unless each item has a dateline")
def test_a_box_of_short_items_is_one_article_per_item():
    text = "速览\n1.北京：新增确诊病例3例。\n2.上海：新增确诊病例5例。\n3.广州：新增确诊病例2例。\n"
    assert len(extract_text(text, REF)) == 3


@_limit("a short name whose last character the segmenter reads into the next word is dropped")
def test_a_short_name_before_a_word_that_takes_its_last_character_stays():
    organizations = _records("北大学生参加了志愿服务。", "organization")
    assert any(org["name"] == "北大" for org in organizations)
