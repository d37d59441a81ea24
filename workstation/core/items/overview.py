"""What the sources pane shows: each source with its unread and total counts and its last error."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from workstation.core.ingest.sources import list_sources


def sources_with_counts(db: Database) -> list[dict[str, Any]]:
    counts = {row[0]: (row[1], row[2]) for row in db.execute(
        "SELECT source_id, count(*), sum(read = 0) FROM items GROUP BY source_id")}
    out = []
    for source in list_sources(db):
        total, unread = counts.get(source["id"], (0, 0))
        out.append({**source, "total": total, "unread": unread or 0})
    return out


def global_counts(db: Database) -> dict[str, int]:
    """Four counts, each answered from an index (partial indexes for unread and starred), not a scan of items."""
    def one(sql: str) -> int:
        return db.execute(sql).fetchone()[0]

    return {"total": one("SELECT count(*) FROM items"),
            "unread": one("SELECT count(*) FROM items WHERE read = 0"),
            "starred": one("SELECT count(*) FROM items WHERE starred = 1"),
            "orphans": one("SELECT count(*) FROM items WHERE source_id IS NULL")}
