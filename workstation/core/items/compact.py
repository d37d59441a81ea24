"""Moving a workspace made before schema step 18 to its compact form, a short transaction at a time.

Step 18 itself only makes the new tables: a workspace that had items keeps their bodies in the item rows and its
full-text index (with its stored copy of every folded title and text) as ``items_fts_stored``, and notes in
``workspace_meta`` the id below which items have not moved yet. This moves them, newest first: each body compressed
into ``item_bodies`` (``db.bodies``), each index row copied from the stored index into the contentless ``items_fts``
(its words as they were indexed, so nothing is worked out again). Readers of bodies and search read both places
meanwhile. The compression is done before the write lock is taken; each write transaction holds it for about
``dedup.TURN_S``. Cancelling stops between two transactions; running it again goes on where it stopped.

The pages freed stay in the file and are reused by new items; ``vacuum`` gives them back to the disk at the end
(it rewrites the file, so it needs as much free disk as the workspace's new size and holds the write lock meanwhile).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlite_utils import Database

from workstation.core.db import bodies
from workstation.core.db.connect import let_others_write
from workstation.core.ingest.dedup import STORED_FTS, has_stored_index, next_batch


@dataclass(frozen=True)
class CompactResult:
    moved: int
    left: int
    cancelled: bool


def compact_needed(db: Database) -> bool:
    return bodies.moving_below(db) is not None or has_stored_index(db)


def items_left(db: Database) -> int:
    below = bodies.moving_below(db)
    return 0 if below is None else db.execute("SELECT count(*) FROM items WHERE id < ?", [below]).fetchone()[0]


def _finish(db: Database) -> None:
    with db.atomic():
        db.execute("DELETE FROM workspace_meta WHERE key = ?", [bodies.MOVING_BELOW])
        if has_stored_index(db):
            db.execute(f"DROP TABLE {STORED_FTS}")


def compact(db: Database, *, batch: int = 200, progress: Callable[[int, int], None] | None = None,
            cancel: Callable[[], bool] | None = None, vacuum: bool = False) -> CompactResult:
    """Move every item still in the layout from before schema step 18, newest first.

    ``progress(done, total)`` is called after each transaction; ``cancel()`` is asked before each one."""
    total = items_left(db)
    moved = 0
    size = max(1, batch)
    while (below := bodies.moving_below(db)) is not None:
        if cancel is not None and cancel():
            return CompactResult(moved, items_left(db), True)
        ids = [r[0] for r in db.execute("SELECT id FROM items WHERE id < ? ORDER BY id DESC LIMIT ?", [below, size])]
        if not ids:
            let_others_write(db)
            _finish(db)
            break
        marks = ",".join("?" * len(ids))
        holding = f"id IN ({marks}) AND (content_html != '' OR content_text != '')"
        # Compressed before the lock: the slow part never holds other programs up.
        packed = {r[0]: bodies.pack(r[1] or "", r[2] or "")
                  for r in db.execute(f"SELECT id, content_html, content_text FROM items WHERE {holding}", ids)}
        let_others_write(db)
        began = time.monotonic()
        with db.atomic():
            if bodies.moving_below(db) != below:
                continue  # another program moved these meanwhile
            # Only rows still holding their body: an item changed meanwhile was stored anew by ingest.
            still = [r[0] for r in db.execute(f"SELECT id FROM items WHERE {holding}", ids) if r[0] in packed]
            db.executemany(f"INSERT OR REPLACE INTO {bodies.TABLE} (item_id, body) VALUES (?, ?)",
                           [(item_id, packed[item_id]) for item_id in still])
            if still:
                db.execute(f"UPDATE items SET content_html = '', content_text = '' "
                           f"WHERE id IN ({','.join('?' * len(still))})", still)
            if has_stored_index(db):
                # Items changed or deleted meanwhile left the stored index (ingest.dedup.unindex).
                rows = db.execute(f"SELECT rowid, title, text, title_forms, text_forms FROM {STORED_FTS} "
                                  f"WHERE rowid IN ({marks})", ids).fetchall()
                db.executemany("INSERT INTO items_fts(rowid, title, text, title_forms, text_forms) "
                               "VALUES (?, ?, ?, ?, ?)", rows)
            db.execute("UPDATE workspace_meta SET value = ? WHERE key = ?", [str(min(ids)), bodies.MOVING_BELOW])
        held = time.monotonic() - began
        moved += len(ids)
        size = next_batch(size, held)
        if progress is not None:
            progress(min(moved, total), total)
    if vacuum:
        db.execute("VACUUM")
    return CompactResult(moved, 0, False)
