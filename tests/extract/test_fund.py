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


def names(text):
    return [fund.name for fund in funds(text)]


# A name a place, a body or the nation opens is a fund's without a set-up verb or a size:
# 国家/中国/全国/中央, a place (ns) or a body (nt) first. (text, name)
PROPER_NAMES = [
    ("国家艺术基金今年资助了一批舞台剧目。", "国家艺术基金"),
    ("多项成果得到国家社科基金、省部级课题的支持。", "国家社科基金"),
    ("中国南南合作援助基金向灾区运送了帐篷和药品。", "中国南南合作援助基金"),
    ("要发挥好昆明生物多样性基金的作用。", "昆明生物多样性基金"),
    ("发挥国家制造业转型升级基金、集成电路产业投资基金的作用。", "国家制造业转型升级基金"),
    ("全国社保基金可以投资国债和企业债。", "全国社保基金"),
    ("中央企业乡村产业投资基金已落地9个项目。", "中央企业乡村产业投资基金"),
    ("浙江省海洋经济发展基金投向了港口项目。", "浙江省海洋经济发展基金"),
    ("上海科创母基金首批投资了十家企业。", "上海科创母基金"),
    ("国家融资担保基金再担保业务新增一万亿元。", "国家融资担保基金"),
    ("深圳天使母基金累计投资项目超过千个。", "深圳天使母基金"),
    ("北京市文化产业发展引导基金支持了多部电影。", "北京市文化产业发展引导基金"),
]
# Near misses: a body named after a fund, a rate, a brand's firm, a class of pools.
NOT_PROPER_FUNDS = [
    "国际货币基金组织上调了增长预期。",
    "美联储宣布将联邦基金利率目标区间上调25个基点。",
    "科技部和国家自然科学基金委联合发布通知。",
    "中国宋庆龄基金会举办了儿童画展。",
    "香港青联交流基金主席在会上发言。",
    "联合国多边信托基金办公室负责人出席。",
    "富达基金和路博迈基金各自完成了增资。",
    "国家医保基金飞行检查今天启动。",
    "2024年全国基本医疗保险基金总收入3万亿元。",
    "长期护理保险基金应存入财政专户。",
]


@pytest.mark.parametrize("text,name", PROPER_NAMES, ids=[row[1] for row in PROPER_NAMES])
def test_a_proper_name_makes_a_fund(text, name):
    assert name in names(text)


@pytest.mark.parametrize("text", NOT_PROPER_FUNDS)
def test_bodies_rates_firms_and_pools_are_no_funds(text):
    assert names(text) == []


# A verb whose object is the fund ends the words before its name, whatever the segmenter
# tags it (启动/vn, 发售/vn) or glues it to. (text, name or None when the rest is a type)
GOVERNING_VERBS = [
    ("启动国家自然科学基金区域创新发展联合基金市区合作项目。", "国家自然科学基金区域创新发展联合基金"),
    ("制造业大省江苏发挥政府投资基金引导作用。", None),
    ("会议研究促进政府投资基金高质量发展的举措。", None),
    ("规范运作政府投资基金。", None),
    ("目前，发售基金总规模超1700亿元。", None),
    ("市里注资中国－世界银行伙伴关系基金。", "中国－世界银行伙伴关系基金"),
    ("央行发起设立湖北科技创新基金。", "湖北科技创新基金"),
    ("两地共同组建成渝双城产业基金。", "成渝双城产业基金"),
    ("今年推出宁波甬江人才基金。", "宁波甬江人才基金"),
    ("已投放国开基础设施投资基金。", "国开基础设施投资基金"),
    ("中央汇金公司加大力度增持股票市场指数基金。", None),
    ("继续用好中国－联合国和平与发展基金。", "中国－联合国和平与发展基金"),
]


@pytest.mark.parametrize("text,name", GOVERNING_VERBS, ids=[row[0][:12] for row in GOVERNING_VERBS])
def test_a_governing_verb_is_no_part_of_the_name(text, name):
    assert names(text) == ([name] if name else [])


# Classes of funds, not funds: pools of social insurance, listed property trusts, index funds,
# sized or not.
FUND_CLASSES = [
    "三项社会保险基金累计结余6.9万亿元，基金年度收支规模超过13万亿元。",
    "将重点引导基本养老保险基金进一步加大入市力度。",
    "推进医保基金结算改革。",
    "大病保险基金或医疗救助基金即时结算。",
    "通过发行不动产投资信托基金等方式盘活存量资产。",
    "支持民间投资项目发行基础设施领域不动产投资信托基金。",
    "下调美国不动产投资信托基金的评级展望。",
    "失业保险基金稳岗返还比例提高。",
    "补充政府性基金财力。",
    "个人养老金产品新纳入指数基金。",
    "统筹基金当期结余5000亿元。",
]


@pytest.mark.parametrize("text", FUND_CLASSES)
def test_a_class_of_funds_is_no_fund(text):
    assert names(text) == []


# Two words of one name joined by 和/与, proper nouns joined by a dash, and names in quotation
# marks, taken whole. (text, name)
JOINED_NAMES = [
    ("大会批准设立损失和损害基金。", "损失和损害基金"),
    ("各方同意尽快运作新设立的损失与损害基金。", "损失与损害基金"),
    ("中方创设全球发展和南南合作基金。", "全球发展和南南合作基金"),
    ("加大对中国－联合国和平与发展基金的投入。", "中国－联合国和平与发展基金"),
    ("两国签署协议，建立美国-乌克兰重建投资基金。", "美国-乌克兰重建投资基金"),
    ("启动中国－联合国粮农组织南南合作信托基金。", "中国－联合国粮农组织南南合作信托基金"),
    ("今天发布会的主题是“奥林匹克团结基金”。", "奥林匹克团结基金"),
    ("“大埔宏福苑援助基金”已收到捐款。", "大埔宏福苑援助基金"),
    ("出席“永远的热带雨林基金”主题午宴。", "永远的热带雨林基金"),
    ("设立重建和援助基金等多项措施。", "重建和援助基金"),
    ("市里还设立了“青年英才与创业基金”。", "青年英才与创业基金"),
]
# Near misses: two things listed, a type word after 和, a quoted type.
NOT_JOINED = [
    ("用好政策性银行新增信贷和基础设施建设投资基金。", ["基础设施建设投资基金"]),
    ("成立联合研究平台和投资基金。", []),
    ("发挥集成电路产业投资基金和中小企业发展基金的作用。", ["集成电路产业投资基金", "中小企业发展基金"]),
    ("发挥着中国版“平准基金”的作用。", []),
    ("新基金采用“母基金—子基金”架构。", []),
    ("严厉打击以“私募基金”之名行非法集资之实。", []),
    ("中国和联合国基金组织合作。", []),
]


@pytest.mark.parametrize("text,name", JOINED_NAMES, ids=[row[1] for row in JOINED_NAMES])
def test_joined_and_quoted_names(text, name):
    assert name in names(text)


@pytest.mark.parametrize("text,expected", NOT_JOINED, ids=[row[0][:12] for row in NOT_JOINED])
def test_names_not_joined(text, expected):
    assert names(text) == expected


# A size written right before the name (with or without 规模 and 的), or right after it at the
# end of its clause. (text, name, value)
SIZES_AROUND_THE_NAME = [
    ("2459亿元农发基础设施基金全部投放完成。", "农发基础设施基金", 245900000000),
    ("国家开发银行已投放2100亿元国开基础设施投资基金。", "国开基础设施投资基金", 210000000000),
    ("新疆设立100亿元人才发展基金。", "人才发展基金", 10000000000),
    ("每年设立2000万元刷业发展基金帮助企业转型。", "刷业发展基金", 20000000),
    ("北京市将设立100亿元规模的机器人产业基金。", "机器人产业基金", 10000000000),
    ("我国设立了600亿元规模的国家人工智能基金。", "国家人工智能基金", 60000000000),
    ("设立乡村振兴投资引导基金100亿元，选派驻村干部。", "乡村振兴投资引导基金", 10000000000),
    ("批准成立的300亿元国有企业土地资产盘活专项基金在北京启动。", "国有企业土地资产盘活专项基金", 30000000000),
    ("设立50亿元资金规模的长三角协同创新基金。", "长三角协同创新基金", 5000000000),
    ("成立5亿元苏州天使母基金。", "苏州天使母基金", 500000000),
    ("引导基金规模48亿元。", None, None),
]
# Near misses: what the fund does, the money it is to draw in, a later sentence naming
# another fund. (text, name, value or None)
NOT_THE_FUNDS_SIZE = [
    ("国家中小企业发展基金新增股权投资规模121.96亿元。", "国家中小企业发展基金", None),
    ("推动国家融资担保基金将再担保合作业务规模扩大至8000亿元以上。", "国家融资担保基金", None),
    ("设立国家创业投资引导基金，带动社会资本投资规模近1万亿元。", "国家创业投资引导基金", None),
    ("设立国家创业投资引导基金。杭州今年投向人工智能的产业基金规模超过1000亿元。", "国家创业投资引导基金", None),
    ("国家中小企业发展基金运行平稳。基金年度收支规模超过300亿元。", "国家中小企业发展基金", None),
    ("设立眉山市产业发展投资引导基金。引导基金规模48亿元。", "眉山市产业发展投资引导基金", 4800000000),
    ("设立湖州绿色基金。该基金总规模20亿元。", "湖州绿色基金", 2000000000),
]


@pytest.mark.parametrize("text,name,value", SIZES_AROUND_THE_NAME, ids=[row[0][:12] for row in SIZES_AROUND_THE_NAME])
def test_a_size_around_the_name(text, name, value):
    found = {fund.name: fund for fund in funds(text)}
    if name is None:
        assert found == {}
        return
    assert name in found, list(found)
    assert found[name].size is not None and float(found[name].size.value) == value


@pytest.mark.parametrize("text,name,value", NOT_THE_FUNDS_SIZE, ids=[row[0][:12] for row in NOT_THE_FUNDS_SIZE])
def test_what_is_not_the_funds_size(text, name, value):
    found = {fund.name: fund for fund in funds(text)}
    assert name in found, list(found)
    size = found[name].size
    assert (float(size.value) if size else None) == value
