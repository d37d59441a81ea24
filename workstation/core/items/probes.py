"""Saved searches ("probes"): a named query with filters, shown with its count beside the sources."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.errors import BadArgument, WorkstationError
from workstation.core.ids import new_uuid
from workstation.core.items import search
from workstation.core.items.queries import ItemFilter, count_items


def save_probe(db: Database, name: str, flt: ItemFilter) -> int:
    name = name.strip()
    if not name:
        raise BadArgument("probe.empty_name")
    if flt.query.strip():
        search.validate(flt.query)
    filters = {k: v for k, v in asdict(flt).items() if k != "query"}
    with db.atomic():
        db.execute("INSERT INTO saved_searches (uuid, name, query, filters, created_at) VALUES (?, ?, ?, ?, ?) "
                   "ON CONFLICT(name) DO UPDATE SET query = excluded.query, filters = excluded.filters",
                   [new_uuid(), name, flt.query, json.dumps(filters, ensure_ascii=False), clock.now_iso()])
    return db.execute("SELECT id FROM saved_searches WHERE name = ?", [name]).fetchone()[0]


def probe_filter(row: dict[str, Any]) -> ItemFilter:
    filters = json.loads(row["filters"]) if row.get("filters") else {}
    known = set(ItemFilter.__dataclass_fields__)
    return ItemFilter(query=row["query"], **{k: v for k, v in filters.items() if k in known})


def list_probes(db: Database, *, with_counts: bool = False) -> list[dict[str, Any]]:
    rows = list(db.query("SELECT id, uuid, name, query, filters FROM saved_searches ORDER BY name"))
    for row in rows:
        row["filter"] = probe_filter(row)
        if with_counts:
            try:
                row["count"] = count_items(db, row["filter"])
            except WorkstationError:
                row["count"] = None
    return rows
