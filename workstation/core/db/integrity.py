"""Is this workspace whole? SQLite's own checks, the full-text index, foreign keys, the protective triggers, the
audit chain, every evidence seal and every page capture's seal; each problem named in one line."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from workstation.core.db import audit, capture_seal, evidence
from workstation.core.db.schema import PROTECTIVE_TRIGGERS

# The full-text indexes: items_fts (contentless since schema step 18: FTS5 checks the index's own structure) and,
# while items.compact moves an older workspace, the index kept from before (checked against its stored copy).
_INDEXES = ("items_fts", "items_fts_stored")


def _index_check(name: str) -> str:
    return f"INSERT INTO {name}({name}) VALUES ('integrity-check')"


def storage_problems(db: Database, *, quick: bool = False) -> list[str]:
    """Messages from SQLite's integrity check, the full-text index check and the foreign keys.

    ``quick`` leaves out the full-text index check: it is written as an INSERT, so it holds the workspace's write
    lock while it reads the whole index (half a minute at a million items, longer than a writer waits). The desktop
    runs it on the private copy its daily backup makes instead (``index_problems_of_copy``)."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        rows = [r[0] for r in db.execute(f"PRAGMA {pragma}").fetchall()]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    problems = [r for r in rows if r != "ok"]
    # FTS5's own check is written as an INSERT, which a read-only workspace refuses: skip it there.
    if not quick and not getattr(db, "read_only", False):
        for name in (n for n in _INDEXES if n in db.table_names()):
            try:
                db.execute(_index_check(name))
            except sqlite3.DatabaseError as exc:
                problems.append(f"full-text index: {exc}")
    if not quick:
        problems += _unmatched_index_rows(db)
    try:
        fk = db.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as exc:
        fk = []
        problems.append(str(exc))
    problems.extend(f"foreign key broken: {row[0]} row {row[1]} -> {row[2]}" for row in fk[:20])
    return problems


def _unmatched_index_rows(db: Database) -> list[str]:
    """A contentless index cannot compare itself with the items (FTS5's check reads only its structure): at least
    every item must have its row and no row may outlive its item (both are read from indexes, not from the items).
    Skipped while an older index still holds some items (items.compact, items.reindex)."""
    names = set(db.table_names())
    if "items_fts_docsize" not in names or names & {"items_fts_stored", "items_fts_exact"} or \
            "items_fts_content" in names:
        return []
    try:
        missing = db.execute("SELECT count(*) FROM items WHERE id NOT IN (SELECT id FROM items_fts_docsize)"
                             ).fetchone()[0]
        stale = db.execute("SELECT count(*) FROM items_fts_docsize WHERE id NOT IN (SELECT id FROM items)"
                           ).fetchone()[0]
    except sqlite3.DatabaseError as exc:
        return [f"full-text index: {exc}"]
    return ([f"full-text index: {missing} items are not in it"] if missing else []) + \
        ([f"full-text index: {stale} rows of items that no longer exist"] if stale else [])


def index_problems_of_copy(path: Path) -> list[str]:
    """The full-text index check on a private copy of the workspace (the daily backup's), where it locks nothing
    another program needs."""
    try:
        conn = sqlite3.connect(str(path), isolation_level=None)  # autocommit: the check is its own transaction
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        conn.execute("PRAGMA cache_size = -2048")
        for name in _INDEXES:
            if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [name]).fetchone():
                conn.execute(_index_check(name))
    except sqlite3.DatabaseError as exc:
        return [f"full-text index: {exc}"]
    finally:
        conn.close()
    return []


def missing_triggers(db: Database) -> list[str]:
    present = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    return [f"protective trigger {name} is missing (removed by another tool)" for name in PROTECTIVE_TRIGGERS
            if name not in present]


def broken_seals(db: Database) -> list[str]:
    return [f"evidence {row['id']} ({row['url'] or 'no address'}, captured {row['captured_at']}): its content no "
            f"longer matches its seal" for row in evidence.verify_all(db)]


def broken_captures(db: Database) -> list[str]:
    return [f"capture {row['id']} of violation {row['violation_id']} ({row['url']}, captured {row['captured_at']}): "
            f"its WARC, picture or record no longer matches its seal" for row in capture_seal.broken(db)]


def integrity_problems(db: Database, *, quick: bool = False) -> list[str]:
    """Everything wrong with the workspace; empty when all is well.

    ``quick`` (the desktop's start-up check) runs SQLite's quick check, the foreign keys and the trigger check only,
    holding no write lock (the daily backup checks the full-text index on its copy); the full check (`workstation
    db check`) also checks the full-text index, walks the audit chain and re-verifies every evidence seal.
    """
    problems = storage_problems(db, quick=quick)
    try:
        problems += missing_triggers(db)
        if not quick:
            problems += audit.verify_chain(db)
            problems += broken_seals(db)
            problems += broken_captures(db)
    except sqlite3.DatabaseError as exc:
        problems.append(str(exc))
    return problems
