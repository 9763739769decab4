"""Numerals to exact Decimals: Arabic, Chinese (simple, financial and traditional) and mixed.

`parse_number` is total and pure: it returns None for anything that is not a
numeral, never raises, and uses Decimal arithmetic throughout, so
`1373.3亿` is exactly 137330000000 and `47.264287亿` keeps every digit.
"""

from __future__ import annotations

from decimal import MAX_EMAX, MIN_EMIN, Context, Decimal, InvalidOperation, localcontext

import regex

from . import patterns

DIGITS = {
    "零": 0, "〇": 0, "○": 0, "洞": 0,
    "一": 1, "壹": 1, "幺": 1,
    # 俩 and 参 are the simplified forms of 倆 and 參 (text is read through traditional.tsv).
    "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2, "倆": 2, "俩": 2,
    "三": 3, "叁": 3, "參": 3, "参": 3, "弎": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"兆": 10**12, "亿": 10**8, "億": 10**8, "万": 10**4, "萬": 10**4}
# 廿/卅/卌 are contractions of 二十/三十/四十 and parse as such.
CONTRACTIONS = str.maketrans({"廿": "二十", "卅": "三十", "卌": "四十"})
POINTS = "点點"
# Digits that say "a pair of" (两, 俩): they count things, never stand in a string of digits.
PAIR_DIGITS = frozenset("两兩俩倆")
ZEROS = "零〇○"

# Full-width digits and separators become ASCII before any arithmetic; the
# text itself is never rewritten (spans index the text as written).
# Full-width digits and signs, and the middle dot that 1990s print uses as a decimal point
# between digits (２·０７％); a dot elsewhere never reaches the parser.
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，－＋·", "0123456789.,-+.")

CHINESE_NUMERAL_CHARS = "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(BIG_UNITS) + "廿卅卌" + POINTS

ARABIC_RE = patterns.compile(
    r"""(?x)
    (?P<int> \d{1,3}(?:,\d{3})+ | \d+ )     # 1,234 or 1234
    (?: \. (?P<frac>\d+) )?
    """
)
# The digit and unit classes come from the tables above, so a digit added there is read here.
_TOKEN_RE = patterns.compile(
    rf"""(?x)
      (?P<arabic> \d+(?:\.\d+)? )
    | (?P<digit> [{"".join(DIGITS)}] )
    | (?P<unit> [{"".join(SMALL_UNITS)}] )
    """
)


SPACE_RE = patterns.compile(r"\s+")
THOUSANDS_RE = patterns.compile(r"(?<=\d)[,，](?=\d{3})")


def clean(text: str) -> str:
    """ASCII digits, no spaces, no thousands separators: the form the parser reads."""
    text = text.translate(_FULLWIDTH).translate(CONTRACTIONS)
    return THOUSANDS_RE.sub("", SPACE_RE.sub("", text))


# Arithmetic on a figure never rounds it: Decimal's default context keeps 28 digits, and a
# text may write more (a 5,000-digit number, 47.264287亿元 times 10^8).
EXACT = Context(prec=100_000, Emax=MAX_EMAX, Emin=MIN_EMIN)


# 零下5摄氏度: below zero, a temperature's minus sign.
BELOW_ZERO = "零下"


def parse_number(text: str) -> Decimal | None:
    """`1373.3亿` -> 137330000000, `一千三百七十三点三` -> 1373.3, `abc` -> None."""
    with localcontext(EXACT):
        return _parse_number(text)


def _parse_number(text: str) -> Decimal | None:
    text = clean(text)
    if not text:
        return None
    sign = 1
    if text.startswith(BELOW_ZERO):
        sign, text = -1, text[len(BELOW_ZERO) :]
    elif text[0] in "-−－负負":
        sign, text = -1, text[1:]
    elif text[0] == "+":
        text = text[1:]
    value = _parse_big(text)
    return None if value is None else sign * value


def _parse_big(text: str) -> Decimal | None:
    if not text:
        return None
    unit_pos, unit_value = -1, 0
    for char, value in BIG_UNITS.items():
        position = text.rfind(char)
        if position >= 0 and value > unit_value:
            unit_pos, unit_value = position, value
    if unit_pos < 0:
        return _parse_section(text)
    left, right = text[:unit_pos], text[unit_pos + 1 :]
    high = Decimal(1) if left == "" else _parse_big(left)
    if high is None:
        return None
    total = high * unit_value
    if right:
        # 一万五 is 15000 and 三亿五 is 3.5亿: a lone digit after a big unit
        # stands for the next lower order of magnitude.
        if len(right) == 1 and right in DIGITS and right not in ZEROS:
            return total + DIGITS[right] * unit_value // 10
        low = _parse_big(right.lstrip(ZEROS))
        if low is None:
            return None
        total += low
    return total


def _parse_section(text: str) -> Decimal | None:
    """A numeral below 万: Arabic, Chinese with 十百千, a digit string (一九九八), or with 点."""
    arabic = ARABIC_RE.fullmatch(text)
    if arabic:
        return _arabic(arabic)
    for point in POINTS:
        if point in text:
            whole, _, fraction = text.partition(point)
            integer = Decimal(0) if whole in ("", "零") else _parse_section(whole)
            digits = [DIGITS.get(char) if not char.isdigit() else int(char) for char in fraction]
            if integer is None or not digits or any(d is None for d in digits):
                return None
            return integer + Decimal("0." + "".join(str(d) for d in digits))

    position, total, pending, last_unit, zero_before = 0, Decimal(0), None, 0, False
    arabic_after_unit = False
    digit_run: list[int] = []
    for token in _TOKEN_RE.finditer(text):
        if token.start() != position:
            return None
        position = token.end()
        if token["arabic"]:
            if pending is not None:
                return None
            pending = Decimal(token["arabic"])
            arabic_after_unit = last_unit > 0
        elif token["digit"]:
            digit = DIGITS[token["digit"]]
            digit_run.append(digit)
            if token["digit"] in ZEROS:
                zero_before = True
                continue
            if pending is not None and last_unit == 0:
                pending = None  # a digit string such as 一九九八; resolved below
            else:
                pending = Decimal(digit)
        else:
            unit = SMALL_UNITS[token["unit"]]
            if last_unit and unit >= last_unit:
                return None
            total += (pending if pending is not None else 1) * unit
            pending, last_unit, zero_before = None, unit, False
    if position != len(text):
        return None
    if last_unit == 0:
        if len(digit_run) > 1 or (pending is None and digit_run):
            if any(char in PAIR_DIGITS for char in text):
                return None  # 初二两天: 两 counts before a unit, it is never a digit of a string (二两 is no 22)
            return Decimal("".join(str(d) for d in digit_run))
        return pending
    if pending is not None:
        # 一百五 is 150, 三千二 is 3200; but 一百零五 is 105, and 四千230 is 4230: Arabic
        # digits are written out in full.
        if last_unit >= 100 and not zero_before and not arabic_after_unit:
            return total + pending * last_unit // 10
        total += pending
    return total


def _arabic(match: regex.Match[str]) -> Decimal | None:
    digits = match["int"].replace(",", "")
    if match["frac"]:
        digits += "." + match["frac"]
    try:
        value = Decimal(digits)
    except InvalidOperation:
        return None
    return value
