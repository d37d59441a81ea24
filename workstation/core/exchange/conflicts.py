"""Versions of the records two workspaces both edit, the changes a bundle may apply to them, and the conflicts
kept for an analyst when it may not.

A record's *version* is the fields analysts edit (for a case: title, claim, category, status, …), written as
they travel (keys, not local ids), and its hash is the SHA-256 of that. Each workspace remembers, per record,
the hash of the version it last received (``record_bases``); a bundle carries the exporter's remembered hash
as ``base_hash``. Together they name the common version, so an import can tell "only they changed it" (apply,
if the workflow allows) from "both changed it" (a conflict for an analyst). Neither side's clock decides.

A status change is applied only along moves the workflow's transition table allows from the local status
(``can_become``), each step with its own precondition (a reason to dismiss or close, a refutation to refute);
otherwise the change is kept as a conflict, and ``resolve(..., "theirs")`` is refused for the same reason.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.cases import workflow as case_flow
from workstation.core.db import audit
from workstation.core.errors import NotFound, WorkstationError
from workstation.core.exchange.fields import BY_TABLE, ENTITY_TABLES
from workstation.core.ids import new_uuid
from workstation.core.violations import workflow as violation_flow

# The fields each side may edit, as they travel.
VERSION_FIELDS: dict[str, tuple[str, ...]] = {
    "case": ("title", "claim", "category", "status", "dismiss_reason", "resonant", "detected_at", "notes",
             "state_body"),
    "violation": ("status", "removed_in_time", "closed_reason", "target_organisation", "notes", "type",
                  "legal_basis"),
    "notice": ("outcome", "resolved_at"),
    "restriction": ("order_ref", "ordered_at", "lifted_at"),
}
VERSIONED = ("case", "violation")  # merged against a common version; notices and restrictions only move forward
_WORKFLOWS: dict[str, tuple[Callable[[str, str], bool], tuple[str, ...], Callable[[str, str], None]]] = {
    "case": (case_flow.can_become, case_flow.STATUSES, case_flow.check_transition),
    "violation": (violation_flow.can_become, violation_flow.STATUSES, violation_flow.check_transition),
}
_COLUMNS = ("id", "uuid", "entity", "entity_id", "entity_uuid", "incoming_uuid", "reason", "detail", "ours",
            "theirs", "theirs_hash", "signer", "created_at", "resolved_at", "resolution", "resolved_by")


def version_hash(version: dict[str, Any]) -> str:
    # default=str changes nothing for what the workstation writes (text, numbers, None): our row may hold bytes
    # another program left in it, which then differ from any version a bundle brings
    canonical = json.dumps(version, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def incoming_version(entity: str, row: dict[str, Any]) -> dict[str, Any]:
    return {name: row.get(name) for name in VERSION_FIELDS[entity]}


def local_version(db: Database, entity: str, record_id: int) -> dict[str, Any]:
    table = ENTITY_TABLES[entity]
    refs = BY_TABLE[table].refs
    exprs = [f"(SELECT r.{refs[f].by} FROM {refs[f].target} r WHERE r.id = t.{refs[f].column})" if f in refs
             else f"t.{f}" for f in VERSION_FIELDS[entity]]
    row = db.execute(f"SELECT {', '.join(exprs)} FROM {table} t WHERE t.id = ?", [record_id]).fetchone()
    if row is None:
        raise NotFound(entity, record_id)
    return dict(zip(VERSION_FIELDS[entity], row, strict=True))


def base_of(db: Database, entity: str, uuid: str) -> str | None:
    row = db.execute("SELECT base_hash FROM record_bases WHERE entity = ? AND uuid = ?", [entity, uuid]).fetchone()
    return row[0] if row else None


def remember_base(db: Database, entity: str, uuid: str, base_hash: str) -> None:
    db.execute("INSERT INTO record_bases (entity, uuid, base_hash, updated_at) VALUES (?, ?, ?, ?) "
               "ON CONFLICT (entity, uuid) DO UPDATE SET base_hash = excluded.base_hash, "
               "updated_at = excluded.updated_at WHERE base_hash != excluded.base_hash",
               # an unchanged base is left alone, so importing the same bundle again changes no row
               [entity, uuid, base_hash, clock.now_iso()])


def status_steps(entity: str, old: str, new: str) -> list[str]:
    """The shortest chain of moves the workflow allows from ``old`` to ``new`` (``new`` last); empty if none."""
    can_become, statuses, _check = _WORKFLOWS[entity]
    paths: dict[str, list[str]] = {old: []}
    queue = [old]
    for status in queue:
        for following in statuses:
            if following not in paths and can_become(status, following):
                paths[following] = [*paths[status], following]
                if following == new:
                    return paths[following]
                queue.append(following)
    return []


def _check_steps(db: Database, entity: str, record_id: int, old: str, theirs: dict[str, Any]) -> list[str]:
    """The steps to their status, each allowed from where the record then stands; WorkstationError if none."""
    steps = status_steps(entity, old, theirs["status"])
    if not steps:
        _WORKFLOWS[entity][2](old, theirs["status"])  # raises the workflow's own message
        raise WorkstationError(f"{entity}.bad_transition", old=old, new=theirs["status"], allowed="—")
    for step in steps:
        if entity == "case" and step == "dismissed" and not (theirs.get("dismiss_reason") or "").strip():
            raise WorkstationError("case.reason_required")
        if entity == "case" and step == "refuted" and db.execute(
                "SELECT 1 FROM refutations WHERE case_id = ? AND kind = 'refutation'", [record_id]).fetchone() is None:
            raise WorkstationError("case.needs_refutation")
        if entity == "violation" and step == "unfounded" and not (theirs.get("closed_reason") or "").strip():
            raise WorkstationError("violation.reason_required")
    return steps


def _key_id(db: Database, table: str, key: str | None) -> int | None:
    if key is None:
        return None
    row = db.execute(f"SELECT id FROM {table} WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def apply(db: Database, entity: str, record_id: int, ours: dict[str, Any], theirs: dict[str, Any], *,
          analyst: str, note: dict[str, Any]) -> dict[str, Any]:
    """Write their differing fields over ours, the status only along allowed moves; audited. Returns what
    changed; raises WorkstationError (nothing written) when the workflow does not allow it."""
    changes = {f: theirs[f] for f in VERSION_FIELDS[entity] if theirs.get(f) != ours.get(f)}
    if not changes:
        return {}
    steps = _check_steps(db, entity, record_id, ours["status"], theirs) if "status" in changes \
        and entity in _WORKFLOWS else []
    table = ENTITY_TABLES[entity]
    refs = BY_TABLE[table].refs
    values = {(refs[f].column if f in refs else f): (_key_id(db, refs[f].target, v) if f in refs else v)
              for f, v in changes.items()}
    if entity in VERSIONED:
        values["updated_at"] = clock.now_iso()  # this workspace's time of the change, not the sender's
    sets = ", ".join(f"{column} = ?" for column in values)
    db.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*values.values(), record_id])
    audit.record(db, entity=entity, entity_id=record_id, action="merge", analyst=analyst,
                 old={f: ours.get(f) for f in changes},
                 new={**changes, **({"steps": steps} if len(steps) > 1 else {}), **note})
    return changes


def union(entity: str, ours: dict[str, Any], theirs: dict[str, Any]) -> dict[str, Any] | None:
    """With no common version known (the same address recorded on both sides), each side fills what the other
    left empty and the status moves forward; None when both filled a field differently or the statuses part."""
    merged = dict(ours)
    for name in VERSION_FIELDS[entity]:
        mine, other = ours.get(name), theirs.get(name)
        if mine == other or other in (None, ""):
            continue
        if mine in (None, ""):
            merged[name] = other
        elif name == "status" and entity in _WORKFLOWS:
            if status_steps(entity, mine, other):
                merged[name] = other
            elif not status_steps(entity, other, mine):
                return None
        else:
            return None
    return merged


def keep(db: Database, *, entity: str, record_id: int, incoming_uuid: str, ours: dict[str, Any],
         theirs: dict[str, Any], reason: str, detail: str, signer: str, analyst: str) -> int | None:
    """Keep a conflict for an analyst (audited); None if the same one is already open."""
    theirs_hash = version_hash(theirs)
    if db.execute("SELECT 1 FROM merge_conflicts WHERE entity = ? AND entity_id = ? AND theirs_hash = ? "
                  "AND resolved_at IS NULL", [entity, record_id, theirs_hash]).fetchone():
        return None
    local_uuid = db.execute(f"SELECT uuid FROM {ENTITY_TABLES[entity]} WHERE id = ?", [record_id]).fetchone()[0]
    conflict_id = db.execute(
        "INSERT INTO merge_conflicts (uuid, entity, entity_id, entity_uuid, incoming_uuid, reason, detail, ours, "
        "theirs, theirs_hash, signer, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [new_uuid(), entity, record_id, local_uuid, incoming_uuid, reason, detail,
         json.dumps(ours, ensure_ascii=False, default=str),  # bytes in our row: as version_hash writes them
         json.dumps(theirs, ensure_ascii=False), theirs_hash, signer,
         clock.now_iso()]).lastrowid
    audit.record(db, entity=entity, entity_id=record_id, entity_uuid=local_uuid, action="merge_conflict",
                 analyst=analyst, old=ours, new={"theirs": theirs, "reason": reason, "detail": detail,
                                                 "conflict": conflict_id, "signer": signer})
    return conflict_id


def _decode(row: tuple) -> dict[str, Any]:
    out = dict(zip(_COLUMNS, row, strict=True))
    out["ours"], out["theirs"] = json.loads(out["ours"]), json.loads(out["theirs"])
    return out


def list_conflicts(db: Database, *, include_resolved: bool = False) -> list[dict[str, Any]]:
    sql = f"SELECT {', '.join(_COLUMNS)} FROM merge_conflicts"
    if not include_resolved:
        sql += " WHERE resolved_at IS NULL"
    return [_decode(row) for row in db.execute(sql + " ORDER BY id").fetchall()]


def get_conflict(db: Database, conflict_id: int) -> dict[str, Any]:
    row = db.execute(f"SELECT {', '.join(_COLUMNS)} FROM merge_conflicts WHERE id = ?", [conflict_id]).fetchone()
    if row is None:
        raise NotFound("conflict", conflict_id)
    return _decode(row)


def resolve(db: Database, conflict_id: int, keep_side: str, *, analyst: str = "") -> dict[str, Any]:
    """Settle a conflict: keep ours (nothing changes but the record of the decision) or theirs (applied as an
    import would, so a move the workflow forbids is refused). Audited either way."""
    if keep_side not in ("ours", "theirs"):
        raise ValueError(f"keep ours or theirs, not {keep_side}")
    conflict = get_conflict(db, conflict_id)
    if conflict["resolved_at"]:
        raise WorkstationError("conflict.resolved", id=conflict_id, resolution=conflict["resolution"])
    entity, record_id = conflict["entity"], conflict["entity_id"]
    with db.atomic():
        changes: dict[str, Any] = {}
        if keep_side == "theirs":
            ours_now = local_version(db, entity, record_id)
            try:
                changes = apply(db, entity, record_id, ours_now, conflict["theirs"], analyst=analyst,
                                note={"conflict": conflict_id})
            except WorkstationError as exc:
                raise WorkstationError("conflict.cannot_keep_theirs", id=conflict_id, reason=str(exc)) from exc
        if entity in VERSIONED:
            remember_base(db, entity, conflict["incoming_uuid"], conflict["theirs_hash"])
        now = clock.now_iso()
        db.execute("UPDATE merge_conflicts SET resolved_at = ?, resolution = ?, resolved_by = ? WHERE id = ?",
                   [now, keep_side, analyst, conflict_id])
        audit.record(db, entity=entity, entity_id=record_id, entity_uuid=conflict["entity_uuid"],
                     action="merge_resolve", analyst=analyst, old=conflict["ours"],
                     new={"kept": keep_side, "conflict": conflict_id, "changed": changes})
    return get_conflict(db, conflict_id)
