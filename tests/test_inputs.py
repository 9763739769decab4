"""Bad input gets a clear error and loses nothing: encodings, binaries, odd paths, odd text."""

import gzip
import json
import os

import pytest
from click.testing import CliRunner

from factx import extract_text, inputs, pipeline
from factx.cli import main
from factx.inputs import InputError, decode, expand, open_stream
from factx.pipeline import extract_blocks

from .conftest import SEED

PAGE = "本报讯 今年1-8月，科学城战略性新兴企业产值达1373.3亿元。重庆大学参与。"


def run(*args, input=None):
    return CliRunner().invoke(main, ["extract", *args], input=input)


def records(result):
    return [r for line in result.stdout.splitlines() for r in json.loads(line)["records"]]


@pytest.mark.parametrize(
    "data,encoding",
    [
        (PAGE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + PAGE.encode("utf-8"), "utf-8-sig"),
        (PAGE.encode("gbk"), "gb18030"),
        ((PAGE + "𠀀䶮").encode("gb18030"), "gb18030"),
        (PAGE.encode("utf-16"), "utf-16"),
        (PAGE.encode("utf-32"), "utf-32"),
    ],
    ids=["utf8", "utf8-bom", "gbk", "gb18030-rare", "utf16-bom", "utf32-bom"],
)
def test_encodings_are_detected(tmp_path, data, encoding):
    document = decode("page.txt", data)
    assert not isinstance(document, InputError)
    assert document.encoding == encoding
    assert document.text.lstrip("\ufeff").startswith("本报讯")
    path = tmp_path / "page.txt"
    path.write_bytes(data)
    result = run(str(path))
    assert result.exit_code == 0
    assert any(r["type"] == "metric" and r["value"] == 137330000000 for r in records(result))


def test_invalid_bytes_in_the_middle_are_replaced_and_reported(tmp_path):
    path = tmp_path / "page.txt"
    path.write_bytes(PAGE.encode() + b"\xff\xfe\xfa" + PAGE.encode())
    result = run(str(path))
    assert result.exit_code == 0
    assert "undecodable byte" in result.stderr
    assert len([r for r in records(result) if r["type"] == "metric"]) == 2


def test_mixed_encodings_decode_what_can_be_decoded(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes(PAGE.encode("utf-8") * 20 + "产值达5亿元。".encode("gbk"))
    result = run(str(path))
    assert result.exit_code == 0 and "warning" in result.stderr
    assert records(result)


# Files that are neither UTF-8 nor GB18030 throughout: (bytes, what the warning says, a figure that
# must still be read)
NEARLY_TEXT = [
    ((PAGE * 3).encode("gbk")[:40] + b"\x80\xff" + (PAGE * 3).encode("gbk")[40:], "undecodable byte", 137330000000),
    (PAGE.encode("utf-8") + b"\n" + "全市新增企业300家。".encode("gbk") + b"\n" + PAGE.encode("utf-8"), "utf-8 with lines in gb18030", 300),
    ((PAGE * 3).encode("gbk") + b"\n" + "全市新增企业300家。".encode("utf-8") + b"\n", "gb18030 with lines in utf-8", 300),
    (PAGE.encode("utf-8") + b"\xed\xa0\x80" + PAGE.encode("utf-8"), "undecodable byte", 137330000000),
]


@pytest.mark.parametrize("data,warning,value", NEARLY_TEXT, ids=["gbk-stray-byte", "utf8-with-a-gbk-line", "gbk-with-a-utf8-line", "lone-surrogate"])
def test_one_bad_byte_or_line_does_not_drop_the_file(tmp_path, data, warning, value):
    path = tmp_path / "page.txt"
    path.write_bytes(data)
    result = run(str(path))
    assert result.exit_code == 0 and warning in result.stderr, result.stderr
    assert any(r["type"] == "metric" and r["value"] == value for r in records(result))


BIG5_PAGE = "本報訊 今年1-8月，全市產值達1373.3億元，增長百分之八十。這是臺灣的新聞報導，經濟發展很快，民眾生活水準不斷提高。"


def test_big5_is_detected_said_and_read(tmp_path):
    path = tmp_path / "big5.txt"
    path.write_bytes(BIG5_PAGE.encode("big5"))
    result = run(str(path))
    assert result.exit_code == 0 and "read as Big5" in result.stderr
    article = json.loads(result.stdout.splitlines()[0])
    assert article["text"] == BIG5_PAGE
    assert any(r["type"] == "metric" and r["raw"] == "1373.3億元" for r in article["records"])


@pytest.mark.parametrize("text", [PAGE, "本报讯 台湾地区今年经济增长3%，两岸交流更加密切。" * 3, "重庆市统计局发布数据：全市生产总值增长6.3%。"])
def test_gbk_text_is_not_taken_for_big5(text):
    document = decode("page.txt", text.encode("gbk"))
    assert not isinstance(document, InputError) and document.encoding == "gb18030" and document.text == text


def test_undecodable_file_is_reported_and_skipped(tmp_path):
    bad, good = tmp_path / "bad.txt", tmp_path / "good.txt"
    bad.write_bytes(bytes(range(128, 256)) * 50)
    good.write_text(PAGE, encoding="utf-8")
    result = run(str(bad), str(good))
    assert result.exit_code == 1
    assert "bad.txt" in result.stderr and "--encoding" in result.stderr
    assert len(result.stdout.splitlines()) == 1


@pytest.mark.parametrize(
    "name,data,reason",
    [
        ("image.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG image"),
        ("archive.txt", gzip.compress(PAGE.encode()), "gzip archive"),
        ("nul.txt", b"\x00\x01\x02\x00" * 100, "NUL bytes"),
    ],
)
def test_binary_files_are_skipped_with_a_reason(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    result = run(str(path))
    assert result.exit_code == 1
    assert reason in result.stderr
    assert result.stdout == ""


def test_binary_met_in_a_directory_walk_with_a_txt_glob_is_not_read(tmp_path):
    (tmp_path / "a.png").write_bytes(b"\x89PNG" + bytes(10))
    (tmp_path / "b.txt").write_text(PAGE, encoding="utf-8")
    result = run(str(tmp_path))
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 1


@pytest.mark.parametrize("content", ["", "   \n\t\n\u3000", "字", "x"], ids=["empty", "whitespace", "one-char", "one-latin"])
def test_tiny_files(tmp_path, content):
    path = tmp_path / "tiny.txt"
    path.write_text(content, encoding="utf-8")
    result = run(str(path))
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == (1 if content.strip() else 0)
    # An input with nothing on stdout is still accounted for, as a warning.
    assert ("no text to extract" in result.stderr) == (not content.strip())
    assert "no text to extract" not in run("-q", str(path)).stderr


def test_paths_dangling_symlink_loop_missing_and_duplicates(tmp_path):
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    os.symlink(tmp_path / "nowhere.txt", tmp_path / "dangling.txt")
    os.symlink(tmp_path, tmp_path / "loop")
    items = list(expand((str(tmp_path), str(tmp_path / "a.txt"), str(tmp_path / "missing.txt"))))
    files = [item for item in items if not isinstance(item, InputError)]
    errors = [item.error for item in items if isinstance(item, InputError)]
    assert [name for name, _ in files] == [str(tmp_path / "a.txt")]
    assert sorted(errors) == ["dangling_symlink", "not_found"]


def test_a_directory_is_walked_in_sorted_order(tmp_path):
    for name in ("b.txt", "a.txt", "sub/c.txt"):
        path = tmp_path / name
        path.parent.mkdir(exist_ok=True)
        path.write_text(PAGE, encoding="utf-8")
    sources = [json.loads(line)["source"] for line in run(str(tmp_path)).stdout.splitlines()]
    assert sources == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(tmp_path / "sub" / "c.txt")]


TEXT_SHAPES = {
    "english": "The company invested 300 million dollars in 2020. Revenue grew 5%.",
    "traditional": "本報訊 今年1-8月，科學城產值達1373.3億元，增長百分之八十。",
    "numbers-only": "1 2 3 4 5 6 7 8 9 10 3.14 2020 1,000,000",
    "many-yi": "亿" * 10000,
    "brackets": "（" * 500 + "产值达5亿元" + "）" * 500,
    "emoji-combining": "产值达5亿元😀。e\u0301\u0301重庆大学👍🏽",
    "controls": "产值\x01达5亿\x07元。\x1b[31m重庆大学",
    "nul": "产值达5亿元\x00。重庆大学\x00",
    "long-line": "科学城产值达1373.3亿元，" * 40000,
}


@pytest.mark.parametrize("name", sorted(TEXT_SHAPES))
def test_text_shapes_never_crash_and_spans_hold(name):
    for article in extract_text(TEXT_SHAPES[name]):
        for record in article.records:
            spans = record.spans if record.type == "organization" else [record.span]
            for start, end in spans:
                assert 0 <= start < end <= len(article.text)


def small_streams(monkeypatch):
    """Stream every file over 10 kB, in 4 kB blocks and chunks of two or three seed pages."""
    monkeypatch.setattr(inputs, "STREAM_BYTES", 10_000)
    monkeypatch.setattr(inputs, "BLOCK_BYTES", 4096)
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 20_000)


def test_a_large_file_streamed_gives_the_same_output_as_read_whole(tmp_path, monkeypatch):
    path = tmp_path / "archive.txt"
    path.write_text("\n\n".join([SEED.read_text(encoding="utf-8")] * 6), encoding="utf-8")
    whole = run("--ref-date", "2020-10-14", str(path))
    small_streams(monkeypatch)
    streamed = run("--ref-date", "2020-10-14", "-v", str(path))
    assert whole.exit_code == streamed.exit_code == 0
    assert streamed.stdout == whole.stdout
    assert len(streamed.stdout.splitlines()) == 42
    assert "1 file, 42 articles" in streamed.stderr


def test_a_large_gbk_file_with_bad_bytes_streams_and_reports_them(tmp_path, monkeypatch):
    small_streams(monkeypatch)
    path = tmp_path / "archive.txt"
    page = (PAGE + "\n\n").encode("gbk")
    path.write_bytes(page * 100 + b"\xff\xff" + page * 100)
    result = run(str(path))
    assert result.exit_code == 0
    assert "undecodable byte" in result.stderr
    assert len([r for r in records(result) if r["type"] == "metric" and r["value"] == 137330000000]) == 200


def test_streaming_reads_no_further_than_the_next_article_needs(monkeypatch):
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 5000)
    consumed = []

    def blocks():
        for index in range(1000):
            consumed.append(index)
            yield "本报讯 科学城产值达1373.3亿元。\n\n" * 20

    first = next(extract_blocks(blocks(), "2020-10-14"))
    assert first.records and len(consumed) <= 20


@pytest.mark.parametrize("encoding,codec", [("utf-8", "utf-8"), ("gbk", "gb18030"), ("utf-16", "utf-16")])
def test_streamed_encoding_is_judged_on_whole_characters(tmp_path, monkeypatch, encoding, codec):
    # Blocks of 4096 bytes end inside a character: 4096 is no multiple of these lines' sizes.
    monkeypatch.setattr(inputs, "BLOCK_BYTES", 4096)
    text = ("科学城产值达亿元" * 4 + "\n") * 500
    path = tmp_path / "archive.txt"
    path.write_bytes(text.encode(encoding))
    stream = open_stream("archive.txt", path)
    assert not isinstance(stream, InputError)
    assert stream.encoding == codec
    assert "".join(stream.blocks) == text
    assert stream.warnings == []


def test_a_large_binary_file_is_reported_not_streamed(tmp_path, monkeypatch):
    small_streams(monkeypatch)
    path = tmp_path / "archive.txt"
    path.write_bytes(gzip.compress(os.urandom(50_000)))
    result = run(str(path))
    assert result.exit_code == 1 and "gzip" in result.stderr


def test_a_one_megabyte_line_gives_bounded_output(tmp_path):
    # Every figure carries its sentence as evidence: a line with no full stop must not
    # make each of its 40,000 figures carry the whole line (that once took 24 GB).
    path = tmp_path / "line.txt"
    path.write_text("科学城产值达1373.3亿元，" * 40000, encoding="utf-8")
    assert path.stat().st_size > 1_000_000
    result = run("--no-text", str(path))
    assert result.exit_code == 0
    found = [r for r in records(result) if r["type"] == "metric"]
    assert len(found) >= 39_000
    assert max(len(r["evidence"]) for r in found) <= 1000
    assert len(result.stdout) < 60 * 1_000_000  # linear in the line, not its square (4e11)


def test_a_read_that_breaks_off_keeps_what_came_before_and_fails(monkeypatch):
    class Failing:
        def __init__(self):
            self.blocks = [(PAGE + "\n\n").encode() * 10]

        def read(self, _size):
            if self.blocks:
                return self.blocks.pop()
            raise OSError(5, "Input/output error")

    stream = open_stream("-", None, stdin=Failing())
    assert "".join(stream.blocks) == (PAGE + "\n\n") * 10
    size = len(((PAGE + "\n\n") * 10).encode())
    assert stream.warnings == []
    assert [(e.error, e.detail) for e in stream.errors] == [
        ("unreadable", f"Input/output error after {size} bytes; what came before is printed")
    ]
