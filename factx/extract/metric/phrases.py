"""Noun phrases next to a figure, over jieba's tags: the words that shape a subject, the
phrase before a figure (产值达1373.3亿元) and the one after its classifier (52家企业)."""

from __future__ import annotations

from collections.abc import Callable, Collection
from itertools import takewhile

from ... import patterns
from ...tables import (
    AGENT_NOUNS,
    COUNTRIES,
    INDICATOR_TERMS,
    MAIN_VERBS,
    NOUN_TAGGED_VERBS,
    ORG_STOP,
    ORG_SUFFIXES,
    REGIONS,
    SUBJECT_WORDS,
    UNITS,
    VERB_TAGGED_NOUNS,
)
from .. import tokens as tk
from .clauses import CLOSING_BRACKETS, LATIN_ABBREVIATION, OPENING_BRACKETS
from .quantity import EFFORTS, MEASURE_HEADS, NUMERAL_DIGIT_RE, PRE, QUANTITY_RE, TITLE_CLOSE, TITLE_OPEN, Candidate, parse_quantity

AMOUNT_WORDS = SUBJECT_WORDS["amount"] | frozenset(manner + verb for manner in tk.CHANGE_MANNERS for verb in tk.CHANGE_VERBS)
NOUN_LIKE = SUBJECT_WORDS["noun"]
COMPOUND_HEADS = tuple(sorted(SUBJECT_WORDS["compound_head"]))
CALENDAR = SUBJECT_WORDS["calendar"]
SUBJECT_STOP = SUBJECT_WORDS["stop"] | CALENDAR
# Words of all after a noun phrase (滨水步道 + 所有 + 堵点, 村民 + 所有 + 房屋): the whole of its
# parts, which a sentence goes on about, not the thing a figure before them is of.
ALL_OF = frozenset(("所有", "一切"))
MANNER = SUBJECT_WORDS["manner"]
CHANGE_MANNER = SUBJECT_WORDS["change_manner"]
ADVERBIALS = SUBJECT_WORDS["adverbial"] | MANNER
# Right after a classifier, adverbs of manner open a compound noun, not a predicate.
OPENING_ADVERBIALS = ADVERBIALS - MANNER
CHANNELS = SUBJECT_WORDS["channel"]
RELATIVE_ADVERBS = SUBJECT_WORDS["relative_adverb"]
COMPARE_WORDS = SUBJECT_WORDS["compare"]
RATIO = "比"
# The verbs of level that a ratio's name (桥隧比, 男女比) takes before its figure.
RATIO_LEVELS = tuple("为 达 达到 高达 约为 超过 超 仅为 不足 接近 逾".split())
# Compare words that close the standard, which opens at one of the openers (与高峰期相比).
CLOSING_COMPARE_WORDS = frozenset({"相比", "相较"})
COMPARE_OPENERS = frozenset({"与", "同", "和", "跟"})
COMPARE_OVER = SUBJECT_WORDS["compare_over"]
# Stop words that scope a whole area (全国, 全市, 我省): they end a subject looking left, and
# are passed over looking right.
SCOPE_WORDS = frozenset(word for word in SUBJECT_STOP if word.startswith(("全", "我")))
# Every kind of what is counted (各类候鸟), or every walk of life of the people counted (各界观众),
# which the figure before them counts.
EVERY_KIND = frozenset(("各类", "各种", "各项", "各式", "各色", "各界", "各族", "各级", "各类型", "各种类", "各门类"))
# What names the society whose walks of life are counted (香港社会, 首都, 西藏 + 各界): a noun, a place,
# a body or an abbreviation of two characters or more (a word the dictionary guessed may be a verb,
# and one character a locative or a complement: 展区 + 内 + 各种, 变幻 + 成 + 各种).
WALK_OWNER_TAGS = frozenset(("n", "ns", "nt", "s", "j"))
# Nouns of kind the segmenter cuts from 各 (各 + 类型).
EACH = "各"
NOUNS_OF_KIND = frozenset(("类型", "种类", "门类"))
# The whole areas a share is of, part first (出口额占全国约六成, 产量占全球70%以上).
SHARE_SCOPES = SCOPE_WORDS | {"全球", "世界", "全世界"}
RELATIVE_MEASURES = SUBJECT_WORDS["relative"]
RELATIVE_SHARES = SUBJECT_WORDS["relative_share"]
MEASURE_PREFIXES = SUBJECT_WORDS["measure_prefix"]
DIMENSIONS = SUBJECT_WORDS["dimension"]
CHANGES_IN_NAMES = SUBJECT_WORDS["change_in_name"]
CHANGE_HEADS = SUBJECT_WORDS["change_head"]
HANDLING_VERBS = SUBJECT_WORDS["handling"]
PEOPLE_CLASSIFIERS = frozenset("名位人户")
SINCE = "来"
# Units of time that 来 after them makes a time since (16年来, 五个月来, 多年来), as 以来 does.
SINCE_UNITS = ("年", "月", "天", "日", "周", "季度")
TIME_SINCE_TAGS = ("m", "q", "t")
SINCE_TAG = "f"  # the tag jieba gives 以来
NEAR = "近"
GLUED_LOCATIVE = "中"
# How nouns for people end: 人, 者, 员, 生 (学生), 民, 众, 属, 客, 工, 兵, 士, 友, 童, 嫂, 主 (车主), 家 (专家), 官, 手,
# 师 (医师, 厨师), 卫 (护卫, 警卫), 儿 (孤儿, 婴儿, 患儿, 健儿).
PERSON_ENDINGS = tuple("人者员生民众属客工兵士友童嫂主家官手师卫儿")
# Nouns for people that end otherwise.
PERSON_WORDS = frozenset("孩子 代表 干部 骨干 同学 妇女 青年 少年 同胞 侨胞 华侨 子女 嘉宾 学子 主任 伙伴 司机 部长 老汉 男子 女子".split())
# How nouns for people counted as people end: a person ending or a person word (知名学者和嘉宾,
# 农村妇女, 驻村干部).
PERSON_NOUN_ENDINGS = PERSON_ENDINGS + tuple(sorted(PERSON_WORDS))
# Classifiers of persons only (户 counts households, 人 follows a bare number).
PERSON_CLASSIFIERS = frozenset("名位")
# What a quoted name is, where the name is a title or an award given (“时代楷模”称号, “五一”劳动奖章).
AWARD_WORDS = ("称号", "荣誉", "奖章", "勋章", "奖状", "奖牌", "奖")
SHARE_VERB = "占"
# Verbs of amount that, between a part and a whole area and its 的, state the part's share of the
# whole as 占 does (美国人口还不到全球的5%, 出口额相当于全国的三成); the adverbs that may come
# before them (还, 约, 仅).
SHARE_BOUND_VERBS = frozenset(("不到", "不足", "仅为", "约为", "为", "相当于", "超过", "达到", "接近", "占到"))
SHARE_WORDS = frozenset({"比重", "比例", "份额", "占比", "权重"})
NOMINAL_TAGS = ("n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "vn", "an", "j", "b", "eng", "l", "ng", "s")
# What jieba tags a character it knows only as a morpheme of longer words (车, 井, 县, 奶), those
# of them that are function words, never counted (两人 + 虽, 350公里 + 每小时), and those that are
# places, which act (27个县 + 重点推广).
MORPHEME_TAG = "zg"
FUNCTION_MORPHEMES = frozenset("虽每且仍乎否亦乃若")
PLACE_MORPHEMES = frozenset("县村")
# The levels of government that stand in for one another in counts of places: 31个省（区、市）,
# 95个县（市、区）, 164个乡镇（街道）, 10个国家（地区）. The bracket after a count's level names the others counted
# with it, and is part of what is counted.
LEVEL = r"(?:自治区|直辖市|特别行政区|国家|地区|街道|社区|乡镇|兵团|[省区市县旗州盟镇乡村])"
LEVELS_AFTER_RE = patterns.compile(rf"[（(]{LEVEL}(?:[、,，和]{LEVEL})*[)）]")
LEVEL_ENDS_RE = patterns.compile(rf"{LEVEL}$")
# A month written in Chinese numerals, which the segmenter keeps as one numeral (十一月, 二月).
MONTH_WORD_RE = patterns.compile(r"[一二三四五六七八九十]{1,3}月")
# Time words of the calendar relative to now (今年, 今秋, 当日, 上半年), which date a place's
# measure; not 战时 (wartime), a kind of state.
CALENDAR_TIME_RE = patterns.compile(r"(?:今|明|去|前|本|当|同)(?:年|秋|春|夏|冬|季)|(?:今|昨|明|当)(?:天|日)|年内|年初|年末|年底|上半年|下半年")
DAY_OF_MONTH = r"[12][0-9]|3[01]|0?[1-9]"
CALENDAR_NUMBER_RE = patterns.compile(rf"(?:1[89]|20)[0-9]{{2}}年|(?:1[0-2]|0?[1-9])月|(?:{DAY_OF_MONTH})日")
# Measures of time, which name no figure in another unit (a share or a multiple of one they do),
# and after a duration are followed by the task it took (用5年时间 + 录制 + 名家名剧).
TIME_MEASURES = ("时间", "时长")
# 经 (through, after: 经选举, 经批准, 经治疗), which the dictionary tags a noun (scripture).
THROUGH = "经"
# The units of a date after the noun counted (11个村庄 + 23日晚 + 发生的冲突, 5家企业 + 3月 + 投产).
DATE_UNITS = frozenset("月日")
# The day of the month as speech writes it (10号), alone after a number, after people counted or
# before a verb: 号 also numbers lines, rooms and models (3号线, 5号楼, which the segmenter keeps
# as one word; 长征9号 + 重型火箭, 田湾5号 + 核电机组, which it does not).
SPOKEN_DAY = "号"
SPOKEN_DAY_NUMBER_RE = patterns.compile(DAY_OF_MONTH)
# Words of forecast and plan between a noun and the verb of its figure, which do not end its phrase.
HEDGES = frozenset("预计 计划 预期 有望 拟".split())
# Locatives that before a noun name a kind of it (沿线国家, 周边地区, 沿岸城市), not where the
# figure holds.
ROUTE_LOCATIVES = frozenset("沿线 周边 沿岸 沿途".split())
PLAIN_NOUN_TAGS = ("n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "j", "eng")
LINKS = frozenset("和 及 与 或 、".split())
LIST_COMMA = "、"
# Verbs that may run before the noun they modify (节能减排补助资金): no more than these; and
# verbs of purpose, which open a clause of their own (2亿元 + 用于改善山区交通).
MAX_MODIFIER_VERBS = 3
PURPOSE_VERBS = frozenset("用于 用来 用作 用以".split())
# One-character verbs of policy, which with their object name measures and campaigns (促消费,
# 稳就业, 保供应, 扩内需, 惠民生), and 涉, which with its object says what a case or a thing concerns
# (7起 + 涉产权 + 典型案例).
POLICY_VERBS = frozenset("促稳保扩惠强提降减优涉")
# What befalls the people counted (3人 + 受伤 + 送往医院): a predicate, never a modifier.
OUTCOMES = SUBJECT_WORDS["outcome"]
TAKING_PART = SUBJECT_WORDS["taking_part"]
PARTNER_VERBS = SUBJECT_WORDS["partner_verb"]
PARTNER_PREPOSITIONS = frozenset("与 同 跟".split())
JOINING_VERBS = SUBJECT_WORDS["joining"]
MOTION_VERBS = SUBJECT_WORDS["motion"]
# Negations and the prefixes of opposition and disorder that, before a noun of a subject, are part
# of it (管理不规范工程项目, 反 + 政府武装人员: jieba tags 反 a bound morpheme; 乱 + 收费, 乱 + 摊派).
NEGATIONS = frozenset("不 未 反 乱".split())
# 当 (when), which the dictionary tags a time: it opens a clause of time (当 + 列车时速达到300公里后),
# no character split off the noun after it.
WHEN = "当"
# What ends a noun phrase after a count: a time clause (8公里高度 + 时 + 打开降落伞), a zone's
# clock before a time (10万名公务员 + 当地时间 + 15日举行罢工).
TIME_CLAUSE_ENDS = frozenset({"时", "之际", "当地时间", "北京时间"})
# Verbs of reporting (jieba tags 报告 a noun) and the states of what is reported right after
# them (报告 + 现有确诊病例, 公布 + 单日新增病例): who reports is no part of what is counted.
REPORTING_VERBS = frozenset("报告 通报 公布 发布".split())
REPORTED_STATES = frozenset("现有 新增 累计 当日 当天 单日 每日 日均 新发 境外输入".split())
# Right before a figure (or its word of amount), how it is averaged (工商税收 + 年均 + 增长17.2%),
# no part of what it measures; before a noun, part of the measure's name (年均增速).
PER_PERIOD = frozenset("年均 日均 月均".split())
AVERAGE_WORD = "平均"
# A single day as the span of a flow: with the flow's verb it names the measure (美国单日新增
# 89297例: new cases in one day), where 新增 alone is the figure's verb (全市新增10个).
SINGLE_DAY = "单日"
# Aspect particles after a verb (达到 + 了, 整改 + 了): ul 了, ug 过.
ASPECT_TAGS = frozenset({"ul", "ug"})
# 被 before a verb that modifies a noun: the noun's passive participle (被审计单位, 被执行人).
PASSIVE_MARKS = frozenset("被")
# Adverbs to the dictionary that before a noun say what kind it is (高速收费站, 重复户口, 实时数据,
# 快速进站厅, 最新产品, 自然保护地, 首发活动); before a verb they say how (快速接近, 高速发展), and
# other adverbs after a count open what the counted do (两幅 + 已经 + 泛黄, 11家 + 正在 + 转型).
KIND_ADVERBS = frozenset("高速 重复 实时 快速 最新 自然 首发".split())
# Suffixes that make a verb an adjective before a noun (示范型, 示范性, 开放式, 创意类).
ADJECTIVE_SUFFIXES = frozenset("型 性 式 类".split())
SUFFIXED_MODIFIER_TAGS = frozenset(("a", "b", "t", "an"))
# A route between two places (西安北至延安站, 成都到重庆), and how stations and ports end.
ROUTE_LINKS = frozenset("至 到".split())
STATION_ENDS = ("站", "港", "机场", "口岸")
# The dash between a model's letters and its number (苏-27, F-35).
MODEL_DASHES = frozenset("- － ‐ —".split())
# What demonstrative pronouns open with (该, 该校, 本地, 其, 其他, 此, 这些), and those that stand
# alone, pointing back with no noun of their own.
DEMONSTRATIVES = frozenset("该本其此这")
POINTING_PRONOUNS = frozenset("该 其 此 这 这些 那些".split())
# Pronouns that point back to a kind (这样的 + 企业, 此类 + 案件): what is counted comes after them.
KIND_POINTERS = frozenset("这样 那样 这种 那种 这类 那类 此类 该类 这般 那般".split())
# What a countdown opens with (距离春节还有10天), before the day it counts to.
COUNTDOWN_WORDS = frozenset({"距离", "距", "离"})
# What may follow a noun phrase that ends its clause.
PHRASE_ENDS = frozenset("的 ， , 。 ； ; 、 ！ ？".split())
# Teams set up for a task: verbs between a counted body and one of them name the team (538个 +
# 市县 + 巡回 + 督导组, 20个 + 乡镇 + 巡回 + 医疗队), where a body's verb is otherwise its predicate
# (but 2万多名干部 + 组成 + 工作组: people counted form the team).
TEAM_HEADS = ("组", "队")
# 工作 ("work", tagged vn) after items (项) or aspects (方面) counted is their head where it ends the
# phrase (六项 + 重点工作, 十个 + 方面工作); elsewhere it is often a predicate (1074名干部 + 进疆工作,
# 两台发动机 + 工作约6秒) or a task done to the things counted (互撤11个 + 警备哨所 + 工作).
TASKS = "工作"
ITEMS = "项"
ASPECTS = "方面"
# Classifiers of things (missiles, aircraft, ships, vehicles, satellites, guns, buildings, sheets,
# pictures, volumes), which count the noun after 的 when an owner or a maker stands before it (a
# name, a side, people: 18栋 + 村民的 + 房屋, 4张 + 查韦斯的 + 照片); at most this many words of it.
OBJECT_CLASSIFIERS = frozenset("枚 架 艘 辆 颗 门 栋 张 幅 本".split())
# Verbs of carrying out a policy (推行, 实行): after things counted, their predicate.
CARRYING_OUT = frozenset("推行 实行".split())
# The suffix that makes a noun a word of kind (世界性, 全国性, 季节性).
QUALITY_SUFFIX = "性"
MAX_OWNER_WORDS = 4
# Bodies and places a count counts before a measure of theirs (31个省份 + 居民消费价格); 国家 is
# left out, since it also opens names (10个 + 国家数据中心集群).
COUNTED_BODIES = ("企业", "公司", "机构", "单位", "部门", "地区", "省份", "城市", "省市", "省区市", "县", "村庄",
                  "社区", "医院", "学校", "高校", "银行", "园区", "行业", "景区")
# What makes the words before 的 an owner or a maker, not the thing itself (两架 + 飞机的 + 残骸
# counts planes, 两辆 + 卡车运输的 + 物资 trucks): a name, a pronoun (我国), a side (敌方, 警方, 乌军).
OWNER_TAGS = ("ns", "nt", "nz", "nr", "j", "r")
OWNER_ENDINGS = ("方", "军", "武装", "部队")
# Names of places and people: a second item linked after a noun counted (及常州的两个区市); the
# segmenter tags generic bodies as names too (科研院所 nt), so bodies are left out.
PROPER_NAME_TAGS = ("ns", "nr")
# Adverbs that tally or say it is done so far, between a noun and the verb that names its
# figure (中欧班列累计开行, 邵逸夫共捐款, 农作物已收获超1.1亿亩, 混乱状况已持续两周); other
# adverbs (也, 均, 约) precede a predicate of its own.
TALLY_WORDS = frozenset("累计 共 共计 合计 总计 累积 已 已经".split())
ALREADY = frozenset("已 已经".split())
# Main verbs that also name a field before a measure (水利建设投资, 基础建设资金, 中欧班列开通数量),
# where 实现 and 完成 before one stay predicates (农林牧渔业实现总产值).
FIELD_VERBS = frozenset("建设 开通".split())
# Words of amount that also stand inside a relative measure's name (同比涨幅, 环比增速).
PERIOD_COMPARISONS = frozenset("同比 环比".split())
# What a verb of change takes before the level it reaches (恢复至1426头, 压缩到3天).
LEVEL_MARKS = frozenset("至 到".split())
# Verbs that name a flow or an action and so the figure after them (免税46.8亿元), which before
# 到 name it instead of a level (募集到300万欧元).
CARE_VERBS = SUBJECT_WORDS["care"]
MEASURE_VERBS = SUBJECT_WORDS["measure_verb"] | CARE_VERBS
# Characters that end a noun (指导 + 组, 帮扶 + 县, 自卫队 + 员) where jieba tags them zg, a bound
# morpheme (it tags 虽 so too), a numeral (罚没 + 款), or a verb (专精特新 + 贷); containers it tags as classifiers
# (试剂 + 盒, 工具 + 箱, 垃圾 + 袋), which right after a noun end it as no classifier does, and
# segments of a river or a line (长江南京 + 段, 青藏铁路格拉 + 段); orders (主席 + 令, a verb to jieba).
BOUND_ENDINGS = frozenset("组县厂员录队点区站所村镇乡局委院校馆场库园厅室户者商企类型性式率量额值费价车船贷款盒箱袋瓶桶罐症段令")
# The bound endings of teams, people and things, which left alone (a morpheme, a classifier to
# jieba) after a verb make a noun with it (观摩 + 组, 落水 + 者, 管护 + 员, 发电 + 车); not those of
# places, which after a verb are its object (划归 + 村集体), nor the suffixes of kinds (自杀 + 式).
JOINED_ENDINGS = frozenset("组员者车船点站队所厂馆室户盒箱袋瓶桶罐")
# (点 is a numeral to jieba: 切割 + 点, 起火 + 点.)
BOUND_TAGS = frozenset(("zg", "q", "k", "m"))
# 对 between two of the same ending pairs them (点对点, 面对面): no noun.
PAIRED = "对"
# A festival, after what it celebrates (纪录片节, 读书节).
FESTIVAL = "节"
# One-character verbs that, between two nouns, are the predicate (企业 + 有 + 研发机构), never
# a piece of a noun the segmenter split.
PREDICATE_CHARACTERS = frozenset(
    "有 是 为 在 达 占 比 向 对 给 被 把 将 让 使 用 获 建 办 搞 抓 促 保 要 接 到 去 赴 称 可 含 无 入 会 能 应 需 送 说 "
    "问 看 叫 派 请 令 至 离 距 经 往 朝 拿 带 弄 靠 缺 超 涨 降 增 减 升 跌 成 变 附 即 忌 倒".split()
)
# A size named right after a count and before its figure (12台 + 单机容量 + 85万千瓦 + 水轮发电机组),
# and what may end the figure before the thing (级, 的).
SIZE_NAMED_RE = patterns.compile(r"(?:单机|装机|额定|满载|设计)?(?:容量|功率|排水量|载重量|载重|吨位|运力|长度|直径|高度)(?:为|达)?")
SIZE_CLASS_END_RE = patterns.compile(r"级?的?")
# 等 after examples, then a word of kinship and the kind the examples belong to (医疗美容 + 等 +
# 相关 + 行业市场主体, 食品 + 等 + 其他 + 企业).
ETC = frozenset("等 等等".split())
KINDRED = frozenset("相关 其他 其它 各类 多种".split())
# Prepositions that open a relative clause before a counted noun (两枚从也门方向发射的导弹,
# 30家通过认证的企业, 两名在袭击事件中受伤的中国公民; without 的 and a noun, 5人在事故中受伤
# says where it befell them), or a phrase of topic (两个 + 关于修改法律的 + 决定草案, 10条 + 针对
# 小微企业的 + 措施; 有关 is left out: 8个有关单位的行动 counts the units concerned).
RELATIVE_PREPOSITIONS = frozenset("从 由 经 通过 因 为 在 关于 针对".split())
# 因 and 为 open a relative clause only as 因…而…的 and 为…而…的 (70位因援助…而殉职的中国专家): else
# 为 is a copula (6起为…) and 因 the cause of what befell the counted (12人因…的事故受伤).
PURPOSE_OR_CAUSE = frozenset("因 为".split())
# 在 opens a relative clause only before the things or people counted (three months + 在农村…的
# “三三三制” is how long), and not where a locative closes its frame after the noun (2000多人 +
# 在…的过程 + 中 + 死亡).
AT = "在"
# Verbs of levying a duty, which after the goods counted or valued are the predicate.
LEVIES = frozenset("加征 征收 加收 免征 减征".split())
# 自 before a place and a trade's verb (自华进口商品): the goods' origin (从日本进口的 opens a
# relative clause).
ORIGIN = "自"
TRADE_FLOWS = ("进口", "出口", "输入", "输出", "引进")
ORIGIN_TAGS = ("ns", "nz", "j")  # 华, a country's one-character name, is a proper noun to the segmenter
FRAME_CLOSERS = frozenset("中 里 内 上 时 之中 期间".split())
THEREBY = "而"
# A locative after a verbal noun makes a noun phrase of it (5项重点工作中有3项).
LOCATIVES = frozenset("中 里 内 之中".split())
# Locatives of being within the things a count counts (43个县域 + 内, 12个乡镇 + 中).
WITHIN_LOCATIVES = frozenset("中 里 内".split())
# Locatives that place things within or along a place (沿江一公里 + 内, 河道 + 两侧), before the
# 的 of the things counted (not 之间 or 中: 两个国家 + 之间的 + 合作 counts the countries).
PLACED_WITHIN = frozenset("内 以内 两侧 两岸 沿线 周边 附近 境内".split())
# The words of such a place: nouns, places, locatives and distances (沿江 + 一 + 公里), no verb.
PLACE_PHRASE_TAGS = ("n", "s", "f", "m", "q", "j")
# What makes such a place more than a bare noun 个 could count: a locative, a distance, a name.
PLACE_MARK_TAGS = frozenset(("f", "m", "ns"))
# Levels of place that a locative after them is glued to (省内, 区中, 村里).
PLACE_LEVELS = frozenset("省 市 县 区 乡 镇 村 州")
# A locative after a noun, a verb or a verbal noun after it: the place where it is done (数字道路 +
# 上 + 架设 + 智能信息杆柱): the noun before is no part of what the verb acts on, nor the verb of it.
PLACE_LOCATIVES = frozenset("上 中 里 内 下".split())
# 范围 and a locative after a place (全国范围内, 在全球范围内) say where a figure holds; after
# anything else they are part of a measure's name (政策范围内住院费用报销比例).
SCOPE_RANGE = "范围"
WHOLE = "全"
# 处 after a length (边境300公里处, 地下4500米处) is the place that far off: the length measures
# nothing after it.
AT_A_DISTANCE = "处"
# After a time (飞行6.5小时后): what follows happened then, nothing the time counts.
AFTER_A_TIME = frozenset("后 以后 之后".split())
# A fall said as negative growth (出口 + 负增长 + 2.1%): passed over before a figure, as 下降 is.
NEGATIVE_GROWTH = frozenset({"负增长"})
# The link between the two ends of a range written with a unit on each (两周到一个月, 3个月至半年).
RANGE_LINK_RE = patterns.compile(r"[到至]")
QUOTES = frozenset("“ ” ‘ ’".split())
OPENING_QUOTES = frozenset("“ ‘".split())
MAX_TITLE_TOKENS = 20
ORDINAL_MARK = "第"
# The ordinal of a series (第六届, 第三批), as against a rank or a title (第一, 第一书记).
ORDINAL_OF_SERIES_RE = patterns.compile(r"第[0-9０-９一二三四五六七八九十百]+[届批次期轮季]")
# Verbs of taking place, showing and ending, which after a noun are its predicate, never part of
# an activity's name (系列活动 + 举行, 监测数据 + 显示, 停火时间 + 延长).
HAPPENING = frozenset("举行 举办 召开 发生 出现 开幕 闭幕 开始 结束 完成 延长 恶化 增多 减少 显示 说明 表明".split())
# 新 before a verb and a noun: the newly made (新当选院士, 新录用公务员), a kind of the noun.
NEWLY = "新"
# Negations before a verb that, with it, make the kind of the noun after them (未就业大学生); 无人
# does so before a relative clause's 的 only (无人陪伴的儿童: none to look after them), where
# without one it opens a compound (无人飞船, 无人驾驶汽车).
KIND_NEGATIONS = frozenset({"未", "不", "非", "没有"})
NOBODY = "无人"
# Adverbs of degree, and the characters that open the words the segmenter glues them into (更好,
# 最大), before what they grade and 的: a description of what is counted after it.
DEGREE_ADVERBS = frozenset("更 更加 最 很 非常 十分 较 比较 相对 特别 越来越 极其".split())
DEGREE_OPENINGS = ("更", "最")
MAX_DEGREE_SPAN = 3
NEGATED_TAGS = frozenset({"v", "vn", "n"})
# How far after the negation a 的 must stand for the negated verb to be no relative clause's.
MAX_NEGATED_SPAN = 5
# Words of relation jieba tags as verbs that, right after a count, describe the noun after them
# (十几个 + 相关 + 产业的发展, 10个 + 有关 + 部门的意见): no verb opening a relative clause.
RELATING_VERBS = frozenset({"相关", "有关"})
# 驻 between a country or a body and its people names where they serve (美国驻俄外交官).
STATIONED = "驻"
CLOSING_QUOTES = frozenset("” ’".split())
# How a figure is reckoned, said between its measure and its verb (按可比价格计算, 以人民币计价,
# 按年率计算): no part of the measure's name.
RECKONING_OPENERS = frozenset("按 按照 以".split())
RECKONING_CLOSERS = frozenset("计算 计价 核算 折算 计 算".split())
MAX_RECKONING_TOKENS = 5
# The words a quoted name between a count and its noun, or inside a subject, may hold (“两重”,
# “专精特新”, “一带一路”, “2022年农资保供重点企业”: a year and four words).
MAX_QUOTED_TOKENS = 8
# Tags of words that modify the noun after them: adjectives, states (优良), distinguishing words (中等,
# 大型), adverbs of manner (直接), numerals, locatives, measure words, times.
MODIFIER_TAGS = ("a", "ad", "b", "z", "f", "m", "q")
# Tags of the words an adjective may follow and still open a measure's name: pronouns (该行, 这批)
# and times (今年).
PHRASE_OPENING_TAGS = ("r", "t")
RIGHT_MODIFIER_TAGS = ("a", "b", "m", "f", "q", "t", "h")
# 以上 and 以下 after 及 bound a class of what is counted: 地级及以上城市.
RANGE_WORDS = frozenset({"以上", "以下"})
# A grade, class or tier said with a numeral names a kind of what follows and counts nothing
# (一级 + 保护动物, 一类 + 疫苗, 千兆 + 宽带, 一次 + 能源, 4A + 级 + 以上 + 景区): jieba tags the word
# a numeral, or cuts the grade's mark off a number it does not know.
GRADE_RE = patterns.compile(
    r"""(?x)
    (?: [一二三四五六七八九十]+ | [0-9０-９]+[A-Za-zＡ-Ｚａ-ｚ]* | [A-Za-zＡ-Ｚａ-ｚ]+ ) (?: 星级 | [级类等档星甲] )
    | [十百千万亿]+级  # a size class by its order of magnitude (千亿级产业集群, 百万级城市)
    | [一二]次      # primary, secondary (一次能源, 二次供水)
    | [百千万]兆    # bandwidth tiers (千兆宽带, 万兆光网)
    """
)
GRADE_MARKS = frozenset("级 类 等 档 星级".split())
# An order of magnitude alone (百万, 千亿), or with the unit the segmenter glued to it (万亩),
# before 以上 or 以下: a size class of what follows (百万粉丝以上账号, 万亩以上基地).
MAGNITUDE_CLASS_RE = patterns.compile(r"[十百千万亿]+\p{Han}?")
# An age with 以上 or 以下 after it is a bracket that names the people counted (60岁及以上人口,
# 35岁以下党员), as a grade does; an age alone describes them (60岁的老人).
AGE_MARKS = frozenset("岁 周岁".split())
# Tags of adverbs of manner (直接 ad, 积极 d): adjectives (成功 a, 主动 b) are left out, since
# before a verbal noun they modify it (122场 + 配套活动, 自由贸易试验区).
MANNER_TAGS = ("d", "ad")
# Tags passed over between a subject and its figure: numbers, time, adverbs, prepositions, particles.
SKIPPED_TAGS = ("m", "t", "d", "p", "u", "f", "x", "q", "c", "r", "z")


def _ends_ratio(tokens: list[tk.Token], index: int, text: str, start: int) -> bool:
    """Whether 比 after a noun, with only a verb of level (and adverbs) between it and the figure,
    ends the name of a ratio (桥隧 + 比 + 高达42%, 男女 + 比 + 为): no standard follows it to compare
    with (比 + 上年 + 增长), and no change (销量 + 比 + 增长: 同比 cut short, not a ratio)."""
    after = tokens[index + 1 :]
    return (
        tokens[index].word == RATIO
        and index > 0
        and nominal(tokens[index - 1])
        # the level may open the figure itself (桥隧比 + 超过50%)
        and (any(token.word in RATIO_LEVELS for token in after) or text.startswith(RATIO_LEVELS, start))
        and all(token.word in RATIO_LEVELS or token.tag in ("d", "zg") for token in after)  # 仍 is zg to jieba
    )


def left_phrase(text: str, clause_start: int, start: int, coordinate: bool = True) -> str | None:
    """The noun phrase ending nearest before the figure, past words of amount (达, 为, 同比增长).

    `coordinate`: whether 和/及/与 may join nouns into one subject (孵化器和众创空间14个); for
    money and shares the measure is the last noun (民企和小微企业融资269亿元 measures 融资).
    """
    if start <= clause_start:
        return None
    tokens = _expressways_named(_festivals_named(_titles_named(_serials_named(unglued(tk.tag(text, clause_start, start))))))
    share = SHARE_FIGURE_RE.match(text, start) is not None
    ratio = next((i for i in range(len(tokens)) if _ends_ratio(tokens, i, text, start)), None)
    if ratio is not None:
        # 桥隧 + 比 + 高达42%: the ratio is named by the noun phrase before 比, and 比
        part = left_phrase(text, clause_start, tokens[ratio].start, coordinate)
        return part + tokens[ratio].word if part else None
    compared = [
        i for i, token in enumerate(tokens) if token.word in COMPARE_WORDS or not share and _opens_standard(tokens, i)
    ]
    if compared:
        # 地球平均气温 + 比 + 工业化前 + 高出: after 比 the verb of comparison closes the standard
        at = next((i for i in compared[:-1] if tokens[i].word == RATIO), compared[-1])
        standard = tokens[at + 1 :]
        if len(standard) > 2 and standard[-2].word == "的" and standard[-1].word in CHANGES_IN_NAMES:
            # 低于1月预测的增长0.3%: the figure is the standard's own change
            return text[standard[0].start : standard[-1].end]
        opened = [i for i, token in enumerate(tokens[:at]) if token.word in COMPARE_OPENERS]
        if tokens[at].word in CLOSING_COMPARE_WORDS and opened and opened[-1] == 0 and any(nominal(token) for token in tokens[at + 1 :]):
            tokens = tokens[at + 1 :]  # 和2016年相比 + 每年药费支出减少了: the standard first, then the measure
        else:
            if tokens[at].word in CLOSING_COMPARE_WORDS:
                at = opened[-1] if opened else at  # 运输量与高峰期相比下降: the standard opens at 与 (同, 和, 跟)
            tokens = tokens[:at]  # 增速比前三季度加快: what comes after 比 is the standard
    tokens = _without_reckoning(tokens)
    if len(tokens) > 2 and tokens[-1].word == AVERAGE_WORD:
        verb_before = next((token for token in reversed(tokens[:-1]) if token.tag not in ASPECT_TAGS), None)
        if verb_before is not None and verb_before.word in AMOUNT_WORDS:
            tokens = tokens[:-1]  # 胸径 + 达到了 + 平均 + 10厘米: the figure is an average, what it measures stands before the verb
    index = len(tokens) - 1
    # 日均 alone in its clause (，日均17万人次) is the measure before's daily average: it stays.
    averages = PER_PERIOD if any(nominal(token) and token.word not in PER_PERIOD for token in tokens) else frozenset()
    # 销量 + 在上半年 + 增长20%: a part of the calendar between the measure and its verb says when;
    # 出口 + 负增长 + 2.1%: negative growth is the measure's fall (after a streak, 连续两年 + 负增长,
    # it is what lasted, found after the figure)
    passed_words = AMOUNT_WORDS | averages | CALENDAR | NEGATIVE_GROWTH
    verb_led = NUMERAL_DIGIT_RE.match(text, start) is None
    # Words of amount are passed over whatever their tag (jieba tags 高达 nz, a name).
    while index >= 0 and (
        not nominal(tokens[index])
        or tokens[index].word in passed_words
        or _splits_amount(tokens, index)
        # 整体 + 压减, 首次 + 全部 + 超过50%; right before a bare figure it is what is measured or
        # compared (蹲守项目 + 现场 + 2个多月, 高出 + 整体 + 0.9个百分点)
        or _adverbial_at(tokens, index) and (index + 1 < len(tokens) or verb_led)
    ):
        token = tokens[index]
        if _heads_a_change(tokens, index):
            break  # 经济增长预期至0.7%: the expectation is what is measured
        if token.word in SUBJECT_STOP and token.word not in passed_words:
            return None  # 四川大学等60多家: the figure counts a list, not what precedes it
        if index == len(tokens) - 1 and index > 0 and token.word in BOUND_ENDINGS and token.tag in ("m", "q", "zg") and (
            nominal(tokens[index - 1]) or tokens[index - 1].tag.startswith("v")
        ):
            tokens[index] = token._replace(tag="n")
            break  # 临时安置 + 点 + 29个, 专业 + 点 + 3715个, 消防 + 员 + 100名: a bound ending jieba reads as a numeral or a morpheme
        split_amount = index + 1 < len(tokens) and (
            _splits_amount(tokens, index)
            # 恢复 + 至, 压缩 + 到: any verb of change before 至 or 到 says what level the figure is
            or tokens[index + 1].word in LEVEL_MARKS and token.tag == "v" and len(token.word) == 2
            and token.word not in MEASURE_VERBS  # but 募集 + 到 + 300万欧元: what was raised
        )
        # 显著 + 回升, 大幅 + 增长, 持续 + 增长: an adjective or an adverbial before the verb says how,
        # it is no part of the subject
        adverbial = _adverbial_at(tokens, index)
        if token.tag.startswith("t") and index > 0 and tokens[index - 1].word in COUNTDOWN_WORDS:
            tokens[index - 1 : index + 1] = [word._replace(tag="n") for word in tokens[index - 1 : index + 1]]
            break  # 距离 + 春节 + 还有10天: the time left until a day is named by the day
        if token.word in MEASURE_PREFIXES and index > 0 and tokens[index - 1].word == SINGLE_DAY:
            break  # 单日 + 新增 + 89297例: a day's flow is the measure
        passed = token.word in passed_words or token.tag.startswith(SKIPPED_TAGS)
        if passed or split_amount or adverbial:
            index -= 1  # split_amount: 高 + 达, a word of amount the segmenter cut in two
            continue
        if len(token.word) >= 2 and index > 0 and nominal(tokens[_before_manner(tokens, index)]):
            break  # 资源共享接入3500类, 国家高新区新增10个, 户均 + 直接 + 受益: noun + verb names the figure
        if index > 0 and tokens[index - 1].word == "的" and len(token.word) >= 2:
            tokens[index] = token._replace(tag="n")
            break  # 基础研究的 + 投入 + 接近2800亿元: a verb after 的 is a noun
        if token.word in BOUND_ENDINGS and index > 0 and nominal(tokens[index - 1]):
            break  # 退役军人创业 + 贷263亿元: a bound ending jieba tags as a verb
        owner = _before_tally(tokens, index)
        if len(token.word) >= 2 and 0 <= owner < index - 1 and nominal(tokens[owner]):
            break  # 中欧班列累计开行14689列, 列车已累计开行2674列: noun + 累计 + verb
        if len(token.word) >= 2 and index > 0 and tokens[index - 1].word in HANDLING_VERBS:
            break  # 受理举报1664.6万件: what is counted, the object that jieba tags as a verb
        if token.word in VERB_TAGGED_NOUNS and token.word not in MEASURE_VERBS and _counts_or_sums(text, start):
            # 这组系列 + 述评 + 共12篇, 每户新增 + 补助 + 1000元: a noun jieba tags as a verb, what
            # a count or a sum is of (but 决定 + 将日产量减少55.8万桶: a measure's verb; 最高 + 处罚 +
            # 5万元: a flow named by its verb, as such)
            tokens[index] = token._replace(tag="n")
            break
        return None  # 预计今年底将达到: a verb of its own, so the subject is elsewhere
    end = index
    if 2 <= end < len(tokens) - 1 and _abbreviation_opening(tokens, end + 1) == end - 1 and nominal(tokens[end - 2]):
        end = index = end - 2  # 居民消费价格指数 + （CPI）: the name, its abbreviation after it left out
    quoted = 0 <= end < len(tokens) - 1 and nominal(tokens[end]) and tokens[end + 1].word in CLOSING_QUOTES
    if quoted:
        end += 1  # 不动产“带押过户” + 超56万笔: a quoted name closes the phrase
    if not coordinate and end >= 0 and not is_measure(tokens[end]):
        coordinate = True  # 燃气及水生产和供应业: 和 joins the names of what is measured
    if end > 0 and tokens[end].word in SHARE_SCOPES and tokens[end - 1].word == SHARE_VERB:
        # 出口额占全国约六成: a share of a whole area is the share phrase, its part first; with
        # no part named, or parts listed (分别占全区的33%和12%), the part is found elsewhere.
        part = left_phrase(text, clause_start, tokens[end - 1].start, coordinate)
        respectively = end > 1 and tokens[end - 2].word == "分别"
        return part + text[tokens[end - 1].start : tokens[end].end] if part and not respectively else None
    if (
        end > 0 and tokens[end].word in SHARE_SCOPES and tokens[end - 1].word in SHARE_BOUND_VERBS
        and end + 1 < len(tokens) and tokens[end + 1].word == "的" and SHARE_OF_WHOLE_RE.match(text, start)
    ):
        # 美国人口还不到全球的5%: a share of a whole area after a verb of amount, its part first;
        # 达到全国的1.5倍 is a multiple, and with no part named the part is found elsewhere.
        verb = end - 1
        while verb > 0 and tokens[verb - 1].tag.startswith("d"):
            verb -= 1  # 还 + 不到, 约 + 为
        part = left_phrase(text, clause_start, tokens[verb].start, coordinate)
        return part + SHARE_VERB + tokens[end].word if part else None
    times: list[tuple[int, int]] = []
    if end >= 0 and tokens[end].word in SHARE_WORDS:
        # 清洁能源消费量占各项能源消费的比重: a share names its part and its whole; the whole
        # after 占 is taken as written, the part before it is a noun phrase as any subject.
        verbs = [i for i, token in enumerate(tokens[:end]) if token.word == SHARE_VERB]
        if verbs and verbs[-1] > 0:
            index = verbs[-1] - 1
            while index > 0 and tokens[index].tag.startswith("d"):
                times.append((tokens[index].start, tokens[index].end))  # 这些股票 + 约 + 占…权重: the hedge is no part of it
                index -= 1
    tallied = _before_tally(tokens, end)  # the owner before 累计, 已 (中欧班列 + 累计 + 开行)
    while index >= 0:
        token, right = tokens[index], tokens[index + 1] if index < end else None
        if index == end and not nominal(token):
            index -= 1  # the verb that, after its noun, names the figure (秋粮收获1894万亩)
            continue
        if (
            index == end - 1 and (token.word in TALLY_WORDS or _time_between(token) and not nominal(tokens[end])) and tallied >= 0
            and nominal(tokens[tallied]) and not tokens[tallied].word.endswith(SINCE)
        ):
            # 中欧班列 + 累计 + 开行, 基金 + 累计 + 结余: adverbs of amount between the noun and
            # its verb or measure (10年来 + 累计投资: a time since, no owner)
            index = tallied
            continue
        if token.word in EVERY_KIND and index > 0 and right is not None and nominal(right) and is_place(tokens[index - 1]):
            index -= 1  # 澳门 + 各界 + 人士逾千人: every walk of a place's people
            continue
        if (token.word in SUBJECT_STOP or token.word in LOCATIVES and (_places_range(tokens, index - 1) or _window_of_time(tokens, index - 1))) and not (
            index > 0 and tokens[index - 1].word == SHARE_VERB and right is not None
        ):
            # 全国 + 范围 + 内: the scope the figure holds in, no part of what it measures (but 占 +
            # 我国外贸总值: after 占 the scope is the whole's)
            break
        if right is not None and _done_at_a_place(tokens, index):
            break  # 数字道路上 + 架设 + 智能信息杆柱6000多根: what is put there, not the place
        if right is not None and token.word in REPORTING_VERBS and right.word in REPORTED_STATES:
            break  # 新疆生产建设兵团 + 报告 + 现有确诊病例70例: who reports, then what is reported
        if right is not None and token.word in TIME_CLAUSE_ENDS and nominal(right):
            break  # 抵达火星 + 时 + 探测器飞行里程: a clause of time says when, not what is measured
        if token.word in UNITS and index > 0 and tokens[index - 1].tag == "m":
            break  # 5项重点工作中有3项: 项 counts what follows it, it is no part of the name
        aside = _abbreviation_opening(tokens, index) if right is not None else -1
        if aside > 0 and nominal(tokens[aside - 1]):
            index = aside - 1  # 广义货币 + （M2） + 余额: the measure's abbreviation, in brackets inside its name
            continue
        opening = _opening_quote(tokens, index) if token.word in CLOSING_QUOTES and right is not None else -1
        if opening >= 0:
            index = opening - 1  # “两重” + 建设资金, “十四五” + 规划项目: whatever is quoted is one name
        elif right is not None and token.word in NOUN_TAGGED_VERBS and right.tag == "v":
            break  # 卫健委 + 通报 + 新增确诊病例: a verb jieba tags as a noun, with a verb after it
        elif nominal(token) or token.word in QUOTES:
            index -= 1
        elif right is not None and (nominal(right) or modifier_verb(right)) and (grade := _grade_at(tokens, index)) >= 0:
            index = grade - 1  # 一级 + 保护动物, 千兆 + 宽带用户, 4A + 级 + 以上 + 景区: a grade opens the phrase
        elif right is not None and nominal(right) and token.tag == "q" and index > 0 and tokens[index - 1].word == tk.PER:
            index -= 2  # 每 + 架 + 直升机载荷: the measure of each one (after the figure's verb, 每 + 吨 is its rate)
        elif right is not None and CALENDAR_TIME_RE.fullmatch(token.word) and nominal(right) and index > 0 and is_place(tokens[index - 1]):
            # 德国 + 今秋 + 通胀率, 日本 + 今年 + 经济增速: a place, when, then its measure; the place
            # opens the phrase (报告预测 + 中国今年经济增长 is no part of it)
            times.append((token.start, token.end))
            index -= 2
            while index >= 0 and (is_place(tokens[index]) or tokens[index].tag in PLAIN_NOUN_TAGS and tokens[index].word not in SUBJECT_STOP):
                index -= 1  # 横琴 + 口岸, 新疆阿拉山口 + 铁路口岸: the whole name of the place
            break
        elif right is not None and token.tag == "m" and MONTH_WORD_RE.fullmatch(token.word) and index > 0 and nominal(tokens[index - 1]):
            times.append((token.start, token.end))  # 德国 + 十一月 + 失业率: a month in words, one numeral to the segmenter
            index -= 1
        elif right is not None and token.tag in MODIFIER_TAGS and index > 0 and nominal(tokens[index - 1]) and token.word != WITHIN:
            # 市级以上孵化器, 世界500强企业, 电力直接交易电量, 公路优良中等路率 (but 3个小时 + 内 +
            # 降雨量: within a time, the window, no part of the measure)
            index -= 1
        elif (
            right is not None and token.word in AVERAGED and nominal(right) and index > 1
            and tokens[index - 1].tag.startswith("v") and len(tokens[index - 1].word) > 1 and nominal(tokens[index - 2])
        ):
            index -= 2  # 出口 + 退税 + 平均 + 时间, 企业 + 开办 + 平均 + 时间: the average of what a noun and its verb name
        elif (
            right is not None and len(right.word) == 1 and right.word in MEASURE_HEADS
            and len(token.word) == 2 and token.tag.startswith(("d", "a", "v"))
            and (index + 1 == end and token.word not in AMOUNT_WORDS or index > 0 and nominal(tokens[index - 1]))
        ):
            # 秧苗 + 整齐 + 率, 航班 + 正常 + 率: the segmenter split the rate's name off its head;
            # 固定资产投资 + 完成 + 额 (+ 指数): a verb of amount inside a measure's name after its noun
            index -= 1
        elif right is not None and token.word in ("年", "月") and index > 1 and tokens[index - 1].tag == "m" and nominal(tokens[index - 2]):
            # 中拉 + 2024年 + 贸易额, 欧元区 + 11月 + 通胀率: a year or month between the owner and
            # the measure says when (the record's period), not what: left out of the subject
            if CALENDAR_NUMBER_RE.fullmatch(tokens[index - 1].word + token.word):
                times.append((tokens[index - 1].start, token.end))  # not 5年 + 生存率, a span of years
            index -= 2
        elif right is not None and token.word == "的" and index + 1 == end and _heads_a_change(tokens, end):
            index -= 1  # 通胀 + 的 + 预期
        elif (
            right is not None and token.word in CHANGES_IN_NAMES and (nominal(right) or index + 1 == end)
        ):
            index -= 1  # 价格 + 上涨 + 幅度, 经济 + 增长 + 预期: a change inside the measure's name
        elif right is not None and token.tag == "zg" and token.word in BOUND_ENDINGS and nominal(right) and index > 0 and (
            nominal(tokens[index - 1]) or tokens[index - 1].tag == "v" and len(tokens[index - 1].word) > 1
        ):
            # 新能源 + 车 + 销量: a bound character the segmenter left alone; 拖延 + 症 + 患者: the
            # verb it makes a noun of goes with it
            index -= 1
            if not nominal(tokens[index]):
                index -= 1
        elif right is not None and (len(token.word) == 1 and token.tag in ("a", "t", "b", "h") and token.word != WHEN or token.word in NEGATIONS) and nominal(right):
            # 新 + 能源, 冬 + 油菜: one character the segmenter split off the noun it is part of; a
            # prefix (非 + 化石能源, 非 + 户籍人口, 反 + 政府武装人员) or a negation (管理 + 不 + 规范
            # 工程项目, 未 + 成年) turns the noun into its opposite
            index -= 1
        elif (
            right is not None and len(token.word) == 1 and token.tag == "v" and (nominal(right) or modifier_verb(right))
            and (index == 0 or nominal(tokens[index - 1])) and token.word not in PREDICATE_CHARACTERS
        ):
            index -= 1  # 新能源 + 乘 + 用车, 长线 + 游 + 预订量: a verb's character the segmenter split off a noun
        elif right is not None and token.word in SUPERLATIVES and nominal(right):
            index -= 1  # 最高 + 气温, 送电 + 最大 + 负荷: a superlative names another measure (the day's highest)
        elif right is not None and (
            index == 0 and (token.tag in ("a", "z") or len(token.word) == 1 and token.tag == "f")
            or token.tag == "a" and (tokens[index - 1].tag.startswith(PHRASE_OPENING_TAGS) or tokens[index - 1].word in SUBJECT_STOP)
        ):
            # 清洁能源消费量, 优良天数比例; 上云率: jieba splits off 上; 该行 + 不良 + 贷款率, 今年 +
            # 重大 + 项目投资: an adjective after a pronoun, a time or a scope opens the name
            index -= 1
        elif (
            right is not None and token.word in PERIOD_COMPARISONS and right.word in RELATIVE_MEASURES
            and index > 0 and nominal(tokens[index - 1])
        ):
            index -= 1  # 价格指数 + 同比 + 涨幅, 零售总额 + 环比 + 增速: the change is the owner's
        elif right is not None and token.word in COUNTDOWN_WORDS:
            index -= 1  # 离 + 春运 + 还有一个月: the countdown's opening, then nothing before it
            break
        elif right is not None and token.word in LINKS and index > 0 and nominal(tokens[index - 1]) and coordinate:
            index -= 1  # 孵化器和众创空间
        elif right is not None and token.word in RANGE_WORDS and index > 1 and tokens[index - 1].word in LINKS and nominal(tokens[index - 2]):
            index -= 2  # 大专 + 及 + 以上 + 学历党员, 地级 + 及 + 以上 + 城市: a class and those above it
        elif (
            right is not None and token.word in LINKS and coordinate and index > 0
            and modifier_verb(tokens[index - 1]) and modifier_verb(right) and index + 1 < end
        ):
            index -= 2  # 确诊及疑似 + 病例, 在建和拟建 + 项目: two verbs that share the noun they modify
        elif (
            right is not None and token.word in HEDGES and right.tag.startswith("v") and index > 0
            and nominal(tokens[index - 1]) and tokens[index - 1].word not in SUBJECT_STOP
        ):
            index -= 1  # 铁路 + 预计 + 发送旅客, 公路 + 计划 + 完成投资: a forecast, its maker before it
        elif (
            right is not None and token.word in TALLY_WORDS and (nominal(right) or modifier_verb(right)) and index > 0
            and is_place(tokens[index - 1])
        ):
            index -= 1  # 美国 + 累计 + 确诊病例: a place's running total
        elif right is not None and token.word in ROUTE_LOCATIVES and nominal(right):
            index -= 1  # “一带一路” + 沿线 + 国家: a locative that makes the noun after it a kind, no scope
        elif right is not None and token.word in ROUTE_LINKS and index > 0 and is_place(tokens[index - 1]) and is_place(right):
            index -= 1  # 西安北 + 至 + 延安站 + 最快68分钟: a route from one place to another
        elif right is not None and modifier_verb(token) and nominal(right):
            index -= 1  # 创新平台: jieba tags 创新 v
        elif right is not None and right.word in ADJECTIVE_SUFFIXES and token.tag.startswith("v") and index + 1 < end:
            index -= 1  # 考察 + 性 + 团组: a verb made an adjective by its suffix opens the name
            break
        elif right is not None and token.word in ADJECTIVE_SUFFIXES and index > 0 and tokens[index - 1].tag.startswith("v") and nominal(right):
            index -= 2  # 示范 + 型 + 企业 (型 a bound morpheme to jieba)
            break
        elif (
            right is not None and token.word in PASSIVE_MARKS and modifier_verb(right) and index + 1 < end
            and (index == 0 or not nominal(tokens[index - 1]))
        ):
            index -= 1  # 被 + 审计 + 单位, 被 + 执行 + 人: a passive participle before its noun is part of it
            break
        elif right is not None and token.word in MEASURE_PREFIXES and (nominal(right) or modifier_verb(right)):
            index -= 1  # 新增 + 贷款, 新开工 + 项目, 新增 + 确诊 + 病例: a new addition is a measure of its own
        elif (
            right is not None and token.tag == "ad" and right.tag == "vn" and index > 0
            and (nominal(tokens[index - 1]) or tokens[index - 1].tag == "q")
        ):
            index -= 1  # 对外 + 非金融类 + 直接 + 投资: an adverb that makes the verbal noun a kind of it
        elif (
            right is not None and token.word in FIELD_VERBS and is_measure(right) and index > 0
            and (nominal(tokens[index - 1]) or tokens[index - 1].word in CLOSING_QUOTES)
        ):
            index -= 1  # 水利 + 建设 + 投资, “两重” + 建设 + 资金: a predicate's verb naming the measure's field
        else:
            break
    while index + 1 < end and (tokens[index + 1].word in ALREADY or tokens[index + 1].word in LINKS):
        # 全省 + 已 + 插秧: the scope left out, "already" opens no subject (but 累计降雨 is cumulative);
        # 全国 + 或 + 京津冀等: the list's scope left out, its link opens nothing
        index += 1
    if end < 0 or index + 1 > end:
        return None
    bounds = [tokens[index + 1].start, *(bound for time in sorted(times) for bound in time), tokens[end].end]
    phrase = "".join(text[bounds[i] : bounds[i + 1]] for i in range(0, len(bounds), 2))
    if quoted and not any(quote in phrase for quote in OPENING_QUOTES):
        phrase = phrase[:-1]  # the quote opens before the phrase does: the name is cut, the quote left out
    return _balanced(phrase)


# A figure in per cent after 超过 and a noun is a share of the noun (超出国内生产总值1%), not a
# difference from it (超过平均值10.6个百分点).
SHARE_FIGURE_RE = patterns.compile(r"[0-9０-９.．]+[%％]|百分之")
# A figure that ends as a share does, perhaps hedged after (7成以上, 50%左右).
SHARE_TAIL_RE = patterns.compile(r"(?:[%％]|成)(?:以上|以下|左右|多)?$")
MAX_SHARE_TAIL = 4
# A share of a whole, in per cent or in tenths (三成), with the qualifier it may open with.
SHARE_OF_WHOLE_RE = patterns.compile(rf"(?:近|约|超过?|逾|仅)?(?:{SHARE_FIGURE_RE.pattern}|[一二三四五六七八九两]成)")


def _before_manner(tokens: list[tk.Token], index: int) -> int:
    """The index before tokens[index] and any adverbs of manner right before it (户均 + 直接 + 受益)."""
    before = index - 1
    while before > 0 and tokens[before].tag == "ad":
        before -= 1
    return before


def _done_at_a_place(tokens: list[tk.Token], index: int) -> bool:
    """Whether tokens[index] is a verb or a verbal noun after a noun and a locative (道路 + 上 + 架设);
    a noun of one character and a locative make a word the segmenter cut (雪 + 上 + 竞赛场地, 滇 + 中)."""
    return (
        index > 1 and tokens[index].tag in ("v", "vn") and tokens[index - 1].word in PLACE_LOCATIVES
        and tokens[index - 1].tag == "f" and nominal(tokens[index - 2]) and len(tokens[index - 2].word) > 1
    )


def _window_of_time(tokens: list[tk.Token], index: int) -> bool:
    """Whether tokens[index] ends a stretch of time that a locative after it makes a window
    (24 + 小时 + 内, 五年 + 内): the window says when, it is no part of what is measured."""
    if index < 0:
        return False
    token = tokens[index]
    if token.word in WINDOW_UNITS:
        if index > 1 and tokens[index - 1].word == GE:
            index -= 1  # 3 + 个 + 小时
        return index > 0 and tokens[index - 1].tag == "m"  # 24 + 小时, 两个 + 月
    counted = NUMERAL_DIGIT_RE.match(token.word) is not None or token.word.startswith(HALF)
    return token.tag in ("t", "m") and counted and token.word.endswith(WINDOW_UNITS)  # 一周, 半年, 五年


WITHIN = "内"
GE = "个"  # the general classifier, between a number and some units of time (3个小时)
# Units of time a window is counted in (24小时内, 三天内, 两周之内).
WINDOW_UNITS = tuple("秒 秒钟 分钟 小时 天 日 周 星期 个月 月 年".split())
HALF = "半"


def _places_range(tokens: list[tk.Token], index: int) -> bool:
    """Whether tokens[index] is 范围 after a place or a whole (全国, 全球, 我省, 长江流域)."""
    if index < 1 or tokens[index].word != SCOPE_RANGE:
        return False
    place = tokens[index - 1]
    return place.word.startswith(WHOLE) or place.word in SUBJECT_STOP or is_place(place)


def _adverbial_at(tokens: list[tk.Token], index: int) -> bool:
    """Whether an adjective or an adverbial (ADVERBIALS, whatever jieba tags it: 整体 n, 现场 s)
    stands before the figure's verb, saying how (显著 + 回升, 整体 + 压减, 逆势 + 增长)."""
    token = tokens[index]
    if token.word in CHANGE_MANNER:
        return index + 1 < len(tokens) and tokens[index + 1].word in AMOUNT_WORDS
    return (token.tag in ("a", "ad") or token.word in ADVERBIALS) and (
        index + 1 < len(tokens) and tokens[index + 1].tag.startswith("v")
        # 日机收面积 + 持续 + 超过1000万亩: the verb is the figure's own qualifier
        or index + 1 == len(tokens) and token.word in ADVERBIALS
    )


def _splits_amount(tokens: list[tk.Token], index: int) -> bool:
    """Whether tokens[index] and the next make a word of amount the segmenter cut in two (高 +
    达), the first part a verbal noun to it (调整 + 为, 控制 + 在): no part of the subject."""
    return index + 1 < len(tokens) and tokens[index].word + tokens[index + 1].word in AMOUNT_WORDS


def _opens_standard(tokens: list[tk.Token], index: int) -> bool:
    """Whether a word such as 超过 opens a standard here: a noun follows it right away, and the
    figure does not come after 的 (超过整车质量的5.5% is a share of it)."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        tokens[index].word in COMPARE_OVER and following is not None and nominal(following)
        and tokens[-1].word != "的"
    )


def _heads_a_change(tokens: list[tk.Token], index: int) -> bool:
    """Whether a word of change (预期) ends a measure's name here: after a noun or a change
    (经济增长预期), and not before another change (利润预期增长 measures 利润)."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    before = tokens[index - 1] if index > 0 else None
    return (
        tokens[index].word in CHANGE_HEADS and before is not None
        and (
            nominal(before) or before.word in CHANGES_IN_NAMES
            or before.word == "的" and index > 1 and nominal(tokens[index - 2])  # 通胀的预期
        )
        and not (following is not None and following.word in CHANGES_IN_NAMES)
    )


# Words that glue a figure's verb to the noun before it: jieba's dictionary has some (产量比 in
# 产量比去年多出, the name 比达 in 占比达三成, the verb 规模较) and its HMM makes more (整合率达, 工作中有).
# A noun, a name or an unknown word ending in one of these, whose first part is a word of its
# own, is two words.
GLUED_VERB_ENDINGS = frozenset("比达为有是较")
PLACE_OR_PERSON_TAGS = ("ns", "nr")


# Adverbs that jieba's HMM glues to the verb of amount after them (已超, 已过, 均达), tagging the
# pair a name.
GLUED_ADVERBS = frozenset("已均将仍共皆")
# A rise or a fall (增加, 提高: two characters) after how much or how plainly it went (大大, 明显,
# 大幅度, 进一步: adverbs, adjectives and attributes), which the dictionary holds as one word and
# mostly tags a name, a noun or an idiom (大大增加 nr, 明显降低 n, 大幅提高 l).
CHANGE_LENGTH = 2
RISES_AND_FALLS = frozenset("增加 减少 提高 降低 增长 下降 上升 提升".split())
DEGREE_TAGS = frozenset(("d", "ad", "a", "b"))
# A rate (获批率, 优良率, 提升率), which the segmenter leaves alone as a verb after the word whose
# rate it is, or glues to the verb after it (率为), and the tags of the words a rate is of.
RATE = "率"
RATE_STEM_TAGS = frozenset(("v", "vn", "a", "z", "nz", "n"))
# Hedges of a figure the segmenter glues to the noun before it (县约, 村近).
GLUED_HEDGES = frozenset("约近超逾")


def _serials_named(tokens: list[tk.Token], in_words: bool = False) -> list[tk.Token]:
    """A craft's or a series' number after its name is part of the name: nouns, where jieba tags
    the number a numeral. With `in_words`, only numbers in Chinese numerals (北斗 + 三号 + 组网卫星):
    after the things counted, 示威者 + 14号 is the day they did something."""
    for index in range(len(tokens)):
        first = serial_number(tokens, index)
        if first is not None and not (in_words and ARABIC_DIGIT_RE.match(tokens[first].word)):
            tokens[first : index + 1] = [word._replace(tag="n") for word in tokens[first : index + 1]]
    return tokens


def _festivals_named(tokens: list[tk.Token]) -> list[tk.Token]:
    """A festival named by what it celebrates (纪录片 + 节, 读书 + 节): jieba tags 节 a time after a
    noun or a verb it does not know with it, and a subject stopped before it."""
    for index in range(1, len(tokens)):
        if tokens[index].word == FESTIVAL and tokens[index].tag == "t" and len(tokens[index - 1].word) >= 2 and (
            nominal(tokens[index - 1]) or tokens[index - 1].tag.startswith("v")
        ):
            tokens[index - 1 : index + 1] = [word._replace(tag="n") for word in tokens[index - 1 : index + 1]]
    return tokens


def _expressways_named(tokens: list[tk.Token]) -> list[tk.Token]:
    """An expressway named by its ends (兴延 + 高速, 京港澳 + 高速): jieba tags 高速 an adverb, which
    stopped a subject before it (兴延高速 + 全长42公里 was 全长); after a proper name it is a noun."""
    for index in range(1, len(tokens)):
        if tokens[index].word == EXPRESSWAY and tokens[index].tag == "d" and tokens[index - 1].tag.startswith(EXPRESSWAY_END_TAGS):
            tokens[index] = tokens[index]._replace(tag="n")
    return tokens


EXPRESSWAY = "高速"
EXPRESSWAY_END_TAGS = ("ns", "nz", "nt", "j")


def serial_number(tokens: list[tk.Token], index: int) -> int | None:
    """Where the number that tokens[index] ends begins, if it is a craft's or a series' number
    after its name (天问 + 一号, 神舟 + 十六 + 号, 雪龙 + 2 + 号, “蛟龙” + 号): the name is
    tokens[first - 1], a noun, or a closing quote."""
    token = tokens[index]
    if token.tag != "m" or not token.word.endswith(SERIAL) or index == 0:
        return None
    first = index - 1 if token.word == SERIAL else index
    while first > 0 and tokens[first - 1].tag == "m" and index - first < 2:
        first -= 1  # 十六 + 号, 2 + 号
    if token.word == SERIAL and first == index - 1 and tokens[first].tag != "m":
        if tokens[first].tag.startswith(("ns", "nz")) and first > 0 and tokens[first - 1].tag.startswith("n"):
            return first  # 中欧班列 + 长安 + 号: a train or a ship named after a place
        return index if tokens[first].word in CLOSING_QUOTES else None  # “蛟龙” + 号: the quote is the name's end
    named = first > 0 and (tokens[first - 1].tag.startswith(("n", "j")) or tokens[first - 1].word in CLOSING_QUOTES)
    if named and is_measure(tokens[first - 1]) and ARABIC_DIGIT_RE.match(tokens[first].word):
        return None  # 股价 + 21号 + 大涨: a day of the month after a measure, no craft's name
    return first if named else None


# A number ending a craft's or a series' name (天问一号, 神舟十六号).
SERIAL = "号"


# 基础 + 上, "on the basis of" what a figure counted before.
BASIS, ON_TOP = "基础", "上"
# Tenths after digits (6成), which the segmenter may glue to the words after them (6 + 成的央企).
TENTHS = "成"


def unglued(tokens: list[tk.Token]) -> list[tk.Token]:
    result: list[tk.Token] = []
    for index, token in enumerate(tokens):
        if token.word == ON_TOP and result and result[-1].word == BASIS:
            # 在 + 6亿元应急救灾资金 + 基础上 + 再追加: the frame of what is added, a locative (基础
            # alone is a noun of names: 基础研究经费, 基础电信企业)
            basis = result.pop()
            result.append(tk.Token(basis.word + ON_TOP, "f", basis.start, token.end))
            continue
        if token.word == SINCE and result and result[-1].tag in TIME_SINCE_TAGS and result[-1].word.endswith(SINCE_UNITS):
            # 增速 + 16年 + 来 + 首次低于10%, 收入 + 近 + 五年 + 来: a time since between a measure
            # and its verb, which jieba cuts off as a verb (and its 近 as an adjective)
            time = len(result) - 1
            while time > 0 and result[time - 1].tag in TIME_SINCE_TAGS:
                time -= 1
            if time > 0 and result[time - 1].word == NEAR:
                result[time - 1] = result[time - 1]._replace(tag="d")
            result.append(token._replace(tag=SINCE_TAG))
            continue
        if (
            len(token.word) > 1 and token.word[0] == TENTHS and result and result[-1].tag == "m"
            and ARABIC_DIGIT_RE.match(result[-1].word[-1]) and (not tk.known(token.word) or token.tag == "nz")
        ):
            # 6 + 成的央企 (nz): the tenths close the figure, and what follows them is read again
            result.append(tk.Token(TENTHS, "m", token.start, token.start + 1))
            result.extend(word._replace(start=word.start + token.start, end=word.end + token.start) for word in tk.tag(token.word, 1, len(token.word)))
            continue
        head, last = token.word[:-1], token.word[-1:]
        unknown = not tk.known(token.word)
        if (
            len(token.word) >= 2 and last in GLUED_HEDGES and (unknown or token.tag == "nz") and tk.known(head)
            and index + 1 < len(tokens) and ARABIC_DIGIT_RE.match(tokens[index + 1].word)
        ):
            # 52个挂牌督战 + 县约 + 120万贫困人口, 6个 + 村近 + 500户: the hedge of the next figure,
            # glued to the noun before it
            tag = tk.tag_of(head)
            result.append(tk.Token(head, "n" if tag == MORPHEME_TAG else tag, token.start, token.end - 1))  # (县: a morpheme to jieba)
            result.append(tk.Token(last, "d", token.end - 1, token.end))
            continue
        if (
            len(token.word) == 2 and head in LINKS and last in GLUED_HEDGES
            and index + 1 < len(tokens) and ARABIC_DIGIT_RE.match(tokens[index + 1].word)
        ):
            # 37平方公里的地区 + 和约 + 6900栋住宅: a link and the next figure's hedge, no treaty
            result.append(tk.Token(head, "c", token.start, token.start + 1))
            result.append(tk.Token(last, "d", token.end - 1, token.end))
            continue
        if len(token.word) == 2 and head in GLUED_ADVERBS and last in AMOUNT_WORDS and (unknown or token.tag in ("nz", "a")):
            result.append(tk.Token(head, "d", token.start, token.start + 1))  # 均达, which the dictionary holds as an adjective
            result.append(tk.Token(last, "v", token.start + 1, token.end))
            continue
        manner, change = token.word[:-CHANGE_LENGTH], token.word[-CHANGE_LENGTH:]
        if (
            len(manner) >= 2 and change in RISES_AND_FALLS and tk.known(manner) and tk.tag_of(manner) in DEGREE_TAGS
        ):
            # 收入 + 也 + 大大增加, 成本 + 明显降低, 大幅度提高: how much and the change, one word
            # the dictionary tags a name, a noun or an idiom; the change is what every rule knows
            result.append(tk.Token(manner, "d", token.start, token.end - CHANGE_LENGTH))
            result.append(tk.Token(change, "v", token.end - CHANGE_LENGTH, token.end))
            continue
        if len(token.word) == 2 and head == RATE and last in GLUED_VERB_ENDINGS and unknown:
            result.append(tk.Token(head, "n", token.start, token.start + 1))  # 提升 + 率为 + 56.4%: the rate, then its verb
            result.append(tk.Token(last, "v", token.start + 1, token.end))
            continue
        if (
            len(token.word) >= 2 and last in GLUED_VERB_ENDINGS and (token.tag.startswith("n") or unknown or last == "较")
            and token.word not in NOUN_LIKE and not token.word.endswith(MEASURE_HEADS) and tk.known(head)
            and (unknown or token.tag.startswith("nr") or len(head) >= 2)
            # 巴格达, 佛罗里达, 密西西比: a name the dictionary holds, cut at a name, is one name
            and (unknown or not (token.tag.startswith(PLACE_OR_PERSON_TAGS) and tk.tag_of(head).startswith(PLACE_OR_PERSON_TAGS)))
        ):
            if head == "比" and result and result[-1].word == SHARE_VERB:
                # 占 + 比达: the share word 占比, then its verb
                share = result.pop()
                result.append(tk.Token(share.word + head, "n", share.start, token.end - 1))
            else:
                result.append(tk.Token(head, tk.tag_of(head), token.start, token.end - 1))
            result.append(tk.Token(last, "p" if last in ("比", "较") else "v", token.end - 1, token.end))
        else:
            result.append(token)
    return _pairs_joined(_pairs_joined(result, _rate_of_word), _bound_ending)


def _pairs_joined(tokens: list[tk.Token], joins: Callable[[list[tk.Token], int], bool]) -> list[tk.Token]:
    """The tokens with each pair `joins(tokens, index)` accepts (the token at `index` and the
    one before it) made one noun; from the right, so a pair is judged on the tokens after it
    as they stand."""
    for index in range(len(tokens) - 1, 0, -1):
        if joins(tokens, index):
            before, token = tokens[index - 1], tokens[index]
            tokens[index - 1 : index + 1] = [tk.Token(before.word + token.word, "n", before.start, token.end)]
    return tokens


def _bound_ending(tokens: list[tk.Token], index: int) -> bool:
    """观摩 + 组, 落水 + 者, 发电 + 车: a verb and a bound ending the segmenter left alone (a
    morpheme or a classifier to jieba) are one noun, the name of a team, a person or a thing."""
    token, before = tokens[index], tokens[index - 1]
    paired = index + 1 < len(tokens) and tokens[index + 1].word == PAIRED  # 开展 + 点对点: one point to another, an adverb
    return (
        token.word in JOINED_ENDINGS and token.tag in BOUND_TAGS and len(before.word) == 2 and before.tag in ("v", "vn")
        and not paired
    )


def _rate_of_word(tokens: list[tk.Token], index: int) -> bool:
    """获批 + 率 + 超过61%, 优良 + 率 + 达到95%, 提升 + 率 + 为: a rate alone before its verb of
    amount (or the figure) is the rate of the word before it, one noun with it (获批 is a main
    verb, 优良 a state word); but 总理 + 率 + 代表团 leads a delegation."""
    token, before = tokens[index], tokens[index - 1]
    return (
        token.word == RATE and len(before.word) >= 2 and before.tag in RATE_STEM_TAGS
        and (index + 1 == len(tokens) or tokens[index + 1].word in AMOUNT_WORDS)
    )


def _locatives_split(tokens: list[tk.Token], people: bool) -> list[tk.Token]:
    """The tokens with a locative the segmenter glued to a level of place before a clause's end
    or a verb (十一个 + 省内 + 大约…, 14个集中连片特困 + 区中 + ，) cut off it: the places counted,
    then within them. Other words keep their locative (国内, 家中, 空中, 韩中), and so does a
    place before a noun (5个 + 县内 + 企业) or, after people counted, before 的 and a noun (6位 +
    村里 + 的孤寡老人: where they live)."""
    result: list[tk.Token] = []
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        head, last = token.word[:-1], token.word[-1:]
        if (
            head in PLACE_LEVELS and last in WITHIN_LOCATIVES and (token.tag == "s" or not tk.known(token.word))
            and not (following is not None and nominal(following)) and not (people and _modifies_after_de(tokens, index + 1))
        ):
            result.append(tk.Token(head, "n", token.start, token.end - 1))
            result.append(tk.Token(last, "f", token.end - 1, token.end))
        else:
            result.append(token)
    return result


def _modifies_after_de(tokens: list[tk.Token], index: int) -> bool:
    """Whether tokens[index] is 的 with no figure after it: what stands before 的 modifies what
    follows."""
    return index + 1 < len(tokens) and tokens[index].word == "的" and not tokens[index + 1].tag.startswith("m")


def _term_at(tokens: list[tk.Token], index: int) -> int:
    """How many tokens at `index` write a term (三年, 三年期, 5 + 年期) with a noun or a verb after
    it: a span of time that says how long what follows runs, not what is counted."""
    if index >= len(tokens):
        return 0
    if TERM_RE.fullmatch(tokens[index].word):
        length = 2 if index + 1 < len(tokens) and tokens[index + 1].word == TERM_MARK else 1  # 十年 + 期
    elif index + 1 < len(tokens) and TERM_NUMBER_RE.fullmatch(tokens[index].word) and tokens[index + 1].word in TERM_UNITS:
        length = 2
    else:
        return 0
    after = tokens[index + length] if index + length < len(tokens) else None
    return length if after is not None and (nominal(after) or after.tag.startswith("v")) else 0


# A term written as one word (三年, 三年期, 十年期) or a number and its unit (5 + 年期).
TERM_UNITS = frozenset("年 年期 个月 月期 天 天期 日 期".split())
TERM_MARK = "期"
TERM_RE = patterns.compile(r"[0-9０-９一二两三四五六七八九十半]+(?:年|年期|个月|月期|天|日|期)")
TERM_NUMBER_RE = patterns.compile(r"[0-9０-９]+")


def right_phrase(
    text: str, end: int, clause_end: int, activity: bool = False, counted: bool = False, measured: bool = False
) -> str | None:
    """The noun phrase right after the figure's classifier (52家企业, 80万元的贷款); with
    `activity` (a duration), also the verb after 的 that names what lasted (33分钟的抢救); with
    `counted` (a count's classifier), a lone character the dictionary knows only as a morpheme;
    with `counted` or `measured` (an area, a weight, a length), not a measure of theirs that runs
    on after the noun (10万亩 + 玉米 + 产量不断提高)."""
    if end >= clause_end:
        return None
    sized = SIZE_NAMED_RE.match(text, end) if counted else None
    spec = _figure(text, sized.end() if sized else end) if counted else None
    if spec is not None and spec.kind == "measure" and (sized or text.startswith("的", spec.match.end())):
        # 200盏 + 5瓦的 + 节能灯泡, 5辆 + 30吨的 + 卡车: the size of each thing counted, then the
        # thing; named, the size needs no 的 (12台 + 单机容量85万千瓦 + 水轮发电机组, 3艘 + 排水量1万吨级 + 驱逐舰)
        closing = SIZE_CLASS_END_RE.match(text, spec.match.end()) if sized else None
        return right_phrase(text, closing.end() if closing else spec.match.end() + 1, clause_end, counted=True)
    people = text[end - 1] in PEOPLE_CLASSIFIERS
    tokens = _serials_named(_locatives_split(unglued(tk.tag(text, end, clause_end)), people), in_words=True)
    first = 0
    relative = next((i + 1 for i, token in enumerate(tokens) if token.word == "的"), None)
    if relative is not None and (
        any(token.word in LINKS and ARABIC_DIGIT_RE.match(following.word) for token, following in zip(tokens[:relative], tokens[1:relative]))
        or _figure_before_de(tokens, relative - 1)
    ):
        # 22条新增线路和50多座客运车站的首次投用: another figure listed before 的 counts a noun of
        # its own; what this one counts comes before it, not after 的; so does one right before 的
        # (20个出访团从海外带回 + 超180亿元的 + 订单)
        relative = None
    if len(tokens) > 2 and tokens[0].word == EACH and tokens[1].word in NOUNS_OF_KIND:
        tokens[1] = tokens[1]._replace(word=EACH + tokens[1].word)  # 各 + 类型 + 军舰: every kind, as 各类
        del tokens[0]
    if tokens and (tokens[0].word in SCOPE_WORDS or tokens[0].word in EVERY_KIND) and len(tokens) > 1 and not (
        counted and relative is not None and text[end - 1] in PEOPLE_CLASSIFIERS and _places_of(tokens, relative - 1)
    ):
        # 18家全国前20强早期创投机构, 3000余件各类展品, 2.1万名各族各界干部群众: the scope is not what
        # is counted
        first = 1
        while first < len(tokens) - 1 and tokens[first].word in EVERY_KIND:
            first += 1
    elif (
        counted and relative is not None and text[end - 1] in OBJECT_CLASSIFIERS
        and relative < len(tokens) and nominal(tokens[relative]) and relative - 1 <= MAX_OWNER_WORDS
        and (
            tokens[0].tag == "v"  # 4800辆 + 装载援助物资的 + 卡车: a relative clause
            or any(
                token.tag.startswith(OWNER_TAGS) or token.word.endswith(OWNER_ENDINGS + PERSON_ENDINGS) or _is_person(token)
                for token in tokens[: relative - 1]
            )
        )
    ):
        # 4枚 + 乌军发射的 + 美制导弹, 两架 + 胡塞武装的 + 无人机: a classifier of things counts the
        # thing after 的, its owner or maker before it (but 3家 + 企业的 + 负责人 counts firms)
        first = relative
    elif (
        counted and relative is not None and 2 <= relative < len(tokens) and text[end - 1] not in PEOPLE_CLASSIFIERS
        and nominal(tokens[relative]) and tokens[relative - 2].word in PLACED_WITHIN
        and all(token.tag.startswith(PLACE_PHRASE_TAGS) for token in tokens[: relative - 2])
        and (text[end - 1] != GE or any(token.tag in PLACE_MARK_TAGS for token in tokens[: relative - 2]))
    ):
        # 134家 + 沿江一公里内的 + 化工企业, 30个 + 周边5公里范围内的 + 村庄: where the things counted
        # are, then what they are (but 43个县域内的 + 235个观测站: another count of what is within
        # them; 5个区县内的学校: 个 counts the places themselves where they are bare nouns)
        first = relative
    elif counted and relative is not None and text[end - 1] in PEOPLE_CLASSIFIERS and (
        _places_of(tokens, relative - 1) or _body_of(tokens, relative - 1)
    ):
        # 近百名 + 中国和阿根廷的 + 龙舟爱好者, 5位 + 美国疾控中心的 + 前主任: people counted, from the
        # places or the body before 的
        first = relative
    elif counted and relative is not None and text[end - 1] in PERSON_CLASSIFIERS and _people_after_de(tokens, relative):
        # 2700多名 + 农牧区的 + 学生, 500多名 + 服务各国代表团的 + 志愿者: a classifier of persons counts
        # the people after 的, whatever place, body or task before it is theirs (but 300名 + 学生的
        # + 家长: people of people, the first counted)
        first = relative
    elif (
        counted and relative is not None and 1 < relative < len(tokens) and nominal(tokens[relative]) and not is_measure(tokens[relative])
        and all(token.word in NAMED_PLACES for token in tokens[: relative - 1] if token.word not in LINKS)
    ):
        # 近3000个 + 中国的 + 朋友, 50家 + 德国的 + 企业: things counted, from the countries or regions
        # named before 的 (but 20多个 + 国家的 + 代表 counts countries, and 100个 + 西湖的 + 水量 is
        # a standard of measure)
        first = relative
    if counted and text[end - 1] in ITEM_CLASSIFIERS:
        _name_event(tokens, first, text[end - 1])
    opening = tokens[first] if tokens else None
    following = tokens[first + 1] if len(tokens) > first + 1 else None
    if counted and opening is not None and opening.word in KIND_ADVERBS and following is not None and following.tag in PLAIN_NOUN_TAGS:
        # 100多个 + 高速 + 收费站, 79万个 + 重复 + 户口: right after a classifier and before a noun, a
        # word the dictionary tags an adverb says what kind of thing is counted
        tokens[first] = opening = opening._replace(tag="b")
    if opening is not None and opening.word in LOCATIVES and not (
        opening.word == GLUED_LOCATIVE and following is not None and following.tag in PLAIN_NOUN_TAGS and not activity
    ):
        # 24小时内: within a time, nothing is counted; but 200家 + 中 + 外资金融机构: the segmenter
        # glued the classifier to the first character of the noun after it (家中)
        return None
    if opening is not None and (
        opening.word in AFTER_A_TIME or opening.word == AT_A_DISTANCE and measured or opening.word in PURPOSE_VERBS
    ):
        # 飞行6.5小时 + 后 + 与空间站…对接: after a time, what follows happened, nothing is
        # counted; 距离边境300公里 + 处: the place is named before the length; 300亿元 + 用于…:
        # what a sum is for is no noun it counts
        return None
    # 十项 + 促 + 消费 + 行动, 20条 + 稳 + 就业 + 措施: a one-character verb and its object name
    # the head after them, whatever their tags (降 is a word of amount elsewhere); no branch below
    # moves `first` past such an opening
    policy = _policy_compound(tokens, first)
    if opening is not None and opening.word == "的":
        first += 1
        if counted and first < len(tokens) and not _term_at(tokens, first) and figure_at(text, tokens[first].start):
            # 促进民间投资36条的 + 42个实施细则: another count, of its own noun (but 总投资超300亿元的 +
            # 35个重点项目, 离村4公里的 + 一家煤矿: a sum or a length of the things counted after it)
            return None
        first += _term_at(tokens, first)  # 5万元的 + 三年期 + 免息贷款: the loan's term names no thing
    elif opening is not None and counted and _filing_at(tokens, first, text[end - 1]):
        tokens[first] = opening._replace(tag="n")
    elif counted and _verbs_linked_before_noun(tokens, first):
        # 400多个 + 建设和发展 + 项目, 20个 + 改造和提升 + 项目: two verbs joined by 和 modify the head
        # they share, whatever verbs they are (建设 and 发展 are main verbs elsewhere)
        _as_one_noun(text, tokens, first, 3)
    elif counted and _main_verb_before_head(tokens, first):
        # 23家 + 发起 + 单位, 12个 + 实施 + 项目: a main verb right before the head of a name of
        # something set up is part of the name, where a predicate or the clause's end follows the head
        _as_one_noun(text, tokens, first, 2)
    elif (
        opening is not None and not policy and not _noun_then_predicate(tokens, first, relative) and not _model_at(tokens, first)
        and not _action_after_de(tokens, relative)
    ) and (
        opening.tag.startswith("v") and not nominal(opening) and not _relating_a_noun(opening, following)
        or opening.word in NOUN_TAGGED_VERBS and relative is not None
    ) and (
        relative is not None
        or not (
            modifier_verb(opening) and (
                _adjectives_then_noun(tokens, first + 1)
                or opening.word not in PURPOSE_VERBS and opening.word not in OUTCOMES and _verbs_then_noun(tokens, first + 1)
                or _linked_then_noun(tokens, first + 1)
            )
            or _suffixed(tokens, first)
        )
    ):
        # 60多家从事石墨烯科技创新的科研院所: a relative clause, then the noun (but 500多名退休老党员:
        # a verb that modifies the noun, an adjective between).
        first = relative if relative is not None else len(tokens)
    elif (
        opening is not None and opening.tag in ("a", "b") and following is not None and following.word == "的"
        and first + 2 < len(tokens) and nominal(tokens[first + 2])
    ):
        first += 2  # 十多种不同的运动模态: an adjective and 的 before the noun
    elif counted and opening is not None and opening.word in KIND_POINTERS:
        # 数十个 + 这样的 + 考场, 20起 + 这类 + 案件, 12个 + 这种类型的 + 园区: the kind pointed
        # back to, then the things
        skip = 2 if following is not None and following.word == "的" else 1
        if following is not None and following.word in QUALITIES and first + 2 < len(tokens) and tokens[first + 2].word == "的":
            skip = 3
        if _adjectives_then_noun(tokens, first + skip):
            first += skip
    elif counted and relative is not None and _noun_at(tokens, relative) and (
        _described(tokens, first, relative - 1) or _descriptions_listed(tokens, first, relative - 1)
    ):
        first = relative  # 5个 + 规模较大的 + 物流园区, 800多个 + 连续完整的 + 花型: what they are like, then what they are
    elif (
        opening is not None and opening.word in RELATIVE_PREPOSITIONS and relative is not None
        and (opening.word not in PURPOSE_OR_CAUSE or any(token.word == THEREBY for token in tokens[first:relative]))
        and not (opening.word == AT and (not counted or relative + 1 < len(tokens) and tokens[relative + 1].word in FRAME_CLOSERS))
    ):
        first = relative  # 两枚从也门方向发射的导弹: a relative clause that opens with a preposition
    elif counted and relative is not None and _adverb_led_clause(tokens, first, relative - 1):
        first = relative  # 5项已完成的任务, 17只人工繁育的小丹顶鹤: an adverb and its verb before 的
    if (
        opening is not None and opening.word == ORIGIN and following is not None and following.tag.startswith(ORIGIN_TAGS)
        and first + 2 < len(tokens) and tokens[first + 2].word.startswith(TRADE_FLOWS)
    ):
        # 3000亿美元 + 自 + 华 + 进口商品: where goods come from is part of their name
        tokens[first] = opening._replace(tag="n")
        tokens[first + 1] = following._replace(tag="n")
    compound = relative is None and policy
    if first + 1 < len(tokens) and _points_back(tokens[first]) and nominal(tokens[first + 1]):
        if tokens[first].word in POINTING_PRONOUNS:
            first += 1  # 165名 + 该 + 机构工作人员, 2名 + 其 + 家属: the pronoun alone says nothing
        else:
            tokens[first] = tokens[first]._replace(tag="n")  # 30名 + 该校 + 学生, 4名 + 其他 + 国家人员
    if first < len(tokens) and (
        counted and _counted_morpheme(tokens[first]) or (counted or measured) and tokens[first].word == LAND and text[end - 1] in LAND_CLASSIFIERS
    ):
        if tokens[first].word in PLACE_MORPHEMES:
            # 27个 + 县 + 重点推广, 7个 + 村 + 遭遇山洪: places counted, then what they do
            return _with_levels(text, tokens[first].start, tokens[first].end)
        # 100多辆 + 车, 3口 + 井, 2040名 + 反 + 政府武装分子: right after its classifier, a character
        # the dictionary knows only as a morpheme is a noun, or opens the noun counted; so is 地
        # after a measure of land (600亩 + 地, 369块 + 地), a particle to jieba
        tokens[first] = tokens[first]._replace(tag="n")
    lead = first
    if opening is not None and opening.word in PASSIVE_MARKS and following is not None and following.tag.startswith("v"):
        # 33名被扣押人员, 1155所 + 被调查的 + 学校: a passive participle (and its 的) before the noun
        # is part of the phrase
        noun = first + 2 + (first + 2 < len(tokens) and tokens[first + 2].word == "的")
        if noun < len(tokens) and nominal(tokens[noun]):
            first = noun
    after_de = first > 0 and tokens[first - 1].word == "的"
    if first < len(tokens) and ARABIC_DIGIT_RE.match(tokens[first].word) and _bare_figure_at(text, tokens[first].start, clause_end):
        # 巡回医疗队547支 + 2800余人 + ，: another figure with no noun of its own right after the
        # classifier counts other things (but 六批 + 40个重大外资项目: the batches' projects)
        return None
    index, last = first, None
    if _model_at(tokens, first):
        last, index = tokens[first + 2], first + 3  # 歼-20飞机, 米-8直升机, 图-160M型轰炸机: a model's letter and number
    while index < len(tokens):
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if compound and index < first + 2:
            last, index = token, index + 1
            continue
        if (
            token.word in EVERY_KIND and last is not None and (is_place(last) or _walks_owner(last) and token.word not in SUBJECT_STOP)
            and following is not None and (nominal(following) or following.word in EVERY_KIND)
        ):
            # 1500名 + 叙利亚 + 各界 + 代表, 3000多名 + 香港社会 + 各界 + 人士, 1000多名 + 西藏 + 各族 + 各界 +
            # 代表: every walk of a place's or a society's people (after a society, 各类 and 各项, stop
            # words, end the phrase: 合作区方案 + 各项目标任务落地落细)
            last, index = token, index + 1
            continue
        if (
            token.word in ETC and last is not None and following is not None and following.word in KINDRED
            and index + 2 < len(tokens) and nominal(tokens[index + 2])
        ):
            # 1525户医疗美容 + 等 + 相关 + 行业市场主体: examples, then the kind they belong to, which is
            # what is counted
            last, index = tokens[index + 2], index + 3
            continue
        if token.word in SUBJECT_STOP and not (index == first and token.tag == "n" and token.word[0] in DEMONSTRATIVES):
            break  # (but 11名 + 其他 + 国家人员: right after the figure, the others are what is counted)
        if token.word in ALL_OF and last is not None and last.word not in LINKS and following is not None and nominal(following):
            break  # 全长6公里的 + 滨水步道 + 所有 + 堵点: all of the thing's parts open the predicate's own subject
        if (
            last is not None and token.word in WITHIN_LOCATIVES and nominal(last) and not (tk.known(last.word) and tk.tag_of(last.word).startswith("v"))
            and not (people and _modifies_after_de(tokens, index + 1))
            and not (token.word == WITHIN and following is not None and nominal(following))
        ):
            # 43个县域 + 内 + 的235个观测站, 14个特困区 + 中, 十起典型案例 + 中 + 关注度最高的: within
            # the things counted, no part of them (but 6位 + 村 + 里 + 的孤寡老人: people counted,
            # where they live; 两家俄 + 国 + 内 + 媒体, 区 + 内 + 企业: 内 opens a noun, domestic)
            break
        if last is not None and (
            index + 1 < len(tokens) and _done_at_a_place(tokens, index + 1)
            or _adverbs_then_verb(tokens, index, after_noun=last.word not in ADVERBIALS)
            or token.word in TIME_CLAUSE_ENDS or token.word in TOTALITY
            or token.tag == "t" and nominal(last) and following is not None and (
                following.tag.startswith(PREDICATE_TAGS) or following.tag == "m" or following.word in NOUN_TAGGED_VERBS
            )
            # 种群数量 + 稳中有升: a set phrase of four that ends the clause says how the measure went
            or token.tag == "l" and len(token.word) >= 4 and is_measure(last) and (following is None or following.word in PHRASE_ENDS)
        ):
            # 10个基础设施 + 基本 + 建成, 80多家企业 + 现场 + 签约: adverbs and their verb; 高度 + 时;
            # 100多名司乘人员 + 全部 + 滞困: all of them, then what befell them, whatever the segmenter made of it;
            # 开化水库 + 日前 + 成功下闸蓄水, 160个重点帮扶县 + 今年 + 第四季度…: a time opens the predicate
            break
        if (
            last is not None and last.tag == "n" and is_measure(last) and last.word not in TIME_MEASURES
            and token.tag == "v" and not nominal(token) and token.word not in PURPOSE_VERBS
            and following is not None and nominal(following) and not is_measure(following)
        ):
            # 9.3亿亿次的浮点运算速度 + 蝉联 + 冠军: a measure, then what it did (but 投资 + 建设 + 资金:
            # a measure's name; 大规模 + 枪击 + 事件, 投资 + 控股 + 公司: no measure, a verb's noun;
            # 七成资金 + 用于 + 民生: the share is named by what it goes to)
            break
        if last is not None and token.word in LINKS and _named_owner_of_count(text, tokens, index + 1):
            break  # 八个城市 + 及常州的两个区市: the next item is counted on its own
        if (
            after_de and not counted and last is not None and nominal(last) and token.tag == "v" and len(token.word) >= 2
            and following is not None and following.tag == "ns"
        ):
            # 主跨1092米的大桥 + 横跨 + 长江: what is described, then a verb of where it lies or goes
            # (but 14500多人次的 + 中国老百姓飞往泰国: people counted by where they go)
            break
        if last is not None and token.word in LEVIES:
            break  # 3000亿美元中国输美商品 + 加征 + 关税: the goods, then what is levied on them (but 加征关税商品: the goods)
        if (
            last is not None and token.word in PURPOSE_VERBS and (relative is None or relative < index)
            and not SHARE_TAIL_RE.search(text, max(0, end - MAX_SHARE_TAIL), end)
        ):
            # 5000万元的专项资金 + 用于 + 灾后重建: the sum, then what it goes to (but 七成资金 + 用于 +
            # 民生: a share is named by what it goes to; 三个 + 进口用作加工原料的 + 证书: a relative clause)
            break
        if last is not None and token.word == THROUGH and following is not None and following.tag.startswith("v"):
            break  # 10个非常任理事国 + 经 + 选举产生, 12名患者 + 经 + 治疗: how they came to it, a predicate
        if last is not None and following is not None and (
            following.word.startswith(YEAR) and CALENDAR_NUMBER_RE.fullmatch(token.word + YEAR)
            or following.word in DATE_UNITS and CALENDAR_NUMBER_RE.fullmatch(token.word + following.word)
            or following.word == SPOKEN_DAY and SPOKEN_DAY_NUMBER_RE.fullmatch(token.word)
            and (people or index + 2 < len(tokens) and tokens[index + 2].tag.startswith("v") and not nominal(tokens[index + 2]))
            or token.word in YEAR_DEICTICS and following.word == "年度"
        ):
            # 38个中央部门 + 2013年度 + 预算执行, 中央部门 + 上年度 + 预算, 11个村庄 + 23日晚 + 发生的
            # 冲突, 200多名工作人员 + 10号 + 集体罢工: the date opens what is said of them
            break
        if (
            last is not None and nominal(last) and token.tag in IDIOM_TAGS and len(token.word) >= 4 and following is None
            and text[end - 1] not in PEOPLE_CLASSIFIERS
        ):
            # 9个大型花篮 + 一字排开, 60多万亩酥梨 + 硕果累累: an idiom that ends the clause after the
            # things counted is their predicate (but 三种主要 + 粮食作物 + 种植结构…: a set phrase
            # inside; 全球导航 + 定位系统: a set phrase after a verb, the noun's end)
            break
        if (
            index == first and token.word in KIND_NEGATIONS and following is not None and following.tag in NEGATED_TAGS
            and index + 2 < len(tokens) and nominal(tokens[index + 2]) and (relative is None or relative > index + MAX_NEGATED_SPAN)
        ):
            # 52个 + 未 + 摘帽 + 贫困县, 3000名 + 未 + 就业 + 大学生: a negated verb before the noun is
            # the kind counted (but 10人 + 未 + 受伤: what did not befall them; 22名 + 不 + 适应 +
            # 岗位 + 要求的干部: a relative clause)
            last, index = tokens[index + 2], index + 3
            continue
        if (
            index == first and not after_de and token.word == NEWLY and following is not None and following.tag.startswith("v")
            and index + 2 < len(tokens) and nominal(tokens[index + 2])
        ):
            # 67位 + 新 + 当选 + 院士, 100多名 + 新 + 录用 + 公务员: the newly made are a kind of what is
            # counted, not what the counted did
            last, index = tokens[index + 2], index + 3
            continue
        if index == first and not after_de and _adverbs_then_verb(tokens, index, besides=OUTCOMES, predicate=True):
            # Right after the classifier they say what the counted did, not what they are
            # (群众800余人 + 现场 + 观看): nothing is named after the figure (but 4人 + 全部 +
            # 死亡 is what befell them, 10%的 + 整体 + 增速 a noun phrase, and 4个 + 线上 + 招聘
            # + 专场 a noun the verb modifies)
            break
        if (
            last is not None and token.word in MODEL_DASHES and following is not None and index + 2 < len(tokens)
            and ARABIC_DIGIT_RE.match(following.word) and nominal(tokens[index + 2])
        ):
            last, index = following, index + 2  # 苏-27战机, F-35战斗机, B-52轰炸机: a model's number
            continue
        opens_figure = token.tag == "m" and ARABIC_DIGIT_RE.match(token.word) or (
            following is not None and following.tag == "m" and ARABIC_DIGIT_RE.match(following.word) and len(token.word) <= 2
            and token.word not in OPENING_QUOTES
        )  # 社区居民 + 近 + 1.7亿人: a qualifier opens the figure too (a quotation mark opens a name: 150家 + “2022年…”)
        if last is not None and (
            opens_figure and (figure_at(text, token.start) or UNITLESS_COUNT_RE.match(text, token.start)) or _hedged_headcount_at(text, token.start, ("count", "people"))
            or token.word == LIST_COMMA and following is not None and _hedged_headcount_at(text, following.start, ("count", "people"))
        ):
            # 25个国家227个城市, 80个贫困村 + 23000多贫困人口, 10支队伍 + 近千人 + 参演, 13处机场 +
            # 数百条 + 航线: another figure begins; 国家 is what 25个 counts (in Chinese numerals a
            # count inside a name stays, unless hedged: 7起违反中央八项规定精神典型问题);
            # 近千名工人 + 、 + 上百台大型机械设备: after a list's comma, a hedged count is the next item
            break
        if (
            activity and index == first and token.tag in ("a", "ad") and len(token.word) >= 2
            and all(later.tag in ("a", "ad") and len(later.word) >= 2 for later in tokens[index + 1 :])
            and (not after_de or tokens[-1].word in EFFORTS)
        ):
            # 经过14年 + 努力, 长达十一年的 + 努力, 五年的 + 辛勤努力: what the years were spent on, alone
            # before the clause ends (after 的, a word of effort only: 三年的 + 艰苦 is how)
            last, index = tokens[-1], len(tokens)
            break
        activity_at = _activity_after_manner(tokens, index) if activity and after_de and index == first else None
        if activity_at is not None:
            # 八天的 + 辛苦 + 拍摄, 5个多小时的 + 大规模 + 连续 + 轰炸: how the activity went, then the activity
            last, index = tokens[activity_at], activity_at + 1
            break
        if (
            activity and not after_de and last is not None and nominal(last) and token.tag.startswith("v") and len(token.word) >= 2
            and token.word not in HAPPENING and token.word not in OUTCOMES and (following is None or following.word in PHRASE_ENDS)
        ):
            # 经过三个月 + 技术 + 攻关, 一天多 + 状态 + 调整: a noun and its verb that end the clause
            # name the activity the time was spent on (but 系列活动 + 举行, 欧洲 + 发生: a predicate;
            # after 的, 3分42秒44的 + 成绩 + 夺冠: what the time is, then what was won with it)
            last, index = token, index + 1
            break
        if (
            (activity or counted and (following is None or following.word in PHRASE_ENDS) or token.word in VERB_TAGGED_NOUNS)
            and after_de and index == first and token.tag.startswith("v") and len(token.word) >= 2
            and not (following is not None and nominal(following))
        ):
            # 33分钟的抢救, 五年的建设: the activity the figure lasts; 200起违反协议的行为, 300元的
            # 补助: a noun jieba tags a verb, alone after a relative clause or a sum
            last, index = token, index + 1
            break
        if (
            token.word == STATIONED and last is not None and following is not None and following.tag.startswith(OWNER_TAGS)
            and index + 2 < len(tokens) and nominal(tokens[index + 2]) and tokens[index + 2].tag != "f"
        ):
            # 60名美国 + 驻 + 俄 + 外交官, 3名中国 + 驻 + 马里 + 维和人员: where a body's people serve is
            # part of their name (but 2000名美军 + 驻 + 叙利亚 + 东北部: where they are stationed)
            last, index = following, index + 2
            continue
        if (
            last is not None and nominal(last) and token.tag == "m" and SPAN_OF_TIME_RE.fullmatch(token.word)
            and not (following is not None and following.word in TIME_MEASURES)
        ):
            # 19万户居民 + 一年 + 生活用电: a span of time opens what the things counted use or do in it
            # (but 专家历时 + 两年 + 时间: the time spent, said as such)
            break
        if last is not None and token.word in MOTION_VERBS:
            break  # 30台挖掘机 + 开赴 + 灾区, 3艘货轮 + 驶向 + 上海港: things counted, then where they go
        if counted and last is not None and token.word in CARRYING_OUT:
            # 957座车站 + 推行 + 电子客票, 15个城市 + 实行 + 限购政策: things counted, then the policy
            # they carry out (a share keeps it: 80%的 + 县推行网格化管理 is the share of counties doing so)
            break
        if last is not None and nominal(last) and token.word in TAKING_PART and (following is None or following.word in PHRASE_ENDS):
            break  # 112个舞蹈作品 + 参赛: the things counted, then their predicate
        if last is not None and token.word in PARTNER_PREPOSITIONS and _partner_then_verb(tokens, index + 1):
            break  # 45个服务业项目 + 与外商 + 签约: the partner of what the things counted do
        if last is not None and nominal(last) and token.word in NOUN_TAGGED_VERBS and following is not None and following.tag == "v":
            break  # 8个县市 + 参观 + 考察: a verb the dictionary tags a noun, then another verb: a predicate
        if last is not None and token.tag == "m" and ORDINAL_OF_SERIES_RE.fullmatch(token.word):
            # 58名同志 + 第六届 + 全国道德模范荣誉称号: the ordinal of a series opens what they were
            # given or did (but 驻村 + 第一 + 书记, 单项 + 第一: a title, a rank)
            break
        if (
            last is not None and token.word in REPORTING_VERBS and following is not None
            and (following.tag.startswith("v") or following.tag in ASPECT_TAGS or following.word in REPORTED_STATES)
        ):
            break  # 12个州 + 报告 + 有震感, 17个州 + 报告 + 单日新增病例: those counted, then what they report
        if (
            (token.tag == "v" or token.word in NOUN_TAGGED_VERBS)
            and last is not None
            and _acts(last, text[end - 1])
            and following is not None
            and (following.word not in BOUND_ENDINGS or following.word.endswith(MEASURE_HEADS))
            and (people or not _verbs_then_noun(tokens, index, TEAM_HEADS))
        ):
            # 18个省份 + 指导…, 20家企业 + 入驻平台: one who acts, then the predicate (but 专家 +
            # 指导 + 组: a verb and a bound ending after it form a word; 6个地区 + 开工率超过80%: a
            # rate is another figure's measure)
            break
        if counted and last is not None and _acts(last, text[end - 1]) and _verbs_of_relative_clause(tokens, index, relative):
            break  # 6家企业 + 合作研发 + 的3辆汽车: those who act, then the verbs of the clause that describes the thing after 的
        if nominal(token) and not (
            token.tag == "vn" and last is not None and last.tag in PLAIN_NOUN_TAGS and token.word not in VERB_TAGGED_NOUNS
            # (but 文化市场 + 综合 + 执法 + 机构: modifying verbs and the head of a name after them go on)
            and not (following and (
                nominal(following) or following.word in LOCATIVES or _verbs_then_noun(tokens, index + 1, COMPOUND_HEADS)
                or _adjectives_then_noun(tokens, index + 1)  # 全军后勤 + 工作 + 先进 + 单位
            ))
            and not (token.word == TASKS and (text[end - 1] == ITEMS or last.word == ASPECTS) and (following is None or following.word in PHRASE_ENDS))
        ):
            last, index = token, index + 1  # 云服务清单, 精品 + 活动; but 高校建设 stops at 建设
        elif (
            token.word in VERB_TAGGED_NOUNS and last is not None and (last.tag in PLAIN_NOUN_TAGS or last.tag == "vn")
            and not _acts(last, text[end - 1]) and (following is None or following.word in PHRASE_ENDS)
        ):
            # 资金 + 补助, 军事 + 支持: the head, though jieba tags it a verb (but 国际组织 + 支持:
            # those who act, then their predicate; 贷款 + 支持 + 制造业: a verb and its object)
            last, index = token, index + 1
        elif (
            last is not None and nominal(last) and token.word in CHANGES_IN_NAMES and following is not None
            and nominal(following) and following.tag.startswith("n") and not following.guessed
        ):
            last, index = token, index + 1  # 5.5%左右的 + 经济 + 增长 + 目标: a change inside the name after the figure
        elif last is not None and token.word in BOUND_ENDINGS and (
            token.tag in ("zg", "k", "m", "q") or token.tag == "v" and not (following is not None and nominal(following))
        ):
            # 小麦专家指导 + 组, 重点帮扶 + 县, 专精特新 + 贷, 抗议 + 者, 临时部署 + 点 (a numeral to
            # jieba), 试剂 + 盒 (a classifier): a bound character the segmenter left alone (as a
            # verb, only where no noun follows it)
            last, index = token, index + 1
        elif token.tag in RIGHT_MODIFIER_TAGS and _leads_to_noun(tokens, index):
            last, index = token, index + 1  # 早期创投机构, 直接就业岗位
        elif token.tag == "i" and (len(token.word) == SHORT_IDIOM or people and token.word.endswith(PERSON_ENDINGS)):
            # 16家绿色 + 无污染 + 企业, 400个 + 避难所: a three-character "idiom" is a noun or what kind one
            # is; so is one that ends as nouns for people do, after people counted (60多位 + 孤寡老人)
            last, index = token._replace(tag="n"), index + 1
        elif token.tag in ("m", "b") and GRADE_RE.fullmatch(token.word) and _verbs_then_noun(tokens, index + 1):
            last, index = token, index + 1  # 30处 + 一级 + 保护 + 文物, 24项 + 一级 + 谋杀 + 罪名: a grade, then a verb that modifies the noun
        elif (
            token.word in GRADE_MARKS and last is not None and last.tag == "eng" and GRADE_RE.fullmatch(last.word + token.word)
            and following is not None and (nominal(following) or _verbs_then_noun(tokens, index + 1))
        ):
            last, index = token, index + 1  # 20名 + A + 级 + 逃犯, 3名 + B + 类 + 人员: a grade in letters, then what it grades
        elif token.word in LINKS and following is not None and following.word in RANGE_WORDS and last is not None:
            last, index = token, index + 1  # 地级 + 及 + 以上 + 城市
        elif counted and index == 0 and token.word == TITLE_OPEN and _titled_work(tokens, index):
            # 600本 + 《习近平谈治国理政》第二卷, 2000册《红楼梦》: the work whose copies are counted,
            # with the volume after its title
            index = _titled_work(tokens, index)
            last = tokens[index - 1]
        elif token.word in OPENING_QUOTES and _quoted_name(tokens, index) and not (
            last is not None and (
                text[end - 1] in PEOPLE_CLASSIFIERS and last.word.endswith(PERSON_ENDINGS) or _awarded(tokens, _quoted_name(tokens, index))
            )
        ):
            # 100个“生态村”, 17枚美制“海马斯”火箭弹: a quoted name is what is counted, or modifies it
            # (but 23位科学家 + “两弹一星”功勋奖章: after people counted, what they were given; 十个
            # 医务人员英雄群体 + “时代楷模”称号: after anything counted, a title it was given)
            index = _quoted_name(tokens, index)
            last = tokens[index - 1]
        elif _suffixed(tokens, index):
            last, index = tokens[index + 1], index + 2  # 示范 + 型 + 社区, 引领 + 型 + 项目: a verb made an adjective
        elif modifier_verb(token) and (
            following is not None and nominal(following) or index == first and _adjectives_then_noun(tokens, index + 1)
            or index == first and _linked_then_noun(tokens, index + 1)
            # (after a grade too: A级 + 通缉 + 在逃 + 人员)
            or (last is None or last.tag.startswith("v") or last.word in GRADE_MARKS) and _verbs_then_noun(tokens, index + 1)
            # 智能 + 制造 + 示范 + 工厂: after a noun, only up to the head of a name (but 渔业船舶 +
            # 集中出海捕捞 + 作业: the counted act; 乡镇 + 督促相关企业: a verb of a predicate)
            or last is not None and nominal(last) and token.word not in NOUN_TAGGED_VERBS
            and _verbs_then_noun(tokens, index + 1, COMPOUND_HEADS)
        ):
            # 合作共建实验室, 国际知名创投机构, 退休 + 老 + 党员, 节能 + 减排 + 补助资金
            last, index = token, index + 1
        elif (
            last is not None and nominal(last) and token.tag == "vn" and token.word in MAIN_VERBS and not _acts(last, text[end - 1])
            and following is not None
            and (nominal(following) and following.word.endswith(COMPOUND_HEADS) or _verbs_then_noun(tokens, index + 1, COMPOUND_HEADS))
        ):
            # 生态文明 + 建设 + 示范市县, 城市 + 建设 + 项目: a main verb used as a noun inside a name,
            # before its head (but 行业 + 开展 + 专项安全整治: a predicate and its object)
            last, index = token, index + 1
        elif last is not None and _linked_then_noun(tokens, index, listed=True):
            # 60多家科研院所、大专院校和企业: the list is what is counted; 265项科学与 + 应用 + 项目,
            # 5个研发与 + 应用 + 中心: a verb after 与, 和 or 及 modifies the head both share (after
            # 、 it opens a clause of its own: 坚定信念、践行宗旨)
            last, index = token, index + 1
        else:
            break
    if index == first:
        return None
    if counted or measured:
        index = _counted_before_its_measure(tokens, lead, index)
    if counted and text[end - 1] not in ISSUE_CLASSIFIERS and tokens[index - 1].word.endswith(ISSUE_HEADS):
        # 8所美国名校 + 招生丑闻, 数千名民众 + 冲击英国使馆事件: people or bodies counted, then an
        # event or an issue about them, which their classifier does not count
        index = next((k + 1 for k in range(lead, index - 1) if tokens[k].word.endswith(ENTITY_ENDINGS)), index)
    return _balanced(_with_levels(text, tokens[lead].start, tokens[index - 1].end))


# A span of time in Chinese numerals the segmenter makes one numeral (一年, 两个月, 三天).
SPAN_OF_TIME_RE = patterns.compile(r"[一二两三四五六七八九十半]+(?:个)?(?:年|月|周|天|日|小时)")
# Events and issues said of what is counted (招生丑闻, 遇袭事件), and the classifiers that count
# them (3个问题, 两起事件); the nouns that end the people or bodies such an event is about.
ISSUE_HEADS = ("丑闻", "事件", "事故", "问题", "案件")
ISSUE_CLASSIFIERS = frozenset("个 起 件 项 类 宗 批 种".split())
ENTITY_ENDINGS = (*AGENT_NOUNS, *PERSON_ENDINGS, "校", "院", "企")


def _with_levels(text: str, start: int, end: int) -> str:
    """text[start:end], with the levels in brackets after a level that ends it (省 + （区、市）), or
    listed after a level alone (县 + 、市、区: 100多个县、市、区 counts all three)."""
    levels = LEVELS_AFTER_RE.match(text, end) if LEVEL_ENDS_RE.search(text, start, end) else None
    if levels:
        return text[start : levels.end()]
    if LEVEL_RE.fullmatch(text, start, end):
        following = tk.tag(text, end, min(len(text), end + MAX_LISTED_LEVELS_CHARS))
        for comma, level in zip(following[::2], following[1::2]):
            if comma.word != LIST_COMMA or not LEVEL_RE.fullmatch(level.word):
                break
            end = level.end
    return text[start:end]


LEVEL_RE = patterns.compile(LEVEL)
# How far a list of levels after the first may run (、自治区、直辖市).
MAX_LISTED_LEVELS_CHARS = 12


def _counted_before_its_measure(tokens: list[tk.Token], lead: int, index: int) -> int:
    """Where the noun a count counts ends when a measure of theirs runs on after it (31个 + 省份 +
    居民消费价格, 3家 + 企业 + 营业收入): the count is of the bodies or places, the measure is
    theirs (people start measures of their own: 游客接待量, 居民消费价格). Things of any other kind
    end where a sum or a volume that is a word of its own follows a noun (21条 + 特色商业街 +
    营业额, 100家 + 重点商场 + 销售额)."""
    if index - lead < 2 or not is_measure(tokens[index - 1]):
        return index
    for position in range(lead, index - 1):
        if tokens[position].word.endswith(COUNTED_BODIES):
            return position + 1
    measure, gap = tokens[index - 1], index - 2
    while gap > lead and (
        tokens[gap].tag == "f" and len(tokens[gap].word) > 1 or tokens[gap].word in AVERAGED or tokens[gap].word in TRADE_STAGES
    ):
        # 科技孵化器 + 周边 + 平均 + 人流量, 18种 + 蔬菜 + 平均 + 批发 + 价格: where and how the
        # things' measure is taken
        gap -= 1
    before = tokens[gap]
    totalled = measure.word.startswith(TOTAL) and len(measure.word) > 1 and index - lead <= MAX_TOTALLED + 1
    if (_amount_word(measure.word) or totalled) and (before.tag in PLAIN_NOUN_TAGS or before.word in BOUND_ENDINGS):
        return gap + 1  # 21条 + 特色商业街 + 营业额, 4个 + 商场 + 总收入
    if before.word == TOTAL and 3 <= index - lead <= MAX_TOTALLED + 2 and tokens[index - 3].tag in PLAIN_NOUN_TAGS:
        return index - 2  # 10个 + 项目 + 总 + 投资, 3座 + 电站 + 总 + 容量: the things, then their total
    return index


# Words of averaging between the things counted and their measure (平均 + 人流量, 日均 + 客流量).
AVERAGED = PER_PERIOD | {AVERAGE_WORD, "人均"}
# The stage of trade a price or a volume is taken at (蔬菜 + 批发 + 价格, 猪肉 + 零售 + 价格).
TRADE_STAGES = frozenset("批发 零售 出厂 收购 销售 成交 交易 集市".split())
# What opens the total of a set of things (总投资, 总规模, 总容量), a word of its own to jieba;
# the things are named in a word or two (项目, 签约项目): a longer name may hold a measure itself
# (10个 + 国家数据中心集群算力 + 总规模).
TOTAL = "总"
MAX_TOTALLED = 2


def measure_of_counted(text: str, end: int, counted: str) -> str | None:
    """The counted things' measure that runs on after them (700个 + 主要通道节点 + 流量), which a
    bare clause after the count goes on about (…流量看，上升约25%)."""
    position = text.find(counted, end, end + MAX_COUNTED_GAP + len(counted))
    if position < 0 or CLAUSE_BREAK_RE.search(text, end, position):
        return None  # 出口58.3万辆，…占出口总量: counted before the figure, not after it
    after = position + len(counted)
    tokens = tk.tag(text, after, min(len(text), after + MAX_AMOUNT_WORD))
    measure = tokens[0].word if tokens and tokens[0].start == after else ""
    return counted + measure if _amount_word(measure) else None


def _amount_word(word: str) -> bool:
    return len(word) > 1 and word.endswith(AMOUNT_HEADS) and word not in COUNTED_AMOUNTS


# Heads of a sum, a volume, a rate, a price or a reading of things (营业额, 客流量, 产值, 入住率,
# 房价, 水位, 气温), which never name the things counted; other measure words may (举措, 清单, 需求:
# 9项重点举措), and so does 名额 (13000多个参观名额).
AMOUNT_HEADS = ("额", "量", "值", "率", "价", "价格", "水位", "气温", "温度", "浓度", "水温")
COUNTED_AMOUNTS = frozenset({"名额"})
MAX_COUNTED_GAP = 12
CLAUSE_BREAK_RE = patterns.compile(r"[，,。；;：:！？!?\n]")
MAX_AMOUNT_WORD = 6


ARABIC_DIGIT_RE = patterns.compile(r"[0-9０-９]")
# A count written with no classifier, its size or hedge glued to the noun (23000多贫困人口,
# 3万多群众, 约120万贫困人口): no unit makes it a figure, but it begins a noun phrase of its own.
UNITLESS_COUNT_RE = patterns.compile(rf"(?:{PRE})?[0-9０-９]+(?:[.．][0-9０-９]+)?(?:[万亿]|[多余])+(?=\p{{Han}})")


def _places_of(tokens: list[tk.Token], de: int) -> bool:
    """Whether tokens[:de], before 的, are places only, listed or alone (中国和阿根廷, 北京、上海,
    两岸, 当地, 全国各地): whose people the noun after 的 names."""
    places = [token for token in tokens[:de] if token.word not in LINKS]
    return 0 < len(places) <= MAX_LISTED_PLACES and all(
        token.tag.startswith(("ns", "s")) or token.word in PLACE_WORDS or token.word in SCOPE_WORDS for token in places
    )


def _is_person(token: tk.Token) -> bool:
    """学生, 孩子; and a bound ending that jieba leaves alone (网格 + 员)."""
    return token.word not in NOT_PERSONS and (
        token.word.endswith(PERSON_ENDINGS) and (nominal(token) or len(token.word) == 1) or token.word in PERSON_WORDS
    )


def _people_after_de(tokens: list[tk.Token], relative: int) -> bool:
    """Whether the noun phrase right after 的 (tokens[relative:]) ends in people (学生, 留守 + 儿童,
    专家 + 学者) where the words before 的 name none (农牧区, 服务 + 各国 + 代表团): a count of
    people followed by people of their own (21名 + 官兵 + 成为最后的 + 留守者, 200多名高铁司机的 +
    培训教师), by 在内 (包括…两名候选人 + 在内的 + 三人) or by a quoted name (192名 + “人民满意的
    公务员”) counts those first named."""
    before = tokens[: relative - 1]
    if (
        not 0 < len(before) <= MAX_OWNER_WORDS or before[-1].word == INCLUDED
        or any(_is_person(token) or token.word in OPENING_QUOTES for token in before)
    ):
        return False
    phrase = list(takewhile(lambda token: nominal(token) or _is_person(token) or token.tag in PEOPLE_MODIFIER_TAGS, tokens[relative : relative + MAX_PEOPLE_WORDS]))
    # the people end the noun (but 记者 + 证件: a thing of theirs)
    return any(
        _is_person(token) and (index + 1 == len(phrase) or not nominal(phrase[index + 1]) or _is_person(phrase[index + 1]))
        for index, token in enumerate(phrase)
    )


PEOPLE_MODIFIER_TAGS = ("a", "b", "v", "vn")
MAX_PEOPLE_WORDS = 3
INCLUDED = "在内"
# Words that end as people do but name none (艺术 + 人生, 紧握的 + 双手).
NOT_PERSONS = frozenset("人生 一生 终生 民生 双手 人手 证件".split())


def _body_of(tokens: list[tk.Token], de: int) -> bool:
    """Whether tokens[:de], before 的, are nouns only that end in an organisation's head (美国 + 疾控
    + 中心, 北京大学): whose people the noun after 的 names (but 学生的 + 家长 and 党员干部的 + 亲属:
    people of people)."""
    named = tokens[:de]
    return (
        0 < len(named) <= MAX_BODY_WORDS and all(token.tag.startswith(BODY_TAGS) for token in named)
        and named[-1].word.endswith(ORG_HEADS) and (named[-1].word in ORG_SUFFIXES or named[-1].word not in ORG_STOP)
    )  # 中心 is a head; 干部 only ends in one


ORG_HEADS = tuple(ORG_SUFFIXES)
BODY_TAGS = ("n", "j")
MAX_BODY_WORDS = 5
# Countries and China's regions by name: things counted before one and 的 are the place's.
NAMED_PLACES = COUNTRIES | REGIONS
# Words for places that jieba tags otherwise (两岸 f, 当地 s, 各地 r).
PLACE_WORDS = frozenset("两岸 当地 各地 全国各地 海内外 国内外 中外".split())
MAX_LISTED_PLACES = 4


def _figure_before_de(tokens: list[tk.Token], de: int) -> bool:
    """Whether an Arabic figure (its number, then numerals and classifiers) ends right before the
    的 at tokens[de], past the first token after the count."""
    index = de - 1
    while index > 1 and tokens[index].tag in ("m", "q") and not ARABIC_DIGIT_RE.match(tokens[index].word):
        index -= 1
    return index >= 1 and index < de and ARABIC_DIGIT_RE.match(tokens[index].word) is not None


def _abbreviation_opening(tokens: list[tk.Token], index: int) -> int:
    """Where the bracket opens that tokens[index] closes round a Latin abbreviation ((M2), (CPI)),
    or -1."""
    if index < 2 or tokens[index].word not in CLOSING_BRACKETS or tokens[index - 2].word not in OPENING_BRACKETS:
        return -1
    return index - 2 if LATIN_ABBREVIATION_RE.fullmatch(tokens[index - 1].word) else -1


LATIN_ABBREVIATION_RE = patterns.compile(LATIN_ABBREVIATION)


def _noun_at(tokens: list[tk.Token], index: int) -> bool:
    """Whether a noun opens at tokens[index], itself or after one word that modifies it (配套 +
    活动, 宣讲 + 活动, 种植 + 基地)."""
    if index >= len(tokens):
        return False
    opening = tokens[index]
    return nominal(opening) or (
        (opening.tag in ("a", "b") or modifier_verb(opening)) and index + 1 < len(tokens) and nominal(tokens[index + 1])
    )


def _described(tokens: list[tk.Token], start: int, de: int) -> bool:
    """Whether tokens[start:de], before 的, describe the noun after it: nouns or adverbs, then an
    adjective or an idiom (规模 + 较大, 设施 + 齐全, 连续 + 完整, 精彩纷呈, 形式多样), or an adverb of
    degree and an adjective (较 + 小, 更 + 大); not a link
    (10个省份 + 和 + 规模较大的平台企业 counts the provinces); or an adjective, then a measure
    (较大 + 面积, 一定 + 规模: 800多条较大面积的农村黑臭水体)."""
    if not 1 <= de - start <= MAX_DESCRIPTION:
        return False
    opening = tokens[start]
    if de - start == 1 and len(opening.word) >= 3 and opening.word.endswith(QUALITY_SUFFIX):
        return True  # 7项 + 世界性的 + 工程技术难题, 5个 + 全国性的 + 行业协会: a word of kind in 性
    if (
        opening.word in DEGREES and de - start >= 2 and all(token.tag.startswith(("a", "d")) for token in tokens[start + 1 : de])
        or de - start == 1 and len(opening.word) == 2 and opening.word[0] in DEGREES and not tk.known(opening.word)
    ):
        # 8个 + 较小的 + 气旋, 12个 + 较偏远的 + 村庄 (偏远 tagged d), 3个 + 更大的 + 鸟类栖息地 (更大
        # glued, unknown): how much so, then what
        return True
    if (
        de - start >= 2 and (is_measure(tokens[de - 1]) or tokens[de - 1].word in QUALITIES)
        and all(token.tag.startswith(("a", "b", "d")) for token in tokens[start : de - 1])
    ):
        return True
    if not (tokens[de - 1].tag.startswith(DESCRIBING_TAGS) or tokens[de - 1].tag == STATE_TAG):
        return False
    return all(nominal(token) or token.tag.startswith(("a", "d")) for token in tokens[start : de - 1])


MAX_DESCRIPTION = 4
# Adverbs of degree before an adjective (较小, 更大, 非常偏远); jieba tags 较 a morpheme (zg).
DEGREES = frozenset("较 更 最 很 非常 比较 相对 十分 特别 极 更加 相当".split())
# Superlatives before a measure, part of its name: 最高气温 is not 气温.
SUPERLATIVES = frozenset("最大 最高 最低 最小 最快 最慢 最长 最短 最多 最少 最深 最远 最重".split())
# A year after the noun counted (2013 + 年度, 上 + 年度) ends it.
YEAR = "年"
YEAR_DEICTICS = frozenset("上 本 该 同 今".split())
# Idioms and set phrases (一字排开 l, 各显神通 i), which after a noun say what it does or how it is;
# what the dictionary tags an idiom in three characters is a noun (避难所) or says what kind one is
# (无污染 + 企业).
IDIOM_TAGS = ("i", "l")
SHORT_IDIOM = 3


def _relating_a_noun(opening: tk.Token, following: tk.Token | None) -> bool:
    """相关 + 产业, 有关 + 部门: a word of relation right before a noun describes it (but 相关 +
    的 + 作品 is a relative clause of its own)."""
    return opening.word in RELATING_VERBS and following is not None and nominal(following)


def _action_after_de(tokens: list[tk.Token], relative: int | None) -> bool:
    """535条 + 整改措施的 + 出台: a verb of enacting alone after 的 at the clause's end is what
    befalls the things counted before 的, not a noun a relative clause describes (but 200起 +
    违反协议的 + 行为, a noun jieba tags a verb)."""
    return relative is not None and relative == len(tokens) - 1 and tokens[relative].word in ENACTING


# Verbs of enacting that, alone after 的, say what befalls the measures or projects before it.
ENACTING = frozenset("出台 落实 实施 落地 推进 完成 建成 开工 启动 通过 发布 颁布 签署 投用 投产".split())


def _descriptions_listed(tokens: list[tk.Token], start: int, de: int) -> bool:
    """Whether tokens[start:de], before 的, list what the noun after it is like, joined by 、:
    宜业、宜居、宜游 + 的 + 美丽乡村, 规模大、效益好 + 的 + 龙头企业, 有特色、有活力 + 的 + 小镇 (but
    企业、高校 + 的 + 专家 lists nouns, what is counted)."""
    listed = tokens[start:de]
    if not any(token.word == LIST_COMMA for token in listed) or len(listed) > MAX_LISTED_DESCRIPTION:
        return False
    items: list[list[tk.Token]] = [[]]
    for token in listed:
        if token.word == LIST_COMMA:
            items.append([])
        else:
            items[-1].append(token)
    return all(_description(item) for item in items) and not all(item[0].guessed for item in items)


def _description(item: list[tk.Token]) -> bool:
    """规模大, 宜居 (what it is like), 有特色 (what it has), 改建 (what was done to it, after another
    description), 宜业 (a word jieba does not know)."""
    if not item:
        return False
    if item[-1].tag.startswith(DESCRIBING_TAGS) or item[-1].tag in (STATE_TAG, "b"):
        return True
    if item[0].word in POSSESSING and len(item) == 2:
        return True
    return len(item) == 1 and (item[0].tag == "v" or item[0].guessed and item[0].tag == "nz")


MAX_LISTED_DESCRIPTION = 9
POSSESSING = frozenset(("有", "无", "没有"))
# Nouns of quality an adjective before 的 gives the noun after it (较强 + 实力, 较高 + 水平), and
# of the respect in which the things counted differ or agree (86个 + 不同 + 类型的 + 湿地保护区,
# 4艘 + 同一 + 型号的 + 破冰船); not the things themselves (14个 + 不同 + 国家的 + 选手 counts
# countries).
QUALITIES = frozenset(
    "水平 实力 档次 品质 质量 等级 类型 类别 种类 颜色 形态 特色 性质 程度 规格 品种 风格 型号 尺寸 口味 主题 款式"
    " 功能 用途 题材 形状 造型 年龄 年龄段 年代 领域 行业 专业 层次 层级 阶段".split()
)
# Adjectives, idioms and state words (i, l, z: 精彩纷呈, 形式多样, 优良), which describe (a
# morpheme, zg, does not).
DESCRIBING_TAGS = ("a", "i", "l")
STATE_TAG = "z"


def _adverb_led_clause(tokens: list[tk.Token], start: int, de: int) -> bool:
    """Whether tokens[start:de] are adverbs (of RELATIVE_ADVERBS: 已, 正在, 新; 人工, a noun to
    jieba; or of manner: 直接, 积极) and then a verb and its object, or an adverb of degree and
    what it grades (更智能, 更好, 最大): a clause that describes
    the noun after 的, which is what is counted (a noun first may be what is counted: 5个城市 +
    发布的数据); or a negation and what it negates (22名 + 不适应岗位要求的 + 干部, 15家 +
    未取得许可的 + 企业, 10批次 + 不合格的 + 产品; 不 + 符合条件, which the dictionary holds as a
    noun), short of a kind of body counted, whose 的 owns what follows (52个 + 未摘帽贫困县的 +
    教师)."""
    if start < de and (tokens[start].word in KIND_NEGATIONS or tokens[start].word == NOBODY):
        return (
            start + 1 < de <= start + MAX_NEGATED_SPAN and (tokens[start + 1].tag in NEGATED_TAGS or tokens[start + 1].tag == "a")
            and not tokens[de - 1].word.endswith(COUNTED_BODIES)
        )
    if start < de <= start + MAX_DEGREE_SPAN and (tokens[start].word in DEGREE_ADVERBS or tokens[start].word.startswith(DEGREE_OPENINGS) and tokens[start].tag == "d"):
        return True  # 50个 + 更智能的 + 数字农业工厂, 10所 + 更好的 + 学校: how much so they are, a description
    after = start
    while after < de and (tokens[after].word in RELATIVE_ADVERBS or tokens[after].tag in MANNER_TAGS and len(tokens[after].word) == 2):
        after += 1
    return start < after < de and tokens[after].tag in ("v", "vn")


# What opens a predicate after a time word that follows a noun (开化水库 + 日前 + 成功下闸蓄水), where
# a noun after it makes the time part of the name (国家 + 现代 + 农业产业园).
PREDICATE_TAGS = ("v", "d", "a")


def _adverbs_then_verb(
    tokens: list[tk.Token], index: int, besides: Collection[str] = (), predicate: bool = False, after_noun: bool = False
) -> bool:
    """Whether words that are adverbs before a verb (基本, 全部, 现场) open at tokens[index] and a
    verb follows them (基本 + 全部 + 建成), other than the verbs `besides`; with `predicate`
    (right after a classifier), after a channel a verb no noun follows (线上 + 招聘 + 专场 names a
    noun, 全部 + 实现 + 供水 does not), and adverbs of manner open no predicate (协同创新中心);
    with `after_noun` (after the noun counted), a verbal noun that ends the clause is a verb
    after any adverb (电站 + 全面 + 投产)."""
    adverbs = OPENING_ADVERBIALS if predicate else ADVERBIALS
    after = index
    while after < len(tokens) and tokens[after].word in adverbs:
        after += 1
    manner = after_noun or any(token.word in MANNER for token in tokens[index:after])
    if not (index < after < len(tokens) and _verb_at(tokens, after, manner) and tokens[after].word not in besides):
        return False
    channels = all(token.word in CHANNELS for token in tokens[index:after])
    return not (predicate and channels and after + 1 < len(tokens) and nominal(tokens[after + 1]))


# Adverbs of totality (all of them): after the noun counted, the predicate follows.
TOTALITY = frozenset("全部 全都 全数 悉数 全体".split())
# What opens a predicate after a noun and cannot go on a relative clause's verb phrase: a time
# word, an adverb (企业 + 今年 + 讨论最多的, 党员 + 也 + 加入了…的); a pronoun can (来自 + 全球 + 各地 + 的).
PREDICATE_OPENING_TAGS = frozenset(("t", "d"))


def _noun_then_predicate(tokens: list[tk.Token], first: int, relative: int | None) -> bool:
    """Whether a verb and the nouns right after it (入驻 + 企业) are followed by what opens a
    predicate before the clause's 的 (今年 + 讨论最多的): the verb modifies the noun counted, and the
    的 belongs to the predicate, not to a relative clause (but 从事 + 石墨烯科技创新 + 的 + 科研院所,
    获得 + 融资 + 支持 + 的 + 企业)."""
    if relative is None or first + 1 >= relative or tokens[first + 1].tag not in PLAIN_NOUN_TAGS:
        return False
    after = first + 1
    while after < relative and nominal(tokens[after]):
        after += 1
    return after < relative - 1 and tokens[after].tag in PREDICATE_OPENING_TAGS


def _filing_at(tokens: list[tk.Token], index: int, classifier: str) -> bool:
    """500多件 + 投诉 + ，, 700多份 + 提案 + 中, 2000多件 + 举报: after a classifier of items, a verb
    of two characters or more that ends the phrase alone is the item counted, though jieba tags
    it a verb (but 3件 + 已经办结, 5项 + 完成验收: an adverb or an object after it makes it the
    items' predicate; 五百多件 + 相关 + 的作品: a relative clause)."""
    token = tokens[index]
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        classifier in ITEM_CLASSIFIERS and token.tag.startswith("v") and len(token.word) >= 2
        and token.word not in MAIN_VERBS
        and (following is None or following.word in PHRASE_ENDS and following.word != "的" or following.word in LOCATIVES)
    )


def _name_event(tokens: list[tk.Token], first: int, classifier: str) -> None:
    """两起 + 恐怖 + 袭击, 三起 + 自杀式 + 袭击, 两起 + 爆炸 + 袭击: after a classifier of items, a verb
    of violence or mishap that ends the phrase (or comes before what the events caused) after a
    word that describes it or another such verb is the event counted, as it is alone (两起 + 枪击):
    tagged a noun in place (but 两起袭击事件 + 负责, 299件作品 + 获奖: a predicate of the things
    counted)."""
    for index in range(first + 1, min(len(tokens), first + MAX_EVENT_WORDS)):
        token = tokens[index]
        if token.word not in EVENT_VERBS:
            continue
        before = tokens[index - 1]
        # (3起 + 恐怖袭击 + 造成…: what the events caused follows them, a predicate of their own)
        causing = classifier in ITEM_CLASSIFIERS and index + 1 < len(tokens) and tokens[index + 1].word in EVENT_EFFECTS
        if (_filing_at(tokens, index, classifier) or causing) and (
            before.tag.startswith(EVENT_MODIFIER_TAGS) or before.word in EVENT_VERBS
        ):
            tokens[index] = token._replace(tag="n")
            if before.word in EVENT_VERBS:
                tokens[index - 1] = before._replace(tag="n")  # 两起 + 爆炸 + 袭击: two events' verbs, one name
            return


# Verbs that name an event of violence or mishap, counted by 起 or 件 (恐怖袭击, 持枪抢劫).
EVENT_VERBS = frozenset("袭击 爆炸 抢劫 枪击 诈骗 盗窃 纵火 绑架 劫持 伤害 骚乱 踩踏 坠毁 泄漏 走私 贩毒 杀人 撞击".split())
# Verbs of what events caused, right after them (两起恐怖袭击 + 造成 + 伤亡).
EVENT_EFFECTS = frozenset("造成 导致 致使 致".split())
# Words before an event's verb that describe it (恐怖 a, 暴力 n, 自杀 + 式 k), and how far it may stand.
EVENT_MODIFIER_TAGS = ("a", "n", "b", "k", "vn")
MAX_EVENT_WORDS = 4
# Classifiers of filed or written items: a proposal, a complaint, a report, a case (件 份 项 条 起 宗 篇 封).
ITEM_CLASSIFIERS = frozenset("件 份 项 条 起 宗 篇 封".split())


def _model_at(tokens: list[tk.Token], index: int) -> bool:
    """Whether a model's name opens at tokens[index]: one character, a dash and its number (歼-20,
    米-8, 图-160M), whatever jieba tags the character (歼 a verb, 米 a classifier)."""
    return (
        index + 2 < len(tokens) and len(tokens[index].word) == 1 and tokens[index + 1].word in MODEL_DASHES
        and ARABIC_DIGIT_RE.match(tokens[index + 2].word) is not None
    )


def _points_back(token: tk.Token) -> bool:
    """A demonstrative pronoun, alone or with the noun it points to (其, 这些, 该校, 本地)."""
    return token.tag == "r" and token.word[0] in DEMONSTRATIVES


def _verb_at(tokens: list[tk.Token], index: int, manner: bool) -> bool:
    """A verb, or after an adverb of manner a verbal noun that ends its clause (部门 + 合力 +
    攻坚, 高校 + 协同 + 发展 + 、); after other adverbials such a verbal noun is what is counted
    (7000余项 + 线下线上 + 活动, 1260多次 + 主要 + 战斗)."""
    token = tokens[index]
    if token.tag == "v":
        return True
    if not manner:
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return token.tag == "vn" and (following is None or following.word in PHRASE_ENDS)


def _policy_compound(tokens: list[tk.Token], first: int) -> bool:
    """Whether a one-character verb of policy, its object and a noun open the phrase: 促 + 消费
    + 行动, 稳 + 就业 + 措施, 降 + 成本 + 举措."""
    return (
        first + 2 < len(tokens)
        and tokens[first].word in POLICY_VERBS
        and tokens[first + 1].tag in ("v", "vn", "n") and len(tokens[first + 1].word) > 1
        and nominal(tokens[first + 2])
    )


def _as_one_noun(text: str, tokens: list[tk.Token], first: int, count: int) -> None:
    """Replace `count` tokens from tokens[first] by one noun spanning them (建设 + 和 + 改造 -> 建设和改造)."""
    start, end = tokens[first].start, tokens[first + count - 1].end
    tokens[first : first + count] = [tk.Token(text[start:end], "n", start, end)]


def _verbs_linked_before_noun(tokens: list[tk.Token], index: int) -> bool:
    """Whether a verb, 和 (与, 及), another verb and a noun stand from tokens[index] (建设 + 和 +
    改造 + 项目), the noun not 的's (改造和提升的 + 项目 is read as a relative clause)."""
    return (
        index + 3 < len(tokens) and tokens[index].tag.startswith("v") and tokens[index + 1].word in VERB_LINKS
        and tokens[index + 2].tag.startswith("v") and nominal(tokens[index + 3]) and not tokens[index + 3].tag.startswith("v")
    )


# What joins two verbs that modify one noun (建设和改造项目, 研发与应用中心).
VERB_LINKS = frozenset("和 与 及".split())


def _activity_after_manner(tokens: list[tk.Token], index: int) -> int | None:
    """Where the verb stands that one to MAX_MANNER_WORDS words of how it went, from tokens[index],
    lead to (大规模 + 连续 + 轰炸), a verb of two characters or more that no noun follows; None if none."""
    verb = index
    while verb < len(tokens) and verb - index < MAX_MANNER_WORDS and tokens[verb].tag in ACTIVITY_MANNER_TAGS and len(tokens[verb].word) >= 2:
        verb += 1
    if verb == index or verb >= len(tokens) or not tokens[verb].tag.startswith("v") or len(tokens[verb].word) < 2:
        return None
    return None if verb + 1 < len(tokens) and nominal(tokens[verb + 1]) else verb


# Words of how an activity went, after a duration's 的 and before the activity (辛苦, 大规模, 连续,
# 长时间).
ACTIVITY_MANNER_TAGS = frozenset(("a", "ad", "d", "vd", "b", "l"))
MAX_MANNER_WORDS = 3


def _main_verb_before_head(tokens: list[tk.Token], index: int) -> bool:
    """Whether a main verb of what things were made or chosen as (发起, 实施, 入选) and a noun
    that closes a name of something set up (单位, 项目: COMPOUND_HEADS) stand at tokens[index],
    then a predicate or the clause's end (not 的, which makes the verb a relative clause's: 五位 +
    来自企业的 + 干部职工)."""
    if index + 1 >= len(tokens) or tokens[index].word not in STATUS_VERBS or not tokens[index].tag.startswith("v"):
        return False
    head = tokens[index + 1]
    after = tokens[index + 2] if index + 2 < len(tokens) else None
    return (
        nominal(head) and head.word.endswith(COMPOUND_HEADS)
        and (after is None or after.word in CLAUSE_END_WORDS or after.tag[:1] in HEAD_FOLLOWING_PREDICATE_TAGS)
    )


# Main verbs of what things were made or chosen as, which name them before a head (23家 + 发起单位,
# 89部 + 入围作品, 12个 + 实施项目).
STATUS_VERBS = frozenset("发起 实施 入选 入围 认定 列入 纳入 引进 培育 支持 获批".split())
CLAUSE_END_WORDS = frozenset("， , 。 ； ; ！ ？".split())
# What opens a predicate after the head (向大会致辞, 获得奖励, 已完成): a verb, a preposition, an adverb, a time.
HEAD_FOLLOWING_PREDICATE_TAGS = frozenset("vpdt")


def _linked_then_noun(tokens: list[tk.Token], index: int, listed: bool = False) -> bool:
    """Whether 与, 和 or 及 stands at tokens[index], then a noun, or a verb and a noun: the verb
    before it and the one after modify the head both share (指挥 + 与 + 控制中心, 研发 + 和 + 应用
    + 中心). With `listed`, 、 too, before a noun (科研院所、大专院校和企业) or a verb and the head
    of a name (展示 + 中心); after 、 a verb otherwise opens a clause of its own."""
    link = tokens[index].word if index + 1 < len(tokens) else None
    if link not in LINKS or link == LIST_COMMA and not listed:
        return False
    after = tokens[index + 1]
    if nominal(after) or not (modifier_verb(after) and index + 2 < len(tokens) and nominal(tokens[index + 2])):
        return nominal(after)
    # after 、, a verb and a noun are the next item only where the noun heads a name of something set
    # up (博物馆、+ 展示 + 中心 + 和传习所)
    return link != LIST_COMMA or tokens[index + 2].word.endswith(COMPOUND_HEADS)


def _verbs_then_noun(tokens: list[tk.Token], index: int, heads: tuple[str, ...] = ()) -> bool:
    """Whether verbs that modify a noun (减排, 返还) run from tokens[index] to a noun, with no 的
    (节能 + 减排 + 补助 + 资金, 稳岗 + 返还 + 资金): a verb compound naming what is counted; with
    `heads`, a noun that ends in one of them."""
    end = index
    while end < len(tokens) and end - index < MAX_MODIFIER_VERBS and modifier_verb(tokens[end]) and tokens[end].word not in ADVERBIALS:
        end += 1
    return index < end < len(tokens) and nominal(tokens[end]) and tokens[end].word.endswith(heads or tokens[end].word)


LAND = "地"
LAND_CLASSIFIERS = frozenset("亩块片顷")


def _partner_then_verb(tokens: list[tk.Token], index: int) -> bool:
    """Whether a noun phrase opens at tokens[index] and a verb of acting with a partner follows it,
    perhaps after adverbs or a locative of manner (与 + 群众 + 面对面 + 交流), or a word of doing it
    together (与 + 当地少年儿童 + 一起)."""
    after = index
    while (
        after < len(tokens) and (tokens[after].tag in PLAIN_NOUN_TAGS or tokens[after].tag in PARTNER_WORD_TAGS)
        and tokens[after].word not in PARTNER_VERBS
    ):
        after += 1  # (交流 is a noun to jieba)
    if after == index:
        return False
    if after < len(tokens) and tokens[after].word in TOGETHER:
        return True  # 500多名青少年 + 与当地少年儿童 + 一起 + 种下…: whatever they did, they did it together
    while after < len(tokens) and tokens[after].tag in ("d", "ad", "f"):
        after += 1
    return after < len(tokens) and tokens[after].word in PARTNER_VERBS


# Words that say a thing is done together with the partner named before them (与…一起), and the
# tags of a partner's words besides nouns: a place word and a set phrase (当地 s, 少年儿童 l).
TOGETHER = frozenset("一起 一道 一同 共同".split())
PARTNER_WORD_TAGS = ("s", "l")


def _counted_morpheme(token: tk.Token) -> bool:
    return token.tag == MORPHEME_TAG and len(token.word) == 1 and token.word not in FUNCTION_MORPHEMES


def _acts(noun: tk.Token, classifier: str) -> bool:
    """Whether a counted noun names those who act: a noun of agents (企业, 国家, 工作组, and what
    ends in one: 农产品保供企业), or of people counted as people (名, 位, 户) and ending as
    such nouns end (农民, 游客, 志愿者, 飞行员) or in a person word (嘉宾, 农村妇女, 女子). 国企 + 下岗职工, 联邦 + 执法人员 and
    离境 + 退税商店 are modifiers of the noun after the verb. After a classifier of cases (六起 +
    中央和国家机关干部 + 违反…问题), the agent and its verb describe the case counted."""
    if classifier in CASE_CLASSIFIERS:
        return False
    return noun.word.endswith(AGENT_NOUNS) or classifier in PEOPLE_CLASSIFIERS and noun.word.endswith(PERSON_NOUN_ENDINGS)


CASE_CLASSIFIERS = frozenset("起宗")


def _verbs_of_relative_clause(tokens: list[tk.Token], index: int, relative: int | None) -> bool:
    """Whether the words from `index` up to the 的 at `relative` are all verbs (verbal nouns and
    abbreviations too: 合作 vn + 研发 j), with more words after the 的: the predicate of a relative
    clause whose agent was counted (5家企业 + 联合开发 + 的产品), not a name's verbal part."""
    if relative is None or index >= relative - 1 or relative >= len(tokens):
        return False
    return all(token.tag.startswith("v") or token.tag == "j" for token in tokens[index : relative - 1])


def _bare_figure_at(text: str, position: int, clause_end: int) -> bool:
    """Whether a figure starts at `position` and its clause ends right after it."""
    end = _figure_end(text, position)
    return end is not None and (end >= clause_end or text[end] in PHRASE_ENDS)


def _hedged_headcount_at(text: str, position: int, kinds: tuple[str, ...] = ("people",)) -> bool:
    """Whether a count of people (or of `kinds`) with a qualifier starts at `position` (近千人,
    上千人, 约两千人, 数百名; 上百台): however its numerals are written, no name holds one."""
    candidate = _figure(text, position)
    return candidate is not None and candidate.qualifier is not None and candidate.kind in kinds


def _named_owner_of_count(text: str, tokens: list[tk.Token], first: int) -> bool:
    """Whether the words from `first` are a proper name, 的 and a count of its own (常州 + 的 +
    两个区市): a second item, whose own count follows (but 国家和地区 + 的 + 100家企业: a common
    noun linked to the noun counted shares its count)."""
    de = next((i for i in range(first, min(len(tokens), first + MAX_OWNER_WORDS + 1)) if tokens[i].word == "的"), None)
    return (
        de is not None and de > first and all(token.tag.startswith(PROPER_NAME_TAGS) for token in tokens[first:de])
        and figure_at(text, tokens[de].end)
    )


def _counts_or_sums(text: str, position: int) -> bool:
    """Whether the figure at `position` counts things or is a sum of money."""
    figure = _figure(text, position)
    return figure is not None and figure.kind in ("count", "money")


def converted_end(text: str, end: int) -> int | None:
    """Where the same sum restated in another currency right after a figure ends (1185亿韩元 +
    、约合人民币6.96亿元, 50亿澳元 + ，约合230亿元人民币), if one follows."""
    conversion = CONVERTED_AFTER_RE.match(text, end)
    return _figure_end(text, conversion.end()) if conversion else None


# The link to a sum restated in another currency: 、约合, ，折合, （约合.
CONVERTED_AFTER_RE = patterns.compile(r"[、，,（(]\s*(?:约合|折合)(?=[^，,；;。！？]{0,4}[0-9０-９])(?:人民币)?")


def range_end_at(text: str, position: int) -> bool:
    """Whether the other end of a range, its link and a figure, starts at `position` (40分钟 + 到一个半小时)."""
    link = RANGE_LINK_RE.match(text, position)
    return link is not None and figure_at(text, link.end())


def figure_at(text: str, position: int) -> bool:
    """Whether a figure (a number with its unit) starts at `position`."""
    return _figure_end(text, position) is not None


def _figure_end(text: str, position: int) -> int | None:
    """Where the figure that starts at `position` ends, if one does."""
    candidate = _figure(text, position)
    return candidate.match.end() if candidate is not None else None


def _figure(text: str, position: int) -> Candidate | None:
    """The figure that starts at `position`, if one does."""
    match = QUANTITY_RE.match(text, position)
    return parse_quantity(match) if match is not None else None


def _balanced(phrase: str) -> str | None:
    """Quotes stay only in pairs: 渝快融”服务… loses the half-quoted name before it."""
    if "”" in phrase and "“" not in phrase[: phrase.index("”")]:
        phrase = phrase[phrase.rindex("”") + 1 :]
    if "“" in phrase and "”" not in phrase[phrase.rindex("“") :]:
        phrase = phrase[: phrase.rindex("“")]
    phrase = phrase.strip("“”‘’ ") if "“" not in phrase else phrase.strip(" ")
    return phrase or None


def _walks_owner(token: tk.Token) -> bool:
    """Whether a token can name the society whose walks of life follow it (香港社会, 首都 + 各界), or
    is a walk itself (各族 + 各界)."""
    return token.tag in WALK_OWNER_TAGS and len(token.word) > 1 or token.word in EVERY_KIND


def is_place(token: tk.Token) -> bool:
    """A place or a station (延安, 西安北站, 虹桥机场)."""
    return token.tag.startswith("ns") or token.word.endswith(STATION_ENDS)


def _before_tally(tokens: list[tk.Token], index: int) -> int:
    """The token before the tally words (已, 累计, 共) and times (全年, 今年) right before
    tokens[index], or -1."""
    before = index - 1
    while before >= 0 and _tallies(tokens[before]):
        before -= 1
    return before


def _tallies(token: tk.Token) -> bool:
    return token.word in TALLY_WORDS or _time_between(token)


def _time_between(token: tk.Token) -> bool:
    """A time between a noun and its verb, passed as a tally word is (中欧班列 + 全年 + 累计开行,
    西部陆海新通道班列 + 全年 + 发送: jieba tags 全年 a numeral)."""
    return token.tag == "t" or token.word in TIME_SPANS


TIME_SPANS = frozenset("全年 全天 全月 当年 当天 当日 年内 月内".split())


def _suffixed(tokens: list[tk.Token], index: int) -> bool:
    """A verb made an adjective by a suffix (示范 + 型, 引领 + 型, 开放 + 式), a noun after it."""
    if not (tokens[index].tag.startswith("v") and index + 2 < len(tokens) and tokens[index + 1].word in ADJECTIVE_SUFFIXES):
        return False
    noun = index + 2
    while noun < len(tokens) - 1 and noun < index + 4 and tokens[noun].tag in SUFFIXED_MODIFIER_TAGS:
        noun += 1  # 示范型 + 老年 + 友好 + 社区
    return nominal(tokens[noun])


def _grade_at(tokens: list[tk.Token], index: int) -> int:
    """Where a grade said with a numeral (GRADE_RE) that ends at `index`, or before 以上 or 以下
    there, begins; -1 if none does."""
    ranged = tokens[index].word in RANGE_WORDS and index > 0
    if ranged:
        index -= 1
        if tokens[index].word in LINKS and index > 0:
            index -= 1  # 三级 + 及 + 以上
    token = tokens[index]
    if token.tag in ("m", "b") and GRADE_RE.fullmatch(token.word):
        return index
    if ranged and token.word in AGE_MARKS and index > 0 and ARABIC_DIGIT_RE.match(tokens[index - 1].word):
        return index - 1  # 60 + 岁 + 及 + 以上 + 人口, 35 + 岁 + 以下 + 党员: an age bracket
    if ranged and token.tag == "m" and MAGNITUDE_CLASS_RE.fullmatch(token.word) and not (index > 0 and tokens[index - 1].tag == "m"):
        return index  # 万亩 + 以上 + 基地: a class by order of magnitude, glued to its unit (500 + 万元 is a figure)
    if ranged and nominal(token) and index > 0 and tokens[index - 1].tag == "m" and MAGNITUDE_CLASS_RE.fullmatch(tokens[index - 1].word):
        return index - 1  # 百万 + 粉丝 + 以上 + 账号, 百万 + 人口 + 以上 + 城市
    if token.word in GRADE_MARKS and index > 0 and tokens[index - 1].tag in ("m", "eng") and GRADE_RE.fullmatch(tokens[index - 1].word + token.word):
        return index - 1
    return -1


def _adjectives_then_noun(tokens: list[tk.Token], index: int) -> bool:
    """Whether a noun stands at `index`, or after one adjective there (老 + 党员)."""
    if index < len(tokens) and tokens[index].tag in ("a", "b") and index + 1 < len(tokens):
        index += 1
    return index < len(tokens) and nominal(tokens[index])


def _leads_to_noun(tokens: list[tk.Token], index: int) -> bool:
    """Modifiers (a, m, f, q, a prefix such as 非) that a noun follows: 500强企业, 非银行金融机构."""
    for token in tokens[index + 1 :]:
        if nominal(token):
            return True
        if token.tag not in RIGHT_MODIFIER_TAGS and token.word not in RANGE_WORDS and token.word not in LINKS:
            return False
    return False


def _without_reckoning(tokens: list[tk.Token]) -> list[tk.Token]:
    """The tokens less how the figure is reckoned, between the measure and the figure's verb:
    通胀率 + 按年率计算 + 为2.5%, 地区生产总值 + 按可比价格计算 + 增长5.2%, 进出口总值 + 以人民币计价 + 为."""
    for close in range(len(tokens) - 1, 0, -1):
        if tokens[close].word in RECKONING_CLOSERS:
            for opener in range(close - 1, max(close - MAX_RECKONING_TOKENS - 1, -1), -1):
                if tokens[opener].word in RECKONING_OPENERS:
                    return tokens[:opener] + tokens[close + 1 :]
            return tokens
    return tokens


def _opening_quote(tokens: list[tk.Token], close: int) -> int:
    """The index of the quote that opens the short name closed at tokens[close], or -1."""
    for index in range(close - 1, max(close - MAX_QUOTED_TOKENS - 1, -1), -1):
        if tokens[index].word in OPENING_QUOTES:
            return index
        if tokens[index].word in CLOSING_QUOTES or tokens[index].word in PHRASE_ENDS:
            return -1
    return -1


def _titles_named(tokens: list[tk.Token]) -> list[tk.Token]:
    """The tokens with the words of a title in 《…》 read as one name (《决定》 + 共24条: 决定 is a
    verb to jieba), so that a count of its parts after it is of the work."""
    closes = [index for index, token in enumerate(tokens) if token.word == TITLE_CLOSE]
    for close in closes:
        opening = next((i for i in range(close - 1, max(close - MAX_TITLE_TOKENS - 1, -1), -1) if tokens[i].word in (TITLE_OPEN, TITLE_CLOSE)), -1)
        if opening >= 0 and tokens[opening].word == TITLE_OPEN:
            tokens[opening + 1 : close] = [token._replace(tag="n") for token in tokens[opening + 1 : close]]
    return tokens


def _titled_work(tokens: list[tk.Token], index: int) -> int:
    """Where a title in 《…》 that opens at `index` ends, past its closing mark and the ordinal of
    a volume or a part after it (《…》第二卷), or 0 when it does not close within a title's length."""
    for close in range(index + 1, min(len(tokens), index + MAX_TITLE_TOKENS + 1)):
        if tokens[close].word == TITLE_CLOSE:
            after = close + 1
            if after < len(tokens) and tokens[after].tag == "m" and tokens[after].word.startswith(ORDINAL_MARK):
                after += 1
            return after
    return 0


def _awarded(tokens: list[tk.Token], after_quote: int) -> bool:
    """Whether the word after a quoted name makes it a title or an award (“时代楷模” + 称号)."""
    return after_quote < len(tokens) and tokens[after_quote].word.endswith(AWARD_WORDS)


def _quoted_name(tokens: list[tk.Token], index: int) -> int:
    """Where a quoted name that opens at `index` ends, past its closing quote, or 0 when it
    does not close within a name's length."""
    for close in range(index + 1, min(len(tokens), index + MAX_QUOTED_TOKENS + 1)):
        if tokens[close].word in CLOSING_QUOTES:
            return close + 1
    return 0


def modifier_verb(token: tk.Token) -> bool:
    return (
        token.tag.startswith("v") and len(token.word) >= 2 and token.word not in MAIN_VERBS and token.word not in AMOUNT_WORDS
    )


def is_measure(token: tk.Token) -> bool:
    """A word naming a measure (融资, 产值, 营业收入) rather than what is measured."""
    return token.word in NOUN_LIKE or token.word.endswith(MEASURE_HEADS) or token.word in INDICATOR_TERMS


def nominal(token: tk.Token) -> bool:
    if token.word in NOUN_LIKE or (token.word.endswith(MEASURE_HEADS) and token.word not in AMOUNT_WORDS):
        return True
    return token.tag.startswith(NOMINAL_TAGS) and token.word not in AMOUNT_WORDS and token.word not in MAIN_VERBS
