"""Filling in the word forms of items indexed before them (or by older rules), a short transaction at a time.

A workspace upgraded to word forms keeps its exact-only index as ``items_fts_exact`` (``ingest.dedup``); search
reads it beside ``items_fts`` until every item has moved over, so search keeps working, on exact words, while
this runs. The forms of a batch are worked out before the write lock is taken; each write transaction holds
the lock for about ``dedup.TURN_S`` and lets other programs write between two (``db.connect.let_others_write``).
Cancelling stops between two transactions; running it again goes on where it stopped.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlite_utils import Database

from workstation.core.analysis.forms import FORMS_VERSION
from workstation.core.db import bodies
from workstation.core.db.connect import let_others_write
from workstation.core.ingest.dedup import EXACT_ONLY_FTS, has_exact_only_index, index_row, next_batch, unindex

_META_VERSION = "forms_version"


@dataclass(frozen=True)
class ReindexResult:
    moved: int
    left: int
    cancelled: bool


def stored_forms_version(db: Database) -> int | None:
    row = db.execute("SELECT value FROM workspace_meta WHERE key = ?", [_META_VERSION]).fetchone()
    return int(row[0]) if row and str(row[0]).isdecimal() else None


def reindex_needed(db: Database) -> bool:
    """Whether some items lack their word forms (an upgraded workspace) or have them by older rules."""
    return has_exact_only_index(db) or stored_forms_version(db) != FORMS_VERSION


def items_left(db: Database) -> int:
    if has_exact_only_index(db):
        return db.execute(f"SELECT count(*) FROM {EXACT_ONLY_FTS}").fetchone()[0]
    if stored_forms_version(db) != FORMS_VERSION:
        return db.execute("SELECT count(*) FROM items").fetchone()[0]
    return 0


def _start_rebuild(db: Database) -> None:
    """Forms made by older rules: keep the index as exact-only and fill a new one (new items get new forms)."""
    with db.atomic():
        if has_exact_only_index(db) or stored_forms_version(db) == FORMS_VERSION:
            return  # another program started it while we waited for the lock
        db.execute(f"ALTER TABLE items_fts RENAME TO {EXACT_ONLY_FTS}")
        db.execute("CREATE VIRTUAL TABLE items_fts USING fts5(title, text, title_forms, text_forms, content = '', "
                   "tokenize = 'unicode61 remove_diacritics 0')")
        db.execute("INSERT OR REPLACE INTO workspace_meta (key, value) VALUES (?, ?)",
                   [_META_VERSION, str(FORMS_VERSION)])


def reindex_forms(db: Database, *, batch: int = 200, progress: Callable[[int, int], None] | None = None,
                  cancel: Callable[[], bool] | None = None) -> ReindexResult:
    """Move every item still in the exact-only index to the index with word forms, newest first.

    ``progress(done, total)`` is called after each transaction; ``cancel()`` is asked before each one.
    """
    if stored_forms_version(db) != FORMS_VERSION:
        _start_rebuild(db)
    total = items_left(db)
    moved = 0
    size = max(1, batch)
    while has_exact_only_index(db):
        if cancel is not None and cancel():
            return ReindexResult(moved, items_left(db), True)
        ids = [r[0] for r in db.execute(f"SELECT rowid FROM {EXACT_ONLY_FTS} ORDER BY rowid DESC LIMIT ?", [size])]
        if not ids:
            let_others_write(db)
            with db.atomic():
                if has_exact_only_index(db) and not db.execute(f"SELECT 1 FROM {EXACT_ONLY_FTS} LIMIT 1").fetchone():
                    db.execute(f"DROP TABLE {EXACT_ONLY_FTS}")
            break
        marks = ",".join("?" * len(ids))
        # Worked out before the lock: the slow part (word forms) never holds other programs up.
        texts = bodies.texts(db, ids)
        rows = {r[0]: index_row(r[1] or "", texts[r[0]], r[2])
                for r in db.execute(f"SELECT id, title, lang FROM items WHERE id IN ({marks})", ids)}
        let_others_write(db)
        began = time.monotonic()
        with db.atomic():
            # Only what is still waiting: an item updated meanwhile was indexed anew by ingest.
            waiting = [r[0] for r in db.execute(f"SELECT rowid FROM {EXACT_ONLY_FTS} WHERE rowid IN ({marks})", ids)]
            unindex(db, waiting)  # out of the exact-only index, and of the new one if some program indexed it there
            for item_id in waiting:
                if item_id in rows:
                    db.execute("INSERT INTO items_fts(rowid, title, text, title_forms, text_forms) "
                               "VALUES (?, ?, ?, ?, ?)", [item_id, *rows[item_id]])
        held = time.monotonic() - began
        moved += len(waiting)
        size = next_batch(size, held)
        if progress is not None:
            progress(min(moved, total), total)
    return ReindexResult(moved, 0, False)
