"""Sentences and part-of-speech tokens shared by the extractors.

jieba is loaded lazily, on the first sentence that needs tagging, and only
sentences that hold a candidate are tagged: segmentation is the expensive
step, and most sentences of a page need none.
"""

from __future__ import annotations

import logging
import marshal
import os
import tempfile
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator

import regex

from ..tables import INDICATOR_TERMS, ORG_GAZETTEER, ORG_SUFFIXES

SENTENCE_RE = regex.compile(r"[^。！？!?\n]*(?:[。！？!?]+[”’」』）)]?|\n|$)")
MIN_FREQUENCY = 5
# What an added word counts as in jieba's corpus (of 60 million): enough to win over a split
# into rarer pieces, not over everyday words that overlap it.
ADDED_WORD_FREQUENCY = 100
KEEP_TAGS = ("ns", "nt")
CACHE_VERSION = 1
_lock = threading.Lock()
_tagger = None


@dataclass(frozen=True)
class Token:
    word: str
    tag: str
    start: int
    end: int

    @property
    def unknown_han(self) -> bool:
        """Chinese characters jieba's dictionary does not know (石墨烯): tagged x."""
        return self.tag == "x" and bool(HAN_RE.fullmatch(self.word))


# A "sentence" longer than this (a page with no full stops, a table flattened into one
# line) is cut at its last clause mark before the limit: every figure carries its sentence
# as evidence, so without a bound the output would grow with the square of the line.
MAX_SENTENCE = 1000
CLAUSE_MARK_RE = regex.compile(r"[，,；;：:、\s]", regex.REVERSE)


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence, terminator included, newline excluded."""
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


NUMBER_RE = regex.compile(r"[0-9０-９.．%％,，]+")
LATIN_RE = regex.compile(r"[A-Za-zＡ-Ｚａ-ｚ][A-Za-zＡ-Ｚａ-ｚ0-9０-９_\-]*")
# An unknown word that glues a one-character organisation head to the 市 or 省 that opens
# the next name (经信局市新经济委 -> 局市): split after the head.
GLUED_HEAD_RE = regex.compile(r"(?<=[局委部厅办署])(?=[市省县区])")
# One-character organisation heads the HMM glues to the words after a name (局颜鲲).
HEAD_CHARS = frozenset("局委部厅办署处")
HAN_RE = regex.compile(r"\p{Han}+")
LEADING_TAGS = ("p", "c", "d", "u", "r", "v", "m", "q", "f")
# An unknown pair that opens with a pronoun or preposition (这是, 对华), or ends in a copula,
# preposition or particle (一是, 已向, 图为, 可到, 吞下), is tagged u: two words, no name
# (an adverb first is not enough: 正奥, 太岳 are names).
FUNCTION_TAGS = ("r", "p", "c", "u")
FUNCTION_SECONDS = frozenset("是为向到在了的将把被对给从下")


def load_segmenter():
    """jieba's segmenter on factx's dictionary, and that dictionary's word -> tag table."""
    global _tagger
    with _lock:
        if _tagger is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            logging.getLogger("jieba").setLevel(logging.WARNING)
            frequencies, total, tags = _dictionary(jieba)
            _add_words(frequencies, tags)
            segmenter = jieba.Tokenizer()
            segmenter.FREQ, segmenter.total, segmenter.initialized = frequencies, total, True
            _tagger = (segmenter, tags)
        return _tagger


def _add_words(frequencies: dict[str, int], tags: dict[str, str]) -> None:
    """Organisation heads, gazetteer names and statistical indicators as words, as a jieba user
    dictionary would add them, so that the segmenter keeps them whole (市 + 发改委, not
    市 + 发 + 改委; 人均可支配收入, not 可 + 支配 + 收入)."""
    added = [(head, "n") for head in ORG_SUFFIXES] + [(name, "nt") for name in ORG_GAZETTEER]
    for word, tag in added + [(term, "n") for term in sorted(INDICATOR_TERMS)]:
        if len(word) < 2 or frequencies.get(word):
            continue
        frequencies[word] = ADDED_WORD_FREQUENCY
        tags.setdefault(word, tag)
        for end in range(1, len(word)):
            frequencies.setdefault(word[:end], 0)


def _dictionary(jieba) -> tuple[dict[str, int], int, dict[str, str]]:
    """jieba's dictionary less its rarest words, cached per machine as one marshal file.

    Words seen fewer than MIN_FREQUENCY times in jieba's corpus are left out (places and
    organisations are kept whatever their count); jieba's HMM still segments what they were.
    That is 148,000 of 349,000 words: start-up loads less than half, with the part-of-speech
    table in the same file instead of a second pass over dict.txt.
    """
    source = Path(jieba.__file__).with_name("dict.txt")
    key = f"{jieba.__version__}-{source.stat().st_size}-{MIN_FREQUENCY}-{CACHE_VERSION}"
    cache = Path(tempfile.gettempdir()) / f"factx-dict-{key}.cache"
    try:
        # loads() on the bytes: load() on a file reads it in small pieces, five times slower.
        return marshal.loads(cache.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        pass
    frequencies: dict[str, int] = {}
    tags: dict[str, str] = {}
    total = 0
    with source.open(encoding="utf-8") as rows:
        for row in rows:
            word, frequency, tag = row.split()
            if int(frequency) < MIN_FREQUENCY and tag not in KEEP_TAGS:
                continue
            frequencies[word], tags[word] = int(frequency), tag
            total += int(frequency)
            for end in range(1, len(word)):
                frequencies.setdefault(word[:end], 0)
    tables = (frequencies, total, tags)
    try:
        handle, temporary = tempfile.mkstemp(dir=cache.parent, prefix=cache.name)
        with os.fdopen(handle, "wb") as out:
            marshal.dump(tables, out)
        os.replace(temporary, cache)
    except OSError:
        pass  # no writable temporary directory: build again next time
    return tables


@lru_cache(maxsize=4096)
def _tag(sentence: str) -> tuple[tuple[str, str], ...]:
    """Segment with jieba (its HMM finds unknown names) and tag from jieba's dictionary.

    jieba.posseg would also run a part-of-speech HMM over every unknown word, which costs
    five times the segmentation; a word the dictionary does not know is tagged nz (a proper
    noun), which is what the extractors need to know of it.
    """
    segmenter, tags = load_segmenter()
    result = []
    for word in segmenter.cut(sentence, HMM=True):
        tag = tags.get(word)
        if tag is None:
            if NUMBER_RE.fullmatch(word):
                tag = "m"
            elif LATIN_RE.fullmatch(word):
                tag = "eng"
            elif HAN_RE.fullmatch(word):
                # 执法 + 局颜鲲 -> 局 + 颜鲲, 遗产 + 部和盖蒂 -> 部 + 和盖蒂: the HMM glued the head
                # that ends a name to the words after it.
                if len(word) > 2 and word[0] in HEAD_CHARS and result and result[-1][1].startswith(("n", "v")):
                    result.append((word[0], "n"))
                    word = word[1:]
                # 据省发改委 -> 据省 + 发改委, 这是公主岭市怀德粮库 -> 这是… : the segmenter's HMM glues
                # function words to the unknown name after them; peel them off one by one.
                while len(word) > 2 and tags.get(word[0], "").startswith(LEADING_TAGS):
                    result.append((word[0], tags[word[0]]))
                    word = word[1:]
                if len(word) == 2 and tags.get(word[0], "").startswith(("p", "c")):
                    result.append((word[0], tags[word[0]]))
                    word = word[1:]
                glued = GLUED_HEAD_RE.search(word)
                if glued:
                    result.append((word[: glued.start()], "nz"))
                    word = word[glued.start() :]
                tag = "u" if _function_pair(word, tags) else "nz"
            else:
                tag = "x"
        result.append((word, tag))
    return tuple(result)


def _function_pair(word: str, tags: dict[str, str]) -> bool:
    """An unknown pair of characters that is two words glued, not a name: 这是, 一是, 已向, 图为."""
    return len(word) == 2 and (tags.get(word[0], "").startswith(FUNCTION_TAGS) or word[1] in FUNCTION_SECONDS)


def known(word: str) -> bool:
    """Whether jieba's dictionary holds the word (its tag is the dictionary's, not a guess)."""
    return word in load_segmenter()[1]


def tag_of(word: str) -> str:
    """The dictionary's tag of a word it knows."""
    return load_segmenter()[1][word]


def tag(text: str, start: int, end: int) -> list[Token]:
    """Tokens of text[start:end] with offsets into `text`."""
    tokens: list[Token] = []
    position = start
    for word, flag in _tag(text[start:end]):
        tokens.append(Token(word, flag, position, position + len(word)))
        position += len(word)
    return tokens
