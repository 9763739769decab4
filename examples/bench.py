"""Benchmark factx: throughput, ratio to jieba, cold start, peak memory, --jobs scaling.

    python examples/bench.py [--dev ../shared/eval/dev] [--mb 5] [--runs 5]

Corpus: the texts of every gold file in --dev (seed, news, pd98, cluener) and
the seed page, repeated until it reaches --mb megabytes of UTF-8, written as
one file per text into a temporary directory. Also measured: news text alone
(the seed page and the dev news, repeated), every dev text once (no repeats, so
no sentence is ever segmented twice), and dense figure text (the dev texts with
30 or more figures per 1,000 characters, joined into one long article, as a
statistical bulletin is). Not part of the test run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_7ef990bb1c2a0940.txt"


def texts(dev: Path) -> list[str]:
    found = [SEED.read_text(encoding="utf-8")]
    for path in sorted(dev.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            document = json.loads(line)
            if "text" in document and "expect" not in document:
                found.append(document["text"])
    return found


NEWS_FILES = ("news.jsonl", "news3.jsonl")
FIGURE_RE = re.compile(r"[0-9０-９]+(?:\.[0-9]+)?\s*(?:%|亿|万|元|个|家|吨|人|项)")
DENSE_PER_1000 = 30


def news_texts(dev: Path) -> list[str]:
    found = [SEED.read_text(encoding="utf-8")]
    for name in NEWS_FILES:
        found += [json.loads(line)["text"] for line in (dev / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    return found


def dense_article(pieces: list[str], characters: int = 60_000) -> str:
    """The densest texts as the paragraphs of one long article, repeated to `characters`."""
    dense = [piece for piece in pieces if len(piece) > 300 and len(FIGURE_RE.findall(piece)) * 1000 / len(piece) >= DENSE_PER_1000]
    body = "\n".join(dense) + "\n"
    return body * (characters // len(body) + 1)


def build_corpus(directory: Path, pieces: list[str], megabytes: float) -> tuple[int, int]:
    """Write pieces (repeated) as files until the corpus holds `megabytes`; (files, characters)."""
    directory.mkdir(parents=True, exist_ok=True)
    size = chars = files = 0
    while size < megabytes * 1_000_000:
        for piece in pieces:
            data = piece.encode("utf-8")
            (directory / f"{files:07d}.txt").write_bytes(data)
            size, chars, files = size + len(data), chars + len(piece), files + 1
            if size >= megabytes * 1_000_000:
                break
    return files, chars


def run(args: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one factx process, output discarded."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "factx", *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"factx {' '.join(args)} failed: {process.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss


def rjieba_seconds(corpus_texts: list[str]) -> float:
    import rjieba

    rjieba.cut("预热")
    start = time.perf_counter()
    for text in corpus_texts:
        rjieba.cut(text)
    return time.perf_counter() - start


def jieba_seconds(corpus_texts: list[str]) -> tuple[float, float]:
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    jieba.posseg.lcut("预热")
    start = time.perf_counter()
    for text in corpus_texts:
        jieba.posseg.lcut(text)
    posseg = time.perf_counter() - start
    start = time.perf_counter()
    for text in corpus_texts:
        jieba.lcut(text)
    return posseg, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "eval" / "dev")
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()

    pieces = texts(options.dev)
    with tempfile.TemporaryDirectory(prefix="factx-bench-") as tmp:
        small, large = Path(tmp) / "small", Path(tmp) / "large"
        files, chars = build_corpus(small, pieces, options.mb)
        large_files, large_chars = build_corpus(large, pieces, options.mb * 10)
        corpus_texts = [path.read_text(encoding="utf-8") for path in sorted(small.iterdir())]

        news_files, news_chars = build_corpus(Path(tmp) / "news", news_texts(options.dev), options.mb / 2)
        news_wall, _ = run(["extract", "--jobs", "1", str(Path(tmp) / "news")])
        unique = Path(tmp) / "unique"
        unique.mkdir()
        for number, piece in enumerate(pieces):
            (unique / f"{number:07d}.txt").write_text(piece, encoding="utf-8")
        unique_wall, _ = run(["extract", "--jobs", "1", str(unique)])
        unique_chars = sum(len(piece) for piece in pieces)
        dense = Path(tmp) / "dense.txt"
        dense.write_text(dense_article(pieces), encoding="utf-8")
        dense_wall, dense_rss = run(["extract", "--jobs", "1", str(dense)])
        dense_chars = len(dense.read_text(encoding="utf-8"))
        one_wall, one_rss = run(["extract", "--jobs", "1", str(small)])
        two_wall, _ = run(["extract", "--jobs", "2", str(small)])
        _, large_rss = run(["extract", "--jobs", "1", str(large)])
        # The large corpus again as one file, documents separated by blank lines: it is streamed.
        single = Path(tmp) / "single.txt"
        with single.open("w", encoding="utf-8") as handle:
            for path in sorted(large.iterdir()):
                handle.write(path.read_text(encoding="utf-8") + "\n\n\n")
        single_wall, single_rss = run(["extract", "--jobs", "1", str(single)])
        single_mb = single.stat().st_size / 1e6
        posseg, lcut = jieba_seconds(corpus_texts)
        compiled = rjieba_seconds(corpus_texts)
        cold = statistics.median(run(["extract", str(SEED)])[0] for _ in range(options.runs))
    # Per-character rates net of start-up (one cold start each), so that small corpora compare.
    def rate(characters: int, wall: float) -> float:
        return characters / max(wall - cold, 1e-9)


    rows = [
        ("machine", f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"),
        ("corpus", f"{options.mb:g} MB, {files} files, {chars:,} characters (dev gold texts + seed page, repeated)"),
        ("factx --jobs 1", f"{one_wall:.1f} s, {chars / one_wall:,.0f} chars/s per process (includes start-up)"),
        ("jieba.posseg.lcut alone", f"{posseg:.1f} s; factx / posseg = {one_wall / posseg:.2f}"),
        ("jieba.lcut alone", f"{lcut:.1f} s; factx / lcut = {one_wall / lcut:.2f}"),
        ("rjieba.cut alone", f"{compiled:.1f} s (jieba.lcut / rjieba.cut = {lcut / compiled:.1f})"),
        ("news text", f"{news_chars:,} chars, {news_files} files: {rate(news_chars, news_wall):,.0f} chars/s per process, net of start-up"),
        ("every dev text once", f"{unique_chars:,} chars, {len(pieces)} files: {rate(unique_chars, unique_wall):,.0f} chars/s, net of start-up"),
        ("dense figure text", f"{dense_chars:,} chars in one article: {rate(dense_chars, dense_wall):,.0f} chars/s, net of start-up; "
                              f"{dense_rss / 1024:.0f} MiB peak RSS"),
        ("cold start, seed page", f"{cold:.2f} s (median of {options.runs} new processes)"),
        ("peak RSS", f"{one_rss / 1024:.0f} MiB on {options.mb:g} MB; {large_rss / 1024:.0f} MiB on {options.mb * 10:g} MB "
                     f"({large_files} files, {large_chars:,} chars): x{large_rss / one_rss:.2f}"),
        ("the 10x corpus as one file", f"{single_rss / 1024:.0f} MiB peak RSS, {single_wall:.0f} s ({single_mb:.0f} MB file)"),
        ("--jobs 2 vs --jobs 1", f"{two_wall:.1f} s vs {one_wall:.1f} s: x{one_wall / two_wall:.2f} speed-up"),
    ]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main()
