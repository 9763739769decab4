"""factx over a directory with Spark: one JSON Lines file per partition.

    pip install factx pyspark        # and a Java runtime (17 or newer for Spark 4)
    python examples/spark_extract.py INPUT_DIR OUTPUT_DIR [--partitions P] [--master local[2]]
                                     [--ref-date YYYY-MM-DD] [--glob '*.txt']
    spark-submit examples/spark_extract.py INPUT_DIR OUTPUT_DIR     # on a cluster

The files are listed as `factx extract INPUT_DIR` lists them and handed to Spark as an RDD
of names; `mapPartitions` runs factx on each partition (the dictionary is loaded once per
Python worker and kept while the worker is reused) and Spark writes OUTPUT_DIR/part-NNNNN,
the lines `factx extract` prints. Failed inputs and warnings go to OUTPUT_DIR/errors/.
Concatenated and sorted by `source` and `article`, the part files are byte-identical to
`factx extract INPUT_DIR`. On a cluster, every executor needs factx installed and the
input paths readable.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from typing import Iterable, Iterator

from pyspark.sql import SparkSession

import factx
from factx.inputs import InputError, expand

# An input's errors and warnings travel in the same RDD as its articles, marked (a JSON line
# never starts with a NUL): one pass over the inputs gives both outputs.
FAILED_MARK, WARNING_MARK = "\x00failed\t", "\x00warning\t"


def extract_partition(names: Iterable[str], ref_date: dt.date | None) -> Iterator[str]:
    """The partition's article lines, then its errors as marked lines."""
    for name in names:
        result = factx.extract_file(name, ref_date=ref_date)
        yield from result.lines
        mark = FAILED_MARK if result.failed else WARNING_MARK
        for error in result.errors:
            yield mark + json.dumps(error, ensure_ascii=False, separators=(",", ":"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input_dir")
    parser.add_argument("output_dir")
    parser.add_argument("--partitions", type=int, help="partitions [default: Spark's default parallelism x 4]")
    parser.add_argument("--master", help="Spark master, such as local[2] [default: spark-submit's, else local[*]]")
    parser.add_argument("--ref-date", type=dt.date.fromisoformat, help="resolve relative dates against this day")
    parser.add_argument("--glob", default="*.txt", help="files to read inside the directory")
    options = parser.parse_args()

    names, failed = [], 0
    for item in expand((options.input_dir,), options.glob):
        if isinstance(item, InputError):
            print(f"factx: {item.source}: {item.detail}", file=sys.stderr)
            failed += 1
        else:
            names.append(item[0])
    builder = SparkSession.builder.appName("factx")
    if options.master:
        builder = builder.master(options.master)
    spark = builder.getOrCreate()
    try:
        context = spark.sparkContext
        partitions = options.partitions or 4 * context.defaultParallelism
        lines = context.parallelize(names, max(1, min(partitions, len(names)))).mapPartitions(
            lambda part: extract_partition(part, options.ref_date)
        ).cache()
        lines.filter(lambda line: not line.startswith("\x00")).saveAsTextFile(options.output_dir)
        marked = lines.filter(lambda line: line.startswith("\x00")).collect()
        messages = [line.split("\t", 1)[1] for line in marked]
        if messages:
            context.parallelize(messages, 1).saveAsTextFile(os.path.join(options.output_dir, "errors"))
        failed += len({json.loads(line.split("\t", 1)[1])["source"] for line in marked if line.startswith(FAILED_MARK)})
        articles = lines.count() - len(marked)
    finally:
        spark.stop()
    print(f"factx: {len(names)} files, {articles} articles, {failed} failed", file=sys.stderr)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
