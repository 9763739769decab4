"""Convert JioNLP's time-parser test cases into peer cases that the dev peer files do not hold.

Usage: python docs/peer-unseen/convert_jionlp.py TEST_TIME_PARSER_PY DEV_PEER_DATES > jionlp-dates.jsonl

TEST_TIME_PARSER_PY is test/test_time_parser.py of dongrixinyu/JioNLP (Apache 2.0 licence). Kept:
the cases JioNLP resolves `accurate`ly to whole days (a point or a span from 00:00:00 to
23:59:59), with the timestamp of the case, read in China's time, as the reference date. Left
out, as the dev peer files leave them out: times of day, weeks and weekdays, the lunar calendar,
and every case a dev peer file holds.
"""

import ast
import datetime as dt
import json
import re
import sys

SKIPPED_RE = re.compile("周|星期|礼拜|农历|阴历|腊月|正月|初[一二三四五六七八九十]|[点时分秒]|上午|下午|晚|早|凌晨|中午|夜|inf")
CHINA = dt.timedelta(hours=8)
STAMPS = {"_ts_1": 1623604000, "_ts_2": 1630480532}


def cases(source: str, dev: set[str]):
    seen: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "time_string_list"):
            continue
        for element in node.value.elts:
            try:
                text, stamp, expected = eval(compile(ast.Expression(element), "case", "eval"), dict(STAMPS))  # noqa: S307 (the suite's literals)
            except (NameError, TypeError, ValueError):
                continue
            span = expected.get("time") if isinstance(expected, dict) else None
            if text in dev or text in seen or not isinstance(stamp, (int, float)) or not _whole_days(expected, span):
                continue
            if SKIPPED_RE.search(text + json.dumps(span)):
                continue
            seen.add(text)
            ref = (dt.datetime.fromtimestamp(stamp, dt.timezone.utc) + CHINA).date().isoformat()
            yield {"suite": "jionlp/time_parser", "text": text, "kind": "date", "ref_date": ref,
                   "expect": {"start": span[0][:10], "end": span[1][:10]}}


def _whole_days(expected: dict, span) -> bool:
    return (
        expected.get("type") in ("time_point", "time_span") and expected.get("definition") == "accurate"
        and isinstance(span, list) and len(span) == 2 and all(isinstance(part, str) for part in span)
        and span[0].endswith("00:00:00") and span[1].endswith("23:59:59")
    )


if __name__ == "__main__":
    dev_texts = {json.loads(line)["text"] for line in open(sys.argv[2], encoding="utf-8")}
    for row in cases(open(sys.argv[1], encoding="utf-8").read(), dev_texts):
        print(json.dumps(row, ensure_ascii=False))
