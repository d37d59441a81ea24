"""The alerts table's one owner: watch rules and open-case matching raise alerts here; the desktop reads them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.ids import new_uuid

KINDS = ("watch_rule", "case_match")


def raise_alerts(db: Database, kind: str, item_ids: Iterable[int], *, message: str, rule_id: int | None = None,
                 case_id: int | None = None) -> int:
    """One unseen alert per item, in one transaction; returns how many were raised."""
    if kind not in KINDS:
        raise ValueError(f"unknown alert kind {kind!r}")
    now = clock.now_iso()
    raised = 0
    with db.atomic():
        for item_id in item_ids:
            db.execute("INSERT INTO alerts (uuid, kind, created_at, item_id, rule_id, case_id, message) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)", [new_uuid(), kind, now, item_id, rule_id, case_id, message])
            raised += 1
    return raised


def unseen_alerts(db: Database, limit: int = 100) -> list[dict[str, Any]]:
    return list(db.query(
        "SELECT a.id, a.kind, a.created_at, a.item_id, a.rule_id, a.message, i.title FROM alerts a "
        "LEFT JOIN items i ON i.id = a.item_id WHERE a.seen = 0 ORDER BY a.id DESC LIMIT ?", [limit]))


def mark_alerts_seen(db: Database, alert_ids: Iterable[int]) -> None:
    ids = list(alert_ids)
    with db.atomic():
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            db.execute(f"UPDATE alerts SET seen = 1 WHERE id IN ({','.join('?' * len(chunk))})", chunk)
