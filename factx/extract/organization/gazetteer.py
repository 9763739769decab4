"""Gazetteer names (and the user's --orgs names) found in a text."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Collection, Iterable

from ... import patterns
from ...tables import COUNTRIES, ORG_GAZETTEER, ORG_HOMONYMS, alternation
from .. import tokens as tk
from ..overlap import Claims
from .lexicon import CLUB_PLACES, HOST_EVENT_RE, LATIN_RE, MATCH_RE, MEMBER_WORDS, MIN_NAME, head_of

HAN_RE = patterns.compile(r"\p{Han}")
# How far around a name its everyday context is looked for, in characters.
HOMONYM_WINDOW = 12
# A club's city written as a place: after its country (西班牙 + 巴塞罗那), 城市 or a preposition of
# place or motion (在罗马, 抵达利物浦, 飞往巴塞罗那).
PLACED_RE = patterns.compile(rf"(?:{alternation(COUNTRIES)}|[在于抵赴到从往]|抵达|到达|城市)$")
PLACED_WINDOW = 8


def gazetteer_names(text: str, extra: Collection[tuple[str, str]]) -> Iterable[tuple[str, str, int]]:
    """Gazetteer names that do not overlap, longest first: 其中兴业银行 holds 兴业银行, not 中兴."""
    # frozenset() of a frozenset is that same object: no copy, and its hash is cached.
    table, index, pairs_re, in_play_only = _gazetteer_index(frozenset(extra))
    candidates = []
    for pair in pairs_re.finditer(text):
        position = pair.start()
        for name in index.get(text[position : position + 2], ()):
            if text.startswith(name, position) and _stands_alone(text, position, position + len(name)):
                if (len(name) <= MAX_SHORT_NAME or _common_word_after_first(name)) and _inside_word(text, position):
                    continue  # 其中超10亿元: the 中超 of 其中 + 超; 纵深发展: the 深发展 of 纵深 + 发展
                if _runs_on(text, position, position + len(name)):
                    continue  # 公安部门, 世界银行业, 北大荒, 新浪漫: the name's end is inside a word
                if name in ORG_HOMONYMS and _everyday(text, name, position):
                    continue  # 中到暴雪, 小麦、小米: the everyday word
                if name in in_play_only and not _in_play(text, position, position + len(name)):
                    continue  # 在罗马举行, 巴塞罗那游泳世锦赛, 久卡诺维奇: the city, the event, a person
                candidates.append((position, name))
                break  # the index lists the longest first
    claims = Claims(len(text))
    for position, name in sorted(candidates, key=lambda item: (-len(item[1]), item[0])):
        end = position + len(name)
        if claims.free(position, end):
            claims.claim(position, end)
            yield name, table[name], position


# A short name (中超, 北大) is often the end of one word and the start of the next: it counts
# only where the segmenter starts a word with it.
MAX_SHORT_NAME = 2
WORD_WINDOW = 4


def _inside_word(text: str, position: int) -> bool:
    """Whether the segmenter puts `position` inside a word of the text around it."""
    if position == 0 or not HAN_RE.match(text, position - 1):
        return False
    window_start = max(0, position - WORD_WINDOW)
    starts = {token.start for token in tk.tag(text, window_start, min(len(text), position + WORD_WINDOW))}
    return position not in starts


# What jieba tags the rest of a short name that is a common verb or adjective after its first
# character (深 + 发展): such a name is as often the end of one word and the next word.
COMMON_REST_TAGS = ("v", "vn", "a", "ad", "an", "d")


@lru_cache(maxsize=4096)
def _common_word_after_first(name: str) -> bool:
    """Whether the name is one character and a common verb or adjective (深发展), not a name
    part (党中央: 中央 is a noun, 国防部 none)."""
    rest = name[1:]
    return len(name) == MAX_SHORT_NAME + 1 and tk.known(rest) and tk.tag_of(rest).startswith(COMMON_REST_TAGS)


def _everyday(text: str, name: str, position: int) -> bool:
    """Whether the words around a name that is also an everyday word (暴雪 in a forecast:
    factx/data/org_homonyms.tsv) make it that word."""
    return bool(ORG_HOMONYMS[name].search(text, max(0, position - HOMONYM_WINDOW), position + len(name) + HOMONYM_WINDOW))


def _in_play(text: str, start: int, end: int) -> bool:
    """Whether a club named as its city is (factx/data/org_words.tsv, club_place) stands in a
    sentence about a match, neither written as a place nor before an event its city hosts."""
    if HOST_EVENT_RE.match(text, end) or PLACED_RE.search(text[max(0, start - PLACED_WINDOW) : start]):
        return False
    left, right = next(((first, last) for first, last in tk.sentences(text) if first <= start < last), (0, len(text)))
    return bool(MATCH_RE.search(text, left, right))


def _runs_on(text: str, start: int, end: int) -> bool:
    """Whether the segmenter reads the name's last character as part of a longer word that is
    no name itself: 公安 + 部门 and 外交部长 are a department and a title, 共产党人 a member,
    松下幸之助 a person; 中共中央政治局 or 三星电子 (a name, or a proper noun) are not run on."""
    if end >= len(text) or not HAN_RE.match(text, end):
        return False
    for token in tk.tag(text, start, min(len(text), end + WORD_WINDOW)):
        if token.start < end < token.end:
            return not (token.tag in ("nt", "nz") or head_of(token.word))
        if token.start == end:
            return token.word in MEMBER_WORDS  # 国民党 + 员: jieba cuts the member off the body
    return False


@lru_cache(maxsize=4)
def _gazetteer_index(
    extra: frozenset[tuple[str, str]],
) -> tuple[dict[str, str], dict[str, tuple[str, ...]], re.Pattern[str], frozenset[str]]:
    """The gazetteer with the user's names, its names by their first two characters (longest
    first), and a pattern for where a name may start: a character that opens a name before
    one that comes second in a name; and the clubs named as their city is, unless the user
    named them.

    The pattern is the standard library's: a class of characters is scanned five times faster
    by `re` than by `regex`, and eight times faster than a loop over every position of the text."""
    table = {**ORG_GAZETTEER, **dict(extra)}
    index: dict[str, list[str]] = {}
    for name in sorted(table):
        if len(name) >= MIN_NAME:
            index.setdefault(name[:2], []).append(name)
    firsts = re.escape("".join(sorted({key[0] for key in index})))
    seconds = re.escape("".join(sorted({key[1] for key in index})))
    pairs_re = re.compile(f"[{firsts}](?=[{seconds}])" if index else "(?!)")
    in_play_only = CLUB_PLACES.intersection(ORG_GAZETTEER).difference(name for name, _ in extra)
    return table, {key: tuple(sorted(group, key=len, reverse=True)) for key, group in index.items()}, pairs_re, in_play_only


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Latin names must not be part of a longer Latin word (IBM, not the IBM of IBMer)."""
    if LATIN_RE.match(text[start]) and start > 0 and LATIN_RE.match(text[start - 1]):
        return False
    return not (LATIN_RE.match(text[end - 1]) and end < len(text) and LATIN_RE.match(text[end]))
