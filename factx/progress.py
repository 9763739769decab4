"""Progress of a run, on stderr and only where a person is watching.

Three modes: `bar`, a bar redrawn in place on a terminal (tqdm: inputs done of the total,
articles and records so far, throughput, elapsed and time left, redrawn at most twice a
second); `lines`, one plain line every few seconds, for a log that `--progress` asks for
where stderr is no terminal (a redrawn bar there would be carriage returns in a file,
which tqdm writes as they are); and `off`. Nothing here touches stdout.
"""

from __future__ import annotations

import sys
import time
from typing import IO

import click

# The bar redraws at most this often, so it costs nothing measurable.
REDRAW_SECONDS = 0.5
# A plain progress line is written at most this often.
LINE_SECONDS = 5.0
MODES = ("bar", "lines", "off")


def choose(flag: bool | None, quiet: bool, stream: IO[str]) -> str:
    """`--progress`/`--no-progress` (None when neither): a bar where stderr is a terminal
    and --quiet is not given; with `--progress`, plain lines where it is no terminal."""
    terminal = stream.isatty()
    if flag is False or (flag is None and (quiet or not terminal)):
        return "off"
    return "bar" if terminal else "lines"


class Progress:
    def __init__(self, mode: str, total: int, stream: IO[str] | None = None) -> None:
        if mode not in MODES:
            raise ValueError(f"progress mode {mode!r} is not one of {MODES}")
        self.mode, self.total, self.stream = mode, total, stream or sys.stderr
        self.articles = self.records = 0
        self.sources: set[str] = set()
        self.started = self.last_line = time.monotonic()
        self.bar = None
        if mode == "bar":
            from tqdm import tqdm  # only a run on a terminal draws a bar

            self.bar = tqdm(total=total, unit="file", file=self.stream, mininterval=REDRAW_SECONDS, dynamic_ncols=True, leave=False)

    def update(self, source: str, articles: int, records: int) -> None:
        """One result in: `articles` and `records` more, from `source` (an input counts once)."""
        new_input = source not in self.sources
        self.sources.add(source)
        self.articles += articles
        self.records += records
        if self.bar is not None:
            if new_input:
                self.bar.update(1)
            self.bar.set_postfix_str(f"{self.articles} articles, {self.records} records", refresh=False)
        elif self.mode == "lines" and time.monotonic() - self.last_line >= LINE_SECONDS:
            self.last_line = time.monotonic()
            self._line()

    def write(self, message: str) -> None:
        """A message on stderr that leaves the bar whole."""
        if self.bar is not None:
            with self.bar.external_write_mode():
                click.echo(message, err=True)
        else:
            click.echo(message, err=True)

    def close(self) -> None:
        """Clear the bar (a terminal is left as it was, on Ctrl-C too)."""
        if self.bar is not None:
            self.bar.close()
            self.bar = None

    def _line(self) -> None:
        elapsed = time.monotonic() - self.started
        rate = len(self.sources) / elapsed if elapsed else 0.0
        click.echo(
            f"factx: {len(self.sources)}/{self.total} inputs, {self.articles} articles, {self.records} records, "
            f"{rate:.1f} inputs/s, {elapsed:.0f} s",
            err=True,
        )
