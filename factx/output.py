"""Output: articles or flat records as JSON Lines, one JSON array or CSV, streamed, to
stdout or atomically to a file.

Numbers leave Decimal only here (through models.as_json): whole values print as
integers. UTF-8 is written unescaped unless --ascii asks
otherwise; JSON has no BOM and every line ends in a newline.

Workers encode each article into the items its writer takes (`encode`), so the parent
only writes: a JSON or CSV line, or for the database and the review page plain
JSON-able values (no models cross a process boundary).
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import IO, Any, Literal

from .models import Article, as_json

# What a worker makes of an article: its JSON line, JSON lines of its flat records, CSV
# rows of them, or the article and its flat records as plain values.
Form = Literal["article", "flat", "csv", "data"]


def encode(article: Article, form: Form, *, text: bool = True, ascii: bool = False) -> list[Any]:
    if form == "article":
        return [dumps(article, text=text, ascii=ascii)]
    # The flat model is built only by the runs that ask for it.
    from .flat import cells, flatten

    rows = flatten(article)
    if form == "flat":
        return [dumps(row, ascii=ascii) for row in rows]
    if form == "csv":
        return [csv_line(cells(row)) for row in rows]
    # The records go as flat rows: the head is the article without them, not converted to be dropped.
    head = as_json(replace(article, records=[]))
    del head["records"]
    if not text:
        del head["text"]
    return [{"article": head, "rows": as_json(rows)}]


def dumps(model: Any, *, text: bool = True, ascii: bool = False) -> str:
    """A model as one line of compact JSON; without `text`, an article's text is left out."""
    values = as_json(model)
    if not text:
        del values["text"]
    return json.dumps(values, ensure_ascii=ascii, separators=(",", ":"))


def csv_line(values: list[str]) -> str:
    """One CSV record as RFC 4180 writes it: fields quoted when they need it, CRLF at the end."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow(values)
    return buffer.getvalue()


class Writer:
    """Writes serialized items as JSON Lines or as a streamed array ('[]' when empty)."""

    def __init__(self, stream: IO[str], fmt: str = "jsonl") -> None:
        self.stream, self.fmt, self.count = stream, fmt, 0

    def end_source(self, source: str, errors: list[str]) -> None:
        """An input is complete; only the database acts on it (one transaction per input)."""

    def write(self, line: str) -> None:
        if self.fmt == "json":
            self.stream.write(("[\n" if self.count == 0 else ",\n") + line)
        else:
            self.stream.write(line + "\n")
        self.count += 1
        self.stream.flush()

    def close(self) -> None:
        if self.fmt == "json":
            self.stream.write("[]\n" if self.count == 0 else "\n]\n")
        self.stream.flush()

    def abort(self) -> None:
        """The run stopped: a stream keeps what was written (the caller says it is cut)."""


class CsvWriter(Writer):
    """The flat columns as CSV: a header row, then one row per record.

    A UTF-8 byte-order mark leads by default: without it Excel reads a CSV file as the
    local ANSI code page and the Chinese text comes out garbled, while pandas, DuckDB
    and Python's csv module (encoding utf-8-sig) skip it. --no-bom leaves it out.
    """

    def __init__(self, stream: IO[str], bom: bool = True) -> None:
        super().__init__(stream, "csv")
        self.bom = bom

    def write(self, line: str) -> None:
        if self.count == 0:
            self._header()
        self.stream.write(line)
        self.count += 1
        self.stream.flush()

    def close(self) -> None:
        if self.count == 0:
            self._header()
        self.stream.flush()

    def _header(self) -> None:
        from .flat import COLUMNS

        self.stream.write((codecs.BOM_UTF8.decode("utf-8") if self.bom else "") + csv_line(list(COLUMNS)))


class AtomicFile:
    """A file written beside its target and renamed over it only when complete.

    A symlink is followed (its target is replaced, the link stays a link); a target that is
    no regular file (/dev/null, a FIFO) is written through, since renaming over it would
    turn a device into a file. The file gets the mode a plain write would give it (the
    umask applied), not the 0600 of a temporary file.
    """

    def __init__(self, target: str) -> None:
        self.target = Path(os.path.realpath(target))
        self.committed = False
        if self.target.exists() and not self.target.is_file():
            self.temporary = None
            self.stream: IO[str] = open(self.target, "w", encoding="utf-8", newline="\n")
            return
        handle, self.temporary = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=".part", dir=self.target.parent)
        self.stream = os.fdopen(handle, "w", encoding="utf-8", newline="\n")

    def commit(self) -> None:
        self.stream.close()
        if self.temporary is not None:
            os.chmod(self.temporary, _plain_mode(self.target))
            os.replace(self.temporary, self.target)
        self.committed = True

    def discard(self) -> None:
        """Drop the partial file, unless it was committed; safe to call any number of times."""
        self.stream.close()
        if not self.committed and self.temporary is not None:
            Path(self.temporary).unlink(missing_ok=True)


def _plain_mode(target: Path) -> int:
    """The mode an existing file keeps, or the one open() would give a new file."""
    if target.exists():
        return target.stat().st_mode & 0o7777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask

