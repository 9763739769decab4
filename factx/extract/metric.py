"""Metrics: every stated quantity, its value in base units, and what it measures.

`QUANTITY_RE` finds candidates (qualifier? numeral multiplier? unit
qualifier?), `parse_number` resolves them, and the subject comes from the
clause around the figure, over jieba's tags: the noun phrase before a verb of
amount (产值达1373.3亿元), the noun after a classifier (52家企业), or the
object before the figure (签约项目43个).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from decimal import Decimal
from typing import Callable, Iterable, Iterator

import regex

from ..models import DateRecord, Metric
from ..numbers import CHINESE_NUMERAL_CHARS, DIGITS, parse_number
from ..tables import INDICATOR_TERMS, QUALIFIER_WORDS, SUBJECT_WORDS, UNITS, alternation
from . import tokens as tk

# 签约 and 节约 end in 约, 赶超 in 超, 最近 in 近: after these the word is not a qualifier.
FALSE_QUALIFIER_BEFORE = "签节制预公条合契违履相邀赶最附靠邻亲临"
PRE = alternation(form for form, position in QUALIFIER_WORDS if position == "pre")
MID = alternation(form for form, position in QUALIFIER_WORDS if position == "mid")
POST = alternation(form for form, position in QUALIFIER_WORDS if position == "post")
UNIT = alternation(UNITS)
CN = regex.escape(CHINESE_NUMERAL_CHARS)
MULTIPLIER = "[十百千万亿兆萬億]"
TRAILING_MULTIPLIERS_RE = regex.compile(MULTIPLIER + "+$")
MULTIPLIERS_RE = regex.compile(MULTIPLIER + "+")
# A bare multiplier is a number after a qualifier (超过千亿元) or a verb of reaching (突破千亿元).
REACHED_RE = regex.compile(r"(?:突破|达到|高达)$")
# A numeral needs a digit; all zeros (〇〇) is a placeholder, not a number.
NUMERAL_DIGIT_RE = regex.compile(r"[0-9０-９一二两三四五六七八九壹贰叁肆伍陆柒捌玖〇零十拾廿卅]")
ZEROS_RE = regex.compile(r"[零〇]+")
# 三成 is a share; 三千成 or 30成 is not.
NOT_TENTHS_RE = regex.compile(r"[万亿千百]")
HAN_CHAR_RE = regex.compile(r"\p{Han}")
# Currency signs and words written before the number, and the unit each reports.
CURRENCY_SIGNS = {"￥": "元", "¥": "元", "$": "美元", "＄": "美元", "US$": "美元", "€": "欧元", "£": "英镑",
                  "HK$": "港元", "人民币": "元", "港币": "港元", "港幣": "港元", "美金": "美元"}
CURRENCY_BEFORE = alternation(CURRENCY_SIGNS)
# Thousands are grouped by commas (1,234) or, in statistical bulletins, by a space (450 933).
RANGE_LINK = "(?:至|到|-|—|~|～)"
ARABIC = r"(?:[-−]|负)?(?:[0-9０-９]{1,3}(?:[ \u2009\u202f][0-9０-９]{3})+(?![0-9０-９])|[0-9０-９]+(?:[,，][0-9０-９]{3})*)(?:[.．][0-9０-９]+)?"

QUANTITY_RE = regex.compile(
    rf"""(?x)
    (?<![0-9０-９.．A-Za-zＡ-Ｚａ-ｚ第{CN}])
    (?: (?<![{FALSE_QUALIFIER_BEFORE}]) (?P<pre>{PRE}) \s? )?
    (?:
        # 百分之八十, 千分之2.4: the share comes before its number.
        (?P<fraction>百分之|千分之|仟分之|万分之|萬分之|千万分之|万万分之) \s? (?P<fnum>{ARABIC}|[{CN}]+)
      | # ￥300, $20, 港币3.14: the currency before the number.
        (?P<currency>{CURRENCY_BEFORE}) \s? (?P<cnum>{ARABIC} (?:\s?{MULTIPLIER}+)?) (?! \s?(?:{UNIT}|[0-9０-９]))
      | # 五元三毛, 50元6角3分, 一块二, 三块零四 (Cantonese 三蚊零四): money in 元, 角 and 分.
        (?P<yuan>{ARABIC}|[{CN}]+?) (?:元|块|圆|蚊) (?P<jiao_zero>零)?
        (?: (?P<jiao>[0-9０-９]|[一二两三四五六七八九]) (?:角|毛|(?= [^0-9０-９.．\p{{Han}}] | $ )) )
        (?: (?P<fen>[0-9０-９]|[一二两三四五六七八九]) 分 )?
      | # 两角五分: 角 alone is too often no money (长三角), so 分 must follow.
        (?P<jiao_only>[0-9０-９]|[一二两三四五六七八九]) (?:角|毛) (?P<fen_only>[0-9０-９]|[一二两三四五六七八九]) 分
      | # 三四十个, 七八家: two neighbouring digits make a range.
        (?P<r1>[一二三四五六七八九])(?P<r2>[二三四五六七八九])(?P<rmult>[十百千万]*)
        (?P<rmid>{MID})? (?P<runit>{UNIT})
      | # 上千万元, 数十家, 几百个: an order of magnitude only.
        (?P<approx>上|数|几) (?P<amult>{MULTIPLIER}+) (?P<amid>{MID})? (?P<aunit>{UNIT})
      | (?P<num>{ARABIC} \s? {MULTIPLIER}*? | [{CN}]+?)
        # 3至5亿元, 50%-60%, 3成至4成: a range; the low end may repeat a share's unit.
        (?: (?P<low_unit> [%％](?=\s*{RANGE_LINK}\s*[-−]?[0-9０-９.．]+\s?[%％]) | 成(?=\s*{RANGE_LINK}\s*[0-9０-９.．{CN}]+成) )?
            \s*{RANGE_LINK}\s* (?P<num2>{ARABIC} \s? {MULTIPLIER}*? | [{CN}]+?) )?
        (?P<mid>{MID}|几)? (?P<mmult>(?<=[余多几]){MULTIPLIER}+?)? \s?
        (?: (?P<unit>{UNIT}) (?P<half>半)? (?P<tenth>(?<=米)[一二三四五六七八九](?![\p{{Han}}0-9]))?
            # 1.2万元/平方米, 0.45吨标准煤/万元: a compound unit is one unit.
            (?: / (?P<per>{MULTIPLIER}?(?:{UNIT}|人|亩|户|年|月|日|件|次)) )?
          | (?P<cheng>成)(?!不变|为|立|功|本|就|员|交|果|熟|长|都)
          | (?P<permille>‰|‱)
          | (?P<year>年)(?![前后底末初中内度份级代]) )
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
LIST_GAP_RE = regex.compile(r"\s*[、和及与,，]\s*")
# A unit character that starts a word with what follows is no unit: 两位数, 三名称, 五条件.
UNIT_WORD_BREAKERS = {"周": "年边末", "位": "数置于", "名": "称单义额", "条": "件例约", "种": "子类", "场": "所景", "部": "门分署长",
                      "家": "庭长乡", "台": "湾阶风", "天": "然下", "件": "事", "处": "理"}
# Units that, followed directly by a noun, name a size class rather than a quantity (8吋中试线).
ATTRIBUTE_UNITS = frozenset({"吋", "英寸", "英吋"})
PER_MILLE = {"‰": Decimal("0.1"), "‱": Decimal("0.01")}
FRACTION_SCALE = {"百分之": 1, "千分之": Decimal("0.1"), "仟分之": Decimal("0.1"), "万分之": Decimal("0.01"),
                  "萬分之": Decimal("0.01"),
                  "千万分之": Decimal("0.00001"), "万万分之": Decimal("0.000001")}
OPEN_QUOTES = "“‘「『\""
# 块 and 蚊 are money after a number only where no noun follows (一块地 is a plot of land).
COLLOQUIAL_MONEY = frozenset({"块", "蚊"})
# A session of a body: 十三届全国人大三次会议, 十九届四次全会.
SESSION_AFTER_RE = regex.compile(r"(?:全体会议|会议|全会|大会)")
SESSION_BEFORE_RE = regex.compile(r"届[^，,。；;！？]*$")
MAX_SESSION_GAP = 16
# A number of years is a duration, not a year, after these (为期三年, 期限为5年, 连续两年).
DURATION_CUE_RE = regex.compile(r"(?:为期|历时|期限|年限|连续|长达|用了|经过|整整)(?:为|是|达)?$")
DECIMAL_RE = regex.compile(r"[.．点]")
# Demonstratives before a Chinese numeral point at something, they do not count it.
DEICTIC = frozenset("这那哪此")
NUMBER_DIGIT_RE = regex.compile(r"[0-9０-９]")

AMOUNT_WORDS = SUBJECT_WORDS["amount"]
MAIN_VERBS = SUBJECT_WORDS["main_verb"]
NOUN_LIKE = SUBJECT_WORDS["noun"]
MEASURE_HEADS = tuple(sorted(SUBJECT_WORDS["measure_head"]))
SUBJECT_STOP = SUBJECT_WORDS["stop"]
COMPARE_WORDS = SUBJECT_WORDS["compare"]
# Stop words that scope a whole area (全国, 全市, 我省): they end a subject looking left, and
# are passed over looking right.
SCOPE_WORDS = frozenset(word for word in SUBJECT_STOP if word.startswith(("全", "我")))
RELATIVE_MEASURES = SUBJECT_WORDS["relative"]
SHARE_VERB = "占"
SHARE_WORDS = frozenset({"比重", "比例", "份额", "占比"})
NOMINAL_TAGS = ("n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "vn", "an", "j", "b", "eng", "l", "ng", "s")
PLAIN_NOUN_TAGS = ("n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "j", "eng")
LINKS = frozenset("和 及 与 、".split())
# A locative after a verbal noun makes a noun phrase of it (5项重点工作中有3项).
LOCATIVES = frozenset("中 里 内 之中".split())
QUOTES = frozenset("“ ” ‘ ’".split())
# Tags passed over between a subject and its figure: numbers, time, adverbs, prepositions, particles.
SKIPPED_TAGS = ("m", "t", "d", "p", "u", "f", "x", "q", "c", "r", "z")
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
    if match["currency"]:
        number = parse_number(match["cnum"])
        return None if number is None else _Candidate(match, number, None, CURRENCY_SIGNS[match["currency"]], "money", qualifier)
    if match["yuan"] or match["jiao_only"]:
        return _subunit_money(match, qualifier)
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
    reached = bool(REACHED_RE.search(match.string, max(0, match.start() - 2), match.start()))
    if not _is_numeral(raw_number, bare_ok=bool(match["pre"]) or reached):
        return None
    number = parse_number(raw_number)
    if number is None:
        return None
    high = parse_number(match["num2"]) if match["num2"] else None
    if match["num2"] and (high is None or not _is_numeral(match["num2"], bare_ok=False)):
        return None
    if high is not None and not TRAILING_MULTIPLIERS_RE.search(raw_number.strip()):
        # 3至5亿元: the low end shares the high end's multiplier.
        multiplier = TRAILING_MULTIPLIERS_RE.search(match["num2"].strip())
        if multiplier:
            number = number * (parse_number(multiplier.group()) or 1)
    if high is not None and high < number:
        return None
    if match["mid"] == "几":
        qualifier = qualifier or "more_than"
    if match["mmult"]:
        number = number * (parse_number(match["mmult"]) or 1)  # 90多亿元: the multiplier after 多
    if match["low_unit"] and (match["low_unit"] == "成") != bool(match["cheng"]):
        return None  # 3成至4成 and 5%至6% repeat the unit of the high end, and only that
    if match["cheng"]:
        if number > 10 or NOT_TENTHS_RE.search(raw_number):
            return None
        return _Candidate(match, number * 10, high * 10 if high is not None else None, "%", "percent", qualifier)
    if match["permille"]:
        scale = PER_MILLE[match["permille"]]
        return _Candidate(match, number * scale, high * scale if high is not None else None, "%", "percent", qualifier)
    if match["year"]:
        if number > 100:
            return None
        return _Candidate(match, number, high, "年", "time", qualifier)
    unit = UNITS[match["unit"]]
    if match["low_unit"] and unit.unit != "%":
        return None
    if match["half"]:
        number += Decimal("0.5")  # 一吨半
    if match["tenth"]:
        number += Decimal(DIGITS[match["tenth"]]) / 10  # 三米九
    if match["per"]:
        return _Candidate(match, number, high, f"{unit.unit}/{match['per']}", unit.kind, qualifier)
    return _Candidate(match, number, high, unit.unit, unit.kind, qualifier)


def _subunit_money(match: regex.Match[str], qualifier: str | None) -> _Candidate | None:
    """元 + 角 + 分 as one amount: 50元6角3分 -> 50.63 元; 一块二 -> 1.2; 三块零四 -> 3.04."""
    yuan = parse_number(match["yuan"]) if match["yuan"] else Decimal(0)
    if yuan is None or (match["yuan"] and not _is_numeral(match["yuan"], bare_ok=False)):
        return None
    jiao_text, fen_text = (match["jiao"], match["fen"]) if match["yuan"] else (match["jiao_only"], match["fen_only"])
    if match["jiao_zero"]:
        jiao_text, fen_text = None, jiao_text
    jiao = parse_number(jiao_text) if jiao_text else Decimal(0)
    fen = parse_number(fen_text) if fen_text else Decimal(0)
    return _Candidate(match, yuan + jiao / 10 + fen / 100, None, "元", "money", qualifier)


def _is_numeral(text: str, bare_ok: bool) -> bool:
    """A numeral with at least one digit; a bare multiplier (千亿) only after a qualifier (超过千亿元)."""
    text = text.strip()
    if NUMERAL_DIGIT_RE.search(text):
        return not ZEROS_RE.fullmatch(text)
    return bare_ok and bool(MULTIPLIERS_RE.fullmatch(text))


def _qualifier(match: regex.Match[str]) -> str | None:
    groups = match.groupdict()
    for position in ("pre", "mid", "post"):
        for group in (position, "r" + position, "a" + position):
            word = groups.get(group)
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
    if match["unit"] in ATTRIBUTE_UNITS and HAN_CHAR_RE.match(after):
        return False
    if after and not match["post"] and after in UNIT_WORD_BREAKERS.get(match["unit"] or "", ""):
        return False
    if match["year"] and not (
        match["mid"] or match["post"] or DECIMAL_RE.search(raw_number) or DURATION_CUE_RE.search(text, max(0, start - 4), start)
    ):
        return False  # 2019年 is a date; 3年多, 12.2年, 为期三年 are durations
    if match["unit"] in COLLOQUIAL_MONEY and (HAN_CHAR_RE.match(after) and after not in "钱零" or after[:1].isdigit()):
        return False  # 一块地, 两块金牌, 一块1.5米长: a classifier; 两块钱, 五块。 are money
    if match["unit"] == "次" and SESSION_AFTER_RE.match(text, match.end()) and SESSION_BEFORE_RE.search(
        text, max(0, start - MAX_SESSION_GAP), start
    ):
        return False  # 十三届全国人大三次会议: which session, not how many
    if before in DEICTIC and raw_number and not NUMBER_DIGIT_RE.search(raw_number):
        return False  # 这两天, 那几年: these days, not a count of days
    return True


def find_metrics(text: str, dates: Iterable[DateRecord] = ()) -> Iterator[Metric]:
    # Dates and sentences do not overlap one another, so both lists are sorted by start and
    # by end alike: each figure finds its sentence and its dates by bisection, which keeps a
    # long article with thousands of figures linear.
    date_spans = sorted(date.span for date in dates)
    date_ends = [end for _, end in date_spans]
    sentence_bounds = list(tk.sentences(text))
    sentence_starts = [start for start, _ in sentence_bounds]
    candidates = []
    for match in QUANTITY_RE.finditer(text):
        candidate = parse_quantity(match)
        if candidate is None or not _is_metric(text, candidate):
            continue
        start, end = match.span()
        if not _overlaps(date_spans, date_ends, start, end):
            candidates.append(candidate)
    candidates = sorted(candidates + _carried_units(text, candidates), key=lambda c: c.match.start())
    candidates = sorted(candidates + _implied_yuan(text, candidates, date_spans, date_ends), key=lambda c: c.match.start())

    def sentence_of(start: int, end: int) -> tuple[int, int]:
        index = bisect_right(sentence_starts, start) - 1
        return sentence_bounds[index] if index >= 0 and start < sentence_bounds[index][1] else (start, end)

    respective = _respective_subjects(text, candidates, sentence_of)
    previous_subject: dict[int, str] = {}
    paragraph_subject: str | None = None
    previous_end: int | None = None
    for candidate in candidates:
        start, end = candidate.match.span()
        sentence = sentence_of(start, end)
        if previous_end is not None and "\n" in text[previous_end:start]:
            paragraph_subject = None
        subject = respective.get(start) or _subject(text, sentence, candidate)
        listed = previous_end is not None and LIST_GAP_RE.fullmatch(text, previous_end, start)
        owner = previous_subject.get(sentence[0])
        bare = subject is None and _bare_clause(text, sentence, start)
        if subject is None and (candidate.kind in ("percent", "ratio") or listed or bare):
            # 同比增长15.4%: the figure before it grows; 6.57万亿元、7.67万亿元: one subject for a
            # list; 逆差下降70%，同比减少3140亿元: a clause of verbs only goes on about the same
            # measure; 分季度看，一季度增长6.4%: the measure the paragraph last named.
            subject = owner or (paragraph_subject if not listed else None)
        elif subject in RELATIVE_MEASURES and owner:
            # 工业增加值增长6.1%，增速回落0.5个百分点: 增速 is the 工业增加值's.
            subject = owner if owner.endswith(subject) else _owner(owner) + subject
        if subject:
            previous_subject[sentence[0]] = subject
            paragraph_subject = subject
        previous_end = end
        yield Metric(
            subject=subject,
            value=candidate.value,
            value_max=candidate.value_max,
            unit=candidate.unit,
            raw=text[start:end],
            qualifier=candidate.qualifier,
            period=_period(text, sentence, start, date_spans[bisect_left(date_spans, (sentence[0],)) : bisect_right(date_ends, start)]),
            span=(start, end),
            evidence=text[sentence[0] : sentence[1]].strip(),
        )


def _bare_clause(text: str, sentence: tuple[int, int], start: int) -> bool:
    """Whether the clause before a figure is verbs of amount and adverbs only (同比减少3140.2亿元)."""
    clause_start, _ = _clause(text, sentence, start, start)
    tokens = tk.tag(text, clause_start, start) if clause_start < start else []
    standard = False  # inside 比上年末: the standard of a comparison, up to its verb
    for token in tokens:
        if token.word in COMPARE_WORDS:
            standard = True
        elif token.word in AMOUNT_WORDS:
            standard = False
        elif not standard and not token.tag.startswith(("d", "p", "u", "x", "t", "f")):
            return False
    return bool(tokens)


def _respective_subjects(
    text: str, candidates: list[_Candidate], sentence_of: Callable[[int, int], tuple[int, int]]
) -> dict[int, str]:
    """Figures listed against as many subjects listed before them, in order:
    其中，医疗保健、教育文化和娱乐、居住类分别上涨7.2%、3.5%、0.1% -> one subject each."""
    subjects: dict[int, str] = {}
    groups: list[list[_Candidate]] = []
    for candidate in candidates:
        previous = groups[-1][-1] if groups else None
        if previous is not None and LIST_LINK_RE.fullmatch(text, previous.match.end(), candidate.match.start()):
            groups[-1].append(candidate)
        else:
            groups.append([candidate])
    for group in groups:
        if len(group) < 2:
            continue
        first = group[0].match.start()
        sentence = sentence_of(first, group[0].match.end())
        region_start, _ = _clause(text, sentence, first, first, LIST_BREAK)
        pieces = [piece for piece in ITEM_SEP_RE.split(text[region_start:first])]
        if len(pieces) != len(group) or any(not piece or NUMBER_DIGIT_RE.search(piece) or PERIOD_WORD_RE.search(piece) for piece in pieces):
            continue
        last_start = first - len(pieces[-1])
        last = _item_phrase(text, last_start, first)
        if last is None:
            continue
        for candidate, item in zip(group, [*pieces[:-1], last]):
            subjects[candidate.match.start()] = item.strip()
    return subjects


ITEM_SEP_RE = regex.compile(r"、")
# Items that are periods (一季度、二季度) are not what a respective list measures.
PERIOD_WORD_RE = regex.compile(r"[季月年周日]")


def _item_phrase(text: str, start: int, end: int) -> str | None:
    """The last item of a listed subject, without the verb that follows it (居住类下降 -> 居住类)."""
    tokens = _unglued(tk.tag(text, start, end))
    respectively = [index for index, token in enumerate(tokens) if token.word == "分别"]
    if respectively:
        tokens = tokens[: respectively[0]]  # 外资企业分别出口98亿元: what follows 分别 is the verb
    while tokens and (tokens[-1].word in AMOUNT_WORDS or tokens[-1].tag.startswith(("d", "p", "u", "x"))):
        tokens.pop()
    return text[start : tokens[-1].end] if tokens else None


def _owner(subject: str) -> str:
    """The owner part of an earlier subject: 工业增加值 of 工业增加值增速 when 增速 comes again."""
    for measure in RELATIVE_MEASURES:
        if subject.endswith(measure):
            return subject[: -len(measure)]
    return subject


def _overlaps(spans: list[tuple[int, int]], ends: list[int], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of `spans`: sorted, non-overlapping, `ends` their ends."""
    after = bisect_right(ends, start)  # the first span that ends after `start`
    return after < len(spans) and spans[after][0] < end


def _carried_units(text: str, found: list[_Candidate]) -> list[_Candidate]:
    """Bare figures in a list take the unit of the figure that closes the list."""
    by_start = {candidate.match.start(): candidate for candidate in found}
    taken = sorted(candidate.match.span() for candidate in found)  # non-overlapping matches
    taken_ends = [end for _, end in taken]
    bare = [match for match in BARE_RE.finditer(text) if not _overlaps(taken, taken_ends, *match.span())]
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


# 出资400亿, 发行地方债33411亿: a sum in 亿 with its 元 left off, where the clause speaks of money.
IMPLIED_YUAN_RE = regex.compile(
    rf"""(?x)
    (?<![0-9０-９.．A-Za-z第{CN}])
    (?: (?<![{FALSE_QUALIFIER_BEFORE}]) (?P<pre>{PRE}) \s? )?
    (?P<num> {ARABIC} \s? (?:万亿|千亿|亿|億) )
    (?! [0-9０-９] )
    """
)
MONEY_CUE_RE = regex.compile(r"出资|投资|融资|资金|募集|募资|发行|金额|总额|营收|收入|贷款|债|基金|资本|资产|市值|财政|预算|税|成交额|销售额")


def _implied_yuan(
    text: str, found: list[_Candidate], date_spans: list[tuple[int, int]], date_ends: list[int]
) -> list[_Candidate]:
    taken = sorted(candidate.match.span() for candidate in found)
    taken_ends = [end for _, end in taken]
    implied: list[_Candidate] = []
    for match in IMPLIED_YUAN_RE.finditer(text):
        start, end = match.span()
        if _overlaps(taken, taken_ends, start, end) or _overlaps(date_spans, date_ends, start, end):
            continue
        clause_start, clause_end = _clause(text, (0, len(text)), start, end)
        number = parse_number(match["num"])
        if number is None or not MONEY_CUE_RE.search(text, clause_start, clause_end):
            continue
        qualifier = QUALIFIER_WORDS.get((match["pre"], "pre")) if match["pre"] else None
        implied.append(_Candidate(match, number, None, "元", "money", qualifier))
    return implied


TIME_LEAD_RE = regex.compile(r"(?:在|于|截至|截止|到|从|自|至)?$")


def _period(text: str, sentence: tuple[int, int], start: int, date_spans: list[tuple[int, int]]) -> str | None:
    """The time expression the figure belongs to: the last one before it in its clause, else the
    last one in its sentence that opens a clause (今年1-8月，科学城…产值达1373.3亿元).
    `date_spans` are the dates of the sentence that end before the figure."""
    for span_start, span_end in reversed(date_spans):
        clause_start, _ = _clause(text, sentence, span_start, span_end)
        same_clause = not any(char in CLAUSE_BREAK for char in text[span_end:start])
        if same_clause or TIME_LEAD_RE.fullmatch(text[clause_start:span_start]):
            return text[span_start:span_end]
    return None


CLAUSE_BREAK = "，,；;：:。！？!?\n、（(）)"
OPENING_BRACKETS = "（("
CLOSING_BRACKETS = "）)"
MAX_ASIDE = 14


def _clause(text: str, sentence: tuple[int, int], start: int, end: int, breaks: str = CLAUSE_BREAK) -> tuple[int, int]:
    left = start
    while left > sentence[0] and text[left - 1] not in breaks:
        left -= 1
    right = end
    while right < sentence[1] and text[right] not in breaks:
        right += 1
    return left, right


# What follows a count may be a list of what is counted (60多家科研院所、大专院校、企业).
LIST_BREAK = CLAUSE_BREAK.replace("、", "")


def _subject(text: str, sentence: tuple[int, int], candidate: _Candidate) -> str | None:
    start, end = candidate.match.span()
    clause_start, clause_end = _clause(text, sentence, start, end)
    coordinate = candidate.kind not in ("money", "percent", "ratio")
    left = _left_phrase(text, clause_start, start, coordinate=coordinate)
    if left is None and clause_start > sentence[0] and text[clause_start - 1] in CLOSING_BRACKETS:
        # 固定资产投资（不含农户）299 100亿元: the subject stands before the aside.
        opening = max(text.rfind(bracket, sentence[0], clause_start - 1) for bracket in OPENING_BRACKETS)
        if opening >= 0 and clause_start - opening <= MAX_ASIDE:
            outer_start, _ = _clause(text, sentence, opening, opening)
            left = _left_phrase(text, outer_start, opening, coordinate=coordinate)
    if left and not _names_measure(left):
        left = _with_listed_items(text, sentence, clause_start, start, left)
    if candidate.kind in ("count", "people"):
        right = _right_phrase(text, end, _clause(text, sentence, start, end, LIST_BREAK)[1])
        if left and not right:
            left = _with_size_class(text, clause_start, start, left)
        return right or left
    right = _right_phrase(text, end, clause_end)
    if left and left.endswith(MEASURE_HEADS):
        project = PROJECT_AFTER_RE.match(text, end, clause_end)
        measure = MEASURE_TAIL_RE.search(left)
        if project and measure:
            return project["name"] + measure.group()  # 总投资10亿元的物流园项目 measures the project's 总投资
    if left and (left.endswith(MEASURE_HEADS) or not right):
        return left
    return right or left


# What a figure of investment belongs to when it stands before the project: 总投资10亿元的X项目.
PROJECT_AFTER_RE = regex.compile(r"的(?P<name>[^，,。；;、：:！？!?\n0-9０-９]{2,30}?(?:项目|工程))")
MEASURE_TAIL_RE = regex.compile(rf"总?(?:{alternation(MEASURE_HEADS)})$")
# A size class before what a count counts: 超20亿元项目200个.
SIZE_CLASS_RE = regex.compile(r"(?:其中)?(?P<size>.+)$")


def _with_listed_items(text: str, sentence: tuple[int, int], clause_start: int, start: int, left: str) -> str:
    """电力、热力、燃气及水生产和供应业增长9.8%: nouns listed before the subject with 、 are part of it."""
    if text.find(left, clause_start, start) != clause_start:
        return left
    items_start = clause_start
    while items_start > sentence[0] and text[items_start - 1] == "、":
        item_start, _ = _clause(text, sentence, items_start - 1, items_start - 1)
        item = text[item_start : items_start - 1]
        if not item or len(item) > MAX_LISTED_ITEM or NUMBER_DIGIT_RE.search(item) or not HAN_ITEM_RE.fullmatch(item):
            break
        items_start = item_start
    return text[items_start:clause_start] + left


MAX_LISTED_ITEM = 8
HAN_ITEM_RE = regex.compile(r"\p{Han}+")


def _with_size_class(text: str, clause_start: int, start: int, left: str) -> str:
    """超20亿元项目200个: a quantity before what is counted names its size class."""
    left_start = text.find(left, clause_start, start)
    prefix = SIZE_CLASS_RE.match(text, clause_start, left_start) if left_start > clause_start else None
    size = QUANTITY_RE.fullmatch(text, prefix.start("size"), left_start) if prefix else None
    measured = parse_quantity(size) if size else None
    if measured is not None and measured.kind in ("money", "measure"):
        return text[prefix.start("size") : left_start] + left
    return left


MEASURE_WORDS = tuple(sorted(NOUN_LIKE | INDICATOR_TERMS))


def _names_measure(phrase: str) -> bool:
    """Whether a phrase ends in a measure (医疗器械、药品出口 is an export, 供应业 an industry)."""
    return phrase.endswith(MEASURE_HEADS) or phrase.endswith(MEASURE_WORDS)


def _left_phrase(text: str, clause_start: int, start: int, coordinate: bool = True) -> str | None:
    """The noun phrase ending nearest before the figure, past words of amount (达, 为, 同比增长).

    `coordinate`: whether 和/及/与 may join nouns into one subject (孵化器和众创空间14个); for
    money and shares the measure is the last noun (民企和小微企业融资269亿元 measures 融资).
    """
    if start <= clause_start:
        return None
    tokens = _unglued(tk.tag(text, clause_start, start))
    compared = [i for i, token in enumerate(tokens) if token.word in COMPARE_WORDS]
    if compared:
        tokens = tokens[: compared[-1]]  # 增速比前三季度加快: what comes after 比 is the standard
    index = len(tokens) - 1
    while index >= 0 and not _nominal(tokens[index]):
        token = tokens[index]
        if token.word in SUBJECT_STOP:
            return None  # 四川大学等60多家: the figure counts a list, not what precedes it
        if token.word in AMOUNT_WORDS or token.tag.startswith(SKIPPED_TAGS):
            index -= 1
            continue
        if len(token.word) >= 2 and index > 0 and _nominal(tokens[index - 1]):
            break  # 资源共享接入3500类, 国家高新区新增10个: noun + verb names the figure
        return None  # 预计今年底将达到: a verb of its own, so the subject is elsewhere
    end = index
    if not coordinate and end >= 0 and not _is_measure(tokens[end]):
        coordinate = True  # 燃气及水生产和供应业: 和 joins the names of what is measured
    if end >= 0 and tokens[end].word in SHARE_WORDS:
        # 清洁能源消费量占各项能源消费的比重: a share names its part and its whole; the whole
        # after 占 is taken as written, the part before it is a noun phrase as any subject.
        verbs = [i for i, token in enumerate(tokens[:end]) if token.word == SHARE_VERB]
        if verbs and verbs[-1] > 0:
            index = verbs[-1] - 1
    while index >= 0:
        token, right = tokens[index], tokens[index + 1] if index < end else None
        if token.word in SUBJECT_STOP:
            break
        if token.word in UNITS and index > 0 and tokens[index - 1].tag == "m":
            break  # 5项重点工作中有3项: 项 counts what follows it, it is no part of the name
        if _nominal(token) or token.word in QUOTES:
            index -= 1
        elif right is not None and token.tag in ("a", "ad", "f", "m", "q") and index > 0 and _nominal(tokens[index - 1]):
            index -= 1  # 市级以上孵化器, 世界500强企业, 电力直接交易电量
        elif right is not None and index == 0 and (token.tag == "a" or len(token.word) == 1 and token.tag == "f"):
            index -= 1  # 清洁能源消费量; 上云率: jieba splits off 上
        elif right is not None and token.word in LINKS and index > 0 and _nominal(tokens[index - 1]) and coordinate:
            index -= 1  # 孵化器和众创空间
        elif right is not None and _modifier_verb(token) and _nominal(right):
            index -= 1  # 创新平台: jieba tags 创新 v
        else:
            break
    if end < 0 or index + 1 > end:
        return None
    return _balanced(text[tokens[index + 1].start : tokens[end].end])


# Words that glue a figure's verb to the noun before it: jieba's dictionary has some (产量比 in
# 产量比去年多出, the name 比达 in 占比达三成) and its HMM makes more (整合率达, 工作中有).
# A noun, a name or an unknown word ending in one of these, whose first part is a word of its
# own, is two words.
GLUED_VERB_ENDINGS = frozenset("比达为有是")


def _unglued(tokens: list[tk.Token]) -> list[tk.Token]:
    result: list[tk.Token] = []
    for token in tokens:
        head, last = token.word[:-1], token.word[-1:]
        unknown = not tk.known(token.word)
        if (
            len(token.word) >= 2 and last in GLUED_VERB_ENDINGS and (token.tag.startswith("n") or unknown)
            and token.word not in NOUN_LIKE and not token.word.endswith(MEASURE_HEADS) and tk.known(head)
            and (unknown or token.tag.startswith("nr") or len(head) >= 2)
        ):
            result.append(tk.Token(head, tk.tag_of(head), token.start, token.end - 1))
            result.append(tk.Token(last, "p" if last == "比" else "v", token.end - 1, token.end))
        else:
            result.append(token)
    return result


def _right_phrase(text: str, end: int, clause_end: int) -> str | None:
    """The noun phrase right after the figure's classifier (52家企业, 80万元的贷款)."""
    if end >= clause_end:
        return None
    tokens = _unglued(tk.tag(text, end, clause_end))
    first = 0
    relative = next((i + 1 for i, token in enumerate(tokens) if token.word == "的"), None)
    if tokens and tokens[0].word in SCOPE_WORDS and len(tokens) > 1:
        first = 1  # 18家全国前20强早期创投机构: the scope is not what is counted
    opening = tokens[first] if tokens else None
    following = tokens[first + 1] if len(tokens) > first + 1 else None
    if opening is not None and opening.word == "的":
        first += 1
    elif opening is not None and opening.tag.startswith("v") and not _nominal(opening) and (
        relative is not None or not (_modifier_verb(opening) and following is not None and _nominal(following))
    ):
        # 60多家从事石墨烯科技创新的科研院所: a relative clause, then the noun.
        first = relative if relative is not None else len(tokens)
    index, last = first, None
    while index < len(tokens):
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if token.word in SUBJECT_STOP:
            break
        if _nominal(token) and not (
            token.tag == "vn" and last is not None and last.tag in PLAIN_NOUN_TAGS
            and not (following and (_nominal(following) or following.word in LOCATIVES))
        ):
            last, index = token, index + 1  # 云服务清单; but 高校建设 stops at 建设
        elif token.tag in ("a", "m", "f", "q", "t") and _leads_to_noun(tokens, index):
            last, index = token, index + 1  # 早期创投机构
        elif _modifier_verb(token) and following is not None and _nominal(following):
            last, index = token, index + 1  # 合作共建实验室, 国际知名创投机构
        elif token.word in LINKS and last is not None and following is not None and _nominal(following):
            last, index = token, index + 1  # 60多家科研院所、大专院校和企业: the list is what is counted
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
        if token.tag not in ("a", "m", "f", "q", "t"):
            return False
    return False


def _modifier_verb(token: tk.Token) -> bool:
    return (
        token.tag.startswith("v") and len(token.word) >= 2 and token.word not in MAIN_VERBS and token.word not in AMOUNT_WORDS
    )


def _is_measure(token: tk.Token) -> bool:
    """A word naming a measure (融资, 产值, 营业收入) rather than what is measured."""
    return token.word in NOUN_LIKE or token.word.endswith(MEASURE_HEADS) or token.word in INDICATOR_TERMS


def _nominal(token: tk.Token) -> bool:
    if token.word in NOUN_LIKE or (token.word.endswith(MEASURE_HEADS) and token.word not in AMOUNT_WORDS):
        return True
    return token.tag.startswith(NOMINAL_TAGS) and token.word not in AMOUNT_WORDS and token.word not in MAIN_VERBS
