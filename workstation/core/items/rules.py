"""Watch rules: named queries that tag new items as they arrive and may raise an alert."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.db import audit
from workstation.core.errors import BadArgument, WorkstationError
from workstation.core.ids import new_uuid
from workstation.core.items import search
from workstation.core.items.alerts import raise_alerts
from workstation.core.items.tags import tag_items


def add_rule(db: Database, name: str, query: str, *, tag_id: int, alert: bool = False, analyst: str = "",
             apply_to_stored: bool = False) -> dict[str, Any]:
    name = name.strip()
    if not name:
        raise BadArgument("rule.empty_name")
    search.validate(query)
    if db.execute("SELECT 1 FROM watch_rules WHERE name = ?", [name]).fetchone():
        raise WorkstationError("rule.exists", name=name)
    with db.atomic():
        rule_id = db.execute(
            "INSERT INTO watch_rules (uuid, name, query, tag_id, alert, analyst, created_at) VALUES (?,?,?,?,?,?,?)",
            [new_uuid(), name, query, tag_id, int(alert), analyst, clock.now_iso()]).lastrowid
        audit.record(db, entity="watch_rule", entity_id=rule_id, action="create", analyst=analyst,
                     new={"name": name, "query": query, "tag_id": tag_id, "alert": alert})
    rule = get_rule(db, rule_id)
    if apply_to_stored:
        ids = search.search_ids(db, query, limit=None)
        tag_items(db, ids, add=[tag_id], analyst=analyst or f"rule:{name}", rule_id=rule_id)
    return rule


def get_rule(db: Database, rule_id: int) -> dict[str, Any]:
    rows = list_rules(db, rule_id=rule_id)
    if not rows:
        raise WorkstationError("db.not_found", what="watch rule", id=rule_id)
    return rows[0]


def list_rules(db: Database, *, rule_id: int | None = None, enabled_only: bool = False) -> list[dict[str, Any]]:
    sql = ("SELECT r.id, r.uuid, r.name, r.query, r.tag_id, t.key AS tag, r.alert, r.enabled, r.analyst, "
           "r.created_at FROM watch_rules r JOIN tags t ON t.id = r.tag_id")
    where, params = [], []
    if rule_id is not None:
        where.append("r.id = ?")
        params.append(rule_id)
    if enabled_only:
        where.append("r.enabled = 1")
    if where:
        sql += " WHERE " + " AND ".join(where)
    rows = list(db.query(sql + " ORDER BY r.name", params))
    for row in rows:
        row["alert"], row["enabled"] = bool(row["alert"]), bool(row["enabled"])
    return rows


def delete_rule(db: Database, rule_id: int, *, analyst: str = "") -> None:
    rule = get_rule(db, rule_id)
    with db.atomic():
        db.execute("DELETE FROM watch_rules WHERE id = ?", [rule_id])
        audit.record(db, entity="watch_rule", entity_id=rule_id, action="delete", analyst=analyst, old=rule)


def count_rule_matches(db: Database, query: str) -> int:
    """How many stored items the query would tag."""
    return search.count_matches(db, query)


def apply_rules(db: Database, item_ids: Iterable[int]) -> dict[str, int]:
    """Tag the given (newly stored) items with every enabled rule that matches them; raise alerts."""
    ids = list(item_ids)
    tagged = alerts = 0
    if not ids:
        return {"tagged": 0, "alerts": 0}
    for rule in list_rules(db, enabled_only=True):
        matched: list[int] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            sql = (f"SELECT rowid FROM items_fts WHERE items_fts MATCH ? AND rowid IN ({','.join('?' * len(chunk))})")
            try:
                matched += [r[0] for r in db.execute(sql, [search.to_match(rule["query"]), *chunk])]
            except WorkstationError:
                break  # a rule saved by an older version with a now-invalid query: skip it, never stop ingest
        if not matched:
            continue
        tagged += tag_items(db, matched, add=[rule["tag_id"]], analyst=f"rule:{rule['name']}",
                            rule_id=rule["id"])["added"]
        if rule["alert"]:
            alerts += raise_alerts(db, "watch_rule", matched, message=rule["name"], rule_id=rule["id"])
    return {"tagged": tagged, "alerts": alerts}
