"""The command line: `factx extract`, `factx parse`, `factx eval`, `factx schema`.

stdout carries data only; every warning and error goes to stderr as
`factx: PATH: reason`. Exit codes: 0 every input read, 1 some input failed
(the others are still printed), 2 usage error, 130 interrupted (143 on SIGTERM).
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import os
import re
import signal
import sys
import traceback
from pathlib import Path
from typing import IO, TYPE_CHECKING

import click
from click.core import ParameterSource

from . import __version__, inputs, output
from .models import RECORD_TYPES
from .progress import Progress
from .progress import choose as choose_progress
from .runner import INTERRUPTS, STOP_SIGNALS, Options, Task, leave_now, results
from .tables import TableError, load_kinds

if TYPE_CHECKING:
    from .database import Database
    from .review import ReviewWriter

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
# New objects between two collections of the youngest generation during a run (see extract).
GC_ALLOCATIONS = 50_000


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factx")
def main() -> None:
    """Turn Chinese news text into typed, validated facts: metrics, organisations, dates, funds."""


def _types(_ctx: click.Context, _param: click.Parameter, value: str | None) -> tuple[str, ...]:
    if value is None:
        return RECORD_TYPES
    wanted = tuple(part.strip() for part in value.split(",") if part.strip())
    unknown = [part for part in wanted if part not in RECORD_TYPES]
    if unknown or not wanted:
        raise click.BadParameter(f"{', '.join(unknown) or value!r}: choose from {', '.join(RECORD_TYPES)}")
    return wanted


class IsoDate(click.ParamType):
    """YYYY-MM-DD that names a day of the calendar (2020-02-30 is refused as such)."""

    name = "YYYY-MM-DD"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> dt.date:
        if isinstance(value, dt.date):
            return value
        text = str(value)
        if not ISO_DATE_RE.fullmatch(text):
            self.fail(f"{text!r} is not written YYYY-MM-DD", param, ctx)
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            self.fail(f"{text} is no day of the calendar", param, ctx)


ISO_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _orgs(_ctx: click.Context, _param: click.Parameter, value: str | None) -> tuple[tuple[str, str], ...]:
    """`--orgs FILE`: one name per line, optionally a tab and a kind."""
    if value is None:
        return ()
    try:
        raw = Path(value).read_bytes()
    except OSError as error:
        raise click.BadParameter(f"{value}: {error.strerror or error}") from None
    try:
        lines = raw.decode("utf-8-sig").splitlines()
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise click.BadParameter(f"{value}:{line}: not UTF-8") from None
    try:
        rows = "\n".join(line if "\t" in line else f"{line.strip()}\tother" for line in lines if line.strip())
        return tuple(sorted(load_kinds(value, rows).items()))
    except TableError as error:
        raise click.BadParameter(str(error)) from None


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--glob", "pattern", default="*.txt", show_default=True, help="Files to read inside directories.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "csv", "html"]), default="jsonl", show_default=True,
              help="JSON Lines, one JSON array, CSV (flat records) or a review page (HTML).")
@click.option("--flat", is_flag=True, help="One record per line, with its article's source, number, title and ref_date in front.")
@click.option("--bom/--no-bom", default=None, help="CSV: start with a UTF-8 byte-order mark, which Excel needs to read Chinese [default: --bom].")
@click.option("-o", "--output", "output_path", type=click.Path(dir_okay=False), help="Write here (atomically) instead of stdout.")
@click.option("--db", "db_path", metavar="FILE", type=click.Path(dir_okay=False),
              help="Write into this SQLite database instead; inputs already in it with the same content are skipped.")
@click.option("--ref-date", type=IsoDate(), help="Resolve relative dates against this day.")
@click.option("--types", callback=_types, help="Keep only these record types, comma-separated: metric,organization,date,fund.")
@click.option("--no-text", is_flag=True, help="Leave the article text out of the output.")
@click.option("--ascii", "ascii_", is_flag=True, help="Escape non-ASCII characters (\\uXXXX).")
@click.option("--encoding", help="Decode inputs with this codec instead of detecting UTF-8 / GB18030.")
@click.option("--orgs", metavar="FILE", callback=_orgs, help="Extra organisation names: one per line, optionally TAB and a kind.")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False), help="Also write one JSON line per failed input here.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Worker processes [default: the number of cores when several inputs].")
@click.option("--progress/--no-progress", default=None,
              help="Show progress on stderr [default: a bar when stderr is a terminal; --progress elsewhere prints a line every few seconds].")
@click.option("-q", "--quiet", is_flag=True, help="No warnings on stderr (errors are still reported).")
@click.option("-v", "--verbose", is_flag=True, help="Print a summary line on stderr at the end.")
def extract(
    paths: tuple[str, ...],
    pattern: str,
    fmt: str,
    flat: bool,
    bom: bool | None,
    output_path: str | None,
    db_path: str | None,
    ref_date: dt.date | None,
    types: tuple[str, ...],
    no_text: bool,
    ascii_: bool,
    encoding: str | None,
    orgs: tuple[tuple[str, str], ...],
    errors_path: str | None,
    jobs: int | None,
    progress: bool | None,
    quiet: bool,
    verbose: bool,
) -> None:
    """Extract records from PATHS (files, directories, or - for standard input)."""
    if output_path == "-":
        output_path = None  # -o - is standard output, as everywhere else
    form = _form(fmt, flat, bom, no_text, output_path, db_path)
    for target, flag in ((output_path, "--output"), (errors_path, "--errors"), (db_path, "--db")):
        if target and not Path(target).resolve().parent.is_dir():
            raise click.UsageError(f"{flag} {target}: directory {Path(target).parent} does not exist")
    if encoding:
        try:
            "".encode(encoding)
        except LookupError:
            raise click.BadParameter(f"unknown encoding {encoding!r}", param_hint="--encoding") from None
    options = Options(ref_date, types, not no_text, ascii_, encoding, orgs, form)

    tasks: list[Task] = []
    failures: list[inputs.InputError] = []
    for item in inputs.expand(paths, pattern):
        if isinstance(item, inputs.InputError):
            failures.append(item)
            continue
        name, path = item
        tasks.append((name, path, options))
    for target in (output_path, db_path):
        if target:
            _refuse_overwriting_an_input(target, [str(path) for _, path, _ in tasks if path is not None])
    database = _database(db_path, options) if db_path else None
    skipped = 0
    if database:
        # Inputs stored from the same bytes with the same settings are done already.
        kept = [task for task in tasks if task[1] is None or not database.unchanged(task[0], task[1])]
        skipped, tasks = len(tasks) - len(kept), kept
    if jobs is None:
        jobs = min(os.cpu_count() or 1, len(tasks)) if len(tasks) > 1 else 1

    sink = output.AtomicFile(output_path) if output_path else None
    errors_stream = open(errors_path, "w", encoding="utf-8") if errors_path else None
    stream: IO[str] = sink.stream if sink else sys.stdout
    writer = database or _writer(fmt, stream, bom)
    failed, articles, records = 0, 0, 0
    meter = Progress(choose_progress(progress, quiet, sys.stderr), total=len(tasks))
    interrupts = INTERRUPTS
    interrupts.seen = False
    previous_handlers = {signum: signal.signal(signum, interrupts) for signum in STOP_SIGNALS}
    stop: int | None = None
    collector = gc.get_threshold()
    # Extraction makes millions of short-lived tuples (tokens) and almost no reference cycles:
    # a collection every 700 new objects (the default) walks the token caches over and over,
    # a twentieth of a run; every 50,000 costs a few hundredths of that.
    gc.set_threshold(GC_ALLOCATIONS, *collector[1:])
    try:
        for error in failures:
            _report(error, errors_stream, meter)
            failed += 1
        current: str | None = None
        problems: list[str] = []
        for result in results(tasks, jobs):
            interrupts.check()
            if current is not None and result.source != current:
                writer.end_source(current, problems)
                problems = []
            current = result.source
            for error in result.errors:
                _report(error, errors_stream, meter, warning=not result.failed, quiet=quiet)
            if result.failed:
                problems += [error.detail for error in result.errors]
            failed += result.failed
            for line in result.lines:
                writer.write(line)
            articles += result.articles
            records += result.records
            meter.update(result.source, result.articles, result.records)
        if current is not None:
            writer.end_source(current, problems)
        interrupts.check()
        writer.close()
        if sink:
            sink.commit()
    except KeyboardInterrupt:
        meter.close()
        writer.abort()
        if database:
            click.echo("factx: interrupted; inputs written so far are in the database, the next run goes on from there", err=True)
        elif fmt in ("json", "html") and not sink and writer.count:
            click.echo(f"factx: interrupted; the {'JSON array' if fmt == 'json' else 'page'} on standard output is cut short", err=True)
        else:
            click.echo("factx: interrupted", err=True)
        # 128 + the signal, as a shell reports it: 130 for Ctrl-C, 143 for SIGTERM.
        stop = 128 + interrupts.signum
    except BrokenPipeError:
        # The reader went away (| head): stop quietly, and keep Python from complaining at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        stop = EXIT_OK
    except OSError as error:
        # The output cannot be written (a full disk): said once, and the run leaves at once,
        # since the interpreter's own exit would wait for ever on the workers' pool.
        click.echo(f"factx: cannot write the output: {error}", err=True)
        stop = EXIT_FAILED
    except Exception:
        if jobs <= 1:
            raise
        # The same with worker processes up: report the fault, then leave without the pool's teardown.
        click.echo(f"factx: internal error (a fault of factx; please report it):\n{traceback.format_exc()}", err=True)
        stop = EXIT_FAILED
    finally:
        gc.set_threshold(*collector)
        meter.close()
        for signum, handler in previous_handlers.items():
            signal.signal(signum, handler)
        # Whatever stopped the run (Ctrl-C, a crash), no half-written --output is left behind.
        if sink:
            sink.discard()
        if errors_stream:
            errors_stream.close()
    if stop is not None:
        leave_now(stop)
    if verbose or (sys.stderr.isatty() and not quiet):
        total = len(tasks) + len(failures) + skipped
        counted = [(total, "file"), (articles, "article"), (records, "record"), (failed, "error")]
        counts = ", ".join(_count(number, noun) for number, noun in counted)
        unchanged = f" ({skipped} unchanged in {db_path}, skipped)" if skipped else ""
        click.echo(f"factx: {counts}{unchanged}", err=True)
    sys.exit(EXIT_FAILED if failed else EXIT_OK)


def _form(fmt: str, flat: bool, bom: bool | None, no_text: bool, output_path: str | None, db_path: str | None) -> output.Form:
    """What workers make of each article, after refusing the combinations that mean nothing."""
    given = click.get_current_context().get_parameter_source("fmt") == ParameterSource.COMMANDLINE
    if db_path and (output_path or given or flat):
        raise click.UsageError("--db writes the database only: leave out --output, --format and --flat")
    if bom is not None and fmt != "csv":
        raise click.UsageError("--bom and --no-bom apply to --format csv only")
    if fmt == "html" and (flat or no_text):
        raise click.UsageError("--format html shows each article's text: it takes neither --flat nor --no-text")
    if db_path or fmt == "html":
        return "data"
    if fmt == "csv":
        return "csv"
    return "flat" if flat else "article"


def _database(db_path: str, options: Options) -> Database:
    import sqlite3

    from .database import Database

    try:
        return Database(db_path, _settings(options))
    except sqlite3.Error as error:
        raise click.UsageError(f"--db {db_path}: {error}") from None


def _writer(fmt: str, stream: IO[str], bom: bool | None) -> output.Writer | ReviewWriter:
    if fmt == "csv":
        return output.CsvWriter(stream, bom=bom is not False)
    if fmt == "html":
        from .review import ReviewWriter

        return ReviewWriter(stream)
    return output.Writer(stream, fmt)


def _settings(options: Options) -> dict[str, object]:
    """What a stored input's records depend on besides its bytes: a change re-extracts it."""
    return {
        "factx": __version__,
        "ref_date": options.ref_date.isoformat() if options.ref_date else None,
        "types": list(options.types),
        "text": options.text,
        "encoding": options.encoding,
        "orgs": [list(pair) for pair in options.orgs],
    }


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _refuse_overwriting_an_input(output_path: str, paths: list[str]) -> None:
    """-o s.txt s.txt (or a directory holding it) would destroy its input: a usage error,
    however the two are named."""
    if not Path(output_path).exists():
        return
    for name in paths:
        try:
            if os.path.samefile(name, output_path):
                raise click.UsageError(f"--output {output_path} is the input {name}: it would be overwritten")
        except OSError:
            continue


def _report(
    error: inputs.InputError, errors_stream: IO[str] | None, meter: Progress, warning: bool = False, quiet: bool = False
) -> None:
    if errors_stream:
        errors_stream.write(json.dumps(error.as_dict(), ensure_ascii=False, separators=(",", ":")) + "\n")
    if not (warning and quiet):
        label = "warning: " if warning else ""
        meter.write(f"factx: {label}{error.source}: {error.detail}")


@main.command(name="parse")
@click.argument("expressions", nargs=-1)
@click.option("--ref-date", type=IsoDate(), help="Resolve relative dates against this day.")
@click.option("--ascii", "ascii_", is_flag=True, help="Escape non-ASCII characters (\\uXXXX).")
def parse(expressions: tuple[str, ...], ref_date: dt.date | None, ascii_: bool) -> None:
    """Normalize single expressions (1373.3亿元, 超20亿元, 两千三百五, 今年1-8月): one JSON line each,
    in order. Without EXPRESSIONS, one expression per line of standard input."""
    from .expressions import parse_expression
    from .output import dumps

    lines = expressions or (line.rstrip("\r\n") for line in sys.stdin)
    reference = ref_date
    try:
        for line in lines:
            parsed = parse_expression(line, reference)
            click.echo(dumps(parsed, ascii=ascii_))
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    sys.exit(EXIT_OK)


@main.command()
@click.option("--flat", is_flag=True, help="The schema of a flat record (--flat, CSV, the database's records) instead.")
@click.option("--parse", "for_parse", is_flag=True, help="The schema of a `factx parse` line instead.")
def schema(flat: bool, for_parse: bool) -> None:
    """Print the JSON Schema of one output line (an article), generated from the models."""
    if flat and for_parse:
        raise click.UsageError("--flat and --parse: choose one")
    from .schema import json_schema

    click.echo(json.dumps(json_schema("parse" if for_parse else "flat" if flat else "article"), ensure_ascii=False, indent=2))


@main.command(name="eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object on stdout.")
@click.option("--types", callback=_types, help="Score only these record types.")
@click.option("--show-misses", type=click.IntRange(min=0), default=0, help="Print up to N misses per type on stderr.")
def evaluate(gold: tuple[str, ...], as_json: bool, types: tuple[str, ...], show_misses: int) -> None:
    """Score factx against annotated gold files (docs/records.md section 5) and peer cases."""
    from .evaluate import GoldError, format_table, score_files

    try:
        report = score_files(gold, types, show_misses=show_misses, misses=sys.stderr)
    except GoldError as error:
        click.echo(f"factx: {error}", err=True)
        sys.exit(EXIT_FAILED)
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=1, sort_keys=True))
    else:
        click.echo(format_table(report))
