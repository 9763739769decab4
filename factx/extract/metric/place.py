"""The place a figure belongs to: a country, a region or a Chinese place.

A sentence names the place once and gives several of its figures (美国累计确诊病例超过3328万例，
死亡病例超过59.5万例): the second subject is, as written, 死亡病例, but a table of figures by
country needs 美国 beside it. A metric's `place` is the place at the head of its subject; where
its subject names no place of its own, the place its clause opens with (日本一季度国内生产总值…),
else the place of the figure before it in the same sentence, so long as nothing between the two
names another place, a body or a wider scope (全球, 全国).
"""

from __future__ import annotations

import re

from ...tables import COUNTRIES, REGIONS
from .. import tokens as tk
from .clauses import LIST_BREAK, clause
from .quantity import CLAUSE_OPENERS

PLACE_NAMES = COUNTRIES | REGIONS
# Every place's first two characters: text without one of them names no place, and is not cut
# into words to find out (most subjects and clauses are such text).
PLACE_OPENINGS = frozenset(name[:2] for name in PLACE_NAMES)
# Words that set a figure's scope without naming a place: after 全球确诊病例 the figure is no
# longer the country's before it. 国内 and 境内 are not among them: they narrow the place before
# (日本国内新增确诊病例), and 国内生产总值 is a measure.
SCOPE_WORDS = (
    "全球", "全世界", "世界", "全国", "全省", "全市", "全区", "全县", "我国", "本国", "该国",
    "国外", "境外", "海外", "各国", "各地", "各省", "多国", "两国", "其他国家",
)
SCOPE_RE = re.compile("|".join(SCOPE_WORDS))
# How many tokens one place's name spans at most (黔东南 + 苗族 + 侗族 + 自治州).
MAX_PLACE_TOKENS = 4
# The word after a place the figure is not about: a route's first end (北京至青岛间动车组,
# 拉萨到林芝运行时间), a list of places (湖北省和武汉市医务人员, 广东、上海等首批13个省区市), a
# people (中国人, 非洲裔美国人), one who speaks or acts for the place (英国首相…有关两名俄特工,
# 白俄罗斯代表65个国家).
NOT_OWNED_BEFORE = frozenset((
    "至", "到", "和", "与", "及", "、", "等", "—", "-", "裔", "人", "籍",
    "首相", "总统", "总理", "外长", "发言人", "代表", "官员", "大使",
))
# The character before a place that ends a list of places (广东、广西、福建、海南转移人员总数):
# the figure is all of theirs.
LIST_MARKS = "、和与及"
# Tags of names that speak of a place or a body of their own (莫斯科 nr, 伶仃洋 ns, 卫生部 nt).
PROPER_TAGS = frozenset(("ns", "nt", "nr", "nrt"))
# A place a preposition governs in its clause is where the figure goes or comes from, not whose
# it is (向欧洲发运1199万件, 我国对东盟、欧盟、美国、日本分别进出口…, 为武汉等地送去…); 在美国 is
# where it is, and stays.
GOVERNING_WORDS = ("对", "向", "从", "自", "与", "同", "跟", "赴", "往", "为", "给", "由", "经", "比", "较")
# What may come before the place a clause opens with: times (今年, 一季度, 6月13日, 1-8月,
# 北京时间今天16时), not the marks that open a title or a quotation (《北京宣言》).
TIME_TAGS = frozenset(("t", "m", "mq"))
TIME_MARKS = frozenset("-—~～/.")
TIME_LEADS = frozenset(("截至", "截止", "北京时间", "当地时间"))
IN = "在"
# A clause that opens with a place and then its leader gives what the leader does or says
# (朝鲜最高领导人…两次会谈), and one that opens with an international event or body is no place's
# (中国国际投资贸易洽谈会新设立了…). A place's own bodies act for it (巴西卫生部向各州分发…), and a
# place before a part of it (北京西城区, 山东荣成: jieba tags many such parts as persons), a sector
# (香港零售业) or an event (斯里兰卡洪水) is the figure's.
ACTOR_WORDS = frozenset(("国际", "最高"))


def figure_place(
    text: str, sentence: tuple[int, int], start: int, subject: str | None, before: tuple[str, int] | None = None
) -> str | None:
    """The place a figure's subject opens with, if the figure is that place's: not where a
    preposition in its clause sends it (see GOVERNING_WORDS). The place is looked for before the
    figure, else after it (连续32天为武汉等地送去…). A subject without a place takes the one its
    clause opens with, after words of time (日本一季度国内生产总值…: 日本; 延边朝鲜族自治州接待游客…),
    or that of a clause 在 + place opening the sentence (在加拿大，累计确诊病例…), else `before`, the
    place of the sentence's figure before it and where that figure ends, if nothing between them
    names another (美国累计确诊病例超过3328万例，死亡病例超过59.5万例: the deaths are America's too)."""
    place = leading_place(subject)
    if place is None:
        if subject and names_place(subject):
            return None
        opening = opening_place(text, sentence, start)
        if opening is None and before is not None and not names_place(text, before[1], start):
            return before[0]
        return opening
    sentence_start = sentence[0]
    at = text.rfind(place, sentence_start, start)
    at = text.find(place, start, sentence[1]) if at < 0 else at
    if at < 0:
        return place  # a subject carried from another sentence
    before = text[at - 1] if at > sentence_start else ""
    if before and (before in LIST_MARKS or before in GOVERNING_WORDS):
        return None  # the last of a list of places, or a preposition glued to the word before it (天为 + 武汉)
    opening = max(sentence_start, *(text.rfind(mark, sentence_start, at) + 1 for mark in CLAUSE_OPENERS))
    return None if any(token.word in GOVERNING_WORDS for token in tk.tag(text, opening, at)) else place


def opening_place(text: str, sentence: tuple[int, int], start: int) -> str | None:
    """The place a figure's clause opens with after words of time, or a sentence's opening
    在 + place (see figure_place)."""
    clause_start, _ = clause(text, sentence, start, start, LIST_BREAK)  # a list of places is one clause
    if any(text[position : position + 2] in PLACE_OPENINGS for position in range(clause_start, start - 1)):
        tokens = tk.tag(text, clause_start, start)
        opening = next(
            (token.start for token in tokens if token.tag not in TIME_TAGS and token.word not in TIME_LEADS and token.word not in TIME_MARKS),
            start,
        )
        place = leading_place(text[opening:start])
        after = next((token for token in tokens if place and token.start >= opening + len(place)), None)
        if place is not None and (after is None or after.word not in ACTOR_WORDS):
            return place
    if clause_start > sentence[0] and text[sentence[0]] == IN and text[clause_start - 1] in CLAUSE_OPENERS:
        place = text[sentence[0] + 1 : clause_start - 1]
        return place if place in PLACE_NAMES else None
    return None


def leading_place(subject: str | None) -> str | None:
    """The places a subject opens with, whole tokens only (湖北省武汉市 of 湖北省武汉市生产总值;
    not 中国 of 中国石油, one token, nor a place that makes one word of the dictionary with the
    word after it)."""
    if not subject or subject[:2] not in PLACE_OPENINGS:
        return None
    tokens = tk.tag(subject, 0, len(subject))
    end = index = 0
    while index < len(tokens):
        found = next(
            (
                stop
                for stop in range(min(len(tokens), index + MAX_PLACE_TOKENS), index, -1)
                if subject[end : tokens[stop - 1].end] in PLACE_NAMES
            ),
            None,
        )
        if found is None:
            break
        end, index = tokens[found - 1].end, found
    following = tokens[index].word if index < len(tokens) else ""
    if not end or following in NOT_OWNED_BEFORE or (following and tk.known(subject[:end] + following)):
        return None
    return subject[:end]


def names_place(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether text names a place, a scope or a body anywhere (印度 and 卫生部 in 据印度卫生部, 全球
    in 全球累计, 莫斯科 in 其中首都莫斯科)."""
    end = len(text) if end is None else end
    if SCOPE_RE.search(text, start, end):
        return True
    return any(token.tag in PROPER_TAGS or token.word in PLACE_NAMES for token in tk.tag(text, start, end))
