"""Clauses and sentences around a figure, and the time expression a figure belongs to."""

from __future__ import annotations

from ... import patterns
from ...normalize import BODY_MARKER_RE

TIME_LEAD_RE = patterns.compile(r"(?:在|于|截至|截止|到|从|自|至)?$")


def period(text: str, sentence: tuple[int, int], start: int, date_spans: list[tuple[int, int]]) -> str | None:
    """The time expression the figure belongs to: the last one before it in its clause, else the
    last one in its sentence that opens a clause (今年1-8月，科学城…产值达1373.3亿元).
    `date_spans` are the dates of the sentence that end before the figure."""
    # A dateline that opens the sentence (本报北京5月7日电, 本报讯) is no part of its clauses:
    # its date is when the story was filed, and the time after it still opens the sentence.
    dateline = BODY_MARKER_RE.match(text, sentence[0], sentence[1])
    body_start = dateline.end() if dateline else sentence[0]
    for span_start, span_end in reversed(date_spans):
        if span_start < body_start:
            break
        clause_start, _ = clause(text, sentence, span_start, span_end)
        same_clause = not any(char in CLAUSE_BREAK for char in text[span_end:start])
        if same_clause or TIME_LEAD_RE.fullmatch(text[max(clause_start, body_start) : span_start].lstrip()):
            return text[span_start:span_end]
    return None


CLAUSE_BREAK = "，,；;：:。！？!?\n、（(）)"
OPENING_BRACKETS = "（("
CLOSING_BRACKETS = "）)"
MAX_ASIDE = 14


# A Latin abbreviation (M2, CPI), and one in brackets inside a name (广义货币（M2）余额), which is
# no aside that breaks a clause.
LATIN_ABBREVIATION = r"[A-Za-z][A-Za-z0-9.]{0,7}"
ABBREVIATION_ASIDE_RE = patterns.compile(rf"[（(]{LATIN_ABBREVIATION}[）)]")
MAX_ABBREVIATION_ASIDE = 10
BRACKETS = OPENING_BRACKETS + CLOSING_BRACKETS


def clause(text: str, sentence: tuple[int, int], start: int, end: int, breaks: str = CLAUSE_BREAK) -> tuple[int, int]:
    left = start
    while left > sentence[0] and (text[left - 1] not in breaks or _in_aside(text, left - 1, sentence)):
        left -= 1
    right = end
    while right < sentence[1] and (text[right] not in breaks or _in_aside(text, right, sentence)):
        right += 1
    return left, right


def _in_aside(text: str, position: int, sentence: tuple[int, int]) -> bool:
    """Whether text[position] is a bracket of an abbreviation's aside (广义货币（M2）余额)."""
    if text[position] not in BRACKETS:
        return False
    window = max(sentence[0], position - MAX_ABBREVIATION_ASIDE), min(sentence[1], position + MAX_ABBREVIATION_ASIDE + 1)
    return any(match.start() <= position < match.end() for match in ABBREVIATION_ASIDE_RE.finditer(text, *window))


# What follows a count may be a list of what is counted (60多家科研院所、大专院校、企业).
LIST_BREAK = CLAUSE_BREAK.replace("、", "")
