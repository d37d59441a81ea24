"""New items that repeat the claim of an open case: each raises a 'case_match' alert for the case's analyst."""

from __future__ import annotations

from sqlite_utils import Database

from workstation.core.cases.workflow import OPEN_STATUSES
from workstation.core.items.alerts import raise_alerts
from workstation.core.items.similar import similar_items

CASE_MATCH_SCORE = 0.3  # stricter than "similar items": an alert interrupts the analyst


def flag_for_open_cases(db: Database, new_item_ids: list[int]) -> int:
    """Raise a 'case_match' alert for each new item that repeats the claim of an open case."""
    if not new_item_ids:
        return 0
    flagged = 0
    open_cases = db.execute(f"SELECT id, title, claim, analyst FROM cases "
                            f"WHERE status IN ({','.join('?' * len(OPEN_STATUSES))})", OPEN_STATUSES).fetchall()
    for case_id, title, claim, analyst in open_cases:
        matches = similar_items(db, f"{title}\n{claim}", within=new_item_ids, min_score=CASE_MATCH_SCORE)
        if matches:
            flagged += raise_alerts(db, "case_match", [m["id"] for m in matches], message=f"{analyst}: {title}",
                                    case_id=case_id)
    return flagged
