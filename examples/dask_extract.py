"""factx over a directory with Dask: one JSON Lines file per partition.

    pip install 'factx[dask]'
    python examples/dask_extract.py INPUT_DIR OUTPUT_DIR [--workers N] [--partitions P]
                                    [--scheduler ADDRESS] [--ref-date YYYY-MM-DD] [--glob '*.txt']

The files are listed as `factx extract INPUT_DIR` lists them and cut into partitions;
each partition is extracted by one Dask task, which writes OUTPUT_DIR/part-NNNNN.jsonl
(the lines `factx extract` prints, article by article) and, when an input fails or warns,
OUTPUT_DIR/errors-NNNNN.jsonl (the lines of `factx extract --errors`). A partition's files
are written whole or not at all, so a rerun of a failed job can simply run again.

Concatenated and sorted by `source` and `article`, the part files are byte-identical to
`factx extract INPUT_DIR`, whatever the number of workers and partitions.

Without --scheduler a local cluster of --workers processes (one thread each: factx is
CPU-bound Python) is started; with it, the job runs on that cluster, whose workers need
factx installed and OUTPUT_DIR on a filesystem they share.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import dask
from dask.distributed import Client, LocalCluster

import factx
from factx.inputs import InputError, expand


def write_partition(index: int, names: list[str], output: str, ref_date: dt.date | None) -> dict[str, int]:
    """Extract one partition's files and write its part file (and errors file); the counts back."""
    lines: list[str] = []
    errors: list[str] = []
    failed = 0
    for name in names:
        result = factx.extract_file(name, ref_date=ref_date)
        lines += result.lines
        errors += [json.dumps(error, ensure_ascii=False, separators=(",", ":")) for error in result.errors]
        failed += result.failed
    _write_whole(Path(output) / f"part-{index:05d}.jsonl", lines)
    if errors:
        _write_whole(Path(output) / f"errors-{index:05d}.jsonl", errors)
    return {"files": len(names), "articles": len(lines), "failed": failed, "messages": len(errors)}


def _write_whole(target: Path, lines: list[str]) -> None:
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
        out.writelines(line + "\n" for line in lines)
    os.replace(temporary, target)


def partitions_of(names: list[str], count: int) -> list[list[str]]:
    """`count` runs of consecutive files as even as can be (no more runs than files)."""
    count = max(1, min(count, len(names)))
    return [names[index * len(names) // count : (index + 1) * len(names) // count] for index in range(count)]


def run(input_dir: str, output: str, *, partitions: int, ref_date: dt.date | None, pattern: str) -> dict[str, int]:
    """Plan and run the job on the current Dask scheduler; the totals."""
    names: list[str] = []
    totals = {"files": 0, "articles": 0, "failed": 0, "messages": 0}
    for item in expand((input_dir,), pattern):
        if isinstance(item, InputError):
            print(f"factx: {item.source}: {item.detail}", file=sys.stderr)
            totals["failed"] += 1
        else:
            names.append(item[0])
    Path(output).mkdir(parents=True, exist_ok=True)
    tasks = [
        dask.delayed(write_partition)(index, part, output, ref_date)
        for index, part in enumerate(partitions_of(names, partitions))
    ] if names else []
    for counts in dask.compute(*tasks):
        for key, value in counts.items():
            totals[key] += value
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input_dir")
    parser.add_argument("output_dir")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="local worker processes [default: cores]")
    parser.add_argument("--partitions", type=int, help="partitions [default: 4 per worker]")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (tcp://host:8786)")
    parser.add_argument("--ref-date", type=dt.date.fromisoformat, help="resolve relative dates against this day")
    parser.add_argument("--glob", default="*.txt", help="files to read inside the directory")
    options = parser.parse_args()

    started = time.perf_counter()
    if options.scheduler:
        client = Client(options.scheduler)
    else:
        client = Client(LocalCluster(n_workers=options.workers, threads_per_worker=1, processes=True, dashboard_address=None))
    with client:
        workers = len(client.scheduler_info()["workers"])
        ready = time.perf_counter()
        totals = run(
            options.input_dir, options.output_dir,
            partitions=options.partitions or 4 * workers, ref_date=options.ref_date, pattern=options.glob,
        )
    done = time.perf_counter()
    print(
        f"factx: {totals['files']} files, {totals['articles']} articles, {totals['failed']} failed, "
        f"{workers} workers; cluster ready in {ready - started:.1f} s, extraction {done - ready:.1f} s",
        file=sys.stderr,
    )
    sys.exit(1 if totals["failed"] else 0)


if __name__ == "__main__":
    main()
