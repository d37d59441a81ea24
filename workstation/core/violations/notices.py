"""Removal notices with their legal deadline, their outcome, and escalation to access restriction.

A notice's deadline is its sent time plus the legal basis's hours (6 h under the Law "On
Communications", art. 41-1 p. 3-1). Removal at or before the deadline counts as in time.
"""

from __future__ import annotations

import datetime as dt
import json
import string
from typing import Any

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.db import audit
from workstation.core.errors import NotFound, WorkstationError
from workstation.core.ids import new_uuid
from workstation.core.paths import resources_dir
from workstation.core.urls import defang
from workstation.core.violations import workflow as viol

METHODS = ("email", "portal", "letter", "phone", "other")
_SEEDED = "legal_seeded"


def seed_legal(db: Database) -> None:
    """Load the default legal basis and the platforms' legal representatives once; edits are kept."""
    if db.execute("SELECT 1 FROM workspace_meta WHERE key = ?", [_SEEDED]).fetchone():
        return
    data = json.loads((resources_dir() / "legal.json").read_text(encoding="utf-8"))
    with db.atomic():
        for basis in data["legal_bases"]:
            db.execute("INSERT OR IGNORE INTO legal_bases (uuid, key, name_en, name_ru, name_kk, deadline_hours) "
                       "VALUES (?, ?, ?, ?, ?, ?)", [new_uuid(), basis["key"], basis["en"], basis["ru"], basis["kk"],
                                                     basis["deadline_hours"]])
        for platform in data["platforms"]:
            db.execute("INSERT OR IGNORE INTO platform_contacts (uuid, key, name, domains, contact, notes) "
                       "VALUES (?, ?, ?, ?, ?, ?)", [new_uuid(), platform["key"], platform["name"],
                                                     platform["domains"], platform["contact"], platform["notes"]])
        db.execute("INSERT INTO workspace_meta (key, value) VALUES (?, ?)", [_SEEDED, clock.now_iso()])


def list_contacts(db: Database) -> list[dict[str, Any]]:
    return list(db.query("SELECT id, uuid, key, name, domains, contact, notes FROM platform_contacts ORDER BY name"))


def save_contact(db: Database, name: str, *, domains: str = "", contact: str = "", notes: str = "",
                 contact_id: int | None = None, analyst: str = "") -> int:
    values = {"name": name.strip(), "domains": " ".join(domains.lower().split()), "contact": contact.strip(),
              "notes": notes.strip()}
    if not values["name"]:
        raise WorkstationError("notice.empty_recipient")
    with db.atomic():
        if contact_id is None:
            key = "custom." + new_uuid()[:8]
            contact_id = db.execute("INSERT INTO platform_contacts (uuid, key, name, domains, contact, notes) "
                                    "VALUES (?, ?, ?, ?, ?, ?)", [new_uuid(), key, *values.values()]).lastrowid
        else:
            db.table("platform_contacts").update(contact_id, values)
        audit.record(db, entity="platform_contact", entity_id=contact_id, action="save", analyst=analyst, new=values)
    return contact_id


def deadline_hours(db: Database, violation: dict[str, Any]) -> float:
    row = db.execute("SELECT deadline_hours FROM legal_bases WHERE id = ?", [violation["legal_basis_id"]]).fetchone()
    return float(row[0]) if row else 6.0


# The default recipient is written in the notice's own language, like the rest of its text.
ADMINISTRATION = {"ru": "Администрация интернет-ресурса {domain}", "kk": "{domain} интернет-ресурсының әкімшілігі",
                  "en": "Administration of the internet resource {domain}"}


def _recipient(db: Database, violation: dict[str, Any], to: str | None, lang: str = "ru") -> tuple[int | None, str]:
    """A directory entry by key or name, or free text (the resource's administration)."""
    if to:
        row = db.execute("SELECT id, name FROM platform_contacts WHERE key = ? OR lower(name) = lower(?)",
                         [to, to]).fetchone()
        return (row[0], row[1]) if row else (None, to.strip())
    if violation["platform_id"]:
        row = db.execute("SELECT id, name FROM platform_contacts WHERE id = ?", [violation["platform_id"]]).fetchone()
        return row[0], row[1]
    return None, ADMINISTRATION.get(lang, ADMINISTRATION["ru"]).format(domain=violation["domain"])


def notice_text(db: Database, violation_id: int, lang: str, *, recipient: str = "", sent_at: str | None = None,
                deadline_at: str | None = None) -> str:
    """The notice filled from the editable template resources/notice_templates/notice_{lang}.txt."""
    violation = viol.get_violation(db, violation_id)
    template_path = resources_dir() / "notice_templates" / f"notice_{lang}.txt"
    if not template_path.exists():
        template_path = resources_dir() / "notice_templates" / "notice_ru.txt"
    basis = db.execute(f"SELECT name_{lang if lang in ('kk', 'ru', 'en') else 'ru'}, deadline_hours FROM legal_bases "
                       "WHERE id = ?", [violation["legal_basis_id"]]).fetchone() or ("", 6)
    vtype = db.execute(f"SELECT name_{lang if lang in ('kk', 'ru', 'en') else 'ru'} FROM tags WHERE id = ?",
                       [violation["type_tag_id"]]).fetchone()

    def local(iso: str | None) -> str:
        return clock.from_iso(iso).astimezone().strftime("%d.%m.%Y %H:%M") if iso else ""

    values = {"url": violation["url_defanged"], "domain": violation["domain"], "type": vtype[0] if vtype else "",
              "legal_basis": basis[0], "hours": f"{basis[1]:g}", "detected_at": local(violation["detected_at"]),
              "sent_at": local(sent_at), "deadline_at": local(deadline_at), "recipient": recipient,
              "reference": violation["uuid"][:8].upper()}
    return string.Template(template_path.read_text(encoding="utf-8")).safe_substitute(values)


def send_notice(db: Database, violation_id: int, *, to: str | None = None, method: str = "email",
                sent_at: str | None = None, analyst: str = "", lang: str = "ru") -> dict[str, Any]:
    if method not in METHODS:
        raise WorkstationError("notice.bad_method", method=method, allowed=", ".join(METHODS))
    violation = viol.get_violation(db, violation_id)
    if violation["status"] not in ("detected", "notice_sent", "not_removed"):
        raise WorkstationError("violation.bad_transition", old=violation["status"], new="notice_sent",
                               allowed=", ".join(viol.TRANSITIONS[violation["status"]]) or "—")
    recipient_id, recipient = _recipient(db, violation, to, lang)
    sent = sent_at or clock.now_iso()
    deadline = clock.to_iso(clock.from_iso(sent) + dt.timedelta(hours=deadline_hours(db, violation)))
    text = notice_text(db, violation_id, lang, recipient=recipient, sent_at=sent, deadline_at=deadline)
    with db.atomic():
        notice_id = db.execute(
            "INSERT INTO notices (uuid, violation_id, recipient_id, recipient, method, sent_at, deadline_at, text, "
            "analyst, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [new_uuid(), violation_id, recipient_id, recipient, method, sent, deadline, text, analyst,
             clock.now_iso()]).lastrowid
        audit.record(db, entity="notice", entity_id=notice_id, action="send", analyst=analyst, at=sent,
                     new={"violation_id": violation_id, "recipient": recipient, "deadline_at": deadline})
        viol.set_status(db, violation_id, "notice_sent", analyst=analyst, at=sent)
    return get_notice(db, notice_id)


def get_notice(db: Database, notice_id: int) -> dict[str, Any]:
    rows = list(db.query("SELECT * FROM notices WHERE id = ?", [notice_id]))
    if not rows:
        raise NotFound("notice", notice_id)
    return rows[0]


def due_notices(db: Database, now: dt.datetime | None = None) -> list[dict[str, Any]]:
    """Open notices with the time left, the most urgent first; overdue ones first of all."""
    now = now or clock.now()
    rows = list(db.query(
        "SELECT n.id, n.violation_id, n.recipient, n.sent_at, n.deadline_at, v.url, v.domain FROM notices n "
        "JOIN violations v ON v.id = n.violation_id WHERE n.outcome = 'pending' ORDER BY n.deadline_at, n.id"))
    for row in rows:
        left = clock.from_iso(row["deadline_at"]) - now
        row["seconds_left"] = int(left.total_seconds())
        row["overdue"] = left.total_seconds() < 0
        row["url_defanged"] = defang(row.pop("url"))
    return rows


def resolve_notice(db: Database, notice_id: int, *, removed: bool, at: str | None = None,
                   analyst: str = "") -> dict[str, Any]:
    notice = get_notice(db, notice_id)
    if notice["outcome"] != "pending":
        raise WorkstationError("notice.already_resolved", id=notice_id, outcome=notice["outcome"])
    when = at or clock.now_iso()
    if clock.from_iso(when) < clock.from_iso(notice["sent_at"]):
        raise WorkstationError("notice.before_sent")
    in_time = removed and when <= notice["deadline_at"]
    with db.atomic():
        db.execute("UPDATE notices SET outcome = ?, resolved_at = ? WHERE id = ?",
                   ["removed" if removed else "not_removed", when, notice_id])
        audit.record(db, entity="notice", entity_id=notice_id, action="resolve", analyst=analyst, at=when,
                     old={"outcome": "pending"},
                     new={"outcome": "removed" if removed else "not_removed", "in_time": in_time})
        viol.set_status(db, notice["violation_id"], "removed" if removed else "not_removed", analyst=analyst,
                        at=when, removed_in_time=in_time if removed else None)
    return get_notice(db, notice_id)


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
