"""-o never harms what is already there: devices, symlinks, the inputs, file modes; -o - is stdout."""

import os
import stat
import subprocess
import sys

import pytest

from .conftest import ROOT

TEXT = "本报讯（记者 李明）全市产值达5亿元。\n"


def factx(*arguments, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "factx", *arguments], capture_output=True, cwd=cwd)


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "in.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_output_to_a_device_writes_through_it(source):
    done = factx("extract", "-o", os.devnull, str(source))
    assert done.returncode == 0, done.stderr
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_output_to_a_symlink_replaces_its_target_and_keeps_the_link(tmp_path, source):
    target, link = tmp_path / "target.jsonl", tmp_path / "link.jsonl"
    target.write_text("old\n")
    link.symlink_to(target)
    assert factx("extract", "-o", str(link), str(source)).returncode == 0
    assert link.is_symlink() and target.read_text().startswith('{"source"')


@pytest.mark.parametrize("named", ["same", "directory", "relative"])
def test_output_that_is_an_input_is_refused_and_the_input_kept(tmp_path, source, named):
    output = {"same": str(source), "directory": str(source), "relative": "in.txt"}[named]
    inputs = {"same": str(source), "directory": str(tmp_path), "relative": str(source)}[named]
    done = factx("extract", "-o", output, inputs, cwd=tmp_path)
    assert done.returncode == 2 and b"would be overwritten" in done.stderr
    assert source.read_text(encoding="utf-8") == TEXT


def test_output_gets_the_mode_a_plain_write_would(tmp_path, source):
    output = tmp_path / "out.jsonl"
    old = os.umask(0o022)
    try:
        assert factx("extract", "-o", str(output), str(source)).returncode == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(output.stat().st_mode) == 0o644


def test_output_dash_is_standard_output(tmp_path, source):
    done = factx("extract", "-o", "-", str(source), cwd=tmp_path)
    assert done.returncode == 0 and done.stdout.startswith(b'{"source"')
    assert not (tmp_path / "-").exists()
