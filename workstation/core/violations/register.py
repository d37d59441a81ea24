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
from workstation.core.violations import capture, directory, letter, liveness, notices
from workstation.core.violations import workflow as violations

OPEN = "open"  # the status filter's value for "every open violation"


def load_list(db: Database, status: str | None) -> list[dict[str, Any]]:
    """Violations for the list (newest detected first), each with the deadline of its open notice, if any."""
    rows = violations.list_violations(db, status=None if status in (None, OPEN) else status)
    if status == OPEN:
        rows = [r for r in rows if r["status"] in violations.OPEN_STATUSES]
    deadlines: dict[int, str] = {}
    for notice in notices.due_notices(db):  # the most urgent first: keep each violation's earliest deadline
        for violation_id in notice["violation_ids"]:
            deadlines.setdefault(violation_id, notice["deadline_at"])
    for row in rows:
        row["deadline_at"] = deadlines.get(row["id"])
    return rows


def _notices_of(db: Database, violation_id: int) -> list[dict[str, Any]]:
    """The notices listing the violation; ``outcome`` and ``resolved_at`` are this violation's own (a notice listing
    several addresses resolves each), ``addresses`` how many the notice lists."""
    return list(db.query(
        "SELECT n.id, n.number, n.recipient, n.recipient_contact, n.method, n.sent_at, n.received_at, "
        "n.deadline_at, l.outcome, l.resolved_at, n.text, n.lang, n.analyst, "
        "(SELECT count(*) FROM notice_violations a WHERE a.notice_id = n.id) AS addresses "
        "FROM notices n JOIN notice_violations l ON l.notice_id = n.id WHERE l.violation_id = ? "
        "ORDER BY n.sent_at, n.id", [violation_id]))


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
    violation["captures"] = capture.captures_of(db, violation_id)  # their files stay in the store
    violation["capture_pending"] = capture.pending_for(db, violation_id)
    violation["checks"] = liveness.checks_of(db, violation_id)
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


def notice_preview(db: Database, violation_ids: int | list[int], lang: str, recipient: str,
                   received_at: str | None = None, analyst: str = "",
                   recipient_contact: str | None = None) -> dict[str, Any]:
    """The notice as it would go out now: its text (the number it will take named as given when sent), the time
    it states as sent, its deadline, the fields still missing (``letter.REQUIRED`` keys) and the exact addresses
    (for a defanged screen copy). ``recipient_contact`` None: the directory's contact of a directory entry."""
    ids = [violation_ids] if isinstance(violation_ids, int) else list(violation_ids)
    listed = [violations.get_violation(db, vid) for vid in ids]
    sent = clock.now_iso()
    deadline = notices.deadline_at(db, listed, sent, received_at)
    chosen = letter.addressee(db, ids, recipient or None, recipient_contact, lang)
    values = letter.letter_values(db, ids, lang, recipient=chosen["recipient"] if recipient else "",
                                   recipient_contact=chosen["recipient_contact"], sent_at=sent,
                                   deadline_at=deadline, received_at=received_at, analyst=analyst)
    text = letter.render_letter(values, lang, received=bool(received_at))
    return {"text": text, "sent_at": sent, "deadline_at": deadline, "violation": listed[0], "violations": listed,
            "missing": letter.missing_fields(values), "recipient_contact": chosen["recipient_contact"],
            "urls": [v["url"] for v in listed]}


@dataclass
class NoticeGroup:
    """Violations one notice goes out for: those on one platform (to its representative), or on one registrable
    domain (to the resource's administration)."""
    key: str  # "platform:ID" or "domain:NAME"
    platform_id: int | None
    platform: str
    domain: str
    violation_ids: list[int]
    addresses: list[str]


def notice_groups(db: Database, violation_ids: list[int]) -> dict[str, Any]:
    """The selected violations grouped for notices (one notice per group), in the order first selected, and the
    platform directory for the recipients."""
    groups: dict[str, NoticeGroup] = {}
    for violation_id in dict.fromkeys(violation_ids):
        v = violations.get_violation(db, violation_id)
        platform = db.execute("SELECT name FROM platform_contacts WHERE id = ?", [v["platform_id"]]).fetchone()
        key = f"platform:{v['platform_id']}" if platform else f"domain:{v['domain']}"
        group = groups.setdefault(key, NoticeGroup(key, v["platform_id"] if platform else None,
                                                   platform[0] if platform else "", v["domain"], [], []))
        group.violation_ids.append(violation_id)
        group.addresses.append(v["url_defanged"])
    return {"groups": list(groups.values()), "contacts": directory.list_contacts(db)}


def send_grouped(db: Database, sends: list[dict[str, Any]], *, analyst: str = "") -> list[dict[str, Any]]:
    """One notice per group as the dialog prepared them ({violation_ids, to, to_contact, method, lang, sent_at,
    received_at, complete}), all in one transaction: either every notice is recorded or none. ``complete``: refuse
    a notice lacking a required field (``notices.send_notice`` ``require_complete``)."""
    with db.atomic():
        return [notices.send_notice(db, s["violation_ids"], to=s["to"], method=s["method"], lang=s["lang"],
                                    sent_at=s.get("sent_at"), received_at=s.get("received_at"), analyst=analyst,
                                    to_contact=s.get("to_contact"), require_complete=s.get("complete", False))
                for s in sends]
