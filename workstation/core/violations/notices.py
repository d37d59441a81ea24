"""Removal notices: their text from the editable templates, their legal deadline and their outcome.

A notice goes to one recipient and lists one or more violations (a ministry sends one notice per site or platform
listing many addresses); each listed address has its own outcome. The deadline runs from the time the recipient
received the notice when that is known, else from the time it was sent, plus the legal basis's hours (6 h under
the Law "On Communications", art. 41-1 p. 3-1); with several bases listed, the shortest applies. Removal at or
before the deadline counts as in time. A notice's own outcome is "pending" while any address awaits its outcome,
then "removed" when every address was removed, else "not_removed".
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Iterable, Sequence
from typing import Any

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.db import audit
from workstation.core.db.settings import all_settings
from workstation.core.errors import BadArgument, NotFound, WorkstationError
from workstation.core.ids import new_uuid
from workstation.core.paths import resources_dir
from workstation.core.urls import defang
from workstation.core.violations import workflow as viol

METHODS = ("email", "portal", "letter", "phone", "other")
LANGS = ("kk", "ru", "en")
# The template's sentences on where the deadline runs from follow its body, each under a "## name" line.
FROM_RECEIPT, FROM_SENDING = "from_receipt", "from_sending"


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


def _ids(violation_ids: int | Iterable[int]) -> list[int]:
    """The listed violations once each, in the order given."""
    ids = [violation_ids] if isinstance(violation_ids, int) else list(dict.fromkeys(violation_ids))
    if not ids:
        raise BadArgument("notice.no_violations")
    return ids


def template(lang: str) -> tuple[str, dict[str, str]]:
    """The body of resources/notice_templates/notice_{lang}.txt and its "## name" sentences."""
    path = resources_dir() / "notice_templates" / f"notice_{lang}.txt"
    if not path.exists():
        path = resources_dir() / "notice_templates" / "notice_ru.txt"
    body, sentences, name = [], {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            name = line[3:].strip()
            sentences[name] = ""
        elif name is None:
            body.append(line)
        elif line.strip():
            sentences[name] = (sentences[name] + " " + line.strip()).strip()
    return "\n".join(body).rstrip() + "\n", sentences


# What the text says in place of a value not known (yet): a field is named as missing, never printed empty.
MISSING: dict[str, dict[str, str]] = {
    "recipient": {"kk": "[алушы көрсетілмеген]", "ru": "[получатель не указан]", "en": "[recipient not set]"},
    "sent_at": {"kk": "[жіберілген күні көрсетілмеген]", "ru": "[дата отправки не указана]",
                "en": "[date of sending not set]"},
    "received_at": {"kk": "[алынған күні көрсетілмеген]", "ru": "[дата получения не указана]",
                    "en": "[date of receipt not set]"},
    "deadline_at": {"kk": "[мерзімі анықталмаған]", "ru": "[срок не определён]", "en": "[deadline not set]"},
    "type": {"kk": "[бұзушылық түрі көрсетілмеген]", "ru": "[вид нарушения не указан]",
             "en": "[type of breach not set]"},
    "legal_basis": {"kk": "[құқықтық негіз көрсетілмеген]", "ru": "[правовое основание не указано]",
                    "en": "[legal basis not set]"},
    "organisation": {"kk": "[ұйым көрсетілмеген]", "ru": "[организация не указана]",
                     "en": "[organisation not set]"},
    "unit": {"kk": "[бөлімше көрсетілмеген]", "ru": "[подразделение не указано]", "en": "[unit not set]"},
    "author": {"kk": "[орындаушы көрсетілмеген]", "ru": "[исполнитель не указан]", "en": "[analyst not set]"},
    "contact": {"kk": "[байланыс деректері көрсетілмеген]", "ru": "[контакты не указаны]",
                "en": "[contact not set]"},
}
# Set only when wanted: a line holding nothing but one of these is left out when it is empty.
OPTIONAL = ("signature",)


def _named_missing(values: dict[str, str], lang: str) -> dict[str, str]:
    return {key: value if value.strip() or key not in MISSING else MISSING[key][lang] for key, value in values.items()}


def _fill(text: str, values: dict[str, str]) -> str:
    lines = []
    for line in text.split("\n"):
        if line.strip() in {f"${key}" for key in OPTIONAL} and not values.get(line.strip()[1:], "").strip():
            continue
        lines.append(line)
    return string.Template("\n".join(lines)).safe_substitute(values)


def notice_text(db: Database, violation_ids: int | Iterable[int], lang: str, *, recipient: str = "",
                sent_at: str | None = None, deadline_at: str | None = None, received_at: str | None = None,
                analyst: str = "") -> str:
    """The notice filled from the editable template: every listed address (defanged), one per line, the
    sentence saying whether the deadline runs from receipt or, receipt not yet confirmed, from sending, and the
    sender block from the workspace's settings (the analyst: the "author" setting, else ``analyst``). Each
    paragraph is one line; a value not known is named as missing ("[recipient not set]"), never left empty."""
    listed = [viol.get_violation(db, vid) for vid in _ids(violation_ids)]
    lang = lang if lang in LANGS else "ru"
    body, sentences = template(lang)
    bases = {v["legal_basis_id"] for v in listed}
    names, hours = [], []
    for basis_id in sorted(bases, key=lambda b: (b is None, b)):
        row = db.execute(f"SELECT name_{lang}, deadline_hours FROM legal_bases WHERE id = ?", [basis_id]).fetchone()
        if row:
            names.append(row[0])
            hours.append(float(row[1]))
    types = []
    for v in listed:
        row = db.execute(f"SELECT name_{lang} FROM tags WHERE id = ?", [v["type_tag_id"]]).fetchone()
        if row and row[0] not in types:
            types.append(row[0])
    first = listed[0]
    values = {"url": first["url_defanged"], "addresses": "\n".join("    " + v["url_defanged"] for v in listed),
              "count": str(len(listed)), "domain": ", ".join(dict.fromkeys(v["domain"] for v in listed)),
              "type": ", ".join(types), "legal_basis": "; ".join(names), "hours": f"{min(hours, default=6):g}",
              "detected_at": clock.local_text(min(v["detected_at"] for v in listed), clock.DOCUMENT),
              "sent_at": clock.local_text(sent_at, clock.DOCUMENT),
              "received_at": clock.local_text(received_at, clock.DOCUMENT),
              "deadline_at": clock.local_text(deadline_at, clock.DOCUMENT), "recipient": recipient,
              "reference": first["uuid"][:8].upper()}
    sender = all_settings(db)
    values.update({key: (sender.get(key) or "").strip() for key in ("organisation", "unit", "contact", "signature")})
    values["author"] = (sender.get("author") or "").strip() or analyst.strip()
    values = _named_missing(values, lang)
    sentence = sentences.get(FROM_RECEIPT if received_at else FROM_SENDING, "")
    values["deadline_sentence"] = _fill(sentence, values)
    return _fill(body, values).rstrip() + "\n"


def _check_received(sent: str, received: str | None) -> None:
    if received is not None and clock.from_iso(received) < clock.from_iso(sent):
        raise WorkstationError("notice.received_before_sent")


def send_notice(db: Database, violation_ids: int | Iterable[int], *, to: str | None = None, method: str = "email",
                sent_at: str | None = None, received_at: str | None = None, analyst: str = "",
                lang: str = "ru") -> dict[str, Any]:
    """One notice to one recipient listing every given violation; each of them becomes notice_sent."""
    if method not in METHODS:
        raise BadArgument("notice.bad_method", method=method, allowed=", ".join(METHODS))
    ids = _ids(violation_ids)
    listed = [viol.get_violation(db, vid) for vid in ids]
    for violation in listed:  # before the text is built and anything stored
        viol.check_transition(violation["status"], "notice_sent")
    recipient_id, recipient = _recipient(db, listed[0], to, lang)
    sent = sent_at or clock.now_iso()
    _check_received(sent, received_at)
    deadline = deadline_at(db, listed, sent, received_at)
    text = notice_text(db, ids, lang, recipient=recipient, sent_at=sent, deadline_at=deadline,
                       received_at=received_at, analyst=analyst)
    with db.atomic():
        notice_id = db.execute(
            "INSERT INTO notices (uuid, violation_id, recipient_id, recipient, method, sent_at, received_at, "
            "deadline_at, text, analyst, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [new_uuid(), ids[0], recipient_id, recipient, method, sent, received_at, deadline, text, analyst,
             clock.now_iso()]).lastrowid
        for position, vid in enumerate(ids[1:], start=1):  # the first is listed by the notices_first_listed trigger
            db.execute("INSERT INTO notice_violations (notice_id, violation_id, position) VALUES (?, ?, ?)",
                       [notice_id, vid, position])
        audit.record(db, entity="notice", entity_id=notice_id, action="send", analyst=analyst, at=sent,
                     new={"violation_id": ids[0], "violation_ids": ids, "recipient": recipient,
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
