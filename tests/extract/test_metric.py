"""Metrics: values, units, qualifiers, ranges, non-metrics and subjects, as tables."""

import pytest

from factx.extract.date import find_dates
from factx.extract.metric import find_metrics


def metrics(text):
    return list(find_metrics(text, list(find_dates(text))))


def only(text):
    found = metrics(text)
    assert len(found) == 1, [m.raw for m in found]
    return found[0]


# (text, raw, value, unit, qualifier)
METRIC_EXAMPLES = [
    ("科学城战略性新兴企业产值达1373.3亿元。", "1373.3亿元", 137330000000, "元", None),
    ("汇集企业运营发展数据2.4万余条", "2.4万余条", 24000, "条", "more_than"),
    ("占比达百分之八十", "百分之八十", 80, "%", None),
    ("新增上千万元营业收入", "上千万元", 10000000, "元", "more_than"),
    ("建立总规模300 亿元的基金", "300 亿元", 30000000000, "元", None),
    ("已突破各类关键技术30余项", "30余项", 30, "项", "more_than"),
    ("与60多家企业建立合作", "60多家", 60, "家", "more_than"),
    ("科创项目占比超80%", "超80%", 80, "%", "more_than"),
    ("预计今年底将达到95%以上", "95%以上", 95, "%", "more_than"),
    ("面积约500平方米", "约500平方米", 500, "平方米", "approx"),
    ("研发场地超过4000平方米", "超过4000平方米", 4000, "平方米", "more_than"),
    ("全市近80%的二级以上医院", "近80%", 80, "%", "less_than"),
    ("形成不低于500亿元的投资规模", "不低于500亿元", 50000000000, "元", "at_least"),
    ("目标规模超过千亿元", "超过千亿元", 100000000000, "元", "more_than"),
    ("投入超百亿元", "超百亿元", 10000000000, "元", "more_than"),
    ("较上年同期上升5.9个百分点", "5.9个百分点", 5.9, "个百分点", None),
    ("增速为-6.5%", "-6.5%", -6.5, "%", None),
    ("仅用了5个工作日", "5个工作日", 5, "个工作日", None),
    ("出口已连续6个月实现正增长", "6个月", 6, "个月", None),
    ("为期五天", "五天", 5, "天", None),
    ("完成早稻播插面积6.8万亩", "6.8万亩", 68000, "亩", None),
    ("油菜籽总产量3.31万吨", "3.31万吨", 33100, "吨", None),
    ("游客37.7万人次", "37.7万人次", 377000, "人次", None),
    ("生猪出栏43.72万头", "43.72万头", 437200, "头", None),
    ("整车24万辆", "24万辆", 240000, "辆", None),
    ("东芝重组另需1万亿日元", "1万亿日元", 1000000000000, "日元", None),
    ("以每股1.95港元收购", "1.95港元", 1.95, "港元", None),
    ("央行到期定存单5306亿台币", "5306亿台币", 530600000000, "新台币", None),
    ("我有一千元", "一千元", 1000, "元", None),
    ("十五美元", "十五美元", 15, "美元", None),
    ("8亿元人民币", "8亿元人民币", 800000000, "元", None),
    ("身高168公分", "168公分", 168, "厘米", None),
    ("日均20万公斤", "20万公斤", 200000, "千克", None),
    ("全程12千米", "12千米", 12, "公里", None),
    ("三百米", "三百米", 300, "米", None),
    ("负13.5千米", "负13.5千米", -13.5, "公里", None),
    ("1.5公斤", "1.5公斤", 1.5, "千克", None),
    ("三十五毫克", "三十五毫克", 35, "毫克", None),
    ("增长三成", "三成", 30, "%", None),
    ("2.5成", "2.5成", 25, "%", None),
    ("千分之2.4", "千分之2.4", 0.24, "%", None),
    ("百分之一百二十点五", "百分之一百二十点五", 120.5, "%", None),
    ("5％", "5％", 5, "%", None),
    ("１４个", "１４个", 14, "个", None),
    ("1,234.5万元", "1,234.5万元", 12345000, "元", None),
    ("数十家企业", "数十家", 10, "家", "more_than"),
    ("几百个项目", "几百个", 100, "个", "more_than"),
    ("十几个项目", "十几个", 10, "个", "more_than"),
    ("一年多以来", "一年多", 1, "年", "more_than"),
    ("实施一年有余", "一年有余", 1, "年", "more_than"),
    ("至少九千块钱以上", "至少九千块钱以上", 9000, "元", "at_least"),
    ("1.2元以下", "1.2元以下", 1.2, "元", "less_than"),
    ("5项重点工作", "5项", 5, "项", None),
    ("14所高校", "14所", 14, "所", None),
    ("80名领导干部", "80名", 80, "名", None),
    ("15位股东", "15位", 15, "位", None),
    ("4只子基金", "4只", 4, "只", None),
    ("130余家创投机构", "130余家", 130, "家", "more_than"),
    ("近30个项目", "近30个", 30, "个", "less_than"),
    ("规模约40亿元", "约40亿元", 4000000000, "元", "approx"),
    ("超過20億元", "超過20億元", 2000000000, "元", "more_than"),
    ("約500平方米", "約500平方米", 500, "平方米", "approx"),
    ("500餘家企業", "500餘家", 500, "家", "more_than"),
    ("起碼三蚊零四", "起碼三蚊零四", 3.04, "元", "at_least"),
    ("七蚊", "七蚊", 7, "元", None),
    ("固定资产投资计划90多亿元", "90多亿元", 9000000000, "元", "more_than"),
    ("一千多万元", "一千多万元", 10000000, "元", "more_than"),
    ("三十几万元", "三十几万元", 300000, "元", "more_than"),
    ("这个手机壳五元三毛", "五元三毛", 5.3, "元", None),
    ("50元6角三分", "50元6角三分", 50.63, "元", None),
    ("两角五分", "两角五分", 0.25, "元", None),
    ("最多一块二", "最多一块二", 1.2, "元", "at_most"),
    ("至少三块零四", "至少三块零四", 3.04, "元", "at_least"),
    ("一吨半", "一吨半", 1.5, "吨", None),
    ("三米九", "三米九", 3.9, "米", None),
    ("选一个，$20，300美圆, ￥300", "￥300", 300, "元", None),
    ("选一个，$20，300美圆, ￥300", "$20", 20, "美元", None),
    ("选一个，$20，300美圆, ￥300", "300美圆", 300, "美元", None),
    ("港币3.14", "港币3.14", 3.14, "港元", None),
    ("仟分之贰", "仟分之贰", 0.2, "%", None),
    ("萬分之肆", "萬分之肆", 0.04, "%", None),
    ("营业收入13977.46亿元", "13977.46亿元", 1397746000000, "元", None),
]
RANGE_EXAMPLES = [
    ("投资3至5亿元", "3至5亿元", 300000000, 500000000, "元"),
    ("三四十个村", "三四十个", 30, 40, "个"),
    ("七八家企业", "七八家", 7, 8, "家"),
    ("10-20万元", "10-20万元", 100000, 200000, "元"),
]
NO_METRIC = [
    "进一步增强“四个意识”、坚定“四个自信”、做到“两个维护”",
    "吸引了世界500强企业",
    "聚焦打造“十大科技研发创新中心”",
    "通过“1+N”动态运行协同创新模式",
    "两地统一战线",
    "联合微电子8吋中试线",
    "5G基站建设",
    "一个产品的延伸",
    "一批项目的聚集",
    "第二次联席会议",
    "10月13日，川渝统一战线发布",
    "2020年重点工作项目清单",
    "今年1-8月",
    "前9个月",
    "石墨烯被称为21世纪“新材料之王”",
    "联系电话：023-63907890",
    "双方共签约项目",
    "一成不变",
    "获得2019年全国新型智慧城市典型地区实践",
    "千家万户",
    "环比增速均达两位数",
    "学习借鉴长三角一体化发展",
    "得分20分",
]
# (text, raw, subject)
SUBJECT_EXAMPLES = [
    ("今年1-8月，科学城战略性新兴企业产值达1373.3亿元。", "1373.3亿元", "科学城战略性新兴企业产值"),
    ("西部（重庆）科学城已建成市级以上孵化器和众创空间14个，", "14个", "市级以上孵化器和众创空间"),
    ("此外，今年科学城还对52家企业实施了智能化改造。", "52家", "企业"),
    ("科学城积极推动14所高校建设众创联盟。", "14所", "高校"),
    ("科学城共签约项目43个，总投资额达1012.4亿元。", "1012.4亿元", "总投资额"),
    ("建立总规模300亿元的双城经济圈发展基金。", "300亿元", "总规模"),
    ("公司凭借知识产权价值获得了银行80万元的贷款。", "80万元", "贷款"),
    ("包括全市近80%的二级以上医院实现网上预约诊疗服务。", "近80%", "二级以上医院"),
    ("上云率已由2018年的27.8%提高到去年的85.7%。", "27.8%", "上云率"),
    ("上云率已由2018年的27.8%提高到去年的85.7%。", "85.7%", "上云率"),
    ("新区实现地区生产总值315.8亿元，同比增长15.4%。", "15.4%", "地区生产总值"),
    ("吸引了6家世界500强企业落户。", "6家", "世界500强企业"),
    ("拥有4个自有实验室和2个合作共建实验室。", "2个", "合作共建实验室"),
    ("目前公司的知识价值信用贷款额度已提升至400万元。", "400万元", "知识价值信用贷款额度"),
    ("成功对接融资需求430件，金额9.32亿元。", "9.32亿元", "金额"),
]
# (text, raw, period)
PERIOD_EXAMPLES = [
    ("今年1-8月，科学城战略性新兴企业产值达1373.3亿元。", "1373.3亿元", "今年1-8月"),
    ("上云率已由2018年的27.8%提高到去年的85.7%。", "85.7%", "去年"),
    ("科学城共签约项目43个。", "43个", None),
]


@pytest.mark.parametrize("text,raw,value,unit,qualifier", METRIC_EXAMPLES, ids=[row[0] for row in METRIC_EXAMPLES])
def test_metric(text, raw, value, unit, qualifier):
    found = [m for m in metrics(text) if m.raw == raw]
    assert found, [m.raw for m in metrics(text)]
    metric = found[0]
    assert float(metric.value) == pytest.approx(value)
    assert (metric.unit, metric.qualifier) == (unit, qualifier)
    assert text[metric.span[0] : metric.span[1]] == raw


@pytest.mark.parametrize("text,raw,low,high,unit", RANGE_EXAMPLES, ids=[row[0] for row in RANGE_EXAMPLES])
def test_range(text, raw, low, high, unit):
    metric = only(text)
    assert (metric.raw, float(metric.value), float(metric.value_max), metric.unit) == (raw, low, high, unit)


@pytest.mark.parametrize("text", NO_METRIC)
def test_no_metric(text):
    assert metrics(text) == []


@pytest.mark.parametrize("text,raw,subject", SUBJECT_EXAMPLES, ids=[f"{row[0]}:{row[1]}" for row in SUBJECT_EXAMPLES])
def test_subject(text, raw, subject):
    found = [m for m in metrics(text) if m.raw == raw]
    assert found and found[0].subject == subject


@pytest.mark.parametrize("text,raw,period", PERIOD_EXAMPLES, ids=[f"{row[0]}:{row[1]}" for row in PERIOD_EXAMPLES])
def test_period(text, raw, period):
    found = [m for m in metrics(text) if m.raw == raw]
    assert found and found[0].period == period


def test_unit_carried_over_a_list():
    found = metrics("三季度分别为10.15万亿、11万亿、11.17万亿元")
    assert [(m.raw, float(m.value), m.unit) for m in found] == [
        ("10.15万亿", 10.15e12, "元"), ("11万亿", 11e12, "元"), ("11.17万亿元", 11.17e12, "元")]


def test_evidence_is_the_sentence():
    text = "第一句话。产值达5亿元，增长3%。第三句。"
    assert {m.evidence for m in metrics(text)} == {"产值达5亿元，增长3%。"}


def test_linear_time_on_long_runs():
    # JioNLP-style regex blow-ups: 10,000 亿 in a row must stay fast and find nothing odd.
    assert isinstance(metrics("亿" * 10000), list)
    assert isinstance(metrics("1" * 5000 + "元"), list)
