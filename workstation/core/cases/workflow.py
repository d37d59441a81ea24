"""Fake cases: one false claim, the items where it appeared, its status workflow and its official responses.

Statuses: new → verifying → confirmed → refuted; new or verifying → dismissed (not a fake, with a
reason); refuted or dismissed → verifying (reopened). Every change is appended to the audit log in
the same transaction as the change itself.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.db import audit, versions
from workstation.core.db.evidence import capture_item, verify_case_evidence
from workstation.core.errors import BadArgument, NotFound, WorkstationError
from workstation.core.ids import new_uuid
from workstation.core.items.tags import resolve_tag
from workstation.core.urls import pasted_url

STATUSES = ("new", "verifying", "confirmed", "refuted", "dismissed")
OPEN_STATUSES = ("new", "verifying", "confirmed")
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "new": ("verifying", "confirmed", "dismissed"),
    "verifying": ("confirmed", "dismissed"),
    "confirmed": ("refuted", "verifying", "dismissed"),
    "refuted": ("verifying",),
    "dismissed": ("verifying",),
}
# Meedan Check's core statuses, for exchange with other fact-checking tools.
CHECK_STATUS = {"new": "undetermined", "verifying": "in_progress", "confirmed": "false", "refuted": "false",
                "dismissed": "not_applicable"}
CHANNELS = ("stopfake", "official_website", "mass_media", "social_account", "briefing", "video_project")
RESPONSE_KINDS = ("refutation", "statement")
# What an attached item is to its case (docs/FIGURES.md): a copy of the fake (what "top sources of fakes" and
# ClaimReview's appearances count), an official refutation of it, or context (background, a briefing).
ITEM_ROLES = ("appearance", "refutation", "context")
CASE_FIELDS = ("id", "uuid", "title", "claim", "category_tag_id", "status", "dismiss_reason", "resonant",
               "detected_at", "first_response_at", "analyst", "notes", "state_body", "created_at", "updated_at",
               "version")


def can_become(old: str, new: str) -> bool:
    """Whether a case that is ``old`` may become ``new``: the one reading of ``TRANSITIONS``."""
    return new in TRANSITIONS.get(old, ())


def check_transition(old: str, new: str) -> None:
    """Raise the analyst's message, with the allowed next steps, when a case that is ``old`` may not become
    ``new``."""
    if not can_become(old, new):
        raise WorkstationError("case.bad_transition", old=old, new=new, allowed=", ".join(TRANSITIONS[old]) or "—")


def steps_to(old: str, new: str) -> list[str]:
    """The shortest chain of allowed statuses from ``old`` to ``new`` (``new`` last; empty when already there or
    unreachable), so that a change made in one go still passes through each step the workflow allows."""
    paths: dict[str, list[str]] = {old: []}
    queue = [old]
    for status in queue:  # breadth first: the first path found is a shortest one
        for following in TRANSITIONS.get(status, ()):
            if following not in paths:
                paths[following] = paths[status] + [following]
                if following == new:
                    return paths[following]
                queue.append(following)
    return []


def _row(db: Database, case_id: int) -> dict[str, Any]:
    row = db.execute(f"SELECT {', '.join(CASE_FIELDS)} FROM cases WHERE id = ?", [case_id]).fetchone()
    if row is None:
        raise NotFound("case", case_id)
    case = dict(zip(CASE_FIELDS, row, strict=True))
    case["resonant"] = bool(case["resonant"])
    return case


def _category_id(db: Database, category: str | int | None) -> int | None:
    if category is None or category == "":
        return None
    if isinstance(category, int):
        return category
    tag = resolve_tag(db, category)
    if tag["kind"] != "fake_category":
        raise WorkstationError("case.bad_category", category=category)
    return tag["id"]


def create_case(db: Database, title: str, *, category: str | int | None = None, claim: str = "",
                item_ids: list[int] = (), resonant: bool = False, detected_at: str | None = None,
                analyst: str = "", notes: str = "", history_at: str | None = None) -> dict[str, Any]:
    """``history_at`` is the time the creation is entered in the audit log under (an imported case's detection
    time; default now)."""
    title = title.strip()
    if not title:
        raise BadArgument("case.empty_title")
    category_id = _category_id(db, category)
    now = clock.now_iso()
    detected = detected_at or now
    with db.atomic():
        case_id = db.execute(
            "INSERT INTO cases (uuid, title, claim, category_tag_id, resonant, detected_at, analyst, notes, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [new_uuid(), title, claim.strip(), category_id, int(resonant), detected, analyst, notes, now, now],
        ).lastrowid
        audit.record(db, entity="case", entity_id=case_id, action="create", analyst=analyst, at=history_at or now,
                     new={"title": title, "claim": claim, "category_tag_id": category_id, "resonant": resonant,
                          "detected_at": detected, "status": "new"})
        if item_ids:
            add_items(db, case_id, list(item_ids), analyst=analyst, at=now)
    return _row(db, case_id)


def get_case(db: Database, case_id: int) -> dict[str, Any]:
    return _row(db, case_id)


def _check_role(role: str) -> None:
    if role not in ITEM_ROLES:
        raise BadArgument("case.bad_item_role", role=role, allowed=", ".join(ITEM_ROLES))


def add_items(db: Database, case_id: int, item_ids: list[int], *, analyst: str = "", at: str | None = None,
              role: str | None = None) -> int:
    """Attach items to a case in ``role`` (default: appearance), capturing each item's content as evidence.
    Already attached items are not attached again; with an explicit ``role`` they take it (``set_item_role``)."""
    _check_role(role or "appearance")
    _row(db, case_id)
    now = at or clock.now_iso()
    added = 0
    with db.atomic():
        for item_id in dict.fromkeys(item_ids):
            exists = db.execute("SELECT 1 FROM case_items WHERE case_id = ? AND item_id = ?",
                                [case_id, item_id]).fetchone()
            if exists:
                if role:
                    set_item_role(db, case_id, item_id, role, analyst=analyst, at=now)
                continue
            capture_item(db, item_id, case_id=case_id, analyst=analyst, at=now)  # raises NotFound for bad ids
            db.execute("INSERT INTO case_items (case_id, item_id, added_at, analyst, role) VALUES (?, ?, ?, ?, ?)",
                       [case_id, item_id, now, analyst, role or "appearance"])
            audit.record(db, entity="case", entity_id=case_id, action="add_item", analyst=analyst, at=now,
                         new={"item_id": item_id, "role": role or "appearance"})
            added += 1
        if added:
            _touch(db, case_id, now)
    return added


def set_item_role(db: Database, case_id: int, item_id: int, role: str, *, analyst: str = "",
                  at: str | None = None) -> bool:
    """Give an attached item its role in the case (audited); False when it already had it."""
    _check_role(role)
    row = db.execute("SELECT role FROM case_items WHERE case_id = ? AND item_id = ?", [case_id, item_id]).fetchone()
    if row is None:
        raise NotFound("case item", item_id)
    if row[0] == role:
        return False
    now = at or clock.now_iso()
    with db.atomic():
        db.execute("UPDATE case_items SET role = ? WHERE case_id = ? AND item_id = ?", [role, case_id, item_id])
        audit.record(db, entity="case", entity_id=case_id, action="item_role", analyst=analyst, at=now,
                     old={"item_id": item_id, "role": row[0]}, new={"item_id": item_id, "role": role})
        _touch(db, case_id, now)
    return True


def _touch(db: Database, case_id: int, now: str) -> None:
    db.execute("UPDATE cases SET updated_at = ? WHERE id = ?", [now, case_id])


def set_status(db: Database, case_id: int, status: str, *, reason: str = "", analyst: str = "",
               at: str | None = None, expected_version: int | None = None) -> dict[str, Any]:
    if status not in STATUSES:
        raise BadArgument("case.bad_status", status=status, allowed=", ".join(STATUSES))
    case = _row(db, case_id)
    check_transition(case["status"], status)
    if status == "dismissed" and not reason.strip():
        raise BadArgument("case.reason_required")
    if status == "refuted" and not _has_refutation(db, case_id):
        raise WorkstationError("case.needs_refutation")
    now = at or clock.now_iso()
    with db.atomic():
        versions.refuse_if_changed(db, "case", case_id, expected_version)
        db.execute("UPDATE cases SET status = ?, dismiss_reason = ?, updated_at = ? WHERE id = ?",
                   [status, reason.strip() or None if status == "dismissed" else None, now, case_id])
        audit.record(db, entity="case", entity_id=case_id, action="status", analyst=analyst, at=now,
                     old={"status": case["status"]},
                     new={"status": status, **({"reason": reason.strip()} if reason.strip() else {})})
    return _row(db, case_id)


def _has_refutation(db: Database, case_id: int) -> bool:
    return db.execute("SELECT 1 FROM refutations WHERE case_id = ? AND kind = 'refutation'",
                      [case_id]).fetchone() is not None


def update_case(db: Database, case_id: int, *, analyst: str = "", history_at: str | None = None,
                expected_version: int | None = None, **changes: Any) -> dict[str, Any]:
    """Edit title, claim, category, notes, resonant, detection time or the state body the case concerns; each
    field's old and new value audited (under ``history_at``, default now). With ``expected_version`` (the
    case's ``version`` when the analyst opened it) the edit is refused if the case changed since."""
    allowed = {"title", "claim", "category", "notes", "resonant", "detected_at", "state_body"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValueError(f"not editable: {', '.join(sorted(unknown))}")
    case = _row(db, case_id)
    values: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "category":
            values["category_tag_id"] = _category_id(db, value)
        elif key == "resonant":
            values["resonant"] = int(bool(value))
        elif key == "title":
            if not str(value).strip():
                raise BadArgument("case.empty_title")
            values["title"] = str(value).strip()
        elif key == "state_body":
            values["state_body"] = str(value or "").strip()
        else:
            values[key] = value
    values = {k: v for k, v in values.items() if (bool(case[k]) if k == "resonant" else case[k]) != v}
    if not values:
        return case
    now = clock.now_iso()
    with db.atomic():
        versions.refuse_if_changed(db, "case", case_id, expected_version)
        db.table("cases").update(case_id, {**values, "updated_at": now})
        audit.record(db, entity="case", entity_id=case_id, action="edit", analyst=analyst, at=history_at or now,
                     old={k: case[k] for k in values}, new=values)
    return _row(db, case_id)


def add_response(db: Database, case_id: int, *, channel: str, url: str = "", published_at: str | None = None,
                 text: str = "", publisher: str = "", kind: str = "refutation", analyst: str = "",
                 history_at: str | None = None) -> dict[str, Any]:
    """Record an official refutation (or a statement). The first response stops the golden-hour clock;
    a refutation moves a case that is not yet refuted to ``refuted`` through the allowed steps. ``history_at`` is
    the time these steps are entered in the audit log under (an imported refutation's time; default now)."""
    if channel not in CHANNELS:
        raise BadArgument("refutation.bad_channel", channel=channel, allowed=", ".join(CHANNELS))
    if kind not in RESPONSE_KINDS:
        raise BadArgument("refutation.bad_kind", kind=kind)
    address = pasted_url(url) if url.strip() else ""  # the link readers follow, as pasted: made live and canonical
    if address is None:
        raise BadArgument("source.bad_url", url=url)
    case = _row(db, case_id)
    if case["status"] == "dismissed":
        raise WorkstationError("refutation.dismissed_case")
    now = clock.now_iso()
    published = published_at or now
    when = history_at or now
    with db.atomic():
        response_id = db.execute(
            "INSERT INTO refutations (uuid, case_id, kind, published_at, channel, url, publisher, text, analyst, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [new_uuid(), case_id, kind, published, channel, address, publisher.strip(), text, analyst, now],
        ).lastrowid
        audit.record(db, entity="case", entity_id=case_id, action=f"add_{kind}", analyst=analyst, at=when,
                     new={"id": response_id, "channel": channel, "url": address, "published_at": published})
        first = db.execute("SELECT min(published_at) FROM refutations WHERE case_id = ?", [case_id]).fetchone()[0]
        if first != case["first_response_at"]:
            db.execute("UPDATE cases SET first_response_at = ? WHERE id = ?", [first, case_id])
            audit.record(db, entity="case", entity_id=case_id, action="first_response", analyst=analyst, at=when,
                         old={"first_response_at": case["first_response_at"]}, new={"first_response_at": first})
        if kind == "refutation" and address:
            # The refutation's own post, attached to the case as an item, is a refutation, not a copy of the fake.
            for (item_id,) in db.execute(
                    "SELECT ci.item_id FROM case_items ci JOIN items i ON i.id = ci.item_id WHERE ci.case_id = ? "
                    "AND ci.role != 'refutation' AND (i.canonical_url = ? OR i.url = ?)",
                    [case_id, address, address]).fetchall():
                set_item_role(db, case_id, item_id, "refutation", analyst=analyst, at=when)
        if kind == "refutation":
            for step in steps_to(case["status"], "refuted"):
                set_status(db, case_id, step, analyst=analyst, at=when)
        _touch(db, case_id, now)
    return dict(db.query("SELECT * FROM refutations WHERE id = ?", [response_id]).__next__())


def list_cases(db: Database, *, status: str | None = None, resonant_only: bool = False,
               limit: int | None = None) -> list[dict[str, Any]]:
    if status is not None and status not in STATUSES:
        raise BadArgument("case.bad_status", status=status, allowed=", ".join(STATUSES))
    where, params = [], []
    if status:
        where.append("c.status = ?")
        params.append(status)
    if resonant_only:
        where.append("c.resonant = 1")
    sql = (f"SELECT {', '.join('c.' + f for f in CASE_FIELDS)}, t.key AS category, "
           "(SELECT count(*) FROM case_items ci WHERE ci.case_id = c.id) AS items, "
           "(SELECT count(*) FROM refutations r WHERE r.case_id = c.id AND r.kind = 'refutation') AS refutations "
           "FROM cases c LEFT JOIN tags t ON t.id = c.category_tag_id")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY c.detected_at DESC, c.id DESC"
    if limit:
        sql += f" LIMIT {int(limit)}"
    rows = list(db.query(sql, params))
    for row in rows:
        row["resonant"] = bool(row["resonant"])
        row["check_status"] = CHECK_STATUS[row["status"]]
    return rows


def case_detail(db: Database, case_id: int) -> dict[str, Any]:
    """The case with its items, responses, evidence check and history: what `cases show` prints."""

    case = _row(db, case_id)
    category = db.execute("SELECT key FROM tags WHERE id = ?", [case["category_tag_id"]]).fetchone()
    case["category"] = category[0] if category else None
    case["check_status"] = CHECK_STATUS[case["status"]]
    case["items"] = list(db.query(
        "SELECT i.id, i.uuid, i.title, i.url, i.published_at, i.lang, s.name AS source, ci.added_at, ci.analyst, "
        "ci.role "
        "FROM case_items ci JOIN items i ON i.id = ci.item_id LEFT JOIN sources s ON s.id = i.source_id "
        "WHERE ci.case_id = ? ORDER BY i.published_at", [case_id]))
    case["refutations"] = list(db.query(
        "SELECT id, uuid, kind, published_at, channel, url, publisher, text, analyst FROM refutations "
        "WHERE case_id = ? ORDER BY published_at, id", [case_id]))
    case["evidence"] = verify_case_evidence(db, case_id)
    case["history"] = audit.history(db, "case", case_id)
    return case
