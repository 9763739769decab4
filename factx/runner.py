"""Running a batch: inputs handed to worker processes in order, large inputs and standard
input streamed, and Ctrl-C acted on at safe points. No click here: `cli` wires options to it.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import sys
import threading
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any, Iterable, Iterator, Mapping, NoReturn

from . import inputs, output
from .extract.tokens import load_segmenter
from .models import RECORD_TYPES
from .pipeline import extract_blocks

# Inputs handed to a worker at a time: enough to keep the pipes quiet, few enough to keep order cheap.
CHUNK = 4


@dataclass(frozen=True)
class Options:
    ref_date: dt.date | None
    types: tuple[str, ...]
    text: bool
    ascii: bool
    encoding: str | None
    orgs: tuple[tuple[str, str], ...]
    form: output.Form = "article"


@dataclass
class Result:
    source: str
    # What the writer takes, `form` items per article (see output.encode).
    lines: list[Any] = field(default_factory=list)
    articles: int = 0
    errors: list[inputs.InputError] = field(default_factory=list)
    failed: bool = False
    records: int = 0
    # Standard input, or a file too large to hand to a worker whole: the parent streams it
    # when its turn comes.
    stream: bool = False


# (name, path or None for standard input, options): what a worker is handed.
Task = tuple[str, Path | None, Options]
# Articles of a streamed input are written in batches of this many.
STREAM_BATCH = 50


def _process(task: Task) -> Result:
    """Read, decode and extract one input; never raises for a bad input."""
    name, path, options = task
    try:
        if path is None or (path.is_file() and path.stat().st_size > inputs.STREAM_BYTES):
            return Result(name, stream=True)
    except OSError:
        pass  # read() below reports it
    document = inputs.read(name, path, options.encoding)
    if isinstance(document, inputs.InputError):
        return Result(name, errors=[document], failed=True)
    result = next(_extracted(name, [document.text], options, batch=None))
    result.errors[:0] = document.warnings
    return result


def _stream(name: str, path: Path | None, options: Options) -> Iterator[Result]:
    """Standard input or a large file, extracted chunk by chunk in this process."""
    stream = inputs.open_stream(name, path, options.encoding)
    if isinstance(stream, inputs.InputError):
        yield Result(name, errors=[stream], failed=True)
        return
    yield from _extracted(name, stream.blocks, options, batch=STREAM_BATCH)
    if stream.warnings or stream.errors:
        yield Result(name, errors=stream.warnings + stream.errors, failed=bool(stream.errors))


def _extracted(name: str, blocks: Iterable[str], options: Options, batch: int | None) -> Iterator[Result]:
    """Articles as output lines, `batch` articles per Result (all in one when None)."""
    result = Result(name)
    article = None
    try:
        articles = extract_blocks(blocks, options.ref_date, source=name, types=options.types, orgs=dict(options.orgs) or None)
        for article in articles:
            INTERRUPTS.check()
            result.lines.extend(output.encode(article, options.form, text=options.text, ascii=options.ascii))
            result.articles += 1
            result.records += len(article.records)
            if batch and result.articles >= batch:
                yield result
                result = Result(name)
    except RecursionError as error:
        result.errors.append(inputs.InputError(name, "extraction_failed", str(error)))
        result.failed = True
    except Exception as error:
        # The input is reported, with what went wrong and where, and the run goes on: on an
        # archive of millions of articles one text that trips a rule costs that text alone.
        result.errors.append(inputs.InputError(name, "extraction_failed", _fault(error)))
        result.failed = True
    if article is None and not result.failed:
        # Nothing on stdout for this input: say so, so that no input goes unaccounted for.
        result.errors.append(inputs.InputError(name, "empty", "no text to extract"))
    yield result


def _fault(error: Exception) -> str:
    """What a fault of factx says on stderr: the exception and the line of factx it came from."""
    frames = [frame for frame in traceback.extract_tb(error.__traceback__) if "factx" in Path(frame.filename).parts]
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return f"internal error{where}: {type(error).__name__}: {error} (a fault of factx; please report it with this input)"


class _Interrupts:
    """Ctrl-C as a flag that the run acts on at its safe points: between articles, between
    inputs, while it waits for a worker, and before it commits its output.

    A handler that raised would raise wherever the signal lands; inside a finaliser or the
    garbage collector Python prints such an exception ("Exception ignored in ...") and drops
    it. The one place the handler raises itself is a wait for input (a terminal on standard
    input), which no flag check would ever reach; there the exception propagates normally.
    """

    def __init__(self) -> None:
        self.seen = False
        self.signum = signal.SIGINT

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        self.seen, self.signum = True, signum
        if frame is not None and frame.f_code in inputs.WAITING_CODE:
            raise KeyboardInterrupt

    def check(self) -> None:
        if self.seen:
            raise KeyboardInterrupt


# Signals that stop a run: Ctrl-C, and the polite kill of job runners and `timeout`.
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
# One per process: the handler is process-wide, and the extraction loop checks it between articles.
INTERRUPTS = _Interrupts()
# How often the parent looks up from waiting on its workers to see whether Ctrl-C was pressed.
POLL_SECONDS = 0.1


def _init_worker() -> None:
    # The parent handles Ctrl-C and ends the pool. SIGTERM (Pool.terminate()'s, or a job
    # runner's to the whole group) ends a worker by an exception rather than at once, so that
    # a worker waiting on the task queue lets go of the queue's lock: killed holding it, it
    # would leave the parent's terminate() waiting for the lock for ever.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _stop_worker)
    sys.unraisablehook = _stop_where_unraisable
    # A worker outlives its parent when the parent is killed outright (kill -9), and the
    # pool's own thread replaces workers the parent has just killed while it leaves: such a
    # worker would wait on the task queue for ever, holding the parent's stdout and stderr
    # open (a pipe reading them never ends). It watches its parent's sentinel (a pipe that
    # multiprocessing closes when the parent process ends, zombie or not) and leaves with it.
    import multiprocessing

    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_leave_with, args=(parent.sentinel,), daemon=True).start()


def _leave_with(sentinel: int) -> None:
    import multiprocessing.connection

    multiprocessing.connection.wait([sentinel])
    os._exit(128 + signal.SIGTERM)


def _stop_worker(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)


def _stop_where_unraisable(unraisable: Any) -> None:
    """A stop that lands in a finaliser or the garbage collector cannot propagate: Python would
    print it ("Exception ignored in: …", a traceback on the run's stderr) and carry on with the
    article. The worker leaves at once instead, as the stop asked; other unraisable errors are
    reported as Python reports them."""
    if isinstance(unraisable.exc_value, SystemExit):
        os._exit(unraisable.exc_value.code if isinstance(unraisable.exc_value.code, int) else 128 + signal.SIGTERM)
    sys.__unraisablehook__(unraisable)


def results(tasks: list[Task], jobs: int) -> Iterator[Result]:
    # The results first: zip asks them once more after the last task, which lets the pool
    # close and join its workers rather than be left suspended.
    for result, (name, path, options) in zip(_processed(tasks, jobs), tasks):
        if result.stream:
            yield from _stream(name, path, options)
        else:
            yield result


def _processed(tasks: list[Task], jobs: int) -> Iterator[Result]:
    if jobs <= 1 or len(tasks) <= 1:
        yield from map(_process, tasks)
        return
    # multiprocessing is imported here, not at the top: a run of one process (one input, or
    # --jobs 1) does without its 6 ms of imports.
    import multiprocessing

    fork = sys.platform.startswith("linux")
    if fork:
        load_segmenter()  # once, before forking: the workers share the loaded dictionary
    context = multiprocessing.get_context("fork" if fork else "spawn")
    pool = context.Pool(jobs, initializer=_init_worker)
    try:
        # imap keeps input order, so output is the same whatever the number of jobs.
        # Batches by hand: with a chunksize, imap returns a plain generator, whose next() cannot time out.
        batches = pool.imap(_process_batch, [tasks[i : i + CHUNK] for i in range(0, len(tasks), CHUNK)])
        while True:
            try:
                yield from batches.next(timeout=POLL_SECONDS)
            except multiprocessing.TimeoutError:
                INTERRUPTS.check()
            except StopIteration:
                break
    except BaseException:
        # Stopped (Ctrl-C, SIGTERM, a reader gone, a crash): the workers are killed at once and
        # the pool is not torn down, since Pool.terminate() can wait for ever on a queue lock
        # that a worker stopped mid-write still holds. The caller leaves with leave_now().
        for child in multiprocessing.active_children():
            child.kill()
        raise
    pool.close()
    pool.join()


@dataclass(frozen=True)
class FileOutput:
    """What `factx extract` makes of one input: the JSON lines it prints (one per article, or
    one per record with form "flat"), and the errors and warnings it reports, as plain values."""

    source: str
    lines: list[str]
    errors: list[dict[str, str]]
    failed: bool


def extract_file(
    path: str | Path,
    *,
    source: str | None = None,
    ref_date: dt.date | None = None,
    types: Iterable[str] = RECORD_TYPES,
    text: bool = True,
    flat: bool = False,
    encoding: str | None = None,
    orgs: Mapping[str, str] | None = None,
) -> FileOutput:
    """One file as `factx extract` reads it (encoding detected, a large file streamed), in
    this process: for a distributed engine's workers, which get strings back, not models.

    `source` is the name the records carry (the path as given, by default); the lines are
    byte-identical to those `factx extract` prints for the same file and options.
    """
    name = source if source is not None else str(path)
    options = Options(ref_date, tuple(types), text, False, encoding, tuple(sorted((orgs or {}).items())), "flat" if flat else "article")
    lines: list[str] = []
    errors: list[dict[str, str]] = []
    failed = False
    for result in results([(name, Path(path), options)], jobs=1):
        lines += result.lines
        errors += [error.as_dict() for error in result.errors]
        failed = failed or result.failed
    return FileOutput(name, lines, errors, failed)


def leave_now(code: int) -> NoReturn:
    """Exit without the interpreter's teardown, which would wait on a stopped pool."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _process_batch(tasks: list[Task]) -> list[Result]:
    return [_process(task) for task in tasks]
