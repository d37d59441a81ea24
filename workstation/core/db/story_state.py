"""What the radar's story keys are worked out with, read from the workspace: the secret for card numbers and the
end of the radar's window. Here, below ingest, items and the radar, because all three read them: ingest hands both
to the worker processes that work out the keys, the radar and the similar-items search use them itself."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from workstation.core import clock


def card_key(db: Database) -> bytes | None:
    """The workspace's secret for the hashes of card numbers in entity keys (made by the schema step)."""
    row = db.execute("SELECT value FROM workspace_meta WHERE key = 'card_key'").fetchone()
    return bytes.fromhex(row[0]) if row and row[0] else None


def newest_read(db: Database) -> dt.datetime | None:
    """When the newest item the radar has read happened (None before the first, or where another program left
    something that is no time there): the end of its window."""
    return clock.stored_time(db.execute("SELECT max(at) FROM radar_story_items").fetchone()[0])
