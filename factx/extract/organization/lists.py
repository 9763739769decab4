"""Names the text itself marks: defined short forms, coordinated lists, examples of a set, fixtures."""

from __future__ import annotations

from typing import Iterable, Mapping

from ... import patterns
from ...tables import NOUN_TAGGED_VERBS, ORG_GENERIC, ORG_STOP, ORG_TRADE_WORDS, UNITS
from .. import tokens as tk
from .lexicon import (
    ALIAS_RE,
    CLAUSE_TAGS,
    COMMON_TAGS,
    CUE_KINDS,
    EXAMPLE_RE,
    ITEM_END_RE,
    LIST_CUE_RE,
    LIST_OPENERS,
    LIST_RE,
    MAIN_VERBS,
    MAX_CUE,
    MAX_SIDE_WORDS,
    MAX_UNKNOWN_ITEM,
    NUMERAL_CHARS,
    PEOPLE_ENDS,
    PEOPLE_NOUNS,
    PROPER_TAGS,
    STRONG_CUES,
    VERSUS_RE,
    Found,
    head_of,
)


def alias_names(text: str, found: Mapping[str, Found]) -> Iterable[tuple[str, str | None, int]]:
    for match in ALIAS_RE.finditer(text):
        owner = next((item for name, item in found.items() if text.endswith(name, 0, match.start())), None)
        if owner is None:
            continue
        yield match["short"], owner.kind, match.start("short")


def list_names(text: str, found: Mapping[str, Found]) -> Iterable[tuple[str, str | None, int]]:
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


def example_names(text: str, found: Mapping[str, Found]) -> Iterable[tuple[str, str | None, int]]:
    """One name given as the example of a counted or leading set: 方正高密等15家企业,
    万帮数字能源等行业龙头 (a list of several is list_names' work)."""
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
        elif token.word in NOUN_TAGGED_VERBS:
            end = token.end  # 参观 + ABB: a verb the dictionary tags n
    return end


def _predicate_start(item: str) -> int:
    """Where the last item of a list gives way to what the list does (省重点办 + 初步筛选,
    劳动部 + 日前)."""
    for token in tk.tag(item, 0, len(item))[1:]:
        if token.tag.startswith(CLAUSE_TAGS) and token.tag != "vn" and not _heads(token.word):
            return token.start  # 开办: a verb that ends in a head but names no body
    return len(item)


def _heads(word: str) -> bool:
    """Whether a word ends in a head and is no word that only looks so (主办, 带队: ORG_STOP)."""
    return bool(head_of(word)) and word not in ORG_STOP


def _unknown_name(item: str) -> bool:
    """Whether an item the text marks as an organisation can be one: short, and not one
    dictionary word for a kind of thing (机关, 学校, 家电)."""
    if not 2 <= len(item) <= MAX_UNKNOWN_ITEM or item in ORG_STOP:
        return False
    words = tk.tag(item, 0, len(item))
    if len(words) == 1 and words[0].tag == "ns":
        return False  # 商务部、浙江省等: a place beside bodies is the place
    last = words[-1]
    if last.word in PEOPLE_NOUNS or len(last.word) > 1 and last.word.endswith(PEOPLE_ENDS) and tk.known(last.word) and last.tag in COMMON_TAGS:
        return False  # 深圳网民, 当地群众, 部分消费者: people beside bodies are people
    return not (len(words) == 1 and tk.known(item) and words[0].tag in COMMON_TAGS)


def _goes_on(item: str, end: int) -> bool:
    """Whether item[end:] is what the name does or who belongs to it (作出决定, 领导, 日前)
    rather than more of a name (中信 + 聚信, 中信 + 重工: a trade)."""
    rest = tk.tag(item, end, len(item))
    return (
        bool(rest)
        and not rest[0].tag.startswith(PROPER_TAGS)
        and not rest[0].unknown_han
        and not _heads(rest[0].word)
        and rest[0].word not in ORG_TRADE_WORDS
    )


def fixture_sides(text: str) -> Iterable[tuple[str, int]]:
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


def short_forms(text: str, found: Mapping[str, Found]) -> Iterable[tuple[str, str | None, int]]:
    """A company's short forms that the article uses besides its full name: the name less its
    trade words and legal form (康龙化成 of 康龙化成（北京）新药技术股份有限公司), with or
    without the place it opens with (北京精雕, 精雕 of 北京精雕科技集团有限公司)."""
    for item in list(found.values()):
        if item.kind != "company":
            continue
        core = BRACKETED_RE.sub("", item.name)
        cores = []
        stripped = True
        while stripped:
            stripped = False
            for word in ORG_TRADE_WORDS:
                if core.endswith(word) and len(core) - len(word) >= MIN_SHORT_FORM:
                    core, stripped = core[: -len(word)], True
                    cores.append(core)  # each stage: 云栖数据 as well as 云栖
                    break
        forms = []
        for core in cores:
            forms.append(core)
            tokens = tk.tag(core, 0, len(core))
            if len(tokens) > 1 and tokens[0].tag == "ns" and len(core) - tokens[0].end >= MIN_SHORT_FORM:
                forms.append(core[tokens[0].end :])  # 北京精雕 -> 精雕 as well
        full = [(position, position + len(item.name)) for position in tk.occurrences(text, item.name)]
        for form in forms:
            if form in found or not _brand(form):
                continue
            # Anywhere outside the full name's own mentions: a headline may use it first.
            outside = (
                position for position in tk.occurrences(text, form)
                if not any(start <= position < end for start, end in full)
            )
            position = next(outside, None)
            if position is not None:
                yield form, item.kind, position


def _brand(form: str) -> bool:
    """Whether a short form can name one company: not a place alone (泉州), not common
    words (中介, 母基金), not a currency or a unit (欧元 of 欧元集团, which jieba tags nz)."""
    if form in ORG_STOP or form in ORG_GENERIC or form in UNITS:
        return False
    tokens = tk.tag(form, 0, len(form))
    if all(token.tag == "ns" for token in tokens) or not _unknown_name(form):
        return False
    # A brand is a word the dictionary does not know or tags as a name (康龙化成, 凯普), or a
    # place and a word (北京精雕).
    return any(not tk.known(token.word) or token.tag.startswith(("nr", "nz")) for token in tokens) or (
        len(tokens) > 1 and tokens[0].tag == "ns"
    )


# （北京）, (中国): a place in brackets inside a full name.
BRACKETED_RE = patterns.compile(r"[（(][^（()）]{1,6}[）)]")
MIN_SHORT_FORM = 2
