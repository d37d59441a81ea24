"""Backups with SQLite's online backup API: on demand, on a schedule, before every schema migration; rotation;
restore that checks the backup first and keeps the current file aside."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from workstation.core import clock
from workstation.core.errors import WorkstationError
from workstation.core.files import write_with

KEEP = 10
SUFFIX = ".backup.db"
# File names carry the UTC time, not local: they sort in time order and read the same on every machine.
STAMP = "%Y%m%dT%H%M%SZ"


@dataclass
class BackupInfo:
    path: Path
    size: int
    created: str  # from the file name, UTC


def backups_dir(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def backup(db_path: str | Path, dest: str | Path | None = None, *, reason: str = "manual", keep: int = KEEP) -> Path:
    """Copy a consistent snapshot of the workspace (safe while other connections write) and rotate old ones."""
    db_path = Path(db_path)
    if not db_path.exists():
        raise WorkstationError("fetch.file_missing", path=str(db_path))
    if dest is None:
        folder = backups_dir(db_path)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = clock.now().strftime(STAMP)
        dest = folder / f"{db_path.stem}-{stamp}-{reason}{SUFFIX}"
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    # Not files.write_with: SQLite writes the copy through its own file handle, so the temporary file is ours.
    temp = dest.with_name(dest.name + ".part")
    source = sqlite3.connect(str(db_path), timeout=30)
    try:
        target = sqlite3.connect(str(temp))
        try:
            source.backup(target, pages=1024)
        finally:
            target.close()
    except sqlite3.Error as exc:
        temp.unlink(missing_ok=True)
        raise WorkstationError("db.unreadable", path=db_path, reason=str(exc)) from exc
    finally:
        source.close()
    temp.replace(dest)
    if dest.parent == backups_dir(db_path):
        rotate(db_path, keep)
    return dest


def list_backups(db_path: str | Path) -> list[BackupInfo]:
    folder = backups_dir(Path(db_path))
    found = sorted(folder.glob(f"{Path(db_path).stem}-*{SUFFIX}"), reverse=True) if folder.exists() else []
    return [BackupInfo(p, p.stat().st_size, p.name.split("-")[-2] if p.name.count("-") >= 2 else "") for p in found]


def rotate(db_path: Path, keep: int) -> None:
    for info in list_backups(db_path)[keep:]:
        info.path.unlink(missing_ok=True)


def check_file(path: Path) -> list[str]:
    """Integrity problems of a database file, without migrating or changing it."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return [str(exc)]
    return [r for r in rows if r != "ok"]


def restore(backup_path: str | Path, db_path: str | Path) -> Path:
    """Replace the workspace with a checked backup; the current file is kept beside it (…-before-restore).

    Returns where the previous workspace was kept. Close every connection to the workspace first.
    """
    backup_path, db_path = Path(backup_path), Path(db_path)
    if not backup_path.is_file():
        raise WorkstationError("fetch.file_missing", path=str(backup_path))
    problems = check_file(backup_path)
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
    with open(backup_path, "rb") as source:
        write_with(db_path, lambda handle: shutil.copyfileobj(source, handle))
    return kept
