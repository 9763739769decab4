"""Property tests: for any text, extraction never raises, spans index the text, values are sane."""

import json
import math

import jsonschema
from hypothesis import HealthCheck, given, settings, strategies as st

from factx import extract_text
from factx.models import Article

PIECES = list("零〇一二两三四五六七八九十百千万亿点成余多约超近年月日号季度上下旬底初至到-－.，。、％%（）“”") + [
    "1373.3", "2020", "10", "8", "亿元", "万吨", "个", "家", "平方米", "百分之", "个百分点", "今年", "去年", "前三季度",
    "上半年", "以上", "左右", "不低于", "重庆大学", "有限公司", "研究院", "市政府", "基金", "总规模", "的", "本报讯",
    "（上接1版）", "\n", " ", "\u3000", "以下简称", "等",
    "vs", "VS", "（中国）", "分行", "驻", "附属", "记者", "研究员", "局", "部", "队", "第五条", "07 年", "09-01",
    "年半后", "以及", "省级", "中国银行", "上海", "华为", "外交部", "集团",
]
SCHEMA = Article.model_json_schema(mode="serialization")

chinese_like = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
any_text = st.text(max_size=300)


def check(text: str) -> None:
    for article in extract_text(text, "2020-10-14"):
        payload = json.loads(article.model_dump_json())
        jsonschema.validate(payload, SCHEMA)
        body = article.text
        for record in article.records:
            if record.type == "organization":
                assert all(0 <= s < e <= len(body) and body[s:e] for s, e in record.spans)
                continue
            start, end = record.span
            assert 0 <= start < end <= len(body)
            if record.type == "metric":
                assert body[start:end] == record.raw
                assert math.isfinite(float(record.value))
                if record.value_max is not None:
                    assert record.value <= record.value_max
            elif record.type == "date":
                assert body[start:end] == record.text
                if record.start is not None:
                    assert record.start <= record.end
            else:
                assert body[start:end] == record.name


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(chinese_like)
def test_numerals_units_dates_and_punctuation(text):
    check(text)


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_arbitrary_unicode(text):
    check(text)
