"""Escalation to access restriction, the order that restricts, and lifting.

Restriction follows a notice whose deadline passed without removal (the violation's notice is overdue, or its
outcome was recorded as not removed), or an explicit court or authority order recorded as such (its type and
reference stored with the restriction). A violation that was never noticed cannot be escalated otherwise.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.db import audit
from workstation.core.errors import BadArgument, WorkstationError
from workstation.core.ids import new_uuid
from workstation.core.violations import workflow as viol
from workstation.core.violations.notices import pending_notices_for, resolve_notice

# The orders a restriction may rest on without an overdue notice.
ORDER_TYPES = ("court", "authority")


def escalate(db: Database, violation_id: int, *, order_ref: str | None = None, order_type: str | None = None,
             at: str | None = None, analyst: str = "") -> dict[str, Any]:
    """Request access restriction; with an order reference, record the restriction as ordered.

    Allowed after a notice whose deadline has passed without removal; otherwise only with ``order_type``
    ("court" or "authority") and ``order_ref``: WorkstationError "restriction.no_ground" (exit 1) if neither."""
    order_ref = (order_ref or "").strip() or None
    if order_type is not None and order_type not in ORDER_TYPES:
        raise BadArgument("restriction.bad_order_type", order_type=order_type, allowed=", ".join(ORDER_TYPES))
    if order_type and not order_ref:
        raise BadArgument("restriction.order_needs_ref", order_type=order_type)
    violation = viol.get_violation(db, violation_id)
    when = at or clock.now_iso()
    with db.atomic():
        if violation["status"] == "notice_sent":
            # The notice's deadline has passed with no removal: that is the ground for escalation.
            for notice in pending_notices_for(db, violation_id):
                if when < notice["deadline_at"]:
                    raise WorkstationError("notice.not_overdue", id=notice["id"], deadline=notice["deadline_at"])
                resolve_notice(db, notice["id"], removed=False, at=when, analyst=analyst, violation_id=violation_id)
            violation = viol.get_violation(db, violation_id)
        if violation["status"] == "detected" and not order_type:
            # Never noticed: nothing but an explicit order can ground a restriction.
            raise WorkstationError("restriction.no_ground", id=violation_id)
        if violation["status"] != "restriction_requested":
            viol.set_status(db, violation_id, "restriction_requested", analyst=analyst, at=when)
            db.execute("INSERT INTO restrictions (uuid, violation_id, requested_at, analyst, order_type) "
                       "VALUES (?, ?, ?, ?, ?)", [new_uuid(), violation_id, when, analyst, order_type or ""])
        if order_ref:
            restriction_id = db.execute("SELECT id FROM restrictions WHERE violation_id = ? ORDER BY id DESC LIMIT 1",
                                        [violation_id]).fetchone()[0]
            db.execute("UPDATE restrictions SET order_ref = ?, ordered_at = ?, order_type = "
                       "coalesce(?, order_type) WHERE id = ?", [order_ref, when, order_type, restriction_id])
            viol.set_status(db, violation_id, "restricted", analyst=analyst, at=when)
            audit.record(db, entity="violation", entity_id=violation_id, action="restriction_ordered",
                         analyst=analyst, at=when,
                         new={"order_ref": order_ref, **({"order_type": order_type} if order_type else {})})
    return viol.get_violation(db, violation_id)


def lift(db: Database, violation_id: int, *, at: str | None = None, analyst: str = "") -> dict[str, Any]:
    when = at or clock.now_iso()
    with db.atomic():
        viol.set_status(db, violation_id, "lifted", analyst=analyst, at=when)
        db.execute("UPDATE restrictions SET lifted_at = ? WHERE violation_id = ? AND lifted_at IS NULL",
                   [when, violation_id])
    return viol.get_violation(db, violation_id)
