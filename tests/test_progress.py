"""Progress on stderr, only where a person is watching: a bar on a terminal, nothing in a pipe."""

import fcntl
import json
import os
import pty
import select
import struct
import subprocess
import sys
import termios

import pytest

from factx.progress import Progress, choose

from .conftest import ROOT, SEED


def pages(tmp_path, count=6):
    folder = tmp_path / "pages"
    folder.mkdir()
    for index in range(count):
        (folder / f"{index}.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def run_with_terminal_stderr(arguments):
    """factx with stderr on a pseudo-terminal and stdout on a pipe: (stdout, what the terminal saw, exit code)."""
    leader, follower = pty.openpty()
    # A terminal has a size (a new pseudo-terminal reports 0 columns until told).
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    process = subprocess.Popen(
        [sys.executable, "-m", "factx", *arguments], stdout=subprocess.PIPE, stderr=follower, cwd=ROOT
    )
    os.close(follower)
    seen = b""
    stdout = process.stdout.read()
    while True:
        ready, _, _ = select.select([leader], [], [], 5)
        if not ready:
            break
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    process.wait(timeout=60)
    os.close(leader)
    return stdout, seen.decode("utf-8", "replace"), process.returncode


def test_a_terminal_sees_a_bar_and_stdout_stays_data(tmp_path):
    stdout, terminal, code = run_with_terminal_stderr(["extract", "--jobs", "1", "--ref-date", "2020-10-14", str(pages(tmp_path))])
    assert code == 0
    # tqdm's bar: a percentage and a bar, the unit, and the counts so far
    assert "%|" in terminal and "file" in terminal and "articles" in terminal and "records," in terminal
    lines = stdout.decode().splitlines()
    assert len(lines) == 6 * 7 and all(json.loads(line)["source"] for line in lines)
    assert b"\r" not in stdout and b"articles," not in stdout


def test_no_progress_on_a_terminal_shows_no_bar(tmp_path):
    _, terminal, code = run_with_terminal_stderr(["extract", "--no-progress", str(pages(tmp_path, 2))])
    # only the summary line (a terminal writes \r\n for \n)
    assert code == 0 and "%|" not in terminal and terminal.strip().startswith("factx: 2 files")


def test_a_pipe_gets_no_bar(tmp_path):
    done = subprocess.run([sys.executable, "-m", "factx", "extract", str(pages(tmp_path, 3))], capture_output=True, cwd=ROOT)
    assert done.returncode == 0 and done.stderr == b""


def test_lines_mode_writes_plain_lines_to_stderr(monkeypatch, capsys):
    monkeypatch.setattr("factx.progress.LINE_SECONDS", 0.0)
    meter = Progress("lines", total=2)
    meter.update("a.txt", 3, 10)
    meter.update("b.txt", 2, 5)
    meter.close()
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "factx: 1/2 inputs, 3 articles, 10 records" in captured.err
    assert "factx: 2/2 inputs, 5 articles, 15 records" in captured.err and "\r" not in captured.err


@pytest.mark.parametrize(
    "flag,quiet,terminal,mode",
    [(None, False, True, "bar"), (None, True, True, "off"), (None, False, False, "off"), (True, False, False, "lines"),
     (True, True, True, "bar"), (False, False, True, "off")],
)
def test_the_mode_follows_the_flags_and_the_terminal(flag, quiet, terminal, mode):
    class Stream:
        def isatty(self):
            return terminal

    assert choose(flag, quiet, Stream()) == mode


def test_progress_into_a_log_never_redraws(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "factx", "extract", "--progress", str(pages(tmp_path, 2))], capture_output=True, cwd=ROOT
    )
    assert done.returncode == 0 and b"\r" not in done.stderr and b"\x1b[" not in done.stderr
