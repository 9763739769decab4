"""Normalizing text: print-layout lines re-joined into paragraphs, layout noise dropped.

Pages extracted from print layout break lines at the column width, wherever
the sentence is, and scatter blank lines by layout block rather than by
paragraph. So a blank line is not trusted as a paragraph break; what ends a
paragraph is sentence-final punctuation, an indented next line, or a line
clearly shorter than its column (a heading, or the stub of a paragraph).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from . import patterns
from .tables import DATELINE_SHAPES, NOISE_LINES

NOISE_RE = patterns.compile("|".join(f"(?:{pattern})" for pattern in NOISE_LINES))
# Furniture is short: a photo caption is the longest (图为…, one line of a caption box).
MAX_NOISE_LINE = 64
# A line that ends here ends its sentence: 。！？… and those followed by a closing quote or bracket.
SENTENCE_END_RE = patterns.compile(r"[。！？!?…][”’」』）)】]*$|[”’」』][。！？]$")
# A line that ends here is surely mid-sentence.
CONTINUES_RE = patterns.compile(r"[，、；：,;:（(“‘《〈「『—\-]$")
INDENT_RE = patterns.compile(r"^[ \t\u3000\u00a0]+")
# Characters that never belong in text: C0/C1 controls but tab and newline, and NUL; and the
# invisible marks web pages leave inside words and numbers (zero-width spaces and joiners, the
# soft hyphen, a byte-order mark mid-file: 超\u200c518亿元 would lose its 超).
CONTROL_RE = patterns.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200d\u2060\ufeff]")
SPACES_RE = patterns.compile(r"[\u3000\u00a0\t]")
WINDOW = 8
# Justified lines still differ by a few cells (punctuation squeezed, digits and
# Latin letters set half width), so a line within this share of its column is full.
FULL_SHARE = 0.8
# Body text never spaces Chinese characters apart; headings and kickers often do.
SPACED_HAN_RE = patterns.compile(r"\p{Han}[ ]+\p{Han}")
# Where an article body begins: 本报讯, a □本报记者 byline, （上接1版）, a news-agency
# dateline, and the other shapes factx/data/datelines.txt lists.
BODY_MARKER_RE = patterns.compile("^(?:" + "|".join(f"(?:{pattern})" for pattern, _ in DATELINE_SHAPES) + ")")
# The shapes that also break a paragraph wherever a print line starts with them.
LINE_MARKER_RE = patterns.compile("^(?:" + "|".join(f"(?:{pattern})" for pattern, strong in DATELINE_SHAPES if strong) + ")")
MAX_HEADING_CHARS = 40
# A line this many times wider than the one before it is a paragraph written on one line.
WHOLE_PARAGRAPH_LINE = 3
# Marks that open an item of a list, never a headline (●营业收入13977.46亿元…).
BULLETS = tuple("●○■◆◇▲△★☆•·")
# Clauses of a title set apart by a space: 习近平致信…大会强调 聚焦高质量发展….
HEADING_CLAUSE_RE = patterns.compile(r"\p{Han}[ \u3000]+\p{Han}")


@dataclass
class Line:
    text: str
    indented: bool
    blank_before: bool
    width: int


@dataclass
class Paragraph:
    text: str
    # Joined from one physical line, or from lines each too short to be body text.
    short_lines: bool
    blank_before: bool
    lines: int

    @property
    def is_heading(self) -> bool:
        """A short paragraph without final punctuation: a title, subhead or kicker."""
        # A title and its subtitle on one line (……——习近平总书记……), or a broadcast's title of
        # clauses set apart by spaces, runs longer than a one-part title.
        long = "—" in self.text or HEADING_CLAUSE_RE.search(self.text)
        return self._heading(MAX_HEADING_CHARS * 2 if long else MAX_HEADING_CHARS)

    @property
    def is_heading_over_a_body(self) -> bool:
        """A heading right above a dateline may run as long as two, if no sentence ends inside
        it (a photo caption there does: 元月一日，……出席。（新华社记者某某摄）) and it is no
        item of a list."""
        return "。" not in self.text and not self.text.startswith(BULLETS) and self._heading(MAX_HEADING_CHARS * 2)

    def _heading(self, limit: int) -> bool:
        text = self.text
        if not text or SENTENCE_END_RE.search(text) or CONTINUES_RE.search(text):
            return False
        if self.lines > 1 and not self.short_lines:
            return False
        return len(text) <= limit


class _Cells(dict):
    """Cells a character takes, looked up once per character: a page is read one character at a
    time, and a dictionary hit costs a sixth of asking unicodedata."""

    def __missing__(self, char: str) -> int:
        cells = self[char] = 2 if unicodedata.east_asian_width(char) in "WFA" else 1
        return cells


_CELLS = _Cells()


# Blocks whose every character is wide (W or F; tested): CJK marks (less U+303F, half
# width), the unified ideographs, full-width forms. Most of a Chinese line, measured at C speed.
WIDE_RUN_RE = re.compile(r"[\u3000-\u303e\u4e00-\u9fff\uff01-\uff60\uffe0-\uffe6]+")


def display_width(text: str) -> int:
    """Width in half-width cells; ambiguous-width marks (“ ” …) are set full width in Chinese."""
    rest = WIDE_RUN_RE.sub("", text)
    return 2 * (len(text) - len(rest)) + sum(map(_CELLS.__getitem__, rest))


def clean_line(line: str) -> str:
    return SPACES_RE.sub(" ", CONTROL_RE.sub("", line)).rstrip()


def physical_lines(raw: str) -> list[Line]:
    """The text's lines, less page furniture; a text that is furniture alone (one caption,
    图为…, on its own) is kept whole: there is no page around it to clean."""
    lines = _lines(raw, drop_furniture=True)
    return lines or _lines(raw, drop_furniture=False)


def _lines(raw: str, drop_furniture: bool) -> list[Line]:
    lines: list[Line] = []
    blank = False
    for line in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        indented = bool(INDENT_RE.match(line))
        text = clean_line(line).strip()
        if not text:
            blank = True
            continue
        if drop_furniture and len(text) <= MAX_NOISE_LINE and NOISE_RE.fullmatch(text):
            continue
        # A heading set on the same line as the byline that follows it (标题□本报记者 某某).
        head, marker, tail = text.partition("□")
        if marker and head and LINE_MARKER_RE.match(marker + tail):
            lines.append(Line(head, indented, blank, display_width(head)))
            text, indented, blank = marker + tail, False, False
        lines.append(Line(text, indented, blank, display_width(text)))
        blank = False
    return lines


def column_widths(lines: list[Line]) -> list[int]:
    """For each line, the width of its column: the median width of the lines nearby.

    The median, not the maximum, because headings spanning several columns
    are wider than the body lines around them.
    """
    widths = [line.width for line in lines]
    result = []
    for index in range(len(lines)):
        window = sorted(widths[max(0, index - WINDOW) : index + WINDOW + 1])
        result.append(window[len(window) // 2])
    return result


def is_full(line: Line, column: int) -> bool:
    """As wide as its column: the line was broken by layout, not by the writer."""
    return line.width >= column * FULL_SHARE


def continues(previous: Line, previous_column: int, line: Line) -> bool:
    """Whether `line` carries on the paragraph that `previous` belongs to."""
    if line.indented or LINE_MARKER_RE.match(line.text):
        return False
    if SENTENCE_END_RE.search(previous.text):
        return False
    if CONTINUES_RE.search(previous.text):
        return True
    if SPACED_HAN_RE.search(previous.text) and not BODY_MARKER_RE.match(previous.text):
        return False
    if line.blank_before and not is_full(line, previous_column) and not SENTENCE_END_RE.search(line.text):
        # A short line after a blank one, not ending a sentence: the next heading.
        return False
    if line.width >= WHOLE_PARAGRAPH_LINE * previous.width:
        # A paragraph on one line (a web page, a transcript), blank line before it or not: the
        # short line before it is a heading, not a column's line broken by the layout (a
        # column's lines are as wide as one another).
        return False
    return is_full(previous, previous_column)


def _join(left: str, right: str) -> str:
    # Latin words broken across lines get their space back; CJK never takes one.
    if left[-1:].isascii() and left[-1:].isalnum() and right[:1].isascii() and right[:1].isalpha():
        return left + " " + right
    return left + right


def paragraphs(raw: str) -> list[Paragraph]:
    lines = physical_lines(raw)
    columns = column_widths(lines)
    result: list[Paragraph] = []
    current: Paragraph | None = None
    for index, line in enumerate(lines):
        full = is_full(line, columns[index])
        if current is not None:
            if continues(lines[index - 1], columns[index - 1], line):
                current.text = _join(current.text, line.text)
                current.short_lines = current.short_lines and not full
                current.lines += 1
                continue
            result.append(current)
        current = Paragraph(line.text, not full or len(line.text) <= MAX_HEADING_CHARS // 2, line.blank_before, 1)
    if current is not None:
        result.append(current)
    return result
