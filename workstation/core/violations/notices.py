"""Removal notices: their text from the editable templates, their legal deadline and their outcome.

A notice's deadline is its sent time plus the legal basis's hours (6 h under the Law "On
Communications", art. 41-1 p. 3-1). Removal at or before the deadline counts as in time.
"""

from __future__ import annotations

import datetime as dt
import string
from typing import Any

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.db import audit
from workstation.core.errors import BadArgument, NotFound, WorkstationError
from workstation.core.ids import new_uuid
from workstation.core.paths import resources_dir
from workstation.core.urls import defang
from workstation.core.violations import workflow as viol

METHODS = ("email", "portal", "letter", "phone", "other")


def deadline_hours(db: Database, violation: dict[str, Any]) -> float:
    row = db.execute("SELECT deadline_hours FROM legal_bases WHERE id = ?", [violation["legal_basis_id"]]).fetchone()
    return float(row[0]) if row else 6.0


def deadline_at(db: Database, violation: dict[str, Any], sent_at: str) -> str:
    """When a notice sent at ``sent_at`` about ``violation`` must be complied with: sent + the basis's hours."""
    return clock.to_iso(clock.from_iso(sent_at) + dt.timedelta(hours=deadline_hours(db, violation)))


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

    values = {"url": violation["url_defanged"], "domain": violation["domain"], "type": vtype[0] if vtype else "",
              "legal_basis": basis[0], "hours": f"{basis[1]:g}",
              "detected_at": clock.local_text(violation["detected_at"], clock.DOCUMENT),
              "sent_at": clock.local_text(sent_at, clock.DOCUMENT),
              "deadline_at": clock.local_text(deadline_at, clock.DOCUMENT), "recipient": recipient,
              "reference": violation["uuid"][:8].upper()}
    return string.Template(template_path.read_text(encoding="utf-8")).safe_substitute(values)


def send_notice(db: Database, violation_id: int, *, to: str | None = None, method: str = "email",
                sent_at: str | None = None, analyst: str = "", lang: str = "ru") -> dict[str, Any]:
    if method not in METHODS:
        raise BadArgument("notice.bad_method", method=method, allowed=", ".join(METHODS))
    violation = viol.get_violation(db, violation_id)
    viol.check_transition(violation["status"], "notice_sent")  # before the text is built and anything stored
    recipient_id, recipient = _recipient(db, violation, to, lang)
    sent = sent_at or clock.now_iso()
    deadline = deadline_at(db, violation, sent)
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
