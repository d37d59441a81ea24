"""Reading a bundle's zip without trusting it: every size is capped before anything is decompressed, members
are streamed to a private temporary folder while their SHA-256 is computed, and a row is parsed only from a
member whose hash matched the signed manifest.

Limits, checked in this order (any breach refuses the whole bundle in one line):

* the file itself: at most ``MAX_FILE_BYTES``; a plain (not ZIP64) archive whose central directory is at most
  ``MAX_DIRECTORY_BYTES``, so a forged directory cannot describe millions of members;
* the members: exactly the expected names, each once, none encrypted, stored or deflated only (bzip2 and LZMA
  expand by a factor of millions), each at most ``MAX_MEMBER_BYTES`` and all together at most
  ``MAX_TOTAL_BYTES`` uncompressed, and none above ``MAX_RATIO`` times its compressed size;
* while streaming: the bytes actually produced are counted against the same limits (zipfile also stops at the
  declared size and checks the CRC, so a directory that lies about sizes fails there);
* each row: one line of at most ``MAX_LINE_BYTES``, a flat JSON object of at most ``MAX_FIELDS`` fields
  (checked on the text before parsing, so ``[[[…`` or a million keys cannot inflate in memory), and at most
  ``MAX_ROWS`` rows in the whole bundle; rows are read one at a time, never a whole member at once.
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from itertools import chain
from pathlib import Path
from typing import Any

from workstation.core.errors import Problem, WorkstationError
from workstation.core.exchange.fields import bad_row

MiB = 1024 * 1024
MAX_FILE_BYTES = 1024 * MiB
MAX_DIRECTORY_BYTES = 1 * MiB
MAX_MEMBER_BYTES = 256 * MiB
MAX_TOTAL_BYTES = 1024 * MiB
MAX_RATIO = 200  # JSON Lines of real records deflate 5-20:1; a bomb needs hundreds or thousands
RATIO_FLOOR = 1 * MiB  # small members are exempt from the ratio (an empty table compresses "infinitely")
MAX_LINE_BYTES = 16 * MiB
MAX_FIELDS = 64
MAX_ROWS = 1_000_000
CHUNK = 1 * MiB
ALLOWED_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
# What zipfile and zlib raise on a damaged archive, besides BadZipFile.
DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, RuntimeError,
           struct.error, OverflowError, KeyError, IndexError)

_END_OF_DIRECTORY = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')


def unreadable(reason: str) -> WorkstationError:
    return WorkstationError("bundle.unreadable", reason=reason)


def shown(name: str) -> str:
    """A member name as a one-line message may show it (a name can hold newlines or control characters)."""
    return ascii(name[:80])


def _check_directory(path: Path) -> None:
    """The end-of-directory record, read before zipfile builds its list: no ZIP64, a small directory."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise unreadable(f"the file is larger than {MAX_FILE_BYTES // MiB} MiB")
    with open(path, "rb") as handle:
        tail_start = max(0, size - (65535 + 22 + 20))
        handle.seek(tail_start)
        tail = handle.read()
    at = tail.rfind(_END_OF_DIRECTORY)
    if at < 0 or len(tail) - at < 22:
        raise unreadable("not a zip file (no end of central directory)")
    _sig, disk, _start, entries_here, entries, directory_bytes, offset, _comment = struct.unpack(
        "<4sHHHHIIH", tail[at:at + 22])
    if (at >= 20 and tail[at - 20:at - 16] == _ZIP64_LOCATOR) or 0xFFFF in (entries, entries_here) \
            or 0xFFFFFFFF in (directory_bytes, offset):
        raise unreadable("ZIP64 archives are not bundles")
    if disk != 0 or entries != entries_here:
        raise unreadable("multi-part archives are not bundles")
    if directory_bytes > MAX_DIRECTORY_BYTES:
        raise unreadable("the zip directory is implausibly large")


def _safe_name(name: str) -> bool:
    parts = name.split("/")
    return (bool(name) and not name.startswith("/") and "\\" not in name and ":" not in name
            and not any(part in ("", ".", "..") for part in parts) and name.isprintable())


class Archive:
    """A bundle's zip, opened and checked against ``expected`` (the member names the format has)."""

    def __init__(self, path: str | Path, expected: frozenset[str]) -> None:
        path = Path(path)
        try:
            _check_directory(path)
            self.zip = zipfile.ZipFile(path)
        except WorkstationError:
            raise
        except DAMAGED as exc:
            raise unreadable(f"not a readable zip file ({_reason(exc)})") from exc
        try:
            self.members = self._check_members(expected)
        except BaseException:
            self.zip.close()
            raise
        self.produced = 0
        self.temp: tempfile.TemporaryDirectory | None = None

    def _check_members(self, expected: frozenset[str]) -> dict[str, zipfile.ZipInfo]:
        members: dict[str, zipfile.ZipInfo] = {}
        declared = 0
        for info in self.zip.infolist():
            name = info.filename
            if not _safe_name(name):
                raise unreadable(f"unsafe member name {shown(name)}")
            if name in members:
                raise unreadable(f"member {shown(name)} appears twice")
            if name not in expected:
                raise unreadable(f"unexpected member {shown(name)}")
            if info.flag_bits & 0x1:
                raise unreadable(f"member {shown(name)} is encrypted")
            if info.compress_type not in ALLOWED_METHODS:
                raise unreadable(f"member {shown(name)} uses a compression method bundles do not use")
            if info.file_size > MAX_MEMBER_BYTES:
                raise unreadable(f"member {shown(name)} is larger than {MAX_MEMBER_BYTES // MiB} MiB")
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise unreadable(f"member {shown(name)} expands {info.file_size // max(info.compress_size, 1)} "
                                 f"times (a zip bomb?)")
            declared += info.file_size
            if declared > MAX_TOTAL_BYTES:
                raise unreadable(f"the members add up to more than {MAX_TOTAL_BYTES // MiB} MiB")
            members[name] = info
        missing = sorted(expected - set(members))
        if missing:
            raise unreadable(f"{missing[0]} is missing")
        return members

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.zip.close()
        if self.temp is not None:
            self.temp.cleanup()
            self.temp = None

    def _chunks(self, name: str, limit: int) -> Iterator[bytes]:
        info = self.members[name]
        count = 0
        try:
            with self.zip.open(info) as stream:
                while True:
                    chunk = stream.read(CHUNK)
                    if not chunk:
                        break
                    count += len(chunk)
                    self.produced += len(chunk)
                    if count > min(limit, info.file_size) or self.produced > MAX_TOTAL_BYTES:
                        raise unreadable(f"member {shown(name)} is larger than it claims")
                    yield chunk
        except WorkstationError:
            raise
        except DAMAGED as exc:
            raise unreadable(f"member {shown(name)} is damaged ({_reason(exc)})") from exc

    def read_small(self, name: str, limit: int) -> bytes:
        """A small member (the manifest, the signature) in memory."""
        if self.members[name].file_size > limit:
            raise unreadable(f"member {shown(name)} is larger than {limit} bytes")
        return b"".join(self._chunks(name, limit))

    def extract(self, name: str, sha256: str) -> Path:
        """Stream a member to the private temporary folder, hashing as it goes; refuse it (deleted) unless its
        SHA-256 is ``sha256``. Only then may it be parsed (``rows``)."""
        if self.temp is None:
            self.temp = tempfile.TemporaryDirectory(prefix="workstation-bundle-", ignore_cleanup_errors=True)
        target = Path(self.temp.name) / hashlib.sha256(name.encode("utf-8")).hexdigest()
        digest = hashlib.sha256()
        try:
            with open(target, "wb") as out:
                for chunk in self._chunks(name, MAX_MEMBER_BYTES):
                    digest.update(chunk)
                    out.write(chunk)
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        if digest.hexdigest() != sha256:
            target.unlink(missing_ok=True)
            raise WorkstationError("bundle.tampered", count=1, first=Problem("check.bundle_member", name=name))
        return target


def _reason(exc: BaseException) -> str:
    return (str(exc) or type(exc).__name__).splitlines()[0][:160]


def _flat(text: str) -> bool:
    """Whether a line is one JSON object of at most ``MAX_FIELDS`` scalar fields, judged on the characters
    outside its strings, one string at a time, stopping at the first excess: nothing is built per token, so
    neither ``[[[…`` nor a million keys costs memory."""
    if not text.lstrip().startswith("{"):
        return False
    opens = closes = separators = 0
    position = 0
    for match in chain(_STRING.finditer(text), (None,)):
        segment = text[position:match.start() if match else len(text)]
        if "[" in segment or "]" in segment:
            return False
        opens, closes = opens + segment.count("{"), closes + segment.count("}")
        separators += segment.count(":") + segment.count(",")
        if opens > 1 or closes > 1 or separators > 2 * MAX_FIELDS:
            return False
        if match is None:
            break
        position = match.end()
    return opens == 1 and closes == 1


def parse_row(line: bytes, where: Problem) -> dict[str, Any]:
    """One JSON Lines row, refused unless it is a flat object of scalars (checked on the text first)."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise bad_row(where, "bundle.not_utf8") from exc
    if not _flat(text):
        raise bad_row(where, "bundle.not_flat")
    try:
        pairs = json.loads(text, object_pairs_hook=list)
    except (ValueError, RecursionError) as exc:
        raise bad_row(where, "bundle.bad_json", reason=_reason(exc)) from exc
    if not isinstance(pairs, list):
        raise bad_row(where, "bundle.not_object")
    row = dict(pairs)
    if len(row) != len(pairs):
        raise bad_row(where, "bundle.field_twice")
    return row


def rows(path: Path, table: str, counter: list[int]) -> Iterator[tuple[Problem, dict[str, Any]]]:
    """The rows of an extracted member, one at a time, each with where it stands ("cases.jsonl line 3").
    ``counter`` holds the rows read so far across the whole bundle, capped at ``MAX_ROWS``."""
    with open(path, "rb") as handle:
        number = 0
        while True:
            line = handle.readline(MAX_LINE_BYTES + 1)
            if not line:
                return
            number += 1
            where = Problem("bundle.at_line", file=f"{table}.jsonl", line=number)
            if len(line) > MAX_LINE_BYTES:
                raise bad_row(where, "bundle.row_too_long", mib=MAX_LINE_BYTES // MiB)
            if not line.strip():
                continue
            counter[0] += 1
            if counter[0] > MAX_ROWS:
                raise bad_row(where, "bundle.too_many_rows", limit=MAX_ROWS)
            yield where, parse_row(line, where)

