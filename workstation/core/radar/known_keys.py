"""Which keys the radar's tables may hold, kept in memory for one connection, so that a batch asks SQLite only
about the keys some earlier item may have carried.

Two thirds of a new item's ~20 keys were carried by no earlier item, and each was looked up in both tables of keys
(``cluster._keyed_items``) all the same. A bitmap of the keys' low bits (a Bloom filter with one hash: the keys are
hashes already) answers "certainly not stored" for most of them. It may answer "perhaps" for a key that is not
stored (SQLite is then asked, as before), never "no" for one that is: it holds every key this connection wrote,
and when SQLite's ``data_version`` says another connection has committed since, what that one may have added is
read again: the small tables of new keys, and the key ranges moved from them into the large tables since
(``moves``). A key this connection wrote in a transaction that was rolled back stays a "perhaps", which costs only
a look-up. At 60,000 items the look-up took 0.31 instead of 0.36 ms an item (most of what remains reads the rows of
the keys found).

The bitmap is built only after the connection has looked up ``BUILD_AFTER`` keys without it: building reads every
key of the tables (about a second at a million rows), which the import of one feed would not pay back.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable

from sqlite_utils import Database

from workstation.core.db.connect import WorkspaceDatabase

BITS = 1 << 26  # 8 MiB: a wrong "perhaps" for under 4% of the keys not stored, at 2,000,000 stored keys
BUILD_AFTER = 100_000  # about 5,000 items
_BYTE_MASK = BITS // 8 - 1
# Each large table of keys and its table of new keys (``cluster._merge_slice`` moves one into the other).
TABLES = (("radar_keys", "radar_keys_new"), ("radar_entity_stories", "radar_entity_stories_new"))
_MOVES = "radar_key_slice"  # workspace_meta: how many key ranges were moved so far


def moves(db: Database) -> int:
    """How many times a key range of new keys was moved into the large tables, in this workspace."""
    row = db.execute("SELECT value FROM workspace_meta WHERE key = ?", [_MOVES]).fetchone()
    return int(row[0]) if row and str(row[0]).isdecimal() else 0


def count_move(db: Database, done: int) -> None:
    db.execute("INSERT OR REPLACE INTO workspace_meta (key, value) VALUES (?, ?)", [_MOVES, str(done)])


def key_range(move: int, slices: int) -> tuple[int, int]:
    """The keys (signed 64-bit) the ``move``-th move takes: the ranges follow each other round the key space."""
    width = (1 << 64) // slices
    low = -(1 << 63) + (move % slices) * width
    return low, low + width - 1


class KnownKeys:
    """The keys that may be stored in the radar's tables, as far as one connection knows (``among``, ``add``)."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self.bits: bytearray | None = None
        self.version = 0  # the connection's data_version when the bitmap was last brought up to date
        self.moves = 0  # the workspace's moves then
        self.looked_up = 0  # keys looked up while there was no bitmap

    def sync(self, db: Database, slices: int) -> None:
        """Bring the bitmap up to date at the start of a batch (inside its transaction), or build it once enough
        keys were looked up without it."""
        if not self.enabled or (self.bits is None and self.looked_up < BUILD_AFTER):
            return
        version, done = db.execute("PRAGMA data_version").fetchone()[0], moves(db)
        if self.bits is None or not 0 <= done - self.moves < slices:
            # Never built, or the other connections moved more ranges than there are: every range may have
            # received keys this connection has not seen.
            self.bits = bytearray(BITS // 8)
            for table in (table for pair in TABLES for table in pair):
                self._read(db, f"SELECT DISTINCT key FROM {table}")
        elif version != self.version:
            # The ranges moved since the last batch: by others, and the last batch's own move (its keys were known,
            # but it may have been rolled back and its number taken by another connection's move).
            for large, new in TABLES:
                self._read(db, f"SELECT DISTINCT key FROM {new}")
                for move in range(self.moves, done):
                    self._read(db, f"SELECT DISTINCT key FROM {large} WHERE key BETWEEN ? AND ?",
                               key_range(move, slices))
        self.version, self.moves = version, done

    def _read(self, db: Database, sql: str, parameters: tuple = ()) -> None:
        self.add(key for (key,) in db.execute(sql, parameters))

    def among(self, keys: set[int]) -> set[int]:
        """Those of ``keys`` that may be stored (all of them while there is no bitmap)."""
        bits = self.bits
        if bits is None:
            self.looked_up += len(keys) if self.enabled else 0
            return keys
        return {key for key in keys if bits[(key >> 3) & _BYTE_MASK] >> (key & 7) & 1}

    def add(self, keys: Iterable[int]) -> None:
        """Keys just written (or read) into the tables."""
        bits = self.bits
        if bits is None:
            return
        for key in keys:
            bits[(key >> 3) & _BYTE_MASK] |= 1 << (key & 7)


_BY_CONNECTION: weakref.WeakKeyDictionary[Database, KnownKeys] = weakref.WeakKeyDictionary()
_NONE_KNOWN = KnownKeys(enabled=False)


def of(db: Database, slices: int) -> KnownKeys:
    """The known keys of this connection, brought up to date for a batch. A team workspace (PostgreSQL: no
    data_version to tell others' writes) and a read-only one look every key up."""
    if not isinstance(db, WorkspaceDatabase) or db.read_only:
        return _NONE_KNOWN
    known = _BY_CONNECTION.get(db)
    if known is None:
        known = _BY_CONNECTION[db] = KnownKeys()
    known.sync(db, slices)
    return known
