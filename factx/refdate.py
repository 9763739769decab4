"""The reference date that relative expressions (今年, 去年, 10月13日) resolve against.

`--ref-date` wins. Otherwise a date in the file name (2020-10-14, 20201014),
then the latest full date the text writes (2020年10月14日, 2020-10-14), then
the latest year it names (2020年, or a year opening an event name such as
2020线上中国国际智能产业博览会), which fixes the year only. Nothing here
reads the clock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import PurePath

from . import patterns
from .numbers import clean


@dataclass(frozen=True)
class Ref:
    """The reference date; `year_only` when only its year is known; `reported_year` when the
    article reports on the year before it was published (an annual bulletin of February);
    `context_year` while dates are read, the year the text last named."""

    date: dt.date | None
    year_only: bool = False
    reported_year: int | None = None
    # The year the text last named (its last date's end), which 次年 and 翌年 follow.
    context_year: int | None = None


NO_REF = Ref(None)

FILENAME_DATE_RE = patterns.compile(
    r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})[-_.]?(?P<m>0[1-9]|1[0-2])[-_.]?(?P<d>0[1-9]|[12][0-9]|3[01])(?![0-9])"
)
TEXT_DATE_RE = patterns.compile(
    r"""(?x)
    (?<![0-9０-９])
    (?P<y>(?:19|20|１９|２０)[0-9０-９]{2}) \s*
    (?: 年 \s* (?P<m>[0-9０-９]{1,2}) \s* 月 \s* (?P<d>[0-9０-９]{1,2}) \s* 日
      | - (?P<m>[01]?[0-9]) - (?P<d>[0-3]?[0-9]) (?![0-9]) )
    """
)
# A year as a year: 2020年, or opening a name (2020线上…博览会, 2020重庆国际创投大会).
TEXT_YEAR_RE = patterns.compile(r"(?<![0-9０-９.．])(?P<y>(?:19|20|１９|２０)[0-9０-９]{2})(?=\s*年|\p{Han})(?!年代)")


def infer(text: str, source: str | None = None, option: dt.date | None = None) -> tuple[Ref, str | None]:
    """The reference and where it came from: option, filename, text, year, or None."""
    if option is not None:
        return Ref(option), "option"
    if source and source != "-":
        for match in FILENAME_DATE_RE.finditer(PurePath(source).name):
            day = _date(match["y"], match["m"], match["d"])
            if day:
                return Ref(day), "filename"
    days = [day for match in TEXT_DATE_RE.finditer(text) if (day := _date(match["y"], match["m"], match["d"]))]
    if days:
        return Ref(max(days)), "text"
    years = [int(clean(match["y"])) for match in TEXT_YEAR_RE.finditer(text)]
    if years:
        return Ref(dt.date(max(years), 1, 1), year_only=True), "year"
    return Ref(None), None


def _date(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(clean(year)), int(clean(month)), int(clean(day)))
    except ValueError:
        return None


# What an annual report calls itself (2019年国民经济和社会发展统计公报, 政府工作报告), and its
# look back (过去一年). Published in the first months of a year, it reports on the year before.
REPORT_TITLE_RE = patterns.compile(r"(?P<y>(?:19|20)[0-9]{2})年[^。\n]{0,24}?(?:统计公报|公报|年报|年度报告|工作报告|经济运行情况)")
LOOK_BACK_RE = patterns.compile(r"过去一年|上一年度")
REPORT_MONTHS = 4


def reported(text: str, ref: Ref) -> Ref:
    """`ref` with the reported year set when `text` reports on the year before its date."""
    if ref.date is None or ref.year_only or ref.date.month > REPORT_MONTHS:
        return ref
    previous = ref.date.year - 1
    titled = any(int(match["y"]) == previous for match in REPORT_TITLE_RE.finditer(text))
    if titled or LOOK_BACK_RE.search(text):
        return replace(ref, reported_year=previous)
    return ref
