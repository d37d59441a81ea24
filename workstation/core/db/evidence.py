"""Evidence: an item's content exactly as captured, sealed with a SHA-256 that any later change breaks.

Rows are insert-only (a database trigger refuses UPDATE); re-fetching or editing the item never
touches them. ``verify`` recomputes each hash, so a row altered behind the workstation's back — by
another tool, or on disk — is reported as tampered.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.db import bodies
from workstation.core.errors import NotFound
from workstation.core.ids import new_uuid

# Only what travels between workspaces unchanged: integer ids differ from one workspace to another.
SEALED_FIELDS = ("uuid", "url", "title", "raw_html", "raw_text", "captured_at")


def seal(record: dict[str, Any]) -> str:
    """SHA-256 over a canonical JSON of the sealed fields (stable across platforms and versions)."""
    canonical = json.dumps({k: record.get(k) for k in SEALED_FIELDS}, ensure_ascii=False, sort_keys=True,
                           separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def capture_item(db: Database, item_id: int, *, case_id: int | None = None, violation_id: int | None = None,
                 analyst: str = "", at: str | None = None) -> int:
    row = db.execute("SELECT url, title FROM items WHERE id = ?", [item_id]).fetchone()
    if row is None:
        raise NotFound("item", item_id)
    body = bodies.read(db, item_id)
    record = {"uuid": new_uuid(), "item_id": item_id, "url": row[0], "title": row[1], "raw_html": body.html,
              "raw_text": body.text, "captured_at": at or clock.now_iso()}
    return _insert(db, record, case_id=case_id, violation_id=violation_id, analyst=analyst)


def _insert(db: Database, record: dict[str, Any], *, case_id, violation_id, analyst) -> int:
    columns = {**record, "case_id": case_id, "analyst": analyst, "sha256": seal(record)}
    if violation_id is not None:
        columns["violation_id"] = violation_id
    names = ", ".join(columns)
    marks = ", ".join("?" * len(columns))
    with db.atomic():
        return db.execute(f"INSERT INTO evidence ({names}) VALUES ({marks})", list(columns.values())).lastrowid


def verify(db: Database, where: str, params: list) -> list[dict[str, Any]]:
    rows = db.query(f"SELECT id, item_id, {', '.join(SEALED_FIELDS)}, sha256 FROM evidence WHERE {where} ORDER BY id",
                    params)
    out = []
    for row in rows:
        out.append({"id": row["id"], "item_id": row["item_id"], "url": row["url"], "captured_at": row["captured_at"],
                    "sha256": row["sha256"], "intact": seal(row) == row["sha256"]})
    return out


def verify_case_evidence(db: Database, case_id: int) -> list[dict[str, Any]]:
    return verify(db, "case_id = ?", [case_id])


def verify_all(db: Database) -> list[dict[str, Any]]:
    """Every evidence row that no longer matches its seal."""
    return [row for row in verify(db, "1", []) if not row["intact"]]
