"""text -> articles -> records: the whole extraction, with no I/O and no clock."""

from __future__ import annotations

import datetime as dt
from typing import Collection, Mapping

from . import articles as article_splitter
from . import normalize, refdate
from .extract.date import Ref, find_dates
from .extract.fund import find_funds
from .extract.metric import find_metrics
from .extract.organization import find_organizations
from .models import RECORD_TYPES, Article, Record, record_start


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
    if isinstance(ref_date, str):
        ref_date = dt.date.fromisoformat(ref_date)
    ref, ref_source = refdate.infer(text, source, ref_date)
    articles: list[Article] = []
    for number, raw in enumerate(article_splitter.split(normalize.paragraphs(text)), 1):
        body = raw.text
        articles.append(
            Article(
                source=source,
                article=number,
                title=raw.title,
                subtitle=raw.subtitle,
                reporters=raw.reporters,
                ref_date=ref.date,
                ref_date_source=ref_source,
                text=body,
                records=extract_records(body, ref, types, orgs),
            )
        )
    return articles


def extract_records(
    text: str, ref: Ref, types: Collection[str] = RECORD_TYPES, orgs: Mapping[str, str] | None = None
) -> list[Record]:
    """All records of one article's text, in order of first appearance."""
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
        records.extend(org for org in find_organizations(text, orgs) if org.name not in funds)
    return sorted(records, key=lambda record: (record_start(record), RECORD_TYPES.index(record.type)))
