"""Metrics: every stated quantity, its value in base units, and what it measures.

`QUANTITY_RE` finds candidates (qualifier? numeral multiplier? unit
qualifier?), `parse_number` resolves them, and the subject comes from the
clause around the figure, over jieba's tags: the noun phrase before a verb of
amount (产值达1373.3亿元), the noun after a classifier (52家企业), or the
object before the figure (签约项目43个).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Iterable, Iterator

from ... import patterns
from ...models import DateRecord, Metric
from ...tables import MAIN_VERBS, alternation
from .. import tokens as tk
from ..overlap import Spans
from .clauses import clause, period
from .owner import figure_owner
from .phrases import (
    AMOUNT_WORDS,
    ASPECT_TAGS,
    DIMENSIONS,
    MEASURE_PREFIXES,
    OUTCOMES,
    PER_PERIOD,
    RANGE_LINK_RE,
    RELATIVE_MEASURES,
    RELATIVE_SHARES,
    SHARE_BOUND_VERBS,
    SHARE_SCOPES,
    SHARE_VERB,
    SHARE_WORDS,
    TALLY_WORDS,
    measure_of_counted,
)
from .place import figure_place
from .quantity import (
    HAN_CHAR_RE,
    LIST_GAP_RE,
    PRE,
    Candidate,
    carried_units,
    completed_units,
    implied_yuan,
    is_metric,
    parse_quantity,
    quantities,
)
from .subject import (
    ACTION_COUNTS,
    AWAY_RE,
    CHANGE_AFTER_START_RE,
    CONTRIBUTIONS,
    DONE_WITHIN_RE,
    POINTS,
    RATIO_END,
    RATIO_LINKS,
    STREAK,
    TOWARDS,
    bare_clause,
    clause_topic,
    dimension_owner,
    joined,
    largest_part_before,
    listed_groups,
    names_measure,
    owner_of,
    paired_with_earlier,
    respective_subjects,
    restated,
    streak_activity,
    streak_held,
    streak_owner,
    subject_of,
    target_of,
    topic_before_comma,
    unitless_owner,
)

__all__ = ["find_metrics", "parse_quantity"]

# What joins a count and its noun to the next figure: 和, 及, 与 or a list mark.
JOINED_RE = patterns.compile(r"[和及与、]")
# What ends a figure's clause right after it.
CLAUSE_END_RE = patterns.compile(r"[，,。；;！!？?、]|$")
# A hedge that opens a figure's span (约, 超过, 近): a clause of it and the figure alone
# (，约8590亿美元，) goes on about what the clause before named, as ，为8590亿美元 does.
HEDGE_RE = patterns.compile(PRE)

# What stands between the whole a share is of and the share (占汽车新车总销量的45.5%,
# 占全社会用电量比重为35%).
# A clause that is a share of a whole area and nothing else before its figure (占全国的21.5%).
# ，占全国的21.5%, ，约为全省的21.5%: a clause of a share of the whole area alone (after a verb of
# amount only with 的: 超过全国 + 平均水平 is a comparison).
SHARE_OF_SCOPE_RE = patterns.compile(
    rf"""(?x)
    (?: {SHARE_VERB} (?P<scope>{alternation(SHARE_SCOPES)}) 的?
      | [还约仅]? (?:{alternation(SHARE_BOUND_VERBS)}) (?P<scope>{alternation(SHARE_SCOPES)}) 的 )
    (?:比重|比例|份额)? (?:{alternation(AMOUNT_WORDS)})*
    """
)
SHARE_TAIL_RE = patterns.compile(rf"的?(?:比重|比例|份额)?(?:{alternation(AMOUNT_WORDS)})*")
# How a subject that is a comparison opens (高出整体, 低于全国): it is no share's part.
COMPARISONS = ("高出", "低出", "高于", "低于", "超出", "快于", "慢于")
# A figure restated in another unit or currency (约合182亿元人民币, 合2996亿斤, 折合18万亩,
# （折541.9亿美元）) measures what the figure before it did; 合 alone only as a word of its own,
# not the end of 综合 or 联合, and 折 alone only in brackets (打折, 折扣).
CONVERSION_RE = patterns.compile(r"(?:约合|折合|(?<!\p{Han})合|(?<=[（(])折)(?:人民币|美元)?\s*$")
MAX_CONVERSION = 8


def find_metrics(text: str, dates: Iterable[DateRecord] = ()) -> Iterator[Metric]:
    # Dates and sentences do not overlap one another, so both lists are sorted by start and
    # by end alike: each figure finds its sentence and its dates by bisection, which keeps a
    # long article with thousands of figures linear.
    date_spans = Spans(date.span for date in dates)
    sentence_bounds = tk.sentences(text)
    sentence_starts = [start for start, _ in sentence_bounds]
    candidates = []
    for match, candidate in quantities(text):
        if candidate is None or not is_metric(text, candidate):
            continue
        start, end = match.span()
        # 两天内完成: the days are a date (from the reference date on) and how long a task takes
        if not date_spans.overlaps(start, end) or candidate.kind == "time" and DONE_WITHIN_RE.match(text, end):
            candidates.append(candidate)
    candidates = sorted(candidates + carried_units(text, candidates), key=lambda c: c.match.start())
    candidates = sorted(candidates + implied_yuan(text, candidates, date_spans), key=lambda c: c.match.start())
    candidates = completed_units(text, candidates)

    def sentence_of(start: int, end: int) -> tuple[int, int]:
        index = bisect_right(sentence_starts, start) - 1
        return sentence_bounds[index] if index >= 0 and start < sentence_bounds[index][1] else (start, end)

    groups = listed_groups(text, candidates)
    respective = respective_subjects(text, groups, sentence_of)
    paired = paired_with_earlier(text, groups, sentence_of)
    # The figures a sentence gave before, with their subjects: 分别增长13%、11% after two of them
    # pairs one with each.
    earlier: dict[int, list[str | None]] = {}
    previous_subject: dict[int, str] = {}
    previous_kind: dict[int, str] = {}
    previous_unit: dict[int, tuple[str, str]] = {}
    previous_share: dict[int, str] = {}
    # The place of the sentence's last figure, while nothing since has named another.
    sentence_place: dict[int, str | None] = {}
    paragraph_subject: str | None = None
    # What the paragraph's figures measured, with where each ends: 这一数字 points back to one.
    paragraph_measures: list[tuple[int, str, str]] = []
    paragraph_unit: tuple[str, str] | None = None
    previous_start = -1
    previous_end: int | None = None
    previous_figure: tuple[int, str, str | None] = (-1, "", None)  # its sentence, kind and subject
    for candidate in candidates:
        start, end = candidate.match.span()
        sentence = sentence_of(start, end)
        if previous_end is not None and "\n" in text[previous_end:start]:
            paragraph_subject = None
            paragraph_measures = []
        subject = respective.get(start) or target_of(text, sentence, start, end, subject_of(text, sentence, candidate))
        subject = _pointed_back(text, sentence[0], start, subject, paragraph_measures, candidate.kind)
        own_unit = (candidate.unit, candidate.kind)
        unit_before = previous_unit.get(sentence[0])
        if subject and previous_end is not None and sentence[0] <= previous_start < start:
            at = text.rfind(subject, sentence[0], start)
            if at == previous_end and unit_before not in (None, own_unit) and JOINED_RE.fullmatch(text, at + len(subject), start):
                # 出动100多台大型机械和1000多人: the machines are the count before's, not the people (but
                # 8个国家高新区7831.36亿元 is the parks' money)
                subject = None
            elif previous_start < at < previous_end or 0 <= at < previous_start < at + len(subject) < previous_end:
                # The segmenter glues the end of a figure to the word after it (8支 + 援鄂医疗队, 30人
                # 以下 + 企业裁员率, 从1亿剂次到2亿剂次: 亿剂): a subject that opens inside the figure
                # before keeps what follows the figure; with nothing left, or one that ends inside the
                # figure (由最少时不足2万只…恢复到了7万只), a figure in the same unit measures what that
                # one did (接种量从1亿剂次到2亿剂次), and a tally word names nothing (88户 + 共 + 418人)
                rest = text[previous_end : at + len(subject)]
                named = HAN_CHAR_RE.search(rest) and rest not in TALLY_WORDS
                subject = rest if named else previous_subject.get(sentence[0]) if unit_before == own_unit else None
        if (
            candidate.kind == previous_kind.get(sentence[0])
            and CONVERSION_RE.search(text, max(sentence[0], start - MAX_CONVERSION), start)
        ):
            # 净亏损4239亿日元（约合182亿元人民币）, 夏粮总产量14978万吨，合2996亿斤: the same
            # quantity, in other units
            subject = previous_subject[sentence[0]]
        pair = paired.get(start)
        measures = earlier.setdefault(sentence[0], [])
        if pair is not None and start not in respective and len(measures) >= pair[1] and measures[pair[0] - pair[1]]:
            subject = measures[pair[0] - pair[1]]  # 开行14689列，发送货物157.1万标箱，同比分别增长13%、11%
            if pair[2]:
                subject += SHARE_VERB + pair[2]  # 建议7873件、提案3862件，分别占总数的91.5%和90.9%
        elif pair is None:
            measures.append(subject)
        # 6.57万亿元、7.67万亿元: a list of figures in one unit measures one thing (but 100多台大型
        # 机械和1000多人 counts machines, then people)
        listed = previous_end is not None and LIST_GAP_RE.fullmatch(text, previous_end, start) and (
            candidate.kind in ("percent", "ratio") or unit_before in (None, own_unit)
        )
        owner = previous_subject.get(sentence[0])
        clause_start = clause(text, sentence, start, end)[0]
        if candidate.unit == POINTS and sentence[0] in previous_share:
            owner = previous_share[sentence[0]]  # 占…比重为35%，比上年提高6.4个百分点: the share changed
        # 平均每天10场 goes on counting; 平均5天 is a time of its own, and 平均每天1.7万人在这里交易
        # counts the people of its own clause
        spread = candidate.kind != "time" and (candidate.kind != "people" or CLAUSE_END_RE.match(text, end) is not None)
        shared = None
        bare = subject is None and (
            bare_clause(text, sentence, start, spread=spread, priced=candidate.kind == "money")
            or candidate.kind != "time" and clause_start == start
            and HEDGE_RE.match(text, start) is not None and CLAUSE_END_RE.match(text, end) is not None
        )
        # 130户贫困户，已经 + 脱贫 + 122户: the households named after the count before are recounted,
        # not only what befell them, written before the count (but 死亡5人，受伤12人: an outcome after
        # an outcome stays, and so does one after the count: 16名船员，其中1人 + 遇难)
        over_outcome = (
            subject in OUTCOMES and text.endswith((subject, subject + "了"), 0, start)
            and previous_end is not None and sentence[0] in previous_subject
            and previous_subject[sentence[0]] not in OUTCOMES and text.startswith(previous_subject[sentence[0]], previous_end)
        )
        # 计划搭建板房2770间，目前已经建成1215间: a count in the same unit later in the sentence,
        # with only a verb before it, counts the same things
        recounted = (
            (subject is None or over_outcome) and candidate.kind in ("count", "people") and candidate.unit not in ACTION_COUNTS
            and sentence[0] in previous_unit
            and _same_count(candidate, previous_unit[sentence[0]])
            and _verbs_only_between(text, previous_end, start, previous_subject.get(sentence[0]))
        )
        if recounted:
            subject = None
        # 130户 + 贫困户 + ，已经脱贫122户: the noun counted stood right after the count before, as
        # written, with nothing done to it in its name
        named_after = recounted and previous_end is not None and text.startswith(previous_subject[sentence[0]], previous_end)
        if (
            (
                subject is None or previous_end is not None and text.endswith(subject, previous_end, start)
                or previous_figure[2] is not None and previous_figure[2].endswith(subject)
            )
            and previous_end is not None and previous_figure[0] == sentence[0]
            and previous_figure[1] == candidate.kind
            and CHANGE_END_RE.fullmatch(text, previous_end, start)
        ):
            # 时间从20多个小时 + 缩短到了 + 4个多小时: the end of a change measures what its start did
            # (由5个 + 合并成 + 1个, where the change's words are all the phrase before it; 占全市企业
            # 总数从9% + 提高到 + 24%, where the start's subject is the end's with the share's part)
            subject = previous_figure[2]
        elif (
            previous_end is not None and previous_figure[0] == sentence[0] and previous_figure[1] == candidate.kind
            and previous_figure[2] is not None and RANGE_LINK_RE.fullmatch(text, previous_end, start)
            and (subject is None or subject in EMPTY_RANGE_NOUNS or text.find(subject, end, sentence[1]) < 0)
        ):
            # 检测结果需要两周 + 到 + 一个月的时间, 距离地面大约150米 + 到 + 60米时: a range's ends, a
            # unit on each, measure one thing, named before the first (三个月到半年的免费孵化: a noun
            # after the second is what both measure)
            subject = previous_figure[2]
        if subject is None and (candidate.kind in ("percent", "ratio") or listed or bare or recounted):
            # 同比增长15.4%: the figure before it grows; 6.57万亿元、7.67万亿元: one subject for a
            # list; 逆差下降70%，同比减少3140亿元: a clause of verbs only goes on about the same
            # measure; 分季度看，一季度增长6.4%: the measure the paragraph last named.
            # 指数为424.9，同比增长4.4%: the measure a bare value was given for.
            unitless = unitless_owner(text, sentence, start) if owner is None and candidate.kind == "percent" else None
            topic = (
                clause_topic(text, sentence, start)
                if owner is None and unitless is None and bare and candidate.kind != "time"
                else None
            )
            if not listed and candidate.kind not in ("percent", "ratio", "time"):
                # 分布在0.5平方公里的沟谷中，共计500多株: a count goes on about the figure before only
                # if it counts the same things
                owner = owner if owner and _same_count(candidate, previous_unit.get(sentence[0])) else None
                carried_paragraph = paragraph_subject if paragraph_subject and _same_count(candidate, paragraph_unit) else None
            else:
                carried_paragraph = paragraph_subject if not listed else None
            subject = owner or unitless or topic or carried_paragraph
            if subject is None and bare and candidate.kind in ("count", "people") and CLAUSE_END_RE.match(text, end):
                # 实名注册的志愿者，已有近十万人。: a clause of verbs of amount and a count alone counts
                # the noun phrase after 的 that makes the whole clause before it
                subject = topic_before_comma(text, sentence, clause_start, alone=True)
            if subject and candidate.kind == "time" and (held := streak_held(text, sentence, start, end)):
                # 指数为51.4%，连续十个月 + 保持在51%以上: the streak of the measure the clause before gave
                subject = streak_owner(subject) + STREAK + held
            if recounted and subject and not named_after:
                subject = _counted_again(text, previous_end, start, subject)
            scope = SHARE_OF_SCOPE_RE.fullmatch(text, clause_start, start) if owner and candidate.kind == "percent" else None
            if scope and subject == owner:
                # 生产总值26.9万亿元，占全国的21.5%: the measure's share of the whole area (what the
                # next clauses go on about is still the measure)
                subject, shared = owner + SHARE_VERB + scope["scope"], owner
        elif owner and subject is not None and (_relative(subject) or (candidate.kind in ("percent", "ratio") and subject in RELATIVE_SHARES)):
            # 工业增加值增长6.1%，增速回落0.5个百分点: 增速 is the 工业增加值's (and so is a 年均增速).
            subject = owner if owner.endswith(subject) else joined(owner_of(owner), subject)
        elif (
            owner and subject is not None and OWNED_TARGET_RE.fullmatch(subject)
            and (candidate.kind == "percent" or unit_before == own_unit and names_measure(owner))
        ):
            # 同比增长6.6%，实现了6.5%左右的预期发展目标, 新增就业1024万人，完成全年900万人目标: the
            # target set for the measure before, a rate's or a measure's in the same unit (65个小镇
            # …，向…590个目标: targets of their own; a target's share of itself, 900万人目标 + 的114%,
            # is the target's)
            subject = owner if owner.endswith(subject) else joined(owner_of(owner), subject)
        elif owner is None and subject is not None and subject in RELATIVE_MEASURES and (topic := clause_topic(text, sentence, start)):
            # 演出票价下降，降幅达50%: with no figure before it in the sentence, 降幅 is of the measure
            # the clause before named
            subject = topic if topic.endswith(subject) else joined(owner_of(topic), subject)
        elif owner and subject is not None and subject.startswith(COMPARISONS) and not owner.startswith(COMPARISONS):
            # 投资增长10.0%，高出全部固定资产投资5.8个百分点: the owner's growth is the one higher,
            # and the owner is still what the next clauses go on about
            subject, shared = owner + subject, owner
        elif (
            owner and subject is not None and candidate.kind == "percent" and subject.startswith(SHARE_VERB)
            and subject.endswith(tuple(SHARE_WORDS)) and text.startswith(subject, clause_start)
            and SHARE_VERB not in owner
        ):
            # …进出口18139.4亿元，占服务进出口总额的比重达42.6%: a clause that opens with 占 names
            # the whole and its share; the part is what the clause before measured
            subject, shared = owner + subject, owner
            previous_share[sentence[0]] = subject
        elif (
            owner and subject is not None and candidate.kind in ("percent", "ratio") and subject[0] in RATIO_LINKS
            and subject.endswith(RATIO_END) and text.startswith(subject, clause_start) and RATIO_END not in owner
        ):
            # 研发经费支出24426亿元，与国内生产总值之比为2.40%: the ratio of the measure before to
            # another; what the next clauses go on about is still the measure, and a change in
            # points (比上年提高0.16个百分点) is the ratio's
            subject, shared = owner + subject, owner
            previous_share[sentence[0]] = subject
        elif (
            owner and subject is not None and subject.startswith(TOWARDS) and subject.endswith(CONTRIBUTIONS)
            and previous_kind.get(sentence[0]) not in ("count", "people")
        ):
            # 装备制造业增加值增长…，对规模以上工业增加值增长的贡献率为59.4%: the measure before
            # contributes (a count before counts no contributor)
            subject = owner + subject
        elif subject in SHARE_WORDS and owner is None and candidate.kind == "percent" and (part := largest_part_before(text, sentence, clause_start)):
            subject, shared = part + subject, part  # 普通食品的投诉举报量最大，占比为80%: the largest part's share
        elif subject in DIMENSIONS and owner:
            subject = dimension_owner(owner) + subject  # 跑道长3600米、宽45米: the runway's width
        elif subject in DIMENSIONS and (topic := topic_before_comma(text, sentence, clause_start)):
            subject = dimension_owner(topic) + subject  # 奥罗维尔大坝于1968年建成，高约230米: the dam's height
        elif (
            subject in SIZES_OF_A_THING and owner and previous_kind.get(sentence[0]) == "measure" and not names_measure(owner)
            and LIST_GAP_RE.fullmatch(text, previous_end, clause_start)
        ):
            # 冰川长达18公里、面积有110平方公里: a size named alone right after another size of a
            # thing is that thing's (but 粮食产量1.2万吨、面积100万亩: a measure owns no area)
            subject = dimension_owner(owner) + subject
        carried = shared or (streak_owner(subject) if subject and candidate.kind == "time" else subject)
        if carried and candidate.kind == "percent" and SHARE_VERB in carried[1:] and not carried.endswith(tuple(SHARE_WORDS)):
            # 服务业在经济中占到了50.8%，对GDP增长贡献率达到了77%: the next clauses go on about the part
            # (but 第三产业占GDP比重为49.5%，比去年同期提高2.1个百分点: about the share)
            carried = carried.partition(SHARE_VERB)[0]
        if carried and candidate.kind == "measure" and AWAY_RE.match(text, end):
            carried = None  # 两公里外的街道: a place that far away is no measure the next clauses go on about
        if carried and candidate.kind in ("count", "people"):
            carried = measure_of_counted(text, end, carried) or carried
        share_verb = (
            _share_of_whole(text, clause_start, start, subject, owner) if candidate.kind in ("percent", "ratio") and owner and subject else None
        )
        if share_verb:
            # 销量达1000万辆，占汽车新车总销量的45.5%: the share is the sales' of the whole; what
            # the next clauses go on about is still the sales
            subject, carried = owner + share_verb + subject, owner
            previous_share[sentence[0]] = subject
        if carried:
            previous_subject[sentence[0]] = carried
            previous_kind[sentence[0]] = candidate.kind
            paragraph_subject = carried
            paragraph_measures.append((end, carried, candidate.kind))
            if candidate.kind not in ("percent", "ratio", "time"):
                # the unit of a value: 增长15.7% and 连续三年 carry their measure, not a unit of it
                previous_unit[sentence[0]] = paragraph_unit = (candidate.unit, candidate.kind)
        if subject is None and candidate.kind == "time":
            subject = streak_activity(text, sentence, start, end)  # 连续13年 + 参加首都义务植树活动
            subject = _pointed_back(text, sentence[0], start, subject, paragraph_measures, candidate.kind)
        place_before = sentence_place.get(sentence[0])
        place = figure_place(text, sentence, start, subject, (place_before, previous_end) if place_before and previous_end is not None else None)
        sentence_place[sentence[0]] = place
        # the things the sentence's figure before counted, and where that count ends: 重点项目120个，总投资560亿元
        counted_subject = previous_figure[2] if previous_figure[0] == sentence[0] and previous_figure[1] == "count" else None
        counted = (counted_subject, previous_end) if counted_subject and previous_end is not None else None
        owner = None if candidate.kind == "time" else figure_owner(text, sentence, start, end, subject, counted)
        previous_start, previous_end = start, end
        previous_figure = (sentence[0], candidate.kind, subject)
        yield Metric(
            subject=subject,
            place=place,
            owner=owner,
            value=candidate.value,
            value_max=candidate.value_max,
            unit=candidate.unit,
            raw=text[start:end],
            qualifier=candidate.qualifier,
            period=period(text, sentence, start, date_spans.between(sentence[0], start)),
            span=(start, end),
            evidence=text[sentence[0] : sentence[1]].strip(),
        )


def _pointed_back(text: str, sentence_start: int, start: int, subject: str | None, measures: list[tuple[int, str, str]], kind: str) -> str | None:
    """What a subject that points back (这一数字, 该比例) stands for: the measure of the paragraph's
    last figure before it of the same kind (快递业务量为8亿件，2020年这一数字增长到30亿件; 近30起
    枪击，有32名受害者，而去年这个数字是4起: the shootings), of any kind for a multiple or a time;
    a share of things is theirs (33%的美国人…，这一比例上升到57%: 美国人比例); a streak keeps what
    it says of it (这一数字 + 已连续5天超过800例). Any other subject, and one with nothing of its
    kind before it (150多家行业协会…，这个数字已超过260亿美元), as it is."""
    restatement = restated(text, sentence_start, start, subject) if subject else None
    if restatement is None:
        return subject
    pointed, noun, said = restatement
    any_kind = kind in ("ratio", "time")
    antecedent = next(
        (measure for measure_end, measure, measure_kind in reversed(measures) if measure_end <= pointed and (any_kind or measure_kind == kind)), None
    )
    if antecedent is None:
        return subject
    if noun in SHARE_WORDS and not antecedent.endswith((*SHARE_WORDS, "率")):
        return antecedent + noun  # 33%的美国人认为…，这一比例上升到57%: the share of them
    return antecedent + said if kind == "time" else antecedent


# Sizes that name nothing alone (面积, 长度): after another size of a thing, they are its.
SIZES_OF_A_THING = frozenset("面积 总面积 全长 长度 高度 宽度 深度 直径 周长 体积 容积".split())


def _share_of_whole(text: str, clause_start: int, start: int, whole: str, part: str) -> str | None:
    """The verb, if the figure's clause opens with 占 or 覆盖 and names only the whole the share is
    of (，占汽车新车总销量的45.5%; 保护地超过10000个，覆盖陆地面积的18%): the part is what the clause
    before measured."""
    at = text.rfind(whole, clause_start, start)
    opening = next((verb for verb in SHARE_OPENINGS if text.startswith(verb, clause_start)), None)
    if opening is None or at < clause_start + len(opening) or SHARE_VERB in whole + part:
        return None  # (覆盖率, 覆盖面: the whole opens the clause, no verb before it)
    if not SHARE_TAIL_RE.fullmatch(text, at + len(whole), start):
        return None  # 占…近七成的机电产品进口增长24.2%: the clause goes on to what is measured
    if whole in part or part.startswith(COMPARISONS):
        return None  # 高出整体0.9个百分点: a comparison, no part of anything
    return opening


# The verbs that open a clause of a share and its whole.
SHARE_OPENINGS = (SHARE_VERB, "覆盖")


def _counted_again(text: str, previous_end: int, start: int, subject: str) -> str:
    """What a recount counts: the things the count before counted, without what was done to them;
    after a verb that makes a flow of what the count before held (累计死亡病例3312例，当日新增 +
    7例, 共有市场主体120万户，今年新增 + 8万户), the flow of the same things (新增死亡病例)."""
    verbs = [token for token in tk.tag(text, previous_end + 1, start) if token.tag not in ASPECT_TAGS]
    if verbs and verbs[-1].word in MEASURE_PREFIXES:
        things = _without_stock(subject)
        return things if things.startswith(verbs[-1].word) else verbs[-1].word + things  # (新增 + 新增就业岗位: one 新增)
    return _things_counted(subject)


def _without_stock(subject: str) -> str:
    """The things a stock holds, without the words that make it one or the verb that made them
    (累计 + 死亡病例, 现有 + 疑似病例, 累计建成 + 5G基站)."""
    tokens = tk.tag(subject, 0, len(subject))
    first = 0
    while first < len(tokens) - 1 and (tokens[first].word in STOCK_WORDS or tokens[first].word in MAIN_VERBS):
        first += 1
    return subject[tokens[first].start :] if tokens else subject


# Words that make a count the stock held to date (累计, 现有): a flow of the same things drops them.
STOCK_WORDS = frozenset("累计 现有 共有 已有 尚有 仍有 目前 总共 共计".split())


def _things_counted(subject: str) -> str:
    """The things a count before counted, without what was done to them (新建 + 公园, 共查摆 +
    问题): the count after it did something else to them."""
    tokens = tk.tag(subject, 0, len(subject))
    first = 0
    while first < len(tokens) - 1 and tokens[first].tag.startswith(("v", "d")):
        first += 1
    # 最高人民法院 + 受理 + 案件，审结35773件, 公安机关 + 立案侦查 + 案件: the body that did it and
    # what it did go with the verb, the nouns that end the phrase are the things (印度 + 确诊 + 病例,
    # with no body, is a kind of case)
    things = len(tokens)
    while things > first + 1 and tokens[things - 1].tag.startswith("n") and not _acting_body(tokens[things - 1]):
        things -= 1
    body = any(_acting_body(token) for token in tokens[first:things])
    if body and things < len(tokens) and tokens[things - 1].tag.startswith("v"):
        first = things
    return subject[tokens[first].start :] if tokens else subject


def _acting_body(token: tk.Token) -> bool:
    """A body that acts (最高人民法院 nt, 法院, 公安机关), as against a place or a kind."""
    return token.tag == "nt" or token.word.endswith(ACTING_BODIES)


# Heads of bodies that handle what a count counts (法院 + 受理案件, 海关 + 查获).
ACTING_BODIES = ("法院", "检察院", "机关", "部门", "海关", "政府", "委员会", "局", "厅", "署")


def _verbs_only_between(text: str, previous_end: int | None, start: int, counted: str | None = None) -> bool:
    """Whether one clause break, then times, adverbs and verbs only, stand between two figures
    (…2770间，目前已经建成 + 1215间; ，已开工 + 85个): the second counts what the first did; or
    the set the first counted, then 中 (100家企业中，(只有) + 30家): the second counts a part of it.
    The noun the first counted may stand right after it (130户 + 贫困户 + ，已经脱贫 + 122户)."""
    among = AMONG_RE.match(text, previous_end) if previous_end is not None else None
    if among:
        previous_end = among.end()  # 13枚 + 冬奥会金牌中 + ，只有 + 1枚: a part of the set counted before
    elif previous_end is not None and counted and text.startswith(counted, previous_end) and _names_things(counted):
        previous_end += len(counted)
    if previous_end is None or not text.startswith(RECOUNT_BREAKS, previous_end):
        return False
    dated = RECOUNT_DATE_RE.match(text, previous_end + 1, start)  # ，截至7月末，已开工改造 + 4.66万个
    tokens = tk.tag(text, dated.end() if dated else previous_end + 1, start)
    if among and not tokens:
        return True  # 100家企业中，+ 30家: the part, with nothing between
    verbs = tokens[:-1] if tokens and tokens[-1].tag in ASPECT_TAGS else tokens  # 整改 + 了
    last = bool(verbs) and (verbs[-1].tag == "v" or verbs[-1].word in ONLY_HAVE)
    return last and all(token.tag in RECOUNT_TAGS or token.word in ONLY_HAVE or _manner(token) for token in tokens)


def _manner(token: tk.Token) -> bool:
    """An adjective of two or more characters before the verb says how (成功脱贫, 清理 + 处置, which
    the dictionary tags an adjective); one character makes a measure of its own (新 + 开工: the new
    starts, not the completions counted before)."""
    return token.tag == "a" and len(token.word) > 1


def _names_things(phrase: str) -> bool:
    """Whether a phrase ends in a noun, not a verb or a verbal noun (三批 + 集中调整 names what was
    done, no things that a later count could count again)."""
    tokens = tk.tag(phrase, 0, len(phrase))
    return bool(tokens) and not tokens[-1].tag.startswith("v")


# A target that names nothing it is set for (预期目标, 预期发展目标, 增长目标), or a share of it
# done (完成全年目标): a rate's target is set for the measure the sentence gave before.
OWNED_TARGET_RE = patterns.compile(r"(?:完成|实现|达到)?(?:预期|增长|发展|年度|全年)*目标")
# Nouns after a range that name nothing of their own: 两周到一个月的时间, 0.25%至0.5%的水平.
EMPTY_RANGE_NOUNS = frozenset({"时间", "水平"})
# The verb between the start of a change and its end, perhaps with 了 (缩短到了, 增加到, 降至).
CHANGE_END_RE = patterns.compile(rf"(?:{CHANGE_AFTER_START_RE.pattern})了?")
RECOUNT_BREAKS = tuple("，,；;")
# A clause of its own that dates the recount (截至7月末，, 到今年6月底，).
RECOUNT_DATE_RE = patterns.compile(
    r"(?:截至|截止|到)(?:今年|去年|[0-9０-９]{4}年)?[0-9０-９一二三四五六七八九十]{1,2}月(?:末|底|份|中旬|下旬|上旬|初|[0-9０-９]{1,2}日)?[，,]"
)
RECOUNT_TAGS = frozenset({"v", "d", "ad", "t", "p", "ul", "ug"})
# The set a second count is a part of, said after the first count's noun (…13枚 + 冬奥会金牌中 + ，).
AMONG_RE = patterns.compile(r"[^，,；;。！？、\s]{1,16}中(?=[，,])")
# "Only have", which the dictionary tags a conjunction (只有 c): a verb before a part counted.
ONLY_HAVE = frozenset("只有 仅有 其中".split())


def _same_count(candidate: Candidate, previous: tuple[str, str] | None) -> bool:
    """Whether a figure can go on about the measure before it, given that measure's own value
    (if any): money after money in any currency, people after people, a count in the same unit
    or one made of it (活动2000多场次，平均每天10场), and batches of anything (出售肉鸡5批，共5万只;
    出台210多项文件，形成21批)."""
    if previous is None:
        return True
    unit, kind = previous
    if unit in BATCHES or candidate.unit in BATCHES:
        return True
    if candidate.kind in ("money", "people"):
        return kind == candidate.kind
    return candidate.unit.startswith(unit) or unit.startswith(candidate.unit)


# Classifiers of batches, whose items the next figure may count in their own unit.
BATCHES = frozenset({"批", "批次"})


def _relative(subject: str) -> bool:
    """Whether a subject is a measure of another measure (增速, 日均), perhaps averaged (年均增速)
    or of a whole area (全球占比)."""
    averaged = next((word for word in PER_PERIOD if subject.startswith(word)), "")
    scope = next((word for word in SHARE_SCOPES if subject.startswith(word)), "")
    return subject in RELATIVE_MEASURES or subject.removeprefix(averaged) in RELATIVE_MEASURES or subject.removeprefix(scope) in RELATIVE_MEASURES
