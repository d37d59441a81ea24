"""Escalation to access restriction once a notice's deadline has passed, the order that restricts, and lifting."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.db import audit
from workstation.core.errors import WorkstationError
from workstation.core.ids import new_uuid
from workstation.core.violations import workflow as viol
from workstation.core.violations.notices import resolve_notice


def escalate(db: Database, violation_id: int, *, order_ref: str | None = None, at: str | None = None,
             analyst: str = "") -> dict[str, Any]:
    """Request access restriction; with an order reference, record the restriction as ordered."""
    violation = viol.get_violation(db, violation_id)
    when = at or clock.now_iso()
    with db.atomic():
        if violation["status"] == "notice_sent":
            # The notice's deadline has passed with no removal: that is the ground for escalation.
            for notice in db.query("SELECT id, deadline_at FROM notices WHERE violation_id = ? AND outcome = 'pending'",
                                   [violation_id]):
                if when < notice["deadline_at"]:
                    raise WorkstationError("notice.not_overdue", id=notice["id"], deadline=notice["deadline_at"])
                resolve_notice(db, notice["id"], removed=False, at=when, analyst=analyst)
            violation = viol.get_violation(db, violation_id)
        if violation["status"] != "restriction_requested":
            viol.set_status(db, violation_id, "restriction_requested", analyst=analyst, at=when)
            db.execute("INSERT INTO restrictions (uuid, violation_id, requested_at, analyst) VALUES (?, ?, ?, ?)",
                       [new_uuid(), violation_id, when, analyst])
        if order_ref:
            restriction_id = db.execute("SELECT id FROM restrictions WHERE violation_id = ? ORDER BY id DESC LIMIT 1",
                                        [violation_id]).fetchone()[0]
            db.execute("UPDATE restrictions SET order_ref = ?, ordered_at = ? WHERE id = ?",
                       [order_ref.strip(), when, restriction_id])
            viol.set_status(db, violation_id, "restricted", analyst=analyst, at=when)
            audit.record(db, entity="violation", entity_id=violation_id, action="restriction_ordered",
                         analyst=analyst, at=when, new={"order_ref": order_ref.strip()})
    return viol.get_violation(db, violation_id)


def lift(db: Database, violation_id: int, *, at: str | None = None, analyst: str = "") -> dict[str, Any]:
    when = at or clock.now_iso()
    with db.atomic():
        viol.set_status(db, violation_id, "lifted", analyst=analyst, at=when)
        db.execute("UPDATE restrictions SET lifted_at = ? WHERE violation_id = ? AND lifted_at IS NULL",
                   [when, violation_id])
    return viol.get_violation(db, violation_id)
