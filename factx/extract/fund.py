"""Funds: named funds (…基金) and their stated sizes.

A fund name is the noun phrase that ends in 基金; its size is the money
figure the text ties to it: 总规模300亿元的NAME, NAME、总规模超20亿元, or a
规模 figure in the next sentence that speaks of 基金 (基金总规模100亿元).
A venture firm called …基金 (真格基金) is an organisation unless the text
sets it up or sizes it.
"""

from __future__ import annotations

from typing import Iterable

from .. import patterns
from ..models import Fund, FundSize, Metric
from ..tables import MAIN_VERBS, UNITS
from . import tokens as tk

# 基金 heads a fund's name, unless it is part of a longer noun: a firm (基金管理公司), a
# measure (基金份额), or an event (基金峰会, 科学家基金签约仪式).
FUND_HEAD_RE = patterns.compile(
    r"基金(?!管理|公司|会|业|经理|份额|净值|代码|账户|储备|项目|集群|群|人|峰会|论坛|大会|签约仪式|仪式|发布会|推介会|年会|沙龙)"
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
    "主题 行业 地方 社会 公益 慈善 养老 保险 货币 债券 指数".split()
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
OF_RE = patterns.compile(r"\s*的\s*")
# A number of funds (3支母基金, 5只科学家基金, 这三只母基金): a size after it is theirs together.
COUNTED_FUNDS_RE = patterns.compile(r"(?:[0-9０-９]+|[一二两三四五六七八九十几多数]+)\s*[只支个家批][^，,。；;]{0,10}?基金")


def find_funds(text: str, metrics: Iterable[Metric] = ()) -> list[Fund]:
    money = [metric for metric in metrics if metric.unit is not None and _is_money(metric)]
    bounds = tk.sentences(text)
    funds: dict[str, Fund] = {}
    for sentence_index, (start, end) in enumerate(bounds):
        if not FUND_HEAD_RE.search(text, start, end):
            continue
        tokens = tk.tag(text, start, end)
        names = list(_names(text, tokens))
        for number, (name_start, name_end, category) in enumerate(names):
            later = names[number + 1] if number + 1 < len(names) else None
            if later is not None and text[name_end : later[0]].strip() in APPOSITION:
                continue  # 泉州首只科创天使基金——泉州市科技创新天使基金: the name is the second
            name = text[name_start:name_end]
            listed = "、" in (text[name_start - 1 : name_start], text[name_end : name_end + 1])
            if listed and not _fund_list(text, name_start, name_end):
                continue  # 与中科创星、峰瑞资本、真格基金…: a firm in a list of firms
            size = _size(text, name_start, name_end, bounds, sentence_index, money, tight=category)
            # A name in a list of funds is a fund as its list is (发布A基金、B基金、C基金).
            described = listed or _described_as_fund(text, start, name_start, name)
            if size is None and (category or not described):
                continue
            if name in funds:
                if funds[name].size is None and size is not None:
                    funds[name] = funds[name].model_copy(update={"size": size})
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
            result[result.index(longer)] = longer.model_copy(update={"size": fund.size})
    return sorted(result, key=lambda f: f.span)


def _fund_list(text: str, start: int, end: int) -> bool:
    """Whether the list a name stands in is a list of funds (its neighbours end in 基金 too)."""
    before = ITEM_BEFORE_RE.search(text[max(0, start - 21) : start])
    after = ITEM_AFTER_RE.match(text[end : end + 21])
    # Only name-like neighbours count: 、总规模超20亿元 is the fund's size, not a list item.
    neighbours = [match.group(1) for match in (before, after) if match and not FIGURE_ITEM_RE.search(match.group(1))]
    return all(neighbour.rstrip("等").endswith("基金") for neighbour in neighbours)


def _names(text: str, tokens: list[tk.Token]) -> Iterable[tuple[int, int, bool]]:
    """(start, end, is_category) of each …基金 noun phrase."""
    for index, token in enumerate(tokens):
        if not token.word.endswith("基金") or not FUND_HEAD_RE.match(text, token.end - 2):
            continue
        left = index
        while left > 0 and _name_part(tokens[left - 1], tokens[left], tokens[left - 2] if left > 1 else None):
            left -= 1
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
        head = words[-1][: -len("基金")]
        if words == ["基金"]:
            continue
        if counted:
            continue  # 十大生态产业子基金, 该批子基金, 4只子基金: a number of funds, none named
        generic = all(word in GENERIC_WORDS or word in CATEGORY_WORDS for word in words[:-1] + ([head] if head else []))
        # 天使子基金 names a kind: a fund only once sized.
        yield tokens[left].start, token.end, generic


def _name_part(token: tk.Token, following: tk.Token, previous: tk.Token | None = None) -> bool:
    if token.name_like:
        return True
    if token.tag == "a" and len(token.word) == 1 and following.tag.startswith(("ns", "nr", "nz")):
        return True  # 大江东: jieba splits off 大
    if token.tag == "a" and len(token.word) == 1 and previous is not None and previous.tag.startswith(("ns", "nr", "nz", "nt")):
        return True  # 中科创星硬科技二期基金: an adjective inside a name that a proper noun opens
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
    # 总规模300亿元的NAME: the figure stands right before 的 + name.
    for metric in in_sentence:
        if metric.span[1] <= name_start and OF_RE.fullmatch(text[metric.span[1] : name_start]):
            return _as_size(metric)
    # NAME、总规模超20亿元 / NAME…形成不低于500亿元的投资规模: a 规模 figure after it, unless
    # a count of funds comes between (A、B…5只基金，总规模27.85亿元 sizes the five together).
    for metric in in_sentence:
        if metric.span[0] >= name_end and "规模" in (metric.subject or ""):
            if COUNTED_FUNDS_RE.search(text, name_end, metric.span[0]):
                break
            if tight and len(CLAUSE_BREAK_RE.findall(text, name_end, metric.span[0])) > 1:
                continue
            return _as_size(metric)
    if tight:
        return None
    # 基金总规模100亿元 in a following sentence that speaks of the fund.
    for later_start, later_end in bounds[sentence_index + 1 : sentence_index + 1 + SIZE_LOOKAHEAD_SENTENCES]:
        sentence = text[later_start:later_end]
        if "基金" not in sentence:
            continue
        for metric in money:
            if later_start <= metric.span[0] < later_end and "规模" in (metric.subject or "") and "基金" in (metric.subject or sentence[: metric.span[0] - later_start]):
                if COUNTED_FUNDS_RE.search(text, later_start, metric.span[0]):
                    return None  # 设立3支母基金，基金总规模250亿元: the three funds' size
                return _as_size(metric)
    return None


def _as_size(metric: Metric) -> FundSize:
    return FundSize(value=metric.value, unit=metric.unit, raw=metric.raw, qualifier=metric.qualifier)
