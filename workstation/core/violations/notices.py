"""Removal notices: their text from the editable templates, their legal deadline and their outcome.

A notice goes to one recipient and lists one or more violations (a ministry sends one notice per site or platform
listing many addresses); each listed address has its own outcome. The deadline runs from the time the recipient
received the notice when that is known, else from the time it was sent, plus the legal basis's hours (6 h under
the Law "On Communications", art. 41-1 p. 3-1); with several bases listed, the shortest applies. Removal at or
before the deadline counts as in time. A notice's own outcome is "pending" while any address awaits its outcome,
then "removed" when every address was removed, else "not_removed".

The text is an official letter (``letter``), stored when the notice is sent: a stored notice is a record, its
text is never rewritten.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.db import audit
from workstation.core.errors import BadArgument, NotFound, WorkstationError
from workstation.core.ids import new_uuid
from workstation.core.urls import defang
from workstation.core.violations import workflow as viol
from workstation.core.violations.letter import (
    LANGS,
    REQUIRED,
    addressee,
    letter_values,
    listed_ids,
    missing_fields,
    next_number,
    render_letter,
)

METHODS = ("email", "portal", "letter", "phone", "other")


def deadline_hours(db: Database, violation: dict[str, Any]) -> float:
    row = db.execute("SELECT deadline_hours FROM legal_bases WHERE id = ?", [violation["legal_basis_id"]]).fetchone()
    return float(row[0]) if row else 6.0


def deadline_at(db: Database, violation: dict[str, Any] | Sequence[dict[str, Any]], sent_at: str,
                received_at: str | None = None) -> str:
    """When a notice about ``violation`` (or several) must be complied with: from its receipt when known, else from
    its sending, plus the basis's hours (the shortest of the listed violations' bases)."""
    listed = [violation] if isinstance(violation, dict) else list(violation)
    hours = min((deadline_hours(db, v) for v in listed), default=6.0)
    return clock.to_iso(clock.from_iso(received_at or sent_at) + dt.timedelta(hours=hours))


def notice_text(db: Database, violation_ids: int | Iterable[int], lang: str, *, recipient: str | None = None,
                sent_at: str | None = None, deadline_at: str | None = None, received_at: str | None = None,
                analyst: str = "", recipient_contact: str | None = None, number: str = "") -> str:
    """The notice filled from the editable template (see ``letter_values`` and ``render_letter``): with no
    ``recipient``, the addressee ``send_notice`` would choose; the executor is the "author" setting, else
    ``analyst``. Each paragraph is one line."""
    values = letter_values(db, violation_ids, lang, recipient=recipient, recipient_contact=recipient_contact,
                           sent_at=sent_at, deadline_at=deadline_at, received_at=received_at, analyst=analyst,
                           number=number)
    return render_letter(values, lang, received=bool(received_at))


def _check_received(sent: str, received: str | None) -> None:
    if received is not None and clock.from_iso(received) < clock.from_iso(sent):
        raise WorkstationError("notice.received_before_sent")


def send_notice(db: Database, violation_ids: int | Iterable[int], *, to: str | None = None, method: str = "email",
                sent_at: str | None = None, received_at: str | None = None, analyst: str = "",
                lang: str = "ru", to_contact: str | None = None, require_complete: bool = False,
                numbered: bool = True) -> dict[str, Any]:
    """One notice to one recipient listing every given violation; each of them becomes notice_sent. It takes the
    next outgoing number of the unit's register (not ``numbered``: a notice recorded from another register, which
    takes none and whose text says it has none). With ``require_complete`` (the command line and the desktop,
    which send the letter) a notice lacking any field of ``REQUIRED`` is refused (WorkstationError
    "notice.incomplete", naming them) and nothing is stored; without it (a register import recording notices
    sent elsewhere) the text names what is missing."""
    if method not in METHODS:
        raise BadArgument("notice.bad_method", method=method, allowed=", ".join(METHODS))
    lang = lang if lang in LANGS else "ru"
    ids = listed_ids(violation_ids)
    listed = [viol.get_violation(db, vid) for vid in ids]
    for violation in listed:  # before the text is built and anything stored
        viol.check_transition(violation["status"], "notice_sent")
    chosen = addressee(db, ids, to, to_contact, lang)
    sent = sent_at or clock.now_iso()
    _check_received(sent, received_at)
    deadline = deadline_at(db, listed, sent, received_at)
    with db.atomic():
        values = letter_values(db, ids, lang, recipient=chosen["recipient"],
                               recipient_contact=chosen["recipient_contact"], sent_at=sent, deadline_at=deadline,
                               received_at=received_at, analyst=analyst)
        missing = missing_fields(values)
        if require_complete and missing:
            raise WorkstationError("notice.incomplete", fields="; ".join(REQUIRED[key] for key in missing),
                                   missing=missing)
        number, year, seq = next_number(db, sent) if numbered else (None, None, None)
        values["number"] = number or ""
        text = render_letter(values, lang, received=bool(received_at))
        notice_id = db.execute(
            "INSERT INTO notices (uuid, violation_id, recipient_id, recipient, recipient_contact, method, sent_at, "
            "received_at, deadline_at, text, analyst, created_at, number, number_year, number_seq, lang) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [new_uuid(), ids[0], chosen["recipient_id"], chosen["recipient"], chosen["recipient_contact"], method,
             sent, received_at, deadline, text, analyst, clock.now_iso(), number, year, seq, lang]).lastrowid
        for position, vid in enumerate(ids[1:], start=1):  # the first is listed by the notices_first_listed trigger
            db.execute("INSERT INTO notice_violations (notice_id, violation_id, position) VALUES (?, ?, ?)",
                       [notice_id, vid, position])
        audit.record(db, entity="notice", entity_id=notice_id, action="send", analyst=analyst, at=sent,
                     new={"violation_id": ids[0], "violation_ids": ids, "recipient": chosen["recipient"],
                          "recipient_contact": chosen["recipient_contact"], "number": number,
                          "received_at": received_at, "deadline_at": deadline})
        for vid in ids:
            viol.set_status(db, vid, "notice_sent", analyst=analyst, at=sent)
    return get_notice(db, notice_id)


def listed_violations(db: Database, notice_id: int) -> list[dict[str, Any]]:
    """The violations a notice lists, in its order, each with its own outcome."""
    rows = list(db.query(
        "SELECT l.violation_id, l.outcome, l.resolved_at, v.url FROM notice_violations l "
        "JOIN violations v ON v.id = l.violation_id WHERE l.notice_id = ? ORDER BY l.position, l.violation_id",
        [notice_id]))
    for row in rows:
        row["url_defanged"] = defang(row.pop("url"))
    return rows


def get_notice(db: Database, notice_id: int) -> dict[str, Any]:
    rows = list(db.query("SELECT * FROM notices WHERE id = ?", [notice_id]))
    if not rows:
        raise NotFound("notice", notice_id)
    notice = rows[0]
    notice["violations"] = listed_violations(db, notice_id)
    notice["violation_ids"] = [v["violation_id"] for v in notice["violations"]]
    notice["deadline_from"] = "receipt" if notice["received_at"] else "sending"
    return notice


def notices_of(db: Database, violation_id: int) -> list[int]:
    """The notices that list a violation, oldest first."""
    return [r[0] for r in db.execute(
        "SELECT n.id FROM notices n JOIN notice_violations l ON l.notice_id = n.id WHERE l.violation_id = ? "
        "ORDER BY n.sent_at, n.id", [violation_id])]


def pending_notices_for(db: Database, violation_id: int) -> list[dict[str, Any]]:
    """The notices still awaiting this violation's outcome (id, deadline), oldest first: what escalation checks."""
    return list(db.query(
        "SELECT n.id, n.deadline_at FROM notices n JOIN notice_violations l ON l.notice_id = n.id "
        "WHERE l.violation_id = ? AND l.outcome = 'pending' AND n.outcome = 'pending' ORDER BY n.sent_at, n.id",
        [violation_id]))


def record_received(db: Database, notice_ids: Iterable[int], *, at: str | None = None,
                    analyst: str = "") -> list[dict[str, Any]]:
    """Record when the recipients received these notices; each deadline is counted again from receipt. One
    transaction: either every notice is updated or none."""
    when = at or clock.now_iso()
    changed = []
    with db.atomic():
        for notice_id in dict.fromkeys(notice_ids):
            notice = get_notice(db, notice_id)
            if notice["outcome"] != "pending":
                raise WorkstationError("notice.already_resolved", id=notice_id, outcome=notice["outcome"])
            _check_received(notice["sent_at"], when)
            listed = [viol.get_violation(db, vid) for vid in notice["violation_ids"]]
            deadline = deadline_at(db, listed, notice["sent_at"], when)
            db.execute("UPDATE notices SET received_at = ?, deadline_at = ? WHERE id = ?", [when, deadline, notice_id])
            audit.record(db, entity="notice", entity_id=notice_id, action="received", analyst=analyst, at=when,
                         old={"received_at": notice["received_at"], "deadline_at": notice["deadline_at"]},
                         new={"received_at": when, "deadline_at": deadline})
            changed.append(notice_id)
    return [get_notice(db, notice_id) for notice_id in changed]


def due_notices(db: Database, now: dt.datetime | None = None) -> list[dict[str, Any]]:
    """Open notices with the time left, the most urgent first; overdue ones first of all. ``violation_id`` and
    ``url_defanged`` are the first address still awaiting its outcome; ``violation_ids`` and ``addresses`` all of
    them."""
    now = now or clock.now()
    rows = list(db.query(
        "SELECT id, recipient, sent_at, received_at, deadline_at FROM notices WHERE outcome = 'pending' "
        "ORDER BY deadline_at, id"))
    out = []
    for row in rows:
        pending = [v for v in listed_violations(db, row["id"]) if v["outcome"] == "pending"]
        if not pending:
            continue
        left = clock.from_iso(row["deadline_at"]) - now
        row["seconds_left"] = int(left.total_seconds())
        row["overdue"] = left.total_seconds() < 0
        row["deadline_from"] = "receipt" if row["received_at"] else "sending"
        row["violation_id"] = pending[0]["violation_id"]
        row["url_defanged"] = pending[0]["url_defanged"]
        row["violation_ids"] = [v["violation_id"] for v in pending]
        row["addresses"] = [v["url_defanged"] for v in pending]
        row["domain"] = viol.get_violation(db, pending[0]["violation_id"])["domain"]
        out.append(row)
    return out


def resolve_notice(db: Database, notice_id: int, *, removed: bool, at: str | None = None, analyst: str = "",
                   violation_id: int | None = None) -> dict[str, Any]:
    """Record the outcome for every address of the notice still awaiting one, or for ``violation_id`` only. The
    notice is resolved once no address awaits its outcome."""
    notice = get_notice(db, notice_id)
    if notice["outcome"] != "pending":
        raise WorkstationError("notice.already_resolved", id=notice_id, outcome=notice["outcome"])
    if violation_id is not None and violation_id not in notice["violation_ids"]:
        raise WorkstationError("notice.not_listed", id=notice_id, violation=violation_id)
    when = at or clock.now_iso()
    if clock.from_iso(when) < clock.from_iso(notice["sent_at"]):
        raise WorkstationError("notice.before_sent")
    targets = [v for v in notice["violations"] if v["outcome"] == "pending"
               and (violation_id is None or v["violation_id"] == violation_id)]
    if not targets:
        raise WorkstationError("notice.nothing_pending", id=notice_id)
    outcome = "removed" if removed else "not_removed"
    in_time = removed and clock.from_iso(when) <= clock.from_iso(notice["deadline_at"])
    with db.atomic():
        for target in targets:
            db.execute("UPDATE notice_violations SET outcome = ?, resolved_at = ? WHERE notice_id = ? AND "
                       "violation_id = ?", [outcome, when, notice_id, target["violation_id"]])
            viol.set_status(db, target["violation_id"], outcome, analyst=analyst, at=when,
                            removed_in_time=in_time if removed else None)
        outcomes = [r[0] for r in db.execute("SELECT outcome FROM notice_violations WHERE notice_id = ?",
                                             [notice_id])]
        new: dict[str, Any] = {"outcome": outcome, "in_time": in_time,
                               "violation_ids": [t["violation_id"] for t in targets]}
        if "pending" not in outcomes:
            overall = "removed" if all(o == "removed" for o in outcomes) else "not_removed"
            db.execute("UPDATE notices SET outcome = ?, resolved_at = ? WHERE id = ?", [overall, when, notice_id])
            new["notice_outcome"] = overall
        audit.record(db, entity="notice", entity_id=notice_id, action="resolve", analyst=analyst, at=when,
                     old={"outcome": "pending"}, new=new)
    return get_notice(db, notice_id)


def resolve_notices(db: Database, notice_ids: Iterable[int], *, removed: bool, at: str | None = None,
                    analyst: str = "", violation_id: int | None = None) -> list[dict[str, Any]]:
    """Bulk outcomes: every given notice (or only ``violation_id``'s address in them), all in one transaction.
    Returns one row per address resolved: notice, violation, address, outcome, in time."""
    report = []
    with db.atomic():
        for notice_id in dict.fromkeys(notice_ids):
            before = {v["violation_id"] for v in get_notice(db, notice_id)["violations"] if v["outcome"] == "pending"}
            notice = resolve_notice(db, notice_id, removed=removed, at=at, analyst=analyst,
                                    violation_id=violation_id)
            for v in notice["violations"]:
                if v["violation_id"] in before and v["outcome"] != "pending":
                    in_time = v["outcome"] == "removed" and \
                        clock.from_iso(v["resolved_at"]) <= clock.from_iso(notice["deadline_at"])
                    report.append({"notice_id": notice_id, "violation_id": v["violation_id"],
                                   "url_defanged": v["url_defanged"], "outcome": v["outcome"],
                                   "in_time": in_time, "notice_outcome": notice["outcome"]})
    return report
