"""Funds: names as written and the sizes the text ties to them."""

import pytest

from factx.extract.date import find_dates
from factx.extract.fund import find_funds
from factx.extract.metric import find_metrics


def funds(text):
    return find_funds(text, list(find_metrics(text, list(find_dates(text)))))


# (text, name, value, raw, qualifier)
FUND_EXAMPLES = [
    ("科学城建立总规模300亿元的双城经济圈发展基金，多渠道促进科技成果转化。", "双城经济圈发展基金", 30000000000, "300亿元", None),
    ("设立西南首支科技成果转化股权投资基金、总规模超20亿元；", "科技成果转化股权投资基金", 2000000000, "超20亿元", "more_than"),
    ("甘肃省宣布将设立总规模为2000亿元的绿色生态产业发展基金，重点支持节能环保。", "绿色生态产业发展基金", 200000000000, "2000亿元", None),
    ("成都高新区天使投资子基金申报已启动。基金总规模100亿元，预计出资不低于15亿元。", "成都高新区天使投资子基金", 10000000000, "100亿元", None),
    ("此外，近期宣布成立的政府引导基金还有大江东产业投资基金等，只是规模相对偏小。", "大江东产业投资基金", None, None, None),
    ("公司发起设立长江智能制造产业基金，首期规模50亿元。", "长江智能制造产业基金", 5000000000, "50亿元", None),
]
NO_FUND = [
    "近期多地宣布设立政府引导基金，部分基金目标规模超过千亿元。",
    "通过直接投资、设立子基金等方式投资全市重点产业项目。",
    "与中科创星、峰瑞资本、真格基金、明势资本等10家基金管理人集中签约。",
    "眉山产投私募基金管理有限公司是全市首家国有独资基金管理公司。",
    # a number of funds is no named fund, sized or not
    "政府将参股五大新兴产业子基金，总规模达到500亿元。",
    "该批子基金规模超过30亿元。",
    "目前已有3只子基金获批，规模合计12亿元。",
]


# A size stated for a counted group of funds is the group's, not any one member's; a size
# stated for each (规模均为) is each one's. (text, {name: value or None})
GROUP_SIZES = [
    ("签约发布滨海创新基金、云帆科学家基金、远山硬科技基金3只基金，总规模18亿元。",
     {"滨海创新基金": None, "云帆科学家基金": None, "远山硬科技基金": None}),
    ("决定共同出资设立3支母基金，基金总规模250亿元。其中江城产业母基金已完成注册。", {"江城产业母基金": None}),
    ("新设东湖科创基金和西岭成长基金，规模均为50亿元。", {"东湖科创基金": 5000000000, "西岭成长基金": 5000000000}),
    ("设立总规模80亿元的南江产业发展基金和两只子基金。", {"南江产业发展基金": 8000000000}),
    ("推出明湖天使基金、青山创投基金等5只基金，合计规模30亿元。", {"明湖天使基金": None, "青山创投基金": None}),
    ("这三只母基金中，湖东产业基金规模为100亿元。", {"湖东产业基金": 10000000000}),
    ("发布华芯硬科技二期基金、明湖天使基金等2只基金，总规模超10亿元。", {"华芯硬科技二期基金": None, "明湖天使基金": None}),
    ("设立规模10亿澳元的南太平洋基础设施基金。", {"南太平洋基础设施基金": 1000000000}),
    ("设立规模50亿新台币的台北创新基金。", {"台北创新基金": 5000000000}),
    ("省财政出资400亿发起设立的湖光引导基金，共同构成规模为2000亿的产业基金。", {"湖光引导基金": 200000000000}),
]
# Events, counts and categories are no fund names.
NOT_FUNDS = [
    "中关村科学城科学家基金签约仪式举行。",
    "2023天使基金峰会在成都举行。",
    "第三届产业基金论坛开幕。",
    "长江产业基金签约设立三只母基金。",
    "打破传统基金只投资股权的惯例。",
    "各类基金踊跃参与。",
    "设立5只科学家基金。",
    "社会基金广泛参与。",
    "天使基金发布会在京召开。",
    "设立了两支子基金。",
]


@pytest.mark.parametrize("text,expected", GROUP_SIZES, ids=[row[0][:16] for row in GROUP_SIZES])
def test_group_and_shared_sizes(text, expected):
    found = {fund.name: (float(fund.size.value) if fund.size else None) for fund in funds(text)}
    for name, value in expected.items():
        assert name in found, list(found)
        assert found[name] == value, (name, found[name])


@pytest.mark.parametrize("text", NOT_FUNDS)
def test_not_a_fund(text):
    assert funds(text) == [] or all(fund.name == "长江产业基金" for fund in funds(text))


@pytest.mark.parametrize("text,name,value,raw,qualifier", FUND_EXAMPLES, ids=[row[1] for row in FUND_EXAMPLES])
def test_fund(text, name, value, raw, qualifier):
    found = {fund.name: fund for fund in funds(text)}
    assert name in found, list(found)
    fund = found[name]
    assert text[fund.span[0] : fund.span[1]] == name
    if value is None:
        assert fund.size is None
    else:
        assert (float(fund.size.value), fund.size.raw, fund.size.qualifier) == (value, raw, qualifier)


@pytest.mark.parametrize("text", NO_FUND)
def test_no_fund(text):
    assert funds(text) == []


def test_a_fund_is_listed_once_per_article():
    text = "设立总规模2亿元的泉州市科技创新天使基金。泉州市科技创新天使基金已投资项目。"
    assert [fund.name for fund in funds(text)] == ["泉州市科技创新天使基金"]


# The unit of a size written right before 基金 is the size's, no part of a name: 1000亿欧元基金
# is an unnamed fund of 100 billion euros.
UNIT_BEFORE_FUND = [
    "欧盟正在考虑为乌克兰设立一个新的1000亿欧元基金。",
    "设立规模100亿美元基金。",
    "筹建一只50亿元基金。",
    "成立20亿港元基金支持初创企业。",
    "发起设立10亿英镑基金。",
    "宣布设立30亿日元基金。",
    "共同出资设立5亿澳元基金。",
    "推出一个80亿卢布基金。",
    "设立200亿人民币基金。",
    "新设1亿新加坡元基金。",
]


@pytest.mark.parametrize("text", UNIT_BEFORE_FUND)
def test_a_currency_before_fund_is_no_name(text):
    assert funds(text) == []
