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
# The first bytes of a file that judge between GB18030 and Big5.
ENCODING_SAMPLE = 64 * 1024
# Text read as GB18030 is text if this share of its non-ASCII characters is GB2312's (common ones).
MIN_COMMON_SHARE = 0.8
# Big5's level-1 characters (the common ones) have lead bytes 0xA4 to 0xC6.
BIG5_COMMON = range(0xA4, 0xC7)
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
    try:
        return Document(name, data.decode("utf-8"), "utf-8", path)
    except UnicodeDecodeError:
        pass
    if _big5_reads_better(data[:ENCODING_SAMPLE]):
        try:
            note = InputError(name, "encoding", "read as Big5 (traditional Chinese); name another with --encoding")
            return Document(name, data.decode("big5"), "big5", path, [note])
        except UnicodeDecodeError:
            pass
    try:
        return Document(name, data.decode("gb18030"), "gb18030", path)
    except UnicodeDecodeError:
        pass
    return _line_by_line(name, data, path)


def _line_by_line(name: str, data: bytes, path: Path | None) -> Document | InputError:
    """A file that is neither UTF-8 nor GB18030 throughout: a stray byte, or lines of both (a
    GBK line pasted into a UTF-8 file). A line valid as UTF-8 is UTF-8 (GBK bytes almost never
    are, while UTF-8 bytes often pass for GB18030), else GB18030 if valid, else whichever leaves
    fewer bytes unread, as U+FFFD. The file counts as text only if the bytes left unread are few
    and, read as GB18030, it is mostly everyday characters (random bytes pass for GB18030 too)."""
    decoded, volume = [], {"utf-8": 0, "gb18030": 0}
    for line in data.split(b"\n"):
        codec = next((codec for codec in ("utf-8", "gb18030") if _valid(line, codec)), None)
        if codec is None:
            codec = min(("utf-8", "gb18030"), key=lambda codec: _unread(line.decode(codec, errors="replace")))
        decoded.append(line.decode(codec, errors="replace"))
        if not line.isascii():
            volume[codec] += len(line)
    text = "\n".join(decoded)
    replaced = _unread(text)
    main, other = sorted(volume, key=lambda codec: -volume[codec])
    implausible = main == "gb18030" and _common_share(text[:ENCODING_SAMPLE], "gb2312", None) < MIN_COMMON_SHARE
    if replaced > max(1, len(text) * MAX_REPLACED_SHARE) or implausible:
        return InputError(
            name, "undecodable", "neither UTF-8 nor GB18030/GBK; name the encoding with --encoding (`file FILE` may tell)"
        )
    warnings = []
    if volume[other]:
        warnings.append(InputError(name, "mixed_encodings", f"{main} with lines in {other}, each read in its own"))
    if replaced:
        warnings.append(InputError(name, "partly_undecodable", f"{replaced} undecodable byte sequence(s) read as U+FFFD"))
    return Document(name, text, main, path, warnings)


def _unread(text: str) -> int:
    return text.count("\ufffd")


def _valid(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def _big5_reads_better(sample: bytes) -> bool:
    """Whether bytes that GB18030 would take are Big5: read both ways, which gives the text of
    everyday characters? Simplified text read as GB18030 is nearly all GB2312 (the common
    simplified characters); Big5 text read as GB18030 is largely not, while read as Big5 it is
    nearly all Big5's level 1 (its common characters)."""
    cut = sample.rfind(b"\n") + 1 or len(sample)
    try:
        as_big5 = sample[:cut].decode("big5")
    except UnicodeDecodeError:
        return False
    as_gb = sample[:cut].decode("gb18030", errors="replace")
    return _common_share(as_big5, "big5", BIG5_COMMON) > _common_share(as_gb, "gb2312", None)


def _common_share(text: str, codec: str, lead_bytes: range | None) -> float:
    """Share of the non-ASCII characters that `codec` encodes (with a lead byte in `lead_bytes`)."""
    chars = [char for char in text if not char.isascii()]
    if not chars:
        return 0.0
    common = 0
    for char in chars:
        try:
            encoded = char.encode(codec)
        except UnicodeEncodeError:
            continue
        common += lead_bytes is None or encoded[0] in lead_bytes
    return common / len(chars)


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
    notes: list[InputError] = []
    if codec is None:
        # Judge the encoding on whole lines: a character cut in two at the end of the
        # sample would fail UTF-8 and GB18030 alike (neither uses 0x0A inside a character).
        probe = decode(name, sample[: sample.rfind(b"\n") + 1] or sample, path=path)
        if isinstance(probe, InputError):
            if close:
                handle.close()
            return probe
        codec = probe.encoding
        # What the sample says of the encoding chosen; its bad bytes are counted again below.
        notes = [warning for warning in probe.warnings if warning.error == "encoding"]
    warnings: list[InputError] = notes
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
