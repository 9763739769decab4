"""Convert Recognizers-Text's Chinese date specs into peer cases that the dev peer files do not hold.

Usage: python docs/peer-unseen/convert_recognizers.py RECOGNIZERS_REPO DEV_PEER_DATES > recognizers-dates.jsonl

RECOGNIZERS_REPO is a checkout of microsoft/Recognizers-Text (MIT licence); the cases are its
Specs/DateTime/Chinese DateParser, DatePeriodParser and DateTimeModel files. Kept: one result of a
date or a range of dates whose future and past readings agree, read with docs/records.md's
conventions (ends inclusive: Recognizers' exclusive end is moved back a day, unless the text
names the last day itself). Left out, as the dev peer files leave them out: weeks and weekdays,
the lunar calendar, ranges of years or months (Recognizers ends them before their last unit,
docs/records.md after it), ranges up to the reference date (今年 so far), unresolved dates, and
every case a dev peer file holds.
"""

import datetime as dt
import json
import pathlib
import re
import sys

SKIPPED_WORDS_RE = re.compile("周|星期|礼拜|週|农历|正月|初[一二三四五六七八九十]|大年|除夕")
UNIT_RANGE_RE = re.compile("到|至|-|–|—|与|和|之间|之后")
DAY_RE = re.compile("[日号]")


def cases(repo: pathlib.Path, dev: set[str]):
    for name in ("DateParser", "DatePeriodParser", "DateTimeModel"):
        for case in json.loads((repo / f"Specs/DateTime/Chinese/{name}.json").read_text(encoding="utf-8")):
            result = case.get("Results") or []
            ref = ((case.get("Context") or {}).get("ReferenceDateTime") or "")[:10]
            if case["Input"] in dev or len(result) != 1 or not ref:
                continue
            span = result[0].get("Text") or ""
            if SKIPPED_WORDS_RE.search(case["Input"]) or UNIT_RANGE_RE.search(span) and not DAY_RE.search(span):
                continue
            resolved = _resolution(name, result[0], ref, span)
            if resolved:
                yield {"suite": f"recognizers/{name}", "text": case["Input"], "kind": "date", "ref_date": ref,
                       "expect": {"start": resolved[0], "end": resolved[1]}, "span_text": span}


def _resolution(name: str, result: dict, ref: str, span: str) -> tuple[str, str] | None:
    if name == "DateTimeModel":
        values = (result.get("Resolution") or {}).get("values") or []
        if len(values) != 1:
            return None
        value = values[0]
        if value.get("type") not in ("date", "daterange"):
            return None
        single, start, end = value.get("value"), value.get("start"), value.get("end")
    else:
        value = result.get("Value") or {}
        future, past = value.get("FutureResolution"), value.get("PastResolution")
        if not future or future != past:
            return None
        single, start, end = future.get("date"), future.get("startDate"), future.get("endDate")
    if any(part and len(part) != len("YYYY-MM-DD") for part in (single, start, end)):
        return None  # a time of day, or an unresolved date
    if single:
        start = end = single
    elif start and end:
        if end == ref:
            return None
        if not DAY_RE.search(span):  # 上半月, 2018年: Recognizers' end is the day after
            end = (dt.date.fromisoformat(end) - dt.timedelta(days=1)).isoformat()
    else:
        return None
    if start.startswith("0001"):
        return None
    return start, end


if __name__ == "__main__":
    dev_texts = {json.loads(line)["text"] for line in open(sys.argv[2], encoding="utf-8")}
    for row in cases(pathlib.Path(sys.argv[1]), dev_texts):
        print(json.dumps(row, ensure_ascii=False))
