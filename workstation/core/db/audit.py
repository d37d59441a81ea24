"""The append-only audit log: who changed what, when, from what to what."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.ids import new_uuid


def record(db: Database, *, entity: str, entity_id: int | None, action: str, analyst: str,
           old: Any = None, new: Any = None, entity_uuid: str | None = None, at: str | None = None) -> None:
    """Append one entry; call inside the caller's transaction so the change and its record land together."""
    db.execute(
        "INSERT INTO audit_log (uuid, at, analyst, entity, entity_id, entity_uuid, action, old, new) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [new_uuid(), at or clock.now_iso(), analyst, entity, entity_id, entity_uuid, action,
         None if old is None else json.dumps(old, ensure_ascii=False, default=str),
         None if new is None else json.dumps(new, ensure_ascii=False, default=str)],
    )


def history(db: Database, entity: str, entity_id: int) -> list[dict[str, Any]]:
    rows = db.query("SELECT at, analyst, action, old, new FROM audit_log WHERE entity = ? AND entity_id = ? "
                    "ORDER BY id", [entity, entity_id])
    out = []
    for row in rows:
        row["old"] = json.loads(row["old"]) if row["old"] else None
        row["new"] = json.loads(row["new"]) if row["new"] else None
        out.append(row)
    return out
