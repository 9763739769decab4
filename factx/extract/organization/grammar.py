"""The suffix grammar: place and proper-noun prefixes, modifiers, then a head that gives the kind."""

from __future__ import annotations

from typing import Iterable, Mapping

from ...tables import (
    AGENT_NOUNS,
    COUNTRY_SHORT,
    NOUN_TAGGED_VERBS,
    ORG_DEPARTMENTS,
    ORG_GAZETTEER,
    ORG_GENERIC,
    ORG_STOP,
    ORG_SUFFIXES,
    ORG_WEAK_HEADS,
    SURNAMES,
)
from .. import tokens as tk
from .lexicon import (
    ABSTRACT_END,
    ANCHOR_TAGS,
    ASPECT_MARKERS,
    BARE_HEADS,
    BLOCKS_PLACE_CUT,
    BRANCH_RE,
    BRIDGE_TAGS,
    CHINA_SHORT,
    CLOSING_BRACKETS,
    COMPLEMENTED_TAGS,
    COORDINATORS,
    COUNT_MEASURES,
    COUNTED_COUNTRY,
    DIRECTION_WORDS,
    EVENT_WORDS,
    FIELD_KINDS,
    FIELD_TAGS,
    FIELD_WORDS,
    FOREIGN_NAME_TAGS,
    FORMER_WORDS,
    GLUE_ADVERBS,
    GLUE_ENDINGS,
    GLUE_NUMERALS,
    HAS_HEAD_RE,
    LARGEST_RE,
    LATIN_WORD_RE,
    LINKING_WORDS,
    LOCATIVE_PREPOSITIONS,
    MAIN_VERBS,
    MAX_FIELD_WORDS,
    MAX_NAME,
    MEMBER_WORDS,
    NAME_BARRIERS,
    NAME_ENDING_HEADS,
    NAME_OPENERS,
    NAME_PREFIX_RE,
    NATIONS,
    NOT_AFTER_HEAD,
    NOT_NAME_ORDINALS,
    NUMERAL_WORD_RE,
    OPENING_BRACKETS,
    OWN_BODY_HEADS,
    PEOPLE_ENDS,
    PERSON_TITLE_RE,
    PLACE_ENDS,
    PLACE_ONLY_HEADS,
    PLURAL_OPENERS,
    PLURAL_WORDS,
    PREDICATES,
    PROPER_TAGS,
    RESULT_COMPLEMENTS,
    SHORTHAND_PLACES,
    SPLIT_OFF_TAGS,
    TERM_RE,
    TITLE_RE,
    UNIT_HEADS,
    VERB_HEADS,
    Found,
    head_of,
    is_person,
)

# The head 中央 (a party's central committee), which follows the party's name.
CENTRAL = "中央"
PARTY = "党"
# Marks jieba's number shapes also tag m (，), which end a clause, not a number.
CLAUSE_MARKS = frozenset("，,")
# Short forms of two countries side by side name a joint body (中越双边合作指导委员会).
PAIRED_SHORT = frozenset(COUNTRY_SHORT) | {CHINA_SHORT}
# Who signs a report, before a name in a byline (新华社记者孙茂庆新华社通讯员钱友荣).
BYLINE_TITLES = frozenset({"记者", "通讯员", "特约记者", "实习生", "摄影"})


def grammar_names(text: str) -> Iterable[tuple[str, str, int]]:
    for start, end in tk.sentences(text):
        if not HAS_HEAD_RE.search(text, start, end):
            continue
        tokens = tk.tag(text, start, end)
        for index, token in enumerate(tokens):
            head = head_of(token.word)
            if not head or _stopped(token.word, head) or token.word in BARE_HEADS:
                continue
            if head in NAME_ENDING_HEADS and (token.tag in FOREIGN_NAME_TAGS or token.tag == "ns") and len(token.word) > 2:
                continue  # 卢卡申科, 莫斯科: a foreign name that happens to end in 科
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            following_head = head_of(following.word) if following is not None else None
            if (
                following_head
                and following.tag.startswith(tk.NAME_TAGS)
                and not _stopped(following.word, following_head)
                and not following.word.startswith(NAME_OPENERS)
                and not _verb_and_object(tokens, index + 1)
            ):
                continue  # the head of a longer name (研究院 of 研究院有限公司), not 洛阳市委 + 市政府
            if following is not None and (
                following.word.startswith(NOT_AFTER_HEAD) and following.tag != "v" or following.word in MEMBER_WORDS
            ):
                continue  # 商会 + 联盟峰会, 党 + 组织 (but 研究所 + 组织召开: the verb 组织, organise)
            if token.tag.startswith("v") and token.tag != "vn" and not BRANCH_RE.fullmatch(token.word):
                continue  # 交办, 入局, 组织: verbs that end in a head (jieba tags the branch 分行 v too)
            if _verb_and_object(tokens, index):
                continue  # 贺龙 + 率部 "led his troops", 游泳队 + 建队 "founded the team"
            if token.tag == "m":
                continue  # 两队, 一部: a count, not a head
            if token.word in VERB_HEADS and (
                following is not None and following.word in ASPECT_MARKERS
                or index > 0 and (is_person(tokens[index - 1]) or _guessed_person(tokens[index - 1]))
            ):
                continue  # 杨丽娟 + 学会 + 了种花: learned, no society
            if token.tag.startswith("nr") and index > 0 and tokens[index - 1].tag == "nr" and len(tokens[index - 1].word) == 1:
                continue  # 陈 + 陆军: a surname and a given name that ends in a head
            left = index
            while left > 0:
                if _name_part(tokens, left - 1):
                    left -= 1
                elif ORG_SUFFIXES[head] == "company" and _bracketed(tokens, left):
                    left -= 3  # 爱立信（中国）有限公司, 华安工业（集团）公司
                elif _coordinated_fields(tokens, left, index):
                    left -= 2  # 住房 + 和 + 城乡建设部, 发展 + 和 + 改革委员会
                elif _bridged(tokens, left):
                    left -= 2  # 郑州 + 老年 + 豫剧团, 中国 + 现代 + 史学会
                else:
                    break
            left = _after_predicate(tokens, left, index)
            opener = tokens[left - 1] if left > 0 and not tokens[left].word.startswith(PLURAL_OPENERS) else tokens[left]
            if opener.word.startswith(PLURAL_OPENERS) and opener.word != NATIONS:
                continue  # 各区 + 县政府, 各级 + 党委, 历届政府: a kind of body in the plural (各国议会联盟 is one)
            if any(inner.word in PLURAL_WORDS for inner in tokens[left:index]):
                continue  # 澳门 + 所有 + 学校: every body of a kind in a place
            if _whereabouts(tokens, left, index):
                left += 1  # 在 + 京 + 中国科学院: where a known body's people are, not its name
            while left < index and (
                tokens[left].tag.startswith("v")
                and (tokens[left].tag != "vn" or tokens[left + 1].tag.startswith(PROPER_TAGS))
                or tokens[left].word in NOUN_TAGGED_VERBS
                or tokens[left].word in MAIN_VERBS and not all(map(_inner_head, (token.word for token in tokens[left + 1 : index + 1])))
            ):
                # 来自市科技局, 影响以色列政府, 愿同 + 国际联合会, 建设 + 高水平大学: a name does not
                # begin with a verb, but a main verb right before heads alone may be their field
                # (建设 + 委员会, 建设 + 集团 + 股份公司)
                left += 1
            split_off = tokens[left - 1] if left > 1 and tokens[left - 2].word == "、" else None
            if split_off is not None and len(split_off.word) == 1 and split_off.tag in SPLIT_OFF_TAGS and split_off.word not in SHORTHAND_PLACES:
                left -= 1  # but 市、区、县党委: levels of government, each generic
            if left < index and tokens[left].word in FORMER_WORDS:
                left += 1
            term = next((position for position in range(left + 1, index) if TERM_RE.fullmatch(tokens[position].word)), None)
            if term is not None and (
                _person_before(text[tokens[left].start : tokens[term].start]) or term == left + 1 and is_person(tokens[left])
            ):
                left = term + 1  # 韩卫国 + 第十四届全国政协 (委员): a member's name before the body and its term
            if left > 0 and tokens[left - 1].tag == "m" and (tokens[left].word[0] in COUNT_MEASURES or tokens[left].word == COUNTED_COUNTRY):
                continue  # 3 + 支母基金管理公司: a measure word glued on after a number counts; 两 + 国 + 空军
            if (
                left > 1 and tokens[left - 1].tag == "q" and tokens[left - 2].tag == "m"
                and not any(token.tag.startswith(PROPER_TAGS) for token in tokens[left:index])
            ):
                continue  # 3 + 支 + 母基金管理公司: a count of a kind of body (but 3家 + 中国银行…)

            if not BRANCH_RE.search(token.word):
                left = _from_place(tokens, left, index)
            if left > 0 and tokens[left - 1].word == CHINA_SHORT:
                paired = text[tokens[left].start : token.end]
                own_body = head in OWN_BODY_HEADS and paired[:1] in COUNTRY_SHORT and paired[1:] == head
                if own_body or tokens[left].word in COUNTRY_SHORT:
                    if own_body or any(plural in paired for plural in PLURAL_WORDS):
                        continue  # 中 + 德 + 政府, 中 + 俄海军, 中 + 俄 + 两 + 国海军: both countries' bodies
                    left -= 1  # 中 + 俄 + 能源合作委员会: a joint body, China's short form its first word
            if left > 0 and _country_short(text, tokens, left - 1) and (
                left == index or _specific(tokens[left : index + 1], head, text[tokens[left].start : token.end])
            ):
                # 以 + 政府, 加 + 中央银行 where the article names 以色列, 加拿大; 中 + 越 + 双边…委员会
                country = left - 2 if left > 1 and tokens[left - 2].word in PAIRED_SHORT else left - 1
                if len(text[tokens[country].start : token.end]) <= MAX_NAME:
                    yield text[tokens[country].start : token.end], ORG_SUFFIXES[head], tokens[country].start
                continue
            name_start = tokens[left].start
            prefix = NAME_PREFIX_RE.match(text, name_start, token.end)
            if prefix:
                name_start = prefix.end()
            name = text[name_start : token.end]
            if not len(head) < len(name) <= MAX_NAME or not _specific(tokens[left : index + 1], head, name):
                continue
            yield name, _kind(text, tokens[left:index], name_start, head), name_start


def _kind(text: str, prefix: list[tk.Token], name_start: int, head: str) -> str | None:
    """The kind the head gives, but a unit's is that of the body it is in (南京银行 +
    小企业金融部 is a company's, 北京大学 + 校长办公室 a university's): the nearest body before it
    in the name that is no unit itself (华为公司 of 华为公司人力资源部办公室), as the gazetteer or
    that body's own head says."""
    if head not in UNIT_HEADS:
        return ORG_SUFFIXES[head]
    for token in reversed(prefix):
        if token.end <= name_start or not _inner_head(token.word):
            continue
        parent = text[name_start : token.end]
        if parent in ORG_GAZETTEER:
            return ORG_GAZETTEER[parent]
        inner = head_of(token.word)
        if inner not in UNIT_HEADS:
            return ORG_SUFFIXES[inner]
    return ORG_SUFFIXES[head]


def _country_short(text: str, tokens: list[tk.Token], index: int) -> bool:
    """A country's one-character short form the segmenter read as another word (以 "by", 加
    "add", 日 "day"), in an article that also names the country in full; not after a number
    (5 + 日 is a day)."""
    token = tokens[index]
    return (
        token.word in COUNTRY_SHORT
        and not token.tag.startswith(PROPER_TAGS)
        and not (index > 0 and tokens[index - 1].tag == "m" and tokens[index - 1].word[-1] not in CLAUSE_MARKS)
        and any(full in text for full in COUNTRY_SHORT[token.word])
    )


def _stopped(word: str, head: str) -> bool:
    """干部 ends in the head 部 but is no name; the head word alone (中心) is fine here."""
    if word == head:
        return False
    if word in ORG_STOP:
        return True
    field = word[: -len(head)]
    if tk.known(field) and tk.tag_of(field) in FIELD_TAGS:
        return False  # 民政 + 局: a field and a head, though 政局 is a stop word
    # Every ending longer than the head, looked up: the stop list is long, a word short. An
    # ending inside the head (中心 of 研究中心) stops nothing: 北京大学中国经济研究中心 is one word.
    return any(word[cut:] in ORG_STOP for cut in range(1, len(word) - len(head)))


# Words that make the organisation after them any one of its kind (一化工厂, 某公司, 一家企业).
INDEFINITES = frozenset("一 某 一家 一所 一个 某家".split())
ONE = "一"


def _specific(tokens: list[tk.Token], head: str, name: str) -> bool:
    """Whether the name picks out one organisation.

    No name is made only of descriptive words (商业银行, 地方政府); a weak head (局, 部, 中心)
    also needs a place or proper noun in its name (智能化工厂 has none).
    """
    prefix = name[: -len(head)]
    parts = [token.word for token in tokens[:-1]] + ([tokens[-1].word[: -len(head)]] if tokens[-1].word != head else [])
    if all(part in ORG_GENERIC for part in parts if part):
        return False
    if any(token.word in INDEFINITES and (token.word != ONE or tk.known(tokens[i + 1].word)) for i, token in enumerate(tokens[:-1])):
        # 美国得州 + 一 + 化工厂, 浙江 + 某 + 公司: one of a kind, unnamed (保定 + 一 + 棉厂, a word
        # no dictionary holds, is the city's No. 1 cotton mill)
        return False
    if head in ORG_DEPARTMENTS:
        return bool(HAS_HEAD_RE.search(prefix))
    if head in PLACE_ONLY_HEADS and all(_place(token) for token in tokens[:-1]) and tokens[-1].word == head:
        return False  # 景德镇市 + 中心: a place and 中心 alone are its centre, no body
    if tokens[-1].word == CENTRAL and len(tokens) > 1 and not (tokens[-2].tag.startswith(PROPER_TAGS) or head_of(tokens[-2].word)):
        return False  # 四中全会精神 + 中央 (宣讲团): 中央 is a party's or a body's (民建 + 中央, 党 + 中央)
    if head not in ORG_WEAK_HEADS:
        return True
    if ORG_SUFFIXES[head] == "government" and any(token.word in COORDINATORS for token in tokens):
        return True  # 住房和城乡建设部: a government body is named by the fields it governs
    if _shorthand(tokens[0]) or prefix in ORG_GAZETTEER:
        return True  # 市科技局; 微软 + 公司
    if any(
        (token.tag.startswith(PROPER_TAGS) and not (token.word.endswith(ABSTRACT_END) and tk.known(token.word)))
        or LATIN_WORD_RE.fullmatch(token.word)
        or _inner_head(token.word)
        for token in tokens[:-1]
    ):
        return True
    # 辽宁队 and 湖北省物价局 are one token each: ask the tagger about the part before the head.
    # Out of context a fragment it does not know is only a guess (有价 of 有价证券), not a name;
    # a known body's name is one (公安部 of 公安部经济犯罪侦查局).
    return any(
        token.tag.startswith(PROPER_TAGS) and not token.guessed or token.word in ORG_GAZETTEER
        for token in tk.tag(prefix, 0, len(prefix))
    )


def _inner_head(word: str) -> bool:
    """A body's name inside a longer one (市政府 + 办公厅); 中西部 and 内部 end in 部 and name none."""
    head = head_of(word)
    return bool(head) and not _stopped(word, head)


def _bridged(tokens: list[tk.Token], left: int) -> bool:
    """Whether one modifier the name rules would stop at (an adjective, a time word: 老年, 现代,
    首都) stands between a place or a known name and the rest of the name: 中国 + 现代 +
    史学会, 郑州 + 老年 + 豫剧团, 北京市 + 首都 + 规划设计委员会."""
    if left < 2:
        return False
    word, anchor = tokens[left - 1], tokens[left - 2]
    return (
        word.tag in BRIDGE_TAGS
        and len(word.word) == 2
        and word.word not in PREDICATES
        and word.word not in ORG_STOP
        and word.word not in NAME_BARRIERS
        and _opens_name(anchor)
        and not head_of(anchor.word)
        and not tokens[left].tag.startswith("v")  # 阿尔及利亚 + 坚决 + 拒绝…: an adverb and its verb
    )


def _after_predicate(tokens: list[tk.Token], left: int, index: int) -> int:
    """Where the name starts when a predicate stands between its start and its head right
    before a name's first word: 丁薛祥 + 会见 + 新加坡政府投资公司, 水利部 + 指导 + 珠江委,
    华盛顿民众 + 抗议 + 美政府 (but 中国 + 建设 + 银行: no name opens after the verb)."""
    for position in range(index - 1, left - 1, -1):
        following = tokens[position + 1]
        if (
            tokens[position].tag == "v" and len(tokens[position].word) > 1 and position > left
            and _known_name(tokens[position - 1]) and _opens_name(following)
        ):
            return position + 1  # 国务院扶贫办 + 联合 + 国家卫计委, 教育部 + 联合 + 财政部: two bodies and the verb between
        if tokens[position].word in PREDICATES and (
            _opens_name(following)
            or following.tag in FOREIGN_NAME_TAGS  # 会见 + 哈萨克斯坦议会: jieba tags it nrt
            or following.guessed  # 会见 + 古共中央: a guessed name
            or position + 1 == index and _whole_name(tokens[index])
            or _counted_agent(tokens, position)  # 14所高校 + 建设 + 众创联盟: the agents' predicate
            or position > left and _known_name(tokens[position - 1])  # 全国人大 + 愿同 + 国际联合会
            or any(_guessed_person(token) for token in tokens[left:position])  # 韩正 + 会见 + 国际展览局
        ):
            return position + 1
    return left


def _counted_agent(tokens: list[tk.Token], position: int) -> bool:
    """Whether a counted noun of agents stands right before tokens[position] (14所 + 高校)."""
    return (
        position >= 2
        and tokens[position - 1].word.endswith(AGENT_NOUNS)
        and (tokens[position - 2].tag in ("m", "q") or tokens[position - 2].word in COUNT_MEASURES)
    )


def _whereabouts(tokens: list[tk.Token], left: int, index: int) -> bool:
    """A one-character place after 在, 于 or 抵, before a whole name: 在京 + 中共中央政治局委员
    is where its members are. 美 + 联邦政府 and 俄 + 中央银行 (no preposition) are names."""
    return (
        0 < left < index
        and tokens[left - 1].word in LOCATIVE_PREPOSITIONS
        and len(tokens[left].word) == 1
        and tokens[left].tag in ("ns", "j")
        and _known_name(tokens[left + 1])
    )


def _titled_person(tokens: list[tk.Token], index: int) -> bool:
    """Whether tokens[index] is a word jieba guessed in a run of them right after a title (部长 +
    孙业 + 礼受): the person the title names."""
    if not tokens[index].guessed:
        return False
    before = index
    while before > 0 and (
        tokens[before].guessed
        or tokens[before].tag == "nr" and len(tokens[before].word) == 1  # 王 + 建华: a surname apart
    ):
        before -= 1
    return before < index and bool(PERSON_TITLE_RE.search(tokens[before].word))


def _guessed_person(token: tk.Token) -> bool:
    """A word the segmenter's HMM made up that reads as a personal name: 2 or 3 characters
    opening with a common surname (卢进, 杨小伟), where 俄白 and 市住 do not."""
    return token.guessed and 2 <= len(token.word) <= 3 and token.word[0] in SURNAMES


def _known_name(token: tk.Token) -> bool:
    """A whole name the gazetteer or jieba's dictionary holds (中国科学院, 中共中央政治局)."""
    return len(token.word) > 1 and (token.word in ORG_GAZETTEER or token.tag == "nt")


def _whole_name(token: tk.Token) -> bool:
    """A head word with a name of its own in it, which jieba knows (红十字会, not 银行)."""
    head = head_of(token.word)
    return bool(head) and len(token.word) > len(head) and tk.known(token.word)


def _opens_name(token: tk.Token) -> bool:
    """A place, a known name or a place shorthand, which a name may start with."""
    return (
        token.tag.startswith(ANCHOR_TAGS)
        or token.word in ORG_GAZETTEER
        or token.word in SHORTHAND_PLACES
        or _administrative(token)
    )


def _coordinated_fields(tokens: list[tk.Token], left: int, index: int) -> bool:
    """Whether the name that starts at tokens[left] has a first field joined to it by 和, 及
    or 与: 市 + 自然资源 + 和 + 规划局, 国家 + 粮食 + 和 + 物资储备局, 以色列 + 情报 + 和 + 特勤局.

    Only a body named by its fields is so written: a government body, an institute, a
    college. Both sides are fields, common nouns with no head and no name of their own, and
    the first opens the name (after a place, a name, or nothing that is a noun): two names
    side by side (省财政厅和省教育厅, 讲话精神和党中央, 主席和欧盟委员会) are not joined.
    """
    head_token = tokens[index]
    head = head_of(head_token.word)
    if left < 2 or tokens[left - 1].word not in COORDINATORS or ORG_SUFFIXES[head] not in FIELD_KINDS:
        return False
    start = left - 2
    while start > 0 and left - 2 - start < MAX_FIELD_WORDS - 1 and _field(tokens[start - 1]):
        start -= 1  # 人力 + 资源 + 和: a field of two words
    opener = tokens[start - 1] if start > 0 else None
    first = tokens[left - 2]
    if not _field(first) or first.word.endswith(PEOPLE_ENDS) or (
        opener is not None and opener.tag in FIELD_TAGS and not head_of(opener.word) and opener.word not in SHORTHAND_PLACES
    ):
        return False
    prefix = head_token.word[: -len(head)]  # 和 + 规划局: the second field and the head are one word
    second = list(tokens[left:index]) + (tk.tag(prefix, 0, len(prefix)) if prefix else [])
    if left == index and head_token.word in ORG_GAZETTEER:
        return False  # 精神 + 和 + 党中央: a name of its own after 和
    # 投资 + 促进 + 局: a verb may stand inside the second field, as inside any name
    # 商务 + 和 + 投资促进局: a generic word (投资) may name the second field, never the first
    return bool(second) and _field(second[0], True) and all(_field(token, True) or _inner_verb(token) for token in second)


def _inner_verb(token: tk.Token) -> bool:
    return token.tag.startswith("v") and len(token.word) > 1


def _field(token: tk.Token, generic: bool = False) -> bool:
    """A common noun that can name a body's field (住房, 城乡, 卫生, 改革), no name or place of
    its own (房地产 ends in the head 地产, and is a field all the same)."""
    word = token.word
    return (
        token.tag in FIELD_TAGS
        and len(word) > 1
        and (word in FIELD_WORDS or not head_of(word) and word not in ORG_STOP)
        and (generic or word not in ORG_GENERIC or word in FIELD_WORDS)
        and word not in ORG_GAZETTEER
        and word not in SHORTHAND_PLACES
    )


def _shorthand(first: tk.Token) -> bool:
    """Whether a name opens with the article's shorthand for its own place (市 + 科技局,
    市委宣传部, 国家 + 旅游局), not with a word that merely starts so (市级, 市场, 区域)."""
    return first.word.startswith(SHORTHAND_PLACES) and (
        first.word in SHORTHAND_PLACES or bool(head_of(first.word)) or not tk.known(first.word)
    )


def _bracketed(tokens: list[tk.Token], left: int) -> bool:
    """Whether one short word in brackets, after more of a name, ends right before tokens[left]."""
    return (
        left >= 4
        and tokens[left - 1].word in CLOSING_BRACKETS
        and tokens[left - 3].word in OPENING_BRACKETS
        and len(tokens[left - 2].word) <= 4
        and tokens[left - 2].tag.startswith(tk.NAME_TAGS)
        and _name_part(tokens, left - 4)
    )


def _from_place(tokens: list[tk.Token], left: int, index: int) -> int:
    """Where a name starts that has a place or an institution inside it.

    Common nouns in front of the first place word are the sentence's, not the name's:
    合作方 + 香港利丰集团, 当地报纸援引 + 菲卫生部, 这是 + 公主岭市怀德粮库, 荣茂为 + 市人大常委会.
    """
    for position in range(left, index):
        token = tokens[position]
        if token.tag.startswith(BLOCKS_PLACE_CUT) or token.word in COORDINATORS:
            return left  # 人力资源 + 和 + 社会保障部: the domains are the name's
        guessed = token.guessed
        if (token.tag.startswith(PROPER_TAGS) and not guessed) or head_of(token.word) or token.word in SHORTHAND_PLACES:
            break
    else:
        # Only common words, or a word jieba guessed (a person's name), before a head it knows
        # as a whole name: 利用 + 中国政府, 险胜 + 辽宁队 (jieba's dictionary tags such verbs
        # n), 银寿春 + 河北农业大学; 卢进 + 政协, 高校建设 + 众创联盟 (before an abbreviated body
        # that is a head too, unless a word jieba guessed is more of its name: 俄白 + 联盟).
        if tokens[index].tag == "nt" and tokens[index].word not in ORG_SUFFIXES:
            return index
        guessed_names = [token for token in tokens[left:index] if token.guessed]
        if tokens[index].tag == "j" and all(_guessed_person(token) for token in guessed_names):
            return index
    for position in range(left, index):
        token = tokens[position]
        if token.tag.startswith(BLOCKS_PLACE_CUT) or token.word in OPENING_BRACKETS or token.word in ORG_GAZETTEER:
            return left  # 华为 + 南京研究所: a known name before the place is the name's own
        if token.tag.startswith(ANCHOR_TAGS) or _administrative(token):
            return position
        if token.word in SHORTHAND_PLACES and not (
            position > left and tokens[position - 1].tag.startswith(PROPER_TAGS) and not tokens[position - 1].guessed
        ):
            return position  # but 波士顿 + 联邦法院: the place a proper noun names is the name's
    return left


def _place(token: tk.Token) -> bool:
    return token.tag == "ns" or _administrative(token) or token.word in SHORTHAND_PLACES


def _administrative(token: tk.Token) -> bool:
    """A full administrative place name (山西省, 公主岭市, 内蒙古自治区), which opens a name."""
    return len(token.word) > 2 and token.word.endswith(PLACE_ENDS)


def _person_before(prefix: str) -> bool:
    """A personal name the dictionary does not know (韩卫国, 张克俭), not a place or a body (越南,
    沈阳市, 中国共产党: their term is part of the name, 中国共产党第二十届中央委员会)."""
    return 2 <= len(prefix) <= 3 and prefix[0] in SURNAMES and not tk.known(prefix)


def _verb_and_object(tokens: list[tk.Token], index: int) -> bool:
    """A pair the HMM guessed from a verb and a one-character head as its object, after the
    person or the body that does it: 贺龙 + 率部 "led his troops", 游泳队 + 建队 "founded the
    team". Such a pair after a place or a level is an abbreviation (中央 + 编办, 加拿大 + 泳协)."""
    token = tokens[index]
    word = token.word
    if not (token.guessed and len(word) == 2 and head_of(word) == word[1] and tk.known(word[0]) and tk.tag_of(word[0]).startswith("v")):
        return False
    before = tokens[index - 1] if index > 0 else None
    return before is not None and (is_person(before) or before.word.endswith(word[1]))


def _glued_pair(token: tk.Token, right: tk.Token) -> bool:
    """A count of the largest of a kind (四大 + 银行, 五大发电集团, 两大 + 集团; but 四大 + 队 is
    the fourth 大队, a brigade), or a pair the segmenter's HMM guessed from a small numeral and
    the first character of the next word (一忌 + 政府, 一进 + 办公室) or from an adverb or a
    conjunction and a neighbour (没能 + 阻挡, 多以 + 官办): no part of a name. 万龙,
    千禧 and 百度 open brands, and so do 多金 and 多式联运; so many names open with a verb (拜登,
    盖蒂, 阅文) that verbs are left alone."""
    word = token.word
    if LARGEST_RE.fullmatch(word):
        return not right.word.startswith("队")
    return token.guessed and (
        len(word) == 2 and (word[0] in GLUE_NUMERALS or word[0] in GLUE_ADVERBS) or word[-1] in GLUE_ENDINGS
    )


def _barred(word: str) -> bool:
    """A word the stop list keeps out of names (干部, 全国, 机构); a field that ends in a head
    is stopped only as a name of its own (房地产 alone, but 中国 + 房地产 + 协会)."""
    return word in ORG_STOP and word not in FIELD_WORDS


def _name_part(tokens: list[tk.Token], index: int) -> bool:
    token = tokens[index]
    right = tokens[index + 1]
    if _barred(token.word) or token.word in NAME_BARRIERS or _glued_pair(token, right):
        return False
    if token.word in RESULT_COMPLEMENTS and index > 0 and (
        tokens[index - 1].tag.startswith(COMPLEMENTED_TAGS) or tokens[index - 1].word in PREDICATES
    ) or token.tag == "v" and token.word[-1:] in RESULT_COMPLEMENTS:
        return False  # 运用 + 好 + 中墨议会, 办好 + 文化中心: a verb and its complement, then the body they act on
    if token.word in FORMER_WORDS and index > 0 and head_of(tokens[index - 1].word):
        return False  # 扶贫办 + 原 + 党组书记: a body, then a title it held before
    if token.word.endswith(PARTY) and right.word.startswith(CENTRAL) and head_of(token.word):
        return True  # 越南共产党 + 中央委员会: a party's central bodies are named after the party
    # A one-character token may end a head with the word before it (歌舞剧 + 院: 剧院).
    ending = tokens[index - 1].word + token.word if len(token.word) == 1 and index > 0 else token.word
    if head_of(ending) and (right.word.startswith(NAME_OPENERS) or _administrative(right)):
        return False  # 成都市经信局市新经济委, 河北省科协山西省曲艺团, 江苏省歌舞剧院江苏省南京市卫生局: two names side by side
    if token.word.endswith(EVENT_WORDS) and head_of(right.word) != right.word:
        return False  # 南昌博览会 + 李宁集团: an event before a name (but 博览会 + 协会 is its body)
    if token.word in ORG_GAZETTEER and right.word in ORG_GAZETTEER:
        return False  # 党中央国务院 (a headline drops the 、): two known names side by side
    if index > 0 and tokens[index - 1].word in BYLINE_TITLES and _known_name(right):
        return False  # 记者 + 孙茂庆 + 新华社: a byline's person before a known name
    if TITLE_RE.search(token.word) and not head_of(right.word):
        return False  # 研究员 + 袁士畴: a title and a person, though 律师 + 事务所 is a name
    if _titled_person(tokens, index):
        return False  # 部长 + 蓝佛安受 + 国务院委托: the person a title names, glued to a verb
    if token.name_like:
        return True
    if token.word in SHORTHAND_PLACES and not (index > 0 and tokens[index - 1].word == "、"):
        return True  # 县 + 教育局 (县 alone is tagged zg), not 市、区、县 + 党委: levels, each generic
    if token.tag == "m" and token.word.startswith("第") and not token.word.endswith(NOT_NAME_ORDINALS):
        return True  # 中央第十二巡视组, not 第五条 (of a law)
    if (token.tag == "m" and NUMERAL_WORD_RE.fullmatch(token.word) or token.word in DIRECTION_WORDS) and (
        index > 0 and tokens[index - 1].tag.startswith(PROPER_TAGS) and right.tag.startswith(("n", "vn"))
    ):
        return True  # 上海 + 六百 + 实业公司, 瑞典 + 北方 + 银行: a number or a direction inside a name
    if token.word in LINKING_WORDS and index > 0 and tokens[index - 1].tag.startswith(("ns", "nt", "n")):
        return True  # 中国驻南非大使馆, 医科大学附属第一医院
    before = tokens[index - 1] if index > 0 else None
    if (
        before is not None
        and (is_person(before) or _guessed_person(before) and head_of(right.word) == right.word)
        and token.tag.startswith(("v", "d"))
        and token.tag != "vn"
    ):
        # 李强 + 检阅 + 仪仗队, 孙文盛 + 将 + 政府, 张平 + 送往 + 医院 (a name the HMM guessed,
        # before a bare head: 安永 + 统计 + 俱乐部 is a brand's): a person's predicate and its object
        return False
    if (
        len(token.word) == 1
        and token.tag in ("v", "a", "d")
        and before is not None
        and before.tag.startswith(("ns", "nr", "nz", "nt"))
        and (right.tag.startswith(("nz", "nr")) or right.unknown_han or before.tag.startswith(("nr", "nz")) and right.tag == "n")
    ):
        return True  # 深圳市 + 迈 + 睿达, 凯普 + 达 + 电子: a brand the segmenter cut, one character split off
    if token.tag.startswith("v") and len(token.word) >= 2 and token.word not in MAIN_VERBS:
        # 运行管理中心, 创新投资集团: a verb inside a name modifies the common noun after it
        # (but 放开资本 is a verb and its object, and so is 改为 + 晋察冀: a proper noun); before
        # a bare head it does so only among other name words: after any for a one-character
        # head (综合执法 + 局), after a proper noun for a longer one (香港特别行政区筹备 + 委员会).
        if head_of(token.word):
            return True  # 发展控股有限公司
        right_head = head_of(right.word)
        bare_head = bool(right_head) and right_head == right.word
        two_before = tokens[index - 2] if index > 1 else None
        proper_before = before is not None and (
            before.tag.startswith(("ns", "nt", "nr", "nz"))
            # 北京清华 + 工业 + 开发 + 研究院: a proper noun two words back also makes it a name
            or before.tag.startswith(tk.NAME_TAGS) and two_before is not None and two_before.tag.startswith(("ns", "nt", "nr", "nz"))
        )
        inside = before is not None and not _barred(before.word) and (
            proper_before if len(right.word) > 1 else before.tag.startswith(tk.NAME_TAGS)
        )
        return right.tag in ("n", "vn", "l") and (not bare_head or inside)
    # An adjective between name parts: a lone one (电子科 + 大 + 微电子: jieba splits 电子科大),
    # or any after a proper noun (德国 + 复兴 + 信贷银行).
    return (
        token.tag == "a"
        and index > 0
        and tokens[index - 1].tag.startswith(tk.NAME_TAGS if len(token.word) == 1 else PROPER_TAGS)
    )


def branch_names(text: str, found: Mapping[str, Found]) -> Iterable[tuple[str, str | None, int]]:
    """A branch written right after its parent is one name: 招行 + 广州分行, 中储粮 + 黑龙江分公司."""
    ends = {item.start + len(item.name): item for item in found.values()}
    for item in list(found.values()):
        parent = ends.get(item.start)
        if parent is not None and BRANCH_RE.search(item.name):
            yield parent.name + item.name, item.kind, parent.start


# An academy's institute named by its field and 所 (中科院 + 物理所, 中国科学院 + 大连 + 化物 + 所):
# at most a place, then field words (遥感 is tagged an adjective) of two to five characters.
MIN_INSTITUTE_FIELD, MAX_INSTITUTE_FIELD = 2, 5
FIELD_WORD_TAGS = ("n", "nz", "l", "vn", "j", "b", "a", "eng")
# Words before 所 that say which or how many institutes, not what they study (中科院下属研究所).
NOT_INSTITUTE_FIELDS = frozenset({"下属", "直属", "所属", "相关", "有关", "其他", "其它", "研究", "科研", "各个", "多个"})


def institute_names(text: str, found: Mapping[str, Found]) -> Iterable[tuple[str, str | None, int]]:
    """An institute written right after its academy or university, by its field and 所, is one
    name with it: 中科院物理所, 中国科学院大连化物所, 中科院沈阳自动化所, 中国戏曲学院艺研所 (research)."""
    for item in list(found.values()):
        if item.kind not in ("research", "university") or not item.name.endswith(("院", "大学")):
            continue
        for start in tk.occurrences(text, item.name):
            end = start + len(item.name)
            tokens = tk.tag(text, end, min(len(text), end + MAX_INSTITUTE_FIELD + 4))
            index = 1 if tokens and tokens[0].tag == "ns" else 0
            field = ""
            for token in tokens[index:]:
                if token.word == "所" or (token.word.endswith("所") and len(token.word) > 1 and token.tag.startswith("n")):
                    field += token.word[:-1]
                    named = not NOT_INSTITUTE_FIELDS.intersection((field, token.word[:-1]))
                    if named and MIN_INSTITUTE_FIELD <= len(field) <= MAX_INSTITUTE_FIELD:
                        yield text[start : token.end], "research", start
                    break
                if not token.tag.startswith(FIELD_WORD_TAGS) or token.word in NOT_INSTITUTE_FIELDS:
                    break
                field += token.word


# The titles of an institute's head, which make the 所 before them an institute's (化物所 + 所长),
# not the particle (由高能 + 所 + 完成 "done by").
INSTITUTE_TITLES = ("所长", "副所长", "常务副所长")


def abbreviated_institutes(text: str) -> Iterable[tuple[str, str | None, int]]:
    """An institute named by an abbreviated field and 所, without its academy, before the title
    of its head (化物所所长, 长春光机所副所长; not the particle of 由高能 + 所 + 完成 "done by"),
    and wherever else the article writes it after a place (大连 + 化物所)."""
    titled: set[str] = set()
    placed: list[tuple[str, int, str]] = []
    for start, end in tk.sentences(text):
        if "所" not in text[start:end]:
            continue
        tokens = tk.tag(text, start, end)
        for index, token in enumerate(tokens):
            if token.word != "所" or index == 0:
                continue
            first = index
            while (
                first > 0
                and tokens[first - 1].tag.startswith(FIELD_WORD_TAGS)
                and tokens[first - 1].tag != "ns"
                and tokens[first - 1].word not in NOT_INSTITUTE_FIELDS
                and token.start - tokens[first - 1].start <= MAX_INSTITUTE_FIELD
                and not head_of(tokens[first - 1].word)
            ):
                first -= 1
            name = text[tokens[first].start : token.end]
            if not MIN_INSTITUTE_FIELD < len(name) <= MAX_INSTITUTE_FIELD + 1:
                continue
            if first > 0 and tokens[first - 1].tag == "ns":
                placed.append((name, tokens[first - 1].start, text[tokens[first - 1].start : token.end]))
            if text.startswith(INSTITUTE_TITLES, token.end):
                titled.add(name)
                yield name, "research", tokens[first].start
    for name, start, with_place in placed:
        if name in titled:
            yield with_place, "research", start
