"""An existing violations register (CSV) brought in row by row, each with its own times, so a year's register keeps
its per-month figures.

Columns (header names, any order, extra columns ignored): url (required), type, detected_at, status,
notice_sent_at, notice_received_at, outcome, outcome_at, platform, order_reference. Times with no offset are in
the workspace's reporting zone (setting "timezone"); a date alone is midnight there.

Each row is all or nothing: a row that cannot be recorded whole (a bad address, an unknown type or status, a
missing time its status needs, an address already recorded) is skipped with its line number and the reason, and
leaves nothing behind; the other rows are recorded. The file is one transaction, so an interrupted import leaves
the workspace as it was. Each step is entered in the audit log at the row's time (recorded_at stays the time of
the import, so these entries are listed by `workstation audit late`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from workstation.core.csv_import import RowProblem, read_rows
from workstation.core.csv_import import cell_time as parse_time
from workstation.core.db import settings
from workstation.core.errors import WorkstationError
from workstation.core.violations import notices, restriction
from workstation.core.violations import workflow as viol

COLUMNS = ("url", "type", "detected_at", "status", "notice_sent_at", "notice_received_at", "outcome", "outcome_at",
           "platform", "order_reference")
IMPORTABLE = ("detected", "notice_sent", "removed", "not_removed", "restriction_requested", "restricted", "unfounded")
UNFOUNDED_REASON = "closed as unfounded in the imported register"


@dataclass
class ImportReport:
    created: list[int] = field(default_factory=list)
    skipped: list[dict[str, Any]] = field(default_factory=list)  # {"line", "reason"}

    def to_json(self) -> dict[str, Any]:
        return {"created": self.created, "skipped": self.skipped}


def is_register(header: list[str]) -> bool:
    """Whether a CSV's header names the register's columns (else it is a plain list of addresses)."""
    return "url" in header and any(c in header for c in COLUMNS if c != "url")


def _platform(db: Database, name: str) -> int | None:
    if not name:
        return None
    row = db.execute("SELECT id FROM platform_contacts WHERE key = ? OR lower(name) = lower(?)",
                     [name, name]).fetchone()
    if row is None:
        raise RowProblem(f"no platform {name} in the directory")
    return row[0]


def _import_row(db: Database, row: dict[str, str], *, zone: dt.tzinfo, default_type: str | None,
                default_at: str | None, analyst: str) -> int:
    url = row.get("url", "")
    if not url:
        raise RowProblem("no address")
    canonical = viol.normalise_address(url)
    if canonical is None:
        raise RowProblem(f"not an address: {url}")
    existing = viol.find_open_duplicate(db, canonical)
    if existing is not None:
        raise RowProblem(f"already recorded as violation {existing}")
    vtype = row.get("type") or default_type
    if not vtype:
        raise RowProblem("no type (give a type column or --type)")
    status = (row.get("status") or "").lower() or None
    outcome = (row.get("outcome") or "").lower().replace("-", "_").replace(" ", "_") or None
    if outcome not in (None, "removed", "not_removed"):
        raise RowProblem(f"unknown outcome {outcome}: use removed or not_removed")
    sent = parse_time(row.get("notice_sent_at", ""), zone)
    received = parse_time(row.get("notice_received_at", ""), zone)
    outcome_at = parse_time(row.get("outcome_at", ""), zone)
    detected = parse_time(row.get("detected_at", ""), zone) or default_at
    if detected is None:
        raise RowProblem("no detection time (give detected_at or --at)")
    if status is None:
        status = outcome or ("notice_sent" if sent else "detected")
    if status not in IMPORTABLE:
        raise RowProblem(f"status {status} cannot be imported: use {', '.join(IMPORTABLE)}")
    needs_notice = status in ("notice_sent", "removed", "not_removed") or (
        status in ("restriction_requested", "restricted") and sent)
    if needs_notice and not sent:
        raise RowProblem(f"status {status} needs notice_sent_at")
    if status in ("removed", "not_removed"):
        outcome = outcome or status
    if outcome and not outcome_at:
        raise RowProblem("an outcome needs outcome_at")
    if status == "restricted" and not row.get("order_reference"):
        raise RowProblem("status restricted needs order_reference")
    platform_id = _platform(db, row.get("platform", ""))

    violation = viol.add_violation(db, canonical, violation_type=vtype, detected_at=detected, analyst=analyst,
                                   platform_id=platform_id, history_at=detected)
    vid = violation["id"]
    if sent:
        to = db.execute("SELECT name FROM platform_contacts WHERE id = ?", [platform_id]).fetchone() \
            if platform_id else None
        notice = notices.send_notice(db, [vid], to=to[0] if to else None, sent_at=sent, received_at=received,
                                     analyst=analyst, numbered=False)  # its number is the old register's
        if outcome:
            notices.resolve_notice(db, notice["id"], removed=outcome == "removed", at=outcome_at, analyst=analyst)
    if status == "unfounded":
        viol.set_status(db, vid, "unfounded", reason=UNFOUNDED_REASON, analyst=analyst, at=outcome_at or detected)
    elif status in ("restriction_requested", "restricted"):
        when = outcome_at or (notices.get_notice(db, notices.notices_of(db, vid)[-1])["deadline_at"] if sent
                              else detected)
        order_type = None if sent else "authority"
        if not sent and not row.get("order_reference"):
            raise RowProblem(f"status {status} needs notice_sent_at or order_reference")
        restriction.escalate(db, vid, order_ref=row.get("order_reference") if status == "restricted" else None,
                             order_type=order_type if status == "restricted" else None, at=when, analyst=analyst)
    return vid


def import_register(db: Database, text: str, *, default_type: str | None = None, default_at: str | None = None,
                    analyst: str = "") -> ImportReport:
    """Import a register CSV (see the module's docstring for the columns and what is skipped)."""
    report = ImportReport()
    zone = settings.zone(db)
    _header, rows = read_rows(text)
    with db.atomic():
        for line, row in rows:
            try:
                with db.atomic():  # a savepoint: a row is recorded whole or not at all
                    report.created.append(_import_row(db, row, zone=zone, default_type=default_type,
                                                      default_at=default_at, analyst=analyst))
            except RowProblem as problem:
                report.skipped.append({"line": line, "reason": str(problem)})
            except WorkstationError as error:
                report.skipped.append({"line": line, "reason": str(error)})
    return report
