"""Metrics: every stated quantity, its value in base units, and what it measures.

`QUANTITY_RE` finds candidates (qualifier? numeral multiplier? unit
qualifier?), `parse_number` resolves them, and the subject comes from the
clause around the figure, over jieba's tags: the noun phrase before a verb of
amount (产值达1373.3亿元), the noun after a classifier (52家企业), or the
object before the figure (签约项目43个).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable, Iterator

import regex

from ..models import DateRecord, Metric
from ..numbers import CHINESE_NUMERAL_CHARS, parse_number
from ..tables import QUALIFIER_WORDS, SUBJECT_WORDS, UNITS, alternation
from . import tokens as tk

# 签约 and 节约 end in 约, 赶超 in 超, 最近 in 近: after these the word is not a qualifier.
FALSE_QUALIFIER_BEFORE = "签节制预公条合契违履相邀赶最附靠邻亲临"
PRE = alternation(form for form, position in QUALIFIER_WORDS if position == "pre")
MID = alternation(form for form, position in QUALIFIER_WORDS if position == "mid")
POST = alternation(form for form, position in QUALIFIER_WORDS if position == "post")
UNIT = alternation(UNITS)
CN = regex.escape(CHINESE_NUMERAL_CHARS)
MULTIPLIER = "[十百千万亿兆萬億]"
ARABIC = r"(?:[-−]|负)?[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?"

QUANTITY_RE = regex.compile(
    rf"""(?x)
    (?<![0-9０-９.．A-Za-zＡ-Ｚａ-ｚ第{CN}])
    (?: (?<![{FALSE_QUALIFIER_BEFORE}]) (?P<pre>{PRE}) \s? )?
    (?:
        # 百分之八十, 千分之2.4: the share comes before its number.
        (?P<fraction>百分之|千分之|万分之|千万分之|万万分之) \s? (?P<fnum>{ARABIC}|[{CN}]+)
      | # 三四十个, 七八家: two neighbouring digits make a range.
        (?P<r1>[一二三四五六七八九])(?P<r2>[二三四五六七八九])(?P<rmult>[十百千万]*)
        (?P<rmid>{MID})? (?P<runit>{UNIT})
      | # 上千万元, 数十家, 几百个: an order of magnitude only.
        (?P<approx>上|数|几) (?P<amult>{MULTIPLIER}+) (?P<amid>{MID})? (?P<aunit>{UNIT})
      | (?P<num>{ARABIC} \s? {MULTIPLIER}*? | [{CN}]+?)
        (?: \s*(?:至|到|-|—|~|～)\s* (?P<num2>{ARABIC} \s? {MULTIPLIER}*? | [{CN}]+?) )?
        (?P<mid>{MID}|几)? \s?
        (?: (?P<unit>{UNIT}) | (?P<cheng>成)(?!不变|为|立|功|本|就|员|交|果|熟|长|都) | (?P<year>年)(?=多|余|有余) )
    )
    (?P<post>{POST})?
    """
)
# A figure whose unit the list it stands in gives later: 10.15万亿、11万亿、11.17万亿元.
BARE_RE = regex.compile(
    rf"""(?x)
    (?<![0-9０-９.．A-Za-z第{CN}])
    (?: (?<![{FALSE_QUALIFIER_BEFORE}]) (?P<pre>{PRE}) \s? )?
    (?P<num> {ARABIC} \s? {MULTIPLIER}+ | {ARABIC}[.．][0-9０-９]+ )
    (?= \s* [、和及与] )
    """
)
LIST_LINK_RE = regex.compile(r"\s*[、和及与]\s*")
# Units that, followed directly by a noun, name a size class rather than a quantity (8吋中试线).
ATTRIBUTE_UNITS = frozenset({"吋", "英寸", "英吋"})
FRACTION_SCALE = {"百分之": 1, "千分之": Decimal("0.1"), "万分之": Decimal("0.01"),
                  "千万分之": Decimal("0.00001"), "万万分之": Decimal("0.000001")}
OPEN_QUOTES = "“‘「『\""

AMOUNT_WORDS = SUBJECT_WORDS["amount"]
MAIN_VERBS = SUBJECT_WORDS["main_verb"]
NOUN_LIKE = SUBJECT_WORDS["noun"]
MEASURE_HEADS = tuple(sorted(SUBJECT_WORDS["measure_head"]))
SUBJECT_STOP = SUBJECT_WORDS["stop"]
NOMINAL_TAGS = ("n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "vn", "an", "j", "b", "eng", "l", "ng", "s")
PLAIN_NOUN_TAGS = ("n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "j", "eng")
LINKS = frozenset("和 及 与 、".split())
QUOTES = frozenset("“ ” ‘ ’".split())
@dataclass
class _Candidate:
    match: regex.Match[str]
    value: Decimal
    value_max: Decimal | None
    unit: str
    kind: str
    qualifier: str | None


def parse_quantity(match: regex.Match[str]) -> _Candidate | None:
    """Value, unit and qualifier of one QUANTITY_RE match; None when it is no quantity."""
    qualifier = _qualifier(match)
    if match["fraction"]:
        number = parse_number(match["fnum"])
        if number is None:
            return None
        return _Candidate(match, number * FRACTION_SCALE[match["fraction"]], None, "%", "percent", qualifier)
    if match["r1"]:
        low, high = parse_number(match["r1"] + match["rmult"]), parse_number(match["r2"] + match["rmult"])
        if low is None or high is None or int(high) - int(low) != int(parse_number(match["rmult"] or "一") or 1):
            return None
        unit = UNITS[match["runit"]]
        return _Candidate(match, low, high, unit.unit, unit.kind, qualifier)
    if match["approx"]:
        number = parse_number(match["amult"])
        unit = UNITS[match["aunit"]]
        return None if number is None else _Candidate(match, number, None, unit.unit, unit.kind, "more_than")

    raw_number = match["num"]
    if not _is_numeral(raw_number, bare_ok=bool(match["pre"])):
        return None
    number = parse_number(raw_number)
    if number is None:
        return None
    high = parse_number(match["num2"]) if match["num2"] else None
    if match["num2"] and (high is None or not _is_numeral(match["num2"], bare_ok=False)):
        return None
    if high is not None and not regex.search(MULTIPLIER + "$", raw_number.strip()):
        # 3至5亿元: the low end shares the high end's multiplier.
        multiplier = regex.search(MULTIPLIER + "+$", match["num2"].strip())
        if multiplier:
            number = number * (parse_number(multiplier.group()) or 1)
    if high is not None and high < number:
        return None
    if match["mid"] == "几":
        qualifier = qualifier or "more_than"
    if match["cheng"]:
        if number > 10 or regex.search(r"[万亿千百]", raw_number):
            return None
        return _Candidate(match, number * 10, high * 10 if high is not None else None, "%", "percent", qualifier)
    if match["year"]:
        if number > 100:
            return None
        return _Candidate(match, number, high, "年", "time", qualifier)
    unit = UNITS[match["unit"]]
    return _Candidate(match, number, high, unit.unit, unit.kind, qualifier)


def _is_numeral(text: str, bare_ok: bool) -> bool:
    """A numeral with at least one digit; a bare multiplier (千亿) only after a qualifier (超过千亿元)."""
    text = text.strip()
    if regex.search(r"[0-9０-９一二两三四五六七八九壹贰叁肆伍陆柒捌玖〇零十拾廿卅]", text):
        return not regex.fullmatch(r"[零〇]+", text)
    return bare_ok and bool(regex.fullmatch(f"{MULTIPLIER}+", text))


def _qualifier(match: regex.Match[str]) -> str | None:
    for position in ("pre", "mid", "post"):
        for group in (position, "r" + position, "a" + position):
            word = match.groupdict().get(group)
            if word and (word, position) in QUALIFIER_WORDS:
                return QUALIFIER_WORDS[(word, position)]
    return None


def _is_metric(text: str, candidate: _Candidate) -> bool:
    match = candidate.match
    raw_number = (match["num"] or "").strip()
    start = match.start("pre") if match["pre"] else match.start()
    before = text[start - 1] if start > 0 else ""
    after = text[match.end() : match.end() + 1]
    if candidate.kind in ("count", "people") and raw_number in ("一", "壹") and not match["mid"] and not match["post"]:
        return False  # 一个产品, 一批项目: the indefinite article, not a count
    if candidate.kind in ("count", "people") and before and before in OPEN_QUOTES:
        return False  # “四个意识”, “两个维护”: a slogan
    if match["unit"] in ATTRIBUTE_UNITS and regex.match(r"\p{Han}", after):
        return False
    if match["year"] and not (match["mid"] or match["post"]):
        return False
    return True


def find_metrics(text: str, dates: Iterable[DateRecord] = ()) -> Iterator[Metric]:
    date_spans = sorted(date.span for date in dates)
    sentence_bounds = list(tk.sentences(text))
    candidates = []
    for match in QUANTITY_RE.finditer(text):
        candidate = parse_quantity(match)
        if candidate is None or not _is_metric(text, candidate):
            continue
        start, end = match.span()
        if not any(s < end and start < e for s, e in date_spans):
            candidates.append(candidate)
    candidates = sorted(candidates + _carried_units(text, candidates), key=lambda c: c.match.start())
    previous_subject: dict[int, str] = {}
    for candidate in candidates:
        start, end = candidate.match.span()
        sentence = next(((s, e) for s, e in sentence_bounds if s <= start < e), (start, end))
        subject = _subject(text, sentence, candidate)
        if subject is None and candidate.kind == "percent":
            subject = previous_subject.get(sentence[0])  # 同比增长15.4%: the figure before it grows
        if subject:
            previous_subject[sentence[0]] = subject
        yield Metric(
            subject=subject,
            value=candidate.value,
            value_max=candidate.value_max,
            unit=candidate.unit,
            raw=text[start:end],
            qualifier=candidate.qualifier,
            period=_period(text, sentence, start, date_spans),
            span=(start, end),
            evidence=text[sentence[0] : sentence[1]].strip(),
        )


def _carried_units(text: str, found: list[_Candidate]) -> list[_Candidate]:
    """Bare figures in a list take the unit of the figure that closes the list."""
    by_start = {candidate.match.start(): candidate for candidate in found}
    taken = [candidate.match.span() for candidate in found]
    bare = [m for m in BARE_RE.finditer(text) if not any(s < m.end() and m.start() < e for s, e in taken)]
    carried: list[_Candidate] = []
    for match in reversed(bare):
        link = LIST_LINK_RE.match(text, match.end())
        following = by_start.get(link.end()) if link else None
        number = parse_number(match["num"])
        if following is None or number is None or following.kind in ("percent",) and "%" not in match.group():
            continue
        qualifier = QUALIFIER_WORDS.get((match["pre"], "pre")) if match["pre"] else None
        candidate = _Candidate(match, number, None, following.unit, following.kind, qualifier)
        carried.append(candidate)
        by_start[match.start()] = candidate
    return carried


TIME_LEAD_RE = regex.compile(r"(?:在|于|截至|截止|到|从|自|至)?$")


def _period(text: str, sentence: tuple[int, int], start: int, date_spans: list[tuple[int, int]]) -> str | None:
    """The time expression the figure belongs to: the last one before it in its clause, else the
    last one in its sentence that opens a clause (今年1-8月，科学城…产值达1373.3亿元)."""
    before = [span for span in date_spans if sentence[0] <= span[0] and span[1] <= start]
    for span_start, span_end in reversed(before):
        clause_start, _ = _clause(text, sentence, span_start, span_end)
        same_clause = not any(char in CLAUSE_BREAK for char in text[span_end:start])
        if same_clause or TIME_LEAD_RE.fullmatch(text[clause_start:span_start]):
            return text[span_start:span_end]
    return None


CLAUSE_BREAK = "，,；;：:。！？!?\n、（(）)"


def _clause(text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    left = start
    while left > sentence[0] and text[left - 1] not in CLAUSE_BREAK:
        left -= 1
    right = end
    while right < sentence[1] and text[right] not in CLAUSE_BREAK:
        right += 1
    return left, right


def _subject(text: str, sentence: tuple[int, int], candidate: _Candidate) -> str | None:
    start, end = candidate.match.span()
    clause_start, clause_end = _clause(text, sentence, start, end)
    left = _left_phrase(text, clause_start, start)
    right = _right_phrase(text, end, clause_end)
    if candidate.kind in ("count", "people"):
        return right or left
    if left and (left.endswith(MEASURE_HEADS) or not right):
        return left
    return right or left


def _left_phrase(text: str, clause_start: int, start: int) -> str | None:
    """The noun phrase ending nearest before the figure, past words of amount (达, 为, 同比增长)."""
    if start <= clause_start:
        return None
    tokens = tk.tag(text, clause_start, start)
    index = len(tokens) - 1
    while index >= 0 and not _nominal(tokens[index]):
        if tokens[index].word in SUBJECT_STOP:
            return None  # 四川大学等60多家: the figure counts a list, not what precedes it
        index -= 1
    end = index
    while index >= 0:
        token, right = tokens[index], tokens[index + 1] if index < end else None
        if token.word in SUBJECT_STOP:
            break
        if _nominal(token) or token.word in QUOTES:
            index -= 1
        elif right is not None and token.tag in ("a", "f", "m", "q") and index > 0 and _nominal(tokens[index - 1]):
            index -= 1  # 市级以上孵化器, 世界500强企业
        elif right is not None and index == 0 and len(token.word) == 1 and token.tag in ("a", "f"):
            index -= 1  # 上云率: jieba splits off 上
        elif right is not None and token.word in LINKS and index > 0 and _nominal(tokens[index - 1]):
            index -= 1  # 孵化器和众创空间
        elif right is not None and _modifier_verb(token) and _nominal(right):
            index -= 1  # 创新平台: jieba tags 创新 v
        else:
            break
    if end < 0 or index + 1 > end:
        return None
    return _balanced(text[tokens[index + 1].start : tokens[end].end])


def _right_phrase(text: str, end: int, clause_end: int) -> str | None:
    """The noun phrase right after the figure's classifier (52家企业, 80万元的贷款)."""
    if end >= clause_end:
        return None
    tokens = tk.tag(text, end, clause_end)
    first = 0
    if tokens and tokens[0].word == "的":
        first = 1
    elif tokens and tokens[0].tag.startswith("v") and not _nominal(tokens[0]):
        # 60多家从事石墨烯科技创新的科研院所: a relative clause, then the noun.
        first = next((i + 1 for i, token in enumerate(tokens) if token.word == "的"), len(tokens))
    index, last = first, None
    while index < len(tokens):
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if token.word in SUBJECT_STOP:
            break
        if _nominal(token) and not (token.tag == "vn" and last is not None and last.tag in PLAIN_NOUN_TAGS):
            last, index = token, index + 1
        elif token.tag in ("a", "m", "f", "q") and _leads_to_noun(tokens, index):
            last, index = token, index + 1
        elif (
            _modifier_verb(token)
            and following is not None
            and _nominal(following)
            and not (last is not None and last.tag in PLAIN_NOUN_TAGS)
        ):
            last, index = token, index + 1  # 合作共建实验室
        else:
            break
    if index == first:
        return None
    return _balanced(text[tokens[first].start : tokens[index - 1].end])


def _balanced(phrase: str) -> str | None:
    """Quotes stay only in pairs: 渝快融”服务… loses the half-quoted name before it."""
    if "”" in phrase and "“" not in phrase[: phrase.index("”")]:
        phrase = phrase[phrase.rindex("”") + 1 :]
    if "“" in phrase and "”" not in phrase[phrase.rindex("“") :]:
        phrase = phrase[: phrase.rindex("“")]
    phrase = phrase.strip("“”‘’ ") if "“" not in phrase else phrase.strip(" ")
    return phrase or None


def _leads_to_noun(tokens: list[tk.Token], index: int) -> bool:
    """Modifiers (a, m, f, q) that a noun follows: 500强企业."""
    for token in tokens[index + 1 :]:
        if _nominal(token):
            return True
        if token.tag not in ("a", "m", "f", "q"):
            return False
    return False


def _modifier_verb(token: tk.Token) -> bool:
    return token.tag.startswith("v") and len(token.word) >= 2 and token.word not in MAIN_VERBS


def _nominal(token: tk.Token) -> bool:
    if token.word in NOUN_LIKE:
        return True
    return token.tag.startswith(NOMINAL_TAGS) and token.word not in AMOUNT_WORDS and token.word not in MAIN_VERBS
