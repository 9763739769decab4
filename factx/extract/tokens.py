"""Sentences and part-of-speech tokens shared by the extractors.

jieba is loaded lazily, on the first sentence that needs tagging, and only
sentences that hold a candidate are tagged: segmentation is the expensive
step, and most sentences of a page need none.
"""

from __future__ import annotations

import array
import hashlib
import importlib.machinery
import importlib.util
import marshal
import os
import tempfile
import threading
from collections import deque
from functools import lru_cache
from itertools import accumulate, islice, repeat
from pathlib import Path
from types import ModuleType
from typing import Iterator, NamedTuple

import regex

from .. import patterns
from ..tables import (
    COUNTRIES,
    CURRENT_VERBS,
    CURRENT_WORDS,
    FIXED_PHRASES,
    INDICATOR_TERMS,
    KIND_NOUNS,
    ORG_GAZETTEER,
    ORG_SUFFIXES,
    PLACES,
    POLICY_TERMS,
    SUBJECT_WORDS,
    TAG_CORRECTIONS,
    UNITS,
    WORD_FREQUENCIES,
)

SENTENCE_RE = patterns.compile(r"[^。！？!?\n]*(?:[。！？!?]+[”’」』）)]?|\n|$)")
MIN_FREQUENCY = 5
# What an added word counts as in jieba's corpus (of 60 million): enough to win over a split
# into rarer pieces, not over everyday words that overlap it.
ADDED_WORD_FREQUENCY = 100
KEEP_TAGS = ("ns", "nt")
# Statistical indicators, policy names, nouns of kinds, current nouns and the fixed phrases with a
# count in them (八项规定: 违反 + 八项规定 + 精神问题, not 八项 + 规定), added to the dictionary as
# nouns (_added_words).
ADDED_NOUNS = tuple(sorted(INDICATOR_TERMS | POLICY_TERMS | KIND_NOUNS | CURRENT_WORDS | set(FIXED_PHRASES)))
# Words that name a measure (时长, 总长, 增幅): counted at least as added words are, so that one the
# corpus rarely saw is not cut in two where nothing follows it (交流 + 时 + 长 before its figure).
MEASURE_WORDS = tuple(sorted(word for role in ("measure_head", "relative", "vague") for word in SUBJECT_WORDS[role] if len(word) > 1))
# Vague headcounts the dictionary lacks, while it holds 多名, 数名, 多位 as numerals: the HMM
# guesses them names (3人死亡 + 多人 + 受伤 read as one phrase of what befell the three).
VAGUE_COUNTS = ("多人", "数人")
# Adverbials of how a measure changed (井喷式, 断崖式, 逆市): the dictionary lacks some, and its HMM
# then glues them to the noun before (快递业务量 + 井喷 + 式); added as adverbs, kept whole.
ADVERBIAL_WORDS = tuple(sorted(word for role in ("adverbial", "manner", "change_manner") for word in SUBJECT_WORDS[role] if len(word) > 1))
CACHE_VERSION = 3
_lock = threading.Lock()
_tagger = None


class Token(NamedTuple):
    """A word of a sentence, its tag and its span in the text (a tuple: sentences make
    hundreds of thousands of them, and a tuple is made three times faster than a frozen
    dataclass)."""

    word: str
    tag: str
    start: int
    end: int

    @property
    def unknown_han(self) -> bool:
        """Chinese characters jieba's dictionary does not know (石墨烯): tagged x."""
        return self.tag == "x" and bool(HAN_RE.fullmatch(self.word))

    @property
    def guessed(self) -> bool:
        """A Chinese word the segmenter's HMM made up and the dictionary does not know (卢进,
        愿同), which _add_unknown tags nz: a name, or two words glued."""
        return self.tag == "nz" and not known(self.word)

    @property
    def name_like(self) -> bool:
        """A word that can stand inside a name (of an organisation, of a fund): a noun of any
        kind, a distinguishing word, an idiom, a Latin word, or characters jieba does not know."""
        return self.tag.startswith(NAME_TAGS) or self.unknown_han


# jieba's tags (as prefixes) of the words a name can be made of.
NAME_TAGS = ("n", "j", "b", "vn", "eng", "l", "an")


# A "sentence" longer than this (a page with no full stops, a table flattened into one
# line) is cut at its last clause mark before the limit: every figure carries its sentence
# as evidence, so without a bound the output would grow with the square of the line.
MAX_SENTENCE = 1000
CLAUSE_MARK_RE = patterns.compile(r"[，,；;：:、\s]", regex.REVERSE)


@lru_cache(maxsize=4)
def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence, terminator included, newline excluded. Four extractors
    ask for the same article's sentences, one after another: they are found once."""
    return tuple(_sentences(text))


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    for match in SENTENCE_RE.finditer(text):
        start, end = match.span()
        while end > start and text[end - 1] == "\n":
            end -= 1
        while end - start > MAX_SENTENCE:
            mark = CLAUSE_MARK_RE.search(text, start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
            cut = mark.end() if mark else start + MAX_SENTENCE
            yield start, cut
            start = cut
        if end > start:
            yield start, end


def in_book_title(text: str, position: int, since: int = 0) -> bool:
    """Inside 《…》: the title of a work (《明日之后》, 《2018中国母基金100指数报告》), whose words
    name the work, not a day or a fund of the text; the title opening at `since` or after."""
    opened = text.rfind("《", since, position)
    return opened >= 0 and text.rfind("》", since, position) < opened


def occurrences(text: str, needle: str) -> Iterator[int]:
    """Where `needle` starts in `text`, overlaps included."""
    position = text.find(needle)
    while position >= 0:
        yield position
        position = text.find(needle, position + 1)


NUMBER_RE = patterns.compile(r"[0-9０-９.．%％,，]+")
# A Latin word, with digits and a decimal part after letters (PM2.5, C919, H5N1).
LATIN_RE = patterns.compile(r"[A-Za-zＡ-Ｚａ-ｚ][A-Za-zＡ-Ｚａ-ｚ0-9０-９_\-]*(?:[.．][0-9０-９]+)?")
# Digits then letters (6G, 5G, 3D, 4K): the name of a generation, a format, a model.
DIGIT_LED_NAME_RE = patterns.compile(r"[0-9０-９]+[A-Za-zＡ-Ｚａ-ｚ][A-Za-zＡ-Ｚａ-ｚ0-9０-９]*")
# An unknown word that glues a one-character organisation head to the 市 or 省 that opens
# the next name (经信局市新经济委 -> 局市): split after the head.
GLUED_HEAD_RE = patterns.compile(r"(?<=[局委部厅办署])(?=[市省县区])")
# One-character organisation heads the HMM glues to the words after a name (局颜鲲).
HEAD_CHARS = frozenset("局委部厅办署处队")
DEPUTY = "副"  # opens the title after a head (副主任, 副局长)
# 较 ("compared with"), a bound morpheme to the dictionary, which the HMM glues to the standard
# after it (较前一周, 较上月, 较去年); before an adjective it is "rather" (伤势较重, 人口较少).
COMPARED_WITH = "较"
STANDARD_OPENINGS = frozenset("前上去同昨")
# Modals the HMM glues to the one-character verb after them (一亩 + 可产 + 4000斤, 货轮 + 可载 +
# 集装箱, 座位 + 可供 + 订座, 每间 + 能住 + 6人): two words, a modal and its verb, no name; 产 (to
# yield) and 运 (to ship) are nouns to the dictionary, 种 (to plant) a classifier. (已 glued the
# same way, 已播, 已分, stays one word: 粮食作物 + 已播 + 6000多万亩 names the sowing with the crop,
# which a lone 播 after 已 would not.)
MODALS = frozenset("可能需应要")
VERBS_TAGGED_OTHERWISE = frozenset("产运种")
HAN_RE = patterns.compile(r"\p{Han}+")
# jieba's own patterns: a run its HMM may leave whole, and the pieces it cuts one into.
NON_HAN_RUN_RE = patterns.compile(r"[a-zA-Z0-9+#&._%\-]{2,}")
ALPHANUMERIC_RE = patterns.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")
LEADING_TAGS = ("p", "c", "d", "u", "r", "v", "m", "q", "f")
# An unknown pair that opens with a pronoun or preposition (这是, 对华), or ends in a copula,
# preposition or particle (一是, 已向, 图为, 吞下, 死于, 已于) or in a pronoun as the object of a verb
# (获此, 使其), is tagged u: two words, no name (an adverb first is not enough: 正奥, 太岳 are names).
FUNCTION_TAGS = ("r", "p", "c", "u")
NAME_PART_TAGS = ("nr", "ns", "nt", "nz", "j", "a")
FUNCTION_SECONDS = frozenset("是为向到在了的将把被对给从下经此其于")
# The level of government that opens a name by itself (市 + 国土资源局, 省 + 教育厅, 县 + 医院),
# and the verbs of going, pointing and hearing and the preposition 经 ("approved by") the HMM
# glues to it (到市, 赴省, 指市, 听省, 进县, 经区); 练市 and 综保区 are names, 可省 a verb.
SHORTHAND_LEVELS = frozenset("市省县区")
MOTION_VERBS = frozenset("到赴抵回返去来进离往指听经")
# A one-character verb and a direction after it (带 + 出, 踏 + 出, 迈 + 进) make a verb, no name.
DIRECTIONS = frozenset("出进入上回过起开来去")
# A rise or fall said with how it went (大降, 骤减, 微涨, 锐增): a character of degree or manner
# and a verb of rising or falling, a pair the dictionary lacks and the HMM joins; a verb, no
# name (大增, 暴跌, 猛增 are the dictionary's verbs already; 小 is left out for 小升初, from primary
# to middle school).
CHANGE_MANNERS = frozenset("大猛暴骤锐激陡狂飙微略剧急速双齐续")
CHANGE_VERBS = frozenset("增减降涨跌升")
# A one-character verb and the durative 着 after it (帮着, 抬着, 推着, 忍着): a verb the HMM joins,
# no name (机着 of 舰载机着舰 and 一过 open with no verb).
DURATIVE = "着"
# Classifiers and units of time the HMM glues, after a number, to the first character of the
# next word (2040 + 名反 + 政府, 23 + 日起 + 银行, 2025 + 年线 + 上): split off after the number.
GLUED_CLASSIFIERS = frozenset("名个家位条项件次人座所辆台架艘枚支年月日")
# "Per" before a unit or classifier (每吨, 每台, 每斤: words too rare in jieba's corpus for its
# dictionary, which the HMM glues back): the rate's denominator, as jieba cuts 每 + 公斤.
PER = "每"
# One-character words that are no Chinese, tagged once by their shape (_shape_tag) rather than
# word by word: punctuation alone is a quarter of all words, and pages printed in full-width
# digits cut every number into characters.
SHAPED_CHARACTERS = (
    "，。、；：？！“”‘’（）《》〈〉【】「」『』—…·～％／．∶●"
    ",.;:?!\"'()[]<>-~/%　 "
    "0123456789０１２３４５６７８９"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ"
)


def load_segmenter():
    """The segmenter on factx's dictionary, the word -> tag table _tag looks words up in (the
    dictionary's tags and those of SHAPED_CHARACTERS it does not hold), and those characters.

    Segmentation is jieba's algorithm compiled (jieba-rs, through rjieba): the same
    dictionary walk and the same HMM for unknown words, 13 times faster than jieba's pure
    Python on news text. The dictionary is jieba's, filtered (see _dictionary).
    """
    global _tagger
    tagger = _tagger
    if tagger is not None:
        return tagger  # built: no lock (asked for tens of thousands of times a run)
    with _lock:
        if _tagger is None:
            words, frequencies, word_tags = _dictionary()
            segmenter = _compiled_jieba().Jieba.empty()
            # map() and a zero-length deque drive the 148,000 calls from C: a fifth faster than a loop.
            # No tags: factx tags from its own table, and handing jieba-rs a tag per word costs an
            # eighth of loading the dictionary.
            deque(map(segmenter.add_word, words, frequencies, repeat(None)), maxlen=0)
            tags = dict(zip(words, word_tags))
            # The shapes go into the same table (a copy would cost 5 MB), remembered apart so
            # that known() still answers for the dictionary alone.
            shaped = frozenset(character for character in SHAPED_CHARACTERS if character not in tags)
            tags.update((character, _shape_tag(character)) for character in shaped)
            _tagger = (segmenter, tags, shaped)
        return _tagger


def _compiled_jieba() -> ModuleType:
    """rjieba's compiled module, loaded without the package: `import rjieba` builds a default
    segmenter on jieba-rs's own full dictionary (0.07 s and 34 MB that factx never uses)."""
    spec = importlib.util.find_spec("rjieba")
    assert spec is not None and spec.submodule_search_locations, "rjieba is a dependency"
    for location in spec.submodule_search_locations:
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            path = Path(location) / f"rjieba{suffix}"
            module_spec = importlib.util.spec_from_file_location("rjieba.rjieba", path) if path.exists() else None
            if module_spec is not None and module_spec.loader is not None:
                module = importlib.util.module_from_spec(module_spec)
                module_spec.loader.exec_module(module)
                return module
    import rjieba  # a layout this loader does not know: the package, default segmenter and all

    return rjieba


def _added_words(frequencies: dict[str, int], tags: dict[str, str]) -> None:
    """Organisation heads, gazetteer names, statistical indicators, policy names and cities as
    words, as a jieba user dictionary would add them, so that the segmenter keeps them whole (市 +
    发改委, not 市 + 发 + 改委; 人均可支配收入, not 可 + 支配 + 收入; 以旧换新, not 以 + 旧 + 换 + 新)."""
    added = [(head, "n") for head in ORG_SUFFIXES] + [(name, "nt") for name in ORG_GAZETTEER]
    added += [(term, "n") for term in ADDED_NOUNS] + [(verb, "v") for verb in sorted(CURRENT_VERBS)] + [(word, "d") for word in ADVERBIAL_WORDS]
    for word, tag in added:
        if len(word) < 2 or word in frequencies:
            continue
        frequencies[word] = ADDED_WORD_FREQUENCY
        tags.setdefault(word, tag)
    # Counted at least as added words are: measures (the dictionary's tag kept), vague headcounts
    # and cities (大连 d, 保定 v, 唐山 missing), whatever the dictionary says.
    for floored, tag, retagged in ((MEASURE_WORDS, "n", False), (VAGUE_COUNTS, "m", True), (PLACES, "ns", True)):
        for word in floored:
            frequencies[word] = max(frequencies.get(word, 0), ADDED_WORD_FREQUENCY)
            tags[word] = tag if retagged else tags.get(word, tag)
    for country in COUNTRIES:  # 乌克兰 nr, 也门 d: a country, with the dictionary's frequency
        if country in tags:
            tags[country] = "ns"
    for word, count in WORD_FREQUENCIES.items():  # 单日, which 报告单 (a lab report) cut: 报告单 + 日新增
        frequencies[word] = count
        tags.setdefault(word, "n")
    for word, tag in TAG_CORRECTIONS.items():  # 城市 ns, 文明 nr, 暨 nt: common words, whatever the dictionary says
        if word in tags:
            tags[word] = tag


def _dictionary() -> tuple[list[str], array.array, list[str]]:
    """jieba's dictionary less its rarest words, with factx's own added: words, their
    frequencies and their tags, in step; cached per machine in one marshal file.

    Words seen fewer than MIN_FREQUENCY times in jieba's corpus are left out (places and
    organisations are kept whatever their count); jieba's HMM still segments what they were.
    That is 148,000 of 349,000 words: start-up loads less than half. The cache holds two
    strings and an array rather than 148,000 tuples, which is what makes it quick to load.
    The dictionary file is found without importing jieba (whose import loads tables factx
    does not use).
    """
    spec = importlib.util.find_spec("jieba")
    assert spec is not None and spec.origin is not None, "jieba (its dictionary) is a dependency"
    source = Path(spec.origin).with_name("dict.txt")
    corrections = [f"{word}={tag}" for word, tag in sorted(TAG_CORRECTIONS.items())]
    corrections += [f"{word}:{count}" for word, count in sorted(WORD_FREQUENCIES.items())]
    added = hashlib.sha1(
        "\n".join(
            [*ORG_SUFFIXES, *ORG_GAZETTEER, *ADDED_NOUNS, *sorted(CURRENT_VERBS), *ADVERBIAL_WORDS, *MEASURE_WORDS, *VAGUE_COUNTS, *sorted(PLACES), *sorted(COUNTRIES), *corrections]
        ).encode()
    ).hexdigest()[:12]
    key = f"{source.stat().st_size}-{source.stat().st_mtime_ns}-{MIN_FREQUENCY}-{ADDED_WORD_FREQUENCY}-{added}-{CACHE_VERSION}"
    cache = Path(tempfile.gettempdir()) / f"factx-dict-{key}.cache"
    try:
        # loads() on the bytes: load() on a file reads it in small pieces, five times slower.
        words, counts, word_tags = marshal.loads(cache.read_bytes())
        return words.split("\n"), array.array("I", counts), word_tags.split("\n")
    except (OSError, EOFError, ValueError, TypeError):
        pass
    frequencies: dict[str, int] = {}
    tags: dict[str, str] = {}
    with source.open(encoding="utf-8") as rows:
        for row in rows:
            word, frequency, tag = row.split()
            if int(frequency) >= MIN_FREQUENCY or tag in KEEP_TAGS:
                frequencies[word], tags[word] = int(frequency), tag
    _added_words(frequencies, tags)
    words = list(frequencies)
    counts = array.array("I", frequencies.values())
    word_tags = [tags[word] for word in words]
    try:
        handle, temporary = tempfile.mkstemp(dir=cache.parent, prefix=cache.name)
        with os.fdopen(handle, "wb") as out:
            marshal.dump(("\n".join(words), counts.tobytes(), "\n".join(word_tags)), out)
        os.replace(temporary, cache)
    except OSError:
        pass  # no writable temporary directory: build again next time
    return words, counts, word_tags


@lru_cache(maxsize=4096)
def _tag(sentence: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Segment with jieba (its HMM finds unknown names) and tag from jieba's dictionary: the
    words and their tags, in step.

    jieba.posseg would also run a part-of-speech HMM over every unknown word, which costs
    five times the segmentation; a word the dictionary does not know is tagged nz (a proper
    noun), which is what the extractors need to know of it.

    jieba-rs keeps a run of digits, letters and marks that no dictionary word covers whole
    (1-8, 2016-01-01, 7.90M); jieba cuts it into alphanumeric pieces, each with an optional
    decimal part and percent sign, and the marks between them (1 - 8). factx's number and
    name rules were written on jieba's cuts, so the runs are cut as jieba cuts them.
    """
    segmenter, tags, _ = load_segmenter()
    words = segmenter.cut(sentence, True)
    flags = list(map(tags.get, words))  # nearly every word: the dictionary's tag, or a mark's
    if None not in flags:
        return tuple(words), tuple(flags)
    out_words: list[str] = []
    out_flags: list[str] = []
    done = 0
    # Only the words the lookup left untagged go through Python, found by list.index in C.
    while (unknown := _index_of_none(flags, done)) >= 0:
        out_words += words[done:unknown]
        out_flags += flags[done:unknown]
        word = words[unknown]
        # isascii() first: it rules out nearly every word of Chinese text at C speed.
        if word.isascii() and len(word) > 1 and NON_HAN_RUN_RE.fullmatch(word):
            for piece in ALPHANUMERIC_RE.split(word):
                if piece:
                    known_tag = tags.get(piece)
                    if known_tag is None:
                        _add_unknown(piece, tags, out_words, out_flags)
                    else:
                        out_words.append(piece)
                        out_flags.append(known_tag)
        else:
            _add_unknown(word, tags, out_words, out_flags)
        done = unknown + 1
    out_words += words[done:]
    out_flags += flags[done:]
    return tuple(out_words), tuple(out_flags)


def _index_of_none(flags: list[str | None], start: int) -> int:
    try:
        return flags.index(None, start)
    except ValueError:
        return -1


def _shape_tag(word: str) -> str:
    """The tag of a word that is no Chinese: a number (m, with the marks read in numbers: ，
    and %), a Latin word or a name led by digits (eng: PM2.5, 6G, 3D, 4K) or a mark (x)."""
    if NUMBER_RE.fullmatch(word):
        return "m"
    return "eng" if LATIN_RE.fullmatch(word) or DIGIT_LED_NAME_RE.fullmatch(word) else "x"


def _add_unknown(word: str, tags: dict[str, str], words: list[str], flags: list[str]) -> None:
    """A word the dictionary does not know, tagged by its shape (a number, a Latin word, a
    Chinese name), with the pieces the segmenter's HMM glued to it split off."""
    if not HAN_RE.fullmatch(word):
        words.append(word)
        flags.append(_shape_tag(word))
        return
    if word[0] == PER and (word[1:] in UNITS or word[1:] in GLUED_CLASSIFIERS):
        words += (PER, word[1:])
        flags += ("r", "q")
        return
    # 执法 + 局颜鲲 -> 局 + 颜鲲, 遗产 + 部和盖蒂 -> 部 + 和盖蒂, 商务 + 委副 -> 委 + 副 (主任): the
    # HMM glued the head that ends a name to the words after it.
    if (len(word) > 2 or word[1:] == DEPUTY) and word[0] in HEAD_CHARS and flags and flags[-1].startswith(("n", "v", "l")):
        word = _peel(word, "n", words, flags)
    # 据省发改委 -> 据省 + 发改委, 这是公主岭市怀德粮库 -> 这是… : the segmenter's HMM glues
    # function words to the unknown name after them; peel them off one by one.
    while len(word) > 2 and tags.get(word[0], "").startswith(LEADING_TAGS):
        word = _peel(word, tags[word[0]], words, flags)
    if len(word) == 2 and tags.get(word[0], "").startswith(("p", "c")):
        word = _peel(word, tags[word[0]], words, flags)
    elif len(word) == 2 and word[0] == COMPARED_WITH and word[1] in STANDARD_OPENINGS:
        word = _peel(word, "p", words, flags)  # 病例 + 较前 + 一周 -> 较 + 前: the standard of a comparison opens
    elif len(word) == 2 and word[0] in MODALS and (
        tags.get(word[1], "").startswith("v") or word[1] in VERBS_TAGGED_OTHERWISE
    ):
        words += (word[0], word[1])
        flags += ("v", "v")
        return
    if len(word) == 2 and word[1] in SHORTHAND_LEVELS and word[0] in MOTION_VERBS:
        # 到市 + 国土资源和房屋管理局, 听省 + 农委: a verb glued to the 市 that opens a name
        word = _peel(word, tags.get(word[0], "v"), words, flags)
    if flags and flags[-1] == "m" and word[0] in GLUED_CLASSIFIERS:
        word = _peel(word, "q", words, flags)  # 2040 + 名反 -> 名 + 反, 18 + 项极具 -> 项 + 极具
    glued = GLUED_HEAD_RE.search(word)
    if glued:
        words.append(word[: glued.start()])
        flags.append("nz")
        word = word[glued.start() :]
    words.append(word)
    flags.append(_free_word_tag(word, tags) or _pair_tag(word, tags))


def _peel(word: str, tag: str, words: list[str], flags: list[str]) -> str:
    """Add the first character of a glued word as a word of its own with `tag`; the rest."""
    words.append(word[0])
    flags.append(tag)
    return word[1:]


def _free_word_tag(word: str, tags: dict[str, str]) -> str | None:
    """The dictionary's tag of what is left once function words are peeled off, if it is a word
    that stands alone: 并报 + 中共中央 -> 并 + 报 (a verb of submitting), 从代 + 中央 -> 从 + 代.
    A bound morpheme, a proper abbreviation or an adjective left alone is a fragment of the name
    that follows (县 + 生态环境分局, 同 + 芬 + 议会, 由 + 古 + 吴轩出版社), read as such (nz)."""
    tag = tags.get(word)
    if tag is None or tag.endswith("g") or tag.startswith(NAME_PART_TAGS):
        return None
    return tag


def _pair_tag(word: str, tags: dict[str, str]) -> str:
    """The tag of an unknown word that stands alone: two words glued (u), a rise or fall or a
    verb and 着 (v), or a name the HMM found (nz)."""
    if _function_pair(word, tags):
        return "u"
    if len(word) == 2 and (
        word[0] in CHANGE_MANNERS and word[1] in CHANGE_VERBS or word[1] == DURATIVE and tags.get(word[0], "").startswith("v")
    ):
        return "v"
    return "nz"


def _function_pair(word: str, tags: dict[str, str]) -> bool:
    """An unknown pair of characters that is two words glued, not a name: 这是, 一是, 已向, 图为,
    带出 (a verb and its direction)."""
    return len(word) == 2 and (
        tags.get(word[0], "").startswith(FUNCTION_TAGS)
        or word[1] in FUNCTION_SECONDS
        or word[1] in DIRECTIONS and tags.get(word[0], "").startswith("v")
    )


def known(word: str) -> bool:
    """Whether jieba's dictionary holds the word (its tag is the dictionary's, not a guess)."""
    _, tags, shaped = load_segmenter()
    return word in tags and word not in shaped


def tag_of(word: str) -> str:
    """The dictionary's tag of a word it knows."""
    return load_segmenter()[1][word]


def tag(text: str, start: int, end: int) -> list[Token]:
    """Tokens of text[start:end] with offsets into `text`."""
    return list(_tokens(text[start:end], start))


_new_tuple = tuple.__new__


@lru_cache(maxsize=4096)
def _tokens(sentence: str, start: int) -> tuple[Token, ...]:
    """Each extractor tags the sentences it needs, and they need many of the same: the
    tokens are made once, from C (map over tuple.__new__, which skips the named tuple's own
    __new__): a sentence makes dozens and a page thousands."""
    words, flags = _tag(sentence)
    bounds = list(accumulate(map(len, words), initial=start))
    return tuple(map(_new_tuple, repeat(Token), zip(words, flags, bounds, islice(bounds, 1, None))))
