"""factx as a citizen of distributed engines: the plain-value API, one dictionary per worker
process, no state that breaks in a spawned worker, and examples/dask_extract.py giving what
`factx extract` gives, whatever the partitioning."""

import json
import multiprocessing
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

import factx
from factx.cli import main
from factx.extract import tokens

from .conftest import ROOT, SEED, load_jsonl

EXAMPLE = ROOT / "examples" / "dask_extract.py"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The seed page, the project's annotated texts, a subdirectory, and two bad inputs."""
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "nested").mkdir()
    for number, document in enumerate(load_jsonl(ROOT / "tests" / "data" / "own_gold.jsonl")):
        (folder / "nested" / f"own{number}.txt").write_text(document["text"], encoding="utf-8")
    (folder / "gbk.txt").write_bytes("本报讯 今年1-8月，全市新增企业300家。".encode("gb18030"))
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


def cli_lines(folder, *options):
    result = CliRunner().invoke(main, ["extract", "--ref-date", "2020-10-14", *options, str(folder)])
    return result.stdout.splitlines()


def by_article(lines):
    return sorted(lines, key=lambda line: (json.loads(line)["source"], json.loads(line)["article"]))


def test_extract_file_gives_the_lines_the_command_prints(corpus):
    import datetime as dt

    lines, errors = [], []
    for path in sorted(corpus.rglob("*.txt")):
        result = factx.extract_file(path, ref_date=dt.date(2020, 10, 14))
        assert result.source == str(path)
        lines += result.lines
        errors += result.errors
    assert by_article(lines) == by_article(cli_lines(corpus))
    assert {error["error"] for error in errors} >= {"binary", "empty"}


def test_extract_json_is_plain_values():
    articles = factx.extract_json(SEED.read_text(encoding="utf-8"), "2020-10-14", source="seed.txt")
    assert json.loads(json.dumps(articles)) == articles
    assert articles[0]["records"][0]["type"] in ("metric", "organization", "date", "fund")


def test_the_dictionary_is_loaded_once_per_process(monkeypatch):
    tokens.load_segmenter()
    calls = []
    monkeypatch.setattr(tokens, "_compiled_jieba", lambda: calls.append(1))
    for _ in range(3):
        factx.extract_json("本报讯 西部（重庆）科学城今年1-8月产值达1373.3亿元。")
    assert calls == []


def _in_a_spawned_process(text):
    return factx.extract_json(text, "2020-10-14")


def test_a_spawned_worker_gives_what_this_process_gives():
    text = SEED.read_text(encoding="utf-8")
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        spawned = pool.apply(_in_a_spawned_process, (text,))
    assert spawned == factx.extract_json(text, "2020-10-14")


dask = pytest.importorskip("dask", reason="needs the dask extra (pip install 'factx[dask]')")


def part_lines(folder):
    return [line for path in sorted(folder.glob("part-*.jsonl")) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("partitions", [1, 3, 7])
def test_dask_partitions_give_what_the_command_gives(corpus, tmp_path, partitions):
    sys.path.insert(0, str(EXAMPLE.parent))
    try:
        import dask_extract
    finally:
        sys.path.pop(0)
    import datetime as dt

    with dask.config.set(scheduler="synchronous"):
        totals = dask_extract.run(str(corpus), str(tmp_path), partitions=partitions, ref_date=dt.date(2020, 10, 14), pattern="*.txt")
    assert by_article(part_lines(tmp_path)) == by_article(cli_lines(corpus))
    assert len(list(tmp_path.glob("part-*.jsonl"))) == partitions
    assert totals["failed"] == 1 and totals["files"] == len(list(corpus.rglob("*.txt")))
    errors = [json.loads(line) for path in tmp_path.glob("errors-*.jsonl") for line in path.read_text(encoding="utf-8").splitlines()]
    assert {error["error"] for error in errors} == {"binary", "empty"}


@pytest.mark.skipif(shutil.which("python3") is None, reason="runs the example as a program")
def test_the_dask_example_on_a_local_cluster_of_two_workers(corpus, tmp_path):
    pytest.importorskip("distributed", reason="needs the dask extra (pip install 'factx[dask]')")
    out = tmp_path / "out"
    command = [sys.executable, str(EXAMPLE), str(corpus), str(out), "--workers", "2", "--ref-date", "2020-10-14"]
    result = subprocess.run(command, capture_output=True, cwd=ROOT, timeout=300)
    assert result.returncode == 1, result.stderr.decode()  # the binary input fails, as with factx extract
    assert b"2 workers" in result.stderr
    assert by_article(part_lines(out)) == by_article(cli_lines(corpus))


@pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs a Java runtime")
def test_the_spark_example_gives_what_the_command_gives(corpus, tmp_path):
    pytest.importorskip("pyspark", reason="needs pyspark (heavy: not among the test dependencies)")
    out = tmp_path / "out"
    command = [sys.executable, str(ROOT / "examples" / "spark_extract.py"), str(corpus), str(out),
               "--master", "local[2]", "--partitions", "3", "--ref-date", "2020-10-14"]
    result = subprocess.run(command, capture_output=True, cwd=ROOT, timeout=600)
    assert result.returncode == 1, result.stderr.decode()[-2000:]  # the binary input fails, as with factx extract
    lines = [line for path in sorted(out.glob("part-*")) for line in path.read_text(encoding="utf-8").splitlines()]
    assert by_article(lines) == by_article(cli_lines(corpus))
    errors = [json.loads(line) for path in (out / "errors").glob("part-*") for line in path.read_text(encoding="utf-8").splitlines()]
    assert {error["error"] for error in errors} == {"binary", "empty"}
