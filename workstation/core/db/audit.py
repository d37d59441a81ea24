"""The append-only audit log: who changed what, when, from what to what, chained so no edit goes unnoticed.

Each entry keeps two times: ``at``, the effective time the analyst claims (``--at``, a removal reported later),
and ``recorded_at``, the system clock when the entry was written, which nothing can set. Each entry also keeps
``prev_hash`` (the previous entry's hash) and ``hash`` (SHA-256 over a canonical form of the entry and
``prev_hash``): editing, deleting or inserting an entry anywhere but at the end breaks the chain, and database
triggers refuse UPDATE and DELETE outright. ``verify_chain`` walks the whole log.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from typing import Any

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.errors import Problem
from workstation.core.ids import new_uuid

GENESIS = ""  # prev_hash of the first entry
# The chained fields, in this order; a new field is appended, never inserted, so old hashes stay valid.
CHAINED = ("uuid", "at", "recorded_at", "analyst", "entity", "entity_id", "entity_uuid", "action", "old", "new",
           "prev_hash")
LATE_AFTER = dt.timedelta(hours=24)  # an effective time this far before its recording is "entered late"


def entry_hash(entry: dict[str, Any]) -> str:
    canonical = json.dumps([entry.get(field) for field in CHAINED], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def system_now_iso() -> str:
    """The machine's clock, deliberately not ``clock.now()``: that one follows ``--at`` and the tests' clock."""
    return clock.to_iso(dt.datetime.now(clock.UTC))


def _last_hash(db: Database) -> str:
    row = db.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return row[0] if row and row[0] is not None else GENESIS


def append(db: Database, entry: dict[str, Any]) -> int:
    """Write one entry at the end of the chain: ``entry`` holds every chained field but the hashes.

    Call inside the caller's write transaction, so that reading the last hash and appending are one step.
    """
    row = {field: entry.get(field) for field in CHAINED}
    row["prev_hash"] = _last_hash(db)
    row["recorded_at"] = row["recorded_at"] or system_now_iso()
    row["hash"] = entry_hash(row)
    names = ", ".join(row)
    return db.execute(f"INSERT INTO audit_log ({names}) VALUES ({', '.join('?' * len(row))})",
                      list(row.values())).lastrowid


def _as_json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, default=str)


def record(db: Database, *, entity: str, entity_id: int | None, action: str, analyst: str,
           old: Any = None, new: Any = None, entity_uuid: str | None = None, at: str | None = None) -> None:
    """Append one entry; call inside the caller's transaction so the change and its record land together.
    On a team workspace the entry names the database user signed in (``login``), whatever name was typed."""
    analyst = getattr(db, "login", None) or analyst
    append(db, {"uuid": new_uuid(), "at": at or clock.now_iso(), "analyst": analyst, "entity": entity,
                "entity_id": entity_id, "entity_uuid": entity_uuid, "action": action, "old": _as_json(old),
                "new": _as_json(new)})


def history(db: Database, entity: str, entity_id: int) -> list[dict[str, Any]]:
    rows = db.query("SELECT at, recorded_at, analyst, action, old, new FROM audit_log "
                    "WHERE entity = ? AND entity_id = ? ORDER BY id", [entity, entity_id])
    out = []
    for row in rows:
        row["old"] = json.loads(row["old"]) if row["old"] else None
        row["new"] = json.loads(row["new"]) if row["new"] else None
        out.append(row)
    return out


def changes_since(db: Database, after_id: int | None) -> tuple[int, set[str]]:
    """The newest entry's id and the kinds of record (``case``, ``violation``, ``notice`` ...) changed after
    ``after_id``: a cheap check whether another program (the command line, a bundle import) changed something.
    With ``after_id`` None only the newest id is read."""
    latest = db.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]
    if after_id is None or latest <= after_id:
        return latest, set()
    entities = {row[0] for row in db.execute("SELECT DISTINCT entity FROM audit_log WHERE id > ?", [after_id])}
    return latest, entities


def _entries(db: Database) -> Iterator[dict[str, Any]]:
    cursor = db.execute(f"SELECT id, hash, {', '.join(CHAINED)} FROM audit_log ORDER BY id")
    names = [d[0] for d in cursor.description]
    for values in cursor:
        yield dict(zip(names, values, strict=True))


def verify_chain(db: Database, limit: int = 20) -> list[Problem]:
    """What is wrong with the chain, entry by entry (at most ``limit`` messages); empty when it is whole."""
    problems: list[Problem] = []
    previous = GENESIS
    for entry in _entries(db):
        if entry["prev_hash"] != previous:
            problems.append(Problem("check.audit_removed", id=entry["id"]))
        if entry["hash"] != entry_hash(entry):
            problems.append(Problem("check.audit_changed", id=entry["id"]))
        previous = entry["hash"]
        if len(problems) >= limit:
            break
    return problems


def late_entries(db: Database, *, late_after: dt.timedelta = LATE_AFTER) -> list[dict[str, Any]]:
    """Entries whose claimed time lies more than ``late_after`` before the moment they were recorded: a removal
    reported as "in time" a month later shows up here."""
    return list(db.query(
        "SELECT id, at, recorded_at, analyst, entity, entity_id, entity_uuid, action, "
        "round((julianday(recorded_at) - julianday(at)) * 24, 1) AS hours_late FROM audit_log "
        "WHERE julianday(recorded_at) - julianday(at) > ? ORDER BY id", [late_after.total_seconds() / 86400]))


def count_late(db: Database, since: str, until: str, *, late_after: dt.timedelta = LATE_AFTER) -> int:
    """How many entries claiming a time in [since, until) were recorded more than ``late_after`` after it: the
    summary of a period states it, so a figure that rests on back-dated entries is visible as such."""
    return db.execute("SELECT count(*) FROM audit_log WHERE at >= ? AND at < ? "
                      "AND julianday(recorded_at) - julianday(at) > ?",
                      [since, until, late_after.total_seconds() / 86400]).fetchone()[0]
