"""The organisation grammar's word lists and patterns, in one place."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ...tables import ORG_SUFFIXES, SUBJECT_WORDS, alternation

HAS_HEAD_RE = regex.compile(alternation(ORG_SUFFIXES))
# A branch (分行, 分公司, 支队: 分 or 支 and a head, or 分行, 支行, 分社 whose 行 and 社 are no
# heads alone) is named by its parent and its place: 中储粮 + 黑龙江 + 分公司.
BRANCH_RE = regex.compile(f"[分支](?:{alternation(ORG_SUFFIXES)})$|(?:分行|支行|分社)$")
# Short names defined in the text: X（以下简称Y） / X(下称“Y”) / X（简称“Y”）.
ALIAS_RE = regex.compile(
    r"""(?x)
    [（(] \s* (?:以下)?(?:简称|下称|下简称) \s* [“"「]? (?P<short>[^”"」）)，,]{2,12}?) [”"」]? \s* [）)]
    """
)
# A coordinated list: A、B、C, perhaps closed by 等(15家)?央企 / 等机构 / 等高校, which
# marks every item as an organisation.
LIST_RE = regex.compile(
    r"""(?x)
    (?P<items> (?: [^\s，,。；;：:、（）()“”]{2,16} 、 )+ [^\s，,。；;：:、（）()“”]{2,16} )
    """
)
LIST_CUE_RE = regex.compile(
    r"""(?x)
    ^等 (?P<count> [0-9０-９一二三四五六七八九十百多余]+ [家个所] )?
    (?: 优质|知名|大型|骨干|重点|上市|国有|民营|头部|行业|国际|国内|世界|一批|多家|科技型 )*
    (?P<cue> 央企|国企|企业|公司|机构|集团|银行|高校|院校|大学|单位|龙头|厂商|运营商|服务商|券商|车企|药企|房企|创投|资本)
    """
)
# One item right before 等 (方正高密等15家企业); cues that mark it as a name without a count.
EXAMPLE_RE = regex.compile(r"(?:^|(?<=[，,。；;：:\s“（(]))(?P<item>[^\s，,。；;：:、（）()“”]{2,16}?)(?=等)")
STRONG_CUES = frozenset({"央企", "国企", "龙头", "车企", "药企", "房企", "券商"})
MAX_CUE = 30
# Where a list's last item ends: at 等, a quantity, or a particle.
ITEM_END_RE = regex.compile(r"以及|等|[0-9０-９]|的|在|是|为|和|与|及")
CUE_KINDS = {"高校": "university", "院校": "university", "大学": "university"}
# Verbs and function words that open a list: the first item starts after them.
LIST_OPENERS = regex.compile(r"^.*(?:包括|包含|如|有|与|和|及|以及|为|是|在|由|经|对|向|同|跟|了|邀请|集聚|吸引|聚集|联合|携手|涵盖|其中)")
MAX_UNKNOWN_ITEM = 8
COMMON_TAGS = ("n", "vn", "v", "a", "an", "l")
# Pronouns, verbs, adverbs, prepositions, times: the clause before a list, not its first item.
CLAUSE_TAGS = ("r", "v", "d", "p", "c", "t")
# Left-overs of a dateline glued to a name (本报讯, １２月３１日讯, 日电): 讯 and 电 only
# right after 日, so that 电子科大 keeps its 电; and the 据 or 经 after them (讯经国务院办公厅).
# What a name never starts with: a dateline's end (本报讯据), and the term of a body (九届全国人大:
# the ninth National People's Congress is 全国人大).
NAME_PREFIX_RE = regex.compile(r"(?:本报讯|日[讯电]|(?<=[日报社])[讯电])[据经由在从]?|第?[一二三四五六七八九十0-9０-９]+届")
# 外交部长, 市公安局长, 银行行长: the name with 长 after it is a title, not the institution
# (长期, 长远, 长足 are not).
TITLE_AFTER_RE = regex.compile(r"(?<=[部局厅署院行处科所校])长(?![期远足效久])")
# A title's "former" (原外交部长) when it stands as a word of its own, not 原子能研究院.
FORMER_WORDS = frozenset({"原", "前"})
MAX_NAME = 30
NUMERAL_WORD_RE = regex.compile(r"[〇一二三四五六七八九十百千万亿两]{1,3}")
DIRECTION_WORDS = frozenset({"东方", "西方", "南方", "北方"})
# A fixture, A vs B: both sides are teams (the names of clubs are often their cities').
VERSUS_RE = regex.compile(r"(?i)(?<=[\p{Han}A-Za-z])\s*(?:vs|ｖｓ)\.?\s*(?=[\p{Han}A-Za-z])")
MAX_SIDE_WORDS = 3
NUMERAL_CHARS = frozenset("一二两三四五六七八九十0123456789０１２３４５６７８９")
# 智能化 + 工厂: an -ization word is no proper noun, whatever jieba tags it.
ABSTRACT_END = "化"
OPENING_BRACKETS = frozenset("（(")
CLOSING_BRACKETS = frozenset("）)")
# 第五条 of a law, 第三次 of a meeting: ordinals that are no part of a name.
NOT_NAME_ORDINALS = ("条", "款", "章", "节", "次", "项", "年", "天", "个", "名", "批", "期")
# Verbs and attributes that join two parts of one name: 中国 + 驻 + 南非大使馆.
LINKING_WORDS = frozenset({"驻", "附属", "附设"})
# A title (研究员, 工程师, 院长) ends a run of name words: a person's name follows it.
TITLE_RE = regex.compile(r"..*[员师长]$")
# Words a name may start from when common nouns come before them (_from_place), and the
# tags of words that make the name start earlier after all (华为 + 上海研究所).
ANCHOR_TAGS = ("ns", "nt")
PLACE_ENDS = ("省", "市", "县", "州", "区")
BLOCKS_PLACE_CUT = ("eng", "nrt", "j")
PROPER_TAGS = ("ns", "nr", "nrt", "nrfg", "nt", "nz", "j", "eng")
NATIONAL_WORDS = ("中央", "国家", "中共", "全国")
# After a head, these open the next name (成都市经信局 + 市新经济委, 中国集邮总公司 + 中国金币总公司).
# Words that open a name of their own after a head: 洛阳市委 + 市政府, 财政部 + 国家计委.
NAME_OPENERS = ("市", "省", "县", "区", "中国", "中华", "国家", "全国", "中央")
SHORTHAND_PLACES = ("市", "省", "县", "区", "州", *NATIONAL_WORDS)
# A head followed by one of these names an event or a thing, not an institution (商会联盟峰会).
NOT_AFTER_HEAD = ("峰会", "论坛", "会议", "大会", "博览会", "活动", "项目", "平台", "基地", "园区", "建设", "机构",
                  "组织", "城市")
MIN_NAME = 2
# A lone character between 、 and a name is the name's first (、 + 天 + 风天睿投资有限公司):
# the segmenter split it off as a measure word, a numeral or a name fragment.
SPLIT_OFF_TAGS = ("q", "m", "nrt", "ng", "zg")
# Measure words of organisations: after a number they count them (3支母基金管理公司).
COUNT_MEASURES = frozenset("家个支只所批")
LATIN_RE = regex.compile(r"[A-Za-z]")
LATIN_WORD_RE = regex.compile(r"[A-Za-z]+")
MAIN_VERBS = SUBJECT_WORDS["main_verb"]


@dataclass
class Found:
    name: str
    kind: str | None
    start: int


@lru_cache(maxsize=65536)
def head_of(word: str) -> str | None:
    """The longest organisation head the word ends in (研究院 of 石墨烯研究院), or None.

    A lookup of each ending: a regex anchored at the end would try every position of the
    word against every head, and every token of a sentence with a head is asked."""
    for cut in range(len(word)):
        if word[cut:] in ORG_SUFFIXES:
            return word[cut:]
    return None
