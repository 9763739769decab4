"""Output: articles as JSON Lines or one JSON array, streamed, to stdout or atomically to a file.

Numbers leave Decimal only here (through the models' serializer): whole
values print as integers. UTF-8 is written unescaped unless --ascii asks
otherwise; there is no BOM and every line ends in a newline.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import IO

from .models import Article


def dumps(article: Article, *, text: bool = True, ascii: bool = False) -> str:
    exclude = None if text else {"text"}
    if ascii:
        return json.dumps(article.model_dump(mode="json", exclude=exclude), ensure_ascii=True, separators=(",", ":"))
    return article.model_dump_json(exclude=exclude)


class Writer:
    """Writes serialized articles as JSON Lines or as a streamed array ('[]' when empty)."""

    def __init__(self, stream: IO[str], fmt: str = "jsonl") -> None:
        self.stream, self.fmt, self.count = stream, fmt, 0

    def write(self, line: str) -> None:
        if self.fmt == "json":
            self.stream.write(("[\n" if self.count == 0 else ",\n") + line)
        else:
            self.stream.write(line + "\n")
        self.count += 1
        self.stream.flush()

    def close(self) -> None:
        if self.fmt == "json":
            self.stream.write("[]\n" if self.count == 0 else "\n]\n")
        self.stream.flush()


class AtomicFile:
    """A file written beside its target and renamed over it only when complete.

    A symlink is followed (its target is replaced, the link stays a link); a target that is
    no regular file (/dev/null, a FIFO) is written through, since renaming over it would
    turn a device into a file. The file gets the mode a plain write would give it (the
    umask applied), not the 0600 of a temporary file.
    """

    def __init__(self, target: str) -> None:
        self.target = Path(os.path.realpath(target))
        self.committed = False
        if self.target.exists() and not self.target.is_file():
            self.temporary = None
            self.stream: IO[str] = open(self.target, "w", encoding="utf-8", newline="\n")
            return
        handle, self.temporary = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=".part", dir=self.target.parent)
        self.stream = os.fdopen(handle, "w", encoding="utf-8", newline="\n")

    def commit(self) -> None:
        self.stream.close()
        if self.temporary is not None:
            os.chmod(self.temporary, _plain_mode(self.target))
            os.replace(self.temporary, self.target)
        self.committed = True

    def discard(self) -> None:
        """Drop the partial file, unless it was committed; safe to call any number of times."""
        self.stream.close()
        if not self.committed and self.temporary is not None:
            Path(self.temporary).unlink(missing_ok=True)


def _plain_mode(target: Path) -> int:
    """The mode an existing file keeps, or the one open() would give a new file."""
    if target.exists():
        return target.stat().st_mode & 0o7777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask

