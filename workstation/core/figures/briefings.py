"""The briefings log: records and CSV import (the CSV reading is shared with the media plan)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.dates import parse_date
from workstation.core.db import audit, settings
from workstation.core.db.settings import DEFAULT_ZONE
from workstation.core.errors import Problem, WorkstationError
from workstation.core.ids import new_uuid


def stored_time(value: str, zone_name: str = DEFAULT_ZONE) -> str:
    """A date or time from a CSV cell as stored UTC text; without an offset it is read in ``zone_name`` (the
    workspace's reporting zone) with the offset that zone had on that day."""
    parsed = parse_date(value, default_tz=zone_name, max_ahead=None)  # a media plan is about the future
    if parsed is None:
        raise WorkstationError("arg.bad_date", value=value)
    return clock.to_iso(parsed.moment)


def add_briefing(db: Database, *, held_at: str, state_body: str, speakers: str = "", topics: str = "",
                 url: str = "", analyst: str = "") -> int:
    with db.atomic():
        briefing_id = db.execute(
            "INSERT INTO briefings (uuid, held_at, state_body, speakers, topics, url, analyst, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [new_uuid(), held_at, state_body.strip(), speakers.strip(),
                                                topics.strip(), url.strip(), analyst, clock.now_iso()]).lastrowid
        audit.record(db, entity="briefing", entity_id=briefing_id, action="create", analyst=analyst,
                     new={"held_at": held_at, "state_body": state_body})
    return briefing_id


def list_briefings(db: Database, since: str | None = None, until: str | None = None) -> list[dict[str, Any]]:
    return list(db.query("SELECT * FROM briefings WHERE held_at >= ? AND held_at < ? ORDER BY held_at DESC",
                         [since or "", until or "9999"]))


@dataclass
class CsvImport:
    added: int = 0
    errors: list[Problem] = field(default_factory=list)  # "line N: reason"


def csv_rows(text: str) -> list[dict[str, str]]:
    sample = text[:2048]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [{(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
            for row in csv.DictReader(io.StringIO(text), dialect=dialect)]


def import_briefings_csv(db: Database, text: str, *, analyst: str = "") -> CsvImport:
    """Columns: date, state_body, speakers, topics, url (header names in English; order free). Dates without an
    offset are in the workspace's reporting zone."""
    result = CsvImport()
    zone_name = settings.get_setting(db, "timezone")
    for line, row in enumerate(csv_rows(text), start=2):
        try:
            add_briefing(db, held_at=stored_time(row.get("date", ""), zone_name), state_body=row.get("state_body", ""),
                         speakers=row.get("speakers", ""), topics=row.get("topics", ""), url=row.get("url", ""),
                         analyst=analyst)
            result.added += 1
        except WorkstationError as exc:
            result.errors.append(Problem("csv.row", line=line, reason=exc))
    return result
