"""The per-machine cache of compiled patterns: a pattern built from it behaves as
regex.compile's, and a missing or damaged cache only costs the time of compiling."""

from __future__ import annotations

import marshal

import pytest
import regex

from factx import patterns

# (pattern, flags, texts): named groups, verbose comments, lookbehind, Unicode properties,
# a conditional, backward search, case folding and fuzzy matching are all in the parser's output.
CASES = [
    (r"(?x) (?P<value> \d+(?:\.\d+)? ) \s* (?P<unit> 亿元 | 万元 | 元 )  # money", 0, ["投资1373.3亿元", "约5 万元", "无"]),
    (r"(?<![0-9０-９.．第])(?P<m>1[0-2]|0?[1-9])月", 0, ["今年1-8月", "第3月", "12月下旬"]),
    (r"\p{Han}{2,4}(?:公司|大学)", 0, ["重庆大学和华为技术有限公司", "ABC公司"]),
    (r"(?P<q>“)?[^”]+(?(q)”)", 0, ["“十四五”规划", "规划"]),
    (r"\n", regex.REVERSE, ["一\n二\n三", "无"]),
    (r"(?i)factx|JSON", 0, ["FactX 输出 json", "无"]),
    (r"(?:科学城){e<=1}", 0, ["科学域", "科学城", "城"]),
    (r"[^。！？]*[。！？]", 0, ["第一句。第二句！", ""]),
    (r"(?<=[到至]\s*)\d+号", 0, ["10月1日至 5号", "5号"]),
    (r"^(?P<whole>[0-9]+)\s+(?P<num>[0-9]+)/(?P<den>[0-9]+)$", 0, ["4 6/3", "4/3"]),
]


def _outcome(pattern: regex.Pattern, texts: list[str]) -> list:
    return [
        (pattern.pattern, pattern.flags, pattern.groupindex, [(m.span(), m.groupdict(), m.groups()) for m in pattern.finditer(text)])
        for text in texts
    ]


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    cache = tmp_path / "patterns.cache"
    monkeypatch.setattr(patterns, "_CACHE", cache)

    def reset() -> None:
        monkeypatch.setattr(patterns, "_state", {"entries": None, "used": set(), "dirty": False})

    reset()
    return cache, reset


@pytest.mark.parametrize("pattern, flags, texts", CASES)
def test_a_pattern_built_from_the_cache_matches_as_compiled(fresh_cache, monkeypatch, pattern, flags, texts):
    cache, reset = fresh_cache
    expected = _outcome(regex.compile(pattern, flags), texts)
    assert _outcome(patterns.compile(pattern, flags), texts) == expected
    patterns._save()
    assert cache.exists()
    reset()

    def refuse(*args, **kwargs):
        raise AssertionError("compiled afresh: the cache was not used")

    monkeypatch.setattr(regex, "compile", refuse)
    assert _outcome(patterns.compile(pattern, flags), texts) == expected


def test_a_damaged_cache_costs_only_time(fresh_cache):
    cache, reset = fresh_cache
    pattern, flags, texts = CASES[0]
    cache.write_bytes(b"\x00not marshal data")
    assert _outcome(patterns.compile(pattern, flags), texts) == _outcome(regex.compile(pattern, flags), texts)
    patterns._save()
    reset()
    assert patterns._entries()  # the damaged file was replaced by a good one


def test_a_changed_cache_is_not_replayed(fresh_cache):
    """Opcodes the core did not produce would crash it: a file whose digest does not match
    its contents is ignored."""
    cache, reset = fresh_cache
    pattern, flags, texts = CASES[1]
    patterns.compile(pattern, flags)
    patterns._save()
    digest, payload = marshal.loads(cache.read_bytes())
    entries = marshal.loads(payload)
    arguments = list(entries[(pattern, flags)])
    arguments[2] = [999_999]  # an opcode no core knows
    entries[(pattern, flags)] = tuple(arguments)
    cache.write_bytes(marshal.dumps((digest, marshal.dumps(entries))))
    reset()
    assert patterns._entries() == {}
    assert _outcome(patterns.compile(pattern, flags), texts) == _outcome(regex.compile(pattern, flags), texts)


def test_a_cache_others_may_write_is_not_used(fresh_cache):
    cache, reset = fresh_cache
    patterns.compile(*CASES[0][:2])
    patterns._save()
    reset()
    assert patterns._entries()
    cache.chmod(0o666)
    reset()
    assert patterns._entries() == {}


def test_an_unwritable_directory_is_no_error(fresh_cache, monkeypatch, tmp_path):
    monkeypatch.setattr(patterns, "_CACHE", tmp_path / "missing" / "patterns.cache")
    patterns.compile(*CASES[2][:2])
    patterns._save()
    assert patterns._state["dirty"]  # nothing written; the next process compiles again


def test_factx_patterns_come_from_the_cache_after_the_first_run(tmp_path):
    """A new process with the cache in place builds every module-level pattern from it."""
    import subprocess
    import sys

    script = (
        "import factx.cli, factx.patterns as p; "
        "print(len(p._state['used']), p._state['dirty'])"
    )
    environment = {"TMPDIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    first = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=environment, check=True)
    second = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=environment, check=True)
    used, dirty = first.stdout.split()
    assert int(used) > 100 and dirty == "True"
    assert second.stdout.split() == [used, "False"]
