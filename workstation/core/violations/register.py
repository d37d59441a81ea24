"""What the violations tab shows and does, as plain functions over a connection: the list, a violation with its
notices, restrictions, evidence and history, drafts of notice texts, and violations from selected items."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.db import audit, evidence
from workstation.core.errors import WorkstationError
from workstation.core.items import queries as items_core
from workstation.core.violations import directory, notices
from workstation.core.violations import workflow as violations

OPEN = "open"  # the status filter's value for "every open violation"


def load_list(db: Database, status: str | None) -> list[dict[str, Any]]:
    """Violations for the list (newest detected first), each with the deadline of its open notice, if any."""
    rows = violations.list_violations(db, status=None if status in (None, OPEN) else status)
    if status == OPEN:
        rows = [r for r in rows if r["status"] in violations.OPEN_STATUSES]
    deadlines: dict[int, str] = {}
    for notice in notices.due_notices(db):  # the most urgent first: keep each violation's earliest deadline
        deadlines.setdefault(notice["violation_id"], notice["deadline_at"])
    for row in rows:
        row["deadline_at"] = deadlines.get(row["id"])
    return rows


def _notices_of(db: Database, violation_id: int) -> list[dict[str, Any]]:
    return list(db.query("SELECT id, recipient, method, sent_at, deadline_at, outcome, resolved_at, text, analyst "
                         "FROM notices WHERE violation_id = ? ORDER BY sent_at, id", [violation_id]))


def _restrictions_of(db: Database, violation_id: int) -> list[dict[str, Any]]:
    return list(db.query("SELECT id, requested_at, order_ref, ordered_at, lifted_at, analyst FROM restrictions "
                         "WHERE violation_id = ? ORDER BY requested_at, id", [violation_id]))


def violation_detail(db: Database, violation_id: int) -> dict[str, Any]:
    """One violation with everything the detail panel shows: evidence (re-verified), notices, restrictions,
    history, and the names of its platform and legal basis."""
    violation = violations.get_violation(db, violation_id)
    basis = db.execute("SELECT name_en, name_ru, name_kk, deadline_hours FROM legal_bases WHERE id = ?",
                       [violation["legal_basis_id"]]).fetchone()
    violation["basis_names"] = dict(zip(("en", "ru", "kk"), basis[:3], strict=True)) if basis else {}
    platform = db.execute("SELECT name FROM platform_contacts WHERE id = ?", [violation["platform_id"]]).fetchone()
    violation["platform"] = platform[0] if platform else ""
    violation["evidence"] = evidence.verify(db, "violation_id = ?", [violation_id])
    violation["notices"] = _notices_of(db, violation_id)
    violation["restrictions"] = _restrictions_of(db, violation_id)
    violation["history"] = audit.history(db, "violation", violation_id)
    for notice in violation["notices"]:
        violation["history"] += [{**h, "action": "notice." + h["action"]}
                                 for h in audit.history(db, "notice", notice["id"])]
    violation["history"].sort(key=lambda h: h["at"])
    return violation


@dataclass
class FromItems:
    created: list[dict[str, Any]] = field(default_factory=list)
    failed: list[tuple[int, WorkstationError]] = field(default_factory=list)  # (item id, why)


def add_from_items(db: Database, item_ids: list[int], *, violation_type: int, target_organisation: str = "",
                   notes: str = "", analyst: str = "") -> FromItems:
    """One violation per selected item, from the item's address; its content is captured as evidence."""
    result = FromItems()
    for item_id in item_ids:
        try:
            item = items_core.get_item(db, item_id)
            result.created.append(violations.add_violation(
                db, item["url"] or "", violation_type=violation_type, item_id=item_id, analyst=analyst,
                target_organisation=target_organisation, notes=notes))
        except WorkstationError as error:
            result.failed.append((item_id, error))
    return result


def notice_preview(db: Database, violation_id: int, lang: str, recipient: str) -> dict[str, Any]:
    """The notice as it would go out now: its text, the time it states as sent and its deadline."""
    violation = violations.get_violation(db, violation_id)
    sent = clock.now_iso()
    deadline = notices.deadline_at(db, violation, sent)
    text = notices.notice_text(db, violation_id, lang, recipient=recipient, sent_at=sent, deadline_at=deadline)
    return {"text": text, "sent_at": sent, "deadline_at": deadline, "violation": violation}


def recipients(db: Database, violation_id: int) -> dict[str, Any]:
    """The platform directory and the violation (for its platform and domain), for the notice dialog."""
    return {"contacts": directory.list_contacts(db), "violation": violations.get_violation(db, violation_id)}
