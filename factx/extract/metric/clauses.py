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


# A Latin abbreviation in brackets inside a name (广义货币（M2）余额) is no aside that breaks a clause.
ABBREVIATION_ASIDE_RE = patterns.compile(r"[（(][A-Za-z][A-Za-z0-9.]{0,7}[）)]")
MAX_ABBREVIATION_ASIDE = 10
BRACKETS = OPENING_BRACKETS + CLOSING_BRACKETS


def clause(text: str, sentence: tuple[int, int], start: int, end: int, breaks: str = CLAUSE_BREAK) -> tuple[int, int]:
    left = start
    while left > sentence[0] and (text[left - 1] not in breaks or text[left - 1] in BRACKETS and _aside_before(text, sentence[0], left)):
        left -= 1
    right = end
    while right < sentence[1] and (text[right] not in breaks or text[right] in BRACKETS and _aside_after(text, right, sentence[1])):
        right += 1
    return left, right


def _aside_before(text: str, floor: int, left: int) -> bool:
    """Whether text[left - 1] is a bracket of an abbreviation's aside (inside it or closing it)."""
    window = max(floor, left - MAX_ABBREVIATION_ASIDE)
    return any(match.start() < left <= match.end() for match in ABBREVIATION_ASIDE_RE.finditer(text, window, min(len(text), left + MAX_ABBREVIATION_ASIDE)))


def _aside_after(text: str, right: int, ceiling: int) -> bool:
    """Whether text[right] is a bracket of an abbreviation's aside."""
    window = max(0, right - MAX_ABBREVIATION_ASIDE)
    return any(match.start() <= right < match.end() for match in ABBREVIATION_ASIDE_RE.finditer(text, window, min(ceiling, right + MAX_ABBREVIATION_ASIDE)))


# What follows a count may be a list of what is counted (60多家科研院所、大专院校、企业).
LIST_BREAK = CLAUSE_BREAK.replace("、", "")
