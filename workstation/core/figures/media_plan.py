"""The unified media plan: planned events of state bodies, their status (planned, done, moved, cancelled), and
CSV import."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.db import audit, settings
from workstation.core.errors import NotFound, Problem, WorkstationError
from workstation.core.figures.briefings import CsvImport, csv_rows, stored_time
from workstation.core.ids import new_uuid

PLAN_STATUSES = ("planned", "done", "moved", "cancelled")


def add_plan_event(db: Database, *, planned_at: str, state_body: str, topic: str, channel: str = "",
                   status: str = "planned", done_at: str | None = None, analyst: str = "") -> int:
    if status not in PLAN_STATUSES:
        raise WorkstationError("plan.bad_status", status=status, allowed=", ".join(PLAN_STATUSES))
    with db.atomic():
        event_id = db.execute(
            "INSERT INTO media_plan_events (uuid, planned_at, state_body, topic, channel, status, done_at, analyst, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [new_uuid(), planned_at, state_body.strip(), topic.strip(), channel.strip(), status, done_at, analyst,
             clock.now_iso()]).lastrowid
        audit.record(db, entity="media_plan_event", entity_id=event_id, action="create", analyst=analyst,
                     new={"planned_at": planned_at, "topic": topic, "status": status})
    return event_id


def set_plan_status(db: Database, event_id: int, status: str, *, at: str | None = None, analyst: str = "") -> None:
    if status not in PLAN_STATUSES:
        raise WorkstationError("plan.bad_status", status=status, allowed=", ".join(PLAN_STATUSES))
    row = db.execute("SELECT status FROM media_plan_events WHERE id = ?", [event_id]).fetchone()
    if row is None:
        raise NotFound("media plan event", event_id)
    with db.atomic():
        db.execute("UPDATE media_plan_events SET status = ?, done_at = ? WHERE id = ?",
                   [status, (at or clock.now_iso()) if status == "done" else None, event_id])
        audit.record(db, entity="media_plan_event", entity_id=event_id, action="status", analyst=analyst,
                     old={"status": row[0]}, new={"status": status})


def list_plan(db: Database, since: str | None = None, until: str | None = None) -> list[dict[str, Any]]:
    return list(db.query("SELECT * FROM media_plan_events WHERE planned_at >= ? AND planned_at < ? "
                         "ORDER BY planned_at", [since or "", until or "9999"]))


def import_plan_csv(db: Database, text: str, *, analyst: str = "") -> CsvImport:
    """Columns: planned_date, state_body, topic, channel, status (planned/done/moved/cancelled), done_date. Dates
    without an offset are in the workspace's reporting zone."""
    result = CsvImport()
    zone_name = settings.get_setting(db, "timezone")
    for line, row in enumerate(csv_rows(text), start=2):
        try:
            done = row.get("done_date") or ""
            add_plan_event(db, planned_at=stored_time(row.get("planned_date", ""), zone_name),
                           state_body=row.get("state_body", ""), topic=row.get("topic", ""),
                           channel=row.get("channel", ""),
                           status=(row.get("status") or "planned").lower(),
                           done_at=stored_time(done, zone_name) if done else None,
                           analyst=analyst)
            result.added += 1
        except WorkstationError as exc:
            result.errors.append(Problem("csv.row", line=line, reason=exc))
    return result
