"""Splitting pages into articles: titles, heading lines kept in the text, source lines."""

import pytest

from factx import pipeline
from factx.articles import split
from factx.normalize import paragraphs

# A body as print layout sets it: lines broken at the column width, mid-sentence.
BODY = "本报讯（记者 王青）昨日，全市新\n开工项目43个，总投资达120亿\n元，其中产业项目29个，民生项\n目14个，年内计划投资48亿元。"

# (page, title, subtitle, how the article text begins): headings come first in the text,
# title before the other heading lines, whatever the print order.
HEADINGS = [
    ("新开工项目43个\n\n" + BODY, "新开工项目43个", None, "新开工项目43个\n本报讯"),
    (BODY + "\n\n新开工项目43个", "新开工项目43个", None, "新开工项目43个\n本报讯"),
    ("——全市重大项目建设提速\n\n新开工项目43个\n\n" + BODY, "新开工项目43个", "——全市重大项目建设提速",
     "新开工项目43个\n——全市重大项目建设提速\n本报讯"),
    ("一季度开局良好\n\n新开工项目43个\n\n" + BODY, "新开工项目43个", "一季度开局良好", "新开工项目43个\n一季度开局良好\n本报讯"),
    ("新开工项目43个\n\n来源：晨报 作者：王青\n\n" + BODY, "新开工项目43个", None, "新开工项目43个\n来源：晨报 作者：王青\n本报讯"),
    ("新开工项目43个\n\n发布时间：2021-03-05\n\n" + BODY, "新开工项目43个", None, "新开工项目43个\n发布时间：2021-03-05\n本报讯"),
    ("新开工项目43个\n\n2021-03-05 09:35\n\n" + BODY, "新开工项目43个", None, "新开工项目43个\n2021-03-05 09:35\n本报讯"),
    ("新开工项目43个\n\n责任编辑：李明\n\n" + BODY, "新开工项目43个", None, "新开工项目43个\n本报讯"),  # page furniture: dropped
    ("来源：晨报\n\n" + BODY, None, None, "来源：晨报\n本报讯"),
    ("（上接1版）全市新开工项目43个，总投资达120亿元。", None, None, "（上接1版）"),
    ("全市新开工项目43个\n全市新开工项目43个，总投资达120亿元。", "全市新开工项目43个", None, "全市新开工项目43个\n全市"),
    ("来源：晨报\n全市新开工项目43个，总投资达120亿元。", None, None, "来源：晨报\n全市"),
]


@pytest.mark.parametrize("page, title, subtitle, opening", HEADINGS, ids=[row[0][:14] for row in HEADINGS])
def test_headings_lead_the_text(page, title, subtitle, opening):
    (article,) = split(paragraphs(page))
    assert (article.title, article.subtitle) == (title, subtitle)
    assert article.text.startswith(opening)


def test_a_figure_in_a_headline_is_a_record_with_a_true_span():
    page = BODY + "\n\n三季度新签约项目271个"
    (article,) = pipeline.extract_text(page, "2021-03-06")
    headline = [r for r in article.records if r.type == "metric" and r.span[1] <= len(article.title)]
    assert [r.raw for r in headline] == ["271个"]
    assert all(article.text[r.span[0] : r.span[1]] == r.raw for r in headline)


def test_headings_after_one_body_belong_to_the_next_body_that_has_none():
    page = "首条标题\n\n" + BODY + "\n\n第二条标题\n\n本报讯（记者 李明）今日，新签约项目5个。"
    first, second = split(paragraphs(page))
    assert (first.title, second.title) == ("首条标题", "第二条标题")
    assert second.text.startswith("第二条标题\n本报讯") and "第二条标题" not in first.text


# Datelines and bylines that open a body on a printed page (factx/data/datelines.txt).
DATELINE_KINDS = [
    "本报讯（记者 王青）",
    "本报讯 ",
    "□本报记者 王青",
    "本报北京5月7日电（记者 王青）",
    "新华社北京3月5日电（记者 王青）",
    "中新社上海6月1日电 ",
    "中新网9月2日电 ",
    "人民网北京1月3日电 ",
    "每经记者 王青 ",
    "本报记者 王青 报道：",
    "（上接1版）",
]


@pytest.mark.parametrize("dateline", DATELINE_KINDS)
def test_each_kind_of_dateline_opens_a_body(dateline):
    page = "第一条消息\n\n本报讯（记者 李明）全市经济平稳运行，产值增长5%。\n\n" + dateline + "全市新开工项目43个。\n"
    assert len(split(paragraphs(page))) == 2


def test_an_outlet_and_day_mid_sentence_is_no_dateline():
    page = "本报讯（记者 李明）财政部数据显示，中新经纬客\n户端7月26日电称收入增长。\n"
    assert len(split(paragraphs(page))) == 1
