"""Funds: named funds (…基金) and their stated sizes.

A fund name is the noun phrase that ends in 基金, from after the verb that governs
it (设立, 启动, 发挥) to 基金, or a quoted name whole; its size is the money
figure the text ties to it: 总规模300亿元的NAME, 2459亿元NAME, NAME、总规模超20亿元,
or a 规模 figure in the next sentence that speaks of 基金 (基金总规模100亿元).
A venture firm called …基金 (真格基金) is an organisation unless the text sets it
up or sizes it; a name a place, a body or the nation opens (国家艺术基金) is a fund
as it stands. Pools of social insurance and classes of products (医保基金,
不动产投资信托基金) are no funds.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from .. import patterns
from ..models import Fund, FundSize, Metric
from ..tables import MAIN_VERBS, UNITS
from . import tokens as tk

# 基金 heads a fund's name, unless it is part of a longer noun: a firm (基金管理公司), a
# body (国际货币基金组织, 国家自然科学基金委, 基金理事会, 信托基金办公室, a fund's 主席 is a
# foundation's), a measure (基金份额, 联邦基金利率), or an event (基金峰会, 科学家基金签约仪式).
FUND_HEAD_RE = patterns.compile(
    r"""(?x) 基金 (?!
        管理|公司|会|业|经理|份额|净值|代码|账户|储备|项目|集群|群|人|利率
      | 组织|委|理事会|办公室|主席|理事长|秘书长|董事长|总裁|负责人|发言人
      | 峰会|论坛|大会|签约仪式|仪式|发布会|推介会|年会|沙龙
    )"""
)
# Type words: a name made only of these (母基金, 政府引导基金, 该基金) names no particular fund.
GENERIC_WORDS = frozenset(
    "基金 母基金 子基金 引导基金 产业基金 投资基金 股权投资基金 天使基金 创投基金 产业投资基金 私募基金 公募基金 "
    "政府 政府引导基金 该 新 此 这只 首期 一只 多只 其 各类 相关 专项 两只 首只 子 母 新设 部分 这些 该类 有关 各 多个".split()
)
# 十大, 4只, 多只: a count of funds before the noun; 该批: a measure word after a demonstrative.
COUNT_RE = patterns.compile(r"(?:[0-9０-９]+|[一二两三四五六七八九十百千万几数多]+)[大只支个家批类]?|批")
MEASURE_WORDS = frozenset("批只支个家类")
# Descriptors that say what kind of fund it is, not which one: a name of only these
# (产业引导基金, 政策性基金, 顶尖天使母基金) is a category.
CATEGORY_WORDS = frozenset(
    "产业 投资 引导 发展 股权 创业 创投 天使 母 子 母子 政策性 专项 顶尖 国家级 省级 市级 区级 县级 政府 "
    "早期 种子 并购 风险 私募 公募 产业投资 股权投资 创业投资 天使投资 科创 科技 基础设施 传统 新型 各类 "
    "主题 行业 地方 社会 公益 慈善 养老 保险 货币 债券 指数 平准".split()
)
SETUP_RE = patterns.compile(r"(?:设立|成立|发起|建立|组建|推出|发布|启动|募集|出资|注册|打造)[^，。；]{0,12}$")
DESCRIPTIVE = ("产业", "投资", "发展", "引导", "母基金", "子基金", "天使", "股权", "创业", "转化", "专项")
APPOSITION = ("——", "—", "：", ":")
SIZE_LOOKAHEAD_SENTENCES = 2
CLAUSE_BREAK_RE = patterns.compile(r"[，,；;：:、]")
# The list items right before and after a name (A、NAME、B), and what marks an item as
# a figure rather than a name (、总规模超20亿元).
ITEM_BEFORE_RE = patterns.compile(r"([^、，,。；;：:\s]{2,20})、$")
ITEM_AFTER_RE = patterns.compile(r"、([^、，,。；;：:\s]{2,20})")
FIGURE_ITEM_RE = patterns.compile(r"[0-9０-９]|规模")
# A number of funds (3支母基金, 5只科学家基金, 这三只母基金): a size after it is theirs together.
COUNTED_FUNDS_RE = patterns.compile(r"(?:[0-9０-９]+|[一二两三四五六七八九十几多数]+)\s*[只支个家批][^，,。；;]{0,10}?基金")
# Verbs whose object is a fund (设立, 启动, 发挥, 发行): a name starts after the last one in its
# phrase, which the segmenter may read as a noun (启动/vn) or glue to the words before it
# (江苏 + 发挥 + 政府投资基金). Verbs that stand inside names (成果转化, 土地资产盘活, 转型升级,
# 融资担保, 引导) are not here.
FUND_OBJECT_VERBS = frozenset(
    "充分发挥 设立 新设 增设 创设 成立 发起 建立 组建 推出 发布 启动 募集 注册 打造 发行 发售 发挥 促进 用好 注资 投放 签约 "
    "撬动 带动 加强 完善 优化 壮大 规范 运作 增持 减持 持有 认购 申购".split()
)
# Adjectives that complete a verb (用好, 发挥好, 管好, 做实): no part of a name after them.
RESULT_COMPLEMENTS = frozenset("好实足活")
# What opens a proper name: a place, a body, or the nation (国家艺术基金, 中国南南合作援助基金,
# 昆明生物多样性基金, 全国社保基金). A fund so named is one without a set-up verb or a size;
# venture firms named …基金 (真格基金, 富达基金) open with a brand, not with these.
PROPER_OPENING_WORDS = frozenset("国家 中国 全国 中央".split())
PROPER_OPENING_TAGS = ("ns", "nt")
# Tags of proper nouns: places, bodies, persons and others.
PROPER_NOUN_TAGS = ("nr", "ns", "nt", "nz")
# Classes, not funds: the pools of social insurance (医保基金, 基本养老保险基金, 社会保险基金:
# their 规模 is income or balance), listed property trusts (不动产投资信托基金, REITs) and index
# funds (指数基金).
FUND_CLASS_RE = patterns.compile(
    r"""(?x) (?: 医保|医疗保险|医疗保障|养老保险|社会保险|失业保险|工伤保险|生育保险|护理保险|大病保险
           | 医疗救助|统筹|政府性|投资信托|指数 ) 基金$"""
)
# Two words joined inside one name: a common word on each side of 和/与 (损失和损害基金,
# 全球发展和南南合作基金, 和平与发展基金), a proper noun on each side of a dash (中国－联合国).
CONJUNCTIONS = frozenset("和与")
DASHES = frozenset("－-—–")
# A name in quotation marks is taken whole (“奥林匹克团结基金”, “永远的热带雨林基金”).
QUOTED_FUND_RE = patterns.compile(r"“(?P<name>[^“”，,。；;：:！？、\s]{2,24}?基金)”")
# A size written right before the name, with or without 规模 and 的 between (2459亿元农发
# 基础设施基金, 600亿元规模的国家人工智能基金, 总规模300亿元的…基金).
SIZE_BEFORE_RE = patterns.compile(r"\s*(?:(?:资金|基金|总)?规模)?\s*的?\s*")
# A size right after the name at the end of its clause (设立乡村振兴投资引导基金100亿元，).
CLAUSE_END_RE = patterns.compile(r"\s*(?:[，,。；;！？]|$)")
# A 规模 figure is a fund's size unless it measures what the fund does in a year or since a
# date (新增股权投资规模, 再担保合作业务规模, 年度收支规模) or the money it is to draw in
# (带动社会资本投资规模).
ACTIVITY_SCALE_RE = patterns.compile(r"(?:新增|业务|收支|结余|支出|收入|带动|撬动|吸引)[^规]*规模")
# 基金 said on its own or in a short form of two words more, after a word that points back or
# at the start of a clause (该基金, 基金总规模100亿元, 引导基金规模48亿元): the fund named
# before, where 湖北省长江经济带产业基金 in that sentence is another than 长江产业基金.
BARE_FUND_RE = patterns.compile(r"(?:^|[该此其本只支]|[^\p{Han}])(?P<short>\p{Han}{2})?基金")


def find_funds(text: str, metrics: Iterable[Metric] = ()) -> list[Fund]:
    money = [metric for metric in metrics if metric.unit is not None and _is_money(metric)]
    bounds = tk.sentences(text)
    funds: dict[str, Fund] = {}
    for sentence_index, (start, end) in enumerate(bounds):
        if not FUND_HEAD_RE.search(text, start, end):
            continue
        tokens = tk.tag(text, start, end)
        found = list(_names(text, tokens, start, end))
        # 国家自然科学基金 inside 国家自然科学基金区域创新发展联合基金: the longer name is the fund.
        names = [name for name in found if not any(other[0] <= name[0] and name[1] < other[1] for other in found)]
        for number, (name_start, name_end, category, proper) in enumerate(names):
            later = names[number + 1] if number + 1 < len(names) else None
            if later is not None and text[name_end : later[0]].strip() in APPOSITION:
                continue  # 泉州首只科创天使基金——泉州市科技创新天使基金: the name is the second
            name = text[name_start:name_end]
            listed = "、" in (text[name_start - 1 : name_start], text[name_end : name_end + 1])
            if listed and not proper and not _fund_list(text, name_start, name_end):
                continue  # 与中科创星、峰瑞资本、真格基金…: a firm in a list of firms
            size = _size(text, name_start, name_end, bounds, sentence_index, money, tight=category)
            # A name in a list of funds is a fund as its list is (发布A基金、B基金、C基金).
            described = listed or proper or _described_as_fund(text, start, name_start, name)
            if size is None and (category or not described):
                continue
            if name in funds:
                if funds[name].size is None and size is not None:
                    funds[name] = replace(funds[name], size=size)
                continue
            funds[name] = Fund(name=name, size=size, span=(name_start, name_end))
    return _merge_short_forms(funds)


def _merge_short_forms(funds: dict[str, Fund]) -> list[Fund]:
    """天使母基金 after 成都高新区天使母基金 is the same fund: one record, the size of either."""
    result: list[Fund] = []
    for fund in sorted(funds.values(), key=lambda f: -len(f.name)):
        longer = next((kept for kept in result if kept.name.endswith(fund.name)), None)
        if longer is None:
            result.append(fund)
        elif longer.size is None and fund.size is not None:
            result[result.index(longer)] = replace(longer, size=fund.size)
    return sorted(result, key=lambda f: f.span)


def _fund_list(text: str, start: int, end: int) -> bool:
    """Whether the list a name stands in is a list of funds (its neighbours end in 基金 too)."""
    before = ITEM_BEFORE_RE.search(text[max(0, start - 21) : start])
    after = ITEM_AFTER_RE.match(text[end : end + 21])
    # Only name-like neighbours count: 、总规模超20亿元 is the fund's size, not a list item.
    neighbours = [match.group(1) for match in (before, after) if match and not FIGURE_ITEM_RE.search(match.group(1))]
    return all(neighbour.rstrip("等").endswith("基金") for neighbour in neighbours)


def _names(text: str, tokens: list[tk.Token], start: int, end: int) -> Iterable[tuple[int, int, bool, bool]]:
    """(start, end, is_category, is_proper) of each …基金 noun phrase."""
    quoted = {match.end("name"): match.start("name") for match in QUOTED_FUND_RE.finditer(text, start, end)}
    for index, token in enumerate(tokens):
        if not token.word.endswith("基金") or not FUND_HEAD_RE.match(text, token.end - 2):
            continue
        left = index
        while left > 0:
            if _name_part(tokens[left - 1], tokens[left], tokens[left - 2] if left > 1 else None):
                left -= 1
            elif left > 1 and _joined(tokens[max(0, left - 3) : left + 1], last=left >= index - 1):
                left -= 2
            else:
                break
        left = next((position + 1 for position in range(index - 1, left - 1, -1) if _governs(tokens[position], tokens[position + 1])), left)
        while left < index and (tokens[left].word in GENERIC_WORDS or tokens[left].tag.startswith("v") and tokens[left].tag != "vn"):
            left += 1
        if left < index and left > 0 and tokens[left - 1].tag == "m" and tokens[left].word in UNITS:
            left += 1  # 1000亿 + 欧元 + 基金: the unit of the fund's size, no part of a name
        counted = False
        while left < index and (COUNT_RE.fullmatch(tokens[left].word) or tokens[left].tag in ("m", "q")):
            left, counted = left + 1, True
        counted = counted or (left > 0 and bool(COUNT_RE.fullmatch(tokens[left - 1].word)))
        # 5 + 只 + 科学家基金: jieba tags the measure word apart (and not always q).
        counted = counted or (left > 1 and bool(COUNT_RE.fullmatch(tokens[left - 2].word + tokens[left - 1].word)))
        # 该 + 批子基金: jieba glues the measure word to the noun after a demonstrative.
        counted = counted or (left > 0 and tokens[left - 1].tag == "r" and tokens[left].word[0] in MEASURE_WORDS)
        if tk.in_book_title(text, tokens[left].start):
            continue
        # 三只母基金 (三 + 只母基金): a measure word glued to the name after a number counts funds.
        if left > 0 and tokens[left - 1].tag == "m" and tokens[left].word[0] in MEASURE_WORDS:
            continue
        words = [t.word for t in tokens[left : index + 1]]
        if words == ["基金"] and token.end not in quoted:
            continue
        if counted:
            continue  # 十大生态产业子基金, 该批子基金, 4只子基金: a number of funds, none named
        name_start = quoted.get(token.end, tokens[left].start)
        if FUND_CLASS_RE.search(text, name_start, token.end):
            continue
        if name_start < tokens[left].start:  # “母基金—子基金”: the quoted words, marks left out
            words = [t.word for t in tokens[: index + 1] if t.start >= name_start and t.tag != "x"]
        generic = all(_generic_word(word) for word in words)
        proper = token.end in quoted or _opens_a_name(tokens[left])
        # 天使子基金 names a kind: a fund only once sized.
        yield name_start, token.end, generic, proper


def _governs(token: tk.Token, following: tk.Token) -> bool:
    """Whether `token` is a verb whose object the words after it are: one of FUND_OBJECT_VERBS,
    or any verb before a proper noun (成果 + 得到 + 国家社科基金)."""
    return token.word in FUND_OBJECT_VERBS or token.tag == "v" and _opens_a_name(following)


def _opens_a_name(token: tk.Token) -> bool:
    return token.word in PROPER_OPENING_WORDS or token.tag.startswith(PROPER_OPENING_TAGS)


def _generic_word(word: str) -> bool:
    """A type word (母基金, 政府引导基金) or a descriptor (产业, 天使), alone or before 基金."""
    if word in GENERIC_WORDS or word in CATEGORY_WORDS:
        return True
    head = word.removesuffix("基金")
    return head != word and (not head or head in GENERIC_WORDS or head in CATEGORY_WORDS)


def _joined(window: list[tk.Token], last: bool) -> bool:
    """Whether the joiner in `window` (…, before, joiner, after) joins two words of one name:
    中国 + － + 联合国; 损失 + 和 + 损害基金, where the word after 和 is the last before 基金 (not
    信贷 + 和 + 基础设施建设投资基金, two things), and a type word after it only in a name a proper
    noun opens (联合国 + 和平 + 与 + 发展基金, not 研究平台 + 和 + 投资基金)."""
    *opening, before, joiner, after = window
    if joiner.word in DASHES:
        return before.tag.startswith(PROPER_OPENING_TAGS) and after.tag.startswith(PROPER_OPENING_TAGS)
    if joiner.word not in CONJUNCTIONS or not last or before.word.endswith("基金"):
        return False
    if not before.tag.startswith(("n", "v", "a")) or before.tag.startswith(PROPER_NOUN_TAGS):
        return False
    return after.word not in CATEGORY_WORDS or bool(opening) and opening[-1].tag.startswith(PROPER_OPENING_TAGS)


def _name_part(token: tk.Token, following: tk.Token, previous: tk.Token | None = None) -> bool:
    if token.name_like:
        return True
    if token.tag == "a" and len(token.word) == 1 and following.tag.startswith(("ns", "nr", "nz")):
        # 大江东: jieba splits off 大; not 用好 + 中国…, a verb's complement.
        return token.word not in RESULT_COMPLEMENTS
    if token.tag == "a" and previous is not None and previous.tag.startswith(PROPER_NOUN_TAGS):
        return True  # 中科创星硬科技二期基金, 乌克兰 + 重建 + 投资基金: an adjective inside a name that a proper noun opens
    return token.tag.startswith("v") and len(token.word) >= 2 and token.word not in MAIN_VERBS


def _described_as_fund(text: str, sentence_start: int, name_start: int, name: str) -> bool:
    return bool(SETUP_RE.search(text[sentence_start:name_start])) or any(word in name for word in DESCRIPTIVE)


MONEY_UNITS = frozenset(unit.unit for unit in UNITS.values() if unit.kind == "money")


def _is_money(metric: Metric) -> bool:
    return metric.unit in MONEY_UNITS


def _size(
    text: str,
    name_start: int,
    name_end: int,
    bounds: tuple[tuple[int, int], ...],
    sentence_index: int,
    money: list[Metric],
    tight: bool = False,
) -> FundSize | None:
    """The size the text ties to a fund; `tight` (for a category such as 天使子基金) accepts only
    a figure right before it or in the clause right after it."""
    start, end = bounds[sentence_index]
    in_sentence = [metric for metric in money if start <= metric.span[0] < end]
    # 总规模300亿元的NAME, 600亿元规模的NAME, 2459亿元NAME: the figure stands right before it.
    for metric in in_sentence:
        if metric.span[1] <= name_start and SIZE_BEFORE_RE.fullmatch(text, metric.span[1], name_start):
            return _as_size(metric)
        # 设立NAME100亿元，: the figure right after it closes the clause.
        if metric.span[0] >= name_end and not text[name_end : metric.span[0]].strip() and CLAUSE_END_RE.match(text, metric.span[1]):
            return _as_size(metric)
    # NAME、总规模超20亿元 / NAME…形成不低于500亿元的投资规模: a 规模 figure after it, unless
    # a count of funds comes between (A、B…5只基金，总规模27.85亿元 sizes the five together).
    for metric in in_sentence:
        if metric.span[0] >= name_end and _sizes_fund(text, start, metric):
            if COUNTED_FUNDS_RE.search(text, name_end, metric.span[0]):
                break
            if tight and len(CLAUSE_BREAK_RE.findall(text, name_end, metric.span[0])) > 1:
                continue
            return _as_size(metric)
    if tight:
        return None
    # 基金总规模100亿元 in a following sentence that speaks of the fund.
    for later_start, later_end in bounds[sentence_index + 1 : sentence_index + 1 + SIZE_LOOKAHEAD_SENTENCES]:
        for metric in money:
            if later_start <= metric.span[0] < later_end and _sizes_fund(text, later_start, metric) and _speaks_of(text[later_start : metric.span[0]], text[name_start:name_end]):
                if COUNTED_FUNDS_RE.search(text, later_start, metric.span[0]):
                    return None  # 设立3支母基金，基金总规模250亿元: the three funds' size
                return _as_size(metric)
    return None


def _sizes_fund(text: str, sentence_start: int, metric: Metric) -> bool:
    """Whether a figure is a size (its subject says 规模) and not an activity's: its subject and
    its clause up to it are read (带动 + 社会资本投资规模 + 近1万亿元)."""
    subject = metric.subject or ""
    clause_start = max([sentence_start] + [match.end() for match in CLAUSE_BREAK_RE.finditer(text, sentence_start, metric.span[0])])
    return "规模" in subject and not ACTIVITY_SCALE_RE.search(text[clause_start : metric.span[0]] + subject)


def _speaks_of(before: str, name: str) -> bool:
    """Whether a later sentence, up to its size figure, speaks of the fund `name`: by name, or as
    基金 alone (基金总规模100亿元, 该基金规模) or by a short form, not as another fund."""
    return name in before or any(not match["short"] or name.endswith(match["short"] + "基金") for match in BARE_FUND_RE.finditer(before))


def _as_size(metric: Metric) -> FundSize:
    return FundSize(value=metric.value, unit=metric.unit, raw=metric.raw, qualifier=metric.qualifier)
