"""Organisations: every institution named, with a kind and the span of every mention.

Four sources, merged per article:
- the gazetteer (and `--orgs` names): names rules cannot find (小米, 新华社);
- a suffix grammar over jieba's tags: place and proper-noun prefixes and
  modifiers, then a head from org_suffixes.tsv that gives the kind
  (重庆市 + 大数据发展 + 局 -> government), starting at the first place word
  after common nouns (合作方 + 香港利丰集团) and joined to a parent written right
  before a branch (招行 + 广州分行);
- short forms the text defines (重庆赛恩斯环保工程有限公司(以下简称赛恩斯));
- coordinated lists that the text marks as organisations
  (中电科集团、中国平安、国药集团、招商局等央企).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Collection, Iterable, Mapping

import regex

from ..models import Organization
from ..tables import ORG_DEPARTMENTS, ORG_GAZETTEER, ORG_GENERIC, ORG_STOP, ORG_SUFFIXES, ORG_WEAK_HEADS, SUBJECT_WORDS, alternation
from . import tokens as tk

HEAD_RE = regex.compile(f"(?:{alternation(ORG_SUFFIXES)})$")
HAS_HEAD_RE = regex.compile(alternation(ORG_SUFFIXES))
# A branch (分行, 分公司, 支队: 分 or 支 and a head, or 分行, 支行, 分社 whose 行 and 社 are no
# heads alone) is named by its parent and its place: 中储粮 + 黑龙江 + 分公司.
BRANCH_RE = regex.compile(f"[分支](?:{alternation(ORG_SUFFIXES)})$|(?:分行|支行|分社)$")
# Tags a name may be built of, left of its head.
NAME_TAGS = ("ns", "nr", "nrt", "nrfg", "nt", "nz", "n", "j", "b", "vn", "eng", "l", "an", "ng")
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
NAME_PREFIX_RE = regex.compile(r"(?:本报讯|日[讯电]|(?<=[日报社])[讯电])[据经由在从]?")
# 外交部长, 市公安局长, 银行行长: the name with 长 after it is a title, not the institution
# (长期, 长远, 长足 are not).
TITLE_AFTER_RE = regex.compile(r"(?<=[部局厅署院行处科所校])长(?![期远足效久])")
# A title's "former" (原外交部长) when it stands as a word of its own, not 原子能研究院.
FORMER_WORDS = frozenset({"原", "前"})
MAX_NAME = 30
NUMERAL_WORD_RE = regex.compile(r"[〇一二三四五六七八九十百千两]+")
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
NAME_OPENERS = ("市", "省", "县", "区", "中国", "中华")
SHORTHAND_PLACES = ("市", "省", "县", "区", "州", *NATIONAL_WORDS)
# A head followed by one of these names an event or a thing, not an institution (商会联盟峰会).
NOT_AFTER_HEAD = ("峰会", "论坛", "会议", "大会", "博览会", "活动", "项目", "平台", "基地", "园区", "建设", "机构",
                  "组织", "城市")
MIN_NAME = 2
LATIN_RE = regex.compile(r"[A-Za-z]")
LATIN_WORD_RE = regex.compile(r"[A-Za-z]+")
MAIN_VERBS = SUBJECT_WORDS["main_verb"]


@dataclass
class _Found:
    name: str
    kind: str | None
    start: int


def find_organizations(text: str, extra: Collection[tuple[str, str]] = frozenset()) -> list[Organization]:
    """Organisations of one article; `extra` adds (name, kind) pairs to the gazetteer.

    The gazetteer's index is built once per distinct `extra`: pass the same frozenset for
    every article (as the pipeline does), and it costs nothing after the first.
    """
    found: dict[str, _Found] = {}

    def add(name: str, kind: str | None, start: int) -> None:
        name = name.strip()
        if len(name) < MIN_NAME or name in ORG_STOP or TITLE_AFTER_RE.match(text, start + len(name)):
            return
        if name not in found or start < found[name].start:
            previous = found.get(name)
            found[name] = _Found(name, kind or (previous.kind if previous else None), start)

    for name, kind, start in _gazetteer(text, extra):
        add(name, kind, start)
    for name, kind, start in _grammar(text):
        add(name, kind, start)
    for name, kind, start in _branches(text, found):
        add(name, kind, start)
    for name, kind, start in _aliases(text, found):
        add(name, kind, start)
    for name, kind, start in _lists(text, found):
        add(name, kind, start)
    for name, kind, start in _examples(text, found):
        add(name, kind, start)
    for name, start in _match_sides(text):
        add(name, found[name].kind if name in found else "other", start)
    return _with_mentions(text, found.values())


def _gazetteer(text: str, extra: Collection[tuple[str, str]]) -> Iterable[tuple[str, str, int]]:
    """Gazetteer names that do not overlap, longest first: 其中兴业银行 holds 兴业银行, not 中兴."""
    # frozenset() of a frozenset is that same object: no copy, and its hash is cached.
    table, index = _gazetteer_index(frozenset(extra))
    candidates = []
    for position in range(len(text) - 1):
        for name in index.get(text[position : position + 2], ()):
            if text.startswith(name, position) and _stands_alone(text, position, position + len(name)):
                candidates.append((position, name))
                break  # the index lists the longest first
    taken = bytearray(len(text))
    for position, name in sorted(candidates, key=lambda item: (-len(item[1]), item[0])):
        end = position + len(name)
        if not any(taken[position:end]):
            taken[position:end] = b"\x01" * len(name)
            yield name, table[name], position


@lru_cache(maxsize=4)
def _gazetteer_index(extra: frozenset[tuple[str, str]]) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """The gazetteer with the user's names, and its names by their first two characters, longest first."""
    table = {**ORG_GAZETTEER, **dict(extra)}
    index: dict[str, list[str]] = {}
    for name in sorted(table):
        if len(name) >= MIN_NAME:
            index.setdefault(name[:2], []).append(name)
    return table, {key: tuple(sorted(group, key=len, reverse=True)) for key, group in index.items()}


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Latin names must not be part of a longer Latin word (IBM, not the IBM of IBMer)."""
    if LATIN_RE.match(text[start]) and start > 0 and LATIN_RE.match(text[start - 1]):
        return False
    return not (LATIN_RE.match(text[end - 1]) and end < len(text) and LATIN_RE.match(text[end]))


def _grammar(text: str) -> Iterable[tuple[str, str, int]]:
    for start, end in tk.sentences(text):
        if not HAS_HEAD_RE.search(text, start, end):
            continue
        tokens = tk.tag(text, start, end)
        for index, token in enumerate(tokens):
            head = HEAD_RE.search(token.word)
            if not head or _stopped(token.word, head.group()):
                continue
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            following_head = HEAD_RE.search(following.word) if following is not None else None
            if (
                following_head
                and following.tag.startswith(NAME_TAGS)
                and not _stopped(following.word, following_head.group())
                and not following.word.startswith(NAME_OPENERS)
            ):
                continue  # the head of a longer name (研究院 of 研究院有限公司), not 洛阳市委 + 市政府
            if following is not None and following.word.startswith(NOT_AFTER_HEAD):
                continue
            if token.tag.startswith("v") and token.tag != "vn" and not BRANCH_RE.fullmatch(token.word):
                continue  # 交办, 入局, 组织: verbs that end in a head (jieba tags the branch 分行 v too)
            if token.tag == "m":
                continue  # 两队, 一部: a count, not a head
            if token.tag.startswith("nr") and index > 0 and tokens[index - 1].tag == "nr" and len(tokens[index - 1].word) == 1:
                continue  # 陈 + 陆军: a surname and a given name that ends in a head
            left = index
            while left > 0:
                if _name_part(tokens, left - 1):
                    left -= 1
                elif ORG_SUFFIXES[head.group()] == "company" and _bracketed(tokens, left):
                    left -= 3  # 爱立信（中国）有限公司, 华安工业（集团）公司
                else:
                    break
            while left < index and (
                tokens[left].tag.startswith("v")
                and (tokens[left].tag != "vn" or tokens[left + 1].tag.startswith(PROPER_TAGS))
            ):
                left += 1  # 来自市科技局, 影响以色列政府: a name does not begin with a verb
            if left < index and tokens[left].word in FORMER_WORDS:
                left += 1
            if not BRANCH_RE.search(token.word):
                left = _from_place(tokens, left, index)
            name_start = tokens[left].start
            prefix = NAME_PREFIX_RE.match(text, name_start, token.end)
            if prefix:
                name_start = prefix.end()
            name = text[name_start : token.end]
            if not len(head.group()) < len(name) <= MAX_NAME or not _specific(tokens[left : index + 1], head.group(), name):
                continue
            yield name, ORG_SUFFIXES[head.group()], name_start


def _stopped(word: str, head: str) -> bool:
    """干部 ends in the head 部 but is no name; the head word alone (中心) is fine here."""
    if word == head:
        return False
    return word in ORG_STOP or any(word.endswith(stop) and stop != head for stop in ORG_STOP if len(stop) >= 2)


def _specific(tokens: list[tk.Token], head: str, name: str) -> bool:
    """Whether the name picks out one organisation.

    No name is made only of descriptive words (商业银行, 地方政府); a weak head (局, 部, 中心)
    also needs a place or proper noun in its name (智能化工厂 has none).
    """
    prefix = name[: -len(head)]
    parts = [token.word for token in tokens[:-1]] + ([tokens[-1].word[: -len(head)]] if tokens[-1].word != head else [])
    if all(part in ORG_GENERIC for part in parts if part):
        return False
    if head in ORG_DEPARTMENTS:
        return bool(HAS_HEAD_RE.search(prefix))
    if head not in ORG_WEAK_HEADS:
        return True
    if _shorthand(tokens[0]) or prefix in ORG_GAZETTEER:
        return True  # 市科技局; 微软 + 公司
    if any(
        (token.tag.startswith(PROPER_TAGS) and not token.word.endswith(ABSTRACT_END))
        or LATIN_WORD_RE.fullmatch(token.word)
        or HEAD_RE.search(token.word)
        for token in tokens[:-1]
    ):
        return True
    # 辽宁队 and 湖北省物价局 are one token each: ask the tagger about the part before the head.
    # Out of context a fragment it does not know is only a guess (有价 of 有价证券), not a name.
    return any(
        token.tag.startswith(PROPER_TAGS) and (token.tag != "nz" or tk.known(token.word))
        for token in tk.tag(prefix, 0, len(prefix))
    )


def _shorthand(first: tk.Token) -> bool:
    """Whether a name opens with the article's shorthand for its own place (市 + 科技局,
    市委宣传部, 国家 + 旅游局), not with a word that merely starts so (市级, 市场, 区域)."""
    return first.word.startswith(SHORTHAND_PLACES) and (
        first.word in SHORTHAND_PLACES or bool(HEAD_RE.search(first.word)) or not tk.known(first.word)
    )


def _bracketed(tokens: list[tk.Token], left: int) -> bool:
    """Whether one short word in brackets, after more of a name, ends right before tokens[left]."""
    return (
        left >= 4
        and tokens[left - 1].word in CLOSING_BRACKETS
        and tokens[left - 3].word in OPENING_BRACKETS
        and len(tokens[left - 2].word) <= 4
        and tokens[left - 2].tag.startswith(NAME_TAGS)
        and _name_part(tokens, left - 4)
    )


def _from_place(tokens: list[tk.Token], left: int, index: int) -> int:
    """Where a name starts that has a place or an institution inside it.

    Common nouns in front of the first place word are the sentence's, not the name's:
    合作方 + 香港利丰集团, 当地报纸援引 + 菲卫生部, 这是 + 公主岭市怀德粮库, 荣茂为 + 市人大常委会.
    """
    for position in range(left, index):
        token = tokens[position]
        if token.tag.startswith(BLOCKS_PLACE_CUT):
            return left
        guessed = token.tag == "nz" and not tk.known(token.word)
        if (token.tag.startswith(PROPER_TAGS) and not guessed) or HEAD_RE.search(token.word) or token.word in SHORTHAND_PLACES:
            break
    else:
        # Only common words, or a word jieba guessed (a person's name), before a head it knows
        # as a whole name: 利用 + 中国政府, 险胜 + 辽宁队 (jieba's dictionary tags such verbs
        # n), 银寿春 + 河北农业大学.
        if tokens[index].tag == "nt" and tokens[index].word not in ORG_SUFFIXES:
            return index
    for position in range(left, index):
        token = tokens[position]
        if token.tag.startswith(BLOCKS_PLACE_CUT) or token.word in OPENING_BRACKETS or token.word in ORG_GAZETTEER:
            return left  # 华为 + 南京研究所: a known name before the place is the name's own
        if (
            token.tag.startswith(ANCHOR_TAGS)
            or token.word in SHORTHAND_PLACES
            or _administrative(token)
        ):
            return position
    return left


def _administrative(token: tk.Token) -> bool:
    """A full administrative place name (山西省, 公主岭市, 内蒙古自治区), which opens a name."""
    return len(token.word) > 2 and token.word.endswith(PLACE_ENDS)


def _name_part(tokens: list[tk.Token], index: int) -> bool:
    token = tokens[index]
    if token.word in ORG_STOP:
        return False
    right = tokens[index + 1]
    if HEAD_RE.search(token.word) and (right.word.startswith(NAME_OPENERS) or _administrative(right)):
        return False  # 成都市经信局市新经济委, 河北省科协山西省曲艺团: two names side by side
    if TITLE_RE.search(token.word) and not HEAD_RE.search(right.word):
        return False  # 研究员 + 袁士畴: a title and a person, though 律师 + 事务所 is a name
    if token.tag.startswith(NAME_TAGS):
        return True
    if token.unknown_han:
        return True
    if token.tag == "m" and token.word.startswith("第") and not token.word.endswith(NOT_NAME_ORDINALS):
        return True  # 中央第十二巡视组, not 第五条 (of a law)
    if (token.tag == "m" and NUMERAL_WORD_RE.fullmatch(token.word) or token.word in DIRECTION_WORDS) and (
        index > 0 and tokens[index - 1].tag.startswith(PROPER_TAGS) and right.tag.startswith(("n", "vn"))
    ):
        return True  # 上海 + 六百 + 实业公司, 瑞典 + 北方 + 银行: a number or a direction inside a name
    if token.word in LINKING_WORDS and index > 0 and tokens[index - 1].tag.startswith(("ns", "nt", "n")):
        return True  # 中国驻南非大使馆, 医科大学附属第一医院
    if token.tag.startswith("v") and len(token.word) >= 2 and token.word not in MAIN_VERBS:
        # 运行管理中心, 创新投资集团: a verb inside a name modifies the common noun after it
        # (but 放开资本 is a verb and its object, and so is 改为 + 晋察冀: a proper noun); before
        # a bare head it does so only among other name words: after any for a one-character
        # head (综合执法 + 局), after a proper noun for a longer one (香港特别行政区筹备 + 委员会).
        if HEAD_RE.search(token.word):
            return True  # 发展控股有限公司
        right_head = HEAD_RE.search(right.word)
        bare_head = bool(right_head) and right_head.group() == right.word
        before = tokens[index - 1] if index > 0 else None
        inside = before is not None and before.word not in ORG_STOP and (
            before.tag.startswith(("ns", "nt", "nr", "nz")) if len(right.word) > 1 else before.tag.startswith(NAME_TAGS)
        )
        return right.tag in ("n", "vn", "l") and (not bare_head or inside)
    # An adjective between name parts: a lone one (电子科 + 大 + 微电子: jieba splits 电子科大),
    # or any after a proper noun (德国 + 复兴 + 信贷银行).
    return (
        token.tag == "a"
        and index > 0
        and tokens[index - 1].tag.startswith(NAME_TAGS if len(token.word) == 1 else PROPER_TAGS)
    )


def _branches(text: str, found: Mapping[str, _Found]) -> Iterable[tuple[str, str | None, int]]:
    """A branch written right after its parent is one name: 招行 + 广州分行, 中储粮 + 黑龙江分公司."""
    ends = {item.start + len(item.name): item for item in found.values()}
    for item in list(found.values()):
        parent = ends.get(item.start)
        if parent is not None and BRANCH_RE.search(item.name):
            yield parent.name + item.name, item.kind, parent.start


def _aliases(text: str, found: Mapping[str, _Found]) -> Iterable[tuple[str, str | None, int]]:
    for match in ALIAS_RE.finditer(text):
        owner = next((item for name, item in found.items() if text.endswith(name, 0, match.start())), None)
        if owner is None:
            continue
        yield match["short"], owner.kind, match.start("short")


def _lists(text: str, found: Mapping[str, _Found]) -> Iterable[tuple[str, str | None, int]]:
    """Items of a list closed by an organisation cue (等央企), or of one mostly made of known names."""
    for match in LIST_RE.finditer(text):
        items, starts = [], []
        position = match.start("items")
        for number, item in enumerate(match["items"].split("、")):
            start = position
            position += len(item) + 1
            if number == 0:
                opener = LIST_OPENERS.match(item)
                if opener:
                    item, start = item[opener.end() :], start + opener.end()
                clause = _clause_end(item)
                item, start = item[clause:], start + clause
            items.append(item)
            starts.append(start)
        last_end = ITEM_END_RE.search(items[-1])
        cut = last_end.start() if last_end else _predicate_start(items[-1])
        tail = items[-1][cut:] + text[match.end() :]
        items[-1] = items[-1][:cut]
        cue = LIST_CUE_RE.match(tail)
        known = [found[item] for item in items if item in found]
        if not cue and len(known) * 2 < len(items):
            continue
        kind = CUE_KINDS.get(cue["cue"], "company") if cue else known[0].kind
        for item, start in zip(items, starts):
            # An item that ends in a known name is that name (推动建设环重庆大学 is not one); one
            # that starts with a known name and goes on with common words is that name and what
            # it does (市委、市政府作出决定), unlike 中信 + 聚信.
            inner = next((name for name in found if item.endswith(name) and item != name), None)
            if inner is not None:
                item, start = inner, start + len(item) - len(inner)
            else:
                item = next((name for name in found if item.startswith(name) and _goes_on(item, len(name))), item)
            if item in found or _unknown_name(item):
                yield item, found[item].kind if item in found else kind, start


def _examples(text: str, found: Mapping[str, _Found]) -> Iterable[tuple[str, str | None, int]]:
    """One name given as the example of a counted or leading set: 方正高密等15家企业,
    万帮数字能源等行业龙头 (a list of several is _lists' work)."""
    for match in EXAMPLE_RE.finditer(text):
        cue = LIST_CUE_RE.match(text[match.end("item") : match.end("item") + MAX_CUE])
        if not cue or not (cue["count"] or cue["cue"] in STRONG_CUES):
            continue
        item, start = match["item"], match.start("item")
        clause = _clause_end(item)
        item, start = item[clause:], start + clause
        if item in found or ("的" not in item and _unknown_name(item)):
            yield item, found[item].kind if item in found else CUE_KINDS.get(cue["cue"], "company"), start


def _clause_end(item: str) -> int:
    """Where the first item of a list starts after the words of its clause (他深入到 + 机关)."""
    end = 0
    words = tk.tag(item, 0, len(item))
    for token, following in zip(words, words[1:] + [None]):
        if token.tag.startswith(CLAUSE_TAGS) and token.tag != "vn" and (
            not token.tag.startswith("v")
            or len(token.word) == 1
            or token.word in MAIN_VERBS
            or (following is not None and following.tag.startswith(("ns", "nt", "nr")))
        ):
            end = token.end  # 他深入到 + 机关, 还有 + 华东智联, but 创新工场 is a name
    return end


def _predicate_start(item: str) -> int:
    """Where the last item of a list gives way to what the list does (省重点办 + 初步筛选,
    劳动部 + 日前)."""
    for token in tk.tag(item, 0, len(item))[1:]:
        if token.tag.startswith(CLAUSE_TAGS) and token.tag != "vn" and not HEAD_RE.search(token.word):
            return token.start
    return len(item)


def _unknown_name(item: str) -> bool:
    """Whether an item the text marks as an organisation can be one: short, and not one
    dictionary word for a kind of thing (机关, 学校, 家电)."""
    if not 2 <= len(item) <= MAX_UNKNOWN_ITEM or item in ORG_STOP:
        return False
    words = tk.tag(item, 0, len(item))
    return not (len(words) == 1 and tk.known(item) and words[0].tag in COMMON_TAGS)


def _goes_on(item: str, end: int) -> bool:
    """Whether item[end:] is what the name does or who belongs to it (作出决定, 领导, 日前)
    rather than more of a name (中信 + 聚信)."""
    rest = tk.tag(item, end, len(item))
    return bool(rest) and not rest[0].tag.startswith(PROPER_TAGS) and not rest[0].unknown_han and not HEAD_RE.search(rest[0].word)


def _match_sides(text: str) -> Iterable[tuple[str, int]]:
    """The two sides of a fixture written A vs B (切尔西vs阿森纳, 布莱克本队 VS 利物浦队): teams."""
    if not VERSUS_RE.search(text):
        return
    for start, end in tk.sentences(text):
        matches = list(VERSUS_RE.finditer(text, start, end))
        if not matches:
            continue
        tokens = tk.tag(text, start, end)
        for match in matches:
            at = next((index for index, token in enumerate(tokens) if token.start >= match.start()), None)
            if at is None:
                continue
            sides = (_side(reversed(tokens[:at])), _side(tokens[at + 1 :]))
            if all(sides):
                for side in sides:
                    first, last = min(side, key=lambda t: t.start), max(side, key=lambda t: t.end)
                    yield text[first.start : last.end], first.start


def _side(tokens: Iterable[tk.Token]) -> list[tk.Token]:
    """Up to three name words next to vs, outward from it."""
    side: list[tk.Token] = []
    for token in tokens:
        if (
            len(side) == MAX_SIDE_WORDS
            or not (token.tag.startswith(PROPER_TAGS + ("n", "l")) or token.unknown_han)
            or token.word in ORG_STOP
            or token.word[0] in NUMERAL_CHARS
            or sum(len(t.word) for t in side) + len(token.word) > MAX_UNKNOWN_ITEM
        ):
            break
        side.append(token)
    return side


def _with_mentions(text: str, items: Iterable[_Found]) -> list[Organization]:
    """Every mention of every name; a name inside a longer one found here is not its mention."""
    ordered = sorted(items, key=lambda item: (-len(item.name), item.start, item.name))
    # Characters already inside a longer name's mention: checking a span costs its length,
    # not the number of mentions so far (a page can hold thousands).
    taken = bytearray(len(text))
    spans: dict[str, list[tuple[int, int]]] = {}
    for item in ordered:
        position = text.find(item.name)
        while position >= 0:
            span = (position, position + len(item.name))
            if not any(taken[span[0] : span[1]]):
                spans.setdefault(item.name, []).append(span)
            position = text.find(item.name, span[1])
        for start, end in spans.get(item.name, []):
            taken[start:end] = b"\x01" * (end - start)
    result = [
        Organization(name=item.name, kind=item.kind, spans=sorted(spans[item.name]))
        for item in ordered
        if spans.get(item.name)
    ]
    return sorted(result, key=lambda org: (org.spans[0][0], org.name))
