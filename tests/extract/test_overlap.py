"""Which of two records that claim the same characters wins (factx/extract/overlap.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from factx.extract.overlap import Claims, Spans, outside_funds
from factx.models import Organization
from factx.pipeline import extract_records
from factx.refdate import Ref

SPANS = Spans([(10, 15), (0, 3), (20, 21)])


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (0, 1, True),
        (2, 3, True),
        (3, 10, False),  # touching both neighbours, sharing no character
        (3, 4, False),
        (9, 11, True),
        (14, 16, True),
        (15, 20, False),
        (11, 12, True),
        (5, 30, True),  # holding a span whole
        (21, 40, False),
        (20, 21, True),
        (25, 26, False),
    ],
)
def test_spans_overlap_only_where_they_share_a_character(start, end, expected):
    assert SPANS.overlaps(start, end) is expected


@pytest.mark.parametrize(
    ("window", "expected"),
    [((0, 30), [(0, 3), (10, 15), (20, 21)]), ((1, 30), [(10, 15), (20, 21)]), ((0, 14), [(0, 3)]), ((4, 9), [])],
)
def test_spans_between_are_those_inside_the_window(window, expected):
    assert SPANS.between(*window) == expected


def test_claimed_characters_are_no_longer_free():
    claims = Claims(10)
    assert claims.free(0, 10)
    claims.claim(3, 5)
    assert not claims.free(4, 6)
    assert not claims.free(0, 4)
    assert claims.free(5, 10)
    assert claims.free(0, 3)


def test_an_organisation_inside_a_fund_name_only_is_dropped():
    text = "清华电子信息学科引导基金成立，清华大学出资。华为参与。"
    fund = "清华电子信息学科引导基金"
    orgs = [
        Organization(name="清华", kind="university", spans=[(0, 2)]),
        Organization(name="清华大学", kind="university", spans=[(15, 19)]),
        Organization(name=fund, kind="other", spans=[(0, 12)]),
        Organization(name="华为", kind="company", spans=[(22, 24)]),
    ]
    kept = [org.name for org in outside_funds(text, orgs, {fund})]
    assert kept == ["清华大学", "华为"]


REF = Ref(dt.date(2020, 10, 14))


# Each text, and the figures (raw) that must and must not come out of it: a date wins over
# a figure, a figure with its unit over a bare one or a sum with 元 left off.
@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        ("2019年全市产值增长5%。", ["5%"]),
        ("10月13日签约项目12个。", ["12个"]),
        ("今年1-8月完成投资30亿元。", ["30亿元"]),
        ("1999.08-2002.02期间他在此工作。", []),
        ("上世纪80年代建成3座水库。", ["3座"]),
        ("前三季度营收增长8.2%。", ["8.2%"]),
        ("2020年10月至12月新增用户200万户。", ["200万户"]),
        ("去年底存款余额10.15万亿、11万亿元。", ["10.15万亿", "11万亿元"]),
        ("公司出资400亿元设立基金。", ["400亿元"]),
        ("公司出资400亿设立基金。", ["400亿"]),
        ("3年内投资20亿元。", ["20亿元"]),
        ("“十四五”期间建设5个园区。", ["5个"]),
    ],
)
def test_a_date_wins_over_a_figure_and_a_unit_over_a_bare_figure(text, metrics):
    records = extract_records(text, REF, types=("date", "metric"))
    assert [record.raw for record in records if record.type == "metric"] == metrics
    dates = [record.span for record in records if record.type == "date"]
    figures = [record.span for record in records if record.type == "metric"]
    assert not any(Spans(dates).overlaps(*span) for span in figures)
