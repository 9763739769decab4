"""The reference date: --ref-date, then the file name, then the text's latest full date,
then its latest year (year only); and the year an early-year report speaks of."""

from __future__ import annotations

import datetime as dt

import pytest

from factx.refdate import NO_REF, Ref, infer, reported

D = dt.date


@pytest.mark.parametrize(
    ("text", "source", "option", "expected"),
    [
        # The option wins over everything.
        ("2019年5月1日", "2018-01-02.txt", D(2020, 10, 14), (Ref(D(2020, 10, 14)), "option")),
        # A date in the file name, in its usual spellings.
        ("2019年5月1日", "pages/2020-10-14.txt", None, (Ref(D(2020, 10, 14)), "filename")),
        ("", "rmrb_20201014_01.txt", None, (Ref(D(2020, 10, 14)), "filename")),
        ("", "2020.10.14-page3.txt", None, (Ref(D(2020, 10, 14)), "filename")),
        # An impossible file-name date is no date: the text decides.
        ("2019年5月1日", "20201332.txt", None, (Ref(D(2019, 5, 1)), "text")),
        # The latest full date of the text, in Chinese or ISO form, full-width digits too.
        ("2019年5月1日发布，2019年6月30日更新", None, None, (Ref(D(2019, 6, 30)), "text")),
        ("发布于2021-03-05", None, None, (Ref(D(2021, 3, 5)), "text")),
        ("２０２０年１０月１４日", None, None, (Ref(D(2020, 10, 14)), "text")),
        # A year alone fixes the year only.
        ("2020年全市经济稳中向好", None, None, (Ref(D(2020, 1, 1), year_only=True), "year")),
        ("2020重庆国际创投大会开幕", None, None, (Ref(D(2020, 1, 1), year_only=True), "year")),
        # A decade is no year; nothing dated gives no reference.
        ("上世纪90年代以来", None, None, (NO_REF, None)),
        ("今天天气很好", "-", None, (NO_REF, None)),
    ],
)
def test_infer_takes_the_first_source_that_gives_a_date(text, source, option, expected):
    assert infer(text, source, option) == expected


@pytest.mark.parametrize(
    ("text", "ref", "year"),
    [
        ("2019年国民经济和社会发展统计公报", Ref(D(2020, 2, 28)), 2019),
        ("政府工作报告指出，过去一年全市经济增长", Ref(D(2020, 1, 15)), 2019),
        ("2019年全市经济运行情况", Ref(D(2020, 3, 10)), 2019),
        ("上一年度财务报告", Ref(D(2020, 4, 30)), 2019),
        # Published after April, a report speaks of its own year.
        ("2019年统计公报", Ref(D(2020, 5, 1)), None),
        # A bulletin of the year of publication is no look back.
        ("2020年统计公报", Ref(D(2020, 2, 28)), None),
        ("全市举行运动会", Ref(D(2020, 2, 28)), None),
        # Without a full reference date, nothing can be inferred.
        ("2019年统计公报", Ref(D(2020, 1, 1), year_only=True), None),
        ("2019年统计公报", NO_REF, None),
        ("过去一年", Ref(D(2020, 12, 1)), None),
    ],
)
def test_reports_published_early_in_a_year_speak_of_the_year_before(text, ref, year):
    assert reported(text, ref).reported_year == year
