"""The organisation grammar's word lists and patterns, in one place (the words themselves, each
role documented, in factx/data/org_words.tsv)."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

from ... import patterns
from ...tables import (
    MAIN_VERBS,
    NOUN_TAGGED_VERBS,
    ORG_SUFFIXES,
    ORG_WORDS,
    SURNAMES,
    alternation,
)
from .. import tokens as tk

# Whether a sentence holds a head at all, asked of every sentence: the standard library's
# engine runs a plain alternation of words 2.5 times faster than regex's.
HAS_HEAD_RE = re.compile(alternation(ORG_SUFFIXES))
# A branch (分行, 分公司, 支队: 分 or 支 and a head, or 分行, 支行, 分社 whose 行 and 社 are no
# heads alone) is named by its parent and its place: 中储粮 + 黑龙江 + 分公司.
BRANCH_RE = patterns.compile(f"[分支](?:{alternation(ORG_SUFFIXES)})$|(?:分行|支行|分社)$")
# Short names defined in the text: X（以下简称Y） / X(下称“Y”) / X（简称“Y”）.
ALIAS_RE = patterns.compile(
    r"""(?x)
    [（(] \s* (?:以下)?(?:简称|下称|下简称) \s* [“"「]? (?P<short>[^”"」）)，,]{2,12}?) [”"」]? \s* [）)]
    """
)
# A coordinated list: A、B、C, perhaps closed by 等(15家)?央企 / 等机构 / 等高校, which
# marks every item as an organisation.
LIST_RE = patterns.compile(
    r"""(?x)
    (?P<items> (?: [^\s，,。；;：:、（）()“”]{2,16} 、 )+ [^\s，,。；;：:、（）()“”]{2,16} )
    """
)
LIST_CUE_RE = patterns.compile(
    rf"""(?x)
    ^等 (?P<count> [0-9０-９一二三四五六七八九十百多余]+ [家个所] )?
    (?: {alternation(ORG_WORDS["list_modifier"])} )*
    (?P<cue> {alternation(ORG_WORDS["list_cue"])} )
    """
)
# One item right before 等 (方正高密等15家企业); cues that mark it as a name without a count.
# Scanned over every article: the standard library's engine runs it four times faster.
EXAMPLE_RE = re.compile(r"(?:^|(?<=[，,。；;：:\s“（(]))(?P<item>[^\s，,。；;：:、（）()“”]{2,16}?)(?=等)")
STRONG_CUES = frozenset(ORG_WORDS["strong_cue"])
MAX_CUE = 30
# Where a list's last item ends: at 等, a quantity, or a particle.
ITEM_END_RE = patterns.compile(r"以及|等|[0-9０-９]|的|在|是|为|和|与|及")
CUE_KINDS = dict.fromkeys(ORG_WORDS["university_cue"], "university")
LIST_OPENERS = patterns.compile(f"^.*(?:{alternation(ORG_WORDS['list_opener'])})")
NAME_BARRIERS = frozenset(ORG_WORDS["name_barrier"])
EVENT_WORDS = ORG_WORDS["event"]
MAX_UNKNOWN_ITEM = 8
COMMON_TAGS = ("n", "vn", "v", "a", "an", "l")
# Pronouns, verbs, adverbs, prepositions, times: the clause before a list, not its first item.
CLAUSE_TAGS = ("r", "v", "d", "p", "c", "t")
# Left-overs of a dateline glued to a name (本报讯, １２月３１日讯, 日电): 讯 and 电 only
# right after 日, so that 电子科大 keeps its 电; and the 据 or 经 after them (讯经国务院办公厅).
# What a name never starts with: a dateline's end (本报讯据), and the term of a body (九届全国人大:
# the ninth National People's Congress is 全国人大).
NAME_PREFIX_RE = patterns.compile(r"(?:本报讯|日[讯电]|(?<=[日报社])[讯电])[据经由在从]?|第?[一二三四五六七八九十0-9０-９]+届")
# A body's term as a word of its own (第十四届), which a member's name may stand before
# (韩卫国 + 第十四届全国政协 + 委员): the name then opens after it.
TERM_RE = patterns.compile(r"第?[一二三四五六七八九十0-9０-９]+届")
# 外交部长, 市公安局长, 银行行长: the name with 长 after it is a title, not the institution
# (长期, 长远, 长足 are not); 文旅部门: a department of any body, where the dictionary's 文旅部
# cut 部门 in two.
RUN_ON_RE = patterns.compile(r"(?<=[部局厅署院行处科所校])长(?![期远足效久])|(?<=部)门")
FORMER_WORDS = frozenset(ORG_WORDS["former"])
MAX_NAME = 30
NUMERAL_WORD_RE = patterns.compile(r"[〇一二三四五六七八九十百千万亿两]{1,3}")
DIRECTION_WORDS = frozenset(ORG_WORDS["direction"])
# A fixture, A vs B: both sides are teams (the names of clubs are often their cities').
VERSUS_RE = patterns.compile(r"(?i)(?<=[\p{Han}A-Za-z])\s*(?:vs|ｖｓ)\.?\s*(?=[\p{Han}A-Za-z])")
MAX_SIDE_WORDS = 3
NUMERAL_CHARS = frozenset("一二两三四五六七八九十0123456789０１２３４５６７８９")
# 智能化 + 工厂: an -ization word jieba knows is no proper noun, whatever it tags it (传化, a word
# it does not know, is a guessed name: 传化集团).
ABSTRACT_END = "化"
OPENING_BRACKETS = frozenset("（(")
CLOSING_BRACKETS = frozenset("）)")
NOT_NAME_ORDINALS = ORG_WORDS["not_name_ordinal"]
LINKING_WORDS = frozenset(ORG_WORDS["linking"])
# A title (研究员, 工程师, 院长) ends a run of name words: a person's name follows it.
TITLE_RE = patterns.compile(r"..*[员师长]$")
# Titles a person's name follows (部长 + 蓝佛安, 主任 + 李至伦, 书记 + 尹强, 教授 + …).
PERSON_TITLE_RE = patterns.compile(r"..*(?:[员师长任记席裁官]|教授|董事|理事)$")
# Words a name may start from when common nouns come before them (_from_place), and the
# tags of words that make the name start earlier after all (华为 + 上海研究所).
ANCHOR_TAGS = ("ns", "nt")
PLACE_ENDS = ORG_WORDS["place_end"]
BLOCKS_PLACE_CUT = ("eng", "nrt", "j")
PROPER_TAGS = ("ns", "nr", "nrt", "nrfg", "nt", "nz", "j", "eng")
NAME_OPENERS = ORG_WORDS["name_opener"]
SHORTHAND_PLACES = ORG_WORDS["shorthand_place"]
NOT_AFTER_HEAD = ORG_WORDS["not_after_head"]
MEMBER_WORDS = frozenset(ORG_WORDS["member"])
# jieba's tags of Chinese personal names (a transliterated name, nrt, also names places and firms).
PERSON_TAGS = frozenset(("nr", "nrfg"))
# jieba's tags of foreign names, which open the name of a foreign body (哈萨克斯坦 nrt, 东帝汶 nr).
FOREIGN_NAME_TAGS = frozenset(("nrt", "nr"))
CONCEPT_ENDINGS = ORG_WORDS["concept"]
VENUE_ENDINGS = ORG_WORDS["venue"]
COORDINATORS = frozenset(ORG_WORDS["coordinator"])
# What jieba tags a body's field (住房, 民政, 发展): a common or verbal noun, a set phrase
# (自然资源, 计划生育), an adjectival noun (卫生), an abbreviation (房地产, 房产).
FIELD_TAGS = frozenset(("n", "vn", "l", "an", "j"))
# The kinds of body named by the fields they govern or study (住房和城乡建设部, 党史和文献研究院).
FIELD_KINDS = frozenset(("government", "research", "university", "association"))
MAX_FIELD_WORDS = 2
FIELD_WORDS = frozenset(ORG_WORDS["field_word"])
UNIT_HEADS = frozenset(ORG_WORDS["unit"])
# People are no field (农民和农村党支部 is two parties), though 外交和侨民部 ends in them.
PEOPLE_ENDS = tuple("民员人者")
PEOPLE_NOUNS = frozenset(ORG_WORDS["people"])
# Clubs named as their city is (罗马, 利物浦) are clubs only in a sentence about a match: one
# with a word of a match or a score (1比1, 2:0; one digit a side, so not a time, 10:30), and
# not right before an event the city hosts (巴塞罗那 + 游泳世锦赛, 2008年 + 北京奥运会).
CLUB_PLACES = frozenset(ORG_WORDS["club_place"])
MATCH_RE = patterns.compile(
    rf"""(?x)
    {alternation(ORG_WORDS["match_word"])}
    | (?<! [0-9:：.] ) [0-9] \s* (?: 比 | [:：] ) \s* [0-9] (?! [0-9:：] )
    """
)
HOST_EVENT_RE = patterns.compile(rf"(?:[0-9]{{2,4}}年?)?\p{{Han}}{{0,4}}?(?:{alternation(ORG_WORDS['host_event'])})")
MIN_NAME = 2
# Numerals that open no word the segmenter guessed as a name, and the count of the largest of
# a kind (四大, 十大) that opens no name (see grammar._glued_pair).
GLUE_NUMERALS = frozenset("一二两三四五六七八九十几")
# Adverbs, modals and conjunctions the HMM glues to a neighbouring character: a guessed pair
# that opens with one (没能, 已派, 再建, 遍设, 将作), or a guessed word that ends in one (多以, 语及, 美再,
# 王小洪及, 庹震为, 俄应 "Russia should"), is words of the sentence glued, no part of a name (正奥, 太岳, 鲁能, 君联
# are names: no such character).
GLUE_ADVERBS = frozenset("没已也都就才又再遍将")
GLUE_ENDINGS = frozenset("以及再也都就才又为应")
LARGEST_RE = patterns.compile(r"[一二两三四五六七八九十几]+大")
# A lone character between 、 and a name is the name's first (、 + 天 + 风天睿投资有限公司):
# the segmenter split it off as a measure word, a numeral or a name fragment.
SPLIT_OFF_TAGS = ("q", "m", "nrt", "ng", "zg")
COUNT_MEASURES = frozenset(ORG_WORDS["count_measure"])
# Heads of bodies every country has one of: after China's and another country's short forms
# (中 + 德 + 政府, 中 + 俄 + 海军) both countries' bodies, no name, where any other head names a
# joint body (中 + 俄 + 能源合作委员会, 中 + 德 + 经济顾问委员会).
OWN_BODY_HEADS = frozenset(("政府", "议会", "国会", "海军", "陆军", "空军", "军", "海关"))
CHINA_SHORT = "中"
# 国 alone after a numeral counts countries (两 + 国 + 空军, 三 + 国 + 外长): their bodies, no name.
COUNTED_COUNTRY = "国"
LATIN_RE = patterns.compile(r"[A-Za-z]")
LATIN_WORD_RE = patterns.compile(r"[A-Za-z]+")
PREDICATES = frozenset(MAIN_VERBS) | NOUN_TAGGED_VERBS
# What before a head makes it a kind of body in the plural, no name (各区县政府, 各级党委).
PLURAL_OPENERS = ("各", "历届", "所有", "两国")
NATIONS = "各国"  # 各国议会联盟 (the Inter-Parliamentary Union) names one body
# Determiners inside a name that make it every body of a kind (澳门所有学校, 部分高校), or
# the bodies of two sides or of every place (中法 + 两国 + 政府, 世界 + 各地 + 领事馆).
PLURAL_WORDS = frozenset(("所有", "全部", "部分", "一些", "多所", "每所", "这些", "各类", "两国", "各地", "世界各地", "全国各地"))
# A verb's complement of result after it (运用 + 好, 落实 + 好): the verb and its complement end
# before the body they act on (运用好 + 中墨议会), where 好 opening a brand (好 + 未来) follows no verb.
RESULT_COMPLEMENTS = frozenset(("好",))
# What a verb before a complement is tagged: verbs, and the verbs jieba tags adjectives (落实 a);
# the predicates jieba tags nouns (利用 n) are verbs too.
COMPLEMENTED_TAGS = ("v", "a")
# Heads that are verbs too (学会 "learned"): after a person or before an aspect marker (杨丽娟 +
# 学会 + 了) the verb, where 中国化学 + 学会 is a society.
VERB_HEADS = frozenset(("学会",))
ASPECT_MARKERS = frozenset(("了", "过", "着"))
# One-character heads that end many foreign names too (卢卡申科, 莫斯科, 特拉维夫 is no head).
NAME_ENDING_HEADS = frozenset(("科",))
LOCATIVE_PREPOSITIONS = frozenset(("在", "于", "抵"))
# The tags of a modifier inside a name that the name rules stop at: adjectives, time words,
# adverbs and distinguishing words (老年, 现代, 首都: jieba tags 首都 d). Not verbs: after a
# place a verb is mostly its predicate (美国强调 + 国际货币基金组织).
BRIDGE_TAGS = frozenset(("a", "ad", "an", "t", "d", "b"))
# A head the segmenter leaves alone names the body in general: 带领党和人民, 爱党爱国, 放在党和
# 国家工作全局; a party's name is one word (共产党, 民主党, 国民党).
BARE_HEADS = frozenset(("党",))
# Heads that after a place alone name a part of it, no body (景德镇市 + 中心: the city centre).
PLACE_ONLY_HEADS = frozenset(("中心",))


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


def is_person(token: tk.Token, tags: Collection[str] = PERSON_TAGS, shortest: int = 2) -> bool:
    """Whether a token is a Chinese personal name: tagged so by jieba and opening with a
    surname (李强, 欧阳夏丹), where jieba's dictionary also tags 科学城 and 双拥 nr. `tags` and
    `shortest` widen it where the context already says a person follows (a title before
    王磊 nz, or a surname cut off: 龚 + 槚钦)."""
    word = token.word
    return token.tag in tags and shortest <= len(word) <= 4 and (word[0] in SURNAMES or word[:2] in SURNAMES)
