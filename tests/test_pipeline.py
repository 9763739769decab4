"""The pipeline: records of every type for one text, in order, with their overlaps settled."""

import pytest

from factx.pipeline import extract_text

# (text, organisation names expected, names that must not be organisations)
BODIES_INSIDE_FUNDS = [
    ("设立清华电子信息学科引导基金。", set(), {"清华"}),
    ("清华大学发起设立清华电子信息学科引导基金。", {"清华大学"}, {"清华"}),
    ("设立总规模10亿元的华为创新投资基金。", set(), {"华为"}),
    ("华为公司出资设立华为创新投资基金。", {"华为公司"}, set()),
]


@pytest.mark.parametrize("text,present,absent", BODIES_INSIDE_FUNDS, ids=[row[0] for row in BODIES_INSIDE_FUNDS])
def test_a_body_inside_a_fund_name_is_no_organisation_of_its_own(text, present, absent):
    (article,) = extract_text(text, "2021-01-01")
    orgs = {record.name for record in article.records if record.type == "organization"}
    assert present <= orgs and not (absent & orgs), orgs


def test_records_are_in_order_of_position_and_spans_index_the_text():
    (article,) = extract_text("2020年10月13日，重庆市科技局发布：全市产值达5亿元。", "2020-10-14")
    starts = [record.span[0] if hasattr(record, "span") else record.spans[0][0] for record in article.records]
    assert starts == sorted(starts)
    assert [record.type for record in article.records] == ["date", "organization", "metric"]


def test_types_keep_only_what_is_asked_for():
    (article,) = extract_text("重庆市科技局发布：全市产值达5亿元。", "2020-10-14", types=["metric"])
    assert {record.type for record in article.records} == {"metric"}
