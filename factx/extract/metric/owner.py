"""Whose a measure named alone is: the thing its sentence gives the measure of.

A subject is written as the text names what is measured (RECORDS.md), and many measures are
named alone: 宁远高速公路起于东岭镇，止于西河口，全长86公里 gives 全长 86 公里, and 开工重点项目120个，
总投资560亿元 gives 总投资. What was measured is right, but not of what: a table of road lengths
or of investments needs 宁远高速公路 and 重点项目 beside the figures. A metric's `owner` is that
thing, looked for where Chinese news puts it, nearest first:

1. a noun phrase after the figure and 的, which the measure and its figure describe
   (总规模50亿元的产业引导基金, 估值超过10亿美元的企业);
2. in the figure's own clause, the words before the measure if they make a noun phrase
   (智能调光膜的 + 年产能), else the noun phrase the clause opens with, if only adverbs and
   verbs stand between it and the measure (当地 + 还 + 投资; not 工人们 + 要在 + 直径);
3. for a total (总投资, 投资总额, 资金), the things the sentence counted last, if that count was its
   last figure and no preposition governs it (签约项目30个，总投资额超过800亿元; but not 对155个
   国家和地区的4797家境外企业进行了投资);
4. the noun phrase the nearest clause before opens with, back to the sentence's start, that is
   no measure itself (宁远高速公路 + 起于…，止于…，全长86公里; 这趟列车…，设计时速为…，全程800多公里).

Measures of measures (增速, 比重) are left out: their subject already takes the measure they are
of. So are times (a duration is of an activity, not a thing), subjects that name more than a
measure (高新技术产业营业收入 names its own) and measures written after their figure (市场70%的
份额), whose owner is no clause's topic. Where what is found is a measure, a date, a pronoun or
an idiom, the owner is null: a wrong owner misleads more than none.
"""

from __future__ import annotations

from itertools import takewhile

from ... import patterns
from ...tables import MAIN_VERBS, SUBJECT_WORDS
from .. import tokens as tk
from .clauses import CLAUSE_BREAK, LIST_BREAK, clause
from .phrases import AMOUNT_WORDS, ARABIC_DIGIT_RE, CALENDAR, CALENDAR_NUMBER_RE, MEASURE_VERBS, THROUGH, nominal, unglued
from .place import GOVERNING_WORDS
from .subject import CLAUSE_COMMAS, names_measure

# Measures of a thing that name no thing: the vague measures, the measure heads of two
# characters or more and those of the owned role, less the measures of other measures and of time.
OWNED_MEASURES = (
    SUBJECT_WORDS["vague"] | SUBJECT_WORDS["owned"] | {word for word in SUBJECT_WORDS["measure_head"] if len(word) > 1}
) - SUBJECT_WORDS["relative"] - {"时间", "时长"}
OWNED_ENDINGS = tuple(sorted(OWNED_MEASURES))
# Modifiers, longest first, so that 年均 is taken before 年.
OWNED_MODIFIERS = tuple(sorted(SUBJECT_WORDS["owned_modifier"], key=lambda word: (-len(word), word)))
BARE_MODIFIERS = frozenset(word for word in OWNED_MODIFIERS if len(word) == 1)
# Totals over the things counted before them: 总投资, 累计投入, 投资总额, 资金.
TOTAL_RE = patterns.compile(r"^(?:总|累计)|(?:额|资金|投资)$")
# A list's comma alone between a count and a measure named alone (废弃矿点近9000个 + 、 + 面积).
LIST_COMMA_RE = patterns.compile(r"\s*、\s*")
# The figure, maybe its bound (以上) or an aside in brackets (约合1.77万亿元人民币), then 的 and
# the thing it describes.
DESCRIBED_RE = patterns.compile(r"(?:以上|以下|左右|上下)?(?:[（(][^（()）]{1,30}[）)])?的")
# Times, numbers and conjunctions (今年, 1-8月, 同时) come before the noun phrase a clause opens
# with, and are passed over; so are demonstratives (这家 + 合作社), but not a pronoun that owns
# what follows (他的账单). A clause that opens with a verb, an adverb or a preposition (在城南)
# opens with no noun phrase.
OPENING_TAGS = ("t", "m", "q", "c", "r", "x")
# A locative before a number or a time is part of the time (前 + 三季度); before a name it is part
# of the name (中 + 兰客专).
LOCATIVE = "f"
# A demonstrative and a classifier the segmenter does not know as one word (这款, 那座) are
# tagged as two words glued (u).
GLUED = "u"
DEMONSTRATIVES = frozenset("这那该此各本")
# Places and names a verb may take as its object.
PLACE_OR_NAME_TAGS = frozenset(("ns", "nr", "nt", "nrt", "nrfg"))
# What a clause's topic opens with: a noun or a name (not a place word such as 地处, tagged s).
TOPIC_TAGS = ("n", "vn", "j", "b", "eng")
# Words the dictionary tags otherwise that are prepositions before a noun (经 + 工作人员鉴定).
PREPOSITION_WORDS = frozenset((THROUGH,))
# A verb and 于 (起于, 止于, 建于, 位于: the segmenter leaves the rarer pairs unknown, tagged as
# names) ends a noun phrase and opens no clause's.
VERB_WITH_YU = "于"
# A route's ends and what a place adjoins (东起浙江杭州市，西至安徽黄山市; 东接香港，西接珠海): a
# direction and a verb, which the dictionary holds as places (东至 a county) or names (西接 nz) or
# not at all.
ROUTE_END_RE = patterns.compile(r"[东西南北][起至到接连邻靠临抵]")
# Tags that end a noun phrase: adverbs (日前, 已经), prepositions, conjunctions, particles,
# times, numbers and marks; a verb ends it too unless 的 makes it a relative clause (新建的大桥).
PHRASE_END_TAGS = ("d", "p", "c", "u", "t", "m", "x", "r", "q", "f")
RELATIVE = "的"
# Marks inside a name (杰夫·谢尔曼) and words joining two nouns into one phrase (住房和城乡建设部,
# 中央和地方财政, 济南、滨州、淄博).
NAME_DOTS = frozenset("·•・")
JOINING_WORDS = frozenset("和与及、")
# Words jieba tags otherwise that after a name are nouns: 高速 an adverb (高速增长), but 沪昆高速 a
# road (and 万开快速通道 a name).
NOUNS_AFTER_NAMES = frozenset(("高速", "快速"))
# A serial number after a name is part of it (天宫二号, 嫦娥五号).
SERIAL = "号"
# Aspect particles: the word before them is a verb.
ASPECTS = frozenset("了过着")
# Verbs that make their object the topic of what follows (让这家企业，销售额…).
CAUSATIVES = frozenset("让使令")
# Words that end a clause of time (开江以来, 建成后, 到达时): no topic, and none further back.
TIME_ENDINGS = frozenset(("以来", "来", "后", "以后", "之后", "时", "期间", "之际"))
# An idiom alone between commas connects clauses (相比之下, 与此同时) and names nothing.
IDIOM = "l"
IDIOM_LENGTH = 4
# How many clauses back the owner is looked for (a figure in a clause is a digit in it).
MAX_CLAUSES_BACK = 4
# Adverbs, function words and numerals the segmenter glues to a word before or after them (将分,
# 多来, 鸡一 + 十二只).
GLUED_FIRSTS = frozenset("将已也还都就")
GLUED_LASTS = frozenset("是为在了的将来去每一二两三")
# Pronouns and demonstratives name no owner a reader can use (他们, 该, 这里), nor do times or
# modifiers alone (整个, 新型).
PRONOUN_TAGS = ("r",)
NAMELESS_TAGS = ("r", "t", "m", "f", "b")


def named_alone(subject: str | None) -> bool:
    """Whether a subject is a measure of a thing and nothing else: 全长, 总投资, 设计时速,
    最大起飞重量; not 增速 (a measure's), 时间, nor 隧道全长 (its thing named)."""
    rest = subject or ""
    while rest not in OWNED_MEASURES:
        modifier = next((word for word in OWNED_MODIFIERS if rest.startswith(word) and len(rest) > len(word)), None)
        if modifier is None:
            return False
        rest = rest[len(modifier) :]
    return True


def figure_owner(
    text: str, sentence: tuple[int, int], start: int, end: int, subject: str | None, counted: tuple[str, int] | None
) -> str | None:
    """The thing a measure named alone is of (see the module's docstring); `counted` is the
    subject of the sentence's last figure, if it counted things, and where that count ends."""
    if subject is None or not named_alone(subject):
        return None
    clause_start = clause(text, sentence, start, end, LIST_BREAK)[0]
    at = text.rfind(subject, clause_start, start)
    if at < 0:
        return None  # a measure after its figure (市场70%的份额, 4.2亿欧元资产): its owner is no clause's topic
    described = DESCRIBED_RE.match(text, end)
    owner = _described(text, described.end(), sentence[1]) if described else None
    if owner:
        return owner
    if counted is not None and LIST_COMMA_RE.fullmatch(text, counted[1], at) and _usable(counted[0]):
        return counted[0]  # 废弃矿点近9000个 + 、 + 面积达2.5万公顷: a measure of the things just counted
    tokens = tk.tag(text, clause_start, at)
    while tokens and tokens[-1].word in BARE_MODIFIERS:
        tokens = tokens[:-1]  # 智能调光膜的 + 年 + 产能: a modifier the subject left out is no part of the owner
    first = _first(tokens)
    if first < len(tokens) or any(_pronoun(tokens, i) for i in range(len(tokens))):
        # the clause names whose the measure is before it (当地 + 还投资, 他们 + 投资), or says it
        # in a way this reads no further (在 + 直径…, 让陶子斌的 + 收益)
        return _in_clause(text, tokens[first:])
    if counted is not None and TOTAL_RE.search(subject) and _usable(counted[0]) and not _governed(text, sentence, counted[1]):
        return counted[0]
    back = clause_start
    for _ in range(MAX_CLAUSES_BACK):
        if back <= sentence[0] + 1 or text[back - 1] not in CLAUSE_COMMAS:
            return None
        previous = clause(text, sentence, back - 1, back - 1, LIST_BREAK)[0]
        tokens = tk.tag(text, previous, back - 1)
        if tokens and tokens[-1].word in TIME_ENDINGS:
            return None  # 开江以来，: a time, no topic, and none further back
        owner = _topic(text, tokens)
        if owner or not _passed_over(text, tokens, previous, back - 1):
            return owner
        back = previous
    return None


def _in_clause(text: str, tokens: list[tk.Token]) -> str | None:
    """The owner the words before a measure in its clause name: all of them, if they make a noun
    phrase (检测设备的 + 重量, 智能调光膜的 + 年产能), else the noun phrase they open with, if
    only adverbs and verbs stand between it and the measure (当地 + 还 + 投资, 中央企业 + 累计实现 +
    营业收入; not 工人们 + 要在 + 直径, 烤制 + 了一个 + 直径)."""
    if not tokens or not nominal(tokens[0]):
        return None
    whole = tokens[:-1] if tokens[-1].word == RELATIVE else tokens
    if whole and nominal(whole[-1]) and all(_inside_phrase(token) for token in whole):
        return _usable(text[whole[0].start : whole[-1].end])
    if tokens[-1].word == RELATIVE:
        return None  # a relative clause before the measure (投入研发的 + 资金): no owner
    owner = _noun_phrase(text, tokens)
    if owner is None:
        return None
    between = [token for token in tokens if token.start >= tokens[0].start + len(owner)]
    if any(token.tag.startswith("p") or token.word in GOVERNING_WORDS or token.word in ASPECTS for token in between):
        return None  # 烤制 + 了一个 + 直径: what an aspect follows is a verb, whatever jieba tags it
    return owner


def _passed_over(text: str, tokens: list[tk.Token], start: int, end: int) -> bool:
    """Whether the owner may be looked for before a clause that gave none: one that goes on about
    the thing named before (止于西河口, 途经甘肃、青海、新疆三省区) or gives another of its measures
    named alone (设计时速为每小时120公里), not one with a figure of anything else or one that opens
    with a preposition (由…联合研制)."""
    if not tokens:
        return False
    if ARABIC_DIGIT_RE.search(text, start, end):
        # 设计时速为每小时120公里，全程800多公里: a figure of another measure of the same thing,
        # named alone too, is passed over; a figure of anything else is not
        return _opens_with_measure(tokens[_first(tokens) :])
    # an adverb first (最终抵达德黑兰, 进一步扩展…) is not passed over: such clauses come after the
    # sentence has turned to something else as often as not (方案明确，进一步扩展前海合作区…)
    return tokens[0].tag.startswith("v") or _untagged_verb(tokens[0])


def _pronoun(tokens: list[tk.Token], i: int) -> bool:
    """A pronoun that is its clause's subject (他们, 我国, 这里), not a demonstrative before a
    noun (这家 + 合作社)."""
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    return tokens[i].tag.startswith(PRONOUN_TAGS) and not (following is not None and nominal(following))


def _topic(text: str, tokens: list[tk.Token]) -> str | None:
    """The thing a clause before the figure's is about: the whole clause if it is a noun phrase
    (长沙磁浮快线，全长…), else the noun phrase it opens with (宁远高速公路 + 起于东岭镇), less
    a measure of its own (这款新型火箭 + 总高度超过53米，起飞重量…); none for a connective alone
    (相比之下，) or a clause that opens with a verb (止于西河口)."""
    if tokens and tokens[0].word in CAUSATIVES:
        tokens = tokens[1:]  # 让 + 这家专门生产冷柜的企业，销售额…
    if len(tokens) == 1 and tokens[0].tag == IDIOM:
        return None
    first = _first(tokens)
    if first == len(tokens) or not tokens[first].tag.startswith(TOPIC_TAGS) or tokens[first].word in PREPOSITION_WORDS:
        return None
    rest = tokens[first:]
    if (
        rest[-1].tag.startswith("n") and all(_inside_phrase(token) and token.word not in MEASURE_VERBS for token in rest)
        and not any(token.tag.startswith("v") and following.tag in PLACE_OR_NAME_TAGS for token, following in zip(rest, rest[1:]))
    ):
        # 长沙磁浮快线，: a noun phrase alone, verbs inside it and all (but 班列 + 途经 + 哈萨克斯坦: a
        # verb and the place it goes to)
        return _usable(text[rest[0].start : rest[-1].end])
    measured = _before_a_measure(text, rest)
    return measured if measured is not None else _noun_phrase(text, tokens)


def _opens_with_measure(tokens: list[tk.Token]) -> bool:
    """Whether words open with a measure named alone (设计 + 时速 + 为…, 总 + 高度 + 超过…)."""
    return named_alone("".join(takewhile(lambda word: word in OWNED_MEASURES or word in OWNED_MODIFIERS, (token.word for token in tokens))))


def _before_a_measure(text: str, tokens: list[tk.Token]) -> str | None:
    """The noun phrase a clause opens with before a measure of its own named alone, verbs inside
    it and all (产业引导基金 + 总规模50亿元, 这款新型火箭 + 总高度超过53米)."""
    for k in range(len(tokens)):
        if _opens_with_measure(tokens[k:]):
            head = tokens[: k - 1] if k and tokens[k - 1].word == RELATIVE else tokens[:k]
            if head and nominal(head[-1]) and all(_inside_phrase(token) for token in head):
                return _usable(text[head[0].start : head[-1].end])
            return None
    return None


def _inside_phrase(token: tk.Token) -> bool:
    """Whether a word may stand inside a noun phrase: nouns, and the verbs and adjectives that
    modify them (改造 + 计划); no adverb, preposition or predicate."""
    return token.word == RELATIVE or not (
        token.word in MAIN_VERBS or token.word in AMOUNT_WORDS or token.tag.startswith(PHRASE_END_TAGS)
        or token.word in PREPOSITION_WORDS or _untagged_verb(token)
    )


def _untagged_verb(token: tk.Token) -> bool:
    """A verb the dictionary tags as something else or lacks: a verb and 于 (起于, 止于), a route's
    end (东至, 西起)."""
    return token.word.endswith(VERB_WITH_YU) or ROUTE_END_RE.fullmatch(token.word) is not None


def _governed(text: str, sentence: tuple[int, int], end: int) -> bool:
    """Whether a preposition governs the count ending at `end` in its clause (对…4797家境外企业)."""
    clause_start = clause(text, sentence, end - 1, end - 1)[0]
    return any(token.word in GOVERNING_WORDS for token in tk.tag(text, clause_start, end))


def _first(tokens: list[tk.Token]) -> int:
    """The first word past times, numbers, openers and demonstratives, or a pronoun or a
    relative clause that owns what follows (他的, 新建的)."""
    return next(
        (
            i for i, token in enumerate(tokens)
            if not (
                token.tag.startswith(OPENING_TAGS)
                or token.tag == GLUED and token.word[0] in DEMONSTRATIVES
                or token.tag == LOCATIVE and i + 1 < len(tokens) and tokens[i + 1].tag.startswith(("m", "t"))
            )
            or i + 1 < len(tokens) and tokens[i + 1].word == RELATIVE
        ),
        len(tokens),
    )


def _described(text: str, start: int, end: int) -> str | None:
    """The noun phrase after 的 that a figure and its measure describe, up to a predicate or a
    mark (规模超30亿的 + 创新基金，…; 总额97.45万亿日元的 + 年度预算。): whatever jieba tags its
    words, a noun phrase ends in its head (投入5000万元的 + 基础上 is a frame, no phrase)."""
    tokens = unglued(tk.tag(text, start, end))
    stop = next((i for i, token in enumerate(tokens) if not _inside_phrase(token) or token.word == RELATIVE), len(tokens))
    if stop == 0 or not (nominal(tokens[stop - 1]) or stop == len(tokens) or tokens[stop].word in CLAUSE_BREAK):
        return None
    return _usable(text[start : tokens[stop - 1].end])


def _noun_phrase(text: str, tokens: list[tk.Token]) -> str | None:
    """The noun phrase the words open with (see _first), if it is one a reader can use:
    新建的跨江大桥 + 昨日合龙, 宁远高速公路 + 起于…"""
    first = _first(tokens)
    taken = 0
    for i in range(first, len(tokens)):
        token = tokens[i]
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if taken == i and following is not None and nominal(following) and (token.word in NAME_DOTS or token.word in JOINING_WORDS):
            continue  # 杰夫·谢尔曼, 住房和城乡建设部
        if token.word == RELATIVE:
            if following is None or not nominal(following):
                break
        elif i == first and following is not None and following.word == RELATIVE:
            pass  # 他的, 新建的: a possessor or a relative clause before the noun
        elif (token.word in NOUNS_AFTER_NAMES or token.word.endswith(SERIAL)) and taken == i > first:
            pass  # 沪昆高速, 天宫 + 二号 + 空间实验室
        elif not _inside_phrase(token):
            break
        elif token.tag.startswith("a") and following is not None and nominal(following):
            pass  # 一般 + 纳税人
        elif not nominal(token) and not (following is not None and following.word == RELATIVE):
            break
        taken = i + 1
    if taken <= first:
        return None
    return _usable(text[tokens[first].start : tokens[taken - 1].end])


def _usable(phrase: str | None) -> str | None:
    """A phrase a reader can use as an owner: no measure (总里程, 设计时速), no date or part of the
    calendar (年度), not times or pronouns alone (今天早上, 他们), not a word of four characters
    the segmenter did not know, which is mostly an idiom, nor one glued to a function word (将分)."""
    if (
        not phrase or len(phrase) < 2 or phrase in CALENDAR or names_measure(phrase) or phrase.endswith(OWNED_ENDINGS)
        or CALENDAR_NUMBER_RE.search(phrase)
    ):
        return None
    tokens = tk.tag(phrase, 0, len(phrase))
    if all(token.tag.startswith(NAMELESS_TAGS) for token in tokens):
        return None
    if len(tokens) == 1 and len(phrase) == IDIOM_LENGTH and not tk.known(phrase):
        return None
    if any(_glued(token.word) for token in (tokens[0], tokens[-1])):
        return None
    return phrase


def _glued(word: str) -> bool:
    """A word the segmenter did not know that glues a function word to a name's edge (将分, 多来,
    光是): no owner starts or ends so."""
    return len(word) > 1 and not tk.known(word) and (word[0] in GLUED_FIRSTS or word[-1] in GLUED_LASTS)
