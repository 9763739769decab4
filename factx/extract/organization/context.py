"""Names the context marks as organisations though they carry no head word: a listed
company's stock code after its name (人福医药(600079)), a company officer's title and name
after it (清雷科技创始人王磊), the outlet a dateline or a source line names
(中新网9月2日电, 证券时报网讯, 来源：中国证券报), and a Latin-script name after the noun of
its kind or as the maker or the source of something (开发商Bungie, 由CriterionGames制作)."""

from __future__ import annotations

from typing import Iterable

import regex

from ... import patterns
from ...tables import ORG_GENERIC, ORG_LATIN_CUES, ORG_TRADE_WORDS, ORG_WORDS, alternation
from .. import tokens as tk
from .lexicon import MAX_UNKNOWN_ITEM, PROPER_TAGS, is_person

# A stock code in brackets right after a name: six digits (A shares), four or five with .HK,
# or with the exchange (600079.SH), perhaps introduced (股票代码：600079).
STOCK_CODE_RE = patterns.compile(
    r"""(?x)
    [（(] \s* (?:股票代码|证券代码|代码)?[:：]?\s*
    (?: [0-9]{6}(?:\.(?:SH|SZ|BJ))? | [0-9]{4,5}\.HK | (?:SH|SZ)[0-9]{6} )
    \s* [）)]
    """
)
# Words of a company's short name: proper nouns, the HMM's unknown words, and the common
# words that end short names (医药, 数控, 控股).
SHORT_NAME_TAGS = PROPER_TAGS + ("n", "vn", "an", "v")
# A dateline that opens a paragraph with the outlet's name: 中新网9月2日电, 证券时报网讯,
# 中新经纬客户端7月26日电 (the app is not part of the name), 新华社北京3月5日电 (nor the place).
# Without a date, only a name ending like an outlet's (网, 社, 报) or a portal's channel
# (新浪娱乐讯, 搜狐体育讯) opens a dateline, and not a bare kind of paper (早报讯).
DAY = r"[0-9０-９一二三四五六七八九十]{1,3}"
DATELINE_RE = patterns.compile(
    rf"""(?x)
    ^ [（(【]? (?P<name> [\p{{Han}}A-Za-z]{{2,14}}? ) (?:客户端|APP|app)?
    # 新华社北京5月19日电, 证券时报网讯, 央视网消息（新闻联播）: an outlet that reports.
    (?: {DAY}月{DAY}日 (?:讯|电)
      | (?<= [\p{{Han}}]{{2}}(?:网|社|报|台|财经) | (?:{alternation(ORG_WORDS["web_portal"])})(?:{alternation(ORG_WORDS["web_channel"])}) ) (?:讯|消息) )
    """,
    regex.MULTILINE,
)
# What an outlet's name ends in: the name runs to the last of these (新华社 of 新华社基辅).
OUTLET_END_RE = patterns.compile(r"^.+(?:网|社|报|台|财经|新闻)")  # (网易汽车 opens with 网, no ending)
SOURCE_LINE_RE = patterns.compile(r"(?m)(?:^|[\s　])(?:来源|稿源)\s*[:：]\s*(?P<name>[\p{Han}A-Za-z]{2,12}?)(?=[\s　]|$|作者|记者|时间)")
# "According to" before an outlet (另据俄新社消息, 根据巴勒斯坦官方通讯社消息): no part of its name.
REPORT_OPENER_RE = patterns.compile(r"(?:另据|根据|又据|据)?")
# The paper's own word for itself, and words that open datelines without naming an outlet.
NOT_OUTLETS = frozenset({"本报", "本台", "本刊", "本网", "记者", "通讯员", "据", "综合"})


def stock_names(text: str) -> Iterable[tuple[str, str, int]]:
    """人福医药(600079), 华中数控（300161）: the name before a stock code is a company."""
    for match in STOCK_CODE_RE.finditer(text):
        start = max(0, match.start() - MAX_UNKNOWN_ITEM * 2)
        tokens = tk.tag(text, start, match.start())
        index = _run_start(tokens, SHORT_NAME_TAGS)
        # The name starts at its first proper noun (龙头企业 + 海康威视), common words before it
        # are the sentence's.
        while index < len(tokens) and not (tokens[index].tag.startswith(PROPER_TAGS) or tokens[index].unknown_han):
            index += 1
        if index == len(tokens):
            continue
        name_start = tokens[index].start
        name = text[name_start : match.start()]
        if 2 <= len(name) <= MAX_UNKNOWN_ITEM:
            yield name, "company", name_start


# A company's officers: a government's, a school's or a party's name their bodies with a head
# word (市长, 校长, 书记), which the grammar reads. Modifiers of the title (轮值董事长) are no
# part of the company's name.
OFFICER_RE = patterns.compile(
    r"""(?x)
    (?: 轮值 | 执行 | 名誉 | 荣誉 | 常务 )?
    (?: 联合创始人 | 创始人 | 创办人 | 副?董事长 | 董事会主席 | 董事会秘书 | 副?总裁 (?: 助理 )? | 副?总经理 (?: 助理 )?
      # 副总 alone is a company's vice president (副总统, 副总理 are a state's)
      | 副总 (?! [统理] )
      # a director of a function (设计总监, 财务总监): the function is the title's, not the name's
      | (?: 设计 | 营销 | 财务 | 技术 | 市场 | 运营 | 投资 | 品牌 | 销售 | 创意 | 艺术 | 研发 | 产品 | 人力资源 )? 总监
      | 首席 (?: 执行 | 技术 | 运营 | 财务 | 信息 ) 官 | 首席科学家 | CEO | CTO | COO | CFO )
    """
)
# Words of the company's name before the title: nouns, proper or common (蜂巢 + 能科, 银杉 +
# 资本), and characters jieba does not know; a verb, a preposition or a mark ends it
# (担任 + 清雷科技).
OFFICER_NAME_TAGS = ("n", "j", "eng", "an")
# A company's own name has a proper word (能科 nz), or ends in a trade (资本, 科技, 网络) after
# words of its own; 电动车企业创始人 and 该公司董事长 name no company. The legal forms (公司,
# 集团) head names the grammar reads.
OWN_NAME_TAGS = ("nz", "nt", "nrt", "eng", "j")
TRADE_ENDINGS = tuple(
    word for word in ORG_TRADE_WORDS if not word.endswith(("公司", "集团", "股份", "控股")) and word not in ("中国", "国际")
)
PERSON_NAME_TAGS = ("nr", "nz", "nrt")
# Characters before the title that are read for the name: a run of nouns this long is a
# sentence's, not a name.
OFFICER_WINDOW = MAX_UNKNOWN_ITEM + 6


def officer_names(text: str) -> Iterable[tuple[str, str, int]]:
    """清雷科技创始人王磊, 银杉资本执行董事长吴迪: the words right before a company officer's
    title, where the officer's name follows it, are the company's name."""
    for match in OFFICER_RE.finditer(text):
        after = tk.tag(text, match.end(), min(len(text), match.end() + 4))
        if not after or not _personal_name(after[0]):
            continue
        window_start = max(0, match.start() - OFFICER_WINDOW)
        tokens = tk.tag(text, window_start, match.start())
        index = _run_start(tokens, OFFICER_NAME_TAGS)
        if index == len(tokens) or (index == 0 and window_start > 0):
            continue
        name = text[tokens[index].start : match.start()]
        own = any(token.tag in OWN_NAME_TAGS and token.word not in ORG_GENERIC or token.unknown_han for token in tokens[index:])
        trade = max((word for word in TRADE_ENDINGS if name.endswith(word)), key=len, default="")
        # 润泽 + 地产: words of its own before the trade (中国 + 地产 is a trade in a country)
        traded = bool(trade) and len(name) - len(trade) >= 2 and any(
            token.tag != "ns" and token.word not in ORG_GENERIC for token in tk.tag(name, 0, len(name) - len(trade))
        )
        if (own or traded) and 2 <= len(name) <= MAX_UNKNOWN_ITEM + 2:
            yield name, "company", tokens[index].start


def _personal_name(token: tk.Token) -> bool:
    """A Chinese personal name (王磊, or a surname the segmenter cut off: 龚 + 槚钦) or a
    transliterated one (马斯克)."""
    return token.tag == "nrt" or is_person(token, PERSON_NAME_TAGS, shortest=1)


def _run_start(tokens: list[tk.Token], tags: tuple[str, ...]) -> int:
    """Where the run of words with these tags (or of characters jieba does not know) that
    ends the tokens begins."""
    index = len(tokens)
    while index > 0 and (tokens[index - 1].tag.startswith(tags) or tokens[index - 1].unknown_han):
        index -= 1
    return index


def outlet_names(text: str) -> Iterable[tuple[str, str, int]]:
    """The outlet a dateline or a source line names: media are organisations of kind other."""
    for pattern in (DATELINE_RE, SOURCE_LINE_RE):
        for match in pattern.finditer(text):
            opener = REPORT_OPENER_RE.match(match["name"])
            name, start = match["name"][opener.end() :], match.start("name") + opener.end()
            if name in NOT_OUTLETS or name.startswith(tuple(NOT_OUTLETS)):
                continue
            outlet = OUTLET_END_RE.match(name)
            if outlet:
                name = outlet.group()  # 新华社基辅: the place the report is from is not the outlet's
            tokens = tk.tag(name, 0, len(name))
            if all(token.tag == "ns" for token in tokens):
                continue  # 广州1月5日电: a place alone
            if len(tokens) > 1 and tokens[-1].tag == "ns":
                name = name[: tokens[-1].start]
            if len(name) >= 2:
                yield name, "other", start


# A Latin-script name: letters, perhaps with digits, marks or spaced capitalised words inside
# (Goldman Sachs, san-hot, bet365).
LATIN_NAME = r"[A-Za-z][A-Za-z0-9&.\-']*[A-Za-z0-9](?:\x20[A-Z][A-Za-z0-9&.\-']*)*"
LATIN_NAME_RE = patterns.compile(
    rf"""(?x)
    # 游戏开发公司“Relic”, 研究机构Gartner: a noun of the kind of body, then the name, maybe quoted
    # (a quoted name ends at its quote: 子公司“TK控股” names TK控股)
    (?: (?P<cue> {alternation(ORG_LATIN_CUES)} ) (?| [“"「] (?P<named> {LATIN_NAME} ) [”"」] | (?P<named> {LATIN_NAME} ) (?![A-Za-z0-9]) )
    # 由CriterionGames制作, 据Gartner统计: the maker or the source of something
      | (?<= 由 | 据 ) (?P<agent> {LATIN_NAME} ) \s? (?= {alternation(ORG_WORDS["latin_agent_verb"])} ) )
    """
)
NOT_LATIN_NAMES = frozenset(ORG_WORDS["not_latin_name"])
CLOSING_QUOTES = frozenset("”\"」")
# A flight or a model number (MS804, AH5017) has two letters or fewer before its digits.
CODE_RE = patterns.compile(r"[A-Za-z]{1,2}[0-9]")


def latin_names(text: str) -> Iterable[tuple[str, str, int]]:
    """开发商Bungie, 公司“Relic”, 由CriterionGames制作: a Latin-script name the text marks as an
    organisation's (of the cue's kind; a company, for a maker or a source)."""
    for match in LATIN_NAME_RE.finditer(text):
        group = "named" if match["named"] else "agent"
        name, start = match[group], match.start(group)
        if name in NOT_LATIN_NAMES or CODE_RE.match(name):
            continue
        if match["cue"] and text[match.end() - 1 : match.end()] not in CLOSING_QUOTES and _modifies_noun(text, match.end()):
            continue  # 银行ATM机, 运营商eSIM服务: a thing's name before the thing, not a body's
        yield name, ORG_LATIN_CUES[match["cue"]] if match["cue"] else "company", start


def _modifies_noun(text: str, end: int) -> bool:
    """Whether a common noun follows right after `end` (ATM + 机, POS + 终端)."""
    following = tk.tag(text, end, min(len(text), end + 4))
    return bool(following) and following[0].start == end and following[0].tag.startswith(("n", "vn")) and not following[0].tag.startswith(PROPER_TAGS)
