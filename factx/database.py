"""SQLite output (`--db FILE`): articles and flat records in tables a user queries directly.

Each input is written in one transaction, with a row in `sources` that holds the SHA-256
of its bytes and the settings it was extracted with. A later run over the same inputs
skips a source whose content and settings are unchanged, replaces one that changed, and
retries one that failed, so that a run over an archive stopped at any point resumes where
it stopped and loses nothing: a stopped input's transaction is rolled back, never half
written.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

from .flat import COLUMNS

SCHEMA = """
CREATE TABLE IF NOT EXISTS sources (
    source   TEXT PRIMARY KEY,  -- the input as named on the command line ('-' for standard input)
    sha256   TEXT,              -- of its bytes; null for standard input and for a failed input
    settings TEXT NOT NULL,     -- factx version and the options its records depend on (JSON)
    articles INTEGER NOT NULL,
    records  INTEGER NOT NULL,
    error    TEXT               -- why the input failed, or null
);
CREATE TABLE IF NOT EXISTS articles (
    source TEXT NOT NULL,
    article INTEGER NOT NULL,
    title TEXT,
    subtitle TEXT,
    reporters TEXT NOT NULL,    -- JSON array
    ref_date TEXT,
    ref_date_source TEXT,
    ref_year INTEGER,
    text TEXT,
    PRIMARY KEY (source, article)
);
CREATE TABLE IF NOT EXISTS records (
    {record_columns},
    PRIMARY KEY (source, article, record),
    FOREIGN KEY (source, article) REFERENCES articles (source, article)
);
CREATE INDEX IF NOT EXISTS records_type ON records (type);
CREATE INDEX IF NOT EXISTS records_unit ON records (unit);
CREATE INDEX IF NOT EXISTS records_name ON records (name);
CREATE INDEX IF NOT EXISTS records_subject ON records (subject);
CREATE INDEX IF NOT EXISTS articles_ref_date ON articles (ref_date);
"""
# The flat records with their article's title and reference date: the columns of --flat and CSV.
# Made anew at every start, so that a database an older factx wrote shows the columns added since.
VIEW = """
DROP VIEW IF EXISTS flat;
CREATE VIEW flat AS
    SELECT {flat_columns} FROM records JOIN articles USING (source, article);
"""
# The article's title and reference date live in `articles`; the view joins them back.
RECORD_COLUMNS = tuple(column for column in COLUMNS if column not in ("title", "ref_date"))
ARTICLE_COLUMNS = ("source", "article", "title", "subtitle", "reporters", "ref_date", "ref_date_source", "ref_year", "text")
TYPES = {"article": "INTEGER NOT NULL", "record": "INTEGER NOT NULL", "span_start": "INTEGER", "span_end": "INTEGER",
         "value": "NUMERIC", "value_max": "NUMERIC", "size_value": "NUMERIC", "source": "TEXT NOT NULL", "type": "TEXT NOT NULL"}
# SQLite integers are 64-bit: a larger whole value (10^20 元) is stored as a REAL.
MAX_INTEGER = 2**63 - 1
READ_BLOCK = 1 << 20


def digest(path: Path) -> str:
    sha = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(READ_BLOCK):
            sha.update(block)
    return sha.hexdigest()


class Database:
    """The writer behind --db: `write` takes the items of output.encode's "data" form."""

    def __init__(self, path: str, settings: dict[str, Any]) -> None:
        self.connection = sqlite3.connect(path, isolation_level=None, timeout=60)
        # WAL: a commit per input is cheap, and readers may query while a run writes.
        self.connection.execute("PRAGMA journal_mode=WAL")
        self.connection.execute("PRAGMA synchronous=NORMAL")
        self.connection.executescript(
            SCHEMA.format(record_columns=",\n    ".join(f"{column} {TYPES.get(column, 'TEXT')}" for column in RECORD_COLUMNS))
        )
        self._add_new_columns()
        self.connection.executescript(VIEW.format(flat_columns=", ".join(COLUMNS)))
        self.settings = json.dumps(settings, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        self.digests: dict[str, str] = {}
        self.current: str | None = None
        self.articles = self.records = self.count = 0

    def _add_new_columns(self) -> None:
        """A database an older factx wrote lacks the record columns added since (a metric's
        place): they are added, and every stored input is marked for extracting again, since its
        rows were written without them."""
        present = {row[1] for row in self.connection.execute("PRAGMA table_info(records)")}
        missing = [column for column in RECORD_COLUMNS if column not in present]
        if not missing:
            return
        self.connection.execute("BEGIN IMMEDIATE")
        for column in missing:
            self.connection.execute(f"ALTER TABLE records ADD COLUMN {column} {TYPES.get(column, 'TEXT')}")
        self.connection.execute("UPDATE sources SET sha256 = NULL")
        self.connection.execute("COMMIT")

    def unchanged(self, source: str, path: Path) -> bool:
        """True when `source` is stored from these very bytes and settings; else remember its
        digest for the row written when it is done."""
        self.digests[source] = digest(path)
        row = self.connection.execute("SELECT sha256, settings, error FROM sources WHERE source = ?", (source,)).fetchone()
        return row is not None and row == (self.digests[source], self.settings, None)

    def write(self, item: dict[str, Any]) -> None:
        head = item["article"]
        self._begin(head["source"])
        values = {**head, "reporters": json.dumps(head["reporters"], ensure_ascii=False)}
        self.connection.execute(
            f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) VALUES ({', '.join('?' * len(ARTICLE_COLUMNS))})",
            [values.get(column) for column in ARTICLE_COLUMNS],
        )
        self.connection.executemany(
            f"INSERT INTO records ({', '.join(RECORD_COLUMNS)}) VALUES ({', '.join('?' * len(RECORD_COLUMNS))})",
            [[_value(row[column]) for column in RECORD_COLUMNS] for row in item["rows"]],
        )
        self.articles += 1
        self.records += len(item["rows"])
        self.count += 1

    def end_source(self, source: str, errors: list[str]) -> None:
        self._begin(source)
        failed = "; ".join(errors) or None
        self.connection.execute(
            "INSERT OR REPLACE INTO sources VALUES (?, ?, ?, ?, ?, ?)",
            (source, None if failed else self.digests.get(source), self.settings, self.articles, self.records, failed),
        )
        self.connection.execute("COMMIT")
        self.current = None

    def _begin(self, source: str) -> None:
        if self.current == source:
            return
        self.connection.execute("BEGIN IMMEDIATE")
        self.connection.execute("DELETE FROM records WHERE source = ?", (source,))
        self.connection.execute("DELETE FROM articles WHERE source = ?", (source,))
        self.current, self.articles, self.records = source, 0, 0

    def close(self) -> None:
        self.connection.close()

    def abort(self) -> None:
        """The run stopped: the input being written is rolled back, the finished ones stay."""
        if self.current is not None:
            self.connection.execute("ROLLBACK")
            self.current = None
        self.connection.close()


def _value(value: Any) -> Any:
    if isinstance(value, list):
        return json.dumps(value, separators=(",", ":"))
    if isinstance(value, int) and abs(value) > MAX_INTEGER:
        return float(value)
    return value
