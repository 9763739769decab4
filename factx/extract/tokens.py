"""Sentences and part-of-speech tokens shared by the extractors.

jieba is loaded lazily, on the first sentence that needs tagging, and only
sentences that hold a candidate are tagged: segmentation is the expensive
step, and most sentences of a page need none.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

import regex

SENTENCE_RE = regex.compile(r"[^。！？!?\n]*(?:[。！？!?]+[”’」』）)]?|\n|$)")
_lock = threading.Lock()
_tagger = None


@dataclass(frozen=True)
class Token:
    word: str
    tag: str
    start: int
    end: int


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence, terminator included, newline excluded."""
    for match in SENTENCE_RE.finditer(text):
        start, end = match.span()
        while end > start and text[end - 1] == "\n":
            end -= 1
        if end > start:
            yield start, end


NUMBER_RE = regex.compile(r"[0-9０-９.．%％,，]+")
LATIN_RE = regex.compile(r"[A-Za-zＡ-Ｚａ-ｚ0-9０-９_\-]+")
HAN_RE = regex.compile(r"\p{Han}+")
FUNCTION_TAGS = ("p", "c", "d", "u", "r")


def _tagger_tables():
    """jieba's segmenter and its dictionary's word -> part-of-speech table."""
    global _tagger
    with _lock:
        if _tagger is None:
            import jieba
            import jieba.posseg

            jieba.setLogLevel(logging.WARNING)
            logging.getLogger("jieba").setLevel(logging.WARNING)
            jieba.initialize()
            _tagger = (jieba.dt, jieba.posseg.dt.word_tag_tab)
        return _tagger


@lru_cache(maxsize=4096)
def _tag(sentence: str) -> tuple[tuple[str, str], ...]:
    """Segment with jieba (its HMM finds unknown names) and tag from jieba's dictionary.

    jieba.posseg would also run a part-of-speech HMM over every unknown word, which costs
    five times the segmentation; a word the dictionary does not know is tagged nz (a proper
    noun), which is what the extractors need to know of it.
    """
    segmenter, tags = _tagger_tables()
    result = []
    for word in segmenter.cut(sentence, HMM=True):
        tag = tags.get(word)
        if tag is None:
            if NUMBER_RE.fullmatch(word):
                tag = "m"
            elif LATIN_RE.fullmatch(word):
                tag = "eng"
            elif HAN_RE.fullmatch(word):
                lead = tags.get(word[0], "")
                if len(word) > 2 and lead.startswith(FUNCTION_TAGS) or len(word) == 2 and lead.startswith(("p", "c")):
                    # 据省发改委 segments as 据省 + 发改委: a preposition glued to an unknown word.
                    result.append((word[0], lead))
                    word = word[1:]
                tag = "nz"
            else:
                tag = "x"
        result.append((word, tag))
    return tuple(result)


def tag(text: str, start: int, end: int) -> list[Token]:
    """Tokens of text[start:end] with offsets into `text`."""
    tokens: list[Token] = []
    position = start
    for word, flag in _tag(text[start:end]):
        tokens.append(Token(word, flag, position, position + len(word)))
        position += len(word)
    return tokens


def add_words(words: list[tuple[str, str]]) -> None:
    """Teach the segmenter names it must keep whole (gazetteer and user names)."""
    import jieba

    _tagger_tables()
    for word, tag_ in words:
        jieba.add_word(word, freq=None, tag=tag_)
    _tag.cache_clear()
