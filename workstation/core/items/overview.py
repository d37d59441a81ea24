"""What the sources pane shows: each source with its unread and total counts and its last error, the smart lists'
counts, saved searches and tags with their counts."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from workstation.core.ingest.sources import list_sources
from workstation.core.items.probes import list_probes
from workstation.core.items.tags import list_tags


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


def tags_with_counts(db: Database) -> list[dict[str, Any]]:
    """Every tag, in taxonomy order, with ``count``: how many items carry it."""
    counts = dict(db.execute("SELECT tag_id, count(*) FROM item_tags GROUP BY tag_id").fetchall())
    tags = list_tags(db)
    for tag in tags:
        tag["count"] = counts.get(tag["id"], 0)
    return tags


def pane_snapshot(db: Database) -> dict[str, Any]:
    """Everything the sources pane shows, in one read: {"counts", "sources", "probes", "tags"}."""
    return {"counts": global_counts(db), "sources": sources_with_counts(db),
            "probes": list_probes(db, with_counts=True), "tags": tags_with_counts(db)}
