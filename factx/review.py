"""The review page (`--format html`): each article's text with its records highlighted.

One self-contained file (no network, no external script or font), streamed article by
article. Every highlighted mention is a `<mark>` with `data-type` (the record's type) and
`data-record` (article-record, the same for every mention of one record); hovering shows
the normalized value, unit, subject and period or dates, and the table under each text
lists the records. Checkboxes at the top hide a type everywhere. Everything taken from
the input is escaped.
"""

from __future__ import annotations

import html
from typing import IO, Any

from .models import RECORD_TYPES

STYLE = """
body { font: 16px/1.7 "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif; margin: 0 auto; max-width: 60em; padding: 0 1em; }
header { position: sticky; top: 0; background: #fff; border-bottom: 1px solid #ccc; padding: .5em 0; }
header label { margin-right: 1.2em; }
section { border-bottom: 1px solid #ddd; padding: 1em 0; }
h2 { font-size: 1.2em; margin: 0; }
.meta { color: #666; font-size: .85em; }
.text { white-space: pre-wrap; }
mark { border-radius: 3px; padding: 0 1px; }
mark:target { outline: 2px solid #000; }
table { border-collapse: collapse; font-size: .85em; margin-top: .8em; width: 100%; }
td, th { border: 1px solid #ddd; padding: 2px 6px; text-align: left; vertical-align: top; }
.metric { background: #ffe08a; } .organization { background: #a8d8ff; }
.date { background: #b8efb0; } .fund { background: #f5b8e8; }
""" + "".join(f"body.hide-{kind} mark[data-type={kind}] {{ background: none; }}\n"
              f"body.hide-{kind} tr[data-type={kind}] {{ display: none; }}\n" for kind in RECORD_TYPES)

SCRIPT = """
for (const box of document.querySelectorAll('input[data-filter]')) {
  const kind = box.dataset.filter;
  box.nextElementSibling.textContent = document.querySelectorAll('tr[data-type=' + kind + ']').length;
  box.addEventListener('change', () => document.body.classList.toggle('hide-' + kind, !box.checked));
}
"""


class ReviewWriter:
    """Writes the page: `write` takes the items of output.encode's "data" form."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream, self.count = stream, 0
        boxes = "".join(
            f'<label class="{kind}"><input type="checkbox" data-filter="{kind}" checked> {kind} (<span></span>)</label>'
            for kind in RECORD_TYPES
        )
        self.stream.write(
            '<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8"><title>factx review</title>'
            f"<style>{STYLE}</style></head>\n<body><header>{boxes}</header>\n"
        )

    def write(self, item: dict[str, Any]) -> None:
        head, rows = item["article"], item["rows"]
        anchor = f"a{self.count + 1}"
        meta = " · ".join(
            html.escape(str(part)) for part in (head["source"], f"article {head['article']}", head.get("ref_date")) if part
        )
        table = "".join(_row(anchor, row) for row in rows)
        self.stream.write(
            f'<section id="{anchor}"><h2>{html.escape(head.get("title") or "(no title)")}</h2>'
            f'<p class="meta">{meta}</p><div class="text">{marked(head.get("text") or "", rows, anchor)}</div>'
            f"<table><tr><th>#</th><th>type</th><th>as written</th><th>value</th><th>details</th></tr>{table}</table></section>\n"
        )
        self.count += 1
        self.stream.flush()

    def end_source(self, source: str, errors: list[str]) -> None:
        """Inputs need no marking on the page."""

    def close(self) -> None:
        self.stream.write(f"<script>{SCRIPT}</script></body></html>\n")
        self.stream.flush()

    def abort(self) -> None:
        """A stopped run leaves the page as far as it got (the caller says it is cut)."""


def marked(text: str, rows: list[dict[str, Any]], anchor: str) -> str:
    """`text` escaped, with a <mark> around every span of every record.

    Spans that nest give nested marks; a span that crosses the end of the one it starts in
    is cut there and goes on in a second mark of the same record, so the tags always nest.
    """
    spans = sorted(
        ((start, end, row) for row in rows for start, end in row["spans"]),
        key=lambda item: (item[0], -item[1], item[2]["record"]),
    )
    out: list[str] = []
    open_ends: list[int] = []
    position = 0

    def close_until(limit: int) -> None:
        nonlocal position
        while open_ends and open_ends[-1] <= limit:
            end = open_ends.pop()
            out.append(html.escape(text[position:end]) + "</mark>")
            position = end

    pending = list(spans)
    while pending:
        start, end, row = pending.pop(0)
        close_until(start)
        out.append(html.escape(text[position:start]))
        position = start
        if open_ends and end > open_ends[-1]:
            cut = open_ends[-1]
            pending.insert(_after(pending, cut), (cut, end, row))
            end = cut
        out.append(_open(anchor, row, first=start == row["span_start"]))
        open_ends.append(end)
    close_until(len(text))
    out.append(html.escape(text[position:]))
    return "".join(out)


def _after(pending: list[tuple[int, int, dict[str, Any]]], start: int) -> int:
    """Where a piece starting at `start` goes in the sorted list of spans still to open."""
    return next((index for index, item in enumerate(pending) if item[0] >= start), len(pending))


def _open(anchor: str, row: dict[str, Any], first: bool) -> str:
    ident = f' id="{anchor}-r{row["record"]}"' if first else ""
    return (
        f'<mark class="{row["type"]}" data-type="{row["type"]}" data-record="{anchor}-{row["record"]}"{ident}'
        f' title="{html.escape(_summary(row))}">'
    )


def _summary(row: dict[str, Any]) -> str:
    return " · ".join([row["type"], *(part for part in (_value(row), _details(row)) if part)])


def _value(row: dict[str, Any]) -> str:
    if row["type"] == "metric" and row["value"] is not None:
        high = f"..{row['value_max']}" if row["value_max"] is not None else ""
        qualifier = f" ({row['qualifier']})" if row["qualifier"] else ""
        return f"{row['value']}{high} {row['unit'] or ''}{qualifier}".strip()
    if row["type"] == "fund" and row["size_value"] is not None:
        return f"{row['size_value']} {row['size_unit'] or ''}".strip()
    if row["type"] == "date" and row["start"]:
        return row["start"] if row["start"] == row["end"] else f"{row['start']}..{row['end']}"
    return ""


def _details(row: dict[str, Any]) -> str:
    if row["type"] == "metric":
        return "; ".join(f"{label}: {row[key]}" for key, label in (("subject", "subject"), ("owner", "of"), ("place", "place"), ("period", "period")) if row[key])
    if row["type"] == "organization":
        mentions = len(row["spans"])
        return f"{row['kind'] or 'kind unknown'}; {mentions} mention{'s' if mentions > 1 else ''}"
    if row["type"] == "fund":
        return row["name"] if row["size_raw"] is None else f"{row['name']}; size as written: {row['size_raw']}"
    return ""


def _row(anchor: str, row: dict[str, Any]) -> str:
    cells = (str(row["record"]), row["type"], row["raw"], _value(row), _details(row))
    link = f'<a href="#{anchor}-r{row["record"]}">{html.escape(cells[0])}</a>'
    rest = "".join(f"<td>{html.escape(cell)}</td>" for cell in cells[1:])
    return f'<tr data-type="{row["type"]}"><td>{link}</td>{rest}</tr>'
