"""Reading inputs: expanding paths, detecting encodings, reporting what cannot be read.

Every path the user names is accounted for: it yields either a decoded
`Document` or an `InputError` that the CLI prints on stderr. Nothing here
raises for a bad file.
"""

from __future__ import annotations

import codecs
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Iterator

# Magic numbers of binary formats met in archive directories (images,
# compressed files, office documents, PDFs): reported as binary by name.
BINARY_MAGIC = {
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"\x1f\x8b": "gzip archive",
    b"PK\x03\x04": "zip archive or office document",
    b"%PDF": "PDF document",
    b"BZh": "bzip2 archive",
    b"\xfd7zXZ": "xz archive",
    b"7z\xbc\xaf": "7z archive",
    b"\x7fELF": "executable",
}
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Files above this size are decoded and extracted block by block, so memory does not grow with them.
STREAM_BYTES = 8 * 1024 * 1024
BLOCK_BYTES = 1024 * 1024
# A file whose undecodable bytes stay under this share is read with U+FFFD in
# their place (and reported); above it the file is not text in any encoding we know.
MAX_REPLACED_SHARE = 0.05


@dataclass(frozen=True)
class InputError:
    source: str
    error: str
    detail: str

    def as_dict(self) -> dict[str, str]:
        return {"source": self.source, "error": self.error, "detail": self.detail}


@dataclass
class Document:
    source: str
    text: str
    encoding: str
    path: Path | None = None
    warnings: list[InputError] = field(default_factory=list)


def expand(paths: tuple[str, ...], pattern: str = "*.txt") -> Iterator[tuple[str, Path | None] | InputError]:
    """Each input as (display name, path), `-` as (`-`, None); directories walked in sorted order.

    A file reached twice (named twice, or by a directory and by name) is read once.
    """
    seen: set[str] = set()
    for name in paths or ("-",):
        if name == "-":
            yield ("-", None)
            continue
        path = Path(name)
        if path.is_symlink() and not path.exists():
            yield InputError(name, "dangling_symlink", "the link points at nothing")
            continue
        if not path.exists():
            yield InputError(name, "not_found", "no such file or directory")
            continue
        if path.is_dir():
            found = False
            for item in _walk(path, pattern, seen):
                found = True
                yield item
            if not found:
                yield InputError(name, "no_match", f"no file in the directory matches --glob {pattern!r}")
            continue
        if _first_time(path, seen):
            yield (name, path)


def _walk(root: Path, pattern: str, seen: set[str]) -> Iterator[tuple[str, Path] | InputError]:
    visited: set[str] = set()
    for directory, subdirs, files in os.walk(root, followlinks=True, onerror=None):
        real = os.path.realpath(directory)
        if real in visited:  # a symlink loop; os.walk would follow it forever
            subdirs[:] = []
            continue
        visited.add(real)
        subdirs.sort()
        for filename in sorted(files):
            path = Path(directory) / filename
            if not path.match(pattern):
                continue
            display = str(path)
            if path.is_symlink() and not path.exists():
                yield InputError(display, "dangling_symlink", "the link points at nothing")
                continue
            if _first_time(path, seen):
                yield (display, path)


def _first_time(path: Path, seen: set[str]) -> bool:
    """Whether the file is reached for the first time (by any name), and remember it."""
    key = _identity(path)
    if key in seen:
        return False
    seen.add(key)
    return True


def _identity(path: Path) -> str:
    try:
        return os.path.realpath(path)
    except OSError:
        return str(path)


def read(name: str, path: Path, encoding: str | None = None) -> Document | InputError:
    """Read and decode one file; every failure comes back as an InputError."""
    try:
        if not path.is_file():
            return InputError(name, "not_a_file", "not a regular file")
        data = path.read_bytes()
    except OSError as error:
        return _read_error(name, error)
    return decode(name, data, encoding, path)


def _read_error(name: str, error: OSError) -> InputError:
    if isinstance(error, PermissionError):
        return InputError(name, "unreadable", "permission denied")
    if isinstance(error, IsADirectoryError):
        return InputError(name, "not_a_file", "is a directory")
    return InputError(name, "unreadable", error.strerror or str(error))


def decode(name: str, data: bytes, encoding: str | None = None, path: Path | None = None) -> Document | InputError:
    """UTF-8 (BOM or not), UTF-16/32 with a BOM, then GB18030 (a superset of GBK and GB2312)."""
    if encoding:
        try:
            return Document(name, data.decode(encoding), encoding, path)
        except (UnicodeDecodeError, LookupError) as error:
            return InputError(name, "undecodable", f"not valid {encoding}: {error}")
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return Document(name, data.decode(codec), codec, path)
            except UnicodeDecodeError:
                break
    for magic, kind in BINARY_MAGIC.items():
        if data.startswith(magic):
            return InputError(name, "binary", f"{kind}, not text")
    if b"\x00" in data[:4096] and data[:4096].count(b"\x00") > len(data[:4096]) // 10:
        return InputError(name, "binary", "NUL bytes: binary data or UTF-16 without a BOM (try --encoding utf-16)")
    for codec in ("utf-8", "gb18030"):
        try:
            return Document(name, data.decode(codec), codec, path)
        except UnicodeDecodeError:
            continue
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd")
    if replaced <= max(1, len(text) * MAX_REPLACED_SHARE):
        warning = InputError(name, "partly_undecodable", f"{replaced} undecodable byte sequence(s) read as U+FFFD")
        return Document(name, text, "utf-8", path, [warning])
    return InputError(
        name, "undecodable", "neither UTF-8 nor GB18030/GBK; name the encoding with --encoding (`file FILE` may tell)"
    )


@dataclass
class Stream:
    """Standard input or a large file, decoded block by block.

    `warnings` (undecodable bytes) and `errors` (a read that broke off part way) are
    complete once `blocks` is exhausted.
    """

    source: str
    encoding: str
    blocks: Iterator[str]
    warnings: list[InputError]
    errors: list[InputError]


def open_stream(name: str, path: Path | None, encoding: str | None = None, stdin: BinaryIO | None = None) -> Stream | InputError:
    """Detect the encoding on the first block, then decode the rest incrementally.

    `path` None reads standard input (or `stdin`).
    """
    try:
        handle = (stdin or sys.stdin.buffer) if path is None else path.open("rb")
    except OSError as error:
        return _read_error(name, error)
    close = path is not None
    try:
        sample = handle.read(BLOCK_BYTES)
    except OSError as error:
        if close:
            handle.close()
        return _read_error(name, error)
    codec = encoding or next((codec for bom, codec in BOMS if sample.startswith(bom)), None)
    if codec is None:
        # Judge the encoding on whole lines: a character cut in two at the end of the
        # sample would fail UTF-8 and GB18030 alike (neither uses 0x0A inside a character).
        probe = decode(name, sample[: sample.rfind(b"\n") + 1] or sample, path=path)
        if isinstance(probe, InputError):
            if close:
                handle.close()
            return probe
        codec = probe.encoding
    warnings: list[InputError] = []
    errors: list[InputError] = []
    return Stream(name, codec, _blocks(name, handle, sample, codec, warnings, errors, close), warnings, errors)


def _blocks(
    name: str, handle: BinaryIO, data: bytes, codec: str, warnings: list[InputError], errors: list[InputError], close: bool
) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder(codec)(errors="replace")
    replaced = read = 0
    try:
        while True:
            text = decoder.decode(data, final=not data)
            replaced += text.count("\ufffd")
            if text:
                yield text
            if not data:
                break
            read += len(data)
            data = handle.read(BLOCK_BYTES)
    except OSError as error:
        failure = _read_error(name, error)
        errors.append(InputError(name, failure.error, f"{failure.detail} after {read} bytes; what came before is printed"))
    finally:
        if close:
            handle.close()
    if replaced:
        warnings.append(InputError(name, "partly_undecodable", f"{replaced} undecodable byte sequence(s) read as U+FFFD"))


# Where the reader waits on a read that may never end by itself (a terminal on standard
# input): the one place a Ctrl-C is raised at once rather than checked for (cli._Interrupts).
WAITING_CODE = frozenset({open_stream.__code__, _blocks.__code__})
