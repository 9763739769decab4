"""Flat records, CSV, SQLite and the review page: one set of facts in every shape.

Each shape is checked against the article JSON of the same run, on the seed page and on a
directory of annotated texts (the project's own gold, plus the dev news where present).
"""

import csv
import io
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from decimal import Decimal

import pytest
from click.testing import CliRunner

from factx.cli import main
from factx.flat import COLUMNS, FlatRecord, cells
from factx.models import as_json
from factx.review import marked

from .conftest import ROOT, SEED, SHARED_DEV, load_jsonl

REF = ["--ref-date", "2020-10-14"]


def run(*args):
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def texts(tmp_path_factory):
    """The seed page and annotated texts, one file each: the directory the shapes are compared on."""
    folder = tmp_path_factory.mktemp("texts")
    (folder / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    documents = load_jsonl(ROOT / "tests" / "data" / "own_gold.jsonl")
    news = SHARED_DEV / "news.jsonl"
    if news.exists():
        documents += load_jsonl(news)
    for number, document in enumerate(documents):
        (folder / f"text{number:03}.txt").write_text(document["text"], encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def nested(texts):
    return [json.loads(line) for line in run("extract", *REF, str(texts)).stdout.splitlines()]


def flat_from_articles(articles):
    return [
        (article["source"], article["article"], number, record["type"])
        for article in articles
        for number, record in enumerate(article["records"], 1)
    ]


def test_flat_has_one_line_per_record_and_the_same_columns_for_every_type(texts, nested):
    rows = [json.loads(line) for line in run("extract", *REF, "--flat", str(texts)).stdout.splitlines()]
    assert [(row["source"], row["article"], row["record"], row["type"]) for row in rows] == flat_from_articles(nested)
    assert {tuple(row) for row in rows} == {COLUMNS}
    assert {row["type"] for row in rows} == {"metric", "organization", "date", "fund"}
    by_key = {(a["source"], a["article"]): a for a in nested}
    for row in rows:
        article = by_key[(row["source"], row["article"])]
        record = article["records"][row["record"] - 1]
        assert article["text"][row["span_start"] : row["span_end"]] == row["raw"]
        assert row["title"] == article["title"] and row["ref_date"] == article["ref_date"]
        for key in ("subject", "value", "value_max", "unit", "qualifier", "period", "evidence", "kind", "start", "end"):
            assert row[key] == record.get(key), key
        if record["type"] == "fund" and record["size"]:
            assert (row["size_value"], row["size_raw"]) == (record["size"]["value"], record["size"]["raw"])
        if record["type"] == "organization":
            assert row["spans"] == record["spans"]


def test_csv_rows_are_the_flat_records_with_a_bom_for_spreadsheets(texts):
    flat = [json.loads(line) for line in run("extract", *REF, "--flat", str(texts)).stdout.splitlines()]
    # Bytes: click's CliRunner turns CRLF into LF in .stdout.
    text = run("extract", *REF, "--format", "csv", str(texts)).stdout_bytes.decode("utf-8")
    assert text.startswith("\ufeffsource,article,") and "\r\n" in text
    table = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    assert len(table) == len(flat)
    for row, record in zip(table, flat):
        assert list(row) == list(COLUMNS)
        assert row["raw"] == record["raw"] and row["evidence"] == (record["evidence"] or "")
        assert json.loads(row["spans"]) == record["spans"]
        if record["value"] is not None:
            assert Decimal(row["value"]) == Decimal(str(record["value"]))
    no_bom = run("extract", *REF, "--format", "csv", "--no-bom", str(SEED)).stdout
    assert no_bom.startswith("source,article,")


def test_csv_of_no_records_is_a_header():
    result = CliRunner().invoke(main, ["extract", "--format", "csv", "--no-bom", "-"], input="没有数字的一句话。\n")
    assert result.stdout_bytes.decode("utf-8") == ",".join(COLUMNS) + "\r\n"


# Cells as a spreadsheet must read them: (value, cell)
CELLS = [
    (Decimal("1.3733E+11"), "137330000000"),
    (Decimal("0.50"), "0.5"),
    (Decimal("-1.25"), "-1.25"),
    (Decimal("1E+20"), "100000000000000000000"),
    (Decimal("7"), "7"),
    (Decimal("0.000012"), "0.000012"),
    (Decimal("2.40E+4"), "24000"),
    (Decimal("120.0"), "120"),
    (Decimal("-3E-3"), "-0.003"),
    (Decimal("1234.5678"), "1234.5678"),
]


@pytest.mark.parametrize("value,cell", CELLS, ids=[str(row[0]) for row in CELLS])
def test_csv_numbers_are_exact_and_positional(value, cell):
    row = FlatRecord(source="-", article=1, title=None, ref_date=None, record=1, type="metric", value=value,
                     raw="x", span_start=0, span_end=1, spans=[(0, 1)])
    assert cells(row)[COLUMNS.index("value")] == cell


def test_csv_quotes_commas_quotes_and_line_breaks():
    text = "公司称，“今年营收达5亿元”，\n增长20%。"
    result = CliRunner().invoke(main, ["extract", "--format", "csv", "--no-bom", "--types", "metric", "-"], input=text)
    rows = list(csv.reader(io.StringIO(result.stdout_bytes.decode("utf-8"), newline="")))
    assert rows[0] == list(COLUMNS) and len(rows) == 3
    assert all(len(row) == len(COLUMNS) for row in rows)
    assert "，" in rows[1][COLUMNS.index("evidence")] or "，" in rows[2][COLUMNS.index("evidence")]


def query(path, sql, *parameters):
    with sqlite3.connect(path) as connection:
        return connection.execute(sql, parameters).fetchall()


def test_database_holds_every_article_and_record_and_a_rerun_adds_nothing(tmp_path, texts, nested):
    db = tmp_path / "facts.db"
    first = CliRunner().invoke(main, ["extract", *REF, "-v", "--db", str(db), str(texts)])
    assert first.exit_code == 0 and first.stdout == ""
    flat = flat_from_articles(nested)
    assert query(db, "SELECT count(*) FROM records") == [(len(flat),)]
    assert query(db, "SELECT count(*) FROM articles") == [(len(nested),)]
    stored = query(db, "SELECT source, article, record, type FROM records ORDER BY source, article, record")
    assert stored == sorted(flat)
    flat_view = query(db, "SELECT * FROM flat ORDER BY source, article, record LIMIT 1")
    assert len(flat_view[0]) == len(COLUMNS)
    second = CliRunner().invoke(main, ["extract", *REF, "-v", "--db", str(db), str(texts)])
    files = len(list(texts.iterdir()))
    assert f"({files} unchanged in {db}, skipped)" in second.stderr and "0 articles" in second.stderr
    assert query(db, "SELECT count(*) FROM records") == [(len(flat),)]


def test_database_replaces_a_changed_source_and_redoes_all_under_other_settings(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("今年1-8月，全市产值达100亿元。", encoding="utf-8")
    (folder / "b.txt").write_text("去年全市新增企业300家。", encoding="utf-8")
    db = str(tmp_path / "facts.db")
    run("extract", *REF, "--db", db, str(folder))
    (folder / "a.txt").write_text("今年1-8月，全市产值达200亿元，增长5%。", encoding="utf-8")
    second = CliRunner().invoke(main, ["extract", *REF, "-v", "--db", db, str(folder)])
    assert "(1 unchanged" in second.stderr
    values = query(db, "SELECT raw FROM records WHERE type = 'metric' ORDER BY source, record")
    assert values == [("200亿元",), ("5%",), ("300家",)]
    third = CliRunner().invoke(main, ["extract", "--ref-date", "2021-01-01", "-v", "--db", db, str(folder)])
    assert "unchanged" not in third.stderr
    assert query(db, "SELECT DISTINCT ref_date FROM articles") == [("2021-01-01",)]


def test_a_database_an_older_factx_wrote_gets_the_new_columns_and_is_extracted_again(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("美国累计确诊病例超过3328万例，死亡病例超过59.5万例。", encoding="utf-8")
    db = str(tmp_path / "facts.db")
    run("extract", *REF, "--db", db, str(folder))
    with sqlite3.connect(db) as connection:  # the database as factx wrote it before metrics had a place
        connection.executescript("DROP VIEW flat; ALTER TABLE records DROP COLUMN place;")
    second = CliRunner().invoke(main, ["extract", *REF, "-v", "--db", db, str(folder)])
    assert second.exit_code == 0 and "unchanged" not in second.stderr
    assert query(db, "SELECT raw, place FROM flat WHERE type = 'metric' ORDER BY record") == [("超过3328万例", "美国"), ("超过59.5万例", "美国")]
    third = CliRunner().invoke(main, ["extract", *REF, "-v", "--db", db, str(folder)])
    assert "(1 unchanged" in third.stderr


def test_database_records_a_failed_input_and_retries_it(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("全市新增企业300家。", encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    db = str(tmp_path / "facts.db")
    first = CliRunner().invoke(main, ["extract", "-v", "--db", db, str(folder)])
    assert first.exit_code == 1
    assert query(db, "SELECT source, sha256 IS NULL, error IS NOT NULL FROM sources ORDER BY source") == [
        (str(folder / "bad.txt"), 1, 1),
        (str(folder / "good.txt"), 0, 0),
    ]
    second = CliRunner().invoke(main, ["extract", "-v", "--db", db, str(folder)])
    assert second.exit_code == 1 and "(1 unchanged" in second.stderr


def test_an_interrupted_database_run_resumes_and_ends_with_what_one_run_gives(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    page = SEED.read_text(encoding="utf-8")
    for index in range(30):
        (folder / f"{index:02}.txt").write_text(page + f"\n本报讯 第{index}号文件新增企业{index + 1}家。\n", encoding="utf-8")
    db = tmp_path / "facts.db"
    command = [sys.executable, "-m", "factx", "extract", *REF, "--jobs", "1", "--db", str(db), str(folder)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        time.sleep(0.2)
        try:
            if query(db, "SELECT count(*) FROM sources")[0][0] >= 3:
                break
        except sqlite3.Error:
            continue
    os.killpg(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130 and b"next run goes on" in stderr, stderr.decode()
    done = query(db, "SELECT count(*) FROM sources")[0][0]
    assert 3 <= done < 30
    # Every stored input is whole: its article count matches its articles.
    assert query(db, "SELECT count(*) FROM sources s WHERE articles != (SELECT count(*) FROM articles a WHERE a.source = s.source)") == [(0,)]
    resumed = subprocess.run([*command, "-v"], capture_output=True, cwd=ROOT)
    assert f"({done} unchanged".encode() in resumed.stderr
    whole = tmp_path / "whole.db"
    subprocess.run([*command[:-3], "--db", str(whole), str(folder)], check=True, cwd=ROOT)
    table = "SELECT * FROM records ORDER BY source, article, record"
    assert query(db, table) == query(whole, table)


def test_sqlite_integers_hold_only_64_bits_so_larger_values_are_stored_as_real(tmp_path):
    db = str(tmp_path / "facts.db")
    result = CliRunner().invoke(main, ["extract", "--db", db, "-"], input="该项目投资达1000亿亿元。\n")
    assert result.exit_code == 0, result.output
    assert query(db, "SELECT value, typeof(value) FROM records WHERE type = 'metric'") == [(1e19, "real")]


def test_not_a_database_is_a_usage_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("not sqlite at all, just some text that is long enough " * 20, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--db", str(path), str(SEED)])
    assert result.exit_code == 2 and "--db" in result.output


# Options that mean nothing together: (arguments, what the message says)
COMBINATIONS = [
    (["--db", "x.db", "-o", "y.jsonl"], "--db writes the database only"),
    (["--db", "x.db", "--format", "json"], "--db writes the database only"),
    (["--db", "x.db", "--flat"], "--db writes the database only"),
    (["--bom"], "apply to --format csv only"),
    (["--format", "json", "--no-bom"], "apply to --format csv only"),
    (["--format", "html", "--flat"], "takes neither --flat nor --no-text"),
    (["--format", "html", "--no-text"], "takes neither --flat nor --no-text"),
]


@pytest.mark.parametrize("arguments,message", COMBINATIONS, ids=[" ".join(row[0]) for row in COMBINATIONS])
def test_options_that_mean_nothing_together_are_usage_errors(tmp_path, arguments, message):
    result = CliRunner().invoke(main, ["extract", *arguments, str(SEED)])
    assert result.exit_code == 2 and message in result.output
    assert not (ROOT / "x.db").exists()


def test_schema_of_the_flat_shape():
    result = run("schema", "--flat")
    schema = json.loads(result.stdout)
    assert list(schema["properties"]) == list(COLUMNS)


# Marks must nest whatever the spans: (text, spans per record, expected HTML without attributes)
MARKS = [
    ("abcdef", [[(1, 3)]], "a<m>bc</m>def"),
    ("abcdef", [[(0, 6)], [(2, 4)]], "<m>ab<m>cd</m>ef</m>"),
    ("abcdef", [[(0, 3)], [(2, 5)]], "<m>ab<m>c</m></m><m>de</m>f"),
    ("abcdef", [[(0, 2), (4, 6)]], "<m>ab</m>cd<m>ef</m>"),
    ("abcdef", [[(0, 2)], [(2, 4)]], "<m>ab</m><m>cd</m>ef"),
    ("abcdef", [[(1, 5)], [(1, 3)]], "a<m><m>bc</m>de</m>f"),
    ("abcdef", [[(1, 3)], [(1, 5)]], "a<m><m>bc</m>de</m>f"),
    ("abcdef", [[(0, 4)], [(1, 3)], [(2, 6)]], "<m>a<m>b<m>c</m></m><m>d</m></m><m>ef</m>"),
    ("a<b>&", [[(1, 4)]], "a<m>&lt;b&gt;</m>&amp;"),
    ("abc", [], "abc"),
]


@pytest.mark.parametrize("text,spans,expected", MARKS, ids=[str(row[1]) for row in MARKS])
def test_marks_nest_and_cover_each_span(text, spans, expected):
    rows = [
        as_json(FlatRecord(source="-", article=1, title=None, ref_date=None, record=number, type="metric", raw=text[slice(*parts[0])],
                   span_start=parts[0][0], span_end=parts[0][1], spans=parts))
        for number, parts in enumerate(spans, 1)
    ]
    page = marked(text, rows, "a1")
    assert re.sub(r"<mark[^>]*>", "<m>", page).replace("</mark>", "</m>") == expected


def test_review_page_escapes_the_input_and_stands_alone():
    text = "<script>alert(1)</script>本报讯 某公司今年营收达5亿元，“<b>”增长20%。"
    page = CliRunner().invoke(main, ["extract", "--format", "html", "-"], input=text).stdout
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page
    assert "http://" not in page and "https://" not in page and "src=" not in page
    assert page.count('data-type="metric"') >= 2 + 1  # two marks, and the filter's rows


def test_review_page_and_flat_rows_give_a_measures_owner():
    text = "宁远高速公路起于东岭镇，止于西河口，全长86公里。"
    page = CliRunner().invoke(main, ["extract", "--format", "html", "-"], input=text).stdout
    assert "subject: 全长; of: 宁远高速公路" in page
    rows = [json.loads(line) for line in CliRunner().invoke(main, ["extract", "--flat", "-"], input=text).stdout.splitlines()]
    assert [(row["subject"], row["owner"]) for row in rows if row["type"] == "metric"] == [("全长", "宁远高速公路")]
