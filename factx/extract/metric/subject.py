"""What a figure measures: the phrase chosen from both sides of it, and the subjects a
sentence gives (listed against listed figures, stated once for several figures, owned by
an earlier measure)."""

from __future__ import annotations

from itertools import dropwhile, takewhile
from typing import Callable

import regex

from ... import patterns
from ...tables import (
    AGENT_NOUNS,
    COUNTRY_SHORT,
    INDICATOR_TERMS,
    MAIN_VERBS,
    SUBJECT_WORDS,
    UNITS,
    alternation,
)
from .. import tokens as tk
from .clauses import CLOSING_BRACKETS, LIST_BREAK, MAX_ASIDE, OPENING_BRACKETS, clause
from .phrases import (
    ADVERBIALS,
    AMOUNT_WORDS,
    ASPECT_TAGS,
    AVERAGE_WORD,
    AVERAGED,
    CALENDAR_NUMBER_RE,
    CARE_VERBS,
    CLOSING_QUOTES,
    COMPARE_WORDS,
    DIMENSIONS,
    JOINING_VERBS,
    LINKS,
    LOCATIVES,
    MANNER_TAGS,
    MEASURE_HEADS,
    MEASURE_VERBS,
    NOUN_LIKE,
    OPENING_QUOTES,
    OUTCOMES,
    PERSON_ENDINGS,
    PHRASE_ENDS,
    PURPOSE_VERBS,
    RANGE_WORDS,
    RATE,
    RELATIVE_MEASURES,
    SCOPE_WORDS,
    SHARE_VERB,
    STATION_ENDS,
    SUBJECT_STOP,
    TALLY_WORDS,
    TIME_CLAUSE_ENDS,
    TIME_MEASURES,
    TOTAL,
    TRADE_FLOWS,
    converted_end,
    figure_at,
    is_measure,
    is_place,
    left_phrase,
    nominal,
    range_end_at,
    right_phrase,
    serial_number,
    unglued,
)
from .quantity import (
    DIVIDED_INTO,
    HAN_CHAR_RE,
    LIST_LINK_RE,
    NUMBER_DIGIT_RE,
    PRE,
    QUANTITY_RE,
    REST_OF_CLAUSE_RE,
    Candidate,
    is_metric,
    parse_quantity,
    quantities,
)


def subject_of(text: str, sentence: tuple[int, int], candidate: Candidate) -> str | None:
    subject = _subject_of(text, sentence, candidate)
    if subject is None and candidate.unit in DISTANCE_UNITS:
        # 车队 + 一天 + 行驶 + 500公里: where nothing else names a distance, how far the mover went
        start, end = candidate.match.span()
        return _distance_travelled(text, clause(text, sentence, start, end)[0], start)
    return subject


def _subject_of(text: str, sentence: tuple[int, int], candidate: Candidate) -> str | None:
    start, end = candidate.match.span()
    clause_start, clause_end = clause(text, sentence, start, end)
    if range_end_at(text, end):
        # 要花 + 40分钟 + 到一个半小时: the range's other end follows, and with it nothing of this
        # figure's own (no journey, task or noun after it)
        clause_end = end
    if (beyond := BEYOND_A_LEVEL_RE.search(text, clause_start, start)) is not None:
        # 太湖水位 + 超保证水位 + 0.09米, 已 + 持续超警戒水位 + 8天: how far, or how long, something stands
        # beyond a named level is said by the comparison with the level, which alone is a height of its own
        return (left_phrase(text, clause_start, beyond.start()) or "") + beyond.group()
    if candidate.kind != "time" and (record := _record_set(text, clause_start, start, end, clause_end, candidate.kind in ("count", "people"))):
        return record
    if candidate.kind == "measure":
        dimension = _dimension(text, clause_start, start, end, clause_end) or _dimension_after(text, end, clause_end)
        if dimension:
            return dimension
        away = AWAY_RE.match(text, end, clause_end)
        if away:
            # 运到了两百公里外的物流中心, 去5公里外的乡卫生院: how far away the place after 外的 is
            return right_phrase(text, away.end(), clause_end)
    converted = converted_end(text, end) if candidate.kind == "money" else None
    if converted is not None and not text.endswith(LOST_OR_VALUED, clause_start, start):
        # 处以1185亿韩元 + 、约合人民币6.96亿元 + 的罚款, 带来50亿澳元 + ，约合230亿元人民币 + 的经济
        # 损失: the sum's noun stands after its restatement in another currency (but 慈善机构损失了 +
        # 400万英镑…的收入: what was lost names the sum; 估价 + 近10亿日元…的国有土地: its value)
        named = right_phrase(text, converted, clause(text, sentence, converted, converted)[1])
        if named:
            return named
    timed = candidate.kind == "time"
    result = RESULT_AFTER_RE.match(text, end, clause_end) if timed and text.endswith(BY_RESULT, clause_start, start) else None
    if result or timed and RACED_RE.search(text, clause_start, start):
        # 孙杨以 + 3分40秒14 + 的成绩打破奥运会纪录, 以 + 10秒85 + 的个人赛季最好成绩, 谢震业跑出 +
        # 20秒34: a race's result, as the text names it after 的
        return result["named"] if result and result["named"] else RESULT
    if candidate.kind == "time" and (countdown := COUNTDOWN_RE.match(text, clause_start, start)):
        # 距离G20杭州峰会开幕 + 只有5天时间, 距离北京冬奥会开幕 + 还有整整一年: the time left until
        # the day is named by the countdown, whatever follows the figure (时间 names nothing)
        return countdown["countdown"]
    if candidate.kind == "time":
        lasted = (
            _effort_after_agent(text, clause_start, start, end, clause_end)
            or _split_verb_object(text, clause_start, start, end, clause_end)
            or _passive_span(text, clause_start, start, end)
            or _streak_of_topic(text, sentence, clause_start, start, end, clause_end)
            or _what_lasted(text, clause_start, start, end, clause_end)
            or _framed_event(text, clause_start, start, end, clause_end)
            or _period_after(text, end, clause_end)
            or _timed_event(text, end, clause_end)
            or _task_taken(text, clause_start, start, end, clause_end)
            or _kept_up_since(text, clause_start, start, end, clause_end)
            or _held_activity(text, clause_start, start, end, clause_end)
        )
        if lasted:
            return lasted
    if candidate.unit == POINTS:
        pull = PULL_RE.search(text, clause_start, start)
        if pull:
            return pull["pull"]  # 拉动我国出口增长 + 达3.3个百分点: a pull on another's growth
    if candidate.kind in ("percent", "money") and BY_RATE_BEFORE_RE.search(text, clause_start, start):
        raised = BY_RATE_AFTER_RE.match(text, end, clause_end)
        if raised:
            # the whole rest of the clause where it is one noun phrase (企业 + 退休人员 + 养老金水平, which
            # read from its start would stop at the verb), else the noun phrase it opens with
            rest = text[raised.end() : clause_end].rstrip()
            whole = rest and left_phrase(text, raised.end(), raised.end() + len(rest)) == rest
            changed = rest if whole else right_phrase(text, raised.end(), clause_end)
            if changed:
                return changed  # 按 + 10%左右 + 提高 + 优抚对象抚恤和生活补助标准: the rate is of what it raises
    if candidate.kind == "percent":
        held = SHARE_HELD_IN_RE.search(text, clause_start, start)
        part = left_phrase(text, clause_start, held.start()) if held else None
        if part:
            return part + SHARE_VERB + held["whole"]  # 服务业 + 在经济中占到了 + 50.8%: the part's share of the whole
    if candidate.kind == "percent" and (completed := COMPLETED_PLAN_RE.search(text, clause_start, start)):
        # 新增一般债券 + 已完成全年计划的 + 91.8%: the share of a plan done is the doing of the plan,
        # by what the clause names, or what the clause before counted (城镇新增就业 + 718万人，完成…)
        doer = left_phrase(text, clause_start, completed.start()) or _counted_before(text, sentence, clause_start)
        return (doer or "") + COMPLETED + completed["plan"]
    if candidate.kind in ("percent", "ratio"):
        ratio = RATIO_OF_TWO_RE.search(text, clause_start, start)
        first = left_phrase(text, clause_start, ratio.start()) if ratio else None
        if first:
            return first + ratio["ratio"]  # 研发经费投入 + 与国内生产总值之比 + 达到2.44%: the ratio of two measures
        if ratio and ratio.start() == clause_start:
            return ratio["ratio"]  # …支出24426亿元，+ 与国内生产总值之比为2.40%: the first measure is the clause before's
    if candidate.kind == "ratio":
        standard = RATIO_STANDARD_RE.search(text, clause_start, start)
        if standard:
            # 总申购金额…，是发行金额的6.9倍: the multiple is of what precedes 是, or the sentence's measure
            return left_phrase(text, clause_start, standard.start())
    if candidate.kind not in ("count", "people", "time") and PROSPECT_AFTER_RE.match(text, end):
        holding = [found.start() for found in HOLDING_RE.finditer(text, clause_start, start)]
        return left_phrase(text, clause_start, holding[-1] if holding else start)
    if start > clause_start and text[start - 1] in HEADLESS_PART_ENDS and (
        candidate.kind == "percent" or candidate.kind in ("count", "people") and not HAN_CHAR_RE.match(text, end)
    ):
        headless = HEADLESS_PART_RE.search(text, clause_start, start)
        if headless:
            return headless["part"]  # 缺资金的 + 占到了33%, 愿意留下的 + 有200多人: who they are
    coordinate = candidate.kind not in ("money", "percent", "ratio")
    given = GIVEN_TO_RE.search(text, clause_start, start) if candidate.kind == "money" else None
    if given:
        # 支付给…辛格 + 15000美元, 捐给希望小学 + 10万元: a sum handed over, by the handing and to
        # whom (a word of amount before the sum is none of it: 支付给员工工资 + 共计)
        handed = given.group()
        return next((handed[: -len(word)] for word in AMOUNT_WORDS_LONGEST_FIRST if handed.endswith(word)), handed)
    # 车程从两个多小时缩短到30分钟: what changed stands before 从 or 由, not before the verb.
    from_to = FROM_TO_RE.search(text, clause_start, start)
    if from_to and _route_from(text, from_to.start()):
        from_to = None  # 从北京到张家口的 + 时间 + 将缩短到: 从 opens a route, not the start of a change
    # 空域被划分成了179块: what is divided stands before the verb of dividing.
    divided = DIVIDED_RE.search(text, clause_start, start)
    # 利率在正常支农再贷款利率基础上下调1个百分点: what changed stands before the baseline.
    baseline = BASELINE_RE.search(text, clause_start, start) if BASELINE_END in text[max(clause_start, start - 5) : start] else None
    # 从40公分, 从平均 + 不到300公里: the start of a change.
    opened = from_to or divided or baseline or QUALIFIED_START_RE.search(text, clause_start, start)
    if opened is None and candidate.kind == "measure":
        # 设计时速为 + 每小时 + 120公里: the time a rate is per is no part of what it measures
        opened = PER_TIME_RE.search(text, clause_start, start)
    # 水位落差 + 突然 + 从40公分猛涨到: an adverb before 从 says how it changed, not what.
    # 包括…在内的 + 120多人; 财政赤字达到 + 创纪录的 + 约980亿美元: what a figure is said to be
    # before its 的 (some of it, a record) is no part of what it measures
    included = INCLUDED_BEFORE_RE.search(text, clause_start, start) or RECORD_LEVEL_BEFORE_RE.search(text, clause_start, start)
    left_end = _before_adverbs(text, clause_start, opened.start()) if opened else included.start() if included else start
    left = left_phrase(text, clause_start, left_end, coordinate=coordinate)
    left = _with_maturity(text, clause_start, start, left)
    left = _with_direction(text, clause_start, start, left, candidate.kind)
    left = _per_unit(text, clause_start, start, left)
    if left is None and text.endswith(EACH, clause_start, start):
        # 荣立一等功、二等功 + 各 + 1次: each of what stands before 各 is counted
        left = left_phrase(text, clause_start, start - len(EACH), coordinate=coordinate)
    if left is None and clause_start > sentence[0] and text[clause_start - 1] in CLOSING_BRACKETS:
        # 固定资产投资（不含农户）299 100亿元: the subject stands before the aside.
        opening = max(text.rfind(bracket, sentence[0], clause_start - 1) for bracket in OPENING_BRACKETS)
        if opening >= 0 and clause_start - opening <= MAX_ASIDE:
            outer_start, _ = clause(text, sentence, opening, opening)
            left = left_phrase(text, outer_start, opening, coordinate=coordinate)
    if left is None and start > sentence[0] and text[start - 1] in OPENING_BRACKETS and end < len(text) and text[end] in CLOSING_BRACKETS:
        # 手机依赖症 + (45%), 东部地区 + （45.2%）: a figure alone in brackets is of the noun
        # phrase right before them
        outer_start, _ = clause(text, sentence, start - 1, start - 1)
        left = left_phrase(text, outer_start, start - 1, coordinate=coordinate)
    if left and candidate.kind not in ("time", "percent", "ratio"):
        # 用3年时间 + 完成8万多亩…治理, 用两年时间 + 修复湿地5000亩: the time a task takes
        # measures no area
        if left.endswith(TIME_MEASURES):
            left = None
        elif left.startswith(TIME_MEASURES):
            taken = next(word for word in TIME_MEASURES if left.startswith(word))
            left = left[len(taken) :] or None
    if left is None and candidate.kind in ("count", "people") and not HAN_CHAR_RE.match(text, end):
        # 新增确诊41831例, 累计死亡为337989例: a tally of cases, its verbs its name (治愈273名危重症
        # 患者 counts the patients)
        reported = REPORTED_RE.search(text, clause_start, start)
        if reported:
            return reported["reported"]
    if left is None and candidate.kind == "time":
        lasting = _activity_lasting(text, clause_start, start, end, clause_end)
        if lasting:
            return lasting  # 宣布停火 + 三天, 停工 + 15天 + 更换设备: the activity before the time lasted it
    if left and (not names_measure(left) or ORDINAL_ITEM_BEFORE_RE.search(text, sentence[0], clause_start)):
        # 国家一、二、 + 三级博物馆总数: ordinals listed before a measure's name are part of it
        left = with_listed_items(text, sentence, clause_start, start, left)
    elif left and _said_of_all(text, clause_start, start, left):
        left = _every_item(text, sentence, clause_start, start, left)
    if left and (route := _route_before(text, clause_start, text.rfind(left, clause_start, start))):
        left = f"{route}的{left}"  # 从北京到张家口的 + 时间: a route, whatever else the clause holds before it
    elif left in RELATIVE_MEASURES or left in VAGUE_MEASURES:
        left = with_owner_before_de(text, clause_start, start, left)
    elif left and left.endswith(RATE):
        left = _rate_with_owner(text, clause_start, start, left)
    if candidate.kind == "percent":
        source = SET_ASIDE_FROM_RE.search(text, clause_start, start)
        if source:
            return source["whole"]  # 从合作社养殖总收益中提取 + 8% + 作为风险基金: the share of the whole it is taken from
        left = _taken_from(text, clause_start, start, left)
    if left and candidate.kind == "percent":
        left = _with_share_part(text, clause_start, start, left)
        left = _with_contributor(text, clause_start, start, left)
        left = _with_share_in(text, clause_start, start, left)
    if candidate.kind == "count" and left and EQUIVALENT_RE.search(text, clause_start, start):
        # 面积相当于 + 2.7个标准足球场, 发电量相当于 + 3个三峡电站: so many of a standard thing
        # measure what stands before 相当于, not the thing
        return left
    if candidate.kind == "people":
        attendance = ATTENDANCE_RE.search(text, clause_start, start)
        if attendance:
            return _with_attendees(text, sentence, attendance)
        carrier = _carrier_after(text, clause_start, start, end, clause_end)
        if carrier:
            return carrier
    if candidate.kind in ("count", "people"):
        started = _counted_at_start(text, from_to, start, candidate.unit) if from_to else None
        if started:
            left = started  # 由过去的84个委办局减至目前的53个: the noun counted at the start
        if candidate.unit == "人" and text.startswith(WHOLE_PEOPLE_TAILS, end):
            # 14亿多人口的中国, 13亿人民: 人 and 口 (民) make one word, the population (the people)
            # counted (whose, the evidence says: the words before the figure are too often a verb
            # jieba tags as a place, 惠及, to be joined on); 200万人民警察: a noun goes on after 人民
            if text[end] == PEOPLE_TAIL:
                return text[end - 1] + (right_phrase(text, end, clause_end, counted=True) or PEOPLE_TAIL)
            return WHOLE_PEOPLE[text[end]]
        converted = CONVERTED_RE.match(text, end)
        if converted:
            return converted.group()  # 含16例 + 由无症状感染者转为确诊病例: what they turned from and into
        vote = VOTE_RE.match(text, end) if candidate.unit == BALLOT else None
        if vote:
            return vote.group() + BALLOT  # 以272票 + 赞成、285票 + 反对: the votes for, against or abstaining
        rank = RANK_COUNTED_RE.match(text, end)
        if rank:
            return rank.group()  # 共获得49个前八名: places in a ranking, counted
        bracketed = BRACKETED_CLASSIFIER_RE.match(text, end)
        named_start = bracketed.end() if bracketed else end  # 200万台（套）农业机械
        included = INCLUDED_RE.match(text, named_start)
        if included:
            named_start = included.end()
        size_class = SIZE_CLASS_BEFORE_NOUN_RE.match(text, named_start)
        if size_class:
            named_start = size_class.end()  # 893名 + 60岁以上的 + 老人: the class is the noun's
        second = SECOND_COUNT_RE.match(text, named_start)
        if second:
            named_start = second.end()  # 超3600项 + 约2.4万场次 + 文旅活动: one noun, counted twice
        elif candidate.unit in GROUPS and (inner := INNER_COUNT_RE.match(text, named_start)):
            named_start = inner.end()  # 两组 + 12块 + 芯片, 3批 + 120名 + 医护人员: groups of what the count inside counts
        changed = CHANGE_AFTER_START_RE.match(text, end)
        if changed and text[end] in OPENING_QUOTES and not (from_to or CHANGE_OPENED_RE.search(text, clause_start, start)):
            changed = None  # 以37名 + “十户长”为 + 纽带: a quoted name before 为 or 到 is a change only after a start
        named = None if changed else right_phrase(
            text, named_start, clause(text, sentence, named_start, named_start, LIST_BREAK)[1], counted=True
        )  # 从190条 + “瘦身”到27条: the change after a start names nothing counted
        if named is None and named_start == end and not (candidate.kind == "people" and candidate.unit in BARE_PERSON_UNITS):
            # 30多种 + 、100多架 + 飞机: the list shares the noun (but 1200多人 + 、500多台 + 机械: 人 is a
            # noun of its own, and machines are no people)
            named = _noun_of_next_count(text, sentence, end)
        if named and size_class:
            named = size_class.group() + named
        framed = named in FRAME_NOUNS and not (
            named in COUNTABLE_FRAMES and named_start == end and text.startswith(named, end) and not text.startswith(FRAME_LOCATIVES, end + len(named))
        )
        if framed or named in THRESHOLDS and text.endswith(CROSSING_VERBS, clause_start, start):
            # 在客流量超过5万人次的情况下; 突破1000亿件大关: the level crossed counts nothing (but
            # 设立12个关口 counts checkpoints, and 符合四项 + 条件, a frame right after its classifier,
            # counts conditions)
            named = None
        if named and left and named_start == end and _noun_right_before(text, clause_start, start, left) and _opens_purpose(text, end, clause_end):
            # 投入农机具 + 40多万台 + 确保秋粮…: the things counted stand right before their count,
            # and a clause of what they are for follows it
            named = None
        if named:
            named = _with_shared_head(text, sentence, named_start, named)
        capacity = _bare_measure(left) if named and left and text.startswith("的", end) else None
        if capacity:
            return named + capacity.group()  # 产能一万台的 + 机器人新工厂: the capacity of what follows 的
        if named and candidate.kind == "people":
            named = _with_outcome(text, named_start, named)  # 203名 + 师生 + 受伤
        action = _divided_action(text, clause_start, start, end, clause_end, candidate) or _counted_action(text, end, clause_end, candidate)
        if candidate.unit in EVENT_COUNTS and action and named:
            # 150多场特色民俗活动, 上百场旅游系列活动: events are named by an action or a noun
            # phrase, whichever reads further
            action = max(action, named, key=len)
        if left and _part_of_counted(text, clause_start, start, left, candidate.unit, candidate.kind == "people") and (
            not named or _opens_with_verb(text, named_start, named) or not text.startswith(named, named_start)
        ):
            # 12条高铁线 + 有10条 + 通向西部地区: some of the things counted before, then what they do
            # (335户村民中 + 有200多户 + 陆续搬进了…的牧民定居点: where they moved, a clause before 的)
            return left
        if named and not action and named.startswith(ENGAGING_VERBS) and (did := _what_they_did(text, end, clause_end, candidate)):
            # 293户 + 从事肉牛 + 养殖: the people's verb of taking up an activity, and the activity run on
            # to its own verb (养殖, 种植, 销售), where the noun phrase stopped before it
            named = did if did.startswith(named) else named
        right = action or named or _people_described(text, clause_start, start, candidate) or _what_befell(text, end, candidate)
        if right is None and (held := _event_held(text, clause_start, start, candidate)):
            return held  # 座谈会今年共举行了8次: the event held so many times
        if right is None and candidate.kind == "people":
            right = _after_copula(text, end, clause_end)  # 608口人中447人 + 为 + 贫困人口: who they are
        if not right:
            listed = _list_counted(text, sentence, start, shared_head=left is None and candidate.unit in KIND_COUNTS)
            left = listed or left and with_size_class(text, clause_start, start, left)
        if not right and candidate.kind == "count" and left and _only_where(left):
            # 最聪明的50家企业，中国就有 + 五家 + 上榜: some of the things an earlier count counted,
            # in the same classifier; the place is only where they are
            left = _noun_of_earlier_count(text, sentence, start, candidate.unit) or left
        if left and candidate.kind == "people" and _only_where(left):
            # 美国 + 1200万人 + 将失去失业救济金: where the people are, then what they do
            left = _what_they_did(text, end, clause_end, candidate) or left
        return right or left or _members_counted(text, clause_start, start, candidate) or _what_they_did(
            text, end, clause_end, candidate
        ) or _closed_list(text, sentence, clause_start, start) or _acts_before(text, clause_start, start, candidate) or _unnamed(
            text, clause_start, start, end, clause_end, candidate
        ) or _measure_before_comma(text, sentence, clause_start, start)
    # 比例 + 由30% + 提至50%: after the start of a change comes the change, no noun of the figure
    change_opened = from_to or CHANGE_OPENED_RE.search(text, clause_start, start) is not None
    right = None if change_opened and CHANGE_AFTER_START_RE.match(text, end) else (
        right_phrase(text, end, clause_end, activity=candidate.kind == "time", measured=candidate.kind == "measure")
        or _shared_noun(text, sentence, end)
    )
    if right is None and (target := TARGET_AFTER_RE.match(text, end, clause_end)):
        right = target["target"]  # 实现了6.5%左右的 + 预期发展目标: the figure is the target's
    if right is None and candidate.kind == "percent" and text.startswith("的", end):
        right = _share_of(text, end + 1, clause_end)
    elif right and candidate.kind == "percent" and text.startswith("的", end):
        right = _share_of_agents(text, end, clause_end, right)
    if right in LEVEL_NOUNS and HELD_AT_RE.search(text, clause_start, start):
        right = None  # 失业率…稳定在 + 5%左右 + 的水平: the level a measure is held at is the measure's
    if right in FRAME_NOUNS or right is not None and right.endswith(THRESHOLDS):
        # 在经济增速年均5.5%的情况下: the frame the figure is given in measures nothing; nor does
        # the threshold it crossed (突破4400美元关口, 跨越130万亿元三大台阶)
        right = None
    if left and left.endswith(MEASURE_HEADS):
        project = PROJECT_AFTER_RE.match(text, end, clause_end)
        measure = MEASURE_TAIL_RE.search(left)
        if project and measure:
            return project["name"] + measure.group()  # 总投资10亿元的物流园项目 measures the project's 总投资
    if (
        right and text.startswith("的", end) and candidate.kind == "percent" and _part_before_share(left)
        and text.endswith(left, clause_start, start)
    ):
        # 槟榔产量占全国 + 九成 + 的海南: the share of a part in a whole, and after 的 whose it is
        # (but 用占世界9%的 + 耕地, 耕地养活了占世界近20%的 + 人口, 特征以及 + 占以色列人口20%的 +
        # 阿拉伯裔公民: the part after 的)
        return left
    if right and left and left.endswith(SPEED) and text.startswith(right, end):
        return right + SPEED  # 开行 + 时速160公里 + 动车组列车: a speed before a vehicle or a line, 的 or not
    if right and text.startswith("的", end):
        value = next((word for word in VALUE_WORDS if left and left.endswith(word)), None)
        if value:
            value = TOTAL + value if left.endswith(TOTAL + value) else value  # 总建筑面积
            # 价值280亿美元的美国进口商品, 云南曲靖海拔2300多米的高山: the measure of what follows
            return right + value
        distance = DISTANCE_BEFORE_RE.search(text, clause_start, start)
        if distance:
            return right + distance.group()  # 距离伊朗本土约4000公里的迪戈加西亚基地
        bare = _bare_measure(left) if left and candidate.kind != "percent" else None
        if bare and FUND_HEAD not in right and not right.endswith(RECORDS):
            # 总面积达5万平方米的 + 展馆, 总库容40亿立方米的 + 水库: a measure named alone is of what
            # follows 的 (a fund's size keeps its bare 总规模, as the funds are sized by it; a share
            # before 的 is of the things after it, 占比达30%的企业)
            return right + bare.group()
    if candidate.kind == "measure" and not right and (left is None or _only_where(left)):
        shared = _thing_of_next_count(text, sentence, end)
        if shared:
            return shared  # 山东菏泽 + 48万亩 + 、1200多个品种的 + 各色牡丹: the area is of the peonies
    if (
        right and left and candidate.kind == "percent" and text.startswith("的", end) and text.endswith(left, clause_start, start)
        and SHARE_VERB_BEFORE_RE.search(text, clause_start, start - len(left))
    ):
        return right  # 在占 + 全市面积 + 70%的 + 盐碱地上: a share of a whole after 占 is the part's, named after 的
    if left and candidate.unit in TEMPERATURE_UNITS and WEATHER_RE.fullmatch(left):
        left = None  # 四川成都 + 小雨 + 8℃: the weather is no measure, the temperature the air's
    if left and (left.endswith(MEASURE_HEADS) or not right) and not (right and _named_by_figure_before(text, clause_start, start, left)):
        return left
    if candidate.kind == "time" and right and right.startswith(TIME_SPAN):
        # 用3年时间 + 建成了…平台: the activity the span is used for; 朝夕相处六年 + 时间: the span
        # alone names nothing, what lasted is before it (but 苏州将用 + 3年时间: who spends it is
        # no activity)
        activity = _activity_in_span(text, sentence, start, end, clause_end)
        if activity is None and right == TIME_SPAN:
            used = _time_used(text, sentence[0], start)
            if used is not None and used["verb"] == HAVING:
                # 叙利亚危机爆发至今已经有 + 两年左右的时间: how long since what happened before 有
                since = SINCE_ADVERBS_RE.search(text, clause_start, used.start())
                return _activity_before(text, clause_start, since.start() if since else used.start()) or right
            if used is not None:
                return None
        right = activity or (None if right == TIME_SPAN else right)
    if candidate.kind == "time":
        return right or left or _unnamed(text, clause_start, start, end, clause_end, candidate) or _framed_activity(
            text, sentence, clause_start, start
        ) or (_measure_before_comma(text, sentence, clause_start, start) if change_opened else None)
    return right or left or _unnamed(text, clause_start, start, end, clause_end, candidate) or _measure_before_comma(
        text, sentence, clause_start, start
    ) or _weather_reading(text, clause_start, start, candidate)


# Verbs of losing and words of value right before a sum (损失了, 估价): they name what the sum is.
LOST_OR_VALUED = ("损失", "损失了", "流失", "流失了", "亏损", "亏损了", "估价", "价值", "货值")
# 以 + a time + what it won or broke (夺冠, 的成绩打破…纪录, 率先撞线), or a time run or swum
# (跑出, 游出): the time is a result (成绩).
BY_RESULT = "以"
RESULT = "成绩"
RESULT_AFTER_RE = patterns.compile(
    r"的(?P<named>[^，,；;。！？的]{0,10}成绩)|(?:夺冠|夺得|获得|摘得|摘取|赢得|打破|刷新|改写|追平|创造|创下|位列|名列|排名|率先撞线|撞线|折桂|破)"
)
RACED_RE = patterns.compile(r"(?:跑出|游出|滑出)了?$")


def _weather_reading(text: str, clause_start: int, start: int, candidate: Candidate) -> str | None:
    """广州荔枝湾 阴 10℃, 内蒙古满洲里 晴 -22℃: a temperature right after the weather, as a caption
    gives it, is the air's."""
    if candidate.unit not in TEMPERATURE_UNITS or not WEATHER_BEFORE_RE.search(text, max(clause_start, start - MAX_WEATHER), start):
        return None
    return AIR_TEMPERATURE


# The weather a caption names before its temperature (晴, 阴, 多云转晴, 小雪).
WEATHER = r"(?:晴|阴|多云|阵雨|雷阵雨|小雨|中雨|大雨|暴雨|雨夹雪|小雪|中雪|大雪|暴雪|雾|霾)(?:转\p{Han}{1,3})?"
WEATHER_RE = patterns.compile(WEATHER)
WEATHER_BEFORE_RE = patterns.compile(rf"{WEATHER}\s*$")
MAX_WEATHER = 8
TEMPERATURE_UNITS = frozenset(("℃", "摄氏度"))
AIR_TEMPERATURE = "气温"


def _record_set(text: str, clause_start: int, start: int, end: int, clause_end: int, counted: bool) -> str | None:
    """What a record set is of (超级稻 + 创 + 亩产 + 963.65公斤新纪录, 客流量 + 创下 + 1000万人次的历史纪录):
    the noun before the verb of setting and the measure between it and the figure, not the
    record named after the figure."""
    if not RECORD_AFTER_RE.match(text, end, clause_end) or counted and not text.startswith("的", end):
        return None  # (but 创 + 三项 + 世界纪录: the records are what is counted)
    record = RECORD_SET_RE.search(text, clause_start, start)
    if record is None:
        return None
    owner = left_phrase(text, clause_start, record.start()) or ""
    measure = record["measure"]
    words = tk.tag(text, record.start("measure"), record.end("measure"))
    if any(word.tag.startswith("t") for word in words) and all(word.tag.startswith(("t", "f")) for word in words):
        measure = ""  # 打破了 + 此前 + 108人的纪录, 创下 + 今年以来 + …的新高: when is no measure
    return (owner + measure) or None


# The verb of setting or breaking a record and the measure between it and the figure (创 + 亩产,
# 刷新了 + 单日, 突破了 + 大面积亩产), and what names the record after the figure (新纪录, 的历史纪录,
# 新高): 创汇 and 创收 are measures, and 突破 a word of amount, unless a record follows the figure.
RECORD_SET_RE = patterns.compile(r"(?:创下|创出|创造|刷新|打破|突破|创)了?(?P<measure>[^\P{Han}的了]{0,6}?)$")
RECORD_AFTER_RE = patterns.compile(r"的?\p{Han}{0,4}?(?:纪录|记录|新高|新低)")


def _split_verb_object(text: str, clause_start: int, start: int, end: int, clause_end: int) -> str | None:
    """爬 + 七八个小时 + 的山, 开了 + 三个小时 + 的会: a verb and its object, one word that a duration
    splits, are the activity that lasted it (爬山, 开会)."""
    verb = SPLIT_VERB_BEFORE_RE.search(text, clause_start, start)
    thing = SPLIT_OBJECT_AFTER_RE.match(text, end, clause_end)
    word = verb["verb"] + thing["object"] if verb and thing else None
    if word is None or not tk.known(word):
        return None
    # (the dictionary holds some as nouns, 爬山 and 跑步: their first character is a verb)
    acted = tk.tag_of(word).startswith("v") or tk.known(verb["verb"]) and tk.tag_of(verb["verb"]).startswith("v")
    return word if acted else None


# The verb's character before the duration (爬, 开了), and the object's one character after 的,
# which ends the clause; the two make a verb the dictionary holds (展开 + 努 makes none).
SPLIT_VERB_BEFORE_RE = patterns.compile(r"(?P<verb>\p{Han})了?(?:长达|近|约|整整)?$")
SPLIT_OBJECT_AFTER_RE = patterns.compile(r"的(?P<object>\p{Han})$")


def _measure_before_comma(text: str, sentence: tuple[int, int], clause_start: int, start: int) -> str | None:
    """城区面积 + ，从2006年不足4平方公里, 哈密瓜占比 + ，已经从…提高到…, …占GDP的比重 + ，达到了2%:
    where nothing names a figure, a clause right before it that is only a measure's name (any verb
    in it stands before 的, describing the measure) and gives no figure of its own does (but 又保
    + 成活率 + ，每天可以移栽30亩: a clause with a predicate of its own)."""
    change_opened = text.startswith(CHANGE_OPENERS, clause_start)
    started = change_opened and FROM_TO_RE.search(text, clause_start, start) is not None
    if not started and any(token.tag.startswith(NOUN_TAGS) for token in tk.tag(text, clause_start, start)):
        # 39家水厂被整合成为 + 28家: a noun of the figure's own clause counts it, named or not
        # (but 由 + 高峰时的 + 3000人次: when the change started)
        return None
    previous_start = _figureless_clause_before(text, sentence, clause_start)
    if previous_start is None:
        return None
    tokens = unglued(tk.tag(text, previous_start, clause_start - 1))
    if change_opened:
        # 通关时间 + 大幅缩短 + ，从3天缩短到1天: a change the clause before names, then its ends
        changed = next((token for token in tokens if token.tag == "v" and CHANGE_VERB_RE.fullmatch(token.word)), None)
        phrase = left_phrase(text, previous_start, changed.start) if changed else None
        if changed and changed.word in AMOUNT_WORDS and not (phrase and names_measure(phrase)):
            # 月工资 + 不断 + 上涨, 价格 + 继续 + 上调, 门诊量 + 明显 + 下降: how it changed stands
            # between the measure and the change, which left_phrase passes over with it
            phrase = left_phrase(text, previous_start, changed.end)
        if phrase and names_measure(phrase):
            return phrase
    last_de = max((i for i, token in enumerate(tokens) if token.word == "的"), default=-1)
    if any(token.tag == "v" and not names_measure(token.word) for token in tokens[last_de + 1 :]):
        return None  # (收入 is a measure, though the segmenter tags it a verb)
    possessed = _possessed_measure(text, previous_start, clause_start - 1)
    if possessed:
        return possessed  # 机电产品的 + 出口 + ，在2017年达到了…: the measure's owner goes with it
    phrase = left_phrase(text, previous_start, clause_start - 1)
    return phrase if phrase and names_measure(phrase) and text.endswith(phrase, previous_start, clause_start - 1) else None


def _per_unit(text: str, clause_start: int, start: int, left: str | None) -> str | None:
    """单位GDP的 + 二氧化碳排放: an intensity, per unit of output, is another measure than the total."""
    at = text.rfind(left, clause_start, start) if left else -1
    per_unit = PER_UNIT_RE.search(text, clause_start, at) if at > clause_start else None
    return per_unit.group() + left if per_unit and left else left


# The time a rate of speed is per, written before its figure (每小时120公里, 每秒钟30米).
PER_TIME_RE = patterns.compile(r"每(?:小时|秒钟?|分钟|天|日)$")
# A measure per unit of output, written with 的 before the measure (单位GDP的二氧化碳排放).
PER_UNIT_RE = patterns.compile(r"(?:单位|每万元|万元)(?:GDP|国内生产总值|地区生产总值|工业增加值|产值)的$")
# Tags of nouns and names (a time, t, or a numeral is none).
NOUN_TAGS = ("n", "j", "vn")


def _part_before_share(left: str | None) -> bool:
    """Whether a share's phrase names its part, a noun, before 占 and the whole (槟榔产量 + 占全国)."""
    part = left[: left.find(SHARE_VERB)] if left and SHARE_VERB in left else ""
    tokens = tk.tag(part, 0, len(part)) if part else []
    return bool(tokens) and all(token.tag.startswith(PART_TAGS) or names_measure(token.word) for token in tokens)


# The tags of the words of a share's part (槟榔 + 产量: nouns; 耕地 + 养活 + 了 is a clause).
PART_TAGS = ("n", "j")


def _with_direction(text: str, clause_start: int, start: int, left: str | None, kind: str) -> str | None:
    """中国 + 对 + 美贸易顺差, 欧盟 + 向 + 中国出口商品, 从 + 美国进口商品: a measure of a flow, whose
    phrase stops at the preposition that says where the flow goes or comes from, keeps it and the
    country or body before it (中国对美贸易顺差, not the 美贸易顺差 of the United States; 向中国出口
    商品, not China's exports)."""
    at = text.rfind(left, clause_start, start) if left else -1
    if at <= clause_start or kind == "people" and text[at - 1] == TOWARDS or not _flow_directed(text, clause_start, at, left):
        return left  # (but 对深圳市委市政府 + 2名负责人: people of a body)
    tokens = tk.tag(text, clause_start, at - 1)
    owner = tokens[-1] if tokens and (tokens[-1].tag.startswith(DIRECTION_OWNER_TAGS) or tokens[-1].word in HOME_WORDS) else None
    return text[owner.start if owner else at - 1 : at] + left


def _flow_directed(text: str, clause_start: int, at: int, left: str) -> bool:
    """Whether the phrase at `at` follows a preposition of its own that directs a flow: 对 a
    country or region (_directed_at); 向, 给 or 对 anyone, with more after them (向企业释放电价红利,
    对实体经济发放贷款); 从 or 自 a place, then its verb or a trade flow (从阿富汗撤兵, 从中国进口商品;
    not 从 + 小麦亩产600斤, the start of a change)."""
    preposition = text[at - 1]
    if preposition == TOWARDS and _directed_at(left):
        return True
    if preposition not in FLOW_DIRECTIONS and preposition not in FLOW_ORIGINS:
        return False
    before = tk.tag(text, clause_start, at)
    tokens = tk.tag(left, 0, len(left))
    if not before or before[-1].word != preposition or before[-1].tag != "p" or len(tokens) < 2 or not nominal(tokens[0]):
        return False
    return preposition in FLOW_DIRECTIONS or tokens[0].tag.startswith(DIRECTION_OWNER_TAGS) and (
        tokens[1].tag.startswith("v") or tokens[1].word.startswith(TRADE_FLOWS)
    )


FLOW_DIRECTIONS = SUBJECT_WORDS["direction"]
FLOW_ORIGINS = SUBJECT_WORDS["origin"]


def _directed_at(left: str) -> bool:
    """Whether `left` opens with a country or region after 对, a short form (美, 华, 非, 东盟)
    or a place's name (美国), and goes on to a noun (but 对 + 美国联合航空公司处以…: a penalty
    imposed on a body, and 韩国对 + 比利时: a match)."""
    tokens = tk.tag(left, 0, len(left))
    return (
        (left.startswith(DIRECTIONS) or left.startswith(TARGET_QUOTES) or tokens[0].tag.startswith("ns"))
        and len(tokens) > 1 and (tokens[-1].tag == "vn" or not tokens[-1].tag.startswith("v"))
    )


# Short forms of countries and regions that 对 directs trade or investment at (对美出口, 对华投资,
# 对非投资, 对东盟出口).
DIRECTIONS = tuple(sorted(set(COUNTRY_SHORT) | {"华", "非", "欧", "港", "澳", "台", "东盟", "欧盟", "拉美"}))
DIRECTION_OWNER_TAGS = ("ns", "nt", "j")
# A group of countries named in quotation marks (对“一带一路”沿线国家进出口).
TARGET_QUOTES = ("“", "‘")
HOME_WORDS = frozenset({"我国", "我省", "我市", "我区", "全国", "中央"})


def _before_adverbs(text: str, clause_start: int, position: int) -> int:
    """Where the adverbs that end text[clause_start:position] begin (水位落差 + 突然 + 从)."""
    tokens = tk.tag(text, clause_start, position)
    while tokens and tokens[-1].tag in ADVERB_TAGS:
        position = tokens.pop().start
    return position


ADVERB_TAGS = frozenset({"d", "ad"})


def _with_attendees(text: str, sentence: tuple[int, int], attendance: regex.Match[str]) -> str:
    """应到委员, 实到: the verb of attendance and who attends, named after it or after the verb of
    an earlier count in the sentence (应出席委员2162人，实到 + 2093人: 实到委员)."""
    named = attendance["attendance"]
    if attendance["who"]:
        return named
    earlier = [found["who"] for found in ATTENDING_RE.finditer(text, sentence[0], attendance.start())]
    return named + earlier[-1] if earlier else named


def _with_maturity(text: str, clause_start: int, start: int, left: str | None) -> str | None:
    """5年期以上 + 贷款市场报价利率, 10年期 + 国债收益率: the maturity before a rate is part of its
    name (the five-year rate is another rate than the one-year)."""
    at = text.rfind(left, clause_start, start) if left else -1
    if at < 0 or not left:
        return left
    # the phrase may hold the maturity's end already, where the segmenter glued it (7天 + 期逆回购)
    for term in MATURITY_RE.finditer(text, max(clause_start, at - MAX_MATURITY), at + len(left)):
        listed = MATURITY_LISTED_RE.search(text, max(0, term.start() - MAX_MATURITY), term.start())  # 2年、3年、15年期发行利率
        if term.start() < at <= term.end() and not listed:
            return text[term.start() : at] + left
    return left


# A maturity: a number, a unit of time, 期, and perhaps 以上 or 以下 (1年期, 5年期以上, 3个月期).
MATURITY_RE = patterns.compile(r"(?:[0-9０-９]+|[一二两三四五六七八九十]+)(?:个月|年|天|日)期(?:以上|以下|以内)?")
MAX_MATURITY = 10
# A maturity that ends a list of them shares the rate with the others: none is the rate's alone.
MATURITY_LISTED_RE = patterns.compile(r"(?:年|个月|天|日)期?(?:以上|以下)?[、和及与]$")


def _every_item(text: str, sentence: tuple[int, int], clause_start: int, start: int, measure: str) -> str:
    """A measure said of every item listed before it (多晶硅、硅片、电池、组件产量 + 同比增长均 +
    超过65%): the items and the measure, the first item without what opens its clause (全国,
    前三季度, 实现了)."""
    listed = with_listed_items(text, sentence, clause_start, start, measure)
    listed_start = text.rfind(listed, sentence[0], start)
    first_end = text.find("、", listed_start, listed_start + len(listed))
    if listed == measure or first_end < 0:
        return measure
    first = left_phrase(text, listed_start, first_end)
    if not first or not text.endswith(first, listed_start, first_end):
        return listed
    return first + text[first_end : listed_start + len(listed)]


def _said_of_all(text: str, clause_start: int, start: int, left: str) -> bool:
    """Whether 均 or 都 between a subject and its figure gives the figure to each of its items."""
    at = text.rfind(left, clause_start, start)
    return at >= 0 and ALL_OF_THEM_RE.search(text, at + len(left), start) is not None


# 均 or 都 (every one of them), not the 均 of an average (平均, 人均, 日均).
ALL_OF_THEM_RE = patterns.compile(r"(?<![平人日年月])均|都")


def _noun_right_before(text: str, clause_start: int, start: int, left: str) -> bool:
    """Whether the subject found before a figure ends in a noun right before it (投入 + 农机具 +
    40多万台), not in a verb (北京推出 + 22条)."""
    if not text.endswith(left, clause_start, start):
        return False
    tokens = tk.tag(text, start - len(left), start)
    return bool(tokens) and tokens[-1].tag in COUNTED_NOUN_TAGS


def _opens_purpose(text: str, start: int, clause_end: int) -> bool:
    """Whether the text at `start` opens a clause of what the things counted are for, with a verb
    of purpose (确保 + 秋粮应收尽收, 保障 + 返程, 支援 + 灾区), which no noun it counts begins with."""
    tokens = tk.tag(text, start, min(clause_end, start + MAX_VERB_LOOKAHEAD))
    return (
        len(tokens) > 1 and tokens[0].word in PURPOSE_CLAUSE_VERBS and tokens[0].tag == "v"
        and "的" not in text[start:clause_end]  # 150名 + 参加过主题交流活动的 + 代表: a relative clause
    )


# Characters enough to read the first two words after a figure.
MAX_VERB_LOOKAHEAD = 6
COUNTED_NOUN_TAGS = ("n", "nz", "nt", "j")
PURPOSE_CLAUSE_VERBS = SUBJECT_WORDS["purpose"]


def _counted_at_start(text: str, from_to: regex.Match, start: int, unit: str | None) -> str | None:
    """The noun a change's start counts in the figure's own classifier (由84个委办局 + 减至53个),
    where the end leaves it out."""
    if not unit:
        return None
    for count in COUNT_BEFORE_CLASSIFIER_RE.finditer(text, from_to.start(), start):
        if text.startswith(unit, count.end()):
            change = CHANGE_AFTER_START_RE.search(text, count.end() + len(unit), start)
            if change:
                return right_phrase(text, count.end() + len(unit), change.start(), counted=True)
    return None


# 各 right before a figure: the figure is each one's of what stands before it.
EACH = "各"
# The number of a count, before its classifier.
COUNT_BEFORE_CLASSIFIER_RE = patterns.compile(r"[0-9０-９一二两三四五六七八九十百千万亿]+(?:多|余)?")
# Groups and batches, and a count right after one that counts what they hold (两组 + 12块芯片).
GROUPS = frozenset("组 批".split())
INNER_COUNT_RE = patterns.compile(
    rf"""(?x)
    (?:共计|共|{PRE})?  # 七批 + 近6000名 + 援藏干部, 两批 + 共200名 + 专家: hedged or totalled
    [0-9０-９一二两三四五六七八九十百千万]+(?:多|余)?(?:{alternation(word for word, unit in UNITS.items() if unit.kind in ('count', 'people'))}|块)
    """
)
# A duration given as a term (为期两天, 暂定为期十年的) or as what a task took (历时三年的改造工程):
# 为期 or 历时 right before the figure.
DURATION_FRAME_RE = patterns.compile(r"(?:为期|历时)\s*$")
# A term after a duration and 的: a word ending in 期 (会期, 任期, 过渡期), not 期待, 期间 or 期满.
TERM_AFTER_RE = patterns.compile(r"的(?P<term>\p{Han}{1,3}期)(?![待望盼许间满限末初中])")
# An event named after 为期…的 (up to the clause's end), and an activity alone before 为期.
MAX_EVENT = 24
# An event's ordinal (第21届, 第三次, 第五期) opens its name.
ORDINAL_EVENT_RE = patterns.compile(r"第[0-9０-９一二三四五六七八九十百]+(?:届|次|期|季|轮)")
# 会 (a meeting) glued by the segmenter to the locative after it, where the meeting's name is no
# word of the dictionary (供需对接 + 会上, 项目推介 + 会前).
GLUED_EVENT_ENDS = frozenset("会上 会中 会后 会前".split())
# A day or a month after the event's name, when it opens or closes (峰会 + 3日开幕, 博览会 + 9月1日).
EVENT_DAY_RE = patterns.compile(r"[0-9０-９]{1,2}(?:[日号]|月(?:[0-9０-９]{1,2}[日号])?)")
ACTIVITY_RE = patterns.compile(r"\p{Han}{2,6}")
# Words before which an event's name ends: locatives, prepositions, adverbs, pronouns,
# conjunctions, and times said from the day of writing (链博会 + 今天 + 开幕; but 清明 + 假期).
EVENT_ENDING_TAGS = ("f", "p", "d", "r", "c")
TIME_DEICTICS = frozenset("今天 昨天 明天 今日 昨日 明日 今晚 昨晚 明晚 当晚 今年 去年 明年 目前 当天 近日 日前 此前".split())
# What an event does at the end of its clause (展会 + 开幕), as against verbs that name it (演习).
EVENT_PREDICATES = frozenset("开幕 闭幕 开始 结束 举行 启动 召开 落幕 落下 拉开".split())
# Words after an event's name that open its predicate though jieba reads them otherwise: 全部 (a
# noun to it: 建设工程 + 全部完工), and the causatives (黑河分水 + 让 + 这片绿洲重现生机).
EVENT_PREDICATE_OPENERS = frozenset("全部 让 使".split())
# Heads of tasks that an activity's verb names inside an event's name (香港援建四川地震灾区 + 工作).
TASK_HEADS = ("工作", "工程", "行动", "任务")
# What 人 and the character after a figure name when they make one word (14亿多人口, 13亿人民).
PEOPLE_TAIL = "民"
WHOLE_PEOPLE = {"口": "人口", PEOPLE_TAIL: "人民"}
WHOLE_PEOPLE_TAILS = tuple(WHOLE_PEOPLE)
# A second classifier in brackets after the first (200万台（套）农业机械, 7万套（间）住房).
BRACKETED_CLASSIFIER_RE = patterns.compile(r"[（(]\p{Han}[）)]")
# Some of the things counted, named inside the count (1800多名 + 包括港澳代表在内的 + 各界人士,
# 包括妇女和儿童在内的 + 120多人): those included are no name of the whole.
INCLUDED_RE = patterns.compile(r"包括[^，,；;。！？]{1,20}?在内的")
INCLUDED_BEFORE_RE = patterns.compile(r"包括[^，,；;。！？]{1,20}?在内的$")
INCLUDED_END = "在内"
# A record the figure sets, before its 的 (达到 + 创纪录的, 升至 + 历史新高的, 跌至 + 近十年来最低的).
RECORD_LEVEL_BEFORE_RE = patterns.compile(r"(?:创纪录|创历史新高|历史新高|历史最高|历史最低|(?:近|\p{Han}{1,3})?[0-9０-９一二三四五六七八九十]+年来(?:最高|最低|新高|新低))的$")
# An age, size or magnitude class between a count and its noun (893名60岁以上的老人, 5家100人以下的企业,
# 十多起5级以上的余震), or
# a speed (10列 + 时速350公里的 + 复兴号列车, 20列 + 时速160公里 + 动车组).
SPEED = "时速"
SIZE_CLASS_BEFORE_NOUN_RE = patterns.compile(
    rf"[0-9０-９]+(?:周岁|岁|人|亩|平方米|万元|亿元|级)及?(?:以上|以下)的|(?:设计)?{SPEED}[0-9０-９]+(?:公里|千米)(?:以上)?的?"
)
# A second count of the same things right after the first (超3600项约2.4万场次文旅活动).
# 共 opens a second count of the same things in units of events or items only: 5项 + 共16条 + 具体举措
# counts the measures of the 5 actions listed before it.
SECOND_COUNT_RE = patterns.compile(
    rf"""(?x)
    (?: (?:约|近|超|超过) [0-9０-９][0-9０-９.．]*[万亿]? (?:{alternation(word for word, unit in UNITS.items() if unit.kind == 'count')})
      | 共 [0-9０-９][0-9０-９.．]*[万亿]? (?:场次|场|次|项|个|家|批次|批) )
    (?=\p{{Han}})
    """
)
# Things counted by what they turned from and into (由无症状感染者转为确诊病例, 由轻型转为重型).
CONVERTED_RE = patterns.compile(r"(?:由|从)[^，,；;。！？、由从]{1,12}?(?:转为|转成|转化为|升级为|降为)[^，,；;。！？、]{1,10}")
# Places in a ranking counted (49个前八名, 3个前三名).
RANK_COUNTED_RE = patterns.compile(r"前[0-9０-９一二三四五六七八九十]+(?:名|位|强)")
# Levels a figure is said to cross or reach (突破4400美元关口, 站上3000点大关, 三大台阶).
THRESHOLDS = ("关口", "大关", "台阶", "门槛")
# Verbs of crossing or reaching a level, right before a count of one (突破千列大关).
CROSSING_VERBS = ("突破", "迈过", "跨越", "跨过", "越过", "冲破", "站稳", "站上", "迈上", "跃上", "登上", "重回", "达到", "超过")
# What 在…的 + noun + 下/上 frames a figure in (在经济增速5.5%的情况下, 在…的基础上).
FRAME_NOUNS = frozenset("情况 前提 背景 基础 条件 形势 情形 态势".split())
# Frames that are things counted right after a classifier (符合四项 + 条件, 基于两个 + 前提), unless a
# locative closes them into a frame (在…两个条件下); the others (情况, 情形) are kinds the topic names.
COUNTABLE_FRAMES = frozenset(("条件", "前提"))
FRAME_LOCATIVES = ("下", "上", "中")
# Levels and ranges a measure is held at (稳定在5%左右的水平, 保持在6.7%-6.9%的中高速区间): no
# measure of their own.
LEVEL_NOUNS = frozenset("水平 区间 中高速区间 合理区间 范围 合理范围 高位 低位".split())
HELD_AT_RE = patterns.compile(r"(?:稳定|保持|维持|控制|运行)在$")
# Prospects and trends a figure and 的 describe (是否会跌破6.5%的问题, 跌破6%的风险, 增长10%的良好
# 势头) measure nothing: the measure stands before the figure, and before the verb that holds or
# faces the prospect (出口 + 保持了 + 增长10%以上的势头); counts of risks are no prospects (排查出5项风险).
# So does a growth said as a noun that ends the clause (旅游收入 + 每年呈现 + 70%以上的增长; but
# 10%的增长目标 names a target).
PROSPECT_AFTER_RE = patterns.compile(
    r"的(?:良好|强劲|稳定|明显|较大|较快|快速|高速)?(?:问题|风险|势头|趋势|压力|担忧|(?:增长|增幅|涨幅|降幅|下降|下滑)(?!\p{Han}))"
)
HOLDING_RE = patterns.compile(r"(?:是否会?|面临着?|存在|呈现出?|保持了?|保持着|延续了?|继续|实现了?|出现了?|有)")
# Measures that, before a figure and 的, are of what follows (价值280亿美元的美国进口商品,
# 射程达2000公里的“泥石”弹道导弹, 海拔2300多米的高山, 全长120公里的高速公路, 平均厚度2000米的南极冰盖,
# 主跨1092米的大桥).
VALUE_WORDS = frozenset("价值 货值 射程 航程 海拔 全长 总长 长度 高度 深度 厚度 宽度 直径 跨度 主跨 跨径 落差 坝高 翼展 建筑面积 占地面积 时速 排水量 载重量".split())
# A measure named alone, with no owner (总面积, 年产能, 库容), or by a flow's verb after whoever
# makes the flow (投放总额为2亿元的 + 年货券, 当地 + 发放总额1亿元的 + 消费券): before a figure and
# 的, the measure of what follows.
BARE_MEASURE_RE = patterns.compile(
    rf"(?:^|总?(?:{alternation(MEASURE_VERBS)}))(?:总|年|日|设计|规划)?(?:里程|库容|装机(?:容量)?|产能|{alternation(MEASURE_HEADS)})$"
)
FUND_HEAD = "基金"


def _bare_measure(left: str) -> regex.Match[str] | None:
    """The measure named alone at the end of `left` (BARE_MEASURE_RE), where it starts a word:
    信贷规模 and 资产规模 are no 贷 or 产 named by their verb."""
    bare = BARE_MEASURE_RE.search(left)
    if bare is None or bare.start() == 0 or bare.start() in {token.start for token in tk.tag(left, 0, len(left))}:
        return bare
    return None


# 最高气温超过43℃的 + 纪录: the record is of the measure, not measured by it.
RECORDS = ("纪录", "记录")
# A distance from a place before a figure and 的: the distance of what follows.
DISTANCE_BEFORE_RE = patterns.compile(r"(?:距离|距)[^，,；;。！？的]{1,12}?(?=(?:约|近|超过|超|达|仅)?$)")
# A count of a standard thing that something equals (相当于2.7个标准足球场, 约合3个西湖).
EQUIVALENT_RE = patterns.compile(r"(?:相当于|相当|约合|等于)(?:约|近|超过|超)?$")
# The standard a multiple is of: 是发行金额的6.9倍, 相当于平日的3倍, 达到全国平均水平的2倍.
# The ratio of one measure to another, named by both (研发经费投入与国内生产总值之比, 债务与GDP之比).
RATIO_LINKS = "与和"
RATIO_END = "之比"
RATIO_OF_TWO_RE = patterns.compile(rf"(?P<ratio>[{RATIO_LINKS}][^，,；;。！？{RATIO_LINKS}]{{1,16}}?{RATIO_END})(?:已|将)?(?:达到|达|为|是|约|超过|升至|降至)?$")
# 死亡率为白人 + 2到3倍: the standard without 的 when it is a noun of people or things of the
# same kind (白人, 男性, 全国平均水平); a ratio ends it.
RATIO_STANDARD_RE = patterns.compile(r"(?:是|为|相当于|达到|达)(?:[^，,；;。！？]{1,16}?的|[^\P{Han}的是为达]{1,8})$")
# The two ends of a change: 车程从两个多小时缩短到30分钟 (the end), 货值由2016年的80亿美元 (the
# start, after a time and 的).
CHANGE_VERBS = (
    "增长|增加|提高|提升|上升|下降|减少|降低|缩短|延长|扩大|缩小|跃升|攀升|回落|回升|调整|拓展|扩展|扩充|压缩|压减|精简|缩减|削减|壮大|发展"
    "|上涨|下跌|上调|下调|下滑|增多"
    "|合并|整合|归并"
    "|变|增|减|升|降|涨|跌|提"
)
CHANGE_VERB_RE = patterns.compile(rf"(?:{CHANGE_VERBS})")
# A change said as a quoted word (从190条 + “瘦身” + 到27条).
QUOTED_CHANGE = r"[“‘][^”’，,。]{1,4}[”’]"
# The end may be given a time of its own (由十年前的不到20%提高到去年的80%以上).
# 从 and 由 that open the start of a change, not a word of their own (由于, 从而, 由此, 从事, 从来,
# 从未: 由于 + 会期比往年增加 + 一天 is no change from a start).
FROM = "(?:从|由)(?!于|而|此(?!前)|事|来|衷|未|小|头)"
FROM_TO_RE = patterns.compile(
    rf"{FROM}[^，,；;。！？从由]{{1,30}}?(?:{CHANGE_VERBS}|{QUOTED_CHANGE})(?:(?:为|到|至)了?(?:[^，,；;。！？的]{{1,8}}的)?)?$"
    rf"|{FROM}[^，,；;。！？从由的]{{1,16}}的$"
    # 钢铁产能 + 由峰值时 + 3.2亿吨压减至2亿吨: a start dated by a time word, without 的
    rf"|{FROM}[^\P{{Han}}到至]{{1,6}}?(?:(?<![历用耗])时|时期|之前|以前|初|末|底)$"
)
CHANGE_OPENERS = ("从", "由")
# The start of a change right before its figure, perhaps given per unit (由 + 每本 + 80元调整为60元).
CHANGE_OPENED_RE = patterns.compile(r"[从由](?:每\p{Han}{1,2}?){0,2}$")
# The start of a change, right before its figure or given as an average or as what it first was
# (从40公分, 从平均不到300公里, 由目前平均200多个工作日; 由最初的 is FROM_TO_RE's).
QUALIFIED_START_RE = patterns.compile(
    r"(?:从|由)(?:目前|现在|当前|此前|以前|过去|原来|原先|最初|最早)?(?:平均|人均|年均|日均)?$"
)
# What follows the start of a change (由此前的1.70% + 调整为1.50%): the change, not what is measured.
# Verbs of merging or shrinking, which also end in 成 (合并成, 压缩成); one-character verbs never
# do (降成本 is a policy's name).
MERGING_VERBS = "合并|整合|归并|压缩|压减|精简|缩减|削减"
CHANGE_AFTER_START_RE = patterns.compile(rf"(?:(?:锐|骤|猛|激|剧)?(?:{CHANGE_VERBS})|{QUOTED_CHANGE})(?:为|到|至)|(?:{MERGING_VERBS})成")
# How badly people were harmed, between them and what befell them (乘客 + 不同程度 + 受伤).
DEGREES_OF_HARM = ("不同程度地", "不同程度", "严重", "轻微")
# Where it befell them, after 在, when no locative ends it (在首都及周边地区, 在送医途中).
OUTCOME_PLACES = ("地区", "区域", "一带", "附近", "周边", "期间", "途中")
# What befell the people counted, with where, to the clause's end (滞留在车站, 被困在山区).
OUTCOME_RE = patterns.compile(
    rf"""(?x)
    # where: 在事故中, 在首都及周边地区, 在喀布尔国际机场及周边区域, 在送医途中
    (?:在[^，,；;。！？]{{1,16}}?(?:[中里内上外]|{alternation(OUTCOME_PLACES)}))?
    # 约1300人 + 仍 + 失联, 114人 + 依旧 + 下落不明: an adverb of time before it; 3人 + 未受伤: a
    # negation is part of it
    # (and how it came: 16.58万人 + 如期 + 脱贫, 3人 + 相继 + 死亡, 20万人 + 紧急 + 撤离)
    (?:至今仍|迄今仍|至今|迄今|目前仍|仍然|仍旧|依旧|依然|仍|尚|还|已经|已|将会|将|也|均|都)?
    (?:如期|顺利|相继|陆续|先后|成功|紧急|不幸)?
    # 21名乘客 + 不同程度 + 受伤, 203名师生 + 严重 + 受伤: how badly is passed over, as the adverbs above
    (?P<degree> {alternation(DEGREES_OF_HARM)} )?
    (?P<outcome> (?:未|没有)? (?:{alternation(SUBJECT_WORDS['outcome'])})
      (?:[在于到至][^，,；;。！？、\s的]{{1,8}}(?=[，,；;。！？]|$))?
    # 1200人 + 死于各种火车和铁轨事故, 3万人 + 死于枪支暴力: died of what, to the clause's end
    | 死于[^，,；;。！？、\s]{{1,12}}(?=[，,；;。！？]|$) )
    """
)
# 1670人被授予全国劳动模范称号, 30人遭枪击, 3名记者遭到拘押: what was done to the people counted.
PASSIVE_RE = patterns.compile(r"(?:被|遭到|遭受|遭)[^，,；;。！？、\s]{1,14}")
# Verbs of escaping what would have befallen the people counted (避免了…死亡).
ESCAPING_VERBS = ("避免", "免于", "防止", "躲过", "逃过")
# A cause or an origin between the people counted and what befell them (200多人 + 因暴雨 + 被困,
# 约60人 + 从楼里 + 撤离): passed over to the outcome.
CAUSE_RE = patterns.compile(
    rf"""(?x)
    (?:可能|或)?
    (?:
        # (not where it was escaped: 因该疗法 + 避免了疟疾导致的死亡)
        (?:因为|由于|因|从) (?:(?!{alternation(ESCAPING_VERBS)})[^，,；;。！？、\s]){{1,16}}?
        # 因踩踏、坠机等原因, 因为机场内外发生的枪击和踩踏等事件: causes listed, then their kind
      | (?:因为|由于|因) [^，,；;。！？]{{1,24}}? 等 (?:原因|事件|事故|因素)
      | 因此
    )
    (?=被|{alternation(SUBJECT_WORDS['outcome'])})
    """
)
ACTION_COUNTS = SUBJECT_WORDS["action_count"]
# Prepositions of means before what the people counted did (通过飞机出行, 乘飞机抵达, 经陆路入境),
# and of cause (因枪支暴力失去生命).
MEANS_PREPOSITIONS = frozenset("通过 乘 乘坐 经 经由 借助 依靠".split())
CAUSE_PREPOSITIONS = frozenset("因 因为 由于".split())
AT = "在"
# Prepositions of where from, where to and with whom, before what the people counted did
# (10多人 + 从湖北 + 平安归来, 50余人 + 向灾区 + 捐款, 40多人 + 与警方 + 发生冲突, 200人 + 于当天 + 返回).
# (对, 给 and 为 open what a state or a verb is about: 8人 + 对美国政府 + 感到不满.)
PATH_PREPOSITIONS = frozenset("从 自 向 往 朝 到 于 与 同 跟".split())
# Words after 在 and a path's preposition: where, when, whom (上 and 前 are f, 当天 t; 每人 and
# other pronouns, r, open a clause of their own: 这9人在 + 每人 + 交付了…).
PATH_WORD_TAGS = ("n", "s", "vn", "f", "t")
# How, between where and what: adverbs of manner (连夜), and here adjectives too, since no verbal
# noun follows them (从湖北 + 平安 + 归来).
MANNER_BEFORE_VERB_TAGS = (*MANNER_TAGS, "a")
# Verbs of winning or receiving, words of amount before a figure, that before a noun say what
# the people counted won or received (获得全国五一劳动奖章, 获表彰).
WINNING_VERBS = frozenset("获得 获 荣获 获颁 取得 领取 收到 享受 享有".split())
EVENT_COUNTS = SUBJECT_WORDS["event_count"]
# What a change of a count runs to (增加至800场).
CHANGE_TARGETS = ("至", "到", "为")
MAX_ACTION_WORDS = 3
# A counted action's verb and its object (两次 + 使用F-35实战, 五次 + 荣获全国文明城市荣誉称号).
MAX_ACTION_OBJECT_WORDS = 6
# Scopes that open a noun phrase's object after a verb (荣获 + 全国 + …称号), where before a
# figure they end a subject.
OBJECT_SCOPES = frozenset("全国 全省 全市 全县 全区".split())


# Percentage points: a change of a share or a rate, or of another's growth that something pulled
# (拉动经济增长4.4个百分点).
POINTS = "个百分点"
# A distance to a place: 两百公里外的 + 物流中心.
AWAY_RE = patterns.compile(r"(?:之)?外的")
# A tally of cases reported, named by its verbs alone (新增确诊41831例, 累计死亡接近12.8万例,
# 单日新增确诊超过2万例, 累计治愈3万例), where no noun (病例, 患者) follows them.
REPORTED_RE = patterns.compile(
    r"""(?x)
    (?P<reported> (?:单日|当日|当天|每日|日均)? (?:新增|累计|现有|累计报告|新增报告)? (?:新冠(?:肺炎)?)?
                  (?:确诊|死亡|治愈出院|治愈|出院|康复|痊愈|感染|疑似) )
    (?:人数)? (?:为|达|达到|超|超过|接近|近|逾|突破|升至|增至|增加|升到)? $
    """
)
# Attendance at a session, named by its verb (会议应到190人, 实到委员2100人, 应出席代表2980人,
# 实际到会1450人): the people expected or present are what is counted, not the meeting before the
# verb. A bare 到 needs its 应 or 实 (达到, 来到 are no attendance); 落实到, 供应到 end in 实 and 应.
ATTENDEES = "代表|委员|人员|成员|董事|股东|常委"
ATTENDANCE_RE = patterns.compile(
    rf"""(?x)
    (?P<attendance>
        (?<![落证核确供响相适反答回对效])
        (?: (?:应|实际|实)(?:出席|到会|列席|到) | 出席|到会|列席 )
        (?P<who>{ATTENDEES}|人数)? )
    (?:共|为|有)? $
    """
)
# Who attends, named after an earlier verb of attendance in the sentence (应出席委员2162人，实到
# 2093人: members present).
ATTENDING_RE = patterns.compile(rf"(?:出席|到会|列席|到)(?P<who>{ATTENDEES})")
PULL_RE = patterns.compile(r"(?P<pull>(?:拉动|带动)[^\P{Han}的]{1,12}?(?:增长|增速|上涨|提升))(?:了|达|约)?$")
# 服务业在全国GDP中比重: a part's share in a whole.
SHARE_IN_RE = patterns.compile(r"在[^，,；;。！？在]{1,12}?中(?:所占)?的?(?P<word>比重|占比|比例|份额)$")
# 缺资金的占到了33%, 计划扩大投资的占58.6%, 愿意留下的有200多人, 拥有学位的只有两人: a clause
# before 的 with no noun after it names those a share or a count is of (but 企业的占比 is a share's
# name, and 符合条件的有856家企业 counts the noun after the figure); 其中 and the like open the clause.
HEADLESS_PART_RE = patterns.compile(
    r"""(?x)
    (?:其中|另有|还有|另外|此外|而|但)?
    (?P<part>[^，,；;。！？：:的]{2,16})
    的(?:占(?:到了|到|了|据)?|[只仅就也才共]?(?:有|涉及))$
    """
)
# The characters such a part's verb ends with, right before the figure.
HEADLESS_PART_ENDS = "占到了据有及"


def _counted_before(text: str, sentence: tuple[int, int], clause_start: int) -> str | None:
    """What the first figure of the clause right before this one measures, named before it."""
    if clause_start <= sentence[0]:
        return None
    previous_start, _ = clause(text, sentence, clause_start - 1, clause_start - 1)
    figure = QUANTITY_RE.search(text, previous_start, clause_start - 1)
    return left_phrase(text, previous_start, figure.start()) if figure else None


def _distance_travelled(text: str, clause_start: int, start: int) -> str | None:
    """车队 + 一天 + 行驶 + 500公里, 救援队 + 徒步 + 跋涉 + 40多公里: a distance right after a verb of
    travel is how far the mover went, named by the mover and the verb; adverbs, tallies, spans of
    time and modals between them are passed over (一天, 徒步, 累计, 一口气, 可以一次). With no mover
    in the clause, the verb alone says it (，却可以一次 + 传递 + 几千公里): the sentence's opening is
    too often a source or a time (据韩国军方消息，导弹 + 飞行约3700公里) to stand in for it."""
    tokens = tk.tag(text, clause_start, start)
    while tokens and tokens[-1].tag in ASPECT_TAGS:
        tokens.pop()
    if not tokens or tokens[-1].word not in TRAVEL_VERBS:
        return None
    index = len(tokens) - 2
    while index >= 0 and (tokens[index].tag in BETWEEN_MOVER_AND_TRAVEL or tokens[index].word in TALLY_WORDS or tokens[index].word in MODALS):
        index -= 1
    mover = left_phrase(text, clause_start, tokens[index].end) if index >= 0 and nominal(tokens[index]) else None
    return (mover or "") + tokens[-1].word


DISTANCE_UNITS = frozenset(("公里", "米", "海里", "英里"))
# Verbs of travelling a distance (行驶, 航行, 跋涉), and of going to a place (飞赴, 开赴), which take one too.
TRAVEL_VERBS = SUBJECT_WORDS["travel"] | SUBJECT_WORDS["motion"]
# Adverbs, numbers and spans of time, idioms (一口气), adjectives (连续) and modals (可以, to jieba a
# conjunction) between a mover and its verb of travel.
BETWEEN_MOVER_AND_TRAVEL = frozenset(("d", "ad", "m", "q", "t", "i", "l", "a", "c"))
MODALS = frozenset("可 能 能够 要 将 会 需要".split())
# A countdown that opens its clause, perhaps after a word of now (距离春节 + 还有, 目前距离交付 + 还有,
# 离高考 + 只剩 + 整整): what is left until the day.
COUNTDOWN_RE = patterns.compile(
    r"""(?x) (?:目前|现在|如今|眼下|此时|当前)? (?P<countdown> (?:距离|距|离) [^，,；;。！？]{1,20}? )
    (?:还有|只有|仅有|还剩|只剩|仅剩|尚有|不到|不足|仅) (?:整整|仅仅|短短|最后)? $"""
)
# A named level (警戒水位, 保证水位, 汛限水位, 历史最高水位, 警戒线) after a word of going beyond or
# falling short of it, right before the figure.
BEYOND_A_LEVEL_RE = patterns.compile(
    r"""(?x) (?:持续|连续)? (?:超过|超出|高出|高于|低于|低出|超) [^，,；;。！？\s]{0,8}? (?:水位|警戒线|保证线|警戒) $"""
)
# A share of a plan or a target done (已完成全年计划的, 完成年度任务的; news often drops the 的:
# 完成全年目标任务62.7%): the plan is named whole.
COMPLETED = "完成"
COMPLETED_PLAN_RE = patterns.compile(
    r"""(?x) (?:已经|已|共|累计|均)? 完成了? (?P<plan> (?:全年|年度|年初|今年|本年度|当年)? (?:计划|任务|目标)(?:任务)? ) 的?$"""
)
# 服务业在经济中占到了50.8%: a part's share in a whole said with the verb 占.
SHARE_HELD_IN_RE = patterns.compile(r"在(?P<whole>[^，,；;。！？在]{1,12}?)中(?:所)?占(?:到了|到|了|据)?$")
# 消费对经济增长贡献率达83.2%: a contribution, whose contributor stands before 对.
CONTRIBUTIONS = ("贡献率", "贡献度", "贡献")
TOWARDS = "对"
CONTRIBUTION_RE = patterns.compile(rf"{TOWARDS}[^，,；;。！？{TOWARDS}]{{1,16}}?(?:{alternation(CONTRIBUTIONS)})$")


# The thing whose size is given: the Chinese characters right before the adjective, back to
# the clause start, a particle, a demonstrative or a preposition (新建的厂房高15米, 该楼高100米).
THING_RE = patterns.compile(r"[^\P{Han}的之是为该这那其此在于到有以将把被由从自]{1,8}$")
# A thing's name grown back to its first word stays this short (神舟十六号载人飞船).
MAX_THING = 12
# Tags of a demonstrative or preposition glued to the next character (这头, 那座: u, as tokens tags them).
FUNCTION_PAIR_TAGS = ("u", "r", "p", "c")


def _named_by_figure_before(text: str, clause_start: int, start: int, left: str) -> bool:
    """Whether the phrase before a figure is what another figure right before it names
    (1000亿元 + 交通物流领域再贷款 + 和 + 2000亿元科技创新再贷款): the figure is named after it."""
    if not text.endswith(FIGURE_LINKS, clause_start, start):
        return False  # no link before the figure: no need to look for the one before it
    position = text.rfind(left, clause_start, start)
    return position > clause_start and any(
        NOUN_THEN_LINK_RE.fullmatch(text, match.end(), start) for match, _ in quantities(text, clause_start, position + 1)
    )


# What stands between a figure and the next one linked to it: the first one's noun, then the link.
FIGURE_LINKS = ("以及", "和", "及", "与", "、")
NOUN_THEN_LINK_RE = patterns.compile(rf"\p{{Han}}{{1,20}}?(?:{alternation(FIGURE_LINKS)})")


def _with_contributor(text: str, clause_start: int, start: int, measure: str) -> str:
    """A contribution's rate names what it contributes to after 对 and who contributes before it
    (最终消费支出 + 对经济增长贡献率; ，对全球经济增长的年均贡献率: no contributor in the clause)."""
    towards = _opening_of(text, clause_start, start, measure, CONTRIBUTION_RE) if measure.endswith(CONTRIBUTIONS) else None
    if towards is None:
        return measure  # 服务业对国民经济增长的贡献率: named whole already
    contributor = left_phrase(text, clause_start, towards.start())
    return (contributor or "") + towards.group()


def _with_share_in(text: str, clause_start: int, start: int, share: str) -> str:
    """A share said as the part's in the whole (服务业 + 在全国GDP中 + 比重): the part before 在,
    the whole and the share word, where the subject found names only the end of it."""
    within = _opening_of(text, clause_start, start, share, SHARE_IN_RE)
    if within is None:
        return share  # 民营企业在全国外贸中的比重: the share found names its part already
    part = left_phrase(text, clause_start, within.start())
    return part + within.group() if part else share


def _opening_of(text: str, clause_start: int, start: int, phrase: str, pattern: regex.Pattern[str]) -> regex.Match[str] | None:
    """`pattern` matched where `phrase`, found before `start`, ends, and opening before the
    phrase does: the words that make the phrase a longer one (对 + 经济增长贡献率, 在 + 全国GDP中比重)."""
    at = text.rfind(phrase, clause_start, start)
    found = pattern.search(text, clause_start, at + len(phrase)) if at >= 0 else None
    return found if found is not None and found.start() <= at else None


def _with_share_part(text: str, clause_start: int, start: int, whole: str) -> str:
    """A share after 占 and its whole is the part's share of the whole, the part named before 占:
    化工产业产值占工业总产值近九成, 新能源汽车销量占汽车总销量的45.5%, 旅客占到总客流量的41.4%,
    自然保护地覆盖陆地面积的18% (but 分别占…: the parts are listed elsewhere; with no part in the
    clause, the clause before names it)."""
    at = text.rfind(whole, clause_start, start)
    verb = SHARE_VERB_BEFORE_RE.search(text, clause_start, at) if at > clause_start else None
    if verb is None or SHARE_VERB in whole or text.endswith(RESPECTIVELY, clause_start, verb.start()):
        return whole
    headless = PART_CLAUSE_RE.fullmatch(text, clause_start, verb.start())
    # 所提问题得到解决的 + 占 + 建议总数的75.8%: the part is a relative clause alone (not 贷款支持,
    # the object of its verb)
    part = headless["part"] if headless else left_phrase(text, clause_start, verb.start())
    return part + verb.group() + whole if part else whole


# A part said as a relative clause without its noun before 占 and a whole (得到解决的, 已经脱贫的),
# longer than HEADLESS_PART_RE takes, the clause's opener (其中) left out: the things it
# describes are the part of the whole.
PART_CLAUSE_RE = patterns.compile(r"(?:其中[，,]?)?(?P<part>\p{Han}[^，,；;。！？]{1,30}的)")


# The verb of a share before its whole (占, 占到, 占了; 覆盖: 自然保护地覆盖陆地面积的18%), and the
# whole area it is of, which a subject phrase leaves out (占全国 + 出口额, 覆盖了全县 + 面积).
SHARE_VERB_BEFORE_RE = patterns.compile(r"(?:占(?:到了|到|了|据)?|覆盖了?)(?:全国|全省|全市|全县|全区|全球|世界)?$")


def _passive_span(text: str, clause_start: int, start: int, end: int) -> str | None:
    """该镇被反对派控制了一年半, 矿工被困井下72小时, 他被关押了20年: a span right after a passive
    verb is how long the state lasted, named from 被 to the verb."""
    if HAN_CHAR_RE.match(text, end) and not SPAN_ENDS_RE.match(text, end):
        return None  # 被判处 + 21个月 + 监禁, 被给予45天豁免期: what the span is of follows it
    passive = PASSIVE_SPAN_RE.search(text, max(clause_start, start - MAX_PASSIVE_SPAN), start)
    return passive["state"] if passive and not passive["state"].endswith(CHANGE_TARGETS) else None  # 被压缩到: a change's end


# 被, who did it and the verb, then an aspect or a word of length before the span.
PASSIVE_SPAN_RE = patterns.compile(r"(?P<state>被[^\P{Han}被的是在了]{1,10}?)(?:了|着|长达|达|近|约|超过|已)*$")
SPAN_ENDS_RE = patterns.compile(r"之久|左右|多|以上")
MAX_PASSIVE_SPAN = 14


# Sizes listed after a size, each with its figure, up to the 的 before the thing they all measure.
LISTED_SIZES_RE = patterns.compile(r"(?:[、和及][^、，,。；;的0-9０-９]{1,4}[0-9０-９][0-9０-９.．]*[^、，,。；;的]{0,4})+的")
SIZES_END_RE = patterns.compile(r"[，,。；;！？!?\n]|$")


def _dimension(text: str, clause_start: int, start: int, end: int, clause_end: int) -> str | None:
    """跑道长3600米: the thing named before a size adjective, and the adjective (跑道长), or the
    thing after the figure and 的 (宽逾百米的大街: 大街宽); the adjective alone where nothing is
    named (、宽45米), for find_metrics to give it the owner of the size before."""
    if start <= clause_start or text[start - 1] not in DIMENSIONS:
        return None
    tokens = tk.tag(text, clause_start, start)
    if not tokens or tokens[-1].word not in DIMENSIONS:
        return None  # 增长5米, 延长5公里: the character ends a word of its own
    # 高约9.5米 + 、宽5.3米、重达500公斤的 + 大型传统花灯: further sizes listed before the same 的
    # (the list runs past the clause, which 、 ends)
    listed = LISTED_SIZES_RE.match(text, end)
    if listed:
        after = right_phrase(text, listed.end(), SIZES_END_RE.search(text, listed.end()).start())
    else:
        after = right_phrase(text, end + 1, clause_end) if text.startswith("的", end) else None
    before = THING_RE.search(text, clause_start, start - 1)
    return (after or (_whole_words(text, tokens, before.start(), start - 1) if before else "")) + text[start - 1]


def _whole_words(text: str, tokens: list[tk.Token], start: int, end: int) -> str:
    """text[start:end] made whole words: a name cut by THING_RE's bound grows back to its first
    word (舟十六号载人飞船 -> 神舟十六号载人飞船, 六号货运飞船 -> 天舟六号货运飞船), and a classifier
    left of a demonstrative glued to it goes (这头 + 大象 -> 大象; but 该楼 + 高 keeps 楼)."""
    index = next((i for i, token in enumerate(tokens) if token.end > start), len(tokens))
    if index == len(tokens):
        return text[start:end]
    first = tokens[index]
    if first.start < start:
        if first.tag in FUNCTION_PAIR_TAGS:
            # 这头 + 大象 -> 大象, 其中 + 主桥 -> 主桥 (a scope word, cut by THING_RE's 其); 该楼 + 高 keeps 楼
            dropped = _count_classifier(text[start : first.end]) or first.word in SUBJECT_STOP
            return text[first.end : end] if dropped else text[start:end]
        if end - first.start <= MAX_THING:
            return text[first.start : end]
    elif (number := serial_number(tokens, index)) is not None and number > 0:
        name = tokens[number - 1]  # 天舟 + 六号, 雪龙 + 2 + 号: a craft's name and its number
        if name.tag.startswith("n") and end - name.start <= MAX_THING:
            return text[name.start : end]
    elif index > 0 and tokens[index - 1].tag == "r" and _count_classifier(first.word):
        return text[first.end : end]  # 该 + 艘 + 货轮
    return text[start:end]


def _count_classifier(word: str) -> bool:
    return word in UNITS and UNITS[word].kind == "count"


def _dimension_after(text: str, end: int, clause_end: int) -> str | None:
    """500毫米口径 + 激光通信地面站, 15米直径的 + 盾构机: a dimension named after the figure is
    the dimension of the thing after it (激光通信地面站口径)."""
    dimension = DIMENSION_AFTER_RE.match(text, end, clause_end)
    if dimension is None or text.startswith(tuple(TIME_CLAUSE_ENDS), dimension.end()):
        return None  # 下降至8公里高度 + 时: the height reached, the clause a time
    thing = right_phrase(text, dimension.end(), clause_end)
    return thing + (dimension["noun"] or DIMENSION_OF[dimension["adjective"]]) if thing else None


# Nouns of a dimension (where DIMENSIONS are its adjectives: 长, 宽, 高).
DIMENSION_NOUNS = ("直径", "半径", "长度", "宽度", "高度", "深度", "厚度")
# The noun of each dimension's adjective (大 says how big: 三十多公分大的偷排管, its size; 重 how
# heavy: 17斤重的铁腿, its weight; 粗 how thick around: 3毫米粗的导引绳, its girth).
DIMENSION_OF = {"长": "长度", "宽": "宽度", "高": "高度", "深": "深度", "厚": "厚度", "粗": "粗细", "大": "大小", "重": "重量"}
# A dimension's noun right after its figure, before what it measures; or its adjective and 的
# (这条160多公里长的 + 高速: the expressway's length).
DIMENSION_AFTER_RE = patterns.compile(
    rf"(?P<noun>{alternation(('口径', '跨度', *DIMENSION_NOUNS))})的?|(?P<adjective>{alternation(DIMENSION_OF)})的"
)


def dimension_owner(subject: str) -> str:
    """跑道 of 跑道长 (and of 跑道全长, 内部直径), when a further size of the same thing follows."""
    return DIMENSION_TAIL_RE.sub("", subject)


DIMENSION_TAIL_RE = patterns.compile(rf"(?:[全总]?(?:{alternation(DIMENSIONS)})|{alternation(DIMENSION_NOUNS)})$")


# 建交30多年来, 开通运营10年来: the time since what the verb before it names.
SINCE_RE = patterns.compile(r"(?:以)?来")
# 飞行6.5小时后: the time after which something happened.
AFTER_A_TIME_RE = patterns.compile(r"[以之]?后")
MAX_ACTIVITY_WORDS = 3


# 项目从决策到开工仅需2个月: the time from one step to another (从那时至今 is a time since).
STEPS_RE = patterns.compile(
    r"""(?x)
    (?P<steps> (?:从|由) [^\P{Han}的]{1,8}? (?:到|至) (?!今) [^\P{Han}的]{1,8}? )
    (?:仅|只|平均|最快|最短|一般)? (?:需要|需|用时|耗时|历时|用了|仅用|只用)? $
    """
)
# 清明节假期3天, 国庆长假7天: the length of a holiday.
HOLIDAY_WORDS = "小长假|长假|假期|黄金周"
HOLIDAY_RE = patterns.compile(rf"(?P<holiday>\p{{Han}}{{0,6}}?(?:{HOLIDAY_WORDS}))(?:共|为|达)?$")
HOLIDAY_AFTER_RE = patterns.compile(rf"的?(?P<words>{HOLIDAY_WORDS})")
# The festivals whose holidays are named by them before their length (端午三天假期, 国庆8天长假).
FESTIVAL_BEFORE_RE = patterns.compile(
    rf"(?:{alternation(('春节', '端午', '端午节', '国庆', '中秋', '清明', '五一', '十一', '元旦', '中秋国庆', '暑期', '寒假', '暑假'))})$"
)
# 已持续45天, 将持续5天, 持续了4天: how long what comes before lasts.
LASTING_RE = patterns.compile(r"(?:已经|已|将|仍|还)?(?:持续|延续)了?$")
# 连续20多年是越南第一大贸易伙伴: a state that lasted, said after the duration.
STATE_AFTER_RE = patterns.compile(r"(?:是|为|成为|保持|位居|稳居|居|位列|蝉联|排名)[^，,；;。！？0-9０-９]{1,16}(?![0-9０-９])")
MAX_STATE = 20
STREAK = "连续"


def streak_activity(text: str, sentence: tuple[int, int], start: int, end: int) -> str | None:
    """What a streak that nothing else names kept doing, after it (总书记…，连续13年参加首都义务
    植树活动): the verb phrase up to the clause's end."""
    if not text.endswith(STREAK, sentence[0], start):
        return None
    _, clause_end = clause(text, sentence, start, end)
    activity = text[end:clause_end].strip()
    tokens = tk.tag(text, end, clause_end)
    if not tokens or not tokens[0].tag.startswith("v") or not 1 < len(activity) <= MAX_STATE:
        return None
    return activity


def _streak_of_topic(text: str, sentence: tuple[int, int], clause_start: int, start: int, end: int, clause_end: int) -> str | None:
    """A streak that opens its clause after one that only names a measure is that measure's, and
    how it went (工业利润，连续两个月 + 快速增长: 工业利润快速增长)."""
    if start - len(STREAK) != clause_start or not text.endswith(STREAK, clause_start, start):
        return None
    predicate = _streak_predicate(text, end, clause_end)
    topic = clause_topic(text, sentence, start) if predicate else None
    return topic + predicate if topic else None


def _what_lasted(text: str, clause_start: int, start: int, end: int, clause_end: int) -> str | None:
    """What a duration measures when the clause says it around the figure: the activity
    before 来 (建交30多年来), the steps it took (从决策到开工仅需2个月), a holiday (春节假期8天)
    or a state held (连续20多年是越南第一大贸易伙伴)."""
    if SINCE_RE.match(text, end):
        return _activity_before(text, clause_start, start)
    if AFTER_A_TIME_RE.match(text, end):
        # 飞行6.5小时 + 后, 连续抢修5小时 + 后: how long what was done before it went on
        return left_phrase(text, clause_start, start) or _activity_before(text, clause_start, start)
    steps = None if FROM_TO_RE.search(text, clause_start, start) else STEPS_RE.search(text, clause_start, start)
    if steps:
        owner = left_phrase(text, clause_start, steps.start())
        return (owner or "") + steps["steps"]
    holiday = HOLIDAY_RE.search(text, clause_start, start)
    if holiday:
        return holiday["holiday"]
    holiday_after = HOLIDAY_AFTER_RE.match(text, end, clause_end)
    if holiday_after:
        # 端午 + 三天 + 假期, 国庆 + 8天 + 长假: the holiday around its length
        festival = FESTIVAL_BEFORE_RE.search(text, clause_start, start)
        return (festival.group() if festival else "") + holiday_after["words"]
    lasting = LASTING_RE.search(text, clause_start, start)
    if lasting and not text.startswith("的", end):
        # 罢工 + 已持续 + 三周, “停摆” + 已持续 + 45天: what lasted, a noun or an activity (but 持续12天的
        # + 战争: the noun after 的)
        return (
            left_phrase(text, clause_start, lasting.start())
            or _activity_before(text, clause_start, lasting.start())
            or _quoted_before(text, clause_start, lasting.start())
        )
    if not text.endswith(STREAK, clause_start, start) or start - len(STREAK) <= clause_start:
        return None  # ，连续4个月保持收窄: the clause before names what held, the sentence's measure
    state = STATE_AFTER_RE.match(text, end, clause_end)
    owner = left_phrase(text, clause_start, start - len(STREAK))  # none for 我国, 该市
    # 日本核心CPI同比涨幅 + 已连续 + 超过2%: an owner's streak above a level holds that level
    level = None if state or not owner else STREAK_LEVEL_RE.match(text, end, clause_end)
    held = state.group() if state else level.group() if level else _streak_predicate(text, end, clause_end)
    if held is None:
        return None
    if not owner:
        return held[-MAX_STATE:]
    # 出口 + 已连续 + 实现正增长: the owner, the streak's words and what it kept doing
    lead = text[text.rindex(owner, clause_start, start) : start]
    if len(lead) - len(STREAK) <= len(owner) + len("已经") and len(lead + held) <= MAX_STATE:
        return lead + held
    # More between the owner and 连续 than 已经, or too long: a state is the owner's all the same,
    # its end kept (…累计增速 + 保持正增长); what else it kept doing leaves the owner alone.
    return (owner + held)[-MAX_STATE:] if state else None


# A level a streak held, after its owner (连续10个月 + 超过2%, 连续5年 + 稳定在1.3万亿斤以上), to the
# clause's end.
LEVEL_VERBS = "超过|高于|低于|稳定在|保持在|维持在|不低于"
LEVEL_RUN = r"[^，,；;。！？的]{1,12}"
STREAK_LEVEL_RE = patterns.compile(rf"(?:{LEVEL_VERBS}|突破|在){LEVEL_RUN}$")


def _journey(text: str, end: int, clause_end: int, candidate: Candidate) -> str | None:
    """1个多小时就能进入上海市中心, 30分钟即可到达机场: a journey's time, named by where it goes."""
    journey = JOURNEY_RE.match(text, end, clause_end) if candidate.kind == "time" else None
    return journey["journey"] if journey else None


# After a time, the arrival it takes (就能到达…, 即可抵达…, 可直达…) and where, to the clause's end.
JOURNEY_RE = patterns.compile(
    r"(?:左右|多)?(?:就|即|便|可)?(?:可以|能够|能|可)?"
    r"(?P<journey>(?:到达|抵达|进入|直达|通达|往返|到(?!达))[^，,；;。！？!?的0-9０-９]{1,12})$"
)


def _effort_after_agent(text: str, clause_start: int, start: int, end: int, clause_end: int) -> str | None:
    """经过交通部门 + 两天 + 艰苦奋战, 经过医护人员 + 20多天的 + 精心治疗: after 经过 and who made
    the effort, the time, then the effort itself to the clause's end (adverbs and adjectives of
    how, a noun jieba tags them, and its verb), which is what the time measures."""
    if THROUGH_AGENT_RE.search(text, clause_start, start) is None:
        return None
    opening = end + text.startswith("的", end)
    effort = text[opening:clause_end].strip()
    tokens = tk.tag(text, opening, clause_end)
    if not tokens or len(effort) > MAX_EFFORT or not tokens[-1].tag.startswith(("v", "vn")):
        return None
    return effort if all(token.tag.startswith(EFFORT_TAGS) for token in tokens) else None


# 经过 (了), then who made the effort, right before its time (经过交通部门 + 两天).
THROUGH_AGENT_RE = patterns.compile(r"经过了?[^，,；;。！？的\d]{1,12}$")
EFFORT_TAGS = ("a", "ad", "d", "v", "vn", "n")
MAX_EFFORT = 8


def _task_opening(text: str, clause_start: int, end: int) -> str | None:
    """A task said as a verb and its object at the clause's opening, before the verb of taking
    (完成这项工程 + 需要三年, 读取黑匣子的全部数据 + 预计需要…), which a noun phrase would cut to its
    noun (工程)."""
    tokens = tk.tag(text, clause_start, end)
    if len(tokens) < 2 or not tokens[0].tag.startswith("v") or not nominal(tokens[-1]):
        return None
    phrase = text[tokens[0].start : tokens[-1].end]
    return phrase if len(phrase) <= MAX_TASK_OPENING else None


MAX_TASK_OPENING = 16


def _task_taken(text: str, clause_start: int, start: int, end: int, clause_end: int) -> str | None:
    """The task a duration of taking measures (仅用10天就完成了所有试验, 老厂房 + 历时两年 + 改造), or
    that must be done within it (要在5分钟内 + 进入减压舱, 两天内 + 完成): what did it, before the verb of taking,
    and the verb phrase after the duration to the clause's end; what did it alone where no task
    follows (全线铺轨 + 仅用时98天, 拆除工程 + 预计需要三到五天)."""
    taking = TAKING_RE.search(text, clause_start, start)
    if taking is None and not DONE_WITHIN_RE.match(text, end, clause_end):
        return None
    if taking is not None and taking["within"] and not WITHIN_RE.match(text, end, clause_end):
        return None
    before_taking = taking.start() if taking else start
    owner = (taking and _task_opening(text, clause_start, before_taking)) or left_phrase(text, clause_start, before_taking) or ""
    lead = TASK_LEAD_RE.match(text, end, clause_end)
    if (
        taking is not None and lead.end() == clause_end and text.startswith(CLAUSE_COMMAS, clause_end)
        and (not owner or TIME_WORD in lead.group() and not taking.group().endswith(LASTING_VERBS))
    ):
        # 用两年左右时间 + ， + 健全…社会救助体系, 中央军委计划用3年左右时间 + ， + 分步骤停止…: the
        # task in a clause of its own, after the time one spends on it or after a clause of the
        # time alone (but 专项整治督导 + 历时一年时间: the activity lasted; 进入汶川 + 仅用20个小时：
        # the task came before)
        task = _task_in_clause(text, TASK_LEAD_RE.match(text, clause_end + 1).end())
        return owner + task if task else owner or None
    tokens = tk.tag(text, lead.end(), clause_end)
    if not tokens:
        return owner or None
    verb = next((token for token in tokens if not token.tag.startswith(("d", "a"))), None)
    if verb is tokens[0] and _leads_task(tokens):
        verb = tokens[1]  # 全部 + 关停现有燃煤电厂: an adverb the segmenter tags a noun
    if any(token.word in VERB_NEGATIONS for token in tokens[: tokens.index(verb) if verb else len(tokens)]):
        return None  # 历时八个月 + 仍未尘埃落定: what has not happened within the time is no task done in it
    task = text[tokens[0].start : clause_end].strip()
    # 经过三年的努力: after 的, the effort is named by an adverb or an adjective as well
    named = lead.group().endswith("的") if verb is None else verb.tag.startswith(TASK_TAGS) or verb.word in DISPOSAL
    if not named or len(task) > MAX_TASK or NUMBER_DIGIT_RE.search(task):
        return None  # 用3年时间完成8万多亩…: the task is the other figure's subject
    described = _after_last_de(task)
    if described is not None:
        return described or None  # 仅需三分钟就能完成的 + 手续: what the clause describes
    return owner + task


def _task_in_clause(text: str, start: int) -> str | None:
    """The task a clause that opens at `start` with its verb names (，健全…的 + 社会救助体系: the verb
    and the noun after the last 的), or None where it opens otherwise (，他们…, ，对…进行…)."""
    end = REST_OF_CLAUSE_RE.match(text, start).end()
    tokens = tk.tag(text, start, end)
    # ，基本 + 建成: an adverb or a word of degree may come first; ，健全…体系, ，完善…: an
    # adjective of two characters with an object is a verb (make sound, make complete)
    lead = 1 if len(tokens) > 1 and _degree(tokens[0]) else 0
    verb = tokens[lead] if len(tokens) > lead and (tokens[lead].tag in APART_TASK_TAGS or _causative(tokens[lead])) else None
    if verb is None or len(tokens) > lead + 1 and tokens[lead + 1].tag == "p":
        return None  # ，演出 + 以…为主题: a noun the segmenter tags a verb, then the clause's predicate
    task = text[tokens[0].start : end]
    if NUMBER_DIGIT_RE.search(task):
        return None  # ，架设一座长1350米…的浮桥: the task is the other figure's subject
    described = _after_last_de(task)
    if described is not None:
        task = text[tokens[0].start : verb.end] + described  # 健全 + …的 + 社会救助体系
    return task if len(task) <= MAX_TASK else None


def _after_last_de(task: str) -> str | None:
    """What follows the last 的 of a task that describes a noun, or None where it has none; a 的
    inside a title or a quotation is the work's own (绘制了…画卷《光辉的历程》)."""
    position = len(task)
    while (position := task.rfind("的", 0, position)) >= 0:
        if not any(_within(task, position, opening, closing) for opening, closing in PAIRED_MARKS):
            return task[position + 1 :]
    return None


PAIRED_MARKS = (("《", "》"), ("“", "”"))


def _within(text: str, position: int, opening: str, closing: str) -> bool:
    """Whether `position` lies inside a pair of marks that closes after it."""
    return text.rfind(opening, 0, position) > text.rfind(closing, 0, position) and closing in text[position:]


def _leads_task(tokens: list[tk.Token]) -> bool:
    """Whether an adverb, or a word of degree the segmenter tags a noun, stands before the task's
    verb (全部 + 关停, 基本 + 建成; but 编辑 + 完成的…: a verb the segmenter tags a noun)."""
    return len(tokens) > 1 and _degree(tokens[0]) and tokens[1].tag in APART_TASK_TAGS


def _degree(token: tk.Token) -> bool:
    return token.tag in ADVERB_TAGS or token.word in TASK_LEAD_WORDS


def _causative(token: tk.Token) -> bool:
    return token.tag == "a" and len(token.word) == 2


# Verbs of taking or needing time (用了10天, 耗时五年, 历经6年, 前后历时12年, 预计需要三到五天, 要花
# 40分钟: 花 after a modal, not 鲜花 or 开花); a bare
# 用 only where it is not the end of another verb (使用3年, 采用, 投用, 费用); 总用时 and 总耗时 are
# measures, named as such. 在 before a time limit, with 内 after it (要在5分钟内进入减压舱).
TAKING_RE = patterns.compile(
    r"""(?x)
    (?:预计|至少|大约|约|将|还)? (?:前后|先后|总共|一共|共|仅|只|才|就|最快|最短|平均)?
    (?: (?<!总)(?:用了|用时|耗时|历时|历经|花了|花费了?|(?:要|需要|需|得)花|经过|需要|需|(?<![使采适应作费利运试享启租借占投征录雇聘选引])用)
      | (?P<within>在) )
    $
    """
)
WITHIN_RE = patterns.compile(r"(?:之|以)?内")
# A task done within a span of time (两天内完成, 7天内返回, 24小时内答复): the span is how long it
# takes; within other spans (一周内还有可能发生地震, 14天内没有旅居史, 7天内的核酸检测证明) it is a window.
DONE_WITHIN_RE = patterns.compile(
    r"""(?x)
    (?:以|之)?内 (?:就|便|即|都|必须|要|须|全部|基本|均)*
    (?:完成|办结|建成|解决|返回|送达|交付|到位|答复|回复|拿到|投用|投运|撤离|选出|抵达|修复|办理|落地|竣工|开工|补齐|反馈|处置|清零)
    """
)
# Between the duration and the task: 时间, 内, 的 (历经5年的艰苦奋斗) and the adverbs of speed (就,
# 才, 便, 即, 就能, 即可).
TASK_LEAD_RE = patterns.compile(r"(?:的?时间)?(?:(?:之|以)?内)?的?(?:就能|就可|就|才|便|即可|即|就已|已)?")
# A task is a verb, or an idiom or a set phrase (历经5年的艰苦奋斗).
TASK_TAGS = ("v", "i", "l")
# 把被困群众转移出来, 将货物运抵: a task said with its object first.
DISPOSAL = frozenset("把将")
MAX_TASK = 20
TIME_WORD = "时间"
# Verbs of lasting (历时一年时间): what lasted stands before them, no task after them.
LASTING_VERBS = ("历时", "历经", "耗时")
# The tags of the verb that opens a task in a clause of its own, and the words of degree before
# it that the segmenter tags nouns (，基本 + 建成, 全部 + 关停).
APART_TASK_TAGS = frozenset({"v", "i", "l"})
TASK_LEAD_WORDS = frozenset({"全部", "基本", "初步", "全面", "集中", "重点", "逐步"})


def target_of(text: str, sentence: tuple[int, int], start: int, end: int, subject: str | None) -> str | None:
    """完成 + 减贫1000万人以上的 + 目标, 实现城镇新增就业1100万人的目标: a figure before 的 and a
    target is the target of what the verb of achieving leads to the figure (减贫目标); other
    subjects are kept."""
    if subject not in TARGET_NOUNS or not text.startswith("的", end):
        return subject
    clause_start, _ = clause(text, sentence, start, end)
    lead = TARGET_LEAD_RE.search(text, clause_start, start)
    return lead["what"] + subject if lead else subject


# A goal a figure and 的 describe, named by what is expected of it (6.5%左右的 + 预期发展目标, 6%以上
# 的 + 增长目标), right before the clause's end.
TARGET_AFTER_RE = patterns.compile(r"的(?P<target>\p{Han}{0,6}?(?:目标任务|目标|指标))(?=[，,；;。！？]|$)")
# What a goal is called, and the verbs that reach one before what it is of (完成 + 减贫, 实现了 +
# 城镇新增就业; not a level something is held at: 实现将气温升高控制在 + 1.5℃以下的目标).
TARGET_NOUNS = frozenset(("目标", "任务", "目标任务", "计划", "指标"))
TARGET_LEAD_RE = patterns.compile(r"(?:完成|实现|达到|达成)了?(?P<what>[^，,；;。！？、的了将把在\s]{1,12})$")


def streak_held(text: str, sentence: tuple[int, int], start: int, end: int) -> str | None:
    """What a streak that opens its clause kept to (指数为51.4%，连续十个月 + 保持在51%以上的扩张区间,
    增速，已经连续八个季度 + 保持在6.7%-6.9%): a level or a predicate after it, for the measure the
    clause before gave a figure of."""
    clause_start, clause_end = clause(text, sentence, start, end)
    if not STREAK_OPENING_RE.fullmatch(text, clause_start, start):
        return None
    level = LEVEL_HELD_RE.match(text, end, clause_end)
    return level.group() if level else _streak_predicate(text, end, clause_end)


# A clause that opens with a streak (，连续十个月, ，已经连续八个季度), and a level it held, up to 的.
STREAK_OPENING_RE = patterns.compile(rf"(?:已经|已)?{STREAK}")
LEVEL_HELD_RE = patterns.compile(rf"(?:{LEVEL_VERBS}){LEVEL_RUN}")


def restated(text: str, sentence_start: int, start: int, subject: str) -> tuple[int, str, str] | None:
    """Where a subject that restates a figure already given opens, its demonstrative included,
    its noun and what it says after it (这一 + 数字 + 已连续…超过800例), or None: 这一数字增长到30亿件
    measures what the figure before it measured (but 两组数字 and 交通数据5.7亿条 count numbers,
    and 因此 + 数量 points at nothing)."""
    noun = next((word for word in RESTATING_NOUNS if subject.startswith(word)), None)
    at = text.rfind(noun, sentence_start, start) if noun else -1  # (a streak's subject skips its figure)
    pointing = next((word for word in POINTING_WORDS if text.endswith(word, sentence_start, at)), None) if at >= 0 else None
    if pointing is None or all(token.start != at - len(pointing) for token in tk.tag(text, sentence_start, at)):
        return None
    return at - len(pointing), noun, subject[len(noun) :]


RESTATING_NOUNS = tuple(sorted(SUBJECT_WORDS["restating"], key=lambda word: (-len(word), word)))
POINTING_WORDS = tuple(sorted(SUBJECT_WORDS["demonstrative"], key=lambda word: (-len(word), word)))


def streak_owner(subject: str) -> str:
    """The owner of a streak's subject (出口 of 出口已连续实现正增长), which the next clauses go on
    about (碳排放已连续4年下降，累计降幅达20.4%: the 降幅 is 碳排放's)."""
    return subject[: subject.index(STREAK)].removesuffix("已经").removesuffix("已") if STREAK in subject else subject


def _streak_predicate(text: str, end: int, clause_end: int) -> str | None:
    """What a streak kept doing, a verb phrase to the clause's end (连续6个月 + 实现正增长, 连续两个月
    + 小幅回升), if it holds no figure of its own (稳定在1300亿斤以上 is another metric's)."""
    digits = RATE_DIGITS_RE.match(text, end, clause_end)  # 两位数 + 增长: how fast it grew
    tokens = tk.tag(text, digits.end() if digits else end, clause_end)
    first = 0
    while first < len(tokens) and (tokens[first].tag in ("d", "ad", "vd", "a") or tokens[first].word in ADVERBIALS):
        first += 1  # 小幅 + 回升, 明显 + 回落, 持续 + 下降: how it went
    if first == len(tokens) or tokens[first].tag != "v":
        return None
    predicate = text[end:clause_end].strip()
    if "的" in predicate or NUMBER_DIGIT_RE.search(RATE_DIGITS_RE.sub("", predicate)):
        # 连续丰收的基础上: a phrase, not a predicate; 稳定在6.5亿吨以上: another figure's (but
        # 两位数增长 is how it grew)
        return None
    return predicate if 1 < len(predicate) <= MAX_STATE else None


# How many digits a rate of growth had (两位数增长, 个位数增长): how a streak went.
RATE_DIGITS_RE = patterns.compile(r"[一两二三四五六七八九个]位数")


def _kept_up_since(text: str, clause_start: int, start: int, end: int, clause_end: int) -> str | None:
    """50多年来坚持志愿服务活动, 美在任总统80多年来首访古巴: a span of time since which an activity
    has gone on, or before which it last happened, named by the activity after 来 (but 建交30多年来…
    is the time since the verb before it, and 近5个月来， a window)."""
    since = SINCE_ACTIVITY_RE.match(text, end, clause_end)
    if since is None:
        return None
    before = tk.tag(text, clause_start, start)
    return None if before and before[-1].tag.startswith("v") else since["activity"]


# After a span of time, 来 and the activity kept up or done over it, to the clause's end (no 的:
# 70多天来的辛勤付出 names what came of the span, 曼谷两个月来发生的第三起爆炸 an event).
SINCE_ACTIVITY_RE = patterns.compile(r"(?:以)?来(?P<activity>[^，,；;。！？!?、0-9０-９的]{2,20})$")


def _period_after(text: str, end: int, clause_end: int) -> str | None:
    """A duration before 的 and a word for a term is that term's length (186天的会期, 三年的任期,
    90天的工期)."""
    term = TERM_AFTER_RE.match(text, end, clause_end)
    return term["term"] if term else None


def _timed_event(text: str, end: int, clause_end: int) -> str | None:
    """A duration right before an activity whose own time the clause then gives is the
    activity's length (72小时 + 临时停火 + 到期, 48小时 + 罢工 + 开始后, 5天 + 休战 + 期间): the
    activity, with the words that say what kind it is. It was read as the place before the
    duration (加沙地带) or the kind alone (临时)."""
    following = tk.tag(text, end, clause_end)
    if following and following[0].word.startswith(tuple(PROMPTLY)):
        return None  # 还需要4天 + 才能 + 结束工作: the time it takes to end
    activity = list(takewhile(lambda token: token.tag.startswith(EVENT_WORD_TAGS) and token.word not in EVENT_TIMES, following))
    # when it happens may stand between (停火 + 今天 + 生效)
    after = next((token for token in following[len(activity) :] if token.tag != "t"), None)
    if not activity or len(activity) > MAX_HELD_WORDS or after is None or after.word not in EVENT_TIMES or not activity[-1].tag.startswith("v"):
        return None
    return text[end : activity[-1].end]


# Words of an activity's own time after it: it runs out, ends, takes effect, begins, or is under way.
EVENT_TIMES = frozenset({"到期", "结束", "期满", "届满", "生效", "开始", "期间"})
# Words of the activity named before them: its verb and what kind it is (临时, 全面, 人道主义).
EVENT_WORD_TAGS = ("v", "b", "a", "n")


def _framed_event(text: str, clause_start: int, start: int, end: int, clause_end: int) -> str | None:
    """A duration after 为期 and before 的 lasts for the event after it (为期1个月的专项行动), also
    where it says where the event is held before the 的 (为期3个多月 + 在西藏的 + 学习考察)."""
    held = HELD_AT_BEFORE_DE_RE.match(text, end, clause_end)
    if held is None or DURATION_FRAME_RE.search(text, clause_start, start) is None:
        return None
    return _event(text, held.end(), clause_end)


# 的 after a duration, perhaps after where the event is held (在西藏的).
HELD_AT_BEFORE_DE_RE = patterns.compile(r"(?:在[^，,；;。！？的在]{1,10})?的")


# A span of time given to an activity (用3年时间, 有三天的时间): 时间 names nothing; the activity
# after it does, in its clause or, where the span closes its clause, in the next (用五年时间，就将…).
TIME_SPAN = "时间"
TIME_SPAN_RE = patterns.compile(r"的?时间")
# A verb of using time before the span (用3年时间, 花了15年时间, 有三天的时间): 有 gives a span
# to what follows in its own clause only (有三天的时间组阁; 已经有两年多的时间，但… is since when).
USING_TIME_RE = patterns.compile(r"(?P<verb>用了?|花了?|花费了?|利用|通过|耗时|历时|经过|有)(?:整整|仅仅|仅|只|近|约|大约|至少)?$")
HAVING = "有"
# The adverbs between what happened and 有 before the time since (爆发 + 至今已经 + 有两年).
SINCE_ADVERBS_RE = patterns.compile(r"(?:至今|迄今|已经|已|都)+$")
MAX_USING_GAP = 6
# What opens an activity before its verb (将东戴河新区 + 打造成了…, 把 + …), not an adverb.
SPAN_OPENERS = frozenset("将 把".split())
MAX_SPAN_OBJECT = 4


def _time_used(text: str, floor: int, start: int) -> regex.Match[str] | None:
    """The verb of using time right before a span (用了, 花费了, 历时, 有), no further back than `floor`."""
    return USING_TIME_RE.search(text, max(floor, start - MAX_USING_GAP), start)


def _activity_in_span(text: str, sentence: tuple[int, int], start: int, end: int, clause_end: int) -> str | None:
    """用3年时间在某靶场 + 建成了测量一体化指挥平台, 有三天的时间 + 组阁: the activity a span of
    time is used for: the rest of its clause if short, else its verb and the verb's object."""
    span = TIME_SPAN_RE.match(text, end, clause_end)
    used = _time_used(text, sentence[0], start)
    if span is None or used is None:
        return None  # 已经有两年多的时间: how long since, not a span given to something
    start = span.end()
    if start == clause_end and clause_end < sentence[1] and text[clause_end] in "，," and used["verb"] != HAVING:
        start, clause_end = clause(text, sentence, clause_end + 1, clause_end + 1)
    tokens = tk.tag(text, start, clause_end)
    index = 0
    while index < len(tokens) and tokens[index].tag in ("d", "c") and tokens[index].word not in SPAN_OPENERS:
        index += 1  # 就 + 将东戴河新区打造成了…: the adverbs before the activity
    figure = next((i for i in range(index, len(tokens)) if tokens[i].tag == "m"), len(tokens))
    rest = tokens[index:figure]  # 走访完了全村 + 338户村民: a figure inside is a count of its own
    # 完成 + 造林绿化任务: a verb of amount before a noun is the activity (before a figure it is the figure's)
    verb = next(
        (i for i, token in enumerate(rest) if token.tag == "v" and (token.word not in AMOUNT_WORDS or i + 1 < len(rest) and nominal(rest[i + 1]))),
        None,
    )
    if verb is None or figure < len(tokens) and all(token.tag == "v" or token.tag in ASPECT_TAGS for token in rest):
        return None  # 找到了 + 33个: a verb alone, its object a figure of its own
    if clause_end < len(text) and text[clause_end] == "、":
        return None  # 就在交通闭塞 + 、通讯不畅的…腹地: the clause is cut inside a list
    whole = text[rest[0].start : rest[-1].end]
    if whole[0] in "“‘" and not any(mark in whole for mark in "”’"):
        whole = whole[1:]  # 用三年时间 + “还清陈欠，不生新欠”: a quotation its clause cuts in two
    if len(whole) <= MAX_TASK:
        return whole
    words = [rest[verb]]
    for token in rest[verb + 1 : verb + 2 + MAX_SPAN_OBJECT]:
        if token.tag in ASPECT_TAGS and len(words) == 1 or token.tag.startswith(("n", "v", "j", "b", "l")) and token.word not in SUBJECT_STOP or token.unknown_han:
            words.append(token)
        else:
            break
    return text[words[0].start : words[-1].end]


def _framed_activity(text: str, sentence: tuple[int, int], clause_start: int, start: int) -> str | None:
    """Where nothing else names a duration after 为期: the activity the clause names before it
    (会谈为期两天), or what the sentence opens with (春运自2月2日开始，…，为期40天)."""
    frame = DURATION_FRAME_RE.search(text, clause_start, start)
    if frame is None:
        return None
    before = text[clause_start : frame.start()].strip()
    if ACTIVITY_RE.fullmatch(before):
        return before  # 会谈 + 为期两天: the activity, a verb to jieba
    return (
        left_phrase(text, clause_start, frame.start())
        or _act_of_clause_before(text, sentence, clause_start)
        or first_phrase(text, sentence[0], clause_start)
    )


def _act_of_clause_before(text: str, sentence: tuple[int, int], clause_start: int) -> str | None:
    """关闭与俄罗斯接壤的口岸，为期两周: the last verb of the clause before and its object (not a
    verb alone: 春运自2月2日开始，为期40天 lasts for 春运)."""
    end = clause_start - 1
    if end <= sentence[0]:
        return None
    tokens = tk.tag(text, sentence[0], end)
    verbs = [index for index, token in enumerate(tokens) if token.tag == "v" and len(token.word) > 1 and token.word not in AMOUNT_WORDS]
    if not verbs or verbs[-1] == len(tokens) - 1 or not tokens[-1].tag.startswith(("n", "s")):
        return None  # 由…联合 + 主办，为期五天: a verbal noun is no object
    last = verbs[-1]
    if len(verbs) > 1 and any(token.word == "的" for token in tokens[last + 1 :]):
        last = verbs[-2]  # 关闭 + 与俄罗斯接壤的口岸: 接壤 is the object's
    act = text[tokens[last].start : end]
    return act if len(act) <= MAX_TASK else None


def _event(text: str, start: int, clause_end: int) -> str | None:
    """The event named after 为期…的, whatever its words (春季禁渔期, 联合海军演习, a quoted
    campaign), up to a time, a locative or an adverb (会议 + 期间) or its predicate (展会 +
    开幕, 展会 + 吸引了10万人次); a verb and the noun that ends the clause are one name (临时 +
    停火 + 协议)."""
    tokens = tk.tag(text, start, clause_end)
    quoted = False
    end = start
    ordinal = ORDINAL_EVENT_RE.match(text, start)  # 第21届 + 中国高新技术成果交易会: jieba tags 届 an adverb
    for index, token in enumerate(tokens):
        if ordinal and token.end <= ordinal.end():
            end = token.end
            continue
        if token.word in GLUED_EVENT_ENDS and index:
            end = token.start + 1
            break  # 供需对接 + 会上: the meeting's 会 glued to the locative after it
        listed = _activities_named(tokens, index) if not quoted and index else 0
        if listed:
            end = tokens[listed - 1].end
            break  # 学习考察 + 和佛事活动: activities listed, to the head they share
        if token.word in OPENING_QUOTES or token.word in CLOSING_QUOTES:
            quoted = token.word in OPENING_QUOTES
        elif not quoted and index and (
            # 北约峰会 + 3日 + 开幕: the day it opens, no part of its name (but “3月5日学雷锋”活动)
            EVENT_DAY_RE.match(text, token.start, clause_end)
            or token.tag.startswith(EVENT_ENDING_TAGS) or token.word in TIME_DEICTICS
            or token.word in EVENT_PREDICATES or token.word in EVENT_PREDICATE_OPENERS
            or token.tag == "v" and len(token.word) > 1 and index + 1 < len(tokens)
            and not (index + 2 == len(tokens) and nominal(tokens[index + 1]))
            and tokens[index + 1].word not in GLUED_EVENT_ENDS
            and not _task_named(tokens, index)
        ):
            break  # 会议 + 期间, 链博会 + 今天, 展会 + 吸引了…: the event ends before them
        end = token.end
    event = text[start:end].strip()
    return event if 0 < len(event) <= MAX_EVENT else None


def _activities_named(tokens: list[tk.Token], index: int) -> int:
    """Where verbs and nouns listed with 和 or 与 from tokens[index] end in a head of activities
    (学习 + 考察 + 和 + 佛事 + 活动, 宣传 + 和 + 培训 + 活动): the index after that head, or 0."""
    linked = False
    for position in range(index, len(tokens)):
        token = tokens[position]
        linked = linked or token.word in ACTIVITY_LINKS
        if linked and token.tag.startswith(("v", "n")) and token.word.endswith(ACTIVITY_HEADS):
            return position + 1
        if not (token.tag.startswith(("v", "n")) or token.word in ACTIVITY_LINKS):
            return 0
    return 0


ACTIVITY_LINKS = frozenset("和 与 及".split())
ACTIVITY_HEADS = ("活动", *TASK_HEADS)


def _task_named(tokens: list[tk.Token], verb: int) -> bool:
    """Whether the verb at `verb` and the nouns after it name a task (香港 + 援建 + 四川地震灾区 +
    工作, then 全部完成): nouns up to where the event ends, the last a head of tasks."""
    index = verb + 1
    while index < len(tokens) and nominal(tokens[index]) and tokens[index].word not in EVENT_PREDICATE_OPENERS:
        index += 1
    if index == verb + 1 or not tokens[index - 1].word.endswith(TASK_HEADS):
        return False
    if index == len(tokens):
        return True
    ending = tokens[index]
    return ending.tag.startswith(EVENT_ENDING_TAGS) or ending.word in EVENT_PREDICATE_OPENERS or ending.word in TIME_DEICTICS


def _list_counted(text: str, sentence: tuple[int, int], start: int, shared_head: bool) -> str | None:
    """A count that closes a list counts its items: what the clause says the list is of
    (扣除项目 + 包括 + 子女教育、…、婴幼儿照护 + 七项), or with `shared_head` (kinds counted, and
    nothing else read before them) the head the items share (提升行动、互联互通行动等 + 5项)."""
    clause_start, _ = clause(text, sentence, start, start, CLAUSE_MARKS)
    opener = LIST_OPENER_RE.search(text, clause_start, start)
    listed = text[opener.end() if opener else clause_start : start].removesuffix("等")
    if LIST_MARK not in listed:
        return None
    if opener:
        return left_phrase(text, clause_start, opener.start())
    if not shared_head:
        return None
    items = listed.split(LIST_MARK)
    shared = 0
    while shared < min(map(len, items)) and len({item[len(item) - shared - 1] for item in items}) == 1:
        shared += 1
    return items[-1][-shared:] if shared >= MIN_SHARED_HEAD else None


def _closed_list(text: str, sentence: tuple[int, int], clause_start: int, start: int) -> str | None:
    """政要、学者和企业界代表等 + 50余人 + 就…发表看法, 讲话、批示、贺信等 + 79篇: where nothing after a
    count says what it counts, nor what they did, the items listed before 等 are what is counted."""
    closer = next((word for word in LIST_CLOSERS if text.endswith(word, clause_start, start)), None)
    if closer is None:
        return None
    list_start, _ = clause(text, sentence, start, start, CLAUSE_MARKS)
    listed = left_phrase(text, list_start, start - len(closer), coordinate=True)
    if not listed or LIST_MARK not in listed:
        return listed
    # 栽种 + 白皮松、玉兰、油松: a verb inside the first item alone governs the whole list, and is
    # no item of it (but 代办快递、代缴电话费: every item an action)
    spans, offset = [], text.rfind(listed, list_start, start)
    for item in listed.split(LIST_MARK):
        spans.append((offset, offset + len(item)))
        offset += len(item) + len(LIST_MARK)
    if any(tokens and tokens[0].tag.startswith("v") for tokens in (tk.tag(text, *span) for span in spans[1:])):
        return listed
    first = tk.tag(text, *spans[0])
    verbs = [index for index, token in enumerate(first[:-1]) if token.tag == "v"]  # 救援 (vn) + 官兵 names them
    return text[first[verbs[-1] + 1].start : spans[-1][1]] if verbs else listed


LIST_MARK = "、"
# What closes a list before the count of its items (专家、学者等 + 200多人), longest first.
LIST_CLOSERS = ("等等", "等")
# The marks that end a clause before a list (、 only parts its items).
CLAUSE_MARKS = "，,；;：:"
LIST_OPENER_RE = patterns.compile(r"(?:包括|包含|涵盖|囊括|分为|即)(?=[^包含涵囊分即]*$)")
MIN_SHARED_HEAD = 2
# Classifiers of kinds and items, which a list's shared head names (5项 + 行动, 17类 + 信息).
KIND_COUNTS = frozenset("项 类 条 种".split())


def _share_of(text: str, start: int, clause_end: int) -> str | None:
    """德国铁路公司只有约20%的 + 长途高速列车 + 在运行, 全省超过80%的 + 县 + 开通…: where no noun
    phrase follows a share and 的, it is of the words there all the same, up to what they do
    (长途 and 高速 are adverbs to jieba, 县 a bound morpheme)."""
    tokens = tk.tag(text, start, clause_end)
    last = None
    for index, token in enumerate(tokens):
        if token.tag.startswith(("v", "p", "c", "u", "x", "m")) or token.word in SUBJECT_STOP:
            break
        if token.tag.startswith("d") and last is not None and nominal(tokens[last]):
            break  # 班线 + 已 + 恢复: an adverb after the noun opens what they do
        last = index
    if last is None or not nominal(tokens[last]) and tokens[last].tag not in SHARE_HEAD_TAGS:
        return None
    things = text[tokens[0].start : tokens[last].end]
    return None if things.endswith(RANGE_NOUNS) else things  # 位于55%以上的较高景气区间: a level


def _taken_from(text: str, clause_start: int, start: int, left: str | None) -> str | None:
    """拿出 + 销售额的 + 5%, 公司拿出 + 营业收入的 + 3%: a share set aside is of the whole it is taken
    from, not of the taking nor of who takes it."""
    if not left or not text.endswith("的", clause_start, start):
        return left
    taken = max((left.find(verb) + len(verb) for verb in SETTING_ASIDE if verb in left), default=0)
    return left[taken:] if 0 < taken < len(left) else left


# Verbs of setting a share aside from a whole (拿出销售额的5%, 从收益中提取8%).
SETTING_ASIDE = ("拿出", "提取", "安排", "划出", "抽出", "提留", "列支")
SET_ASIDE_FROM_RE = patterns.compile(rf"从(?P<whole>[^，,；;。！？的从]{{1,16}}?)中(?:{alternation(SETTING_ASIDE)})$")


def _share_of_agents(text: str, end: int, clause_end: int, things: str) -> str:
    """6成的 + 央企 + 效益增幅 + 超过10%, 三成的 + 企业 + 研发投入 + 增长: a share of those who act,
    each with a measure that then changes, is of them, not of the measure (but 30%的 + 企业利润 +
    来自出口: no change, a share of the profits)."""
    tokens = tk.tag(things, 0, len(things))
    agents = next((token for token in tokens[:-1] if token.word.endswith(AGENT_NOUNS + PERSON_ENDINGS + FIRMS_IN_SHORT)), None)
    at = text.find(things, end, clause_end)
    after = tk.tag(text, at + len(things), clause_end) if agents is not None and at >= 0 and is_measure(tokens[-1]) else []
    return things[: agents.end] if after and after[0].word in AMOUNT_WORDS else things


# Firms named in short (央企, 国企, 民企, 外企), which act as 企业 does.
FIRMS_IN_SHORT = ("企",)
# Bound nouns a share may be of (80%的 + 县): jieba's zg.
SHARE_HEAD_TAGS = ("zg", "ng")
RANGE_NOUNS = ("区间", "范围", "水平")


def _activity_before(text: str, clause_start: int, start: int) -> str | None:
    """The verb right before a duration of 来 (建交), with the nouns right before it (中韩建交)
    and a quoted or titled name before those (“中立之友小组”成立, 《民法典》实施)."""
    tokens = tk.tag(text, clause_start, start)
    if not tokens or not _activity_verb(tokens[-1]):
        return None
    first = len(tokens) - 1
    while first > 0 and len(tokens) - first < MAX_ACTIVITY_WORDS and (
        tokens[first - 1].tag.startswith(("v", "n", "j")) and len(tokens[first - 1].word) >= 2
    ):
        first -= 1
    opening = tokens[first].start
    quoted = _quoted_before(text, clause_start, opening)
    if quoted:
        opening -= len(quoted)
    return text[opening : tokens[-1].end]


def _activity_lasting(text: str, clause_start: int, start: int, end: int, clause_end: int) -> str | None:
    """The verb of an activity right before a duration, which it lasted (停火三天, 罢工两天,
    抢修了10个小时), with a verb of extending or pausing before it (延长停火3天, 暂停加征90天);
    after a verb of extending alone, what is extended (临时停火协议 + 再延长 + 一天). Only where the
    duration ends its clause or a verb of purpose follows (停工15天 + 更换设备): before a noun or
    的 it is the noun's (设置24小时巡堤人员, 停运1295天的列车), before 就 or 内 a time taken. 时间
    alone after the duration names nothing (朝夕相处 + 六年 + 时间)."""
    if TIME_SPAN_RE.fullmatch(text, end, clause_end):
        if _time_used(text, clause_start, start):
            return None  # 只用了 + 4年多 + 时间: a span spent, on what the verb does not say
        end = clause_end
    following = tk.tag(text, end, min(clause_end, end + MAX_VERB_LOOKAHEAD))
    if following and (
        not following[0].tag.startswith(("v", "d")) or following[0].word in PROMPTLY or following[0].word in NOT_DONE
    ):
        # (休息两个小时 + 还 + 得上班: an adverb, then what comes next; but 20多年 + 不曾 + 见面:
        # how long something did not happen)
        return None
    tokens = tk.tag(text, clause_start, start)
    if tokens and tokens[-1].word in BARELY:
        tokens = tokens[:-1]  # 登场 + 仅 + 两分钟, 上任 + 才 + 三个月: how short the time since is no part of it
    if tokens and tokens[-1].word == PERFECTIVE:
        tokens = tokens[:-1]
    verb = tokens[-1] if tokens else None
    if verb is None or not _activity_verb(verb) or verb.word in NO_ACTIVITIES or verb.word in LIGHT_VERBS:
        return None
    if verb.word in EXTENDING:
        extended = left_phrase(text, clause_start, verb.start)
        at = text.rfind(extended, clause_start, verb.start) if extended else -1
        before = tk.tag(text, clause_start, at) if at > clause_start else []
        # 每多放10个扣押人员 + 可以延长一天: what a count counts is not what is extended
        return None if extended is None or before and before[-1].tag in ("m", "q") else extended
    first = len(tokens) - 2 if len(tokens) > 1 and tokens[-2].word in EXTENDING else len(tokens) - 1
    return text[tokens[first].start : verb.end]


def _held_activity(text: str, clause_start: int, start: int, end: int, clause_end: int) -> str | None:
    """The activity a verb that names none holds, after the duration (举行 + 3天 + 哀悼, 实施了 +
    12小时 + 搜救), or that is finished or passed (完成 + 168小时 + 示范运行): the noun after the
    duration, or its verbs up to the clause's end (联合 + 演习);
    with nothing after the duration, what stands before the verb, and the verb (展览将举办两个月)."""
    tokens = tk.tag(text, clause_start, start)
    if tokens and tokens[-1].word == PERFECTIVE:
        tokens = tokens[:-1]
    if not tokens or tokens[-1].word not in LIGHT_VERBS | COMPLETING_VERBS:
        return None
    following = tk.tag(text, end, clause_end)
    if not following and tokens[-1].word in COMPLETING_VERBS:
        return None
    if not following:
        # 展览将举办 + 两个月, “云长制”已全面实施 + 一年有余: what is held stands before the verb,
        # and is named with it
        held_before = left_phrase(text, clause_start, tokens[-1].start)
        at = text.rfind(held_before, clause_start, tokens[-1].start) if held_before else -1
        return text[at : tokens[-1].end] if at >= 0 else None
    held = list(takewhile(lambda token: token.tag.startswith(("v", "n")) and token.word not in MAIN_VERBS, following))
    if held and len(held) < len(following) and following[len(held)].word == "的":
        return text[end : held[-1].end]  # 实施 + 14天 + 集中隔离 + 的要求: the activity, not the rule it is in
    if tokens[-1].word in COMPLETING_VERBS:
        # 完成 + 2000小时 + 无故障运行, 通过 + 500小时 + 连续运行测试: how it ran is part of the activity
        held = list(takewhile(lambda token: token.tag.startswith(("v", "n", "a", "b")) and token.word not in MAIN_VERBS, following))
        return text[end : held[-1].end] if held and len(held) <= MAX_HELD_WORDS and held[-1].tag.startswith("v") else None
    activity = right_phrase(text, end, clause_end, activity=True)
    if activity:
        return activity
    return text[end : held[-1].end] if held and len(held) <= MAX_HELD_WORDS else None


PERFECTIVE = "了"
# Adverbs that say how short or how far along a time is (仅, 才, 刚, 已), between an activity and it.
BARELY = frozenset({"仅", "仅仅", "才", "刚", "刚刚", "只", "已", "已经"})
EXTENDING = frozenset({"延长", "继续", "暂停", "恢复"})
# Verbs before a duration that name no activity it lasted: it lasts (持续, handled with what
# lasted), it becomes (变为), it may not exceed (不得), a time is left (还有).
NO_ACTIVITIES = frozenset({"持续", "延续", "变为", "成为", "改为", "不得", "再有", "还有", "共有"})
# Verbs that name no activity of their own but hold one, the noun after the duration (举行 + 3天 +
# 哀悼, 进行 + 5天 + 联合演习, 举办 + 3天 + 展览), or adopt or agree to it (实行 + 72小时 + 停火,
# 同意 + 72小时 + 停火, 达成 + 48小时 + 停火).
LIGHT_VERBS = frozenset({"举行", "进行", "举办", "开展", "组织", "展开", "实施", "实行", "执行", "达成", "同意", "宣布"})
# Verbs of finishing or passing an activity, which it names after the duration (完成 + 168小时 +
# 示范运行, 通过 + 48小时 + 荷载试验).
COMPLETING_VERBS = frozenset({"完成", "通过"})
MAX_HELD_WORDS = 3
# 就 and 才 after a duration make it the time something took (3分钟就能完成).
PROMPTLY = frozenset({"就", "才", "便"})
# Adverbs of what did not happen, after a duration (20多年 + 不曾 + 见面): how long it did not.
NOT_DONE = frozenset("不 不曾 未 未曾 没 没有 从未 从不 尚未".split())


def _activity_verb(token: tk.Token) -> bool:
    """A verb of two characters or more that is no word of amount (建交, 停火; not 达, 增长), or
    an activity of one character or tagged otherwise (走, 睡, 忙碌)."""
    return token.tag.startswith("v") and len(token.word) >= 2 and token.word not in AMOUNT_WORDS or token.word in LASTING_ACTIVITIES


LASTING_ACTIVITIES = SUBJECT_WORDS["lasting_activity"]


def _quoted_before(text: str, clause_start: int, start: int) -> str | None:
    """A quoted or titled name right before `start` (“停摆”已持续45天), with its marks."""
    closing = text[start - 1] if start > clause_start else ""
    opening = text.rfind(NAME_QUOTES[closing], clause_start, start - 1) if closing in NAME_QUOTES else -1
    return text[opening:start] if opening >= 0 and start - opening <= MAX_QUOTED_ACTOR else None


DIVIDED_RE = patterns.compile(rf"被?{DIVIDED_INTO}$")
AMOUNT_WORDS_LONGEST_FIRST = sorted(AMOUNT_WORDS, key=len, reverse=True)
# A verb of handing money over, 给 and who got it, right before the sum (支付给员工工资300万元).
GIVEN_TO_RE = patterns.compile(r"(?:支付|捐赠|捐|发放|转账|转|借|赔偿|奖励|拨付|汇|付|退还|返还)给[^，,；;。！？、的\s]{1,16}$")
# The baseline a change is made on (在去年基础上上涨5%, 在现有水平上提高10%), then the change.
BASELINE_RE = patterns.compile(r"在[^，,；;。！？在]{1,20}?(?:基础|水平|基数)上\p{Han}{0,4}$")
BASELINE_END = "上"
# The opening mark of a quoted or titled name, by its closing mark.
NAME_QUOTES = {"”": "“", "’": "‘", "》": "《", "」": "「", "』": "『"}
MAX_QUOTED_ACTOR = 20


def _carrier_after(text: str, clause_start: int, start: int, end: int, clause_end: int) -> str | None:
    """一艘 + 载有 + 39人 + 的游船: people counted aboard what carries them, named after 的 up to
    its predicate (发生火灾, 失联), with the verb of carrying (游船载有), as 车上共载有 is."""
    carrying = CARRYING_BEFORE_RE.search(text, clause_start, start)
    carrier = right_phrase(text, end + 1, clause_end, counted=True) if carrying and text.startswith("的", end) else None
    if not carrier:
        return None
    quoted = max(carrier.rfind(mark) for mark in CLOSING_QUOTES) + 1
    # (a word the dictionary does not hold, guessed a proper noun, is the predicate too: 客机 + 失联;
    # so is 与 and what follows it: 护卫舰 + 与油轮相撞)
    predicate = next(
        (token.start for token in tk.tag(carrier, quoted, len(carrier)) if token.tag == "v" or token.guessed or token.word in COVERB_LINKS),
        len(carrier),
    )
    return carrier[:predicate] + carrying["verb"] if predicate else None


# A verb of carrying people right before their count (载有39人, 搭载约60人).
CARRYING_BEFORE_RE = patterns.compile(r"(?P<verb>载有|搭载|载着|运载)(?:约|大约|近|超过)?$")
# Words that join what carries people to another thing in the predicate after it (与油轮相撞).
COVERB_LINKS = frozenset({"与", "同", "跟", "和"})


def _acts_before(text: str, clause_start: int, start: int, candidate: Candidate) -> str | None:
    """累计 + 享受报销 + 已经超过了 + 42万人次, 累计 + 受益 + 超过5万人: people counted by what they did,
    verbs alone before the words of amount, where no noun names them."""
    if candidate.kind != "people":
        return None
    tokens = tk.tag(text, clause_start, start)
    amount = False
    while tokens and (tokens[-1].word in AMOUNT_WORDS or tokens[-1].tag in ASPECT_TAGS or tokens[-1].tag == "d"):
        amount = tokens.pop().word in REACHING_WORDS or amount
    if not amount:
        return None  # 造成 + 62户, 讲述了 + 7名: the verb's object is the people, who did nothing
    verbs = list(takewhile(lambda token: token.tag == "v" and len(token.word) > 1 and token.word not in AMOUNT_WORDS, reversed(tokens)))
    if not verbs or len(verbs) > MAX_ACTION_WORDS or len(verbs) < len(tokens) and tokens[-len(verbs) - 1].tag.startswith(("n", "r")):
        return None  # 游客 + 接待: a noun before the verbs names who, as the clause's subject
    return text[verbs[-1].start : verbs[0].end]


# Words of a tally reaching its figure (受益 + 超过 + 5万人, 享受报销 + 已经超过了), after which
# verbs alone name what the people counted did.
REACHING_WORDS = frozenset("超过 超 达到 达 已达 突破 逾 高达".split())


def _members_counted(text: str, clause_start: int, start: int, candidate: Candidate) -> str | None:
    """巡回医疗队547支 + 2800余人, 救援队20支 + 500多人: people counted right after a count of
    groups are the groups' members, named by the groups."""
    groups = GROUPS_COUNTED_RE.search(text, clause_start, start) if candidate.kind == "people" else None
    return left_phrase(text, clause_start, groups.start()) if groups else None


GROUPS_COUNTED_RE = patterns.compile(r"[0-9０-９]+[余多]?(?:支|批|组|个)$")


def _unnamed(text: str, clause_start: int, start: int, end: int, clause_end: int, candidate: Candidate) -> str | None:
    """Where no noun phrase beside a figure names it: what it is said to be, the verb before it
    (投入 + 2亿元 + 用于…), or what it is for."""
    set_aside = FUNDING_BEFORE_RE.search(text, clause_start, start) is not None
    return (
        _after_copula(text, end, clause_end)
        or set_aside and _purpose_after(text, end, clause_end, candidate, acted=True)
        or _verb_before(text, clause_start, start, candidate)
        or _purpose_after(text, end, clause_end, candidate)
        or _journey(text, end, clause_end, candidate)
    )


# Verbs of setting money aside, perhaps with the complement 出 (安排出), which alone say nothing of
# what the sum is: what it is for does
# (拿出1.5亿元，+ 建设农业小微企业孵化园; 安排192亿元 + 支持春耕备耕).
FUNDING_VERBS = ("拿出", "安排", "划拨", "拨付", "下拨", "调拨", "拨出", "筹集", "筹措", "募集", "列支")
FUNDING_BEFORE_RE = patterns.compile(rf"(?:{alternation(FUNDING_VERBS)})出?了?$")


def _purpose_after(text: str, end: int, clause_end: int, candidate: Candidate, acted: bool = False) -> str | None:
    """其中143亿美元 + 用于支持以色列, 300亿元 + 用于农村公路建设: a sum named by nothing else is
    named by what it is for, to the clause's end; with `acted` (a sum set aside), also by the verb
    and object that follow it (安排192亿元 + 支持春耕备耕)."""
    pattern = ACTED_PURPOSE_RE if acted else PURPOSE_RE
    purpose = pattern.match(text, end, clause_end)
    if purpose is None and end == clause_end and text.startswith(CLAUSE_COMMAS, end):
        # 下拨300万元 + ， + 用于支持抗震救灾工作: the sum ends its clause, the next says what it is for
        purpose = pattern.match(text, PURPOSE_LEAD_RE.match(text, end + 1).end())
    if purpose is not None and acted and not PURPOSE_RE.match(purpose.group()):
        tokens = tk.tag(purpose.group(), 0, len(purpose.group()))
        if len(tokens) < 2 or not tokens[0].tag.startswith("v"):
            return None  # 拿出4000万元 + 对…进行补贴: no verb and its object
    if candidate.kind != "money" or purpose is None:
        return None
    phrase = purpose.group().rstrip()
    return phrase if len(phrase) <= MAX_PURPOSE and not NUMBER_DIGIT_RE.search(phrase) else None


PURPOSE_RE = patterns.compile(rf"(?:{alternation(PURPOSE_VERBS)})[^，,；;。！？]+")
ACTED_PURPOSE_RE = patterns.compile(r"[^，,；;。！？]+")
CLAUSE_COMMAS = ("，", ",")
# Adverbs before 用于 in a clause of its own (，专门用于…, ，全部用于…, ，将用于…).
PURPOSE_LEAD_RE = patterns.compile(r"(?:专门|主要|全部|全额|重点|均|将|拟|还|则)?")
MAX_PURPOSE = 20


def _verb_before(text: str, clause_start: int, start: int, candidate: Candidate) -> str | None:
    """免税46.8亿元, 向外海排水超1亿立方米, 共作战1400余次, 逮捕两人, 宣布加息25个基点: where
    nothing names what a sum, a measure, a rate, a count of people or of actions measures, a verb
    that names a flow or an action (MEASURE_VERBS) right before it does."""
    if candidate.kind not in ("money", "measure", "people", "percent") and candidate.unit not in ACTION_COUNTS:
        return None
    tokens = unglued(tk.tag(text, clause_start, start))
    while tokens and not _flow_verb(tokens[-1].word) and (tokens[-1].word in AMOUNT_WORDS or tokens[-1].tag.startswith(("u", "d"))):
        tokens.pop()  # 了, 已, 达 (已达, which the segmenter glues)
    if len(tokens) > 1 and tokens[-1].word in RESULT_COMPLEMENTS and tokens[-2].word in MEASURE_VERBS:
        tokens.pop()  # 赚 + 到 + 了5万元
    if (
        candidate.kind == "people" and len(tokens) > 1 and tokens[-2].word in JOINING_VERBS and tokens[-1].tag in ("v", "vn", "n")
        and (not _flow_verb(tokens[-1].word) or tokens[-1].word in CARE_VERBS)
    ):
        return text[tokens[-2].start : tokens[-1].end]  # 参与讨论579万人次: those who took part (参与救出13人: those saved)
    # 遇难10人, 受伤12人, 生还26人: what befell the people counted names them as a verb of flow would
    if tokens and (_flow_verb(tokens[-1].word) or candidate.kind == "people" and tokens[-1].word in OUTCOMES):
        # 快于全部投资7.3个百分点: a verb inside the standard of a comparison measures nothing
        compared = any(token.word in COMPARE_WORDS for token in tokens[-1 - MAX_STANDARD_WORDS : -1])
        return None if compared else tokens[-1].word
    if candidate.unit not in ACTION_COUNTS or not tokens or tokens[-1].word.endswith(ASPECT_MARKS):
        return None  # 他只回去看过三次: a person's experience, told
    # 完成 + 出车转运 + 220多次, 巡逻执勤500余次: the verbs right before a count of actions name
    # the action, past a verb of doing that opens them
    first = len(tokens)
    while first > 0 and len(tokens) - first < MAX_ACTION_VERBS and tokens[first - 1].tag in ("v", "vn") and len(tokens[first - 1].word) > 1:
        first -= 1
    while first < len(tokens) - 1 and tokens[first].word in DOING_VERBS:
        first += 1
    if first == len(tokens) - 1 and first > 0 and tokens[first - 1].word in PASSIVE_OPENINGS:
        return tokens[first].word  # 被 + 转发 + 8000多次, 被 + 点击 + 200万次: what was done to it, so many times
    return text[tokens[first].start : tokens[-1].end] if first < len(tokens) - 1 else None


def _event_held(text: str, clause_start: int, start: int, candidate: Candidate) -> str | None:
    """座谈会今年共举行了8次, “双周协商座谈会”已举行六场, 谈判进行了三轮: a count of times or
    sessions after a verb of holding counts the event named before the verb."""
    if candidate.unit not in ACTION_COUNTS:
        return None
    tokens = unglued(tk.tag(text, clause_start, start))
    while tokens and (tokens[-1].word in AMOUNT_WORDS or tokens[-1].tag.startswith(("u", "d"))):
        tokens.pop()  # 了, 已, 共
    if not tokens or tokens[-1].word not in HELD_VERBS:
        return None
    verb = len(tokens) - 1
    while verb > 0 and tokens[verb - 1].tag in ("d", "r", "t"):
        verb -= 1  # 每年 + 举行, 今年 + 共 + 举行
    quoted = _quoted_before(text, clause_start, tokens[verb].start)
    if quoted:
        return quoted  # 《全球疫情会诊室》 + 已经举办 + 17场
    phrase = left_phrase(text, clause_start, tokens[verb].start)
    if not phrase or phrase in TIME_MEASURES or verb > 0 and tokens[verb - 1].tag in HOLDER_TAGS:
        return None  # 上海 + 每周举行 + 一两次这样的路演: who holds it, not the event
    return phrase


# Verbs of holding an event (举行, 召开, 进行), after whose name a count of times counts it; the
# tags of places, people and bodies, which before such a verb hold the event.
HELD_VERBS = frozenset("举行 召开 举办 开展 进行 上演 组织".split())
HOLDER_TAGS = frozenset(("ns", "nr", "nt"))
# Words between a comparison's opening word and the verb that ends its standard (快于 + 全部 + 投资).
MAX_STANDARD_WORDS = 2
# Verbs of doing that open the action a count counts (完成出车转运, 开展联合巡查, 组织应急演练).
DOING_VERBS = frozenset("完成 开展 进行 实施 组织 累计 共计 执行".split())
MAX_ACTION_VERBS = 3
ASPECT_MARKS = ("过", "了", "着")
# Complements of result after a verb of flow, which jieba's HMM may join to it in a word it then
# tags as a particle or a name (筹到 u, 筹得 nz), or that a verb of rescue takes (解救 + 出 + 5人).
RESULT_COMPLEMENTS = ("到", "得", "出")


def _flow_verb(word: str) -> bool:
    return (
        word in MEASURE_VERBS or len(word) > 1 and word.endswith(RESULT_COMPLEMENTS) and word[:-1] in MEASURE_VERBS
        or len(word) == 2 and word[0] in CUT_OR_RAISE and word[1] not in CHANGE_COMPLEMENTS
    )


# A verb of change and its object in one word names what changes (减排55%, 降耗8%, 节能15%,
# 提速20%, 扩招10%); a verb of change and its complement (降低, 增长, 减少, 扩大, 增至, 减轻) does
# not, nor do two verbs (提取, 提供, 提交).
CUT_OR_RAISE = frozenset("减降增节提扩缩")
CHANGE_COMPLEMENTS = frozenset("长加多大强高至低为少小缓弱升短减到幅值量轻取供出交前")


def _after_copula(text: str, end: int, clause_end: int) -> str | None:
    """9800万元中，7800万元为国债资金: what a figure is said to be, where nothing else names it."""
    copula = COPULA_RE.match(text, end)
    return right_phrase(text, copula.end(), clause_end) if copula else None


# 均 before 为 says it of each (其余36个 + 均为 + 改造场馆); 都是 tells more often of a share's
# parts (九成以上 + 都是 + 砖木结构) or a clause (17个 + 都是 + 去年投产的).
COPULA_RE = patterns.compile(r"(?:(?:均|皆)?为|是|属于)")


def _with_shared_head(text: str, sentence: tuple[int, int], start: int, named: str) -> str:
    """3.5万余家基础级、230余家卓越级智能工厂, 12家国家级、35家省级企业技术中心: a level alone
    after a count shares the noun the next item of the list ends in."""
    if _level_end(named) != len(named) or not text.startswith(named, start):
        return named
    link = LIST_LINK_RE.match(text, start + len(named))
    following = QUANTITY_RE.match(text, link.end()) if link else None
    if following is None or parse_quantity(following) is None:
        return named
    other = right_phrase(text, following.end(), clause(text, sentence, following.end(), following.end(), LIST_BREAK)[1])
    level_end = _level_end(other) if other else None
    return named + other[level_end:] if other and level_end and level_end < len(other) else named


def _level_end(phrase: str) -> int | None:
    """Where the level a phrase opens with ends: a word jieba tags b (国家级, 省级), a word in 级
    or 属 (市级, 省属), or a word and 级 (基础 + 级, 卓越 + 级)."""
    tokens = tk.tag(phrase, 0, len(phrase))
    if tokens and (tokens[0].tag in LEVEL_TAGS or len(tokens[0].word) > 1 and tokens[0].word.endswith(LEVEL_SUFFIXES)):
        return tokens[0].end
    if len(tokens) > 1 and tokens[1].word in LEVEL_SUFFIXES:
        return tokens[1].end
    return None


# The tag of a level or kind that a noun shares in a list (国家级, 省级: b), and the characters
# that make a word a level or an owner (市级, 基础 + 级; 部属, 省属).
LEVEL_TAGS = frozenset(("b",))
LEVEL_SUFFIXES = ("级", "属")


def _shared_noun(text: str, sentence: tuple[int, int], end: int) -> str | None:
    """加征25%和10%的关税, 投入3亿元、5亿元的资金: figures listed before 的 and a noun all
    measure that noun; so do shares listed before the noun without 的 (分别实施25％、20％或10％
    加征关税, 现行17%、11%、6%三档税率)."""
    last, kind = None, None
    while (link := SHARED_LINK_RE.match(text, last.end() if last else end)) is not None:
        following = QUANTITY_RE.match(text, link.end())
        candidate = parse_quantity(following) if following else None
        if candidate is None:
            break
        last, kind = following, candidate.kind
        if text.startswith("的", last.end()):
            return right_phrase(text, last.end(), clause(text, sentence, last.start(), last.end())[1])
    if last is None or kind != "percent":
        return None
    return right_phrase(text, last.end(), clause(text, sentence, last.start(), last.end())[1])


# The marks and words that join figures listed before the noun they share (25％、20％或10％加征关税).
SHARED_LINK_RE = patterns.compile(r"[^\S\n]*[、和及与或][^\S\n]*")


def _noun_of_earlier_count(text: str, sentence: tuple[int, int], start: int, unit: str) -> str | None:
    """The noun the last count before `start` in the sentence counts, in the same unit (50家 + 企业)."""
    noun = None
    for match in QUANTITY_RE.finditer(text, sentence[0], start):
        counted = parse_quantity(match)
        if counted is not None and counted.kind == "count" and counted.unit == unit:
            noun = right_phrase(text, match.end(), clause(text, sentence, match.start(), match.end())[1], counted=True) or noun
    return noun


def _noun_of_next_count(text: str, sentence: tuple[int, int], end: int) -> str | None:
    """共有30多种、100多架飞机: a count with no noun of its own, listed right before another count,
    counts that count's noun (each count in its own unit)."""
    link = LIST_LINK_RE.match(text, end)
    following = QUANTITY_RE.match(text, link.end()) if link else None
    counted = parse_quantity(following) if following else None
    if following is None or counted is None or counted.kind != "count":
        return None
    return right_phrase(text, following.end(), clause(text, sentence, following.start(), following.end())[1], counted=True)


def _thing_of_next_count(text: str, sentence: tuple[int, int], end: int) -> str | None:
    """48万亩 + 、1200多个品种的 + 各色牡丹: a size with no noun of its own, listed right before a
    count of kinds of a thing named after 的, is of that thing."""
    link = LIST_LINK_RE.match(text, end)
    following = QUANTITY_RE.match(text, link.end()) if link else None
    counted = parse_quantity(following) if following else None
    if following is None or counted is None or counted.kind != "count":
        return None
    clause_end = clause(text, sentence, following.start(), following.end())[1]
    kinds = KINDS_BEFORE_DE_RE.match(text, following.end(), clause_end)
    return right_phrase(text, kinds.end(), clause_end, counted=True) if kinds else None


# The kinds a count counts, then 的 and the thing they are kinds of (1200多个 + 品种的).
KINDS_BEFORE_DE_RE = patterns.compile(r"(?:品种|种类|类型|规格)的")


def _with_outcome(text: str, start: int, named: str) -> str:
    """The people counted with what befell them right after (师生 + 受伤, 游客 + 滞留): where a
    sentence counts the same people twice (344名学生遇害、203名师生受伤), only that tells the
    counts apart."""
    at = text.find(named, start)
    outcome = OUTCOME_RE.match(text, at + len(named)) if at >= 0 else None
    if outcome is None or outcome.start("outcome") != at + len(named) + len(outcome["degree"] or ""):
        return named  # the outcome right after the people (师生 + 受伤), or after how badly (乘客 + 不同程度 + 受伤)
    # 21人 + 全部 + 转移: an adverb read as the noun is no part of it
    return outcome["outcome"] if named in ADVERBIALS else named + outcome["outcome"]


# The whole world as a place (全球8亿人将面临饥饿), which jieba tags as a common noun.
WORLD = frozenset("全球 全世界 世界".split())


def _only_where(phrase: str) -> bool:
    """Whether a phrase names only where (美国, 四川省, 全球, 贵州主会场、分会场): no people of its own."""
    return all(
        is_place(token) or token.word in SUBJECT_STOP or token.word in WORLD or token.word.endswith(VENUES) or token.word in LINKS
        for token in tk.tag(phrase, 0, len(phrase))
    )


# Where people gather to watch or take part (主会场, 分会场, 现场): a place, no people of its own.
VENUES = ("会场", "现场", "场馆")


def _people_described(text: str, clause_start: int, start: int, candidate: Candidate) -> str | None:
    """Who the people a bare count of persons counts are, where a relative clause that opens its
    clause says it before 的 (被困的 + 近两千人, 参加活动的 + 500多人, 受灾的 + 3万多人): the clause,
    whatever the sentence goes on to say they did or what befell them."""
    if candidate.kind != "people" or candidate.unit not in BARE_PERSON_UNITS or not text.endswith("的", clause_start, start):
        return None
    described = text[clause_start : start - 1]
    if not (0 < len(described) <= MAX_DESCRIBED_PEOPLE and HAN_RUN_RE.fullmatch(described)) or DESCRIBED_NOT_RE.search(described):
        return None  # (but 包括舰长在内的 + 3人: some of them; 减少到现在的 + 153人: a change's end)
    tokens = tk.tag(text, clause_start, start - 1)
    return described if tokens[0].tag.startswith("v") or tokens[0].word in PASSIVE_OPENINGS else None


BARE_PERSON_UNITS = frozenset(("人", "人次"))
MAX_DESCRIBED_PEOPLE = 8
DESCRIBED_NOT_RE = patterns.compile(r"在内$|[到至]")
PASSIVE_OPENINGS = frozenset(("被", "遭"))


def _what_befell(text: str, end: int, candidate: Candidate) -> str | None:
    """7人死亡、11人受伤, 1670人被授予全国劳动模范称号: what happened to the people counted
    is what the count measures."""
    if candidate.kind != "people":
        return None
    cause = CAUSE_RE.match(text, end)
    end = cause.end() if cause else end
    outcome = OUTCOME_RE.match(text, end)
    passive = PASSIVE_RE.match(text, end)
    return outcome["outcome"] if outcome else passive.group() if passive else None


def _what_they_did(text: str, end: int, clause_end: int, candidate: Candidate) -> str | None:
    """Where nothing names the people counted, the verb and its object right after the count,
    past adverbs and a means (3000多人参加比赛, 1.8亿人次跨区域出行, 236万人次通过飞机出行)."""
    if candidate.kind != "people" or end >= clause_end:
        return None
    tokens = tk.tag(text, end, clause_end)
    while tokens and tokens[0].tag in ("d", "c") and tokens[0].word not in VERB_NEGATIONS:
        tokens = tokens[1:]
    opening = tokens[0].start if tokens else end
    if len(tokens) > 1 and tokens[0].word in VERB_NEGATIONS:
        tokens = tokens[1:]  # 5人均 + 不 + 认罪: what they did not do, the negation kept
    means = 0
    at = bool(tokens) and (tokens[0].word == AT or tokens[0].word in PATH_PREPOSITIONS)
    if at and "的" in text[end:clause_end]:
        return None  # 2000多人 + 在渡海前往欧洲的过程中 + 死亡: where, a relative clause before 的
    if tokens and (tokens[0].word in MEANS_PREPOSITIONS or tokens[0].word in CAUSE_PREPOSITIONS or at):
        # 236万人次 + 通过飞机 + 出行, 2万人 + 通过线上平台 + 报名: how they did it, then what;
        # 1万余人 + 因枪支暴力 + 失去生命: why; 24人 + 在医院里 + 接受治疗, 10多人 + 从湖北 + 归来: where
        means = 1
        while means < len(tokens) and means <= MAX_ACTION_WORDS and tokens[means].tag.startswith(PATH_WORD_TAGS if at else ("n", "s", "vn")):
            means += 1
        means = means if means > 1 else 0
        while at and means and means < len(tokens) - 1 and tokens[means].tag in MANNER_BEFORE_VERB_TAGS:
            means += 1  # 60多人在工地上 + 连夜 + 抢修, 10多人从湖北 + 平安 + 归来: how, between where and what
    if len(tokens) <= means or tokens[means].tag != "v":
        return None
    if len(tokens) > means + 1 and _names_an_award(tokens[means], tokens[means + 1]):
        # 1035人 + 获得全国五一劳动奖章, 2000多人 + 获得“最美家庭”称号: what they won, to the clause's
        # end or to a figure of what they won (55.24万人 + 享受各项就业补贴 + 16.95亿元)
        figure = next((k for k in range(means + 1, len(tokens)) if tokens[k].tag == "m" and figure_at(text, tokens[k].start)), len(tokens))
        while figure - 1 > means and (tokens[figure - 1].tag.startswith("d") or tokens[figure - 1].word in AMOUNT_WORDS):
            figure -= 1  # 奖学金 + 共计 + 300万元
        award = text[tokens[means].start : tokens[figure].start if figure < len(tokens) else clause_end].rstrip()
        return award if len(award) <= MAX_AWARD else None
    if tokens[means].word in AMOUNT_WORDS and not (
        len(tokens[means].word) > 1 and len(tokens) > means + 1 and tokens[means + 1].tag.startswith(("n", "v", "l"))
    ):
        return None  # 3000多人 + 达到 + …: a figure of theirs follows (but 5000余户 + 完成评估: what they did)
    words = tokens[: means + 1]
    aspect = means + 1 < len(tokens) and tokens[means + 1].tag in ASPECT_TAGS
    if aspect:
        words.append(tokens[means + 1])  # 两万人参加 + 了 + 宣讲报告会: the aspect, then the object
    place = len(words) < len(tokens) and tokens[len(words)].word in PLACE_PREPOSITIONS
    if place:
        words.append(tokens[len(words)])  # 2.6万人居住 + 在 + 避难所: where they did it
    for position, token in enumerate(tokens[len(words) : means + MAX_ACTION_WORDS + place + aspect], start=len(words)):
        if token.tag == "f" and place and len(words) > means + 2:
            words.append(token)  # 生活在岛 + 上
            break
        # 4000万人 + 摆脱 + 贫困: a state the verb leaves or reaches, its object, ends the clause
        state = token.tag == "a" and words[-1].tag == "v" and token is tokens[-1]
        modifier = not place and token.tag == "f" and len(token.word) > 1  # 面临 + 沿海 + 洪水灾害: a two-character locative
        # 来自 + 我国 + 台湾地区: a pronoun of scope right after the verb opens its object (but 来到
        # + 这里: a pronoun that ends it says nothing)
        scope = (
            token.tag == "r" and words[-1].tag == "v" and token.word not in SUBJECT_STOP
            and position + 1 < len(tokens) and tokens[position + 1].tag.startswith(("n", "s", "f"))
        )
        # 参加 + 春季 + 义务植树: a time word right after the verb opens its object's name
        season = (
            token.tag == "t" and (words[-1].tag == "v" or words[-1].tag in ASPECT_TAGS)
            and position + 1 < len(tokens) and tokens[position + 1].tag.startswith(("n", "v"))
        )
        if (
            not (token.tag.startswith(PLACE_TAGS if place else OBJECT_TAGS) or token.unknown_han or state or modifier or scope or season)
            or token.word in SUBJECT_STOP
        ):
            break
        words.append(token)
    else:
        following = tokens[len(words) :]
        if len(following) == 1 and following[0].tag.startswith("n") and words[-1].tag.startswith("n"):
            words.append(following[0])  # 面临沿海洪水 + 灾害: the head noun that ends the clause
    if words[-1].word in PLACE_PREPOSITIONS:
        words.pop()
    return text[min(opening, words[0].start) : words[-1].end]


def _names_an_award(verb: tk.Token, following: tk.Token) -> bool:
    """Whether a verb of winning and what follows it say what the people counted won, not a figure."""
    return verb.word in WINNING_VERBS and not following.tag.startswith("m") and following.word not in PHRASE_ENDS


MAX_AWARD = 20


PLACE_PREPOSITIONS = frozenset("在 于 到 至".split())
# The object of what the people counted did: nouns, verbs, and place words (赴 + 境外 + 旅游).
OBJECT_TAGS = ("n", "v", "j", "s", "an")  # an: a noun of a state (脱离生命 + 危险)
# Negations before what the people counted did, part of it (5人均 + 不认罪, 20人 + 没有参加考试).
VERB_NEGATIONS = frozenset("不 未 没 没有".split())
# A place after 在 or 到, whatever jieba makes of it (避难所 an idiom, 岛上 a place word, 安全 + 地带,
# 合作社 a fixed expression).
PLACE_TAGS = ("n", "v", "s", "i", "a", "l")


def _part_of_counted(text: str, clause_start: int, start: int, left: str, unit: str | None, tail_required: bool = False) -> bool:
    """Whether the count is a part of what a count in the same unit right before counts:
    12条高铁线有10条, 50家医院中有30家, 这5个项目里就有3个; of people, only so said (335户村民中有
    200多户, where 7人遇难 + 21人失踪 counts other people)."""
    tail = PART_TAIL_RE.search(text, clause_start, start)
    if tail is None and tail_required:
        return False
    at = tail.start() if tail else start
    return bool(unit) and text.endswith(left, clause_start, at) and text.endswith(unit, clause_start, at - len(left))


def _opens_with_verb(text: str, start: int, phrase: str) -> bool:
    tokens = tk.tag(text, start, start + len(phrase))
    return bool(tokens) and tokens[0].tag == "v"


# Verbs of taking up an activity, whose object is the whole activity (从事 + 肉牛养殖, 参与 + 疫情防控).
ENGAGING_VERBS = ("从事", "参与", "投身")
# 中有, 里就有, 当中只有: what stands between the things counted and the count of some of them.
PART_TAIL_RE = patterns.compile(r"(?:中|里|当中|之中)?(?:共|就|只|仅)?有$")


def _counted_action(text: str, end: int, clause_end: int, candidate: Candidate) -> str | None:
    """17次空袭, 38次集群打击: after a classifier of actions, the action is what is counted."""
    if candidate.unit not in ACTION_COUNTS or end >= clause_end:
        return None
    tokens = tk.tag(text, end, clause_end)
    if tokens and tokens[0].tag in ("a", "ad") and len(tokens) > 1 and tokens[1].tag.startswith("v"):
        tokens = tokens[1:]  # 两次成功会晤: how the action went is no part of it
    lead = _coverb_phrase(tokens)
    words = _action_words(tokens[lead:])
    if not words or not any(token.tag.startswith("v") for token in words):
        return None
    return text[tokens[0].start if lead else words[0].start : words[-1].end]


def _divided_action(text: str, clause_start: int, start: int, end: int, clause_end: int, candidate: Candidate) -> str | None:
    """分 + 三批 + 共派出136名医务人员, 分 + 4组 + 进行实地督查: the parts an action is done in
    count the action: its verb and its object (what a count in it counts: 派出医务人员), or what
    is done where the verb has no object (考试 + 分两轮 + 进行)."""
    if candidate.unit not in DIVIDED_PARTS or end >= clause_end:
        return None
    before = tk.tag(text, clause_start, start)
    if not before or not (before[-1].word == DIVIDED or before[-1].word[:-1] in LOCATIVES and before[-1].word.endswith(DIVIDED)):
        return None  # (疫情阻击战 + 中分 + 三批: the segmenter glues the locative to 分)
    tokens = list(dropwhile(lambda token: token.tag in ("d", "ad"), tk.tag(text, end, clause_end)))
    if not tokens or tokens[0].tag != "v":
        return None
    words = _action_words(tokens)
    if len(words) > 1:
        return text[words[0].start : words[-1].end]  # 开展 + 专项检查
    verb, after = tokens[0], tokens[0].end
    if len(tokens) > 1 and tokens[1].tag in ASPECT_TAGS:
        after = tokens[1].end  # 赠送 + 了 + 四万台电视机
    inner = INNER_COUNT_RE.match(text, after)
    done = right_phrase(text, inner.end() if inner else after, clause_end, counted=inner is not None)
    if done is None and after >= clause_end:
        return left_phrase(text, clause_start, before[-1].start) or verb.word  # 考试 + 分两轮 + 进行: what is done
    return verb.word + (done or "")


# 分 + 三批, 分 + 4组: the parts an action is divided into (分三次 + 刊发 counts the action, as any 次).
DIVIDED = "分"
DIVIDED_PARTS = frozenset("批 批次 组 轮 路".split())


def _coverb_phrase(tokens: list[tk.Token]) -> int:
    """Where the verb of an action counted stands after a coverb and its object that open the
    action (两次 + 向联合国 + 提交报告, 五次 + 在峰会上 + 发表讲话, 两次 + 面向阿拉伯世界 + 发表讲话):
    its index, or 0 where no coverb opens it."""
    if not tokens or not (tokens[0].tag == "p" or tokens[0].word in COVERB_VERBS):
        return 0
    for index, token in enumerate(tokens[1 : MAX_COVERB_OBJECT_WORDS + 2], start=1):
        if token.tag.startswith("v") and token.tag != "vn":
            return index if index > 1 else 0
        if not (token.tag.startswith(("n", "f", "r")) or token.tag == "vn" or token.unknown_han):
            return 0
    return 0


# Verbs that open an action as a preposition does (面向全球发布, 围绕改革召开会议).
COVERB_VERBS = frozenset({"面向", "围绕"})
MAX_COVERB_OBJECT_WORDS = 3


def _action_words(tokens: list[tk.Token]) -> list[tk.Token]:
    """The verb of an action counted and its object, or the noun that names it (空袭)."""
    words: list[tk.Token] = []
    for index, token in enumerate(tokens[:MAX_ACTION_OBJECT_WORDS]):
        following_token = tokens[index + 1] if index + 1 < len(tokens) else None
        # 使用 + F-35 + 实战, 荣获 + 全国 + 文明城市荣誉称号, 发表 + 重要 + 讲话: after the verb, a
        # model's name, a scope and an adjective before the noun that ends the clause are part of
        # its object (but 两次会晤 + 重要 + 共识的…: the action ends before what it reached)
        in_object = index > 0 and words[0].tag.startswith("v") and (
            token.word in OBJECT_SCOPES or token.tag == "eng" or _model_number_part(tokens, index)
            or token.tag == "a" and following_token is not None and following_token.tag.startswith("n") and index + 2 == len(tokens)
        )
        if not (token.tag.startswith(("v", "n")) or token.unknown_han or in_object) or token.word in SUBJECT_STOP and not in_object:
            break
        if index >= MAX_ACTION_WORDS and not (words[0].tag.startswith("v") and token.tag.startswith(("n", "eng", "m", "x"))):
            break  # past three words, only the verb's object goes on
        following = tokens[index + 1].word if index + 1 < len(tokens) else ""
        if index > 0 and token.word in MAIN_VERBS and following and not tokens[index + 1].tag.startswith("u"):
            # 88场讨论 + 聚焦新经济, 300多场宣讲 + 走进社区: the events counted, then their predicate
            # and its object (but 两次实地考察, 3次历史性会晤: the verb ends the clause, the action)
            break
        to_a_place = index + 1 < len(tokens) and tokens[index + 1].tag.startswith("ns")
        if token.word in AMOUNT_WORDS and (token.word.endswith(CHANGE_TARGETS) or following in CHANGE_TARGETS) and not to_a_place:
            # 500余场增加至800场: a change of the count, not what it counts (but 两次 + 到内蒙古考察: a visit)
            break
        words.append(token)
    return words


def _model_number_part(tokens: list[tk.Token], index: int) -> bool:
    """Whether tokens[index] is the hyphen or the number of a model's name (F + - + 35)."""
    token, before = tokens[index], tokens[index - 1]
    return token.word == "-" and before.tag == "eng" or token.tag == "m" and before.word == "-" and index > 1 and tokens[index - 2].tag == "eng"


# A rate or a sum a change is made by, after 按 or 以 (按10%左右提高补助标准, 按照5%的幅度上调
# 基本养老金, 按每人每月50元提高补助标准), and the verb of change after it: what the verb changes
# is what the rate is of.
BY_RATE_BEFORE_RE = patterns.compile(r"(?:按照|按|以)(?:每\p{Han}{1,2}){0,2}$")
BY_RATE_AFTER_RE = patterns.compile(
    r"""(?x)
    (?: 的 (?: 幅度 | 比例 | 标准 | 速度 | 增幅 | 降幅 ) )?
    (?: 统一 | 普遍 | 平均 | 分别 | 再 | 同步 )?
    (?: 提高 | 上调 | 下调 | 增加 | 降低 | 减少 | 减免 | 上浮 | 下浮 | 提升 | 调增 | 调减 | 调高 | 调低 | 增长 | 下降 | 减征 )
    (?: 了 )?
    """
)
# What a figure of investment belongs to when it stands before the project: 总投资10亿元的X项目.
PROJECT_AFTER_RE = patterns.compile(r"的(?P<name>[^，,。；;、：:！？!?\n0-9０-９]{2,30}?(?:项目|工程))")
MEASURE_TAIL_RE = patterns.compile(rf"总?(?:{alternation(MEASURE_HEADS)})$")
# A size class before what a count counts: 超20亿元项目200个.
SIZE_CLASS_RE = patterns.compile(r"(?:其中)?(?P<size>.+)$")


def with_listed_items(text: str, sentence: tuple[int, int], clause_start: int, start: int, left: str) -> str:
    """电力、热力、燃气及水生产和供应业增长9.8%: nouns listed before the subject with 、 are part of it."""
    if text.find(left, clause_start, start) != clause_start:
        return left
    items_start = clause_start
    while items_start > sentence[0] and text[items_start - 1] == "、":
        item_start, _ = clause(text, sentence, items_start - 1, items_start - 1)
        item = text[item_start : items_start - 1]
        if not item or len(item) > MAX_LISTED_ITEM or NUMBER_DIGIT_RE.search(item) or not HAN_RUN_RE.fullmatch(item):
            break
        items_start = item_start
        if item_start == sentence[0] or text[item_start - 1] != "、":
            # 学校新增 + 博士点、硕士点各3个: the first item may open with the clause's verb
            items_start += _opening_predicate(text, item_start, item_start + len(item))
    return text[items_start:clause_start] + left


def _opening_predicate(text: str, start: int, end: int) -> int:
    """How many characters of a listed item before its noun are the clause's own words: a
    verb, a preposition or a pronoun and what leads to it (中国队获得 + 金牌, 对 + 东盟, 其中 +
    门票), not part of a name (张 + 志远)."""
    noun = left_phrase(text, start, end)
    if not noun or len(noun) < 2 or not text.endswith(noun, start, end) or len(noun) == end - start:
        return 0  # 国内外在 + 运: one character is no noun of its own
    opening = tk.tag(text, start, end - len(noun))
    if not opening:
        return 0
    last = opening[-1]
    clause_words = last.tag.startswith(OPENING_PREDICATE_TAGS) or last.tag == "r" and not last.word.startswith(DEMONSTRATIVES)
    return end - len(noun) - start if clause_words else 0


# What the words before a listed item's noun end in when they are the clause's, not the
# item's: a verb, a preposition, an adverb; a pronoun, unless it points (该省 + 省会).
OPENING_PREDICATE_TAGS = ("v", "p", "d")
DEMONSTRATIVES = tuple("该本这那此各每")


MAX_LISTED_ITEM = 8


def with_owner_before_de(text: str, clause_start: int, start: int, measure: str) -> str:
    """基层医疗卫生机构提供儿科服务的比例达到80%: a measure of another measure, after 的, takes
    what the clause says before 的 as its owner. The measure is looked for before the standard
    of a comparison, which may name it again (增速比工业平均增速快3.6个百分点)."""
    measure_start = text.rfind(measure, clause_start, start)
    if text.count(measure, clause_start, start) > 1:
        compared = [token.start for token in tk.tag(text, clause_start, start) if token.word in COMPARE_WORDS]
        before = text.rfind(measure, clause_start, compared[0]) if compared else -1
        measure_start = before if before >= 0 else measure_start
    averaged = next((word for word in AVERAGED if text.endswith(word, clause_start, measure_start)), "")
    if averaged:  # 出口退税的 + 平均 + 时间: the average is the measure's
        measure_start, measure = measure_start - len(averaged), averaged + measure
    owner = OWNER_RE.fullmatch(text, clause_start, measure_start - 1) if measure_start > clause_start else None
    if owner and owner["owner"].endswith(INCLUDED_END):
        # 包括园博湖、宛平湖在内的 + 总面积 (the clause opens after the list's last 、): those included
        # are part of what the measure is of, which is named after it
        owner = None
    if measure_start <= clause_start or text[measure_start - 1] != "的":
        return measure
    timed = OWNER_TIME_RE.fullmatch(text, clause_start, measure_start - 1)
    timed_owner = OWNER_RE.fullmatch(text, clause_start, timed.end("owner")) if timed else None
    if timed_owner and _nominal_end(timed_owner["owner"]):
        return timed_owner["owner"] + measure  # 高新技术产品出口 + 1985年的 + 占比: the time is the record's period
    if owner and not _a_time(text, owner.start("owner"), owner.end("owner")):
        return f"{owner['owner']}的{measure}"
    return measure


def _nominal_end(phrase: str) -> bool:
    """Whether a phrase ends in a noun (国内生产总值, 产品出口), so that it can own a measure."""
    tokens = tk.tag(phrase, 0, len(phrase))
    return len(phrase) >= 2 and bool(tokens) and nominal(tokens[-1])


def _rate_with_owner(text: str, clause_start: int, start: int, rate: str) -> str:
    """家犬的 + 感染率, 高校毕业生的 + 就业率, 商业银行的 + 拨备覆盖率: a rate after 的 is of the
    things named before it, where those are a plain noun phrase (not 将这种材料的 + 成品率, 最慢的
    + 脱贫率, 一季度末的 + 失业率, 这里的 + 森林覆盖率: a verb's object, a description, a time, a
    place pointed at); a time, an adverb or a place that opens the clause is no part of it."""
    owned = with_owner_before_de(text, clause_start, start, rate)
    if not owned.endswith("的" + rate):
        return owned  # 平均 + 致死率: an average, no owner
    owner = owned[: -len(rate) - 1]
    if not owner or owner in POINTED_PLACES or owner.startswith(SUPERLATIVE):
        return rate
    tokens = list(dropwhile(_opens_owner_clause, tk.tag(owner, 0, len(owner))))
    if not tokens or tokens[-1].end - tokens[0].start < 2:
        return rate  # 南达科他等几个 + 州的: a bound noun left alone
    owner = owner[tokens[0].start :]
    plain = all(
        token.tag.startswith(OWNER_NOUN_TAGS) or token.word in LINKS or token.tag == "f" and token is not tokens[-1]
        or token.tag == "r" and token is not tokens[-1] and token.word not in POINTED_PLACES
        for token in tokens
    )
    return f"{owner}的{rate}" if plain else rate


def _route_before(text: str, clause_start: int, measure_start: int) -> str | None:
    """武汉到西安的 + 运行时间, 成都至重庆的 + 车程: a measure after a route between two places, and
    的, is the route's (a table of travel times needs the ends beside the figures)."""
    route = ROUTE_RE.search(text, clause_start, measure_start) if measure_start > clause_start else None
    if route is None:
        return None
    # 从北京到张家口的时间, 由大理去往瑞丽的车程: the route opens after 从 or 由
    origin_start = max(route.start("origin"), *(text.rfind(opening, route.start("origin"), route.end("origin")) + 1 for opening in ROUTE_OPENINGS))
    return text[origin_start : route.end("route")] if _places_at(text, (origin_start, route.end("origin")), route.span("destination")) else None


def _places_at(text: str, *spans: tuple[int, int]) -> bool:
    """Whether each span of the text names a place (the two ends of a route)."""
    return all(_place_name(tk.tag(text, *span)) for span in spans)


def _place_name(tokens: list[tk.Token]) -> bool:
    """A place, or a station or port of one (西安 + 北站, 延安 + 站)."""
    return bool(tokens) and is_place(tokens[0]) and all(is_place(token) or token.word in STATION_ENDS for token in tokens[1:])


ROUTE_LINKS = "到|至|去往|前往|开往|飞往"
ROUTE_RE = patterns.compile(rf"(?P<route>(?P<origin>\p{{Han}}{{2,10}}?)(?:{ROUTE_LINKS})(?P<destination>\p{{Han}}{{2,8}}))的$")
ROUTE_OPENINGS = ("从", "由")
ROUTE_FROM_RE = patterns.compile(rf"[从由](?P<origin>\p{{Han}}{{2,10}}?)(?:{ROUTE_LINKS})(?P<destination>\p{{Han}}{{2,8}}?)的")


def _route_from(text: str, start: int) -> bool:
    """Whether 从 or 由 at `start` opens a route between two places and its 的 (从北京到张家口的)."""
    route = ROUTE_FROM_RE.match(text, start)
    return route is not None and _places_at(text, route.span("origin"), route.span("destination"))


def _opens_owner_clause(token: tk.Token) -> bool:
    """A time, an adverb or a place before a rate's owner (今年 + 高校毕业生, 全市 + 小学生): the
    record's period and place, no part of whose the rate is (安康市的 + 贫困发生率)."""
    return token.tag.startswith(LEADING_TIME_TAGS) or token.tag.startswith("ns") or token.word in SUBJECT_STOP


# What a rate's owner is made of: nouns, names, verbal nouns, distinctions (规模以上: a locative
# inside it), with links (、 和 及 与 或) between items; 这里 and 当地 point at a place the sentence names.
OWNER_NOUN_TAGS = ("n", "vn", "j", "b", "eng")
POINTED_PLACES = frozenset(("这里", "那里", "当地", "此地", "本地"))
SUPERLATIVE = "最"
# Times and adverbs that open a clause before the owner (今年 + 高校毕业生的就业率, 目前 + …).
LEADING_TIME_TAGS = ("t", "m", "q", "d", "c")


def _a_time(text: str, start: int, end: int) -> bool:
    """今年的收入, 上半年的利润, 两天的销量: a time or a span before 的 says when or over how long,
    not whose (the record's period)."""
    tokens = tk.tag(text, start, end)
    return bool(tokens) and (
        tokens[-1].tag == "t" or tokens[-1].tag in ("m", "q") and len(tokens) <= 2 and text.endswith(SPAN_UNITS, start, end)
    )  # (but 一茬的产量: a crop's yield)


SPAN_UNITS = ("天", "日", "周", "月", "年", "季", "小时")


# An owner and a time, before 的 and a measure of it (国内生产总值 + 2012年, 居民消费价格 + 上月,
# 农村居民收入 + 前三季度): the time says when, and the owner is the words before it.
OWNER_TIME_RE = patterns.compile(
    r"""(?x)
    (?P<owner> .{2,}? )
    (?: [0-9０-９]{4}年 (?:[0-9０-９]{1,2}月)?
      | 今年|去年|前年|上年|当年|本月|上月|上半年|下半年|前三季度|(?:前|第)?[一二三四]季度
      | 前[0-9０-９一二三四五六七八九十]{1,2}个月 | [0-9０-９]{1,2}[-—至~][0-9０-９]{1,2}月 )
    $"""
)
# What may own a measure before 的: Chinese words, no figure, no second 的, not too long, not a
# prepositional phrase (向灾区捐赠的金额; a contribution after 对 is read as such) nor a causative
# one (让这家企业…的销量), 其中, a conjunction (而且, whose 且 is no part of a name) and an adverb that
# limits (仅土地出让金的收入) left out.
OWNER_RE = patterns.compile(r"(?:其中[，,]?)?(?:仅仅|仅|光|单|只|但是|但|而且|并且|而)?(?P<owner>(?!而且|并且|[对向为在于从由与和跟同比较其让使令且])[^\P{Han}的]{2,20})")
HAN_RUN_RE = patterns.compile(r"\p{Han}+")


def with_size_class(text: str, clause_start: int, start: int, left: str) -> str:
    """超20亿元项目200个: a quantity before what is counted names its size class."""
    left_start = text.find(left, clause_start, start)
    prefix = SIZE_CLASS_RE.match(text, clause_start, left_start) if left_start > clause_start else None
    size = QUANTITY_RE.fullmatch(text, prefix.start("size"), left_start) if prefix else None
    measured = parse_quantity(size) if size else None
    if measured is not None and measured.kind in ("money", "measure"):
        return text[prefix.start("size") : left_start] + left
    return left


MEASURE_WORDS = tuple(sorted(NOUN_LIKE | INDICATOR_TERMS))
VAGUE_MEASURES = SUBJECT_WORDS["vague"]
DISTRIBUTIVE = SUBJECT_WORDS["distributive"]
INDEX_WORD = "指数"


def names_measure(phrase: str) -> bool:
    """Whether a phrase ends in a measure (医疗器械、药品出口 is an export, 供应业 an industry; an
    index, 新订单指数, is one too, though 指数 is no head the subject rules join on), perhaps
    followed by its Latin short form (工业生产者出厂价格指数PPI, 国内生产总值GDP)."""
    short_form = LATIN_SHORT_FORM_RE.search(phrase)
    if short_form:
        phrase = phrase[: short_form.start()]
    return (
        phrase.endswith(MEASURE_HEADS) or phrase.endswith(MEASURE_WORDS) or phrase.endswith(INDEX_WORD)
        or PAYMENT_RE.search(phrase) is not None
    )


# Pay (月工资, 薪酬) and the amount a payment is set at (新农合财政补助标准, 低保保障标准, 收费标准):
# sums, where 标准 alone is a standard (国家标准3项). Not heads a figure after them is the value
# of (用自己微薄的工资 + 连续十几年 + 资助: how long the help went on).
PAYMENT_RE = patterns.compile(r"(?:(?:补助|补贴|收费|保障|救助|赔偿|奖励|工资|缴费|筹资|报销|资助|抚恤)标准|工资|薪酬|薪资)$")


# A Latin short form right after the Chinese name it abbreviates (价格指数 + PPI).
LATIN_SHORT_FORM_RE = patterns.compile(r"(?<=\p{Han})[A-Z][A-Z0-9]{1,5}$")


def bare_clause(text: str, sentence: tuple[int, int], start: int, spread: bool = False, priced: bool = False) -> bool:
    """Whether the clause before a figure is verbs of amount, adverbs and dates only
    (同比减少3140.2亿元, 增长到2023年的3.3万亿元); with spread, the times a count is spread
    over too (平均每天多达10场); with priced (a sum), the unit it is per (达到 + 每桶 + 49美元)."""
    clause_start, _ = clause(text, sentence, start, start)
    tokens = tk.tag(text, clause_start, start) if clause_start < start else []
    per = PRICED_PER_RE.search(text, clause_start, start) if priced else None
    if per:
        tokens = [token for token in tokens if token.start < per.start()]
    dates = [match.span() for match in CLAUSE_DATE_RE.finditer(text, clause_start, start)]
    standard = False  # inside 比上年末: the standard of a comparison, up to its verb
    split = False  # 发展 + 到: a word of amount the segmenter cut in two, its second part next
    for token, following in zip(tokens, tokens[1:] + [None]):
        if any(date_start <= token.start and token.end <= date_end for date_start, date_end in dates):
            continue
        if token.word in COMPARE_WORDS:
            standard = True
        elif token.word in AMOUNT_WORDS or split or following is not None and token.word + following.word in AMOUNT_WORDS:
            standard, split = False, not split and token.word not in AMOUNT_WORDS
        elif spread and (token.word in DISTRIBUTIVE or (token.word == AVERAGE_WORD and following is not None and following.word in DISTRIBUTIVE)):
            continue
        elif not standard and not token.tag.startswith(("d", "p", "u", "x", "t", "f")):
            return False
    return bool(tokens)


def unitless_owner(text: str, sentence: tuple[int, int], start: int) -> str | None:
    """What a change measures when the clause before gave its value as a bare number, which is
    no metric: 中国快递发展指数为424.9，同比增长4.4% (the index grew 4.4%)."""
    values = list(UNITLESS_VALUE_RE.finditer(text, sentence[0], start))
    value = values[-1] if values else None  # the nearest before the figure
    if value is None or LIST_BREAK_RE.search(text, value.end(), start) is None:
        return None  # no clause between: the figure is the value's own unit or part
    clause_start, _ = clause(text, sentence, value.start(), value.start())
    return left_phrase(text, clause_start, value.start())


def clause_topic(text: str, sentence: tuple[int, int], start: int) -> str | None:
    """The measure the clause right before a bare clause is about, where it gives no figure
    itself: 房地产投资也一改…负增长的情况，10月增长14% (the investment grew 14%); or what a verb of
    change there takes as its object (增加核弹头数量，增幅超过40%)."""
    clause_start, _ = clause(text, sentence, start, start)
    previous_start = _figureless_clause_before(text, sentence, clause_start) if clause_start > sentence[0] + 1 else None
    if previous_start is None:
        return None
    possessed = _possessed_measure(text, previous_start, clause_start - 1)
    if possessed:
        return possessed
    topic = first_phrase(text, previous_start, clause_start - 1)
    if topic and names_measure(topic):
        return topic
    # 英国将增加 + 核弹头数量，增幅超过40%: the measure a verb of change takes as its object
    # (调查 + ，其中47%来自…: no measure, no topic)
    tokens = tk.tag(text, previous_start, clause_start - 1)
    changed = next((k for k in range(len(tokens) - 1, -1, -1) if TRANSITIVE_CHANGE_RE.fullmatch(tokens[k].word)), None)
    if changed is None:
        return None
    after = tokens[changed + 1].end if changed + 1 < len(tokens) and tokens[changed + 1].tag in ASPECT_TAGS else tokens[changed].end
    return right_phrase(text, after, clause_start - 1)


def _possessed_measure(text: str, start: int, end: int) -> str | None:
    """A clause that ends in a measure after its owner and 的, the owner a plain noun phrase
    (尤其是附加值较高的 + 机电产品的出口，在2017年达到了…; 新能源汽车的销量，…): the owner's measure,
    whatever describes the owner before it (not 全省的, 当地的, 村里的 + 粮食产量: a scope or a place
    pointed at, no owner)."""
    tokens = tk.tag(text, start, end)
    marks = [i for i, token in enumerate(tokens) if token.word == "的"]
    if not marks or marks[-1] + 1 >= len(tokens):
        return None
    head, owner = tokens[marks[-1] + 1 :], tokens[(marks[-2] + 1 if len(marks) > 1 else 0) : marks[-1]]
    if (
        not (head and owner and all(nominal(token) for token in head + owner))
        or owner[0].word in SCOPE_WORDS or owner[0].word in POINTED_PLACES or owner[0].tag == PLACE_WORD_TAG
    ):
        return None
    measure = text[head[0].start : head[-1].end]
    return text[owner[0].start : head[-1].end] if names_measure(measure) else None


# jieba's tag of place words (村里, 国内, 当地).
PLACE_WORD_TAG = "s"
# Verbs of change that take what changes as their object (增加核弹头数量, 下调存款利率).
TRANSITIVE_CHANGE_RE = patterns.compile(r"增加|提高|提升|扩大|减少|降低|缩小|压缩|削减|上调|下调|调高|调低")


def topic_before_comma(text: str, sentence: tuple[int, int], clause_start: int, alone: bool = False) -> str | None:
    """The thing the clause before opens with, which a size adjective alone right after a comma
    measures: 奥罗维尔大坝 + 于1968年建成，高约230米 (the dam's height), 江西鄱阳湖特大桥，长5.3公里;
    none where that clause opens with a measure or no noun. With `alone`, only a clause that is a
    noun phrase after 的 and nothing else, no number and no place in it (参加培训的学员，共有300多人;
    not 创业初期，…, 近年来，…, 从原来的五六个人，…)."""
    previous_start = _clause_before_comma(text, sentence, clause_start)
    if previous_start is None:
        return None
    tokens = tk.tag(text, previous_start, clause_start - 1)
    relative = next((i + 1 for i in range(len(tokens) - 1, -1, -1) if tokens[i].word == "的"), 0)
    if alone and (not relative or tokens[-1].tag.startswith("f") or any(token.tag.startswith("m") for token in tokens)):
        return None  # 分布在方圆0.5平方公里的沟谷中，共计500多株: a place, sized, is not what is counted
    head = tokens[relative:]
    while head and head[0].tag in DETERMINER_TAGS:
        head = head[1:]
    if not head:
        return None
    if not any(_opens_predicate(token) for token in head):
        # 江西鄱阳湖特大桥，长5.3公里, 此次吊装的首节段拱肋，长22米: a clause that is a noun phrase
        # alone names the thing whole, after its relative clause and its demonstrative (the
        # segmenter's one-character verbs and adverbs inside it are bits of the name: 特 + 大桥)
        topic = text[head[0].start : head[-1].end]
    elif alone:
        return None
    else:
        topic = first_phrase(text, head[0].start, clause_start - 1)  # 新建的 + 纪念碑 + 位于广场中央
    return topic if topic and not names_measure(topic) and not CALENDAR_NUMBER_RE.search(topic) else None


def _clause_before_comma(text: str, sentence: tuple[int, int], clause_start: int) -> int | None:
    """Where the clause before the one at `clause_start` starts, if a comma parts them."""
    if clause_start <= sentence[0] + 1 or text[clause_start - 1] not in CLAUSE_COMMAS:
        return None
    return clause(text, sentence, clause_start - 1, clause_start - 1)[0]


def largest_part_before(text: str, sentence: tuple[int, int], clause_start: int) -> str | None:
    """普通食品的投诉举报量 + 最大，占比为80%, 第二产业增加值 + 最多，比重为45%, 女性用户 + 居多，占比62%:
    a share named alone after a clause that names the largest or leading part is that part's. The
    part is the clause's words before its superlative, less the times and adverbs that open it and
    a verb of change right before the superlative (服务业 + 增长 + 最快)."""
    previous_start = _clause_before_comma(text, sentence, clause_start)
    if previous_start is None:
        return None
    tokens = tk.tag(text, previous_start, clause_start - 1)
    while tokens and tokens[-1].tag.startswith("d") and not _leading(tokens[-1]):
        tokens = tokens[:-1]  # 最多 + 了
    if not tokens or not _leading(tokens[-1]):
        return None
    part = list(dropwhile(lambda token: token.tag.startswith(LEADING_TIME_TAGS) or token.word in SUBJECT_STOP, tokens[:-1]))
    while part and part[-1].tag.startswith(("d", "v")) and len(part) > 1:
        part = part[:-1]  # 增长 + 最快, 数量 + 明显 + 最多
    if not part or not nominal(part[-1]) or any(token.tag in ("m", "x", "p") for token in part):
        return None
    return text[part[0].start : part[-1].end]


def _leading(token: tk.Token) -> bool:
    """最大, 最多, 最高, 最快; 居多, 居首, 为主, 领先: the part that leads the others."""
    return token.word.startswith(SUPERLATIVE) and len(token.word) == 2 or token.word in LEADING_WORDS


LEADING_WORDS = frozenset(("居多", "居首", "为主", "领先", "最为突出", "位居第一", "排名第一"))


def _opens_predicate(token: tk.Token) -> bool:
    return (
        token.tag.startswith("p") or token.word in MAIN_VERBS
        or len(token.word) >= 2 and token.tag.startswith(PREDICATE_WORD_TAGS) and not nominal(token)
    )


# Demonstratives and their classifiers before a noun (这座, 该), and the words of a predicate.
DETERMINER_TAGS = ("r", "m", "q")
PREDICATE_WORD_TAGS = ("v", "c", "d", "u")


def _figureless_clause_before(text: str, sentence: tuple[int, int], clause_start: int) -> int | None:
    """Where the clause before the one at `clause_start` starts, if a comma parts them (a clause's
    measure carries over a comma only, not a semicolon or a full stop) and it gives no figure of
    its own (a clause with one gives its subject the usual way, carried on)."""
    if clause_start <= sentence[0] or text[clause_start - 1] not in CLAUSE_COMMAS:
        return None
    previous_start, _ = clause(text, sentence, clause_start - 1, clause_start - 1)
    for _, candidate in quantities(text, previous_start, clause_start - 1):
        if candidate is not None and is_metric(text, candidate):
            return None
    return previous_start


def first_phrase(text: str, start: int, end: int) -> str | None:
    """The noun phrase a clause opens with, up to a comparison, a word of amount or an adverb:
    北京全市 + 每万人口发明专利 + 较…, 我国 + 粮食产量 + 连续多年稳定增长."""
    tokens = unglued(tk.tag(text, start, end))

    def ends_phrase(i: int) -> bool:
        token = tokens[i]
        if token.word in COMPARE_WORDS or token.word in AMOUNT_WORDS or token.tag.startswith(("d", "p")) or token.tag == "vd":
            return True  # vd: a verb as an adverb (水温 + 持续 + 升高)
        if i > 0 and token.tag == "v" and not nominal(token) and nominal(tokens[i - 1]):
            # 黑龙江进出口规模 + 再创历史新高: the clause's verb, after its noun; but a clause that
            # ends in a measure is one name (制造业 + 采购经理指数, 多式 + 联运领域新订单指数).
            return not names_measure("".join(later.word for later in tokens[i:]))
        # an adjective that says how (稳定 + 增长), not one that modifies a noun (新 + 订单指数)
        return token.tag.startswith("a") and not (i + 1 < len(tokens) and nominal(tokens[i + 1]))

    # 去年 + 全市粮食总产量 + 再创新高: a time that opens the clause ends no phrase (去年 is a word of
    # amount between a measure and its figure)
    opening = next((i for i, token in enumerate(tokens) if not token.tag.startswith("t")), len(tokens))
    cut = next((i for i in range(opening, len(tokens)) if ends_phrase(i)), len(tokens))
    return left_phrase(text, start, tokens[cut - 1].end) if cut > opening else None


# The unit a price is per, right before it (达到 + 每桶 + 49美元, 每克, 每平方米, 每度 of power).
PRICED_PER_RE = patterns.compile(rf"每(?:{alternation(UNITS)}|度)$")
# A value given as a bare number after 为, 达 or 报 (指数为424.9, 指数初值为55.4), then a clause
# break: an index or a score, which the figures after it in the sentence change.
UNITLESS_VALUE_RE = patterns.compile(r"(?:为|达到|达|报|是)\s*[0-9０-９]+(?:[.．][0-9０-９]+)?(?=[，,；;])")
LIST_BREAK_RE = patterns.compile(r"[，,；;]")


# A year or a month in a clause of verbs (增长到2023年的), or a streak (连续两年超过): a time,
# not what is measured.
CLAUSE_DATE_RE = patterns.compile(
    r"[0-9０-９]{2,4}年(?:[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?)?|[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?"
    r"|连续[0-9０-９一二两三四五六七八九十]+个?(?:年|月|季度|周|天|日)"
)


def listed_groups(text: str, candidates: list[Candidate]) -> list[list[Candidate]]:
    """The candidates in runs listed with 、, 和, 及 or 与 between them (7.2%、3.5%、0.1%), in order;
    a candidate listed with none is a run of its own."""
    groups: list[list[Candidate]] = []
    for candidate in candidates:
        previous = groups[-1][-1] if groups else None
        if previous is not None and LIST_LINK_RE.fullmatch(text, previous.match.end(), candidate.match.start()):
            groups[-1].append(candidate)
        else:
            groups.append([candidate])
    return groups


def respective_subjects(
    text: str, groups: list[list[Candidate]], sentence_of: Callable[[int, int], tuple[int, int]]
) -> dict[int, str]:
    """Figures listed against as many subjects listed before them, in order:
    其中，医疗保健、教育文化和娱乐、居住类分别上涨7.2%、3.5%、0.1% -> one subject each."""
    subjects: dict[int, str] = {}
    for group in groups:
        if len(group) < 2:
            continue
        first = group[0].match.start()
        sentence = sentence_of(first, group[0].match.end())
        region_start, _ = clause(text, sentence, first, first, LIST_BREAK)
        named = _named_before_respectively(text, sentence, region_start, first, len(group))
        if named:
            subjects.update((candidate.match.start(), item) for candidate, item in zip(group, named))
            continue
        pieces = ITEM_SEP_RE.split(text[region_start:first])
        if len(pieces) == 1 and RESPECTIVELY in pieces[0]:
            linked = LINKED_ITEM_SEP_RE.split(text[region_start:first])  # 出口和进口分别增长3%和4%
            opening = tk.tag(linked[0], 0, len(linked[0]))
            if not any(token.tag == "p" for token in opening):
                pieces = linked  # but 数字经济对第二和第三产业的渗透率: the link is inside a phrase
            if opening and opening[0].tag in ("c", "r") and len(opening) > 1:
                pieces[0] = pieces[0][opening[0].end :]  # 而 + 商品零售价格指数和…, 其中 + 云计算和…
        if len(pieces) + 1 == len(group) and len(pieces) > 1 and LINKED_ITEM_SEP_RE.search(pieces[-1]):
            # 汽车、家电、家具和建材销售额: the last two items are joined by 和
            pieces[-1:] = LINKED_ITEM_SEP_RE.split(pieces[-1], maxsplit=1)
        if len(pieces) > len(group) and NUMBER_DIGIT_RE.search(pieces[-len(group) - 1]):
            # 全国78个重点步行街、商圈日均客流量、营业额…分别增长5.9%和4.9%: a figure ends the
            # phrase it counts; the items listed after it are as many as the figures
            pieces = pieces[-len(group) :]
        # 城乡居民收入 + 分别比1978年增长: a standard after 分别, with no list, leaves the measure to be split
        compared_part = pieces[0].split(RESPECTIVELY)[0] if len(pieces) == 1 else pieces[0]
        if any(token.word in COMPARE_WORDS for token in tk.tag(compared_part, 0, len(compared_part))):
            continue  # 增速分别比同期工业、高技术制造业高4.5个和1.3个百分点: the items are standards
        # What follows 分别 in the last piece is the verb and its standard (分别是2020年的), and
        # a standard before 分别 (营业额较2025年元旦分别增长) is no part of the item either
        last = item_phrase(text, first - len(pieces[-1]), first)
        if last is None:
            continue  # 、百分之零、百分之2: no noun closes the list, so no item names a figure
        period = PERIOD_PREFIX_RE.match(pieces[0])
        if period and period.end() < len(pieces[0]) and len(pieces) > 1:
            pieces[0] = pieces[0][period.end() :]  # 全年 + 出口、进口: the period is no item's
        items = [*pieces[:-1], last]
        if len(pieces) == 1 and last:
            # 产销量分别为132万辆和134.4万辆; 城乡居民人均收入 only with 分别 (城乡…比例达到37%和40%
            # gives two years' targets)
            items = _parts_of_compound(last, len(group), RESPECTIVELY in text[region_start:first]) or items
        items = _with_shared_ordinal_head(_with_shared_morphemes(items))
        if len(items) != len(group) or any(
            not item or NUMBER_DIGIT_RE.search(AGE_CLASS_RE.sub("", CODED_NAME_RE.sub("", item))) or PERIOD_ITEM_RE.fullmatch(item.strip())
            for item in items
        ):
            continue  # a figure in an item (but PM2.5、PM10浓度, 4G、5G用户: names written with digits)
        # 我国对东盟、欧盟、美国 + 分别进出口 + 6.52万亿元、…: the flow after 分别 is each item's
        flow = FLOW_AFTER_RESPECTIVELY_RE.search(text, region_start, first)
        completed = _completed_items([item.strip() for item in items], flow["flow"] if flow else None)
        subjects.update((candidate.match.start(), item) for candidate, item in zip(group, completed))
    return subjects


def _completed_items(items: list[str], flow: str | None = None) -> list[str]:
    """Each item of a list completed with what it shares with the others: the flow after 分别,
    or what the last item names after its own part."""
    last = items[-1]
    # 城镇、农村居民收入: what the last item names after a word like each item's is shared whole
    tail = _shared_tail(items)
    shared = None if tail else _shared_measure(last)
    owner = _shared_owner(items[0])
    coded = CODED_NAME_RE.match(last)
    completed = []
    for item in items:
        tokens = tk.tag(item, 0, len(item))
        ending = tokens[-1]
        if flow and not ending.word.endswith(MEASURE_HEADS):
            item += flow
        elif coded and item != last and CODED_NAME_RE.fullmatch(item) and coded.end() < len(last):
            item += last[coded.end() :]  # 3G、4G基站数量: a code alone shares all the last item names after its code
        elif shared and item != last and (_opens(ending, shared) or not is_measure(ending) and ending.word not in VAGUE_MEASURES):
            # 高技术产业、装备制造业销售收入: the items share the measure the last names
            item += shared[len(ending.word) :] if _opens(ending, shared) else shared
        elif owner and len(tokens) == 1 and is_measure(ending):
            item = owner + item  # 日均支付交易笔数和金额: a measure alone is of what the first item measures
        elif tail and item != last:
            item += tail  # 东部、中部、西部地区实际使用外资: each region shares what the last names after its own
        completed.append(item)
    return completed


def _opens(ending: tk.Token, shared: str) -> bool:
    """An item's last word opens the measure the list shares, which it then has in part (应用研究 +
    研究支出 -> 应用研究支出, 货物运输 + 运输收入, 居民消费 + 消费支出), but not whole (城镇居民人均收入)."""
    return shared.startswith(ending.word) and len(ending.word) < len(shared)


# Names written in Latin letters, with digits perhaps (PM2.5, PM10, 5G, C919, NOx), which no figure
# is: what the segmenter tags a Latin word (eng).
CODED_NAME_RE = patterns.compile(f"{tk.DIGIT_LED_NAME_RE.pattern}|{tk.LATIN_RE.pattern}")


def _plain_noun(word: str) -> bool:
    """Whether the dictionary holds a word as a plain noun (水, 电, 气)."""
    return tk.known(word) and tk.tag_of(word) == "n"


def _with_shared_morphemes(items: list[str]) -> list[str]:
    """One-character items that share the next item's second character (内、外贸 -> 内贸, 外贸;
    中、小型企业 -> 中型, 小型企业); not a noun of its own where the two make no word (大气、水和食物:
    水, not 水物)."""
    shared = list(items)
    for index in range(len(items) - 2, -1, -1):
        item = items[index].strip()
        following = shared[index + 1].strip()
        first = tk.tag(following, 0, len(following))[:1] if following else []
        if len(item) == 1 and first and len(first[0].word) == 2 and first[0].word[0] != item and (
            tk.known(item + first[0].word[1]) or not _plain_noun(item)
        ):
            shared[index] = item + first[0].word[1]
    return shared


def _with_shared_ordinal_head(items: list[str]) -> list[str]:
    """Ordinals listed bare before the last one, which names the noun they share before its
    measure (第一、二、三产业用电量 -> 第一产业, 第二产业, 第三产业用电量; 一、二、三线城市房价 ->
    一线城市, 二线城市), with 第 if the first has it."""
    *bare, last = (item.strip() for item in items)
    ordinal = ORDINAL_ITEM_RE.match(last)
    if not bare or ordinal is None or ordinal.end() == len(last) or not all(ORDINAL_ITEM_RE.fullmatch(item) for item in bare):
        return items
    measure = _shared_measure(last)
    head = last[ordinal.end() : len(last) - len(measure)] if measure and len(measure) < len(last) - ordinal.end() else tk.tag(last, ordinal.end(), len(last))[0].word
    prefix = ORDINAL_PREFIX if bare[0].startswith(ORDINAL_PREFIX) else ""
    listed = [prefix + item.removeprefix(ORDINAL_PREFIX) + head for item in bare]
    return [*listed, prefix + last.removeprefix(ORDINAL_PREFIX)]


ORDINAL_PREFIX = "第"
ORDINAL_ITEM_BEFORE_RE = patterns.compile(r"(?<!\p{Han})第?[一二三四五六七八九十]、$|\p{Han}[一二三四五六七八九十]、$")
ORDINAL_ITEM_RE = patterns.compile(r"第?[一二三四五六七八九十]{1,2}")


def _parts_of_compound(subject: str, count: int, respectively: bool) -> list[str] | None:
    """A measure that names two (产销量, 进出口) split into them, its owner kept: 新能源汽车产销量
    -> 新能源汽车产量, 新能源汽车销量; or, where 分别 says so, an owner that names two (城乡居民人均收入
    -> 城镇居民人均收入, 农村居民人均收入)."""
    for compound, parts in COMPOUND_MEASURES.items():
        if subject.endswith(compound) and len(parts) == count:
            return [subject[: -len(compound)] + part for part in parts]
    for compound, parts in COMPOUND_OWNERS.items() if respectively else ():
        if compound in subject and len(parts) == count:
            return [subject.replace(compound, part, 1) for part in parts]  # 城乡居民人均收入 -> 城镇…, 农村…
    return None


def _shared_owner(item: str) -> str | None:
    """What the first item of a list measures, before the noun that ends it (日均支付交易 + 笔数)."""
    tokens = tk.tag(item, 0, len(item))
    last = tokens[-1]
    return item[: last.start] if len(tokens) > 1 and last.tag.startswith("n") and len(last.word) <= 2 else None


def _shared_tail(items: list[str]) -> str | None:
    """What the last item of a list names after a word of the same kind as each item before it,
    which those items share (东部、中部、西部 + 地区实际使用外资, 北京、上海 + 的房价, 城镇、农村 +
    居民收入): only where every item before is one word of that kind (a scope word or a pronoun may
    open the first: 我国 + 东部)."""
    last = tk.tag(items[-1], 0, len(items[-1]))
    if len(last) < 2:
        return None
    for item in items[:-1]:
        tokens = tk.tag(item, 0, len(item))
        if len(tokens) == 2 and (tokens[0].word in SCOPE_WORDS or tokens[0].tag == "r"):
            tokens = tokens[1:]
        if len(tokens) != 1 or tokens[0].tag != last[0].tag or len(tokens[0].word) != len(last[0].word):
            return None
    if all(item[-1] == last[1].word[-1] for item in items[:-1]):
        return None  # 采矿业、原材料 + 制造业: a word like the items' own ends the last item, which shares none of it
    bound = 2 if last[1].word in RANGE_WORDS and len(last) > 2 else 1  # 五年期 + 以上: the range is the last item's own
    return items[-1][last[bound - 1].end :]


def _shared_measure(item: str) -> str | None:
    """The measure that ends the last item of a list after what it is of (装备制造业 + 销售收入,
    the verbal noun 销售 with it; 农村 + 就业人数, the verb of a headcount with it)."""
    tokens = tk.tag(item, 0, len(item))
    if len(tokens) < 2 or not is_measure(tokens[-1]) or is_measure(tokens[0]):
        return None
    first = len(tokens) - 1
    if tokens[-1].word in HEADCOUNTS and tokens[-2].tag == "v" and len(tokens[-2].word) > 1 and first > 1:
        first -= 1
    elif len(tokens[-1].word) == 1 and first > 1 and tokens[-2].tag.startswith(("n", "v")):
        first -= 1  # 大豆 + 机收 + 率: a measure's bound ending and the word it ends
    while first > 1 and (
        tokens[first - 1].tag == "vn" or is_measure(tokens[first - 1]) or tokens[first - 1].tag == "v" and len(tokens[first - 1].word) == 1
    ):
        first -= 1  # 销售 + 收入; PM10 + 浓度 + 均值: a measure of a measure is shared whole; 通 + 客车率: its bound verb
    if first > 1 and tokens[first - 1].word == "的":
        first -= 1  # 北京、上海 + 的房价: each item's, as written
    return item[tokens[first].start :]


ITEM_SEP_RE = patterns.compile(r"、")
# Counts that are measures (the measure heads 人数, 户数, 次数…), whose verb is part of the
# measure items share (就业人数, 参保户数).
HEADCOUNTS = frozenset(head for head in MEASURE_HEADS if head.endswith("数"))
# Measures that name two, which 分别 splits in order (产销量分别为…和…), longest first.
COMPOUND_MEASURES = {
    "产销量": ("产量", "销量"),
    "进出口额": ("进口额", "出口额"),
    "进出口": ("进口", "出口"),
    "产销": ("产量", "销量"),
    "收支": ("收入", "支出"),
    "存贷款": ("存款", "贷款"),
    "供需": ("供给", "需求"),
}
# Owners that name two, which 分别 splits in order the same way (城乡居民人均收入分别增长9.6%和11.7%).
COMPOUND_OWNERS = {"城乡": ("城镇", "农村"), "内外资": ("内资", "外资"), "中外资": ("中资", "外资"), "内外贸": ("内贸", "外贸")}
# Two items joined by a word where no 、 lists them (笔数和金额, 出口与进口); a name with 和 inside
# (教育文化和娱乐) stands in a list with 、.
LINKED_ITEM_SEP_RE = patterns.compile(r"以及|和|与|及")
RESPECTIVELY = "分别"
FLOW_AFTER_RESPECTIVELY_RE = patterns.compile(rf"{RESPECTIVELY}(?P<flow>{alternation(MEASURE_VERBS)})$")
# Items that are periods (一季度、二季度, 1月、2月, 上半年) are not what a respective list measures;
# a period that opens the first item (全年出口、进口) is the list's, not the item's. 年产值 and
# 日均客流量 open with no period.
PERIOD_COUNT = r"(?:[0-9０-９]+|[一二三四五六七八九十]+|[上下前后本今去明全首第])"
PERIOD_UNIT = r"(?:季度|月份|月|年度|年|周|旬|半年)(?:末|底|初)?"
PERIOD_ITEM_RE = patterns.compile(rf"{PERIOD_COUNT}*{PERIOD_UNIT}")
# How the votes of a tally were cast (以272票赞成、285票反对、7票弃权).
BALLOT = "票"
VOTE_RE = patterns.compile(r"赞成|反对|支持|弃权")
# An age class inside a name (5岁以下儿童死亡率, 60周岁及以上老人): no figure of its own.
AGE_CLASS_RE = patterns.compile(r"[0-9０-９]+周?岁(?:及?以[上下])?")
PERIOD_PREFIX_RE = patterns.compile(rf"{PERIOD_COUNT}+{PERIOD_UNIT}(?!期)")  # 一年期 is a term, no period


# Items of a subject listed with 、, 和, 及 or 与 (第一产业和第三产业用电量).
LISTED_ITEM_SEP_RE = patterns.compile(r"[、和及与]")


def _named_before_respectively(
    text: str, sentence: tuple[int, int], region_start: int, first: int, count: int
) -> list[str] | None:
    """第一产业和第三产业用电量增长较快，分别同比增长20.2%和10.7%: figures after 分别 in a clause
    of verbs, with their measures listed in the clause before, one each."""
    if region_start <= sentence[0] or "分别" not in text[region_start:first] or not bare_clause(text, sentence, first):
        return None
    previous_start, _ = clause(text, sentence, region_start - 1, region_start - 1, LIST_BREAK)
    compared = any(token.word in COMPARE_WORDS for token in tk.tag(text, region_start, first))
    if compared and NUMBER_DIGIT_RE.search(text, previous_start, region_start):
        return None  # 比率为14.0%，比一季度、上年同期分别回落: the figures go with the standards
    if sum(1 for _ in quantities(text, previous_start, region_start)) >= count:
        # 对东盟、欧盟分别出口3万亿元、2万亿元，分别增长5%、3%: the clause before gave as many
        # figures, which the changes go with (find_metrics pairs them), not its bare items
        return None
    # The measures stand before the clause's first word of amount (用电量 + 增长较快), or its
    # first verb (数字产品、线上服务、即时电商 + 成为亮点).
    previous = tk.tag(text, previous_start, region_start - 1)
    if not previous:
        return None  # 实现利润6315.2亿元，；分别同比增长: an empty clause lists nothing
    change = next((token for token in previous if token.word in AMOUNT_WORDS), None) or next(
        (token for token in previous if token.tag == "v"), None
    )
    if change is previous[-1] and is_measure(change):
        change = None  # 普通教育、职业教育支出 + ，同比分别增长: the clause is the list, and its measure is shared
    listed = left_phrase(text, previous_start, change.start if change else region_start - 1)
    if not listed or "的" in listed:
        return None  # 总费用与国内生产总值的比率 is one measure
    items = LISTED_ITEM_SEP_RE.split(listed)
    return _completed_items(items) if len(items) == count and all(items) else None


# 同比分别增长13%、11%, 分别同比增长30.3%、29.8%, 分别比上年增长, 分别比上年同期增长: figures
# listed right after 分别 and a verb, with perhaps the comparison's baseline between.
MAX_AFTER_RESPECTIVELY = 8
RESPECTIVELY_BEFORE_RE = patterns.compile(rf"分别\p{{Han}}{{0,{MAX_AFTER_RESPECTIVELY}}}$")


def paired_with_earlier(
    text: str, groups: list[list[Candidate]], sentence_of: Callable[[int, int], tuple[int, int]]
) -> dict[int, tuple[int, int, str | None]]:
    """Figures listed right after 分别 in a clause of verbs (同比分别增长13%、11%) or of a share of
    a whole (分别占总数的91.5%和90.9%): start -> (place in the list, its length, the whole if
    any), for find_metrics to pair each with a figure the sentence gave before, in order. A clause
    that names its measures (价格指数分别上涨4%和5%) is not paired."""
    paired: dict[int, tuple[int, int, str | None]] = {}
    for group in groups:
        first = group[0].match.start()
        if len(group) < 2:
            continue
        share = RESPECTIVE_SHARE_RE.search(text, max(0, first - MAX_RESPECTIVE_SHARE), first) if group[0].kind == "percent" else None
        if share or (
            RESPECTIVELY_BEFORE_RE.search(text, max(0, first - MAX_AFTER_RESPECTIVELY - 2), first)
            and bare_clause(text, sentence_of(first, group[0].match.end()), first)
        ):
            whole = share["whole"] if share else None
            paired.update({member.match.start(): (index, len(group), whole) for index, member in enumerate(group)})
    return paired


# ，分别占总数的91.5%和90.9%, 分别占全国的45.1%和38.2%: a clause of shares of one whole, each the
# share of the measure the sentence gave in its place.
RESPECTIVE_SHARE_RE = patterns.compile(rf"(?:^|[，,；;])分别{SHARE_VERB}(?P<whole>[^，,。；;！？!?0-9０-９的]{{1,12}})的(?:比重|比例)?(?:为|达到?)?$")
MAX_RESPECTIVE_SHARE = 24


def item_phrase(text: str, start: int, end: int) -> str | None:
    """The last item of a listed subject, without the verb that follows it (居住类下降 -> 居住类)."""
    tokens = unglued(tk.tag(text, start, end))
    respectively = [index for index, token in enumerate(tokens) if token.word == "分别"]
    if respectively:
        tokens = tokens[: respectively[0]]  # 外资企业分别出口98亿元: what follows 分别 is the verb
    standard = next((index for index, token in enumerate(tokens) if index and token.word in COMPARE_WORDS), None)
    if standard is not None:
        tokens = tokens[:standard]  # 营业额 + 较2025年元旦: the standard compared with
    while tokens and (tokens[-1].word in AMOUNT_WORDS or tokens[-1].tag.startswith(("d", "p", "u", "x"))):
        tokens.pop()
    return text[start : tokens[-1].end] if tokens else None


def owner_of(subject: str) -> str:
    """The owner part of an earlier subject: 工业增加值 of 工业增加值增速 when 增速 comes again."""
    for measure in RELATIVE_MEASURES:
        if subject.endswith(measure):
            return subject[: -len(measure)]
    return subject


def joined(owner: str, measure: str) -> str:
    """经费投入 + 投入强度 -> 经费投入强度: the owner and its relative measure, a word they share
    written once."""
    shared = next((size for size in range(min(len(owner), len(measure) - 1), 0, -1) if owner.endswith(measure[:size])), 0)
    return owner + measure[shared:]
