"""The golden hour: from a resonant case's detection to the first official response, against a time limit."""

from __future__ import annotations

import datetime as dt
import statistics
from typing import Any

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.db.stored_times import record_time

DEFAULT_LIMIT_MINUTES = 60
_SETTING = "golden_hour_minutes"


def limit_minutes(db: Database) -> int:
    row = db.execute("SELECT value FROM workspace_meta WHERE key = ?", [_SETTING]).fetchone()
    try:
        return max(1, int(row[0])) if row else DEFAULT_LIMIT_MINUTES
    except (TypeError, ValueError):
        return DEFAULT_LIMIT_MINUTES


def set_limit_minutes(db: Database, minutes: int) -> None:
    with db.atomic():
        db.execute("INSERT INTO workspace_meta (key, value) VALUES (?, ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [_SETTING, str(int(minutes))])


def running_clocks(db: Database, now: dt.datetime | None = None) -> list[dict[str, Any]]:
    """Open resonant cases still waiting for their first response, most urgent first."""
    now = now or clock.now()
    limit = dt.timedelta(minutes=limit_minutes(db))
    rows = db.query("SELECT id, title, status, detected_at FROM cases WHERE resonant = 1 AND status != 'dismissed' "
                    "AND first_response_at IS NULL ORDER BY detected_at")
    out = []
    for row in rows:
        detected = clock.stored_time(row["detected_at"])
        if detected is None:
            continue  # no clock runs from a time another program made unreadable; the figures name the case
        elapsed = now - detected
        out.append({**row, "elapsed_seconds": int(elapsed.total_seconds()),
                    "remaining_seconds": int((limit - elapsed).total_seconds()),
                    "overdue": elapsed > limit, "deadline_at": clock.to_iso(detected + limit)})
    return out


def response_minutes(detected_at: str, first_response_at: str, case_id: object) -> float:
    """Minutes from detection to the first response (or to a moment), refusing a time that is none, by case."""
    return (record_time(first_response_at, "cases", case_id, "first_response_at")
            - record_time(detected_at, "cases", case_id, "detected_at")).total_seconds() / 60


def compliance(db: Database, since: str | None = None, until: str | None = None,
               now: dt.datetime | None = None) -> dict[str, Any]:
    """Resonant cases detected in [since, until): how many were answered within the limit, and how fast.

    A case still unanswered counts as late once its hour has passed, and as pending before that.
    """
    now_iso = clock.to_iso(now or clock.now())
    limit = limit_minutes(db)
    where, params = ["resonant = 1", "status != 'dismissed'"], []
    if since:
        where.append("detected_at >= ?")
        params.append(since)
    if until:
        where.append("detected_at < ?")
        params.append(until)
    rows = db.execute(f"SELECT id, detected_at, first_response_at FROM cases WHERE {' AND '.join(where)}",
                      params).fetchall()
    minutes = [response_minutes(d, f, i) for i, d, f in rows if f]
    in_time = sum(1 for m in minutes if m <= limit)
    pending = sum(1 for i, d, f in rows if not f and response_minutes(d, now_iso, i) <= limit)
    decided = len(rows) - pending
    return {"limit_minutes": limit, "resonant_cases": len(rows), "answered": len(minutes), "answered_in_time": in_time,
            "pending": pending, "share_in_time": round(in_time / decided, 4) if decided else None,
            "median_minutes_to_first_response": round(statistics.median(minutes), 1) if minutes else None}
