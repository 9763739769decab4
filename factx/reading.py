"""What factx reads: a copy of the text with what the grammars do not know taken out of
the way, and the records found in it printed as the text writes them.

The grammars, the tables and jieba's dictionary are simplified Chinese written without
layout spaces. Two things in a text are read through a copy:

- traditional characters (`兩千萬`, `這一年`, `個百分點`): each is replaced by its simplified
  character (factx/data/traditional.tsv, from OpenCC), one character for one;
- a figure a printed page spaced out (`百 分之 2`, `六   个 百 分点`): its characters are
  closed up and the spaces moved to its end, so the figure starts where it did and its
  whole run still ends where it did.

A record's spans are mapped back to the text, and every string it prints is taken from the
text as written: at its span, or, for a string with no span of its own (a subject, a period,
the evidence, a fund's size), at its occurrence in the copy nearest the record.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace

import regex

from . import patterns
from .models import DateRecord, Fund, Metric, Organization, Record, Span
from .numbers import CHINESE_NUMERAL_CHARS
from .tables import TRADITIONAL

TO_SIMPLIFIED = str.maketrans(dict(TRADITIONAL))
# Checked first, since nearly every text has none to change: a set lookup per character is
# 25 times faster than a regex class of 4,000 characters (which was a fifth of all
# extraction time).
TRADITIONAL_CHARS = frozenset(TRADITIONAL)

# A spaced-out figure: pieces of numerals, 百分之 and 个百分点, percent and 成, with layout
# spaces between them, at least one next to a Chinese character (between two Arabic numbers a
# space separates two numbers: 100 200 stays two).
FIGURE_PIECE = rf"[0-9０-９.．%％{regex.escape(CHINESE_NUMERAL_CHARS)}之分个成]+"
SPACED_FIGURE_RE = patterns.compile(
    rf"""(?x)
    (?<! [0-9０-９.．%％{regex.escape(CHINESE_NUMERAL_CHARS)}之分个成] )
    {FIGURE_PIECE} (?: [ \u3000]+ {FIGURE_PIECE} )+
    """
)
LAYOUT_SPACE_RE = patterns.compile(r"(?<=\p{Han})[ \u3000]+|[ \u3000]+(?=\p{Han})")
# What a closed-up run must be to count as a figure: a numeral with a share or a classifier.
CLOSED_FIGURE_RE = patterns.compile(
    rf"""(?x)
    ^ (?: [百千万]分之 [0-9０-９.．{regex.escape(CHINESE_NUMERAL_CHARS)}]+
        | [0-9０-９.．{regex.escape(CHINESE_NUMERAL_CHARS)}]+ (?:个百分点|个|成[一二三四五六七八九半]?|%|％) ) $
    """
)


@dataclass
class Copy:
    """The text factx reads, and where each of its characters stands in the text."""

    text: str
    # Runs whose characters moved: (start, end, the text offsets of the run's characters in
    # their new order); everywhere else a character of the copy stands where it stood.
    runs: list[tuple[int, int, list[int]]] = field(default_factory=list)

    def position(self, offset: int) -> int:
        run = self._run(offset)
        return offset if run is None else run[2][offset - run[0]]

    def end(self, offset: int) -> int:
        """Where a span that ends at `offset` of the copy ends in the text."""
        run = self._run(offset - 1)
        return offset if run is None else run[2][offset - 1 - run[0]] + 1

    def span(self, span: Span) -> Span:
        return (self.position(span[0]), self.end(span[1]))

    def _run(self, offset: int) -> tuple[int, int, list[int]] | None:
        index = bisect_right(self.runs, (offset, float("inf"))) - 1
        if index >= 0 and self.runs[index][0] <= offset < self.runs[index][1]:
            return self.runs[index]
        return None


def simplified(text: str) -> str:
    """`text` with its traditional characters replaced; the very same object when it has none."""
    return text if TRADITIONAL_CHARS.isdisjoint(text) else text.translate(TO_SIMPLIFIED)


def reading_copy(text: str) -> Copy:
    """The copy of `text` that factx reads (see the module's doc); `text` itself when it has
    nothing to change."""
    copy = simplified(text)
    runs = []
    pieces = []
    last = 0
    for match in SPACED_FIGURE_RE.finditer(copy):
        start, end = match.span()
        spaces = [start + offset for space in LAYOUT_SPACE_RE.finditer(match.group()) for offset in range(*space.span())]
        moved = set(spaces)
        kept = [offset for offset in range(start, end) if offset not in moved]
        closed = "".join(copy[offset] for offset in kept)
        if not spaces or not CLOSED_FIGURE_RE.match(closed):
            continue
        runs.append((start, end, kept + spaces))
        pieces += [copy[last:start], closed, " " * len(spaces)]
        last = end
    if not runs:
        return Copy(copy)
    pieces.append(copy[last:])
    return Copy("".join(pieces), runs)


def as_written(records: list[Record], text: str, copy: Copy) -> list[Record]:
    """Records found in `copy`, with their spans and strings those of `text`."""
    return [_as_written(record, text, copy) for record in records]


def _as_written(record: Record, text: str, copy: Copy) -> Record:
    if isinstance(record, Metric):
        start, end = span = copy.span(record.span)
        return replace(
            record,
            span=span,
            raw=text[start:end],
            subject=_nearest(record.subject, text, copy, record.span[0]),
            period=_nearest(record.period, text, copy, record.span[0]),
            evidence=_nearest(record.evidence, text, copy, record.span[0]),
        )
    if isinstance(record, DateRecord):
        start, end = span = copy.span(record.span)
        return replace(record, span=span, text=text[start:end])
    if isinstance(record, Fund):
        start, end = span = copy.span(record.span)
        size = record.size and replace(record.size, raw=_nearest(record.size.raw, text, copy, record.span[0]))
        return replace(record, span=span, name=text[start:end], size=size)
    assert isinstance(record, Organization)
    return replace(
        record,
        spans=[copy.span(span) for span in record.spans],
        name=_nearest(record.name, text, copy, record.spans[0][0]),
    )


def _nearest(value: str | None, text: str, copy: Copy, around: int) -> str | None:
    """`value` as `text` writes it where the copy has it closest to `around`; a value the copy
    does not hold as written (a subject put together from two places) stays as it is."""
    if not value:
        return value
    before = copy.text.rfind(value, 0, around + len(value))
    after = copy.text.find(value, around)
    found = [position for position in (before, after) if position >= 0]
    if not found:
        return value
    position = min(found, key=lambda position: abs(position - around))
    start, end = copy.span((position, position + len(value)))
    return text[start:end]
