"""Compressed page snapshots of a workspace file, the format of the backups in ``backups/``.

A *full* snapshot holds every page of the database, compressed; an *incremental* one holds only the pages whose
digest differs from the snapshot it builds on (its *base*, named in its header). Every snapshot ends with the
digests of all its pages (the manifest: 16 bytes of BLAKE2b per page), which the next incremental compares against,
and a trailer with a SHA-256 digest computed over everything before it, so a file cut short or changed is recognised
before the workspace is touched. Rebuilding a snapshot writes its full base into a temporary file, then each
incremental of the chain in order, checking each file's digest as it is read, then compares every page of the
result with the manifest.

Everything streams: pages are read, compressed and written in chunks of 256 (about 1 MB), and memory stays at a few
MB plus the manifests (4 KB of manifest per MB of workspace: 18 MB for a 4.7 GB workspace).

Layout: ``WSBACKUP``, version (1 byte), header length (4 bytes, big-endian), the header as JSON padded with spaces
to 1 KiB (written last, once the stored pages are counted); chunks ``P`` +
page count + compressed length (4 bytes each) + zlib(page numbers as 4-byte integers, then the pages); ``M`` +
compressed length + zlib(manifest); the trailer (manifest offset, manifest length, SHA-256 of the compressed
manifest, SHA-256 of the file before the trailer, ``WSBK-END``).
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import uuid
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from workstation.core.errors import Problem, WorkstationError

MAGIC = b"WSBACKUP"
END = b"WSBK-END"
VERSION = 1
CHUNK_PAGES = 256
DIGEST = 16
# zlib level 3 on pages of the 1,000,000-item workspace: 0.256 of their size at 83 MB/s of CPU; level 1 gives 0.278
# at 119 MB/s, level 6 0.231 at 29 MB/s (docs/PERFORMANCE.md).
LEVEL = 3
_TRAILER = struct.Struct(">QQ32s32s8s")
_CHUNK = struct.Struct(">II")
_READ = 1 << 20
HEADER_SIZE = 1024


@dataclass(frozen=True)
class Header:
    kind: str  # "full" or "incremental"
    id: str
    page_size: int
    page_count: int
    stored_pages: int
    base: str = ""  # file name of the snapshot this one builds on, in the same folder ("" for a full one)
    base_id: str = ""
    created: str = ""

    def to_bytes(self) -> bytes:
        """Always HEADER_SIZE bytes: the JSON is padded with spaces, so the header can be written last."""
        body = json.dumps(self.__dict__, sort_keys=True, ensure_ascii=True).encode()
        room = HEADER_SIZE - len(MAGIC) - 5
        if len(body) > room:
            raise ValueError("snapshot header too long")
        return MAGIC + bytes([VERSION]) + struct.pack(">I", room) + body.ljust(room)


def damaged(path: Path, key: str, **params: object) -> WorkstationError:
    """The refusal of a damaged backup at ``path``, for the reason of message ``key``."""
    return WorkstationError("db.damaged", path=path, reason=Problem(key, **params))


def is_snapshot(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def read_header(path: Path) -> Header:
    """The header of a snapshot file; a clear error for anything else."""
    try:
        with open(path, "rb") as handle:
            return _header(handle, path)
    except FileNotFoundError as exc:
        raise WorkstationError("fetch.file_missing", path=str(path)) from exc
    except OSError as exc:
        raise WorkstationError("db.unreadable", path=path, reason=str(exc)) from exc


def _header(handle: BinaryIO, path: Path) -> Header:
    start = handle.read(len(MAGIC) + 5)
    if len(start) < len(MAGIC) + 5 or not start.startswith(MAGIC):
        raise damaged(path, "backup.not_backup")
    if start[len(MAGIC)] != VERSION:
        raise damaged(path, "backup.format", format=start[len(MAGIC)])
    (length,) = struct.unpack(">I", start[-4:])
    body = handle.read(length) if length == HEADER_SIZE - len(MAGIC) - 5 else b""
    try:
        fields = json.loads(body)
        return Header(**fields)
    except (ValueError, TypeError) as exc:
        raise damaged(path, "backup.header") from exc


@dataclass(frozen=True)
class Trailer:
    manifest_offset: int
    manifest_length: int
    manifest_sha256: bytes
    file_sha256: bytes


def _trailer(handle: BinaryIO, path: Path) -> Trailer:
    size = handle.seek(0, os.SEEK_END)
    if size < _TRAILER.size:
        raise damaged(path, "backup.incomplete")
    handle.seek(size - _TRAILER.size)
    offset, length, manifest_sha, file_sha, end = _TRAILER.unpack(handle.read(_TRAILER.size))
    if end != END or offset + length + 5 > size - _TRAILER.size:
        raise damaged(path, "backup.incomplete")
    return Trailer(offset, length, manifest_sha, file_sha)


def read_manifest(path: Path) -> tuple[Header, bytes]:
    """The header and the page digests of a snapshot, checked against the digest in its trailer (without reading
    the pages: the daily incremental only needs the manifest of the one before)."""
    with open(path, "rb") as handle:
        header = _header(handle, path)
        trailer = _trailer(handle, path)
        handle.seek(trailer.manifest_offset)
        blob = handle.read(trailer.manifest_length + 5)
    if blob[:1] != b"M" or hashlib.sha256(blob[5:]).digest() != trailer.manifest_sha256:
        raise damaged(path, "backup.digests_checksum")
    try:
        manifest = zlib.decompress(blob[5:])
    except zlib.error as exc:
        raise damaged(path, "backup.digests_unreadable") from exc
    if len(manifest) != header.page_count * DIGEST:
        raise damaged(path, "backup.digests_length")
    return header, manifest


def page_size_of(path: Path) -> int:
    with open(path, "rb") as handle:
        head = handle.read(100)
    if len(head) < 100 or not head.startswith(b"SQLite format 3\x00"):
        raise damaged(path, "backup.not_sqlite")
    size = int.from_bytes(head[16:18], "big")
    return 65536 if size == 1 else size


class _HashingWriter:
    def __init__(self, handle: BinaryIO) -> None:
        self.handle, self.sha, self.offset = handle, hashlib.sha256(), 0

    def write(self, data: bytes) -> None:
        self.handle.write(data)
        self.sha.update(data)
        self.offset += len(data)


def write(database: Path, dest: Path, *, base: Path | None = None, base_header: Header | None = None,
          base_manifest: bytes | None = None, created: str = "") -> Header:
    """Write ``database`` (a closed, consistent SQLite file: the backup API's copy) as a snapshot at ``dest``: full
    when ``base_manifest`` is None, else only the pages that differ from it. ``dest`` is written in place: the
    caller writes to a temporary name and renames."""
    page_size = page_size_of(database)
    size = database.stat().st_size
    page_count = size // page_size
    incremental = (base is not None and base_manifest is not None and base_header is not None
                   and base_header.page_size == page_size)
    old_pages = base_header.page_count if incremental and base_header else 0
    manifest = bytearray(page_count * DIGEST)
    stored = 0
    pgnos: list[int] = []
    pages: list[bytes] = []
    with open(database, "rb", buffering=_READ) as source, open(dest, "wb") as handle:
        out = _HashingWriter(handle)
        handle.write(b"\x00" * HEADER_SIZE)  # the header is written last, once the stored pages are counted

        def flush() -> None:
            data = zlib.compress(struct.pack(f">{len(pgnos)}I", *pgnos) + b"".join(pages), LEVEL)
            out.write(b"P" + _CHUNK.pack(len(pgnos), len(data)))
            out.write(data)
            pgnos.clear()
            pages.clear()

        for pgno in range(1, page_count + 1):
            page = source.read(page_size)
            if len(page) != page_size:
                raise damaged(database, "backup.copy_changed")
            digest = hashlib.blake2b(page, digest_size=DIGEST).digest()
            at = (pgno - 1) * DIGEST
            manifest[at:at + DIGEST] = digest
            if incremental and pgno <= old_pages and base_manifest[at:at + DIGEST] == digest:  # type: ignore[index]
                continue
            pgnos.append(pgno)
            pages.append(page)
            stored += 1
            if len(pgnos) == CHUNK_PAGES:
                flush()
        if pgnos:
            flush()
        blob = zlib.compress(manifest, 1)
        manifest_offset = HEADER_SIZE + out.offset
        out.write(b"M" + struct.pack(">I", len(blob)))
        out.write(blob)
        base_name = base.name if incremental and base else ""
        base_id = base_header.id if incremental and base_header else ""
        header = Header("incremental" if incremental else "full", uuid.uuid4().hex, page_size, page_count, stored,
                        base_name, base_id, created)
        head = header.to_bytes()
        file_sha = _file_digest(head, out.sha)
        handle.write(_TRAILER.pack(manifest_offset, len(blob), hashlib.sha256(blob).digest(), file_sha, END))
        handle.seek(0)
        handle.write(head)
        handle.flush()
        os.fsync(handle.fileno())
    return header


def _file_digest(head: bytes, rest: hashlib._Hash) -> bytes:
    """The trailer's digest: the header is written last, so it is hashed apart from the rest and combined."""
    return hashlib.sha256(head + rest.digest()).digest()


class _HashingReader:
    def __init__(self, handle: BinaryIO, path: Path, end: int) -> None:
        self.handle, self.path, self.end, self.sha = handle, path, end, hashlib.sha256()
        self.offset = handle.tell()

    def read(self, size: int) -> bytes:
        if self.offset + size > self.end:
            raise damaged(self.path, "backup.checksum")
        data = self.handle.read(size)
        if len(data) != size:
            raise damaged(self.path, "backup.incomplete")
        self.sha.update(data)
        self.offset += size
        return data


def chunks(path: Path) -> Iterator[tuple[list[int], bytes]]:
    """Every stored page of a snapshot, a chunk at a time (page numbers, their pages joined), checked as read: the
    file's checksum is compared once the last chunk is read, before this generator finishes."""
    with open(path, "rb", buffering=_READ) as handle:
        header = _header(handle, path)
        trailer = _trailer(handle, path)
        handle.seek(0)
        head = handle.read(HEADER_SIZE)
        reader = _HashingReader(handle, path, trailer.manifest_offset)
        seen = 0
        while reader.offset < trailer.manifest_offset:
            tag = reader.read(1)
            if tag != b"P":
                raise damaged(path, "backup.checksum")
            count, length = _CHUNK.unpack(reader.read(_CHUNK.size))
            try:
                data = zlib.decompress(reader.read(length))
            except zlib.error as exc:
                raise damaged(path, "backup.checksum") from exc
            if len(data) != count * (4 + header.page_size):
                raise damaged(path, "backup.checksum")
            pgnos = list(struct.unpack(f">{count}I", data[:4 * count]))
            if any(not 1 <= n <= header.page_count for n in pgnos):
                raise damaged(path, "backup.checksum")
            seen += count
            yield pgnos, data[4 * count:]
        reader.end = trailer.manifest_offset + 5 + trailer.manifest_length
        reader.read(5 + trailer.manifest_length)
        if _file_digest(head, reader.sha) != trailer.file_sha256 or seen != header.stored_pages:
            raise damaged(path, "backup.checksum")


def verify(path: Path) -> Header:
    """Read a whole snapshot file and check it against its checksum; its header when all is well."""
    header = read_header(path)
    for _chunk in chunks(path):
        pass
    return header


def chain(path: Path) -> list[tuple[Path, Header]]:
    """The snapshots needed to rebuild ``path``: its full base first, ``path`` last (headers only, not verified)."""
    found = [(path, read_header(path))]
    while found[0][1].kind != "full":
        current, header = found[0]
        base = current.with_name(header.base)
        if not header.base or not base.is_file():
            raise damaged(path, "backup.base_missing", base=header.base or "?")
        base_header = read_header(base)
        if base_header.id != header.base_id:
            raise damaged(path, "backup.base_replaced", base=header.base)
        if len(found) > 10_000:
            raise damaged(path, "backup.loop")
        found.insert(0, (base, base_header))
    return found


def rebuild(path: Path, out: Path) -> Header:
    """Write the database of snapshot ``path`` to ``out`` (created or replaced, not renamed): its chain applied in
    order, every file checked against its checksum, then every page of the result against the manifest."""
    links = chain(path)
    target = links[-1][1]
    if any(h.page_size != target.page_size for _p, h in links):
        raise damaged(path, "its chain of earlier backups mixes page sizes")
    size = target.page_size
    with open(out, "wb") as handle:
        for part, _header_of_part in links:
            for pgnos, data in chunks(part):
                previous = None
                for index, pgno in enumerate(pgnos):
                    if pgno != previous:
                        handle.seek((pgno - 1) * size)
                    handle.write(data[index * size:(index + 1) * size])
                    previous = pgno + 1
        handle.truncate(target.page_count * size)
        handle.flush()
        os.fsync(handle.fileno())
    _header_again, manifest = read_manifest(path)
    with open(out, "rb", buffering=_READ) as handle:
        for pgno in range(1, target.page_count + 1):
            page = handle.read(size)
            at = (pgno - 1) * DIGEST
            if hashlib.blake2b(page, digest_size=DIGEST).digest() != manifest[at:at + DIGEST]:
                raise damaged(path, f"the workspace rebuilt from it differs from the backup at page {pgno}")
    return target
