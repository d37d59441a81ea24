"""Opening a workspace file: one SQLite file, WAL, foreign keys, a busy timeout, forward migrations.

This module knows only the database; what a new workspace starts with (taxonomy, legal bases) is seeded by
``workstation.core.workspace.open_workspace``, which sits above the domains that own those seeds.

Many programs write one workspace at once (the desktop's writer thread, a scheduled ``workstation fetch``, an
analyst's ``violations add``). Every write transaction therefore begins IMMEDIATE: it takes the write lock
first, waiting up to the busy timeout, and never has to give up half-way. A transaction that read first and
wrote later (plain ``BEGIN``) would fail at once with "database is locked" whenever another program had written
in between, without waiting (SQLite cannot move its snapshot forward). The long jobs (fetching, importing)
commit about every tenth of a second, so a writer rarely waits longer than that.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
import time
from collections.abc import Generator, Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from workstation.core.db import schema
from workstation.core.db.backup import backup
from workstation.core.errors import WorkstationError
from workstation.core.locations import is_team_url

# How long a writer waits for another program's write transaction to end. Write transactions are kept well
# under a second (ingest commits every tenth of a second), but a migration, a backup restore or the removal of a large
# source may take several seconds on a slow disk; half a minute covers them without a writer giving up.
BUSY_TIMEOUT_S = 30.0
# "1" opens every workspace read-only (``--read-only`` on the command line and the desktop sets it).
READ_ONLY_ENV = "WORKSTATION_READ_ONLY"
# SQLite's own busy handler retries at growing intervals, up to 100 ms apart; a program committing transaction
# after transaction frees the lock only for an instant between them, and such a writer could wait through a
# whole import. Ours tries again every millisecond, and long jobs leave a gap of a few milliseconds between
# their transactions (``let_others_write``), so a waiting writer gets its turn after at most one of them.
RETRY_EVERY_S = 0.001
GAP_S = 0.004
_WRITES = frozenset({"INSERT", "UPDATE", "DELETE", "REPLACE"})

# SQLite's primary result codes for the storage problems an analyst can act on.
_SQLITE_BUSY, _SQLITE_READONLY, _SQLITE_CANTOPEN, _SQLITE_FULL = 5, 8, 14, 13


class StorageError(WorkstationError, sqlite3.OperationalError):
    """The store refused a write: the disk is full, the workspace is read-only, or another program held the
    write lock longer than the busy timeout. A WorkstationError (a plain message, exit 1) that code written
    against sqlite3 still catches as an OperationalError."""


def storage_error(path: Path | str, exc: sqlite3.Error) -> StorageError | None:
    """The plain-words error for a full disk, a read-only workspace or a lock held too long; None for others."""
    if isinstance(exc, StorageError):
        return None  # already in plain words
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc)
    if primary == _SQLITE_FULL or "database or disk is full" in text:
        error = StorageError("db.full", path=path)
    elif primary == _SQLITE_READONLY or "readonly database" in text:
        error = StorageError("db.read_only", path=path)
    elif primary == _SQLITE_BUSY or "database is locked" in text:
        error = StorageError("db.locked", path=path)
    else:
        return None
    error.sqlite_errorcode, error.sqlite_errorname = code, getattr(exc, "sqlite_errorname", None)
    return error


class WorkspaceDatabase(Database):
    """sqlite-utils' Database for one workspace file: write transactions begin IMMEDIATE, and a full disk, a
    read-only file or a lock held too long arrive as a StorageError with a plain message.

    ``atomic()`` begins the outermost transaction with ``BEGIN IMMEDIATE`` (sqlite-utils' own begins a deferred
    one); nested levels are savepoints inside it. A single write outside ``atomic()`` is its own transaction,
    begun IMMEDIATE by the sqlite3 module (``isolation_level``).
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, *, read_only: bool) -> None:
        super().__init__(conn, execute_plugins=False)
        self.path = path
        self.read_only = read_only
        self.committed_at: float | None = None  # time.monotonic() of the last outermost commit

    @contextlib.contextmanager
    def _storage_errors(self) -> Generator[None, None, None]:
        """A full disk, a read-only file or a lock held too long, raised inside, leave as a StorageError with a
        plain message; any other error as it was."""
        try:
            yield
        except sqlite3.OperationalError as exc:
            mapped = storage_error(self.path, exc)
            if mapped is None:
                raise
            raise mapped from exc

    @contextlib.contextmanager
    def atomic(self) -> Generator[Database, None, None]:
        if self.conn.in_transaction:
            # Releasing the savepoint can meet a full disk too.
            with self._storage_errors(), super().atomic():  # a savepoint inside the transaction already open
                yield self
            return
        if self.read_only:
            self._control("BEGIN")  # no write lock to take: the transaction reads one consistent snapshot
        else:
            self._begin_immediate()
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            self._control("COMMIT")
        except BaseException:
            self.rollback()
            raise
        self.committed_at = time.monotonic()

    def execute(self, sql: str, parameters: Sequence | dict[str, Any] | None = None) -> sqlite3.Cursor:
        if not self.conn.in_transaction and sql.lstrip()[:7].upper().startswith(tuple(_WRITES)):
            with self.atomic():  # a lone write waits for the lock the same fair way as a transaction
                return self.execute(sql, parameters)
        with self._storage_errors():
            return super().execute(sql, parameters)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> sqlite3.Cursor:
        """Many rows through one statement (the connection's own), with the same plain messages as ``execute``."""
        with self._storage_errors():
            return self.conn.executemany(sql, rows)

    def executescript(self, sql: str) -> sqlite3.Cursor:
        with self._storage_errors():
            return super().executescript(sql)

    def _begin_immediate(self) -> None:
        """BEGIN IMMEDIATE, retried every millisecond until the busy timeout has passed."""
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        self.conn.execute("PRAGMA busy_timeout = 0")
        try:
            while True:
                try:
                    self.conn.execute("BEGIN IMMEDIATE")
                    return
                except sqlite3.OperationalError as exc:
                    busy = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF == _SQLITE_BUSY
                    if not busy or time.monotonic() >= deadline:
                        with self._storage_errors():
                            raise
                time.sleep(RETRY_EVERY_S)
        finally:
            self.conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")

    def _control(self, sql: str) -> None:
        with self._storage_errors():
            self.conn.execute(sql)


def let_others_write(db: Database) -> None:
    """Before a long job's next transaction: make sure the write lock has been free for a few milliseconds since
    this connection's last commit, long enough for a waiting writer to take its turn."""
    committed_at = getattr(db, "committed_at", None)
    if committed_at is not None:
        rest = GAP_S - (time.monotonic() - committed_at)
        if rest > 0:
            time.sleep(rest)


def read_only_requested() -> bool:
    return os.environ.get(READ_ONLY_ENV) == "1"


def cannot_write(path: Path) -> bool:
    """True when the workspace file exists but this program may not write it or create files beside it (WAL
    keeps two files next to the workspace): a read-only file, folder or medium."""
    if not path.exists():
        return False
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def opens_read_only(path: str | Path) -> bool:
    """Whether ``connect(path)`` (with ``read_only`` left to it) opens the workspace read-only (a team
    workspace: when asked to; otherwise the server's roles decide, see team.connect_team)."""
    if is_team_url(str(path)):
        return read_only_requested()
    return read_only_requested() or cannot_write(Path(path))


def _classify(path: Path, exc: sqlite3.Error) -> WorkstationError:
    known = storage_error(path, exc)
    if known is not None:
        return known
    text = str(exc)
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return WorkstationError("db.damaged", path=path, reason=text)
    return WorkstationError("db.unreadable", path=path, reason=text)


def _switch_to_wal(conn: sqlite3.Connection) -> str:
    """Switch to WAL, waiting like any writer: on a new file that another program is setting up at the same
    moment, SQLite answers "locked" at once instead of calling the busy handler."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            return conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def _refuse_too_new(db: Database, path: Path) -> int:
    version = schema_version(db)
    if version > schema.LATEST:
        raise WorkstationError("db.too_new", path=path, found=version, known=schema.LATEST)
    return version


def _upgrade(db: Database, path: Path) -> None:
    """Inside the write transaction: back up an existing workspace, then apply the missing steps."""
    version = _refuse_too_new(db, path)
    if version < schema.LATEST:
        if version > 0:
            backup(path, reason=f"before-schema-{schema.LATEST}", fast=True)  # the analyst is waiting
        schema.migrate(db)


def connect(path: str | Path, *, migrate: bool = True, read_only: bool | None = None) -> WorkspaceDatabase:
    """Open (creating if needed) the workspace at ``path`` and bring its schema up to date.

    ``read_only`` None decides by itself: read-only when $WORKSTATION_READ_ONLY is "1" or the file (or its
    folder) cannot be written. A read-only workspace is opened for viewing and reports only: no migration, and a
    workspace that would need one is refused with a message saying so.

    Each thread opens its own connection: sqlite3 connections belong to the thread that made them.
    Raises WorkstationError with a plain message for unreadable, locked, damaged or too-new files.

    ``migrate`` False opens a workspace opened (and migrated) before, as the desktop's background tasks do: one that
    is gone meanwhile (a USB stick pulled out) is "db.missing", not a new empty file at its path.
    """
    if is_team_url(path):
        from workstation.core.db.team import connect_team  # the PostgreSQL driver loads for a team only
        return connect_team(str(path), migrate=migrate, read_only=read_only)
    path = Path(path)
    if not migrate and not path.exists():
        raise WorkstationError("db.missing", path=path)
    if read_only is None:
        read_only = opens_read_only(path)
    if read_only:
        return _connect_read_only(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level="IMMEDIATE")
    except (OSError, sqlite3.Error) as exc:
        raise WorkstationError("db.unreadable", path=path, reason=str(exc)) from exc
    try:
        db = WorkspaceDatabase(conn, path, read_only=False)
        _configure(db)
        with db.ensure_autocommit_on():
            mode = _switch_to_wal(conn)
        if mode.lower() not in ("wal", "memory"):
            raise sqlite3.OperationalError(f"cannot switch to WAL (journal mode {mode})")
        # NORMAL is durable in WAL mode against process crashes; only an OS crash can lose the last commit.
        db.execute("PRAGMA synchronous = NORMAL")
        if migrate:
            # One program migrates at a time: the version is read under the write lock, so a second program
            # opening the same workspace waits, then finds it up to date. The whole upgrade is one transaction.
            with db.atomic():
                _upgrade(db, path)
        else:
            _refuse_too_new(db, path)
    except WorkstationError:
        conn.close()
        raise
    except sqlite3.Error as exc:
        conn.close()
        raise _classify(path, exc) from exc
    return db


# Each connection's page cache, KiB: bounded whatever the workspace's size (the desktop holds about six
# connections), with no memory-mapped reads, whose pages would count in the process's resident memory.
CACHE_KIB = 4096
# Pages written to the log before they are copied into the file (SQLite's default is 1,000). Storing a feed of 100
# items into a large workspace writes about 1,000 pages (new rows land on pages all over its indexes), so the
# default copied and synced the file after nearly every commit; with 8,192 (a log of up to 32 MB) a page changed by
# several commits is copied once. Commits took 394 µs an item at 80,000 items with the default, 217 with 10,000.
WAL_AUTOCHECKPOINT_PAGES = 8192
# During a long job of many sources (``bulk_writes``) the log may hold four times as many pages before they are
# copied: at 60,000 items, 100 feeds more spent 4.1-5.3 s in commits with 8,192 and 3.1-3.4 s with 32,768 (the log's
# final copy included). The log's file then grows to ~140 MB; after the job it is cut back to this size when it
# starts afresh.
BULK_AUTOCHECKPOINT_PAGES = 32768
WAL_SIZE_LIMIT_BYTES = 32 * 1024 * 1024
# During such a job the full-text index merges its segments eight at a time instead of FTS5's four: each word's
# entries are rewritten less often, and the few more segments the index holds meanwhile are merged by the writes
# after the job. Sixteen made inserting an item's full-text row cheaper still (99 instead of 142 µs at 24,000
# items; 118 with eight), but the whole import no faster, and a merge of sixteen segments near a job's end left
# their pages free in the file: the 30,000 items of benchmarks/bench_size.py took 90.7 MB with sixteen (2,858 free
# pages), 80.7 with four, 79.9 with eight (no free page); importing 20,000 to 50,000 items took 0.97-0.98x the
# time with eight as with four, and 0.96-1.01x with sixteen.
BULK_FTS_AUTOMERGE = 8
# And the writing connection's page cache holds 32 MiB instead of 4 while it runs: an item's ~20 rows of radar keys
# go to random pages of their table of new rows (``radar.cluster._merge_slice``), which outgrows 4 MiB at tens of
# thousands of items. In a 60,000-item workspace, writing them took 56-67 instead of 111-119 µs an item, and the
# writer 9% less CPU in all. At most 28 MiB more while a job runs, given back to the allocator after it.
BULK_CACHE_KIB = 32768
# And SQLite keeps its temporary files in memory while it runs. Each feed's transaction nests savepoints (a part of
# the items, its triage); the first change to a page inside one copies the page's old content to a sub-journal,
# which spills to a temporary file past 64 KiB: a feed's ~1,600 changed pages were written out again to /tmp.
# In memory, 300 feeds took the writer 0.80 instead of 0.88 ms of CPU an item (two alternating pairs). Only during
# the job: a VACUUM or a large sort elsewhere keeps its temporary files on disk.
BULK_TEMP_STORE = 2  # MEMORY


# Text as stored, but text another program left that is not UTF-8 is read with U+FFFD in place of its bad bytes: with
# the sqlite3 module's default, one such title stopped every query reading it ("Could not decode to UTF-8 column"),
# and with it the whole item list. This costs ~0.3 µs a text value (a page of the list: ~0.1 ms).
_TEXT = functools.partial(str, encoding="utf-8", errors="replace")


def _configure(db: WorkspaceDatabase) -> None:
    db.conn.text_factory = _TEXT
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    db.execute("PRAGMA mmap_size = 0")
    db.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES}")
    db.execute(f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT_BYTES}")


@contextlib.contextmanager
def bulk_writes(db: Database) -> Generator[None, None, None]:
    """A long job of many sources on this connection: the log is copied into the file less often (see
    ``BULK_AUTOCHECKPOINT_PAGES``), the page cache is larger (``BULK_CACHE_KIB``), temporary files stay in memory
    (``BULK_TEMP_STORE``) and the full-text index merges more segments at once (``BULK_FTS_AUTOMERGE``);
    afterwards all is as before, and what the log holds is copied without waiting for readers. A team workspace or
    a read-only one is left as it is."""
    if not isinstance(db, WorkspaceDatabase) or db.read_only:
        yield
        return
    db.execute(f"PRAGMA wal_autocheckpoint = {BULK_AUTOCHECKPOINT_PAGES}")
    # Cutting the log's file back after each checkpoint, and growing it again, cost a fifth of the job's commits.
    db.execute("PRAGMA journal_size_limit = -1")
    db.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    temp_store = _swap_temp_store(db, BULK_TEMP_STORE)
    automerge = _fts_automerge(db)
    with contextlib.suppress(sqlite3.Error):  # busy: the job runs with the usual merges
        _set_fts_automerge(db, BULK_FTS_AUTOMERGE)
    try:
        yield
    finally:
        db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")  # SQLite frees the pages above it at once
        if temp_store is not None:
            _swap_temp_store(db, temp_store)
        db.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES}")
        db.execute(f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT_BYTES}")
        with contextlib.suppress(sqlite3.Error):  # busy or a full disk: the wider merges stay, and do no harm
            _set_fts_automerge(db, automerge)
        with contextlib.suppress(sqlite3.Error):  # a busy or full disk: the next commit's checkpoint copies it
            db.execute("PRAGMA wal_checkpoint(PASSIVE)")


def _swap_temp_store(db: WorkspaceDatabase, value: int) -> int | None:
    """Set ``temp_store``; returns the setting it replaced, or None when SQLite refused the change (a transaction is
    open while temporary storage is in use: the job then runs with temporary files as they were)."""
    before = db.execute("PRAGMA temp_store").fetchone()[0]
    try:
        db.execute(f"PRAGMA temp_store = {int(value)}")
    except sqlite3.OperationalError:
        return None
    return before


def _fts_automerge(db: WorkspaceDatabase) -> int:
    """The full-text index's ``automerge`` (FTS5 keeps a changed one in its config table; 4 by default)."""
    row = db.execute("SELECT v FROM items_fts_config WHERE k = 'automerge'").fetchone()
    return int(row[0]) if row and str(row[0]).isdecimal() else 4


def _set_fts_automerge(db: WorkspaceDatabase, segments: int) -> None:
    with db.atomic():
        db.execute("INSERT INTO items_fts (items_fts, rank) VALUES ('automerge', ?)", [segments])


def _connect_read_only(path: Path) -> WorkspaceDatabase:
    """Open with ``mode=ro``. On read-only media SQLite cannot create the WAL index beside the file; then the
    file is opened as immutable, which is safe there because nothing can change it, unless a journal of changes
    not yet written into the file lies beside it (it would be ignored)."""
    if not path.is_file():
        raise WorkstationError("db.missing", path=path)
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        db = _open_uri(path, uri)
    except sqlite3.OperationalError as exc:
        code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
        if code not in (_SQLITE_READONLY, _SQLITE_CANTOPEN):
            raise _classify(path, exc) from exc
        journal = path.with_name(path.name + "-wal")
        if journal.exists() and journal.stat().st_size > 0:
            raise WorkstationError("db.read_only_unsaved", path=path, journal=journal.name) from exc
        try:
            db = _open_uri(path, uri + "&immutable=1")
        except sqlite3.Error as again:
            raise _classify(path, again) from again
    except sqlite3.Error as exc:
        raise _classify(path, exc) from exc
    version = schema_version(db)
    if version != schema.LATEST:
        db.close()
        if version > schema.LATEST:
            raise WorkstationError("db.too_new", path=path, found=version, known=schema.LATEST)
        raise WorkstationError("db.read_only_old", path=path, found=version, known=schema.LATEST)
    return db


def _open_uri(path: Path, uri: str) -> WorkspaceDatabase:
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level="IMMEDIATE")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # reading is what fails on read-only media
        db = WorkspaceDatabase(conn, path, read_only=True)
        _configure(db)
    except BaseException:
        conn.close()
        raise
    return db


def schema_version(db: Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]
