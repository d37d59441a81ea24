"""Opening a workspace file: one SQLite file, WAL, foreign keys, a busy timeout, forward migrations.

This module knows only the database; what a new workspace starts with (taxonomy, legal bases) is seeded by
``workstation.core.workspace.open_workspace``, which sits above the domains that own those seeds.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from workstation.core.db import schema
from workstation.core.db.backup import backup
from workstation.core.errors import WorkstationError

BUSY_TIMEOUT_S = 5.0


def _classify(path: Path, exc: sqlite3.Error) -> WorkstationError:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return WorkstationError("db.locked", path=path)
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return WorkstationError("db.damaged", path=path, reason=text)
    return WorkstationError("db.unreadable", path=path, reason=text)


def connect(path: str | Path, *, migrate: bool = True) -> Database:
    """Open (creating if needed) the workspace at ``path`` and bring its schema up to date.

    Each thread opens its own connection: sqlite3 connections belong to the thread that made them.
    Raises WorkstationError with a plain message for unreadable, locked, damaged or too-new files.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S)
    except (OSError, sqlite3.Error) as exc:
        raise WorkstationError("db.unreadable", path=path, reason=str(exc)) from exc
    try:
        db = Database(conn, execute_plugins=False)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        with db.ensure_autocommit_on():
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() not in ("wal", "memory"):
            raise sqlite3.OperationalError(f"cannot switch to WAL (journal mode {mode})")
        # NORMAL is durable in WAL mode against process crashes; only an OS crash can lose the last commit.
        db.execute("PRAGMA synchronous = NORMAL")
        version = schema_version(db)
        if version > schema.LATEST:
            raise WorkstationError("db.too_new", path=path, found=version, known=schema.LATEST)
        if migrate and version < schema.LATEST:
            if version > 0:
                backup(path, reason=f"before-schema-{schema.LATEST}")
            schema.migrate(db)
    except WorkstationError:
        conn.close()
        raise
    except sqlite3.Error as exc:
        conn.close()
        raise _classify(path, exc) from exc
    return db


def schema_version(db: Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]
