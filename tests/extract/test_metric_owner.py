"""A metric's owner: the thing a measure named alone (全长, 总投资, 面积) is of, as tables."""

import pytest

from factx.extract.date import find_dates
from factx.extract.metric import find_metrics
from factx.extract.metric.owner import named_alone


def owner_of(text, raw):
    """The subject and owner of the metric written `raw` in text."""
    found = {metric.raw: (metric.subject, metric.owner) for metric in find_metrics(text, list(find_dates(text)))}
    return found[raw]


def ids(rows):
    return [f"{row[0]}:{row[1]}" for row in rows]


# Which subjects are measures named alone: a measure of a thing, with or without the modifiers
# that leave it one (总, 年, 设计, 最大, 累计). (subject, alone)
NAMED_ALONE = [
    ("全长", True),
    ("总投资", True),
    ("设计时速", True),
    ("最大起飞重量", True),
    ("年产值", True),
    ("总库容", True),
    ("投资总额", True),
    ("占地面积", True),
    ("累计投资", True),
    ("日均销售额", True),
    # near misses: measures of measures, times, and measures that name their thing
    ("增速", False),
    ("比重", False),
    ("时间", False),
    ("隧道全长", False),
    ("高新技术产业营业收入", False),
    ("游客", False),
    ("", False),
]


@pytest.mark.parametrize("subject,alone", NAMED_ALONE, ids=[row[0] or "empty" for row in NAMED_ALONE])
def test_which_subjects_name_a_measure_alone(subject, alone):
    assert named_alone(subject) is alone


# The thing after the figure and 的 that the measure and its figure describe. (text, raw, subject, owner)
DESCRIBED_AFTER_THE_FIGURE = [
    ("东港新区设立总规模50亿元的产业引导基金。", "50亿元", "总规模", "产业引导基金"),
    ("公司计划培育估值超过10亿美元的企业。", "超过10亿美元", "估值", "企业"),
    ("议会通过了总额3.2万亿日元（约合1500亿元人民币）的补充预算。", "3.2万亿日元", "总额", "补充预算"),
    ("当地正在建设一座容量5万吨的冷库。", "5万吨", "容量", "冷库"),
    ("合作社建成年交易额2亿元以上的肉牛交易市场。", "2亿元以上", "交易额", "肉牛交易市场"),
    ("两国共同成立规模超30亿元的创新基金。", "超30亿元", "规模", "创新基金"),
    ("这是一家年营业额超过千万元的餐饮企业。", "超过千万元", "营业额", "餐饮企业"),
    ("他们收购了一家市值近百亿元的医药公司。", "近百亿元", "市值", "医药公司"),
    ("全省已有资产总额超千亿元的企业集团12家。", "超千亿元", "资产总额", "企业集团"),
    ("小镇迎来了一批总重量约40吨的救灾物资。", "约40吨", "总重量", "救灾物资"),
    # near misses: sizes the subject joins to the thing after 的 already (the subject names it)
    ("市里建成全长12公里的环湖绿道。", "12公里", "环湖绿道全长", None),
    ("这是一座装机容量120万千瓦的水电站。", "120万千瓦", "水电站装机容量", None),
]


@pytest.mark.parametrize("text,raw,subject,owner", DESCRIBED_AFTER_THE_FIGURE, ids=ids(DESCRIBED_AFTER_THE_FIGURE))
def test_the_thing_a_measure_and_its_figure_describe(text, raw, subject, owner):
    assert owner_of(text, raw) == (subject, owner)


# In the figure's own clause: the noun phrase before the measure, if only adverbs and verbs stand
# between. (text, raw, subject, owner)
OWNED_IN_ITS_CLAUSE = [
    ("今年，当地还投资580多亿元发展新兴产业。", "580多亿元", "投资", "当地"),
    ("前三季度，中央企业累计实现营业收入22万亿元。", "22万亿元", "营业收入", "中央企业"),
    ("双方合资的工厂投产，智能调光膜的年产能达40万平方米。", "40万平方米", "产能", "智能调光膜"),
    ("去年，全市农家乐共接待游客1600多万人次，收入超过48亿元。", "超过48亿元", "收入", "全市农家乐"),
    ("从明年起，青海省将陆续投入4.6亿元建设职业学校。", "4.6亿元", "投入", "青海省"),
    ("这套检测设备的重量只有14公斤。", "14公斤", "重量", "检测设备"),
    ("南方电网还将投入1300多亿元建设输电线路。", "1300多亿元", "投入", "南方电网"),
    ("一季度，银行业各项贷款新增近7万亿元。", "近7万亿元", "贷款", "银行业"),
    ("今天，上海的最高气温达到40℃。", "40℃", "最高气温", "上海"),
    ("明尼苏达州卡顿市的最低气温降到了零下48摄氏度。", "零下48摄氏度", "最低气温", "明尼苏达州卡顿市"),
    # near misses: a preposition or an aspect between, a pronoun, a relative clause (named in the
    # subject, as 资金 takes what stands before its 的)
    ("工人们要在直径仅有2米，只够两人转身的坑里作业。", "2米", "直径", None),
    ("他们烤制了一个直径一米六，重达90公斤的月饼。", "一米六", "直径", None),
    ("新春伊始，这里今年投资420亿元。", "420亿元", "投资", None),
    ("深圳全社会投入研发的资金超过700亿元。", "超过700亿元", "深圳全社会投入研发的资金", None),
]


@pytest.mark.parametrize("text,raw,subject,owner", OWNED_IN_ITS_CLAUSE, ids=ids(OWNED_IN_ITS_CLAUSE))
def test_the_owner_in_the_figures_own_clause(text, raw, subject, owner):
    assert owner_of(text, raw) == (subject, owner)


# A total after a count: the things counted, if no preposition governs the count. (text, raw, subject, owner)
TOTALS_OF_THINGS_COUNTED = [
    ("全市今年开工重点项目120个，总投资560亿元。", "560亿元", "总投资", "开工重点项目"),
    ("两地签约合作项目18个，总金额达42亿元。", "42亿元", "总金额", "两地签约合作项目"),
    ("吉林集中开工538个重大项目，总投资达2420亿元。", "2420亿元", "总投资", "重大项目"),
    ("截至7月，自贸区新签约项目148个，投资额1838亿元。", "1838亿元", "投资额", "自贸区新签约项目"),
    ("已签约28个项目，投资总额超过230亿美元。", "超过230亿美元", "投资总额", "项目"),
    ("双方签订能源合作协议22项，总投资约208亿美元。", "约208亿美元", "总投资", "能源合作协议"),
    ("全年共引进超亿元项目134个，总投资额1331亿元。", "1331亿元", "总投资额", "项目"),
    ("三年来，河北共引进京津项目12716个，资金11041亿元。", "11041亿元", "资金", "京津项目"),
    ("青海实施旅游扶贫项目128个，总投资3.58亿元。", "3.58亿元", "总投资", "旅游扶贫项目"),
    ("大会签约项目81个，总投资2066亿元。", "2066亿元", "总投资", "大会签约项目"),
    # near misses: a count governed by a preposition, a measure that is no total, a count before another figure
    ("我国对全球4797家境外企业进行了直接投资，累计实现投资5802亿元。", "5802亿元", "投资", None),
    ("九年推出十一款机型，销售收入增长100多倍。", "100多倍", "销售收入", None),
    ("开工项目100个，面积50万平方米，总投资298亿元。", "298亿元", "总投资", None),
]


@pytest.mark.parametrize("text,raw,subject,owner", TOTALS_OF_THINGS_COUNTED, ids=ids(TOTALS_OF_THINGS_COUNTED))
def test_a_total_is_of_the_things_counted_before_it(text, raw, subject, owner):
    assert owner_of(text, raw) == (subject, owner)


# The topic of the nearest clause before, over clauses that go on about it (a verb first, no
# figure) or give another of its measures named alone. (text, raw, subject, owner)
TOPICS_OF_CLAUSES_BEFORE = [
    ("宁远高速公路起于东岭镇，止于西河口，全长86公里。", "86公里", "全长", "宁远高速公路"),
    ("新建的跨江大桥昨日合龙，全长1.2公里。", "1.2公里", "全长", "新建的跨江大桥"),
    ("青湖湿地公园位于城南，面积约6平方公里。", "约6平方公里", "面积", "青湖湿地公园"),
    ("南岭水库建成于1970年，总库容1.8亿立方米。", "1.8亿立方米", "总库容", "南岭水库"),
    ("长沙磁浮快线，全长18.55公里。", "18.55公里", "全长", "长沙磁浮快线"),
    ("这款新型火箭总高度超过53米，起飞重量近600吨。", "近600吨", "起飞重量", "新型火箭"),
    ("这趟列车从哈瓦那开往圣地亚哥，设计时速为每小时120公里，全程800多公里。", "800多公里", "全程", "列车"),
    ("安九高铁起于安徽安庆，终到江西九江，全长170.9公里。", "170.9公里", "全长", "安九高铁"),
    ("合福高铁全长852公里，设计时速350公里。", "350公里", "设计时速", "合福高铁"),
    ("长三角协同优势产业基金近日成立，总规模1000亿元。", "1000亿元", "总规模", "长三角协同优势产业基金"),
    ("让这家专门生产冷柜的企业，销售额一度下滑了30%。", "30%", "销售额", "专门生产冷柜的企业"),
    ("产业引导基金总规模50亿元，首期规模20亿元。", "20亿元", "规模", "产业引导基金"),
    ("徐连高铁西起江苏省徐州市，东至连云港市，全长185公里。", "185公里", "全长", "徐连高铁"),
    ("该线路东起浙江杭州市西至安徽黄山市，全长265公里。", "265公里", "全长", "线路"),
    ("天宫二号空间实验室在天宫一号的基础上改进而成，全长10.4米。", "10.4米", "全长", "天宫二号空间实验室"),
    ("平南三桥首节段拱肋日前吊装完成，平南三桥横跨浔江，主跨575米。", "575米", "主跨", "平南三桥"),
    # near misses: a time clause, a preposition first, a connective, a figure of something else
    ("开江以来，水位最高升至79.71米。", "79.71米", "水位", None),
    ("由多家研究机构联合研制，设计最高时速为100公里。", "100公里", "设计最高时速", None),
    ("相比之下，总投资只有3亿元。", "3亿元", "总投资", None),
    ("国家信息中心估算，市场规模达100亿元左右，累计交易额约300亿元。", "约300亿元", "交易额", None),
    ("方案明确，进一步扩展合作区发展空间，总面积由14.92平方公里扩展至120.56平方公里。", "14.92平方公里", "总面积", None),
]


@pytest.mark.parametrize("text,raw,subject,owner", TOPICS_OF_CLAUSES_BEFORE, ids=ids(TOPICS_OF_CLAUSES_BEFORE))
def test_the_topic_of_the_clauses_before(text, raw, subject, owner):
    assert owner_of(text, raw) == (subject, owner)


# 总长 is a measure named alone, as 全长 is (not the chief of a staff: 参谋总长 is never before a
# figure), and a clause that says what a place adjoins (东接香港, 南临渤海: a direction and a verb the
# dictionary reads as a name) goes on about the thing named before it, as a route's ends do.
# (text, raw, subject, owner)
LENGTHS_AND_NEIGHBOURS = [
    ("港珠澳大桥横跨伶仃洋，总长55公里。", "55公里", "总长", "港珠澳大桥"),
    ("这条铁路横贯东西，总长1700公里。", "1700公里", "总长", "铁路"),
    ("该隧道穿越秦岭，总长18公里。", "18公里", "总长", "隧道"),
    ("青藏铁路穿越可可西里，总长1956公里。", "1956公里", "总长", "青藏铁路"),
    ("这座跨海大桥连接两岸，总长16公里。", "16公里", "总长", "跨海大桥"),
    ("这条输油管道东连俄罗斯，西接哈萨克斯坦，总长2000多公里。", "2000多公里", "总长", "输油管道"),
    ("港珠澳大桥东接香港特别行政区，西接广东省珠海市和澳门特别行政区，全长约55公里。", "约55公里", "全长", "港珠澳大桥"),
    ("赣深高铁北起江西赣州，南接深圳，全长436.3公里。", "436.3公里", "全长", "赣深高铁"),
    ("新区北靠燕山，南临渤海，总面积1200平方公里。", "1200平方公里", "总面积", "新区"),
    ("新区北靠太行山，南临黄河，总面积800平方公里。", "800平方公里", "总面积", "新区"),
    # near misses: a route's ends read already, and a length that names its thing
    ("徐连高铁西起江苏省徐州市，东至连云港市，全长185公里。", "185公里", "全长", "徐连高铁"),
    ("这条铁路总长1000公里。", "1000公里", "铁路总长", None),
]


@pytest.mark.parametrize("text,raw,subject,owner", LENGTHS_AND_NEIGHBOURS, ids=ids(LENGTHS_AND_NEIGHBOURS))
def test_a_total_length_and_what_a_place_adjoins(text, raw, subject, owner):
    assert owner_of(text, raw) == (subject, owner)


# No owner: subjects that are no measure alone, measures after their figure, times. (text, raw)
NO_OWNER = [
    ("高新技术产业营业收入增长12%。", "12%"),
    ("该隧道全长3.4公里。", "3.4公里"),
    ("大疆无人机占领了全球民用无人机市场70%的份额。", "70%"),
    ("工程历时3年，全长20公里。", "3年"),
    ("今年以来，总投资超过3000亿元。", "超过3000亿元"),
    ("工业增加值增长6.1%，增速回落0.5个百分点。", "0.5个百分点"),
    ("新建学校20所，改造校舍300间。", "300间"),
    ("今天早上的气温也不足-10℃。", "不足-10℃"),
    ("这里纬度高、降雪量大，存雪期长达六个月。", "六个月"),
    ("全国粮食产量达到6.9亿吨。", "6.9亿吨"),
]


@pytest.mark.parametrize("text,raw", NO_OWNER, ids=ids(NO_OWNER))
def test_no_owner(text, raw):
    assert owner_of(text, raw)[1] is None


# A measure named alone right after a count and a list's comma (废弃矿点近9000个 + 、 + 面积达…) is of
# the things just counted, as after a comma. Near misses: a comma, a total. (text, raw, owner)
MEASURE_AFTER_A_COUNT_AND_A_COMMA = [
    ("治理修复废弃矿点近9000个、面积达2.5万公顷。", "2.5万公顷", "废弃矿点"),
    ("建成隧道12座、总长度达30公里。", "30公里", "隧道"),
    ("签约项目115个、金额204.9亿元。", "204.9亿元", "签约项目"),
    ("新建公园120个、面积达3000公顷。", "3000公顷", "新建公园"),
    ("建成湿地公园36处、总面积达1.2万亩。", "1.2万亩", "湿地公园"),
    ("新增高标准农田示范区8个、面积达5万亩。", "5万亩", "新增高标准农田示范区"),
    ("建成桥梁26座、全长12公里。", "12公里", "桥梁"),
    ("改造老旧小区40个、面积达300万平方米。", "300万平方米", "改造老旧小区"),
    ("开工安置房小区20个、建筑面积80万平方米。", "80万平方米", "安置房小区"),
    ("建设人工湖5个、面积2000亩。", "2000亩", "人工湖"),
    # near misses: a comma instead, a measure that is no measure named alone
    ("新建公园120个，面积达3000公顷。", "3000公顷", "新建公园"),
    ("重点项目120个，总投资560亿元。", "560亿元", "重点项目"),
]


@pytest.mark.parametrize("text,raw,owner", MEASURE_AFTER_A_COUNT_AND_A_COMMA, ids=ids(MEASURE_AFTER_A_COUNT_AND_A_COMMA))
def test_a_measure_after_a_count_and_a_list_comma_is_of_the_things_counted(text, raw, owner):
    assert owner_of(text, raw)[1] == owner
