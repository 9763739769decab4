"""Property tests: for any text, extraction never raises, spans index the text, values are sane."""

import json
import math
import os
import tempfile

import jsonschema
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factx import extract_text
from factx.cli import main
from factx.inputs import Document, InputError, decode
from factx.output import dumps
from factx.schema import json_schema, validate_line

# Traditional characters and spaced-out figures go through the reading copy.
TRADITIONAL_PIECES = ["兩千萬元", "這個月", "個百分點", "億元", "餘家", "百 分之 2", "六   个 百 分点", "七成 六"]
PIECES = list("零〇一二两三四五六七八九十百千万亿点成余多约超近年月日号季度上下旬底初至到-－.，。、％%（）“”") + [
    "1373.3", "2020", "10", "8", "亿元", "万吨", "个", "家", "平方米", "百分之", "个百分点", "今年", "去年", "前三季度",
    "上半年", "以上", "左右", "不低于", "重庆大学", "有限公司", "研究院", "市政府", "基金", "总规模", "的", "本报讯",
    "（上接1版）", "\n", " ", "\u3000", "以下简称", "等",
    "vs", "VS", "（中国）", "分行", "驻", "附属", "记者", "研究员", "局", "部", "队", "第五条", "07 年", "09-01",
    "年半后", "以及", "省级", "中国银行", "上海", "华为", "外交部", "集团", *TRADITIONAL_PIECES,
    # the words the subject rules key on, beside doubled marks (利润6315.2亿元，；分别同比增长 once
    # raised: an empty clause before 分别)
    "分别", "同比", "增长", "下降", "比", "占", "达", "实现", "利润", "营业收入", "；", "：", "基础上", "其中", "累计",
]
SCHEMA = json_schema("article")

chinese_like = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
any_text = st.text(max_size=300)


def check(text: str) -> None:
    for article in extract_text(text, "2020-10-14"):
        line = dumps(article)
        jsonschema.validate(json.loads(line), SCHEMA)
        validate_line(line)
        body = article.text
        for record in article.records:
            if record.type == "organization":
                assert all(0 <= s < e <= len(body) and body[s:e] for s, e in record.spans)
                continue
            start, end = record.span
            assert 0 <= start < end <= len(body)
            if record.type == "metric":
                assert body[start:end] == record.raw
                assert "\n" not in record.raw and record.raw.strip() in record.evidence
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


# Lines of text, each in an encoding of its own, with stray bytes: what reaches the reader.
ENCODINGS = ["utf-8", "gb18030", "big5", "utf-16"]
lines_in_encodings = st.lists(
    st.tuples(chinese_like, st.sampled_from(ENCODINGS), st.binary(max_size=2)), min_size=1, max_size=8
)


def encoded(lines):
    return b"\n".join(text.encode(codec, errors="ignore") + stray for text, codec, stray in lines)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=3000), lines_in_encodings.map(encoded)))
def test_any_bytes_are_read_or_refused_with_a_reason(data):
    result = decode("page.txt", data)
    assert isinstance(result, (Document, InputError))
    if isinstance(result, InputError):
        assert result.error and result.detail
        return
    check(result.text)


# Output file names a user may give: spaces, dots, dashes, non-ASCII, a leading dash.
file_names = st.text(
    alphabet=st.sampled_from(list("abc XYZ_-.中文１")), min_size=1, max_size=20
).filter(lambda name: name not in (".", "..") and not name.startswith("-"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(file_names, chinese_like)
def test_output_goes_whole_to_any_file_name(name, text):
    runner = CliRunner()
    expected = runner.invoke(main, ["extract", "--ref-date", "2020-10-14", "-"], input=text)
    with tempfile.TemporaryDirectory() as folder:
        target = os.path.join(folder, name)
        result = runner.invoke(main, ["extract", "--ref-date", "2020-10-14", "-o", target, "-"], input=text)
        assert result.exit_code == expected.exit_code and result.stdout == ""
        with open(target, encoding="utf-8") as written:
            assert written.read() == expected.stdout
        assert os.listdir(folder) == [name]
