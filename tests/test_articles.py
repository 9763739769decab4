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


# One long headline line above its body, as web pages and broadcast transcripts print it:
# (text, title). Longer than a one-part title, but alone above the body, with no sentence
# ending inside it.
LONG_HEADLINES = [
    ("国务院常务会议部署进一步推动消费增长的一系列政策举措 要求各地加快落实见到实效\n央视网消息（新闻联播）：国务院总理主持召开国务院常务会议，部署相关工作。\n",
     "国务院常务会议部署进一步推动消费增长的一系列政策举措 要求各地加快落实见到实效"),
    ("凝心聚力谱写新篇章——全省各地干部群众热议省委全会精神并表示要在实际工作中抓好落实\n本报讯 全会召开以来，各地干部群众反响热烈。\n",
     "凝心聚力谱写新篇章——全省各地干部群众热议省委全会精神并表示要在实际工作中抓好落实"),
    ("《人民论坛》杂志刊发文章《坚持守正创新，推动文化事业和文化产业繁荣发展迈上新台阶》\n新华社北京10月5日电 最新一期杂志刊发文章。\n",
     "《人民论坛》杂志刊发文章《坚持守正创新，推动文化事业和文化产业繁荣发展迈上新台阶》"),
    ("全国铁路国庆黄金周累计发送旅客超过一亿五千万人次创历史同期新高\n央视网消息：国庆假期，全国铁路运输安全平稳有序。\n",
     "全国铁路国庆黄金周累计发送旅客超过一亿五千万人次创历史同期新高"),
    ("第二届全球数字贸易博览会在杭州开幕 来自八十多个国家和地区的企业参展\n本报杭州9月25日电 博览会今天开幕。\n",
     "第二届全球数字贸易博览会在杭州开幕 来自八十多个国家和地区的企业参展"),
    ("我国自主研制的大型水陆两栖飞机完成首次海上科研试飞任务并将继续开展后续试验\n新华社珠海10月8日电 飞机今天完成试飞。\n",
     "我国自主研制的大型水陆两栖飞机完成首次海上科研试飞任务并将继续开展后续试验"),
    ("前三季度全国规模以上工业企业利润总额同比增长 装备制造业利润增势较好\n本报讯 国家统计局今天发布数据。\n",
     "前三季度全国规模以上工业企业利润总额同比增长 装备制造业利润增势较好"),
    ("多地出台举措支持新能源汽车下乡——让更多农村居民用上好车、用得起车、用得放心\n人民网消息：各地积极推动新能源汽车下乡。\n",
     "多地出台举措支持新能源汽车下乡——让更多农村居民用上好车、用得起车、用得放心"),
    ("城乡居民基本养老保险基础养老金最低标准提高 惠及一亿七千万农村和城镇老年居民\n央视网消息（新闻联播）：记者从有关部门获悉相关情况。\n",
     "城乡居民基本养老保险基础养老金最低标准提高 惠及一亿七千万农村和城镇老年居民"),
    ("沿着总书记的足迹·走进乡村振兴一线 山区小县如何把绿水青山变成金山银山的生动实践\n本报记者 张明 报道 走进县城，满眼是绿。\n",
     "沿着总书记的足迹·走进乡村振兴一线 山区小县如何把绿水青山变成金山银山的生动实践"),
]
# Near misses: a photo caption above a dateline has a full stop inside; an item of a list is
# no headline; a long line that is one of several headings keeps the usual rule.
NOT_LONG_HEADLINES = [
    "元月一日，全省各界人士在省会体育馆欢聚一堂，共同迎接新年的到来，省委省政府领导出席并讲话。（本报记者李明摄）\n本报讯 新年伊始，各地喜气洋洋。\n",
    "●营业收入13977.46亿元:8个国家高新区7831.36亿元,省级高新区6146.10亿元\n本报讯 高新区发展态势良好。\n",
]


@pytest.mark.parametrize("text,title", LONG_HEADLINES, ids=[row[1][:12] for row in LONG_HEADLINES])
def test_one_long_headline_above_its_body_is_its_title(text, title):
    articles = split(paragraphs(text))
    assert len(articles) == 1 and articles[0].title == title


@pytest.mark.parametrize("text", NOT_LONG_HEADLINES)
def test_a_caption_or_a_list_item_above_a_body_is_no_title(text):
    assert all(article.title != text.split("\n")[0] for article in split(paragraphs(text)))


def test_a_digest_of_items_keeps_each_title_apart_from_its_paragraph():
    """A broadcast digest: item titles, a blank line, and each paragraph on one long line.
    A column's line broken by the layout is never a third as wide as the line after it."""
    text = (
        "十月份大宗商品价格指数环比上升\n\n"
        "中国物流与采购联合会今天发布数据，十月份，中国大宗商品价格指数为113.4点，环比上升3%，"
        "黑色、有色、矿产、化工和能源价格指数普遍上涨，显示市场需求持续恢复。\n\n"
        "我国实有民营经济主体总量增长\n\n"
        "市场监管总局今天公布数据显示，截至9月底，我国实有民营经济主体总量达18086.48万户，同比增长，"
        "占经营主体总量的比重持续提高，民营经济发展活力不断增强。\n"
    )
    assert [paragraph.text[:6] for paragraph in paragraphs(text)] == ["十月份大宗商", "中国物流与采", "我国实有民营", "市场监管总局"]



# A byline followed only by lines about the article (source, time, editor) before the
# dateline opens the same article as the dateline: the headline above is that body's.
# (page: headline, byline block, then the body)
BYLINE_BLOCKS = [
    "新开工项目43个\n\n本报记者 王青\n\n" + BODY,
    "新开工项目43个\n\n本报记者王青 通讯员李明  发布时间:2021-03-05\n\n来源:晨报\n\n" + BODY,
    "新开工项目43个\n\n记者 王青 李明\n\n来源：晨报\n\n" + BODY,
    "新开工项目43个\n\n本报记者 王青\n\n发布时间：2021-03-05\n\n" + BODY,
    "新开工项目43个\n\n本报记者 王青\n\n2021-03-05 09:35\n\n" + BODY,
    "新开工项目43个\n\n□本报记者 王青\n\n来源：晨报 作者：王青\n\n" + BODY,
    "新开工项目43个\n\n本报记者 王青 实习生 赵亮\n\n" + BODY,
    "新开工项目43个\n\n特约记者 王青\n\n稿源：晨报\n\n" + BODY,
    "新开工项目43个\n\n本报记者 王青\n\n编辑：李明\n\n" + BODY,
    "新开工项目43个\n\n本报记者 王青 通讯员 李明\n\n日期：2021-03-05\n\n" + BODY,
]


@pytest.mark.parametrize("page", BYLINE_BLOCKS, ids=range(len(BYLINE_BLOCKS)))
def test_a_byline_block_before_a_dateline_is_one_article(page):
    (article,) = split(paragraphs(page))
    assert article.title == "新开工项目43个"
    assert "本报讯" in article.text


# Near misses: a byline with a body of its own, and a heading between a byline and the next
# dateline that is no line about the article, stay two articles.
def test_a_byline_with_its_own_body_or_a_heading_after_it_stays_apart():
    own_body = "首条标题\n\n□本报记者 王青\n\n今日，新签约项目5个，总投资达20亿元。\n\n第二条标题\n\n" + BODY
    assert len(split(paragraphs(own_body))) == 2
    heading_after = "首条标题\n\n□本报记者 王青\n\n第二条标题\n\n" + BODY
    assert len(split(paragraphs(heading_after))) == 2
