"""One expression at a time: a figure already cut out of its text (`1373.3亿元`, `超20亿元`,
`两千三百五`, `三又四分之一`, `今年1-8月`), normalized as `factx extract` would.

`parse_expression` is total: every input gives one result, and a result whose `type` is
None says that nothing parsed, so that a column of inputs stays aligned with its output.
It tries, in order: a date that is the whole expression, a metric that is (the quantity
grammar of `extract`), then a bare number (`parse_value`), which adds to `parse_number`
the forms only a lone numeral takes: fractions, dozens and pairs, exponents, 半百; last, a
phrase with exactly one figure in it gives that figure (以每股1.95港元).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal, InvalidOperation, Overflow

import regex

from . import patterns
from .extract.date import find_dates
from .extract.metric import find_metrics
from .models import DateRecord, Metric, Parsed
from .numbers import parse_number
from .reading import simplified
from .refdate import Ref

# Layout spaces inside a numeral (三百 五又三分  之一) carry no meaning.
SPACES_RE = patterns.compile(r"[\s\u3000]+")
NUMERAL = r"[-−+负]?[0-9０-９.．,，零〇○一二两倆三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟幺廿卅点几余多]+"
# 三又四分之一, 16分之5, 一百分之五十五点五七九, 4 6/3, 16/5: a whole part (又 or a space), then
# a denominator and a numerator.
FRACTION_RE = patterns.compile(
    rf"""(?x)
    ^ (?: (?P<whole>{NUMERAL}) (?:又|\s) )?
    (?: (?P<den>{NUMERAL}) 分之? (?P<num>{NUMERAL}) | (?P<num2>[-−]?[0-9]+(?:\.[0-9]+)?) / (?P<den2>[0-9]+(?:\.[0-9]+)?) ) $
    """
)
# 4 6/3: a whole number, a space, then a fraction (read before layout spaces are dropped).
MIXED_FRACTION_RE = patterns.compile(r"^(?P<whole>[0-9]+)\s+(?P<num2>[0-9]+)/(?P<den2>[0-9]+)$")
# 2^5, 2.5^-1, -127.32e13, -12e-1: powers of ten and of other bases.
POWER_RE = patterns.compile(r"^(?P<base>[-−+]?[0-9]+(?:\.[0-9]+)?)(?:\^(?P<exp>[-+]?[0-9]+)|[eE](?P<exp10>[-+]?[0-9]+))$")
# 100K, 3M, 2.5B: Latin magnitude letters.
LATIN_MAGNITUDE = {"K": 10**3, "k": 10**3, "M": 10**6, "G": 10**9, "B": 10**9, "T": 10**12}
LATIN_RE = patterns.compile(r"^(?P<number>[-−]?[0-9]+(?:\.[0-9]+)?)(?P<magnitude>[KkMGBT])$")
# Counting words that multiply: 一打 is twelve, 一双 is two; 半百 is fifty.
COUNTING_WORDS = {"打": 12, "双": 2, "对": 2}
COUNTED_RE = patterns.compile(rf"^(?P<number>{NUMERAL})(?P<word>[打双对])$")
FIXED_NUMBERS = {"半百": Decimal(50), "一半": Decimal("0.5"), "一半半": Decimal("0.5"), "半": Decimal("0.5")}
# A classifier after a number adds nothing to its value (零个, 二个).
CLASSIFIER_RE = patterns.compile(rf"^(?P<number>{NUMERAL})(?:个|只|件|位|名)$")
# 余, 多, 几 make a number approximate; the value is the number as written (五百余万 is 5000000).
APPROXIMATE_RE = patterns.compile(r"(?<=[十百千万亿])[余多几]|[余多几](?=[十百千万亿])")
# Exponents that stay within what Decimal holds exactly for any text a user may paste.
MAX_EXPONENT = 400


def parse_value(text: str) -> Decimal | None:
    """The value of a bare numeral in any of its written forms, or None."""
    mixed = MIXED_FRACTION_RE.match(text.strip())
    if mixed:
        return _fraction(mixed)
    text = SPACES_RE.sub("", text)
    if text in FIXED_NUMBERS:
        return FIXED_NUMBERS[text]
    value = parse_number(text)
    if value is not None:
        return value
    for pattern, reader in ((FRACTION_RE, _fraction), (POWER_RE, _power), (LATIN_RE, _latin), (COUNTED_RE, _counted)):
        match = pattern.match(text)
        if match:
            return reader(match)
    classified = CLASSIFIER_RE.match(text)
    if classified:
        return parse_value(classified["number"])
    approximate = APPROXIMATE_RE.sub("", text)
    if approximate != text:
        return parse_number(approximate.replace("零", "") if approximate.endswith(("万", "亿")) else approximate)
    return None


def _fraction(match: regex.Match[str]) -> Decimal | None:
    groups = match.groupdict()
    if groups.get("num2"):
        numerator, denominator = parse_number(groups["num2"]), parse_number(groups["den2"])
    else:
        numerator, denominator = parse_value(groups["num"]), parse_value(groups["den"])
    whole = parse_number(groups["whole"]) if groups.get("whole") else Decimal(0)
    if numerator is None or denominator is None or whole is None or denominator == 0:
        return None
    if denominator < 0 and numerator < 0:
        numerator, denominator = -numerator, -denominator  # 负3分之负一百五十七
    return whole + numerator / denominator


def _power(match: regex.Match[str]) -> Decimal | None:
    base = parse_number(match["base"])
    exponent = int(match["exp"] if match["exp"] is not None else match["exp10"])
    if base is None or abs(exponent) > MAX_EXPONENT:
        return None
    try:
        if match["exp10"] is not None:
            return base.scaleb(exponent)
        return base**exponent
    except (InvalidOperation, Overflow, ZeroDivisionError):
        return None


def _latin(match: regex.Match[str]) -> Decimal | None:
    number = parse_number(match["number"])
    return None if number is None else number * LATIN_MAGNITUDE[match["magnitude"]]


def _counted(match: regex.Match[str]) -> Decimal | None:
    number = parse_value(match["number"])
    return None if number is None else number * COUNTING_WORDS[match["word"]]


def parse_expression(text: str, ref_date: dt.date | str | None = None) -> Parsed:
    """One result for one expression: its type (number, metric, date or None) and values.

    The expression is read as given, then without the layout spaces a printed page sets
    inside figures (百 分之 2.4, 六 个 百 分点) and without a cheque's 整 (壹拾壹元整);
    traditional characters are read as simplified ones (reading.py).
    """
    if isinstance(ref_date, str):
        ref_date = dt.date.fromisoformat(ref_date)
    empty = Parsed(input=text, type=None, value=None, value_max=None, unit=None, qualifier=None, start=None, end=None)
    expression = simplified(text.strip())
    if not expression:
        return empty
    compact = CHEQUE_END_RE.sub("", LAYOUT_SPACE_RE.sub("", expression))
    for form in dict.fromkeys((expression, compact)):
        found = _date_or_metric(form, Ref(ref_date), empty)
        if found is not None:
            return found
    value = parse_value(expression)
    if value is not None:
        return replace(empty, type="number", value=value)
    return _the_one_figure(expression, Ref(ref_date), empty)


# Spaces next to a Chinese character are layout; between two Arabic numbers they are not.
LAYOUT_SPACE_RE = patterns.compile(r"(?<=\p{Han})[\s\u3000]+|[\s\u3000]+(?=\p{Han})")
CHEQUE_END_RE = patterns.compile(r"(?<=[元圆])[整正]$")


def _the_one_figure(expression: str, ref: Ref, empty: Parsed) -> Parsed:
    """A phrase around one figure (以每股1.95港元, 奖池36.57亿元): that figure, as extract reads it
    in context; a phrase with several figures, or none, parses to nothing."""
    dates = list(find_dates(expression, ref))
    metrics = list(find_metrics(expression, dates))
    if len(metrics) == 1:
        return _as_metric(empty, metrics[0])
    if not metrics and len(dates) == 1:
        return _as_date(empty, dates[0])
    return empty


def _date_or_metric(expression: str, ref: Ref, empty: Parsed) -> Parsed | None:
    dates = list(find_dates(expression, ref))
    if len(dates) == 1 and dates[0].text == expression:
        return _as_date(empty, dates[0])
    metric = next((metric for metric in find_metrics(expression, dates) if metric.raw == expression), None)
    return None if metric is None else _as_metric(empty, metric)


def _as_metric(empty: Parsed, metric: Metric) -> Parsed:
    return replace(
        empty, type="metric", value=metric.value, value_max=metric.value_max, unit=metric.unit, qualifier=metric.qualifier
    )


def _as_date(empty: Parsed, date: DateRecord) -> Parsed:
    return replace(empty, type="date", start=date.start, end=date.end)
