"""Dates: every time expression, resolved to inclusive ISO start and end.

Expressions are matched as points (a year, a part of a year, a month, a
part of a month, a day, a relative day) and adjacent points joined by
至/到/- become one range whose second end inherits the year and month it
leaves out (10月下旬至11月上旬). Resolution is pure: it takes the reference
date explicitly and gives null start/end when the expression needs more of
the reference than is known (a relative day when only the year is known).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import replace

import regex

from .. import patterns
from ..models import DateRecord
from ..numbers import DIGITS, clean, parse_number
from ..refdate import NO_REF, Ref
from ..tables import ERAS, HOLIDAYS, PLANS, alternation
from .tokens import in_book_title

D = r"[0-9０-９]"
CN_DIGIT = r"[〇○零一二三四五六七八九]"
MONTH = rf"(?:1[0-2]|１[０-２]|0?[1-9]|０?[１-９]|十[一二]?|[一二三四五六七八九])(?!{D})"
# 廿 and 卅 are 二十 and 三十 as dates are still written in the traditional style (廿三日, 二月廿号).
DAY = rf"(?:[12][0-9]|3[01]|0?[1-9]|[１２][０-９]|３[０１]|０?[１-９]|三十一?|二?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九])(?!{D})"
# 元月 is January, where the 元 ends no sum of money (500元月供, 100美元月费, 三千元月薪).
FIRST_MONTH = r"(?<![0-9０-９〇○零一二两三四五六七八九十百千万亿美欧日港韩澳加台币])元"
# Parts of a month (_month_part); 上中旬 and 中下旬 are two of its thirds.
MONTH_PARTS = r"上中旬|中下旬|上旬|中旬|下旬|上半月|下半月|月?底|月?末|初"
# 至, 到, dashes (one or two: 2008年——2018年), and 起至 (自2020-05-26起至2020-05-29止).
RANGE_SEP = r"\s*(?:起\s*)?(?:至|到|—{1,2}|–|-|－|~|～)\s*"

# Every date expression starts with one of these characters, or a holiday or an era with one
# of these pairs (their first characters alone, 国, 中, 天, are too common to pass); checking
# them first lets the matcher skip most positions of a text at once.
FIRST_CHARS = "0-9０-９〇○零一二两三四五六七八九十廿卅今去前明后大本上下这当年第昨首世过听寻琴次翌元“\""
NAME_OPENINGS = "|".join(sorted({name[:2] for name in (*HOLIDAYS, *ERAS)}))
POINT_RE = patterns.compile(
    rf"""(?x)
    (?=[{FIRST_CHARS}]|{NAME_OPENINGS})
    (?<![0-9０-９.．第])
    (?:
        # Whole dates written with separators: 2020-10-13, 2020/10/13, 2020.10.13.
        (?P<ny>[12]{D}{{3}}) [-/.．] (?P<nm>0?[1-9]|1[0-2]) [-/.．] (?P<nd>[12][0-9]|3[01]|0?[1-9]) (?!{D})
      | # 2010 01 29: fields spaced apart, each of its full width.
        (?P<ny>[12]{D}{{3}}) [ ] (?P<nm>0[1-9]|1[0-2]) [ ] (?P<nd>[12][0-9]|3[01]|0[1-9]) (?!{D})
      | # 13.5.2015, 3-7-2017: day, month and year, the year last.
        (?<![0-9０-９]) (?P<nd>[12][0-9]|3[01]|0?[1-9]) [-/.．] (?P<nm>0?[1-9]|1[0-2]) [-/.．] (?P<ny>[12]{D}{{3}}) (?!{D})
      | # 12-11-10, 27-7-3: a two-digit year, a month and a day joined by dashes (three fields:
        # a score or a range has two).
        (?<![0-9０-９.．/-]) (?P<sy>[0-9]{{2}}) - (?P<sm>0?[1-9]|1[0-2]) - (?P<sd>[12][0-9]|3[01]|0?[1-9]) (?![0-9０-９.．/-])
      | # 6·30, 7·20: a month and day joined by a middle dot name a day (and often an event).
        (?P<dotm>1[0-2]|[1-9]) [·•] (?P<dotd>[12][0-9]|3[01]|[1-9]) (?![0-9])
      | (?P<cy>(?:19|20)[0-9]{{2}})(?P<cm>0[1-9]|1[0-2])(?P<cd>0[1-9]|[12][0-9]|3[01])(?![0-9])
      | # 1999.08-2002.02: months written with a dot, only as a range (1999.08 alone may be a decimal).
        (?P<dy1>[12]{D}{{3}})[.．](?P<dm1>0[1-9]|1[0-2]) {RANGE_SEP} (?P<dy2>[12]{D}{{3}})[.．](?P<dm2>0[1-9]|1[0-2]) (?![0-9])
      | # 19世纪70年代, 二十世纪九十年代末期: a decade of a named century.
        (?P<century>{D}{{2}}|[一二]?十[一二三四五六七八九]?) 世纪 (?P<decade>[1-9]0|[一二三四五六七八九]十) 年代 (?P<decedge>初期|中期|末期|初|中|末)?
      | # 上世纪80年代, 本世纪20年代, 90年代末: a decade of the last or this century, or the latest past one.
        (?P<centrel>上|本)? 世纪 (?P<rdecade>[1-9]0|[一二三四五六七八九]十) 年代 (?P<rdecedge>初期|中期|末期|初|中|末)?
      | (?<![0-9０-９世纪]) (?P<bdecade>[1-9]0|[一二三四五六七八九]十) 年代 (?P<bdecedge>初期|中期|末期|初|中|末)?
      | (?P<plan_q>[“"]) (?P<plan>{alternation(PLANS)}) [”"] (?:时期|期间|规划|计划|末|初|期)?
      | (?P<plan2>十[一二三四五六]五) (?:时期|期间|规划|计划|末|初)?
      | (?:
            # A year, absolute or relative, then perhaps a part of it.
            (?:
                (?P<yfrom>{D}{{4}}) {RANGE_SEP} (?P<yabs>{D}{{4}}) \s* 年
              | # 从2016到2018, 自2016-2018, （2021—2025）: years without 年 make a range where 从 or
                # 自 opens it or brackets hold it alone (2024—2025赛季 and 2010至2011万 stay apart).
                (?<=[从自]\s*) (?P<yfrom>[12]{D}{{3}}) {RANGE_SEP} (?P<yabs>[12]{D}{{3}}) (?![0-9０-９年万亿千百.．])
              | (?<=[（(]) (?P<yfrom>[12]{D}{{3}}) {RANGE_SEP} (?P<yabs>[12]{D}{{3}}) (?=[）)])
              | (?P<yabs>{D}{{4}}|{CN_DIGIT}{{4}}|两千(?:零{CN_DIGIT}|[一二三四五六七八九十]{{1,3}})?) \s* 年 (?:度)?
              | (?P<y2>{D}{{2}}|{CN_DIGIT}{{2}}) 年 (?=底|末|初|上半年|下半年|[一二三四1-4１-４]季度|{MONTH}\s*月|的?第)
              | # 07年, ０８ 年: a leading zero makes two digits a year, not a count of years.
                (?P<y2>[0０]{D}) \s* 年
              | # 九九年, 三三年, 〇八年: two Chinese digits that are no range of counts (三五年 and
                # 七八年 are; see _count_of_years).
                (?<![〇○零一二两三四五六七八九十百千万亿]) (?P<y2>{CN_DIGIT}{{2}}) 年
              | (?P<era>{alternation(ERAS)}) (?P<eranum>{D}{{1,3}}|[一二三四五六七八九十]{{1,4}}|元) 年
              | (?P<yrel>大前年|前年|去年|今年|明年|后年|本年度?|下年|过去一年)
              | # 次年, 翌年: the year after the one the text last named; not the 次 of 这次, 一次
                # (这次年终报道).
                (?<![这那每一上下首多几本该此历逐层批]) (?P<nextyear>次年|翌年) (?!终)
              | # 上一年: the year before the one the text last named (2021年…是上一年的近三倍), or
                # before the reference's where it named none (not 上一年级, a school year)
                (?P<prevyear>上一年) 度?
            )
            (?! 代|级|龄|纪|薪|均|以前的) (?(yrel)(?!同期))
            \s*
            (?: {{SUBYEAR}} | {{MONTHPART}} | (?P<yedge>底|末|初|伊始) | 的?第(?P<nthm>{D}{{1,2}}|十[一二]?|[一二三四五六七八九])个月
               | # 2021年的最后4个月, 去年的前10天: the year's last months or first days (only after a
                 # year: 开幕前10天 alone counts back from an event)
                 的?\s*最后\s*(?P<lastm>{D}{{1,2}}|十[一二]?|[一二两三四五六七八九])\s*个月
               | 的?\s*前\s*(?P<firstd>{D}{{1,2}}|[一二两三四五六七八九十]{{1,3}})\s*天
               | # 今年首月 is January; 首月 alone is the first month of anything (上市首月).
                 (?P<firstmonth>首月) )?
        )
      | {{SUBYEAR}}
      | # 09-01: month and day with a leading zero and nothing around them (10-12 may be a score).
        (?<![-/]) (?P<m1>0[1-9]) - (?P<d>0[1-9]|[12][0-9]|3[01]) (?![0-9０-９]|-[0-9])
      | {{MONTHPART}}
      | (?P<mrel>本月|这个月|今个月|[上下]个?月|{{NEIGHBOUR_MONTH}}) (?: (?P<mreld>{DAY}) \s*[日号] | (?P<mrelpart>{MONTH_PARTS}) )?
      | (?P<qrel>上|本|下|这)个?季度 (?P<qreledge>末|初)?
      | (?<!月) (?P<halfmonth>上半月|下半月)
      | (?P<hrel>上|本|下|这)个半年
      | 今明 (?:两|二|2|２) (?P<thisnext>年|天)
      | (?P<off>{D}{{1,3}}|[一二三四五六七八九十两]{{1,3}}) (?P<offunit>天|日|周|个月|年半|年) (?P<offdir>前|后|以后|之后|内|以内)
      | (?P<drel>大前天|大后天|前天|前日|昨天|昨日|今天|今日|明天|明日|后天)
      | # Cantonese 聽日 (tomorrow), 尋日 and 琴日 (yesterday), read as simplified; not the 日 of
        # 日本, 日语, 日军 (寻日本遗孤, 听日语广播), nor 倾听 + 日.
        (?<![倾聆收旁监]) (?P<drel>听日|寻日|琴日) (?![本语军方元报出])
      | (?P<holiday>{alternation(HOLIDAYS)}) (?!\p{{Han}}{{0,3}}(?:长假|假期|黄金周|期间)|前夕)
      | # 20日 alone; not the 日 that opens a currency (10日元, 5日本銭) or a word (日游, 日电).
        # A digit after 日 counts (1日3餐), unless it is the hour (11日5时16分, ５日８:30).
        (?<![每当月]) (?P<dalone>{DAY}) \s* 日 (?!元|本[钱銭]|游|电|内|[0-9０-９](?!{D}?\s*[时点:：]))
      | (?<=[到至]\s*) (?P<dalone>{DAY}) \s* 号 (?![0-9０-９])
    )
    """.replace(
        "{SUBYEAR}",
        rf"""(?:
            (?P<half>上半年|下半年)
          | 第? (?P<quarter>[一二三四1-4１-４]|首) 季度 (?P<qedge>末|初)?
          | 前 (?P<firstq>[一二三两2-3２-３]) 个?季度
          | 前 (?P<firstm>{D}{{1,2}}|十[一二]?|[一二两三四五六七八九]) (?:个月|月份?(?![0-9０-９一二三四五六七八九十日号]))
          | (?P<halfalt>前半年|后半年)
          | (?P<ypart>年初|年底|年末)
        )""",
    ).replace(
        # 上一个月 and 下一个月 are last and next month, unless the 上 or 下 ends a verb or word
        # before 一个月, a month's length: 加上一个月, 赶上一个月, 线上一个月; 剩下一个月, 留下一个月.
        "{NEIGHBOUR_MONTH}",
        r"(?<![加算赶跟搭配碰遇补挂贴带附线马晚早])上一个月 | (?<![剩留余定放写记落乡底])下一个月",
    ).replace(
        "{MONTHPART}",
        rf"""(?:
            (?P<m1>{MONTH}|{FIRST_MONTH}) (?: {RANGE_SEP} (?P<m2>{MONTH}) )? \s* 月
            # 十月革命, 二月革命, 五月风暴: a month written in Chinese names the event.
            (?!(?<=[一二三四五六七八九十]月)(?:革命|风暴)) (?:份)?
            # A day without 日 ends the text or stands before a mark; not before a decimal point
            # or a percent sign, where the number is the month's figure (高于2月3%的涨幅).
            (?: \s* (?P<d>{DAY}) \s* (?:[日号]|(?=$|[^0-9０-９\p{{Han}}.．%％‰]|[至到])) | (?P<mpart>{MONTH_PARTS}) )?
        )""",
    ),
)
JOIN_RE = patterns.compile(RANGE_SEP)
# The end of a range just before a point (至一日, 到一日).
JOIN_BEFORE_RE = patterns.compile(rf"{RANGE_SEP}$")


# The standard of a comparison is no date of its own: 比上月, 较上年末, 同比上季度; and the
# 年末 of 上年末 is the end of the year before, as a standard.
BASELINE_BEFORE_RE = patterns.compile(r"(?:比|较|比较|同比|环比)\s*$")
BASELINE_YEAR_RE = patterns.compile(r"[上去]$")
# Years before the common era (公元前221年), which no ISO date holds.
BEFORE_COMMON_ERA_RE = patterns.compile(r"公元前\s*$")
# 美好的明天, 灿烂的明天, 创造美好明天: tomorrow after 的 or a word of hope is the future.
THE_FUTURE_BEFORE_RE = patterns.compile(r"(?:的|美好|灿烂|光明|幸福|辉煌)$")
FUTURE_WORDS = ("明天", "明日")


RELATIVE_GROUPS = ("drel", "yrel", "mrel", "qrel", "hrel", "thisnext", "off", "prevyear")


def _no_date(text: str, match: regex.Match[str]) -> bool:
    """A match that reads as a date but is none: the standard of a comparison, a count of
    years, or a relative word in the title of a work."""
    start = match.start()
    if match["ypart"] and BASELINE_YEAR_RE.search(text, max(0, start - 1), start):
        return True
    relative = match["mrel"] or match["qrel"] or match["hrel"] or match["yrel"] or match["prevyear"]
    if relative and BASELINE_BEFORE_RE.search(text, max(0, start - 3), start):
        return True
    if match["yabs"] and BEFORE_COMMON_ERA_RE.search(text, max(0, start - 4), start):
        return True
    if match["dalone"] == "一" and not JOIN_BEFORE_RE.search(text, max(0, start - 2), start):
        return True  # 如一日, 日复一日, 一日三餐: a day's length; the first is written 元月一日, 本月一日
    if match["drel"] in FUTURE_WORDS and THE_FUTURE_BEFORE_RE.search(text, max(0, start - 2), start):
        return True
    if match["yfrom"] and "年" not in match.group() and _int(match["yfrom"]) > _int(match["yabs"]):
        return True  # 从2018到2016 names no years: without 年 it is two numbers
    if match["y2"] and match.group() == match["y2"] + "年" and _count_of_years(match["y2"]):
        return True  # 七八年 alone; 七八年5月 and 七八年底 are of 1978
    # 《明日之后》, 《今天》: the title names a work; its 明日 is no day of the text.
    return any(match[group] for group in RELATIVE_GROUPS) and in_book_title(text, start)


def _count_of_years(digits: str) -> bool:
    """三五年, 七八年, 两三年: two Chinese digits that rise are a range of counts, where 九九年,
    三三年, 〇八年 and 九八年 (with a zero, repeated, or falling) can only be years; 一 before a
    digit two or more above it is a year of the 2010s (一三年, 一九年)."""
    if len(digits) != 2 or digits[0] not in DIGITS or digits[1] not in DIGITS:
        return False
    first, second = DIGITS[digits[0]], DIGITS[digits[1]]
    if first == 0 or second == 0 or second <= first:
        return False
    return not (first == 1 and second >= 3)


def find_dates(text: str, ref: Ref = NO_REF) -> Iterator[DateRecord]:
    points = [match for match in POINT_RE.finditer(text) if match.group() and not _no_date(text, match)]
    index = 0
    while index < len(points):
        first = points[index]
        start, end = resolve(first, ref)
        last = first
        if index + 1 < len(points):
            second = points[index + 1]
            between = text[first.end() : second.start()]
            if between and JOIN_RE.fullmatch(between) and not _complete_range(first):
                second_start, second_end = resolve(second, ref, inherit=first)
                if start and second_end and start <= second_end:
                    end, last = second_end, second
                    index += 1
        index += 1
        if end is not None and end.year != ref.context_year:
            ref = replace(ref, context_year=end.year)
        yield DateRecord(text=text[first.start() : last.end()], start=start, end=end, span=(first.start(), last.end()))


def _complete_range(match: regex.Match[str]) -> bool:
    return bool(match["m2"] or match["yfrom"])


def _int(text: str | None) -> int | None:
    if not text:
        return None
    value = parse_number(text)
    return None if value is None else int(value)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _year(match: regex.Match[str], ref: Ref, inherit: regex.Match[str] | None) -> int | None:
    if match["yabs"]:
        return _int(match["yabs"])
    if match["era"]:
        number = 1 if match["eranum"] == "元" else _int(match["eranum"])
        return None if number is None else ERAS[match["era"]] + number - 1
    if match["y2"]:
        return _two_digit_year(match["y2"], ref)
    if match["nextyear"]:
        return None if ref.context_year is None else ref.context_year + 1
    if match["prevyear"]:
        year = ref.context_year if ref.context_year is not None else ref.date.year if ref.date else None
        return None if year is None else year - 1
    if match["yrel"]:
        if ref.date is None:
            return None
        return ref.date.year + YEAR_WORDS.get(match["yrel"], 0)
    if inherit is not None:
        first_start, _ = resolve(inherit, ref)
        return first_start.year if first_start else None
    if ref.reported_year is not None and _end_of_year(match):
        return ref.reported_year  # 年末 in a bulletin of February 2020 is the end of 2019
    return ref.date.year if ref.date else None


def _two_digit_year(digits: str, ref: Ref) -> int | None:
    """两位年份: the latest year with those digits no more than ten years after the reference
    (98年 read in 2020 is 1998, 70年 read in 1965 is 1970; 2020 stands in for a missing
    reference)."""
    short = _int(digits)  # a digit string, Arabic or Chinese: 98, 九八, 〇八
    if short is None:
        return None
    latest = (ref.date.year if ref.date else 2020) + 10
    return latest - (latest - short) % 100


def _end_of_year(match: regex.Match[str]) -> bool:
    """年末, 年底, 四季度, 12月: the parts of a year a report published early the next year speaks of."""
    return bool(
        match["ypart"] in ("年末", "年底")
        or (match["quarter"] and _int(match["quarter"]) == 4)
        or (match["m1"] and not match["m2"] and _int(match["m1"]) == 12)
    )


Span = tuple[dt.date | None, dt.date | None]
NO_SPAN: Span = (None, None)


def resolve(match: regex.Match[str], ref: Ref, inherit: regex.Match[str] | None = None) -> Span:
    """Start and end of one matched point; (None, None) when it cannot be known."""
    try:
        return _resolve(match, ref, inherit)
    except (ValueError, OverflowError):
        return NO_SPAN  # 2月30日 and other impossible calendar days


# Day words and year words, as days or years from the reference.
DAY_WORDS = {"大前天": -3, "前天": -2, "前日": -2, "昨天": -1, "昨日": -1, "今天": 0, "今日": 0, "明天": 1, "明日": 1,
             "后天": 2, "大后天": 3, "听日": 1, "寻日": -1, "琴日": -1}
YEAR_WORDS = {"大前年": -3, "前年": -2, "去年": -1, "过去一年": -1, "明年": 1, "下年": 1, "后年": 2}
# 上个季度, 下个半年: the step a relative quarter, half or month takes from the reference's.
STEPS = {"上": -1, "下": 1}


def _resolve(match: regex.Match[str], ref: Ref, inherit: regex.Match[str] | None) -> Span:
    for group, resolver in RESOLVER_GROUPS:
        if match[group]:
            return resolver(match, ref, inherit)
    year = _year(match, ref, inherit)
    if year is None:
        return NO_SPAN
    for group, part in YEAR_PART_GROUPS:
        if match[group]:
            return part(match, year)
    return NO_SPAN


def _same_day(day: dt.date) -> Span:
    return day, day


def _numeric_day(match: regex.Match[str], ref: Ref, inherit: regex.Match[str] | None) -> Span:
    """2020-10-13, 2010 01 29, 13.5.2015."""
    return _same_day(dt.date(int(match["ny"]), int(match["nm"]), int(match["nd"])))


def _compact_day(match: regex.Match[str], ref: Ref, inherit: regex.Match[str] | None) -> Span:
    """20201013."""
    return _same_day(dt.date(int(match["cy"]), int(match["cm"]), int(match["cd"])))


def _short_numeric_day(match: regex.Match[str], ref: Ref, inherit: regex.Match[str] | None) -> Span:
    """12-11-10, 27-7-3: the year in two digits."""
    year = _two_digit_year(match["sy"], ref)
    return NO_SPAN if year is None else _same_day(dt.date(year, int(match["sm"]), int(match["sd"])))


def _dotted_months(match: regex.Match[str], ref: Ref, inherit: regex.Match[str] | None) -> Span:
    """1999.08-2002.02."""
    return dt.date(int(clean(match["dy1"])), int(match["dm1"]), 1), _month_end(int(clean(match["dy2"])), int(match["dm2"]))


def _century_decade(match: regex.Match[str], ref: Ref, inherit: regex.Match[str] | None) -> Span:
    """19世纪70年代."""
    first = (_int(match["century"]) or 1) * 100 - 100 + (_int(match["decade"]) or 0)
    return _decade(first, match["decedge"])


def _dotted_day(match: regex.Match[str], ref: Ref, inherit: regex.Match[str] | None) -> Span:
    """6·30: a day of the reference year."""
    if ref.date is None:
        return NO_SPAN
    return _same_day(dt.date(ref.date.year, int(match["dotm"]), int(match["dotd"])))


def _plan(match: regex.Match[str], ref: Ref, inherit: regex.Match[str] | None) -> Span:
    """“十三五”, 十四五时期: the years of a five-year plan."""
    first, last = PLANS[match["plan"] or match["plan2"]]
    return dt.date(first, 1, 1), dt.date(last, 12, 31)


def _day_word(match: regex.Match[str], ref: Ref, inherit: regex.Match[str] | None) -> Span:
    """昨天, 后天: a day counted from the reference day."""
    if ref.date is None or ref.year_only:
        return NO_SPAN
    return _same_day(ref.date + dt.timedelta(days=DAY_WORDS[match["drel"]]))


def _relative_quarter(match: regex.Match[str], ref: Ref, inherit: regex.Match[str] | None) -> Span:
    """上个季度, 本季度末."""
    if ref.date is None or ref.year_only:
        return NO_SPAN
    quarter = (ref.date.month - 1) // 3 + STEPS.get(match["qrel"], 0)
    return _quarter(ref.date.year + (quarter // 4), 3 * (quarter % 4) + 1, match["qreledge"])


def _relative_half(match: regex.Match[str], ref: Ref, inherit: regex.Match[str] | None) -> Span:
    """上个半年, 这个半年."""
    if ref.date is None or ref.year_only:
        return NO_SPAN
    half = (ref.date.month - 1) // 6 + STEPS.get(match["hrel"], 0)
    year, first_month = ref.date.year + half // 2, 6 * (half % 2) + 1
    return dt.date(year, first_month, 1), _month_end(year, first_month + 5)


def _this_and_next(match: regex.Match[str], ref: Ref, inherit: regex.Match[str] | None) -> Span:
    """今明两年 (this year and the next), 今明两天 (today and tomorrow)."""
    if match["thisnext"] == "年":
        if ref.date is None:
            return NO_SPAN
        return dt.date(ref.date.year, 1, 1), dt.date(ref.date.year + 1, 12, 31)
    if ref.date is None or ref.year_only:
        return NO_SPAN
    return ref.date, ref.date + dt.timedelta(days=1)


def _half_of_month(match: regex.Match[str], ref: Ref, inherit: regex.Match[str] | None) -> Span:
    """上半月, 下半月 alone: of the reference month."""
    if ref.date is None or ref.year_only:
        return NO_SPAN
    return _month_part(ref.date.year, ref.date.month, match["halfmonth"])


def _holiday(match: regex.Match[str], ref: Ref, inherit: regex.Match[str] | None) -> Span:
    """国庆节, 元旦: a fixed-date holiday of the reference year."""
    if ref.date is None:
        return NO_SPAN
    month, day_of_month = HOLIDAYS[match["holiday"]]
    return _same_day(dt.date(ref.date.year, month, day_of_month))


def _decade(first: int, edge: str | None) -> tuple[dt.date, dt.date]:
    """A decade from its first year, or its early (初), middle (中) or late (末) years."""
    low, high = {"初": (0, 2), "中": (3, 6), "末": (7, 9)}.get((edge or "")[:1], (0, 9))
    return dt.date(first + low, 1, 1), dt.date(first + high, 12, 31)


def _relative_decade(match: regex.Match[str], ref: Ref, inherit: regex.Match[str] | None) -> Span:
    """上世纪80年代 (the last century's), 本世纪20年代 (this century's), 90年代 (the latest that
    began by the reference year)."""
    if ref.date is None:
        return NO_SPAN
    decade = _int(match["rdecade"] or match["bdecade"]) or 0
    century = ref.date.year // 100 * 100
    if match["centrel"] == "上":
        century -= 100
    elif match["centrel"] is None and century + decade > ref.date.year:
        century -= 100
    return _decade(century + decade, match["rdecedge"] or match["bdecedge"])


def _relative_month(match: regex.Match[str], ref: Ref, inherit: regex.Match[str] | None) -> Span:
    """本月9日, 上个月, and a day alone (20日) in the reference month or the range's first month."""
    if inherit is not None and match["dalone"]:
        first_start, _ = resolve(inherit, ref)
        if first_start is None:
            return NO_SPAN
        day = dt.date(first_start.year, first_start.month, _int(match["dalone"]) or 0)
        return day, day
    if ref.date is None or ref.year_only:
        return NO_SPAN
    year, month = ref.date.year, ref.date.month
    if match["mrel"]:
        step = -1 if match["mrel"].startswith("上") else 1 if match["mrel"].startswith("下") else 0
        month += step
        if month == 0:
            year, month = year - 1, 12
        elif month == 13:
            year, month = year + 1, 1
        if match["mreld"]:
            day = dt.date(year, month, _int(match["mreld"]) or 0)
            return day, day
        return _month_part(year, month, match["mrelpart"])
    day = dt.date(year, month, _int(match["dalone"]) or 0)
    return day, day


def _offset(match: regex.Match[str], ref: Ref, inherit: regex.Match[str] | None) -> Span:
    """5天前, 17天后, 17天内, 3年后, 七年半后: a day (a year, a month) counted from the reference date."""
    if ref.date is None or ref.year_only and match["offunit"] != "年":
        return NO_SPAN
    count = _int(match["off"]) or 0
    sign = -1 if match["offdir"] == "前" else 1
    unit = match["offunit"]
    if unit == "年" and match["offdir"] in ("内", "以内"):
        return ref.date, _years_later(ref.date, count)  # 3年内: from the reference, as 17天内 is
    if unit == "年":
        year = ref.date.year + sign * count
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if unit == "年半":
        # 七年半后: a month, as exact as "half a year" allows.
        months = ref.date.year * 12 + ref.date.month - 1 + sign * (count * 12 + 6)
        year, month = divmod(months, 12)
        return dt.date(year, month + 1, 1), _month_end(year, month + 1)
    days = count * (7 if unit == "周" else 30 if unit.endswith("月") else 1)
    target = ref.date + dt.timedelta(days=sign * days)
    if match["offdir"] in ("内", "以内"):
        return ref.date, target
    return target, target


def _years_later(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)  # 29 February in a common year


def _quarter(year: int, first_month: int, edge: str | None) -> tuple[dt.date, dt.date]:
    """A quarter, or its last (末) or first (初) month."""
    if edge == "末":
        return dt.date(year, first_month + 2, 1), _month_end(year, first_month + 2)
    if edge == "初":
        return dt.date(year, first_month, 1), _month_end(year, first_month)
    return dt.date(year, first_month, 1), _month_end(year, first_month + 2)


def _month_part(year: int, month: int, part: str | None) -> tuple[dt.date, dt.date]:
    last = _month_end(year, month)
    part = (part or "").lstrip("月")
    if part == "上中旬":
        return dt.date(year, month, 1), dt.date(year, month, 20)
    if part == "中下旬":
        return dt.date(year, month, 11), last
    if part in ("上旬", "初"):
        return dt.date(year, month, 1), dt.date(year, month, 10)
    if part == "中旬":
        return dt.date(year, month, 11), dt.date(year, month, 20)
    if part in ("下旬", "底", "末"):
        return dt.date(year, month, 21), last
    if part == "上半月":
        return dt.date(year, month, 1), dt.date(year, month, 15)
    if part == "下半月":
        return dt.date(year, month, 16), last
    return dt.date(year, month, 1), last


# Patterns that carry everything they need, or take it from the reference date: the groups
# that mark each (any one of them) and its resolver, tried in order.
Resolver = Callable[[regex.Match[str], Ref, regex.Match[str] | None], Span]
RESOLVERS: tuple[tuple[tuple[str, ...], Resolver], ...] = (
    (("ny",), _numeric_day),
    (("cy",), _compact_day),
    (("sy",), _short_numeric_day),
    (("dy1",), _dotted_months),
    (("century",), _century_decade),
    (("rdecade", "bdecade"), _relative_decade),
    (("dotm",), _dotted_day),
    (("plan", "plan2"), _plan),
    (("drel",), _day_word),
    (("off",), _offset),
    (("qrel",), _relative_quarter),
    (("hrel",), _relative_half),
    (("thisnext",), _this_and_next),
    (("halfmonth",), _half_of_month),
    (("holiday",), _holiday),
    (("mrel", "dalone"), _relative_month),
)


def _year_range(match: regex.Match[str], year: int) -> Span:
    """2011-2015年; a range that runs backwards (2015-2011年) has no span."""
    first = int(parse_number(match["yfrom"]) or 0)
    return (dt.date(first, 1, 1), dt.date(year, 12, 31)) if first <= year else NO_SPAN


def _half(match: regex.Match[str], year: int) -> Span:
    """上半年, 后半年."""
    if (match["half"] or match["halfalt"]) in ("上半年", "前半年"):
        return dt.date(year, 1, 1), dt.date(year, 6, 30)
    return dt.date(year, 7, 1), dt.date(year, 12, 31)


def _quarter_of(match: regex.Match[str], year: int) -> Span:
    """三季度, 第一季度末, 首季度."""
    return _quarter(year, 3 * (_int(match["quarter"]) or 1) - 2, match["qedge"])


def _first_quarters(match: regex.Match[str], year: int) -> Span:
    """前三季度."""
    return dt.date(year, 1, 1), _month_end(year, 3 * (_int(match["firstq"]) or 1))


def _first_months(match: regex.Match[str], year: int) -> Span:
    """前8个月, 前两月."""
    months = _int(match["firstm"]) or 1
    return (dt.date(year, 1, 1), _month_end(year, months)) if 1 <= months <= 12 else NO_SPAN


def _last_months(match: regex.Match[str], year: int) -> Span:
    """2021年的最后4个月: September to December."""
    months = _int(match["lastm"]) or 1
    return (dt.date(year, 13 - months, 1), dt.date(year, 12, 31)) if 1 <= months <= 12 else NO_SPAN


def _first_days(match: regex.Match[str], year: int) -> Span:
    """去年的前10天: the year's first days."""
    days = _int(match["firstd"]) or 1
    return (dt.date(year, 1, 1), dt.date(year, 1, 1) + dt.timedelta(days=days - 1)) if 1 <= days <= 366 else NO_SPAN


def _nth_month(match: regex.Match[str], year: int) -> Span:
    """今年的第三个月."""
    month = _int(match["nthm"]) or 0
    return (dt.date(year, month, 1), _month_end(year, month)) if 1 <= month <= 12 else NO_SPAN


def _year_edge(match: regex.Match[str], year: int) -> Span:
    """年初, 去年底: the first or the last month."""
    if (match["ypart"] or match["yedge"]) in ("年初", "初", "伊始"):
        return dt.date(year, 1, 1), _month_end(year, 1)
    return dt.date(year, 12, 1), dt.date(year, 12, 31)


def _month(match: regex.Match[str], year: int) -> Span:
    """10月, 1-8月, 10月13日, 10月下旬."""
    month = 1 if match["m1"] == "元" else _int(match["m1"]) or 0
    if match["m2"]:
        last = _int(match["m2"]) or 0
        # 11至2月: a range of months that runs into the next year (the winter, a heating season)
        return dt.date(year, month, 1), _month_end(year + 1 if last < month else year, last)
    if match["d"]:
        return _same_day(dt.date(year, month, _int(match["d"]) or 0))
    return _month_part(year, month, match["mpart"])


def _first_month(match: regex.Match[str], year: int) -> Span:
    """首月, 今年首月: January."""
    return dt.date(year, 1, 1), _month_end(year, 1)


def _whole_year(match: regex.Match[str], year: int) -> Span:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


# Parts of a year, resolved against the year the match writes, inherits from the start of
# its range, or takes from the reference: the marking groups and resolvers, tried in order.
YEAR_PARTS: tuple[tuple[tuple[str, ...], Callable[[regex.Match[str], int], Span]], ...] = (
    (("yfrom",), _year_range),
    (("half", "halfalt"), _half),
    (("quarter",), _quarter_of),
    (("firstq",), _first_quarters),
    (("firstm",), _first_months),
    (("lastm",), _last_months),
    (("firstd",), _first_days),
    (("nthm",), _nth_month),
    (("ypart", "yedge"), _year_edge),
    (("m1",), _month),
    (("firstmonth",), _first_month),
    (("yabs", "yrel", "y2", "era", "nextyear", "prevyear"), _whole_year),
)

# The tables flattened to one (group, resolver) pair per group: asked once per date.
RESOLVER_GROUPS = tuple((group, resolver) for groups, resolver in RESOLVERS for group in groups)
YEAR_PART_GROUPS = tuple((group, part) for groups, part in YEAR_PARTS for group in groups)
