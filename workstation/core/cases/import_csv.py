"""Past cases and their refutations brought in from a CSV, each with its own times, so a unit that migrates its
register keeps its per-month figures.

Columns (header names, any order, extra columns ignored): title, category, detected_at, refuted_at, channel, url;
optional claim, state_body, publisher and status. Times with no offset are in the workspace's reporting zone
(setting "timezone"), with that zone's offset on the day; a date alone is midnight there.

A row with refuted_at records a refutation (channel required, url optional) and the case becomes refuted; a row
without one is a confirmed fake (or status new, verifying, confirmed, dismissed). Each row is all or nothing: a row
that cannot be recorded whole (no title or detection time, an unknown category, channel or status, a refutation
before the detection, the same title detected at the same time already recorded) is skipped with its line number
and the reason, and leaves nothing behind. The file is one transaction. Each step is entered in the audit log at
the row's time (recorded_at stays the time of the import, so these entries are listed by `workstation audit late`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.cases import workflow as cases
from workstation.core.csv_import import RowProblem, read_rows
from workstation.core.csv_import import cell_time as parse_time
from workstation.core.db import settings
from workstation.core.errors import WorkstationError

COLUMNS = ("title", "category", "detected_at", "refuted_at", "channel", "url", "claim", "state_body", "publisher",
           "status")
DISMISSED_REASON = "dismissed in the imported register"


@dataclass
class ImportReport:
    created: list[int] = field(default_factory=list)
    refutations: int = 0
    skipped: list[dict[str, Any]] = field(default_factory=list)  # {"line", "reason"}

    def to_json(self) -> dict[str, Any]:
        return {"created": self.created, "refutations": self.refutations, "skipped": self.skipped}


def _import_row(db: Database, row: dict[str, str], *, zone: dt.tzinfo, analyst: str) -> tuple[int, bool]:
    title = row.get("title", "")
    if not title:
        raise RowProblem("no title")
    detected = parse_time(row.get("detected_at", ""), zone)
    if detected is None:
        raise RowProblem("no detection time (detected_at)")
    refuted = parse_time(row.get("refuted_at", ""), zone)
    status = (row.get("status") or "").lower() or ("refuted" if refuted else "confirmed")
    if status not in cases.STATUSES:
        raise RowProblem(f"unknown status {status}: use {', '.join(cases.STATUSES)}")
    if refuted and status != "refuted":
        raise RowProblem(f"a case with refuted_at is refuted, not {status}")
    if status == "refuted" and not refuted:
        raise RowProblem("status refuted needs refuted_at")
    if refuted and clock.from_iso(refuted) < clock.from_iso(detected):
        raise RowProblem("refuted_at is before detected_at")
    channel = row.get("channel", "")
    if refuted and not channel:
        raise RowProblem(f"a refutation needs a channel: {', '.join(cases.CHANNELS)}")
    if refuted and channel not in cases.CHANNELS:
        raise RowProblem(f"unknown channel {channel}: use {', '.join(cases.CHANNELS)}")
    existing = db.execute("SELECT id FROM cases WHERE title = ? AND detected_at = ?", [title, detected]).fetchone()
    if existing:
        raise RowProblem(f"already recorded as case {existing[0]}")

    case = cases.create_case(db, title, category=row.get("category") or None, claim=row.get("claim", ""),
                             detected_at=detected, analyst=analyst, history_at=detected)
    case_id = case["id"]
    if row.get("state_body"):
        cases.update_case(db, case_id, analyst=analyst, history_at=detected, state_body=row["state_body"])
    if refuted:
        cases.add_response(db, case_id, channel=channel, url=row.get("url", ""), published_at=refuted,
                           publisher=row.get("publisher", ""), analyst=analyst, history_at=refuted)
    elif status == "dismissed":
        cases.set_status(db, case_id, "dismissed", reason=DISMISSED_REASON, analyst=analyst, at=detected)
    else:
        for step in cases.steps_to("new", status):
            cases.set_status(db, case_id, step, analyst=analyst, at=detected)
    return case_id, bool(refuted)


def import_cases(db: Database, text: str, *, analyst: str = "") -> ImportReport:
    """Import a cases CSV (see the module's docstring for the columns and what is skipped)."""
    report = ImportReport()
    zone = settings.zone(db)
    with db.atomic():
        for line, row in read_rows(text)[1]:
            try:
                with db.atomic():  # a savepoint: a row is recorded whole or not at all
                    case_id, refuted = _import_row(db, row, zone=zone, analyst=analyst)
            except RowProblem as problem:
                report.skipped.append({"line": line, "reason": str(problem)})
                continue
            except WorkstationError as error:
                report.skipped.append({"line": line, "reason": str(error)})
                continue
            report.created.append(case_id)
            report.refutations += int(refuted)
    return report
