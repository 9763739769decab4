"""Funds: named funds (…基金) and their stated sizes.

A fund name is the noun phrase that ends in 基金; its size is the money
figure the text ties to it: 总规模300亿元的NAME, NAME、总规模超20亿元, or a
规模 figure in the next sentence that speaks of 基金 (基金总规模100亿元).
A venture firm called …基金 (真格基金) is an organisation unless the text
sets it up or sizes it.
"""

from __future__ import annotations

from typing import Iterable

import regex

from ..models import Fund, FundSize, Metric
from ..tables import SUBJECT_WORDS
from . import tokens as tk

FUND_HEAD_RE = regex.compile(r"基金(?!管理|公司|会|业|经理|份额|净值|代码|账户)")
# Type words: a name made only of these (母基金, 政府引导基金, 该基金) names no particular fund.
GENERIC_WORDS = frozenset(
    "基金 母基金 子基金 引导基金 产业基金 投资基金 股权投资基金 天使基金 创投基金 产业投资基金 私募基金 公募基金 "
    "政府 政府引导基金 该 新 此 这只 首期 一只 多只 其 各类 相关 专项 两只 首只 子 母 新设 部分 这些 该类 有关 各 多个".split()
)
SETUP_RE = regex.compile(r"(?:设立|成立|发起|建立|组建|推出|发布|启动|募集|出资|注册|打造)[^，。；]{0,12}$")
DESCRIPTIVE = ("产业", "投资", "发展", "引导", "母基金", "子基金", "天使", "股权", "创业", "转化", "专项")
NAME_TAGS = ("ns", "nr", "nrt", "nt", "nz", "n", "j", "b", "vn", "eng", "l", "an")
MAIN_VERBS = SUBJECT_WORDS["main_verb"]
APPOSITION = ("——", "—", "：", ":")
SIZE_LOOKAHEAD_SENTENCES = 2


def find_funds(text: str, metrics: Iterable[Metric] = ()) -> list[Fund]:
    money = [metric for metric in metrics if metric.unit is not None and _is_money(metric)]
    bounds = list(tk.sentences(text))
    funds: dict[str, Fund] = {}
    for sentence_index, (start, end) in enumerate(bounds):
        if not FUND_HEAD_RE.search(text, start, end):
            continue
        tokens = tk.tag(text, start, end)
        names = list(_names(text, tokens))
        for number, (name_start, name_end) in enumerate(names):
            later = names[number + 1] if number + 1 < len(names) else None
            if later is not None and text[name_end : later[0]].strip() in APPOSITION:
                continue  # 泉州首只科创天使基金——泉州市科技创新天使基金: the name is the second
            name = text[name_start:name_end]
            size = _size(text, name_start, name_end, bounds, sentence_index, money)
            if size is None and not _described_as_fund(text, start, name_start, name):
                continue
            if name in funds:
                if funds[name].size is None and size is not None:
                    funds[name] = funds[name].model_copy(update={"size": size})
                continue
            funds[name] = Fund(name=name, size=size, span=(name_start, name_end))
    return sorted(funds.values(), key=lambda fund: fund.span)


def _names(text: str, tokens: list[tk.Token]) -> Iterable[tuple[int, int]]:
    for index, token in enumerate(tokens):
        if not token.word.endswith("基金") or not FUND_HEAD_RE.match(text, token.end - 2):
            continue
        left = index
        while left > 0 and _name_part(tokens[left - 1], tokens[left]):
            left -= 1
        while left < index and (tokens[left].word in GENERIC_WORDS or tokens[left].tag.startswith("v") and tokens[left].tag != "vn"):
            left += 1
        words = [t.word for t in tokens[left : index + 1]]
        if all(word in GENERIC_WORDS for word in words) or "".join(words) in GENERIC_WORDS:
            continue
        # (第二批次) and the like stay out of the name; 天使投资子基金 keeps its parts.
        yield tokens[left].start, token.end


def _name_part(token: tk.Token, following: tk.Token) -> bool:
    if token.tag.startswith(NAME_TAGS):
        return True
    if token.tag == "a" and len(token.word) == 1 and following.tag.startswith(("ns", "nr", "nz")):
        return True  # 大江东: jieba splits off 大
    if token.tag == "x" and regex.fullmatch(r"\p{Han}+", token.word):
        return True
    return token.tag.startswith("v") and len(token.word) >= 2 and token.word not in MAIN_VERBS


def _described_as_fund(text: str, sentence_start: int, name_start: int, name: str) -> bool:
    return bool(SETUP_RE.search(text[sentence_start:name_start])) or any(word in name for word in DESCRIPTIVE)


def _is_money(metric: Metric) -> bool:
    return metric.unit in {"元", "美元", "欧元", "港元", "日元", "英镑"}


def _size(
    text: str, name_start: int, name_end: int, bounds: list[tuple[int, int]], sentence_index: int, money: list[Metric]
) -> FundSize | None:
    start, end = bounds[sentence_index]
    in_sentence = [metric for metric in money if start <= metric.span[0] < end]
    # 总规模300亿元的NAME: the figure stands right before 的 + name.
    for metric in in_sentence:
        if metric.span[1] <= name_start and regex.fullmatch(r"\s*的\s*", text[metric.span[1] : name_start]):
            return _as_size(metric)
    # NAME、总规模超20亿元 / NAME…形成不低于500亿元的投资规模: a 规模 figure after it.
    for metric in in_sentence:
        if metric.span[0] >= name_end and "规模" in (metric.subject or ""):
            return _as_size(metric)
    # 基金总规模100亿元 in a following sentence that speaks of the fund.
    for later_start, later_end in bounds[sentence_index + 1 : sentence_index + 1 + SIZE_LOOKAHEAD_SENTENCES]:
        sentence = text[later_start:later_end]
        if "基金" not in sentence:
            continue
        for metric in money:
            if later_start <= metric.span[0] < later_end and "规模" in (metric.subject or "") and "基金" in (metric.subject or sentence[: metric.span[0] - later_start]):
                return _as_size(metric)
    return None


def _as_size(metric: Metric) -> FundSize:
    return FundSize(value=metric.value, unit=metric.unit, raw=metric.raw, qualifier=metric.qualifier)
