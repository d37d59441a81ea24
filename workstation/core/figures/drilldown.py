"""The records behind a bar of a dashboard chart, for the drill-down list.

Each query counts exactly what the matching figure in core.stats counts, so a bar of 7 opens 7 records.
"""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.cases import golden_hour


def refuted_cases(db: Database, since: str, until: str, tz: dt.tzinfo, month: str | None = None) -> list[dict]:
    """Fake cases refuted in the period (by their first refutation in it), optionally in one local month."""
    rows = db.execute(
        "SELECT c.id, c.title, c.status, min(r.published_at) FROM cases c JOIN refutations r ON r.case_id = c.id "
        "WHERE r.kind = 'refutation' AND r.published_at >= ? AND r.published_at < ? GROUP BY c.id "
        "ORDER BY 4, c.id", [since, until]).fetchall()
    return [{"kind": "case", "id": i, "title": title, "status": status, "at": first}
            for i, title, status, first in rows if month is None or clock.local_text(first, clock.MONTH, tz) == month]


def cases_in_category(db: Database, since: str, until: str, category: str) -> list[dict]:
    """Confirmed or refuted fake cases detected in the period with the category key ('none' for none)."""
    rows = db.execute(
        "SELECT c.id, c.title, c.status, c.detected_at FROM cases c LEFT JOIN tags t ON t.id = c.category_tag_id "
        "WHERE c.detected_at >= ? AND c.detected_at < ? AND c.status IN ('confirmed', 'refuted') "
        "AND coalesce(t.key, 'none') = ? ORDER BY c.detected_at, c.id", [since, until, category]).fetchall()
    return [{"kind": "case", "id": i, "title": title, "status": status, "at": at} for i, title, status, at in rows]


def violations_of_type(db: Database, since: str, until: str, violation_type: str) -> list[dict]:
    rows = db.execute(
        "SELECT v.id, v.url, v.status, v.detected_at FROM violations v LEFT JOIN tags t ON t.id = v.type_tag_id "
        "WHERE v.detected_at >= ? AND v.detected_at < ? AND coalesce(t.key, 'none') = ? "
        "ORDER BY v.detected_at, v.id", [since, until, violation_type]).fetchall()
    return [{"kind": "violation", "id": i, "title": url, "status": status, "at": at} for i, url, status, at in rows]


def notices_with_outcome(db: Database, since: str, until: str, outcome: str) -> list[dict]:
    """Violations whose notice sent in the period ended so: removed_in_time, removed_late, not_removed, pending."""
    rows = db.execute(
        "SELECT v.id, v.url, v.status, n.sent_at, n.deadline_at, n.outcome, n.resolved_at FROM notices n "
        "JOIN violations v ON v.id = n.violation_id WHERE n.sent_at >= ? AND n.sent_at < ? ORDER BY n.sent_at, n.id",
        [since, until]).fetchall()

    def bucket(state: str, deadline: str, resolved: str | None) -> str:
        if state == "removed":
            return "removed_in_time" if resolved and resolved <= deadline else "removed_late"
        return state

    return [{"kind": "violation", "id": i, "title": url, "status": status, "at": sent}
            for i, url, status, sent, deadline, state, resolved in rows if bucket(state, deadline, resolved) == outcome]


def resonant_cases(db: Database, since: str, until: str, answer: str, now: dt.datetime | None = None) -> list[dict]:
    """Resonant cases detected in the period: answered in time, late (or not at all), or still pending."""
    limit = golden_hour.limit_minutes(db)
    now_iso = clock.to_iso(now or clock.now())
    rows = db.execute(
        "SELECT id, title, status, detected_at, first_response_at FROM cases WHERE resonant = 1 AND "
        "status != 'dismissed' AND detected_at >= ? AND detected_at < ? ORDER BY detected_at, id",
        [since, until]).fetchall()
    out = []
    for i, title, status, detected, first in rows:
        if first:
            state = "in_time" if golden_hour.response_minutes(detected, first, i) <= limit else "late"
        else:
            state = "pending" if golden_hour.response_minutes(detected, now_iso, i) <= limit else "late"
        if state == answer:
            out.append({"kind": "case", "id": i, "title": title, "status": status, "at": detected})
    return out
