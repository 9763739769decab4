"""Traditional script: matched through a conversion table, printed as written.

The grammars, the tables and jieba's dictionary are simplified Chinese. A text that holds
traditional characters (`兩千萬`, `這一年`, `個百分點`) is extracted from a copy with each of
them replaced by its simplified character (factx/data/traditional.tsv, from OpenCC): one
character for one, so every span of the copy is a span of the text. The strings a record
prints are then taken from the text as written, at the record's span or, for a string with
no span of its own (a subject, a period, the evidence, a fund's size), at its occurrence
nearest the record.
"""

from __future__ import annotations

import regex

from .models import DateRecord, Fund, Metric, Organization, Record
from .tables import TRADITIONAL

TO_SIMPLIFIED = str.maketrans(dict(TRADITIONAL))
# Checked first: translate() looks up every character, and nearly every text has none to change.
TRADITIONAL_RE = regex.compile(f"[{regex.escape(''.join(TRADITIONAL))}]")


def simplified(text: str) -> str:
    """`text` with its traditional characters replaced; the very same object when it has none."""
    return text.translate(TO_SIMPLIFIED) if TRADITIONAL_RE.search(text) else text


def as_written(records: list[Record], text: str, copy: str) -> list[Record]:
    """Records found in `copy` (the simplified copy of `text`), with their strings from `text`."""
    return [_as_written(record, text, copy) for record in records]


def _as_written(record: Record, text: str, copy: str) -> Record:
    if isinstance(record, Metric):
        start, end = record.span
        return record.model_copy(update={
            "raw": text[start:end],
            "subject": _nearest(record.subject, text, copy, start),
            "period": _nearest(record.period, text, copy, start),
            "evidence": _nearest(record.evidence, text, copy, start),
        })
    if isinstance(record, DateRecord):
        return record.model_copy(update={"text": text[record.span[0] : record.span[1]]})
    if isinstance(record, Fund):
        start, end = record.span
        size = record.size and record.size.model_copy(update={"raw": _nearest(record.size.raw, text, copy, start)})
        return record.model_copy(update={"name": text[start:end], "size": size})
    assert isinstance(record, Organization)
    return record.model_copy(update={"name": _nearest(record.name, text, copy, record.spans[0][0])})


def _nearest(value: str | None, text: str, copy: str, around: int) -> str | None:
    """`value` as `text` writes it where the copy has it closest to `around`; a value the copy
    does not hold as written (a subject put together from two places) stays as it is."""
    if not value:
        return value
    before = copy.rfind(value, 0, around + len(value))
    after = copy.find(value, around)
    found = [position for position in (before, after) if position >= 0]
    if not found:
        return value
    position = min(found, key=lambda position: abs(position - around))
    return text[position : position + len(value)]
