"""Compiling factx's regular expressions, with what `regex` makes of them kept on disk.

`regex` parses and optimises a pattern in pure Python: factx's 150 module-level patterns
(the quantity grammar alone is 9,000 characters) cost 0.1 s of every start, a fifth of a
run on one page. What the parser produces is plain data (the pattern's flags, a list of
opcodes, its group names), handed to `regex`'s C core to build the pattern object. That
data is kept per machine in one marshal file in the temporary directory, as jieba keeps
its dictionary; a start then builds each pattern straight from it.

The C core trusts its opcodes (wrong ones crash the interpreter), so the data is only ever
replayed to the `regex` that produced it: the file is keyed on the `regex` release, its
core's MAGIC number and code size and Python's version, carries a SHA-256 digest of its
contents, and is used only if it belongs to the user running factx and no one else may
write it. Anything else (no cache, a damaged or foreign one, a `regex` whose compiler no
longer goes through `_regex.compile`) costs only the time of `regex.compile`.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

import regex
from regex import _regex as core

# Beyond this many entries (patterns of earlier factx versions), a save keeps only the
# patterns this process used.
MAX_ENTRIES = 1000

_CACHE = Path(tempfile.gettempdir()) / (
    f"factx-regex-{regex.__version__}-{core.MAGIC}-{core.CODE_SIZE}-{sys.version_info.major}.{sys.version_info.minor}.cache"
)
_lock = threading.Lock()
_state: dict[str, Any] = {"entries": None, "used": set(), "dirty": False}


def compile(pattern: str, flags: int = 0) -> regex.Pattern:  # noqa: A001 (regex.compile's name, on purpose)
    """`regex.compile(pattern, flags)`, from the per-machine cache where it can be."""
    key = (pattern, int(flags))
    with _lock:
        entries = _entries()
        _state["used"].add(key)
        arguments = entries.get(key)
        if arguments is not None:
            return core.compile(*arguments)
        compiled, arguments = _compile_capturing(pattern, flags)
        if arguments is not None:
            entries[key] = arguments
            _state["dirty"] = True
        return compiled


def _entries() -> dict[tuple[str, int], tuple]:
    entries = _state["entries"]
    if entries is None:
        entries = _state["entries"] = _load()
        atexit.register(_save)
    return entries


def _load() -> dict[tuple[str, int], tuple]:
    try:
        with _CACHE.open("rb") as handle:
            status = os.fstat(handle.fileno())
            # Another user's file, or one others may write, is not trusted. (Windows has no
            # owner ids here, and gives each user a temporary directory of their own.)
            if hasattr(os, "getuid") and (status.st_uid != os.getuid() or status.st_mode & 0o022):
                return {}
            digest, payload = marshal.loads(handle.read())
        if digest != hashlib.sha256(payload).digest():
            return {}
        entries = marshal.loads(payload)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


def _compile_capturing(pattern: str, flags: int) -> tuple[regex.Pattern, tuple | None]:
    """Compile with `regex`, catching the data its parser hands to the C core (None if it
    handed none: a `regex` that compiles some other way is simply not cached)."""
    captured: list[tuple] = []
    build = core.compile

    def capture(*arguments: Any) -> Any:
        captured.append(arguments)
        return build(*arguments)

    core.compile = capture
    try:
        compiled = regex.compile(pattern, flags, cache_pattern=False)
    finally:
        core.compile = build
    if len(captured) != 1:
        return compiled, None
    arguments = list(captured[0])
    arguments[1] = int(arguments[1])  # a RegexFlag: marshal takes plain ints
    try:
        marshal.dumps(arguments)
    except ValueError:
        return compiled, None
    return compiled, tuple(arguments)


def _save() -> None:
    with _lock:
        if not _state["dirty"]:
            return
        entries = _state["entries"]
        if len(entries) > MAX_ENTRIES:
            entries = {key: value for key, value in entries.items() if key in _state["used"]}
        try:
            handle, temporary = tempfile.mkstemp(dir=_CACHE.parent, prefix=_CACHE.name)
        except OSError:
            return  # no writable temporary directory: compile again next time
        try:
            payload = marshal.dumps(entries)
            with os.fdopen(handle, "wb") as out:
                marshal.dump((hashlib.sha256(payload).digest(), payload), out)
            os.replace(temporary, _CACHE)
            _state["dirty"] = False
        except OSError:
            Path(temporary).unlink(missing_ok=True)
