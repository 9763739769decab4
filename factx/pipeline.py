"""text -> articles -> records: the whole extraction, with no I/O and no clock."""

from __future__ import annotations

import datetime as dt
from typing import Any, Collection, Iterable, Iterator, Mapping

import regex

from . import articles as article_splitter
from . import normalize, patterns, reading, refdate
from .extract.date import find_dates
from .extract.fund import find_funds
from .extract.metric import find_metrics
from .extract.organization import find_organizations
from .extract.overlap import outside_funds
from .models import RECORD_TYPES, Article, Record, as_json, record_start
from .refdate import Ref


def extract_text(
    text: str,
    ref_date: dt.date | str | None = None,
    *,
    source: str = "-",
    types: Collection[str] = RECORD_TYPES,
    orgs: Mapping[str, str] | None = None,
) -> list[Article]:
    """Split `text` into articles and extract their records.

    `ref_date` (a date or YYYY-MM-DD) resolves relative dates; without it the
    reference is inferred from `source`'s file name or the text itself.
    `orgs` adds organisation names (name -> kind) to the gazetteer.
    """
    return list(extract_blocks([text], ref_date, source=source, types=types, orgs=orgs))


def extract_json(
    text: str,
    ref_date: dt.date | str | None = None,
    *,
    source: str = "-",
    types: Collection[str] = RECORD_TYPES,
    orgs: Mapping[str, str] | None = None,
) -> list[dict[str, Any]]:
    """extract_text with each article as plain JSON values (dicts, lists, strings, numbers):
    what a worker of a distributed engine hands back, with no model to pickle."""
    return [as_json(article) for article in extract_blocks([text], ref_date, source=source, types=types, orgs=orgs)]


def extract_blocks(
    blocks: Iterable[str],
    ref_date: dt.date | str | None = None,
    *,
    source: str = "-",
    types: Collection[str] = RECORD_TYPES,
    orgs: Mapping[str, str] | None = None,
) -> Iterator[Article]:
    """extract_text over a text that arrives in blocks (a large file), one article at a time.

    Text is cut into chunks of about CHUNK_CHARS where a page ends, else before a dateline
    (see CUT_RES); the reference date is inferred from the first chunk.
    """
    if isinstance(ref_date, str):
        ref_date = dt.date.fromisoformat(ref_date)
    user_names = frozenset(orgs.items()) if orgs else frozenset()
    number = 0
    reference: tuple[Ref, str | None] | None = None
    for chunk in _chunks(blocks):
        if reference is None:
            reference = refdate.infer(chunk, source, ref_date)
        ref, ref_source = reference
        for raw in article_splitter.split(normalize.paragraphs(chunk)):
            number += 1
            body = raw.text
            yield Article(
                source=source,
                article=number,
                title=raw.title,
                subtitle=raw.subtitle,
                reporters=raw.reporters,
                ref_date=None if ref.year_only else ref.date,
                ref_date_source=ref_source,
                ref_year=ref.date.year if ref.date else None,
                text=body,
                records=_records_as_written(body, ref, types, user_names),
            )


# A large file is extracted in chunks of about this many characters.
CHUNK_CHARS = 400_000
# Where a chunk may end, best first: where a document or page ends (a form feed, or two
# blank lines; a single blank line is common inside print-layout pages), else before a
# line that opens an article body, else at any line break. The cut goes after the match;
# REVERSE makes `search` find the last one.
CUT_RES = tuple(
    patterns.compile(pattern, regex.REVERSE)
    for pattern in (
        r"(?x) \f | \n [ \t\u3000]* \n [ \t\u3000]* \n",
        r"(?x) \n (?= [ \t\u3000]* (?: 本报 | □ | [（(]上接 | [（(]? (?:新华社|中新社) ) )",
        r"\n",
    )
)


def _chunks(blocks: Iterable[str]) -> Iterator[str]:
    buffer = ""
    for block in blocks:
        buffer += block
        while len(buffer) >= CHUNK_CHARS:
            cuts = (cut_re.search(buffer, CHUNK_CHARS // 2, CHUNK_CHARS) for cut_re in CUT_RES)
            cut = next((match.end() for match in cuts if match), CHUNK_CHARS)
            yield buffer[:cut]
            buffer = buffer[cut:]
    if buffer:
        yield buffer


def _records_as_written(text: str, ref: Ref, types: Collection[str], orgs: Collection[tuple[str, str]]) -> list[Record]:
    """Records of a text read through its reading copy (traditional characters as simplified
    ones, spaced-out figures closed up: reading.py), printed as the text writes them."""
    copy = reading.reading_copy(text)
    records = extract_records(copy.text, refdate.reported(copy.text, ref), types, orgs)
    return records if copy.text is text else reading.as_written(records, text, copy)


def extract_records(
    text: str, ref: Ref, types: Collection[str] = RECORD_TYPES, orgs: Collection[tuple[str, str]] = frozenset()
) -> list[Record]:
    """All records of one article's text, in order of first appearance; `orgs`: (name, kind) pairs."""
    dates = list(find_dates(text, ref))
    records: list[Record] = []
    if "date" in types:
        records.extend(dates)
    if "metric" in types or "fund" in types:
        metrics = list(find_metrics(text, dates))
        if "metric" in types:
            records.extend(metrics)
        if "fund" in types:
            records.extend(find_funds(text, metrics))
    if "organization" in types:
        funds = {record.name for record in records if record.type == "fund"}
        records.extend(outside_funds(text, find_organizations(text, orgs), funds))
    return sorted(records, key=lambda record: (record_start(record), RECORD_TYPES.index(record.type)))

