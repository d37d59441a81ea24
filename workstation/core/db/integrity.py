"""Is this workspace whole? SQLite's own checks, the full-text index, foreign keys, the protective triggers, the
audit chain, every evidence seal and every page capture's seal, and the values another program may have left that
the workstation cannot read (an item's stored text, a time); each problem named in one line (``errors.Problem``: the
command line prints it, the desktop writes it in the interface language)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.db import audit, bodies, capture_seal, evidence
from workstation.core.db.schema import PROTECTIVE_TRIGGERS
from workstation.core.db.stored_times import shown_value
from workstation.core.errors import Problem

# The full-text indexes: items_fts (contentless since schema step 18: FTS5 checks the index's own structure) and,
# while items.compact moves an older workspace, the index kept from before (checked against its stored copy).
_INDEXES = ("items_fts", "items_fts_stored")


def _index_check(name: str) -> str:
    return f"INSERT INTO {name}({name}) VALUES ('integrity-check')"


def storage_problems(db: Database, *, quick: bool = False, index: bool = True) -> list[Problem]:
    """Messages from SQLite's integrity check, the full-text index check and the foreign keys.

    ``quick`` leaves out the full-text index check, and ``index=False`` that check alone: it is written as an
    INSERT, so it holds the workspace's write lock while it reads the whole index (half a minute at a million items,
    longer than a writer waits). The desktop runs it on the private copy its daily backup makes instead
    (``index_problems_of_copy``)."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        rows = [r[0] for r in db.execute(f"PRAGMA {pragma}").fetchall()]
    except sqlite3.DatabaseError as exc:
        return [Problem("check.storage", detail=str(exc))]
    problems = [Problem("check.storage", detail=r) for r in rows if r != "ok"]
    # FTS5's own check is written as an INSERT, which a read-only workspace refuses: skip it there.
    if not quick and index and not getattr(db, "read_only", False):
        for name in (n for n in _INDEXES if n in db.table_names()):
            try:
                db.execute(_index_check(name))
            except sqlite3.DatabaseError as exc:
                problems.append(Problem("check.index", detail=str(exc)))
    if not quick:
        problems += _unmatched_index_rows(db)
    try:
        fk = db.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as exc:
        fk = []
        problems.append(Problem("check.storage", detail=str(exc)))
    problems.extend(Problem("check.foreign_key", table=row[0], row=row[1], parent=row[2]) for row in fk[:20])
    return problems


def _unmatched_index_rows(db: Database) -> list[Problem]:
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
        return [Problem("check.index", detail=str(exc))]
    return ([Problem("check.index_missing", count=missing)] if missing else []) + \
        ([Problem("check.index_stale", count=stale)] if stale else [])


def index_problems_of_copy(path: Path) -> list[Problem]:
    """The full-text index check on a private copy of the workspace (the daily backup's), where it locks nothing
    another program needs."""
    try:
        conn = sqlite3.connect(str(path), isolation_level=None)  # autocommit: the check is its own transaction
    except sqlite3.Error as exc:
        return [Problem("check.storage", detail=str(exc))]
    try:
        conn.execute("PRAGMA cache_size = -2048")
        for name in _INDEXES:
            if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [name]).fetchone():
                conn.execute(_index_check(name))
    except sqlite3.DatabaseError as exc:
        return [Problem("check.index", detail=str(exc))]
    finally:
        conn.close()
    return []


def missing_triggers(db: Database) -> list[Problem]:
    present = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    return [Problem("check.trigger", name=name) for name in PROTECTIVE_TRIGGERS if name not in present]


def broken_seals(db: Database) -> list[Problem]:
    return [Problem("check.seal", id=row["id"], url=row["url"], at=row["captured_at"]) if row["url"] else
            Problem("check.seal_no_url", id=row["id"], at=row["captured_at"]) for row in evidence.verify_all(db)]


def broken_captures(db: Database) -> list[Problem]:
    return [Problem("check.capture", id=row["id"], violation=row["violation_id"], url=row["url"],
                    at=row["captured_at"]) for row in capture_seal.broken(db)]


# Of each kind of unreadable value, this many are named one by one; the rest are counted.
NAMED_VALUES = 20
VALUES_PAGE = 5000


def _named(found: list[Problem], total: int, more: str) -> list[Problem]:
    """The problems named one by one, and a line counting the rest (message ``more``)."""
    return found + ([Problem(more, count=total - len(found))] if total > len(found) else [])


def damaged_bodies(db: Database) -> list[Problem]:
    """Items whose stored text (``db.bodies``) does not unpack: the item would show an error, a report or search
    would skip or stop at it."""
    found, total = [], 0
    for item_id, why in bodies.damaged(db):
        total += 1
        if len(found) < NAMED_VALUES:
            found.append(Problem("check.body", id=item_id, reason=why))
    return _named(found, total, "check.more_bodies")


def _columns(db: Database, table: str) -> tuple[list[tuple[str, str]], list[str]]:
    """A table's (column, type) and its key's columns (rowid where it has no key of its own), in a workspace file
    or a team workspace."""
    if hasattr(db, "typed_columns"):  # a team workspace (``db.team``)
        return db.typed_columns(table), db.primary_key(table) or ["ctid"]
    return [(column.name, column.type) for column in db[table].columns], db[table].pks


def _time_columns(db: Database) -> list[tuple[str, str, list[str]]]:
    """(table, column, key) of every time the workstation stores as text (``clock.to_iso``): columns named ``at``
    or ``…_at`` of type text (the radar's keys keep minutes as integers)."""
    found = []
    for table in db.table_names():
        columns, key = _columns(db, table)
        found += [(table, name, key) for name, kind in columns
                  if (name == "at" or name.endswith("_at")) and kind.upper() == "TEXT"]
    return found


def _values(db: Database, table: str, column: str, key: list[str]) -> Iterator[tuple]:
    """(value, *key) of a column's values that are not NULL, a page at a time in the key's order where the key is one
    column (a million items are never in memory at once; a team workspace's statement hands over all its rows)."""
    keys = ", ".join(f'"{name}"' for name in key)
    select = f'SELECT "{column}", {keys} FROM "{table}" WHERE "{column}" IS NOT NULL'
    if len(key) != 1:  # tables of pairs: small
        yield from db.execute(select).fetchall()
        return
    rows = db.execute(f"{select} ORDER BY {keys} LIMIT {VALUES_PAGE}").fetchall()
    while True:
        yield from rows
        if len(rows) < VALUES_PAGE:
            return
        rows = db.execute(f"{select} AND {keys} > ? ORDER BY {keys} LIMIT {VALUES_PAGE}", [rows[-1][1]]).fetchall()


def unreadable_times(db: Database) -> list[Problem]:
    """Stored times that are no time (text another program wrote, a number, bytes): the figures of a period holding
    one are refused (``figures.bad_time``), here they are named first. Each column is read once, a page at a time
    (``_values``); NULL is no time written, not a damaged one."""
    found, total = [], 0
    for table, column, key_columns in _time_columns(db):
        for value, *key in _values(db, table, column, key_columns):
            if clock.stored_time(value) is None:
                total += 1
                if len(found) < NAMED_VALUES:
                    found.append(Problem("check.time", table=table, record="/".join(map(str, key)), column=column,
                                         value=shown_value(value)))
    return _named(found, total, "check.more_times")


def integrity_problems(db: Database, *, quick: bool = False, index: bool = True) -> list[Problem]:
    """Everything wrong with the workspace; empty when all is well.

    ``quick`` (the desktop's start-up check) runs SQLite's quick check, the foreign keys and the trigger check only,
    holding no write lock (the daily backup checks the full-text index on its copy); the full check (`workstation
    db check`) also checks the full-text index, walks the audit chain, re-verifies every evidence seal and reads
    every stored text and time. ``index=False`` (the desktop's check on demand) is the full check but for the
    full-text index's own check, which would hold the write lock (``storage_problems``).
    """
    problems = storage_problems(db, quick=quick, index=index)
    try:
        problems += missing_triggers(db)
        if not quick:
            problems += audit.verify_chain(db)
            problems += broken_seals(db)
            problems += broken_captures(db)
            problems += damaged_bodies(db)
            problems += unreadable_times(db)
    except sqlite3.DatabaseError as exc:
        problems.append(Problem("check.storage", detail=str(exc)))
    return problems
