"""Normalizing text: print-layout lines re-joined into paragraphs, layout noise dropped."""

from __future__ import annotations

import unicodedata

import pytest
import regex

from factx.normalize import WIDE_RUN_RE, clean_line, display_width, paragraphs

FULL = "重庆市科技局昨日发布数据显示全市高新技术企业数量持续增长"  # a full column line, no stop


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # A line broken by the column width carries on, whatever is on the next line.
        (f"{FULL}\n{FULL}。\n", [FULL + FULL + "。"]),
        # Sentence-final punctuation ends a paragraph.
        (f"{FULL}。\n{FULL}。\n", [FULL + "。", FULL + "。"]),
        # A line that ends mid-clause carries on even when short.
        ("会议指出，\n要加快发展。\n", ["会议指出，要加快发展。"]),
        # An indented line starts a paragraph.
        (f"{FULL}\n　　{FULL}。\n", [FULL, FULL + "。"]),
        # CRLF and lone CR are line breaks.
        ("第一段。\r\n第二段。\r第三段。", ["第一段。", "第二段。", "第三段。"]),
        # Latin words broken across lines get their space back; Chinese never takes one.
        ("The report was\npublished today.\n", ["The report was published today."]),
        # A short line after a blank one, ending no sentence, is the next heading.
        (f"{FULL}。\n\n短标题\n{FULL}。\n", [FULL + "。", "短标题", FULL + "。"]),
        # A dateline at the start of a line opens a new paragraph.
        (f"标题一行\n本报讯（记者 王五）{FULL}。\n", ["标题一行", f"本报讯（记者 王五）{FULL}。"]),
        # Blank lines alone (a layout block) do not split a sentence.
        (f"{FULL}\n\n{FULL}。\n", [FULL + FULL + "。"]),
        # Empty and blank input has no paragraphs.
        ("", []),
        ("\n \n\u3000\n", []),
    ],
)
def test_paragraphs_rejoin_what_layout_broke(raw, expected):
    assert [paragraph.text for paragraph in paragraphs(raw)] == expected


# Page furniture (captions, credits, page numbers) is dropped from a page; a text that is
# furniture alone has no page around it, and is kept whole rather than lost.
FURNITURE_ALONE = [
    ("图为泰禾红御总裁助理沈力男", ["图为泰禾红御总裁助理沈力男"]),
    ("图为施工现场。\n", ["图为施工现场。"]),
    ("第3版\n", ["第3版"]),
    ("责任编辑：王某\n", ["责任编辑：王某"]),
    ("\n图为到场嘉宾揭牌\n\n", ["图为到场嘉宾揭牌"]),
    # near misses: furniture beside body text is dropped, and the sentence it split rejoins
    (f"图为施工现场。\n{FULL}。\n", [FULL + "。"]),
    (f"{FULL}\n图为施工现场。\n{FULL}。\n", [FULL + FULL + "。"]),
    (f"{FULL}。\n第3版\n", [FULL + "。"]),
    (f"责任编辑：王某\n{FULL}。\n", [FULL + "。"]),
    (f"{FULL}。\n本报记者 王青摄\n", [FULL + "。"]),
]


@pytest.mark.parametrize(("raw", "expected"), FURNITURE_ALONE)
def test_furniture_alone_is_the_text(raw, expected):
    assert [paragraph.text for paragraph in paragraphs(raw)] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("正文\x00内容", "正文内容"),
        ("正文\x1b[0m", "正文[0m"),
        ("正文\x85", "正文"),
        ("全角\u3000空格", "全角 空格"),
        ("不换行\u00a0空格", "不换行 空格"),
        ("制表\t符", "制表 符"),
        ("行尾空格   ", "行尾空格"),
        ("\u3000\u3000缩进", "  缩进"),
        ("普通文字", "普通文字"),
        ("", ""),
    ],
)
def test_clean_line_drops_controls_and_evens_spaces(line, expected):
    assert clean_line(line) == expected


@pytest.mark.parametrize(
    ("text", "width"),
    [("abc", 3), ("中文", 4), ("ＡＢ", 4), ("“”", 4), ("…", 2), ("a中", 3), ("１２３", 6), ("123", 3), ("", 0), ("，", 2)],
)
def test_display_width_counts_half_width_cells(text, width):
    assert display_width(text) == width


def test_the_blocks_measured_at_once_are_wide_throughout():
    """display_width counts WIDE_RUN_RE's characters as two cells without asking unicodedata;
    every character of its blocks must be wide (U+303F, the half-width space mark, is not)."""
    ranges = [(int(low, 16), int(high, 16)) for low, high in regex.findall(r"\\u(\w{4})-\\u(\w{4})", WIDE_RUN_RE.pattern)]
    assert len(ranges) == 4
    narrow = [chr(code) for low, high in ranges for code in range(low, high + 1) if unicodedata.east_asian_width(chr(code)) not in "WF"]
    assert narrow == []
    assert display_width("\u303f") == 1 and display_width("〾") == 2


def test_headings_are_short_paragraphs_without_final_punctuation():
    parsed = paragraphs(f"全市经济稳中向好\n\n{FULL}。\n")
    assert [paragraph.is_heading for paragraph in parsed] == [True, False]


# One paragraph per line, no blank line between (web exports, transcripts, archives): a short
# line before a line three or more times its width is a heading of its own. A column's lines
# are as wide as one another, so the layout never broke it.
LONG = "国家统计局今天发布数据显示，今年前三季度全国规模以上工业增加值同比增长百分之五点八，增速比上半年加快"
DATELINE = "央视网消息（新闻联播）："
HEADINGS_BEFORE_ONE_LINE_PARAGRAPHS = [
    (f"{DATELINE}\n上半年新开通国际货运航线超70条\n{LONG}。\n", [DATELINE + "上半年新开通国际货运航线超70条", LONG + "。"]),
    (f"{DATELINE}\n苏丹一村庄遭袭致85人死亡\n{LONG}。\n", [DATELINE + "苏丹一村庄遭袭致85人死亡", LONG + "。"]),
    (f"{DATELINE}\n英国多地爆发抗议活动\n{LONG}。\n", [DATELINE + "英国多地爆发抗议活动", LONG + "。"]),
    (f"{DATELINE}\n全国早稻产量再创历史新高\n{LONG}。\n", [DATELINE + "全国早稻产量再创历史新高", LONG + "。"]),
    (f"{DATELINE}\n第二届链博会倒计时一百天\n{LONG}。\n", [DATELINE + "第二届链博会倒计时一百天", LONG + "。"]),
    (f"{DATELINE}\n经济发展新动能指数较快增长\n{LONG}。\n", [DATELINE + "经济发展新动能指数较快增长", LONG + "。"]),
    (f"国内联播快讯\n三季度经济运行稳中有进\n{LONG}。\n", ["国内联播快讯", "三季度经济运行稳中有进", LONG + "。"]),
    (f"价格法\n第二章经营者的价格行为\n{LONG}。\n", ["价格法", "第二章经营者的价格行为", LONG + "。"]),
    (f"名单如下：\n一、先进集体（共100个）\n{LONG}。\n", ["名单如下：一、先进集体（共100个）", LONG + "。"]),
    (f"附件\n中华人民共和国价格法\n{LONG}。\n", ["附件", "中华人民共和国价格法", LONG + "。"]),
]
ONE_LINE_PARAGRAPH_NEAR_MISSES = [
    # A column's lines run on whatever their count.
    (f"{FULL}\n{FULL}\n{FULL}。\n", [FULL + FULL + FULL + "。"]),
    # A line that ends mid-clause carries on into a long one.
    (f"央视网消息（新闻联播）：\n{LONG}。\n", ["央视网消息（新闻联播）：" + LONG + "。"]),
    # A last line of a paragraph, then the next paragraph: no heading made.
    (f"{LONG}，\n{LONG}。\n", [LONG + "，" + LONG + "。"]),
]


@pytest.mark.parametrize(
    ("raw", "expected"), HEADINGS_BEFORE_ONE_LINE_PARAGRAPHS + ONE_LINE_PARAGRAPH_NEAR_MISSES,
    ids=[raw[:12] for raw, _ in HEADINGS_BEFORE_ONE_LINE_PARAGRAPHS + ONE_LINE_PARAGRAPH_NEAR_MISSES],
)
def test_a_short_line_before_a_whole_paragraph_line_is_a_heading(raw, expected):
    assert [paragraph.text for paragraph in paragraphs(raw)] == expected
