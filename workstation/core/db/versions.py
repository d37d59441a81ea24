"""Record versions: two analysts saving the same case or violation never silently overwrite each other.

Every change of a case or violation row raises its ``version`` (schema step 19, a trigger). A save that names the
version it was made on is refused when the record has moved on since: on a team workspace another analyst's
change, on a file another program's.
"""

from __future__ import annotations

from sqlite_utils import Database

from workstation.core.errors import WorkstationError

_TABLES = {"case": "cases", "violation": "violations"}


def refuse_if_changed(db: Database, entity: str, record_id: int, expected_version: int | None) -> None:
    """Inside a write transaction: refuse a save made on ``expected_version`` of a case or violation that has
    moved on since (another analyst, another program), naming who changed it and when. None: no check."""
    if expected_version is None:
        return
    table = _TABLES[entity]
    row = db.execute(f"SELECT version FROM {table} WHERE id = ?", [record_id]).fetchone()
    if row is None or row[0] == expected_version:
        return
    last = db.execute("SELECT analyst, recorded_at FROM audit_log WHERE entity = ? AND entity_id = ? "
                      "ORDER BY id DESC LIMIT 1", [entity, record_id]).fetchone()
    by, at = last if last else ("?", "?")
    raise WorkstationError("team.changed", what=entity, id=record_id, by=by or "?", at=at)
