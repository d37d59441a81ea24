"""Storing parsed items without duplicates: guid, then canonical URL, then content hash.

A re-fetched item that changed is updated in place; it keeps its uuid, its first-seen time and
everything the analyst did with it (read, starred, tags, cases), because those live in columns and
tables this module never writes.
"""

from __future__ import annotations

import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.db import bodies
from workstation.core.db.connect import let_others_write
from workstation.core.ids import new_uuid
from workstation.core.ingest.draft import ItemDraft
from workstation.core.ingest.prepared import Prepared, index_row, prepare


@dataclass
class StoreSummary:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    new_ids: list[int] = field(default_factory=list)
    updated_ids: list[int] = field(default_factory=list)

    def add(self, other: StoreSummary) -> None:
        self.new += other.new
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.new_ids += other.new_ids
        self.updated_ids += other.updated_ids


# A workspace made before word forms keeps its old exact-only index under this name until ``items.reindex`` has
# moved every item to ``items_fts`` (search reads both meanwhile).
EXACT_ONLY_FTS = "items_fts_exact"
# Since schema step 18 ``items_fts`` is contentless (it keeps no copy of what it indexes); a workspace made before
# keeps its index with the stored copy under this name until ``items.compact`` has moved every item over (search
# reads both meanwhile, with the same query).
STORED_FTS = "items_fts_stored"


def _has_table(db: Database, name: str) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).fetchone() is not None


def has_exact_only_index(db: Database) -> bool:
    return _has_table(db, EXACT_ONLY_FTS)


def has_stored_index(db: Database) -> bool:
    return _has_table(db, STORED_FTS)


def unindex(db: Database, item_ids: Iterable[int]) -> None:
    """Take items out of the full-text indexes, inside the caller's transaction, before their title, text or
    language change or they are deleted. A contentless index forgets a row only when told the words it indexed,
    worked out again here from the stored item by ``index_row``; an index with its own copy forgets by rowid."""
    ids = list(dict.fromkeys(item_ids))
    names = [name for name in ("items_fts", EXACT_ONLY_FTS, STORED_FTS) if _has_table(db, name)]
    # A team workspace's index (core.db.team) forgets by rowid whatever the words; SQLite's is asked what it holds.
    on_sqlite = isinstance(getattr(db, "conn", None), sqlite3.Connection)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for name in names:
            marks = ",".join("?" * len(chunk))
            if _has_table(db, f"{name}_content"):
                db.execute(f"DELETE FROM {name} WHERE rowid IN ({marks})", chunk)
                continue
            held = chunk
            if on_sqlite:
                held = [r[0] for r in db.execute(f"SELECT id FROM {name}_docsize WHERE id IN ({marks})", chunk)]
                if not held:
                    continue
                marks = ",".join("?" * len(held))
            # Read strictly: a contentless index's row is taken out with the very words it holds, and a damaged
            # body cannot give them (words guessed wrong would corrupt the index); the error names the item.
            texts = {item_id: body.text for item_id, body in bodies.read_many(db, held).items()}
            for item_id, title, lang in db.execute(f"SELECT id, title, lang FROM items WHERE id IN ({marks})",
                                                   held).fetchall():
                db.execute(f"INSERT INTO {name}({name}, rowid, title, text, title_forms, text_forms) "
                           "VALUES (?, ?, ?, ?, ?, ?)", ["delete", item_id, *index_row(title, texts[item_id], lang)])


def index_item(db: Database, item_id: int, title: str, text: str, *, replace: bool,
               lang: str | None = None, row: tuple[str, str, str, str] | None = None) -> None:
    """Write the item's full-text row; ``row`` is ``index_row``'s answer when it was worked out already (by the
    process that parsed the feed). ``replace`` first takes out the row indexed before, which must be done while
    the item still holds what was indexed: call ``unindex`` before changing it, then this without ``replace``."""
    if replace:
        unindex(db, [item_id])
    if row is None:
        if lang is None:
            found = db.execute("SELECT lang FROM items WHERE id = ?", [item_id]).fetchone()
            lang = found[0] if found else None
        row = index_row(title, text, lang)
    db.execute("INSERT INTO items_fts(rowid, title, text, title_forms, text_forms) VALUES (?, ?, ?, ?, ?)",
               [item_id, *row])


_COLS = "id, title, content_hash, published_at, date_known, url, guid, canonical_url"


class _Existing:
    """The items of one source that a batch could match, looked up once per batch instead of three queries
    per item (guid, then canonical URL, then content hash); kept current as the batch inserts and updates."""

    def __init__(self, db: Database, source_id: int | None, guids: list, canons: list, digests: list) -> None:
        self.by_guid: dict[str, tuple] = {}
        self.by_canon: dict[str, list[tuple]] = {}
        self.by_hash: dict[str, tuple] = {}
        found: dict[int, tuple] = {}
        for column, values in (("guid", guids), ("canonical_url", canons), ("content_hash", digests)):
            wanted = sorted({v for v in values if v})
            for start in range(0, len(wanted), 500):
                chunk = wanted[start:start + 500]
                for row in db.execute(f"SELECT {_COLS} FROM items WHERE source_id IS ? AND {column} IN "
                                      f"({','.join('?' * len(chunk))})", [source_id, *chunk]):
                    found[row[0]] = row
        for item_id in sorted(found):  # the oldest item wins a tie, whichever batch or query found it
            self.add(found[item_id])

    def add(self, row: tuple) -> None:
        if row[6]:
            self.by_guid.setdefault(row[6], row)
        if row[7]:
            rows = self.by_canon.setdefault(row[7], [])
            if all(r[0] != row[0] for r in rows):
                rows.append(row)
        self.by_hash.setdefault(row[2], row)

    def find(self, guid: str | None, canon: str | None, digest: str) -> tuple | None:
        if guid and guid in self.by_guid:
            return self.by_guid[guid]
        if canon:
            # A row with a different guid is a different item that happens to share a link (front-page links).
            for row in sorted(self.by_canon.get(canon, ()), key=lambda r: r[0]):
                if row[6] is None or guid is None:
                    return row
        return self.by_hash.get(digest)


# A long job (a feed of thousands of items, a saved file of a hundred thousand) stores items a part at a time
# and commits once a transaction has held the workspace's write lock for TURN_S, so the desktop and other
# programs writing the same workspace wait a tenth of a second at most, on any machine and for any size of item
# (benchmarks/bench_write_lock.py). Fewer, longer transactions would be a little faster overall.
PART_ITEMS = 100
TURN_S = 0.1


def next_batch(size: int, held: float, *, most: int = 5000) -> int:
    """The batch size for a long job's next transaction, from how long this one of ``size`` held the lock: halved
    past TURN_S, doubled under a third of it, so each stays near TURN_S whatever the machine and the items."""
    if held > TURN_S and size > 1:
        return max(1, size // 2)
    if held < TURN_S / 3:
        return min(size * 2, most)
    return size


def store_items(db: Database, source_id: int | None, drafts: list[ItemDraft], *, fetched_at: str | None = None
                ) -> StoreSummary:
    """Insert new items and update changed ones, in transactions of at most about ``TURN_S`` each.

    A failure (a full disk) keeps the transactions already committed and raises; ``ingest.run.record`` stores
    turn by turn itself, to count exactly what was kept.
    """
    fetched_at = fetched_at or clock.now_iso()
    prepared = prepare(drafts)
    summary, position = StoreSummary(), 0
    while True:
        let_others_write(db)
        with db.atomic():
            stored, position = store_turn(db, source_id, prepared, position, fetched_at=fetched_at)
        summary.add(stored)
        if position >= len(prepared):
            return summary


def store_turn(db: Database, source_id: int | None, prepared: list[Prepared], start: int, *, fetched_at: str,
               after_part: Callable[[StoreSummary], None] | None = None) -> tuple[StoreSummary, int]:
    """Store ``prepared[start:]`` part by part inside the caller's transaction until it has lasted ``TURN_S``
    (at least one part); ``after_part`` sees each part's summary (triage of its new items). Returns what was
    stored and where the next turn starts."""
    summary = StoreSummary()
    began = time.monotonic()
    position = start
    while True:
        part_began = time.monotonic()
        part = store_batch(db, source_id, prepared[position:position + PART_ITEMS], fetched_at=fetched_at)
        position = min(len(prepared), position + PART_ITEMS)
        if after_part is not None:
            after_part(part)
        summary.add(part)
        now = time.monotonic()
        # Stop before a part that would likely end past the turn (a part with its triage takes up to a tenth of
        # a second itself), not after it: the lock is then held about TURN_S, not up to twice that.
        if position >= len(prepared) or now - began + (now - part_began) > TURN_S:
            return summary, position


def record_views(db: Database, item_id: int, draft: ItemDraft, seen_at: str) -> None:
    """Append a Telegram post's view count at this fetch (item_views: the radar reads their growth)."""
    if draft.views is not None:
        db.execute("INSERT OR REPLACE INTO item_views (item_id, seen_at, views) VALUES (?, ?, ?)",
                   [item_id, seen_at, draft.views])


def count_new_items(db: Database, items: Iterable[tuple[str, int | None, str]]) -> None:
    """Add new items, as (first_seen_at, source_id, lang), to the running counts per UTC day and month that the
    figures read (``item_counts``, ``item_counts_month``). Whoever inserts items calls this in the same
    transaction (schema step 17: one statement per group, not a trigger's two per item); deleting items and
    changing their source, language or first-seen time are still counted by triggers."""
    days = Counter((str(seen)[:10], source_id or 0, lang or "") for seen, source_id, lang in items)
    months: Counter = Counter()
    for (day, source, lang), n in days.items():
        db.execute("INSERT INTO item_counts (day, source_id, lang, n) VALUES (?, ?, ?, ?) "
                   "ON CONFLICT (day, source_id, lang) DO UPDATE SET n = n + excluded.n", [day, source, lang, n])
        months[(day[:7], source, lang)] += n
    for (month, source, lang), n in months.items():
        db.execute("INSERT INTO item_counts_month (month, source_id, lang, n) VALUES (?, ?, ?, ?) "
                   "ON CONFLICT (month, source_id, lang) DO UPDATE SET n = n + excluded.n", [month, source, lang, n])


def store_batch(db: Database, source_id: int | None, batch: list[Prepared], *, fetched_at: str) -> StoreSummary:
    """Store one part in one transaction (a savepoint inside the caller's transaction)."""
    summary = StoreSummary()
    counted: list[tuple[str, int | None, str]] = []
    new_bodies: list[tuple[int, bytes]] = []
    with db.atomic():
        # Looked up inside the transaction: another program storing the same source's items between two batches
        # is seen, never duplicated.
        existing_items = _Existing(db, source_id, [p.guid for p in batch], [p.canonical for p in batch],
                                   [p.digest for p in batch])
        for draft, guid, canon, digest, index, packed in ((p.draft, p.guid, p.canonical, p.digest, p.index, p.body)
                                                          for p in batch):
            existing = existing_items.find(guid, canon, digest)
            if draft.published is not None:
                published_at, offset, known = clock.to_iso(draft.published.moment), draft.published.offset_minutes, 1
            else:
                published_at, offset, known = fetched_at, None, 0
            if existing is None:
                item_id = db.execute(
                    """INSERT INTO items (uuid, source_id, guid, url, canonical_url, title, author, published_at,
                           published_offset, date_known, first_seen_at, fetched_at, lang, content_hash)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    [new_uuid(), source_id, guid, draft.url, canon, draft.title, draft.author, published_at, offset,
                     known, fetched_at, fetched_at, draft.lang, digest],
                ).lastrowid
                if draft.content_html or draft.content_text:
                    new_bodies.append((item_id, packed or bodies.pack(draft.content_html, draft.content_text)))
                index_item(db, item_id, draft.title, draft.content_text, replace=False, lang=draft.lang or '',
                           row=index)
                record_views(db, item_id, draft, fetched_at)
                existing_items.add((item_id, draft.title, digest, published_at, known, draft.url, guid, canon))
                counted.append((fetched_at, source_id, draft.lang))
                summary.new += 1
                summary.new_ids.append(item_id)
                continue
            item_id, old_title, old_hash, old_published, old_known, old_url, old_guid, _old_canon = existing
            record_views(db, item_id, draft, fetched_at)  # kept over time, on every fetch, changed or not
            if old_hash == digest and old_title == draft.title and old_url == draft.url:
                db.execute("UPDATE items SET fetched_at = ? WHERE id = ?", [fetched_at, item_id])
                summary.unchanged += 1
                continue
            if not known:
                # An item that never had a date keeps the time we first saw it.
                published_at, offset, known = old_published, None, old_known
            bodies.add_many(db, new_bodies)  # an item of this part may be the one changing
            new_bodies.clear()
            unindex(db, [item_id])  # while the item still holds what was indexed
            db.execute(
                """UPDATE items SET guid = coalesce(guid, ?), url = ?, canonical_url = ?, title = ?, author = ?,
                       published_at = ?, published_offset = ?, date_known = ?, fetched_at = ?, updated_at = ?,
                       content_html = '', content_text = '', lang = ?, content_hash = ?
                   WHERE id = ?""",
                [guid, draft.url, canon, draft.title, draft.author, published_at, offset, known, fetched_at,
                 fetched_at, draft.lang, digest, item_id],
            )
            bodies.write(db, item_id, draft.content_html, draft.content_text, packed=packed)
            index_item(db, item_id, draft.title, draft.content_text, replace=False, lang=draft.lang or '', row=index)
            existing_items.add((item_id, draft.title, digest, published_at, known, draft.url, old_guid or guid, canon))
            summary.updated += 1
            summary.updated_ids.append(item_id)
        bodies.add_many(db, new_bodies)
        count_new_items(db, counted)
    return summary
