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


def _posseg():
    global _tagger
    with _lock:
        if _tagger is None:
            import jieba
            import jieba.posseg

            jieba.setLogLevel(logging.WARNING)
            logging.getLogger("jieba").setLevel(logging.WARNING)
            jieba.initialize()
            _tagger = jieba.posseg
        return _tagger


@lru_cache(maxsize=4096)
def _tag(sentence: str) -> tuple[tuple[str, str], ...]:
    return tuple((pair.word, pair.flag) for pair in _posseg().cut(sentence, HMM=True))


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

    _posseg()
    for word, tag_ in words:
        jieba.add_word(word, freq=None, tag=tag_)
    _tag.cache_clear()
