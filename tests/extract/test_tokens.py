"""Tokens: how a word the dictionary does not know is cut and tagged."""

import pytest

from factx.extract import tokens as tk
from factx.extract.organization import find_organizations

# jieba's HMM glues a function word to the one character after it (研究并报 + 中共中央): once
# the function word is off, a character that stands alone as a word keeps the dictionary's tag
# (a verb or common noun is no part of the name after it); a bound morpheme, a proper
# abbreviation or an adjective stays a name fragment (县 + 生态环境分局, 同 + 芬 + 议会).
PEELED_PAIRS = [
    ("并报", [("并", "c"), ("报", "n")]),
    ("从代", [("从", "p"), ("代", "q")]),
    ("自驾", [("自", "p"), ("驾", "v")]),
    ("在售", [("在", "p"), ("售", "v")]),
    ("并交", [("并", "c"), ("交", "v")]),
    ("自产", [("自", "p"), ("产", "n")]),
    ("由县", [("由", "p"), ("县", "nz")]),
    ("同芬", [("同", "p"), ("芬", "nz")]),
    ("由古", [("由", "p"), ("古", "nz")]),
    ("和吴", [("和", "c"), ("吴", "nz")]),
    ("与京", [("与", "p"), ("京", "nz")]),
    ("于沪", [("于", "p"), ("沪", "nz")]),
]
# Near misses: pairs that open with no function word stay one guessed name.
UNPEELED_PAIRS = ["经报", "将售", "正奥", "太岳"]
# A pair that ends in a word that links it to what follows (后经 + 医院诊断, 一是, 图为) is two
# words, no name: tagged u.
FUNCTION_PAIRS = ["后经", "先经", "随经", "一是", "图为", "已向", "仍为", "均为", "又将", "再被", "死于", "收于", "已于", "拟于"]
# A modal the HMM glued to the one-character verb after it (货轮 + 可载 + 集装箱, 每户 + 需交 +
# 水费) is two verbs, no name, whatever the dictionary tags the verb (产 n, 运 n, 种 m); a pair
# whose second character is no verb stays a guessed name (可李, 可年), and so does one that
# opens with no modal (正奥).
MODAL_AND_VERB = ["可产", "可载", "可供", "能住", "需交", "能装", "可停", "能运", "可种", "要花", "可坐", "能造", "可到"]
NOT_MODAL_AND_VERB = ["可李", "可年", "正奥", "已播"]


def unknown(word):
    """How the tokenizer cuts and tags a word its dictionary does not hold."""
    _, tags, _ = tk.load_segmenter()
    assert word not in tags
    words, flags = [], []
    tk._add_unknown(word, tags, words, flags)
    return list(zip(words, flags))


@pytest.mark.parametrize(
    "word,expected",
    PEELED_PAIRS + [(word, [(word, "u")]) for word in FUNCTION_PAIRS] + [(word, [(word, "nz")]) for word in UNPEELED_PAIRS],
)
def test_an_unknown_pair_is_peeled_two_words_or_a_guessed_name(word, expected):
    assert unknown(word) == expected


@pytest.mark.parametrize("word", MODAL_AND_VERB)
def test_a_modal_and_its_verb_are_two_verbs(word):
    assert unknown(word) == [(word[0], "v"), (word[1], "v")]


@pytest.mark.parametrize("word", NOT_MODAL_AND_VERB)
def test_a_pair_with_no_modal_or_no_verb_stays_a_name(word):
    assert unknown(word) == [(word, "nz")]


@pytest.mark.parametrize(
    "text,absent,present",
    [
        ("中央纪委常委会会议研究并报中共中央批准。", "报中共中央", "中共中央"),
        ("此事并报中央军委批准。", "报中央军委", "中央军委"),
        ("中央组织部从代中央管理党费中划拨资金。", "代中央", "中央组织部"),
    ],
)
def test_a_peeled_verb_is_no_part_of_the_name_after_it(text, absent, present):
    found = {org.name for org in find_organizations(text)}
    assert absent not in found and present in found, found


@pytest.mark.parametrize(
    "word,tag",
    [("6G", "eng"), ("5G", "eng"), ("3D", "eng"), ("4K", "eng"), ("PM2.5", "eng"), ("C919", "eng"),
     ("2020", "m"), ("，", "m"), ("%", "m"), ("。", "x"), ("—", "x")],
)
def test_words_that_are_no_chinese_are_tagged_by_shape(word, tag):
    assert tk._shape_tag(word) == tag


# Words of current news that jieba's dictionary lacks (factx/data/current_words.txt): each is one
# token in a sentence, where the segmenter's HMM glued its characters to their neighbours.
CURRENT_WORDS = [
    ("2025年线上服务消费增长22%", "线上"),
    ("全省新建充电桩3.5万个", "充电桩"),
    ("全国快递员超过400万人", "快递员"),
    ("其中特高压线路长度达到4万公里", "特高压"),
    ("物联网终端用户达到26亿户", "物联网"),
    ("人形机器人企业超过100家", "人形机器人"),
    ("跨境电商进出口额增长10%", "跨境电商"),
    ("网约车订单量增长8%", "网约车"),
    ("全市新增首店500家", "首店"),
    ("数字人民币交易额超过7万亿元", "数字人民币"),
    ("全国在用算力规模位居世界第二", "算力"),
    ("预制菜市场规模达到5000亿元", "预制菜"),
    ("全省规上工业增加值增长6%", "规上"),
    ("全市线上线下消费零售总额达到569亿元", "线上线下"),
    ("全省新增无症状感染者120例", "无症状"),
    ("全市开放120个疫苗接种点", "接种点"),
    ("设立核酸采样点300个", "采样点"),
    ("社区给予他2500元的纾困补贴", "纾困"),
    ("832个脱贫县都培育了主导产业", "脱贫县"),
    ("尽快推出1000亿元再贷款支持物流仓储", "再贷款"),
    ("全国体育场地面积达42.3亿平方米", "体育场地"),
    ("我国灵活就业人员已经达到两亿人", "灵活就业"),
    ("开展7天期逆回购操作", "逆回购"),
    ("立即零关税比例超过65％", "零关税"),
    ("建成零碳园区12个", "零碳"),
    ("负利率债券规模超过10万亿美元", "负利率"),
    ("实现零增长的企业有30家", "零增长"),
    ("京张高铁是时速350公里的智能高速铁路", "高速铁路"),
    ("腾退了低效用地7588亩", "低效用地"),
    ("盘活存量用地3000亩", "存量用地"),
    # teams named by their task
    ("西藏组建了9个区党委巡回指导组和538个督导组", "指导组"),
    ("省委派出12个巡察组", "巡察组"),
    ("30个宣讲团成员深入基层", "宣讲团"),
    ("共派出6个联络组和8个核查组", "核查组"),
    # a verb of current news (factx/data/current_verbs.txt): 总 + 触 + 达 no more
    ("跨媒体总触达人次已达484.74亿次", "触达"),
    ("警方抓获3名在逃人员", "在逃"),
]


@pytest.mark.parametrize("text,word", CURRENT_WORDS, ids=[row[1] for row in CURRENT_WORDS])
def test_a_word_of_current_news_is_one_token(text, word):
    assert word in [token.word for token in tk.tag(text, 0, len(text))]


# A word news uses far more than jieba's corpus did (factx/data/word_frequencies.tsv) wins the
# cut over a rarer word that overlaps it: 报告 + 单日 ("reported, in a single day"), not 报告单 (a
# lab report) + 日. Where the rarer word stands alone, or its neighbour is a word of its own, the
# cut is the dictionary's.
SINGLE_DAY = [
    "法国15日报告单日新增确诊病例2.6万例",
    "美国报告单日新增病例超过10万例",
    "印度连续第三天报告单日新增病例超过30万",
    "日本东京都报告单日新增确诊病例5000余例",
    "英国卫生部报告单日新增死亡病例1200例",
    "该州27日报告单日新增病例创下新高",
    "巴西29日报告单日新增新冠确诊病例6.9万例",
    "德国疾控机构报告单日新增确诊1.2万例",
    "意大利再次报告单日新增病例超过4万例",
    "韩国已连续5天报告单日新增病例超过1000例",
    "俄罗斯报告单日新增死亡病例1000余例",
]
SINGLE_DAY_NEAR_MISSES = [
    ("他把化验报告单交给医生", "报告单"),
    ("请核对检查报告单日期", "报告单"),
    ("企业要按时报告单位用工情况", "单位"),
    ("这份名单日前公布", "名单"),
    ("订单日益增多", "订单"),
    ("账单日是每月5号", "账单"),
]


@pytest.mark.parametrize("text", SINGLE_DAY)
def test_a_word_news_uses_often_wins_the_cut(text):
    words = [token.word for token in tk.tag(text, 0, len(text))]
    assert "单日" in words and "报告单" not in words, words


@pytest.mark.parametrize("text,word", SINGLE_DAY_NEAR_MISSES, ids=[row[0] for row in SINGLE_DAY_NEAR_MISSES])
def test_the_dictionary_cut_stays_where_no_such_word_is_written(text, word):
    words = [token.word for token in tk.tag(text, 0, len(text))]
    assert word in words and "单日" not in words, words


# After a number, a classifier or a unit of time the HMM glued to the next character is split
# off (2040 + 名反 + 政府 -> 名 + 反, 23 + 日起 + 银行 -> 日 + 起); a one-character verb and a
# direction after it (带出, 踏出) are a verb, no name.
GLUED_AFTER_NUMBERS = [
    ("共遣散了2040名反政府武装分子", "名"),
    ("自10月23日起银行再次降低利率", "日"),
    ("打死50名黎真主党成员", "名"),
    ("2025年线上服务消费增长22%", "年"),
    ("全市有3家鲁能集团下属企业", "家"),
    ("共有5位韩正会见的代表", "位"),
    ("共设18项极具民族特色的竞赛项目", "项"),
]
VERB_AND_DIRECTION = ["带出", "踏出", "送去", "抬进", "拖回", "捐来", "涌来", "造出", "花去", "装上", "迎回", "跑进"]


@pytest.mark.parametrize("text,classifier", GLUED_AFTER_NUMBERS, ids=[row[0] for row in GLUED_AFTER_NUMBERS])
def test_a_classifier_glued_after_a_number_is_split_off(text, classifier):
    words = [token.word for token in tk.tag(text, 0, len(text))]
    assert classifier in words, words


@pytest.mark.parametrize("word", VERB_AND_DIRECTION)
def test_a_verb_and_its_direction_are_no_name(word):
    assert unknown(word) == [(word, "u")]


@pytest.mark.parametrize(
    "text,absent,present",
    [
        ("自10月23日起银行再次降低利率。", "日起银行", None),
        ("连一根羽毛都不敢带出海关。", "带出海关", None),
        ("打死50名黎真主党成员。", "名黎真主党", "黎真主党"),
        ("共遣散了2040名反政府武装分子。", "名反政府", None),
        ("有力的步伐踏出属于人民陆军的时代强音。", "踏出属于人民陆军", None),
    ],
)
def test_no_name_opens_with_a_glued_classifier_or_verb(text, absent, present):
    found = {org.name for org in find_organizations(text)}
    assert absent not in found and (present is None or present in found), found


# A verb of going, pointing or hearing the HMM glued to the 市 or 省 that opens a name is split
# off (到市 + 国土资源和房屋管理局); 练市 (a town), 可省 and 跨省 are no such pairs.
GLUED_MOTION = [
    ("应当到市国土资源和房屋管理局办理", "市国土资源和房屋管理局"),
    ("听省农委汇报工作", "省农委"),
    ("就是指市交通监控中心系统", "市交通监控中心"),
    ("到市政务服务中心办理", "市政务服务中心"),
    ("他赴省教育厅汇报", "省教育厅"),
    ("代表团抵市人民政府参观", "市人民政府"),
    ("他回市委组织部报到", "市委组织部"),
    ("前往省发展改革委", "省发展改革委"),
    ("他们来市总工会反映情况", "市总工会"),
    ("离省纪委后他退休", "省纪委"),
]
NOT_GLUED_MOTION = [("湖州练市针织制衣厂", "练市"), ("每户可省200元", "可省"), ("跨省通办事项", "跨省")]


@pytest.mark.parametrize("text,name", GLUED_MOTION, ids=[row[0] for row in GLUED_MOTION])
def test_a_motion_verb_glued_to_shi_or_sheng_opens_no_name(text, name):
    assert name in {org.name for org in find_organizations(text)}


@pytest.mark.parametrize("text,word", NOT_GLUED_MOTION, ids=[row[0] for row in NOT_GLUED_MOTION])
def test_other_pairs_before_shi_or_sheng_stay_whole(text, word):
    assert any(word in token.word for token in tk.tag(text, 0, len(text)))


# "Per" and a unit or classifier the HMM glued into one unknown word (每吨, 每斤: too rare in
# jieba's corpus for factx's dictionary) are two words, as jieba cuts 每 + 公斤.
PER_UNIT_WORDS = [
    ("油价跌至每吨8000美元", "吨"),
    ("售价为每台5000元", "台"),
    ("收购价为每斤1.5元", "斤"),
    ("金价涨至每克500元", "克"),
    ("每架直升机载荷75千克", "架"),
    ("电价为每千瓦时0.5元", "千瓦时"),
    ("水价为每立方米3元", "立方米"),
    ("猪肉价格跌至每公斤20元", "公斤"),
    ("房价为每平方米2万元", "平方米"),
    ("补贴为每辆车5000元", "辆"),
]


@pytest.mark.parametrize("text,unit", PER_UNIT_WORDS, ids=[row[0] for row in PER_UNIT_WORDS])
def test_per_and_its_unit_are_two_words(text, unit):
    tokens = [(token.word, token.tag) for token in tk.tag(text, 0, len(text))]
    assert ("每", "r") in tokens or ("每", "zg") in tokens, tokens
    assert unit in [word for word, _ in tokens], tokens


# A word that names a measure is one token even where the corpus rarely saw it and nothing
# follows it (jieba alone cuts 时长 at the end of a text into 时 + 长).
MEASURES_KEPT_WHOLE = ["时长", "交流时长", "会谈时长", "通话时长", "飞行时长"]


@pytest.mark.parametrize("text", MEASURES_KEPT_WHOLE)
def test_a_measure_word_is_kept_whole(text):
    assert [token.word for token in tk.tag(text, 0, len(text))][-1] == "时长"
