"""Backups: on demand, daily from the desktop, before every schema migration; rotation; restore that checks the
backup first and keeps the current file aside.

A backup in ``backups/`` is a compressed page snapshot (``core.db.snapshot``): a consistent copy is taken with
SQLite's online backup API into a temporary file, then written either in full or, when the newest backup can serve
as its base, as the pages that changed since it. A chain (one full snapshot and the incrementals on it) holds at most
``keep`` backups, so a new full snapshot starts every ``keep`` backups, or sooner when the incrementals have grown as
large as the full one. Rotation keeps the ``keep`` newest backups and every earlier one they build on, never less.
A backup to a path of one's choosing (``workstation db backup PATH``) is a plain SQLite copy, and plain copies in
``backups/`` (``.backup.db``, written by earlier versions) are listed, rotated and restored as before.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from workstation.core import clock
from workstation.core.db import integrity, snapshot
from workstation.core.errors import WorkstationError
from workstation.core.files import write_with

KEEP = 10
SUFFIX = ".backup.db"  # a plain SQLite copy
SNAPSHOT_SUFFIX = ".backup.wsbk"  # a compressed page snapshot, full or incremental
SUFFIXES = (SNAPSHOT_SUFFIX, SUFFIX)
# File names carry the UTC time, not local: they sort in time order and read the same on every machine.
STAMP = "%Y%m%dT%H%M%SZ"
_STAMP_IN_NAME = re.compile(r"-(\d{8}T\d{6}Z)-")
# Each connection of a backup or a check reads through a small page cache (KiB): memory stays a few MB whatever
# the size of the workspace.
CACHE_KIB = 2048
# A new full snapshot once the incrementals since the last one add up to this share of it.
FULL_AGAIN_AT = 1.0
LEFTOVER_AFTER_S = 3600


@dataclass
class BackupInfo:
    path: Path
    size: int
    created: str  # from the file name, UTC
    kind: str = "copy"  # "copy" (plain SQLite file), "full" or "incremental"
    base: str = ""  # the file an incremental builds on


def backups_dir(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")


def copy_database(db_path: Path, dest: Path) -> None:
    """A consistent copy of the workspace at ``dest`` (replaced), safe while other programs write: the online
    backup API in one step, which in WAL mode reads one snapshot and never restarts when another program commits,
    through small page caches and without a journal for the copy (the caller renames it into place)."""
    dest.unlink(missing_ok=True)
    try:
        source = sqlite3.connect(str(db_path), timeout=30)
    except sqlite3.Error as exc:
        raise WorkstationError("db.unreadable", path=db_path, reason=str(exc)) from exc
    try:
        _configure(source)
        target = sqlite3.connect(str(dest))
        try:
            _configure(target)
            target.execute("PRAGMA journal_mode = OFF")
            target.execute("PRAGMA synchronous = OFF")
            source.backup(target, pages=-1)
        finally:
            target.close()
        with open(dest, "rb+") as handle:
            os.fsync(handle.fileno())
    except sqlite3.Error as exc:
        dest.unlink(missing_ok=True)
        raise WorkstationError("db.unreadable", path=db_path, reason=str(exc)) from exc
    except BaseException:
        dest.unlink(missing_ok=True)
        raise
    finally:
        source.close()


def backup(db_path: str | Path, dest: str | Path | None = None, *, reason: str = "manual", keep: int = KEEP,
           fast: bool = False, check_index: bool = False) -> Path:
    """Back the workspace up and rotate old backups. Without ``dest``: a snapshot in ``backups/`` (incremental when
    it can be); with ``dest``: a plain SQLite copy there. Written under a temporary name, then renamed.

    ``fast``: when no snapshot can build on the newest one, write a plain copy into ``backups/`` instead of a full
    snapshot (seconds instead of minutes at a million items): the backup before a migration, which the analyst
    waits for. The next backup then starts a chain with a full snapshot.

    ``check_index``: run the full-text index check on the private copy first (the desktop's daily check, which on
    the workspace itself would hold its write lock); a damaged index raises ``db.damaged`` and nothing is written."""
    db_path = Path(db_path)
    if not db_path.exists():
        raise WorkstationError("fetch.file_missing", path=str(db_path))
    if dest is not None:
        dest = Path(dest)
        dest.parent.mkdir(parents=True, exist_ok=True)
        # Not files.write_with: SQLite writes the copy through its own file handle, so the temporary file is ours.
        temp = dest.with_name(dest.name + ".part")
        copy_database(db_path, temp)
        temp.replace(dest)
        if dest.parent == backups_dir(db_path):
            rotate(db_path, keep)
        return dest
    folder = backups_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(db_path)
    stamp = clock.now().strftime(STAMP)
    dest = folder / f"{db_path.stem}-{stamp}-{reason}{SNAPSHOT_SUFFIX}"
    number = 1
    while dest.exists():  # two backups in one second: never overwrite one (another may build on it)
        number += 1
        dest = folder / f"{db_path.stem}-{stamp}-{reason}-{number}{SNAPSHOT_SUFFIX}"
    copy = folder / f"{dest.name}.copy.part"
    part = folder / f"{dest.name}.part"
    try:
        copy_database(db_path, copy)
        problems = integrity.index_problems_of_copy(copy) if check_index else []
        if problems:
            raise WorkstationError("db.damaged", path=db_path, reason=problems[0])
        base = _base_for(db_path, keep, snapshot.page_size_of(copy))
        if base is None and fast:
            plain = dest.with_name(dest.name[: -len(SNAPSHOT_SUFFIX)] + SUFFIX)
            copy.replace(plain)
            rotate(db_path, keep)
            return plain
        if base is None:
            snapshot.write(copy, part, created=stamp)
        else:
            snapshot.write(copy, part, base=base[0], base_header=base[1], base_manifest=base[2], created=stamp)
        part.replace(dest)
    finally:
        copy.unlink(missing_ok=True)
        part.unlink(missing_ok=True)
    rotate(db_path, keep)
    return dest


def _remove_leftovers(db_path: Path) -> None:
    """Temporary files of a backup that was interrupted (the program closed, the disk full); not those another
    program's backup is writing right now (written to within the hour)."""
    for leftover in backups_dir(db_path).glob(f"{db_path.stem}-*.part"):
        try:
            if leftover.stat().st_mtime < time.time() - LEFTOVER_AFTER_S:
                leftover.unlink()
        except OSError:
            continue


def _base_for(db_path: Path, keep: int, page_size: int) -> tuple[Path, snapshot.Header, bytes] | None:
    """The newest snapshot, when the next backup can build on it: its chain is shorter than ``keep``, its
    incrementals are still smaller than its full snapshot, and its manifest reads back intact."""
    snapshots = [info for info in list_backups(db_path) if info.kind != "copy"]
    if not snapshots or keep < 2:
        return None
    newest = snapshots[0].path
    try:
        links = snapshot.chain(newest)
        header, manifest = snapshot.read_manifest(newest)
    except WorkstationError:
        return None  # a damaged or broken chain: start a new one with a full snapshot
    full_size = links[0][0].stat().st_size
    incrementals = sum(path.stat().st_size for path, _h in links[1:])
    if len(links) >= keep or incrementals >= FULL_AGAIN_AT * full_size or header.page_size != page_size:
        return None
    return newest, header, manifest


def _info(path: Path) -> BackupInfo:
    found = _STAMP_IN_NAME.search(path.name)
    info = BackupInfo(path, path.stat().st_size, found.group(1) if found else "")
    if path.name.endswith(SNAPSHOT_SUFFIX):
        try:
            header = snapshot.read_header(path)
            info.kind, info.base = header.kind, header.base
        except WorkstationError:
            info.kind = "damaged"
    return info


def list_backups(db_path: str | Path) -> list[BackupInfo]:
    """Every backup of the workspace in ``backups/``, newest first."""
    folder = backups_dir(Path(db_path))
    if not folder.exists():
        return []
    stem = Path(db_path).stem
    found = [p for suffix in SUFFIXES for p in folder.glob(f"{stem}-*{suffix}")]
    found.sort(key=_order, reverse=True)
    return [_info(p) for p in found if p.is_file()]


def _order(path: Path) -> tuple[str, int, str]:
    """By the time in the name, then by when the file was written (two backups within one second)."""
    found = _STAMP_IN_NAME.search(path.name)
    return (found.group(1) if found else "", path.stat().st_mtime_ns, path.name)


def rotate(db_path: Path, keep: int) -> None:
    """Keep the ``keep`` newest backups and every snapshot a kept incremental builds on; remove the rest."""
    infos = list_backups(db_path)
    by_name = {info.path.name: info for info in infos}
    kept: set[str] = set()
    for info in infos[:max(1, keep)]:
        current: BackupInfo | None = info
        while current is not None and current.path.name not in kept:
            kept.add(current.path.name)
            current = by_name.get(current.base) if current.kind == "incremental" else None
    for info in infos:
        if info.path.name not in kept:
            info.path.unlink(missing_ok=True)


def check_file(path: Path) -> list[str]:
    """Integrity problems of a database file, without migrating or changing it."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            _configure(conn)
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return [str(exc)]
    return [r for r in rows if r != "ok"]


def check_backup(path: str | Path) -> list[str]:
    """Problems of a backup of either kind; a snapshot is rebuilt into a temporary file beside it and checked the
    way a restore checks it. Empty when it would restore."""
    path = Path(path)
    if not snapshot.is_snapshot(path):
        return check_file(path)
    temp = path.with_name(path.name + ".check.part")
    try:
        snapshot.rebuild(path, temp)
        return check_file(temp)
    except WorkstationError as exc:
        return [str(exc)]
    finally:
        temp.unlink(missing_ok=True)


def restore(backup_path: str | Path, db_path: str | Path) -> Path:
    """Replace the workspace with a checked backup; the current file is kept beside it (…-before-restore).

    A snapshot is first rebuilt from its chain into a temporary file beside the workspace and compared page by page
    with its manifest; then, for either kind, SQLite's integrity check must pass before anything is replaced.
    Returns where the previous workspace was kept. Close every connection to the workspace first.
    """
    backup_path, db_path = Path(backup_path), Path(db_path)
    if not backup_path.is_file():
        raise WorkstationError("fetch.file_missing", path=str(backup_path))
    rebuilt = None
    if snapshot.is_snapshot(backup_path):
        rebuilt = db_path.with_name(db_path.name + ".restore.part")
        try:
            snapshot.rebuild(backup_path, rebuilt)
        except BaseException:
            rebuilt.unlink(missing_ok=True)
            raise
    try:
        problems = check_file(rebuilt or backup_path)
        if problems:
            raise WorkstationError("db.damaged", path=backup_path, reason=problems[0])
        kept = db_path.with_name(f"{db_path.stem}-before-restore-{clock.now().strftime(STAMP)}.db")
        if db_path.exists():
            try:
                backup(db_path, kept)  # a consistent copy, including what is still in the write-ahead log
            except WorkstationError:
                shutil.copy2(db_path, kept)  # too damaged to read: keep the bytes as they are
                wal = db_path.with_name(db_path.name + "-wal")
                if wal.exists():
                    shutil.copy2(wal, kept.with_name(kept.name + "-wal"))
        for extra in (db_path.with_name(db_path.name + "-wal"), db_path.with_name(db_path.name + "-shm")):
            extra.unlink(missing_ok=True)  # the old file's journal must not be replayed onto the restored one
        if rebuilt is not None:
            rebuilt.replace(db_path)
        else:
            with open(backup_path, "rb") as source:
                write_with(db_path, lambda handle: shutil.copyfileobj(source, handle))
    finally:
        if rebuilt is not None:
            rebuilt.unlink(missing_ok=True)
    return kept
